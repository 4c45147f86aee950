/**
 * The commented starter brief `archway init` writes: every section once, with the units Archway
 * expects. It is a valid brief as written (a test reads it back).
 */
export const STARTER_BRIEF = `# Archway brief. Describe the system; run \`archway design brief.yaml --out docs/architecture\`.
# Every section is optional except \`name\`. Format: docs/brief-format.md
# Editors: point YAML tooling at schema/brief.schema.json for completion and checks.
schemaVersion: 1
name: Paste Bin
summary: Users paste text and share a short link to it.

# Who uses the system: count (people) and client kinds (web, mobile, desktop, cli, api).
personas:
  - id: author
    name: Author
    description: writes pastes and shares their links.
    clients: [web]
  - id: reader
    name: Reader
    description: opens shared links.
    clients: [web, mobile]

# Requirements keep the ids you use; decisions cite them.
requirements:
  - id: FR-1
    text: An author creates a paste and receives a short link.
  - id: FR-2
    text: Anyone with the link reads the paste.
  - id: NFR-1
    kind: non-functional
    text: Pastes expire after one year.

# Entities by singular name; fields are optional at this stage.
entities:
  - name: Paste
    fields:
      - { name: content, type: text, required: true }
      - { name: expires_at, type: datetime, required: true }

# Plain numbers in base units: bytes, counts per second/day/month, years.
scale:
  registeredUsers: 100000
  concurrentUsers: 2000
  readWriteRatio: 10              # 10 reads per write
  workloads:
    - { name: paste writes, kind: write, count: 10000000, per: month }
  itemSizes:
    - { name: paste, bytes: 1000, perWorkload: paste writes }
  retentionYears: 1

quality:
  availability: 99.9              # percent
  latencyP95Ms: 200
  rpoMinutes: 60
  rtoMinutes: 240

compliance: []                    # e.g. GDPR, SOC 2, ISO 27001

tenancy:
  mode: single                    # or multi (then tenantNoun, tenants, isolation…)

capabilities:
  clients: { web: true, publicApi: true }
  search: { fullText: false }

constraints:
  hosting: cloud                  # cloud, on-premise or hybrid
  budgetMonthlyUsd: 300
  team: { size: 2, skills: [csharp] }

# Technologies already chosen: area (a decision area) and catalog ids.
decisions: []
#  - { area: primary-database, choice: postgresql, technologies: [postgresql], version: '16' }

# Answers to the questions \`archway brief\` prints, by question id: an option key or a value.
answers: {}
#  scale.peak-rps: b
`;

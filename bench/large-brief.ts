/** A deterministic brief of 200 entities and 300 requirements. */
export function largeBrief(): string {
  const nouns = ['Account', 'Asset', 'Batch', 'Booking', 'Claim', 'Contract', 'Device', 'Event', 'Invoice', 'Job', 'Ledger', 'Lot', 'Order', 'Part', 'Policy', 'Report', 'Route', 'Shift', 'Ticket', 'Visit'];
  const qualifiers = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta', 'Eta', 'Theta', 'Iota', 'Kappa'];
  const names = qualifiers.flatMap((q) => nouns.map((n) => `${q}${n}`));
  const lines = [
    'name: Large Generated System',
    'summary: A generated brief for benchmarking the design pipeline.',
    'personas:',
    '  - { id: operator, name: Operator, clients: [web] }',
    '  - { id: field-agent, name: Field agent, clients: [mobile], offline: true }',
    'tenancy: { mode: multi, tenantNoun: organization, tenants: 500 }',
    'scale: { registeredUsers: 50000, concurrentUsers: 2000, peakRequestsPerSecond: 800 }',
    'quality: { availability: 99.9, latencyP95Ms: 250 }',
    'capabilities: { clients: { web: true, mobile: true }, backgroundJobs: true, search: { fullText: true }, notifications: [email] }',
    'entities:',
  ];
  names.forEach((name, i) => {
    lines.push(`  - name: ${name}`);
    lines.push(`    fields: [{ name: title, type: string, required: true }, { name: amount, type: number }, { name: status, type: string, enum: [open, closed] }]`);
    if (i % 20 !== 0) lines.push(`    relations: [{ kind: belongs-to, target: ${names[i - (i % 20)]} }]`);
  });
  lines.push('requirements:');
  for (let i = 0; i < 300; i++) {
    const a = names[(i * 7) % names.length]!;
    const b = names[(i * 13 + 5) % names.length]!;
    lines.push(`  - { id: FR-${i + 1}, text: "Operators create, list and update ${a.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()} records linked to a ${b.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}." }`);
  }
  return `${lines.join('\n')}\n`;
}


/**
 * The web app's budget: sizes of the production bundle (raw and gzipped, per chunk, and what the
 * first screen loads), and the time to first render of a project page in Chromium against the
 * real server. Run: npx tsx bench/web.ts
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, ensureWebBuilt, repoRoot, startArchway } from '../test/web/serve-archway.js';

const dist = join(repoRoot, 'web', 'dist');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function bundleSizes(): void {
  const assets = join(dist, 'assets');
  const rows = readdirSync(assets)
    .filter((f) => /\.(js|css)$/.test(f))
    .map((file) => {
      const bytes = readFileSync(join(assets, file));
      return { file, raw: statSync(join(assets, file)).size, gzip: gzipSync(bytes, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = new Set([...html.matchAll(/(?:src|href)="\/assets\/([^"]+)"/g)].map((m) => m[1]!));
  console.log('chunk'.padEnd(58), 'raw'.padStart(10), 'gzip'.padStart(10));
  for (const row of rows.slice(0, 25)) {
    console.log(`${initial.has(row.file) ? '* ' : '  '}${row.file}`.padEnd(58), kb(row.raw).padStart(10), kb(row.gzip).padStart(10));
  }
  if (rows.length > 25) console.log(`  … ${rows.length - 25} smaller chunks`);
  const first = rows.filter((r) => initial.has(r.file));
  const firstGzip = first.reduce((n, r) => n + r.gzip, 0);
  const total = rows.reduce((n, r) => ({ raw: n.raw + r.raw, gzip: n.gzip + r.gzip }), { raw: 0, gzip: 0 });
  const mermaid = rows.filter((r) => /mermaid|Diagram|cytoscape|katex|dagre|chunk-/.test(r.file) && !initial.has(r.file));
  console.log(`\nfirst screen (* above, loaded by index.html): ${kb(first.reduce((n, r) => n + r.raw, 0))} raw, ${kb(firstGzip)} gzipped (budget 300 KB gzipped: ${firstGzip <= 300 * 1024 ? 'within' : 'OVER'})`);
  console.log(`lazy chunks (Mermaid and its diagram types), loaded only when a diagram is shown: ${mermaid.length} chunks, ${kb(mermaid.reduce((n, r) => n + r.gzip, 0))} gzipped`);
  console.log(`all chunks: ${rows.length}, ${kb(total.raw)} raw, ${kb(total.gzip)} gzipped`);
}

async function firstRender(): Promise<void> {
  const started = await startArchway();
  if ('skip' in started) {
    console.log(`\ntime to first render: not measured (${started.skip})`);
    return;
  }
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${started.url}/signup`);
    await page.getByLabel('Your name').fill('Bench');
    await page.getByLabel('Email').fill('bench@example.com');
    await page.getByLabel('Password').fill('correct horse battery staple');
    await page.getByLabel('Organization name').fill('Bench Org');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByLabel('Project name').fill('Bench project');
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.getByRole('heading', { name: 'Requirement inputs' }).waitFor();
    const url = page.url();
    const samples: number[] = [];
    for (let i = 0; i < 7; i++) {
      const fresh = await context.newPage();
      const t0 = Date.now();
      await fresh.goto(url, { waitUntil: 'commit' });
      await fresh.getByRole('navigation', { name: 'Project steps' }).waitFor();
      samples.push(Date.now() - t0);
      await fresh.close();
    }
    samples.sort((a, b) => a - b);
    console.log(`\ntime to first render of the project page (navigation to the stepper drawn, Chromium, ${samples.length} loads): median ${samples[Math.floor(samples.length / 2)]} ms, min ${samples[0]} ms, max ${samples.at(-1)} ms`);
  } finally {
    await browser.close();
    await started.close();
  }
}

await ensureWebBuilt();
bundleSizes();
await firstRender();

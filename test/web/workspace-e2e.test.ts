import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath, ensureWebBuilt, repoRoot, startArchway, type RunningArchway } from './serve-archway.js';

const examplePath = join(repoRoot, '..', 'shared', 'examples', 'jeex-plan.md');
const shots = join(repoRoot, 'test-artifacts', 'screenshots');

const skipReason = !existsSync(chromiumPath)
  ? `Chromium is not installed at ${chromiumPath} (apt-get install chromium)`
  : !existsSync(examplePath)
    ? `the example ${examplePath} is missing (../shared is not beside the repository)`
    : null;
if (skipReason) console.warn(`[web end-to-end] skipped: ${skipReason}`);

let server: RunningArchway | null = null;
let browser: Browser | null = null;
let serverSkip: string | null = null;
const consoleErrors: string[] = [];

function watch(page: Page, label: string, ignoreNotFound = false): Page {
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (ignoreNotFound && /status of 40[34]/.test(message.text())) return;
    consoleErrors.push(`${label}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`${label}: ${error.message}`));
  return page;
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: false });

async function signUp(page: Page, base: string, who: { name: string; email: string; org: string }) {
  await page.goto(`${base}/signup`);
  await page.getByLabel('Your name').fill(who.name);
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill('correct horse battery staple');
  await page.getByLabel('Organization name').fill(who.org);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Projects' }).waitFor();
}

async function generate(page: Page, stepTitle: string) {
  await page.getByRole('button', { name: new RegExp(`^(Re)?[Gg]enerate ${stepTitle}$`) }).click();
  await page.getByRole('heading', { name: /Generation (finished|failed)/ }).waitFor({ timeout: 120_000 });
  const failed = await page.getByRole('heading', { name: 'Generation failed' }).count();
  if (failed > 0) throw new Error(`generating ${stepTitle} failed: ${await page.locator('.progress').innerText()}`);
}

describe.skipIf(skipReason !== null)('the Archway workspace in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    await ensureWebBuilt();
    const started = await startArchway();
    if ('skip' in started) {
      serverSkip = started.skip;
      console.warn(`[web end-to-end] skipped: ${serverSkip}`);
      return;
    }
    server = started;
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, timeout: 60_000 });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('takes a project from requirements to an exported package, and keeps it from other organizations', async (ctx) => {
    if (server === null || browser === null) return ctx.skip(serverSkip ?? 'server not started');
    const base = server.url;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = watch(await context.newPage(), 'owner');
    page.setDefaultTimeout(30_000);

    await page.goto(`${base}/signup`);
    await page.getByRole('heading', { name: 'Create your account' }).waitFor();
    await shot(page, '01-signup');
    await signUp(page, base, { name: 'Ada Owner', email: 'ada@example.com', org: 'Acme Platform' });
    await shot(page, '02-projects-empty');

    await page.getByLabel('Project name').fill('JEEX Plan');
    await page.getByLabel('One-line description').fill('Documentation generator for software teams');
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.getByRole('heading', { name: 'Requirement inputs' }).waitFor();
    const projectUrl = page.url();
    expect(projectUrl).toMatch(/\/o\/[^/]+\/p\/[^/]+\/description$/);

    await page.locator('input[type=file]').setInputFiles({ name: 'jeex-plan.md', mimeType: 'text/markdown', buffer: readFileSync(examplePath) });
    await page.getByRole('textbox', { name: 'jeex-plan.md' }).waitFor();
    await generate(page, 'Description');
    await shot(page, '03-description');

    for (const [slug, title] of [['architecture', 'Architecture'], ['plan', 'Implementation Plan'], ['rules', 'Rules & Standards']] as const) {
      await page.getByRole('navigation', { name: 'Project steps' }).getByRole('link', { name: new RegExp(title) }).click();
      await page.waitForURL(new RegExp(`/${slug}$`));
      await generate(page, title);
      await page.getByRole('navigation', { name: 'Documents' }).waitFor();
    }
    const stepper = page.getByRole('navigation', { name: 'Project steps' });
    expect(await stepper.locator('.step-done').count()).toBe(4);
    await shot(page, '04-rules');

    // The architecture document with its diagrams drawn as SVG.
    await stepper.getByRole('link', { name: /Architecture/ }).click();
    await page.getByRole('navigation', { name: 'Documents' }).getByRole('link', { name: /docs\/architecture\.md/ }).click();
    await page.locator('figure.diagram svg').first().waitFor({ timeout: 60_000 });
    expect(await page.locator('figure.diagram svg').count()).toBeGreaterThan(0);
    await shot(page, '05-architecture-diagram');
    const docUrl = page.url();

    // A reload lands on the same view.
    await page.reload();
    await page.getByRole('heading', { name: 'docs/architecture.md' }).waitFor();
    expect(page.url()).toBe(docUrl);

    // ADRs are listed with their status.
    await page.locator('.doc-nav .badge').first().waitFor();

    // Edit: a new version.
    const badge = page.locator('article .badge').first();
    const before = await badge.innerText();
    const [, activeBefore] = /version (\d+) of (\d+)/.exec(before) ?? [];
    const v1 = Number(activeBefore);
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    const editor = page.locator('.editor textarea');
    const original = await editor.inputValue();
    await editor.fill(`${original}\nEdited in the browser by Ada.\n`);
    await page.getByRole('button', { name: 'Save as new version' }).click();
    await page.getByText('Edited in the browser by Ada.').waitFor();
    await expect.poll(() => badge.innerText()).toBe(`version ${v1 + 1} of ${v1 + 1}`);

    // History: the diff shows the edit, side by side and inline.
    await page.getByRole('link', { name: 'History', exact: true }).click();
    await page.locator('.diff-side .diff-added', { hasText: 'Edited in the browser by Ada.' }).waitFor();
    await shot(page, '06-diff-side-by-side');
    await page.getByLabel('Inline').check();
    await page.locator('tr.diff-added', { hasText: 'Edited in the browser by Ada.' }).waitFor();
    await shot(page, '07-diff-inline');

    // Restore the version before the edit.
    await page.getByRole('button', { name: `Restore version ${v1}` }).click();
    await expect.poll(() => badge.innerText()).toBe(`version ${v1 + 2} of ${v1 + 2}`);
    await page.getByRole('link', { name: 'Read', exact: true }).click();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.locator('.markdown').first().innerText()).not.toContain('Edited in the browser by Ada.');

    // Search over the project.
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    await page.getByLabel('Words to find').fill('PostgreSQL');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('list', { name: 'Results' }).waitFor();
    await shot(page, '08-search');
    await page.goBack();
    await page.goBack();

    // Export: the ZIP holds the active versions.
    await page.goto(docUrl);
    await page.getByRole('heading', { name: 'docs/architecture.md' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export ZIP' }).click()]);
    const zip = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    const names = Object.keys(zip);
    const find = (suffix: string) => names.find((n) => n === suffix || n.endsWith(`/${suffix}`));
    expect(find('README.md')).toBeDefined();
    expect(find('docs/architecture.md')).toBeDefined();
    expect(find('docs/specs.md')).toBeDefined();
    expect(names.some((n) => /docs\/plans\/.+\.md$/.test(n))).toBe(true);
    expect(strFromU8(zip[find('docs/architecture.md')!]!)).not.toContain('Edited in the browser by Ada.');

    // The narrow screen: nothing overflows sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('heading', { name: 'docs/architecture.md' }).waitFor();
    await shot(page, '09-architecture-390px');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(391);

    // Another organization's user gets not-found at the first project's URL, and no data.
    const other = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const intruder = watch(await other.newPage(), 'intruder', true);
    await signUp(intruder, base, { name: 'Eve Other', email: 'eve@example.com', org: 'Other Co' });
    await intruder.goto(docUrl);
    await intruder.getByRole('heading', { name: 'Not found' }).waitFor();
    expect(await intruder.locator('.stepper').count()).toBe(0);
    expect(await intruder.locator('body').innerText()).not.toContain('JEEX Plan');
    await shot(intruder, '10-other-organization-not-found');
    const theirOrg = new URL(intruder.url()).pathname.split('/')[2] ?? '';
    await intruder.goto(docUrl.replace(/\/o\/[^/]+\//, `/o/${theirOrg}/`));
    await intruder.getByRole('heading', { name: 'Not found' }).waitFor();
    expect(await intruder.locator('.stepper').count()).toBe(0);
    await other.close();

    // Members and API keys: a new key is shown once, and revoking it marks it revoked.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('link', { name: 'Members' }).click();
    await page.getByRole('cell', { name: 'ada@example.com', exact: true }).waitFor();
    await page.getByRole('link', { name: 'API keys' }).click();
    await page.getByText('No API keys yet.').waitFor();
    await page.getByLabel('Key name').fill('CI pipeline');
    await page.getByRole('button', { name: 'Create key' }).click();
    const key = await page.getByTestId('new-key').innerText();
    expect(key.length).toBeGreaterThan(20);
    await shot(page, '11-api-key-created');
    await page.getByRole('button', { name: 'I have copied it' }).click();
    expect(await page.locator('body').innerText()).not.toContain(key);
    await page.getByRole('button', { name: 'Revoke CI pipeline' }).click();
    await page.getByText('revoked', { exact: true }).waitFor();

    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 600_000);
});

// The npm registry this project installs from does not carry every platform build of every
// optional native accelerator (e.g. msgpackr-extract's darwin and win32 packages). `npm install`
// then writes a lock that names optional dependencies it has no entry for, and `npm ci` refuses
// it. This drops exactly those dangling optional names (nothing installable is removed), so the
// lock installs with `npm ci` on every machine. Run by .ci/run before `npm ci`; idempotent.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const paths = Object.keys(lock.packages ?? {});
let dropped = 0;
for (const meta of Object.values(lock.packages ?? {})) {
  const optional = meta.optionalDependencies;
  if (!optional) continue;
  for (const dep of Object.keys(optional)) {
    if (!paths.some((p) => p.endsWith(`node_modules/${dep}`))) {
      delete optional[dep];
      dropped += 1;
    }
  }
}
if (dropped > 0) {
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`package-lock.json: dropped ${dropped} optional dependency name(s) the registry does not carry`);
}

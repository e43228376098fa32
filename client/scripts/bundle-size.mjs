// What a phone downloads before it can show a screen: the entry's JS with its static imports, plus the screen's own
// lazily loaded chunk and its static imports. Gzip level 9 of the built files (what nginx/CDNs serve).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(import.meta.dirname, '../dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const next of manifest[key].imports ?? []) closure(next, seen);
  return seen;
}
const jsOf = (keys) => [...keys].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const shell = closure(entry);
const screens = {
  'sign in (first visit)': [],
  'home (signed in)': ['src/worker/app/home-page.tsx'],
  apply: ['src/worker/features/apply/apply-pages.tsx'],
  'case timeline': ['src/worker/features/cases/case-page.tsx'],
  register: ['src/worker/features/auth/register-page.tsx'],
};
const rows = Object.entries(screens).map(([name, lazyKeys]) => {
  const keys = new Set(shell);
  for (const key of lazyKeys) closure(key, keys);
  // workbox-window is fetched right after start to register the service worker
  const files = [
    ...jsOf(keys),
    ...Object.values(manifest)
      .filter((chunk) => chunk.file.includes('workbox-window'))
      .map((chunk) => chunk.file),
  ];
  return { name, bytes: [...new Set(files)].reduce((sum, file) => sum + gz(file), 0) };
});
for (const row of rows) console.log(`${row.name.padEnd(24)} ${kb(row.bytes)} gzipped JS`);
const worst = Math.max(...rows.map((row) => row.bytes));
console.log(`largest first load: ${kb(worst)} (budget 200 KB)`);
if (worst > 200 * 1024) process.exitCode = 1;

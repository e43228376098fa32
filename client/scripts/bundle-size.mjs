// What a browser downloads before it can show a screen: the entry's JS with its static imports, plus the screen's own
// lazily loaded chunks and their static imports. Gzip level 9 of the built files (what nginx/CDNs serve).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(import.meta.dirname, '../dist');
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const BUDGET = 200 * 1024;

/** Each screen's first-load bytes for one app's build manifest; `extraFiles` load with every screen. */
function measure(manifestPath, screens, extraFiles = () => []) {
  const manifest = JSON.parse(readFileSync(join(dist, manifestPath), 'utf8'));
  const closure = (key, seen) => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const next of manifest[key].imports ?? []) closure(next, seen);
    return seen;
  };
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  const shell = closure(entry, new Set());
  return Object.entries(screens).map(([name, lazyKeys]) => {
    const keys = new Set(shell);
    for (const key of lazyKeys) closure(key, keys);
    const files = [...keys].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
    return { name, bytes: [...new Set([...files, ...extraFiles(manifest)])].reduce((sum, file) => sum + gz(file), 0) };
  });
}

// workbox-window is fetched right after start to register the service worker
const workboxWindow = (manifest) =>
  Object.values(manifest)
    .filter((chunk) => chunk.file.includes('workbox-window'))
    .map((chunk) => chunk.file);
const worker = measure(
  '.vite/manifest.json',
  {
    'sign in (first visit)': [],
    'home (signed in)': ['src/worker/app/home-page.tsx'],
    apply: ['src/worker/features/apply/apply-pages.tsx'],
    'case timeline': ['src/worker/features/cases/case-page.tsx'],
    register: ['src/worker/features/auth/register-page.tsx'],
  },
  workboxWindow,
);
// the console's first load is its sign-in screen; a signed-in section adds antd with the shell (cached afterwards)
const consoleShell = 'src/console/console-shell.tsx';
const consoleScreens = measure('console/.vite/manifest.json', {
  'sign in (first visit)': [],
  'queue (signed in)': [consoleShell, 'src/console/queue/queue-page.tsx'],
  'case page (signed in)': [consoleShell, 'src/console/case-work/case-work-page.tsx'],
  'dashboard (signed in)': [consoleShell, 'src/console/dashboard/dashboard-page.tsx'],
});

let overBudget = false;
for (const [app, rows, firstLoad] of [
  ['worker app', worker, worker],
  ['console', consoleScreens, consoleScreens.slice(0, 1)],
]) {
  console.log(app);
  for (const row of rows) console.log(`  ${row.name.padEnd(24)} ${kb(row.bytes)} gzipped JS`);
  const worst = Math.max(...firstLoad.map((row) => row.bytes));
  console.log(`  largest first load: ${kb(worst)} (budget 200 KB)`);
  overBudget ||= worst > BUDGET;
}
if (overBudget) process.exitCode = 1;

// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { readdirSync } from 'node:fs';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const server = './server/src';

/**
 * The server's layers, lowest first: a file may import its own layer and those below it, never one above.
 * `common/` is the ground floor; `modules/` the domain; `app/` composes them; the worker and the command-line
 * tools sit on top; `main.ts` and `worker.ts` start processes.
 */
const layers = [
  [`${server}/common`],
  [`${server}/modules`],
  [`${server}/app`],
  [`${server}/worker`, `${server}/cli`],
  [`${server}/main.ts`, `${server}/worker.ts`],
];

/**
 * Domain modules, lowest first (style.md: a module uses only modules to its left). Modules on one rank are
 * peers that never import each other. The audit trail (writing events) is the floor every module stands on;
 * the audit log (reading them) is a peer near the top; rollups read what every module below exposes.
 */
const auditTrail = ['audit-event.entity.ts', 'audit-trail.ts'];
const moduleRanks = [
  ['org'],
  ['jobs'],
  ['auth'],
  ['notifications'],
  ['verification'],
  ['people'],
  ['cases'],
  ['funds'],
  ['reviews', 'assessments', 'audit', 'campaigns'],
  ['rollups'],
  ['returns', 'paper', 'exchange'],
];

const layerZones = layers
  .flatMap((layer, rank) =>
    layer.map((target) => ({
      target,
      from: layers.slice(rank + 1).flat(),
      message: 'An upward import: a lower layer of the server may not depend on a higher one.',
    })),
  )
  .filter((zone) => zone.from.length > 0);

const moduleDir = (name) => `${server}/modules/${name}`;
const moduleZones = moduleRanks.flatMap((rank, index) =>
  rank.flatMap((name) =>
    [...moduleRanks.slice(index + 1).flat(), ...rank.filter((peer) => peer !== name)].map((above) => ({
      target: moduleDir(name),
      from: moduleDir(above),
      // the audit trail under modules/audit is the floor every module stands on
      ...(above === 'audit' ? { except: auditTrail.map((file) => `./${file}`) } : {}),
      message: `An upward import between modules: ${name} may use only the modules ranked below it (eslint.config.js).`,
    })),
  ),
);

const auditTrailZone = {
  target: auditTrail.map((file) => `${moduleDir('audit')}/${file}`),
  from: `${server}/modules`,
  except: auditTrail.map((file) => `./audit/${file}`),
  message: 'The audit trail is the floor of every module and imports none.',
};

/**
 * The client: two apps (the worker PWA and the staff console) over one lib; they never import each other, lib imports
 * neither, and the worker's features never import each other or the app shell that composes them (bulletproof-react).
 */
const client = './client/src';
const workerFeatures = readdirSync(`${client}/worker/features`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const clientZones = [
  { target: `${client}/lib`, from: [`${client}/worker`, `${client}/console`], message: 'lib serves both apps and imports neither.' },
  { target: `${client}/worker`, from: `${client}/console`, message: 'The worker app never imports the console.' },
  { target: `${client}/console`, from: `${client}/worker`, message: 'The console never imports the worker app.' },
  ...workerFeatures.map((feature) => ({
    target: `${client}/worker/features/${feature}`,
    from: [
      `${client}/worker/app`,
      ...workerFeatures.filter((other) => other !== feature).map((other) => `${client}/worker/features/${other}`),
    ],
    message: 'A feature imports neither another feature nor the app shell that composes them.',
  })),
];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'client/src/**/gql/**', 'client/dev-dist/**', '.data/**', 'migrations/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      // dependencies are parsed as TypeScript too, or cycles through them go unseen
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['server/tsconfig.json', 'client/tsconfig.json', 'tests/bench/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...moduleZones, auditTrailZone, ...clientZones] }],
      // a module's registry entry (common/context.ts) is an interface extending the type it contributes
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // services are built in one place (app/services.ts), fully configured, for requests, jobs and transactions
    files: ['server/src/**/*.ts', 'tests/**/*.ts'],
    ignores: ['server/src/app/services.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'NewExpression[callee.name=/Service$/]', message: 'Build services with createServices() (app/services.ts).' },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // tests drive GraphQL answers as loose JSON
    files: ['tests/**/*.ts', '**/*.test.{ts,tsx}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  prettier,
);

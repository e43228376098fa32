import type { CodegenConfig } from '@graphql-codegen/cli';

const codegenConfig = {
  documentMode: 'string',
  enumsAsTypes: true,
  useTypeImports: true,
  scalars: { DateTime: 'string', Fen: 'number' },
} as const;

/**
 * Typed operations from the committed schema; string documents keep graphql-js out of the phone's bundle. The worker
 * app and the console each get their own set: `graphql()` looks documents up in one map of every operation it was
 * generated for, so one shared set would carry the console's operations onto every phone.
 */
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    './src/worker/gql/': {
      documents: ['src/worker/**/*.{ts,tsx}', '!src/worker/gql/**/*'],
      preset: 'client',
      config: codegenConfig,
      presetConfig: { fragmentMasking: false },
    },
    './src/console/gql/': {
      documents: ['src/console/**/*.{ts,tsx}', '!src/console/gql/**/*'],
      preset: 'client',
      config: codegenConfig,
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;

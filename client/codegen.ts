import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed operations from the committed schema; string documents keep graphql-js out of the phone's bundle. */
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', Fen: 'number' },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;

import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed resolvers for the server and typed documents for the web, from schema/ (SDL only).
 * Outputs are generated (never edited by hand) and committed; `npm run codegen:check` fails when
 * they are stale.
 */
const config: CodegenConfig = {
  schema: 'schema/**/*.graphql',
  documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'server/graphql/resolvers-types.generated.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        contextType: '../context.js#Context',
        mappers: {
          Actor: '../db/repos/actor.repo.js#ActorRow',
          Citation: '../db/repos/citation.repo.js#CitationRow',
        },
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { ID: 'string' },
      },
    },
    'web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' } },
      config: { useTypeImports: true, enumsAsTypes: true },
    },
  },
};

export default config;

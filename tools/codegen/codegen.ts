// GraphQL Code Generator: TypeScript types for the example operations of
// src/test/resources/graphql-test/ (the GraphiQL tabs), from the committed schema files.
// Clients do the same against their own operations; the schema is also served at
// GET /graphql/schema. DateTime and Date travel as ISO-8601 strings.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../../graphql-schema/*.graphqls',
  documents: '../../src/test/resources/graphql-test/*.graphql',
  generates: {
    'generated/operations.ts': {
      plugins: ['typescript-operations'],
      config: {
        scalars: {
          DateTime: 'string',
          Date: 'string',
        },
        strictScalars: true,
        enumsAsTypes: true,
        avoidOptionals: false,
      },
    },
  },
  ignoreNoDocuments: false,
};

export default config;

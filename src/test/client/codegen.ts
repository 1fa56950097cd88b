// GraphQL Code Generator: TypeScript types for Frontline's schema, and for the README's operations,
// as a client would generate them for its own queries.
import type { CodegenConfig } from '@graphql-codegen/cli';

// Without a mapping a custom scalar would come out as `any`, and `any` type-checks anything.
const scalars = {
  Date: 'string', // ISO 8601 date: "2022-09-30"
  DateTime: 'string', // ISO 8601 date and time with its offset
  BigDecimal: 'number', // a JSON number: 60.00
  BigInteger: 'number', // declared by the schema, used by no field yet
};

const config: CodegenConfig = {
  schema: '../../../schema.graphql',
  documents: 'generated/documents/*.graphql',
  generates: {
    // Every type of the schema (Strike, Region...), for code that passes whole objects around.
    'generated/schema.ts': {
      plugins: ['typescript'],
      config: { strictScalars: true, scalars, enumsAsTypes: true },
    },
    // The shape of each operation's answer and variables. This plugin writes the enums and inputs
    // its operations use by itself, so it gets a file of its own: beside the typescript plugin's
    // output they would be declared twice.
    // graphql-request throws when an answer has errors, so a field marked @semanticNonNull (null
    // only beside an error) is never null for this client: errorHandlingClient types it non-null.
    'generated/operations.ts': {
      plugins: ['typescript-operations'],
      config: { strictScalars: true, scalars, nullability: { errorHandlingClient: true } },
    },
  },
};

export default config;

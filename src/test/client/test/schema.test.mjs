// The committed schema.graphql is a complete schema a client's tools can build on their own: every
// type it names is declared in it (custom scalars included), and it has a query root.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { buildSchema } from 'graphql';

const schemaPath = new URL('../../../../schema.graphql', import.meta.url);

test('schema.graphql builds with graphql-js, and its query root holds the lists the README names', () => {
  const schema = buildSchema(readFileSync(schemaPath, 'utf8'));
  const fields = Object.keys(schema.getQueryType()?.getFields() ?? {});
  for (const list of ['leaders', 'regions', 'sanctions', 'strikes', 'sources']) {
    assert.ok(fields.includes(list), `Query has no field ${list}; it has ${fields.join(', ')}`);
  }
});

// Every operation the README shows is valid against schema.graphql, as a reader would paste it
// into the playground. (readme.mjs says which ```graphql blocks are operations.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { buildSchema, validate } from 'graphql';
import { readmeOperations } from '../readme.mjs';

const schemaPath = new URL('../../../../schema.graphql', import.meta.url);

const operations = readmeOperations();

// Were a block no longer read as an operation (a fence mistyped, say), its test below would simply
// vanish; this list is what keeps that from passing unnoticed. Change it with the README.
test('the README shows its three questions, its writes and its live changes as operations', () => {
  assert.deepEqual(operations.map((operation) => operation.section), [
    'Asking it', 'Asking it', 'Asking it', 'Writing', 'Writing', 'Writing',
    'Live changes: subscriptions and the change feed', 'Live changes: subscriptions and the change feed',
  ]);
});

for (const operation of operations) {
  test(`README.md line ${operation.line} (${operation.section}) is valid against the schema`, () => {
    const schema = buildSchema(readFileSync(schemaPath, 'utf8'));
    const errors = validate(schema, operation.document);
    assert.deepEqual(errors.map((error) => error.message), [], operation.text);
  });
}

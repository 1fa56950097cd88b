// A client generates types for the README's operations with GraphQL Code Generator, and code
// written against them (client.ts) type-checks.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('..', import.meta.url));

function run(command, ...args) {
  const result = spawnSync(command, args, { cwd: here, encoding: 'utf8' });
  const output = `${result.stdout}${result.stderr}${result.error ? result.error.message : ''}`;
  assert.equal(result.status, 0, `${command} ${args.join(' ')} failed:\n${output}`);
  return output;
}

test('codegen writes types for the README operations, and client.ts type-checks against them', () => {
  run(process.execPath, 'readme.mjs');
  run(process.execPath, 'node_modules/@graphql-codegen/cli/cjs/bin.js', '--config', 'codegen.ts');
  run(process.execPath, 'node_modules/typescript/bin/tsc', '-p', '.');
});

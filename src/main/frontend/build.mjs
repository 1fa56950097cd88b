// Builds the page into the jar's static resources: node build.mjs <output directory>.
// ./mvnw runs it (pom.xml, "The map page") with <output directory> = target/classes/META-INF/resources,
// where Quarkus serves it at /. Nothing it writes is committed.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { buildSchema, parse, validate } from 'graphql';

const out = process.argv[2];
if (!out) {
  console.error('usage: node build.mjs <output directory>');
  process.exit(2);
}

// Each operations/*.graphql file becomes {text, hash}: the text exactly as the file holds it, and
// its SHA-256, which is what the service knows it by, both for automatic persisted queries and in
// an operator's allow-list of these same files (README, "The map").
const operations = {
  name: 'operations',
  setup(build) {
    build.onLoad({ filter: /\.graphql$/ }, async ({ path }) => {
      const text = await readFile(path, 'utf8');
      const hash = createHash('sha256').update(text, 'utf8').digest('hex');
      return { contents: `export default ${JSON.stringify({ text, hash })};`, loader: 'js' };
    });
  },
};

// The page's operations must hold against the committed schema, and its code against its types,
// before anything is bundled: esbuild only strips the types.
const schema = buildSchema(await readFile('../../../schema.graphql', 'utf8'));
for (const file of (await readdir('src/operations')).filter((f) => f.endsWith('.graphql'))) {
  const errors = validate(schema, parse(await readFile(join('src/operations', file), 'utf8')));
  if (errors.length > 0) {
    console.error(`src/operations/${file} does not hold against schema.graphql:\n${errors.map((e) => `  ${e.message}`).join('\n')}`);
    process.exit(1);
  }
}
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', '.'], { stdio: 'inherit' });

await rm(join(out, 'assets'), { recursive: true, force: true });
await mkdir(out, { recursive: true });
const result = await esbuild.build({
  entryPoints: { app: 'src/main.ts' },
  outdir: join(out, 'assets'),
  bundle: true,
  format: 'esm',
  target: 'es2020',
  minify: true,
  // Leaflet's stylesheet names images for controls the page does not use; they are copied anyway.
  loader: { '.png': 'file', '.svg': 'file' },
  plugins: [operations],
  metafile: true,
  logLevel: 'warning',
});
await copyFile('src/index.html', join(out, 'index.html'));
for (const [file, { bytes }] of Object.entries(result.metafile.outputs)) {
  console.log(`${file}: ${(bytes / 1024).toFixed(1)} KiB`);
}

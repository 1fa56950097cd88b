// The README's GraphQL, read out of README.md itself, so that what a reader copies from it is what
// this suite validates, generates types for and runs against the service.
//
// Which ```graphql blocks count: a block is what a reader pastes into the playground, so each one
// must parse and must be complete on its own (no fragment defined in another block). A block of
// schema definitions (SDL) is an excerpt of schema.graphql and is left out, and so is a block
// holding only fragments, which cannot be sent alone. A block that does not parse fails the suite:
// a partial snippet belongs in inline code or in a ```text block, where no reader would try to run
// it. Blocks in other languages (```sh, ```json) are not GraphQL and are not read as such.
//
// `node readme.mjs` writes each operation to generated/documents/ for GraphQL Code Generator.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Kind, parse, print } from 'graphql';

export const readmePath = fileURLToPath(new URL('../../../README.md', import.meta.url));
export const documentsDir = fileURLToPath(new URL('./generated/documents/', import.meta.url));

/** Every fenced block, with its language, the README line it starts on and its section. */
export function fencedBlocks(markdown = readFileSync(readmePath, 'utf8')) {
  const blocks = [];
  const lines = markdown.split('\n');
  let section = '';
  let lead = '';
  let open = null;
  lines.forEach((line, index) => {
    if (open) {
      if (line.startsWith('```')) {
        blocks.push({ ...open, text: open.lines.join('\n') });
        open = null;
      } else {
        open.lines.push(line);
      }
      return;
    }
    const fence = line.match(/^```(\S*)/);
    if (fence) {
      open = { lang: fence[1], line: index + 2, section, lead, lines: [] };
      return;
    }
    const heading = line.match(/^##\s+(.*)$/);
    if (heading) {
      section = heading[1].trim();
      lead = '';
      return;
    }
    // A paragraph that opens in bold names what the blocks after it show ("**Who held ...?**").
    const bold = line.match(/^\*\*(.+?)\*\*/);
    if (bold) {
      lead = bold[1];
    }
  });
  if (open) {
    throw new Error(`README.md line ${open.line - 1}: a fenced block is never closed`);
  }
  return blocks;
}

/**
 * The README's operations, each named for codegen: its own name if it has one, otherwise its
 * section and place in it (AskingIt1, Writing2), since generated types are named after operations
 * and the README's are anonymous, as a reader would type them.
 */
export function readmeOperations(markdown) {
  const operations = [];
  const perSection = new Map();
  for (const block of fencedBlocks(markdown)) {
    if (block.lang !== 'graphql') {
      continue;
    }
    let document;
    try {
      document = parse(block.text);
    } catch (error) {
      throw new Error(`README.md line ${block.line}: a \`\`\`graphql block that does not parse `
          + `(${error.message}); show a partial snippet as inline code or in a \`\`\`text block`);
    }
    const kinds = document.definitions.map((definition) => definition.kind);
    if (!kinds.every((kind) => kind === Kind.OPERATION_DEFINITION || kind === Kind.FRAGMENT_DEFINITION)) {
      continue; // SDL: an excerpt of the schema, checked by building schema.graphql itself
    }
    if (!kinds.includes(Kind.OPERATION_DEFINITION)) {
      continue; // fragments alone cannot be sent
    }
    const prefix = pascal(block.section);
    let place = perSection.get(prefix) ?? 0;
    const named = {
      ...document,
      definitions: document.definitions.map((definition) => {
        if (definition.kind !== Kind.OPERATION_DEFINITION || definition.name) {
          return definition;
        }
        place += 1;
        return { ...definition, name: { kind: Kind.NAME, value: `${prefix}${place}` } };
      }),
    };
    perSection.set(prefix, place);
    const name = named.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION).name.value;
    operations.push({ ...block, name, document, named });
  }
  return operations;
}

/**
 * The examples under "## Asking it": each question (the bold lead-in), its query and the answer
 * the README shows for it (the ```json block that follows the query).
 */
export function askingItExamples(markdown) {
  const blocks = fencedBlocks(markdown).filter((block) => block.section === 'Asking it');
  const examples = [];
  blocks.forEach((block, index) => {
    if (block.lang !== 'graphql') {
      return;
    }
    const answer = blocks[index + 1];
    if (!answer || answer.lang !== 'json') {
      throw new Error(`README.md line ${block.line}: the query under "Asking it" has no \`\`\`json answer after it`);
    }
    examples.push({ question: block.lead, line: block.line, query: block.text, answer: JSON.parse(answer.text) });
  });
  return examples;
}

function pascal(text) {
  return text.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const operations = readmeOperations();
  rmSync(documentsDir, { recursive: true, force: true });
  mkdirSync(documentsDir, { recursive: true });
  for (const operation of operations) {
    writeFileSync(`${documentsDir}${operation.name}.graphql`,
        `# README.md line ${operation.line}, under "${operation.section}"\n${print(operation.named)}\n`);
  }
  console.log(`readme.mjs: ${operations.length} operations from README.md in generated/documents/`);
}

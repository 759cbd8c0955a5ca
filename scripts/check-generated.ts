/**
 * `npm run check:generated` (part of `npm test`): fails when a committed generated file differs
 * from what the code generates now. Regenerate with `npm run schema && npm run codegen`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import config from '../codegen.ts';
import { renderSchema, schemaFile } from '../server/src/root/emit-schema.ts';
import { repoRoot } from '../server/src/root/config.ts';

const stale: string[] = [];

if (readFileSync(schemaFile, 'utf8') !== (await renderSchema())) stale.push('schema/schema.graphql (run `npm run schema`)');

const outputs = await generate({ ...config, cwd: repoRoot, silent: true }, false);
const expected = new Set<string>();
for (const output of outputs) {
  const file = path.resolve(repoRoot, output.filename);
  expected.add(file);
  if (!existsSync(file) || readFileSync(file, 'utf8') !== output.content) stale.push(`${path.relative(repoRoot, file)} (run \`npm run codegen\`)`);
}
for (const dir of Object.keys(config.generates)) {
  const absolute = path.resolve(repoRoot, dir);
  if (!existsSync(absolute) || !dir.endsWith('/')) continue;
  for (const name of readdirSync(absolute)) {
    const file = path.join(absolute, name);
    if (!expected.has(file)) stale.push(`${path.relative(repoRoot, file)} is no longer generated: delete it`);
  }
}

if (stale.length > 0) {
  console.error(`Generated files are out of date:\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
console.log('generated files are in sync');

/** `npm run schema`: writes schema/schema.graphql from the resolvers. */
import { writeFile } from 'node:fs/promises';
import { printSchema } from 'graphql';
import { printableSchema } from './schema.ts';

export const schemaFile = new URL('../../../schema/schema.graphql', import.meta.url);

export async function renderSchema(): Promise<string> {
  return `${printSchema(await printableSchema())}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await writeFile(schemaFile, await renderSchema());
  console.log(`wrote ${schemaFile.pathname}`);
}

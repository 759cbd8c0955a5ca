import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/root/config.ts';

/** Each server file with the server/src folders it imports from (relative imports only). */
const src = path.join(repoRoot, 'server', 'src');
const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => {
    const text = readFileSync(path.join(src, file), 'utf8');
    const folder = file.split(path.sep)[0]!;
    const imported = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((match) =>
      path.relative(src, path.resolve(path.join(src, path.dirname(file)), match[1]!)).split(path.sep)[0]!,
    );
    return { file, folder, imports: new Set(imported.filter((target) => target !== folder)) };
  });
const areas = [...new Set(files.map((file) => file.folder))].filter((folder) => folder !== 'kernel' && folder !== 'root');

describe('the server layout', () => {
  it('keeps the kernel free of any area and of the root', () => {
    const offenders = files.filter((file) => file.folder === 'kernel' && file.imports.size > 0);
    expect(offenders.map((file) => `${file.file} → ${[...file.imports].join(', ')}`)).toEqual([]);
  });

  it('lets no area import the composition root', () => {
    const offenders = files.filter((file) => file.folder !== 'root' && file.imports.has('root'));
    expect(offenders.map((file) => file.file)).toEqual([]);
  });

  it('has the root as the one folder that imports every area', () => {
    const importsOf = (folder: string) => new Set(files.filter((file) => file.folder === folder).flatMap((file) => [...file.imports]));
    expect(areas.length).toBeGreaterThan(10);
    expect(areas.filter((area) => !importsOf('root').has(area))).toEqual([]);
    for (const area of areas) expect(areas.filter((other) => other !== area && !importsOf(area).has(other)).length, area).toBeGreaterThan(0);
  });
});

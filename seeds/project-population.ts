/**
 * Synthetic evaluation-project populations as CSV (the upload format of
 * `POST /projects/{id}/population.csv`): search queries with a heavy-tailed weight (daily
 * impressions), a locale and a surface, optionally in two ranker arms. Placeholder texts only.
 * Deterministic for a seed, so the demo and the benchmark load the same rows every time.
 */
import { mulberry32 } from '../server/src/kernel/random.ts';

export interface PopulationOptions {
  count: number;
  seed: number;
  /** Alternate items between arm A and arm B. */
  arms?: boolean;
}

const locales = ['es-ES', 'es-ES', 'es-MX', 'es-MX', 'es-AR', 'en-GB'];
const surfaces = ['top10', 'top10', 'top10', 'typeahead', 'related'];

export const populationHeader = 'external_id,kind,locale,weight,arm,query,results,surface\n';

/** The CSV in chunks of about a thousand lines (a stream body for fetch, or one string joined). */
export function* populationCsv({ count, seed, arms = false }: PopulationOptions): Generator<string> {
  const random = mulberry32(seed);
  yield populationHeader;
  let chunk: string[] = [];
  for (let i = 0; i < count; i++) {
    // Pareto-like impressions: most queries are rare, a few carry much of the traffic.
    const weight = Math.floor(5 / Math.max(random(), 1e-6) ** 0.7);
    const locale = locales[Math.floor(random() * locales.length)]!;
    const surface = surfaces[Math.floor(random() * surfaces.length)]!;
    const arm = arms ? (i % 2 ? 'B' : 'A') : '';
    chunk.push(`q-${i},SEARCH_QUERY,${locale},${weight},${arm},prohibited-item-query-${i},placeholder result ${i}-1|placeholder result ${i}-2|placeholder result ${i}-3,${surface}`);
    if (chunk.length === 1000) {
      yield `${chunk.join('\n')}\n`;
      chunk = [];
    }
  }
  if (chunk.length) yield `${chunk.join('\n')}\n`;
}

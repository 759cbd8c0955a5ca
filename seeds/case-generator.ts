/**
 * Deterministic generator of synthetic case inputs for ingest, demos and load tests.
 *
 * Everything is invented and neutral: harmful material only ever appears as a bracketed placeholder
 * ("[slur placeholder]") or a numbered hyphenated token ("prohibited-item-query-17"); URLs use reserved
 * example domains; handles and names are made up.
 *
 * The same options always give the same output (seeded mulberry32 PRNG). Work is linear in `count`.
 * Fresh subjects are unique by construction, so with `duplicateRate` r about r·count items repeat an
 * earlier subject and the rest are new.
 */
import { mulberry32 } from '../server/src/kernel/random.ts';
import { policyTaxonomy, type Domain, type Severity } from './policies.ts';
import { demoQueues, type SubjectKind } from './queues.ts';

export interface TopResult {
  resultId: string;
  title: string;
  url: string;
}

export interface SubjectInputData {
  kind: SubjectKind;
  locale: string;
  searchQuery?: { text: string; dailyVolume: number; trend: number; topResults: TopResult[] };
  typeahead?: { prefix: string; suggestion: string };
  searchResult?: { query: string; resultId: string; title: string; snippet: string; url: string; position: number };
  account?: {
    accountId: string;
    handle: string;
    displayName: string;
    bio: string;
    avatarRef: string | null;
    accountAgeDays: number;
    followers: number;
    reports: { reason: string; count: number }[];
    riskScores: { model: string; score: number }[];
    linkedAccountIds: string[];
  };
}

export interface CaseInputData {
  externalId: string;
  source: string;
  policyCode: string | null;
  severity: Severity | null;
  reasons: string[];
  subject: SubjectInputData;
}

export interface GenerateCasesOptions {
  count: number;
  seed?: number;
  kinds?: SubjectKind[];
  locales?: string[];
  duplicateRate?: number;
}

// ---------------------------------------------------------------------------------------------
// PRNG

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  /** Integer in [min, max]. */
  range(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }
  weighted<T>(table: Weighted<T>): T {
    const x = this.next() * table.total;
    for (let i = 0; i < table.cumulative.length; i++) {
      if (x < (table.cumulative[i] as number)) return table.items[i] as T;
    }
    return table.items[table.items.length - 1] as T;
  }
}

interface Weighted<T> {
  items: T[];
  cumulative: number[];
  total: number;
}

function weighted<T>(entries: [T, number][]): Weighted<T> {
  let total = 0;
  const cumulative: number[] = [];
  for (const [, w] of entries) {
    total += w;
    cumulative.push(total);
  }
  return { items: entries.map(([item]) => item), cumulative, total };
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
const round3 = (x: number): number => Math.round(x * 1000) / 1000;
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

// ---------------------------------------------------------------------------------------------
// Policies

const policySeverity = new Map<string, Severity>(policyTaxonomy.map((p) => [p.code, p.severity]));
const policyCodesByDomain: Record<Domain, string[]> = {
  SEARCH: policyTaxonomy.filter((p) => p.domains.includes('SEARCH')).map((p) => p.code),
  ACCOUNT: policyTaxonomy.filter((p) => p.domains.includes('ACCOUNT')).map((p) => p.code),
};
const severities: Severity[] = ['S0', 'S1', 'S2', 'S3'];

const domainOf = (kind: SubjectKind): Domain => (kind === 'ACCOUNT' ? 'ACCOUNT' : 'SEARCH');

const reasonsByPolicy: Record<string, string[]> = {
  CHILD_SAFETY: ['possible child safety concern', 'requires specialist review'],
  VIOLENT_EXTREMISM: ['possible violent extremism promotion', 'matches designated-group list entry'],
  SELF_HARM: ['possible self-harm risk', 'may need help resources'],
  HATE_SPEECH: ['reported as hate speech', 'possible hateful term'],
  HARASSMENT_AND_BULLYING: ['reported as harassment', 'possible exposure of personal information'],
  DANGEROUS_ACTS: ['possible dangerous challenge', 'reported as dangerous activity'],
  GRAPHIC_VIOLENCE: ['possible graphic violence in results', 'shock content signal'],
  ANIMAL_HARM: ['possible animal mistreatment', 'reported as animal harm'],
  ADULT_CONTENT: ['possible adult content', 'safe-search classifier hit'],
  SCAMS_AND_FRAUD: ['suspected scam offer', 'reported as fraud'],
  IMPERSONATION: ['reported as impersonation', 'display name resembles a public figure'],
  SPAM_AND_FAKE_ENGAGEMENT: ['suspected spam network', 'unnatural engagement pattern'],
  MINIMUM_AGE: ['possible underage user', 'age signal in profile'],
  REGULATED_GOODS: ['possible sale of regulated goods', 'query seeks prohibited items'],
};
/** Why a case arrived, by source; used alone when no policy is cited. */
const sourceReasons: Record<string, string[]> = {
  'user-report': ['user report without category', 'reported by several users'],
  'model-flag': ['low-confidence model flag', 'classifier score above threshold'],
  'trusted-flagger': ['trusted flagger report'],
  'integration:search-ranking': ['rising query volume', 'flagged by ranking integration'],
};

// ---------------------------------------------------------------------------------------------
// Sources

const sourcesByKind: Record<SubjectKind, Weighted<string>> = {
  SEARCH_QUERY: weighted([
    ['user-report', 35],
    ['model-flag', 35],
    ['trusted-flagger', 10],
    ['integration:search-ranking', 20],
  ]),
  TYPEAHEAD_SUGGESTION: weighted([
    ['model-flag', 50],
    ['user-report', 30],
    ['integration:search-ranking', 15],
    ['trusted-flagger', 5],
  ]),
  SEARCH_RESULT: weighted([
    ['user-report', 40],
    ['integration:search-ranking', 30],
    ['model-flag', 20],
    ['trusted-flagger', 10],
  ]),
  ACCOUNT: weighted([
    ['user-report', 55],
    ['model-flag', 35],
    ['trusted-flagger', 10],
  ]),
};

const kindWeights: Record<SubjectKind, number> = {
  SEARCH_QUERY: 40,
  TYPEAHEAD_SUGGESTION: 20,
  SEARCH_RESULT: 15,
  ACCOUNT: 25,
};
const allKinds: SubjectKind[] = ['SEARCH_QUERY', 'TYPEAHEAD_SUGGESTION', 'SEARCH_RESULT', 'ACCOUNT'];

/** By default each kind uses the locales of the demo queues that take it, so every case has a queue. */
function defaultLocales(kind: SubjectKind): string[] {
  const locales = new Set<string>();
  for (const q of demoQueues) if (q.subjectKinds.includes(kind)) q.locales.forEach((l) => locales.add(l));
  return locales.size > 0 ? [...locales] : ['en-US'];
}

// ---------------------------------------------------------------------------------------------
// Query texts

interface QueryTemplate {
  /** `{n}` is replaced by a number; templates without it get modifier words for uniqueness. */
  text: string;
  policy: string | null;
}

/** Language-neutral placeholder queries with the policy area a report would most likely cite. */
const flaggedTemplates: QueryTemplate[] = [
  { text: 'prohibited-item-query-{n}', policy: 'REGULATED_GOODS' },
  { text: 'prohibited-item-query-{n} near me', policy: 'REGULATED_GOODS' },
  { text: 'regulated-good-term-{n} delivery', policy: 'REGULATED_GOODS' },
  { text: 'scam-offer-term-{n} cheap', policy: 'SCAMS_AND_FRAUD' },
  { text: 'scam-offer-term-{n} guaranteed returns', policy: 'SCAMS_AND_FRAUD' },
  { text: 'fake-engagement-term-{n} followers', policy: 'SPAM_AND_FAKE_ENGAGEMENT' },
  { text: '[slur placeholder] jokes', policy: 'HATE_SPEECH' },
  { text: '[hate-symbol placeholder] meaning', policy: 'HATE_SPEECH' },
  { text: 'how to [dangerous-act placeholder]', policy: 'DANGEROUS_ACTS' },
  { text: '[dangerous-challenge placeholder] challenge', policy: 'DANGEROUS_ACTS' },
  { text: '[self-harm placeholder] forum', policy: 'SELF_HARM' },
  { text: '[extremist-group placeholder] recruitment', policy: 'VIOLENT_EXTREMISM' },
  { text: '[child-safety placeholder] query', policy: 'CHILD_SAFETY' },
  { text: '[graphic-violence placeholder] footage', policy: 'GRAPHIC_VIOLENCE' },
  { text: '[animal-harm placeholder] clip', policy: 'ANIMAL_HARM' },
  { text: '[adult-term placeholder] free', policy: 'ADULT_CONTENT' },
  { text: '[private-person placeholder] home address', policy: 'HARASSMENT_AND_BULLYING' },
];

interface LanguagePack {
  benign: string[];
  /** Appended to non-numbered templates to keep every fresh query unique; never ends a template. */
  modifiers: string[];
}

const languages: Record<string, LanguagePack> = {
  en: {
    benign: [
      'cat videos funny',
      'weather tomorrow',
      'easy pasta recipes',
      'bus timetable',
      'how to tie a tie',
      'best hiking boots',
      'football scores',
      'learn guitar chords',
      'houseplant care tips',
      'cheap flights',
      'library opening hours',
      'marathon training plan',
    ],
    modifiers: ['online', 'near me', 'for beginners', '2026', 'reviews', 'guide', 'explained', 'step by step'],
  },
  es: {
    benign: [
      'videos de gatos graciosos',
      'el tiempo mañana',
      'recetas fáciles de pasta',
      'horario de autobuses',
      'resultados de fútbol',
      'aprender acordes de guitarra',
      'vuelos baratos',
    ],
    modifiers: ['en línea', 'cerca de mí', 'para principiantes', '2026', 'opiniones', 'guía'],
  },
  pt: {
    benign: [
      'vídeos de gatos engraçados',
      'previsão do tempo amanhã',
      'receitas fáceis de massa',
      'horário de ônibus',
      'resultados do futebol',
      'aprender acordes de violão',
      'passagens baratas',
    ],
    modifiers: ['online', 'perto de mim', 'para iniciantes', '2026', 'avaliações', 'guia'],
  },
  de: {
    benign: [
      'lustige katzenvideos',
      'wetter morgen',
      'einfache nudelrezepte',
      'busfahrplan',
      'fußball ergebnisse',
      'gitarrengriffe lernen',
      'günstige flüge',
    ],
    modifiers: ['online', 'in der nähe', 'für anfänger', '2026', 'erfahrungen', 'anleitung'],
  },
  fr: {
    benign: [
      'vidéos de chats drôles',
      'météo demain',
      'recettes de pâtes faciles',
      'horaires de bus',
      'résultats de football',
      'apprendre les accords de guitare',
      'vols pas chers',
    ],
    modifiers: ['en ligne', 'près de chez moi', 'pour débutants', '2026', 'avis', 'guide'],
  },
};

function languageOf(locale: string): LanguagePack {
  return languages[locale.split('-')[0]?.toLowerCase() ?? 'en'] ?? (languages.en as LanguagePack);
}

/** Round 0 → no suffix; then each modifier once; then modifier + a counter ("online 2"), all distinct. */
function modifierSuffix(round: number, modifiers: string[]): string {
  if (round === 0) return '';
  const m = modifiers.length;
  const cycle = Math.floor((round - 1) / m);
  return ' ' + modifiers[(round - 1) % m] + (cycle > 0 ? ` ${cycle + 1}` : '');
}

function fillTemplate(template: QueryTemplate, round: number, pack: LanguagePack): string {
  return template.text.includes('{n}')
    ? template.text.replace('{n}', String(round + 1))
    : template.text + modifierSuffix(round, pack.modifiers);
}

const FLAGGED_SHARE = 0.65;

// ---------------------------------------------------------------------------------------------
// Search results

const resultHosts = [
  'www.example.com',
  'forum.example.org',
  'shop.example.net',
  'video.example',
  'news.example.com',
  'wiki.example.org',
];
const titleShapes: ((q: string) => string)[] = [
  (q) => `Forum thread: ${q}`,
  (q) => `${q} | Example Wiki`,
  (q) => `Listing: ${q}`,
  (q) => `Video page for ${q}`,
  (q) => `${q} - Example News`,
];
const snippetShapes: ((q: string) => string)[] = [
  (q) => `Synthetic page text that mentions ${q}. Posted by a sample user.`,
  (q) => `A listing page matching ${q}, with seller details and prices.`,
  (q) => `Discussion of ${q} with several replies from sample accounts.`,
  (q) => `Video description referring to ${q}. Comments are turned off.`,
];

function topResults(rng: Rng, query: string, itemIndex: number): TopResult[] {
  const n = rng.range(3, 5);
  const out: TopResult[] = [];
  for (let k = 1; k <= n; k++) {
    const resultId = `res-${pad(itemIndex + 1, 7)}-${k}`;
    out.push({ resultId, title: rng.pick(titleShapes)(query), url: `https://${rng.pick(resultHosts)}/r/${resultId}` });
  }
  return out;
}

/** A prefix of `suggestion` that never cuts a bracketed placeholder in half. */
function typeaheadPrefix(rng: Rng, suggestion: string): string {
  const max = Math.max(2, Math.min(suggestion.length - 1, 10));
  let cut = rng.range(2, max);
  const open = suggestion.lastIndexOf('[', cut - 1);
  if (open >= 0) {
    const close = suggestion.indexOf(']', open);
    if (close >= cut) cut = close + 1;
  }
  return suggestion.slice(0, cut).trimEnd();
}

// ---------------------------------------------------------------------------------------------
// Accounts

const firstNames = ['River', 'Sky', 'Noor', 'Alex', 'Mika', 'Jordan', 'Sasha', 'Rowan', 'Kai', 'Emery', 'Lior', 'Tamsin'];
const lastNames = ['Tanaka', 'Okafor', 'Lindqvist', 'Moreau', 'Castillo', 'Novak', 'Haddad', 'Silva', 'Brennan', 'Kowalski'];
const handleAdjectives = ['maple', 'quiet', 'amber', 'north', 'silver', 'copper', 'lunar', 'willow', 'brisk', 'coral'];
const handleNouns = ['creator', 'reader', 'walker', 'studio', 'baker', 'pixel', 'garden', 'harbor', 'notes', 'trail'];

interface Persona {
  policy: string | null;
  handle: (rng: Rng, serial: number) => string;
  displayName: (rng: Rng) => string;
  bios: string[];
  reportReasons: string[];
  /** Elevated risk models for this persona. */
  elevated: string[];
  ageDays: [number, number];
  followers: [number, number];
  linked: [number, number];
}

const plainHandle = (rng: Rng, serial: number): string =>
  `@${rng.pick(handleAdjectives)}_${rng.pick(handleNouns)}_${serial}`;
const plainName = (rng: Rng): string => `${rng.pick(firstNames)} ${rng.pick(lastNames)} ${rng.range(1, 99)}`;

const personas: Weighted<Persona> = weighted<Persona>([
  [
    {
      policy: 'IMPERSONATION',
      handle: (rng, serial) => `@${rng.pick(['official_figure', 'real_figure', 'brand_support', 'help_desk'])}_${serial}`,
      displayName: (rng) =>
        rng.pick(['[public-figure placeholder] (Official)', '[brand placeholder] Support', '[public-figure placeholder]']),
      bios: [
        'Official account of [public-figure placeholder]. Message me for a personal reply.',
        'Customer support for [brand placeholder]. Send us your account number to get help.',
        'The real [public-figure placeholder]. My old account was closed, follow this one.',
      ],
      reportReasons: ['pretending to be someone else', 'fake support account', 'spam'],
      elevated: ['impersonation-similarity'],
      ageDays: [1, 90],
      followers: [0, 5000],
      linked: [0, 2],
    },
    22,
  ],
  [
    {
      policy: 'SPAM_AND_FAKE_ENGAGEMENT',
      handle: plainHandle,
      displayName: plainName,
      bios: [
        'Daily giveaways! Follow and visit [link placeholder]',
        'Grow your audience fast with fake-engagement-term-3.',
        'Follow back guaranteed. More at [link placeholder]',
      ],
      reportReasons: ['spam', 'fake followers', 'repetitive posting'],
      elevated: ['bot-likelihood', 'spam-network-affinity'],
      ageDays: [1, 60],
      followers: [0, 800],
      linked: [2, 6],
    },
    22,
  ],
  [
    {
      policy: 'SCAMS_AND_FRAUD',
      handle: plainHandle,
      displayName: plainName,
      bios: [
        'scam-offer-term-4: double your savings in a week. Details at [link placeholder]',
        'Crypto mentor. DM me to join scam-offer-term-9.',
      ],
      reportReasons: ['scam', 'asked for money', 'suspicious link'],
      elevated: ['bot-likelihood'],
      ageDays: [1, 200],
      followers: [10, 20000],
      linked: [0, 4],
    },
    12,
  ],
  [
    {
      policy: 'MINIMUM_AGE',
      handle: plainHandle,
      displayName: plainName,
      bios: [
        '[age-hint placeholder]. Likes drawing and football.',
        'Pupil at [school placeholder]. Minecraft and cats.',
        '[age-hint placeholder] | dance videos | no DMs',
      ],
      reportReasons: ['appears to be under age', 'other'],
      elevated: ['underage-likelihood'],
      ageDays: [1, 400],
      followers: [0, 1500],
      linked: [0, 1],
    },
    20,
  ],
  [
    {
      policy: 'HARASSMENT_AND_BULLYING',
      handle: plainHandle,
      displayName: plainName,
      bios: ['Posts about [private-person placeholder] every day.', 'Exposing [private-person placeholder]. Send tips.'],
      reportReasons: ['harassment', 'sharing private information'],
      elevated: [],
      ageDays: [5, 900],
      followers: [0, 3000],
      linked: [0, 3],
    },
    8,
  ],
  [
    {
      policy: 'ADULT_CONTENT',
      handle: plainHandle,
      displayName: plainName,
      bios: ['[adult-term placeholder] links in profile.', 'Subscribe for [adult-term placeholder] at [link placeholder]'],
      reportReasons: ['adult content in profile', 'spam'],
      elevated: ['bot-likelihood'],
      ageDays: [1, 300],
      followers: [0, 10000],
      linked: [0, 3],
    },
    6,
  ],
  [
    {
      policy: null,
      handle: plainHandle,
      displayName: plainName,
      bios: ['Photographer and weekend hiker.', 'Coffee, books and long walks.', 'Amateur baker sharing recipes.', ''],
      reportReasons: ['other', 'spam', 'pretending to be someone else'],
      elevated: [],
      ageDays: [30, 4000],
      followers: [0, 50000],
      linked: [0, 0],
    },
    10,
  ],
]);

const riskModels = ['bot-likelihood', 'impersonation-similarity', 'underage-likelihood', 'spam-network-affinity'];
const accountId = (n: number): string => `acct-${pad(n, 6)}`;

// ---------------------------------------------------------------------------------------------
// Generator

interface PoolEntry {
  subject: SubjectInputData;
  policyHint: string | null;
}

export function generateCases(options: GenerateCasesOptions): CaseInputData[] {
  const { count } = options;
  const seed = options.seed ?? 1;
  const duplicateRate = options.duplicateRate ?? 0;
  const kinds = options.kinds ?? allKinds;
  if (!Number.isInteger(count) || count < 0) throw new RangeError('count must be a non-negative integer');
  if (!(duplicateRate >= 0 && duplicateRate <= 1)) throw new RangeError('duplicateRate must be between 0 and 1');
  if (kinds.length === 0) throw new RangeError('kinds must not be empty');
  if (options.locales && options.locales.length === 0) throw new RangeError('locales must not be empty');

  const rng = new Rng(seed);
  const kindTable = weighted(kinds.map((k): [SubjectKind, number] => [k, kindWeights[k]]));
  const localesByKind = new Map<SubjectKind, string[]>(kinds.map((k) => [k, options.locales ?? defaultLocales(k)]));
  const externalPrefix = `ext-${(seed >>> 0).toString(36)}-`;

  /** Rounds used per (kind, language, template), so fresh query texts never repeat. */
  const rounds = new Map<string, number>();
  let accountSerial = 0;
  const pool: PoolEntry[] = [];
  const out: CaseInputData[] = new Array(count);

  const freshQuery = (kind: SubjectKind, locale: string): { text: string; policyHint: string | null } => {
    const pack = languageOf(locale);
    const flagged = rng.chance(FLAGGED_SHARE);
    const index = flagged ? rng.int(flaggedTemplates.length) : rng.int(pack.benign.length);
    const template: QueryTemplate = flagged
      ? (flaggedTemplates[index] as QueryTemplate)
      : { text: pack.benign[index] as string, policy: null };
    const key = `${kind}|${locale.split('-')[0]}|${flagged ? 'f' : 'b'}${index}`;
    const round = rounds.get(key) ?? 0;
    rounds.set(key, round + 1);
    return { text: fillTemplate(template, round, pack), policyHint: template.policy };
  };

  const freshSubject = (kind: SubjectKind, locale: string, i: number): PoolEntry => {
    switch (kind) {
      case 'SEARCH_QUERY': {
        const { text, policyHint } = freshQuery(kind, locale);
        const emerging = rng.chance(0.15);
        return {
          policyHint,
          subject: {
            kind,
            locale,
            searchQuery: {
              text,
              dailyVolume: Math.round(10 ** (1 + rng.float() * 4.3)),
              trend: round2(emerging ? 2 + rng.float() * 6 : 0.4 + rng.float() * 1.6),
              topResults: topResults(rng, text, i),
            },
          },
        };
      }
      case 'TYPEAHEAD_SUGGESTION': {
        const { text, policyHint } = freshQuery(kind, locale);
        return { policyHint, subject: { kind, locale, typeahead: { prefix: typeaheadPrefix(rng, text), suggestion: text } } };
      }
      case 'SEARCH_RESULT': {
        // The identity is query + resultId and resultIds are unique, so the query may repeat freely.
        const pack = languageOf(locale);
        const flagged = rng.chance(FLAGGED_SHARE);
        const template: QueryTemplate = flagged
          ? rng.pick(flaggedTemplates)
          : { text: rng.pick(pack.benign), policy: null };
        const query = fillTemplate(template, rng.int(40), pack);
        const resultId = `res-${pad(i + 1, 7)}`;
        return {
          policyHint: template.policy,
          subject: {
            kind,
            locale,
            searchResult: {
              query,
              resultId,
              title: rng.pick(titleShapes)(query),
              snippet: rng.pick(snippetShapes)(query),
              url: `https://${rng.pick(resultHosts)}/r/${resultId}`,
              position: rng.range(1, 20),
            },
          },
        };
      }
      case 'ACCOUNT': {
        accountSerial += 1;
        const serial = accountSerial;
        const persona = rng.weighted(personas);
        const id = accountId(serial);
        const reports: { reason: string; count: number }[] = [];
        const reasonCount = rng.range(1, Math.min(2, persona.reportReasons.length));
        const start = rng.int(persona.reportReasons.length);
        for (let r = 0; r < reasonCount; r++) {
          reports.push({
            reason: persona.reportReasons[(start + r) % persona.reportReasons.length] as string,
            count: rng.range(1, 40),
          });
        }
        const riskScores = riskModels
          .filter((m) => m === 'bot-likelihood' || m === 'impersonation-similarity' || persona.elevated.includes(m))
          .map((model) => ({
            model,
            score: round3(persona.elevated.includes(model) ? 0.6 + rng.float() * 0.39 : rng.float() * 0.35),
          }));
        const linkedAccountIds: string[] = [];
        const linkedCount = rng.range(persona.linked[0], persona.linked[1]);
        for (let k = 0; k < linkedCount; k++) {
          let other = rng.range(1, serial + 500);
          if (other === serial) other += 1;
          linkedAccountIds.push(accountId(other));
        }
        return {
          policyHint: persona.policy,
          subject: {
            kind,
            locale,
            account: {
              accountId: id,
              handle: persona.handle(rng, serial),
              displayName: persona.displayName(rng),
              bio: rng.pick(persona.bios),
              avatarRef: rng.chance(0.2) ? null : `avatars/${id}.png`,
              accountAgeDays: rng.range(persona.ageDays[0], persona.ageDays[1]),
              followers: rng.range(persona.followers[0], persona.followers[1]),
              reports,
              riskScores,
              linkedAccountIds,
            },
          },
        };
      }
    }
  };

  /** A new report about an earlier subject: same identity, refreshed volatile figures. */
  const repeatSubject = (entry: PoolEntry): SubjectInputData => {
    const s = entry.subject;
    const base = { kind: s.kind, locale: s.locale };
    if (s.searchQuery) {
      const q = s.searchQuery;
      // Same normalised text; sometimes typed with a capital first letter.
      const text = rng.chance(0.25) ? q.text.charAt(0).toUpperCase() + q.text.slice(1) : q.text;
      return {
        ...base,
        searchQuery: {
          text,
          dailyVolume: Math.max(1, Math.round(q.dailyVolume * (0.8 + rng.float() * 0.6))),
          trend: round2(Math.max(0.1, q.trend * (0.8 + rng.float() * 0.5))),
          topResults: q.topResults.map((r) => ({ ...r })),
        },
      };
    }
    if (s.typeahead) return { ...base, typeahead: { ...s.typeahead } };
    if (s.searchResult) return { ...base, searchResult: { ...s.searchResult, position: rng.range(1, 20) } };
    const a = s.account as NonNullable<SubjectInputData['account']>;
    return {
      ...base,
      account: {
        ...a,
        followers: a.followers + rng.range(0, 50),
        reports: a.reports.map((r) => ({ reason: r.reason, count: r.count + rng.range(1, 5) })),
        riskScores: a.riskScores.map((r) => ({ ...r })),
        linkedAccountIds: [...a.linkedAccountIds],
      },
    };
  };

  const choosePolicy = (kind: SubjectKind, hint: string | null): string | null => {
    const valid = policyCodesByDomain[domainOf(kind)];
    const usableHint = hint !== null && valid.includes(hint) ? hint : null;
    const x = rng.float();
    if (usableHint) {
      if (x < 0.7) return usableHint;
      if (x < 0.8) return rng.pick(valid);
      return null;
    }
    return x < 0.2 ? rng.pick(valid) : null;
  };

  const chooseSeverity = (policyCode: string | null): Severity | null => {
    if (!rng.chance(0.12)) return null;
    if (policyCode === null) return rng.pick(['S1', 'S2', 'S3'] as const);
    const tier = severities.indexOf(policySeverity.get(policyCode) ?? 'S2');
    // A flagger may mark a case one tier more urgent than the policy default.
    return severities[rng.chance(0.3) ? Math.max(0, tier - 1) : tier] as Severity;
  };

  for (let i = 0; i < count; i++) {
    let entry: PoolEntry;
    let subject: SubjectInputData;
    if (pool.length > 0 && duplicateRate > 0 && rng.float() < duplicateRate) {
      entry = pool[rng.int(pool.length)] as PoolEntry;
      subject = repeatSubject(entry);
    } else {
      const kind = rng.weighted(kindTable);
      entry = freshSubject(kind, rng.pick(localesByKind.get(kind) as string[]), i);
      subject = entry.subject;
      pool.push(entry);
    }
    const source = rng.weighted(sourcesByKind[subject.kind]);
    const policyCode = choosePolicy(subject.kind, entry.policyHint);
    const bySource = sourceReasons[source] ?? ['user report without category'];
    const byPolicy = policyCode ? reasonsByPolicy[policyCode] : undefined;
    const reasons = [rng.pick(byPolicy ?? bySource)];
    if (byPolicy && rng.chance(0.3)) reasons.push(rng.pick(bySource));
    out[i] = {
      externalId: externalPrefix + pad(i + 1, 7),
      source,
      policyCode,
      severity: chooseSeverity(policyCode),
      reasons,
      subject,
    };
  }
  return out;
}

import { createRequire } from 'node:module';

/** decancer's CommonJS export is the function itself; its typings describe an ES default export instead. */
const decancer = createRequire(import.meta.url)('decancer') as (text: string) => { toString(): string };

/**
 * The normal form of query text: what stays the same when an adversary (or a keyboard) varies a
 * query to slip past a decision. Query families (a blocked query coming back as a variant) are
 * keyed by it with the locale. It is a key, never shown: "c.h.e.a.p ítem" and "CHEAP ITEM" both
 * become "cheapitem". Each step, in order (tests/unit/normal-form.test.ts has a table of examples):
 *
 * 1. Invisible characters go: format characters (zero-width spaces and joiners, bidi controls,
 *    soft hyphens: \p{Cf}) and variation selectors, which change nothing a reader sees.
 * 2. NFKC: compatibility forms become their plain letters (fullwidth ｃｈｅａｐ, ligatures ﬁ,
 *    circled ⓒ, mathematical 𝐜𝐡, superscripts).
 * 3. Case folds with the locale's rules where they differ (Turkish and Azerbaijani: I → ı, İ → i),
 *    then dotless ı folds to i and ß / ẞ to ss, so "ISTANBUL" (tr), "İstanbul" and "istanbul" meet,
 *    and "STRASSE" meets "Straße".
 * 4. Diacritics go from Latin, Greek and Cyrillic letters (NFD, marks removed): "prohíbited" is
 *    "prohibited". Marks of other scripts (Devanagari vowel signs, Arabic harakat, Hangul, Thai)
 *    are letters of their words and stay.
 * 5. Confusables become the Latin letter they imitate, from Unicode's confusables data as decancer
 *    applies it (Cyrillic а е о р с, Greek ο ν, Cherokee Ꮯ, small capitals ᴀ …). decancer was
 *    chosen on measured coverage (README, dependency notes): after steps 1–4 it folds 221 of 223
 *    hand-collected lookalikes, against 219 for `confusables` and 206 for `unhomoglyph`. It runs
 *    after steps 3–4 on purpose: on its own it reads ß as b, and õ, ó, ô as r, p, q.
 *    Only runs of other characters than the scripts below go through it: it would also drop their
 *    vowel signs and reorder right-to-left text, and their letters imitate nothing.
 * 6. Digit and symbol substitutions inside words: a run of 0 1 3 4 5 7 8 between two letters reads
 *    as o i e a s t b ("pr0h1bited" → "prohibited", "l33t" → "leet"), and @ $ € ! next to a letter as
 *    a s e i ("fr€€", "$cam"). Digits at a word's edge stay ("covid19", "2026 final"), so numbers
 *    in ordinary queries are not rewritten.
 * 7. Separators go: spaces, dots, dashes, underscores and every other character that is neither a
 *    letter nor a digit, so a space or a dot inserted anywhere ("c h e a p", "che.ap") changes
 *    nothing. A family is thus blind to word boundaries: "cheap item" and "cheapitem" are one.
 *
 * Changing any step changes family keys: existing families must then be re-keyed in a migration
 * (and decancer is pinned to an exact version for the same reason).
 */

const invisible = /[\p{Cf}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]/gu;
const markedLetter = /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{Mn}+/gu;
const digitRun = /(?<=\p{L})[0134578]+(?=\p{L})/gu;
const digitLetters: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b' };
/** Between letters, or @ $ € starting a word ("$cam"); a closing "!!" is punctuation (step 7). */
const symbolNextToLetter = /(?<=\p{L})[@$€!](?=\p{L})|(?<![\p{L}\p{N}])[@$€](?=\p{L})/gu;
const symbolLetters: Record<string, string> = { '@': 'a', $: 's', '€': 'e', '!': 'i' };
const separators = /[^\p{L}\p{N}\p{M}]+/gu;
/** Runs of text outside the scripts that are written as themselves (step 5): the ones confusables are folded in. */
const lookalikeRun = /[^\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gujarati}\p{Script=Gurmukhi}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Thai}\p{Script=Lao}\p{Script=Myanmar}\p{Script=Khmer}\p{Script=Mongolian}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Georgian}\p{Script=Ethiopic}]+/gu;

/** The locales whose case rules differ for i: Turkish and Azerbaijani. */
function caseLocale(locale: string): string | undefined {
  const language = locale.split(/[-_]/)[0]?.toLowerCase();
  return language === 'tr' || language === 'az' ? language : undefined;
}

/** Printable ASCII, on which steps 1 to 5 come down to lower case (decancer lowers ASCII and maps nothing else). */
const printableAscii = /^[\x20-\x7e]*$/;

/** The family key of a query's text in a locale (BCP 47). */
export function normalForm(text: string, locale: string): string {
  let form: string;
  // Most queries are plain ASCII: skipping steps 1–5 for them normalises 50,000 queries in 40 ms instead of 300 (ingest's share of the budget of npm run bench's family row).
  if (printableAscii.test(text)) form = text.toLowerCase();
  else {
    form = text.replace(invisible, '').normalize('NFKC');
    form = form.toLocaleLowerCase(caseLocale(locale)).replace(/ı/g, 'i').replace(/ß/g, 'ss');
    form = form.normalize('NFD').replace(markedLetter, '$1').normalize('NFC');
    form = form.replace(lookalikeRun, (run) => decancer(run).toString());
  }
  form = form.replace(digitRun, (run) => [...run].map((digit) => digitLetters[digit]!).join(''));
  form = form.replace(symbolNextToLetter, (symbol) => symbolLetters[symbol]!);
  return form.replace(separators, '');
}

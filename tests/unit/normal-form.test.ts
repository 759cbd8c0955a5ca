import { describe, expect, it } from 'vitest';
import { normalForm } from '../../server/src/subjects/normal-form.ts';

/** Each step of the normal form on examples written for it (synthetic placeholders only). */
const steps: { step: string; examples: [text: string, locale: string, form: string][] }[] = [
  { step: '1. invisible characters', examples: [['prohib\u200Bited item', 'en-GB', 'prohibiteditem'], ['pro\u00ADhibited', 'en-GB', 'prohibited'], ['item\uFE0F', 'en-GB', 'item'], ['\u202Eitem', 'en-GB', 'item']] },
  { step: '2. compatibility forms (NFKC)', examples: [['ｐｒｏｈｉｂｉｔｅｄ', 'en-GB', 'prohibited'], ['𝐩𝐫𝐨𝐡𝐢𝐛𝐢𝐭𝐞𝐝', 'en-GB', 'prohibited'], ['ⓘⓣⓔⓜ', 'en-GB', 'item'], ['ﬁle', 'en-GB', 'file']] },
  {
    step: '3. case, with the locale’s rules',
    examples: [
      ['PROHIBITED ITEM', 'en-GB', 'prohibiteditem'],
      ['ISTANBUL', 'tr-TR', 'istanbul'],
      ['İstanbul', 'tr-TR', 'istanbul'],
      ['ıstanbul', 'tr-TR', 'istanbul'],
      ['İstanbul', 'en-GB', 'istanbul'],
      ['Straße', 'de-DE', 'strasse'],
      ['STRASSE', 'de-DE', 'strasse'],
    ],
  },
  { step: '4. diacritics of Latin, Greek and Cyrillic', examples: [['prohíbited ítem', 'es-ES', 'prohibiteditem'], ['çafé', 'fr-FR', 'cafe'], ['ñandú', 'es-AR', 'nandu'], ['नमस्ते', 'hi-IN', 'नमस्ते']] },
  {
    step: '5. confusables',
    examples: [
      ['prohіbіted', 'en-GB', 'prohibited'], // Cyrillic і
      ['саsіnо', 'en-GB', 'casino'], // Cyrillic с а і о
      ['Ꮯheap', 'en-GB', 'cheap'], // Cherokee
      ['ᴘʀᴏʜɪʙɪᴛᴇᴅ', 'en-GB', 'prohibited'], // small capitals
      ['placeholder 品目', 'ja-JP', 'placeholder品目'],
      ['مرحبا', 'ar-EG', 'مرحبا'],
      ['नमस्ते item', 'hi-IN', 'नमस्तेitem'],
    ],
  },
  {
    step: '6. digit and symbol substitutions inside words',
    examples: [
      ['pr0h1b1ted', 'en-GB', 'prohibited'],
      ['l33t item', 'en-GB', 'leetitem'],
      ['fr€€ item', 'en-GB', 'freeitem'],
      ['$cam', 'en-GB', 'scam'],
      ['covid19', 'en-GB', 'covid19'],
      ['2026 final', 'en-GB', '2026final'],
    ],
  },
  { step: '7. separators', examples: [['c.h.e.a.p item', 'en-GB', 'cheapitem'], ['cheap-item', 'en-GB', 'cheapitem'], ['cheap_item!!', 'en-GB', 'cheapitem'], ['  cheap   item  ', 'en-GB', 'cheapitem']] },
];

describe('the normal form of query text', () => {
  for (const { step, examples } of steps) {
    it(`folds ${step}`, () => {
      for (const [text, locale, form] of examples) expect([text, normalForm(text, locale)]).toEqual([text, form]);
    });
  }

  it('maps every variant of a family to one form (the round trip)', () => {
    const family = ['prohibited item 17', 'Prohibited Item 17', 'PROHIBITED  ITEM 17', 'pr0hibited item 17', 'prohіbіted іtem 17', 'p.r.o.h.i.b.i.t.e.d item 17', 'ｐｒｏｈｉｂｉｔｅｄ ｉｔｅｍ 17', 'prohíbited ítem 17', 'pro\u200Bhibited-item 17', 'prohibiteditem17'];
    expect(new Set(family.map((text) => normalForm(text, 'en-GB')))).toEqual(new Set(['prohibiteditem17']));
  });

  it('folds plain ASCII on its shortcut exactly as the full steps do', () => {
    // A zero-width space (dropped in step 1) sends the same text down the full steps.
    const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
    const texts = ['PR0H1BITED Item 17', '$cam fr€€', 'c.h.e.a.p_item!!', 'ISTANBUL', ascii, ...Array.from(ascii, (char) => `a${char}b${char.toUpperCase()}4c`)];
    for (const locale of ['en-GB', 'tr-TR', 'de-DE']) {
      for (const text of texts) expect([text, normalForm(text, locale)]).toEqual([text, normalForm(`\u200B${text}`, locale)]);
    }
  });

  it('keeps different queries apart', () => {
    const forms = ['prohibited item', 'permitted item', 'prohibited items', 'item 17', 'item 18'].map((text) => normalForm(text, 'en-GB'));
    expect(new Set(forms).size).toBe(5);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../createTranslator.js';
import { en, enActions, enFeatures, enOrders, enRecords, enResult, type Messages } from '../en.js';
import { SUPPORTED_LOCALES } from '../SUPPORTED_LOCALES.js';

// jsdom gives `import.meta.url` an http: URL; the folder is read from disk.
const localesDir = join(import.meta.dirname, '../locales');
const tags = readdirSync(localesDir)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -3))
  .sort();
const catalogs = await Promise.all(
  tags.map(async (tag) => [tag, ((await import(`../locales/${tag}.ts`)) as { default: Messages }).default] as const),
);

/**
 * Keys whose text may stay identical to English in every language (pure placeholder layouts), or in one language
 * where the English word is also the native one. Keep this list short: each entry hides a possible miss.
 */
const sameAsEnglish: Record<string, readonly string[]> = {
  '*': ['announce.loaded'],
  es: ['order.total'],
};

// Catalogs translate the bundled text and the feature module's alike: one file per language holds both.
const english: Record<string, string> = { ...en, ...enResult, ...enFeatures, ...enActions, ...enRecords, ...enOrders };
const pluralCategories = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
/** Last segments of the English keys under `base.` (one level down). */
const childrenOf = (base: string): string[] =>
  Object.keys(english)
    .filter((key) => key.startsWith(`${base}.`) && !key.slice(base.length + 1).includes('.'))
    .map((key) => key.slice(base.length + 1));
// A plural key has only plural forms under it: `return.method.other` sits beside `.store_credit`, so it is a value.
const pluralBases = Object.keys(english)
  .filter((key) => key.endsWith('.other'))
  .map((key) => key.slice(0, -'.other'.length))
  .filter((base) => childrenOf(base).every((form) => pluralCategories.has(form)));
const pluralBaseOf = (key: string): string | undefined =>
  pluralBases.find((base) => key.startsWith(`${base}.`) && pluralCategories.has(key.slice(base.length + 1)));
const singularKeys = Object.keys(english).filter((key) => pluralBaseOf(key) === undefined);

/** The keys a catalog for `tag` must hold: every non-plural English key, and each plural key in `tag`'s forms. */
function expectedKeys(tag: string): string[] {
  const forms = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
  return [...singularKeys, ...pluralBases.flatMap((base) => forms.map((form) => `${base}.${form}`))].sort();
}

/** The English text a key translates; a plural form English lacks (`.few`) translates `.other`. */
const englishFor = (key: string): string => {
  const base = pluralBaseOf(key);
  return english[key] ?? (base ? english[`${base}.other`]! : '');
};

const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))].sort();

describe('catalogs', () => {
  it('lists exactly English and the catalog files in SUPPORTED_LOCALES', () => {
    expect([...SUPPORTED_LOCALES].sort()).toEqual(['en', ...tags].sort());
  });

  it('are all named in the Languages section of the docs', () => {
    const docs = readFileSync(join(import.meta.dirname, '../../../../../docs/widget.md'), 'utf8');
    const section = docs.slice(docs.indexOf('## Languages'), docs.indexOf('## Accessibility'));
    const named = section.match(/complete catalog: `([^`]+)`/)?.[1]?.split(/,\s*/) ?? [];
    expect(named.sort()).toEqual([...tags].sort());
  });

  it('derives the expected keys from English itself', () => {
    expect(pluralBases.length).toBeGreaterThan(0);
    expect(expectedKeys('en')).toEqual(Object.keys(english).sort());
  });

  it('addresses the shopper in one register per language: German always with the formal "Sie"', () => {
    // Pronouns of the other register, by language; a catalog that mixes "Sie" and "du" reads as two writers.
    const words = (list: string) => new RegExp(`(?<!\\p{L})(${list})(?!\\p{L})`, 'iu');
    const otherRegister: Record<string, RegExp> = {
      de: words('du|dich|dir|dein\\p{L}*|euch|euer\\p{L}*'),
      fr: words('tu|toi|ton|tes'),
      nl: words('uw'),
      es: words('usted|ustedes'),
    };
    for (const [tag, catalog] of catalogs) {
      const pattern = otherRegister[tag];
      if (!pattern) continue;
      const mixed = Object.entries(catalog).filter(([, text]) => pattern.test(text ?? ''));
      expect(mixed, tag).toEqual([]);
    }
  });

  describe.each(catalogs)('%s', (tag, catalog) => {
    it('has exactly the English keys, with the plural forms of its language', () => {
      expect(Object.keys(catalog).sort()).toEqual(expectedKeys(tag));
    });

    it('keeps every placeholder of the English text, and adds none', () => {
      for (const [key, text] of Object.entries(catalog)) {
        expect(placeholders(text ?? ''), `${tag} ${key}`).toEqual(placeholders(englishFor(key)));
      }
    });

    it('translates every value', () => {
      const allowed = new Set([...(sameAsEnglish['*'] ?? []), ...(sameAsEnglish[tag] ?? [])]);
      for (const [key, text] of Object.entries(catalog)) {
        expect(typeof text, `${tag} ${key}`).toBe('string');
        expect(text!.trim(), `${tag} ${key} is empty or padded`).toBe(text);
        expect(text, `${tag} ${key}`).not.toBe('');
        if (!allowed.has(key)) expect(text, `${tag} ${key} is still English`).not.toBe(englishFor(key));
      }
    });

    it('picks its own text for every count through the translator', () => {
      const t = createTranslator(tag, [catalog]);
      const rules = new Intl.PluralRules(tag);
      for (const base of pluralBases) {
        for (const count of [0, 1, 2, 3, 5, 11, 21, 100, 1_000_000, 1.5]) {
          const form = catalog[`${base}.${rules.select(count)}`];
          expect(form, `${tag} ${base} ${count}`).toBeDefined();
          expect(t(base as Parameters<typeof t>[0], { count })).toBe(
            form!.replace('{count}', new Intl.NumberFormat(tag).format(count)),
          );
        }
      }
    });
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { notificationCatalogs } from '../notificationCatalogs.js';

// The client cannot depend on the widget, so the reason words are kept twice; this keeps the copies equal.
const widgetLocales = new URL('../../../../../widget/src/i18n/', import.meta.url);
const available = existsSync(fileURLToPath(widgetLocales));

function readWidgetReasons(language: string): Record<string, string> {
  const file = language === 'en' ? 'en.ts' : `locales/${language}.ts`;
  const text = readFileSync(fileURLToPath(new URL(file, widgetLocales)), 'utf8');
  return Object.fromEntries(
    [...text.matchAll(/'eta\.reason\.(\w+)': '([^']*)'/g)].map((match) => [match[1], match[2]]),
  );
}

describe.skipIf(!available)('notificationCatalogs', () => {
  it.each(Object.keys(notificationCatalogs))('uses the widget’s words for ETA reasons in %s', (language) => {
    expect(notificationCatalogs[language]!.reasons).toEqual(readWidgetReasons(language));
  });

  it('gives every catalog the same keys as English', () => {
    const shape = (catalog: object) => JSON.stringify(Object.keys(catalog).sort());
    for (const catalog of Object.values(notificationCatalogs)) {
      expect(Object.keys(catalog.subject).sort()).toEqual(Object.keys(notificationCatalogs.en!.subject).sort());
      expect(Object.keys(catalog.body).sort()).toEqual(Object.keys(notificationCatalogs.en!.body).sort());
      expect(shape(catalog)).toBe(shape(notificationCatalogs.en!));
    }
  });
});

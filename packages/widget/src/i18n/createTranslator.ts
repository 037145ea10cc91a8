import { en, type MessageKey, type Messages, type PluralKey } from './en.js';
import { getNumberFormat } from './getNumberFormat.js';
import { getPluralRules } from './getPluralRules.js';

/** Message parameters: `{name}` placeholders; a numeric `count` also picks the plural form. */
export type MessageParams = Record<string, string | number>;

/** Looks up and fills in a message. */
export type Translate = (key: MessageKey | PluralKey, params?: MessageParams) => string;

/**
 * Creates `t(key, params)` over catalogs in priority order (`messages` overrides, the loaded locale, English).
 * A missing key falls back to the next catalog, so a partial translation never shows a key to a shopper. The
 * `Intl` plural rules and number format are made on the first message that needs them (the form needs none).
 *
 * @example const t = createTranslator('es', [overrides, es]); t('timeline.showAll', { count: 4 })
 */
export function createTranslator(locale: string, catalogs: Messages[]): Translate {
  const layers: Messages[] = [...catalogs, en];
  const find = (key: string): string | undefined => {
    for (const layer of layers) {
      const text = layer[key];
      if (typeof text === 'string') return text;
    }
    return undefined;
  };
  return (key, params = {}) => {
    const count = params.count;
    const text =
      (typeof count === 'number' && (find(`${key}.${getPluralRules(locale).select(count)}`) ?? find(`${key}.other`))) ||
      find(key) ||
      key;
    return text.replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = params[name];
      if (value === undefined) return match;
      return typeof value === 'number' ? getNumberFormat(locale).format(value) : value;
    });
  };
}

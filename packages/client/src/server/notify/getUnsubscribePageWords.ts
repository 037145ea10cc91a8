import { type UnsubscribePageWords, unsubscribePageCatalogs } from './unsubscribePageCatalogs.js';

const rightToLeft = new Set(['ar', 'he']);

/**
 * The unsubscribe page's words for a locale, with the `lang` and `dir` of the page: the exact catalog (`pt-BR`),
 * else one of the same language (`fr-CA` → `fr`, `zh-TW` → `zh-CN`, `no` → `nb`), else English.
 *
 * @example getUnsubscribePageWords('fr-CA') // { lang: 'fr', dir: 'ltr', words: { confirmTitle: 'Ne plus recevoir ces alertes ?', … } }
 */
export function getUnsubscribePageWords(locale: string | null | undefined): {
  lang: string;
  dir: 'ltr' | 'rtl';
  words: UnsubscribePageWords;
} {
  const tags = Object.keys(unsubscribePageCatalogs);
  const wanted = (locale ?? '').toLowerCase();
  const language = wanted.split('-')[0] === 'no' || wanted.split('-')[0] === 'nn' ? 'nb' : wanted.split('-')[0];
  const lang =
    tags.find((tag) => tag.toLowerCase() === wanted) ?? tags.find((tag) => tag.split('-')[0] === language) ?? 'en';
  return {
    lang,
    dir: rightToLeft.has(lang.split('-')[0] as string) ? 'rtl' : 'ltr',
    words: unsubscribePageCatalogs[lang] as UnsubscribePageWords,
  };
}

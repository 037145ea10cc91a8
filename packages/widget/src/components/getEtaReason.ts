import type { EtaChange } from '@waypost/client';
import type { Translate } from '../i18n/createTranslator.js';
import type { MessageKey } from '../i18n/en.js';

/**
 * Why an estimate moved, in words: the source's own text (bidi-isolated), else the translated reason code, else
 * "No reason given".
 *
 * @example getEtaReason({ reason: { code: 'weather', text: '' }, … }, t) // 'Weather'
 */
export function getEtaReason({ reason }: Pick<EtaChange, 'reason'>, t: Translate): string {
  const key = `eta.reason.${reason.code}` as MessageKey;
  const translated = t(key);
  // The source's own words (often English) are isolated, as `<bdi>` would, so that in a right-to-left sentence
  // they keep their order and their own full stop (U+2068 first-strong isolate … U+2069 pop isolate).
  if (reason.text) return `\u2068${reason.text}\u2069`;
  return translated === key ? t('eta.reason.unknown') : translated;
}

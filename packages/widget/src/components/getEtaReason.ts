import type { EtaChange } from '@waypost/client';
import type { Translate } from '../i18n/createTranslator.js';
import type { MessageKey } from '../i18n/en.js';

/**
 * Why an estimate moved, in words: the source's own text, else the translated reason code, else "No reason
 * given".
 *
 * @example getEtaReason({ reason: { code: 'weather', text: '' }, … }, t) // 'Weather'
 */
export function getEtaReason({ reason }: Pick<EtaChange, 'reason'>, t: Translate): string {
  const key = `eta.reason.${reason.code}` as MessageKey;
  const translated = t(key);
  return reason.text || (translated === key ? t('eta.reason.unknown') : translated);
}

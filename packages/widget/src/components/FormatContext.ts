import type { Translate } from '../i18n/createTranslator.js';

/** What text helpers need to format for the viewer. */
export interface FormatContext {
  t: Translate;
  locale: string;
  timeZone?: string | undefined;
  /** The viewer's clock, ms since epoch. */
  now: number;
}

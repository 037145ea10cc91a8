import { formatDate } from '../components/formatDate.js';
import { formatRelative } from './formatRelative.js';
import { getNumberFormat } from './getNumberFormat.js';
import { getPluralRules } from './getPluralRules.js';

/** The locales and zones warmed (or being warmed) on this page. */
const warmed = new Set<string>();

/**
 * Makes the `Intl` formatters a result view uses (plurals, numbers, relative times, every date style in the
 * viewer's zone) while the shopper types or a lookup is in flight, so neither the form's first paint nor the
 * result's pays for them (the first number format alone is a long task on a slow phone). Once per locale and
 * zone on the page; one formatter per task; never throws: a locale or zone `Intl` refuses is left to the views'
 * own fallbacks.
 *
 * @example warmFormatters({ locale: 'de', timeZone: 'Europe/Berlin' })
 */
export function warmFormatters(ctx: { locale: string; timeZone?: string | undefined }): void {
  const key = `${ctx.locale} ${ctx.timeZone ?? ''}`;
  if (warmed.has(key)) return;
  warmed.add(key);
  // An instant converts to the viewer's zone; a date (like a floating reading) formats in UTC.
  const instant = { kind: 'instant', utc: '2024-01-01T00:00:00.000Z', raw: '' } as const;
  const steps = [
    () => getPluralRules(ctx.locale),
    () => getNumberFormat(ctx.locale),
    () => formatRelative(0, ctx.locale),
    ...(['date', 'datetime', 'time', 'weekday'] as const).map((style) => () => {
      formatDate(instant, ctx, style);
      formatDate('2024-01-01', ctx, style);
    }),
  ];
  // One formatter per task, so that warming never blocks the page for long at a time.
  const next = () => {
    try {
      steps.shift()?.();
    } catch {
      // Nothing to warm: the views format (or fall back) on their own.
    }
    if (steps.length) setTimeout(next, 0);
  };
  setTimeout(next, 0);
}

import { getEtaSummary, type Shipment } from '@waypost/client';
import type { FormatContext } from './FormatContext.js';
import { formatDate } from './formatDate.js';
import { formatWindowTimes } from './formatWindow.js';
import { needsAction } from './needsAction.js';

/**
 * The one-line answer for a parcel, in plain words: "Arriving Thursday, November 27", "Delayed — now arriving
 * …", "Delivered Tuesday, November 25", "Ready for pickup".
 *
 * @example getHeadline(shipment, { t, locale: 'en', now: Date.now() })
 */
export function getHeadline(shipment: Shipment, ctx: FormatContext): string {
  const { t } = ctx;
  const { milestone, exception } = shipment.status;
  if (milestone === 'delivered') {
    return shipment.deliveredAt
      ? t('headline.deliveredOn', { date: formatDate(shipment.deliveredAt, ctx, 'weekday') })
      : t('headline.delivered');
  }
  if (exception === 'available_for_pickup') return t('headline.pickup');
  if (needsAction(shipment)) return t('headline.attention');
  // A label alone is not a shipment: say so rather than promise a date the carrier has not taken on yet.
  if (milestone === 'label_created') return t('headline.label_created');
  let summary: ReturnType<typeof getEtaSummary> = null;
  try {
    summary = getEtaSummary(shipment.eta, {
      now: new Date(ctx.now),
      ...(ctx.timeZone ? { timeZone: ctx.timeZone } : {}),
    });
  } catch {
    summary = null;
  }
  if (summary) {
    const date = formatDate(summary.date, ctx, 'weekday');
    if (summary.state === 'late') return t('headline.late', { date });
    if (exception === 'delayed') return t('headline.delayed', { date });
    const times = shipment.eta ? formatWindowTimes(shipment.eta, ctx) : '';
    if (summary.state === 'today')
      return times ? t('headline.arrivingTodayAt', { times }) : t('headline.arrivingToday');
    if (summary.state === 'tomorrow')
      return times ? t('headline.arrivingTomorrowAt', { times }) : t('headline.arrivingTomorrow');
    if (summary.endDate)
      return t('headline.arrivingRange', { start: date, end: formatDate(summary.endDate, ctx, 'weekday') });
    return t('headline.arriving', { date });
  }
  return t(`headline.${milestone}`);
}

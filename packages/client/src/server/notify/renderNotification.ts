import { getTimeKey } from '../../time/getTimeKey.js';
import type { NotificationTemplate, NotificationTemplateContext } from './NotificationTemplate.js';
import { notificationCatalogs } from './notificationCatalogs.js';

const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

function pickCatalog(locale: string) {
  const language = locale.toLowerCase().split('-')[0] ?? 'en';
  return notificationCatalogs[language] ?? (notificationCatalogs.en as (typeof notificationCatalogs)[string]);
}

/**
 * The subject and text of one message: from `template` when it answers, else from the built-in catalog of the
 * subscription's language (English when there is none). The unsubscribe link always ends the text.
 *
 * @example renderNotification({ event, channel: 'email', locale: 'de', trackingNumber, carrier, unsubscribeUrl })
 */
export function renderNotification(
  context: NotificationTemplateContext,
  template?: NotificationTemplate,
): { subject: string; text: string } {
  const custom = template?.(context);
  const catalog = pickCatalog(context.locale);
  let rendered: { subject: string; text: string };
  if (custom) {
    rendered = custom;
  } else {
    const { event } = context;
    let key: keyof typeof catalog.subject;
    let reason = '';
    if (event.type === 'milestone') {
      key = event.milestone;
    } else {
      const { from, to, reason: given } = event.change;
      // Messages queued before `direction` was recorded fall back to the provider's own record of the move.
      const earlier = event.direction
        ? event.direction === 'earlier'
        : Boolean(from && to && getTimeKey(to.start) < getTimeKey(from.start));
      key = earlier ? 'eta_earlier' : 'eta_later';
      reason = catalog.reasons[given.code] ?? (given.text || (catalog.reasons.unknown as string));
    }
    const values = { tracking: context.trackingNumber, carrier: context.carrier, date: context.date ?? '', reason };
    rendered = { subject: fill(catalog.subject[key], values), text: fill(catalog.body[key], values) };
  }
  if (rendered.text.includes(context.unsubscribeUrl)) return rendered;
  return { ...rendered, text: `${rendered.text}\n\n${fill(catalog.unsubscribe, { url: context.unsubscribeUrl })}` };
}

import type { Location, TrackingEvent } from '@waypost/client';
import { useState } from 'preact/hooks';
import type { Translate } from '../i18n/createTranslator.js';
import { formatDate } from './formatDate.js';
import { useProgressive } from './useProgressive.js';
import { useWidget } from './useWidget.js';

/** Rows rendered per task once the timeline is expanded (an order can hold hundreds of events). */
const CHUNK = 25;

// The carrier's free-text place (kept only when no city could be read from it) stands alone: it names its own region.
const place = (location: Location | undefined): string =>
  !location
    ? ''
    : location.city || !location.text
      ? [location.city, location.region, location.country].filter(Boolean).join(', ')
      : location.text;

/**
 * The shopper-language wording of an event whose status is known (an exception, or a milestone the stepper
 * names), or `''`: the carrier's own text then stands alone.
 */
const wording = (t: Translate, { exception, milestone }: TrackingEvent): string =>
  exception ? t(`exception.${exception}`) : milestone && milestone !== 'processing' ? t(`milestone.${milestone}`) : '';

/**
 * The tracking history, newest first, collapsed to the latest `limit` events behind a "Show all N updates"
 * button (`aria-expanded`). Events arrive oldest first from the model and are only reversed here. An event whose
 * status is known leads with its wording in the shopper's language and keeps the carrier's text as the detail.
 *
 * @example <Timeline events={shipment.events} shipmentId={shipment.id} />
 */
export function Timeline({ events, shipmentId }: { events: TrackingEvent[]; shipmentId: string }) {
  const { t, locale, timeZone, store, emit } = useWidget();
  const [expanded, setExpanded] = useState(false);
  const limit = Math.max(1, store.options.value.timelineLimit ?? 3);
  const total = expanded ? events.length : Math.min(limit, events.length);
  const rows = useProgressive(total, Math.max(limit, CHUNK), CHUNK);
  const shown = events.slice(events.length - rows).reverse();
  const ctx = { locale, timeZone };
  return (
    <section class="s">
      <h4>{t('timeline.title')}</h4>
      {events.length === 0 ? (
        <p class="m">{t('timeline.empty')}</p>
      ) : (
        <ol class="tl" part="timeline" aria-busy={rows < total ? 'true' : undefined}>
          {shown.map((event, index) => {
            const known = wording(t, event);
            return (
              <li key={`${event.time?.raw ?? ''}-${index}`} part="event">
                {/* The carrier's own words keep their order (and their full stop) in a right-to-left widget. */}
                <p>{known || <bdi>{event.description}</bdi>}</p>
                {known && known.toLowerCase() !== event.description.toLowerCase() ? (
                  <p class="m" part="event-detail">
                    <bdi>{event.description}</bdi>
                  </p>
                ) : null}
                <p class="m">
                  {[event.time ? formatDate(event.time, ctx, 'datetime') : '', place(event.location)]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              </li>
            );
          })}
        </ol>
      )}
      {events.length > limit ? (
        <button
          type="button"
          class="b3"
          aria-expanded={expanded}
          onClick={() => {
            if (!expanded) emit('action', { action: 'show_all_events', shipmentId });
            setExpanded(!expanded);
          }}
        >
          {expanded ? t('timeline.showLess') : t('timeline.showAll', { count: events.length })}
        </button>
      ) : null}
    </section>
  );
}

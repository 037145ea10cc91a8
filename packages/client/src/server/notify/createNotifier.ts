import { isDeliveryError } from '../../errors/DeliveryError.js';
import type { Resource } from '../../model/LookupResult.js';
import type { Shipment } from '../../model/Shipment.js';
import type { TimeValue } from '../../model/TimeValue.js';
import { getRoutePath } from '../../protocol/getRoutePath.js';
import { ROUTES } from '../../protocol/ROUTES.js';
import { isSameCarrier } from '../../providers/shared/isSameCarrier.js';
import { formatTime } from '../../time/formatTime.js';
import { getParcelCarrier } from '../getParcelCarrier.js';
import { getShipmentFreshness } from '../getShipmentFreshness.js';
import { isFresherShipment } from '../isFresherShipment.js';
import { createUnsubscribeToken } from './createUnsubscribeToken.js';
import { getNotificationEvents } from './getNotificationEvents.js';
import { getParcelState, getTrackingKey } from './getParcelState.js';
import { getQuietHoursEnd } from './getQuietHoursEnd.js';
import { getRecordShipments } from './getRecordShipments.js';
import type { Notifier } from './Notifier.js';
import type { NotifierOptions } from './NotifierOptions.js';
import type { OutboxEntry } from './OutboxEntry.js';
import type { ParcelState } from './ParcelState.js';
import { renderNotification } from './renderNotification.js';
import type { StoredSubscription } from './StoredSubscription.js';
import { verifyUnsubscribeToken } from './verifyUnsubscribeToken.js';

const defaultRetryDelays = [60_000, 300_000, 1_800_000, 7_200_000, 21_600_000];
const leaseMs = 120_000;

/**
 * Creates the notifier: it stores alert opt-ins, and on every parcel update (a provider webhook through the
 * handler, or your own calls) decides per subscription whether a milestone was reached or the ETA moved, queues one
 * message per event in the store's outbox (deduplicated, so a replayed webhook sends nothing), holds messages in
 * quiet hours, and sends through the subscription's channel. Failed sends are retried with backoff and recorded.
 *
 * @example
 * const notifier = createNotifier({ store, secret, publicUrl: 'https://shop.example/apps/waypost', channels: { email } })
 * const handler = createHandler({ source: composeSources({ orders, alerts: notifier }), secret, notifier, webhooks })
 * const stop = notifier.start()
 */
export function createNotifier(options: NotifierOptions): Notifier {
  const { store, channels } = options;
  const secrets = typeof options.secret === 'string' ? [options.secret] : [...(options.secret ?? [])];
  if (!store || secrets.length === 0 || secrets.some((secret) => typeof secret !== 'string' || secret.length < 32)) {
    throw new TypeError("[waypost] createNotifier needs a `store` and the handler's `secret` (32+ characters)");
  }
  if (!/^https?:\/\//.test(options.publicUrl ?? '')) {
    throw new TypeError("[waypost] createNotifier needs the handler's http(s) `publicUrl`");
  }
  const publicUrl = options.publicUrl.replace(/\/+$/, '');
  const now = options.now ?? Date.now;
  const retryDelays = options.retryDelaysMs ?? defaultRetryDelays;
  const timeZone = options.timeZone ?? options.quietHours?.timeZone ?? 'UTC';
  const onDeliveryError =
    options.onDeliveryError ??
    ((error: unknown, entry: OutboxEntry) =>
      console.error(`[waypost] alert ${entry.id} not sent (attempt ${entry.attempts}, ${entry.status})`, error));
  const offered = (['email', 'sms'] as const).filter((channel) => channels?.[channel]);
  if (offered.length === 0)
    throw new TypeError('[waypost] createNotifier needs at least one of `channels.email`, `channels.sms`');

  async function queue(subscription: StoredSubscription, previous: ParcelState | null, shipment: Shipment) {
    // A late, redelivered or replayed update says nothing newer: it neither sends nor moves the state back (a
    // replayed older ETA would otherwise be announced as a change).
    if (previous?.freshness && !isFresherShipment(getShipmentFreshness(shipment), previous.freshness)) return;
    const { events, next } = getNotificationEvents(previous, shipment, subscription.milestones);
    const createdAt = now();
    for (const { event, key } of events) {
      await store.enqueue({
        id: `msg_${crypto.randomUUID()}`,
        subscriptionId: subscription.id,
        dedupeKey: `${subscription.id}:${next.trackingKey}:${key}`,
        parcel: { trackingNumber: shipment.trackingNumber, carrier: shipment.carrier.name },
        event,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: getQuietHoursEnd(createdAt, options.quietHours),
        lastError: null,
        providerId: null,
        createdAt,
        sentAt: null,
      });
    }
    // Saved after queueing: a crash in between re-queues on the next update, and the dedupe key absorbs it.
    await store.saveParcel(subscription.id, next);
  }

  async function deliver(entry: OutboxEntry): Promise<void> {
    const subscription = await store.get(entry.subscriptionId);
    if (!subscription || subscription.unsubscribedAt !== null) {
      await store.update({ ...entry, status: 'cancelled', lastError: 'unsubscribed before sending' });
      return;
    }
    const attempt = { ...entry, attempts: entry.attempts + 1 };
    try {
      const channel = channels[subscription.channel];
      if (!channel) throw new Error(`[waypost] no ${subscription.channel} channel is configured`);
      const token = await createUnsubscribeToken(secrets[0] as string, subscription.id);
      const unsubscribeUrl = publicUrl + getRoutePath(ROUTES.unsubscribe, { token });
      const to = entry.event.type === 'eta_changed' ? entry.event.change.to : null;
      const day = (time: TimeValue) => formatTime(time, { locale: subscription.locale, timeZone, style: 'weekday' });
      // A window is said whole ("Tuesday, March 1 – Thursday, March 3"), not by its first day alone.
      const date = to ? (to.end ? `${day(to.start)} – ${day(to.end)}` : day(to.start)) : undefined;
      const { subject, text } = renderNotification(
        {
          event: entry.event,
          channel: subscription.channel,
          locale: subscription.locale,
          ...entry.parcel,
          carrier: entry.parcel.carrier,
          ...(date ? { date } : {}),
          unsubscribeUrl,
        },
        options.template,
      );
      const sent = await channel.send(
        {
          id: entry.id,
          subscriptionId: subscription.id,
          channel: subscription.channel,
          to: subscription.address,
          locale: subscription.locale,
          subject,
          text,
          unsubscribeUrl,
          event: entry.event,
          record: { kind: subscription.kind, id: subscription.recordId },
          parcel: entry.parcel,
        },
        {},
      );
      await store.update({ ...attempt, status: 'sent', sentAt: now(), providerId: sent.id ?? null, lastError: null });
    } catch (error) {
      const delay = retryDelays[attempt.attempts - 1];
      const retry = delay !== undefined && (!isDeliveryError(error) || error.retryable);
      const recorded: OutboxEntry = {
        ...attempt,
        status: retry ? 'pending' : 'failed',
        nextAttemptAt: retry ? getQuietHoursEnd(now() + delay, options.quietHours) : attempt.nextAttemptAt,
        lastError: error instanceof Error ? error.message : String(error),
      };
      await store.update(recorded);
      try {
        onDeliveryError(error, recorded);
      } catch {
        // A failing reporter must not stop the other deliveries.
      }
    }
  }

  const notifier: Notifier = {
    channels: offered,
    async subscribeAlerts(input, context) {
      const resource = (context as { resource?: Resource }).resource;
      if (!resource) throw new TypeError('[waypost] subscribeAlerts needs the record in context.resource');
      const subscription: StoredSubscription = {
        id: `sub_${crypto.randomUUID()}`,
        kind: input.kind,
        recordId: input.id,
        channel: input.channel,
        address: input.address,
        milestones: input.milestones,
        consentText: input.consentText,
        locale: context.locale ?? 'en',
        createdAt: now(),
        unsubscribedAt: null,
      };
      await store.add(
        subscription,
        getRecordShipments(resource).map((shipment) => getParcelState(shipment)),
      );
      const createdAt = new Date(subscription.createdAt).toISOString();
      return {
        id: subscription.id,
        channel: subscription.channel,
        milestones: subscription.milestones,
        createdAt: { kind: 'instant', utc: createdAt, raw: createdAt },
      };
    },
    async receiveShipment(shipment) {
      const carrier = getParcelCarrier(shipment);
      for (const { subscription, parcel } of await store.findByTrackingKey(getTrackingKey(shipment.trackingNumber))) {
        // Another carrier's parcel under the same number (a tracking added twice with a wrong courier) is not this one.
        if (!isSameCarrier(parcel.carrier, carrier)) continue;
        await queue(subscription, parcel, shipment);
      }
      await notifier.deliverDue();
    },
    async receiveRecord(resource) {
      const record =
        resource.kind === 'order'
          ? resource.order
          : resource.kind === 'shipment'
            ? resource.shipment
            : resource.kind === 'return'
              ? resource.return
              : resource.exchange;
      const shipments = getRecordShipments(resource);
      for (const { subscription, parcels } of await store.findByRecord(resource.kind, record.id)) {
        for (const shipment of shipments) {
          const key = getTrackingKey(shipment.trackingNumber);
          await queue(subscription, parcels.find((parcel) => parcel.trackingKey === key) ?? null, shipment);
        }
      }
      await notifier.deliverDue();
    },
    async deliverDue() {
      let attempted = 0;
      for (;;) {
        const due = await store.claimDue(now(), 50, leaseMs);
        for (const entry of due) await deliver(entry);
        attempted += due.length;
        if (due.length < 50) return attempted;
      }
    },
    async unsubscribe(token) {
      const id = await verifyUnsubscribeToken(secrets, token);
      if (id === null) return false;
      await store.unsubscribe(id, now());
      return true;
    },
    async getSubscriptionLocale(token) {
      const id = await verifyUnsubscribeToken(secrets, token);
      return id === null ? null : ((await store.get(id))?.locale ?? null);
    },
    start(intervalMs = 30_000) {
      const timer = setInterval(() => {
        notifier.deliverDue().catch((error: unknown) => console.error('[waypost] the alert outbox failed', error));
      }, intervalMs);
      (timer as { unref?: () => void }).unref?.();
      return () => clearInterval(timer);
    },
  };
  return notifier;
}

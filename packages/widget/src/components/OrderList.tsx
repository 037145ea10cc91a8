import { isVerificationError, type LookupResult, type StopWatching } from '@waypost/client';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { InvalidOptionError } from '../embed/InvalidOptionError.js';
import { reportError } from '../embed/reportError.js';
import type { MessageKey } from '../i18n/en.js';
import { useLazy } from '../lazy/useLazy.js';
import type { StoreView } from '../state/StoreView.js';
import { formatDate } from './formatDate.js';
import { getOrderLine } from './getOrderLine.js';
import { getOrderUrl } from './getOrderUrl.js';
import { lookupOrderLine } from './lookupOrderLine.js';
import { useWidget } from './useWidget.js';

/** The token each instance's list last opened, so that going back puts focus on that line again. */
const opened = new WeakMap<StoreView, string>();

/** A line's state: its record, `expired` (the token was refused: invalid or expired), `failed`, or loading. */
type Line = LookupResult | 'expired' | 'failed';

/**
 * The list mode (`tokens`): one line per order with its number, status and date. Each line is a link to the
 * host's own order page when `orderUrl` is set, otherwise a button that opens the full tracker in place; with an
 * order open (or loading, or failed) it shows a "Back to your orders" button above `children` (the tracker's own
 * views), and going back shows the list again with focus on the line that was opened. Every line is looked up
 * through the instance's client with its signed token (nothing personal in any URL) and, unless `live` is
 * `false`, kept current through `client.watch` while the list shows: the client shares one watch per record, so
 * a line and the same order opened elsewhere on the page read one stream. A token that is refused shows its own
 * line's error; the other lines render. New tokens add lines and removed ones go, the rest stay as they are.
 *
 * @example <OrderList tokens={['eyJ…', 'eyJ…']}>{body}</OrderList>
 */
export function OrderList({ tokens, children }: { tokens: string[]; children: ComponentChildren }) {
  const { t, locale, timeZone, store, controller, getClient, emit } = useWidget();
  const { orderUrl, live } = store.options.value;
  const [lines, setLines] = useState<Record<string, Line>>({});
  const list = useRef<HTMLUListElement>(null);
  const watches = useRef(new Map<string, StopWatching>());
  const showing = store.state.value === 'form';
  // A line's status is worded by the result views' text (`enResult`), which loads beside the list: lines wait for
  // it, so a fast answer never shows a message key. When it cannot load, the lines say so (and it is reported).
  const views = useLazy('result');
  // A refused template is reported once per value (one console line and the event), and the lines open in place.
  const base = location.href;
  let refused: InvalidOptionError | null = null;
  let linkTo: ((token: string) => string) | null = null;
  if (orderUrl) {
    try {
      getOrderUrl(orderUrl, 'token', base);
      linkTo = (token) => getOrderUrl(orderUrl, token, base);
    } catch (error) {
      refused = error as InvalidOptionError;
    }
  }
  useEffect(() => {
    if (!refused) return;
    reportError(emit, refused);
  }, [orderUrl]);
  useEffect(() => {
    if (!showing) return;
    let current = true;
    const client = getClient();
    const set = (token: string, line: Line) => setLines((all) => ({ ...all, [token]: line }));
    const found = new Map<string, LookupResult>();
    const lookups = tokens.map((token) =>
      lookupOrderLine(client, token).then(
        (result) => {
          if (!current) return;
          // A line already read (and kept current by its watch) is not set back to the first answer.
          setLines((all) => (typeof all[token] === 'object' ? all : { ...all, [token]: result }));
          found.set(token, result);
        },
        (error: unknown) => {
          if (!current) return;
          set(token, isVerificationError(error) ? 'expired' : 'failed');
          emit('error', { code: (error as { code?: string }).code ?? 'internal', message: String(error), error });
        },
      ),
    );
    // The lines start watching together, once every lookup has answered: the client then opens one event stream
    // for the whole list (lines joining one by one would reopen it), and the stream takes none of the browser's
    // few connections to the host while lookups still wait for one.
    if (live !== false) {
      void Promise.all(lookups).then(() => {
        if (!current) return;
        for (const [token, result] of found) {
          if (watches.current.has(token)) continue;
          try {
            watches.current.set(
              token,
              client.watch(result, (next) => set(token, next)),
            );
          } catch {
            // No live updates for this line: it keeps what it read.
          }
        }
      });
    }
    for (const [token, stop] of watches.current) {
      if (tokens.includes(token)) continue;
      stop();
      watches.current.delete(token);
    }
    const back = opened.get(store);
    if (back) {
      opened.delete(store);
      list.current?.querySelector<HTMLElement>(`[data-token="${CSS.escape(back)}"]`)?.focus();
    }
    return () => {
      current = false;
    };
  }, [showing, live, tokens.join(' ')]);
  // Every watch stops while an order is open (its own view watches it) and when the list goes.
  useEffect(() => {
    if (!showing) return;
    const running = watches.current;
    return () => {
      for (const stop of running.values()) stop();
      running.clear();
    };
  }, [showing, live]);
  if (!showing) {
    return (
      <>
        <button type="button" class="b3" onClick={() => controller.reset()}>
          {t('orders.back')}
        </button>
        {children}
      </>
    );
  }
  return (
    <ul class="ol" ref={list} aria-label={t('orders.label')}>
      {tokens.map((token) => {
        const result = lines[token];
        if (result === 'expired') {
          return (
            <li key={token}>
              <p class="x" data-token={token}>
                {t('orders.expired')}
              </p>
            </li>
          );
        }
        const line = views && typeof result === 'object' ? getOrderLine(result) : null;
        const status = line ? t(line.status as MessageKey) : '';
        const content = line ? (
          <>
            <b>{t('order.title', { number: line.number })}</b>
            <span>{line.record ? `${t(line.record.title, line.record)} · ${status}` : status}</span>
            {line.date && (
              <span class="m">{t('order.placed', { date: formatDate(line.date, { locale, timeZone }) })}</span>
            )}
          </>
        ) : (
          <span class="m">{t(result === 'failed' || views === false ? 'orders.failed' : 'common.loading')}</span>
        );
        const busy = result === undefined || views === null || undefined;
        return (
          <li key={token}>
            {linkTo ? (
              <a href={linkTo(token)} data-token={token} aria-busy={busy}>
                {content}
              </a>
            ) : (
              <button
                type="button"
                data-token={token}
                aria-busy={busy}
                onClick={() => {
                  opened.set(store, token);
                  void controller.lookup({ token }, true);
                }}
              >
                {content}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}

import type { LookupResult } from '@waypost/client';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { MessageKey } from '../i18n/en.js';
import type { StoreView } from '../state/StoreView.js';
import { formatDate } from './formatDate.js';
import { getOrderLine } from './getOrderLine.js';
import { lookupOrderLine } from './lookupOrderLine.js';
import { useWidget } from './useWidget.js';

/** The token each instance's list last opened, so that going back puts focus on that line again. */
const opened = new WeakMap<StoreView, string>();

/**
 * The list mode (`tokens`): one line per order with its number, status and date, each a button that opens the
 * full tracker in place. With an order open (or loading, or failed) it shows a "Back to your orders" button above
 * `children` (the tracker's own views); going back shows the list again with focus on the line that was opened.
 * Every line is looked up through the instance's client with its signed token; nothing personal is in any URL.
 *
 * @example <OrderList tokens={['eyJ…', 'eyJ…']}>{body}</OrderList>
 */
export function OrderList({ tokens, children }: { tokens: string[]; children: ComponentChildren }) {
  const { t, locale, timeZone, store, controller, getClient, emit } = useWidget();
  const [lines, setLines] = useState<Record<string, LookupResult | false>>({});
  const list = useRef<HTMLUListElement>(null);
  const showing = store.state.value === 'form';
  useEffect(() => {
    if (!showing) return;
    let live = true;
    for (const token of tokens) {
      lookupOrderLine(getClient(), token).then(
        (result) => live && setLines((all) => ({ ...all, [token]: result })),
        (error: unknown) => {
          if (!live) return;
          setLines((all) => ({ ...all, [token]: false }));
          emit('error', { code: (error as { code?: string }).code ?? 'internal', message: String(error), error });
        },
      );
    }
    const back = opened.get(store);
    if (back) {
      opened.delete(store);
      list.current?.querySelector<HTMLElement>(`[data-token="${CSS.escape(back)}"]`)?.focus();
    }
    return () => {
      live = false;
    };
  }, [showing, tokens.join(' ')]);
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
        const line = result ? getOrderLine(result) : null;
        const open = () => {
          opened.set(store, token);
          void controller.lookup({ token }, true);
        };
        return (
          <li key={token}>
            <button type="button" data-token={token} onClick={open} aria-busy={result === undefined || undefined}>
              {line ? (
                <>
                  <b>{t('order.title', { number: line.number })}</b>
                  <span>{t(line.status as MessageKey)}</span>
                  {line.date && (
                    <span class="m">{t('order.placed', { date: formatDate(line.date, { locale, timeZone }) })}</span>
                  )}
                </>
              ) : (
                <span class="m">{t(result === false ? 'orders.failed' : 'common.loading')}</span>
              )}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

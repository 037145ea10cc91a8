import { Component, type ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { warmFormatters } from '../i18n/warmFormatters.js';
import { useLazy } from '../lazy/useLazy.js';
import { BrandHeader } from './BrandHeader.js';
import { LookupForm } from './LookupForm.js';
import { Skeleton } from './Skeleton.js';
import { StatusPanel } from './StatusPanel.js';
import { useWidget } from './useWidget.js';
import { WidgetContext, type WidgetContextValue } from './WidgetContext.js';

/**
 * Shows the current state's view. The result views (`result.js`) start loading, and the `Intl` formatters they
 * use start warming, as soon as the shopper reaches for the form or a lookup starts, so both are ready by the time
 * the answer is; until then the loading state stays. Reaching for the form also makes the client.
 * With `tokens` (the list mode) the order list wraps that view: it shows instead of the form.
 */
function Body() {
  const { store, locale, timeZone, getClient } = useWidget();
  const state = store.state.value;
  const result = store.result.value;
  const tokens = store.options.value.tokens;
  const [touched, setTouched] = useState(false);
  // Each lookup loads the result views too and is `ready` only once they are in (a failure is its error state,
  // reported there): here they are only read, and fetched early as the shopper reaches for the form.
  const views = useLazy('result', !!tokens?.length || touched || state === 'loading' || state === 'ready', true);
  // The list mode's view (`orders.js`) loads only on pages that set `tokens`.
  const orders = useLazy('orders', !!tokens?.length);
  // The Intl formatters the result needs are made while the shopper types or the lookup is in flight, not at
  // boot and not after the click.
  useEffect(() => {
    if (touched || state === 'loading') warmFormatters({ locale, timeZone });
  }, [touched, state, locale, timeZone]);
  // The client (its HTTP instance, caches and request code) is made while the shopper types, not on the click.
  useEffect(() => {
    if (!touched) return;
    const timer = setTimeout(() => {
      try {
        getClient();
      } catch {
        // No endpoint: the lookup says so.
      }
    });
    return () => clearTimeout(timer);
  }, [touched]);
  let body = (
    <div class="s" onFocusIn={() => setTouched(true)}>
      <LookupForm />
    </div>
  );
  if (state === 'loading') body = <Skeleton />;
  else if (state === 'ready' && result)
    body = views ? (
      <views.ResultView result={result} />
    ) : views === false ? (
      <StatusPanel state="error" />
    ) : (
      <Skeleton />
    );
  else if (state === 'offline' || state === 'error')
    body = <StatusPanel state={state} unreachable={store.unreachable.value} />;
  if (!tokens?.length) return body;
  if (orders === false) return <StatusPanel state="error" />;
  return orders ? <orders.OrderList tokens={tokens}>{body}</orders.OrderList> : <Skeleton />;
}

/** The root element: direction and language for RTL and screen readers, the live region, the current view. */
function Root() {
  const { t, store, locale } = useWidget();
  return (
    <section class="w" part="root" dir={store.dir.value} lang={locale} aria-label={t('widget.label')}>
      <BrandHeader />
      <div role="status" class="vh">
        {store.announcement.value}
      </div>
      {/* Keyed by state so a retry after a crash renders the views again. */}
      <Guard key={store.state.value}>
        <Body />
      </Guard>
    </section>
  );
}

/** Catches a rendering bug in any view: shows the error state and emits `waypost:error` instead of throwing. */
class Guard extends Component<{ children: ComponentChildren }, { failed: boolean }> {
  static override contextType = WidgetContext;
  declare context: WidgetContextValue;
  override state = { failed: false };

  override componentDidCatch(error: unknown) {
    this.context.emit('error', {
      code: 'internal',
      message: error instanceof Error ? error.message : String(error),
      error,
    });
    this.setState({ failed: true });
  }

  override render() {
    return this.state.failed ? <StatusPanel state="error" /> : this.props.children;
  }
}

/**
 * The widget's component tree for one instance.
 *
 * @example render(<App value={{ store, controller, emit }} />, shadowRoot)
 */
export function App({ value }: { value: WidgetContextValue }) {
  return (
    <WidgetContext.Provider value={value}>
      <Root />
    </WidgetContext.Provider>
  );
}

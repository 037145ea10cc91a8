// Scripts installed with `addInitScript` before any page script runs. They are serialized into the page, so each
// is self-contained and uses no Trusted Types sink.

/** One `waypost:*` event as seen by a capturing listener on `document`. */
export interface RecordedEvent {
  name: string;
  /** The `id` of the element the event came from (retargeted to the shadow host), else its tag name. */
  target: string;
  detail: Record<string, unknown> | null;
  bubbles: boolean;
  composed: boolean;
}

/** Records every `waypost:*` event in `window.__waypostEvents`. */
export function recordWidgetEvents(): void {
  const events: unknown[] = [];
  (window as unknown as { __waypostEvents: unknown[] }).__waypostEvents = events;
  for (const name of ['ready', 'lookup', 'status', 'eta-changed', 'action', 'error']) {
    document.addEventListener(
      `waypost:${name}`,
      (event) => {
        const target = event.target as Element | null;
        let detail: unknown = null;
        try {
          // The `error` field holds a live Error; the rest is plain data.
          detail = JSON.parse(
            JSON.stringify((event as CustomEvent).detail, (key, value) => (key === 'error' ? undefined : value)),
          );
        } catch {
          detail = null;
        }
        events.push({
          name,
          target: target?.id || target?.tagName?.toLowerCase() || '',
          detail,
          bubbles: event.bubbles,
          composed: event.composed,
        });
      },
      true,
    );
  }
}

/** Records every `securitypolicyviolation` (CSP and Trusted Types) in `window.__waypostViolations`. */
export function recordViolations(): void {
  const violations: string[] = [];
  (window as unknown as { __waypostViolations: string[] }).__waypostViolations = violations;
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
      violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}${where} ${event.sample}`);
    },
    true,
  );
}

/** Tracks the page's pending timeouts and live intervals; `window.__waypostTimers()` lists them. */
export function trackTimers(): void {
  const pending = new Map<number, string>();
  // Bound: a browser's timer functions throw "Illegal invocation" when called on anything but `window`.
  const native = {
    setTimeout: window.setTimeout.bind(window),
    setInterval: window.setInterval.bind(window),
    clearTimeout: window.clearTimeout.bind(window),
    clearInterval: window.clearInterval.bind(window),
  };
  type Callback = (...args: unknown[]) => void;
  window.setTimeout = ((handler: Callback, delay?: number, ...args: unknown[]) => {
    const id = native.setTimeout(() => {
      pending.delete(id);
      if (typeof handler === 'function') handler(...args);
    }, delay);
    pending.set(id, `setTimeout(${delay ?? 0})`);
    return id;
  }) as typeof setTimeout;
  window.setInterval = ((handler: Callback, delay?: number, ...args: unknown[]) => {
    const id = native.setInterval(() => {
      if (typeof handler === 'function') handler(...args);
    }, delay);
    pending.set(id, `setInterval(${delay ?? 0})`);
    return id;
  }) as typeof setInterval;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) pending.delete(id);
    native.clearTimeout(id);
  }) as typeof clearTimeout;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) pending.delete(id);
    native.clearInterval(id);
  }) as typeof clearInterval;
  (window as unknown as { __waypostTimers: () => string[] }).__waypostTimers = () => [...pending.values()];
}

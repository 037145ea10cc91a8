/**
 * Options for `vi.waitFor` in this package's tests: the widget's views load on demand after the first paint, and a
 * busy machine needs more than waitFor's default second. (Vitest has no config default for `vi.waitFor`.)
 *
 * @example await vi.waitFor(() => expect(host.shadowRoot?.textContent).toContain('Order W1001'), WAIT);
 */
export const WAIT = { timeout: 10_000 };

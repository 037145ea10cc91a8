/**
 * Writes the one `[waypost]` console line of a failure the page should fix but the shopper need not see: the
 * error's message (it names the file or the option), then its cause. `reportError` adds the event; a failure
 * another part reports as an event (the controller, for the result views) writes only this.
 *
 * @example logError(new AssetLoadError('locale', 'es', { url }))
 */
export function logError(error: Error): void {
  console.warn(error.message, error.cause ?? '');
}

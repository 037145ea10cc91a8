import type { Emit } from '../state/createController.js';
import type { ErrorDetail } from '../types/WidgetEvents.js';
import { logError } from './logError.js';

/**
 * Reports what the page should fix but the shopper need not see (a file that could not be loaded, an option that
 * was ignored): one `[waypost]` line in the console (the error's message names the file or the option) and one
 * `waypost:error` with the error's code, for the host's monitoring.
 *
 * @example reportError(emitter.emit, new AssetLoadError('locale', 'es', { url }))
 */
export function reportError(emit: Emit, error: Error & { code: ErrorDetail['code'] }): void {
  logError(error);
  emit('error', { code: error.code, message: error.message, error });
}

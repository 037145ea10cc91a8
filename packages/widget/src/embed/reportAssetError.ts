import type { Emit } from '../state/createController.js';
import type { AssetLoadError } from './AssetLoadError.js';

/**
 * Reports a file that could not be loaded: one `[waypost]` line in the console (the error's message names the
 * file) and one `waypost:error` with the error's code, for the host's monitoring. Shoppers see no error for it.
 *
 * @example reportAssetError(emitter.emit, new AssetLoadError('locale', 'es', { url }))
 */
export function reportAssetError(emit: Emit, error: AssetLoadError): void {
  console.warn(error.message, error.cause ?? '');
  emit('error', { code: error.code, message: error.message, error });
}

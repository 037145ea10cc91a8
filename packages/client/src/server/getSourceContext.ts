import type { SourceContext } from '../source/Source.js';
import { getRequestLocale } from './getRequestLocale.js';
import type { HandlerRequest } from './HandlerRequest.js';
import { getRequestSignal } from './rememberRequestSignal.js';

/**
 * What a source is told about `request`: the shopper's locale, and the signal that aborts when the client goes away.
 *
 * @example await source.get('order', id, getSourceContext(request))
 */
export function getSourceContext(request: HandlerRequest): SourceContext {
  return {
    // Made when first read: a read the provider cache answers never needs one.
    get signal() {
      return getRequestSignal(request);
    },
    locale: getRequestLocale(request),
  };
}

import type { HandlerRequest } from './HandlerRequest.js';

// How to get the abort signal the node:http adapter makes for a request, on first use. Handing a signal to
// `new Request({ signal })` instead costs more than the rest of the conversion (the Fetch implementation links a
// second controller to it and tracks it for garbage collection). Only this package reads it; other runtimes use
// `request.signal`.
const signals = new WeakMap<HandlerRequest, () => AbortSignal>();

/**
 * Records the signal that aborts when the client behind `request` disconnects, for adapters that know it.
 *
 * @example rememberRequestSignal(request, () => controller.signal)
 */
export function rememberRequestSignal(request: HandlerRequest, signal: () => AbortSignal): void {
  signals.set(request, signal);
}

/**
 * The signal that aborts when the client behind `request` goes away: the one an adapter recorded, else the
 * request's own.
 *
 * @example await source.get('order', id, { signal: getRequestSignal(request) })
 */
export function getRequestSignal(request: HandlerRequest): AbortSignal {
  return signals.get(request)?.() ?? request.signal;
}

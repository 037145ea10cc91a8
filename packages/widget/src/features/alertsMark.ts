import type { AlertFormValues } from './validateAlertForm.js';

type AlertChannel = AlertFormValues['channel'];

/** Where a record's mark lives: its kind and id only, never the address. */
const keyOf = (kind: string, id: string) => `waypost:alerts:${kind}:${id}`;

/**
 * Remembers, in this browser, that the shopper turned alerts on for a record (the channel only, never the
 * address), so that the next visit says so instead of offering the form again. Storage that is blocked or full
 * (private modes, sandboxed frames) simply remembers nothing.
 *
 * @example alertsMark.write('order', 'ord_1', 'email'); alertsMark.read('order', 'ord_1') // 'email'
 */
export const alertsMark = {
  read(kind: string, id: string): AlertChannel | null {
    try {
      const value = globalThis.localStorage?.getItem(keyOf(kind, id));
      return value === 'email' || value === 'sms' ? value : null;
    } catch {
      return null;
    }
  },
  write(kind: string, id: string, channel: AlertChannel): void {
    try {
      globalThis.localStorage?.setItem(keyOf(kind, id), channel);
    } catch {
      // Nothing to remember with: the next visit shows the form, as it would have anyway.
    }
  },
};

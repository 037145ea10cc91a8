import { waitFor, within } from '@testing-library/preact';
import type { Capabilities, LookupResult } from '@waypost/client';
import { loadLazy } from '../lazy/loadLazy.js';
import type { ActionDetail } from '../types/WidgetEvents.js';
import type { WidgetOptions } from '../types/WidgetOptions.js';
import { createTestClient, type TestClient } from './createTestClient.js';
import { flush, mountForTest } from './mountForTest.js';

/**
 * Mounts a widget showing `result` (English, UTC) with a client that serves `capabilities`, and records every
 * `waypost:action` detail. `client` can be patched before the shopper acts (`client.startReturn = …`).
 *
 * @example const { view, actions, client } = await mountRecord(result, { capabilities: ALL_CAPABILITIES })
 */
export async function mountRecord(
  result: LookupResult,
  { capabilities, ...options }: Partial<WidgetOptions> & { capabilities?: Capabilities | null } = {},
) {
  const client: TestClient = createTestClient(() => result);
  client.loadCapabilities = capabilities ? async () => capabilities : async () => Promise.reject(new Error('down'));
  const mounted = mountForTest({ client, token: 't', locale: 'en', timeZone: 'UTC', ...options });
  const actions: ActionDetail[] = [];
  mounted.host.addEventListener('waypost:action', (event) => actions.push((event as CustomEvent).detail));
  // The views that load after the first paint: wait for the very loads the widget started, then for their
  // renders (effects run after paint, so a few ticks are not always enough).
  const base = new URL('./', document.baseURI).href;
  await Promise.all([loadLazy('actions', base), loadLazy('records', base)]);
  await flush();
  await waitFor(() => {
    if (!mounted.root.querySelector('[part="actions"]') || mounted.root.querySelector('.s > [aria-busy]')) {
      throw new Error('the views that load after the first paint are not in yet');
    }
  });
  const view = within(mounted.root.querySelector('.w') as HTMLElement);
  return { ...mounted, client, actions, view };
}

import type { Capabilities } from '@waypost/client';
import { useEffect, useState } from 'preact/hooks';
import { useWidget } from './useWidget.js';

/**
 * What the backend offers (`client.loadCapabilities()`, fetched once per client): `undefined` while loading,
 * `null` when they cannot be read (the widget then offers only links, never a flow that would fail).
 *
 * @example const capabilities = useCapabilities(); if (capabilities?.returns) …
 */
export function useCapabilities(): Capabilities | null | undefined {
  const { getClient, store } = useWidget();
  const { client, endpoint } = store.options.value;
  const [value, setValue] = useState<Capabilities | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const done = (next: Capabilities | null) => {
      if (live) setValue(next);
    };
    try {
      const client = getClient();
      if (client.capabilities) done(client.capabilities);
      else client.loadCapabilities().then(done, () => done(null));
    } catch {
      done(null);
    }
    return () => {
      live = false;
    };
  }, [getClient, client, endpoint]);
  return value;
}

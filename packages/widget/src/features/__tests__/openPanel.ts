import { vi } from 'vitest';
import { flush } from '../../__tests__/mountForTest.js';
import type { mountRecord } from '../../__tests__/mountRecord.js';

/** Clicks an action button once the capabilities are in, and waits for its panel's form or list to render. */
export async function openPanel<T extends HTMLElement = HTMLFormElement>(
  mounted: Awaited<ReturnType<typeof mountRecord>>,
  name: string,
  ready: string,
): Promise<T> {
  const button = await vi.waitFor(() => mounted.view.getByRole('button', { name }));
  button.click();
  return vi.waitFor(() => {
    const found = mounted.root.querySelector<T>(ready);
    if (!found) throw new Error(`[waypost] no ${ready} yet`);
    return found;
  });
}

/** Types into an input or textarea as a shopper would (an `input` event), then lets the widget re-render. */
export async function type(element: Element | null, value: string): Promise<void> {
  const input = element as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await flush();
}

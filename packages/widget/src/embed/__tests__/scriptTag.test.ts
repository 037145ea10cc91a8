import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flush } from '../../__tests__/mountForTest.js';
import { BRAND } from '../BRAND.js';

type Api = ((command: string, ...args: unknown[]) => unknown) & { q?: unknown[][]; version?: string };
const global = window as unknown as { Waypost?: Api } & Record<symbol, unknown>;

describe('scriptTag', () => {
  beforeEach(() => {
    vi.resetModules();
    delete global.Waypost;
    delete global[BRAND.registry];
    document.body.innerHTML = '<div id="queued"></div>';
  });

  afterEach(() => {
    global.Waypost?.('destroy');
    document.body.replaceChildren();
  });

  it('replays calls queued by the stub, in order, then installs the real API', async () => {
    const calls: string[] = [];
    // The documented stub, called before the file loads.
    global.Waypost = ((...args: unknown[]) => {
      global.Waypost!.q = global.Waypost!.q || [];
      global.Waypost!.q.push(args);
    }) as Api;
    global.Waypost('mount', '#queued', { endpoint: 'https://shop.example/api', order: 'W7' });
    global.Waypost('on', 'ready', () => calls.push('ready'));
    global.Waypost('setTheme', 'dark', '#queued');
    await import('../scriptTag.js');
    await flush();
    const element = document.getElementById('queued')!;
    expect(element.shadowRoot?.querySelector<HTMLInputElement>('input[type=text]')?.value).toBe('W7');
    expect(
      [...element.shadowRoot!.querySelectorAll('style')].some((style) =>
        style.textContent?.includes('color-scheme: dark'),
      ),
    ).toBe(true);
    expect(calls).toEqual(['ready']);
    expect(global.Waypost?.version).toBeTypeOf('string');
    expect(global.Waypost?.q).toBeUndefined();
    expect(customElements.get('waypost-tracker')).toBeDefined();
  });

  it('does not clobber a newer copy already on the page', async () => {
    const newer = Object.assign(() => 'newer', { [BRAND.registry]: '999.0.0' }) as unknown as Api;
    global.Waypost = newer;
    await import('../scriptTag.js');
    expect(global.Waypost).toBe(newer);
    expect(Object.keys(global[BRAND.registry] as object)).toHaveLength(1);
  });

  it('loads twice without error and keeps one element definition', async () => {
    const error = vi.spyOn(console, 'error');
    await import('../scriptTag.js');
    vi.resetModules();
    await import('../scriptTag.js');
    expect(error).not.toHaveBeenCalled();
    expect(customElements.get('waypost-tracker')).toBeDefined();
    vi.restoreAllMocks();
  });

  it('answers commands for every instance and never throws on a bad one', async () => {
    await import('../scriptTag.js');
    const api = global.Waypost!;
    const handle = api('mount', '#queued', { endpoint: 'https://shop.example/api' }) as { destroy(): void };
    expect(handle.destroy).toBeTypeOf('function');
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(() => api('nonsense')).not.toThrow();
    expect(() => api('update', { not: 'an element' })).not.toThrow();
    api('destroy');
    expect(document.getElementById('queued')?.shadowRoot?.childNodes).toHaveLength(0);
    vi.restoreAllMocks();
  });
});

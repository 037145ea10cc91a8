import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountRecord } from '../../__tests__/mountRecord.js';
import { actionOrderResult, NO_CAPABILITIES } from '../../__tests__/sampleReturns.js';

describe('PromoCards', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('is hidden by default', async () => {
    const { root } = await mountRecord(actionOrderResult(), { capabilities: NO_CAPABILITIES });
    expect(root.querySelector('[part="promo"]')).toBeNull();
  });

  it('shows cards with checked links and images, and reports clicks', async () => {
    const mounted = await mountRecord(actionOrderResult(), {
      capabilities: NO_CAPABILITIES,
      promo: [
        {
          id: 'socks',
          title: 'Trail socks',
          url: 'https://shop.example/socks',
          imageUrl: 'https://cdn.example/s.jpg',
          price: { amount: 12, currency: 'USD' },
        },
        { title: 'Cap', url: 'https://shop.example/cap', imageUrl: 'javascript:alert(1)', price: 'From $20' },
        { title: 'Evil', url: 'javascript:alert(1)' },
      ],
    });
    const links = await vi.waitFor(() => {
      const found = mounted.root.querySelectorAll<HTMLAnchorElement>('[part="promo"] a');
      if (found.length === 0) throw new Error('[waypost] no promo yet');
      return [...found];
    });
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'https://shop.example/socks',
      'https://shop.example/cap',
    ]);
    expect(mounted.root.querySelectorAll('[part="promo"] img')).toHaveLength(1);
    expect(links[0]?.textContent).toContain('$12.00');
    expect(links[1]?.textContent).toContain('From $20');
    expect(mounted.view.getByRole('heading', { name: 'You might also like' })).toBeTruthy();
    links[1]?.click();
    expect(mounted.actions).toContainEqual({
      action: 'promo_click',
      promoId: '2',
      position: 2,
      kind: 'order',
      id: 'ord_1',
    });
  });

  it('renders a named slot for the host’s own content', async () => {
    const { root } = await mountRecord(actionOrderResult(), { capabilities: NO_CAPABILITIES, promo: 'slot' });
    expect(root.querySelector('slot[name="promo"]')).toBeTruthy();
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createSSRApp, h } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { WaypostTracker } from '../WaypostTracker.js';

// On a real server (Node, no DOM) the component renders its empty container and mounts nothing.
describe('WaypostTracker', () => {
  it('renders an empty container on a server without a DOM', async () => {
    expect(typeof document).toBe('undefined');
    const app = createSSRApp({
      render: () =>
        h(WaypostTracker, { id: 'tracking', endpoint: '/apps/waypost', order: 'W1002', brand: { name: 'Acme' } }),
    });
    expect(await renderToString(app)).toBe('<div id="tracking"></div>');
  });
});

// @vitest-environment node
/** @jsxImportSource react */
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { WaypostTracker } from '../WaypostTracker.js';

// On a real server (Node, no DOM) the component renders its empty container and mounts nothing.
describe('WaypostTracker', () => {
  it('renders an empty container on a server without a DOM', () => {
    expect(typeof document).toBe('undefined');
    const html = renderToString(
      <WaypostTracker id="tracking" endpoint="/apps/waypost" order="W1002" brand={{ name: 'Acme' }} theme="auto" />,
    );
    expect(html).toBe('<div id="tracking"></div>');
  });
});

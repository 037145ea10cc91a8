// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TrackOrderPage } from '../TrackOrderPage.js';

// The page on a real server (Node, no DOM): the built @waypost/react renders its empty container there.
describe('TrackOrderPage', () => {
  it('renders on a server without a DOM, the tracker as an empty container', () => {
    expect(typeof document).toBe('undefined');
    const html = renderToString(<TrackOrderPage endpoint="/api/waypost" />);
    expect(html).toContain('<div style="margin-top:1rem"></div>');
    expect(html).toContain('<option selected="">W1001</option>');
  });
});

// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TrackingPanel } from '../TrackingPanel.js';

// The same component on a real server: Node, no DOM. Importing the widget's element entry must not throw there.
describe('TrackingPanel', () => {
  it('renders on a server without a DOM', () => {
    expect(typeof document).toBe('undefined');
    const html = renderToString(
      <TrackingPanel endpoint="/apps/waypost" order="W1002" brand={{ name: 'Acme' }} theme="auto" />,
    );
    expect(html).toBe('<waypost-tracker endpoint="/apps/waypost" order="W1002" theme="auto"></waypost-tracker>');
  });
});

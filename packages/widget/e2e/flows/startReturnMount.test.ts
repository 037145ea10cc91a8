import { describe, it } from 'vitest';
import { useBrowser } from '../harness/useBrowser.js';
import { openMounted, VARIANTS } from './flowPages.js';
import { startReturn } from './startReturnSteps.js';

describe('start a return (mount)', () => {
  const session = useBrowser();

  it('starts a return through mount(), the feature module coming from the bundle', async () => {
    const opened = await openMounted(session, 'W1005', VARIANTS[0]!);
    await startReturn(opened, 'mount()', true, true);
  });
});

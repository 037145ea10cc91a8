import { describe, it } from 'vitest';
import { useBrowser } from '../harness/useBrowser.js';
import { openScriptTag, VARIANTS } from './flowPages.js';
import { startReturn } from './startReturnSteps.js';

// Each run returns a different eligible item: the demo remembers returns for as long as the test server lives.
const orders = ['W1005', 'W1003', 'W1004', 'W1003'];

describe('start a return (script tag)', () => {
  const session = useBrowser();

  VARIANTS.forEach((variant, index) => {
    it(`starts a return in the widget and confirms it (${variant.name})`, async () => {
      const opened = await openScriptTag(session, orders[index]!, variant);
      await startReturn(
        opened,
        variant.name,
        variant.locale === 'en',
        orders[index] === 'W1005' && variant.locale === 'en',
      );
    });
  });
});

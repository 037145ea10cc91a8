import { describe, expect, it } from 'vitest';
import { useBrowser } from '../harness/useBrowser.js';
import { expectAccessible, type FlowPage, openMounted, openScriptTag, VARIANTS } from './flowPages.js';

/** Opens W1006's exchange from its order and checks both legs. */
async function checkExchange(opened: FlowPage, english: boolean) {
  const { host } = opened;
  await host.locator('[part~="exchange"] button').click();
  await opened.waitForEvent('action', { action: 'view_record', kind: 'exchange' });
  const legs = host.locator('[part~="return"], [part~="replacement"]');
  await host.locator('[part~="replacement"] [part~="shipment"]').waitFor();
  await expect(legs.count()).resolves.toBe(2);
  await expect(host.locator('[part~="exchange"] [aria-current="step"]').count()).resolves.toBe(1);
  if (english) {
    await expect(host.locator('[part~="exchange"] [part~="headline"]').textContent()).resolves.toBe(
      'Your replacement is on its way',
    );
  }
}

describe('exchange view (W1006)', () => {
  const session = useBrowser();

  for (const variant of VARIANTS) {
    it(`shows one headline and both legs in the script-tag build (${variant.name})`, async () => {
      const opened = await openScriptTag(session, 'W1006', variant);
      await checkExchange(opened, variant.locale === 'en');
      await expectAccessible(opened, `the exchange view, ${variant.name}`);
    });
  }

  it('shows both legs through mount()', async () => {
    const opened = await openMounted(session, 'W1006', VARIANTS[0]!);
    await checkExchange(opened, true);
    await expectAccessible(opened, 'the exchange view through mount()');
  });
});

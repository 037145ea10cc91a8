import { describe, expect, it } from 'vitest';
import { useBrowser } from '../harness/useBrowser.js';
import { expectAccessible, type FlowPage, openMounted, openScriptTag, VARIANTS } from './flowPages.js';

/** Opens W1005's return from its order and checks the return view. */
async function checkReturn(opened: FlowPage, english: boolean) {
  const { host } = opened;
  const view = host.locator('[part~="return"] button');
  // The card's spacing reaches its button too: "View return" does not sit on the summary's last line.
  const gap = await view.evaluate(
    (button) => button.getBoundingClientRect().top - button.previousElementSibling!.getBoundingClientRect().bottom,
  );
  expect(gap).toBeGreaterThanOrEqual(12);
  await view.click();
  await opened.waitForEvent('action', { action: 'view_record', kind: 'return' });
  const card = host.locator('[part~="return"]');
  await card.locator('[part~="stepper"]').waitFor();
  await expect(card.locator('[aria-current="step"]').count()).resolves.toBe(1);
  await host.locator('[part~="shipment"] [part~="timeline"]').waitFor();
  if (english) {
    await host.getByRole('heading', { level: 2, name: 'Return RMA-58213' }).waitFor();
    await expect(card.locator('[part~="headline"]').textContent()).resolves.toBe('On its way back');
    await expect(card.textContent()).resolves.toMatch(/Refund of \$\d+\.\d\d pending/);
    // The view's own text ships with it in `records.js`, and joins the English catalog when that file loads.
    await expect(card.locator('[part~="stepper"]').getAttribute('aria-label')).resolves.toBe('Return progress');
    await host.getByRole('heading', { level: 4, name: 'Items in this return' }).waitFor();
  }
}

describe('return view (W1005)', () => {
  const session = useBrowser();

  for (const variant of VARIANTS) {
    it(`shows the return's stage, refund and inbound parcel in the script-tag build (${variant.name})`, async () => {
      const opened = await openScriptTag(session, 'W1005', variant);
      await expectAccessible(opened, `the order with a return, ${variant.name}`);
      await checkReturn(opened, variant.locale === 'en');
      await expectAccessible(opened, `the return view, ${variant.name}`);
    });
  }

  it('shows the return through mount()', async () => {
    const opened = await openMounted(session, 'W1005', VARIANTS[0]!);
    await checkReturn(opened, true);
    await expectAccessible(opened, 'the return view through mount()');
  });
});

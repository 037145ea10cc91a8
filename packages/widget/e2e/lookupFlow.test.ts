import { describe, expect, it } from 'vitest';
import { SHOPPER, scriptTag, tracker } from './harness/markup.js';
import { renderPage } from './harness/renderPage.js';
import { useBrowser } from './harness/useBrowser.js';

describe('looking an order up with the form', () => {
  const session = useBrowser();

  it('shows W1001 with its stepper and moves focus to the result heading', async () => {
    const { server } = session;
    const url = server.page('/lookup', renderPage({ head: scriptTag(), body: tracker({ endpoint: server.endpoint }) }));
    const opened = await session.open();
    await opened.page.goto(url);
    const host = opened.page.locator('#w');
    await host.getByRole('textbox', { name: 'Order number' }).fill('W1001');
    await host.getByRole('textbox', { name: 'Email' }).fill(SHOPPER.email);
    await host.getByRole('textbox', { name: 'Email' }).press('Enter');
    await host.getByRole('heading', { name: 'Order W1001' }).waitFor();

    const view = await opened.page.evaluate(() => {
      const root = document.querySelector('#w')!.shadowRoot!;
      const stepper = root.querySelector('[part~="stepper"]');
      return {
        focused: root.activeElement?.textContent,
        hostFocused: document.activeElement?.id,
        stepperTag: stepper?.tagName,
        currentSteps: [...(stepper?.querySelectorAll('[aria-current="step"]') ?? [])].map((step) => step.textContent),
        headline: root.querySelector('[part~="headline"]')?.textContent ?? '',
      };
    });
    expect(view).toMatchObject({ focused: 'Order W1001', hostFocused: 'w', stepperTag: 'OL' });
    expect(view.currentSteps).toHaveLength(1);
    expect(view.currentSteps[0]).toContain('In transit');
    expect(view.headline).toMatch(/^Arriving /);
  });

  it('validates the empty form inline and sends no request', async () => {
    const { server } = session;
    const url = server.page(
      '/lookup-empty',
      renderPage({ head: scriptTag(), body: tracker({ endpoint: server.endpoint }) }),
    );
    const opened = await session.open();
    await opened.page.goto(url);
    const host = opened.page.locator('#w');
    await host.getByRole('button', { name: 'Track' }).waitFor();
    const sent = server.requests.length;
    await host.getByRole('button', { name: 'Track' }).click();
    const orderNumber = host.getByRole('textbox', { name: 'Order number' });
    await expect(orderNumber.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(host.getByText('Enter your order number.').count()).resolves.toBeGreaterThan(0);
    expect(server.requests.slice(sent).filter((request) => request.path.endsWith('/lookup'))).toEqual([]);
  });
});

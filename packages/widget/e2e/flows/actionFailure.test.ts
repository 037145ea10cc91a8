import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../harness/useBrowser.js';
import { actionButton, openScriptTag, VARIANTS } from './flowPages.js';

const UNREACHABLE = 'We couldn’t reach the store. Check your connection and try again.';

/** Opens "Start a return", picks the first returnable item with `reason`, and moves to the review. */
async function review(host: Locator, reason: string): Promise<Locator> {
  await actionButton(host, 0).click();
  const form = host.locator('[part~="actions"] form');
  await form.locator('input[type="checkbox"]').first().check();
  await form.getByLabel('Reason').selectOption(reason);
  await form.locator('button[type="submit"]').click();
  await form.getByRole('heading', { name: 'Review' }).waitFor();
  return form;
}

describe('a return that cannot reach the store (script tag)', () => {
  const session = useBrowser();
  const returnPosts = () =>
    session.server.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/returns')).length;

  it('says so truthfully while offline, promises no retry and sends nothing by itself, and confirms on the next try (W1005)', async () => {
    const opened = await openScriptTag(session, 'W1005', VARIANTS[0]!);
    const form = await review(opened.host, 'other');
    const before = returnPosts();
    await opened.context.setOffline(true);
    await form.getByRole('button', { name: 'Confirm return' }).click();
    const alert = form.getByRole('alert');
    await expect.poll(() => alert.textContent()).toBe(UNREACHABLE);
    await opened.context.setOffline(false);
    // Back online: nothing is sent without the shopper (a POST /returns may not be safe to repeat), and the text
    // still holds.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(returnPosts()).toBe(before);
    await expect(alert.textContent()).resolves.toBe(UNREACHABLE);
    // The form is kept and its button works.
    await form.getByRole('button', { name: 'Confirm return' }).click();
    const done = opened.host.locator('[part~="actions"] [part~="banner"] strong');
    await expect.poll(() => done.textContent()).toMatch(/^Return RMA-\d{5} started\.$/);
    expect(returnPosts()).toBe(before + 1);
  });

  it('says the same, not "offline", when the request fails while the browser is online (W1003)', async () => {
    const opened = await openScriptTag(session, 'W1003', VARIANTS[0]!);
    const form = await review(opened.host, 'too_small');
    await opened.page.route(`${session.server.endpoint}/returns`, (route) => route.abort('connectionreset'));
    await form.getByRole('button', { name: 'Confirm return' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toBe(UNREACHABLE);
    await expect(opened.page.evaluate(() => navigator.onLine)).resolves.toBe(true);
  });
});

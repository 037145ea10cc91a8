import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createHandler } from '../createHandler.js';
import { createMemorySubscriptionStore } from '../notify/createMemorySubscriptionStore.js';
import { createNotifier } from '../notify/createNotifier.js';
import { createUnsubscribeToken } from '../notify/createUnsubscribeToken.js';
import { unsubscribePageCatalogs } from '../notify/unsubscribePageCatalogs.js';
import { createTestSource, testSecret } from './createTestSource.js';
import { origin } from './requests.js';

// The widget's list of shipped locales, read from its source: the client cannot import the widget.
const widgetLocales = [
  ...readFileSync(fileURLToPath(new URL('../../../../widget/src/i18n/SUPPORTED_LOCALES.ts', import.meta.url)), 'utf8')
    .split('[')[1]!
    .matchAll(/'([\w-]+)'/g),
].map((match) => match[1]);

async function setup() {
  const store = createMemorySubscriptionStore();
  const notifier = createNotifier({
    store,
    secret: testSecret,
    publicUrl: `${origin}/alerts-test`,
    channels: { email: { name: 'unused', send: async () => ({ id: 'x' }) } },
  });
  const handler = createHandler({ source: createTestSource(), secret: testSecret, notifier, rateLimit: false });
  const resource = (await createTestSource().get('order', 'ord_1', {}))!;
  const subscribe = async (locale: string) => {
    const input = {
      kind: 'order' as const,
      id: 'ord_1',
      channel: 'email' as const,
      address: 'a@b.example',
      milestones: 'all' as const,
      consentText: 'Yes',
    };
    const { id } = await notifier.subscribeAlerts(input, { resource, locale });
    return `${origin}/unsubscribe/${await createUnsubscribeToken(testSecret, id)}`;
  };
  return { handler, store, subscribe };
}

describe('handleUnsubscribe', () => {
  it('asks in the subscription’s language, whatever the browser says, and unsubscribes only on POST', async () => {
    const { handler, store, subscribe } = await setup();
    const url = await subscribe('fr-CA');
    const page = await handler(new Request(url, { headers: { 'Accept-Language': 'de' } }));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<html lang="fr" dir="ltr">');
    expect(html).toContain('<h1>Ne plus recevoir ces alertes ?</h1>');
    expect(html).toContain('<button type="submit">Se désabonner</button>');
    expect((await store.findByRecord('order', 'ord_1')).length).toBe(1);

    const done = await handler(new Request(url, { method: 'POST', body: 'List-Unsubscribe=One-Click' }));
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('<h1>Vous êtes désabonné</h1>');
    expect(await store.findByRecord('order', 'ord_1')).toEqual([]);
  });

  it('writes right-to-left languages right to left, and picks a catalog by language or falls back to English', async () => {
    const { handler, subscribe } = await setup();
    const cases: Array<[string, string]> = [
      ['ar-EG', '<html lang="ar" dir="rtl">'],
      ['he', '<html lang="he" dir="rtl">'],
      ['pt-PT', '<html lang="pt-BR" dir="ltr">'],
      ['zh-Hans-CN', '<html lang="zh-CN" dir="ltr">'],
      ['no', '<html lang="nb" dir="ltr">'],
      ['cy', '<html lang="en" dir="ltr">'],
    ];
    for (const [locale, expected] of cases) {
      const html = await (await handler(new Request(await subscribe(locale)))).text();
      expect(html, locale).toContain(expected);
    }
  });

  it('answers 404 in the browser’s language for a link that does not verify', async () => {
    const { handler, subscribe } = await setup();
    const tampered = `${(await subscribe('en')).slice(0, -3)}AAA`;
    const response = await handler(new Request(tampered, { method: 'POST', headers: { 'Accept-Language': 'de-AT' } }));
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('<h1>Dieser Link funktioniert nicht</h1>');
  });

  it('has a page catalog for every locale the widget ships, with every word', () => {
    expect(widgetLocales.length).toBeGreaterThan(10);
    expect(Object.keys(unsubscribePageCatalogs).sort()).toEqual([...widgetLocales].sort());
    for (const words of Object.values(unsubscribePageCatalogs)) {
      expect(Object.keys(words).sort()).toEqual(Object.keys(unsubscribePageCatalogs.en!).sort());
      for (const text of Object.values(words)) expect(text).not.toMatch(/[<>&"]/);
    }
  });
});

import { describe, expect, it, vi } from 'vitest';
import { createHandler } from '../createHandler.js';
import { verifyAccessToken } from '../verifyAccessToken.js';
import { createTestSource, testSecret } from './createTestSource.js';
import { postJson, readJson } from './requests.js';

async function setup(without: Parameters<typeof createTestSource>[0] = []) {
  const source = createTestSource(without);
  const handler = createHandler({ source, secret: testSecret, rateLimit: false });
  const lookup = await handler(postJson('/lookup', { orderNumber: 'W1001', email: 'shopper@example.com' }));
  const { token } = (await readJson(lookup)).access;
  const post = (path: string, body: unknown, bearer: string = token) =>
    handler(postJson(path, body, { Authorization: `Bearer ${bearer}` }));
  return { source, handler, token, post };
}

const fieldsOf = async (response: Response) =>
  ((await readJson(response)).errors as Array<{ field: string }>).map((error) => error.field);

const aReturn = {
  orderId: 'ord_1',
  items: [{ itemId: 'li_1', quantity: 1, reason: 'too_small' }],
  resolution: 'refund',
};
const anAlert = {
  kind: 'order',
  id: 'ord_1',
  channel: 'sms',
  address: '+14155550100',
  milestones: 'key',
  consentText: 'Text me about this order',
};

describe('createHandler', () => {
  describe('POST /returns', () => {
    it('starts a return and answers 201 with the record and a token scoped to it', async () => {
      const { post } = await setup();
      const response = await post('/returns', aReturn);
      expect(response.status).toBe(201);
      const body = await readJson(response);
      expect(body).toMatchObject({ kind: 'return', return: { id: 'ret_new' } });
      await expect(verifyAccessToken(body.access.token, { secret: testSecret })).resolves.toMatchObject({
        k: 'return',
        id: 'ret_new',
        o: 'ord_1',
      });
    });

    it('checks items and quantities against the order', async () => {
      const { post } = await setup();
      const response = await post('/returns', {
        ...aReturn,
        items: [
          { itemId: 'li_1', quantity: 3, reason: 'too_small' },
          { itemId: 'li_2', quantity: 1, reason: 'changed_mind' },
          { itemId: 'li_x', quantity: 1, reason: 'changed_mind' },
        ],
      });
      expect(response.status).toBe(400);
      expect(await fieldsOf(response)).toEqual(['items.0.quantity', 'items.1.itemId', 'items.2.itemId']);
    });

    it('takes an exchange only for a variant the order offers for that item', async () => {
      const { post } = await setup();
      const exchange = { ...aReturn, resolution: 'exchange' };
      const refused = await post('/returns', { ...exchange, exchangeFor: [{ itemId: 'li_1', variant: 'Green / 44' }] });
      expect(refused.status).toBe(400);
      expect(await fieldsOf(refused)).toEqual(['exchangeFor.0.variant']);
      const taken = await post('/returns', { ...exchange, exchangeFor: [{ itemId: 'li_1', variant: 'Blue / 43' }] });
      expect(taken.status).toBe(201);
    });

    it('refuses malformed inputs field by field', async () => {
      const { post } = await setup();
      const response = await post('/returns', {
        orderId: 'ord_1',
        items: [{ itemId: 'li_1', quantity: 0.5, reason: '' }],
        resolution: 'cash',
      });
      expect(response.status).toBe(400);
      expect(await fieldsOf(response)).toEqual(['items.0.quantity', 'items.0.reason', 'resolution']);
      expect((await post('/returns', { ...aReturn, items: [] })).status).toBe(400);
    });

    it('refuses another order’s return with 401', async () => {
      const { post } = await setup();
      const response = await post('/returns', { ...aReturn, orderId: 'ord_2' });
      expect(response.status).toBe(401);
    });

    it('answers 501 when the source lacks startReturn', async () => {
      const { post } = await setup(['startReturn']);
      const response = await post('/returns', aReturn);
      expect(response.status).toBe(501);
      expect((await readJson(response)).code).toBe('unsupported');
    });
  });

  describe('POST /alerts', () => {
    it('subscribes with an E.164 phone number or an email address', async () => {
      const { post, source } = await setup();
      const spy = vi.spyOn(source, 'subscribeAlerts');
      const sms = await post('/alerts', anAlert);
      expect(sms.status).toBe(201);
      expect(await readJson(sms)).toMatchObject({ id: 'alert_1', channel: 'sms' });
      const email = await post('/alerts', { ...anAlert, channel: 'email', address: ' shopper@example.com ' });
      expect(email.status).toBe(201);
      expect(spy.mock.calls[1]?.[0].address).toBe('shopper@example.com');
    });

    it('refuses a phone number not in E.164, a malformed email, and an unknown channel', async () => {
      const { post } = await setup();
      for (const body of [
        { ...anAlert, address: '415-555-0100' },
        { ...anAlert, address: '+0123' },
        { ...anAlert, channel: 'email', address: 'shopper@' },
        { ...anAlert, channel: 'email', address: 'a b@example.com' },
      ]) {
        const response = await post('/alerts', body);
        expect(response.status, JSON.stringify(body)).toBe(400);
        expect(await fieldsOf(response)).toEqual(['address']);
      }
      expect(await fieldsOf(await post('/alerts', { ...anAlert, channel: 'pigeon' }))).toEqual(['channel']);
    });

    it('refuses a channel the store does not offer', async () => {
      const source = createTestSource();
      (source as { features?: unknown }).features = { alertChannels: ['email'] };
      const handler = createHandler({ source, secret: testSecret, rateLimit: false });
      const lookup = await handler(postJson('/lookup', { orderNumber: 'W1001', email: 'shopper@example.com' }));
      const { token } = (await readJson(lookup)).access;
      const response = await handler(postJson('/alerts', anAlert, { Authorization: `Bearer ${token}` }));
      expect(response.status).toBe(400);
      expect(await fieldsOf(response)).toEqual(['channel']);
    });

    it('needs a token that covers the record', async () => {
      const { post } = await setup();
      expect((await post('/alerts', { ...anAlert, id: 'ord_2' })).status).toBe(401);
      expect((await post('/alerts', anAlert, 'forged')).status).toBe(401);
    });
  });

  describe('POST /issues', () => {
    it('reports an issue about the order or one of its parcels', async () => {
      const { post } = await setup();
      const response = await post('/issues', { kind: 'shipment', id: 'shp_1', type: 'damaged', itemIds: ['li_1'] });
      expect(response.status).toBe(201);
      expect(await readJson(response)).toMatchObject({ reference: 'ISSUE-1' });
    });

    it('refuses an unknown issue type, a long message and foreign items', async () => {
      const { post } = await setup();
      const typed = await post('/issues', { kind: 'order', id: 'ord_1', type: 'angry' });
      expect(await fieldsOf(typed)).toEqual(['type']);
      const long = await post('/issues', { kind: 'order', id: 'ord_1', type: 'other', message: 'x'.repeat(4001) });
      expect(await fieldsOf(long)).toEqual(['message']);
      const foreign = await post('/issues', { kind: 'order', id: 'ord_1', type: 'missing_item', itemIds: ['li_9'] });
      expect(await fieldsOf(foreign)).toEqual(['itemIds.0']);
    });

    it('answers 501 when the source lacks reportIssue', async () => {
      const { post } = await setup(['reportIssue']);
      expect((await post('/issues', { kind: 'order', id: 'ord_1', type: 'late' })).status).toBe(501);
    });
  });
});

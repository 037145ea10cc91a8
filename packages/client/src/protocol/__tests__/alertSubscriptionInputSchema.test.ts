import { describe, expect, it } from 'vitest';
import * as v from '../../model/validate/validators.js';
import { alertSubscriptionInputSchema } from '../alertSubscriptionInputSchema.js';
import { getSchemaIssues } from './getSchemaIssues.js';

const parse = v.all(alertSubscriptionInputSchema);
const alert = {
  kind: 'order',
  id: 'ord_1',
  channel: 'sms',
  address: '+14155550100',
  milestones: 'key',
  consentText: 'Text me',
};

/** The path of every issue, without its message. */
const fields = (body: unknown) =>
  getSchemaIssues(alertSubscriptionInputSchema, body).map((issue) => issue.slice(0, issue.indexOf(':')));

describe('alertSubscriptionInputSchema', () => {
  it('accepts a phone number for sms and an email address for email, trimmed', () => {
    expect(parse(alert)).toEqual(alert);
    expect(parse({ ...alert, channel: 'email', address: ' a@b.co ' }).address).toBe('a@b.co');
  });

  it('reports an address that does not fit its channel at address', () => {
    expect(fields({ ...alert, address: 'a@b.co' })).toEqual(['address']);
    expect(fields({ ...alert, channel: 'email' })).toEqual(['address']);
  });

  it('checks the address only once every field is valid', () => {
    expect(fields({ ...alert, channel: 'pigeon', milestones: 'some', consentText: ' ' })).toEqual([
      'channel',
      'milestones',
      'consentText',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { NodeRequestView } from '../NodeRequestView.js';

const signal = new AbortController().signal;
const view = () =>
  new NodeRequestView(
    'http://127.0.0.1:8787/orders/ord_1',
    { host: '127.0.0.1:8787', authorization: 'Bearer a.b', 'x-forwarded-for': '203.0.113.7, 10.0.0.1', cookie: 'a=1' },
    () => signal,
  );

describe('NodeRequestView', () => {
  it('reads headers as Headers does: by any case, null when absent, repeated values as one list', () => {
    const request = view();
    expect(request.method).toBe('GET');
    expect(request.headers.get('Authorization')).toBe('Bearer a.b');
    expect(request.headers.get('x-forwarded-for')).toBe('203.0.113.7, 10.0.0.1');
    expect(request.headers.get('if-none-match')).toBeNull();
    expect(request.headers.has('COOKIE')).toBe(true);
    expect(request.headers.has('origin')).toBe(false);
    const repeated = new NodeRequestView('http://x/', { 'x-list': ['a', 'b'] }, () => signal);
    expect(repeated.headers.get('x-list')).toBe(
      new Headers([
        ['x-list', 'a'],
        ['x-list', 'b'],
      ]).get('x-list'),
    );
  });

  it('asks for the signal only when it is read', () => {
    let asked = 0;
    const request = new NodeRequestView('http://x/', {}, () => {
      asked += 1;
      return signal;
    });
    expect(asked).toBe(0);
    expect(request.signal).toBe(signal);
    expect(asked).toBe(1);
  });

  it('makes one Fetch Request, with its URL, every header and its signal', () => {
    const controller = new AbortController();
    const request = new NodeRequestView(
      'http://x/orders/ord_1',
      { authorization: 'Bearer a.b' },
      () => controller.signal,
    );
    const fetchRequest = request.toRequest();
    expect(fetchRequest).toBeInstanceOf(Request);
    expect(request.toRequest()).toBe(fetchRequest);
    expect(fetchRequest.url).toBe('http://x/orders/ord_1');
    expect(fetchRequest.headers.get('authorization')).toBe('Bearer a.b');
    controller.abort();
    expect(fetchRequest.signal.aborted).toBe(true);
  });
});

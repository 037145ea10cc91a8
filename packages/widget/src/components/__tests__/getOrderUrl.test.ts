import { describe, expect, it } from 'vitest';
import { isInvalidOptionError } from '../../embed/InvalidOptionError.js';
import { getOrderUrl } from '../getOrderUrl.js';

const BASE = 'https://shop.example/account/orders';

/** The reason a template is refused with, or `null` when it is taken. */
const refusal = (template: string): string | null => {
  try {
    getOrderUrl(template, 'eyJ.sig', BASE);
    return null;
  } catch (error) {
    expect(isInvalidOptionError(error)).toBe(true);
    expect((error as { option: string }).option).toBe('orderUrl');
    return (error as Error).message;
  }
};

describe('getOrderUrl', () => {
  it('puts the URL-encoded token in place of every {token} of a same-origin relative template', () => {
    expect(getOrderUrl('/account/orders/{token}', 'a+b/c=', BASE)).toBe(
      'https://shop.example/account/orders/a%2Bb%2Fc%3D',
    );
    expect(getOrderUrl('track?t={token}#{token}', 'x', BASE)).toBe('https://shop.example/account/track?t=x#x');
  });

  it('takes an absolute http or https template on another origin', () => {
    expect(getOrderUrl('https://track.example/o/{token}', 'x', BASE)).toBe('https://track.example/o/x');
    expect(getOrderUrl('http://localhost:8080/o/{token}', 'x', BASE)).toBe('http://localhost:8080/o/x');
  });

  it('refuses a template without {token} or with any other placeholder', () => {
    expect(refusal('/account/orders')).toMatch(/no \{token\}/);
    expect(refusal('/orders/{order}?t={token}')).toMatch(/only placeholder/);
    expect(refusal('/orders/{token}?email={email}')).toMatch(/only placeholder/);
    expect(refusal('/orders/{}/{token}')).toMatch(/only placeholder/);
  });

  it('refuses other schemes, a protocol-relative URL to another origin and credentials', () => {
    expect(refusal('javascript:alert(1)//{token}')).toMatch(/http and https/);
    expect(refusal('data:text/html,{token}')).toMatch(/http and https/);
    expect(refusal('//evil.example/{token}')).toMatch(/origin/);
    expect(refusal('https://user:pw@shop.example/{token}')).toMatch(/user name/);
  });
});

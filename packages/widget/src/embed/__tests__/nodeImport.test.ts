// @vitest-environment node
import { describe, expect, it } from 'vitest';

describe('nodeImport', () => {
  it('imports every npm entry in Node without touching window or document', async () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    const index = await import('../../index.js');
    const element = await import('../../element.js');
    expect(index.mount).toBeTypeOf('function');
    expect(element.defineElement).toBeTypeOf('function');
    expect(() => element.defineElement()).not.toThrow();
  });
});

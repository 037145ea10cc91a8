import { afterEach, describe, expect, it, vi } from 'vitest';

const hex = (bytes: Uint8Array) => [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
// RFC 4231, test case 2.
const vector = {
  key: 'Jefe',
  data: 'what do ya want for nothing?',
  mac: '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('signTokenPart', () => {
  it("signs with Node's own HMAC where the runtime has it", async () => {
    const { signTokenPart } = await import('../signTokenPart.js');
    const signature = await signTokenPart(vector.key, vector.data);
    expect(signature).toBeInstanceOf(Uint8Array);
    expect(hex(signature)).toBe(vector.mac);
  });

  it('signs the same with WebCrypto on a runtime without Node built-ins', async () => {
    const withNode = await (await import('../signTokenPart.js')).signTokenPart('another secret', 'ord_1.exp');
    vi.stubGlobal('process', { ...process, getBuiltinModule: undefined });
    vi.resetModules();
    const { signTokenPart } = await import('../signTokenPart.js');
    const webCrypto = vi.spyOn(crypto.subtle, 'sign');
    expect(hex(await signTokenPart(vector.key, vector.data))).toBe(vector.mac);
    expect(hex(await signTokenPart('another secret', 'ord_1.exp'))).toBe(hex(withNode));
    expect(webCrypto).toHaveBeenCalledTimes(2);
    webCrypto.mockRestore();
  });
});

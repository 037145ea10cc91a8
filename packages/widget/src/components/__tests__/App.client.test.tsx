import { within } from '@testing-library/preact';
import { createClient } from '@waypost/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flush, mountForTest } from '../../__tests__/mountForTest.js';

// The real client, watched: which widget step first makes it.
vi.mock('@waypost/client', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@waypost/client')>();
  return { ...actual, createClient: vi.fn(actual.createClient) };
});

describe('App', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('makes its client while the shopper types, so the Track click does not pay for it', async () => {
    const { root } = mountForTest({ endpoint: '/api/waypost' });
    await flush();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(createClient).not.toHaveBeenCalled();

    const form = within(root.querySelector('.w') as HTMLElement);
    form.getByLabelText('Order number', { selector: 'input[type=text]' }).focus();
    await vi.waitFor(() => expect(createClient).toHaveBeenCalledTimes(1));
    expect(vi.mocked(createClient).mock.calls[0]![0]).toMatchObject({ endpoint: 'http://localhost:3000/api/waypost' });
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flush } from '../../__tests__/mountForTest.js';
import { BRAND } from '../BRAND.js';
import { observeDataElements } from '../observeDataElements.js';

const mounted = (element: Element | null) =>
  Boolean(element && (element as never as Record<symbol, unknown>)[BRAND.instance]);

describe('observeDataElements', () => {
  let stop: () => void = () => {};

  beforeEach(() => {
    document.body.innerHTML =
      '<div id="a" data-waypost data-endpoint="https://shop.example/api" data-order="W1"></div>';
    stop = observeDataElements(document);
  });

  afterEach(() => {
    stop();
    document.body.replaceChildren();
  });

  it('mounts every [data-waypost] element present at load', () => {
    expect(mounted(document.getElementById('a'))).toBe(true);
    expect(document.getElementById('a')?.shadowRoot?.querySelector<HTMLInputElement>('input[type=text]')?.value).toBe(
      'W1',
    );
  });

  it('mounts elements added later, including nested ones', async () => {
    const wrapper = document.createElement('section');
    wrapper.innerHTML = '<div id="b" data-waypost data-endpoint="https://shop.example/api"></div>';
    document.body.append(wrapper);
    await flush(1);
    expect(mounted(document.getElementById('b'))).toBe(true);
  });

  it('releases removed elements and mounts them again when they come back', async () => {
    const element = document.getElementById('a')!;
    element.remove();
    await flush(1);
    expect(mounted(element)).toBe(false);
    expect(element.shadowRoot?.childNodes).toHaveLength(0);
    document.body.append(element);
    await flush(1);
    expect(mounted(element)).toBe(true);
  });

  it('mirrors data attribute changes into the mounted widget', async () => {
    const element = document.getElementById('a')!;
    element.setAttribute('data-locale', 'en');
    element.setAttribute('data-order', 'W2');
    await flush(1);
    expect(mounted(element)).toBe(true);
    element.dataset.brandName = 'Acme';
    await flush(1);
    expect(element.shadowRoot?.querySelector('[part="header"]')?.textContent).toBe('Acme');
  });

  it('leaves an element pinned to another version alone', async () => {
    const element = document.createElement('div');
    element.setAttribute('data-waypost', '99.0.0');
    document.body.append(element);
    await flush(1);
    expect(mounted(element)).toBe(false);
  });
});

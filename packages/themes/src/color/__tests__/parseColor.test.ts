import { describe, expect, it } from 'vitest';
import { isThemeError } from '../../errors/ThemeError.js';
import { parseColor } from '../parseColor.js';
import { toHex } from '../toHex.js';

function failure(input: unknown) {
  try {
    parseColor(input as string);
  } catch (error) {
    return error;
  }
  throw new Error(`expected ${String(input)} to be rejected`);
}

describe('parseColor', () => {
  it.each([
    ['#0b6e4f', '#0b6e4f', 1],
    ['#0B6E4F', '#0b6e4f', 1],
    ['#fc0', '#ffcc00', 1],
    ['#fc08', '#ffcc00', 0x88 / 255],
    ['#0b6e4f80', '#0b6e4f', 0x80 / 255],
    ['  #ffffff  ', '#ffffff', 1],
    ['rgb(11, 110, 79)', '#0b6e4f', 1],
    ['rgba(11, 110, 79, 0.5)', '#0b6e4f', 0.5],
    ['rgb(11 110 79)', '#0b6e4f', 1],
    ['rgb(11 110 79 / 25%)', '#0b6e4f', 0.25],
    ['rgb(100%, 0%, 50%)', '#ff0080', 1],
    ['RGB(300, -5, 20)', '#ff0014', 1],
    ['hsl(0, 100%, 50%)', '#ff0000', 1],
    ['hsl(120deg 100% 25%)', '#008000', 1],
    ['hsl(0.5turn 100% 50% / 0.4)', '#00ffff', 0.4],
    ['hsla(240, 100%, 50%, 1)', '#0000ff', 1],
    ['hsl(-120 100% 50%)', '#0000ff', 1],
    ['hsl(200grad 100% 50%)', '#00ffff', 1],
    ['hsl(3.14159rad 100% 50%)', '#00ffff', 1],
  ])('reads %s', (input, hex, alpha) => {
    const color = parseColor(input);
    expect(toHex(color)).toBe(hex);
    expect(color.alpha).toBeCloseTo(alpha, 5);
  });

  it.each([
    '',
    'teal',
    '#12',
    '#12345',
    '#1234567',
    '#ggg',
    'rgb(1, 2)',
    'rgb(1, 2, 3, 4, 5)',
    'rgb(1 2, 3)',
    'rgb(a, b, c)',
    'rgb(1 2 3 / 4 / 5)',
    'hsl(10, 20%, x)',
    'hsl(1e999, 50%, 50%)',
    'oklch(0.5 0.1 200)',
    'var(--brand)',
    'rgb(1, 2, 3',
  ])('rejects %j with a typed invalid_color error', (input) => {
    const error = failure(input);
    expect(isThemeError(error)).toBe(true);
    expect(error).toMatchObject({ name: 'ThemeError', code: 'invalid_color' });
  });

  it.each([undefined, null, 42, {}, ['#fff']])('rejects the non-string %j', (input) => {
    expect(failure(input)).toMatchObject({ code: 'invalid_color' });
  });

  it('never returns NaN channels', () => {
    for (const input of ['rgb(1e308, 1e308, 1e308)', 'hsl(1e300 100% 50%)', 'rgb(.5 .5 .5 / 1e-400)']) {
      const color = parseColor(input);
      for (const value of [color.r, color.g, color.b, color.alpha]) expect(Number.isFinite(value), input).toBe(true);
    }
  });
});

import { ThemeError } from '../errors/ThemeError.js';
import type { Rgb } from './Rgb.js';

const number = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const angleUnits: Record<string, number> = { '': 1, deg: 1, grad: 0.9, rad: 180 / Math.PI, turn: 360 };

/**
 * Parses a CSS colour in the forms brand guides use: hex (`#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`), `rgb()`/`rgba()`
 * and `hsl()`/`hsla()`, in both comma and space syntax, with an optional alpha. Anything else (names, `var()`,
 * other colour spaces) throws a `ThemeError` with code `invalid_color`, so no `NaN` ever reaches a theme.
 *
 * @example parseColor('#0b6e4f') // { r: 11, g: 110, b: 79, alpha: 1 }
 * @example parseColor('hsl(160deg 82% 24% / 50%)').alpha // 0.5
 */
export function parseColor(input: string): Rgb {
  const text = typeof input === 'string' ? input.trim().toLowerCase() : '';
  const color = text.startsWith('#') ? parseHex(text.slice(1)) : parseFunction(text);
  if (!color) throw new ThemeError(`${JSON.stringify(input)} is not a hex, rgb() or hsl() colour`, 'invalid_color');
  return color;
}

function parseHex(hex: string): Rgb | null {
  if (!/^(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.test(hex)) return null;
  const short = hex.length <= 4;
  const channel = (index: number) =>
    short ? Number.parseInt(hex[index]!.repeat(2), 16) : Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16);
  const hasAlpha = hex.length === 4 || hex.length === 8;
  return { r: channel(0), g: channel(1), b: channel(2), alpha: hasAlpha ? channel(3) / 255 : 1 };
}

function parseFunction(text: string): Rgb | null {
  const match = /^(rgba?|hsla?)\((.*)\)$/.exec(text);
  if (!match) return null;
  const args = splitArguments(match[2]!);
  if (!args) return null;
  const [first, second, third, alphaText] = args;
  const alpha = alphaText === undefined ? 1 : parseAlpha(alphaText);
  if (match[1]!.startsWith('rgb')) {
    const channels = [first, second, third].map((value) => parseRgbChannel(value!));
    if (alpha === null || channels.some((value) => value === null)) return null;
    const [r, g, b] = channels as number[];
    return { r: r!, g: g!, b: b!, alpha };
  }
  const hue = parseHue(first!);
  const saturation = parsePercent(second!);
  const lightness = parsePercent(third!);
  if (alpha === null || hue === null || saturation === null || lightness === null) return null;
  return { ...hslToRgb(hue, saturation, lightness), alpha };
}

/** `a, b, c[, d]` or `a b c[ / d]`, never a mix of the two. */
function splitArguments(inner: string): string[] | null {
  const parts = inner.includes(',')
    ? inner.split(',').map((part) => part.trim())
    : (() => {
        const [channels = '', alpha, extra] = inner.split('/');
        if (extra !== undefined) return [];
        const values = channels.trim().split(/\s+/);
        return alpha === undefined ? values : [...values, alpha.trim()];
      })();
  return parts.length === 3 || parts.length === 4 ? parts : null;
}

function parseNumber(text: string): number | null {
  const value = number.test(text) ? Number(text) : Number.NaN;
  return Number.isFinite(value) ? value : null;
}

function parsePercent(text: string): number | null {
  const value = parseNumber(text.endsWith('%') ? text.slice(0, -1) : text);
  return value === null ? null : clamp(value, 0, 100) / 100;
}

function parseRgbChannel(text: string): number | null {
  if (text.endsWith('%')) {
    const percent = parsePercent(text);
    return percent === null ? null : percent * 255;
  }
  const value = parseNumber(text);
  return value === null ? null : clamp(value, 0, 255);
}

function parseAlpha(text: string): number | null {
  if (text.endsWith('%')) return parsePercent(text);
  const value = parseNumber(text);
  return value === null ? null : clamp(value, 0, 1);
}

function parseHue(text: string): number | null {
  const match = /^(.*?)(deg|grad|rad|turn)?$/.exec(text);
  const value = match ? parseNumber(match[1]!) : null;
  if (value === null) return null;
  const degrees = value * angleUnits[match![2] ?? '']!;
  return ((degrees % 360) + 360) % 360;
}

function hslToRgb(hue: number, saturation: number, lightness: number): Omit<Rgb, 'alpha'> {
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const channel = (offset: number) => {
    const k = (offset + hue / 30) % 12;
    return (lightness - (chroma / 2) * Math.max(-1, Math.min(k - 3, 9 - k, 1))) * 255;
  };
  return { r: channel(0), g: channel(8), b: channel(4) };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

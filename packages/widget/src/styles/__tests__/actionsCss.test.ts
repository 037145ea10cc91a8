import { describe, expect, it } from 'vitest';
import { actionsCss } from '../actionsCss.js';

describe('actionsCss', () => {
  it('uses px, logical properties and --waypost-* tokens with fallbacks only', () => {
    expect(actionsCss).not.toMatch(/\d(r?em|vw|vh|ch)\b/);
    expect(actionsCss).not.toMatch(/\[dir|(margin|padding|border)-(left|right)|(^|[\s;{])(left|right):/m);
    const colours = actionsCss.match(/#[0-9a-f]{3,8}\b/gi) ?? [];
    const tokens = actionsCss.match(/var\(--waypost-[a-z-]+, #[0-9a-f]{3,8}\)/gi) ?? [];
    expect(colours.length).toBe(tokens.length);
  });
});

import { describe, expect, it } from 'vitest';
import { getDirection } from '../getDirection.js';

describe('getDirection', () => {
  it('reads Arabic and Hebrew as right-to-left', () => {
    expect(getDirection('ar')).toBe('rtl');
    expect(getDirection('he-IL')).toBe('rtl');
  });

  it('reads every other supported language as left-to-right', () => {
    for (const tag of ['en', 'es', 'ja', 'zh-CN', 'pt-BR']) expect(getDirection(tag)).toBe('ltr');
  });
});

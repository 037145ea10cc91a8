import { describe, expect, it } from 'vitest';
import { resolveLocale } from '../resolveLocale.js';

describe('resolveLocale', () => {
  it('prefers the option over the page and the browser', () => {
    expect(resolveLocale({ requested: 'de', documentLang: 'fr', preferred: ['es'] })).toBe('de');
  });

  it('uses the host page language when no option is given', () => {
    expect(resolveLocale({ documentLang: 'fr-CA', preferred: ['es'] })).toBe('fr');
  });

  it('walks navigator.languages by exact tag, then base language', () => {
    expect(resolveLocale({ preferred: ['th-TH', 'pt-BR', 'es'] })).toBe('pt-BR');
    expect(resolveLocale({ preferred: ['th-TH', 'es-MX'] })).toBe('es');
  });

  it('matches a regional variant when only the base language is asked for', () => {
    expect(resolveLocale({ requested: 'pt' })).toBe('pt-BR');
    expect(resolveLocale({ requested: 'zh_cn' })).toBe('zh-CN');
  });

  it('skips an unsupported option and falls back to English at the end', () => {
    expect(resolveLocale({ requested: 'th', documentLang: '', preferred: [] })).toBe('en');
    expect(resolveLocale({ requested: 'th', preferred: ['it-IT'] })).toBe('it');
  });
});

import { describe, expect, it } from 'vitest';
import { createTranslator } from '../createTranslator.js';

describe('createTranslator', () => {
  it('fills placeholders and formats numbers for the locale', () => {
    const t = createTranslator('de', []);
    expect(t('order.title', { number: 'W1001' })).toBe('Order W1001');
    expect(t('order.quantity', { count: 1200 })).toBe('Qty 1.200');
  });

  it('picks the plural form with Intl.PluralRules', () => {
    const t = createTranslator('en', []);
    expect(t('timeline.showAll', { count: 1 })).toBe('Show 1 update');
    expect(t('timeline.showAll', { count: 7 })).toBe('Show all 7 updates');
  });

  it('uses plural categories only some languages have', () => {
    const t = createTranslator('pl', [
      { 'timeline.showAll.few': 'Pokaż {count} aktualizacje', 'timeline.showAll.other': 'x' },
    ]);
    expect(t('timeline.showAll', { count: 3 })).toBe('Pokaż 3 aktualizacje');
  });

  it('falls back to English for a key the catalog lacks', () => {
    const t = createTranslator('es', [{ 'form.title': 'Sigue tu pedido' }]);
    expect(t('form.title')).toBe('Sigue tu pedido');
    expect(t('form.submit')).toBe('Track');
  });

  it('lets overrides win over the catalog', () => {
    const t = createTranslator('es', [{ 'form.title': 'Where is my parcel?' }, { 'form.title': 'Sigue tu pedido' }]);
    expect(t('form.title')).toBe('Where is my parcel?');
  });

  it('leaves an unknown placeholder visible rather than inventing text', () => {
    const t = createTranslator('en', [{ 'form.title': 'Hi {name}' }]);
    expect(t('form.title')).toBe('Hi {name}');
  });
});

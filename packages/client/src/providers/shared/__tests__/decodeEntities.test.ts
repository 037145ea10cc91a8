import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../decodeEntities.js';

describe('decodeEntities', () => {
  it('decodes the basic named entities', () => {
    expect(decodeEntities('Tom &amp; Jerry &lt;3 &quot;hi&quot; &apos;x&apos;')).toBe(`Tom & Jerry <3 "hi" 'x'`);
  });

  it('reads decimal references 128–159 as Windows-1252, like browsers do', () => {
    expect(decodeEntities('Priority Mail 2-Day&#153;')).toBe('Priority Mail 2-Day™');
  });

  it('decodes decimal and hex references', () => {
    expect(decodeEntities('caf&#233; &#x2122; &#X41;')).toBe('café ™ A');
  });

  it('keeps unknown, malformed and impossible references as written', () => {
    expect(decodeEntities('&bogus; &#xD800; &#0; & alone &amp')).toBe('&bogus; &#xD800; &#0; & alone &amp');
  });

  it('decodes only once, so an escaped entity stays an entity', () => {
    expect(decodeEntities('&amp;lt;')).toBe('&lt;');
  });
});

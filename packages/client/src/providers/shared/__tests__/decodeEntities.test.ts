import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../decodeEntities.js';

describe('decodeEntities', () => {
  it('decodes the basic named entities', () => {
    expect(decodeEntities('Tom &amp; Jerry &lt;3 &quot;hi&quot; &apos;x&apos;')).toBe(`Tom & Jerry <3 "hi" 'x'`);
  });

  it('decodes every named entity of the HTML standard, accented place names included', () => {
    expect(decodeEntities('Z&uuml;rich, Montr&eacute;al, S&atilde;o Paulo, K&oslash;benhavn')).toBe(
      'Zürich, Montréal, São Paulo, København',
    );
  });

  it('reads decimal references 128–159 as Windows-1252, like browsers do', () => {
    expect(decodeEntities('Priority Mail 2-Day&#153;')).toBe('Priority Mail 2-Day™');
  });

  it('decodes decimal and hex references', () => {
    expect(decodeEntities('caf&#233; &#x2122; &#X41;')).toBe('café ™ A');
  });

  it('keeps unknown names and unterminated references as written', () => {
    expect(decodeEntities('&bogus; & alone &amp')).toBe('&bogus; & alone &amp');
  });

  it('turns references to impossible code points into U+FFFD', () => {
    expect(decodeEntities('&#xD800;|&#0;|&#x110000;')).toBe('\ufffd|\ufffd|\ufffd');
  });

  it('decodes only once, so an escaped entity stays an entity', () => {
    expect(decodeEntities('&amp;lt;')).toBe('&lt;');
  });
});

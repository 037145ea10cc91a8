import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// jsdom gives `import.meta.url` an http: URL; the files are read from disk.
const e2e = join(import.meta.dirname, '../../e2e');
const docs = readFileSync(join(import.meta.dirname, '../../../../docs/widget.md'), 'utf8');
const section = docs.slice(
  docs.indexOf('\n## Browser tests'),
  docs.indexOf('\n## ', docs.indexOf('\n## Browser tests') + 1),
);

describe('the Browser tests section of docs/widget.md', () => {
  it('names every browser test file', () => {
    const files = readdirSync(e2e, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.test.ts'))
      .map((file) => file.slice(0, -'.test.ts'.length));
    expect(files.length).toBeGreaterThan(30);
    expect(
      files.filter((file) => !section.includes(`\`${file}\``) && !section.includes(`\`${file}.test.ts\``)),
    ).toEqual([]);
  });
});

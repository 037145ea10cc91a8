import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '../../');

// Every source file (tests left out), relative to `src/`, outside `state/`, where the controller and the store live.
const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
  (file) => /\.tsx?$/.test(file) && !file.includes('__tests__') && !file.startsWith('state/'),
);

// `store.x.value = …`, `store.x.value += …`, `store.x.value++`: a write of one of the store's signals.
const write = /\bstore\.\w+\.value\s*(?:[-+*/]?=(?!=)|\+\+|--)/;

describe('createController', () => {
  it('is the only writer of the store: views and embed code dispatch intents to it', () => {
    expect(files).toContain('embed/createInstance.tsx');
    const writers = files.filter((file) => write.test(readFileSync(`${src}${file}`, 'utf8')));
    expect(writers).toEqual([]);
    expect(write.test(readFileSync(`${src}state/createController.ts`, 'utf8'))).toBe(true);
  });
});

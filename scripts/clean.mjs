// Empties a package's `dist` before its build, so that chunks with old hashes never ship with a release.
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });

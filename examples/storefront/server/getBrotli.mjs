import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';

const compress = promisify(brotliCompress);
const cache = new Map();

/**
 * A file's bytes compressed with brotli at the highest quality, made once per version of the file (its `etag`)
 * and kept in memory: the demo compresses on the fly what a production server would precompress at deploy time
 * (`waypost.js.br` beside `waypost.js`, see docs/script-tag.md).
 *
 * @param {string} file absolute path
 * @param {string} etag the file's validator; a new one (a rebuilt file) compresses again
 * @returns {Promise<Buffer>}
 * @example const body = await getBrotli(join(widgetDist, 'waypost.js'), etag)
 */
export function getBrotli(file, etag) {
  const key = `${file}\0${etag}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = readFile(file).then((bytes) =>
      compress(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      }),
    );
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}

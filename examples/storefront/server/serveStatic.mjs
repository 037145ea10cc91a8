import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { getBrotli } from './getBrotli.mjs';

/** The policy every page is served with: nothing inline, nothing from elsewhere but https images. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; img-src 'self' https: data:; style-src 'self'; script-src 'self'; connect-src 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Maps a URL path onto a file under `root`, or `null` when it would leave `root`, names a dotfile or cannot be
 * decoded. `..` segments, encoded ones (`%2e%2e`) and backslashes all stay inside.
 *
 * @param {string} root absolute directory
 * @param {string} pathname the request's path, still percent-encoded
 * @returns {string | null}
 * @example resolveStaticPath('/srv/public', '/../etc/passwd') // null
 */
export function resolveStaticPath(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  if (decoded.split('/').some((segment) => segment.startsWith('.'))) return null;
  const base = resolve(root);
  const file = resolve(base, `.${decoded.endsWith('/') ? `${decoded}index.html` : decoded}`);
  return file.startsWith(base + sep) ? file : null;
}

/**
 * Sends one file with its content type, a validator (`ETag`, answered with 304) and cache rules: pages are never
 * stored (the account page carries tokens) and carry the strict CSP; other files are revalidated on each use, so
 * a rebuilt widget shows up on the next reload. Scripts, stylesheets and JSON are sent brotli-compressed
 * (`Content-Encoding: br`, `Vary: Accept-Encoding`) when the request accepts it.
 *
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string | null} file
 * @param {{ render?: (html: string) => Promise<string> }} [options] rewrites a page before it is sent
 * @returns {Promise<void>}
 * @example await serveStatic(req, res, resolveStaticPath(publicDir, url.pathname))
 */
export async function serveStatic(req, res, file, options = {}) {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed\n');
    return;
  }
  const info = file ? await stat(file).catch(() => null) : null;
  if (!file || !info?.isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }).end('Not found\n');
    return;
  }
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  if (type.startsWith('text/html')) {
    const html = await readFile(file, 'utf8');
    const body = Buffer.from(options.render ? await options.render(html) : html);
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'Referrer-Policy': 'no-referrer',
      'X-Frame-Options': 'DENY',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  const version = `${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}`;
  // Scripts, stylesheets and JSON go out brotli-compressed to a browser that accepts it (every current one over
  // HTTPS and on localhost); `Vary` keeps a shared cache from handing those bytes to one that does not.
  const compressible = /^(text\/javascript|text\/css|application\/json)/.test(type);
  const br = compressible && /\bbr\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const etag = `W/"${version}${br ? '-br' : ''}"`;
  const headers = {
    'Content-Type': type,
    'Cache-Control': 'no-cache',
    ETag: etag,
    ...(compressible ? { Vary: 'Accept-Encoding' } : {}),
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers).end();
    return;
  }
  if (br) {
    const body = await getBrotli(file, etag);
    res.writeHead(200, { ...headers, 'Content-Encoding': 'br', 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  res.writeHead(200, { ...headers, 'Content-Length': info.size });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}

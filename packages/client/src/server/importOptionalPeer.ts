/**
 * Imports an optional peer dependency when it is first needed, at run time, out of bundlers' sight: an app that
 * bundles its server (Next.js, Vite SSR) and never sends an email must build without nodemailer or better-sqlite3
 * installed, so the specifier is a value and the import carries each bundler's "leave this alone" comment.
 *
 * @example const { default: nodemailer } = (await importOptionalPeer('nodemailer')) as typeof import('nodemailer')
 */
export function importOptionalPeer(name: 'better-sqlite3' | 'nodemailer'): Promise<unknown> {
  return import(/* webpackIgnore: true */ /* turbopackIgnore: true */ /* @vite-ignore */ name);
}

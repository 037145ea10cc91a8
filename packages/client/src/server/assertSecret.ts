/** Shortest secret accepted: 32 characters of a random string carry at least 128 bits even in hex. */
const minimumLength = 32;

/**
 * Refuses a missing or short signing secret at start-up, where the mistake is cheap to fix, rather than signing
 * guessable tokens in production.
 *
 * @example assertSecret(process.env.WAYPOST_SECRET)
 */
export function assertSecret(secret: unknown): asserts secret is string {
  if (typeof secret !== 'string' || secret.length < minimumLength) {
    throw new TypeError(
      `[waypost] the token secret must be a string of at least ${minimumLength} characters (for example \`openssl rand -hex 32\`)`,
    );
  }
}

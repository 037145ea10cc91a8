/** A seeded source of random numbers, so ids and reference numbers repeat from one test run to the next. */
export interface DemoRandom {
  /** A float in `[0, 1)`. */
  next(): number;
  /** `length` random decimal digits. */
  digits(length: number): string;
}

/**
 * Creates a small seeded generator (mulberry32): not for secrets, only for demo ids that look real.
 *
 * @example createDemoRandom(42).digits(4) // the same four digits on every run
 */
export function createDemoRandom(seed: number): DemoRandom {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    digits(length) {
      let text = String(1 + Math.floor(next() * 9));
      while (text.length < length) text += String(Math.floor(next() * 10));
      return text.slice(0, length);
    },
  };
}

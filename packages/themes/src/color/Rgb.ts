/** An sRGB colour: channels 0–255 (fractional while computing), alpha 0–1. */
export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly alpha: number;
}

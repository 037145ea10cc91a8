import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { ContrastResult } from '../../contrast/getContrastReport.js';
import { getContrastReport } from '../../contrast/getContrastReport.js';
import { createTheme } from '../createTheme.js';

const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);
const describeFailure = (rows: ContrastResult[]) =>
  rows.map((row) => `${row.foreground} on ${row.background}: ${row.ratio.toFixed(3)}:1 < ${row.min}:1`).join('; ');

describe('createTheme', () => {
  it('yields an AA-compliant theme for 10,000 random accent and surface colours', () => {
    fc.assert(
      fc.property(hex, fc.option(hex, { nil: undefined }), (accent, surface) => {
        const theme = createTheme({ accent, surface });
        for (const scheme of ['light', 'dark'] as const) {
          const failing = getContrastReport(theme[scheme]).filter((row) => !row.passes);
          // A thrown message reaches fast-check's report with the counterexample; expect() per run is too slow.
          if (failing.length > 0) {
            throw new Error(`accent ${accent}, surface ${surface} (${scheme}): ${describeFailure(failing)}`);
          }
        }
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);

  it('stays AA with random text colours and every base preset', () => {
    const base = fc.constantFrom('auto', 'light', 'dark', 'minimal', 'bold', 'soft', 'monochrome' as const);
    fc.assert(
      fc.property(hex, hex, hex, base, (accent, surface, text, preset) => {
        const theme = createTheme({ accent, surface, text, base: preset });
        for (const scheme of ['light', 'dark'] as const) {
          const failing = getContrastReport(theme[scheme]).filter((row) => !row.passes);
          if (failing.length > 0) {
            throw new Error(`${preset}: ${accent} / ${surface} / ${text} (${scheme}): ${describeFailure(failing)}`);
          }
        }
      }),
      { numRuns: 1_000 },
    );
  }, 60_000);
});

import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** A serious or critical axe finding, reduced to what a failure message needs. */
export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Runs axe-core (WCAG 2 A, AA and 2.2 AA rules) on the whole page, shadow roots included (axe walks open
 * roots), and returns the serious and critical findings only.
 *
 * @example expect(await runAxe(page), formatFindings(findings)).toEqual([])
 */
export async function runAxe(page: Page): Promise<AxeFinding[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResults> } })
      .axe;
    interface AxeResults {
      violations: Array<{
        id: string;
        impact?: string | null;
        help: string;
        nodes: Array<{ target: unknown[]; failureSummary?: string }>;
      }>;
    }
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    return results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? '',
        help: violation.help,
        nodes: violation.nodes.map((node) => `${JSON.stringify(node.target)}: ${node.failureSummary ?? ''}`),
      }));
  });
}

/**
 * Prints findings for a failure message, one rule per paragraph with its failing nodes.
 *
 * @example formatFindings(await runAxe(page))
 */
export function formatFindings(findings: AxeFinding[]): string {
  return findings
    .map((finding) => `[${finding.impact}] ${finding.id}: ${finding.help}\n  ${finding.nodes.join('\n  ')}`)
    .join('\n\n');
}

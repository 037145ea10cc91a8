import { attributes } from './renderPage.js';

/** The demo shopper: every seeded order (W1001–W1008) verifies against these. */
export const SHOPPER = { email: 'shopper@example.com', postalCode: '94107' } as const;

/**
 * The script-tag snippet a storefront pastes.
 * @default mode 'defer', src '/waypost.js'
 * @example scriptTag('async')
 */
export function scriptTag(mode: 'defer' | 'async' = 'defer', src = '/waypost.js'): string {
  return `<script src="${src}" ${mode}></script>`;
}

/**
 * A `<waypost-tracker>` with the given attributes.
 * @default id 'w'
 * @example tracker({ endpoint, order: 'W1001', email: SHOPPER.email })
 */
export function tracker(values: Record<string, string | undefined>, id = 'w'): string {
  return `<waypost-tracker id="${id}" ${attributes(values)}></waypost-tracker>`;
}

/**
 * A `[data-waypost]` host with the given `data-*` attributes.
 * @default id 'd'
 * @example dataHost({ endpoint, order: 'W1003', 'postal-code': SHOPPER.postalCode })
 */
export function dataHost(values: Record<string, string | undefined>, id = 'd'): string {
  return `<div id="${id}" data-waypost ${attributes(values, true)}></div>`;
}

import type { Exchange, Return } from '@waypost/client';
import { createContext } from 'preact';

/** A return or exchange of the shown order, opened in its own view. */
export type OpenRecord = { kind: 'return'; value: Return } | { kind: 'exchange'; value: Exchange };

/**
 * Opens a return or exchange of the shown order in its own view (provided by `ResultView`); `null` where there
 * is nothing to navigate (a return looked up on its own), so summary cards show no "View" button.
 */
export const OpenRecordContext = createContext<((record: OpenRecord) => void) | null>(null);

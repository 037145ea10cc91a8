import type { LookupResult } from '@waypost/client';
import { ActionBar } from './ActionBar.js';
import { getActionTarget } from './getActionTarget.js';
import type { OpenRecord } from './OpenRecordContext.js';
import { PromoSlot } from './PromoSlot.js';

/**
 * What follows a shown record once it has painted: the "Need help?" bar (a fresh one for each record it applies
 * to) and the promo slot, both for the record the actions apply to (`getActionTarget`): a return or exchange opened
 * from its order, else the looked-up record. It loads with them (`actions.js`), so the order's views do not carry
 * that choice.
 *
 * @example <RecordActions result={result} opened={null} />
 */
export function RecordActions({ result, opened }: { result: LookupResult; opened: OpenRecord | null }) {
  const target = getActionTarget(result, opened);
  return (
    <>
      <ActionBar key={`${target.kind}:${target.id}`} target={target} />
      <PromoSlot target={target} />
    </>
  );
}

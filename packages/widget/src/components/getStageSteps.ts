import { EXCHANGE_FLOW, type Exchange, RETURN_FLOW, type Return } from '@waypost/client';
import type { MessageKey } from '../i18n/en.js';

/** What a return or exchange stepper shows: the steps' message keys and where the record is. */
export interface StageSteps {
  keys: MessageKey[];
  current: number;
  /** The last step is reached and done (refunded, exchanged, replacement delivered). */
  complete: boolean;
  /** The record stopped in an end state (rejected, cancelled, expired). */
  ended: boolean;
}

/**
 * The stepper of a return (requested → … → inspected → refunded or exchanged) or an exchange (requested → …
 * → replacement delivered). An end state (rejected, cancelled, expired) becomes a two-step list: the request,
 * then where it stopped, so the stepper never claims progress the record did not make.
 *
 * @example getStageSteps('return', value) // { keys: ['return.stage.requested', …], current: 3, … }
 */
export function getStageSteps(kind: 'return', value: Return): StageSteps;
export function getStageSteps(kind: 'exchange', value: Exchange): StageSteps;
export function getStageSteps(kind: 'return' | 'exchange', value: Return | Exchange): StageSteps {
  const { stage } = value;
  const flow: string[] =
    kind === 'exchange'
      ? [...EXCHANGE_FLOW]
      : [
          ...RETURN_FLOW,
          stage === 'exchanged' || (stage !== 'refunded' && (value as Return).exchangeId) ? 'exchanged' : 'refunded',
        ];
  const index = flow.indexOf(stage);
  const key = (name: string) => `${kind}.stage.${name}` as MessageKey;
  if (index < 0) return { keys: [key('requested'), key(stage)], current: 1, complete: false, ended: true };
  return { keys: flow.map(key), current: index, complete: index === flow.length - 1, ended: false };
}

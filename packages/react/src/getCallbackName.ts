import type { WidgetEventName } from '@waypost/widget';

/** `eta-changed` → `EtaChanged`. */
type PascalCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${PascalCase<Tail>}`
  : Capitalize<S>;

/** The prop that receives an event: `onStatus`, `onEtaChanged`. */
export type CallbackName<N extends WidgetEventName> = `on${PascalCase<N>}`;

/**
 * Names the callback prop of a widget event, the way React names DOM event props.
 *
 * @example getCallbackName('eta-changed') // 'onEtaChanged'
 */
export function getCallbackName<N extends WidgetEventName>(name: N): CallbackName<N> {
  return `on${name.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase())}` as CallbackName<N>;
}

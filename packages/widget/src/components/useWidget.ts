import { useContext } from 'preact/hooks';
import { WidgetContext, type WidgetContextValue } from './WidgetContext.js';

/** The instance context plus shortcuts read from its signals (`t`, `locale`, `timeZone`). */
export interface Widget extends WidgetContextValue {
  t: WidgetContextValue['store']['t']['value'];
  locale: string;
  timeZone: string | undefined;
}

/**
 * Reads the widget context inside a component; reading the signals here subscribes the component to locale,
 * messages and time-zone changes.
 *
 * @example const { t, locale } = useWidget()
 */
export function useWidget(): Widget {
  const context = useContext(WidgetContext);
  const { store } = context;
  return { ...context, t: store.t.value, locale: store.locale.value, timeZone: store.options.value.timeZone };
}

import type { LineItem, Order } from '@waypost/client';
import type { MessageKey } from '../i18n/en.js';
import { getIneligibleReason } from './getIneligibleReason.js';
import { formatDate, useWidget } from './shared.js';
import { RETURN_REASONS, type ReturnFormErrors, type ReturnLine } from './validateReturnForm.js';

/** Props of `ReturnItemRow`. */
export interface ReturnItemRowProps {
  id: string;
  item: LineItem;
  /** The order the item belongs to, which says whether an item already sent back went in an exchange. */
  order: Order;
  line: ReturnLine;
  exchange: boolean;
  errors: ReturnFormErrors;
  /** No item is picked yet: the id of that error, which the checkboxes carry. */
  invalid?: string | undefined;
  onChange(patch: Partial<ReturnLine>): void;
}

/**
 * One order line in the return form: a checkbox, then quantity, reason and (for an exchange) the wanted variant,
 * picked from the variants the source offers (`item.exchangeVariants`), never typed; an item without any says it
 * cannot be exchanged. An item that cannot be returned stays listed with the reason (window closed, final sale,
 * already returned or exchanged…), never hidden.
 *
 * @example <ReturnItemRow id="wpr1-li_1" item={item} order={order} line={line} exchange={false} errors={{}} onChange={…} />
 */
export function ReturnItemRow({ id, item, order, line, exchange, errors, invalid, onChange }: ReturnItemRowProps) {
  const { t, locale, timeZone } = useWidget();
  const { returnable } = item;
  const offered = item.exchangeVariants ?? [];
  const title = [item.title, item.variant].filter(Boolean).join(' · ');
  if (returnable?.eligible === false) {
    return (
      <li>
        <p>{title}</p>
        <p class="m">{t(getIneligibleReason(item, order))}</p>
      </li>
    );
  }
  const error = (field: 'reason' | 'variant') => errors[`${item.id}.${field}`];
  const described = (field: 'reason' | 'variant') =>
    error(field) ? { 'aria-invalid': 'true' as const, 'aria-describedby': `${id}-${field}-e` } : {};
  const message = (field: 'reason' | 'variant') =>
    error(field) ? (
      <p id={`${id}-${field}-e`} class="e">
        {t(error(field) as MessageKey)}
      </p>
    ) : null;
  return (
    <li>
      <label class="ck">
        <input
          type="checkbox"
          checked={line.selected}
          aria-invalid={invalid ? 'true' : undefined}
          aria-describedby={invalid}
          onChange={(event) => onChange({ selected: event.currentTarget.checked })}
        />
        <span>{title}</span>
      </label>
      {returnable?.until ? (
        <p class="m">{t('returnFlow.until', { date: formatDate(returnable.until, { locale, timeZone }) })}</p>
      ) : null}
      {line.selected ? (
        <div class="row">
          {item.quantity > 1 ? (
            <div class="f">
              <label for={`${id}-q`}>{t('returnFlow.quantity')}</label>
              <select
                id={`${id}-q`}
                value={String(line.quantity)}
                onChange={(event) => onChange({ quantity: Number(event.currentTarget.value) })}
              >
                {Array.from({ length: item.quantity }, (_, index) => (
                  <option key={index} value={String(index + 1)}>
                    {index + 1}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <div class="f">
            <label for={`${id}-r`}>{t('returnFlow.reason')}</label>
            <select
              id={`${id}-r`}
              value={line.reason}
              {...described('reason')}
              onChange={(event) => onChange({ reason: event.currentTarget.value })}
            >
              <option value="">—</option>
              {RETURN_REASONS.map((reason) => (
                <option key={reason} value={reason}>
                  {t(`returnFlow.reason.${reason}`)}
                </option>
              ))}
            </select>
            {message('reason')}
          </div>
          {exchange && offered.length ? (
            <div class="f">
              <label for={`${id}-v`}>{t('returnFlow.variant')}</label>
              <select
                id={`${id}-v`}
                value={line.variant}
                {...described('variant')}
                onChange={(event) => onChange({ variant: event.currentTarget.value })}
              >
                <option value="">—</option>
                {offered.map((variant) => (
                  <option key={variant} value={variant}>
                    {variant}
                  </option>
                ))}
              </select>
              {message('variant')}
            </div>
          ) : exchange ? (
            <p id={`${id}-variant-e`} class={error('variant') ? 'e' : 'm'}>
              {t('returnFlow.noVariants')}
            </p>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

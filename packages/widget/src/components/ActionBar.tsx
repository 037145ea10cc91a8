import { useRef, useState } from 'preact/hooks';
import type { ActionTarget } from '../features/ActionTarget.js';
import { alertsMark } from '../features/alertsMark.js';
import type { PanelName } from '../features/PanelName.js';
import { FeaturePanel } from './FeaturePanel.js';
import { getContextUrl } from './getContextUrl.js';
import { isSettledRecord } from './isSettledRecord.js';
import { useCapabilities } from './useCapabilities.js';
import { useWidget } from './useWidget.js';

let counter = 0;

/**
 * "Need help?": the self-service entries for the shown record, each a toggle (`aria-expanded`) that opens its
 * flow from the on-demand feature module. What the backend's capabilities do not offer is not shown; without
 * in-widget returns, an order links to the retailer's returns portal with its number (no personal data). Nothing
 * is shown until the capabilities are known, so no entry moves under the shopper's finger as they arrive. The
 * alerts entry of a record this browser already turned alerts on for says so ("Alerts on · email"). A panel closes
 * with its toggle, its own "Cancel" or Escape; the last two give focus back to the toggle, so that it never drops
 * to the page.
 *
 * @example <ActionBar target={getActionTarget(result, null)} />
 */
export function ActionBar({
  target,
  only,
}: {
  target: ActionTarget;
  /** Offer only these entries (the in-context bar beside a parcel's banner). */
  only?: PanelName[];
}) {
  const { t, store, emit } = useWidget();
  const capabilities = useCapabilities();
  const [open, setOpen] = useState<PanelName | null>(null);
  const [id] = useState(() => `wpa${++counter}`);
  // The toggle of the open panel, which takes focus back when the panel closes.
  const toggle = useRef<HTMLButtonElement>();
  const options = store.options.value;
  if (capabilities === undefined) return null;
  // Entries appear only once the capabilities are known; an in-context bar with nothing to offer is not shown.
  const { kind } = target;
  const isOrder = kind === 'order';
  const portal =
    isOrder && !capabilities?.returns ? getContextUrl(target.links.returnsPortal, { order: target.orderNumber }) : null;
  const routed = options.issueRouting && Object.keys(options.issueRouting).length > 0;
  // Read at each render, so that closing the panel after opting in shows the new label too.
  const alertsOn = alertsMark.read(kind, target.id);
  const panels = (
    [
      isOrder && capabilities?.returns && 'return',
      // A record with nothing left to happen (every parcel delivered, nothing open) has nothing to alert about.
      capabilities?.alerts?.channels.length && !isSettledRecord(target.resource) && 'alerts',
      (capabilities?.issues || routed || getContextUrl(target.links.support, {})) && 'issue',
      options.faqs !== false && 'faq',
    ] as const
  ).filter(
    (name): name is Exclude<PanelName, 'promo'> =>
      typeof name === 'string' && (!only || only.includes(name as PanelName)),
  );
  // The order's bar is a region; the one inside a parcel is a group of that parcel, so the page never holds two
  // regions named "Need help?".
  const Bar = only ? 'div' : 'section';
  const close = () => {
    toggle.current?.focus();
    setOpen(null);
  };
  return (
    <Bar
      class="s"
      part={only ? 'actions parcel-actions' : 'actions'}
      role={only ? 'group' : undefined}
      aria-labelledby={`${id}-h`}
      onKeyDown={(event) => {
        // Handled, so that a dialog of the page around the widget stays open: the next Escape is the page's.
        if (event.key === 'Escape' && open && !event.defaultPrevented) {
          event.preventDefault();
          close();
        }
      }}
    >
      <h3 id={`${id}-h`}>{t('actions.title')}</h3>
      <div class="row">
        {panels.map((name) => (
          <button
            key={name}
            type="button"
            class="b b2"
            aria-expanded={open === name}
            aria-controls={`${id}-p`}
            onClick={(event) => {
              toggle.current = event.currentTarget;
              if (open !== name) emit('action', { action: 'open_panel', panel: name, kind, id: target.id });
              setOpen(open === name ? null : name);
            }}
          >
            {t(name === 'alerts' && alertsOn ? `actions.alertsOn.${alertsOn}` : `actions.${name}`)}
          </button>
        ))}
        {portal ? (
          <a
            href={portal}
            target="_blank"
            rel="noopener noreferrer"
            onClick={() => emit('action', { action: 'open_returns_portal', kind, id: target.id })}
          >
            {t('order.returnsPortal')}
            <span class="vh">{` ${t('common.newTab')}`}</span>
          </a>
        ) : null}
      </div>
      <div id={`${id}-p`}>
        {open ? (
          <FeaturePanel
            key={`${open}:${target.id}`}
            name={open}
            target={target}
            capabilities={capabilities ?? null}
            close={close}
            alertsMark={alertsMark}
          />
        ) : null}
      </div>
    </Bar>
  );
}

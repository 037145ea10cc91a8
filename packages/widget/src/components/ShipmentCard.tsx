import type { LineItem, Shipment } from '@waypost/client';
import { useLazy } from '../lazy/useLazy.js';
import { CarrierInfo } from './CarrierInfo.js';
import { EtaDetails } from './EtaDetails.js';
import { ExceptionBanner } from './ExceptionBanner.js';
import { getHeadline } from './getHeadline.js';
import { LineItems } from './LineItems.js';
import { Stepper } from './Stepper.js';
import { Timeline } from './Timeline.js';
import { useWidget } from './useWidget.js';

/** Props of `ShipmentCard`. */
export interface ShipmentCardProps {
  shipment: Shipment;
  /** A label above the headline when an order has several parcels ("Shipment 2 of 3"). */
  label?: string;
  /** The order's items in this parcel. */
  items?: LineItem[];
  /** The items' heading, when not "Items" (items shipped together in several parcels). */
  itemsTitle?: string | undefined;
  supportUrl?: string | undefined;
}

/**
 * One parcel: the plain-words headline, the stepper, what to do about an exception (with alerts and
 * report-a-problem for this parcel right below it), the estimate and why it moved, the carrier, the timeline and
 * the items inside.
 *
 * @example <ShipmentCard shipment={shipment} label="Shipment 1 of 2" />
 */
export function ShipmentCard({ shipment, label, items = [], itemsTitle, supportUrl }: ShipmentCardProps) {
  const { t, locale, timeZone, store } = useWidget();
  const headline = getHeadline(shipment, { t, locale, timeZone, now: store.now.value });
  const showEta = shipment.eta && shipment.status.milestone !== 'delivered';
  // A parcel that is late or stuck offers help right under its banner, where the question arises.
  const actions = useLazy('actions', !!shipment.status.exception);
  return (
    <section class="c" part="shipment">
      <div>
        {label ? <p class="m">{label}</p> : null}
        <h3 class="hl" part="headline">
          {headline}
        </h3>
      </div>
      <Stepper milestone={shipment.status.milestone} direction={shipment.direction} />
      <ExceptionBanner shipment={shipment} supportUrl={supportUrl} />
      {actions && shipment.status.exception ? <actions.ShipmentActions shipment={shipment} /> : null}
      {showEta && shipment.eta ? <EtaDetails eta={shipment.eta} /> : null}
      <CarrierInfo shipment={shipment} />
      <Timeline events={shipment.events} shipmentId={shipment.id} />
      <LineItems items={items} title={itemsTitle} />
    </section>
  );
}

import type { NotificationMilestone } from './NotificationEvent.js';

/** The words of one locale's messages. `{tracking}`, `{carrier}`, `{date}` and `{reason}` are filled in. */
export interface NotificationCatalog {
  subject: Record<NotificationMilestone | 'eta_later' | 'eta_earlier', string>;
  body: Record<NotificationMilestone | 'eta_later' | 'eta_earlier', string>;
  /** Reason texts by `EtaChange.reason.code`; the same words the widget shows. */
  reasons: Record<string, string>;
  unsubscribe: string;
}

// Reason texts match the widget's catalogs (`eta.reason.*`), so the email and the page say the same thing. The
// client cannot import the widget, so these few strings are kept here; pass `template` for other locales or words.
const en: NotificationCatalog = {
  subject: {
    shipped: 'Your parcel is on its way',
    out_for_delivery: 'Your parcel is out for delivery',
    delivered: 'Your parcel was delivered',
    available_for_pickup: 'Your parcel is ready for pickup',
    exception: 'There is a problem with your parcel',
    eta_later: 'Your parcel is delayed',
    eta_earlier: 'Your parcel will arrive sooner',
  },
  body: {
    shipped: 'Your parcel {tracking} with {carrier} is on its way.',
    out_for_delivery: 'Your parcel {tracking} with {carrier} is out for delivery today.',
    delivered: 'Your parcel {tracking} with {carrier} was delivered.',
    available_for_pickup: 'Your parcel {tracking} with {carrier} is waiting for you at the pickup point.',
    exception: 'Your parcel {tracking} with {carrier} needs attention. Check the details to see what to do.',
    eta_later: 'Your parcel {tracking} is now expected {date}. Reason: {reason}.',
    eta_earlier: 'Good news: your parcel {tracking} is now expected {date}.',
  },
  reasons: {
    weather: 'Weather',
    carrier_delay: 'Carrier delay',
    customs: 'Customs',
    address_issue: 'Address issue',
    recalculated: 'The carrier updated the date',
    unknown: 'No reason given',
  },
  unsubscribe: 'Stop these alerts: {url}',
};

const de: NotificationCatalog = {
  subject: {
    shipped: 'Ihr Paket ist unterwegs',
    out_for_delivery: 'Ihr Paket ist in Zustellung',
    delivered: 'Ihr Paket wurde zugestellt',
    available_for_pickup: 'Ihr Paket ist abholbereit',
    exception: 'Es gibt ein Problem mit Ihrem Paket',
    eta_later: 'Ihr Paket verspätet sich',
    eta_earlier: 'Ihr Paket kommt früher',
  },
  body: {
    shipped: 'Ihr Paket {tracking} mit {carrier} ist unterwegs.',
    out_for_delivery: 'Ihr Paket {tracking} mit {carrier} wird heute zugestellt.',
    delivered: 'Ihr Paket {tracking} mit {carrier} wurde zugestellt.',
    available_for_pickup: 'Ihr Paket {tracking} mit {carrier} liegt an der Abholstelle für Sie bereit.',
    exception: 'Ihr Paket {tracking} mit {carrier} braucht Aufmerksamkeit. In den Details steht, was zu tun ist.',
    eta_later: 'Ihr Paket {tracking} wird jetzt {date} erwartet. Grund: {reason}.',
    eta_earlier: 'Gute Nachricht: Ihr Paket {tracking} wird jetzt {date} erwartet.',
  },
  reasons: {
    weather: 'Wetter',
    carrier_delay: 'Verzögerung beim Versanddienstleister',
    customs: 'Zoll',
    address_issue: 'Problem mit der Adresse',
    recalculated: 'Der Versanddienstleister hat das Datum neu berechnet',
    unknown: 'Kein Grund angegeben',
  },
  unsubscribe: 'Diese Benachrichtigungen abbestellen: {url}',
};

const es: NotificationCatalog = {
  subject: {
    shipped: 'Tu paquete está en camino',
    out_for_delivery: 'Tu paquete está en reparto',
    delivered: 'Tu paquete ha sido entregado',
    available_for_pickup: 'Tu paquete está listo para recoger',
    exception: 'Hay un problema con tu paquete',
    eta_later: 'Tu paquete se retrasa',
    eta_earlier: 'Tu paquete llegará antes',
  },
  body: {
    shipped: 'Tu paquete {tracking} con {carrier} está en camino.',
    out_for_delivery: 'Tu paquete {tracking} con {carrier} está en reparto hoy.',
    delivered: 'Tu paquete {tracking} con {carrier} ha sido entregado.',
    available_for_pickup: 'Tu paquete {tracking} con {carrier} te espera en el punto de recogida.',
    exception: 'Tu paquete {tracking} con {carrier} necesita atención. Consulta los detalles para saber qué hacer.',
    eta_later: 'Ahora esperamos tu paquete {tracking} {date}. Motivo: {reason}.',
    eta_earlier: 'Buenas noticias: ahora esperamos tu paquete {tracking} {date}.',
  },
  reasons: {
    weather: 'Mal tiempo',
    carrier_delay: 'Retraso del transportista',
    customs: 'Aduanas',
    address_issue: 'Problema con la dirección',
    recalculated: 'El transportista recalculó la fecha',
    unknown: 'Sin motivo indicado',
  },
  unsubscribe: 'Dejar de recibir estos avisos: {url}',
};

const fr: NotificationCatalog = {
  subject: {
    shipped: 'Votre colis est en route',
    out_for_delivery: 'Votre colis est en cours de livraison',
    delivered: 'Votre colis a été livré',
    available_for_pickup: 'Votre colis est prêt à être retiré',
    exception: 'Un problème concerne votre colis',
    eta_later: 'Votre colis est retardé',
    eta_earlier: 'Votre colis arrivera plus tôt',
  },
  body: {
    shipped: 'Votre colis {tracking} avec {carrier} est en route.',
    out_for_delivery: 'Votre colis {tracking} avec {carrier} est en cours de livraison aujourd’hui.',
    delivered: 'Votre colis {tracking} avec {carrier} a été livré.',
    available_for_pickup: 'Votre colis {tracking} avec {carrier} vous attend au point de retrait.',
    exception:
      'Votre colis {tracking} avec {carrier} demande votre attention. Consultez le détail pour savoir quoi faire.',
    eta_later: 'Votre colis {tracking} est maintenant attendu {date}. Motif : {reason}.',
    eta_earlier: 'Bonne nouvelle : votre colis {tracking} est maintenant attendu {date}.',
  },
  reasons: {
    weather: 'Météo',
    carrier_delay: 'Retard du transporteur',
    customs: 'Douane',
    address_issue: 'Problème d’adresse',
    recalculated: 'Le transporteur a recalculé la date',
    unknown: 'Aucun motif indiqué',
  },
  unsubscribe: 'Ne plus recevoir ces alertes : {url}',
};

/** Built-in message catalogs by language; other locales fall back to English unless a `template` is given. */
export const notificationCatalogs: Readonly<Record<string, NotificationCatalog>> = { en, de, es, fr };

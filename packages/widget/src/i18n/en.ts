/**
 * The English catalog the main bundle carries: the form, states and announcements. The text of the views that
 * load on demand (`enResult`, `enFeatures`) joins it when they load. Keys are grouped by view (`form.*`, `order.*`…).
 * `{name}` is a placeholder; a key ending in `.one`/`.other` (any `Intl.PluralRules` category) is chosen by the
 * `count` parameter. Other catalogs translate these keys; a key they lack falls back to this text.
 */
export const en = {
  'widget.label': 'Order tracking',
  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.newTab': '(opens in a new tab)',
  'common.updated': 'Updated {time}',
  'live.stale': 'Reconnecting… this may be out of date',
  'live.ended': 'Live updates have stopped. Reload the page to see the latest.',
  'common.completed': 'Completed',
  'common.current': 'Current step',
  'common.upcoming': 'Not yet',

  'form.title': 'Track your order',
  'form.intro': 'Enter your order number and the email or postal code from checkout.',
  'form.method': 'Find by',
  'form.orderNumber': 'Order number',
  'form.contact': 'Email or postal code',
  'form.trackingNumber': 'Tracking number',
  'form.carrier': 'Carrier (optional)',
  'form.submit': 'Track',
  'form.orderNumberRequired': 'Enter your order number.',
  'form.contactRequired': 'Enter the email or postal code from checkout.',
  'form.trackingNumberRequired': 'Enter the tracking number.',
  'form.invalidEmail': 'Enter an email address like name@example.com.',
  'form.tooLong.one': 'Use at most {count} character.',
  'form.tooLong.other': 'Use at most {count} characters.',
  'form.invalidCharacters': 'Use only the letters A–Z, digits, spaces and hyphens.',
  'form.invalidField': 'This wasn’t accepted. Check it and try again.',

  'state.loading': 'Looking up your order…',
  'state.notFound': 'We couldn’t find that order. Check the number and try again.',
  'state.trackingNotFound': 'We couldn’t find that tracking number. Check it and try again.',
  'state.verificationFailed': 'Those details don’t match the order. Check the email or postal code.',
  'state.linkExpired': 'This link has expired. Enter your order details to continue.',
  'state.invalid': 'Some of these details weren’t accepted. Check them and try again.',
  'state.rateLimited': 'Too many attempts. Try again {time}.',
  'state.rateLimitedSoon': 'Too many attempts. Try again in a moment.',
  'state.offline': 'You’re offline. We’ll try again when you’re back online.',
  'state.error': 'Something went wrong on our side. Please try again.',
  'state.network': 'We couldn’t connect. Check your connection and try again.',
  'state.timeout': 'The store is taking too long to answer. Please try again.',
  'state.newLookup': 'Track another order',

  'order.title': 'Order {number}',

  'shipment.title': 'Shipment {number}',

  'return.title': 'Return {rma}',

  'exchange.title': 'Exchange',

  'announce.loaded': '{title}: {headline}',
  'announce.updated': 'Update: {headline}',
};

/**
 * English text of the result views (`result.js`, or the npm build's result chunk): order, shipment, timeline,
 * ETA, carrier, return and exchange wording. It ships with those views rather than in the main bundle and joins
 * `en` when they load (before any of them renders); other catalogs translate these keys like any other.
 */
export const enResult = {
  'order.placed': 'Placed {date}',
  'order.total': 'Total {amount}',
  'order.greeting': 'Hi {name},',
  'order.deliveredOf': '{done} of {count} delivered',
  'order.needAction.one': '{count} needs your action',
  'order.needAction.other': '{count} need your action',
  'order.shipmentOf': 'Shipment {index} of {count}',
  'order.items': 'Items',
  'order.itemsTogether': 'Items, shipped in several parcels',
  'order.quantity': 'Qty {count}',
  'order.noShipments': 'We’re preparing your order. Tracking shows here once it ships.',
  'order.support': 'Contact support',

  'headline.ordered': 'Order confirmed',
  'headline.processing': 'Preparing your order',
  'headline.label_created': 'Label created — waiting for the carrier',
  'headline.in_transit': 'On its way',
  'headline.out_for_delivery': 'Out for delivery',
  'headline.delivered': 'Delivered',
  'headline.deliveredOn': 'Delivered {date}',
  'headline.arriving': 'Arriving {date}',
  'headline.arrivingRange': 'Arriving {start} – {end}',
  'headline.arrivingToday': 'Arriving today',
  'headline.arrivingTomorrow': 'Arriving tomorrow',
  'headline.arrivingTodayAt': 'Arriving today, {times}',
  'headline.arrivingTomorrowAt': 'Arriving tomorrow, {times}',
  'headline.delayed': 'Delayed — now arriving {date}',
  'headline.late': 'Running late — expected {date}',
  'headline.attention': 'Needs your attention',
  'headline.pickup': 'Ready for pickup',

  'milestone.ordered': 'Ordered',
  'milestone.shipped': 'Shipped',
  'milestone.label_created': 'Label created',
  'milestone.in_transit': 'In transit',
  'milestone.out_for_delivery': 'Out for delivery',
  'milestone.delivered': 'Delivered',
  'stepper.label': 'Delivery progress',

  'eta.label': 'Estimated delivery',
  'eta.history.one': 'Why the date changed ({count} change)',
  'eta.history.other': 'Why the date changed ({count} changes)',
  'eta.change': 'Was {from}, now {to}',
  'eta.noticed': 'noticed {date}',
  'eta.reason.weather': 'Weather',
  'eta.reason.carrier_delay': 'Carrier delay',
  'eta.reason.customs': 'Customs',
  'eta.reason.address_issue': 'Address issue',
  'eta.reason.recalculated': 'The carrier updated the date',
  'eta.reason.unknown': 'No reason given',
  'eta.none': 'not set',

  'exception.actionRequired': 'Action needed',
  'exception.delayed': 'Your parcel is delayed.',
  'exception.delayedBy': 'Delayed: {reason}',
  'exception.delayed.action': 'No action needed: the date follows the carrier’s updates.',
  'exception.attempt_failed': 'The carrier tried to deliver but couldn’t.',
  'exception.attempt_failed.action': 'Check the carrier’s notice to rearrange delivery.',
  'exception.available_for_pickup': 'Your parcel is waiting for you.',
  'exception.available_for_pickup.action': 'Bring ID to collect it before it’s sent back.',
  'exception.exception': 'There’s a problem with this delivery.',
  'exception.exception.action': 'Contact the carrier or our support team to sort it out.',
  'exception.returned_to_sender': 'This parcel is on its way back to us.',
  'exception.returned_to_sender.action': 'Contact support for a refund or a new delivery.',
  'exception.lost': 'The carrier has lost track of this parcel.',
  'exception.lost.action': 'Contact support: we’ll send a replacement or a refund.',
  'exception.cancelled': 'This shipment was cancelled.',
  'exception.cancelled.action': 'Contact support if you didn’t expect this.',
  'exception.expired': 'Tracking for this parcel stopped updating.',
  'exception.expired.action': 'Contact support if it hasn’t arrived.',
  'exception.unknown': 'The carrier reported an issue.',
  'exception.unknown.action': 'Check the carrier’s page for details.',
  'exception.pickupAt': 'Pick up at {name}',
  'exception.contactSupport': 'Contact support',

  'timeline.title': 'Tracking history',
  'timeline.empty': 'No tracking updates yet.',
  'timeline.showAll.one': 'Show {count} update',
  'timeline.showAll.other': 'Show all {count} updates',
  'timeline.showLess': 'Show fewer updates',

  'carrier.label': 'Carrier',
  'carrier.track': 'Track on the {carrier} website',
  'carrier.trackingNumber': 'Tracking number',
  'carrier.copy': 'Copy',
  'carrier.copyLabel': 'Copy tracking number {number}',
  'carrier.copied': 'Tracking number copied',
  'carrier.copiedShort': 'Copied',
  'carrier.copyFailed': 'Couldn’t copy. Select the number to copy it.',

  'return.stage.requested': 'Return requested',
  'return.stage.approved': 'Return approved',
  'return.stage.label_created': 'Return label ready',
  'return.stage.in_transit': 'On its way back',
  'return.stage.received': 'Return received',
  'return.stage.inspected': 'Return inspected',
  'return.stage.refunded': 'Refund issued',
  'return.stage.exchanged': 'Exchanged',
  'return.stage.rejected': 'Return rejected',
  'return.stage.cancelled': 'Return cancelled',
  'return.stage.expired': 'Return expired',
  'return.refund.pending': 'Refund of {amount} pending',
  'return.refund.issued': 'Refund of {amount} issued',
  'return.refund.failed': 'Refund of {amount} failed',
  'return.dropOffBy': 'Drop off by {date}',
  'return.label': 'Print return label',

  'exchange.stage.requested': 'Exchange requested',
  'exchange.stage.return_in_transit': 'Your return is on its way back',
  'exchange.stage.return_received': 'Return received',
  'exchange.stage.replacement_processing': 'Preparing your replacement',
  'exchange.stage.replacement_shipped': 'Replacement shipped',
  'exchange.stage.replacement_delivered': 'Replacement delivered',
  'exchange.stage.cancelled': 'Exchange cancelled',
  'exchange.stage.rejected': 'Exchange rejected',

  'return.view': 'View return',

  'exchange.view': 'View exchange',

  'record.back': 'Back to order {number}',
};

/**
 * English text of the "Need help?" bar (`actions.js`, or the npm build's actions chunk), which joins `en` when the
 * bar loads: its entries, which also title the panels they open (`features.js` loads only from the bar), and an
 * alerts entry this browser already turned on, with its channel.
 */
export const enActions = {
  'order.returnsPortal': 'Start a return',
  'actions.title': 'Need help?',
  'actions.return': 'Start a return',
  'actions.alerts': 'Get delivery alerts',
  'actions.issue': 'Report a problem',
  'actions.faq': 'Questions and answers',
  'actions.loadFailed': 'This part couldn’t load. Check your connection and try again.',
  'actions.alertsOn.email': 'Alerts on · email',
  'actions.alertsOn.sms': 'Alerts on · text message',
};

/**
 * English text of the return and exchange views (`records.js`, or the npm build's records chunk) beyond what their
 * summaries in the order view already say, which joins `en` when those views load.
 */
export const enRecords = {
  'return.progress': 'Return progress',
  'return.parcel': 'Your parcel on its way back',
  'return.items': 'Items in this return',
  'return.reason': 'Reason: {reason}',
  'return.qr': 'Show drop-off QR code',
  'return.daysLeft.one': '{count} day left',
  'return.daysLeft.other': '{count} days left',
  'return.lastDay': 'Last day today',
  'return.deadlinePassed': 'Deadline passed',
  'return.method.original_payment': 'to your original payment method',
  'return.method.store_credit': 'as store credit',
  'return.method.gift_card': 'as a gift card',
  'return.method.exchange': 'covered by your exchange',
  'return.method.other': 'as agreed with the store',
  'exchange.progress': 'Exchange progress',
  'exchange.headline.received': 'We have your return: your replacement is next',
  'exchange.headline.shipped': 'Your replacement is on its way',
  'exchange.headline.delivered': 'Your replacement has arrived',
  'exchange.returnLeg': 'What you’re sending back',
  'exchange.replacementLeg': 'Your replacement',
  'exchange.notShipped': 'It ships once we receive your return.',
};

/**
 * English text of the order list (`orders.js`, or the npm build's orders chunk), which joins `en` when the list
 * loads; other catalogs translate these keys like any other.
 */
export const enOrders = {
  'orders.label': 'Your orders',
  'orders.back': 'Back to your orders',
  'orders.failed': 'This order couldn’t load. Open it to try again.',
  'orders.delayed': 'Delayed',
  'orders.expired': 'This order’s link has expired. Reload the page to see it.',
};

/**
 * English text of the feature module (the action flows, FAQs and promo cards). It ships inside `features.js`
 * (or the npm build's feature chunk) rather than the main bundle, and joins `en` when that module loads; other
 * catalogs translate these keys like any other.
 */
export const enFeatures = {
  'actions.cancel': 'Cancel',
  'actions.expired': 'Your session has expired. Look up your order again to continue.',
  'actions.invalid': 'Some details weren’t accepted. Check them and try again.',
  'actions.unavailable': 'This isn’t available here right now.',
  'actions.failed': 'That didn’t work. Please try again.',
  'actions.unreachable': 'We couldn’t reach the store. Check your connection and try again.',
  'actions.close': 'Close',

  'returnFlow.items': 'Which items?',
  'returnFlow.quantity': 'Quantity',
  'returnFlow.reason': 'Reason',
  'returnFlow.reason.too_small': 'Too small',
  'returnFlow.reason.too_large': 'Too large',
  'returnFlow.reason.not_as_described': 'Not as described',
  'returnFlow.reason.damaged': 'Damaged or faulty',
  'returnFlow.reason.changed_mind': 'Changed my mind',
  'returnFlow.reason.other': 'Other reason',
  'returnFlow.until': 'Return by {date}',
  'returnFlow.ineligible.window_closed': 'The return window has closed.',
  'returnFlow.ineligible.final_sale': 'Final sale: this item can’t be returned.',
  'returnFlow.ineligible.already_returned': 'Already returned.',
  'returnFlow.ineligible.already_exchanged': 'Already exchanged.',
  'returnFlow.ineligible.not_delivered': 'You can return this once it’s delivered.',
  'returnFlow.ineligible.other': 'This item can’t be returned here.',
  'returnFlow.resolution': 'What would you like?',
  'returnFlow.resolution.refund': 'A refund',
  'returnFlow.resolution.exchange': 'An exchange',
  'returnFlow.resolution.store_credit': 'Store credit',
  'returnFlow.variant': 'Size or colour you want instead',
  'returnFlow.review': 'Review',
  'returnFlow.edit': 'Change',
  'returnFlow.confirm': 'Confirm return',
  'returnFlow.pickItem': 'Choose at least one item.',
  'returnFlow.pickReason': 'Choose a reason.',
  'returnFlow.pickVariant': 'Choose the size or colour you want.',
  'returnFlow.noVariants': 'This item can’t be exchanged for another size or colour.',
  'returnFlow.exchangeFor': 'Exchange for {variant}',
  'returnFlow.confirmExchange': 'Confirm exchange',
  'returnFlow.doneExchange': 'Exchange {rma} started.',
  'returnFlow.noneEligible': 'None of these items can be returned here.',
  'returnFlow.ineligibleNow': 'One of these items can no longer be returned.',
  'returnFlow.done': 'Return {rma} started.',

  'alerts.channel': 'Send alerts by',
  'alerts.email': 'Email',
  'alerts.sms': 'Text message',
  'alerts.emailLabel': 'Email address',
  'alerts.phoneLabel': 'Mobile number, with country code',
  'alerts.milestones': 'Which updates?',
  'alerts.all': 'Every update',
  'alerts.key': 'Only out for delivery, delays and problems',
  'alerts.consent.email': 'Email me updates about this order. I can unsubscribe at any time.',
  'alerts.consent.sms': 'Text me updates about this order. Message and data rates may apply. Reply STOP to cancel.',
  'alerts.submit': 'Turn on alerts',
  'alerts.invalidPhone': 'Enter a mobile number with its country code, like +14155550100.',
  'alerts.consentRequired': 'Tick the box to agree to alerts.',
  'alerts.done': 'Alerts are on.',
  'alerts.already': 'Alerts are already on for this order ({channel}).',
  'alerts.change': 'Use another address',
  'alerts.changeNumber': 'Use another number',

  'issue.type': 'What’s wrong?',
  'issue.type.not_received': 'Marked delivered, but it’s not here',
  'issue.type.damaged': 'It arrived damaged',
  'issue.type.wrong_item': 'I got the wrong item',
  'issue.type.missing_item': 'An item is missing',
  'issue.type.late': 'It’s running late',
  'issue.type.other': 'Something else',
  'issue.message': 'Tell us more (optional)',
  'issue.submit': 'Send report',
  'issue.continue': 'Continue',
  'issue.link': 'Continue on our help page',
  'issue.pickType': 'Choose what’s wrong.',
  'issue.done': 'Thanks, we’re on it.',
  'issue.reference': 'Your reference: {reference}',
  'issue.parcel': 'Which parcel?',
  'issue.pickParcel': 'Choose a parcel.',

  'faq.delivered_missing.q': 'It says delivered, but it’s not here. What now?',
  'faq.delivered_missing.a':
    'Check your mailbox, porch and neighbours: carriers sometimes scan a parcel as delivered a little early. If it hasn’t turned up within 48 hours, report a problem and we’ll help.',
  'faq.exception.q': 'What does “exception” mean?',
  'faq.exception.a':
    'The carrier hit a snag, like a damaged label, a wrong address or a missed delivery. Most resolve within a day or two; the message above says if you need to do anything.',
  'faq.delayed.q': 'Why is my parcel late?',
  'faq.delayed.a':
    'Weather, volume and missed connections can hold a parcel up. It’s still on its way: the date above follows the carrier’s latest estimate.',
  'faq.stuck.q': 'Tracking hasn’t updated for days. Is it lost?',
  'faq.stuck.a':
    'Parcels are not scanned at every stop, so quiet days are normal in transit. If nothing changes for 5 working days, report a problem.',
  'faq.refund_timing.q': 'When will my refund arrive?',
  'faq.refund_timing.a':
    'We issue refunds once your return is received and inspected. Your bank may take 3–10 working days to show it.',
  'faq.return_send.q': 'How do I send my return?',
  'faq.return_send.a':
    'Pack the items, attach the return label (or show the QR code at the drop-off point) and drop it off before the deadline.',
  'faq.exchange_timing.q': 'When will my replacement ship?',
  'faq.exchange_timing.a': 'We send your replacement as soon as your return reaches us; you can follow both here.',

  'promo.title': 'You might also like',
};

/** Every message key. */
export type MessageKey =
  | keyof typeof en
  | keyof typeof enResult
  | keyof typeof enFeatures
  | keyof typeof enActions
  | keyof typeof enRecords
  | keyof typeof enOrders;

/** A key whose text depends on a count: `t('timeline.showAll', { count })` picks `.one`, `.other`, `.few`… */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;

/**
 * A catalog: any subset of the English keys (missing ones fall back to English), plus the extra plural forms a
 * language needs (`timeline.showAll.few`).
 */
export type Messages = { [K in MessageKey]?: string } & { [key: string]: string | undefined };

/** The seeded orders of `demoSource()` and what each shows; the CLI hints and the account page list them. */
export const demoOrders = [
  { number: 'W1001', title: 'In transit, on time: a new scan every few minutes' },
  { number: 'W1002', title: 'Delayed: the delivery date moved twice, each with a reason' },
  { number: 'W1003', title: 'Delivered' },
  { number: 'W1004', title: 'Three parcels: delivered, out for delivery, an address problem needing action' },
  { number: 'W1005', title: 'Return on its way back, refund pending' },
  { number: 'W1006', title: 'Exchange: return received, replacement shipped' },
  { number: 'W1007', title: 'Waiting at a pickup point' },
  { number: 'W1008', title: 'Just placed, label created; picked up a few minutes later' },
];

/** Every seeded order belongs to this shopper. */
export const demoContact = { email: 'shopper@example.com', postalCode: '94107' };

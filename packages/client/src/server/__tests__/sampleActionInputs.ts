import type { AlertSubscriptionInput, StartReturnInput } from '../../model/Actions.js';

// Test helper (not a test): the action inputs the end-to-end tests send for the test source's W1001 (`ord_1`).
export const sampleActionInputs: { startReturn: StartReturnInput; subscribeAlerts: AlertSubscriptionInput } = {
  startReturn: {
    orderId: 'ord_1',
    items: [{ itemId: 'li_1', quantity: 1, reason: 'too_small' }],
    resolution: 'refund',
  },
  subscribeAlerts: {
    kind: 'order',
    id: 'ord_1',
    channel: 'email',
    address: 'shopper@example.com',
    milestones: 'key',
    consentText: 'Email me',
  },
};

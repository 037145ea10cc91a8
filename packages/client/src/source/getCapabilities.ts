import type { Capabilities } from '../model/Capabilities.js';
import type { Source } from './Source.js';

/**
 * Derives what a source supports from the methods it has.
 *
 * @example getCapabilities(demoSource()).push // true
 */
export function getCapabilities(source: Source): Capabilities {
  const features = source.features ?? {};
  return {
    protocol: 1,
    lookup: {
      email: !!source.findOrder,
      postalCode: !!source.findOrder,
      trackingNumber: !!source.findShipment,
    },
    push: !!source.subscribe,
    alerts: source.subscribeAlerts ? { channels: features.alertChannels ?? ['email'] } : null,
    issues: !!source.reportIssue,
    returns: source.startReturn
      ? { exchanges: features.exchanges ?? true, storeCredit: features.storeCredit ?? true }
      : null,
  };
}

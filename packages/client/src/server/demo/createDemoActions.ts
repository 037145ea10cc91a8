import { InvalidRequestError } from '../../errors/InvalidRequestError.js';
import {
  type AlertSubscription,
  type AlertSubscriptionInput,
  ISSUE_TYPES,
  type IssueReceipt,
  type IssueReportInput,
  type StartReturnInput,
} from '../../model/Actions.js';
import { ALERT_CHANNELS } from '../../model/AlertChannel.js';
import type { Resource } from '../../model/LookupResult.js';
import type { Order } from '../../model/Order.js';
import { isE164Phone } from '../../protocol/isE164Phone.js';
import { isEmailAddress } from '../../protocol/isEmailAddress.js';
import { buildStartedReturn, type StartedReturn } from './buildStartedReturn.js';
import type { DemoClock } from './createDemoClock.js';
import type { DemoRandom } from './createDemoRandom.js';

/** The demo's memory of what shoppers did during this run. */
export interface DemoActions {
  /** Adds the returns and exchanges started so far to a freshly built order. */
  apply(order: Order, clock: DemoClock): Order;
  startReturn(order: Order, input: StartReturnInput, clock: DemoClock): Resource;
  subscribeAlerts(input: AlertSubscriptionInput, clock: DemoClock): AlertSubscription;
  reportIssue(input: IssueReportInput, clock: DemoClock): IssueReceipt;
}

function refuse(field: string, message: string): never {
  throw new InvalidRequestError(`[waypost] demo: ${field} ${message}`, { fields: [{ field, message }] });
}

function checkReturn(order: Order, input: StartReturnInput): void {
  if (!Array.isArray(input.items) || input.items.length === 0) refuse('items', 'must name at least one item');
  input.items.forEach((line, index) => {
    const item = order.items.find((candidate) => candidate.id === line.itemId);
    if (!item) refuse(`items.${index}.itemId`, 'is not an item of this order');
    if (item.returnable && !item.returnable.eligible) {
      refuse(`items.${index}.itemId`, `cannot be returned (${item.returnable.reason ?? 'other'})`);
    }
    if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > item.quantity) {
      refuse(`items.${index}.quantity`, `must be between 1 and ${item.quantity}`);
    }
  });
  if (!(input.resolution in { refund: 1, exchange: 1, store_credit: 1 })) refuse('resolution', 'is not supported');
}

/**
 * Creates the in-memory store behind the demo's actions. Nothing leaves the process: alerts are not sent and
 * issues reach no one, but every answer has the shape a real backend gives.
 *
 * @example const actions = createDemoActions(createDemoRandom(1), 'http://localhost:4321')
 */
export function createDemoActions(random: DemoRandom, storeUrl: string): DemoActions {
  const started: Array<StartedReturn & { orderId: string }> = [];
  const alerts: AlertSubscription[] = [];
  const references = new Set<string>();
  const issues: Array<IssueReceipt & { input: IssueReportInput }> = [];
  return {
    apply(order, clock) {
      const mine = started.filter((entry) => entry.orderId === order.id);
      if (mine.length === 0) return order;
      const next = { ...order, returns: [...order.returns], exchanges: [...order.exchanges] };
      for (const entry of mine) {
        const built = buildStartedReturn(clock, storeUrl, order, entry);
        if (built.kind === 'return') next.returns.push(built.value);
        else next.exchanges.push(built.value);
      }
      const taken = new Set(mine.flatMap((entry) => entry.input.items.map((line) => line.itemId)));
      next.items = order.items.map((item) =>
        taken.has(item.id) ? { ...item, returnable: { eligible: false, reason: 'already_returned' } } : item,
      );
      return next;
    },
    startReturn(order, input, clock) {
      checkReturn(order, input);
      const id = random.digits(6);
      const entry = {
        id: `ret_${id}`,
        rma: `RMA-${random.digits(5)}`,
        trackingNumber: `9202${random.digits(18)}`,
        createdAt: clock.now,
        input: JSON.parse(JSON.stringify(input)),
        orderId: order.id,
        ...(input.resolution === 'exchange' ? { exchangeId: `exc_${id}` } : {}),
      };
      started.push(entry);
      const built = buildStartedReturn(clock, storeUrl, order, entry);
      return built.kind === 'return'
        ? { kind: 'return', return: built.value }
        : { kind: 'exchange', exchange: built.value };
    },
    subscribeAlerts(input, clock) {
      if (input.channel === 'email' && !isEmailAddress(input.address ?? ''))
        refuse('address', 'must be an email address');
      if (input.channel === 'sms' && !isE164Phone(input.address ?? ''))
        refuse('address', 'must be a phone number in E.164');
      if (!ALERT_CHANNELS.includes(input.channel)) refuse('channel', `must be ${ALERT_CHANNELS.join(' or ')}`);
      if (!input.consentText?.trim()) refuse('consentText', 'must quote the consent the shopper accepted');
      const subscription: AlertSubscription = {
        id: `alr_${random.digits(8)}`,
        channel: input.channel,
        milestones: input.milestones === 'all' ? 'all' : 'key',
        createdAt: clock.instant(clock.now),
      };
      alerts.push(subscription);
      return subscription;
    },
    reportIssue(input, clock) {
      if (!ISSUE_TYPES.includes(input.type)) refuse('type', `must be one of ${ISSUE_TYPES.join(', ')}`);
      if (input.message !== undefined && input.message.length > 2000)
        refuse('message', 'must be 2000 characters or fewer');
      let reference = `WP-${random.digits(4)}`;
      while (references.has(reference)) reference = `WP-${random.digits(references.size > 5000 ? 6 : 4)}`;
      references.add(reference);
      const receipt: IssueReceipt = { reference, createdAt: clock.instant(clock.now) };
      issues.push({ ...receipt, input: JSON.parse(JSON.stringify(input)) });
      return receipt;
    },
  };
}

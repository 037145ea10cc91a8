import type { IssueType } from '../../model/Actions.js';
import type { Source } from '../../source/Source.js';
import type { IssueDestination } from './IssueDestination.js';

/** Options of `createIssueRouter`. */
export interface IssueRouterOptions {
  /**
   * The destination of each issue type; types left out go to `fallback`.
   * @example { damaged: zendesk, wrong_item: zendesk, not_received: webhook }
   */
  routes: Partial<Record<IssueType, IssueDestination>>;
  /**
   * Where every other type goes. Without it, a type with no route is refused with a `TypeError` at start-up.
   * @example createEmailIssueDestination({ transport, from, to: 'support@shop.example' })
   */
  fallback?: IssueDestination;
  /**
   * The clock, in milliseconds.
   * @default Date.now
   */
  now?: () => number;
}

const allTypes: IssueType[] = ['not_received', 'damaged', 'wrong_item', 'missing_item', 'late', 'other'];

/**
 * An issues backend for `composeSources({ issues })`: each report goes to the destination configured for its type,
 * and the shopper's receipt carries that destination's reference (the helpdesk's ticket number). A destination that
 * fails throws its `DeliveryError` after its own retries, so the shopper sees an error instead of a false receipt.
 *
 * @example
 * const issues = createIssueRouter({ routes: { damaged: zendesk, wrong_item: zendesk }, fallback: supportEmail })
 */
export function createIssueRouter(options: IssueRouterOptions): Required<Pick<Source, 'reportIssue'>> {
  const missing = allTypes.filter((type) => !options.routes?.[type]);
  if (!options.fallback && missing.length > 0) {
    throw new TypeError(
      `[waypost] createIssueRouter has no destination for ${missing.join(', ')}; add routes or a fallback`,
    );
  }
  const now = options.now ?? Date.now;
  return {
    async reportIssue(input, context) {
      const destination = (options.routes[input.type] ?? options.fallback) as IssueDestination;
      const reportedAt = now();
      const { reference } = await destination.deliver(
        {
          input,
          reportedAt,
          ...(context.resource ? { resource: context.resource } : {}),
          ...(context.locale ? { locale: context.locale } : {}),
          ...(context.requester ? { requester: context.requester } : {}),
        },
        context.signal ? { signal: context.signal } : {},
      );
      const createdAt = new Date(reportedAt).toISOString();
      return { reference, createdAt: { kind: 'instant', utc: createdAt, raw: createdAt } };
    },
  };
}

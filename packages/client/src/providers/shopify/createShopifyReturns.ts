import { InvalidRequestError } from '../../errors/InvalidRequestError.js';
import type { Return } from '../../model/Return.js';
import type { ReturnStage } from '../../model/ReturnStage.js';
import type { Source } from '../../source/Source.js';
import { toReturnItems } from '../../source/toReturnItems.js';
import { createProviderFetch } from '../shared/createProviderFetch.js';
import { createShopifyGraphql } from './createShopifyGraphql.js';
import { getShopifyLegacyId } from './getShopifyLegacyId.js';
import { getShopifyNodes } from './getShopifyNodes.js';
import { mapShopifyReturnReason } from './mapShopifyReturnReason.js';
import {
  pickShopifyReturnReasonDefinition,
  type ShopifyReturnReasonDefinition,
} from './pickShopifyReturnReasonDefinition.js';
import { shopifyReturnMutations } from './shopifyReturnMutations.js';

/** Options of `createShopifyReturns`. */
export interface ShopifyReturnsOptions {
  /** The shop's subdomain (`waypost-demo`) or `*.myshopify.com` host. */
  shop: string;
  /** Admin API access token with `write_returns` and `read_orders` (and `write_orders` for `returnRequest`). */
  accessToken: string;
  /**
   * Admin API version.
   * @default '2026-01'
   */
  apiVersion?: string;
  /**
   * `request` files a return request for staff to approve (`returnRequest`, status `REQUESTED`); `create` opens the
   * return at once (`returnCreate`, status `OPEN`) for stores that approve every eligible return.
   * @default 'request'
   */
  mode?: 'request' | 'create';
  /**
   * For `create`: whether Shopify emails the customer about the new return.
   * @default true
   */
  notifyCustomer?: boolean;
  /**
   * From API 2026-01 Shopify takes a return reason as `returnReasonDefinitionId` (the `returnReason` enum is
   * deprecated): the reason library is read once per process and each reason the widget offers is matched to a
   * handle (`damaged` → `defective`, …), or to `other`. Name the handle for a reason here to choose it yourself.
   * @default {}
   * @example { too_small: 'size-too-small', changed_mind: 'unwanted' }
   */
  reasonHandles?: Record<string, string>;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
}

const stages: Record<string, ReturnStage> = { REQUESTED: 'requested', OPEN: 'approved', DECLINED: 'rejected' };

/**
 * A returns backend for `composeSources({ returns })` that files returns in Shopify through the Admin GraphQL API.
 * Eligibility is Shopify's: the `returnableFulfillments` query says which fulfilled line items, and how many of each,
 * can still come back; asking for more is an `InvalidRequestError` naming the item. Items are matched on the
 * order's line item ids (as `createShopifySource` gives them); reasons go as `returnReasonDefinitionId` from the
 * shop's reason library (API 2026-01 on), or as the `ReturnReason` enum on older versions or when none fits. Refunds
 * and exchanges stay in Shopify admin, so only refunds are offered.
 *
 * @example composeSources({ orders: createShopifySource(shopify), returns: createShopifyReturns(shopify) })
 */
export function createShopifyReturns(
  options: ShopifyReturnsOptions,
): Required<Pick<Source, 'startReturn'>> & Pick<Source, 'features'> {
  if (!options?.shop || !options.accessToken) {
    throw new TypeError('[waypost] createShopifyReturns needs a `shop` and an `accessToken`');
  }
  const host = options.shop.includes('.') ? options.shop : `${options.shop}.myshopify.com`;
  const graphql = createShopifyGraphql(
    createProviderFetch({
      provider: 'Shopify',
      baseUrl: `https://${host}/admin/api/${options.apiVersion ?? '2026-01'}`,
      headers: { 'x-shopify-access-token': options.accessToken },
      ...(options.fetch ? { fetch: options.fetch } : {}),
    }),
  );
  const mode = options.mode ?? 'request';
  const apiVersion = options.apiVersion ?? '2026-01';
  // Older API versions have no reason library; the enum is all they take.
  const useDefinitions = apiVersion >= '2026-01';
  let library: Promise<ShopifyReturnReasonDefinition[]> | undefined;
  const readLibrary = (signal?: AbortSignal) => {
    if (!library) {
      library = graphql(shopifyReturnMutations.reasons, {}, signal).then((data) =>
        getShopifyNodes(data.at('returnReasonDefinitions')).map((node) => ({
          id: node.at('id').string(),
          handle: node.at('handle').string(),
          deleted: node.at('deleted').optionalBoolean() ?? false,
        })),
      );
      // A failed read is tried again by the next return, not remembered.
      library.catch(() => {
        library = undefined;
      });
    }
    return library;
  };
  return {
    features: { exchanges: false, storeCredit: false },
    async startReturn(input, context) {
      const orderId = `gid://shopify/Order/${getShopifyLegacyId(input.orderId)}`;
      const [eligible, definitions] = await Promise.all([
        graphql(shopifyReturnMutations.returnable, { orderId }, context.signal),
        useDefinitions ? readLibrary(context.signal) : [],
      ]);
      const reasonOf = (reason: string) => {
        const id = pickShopifyReturnReasonDefinition(reason, definitions, options.reasonHandles);
        return id ? { returnReasonDefinitionId: id } : { returnReason: mapShopifyReturnReason(reason) };
      };
      // Line item id → fulfillment line items that can still come back, with how many each.
      const available = new Map<string, Array<{ id: string; quantity: number }>>();
      for (const fulfillment of getShopifyNodes(eligible.at('returnableFulfillments'))) {
        for (const node of getShopifyNodes(fulfillment.at('returnableFulfillmentLineItems'))) {
          const lineItem = getShopifyLegacyId(node.at('fulfillmentLineItem').at('lineItem').at('id').string());
          const entries = available.get(lineItem) ?? [];
          entries.push({
            id: node.at('fulfillmentLineItem').at('id').string(),
            quantity: node.at('quantity').optionalNumber() ?? 0,
          });
          available.set(lineItem, entries);
        }
      }
      const lines = input.items.flatMap((item, index) => {
        let wanted = item.quantity;
        const picked: Array<{ id: string; quantity: number }> = [];
        for (const entry of available.get(getShopifyLegacyId(item.itemId)) ?? []) {
          const take = Math.min(wanted, entry.quantity);
          if (take > 0) picked.push({ id: entry.id, quantity: take });
          entry.quantity -= take;
          wanted -= take;
        }
        if (wanted > 0) {
          throw new InvalidRequestError(`Shopify says item ${item.itemId} cannot be returned in that quantity`, {
            fields: [
              { field: `items.${index}.quantity`, message: `At most ${item.quantity - wanted} can be returned` },
            ],
          });
        }
        const note = item.comment?.slice(0, 255);
        return picked.map((entry) => ({
          fulfillmentLineItemId: entry.id,
          quantity: entry.quantity,
          ...reasonOf(item.reason),
          ...(note ? (mode === 'request' ? { customerNote: note } : { returnReasonNote: note }) : {}),
        }));
      });
      const data =
        mode === 'request'
          ? (
              await graphql(
                shopifyReturnMutations.returnRequest,
                { input: { orderId, returnLineItems: lines } },
                context.signal,
              )
            ).at('returnRequest')
          : (
              await graphql(
                shopifyReturnMutations.returnCreate,
                { returnInput: { orderId, returnLineItems: lines, notifyCustomer: options.notifyCustomer ?? true } },
                context.signal,
              )
            ).at('returnCreate');
      const userErrors = data.at('userErrors').optionalArray();
      if (userErrors.length > 0) {
        const fields = userErrors.map((error) => ({
          field: error
            .at('field')
            .optionalArray()
            .map((part) => part.optionalString() ?? '')
            .join('.'),
          message: error.at('message').optionalString() ?? 'Refused by Shopify',
        }));
        throw new InvalidRequestError(`Shopify refused the return: ${fields[0]?.message}`, { fields });
      }
      const created = data.at('return');
      const order = context.resource?.kind === 'order' ? context.resource.order : undefined;
      const now = new Date().toISOString();
      const record: Return = {
        id: getShopifyLegacyId(created.at('id').string()),
        rma: created.at('name').optionalString() ?? getShopifyLegacyId(created.at('id').string()),
        orderId: input.orderId,
        ...(order ? { orderNumber: order.number } : {}),
        stage: stages[created.at('status').optionalString() ?? ''] ?? 'requested',
        items: toReturnItems(order, input.items),
        shipment: null,
        refund: null,
        createdAt: { kind: 'instant', utc: now, raw: now },
      };
      return { kind: 'return', return: record };
    },
  };
}

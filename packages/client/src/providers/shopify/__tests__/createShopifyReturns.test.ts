import { readFileSync } from 'node:fs';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isInvalidRequestError } from '../../../errors/InvalidRequestError.js';
import { providerFixturesAvailable, providerFixturesUrl } from '../../shared/__tests__/listProviderFixtures.js';
import { createShopifyReturns } from '../createShopifyReturns.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const endpoint = 'https://waypost-demo.myshopify.com/admin/api/2026-01/graphql.json';
type GraphqlBody = { query: string; variables: Record<string, unknown> };

// Written by hand in the shape of Shopify's documented examples (order 625362839, fulfillment line item 820022594).
const returnable = {
  data: {
    returnableFulfillments: {
      edges: [
        {
          node: {
            id: 'gid://shopify/ReturnableFulfillment/821307532',
            returnableFulfillmentLineItems: {
              edges: [
                {
                  node: {
                    quantity: 1,
                    fulfillmentLineItem: {
                      id: 'gid://shopify/FulfillmentLineItem/820022594',
                      lineItem: { id: 'gid://shopify/LineItem/466157049' },
                    },
                  },
                },
              ],
            },
          },
        },
      ],
    },
  },
};

// The shop's return reason library; empty unless a test fills it (then no definition fits and the enum is sent).
let library: Array<{ id: string; handle: string; deleted: boolean }> = [];
let libraryReads = 0;
afterEach(() => {
  library = [];
  libraryReads = 0;
});

// Records the eligibility query and the mutation; the library read is counted apart, as it runs once per process.
function serve(mutation: (body: GraphqlBody) => unknown, endpointUrl = endpoint): GraphqlBody[] {
  const calls: GraphqlBody[] = [];
  server.use(
    http.post(endpointUrl, async ({ request }) => {
      const body = (await request.json()) as GraphqlBody;
      if (body.query.includes('returnReasonDefinitions')) {
        libraryReads += 1;
        return HttpResponse.json({ data: { returnReasonDefinitions: { nodes: library } } });
      }
      calls.push(body);
      return HttpResponse.json(
        (body.query.includes('returnableFulfillments') ? returnable : mutation(body)) as Record<string, never>,
      );
    }),
  );
  return calls;
}

const input = {
  orderId: '625362839',
  items: [{ itemId: '466157049', quantity: 1, reason: 'wrong_item', comment: 'Sorry, I ordered the wrong item.' }],
  resolution: 'refund' as const,
};

describe('createShopifyReturns', () => {
  it('requests a return with the documented returnRequest variables', async () => {
    const calls = serve(() => ({
      data: {
        returnRequest: {
          return: { id: 'gid://shopify/Return/945000954', name: '#1001-R1', status: 'REQUESTED' },
          userErrors: [],
        },
      },
    }));
    const returns = createShopifyReturns({ shop: 'waypost-demo', accessToken: 'shpat_test' });
    const resource = await returns.startReturn(input, {});
    expect(calls[0]!.variables).toEqual({ orderId: 'gid://shopify/Order/625362839' });
    expect(calls[1]!.query).toContain('returnRequest(input: $input)');
    expect(calls[1]!.variables).toEqual({
      input: {
        orderId: 'gid://shopify/Order/625362839',
        returnLineItems: [
          {
            fulfillmentLineItemId: 'gid://shopify/FulfillmentLineItem/820022594',
            quantity: 1,
            returnReason: 'WRONG_ITEM',
            customerNote: 'Sorry, I ordered the wrong item.',
          },
        ],
      },
    });
    expect(resource).toMatchObject({
      kind: 'return',
      return: { id: '945000954', rma: '#1001-R1', stage: 'requested' },
    });
  });

  it('opens the return at once with returnCreate in create mode', async () => {
    const calls = serve(() => ({
      data: {
        returnCreate: {
          return: { id: 'gid://shopify/Return/945000955', name: '#1001-R2', status: 'OPEN' },
          userErrors: [],
        },
      },
    }));
    const returns = createShopifyReturns({
      shop: 'waypost-demo',
      accessToken: 'shpat_test',
      mode: 'create',
      notifyCustomer: false,
    });
    const resource = await returns.startReturn(input, {});
    expect(calls[1]!.query).toContain('returnCreate(returnInput: $returnInput)');
    expect(calls[1]!.variables).toEqual({
      returnInput: {
        orderId: 'gid://shopify/Order/625362839',
        notifyCustomer: false,
        returnLineItems: [
          {
            fulfillmentLineItemId: 'gid://shopify/FulfillmentLineItem/820022594',
            quantity: 1,
            returnReason: 'WRONG_ITEM',
            returnReasonNote: 'Sorry, I ordered the wrong item.',
          },
        ],
      },
    });
    expect(resource).toMatchObject({ return: { stage: 'approved' } });
  });

  it('refuses more than Shopify says is returnable, before any mutation', async () => {
    const calls = serve(() => {
      throw new Error('no mutation expected');
    });
    const returns = createShopifyReturns({ shop: 'waypost-demo', accessToken: 'shpat_test' });
    const error = await returns
      .startReturn({ ...input, items: [{ ...input.items[0]!, quantity: 2 }] }, {})
      .catch((caught: unknown) => caught);
    expect(isInvalidRequestError(error)).toBe(true);
    expect(error).toMatchObject({ fields: [{ field: 'items.0.quantity', message: 'At most 1 can be returned' }] });
    expect(calls).toHaveLength(1);
  });

  it('turns Shopify’s userErrors into an InvalidRequestError naming the field', async () => {
    serve(() => ({
      data: {
        returnRequest: {
          return: null,
          userErrors: [
            {
              field: ['input', 'returnLineItems', '0', 'quantity'],
              message: 'Quantity is not available for return.',
              code: 'INVALID',
            },
          ],
        },
      },
    }));
    const returns = createShopifyReturns({ shop: 'waypost-demo', accessToken: 'shpat_test' });
    const error = await returns.startReturn(input, {}).catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      name: 'InvalidRequestError',
      fields: [{ field: 'input.returnLineItems.0.quantity', message: 'Quantity is not available for return.' }],
    });
  });

  describe.skipIf(!providerFixturesAvailable)('with the return reason library (API 2026-01)', () => {
    // The definition Shopify's documented example returns, read from the shared fixtures.
    const documented = () =>
      (
        JSON.parse(
          readFileSync(new URL('shopify/graphql_doc_return_reason_definition.json', providerFixturesUrl), 'utf8'),
        ) as {
          return: {
            returnLineItems: {
              edges: Array<{ node: { returnReasonDefinition: { id: string; handle: string; deleted: boolean } } }>;
            };
          };
        }
      ).return.returnLineItems.edges[0]!.node.returnReasonDefinition;
    const requested = () => ({
      data: {
        returnRequest: {
          return: { id: 'gid://shopify/Return/945000954', name: '#1001-R1', status: 'REQUESTED' },
          userErrors: [],
        },
      },
    });
    const lineOf = (calls: GraphqlBody[]) =>
      (calls[1]!.variables as { input: { returnLineItems: Array<Record<string, unknown>> } }).input.returnLineItems[0];

    it('sends returnReasonDefinitionId instead of the deprecated enum, read from the library once', async () => {
      const { id, handle, deleted } = documented();
      library = [
        { id: 'gid://shopify/ReturnReasonDefinition/1', handle: 'other', deleted: false },
        { id, handle, deleted },
      ];
      const calls = serve(requested);
      const returns = createShopifyReturns({ shop: 'waypost-demo', accessToken: 'shpat_test' });
      const damaged = { ...input, items: [{ ...input.items[0]!, reason: 'damaged' }] };
      await returns.startReturn(damaged, {});
      expect(lineOf(calls)).toEqual({
        fulfillmentLineItemId: 'gid://shopify/FulfillmentLineItem/820022594',
        quantity: 1,
        returnReasonDefinitionId: 'gid://shopify/ReturnReasonDefinition/305697940',
        customerNote: 'Sorry, I ordered the wrong item.',
      });
      calls.length = 0;
      await returns.startReturn(input, {});
      // wrong_item has no handle in this library: the library's `other`.
      expect(lineOf(calls)).toMatchObject({ returnReasonDefinitionId: 'gid://shopify/ReturnReasonDefinition/1' });
      expect(lineOf(calls)).not.toHaveProperty('returnReason');
      expect(libraryReads).toBe(1);
    });

    it('uses the handle the retailer names, and never a deleted definition', async () => {
      library = [
        { id: 'gid://shopify/ReturnReasonDefinition/7', handle: 'wrong-item', deleted: true },
        { id: 'gid://shopify/ReturnReasonDefinition/8', handle: 'received-incorrect-product', deleted: false },
      ];
      const calls = serve(requested);
      const returns = createShopifyReturns({
        shop: 'waypost-demo',
        accessToken: 'shpat_test',
        reasonHandles: { wrong_item: 'received-incorrect-product' },
      });
      await returns.startReturn(input, {});
      expect(lineOf(calls)).toMatchObject({ returnReasonDefinitionId: 'gid://shopify/ReturnReasonDefinition/8' });
    });

    it('keeps the enum on API versions before the library, without reading it', async () => {
      library = [{ ...documented() }];
      const calls = serve(requested, 'https://waypost-demo.myshopify.com/admin/api/2025-10/graphql.json');
      const returns = createShopifyReturns({ shop: 'waypost-demo', accessToken: 'shpat_test', apiVersion: '2025-10' });
      await returns.startReturn({ ...input, items: [{ ...input.items[0]!, reason: 'damaged' }] }, {});
      expect(lineOf(calls)).toMatchObject({ returnReason: 'DEFECTIVE' });
      expect(libraryReads).toBe(0);
    });
  });
});

import type { LineItem } from '../../model/LineItem.js';

interface DemoProduct {
  title: string;
  sku: string;
  price: number;
  image: string;
  /** The variants in stock, which an order line of another variant can be exchanged for. */
  variants?: string[];
}

const runnerSizes = ['US 9', 'US 9.5', 'US 10', 'US 10.5'];

/** Northwind Outfitters' catalogue, as far as the demo orders need it. Images are served by the storefront. */
export const demoProducts = {
  trailRunner: {
    title: 'Alder Trail Runner',
    sku: 'NW-ATR',
    price: 129,
    image: 'trail-runner.svg',
    variants: ['Navy', 'Moss'].flatMap((colour) => runnerSizes.map((size) => `${colour} / ${size}`)),
  },
  hikingSocks: {
    title: 'Merino Hiking Socks, 2-pack',
    sku: 'NW-MHS',
    price: 24,
    image: 'hiking-socks.svg',
    variants: ['S', 'M', 'L', 'XL'],
  },
  daypack: {
    title: 'Summit 28 L Daypack',
    sku: 'NW-S28',
    price: 89,
    image: 'daypack.svg',
    variants: ['Slate', 'Moss'],
  },
  bottle: {
    title: 'Insulated Bottle 750 ml',
    sku: 'NW-IB7',
    price: 32,
    image: 'bottle.svg',
    variants: ['Glacier', 'Sage', 'Ember'],
  },
  beanie: {
    title: 'Merino Rib Beanie',
    sku: 'NW-MRB',
    price: 28,
    image: 'beanie.svg',
    variants: ['Charcoal', 'Oat', 'Ember'],
  },
  fleece: {
    title: 'Ridge Fleece Jacket',
    sku: 'NW-RFJ',
    price: 98,
    image: 'fleece.svg',
    variants: ['Navy / S', 'Navy / M', 'Navy / L'],
  },
  mug: { title: 'Enamel Camp Mug', sku: 'NW-ECM', price: 16, image: 'camp-mug.svg', variants: ['Ember', 'Slate'] },
  poles: { title: 'Carbon Trekking Poles', sku: 'NW-CTP', price: 119, image: 'trekking-poles.svg' },
  rainShell: {
    title: 'Cascade Rain Shell',
    sku: 'NW-CRS',
    price: 149,
    image: 'rain-shell.svg',
    variants: ['Ember Red / M', 'Ember Red / L', 'Slate / L'],
  },
  tent: { title: 'Lumen 2 Tent', sku: 'NW-L2T', price: 249, image: 'tent.svg', variants: ['Fern', 'Sand'] },
  headlamp: { title: 'Beacon 300 Headlamp', sku: 'NW-B30', price: 39, image: 'headlamp.svg' },
} satisfies Record<string, DemoProduct>;

/** A product of the demo catalogue. */
export type DemoProductKey = keyof typeof demoProducts;

/**
 * Builds an order line of the demo catalogue, its image on the storefront at `storeUrl`; a line of a product
 * with variants can be exchanged for any other variant in stock.
 *
 * @example getDemoItem('beanie', { id: 'li_1003_1', variant: 'Charcoal', storeUrl: 'http://localhost:4321' })
 */
export function getDemoItem(
  key: DemoProductKey,
  options: { id: string; storeUrl: string; variant?: string; quantity?: number; returnable?: LineItem['returnable'] },
): LineItem {
  const product: DemoProduct = demoProducts[key];
  const item: LineItem = {
    id: options.id,
    title: product.title,
    sku: options.variant
      ? `${product.sku}-${options.variant.replace(/[^A-Za-z0-9]+/g, '').toUpperCase()}`
      : product.sku,
    quantity: options.quantity ?? 1,
    imageUrl: `${options.storeUrl}/images/${product.image}`,
    price: { amount: product.price, currency: 'USD' },
  };
  if (options.variant) item.variant = options.variant;
  const others = product.variants?.filter((variant) => variant !== options.variant);
  if (options.variant && others?.length) item.exchangeVariants = others;
  if (options.returnable) item.returnable = options.returnable;
  return item;
}

// The Waypost protocol as a Next.js route handler: createHandler takes a Request and returns a Response.
import { createHandler, demoSource } from '@waypost/client/server';

const handler = createHandler({
  source: demoSource({ storeUrl: process.env.WAYPOST_STORE_URL }),
  secret: process.env.WAYPOST_SECRET,
  basePath: '/api/waypost',
});

export const dynamic = 'force-dynamic';
export const GET = handler;
export const POST = handler;

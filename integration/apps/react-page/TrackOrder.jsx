// The page the React apps share: Vite + React renders it in the browser; the Next.js app (built by Turbopack and
// by webpack) renders it as a server component, prerendered. No 'use client' here: @waypost/react's file and
// loadMessages.js carry their own, so the server passes both to the browser, where the page hydrates. The Spanish
// catalog comes through `loadMessages`, the snippet of docs/widget.md.
import { WaypostTracker } from '@waypost/react';
import { loadMessages } from './loadMessages.js';

export function TrackOrder() {
  return (
    <main>
      <h1>Track your order</h1>
      <WaypostTracker
        id="w"
        endpoint="/api/waypost"
        order="W1001"
        email="shopper@example.com"
        theme="soft"
        locale="es"
        loadMessages={loadMessages}
      />
    </main>
  );
}

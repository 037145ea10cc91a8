// Prerendered at build time (a static page). This is a server component: it renders @waypost/react's
// <WaypostTracker> directly, which works because the package's file starts with 'use client'. The server writes
// the empty container; the browser hydrates it and mounts the widget.
import { WaypostTracker } from '@waypost/react';

export default function Page() {
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
      />
    </main>
  );
}

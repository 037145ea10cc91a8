'use client';
import { useEffect } from 'react';

export function Tracker() {
  // The element entry touches `customElements`: import it in the browser only, after hydration.
  useEffect(() => {
    import('@waypost/widget/element');
  }, []);
  return (
    <waypost-tracker
      id="w"
      endpoint="/api/waypost"
      order="W1001"
      email="shopper@example.com"
      theme="soft"
      locale="es"
    />
  );
}

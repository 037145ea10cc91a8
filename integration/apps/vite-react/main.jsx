// React 19 renders the custom element and sets its options; the widget's Preact stays inside its shadow root.
import '@waypost/widget/element';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('app')).render(
  <main>
    <h1>Track your order</h1>
    <waypost-tracker
      id="w"
      endpoint="/api/waypost"
      order="W1001"
      email="shopper@example.com"
      theme="soft"
      locale="es"
    />
  </main>,
);

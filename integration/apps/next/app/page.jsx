// Prerendered at build time (a static page): the server renders the empty <waypost-tracker>, the browser
// hydrates it and the client component registers the element.
import { Tracker } from './Tracker.jsx';

export default function Page() {
  return (
    <main>
      <h1>Track your order</h1>
      <Tracker />
    </main>
  );
}

// Demo helpers for track.html: the buttons beside the tracker fill in a lookup. The tracker re-reads its
// attributes on every change, so setting them is all it takes.
const DEMO_EMAIL = 'shopper@example.com';

document.addEventListener('click', (event) => {
  const button =
    event.target instanceof Element ? event.target.closest('button[data-order], button[data-tracking-number]') : null;
  const tracker = document.getElementById('tracker');
  if (!button || !tracker) return;
  for (const name of ['token', 'order', 'email', 'postal-code', 'tracking-number', 'carrier'])
    tracker.removeAttribute(name);
  if (button.dataset.order) {
    tracker.setAttribute('order', button.dataset.order);
    tracker.setAttribute('email', DEMO_EMAIL);
  } else if (button.dataset.trackingNumber) {
    tracker.setAttribute('tracking-number', button.dataset.trackingNumber);
  }
  tracker.scrollIntoView({ behavior: 'smooth', block: 'start' });
});

import { describe, expect, it } from 'vitest';
import { saveShot } from '../harness/saveShot.js';
import { useBrowser } from '../harness/useBrowser.js';
import { openOrder } from './openOrder.js';

describe("tracking events in the shopper's language", () => {
  const session = useBrowser();

  it("word each event whose status is known in the shopper's language and keep the carrier's text beneath", async () => {
    const { host } = await openOrder(session, 'W1002', { attributes: { locale: 'de' } });
    const timeline = host.locator('[part~="timeline"]');
    await host.getByRole('button', { name: /Alle \d+ Statusmeldungen anzeigen/ }).click();
    const lines = await timeline.locator('[part~="event"]').evaluateAll((events) =>
      events.map((event) => {
        const [first, second] = [...event.querySelectorAll('p')].map((line) => line.textContent);
        return event.querySelector('[part~="event-detail"]') ? `${first} / ${second}` : first;
      }),
    );
    expect(lines).toContain('Unterwegs / Picked up');
    expect(lines).toContain('Etikett erstellt / Shipment information sent to FedEx');
    expect(lines).toContain(
      'Ihr Paket verspätet sich. / Delay: severe weather at the Memphis hub is holding departures',
    );
    // A scan the carrier sent without a status stays in the carrier's words, with no made-up translation.
    expect(lines).toContain('Departed FedEx location');
    await saveShot(timeline, 'event-wording');
  });
});

import type { Location } from '../../model/Location.js';

/** A scan location with the IANA zone its clocks read in. */
export interface DemoPlace {
  location: Location;
  zone: string;
}

// City and region only: a parcel's timeline must not reveal the shopper's postal code, which verifies lookups.
const place = (city: string, region: string, zone: string, country = 'US'): DemoPlace => ({
  location: { city, region, country },
  zone,
});

const pacific = 'America/Los_Angeles';

/** Every place the demo parcels pass through, on real carrier routes to a shopper in San Francisco. */
export const demoPlaces = {
  sparks: place('Sparks', 'NV', pacific),
  reno: place('Reno', 'NV', pacific),
  sacramento: place('Sacramento', 'CA', pacific),
  westSacramento: place('West Sacramento', 'CA', pacific),
  oakland: place('Oakland', 'CA', pacific),
  richmond: place('Richmond', 'CA', pacific),
  sanFrancisco: place('San Francisco', 'CA', pacific),
  columbus: place('Columbus', 'OH', 'America/New_York'),
  memphis: place('Memphis', 'TN', 'America/Chicago'),
  vancouver: place('Vancouver', 'BC', 'America/Vancouver', 'CA'),
  cincinnati: place('Hebron', 'KY', 'America/New_York'),
  saltLakeCity: place('Salt Lake City', 'UT', 'America/Denver'),
} satisfies Record<string, DemoPlace>;

/** Where the shopper lives, and the zone the demo's delivery dates are written in. */
export const shopperZone = pacific;

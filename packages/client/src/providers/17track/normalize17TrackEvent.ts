import type { Location } from '../../model/Location.js';
import type { TrackingEvent } from '../../model/TrackingEvent.js';
import { decodeEntities } from '../shared/decodeEntities.js';
import { getCountryCode } from '../shared/getCountryCode.js';
import { getText } from '../shared/getText.js';
import { normalizeLocationText } from '../shared/normalizeLocationText.js';
import type { PathReader } from '../shared/readPath.js';
import { get17TrackTime } from './get17TrackTime.js';
import { map17TrackKeyStage } from './map17TrackKeyStage.js';
import { map17TrackStatus } from './map17TrackStatus.js';

function getLocation(event: PathReader): Location | undefined {
  const address = event.at('address');
  // Many carriers fill only the free-text `location`; it completes the parts when they have no city.
  return normalizeLocationText(getText(event.at('location')), {
    city: getText(address.at('city')),
    region: getText(address.at('state')),
    country: getCountryCode(address.at('country').optionalString()),
    postalCode: address.at('postal_code').optionalString(),
  });
}

/**
 * Maps one event of `track_info.tracking.providers[].events[]`: time (see `get17TrackTime`), the translated
 * description when 17TRACK sent one, the address, and the event's `stage` / `sub_status` on the model's axes.
 *
 * @example normalize17TrackEvent(readPath(event, '17TRACK', 'track_info.tracking.providers.0.events.0'))
 */
export function normalize17TrackEvent(event: PathReader): TrackingEvent {
  event.object();
  const translated = event.at('description_translation').at('description').optionalString();
  const description = translated ?? event.at('description').optionalString() ?? '';
  const stage = event.at('stage').optionalString();
  const subStatus = event.at('sub_status').optionalString();
  const fromSubStatus = subStatus ? map17TrackStatus(subStatus.split('_')[0] ?? subStatus, subStatus) : undefined;
  const milestone = map17TrackKeyStage(stage) ?? fromSubStatus?.milestone ?? undefined;
  const exception = fromSubStatus?.exception === 'unknown' ? undefined : (fromSubStatus?.exception ?? undefined);
  const location = getLocation(event);
  const code = subStatus ?? stage;
  return {
    time: get17TrackTime(event),
    ...(milestone ? { milestone } : {}),
    ...(exception ? { exception } : {}),
    description: decodeEntities(description),
    ...(location ? { location } : {}),
    ...(code ? { code } : {}),
  };
}

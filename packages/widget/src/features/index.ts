// The feature module: flows shoppers rarely open, kept out of the main bundle. The script tag loads it as
// `features.js` on first use (running on the main bundle's published runtime); npm builds get it as a
// code-split chunk.
import { enFeatures } from '../i18n/en.js';
import { AlertOptIn } from './AlertOptIn.js';
import { FaqList } from './FaqList.js';
import type { FeatureModule } from './FeatureModule.js';
import { PromoCards } from './PromoCards.js';
import { ReportIssue } from './ReportIssue.js';
import { StartReturnFlow } from './StartReturnFlow.js';

/** Each panel by the name the main bundle asks for. */
export const panels: FeatureModule['panels'] = {
  return: StartReturnFlow,
  alerts: AlertOptIn,
  issue: ReportIssue,
  faq: FaqList,
  promo: PromoCards,
};

/** The English text of these panels (the main bundle carries only its own). */
export const messages: FeatureModule['messages'] = enFeatures;

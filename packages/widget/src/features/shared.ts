// What the feature module takes from the main bundle. In the script-tag build `features.js` resolves this file to
// the runtime the main bundle publishes (see `publishRuntime`), so the widget's context, helpers and Preact exist
// once; in npm builds it is an ordinary shared chunk. Feature files import widget code only through here.
export {
  ISSUE_TYPES,
  isHttpUrl,
  isInvalidRequestError,
  isNetworkError,
  isRateLimitError,
  isUnsupportedError,
  isVerificationError,
} from '@waypost/client';
export { formatDate } from '../components/formatDate.js';
export { getContextUrl } from '../components/getContextUrl.js';
export { Icon } from '../components/Icon.js';
export { OpenRecordContext } from '../components/OpenRecordContext.js';
export { useWidget } from '../components/useWidget.js';
export { formatMoney } from '../i18n/formatMoney.js';

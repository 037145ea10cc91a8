// What the on-demand modules (`features.js`, `result.js`, `actions.js`, `records.js`, `orders.js`) take from the main bundle.
// In the script-tag build they resolve this file, Preact's modules and any main-bundle module to the runtime the
// main bundle publishes (see `publishRuntime`), so the widget's context, helpers and Preact exist once; there each
// name travels under a short key the build gives it (`shortRuntimeKeys` in the widget's rollup config), so this
// file holds only `export { … } from` lists. In npm builds it is an ordinary shared chunk. Listing names rather
// than whole namespaces keeps the rest of Preact tree-shaken.
export { batch, computed, signal } from '@preact/signals';
export {
  EXCHANGE_FLOW,
  getEtaSummary,
  isEmailAddress,
  isHttpUrl,
  isInvalidRequestError,
  isNetworkError,
  isOpenRecord,
  isRateLimitError,
  isTimeoutError,
  isUnsupportedError,
  isVerificationError,
  RETURN_FLOW,
  RETURN_STAGES,
} from '@waypost/client';
export { Component, createContext, Fragment } from 'preact';
export { useContext, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
export { jsx, jsxs } from 'preact/jsx-runtime';
export { formatDate } from '../components/formatDate.js';
export { getContextUrl } from '../components/getContextUrl.js';
export { Icon } from '../components/Icon.js';
export { OpenRecordContext } from '../components/OpenRecordContext.js';
export { StatusPanel } from '../components/StatusPanel.js';
export { useFocusRequest } from '../components/useFocusRequest.js';
export { useWidget } from '../components/useWidget.js';
export { AssetLoadError } from '../embed/AssetLoadError.js';
export { reportError } from '../embed/reportError.js';
export { formatMoney } from '../i18n/formatMoney.js';
export { formatRelative } from '../i18n/formatRelative.js';
export { getModuleBase } from '../lazy/getModuleBase.js';
export { loadLazy } from '../lazy/loadLazy.js';
export { loadOnce } from '../lazy/loadOnce.js';
export { useLazy } from '../lazy/useLazy.js';
export { getRecordStatus } from '../state/getRecordStatus.js';
export { getShipments } from '../state/getShipments.js';

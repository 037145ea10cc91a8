/**
 * The on-demand files the widget loads: a locale catalog, a named theme preset, or (`features`) a part of the
 * widget that loads after the first paint: the result views, the action bar, the return and exchange views, the
 * order list or the feature module.
 */
export type AssetKind = 'locale' | 'theme' | 'features';

/** Options of `AssetLoadError`. */
export interface AssetLoadErrorOptions {
  /** The URL that failed, when the file was loaded by URL (script tag, `assetsUrl`). */
  url?: string;
  cause?: unknown;
}

/**
 * An on-demand file could not be loaded. The widget keeps working without it (English, the current theme, an
 * error state with "Try again" where the part would be) and reports it once as `waypost:error` with `code`
 * `locale_unavailable`, `theme_unavailable` or `features_unavailable`: a misconfigured asset host, not something
 * the shopper can fix.
 *
 * @example if (isAssetLoadError(event.detail.error)) console.log(event.detail.error.url)
 */
export class AssetLoadError extends Error {
  override readonly name = 'AssetLoadError' as const;
  readonly code: `${AssetKind}_unavailable`;
  readonly asset: AssetKind;
  /** The locale tag or preset asked for, or the part (`result`, `actions`, `records`, `orders`, `features`, `live`). */
  readonly id: string;
  readonly url?: string;

  constructor(asset: AssetKind, id: string, options: AssetLoadErrorOptions = {}) {
    const from = options.url ? ` from ${options.url}` : '';
    const what = `the "${id}" ${asset === 'locale' ? 'catalog' : asset === 'theme' ? 'theme' : 'module'}`;
    super(`[waypost] could not load ${what}${from}`, { cause: options.cause });
    this.asset = asset;
    this.id = id;
    this.code = `${asset}_unavailable`;
    if (options.url) this.url = options.url;
  }
}

/** True for an `AssetLoadError` from any copy of the widget (checks `name`, not the class). */
export function isAssetLoadError(error: unknown): error is AssetLoadError {
  return error instanceof Error && error.name === 'AssetLoadError';
}

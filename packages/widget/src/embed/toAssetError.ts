import { type AssetKind, AssetLoadError, isAssetLoadError } from './AssetLoadError.js';

/**
 * The `AssetLoadError` for a failed load of `id`: the loader's own when it threw one (it knows the URL), else a
 * new one with the failure as its `cause`.
 *
 * @example loadCatalog(tag, base).catch((error) => reportError(emit, toAssetError('locale', tag, error)))
 */
export function toAssetError(asset: AssetKind, id: string, error: unknown): AssetLoadError {
  return isAssetLoadError(error) ? error : new AssetLoadError(asset, id, { cause: error });
}

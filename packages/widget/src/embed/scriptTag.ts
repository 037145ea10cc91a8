// The script-tag entry (`dist/waypost.js`): one self-contained IIFE with its own Preact and signals. It keeps an
// earlier queue stub's calls and replays them in order, installs `window.Waypost` without clobbering a newer
// copy, registers <waypost-tracker> and mounts every [data-waypost] element, including ones added later.
import { setDefaultAssetsUrl } from '../i18n/assetsUrl.js';
import { BRAND } from './BRAND.js';
import { compareVersions } from './compareVersions.js';
import { createCommandApi, type WaypostCommandApi } from './createCommandApi.js';
import { defineElement } from './defineElement.js';
import { observeDataElements } from './observeDataElements.js';
import { VERSION } from './VERSION.js';

type Global = typeof globalThis & {
  Waypost?: (WaypostCommandApi | ((...args: unknown[]) => void)) & { q?: ArrayLike<unknown>[] };
  [BRAND.registry]?: Record<string, WaypostCommandApi>;
};

try {
  // Captured now: `document.currentScript` is null once this script has finished running.
  const script = document.currentScript as HTMLScriptElement | null;
  if (script?.src) setDefaultAssetsUrl(new URL('./', script.src).href);

  const global = window as unknown as Global;
  const api = createCommandApi(document);
  const registry = global[BRAND.registry] ?? {};
  global[BRAND.registry] = registry;
  registry[VERSION] = api;

  const existing = global.Waypost;
  const existingVersion = (existing as { [BRAND.registry]?: string } | undefined)?.[BRAND.registry];
  const queue = existing && !existingVersion ? Array.from(existing.q ?? []) : [];
  if (!existingVersion || compareVersions(VERSION, existingVersion) > 0) global.Waypost = api;

  defineElement();
  observeDataElements(document);
  for (const call of queue) {
    const [command, ...args] = Array.from(call);
    api(String(command), ...args);
  }
} catch (error) {
  console.error('[waypost] could not start', error);
}

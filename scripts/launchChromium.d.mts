/** The system Chromium: `CHROMIUM_PATH` when set, else `/usr/bin/chromium`. */
export declare const CHROMIUM_PATH: string;

/** Flags for Debian's Chromium on a closed network (no background networking, updates or sync). */
export declare const CHROMIUM_ARGS: readonly string[];

/** What `launchChromium` needs of playwright-core's `chromium` browser type. */
export interface ChromiumBrowserType<Browser, Options> {
  launch(options?: Options): Promise<Browser>;
}

/**
 * Launches Chromium at `CHROMIUM_PATH` with `CHROMIUM_ARGS`; keys in `options` win over those defaults.
 *
 * @example const browser = await launchChromium(chromium);
 */
export declare function launchChromium<Browser, Options extends { executablePath?: string; args?: string[] }>(
  chromium: ChromiumBrowserType<Browser, Options>,
  options?: Options,
): Promise<Browser>;

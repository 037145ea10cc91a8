/** Replaced with `false` by the build; undefined (so development mode) when the sources run directly. */
declare const __DEV__: boolean | undefined;
/** Replaced with the package version by the build. */
declare const __VERSION__: string | undefined;

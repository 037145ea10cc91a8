/** The widget's version, stamped in by the build; `0.0.0-dev` when the sources run directly. */
export const VERSION: string = typeof __VERSION__ === 'undefined' ? '0.0.0-dev' : __VERSION__;

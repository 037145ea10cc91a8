// A chunk of its own in npm builds, so an app pays for the monochrome preset only when a page asks for it by name.
export { monochrome as default } from '@waypost/themes';

// A chunk of its own in npm builds, so an app pays for the minimal preset only when a page asks for it by name.
export { minimal as default } from '@waypost/themes';

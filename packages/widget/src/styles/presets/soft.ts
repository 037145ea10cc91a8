// A chunk of its own in npm builds, so an app pays for the soft preset only when a page asks for it by name.
export { soft as default } from '@waypost/themes';

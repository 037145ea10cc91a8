// A chunk of its own in npm builds, so an app pays for the bold preset only when a page asks for it by name.
export { bold as default } from '@waypost/themes';

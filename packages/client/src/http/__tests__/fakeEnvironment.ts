import type { ClientEnvironment } from '../ClientOptions.js';

/** A controllable stand-in for the page: visibility and online state flipped by the test. */
export function fakeEnvironment() {
  const listeners = new Set<() => void>();
  const state = { visible: true, online: true };
  const environment: ClientEnvironment = {
    isVisible: () => state.visible,
    isOnline: () => state.online,
    onVisibilityChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const setVisible = (visible: boolean) => {
    state.visible = visible;
    for (const listener of listeners) listener();
  };
  return { environment, state, setVisible, listeners };
}

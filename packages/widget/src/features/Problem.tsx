import { Icon } from './shared.js';

/**
 * A flow's error after sending (offline, expired session, refused input…), read out at once (`role="alert"`).
 *
 * @example <Problem text="That didn’t work. Please try again." />
 */
export function Problem({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <div class="bn d" part="banner" role="alert">
      <Icon name="alert" />
      <p>{text}</p>
    </div>
  );
}

/** Icon names, each a few SVG path commands. */
const paths = {
  check: 'M5 12l5 5 9-10',
  alert: 'M12 8v5M12 16.5v.5M10.3 3.9 2.5 18a2 2 0 0 0 1.7 3h15.6a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z',
  info: 'M12 11v6M12 7.5v.5M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20z',
  external: 'M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5',
  copy: 'M9 9h11v11H9zM5 15H4V4h11v1',
} as const;

/** An icon's name. */
export type IconName = keyof typeof paths;

/**
 * A decorative inline SVG built from Preact elements (never markup strings), hidden from assistive technology:
 * the text beside it carries the meaning.
 *
 * @example <Icon name="check" size={14} />
 */
export function Icon({ name, size = 18, flip = false }: { name: IconName; size?: number; flip?: boolean }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      class={flip ? 'flip' : undefined}
    >
      <path d={paths[name]} />
    </svg>
  );
}

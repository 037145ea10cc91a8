// Teaches TypeScript the `<waypost-tracker>` tag in React 19 JSX: the widget's options as props (React 19 sets
// them as properties), plus the usual HTML attributes and a ref to the element.
import type { WaypostTrackerElement, WidgetOptions } from '@waypost/widget';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

type WaypostTrackerProps = Omit<
  DetailedHTMLProps<HTMLAttributes<WaypostTrackerElement>, WaypostTrackerElement>,
  keyof WidgetOptions
> &
  Partial<WidgetOptions>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'waypost-tracker': WaypostTrackerProps;
    }
  }
}

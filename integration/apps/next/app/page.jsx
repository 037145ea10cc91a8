// Prerendered at build time (a static page), from the page the React apps share (TrackOrder.jsx, a server
// component here). The server writes the empty container; the browser hydrates it and mounts the widget.
import { TrackOrder } from '../TrackOrder.jsx';

export default function Page() {
  return <TrackOrder />;
}

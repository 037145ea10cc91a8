// React 19 renders @waypost/react's <WaypostTracker> (in the shared TrackOrder.jsx), which mounts the widget after
// the commit; the widget's Preact stays inside its shadow root.
import { createRoot } from 'react-dom/client';
import { TrackOrder } from './TrackOrder.jsx';

createRoot(document.getElementById('app')).render(<TrackOrder />);

import { createRoot } from 'react-dom/client';
import { TrackOrderPage } from './TrackOrderPage.js';

const app = document.getElementById('app');
if (app) createRoot(app).render(<TrackOrderPage endpoint="/api/waypost" />);

import { createApp } from 'vue';
import TrackOrderPage from './TrackOrderPage.vue';

createApp(TrackOrderPage, { endpoint: '/api/waypost' }).mount('#app');

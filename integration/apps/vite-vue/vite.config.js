import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// No `isCustomElement` setting: @waypost/vue is an ordinary Vue component.
export default defineConfig({ plugins: [vue()] });

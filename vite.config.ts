import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { docsPages } from './scripts/vite-docs.ts';
import { offlineCsp, sampleData } from './scripts/vite-sample-data.ts';

export default defineConfig({
  base: './',
  plugins: [react(), sampleData(), offlineCsp(), docsPages()],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  preview: { port: 5780, strictPort: true, host: '127.0.0.1' },
  server: { port: 5781, strictPort: true, host: '127.0.0.1' },
});

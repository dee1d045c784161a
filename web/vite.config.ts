import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import path from 'node:path';

// `npm run dev` serves the app with hot reload and proxies /graphql to a running `npm start`.
export default defineConfig({
  root: path.resolve(import.meta.dirname),
  plugins: [react()],
  build: { outDir: path.resolve(import.meta.dirname, '../dist/web'), emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/graphql': process.env.SAMKART_API ?? 'http://127.0.0.1:4000' } },
});

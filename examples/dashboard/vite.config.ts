import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Where the billing server listens; scripts/dev.mjs and the e2e tests set it. */
const target = process.env.BILLING_SERVER_URL ?? 'http://127.0.0.1:8787';
// The dashboard talks to one origin; the billing server's routes are proxied through it.
const proxy = Object.fromEntries(
  ['/billing', '/api', '/3ds'].map((path) => [path, { target, changeOrigin: true }]),
);

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), tailwindcss()],
  publicDir: false,
  server: { host: '127.0.0.1', proxy },
  preview: { host: '127.0.0.1', proxy },
  build: { outDir: process.env.DASHBOARD_OUT_DIR ?? 'dist', emptyOutDir: true },
});

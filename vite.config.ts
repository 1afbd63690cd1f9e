import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Shared by Storybook, Vitest and the demo. The library build lives in vite.lib.config.ts.
export default defineConfig({
  plugins: [react(), tailwindcss()],
});

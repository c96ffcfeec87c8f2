import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Built into the Maven module's classes so the backend jar serves the app from /static.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'target/classes/static',
    emptyOutDir: true,
    sourcemap: true,
    // MOJ Frontend still ships old-IE media hacks (`screen\\0`) that the CSS minifier rejects.
    cssMinify: false,
    chunkSizeWarningLimit: 2000,
  },
  css: {
    preprocessorOptions: {
      scss: { loadPaths: [import.meta.dirname], quietDeps: true, silenceDeprecations: ['import', 'global-builtin'] },
    },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
      '/camunda': 'http://localhost:8080',
      // Single sign-on's start and return addresses, when it is configured on the server.
      '/oauth2': 'http://localhost:8080',
      '/login/oauth2': 'http://localhost:8080',
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
    css: false,
  },
});

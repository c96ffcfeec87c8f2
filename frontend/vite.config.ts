import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Built into the Maven module's classes so the backend jar serves the app from /static.
// GOV.UK and MOJ Frontend's stylesheets point at their images under one assets path (app.scss); this
// resolves each image from its own package, so the build bundles it rather than leaving a dead link.
const frontendImages = [
  { find: /^\/govuk-assets\/images\/(govuk-.*)$/, replacement: 'govuk-frontend/dist/govuk/assets/images/$1' },
  { find: /^\/govuk-assets\/images\/(.*)$/, replacement: '@ministryofjustice/frontend/moj/assets/images/$1' },
];

export default defineConfig({
  plugins: [react()],
  resolve: { alias: frontendImages },
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
    // A loaded build machine (two cores shared with the back end's tests) can take more than Vitest's 5 s default
    // for a page test that types and submits; a real hang still fails.
    testTimeout: 30_000,
  },
});

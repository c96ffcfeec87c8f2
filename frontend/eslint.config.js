import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';
import prettier from 'eslint-config-prettier';

/**
 * The front end's layers, by folder. Features are independent of one another: a feature uses shared
 * code and its own folder only, and the app is the one place that wires features together (routes,
 * navigation, the task form registry). Shared code never reaches up into a feature or the app.
 */
const elements = [
  { type: 'app', pattern: 'src/app' },
  { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
  // Shared: GOV.UK components, the typed API calls more than one feature makes, and plain helpers.
  { type: 'components', pattern: 'src/components' },
  { type: 'api', pattern: 'src/api' },
  { type: 'lib', pattern: 'src/lib' },
  { type: 'styles', pattern: 'src/styles' },
].map((element) => ({ ...element, partialMatch: false }));

/** The files that start the app and the tests: they belong to no layer. */
const entryFiles = [{ category: 'entry', pattern: ['src/main.tsx', 'src/test-setup.ts'] }];

const shared = ['components', 'api', 'lib'];
const allow = (from, to) => ({
  from: { element: { type: from } },
  allow: { to: { element: { types: { anyOf: to } } } },
});

export default tseslint.config(
  { ignores: ['target', 'node_modules', 'dist', 'coverage'] },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, boundaries },
    settings: {
      'boundaries/elements': elements,
      'boundaries/files': entryFiles,
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
    },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'boundaries/no-unknown-files': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            {
              from: { file: { categories: 'entry' } },
              allow: { to: { element: { types: { anyOf: ['app', 'styles'] } } } },
            },
            allow('app', ['app', 'feature', ...shared]),
            allow('feature', shared),
            // A feature's own folder, and no other feature's.
            {
              from: { element: { type: 'feature' } },
              allow: {
                to: { element: { type: 'feature', captured: { feature: '{{ from.element.captured.feature }}' } } },
              },
            },
            allow('components', ['components', 'lib', 'api']),
            allow('api', ['api', 'lib']),
            allow('lib', ['lib', 'api']),
          ],
        },
      ],
    },
  },
  {
    files: ['e2e/**/*.mjs'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  // Formatting is Prettier's alone: switch off the rules that would argue with it.
  prettier,
);

// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'storybook-static/**',
      '**/custom-elements.json',
      'packages/components/src/version.ts',
      '.tmp/**',
      'reports/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['packages/*/src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/*/src/**/*.ts'],
    ...wc.configs['flat/best-practice'],
    settings: { wc: { elementBaseClasses: ['LitElement', 'PolisElement', 'PolisFormControl'] } },
  },
  {
    files: ['packages/*/src/**/*.ts'],
    rules: {
      // Polis elements register through a static define(), which the rule cannot see.
      'wc/tag-name-matches-class': 'off',
      // Every Polis element extends LitElement, which always implements the lifecycle callbacks.
      'wc/guard-super-call': 'off',
      // Templates never take HTML strings from anyone (strict CSP, Trusted Types).
      'lit/no-template-bind': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs,ts}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests and stories reach into shadow roots on purpose.
    files: ['**/*.test.ts', '**/*.stories.ts', '**/test/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);

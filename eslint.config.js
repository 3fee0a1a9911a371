// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Lint rules (npm run lint, part of npm test); formatting is Prettier's (.prettierrc.json). */
export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'out/', 'coverage/', 'manifest/build/', 'bench/data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "TSAsExpression > TSTypeReference > Identifier[name='MessageKey']",
          message: 'Use a typed label helper (src/i18n/labels.ts), not a cast to MessageKey.',
        },
      ],
    },
  },
  // word lists are data; the journal store is not to be split now; the detector's training code is moving out of src/
  {
    files: ['src/domain/signal/lexicon-*.ts', 'src/store/journal-store.ts', 'src/domain/signal/learn.ts'],
    rules: { 'max-lines': 'off' },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/teams/dashboard/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: {
        window: 'readonly',
        document: 'readonly',
        location: 'readonly',
        fetch: 'readonly',
        URLSearchParams: 'readonly',
        Chart: 'readonly',
      },
    },
  },
);

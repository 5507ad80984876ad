import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'client/src/gql/**',
      'client/partner/src/gql/**',
      'server/src/db/migrations/**',
      'data/**',
      '.tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      'no-console': 'off',
    },
  },
  {
    // One door to the database (docs/decisions/2026-11-30-one-door-to-the-database.md): the domain reads through
    // `db.read()` and writes through `db.run(tx => …)`, never through the ORM's own entity manager or transactions.
    files: ['server/src/modules/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='fork']",
          message: 'No em.fork() in modules: read through db.read(), write through db.run(tx => …).',
        },
        {
          selector: "MemberExpression[property.name='em'][object.name='orm']",
          message: 'No orm.em in modules: the domain reaches the database through the Db facade (platform/db.ts).',
        },
        {
          selector: "MemberExpression[property.name='em'][object.property.name='orm']",
          message: 'No orm.em in modules: the domain reaches the database through the Db facade (platform/db.ts).',
        },
        {
          selector: "CallExpression[callee.property.name='transactional'], CallExpression[callee.name='inTransaction']",
          message: 'No hand-opened transactions in modules: a write is a unit of work, db.run(tx => …).',
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
  },
);

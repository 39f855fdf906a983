// ESLint: the recommended rules of ESLint and typescript-eslint, and a few that catch
// real mistakes in this code (promises left floating, imports of types as values).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'coverage/', 'node_modules/', 'tests/fixtures/', 'tests/bad/', 'tests/golden/seeds/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      eqeqeq: ['error', 'always'],
      // Prettier wraps code at 160; text it cannot wrap (strings, comments) is kept to that too.
      'max-len': ['error', { code: 160, ignoreUrls: true }],
    },
  },
  {
    // Tests quote the seeds' text as it stands.
    files: ['tests/**'],
    rules: { 'max-len': ['error', { code: 160, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true }] },
  },
  {
    // bin/ is CommonJS (bin/package.json says so): the entry point starts without Node's ES module loader.
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The build and the tests look at bytes: escapes, control characters in the output, on purpose.
    files: ['scripts/**', 'tests/**'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
);

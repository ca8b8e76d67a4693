import stylistic from '@stylistic/eslint-plugin'
import pluginVue from 'eslint-plugin-vue'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'public/mockServiceWorker.js', 'src/api/schema.d.ts', 'coverage/**', 'bench/.tmp/**'] },
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  stylistic.configs.customize({ indent: 2, quotes: 'single', semi: false, braceStyle: '1tbs' }),
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    rules: {
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'vue/no-v-html': 'error',
      'vue/multi-word-component-names': 'off',
      'vue/block-order': ['error', { order: ['script', 'template', 'style'] }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@stylistic/max-len': ['warn', { code: 110, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreUrls: true }],
    },
  },
  {
    files: ['tests/**', 'mock/**', 'scripts/**', '*.config.*', 'bench/**'],
    rules: { 'no-console': 'off' },
  },
)

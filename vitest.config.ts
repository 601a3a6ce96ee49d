import { resolve } from 'node:path'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [
    vue(),
    {
      // The deck computes this module from its slides (setup/vite-plugins.ts); under test,
      // every registry source counts as cited, in registry order (tests may pass ids instead).
      name: 'test:cited-sources',
      resolveId: id => id === 'virtual:cited-sources' ? '\0virtual:cited-sources' : undefined,
      load: id => id === '\0virtual:cited-sources'
        ? `import { sources } from ${JSON.stringify(resolve(import.meta.dirname, 'data/sources/index.ts'))}\nexport default sources.map(s => s.id)`
        : undefined,
    },
    {
      // Under test, components that read the metadata (virtual:talk) get data/talk.ts itself.
      name: 'test:talk',
      resolveId: id => id === 'virtual:talk' ? '\0virtual:talk' : undefined,
      load: id => id === '\0virtual:talk'
        ? `export { talk } from ${JSON.stringify(resolve(import.meta.dirname, 'data/talk.ts'))}`
        : undefined,
    },
  ],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
})

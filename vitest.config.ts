import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [
    vue(),
    {
      // The deck computes this module from its slides (setup/vite-plugins.ts);
      // components under test receive their ids as props instead.
      name: 'test:cited-sources',
      resolveId: id => id === 'virtual:cited-sources' ? '\0virtual:cited-sources' : undefined,
      load: id => id === '\0virtual:cited-sources' ? 'export default []' : undefined,
    },
  ],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
})

// The drawings in diagrams/ are what Mermaid draws today: `npm run diagrams -- --check` draws
// every diagram again in Chromium and compares it byte for byte (drawings are deterministic:
// ids from the key, rough.js seeded in setup/mermaid.ts).
import { expect, test } from '@playwright/test'
import { runScript } from './pdf-tools'

test('diagrams/ holds exactly what Mermaid draws now', async () => {
  test.setTimeout(180_000)
  const run = await runScript(['scripts/diagrams.ts', '--check'])
  expect(run.code, run.stdout + run.stderr).toBe(0)
  expect(run.stdout).toMatch(/all \d+ drawings match what Mermaid draws now/)
})

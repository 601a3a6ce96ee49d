import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../lib/settings'

function lint(...args: string[]) {
  return spawnSync('npx', ['tsx', 'scripts/lint-deck.ts', ...args], { cwd: ROOT, encoding: 'utf8' })
}

describe('npm run lint:deck', () => {
  it('exits non-zero on a broken fixture and names file and slide', () => {
    const result = lint('tests/fixtures/broken-mermaid/slides.md', '--rules', 'mermaid-syntax')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('error [mermaid-syntax] tests/fixtures/broken-mermaid/slides.md:15 (slide 2)')
  })

  it('exits 0 on the real deck', () => {
    const result = lint()
    expect(result.stderr).not.toMatch(/error \[/)
    expect(result.status).toBe(0)
  })
})

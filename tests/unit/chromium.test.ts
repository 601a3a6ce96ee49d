import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ChromiumNotFoundError, findChromium } from '../../lib/chromium'

function fakeBinary(dir: string, name: string): string {
  const path = join(dir, name)
  writeFileSync(path, '#!/bin/sh\n')
  chmodSync(path, 0o755)
  return path
}

describe('findChromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chromium-'))
  const envBinary = fakeBinary(dir, 'my-chrome')
  const pathDir = mkdtempSync(join(tmpdir(), 'path-'))
  const systemBinary = fakeBinary(pathDir, 'chromium')
  const nowhere = () => undefined

  it('takes CHROMIUM_PATH first', () => {
    expect(findChromium({ env: { CHROMIUM_PATH: envBinary, PATH: pathDir }, playwrightPath: () => systemBinary }))
      .toEqual({ path: envBinary, origin: 'env' })
  })

  it('refuses a CHROMIUM_PATH that points at nothing, and says what to install', () => {
    expect(() => findChromium({ env: { CHROMIUM_PATH: join(dir, 'missing') }, playwrightPath: nowhere }))
      .toThrow(/CHROMIUM_PATH is set to ".*missing", but no executable file is there[\s\S]*npx playwright install chromium[\s\S]*apt-get install chromium/)
  })

  it('then Playwright\'s own browser', () => {
    expect(findChromium({ env: { PATH: pathDir }, playwrightPath: () => envBinary }))
      .toEqual({ path: envBinary, origin: 'playwright' })
  })

  it('then a chromium on PATH', () => {
    expect(findChromium({ env: { PATH: pathDir }, playwrightPath: () => join(dir, 'not-installed') }))
      .toEqual({ path: systemBinary, origin: 'system' })
  })

  it('stops with a message naming what to install when there is none', () => {
    expect(() => findChromium({ env: { PATH: dir.replace('chromium-', 'empty-') }, playwrightPath: nowhere }))
      .toThrow(ChromiumNotFoundError)
  })
})

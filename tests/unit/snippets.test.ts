// Code the talk shows as plain Rust is compiled for real: a snippet marked
// `// expect-error: E0xxx` must fail with exactly that error code; any other must build.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../../lib/settings'
import { plainRustSnippets } from '../../lib/snippets'

function rustcVersion(): string {
  try {
    return execFileSync('rustc', ['--version'], { encoding: 'utf8' }).trim()
  }
  catch {
    throw new Error('rustc is not installed: the snippet tests need it. Install Rust (rustup, or apt-get install rustc).')
  }
}

describe(`plain-Rust snippets compile as the slides claim (${rustcVersion()})`, () => {
  const out = mkdtempSync(join(tmpdir(), 'snippets-'))
  for (const file of plainRustSnippets()) {
    const expected = readFileSync(file, 'utf8').match(/^\/\/ expect-error: (E\d{4})/m)?.[1]
    it(`${relative(ROOT, file)} ${expected ? `fails with ${expected}` : 'builds'}`, () => {
      const result = spawnSync('rustc', ['--edition', '2021', '--error-format', 'short', '--crate-type', 'bin', '-o', join(out, 'bin'), file], { encoding: 'utf8' })
      if (expected) {
        expect(result.status, result.stderr).not.toBe(0)
        const codes = [...result.stderr.matchAll(/error\[(E\d{4})\]/g)].map(m => m[1])
        expect(new Set(codes), result.stderr).toEqual(new Set([expected]))
      }
      else {
        expect(result.status, result.stderr).toBe(0)
      }
    })
  }
})

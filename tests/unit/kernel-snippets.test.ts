// Kernel-only Rust (snippets/**/*.kernel.rs) needs the kernel's own crates, so it cannot be compiled
// here. These checks catch what can be caught without them: the code must parse and be formatted
// as the kernel's `make rustfmtcheck` expects, every macro it calls must be one we checked against
// the kernel sources, and every slide that imports it must carry the KernelOnly badge (formatted and checked, not compiled).
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDeck } from '../../lib/deck'
import { ENTRY, ROOT } from '../../lib/settings'
import { kernelSnippets, SNIPPETS_DIR } from '../../lib/snippets'

function rustfmtVersion(): string {
  const probe = spawnSync('rustfmt', ['--version'], { encoding: 'utf8' })
  if (probe.error || probe.status !== 0)
    throw new Error('rustfmt is not installed: the kernel-snippet tests need it to parse *.kernel.rs. Install it (rustup component add rustfmt, or apt-get install rustfmt).')
  return probe.stdout.trim()
}

// Each macro a kernel snippet may call, with where its name and use were checked in the
// kernel tree (torvalds/linux 2025-2026; Linux 7.3). A new macro must be checked and added here.
const CHECKED_MACROS: Record<string, string> = {
  'module!': 'rust/macros/lib.rs (fields type, name, authors, license)',
  'pr_info!': 'rust/kernel/prelude.rs',
  'pin_init!': 'rust/kernel/prelude.rs (re-exported from pin-init)',
  'new_mutex!': 'rust/kernel/sync/lock/mutex.rs',
  'assert_eq!': 'Documentation/rust/testing.rst (forwarded to KUnit in tests)',
  'pci_device_table!': 'rust/kernel/pci.rs at 7.3 (table name, IdInfo type, [(DeviceId, info)])',
  'module_pci_driver!': 'rust/kernel/pci.rs at 7.3 (fields type, name, authors, description, license)',
  'try_pin_init!': 'rust/kernel/init.rs at 7.3 (error type defaults to kernel::error::Error)',
}
// `cfg`: Documentation/rust/testing.rst at 7.3 guards each #[kunit_tests] suite with #[cfg(CONFIG_...)].
const CHECKED_ATTRIBUTES = new Set(['pin_data', 'pin', 'kunit_tests', 'test', 'repr', 'cfg'])

const files = kernelSnippets()

describe(`kernel-only snippets parse and are rustfmt-clean (${rustfmtVersion()})`, () => {
  it('finds the architecture snippets', () => {
    expect(files.map(f => relative(SNIPPETS_DIR, f))).toContain('architecture/demo.kernel.rs')
  })

  for (const file of files) {
    const name = relative(ROOT, file)
    it(`${name}: rustfmt --check --edition 2021`, () => {
      const result = spawnSync('rustfmt', ['--check', '--edition', '2021', file], { encoding: 'utf8' })
      expect(result.status, `${name} does not parse or is not rustfmt-formatted:\n${result.stdout}${result.stderr}`).toBe(0)
    })

    it(`${name}: calls only macros checked against the kernel`, () => {
      // Doc comments hold example code too: strip only `//` comments that are not `///`.
      const code = readFileSync(file, 'utf8').replace(/^\s*\/\/(?!\/).*$/gm, '')
      const macros = new Set([...code.matchAll(/\b([a-z_][a-z0-9_]*)!\s*[({[]/g)].map(m => `${m[1]}!`))
      const attributes = new Set([...code.matchAll(/#\[([a-z_]+)/g)].map(m => m[1]))
      expect([...macros].filter(m => !(m in CHECKED_MACROS)), `unchecked macros in ${name}`).toEqual([])
      expect([...attributes].filter(a => !CHECKED_ATTRIBUTES.has(a)), `unchecked attributes in ${name}`).toEqual([])
    })
  }
})

describe('slides that show kernel-only code', async () => {
  // Every slide of the deck, as Slidev's parser splits it.
  const slides = (await loadDeck(ENTRY)).slides
  const imports = (content: string) =>
    [...content.matchAll(/^<<< @\/(snippets\/\S+?\.kernel\.rs)(?:#([\w-]+))?/gm)].map(m => ({ path: m[1], region: m[2] }))

  it('import at least one kernel snippet', () => {
    expect(slides.some(s => imports(s.content).length > 0)).toBe(true)
  })

  for (const slide of slides) {
    for (const { path, region } of imports(slide.content)) {
      it(`slide ${slide.no} (${slide.file}) labels ${path} as kernel code`, () => {
        // <KernelOnly file="a.kernel.rs, b.kernel.rs" /> may name several snippets.
        const named = [...slide.content.matchAll(/<KernelOnly\s+file="([^"]*)"/g)].flatMap(m => m[1].split(/,\s*/))
        expect(named, 'a slide importing *.kernel.rs must carry <KernelOnly file="…" /> naming it').toContain(path)
      })
      if (region) {
        // Slidev silently shows the whole file when a region is missing.
        it(`slide ${slide.no}: region #${region} exists in ${path}`, () => {
          const text = readFileSync(join(ROOT, path), 'utf8')
          expect(text).toMatch(new RegExp(`^\\s*// #region ${region}$`, 'm'))
          expect(text).toMatch(new RegExp(`^\\s*// #endregion ${region}$`, 'm'))
        })
      }
    }
  }
})

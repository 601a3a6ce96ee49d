// The history of Rust in the kernel as data: one list per era, one era per timeline slide.
// Each milestone cites one source (data/sources). A milestone with a kernel version but no
// date "shipped in" that release and is dated from data/kernel-releases.ts, so a release
// date is written down exactly once. tests/unit/timeline.test.ts checks the order and dates.
import { findRelease } from './kernel-releases'

/** YYYY, YYYY-MM or YYYY-MM-DD: only as precise as the source is. */
export type PartialDate = string

export interface Milestone {
  /** When it happened. Omit to date it by the release of `kernel`. */
  date?: PartialDate
  /** Mainline version it belongs to, e.g. "6.1"; omit for events outside mainline. */
  kernel?: string
  /** Short headline (one line on the slide). */
  title: string
  /** One line of detail. */
  detail: string
  /** Source for the event itself (data/sources id). */
  sourceId: string
}

export interface Era {
  id: string
  /** Used as the list's accessible name. */
  label: string
  milestones: readonly Milestone[]
}

/** A milestone ready to draw: its date resolved, and where that date comes from. */
export interface DatedMilestone extends Milestone {
  date: PartialDate
  /** True when the date is the release date of `kernel`. */
  released: boolean
  /** Source of the release date, when `released`. */
  releaseSourceId?: string
}

export const eras: readonly Era[] = [
  {
    id: 'experiments',
    label: 'Out-of-tree experiments, 2013 to 2019',
    milestones: [
      { date: '2013-05-27', title: 'rust.ko: a kernel module in Rust', detail: 'Taesoo Kim, out of tree, on nightly Rust before Rust 1.0', sourceId: 'tsgates-rust-ko' },
      { date: '2018-05-13', title: 'linux-kernel-module-rust', detail: 'Alex Gaynor and Geoffrey Thomas: bindgen bindings, a .ko built by Kbuild', sourceId: 'gaynor-thomas-lkmr' },
      { date: '2019', title: 'Rust-for-Linux organisation on GitHub', detail: 'Created by Miguel Ojeda in the summer; quiet until 2020', sourceId: 'ojeda-prossimo-2022' },
      { date: '2019-08', title: '“Linux Kernel Modules in Rust”', detail: 'Gaynor and Thomas at Linux Security Summit North America', sourceId: 'lss-2019-gaynor-thomas' },
    ],
  },
  {
    id: 'proposal',
    label: 'From a mailing-list thread to patches, 2020 to 2021',
    milestones: [
      { date: '2020-07-09', title: 'LKML: “Linux kernel in-tree Rust support”', detail: 'Nick Desaulniers (Google) proposes a Plumbers session', sourceId: 'lkml-in-tree-rust-2020' },
      { date: '2020-07-10', title: 'Torvalds: build-test it by default', detail: 'He asks for an automatic “is Rust available” Kconfig check', sourceId: 'torvalds-rust-kconfig-2020' },
      { date: '2020-08', title: 'Plumbers: “Barriers to in-tree Rust”', detail: 'Days later, Ojeda opens the first Rust-for-Linux pull request', sourceId: 'lpc-2020-barriers' },
      { date: '2021-04-14', title: 'RFC “Rust support” on LKML', detail: 'Posted by Miguel Ojeda; Google’s security blog backs it that day', sourceId: 'rfc-rust-support-2021' },
      { date: '2021-12-06', title: 'Patch series v2: a stable compiler', detail: 'Rust 1.57 stable and edition 2021 instead of beta (v1: July)', sourceId: 'rust-v2-2021' },
    ],
  },
  {
    id: 'merge',
    label: 'Linux 6.1: the merge and the release',
    milestones: [
      { date: '2022-10-01', kernel: '6.1', title: 'Pull request “Rust introduction for v6.1-rc1”', detail: 'Kees Cook: 89 files, 12,552 lines added, the minimum to build Rust', sourceId: 'kees-pull-rust-6-1' },
      { date: '2022-10-03', kernel: '6.1', title: 'Torvalds merges tag rust-v6.1-rc1', detail: 'Merge commit 8aebac82933f, in the 6.1 merge window', sourceId: 'torvalds-merge-rust-6-1' },
      { kernel: '6.1', title: 'Linux 6.1 is released', detail: 'The first mainline release that can build Rust code, on x86 only', sourceId: 'kees-pull-rust-6-1' },
    ],
  },
  {
    id: 'foundations',
    label: 'Foundations, then the first drivers, 2023 to 2024',
    milestones: [
      { kernel: '6.2', title: 'First additions after the merge', detail: 'CString and CStr, all errno-base codes, all pr_* levels, #[vtable]', sourceId: 'ojeda-pull-rust-6-2' },
      { kernel: '6.4', title: 'pin-init, Mutex and SpinLock', detail: 'Benno Lossin’s safe in-place initialisation of pinned structs', sourceId: 'ojeda-pull-rust-6-4' },
      { kernel: '6.6', title: 'Doc examples run as KUnit tests', detail: 'Every rustdoc example becomes an in-kernel test case', sourceId: 'doctests-kunit-commit' },
      { kernel: '6.8', title: 'First Rust driver: ASIX PHY', detail: 'ax88796b_rust, with the network PHY abstractions it needs', sourceId: 'rfl-asix-phy' },
      { kernel: '6.11', title: 'Minimum Rust version policy', detail: 'Several compilers supported, from Rust 1.78.0 on; rnull merged', sourceId: 'rfl-version-policy' },
      { kernel: '6.12', title: 'DRM panic screen with a QR code', detail: 'The panic QR encoder is Rust; so is the QT2025 PHY driver', sourceId: 'rfl-drm-panic-qr' },
    ],
  },
  {
    id: 'growth',
    label: 'Friction, then larger drivers, 2025',
    milestones: [
      { kernel: '6.13', title: 'Misc-device abstraction', detail: 'Rust drivers can register character devices (Alice Ryhl)', sourceId: 'rfl-miscdevice-6-13' },
      { date: '2025-02-20', title: 'Torvalds ends the DMA-mapping dispute', detail: 'Maintainers need not use Rust, but cannot veto Rust users of their API', sourceId: 'torvalds-dma-2025-02-20' },
      { kernel: '6.14', title: 'PCI and platform driver abstractions', detail: 'The bus plumbing real device drivers need, with sample drivers', sourceId: 'rust-pci-abstractions' },
      { kernel: '6.15', title: 'nova-core: a Rust NVIDIA driver begins', detail: 'A first stub from Danilo Krummrich (Red Hat)', sourceId: 'phoronix-nova-core' },
      { date: '2025-10-05', kernel: '6.18', title: 'Rust Android Binder merged', detail: 'A Rust Binder driver, selectable next to the C one', sourceId: 'binder-merge-commit' },
      { kernel: '6.18', title: 'Tyr lands in 6.18', detail: 'Skeleton of a Rust driver for Arm Mali GPUs (Collabora, Arm, Google)', sourceId: 'rfl-tyr' },
    ],
  },
  {
    id: 'settled',
    label: 'No longer an experiment, December 2025 to 2026',
    milestones: [
      { date: '2025-12', title: 'Maintainers Summit: experiment a success', detail: 'The Tokyo summit agrees the experiment phase is over', sourceId: 'lwn-maintainers-summit-2025' },
      { date: '2025-12-13', kernel: '7.0', title: '“rust: conclude the Rust experiment”', detail: 'Miguel Ojeda’s patch, merged for 7.0', sourceId: 'ojeda-conclude-experiment' },
      { date: '2025-12-16', title: 'First CVE in kernel Rust code', detail: 'CVE-2025-68260: a race in Rust Binder’s unsafe list code; a crash', sourceId: 'cve-2025-68260-announce' },
      { kernel: '6.19', title: 'syn, quote and proc-macro2 in the tree', detail: 'Third-party crates for procedural macros, vendored', sourceId: 'rfl-third-party-crates' },
      { kernel: '7.0', title: 'Linux 7.0: no longer “experimental”', detail: 'The Rust documentation drops the experiment wording', sourceId: 'linuxpro-7-0' },
      { kernel: '7.1', title: 'Minimum Rust raised to 1.85', detail: 'The minimum follows the Rust in Debian stable', sourceId: 'rfl-version-policy' },
    ],
  },
]

/** Gives every milestone a date: its own, or its kernel's release date. */
export function resolveMilestone(m: Milestone): DatedMilestone {
  if (m.date)
    return { ...m, date: m.date, released: false }
  const release = m.kernel ? findRelease(m.kernel) : undefined
  if (!release?.date)
    throw new Error(`data/timeline: "${m.title}" has no date and ${m.kernel ? `kernel ${m.kernel} has no sourced release date` : 'no kernel version'}.`)
  return { ...m, date: release.date, released: true, releaseSourceId: release.sourceId }
}

export function findEra(id: string): Era | undefined {
  return eras.find(e => e.id === id)
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "2013-05-27" → "27 May 2013", "2020-08" → "Aug 2020", "2019" → "2019". */
export function formatDate(date: PartialDate): string {
  const [y, m, d] = date.split('-')
  if (!m)
    return y
  const month = MONTHS[Number(m) - 1]
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`
}

/** The first day a partial date can mean, for ordering and comparisons. */
export function earliestDay(date: PartialDate): string {
  const [y, m = '01', d = '01'] = date.split('-')
  return `${y}-${m}-${d}`
}

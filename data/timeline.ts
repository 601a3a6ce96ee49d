// The history of Rust in the kernel as data: five phases, each with its milestones.
// The talk shows the phases on one slide (<HistoryPhases>); the milestones, with their dates,
// are for the reader, in the appendix (<MilestoneTable>). Each milestone cites one source
// (data/sources). A milestone with a kernel version but no date "shipped in" that release
// and is dated from data/kernel-releases.ts, so a release date is written down exactly once.
// tests/unit/timeline.test.ts checks the order and the dates.
import { findRelease } from './kernel-releases'

/** YYYY, YYYY-MM or YYYY-MM-DD: only as precise as the source is. */
export type PartialDate = string

export interface Milestone {
  /** When it happened. Omit to date it by the release of `kernel`. */
  date?: PartialDate
  /** Mainline version it belongs to, e.g. "6.1"; omit for events outside mainline. */
  kernel?: string
  /** What happened, in a few words. */
  title: string
  /** Source for the event itself (data/sources id). */
  sourceId: string
}

export interface Phase {
  id: string
  /** Name of the phase, as the slide shows it. */
  title: string
  /** Years it spans, as shown: "2013–2019". */
  years: string
  /** The one thing to remember about it, in a few words. */
  headline: string
  milestones: readonly Milestone[]
}

/** A milestone ready to show: its date resolved, and where that date comes from. */
export interface DatedMilestone extends Milestone {
  date: PartialDate
  /** True when the date is the release date of `kernel`. */
  released: boolean
  /** Source of the release date, when `released`. */
  releaseSourceId?: string
}

export const phases: readonly Phase[] = [
  {
    id: 'outside',
    title: 'Outside the tree',
    years: '2013–2019',
    headline: 'Modules built out of tree',
    milestones: [
      { date: '2013-05-27', title: 'rust.ko: a kernel module in pre-1.0 Rust (Taesoo Kim)', sourceId: 'tsgates-rust-ko' },
      { date: '2018-05-13', title: 'linux-kernel-module-rust: bindgen bindings, a .ko built by Kbuild', sourceId: 'gaynor-thomas-lkmr' },
      { date: '2019', title: 'Miguel Ojeda creates the Rust-for-Linux organisation', sourceId: 'ojeda-prossimo-2022' },
    ],
  },
  {
    id: 'merge',
    title: 'Into mainline',
    years: '2020–2022',
    headline: 'One email to Linux 6.1',
    milestones: [
      { date: '2020-07-09', title: 'LKML thread “Linux kernel in-tree Rust support”', sourceId: 'lkml-in-tree-rust-2020' },
      { date: '2020-07-10', title: 'Torvalds asks for a Kconfig check, so Rust is build-tested', sourceId: 'torvalds-rust-kconfig-2020' },
      { date: '2020-08', title: 'Plumbers session “Barriers to in-tree Rust”', sourceId: 'lpc-2020-barriers' },
      { date: '2021-04', title: 'ISRG starts funding Ojeda full time, with Google’s money', sourceId: 'isrg-supporting-ojeda-2021' },
      { date: '2021-04-14', title: 'RFC “Rust support” posted to LKML', sourceId: 'rfc-rust-support-2021' },
      { date: '2021-12-06', title: 'Patch series v2 moves to stable compiler releases', sourceId: 'rust-v2-2021' },
      { date: '2022-10-03', kernel: '6.1', title: 'Torvalds merges the Rust introduction for 6.1', sourceId: 'torvalds-merge-rust-6-1' },
      { kernel: '6.1', title: 'Linux 6.1 released: Rust builds, no Rust driver yet', sourceId: 'kees-pull-rust-6-1' },
    ],
  },
  {
    id: 'drivers',
    title: 'Foundations, then drivers',
    years: '2023–2025',
    headline: 'PHYs, GPUs, Binder',
    milestones: [
      { kernel: '6.4', title: 'pin-init, Mutex and SpinLock', sourceId: 'ojeda-pull-rust-6-4' },
      { kernel: '6.6', title: 'The kernel crate’s doc examples run as KUnit tests', sourceId: 'doctests-kunit-commit' },
      { kernel: '6.8', title: 'First Rust driver: the ASIX Ethernet PHY', sourceId: 'rfl-asix-phy' },
      { kernel: '6.11', title: 'A minimum Rust version (1.78) instead of one pinned version', sourceId: 'ojeda-pull-rust-6-11' },
      { kernel: '6.11', title: 'rnull, a Rust null block driver (a subset)', sourceId: 'rnull-commit' },
      { kernel: '6.12', title: 'QR codes on the DRM panic screen, generated in Rust', sourceId: 'rfl-drm-panic-qr' },
      { kernel: '6.12', title: 'AMCC QT2025 PHY driver', sourceId: 'rfl-qt2025-phy' },
      { kernel: '6.13', title: 'Misc-device abstraction: Rust character devices', sourceId: 'rfl-miscdevice-6-13' },
      { date: '2025-02-09', title: 'The Rust kernel policy is published', sourceId: 'rfl-kernel-policy' },
      { date: '2025-02-20', title: 'Torvalds: no veto over Rust code that uses your C interfaces', sourceId: 'torvalds-dma-2025-02-20' },
      { kernel: '6.14', title: 'PCI and platform driver abstractions', sourceId: 'rust-pci-abstractions' },
      { kernel: '6.15', title: 'nova-core, the start of a Rust NVIDIA driver', sourceId: 'drm-pull-6-15' },
      { kernel: '6.16', title: 'Nova DRM, a stub on top of nova-core', sourceId: 'drm-pull-6-16' },
      { kernel: '6.16', title: 'A Rust cpufreq-dt driver', sourceId: 'pm-pull-6-16-rust-cpufreq' },
      { date: '2025-10-05', kernel: '6.18', title: 'Rust Android Binder merged, an alternative to the C driver', sourceId: 'binder-merge-commit' },
      { kernel: '6.18', title: 'Tyr, a Rust driver for Arm Mali GPUs', sourceId: 'tyr-commit' },
    ],
  },
  {
    id: 'settled',
    title: 'Not an experiment',
    years: 'Dec 2025',
    headline: 'Maintainers Summit, Tokyo',
    milestones: [
      { date: '2025-12-10', title: 'Maintainers Summit: the Rust experiment is a success', sourceId: 'lwn-rust-experiment-end' },
      { date: '2025-12-13', kernel: '7.0', title: 'Patch “rust: conclude the Rust experiment”', sourceId: 'ojeda-conclude-experiment' },
      { date: '2025-12-15', title: 'Debian enables Rust in its kernel builds', sourceId: 'debian-linux-changelog' },
      { date: '2025-12-16', title: 'CVE-2025-68260, the first CVE for kernel Rust (Binder)', sourceId: 'cve-2025-68260-announce' },
    ],
  },
  {
    id: 'language',
    title: 'A kernel language',
    years: '2026',
    headline: 'Linux 6.19 to 7.3',
    milestones: [
      { kernel: '6.19', title: 'syn, quote and proc-macro2 vendored for procedural macros', sourceId: 'ojeda-syn-support' },
      { kernel: '6.19', title: 'Rust PWM support and the TH1520 PWM driver', sourceId: 'pwm-pull-6-19' },
      { kernel: '7.1', title: 'Minimum Rust 1.85, following Debian stable', sourceId: 'rust-min-1-85-commit' },
      { kernel: '7.2', title: 'Driver data bound to the device’s lifetime', sourceId: 'hrt-merge-7-2' },
      { kernel: '7.2', title: 'zerocopy vendored, to remove some unsafe code', sourceId: 'rust-7-2-merge' },
      { kernel: '7.2', title: 's390 can build Rust', sourceId: 's390-rust-enable' },
      { kernel: '7.3', title: 'serdev, fwctl and netlink abstractions; powerpc in Kconfig', sourceId: 'linux-7-3-tree' },
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
  return { ...m, date: release.date, released: true, releaseSourceId: release.dateSourceId }
}

export function findPhase(id: string): Phase | undefined {
  return phases.find(p => p.id === id)
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

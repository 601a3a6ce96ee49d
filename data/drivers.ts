// Rust drivers in mainline Linux, as of the talk's as-of date (Linux 7.3). Each row names the
// source that backs its first release; <DriverTable> cites it. The `unsafe` counts are ours:
// occurrences of the keyword `unsafe` (blocks, functions, impls) outside comments and strings,
// counted in the 7.3 tree (source `linux-7-3-tree`); another counting rule may differ by one or two.
import type { BarDatum } from '../lib/bar-chart'

export type DriverStatus = 'mainline' | 'early'

export interface Driver {
  name: string
  /** What it drives or does, in a few words. */
  drives: string
  /** Path in the kernel tree. */
  path: string
  /** Mainline release it first shipped in ("6.8"). */
  kernel: string
  /** 'early': merged, but its Kconfig still calls it work in progress. */
  status: DriverStatus
  /** Occurrences of `unsafe` in the driver at Linux 7.3 (see the note above). */
  unsafeCount: number
  /** Id in data/sources backing the first release. */
  sourceId: string
}

export const mainlineDrivers: readonly Driver[] = [
  { name: 'ax88796b_rust', drives: 'ASIX Ethernet PHYs', path: 'drivers/net/phy/ax88796b_rust.rs', kernel: '6.8', status: 'mainline', unsafeCount: 0, sourceId: 'rfl-asix-phy' },
  { name: 'rnull', drives: 'null block device, for block-layer tests', path: 'drivers/block/rnull/', kernel: '6.11', status: 'mainline', unsafeCount: 0, sourceId: 'rnull-commit' },
  { name: 'qt2025', drives: 'AMCC QT2025 10G Ethernet PHY', path: 'drivers/net/phy/qt2025.rs', kernel: '6.12', status: 'mainline', unsafeCount: 0, sourceId: 'rfl-qt2025-phy' },
  { name: 'drm_panic_qr', drives: 'QR code on the DRM panic screen', path: 'drivers/gpu/drm/drm_panic_qr.rs', kernel: '6.12', status: 'mainline', unsafeCount: 5, sourceId: 'rfl-drm-panic-qr' },
  { name: 'nova-core', drives: 'NVIDIA GPUs: boots the GSP firmware', path: 'drivers/gpu/nova-core/', kernel: '6.15', status: 'early', unsafeCount: 91, sourceId: 'drm-pull-6-15' },
  { name: 'Nova DRM', drives: 'NVIDIA GPUs: DRM device on nova-core', path: 'drivers/gpu/drm/nova/', kernel: '6.16', status: 'early', unsafeCount: 1, sourceId: 'drm-pull-6-16' },
  { name: 'rcpufreq_dt', drives: 'CPU frequency scaling from device tree', path: 'drivers/cpufreq/rcpufreq_dt.rs', kernel: '6.16', status: 'mainline', unsafeCount: 3, sourceId: 'pm-pull-6-16-rust-cpufreq' },
  { name: 'Binder', drives: 'Android IPC; the C driver or this one', path: 'drivers/android/binder/', kernel: '6.18', status: 'mainline', unsafeCount: 198, sourceId: 'binder-merge-commit' },
  { name: 'Tyr', drives: 'Arm Mali GPUs: boots firmware, no jobs yet', path: 'drivers/gpu/drm/tyr/', kernel: '6.18', status: 'early', unsafeCount: 6, sourceId: 'tyr-commit' },
  { name: 'pwm_th1520', drives: 'T-HEAD TH1520 PWM controller', path: 'drivers/pwm/pwm_th1520.rs', kernel: '6.19', status: 'mainline', unsafeCount: 0, sourceId: 'pwm-pull-6-19' },
]

/** For contrast with the drivers: the kernel crate's abstractions, counted the same way. */
export const abstractionsUnsafe = { path: 'rust/kernel/', unsafeCount: 2654, sourceId: 'linux-7-3-tree' } as const

/** The sample PCI driver the talk walks through, counted the same way. */
export const samplePciDriverUnsafe = { path: 'samples/rust/rust_driver_pci.rs', unsafeCount: 0, sourceId: 'sample-rust-driver-pci-7-3' } as const

/** Where the counts come from, for every chart and table that shows them. */
export const UNSAFE_COUNT_SOURCE = 'linux-7-3-tree'

const byName = (name: string) => mainlineDrivers.find(d => d.name === name)!

/** The drivers with no `unsafe` at all, named for the chart's label. */
export const driversWithoutUnsafe = mainlineDrivers.filter(d => d.unsafeCount === 0)

/** Where the `unsafe` is, for the chart: the sample, the drivers without any, the two big ones, the abstractions. */
export function unsafeByPlace(): BarDatum[] {
  return [
    { label: 'PCI sample driver', value: samplePciDriverUnsafe.unsafeCount, sourceId: UNSAFE_COUNT_SOURCE },
    { label: `${driversWithoutUnsafe.length} real drivers`, value: 0, sourceId: UNSAFE_COUNT_SOURCE, note: driversWithoutUnsafe.map(d => d.name).join(', ') },
    { label: 'nova-core', value: byName('nova-core').unsafeCount, sourceId: UNSAFE_COUNT_SOURCE },
    { label: 'Binder', value: byName('Binder').unsafeCount, sourceId: UNSAFE_COUNT_SOURCE },
    { label: 'rust/kernel abstractions', value: abstractionsUnsafe.unsafeCount, sourceId: UNSAFE_COUNT_SOURCE },
  ]
}

export const statusLabel: Record<DriverStatus, string> = {
  mainline: 'in mainline',
  early: 'work in progress',
}

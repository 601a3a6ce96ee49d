// Rust drivers and components, in mainline or (for contrast) still out of tree.
// Each row names the source that backs its version and status; <DriverTable> cites it.

export type DriverStatus = 'mainline' | 'skeleton' | 'out-of-tree'

export interface Driver {
  name: string
  /** What it drives or does, in a few words. */
  drives: string
  /** Mainline release it first shipped in ("6.8"); absent for out-of-tree work. */
  kernel?: string
  status: DriverStatus
  /** Id in data/sources backing this row. */
  sourceId: string
}

export const mainlineDrivers: Driver[] = [
  { name: 'ax88796b_rust', drives: 'ASIX Ethernet PHYs; the first Rust driver', kernel: '6.8', status: 'mainline', sourceId: 'rfl-asix-phy' },
  { name: 'rnull (subset)', drives: 'null block device, for block-layer tests', kernel: '6.11', status: 'mainline', sourceId: 'rfl-null-block' },
  { name: 'qt2025', drives: 'AMCC QT2025 10G Ethernet PHY', kernel: '6.12', status: 'mainline', sourceId: 'rfl-qt2025-phy' },
  { name: 'DRM panic QR', drives: 'QR code on the kernel panic screen', kernel: '6.12', status: 'mainline', sourceId: 'rfl-drm-panic-qr' },
  { name: 'nova-core', drives: 'NVIDIA GSP-based GPUs: driver stub', kernel: '6.15', status: 'skeleton', sourceId: 'phoronix-nova-core' },
  { name: 'Android Binder', drives: 'Android IPC, next to the C Binder', kernel: '6.18', status: 'mainline', sourceId: 'rfl-binder' },
  { name: 'Tyr', drives: 'Arm Mali (CSF) GPUs: initial skeleton', kernel: '6.18', status: 'skeleton', sourceId: 'rfl-tyr' },
]

export const outOfTreeDrivers: Driver[] = [
  { name: 'Apple AGX', drives: 'Apple M-series GPUs (Asahi Linux)', status: 'out-of-tree', sourceId: 'rfl-apple-agx' },
  { name: 'rnvme', drives: 'NVMe SSDs: research driver, benchmarked against C', status: 'out-of-tree', sourceId: 'rfl-nvme-driver' },
]

/** Compares kernel versions such as "6.8" and "6.12" numerically (a string sort puts 6.12 before 6.8). */
export function compareKernelVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number)
  const pb = b.split('.').map(Number)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0)
    if (d !== 0)
      return d
  }
  return 0
}

export const statusLabel: Record<DriverStatus, string> = {
  'mainline': 'in mainline',
  'skeleton': 'early skeleton',
  'out-of-tree': 'out of tree',
}

// What Rust costs the kernel, as three figures with their sources (the "cost" slide).
import type { Stat } from '../lib/stat-cards'

export const costs: readonly Stat[] = [
  { figure: '1.85', label: 'minimum Rust since Linux 7.1: the version in Debian stable', sourceId: 'rust-min-1-85-commit' },
  { figure: '7 of 21', label: 'architectures in Linux 7.3’s Rust support table', sourceId: 'linux-7-3-tree' },
  { figure: '≤ 6 %', label: 'slower than C in the worst case measured: NVMe, 512-byte blocks', sourceId: 'rfl-nvme-driver' },
]

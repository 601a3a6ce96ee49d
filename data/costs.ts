// What Rust costs the kernel, as three figures with their sources (the "cost" slide). The
// toolchain floor comes from data/rust-versions.ts, its one home.
import type { Stat } from '../lib/stat-cards'
import { findRustVersion } from './rust-versions'

const FLOOR_RELEASE = '7.1'
const floor = findRustVersion(FLOOR_RELEASE)!

export const costs: readonly Stat[] = [
  { figure: floor.minRust.replace(/\.0$/, ''), label: `minimum Rust since Linux ${FLOOR_RELEASE}: the version in Debian stable`, sourceId: floor.sourceId },
  { figure: '7 of 21', label: 'architectures in Linux 7.3’s Rust support table', sourceId: 'linux-7-3-tree' },
  { figure: '≤ 6 %', label: 'slower than C in the worst case measured: NVMe, 512-byte blocks', sourceId: 'rfl-nvme-driver' },
]

import { defineSources } from './types'

// Sources for where Rust runs today: mainline drivers, out-of-tree work, size of the Rust code.
export default defineSources([
  {
    id: 'ojeda-conclude-experiment',
    title: 'rust: conclude the Rust experiment',
    publisher: 'Miguel Ojeda, LKML',
    url: 'https://lore.kernel.org/lkml/20251213000042.23072-1-ojeda@kernel.org/',
    date: '2025-12-13',
    status: 'V',
  },
  {
    id: 'lwn-maintainers-summit-2025',
    title: 'The state of the kernel Rust experiment (Maintainers Summit 2025)',
    publisher: 'LWN.net',
    url: 'https://lwn.net/Articles/1050174/',
    date: '2025-12-13',
    status: 'V',
  },
  {
    id: 'rfl-asix-phy',
    title: 'ASIX PHY driver',
    publisher: 'Rust for Linux project',
    url: 'https://rust-for-linux.com/ASIX-PHY-Driver',
    date: '2024',
    status: 'V',
  },
  {
    id: 'rfl-qt2025-phy',
    title: 'AMCC QT2025 PHY driver',
    publisher: 'Rust for Linux project',
    url: 'https://rust-for-linux.com/AMCC-QT2025-PHY-Driver',
    date: '2024',
    status: 'V',
  },
  {
    id: 'rfl-drm-panic-qr',
    title: 'DRM panic QR code generator',
    publisher: 'Rust for Linux project',
    url: 'https://rust-for-linux.com/DRM-Panic-QR-code-generator',
    date: '2024',
    status: 'V',
  },
  {
    id: 'rfl-third-party-crates',
    title: 'Third-party crates (proc-macro2, quote and syn imported since v6.19)',
    publisher: 'Rust for Linux project',
    url: 'https://rust-for-linux.com/Third-party-crates',
    date: '2026',
    status: 'V',
  },
])

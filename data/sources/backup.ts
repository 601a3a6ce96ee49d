import { defineSources } from './types'

// Sources for the backup slides (pages/91-backup-questions.md, pages/92-backup-build.md) and the
// Q&A sheet (notes/qa.md). Ids, titles and statuses follow the research reports of 2026-11-22
// (/work/research/R1-kernel-tree.md, R2-findings.md, R3-2026.md) wherever they give an entry.
// Facts read in the Linux 7.3 tree were checked in Debian's linux-source-7.3 (7.3-rc7 and 7.3.4);
// the URLs point at the v7.3 tag on git.kernel.org. Sources that another part already registers
// are cited under that part's id.
export default defineSources([
  // --- The Linux 7.3 tree and its documentation ---
  {
    id: 'kdoc-rust-arch-support',
    title: 'Rust: Arch Support (Documentation/rust/arch-support.rst; read at Linux 7.3)',
    publisher: 'The Linux kernel documentation',
    url: 'https://docs.kernel.org/rust/arch-support.html',
    date: '2026-10',
    status: 'V',
  },
  {
    id: 'kdoc-sysctl-kernel',
    title: 'Documentation for /proc/sys/kernel/: panic_on_oops (Documentation/admin-guide/sysctl/kernel.rst; read at Linux 7.3)',
    publisher: 'The Linux kernel documentation',
    url: 'https://docs.kernel.org/admin-guide/sysctl/kernel.html',
    date: '2026-10',
    status: 'V',
  },
  {
    id: 'kdoc-process-development',
    title: 'How the development process works: merge window, subsystem trees, linux-next (Documentation/process/2.Process.rst; read at Linux 7.3)',
    publisher: 'The Linux kernel documentation',
    url: 'https://docs.kernel.org/process/2.Process.html',
    date: '2026-10',
    status: 'V',
  },
  // --- Commits, pulls and patches ---
  {
    id: 'bindgen-min-0-71-commit',
    title: 'rust: bump `bindgen` minimum supported version to 0.71.1 (Debian Trixie) (c3a00a3f31ff)',
    publisher: 'Miguel Ojeda (kernel.org)',
    url: 'https://git.kernel.org/linus/c3a00a3f31fffc7adcd81b66de3fb2c2f0b11558',
    date: '2026-04-01',
    status: 'V',
  },
  {
    id: 'inline-helpers-commit',
    title: 'kbuild: rust: provide an option to inline C helpers into Rust (3a2486cc1da5)',
    publisher: 'Gary Guo, Alice Ryhl et al. (kernel.org)',
    url: 'https://git.kernel.org/linus/3a2486cc1da5cf637fe5da4540929d67c4540022',
    date: '2026-02-03',
    status: 'V',
  },
  {
    id: 'kbuild-pull-6-14',
    title: '[GIT PULL] Kbuild updates for v6.14-rc1 (gendwarfksyms; CONFIG_MODVERSIONS for Rust)',
    publisher: 'Masahiro Yamada (LKML)',
    url: 'https://lore.kernel.org/all/CAK7LNAQeyWYm2OZ6p=vWJegs_VZMz5RN+0fze6GG=f-ZGWQ3nA@mail.gmail.com/',
    date: '2025-01-31',
    status: 'V',
  },
  {
    id: 'rust-atomic-generic',
    title: '[tip: locking/core] rust: sync: atomic: Add generic atomics (0b8c5b7a6459)',
    publisher: 'Boqun Feng / tip-bot2 (linux-tip-commits)',
    url: 'https://git.kernel.org/tip/0b8c5b7a6459ba697bcafdcb865560cea7235cef',
    date: '2025-09-13',
    status: 'V',
  },
  // --- Toolchains ---
  // --- Distributions ---
  {
    id: 'debian-linux-config-6-12',
    title: 'Debian linux-config-6.12 6.12.117-1 (trixie kernel configs: CONFIG_RUST not set)',
    publisher: 'Debian kernel team',
    url: 'https://packages.debian.org/search?keywords=linux-config-6.12',
    date: '2026-11-14',
    status: 'V',
  },
  // --- Rust Binder CVEs of 2026: seen only in CVE aggregators so far ---
  {
    id: 'cve-2026-23194',
    title: 'CVE-2026-23194 rust_binder: correctly handle FDA objects of length zero',
    publisher: 'Linux kernel CNA',
    url: 'https://www.cve.org/CVERecord?id=CVE-2026-23194',
    date: '2026-02-14',
    status: 'V-2',
  },
  {
    id: 'cve-2026-23400',
    title: 'CVE-2026-23400 rust_binder deadlock in death notification handling',
    publisher: 'Linux kernel CNA',
    url: 'https://www.cve.org/CVERecord?id=CVE-2026-23400',
    date: '2026-03-29',
    status: 'V-2',
  },
  {
    id: 'cve-2026-43434',
    title: 'CVE-2026-43434 Rust Binder: check VMA ownership before use',
    publisher: 'Linux kernel CNA',
    url: 'https://www.cve.org/CVERecord?id=CVE-2026-43434',
    date: '2026-05-08',
    status: 'V-2',
  },
  {
    id: 'cve-2026-43435',
    title: 'CVE-2026-43435 rust_binder: fix oneway spam detection',
    publisher: 'Linux kernel CNA',
    url: 'https://www.cve.org/CVERecord?id=CVE-2026-43435',
    date: '2026-05-08',
    status: 'V-2',
  },
])

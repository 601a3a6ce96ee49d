import { defineSources } from './types'

// Sources for part 3: how Rust code becomes part of the kernel.
// Kernel source files were read in torvalds/linux (2025-2026 snapshots); the URLs point at master.
// Ids added for this part start with "arch-" so that they cannot collide with other parts' ids;
// pages that another part already registers (version policy, rustc_codegen_gcc, LWN on the
// 2025 Maintainers Summit) are cited under that part's id.
export default defineSources([
  {
    id: 'kdoc-rust-general-information',
    title: 'Rust: General Information (Documentation/rust/general-information.rst)',
    publisher: 'The Linux kernel documentation',
    url: 'https://docs.kernel.org/rust/general-information.html',
    date: '2026',
    status: 'V',
  },
  {
    id: 'kdoc-rust-quick-start',
    title: 'Rust: Quick Start (Documentation/rust/quick-start.rst)',
    publisher: 'The Linux kernel documentation',
    url: 'https://docs.kernel.org/rust/quick-start.html',
    date: '2026',
    status: 'V',
  },
  {
    id: 'arch-kdoc-coding-guidelines',
    title: 'Rust: Coding Guidelines (Documentation/rust/coding-guidelines.rst): SAFETY comments and # Safety sections',
    publisher: 'The Linux kernel documentation',
    url: 'https://docs.kernel.org/rust/coding-guidelines.html',
    date: '2026',
    status: 'V',
  },
  {
    id: 'arch-kdoc-testing',
    title: 'Rust: Testing (Documentation/rust/testing.rst): KUnit doctests, rusttest, kselftests',
    publisher: 'The Linux kernel documentation',
    url: 'https://docs.kernel.org/rust/testing.html',
    date: '2026',
    status: 'V',
  },
  {
    id: 'arch-rust-makefile',
    title: 'rust/Makefile: bindgen, helpers and rustc invocations for core, bindings and kernel',
    publisher: 'Linux kernel source',
    url: 'https://github.com/torvalds/linux/blob/master/rust/Makefile',
    date: '2026',
    status: 'V',
  },
  {
    id: 'arch-rust-helpers',
    title: 'rust/helpers/helpers.c: C helpers for inline functions and macros',
    publisher: 'Linux kernel source',
    url: 'https://github.com/torvalds/linux/blob/master/rust/helpers/helpers.c',
    date: '2026',
    status: 'V',
  },
  {
    id: 'arch-kernel-lib-rs',
    title: 'rust/kernel/lib.rs: the Module and InPlaceModule traits, ThisModule, the panic handler',
    publisher: 'Linux kernel source',
    url: 'https://github.com/torvalds/linux/blob/master/rust/kernel/lib.rs',
    date: '2026',
    status: 'V',
  },
  {
    id: 'arch-macros-module-rs',
    title: 'rust/macros/module.rs: what module! expands to (init_module, cleanup_module, modinfo)',
    publisher: 'Linux kernel source',
    url: 'https://github.com/torvalds/linux/blob/master/rust/macros/module.rs',
    date: '2026',
    status: 'V',
  },
  {
    id: 'arch-kernel-mutex-rs',
    title: 'rust/kernel/sync/lock/mutex.rs: Mutex, new_mutex! and MutexGuard',
    publisher: 'Linux kernel source',
    url: 'https://github.com/torvalds/linux/blob/master/rust/kernel/sync/lock/mutex.rs',
    date: '2026',
    status: 'V',
  },
  {
    id: 'arch-kunit-tests-rustdoc',
    title: 'Attribute macro kunit_tests',
    publisher: 'Rust for Linux rustdoc on kernel.org',
    url: 'https://kernel.org/doc/rustdoc/latest/macros/attr.kunit_tests.html',
    date: '2026',
    status: 'V',
  },
  {
    id: 'arch-pin-init',
    title: 'pin-init: safe pinned-data initialization',
    publisher: 'Rust for Linux project (GitHub)',
    url: 'https://github.com/Rust-for-Linux/pin-init',
    date: '2026',
    status: 'V',
  },
  {
    id: 'arch-ojeda-v9-cover',
    title: '[PATCH v9 00/27] Rust support (cover letter: RUSTC_BOOTSTRAP enables unstable features in the stable compiler)',
    publisher: 'Miguel Ojeda, LKML',
    url: 'https://lore.kernel.org/lkml/20220805154231.31257-1-ojeda@kernel.org/',
    date: '2022-08-05',
    status: 'V',
  },
  {
    id: 'arch-klint',
    title: 'klint: lints for kernel Rust code (first lint: locking rules via preemption counts)',
    publisher: 'Gary Guo, Rust for Linux project (GitHub)',
    url: 'https://github.com/Rust-for-Linux/klint',
    date: '2025',
    status: 'V',
  },
])

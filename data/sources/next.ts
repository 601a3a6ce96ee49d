import { defineSources } from './types'

// Sources for what comes next and how to start.
export default defineSources([
  {
    id: 'rust-goals-2026-rfl',
    title: 'Roadmap: Rust for Linux (build the kernel with only stable language features)',
    publisher: 'Rust project goals 2026',
    url: 'https://rust-lang.github.io/rust-project-goals/2026/roadmap-rust-for-linux.html',
    date: '2026',
    status: 'V',
  },
  {
    id: 'rfl-rustc-codegen-gcc',
    title: 'rustc_codegen_gcc',
    publisher: 'Rust for Linux project',
    url: 'https://rust-for-linux.com/rustc_codegen_gcc',
    date: '2025',
    status: 'V',
  },
  {
    id: 'kdoc-rust-index',
    title: 'Rust (kernel documentation index)',
    publisher: 'The Linux kernel documentation',
    url: 'https://docs.kernel.org/rust/',
    date: '2026',
    status: 'V',
  },
  {
    id: 'rfl-version-policy',
    title: 'Rust version policy',
    publisher: 'Rust for Linux project',
    url: 'https://rust-for-linux.com/Rust-version-policy',
    date: '2026-04-07',
    status: 'V',
  },
])

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
])

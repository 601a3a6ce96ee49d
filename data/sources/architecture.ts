import { defineSources } from './types'

// Sources for part 3: how Rust code becomes part of the kernel.
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
])

import { defineSources } from './types'

// Sources for where Rust runs today.
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
])

import { defineSources } from './types'

// Sources for part 2: how Rust got into the kernel.
export default defineSources([
  {
    id: 'torvalds-merge-rust-6-1',
    title: "Merge tag 'rust-v6.1-rc1' (commit 8aebac82933f)",
    publisher: 'Linus Torvalds, mainline git',
    url: 'https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git/commit/?id=8aebac82933ff1a7c8eede18cab11e1115e2062b',
    date: '2022-10-03',
    status: 'V',
  },
  {
    id: 'kernel-org-releases',
    title: 'Active kernel releases',
    publisher: 'kernel.org',
    url: 'https://www.kernel.org/releases.html',
    date: '2026',
    status: 'V',
  },
])

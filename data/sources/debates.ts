import { defineSources } from './types'

// Sources for the debates: each side in its own words.
export default defineSources([
  {
    id: 'torvalds-dma-2025-02-20',
    title: 'Re: Rust kernel policy (to Christoph Hellwig: “nobody is forced to deal with Rust” does not imply “everybody is allowed to veto any Rust code”)',
    publisher: 'Linus Torvalds, LKML',
    url: 'https://lore.kernel.org/all/CAHk-=wgLbz1Bm8QhmJ4dJGSmTuV5w_R0Gwvg5kHrYr4Ko9dUHQ@mail.gmail.com/',
    date: '2025-02-20',
    status: 'V',
  },
  {
    id: 'lwn-dma-resistance',
    title: 'Resistance to Rust abstractions for DMA mapping',
    publisher: 'LWN.net',
    url: 'https://lwn.net/Articles/1006805/',
    date: '2025-01-30',
    status: 'V',
  },
  {
    id: 'gregkh-2025-02-19',
    title: 'Re: Rust kernel policy (corner cases in C that are gone in Rust)',
    publisher: 'Greg Kroah-Hartman, LKML',
    url: 'https://lore.kernel.org/all/2025021954-flaccid-pucker-f7d9@gregkh/',
    date: '2025-02-19',
    status: 'V',
  },
  {
    id: 'marcan-resigning-asahi',
    title: 'Resigning as Asahi Linux project lead',
    publisher: 'Hector Martin',
    url: 'https://marcan.st/2025/02/resigning-as-asahi-linux-project-lead/',
    date: '2025-02-13',
    status: 'V',
  },
  {
    id: 'rfl-kernel-policy',
    title: 'Rust kernel policy',
    publisher: 'Rust for Linux project',
    url: 'https://rust-for-linux.com/Rust-kernel-policy',
    date: '2025-02-09',
    status: 'V',
  },
  {
    id: 'wedson-retiring',
    title: '[PATCH 0/1] Retiring from the Rust for Linux project',
    publisher: 'Wedson Almeida Filho, LKML',
    url: 'https://lore.kernel.org/lkml/20240828211117.9422-1-wedsonaf@gmail.com/',
    date: '2024-08-28',
    status: 'V',
  },
])

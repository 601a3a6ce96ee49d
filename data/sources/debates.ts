import { defineSources } from './types'

// Sources for the debates: each side in its own words.
export default defineSources([
  {
    id: 'torvalds-dma-2025-02-20',
    title: 'Reply to Christoph Hellwig on Rust code that uses the DMA-mapping layer',
    publisher: 'Linus Torvalds, LKML',
    url: 'https://lkml.org/lkml/2025/2/20/2066',
    date: '2025-02-20',
    status: 'V',
  },
])

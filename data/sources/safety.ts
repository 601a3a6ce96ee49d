import { defineSources } from './types'

// Sources for the safety case: what the evidence says and what it does not.
export default defineSources([
  {
    id: 'rfl-null-block',
    title: 'Null Block driver',
    publisher: 'Rust for Linux project',
    url: 'https://rust-for-linux.com/null-block-driver',
    date: '2026',
    status: 'V',
  },
])

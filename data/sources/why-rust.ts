import { defineSources } from './types'

// Sources for part 1: why anyone wanted a second language in the kernel.
export default defineSources([
  {
    id: 'msrc-2019',
    title: 'A proactive approach to more secure code',
    publisher: 'Microsoft Security Response Center',
    url: 'https://www.microsoft.com/en-us/msrc/blog/2019/07/a-proactive-approach-to-more-secure-code',
    date: '2019-07-16',
    status: 'V',
  },
  {
    id: 'chromium-memory-safety',
    title: 'Memory safety',
    publisher: 'The Chromium Projects',
    url: 'https://www.chromium.org/Home/chromium-security/memory-safety/',
    date: '2020',
    status: 'V',
  },
  {
    id: 'android-2022',
    title: 'Memory Safe Languages in Android 13',
    publisher: 'Google Security Blog',
    url: 'https://security.googleblog.com/2022/12/memory-safe-languages-in-android-13.html',
    date: '2022-12-01',
    status: 'V',
  },
  {
    id: 'android-2024',
    title: 'Eliminating Memory Safety Vulnerabilities at the Source',
    publisher: 'Google Security Blog',
    url: 'https://security.googleblog.com/2024/09/eliminating-memory-safety-vulnerabilities-Android.html',
    date: '2024-09-25',
    status: 'V',
  },
  {
    id: 'rustc-e0382',
    title: 'Error code E0382: use of a moved value',
    publisher: 'The Rust compiler error index',
    url: 'https://doc.rust-lang.org/error_codes/E0382.html',
    date: '2026',
    status: 'V',
  },
  {
    id: 'rustc-e0277',
    title: 'Error code E0277: a trait bound is not satisfied',
    publisher: 'The Rust compiler error index',
    url: 'https://doc.rust-lang.org/error_codes/E0277.html',
    date: '2026',
    status: 'V',
  },
  {
    id: 'rust-book-send-sync',
    title: 'The Rust Programming Language, ch. 16.4: Extensible Concurrency with Send and Sync',
    publisher: 'The Rust Project',
    url: 'https://doc.rust-lang.org/book/ch16-04-extensible-concurrency-sync-and-send.html',
    date: '2026',
    status: 'V',
  },
])

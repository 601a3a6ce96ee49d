// SPDX-License-Identifier: GPL-2.0
//! Imagined as one file of the `kernel` crate (rust/kernel/example.rs), written for the talk:
//! only the `kernel` crate's doc examples become KUnit tests (CONFIG_RUST_KERNEL_DOCTESTS),
//! and since 7.2 its `#[kunit_tests]` suites sit behind a Kconfig option, as in
//! Documentation/rust/testing.rst at Linux 7.3.

use crate::prelude::*;

// #region doctest
/// 4 KiB pages needed for `bytes`.
///
/// ```
/// use kernel::example::pages;
/// assert_eq!(pages(8192), 2);
/// ```
pub fn pages(bytes: usize) -> usize {
    bytes.div_ceil(4096)
}
// #endregion doctest

// #region suite
#[cfg(CONFIG_RUST_PAGES_KUNIT_TEST)]
#[kunit_tests(rust_kernel_pages)]
mod tests {
    use super::*;

    #[test]
    fn empty_needs_none() {
        assert_eq!(pages(0), 0);
    }
}
// #endregion suite

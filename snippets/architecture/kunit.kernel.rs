// SPDX-License-Identifier: GPL-2.0
//! Two ways to test kernel Rust with KUnit, written for the talk.

use kernel::prelude::*;

// #region kunit
/// Returns how many 4096-byte pages hold `bytes`.
///
/// ```
/// assert_eq!(pages_for(1), 1);
/// assert_eq!(pages_for(8192), 2);
/// ```
pub fn pages_for(bytes: usize) -> usize {
    bytes.div_ceil(4096)
}

#[kunit_tests(demo_pages)]
mod tests {
    use super::*;
    #[test]
    fn no_bytes_need_no_pages() {
        assert_eq!(pages_for(0), 0);
    }
}
// #endregion kunit

// SPDX-License-Identifier: GPL-2.0
//! The shape of an abstraction, written for the talk: unsafe inside, safe outside.

use kernel::{bindings, types::Opaque};

// #region safety
#[repr(transparent)]
pub struct Refcount(Opaque<bindings::refcount_t>);

impl Refcount {
    /// # Safety
    ///
    /// `ptr` points to a live `refcount_t` for all of `'a`.
    pub unsafe fn from_raw<'a>(ptr: *mut bindings::refcount_t) -> &'a Self {
        // SAFETY: Same layout (transparent); the caller vouches for `ptr`.
        unsafe { &*ptr.cast() }
    }

    pub fn inc(&self) {
        // SAFETY: `self.0` is a live `refcount_t` while `self` exists.
        unsafe { bindings::refcount_inc(self.0.get()) };
    }
}
// #endregion safety

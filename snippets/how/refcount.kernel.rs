// SPDX-License-Identifier: GPL-2.0
//! The shape of an abstraction, written for the talk: unsafe inside, safe outside.

use kernel::{
    bindings::{
        self,
        refcount_t, //
    },
    types::Opaque, //
};

#[repr(transparent)]
pub struct Refcount(Opaque<refcount_t>);

// #region safety
impl Refcount {
    /// # Safety
    /// `ptr` points to a live `refcount_t` for all of `'a`.
    pub unsafe fn from_raw<'a>(ptr: *mut refcount_t) -> &'a Self {
        // SAFETY: Same layout; the caller vouches for `ptr`.
        unsafe { &*ptr.cast() }
    }

    pub fn inc(&self) {
        // SAFETY: `self.0` is live as long as `self` is.
        unsafe { bindings::refcount_inc(self.0.get()) };
    }
}
// #endregion safety

// SPDX-License-Identifier: GPL-2.0
//! Error paths and cleanup without goto labels, written for the talk.

use kernel::prelude::*;

module! {
    type: Demo,
    name: "demo",
    authors: ["Rust for Linux talk kit"],
    license: "GPL",
}

// #region unwind
struct Demo {
    table: KVec<u32>,
    scratch: KBox<[u8; 64]>,
}

impl kernel::Module for Demo {
    fn init(_module: &'static ThisModule) -> Result<Self> {
        let table = KVec::with_capacity(128, GFP_KERNEL)?;
        let scratch = KBox::new([0u8; 64], GFP_KERNEL)?;
        Ok(Demo { table, scratch })
    }
}
impl Drop for Demo {
    fn drop(&mut self) {
        pr_info!("unloading\n");
    }
}
// #endregion unwind

// SPDX-License-Identifier: GPL-2.0
//! A whole Rust module: the same job as demo.c, written for the talk.
//! Shapes follow Linux 7.3: `module!` fields in its order, `KVec::from_elem`.

use kernel::prelude::*;

// #region module
module! {
    type: Demo,
    name: "demo",
    authors: ["Rust for Linux talk kit"],
    license: "GPL",
}
struct Demo(KVec<u32>);
impl kernel::Module for Demo {
    fn init(_module: &'static ThisModule) -> Result<Self> {
        let table = KVec::from_elem(0u32, 128, GFP_KERNEL)?;
        pr_info!("ready\n");
        Ok(Demo(table))
    }
}
// #endregion module

// SPDX-License-Identifier: GPL-2.0
//! A whole Rust module: the same job as demo.c, written for the talk.

use kernel::prelude::*;

// #region module
module! {
    type: Demo,
    name: "demo",
    authors: ["Rust for Linux talk kit"],
    license: "GPL",
}

struct Demo {
    table: KVec<u32>,
}

impl kernel::Module for Demo {
    fn init(_module: &'static ThisModule) -> Result<Self> {
        let table = KVec::with_capacity(128, GFP_KERNEL)?;
        pr_info!("ready\n");
        Ok(Demo { table })
    }
}
// #endregion module

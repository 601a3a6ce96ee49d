// SPDX-License-Identifier: GPL-2.0
//! The same counters in kernel Rust, written for the talk: the data lives inside the lock.

use kernel::{
    prelude::*,
    sync::Mutex, //
};

struct Stats {
    calls: u64,
    bytes: u64,
}

// #region shown
#[pin_data]
struct Dev {
    #[pin]
    stats: Mutex<Stats>,
}

impl Dev {
    fn record(&self, n: u64) {
        let mut s = self.stats.lock();
        s.calls += 1;
        s.bytes += n;
    } // unlocked here
}
// #endregion shown

// SPDX-License-Identifier: GPL-2.0
//! A pinned, lock-protected counter, written for the talk.

use kernel::prelude::*;
use kernel::sync::{new_mutex, Mutex};

struct Stats {
    calls: u64,
    bytes: u64,
}

// #region pin
#[pin_data]
struct Counter {
    #[pin]
    stats: Mutex<Stats>,
}

impl Counter {
    fn new() -> impl PinInit<Self> {
        pin_init!(Counter {
            stats <- new_mutex!(Stats { calls: 0, bytes: 0 }),
        })
    }
}

fn make_counter() -> Result<Pin<KBox<Counter>>> {
    let counter = KBox::pin_init(Counter::new(), GFP_KERNEL)?;
    Ok(counter)
}
// #endregion pin

// #region lock
impl Counter {
    fn record(&self, bytes: u64) {
        let mut stats = self.stats.lock();
        stats.calls += 1;
        stats.bytes += bytes;
    } // Guard dropped: mutex_unlock().
}
// #endregion lock

// SPDX-License-Identifier: GPL-2.0
//! A pinned field and a plain field in one fallible in-place initialiser, written for the talk.
//! Shapes follow Linux 7.3: `try_pin_init!` in rust/kernel/init.rs, `new_mutex!` in
//! rust/kernel/sync/lock/mutex.rs.

use kernel::{
    prelude::*,
    sync::{
        new_mutex,
        Mutex, //
    }, //
};

// #region pin
#[pin_data]
struct Port {
    #[pin]
    state: Mutex<u32>,
    buf: KBox<[u8; 4096]>,
}
impl Port {
    fn new() -> impl PinInit<Self, Error> {
        try_pin_init!(Port {
            state <- new_mutex!(0),
            buf: KBox::new([0; 4096], GFP_KERNEL)?,
        })
    }
}
// #endregion pin

fn open_port() -> Result<Pin<KBox<Port>>> {
    KBox::pin_init(Port::new(), GFP_KERNEL)
}

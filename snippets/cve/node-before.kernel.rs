// SPDX-License-Identifier: GPL-2.0
//! The shape of drivers/android/binder/node.rs before the fix for CVE-2025-68260
//! (Linux 6.18), written for the talk: two methods, with the rest of the driver left out.

use core::mem;

// #region cleared
impl NodeDeath {
    fn set_cleared(self: &DArc<Self>) {
        let mut guard = self.node.owner.inner.lock();
        let node_inner = self.node.inner.access_mut(&mut guard);
        // SAFETY: A NodeDeath is only ever put on its own node's
        // death_list, so it is either on that list or on no list.
        unsafe { node_inner.death_list.remove(self) };
    }
}
// #endregion cleared

impl Node {
    fn release(&self) {
        let mut guard = self.owner.inner.lock();
        // #region release
        let deaths = mem::take(&mut self.inner.access_mut(&mut guard).death_list);
        drop(guard);
        // #endregion release
        for death_notification in deaths {
            death_notification.into_arc().set_dead();
        }
    }
}

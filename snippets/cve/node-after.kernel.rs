// SPDX-License-Identifier: GPL-2.0
//! The shape of Node::release() after "rust_binder: fix race condition on death_list"
//! (Linux 6.19, and 6.18.1), written for the talk.

impl Node {
    fn release(&self) {
        // #region release
        let mut guard = self.owner.inner.lock();
        while let Some(death_notification) =
            self.inner.access_mut(&mut guard).death_list.pop_front()
        {
            drop(guard);
            death_notification.into_arc().set_dead();
            guard = self.owner.inner.lock();
        }
        // #endregion release
    }
}

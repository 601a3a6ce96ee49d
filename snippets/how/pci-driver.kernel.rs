// SPDX-License-Identifier: GPL-2.0
//! The shape of samples/rust/rust_driver_pci.rs at Linux 7.3, written for the talk: a PCI
//! driver whose BAR mapping lives exactly as long as the device is bound to it.

use kernel::{
    device::Core,
    pci,
    prelude::*, //
};

const BAR_SIZE: usize = 0x10;

// #region data
struct DemoData<'bound> {
    pdev: &'bound pci::Device,
    bar: pci::Bar<'bound, BAR_SIZE>,
}
// #endregion data

struct DemoDriver;

kernel::pci_device_table!(
    PCI_TABLE,
    <DemoDriver as pci::Driver>::IdInfo,
    [(pci::DeviceId::from_id(pci::Vendor::REDHAT, 0x5), ())]
);

impl pci::Driver for DemoDriver {
    type IdInfo = ();
    type Data<'bound> = DemoData<'bound>;
    const ID_TABLE: pci::IdTable<Self::IdInfo> = &PCI_TABLE;

    // #region probe
    fn probe<'bound>(
        pdev: &'bound pci::Device<Core<'_>>,
        _info: Option<&'bound Self::IdInfo>,
    ) -> impl PinInit<Self::Data<'bound>, Error> + 'bound {
        pdev.enable_device_mem()?;
        let bar = pdev.iomap_region_sized::<BAR_SIZE>(0, c"demo")?;
        Ok(DemoData { pdev, bar })
    }
    // #endregion probe
}

kernel::module_pci_driver! {
    type: DemoDriver,
    name: "demo_pci",
    authors: ["Rust-for-Linux talk kit"],
    description: "The shape of a Rust PCI driver",
    license: "GPL v2",
}

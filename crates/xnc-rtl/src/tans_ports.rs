//! The stream ports every tANS decoder shares (the one tANS framing, docs/INTEGRATION.md), declared
//! once as rust-hdl interfaces. A decoder holds them as fields `s_axis_ans`, `s_axis_raw` and
//! `m_axis`; rust-hdl names their signals `s_axis_ans$tdata` and so on, which [`crate::emit`] turns
//! into the AXI4-Stream names `s_axis_ans_tdata`, ... of the generated Verilog.

use rust_hdl::prelude::*;

/// The tANS byte stream of a block (input): bytes in stream order, bits LSB-first; the value count
/// in `tuser` with the block's first byte; `tlast` on its last byte.
#[derive(LogicInterface, Default)]
pub struct AnsIn {
    /// tANS stream byte (stream order, bits LSB-first).
    pub tdata: Signal<In, Bits<8>>,
    /// Values in the block (1..65535), read with the block's first tANS byte.
    pub tuser: Signal<In, Bits<16>>,
    /// tANS byte valid.
    pub tvalid: Signal<In, Bit>,
    /// tANS byte accepted.
    pub tready: Signal<Out, Bit>,
    /// Last tANS byte of the block.
    pub tlast: Signal<In, Bit>,
}

/// The raw stream of a block (input), `W` bits a beat; `tlast` on the block's last beat (framing
/// only: the value count ends the block).
#[derive(LogicInterface, Default)]
pub struct RawIn<const W: usize> {
    /// Raw stream data.
    pub tdata: Signal<In, Bits<W>>,
    /// Raw beat valid.
    pub tvalid: Signal<In, Bit>,
    /// Raw beat accepted.
    pub tready: Signal<Out, Bit>,
    /// Last raw beat of the block.
    pub tlast: Signal<In, Bit>,
}

/// The decoded values (output), `W` bits a beat (one 16-bit value, or one per lane); `tlast` on
/// the block's last beat.
#[derive(LogicInterface, Default)]
pub struct ValuesOut<const W: usize> {
    /// Decoded values.
    pub tdata: Signal<Out, Bits<W>>,
    /// Output valid.
    pub tvalid: Signal<Out, Bit>,
    /// Output accepted.
    pub tready: Signal<In, Bit>,
    /// Last value of the block.
    pub tlast: Signal<Out, Bit>,
}

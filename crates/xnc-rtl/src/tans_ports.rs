//! The stream and table ports the tANS decoders share (the one tANS framing, docs/INTEGRATION.md), declared
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

/// The table write port of the plain and format-aware decoders at table log `R` (`NB` bits of an
/// `nb` field, `A` = R + 1 address bits): one entry per cycle with `we`; address `0..2^R` a decode
/// entry `(code, nb, base)`, `2^R + c` the code map entry `c` (`exp`, `esc`). rtl/ names its signals
/// `tbl_we`, `tbl_addr`, ...
#[derive(LogicInterface, Default)]
pub struct TansTablePort<const R: usize, const NB: usize, const A: usize> {
    /// Table write enable.
    pub we: Signal<In, Bit>,
    /// Table address: `0..2^R` decode entries, `2^R + c` code map entry `c`.
    pub addr: Signal<In, Bits<A>>,
    /// Decode entry: code emitted in the state.
    pub code: Signal<In, Bits<4>>,
    /// Decode entry: number of state bits to read.
    pub nb: Signal<In, Bits<NB>>,
    /// Decode entry: next state without the bits read.
    pub base: Signal<In, Bits<R>>,
    /// Code map entry: exponent of the code.
    pub exp: Signal<In, Bits<8>>,
    /// Code map entry: the code is the escape (exponent in the raw stream).
    pub esc: Signal<In, Bit>,
}

/// The table write port of the context decoders at table log `R` (`NB` bits of an `nb` field,
/// `AW` address bits): one write per cycle with `we`; the address selects a decode entry
/// `{class, state}`, a column map entry (`crate::tans_decoder_ctx::cmap_base` + column) or the
/// configuration (`crate::tans_decoder_ctx::config_addr`). rtl/ names its signals `tbl_we`,
/// `tbl_addr`, ...
#[derive(LogicInterface, Default)]
pub struct CtxTablePort<const R: usize, const NB: usize, const AW: usize> {
    /// Table write enable.
    pub we: Signal<In, Bit>,
    /// Table address: `{class, state}`, column map base `+ column`, or the configuration address.
    pub addr: Signal<In, Bits<AW>>,
    /// Decode entry: next state without the bits read.
    pub base: Signal<In, Bits<R>>,
    /// Decode entry: state bits to read.
    pub nb: Signal<In, Bits<NB>>,
    /// Decode entry: additional bits of the state's code (0..=11).
    pub nbits: Signal<In, Bits<4>>,
    /// Decode entry: prefix length k of the state's code.
    pub k: Signal<In, Bits<4>>,
    /// Decode entry: the state's code is the escape.
    pub esc: Signal<In, Bit>,
    /// Decode entry: the code's exponent, sign and mantissa prefix in place.
    pub value: Signal<In, Bits<16>>,
    /// Column map entry: the column's class.
    pub class: Signal<In, Bits<4>>,
    /// Configuration: FP16 values (else BF16).
    pub fp16: Signal<In, Bit>,
    /// Configuration: row length C (1..=4096).
    pub cols: Signal<In, Bits<13>>,
    /// Configuration: column of a block's first value (lane l of N: l mod C).
    pub first: Signal<In, Bits<12>>,
    /// Configuration: column step per value (1 lane: 1 mod C; N lanes: N mod C).
    pub step: Signal<In, Bits<12>>,
}

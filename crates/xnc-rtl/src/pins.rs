//! A block's pins in the beat-record layout of the block manifest: the adapter through which the
//! one stream driver (`xnc_sim::driver`) steps every block.
//!
//! A beat record is `tdata`, `tuser`, `tkeep` little-endian, each in whole bytes, then a `tlast`
//! byte (the module documentation of [`crate::manifest`]); a table write is the 8-byte record of
//! `table.bin`, each signal where the manifest's [`TablePort`] puts it. Each block type implements
//! [`Dut`] next to its family here (one macro line for a block of an existing shape); its manifest
//! entry names the type once ([`crate::manifest::Block::dut`]), so the driver, `xnc sim`, the
//! tests and the benches reach every block from the manifest and from nowhere else.

use rust_hdl::prelude::*;

use crate::manifest::{TablePort, TableSignal};
use crate::tans_decoder::TansDecoder;
use crate::tans_decoder_ctx::TansDecoderCtx;
use crate::tans_decoder_fa::TansDecoderFa;
use crate::tans_lanes::TansDecoderLanes;
use crate::tans_ports::TansTablePort;
use crate::xnc_compressor::XncCompressor;
use crate::xnc_decompressor::XncDecompressor;
use crate::xnc_packer::XncPacker;
use crate::xnc_unpacker::XncUnpacker;

/// The signal `name` of table port `t`; panics if it has none (a bug between the block, the
/// manifest and the vectors, not an input error).
pub fn table_signal<'a>(t: &'a TablePort, name: &str) -> &'a TableSignal {
    t.signals.iter().find(|s| s.name == name).unwrap_or_else(|| panic!("no table signal {name} in the manifest"))
}

/// One table write as the pins see it: the 8-byte record of `table.bin` and the block's table port
/// (the manifest's), which says where each signal sits in it.
pub struct TableIn<'a> {
    /// The block's table port (the manifest's).
    pub port: &'a TablePort,
    /// The 8-byte record of `table.bin`, as a little-endian `u64`.
    pub rec: u64,
}

impl TableIn<'_> {
    /// The value of table signal `name`.
    pub fn get(&self, name: &str) -> u64 {
        let s = table_signal(self.port, name);
        (self.rec >> (8 * s.byte + s.shift)) & ((1u64 << s.width) - 1)
    }
}

/// A block as the driver sees it: its pins, with beats in the record layout of the block manifest
/// (`tdata`, `tuser`, `tkeep` little-endian, then a `tlast` byte). Object safe: the manifest makes
/// each block as a `Box<dyn Dut>` ([`new_dut`]).
pub trait Dut: Block {
    /// Drive every input: `aresetn`, the table port (`None`: no write), input stream `i` from
    /// `ins[i]` (`None`: tvalid low, tdata kept) and the output's tready.
    fn poke(&mut self, aresetn: bool, tbl: Option<&TableIn>, ins: &[Option<&[u8]>], ready: bool);
    /// Drive the clock.
    fn set_clock(&mut self, high: bool);
    /// `tready` of input stream `i`.
    fn ready(&self, i: usize) -> bool;
    /// The output's tvalid; writes the output beat record into `beat`.
    fn out(&self, beat: &mut [u8]) -> bool;
    /// The logic settles in two passes after a falling edge and needs one pass after a rising edge
    /// (no leaf block reads another leaf's output: the driver then skips rust-hdl's settle loop, the
    /// simulation's main cost, and checks the claim as it goes). `false`: settle to rest.
    fn fixed_passes(&self) -> bool {
        false
    }
    /// Whether any output changed in the last pass (checks the fixed settle schedule).
    fn outputs_changed(&self) -> bool {
        true
    }
}

// ---------------------------------------------------------------------------------------------
// Beat records <-> pins

/// A fresh block `U` behind its pins (what a manifest entry's `dut` makes).
pub fn new_dut<U: Dut + Default + 'static>() -> Box<dyn Dut> {
    Box::new(U::default())
}

/// `Bits<N>` from little-endian bytes.
fn from_le<const N: usize>(b: &[u8]) -> Bits<N> {
    let limb = |c: &[u8]| c.iter().rev().fold(0u64, |x, &y| x << 8 | y as u64);
    if N <= 64 {
        return limb(b).to_bits();
    }
    b.chunks(8).rev().fold(Bits::<N>::default(), |x, c| (x << 64) | bits::<N>(limb(c)))
}

/// Reads a beat record field after field; each field's width is that of the pin it goes to.
pub struct Fields<'a>(pub &'a [u8]);

impl Fields<'_> {
    /// The next field, as wide as the pin `N`.
    pub fn field<const N: usize>(&mut self) -> Bits<N> {
        let (f, rest) = self.0.split_at(N.div_ceil(8));
        self.0 = rest;
        from_le(f)
    }
    /// The `tlast` byte.
    pub fn last(&self) -> bool {
        self.0[0] & 1 == 1
    }
}

/// Writes a beat record field after field.
pub struct Put<'a>(pub &'a mut [u8]);

impl Put<'_> {
    /// Write pin value `x` as the next field.
    pub fn put<const N: usize>(&mut self, x: Bits<N>) {
        let n = N.div_ceil(8);
        let (f, rest) = std::mem::take(&mut self.0).split_at_mut(n);
        for (k, c) in f.chunks_mut(8).enumerate() {
            let l = if N <= 64 { x.to_u64() } else { bit_cast::<64, N>(x >> (64 * k) as u64).to_u64() };
            c.copy_from_slice(&l.to_le_bytes()[..c.len()]);
        }
        self.0 = rest;
    }
    /// Write the `tlast` byte.
    pub fn last(self, last: bool) {
        self.0[0] = last as u8;
    }
}

/// A pin's value from a table record field.
trait FromField {
    fn from_field(v: u64) -> Self;
}

impl FromField for bool {
    fn from_field(v: u64) -> Self {
        v != 0
    }
}

impl<const N: usize> FromField for Bits<N> {
    fn from_field(v: u64) -> Self {
        v.to_bits()
    }
}

/// The table port: `tbl_we` and the named signals, each from its place in the record (all 0
/// without a write).
macro_rules! table_pins {
    // The plain and format-aware decoders: the `tbl` interface, then any further signals.
    ($u:expr, $tbl:expr; tbl $(, $sig:ident)*) => {
        tans_table_pins(&mut $u.tbl, $tbl);
        $($u.$sig.next = FromField::from_field($tbl.map_or(0, |t| t.get(stringify!($sig))));)*
    };
    // The context decoders: the `tbl` interface, each signal `tbl_<sig>` of the record.
    ($u:expr, $tbl:expr; tbl { $($sig:ident),+ }) => {
        $u.tbl.we.next = $tbl.is_some();
        $($u.tbl.$sig.next = FromField::from_field($tbl.map_or(0, |t| t.get(concat!("tbl_", stringify!($sig)))));)+
    };
}

/// The table port of the plain and format-aware tANS decoders from table record `tbl` (all 0
/// without a write).
fn tans_table_pins<const R: usize, const NB: usize, const A: usize>(
    p: &mut TansTablePort<R, NB, A>,
    tbl: Option<&TableIn>,
) {
    let get = |name: &str| tbl.map_or(0, |t| t.get(name));
    p.we.next = tbl.is_some();
    p.addr.next = get("tbl_addr").to_bits();
    p.code.next = get("tbl_code").to_bits();
    p.nb.next = get("tbl_nb").to_bits();
    p.base.next = get("tbl_base").to_bits();
    p.exp.next = get("tbl_exp").to_bits();
    p.esc.next = get("tbl_esc") != 0;
}

/// An input stream from beat `$beat` (`None`: tvalid low, the rest kept): tvalid, tlast, then
/// the pins of the record's fields in order (tdata, then tuser if the port has one).
#[doc(hidden)]
#[macro_export]
macro_rules! stream_in {
    ($beat:expr, $valid:expr, $last:expr; $($field:expr),+) => {
        $valid.next = $beat.is_some();
        if let Some(x) = $beat {
            let mut f = $crate::pins::Fields(x);
            $($field.next = f.field();)+
            $last.next = f.last();
        }
    };
}

/// A one-lane tANS decoder (`s_axis_ans`, `s_axis_raw`, `m_axis`) with the table signals `$sig`;
/// `$raw` the raw stream's pins after `tdata` in record order (its `tkeep` where it has one).
macro_rules! one_lane_tans {
    ($($raw:ident),*; $($table:tt)+) => {
        fn poke(&mut self, aresetn: bool, tbl: Option<&TableIn>, ins: &[Option<&[u8]>], ready: bool) {
            self.aresetn.next = aresetn;
            table_pins!(self, tbl; $($table)+);
            crate::stream_in!(ins[0], self.s_axis_ans.tvalid, self.s_axis_ans.tlast; self.s_axis_ans.tdata, self.s_axis_ans.tuser);
            crate::stream_in!(ins[1], self.s_axis_raw.tvalid, self.s_axis_raw.tlast; self.s_axis_raw.tdata $(, self.$raw)*);
            self.m_axis.tready.next = ready;
        }
        fn set_clock(&mut self, high: bool) {
            self.aclk.next = high.into();
            self.aclk.update_all(); // the kernel sees the new clock in the first pass
        }
        fn ready(&self, i: usize) -> bool {
            [self.s_axis_ans.tready.val(), self.s_axis_raw.tready.val()][i]
        }
        fn out(&self, beat: &mut [u8]) -> bool {
            let mut p = Put(beat);
            p.put(self.m_axis.tdata.val());
            p.last(self.m_axis.tlast.val());
            self.m_axis.tvalid.val()
        }
        fn outputs_changed(&self) -> bool {
            self.s_axis_ans.tready.changed
                | self.s_axis_raw.tready.changed
                | self.m_axis.tvalid.changed
                | self.m_axis.tdata.changed
                | self.m_axis.tlast.changed
        }
    };
}

impl<const R: usize, const NB: usize, const A: usize> Dut for TansDecoder<R, NB, A> {
    one_lane_tans!(; tbl);
    fn fixed_passes(&self) -> bool {
        true
    }
}

impl<const R: usize, const NB: usize, const A: usize> Dut for TansDecoderFa<R, NB, A> {
    one_lane_tans!(; tbl, tbl_nbits);
}

impl<const R: usize, const NB: usize, const AW: usize> Dut for TansDecoderCtx<R, NB, AW> {
    one_lane_tans!(
        s_axis_raw_tkeep;
        tbl { addr, base, nb, nbits, k, esc, value, class, fp16, cols, first, step }
    );
}

impl<const L: usize, const L16: usize, const L2: usize> Dut for TansDecoderLanes<L, L16, L2> {
    fn poke(&mut self, aresetn: bool, tbl: Option<&TableIn>, ins: &[Option<&[u8]>], ready: bool) {
        self.aresetn.next = aresetn;
        table_pins!(self, tbl; tbl);
        for l in 0..L {
            let (a, r) = (ins[2 * l], ins[2 * l + 1]);
            crate::stream_in!(a, self.s_axis_ans[l].tvalid, self.s_axis_ans[l].tlast; self.s_axis_ans[l].tdata, self.s_axis_ans[l].tuser);
            crate::stream_in!(r, self.s_axis_raw[l].tvalid, self.s_axis_raw[l].tlast; self.s_axis_raw[l].tdata);
        }
        self.m_axis.tready.next = ready;
    }
    fn set_clock(&mut self, high: bool) {
        self.aclk.next = high.into();
    }
    fn ready(&self, i: usize) -> bool {
        if i.is_multiple_of(2) {
            self.s_axis_ans[i / 2].tready.val()
        } else {
            self.s_axis_raw[i / 2].tready.val()
        }
    }
    fn out(&self, beat: &mut [u8]) -> bool {
        let mut p = Put(beat);
        p.put(self.m_axis.tdata.val());
        p.put(self.m_axis_tkeep.val());
        p.last(self.m_axis.tlast.val());
        self.m_axis.tvalid.val()
    }
}

/// `impl Dut` for a block with one input stream `s_axis` and one output `m_axis`, flat signal
/// names (`s_axis_tdata`, `s_axis_tvalid`, `s_axis_tready`, `s_axis_tlast`, the same for `m_axis`,
/// `aclk`, `aresetn`) and no table port: the XNC blocks, and the shape a new block of that kind
/// takes with one line (`impl Dut for MyBlock { xnc_rtl::axis_pins!(; m_axis_tuser); }`).
/// `$user_in` is the input's `tuser` if it has one, `$out` the output's signals between `tdata`
/// and `tlast` in record order (`tuser`, then `tkeep`).
#[macro_export]
macro_rules! axis_pins {
    ($($user_in:ident)?; $($out:ident),*) => {
        fn poke(&mut self, aresetn: bool, _tbl: Option<&$crate::pins::TableIn>, ins: &[Option<&[u8]>], ready: bool) {
            self.aresetn.next = aresetn;
            $crate::stream_in!(ins[0], self.s_axis_tvalid, self.s_axis_tlast; self.s_axis_tdata $(, self.$user_in)?);
            self.m_axis_tready.next = ready;
        }
        fn set_clock(&mut self, high: bool) {
            self.aclk.next = high.into();
        }
        fn ready(&self, _i: usize) -> bool {
            self.s_axis_tready.val()
        }
        fn out(&self, beat: &mut [u8]) -> bool {
            let mut p = $crate::pins::Put(beat);
            p.put(self.m_axis_tdata.val());
            $(p.put(self.$out.val());)*
            p.last(self.m_axis_tlast.val());
            self.m_axis_tvalid.val()
        }
    };
}

impl Dut for XncCompressor {
    crate::axis_pins!(; m_axis_tuser);
}

impl Dut for XncDecompressor {
    crate::axis_pins!(s_axis_tuser;);
}

impl<const W: usize, const K: usize, const K2: usize, const L: usize> Dut for XncPacker<W, K, K2, L> {
    crate::axis_pins!(s_axis_tuser; m_axis_tkeep);
}

impl<const W: usize, const R: usize, const L: usize> Dut for XncUnpacker<W, R, L> {
    crate::axis_pins!(; m_axis_tuser);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A beat record read into pins and written back is the same record (wide and narrow fields).
    #[test]
    fn fields_and_put_round_trip() {
        let mut rec: Vec<u8> = (0..72u32).map(|i| (i * 37 + 5) as u8).collect();
        (rec[70], rec[71]) = (rec[70] & 3, 1);
        let mut f = Fields(&rec);
        let (a, u): (Bits<552>, Bits<10>) = (f.field(), f.field());
        let last = f.last();
        let mut back = vec![0u8; 72];
        let mut p = Put(&mut back);
        p.put(a);
        p.put(u);
        p.last(last);
        assert_eq!(back, rec);
        let x: Bits<16> = Fields(&[0x34, 0x12, 0]).field();
        assert_eq!(x.to_u64(), 0x1234);
    }
}

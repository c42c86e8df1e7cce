//! The one stream driver: steps any block of the manifest (N input streams, an optional table
//! port, one output stream) on the beat records of a [`BeatSet`], under seeded stalls, with an
//! optional VCD trace; compares every output beat and counts cycles. `xnc sim`, the tests and the
//! benches all run the blocks through [`drive`].
//!
//! Schedule (the Verilator harness `sim/harness.cpp` follows it bit for bit, so both give the same
//! cycle counts): a power-up cycle with `aresetn` low, not counted; one table write per cycle
//! (counted; nothing draws, every valid and ready low); then every cycle, each source in port order
//! that is not holding a beat and has beats left draws once from [`Stalls`] and presents its next
//! beat unless the draw says stall; then the sink draws once and raises tready unless the draw says
//! stall. A run ends in the cycle the last expected output beat is taken.
//!
//! Mid-stream reset ([`SimOptions::reset_after`]): after the cycle in which that many output beats
//! have been received, one cycle with `aresetn` low (nothing draws, nothing valid, `tready` low);
//! then every stream restarts at the first block not completely received, and the receiver drops
//! that block's beats received so far (tables are kept: no reload).

use std::fs::File;
use std::io::BufWriter;
use std::time::Instant;

use rust_hdl::core::vcd_probe::{write_vcd_change, write_vcd_dump, write_vcd_header, VCDProbe};
use rust_hdl::prelude::*;
use xnc_rtl::manifest::{self, TablePort};
use xnc_rtl::tans_decoder::TansDecoder;
use xnc_rtl::tans_decoder_ctx::TansDecoderCtx;
use xnc_rtl::tans_decoder_fa::TansDecoderFa;
use xnc_rtl::tans_lanes::TansDecoderLanes;
use xnc_rtl::tans_ports::TansTablePort;
use xnc_rtl::xnc_compressor::XncCompressor;
use xnc_rtl::xnc_decompressor::XncDecompressor;
use xnc_rtl::xnc_packer::XncPacker;
use xnc_rtl::xnc_unpacker::XncUnpacker;

use crate::vectors::{table_signal, BeatSet};
use crate::{Result, SimError, SimOptions, SimReport, Stalls};

/// One table write as the pins see it: the 8-byte record of `table.bin` and the block's table port
/// (the manifest's), which says where each signal sits in it.
pub struct TableIn<'a> {
    port: &'a TablePort,
    rec: u64,
}

impl TableIn<'_> {
    /// The value of table signal `name`.
    fn get(&self, name: &str) -> u64 {
        let s = table_signal(self.port, name);
        (self.rec >> (8 * s.byte + s.shift)) & ((1u64 << s.width) - 1)
    }
}

/// A block as the driver sees it: its pins, with beats in the record layout of the block manifest
/// (`xnc_rtl::manifest`: `tdata`, `tuser`, `tkeep` little-endian, then a `tlast` byte).
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
    /// (the kernel has no local signals: [`drive`] then skips rust-hdl's settle loop, the
    /// simulation's main cost, and checks the claim as it goes). `false`: settle to rest.
    const FIXED_PASSES: bool = false;
    /// Whether any output changed in the last pass (checks the fixed settle schedule).
    fn outputs_changed(&self) -> bool {
        true
    }
}

// ---------------------------------------------------------------------------------------------
// Beat records <-> pins

/// `Bits<N>` from little-endian bytes.
fn from_le<const N: usize>(b: &[u8]) -> Bits<N> {
    let limb = |c: &[u8]| c.iter().rev().fold(0u64, |x, &y| x << 8 | y as u64);
    if N <= 64 {
        return limb(b).to_bits();
    }
    b.chunks(8).rev().fold(Bits::<N>::default(), |x, c| (x << 64) | bits::<N>(limb(c)))
}

/// Reads a beat record field after field; each field's width is that of the pin it goes to.
struct Fields<'a>(&'a [u8]);

impl Fields<'_> {
    fn next<const N: usize>(&mut self) -> Bits<N> {
        let (f, rest) = self.0.split_at(N.div_ceil(8));
        self.0 = rest;
        from_le(f)
    }
    fn last(&self) -> bool {
        self.0[0] & 1 == 1
    }
}

/// Writes a beat record field after field.
struct Put<'a>(&'a mut [u8]);

impl Put<'_> {
    fn put<const N: usize>(&mut self, x: Bits<N>) {
        let n = N.div_ceil(8);
        let (f, rest) = std::mem::take(&mut self.0).split_at_mut(n);
        for (k, c) in f.chunks_mut(8).enumerate() {
            let l = if N <= 64 { x.to_u64() } else { bit_cast::<64, N>(x >> (64 * k) as u64).to_u64() };
            c.copy_from_slice(&l.to_le_bytes()[..c.len()]);
        }
        self.0 = rest;
    }
    fn last(self, last: bool) {
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
macro_rules! stream_in {
    ($beat:expr, $valid:expr, $last:expr; $($field:expr),+) => {
        $valid.next = $beat.is_some();
        if let Some(x) = $beat {
            let mut f = Fields(x);
            $($field.next = f.next();)+
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
            stream_in!(ins[0], self.s_axis_ans.tvalid, self.s_axis_ans.tlast; self.s_axis_ans.tdata, self.s_axis_ans.tuser);
            stream_in!(ins[1], self.s_axis_raw.tvalid, self.s_axis_raw.tlast; self.s_axis_raw.tdata $(, self.$raw)*);
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
    const FIXED_PASSES: bool = true;
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
            stream_in!(a, self.s_axis_ans[l].tvalid, self.s_axis_ans[l].tlast; self.s_axis_ans[l].tdata, self.s_axis_ans[l].tuser);
            stream_in!(r, self.s_axis_raw[l].tvalid, self.s_axis_raw[l].tlast; self.s_axis_raw[l].tdata);
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

/// The XNC blocks: one input stream `s_axis`, one output `m_axis`, no table; `$user_in` is the
/// input's `tuser` if it has one, `$out` the output's signals between `tdata` and `tlast` in record
/// order.
macro_rules! xnc_dut {
    ($($user_in:ident)?; $($out:ident),*) => {
        fn poke(&mut self, aresetn: bool, _tbl: Option<&TableIn>, ins: &[Option<&[u8]>], ready: bool) {
            self.aresetn.next = aresetn;
            stream_in!(ins[0], self.s_axis_tvalid, self.s_axis_tlast; self.s_axis_tdata $(, self.$user_in)?);
            self.m_axis_tready.next = ready;
        }
        fn set_clock(&mut self, high: bool) {
            self.aclk.next = high.into();
        }
        fn ready(&self, _i: usize) -> bool {
            self.s_axis_tready.val()
        }
        fn out(&self, beat: &mut [u8]) -> bool {
            let mut p = Put(beat);
            p.put(self.m_axis_tdata.val());
            $(p.put(self.$out.val());)*
            p.last(self.m_axis_tlast.val());
            self.m_axis_tvalid.val()
        }
    };
}

impl Dut for XncCompressor {
    xnc_dut!(; m_axis_tuser);
}

impl Dut for XncDecompressor {
    xnc_dut!(s_axis_tuser;);
}

impl<const W: usize, const K: usize, const K2: usize, const L: usize> Dut for XncPacker<W, K, K2, L> {
    xnc_dut!(s_axis_tuser; m_axis_tkeep);
}

impl<const W: usize, const R: usize, const L: usize> Dut for XncUnpacker<W, R, L> {
    xnc_dut!(; m_axis_tuser);
}

// ---------------------------------------------------------------------------------------------
// The driver

/// With the fixed settle schedule, every this many cycles one extra pass checks that the logic
/// had come to rest (it must change nothing).
const CHECK_EVERY: u64 = 64;

/// The VCD clock period in picoseconds (one sample per clock edge).
const CLOCK_PS: u64 = 10_000;

/// One clock edge: to rest with rust-hdl's `simulate` (`exact`, or a block without
/// [`Dut::FIXED_PASSES`]), else the fixed schedule, checked.
fn edge<T: Dut>(d: &mut T, high: bool, exact: bool, check: bool) -> Result<()> {
    d.set_clock(high);
    if exact || !T::FIXED_PASSES {
        return if simulate(d, 1000) { Ok(()) } else { Err(SimError::Block("logic did not settle".into())) };
    }
    // The clock pin first, then: after a falling edge two passes (inputs and leaf blocks, then
    // every output and register input); after a rising edge one pass, which evaluates the logic
    // with the falling edge's values (nothing may change there) and lets the registers sample,
    // and one more that the next falling edge would do anyway.
    d.update_all();
    if high {
        if d.outputs_changed() {
            return Err(SimError::Block("outputs not settled after two passes".into()));
        }
        d.update_all();
    } else {
        d.update_all();
        if check {
            d.update_all();
            if d.has_changed() {
                return Err(SimError::Block("logic not settled after two passes".into()));
            }
        }
    }
    Ok(())
}

/// Drive block `d` with the beats `b` under `opts` (schedule and reset in the module
/// documentation); every output beat is compared with `b.output`.
pub fn drive<T: Dut>(mut d: T, b: &BeatSet, opts: &SimOptions) -> Result<SimReport> {
    let start = Instant::now();
    d.connect_all();
    let mut rep = SimReport { design: b.design.clone(), ..Default::default() };
    let (srcs, out) = (&b.inputs, &b.output);
    let n = srcs.len();
    let mut vcd: Option<VCDProbe<BufWriter<File>>> = match &opts.vcd {
        Some(p) => {
            let f = File::create(p).map_err(|source| SimError::Io { path: p.clone(), source })?;
            let probe = write_vcd_header(BufWriter::with_capacity(1 << 20, f), &d);
            Some(write_vcd_dump(probe, &d))
        }
        None => None,
    };
    let exact = vcd.is_some();
    let mut dump = |d: &T, t: u64| -> Result<()> {
        if let Some(mut v) = vcd.take() {
            v.timestamp(t).map_err(SimError::Vcd)?;
            vcd = Some(write_vcd_change(v, d));
        }
        Ok(())
    };
    let fail = |e: SimError| match e {
        SimError::Block(m) => SimError::Block(format!("{}: {m}", b.design)),
        e => e,
    };
    let idle: Vec<Option<&[u8]>> = vec![None; n];
    // Power-up reset, not counted.
    d.poke(false, None, &idle, false);
    edge(&mut d, false, true, false).map_err(fail)?;
    edge(&mut d, true, true, false).map_err(fail)?;
    let mut cycle = 0u64;
    let port = manifest::block(&b.design).and_then(|x| x.table.as_ref());
    if !b.table.is_empty() && port.is_none() {
        return Err(SimError::Block(format!("{}: table writes, and the block has no table port", b.design)));
    }
    for t in &b.table {
        let t = port.map(|port| TableIn { port, rec: *t });
        d.poke(true, t.as_ref(), &idle, false);
        edge(&mut d, false, exact, cycle.is_multiple_of(CHECK_EVERY)).map_err(fail)?;
        dump(&d, cycle * CLOCK_PS)?;
        edge(&mut d, true, exact, false).map_err(fail)?;
        dump(&d, cycle * CLOCK_PS + CLOCK_PS / 2)?;
        cycle += 1;
    }
    let mut stalls = Stalls::new(opts.stall_seed);
    let (mut next, mut hold) = (vec![0usize; n], vec![false; n]);
    let mut beats: Vec<Option<&[u8]>> = vec![None; n];
    let mut got = vec![0u8; out.bytes_per_beat];
    let in_beats: usize = srcs.iter().map(|p| p.beats()).sum();
    let (mut first_in, mut first_valid, mut first_out, mut last_out) = (None, None, None, 0u64);
    let (mut k, mut blocks_done) = (0usize, 0usize);
    let (mut reset_now, mut reset_done) = (false, false);
    let max_cycles = cycle + 64 * (in_beats + out.beats()) as u64 + 1000;
    while k < out.beats() {
        if cycle >= max_cycles {
            return Err(SimError::Block(format!(
                "{}: timeout after {cycle} cycles, {k} of {} output beats",
                b.design,
                out.beats()
            )));
        }
        if reset_now {
            d.poke(false, None, &idle, false);
            edge(&mut d, false, exact, false).map_err(fail)?;
            dump(&d, cycle * CLOCK_PS)?;
            edge(&mut d, true, exact, false).map_err(fail)?;
            dump(&d, cycle * CLOCK_PS + CLOCK_PS / 2)?;
            for s in 0..n {
                next[s] = srcs[s].block_starts[blocks_done];
                hold[s] = false;
            }
            k = out.block_starts[blocks_done];
            (reset_now, reset_done) = (false, true);
            cycle += 1;
            continue;
        }
        for s in 0..n {
            if !hold[s] && next[s] < srcs[s].beats() && stalls.go() {
                hold[s] = true;
            }
            beats[s] = if hold[s] { Some(srcs[s].beat(next[s])) } else { None };
        }
        let ready = stalls.go();
        d.poke(true, None, &beats, ready);
        edge(&mut d, false, exact, cycle.is_multiple_of(CHECK_EVERY)).map_err(fail)?;
        dump(&d, cycle * CLOCK_PS)?;
        for s in 0..n {
            if hold[s] && d.ready(s) {
                hold[s] = false;
                next[s] += 1;
                if s == 0 {
                    first_in.get_or_insert(cycle);
                }
            }
        }
        if d.out(&mut got) {
            first_valid.get_or_insert(cycle);
            if ready {
                let want = out.beat(k);
                if got != want {
                    rep.mismatches += 1;
                    if rep.first_mismatch.is_none() {
                        rep.first_mismatch =
                            Some(format!("beat {k} (cycle {cycle}): got {got:02x?}, expected {want:02x?}"));
                    }
                }
                first_out.get_or_insert(cycle);
                last_out = cycle;
                blocks_done += out.last(k) as usize;
                k += 1;
                rep.beats += 1;
                if opts.reset_after.is_some_and(|r| !reset_done && k as u64 >= r && k < out.beats()) {
                    reset_now = true;
                }
            }
        }
        edge(&mut d, true, exact, false).map_err(fail)?;
        dump(&d, cycle * CLOCK_PS + CLOCK_PS / 2)?;
        cycle += 1;
    }
    drop(vcd); // flushes the BufWriter
    rep.values = b.values; // every output beat was received
    rep.cycles = cycle;
    rep.latency = match (first_in, first_valid) {
        (Some(a), Some(v)) if opts.stall_seed.is_none() => Some(v - a),
        _ => None,
    };
    if let Some(f) = first_out {
        rep.values_per_cycle = rep.values as f64 / (last_out - f + 1) as f64;
    }
    rep.seconds = start.elapsed().as_secs_f64();
    Ok(rep)
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
        let (a, u): (Bits<552>, Bits<10>) = (f.next(), f.next());
        let last = f.last();
        let mut back = vec![0u8; 72];
        let mut p = Put(&mut back);
        p.put(a);
        p.put(u);
        p.last(last);
        assert_eq!(back, rec);
        let x: Bits<16> = Fields(&[0x34, 0x12, 0]).next();
        assert_eq!(x.to_u64(), 0x1234);
    }
}

//! Cycle-accurate harness of `tans_decoder` (xnc-rtl): golden vectors from `xnc_codec::ans`, both
//! input streams and the output stalled by the shared [`Stalls`] generator, every output value
//! compared with the input.
//!
//! A run is, cycle by cycle:
//! 1. one power-up cycle with `aresetn` low;
//! 2. the table load: one write per cycle, decode entries `0..2^R` then the code map at `2^R + c`
//!    ([`table_writes`]), streams idle, no stall draws;
//! 3. the streams ([`stream_vectors`]): each cycle the tANS source, then the raw source, draw if they
//!    are not holding a beat, then the output sink draws (the order of `Stalls`' documentation);
//! 4. with [`SimOptions::reset_after`]: after that many values, one cycle with `aresetn` low (no
//!    draws, all valid and ready low), then the remaining values are re-encoded into fresh blocks
//!    starting at the first value not received and streamed again. The tables are not reloaded
//!    (the decoder keeps them across a reset).
//!
//! Inputs change while the clock is low; handshakes are observed after the logic settles, before
//! the rising edge. [`run_traced`] writes one line per cycle of every input and output (hex), the
//! format the Icarus/Verilator testbench of `rtl/tans_decoder.v` replays.

use crate::{SimOptions, SimReport, Stalls};
use rust_hdl::core::vcd_probe::{write_vcd_change, write_vcd_dump, write_vcd_header, VCDProbe};
use rust_hdl::prelude::*;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::time::Instant;
use xnc_codec::ans::AnsModel;
use xnc_codec::Dtype;
use xnc_rtl::tans_decoder::{TansDecoder, TansDecoderFa, TansDecoderR6, TansDecoderR8};

/// One cycle of the table write port.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TableWrite {
    /// `tbl_addr`: a state (`< 2^R`) or `2^R + code`.
    pub addr: u16,
    /// `tbl_code` (decode entries).
    pub code: u8,
    /// `tbl_nb` (decode entries).
    pub nb: u8,
    /// `tbl_base` (decode entries).
    pub base: u16,
    /// `tbl_exp` (code map entries).
    pub exp: u8,
    /// `tbl_esc` (code map entries).
    pub esc: bool,
}

/// One beat of a byte stream (`s_axis_ans_*` or `s_axis_raw_*`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ByteBeat {
    /// `tdata`.
    pub data: u8,
    /// `tuser` of the tANS stream: the block's value count (0 on the raw stream).
    pub user: u16,
    /// `tlast`: last byte of the block.
    pub last: bool,
}

/// One output beat (`m_axis_*`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ValueBeat {
    /// `tdata`: the BF16 value.
    pub data: u16,
    /// `tlast`: last value of the block.
    pub last: bool,
}

/// The exact beat sequence of every port for one stream of blocks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StreamVectors {
    /// `s_axis_ans_*` beats, all blocks in order.
    pub ans: Vec<ByteBeat>,
    /// `s_axis_raw_*` beats.
    pub raw: Vec<ByteBeat>,
    /// Expected `m_axis_*` beats.
    pub out: Vec<ValueBeat>,
    /// Number of blocks.
    pub blocks: usize,
}

/// The table writes that load `model` (decode entries in state order, then the code map).
///
/// Errors if the model is not one this decoder implements: BF16, table log 6 or 8, every direct
/// code with all 8 additional bits (plain coding pairs), an escape with 8 + 8 raw bits.
pub fn table_writes(model: &AnsModel) -> Result<Vec<TableWrite>, String> {
    if model.dtype != Dtype::BF16 {
        return Err(format!("tans_decoder decodes BF16, the model is {:?}", model.dtype));
    }
    if model.table_log != 6 && model.table_log != 8 {
        return Err(format!("tans_decoder is generated for R = 6 and 8, not {}", model.table_log));
    }
    model.validate().map_err(|e| e.to_string())?;
    for (i, c) in model.codes.iter().enumerate() {
        if c.nbits != 8 {
            return Err(format!(
                "code {i} has {} additional bits: format-aware coding pairs are not implemented in \
                 tans_decoder (plain BF16 only)",
                c.nbits
            ));
        }
    }
    let mut w: Vec<TableWrite> = model
        .decode_table()
        .iter()
        .enumerate()
        .map(|(s, e)| TableWrite { addr: s as u16, code: e.code, nb: e.nb, base: e.base, ..Default::default() })
        .collect();
    let l = model.states() as u16;
    w.extend(model.codes.iter().enumerate().map(|(c, code)| TableWrite {
        addr: l + c as u16,
        exp: code.exp,
        esc: code.escape,
        ..Default::default()
    }));
    Ok(w)
}

/// Encode `values` with the golden model in blocks of `block_values` and lay the blocks out as
/// the beats of each port.
pub fn stream_vectors(values: &[u16], model: &AnsModel, block_values: usize) -> Result<StreamVectors, String> {
    if block_values == 0 {
        return Err("block_values must be at least 1".into());
    }
    let enc = model.encoder().map_err(|e| e.to_string())?;
    let mut v = StreamVectors::default();
    for block in values.chunks(block_values) {
        let b = enc.encode(block).map_err(|e| e.to_string())?;
        if b.ans.is_empty() || b.raw.is_empty() {
            return Err("empty block stream (cannot be framed by tlast)".into());
        }
        let n = b.ans.len();
        let user = block.len() as u16;
        v.ans.extend(b.ans.iter().enumerate().map(|(i, &d)| ByteBeat { data: d, user, last: i + 1 == n }));
        let n = b.raw.len();
        v.raw.extend(b.raw.iter().enumerate().map(|(i, &d)| ByteBeat { data: d, user: 0, last: i + 1 == n }));
        let n = block.len();
        v.out.extend(block.iter().enumerate().map(|(i, &d)| ValueBeat { data: d, last: i + 1 == n }));
        v.blocks += 1;
    }
    Ok(v)
}

/// Everything the decoder's ports see in one cycle (inputs) and drive (outputs).
#[derive(Clone, Copy, Debug, Default)]
struct Pins {
    aresetn: bool,
    tbl: Option<TableWrite>,
    ans: Option<ByteBeat>,
    raw: Option<ByteBeat>,
    ready: bool,
}

/// The decoder, stepped directly (no testbench threads).
struct Dut<const R: usize, const NB: usize, const A: usize> {
    u: TansDecoder<R, NB, A>,
}

/// Run the logic to rest.
fn settle<B: Block>(u: &mut B) -> Result<(), String> {
    if simulate(u, 100) {
        Ok(())
    } else {
        Err("tans_decoder logic did not settle".into())
    }
}

/// With the fixed settle schedule, every this many cycles one extra pass checks that the logic
/// had come to rest (it must change nothing).
const CHECK_EVERY: u64 = 64;

impl<const R: usize, const NB: usize, const A: usize> Dut<R, NB, A> {
    fn new() -> Self {
        let mut u = TansDecoder::<R, NB, A>::new();
        u.connect_all();
        Self { u }
    }

    /// Falling edge with new inputs; the handshakes are read after this.
    ///
    /// `exact` settles with rust-hdl's `simulate` (until a pass changes nothing). Otherwise a fixed
    /// schedule: the clock pin is latched directly, then two passes: the first latches the inputs
    /// and lets the leaf blocks (tables, window, output register) read the new register values, the
    /// second computes every output and register input from them (the kernel has no local signals,
    /// so nothing needs a third pass). [`Dut::rise`] checks that claim cheaply every cycle, and
    /// `check` runs one more pass that must change nothing.
    fn fall(&mut self, exact: bool, check: bool) -> Result<(), String> {
        self.u.aclk.next = Clock::from(false);
        if exact {
            return settle(&mut self.u);
        }
        self.u.aclk.update_all();
        self.u.update_all();
        self.u.update_all();
        if check {
            self.u.update_all();
            if self.u.has_changed() {
                return Err("tans_decoder: logic not settled after two passes (falling edge)".into());
            }
        }
        Ok(())
    }

    /// Rising edge. `exact` runs the logic to rest (for the VCD). Otherwise only the two passes the
    /// registers need to sample (register clocks, register outputs): the next [`Dut::fall`]
    /// settles everything from the new register values, so the values seen at every sampling
    /// point are the same. The first of the two passes evaluates the logic with the inputs and
    /// register values of the falling edge: if any output changes there, the falling edge had
    /// not settled.
    fn rise(&mut self, exact: bool) -> Result<(), String> {
        self.u.aclk.next = Clock::from(true);
        if exact {
            return settle(&mut self.u);
        }
        self.u.aclk.update_all();
        self.u.update_all();
        let u = &self.u;
        if u.s_axis_ans_tready.changed
            | u.s_axis_raw_tready.changed
            | u.m_axis_tvalid.changed
            | u.m_axis_tdata.changed
            | u.m_axis_tlast.changed
        {
            return Err("tans_decoder: outputs not settled after two passes".into());
        }
        self.u.update_all();
        Ok(())
    }

    fn poke(&mut self, p: &Pins) {
        let u = &mut self.u;
        u.aresetn.next = p.aresetn;
        let t = p.tbl.unwrap_or_default();
        u.tbl_we.next = p.tbl.is_some();
        u.tbl_addr.next = (t.addr as u64).to_bits();
        u.tbl_code.next = (t.code as u64).to_bits();
        u.tbl_nb.next = (t.nb as u64).to_bits();
        u.tbl_base.next = (t.base as u64).to_bits();
        u.tbl_exp.next = (t.exp as u64).to_bits();
        u.tbl_esc.next = t.esc;
        let a = p.ans.unwrap_or_default();
        u.s_axis_ans_tvalid.next = p.ans.is_some();
        u.s_axis_ans_tdata.next = (a.data as u64).to_bits();
        u.s_axis_ans_tuser.next = (a.user as u64).to_bits();
        u.s_axis_ans_tlast.next = a.last;
        let r = p.raw.unwrap_or_default();
        u.s_axis_raw_tvalid.next = p.raw.is_some();
        u.s_axis_raw_tdata.next = (r.data as u64).to_bits();
        u.s_axis_raw_tlast.next = r.last;
        u.m_axis_tready.next = p.ready;
    }

    /// One trace line: inputs, then `|`, then outputs (hex), as the Verilog testbench reads them.
    fn trace_line(&self) -> String {
        let u = &self.u;
        let b = |x: bool| if x { '1' } else { '0' };
        format!(
            "{} {} {:03x} {:x} {:x} {:02x} {:02x} {} {:02x} {} {} {:02x} {} {} {} | {} {} {:04x} {} {}",
            b(u.aresetn.val()),
            b(u.tbl_we.val()),
            u.tbl_addr.val().to_u64(),
            u.tbl_code.val().to_u64(),
            u.tbl_nb.val().to_u64(),
            u.tbl_base.val().to_u64(),
            u.tbl_exp.val().to_u64(),
            b(u.tbl_esc.val()),
            u.s_axis_ans_tdata.val().to_u64(),
            b(u.s_axis_ans_tvalid.val()),
            b(u.s_axis_ans_tlast.val()),
            u.s_axis_raw_tdata.val().to_u64(),
            b(u.s_axis_raw_tvalid.val()),
            b(u.s_axis_raw_tlast.val()),
            b(u.m_axis_tready.val()),
            b(u.s_axis_ans_tready.val()),
            b(u.s_axis_raw_tready.val()),
            u.m_axis_tdata.val().to_u64(),
            b(u.m_axis_tvalid.val()),
            b(u.m_axis_tlast.val()),
        )
    }
}

/// Picoseconds per clock period in the VCD (100 MHz).
const CLOCK_PS: u64 = 10_000;

/// Decode `values` (BF16) through `tans_decoder` at the model's table log, in blocks of
/// `block_values`, and check every output beat. See the module documentation for the cycle order.
pub fn run(values: &[u16], model: &AnsModel, block_values: usize, opts: &SimOptions) -> Result<SimReport, String> {
    run_traced(values, model, block_values, opts, None)
}

/// [`run`], also writing one line per cycle (every input and output port, hex) to `trace`.
pub fn run_traced(
    values: &[u16],
    model: &AnsModel,
    block_values: usize,
    opts: &SimOptions,
    trace: Option<&mut dyn Write>,
) -> Result<SimReport, String> {
    match model.table_log {
        6 => drive::<6, 3, 7>(TansDecoderR6::TABLE_LOG, values, model, block_values, opts, trace),
        8 => drive::<8, 4, 9>(TansDecoderR8::TABLE_LOG, values, model, block_values, opts, trace),
        r => Err(format!("tans_decoder is generated for R = 6 and 8, not {r}")),
    }
}

fn drive<const R: usize, const NB: usize, const A: usize>(
    _r: usize,
    values: &[u16],
    model: &AnsModel,
    block_values: usize,
    opts: &SimOptions,
    mut trace: Option<&mut dyn Write>,
) -> Result<SimReport, String> {
    let table = table_writes(model)?;
    let mut vec = stream_vectors(values, model, block_values)?;
    // The clock starts once the vectors are made: `seconds` is the simulation's own time.
    let start = Instant::now();
    let mut dut = Dut::<R, NB, A>::new();
    let mut vcd: Option<VCDProbe<BufWriter<File>>> = match &opts.vcd {
        Some(p) => {
            let f = File::create(p).map_err(|e| format!("{}: {e}", p.display()))?;
            let probe = write_vcd_header(BufWriter::with_capacity(1 << 20, f), &dut.u);
            Some(write_vcd_dump(probe, &dut.u))
        }
        None => None,
    };
    let mut stalls = Stalls::new(opts.stall_seed);
    let mut rep = SimReport { design: format!("tans_decoder (R = {R})"), ..Default::default() };

    // Stream positions (into `vec`, which is rebuilt after a reset) and the value count so far.
    let (mut ans_i, mut raw_i, mut out_i) = (0usize, 0usize, 0usize);
    let (mut ans_hold, mut raw_hold) = (false, false);
    let mut received = 0usize;
    let (mut first_in, mut first_valid, mut first_out, mut last_out) = (None, None, None, 0u64);
    let (mut reset_now, mut reset_done) = (false, false);
    let max_cycles = 1000 + table.len() as u64 + 16 * (vec.ans.len() + vec.raw.len() + vec.out.len()) as u64;

    let mut cycle = 0u64;
    let mut load = 0usize;
    let mut powered = false;
    while received < values.len() {
        if cycle >= max_cycles {
            return Err(format!(
                "tans_decoder: timeout after {cycle} cycles, {received} of {} values received",
                values.len()
            ));
        }
        // Inputs for this cycle.
        let mut pins = Pins::default();
        let streaming = powered && load == table.len() && !reset_now;
        if !powered {
            // power-up reset
        } else if load < table.len() {
            pins.aresetn = true;
            pins.tbl = Some(table[load]);
        } else if !reset_now {
            pins.aresetn = true;
            if !ans_hold && ans_i < vec.ans.len() && stalls.go() {
                ans_hold = true;
            }
            if !raw_hold && raw_i < vec.raw.len() && stalls.go() {
                raw_hold = true;
            }
            pins.ready = stalls.go();
            pins.ans = vec.ans.get(ans_i).copied().filter(|_| ans_hold);
            pins.raw = vec.raw.get(raw_i).copied().filter(|_| raw_hold);
        }
        dut.poke(&pins);
        let exact = vcd.is_some() || !powered;
        dut.fall(exact, cycle.is_multiple_of(CHECK_EVERY))?;
        if let Some(t) = trace.as_mut() {
            writeln!(t, "{}", dut.trace_line()).map_err(|e| e.to_string())?;
        }
        if let Some(mut v) = vcd.take() {
            v.timestamp(cycle * CLOCK_PS).map_err(|e| e.to_string())?;
            vcd = Some(write_vcd_change(v, &dut.u));
        }

        // Handshakes, observed before the rising edge.
        if !powered {
            powered = true;
        } else if load < table.len() {
            load += 1;
        } else if reset_now {
            // The reset cycle: start over from the first value not received, in fresh blocks.
            vec = stream_vectors(&values[received..], model, block_values)?;
            ans_i = 0;
            raw_i = 0;
            out_i = 0;
            ans_hold = false;
            raw_hold = false;
            reset_now = false;
            reset_done = true;
        } else if streaming {
            let u = &dut.u;
            if ans_hold && u.s_axis_ans_tready.val() {
                ans_hold = false;
                ans_i += 1;
                first_in.get_or_insert(cycle);
            }
            if raw_hold && u.s_axis_raw_tready.val() {
                raw_hold = false;
                raw_i += 1;
            }
            if u.m_axis_tvalid.val() {
                first_valid.get_or_insert(cycle);
                if pins.ready {
                    let got = ValueBeat { data: u.m_axis_tdata.val().to_u64() as u16, last: u.m_axis_tlast.val() };
                    let want = vec.out.get(out_i).copied();
                    if Some(got) != want {
                        rep.mismatches += 1;
                        if rep.first_mismatch.is_none() {
                            rep.first_mismatch = Some(format!(
                                "value {received} (cycle {cycle}): got {:04x} last {}, expected {want:x?}",
                                got.data, got.last
                            ));
                        }
                    }
                    out_i += 1;
                    received += 1;
                    rep.beats += 1;
                    first_out.get_or_insert(cycle);
                    last_out = cycle;
                }
            }
            if let Some(r) = opts.reset_after {
                if !reset_done && received as u64 >= r && received < values.len() {
                    reset_now = true;
                }
            }
        }
        dut.rise(exact)?;
        if let Some(mut v) = vcd.take() {
            v.timestamp(cycle * CLOCK_PS + CLOCK_PS / 2).map_err(|e| e.to_string())?;
            vcd = Some(write_vcd_change(v, &dut.u));
        }
        cycle += 1;
    }
    drop(vcd); // flushes the BufWriter
    rep.values = received as u64;
    rep.cycles = cycle;
    rep.latency = match (first_in, first_valid) {
        (Some(a), Some(b)) if opts.stall_seed.is_none() => Some(b - a),
        _ => None,
    };
    if let Some(f) = first_out {
        rep.values_per_cycle = received as f64 / (last_out - f + 1) as f64;
    }
    rep.seconds = start.elapsed().as_secs_f64();
    Ok(rep)
}

// ------------------------------------------------------------------------------------------------
// Format-aware coding pairs: `TansDecoderFa`.

/// The table writes of `TansDecoderFa` for `model` (BF16, any per-code `nbits`): [`table_writes`]
/// plus each code map entry's `nbits` (returned alongside, by write).
pub fn table_writes_fa(model: &AnsModel) -> Result<Vec<(TableWrite, u8)>, String> {
    if model.dtype != Dtype::BF16 {
        return Err(format!("tans_decoder_fa decodes BF16, the model is {:?}", model.dtype));
    }
    model.validate().map_err(|e| e.to_string())?;
    let l = model.states() as u16;
    let mut w: Vec<(TableWrite, u8)> = model
        .decode_table()
        .iter()
        .enumerate()
        .map(|(s, e)| (TableWrite { addr: s as u16, code: e.code, nb: e.nb, base: e.base, ..Default::default() }, 0))
        .collect();
    w.extend(model.codes.iter().enumerate().map(|(c, code)| {
        (TableWrite { addr: l + c as u16, exp: code.exp, esc: code.escape, ..Default::default() }, code.nbits)
    }));
    Ok(w)
}

/// Beats of `TansDecoderFa`: tANS bytes with `tuser` = block values, raw bytes back to back (the
/// decoder frames blocks by the count; this driver leaves the raw `tlast` low).
#[derive(Clone, Debug, Default)]
pub struct FaVectors {
    /// `s_axis_ans_*` beats and their `tuser`.
    pub ans: Vec<(ByteBeat, u16)>,
    /// `s_axis_raw_tdata` bytes.
    pub raw: Vec<u8>,
    /// Expected output beats.
    pub out: Vec<ValueBeat>,
}

/// Encode `values` in blocks of `block_values` (at most 65536) for `TansDecoderFa`.
pub fn stream_vectors_fa(values: &[u16], model: &AnsModel, block_values: usize) -> Result<FaVectors, String> {
    if block_values == 0 || block_values > 65535 {
        return Err("block_values must be 1..=65535".into());
    }
    let enc = model.encoder().map_err(|e| e.to_string())?;
    let mut v = FaVectors::default();
    for block in values.chunks(block_values) {
        let b = enc.encode(block).map_err(|e| e.to_string())?;
        let n = b.ans.len();
        let user = block.len() as u16;
        v.ans.extend(b.ans.iter().enumerate().map(|(i, &d)| (ByteBeat { data: d, user, last: i + 1 == n }, user)));
        v.raw.extend_from_slice(&b.raw);
        let n = block.len();
        v.out.extend(block.iter().enumerate().map(|(i, &d)| ValueBeat { data: d, last: i + 1 == n }));
    }
    Ok(v)
}

/// Decode `values` through `TansDecoderFa` (R = 6 or 8) and check every output beat; the same
/// cycle order as [`run`] (tANS source, raw source, sink draw in that order). `trace` gets one line
/// per cycle: `aresetn we addr code nb base exp nbits esc ans_d ans_user ans_v ans_l raw_d raw_v
/// m_ready | ans_ready raw_ready m_data m_valid m_last` (hex).
pub fn run_fa(
    values: &[u16],
    model: &AnsModel,
    block_values: usize,
    opts: &SimOptions,
    trace: Option<&mut dyn Write>,
) -> Result<SimReport, String> {
    match model.table_log {
        6 => drive_fa::<6, 3, 7>(values, model, block_values, opts, trace),
        8 => drive_fa::<8, 4, 9>(values, model, block_values, opts, trace),
        r => Err(format!("tans_decoder_fa is generated for R = 6 and 8, not {r}")),
    }
}

fn drive_fa<const R: usize, const NB: usize, const A: usize>(
    values: &[u16],
    model: &AnsModel,
    block_values: usize,
    opts: &SimOptions,
    mut trace: Option<&mut dyn Write>,
) -> Result<SimReport, String> {
    let table = table_writes_fa(model)?;
    let mut vec = stream_vectors_fa(values, model, block_values)?;
    let start = Instant::now();
    let mut u = TansDecoderFa::<R, NB, A>::new();
    u.connect_all();
    let mut stalls = Stalls::new(opts.stall_seed);
    let mut rep = SimReport { design: format!("tans_decoder_fa (R = {R})"), ..Default::default() };
    let (mut ans_i, mut raw_i, mut out_i) = (0usize, 0usize, 0usize);
    let (mut ans_hold, mut raw_hold) = (false, false);
    let mut received = 0usize;
    let (mut first_out, mut last_out) = (None, 0u64);
    let (mut reset_now, mut reset_done) = (false, false);
    let max_cycles = 1000 + table.len() as u64 + 16 * (vec.ans.len() + vec.raw.len() + vec.out.len()) as u64;
    let (mut cycle, mut load, mut powered) = (0u64, 0usize, false);
    while received < values.len() {
        if cycle >= max_cycles {
            return Err(format!("tans_decoder_fa: timeout after {cycle} cycles, {received} values received"));
        }
        let (mut rst, mut tbl, mut ans, mut raw, mut ready) = (false, None, None, None, false);
        if !powered {
        } else if load < table.len() {
            rst = true;
            tbl = Some(table[load]);
        } else if !reset_now {
            rst = true;
            if !ans_hold && ans_i < vec.ans.len() && stalls.go() {
                ans_hold = true;
            }
            if !raw_hold && raw_i < vec.raw.len() && stalls.go() {
                raw_hold = true;
            }
            ready = stalls.go();
            ans = vec.ans.get(ans_i).copied().filter(|_| ans_hold);
            raw = vec.raw.get(raw_i).copied().filter(|_| raw_hold);
        }
        let (t, nbits) = tbl.unwrap_or_default();
        u.aresetn.next = rst;
        u.tbl_we.next = tbl.is_some();
        u.tbl_addr.next = (t.addr as u64).to_bits();
        u.tbl_code.next = (t.code as u64).to_bits();
        u.tbl_nb.next = (t.nb as u64).to_bits();
        u.tbl_base.next = (t.base as u64).to_bits();
        u.tbl_exp.next = (t.exp as u64).to_bits();
        u.tbl_nbits.next = (nbits as u64).to_bits();
        u.tbl_esc.next = t.esc;
        let (a, au) = ans.unwrap_or_default();
        u.s_axis_ans_tvalid.next = ans.is_some();
        u.s_axis_ans_tdata.next = (a.data as u64).to_bits();
        u.s_axis_ans_tuser.next = (au as u64).to_bits();
        u.s_axis_ans_tlast.next = a.last;
        u.s_axis_raw_tvalid.next = raw.is_some();
        u.s_axis_raw_tdata.next = (raw.unwrap_or_default() as u64).to_bits();
        u.m_axis_tready.next = ready;
        u.aclk.next = Clock::from(false);
        settle(&mut u)?;
        if let Some(w) = trace.as_mut() {
            let b = |x: bool| x as u8;
            writeln!(
                w,
                "{} {} {:03x} {:x} {:x} {:02x} {:02x} {:x} {} {:02x} {:04x} {} {} {:02x} {} {} | {} {} {:04x} {} {}",
                b(rst),
                b(tbl.is_some()),
                t.addr,
                t.code,
                t.nb,
                t.base,
                t.exp,
                nbits,
                b(t.esc),
                a.data,
                au,
                b(ans.is_some()),
                b(a.last),
                raw.unwrap_or_default(),
                b(raw.is_some()),
                b(ready),
                b(u.s_axis_ans_tready.val()),
                b(u.s_axis_raw_tready.val()),
                u.m_axis_tdata.val().to_u64(),
                b(u.m_axis_tvalid.val()),
                b(u.m_axis_tlast.val())
            )
            .map_err(|e| e.to_string())?;
        }
        if !powered {
            powered = true;
        } else if load < table.len() {
            load += 1;
        } else if reset_now {
            vec = stream_vectors_fa(&values[received..], model, block_values)?;
            (ans_i, raw_i, out_i, ans_hold, raw_hold, reset_now, reset_done) = (0, 0, 0, false, false, false, true);
        } else {
            if ans_hold && u.s_axis_ans_tready.val() {
                ans_hold = false;
                ans_i += 1;
            }
            if raw_hold && u.s_axis_raw_tready.val() {
                raw_hold = false;
                raw_i += 1;
            }
            if u.m_axis_tvalid.val() && ready {
                let got = ValueBeat { data: u.m_axis_tdata.val().to_u64() as u16, last: u.m_axis_tlast.val() };
                let want = vec.out.get(out_i).copied();
                if Some(got) != want {
                    rep.mismatches += 1;
                    if rep.first_mismatch.is_none() {
                        rep.first_mismatch = Some(format!(
                            "value {received} (cycle {cycle}): got {:04x} last {}, expected {want:x?}",
                            got.data, got.last
                        ));
                    }
                }
                out_i += 1;
                received += 1;
                rep.beats += 1;
                first_out.get_or_insert(cycle);
                last_out = cycle;
            }
            if let Some(r) = opts.reset_after {
                if !reset_done && received as u64 >= r && received < values.len() {
                    reset_now = true;
                }
            }
        }
        u.aclk.next = Clock::from(true);
        settle(&mut u)?;
        cycle += 1;
    }
    rep.values = received as u64;
    rep.cycles = cycle;
    if let Some(f) = first_out {
        rep.values_per_cycle = received as f64 / (last_out - f + 1) as f64;
    }
    rep.seconds = start.elapsed().as_secs_f64();
    Ok(rep)
}

#[cfg(test)]
mod tests {
    use super::*;
    use xnc_codec::ans::{Histogram, Profile};

    fn model(values: &[u16], r: u8) -> AnsModel {
        let mut h = Histogram::new(Dtype::BF16);
        h.add(values);
        AnsModel::build(&h, r, Profile::Plain).unwrap()
    }

    /// Gaussian-like BF16 weights (a sum of uniforms), with rare outliers, zeros and specials.
    fn synthetic(n: usize, seed: u64) -> Vec<u16> {
        let mut s = Stalls::new(Some(seed));
        (0..n)
            .map(|i| {
                let r = s.next_u64();
                if i % 997 == 13 {
                    return [0x0000, 0x8000, 0x7f80, 0x3f80, 0x0001, 0x4b00][(r % 6) as usize];
                }
                let u = (0..4).map(|k| ((r >> (16 * k)) & 0xffff) as f32 / 65536.0).sum::<f32>() - 2.0;
                let b = (u * 0.02).to_bits();
                ((b + 0x7fff + ((b >> 16) & 1)) >> 16) as u16 // f32 -> BF16, round to nearest even
            })
            .collect()
    }

    /// Up to `n` values of the first tensor of a file in the shared data directory, if present.
    fn real(name: &str, n: usize) -> Option<Vec<u16>> {
        for dir in ["../../testbench/data", "/work/shared/data"] {
            let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir).join(name);
            if let Ok(f) = xnc_codec::tensor::SafetensorsFile::open(&p) {
                let t = f.tensors[0].clone();
                return Some(f.words(&t, 0..n.min(t.values())));
            }
        }
        eprintln!("skipping: {name} not found in testbench/data or /work/shared/data");
        None
    }

    fn check(values: &[u16], r: u8, block: usize, opts: &SimOptions) -> SimReport {
        let m = model(values, r);
        let rep = run(values, &m, block, opts).unwrap();
        assert_eq!(rep.mismatches, 0, "{:?}", rep.first_mismatch);
        assert_eq!(rep.values, values.len() as u64);
        rep
    }

    #[test]
    fn tans_no_stalls_latency_and_throughput() {
        let v = synthetic(5000, 1);
        let m = model(&v, 6);
        let esc = m.escape();
        let rep = check(&v, 6, 1024, &SimOptions::default());
        // First tANS byte at cycle c, initial state read at c+1, first value decoded at c+2 and
        // valid at c+3.
        assert_eq!(rep.latency, Some(3));
        // One value per cycle, plus per block 2 cycles (flush, initial state) and one per escape.
        let escapes = v
            .iter()
            .filter(|&&w| esc.is_some() && !m.codes.iter().any(|c| !c.escape && c.exp as u16 == (w >> 7) & 0xff))
            .count();
        let blocks = v.len().div_ceil(1024);
        let expect = v.len() as f64 / (v.len() + escapes + 2 * (blocks - 1)) as f64;
        assert!((rep.values_per_cycle - expect).abs() < 1e-9, "{} vs {expect}", rep.values_per_cycle);
    }

    #[test]
    fn tans_with_stalls_r6_and_r8() {
        let v = synthetic(4000, 2);
        for seed in [1, 2, 3] {
            let opts = SimOptions { stall_seed: Some(seed), ..Default::default() };
            check(&v, 6, 500, &opts);
            check(&v, 8, 777, &opts);
        }
    }

    #[test]
    fn tans_tiny_blocks_and_escapes() {
        // Blocks of 1..3 values and many escapes (exponents spread widely).
        let v: Vec<u16> = (0..600u32).map(|i| ((i * 7919) % 65536) as u16).collect();
        for block in [1, 2, 3, 64] {
            check(&v, 6, block, &SimOptions { stall_seed: Some(block as u64), ..Default::default() });
        }
    }

    #[test]
    fn tans_reset_mid_stream() {
        let v = synthetic(3000, 3);
        for at in [1, 700, 1023, 1024, 2999] {
            let opts = SimOptions { stall_seed: Some(at), reset_after: Some(at), ..Default::default() };
            check(&v, 6, 1024, &opts);
        }
        check(&v, 6, 1024, &SimOptions { reset_after: Some(1500), ..Default::default() });
    }

    #[test]
    fn tans_real_data() {
        for name in
            ["minilm-l6-v2.word_embeddings.bf16.safetensors", "smollm2-135m-instruct.embed_tokens.bf16.safetensors"]
        {
            let Some(v) = real(name, 200_000) else { continue };
            let m = model(&v, 6);
            let rep = run(&v, &m, 16384, &SimOptions::default()).unwrap();
            assert_eq!(rep.mismatches, 0, "{name}: {:?}", rep.first_mismatch);
            assert!(rep.values_per_cycle >= 0.99, "{name}: {} values/cycle", rep.values_per_cycle);
            eprintln!(
                "{name}: {} values, {} cycles, {:.4} values/cycle, {:.2} M cycles/s",
                rep.values,
                rep.cycles,
                rep.values_per_cycle,
                rep.cycles_per_second() / 1e6
            );
            let rep = run(&v[..50_000], &m, 16384, &SimOptions { stall_seed: Some(9), ..Default::default() }).unwrap();
            assert_eq!(rep.mismatches, 0, "{name} with stalls: {:?}", rep.first_mismatch);
            eprintln!("{name} with stalls: {:.4} values/cycle", rep.values_per_cycle);
        }
    }

    #[test]
    fn tans_vcd_and_trace() {
        let v = synthetic(300, 4);
        let m = model(&v, 6);
        let dir = std::env::temp_dir().join(format!("xnc-tans-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let vcd = dir.join("tans.vcd");
        let mut trace = Vec::new();
        let opts = SimOptions { stall_seed: Some(5), vcd: Some(vcd.clone()), ..Default::default() };
        let rep = run_traced(&v, &m, 128, &opts, Some(&mut trace)).unwrap();
        assert_eq!(rep.mismatches, 0);
        let text = std::fs::read_to_string(&vcd).unwrap();
        assert!(text.contains("$enddefinitions"));
        assert!(text.contains("m_axis_tdata"));
        assert_eq!(String::from_utf8(trace).unwrap().lines().count() as u64, rep.cycles);
        std::fs::remove_dir_all(&dir).ok();
    }

    #[test]
    fn tans_fa_real_data() {
        for name in ["smollm2-135m.slice.bf16.safetensors", "minilm-l6-v2.slice.bf16.safetensors"] {
            let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testbench/data").join(name);
            let f = xnc_codec::tensor::SafetensorsFile::open(&p).unwrap();
            let t = f.tensors[0].clone();
            let v = f.words(&t, 0..60_000.min(t.values()));
            let mut h = Histogram::new(Dtype::BF16);
            h.add(&v);
            for r in [6u8, 8] {
                let m = AnsModel::build(&h, r, Profile::FormatAware).unwrap();
                let nbits: Vec<u8> = m.codes.iter().map(|c| c.nbits).collect();
                let rep = run_fa(&v, &m, 16384, &SimOptions::default(), None).unwrap();
                assert_eq!(rep.mismatches, 0, "{name} R{r}: {:?}", rep.first_mismatch);
                assert!(rep.values_per_cycle >= 0.99, "{name}: {} values/cycle", rep.values_per_cycle);
                eprintln!("{name} R{r} nbits {nbits:?}: {:.4} values/cycle", rep.values_per_cycle);
                for (seed, reset) in [(3, None), (4, Some(20_000)), (5, Some(1))] {
                    let opts = SimOptions { stall_seed: Some(seed), reset_after: reset, ..Default::default() };
                    let rep = run_fa(&v[..30_000], &m, 1000, &opts, None).unwrap();
                    assert_eq!(rep.mismatches, 0, "{name} R{r} seed {seed}: {:?}", rep.first_mismatch);
                }
            }
            // Plain models decode too (every code with 8 bits).
            let m = AnsModel::build(&h, 6, Profile::Plain).unwrap();
            let rep =
                run_fa(&v[..20_000], &m, 777, &SimOptions { stall_seed: Some(8), ..Default::default() }, None).unwrap();
            assert_eq!(rep.mismatches, 0, "{name} plain: {:?}", rep.first_mismatch);
        }
    }

    #[test]
    fn tans_fa_tiny_blocks_zero_bits_and_escapes() {
        let mut v: Vec<u16> = (0..600u32).map(|i| ((i * 7919) % 65536) as u16).collect();
        v.extend(std::iter::repeat_n(0u16, 300));
        v.extend((0..600u32).map(|i| [0x3c00u16, 0xbc00, 0x3c80, 0x0000][(i % 4) as usize]));
        let mut h = Histogram::new(Dtype::BF16);
        h.add(&v);
        let m = AnsModel::build(&h, 6, Profile::FormatAware).unwrap();
        for block in [1, 2, 3, 64, 500] {
            let opts = SimOptions { stall_seed: Some(block as u64), reset_after: Some(700), ..Default::default() };
            let rep = run_fa(&v, &m, block, &opts, None).unwrap();
            assert_eq!(rep.mismatches, 0, "block {block}: {:?}", rep.first_mismatch);
            assert_eq!(rep.values, v.len() as u64);
        }
    }
}

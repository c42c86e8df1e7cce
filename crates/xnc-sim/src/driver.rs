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
use xnc_rtl::manifest::Block;
use xnc_rtl::pins::{Dut, TableIn};

use crate::vectors::BeatSet;
use crate::{Result, SimError, SimOptions, SimReport, Stalls};

// ---------------------------------------------------------------------------------------------
// The driver

/// With the fixed settle schedule, every this many cycles one extra pass checks that the logic
/// had come to rest (it must change nothing).
const CHECK_EVERY: u64 = 64;

/// The VCD clock period in picoseconds (one sample per clock edge).
const CLOCK_PS: u64 = 10_000;

/// Passes rust-hdl's `simulate` allows the logic to come to rest.
const MAX_PASSES: usize = 1000;

/// One clock edge: to rest as rust-hdl's `simulate` does (`exact`, or a block without
/// [`Dut::fixed_passes`]), else the fixed schedule, checked.
fn edge(d: &mut dyn Dut, high: bool, exact: bool, check: bool) -> Result<()> {
    d.set_clock(high);
    if exact || !d.fixed_passes() {
        for _ in 0..MAX_PASSES {
            d.update_all();
            if !d.has_changed() {
                return Ok(());
            }
        }
        return Err(SimError::Block("logic did not settle".into()));
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

/// Drive a fresh block `blk` (a block manifest entry: [`Block::dut`] makes it, [`Block::table`] is
/// its table port) with the beats `b` under `opts` (schedule and reset in the module
/// documentation); every output beat is compared with `b.output`.
pub fn drive(blk: &Block, b: &BeatSet, opts: &SimOptions) -> Result<SimReport> {
    let start = Instant::now();
    let mut dut = (blk.dut)();
    let d: &mut dyn Dut = dut.as_mut();
    d.connect_all();
    let mut rep = SimReport { design: b.design.clone(), ..Default::default() };
    let (srcs, out) = (&b.inputs, &b.output);
    let n = srcs.len();
    let mut vcd: Option<VCDProbe<BufWriter<File>>> = match &opts.vcd {
        Some(p) => {
            let f = File::create(p).map_err(|source| SimError::Io { path: p.clone(), source })?;
            let probe = write_vcd_header(BufWriter::with_capacity(1 << 20, f), d);
            Some(write_vcd_dump(probe, d))
        }
        None => None,
    };
    let exact = vcd.is_some();
    let mut dump = |d: &dyn Dut, t: u64| -> Result<()> {
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
    edge(d, false, true, false).map_err(fail)?;
    edge(d, true, true, false).map_err(fail)?;
    let mut cycle = 0u64;
    let port = blk.table.as_ref();
    if !b.table.is_empty() && port.is_none() {
        return Err(SimError::Block(format!("{}: table writes, and the block has no table port", b.design)));
    }
    for t in &b.table {
        let t = port.map(|port| TableIn { port, rec: *t });
        d.poke(true, t.as_ref(), &idle, false);
        edge(d, false, exact, cycle.is_multiple_of(CHECK_EVERY)).map_err(fail)?;
        dump(d, cycle * CLOCK_PS)?;
        edge(d, true, exact, false).map_err(fail)?;
        dump(d, cycle * CLOCK_PS + CLOCK_PS / 2)?;
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
            edge(d, false, exact, false).map_err(fail)?;
            dump(d, cycle * CLOCK_PS)?;
            edge(d, true, exact, false).map_err(fail)?;
            dump(d, cycle * CLOCK_PS + CLOCK_PS / 2)?;
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
        edge(d, false, exact, cycle.is_multiple_of(CHECK_EVERY)).map_err(fail)?;
        dump(d, cycle * CLOCK_PS)?;
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
        edge(d, true, exact, false).map_err(fail)?;
        dump(d, cycle * CLOCK_PS + CLOCK_PS / 2)?;
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

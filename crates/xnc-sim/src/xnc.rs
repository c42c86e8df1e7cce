//! Harnesses for the XNC blocks: `xnc_compressor`, `xnc_decompressor`, `xnc_packer`, `xnc_unpacker`.
//!
//! Each harness steps one rust-hdl block directly (clock low + inputs, settle; clock high, settle),
//! presents golden input beats, checks every output beat against the golden model
//! (`xnc_codec::xnc`), and counts cycles.
//!
//! Stalls (mirrored bit for bit by the Verilator harness): one [`Stalls`] generator per run. Every
//! cycle, the single source draws once if it is not holding a beat *and has beats left to send*, and
//! presents its next beat unless the draw says stall; then the single sink draws once and raises
//! tready unless the draw says stall. In the reset cycle (see below) nothing draws, tvalid and
//! tready are low and `aresetn` is low.
//!
//! Mid-stream reset ([`SimOptions::reset_after`]): after the cycle in which the number of output
//! values received reaches `reset_after`, the harness pulses `aresetn` low for one cycle, drops the
//! beat it was holding and restarts the input at the first value not yet received at the output
//! (compressor, decompressor), or at the start of the first block not yet completely received
//! (packer, unpacker: their output is only meaningful per block, a receiver rewinds to the block's
//! start). The output must then continue exactly where the golden sequence says.
//!
//! The beat sequences per port ([`compressor_vectors`], [`decompressor_vectors`],
//! [`packer_vectors`], [`unpacker_vectors`]) are public so that a Verilator vector writer can dump
//! the very same beats.

use std::fs::File;
use std::io::BufWriter;
use std::time::Instant;

use rust_hdl::core::vcd_probe::{write_vcd_change, write_vcd_dump, write_vcd_header, VCDProbe};
use rust_hdl::prelude::*;
use xnc_codec::bits::MsbWriter;
use xnc_codec::xnc;
use xnc_rtl::xnc_compressor::{XncCompressor, RECORD_BUS_BITS};
use xnc_rtl::xnc_decompressor::XncDecompressor;
use xnc_rtl::xnc_packer::{XncPacker, XncPacker256, XncPacker512};
use xnc_rtl::xnc_unpacker::{XncUnpacker, XncUnpacker256, XncUnpacker512};

use crate::{Result, SimError, SimOptions, SimReport, Stalls};

/// Chunks per block in the default runs (a block is what `tlast` closes: 256 chunks = 8192 values).
pub const BLOCK_CHUNKS: usize = 256;
/// 64-bit limbs of the 552-bit record bus (limb k = bus bits 64k..64k+63).
pub const RECORD_LIMBS: usize = 9;

/// One chunk of 32 FP16 words (compressor input, decompressor output).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChunkBeat {
    /// The 32 words; word i is `tdata[16i+15:16i]`.
    pub words: [u16; 32],
    /// Last chunk of a block.
    pub last: bool,
}

/// One XNC record (compressor output, decompressor input, packer input, unpacker output).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordBeat {
    /// The 552-bit record bus, MSB-aligned (bit 551 = F, zero below the record), as little-endian
    /// 64-bit limbs.
    pub record: [u64; RECORD_LIMBS],
    /// Record length in bits (`tuser`).
    pub len: u16,
    /// Last record of a block.
    pub last: bool,
}

/// One W-bit memory word (packer output, unpacker input).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WordBeat {
    /// Stream bits `[Wk, Wk+W)`, first bit at bit W-1 (the stream's bytes, big-endian), as
    /// little-endian 64-bit limbs (limb 0 = bits 63..0 = the word's last 8 bytes).
    pub data: Vec<u64>,
    /// Valid bytes (AXI byte lanes: bit W/8-1 = bits W-1..W-8, the first byte).
    pub keep: u64,
    /// Last word of a block.
    pub last: bool,
}

/// Memory word widths of the shipped packer and unpacker configurations.
pub const WORD_WIDTHS: [usize; 2] = [512, 256];

/// Golden input and output beats of one run, plus where to restart after a reset.
#[derive(Clone, Debug)]
pub struct Vectors<I, O> {
    /// Input beats in order.
    pub inputs: Vec<I>,
    /// Expected output beats in order.
    pub outputs: Vec<O>,
    /// For every block: (index of its first input beat, index of its first output beat).
    pub blocks: Vec<(usize, usize)>,
    /// FP16 values each output beat stands for.
    pub values_per_out: Vec<u64>,
    /// Restart after a reset at the first beat not received (one output beat per input beat);
    /// otherwise at the start of the first block not completely received.
    pub per_beat: bool,
}

/// The chunks of a tensor as the XNC blocks see them: whole chunks of 32, the tail zero-padded
/// (FORMAT.md section 2), so a tensor of any length goes through the hardware.
fn chunks_of(values: &[u16]) -> Result<Vec<[u16; xnc::CHUNK]>> {
    if values.is_empty() {
        return Err(SimError::Stimulus("no values to simulate".into()));
    }
    Ok(values.chunks(xnc::CHUNK).map(xnc::padded_chunk).collect())
}

/// The record of a chunk on the 552-bit record bus (MSB-aligned).
pub fn record_beat(rec: &xnc::ChunkRecord, last: bool) -> RecordBeat {
    let mut w = MsbWriter::new();
    xnc::write_record(rec, &mut w);
    let bytes = w.finish();
    let mut record = [0u64; RECORD_LIMBS];
    for k in 0..rec.bits as usize {
        if bytes[k / 8] >> (7 - k % 8) & 1 == 1 {
            let f = RECORD_BUS_BITS - 1 - k;
            record[f / 64] |= 1 << (f % 64);
        }
    }
    RecordBeat { record, len: rec.bits as u16, last }
}

fn chunk_beat(c: &[u16], last: bool) -> ChunkBeat {
    let mut words = [0u16; 32];
    words.copy_from_slice(c);
    ChunkBeat { words, last }
}

fn block_flags(n: usize, block_chunks: usize) -> Vec<bool> {
    (0..n).map(|i| i % block_chunks == block_chunks - 1 || i == n - 1).collect()
}

fn one_to_one<I, O>(inputs: Vec<I>, outputs: Vec<O>, block_chunks: usize) -> Vectors<I, O> {
    let n = inputs.len();
    Vectors {
        inputs,
        outputs,
        blocks: (0..n).step_by(block_chunks).map(|i| (i, i)).collect(),
        values_per_out: vec![xnc::CHUNK as u64; n],
        per_beat: true,
    }
}

/// Compressor beats: chunks in, records out.
pub fn compressor_vectors(values: &[u16], block_chunks: usize) -> Result<Vectors<ChunkBeat, RecordBeat>> {
    let chunks = chunks_of(values)?;
    let last = block_flags(chunks.len(), block_chunks);
    let inputs = chunks.iter().zip(&last).map(|(c, &l)| chunk_beat(c, l)).collect();
    let outputs = chunks.iter().zip(&last).map(|(c, &l)| record_beat(&xnc::encode_chunk(c), l)).collect();
    Ok(one_to_one(inputs, outputs, block_chunks))
}

/// Decompressor beats: records in, chunks out.
pub fn decompressor_vectors(values: &[u16], block_chunks: usize) -> Result<Vectors<RecordBeat, ChunkBeat>> {
    let v = compressor_vectors(values, block_chunks)?;
    Ok(Vectors {
        inputs: v.outputs,
        outputs: v.inputs,
        blocks: v.blocks,
        values_per_out: v.values_per_out,
        per_beat: true,
    })
}

/// The `word_bits`-bit words of one block's stream (`xnc::encode_stream` of the block's values).
pub fn block_words(block: &[u16], word_bits: usize) -> Vec<WordBeat> {
    let (bytes, _bits) = xnc::encode_stream(block);
    let lanes = word_bits / 8;
    let n = bytes.chunks(lanes).count();
    bytes
        .chunks(lanes)
        .enumerate()
        .map(|(k, b)| {
            let mut w = vec![0u8; lanes];
            w[..b.len()].copy_from_slice(b);
            // big-endian word: the first byte is the most significant
            let data = w.rchunks(8).map(|l| u64::from_be_bytes(l.try_into().unwrap())).collect();
            let ones = if b.len() == 64 { u64::MAX } else { (1u64 << b.len()) - 1 };
            WordBeat { data, keep: ones << (lanes - b.len()), last: k == n - 1 }
        })
        .collect()
}

/// Packer beats: records in, `word_bits`-bit words out (each block flushed to a word boundary).
pub fn packer_vectors(values: &[u16], block_chunks: usize, word_bits: usize) -> Result<Vectors<RecordBeat, WordBeat>> {
    let c = compressor_vectors(values, block_chunks)?;
    let mut outputs = vec![];
    let mut blocks = vec![];
    let mut values_per_out = vec![];
    for (b, block) in values.chunks(block_chunks * xnc::CHUNK).enumerate() {
        blocks.push((b * block_chunks, outputs.len()));
        let words = block_words(block, word_bits);
        let n = words.len();
        values_per_out.extend((0..n).map(|k| if k == n - 1 { block.len() as u64 } else { 0 }));
        outputs.extend(words);
    }
    Ok(Vectors { inputs: c.outputs, outputs, blocks, values_per_out, per_beat: false })
}

/// Unpacker beats: `word_bits`-bit words in, records out.
pub fn unpacker_vectors(
    values: &[u16],
    block_chunks: usize,
    word_bits: usize,
) -> Result<Vectors<WordBeat, RecordBeat>> {
    let p = packer_vectors(values, block_chunks, word_bits)?;
    let blocks = p.blocks.iter().map(|&(r, w)| (w, r)).collect();
    Ok(Vectors {
        inputs: p.outputs,
        outputs: p.inputs,
        blocks,
        values_per_out: vec![xnc::CHUNK as u64; values.len().div_ceil(xnc::CHUNK)],
        per_beat: false,
    })
}

// ---------------------------------------------------------------------------------------------
// Wide values <-> rust-hdl Bits

fn limbs_to_bits<const N: usize>(limbs: &[u64]) -> Bits<N> {
    let mut x: Bits<N> = Bits::default();
    for &l in limbs.iter().rev() {
        x = (x << 64) | bits::<N>(l);
    }
    x
}

fn bits_to_limbs<const N: usize>(x: Bits<N>, out: &mut [u64]) {
    for (k, o) in out.iter_mut().enumerate() {
        let b = x >> (64 * k) as u64;
        *o = bit_cast::<64, N>(b).to_u64();
    }
}

// ---------------------------------------------------------------------------------------------
// The generic driver

/// How the driver sees one block under test.
pub trait StreamDut {
    /// Input beat type.
    type In: Clone;
    /// Output beat type.
    type Out: Clone + PartialEq + std::fmt::Debug;
    /// Block name.
    const NAME: &'static str;
    /// The rust-hdl block (for VCD).
    fn block(&self) -> &dyn Block;
    /// Drive the clock and settle the logic.
    fn clock(&mut self, high: bool);
    /// Drive the stream inputs (applied at the next [`StreamDut::clock`]).
    fn poke(&mut self, aresetn: bool, valid: bool, beat: Option<&Self::In>, ready: bool);
    /// Input-side tready.
    fn in_ready(&self) -> bool;
    /// Output-side tvalid.
    fn out_valid(&self) -> bool;
    /// Output beat.
    fn out_beat(&self) -> Self::Out;
}

/// What one run produced besides the report: every output beat in order.
#[derive(Clone, Debug)]
pub struct Run<O> {
    /// The report.
    pub report: SimReport,
    /// Output beats received (after a reset: the sequence as the receiver keeps it).
    pub received: Vec<O>,
}

const CLOCK_PS: u64 = 10_000;

/// Drive `dut` with `vec` under `opts`; checks every output beat.
pub fn drive<D: StreamDut>(dut: &mut D, vec: &Vectors<D::In, D::Out>, opts: &SimOptions) -> Result<Run<D::Out>> {
    let start = Instant::now();
    let mut vcd: Option<VCDProbe<BufWriter<File>>> = match &opts.vcd {
        Some(p) => {
            let f = File::create(p).map_err(|source| SimError::Io { path: p.clone(), source })?;
            let probe = write_vcd_header(BufWriter::with_capacity(1 << 20, f), dut.block());
            Some(write_vcd_dump(probe, dut.block()))
        }
        None => None,
    };
    let mut stalls = Stalls::new(opts.stall_seed);
    let mut rep = SimReport { design: D::NAME.into(), ..Default::default() };
    let mut received: Vec<D::Out> = Vec::with_capacity(vec.outputs.len());
    let (mut next_in, mut holding) = (0usize, false);
    let (mut first_in, mut first_valid, mut first_out, mut last_out) = (None, None, None, 0u64);
    let mut values_received = 0u64;
    let (mut reset_now, mut reset_done) = (false, false);
    let max_cycles = 64 * (vec.inputs.len() + vec.outputs.len()) as u64 + 1000;
    // Power-up: hold reset for one cycle so that every register starts from a known state.
    dut.poke(false, false, None, false);
    dut.clock(false);
    dut.clock(true);
    let mut cycle = 0u64;
    while received.len() < vec.outputs.len() {
        if cycle >= max_cycles {
            return Err(SimError::Block(format!(
                "{}: timeout after {cycle} cycles, {} of {} output beats received",
                D::NAME,
                received.len(),
                vec.outputs.len()
            )));
        }
        let ready;
        if reset_now {
            holding = false;
            ready = false;
            dut.poke(false, false, None, false);
        } else {
            if !holding && next_in < vec.inputs.len() && stalls.go() {
                holding = true;
            }
            ready = stalls.go();
            dut.poke(true, holding, vec.inputs.get(next_in).filter(|_| holding), ready);
        }
        dut.clock(false);
        if let Some(v) = vcd.take() {
            let mut v = v;
            v.timestamp(cycle * CLOCK_PS).map_err(SimError::Vcd)?;
            vcd = Some(write_vcd_change(v, dut.block()));
        }
        if reset_now {
            let b = vec.blocks.iter().rposition(|&(_, o)| o <= received.len()).unwrap_or(0);
            let (i, o) = vec.blocks[b];
            let (i, o) = if vec.per_beat { (received.len(), received.len()) } else { (i, o) };
            received.truncate(o);
            values_received = vec.values_per_out[..o].iter().sum();
            next_in = i;
            reset_now = false;
            reset_done = true;
        } else {
            if holding && dut.in_ready() {
                holding = false;
                next_in += 1;
                first_in.get_or_insert(cycle);
            }
            if dut.out_valid() {
                first_valid.get_or_insert(cycle);
                if ready {
                    let got = dut.out_beat();
                    let k = received.len();
                    if got != vec.outputs[k] {
                        rep.mismatches += 1;
                        if rep.first_mismatch.is_none() {
                            rep.first_mismatch =
                                Some(format!("beat {k} (cycle {cycle}): got {got:x?}, expected {:x?}", vec.outputs[k]));
                        }
                    }
                    values_received += vec.values_per_out[k];
                    received.push(got);
                    first_out.get_or_insert(cycle);
                    last_out = cycle;
                    rep.beats += 1;
                }
            }
            if let Some(r) = opts.reset_after {
                if !reset_done && values_received >= r && received.len() < vec.outputs.len() {
                    reset_now = true;
                }
            }
        }
        dut.clock(true);
        if let Some(v) = vcd.take() {
            let mut v = v;
            v.timestamp(cycle * CLOCK_PS + CLOCK_PS / 2).map_err(SimError::Vcd)?;
            vcd = Some(write_vcd_change(v, dut.block()));
        }
        cycle += 1;
    }
    if let Some(v) = vcd {
        drop(v); // flushes the BufWriter
    }
    rep.values = values_received;
    rep.cycles = cycle;
    rep.latency = match (first_in, first_valid) {
        (Some(a), Some(b)) if opts.stall_seed.is_none() => Some(b - a),
        _ => None,
    };
    if let Some(f) = first_out {
        rep.values_per_cycle = values_received as f64 / (last_out - f + 1) as f64;
    }
    rep.seconds = start.elapsed().as_secs_f64();
    Ok(Run { report: rep, received })
}

fn settle<B: Block>(uut: &mut B) {
    assert!(simulate(uut, 1000), "logic did not settle");
}

// ---------------------------------------------------------------------------------------------
// Adapters

/// [`StreamDut`] for `xnc_compressor`.
pub struct CompressorDut(pub XncCompressor);

impl StreamDut for CompressorDut {
    type In = ChunkBeat;
    type Out = RecordBeat;
    const NAME: &'static str = "xnc_compressor";
    fn block(&self) -> &dyn Block {
        &self.0
    }
    fn clock(&mut self, high: bool) {
        self.0.aclk.next = Clock::from(high);
        settle(&mut self.0);
    }
    fn poke(&mut self, aresetn: bool, valid: bool, beat: Option<&ChunkBeat>, ready: bool) {
        let u = &mut self.0;
        u.aresetn.next = aresetn;
        u.s_axis_tvalid.next = valid;
        if let Some(b) = beat {
            let mut limbs = [0u64; 8];
            for (i, w) in b.words.iter().enumerate() {
                limbs[i / 4] |= (*w as u64) << (16 * (i % 4));
            }
            u.s_axis_tdata.next = limbs_to_bits(&limbs);
            u.s_axis_tlast.next = b.last;
        }
        u.m_axis_tready.next = ready;
    }
    fn in_ready(&self) -> bool {
        self.0.s_axis_tready.val()
    }
    fn out_valid(&self) -> bool {
        self.0.m_axis_tvalid.val()
    }
    fn out_beat(&self) -> RecordBeat {
        let mut record = [0u64; RECORD_LIMBS];
        bits_to_limbs(self.0.m_axis_tdata.val(), &mut record);
        RecordBeat { record, len: self.0.m_axis_tuser.val().to_u64() as u16, last: self.0.m_axis_tlast.val() }
    }
}

/// [`StreamDut`] for `xnc_decompressor`.
pub struct DecompressorDut(pub XncDecompressor);

impl StreamDut for DecompressorDut {
    type In = RecordBeat;
    type Out = ChunkBeat;
    const NAME: &'static str = "xnc_decompressor";
    fn block(&self) -> &dyn Block {
        &self.0
    }
    fn clock(&mut self, high: bool) {
        self.0.aclk.next = Clock::from(high);
        settle(&mut self.0);
    }
    fn poke(&mut self, aresetn: bool, valid: bool, beat: Option<&RecordBeat>, ready: bool) {
        let u = &mut self.0;
        u.aresetn.next = aresetn;
        u.s_axis_tvalid.next = valid;
        if let Some(b) = beat {
            u.s_axis_tdata.next = limbs_to_bits(&b.record);
            u.s_axis_tuser.next = (b.len as u64).into();
            u.s_axis_tlast.next = b.last;
        }
        u.m_axis_tready.next = ready;
    }
    fn in_ready(&self) -> bool {
        self.0.s_axis_tready.val()
    }
    fn out_valid(&self) -> bool {
        self.0.m_axis_tvalid.val()
    }
    fn out_beat(&self) -> ChunkBeat {
        let mut limbs = [0u64; 8];
        bits_to_limbs(self.0.m_axis_tdata.val(), &mut limbs);
        let mut words = [0u16; 32];
        for (i, w) in words.iter_mut().enumerate() {
            *w = (limbs[i / 4] >> (16 * (i % 4))) as u16;
        }
        ChunkBeat { words, last: self.0.m_axis_tlast.val() }
    }
}

/// [`StreamDut`] for `xnc_packer` (every configuration).
pub struct PackerDut<const W: usize, const KEEP: usize, const KEEP2: usize, const ACC: usize, const CB: usize>(
    pub XncPacker<W, KEEP, KEEP2, ACC, CB>,
);

impl<const W: usize, const KEEP: usize, const KEEP2: usize, const ACC: usize, const CB: usize> StreamDut
    for PackerDut<W, KEEP, KEEP2, ACC, CB>
{
    type In = RecordBeat;
    type Out = WordBeat;
    const NAME: &'static str = if W == 512 { "xnc_packer" } else { "xnc_packer_256" };
    fn block(&self) -> &dyn Block {
        &self.0
    }
    fn clock(&mut self, high: bool) {
        self.0.aclk.next = Clock::from(high);
        settle(&mut self.0);
    }
    fn poke(&mut self, aresetn: bool, valid: bool, beat: Option<&RecordBeat>, ready: bool) {
        let u = &mut self.0;
        u.aresetn.next = aresetn;
        u.s_axis_tvalid.next = valid;
        if let Some(b) = beat {
            u.s_axis_tdata.next = limbs_to_bits(&b.record);
            u.s_axis_tuser.next = (b.len as u64).into();
            u.s_axis_tlast.next = b.last;
        }
        u.m_axis_tready.next = ready;
    }
    fn in_ready(&self) -> bool {
        self.0.s_axis_tready.val()
    }
    fn out_valid(&self) -> bool {
        self.0.m_axis_tvalid.val()
    }
    fn out_beat(&self) -> WordBeat {
        let mut data = vec![0u64; W / 64];
        bits_to_limbs(self.0.m_axis_tdata.val(), &mut data);
        WordBeat { data, keep: self.0.m_axis_tkeep.val().to_u64(), last: self.0.m_axis_tlast.val() }
    }
}

/// [`StreamDut`] for `xnc_unpacker` (every configuration; the bits after the record's end must be
/// zero: compared too).
pub struct UnpackerDut<const W: usize, const RING: usize, const PB: usize, const CB: usize, const LW: usize>(
    pub XncUnpacker<W, RING, PB, CB, LW>,
);

impl<const W: usize, const RING: usize, const PB: usize, const CB: usize, const LW: usize> StreamDut
    for UnpackerDut<W, RING, PB, CB, LW>
{
    type In = WordBeat;
    type Out = RecordBeat;
    const NAME: &'static str = if W == 512 { "xnc_unpacker" } else { "xnc_unpacker_256" };
    fn block(&self) -> &dyn Block {
        &self.0
    }
    fn clock(&mut self, high: bool) {
        self.0.aclk.next = Clock::from(high);
        settle(&mut self.0);
    }
    fn poke(&mut self, aresetn: bool, valid: bool, beat: Option<&WordBeat>, ready: bool) {
        let u = &mut self.0;
        u.aresetn.next = aresetn;
        u.s_axis_tvalid.next = valid;
        if let Some(b) = beat {
            u.s_axis_tdata.next = limbs_to_bits(&b.data);
            u.s_axis_tlast.next = b.last;
        }
        u.m_axis_tready.next = ready;
    }
    fn in_ready(&self) -> bool {
        self.0.s_axis_tready.val()
    }
    fn out_valid(&self) -> bool {
        self.0.m_axis_tvalid.val()
    }
    fn out_beat(&self) -> RecordBeat {
        let mut record = [0u64; RECORD_LIMBS];
        bits_to_limbs(self.0.m_axis_tdata.val(), &mut record);
        RecordBeat { record, len: self.0.m_axis_tuser.val().to_u64() as u16, last: self.0.m_axis_tlast.val() }
    }
}

fn new_block<B: Block + Default>() -> B {
    let mut b = B::default();
    b.connect_all();
    b
}

/// [`drive`] the packer configuration for `word_bits`-bit words (one of [`WORD_WIDTHS`]).
pub fn drive_packer(vec: &Vectors<RecordBeat, WordBeat>, word_bits: usize, opts: &SimOptions) -> Result<Run<WordBeat>> {
    match word_bits {
        512 => drive(&mut PackerDut(new_block::<XncPacker512>()), vec, opts),
        256 => drive(&mut PackerDut(new_block::<XncPacker256>()), vec, opts),
        w => Err(SimError::Stimulus(format!("no packer for {w}-bit words (shipped: {WORD_WIDTHS:?})"))),
    }
}

/// [`drive`] the unpacker configuration for `word_bits`-bit words (one of [`WORD_WIDTHS`]).
pub fn drive_unpacker(
    vec: &Vectors<WordBeat, RecordBeat>,
    word_bits: usize,
    opts: &SimOptions,
) -> Result<Run<RecordBeat>> {
    match word_bits {
        512 => drive(&mut UnpackerDut(new_block::<XncUnpacker512>()), vec, opts),
        256 => drive(&mut UnpackerDut(new_block::<XncUnpacker256>()), vec, opts),
        w => Err(SimError::Stimulus(format!("no unpacker for {w}-bit words (shipped: {WORD_WIDTHS:?})"))),
    }
}

fn finish<O>(run: Run<O>, expect_latency: Option<u64>) -> Result<SimReport> {
    let r = run.report;
    if r.mismatches > 0 {
        return Err(SimError::Stimulus(format!(
            "{}: {} mismatches; first: {}",
            r.design,
            r.mismatches,
            r.first_mismatch.clone().unwrap_or_default()
        )));
    }
    if let (Some(want), Some(got)) = (expect_latency, r.latency) {
        if want != got {
            return Err(SimError::Block(format!("{}: latency {got} cycles, expected {want}", r.design)));
        }
    }
    Ok(r)
}

/// Run `xnc_compressor` on `values` (whole chunks), blocks of [`BLOCK_CHUNKS`] chunks.
pub fn run_compressor(values: &[u16], opts: &SimOptions) -> Result<SimReport> {
    let v = compressor_vectors(values, BLOCK_CHUNKS)?;
    finish(drive(&mut CompressorDut(new_block()), &v, opts)?, Some(xnc_rtl::xnc_compressor::LATENCY))
}

/// Run `xnc_decompressor` on the golden records of `values`.
pub fn run_decompressor(values: &[u16], opts: &SimOptions) -> Result<SimReport> {
    let v = decompressor_vectors(values, BLOCK_CHUNKS)?;
    finish(drive(&mut DecompressorDut(new_block()), &v, opts)?, Some(xnc_rtl::xnc_decompressor::LATENCY))
}

/// Run `xnc_packer` (512-bit words) on the golden records of `values`; its words must be the bytes
/// of `xnc::encode_stream` of every block.
pub fn run_packer(values: &[u16], opts: &SimOptions) -> Result<SimReport> {
    run_packer_blocks(values, BLOCK_CHUNKS, 512, opts)
}

/// [`run_packer`] with an explicit block size in chunks and word width (one of [`WORD_WIDTHS`]).
pub fn run_packer_blocks(
    values: &[u16],
    block_chunks: usize,
    word_bits: usize,
    opts: &SimOptions,
) -> Result<SimReport> {
    finish(drive_packer(&packer_vectors(values, block_chunks, word_bits)?, word_bits, opts)?, None)
}

/// Run `xnc_unpacker` (512-bit words) on the packed words of `values`; its records must be the
/// golden ones.
pub fn run_unpacker(values: &[u16], opts: &SimOptions) -> Result<SimReport> {
    run_unpacker_blocks(values, BLOCK_CHUNKS, 512, opts)
}

/// [`run_unpacker`] with an explicit block size in chunks and word width (one of [`WORD_WIDTHS`]).
pub fn run_unpacker_blocks(
    values: &[u16],
    block_chunks: usize,
    word_bits: usize,
    opts: &SimOptions,
) -> Result<SimReport> {
    finish(drive_unpacker(&unpacker_vectors(values, block_chunks, word_bits)?, word_bits, opts)?, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Synthetic FP16 values shaped like BF16-origin weights: small magnitudes, mantissa bits 2..0
    /// zero, plus a few chunks that fail (native FP16 noise) and special values.
    fn synthetic(n_chunks: usize, seed: u64) -> Vec<u16> {
        let mut s = Stalls::new(Some(seed));
        let mut v = Vec::with_capacity(n_chunks * 32);
        for c in 0..n_chunks {
            for _ in 0..32 {
                let r = s.next_u64();
                let w = match c % 7 {
                    0 => r as u16,                                                   // random: F = 0, 16-bit codes
                    1 => 0,                                                          // zeros
                    2 => [0x7c00, 0xfc00, 0x7e00, 0x8000, 0x3c00][(r % 5) as usize], // specials
                    _ => {
                        let exp = 8 + (r >> 8) % 8; // |x| < 1
                        (((r >> 16) & 1) << 15 | exp << 10 | (r >> 20) & 0x3f8) as u16
                    }
                };
                v.push(w);
            }
        }
        v
    }

    fn stalls() -> SimOptions {
        SimOptions { stall_seed: Some(7), ..Default::default() }
    }

    fn check(r: Result<SimReport>) -> SimReport {
        let r = r.unwrap();
        println!(
            "{}: {} beats, {} values, {} cycles, latency {:?}, {:.3} values/cycle, {:.0} cycles/s",
            r.design,
            r.beats,
            r.values,
            r.cycles,
            r.latency,
            r.values_per_cycle,
            r.cycles_per_second()
        );
        assert_eq!(r.mismatches, 0);
        r
    }

    #[test]
    fn a_tensor_with_a_short_tail_goes_through_every_block() {
        let v = synthetic(5, 3)[..150].to_vec();
        for r in [
            run_compressor(&v, &stalls()),
            run_decompressor(&v, &stalls()),
            run_packer(&v, &stalls()),
            run_unpacker(&v, &stalls()),
        ] {
            let r = check(r);
            assert!(r.beats > 0);
        }
    }

    #[test]
    fn committed_real_sample_every_block_with_stalls() {
        // The sample always present in the repository; BF16 through the container's lossless path.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testbench/data");
        for name in [
            "minilm-l6-v2.slice.bf16.safetensors",
            "smollm2-135m.slice.bf16.safetensors",
            "whisper-tiny-en.slice.f16.safetensors",
        ] {
            let f = xnc_codec::tensor::SafetensorsFile::open(&dir.join(name)).unwrap();
            let t = &f.tensors[0];
            let mut v = f.words(t, 0..t.values().min(64 * 32));
            if t.dtype == Some(xnc_codec::Dtype::BF16) {
                v.iter_mut().for_each(|w| *w = xnc_codec::format::bf16_to_xnc_word(*w));
            }
            for r in [
                run_compressor(&v, &stalls()),
                run_decompressor(&v, &stalls()),
                run_packer(&v, &stalls()),
                run_unpacker(&v, &stalls()),
            ] {
                check(r);
            }
        }
    }

    #[test]
    fn compressor_no_stalls_latency_throughput() {
        let v = synthetic(70, 1);
        let r = check(run_compressor(&v, &SimOptions::default()));
        assert_eq!(r.latency, Some(4));
        assert_eq!(r.values_per_cycle, 32.0, "one chunk per cycle");
        assert_eq!(r.cycles, 70 + 4, "70 chunks stream through in 70 + latency cycles");
    }

    #[test]
    fn compressor_stalls_and_reset() {
        let v = synthetic(70, 2);
        check(run_compressor(&v, &stalls()));
        let o = SimOptions { stall_seed: Some(3), reset_after: Some(20 * 32), ..Default::default() };
        check(run_compressor(&v, &o));
    }

    #[test]
    fn decompressor_no_stalls_stalls_reset() {
        let v = synthetic(70, 4);
        let r = check(run_decompressor(&v, &SimOptions::default()));
        assert_eq!(r.latency, Some(3));
        assert_eq!(r.values_per_cycle, 32.0, "one chunk per cycle");
        assert_eq!(r.cycles, 70 + 3);
        check(run_decompressor(&v, &stalls()));
        let o = SimOptions { stall_seed: Some(5), reset_after: Some(33 * 32), ..Default::default() };
        check(run_decompressor(&v, &o));
    }

    #[test]
    fn packer_unpacker_blocks_stalls_reset() {
        let v = synthetic(70, 6);
        for w in WORD_WIDTHS {
            for block in [1, 3, 16, 256] {
                check(run_packer_blocks(&v, block, w, &SimOptions::default()));
                check(run_unpacker_blocks(&v, block, w, &SimOptions::default()));
            }
            check(run_packer_blocks(&v, 8, w, &stalls()));
            check(run_unpacker_blocks(&v, 8, w, &stalls()));
            let o = SimOptions { stall_seed: Some(9), reset_after: Some(30 * 32), ..Default::default() };
            check(run_packer_blocks(&v, 8, w, &o));
            check(run_unpacker_blocks(&v, 8, w, &o));
        }
    }

    /// Full rate at 512-bit words on BF16-origin data without stalls: one record per cycle in
    /// and out over whole blocks (the memory word is longer than every F = 1 record).
    #[test]
    fn packer_unpacker_full_rate_on_bf16_origin_data() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testbench/data");
        let f = xnc_codec::tensor::SafetensorsFile::open(&dir.join("smollm2-135m.slice.bf16.safetensors")).unwrap();
        let t = &f.tensors[0];
        let n = t.values().min(512 * 32) / 32 * 32;
        let v: Vec<u16> = f.words(t, 0..n).into_iter().map(xnc_codec::format::bf16_to_xnc_word).collect();
        let p = check(run_packer_blocks(&v, 256, 512, &SimOptions::default()));
        let u = check(run_unpacker_blocks(&v, 256, 512, &SimOptions::default()));
        assert!(p.values_per_cycle > 31.0 && u.values_per_cycle > 31.0, "{p:?} {u:?}");
    }

    /// The first `max` values (whole chunks) of a safetensors file's first tensor as FP16 words
    /// (BF16 cast to FP16 as the paper did); `None` (with a message) when the file is absent.
    fn real_data(name: &str, max: usize) -> Option<(Vec<u16>, bool)> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data").join(name);
        if !path.exists() {
            println!("skipping {}: not present", path.display());
            return None;
        }
        let f = xnc_codec::tensor::SafetensorsFile::open(&path).unwrap();
        let t = &f.tensors[0];
        let n = t.values().min(max) / xnc::CHUNK * xnc::CHUNK;
        let w = f.words(t, 0..n);
        let bf16 = t.dtype == Some(xnc_codec::Dtype::BF16);
        let v = if bf16 { w.iter().map(|&x| xnc_codec::format::bf16_to_f16_cast(x)).collect() } else { w };
        Some((v, bf16))
    }

    const FILES: [&str; 3] = [
        "minilm-l6-v2.word_embeddings.bf16.safetensors",
        "smollm2-135m-instruct.embed_tokens.bf16.safetensors",
        "whisper-tiny-en.decoder.embed_tokens.f16.safetensors",
    ];

    #[test]
    fn real_data_all_blocks() {
        for name in FILES {
            let Some((v, bf16)) = real_data(name, 600 * 32) else { continue };
            let flagged = v.chunks(32).filter(|c| xnc::encode_chunk(c).flag).count();
            println!("{name}: {} chunks, {flagged} with F=1", v.len() / 32);
            if bf16 {
                assert!(flagged * 2 > v.len() / 32, "BF16-origin data: most chunks pass");
            } else {
                assert!(flagged * 10 < v.len() / 32, "native FP16 (whisper): the F=0 case");
            }
            let r = check(run_compressor(&v, &SimOptions::default()));
            assert_eq!((r.latency, r.values_per_cycle), (Some(4), 32.0));
            let r = check(run_decompressor(&v, &SimOptions::default()));
            assert_eq!((r.latency, r.values_per_cycle), (Some(3), 32.0));
            let o = SimOptions { stall_seed: Some(21), reset_after: Some(200 * 32), ..Default::default() };
            check(run_compressor(&v, &o));
            check(run_decompressor(&v, &o));
            let o = SimOptions { stall_seed: Some(22), reset_after: Some(300 * 32), ..Default::default() };
            for w in WORD_WIDTHS {
                check(run_packer_blocks(&v, 64, w, &SimOptions::default()));
                check(run_unpacker_blocks(&v, 64, w, &SimOptions::default()));
                check(run_packer_blocks(&v, 64, w, &o));
                check(run_unpacker_blocks(&v, 64, w, &o));
            }
        }
    }

    /// Speed and throughput on a larger slice (run in release:
    /// `cargo test --release -p xnc-sim xnc::tests::speed -- --ignored --nocapture`).
    #[test]
    #[ignore]
    fn speed() {
        for name in FILES {
            let Some((v, _)) = real_data(name, 20_000 * 32) else { continue };
            check(run_compressor(&v, &SimOptions::default()));
            check(run_decompressor(&v, &SimOptions::default()));
            check(run_packer(&v, &SimOptions::default()));
            check(run_unpacker(&v, &SimOptions::default()));
        }
    }

    #[test]
    fn vcd_is_streamed_to_a_file() {
        let path = std::env::temp_dir().join(format!("xnc_compressor_{}.vcd", std::process::id()));
        let o = SimOptions { vcd: Some(path.clone()), stall_seed: Some(1), ..Default::default() };
        check(run_compressor(&synthetic(8, 3), &o));
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::remove_file(&path).ok();
        assert!(text.contains("$enddefinitions") && text.contains("m_axis_tvalid"));
        assert!(text.matches('#').count() > 2 * 8, "a timestamp per clock phase");
    }
}

//! Golden vectors for the Verilog simulations (`sim/`, `testbench/`) and one entry point that runs
//! the Rust cycle simulation of any block on the very same beats.
//!
//! A [`Stimulus`] is what a block is fed: the XNC blocks take FP16-like words in chunks of 32 (BF16
//! through `format::bf16_to_xnc_word`, F16 as is); `tans_decoder` takes the tANS and raw streams of
//! the container's blocks, coded with the plain R = 6 model of the tensor, plus the table loads.
//! [`Stimulus::beats`] turns it into per-port beat files ([`BeatSet`]), written by
//! [`BeatSet::write`] in one of two layouts:
//!
//! * **binary** (`<port>.bin`, for the Verilator harness): fixed-size records, one per beat, in the
//!   beat layout of the block manifest (`xnc_rtl::manifest`, built from it here): `tdata`
//!   little-endian in `ceil(W/8)` bytes, then `tuser` and `tkeep` when the port has them, then one
//!   byte whose bit 0 is `tlast`. Table loads (`table.bin`): 8 bytes per write, each signal where
//!   the manifest's table port puts it ([`table_record`]).
//! * **hex** (`<port>.hex`, for `$readmemh` in the Verilog testbenches): the same record read as one
//!   little-endian integer, one line per beat, most significant digit first.
//!
//! `manifest.txt` lists `key value` lines: the design, the source, the number of values, and per port
//! `port NAME FILE BEATS BYTES_PER_BEAT`. `counts.hex` holds the beat counts (inputs in port order,
//! then the output, then the table writes), then the number of values, zero-padded to eight lines,
//! for `$readmemh`.
//!
//! [`Stimulus::simulate`] runs the Rust cycle simulation of the block on the very same beats
//! through the one stream driver ([`crate::driver`]), whose stall schedule the Verilator harness
//! follows bit for bit.

use std::fmt::Write as _;
use std::fs;
use std::io::Write as _;
use std::path::Path;

use xnc_codec::ans::{joint, AnsModel, ColumnStats, CtxModel, Histogram, Profile};
use xnc_codec::container::{block_values_for, default_block_values, Codec, DEFAULT_BLOCK_VALUES};
use xnc_codec::{format, Dtype};
use xnc_rtl::manifest::{self, Golden, StreamPort, TablePort};
use xnc_rtl::pins::table_signal;
use xnc_rtl::tans_decoder_ctx::{cmap_base, config_addr};

use crate::driver::drive;
use crate::{Result, SimError, SimOptions, SimReport};

/// Table log, model profile and lanes of a tANS decoder block, from the manifest's [`Golden`] entry.
pub fn tans_model_kind(design: &str) -> Option<(u8, Profile, usize)> {
    match manifest::block(design)?.golden {
        Golden::Tans { table_log, format_aware, lanes } => {
            Some((table_log, if format_aware { Profile::FormatAware } else { Profile::Plain }, lanes as usize))
        }
        _ => None,
    }
}

/// Table log of a context tANS decoder block (`None`: not one).
pub fn tans_ctx_log(design: &str) -> Option<u8> {
    match manifest::block(design)?.golden {
        Golden::TansCtx { table_log } => Some(table_log),
        _ => None,
    }
}

/// What a block is fed.
#[derive(Clone, Debug)]
pub struct Stimulus {
    /// Block name (a block of `xnc_rtl::manifest`).
    pub design: String,
    /// Where the values come from (for the manifest and reports).
    pub source: String,
    /// The values: XNC words for the XNC blocks (a short tail chunk is zero-padded, FORMAT.md
    /// section 2), BF16 words for the tANS decoders.
    pub values: Vec<u16>,
    /// XNC blocks: chunks per block (what `tlast` closes).
    pub block_chunks: usize,
    /// `tans_decoder`: the model and the coded blocks.
    pub tans: Option<TansStimulus>,
}

/// The model a tANS decoder loads.
#[derive(Clone, Debug)]
pub enum TansModel {
    /// Coding pairs (plain or format-aware).
    Pairs(AnsModel),
    /// Context coding pairs (`tans_decoder_ctx`).
    Ctx(CtxModel),
}

/// The coded streams of `tans_decoder`: the model's table loads and each block's streams.
#[derive(Clone, Debug)]
pub struct TansStimulus {
    /// The tensor's model at the block's table log.
    pub model: TansModel,
    /// Per block and lane (block-major: entry `b * lanes + l`): tANS bytes, raw bytes, number of
    /// values of the lane (FORMAT.md 3.4: lane l holds values l, l + N, ... of the block).
    pub blocks: Vec<(Vec<u8>, Vec<u8>, usize)>,
    /// Lanes per block (1 for the one-lane decoders).
    pub lanes: usize,
}

/// One table write: the 8-byte record of `table.bin` (as a little-endian `u64`), each named field
/// where the table port `t` (the block manifest's) puts it; the other signals are 0.
pub fn table_record(t: &TablePort, fields: &[(&str, u64)]) -> u64 {
    fields.iter().fold(0, |rec, &(name, v)| {
        let s = table_signal(t, name);
        debug_assert!(v < 1 << s.width, "{name} = {v} wider than {} bits", s.width);
        rec | v << (8 * s.byte + s.shift)
    })
}

/// Which values a block gets from a tensor of `dtype` (`None`: the tensor is not F16/BF16).
pub fn design_values(design: &str, dtype: Option<Dtype>, words: &[u16]) -> Result<Vec<u16>> {
    match (design, dtype) {
        (d, Some(Dtype::BF16)) if d.starts_with("tans_decoder") => Ok(words.to_vec()),
        (d, Some(Dtype::F16)) if tans_ctx_log(d).is_some() => Ok(words.to_vec()),
        (d, _) if d.starts_with("tans_decoder") => {
            Err(SimError::Stimulus(format!("{design} decodes BF16 coding pairs: give it a BF16 tensor")))
        }
        // The container's lossless XNC path (a short tail chunk is zero-padded by the harness).
        (_, Some(Dtype::BF16)) => Ok(words.iter().map(|&w| format::bf16_to_xnc_word(w)).collect()),
        (_, Some(Dtype::F16)) => Ok(words.to_vec()),
        _ => Err(SimError::Stimulus("only F16 and BF16 tensors go to the hardware blocks".into())),
    }
}

impl Stimulus {
    /// Stimulus for an XNC block (`values`: XNC words).
    pub fn xnc(design: &str, source: &str, values: Vec<u16>, block_chunks: usize) -> Result<Self> {
        if manifest::block(design).is_none_or(|b| matches!(b.golden, Golden::Tans { .. } | Golden::TansCtx { .. })) {
            return Err(SimError::Stimulus(format!("{design} is not an XNC block")));
        }
        if values.is_empty() {
            return Err(SimError::Stimulus("no values".into()));
        }
        if block_chunks == 0 {
            return Err(SimError::Stimulus("block size must be at least one chunk".into()));
        }
        Ok(Self { design: design.into(), source: source.into(), values, block_chunks, tans: None })
    }

    /// Stimulus for a tANS decoder ([`tans_model_kind`]): `values` (BF16 words, whole rows of
    /// `row_len`) cut into the container's blocks (or blocks of `block_values`) and coded with the
    /// block's kind of model built from `hist` (the tensor's).
    pub fn tans(
        design: &str,
        source: &str,
        values: Vec<u16>,
        row_len: usize,
        block_values: Option<usize>,
        hist: &Histogram,
    ) -> Result<Self> {
        if values.is_empty() || block_values == Some(0) {
            return Err(SimError::Stimulus("no values, or an empty block".into()));
        }
        let (r, profile, lanes) =
            tans_model_kind(design).ok_or_else(|| SimError::Stimulus(format!("{design} is not a tANS decoder")))?;
        let model = AnsModel::build(hist, r, profile)?;
        let enc = model.encoder()?;
        let bv = block_values
            .unwrap_or(block_values_for(row_len as u64, values.len() as u64, DEFAULT_BLOCK_VALUES) as usize);
        if bv.div_ceil(lanes) > u16::MAX as usize {
            return Err(SimError::Stimulus(format!(
                "{bv} values per block in {lanes} lane(s): the tANS decoders take a lane's value count in 16 bits (at most 65535)"
            )));
        }
        let mut blocks = vec![];
        for b in values.chunks(bv) {
            if b.len() < lanes {
                return Err(SimError::Stimulus(format!(
                    "a block of {} values: {design} needs at least {lanes} (one per lane)",
                    b.len()
                )));
            }
            // The golden model's multi-lane coding (FORMAT.md 3.4); one lane is the plain block.
            for (l, e) in enc.encode_lanes(b, lanes)?.into_iter().enumerate() {
                blocks.push((e.ans, e.raw, (b.len() - l).div_ceil(lanes)));
            }
        }
        Ok(Self {
            design: design.into(),
            source: source.into(),
            values,
            block_chunks: 0,
            tans: Some(TansStimulus { model: TansModel::Pairs(model), blocks, lanes }),
        })
    }

    /// Stimulus for a context tANS decoder ([`tans_ctx_log`]): `values` (BF16 or FP16 words, whole
    /// rows of `row_len`, the first in column 0) cut into the container's blocks (or blocks of
    /// `block_values`, whole rows when the model has several classes) and coded, one lane each, with
    /// the `ans-ctx` model the encoder chooses from `stats` (the tensor's) at the block's table log.
    pub fn tans_ctx(
        design: &str,
        source: &str,
        values: Vec<u16>,
        block_values: Option<usize>,
        stats: &ColumnStats,
    ) -> Result<Self> {
        if values.is_empty() || block_values == Some(0) {
            return Err(SimError::Stimulus("no values, or an empty block".into()));
        }
        let r = tans_ctx_log(design)
            .ok_or_else(|| SimError::Stimulus(format!("{design} is not a context tANS decoder")))?;
        let model = joint::build(stats, r)?.model;
        let row_len = model.row_len as usize;
        if model.classes.len() > 1 && row_len > xnc_rtl::tans_decoder_ctx::MAX_COLUMNS {
            return Err(SimError::Stimulus(format!("{row_len} columns: the decoder's column map holds 4096")));
        }
        let enc = model.encoder()?;
        let bv =
            block_values.unwrap_or(default_block_values(Codec::AnsCtx, row_len as u64, values.len() as u64) as usize);
        if bv > u16::MAX as usize {
            return Err(SimError::Stimulus(format!(
                "{bv} values per block: the tANS decoders take a block's value count in 16 bits (at most 65535)"
            )));
        }
        if model.classes.len() > 1 && !bv.is_multiple_of(row_len) {
            return Err(SimError::Stimulus(format!(
                "{bv} values per block: blocks must hold whole rows of {row_len} (each starts in column 0)"
            )));
        }
        let mut blocks = vec![];
        for (i, b) in values.chunks(bv).enumerate() {
            let e = enc.encode_lane(b, (i * bv) as u64, 1)?;
            blocks.push((e.ans, e.raw, b.len()));
        }
        Ok(Self {
            design: design.into(),
            source: source.into(),
            values,
            block_chunks: 0,
            tans: Some(TansStimulus { model: TansModel::Ctx(model), blocks, lanes: 1 }),
        })
    }

    /// The table writes of a tANS decoder in load order (empty for the XNC blocks), laid out as the
    /// block's table port says. Plain coding pairs: the decode entry of each state at its address,
    /// then each code's map entry at `2^R + code` (`tbl_nbits` only where the port has it: the
    /// format-aware decoder; the plain codes all carry 8 bits).
    pub fn table_writes(&self) -> Vec<u64> {
        let Some(t) = &self.tans else { return vec![] };
        let port = manifest::block(&self.design).and_then(|b| b.table).expect("a tANS decoder has a table port");
        let m = match &t.model {
            TansModel::Pairs(m) => m,
            TansModel::Ctx(m) => return ctx_table_writes(m, &port),
        };
        let rec = |f: &[(&str, u64)]| table_record(&port, f);
        let fa = port.signals.iter().any(|s| s.name == "tbl_nbits");
        let l = m.states() as u64;
        let mut w: Vec<u64> = m
            .decode_table()
            .iter()
            .enumerate()
            .map(|(x, e)| {
                rec(&[
                    ("tbl_addr", x as u64),
                    ("tbl_code", e.code as u64),
                    ("tbl_nb", e.nb as u64),
                    ("tbl_base", e.base as u64),
                ])
            })
            .collect();
        w.extend(m.codes.iter().enumerate().map(|(c, code)| {
            let nbits = [("tbl_nbits", code.nbits as u64)];
            let map = [("tbl_addr", l + c as u64), ("tbl_exp", code.exp as u64), ("tbl_esc", code.escape as u64)];
            rec(&[&map[..], if fa { &nbits[..] } else { &[] }].concat())
        }));
        w
    }

    /// The beats of every port.
    pub fn beats(&self) -> Result<BeatSet> {
        let blk = manifest::block(&self.design)
            .ok_or_else(|| SimError::Stimulus(format!("unknown design {}", self.design)))?;
        let (inputs, output) = match &self.tans {
            Some(t) => tans_beats(t, &self.values, blk),
            None => crate::xnc::xnc_beats(blk, &self.values, self.block_chunks)?,
        };
        Ok(BeatSet {
            design: self.design.clone(),
            source: self.source.clone(),
            values: self.values.len() as u64,
            inputs,
            output,
            table: self.table_writes(),
        })
    }

    /// Run the Rust cycle simulation of the block on these beats: the one stream driver
    /// ([`drive`]) on the block the manifest makes for this design.
    pub fn simulate(&self, opts: &SimOptions) -> Result<SimReport> {
        let blk = manifest::block(&self.design)
            .ok_or_else(|| SimError::Stimulus(format!("unknown design {}", self.design)))?;
        drive(blk, &self.beats()?, opts)
    }
}

/// The table writes of a context decoder (docs/INTEGRATION.md): every class's decode entries at
/// `class << R | state`, the column map at [`cmap_base`] + column, then the configuration at
/// [`config_addr`]. Each field sits in the 8-byte record where the table port `t` (the block
/// manifest's) says.
pub fn ctx_table_writes(m: &CtxModel, t: &TablePort) -> Vec<u64> {
    let rec = |fields: &[(&str, u64)]| table_record(t, fields);
    let r = m.table_log as usize;
    let d = m.dtype;
    let field = 1 + d.man_bits();
    let mut w = vec![];
    for (ci, cl) in m.classes.iter().enumerate() {
        for (x, e) in cl.decode_table(m.table_log).into_iter().enumerate() {
            let c = cl.codes[e.code as usize];
            let value = if c.escape { 0 } else { d.assemble(c.exp as u16, c.prefix << (field - c.k as u32)) };
            w.push(rec(&[
                ("tbl_addr", (ci << r | x) as u64),
                ("tbl_base", e.base as u64),
                ("tbl_nb", e.nb as u64),
                ("tbl_nbits", c.nbits as u64),
                ("tbl_k", c.k as u64),
                ("tbl_esc", c.escape as u64),
                ("tbl_value", value as u64),
            ]));
        }
    }
    let one = m.classes.len() == 1;
    let cols = if one { 1 } else { m.row_len as usize };
    for col in 0..cols {
        let class = if one { 0 } else { m.column_class[col] };
        w.push(rec(&[("tbl_addr", (cmap_base(r) as usize + col) as u64), ("tbl_class", class as u64)]));
    }
    let (first, step) = (0u64, 1 % cols as u64);
    w.push(rec(&[
        ("tbl_addr", config_addr(r) as u64),
        ("tbl_fp16", (d == Dtype::F16) as u64),
        ("tbl_cols", cols as u64),
        ("tbl_first", first),
        ("tbl_step", step),
    ]));
    w
}

// ---------------------------------------------------------------------------------------------
// Beat records

/// The beats of one stream port, as fixed-size records (layout in the module documentation).
#[derive(Clone, Debug)]
pub struct PortBeats {
    /// Port prefix in the Verilog (`s_axis`, `s_axis_ans`, `m_axis` ...).
    pub name: String,
    /// Bytes per beat record.
    pub bytes_per_beat: usize,
    /// The records, back to back.
    pub data: Vec<u8>,
    /// Index of each block's first beat (tANS decoders: where a stream restarts after a reset).
    pub block_starts: Vec<usize>,
}

impl PortBeats {
    /// No beats yet, records of `bytes_per_beat` bytes.
    pub fn new(name: &str, bytes_per_beat: usize) -> Self {
        Self { name: name.into(), bytes_per_beat, data: vec![], block_starts: vec![] }
    }
    /// No beats yet, laid out as the manifest's port `p`.
    pub fn of(p: &StreamPort) -> Self {
        Self::new(p.prefix, p.beat_bytes())
    }
    /// The next beat starts a block.
    pub fn start_block(&mut self) {
        self.block_starts.push(self.beats());
    }
    /// Append a beat of port `p`: its `tdata` bytes, then `tuser` and `tkeep` in the port's widths
    /// (when it has them), then `tlast`.
    pub fn push(&mut self, p: &StreamPort, tdata: impl IntoIterator<Item = u8>, tuser: u64, tkeep: u64, last: bool) {
        let at = self.data.len();
        self.data.extend(tdata);
        self.data.extend(&tuser.to_le_bytes()[..p.tuser_bytes()]);
        self.data.extend(&tkeep.to_le_bytes()[..p.tkeep_bytes()]);
        self.data.push(last as u8);
        debug_assert_eq!(self.data.len() - at, self.bytes_per_beat, "{}: beat record size", p.prefix);
    }
    /// Number of beats.
    pub fn beats(&self) -> usize {
        self.data.len().checked_div(self.bytes_per_beat).unwrap_or(0)
    }
    /// Record `k`.
    pub fn beat(&self, k: usize) -> &[u8] {
        &self.data[k * self.bytes_per_beat..(k + 1) * self.bytes_per_beat]
    }
    /// `tlast` of beat `k`.
    pub fn last(&self, k: usize) -> bool {
        self.beat(k)[self.bytes_per_beat - 1] & 1 == 1
    }
}

/// The beats of a tANS decoder `blk`: per lane (in the manifest's port order: lane 0's tANS and
/// raw streams, then lane 1's ...) one packet per block on each stream, the lane's value count in
/// the tANS stream's tuser (docs/INTEGRATION.md); the output beats hold `N` values (slot l = lane
/// l, zero where the lane has no value left in the block's last beat), then `tkeep` when the port
/// has one, then `tlast`.
fn tans_beats(t: &TansStimulus, values: &[u16], blk: &manifest::Block) -> (Vec<PortBeats>, PortBeats) {
    let n = t.lanes;
    let mut inputs: Vec<PortBeats> = blk.inputs.iter().map(PortBeats::of).collect();
    let (po, mut out) = (&blk.output, PortBeats::of(&blk.output));
    let mut i = 0;
    for block in t.blocks.chunks(n) {
        for (l, (a, r, count)) in block.iter().enumerate() {
            for (s, bytes, tuser) in [(2 * l, a, *count as u64), (2 * l + 1, r, 0)] {
                let (p, b) = (&blk.inputs[s], &mut inputs[s]);
                b.start_block();
                // A beat holds tdata_bytes() stream bytes (the first in the low byte); tkeep (when
                // the port has one) marks the bytes of a block's short last beat.
                let nd = p.tdata_bytes();
                let beats = bytes.len().div_ceil(nd);
                for (k, ch) in bytes.chunks(nd).enumerate() {
                    let data = ch.iter().copied().chain(std::iter::repeat_n(0, nd - ch.len()));
                    b.push(p, data, tuser, (1u64 << ch.len()) - 1, k + 1 == beats);
                }
            }
        }
        out.start_block();
        let m: usize = block.iter().map(|b| b.2).sum();
        let beats = m.div_ceil(n);
        for j in 0..beats {
            let slot = |l: usize| (j * n + l < m).then(|| values[i + j * n + l]);
            let keep = (0..n).filter(|&l| slot(l).is_some()).fold(0u64, |k, l| k | 3 << (2 * l));
            let data = (0..n).flat_map(|l| slot(l).unwrap_or(0).to_le_bytes());
            out.push(po, data, 0, keep, j + 1 == beats);
        }
        i += m;
    }
    (inputs, out)
}

/// Every port's beats of one run.
#[derive(Clone, Debug)]
pub struct BeatSet {
    /// Block name.
    pub design: String,
    /// Where the values come from.
    pub source: String,
    /// Values the run checks at the output.
    pub values: u64,
    /// Input ports in port order (the order the stall generator draws in).
    pub inputs: Vec<PortBeats>,
    /// The output port: the golden beats.
    pub output: PortBeats,
    /// Table writes in load order ([`table_record`]s; empty for a block without a table port).
    pub table: Vec<u64>,
}

impl BeatSet {
    /// Write `manifest.txt`, `counts.hex` and one file per port (`.bin`, or `.hex` when `hex`).
    pub fn write(&self, dir: &Path, hex: bool) -> Result<()> {
        let io = |source: std::io::Error| SimError::Io { path: dir.to_path_buf(), source };
        fs::create_dir_all(dir).map_err(io)?;
        let ext = if hex { "hex" } else { "bin" };
        let mut man = String::new();
        let _ = writeln!(man, "design {}", self.design);
        let _ = writeln!(man, "source {}", self.source);
        let _ = writeln!(man, "values {}", self.values);
        let _ = writeln!(man, "format {ext}");
        let mut counts = String::new();
        let table: Vec<u8> = self.table.iter().flat_map(|t| t.to_le_bytes()).collect();
        let table = PortBeats { data: table, ..PortBeats::new("table", manifest::TABLE_WRITE_BYTES) };
        for p in self.inputs.iter().chain([&self.output, &table]) {
            let file = format!("{}.{ext}", p.name);
            let _ = writeln!(man, "port {} {file} {} {}", p.name, p.beats(), p.bytes_per_beat);
            let _ = writeln!(counts, "{:08x}", p.beats());
            let path = dir.join(&file);
            let mut f = std::io::BufWriter::with_capacity(1 << 20, fs::File::create(&path).map_err(io)?);
            if hex {
                let mut line = String::with_capacity(2 * p.bytes_per_beat + 1);
                for k in 0..p.beats() {
                    line.clear();
                    for &x in p.beat(k).iter().rev() {
                        let _ = write!(line, "{x:02x}");
                    }
                    line.push('\n');
                    f.write_all(line.as_bytes()).map_err(io)?;
                }
            } else {
                f.write_all(&p.data).map_err(io)?;
            }
            f.flush().map_err(io)?;
        }
        let _ = writeln!(counts, "{:08x}", self.values);
        for _ in self.inputs.len() + 3..8 {
            counts.push_str("00000000\n"); // eight lines: the testbenches read a fixed range
        }
        fs::write(dir.join("manifest.txt"), man).map_err(io)?;
        fs::write(dir.join("counts.hex"), counts).map_err(io)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Stalls;

    fn bf16_values(n: usize, seed: u64) -> Vec<u16> {
        let mut s = Stalls::new(Some(seed));
        (0..n)
            .map(|_| {
                let r = s.next_u64();
                // Mostly small exponents around 120, some rare ones (escapes at R = 6).
                let e = if r.is_multiple_of(97) { (r >> 8) % 256 } else { 116 + (r >> 8) % 9 };
                (((r >> 20) & 1) << 15 | e << 7 | (r >> 24) & 0x7f) as u16
            })
            .collect()
    }

    #[test]
    fn tans_rust_simulation_matches_golden() {
        let v = bf16_values(4 * 576, 3);
        let mut h = Histogram::new(Dtype::BF16);
        h.add(&v);
        for d in ["tans_decoder", "tans_decoder_r8", "tans_decoder_fa", "tans_decoder_x4", "tans_decoder_x8"] {
            let s = Stimulus::tans(d, "synthetic", v.clone(), 576, Some(1000), &h).unwrap();
            let r = s.simulate(&SimOptions::default()).unwrap();
            assert_eq!((r.mismatches, r.values), (0, 4 * 576), "{d}: {:?}", r.first_mismatch);
            let r = s.simulate(&SimOptions { stall_seed: Some(5), ..Default::default() }).unwrap();
            assert_eq!((r.mismatches, r.values), (0, 4 * 576), "{d}: {:?}", r.first_mismatch);
        }
    }

    /// Every tANS decoder under stalls, tiny blocks (1..3 values), many escapes, a run of zeros (a
    /// format-aware block without raw bits) and resets mid-stream and at a block boundary.
    #[test]
    fn tans_tiny_blocks_escapes_and_resets() {
        let mut v: Vec<u16> = (0..600u32).map(|i| ((i * 7919) % 65536) as u16).collect();
        v.extend(std::iter::repeat_n(0u16, 300));
        v.extend(bf16_values(900, 7));
        let mut h = Histogram::new(Dtype::BF16);
        h.add(&v);
        for d in ["tans_decoder", "tans_decoder_r8", "tans_decoder_fa", "tans_decoder_x4", "tans_decoder_x8"] {
            let tiny = if d.contains("_x") {
                [(8, Some(5)), (9, None), (12, Some(700)), (64, Some(64)), (500, Some(1799))]
            } else {
                [(1, Some(5)), (2, None), (3, Some(700)), (64, Some(64)), (500, Some(1799))]
            };
            for (block, reset) in tiny {
                let s = Stimulus::tans(d, "synthetic", v.clone(), 1, Some(block), &h).unwrap();
                let opts = SimOptions { stall_seed: Some(block as u64), reset_after: reset, ..Default::default() };
                let r = s.simulate(&opts).unwrap();
                assert_eq!((r.mismatches, r.values), (0, v.len() as u64), "{d} block {block}: {:?}", r.first_mismatch);
            }
        }
    }

    /// Without stalls: latency 3 cycles and one value per cycle, plus one cycle per escape and one
    /// per block (its initial state).
    #[test]
    fn tans_latency_and_throughput() {
        let v = bf16_values(5000, 1);
        let mut h = Histogram::new(Dtype::BF16);
        h.add(&v);
        let s = Stimulus::tans("tans_decoder", "synthetic", v.clone(), 1, Some(1024), &h).unwrap();
        let r = s.simulate(&SimOptions::default()).unwrap();
        assert_eq!((r.mismatches, r.latency), (0, Some(3)));
        let TansModel::Pairs(m) = &s.tans.as_ref().unwrap().model else { panic!("pairs model") };
        let escapes =
            v.iter().filter(|&&w| !m.codes.iter().any(|c| !c.escape && c.exp as u16 == (w >> 7) & 0xff)).count();
        let blocks = v.len().div_ceil(1024);
        let expect = v.len() as f64 / (v.len() + escapes + 2 * (blocks - 1)) as f64;
        assert!((r.values_per_cycle - expect).abs() < 1e-9, "{} vs {expect}", r.values_per_cycle);
    }

    /// Column-dependent values (8 columns, each its own exponent range and sign habit, some rare
    /// exponents that escape), so that the `ans-ctx` encoder picks several classes.
    fn ctx_values(dtype: Dtype, rows: usize, seed: u64) -> Vec<u16> {
        let mut s = Stalls::new(Some(seed));
        let (e_bits, m_bits) = (dtype.exp_bits() as u64, dtype.man_bits() as u64);
        let centre = if dtype == Dtype::F16 { 6 } else { 112 };
        (0..rows * 8)
            .map(|i| {
                let c = (i % 8) as u64;
                let r = s.next_u64();
                let e = if r.is_multiple_of(61) { (r >> 8) % (1 << e_bits) } else { centre + 2 * c + (r >> 8) % 3 };
                let sign = if c < 4 { c & 1 } else { (r >> 20) & 1 };
                let mant = (r >> 24) & ((1 << m_bits) - 1);
                let mant = if c == 5 { mant & !7 } else { mant };
                (sign << 15 | e << m_bits | mant) as u16
            })
            .collect()
    }

    /// `tans_decoder_ctx` (R = 6) and `tans_decoder_ctx_r10` on BF16 and FP16 with several
    /// classes: no stalls, stalls, blocks of one and three rows, resets mid-block and at a block
    /// boundary.
    #[test]
    fn tans_ctx_classes_formats_stalls_and_resets() {
        for (design, dtype) in [
            ("tans_decoder_ctx", Dtype::BF16),
            ("tans_decoder_ctx", Dtype::F16),
            ("tans_decoder_ctx_r10", Dtype::BF16),
            ("tans_decoder_ctx_r10", Dtype::F16),
        ] {
            // Enough rows that several classes pay for their tables at R = 10 too.
            let rows = if design == "tans_decoder_ctx" { 700 } else { 6000 };
            let v = ctx_values(dtype, rows, 9);
            let mut stats = ColumnStats::new(dtype, 8);
            stats.add(&v, 0);
            for (block, seed, reset) in
                [(None, None, None), (Some(8), Some(3), Some(5)), (Some(24), Some(4), Some(2400))]
            {
                let s = Stimulus::tans_ctx(design, "synthetic", v.clone(), block, &stats).unwrap();
                let Some(TansStimulus { model: TansModel::Ctx(m), .. }) = &s.tans else { panic!("ctx model") };
                assert!(m.classes.len() > 1, "{design} {dtype:?}: one class only");
                let opts = SimOptions { stall_seed: seed, reset_after: reset, ..Default::default() };
                let r = s.simulate(&opts).unwrap();
                assert_eq!(
                    (r.mismatches, r.values),
                    (0, v.len() as u64),
                    "{design} {dtype:?} {block:?}: {:?}",
                    r.first_mismatch
                );
                if seed.is_none() {
                    let latency = manifest::block(design).map(|b| b.latency);
                    assert_eq!(r.latency.map(|l| l as u32), latency, "{design} {dtype:?}: the manifest's latency");
                }
                if seed.is_none() && block.is_none() {
                    // One value per cycle but for escapes (1 in 61 values here) and the initial
                    // state, FP16's 11 raw bits a value included (the raw port takes two bytes).
                    assert!(r.values_per_cycle > 0.97, "{design} {dtype:?}: {} values/cycle", r.values_per_cycle);
                }
            }
        }
        // Blocks must hold whole rows when there are several classes.
        let v = ctx_values(Dtype::BF16, 700, 9);
        let mut stats = ColumnStats::new(Dtype::BF16, 8);
        stats.add(&v, 0);
        assert!(Stimulus::tans_ctx("tans_decoder_ctx", "synthetic", v, Some(12), &stats).is_err());
    }

    /// The VCD of a tANS run is streamed to a file and the run still checks every beat.
    #[test]
    fn tans_vcd() {
        let v = bf16_values(300, 4);
        let mut h = Histogram::new(Dtype::BF16);
        h.add(&v);
        let path = std::env::temp_dir().join(format!("xnc-tans-{}.vcd", std::process::id()));
        let s = Stimulus::tans("tans_decoder", "synthetic", v, 1, Some(128), &h).unwrap();
        let r = s.simulate(&SimOptions { stall_seed: Some(5), vcd: Some(path.clone()), ..Default::default() }).unwrap();
        assert_eq!(r.mismatches, 0);
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::remove_file(&path).ok();
        // rust-hdl writes a stream interface as a scope: `m_axis` holds `tdata`, `tvalid`, ...
        assert!(text.contains("$enddefinitions") && text.contains("$scope module m_axis $end"), "{text:.2000}");
        assert!(text.contains(" tdata $end"));
    }

    /// Lane decoders without stalls: N values per beat, the block's last beat with tkeep; latency
    /// 4 (the core's 3 plus the lane FIFO); a block of fewer than N values is refused.
    #[test]
    fn tans_lanes_throughput_and_small_blocks() {
        let v = bf16_values(8 * 1000 + 9, 2);
        let mut h = Histogram::new(Dtype::BF16);
        h.add(&v);
        for (d, n) in [("tans_decoder_x4", 4.0), ("tans_decoder_x8", 8.0)] {
            let s = Stimulus::tans(d, "synthetic", v.clone(), 1, Some(2000), &h).unwrap();
            let b = s.beats().unwrap();
            let lanes = n as usize;
            assert_eq!(b.output.beats(), 4 * 2000 / lanes + 9usize.div_ceil(lanes));
            let r = s.simulate(&SimOptions::default()).unwrap();
            assert_eq!((r.mismatches, r.values, r.latency), (0, v.len() as u64, Some(4)), "{d}");
            assert!(r.values_per_cycle > 0.9 * n, "{d}: {} values/cycle", r.values_per_cycle);
            assert!(Stimulus::tans(d, "synthetic", v[..n as usize - 1].to_vec(), 1, None, &h).is_err());
        }
    }

    #[test]
    fn a_short_tail_is_padded_not_dropped() {
        let v: Vec<u16> = (0..100u16).map(|i| i.wrapping_mul(0x3c1) & 0xfff8).collect();
        let s = Stimulus::xnc("xnc_compressor", "synthetic", v, 2).unwrap();
        let b = s.beats().unwrap();
        assert_eq!((b.values, b.inputs[0].beats(), b.output.beats()), (100, 4, 4));
        assert_eq!(s.simulate(&SimOptions { stall_seed: Some(2), ..Default::default() }).unwrap().mismatches, 0);
    }

    #[test]
    fn beat_records_round_trip_sizes() {
        let v: Vec<u16> = (0..64 * 32).map(|i| (i as u16).wrapping_mul(0x9e37) & 0xfff8).collect();
        for d in
            ["xnc_compressor", "xnc_decompressor", "xnc_packer", "xnc_unpacker", "xnc_packer_256", "xnc_unpacker_256"]
        {
            let s = Stimulus::xnc(d, "synthetic", v.clone(), 16).unwrap();
            let b = s.beats().unwrap();
            let r = s.simulate(&SimOptions { stall_seed: Some(1), ..Default::default() }).unwrap();
            assert_eq!(r.mismatches, 0);
            assert_eq!(b.output.beats() as u64, r.beats, "{d}");
            assert!(b.output.last(b.output.beats() - 1));
        }
    }
}

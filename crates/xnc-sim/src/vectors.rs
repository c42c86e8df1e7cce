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
//!   beat layout of the block manifest (`xnc_rtl::manifest`, checked here): `tdata` little-endian in
//!   `ceil(W/8)` bytes, then `tuser` and `tkeep` when the port has them, then one byte whose bit 0
//!   is `tlast`. Table loads (`table.bin`): 8 bytes per write, `addr u16, code u8, nb u8, base u16,
//!   exp u8, esc | nbits << 4`.
//! * **hex** (`<port>.hex`, for `$readmemh` in the Verilog testbenches): the same record read as one
//!   little-endian integer, one line per beat, most significant digit first.
//!
//! `manifest.txt` lists `key value` lines: the design, the source, the number of values, and per port
//! `port NAME FILE BEATS BYTES_PER_BEAT`. `counts.hex` holds the beat counts (inputs in port order,
//! then the output, then the table writes), then the number of values, zero-padded to eight lines,
//! for `$readmemh`.
//!
//! Stall schedule (all harnesses, Rust and Verilog, bit for bit): one [`Stalls`] generator per run.
//! A power-up cycle with `aresetn` low comes first and is not counted. `tans_decoder` then takes one
//! table write per cycle (counted; nothing draws, every valid and ready low). Then every cycle, each
//! source in port order that is not holding a beat and has beats left draws once and presents its next
//! beat unless the draw says stall; then the sink draws once and raises tready unless the draw says
//! stall. A run ends in the cycle the last expected output beat is taken.

use std::fmt::Write as _;
use std::fs;
use std::fs::File;
use std::io::BufWriter;
use std::io::Write as _;
use std::path::Path;
use std::time::Instant;

use rust_hdl::core::vcd_probe::{write_vcd_change, write_vcd_dump, write_vcd_header, VCDProbe};
use rust_hdl::prelude::*;
use xnc_codec::ans::{joint, AnsModel, ColumnStats, CtxModel, DecodeEntry, Histogram, Profile};
use xnc_codec::container::{block_values_for, DEFAULT_BLOCK_VALUES};
use xnc_codec::{format, Dtype};
use xnc_rtl::tans_decoder::{TansDecoder, TansDecoderR6, TansDecoderR8};
use xnc_rtl::tans_decoder_ctx::{cmap_base, config_addr, TansDecoderCtx, TansDecoderCtxR10, TansDecoderCtxR6};
use xnc_rtl::tans_decoder_fa::{TansDecoderFa, TansDecoderFaR6};

use crate::xnc::{
    compressor_vectors, decompressor_vectors, drive, packer_vectors, unpacker_vectors, ChunkBeat, CompressorDut,
    DecompressorDut, PackerDut, RecordBeat, UnpackerDut, WordBeat,
};
use crate::{SimOptions, SimReport, Stalls};
use xnc_rtl::manifest::{self, Golden};

/// Table log and model profile of a tANS decoder block, from the manifest's [`Golden`] entry.
pub fn tans_model_kind(design: &str) -> Option<(u8, Profile)> {
    match manifest::block(design)?.golden {
        Golden::Tans { table_log, format_aware } => {
            Some((table_log, if format_aware { Profile::FormatAware } else { Profile::Plain }))
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
    /// Per block: tANS bytes, raw bytes, number of values.
    pub blocks: Vec<(Vec<u8>, Vec<u8>, usize)>,
}

/// One table write of `tans_decoder` (decode entries at `0..2^R`, code map at `2^R + code`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TableWrite {
    /// `tbl_addr`.
    pub addr: u16,
    /// `tbl_code`.
    pub code: u8,
    /// `tbl_nb`.
    pub nb: u8,
    /// `tbl_base`.
    pub base: u16,
    /// `tbl_exp`.
    pub exp: u8,
    /// `tbl_esc`.
    pub esc: bool,
    /// `tbl_nbits` (`tans_decoder_fa` only; 0 for the plain decoders).
    pub nbits: u8,
}

impl TableWrite {
    /// The 8-byte record of `table.bin`.
    pub fn to_bytes(self) -> [u8; 8] {
        let a = self.addr.to_le_bytes();
        let b = self.base.to_le_bytes();
        [a[0], a[1], self.code, self.nb, b[0], b[1], self.exp, self.esc as u8 | self.nbits << 4]
    }

    /// The write of an 8-byte record of `table.bin` (the inverse of [`TableWrite::to_bytes`]).
    pub fn from_bytes(b: [u8; 8]) -> Self {
        Self {
            addr: u16::from_le_bytes([b[0], b[1]]),
            code: b[2],
            nb: b[3],
            base: u16::from_le_bytes([b[4], b[5]]),
            exp: b[6],
            esc: b[7] & 1 == 1,
            nbits: b[7] >> 4,
        }
    }
}

/// Which values a block gets from a tensor of `dtype` (`None`: the tensor is not F16/BF16).
pub fn design_values(design: &str, dtype: Option<Dtype>, words: &[u16]) -> Result<Vec<u16>, String> {
    match (design, dtype) {
        (d, Some(Dtype::BF16)) if d.starts_with("tans_decoder") => Ok(words.to_vec()),
        (d, Some(Dtype::F16)) if tans_ctx_log(d).is_some() => Ok(words.to_vec()),
        (d, _) if d.starts_with("tans_decoder") => {
            Err(format!("{design} decodes BF16 coding pairs: give it a BF16 tensor"))
        }
        // The container's lossless XNC path (a short tail chunk is zero-padded by the harness).
        (_, Some(Dtype::BF16)) => Ok(words.iter().map(|&w| format::bf16_to_xnc_word(w)).collect()),
        (_, Some(Dtype::F16)) => Ok(words.to_vec()),
        _ => Err("only F16 and BF16 tensors go to the hardware blocks".into()),
    }
}

impl Stimulus {
    /// Stimulus for an XNC block (`values`: XNC words).
    pub fn xnc(design: &str, source: &str, values: Vec<u16>, block_chunks: usize) -> Result<Self, String> {
        if manifest::block(design).is_none_or(|b| matches!(b.golden, Golden::Tans { .. } | Golden::TansCtx { .. })) {
            return Err(format!("{design} is not an XNC block"));
        }
        if values.is_empty() {
            return Err("no values".into());
        }
        if block_chunks == 0 {
            return Err("block size must be at least one chunk".into());
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
    ) -> Result<Self, String> {
        if values.is_empty() || block_values == Some(0) {
            return Err("no values, or an empty block".into());
        }
        let (r, profile) = tans_model_kind(design).ok_or_else(|| format!("{design} is not a tANS decoder"))?;
        let model = AnsModel::build(hist, r, profile).map_err(|e| e.to_string())?;
        let enc = model.encoder().map_err(|e| e.to_string())?;
        let bv = block_values
            .unwrap_or(block_values_for(row_len as u64, values.len() as u64, DEFAULT_BLOCK_VALUES) as usize);
        if bv > u16::MAX as usize {
            return Err(format!(
                "{bv} values per block: the tANS decoders take a block's value count in 16 bits (at most 65535)"
            ));
        }
        let mut blocks = vec![];
        for b in values.chunks(bv) {
            let e = enc.encode(b).map_err(|e| e.to_string())?;
            blocks.push((e.ans, e.raw, b.len()));
        }
        Ok(Self {
            design: design.into(),
            source: source.into(),
            values,
            block_chunks: 0,
            tans: Some(TansStimulus { model: TansModel::Pairs(model), blocks }),
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
    ) -> Result<Self, String> {
        if values.is_empty() || block_values == Some(0) {
            return Err("no values, or an empty block".into());
        }
        let r = tans_ctx_log(design).ok_or_else(|| format!("{design} is not a context tANS decoder"))?;
        let model = joint::build(stats, r).map_err(|e| e.to_string())?.model;
        let row_len = model.row_len as usize;
        if model.classes.len() > 1 && row_len > xnc_rtl::tans_decoder_ctx::MAX_COLUMNS {
            return Err(format!("{row_len} columns: the decoder's column map holds 4096"));
        }
        let enc = model.encoder().map_err(|e| e.to_string())?;
        let bv = block_values
            .unwrap_or(block_values_for(row_len as u64, values.len() as u64, DEFAULT_BLOCK_VALUES) as usize);
        if bv > u16::MAX as usize {
            return Err(format!(
                "{bv} values per block: the tANS decoders take a block's value count in 16 bits (at most 65535)"
            ));
        }
        if model.classes.len() > 1 && !bv.is_multiple_of(row_len) {
            return Err(format!(
                "{bv} values per block: blocks must hold whole rows of {row_len} (each starts in column 0)"
            ));
        }
        let mut blocks = vec![];
        for (i, b) in values.chunks(bv).enumerate() {
            let e = enc.encode_lane(b, (i * bv) as u64, 1).map_err(|e| e.to_string())?;
            blocks.push((e.ans, e.raw, b.len()));
        }
        Ok(Self {
            design: design.into(),
            source: source.into(),
            values,
            block_chunks: 0,
            tans: Some(TansStimulus { model: TansModel::Ctx(model), blocks }),
        })
    }

    /// The table writes of a tANS decoder in load order (empty for the XNC blocks). `nbits` is only
    /// loaded by `tans_decoder_fa` (the plain decoders' codes all carry 8 bits).
    pub fn table_writes(&self) -> Vec<TableWrite> {
        let Some(t) = &self.tans else { return vec![] };
        let model = match &t.model {
            TansModel::Pairs(m) => m,
            TansModel::Ctx(m) => return ctx_table_writes(m, &ctx_table_port(m.table_log)),
        };
        let fa = self.design == "tans_decoder_fa";
        let l = model.states() as u16;
        let mut w: Vec<TableWrite> = model
            .decode_table()
            .iter()
            .enumerate()
            .map(|(x, e): (usize, &DecodeEntry)| TableWrite {
                addr: x as u16,
                code: e.code,
                nb: e.nb,
                base: e.base,
                ..Default::default()
            })
            .collect();
        w.extend(model.codes.iter().enumerate().map(|(c, code)| TableWrite {
            addr: l + c as u16,
            exp: code.exp,
            esc: code.escape,
            nbits: if fa { code.nbits } else { 0 },
            ..Default::default()
        }));
        w
    }

    /// The beats of every port.
    pub fn beats(&self) -> Result<BeatSet, String> {
        let bc = self.block_chunks;
        let v = &self.values;
        let (inputs, output) = match self.design.as_str() {
            "xnc_compressor" => {
                let x = compressor_vectors(v, bc)?;
                (
                    vec![port("s_axis", x.inputs.iter().map(chunk_bytes))],
                    port("m_axis", x.outputs.iter().map(record_bytes)),
                )
            }
            "xnc_decompressor" => {
                let x = decompressor_vectors(v, bc)?;
                (
                    vec![port("s_axis", x.inputs.iter().map(record_bytes))],
                    port("m_axis", x.outputs.iter().map(chunk_bytes)),
                )
            }
            "xnc_packer" => {
                let x = packer_vectors(v, bc)?;
                (
                    vec![port("s_axis", x.inputs.iter().map(record_bytes))],
                    port("m_axis", x.outputs.iter().map(|w| word_bytes(w, true))),
                )
            }
            "xnc_unpacker" => {
                let x = unpacker_vectors(v, bc)?;
                (
                    vec![port("s_axis", x.inputs.iter().map(|w| word_bytes(w, false)))],
                    port("m_axis", x.outputs.iter().map(record_bytes)),
                )
            }
            d if d.starts_with("tans_decoder") => {
                let t = self.tans.as_ref().ok_or("tANS stimulus without streams")?;
                let (ans, raw, out) = tans_beats(t, v);
                (vec![ans, raw], out)
            }
            d => return Err(format!("unknown design {d}")),
        };
        // The records follow the manifest's beat layout (the Verilator harness reads them by it).
        let blk = xnc_rtl::manifest::block(&self.design).ok_or_else(|| format!("unknown design {}", self.design))?;
        for (p, spec) in inputs.iter().zip(blk.inputs).chain([(&output, &blk.output)]) {
            if p.beats() > 0 && p.bytes_per_beat != spec.beat_bytes() {
                return Err(format!(
                    "{}.{}: {} bytes per beat record, the manifest says {}",
                    self.design,
                    spec.prefix,
                    p.bytes_per_beat,
                    spec.beat_bytes()
                ));
            }
        }
        Ok(BeatSet {
            design: self.design.clone(),
            source: self.source.clone(),
            values: v.len() as u64,
            inputs,
            output,
            table: self.table_writes(),
        })
    }

    /// Run the Rust cycle simulation of the block on these beats.
    pub fn simulate(&self, opts: &SimOptions) -> Result<SimReport, String> {
        let bc = self.block_chunks;
        let v = &self.values;
        let r = match self.design.as_str() {
            "xnc_compressor" => drive(&mut CompressorDut(new_block()), &compressor_vectors(v, bc)?, opts)?.report,
            "xnc_decompressor" => drive(&mut DecompressorDut(new_block()), &decompressor_vectors(v, bc)?, opts)?.report,
            "xnc_packer" => drive(&mut PackerDut(new_block()), &packer_vectors(v, bc)?, opts)?.report,
            "xnc_unpacker" => drive(&mut UnpackerDut(new_block()), &unpacker_vectors(v, bc)?, opts)?.report,
            "tans_decoder" => drive_tans(TansDecoderR6::new(), &self.beats()?, opts)?,
            "tans_decoder_r8" => drive_tans(TansDecoderR8::new(), &self.beats()?, opts)?,
            "tans_decoder_fa" => drive_tans(TansDecoderFaR6::new(), &self.beats()?, opts)?,
            "tans_decoder_ctx" => drive_tans(TansDecoderCtxR6::new(), &self.beats()?, opts)?,
            "tans_decoder_ctx_r10" => drive_tans(TansDecoderCtxR10::new(), &self.beats()?, opts)?,
            d => return Err(format!("unknown design {d}")),
        };
        Ok(r)
    }
}

/// The table port of the context decoder of table log `r` (the manifest's block with that
/// [`Golden::TansCtx`]); panics if there is none (a bug: the stimulus checked the design).
pub fn ctx_table_port(r: u8) -> manifest::TablePort {
    manifest::BLOCKS
        .iter()
        .find(|b| b.golden == Golden::TansCtx { table_log: r })
        .and_then(|b| b.table)
        .expect("a context decoder of this table log with a table port")
}

/// The table writes of a context decoder (docs/INTEGRATION.md): every class's decode entries at
/// `class << R | state`, the column map at [`cmap_base`] + column, then the configuration at
/// [`config_addr`]. Each field sits in the 8-byte record where the table port `t` (the block
/// manifest's) says.
pub fn ctx_table_writes(m: &CtxModel, t: &manifest::TablePort) -> Vec<TableWrite> {
    let put = |rec: &mut u64, name: &str, v: u64| {
        let s = t.signals.iter().find(|s| s.name == name).expect("context table signal");
        debug_assert!(v < 1 << s.width, "{name} = {v} wider than {} bits", s.width);
        *rec |= v << (8 * s.byte + s.shift);
    };
    let rec = |fields: &[(&str, u64)]| {
        let mut r = 0u64;
        for &(n, v) in fields {
            put(&mut r, n, v);
        }
        TableWrite::from_bytes(r.to_le_bytes())
    };
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

fn new_block<B: Block + Default>() -> B {
    let mut b = B::default();
    b.connect_all();
    b
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

fn port<I: Iterator<Item = Vec<u8>>>(name: &str, beats: I) -> PortBeats {
    let mut data = vec![];
    let mut bpb = 0;
    for b in beats {
        bpb = b.len();
        data.extend(b);
    }
    PortBeats { name: name.into(), bytes_per_beat: bpb, data, block_starts: vec![] }
}

/// 545-bit record field in 69 bytes, `tuser` (length) in 2, `tlast` in 1.
fn record_bytes(r: &RecordBeat) -> Vec<u8> {
    let mut b: Vec<u8> = r.record.iter().flat_map(|l| l.to_le_bytes()).collect();
    b.truncate(69);
    b.extend_from_slice(&r.len.to_le_bytes());
    b.push(r.last as u8);
    b
}

/// 32 words in 64 bytes (word i = `tdata[16i+15:16i]`), `tlast` in 1.
fn chunk_bytes(c: &ChunkBeat) -> Vec<u8> {
    let mut b: Vec<u8> = c.words.iter().flat_map(|w| w.to_le_bytes()).collect();
    b.push(c.last as u8);
    b
}

/// 64-bit word in 8 bytes, `tkeep` in 1 (the packer's output; the unpacker's input has none),
/// `tlast` in 1.
fn word_bytes(w: &WordBeat, keep: bool) -> Vec<u8> {
    let mut b = w.data.to_le_bytes().to_vec();
    if keep {
        b.push(w.keep);
    }
    b.push(w.last as u8);
    b
}

fn tans_beats(t: &TansStimulus, values: &[u16]) -> (PortBeats, PortBeats, PortBeats) {
    // One framing for every tANS decoder (docs/INTEGRATION.md): one packet per block on each
    // stream, the value count in the tANS stream's tuser.
    let new = |name: &str, bpb: usize| PortBeats {
        name: name.into(),
        bytes_per_beat: bpb,
        data: vec![],
        block_starts: vec![],
    };
    let (mut ans, mut raw, mut out) = (new("s_axis_ans", 4), new("s_axis_raw", 2), new("m_axis", 3));
    for (a, r, n) in &t.blocks {
        ans.block_starts.push(ans.beats());
        raw.block_starts.push(raw.beats());
        for (k, &x) in a.iter().enumerate() {
            ans.data.push(x);
            ans.data.extend_from_slice(&(*n as u16).to_le_bytes());
            ans.data.push((k + 1 == a.len()) as u8);
        }
        for (k, &x) in r.iter().enumerate() {
            raw.data.extend([x, (k + 1 == r.len()) as u8]);
        }
    }
    out.data.reserve(values.len() * 3);
    let mut i = 0;
    for (_, _, n) in &t.blocks {
        out.block_starts.push(out.beats());
        for k in 0..*n {
            let w = values[i].to_le_bytes();
            out.data.extend([w[0], w[1], (k + 1 == *n) as u8]);
            i += 1;
        }
    }
    (ans, raw, out)
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
    /// `tans_decoder` table writes, in load order.
    pub table: Vec<TableWrite>,
}

impl BeatSet {
    /// Write `manifest.txt`, `counts.hex` and one file per port (`.bin`, or `.hex` when `hex`).
    pub fn write(&self, dir: &Path, hex: bool) -> Result<(), String> {
        let io = |e: std::io::Error| format!("{}: {e}", dir.display());
        fs::create_dir_all(dir).map_err(io)?;
        let ext = if hex { "hex" } else { "bin" };
        let mut man = String::new();
        let _ = writeln!(man, "design {}", self.design);
        let _ = writeln!(man, "source {}", self.source);
        let _ = writeln!(man, "values {}", self.values);
        let _ = writeln!(man, "format {ext}");
        let mut counts = String::new();
        let table: Vec<u8> = self.table.iter().flat_map(|t| t.to_bytes()).collect();
        let table = PortBeats { name: "table".into(), bytes_per_beat: 8, data: table, block_starts: vec![] };
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

// ---------------------------------------------------------------------------------------------
// The tANS decoders: the Rust cycle simulation (two sources, one sink, table loads first)

/// The ports of a tANS decoder block as the driver sees them; beats are the records of [`BeatSet`].
pub trait TansPorts: Block {
    /// Drive every input (a `None` stream leaves tdata as it was and lowers tvalid).
    fn poke(&mut self, aresetn: bool, tbl: Option<&TableWrite>, ans: Option<&[u8]>, raw: Option<&[u8]>, ready: bool);
    /// Drive the clock.
    fn set_clock(&mut self, high: bool);
    /// `s_axis_ans_tready`, `s_axis_raw_tready`.
    fn readies(&self) -> (bool, bool);
    /// `m_axis_tvalid`, then the beat `(tdata, tlast)`.
    fn out(&self) -> (bool, u16, bool);
    /// Whether any output changed in the last pass (checks the fixed settle schedule).
    fn outputs_changed(&self) -> bool;
    /// The logic settles in two passes after a falling edge and needs one pass after a rising edge
    /// (the kernel has no local signals: [`drive_tans`] then skips rust-hdl's settle loop, the
    /// simulation's main cost, and checks the claim as it goes). `false`: settle to rest.
    const FIXED_PASSES: bool;
}

fn b8(v: u8) -> Bits<8> {
    (v as u64).to_bits()
}

macro_rules! tans_table_pins {
    ($u:expr, $tbl:expr) => {{
        let t = $tbl.copied().unwrap_or_default();
        $u.tbl_we.next = $tbl.is_some();
        $u.tbl_addr.next = (t.addr as u64).to_bits();
        $u.tbl_code.next = (t.code as u64).to_bits();
        $u.tbl_nb.next = (t.nb as u64).to_bits();
        $u.tbl_base.next = (t.base as u64).to_bits();
        $u.tbl_exp.next = b8(t.exp);
        $u.tbl_esc.next = t.esc;
        t
    }};
}

macro_rules! tans_common {
    () => {
        fn set_clock(&mut self, high: bool) {
            self.aclk.next = high.into();
            self.aclk.update_all(); // the kernel sees the new clock in the first pass
        }
        fn readies(&self) -> (bool, bool) {
            (self.s_axis_ans_tready.val(), self.s_axis_raw_tready.val())
        }
        fn out(&self) -> (bool, u16, bool) {
            (self.m_axis_tvalid.val(), self.m_axis_tdata.val().to_u64() as u16, self.m_axis_tlast.val())
        }
        fn outputs_changed(&self) -> bool {
            self.s_axis_ans_tready.changed
                | self.s_axis_raw_tready.changed
                | self.m_axis_tvalid.changed
                | self.m_axis_tdata.changed
                | self.m_axis_tlast.changed
        }
    };
}

impl<const R: usize, const NB: usize, const A: usize> TansPorts for TansDecoder<R, NB, A> {
    fn poke(&mut self, aresetn: bool, tbl: Option<&TableWrite>, ans: Option<&[u8]>, raw: Option<&[u8]>, ready: bool) {
        self.aresetn.next = aresetn;
        tans_table_pins!(self, tbl);
        self.s_axis_ans_tvalid.next = ans.is_some();
        if let Some(x) = ans {
            self.s_axis_ans_tdata.next = b8(x[0]);
            self.s_axis_ans_tuser.next = (u16::from_le_bytes([x[1], x[2]]) as u64).to_bits();
            self.s_axis_ans_tlast.next = x[3] & 1 == 1;
        }
        self.s_axis_raw_tvalid.next = raw.is_some();
        if let Some(x) = raw {
            self.s_axis_raw_tdata.next = b8(x[0]);
            self.s_axis_raw_tlast.next = x[1] & 1 == 1;
        }
        self.m_axis_tready.next = ready;
    }
    tans_common!();
    const FIXED_PASSES: bool = true;
}

impl<const R: usize, const NB: usize, const A: usize> TansPorts for TansDecoderFa<R, NB, A> {
    fn poke(&mut self, aresetn: bool, tbl: Option<&TableWrite>, ans: Option<&[u8]>, raw: Option<&[u8]>, ready: bool) {
        self.aresetn.next = aresetn;
        let t = tans_table_pins!(self, tbl);
        self.tbl_nbits.next = (t.nbits as u64).to_bits();
        self.s_axis_ans_tvalid.next = ans.is_some();
        if let Some(x) = ans {
            self.s_axis_ans_tdata.next = b8(x[0]);
            self.s_axis_ans_tuser.next = (u16::from_le_bytes([x[1], x[2]]) as u64).to_bits();
            self.s_axis_ans_tlast.next = x[3] & 1 == 1;
        }
        self.s_axis_raw_tvalid.next = raw.is_some();
        if let Some(x) = raw {
            self.s_axis_raw_tdata.next = b8(x[0]);
            self.s_axis_raw_tlast.next = x[1] & 1 == 1;
        }
        self.m_axis_tready.next = ready;
    }
    tans_common!();
    const FIXED_PASSES: bool = false;
}

impl<const R: usize, const NB: usize, const AW: usize> TansPorts for TansDecoderCtx<R, NB, AW> {
    fn poke(&mut self, aresetn: bool, tbl: Option<&TableWrite>, ans: Option<&[u8]>, raw: Option<&[u8]>, ready: bool) {
        self.aresetn.next = aresetn;
        // Every table signal from its place in the record, as the manifest (and the Verilator
        // harness) says.
        let rec = tbl.copied().unwrap_or_default().to_bytes();
        let sig = |name: &str| -> u64 {
            let t = ctx_table_port(R as u8);
            let s = t.signals.iter().find(|s| s.name == name).expect("table signal");
            (u64::from_le_bytes(rec) >> (8 * s.byte + s.shift)) & ((1u64 << s.width) - 1)
        };
        self.tbl_we.next = tbl.is_some();
        self.tbl_addr.next = sig("tbl_addr").to_bits();
        self.tbl_base.next = sig("tbl_base").to_bits();
        self.tbl_nb.next = sig("tbl_nb").to_bits();
        self.tbl_nbits.next = sig("tbl_nbits").to_bits();
        self.tbl_k.next = sig("tbl_k").to_bits();
        self.tbl_esc.next = sig("tbl_esc") != 0;
        self.tbl_value.next = sig("tbl_value").to_bits();
        self.tbl_class.next = sig("tbl_class").to_bits();
        self.tbl_fp16.next = sig("tbl_fp16") != 0;
        self.tbl_cols.next = sig("tbl_cols").to_bits();
        self.tbl_first.next = sig("tbl_first").to_bits();
        self.tbl_step.next = sig("tbl_step").to_bits();
        self.s_axis_ans_tvalid.next = ans.is_some();
        if let Some(x) = ans {
            self.s_axis_ans_tdata.next = b8(x[0]);
            self.s_axis_ans_tuser.next = (u16::from_le_bytes([x[1], x[2]]) as u64).to_bits();
            self.s_axis_ans_tlast.next = x[3] & 1 == 1;
        }
        self.s_axis_raw_tvalid.next = raw.is_some();
        if let Some(x) = raw {
            self.s_axis_raw_tdata.next = b8(x[0]);
            self.s_axis_raw_tlast.next = x[1] & 1 == 1;
        }
        self.m_axis_tready.next = ready;
    }
    tans_common!();
    const FIXED_PASSES: bool = false;
}

/// With the fixed settle schedule, every this many cycles one extra pass checks that the logic
/// had come to rest (it must change nothing).
const CHECK_EVERY: u64 = 64;

/// One clock edge of a tANS decoder: to rest with rust-hdl's `simulate` (`exact`, or a block
/// without [`TansPorts::FIXED_PASSES`]), else the fixed schedule, checked.
fn tans_edge<T: TansPorts>(d: &mut T, high: bool, exact: bool, check: bool) -> Result<(), String> {
    d.set_clock(high);
    if exact || !T::FIXED_PASSES {
        return if simulate(d, 1000) { Ok(()) } else { Err("tANS decoder: logic did not settle".into()) };
    }
    // The clock pin first, then: after a falling edge two passes (inputs and leaf blocks, then
    // every output and register input); after a rising edge one pass, which evaluates the logic
    // with the falling edge's values (nothing may change there) and lets the registers sample,
    // and one more that the next falling edge would do anyway.
    d.update_all();
    if high {
        if d.outputs_changed() {
            return Err("tANS decoder: outputs not settled after two passes".into());
        }
        d.update_all();
    } else {
        d.update_all();
        if check {
            d.update_all();
            if d.has_changed() {
                return Err("tANS decoder: logic not settled after two passes".into());
            }
        }
    }
    Ok(())
}

/// Drive a tANS decoder block `d` with `b` under `opts`, following the stall schedule of the module
/// documentation; every output beat is compared.
///
/// Mid-stream reset ([`SimOptions::reset_after`]): after the cycle in which that many values have
/// been received, one cycle with `aresetn` low (nothing valid, `tready` low); then every stream
/// restarts at the first block not completely received, and the receiver drops that block's values
/// received so far (the tables are kept: no reload).
pub fn drive_tans<T: TansPorts>(mut d: T, b: &BeatSet, opts: &SimOptions) -> Result<SimReport, String> {
    let start = Instant::now();
    d.connect_all();
    let mut rep = SimReport { design: b.design.clone(), ..Default::default() };
    let (ans, raw, out) = (&b.inputs[0], &b.inputs[1], &b.output);
    let mut vcd: Option<VCDProbe<BufWriter<File>>> = match &opts.vcd {
        Some(p) => {
            let f = File::create(p).map_err(|e| format!("{}: {e}", p.display()))?;
            let probe = write_vcd_header(BufWriter::with_capacity(1 << 20, f), &d);
            Some(write_vcd_dump(probe, &d))
        }
        None => None,
    };
    let exact = vcd.is_some();
    // One VCD sample per clock edge (10 ns clock, as in the XNC harness).
    let mut dump = |d: &T, t: u64| -> Result<(), String> {
        if let Some(mut v) = vcd.take() {
            v.timestamp(t).map_err(|e| e.to_string())?;
            vcd = Some(write_vcd_change(v, d));
        }
        Ok(())
    };
    // Power-up reset, not counted.
    d.poke(false, None, None, None, false);
    tans_edge(&mut d, false, true, false)?;
    tans_edge(&mut d, true, true, false)?;
    let mut cycle = 0u64;
    for t in &b.table {
        d.poke(true, Some(t), None, None, false);
        tans_edge(&mut d, false, exact, cycle.is_multiple_of(CHECK_EVERY))?;
        dump(&d, cycle * 10_000)?;
        tans_edge(&mut d, true, exact, false)?;
        dump(&d, cycle * 10_000 + 5_000)?;
        cycle += 1;
    }
    let mut stalls = Stalls::new(opts.stall_seed);
    let (mut next, mut hold) = ([0usize; 2], [false; 2]);
    let srcs = [ans, raw];
    let (mut first_in, mut first_valid, mut first_out, mut last_out) = (None, None, None, 0u64);
    let (mut k, mut blocks_done) = (0usize, 0usize);
    let (mut reset_now, mut reset_done) = (false, false);
    let max_cycles = cycle + 8 * (ans.beats() + raw.beats() + 2 * out.beats()) as u64 + 1000;
    while k < out.beats() {
        if cycle >= max_cycles {
            return Err(format!("{}: timeout after {cycle} cycles, {k} of {} output beats", b.design, out.beats()));
        }
        if reset_now {
            d.poke(false, None, None, None, false);
            tans_edge(&mut d, false, exact, false)?;
            dump(&d, cycle * 10_000)?;
            tans_edge(&mut d, true, exact, false)?;
            dump(&d, cycle * 10_000 + 5_000)?;
            for s in 0..2 {
                next[s] = srcs[s].block_starts[blocks_done];
                hold[s] = false;
            }
            k = out.block_starts[blocks_done];
            (reset_now, reset_done) = (false, true);
            cycle += 1;
            continue;
        }
        for s in 0..2 {
            if !hold[s] && next[s] < srcs[s].beats() && stalls.go() {
                hold[s] = true;
            }
        }
        let ready = stalls.go();
        let beat = |s: usize| if hold[s] { Some(srcs[s].beat(next[s])) } else { None };
        d.poke(true, None, beat(0), beat(1), ready);
        tans_edge(&mut d, false, exact, cycle.is_multiple_of(CHECK_EVERY))?;
        dump(&d, cycle * 10_000)?;
        let (ans_ready, raw_ready) = d.readies();
        if hold[0] && ans_ready {
            hold[0] = false;
            next[0] += 1;
            first_in.get_or_insert(cycle);
        }
        if hold[1] && raw_ready {
            hold[1] = false;
            next[1] += 1;
        }
        let (valid, got, got_last) = d.out();
        if valid {
            first_valid.get_or_insert(cycle);
            if ready {
                let e = out.beat(k);
                let want = u16::from_le_bytes([e[0], e[1]]);
                let want_last = e[2] & 1 == 1;
                if (got, got_last) != (want, want_last) {
                    rep.mismatches += 1;
                    if rep.first_mismatch.is_none() {
                        rep.first_mismatch = Some(format!(
                            "beat {k} (cycle {cycle}): got {got:04x} last {got_last}, expected {want:04x} last {want_last}"
                        ));
                    }
                }
                first_out.get_or_insert(cycle);
                last_out = cycle;
                k += 1;
                rep.beats += 1;
                blocks_done += want_last as usize;
                if let Some(r) = opts.reset_after {
                    if !reset_done && k as u64 >= r && k < out.beats() {
                        reset_now = true;
                    }
                }
            }
        }
        tans_edge(&mut d, true, exact, false)?;
        dump(&d, cycle * 10_000 + 5_000)?;
        cycle += 1;
    }
    drop(vcd); // flushes the BufWriter
    rep.values = k as u64;
    rep.cycles = cycle;
    rep.latency = match (first_in, first_valid) {
        (Some(a), Some(v)) if opts.stall_seed.is_none() => Some(v - a),
        _ => None,
    };
    if let Some(f) = first_out {
        rep.values_per_cycle = k as f64 / (last_out - f + 1) as f64;
    }
    rep.seconds = start.elapsed().as_secs_f64();
    Ok(rep)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        for d in ["tans_decoder", "tans_decoder_r8", "tans_decoder_fa"] {
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
        for d in ["tans_decoder", "tans_decoder_r8", "tans_decoder_fa"] {
            for (block, reset) in [(1, Some(5)), (2, None), (3, Some(700)), (64, Some(64)), (500, Some(1799))] {
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
        assert!(text.contains("$enddefinitions") && text.contains("m_axis_tdata"));
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
        for d in ["xnc_compressor", "xnc_decompressor", "xnc_packer", "xnc_unpacker"] {
            let s = Stimulus::xnc(d, "synthetic", v.clone(), 16).unwrap();
            let b = s.beats().unwrap();
            let r = s.simulate(&SimOptions { stall_seed: Some(1), ..Default::default() }).unwrap();
            assert_eq!(r.mismatches, 0);
            assert_eq!(b.output.beats() as u64, r.beats, "{d}");
            assert!(b.output.last(b.output.beats() - 1));
        }
    }
}

//! The `.xnc` container: independently decodable blocks with an index, CRC32 on the directory and
//! on every block, safetensors metadata preserved. Byte layout: docs/FORMAT.md section 4.
//!
//! Layout: `[file header 16 B][blocks ...][directory][trailer 24 B]`. Blocks are written as they are
//! coded, so compressing a 1 GB tensor keeps only a batch of blocks in memory; the directory (names,
//! shapes, codec parameters, block index) follows the blocks and the trailer points at it.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufWriter, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use memmap2::Mmap;
use rayon::prelude::*;
use tempfile::NamedTempFile;

use crate::ans::{self, AnsModel, ColumnStats, CtxModel, Histogram, Profile};
use crate::error::{Error, Result};
use crate::format::{bf16_to_f16_cast, bf16_to_xnc_word, xnc_word_to_bf16_table, Dtype};
use crate::tensor::{parent_dir, words_from_le, SafetensorsFile, SafetensorsWriter, TensorInfo, TensorSpec};
use crate::xnc;

/// First 8 bytes of every `.xnc` file (PNG-style: catches text-mode transfers and truncation).
pub const MAGIC: [u8; 8] = *b"\x89XNC\r\n\x1a\n";
/// Container version this code writes (version 2 adds codec 4, `ans-ctx`).
pub const VERSION: u16 = 2;
/// Oldest container version this code reads (a version-1 file is a version-2 file without codec 4).
pub const MIN_READ_VERSION: u16 = 1;
/// Last 4 bytes of every `.xnc` file.
pub const TRAILER_MAGIC: [u8; 4] = *b"XNCE";
/// Size of the file header.
pub const FILE_HEADER_LEN: u64 = 16;
/// Size of the trailer.
pub const TRAILER_LEN: u64 = 24;
/// Default target of values per block (rounded to whole rows and to whole XNC chunks).
pub const DEFAULT_BLOCK_VALUES: usize = 16384;
/// Bytes of one block index entry.
pub const BLOCK_ENTRY_LEN: u64 = 20;
/// Blocks coded in parallel before they are written out (bounds memory).
const BATCH_BLOCKS: usize = 64;

/// How a tensor's blocks are coded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Codec {
    /// Stored as is.
    Raw = 0,
    /// XNC records (BF16 through the lossless permutation `format::bf16_to_xnc_word`).
    Xnc = 1,
    /// Plain ANS coding pairs (Liguori).
    Ans = 2,
    /// Format-aware ANS coding pairs.
    AnsFa = 3,
    /// Context coding pairs: joint sign/exponent/mantissa-prefix codes, column context classes
    /// (container version 2).
    AnsCtx = 4,
}

impl Codec {
    fn from_u8(v: u8) -> Option<Self> {
        match v {
            0 => Some(Codec::Raw),
            1 => Some(Codec::Xnc),
            2 => Some(Codec::Ans),
            3 => Some(Codec::AnsFa),
            4 => Some(Codec::AnsCtx),
            _ => None,
        }
    }
    /// The name used on the command line and in reports.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Raw => "raw",
            Codec::Xnc => "xnc",
            Codec::Ans => "ans",
            Codec::AnsFa => "ans-fa",
            Codec::AnsCtx => "ans-ctx",
        }
    }
    /// Every codec that compresses (not raw).
    pub const COMPRESSING: [Codec; 4] = [Codec::Xnc, Codec::Ans, Codec::AnsFa, Codec::AnsCtx];
}

/// What the user asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodecChoice {
    /// This codec for every 16-bit float tensor.
    Fixed(Codec),
    /// The smallest of all codecs, per tensor.
    Auto,
}

/// Options of [`compress_file`].
#[derive(Clone, Debug)]
pub struct CompressOptions {
    /// Codec choice.
    pub codec: CodecChoice,
    /// tANS table log R (5..=10).
    pub table_log: u8,
    /// Cast BF16 tensors to FP16 first (the XNC paper's experiment; lossy relative to BF16, and said so).
    pub cast_f16: bool,
    /// Target values per block.
    pub block_values: usize,
}

impl Default for CompressOptions {
    fn default() -> Self {
        Self { codec: CodecChoice::Auto, table_log: 6, cast_f16: false, block_values: DEFAULT_BLOCK_VALUES }
    }
}

/// One block of the index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BlockEntry {
    /// Absolute file offset of the block.
    pub offset: u64,
    /// Stored bytes.
    pub len: u32,
    /// Codec-specific: ANS = bytes of the tANS stream (the raw stream follows); otherwise 0.
    pub aux: u32,
    /// CRC32 of the stored bytes.
    pub crc: u32,
}

/// A tensor's directory entry.
#[derive(Clone, Debug, PartialEq)]
pub struct TensorEntry {
    /// Name.
    pub name: String,
    /// Safetensors dtype of the data this entry decodes to.
    pub dtype_name: String,
    /// Safetensors dtype of the input (differs from `dtype_name` only with `--cast-f16`).
    pub source_dtype_name: String,
    /// Shape.
    pub shape: Vec<u64>,
    /// Element count.
    pub values: u64,
    /// Decoded data size in bytes.
    pub nbytes: u64,
    /// Values the BF16 -> FP16 cast changed (0 without `--cast-f16`).
    pub cast_changed: u64,
    /// Codec of the blocks.
    pub codec: Codec,
    /// Values per block (the last block may hold fewer).
    pub block_values: u32,
    /// Codec parameters (the ANS model; empty otherwise).
    pub params: Vec<u8>,
    /// Block index.
    pub blocks: Vec<BlockEntry>,
}

impl TensorEntry {
    /// Bytes of the data blocks.
    pub fn stored_bytes(&self) -> u64 {
        self.blocks.iter().map(|b| b.len as u64).sum()
    }
    /// Bytes this entry takes in the directory.
    pub fn entry_bytes(&self) -> u64 {
        let mut v = Vec::new();
        write_entry(self, &mut v);
        v.len() as u64
    }
    /// Elements per row (product of all dimensions but the first).
    pub fn row_len(&self) -> u64 {
        if self.shape.len() < 2 {
            1
        } else {
            self.shape[1..].iter().product()
        }
    }
    /// Number of rows.
    pub fn rows(&self) -> u64 {
        if self.shape.len() < 2 {
            self.values
        } else {
            self.shape[0]
        }
    }
    /// Size of one element in bytes.
    pub fn elem_size(&self) -> u64 {
        self.nbytes.checked_div(self.values).unwrap_or(0)
    }
    /// The 16-bit dtype of the decoded data, if it is one.
    pub fn dtype(&self) -> Option<Dtype> {
        Dtype::from_safetensors_name(&self.dtype_name)
    }
    /// Values in block `b`.
    pub fn block_len(&self, b: usize) -> u64 {
        let start = b as u64 * self.block_values as u64;
        (self.values - start).min(self.block_values as u64)
    }
}

/// The whole directory of a file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Directory {
    /// The safetensors `__metadata__`, if the input had one.
    pub metadata: Option<BTreeMap<String, String>>,
    /// The input's safetensors JSON header, verbatim (decompression writes it back when it still
    /// describes the tensors, so the round trip gives the very same file).
    pub header: Vec<u8>,
    /// Tensors in file order.
    pub tensors: Vec<TensorEntry>,
}

// ---------------------------------------------------------------------------------------------
// Block coders

/// Codes the blocks of one tensor; built once per tensor.
enum BlockCoder {
    Raw,
    Xnc { permute_bf16: bool },
    Ans { enc: ans::Encoder, dec: ans::Decoder },
    AnsCtx { enc: ans::CtxEncoder, dec: ans::CtxDecoder },
}

impl BlockCoder {
    fn new(codec: Codec, dtype: Option<Dtype>, params: &[u8]) -> Result<Self> {
        Ok(match (codec, dtype) {
            (Codec::Raw, _) => BlockCoder::Raw,
            (Codec::Xnc, Some(d)) => BlockCoder::Xnc { permute_bf16: d == Dtype::BF16 },
            (Codec::Ans | Codec::AnsFa, Some(d)) => {
                let model = AnsModel::from_bytes(params, d)?;
                BlockCoder::Ans { enc: model.encoder()?, dec: model.decoder()? }
            }
            (Codec::AnsCtx, Some(d)) => {
                let model = CtxModel::from_bytes(params, d)?;
                BlockCoder::AnsCtx { enc: model.encoder()?, dec: model.decoder()? }
            }
            (c, None) => return Err(Error::Request(format!("codec {} needs a 16-bit float tensor", c.name()))),
        })
    }

    /// Code one block of words, the first at absolute index `start`; returns the stored bytes, the
    /// aux field and the exact payload bits.
    fn encode(&self, words: &mut [u16], start: u64) -> Result<(Vec<u8>, u32, u64)> {
        match self {
            BlockCoder::Raw => {
                let mut v = Vec::with_capacity(words.len() * 2);
                crate::tensor::words_to_le(words, &mut v);
                let bits = v.len() as u64 * 8;
                Ok((v, 0, bits))
            }
            BlockCoder::Xnc { permute_bf16 } => {
                if *permute_bf16 {
                    words.iter_mut().for_each(|w| *w = bf16_to_xnc_word(*w));
                }
                let (bytes, bits) = xnc::encode_stream(words);
                Ok((bytes, 0, bits))
            }
            BlockCoder::Ans { .. } | BlockCoder::AnsCtx { .. } => {
                let b = match self {
                    BlockCoder::AnsCtx { enc, .. } => enc.encode_lane(words, start, 1)?,
                    BlockCoder::Ans { enc, .. } => enc.encode(words)?,
                    _ => unreachable!("matched above"),
                };
                let aux = b.ans.len() as u32;
                let bits = b.ans_bits + b.raw_bits;
                let mut v = b.ans;
                v.extend_from_slice(&b.raw);
                Ok((v, aux, bits))
            }
        }
    }

    /// Decode one block, the first value at absolute index `start`, into `out`.
    fn decode(&self, stored: &[u8], aux: u32, start: u64, out: &mut [u16]) -> Result<()> {
        match self {
            BlockCoder::Raw => {
                if stored.len() != out.len() * 2 {
                    return Err(Error::Request(format!(
                        "raw block holds {} bytes, expected {}",
                        stored.len(),
                        out.len() * 2
                    )));
                }
                for (o, c) in out.iter_mut().zip(stored.chunks_exact(2)) {
                    *o = u16::from_le_bytes([c[0], c[1]]);
                }
                Ok(())
            }
            BlockCoder::Xnc { permute_bf16 } => {
                xnc::decode_stream(stored, out)?;
                if *permute_bf16 {
                    let t = xnc_word_to_bf16_table();
                    out.iter_mut().for_each(|w| *w = t[*w as usize]);
                }
                Ok(())
            }
            BlockCoder::Ans { .. } | BlockCoder::AnsCtx { .. } => {
                let a = aux as usize;
                if a > stored.len() {
                    return Err(Error::Request(format!(
                        "tANS stream length {a} exceeds the block's {} bytes",
                        stored.len()
                    )));
                }
                let (ans, raw) = stored.split_at(a);
                match self {
                    BlockCoder::AnsCtx { dec, .. } => dec.decode_lane(ans, raw, start, 1, out),
                    BlockCoder::Ans { dec, .. } => dec.decode(ans, raw, out.len(), out),
                    _ => unreachable!("matched above"),
                }
            }
        }
    }
}

/// Values per block for a tensor: whole rows, a multiple of the XNC chunk, about `target`.
pub fn block_values_for(row_len: u64, values: u64, target: usize) -> u64 {
    if values == 0 {
        return 0;
    }
    let row_len = row_len.max(1);
    let align = 32 / gcd(row_len, 32); // rows per block must be a multiple of this
    let rows = (target as u64).div_ceil(row_len).max(1).div_ceil(align) * align;
    (rows * row_len).min(values.div_ceil(32) * 32).max(1)
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

// ---------------------------------------------------------------------------------------------
// Compression

/// What happened to one tensor.
#[derive(Clone, Debug, serde::Serialize)]
pub struct TensorSummary {
    /// Name.
    pub name: String,
    /// Input dtype.
    pub dtype: String,
    /// Codec used for the blocks.
    pub codec: Codec,
    /// Input bytes.
    pub raw_bytes: u64,
    /// Bytes of the data blocks.
    pub stored_bytes: u64,
    /// Bytes of the directory entry (name, shape, parameters, index).
    pub entry_bytes: u64,
    /// Values the `--cast-f16` cast changed.
    pub cast_changed: u64,
    /// Why the codec was chosen or refused, for the user.
    pub note: String,
}

impl TensorSummary {
    /// Input bytes over container bytes (blocks + directory entry).
    pub fn ratio(&self) -> f64 {
        self.raw_bytes as f64 / (self.stored_bytes + self.entry_bytes).max(1) as f64
    }
}

/// Where coded blocks go: a file, or nowhere (for `stats`).
pub trait BlockSink {
    /// Append bytes; return the absolute offset they start at.
    fn put(&mut self, bytes: &[u8]) -> Result<u64>;
    /// Drop everything from `offset` on (to replace a tensor by its raw fallback).
    fn truncate(&mut self, offset: u64) -> Result<()>;
}

/// A sink that only counts (for statistics).
#[derive(Default)]
pub struct CountingSink {
    /// Bytes put so far.
    pub len: u64,
}

impl BlockSink for CountingSink {
    fn put(&mut self, bytes: &[u8]) -> Result<u64> {
        let at = self.len;
        self.len += bytes.len() as u64;
        Ok(at)
    }
    fn truncate(&mut self, offset: u64) -> Result<()> {
        self.len = offset;
        Ok(())
    }
}

struct FileSink {
    path: String,
    out: BufWriter<File>,
    len: u64,
}

impl BlockSink for FileSink {
    fn put(&mut self, bytes: &[u8]) -> Result<u64> {
        let at = self.len;
        self.out.write_all(bytes).map_err(|source| Error::Io { path: self.path.clone(), source })?;
        self.len += bytes.len() as u64;
        Ok(at)
    }
    fn truncate(&mut self, offset: u64) -> Result<()> {
        let io = |source| Error::Io { path: self.path.clone(), source };
        self.out.flush().map_err(io)?;
        self.out.get_mut().set_len(offset).map_err(io)?;
        self.out.seek(SeekFrom::Start(offset)).map_err(io)?;
        self.len = offset;
        Ok(())
    }
}

/// The words of a tensor as the coders see them (after the optional cast).
struct Source<'a> {
    bytes: &'a [u8],
    cast: bool,
}

impl Source<'_> {
    fn words(&self, start: u64, n: u64) -> Vec<u16> {
        let mut w = words_from_le(&self.bytes[start as usize * 2..(start + n) as usize * 2]);
        if self.cast {
            w.iter_mut().for_each(|x| *x = bf16_to_f16_cast(*x));
        }
        w
    }
}

/// Exact XNC statistics of a tensor's words (the reference accounting), counted in parallel.
fn xnc_stats_of(src: &Source, values: u64, permute_bf16: bool) -> xnc::XncStats {
    let step = 1u64 << 16;
    (0..values.div_ceil(step))
        .into_par_iter()
        .map(|i| {
            let start = i * step;
            let mut w = src.words(start, step.min(values - start));
            if permute_bf16 {
                w.iter_mut().for_each(|x| *x = bf16_to_xnc_word(*x));
            }
            xnc::stats(&w)
        })
        .reduce(xnc::XncStats::default, |mut a, b| {
            a.merge(&b);
            a
        })
}

/// Histogram of a tensor's words for the ANS model, counted in parallel.
fn histogram_of(src: &Source, values: u64, dtype: Dtype) -> Histogram {
    let step = 1u64 << 16;
    (0..values.div_ceil(step))
        .into_par_iter()
        .map(|i| {
            let start = i * step;
            let mut h = Histogram::new(dtype);
            h.add(&src.words(start, step.min(values - start)));
            h
        })
        .reduce(
            || Histogram::new(dtype),
            |mut a, b| {
                a.merge(&b);
                a
            },
        )
}

/// Per-column symbol counts of a tensor for the `ans-ctx` model, counted in parallel by whole rows.
fn column_stats_of(src: &Source, values: u64, dtype: Dtype, row_len: u64) -> ColumnStats {
    let row_len = row_len.max(1);
    let step = (1u64 << 16).div_ceil(row_len) * row_len;
    // One accumulator per rayon job, not per chunk (a BF16 table of 4096 columns is 134 MB), and
    // few jobs.
    let chunks = values.div_ceil(step) as usize;
    (0..chunks)
        .into_par_iter()
        .with_min_len((chunks / (4 * rayon::current_num_threads())).max(1))
        .fold(
            || ColumnStats::new(dtype, row_len),
            |mut s, i| {
                let start = i as u64 * step;
                s.add(&src.words(start, step.min(values - start)), start);
                s
            },
        )
        .reduce(
            || ColumnStats::new(dtype, row_len),
            |mut a, b| {
                a.merge(&b);
                a
            },
        )
}

/// The entropy bounds of a 16-bit float tensor (order-0 and the context bounds), counted in
/// parallel; `None` for other dtypes and empty tensors.
pub fn context_bounds(t: &TensorInfo, bytes: &[u8], cast_f16: bool) -> Option<ans::joint::ContextBounds> {
    let cast = cast_f16 && t.dtype == Some(Dtype::BF16);
    let d = if cast { Dtype::F16 } else { t.dtype? };
    let values = t.values() as u64;
    if values == 0 {
        return None;
    }
    let src = Source { bytes, cast };
    let stats = column_stats_of(&src, values, d, t.row_len() as u64);
    Some(ans::joint::ContextBounds::of(&stats, &histogram_of(&src, values, d)))
}

/// Everything `stats` reports about one tensor and one codec, measured by really coding it.
#[derive(Clone, Debug, serde::Serialize)]
pub struct CodecMeasurement {
    /// Codec.
    pub codec: Codec,
    /// Bits of the coded streams without block padding (XNC: the reference accounting).
    pub payload_bits: u64,
    /// Bits in the container: blocks (byte-padded) plus the directory entry.
    pub container_bits: u64,
    /// `16 * values / container_bits`.
    pub ratio: f64,
    /// XNC only: the reference accounting counts.
    pub xnc: Option<xnc::XncStats>,
    /// ANS only: fraction of values coded through the escape.
    pub escape_rate: Option<f64>,
    /// ANS only: bits/value of the order-0 exponent-code bound `(1+M) + H(exp)`.
    pub order0_bound_bits: Option<f64>,
    /// ANS only: number of codes and table log.
    pub codes: Option<usize>,
}

/// Plan and code one tensor into `sink`. Returns its directory entry and a summary.
pub fn compress_tensor(
    t: &TensorInfo,
    bytes: &[u8],
    opts: &CompressOptions,
    sink: &mut dyn BlockSink,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<(TensorEntry, TensorSummary, Option<CodecMeasurement>)> {
    let values = t.values() as u64;
    let cast = opts.cast_f16 && t.dtype == Some(Dtype::BF16);
    let dtype = if cast { Some(Dtype::F16) } else { t.dtype };
    let src = Source { bytes, cast };
    let mut note = String::new();
    let mut cast_changed = 0;
    if cast {
        cast_changed = (0..values.div_ceil(1 << 16))
            .into_par_iter()
            .map(|i| {
                let start = i << 16;
                let n = (1u64 << 16).min(values - start);
                let orig = words_from_le(&bytes[start as usize * 2..(start + n) as usize * 2]);
                orig.iter()
                    // NaN != NaN: every NaN counts as changed (its payload is not kept).
                    .filter(|&&w| {
                        half::f16::from_bits(bf16_to_f16_cast(w)).to_f32() != half::bf16::from_bits(w).to_f32()
                    })
                    .count() as u64
            })
            .sum();
        note.push_str(&format!("cast BF16 -> F16 changed {cast_changed} of {values} values; "));
    }

    // Choose the codec.
    let mut codec = Codec::Raw;
    let mut params = Vec::new();
    let mut measurement: Option<CodecMeasurement> = None;
    match dtype {
        None => note.push_str(&format!("dtype {} is stored raw (only F16 and BF16 are compressed)", t.dtype_name)),
        Some(_) if values == 0 => note.push_str("empty tensor, stored raw"),
        Some(d) => {
            let candidates: Vec<Codec> = match opts.codec {
                CodecChoice::Fixed(Codec::Raw) => vec![],
                // ans-ctx falls back to ans-fa on a tensor where it would not be smaller.
                CodecChoice::Fixed(Codec::AnsCtx) => vec![Codec::AnsFa, Codec::AnsCtx],
                CodecChoice::Fixed(c) => vec![c],
                CodecChoice::Auto => Codec::COMPRESSING.to_vec(),
            };
            // The ans-ctx model stores the row length in 32 bits.
            let candidates: Vec<Codec> = candidates
                .into_iter()
                .filter(|&c| c != Codec::AnsCtx || t.row_len() as u64 <= u32::MAX as u64)
                .collect();
            let mut best: Option<(f64, Codec, Vec<u8>, CodecMeasurement)> = None;
            let hist =
                if candidates.iter().any(|c| *c != Codec::Xnc) { Some(histogram_of(&src, values, d)) } else { None };
            for c in candidates {
                let (est_bits, p, m) = match c {
                    Codec::Xnc => {
                        let s = xnc_stats_of(&src, values, d == Dtype::BF16);
                        let m = CodecMeasurement {
                            codec: c,
                            payload_bits: s.bits,
                            container_bits: 0,
                            ratio: 0.0,
                            xnc: Some(s),
                            escape_rate: None,
                            order0_bound_bits: None,
                            codes: None,
                        };
                        (s.bits as f64, Vec::new(), m)
                    }
                    Codec::Ans | Codec::AnsFa => {
                        let h = hist.as_ref().expect("histogram counted");
                        let profile = if c == Codec::Ans { Profile::Plain } else { Profile::FormatAware };
                        let model = AnsModel::build(h, opts.table_log, profile).map_err(|e| with_tensor(e, &t.name))?;
                        let est = model.estimated_bits(h);
                        let esc = model.escape().map(|_| escape_fraction(&model, h));
                        let m = CodecMeasurement {
                            codec: c,
                            payload_bits: 0,
                            container_bits: 0,
                            ratio: 0.0,
                            xnc: None,
                            escape_rate: Some(esc.unwrap_or(0.0)),
                            order0_bound_bits: Some(h.order0_bound_bits()),
                            codes: Some(model.codes.len()),
                        };
                        (est, model.to_bytes(), m)
                    }
                    Codec::AnsCtx => {
                        let h = hist.as_ref().expect("histogram counted");
                        let stats = column_stats_of(&src, values, d, t.row_len() as u64);
                        let choice = ans::joint::build(&stats, opts.table_log).map_err(|e| with_tensor(e, &t.name))?;
                        let m = CodecMeasurement {
                            codec: c,
                            payload_bits: 0,
                            container_bits: 0,
                            ratio: 0.0,
                            xnc: None,
                            escape_rate: Some(choice.escape_rate),
                            order0_bound_bits: Some(h.order0_bound_bits()),
                            codes: Some(choice.model.classes.iter().map(|c| c.codes.len()).sum()),
                        };
                        (choice.payload_bits, choice.model.to_bytes(), m)
                    }
                    Codec::Raw => unreachable!("raw is not a candidate"),
                };
                // The model bytes count too (an ans-ctx model with many classes is larger).
                let est_bits = est_bits + 8.0 * p.len() as f64;
                if best.as_ref().is_none_or(|b| est_bits < b.0) {
                    best = Some((est_bits, c, p, m));
                }
            }
            if let Some((_, c, p, m)) = best {
                if opts.codec == CodecChoice::Fixed(Codec::AnsCtx) && c != Codec::AnsCtx {
                    note.push_str("ans-ctx would not be smaller than ans-fa: coded with ans-fa; ");
                }
                codec = c;
                params = p;
                measurement = Some(m);
            } else {
                note.push_str("raw requested");
            }
        }
    }

    let raw_bytes = t.data.len() as u64;
    let start = sink.put(&[])?;
    let mut entry = TensorEntry {
        name: t.name.clone(),
        dtype_name: dtype.map_or(t.dtype_name.clone(), |d| d.safetensors_name().to_string()),
        source_dtype_name: t.dtype_name.clone(),
        shape: t.shape.iter().map(|&s| s as u64).collect(),
        values,
        nbytes: if cast { values * 2 } else { raw_bytes },
        cast_changed,
        codec,
        block_values: 0,
        params,
        blocks: Vec::new(),
    };
    if codec != Codec::Raw {
        let bv = block_values_for(t.row_len() as u64, values, opts.block_values);
        entry.block_values = bv as u32;
        let coder = BlockCoder::new(codec, dtype, &entry.params).map_err(|e| with_tensor(e, &t.name))?;
        let nblocks = values.div_ceil(bv) as usize;
        let mut payload_bits = 0u64;
        for batch in (0..nblocks).collect::<Vec<_>>().chunks(BATCH_BLOCKS) {
            let coded: Vec<Result<(Vec<u8>, u32, u64)>> = batch
                .par_iter()
                .map(|&b| {
                    let s = b as u64 * bv;
                    let mut w = src.words(s, bv.min(values - s));
                    let r = coder.encode(&mut w, s);
                    progress(w.len() as u64);
                    r
                })
                .collect();
            for (i, r) in coded.into_iter().enumerate() {
                let (bytes, aux, bits) = r.map_err(|e| with_tensor(e, &format!("{} block {}", t.name, batch[i])))?;
                payload_bits += bits;
                let offset = put_aligned(sink, &bytes)?;
                entry.blocks.push(BlockEntry { offset, len: bytes.len() as u32, aux, crc: crc32fast::hash(&bytes) });
            }
        }
        if let Some(m) = measurement.as_mut() {
            m.payload_bits = payload_bits;
        }
        let container = entry.stored_bytes() + entry.entry_bytes();
        if container >= raw_bytes + entry_overhead_raw(&entry) {
            note.push_str(&format!(
                "{} would take {} bytes for {} raw bytes: stored raw instead",
                codec.name(),
                container,
                raw_bytes
            ));
            if let Some(m) = measurement.as_mut() {
                m.container_bits = container * 8;
                m.ratio = 16.0 * values as f64 / m.container_bits as f64;
            }
            sink.truncate(start)?;
            entry.codec = Codec::Raw;
            entry.params.clear();
            entry.blocks.clear();
        } else if let Some(m) = measurement.as_mut() {
            m.container_bits = container * 8;
            m.ratio = 16.0 * values as f64 / m.container_bits as f64;
        }
    }
    if entry.codec == Codec::Raw {
        store_raw(&mut entry, t, &src, opts, sink, progress)?;
    }
    let summary = TensorSummary {
        name: t.name.clone(),
        dtype: t.dtype_name.clone(),
        codec: entry.codec,
        raw_bytes,
        stored_bytes: entry.stored_bytes(),
        entry_bytes: entry.entry_bytes(),
        cast_changed,
        note,
    };
    Ok((entry, summary, measurement))
}

/// Fraction of values that a model codes through its escape.
fn escape_fraction(model: &AnsModel, h: &Histogram) -> f64 {
    // A value avoids the escape when some direct code has its exponent and keeps all its needed
    // bits; format-aware maps may give one exponent several codes, so count values, not codes.
    let d = h.dtype();
    let max_need = 1 + d.man_bits() as u8;
    let direct: u64 = (0..1u16 << d.exp_bits())
        .map(|e| {
            let widest = model.codes.iter().filter(|c| !c.escape && c.exp as u16 == e).map(|c| c.nbits).max();
            widest.map_or(0, |w| (0..=w.min(max_need)).map(|need| h.count(e, need)).sum())
        })
        .sum();
    if h.values() == 0 {
        0.0
    } else {
        1.0 - direct as f64 / h.values() as f64
    }
}

/// Directory bytes a raw entry of the same tensor would take (so the fallback test is fair).
fn entry_overhead_raw(e: &TensorEntry) -> u64 {
    let raw = TensorEntry { params: Vec::new(), blocks: Vec::new(), ..e.clone() };
    raw.entry_bytes()
}

fn store_raw(
    entry: &mut TensorEntry,
    t: &TensorInfo,
    src: &Source,
    opts: &CompressOptions,
    sink: &mut dyn BlockSink,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<()> {
    entry.codec = Codec::Raw;
    entry.params.clear();
    entry.blocks.clear();
    let values = entry.values;
    if values == 0 {
        entry.block_values = 0;
        // A zero-element tensor has no blocks; a raw tensor of another dtype may still have bytes.
        return Ok(());
    }
    let bv = block_values_for(t.row_len() as u64, values, opts.block_values.max(1 << 16));
    entry.block_values = bv as u32;
    let esize = entry.nbytes / values;
    for b in 0..values.div_ceil(bv) {
        let s = b * bv;
        let n = bv.min(values - s);
        let bytes: Vec<u8> = if src.cast {
            let mut v = Vec::new();
            crate::tensor::words_to_le(&src.words(s, n), &mut v);
            v
        } else {
            src.bytes[(s * esize) as usize..((s + n) * esize) as usize].to_vec()
        };
        let offset = put_aligned(sink, &bytes)?;
        entry.blocks.push(BlockEntry { offset, len: bytes.len() as u32, aux: 0, crc: crc32fast::hash(&bytes) });
        progress(n);
    }
    Ok(())
}

/// Alignment of every block in the file, so that hardware reading 64-bit memory words can start
/// decoding at a block's offset from the index.
pub const BLOCK_ALIGN: u64 = 8;

/// Put a block at the next multiple of [`BLOCK_ALIGN`] (zero bytes in between).
fn put_aligned(sink: &mut dyn BlockSink, bytes: &[u8]) -> Result<u64> {
    let at = sink.put(&[])?;
    let pad = (BLOCK_ALIGN - at % BLOCK_ALIGN) % BLOCK_ALIGN;
    sink.put(&[0u8; BLOCK_ALIGN as usize][..pad as usize])?;
    sink.put(bytes)
}

fn with_tensor(e: Error, name: &str) -> Error {
    match e {
        Error::Corrupt { context, message } => {
            Error::Corrupt { context: format!("tensor '{name}': {context}"), message }
        }
        Error::Request(m) => Error::Unsupported { tensor: name.to_string(), message: m },
        other => other,
    }
}

/// Compress a safetensors file into a `.xnc` file. The output appears only when complete.
pub fn compress_file(
    input: &Path,
    output: &Path,
    opts: &CompressOptions,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<Vec<TensorSummary>> {
    if !(5..=10).contains(&opts.table_log) {
        return Err(Error::Request(format!("table log {} is outside 5..=10", opts.table_log)));
    }
    let st = SafetensorsFile::open(input)?;
    let out_path = output.display().to_string();
    let io = |source| Error::Io { path: out_path.clone(), source };
    let tmp = NamedTempFile::new_in(parent_dir(output)).map_err(io)?;
    let mut sink =
        FileSink { path: out_path.clone(), out: BufWriter::with_capacity(1 << 20, tmp.reopen().map_err(io)?), len: 0 };
    let mut header = Vec::with_capacity(FILE_HEADER_LEN as usize);
    header.extend_from_slice(&MAGIC);
    header.extend_from_slice(&VERSION.to_le_bytes());
    header.extend_from_slice(&[0u8; 6]);
    sink.put(&header)?;
    let mut dir = Directory { metadata: st.metadata.clone(), header: st.header.clone(), tensors: Vec::new() };
    let mut summaries = Vec::new();
    for t in &st.tensors {
        let (entry, summary, _) = compress_tensor(t, st.bytes(t), opts, &mut sink, progress)?;
        dir.tensors.push(entry);
        summaries.push(summary);
    }
    let dir_bytes = encode_directory(&dir);
    let dir_offset = sink.put(&dir_bytes)?;
    let mut trailer = Vec::with_capacity(TRAILER_LEN as usize);
    trailer.extend_from_slice(&dir_offset.to_le_bytes());
    trailer.extend_from_slice(&(dir_bytes.len() as u64).to_le_bytes());
    trailer.extend_from_slice(&crc32fast::hash(&dir_bytes).to_le_bytes());
    trailer.extend_from_slice(&TRAILER_MAGIC);
    sink.put(&trailer)?;
    sink.out.flush().map_err(io)?;
    sink.out.get_ref().sync_all().map_err(io)?;
    drop(sink);
    tmp.persist(output).map_err(|e| io(e.error))?;
    Ok(summaries)
}

// ---------------------------------------------------------------------------------------------
// Directory encoding

fn put_str(v: &mut Vec<u8>, s: &str, len_bytes: usize) {
    match len_bytes {
        1 => v.push(s.len() as u8),
        2 => v.extend_from_slice(&(s.len() as u16).to_le_bytes()),
        _ => v.extend_from_slice(&(s.len() as u32).to_le_bytes()),
    }
    v.extend_from_slice(s.as_bytes());
}

fn write_entry(t: &TensorEntry, v: &mut Vec<u8>) {
    put_str(v, &t.name, 2);
    put_str(v, &t.dtype_name, 1);
    put_str(v, &t.source_dtype_name, 1);
    v.push(t.codec as u8);
    v.push(t.shape.len() as u8);
    for &d in &t.shape {
        v.extend_from_slice(&d.to_le_bytes());
    }
    v.extend_from_slice(&t.values.to_le_bytes());
    v.extend_from_slice(&t.nbytes.to_le_bytes());
    v.extend_from_slice(&t.cast_changed.to_le_bytes());
    v.extend_from_slice(&t.block_values.to_le_bytes());
    v.extend_from_slice(&(t.params.len() as u32).to_le_bytes());
    v.extend_from_slice(&t.params);
    v.extend_from_slice(&(t.blocks.len() as u32).to_le_bytes());
    for b in &t.blocks {
        v.extend_from_slice(&b.offset.to_le_bytes());
        v.extend_from_slice(&b.len.to_le_bytes());
        v.extend_from_slice(&b.aux.to_le_bytes());
        v.extend_from_slice(&b.crc.to_le_bytes());
    }
}

/// Serialise a directory (docs/FORMAT.md section 4.3).
pub fn encode_directory(d: &Directory) -> Vec<u8> {
    let mut v = Vec::new();
    v.extend_from_slice(&(d.tensors.len() as u32).to_le_bytes());
    let meta = d.metadata.as_ref().map(|m| serde_json::to_string(m).expect("string map")).unwrap_or_default();
    put_str(&mut v, &meta, 4);
    v.extend_from_slice(&(d.header.len() as u32).to_le_bytes());
    v.extend_from_slice(&d.header);
    for t in &d.tensors {
        write_entry(t, &mut v);
    }
    v
}

/// Reads little-endian fields, every error naming the absolute file offset.
struct Cursor<'a> {
    buf: &'a [u8],
    pos: usize,
    base: u64,
    ctx: String,
}

impl<'a> Cursor<'a> {
    fn err(&self, message: String) -> Error {
        Error::Format { context: self.ctx.clone(), offset: self.base + self.pos as u64, message }
    }
    fn take(&mut self, n: usize, what: &str) -> Result<&'a [u8]> {
        if self.buf.len() - self.pos < n {
            return Err(self
                .err(format!("directory ends inside {what} ({n} bytes needed, {} left)", self.buf.len() - self.pos)));
        }
        let s = &self.buf[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }
    fn u8(&mut self, what: &str) -> Result<u8> {
        Ok(self.take(1, what)?[0])
    }
    fn u16(&mut self, what: &str) -> Result<u16> {
        Ok(u16::from_le_bytes(self.take(2, what)?.try_into().expect("2 bytes")))
    }
    fn u32(&mut self, what: &str) -> Result<u32> {
        Ok(u32::from_le_bytes(self.take(4, what)?.try_into().expect("4 bytes")))
    }
    fn u64(&mut self, what: &str) -> Result<u64> {
        Ok(u64::from_le_bytes(self.take(8, what)?.try_into().expect("8 bytes")))
    }
    fn string(&mut self, len: usize, what: &str) -> Result<String> {
        let at = self.pos;
        let b = self.take(len, what)?;
        String::from_utf8(b.to_vec()).map_err(|_| Error::Format {
            context: self.ctx.clone(),
            offset: self.base + at as u64,
            message: format!("{what} is not UTF-8"),
        })
    }
}

/// Parse and validate a directory read at file offset `base`; `data_end` bounds the block region.
pub fn decode_directory(buf: &[u8], base: u64, data_end: u64, ctx: &str) -> Result<Directory> {
    let mut c = Cursor { buf, pos: 0, base, ctx: ctx.to_string() };
    let count = c.u32("tensor count")?;
    let mlen = c.u32("metadata length")? as usize;
    let meta = c.string(mlen, "metadata")?;
    let metadata = if mlen == 0 {
        None
    } else {
        Some(serde_json::from_str(&meta).map_err(|e| c.err(format!("metadata is not a JSON string map: {e}")))?)
    };
    let hlen = c.u32("header length")? as usize;
    let header = c.take(hlen, "original header")?.to_vec();
    let mut tensors = Vec::new();
    for _ in 0..count {
        let at = c.pos as u64 + base;
        let nlen = c.u16("tensor name length")? as usize;
        let name = c.string(nlen, "tensor name")?;
        let tctx = format!("{ctx}: tensor '{name}' (directory entry at byte offset {at})");
        let bad =
            |c: &Cursor, m: String| Error::Format { context: tctx.clone(), offset: base + c.pos as u64, message: m };
        let dlen = c.u8("dtype length")? as usize;
        let dtype_name = c.string(dlen, "dtype")?;
        let slen = c.u8("source dtype length")? as usize;
        let source_dtype_name = c.string(slen, "source dtype")?;
        let codec_byte = c.u8("codec")?;
        let codec = Codec::from_u8(codec_byte).ok_or_else(|| bad(&c, format!("unknown codec {codec_byte}")))?;
        let ndim = c.u8("rank")? as usize;
        let mut shape = Vec::with_capacity(ndim);
        for _ in 0..ndim {
            shape.push(c.u64("dimension")?);
        }
        let values = c.u64("value count")?;
        let nbytes = c.u64("byte count")?;
        let cast_changed = c.u64("cast count")?;
        let block_values = c.u32("block size")?;
        let plen = c.u32("parameter length")? as usize;
        let params = c.take(plen, "parameters")?.to_vec();
        let nblocks = c.u32("block count")? as u64;
        if shape.iter().try_fold(1u64, |a, &d| a.checked_mul(d)) != Some(values) {
            return Err(bad(&c, format!("shape {shape:?} does not hold {values} values")));
        }
        let expect_blocks = if values == 0 {
            0
        } else if block_values == 0 {
            u64::MAX
        } else {
            values.div_ceil(block_values as u64)
        };
        if nblocks != expect_blocks {
            return Err(bad(&c, format!("{nblocks} blocks for {values} values in blocks of {block_values}")));
        }
        if codec != Codec::Raw && (Dtype::from_safetensors_name(&dtype_name).is_none() || nbytes != values * 2) {
            return Err(bad(&c, format!("codec {} on dtype {dtype_name} with {nbytes} bytes", codec.name())));
        }
        if values > 0 && nbytes % values != 0 {
            return Err(bad(&c, format!("{nbytes} bytes is not a whole number of {values} elements")));
        }
        let mut blocks = Vec::with_capacity(nblocks.min(1 << 20) as usize);
        for b in 0..nblocks {
            let e = BlockEntry {
                offset: c.u64("block offset")?,
                len: c.u32("block length")?,
                aux: c.u32("block aux")?,
                crc: c.u32("block crc")?,
            };
            if e.offset < FILE_HEADER_LEN || e.offset.checked_add(e.len as u64).is_none_or(|end| end > data_end) {
                return Err(bad(&c, format!("block {b} at {}+{} lies outside the data region", e.offset, e.len)));
            }
            if codec == Codec::Raw {
                let n = (values - b * block_values as u64).min(block_values as u64);
                if e.len as u64 != n * (nbytes / values.max(1)) {
                    return Err(bad(
                        &c,
                        format!("raw block {b} holds {} bytes, expected {}", e.len, n * (nbytes / values.max(1))),
                    ));
                }
            }
            blocks.push(e);
        }
        let entry = TensorEntry {
            name,
            dtype_name,
            source_dtype_name,
            shape,
            values,
            nbytes,
            cast_changed,
            codec,
            block_values,
            params,
            blocks,
        };
        // Validate the codec parameters now, so a corrupt model is reported here, not mid-decode.
        BlockCoder::new(entry.codec, entry.dtype(), &entry.params).map_err(|e| match e {
            Error::Format { message, .. } | Error::Corrupt { message, .. } => {
                bad(&c, format!("codec parameters: {message}"))
            }
            other => other,
        })?;
        if let (Codec::AnsCtx, Some(d)) = (entry.codec, entry.dtype()) {
            let m = CtxModel::from_bytes(&entry.params, d)?;
            if m.row_len as u64 != entry.row_len() {
                return Err(bad(
                    &c,
                    format!("codec parameters: ans-ctx row length {} for rows of {}", m.row_len, entry.row_len()),
                ));
            }
        }
        tensors.push(entry);
    }
    if c.pos != buf.len() {
        return Err(c.err(format!("{} unexpected bytes after the last tensor", buf.len() - c.pos)));
    }
    Ok(Directory { metadata, header, tensors })
}

// ---------------------------------------------------------------------------------------------
// Reading

/// An open, validated `.xnc` file.
pub struct XncFile {
    path: PathBuf,
    map: Mmap,
    /// Its directory.
    pub dir: Directory,
}

impl XncFile {
    /// Open a `.xnc` file and validate magic, version, trailer, directory CRC and index.
    pub fn open(path: &Path) -> Result<Self> {
        let ctx = path.display().to_string();
        let file = File::open(path).map_err(|source| Error::Io { path: ctx.clone(), source })?;
        // SAFETY: read-only map (see tensor::SafetensorsFile::open).
        let map = unsafe { Mmap::map(&file) }.map_err(|source| Error::Io { path: ctx.clone(), source })?;
        let fmt = |offset: u64, message: String| Error::Format { context: ctx.clone(), offset, message };
        let len = map.len() as u64;
        if len < FILE_HEADER_LEN + TRAILER_LEN {
            return Err(fmt(0, format!("{len} bytes is too short for an .xnc file (truncated?)")));
        }
        if map[..8] != MAGIC {
            return Err(fmt(0, "wrong magic: not an .xnc file".into()));
        }
        let version = u16::from_le_bytes([map[8], map[9]]);
        if !(MIN_READ_VERSION..=VERSION).contains(&version) {
            return Err(fmt(
                8,
                format!(
                    "container version {version} is not supported (this build reads versions {MIN_READ_VERSION}..={VERSION})"
                ),
            ));
        }
        if map[10..16].iter().any(|&b| b != 0) {
            return Err(fmt(10, "reserved header bytes are not zero (a newer writer, or corruption)".into()));
        }
        let t = (len - TRAILER_LEN) as usize;
        if map[t + 20..t + 24] != TRAILER_MAGIC {
            return Err(fmt(
                len - 4,
                "trailer magic missing: the file is truncated or was not completely written".into(),
            ));
        }
        let dir_offset = u64::from_le_bytes(map[t..t + 8].try_into().expect("8 bytes"));
        let dir_len = u64::from_le_bytes(map[t + 8..t + 16].try_into().expect("8 bytes"));
        let dir_crc = u32::from_le_bytes(map[t + 16..t + 20].try_into().expect("4 bytes"));
        if dir_offset < FILE_HEADER_LEN || dir_offset.checked_add(dir_len) != Some(len - TRAILER_LEN) {
            return Err(fmt(t as u64, format!("directory at {dir_offset}+{dir_len} does not end at the trailer")));
        }
        let dir_bytes = &map[dir_offset as usize..(dir_offset + dir_len) as usize];
        let computed = crc32fast::hash(dir_bytes);
        if computed != dir_crc {
            return Err(Error::Checksum {
                context: format!("{ctx}: directory"),
                offset: dir_offset,
                stored: dir_crc,
                computed,
            });
        }
        let dir = decode_directory(dir_bytes, dir_offset, dir_offset, &ctx)?;
        // Blocks are aligned and the bytes between them are zero padding: check both, so that no
        // byte of the file escapes a check (blocks and directory have CRCs).
        let mut spans: Vec<(u64, u64)> =
            dir.tensors.iter().flat_map(|t| t.blocks.iter().map(|b| (b.offset, b.offset + b.len as u64))).collect();
        spans.sort_unstable();
        spans.push((dir_offset, dir_offset));
        let mut end = FILE_HEADER_LEN;
        for &(start, stop) in &spans {
            if start < end || (start != dir_offset && start % BLOCK_ALIGN != 0) {
                return Err(fmt(
                    start,
                    format!("block at {start} overlaps the previous one or is not {BLOCK_ALIGN}-byte aligned"),
                ));
            }
            if start - end >= BLOCK_ALIGN || map[end as usize..start as usize].iter().any(|&b| b != 0) {
                return Err(fmt(
                    end,
                    format!("{} bytes between blocks at {end}..{start} are not alignment padding", start - end),
                ));
            }
            end = stop;
        }
        Ok(Self { path: path.to_owned(), map, dir })
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Find a tensor by name.
    pub fn tensor(&self, name: &str) -> Result<&TensorEntry> {
        self.dir.tensors.iter().find(|t| t.name == name).ok_or_else(|| {
            let names: Vec<&str> = self.dir.tensors.iter().map(|t| t.name.as_str()).collect();
            Error::Request(format!("{}: no tensor named '{name}' (it has: {})", self.path.display(), names.join(", ")))
        })
    }

    /// The stored bytes of block `b` of `t`, CRC-checked.
    pub fn block_bytes(&self, t: &TensorEntry, b: usize) -> Result<&[u8]> {
        let e = &t.blocks[b];
        let bytes = &self.map[e.offset as usize..e.offset as usize + e.len as usize];
        let computed = crc32fast::hash(bytes);
        if computed != e.crc {
            return Err(Error::Checksum {
                context: format!("{}: tensor '{}' block {b}", self.path.display(), t.name),
                offset: e.offset,
                stored: e.crc,
                computed,
            });
        }
        Ok(bytes)
    }

    /// A decoder for the blocks of `t`: builds the codec tables once for all its blocks.
    pub fn tensor_decoder<'a>(&'a self, t: &'a TensorEntry) -> Result<TensorDecoder<'a>> {
        Ok(TensorDecoder { file: self, t, coder: BlockCoder::new(t.codec, t.dtype(), &t.params)? })
    }

    /// Decode block `b` of `t` to its data bytes (little-endian words, or raw bytes).
    pub fn decode_block(&self, t: &TensorEntry, b: usize) -> Result<Vec<u8>> {
        self.tensor_decoder(t)?.decode_block(b)
    }

    fn decode_with(&self, coder: &BlockCoder, t: &TensorEntry, b: usize, stored: &[u8]) -> Result<Vec<u8>> {
        let mut out = vec![0u16; t.block_len(b) as usize];
        coder.decode(stored, t.blocks[b].aux, b as u64 * t.block_values as u64, &mut out).map_err(|e| {
            let context =
                format!("{}: tensor '{}' block {b} (byte offset {})", self.path.display(), t.name, t.blocks[b].offset);
            match e {
                Error::Corrupt { message, .. } => Error::Corrupt { context, message },
                Error::Request(message) => Error::Corrupt { context, message },
                other => other,
            }
        })?;
        let mut v = Vec::with_capacity(out.len() * 2);
        crate::tensor::words_to_le(&out, &mut v);
        Ok(v)
    }

    /// Decode one row of a tensor (random access: only the block holding it is read).
    pub fn get_row(&self, name: &str, row: u64) -> Result<Vec<u8>> {
        let t = self.tensor(name)?;
        if row >= t.rows() {
            return Err(Error::Request(format!(
                "tensor '{name}': row {row} is out of range (it has {} rows)",
                t.rows()
            )));
        }
        let row_len = t.row_len();
        let first = row * row_len;
        let esize = t.elem_size();
        let bv = t.block_values as u64;
        let mut out = Vec::with_capacity((row_len * esize) as usize);
        let dec = self.tensor_decoder(t)?;
        let mut v = first;
        while v < first + row_len {
            let b = (v / bv) as usize;
            let data = dec.decode_block(b)?;
            let off = v - b as u64 * bv;
            let n = (bv - off).min(first + row_len - v);
            out.extend_from_slice(&data[(off * esize) as usize..((off + n) * esize) as usize]);
            v += n;
        }
        Ok(out)
    }

    /// Decode the whole file into a safetensors file (written to a temporary file, then renamed).
    pub fn decompress_to(&self, output: &Path, progress: &(dyn Fn(u64) + Sync)) -> Result<()> {
        let specs: Vec<TensorSpec> = self
            .dir
            .tensors
            .iter()
            .map(|t| TensorSpec {
                name: t.name.clone(),
                dtype_name: t.dtype_name.clone(),
                shape: t.shape.iter().map(|&d| d as usize).collect(),
                nbytes: t.nbytes as usize,
            })
            .collect();
        let mut w = SafetensorsWriter::create(output, &specs, &self.dir.metadata, Some(&self.dir.header))?;
        for t in &self.dir.tensors {
            let dec = self.tensor_decoder(t)?;
            for batch in (0..t.blocks.len()).collect::<Vec<_>>().chunks(BATCH_BLOCKS) {
                let decoded: Vec<Result<Vec<u8>>> = batch
                    .par_iter()
                    .map(|&b| {
                        let r = dec.decode_block(b);
                        progress(t.block_len(b));
                        r
                    })
                    .collect();
                for d in decoded {
                    w.write(&d?)?;
                }
            }
        }
        w.finish()
    }
}

/// Decodes the blocks of one tensor of an open file, with the codec tables built once.
pub struct TensorDecoder<'a> {
    file: &'a XncFile,
    t: &'a TensorEntry,
    coder: BlockCoder,
}

impl TensorDecoder<'_> {
    /// Decode block `b` to its data bytes (little-endian words, or raw bytes), CRC-checked.
    pub fn decode_block(&self, b: usize) -> Result<Vec<u8>> {
        let stored = self.file.block_bytes(self.t, b)?;
        if self.t.codec == Codec::Raw {
            return Ok(stored.to_vec());
        }
        self.file.decode_with(&self.coder, self.t, b, stored)
    }
}

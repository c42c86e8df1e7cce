//! The `.xnc` container: independently decodable blocks with an index, CRC32 on the directory and
//! on every block, safetensors metadata preserved. Byte layout: docs/FORMAT.md section 4.
//!
//! Layout: `[file header 16 B][blocks ...][directory][trailer 24 B]`. Blocks are written as they are
//! coded, so compressing a 1 GB tensor keeps only a batch of blocks in memory; the directory (names,
//! shapes, codec parameters, block index) follows the blocks and the trailer points at it.

use std::collections::{BTreeMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::ans::{self, AnsModel, ColumnStats, CtxModel, Histogram, LaneLayout, Profile};
use crate::checkpoint::{Checkpoint, FileKind};
use crate::error::{Error, Result};
use crate::format::{bf16_to_f16_cast, bf16_to_xnc_word, xnc_words_to_bf16, Dtype};
use crate::output::{AtomicFile, AtomicFolder};
use crate::tensor::{dtype_size, words_from_le, Bytes, SafetensorsFile, SafetensorsWriter, TensorInfo, TensorSpec};
use crate::xnc;

thread_local! {
    /// The decoded data of the blocks a thread is decoding ([`TensorDecoder::decode_blocks`]).
    static BLOCK_DATA: std::cell::RefCell<DecodedBlocks> = std::cell::RefCell::new(DecodedBlocks::default());
}

/// The decoded data of a group of blocks ([`TensorDecoder::decode_blocks_into`]), in buffers
/// kept from group to group (no zeroed allocation, and no copy to bytes on a little-endian CPU):
/// 16-bit words for the codecs of 16-bit floats, bytes for raw blocks.
#[derive(Debug, Default)]
pub struct DecodedBlocks {
    words: Vec<u16>,
    bytes: Vec<u8>,
    raw: bool,
}

impl DecodedBlocks {
    /// The data bytes: little-endian words, or the raw blocks' bytes.
    pub fn bytes(&mut self) -> &[u8] {
        if self.raw {
            &self.bytes
        } else if cfg!(target_endian = "little") {
            // SAFETY: the words' memory viewed as its `2 * len` bytes (u8 has no alignment
            // requirement and every byte is a valid u8); the view borrows `self`. On a
            // little-endian CPU these are the words' little-endian bytes.
            unsafe { std::slice::from_raw_parts(self.words.as_ptr().cast::<u8>(), self.words.len() * 2) }
        } else {
            self.bytes.clear();
            crate::tensor::words_to_le(&self.words, &mut self.bytes);
            &self.bytes
        }
    }
}

/// First 8 bytes of every `.xnc` file (PNG-style: catches text-mode transfers and truncation).
pub const MAGIC: [u8; 8] = *b"\x89XNC\r\n\x1a\n";
/// Container version this code writes (version 3: XNC blocks in the fixed-position record layout,
/// docs/FORMAT.md 2.2; otherwise as version 2: several source files, wider name and rank fields,
/// the lane layout in the ANS codec parameters, codec 4 `ans-ctx`; docs/FORMAT.md 4, 5).
pub const VERSION: u16 = 3;
/// Oldest container version this code still reads (version 1 has no codec 4).
pub const MIN_READ_VERSION: u16 = 1;

/// The XNC record layout of the blocks of a container `version` (docs/FORMAT.md section 2):
/// versions 1 and 2 hold paper-layout records, version 3 fixed-layout ones. The hardware blocks
/// read and write the layout of [`VERSION`].
pub const fn xnc_layout(version: u16) -> xnc::Layout {
    if version >= 3 {
        xnc::Layout::Fixed
    } else {
        xnc::Layout::Paper
    }
}
/// Last 4 bytes of every `.xnc` file.
pub const TRAILER_MAGIC: [u8; 4] = *b"XNCE";
/// Size of the file header.
pub const FILE_HEADER_LEN: u64 = 16;
/// Size of the trailer.
pub const TRAILER_LEN: u64 = 24;
/// Default number of ANS lanes for ans, ans-fa and ans-ctx (docs/FORMAT.md 3.4). Two lanes: two values per cycle for a
/// two-copy hardware decoder, and the fastest software decode of 1/2/4/8 in the `ans_decode`
/// bench (2-4% over one lane), for 0.03-0.05% of ratio on the real tables (README, "Lanes").
pub const DEFAULT_LANES: usize = 2;
/// Default target of values per block (rounded to whole rows and to whole XNC chunks).
pub const DEFAULT_BLOCK_VALUES: usize = 16384;
/// Default target of values per block for `ans-ctx`: twice [`DEFAULT_BLOCK_VALUES`], which halves
/// the per-block costs (index entry, lane header, alignment, one initial state and padding per
/// stream: about 36 bytes a block, 0.2% of a 16,384-value block at 1.5x) for twice the values
/// decoded by a one-row read; reduced to [`DEFAULT_BLOCK_VALUES`] where whole rows would make a
/// block longer than the hardware decoders' 16-bit block count (65,535 values). README, "Block size".
pub const DEFAULT_CTX_BLOCK_VALUES: usize = 32768;
/// Bytes of one block index entry.
pub const BLOCK_ENTRY_LEN: u64 = 20;
/// Blocks one task of a batch codes together (the `ans` / `ans-fa` encoder runs the tANS
/// passes of that many one-lane blocks side by side, [`ans::group_of`]).
const ENCODE_GROUP: usize = ans::group_of(1);
/// Blocks coded in parallel before they are written out (bounds memory).
const BATCH_BLOCKS: usize = 64;
/// Blocks of one tensor a decompression task decodes together ([`TensorDecoder::decode_blocks`]),
/// for the ANS codecs at least (`decode_group`: as many as make the gather state pass's
/// chains): enough for the ANS decoders to run the state chains of several blocks side by side,
/// few enough that a batch of `BATCH_BLOCKS` still makes eight tasks for the cores.
pub const DECODE_GROUP: usize = 8;
/// Blocks of `t` a decompression task decodes together ([`decode_group_of`]).
fn decode_group(t: &TensorEntry) -> usize {
    decode_group_of(t.codec, t.params.first().map_or(0, |&l| l as usize))
}

/// Blocks of `lanes` lanes of `codec` a decompression task decodes together (the criterion benches
/// group blocks the same way): [`DECODE_GROUP`], or for the ANS codecs enough blocks to make the
/// gather state pass's [`ans::GATHER_CHAINS`] chains (one per lane of each block: 32 one-lane
/// blocks, 16 of two lanes), whose independent gathers overlap each other's latency.
pub fn decode_group_of(codec: Codec, lanes: usize) -> usize {
    match codec {
        Codec::Ans | Codec::AnsFa | Codec::AnsCtx if lanes > 0 => (ans::GATHER_CHAINS / lanes).max(DECODE_GROUP),
        _ => DECODE_GROUP,
    }
}

/// `auto` on a tensor of at least this many values first estimates XNC on a sample (every
/// [`XNC_SAMPLE_EVERY`]-th run of [`XNC_SAMPLE_STEP`] values, or of [`XNC_SMALL_SAMPLE_STEP`]
/// below [`XNC_LARGE_VALUES`]) and skips its exact pass over the tensor when the sample's bits
/// per value exceed the best other candidate's by more than [`XNC_SAMPLE_MARGIN`] (XNC is 12% or
/// more behind the ANS codecs on the real tables; the exact pass was a sixth of `auto`'s time on
/// a large tensor, and most of its fixed cost per tensor on a checkpoint of small ones).
const XNC_SAMPLE_MIN_VALUES: u64 = 1 << 14;
const XNC_LARGE_VALUES: u64 = 1 << 20;
const XNC_SAMPLE_STEP: u64 = 1 << 12;
const XNC_SMALL_SAMPLE_STEP: u64 = 1 << 10;
const XNC_SAMPLE_EVERY: u64 = 8;
const XNC_SAMPLE_MARGIN: f64 = 1.03;
/// Largest number of values in one block (keeps a batch of blocks, and every block length, small;
/// a multiple of the XNC chunk).
pub const MAX_BLOCK_VALUES: u64 = 1 << 22;
/// The name safetensors reserves for its metadata: never a tensor name.
pub const METADATA_KEY: &str = "__metadata__";

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
    /// Target values per block; `None`: the codec's default ([`default_block_values`]).
    pub block_values: Option<usize>,
    /// ANS lanes per block (1, 2, 4 or 8; docs/FORMAT.md 3.4).
    pub lanes: usize,
}

impl CompressOptions {
    /// Values per block of a tensor coded with `codec`: about the asked [`CompressOptions::block_values`]
    /// in whole rows, else the codec's default ([`default_block_values`]).
    pub fn block_values_for(&self, codec: Codec, row_len: u64, values: u64) -> u64 {
        match self.block_values {
            Some(b) => block_values_for(row_len, values, b),
            None => default_block_values(codec, row_len, values),
        }
    }
}

impl Default for CompressOptions {
    fn default() -> Self {
        Self { codec: CodecChoice::Auto, table_log: 6, cast_f16: false, block_values: None, lanes: DEFAULT_LANES }
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
    /// Index of the source file (a safetensors file of the checkpoint) holding the tensor.
    pub source: u32,
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
    /// Codec parameters (ANS: lane layout then model, as version 2 writes them, also when read
    /// from a version-1 file; empty otherwise).
    pub params: Vec<u8>,
    /// Block index.
    pub blocks: Vec<BlockEntry>,
}

impl TensorEntry {
    /// Bytes of the data blocks.
    pub fn stored_bytes(&self) -> u64 {
        self.blocks.iter().map(|b| b.len as u64).sum()
    }
    /// Bytes of the data blocks with the zero padding that aligns the next block (each block
    /// rounded up to [`BLOCK_ALIGN`]): what the blocks cost in the file.
    pub fn padded_bytes(&self) -> u64 {
        self.blocks.iter().map(|b| (b.len as u64).div_ceil(BLOCK_ALIGN) * BLOCK_ALIGN).sum()
    }
    /// Bytes this entry takes in the directory (version 2 layout).
    pub fn entry_bytes(&self) -> u64 {
        let mut v = Vec::new();
        write_entry(self, &mut v);
        v.len() as u64
    }
    /// Blocks plus padding plus directory entry: the tensor's whole cost in the file.
    pub fn container_bytes(&self) -> u64 {
        self.padded_bytes() + self.entry_bytes()
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

/// One file of the checkpoint a container was made from.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceFile {
    /// Path relative to the checkpoint's folder, `/`-separated (version 1 files: empty).
    pub path: String,
    /// What the file is.
    pub kind: SourceKind,
}

/// What a source file is.
#[derive(Clone, Debug, PartialEq)]
pub enum SourceKind {
    /// A safetensors file; its tensors are the directory entries naming it.
    Safetensors {
        /// The safetensors `__metadata__`, if the file had one.
        metadata: Option<BTreeMap<String, String>>,
        /// The file's JSON header, verbatim (decompression writes it back when it still describes
        /// the tensors, so the round trip gives the very same file).
        header: Vec<u8>,
    },
    /// A file kept byte for byte (a sharded checkpoint's `model.safetensors.index.json`).
    Verbatim(Vec<u8>),
}

/// The whole directory of a file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Directory {
    /// Source files, in the order they were read.
    pub sources: Vec<SourceFile>,
    /// Tensors, source by source, each source's in the order of its data.
    pub tensors: Vec<TensorEntry>,
}

impl Directory {
    /// Whether decompression gives back one safetensors file (otherwise a folder of files).
    pub fn is_single_file(&self) -> bool {
        self.sources.len() == 1 && matches!(self.sources[0].kind, SourceKind::Safetensors { .. })
    }
}

// ---------------------------------------------------------------------------------------------
// Block coders

/// Codes the blocks of one tensor; built once per tensor, for encoding or for decoding (only the
/// tables that direction needs: the 65,536-entry ANS encoder table is never built to decode).
enum BlockCoder {
    Raw,
    Xnc { permute_bf16: bool, layout: xnc::Layout },
    AnsEncode(ans::Encoder, LaneLayout),
    AnsDecode(ans::Decoder, LaneLayout),
    AnsCtxEncode(ans::CtxEncoder, LaneLayout),
    AnsCtxDecode(ans::CtxDecoder, LaneLayout),
}

/// Split the lane layout (2 bytes) off the front of ANS-family codec parameters.
fn split_lane_params<'p>(params: &'p [u8], what: &str) -> Result<(LaneLayout, &'p [u8])> {
    let Some((lanes, model)) = params.split_first_chunk::<2>() else {
        return Err(Error::Format {
            context: format!("{what} parameters"),
            offset: 0,
            message: format!("{} bytes cannot hold the lane layout", params.len()),
        });
    };
    Ok((LaneLayout::from_bytes(*lanes)?, model))
}

/// ANS-family codec parameters: the lane layout (2 bytes), then the model's bytes (the inverse of
/// [`split_lane_params`]).
fn lane_params(layout: LaneLayout, model: &[u8]) -> Vec<u8> {
    [&layout.to_bytes()[..], model].concat()
}

/// ANS codec parameters (docs/FORMAT.md 4.5): the lane layout (2 bytes), then the model.
pub fn ans_params(layout: LaneLayout, model: &AnsModel) -> Vec<u8> {
    lane_params(layout, &model.to_bytes())
}

/// Split and validate ANS codec parameters written by [`ans_params`].
pub fn parse_ans_params(params: &[u8], dtype: Dtype) -> Result<(LaneLayout, AnsModel)> {
    let (layout, model) = split_lane_params(params, "ANS")?;
    Ok((layout, AnsModel::from_bytes(model, dtype)?))
}

/// `ans-ctx` codec parameters (docs/FORMAT.md 5): the lane layout (2 bytes), then the model.
pub fn ctx_params(layout: LaneLayout, model: &CtxModel) -> Vec<u8> {
    lane_params(layout, &model.to_bytes())
}

/// Split and validate `ans-ctx` codec parameters written by [`ctx_params`].
pub fn parse_ctx_params(params: &[u8], dtype: Dtype) -> Result<(LaneLayout, CtxModel)> {
    let (layout, model) = split_lane_params(params, "ans-ctx")?;
    Ok((layout, CtxModel::from_bytes(model, dtype)?))
}

impl BlockCoder {
    fn new(codec: Codec, dtype: Option<Dtype>, params: &[u8], version: u16, encode: bool) -> Result<Self> {
        Ok(match (codec, dtype) {
            (Codec::Raw, _) => BlockCoder::Raw,
            (Codec::Xnc, Some(d)) => BlockCoder::Xnc { permute_bf16: d == Dtype::BF16, layout: xnc_layout(version) },
            (Codec::Ans | Codec::AnsFa, Some(d)) => {
                let (layout, model) = parse_ans_params(params, d)?;
                if encode {
                    BlockCoder::AnsEncode(model.encoder()?, layout)
                } else {
                    BlockCoder::AnsDecode(model.decoder()?, layout)
                }
            }
            (Codec::AnsCtx, Some(d)) => {
                let (layout, model) = parse_ctx_params(params, d)?;
                if encode {
                    BlockCoder::AnsCtxEncode(model.encoder()?, layout)
                } else {
                    BlockCoder::AnsCtxDecode(model.decoder()?, layout)
                }
            }
            (c, None) => return Err(Error::Request(format!("codec {} needs a 16-bit float tensor", c.name()))),
        })
    }

    /// The coder prepared for a tensor whose values `hist` counted: the `ans` / `ans-fa` encoder
    /// with its per-word table where that pays ([`ans::Encoder::with_value_table_for`]).
    fn for_histogram(self, hist: Option<&Histogram>) -> Self {
        match (self, hist) {
            (BlockCoder::AnsEncode(enc, layout), Some(h)) => BlockCoder::AnsEncode(enc.with_value_table_for(h), layout),
            (c, _) => c,
        }
    }

    /// [`BlockCoder::encode_into`] for the coders that only read the words (the ANS codecs);
    /// `None` for the others.
    fn encode_from(&self, words: &[u16], start: u64, out: &mut Vec<u8>) -> Option<Result<(u32, u64)>> {
        match self {
            BlockCoder::AnsEncode(enc, layout) => Some(ans::lanes::encode_block_into(enc, *layout, start, words, out)),
            BlockCoder::AnsCtxEncode(enc, layout) => {
                Some(ans::lanes::encode_block_into(enc, *layout, start, words, out))
            }
            _ => None,
        }
    }

    /// Code one block of words, the first at absolute index `start`, into `out` (cleared first,
    /// its capacity reused); returns the aux field and the exact payload bits.
    fn encode_into(&self, words: &mut [u16], start: u64, out: &mut Vec<u8>) -> Result<(u32, u64)> {
        match self {
            BlockCoder::Raw => {
                out.clear();
                crate::tensor::words_to_le(words, out);
                Ok((0, out.len() as u64 * 8))
            }
            BlockCoder::Xnc { permute_bf16, layout } => {
                if *permute_bf16 {
                    words.iter_mut().for_each(|w| *w = bf16_to_xnc_word(*w));
                }
                let (bytes, bits) = xnc::encode_stream_as(words, *layout);
                *out = bytes;
                Ok((0, bits))
            }
            BlockCoder::AnsDecode(..) | BlockCoder::AnsCtxDecode(..) => {
                Err(Error::Request("an ANS decoder cannot encode".into()))
            }
            BlockCoder::AnsEncode(enc, layout) => ans::lanes::encode_block_into(enc, *layout, start, words, out),
            BlockCoder::AnsCtxEncode(enc, layout) => ans::lanes::encode_block_into(enc, *layout, start, words, out),
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
            BlockCoder::Xnc { permute_bf16, layout } => {
                xnc::decode_stream_as(stored, *layout, out)?;
                if *permute_bf16 {
                    xnc_words_to_bf16(out);
                }
                Ok(())
            }
            BlockCoder::AnsEncode(..) | BlockCoder::AnsCtxEncode(..) => {
                Err(Error::Request("an ANS encoder cannot decode".into()))
            }
            BlockCoder::AnsDecode(dec, layout) => ans::lanes::decode_block(dec, *layout, stored, aux, start, out),
            BlockCoder::AnsCtxDecode(dec, layout) => ans::lanes::decode_block(dec, *layout, stored, aux, start, out),
        }
    }

    /// Decode several blocks of one tensor: `blocks[i]` (stored bytes, aux field, absolute index
    /// of the first value) into `outs[i]`. The ANS-family decoders take them together
    /// ([`ans::LaneDecoder::decode_lanes_many`]: `ans` and `ans-fa` run the state chains of
    /// several blocks side by side); the others one after another. On error: the index in
    /// `blocks` of the block that failed, and the error.
    fn decode_many(&self, blocks: &[(&[u8], u32, u64)], outs: &mut [&mut [u16]]) -> ans::lanes::ManyResult {
        match self {
            BlockCoder::AnsDecode(dec, layout) => ans::lanes::decode_blocks(dec, *layout, blocks, outs),
            // `ans-ctx`: `CtxDecoder` overrides `LaneDecoder::decode_lanes_many` with
            // `CtxDecoder::decode_blocks` (two blocks' chains side by side).
            BlockCoder::AnsCtxDecode(dec, layout) => ans::lanes::decode_blocks(dec, *layout, blocks, outs),
            _ => {
                for (i, (&(stored, aux, start), out)) in blocks.iter().zip(outs.iter_mut()).enumerate() {
                    self.decode(stored, aux, start, out).map_err(|e| (i, e))?;
                }
                Ok(())
            }
        }
    }
}

/// Values per block of a tensor of `values` values in rows of `row_len` coded with `codec` when no
/// block size is asked for: about [`DEFAULT_BLOCK_VALUES`], or for `ans-ctx` about
/// [`DEFAULT_CTX_BLOCK_VALUES`] when that block holds at most 65,535 values.
pub fn default_block_values(codec: Codec, row_len: u64, values: u64) -> u64 {
    let plain = block_values_for(row_len, values, DEFAULT_BLOCK_VALUES);
    if codec != Codec::AnsCtx {
        return plain;
    }
    let ctx = block_values_for(row_len, values, DEFAULT_CTX_BLOCK_VALUES);
    if ctx <= u16::MAX as u64 {
        ctx
    } else {
        plain
    }
}

/// Values per block for a tensor: whole rows, a multiple of the XNC chunk, about `target`.
pub fn block_values_for(row_len: u64, values: u64, target: usize) -> u64 {
    if values == 0 {
        return 0;
    }
    let row_len = row_len.max(1);
    let align = 32 / gcd(row_len, 32); // rows per block must be a multiple of this
    let rows = (target as u64).div_ceil(row_len).max(1).div_ceil(align).saturating_mul(align);
    let whole_rows = rows.saturating_mul(row_len);
    // Rows longer than the largest block span several blocks (get-row reads them all).
    let bv = if whole_rows > MAX_BLOCK_VALUES { MAX_BLOCK_VALUES } else { whole_rows };
    bv.min(values.div_ceil(32) * 32).max(1)
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
    /// Bytes of the data blocks, each with the padding that aligns the next one
    /// ([`TensorEntry::padded_bytes`]).
    pub stored_bytes: u64,
    /// Bytes of the directory entry (name, shape, parameters, index).
    pub entry_bytes: u64,
    /// Values the `--cast-f16` cast changed.
    pub cast_changed: u64,
    /// Why the codec was chosen or refused, for the user.
    pub note: String,
}

impl TensorSummary {
    /// What the tensor costs in the container: padded blocks plus directory entry.
    pub fn container_bytes(&self) -> u64 {
        self.stored_bytes + self.entry_bytes
    }
    /// Input bytes over container bytes (padded blocks + directory entry).
    pub fn ratio(&self) -> f64 {
        self.raw_bytes as f64 / self.container_bytes().max(1) as f64
    }
}

/// Where coded blocks go: a file, or nowhere (for `stats`).
pub trait BlockSink {
    /// Append bytes; return the absolute offset they start at.
    fn put(&mut self, bytes: &[u8]) -> Result<u64>;
    /// Drop everything from `offset` on (to replace a tensor by its raw fallback).
    fn truncate(&mut self, offset: u64) -> Result<()>;
    /// Append `parts` one after the other (a batch of blocks); return the offset the first
    /// starts at. The default puts them one by one.
    fn put_all(&mut self, parts: &[&[u8]]) -> Result<u64> {
        let at = self.put(&[])?;
        for p in parts {
            self.put(p)?;
        }
        Ok(at)
    }
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

impl BlockSink for AtomicFile {
    fn put(&mut self, bytes: &[u8]) -> Result<u64> {
        let at = self.len();
        AtomicFile::put(self, bytes)?;
        Ok(at)
    }
    fn truncate(&mut self, offset: u64) -> Result<()> {
        AtomicFile::truncate(self, offset)
    }
    fn put_all(&mut self, parts: &[&[u8]]) -> Result<u64> {
        let at = self.len();
        AtomicFile::put_all(self, parts)?;
        Ok(at)
    }
}

/// The words of a tensor as the coders see them (after the optional cast).
struct Source<'a> {
    bytes: &'a [u8],
    cast: bool,
}

impl Source<'_> {
    fn words(&self, start: u64, n: u64) -> Vec<u16> {
        let mut w = Vec::new();
        self.words_into(start, n, &mut w);
        w
    }

    /// The words of `n` values from `start` borrowed from the tensor's bytes, where they are
    /// already the coders' words: no cast, a little-endian CPU and 2-byte aligned bytes (as in a
    /// memory-mapped safetensors file); `None` otherwise.
    fn borrowed_words(&self, start: u64, n: u64) -> Option<&[u16]> {
        if self.cast || cfg!(target_endian = "big") {
            return None;
        }
        let bytes = &self.bytes[start as usize * 2..(start + n) as usize * 2];
        // SAFETY: every bit pattern is a valid u16; `align_to` puts only whole, aligned u16s in
        // the middle slice.
        let (head, words, tail) = unsafe { bytes.align_to::<u16>() };
        (head.is_empty() && tail.is_empty()).then_some(words)
    }

    /// [`Source::words`] into `w` (its capacity reused).
    fn words_into(&self, start: u64, n: u64, w: &mut Vec<u16>) {
        let bytes = &self.bytes[start as usize * 2..(start + n) as usize * 2];
        // Resized, then overwritten in a loop the compiler vectorises (`extend` from the chunks
        // did not: 4% of single-core compress time on whisper); a reused buffer of the same
        // length is not cleared first.
        w.resize(n as usize, 0);
        for (o, c) in w.iter_mut().zip(bytes.chunks_exact(2)) {
            *o = u16::from_le_bytes([c[0], c[1]]);
        }
        if self.cast {
            w.iter_mut().for_each(|x| *x = bf16_to_f16_cast(*x));
        }
    }
}

/// One block of a batch being coded: buffers kept from batch to batch (a batch allocating fresh
/// output for every block made the heap grow and shrink by a batch's bytes each time, which cost
/// a page fault per 4 KB).
#[derive(Default)]
struct BlockSlot {
    words: Vec<u16>,
    bytes: Vec<u8>,
    /// Aux field and payload bits, or the error.
    coded: Option<Result<(u32, u64)>>,
}

/// Exact XNC statistics of a tensor's words (the reference accounting), counted in parallel.
fn xnc_stats_of(src: &Source, values: u64, permute_bf16: bool) -> xnc::XncStats {
    xnc_stats_sampled(src, values, permute_bf16, 1 << 16, 1)
}

/// XNC statistics of every `every`-th run of `step` values (a multiple of the 32-value chunk) of
/// a tensor's words, counted in parallel: with `every` = 1 the exact ones.
fn xnc_stats_sampled(src: &Source, values: u64, permute_bf16: bool, step: u64, every: u64) -> xnc::XncStats {
    (0..values.div_ceil(step))
        .into_par_iter()
        .filter(|i| i % every == 0)
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

/// Histogram of a tensor's words for the ANS model, counted in parallel: chunks of
/// [`HISTOGRAM_CHUNK`] values, each thread's chunks into one histogram (a histogram per chunk,
/// 18 KB zeroed and merged each, was 2% of single-core compress time).
fn histogram_of(src: &Source, values: u64, dtype: Dtype) -> Histogram {
    let step = HISTOGRAM_CHUNK;
    let count = |mut h: Histogram, i: u64| {
        let start = i * step;
        let n = step.min(values - start);
        if src.cast {
            h.add(&src.words(start, n));
        } else {
            h.add_le_bytes(&src.bytes[start as usize * 2..(start + n) as usize * 2]);
        }
        h
    };
    // One chunk (a small tensor): counted here, without the fold's and reduce's extra
    // histograms and merges.
    if values <= step {
        return count(Histogram::new(dtype), 0);
    }
    (0..values.div_ceil(step)).into_par_iter().fold(|| Histogram::new(dtype), count).reduce(
        || Histogram::new(dtype),
        |mut a, b| {
            a.merge(&b);
            a
        },
    )
}

/// Values [`histogram_of`] counts in one go (its counting tables are zeroed and added up once
/// per call).
const HISTOGRAM_CHUNK: u64 = 1 << 18;

/// Per-column symbol counts of a tensor for the `ans-ctx` model, counted in parallel by whole rows
/// (counters only for the exponents of `hist`, the tensor's histogram).
fn column_stats_of(src: &Source, values: u64, hist: &Histogram, row_len: u64) -> ColumnStats {
    let row_len = row_len.max(1);
    let step = (1u64 << 16).div_ceil(row_len) * row_len;
    // One accumulator per rayon job, not per chunk (16 counters per column and exponent used: a
    // BF16 table of 4096 columns and 40 exponents is 21 MB), and few jobs.
    let chunks = values.div_ceil(step) as usize;
    (0..chunks)
        .into_par_iter()
        .with_min_len((chunks / (4 * rayon::current_num_threads())).max(1))
        .fold(
            || ColumnStats::for_exponents(row_len, hist),
            |mut s, i| {
                let start = i as u64 * step;
                s.add(&src.words(start, step.min(values - start)), start);
                s
            },
        )
        // `reduce_with`: no empty accumulator to allocate and merge (it can cost more than
        // counting a small tensor).
        .reduce_with(|mut a, b| {
            a.merge(&b);
            a
        })
        .unwrap_or_else(|| ColumnStats::for_exponents(row_len, hist))
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
    let hist = histogram_of(&src, values, d);
    let stats = column_stats_of(&src, values, &hist, t.row_len() as u64);
    Some(ans::joint::ContextBounds::of(&stats, &hist))
}

/// Everything `stats` reports about one tensor and one codec, measured by really coding it.
#[derive(Clone, Debug, serde::Serialize)]
pub struct CodecMeasurement {
    /// Codec.
    pub codec: Codec,
    /// Bits of the coded streams without block padding (XNC: the reference accounting).
    pub payload_bits: u64,
    /// Bits in the container: blocks (with their alignment padding) plus the directory entry.
    pub container_bits: u64,
    /// Whether `compress` stores the tensor raw instead (the coded form would not be smaller).
    pub stored_raw: bool,
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

impl CodecMeasurement {
    /// A measurement of `codec` before anything is counted: no bits, no codec-specific figures.
    fn new(codec: Codec) -> Self {
        Self {
            codec,
            payload_bits: 0,
            container_bits: 0,
            stored_raw: false,
            ratio: 0.0,
            xnc: None,
            escape_rate: None,
            order0_bound_bits: None,
            codes: None,
        }
    }

    /// An ANS codec's estimate: its escape rate, the order-0 bound of histogram `h`, its code count.
    fn ans(codec: Codec, escape_rate: f64, h: &Histogram, codes: usize) -> Self {
        Self {
            escape_rate: Some(escape_rate),
            order0_bound_bits: Some(h.order0_bound_bits()),
            codes: Some(codes),
            ..Self::new(codec)
        }
    }
}

/// What the compression of one tensor leaves for the next tensors of the same checkpoint: the
/// last `ans` and `ans-fa` models, from which the code map search of the next tensor of the same
/// dtype starts ([`AnsModel::build_near`]: a local search instead of the full one, which was most
/// of the fixed cost of a small tensor).
#[derive(Clone, Debug, Default)]
pub struct ModelHints {
    /// The last model per profile: `ans`, then `ans-fa`.
    last: [Option<AnsModel>; 2],
}

impl ModelHints {
    fn slot(profile: Profile) -> usize {
        (profile == Profile::FormatAware) as usize
    }

    /// Build the model of `profile` for `hist`, searched from the last one of the same dtype and
    /// table log, and keep it for the next tensor.
    fn build(&mut self, hist: &Histogram, table_log: u8, profile: Profile) -> Result<AnsModel> {
        let slot = &mut self.last[Self::slot(profile)];
        let model = AnsModel::build_near(hist, table_log, profile, slot.as_ref())?;
        *slot = Some(model.clone());
        Ok(model)
    }
}

/// Plan and code one tensor into `sink`. Returns its directory entry and a summary.
pub fn compress_tensor(
    t: &TensorInfo,
    bytes: &[u8],
    opts: &CompressOptions,
    sink: &mut dyn BlockSink,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<(TensorEntry, TensorSummary, Option<CodecMeasurement>)> {
    compress_tensor_with(t, bytes, opts, &mut ModelHints::default(), sink, progress)
}

/// [`compress_tensor`] for one tensor of a checkpoint: the ANS code maps are searched from the
/// previous tensors' (`hints`, updated), as [`compress_checkpoint`] does.
pub fn compress_tensor_with(
    t: &TensorInfo,
    bytes: &[u8],
    opts: &CompressOptions,
    hints: &mut ModelHints,
    sink: &mut dyn BlockSink,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<(TensorEntry, TensorSummary, Option<CodecMeasurement>)> {
    check_tensor_info(t, bytes.len())?;
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
    // The ANS codecs' histogram of the tensor (for the model and the encoder's value table).
    let mut hist = None;
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
            // The lane layout of the ANS codecs: a lane holds at most ceil(B / N) values of at
            // most 16 raw bits (an escape) and R <= 10 state bits each.
            let lane_layout = |c: Codec| {
                let bv = opts.block_values_for(c, t.row_len() as u64, values);
                LaneLayout::new(opts.lanes, bv.div_ceil(opts.lanes.max(1) as u64) * 2 + 8)
                    .map_err(|e| with_tensor(e, &t.name))
            };
            // The first candidate of least estimated bits wins: best = (bits, rank, ...). XNC is
            // estimated last, so that its exact pass over the tensor can be skipped when a sample
            // shows it far behind the others (below).
            let mut best: Option<(f64, usize, Codec, Vec<u8>, CodecMeasurement)> = None;
            hist = if candidates.iter().any(|c| *c != Codec::Xnc) { Some(histogram_of(&src, values, d)) } else { None };
            let mut ranked: Vec<(usize, Codec)> = candidates.into_iter().enumerate().collect();
            ranked.sort_by_key(|&(_, c)| c == Codec::Xnc);
            for (rank, c) in ranked {
                let (est_bits, p, m) = match c {
                    Codec::Xnc => {
                        let permute = d == Dtype::BF16;
                        if let Some(b) = best.as_ref().filter(|_| values >= XNC_SAMPLE_MIN_VALUES) {
                            let step = if values >= XNC_LARGE_VALUES { XNC_SAMPLE_STEP } else { XNC_SMALL_SAMPLE_STEP };
                            let s = xnc_stats_sampled(&src, values, permute, step, XNC_SAMPLE_EVERY);
                            if s.bits as f64 * values as f64 > XNC_SAMPLE_MARGIN * b.0 * s.values.max(1) as f64 {
                                continue;
                            }
                        }
                        let s = xnc_stats_of(&src, values, permute);
                        let m = CodecMeasurement { payload_bits: s.bits, xnc: Some(s), ..CodecMeasurement::new(c) };
                        (s.bits as f64, Vec::new(), m)
                    }
                    Codec::Ans | Codec::AnsFa => {
                        let h = hist.as_ref().expect("histogram counted");
                        let profile = if c == Codec::Ans { Profile::Plain } else { Profile::FormatAware };
                        let model = hints.build(h, opts.table_log, profile).map_err(|e| with_tensor(e, &t.name))?;
                        let est = model.estimated_bits(h);
                        let esc = model.escape().map(|_| escape_fraction(&model, h));
                        let m = CodecMeasurement::ans(c, esc.unwrap_or(0.0), h, model.codes.len());
                        (est, ans_params(lane_layout(c)?, &model), m)
                    }
                    Codec::AnsCtx => {
                        let h = hist.as_ref().expect("histogram counted");
                        let stats = column_stats_of(&src, values, h, t.row_len() as u64);
                        let choice = ans::joint::build(&stats, opts.table_log).map_err(|e| with_tensor(e, &t.name))?;
                        let codes = choice.model.classes.iter().map(|c| c.codes.len()).sum();
                        let m = CodecMeasurement::ans(c, choice.escape_rate, h, codes);
                        (choice.payload_bits, ctx_params(lane_layout(c)?, &choice.model), m)
                    }
                    Codec::Raw => unreachable!("raw is not a candidate"),
                };
                // The model bytes count too (an ans-ctx model with many classes is larger).
                let est_bits = est_bits + 8.0 * p.len() as f64;
                if best.as_ref().is_none_or(|b| (est_bits, rank) < (b.0, b.1)) {
                    best = Some((est_bits, rank, c, p, m));
                }
            }
            if let Some((_, _, c, p, m)) = best {
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
        source: 0,
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
        let bv = opts.block_values_for(codec, t.row_len() as u64, values);
        entry.block_values = bv as u32; // at most MAX_BLOCK_VALUES
        let coder = BlockCoder::new(codec, dtype, &entry.params, VERSION, true)
            .map_err(|e| with_tensor(e, &t.name))?
            .for_histogram(hist.as_ref());
        let nblocks = block_count(values, bv, &t.name)?;
        let mut payload_bits = 0u64;
        let mut slots: Vec<BlockSlot> = (0..nblocks.min(BATCH_BLOCKS)).map(|_| BlockSlot::default()).collect();
        for first in (0..nblocks).step_by(BATCH_BLOCKS) {
            let batch = &mut slots[..BATCH_BLOCKS.min(nblocks - first)];
            batch.par_chunks_mut(ENCODE_GROUP).enumerate().for_each(|(g, group)| {
                let first = first + g * ENCODE_GROUP;
                if let BlockCoder::AnsEncode(enc, layout) = &coder {
                    encode_ans_group(enc, *layout, &src, group, first as u64 * bv, bv, values);
                } else {
                    for (i, slot) in group.iter_mut().enumerate() {
                        let s = (first + i) as u64 * bv;
                        let n = bv.min(values - s);
                        // The ANS coders read the words in place where they can (no copy of the tensor).
                        let coded = src.borrowed_words(s, n).and_then(|w| coder.encode_from(w, s, &mut slot.bytes));
                        slot.coded = Some(coded.unwrap_or_else(|| {
                            src.words_into(s, n, &mut slot.words);
                            coder.encode_into(&mut slot.words, s, &mut slot.bytes)
                        }));
                    }
                }
                group.iter().enumerate().for_each(|(i, _)| progress(bv.min(values - (first + i) as u64 * bv)));
            });
            // The batch's blocks, each after its alignment padding, written in one go (no copy
            // through the file's buffer).
            let mut at = sink.put(&[])?;
            let mut parts: Vec<&[u8]> = Vec::with_capacity(2 * batch.len());
            for (i, slot) in batch.iter_mut().enumerate() {
                let b = first + i;
                let coded = slot.coded.take().expect("every slot of the batch coded");
                let (aux, bits) = coded.map_err(|e| with_tensor(e, &format!("{} block {b}", t.name)))?;
                payload_bits += bits;
                let pad = block_padding(at);
                let offset = at + pad.len() as u64;
                let len = block_len_field(slot.bytes.len(), &t.name, b)?;
                at = offset + len as u64;
                entry.blocks.push(BlockEntry { offset, len, aux, crc: crc32fast::hash(&slot.bytes) });
                parts.push(pad);
                parts.push(&slot.bytes);
            }
            sink.put_all(&parts)?;
        }
        if let Some(m) = measurement.as_mut() {
            m.payload_bits = payload_bits;
        }
        // Both sides with their alignment padding and their directory entries.
        let container = entry.container_bytes();
        let raw_cost = raw_container_bytes(&entry, t.row_len() as u64, opts);
        if container >= raw_cost {
            note.push_str(&format!(
                "{} would take {} bytes, raw {}: stored raw instead",
                codec.name(),
                container,
                raw_cost
            ));
            if let Some(m) = measurement.as_mut() {
                m.container_bits = container * 8;
                m.ratio = 16.0 * values as f64 / m.container_bits as f64;
                m.stored_raw = true;
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
        stored_bytes: entry.padded_bytes(),
        entry_bytes: entry.entry_bytes(),
        cast_changed,
        note,
    };
    Ok((entry, summary, measurement))
}

/// Code the blocks of `group` with the `ans` / `ans-fa` encoder `enc` in one call (its tANS
/// passes side by side, [`ans::Encoder::encode_many_into`]): block i starts at value
/// `start + i * bv` and has `bv` values (the tensor's last block fewer), read in place where they
/// can be.
fn encode_ans_group(
    enc: &ans::Encoder,
    layout: LaneLayout,
    src: &Source,
    group: &mut [BlockSlot],
    start: u64,
    bv: u64,
    values: u64,
) {
    let (words, mut outs): (Vec<&[u16]>, Vec<&mut Vec<u8>>) = group
        .iter_mut()
        .enumerate()
        .map(|(i, slot)| {
            let s = start + i as u64 * bv;
            let n = bv.min(values - s);
            let BlockSlot { words, bytes, .. } = slot;
            let w: &[u16] = match src.borrowed_words(s, n) {
                Some(w) => w,
                None => {
                    src.words_into(s, n, words);
                    words
                }
            };
            (w, bytes)
        })
        .unzip();
    let mut coded: Vec<_> = words.iter().map(|_| None).collect();
    enc.encode_many_into(&words, layout, &mut outs, &mut coded);
    for (slot, c) in group.iter_mut().zip(coded) {
        slot.coded = c;
    }
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

/// Values per block of a raw tensor.
fn raw_block_values(row_len: u64, values: u64, opts: &CompressOptions) -> u64 {
    block_values_for(row_len, values, opts.block_values.unwrap_or(DEFAULT_BLOCK_VALUES).max(1 << 16))
}

/// What storing the tensor of `e` raw would cost: padded blocks plus its directory entry (so the
/// fallback test compares like with like).
fn raw_container_bytes(e: &TensorEntry, row_len: u64, opts: &CompressOptions) -> u64 {
    let esize = e.nbytes.checked_div(e.values).unwrap_or(0);
    let bv = raw_block_values(row_len, e.values, opts);
    let n = e.values.div_ceil(bv.max(1));
    let full = (bv * esize).div_ceil(BLOCK_ALIGN) * BLOCK_ALIGN;
    let last = ((e.values - (n.max(1) - 1) * bv) * esize).div_ceil(BLOCK_ALIGN) * BLOCK_ALIGN;
    let padded = if n == 0 { 0 } else { (n - 1) * full + last };
    let entry = TensorEntry { params: Vec::new(), blocks: Vec::new(), ..e.clone() };
    padded + entry.entry_bytes() + n * BLOCK_ENTRY_LEN
}

/// Check what a tensor's directory entry will hold before a byte of it is written.
fn check_tensor_info(t: &TensorInfo, bytes: usize) -> Result<()> {
    let bad = |m: String| Err(Error::Unsupported { tensor: short_name(&t.name), message: m });
    if t.name == METADATA_KEY {
        return bad(format!("'{METADATA_KEY}' is reserved by safetensors for metadata, not a tensor name"));
    }
    if u32::try_from(t.name.len()).is_err() || u32::try_from(t.shape.len()).is_err() {
        return bad(format!(
            "a name of {} bytes or a rank of {} does not fit the container",
            t.name.len(),
            t.shape.len()
        ));
    }
    let size = dtype_size(&t.dtype_name).ok_or_else(|| Error::Unsupported {
        tensor: short_name(&t.name),
        message: format!("unknown dtype {:?}", t.dtype_name),
    })?;
    let need = t.shape.iter().try_fold(size, |a, &d| a.checked_mul(d as u64));
    if need != Some(bytes as u64) || t.data.len() != bytes {
        return bad(format!("{} {:?} does not match its {bytes} data bytes", t.dtype_name, t.shape));
    }
    Ok(())
}

/// Number of blocks, checked against the 4-byte block count field.
fn block_count(values: u64, bv: u64, name: &str) -> Result<usize> {
    let n = values.div_ceil(bv.max(1));
    u32::try_from(n).map(|n| n as usize).map_err(|_| Error::Unsupported {
        tensor: short_name(name),
        message: format!("{n} blocks exceed the container's block count field; use larger --block-values"),
    })
}

/// A block's length, checked against the 4-byte length field.
fn block_len_field(len: usize, name: &str, b: usize) -> Result<u32> {
    u32::try_from(len).map_err(|_| Error::Unsupported {
        tensor: short_name(name),
        message: format!("block {b} of {len} bytes exceeds the container's 4-byte length field"),
    })
}

/// A tensor name short enough for an error message.
pub fn short_name(name: &str) -> String {
    const MAX: usize = 80;
    if name.len() <= MAX {
        return name.to_string();
    }
    let mut end = MAX;
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}... ({} bytes)", &name[..end], name.len())
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
    let bv = raw_block_values(t.row_len() as u64, values, opts);
    entry.block_values = bv as u32; // at most MAX_BLOCK_VALUES
    let esize = entry.nbytes / values;
    block_count(values, bv, &t.name)?;
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
        let len = block_len_field(bytes.len(), &t.name, b as usize)?;
        entry.blocks.push(BlockEntry { offset, len, aux: 0, crc: crc32fast::hash(&bytes) });
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
    sink.put(block_padding(at))?;
    sink.put(bytes)
}

/// The zero bytes that put a block written at offset `at` on a [`BLOCK_ALIGN`] boundary.
fn block_padding(at: u64) -> &'static [u8] {
    &[0u8; BLOCK_ALIGN as usize][..((BLOCK_ALIGN - at % BLOCK_ALIGN) % BLOCK_ALIGN) as usize]
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

/// Compress one safetensors file, a sharded checkpoint's `*.safetensors.index.json`, or a
/// checkpoint folder into a `.xnc` file (see [`Checkpoint::open`]). The output appears only when
/// complete.
pub fn compress_file(
    input: &Path,
    output: &Path,
    opts: &CompressOptions,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<Vec<TensorSummary>> {
    compress_checkpoint(&Checkpoint::open(&[input.to_owned()])?, output, opts, progress)
}

/// Compress every file of a checkpoint into one `.xnc` file: each safetensors file's tensors (its
/// header kept verbatim) and the index JSON byte for byte. Memory is bounded by one batch of blocks.
pub fn compress_checkpoint(
    ck: &Checkpoint,
    output: &Path,
    opts: &CompressOptions,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<Vec<TensorSummary>> {
    if !(5..=10).contains(&opts.table_log) {
        return Err(Error::Request(format!("table log {} is outside 5..=10", opts.table_log)));
    }
    if let Some(b) = opts.block_values.filter(|&b| b == 0 || b as u64 > MAX_BLOCK_VALUES) {
        return Err(Error::Request(format!("block size {b} is outside 1..={MAX_BLOCK_VALUES} values")));
    }
    let mut sink = AtomicFile::create(output)?;
    let mut header = Vec::with_capacity(FILE_HEADER_LEN as usize);
    header.extend_from_slice(&MAGIC);
    header.extend_from_slice(&VERSION.to_le_bytes());
    header.extend_from_slice(&[0u8; 6]);
    BlockSink::put(&mut sink, &header)?;
    let mut dir = Directory::default();
    let mut summaries = Vec::new();
    let mut names: HashSet<String> = HashSet::new();
    let mut hints = ModelHints::default();
    for f in &ck.files {
        let source = u32::try_from(dir.sources.len()).map_err(|_| Error::Request("too many source files".into()))?;
        match f.kind {
            FileKind::Verbatim => {
                let bytes = std::fs::read(&f.path)
                    .map_err(|source| Error::Io { path: f.path.display().to_string(), source })?;
                dir.sources.push(SourceFile { path: f.rel.clone(), kind: SourceKind::Verbatim(bytes) });
            }
            FileKind::Safetensors => {
                let st = SafetensorsFile::open(&f.path)?;
                ck.check_shard(f, &st)?;
                dir.sources.push(SourceFile {
                    path: f.rel.clone(),
                    kind: SourceKind::Safetensors { metadata: st.metadata.clone(), header: st.header.clone() },
                });
                for t in &st.tensors {
                    if !names.insert(t.name.clone()) {
                        return Err(Error::Request(format!(
                            "{}: tensor '{}' also appears in an earlier file of the checkpoint: names must be unique",
                            f.path.display(),
                            short_name(&t.name)
                        )));
                    }
                    let (mut entry, summary, _) =
                        compress_tensor_with(t, st.bytes(t), opts, &mut hints, &mut sink, progress)
                            .map_err(|e| in_file(e, &f.path))?;
                    entry.source = source;
                    dir.tensors.push(entry);
                    summaries.push(summary);
                }
            }
        }
    }
    let dir_bytes = encode_directory(&dir)?;
    let dir_offset = BlockSink::put(&mut sink, &dir_bytes)?;
    let mut trailer = Vec::with_capacity(TRAILER_LEN as usize);
    trailer.extend_from_slice(&dir_offset.to_le_bytes());
    trailer.extend_from_slice(&(dir_bytes.len() as u64).to_le_bytes());
    trailer.extend_from_slice(&crc32fast::hash(&dir_bytes).to_le_bytes());
    trailer.extend_from_slice(&TRAILER_MAGIC);
    BlockSink::put(&mut sink, &trailer)?;
    sink.commit()?;
    Ok(summaries)
}

/// Name the input file in a tensor-level error.
fn in_file(e: Error, path: &Path) -> Error {
    match e {
        Error::Unsupported { tensor, message } => {
            Error::Request(format!("{}: tensor '{tensor}': {message}", path.display()))
        }
        Error::Corrupt { context, message } => {
            Error::Corrupt { context: format!("{}: {context}", path.display()), message }
        }
        other => other,
    }
}

// ---------------------------------------------------------------------------------------------
// Directory encoding (docs/FORMAT.md 4.3). Writers write version 2; fields are checked against
// their widths by `check_directory` before a byte is written.

fn put_len(v: &mut Vec<u8>, n: usize, width: usize) {
    match width {
        1 => v.push(n.min(u8::MAX as usize) as u8),
        2 => v.extend_from_slice(&(n.min(u16::MAX as usize) as u16).to_le_bytes()),
        _ => v.extend_from_slice(&(n.min(u32::MAX as usize) as u32).to_le_bytes()),
    }
}

fn put_str(v: &mut Vec<u8>, s: &[u8], width: usize) {
    put_len(v, s.len(), width);
    v.extend_from_slice(s);
}

fn write_entry(t: &TensorEntry, v: &mut Vec<u8>) {
    v.extend_from_slice(&t.source.to_le_bytes());
    put_str(v, t.name.as_bytes(), 4);
    put_str(v, t.dtype_name.as_bytes(), 1);
    put_str(v, t.source_dtype_name.as_bytes(), 1);
    v.push(t.codec as u8);
    put_len(v, t.shape.len(), 4);
    for &d in &t.shape {
        v.extend_from_slice(&d.to_le_bytes());
    }
    v.extend_from_slice(&t.values.to_le_bytes());
    v.extend_from_slice(&t.nbytes.to_le_bytes());
    v.extend_from_slice(&t.cast_changed.to_le_bytes());
    v.extend_from_slice(&t.block_values.to_le_bytes());
    put_str(v, &t.params, 4);
    put_len(v, t.blocks.len(), 4);
    for b in &t.blocks {
        v.extend_from_slice(&b.offset.to_le_bytes());
        v.extend_from_slice(&b.len.to_le_bytes());
        v.extend_from_slice(&b.aux.to_le_bytes());
        v.extend_from_slice(&b.crc.to_le_bytes());
    }
}

/// Serialise a directory in the version 2 layout, after checking it with the reader's own
/// validation (so nothing is written that a reader would reject or misread).
pub fn encode_directory(d: &Directory) -> Result<Vec<u8>> {
    check_directory(d, u64::MAX, VERSION).map_err(|(i, m)| {
        let what = i.map_or(String::new(), |i| format!(": tensor '{}'", short_name(&d.tensors[i].name)));
        Error::Request(format!("cannot write this container{what}: {m}"))
    })?;
    let mut v = Vec::new();
    put_len(&mut v, d.tensors.len(), 4);
    put_len(&mut v, d.sources.len(), 4);
    for s in &d.sources {
        put_str(&mut v, s.path.as_bytes(), 4);
        match &s.kind {
            SourceKind::Safetensors { metadata, header } => {
                v.push(0);
                let meta = metadata.as_ref().map(|m| serde_json::to_string(m).expect("string map")).unwrap_or_default();
                put_str(&mut v, meta.as_bytes(), 4);
                put_str(&mut v, header, 4);
            }
            SourceKind::Verbatim(bytes) => {
                v.push(1);
                put_str(&mut v, bytes, 4);
            }
        }
    }
    for t in &d.tensors {
        write_entry(t, &mut v);
    }
    Ok(v)
}

/// Everything a reader relies on, checked the same way by the writer (before writing) and the
/// reader (before decoding): the error names the tensor index, if any, and what is wrong.
fn check_directory(d: &Directory, data_end: u64, version: u16) -> std::result::Result<(), (Option<usize>, String)> {
    if u32::try_from(d.tensors.len()).is_err() || u32::try_from(d.sources.len()).is_err() {
        return Err((None, "too many tensors or files for the 4-byte count fields".into()));
    }
    if d.sources.is_empty() {
        return Err((None, "no source file".into()));
    }
    let mut paths = HashSet::new();
    let mut source_bytes = vec![0u64; d.sources.len()];
    for s in &d.sources {
        if version >= 2 && (!crate::output::is_safe_relative(&s.path) || !paths.insert(s.path.as_str())) {
            return Err((None, format!("source path {:?} is not a unique, safe relative path", s.path)));
        }
        let too_long = match &s.kind {
            SourceKind::Safetensors { header, .. } => header.len(),
            SourceKind::Verbatim(b) => b.len(),
        };
        if u32::try_from(too_long).is_err() || u32::try_from(s.path.len()).is_err() {
            return Err((None, format!("source {:?} is too large for its 4-byte length field", s.path)));
        }
    }
    let mut names = HashSet::with_capacity(d.tensors.len());
    for (i, t) in d.tensors.iter().enumerate() {
        check_entry(t, &d.sources, data_end).map_err(|m| (Some(i), m))?;
        if !names.insert(t.name.as_str()) {
            return Err((Some(i), "a second tensor with this name".into()));
        }
        let total = &mut source_bytes[t.source as usize];
        *total = total.checked_add(t.nbytes).ok_or((Some(i), "data offsets overflow 2^64".to_string()))?;
    }
    Ok(())
}

/// Check one entry: see [`check_directory`].
fn check_entry(e: &TensorEntry, sources: &[SourceFile], data_end: u64) -> std::result::Result<(), String> {
    if e.name == METADATA_KEY {
        return Err(format!("'{METADATA_KEY}' is reserved by safetensors, not a tensor name"));
    }
    if u32::try_from(e.name.len()).is_err() || u32::try_from(e.shape.len()).is_err() {
        return Err(format!("name of {} bytes or rank {} too large", e.name.len(), e.shape.len()));
    }
    if !matches!(sources.get(e.source as usize), Some(SourceFile { kind: SourceKind::Safetensors { .. }, .. })) {
        return Err(format!("source file {} is not a safetensors file of this container", e.source));
    }
    let size = dtype_size(&e.dtype_name).ok_or_else(|| format!("unknown dtype {:?}", e.dtype_name))?;
    dtype_size(&e.source_dtype_name).ok_or_else(|| format!("unknown source dtype {:?}", e.source_dtype_name))?;
    let cast = e.source_dtype_name != e.dtype_name;
    if cast && !(e.source_dtype_name == "BF16" && e.dtype_name == "F16") {
        return Err(format!(
            "source dtype {} stored as {}: only BF16 -> F16 is a known cast",
            e.source_dtype_name, e.dtype_name
        ));
    }
    if e.cast_changed > e.values || (!cast && e.cast_changed != 0) {
        return Err(format!("{} values changed by a cast of {} values", e.cast_changed, e.values));
    }
    if e.shape.iter().try_fold(1u64, |a, &d| a.checked_mul(d)) != Some(e.values) {
        return Err(format!("shape {:?} does not hold {} values", e.shape, e.values));
    }
    if e.values.checked_mul(size) != Some(e.nbytes) {
        return Err(format!("{} bytes for {} values of {} ({size}-byte elements)", e.nbytes, e.values, e.dtype_name));
    }
    let dtype = Dtype::from_safetensors_name(&e.dtype_name);
    if e.codec != Codec::Raw && dtype.is_none() {
        return Err(format!("codec {} on dtype {}", e.codec.name(), e.dtype_name));
    }
    let expect_blocks = match (e.values, e.block_values) {
        (0, _) => 0,
        (_, 0) => return Err("0 values per block".into()),
        (v, bv) => v.div_ceil(bv as u64),
    };
    // A coded block may be tiny yet decode to many values: bound what one block makes a decoder
    // allocate (raw blocks are bounded by their stored bytes).
    if e.codec != Codec::Raw && e.block_values as u64 > MAX_BLOCK_VALUES {
        return Err(format!("{} values per block (at most {MAX_BLOCK_VALUES})", e.block_values));
    }
    if e.blocks.len() as u64 != expect_blocks {
        return Err(format!("{} blocks for {} values in blocks of {}", e.blocks.len(), e.values, e.block_values));
    }
    match (e.codec, dtype) {
        (Codec::Ans | Codec::AnsFa, Some(d)) => {
            parse_ans_params(&e.params, d).map_err(|err| match err {
                Error::Format { message, .. } => format!("codec parameters: {message}"),
                other => format!("codec parameters: {other}"),
            })?;
        }
        (Codec::AnsCtx, Some(d)) => {
            let (_, m) = parse_ctx_params(&e.params, d).map_err(|err| match err {
                Error::Format { message, .. } => format!("codec parameters: {message}"),
                other => format!("codec parameters: {other}"),
            })?;
            let row_len = e.row_len();
            if m.row_len as u64 != row_len {
                return Err(format!("codec parameters: ans-ctx row length {} for rows of {row_len}", m.row_len));
            }
        }
        _ if !e.params.is_empty() => {
            return Err(format!("{} bytes of parameters for codec {}", e.params.len(), e.codec.name()))
        }
        _ => {}
    }
    let ans = matches!(e.codec, Codec::Ans | Codec::AnsFa | Codec::AnsCtx);
    for (b, blk) in e.blocks.iter().enumerate() {
        if blk.offset < FILE_HEADER_LEN || blk.offset.checked_add(blk.len as u64).is_none_or(|end| end > data_end) {
            return Err(format!("block {b} at {}+{} lies outside the data region", blk.offset, blk.len));
        }
        if e.codec == Codec::Raw {
            let n = e.block_len(b);
            if n.checked_mul(size) != Some(blk.len as u64) {
                return Err(format!("raw block {b} holds {} bytes, expected {n} x {size}", blk.len));
            }
        }
        if (ans && blk.aux > blk.len) || (!ans && blk.aux != 0) {
            return Err(format!("block {b}: aux field {} is impossible for codec {}", blk.aux, e.codec.name()));
        }
    }
    Ok(())
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
    fn metadata(&mut self) -> Result<Option<BTreeMap<String, String>>> {
        let mlen = self.u32("metadata length")? as usize;
        let meta = self.string(mlen, "metadata")?;
        if mlen == 0 {
            return Ok(None);
        }
        serde_json::from_str(&meta).map(Some).map_err(|e| self.err(format!("metadata is not a JSON string map: {e}")))
    }
}

/// Parse and validate a directory of container `version` read at file offset `base`; `data_end`
/// bounds the block region. The ANS parameters of a version-1 file (a model, one lane) are
/// returned in the version-2 form (lane layout, then model).
pub fn decode_directory(buf: &[u8], base: u64, data_end: u64, ctx: &str, version: u16) -> Result<Directory> {
    let mut c = Cursor { buf, pos: 0, base, ctx: ctx.to_string() };
    let count = c.u32("tensor count")?;
    let mut sources = Vec::new();
    if version == 1 {
        let metadata = c.metadata()?;
        let hlen = c.u32("header length")? as usize;
        let header = c.take(hlen, "original header")?.to_vec();
        sources.push(SourceFile { path: String::new(), kind: SourceKind::Safetensors { metadata, header } });
    } else {
        let nsources = c.u32("source file count")?;
        for _ in 0..nsources {
            let plen = c.u32("source path length")? as usize;
            let path = c.string(plen, "source path")?;
            let kind = match c.u8("source kind")? {
                0 => {
                    let metadata = c.metadata()?;
                    let hlen = c.u32("header length")? as usize;
                    SourceKind::Safetensors { metadata, header: c.take(hlen, "original header")?.to_vec() }
                }
                1 => {
                    let n = c.u32("file length")? as usize;
                    SourceKind::Verbatim(c.take(n, "file bytes")?.to_vec())
                }
                k => return Err(c.err(format!("unknown source kind {k}"))),
            };
            sources.push(SourceFile { path, kind });
        }
    }
    let mut tensors = Vec::new();
    let mut starts = Vec::new();
    for _ in 0..count {
        let at = c.pos as u64 + base;
        starts.push(at);
        let source = if version == 1 { 0 } else { c.u32("source file index")? };
        let nlen =
            if version == 1 { c.u16("tensor name length")? as usize } else { c.u32("tensor name length")? as usize };
        let name = c.string(nlen, "tensor name")?;
        let dlen = c.u8("dtype length")? as usize;
        let dtype_name = c.string(dlen, "dtype")?;
        let slen = c.u8("source dtype length")? as usize;
        let source_dtype_name = c.string(slen, "source dtype")?;
        let codec_byte = c.u8("codec")?;
        let codec = Codec::from_u8(codec_byte).ok_or_else(|| Error::Format {
            context: format!("{ctx}: tensor '{}'", short_name(&name)),
            offset: base + c.pos as u64 - 1,
            message: format!("unknown codec {codec_byte}"),
        })?;
        if version == 1 && codec == Codec::AnsCtx {
            return Err(Error::Format {
                context: format!("{ctx}: tensor '{}'", short_name(&name)),
                offset: base + c.pos as u64 - 1,
                message: "codec 4 (ans-ctx) does not exist in container version 1".into(),
            });
        }
        let ndim = if version == 1 { c.u8("rank")? as usize } else { c.u32("rank")? as usize };
        let dims = c.take(ndim.saturating_mul(8).min(buf.len() + 1), "dimensions")?;
        let shape: Vec<u64> =
            dims.chunks_exact(8).map(|d| u64::from_le_bytes(d.try_into().expect("8 bytes"))).collect();
        let values = c.u64("value count")?;
        let nbytes = c.u64("byte count")?;
        let cast_changed = c.u64("cast count")?;
        let block_values = c.u32("block size")?;
        let plen = c.u32("parameter length")? as usize;
        let mut params = c.take(plen, "parameters")?.to_vec();
        if version == 1 && matches!(codec, Codec::Ans | Codec::AnsFa) {
            // Version 1 ANS parameters are the model alone: one lane (FORMAT.md 4.5).
            params.splice(0..0, LaneLayout::ONE.to_bytes());
        }
        let nblocks = c.u32("block count")? as usize;
        let index = c.take(nblocks.saturating_mul(BLOCK_ENTRY_LEN as usize).min(buf.len() + 1), "block index")?;
        let blocks = index
            .chunks_exact(BLOCK_ENTRY_LEN as usize)
            .map(|e| BlockEntry {
                offset: u64::from_le_bytes(e[0..8].try_into().expect("8 bytes")),
                len: u32::from_le_bytes(e[8..12].try_into().expect("4 bytes")),
                aux: u32::from_le_bytes(e[12..16].try_into().expect("4 bytes")),
                crc: u32::from_le_bytes(e[16..20].try_into().expect("4 bytes")),
            })
            .collect();
        tensors.push(TensorEntry {
            source,
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
        });
    }
    if c.pos != buf.len() {
        return Err(c.err(format!("{} unexpected bytes after the last tensor", buf.len() - c.pos)));
    }
    let dir = Directory { sources, tensors };
    check_directory(&dir, data_end, version).map_err(|(i, message)| match i {
        Some(i) => Error::Format {
            context: format!("{ctx}: tensor '{}' (directory entry)", short_name(&dir.tensors[i].name)),
            offset: starts[i],
            message,
        },
        None => Error::Format { context: ctx.to_string(), offset: base, message },
    })?;
    Ok(dir)
}

// ---------------------------------------------------------------------------------------------
// Reading

/// An open, validated `.xnc` file.
pub struct XncFile {
    path: PathBuf,
    map: Bytes,
    /// Container version of the file (1 or 2).
    pub version: u16,
    /// Its directory.
    pub dir: Directory,
}

impl XncFile {
    /// Open a `.xnc` file and validate magic, version, trailer, directory CRC and every directory
    /// field (the codec tables themselves are built only when a tensor is decoded).
    pub fn open(path: &Path) -> Result<Self> {
        Self::parse(path, Bytes::map(path)?)
    }

    /// Validate a `.xnc` file held in memory (`path` only names it in errors).
    pub fn from_bytes(path: &Path, bytes: Vec<u8>) -> Result<Self> {
        Self::parse(path, Bytes::Owned(bytes))
    }

    fn parse(path: &Path, map: Bytes) -> Result<Self> {
        let ctx = path.display().to_string();
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
                    "container version {version} is not supported (this build reads versions {MIN_READ_VERSION} to {VERSION})"
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
        let dir = decode_directory(dir_bytes, dir_offset, dir_offset, &ctx, version)?;
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
        Ok(Self { path: path.to_owned(), map, version, dir })
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Find a tensor by name (in whichever source file of the checkpoint it came from).
    pub fn tensor(&self, name: &str) -> Result<&TensorEntry> {
        self.dir.tensors.iter().find(|t| t.name == name).ok_or_else(|| {
            let names: Vec<String> = self.dir.tensors.iter().take(8).map(|t| short_name(&t.name)).collect();
            let more = self.dir.tensors.len() - names.len();
            let more = if more > 0 { format!(" and {more} more") } else { String::new() };
            Error::Request(format!(
                "{}: no tensor named '{}' (it has: {}{more})",
                self.path.display(),
                short_name(name),
                names.join(", ")
            ))
        })
    }

    /// The stored bytes of block `b` of `t`, CRC-checked.
    ///
    /// The CRC is the first read of the block's bytes, which the decoder then reads from the
    /// cache: `crc32fast` takes its AVX-512 VPCLMULQDQ path here (Zen 4), 51-55 GB/s on one
    /// block in the cache and 27-31 GB/s over a whole container after a cache flush, as fast as a
    /// plain 8-byte read loop (28-31 GB/s). Its 6% of the minilm `ans-fa` R=10 decode (`perf`,
    /// about 0.55 ms for 15.5 MB) is that first touch.
    pub fn block_bytes(&self, t: &TensorEntry, b: usize) -> Result<&[u8]> {
        let e = &t.blocks[b];
        let bytes = &self.map[e.offset as usize..e.offset as usize + e.len as usize];
        let computed = crc32fast::hash(bytes);
        if computed != e.crc {
            return Err(Error::Checksum {
                context: format!("{}: tensor '{}' block {b}", self.path.display(), short_name(&t.name)),
                offset: e.offset,
                stored: e.crc,
                computed,
            });
        }
        Ok(bytes)
    }

    /// A decoder for the blocks of `t`: builds the codec's decode tables once for all its blocks.
    pub fn tensor_decoder<'a>(&'a self, t: &'a TensorEntry) -> Result<TensorDecoder<'a>> {
        Ok(TensorDecoder { file: self, t, coder: BlockCoder::new(t.codec, t.dtype(), &t.params, self.version, false)? })
    }

    /// Decode block `b` of `t` to its data bytes (little-endian words, or raw bytes).
    pub fn decode_block(&self, t: &TensorEntry, b: usize) -> Result<Vec<u8>> {
        self.tensor_decoder(t)?.decode_block(b)
    }

    /// Decode blocks `blocks` of `t` (their stored bytes, CRC-checked, in `stored`) into
    /// `words`, a buffer reused from call to call (resized only: the decoders write every word).
    fn decode_words(
        &self,
        coder: &BlockCoder,
        t: &TensorEntry,
        blocks: std::ops::Range<usize>,
        stored: &[&[u8]],
        words: &mut Vec<u16>,
    ) -> Result<()> {
        let lens: Vec<usize> = blocks.clone().map(|b| t.block_len(b) as usize).collect();
        words.resize(lens.iter().sum(), 0);
        let mut outs: Vec<&mut [u16]> = Vec::with_capacity(lens.len());
        let mut rest = &mut words[..];
        for &n in &lens {
            let (o, r) = rest.split_at_mut(n);
            outs.push(o);
            rest = r;
        }
        let ins: Vec<(&[u8], u32, u64)> =
            blocks.clone().zip(stored).map(|(b, &s)| (s, t.blocks[b].aux, b as u64 * t.block_values as u64)).collect();
        coder.decode_many(&ins, &mut outs).map_err(|(i, e)| {
            let b = blocks.start + i;
            let context = format!(
                "{}: tensor '{}' block {b} (byte offset {})",
                self.path.display(),
                short_name(&t.name),
                t.blocks[b].offset
            );
            match e {
                Error::Corrupt { message, .. } => Error::Corrupt { context, message },
                Error::Request(message) => Error::Corrupt { context, message },
                other => other,
            }
        })
    }

    /// Decode one row of a tensor (random access: only the blocks holding it are read).
    pub fn get_row(&self, name: &str, row: u64) -> Result<Vec<u8>> {
        let t = self.tensor(name)?;
        if row >= t.rows() {
            return Err(Error::Request(format!(
                "{}: tensor '{}': row {row} is out of range (it has {} rows)",
                self.path.display(),
                short_name(name),
                t.rows()
            )));
        }
        let row_len = t.row_len();
        let first = row * row_len;
        let esize = t.elem_size();
        let bv = t.block_values as u64;
        let mut out = Vec::with_capacity((row_len * esize).min(1 << 30) as usize);
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

    /// Decode the whole file: one safetensors file at `output` when the container holds one, else
    /// the checkpoint's folder (every shard and the index). Written to a temporary file or folder,
    /// moved into place when complete.
    pub fn decompress_to(&self, output: &Path, progress: &(dyn Fn(u64) + Sync)) -> Result<()> {
        if self.dir.is_single_file() {
            let mut out = AtomicFile::create(output)?;
            self.write_source(0, &output.display().to_string(), &mut out, progress)?;
            return out.commit();
        }
        let mut folder = AtomicFolder::create(output)?;
        for (s, src) in self.dir.sources.iter().enumerate() {
            let mut w = folder.file(&src.path)?;
            self.write_source(s, &output.join(&src.path).display().to_string(), &mut w, progress)?;
            folder.close(&src.path, w)?;
        }
        folder.commit()
    }

    /// Write source file `s` (a safetensors file, decoded block batch by block batch, or a verbatim
    /// file) to `out`; `name` names it in errors.
    pub fn write_source<W: Write>(
        &self,
        s: usize,
        name: &str,
        out: &mut W,
        progress: &(dyn Fn(u64) + Sync),
    ) -> Result<()> {
        let io = |source| Error::Io { path: name.to_string(), source };
        let (metadata, header) = match &self.dir.sources[s].kind {
            SourceKind::Verbatim(bytes) => return out.write_all(bytes).map_err(io),
            SourceKind::Safetensors { metadata, header } => (metadata, header),
        };
        let tensors: Vec<&TensorEntry> = self.dir.tensors.iter().filter(|t| t.source as usize == s).collect();
        let specs: Vec<TensorSpec> = tensors
            .iter()
            .map(|t| TensorSpec {
                name: t.name.clone(),
                dtype_name: t.dtype_name.clone(),
                shape: t.shape.iter().map(|&d| d as usize).collect(),
                nbytes: t.nbytes as usize,
            })
            .collect();
        let mut w = SafetensorsWriter::new(name, out, &specs, metadata, Some(header))?;
        // Every block of every tensor, in file order, in groups of up to `decode_group` blocks of
        // one tensor (decoded together); a batch of about `BATCH_BLOCKS` blocks' weight runs across
        // tensor boundaries, so a file of many small tensors is decoded in parallel as well as
        // one large tensor.
        // A job's weight is its blocks in units of a `DECODE_GROUP` group: a group of
        // `decode_group` blocks weighs `DECODE_GROUP`, as much as a group of the other codecs.
        let jobs: Vec<(usize, std::ops::Range<usize>, usize)> = tensors
            .iter()
            .enumerate()
            .flat_map(|(i, t)| {
                let (n, g) = (t.blocks.len(), decode_group(t));
                (0..n).step_by(g).map(move |b| {
                    let r = b..(b + g).min(n);
                    let weight = (r.len() * DECODE_GROUP).div_ceil(g);
                    (i, r, weight)
                })
            })
            .collect();
        // On one thread nothing runs beside a group: a batch is then one group, so that one
        // group's buffer (256 KB at the default block size) is decoded, written and reused while
        // it is still in the cache, and a call allocates (and the kernel faults in) that one
        // buffer instead of a batch's eight.
        let batch_blocks = if rayon::current_num_threads() == 1 { DECODE_GROUP } else { BATCH_BLOCKS };
        let mut batches = Vec::new();
        let (mut at, mut blocks) = (0, 0);
        for (j, (_, _, weight)) in jobs.iter().enumerate() {
            blocks += weight;
            if blocks >= batch_blocks || j + 1 == jobs.len() {
                batches.push(&jobs[at..=j]);
                (at, blocks) = (j + 1, 0);
            }
        }
        // The decoders of tensors `first..first + decoders.len()`: a tensor's tables are built once,
        // its decoder kept while the next batches still reach into it.
        let (mut first, mut decoders) = (0, Vec::<TensorDecoder>::new());
        let mut bufs: Vec<DecodedBlocks> = Vec::new();
        for batch in batches {
            let (f, l) = (batch[0].0, batch[batch.len() - 1].0);
            decoders.drain(..(f - first).min(decoders.len()));
            first = f;
            let more: Vec<TensorDecoder> = (f + decoders.len()..=l)
                .into_par_iter()
                .map(|i| self.tensor_decoder(tensors[i]))
                .collect::<Result<_>>()?;
            decoders.extend(more);
            // One buffer per group, kept from batch to batch (at most about two batches' data).
            if bufs.len() < batch.len() {
                bufs.resize_with(batch.len(), DecodedBlocks::default);
            }
            let decoded: Vec<Result<()>> = batch
                .par_iter()
                .zip(bufs.par_iter_mut())
                .map(|((i, r, _), buf)| {
                    let d = decoders[i - first].decode_blocks_into(r.clone(), buf);
                    progress(r.clone().map(|b| tensors[*i].block_len(b)).sum());
                    d
                })
                .collect();
            for (d, buf) in decoded.into_iter().zip(bufs.iter_mut()) {
                d?;
                w.write(buf.bytes())?;
            }
        }
        w.finish()?.flush().map_err(io)
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
        self.decode_blocks(b..b + 1)
    }

    /// Decode blocks `blocks` (a range of this tensor's blocks) to their data bytes, one after
    /// another in one buffer, each CRC-checked. Decoded together: `ans` and `ans-fa` run the
    /// state chains of several blocks side by side, faster than block by block (groups of
    /// [`DECODE_GROUP`] are what decompression uses). Errors name the tensor and block.
    pub fn decode_blocks(&self, blocks: std::ops::Range<usize>) -> Result<Vec<u8>> {
        BLOCK_DATA.with_borrow_mut(|d| {
            self.decode_blocks_into(blocks, d)?;
            Ok(d.bytes().to_vec())
        })
    }

    /// [`TensorDecoder::decode_blocks`] into `out`, whose buffers are reused (a caller decoding
    /// group after group then allocates and converts nothing per group).
    pub fn decode_blocks_into(&self, blocks: std::ops::Range<usize>, out: &mut DecodedBlocks) -> Result<()> {
        let t = self.t;
        if blocks.start > blocks.end || blocks.end > t.blocks.len() {
            return Err(Error::Request(format!(
                "{}: tensor '{}': blocks {blocks:?} out of range (it has {})",
                self.file.path.display(),
                short_name(&t.name),
                t.blocks.len()
            )));
        }
        let stored: Vec<&[u8]> = blocks.clone().map(|b| self.file.block_bytes(t, b)).collect::<Result<_>>()?;
        out.raw = t.codec == Codec::Raw;
        if out.raw {
            out.bytes.clear();
            stored.iter().for_each(|s| out.bytes.extend_from_slice(s));
            return Ok(());
        }
        self.file.decode_words(&self.coder, t, blocks, &stored, &mut out.words)
    }
}

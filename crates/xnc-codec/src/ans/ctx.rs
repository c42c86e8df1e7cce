//! Context coding pairs (`ans-ctx`, codec 4): joint codes and column context classes.
//!
//! Two generalisations of the format-aware coding pairs (FORMAT.md section 5):
//! * a [`JointCode`] stands for an exponent **and the top `k` bits of the `{sign, mantissa}`
//!   field** (the sign and the top mantissa bits), with its own count of additional bits;
//! * the values of a 2-D tensor are split by **column** into up to [`MAX_CLASSES`] context
//!   classes, each with its own code map and tANS table (all with the same `L = 2^R` states, so
//!   one state chain runs through the block); value `i` (absolute index in the tensor) is coded
//!   with the table of class `column_class[i mod row_len]`.
//!
//! The block coder works on a **lane**: the values of a block with absolute indices
//! `start, start + stride, start + 2 stride, ...` (a block is one lane with stride 1). So an
//! interleaved multi-lane wrapper can hand each lane its values and still get the right column
//! context.
//!
//! The model is chosen by [`super::joint`]; this file holds the model, its serialisation, the
//! encoder and the decoder.

#[cfg(target_arch = "x86_64")]
mod gather;
mod raw_avx2;
mod raw_simd;
#[cfg(target_arch = "x86_64")]
mod tagged_avx2;
#[cfg(target_arch = "x86_64")]
mod tagged_avx512;

use super::cpu::{has_bmi2, has_lzcnt, low_bits};
use super::decode::{escape, load8, raw_window};
use super::lanes::{BlockIn, LaneStreams, LANE_COUNTS};
use super::model::decode_entries;
use super::tans::check_end;
use super::{EncodedBlock, MAX_TABLE_LOG, MIN_TABLE_LOG};
use crate::bits::{LsbWriter, MsbWriter};
use crate::{Dtype, Error, Result};

thread_local! {
    /// The gather state pass's copy of its chains' tANS streams (reused: no allocation per group).
    static SCRATCH: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// State chains side by side in the gather state pass of [`CtxDecoder::decode_blocks`] (AVX2): up
/// to four vectors of eight, whose independent gathers overlap each other's latency (as `ans-fa`'s
/// [`super::GATHER_CHAINS`]; the container decodes that many chains' blocks together).
const GATHER_CHAINS: usize = super::GATHER_CHAINS;

/// Most context classes a model may have.
pub const MAX_CLASSES: usize = 16;
/// Most codes one class may have (a state's code is one byte in the stored spread).
pub const MAX_CLASS_CODES: usize = 255;

/// One code of a class: what the decoder outputs in a state that holds it (FORMAT.md 5.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct JointCode {
    /// The escape: `E` raw bits give the exponent, then `1 + M` raw bits `{sign, mantissa}`.
    pub escape: bool,
    /// Exponent field (0 for the escape).
    pub exp: u8,
    /// Number of top `{sign, mantissa}` bits the code implies (0 ..= 1 + M; 0 for the escape).
    pub k: u8,
    /// Their value (`< 2^k`).
    pub prefix: u16,
    /// Additional bits: the next `nbits` bits of `{sign, mantissa}` after the prefix, raw; the
    /// bits below are zero. `k + nbits <= 1 + M` (escape: `1 + M`).
    pub nbits: u8,
}

impl JointCode {
    /// The escape code of `dtype`.
    pub fn escape(dtype: Dtype) -> Self {
        Self { escape: true, exp: 0, k: 0, prefix: 0, nbits: 1 + dtype.man_bits() as u8 }
    }

    /// Whether word `w` can be coded with this (non-escape) code.
    pub fn fits(&self, d: Dtype, w: u16) -> bool {
        let f = 1 + d.man_bits();
        let sm = d.sign_mantissa(w) as u32;
        let low = f - self.k as u32 - self.nbits as u32;
        !self.escape
            && d.exponent(w) == self.exp as u16
            && sm >> (f - self.k as u32) == self.prefix as u32
            && sm & ((1u32 << low) - 1) == 0
    }
}

/// One context class: its code map and spread (the code of every state).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CtxClass {
    /// Codes (at most [`MAX_CLASS_CODES`], at most one escape, anywhere).
    pub codes: Vec<JointCode>,
    /// Code index of every state `0..L`.
    pub spread: Vec<u8>,
}

impl CtxClass {
    /// States owned by each code.
    pub fn freqs(&self) -> Vec<u32> {
        let mut f = vec![0u32; self.codes.len()];
        for &s in &self.spread {
            if let Some(x) = f.get_mut(s as usize) {
                *x += 1;
            }
        }
        f
    }

    /// The tANS step of every state `0..2^table_log` (FORMAT.md 3.2 on this class's spread): what a
    /// hardware decoder loads with the state's code.
    pub fn decode_table(&self, table_log: u8) -> Vec<super::DecodeEntry> {
        decode_entries(&self.spread, self.codes.len(), table_log)
    }
}

/// A tensor's `ans-ctx` model: what the encoder and every decoder load.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CtxModel {
    /// Element type.
    pub dtype: Dtype,
    /// Table log R (5..=10), the same for every class.
    pub table_log: u8,
    /// Values per row C: value `i` is in column `i mod C`.
    pub row_len: u32,
    /// The classes (1 ..= [`MAX_CLASSES`]).
    pub classes: Vec<CtxClass>,
    /// Class of every column (`row_len` entries) when there are several classes; empty for one.
    pub column_class: Vec<u8>,
}

fn bad(offset: usize, message: String) -> Error {
    Error::Format { context: "ans-ctx model".into(), offset: offset as u64, message }
}

impl CtxModel {
    /// Number of states `L = 2^R`.
    pub fn states(&self) -> usize {
        1 << self.table_log
    }

    /// Check every invariant the decoders rely on (see [`CtxModel::from_bytes`]).
    pub fn validate(&self) -> Result<()> {
        let d = self.dtype;
        let field = 1 + d.man_bits() as u8;
        if !(MIN_TABLE_LOG..=MAX_TABLE_LOG).contains(&self.table_log) {
            return Err(bad(0, format!("table log {} outside 5..=10", self.table_log)));
        }
        if self.classes.is_empty() || self.classes.len() > MAX_CLASSES {
            return Err(bad(1, format!("{} classes (1..={MAX_CLASSES} allowed)", self.classes.len())));
        }
        if self.row_len == 0 {
            return Err(bad(2, "row length 0".into()));
        }
        let want_map = if self.classes.len() > 1 { self.row_len as usize } else { 0 };
        if self.column_class.len() != want_map {
            return Err(bad(6, format!("column map has {} entries, expected {want_map}", self.column_class.len())));
        }
        if let Some(c) = self.column_class.iter().position(|&c| c as usize >= self.classes.len()) {
            return Err(bad(
                6 + c,
                format!("column {c} names class {}, there are {}", self.column_class[c], self.classes.len()),
            ));
        }
        for (ci, cl) in self.classes.iter().enumerate() {
            let ctx = |m: String| bad(0, format!("class {ci}: {m}"));
            if cl.codes.is_empty() || cl.codes.len() > MAX_CLASS_CODES {
                return Err(ctx(format!("{} codes (1..={MAX_CLASS_CODES} allowed)", cl.codes.len())));
            }
            if cl.codes.iter().filter(|c| c.escape).count() > 1 {
                return Err(ctx("more than one escape".into()));
            }
            for (i, c) in cl.codes.iter().enumerate() {
                if c.escape {
                    if *c != JointCode::escape(d) {
                        return Err(ctx(format!("escape code {i} is not canonical")));
                    }
                    continue;
                }
                if c.exp as u32 >= 1 << d.exp_bits() {
                    return Err(ctx(format!("code {i}: exponent {} out of range", c.exp)));
                }
                if c.k + c.nbits > field {
                    return Err(ctx(format!("code {i}: {} prefix + {} additional bits > {field}", c.k, c.nbits)));
                }
                if c.prefix as u32 >= 1 << c.k {
                    return Err(ctx(format!("code {i}: prefix {} does not fit {} bits", c.prefix, c.k)));
                }
            }
            if cl.spread.len() != self.states() {
                return Err(ctx(format!("spread has {} states, not {}", cl.spread.len(), self.states())));
            }
            if cl.spread.iter().any(|&s| s as usize >= cl.codes.len()) {
                return Err(ctx("spread names a code that does not exist".into()));
            }
            if let Some(i) = cl.freqs().iter().position(|&f| f == 0) {
                return Err(ctx(format!("code {i} owns no state")));
            }
        }
        Ok(())
    }

    /// Serialise (FORMAT.md 5.4).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut b = vec![self.table_log, self.classes.len() as u8];
        b.extend_from_slice(&self.row_len.to_le_bytes());
        b.extend_from_slice(&self.column_class);
        for cl in &self.classes {
            b.push(cl.codes.len() as u8);
            for c in &cl.codes {
                b.push(c.exp);
                b.push((c.escape as u8) << 7 | c.k);
                b.push(c.nbits);
                b.extend_from_slice(&c.prefix.to_le_bytes());
            }
            b.extend_from_slice(&cl.spread);
        }
        b
    }

    /// Read a model written by [`CtxModel::to_bytes`], validating everything; errors name the
    /// byte offset inside the parameters.
    pub fn from_bytes(b: &[u8], dtype: Dtype) -> Result<Self> {
        let mut pos = 0usize;
        let mut take = |n: usize, what: &str| -> Result<&[u8]> {
            let s = b.get(pos..pos + n).ok_or_else(|| bad(pos, format!("ends inside {what} ({} bytes)", b.len())))?;
            pos += n;
            Ok(s)
        };
        let table_log = take(1, "table log")?[0];
        if !(MIN_TABLE_LOG..=MAX_TABLE_LOG).contains(&table_log) {
            return Err(bad(0, format!("table log {table_log} outside 5..=10")));
        }
        let k = take(1, "class count")?[0] as usize;
        if k == 0 || k > MAX_CLASSES {
            return Err(bad(1, format!("{k} classes (1..={MAX_CLASSES} allowed)")));
        }
        let row_len = u32::from_le_bytes(take(4, "row length")?.try_into().expect("4 bytes"));
        if row_len == 0 {
            return Err(bad(2, "row length 0".into()));
        }
        let column_class = if k > 1 { take(row_len as usize, "column map")?.to_vec() } else { Vec::new() };
        let l = 1usize << table_log;
        let mut classes = Vec::with_capacity(k);
        for ci in 0..k {
            let n = take(1, "code count")?[0] as usize;
            let mut codes = Vec::with_capacity(n);
            for _ in 0..n {
                let c = take(5, "code")?;
                codes.push(JointCode {
                    escape: c[1] & 0x80 != 0,
                    exp: c[0],
                    k: c[1] & 0x7f,
                    nbits: c[2],
                    prefix: u16::from_le_bytes([c[3], c[4]]),
                });
            }
            let spread = take(l, &format!("spread of class {ci}"))?.to_vec();
            classes.push(CtxClass { codes, spread });
        }
        if pos != b.len() {
            return Err(bad(pos, format!("{} unexpected bytes after the last class", b.len() - pos)));
        }
        let m = Self { dtype, table_log, row_len, classes, column_class };
        m.validate()?;
        Ok(m)
    }

    /// Class of absolute value index `i`.
    pub fn class_of(&self, i: u64) -> usize {
        if self.classes.len() == 1 {
            0
        } else {
            self.column_class[(i % self.row_len as u64) as usize] as usize
        }
    }

    /// A prepared encoder.
    pub fn encoder(&self) -> Result<CtxEncoder> {
        CtxEncoder::new(self)
    }

    /// A prepared decoder.
    pub fn decoder(&self) -> Result<CtxDecoder> {
        CtxDecoder::new(self)
    }

    /// Bytes of the serialised model.
    pub fn byte_len(&self) -> usize {
        6 + self.column_class.len() + self.classes.iter().map(|c| 1 + 5 * c.codes.len() + c.spread.len()).sum::<usize>()
    }
}

/// Steps a column counter through a lane: `start, start + stride, ...` modulo the row length.
#[derive(Clone, Copy)]
struct Columns {
    col: usize,
    step: usize,
    row_len: usize,
}

impl Columns {
    fn new(start: u64, stride: u64, row_len: u32) -> Self {
        let c = row_len.max(1) as u64;
        Self { col: (start % c) as usize, step: (stride % c) as usize, row_len: c as usize }
    }
    #[inline(always)]
    fn next(&mut self) -> usize {
        let c = self.col;
        self.col += self.step;
        if self.col >= self.row_len {
            self.col -= self.row_len;
        }
        c
    }
}

/// A prepared `ans-ctx` lane encoder.
#[derive(Clone, Debug)]
pub struct CtxEncoder {
    dtype: Dtype,
    table_log: u32,
    row_len: u32,
    column_class: Vec<u8>,
    /// Per class and 16-bit word with a direct code: `(global code + 1) << 32 | raw bit count << 16
    /// | raw bits`; 0 for the other words (coded with the class's escape, if any). Zero-filled,
    /// so only the pages of the words a class codes directly are ever touched: a small tensor
    /// does not pay for filling 512 KB per class.
    word: Vec<u64>,
    /// Per class, the global code of its escape.
    escape: Vec<Option<u32>>,
    freq: Vec<u32>,
    max_bits: Vec<u32>,
    /// States (`L + x`) of each global code in increasing order; `first[g]` is where they start.
    states: Vec<u32>,
    first: Vec<usize>,
}

impl CtxEncoder {
    /// Prepare the tables of `model` (validated first). For each word the encoder uses the
    /// fitting code with the fewest additional bits (ties: the lower index), else the escape.
    pub fn new(model: &CtxModel) -> Result<Self> {
        model.validate()?;
        let d = model.dtype;
        let r = model.table_log as u32;
        let l = 1u32 << r;
        let field = 1 + d.man_bits();
        let mut word = vec![0u64; model.classes.len() << 16];
        let mut escape = Vec::with_capacity(model.classes.len());
        let (mut freq, mut max_bits, mut first, mut states) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for (ci, cl) in model.classes.iter().enumerate() {
            let g0 = freq.len();
            let f = cl.freqs();
            let mut next = Vec::with_capacity(f.len());
            for &x in &f {
                first.push(states.len());
                next.push(states.len());
                states.extend(std::iter::repeat_n(0u32, x as usize));
                max_bits.push(r - x.ilog2());
            }
            for (x, &s) in cl.spread.iter().enumerate() {
                states[next[s as usize]] = l + x as u32;
                next[s as usize] += 1;
            }
            freq.extend_from_slice(&f);
            let table = &mut word[ci << 16..(ci + 1) << 16];
            escape.push(cl.codes.iter().position(|c| c.escape).map(|e| (g0 + e) as u32));
            // Fewest additional bits wins: visit codes from most to fewest bits, later overwrite.
            let mut order: Vec<usize> = (0..cl.codes.len()).filter(|&i| !cl.codes[i].escape).collect();
            order.sort_by_key(|&i| (std::cmp::Reverse(cl.codes[i].nbits), std::cmp::Reverse(i)));
            for i in order {
                let c = cl.codes[i];
                let low = field - c.k as u32 - c.nbits as u32;
                for raw in 0..1u32 << c.nbits {
                    let sm = (c.prefix as u32) << (field - c.k as u32) | raw << low;
                    let w = d.assemble(c.exp as u16, sm as u16);
                    table[w as usize] = ((g0 + i + 1) as u64) << 32 | (c.nbits as u64) << 16 | raw as u64;
                }
            }
        }
        Ok(Self {
            dtype: d,
            table_log: r,
            row_len: model.row_len,
            column_class: model.column_class.clone(),
            word,
            escape,
            freq,
            max_bits,
            states,
            first,
        })
    }

    /// Encode one lane: `values[j]` has absolute index `start + j * stride` in the tensor.
    /// Errors (no panic) if a value has no code in its class.
    pub fn encode_lane(&self, values: &[u16], start: u64, stride: u64) -> Result<EncodedBlock> {
        let field = 1 + self.dtype.man_bits();
        let mut codes: Vec<u32> = Vec::with_capacity(values.len());
        let mut raw = MsbWriter::with_capacity(values.len() * field as usize / 8 + 8);
        let mut cols = Columns::new(start, stride, self.row_len);
        let multi = !self.column_class.is_empty();
        for (j, &w) in values.iter().enumerate() {
            let col = cols.next();
            let class = if multi { self.column_class[col] as usize } else { 0 };
            let p = self.word[class << 16 | w as usize];
            if p != 0 {
                raw.put((p & 0xffff) as u32, ((p >> 16) & 0x1f) as u32);
                codes.push((p >> 32) as u32 - 1);
                continue;
            }
            let Some(g) = self.escape[class] else {
                return Err(Error::Request(format!(
                    "value {j} ({w:#06x}) has no code in ans-ctx class {class} (column {col})"
                )));
            };
            let d = self.dtype;
            raw.put((d.exponent(w) as u32) << field | d.sign_mantissa(w) as u32, d.exp_bits() + field);
            codes.push(g);
        }
        let l = 1u32 << self.table_log;
        let mut x = l;
        let mut groups: Vec<u32> = Vec::with_capacity(values.len());
        for &g in codes.iter().rev() {
            let g = g as usize;
            let f = self.freq[g];
            let hb = self.max_bits[g];
            let nb = if x >= f << hb { hb } else { hb - 1 };
            groups.push((x & ((1 << nb) - 1)) | nb << 16);
            let xs = x >> nb;
            x = self.states[self.first[g] + (xs - f) as usize];
        }
        let mut ans = LsbWriter::new();
        ans.put(x - l, self.table_log);
        for &g in groups.iter().rev() {
            ans.put(g & 0xffff, g >> 16);
        }
        let ans_bits = ans.bit_len();
        let raw_bits = raw.bit_len();
        Ok(EncodedBlock { ans: ans.finish(), ans_bits, raw: raw.finish(), raw_bits })
    }
}

/// One state of a class's decode table, 8 bytes (one load per value, half the cache footprint of
/// separate step and value tables): the tANS step, how many raw bits to read and where the value's
/// bits go. This is what a hardware table entry holds too (FORMAT.md 5.3).
#[derive(Clone, Copy, Debug, Default)]
#[repr(C, align(8))]
struct CtxEntry {
    /// Next state without the bits read.
    base: u16,
    /// The word with sign, exponent and prefix in place (0 for the escape).
    wbase: u16,
    /// Where the additional bits go in the word: the sign (bit 15) and mantissa bits they give,
    /// a deposit mask (`pdep`) for the `rb` bits read; 0 for the escape.
    dmask: u16,
    /// State bits to read, a byte of its own: the state chain (load, mask, or) needs no
    /// extraction step.
    nb: u8,
    /// Additional bits to read (`popcount(dmask)`), or [`ESCAPE`].
    rb: u8,
}

/// `rb` of the escape (additional bits are at most 11).
const ESCAPE: u8 = 16;

/// A prepared `ans-ctx` lane decoder: one fused table of `classes x L` entries.
#[derive(Clone, Debug)]
pub struct CtxDecoder {
    dtype: Dtype,
    table_log: u32,
    row_len: u32,
    /// Table offset (`class << R`) of every column, then of the first columns again (cyclically)
    /// so that the offsets of any run of up to [`RUN`] values starting at any column are one
    /// slice; empty with one class.
    column_offset: Vec<u16>,
    tables: Box<CtxTables>,
    /// The CPU has BMI1, BMI2 and LZCNT ([`CtxDecoder::dispatch`]); false forces the portable
    /// loop.
    bmi2: bool,
    /// The state chain reads the packed steps ([`CtxTables::chain`]): chosen when the classes'
    /// entries exceed [`COMPACT_ABOVE`] bytes.
    compact: bool,
    /// Which loop decodes a block ([`CtxDecoder::use_two_pass`]).
    path: CtxPath,
    /// The raw step of every table index (2^16 entries, the first `classes << R` used): what the
    /// SIMD raw passes read ([`raw_simd`], [`raw_avx2`]).
    raw_table: Vec<raw_simd::RawEntry>,
    /// The instruction set of the two-pass loop's raw pass: the widest the CPU has (checked at
    /// run time), or narrower for tests and speed comparisons.
    simd: RawSimd,
    /// The CPU has AVX2 and [`CtxDecoder::decode_blocks`] runs the state pass of groups of 8, 16
    /// or 32 chains with gathers (`gather` module).
    gather: bool,
    /// Most chains of one gather group: [`GATHER_CHAINS`], or fewer for speed comparisons.
    gather_chains: usize,
    /// The CPU has AVX-512 F and the table log is 5 or 6: the tagged gather state pass looks the
    /// entries up in registers (`gather::register_chains`) instead of gathering them.
    registers: bool,
    /// Two classes: the register state pass of two-lane blocks keeps both in the registers,
    /// loaded once (`gather::class_chains`), instead of loading each row's two classes (the
    /// lookup as wide: `2^R / 16` permutes either way). ctx_ab `CLASSREGS=1`, minilm (2 classes),
    /// 31 rounds twice, all-classes / row-loads medians: R = 6 two lanes x1.032, x1.034; R = 5 two
    /// lanes x1.049 (21 rounds). Not for one lane (R = 6: 4 permutes instead of 2, x0.917, x0.913)
    /// nor for more classes (smollm2 R = 5, 3 classes, two lanes: 4 permutes instead of 2, x0.940):
    /// those two forms were measured while writing it and not kept, so ctx_ab cannot time them.
    class_registers: bool,
    /// The CPU has AVX-512 F, VL and VBMI2: the gather state pass (entries gathered or in
    /// registers) reads its streams through 64-bit windows (`gather::state_chains_wide`,
    /// `gather::register_chains_wide`), as `ans-fa`'s does.
    wide: bool,
    /// Every entry as the tagged gather state pass reads it, `base | nb << 12 | word << 16`
    /// (`classes << R` entries; the word: its code's fixed bits or-ed with the raw-bit tag,
    /// [`TAG_MASK`]), when every code of the model has a tagged word ([`tagged_word`]); else
    /// empty, and the gather state pass writes table indices.
    tagged: Vec<u32>,
    /// The tagged gather state pass writes its rows eight at a time through a buffer
    /// (`gather::state_chains`' `BUF`), as `ans-fa`'s does; else row by row.
    row_buffer: bool,
    /// The AVX-512 raw pass over tagged BF16 words takes chunks whose codes all have the whole
    /// 8-bit field as additional bits with one byte permute per sixteen rows
    /// (`tagged_avx512::full_rows`): chosen when [`full_share`] is at least [`FULL_ROWS_MIN`];
    /// false: the general form for every chunk.
    full_rows: bool,
    /// The AVX-512 raw pass over tagged words of two-lane blocks keeps the lanes' words
    /// interleaved (row order) through one prefix sum and picks both lanes' bytes with one
    /// two-table permute (`tagged_avx512::pair`); false: each lane's words moved apart, decoded
    /// alone and moved back (four word permutes more per 64 values).
    paired_lanes: bool,
}

/// Low bits of a tagged word (the state pass's output with [`CtxDecoder::tagged`] entries): the
/// code's additional-bit count `rb` (at most `1 + M <= 11`), or [`TAG_ESCAPE`].
const TAG_MASK: u16 = 0xf;
/// Tag of the escape (16 raw bits).
const TAG_ESCAPE: u16 = 0xf;

/// The tagged word of a code (its fixed bits `wbase` or-ed with its tag) when it has one: the
/// escape; a code whose `nbits` additional bits are the field's lowest (none below them are
/// implied zero, so the raw pass places them from field bit 0 knowing only their count) or has
/// none, and whose fixed bits leave the tag's 4 low bits zero. The codes the encoder's code sets
/// have (tree cuts and exact depth-3 codes) all do.
fn tagged_word(c: &JointCode, wbase: u16, field: u32) -> Option<u16> {
    if c.escape {
        return Some(TAG_ESCAPE);
    }
    let low_ok = c.nbits == 0 || c.k as u32 + c.nbits as u32 == field;
    (low_ok && wbase & TAG_MASK == 0 && (c.nbits as u16) < TAG_ESCAPE).then_some(wbase | c.nbits as u16)
}

/// The share of a BF16 model's states (each column's class counted once) held by codes whose
/// additional bits are the whole 8-bit `{sign, mantissa}` field: about the share of values with
/// such codes (a little below it: the escape's state is more than its share).
fn full_share(model: &CtxModel) -> f64 {
    let share: Vec<f64> = model
        .classes
        .iter()
        .map(|cl| {
            let full = |&s: &u8| cl.codes.get(s as usize).is_some_and(|c| !c.escape && c.k == 0 && c.nbits == 8);
            cl.spread.iter().filter(|s| full(s)).count() as f64 / cl.spread.len().max(1) as f64
        })
        .collect();
    if model.column_class.is_empty() {
        share.first().copied().unwrap_or(0.0)
    } else {
        model.column_class.iter().map(|&c| share[c as usize]).sum::<f64>() / model.column_class.len() as f64
    }
}

/// Least [`full_share`] for which the AVX-512 tagged raw pass tries the whole-field form
/// (`tagged_avx512::full_rows`) on each chunk: a chunk of 64 values takes it only when all of them
/// have such codes (about 70% of the chunks of minilm at R = 6, where the share is 0.983 and 99.5%
/// of the values have such codes). Below, the test per chunk would cost (about 1% of the decode at
/// minilm R = 8 and 10, share 0.45, no chunk taking the form) for next to no chunk.
const FULL_ROWS_MIN: f64 = 0.95;

/// The instruction set of the two-pass loop's raw pass ([`CtxDecoder::simd_raw`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RawSimd {
    /// Scalar only.
    Scalar,
    /// AVX2, 8 values at a time, blocks of one or two lanes ([`raw_avx2`]; the others scalar).
    Avx2,
    /// AVX-512 F, BW and VBMI, 16 values at a time ([`raw_simd`]).
    Avx512,
}

impl RawSimd {
    /// The widest the CPU has.
    fn detect() -> Self {
        if super::cpu::has_avx512_vbmi() {
            Self::Avx512
        } else if super::cpu::has_avx2() {
            Self::Avx2
        } else {
            Self::Scalar
        }
    }
}

/// Which loop a [`CtxDecoder`] runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CtxPath {
    /// The faster one ([`CtxDecoder::use_two_pass`]).
    Fastest,
    /// Always the one-pass loop (state chain and raw bits together).
    OnePass,
    /// Always the two-pass one (state chains first, then the raw bits).
    TwoPass,
    /// The two-pass loop's state pass alone (each value's table index out, the raw streams not
    /// read): for profiling only.
    StatePassOnly,
}

/// Bytes of decode entries (8 per state and class) above which the state chain reads the packed
/// 2-byte steps instead: past about half of a 32 KB L1 data cache the entries' load latency
/// grows, and the packed steps' extra shift costs less than that.
const COMPACT_ABOVE: usize = 16 << 10;

/// Entries of every class, `class << R | state`, in arrays of 2^16 entries so that a 16-bit index
/// needs no bounds check in the hot loop (only the first `classes << R` entries are used).
#[derive(Clone, Debug)]
struct CtxTables {
    entries: [CtxEntry; ALL_STATES],
    /// The state step of every entry packed in 16 bits, `base | nb << 12`: what the state chain
    /// reads when the entries leave L1 (many classes), 4 times smaller; the rest of the entry is
    /// then read off the chain.
    chain: [u16; ALL_STATES],
}

const ALL_STATES: usize = 1 << 16;

impl CtxTables {
    /// The first entry of the class at table offset `off` (`class << R`, from
    /// `CtxDecoder::column_offset`, or 0).
    #[inline(always)]
    fn class(&self, off: u16) -> *const CtxEntry {
        // `off < MAX_CLASSES << MAX_TABLE_LOG <= ALL_STATES`: inside the array (a u16 index, no
        // bounds check).
        &self.entries[off as usize]
    }

    /// [`CtxTables::class`] in [`CtxTables::chain`].
    #[inline(always)]
    fn chain(&self, off: u16) -> *const u16 {
        &self.chain[off as usize]
    }
}

/// Most values decoded between two reads of the column offsets (rows between refills x lanes:
/// the gather state pass with 64-bit windows peeks 9 + 1 rows of 8 lanes).
const RUN: usize = 10 * 8;
const _: () = assert!(MAX_CLASSES << MAX_TABLE_LOG <= ALL_STATES);

impl CtxDecoder {
    /// Prepare the fused table of `model` (validated first).
    pub fn new(model: &CtxModel) -> Result<Self> {
        model.validate()?;
        let d = model.dtype;
        let field = 1 + d.man_bits();
        let l = model.states();
        let mut tables = Box::new(CtxTables { entries: [CtxEntry::default(); ALL_STATES], chain: [0; ALL_STATES] });
        let mut raw_table = vec![0; ALL_STATES];
        let mut tagged = Vec::with_capacity(model.classes.len() * l);
        let mut all_tagged = true;
        for (ci, cl) in model.classes.iter().enumerate() {
            let entries = decode_entries(&cl.spread, cl.codes.len(), model.table_log);
            for (x, e) in entries.into_iter().enumerate() {
                // What the hot loop's unchecked table reads rely on (always so for a validated
                // model; FORMAT.md 3.2): every next state is below 2^R.
                if e.base as usize + (1usize << e.nb) > l {
                    return Err(Error::Request(format!("ans-ctx class {ci} state {x}: next states leave the table")));
                }
                let c = cl.codes[e.code as usize];
                let rest = field - c.k as u32;
                let field_mask = if c.escape { 0 } else { ((1u32 << c.nbits) - 1) << (rest - c.nbits as u32) };
                tables.chain[ci * l + x] = e.base | (e.nb as u16) << 12;
                let entry = CtxEntry {
                    base: e.base,
                    wbase: if c.escape { 0 } else { d.assemble(c.exp as u16, ((c.prefix as u32) << rest) as u16) },
                    dmask: d.assemble(0, field_mask as u16),
                    nb: e.nb,
                    rb: if c.escape { ESCAPE } else { c.nbits },
                };
                tables.entries[ci * l + x] = entry;
                // The escape's 16 bits fill the field from bit 0; a code's additional bits end
                // where its implied zero bits start.
                let low = if c.escape { 0 } else { rest - c.nbits as u32 };
                raw_table[ci * l + x] = raw_simd::raw_entry(entry.wbase, entry.rb, low);
                match tagged_word(&c, entry.wbase, field) {
                    Some(w) => tagged.push(tables.chain[ci * l + x] as u32 | (w as u32) << 16),
                    None => all_tagged = false,
                }
            }
        }
        let offsets = model.column_class.iter().map(|&c| (c as u16) << model.table_log);
        let column_offset = if model.column_class.is_empty() {
            Vec::new()
        } else {
            offsets.clone().chain(offsets.cycle().take(RUN)).collect()
        };
        Ok(Self {
            dtype: d,
            table_log: model.table_log as u32,
            row_len: model.row_len,
            column_offset,
            tables,
            bmi2: has_bmi2() && has_lzcnt(),
            compact: model.classes.len() * l * std::mem::size_of::<CtxEntry>() > COMPACT_ABOVE,
            path: CtxPath::Fastest,
            raw_table,
            simd: RawSimd::detect(),
            gather: cfg!(target_arch = "x86_64") && super::cpu::has_avx2(),
            gather_chains: GATHER_CHAINS,
            registers: cfg!(target_arch = "x86_64") && super::cpu::has_avx512f() && (5..=6).contains(&model.table_log),
            class_registers: model.classes.len() == 2,
            wide: cfg!(target_arch = "x86_64") && super::cpu::has_avx512_vbmi2(),
            row_buffer: true,
            tagged: if all_tagged { tagged } else { Vec::new() },
            full_rows: d == Dtype::BF16 && full_share(model) >= FULL_ROWS_MIN,
            paired_lanes: true,
        })
    }

    /// The same decoder with the gather state pass writing table indices even where the model's
    /// codes have tagged words (as for a model whose codes have none): for tests and speed
    /// comparisons.
    pub fn without_tagged_words(mut self) -> Self {
        self.tagged = Vec::new();
        self
    }

    /// The same decoder with the tagged gather state pass writing its outputs row by row (as
    /// before the row buffer): for tests and speed comparisons.
    pub fn without_row_buffer(mut self) -> Self {
        self.row_buffer = false;
        self
    }

    /// Whether the tagged gather state pass (entries gathered or looked up in registers) writes
    /// its outputs eight rows at a time through a buffer (not [`CtxDecoder::without_row_buffer`]).
    pub fn row_buffer(&self) -> bool {
        self.row_buffer
    }

    /// Whether the gather state pass writes tagged words (the model's codes all have one, and
    /// not [`CtxDecoder::without_tagged_words`]).
    pub fn tagged_words(&self) -> bool {
        !self.tagged.is_empty()
    }

    /// The same decoder with every block through the one-pass loop: for tests and speed
    /// comparisons.
    pub fn one_pass_only(mut self) -> Self {
        self.path = CtxPath::OnePass;
        self
    }

    /// The same decoder with every block through the two-pass loop (`CtxDecoder::two_pass`):
    /// for tests and speed comparisons.
    pub fn two_pass_only(mut self) -> Self {
        self.path = CtxPath::TwoPass;
        self
    }

    /// Whether blocks are decoded in two passes.
    fn use_two_pass(&self) -> bool {
        match self.path {
            CtxPath::Fastest => true,
            CtxPath::OnePass => false,
            CtxPath::TwoPass | CtxPath::StatePassOnly => true,
        }
    }

    /// The same decoder running the two-pass loop's state pass alone: [`CtxDecoder::decode_blocks`]
    /// then leaves each value's table index in the output (not the values; for gathered one- and
    /// two-lane blocks with tagged words, each value's tagged word instead) and checks the tANS
    /// streams' ends only. For profiling only (`benches/ans_decode.rs` times it beside the whole
    /// decode, the difference being the raw pass).
    pub fn state_pass_only(mut self) -> Self {
        self.path = CtxPath::StatePassOnly;
        self
    }

    /// The same decoder with the state chain reading the packed steps (`true`) or the full
    /// entries (`false`), whatever the table size: for tests and speed comparisons.
    pub fn with_compact_chain(mut self, compact: bool) -> Self {
        self.compact = compact;
        self
    }

    /// The same decoder with the scalar raw pass only (no AVX-512, no AVX2), as on a CPU without
    /// them: for tests and speed comparisons.
    pub fn without_simd(mut self) -> Self {
        self.simd = RawSimd::Scalar;
        self
    }

    /// The same decoder with the AVX2 raw pass where it would run the AVX-512 one (as on a CPU
    /// with AVX2 only): for tests and speed comparisons.
    pub fn without_avx512(mut self) -> Self {
        if self.simd == RawSimd::Avx512 {
            self.simd = RawSimd::Avx2;
        }
        self
    }

    /// The instruction set of the two-pass loop's raw pass: `"avx512"` (the CPU has AVX-512 F, BW
    /// and VBMI), `"avx2"` (it has AVX2), else `"scalar"`; narrower after
    /// [`CtxDecoder::without_avx512`] or [`CtxDecoder::without_simd`].
    pub fn raw_pass_isa(&self) -> &'static str {
        match self.simd {
            RawSimd::Scalar => "scalar",
            RawSimd::Avx2 => "avx2",
            RawSimd::Avx512 => "avx512",
        }
    }

    /// The same decoder without the gather state pass (the scalar chains, four side by side), as
    /// on a CPU without AVX2: for tests and speed comparisons.
    pub fn without_gather(mut self) -> Self {
        self.gather = false;
        self
    }

    /// The same decoder with the tagged gather state pass gathering the entries even where it
    /// would look them up in registers (as on a CPU without AVX-512): for tests and speed
    /// comparisons.
    pub fn without_registers(mut self) -> Self {
        self.registers = false;
        self
    }

    /// The same decoder with the register state pass of two-lane blocks loading each row's classes
    /// (`on` false) or keeping both classes in the registers (`on` true, with two classes only):
    /// for tests and speed comparisons.
    pub fn with_class_registers(mut self, on: bool) -> Self {
        self.class_registers = on && !self.column_offset.is_empty() && self.tagged.len() == 2 << self.table_log;
        self
    }

    /// Whether the register state pass keeps both classes' entries in the registers for blocks of
    /// two lanes (two classes, not [`CtxDecoder::with_class_registers`]`(false)`).
    pub fn class_registers(&self) -> bool {
        self.register_pass() && self.class_registers
    }

    /// Whether the tagged gather state pass looks the entries up in registers (the CPU has
    /// AVX-512 F, the table log is 5 or 6, and not [`CtxDecoder::without_registers`]).
    pub fn register_pass(&self) -> bool {
        self.registers && self.gather && !self.tagged.is_empty()
    }

    /// The same decoder with the gather state pass reading 32-bit windows even where it would read
    /// 64-bit ones (as on a CPU without AVX-512 VBMI2): for tests and speed comparisons.
    pub fn without_wide_windows(mut self) -> Self {
        self.wide = false;
        self
    }

    /// The same decoder with the AVX-512 raw pass over tagged BF16 words trying the whole-field
    /// form on every chunk (`true`, whatever the model's share of whole-field codes) or on none
    /// (`false`: every chunk in the general form, a prefix sum of the field widths): for tests and
    /// speed comparisons. No effect on FP16.
    pub fn with_full_rows(mut self, on: bool) -> Self {
        self.full_rows = on;
        self
    }

    /// The same decoder with the AVX-512 raw pass over tagged words of two-lane blocks decoding
    /// the lanes interleaved, as they are in the rows (`true`, the default), or each lane apart
    /// (`false`, the lanes' words moved apart and back): for tests and speed comparisons.
    pub fn with_paired_lanes(mut self, on: bool) -> Self {
        self.paired_lanes = on;
        self
    }

    /// Whether the AVX-512 raw pass over tagged words of two-lane blocks decodes the two lanes
    /// interleaved ([`CtxDecoder::with_paired_lanes`]).
    pub fn paired_lanes(&self) -> bool {
        self.paired_lanes
    }

    /// Whether the AVX-512 raw pass over tagged BF16 words tries the whole-field form on each
    /// chunk (chosen by the model, or [`CtxDecoder::with_full_rows`]).
    pub fn full_rows(&self) -> bool {
        self.full_rows
    }

    /// Whether the gather state pass reads 64-bit windows (the CPU has AVX-512 F, VL and VBMI2, and
    /// not [`CtxDecoder::without_wide_windows`]).
    pub fn wide_windows(&self) -> bool {
        self.wide && self.gather
    }

    /// The same decoder with gather groups of at most `chains` chains (8, 16 or 32; default
    /// [`super::GATHER_CHAINS`]): for tests and speed comparisons.
    pub fn with_gather_chains(mut self, chains: usize) -> Result<Self> {
        if !matches!(chains, 8 | 16 | 32) {
            return Err(Error::Request(format!("{chains} gather chains (8, 16 or 32 allowed)")));
        }
        self.gather_chains = chains;
        Ok(self)
    }

    /// The same decoder with the portable loop only (no BMI2), as on a CPU without it: for tests
    /// and speed comparisons.
    pub fn without_bmi2(mut self) -> Self {
        self.bmi2 = false;
        self
    }

    /// Rows decoded between window refills: 7 when a value reads at most 8 bits from each stream
    /// (BF16, R <= 8), else 5 (at most 11 bits: 55 of the window's 57).
    fn long_refill(&self) -> bool {
        self.dtype == Dtype::BF16 && self.table_log <= 8
    }

    /// Decode one lane of `out.len()` values with absolute indices `start + j * stride`. Corrupt
    /// or truncated streams give [`Error::Corrupt`]: the final state must be 0, the padding zero,
    /// and both streams must end in their last byte.
    pub fn decode_lane(&self, ans: &[u8], raw: &[u8], start: u64, stride: u64, out: &mut [u16]) -> Result<()> {
        let mut q = [LaneReader::new(ans, raw, self.table_log)];
        if self.column_offset.is_empty() {
            self.dispatch(&mut q, out, Offsets { off: &[], col: 0, wrap: usize::MAX });
        } else {
            // The offset of every value (a lane with a stride is not the fast path).
            let mut cols = Columns::new(start, stride, self.row_len);
            let mut off: Vec<u16> = (0..out.len()).map(|_| self.column_offset[cols.next()]).collect();
            off.resize(out.len() + RUN, 0);
            self.dispatch(&mut q, out, Offsets { off: &off, col: 0, wrap: usize::MAX });
        }
        let [l] = q;
        l.finish(self.path != CtxPath::StatePassOnly)
    }

    /// Decode `out` from the lanes `q` (value k from lane `k % q.len()`, with its table offset from
    /// `offsets`, or 0 with one class): with the BMI2 instructions where the CPU has them (checked
    /// at run time; `bzhi` and `shrx` shorten each lane's state chain), else portable code.
    fn dispatch(&self, q: &mut [LaneReader], out: &mut [u16], offsets: Offsets) {
        #[cfg(target_arch = "x86_64")]
        if self.bmi2 {
            // SAFETY: the CPU has BMI1, BMI2 and LZCNT (`has_bmi2`, `has_lzcnt` in `new`).
            return unsafe { self.dispatch_bmi2(q, out, offsets) };
        }
        self.dispatch_portable::<false>(q, out, offsets)
    }

    /// [`CtxDecoder::dispatch`] compiled with BMI1, BMI2 and LZCNT.
    ///
    /// # Safety
    /// The CPU must have BMI1, BMI2 and LZCNT.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "bmi1,bmi2,lzcnt")]
    unsafe fn dispatch_bmi2(&self, q: &mut [LaneReader], out: &mut [u16], offsets: Offsets) {
        self.dispatch_portable::<true>(q, out, offsets)
    }

    /// The decode loop made for the element type, the refill interval and the class count
    /// (inlined into each instruction-set variant).
    #[inline(always)]
    fn dispatch_portable<const B: bool>(&self, q: &mut [LaneReader], out: &mut [u16], offsets: Offsets) {
        let t = &self.tables;
        if self.use_two_pass() {
            return self.two_pass::<B>(q, out, offsets);
        }
        match (self.dtype, self.long_refill(), self.column_offset.is_empty(), self.compact) {
            (Dtype::BF16, true, true, _) => lanes_impl::<7, 8, 7, false, B, false>(t, q, out, offsets),
            (Dtype::BF16, true, false, false) => lanes_impl::<7, 8, 7, true, B, false>(t, q, out, offsets),
            (Dtype::BF16, true, false, true) => lanes_impl::<7, 8, 7, true, B, true>(t, q, out, offsets),
            (Dtype::BF16, false, true, _) => lanes_impl::<7, 8, 5, false, B, false>(t, q, out, offsets),
            (Dtype::BF16, false, false, false) => lanes_impl::<7, 8, 5, true, B, false>(t, q, out, offsets),
            (Dtype::BF16, false, false, true) => lanes_impl::<7, 8, 5, true, B, true>(t, q, out, offsets),
            (Dtype::F16, _, true, _) => lanes_impl::<10, 5, 5, false, B, false>(t, q, out, offsets),
            (Dtype::F16, _, false, false) => lanes_impl::<10, 5, 5, true, B, false>(t, q, out, offsets),
            (Dtype::F16, _, false, true) => lanes_impl::<10, 5, 5, true, B, true>(t, q, out, offsets),
        }
    }

    /// Decode `out` from the lanes `q` in two passes: first the lanes' state chains alone, up to
    /// four side by side, each value's table index (`class << R | state`) into `out` (a table
    /// load, `bzhi`, or and shift per value: the chain's latency is all that is left); then the
    /// raw bits, value by value, each with its entry read at that index (loads off any chain).
    #[inline(always)]
    fn two_pass<const B: bool>(&self, q: &mut [LaneReader], out: &mut [u16], offsets: Offsets) {
        self.two_pass_from::<B>(q, out, 0, false, offsets)
    }

    /// [`CtxDecoder::two_pass`] with the first `done` values already through the first pass
    /// (their table indices in `out`, or their tagged words when `tagged`; the lanes and
    /// `offsets` past them).
    #[inline(always)]
    fn two_pass_from<const B: bool>(
        &self,
        q: &mut [LaneReader],
        out: &mut [u16],
        done: usize,
        tagged: bool,
        offsets: Offsets,
    ) {
        let t = &self.tables;
        let rest = &mut out[done..];
        match (self.refill_steps(), self.column_offset.is_empty(), self.compact) {
            (9, true, _) => chain_pass::<9, false, B, false>(t, q, rest, offsets),
            (9, false, false) => chain_pass::<9, true, B, false>(t, q, rest, offsets),
            (9, false, true) => chain_pass::<9, true, B, true>(t, q, rest, offsets),
            (7, true, _) => chain_pass::<7, false, B, false>(t, q, rest, offsets),
            (7, false, false) => chain_pass::<7, true, B, false>(t, q, rest, offsets),
            (7, false, true) => chain_pass::<7, true, B, true>(t, q, rest, offsets),
            (_, true, _) => chain_pass::<5, false, B, false>(t, q, rest, offsets),
            (_, false, false) => chain_pass::<5, true, B, false>(t, q, rest, offsets),
            (_, false, true) => chain_pass::<5, true, B, true>(t, q, rest, offsets),
        }
        if self.path == CtxPath::StatePassOnly {
            return;
        }
        let (words, indices) = out.split_at_mut(if tagged { done } else { 0 });
        if tagged {
            let simd = self.simd_tagged(q, words);
            match self.dtype {
                Dtype::BF16 => raw_pass::<7, 8, 7, B, true>(t, q, &mut words[simd..]),
                Dtype::F16 => raw_pass::<10, 5, 5, B, true>(t, q, &mut words[simd..]),
            }
        }
        let simd = self.simd_raw(q, indices);
        let out = &mut indices[simd..];
        match self.dtype {
            Dtype::BF16 => raw_pass::<7, 8, 7, B, false>(t, q, out),
            Dtype::F16 => raw_pass::<10, 5, 5, B, false>(t, q, out),
        }
    }

    /// The raw pass over the first tagged words of `words` with AVX-512 or AVX2 where the CPU has
    /// them ([`tagged_avx512`], [`tagged_avx2`]; as [`CtxDecoder::simd_raw`] chooses): how many
    /// were decoded (whole chunks of 32 or 16 rows), the lanes' raw readers past them.
    #[inline(always)]
    fn simd_tagged(&self, q: &mut [LaneReader], words: &mut [u16]) -> usize {
        let m = self.dtype.man_bits();
        #[cfg(target_arch = "x86_64")]
        match self.simd {
            // SAFETY: the CPU has AVX-512 F, BW and VBMI (`cpu::has_avx512_vbmi` in
            // `RawSimd::detect`).
            RawSimd::Avx512 => {
                return unsafe { tagged_avx512::raw_pass(q, words, m, self.full_rows, self.paired_lanes) }
            }
            // SAFETY: the CPU has AVX2 (`cpu::has_avx2` in `RawSimd::detect`).
            RawSimd::Avx2 => return unsafe { tagged_avx2::raw_pass(q, words, m) },
            RawSimd::Scalar => {}
        }
        let _ = (q, words, m);
        0
    }

    /// The raw pass over the first values of `out` with AVX-512 or AVX2 where the CPU has them
    /// ([`raw_simd`], [`raw_avx2`]): how many were decoded (a multiple of 16 or 8), the lanes' raw
    /// readers past them.
    #[inline(always)]
    fn simd_raw(&self, q: &mut [LaneReader], out: &mut [u16]) -> usize {
        #[cfg(target_arch = "x86_64")]
        match self.simd {
            // SAFETY: the CPU has AVX-512 F, BW and VBMI (`cpu::has_avx512_vbmi` in
            // `RawSimd::detect`), and the table has 2^16 entries.
            RawSimd::Avx512 => return unsafe { raw_simd::raw_pass(&self.raw_table, q, out, self.dtype.man_bits()) },
            // SAFETY: the CPU has AVX2 (`cpu::has_avx2` in `RawSimd::detect`), and the table has
            // 2^16 entries.
            RawSimd::Avx2 => return unsafe { raw_avx2::raw_pass(&self.raw_table, q, out, self.dtype.man_bits()) },
            RawSimd::Scalar => {}
        }
        let _ = (q, out);
        0
    }

    /// State steps between refills of a tANS window in the first pass: `K` steps read at most
    /// `K * R <= 57` bits.
    fn refill_steps(&self) -> usize {
        match self.table_log {
            0..=6 => 9,
            7 | 8 => 7,
            _ => 5,
        }
    }

    /// Decode the `n` values of a block (its first value at absolute index `start`) whose lanes
    /// (FORMAT.md 3.4) are `lanes`, byte ranges of `block`; value k comes from lane
    /// `k % lanes.len()`. By default in two passes (`CtxDecoder::two_pass`: the lanes' state
    /// chains side by side, then the raw bits), else in one loop, two lanes side by side
    /// (independent state chains, so one lane's table read hides the other's latency). Checks
    /// every lane's final state, padding and length.
    pub fn decode_lanes(
        &self,
        block: &[u8],
        lanes: &[LaneStreams],
        n: usize,
        start: u64,
        out: &mut [u16],
    ) -> Result<()> {
        let len = out.len();
        let out = out.get_mut(..n).ok_or_else(|| Error::Request(format!("{n} values do not fit {len}")))?;
        let mut q = self.readers(block, lanes)?;
        self.dispatch(&mut q, out, self.offsets(start));
        finish_lanes(q, self.path != CtxPath::StatePassOnly)
    }

    /// Decode several blocks, `blocks[i]` into `outs[i]` (of exactly the block's value count), with
    /// the same values and checks as [`CtxDecoder::decode_lanes`] on each. Faster: the state chains of two blocks of
    /// two lanes (or four of one lane) run side by side in the first pass, four independent
    /// chains where one block has only two, so each chain's table-load latency hides behind the
    /// others'. Errors name the block (its index in `blocks`) and the lane.
    pub fn decode_blocks(&self, blocks: &[BlockIn], outs: &mut [&mut [u16]]) -> Result<()> {
        if outs.len() != blocks.len() {
            return Err(Error::Request(format!("{} outputs for {} blocks", outs.len(), blocks.len())));
        }
        let mut jobs = Vec::with_capacity(blocks.len());
        for (i, (b, out)) in blocks.iter().zip(outs.iter_mut()).enumerate() {
            let q = self.readers(b.bytes, b.lanes).map_err(|e| in_block(i, e))?;
            jobs.push(BlockJob { q, out, done: 0, tagged: false, offsets: self.offsets(b.start) });
        }
        if self.use_two_pass() {
            self.dispatch_many(&mut jobs);
        } else {
            for j in &mut jobs {
                self.dispatch(&mut j.q, j.out, j.offsets);
            }
        }
        let raw = self.path != CtxPath::StatePassOnly;
        for (i, j) in jobs.into_iter().enumerate() {
            finish_lanes(j.q, raw).map_err(|e| in_block(i, e))?;
        }
        Ok(())
    }

    /// The readers of a block's lanes, every stream checked to lie inside the block.
    fn readers<'a>(&self, block: &'a [u8], lanes: &[LaneStreams]) -> Result<Vec<LaneReader<'a>>> {
        if !LANE_COUNTS.contains(&lanes.len()) {
            return Err(Error::Request(format!("{} lanes (1, 2, 4 or 8 allowed)", lanes.len())));
        }
        lanes
            .iter()
            .map(|l| match (block.get(l.ans.clone()), block.get(l.raw.clone())) {
                (Some(ans), Some(raw)) => Ok(LaneReader::new(ans, raw, self.table_log)),
                _ => Err(Error::Corrupt {
                    context: "ans-ctx lane".into(),
                    message: format!("streams {:?} {:?} outside the block", l.ans, l.raw),
                }),
            })
            .collect()
    }

    /// The table offsets of a block whose first value has absolute index `start`: a column
    /// counter walks the (extended) column offsets, no division, no per-block array.
    fn offsets(&self, start: u64) -> Offsets<'_> {
        let col = (start % self.row_len as u64) as usize;
        Offsets { off: &self.column_offset, col, wrap: self.row_len as usize }
    }

    /// [`CtxDecoder::decode_blocks`] in two passes, with the BMI2 instructions where the CPU has
    /// them (as [`CtxDecoder::dispatch`]).
    fn dispatch_many(&self, jobs: &mut [BlockJob]) {
        #[cfg(target_arch = "x86_64")]
        if self.bmi2 {
            // SAFETY: the CPU has BMI1, BMI2 and LZCNT (`has_bmi2`, `has_lzcnt` in `new`).
            return unsafe { self.dispatch_many_bmi2(jobs) };
        }
        self.two_pass_many::<false>(jobs)
    }

    /// [`CtxDecoder::dispatch_many`] compiled with BMI1, BMI2 and LZCNT.
    ///
    /// # Safety
    /// The CPU must have BMI1, BMI2 and LZCNT.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "bmi1,bmi2,lzcnt")]
    unsafe fn dispatch_many_bmi2(&self, jobs: &mut [BlockJob]) {
        self.two_pass_many::<true>(jobs)
    }

    /// The two passes of [`CtxDecoder::two_pass`] over several blocks: blocks of one or two lanes
    /// in groups of four chains (two blocks of two lanes, four of one), their chains side by side
    /// over the whole chunks of rows all of them have, each block's rest and its raw pass alone.
    #[inline(always)]
    fn two_pass_many<const B: bool>(&self, jobs: &mut [BlockJob]) {
        let mut i = 0;
        while i < jobs.len() {
            let lanes = jobs[i].q.len();
            let g = self.gather_group(&jobs[i..]);
            if g > 0 {
                let group = &mut jobs[i..i + g];
                self.chain_gather(group);
                for j in group.iter_mut() {
                    self.two_pass_from::<B>(&mut j.q, j.out, j.done, j.tagged, j.offsets);
                }
                i += g;
                continue;
            }
            let per = if lanes <= 2 { 4 / lanes } else { 1 };
            let same = jobs[i..].iter().take(per).take_while(|j| j.q.len() == lanes).count();
            let group = &mut jobs[i..i + same];
            // Side by side only blocks that start at the same column (whole rows, as the
            // container's blocks): one column counter serves them all.
            let col = group[0].offsets.col;
            let same_col = self.column_offset.is_empty() || group.iter().all(|j| j.offsets.col == col);
            match (lanes, if same_col { same } else { 1 }) {
                (2, 2) => self.chain_group::<2, 2, B>(group),
                (1, 4) => self.chain_group::<1, 4, B>(group),
                (1, 3) => self.chain_group::<1, 3, B>(group),
                (1, 2) => self.chain_group::<1, 2, B>(group),
                _ => {}
            }
            for j in group.iter_mut() {
                self.two_pass_from::<B>(&mut j.q, j.out, j.done, false, j.offsets);
            }
            i += same;
        }
    }

    /// How many of the first blocks of `jobs` make a group of the gather state pass (0: none):
    /// the most of up to [`GATHER_CHAINS`] chains (or `with_gather_chains`'s) of blocks of the same
    /// lane count that start at the same column (one column counter serves them all), filling
    /// one, two or four vectors of eight, with at least one whole row in common.
    fn gather_group(&self, jobs: &[BlockJob]) -> usize {
        if !self.gather {
            return 0;
        }
        let (lanes, col) = (jobs[0].q.len(), jobs[0].offsets.col);
        let same = |j: &&BlockJob| j.q.len() == lanes && (self.column_offset.is_empty() || j.offsets.col == col);
        let n = jobs.iter().take(self.gather_chains / lanes).take_while(same).count();
        let g = [32, 16, 8]
            .into_iter()
            .map(|c| c / lanes)
            .find(|&b| b >= 1 && b <= n && gather_fits(lanes, b))
            .unwrap_or(0);
        if g > 0 && jobs[..g].iter().all(|j| j.out.len() >= lanes) {
            g
        } else {
            0
        }
    }

    /// The first pass over the whole rows common to the blocks of `group` (a
    /// [`CtxDecoder::gather_group`]) with the gather state pass: each job's output, lanes and
    /// offsets are left where its own [`CtxDecoder::two_pass_from`] goes on (nothing done when
    /// the streams are too large for it).
    #[cfg(target_arch = "x86_64")]
    fn chain_gather(&self, group: &mut [BlockJob]) {
        let lanes = group[0].q.len();
        let rows = group.iter().map(|j| j.out.len() / lanes).min().unwrap_or(0);
        let mut q: Vec<ChainLane> = group.iter().flat_map(|j| j.q.iter().map(ChainLane::of)).collect();
        let mut offs = group[0].offsets;
        let mut outs: Vec<&mut [u16]> = group.iter_mut().map(|j| &mut *j.out).collect();
        let (chain, log) = (&self.tables.chain, self.table_log);
        // Tagged words for the blocks whose raw pass reads them with AVX2 (one or two lanes).
        let tag = !self.tagged.is_empty() && lanes <= 2;
        let t = &self.tagged[..];
        let done = SCRATCH.with(|s| {
            let s = &mut *s.borrow_mut();
            // SAFETY: `self.gather`: the CPU has AVX2 (`has_avx2` in `new`); `CtxDecoder::new`
            // checked every entry's `base + 2^nb <= 2^R`, every chain starts below 2^R
            // (`LaneReader::new` reads `R` bits), the column offsets start classes, and
            // `tagged`, when not empty, has every class's entries.
            unsafe {
                if tag && self.registers && self.class_registers && lanes == 2 {
                    return if self.wide {
                        class_dispatch_wide(t, &mut q, &mut outs, rows, &mut offs, log, s, self.row_buffer)
                    } else {
                        class_dispatch(t, &mut q, &mut outs, rows, &mut offs, log, s, self.row_buffer)
                    };
                }
                if tag && self.registers {
                    return if self.wide {
                        register_dispatch_wide(t, &mut q, &mut outs, rows, &mut offs, log, s, self.row_buffer)
                    } else {
                        register_dispatch(t, &mut q, &mut outs, rows, &mut offs, log, s, self.row_buffer)
                    };
                }
                // The state pass of the wide (`$w`) or narrow dispatcher, `$s` steps per window (the
                // row buffer with tagged words only: one or two lanes).
                macro_rules! pass {
                    ($w:ident, $s:literal) => {
                        match (tag, self.row_buffer) {
                            (false, _) => $w::<$s, false, false>(chain, t, &mut q, &mut outs, rows, &mut offs, log, s),
                            (true, false) => {
                                $w::<$s, true, false>(chain, t, &mut q, &mut outs, rows, &mut offs, log, s)
                            }
                            (true, true) => $w::<$s, true, true>(chain, t, &mut q, &mut outs, rows, &mut offs, log, s),
                        }
                    };
                }
                if self.wide {
                    // `S * R <= 57` steps per 64-bit window.
                    return match self.table_log {
                        0..=6 => pass!(wide_dispatch, 9),
                        7 => pass!(wide_dispatch, 8),
                        8 => pass!(wide_dispatch, 7),
                        9 => pass!(wide_dispatch, 6),
                        _ => pass!(wide_dispatch, 5),
                    };
                }
                match self.table_log {
                    0..=6 => pass!(gather_dispatch, 4),
                    7 | 8 => pass!(gather_dispatch, 3),
                    _ => pass!(gather_dispatch, 2),
                }
            }
        });
        if !done {
            return;
        }
        for (c, l) in q.into_iter().enumerate() {
            l.put(&mut group[c / lanes].q[c % lanes]);
        }
        for j in group.iter_mut() {
            j.offsets = offs;
            j.done = rows * lanes;
            j.tagged = tag;
        }
    }

    /// Without x86-64 there is no gather group ([`CtxDecoder::gather_group`] is 0).
    #[cfg(not(target_arch = "x86_64"))]
    fn chain_gather(&self, _: &mut [BlockJob]) {}

    /// The first pass over the whole chunks of rows common to the `P` blocks of `group` (`N`
    /// lanes each), their chains side by side: each job's output, lanes and offsets are left
    /// where its own [`CtxDecoder::two_pass`] goes on.
    #[inline(always)]
    fn chain_group<const N: usize, const P: usize, const B: bool>(&self, group: &mut [BlockJob]) {
        let t = &self.tables;
        match (self.refill_steps(), self.column_offset.is_empty(), self.compact) {
            (9, true, _) => chain_many::<N, P, 9, false, B, false>(t, group),
            (9, false, false) => chain_many::<N, P, 9, true, B, false>(t, group),
            (9, false, true) => chain_many::<N, P, 9, true, B, true>(t, group),
            (7, true, _) => chain_many::<N, P, 7, false, B, false>(t, group),
            (7, false, false) => chain_many::<N, P, 7, true, B, false>(t, group),
            (7, false, true) => chain_many::<N, P, 7, true, B, true>(t, group),
            (_, true, _) => chain_many::<N, P, 5, false, B, false>(t, group),
            (_, false, false) => chain_many::<N, P, 5, true, B, false>(t, group),
            (_, false, true) => chain_many::<N, P, 5, true, B, true>(t, group),
        }
    }
}

/// Whether `blocks` blocks of `lanes` lanes make a group of the gather state pass: one, two or
/// four vectors of eight chains.
fn gather_fits(lanes: usize, blocks: usize) -> bool {
    matches!(lanes * blocks, 8 | 16 | 32) && matches!(lanes, 1 | 2 | 4 | 8)
}

/// A dispatcher `$name` of a gather state pass `$pass` ([`gather::state_chains`] or
/// [`gather::state_chains_wide`], compiled with `$features`) for `q.len() / outs.len()` lanes per
/// block and `q.len()` (8, 16 or 32) chains, `S` steps per window, with several classes where
/// `offs` has column offsets; `log`: the table log. `TAG`: the tagged state pass (blocks of one or
/// two lanes only).
macro_rules! gather_dispatcher {
    ($(#[$doc:meta])* $name:ident, $pass:ident, $features:literal) => {
        $(#[$doc])*
        #[allow(clippy::too_many_arguments)]
        #[cfg(target_arch = "x86_64")]
        #[target_feature(enable = $features)]
        unsafe fn $name<const S: usize, const TAG: bool, const BUF: bool>(
            chain: &[u16; ALL_STATES],
            tagged: &[u32],
            q: &mut [ChainLane],
            outs: &mut [&mut [u16]],
            rows: usize,
            offs: &mut Offsets,
            log: u32,
            scratch: &mut Vec<u8>,
        ) -> bool {
            // Several classes: the column offsets are there (empty with one class).
            let ctx = !offs.off.is_empty();
            macro_rules! sc {
                ($l:literal, $v:literal, $ctx:literal, $tag:expr, $buf:expr) => {
                    gather::$pass::<$l, $v, S, $ctx, { $tag }, { $buf }>(
                        chain, tagged, q, outs, rows, offs, log, scratch,
                    )
                };
            }
            macro_rules! by_vectors {
                ($l:literal, $tag:expr, $buf:expr) => {
                    match (q.len(), ctx) {
                        (8, false) => sc!($l, 1, false, $tag, $buf),
                        (8, true) => sc!($l, 1, true, $tag, $buf),
                        (16, false) => sc!($l, 2, false, $tag, $buf),
                        (16, true) => sc!($l, 2, true, $tag, $buf),
                        (_, false) => sc!($l, 4, false, $tag, $buf),
                        (_, true) => sc!($l, 4, true, $tag, $buf),
                    }
                };
            }
            // SAFETY: the caller's promise.
            unsafe {
                match q.len() / outs.len() {
                    1 => by_vectors!(1, TAG, BUF),
                    2 => by_vectors!(2, TAG, BUF),
                    // The tagged state pass runs for one or two lanes only (`CtxDecoder::chain_gather`).
                    _ if TAG => unreachable!("the tagged state pass for more than two lanes"),
                    4 => by_vectors!(4, false, false),
                    _ => by_vectors!(8, false, false),
                }
            }
        }
    };
}

gather_dispatcher!(
    /// [`gather::state_chains`] (32-bit windows) as `gather_dispatcher` says.
    ///
    /// # Safety
    /// As [`gather::state_chains`].
    gather_dispatch,
    state_chains,
    "avx2"
);

gather_dispatcher!(
    /// [`gather::state_chains_wide`] (64-bit windows) as `gather_dispatcher` says.
    ///
    /// # Safety
    /// As [`gather::state_chains_wide`].
    wide_dispatch,
    state_chains_wide,
    "avx2,avx512f,avx512vl,avx512vbmi2"
);

/// A dispatcher `$name` of a register state pass `$pass` ([`gather::register_chains`] or
/// [`gather::register_chains_wide`], compiled with `$features`, `$s` steps per window) for
/// `q.len() / outs.len()` lanes per block (1 or 2) and `q.len()` (8, 16 or 32) chains, with
/// several classes where `offs` has column offsets; `log`: the table log (5 or 6); `buffered`:
/// the row buffer.
macro_rules! register_dispatcher {
    ($(#[$doc:meta])* $name:ident, $pass:ident, $s:literal, $features:literal) => {
        $(#[$doc])*
        #[allow(clippy::too_many_arguments)]
        #[cfg(target_arch = "x86_64")]
        #[target_feature(enable = $features)]
        unsafe fn $name(
            tagged: &[u32],
            q: &mut [ChainLane],
            outs: &mut [&mut [u16]],
            rows: usize,
            offs: &mut Offsets,
            log: u32,
            scratch: &mut Vec<u8>,
            buffered: bool,
        ) -> bool {
            let ctx = !offs.off.is_empty();
            macro_rules! rc {
                ($l:literal, $ctx:literal, $t:literal) => {
                    match q.len() {
                        8 => gather::$pass::<$l, 1, $s, $ctx, $t>(tagged, q, outs, rows, offs, log, scratch, buffered),
                        16 => gather::$pass::<$l, 2, $s, $ctx, $t>(tagged, q, outs, rows, offs, log, scratch, buffered),
                        _ => gather::$pass::<$l, 4, $s, $ctx, $t>(tagged, q, outs, rows, offs, log, scratch, buffered),
                    }
                };
            }
            // SAFETY: the caller's promise; `T` is `L 2^R / 32` with several classes, else `2^R / 32`.
            unsafe {
                match (q.len() / outs.len(), ctx, log) {
                    (1, false, 5) => rc!(1, false, 1),
                    (1, false, _) => rc!(1, false, 2),
                    (_, false, 5) => rc!(2, false, 1),
                    (_, false, _) => rc!(2, false, 2),
                    (1, true, 5) => rc!(1, true, 1),
                    (1, true, _) => rc!(1, true, 2),
                    (_, true, 5) => rc!(2, true, 2),
                    (_, true, _) => rc!(2, true, 4),
                }
            }
        }
    };
}

register_dispatcher!(
    /// [`gather::register_chains`], 4 steps per 32-bit window (`4 R <= 25`), as
    /// `register_dispatcher` says.
    ///
    /// # Safety
    /// As [`gather::register_chains`].
    register_dispatch,
    register_chains,
    4,
    "avx2,avx512f"
);

register_dispatcher!(
    /// [`gather::register_chains_wide`], 9 steps per 64-bit window (`9 R <= 57`), as
    /// `register_dispatcher` says.
    ///
    /// # Safety
    /// As [`gather::register_chains_wide`].
    register_dispatch_wide,
    register_chains_wide,
    9,
    "avx2,avx512f,avx512vl,avx512vbmi2"
);

/// A dispatcher `$name` of an all-classes register state pass `$pass` ([`gather::class_chains`]
/// or [`gather::class_chains_wide`], compiled with `$features`, `$s` steps per window) for blocks
/// of two lanes and `q.len()` (8, 16 or 32) chains, `T` 2 for up to 64 entries of all classes
/// (`tagged.len()`), else 4 (up to 128); `log`: the table log (5 or 6); `buffered`: the row
/// buffer.
macro_rules! class_dispatcher {
    ($(#[$doc:meta])* $name:ident, $pass:ident, $s:literal, $features:literal) => {
        $(#[$doc])*
        #[allow(clippy::too_many_arguments)]
        #[cfg(target_arch = "x86_64")]
        #[target_feature(enable = $features)]
        unsafe fn $name(
            tagged: &[u32],
            q: &mut [ChainLane],
            outs: &mut [&mut [u16]],
            rows: usize,
            offs: &mut Offsets,
            log: u32,
            scratch: &mut Vec<u8>,
            buffered: bool,
        ) -> bool {
            macro_rules! cc {
                ($t:literal) => {
                    match q.len() {
                        8 => gather::$pass::<2, 1, $s, $t>(tagged, q, outs, rows, offs, log, scratch, buffered),
                        16 => gather::$pass::<2, 2, $s, $t>(tagged, q, outs, rows, offs, log, scratch, buffered),
                        _ => gather::$pass::<2, 4, $s, $t>(tagged, q, outs, rows, offs, log, scratch, buffered),
                    }
                };
            }
            assert_eq!(q.len(), 2 * outs.len(), "the all-classes register pass: blocks of two lanes");
            // SAFETY: the caller's promise; `tagged.len() <= 32 T`.
            unsafe {
                if tagged.len() <= 64 {
                    cc!(2)
                } else {
                    cc!(4)
                }
            }
        }
    };
}

class_dispatcher!(
    /// [`gather::class_chains`], 4 steps per 32-bit window (`4 R <= 25`), as `class_dispatcher`
    /// says.
    ///
    /// # Safety
    /// As [`gather::class_chains`].
    class_dispatch,
    class_chains,
    4,
    "avx2,avx512f"
);

class_dispatcher!(
    /// [`gather::class_chains_wide`], 9 steps per 64-bit window (`9 R <= 57`), as
    /// `class_dispatcher` says.
    ///
    /// # Safety
    /// As [`gather::class_chains_wide`].
    class_dispatch_wide,
    class_chains_wide,
    9,
    "avx2,avx512f,avx512vl,avx512vbmi2"
);

/// A block being decoded by [`CtxDecoder::decode_blocks`]: its lanes, output and table offsets
/// where the next value's are.
struct BlockJob<'a, 'o> {
    q: Vec<LaneReader<'a>>,
    out: &'o mut [u16],
    /// Values of `out` already through the first pass.
    done: usize,
    /// Those values are tagged words (the tagged gather state pass), not table indices.
    tagged: bool,
    offsets: Offsets<'a>,
}

/// Check the end of every lane of a block ([`LaneReader::finish`]; `raw`: both streams, else the
/// tANS stream only); errors name the lane.
fn finish_lanes(q: Vec<LaneReader>, raw: bool) -> Result<()> {
    for (k, l) in q.into_iter().enumerate() {
        l.finish(raw).map_err(|e| match e {
            Error::Corrupt { context, message } => Error::Corrupt { context, message: format!("lane {k}: {message}") },
            other => other,
        })?;
    }
    Ok(())
}

/// An error of block `i` of [`CtxDecoder::decode_blocks`], the block named.
fn in_block(i: usize, e: Error) -> Error {
    match e {
        Error::Corrupt { context, message } => Error::Corrupt { context, message: format!("block {i}: {message}") },
        Error::Format { context, offset, message } => {
            Error::Format { context, offset, message: format!("block {i}: {message}") }
        }
        other => other,
    }
}

/// The first pass over the whole chunks of `K` rows that all `P` blocks of `jobs` (`N` lanes
/// each, all starting at the same column) have, the `P x N` chains side by side as register
/// locals; then each job's lanes,
/// offsets and `done` moved past them (its [`CtxDecoder::two_pass_from`] does the rest of its
/// first pass and its whole raw pass).
#[inline(always)]
fn chain_many<const N: usize, const P: usize, const K: usize, const CTX: bool, const B: bool, const C: bool>(
    t: &CtxTables,
    jobs: &mut [BlockJob],
) {
    let chunks = jobs.iter().map(|j| j.out.len() / (K * N)).min().unwrap_or(0);
    let mut ls: [[ChainLane; N]; P] = std::array::from_fn(|p| std::array::from_fn(|g| ChainLane::of(&jobs[p].q[g])));
    // One column counter for all: the blocks start at the same column.
    let mut offs = jobs[0].offsets;
    {
        let mut it = jobs.iter_mut();
        let mut outs: [&mut [u16]; P] = std::array::from_fn(|_| &mut *it.next().expect("P jobs").out);
        for c in 0..chunks {
            let o = if CTX { offs.run(K * N) } else { &[] };
            let ch: [&mut [u16]; P] = outs.each_mut().map(|s| &mut s[c * K * N..(c + 1) * K * N]);
            unroll!(P, |p| {
                unroll!(N, |g| {
                    ls[p][g].refill();
                });
            });
            unroll!(K, |r| {
                unroll!(P, |p| {
                    unroll!(N, |g| {
                        let i = r * N + g;
                        ch[p][i] = ls[p][g].step::<B, C>(t, if CTX { o[i] } else { 0 });
                    });
                });
            });
        }
    }
    for (p, j) in jobs.iter_mut().enumerate() {
        for (g, l) in ls[p].into_iter().enumerate() {
            l.put(&mut j.q[g]);
        }
        j.offsets = offs;
        j.done = chunks * K * N;
    }
}

/// Where the table offset of each value comes from: value `j` of a run starting at column `col`
/// has offset `off[col + j]` (`j < RUN`); the next run starts at `(col + len) mod wrap`. Unused
/// with one class.
#[derive(Clone, Copy)]
struct Offsets<'a> {
    off: &'a [u16],
    col: usize,
    wrap: usize,
}

impl<'a> Offsets<'a> {
    /// The offsets of the next `len` values (`len <= RUN`), without moving the counter.
    #[inline(always)]
    fn peek(&self, len: usize) -> &'a [u16] {
        &self.off[self.col..self.col + len]
    }

    /// The offsets of the next `len` values (`len <= RUN`), moving the counter past them.
    #[inline(always)]
    fn run(&mut self, len: usize) -> &'a [u16] {
        let o = &self.off[self.col..self.col + len];
        // No division: `len` is at most a few rows of lanes.
        self.col += len;
        while self.col >= self.wrap {
            self.col -= self.wrap;
        }
        o
    }
}

/// The lanes `q` (1, 2, 4 or 8) over the block's whole rows, one or two side by side, refilled
/// every `K` rows; then the last, partial row. `CTX`: several classes (table offsets from
/// `offsets`), else one.
#[inline(always)]
fn lanes_impl<const M: u32, const E: u32, const K: usize, const CTX: bool, const B: bool, const C: bool>(
    t: &CtxTables,
    q: &mut [LaneReader],
    out: &mut [u16],
    mut offsets: Offsets,
) {
    let n = q.len();
    let full = out.len() / n * n;
    let (rows, tail) = out.split_at_mut(full);
    match n {
        1 => ctx_rows::<M, E, 1, K, 0, CTX, 1, B, C>(t, q, rows, offsets),
        2 => ctx_rows::<M, E, 2, K, 0, CTX, 2, B, C>(t, q, rows, offsets),
        // Four side by side measured no faster (whisper slower: the x86-64 registers do not hold
        // four lanes' states and windows).
        4 => {
            ctx_rows::<M, E, 4, K, 0, CTX, 2, B, C>(t, q, rows, offsets);
            ctx_rows::<M, E, 4, K, 2, CTX, 2, B, C>(t, q, rows, offsets);
        }
        _ => {
            ctx_rows::<M, E, 8, K, 0, CTX, 2, B, C>(t, q, rows, offsets);
            ctx_rows::<M, E, 8, K, 2, CTX, 2, B, C>(t, q, rows, offsets);
            ctx_rows::<M, E, 8, K, 4, CTX, 2, B, C>(t, q, rows, offsets);
            ctx_rows::<M, E, 8, K, 6, CTX, 2, B, C>(t, q, rows, offsets);
        }
    }
    // The offsets of the tail: skip the whole rows, `RUN` values at a time.
    let off = if CTX { tail_offsets(&mut offsets, full, tail.len()) } else { &[] };
    for (k, (o, l)) in tail.iter_mut().zip(q.iter_mut()).enumerate() {
        l.refill();
        *o = l.step::<M, E, B, C>(t, if CTX { off[k] } else { 0 });
    }
}

/// Decode lanes `F..F + G` (`G` is 1 or 2) of `rows` (whole rows of `N` values: value
/// `row * N + F + g` from lane `F + g`, its table offset from `offsets` when `CTX`),
/// the lanes side by side in one loop as register locals, the windows refilled every `K` rows.
#[inline(always)]
fn ctx_rows<
    const M: u32,
    const E: u32,
    const N: usize,
    const K: usize,
    const F: usize,
    const CTX: bool,
    const G: usize,
    const B: bool,
    const C: bool,
>(
    t: &CtxTables,
    lanes: &mut [LaneReader],
    rows: &mut [u16],
    mut offsets: Offsets,
) {
    let mut ls: [LaneReader; G] = std::array::from_fn(|g| lanes[F + g]);
    let mut done = 0;
    for chunk in rows.chunks_exact_mut(K * N) {
        let o = if CTX { offsets.run(K * N) } else { &[] };
        let off = |i: usize| if CTX { o[i] } else { 0 };
        unroll!(G, |g| {
            ls[g].refill();
        });
        unroll!(K, |r| {
            unroll!(G, |g| {
                chunk[r * N + F + g] = ls[g].step::<M, E, B, C>(t, off(r * N + F + g));
            });
        });
        done += K * N;
    }
    for row in rows[done..].chunks_exact_mut(N) {
        let o = if CTX { offsets.run(N) } else { &[] };
        let off = |i: usize| if CTX { o[i] } else { 0 };
        unroll!(G, |g| {
            ls[g].refill();
            row[F + g] = ls[g].step::<M, E, B, C>(t, off(F + g));
        });
    }
    lanes[F..F + G].copy_from_slice(&ls);
}

/// The state chain of one lane in the first pass of [`CtxDecoder::two_pass`]: its state and tANS
/// window only (the raw stream is read by the second pass), so that four lanes' chains fit the
/// registers.
#[derive(Clone, Copy)]
struct ChainLane<'a> {
    state: u32,
    abuf: u64,
    apos: usize,
    ans: &'a [u8],
}

impl<'a> ChainLane<'a> {
    fn of(l: &LaneReader<'a>) -> Self {
        Self { state: l.state, abuf: l.abuf, apos: l.apos, ans: l.ans }
    }

    fn put(self, l: &mut LaneReader<'a>) {
        (l.state, l.abuf, l.apos) = (self.state, self.abuf, self.apos);
    }

    /// Move past the bits consumed and reload the window (at least 57 valid bits).
    #[inline(always)]
    fn refill(&mut self) {
        self.apos += self.abuf.leading_zeros() as usize;
        self.abuf = (u64::from_le_bytes(load8(self.ans, self.apos >> 3)) >> (self.apos & 7)) | 1 << 63;
    }

    /// One tANS step with the table of the class at offset `off`: returns the index of the
    /// state's entry, `off + state`.
    #[inline(always)]
    fn step<const B: bool, const C: bool>(&mut self, t: &CtxTables, off: u16) -> u16 {
        let s = self.state as usize;
        // SAFETY: as in `LaneReader::step`: `off` starts a class inside the tables and the state
        // is below 2^R.
        let (base, nb) = unsafe {
            if C {
                let c = *t.chain(off).add(s);
                ((c & 0xfff) as u32, (c >> 12) as u8)
            } else {
                let e = &*t.class(off).add(s);
                (e.base as u32, e.nb)
            }
        };
        self.state = base | low_bits::<B>(self.abuf, nb) as u32;
        self.abuf >>= nb;
        off + s as u16
    }
}

/// The first pass over lanes `F..F + G` of `rows` (whole rows of `N` values), the chains side by
/// side as register locals, each window refilled every `K` rows: value `row * N + F + g` gets
/// its table index.
#[inline(always)]
fn chain_rows<
    const N: usize,
    const K: usize,
    const F: usize,
    const G: usize,
    const CTX: bool,
    const B: bool,
    const C: bool,
>(
    t: &CtxTables,
    lanes: &mut [LaneReader],
    rows: &mut [u16],
    mut offsets: Offsets,
) {
    let mut ls: [ChainLane; G] = std::array::from_fn(|g| ChainLane::of(&lanes[F + g]));
    let mut chunks = rows.chunks_exact_mut(K * N);
    for chunk in &mut chunks {
        let o = if CTX { offsets.run(K * N) } else { &[] };
        let off = |i: usize| if CTX { o[i] } else { 0 };
        unroll!(G, |g| {
            ls[g].refill();
        });
        unroll!(K, |r| {
            unroll!(G, |g| {
                chunk[r * N + F + g] = ls[g].step::<B, C>(t, off(r * N + F + g));
            });
        });
    }
    for row in chunks.into_remainder().chunks_exact_mut(N) {
        let o = if CTX { offsets.run(N) } else { &[] };
        let off = |i: usize| if CTX { o[i] } else { 0 };
        unroll!(G, |g| {
            ls[g].refill();
            row[F + g] = ls[g].step::<B, C>(t, off(F + g));
        });
    }
    for (g, l) in ls.into_iter().enumerate() {
        l.put(&mut lanes[F + g]);
    }
}

/// The first pass of [`CtxDecoder::two_pass`] over the lanes `q` (1, 2, 4 or 8): whole rows with
/// up to four chains side by side, then the last, partial row.
#[inline(always)]
fn chain_pass<const K: usize, const CTX: bool, const B: bool, const C: bool>(
    t: &CtxTables,
    q: &mut [LaneReader],
    out: &mut [u16],
    mut offsets: Offsets,
) {
    let n = q.len();
    let full = out.len() / n * n;
    let (rows, tail) = out.split_at_mut(full);
    match n {
        1 => chain_rows::<1, K, 0, 1, CTX, B, C>(t, q, rows, offsets),
        2 => chain_rows::<2, K, 0, 2, CTX, B, C>(t, q, rows, offsets),
        4 => chain_rows::<4, K, 0, 4, CTX, B, C>(t, q, rows, offsets),
        _ => {
            chain_rows::<8, K, 0, 4, CTX, B, C>(t, q, rows, offsets);
            chain_rows::<8, K, 4, 4, CTX, B, C>(t, q, rows, offsets);
        }
    }
    let off = if CTX { tail_offsets(&mut offsets, full, tail.len()) } else { &[] };
    for (k, (o, l)) in tail.iter_mut().zip(q.iter_mut()).enumerate() {
        let mut c = ChainLane::of(l);
        c.refill();
        *o = c.step::<B, C>(t, if CTX { off[k] } else { 0 });
        c.put(l);
    }
}

/// The offsets of the `tail` values after `skip` values (`RUN` at a time, no division).
#[inline(always)]
fn tail_offsets<'a>(offsets: &mut Offsets<'a>, mut skip: usize, tail: usize) -> &'a [u16] {
    while skip > RUN {
        offsets.run(RUN);
        skip -= RUN;
    }
    offsets.run(skip);
    offsets.run(tail)
}

/// The raw stream of one lane in the second pass of [`CtxDecoder::two_pass`].
#[derive(Clone, Copy)]
struct RawLane<'a> {
    rbuf: u64,
    rpos: usize,
    raw: &'a [u8],
}

impl<'a> RawLane<'a> {
    fn of(l: &LaneReader<'a>) -> Self {
        Self { rbuf: l.rbuf, rpos: l.rpos, raw: l.raw }
    }

    fn put(self, l: &mut LaneReader<'a>) {
        (l.rbuf, l.rpos) = (self.rbuf, self.rpos);
    }

    /// Move past the bits consumed and reload the window (at least 57 valid bits).
    #[inline(always)]
    fn refill(&mut self) {
        self.rpos += self.rbuf.trailing_zeros() as usize;
        self.rbuf = raw_window(self.raw, self.rpos);
    }

    /// The value of the first pass's table index `i` (or tagged word `i` when `T`), its
    /// additional bits read.
    #[inline(always)]
    fn value<const M: u32, const E: u32, const B: bool, const T: bool>(&mut self, t: &CtxTables, i: u16) -> u16 {
        if T {
            return tagged_value::<M, E>(i, &mut self.rbuf, &mut self.rpos, self.raw);
        }
        // A u16 index into 2^16 entries: no bounds check.
        raw_value::<M, E, B>(&t.entries[i as usize], &mut self.rbuf, &mut self.rpos, self.raw)
    }
}

/// The second pass over lanes `F..F + G` of `rows` (whole rows of `N` table indices, or tagged
/// words when `T`), each window refilled every `K` rows (`K` values of at most `1 + M` bits fit
/// its 57; an escape refills it itself).
#[inline(always)]
fn raw_rows<
    const M: u32,
    const E: u32,
    const N: usize,
    const K: usize,
    const F: usize,
    const G: usize,
    const B: bool,
    const T: bool,
>(
    t: &CtxTables,
    lanes: &mut [LaneReader],
    rows: &mut [u16],
) {
    let mut ls: [RawLane; G] = std::array::from_fn(|g| RawLane::of(&lanes[F + g]));
    let mut chunks = rows.chunks_exact_mut(K * N);
    for chunk in &mut chunks {
        unroll!(G, |g| {
            ls[g].refill();
        });
        unroll!(K, |r| {
            unroll!(G, |g| {
                let i = r * N + F + g;
                chunk[i] = ls[g].value::<M, E, B, T>(t, chunk[i]);
            });
        });
    }
    for row in chunks.into_remainder().chunks_exact_mut(N) {
        unroll!(G, |g| {
            ls[g].refill();
            row[F + g] = ls[g].value::<M, E, B, T>(t, row[F + g]);
        });
    }
    for (g, l) in ls.into_iter().enumerate() {
        l.put(&mut lanes[F + g]);
    }
}

/// The second pass of [`CtxDecoder::two_pass`] over the lanes `q` (1, 2, 4 or 8): whole rows two
/// lanes side by side, then the last, partial row. `T`: `out` holds tagged words, not table
/// indices.
#[inline(always)]
fn raw_pass<const M: u32, const E: u32, const K: usize, const B: bool, const T: bool>(
    t: &CtxTables,
    q: &mut [LaneReader],
    out: &mut [u16],
) {
    let n = q.len();
    let full = out.len() / n * n;
    let (rows, tail) = out.split_at_mut(full);
    match n {
        1 => raw_rows::<M, E, 1, K, 0, 1, B, T>(t, q, rows),
        2 => raw_rows::<M, E, 2, K, 0, 2, B, T>(t, q, rows),
        4 => {
            raw_rows::<M, E, 4, K, 0, 2, B, T>(t, q, rows);
            raw_rows::<M, E, 4, K, 2, 2, B, T>(t, q, rows);
        }
        _ => {
            raw_rows::<M, E, 8, K, 0, 2, B, T>(t, q, rows);
            raw_rows::<M, E, 8, K, 2, 2, B, T>(t, q, rows);
            raw_rows::<M, E, 8, K, 4, 2, B, T>(t, q, rows);
            raw_rows::<M, E, 8, K, 6, 2, B, T>(t, q, rows);
        }
    }
    for (o, l) in tail.iter_mut().zip(q.iter_mut()) {
        let mut r = RawLane::of(l);
        r.refill();
        *o = r.value::<M, E, B, T>(t, *o);
        r.put(l);
    }
}

/// The value of entry `e` with its additional bits read from the raw window `rbuf` (at least
/// `1 + M` valid bits; MSB-first, marker below, as in [`LaneReader`]); an escape reads its 16
/// bits at `rpos` and reloads the window. `B`: with BMI2 ([`CtxDecoder::dispatch_bmi2`]).
#[inline(always)]
fn raw_value<const M: u32, const E: u32, const B: bool>(
    e: &CtxEntry,
    rbuf: &mut u64,
    rpos: &mut usize,
    raw: &[u8],
) -> u16 {
    if e.rb != ESCAPE {
        // The `rb` bits at the top of the window, rotated to the bottom (only they are used),
        // deposited at the word's bits of `dmask` (the sign at bit 15, the mantissa bits in
        // place).
        let x = rbuf.rotate_left(e.rb as u32);
        *rbuf <<= e.rb;
        e.wbase | deposit::<M, B>(x, e.dmask)
    } else {
        let pos = *rpos + rbuf.trailing_zeros() as usize;
        let (v, w) = escape::<M, E>(raw, pos);
        *rpos = pos + (E + 1 + M) as usize;
        *rbuf = w;
        v
    }
}

/// The value of tagged word `w` ([`TAG_MASK`]) with its additional bits read from the raw window
/// `rbuf` (as [`raw_value`]): the tag's count of bits placed from the bottom of the `{sign,
/// mantissa}` field (the sign to bit 15), or the escape's 16 bits.
#[inline(always)]
fn tagged_value<const M: u32, const E: u32>(w: u16, rbuf: &mut u64, rpos: &mut usize, raw: &[u8]) -> u16 {
    let tag = w & TAG_MASK;
    if tag != TAG_ESCAPE {
        // The top `tag` bits of the window (none for 0) at the bottom.
        let f = ((*rbuf >> 1) >> (63 - tag as u32)) as u32;
        *rbuf <<= tag;
        let spread = if M == 7 { f * 0x101 } else { ((f << (15 - M)) & 0x8000) | f };
        (w & !TAG_MASK) | (spread as u16 & (0x8000 | ((1 << M) - 1)))
    } else {
        let pos = *rpos + rbuf.trailing_zeros() as usize;
        let (v, nw) = escape::<M, E>(raw, pos);
        *rpos = pos + (E + 1 + M) as usize;
        *rbuf = nw;
        v
    }
}

/// The low `popcount(mask)` bits of `x` at the bits of `mask` (a sign bit and contiguous mantissa
/// bits below bit `M`, or 0): one `pdep` when `B` (only in code compiled with BMI2), else the bits
/// moved to their place in the `{sign, mantissa}` field and the sign moved to bit 15.
#[inline(always)]
fn deposit<const M: u32, const B: bool>(x: u64, mask: u16) -> u16 {
    #[cfg(target_arch = "x86_64")]
    if B {
        // SAFETY: `B` is true only inside `dispatch_bmi2`, which runs only when the CPU has BMI2.
        return unsafe { core::arch::x86_64::_pdep_u64(x, mask as u64) } as u16;
    }
    // The mask as a `{sign, mantissa}` field mask (sign at bit M), the bits moved to its lowest
    // bit (a mask of 0 shifts by 16 and keeps nothing), then the field's sign moved to bit 15.
    // BF16: one multiply puts a copy of the 8-bit field at bit 8 (as in the `ans-fa` decoder).
    let fm = (mask >> 15) << M | (mask & ((1 << M) - 1));
    let f = ((x as u32) << fm.trailing_zeros()) & fm as u32;
    let spread = if M == 7 { f * 0x101 } else { ((f << (15 - M)) & 0x8000) | f };
    spread as u16 & mask
}

/// One lane being decoded: its state, two streams and a 64-bit window with a marker bit on each
/// (as in [`super::decode`]: the bits consumed since a refill are the window's leading (tANS)
/// or trailing (raw) zero count).
#[derive(Clone, Copy)]
struct LaneReader<'a> {
    /// Below 2^R (the table invariant checked in [`CtxDecoder::new`]).
    state: u32,
    abuf: u64,
    rbuf: u64,
    apos: usize,
    rpos: usize,
    ans: &'a [u8],
    raw: &'a [u8],
}

impl<'a> LaneReader<'a> {
    /// A lane's reader, its initial state read (windows empty: markers only).
    fn new(ans: &'a [u8], raw: &'a [u8], table_log: u32) -> Self {
        let state = (u64::from_le_bytes(load8(ans, 0)) & ((1 << table_log) - 1)) as u32;
        Self { ans, raw, apos: table_log as usize, rpos: 0, abuf: 1 << 63, rbuf: 1, state }
    }

    /// Move both positions past the bits consumed and reload both windows (at least 57 valid
    /// bits each).
    #[inline(always)]
    fn refill(&mut self) {
        self.apos += self.abuf.leading_zeros() as usize;
        self.rpos += self.rbuf.trailing_zeros() as usize;
        self.abuf = (u64::from_le_bytes(load8(self.ans, self.apos >> 3)) >> (self.apos & 7)) | 1 << 63;
        self.rbuf = raw_window(self.raw, self.rpos);
    }

    /// Decode one value with the table of its class, at table offset `off` (`class << R`, or 0);
    /// `C`: the state chain reads the packed step ([`CtxTables::chain`]).
    #[inline(always)]
    fn step<const M: u32, const E: u32, const B: bool, const C: bool>(&mut self, t: &CtxTables, off: u16) -> u16 {
        // SAFETY: `class(off)` and `chain(off)` are the first of the 2^R entries of a class
        // inside their tables, and the state is below 2^R: the initial state is masked to R bits
        // and every next state `base | bits` is below 2^R (`base + 2^nb <= 2^R`, checked for
        // every entry in `CtxDecoder::new`). An address `class + state` needs no operation on the
        // state chain.
        let e = unsafe { *t.class(off).add(self.state as usize) };
        let (base, nb) = if C {
            // SAFETY: as above.
            let c = unsafe { *t.chain(off).add(self.state as usize) };
            ((c & 0xfff) as u32, (c >> 12) as u8)
        } else {
            (e.base as u32, e.nb)
        };
        self.state = base | low_bits::<B>(self.abuf, nb) as u32;
        self.abuf >>= nb;
        raw_value::<M, E, B>(&e, &mut self.rbuf, &mut self.rpos, self.raw)
    }

    /// Check the end of the lane: final state 0, zero padding, both streams ending in their
    /// last byte ([`Error::Corrupt`] otherwise; `raw` false: the tANS stream only).
    fn finish(mut self, raw: bool) -> Result<()> {
        if self.state != 0 {
            return Err(Error::Corrupt {
                context: "ans-ctx lane (tANS stream)".into(),
                message: format!("final state {}, expected 0", self.state),
            });
        }
        self.apos += self.abuf.leading_zeros() as usize;
        self.rpos += self.rbuf.trailing_zeros() as usize;
        check_end("tANS", self.ans, self.apos as u64, true)?;
        if !raw {
            return Ok(());
        }
        check_end("raw", self.raw, self.rpos as u64, false)
    }
}

impl super::lanes::LaneEncoder for CtxEncoder {
    fn encode_lane(&self, values: &[u16], first: u64, stride: u64) -> Result<EncodedBlock> {
        CtxEncoder::encode_lane(self, values, first, stride)
    }
}

impl super::lanes::LaneDecoder for CtxDecoder {
    fn decode_lanes(&self, block: &[u8], lanes: &[LaneStreams], n: usize, start: u64, out: &mut [u16]) -> Result<()> {
        CtxDecoder::decode_lanes(self, block, lanes, n, start, out)
    }
    fn decode_lane(&self, ans: &[u8], raw: &[u8], n: usize, first: u64, stride: u64, out: &mut [u16]) -> Result<()> {
        let len = out.len();
        let out = out.get_mut(..n).ok_or_else(|| Error::Request(format!("{n} values do not fit {len}")))?;
        CtxDecoder::decode_lane(self, ans, raw, first, stride, out)
    }

    /// Several blocks side by side with [`CtxDecoder::decode_blocks`] (what the container's
    /// decompression batches call). Its errors name a block's position in the message only, so on
    /// an error the blocks are decoded again one by one to find the index of the one that fails.
    fn decode_lanes_many(&self, blocks: &[BlockIn], outs: &mut [&mut [u16]]) -> super::lanes::ManyResult {
        super::lanes::check_many(blocks, outs)?;
        if self.decode_blocks(blocks, outs).is_ok() {
            return Ok(());
        }
        for (i, (b, out)) in blocks.iter().zip(outs.iter_mut()).enumerate() {
            let n = out.len();
            CtxDecoder::decode_lanes(self, b.bytes, b.lanes, n, b.start, out).map_err(|e| (i, e))?;
        }
        Ok(())
    }
}

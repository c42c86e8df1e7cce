//! The fast tANS block decoder of `ans` and `ans-fa` (FORMAT.md 3.2-3.4): one lane or several
//! interleaved lanes.
//!
//! How it is fast (every choice measured with `cargo bench -p xnc-codec --bench ans_decode`):
//! * **one 8-byte table entry per state** (next-state base, state-bit mask and count, raw-bit
//!   count, exponent in place), indexed by a 16-bit state so that no bounds check sits on the
//!   state chain;
//! * **64-bit windows with a marker bit**: each stream is read through a 64-bit window refilled
//!   once every `K` values with one unaligned load; a marker bit above (tANS, LSB-first) or below
//!   (raw, MSB-first) the valid bits moves with every shift, so the bits consumed since the
//!   refill are its leading (trailing) zero count and the hot loop keeps no bit counter;
//! * **lanes side by side**: the lanes of a block have independent state chains, so decoding two
//!   or four of them in one loop iteration (their windows and states in registers) overlaps their
//!   table loads;
//! * the escape (rare) is decoded out of line;
//! * **two passes** ([`Decoder::two_pass`]): first the lanes' state chains alone, up to four
//!   side by side (a table load, `bzhi`, or and shift per value, BMI2 detected at run time),
//!   writing each value's exponent and how its raw bits are read; then the raw bits merged in,
//!   eight rows at a time where every code has all `1 + M` bits (BF16: 64 bits of each lane as
//!   bytes, merged with SSE2, or with one or two lanes and AVX2 sixteen rows at a time, 128 bits
//!   of each lane; F16: 11-bit fields, eight per byte shuffle and variable shift with AVX2, else
//!   constant shifts), BF16 rows with escapes but no short code sixteen at a time too (each
//!   field at a byte offset, a prefix sum of the escapes, looked up with byte shuffles), BF16
//!   rows with short codes (`ans-fa`) likewise (a prefix sum of the fields' widths, each field's
//!   16 bits looked up with byte shuffles and shifted by multiplies), other rows with escapes or
//!   short codes (F16, four or eight lanes, a stream's last 33 bytes) value by value from one
//!   window. Portable forms of both
//!   passes are kept and tested; the one-pass loop below stays as the reference the tests
//!   compare with;
//! * **several blocks at a time** ([`Decoder::decode_many`], what the container's decompression
//!   calls): the state passes of two blocks of two lanes run in one loop, four independent
//!   chains whose table loads overlap (each step is a load-use latency; eight chains spill
//!   registers and measured slower), then each block's raw pass;
//! * **the state pass with AVX2 gathers** (the `gather` module, run-time check): where the
//!   chains make one, two or four vectors of eight (one block of 8 lanes; several blocks of one
//!   length: 32 chains by default, [`GATHER_CHAINS`], which the container makes from 16 two-lane
//!   or 32 one-lane blocks), each step gathers the chains' table words and, every `S` steps
//!   (`S * R <= 25`), a 32-bit window of each chain's stream; it measured 0.58-0.74x the time of
//!   the four scalar chains (state pass alone, 2 lanes, three tables, 16 chains). One-lane blocks
//!   get their words through a buffer of eight steps written out transposed (one 16-byte store
//!   per block and eight rows, not eight extracts and stores per step);
//! * **two steps per gather for `R <= 6`** (`gather::pairs`): a table of `2^(2R)` words (16 KB)
//!   indexed by the state and the next `R` stream bits holds both steps (the first step's bits are
//!   among those `R`, the second's are read after them) and the two values' codes, turned into
//!   their words with byte shuffles (at most 32 distinct words, else one step per gather): half
//!   the table gathers, the gathers being what the state pass waits on (`perf`: minilm `ans`
//!   R=6, 61% of the decode in the state pass, most of it at the instructions after the gathers);
//!   one-lane blocks' words buffered for eight rows and written out transposed, as above;
//! * **the table in registers for `R <= 6` with AVX-512 F** (`gather::state_chains_512`, run-time
//!   check): the state table's 64 words in four 512-bit registers, looked up for two vectors of
//!   chains at a time with two two-register permutes and a blend on the state's bit 5, one step
//!   per lookup and no table gather (only the window's, every four steps): a loop of dependent
//!   lookups alone ran 5-6x faster than gathers on this Zen 4 machine, the whole decode of minilm
//!   `ans` R=6 1.06x (two lanes) and 1.13x (one lane) the pair pass's (alternated A/B, 8 rounds);
//!   the same with the 256 words of `R = 8` (eight permutes, seven blends) measured 0.94x the
//!   gathers, so `R >= 7` keeps them;
//! * **64-bit windows with AVX-512 VBMI2** (`gather::state_chains_wide`, run-time check, with the
//!   table gathered or in registers): each chain's window is an 8-byte gather every `57 / R`
//!   steps (5 at `R = 10`, 7 at `R = 8`, 9 at `R <= 6`) instead of a 4-byte one every `25 / R`
//!   (2, 3, 4), kept as two 32-bit halves shifted together by `vpshrdvd`: fewer gathers per value
//!   (`perf`: minilm `ans` R=8, 63% of the decode in the state pass, most at the instructions
//!   after the gathers). The whole decode of minilm measured 1.05x (`ans` R=8, two lanes), 1.10x
//!   and 1.13x (`ans-fa` R=10, two lanes and one), 1.11-1.13x (`ans` R=6, register lookup) the
//!   32-bit windows' (alternated A/B, 8 rounds); one 16-wide gather of the table words for two
//!   vectors instead of two 8-wide ones measured 0.90x and was dropped;
//! * **the table in registers as 16-bit words for `R = 7, 8` with AVX-512 BW** (`gather::words`,
//!   `gather::state_chains_words`, with the 64-bit windows, run-time check): per state
//!   `base | nb << 8 | code << 12` (at most 16 distinct words, as every table of ../shared/data
//!   has at `R = 8`), the 256 words in eight registers, all 32 chains of a group packed into one
//!   vector of 16-bit states and looked up with four two-register word permutes and three blends
//!   (the 32-bit form of `R = 8` needed sixteen permutes and fourteen blends per 32 chains and
//!   measured 0.94x the gathers), each value's word from its code with one more permute;
//! * **two-lane blocks' rows buffered** like one-lane blocks' (`gather::flush_two`: eight rows of
//!   a vector transposed, one 32-byte store per block, instead of four extracts and 4-byte stores
//!   per row);
//! * **the BF16 raw pass with AVX-512 VBMI** (`raw512`, one or two lanes, run-time check): rows
//!   without tags take one byte permute (each lane's bytes to value order as big-endian pairs),
//!   one variable shift by each lane's bit offset and two ternary-logic merges per sixteen rows;
//!   rows with tags as before (minilm `ans-fa` R=10, two lanes: 96.1% of the sixteen-row chunks
//!   take the VBMI form, 2.7% the tagged AVX2 one, 1.0% the escapes one, counted with a
//!   temporary counter). Tried and dropped: the group decoded in strips of rows (each strip's
//!   state pass for every block, then their raw passes, so that the raw pass reads the words
//!   from L1 rather than L2: a group's words are 512 KB at 16,384 values per block): 0.87x,
//!   0.96x, 0.99x with 256, 1024, 4096 rows per strip (two lanes; 0.94x one lane, 2048 rows):
//!   a strip's raw pass does not overlap the gathers, and each strip restarts the chains. Also
//!   dropped: the raw pass fused into the 64-bit-window gathered-table state pass (each block's
//!   next sixteen rows merged between the gathers as soon as every vector had written them, one
//!   or two chunks per step): minilm `ans-fa` R=10 0.60x (one lane) and 0.71-0.81x (two lanes),
//!   the compiler no longer keeping the chains' vectors in registers;
//! * **the EVEX form of the table gather** in the 64-bit-window state pass: the VEX
//!   `vpgatherdd`'s index, mask and destination must be among the first 16 registers, and with
//!   them the chains' states were spilled to the stack between steps (a store-forward on every
//!   chain step); the EVEX form takes any of 32: minilm `ans-fa` R=10 1.01-1.04x (alternated
//!   A/B, 12-16 rounds);
//! * **the 64-bit windows read with scalar loads** (`Staged::window64_loads`): each vector's
//!   eight byte indices stored, eight 8-byte loads inserted into one vector, instead of an 8-byte
//!   gather: the table gathers keep the gather unit (`perf`: minilm `ans-fa` R=10, 67% of the
//!   decode in the state pass, about 40% of it at the instructions after the table gathers and
//!   about 15% after the window gathers). Alternated A/B, 12 rounds each, load 5-7: minilm
//!   `ans-fa` R=10 1.007-1.012x one lane, 1.02x two lanes (twice); smollm2 R=10 one lane
//!   0.996x and 1.011x; whisper R=10 two lanes 1.02x; minilm `ans` R=8 two lanes 0.994x and
//!   1.006x (word table). [`Decoder::without_window_loads`] keeps the gathers;
//! * **tried and dropped, the state chain's latency**: a packed gather table for the
//!   64-bit-window pass (per state the state-bit mask in bits 0-9, the count, the code's index
//!   and the next-state base in bits 22-31), so that a chain's next state is two operations after
//!   its gather (a ternary logic of window, entry and mask, then an or with the shifted base)
//!   instead of five (shift and mask of the count, the count's mask, and-not, ternary logic), the
//!   value's word from its code by a permute beside the chain: minilm `ans-fa` R=10 one lane
//!   0.959x (word by `vpermd` and `vpmovdw`, 12 rounds) and 0.986x (two `vpermw`, 16 rounds)
//!   the plain table's (alternated A/B of `decode_cpu` builds, best of 5 passes a round, load
//!   5-7). Three operations fewer on the chain did not pay for one or two more per step: the
//!   pass is bound by throughput (the gathers and the instructions per step),
//!   not by the chain's latency. For the same reason a window fetched one step early is not
//!   expected to help (not tried): a window is needed a gather's latency after the count it
//!   depends on, so its load is already beside the chain. Also dropped: the last blocks of a
//!   tensor grouped by the largest group that fits rather than by halvings (one lane 0.997x, 16
//!   rounds; two lanes 1.004x, 12 rounds): minilm's last job holds 5 full blocks, scalar groups
//!   of 4 and 1 instead of 2, 2 and 1, too few values to show;
//! * **tried and dropped, dummy chains**: a group too short for the gather state pass (a
//!   tensor's last blocks: minilm's last job, 5 full blocks and a short one) padded with chains
//!   of an empty stream into a scratch output up to 8, 16 or 32 chains, instead of the scalar
//!   pass (`perf`: `states_many_bmi2` 1.1% and `lanes_impl` 0.75% of minilm `ans-fa` R=10 one
//!   lane). Alternated A/B of one build (median of 12 passes a run), load 4-6: every short
//!   group padded 0.977x (10 rounds) and 0.994x (24 rounds, order swapped every round), groups
//!   of at least 4 chains 0.985x and 0.974x, against 0.987x-1.015x between two runs of the
//!   unpadded pass: no gain above the noise. A vector of mostly dummy chains costs as much as a
//!   full one, no less than the scalar pass's few chains. The staging copy of the streams
//!   (`Staged::new`, the `memmove` of 1.4% of that decode) stays: past each stream's end the
//!   copy reads zeros, as the scalar loops do, where the mapped file in place would give the
//!   next block's bytes.
//!
//! [`super::decode_block_reference`] is the format's pseudo-code for cross-checking.

use super::cpu::{has_avx2, has_avx512_vbmi, has_avx512_vbmi2, has_avx512f, has_bmi2, low_bits};
use super::lanes::{check_many, BlockIn, LaneStreams, ManyResult, LANE_COUNTS};
use super::tans::check_end;
use super::AnsModel;
use crate::{Dtype, Error, Result};

#[cfg(target_arch = "x86_64")]
pub(super) mod gather;
#[cfg(target_arch = "x86_64")]
mod raw512;

thread_local! {
    /// The gather state pass's copy of its chains' tANS streams (reused: no allocation per group).
    static SCRATCH: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn corrupt(stream: &str, message: impl Into<String>) -> Error {
    Error::Corrupt { context: format!("ANS block ({stream} stream)"), message: message.into() }
}

fn short_output(n: usize, len: usize) -> Error {
    Error::Request(format!("output buffer holds {len} values, block has {n}"))
}

/// A lane's corruption error, the lane named.
fn in_lane(k: usize, e: Error) -> Error {
    match e {
        Error::Corrupt { context, message } => Error::Corrupt { context, message: format!("lane {k}: {message}") },
        other => other,
    }
}

/// One state of the decode table: the tANS step and what the state's code puts in the value.
#[derive(Clone, Copy, Debug, Default)]
#[repr(C, align(8))]
struct Entry {
    /// State bits to read (`nb`).
    nb: u8,
    /// Additional bits to read, or [`ESCAPE`].
    rb: u8,
    /// Next state without the bits read.
    base: u16,
    /// `(1 << nb) - 1`: the state bits as a mask (keeps the state chain to and + or).
    mask: u16,
    /// The exponent, in place (`exp << M`); 0 for the escape. In [`Tables::state`]: the same
    /// with the raw-bit tag ([`TAG_MASK`]) in its low bits.
    expw: u16,
}

/// `rb` of the escape: `E + 1 + M` raw bits (16 in both formats), more than any direct code's
/// `1 + M`, so the count alone tells the escape apart.
const ESCAPE: u8 = 16;

/// Table slots: `2^R` at most. The bounds check on a state is a predicted branch beside the state
/// chain, not on it (a 16-bit index into a 2^16-slot table would cost a zero-extension on the
/// chain instead).
const SLOTS: usize = 1 << super::MAX_TABLE_LOG;

/// The decode tables, shared by every lane (one allocation: one base register in the hot loop).
#[derive(Clone, Debug)]
struct Tables {
    entries: [Entry; SLOTS],
    /// The entries of the state pass of [`Decoder::two_pass`]: `expw` carries the raw-bit tag.
    state: [Entry; SLOTS],
    /// Per additional-bit count `rb` (a `u8` index: no bounds check): the bits of the value those
    /// bits give, the sign (bit 15) when there is at least one and the top `rb - 1` mantissa bits.
    vmask: [u16; 256],
    /// The state pass's entries as the gather state pass reads them, 4 bytes each
    /// (`gather::table`).
    #[cfg(target_arch = "x86_64")]
    gather: Box<[u32; SLOTS]>,
    /// The pair state pass's tables (`gather::pairs`: two steps per gather), where they apply
    /// (`R <= 6`, at most 32 distinct words).
    #[cfg(target_arch = "x86_64")]
    pairs: Option<gather::Pairs>,
    /// The word table of the register state pass of `R = 7, 8` (`gather::words`), where it
    /// applies (at most 16 distinct words).
    #[cfg(target_arch = "x86_64")]
    words: Option<gather::Words>,
}

/// Which loop a [`Decoder`] runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Path {
    /// The faster one for the element type and lane count ([`Decoder::use_two_pass`]).
    Fastest,
    /// Always the one-pass loop.
    OnePass,
    /// Always the two-pass one.
    TwoPass,
}

/// A prepared `ans` / `ans-fa` block decoder: a table indexed by state.
#[derive(Clone, Debug)]
pub struct Decoder {
    dtype: Dtype,
    table_log: u32,
    /// Every direct code has all `1 + M` additional bits (always so for `ans`).
    full: bool,
    /// Which loop decodes a block ([`Decoder::use_two_pass`]).
    path: Path,
    tables: Box<Tables>,
    /// The CPU has BMI1 and BMI2 (the state pass then uses `bzhi`); false forces the portable
    /// loop.
    bmi2: bool,
    /// The raw pass uses SSE2 (x86-64); false forces the portable loop.
    simd: bool,
    /// The CPU has AVX2 (run-time check): the F16 raw pass then unpacks eight 11-bit fields of
    /// a lane at a time (one or two lanes).
    avx2: bool,
    /// State chains [`Decoder::decode_many`] runs side by side (blocks of `N` lanes are decoded
    /// `chains / N` at a time): [`DEFAULT_CHAINS`] ([`GATHER_CHAINS`] with `gather`), or 1 for one
    /// block at a time.
    chains: usize,
    /// The CPU has AVX2 and the state pass of eight or more chains runs with gathers (`gather`
    /// module): 8 chains per vector.
    gather: bool,
    /// Only the state pass (tANS end checks included) in [`Decoder::decode_many`]: for profiling.
    states_only: bool,
    /// The gather state pass runs two steps per gather where the decoder has the pair tables
    /// (`gather::pairs`); false: one step per gather always.
    pairs: bool,
    /// The CPU has AVX-512 F and the table fits registers (`R <= 6`, `gather::fits_registers`):
    /// the gather state pass then looks the table up in registers (`gather::state_chains_512`)
    /// instead of gathering it, and runs one step per lookup (no pair tables).
    registers: bool,
    /// The CPU has AVX-512 F, VL and VBMI2: the gather state pass (table gathered or in
    /// registers) then reads its streams through 64-bit windows (`gather::state_chains_wide`),
    /// an 8-byte gather every `57 / R` steps instead of a 4-byte one every `25 / R`.
    wide: bool,
    /// The 64-bit windows (`wide`) are read with eight scalar loads per vector of chains
    /// (`Staged::window64_loads`) rather than an 8-byte gather.
    window_loads: bool,
    /// The CPU has AVX-512 F, BW, VL, VBMI and VBMI2 and the decoder has the word table
    /// (`gather::words`): for `R = 7, 8` the gather state pass then looks the table up in
    /// registers as 16-bit words (`gather::state_chains_words`) instead of gathering it.
    words: bool,
    /// The CPU has AVX-512 F, BW, VL and VBMI (and VBMI2): the BF16 raw pass of one or two lanes then merges
    /// untagged rows with one byte permute and a shift (`raw512`).
    vbmi: bool,
}

/// State chains decoded side by side by [`Decoder::decode_many`] by default (`cargo bench -p
/// xnc-codec --bench ans_decode`, rows `blocks x`).
pub const DEFAULT_CHAINS: usize = 4;

/// State chains decoded side by side by [`Decoder::decode_many`] with the gather state pass (AVX2):
/// four vectors of eight (the container decodes 32 one-lane or 16 two-lane blocks together to
/// make them).
pub const GATHER_CHAINS: usize = 32;

/// Eight bytes from `pos`, zeros past the end (reading past the end is detected afterwards from
/// the number of bits consumed).
#[inline(always)]
pub(super) fn load8(bytes: &[u8], pos: usize) -> [u8; 8] {
    match bytes.get(pos..).and_then(|s| s.first_chunk::<8>()) {
        Some(s) => *s,
        None => load_tail(bytes, pos),
    }
}

#[cold]
fn load_tail(bytes: &[u8], pos: usize) -> [u8; 8] {
    let mut b = [0u8; 8];
    if pos < bytes.len() {
        let t = (bytes.len() - pos).min(8);
        b[..t].copy_from_slice(&bytes[pos..pos + t]);
    }
    b
}

/// The raw window at bit `rpos`: the stream's next bits at the top (at least 57 valid), the
/// marker in bit 0.
#[inline(always)]
pub(super) fn raw_window(raw: &[u8], rpos: usize) -> u64 {
    (u64::from_be_bytes(load8(raw, rpos >> 3)) << (rpos & 7)) | 1
}

/// An escaped value at raw bit `rpos` (exponent, then `{sign, mantissa}`): the value and the raw
/// window after it. Out of line: rare, and it keeps the hot loop's registers free.
#[cold]
#[inline(never)]
pub(super) fn escape<const M: u32, const E: u32>(raw: &[u8], rpos: usize) -> (u16, u64) {
    let w = raw_window(raw, rpos);
    let exp = (w >> (64 - E)) as u32;
    let f = (w << E >> (63 - M)) as u32;
    let v = (((f >> M) << 15) | (exp << M) | (f & ((1 << M) - 1))) as u16;
    (v, raw_window(raw, rpos + ESCAPE as usize))
}

/// One lane being decoded: its state, its two streams and a 64-bit window on each.
#[derive(Clone, Copy)]
struct Lane<'a> {
    state: u32,
    /// tANS window, LSB-first: the next state bits at the bottom, the marker above the valid
    /// bits (`leading_zeros` = bits consumed since `apos`).
    abuf: u64,
    /// Raw window, MSB-first: the next additional bits at the top, the marker below
    /// (`trailing_zeros` = bits consumed since `rpos`).
    rbuf: u64,
    /// tANS stream bit position of the window.
    apos: usize,
    /// Raw stream bit position of the window.
    rpos: usize,
    ans: &'a [u8],
    raw: &'a [u8],
}

impl<'a> Lane<'a> {
    /// A lane with its initial state read (windows empty: markers only).
    fn new(ans: &'a [u8], raw: &'a [u8], table_log: u32) -> Self {
        let state = (u64::from_le_bytes(load8(ans, 0)) & ((1 << table_log) - 1)) as u32;
        Self { state, abuf: 1 << 63, rbuf: 1, apos: table_log as usize, rpos: 0, ans, raw }
    }

    /// Move both positions past the bits consumed and reload both windows: each then holds at
    /// least 57 valid bits.
    #[inline(always)]
    fn refill(&mut self) {
        self.apos += self.abuf.leading_zeros() as usize;
        self.rpos += self.rbuf.trailing_zeros() as usize;
        self.abuf = (u64::from_le_bytes(load8(self.ans, self.apos >> 3)) >> (self.apos & 7)) | 1 << 63;
        self.rbuf = raw_window(self.raw, self.rpos);
    }

    /// Decode one value: the tANS step, then the value from the state's code and the additional
    /// bits.
    #[inline(always)]
    fn step<const M: u32, const E: u32, const FULL: bool>(&mut self, t: &Tables) -> u16 {
        let e = t.entries[self.state as usize];
        self.state = e.base as u32 | (self.abuf as u32 & e.mask as u32);
        self.abuf = self.abuf.wrapping_shr(e.nb as u32);
        if e.rb != ESCAPE {
            // The `1 + M` bit field {sign, mantissa} from the top of the window; the sign moved to
            // bit 15 beside the field's own copy (BF16: one multiply, the copies do not overlap),
            // then the bits this code gives kept and the exponent put in. `FULL`: every direct
            // code has all `1 + M` bits (constant shift and mask).
            let f = (self.rbuf >> (63 - M)) as u32;
            let spread = if M == 7 { f * 0x101 } else { ((f << (15 - M)) & 0x8000) | f };
            if FULL {
                self.rbuf <<= 1 + M;
                (spread as u16 & (0x8000 | ((1 << M) - 1))) | e.expw
            } else {
                self.rbuf = self.rbuf.wrapping_shl(e.rb as u32);
                (spread as u16 & t.vmask[e.rb as usize]) | e.expw
            }
        } else {
            let pos = self.rpos + self.rbuf.trailing_zeros() as usize;
            let (v, w) = escape::<M, E>(self.raw, pos);
            self.rpos = pos + ESCAPE as usize;
            self.rbuf = w;
            v
        }
    }

    /// The end checks: final state 0, both streams used exactly, zero padding.
    fn finish(mut self) -> Result<()> {
        if self.state != 0 {
            return Err(corrupt("tANS", format!("final state {}, expected 0", self.state)));
        }
        self.apos += self.abuf.leading_zeros() as usize;
        self.rpos += self.rbuf.trailing_zeros() as usize;
        check_end("tANS", self.ans, self.apos as u64, true)?;
        check_end("raw", self.raw, self.rpos as u64, false)
    }
}

/// `$body` for `$r` in `0..$k` (`$k` a constant of at most 12), unrolled: the compiler would not
/// unroll a two-lane body itself and then keeps the lanes' states in memory.
macro_rules! unroll {
    ($k:expr, |$r:ident| $body:block) => {{
        unroll!(@ $k, $r, $body, 0 1 2 3 4 5 6 7 8 9 10 11)
    }};
    (@ $k:expr, $r:ident, $body:block, $($i:literal)*) => {{
        $(
            if $i < $k {
                let $r = $i;
                $body
            }
        )*
    }};
}

/// Decode lane `F` of `rows` (rows of `N` values: value `row * N + F` from `lanes[F]`). The
/// windows are refilled every `K` rows: `K` values read at most 57 bits from each stream (see
/// [`Decoder::refill_rows`]). `rows` holds whole rows.
#[inline(always)]
fn decode_one<const M: u32, const E: u32, const N: usize, const K: usize, const F: usize, const FULL: bool>(
    t: &Tables,
    lanes: &mut [Lane],
    rows: &mut [u16],
) {
    // A local copy: its state and windows stay in registers.
    let mut a = lanes[F];
    let mut chunks = rows.chunks_exact_mut(K * N);
    for chunk in &mut chunks {
        a.refill();
        unroll!(K, |r| {
            chunk[r * N + F] = a.step::<M, E, FULL>(t);
        });
    }
    for row in chunks.into_remainder().chunks_exact_mut(N) {
        a.refill();
        row[F] = a.step::<M, E, FULL>(t);
    }
    lanes[F] = a;
}

/// [`decode_one`] for lanes `F` and `F + 1` side by side in one loop: independent state chains,
/// so their table loads overlap.
#[inline(always)]
fn decode_two<const M: u32, const E: u32, const N: usize, const K: usize, const F: usize, const FULL: bool>(
    t: &Tables,
    lanes: &mut [Lane],
    rows: &mut [u16],
) {
    let (mut a, mut b) = (lanes[F], lanes[F + 1]);
    let mut chunks = rows.chunks_exact_mut(K * N);
    for chunk in &mut chunks {
        a.refill();
        b.refill();
        unroll!(K, |r| {
            chunk[r * N + F] = a.step::<M, E, FULL>(t);
            chunk[r * N + F + 1] = b.step::<M, E, FULL>(t);
        });
    }
    for row in chunks.into_remainder().chunks_exact_mut(N) {
        a.refill();
        b.refill();
        row[F] = a.step::<M, E, FULL>(t);
        row[F + 1] = b.step::<M, E, FULL>(t);
    }
    (lanes[F], lanes[F + 1]) = (a, b);
}

impl Decoder {
    /// Prepare the decode tables of `model` (validated first).
    pub fn new(model: &AnsModel) -> Result<Self> {
        model.validate()?;
        let d = model.dtype;
        let m = d.man_bits();
        let mut tables = Box::new(Tables {
            entries: [Entry::default(); SLOTS],
            state: [Entry::default(); SLOTS],
            vmask: [0; 256],
            #[cfg(target_arch = "x86_64")]
            gather: Box::new([0; SLOTS]),
            #[cfg(target_arch = "x86_64")]
            pairs: None,
            #[cfg(target_arch = "x86_64")]
            words: None,
        });
        let Tables { entries, state, .. } = &mut *tables;
        for ((slot, state), e) in entries.iter_mut().zip(state.iter_mut()).zip(model.decode_table()) {
            let c = model.codes[e.code as usize];
            let (rb, expw) = if c.escape { (ESCAPE, 0) } else { (c.nbits, (c.exp as u16) << m) };
            *slot = Entry { nb: e.nb, rb, base: e.base, mask: ((1u32 << e.nb) - 1) as u16, expw };
            let tag = if c.escape {
                TAG_ESCAPE
            } else if c.nbits as u32 == 1 + m {
                0
            } else {
                TAG_SHORT + c.nbits as u16
            };
            *state = Entry { expw: expw | tag, ..*slot };
        }
        for rb in 1..=1 + m {
            let man = (1u32 << (rb - 1)) - 1;
            tables.vmask[rb as usize] = 0x8000 | (man << (m + 1 - rb)) as u16;
        }
        // The state pass indexes its table without a bounds check (`StateLane::step`): every
        // next state, `base | bits` with `bits <= mask`, must be a slot. A validated model's
        // table always is; checked here so that no table can break it.
        if tables.state.iter().any(|e| (e.base | e.mask) as usize >= SLOTS || e.mask as u32 != (1u32 << e.nb) - 1) {
            return Err(Error::Corrupt {
                context: "ANS model".into(),
                message: "a decode table entry leaves the table".into(),
            });
        }
        #[cfg(target_arch = "x86_64")]
        {
            tables.gather = gather::table(&tables.state);
            tables.pairs = gather::pairs(&tables.state, model.table_log as u32);
            tables.words = gather::words(&tables.state, model.table_log as u32);
        }
        let full = model.codes.iter().all(|c| c.escape || c.nbits as u32 == 1 + m);
        let gather = cfg!(target_arch = "x86_64") && has_avx2();
        #[cfg(target_arch = "x86_64")]
        let registers = gather && has_avx512f() && gather::fits_registers(&tables.state, model.table_log as u32);
        #[cfg(not(target_arch = "x86_64"))]
        let registers = false;
        let wide = gather && has_avx512_vbmi2();
        // AVX-512 BW (with F, through VBMI's check) beside VBMI2's F, VL and VBMI2.
        #[cfg(target_arch = "x86_64")]
        let words = wide && has_avx512_vbmi() && (7..=8).contains(&model.table_log) && tables.words.is_some();
        #[cfg(not(target_arch = "x86_64"))]
        let words = false;
        Ok(Self {
            dtype: d,
            table_log: model.table_log as u32,
            full,
            path: Path::Fastest,
            tables,
            bmi2: has_bmi2(),
            simd: cfg!(target_arch = "x86_64"),
            avx2: has_avx2(),
            chains: if gather { GATHER_CHAINS } else { DEFAULT_CHAINS },
            gather,
            states_only: false,
            pairs: true,
            registers,
            wide,
            window_loads: wide,
            words,
            vbmi: has_avx512_vbmi() && has_avx512_vbmi2(),
        })
    }

    /// The same decoder running `chains` (1, 2, 4 or 8) state chains side by side in
    /// [`Decoder::decode_many`], for tests and speed comparisons: blocks of `N` lanes are then
    /// decoded `chains / N` at a time (1: one block at a time, as [`Decoder::decode_lanes`]).
    pub fn with_chains(mut self, chains: usize) -> Self {
        self.chains = chains;
        self
    }

    /// The same decoder with portable code only (no BMI2 in the state pass, no SSE2 in the raw
    /// pass, no gathers), as on a CPU without them: for tests and speed comparisons.
    pub fn portable(mut self) -> Self {
        self.bmi2 = false;
        self.simd = false;
        self.avx2 = false;
        self.without_gather()
    }

    /// The same decoder without the gather state pass (the scalar chains, `DEFAULT_CHAINS` of
    /// them in [`Decoder::decode_many`]), as on a CPU without AVX2: for tests and speed
    /// comparisons.
    pub fn without_gather(mut self) -> Self {
        self.gather = false;
        self.chains = DEFAULT_CHAINS;
        self
    }

    /// The same decoder with the gather state pass one step per gather only (without the pair
    /// tables of `R <= 6`): for tests and speed comparisons.
    pub fn without_pairs(mut self) -> Self {
        self.pairs = false;
        self
    }

    /// The same decoder with the gather state pass gathering its table (without the AVX-512
    /// register lookup of `R <= 6`): for tests and speed comparisons.
    pub fn without_registers(mut self) -> Self {
        self.registers = false;
        self
    }

    /// The same decoder with the gather state pass reading 32-bit windows (without the AVX-512
    /// 64-bit windows of `gather::state_chains_wide`): for tests and speed comparisons.
    pub fn without_wide_windows(mut self) -> Self {
        self.wide = false;
        self
    }

    /// The same decoder with the 64-bit windows of the gather state pass gathered (without the
    /// scalar loads of `Staged::window64_loads`): for tests and speed comparisons.
    pub fn without_window_loads(mut self) -> Self {
        self.window_loads = false;
        self
    }

    /// The same decoder with the gather state pass gathering its table for `R = 7, 8` (without
    /// the AVX-512 word-table lookup of `gather::state_chains_words`): for tests and speed
    /// comparisons.
    pub fn without_words(mut self) -> Self {
        self.words = false;
        self
    }

    /// Whether the gather state pass looks its table up in registers as 16-bit words (AVX-512 F,
    /// BW, VL and VBMI2, `R = 7, 8`, at most 16 distinct words, 64-bit windows, not
    /// [`Decoder::without_words`]).
    pub fn word_pass(&self) -> bool {
        self.gather && self.wide && self.words
    }

    /// The same decoder with the BF16 raw pass in its AVX2 form (without the AVX-512 VBMI rows
    /// of `raw512`): for tests and speed comparisons.
    pub fn without_vbmi_raw_pass(mut self) -> Self {
        self.vbmi = false;
        self
    }

    /// Whether the gather state pass reads 64-bit windows (AVX-512 F, VL and VBMI2, not
    /// [`Decoder::without_wide_windows`]).
    pub fn wide_windows(&self) -> bool {
        self.gather && self.wide
    }

    /// Whether the 64-bit windows are read by scalar loads (`Staged::window64_loads`) rather
    /// than gathered: wherever they are used, unless [`Decoder::without_window_loads`].
    pub fn window_loads(&self) -> bool {
        self.wide_windows() && self.window_loads
    }

    /// Whether the gather state pass looks its table up in registers (AVX-512 F, `R <= 6`, not
    /// [`Decoder::without_registers`]).
    pub fn register_pass(&self) -> bool {
        self.gather && self.registers
    }

    /// Whether the gather state pass runs two steps per gather (`gather::pairs`: AVX2, `R <= 6`,
    /// at most 32 distinct words in the state table, not [`Decoder::without_pairs`], and not the
    /// register lookup, [`Decoder::register_pass`]).
    pub fn pair_pass(&self) -> bool {
        #[cfg(target_arch = "x86_64")]
        {
            self.gather && self.pairs && !self.registers && self.tables.pairs.is_some()
        }
        #[cfg(not(target_arch = "x86_64"))]
        false
    }

    /// The same decoder running only the state pass in [`Decoder::decode_many`] (each value's
    /// exponent word and raw-bit tag, the tANS end checks; the raw streams not read): for
    /// profiling, its output is not the blocks' values.
    pub fn state_pass_only(mut self) -> Self {
        self.states_only = true;
        self
    }

    /// The same decoder without the two-pass path (`Decoder::two_pass`): every block through
    /// the one-pass loop, for tests and speed comparisons.
    pub fn one_pass_only(mut self) -> Self {
        self.path = Path::OnePass;
        self
    }

    /// The same decoder with every block through the two-pass path, for tests and speed
    /// comparisons.
    pub fn two_pass_only(mut self) -> Self {
        self.path = Path::TwoPass;
        self
    }

    /// Whether a block of `lanes` lanes is decoded in two passes: by default where that measured
    /// faster (`cargo bench -p xnc-codec --bench ans_decode`): BF16 with two lanes or more (the
    /// raw pass merges bytes with SSE2), F16 with four or more (its raw pass is scalar; with one
    /// or two lanes the one-pass loop was faster).
    fn use_two_pass(&self, lanes: usize) -> bool {
        match self.path {
            Path::Fastest => lanes >= if self.dtype == Dtype::BF16 { 2 } else { 4 },
            Path::OnePass => false,
            Path::TwoPass => true,
        }
    }

    /// Whether [`Decoder::decode_many`] decodes blocks in groups (two-pass, their state chains
    /// side by side): by default for BF16, where that measured faster (`cargo bench -p xnc-codec
    /// --bench ans_decode`, rows `blocks x`): BF16, and F16 with AVX2 (its raw pass without it,
    /// scalar, cost more than the chains gain: the one-pass loop block by block was faster).
    fn groups(&self) -> bool {
        match self.path {
            Path::Fastest => self.dtype == Dtype::BF16 || self.avx2,
            Path::OnePass => false,
            Path::TwoPass => true,
        }
    }

    /// Rows decoded between refills: the most values whose state bits (at most R each) and
    /// additional bits (at most `1 + M`; an escape refills itself) fit the 57 valid bits of a
    /// window.
    fn refill_rows(&self) -> usize {
        57 / self.table_log.max(1 + self.dtype.man_bits()) as usize
    }

    /// Decode `n` values of one block into `out[..n]`; see [`AnsModel::decode_block`].
    pub fn decode(&self, ans: &[u8], raw: &[u8], n: usize, out: &mut [u16]) -> Result<()> {
        let len = out.len();
        let out = out.get_mut(..n).ok_or_else(|| short_output(n, len))?;
        if self.use_two_pass(1) {
            return self.two_pass(&[(ans, raw)], out).map_err(|(_, e)| e);
        }
        let mut q = [Lane::new(ans, raw, self.table_log)];
        self.dispatch(&mut q, out);
        let [l] = q;
        l.finish()
    }

    /// Decode `out` from the lanes `q` with the loop made for the element type, the refill
    /// interval and whether every direct code has all `1 + M` bits.
    fn dispatch(&self, q: &mut [Lane], out: &mut [u16]) {
        match (self.dtype, self.refill_rows() >= 7, self.full) {
            (Dtype::BF16, true, true) => self.lanes_impl::<7, 8, 7, true>(q, out),
            (Dtype::BF16, true, false) => self.lanes_impl::<7, 8, 7, false>(q, out),
            (Dtype::BF16, false, true) => self.lanes_impl::<7, 8, 5, true>(q, out),
            (Dtype::BF16, false, false) => self.lanes_impl::<7, 8, 5, false>(q, out),
            (Dtype::F16, _, true) => self.lanes_impl::<10, 5, 5, true>(q, out),
            (Dtype::F16, _, false) => self.lanes_impl::<10, 5, 5, false>(q, out),
        }
    }

    /// Decode the `n` values of a block whose lanes (FORMAT.md 3.4) are `lanes`, byte ranges of
    /// `block`; value k of the block comes from lane `k % lanes.len()`. Two lanes are
    /// decoded side by side in one loop (independent state chains), so several lanes decode
    /// faster than one. Checks every lane's final state, padding and length.
    pub fn decode_lanes(&self, block: &[u8], lanes: &[LaneStreams], n: usize, out: &mut [u16]) -> Result<()> {
        let len = out.len();
        let out = out.get_mut(..n).ok_or_else(|| short_output(n, len))?;
        let mut streams = Vec::with_capacity(lanes.len());
        for l in lanes {
            match (block.get(l.ans.clone()), block.get(l.raw.clone())) {
                (Some(ans), Some(raw)) => streams.push((ans, raw)),
                _ => return Err(corrupt("lane", format!("streams {:?} {:?} outside the block", l.ans, l.raw))),
            }
        }
        if !LANE_COUNTS.contains(&lanes.len()) {
            return Err(Error::Request(format!("{} lanes (1, 2, 4 or 8 allowed)", lanes.len())));
        }
        if self.use_two_pass(streams.len()) {
            return self.two_pass(&streams, out).map_err(|(k, e)| in_lane(k, e));
        }
        let mut q: Vec<Lane> = streams.iter().map(|&(ans, raw)| Lane::new(ans, raw, self.table_log)).collect();
        self.dispatch(&mut q, out);
        for (k, l) in q.into_iter().enumerate() {
            l.finish().map_err(|e| in_lane(k, e))?;
        }
        Ok(())
    }

    /// The state pass of the two-pass decoder alone (`Decoder::two_pass`) over a block's lanes:
    /// each value's exponent word and raw-bit tag into `out[..n]`, the tANS streams' end checks
    /// made, the raw streams not read. For profiling only (`benches/ans_decode.rs` times it beside
    /// the whole decode, the difference being the raw pass); its output is not the block's values.
    pub fn state_pass(&self, block: &[u8], lanes: &[LaneStreams], n: usize, out: &mut [u16]) -> Result<()> {
        let len = out.len();
        let out = out.get_mut(..n).ok_or_else(|| short_output(n, len))?;
        let mut q = Vec::with_capacity(lanes.len());
        for l in lanes {
            let ans = block
                .get(l.ans.clone())
                .ok_or_else(|| corrupt("lane", format!("stream {:?} outside the block", l.ans)))?;
            q.push(StateLane::new(ans, self.table_log));
        }
        if !LANE_COUNTS.contains(&q.len()) {
            return Err(Error::Request(format!("{} lanes (1, 2, 4 or 8 allowed)", q.len())));
        }
        self.states(&mut q, out);
        for (k, l) in q.into_iter().enumerate() {
            l.finish().map_err(|e| in_lane(k, e))?;
        }
        Ok(())
    }

    /// Decode `out` from the lanes' `streams` (tANS, raw; value k from lane `k % streams.len()`)
    /// in two passes: first the lanes' state chains alone, up to four side by side, each value's
    /// exponent word and raw-bit tag into `out` (few instructions per value: a table load,
    /// `bzhi`, or, shift); then the raw bits merged in ([`merge_lanes`]), eight rows at a time
    /// where every code among them has all `1 + M` bits. Errors name the lane.
    fn two_pass(&self, streams: &[(&[u8], &[u8])], out: &mut [u16]) -> std::result::Result<(), (usize, Error)> {
        let mut q: Vec<StateLane> = streams.iter().map(|&(ans, _)| StateLane::new(ans, self.table_log)).collect();
        self.states(&mut q, out);
        self.raw_pass(streams, &q, out)
    }

    /// Decode several blocks of one tensor: `blocks[i]` into `outs[i]` (of exactly the block's
    /// value count). Consecutive blocks of the same length and lane count are decoded in groups
    /// whose lanes make up to the decoder's chain count (`DEFAULT_CHAINS`) state chains (two blocks of two lanes: four
    /// chains), their state passes side by side in one loop: the chains are independent, so
    /// their table loads overlap where one block's two chains would each wait for the last.
    /// Then each block's raw pass, as in [`Decoder::decode_lanes`]; the same checks, the same
    /// values. On error: the index in `blocks` of the failing block, and the error (lane named).
    pub fn decode_many(&self, blocks: &[BlockIn], outs: &mut [&mut [u16]]) -> ManyResult {
        check_many(blocks, outs)?;
        let mut i = 0;
        while i < blocks.len() {
            let (lanes, n) = (blocks[i].lanes.len(), outs[i].len());
            let same = blocks[i..].iter().zip(&outs[i..]).take_while(|(b, o)| b.lanes.len() == lanes && o.len() == n);
            let mut g = same.count().min(self.chains / lanes.max(1)).max(1);
            while !(group_fits(lanes, g) || self.gather_fits(lanes, g)) {
                g /= 2;
            }
            let group = i..i + g;
            if (g > 1 || self.gather_fits(lanes, g)) && n > 0 && self.groups() {
                self.two_pass_group(&blocks[group.clone()], &mut outs[group]).map_err(|(k, e)| (i + k, e))?;
            } else {
                for k in group {
                    self.decode_lanes(blocks[k].bytes, blocks[k].lanes, outs[k].len(), outs[k]).map_err(|e| (k, e))?;
                }
            }
            i += g;
        }
        Ok(())
    }

    /// The two-pass decode of `blocks` (as many as [`group_fits`] allows, each of `outs[i].len()`
    /// values, all the same, with the same lane count): the state passes of all their lanes side
    /// by side, then each block's raw pass.
    fn two_pass_group(&self, blocks: &[BlockIn], outs: &mut [&mut [u16]]) -> ManyResult {
        let lanes = blocks[0].lanes.len();
        let mut streams = Vec::with_capacity(blocks.len() * lanes);
        for (i, b) in blocks.iter().enumerate() {
            for l in b.lanes {
                match (b.bytes.get(l.ans.clone()), b.bytes.get(l.raw.clone())) {
                    (Some(ans), Some(raw)) => streams.push((ans, raw)),
                    _ => {
                        let m = format!("streams {:?} {:?} outside the block", l.ans, l.raw);
                        return Err((i, corrupt("lane", m)));
                    }
                }
            }
        }
        let mut q: Vec<StateLane> = streams.iter().map(|&(ans, _)| StateLane::new(ans, self.table_log)).collect();
        self.states_many(&mut q, lanes, outs);
        if self.states_only {
            for (k, l) in q.into_iter().enumerate() {
                l.finish().map_err(|e| (k / lanes, in_lane(k % lanes, e)))?;
            }
            return Ok(());
        }
        for (i, out) in outs.iter_mut().enumerate() {
            let at = i * lanes..(i + 1) * lanes;
            self.raw_pass(&streams[at.clone()], &q[at], out).map_err(|(k, e)| (i, in_lane(k, e)))?;
        }
        Ok(())
    }

    /// The raw pass of [`Decoder::two_pass`] over one block whose state pass `q` has run: its
    /// lanes' raw streams (`streams`, value k from lane `k % streams.len()`) merged into `out`,
    /// then every lane's end checks. Errors name the lane.
    fn raw_pass(
        &self,
        streams: &[(&[u8], &[u8])],
        q: &[StateLane],
        out: &mut [u16],
    ) -> std::result::Result<(), (usize, Error)> {
        let raws: Vec<&[u8]> = streams.iter().map(|&(_, raw)| raw).collect();
        let mut pos = vec![0usize; raws.len()];
        match (self.dtype, raws.len(), self.simd) {
            #[cfg(target_arch = "x86_64")]
            // SAFETY: `self.vbmi`: the CPU has AVX-512 F, BW, VL and VBMI (`new`), and AVX2.
            (Dtype::BF16, 1, true) if self.vbmi && self.avx2 => unsafe {
                raw512::merge_bf16_vbmi::<1>(&raws, &mut pos, out)
            },
            #[cfg(target_arch = "x86_64")]
            // SAFETY: as above.
            (Dtype::BF16, 2, true) if self.vbmi && self.avx2 => unsafe {
                raw512::merge_bf16_vbmi::<2>(&raws, &mut pos, out)
            },
            #[cfg(target_arch = "x86_64")]
            // SAFETY: `self.avx2`: the CPU has AVX2 (`has_avx2` in `new`).
            (Dtype::BF16, 1, true) if self.avx2 => unsafe { merge_bf16_avx2::<1>(&raws, &mut pos, out) },
            #[cfg(target_arch = "x86_64")]
            // SAFETY: as above.
            (Dtype::BF16, 2, true) if self.avx2 => unsafe { merge_bf16_avx2::<2>(&raws, &mut pos, out) },
            (Dtype::BF16, 1, true) => merge_lanes::<7, 8, 1, true>(&raws, &mut pos, out),
            (Dtype::BF16, 2, true) => merge_lanes::<7, 8, 2, true>(&raws, &mut pos, out),
            (Dtype::BF16, 4, true) => merge_lanes::<7, 8, 4, true>(&raws, &mut pos, out),
            (Dtype::BF16, _, true) => merge_lanes::<7, 8, 8, true>(&raws, &mut pos, out),
            (Dtype::BF16, 1, false) => merge_lanes::<7, 8, 1, false>(&raws, &mut pos, out),
            (Dtype::BF16, 2, false) => merge_lanes::<7, 8, 2, false>(&raws, &mut pos, out),
            (Dtype::BF16, 4, false) => merge_lanes::<7, 8, 4, false>(&raws, &mut pos, out),
            (Dtype::BF16, _, false) => merge_lanes::<7, 8, 8, false>(&raws, &mut pos, out),
            #[cfg(target_arch = "x86_64")]
            // SAFETY: `self.avx2`: the CPU has AVX2 (`has_avx2` in `new`).
            (Dtype::F16, 1, _) if self.avx2 => unsafe { merge_f16_avx2::<1>(&raws, &mut pos, out) },
            #[cfg(target_arch = "x86_64")]
            // SAFETY: as above.
            (Dtype::F16, 2, _) if self.avx2 => unsafe { merge_f16_avx2::<2>(&raws, &mut pos, out) },
            (Dtype::F16, 1, _) => merge_lanes::<10, 5, 1, false>(&raws, &mut pos, out),
            (Dtype::F16, 2, _) => merge_lanes::<10, 5, 2, false>(&raws, &mut pos, out),
            (Dtype::F16, 4, _) => merge_lanes::<10, 5, 4, false>(&raws, &mut pos, out),
            (Dtype::F16, _, _) => merge_lanes::<10, 5, 8, false>(&raws, &mut pos, out),
        }
        for (k, ((l, raw), p)) in q.iter().zip(raws).zip(pos).enumerate() {
            l.finish().and_then(|()| check_end("raw", raw, p as u64, false)).map_err(|e| (k, e))?;
        }
        Ok(())
    }

    /// The state passes of [`Decoder::two_pass_group`]: `q` holds the lanes of `outs.len()`
    /// blocks of `lanes` lanes each (block `i`'s lanes at `q[i * lanes..]`), all the same length.
    fn states_many(&self, q: &mut [StateLane], lanes: usize, outs: &mut [&mut [u16]]) {
        if self.states_gather(q, lanes, outs) {
            return;
        }
        #[cfg(target_arch = "x86_64")]
        if self.bmi2 {
            // SAFETY: the CPU has BMI1 and BMI2 (`has_bmi2` in `new`).
            return unsafe { self.states_many_bmi2(q, lanes, outs) };
        }
        self.states_many_portable::<false>(q, lanes, outs)
    }

    /// Whether `blocks` blocks of `lanes` lanes each make a group of the gather state pass (this
    /// decoder runs it, and their chains fill one, two or four vectors of eight).
    fn gather_fits(&self, lanes: usize, blocks: usize) -> bool {
        #[cfg(target_arch = "x86_64")]
        if self.gather {
            return gather::fits(lanes, blocks);
        }
        false
    }

    /// The state pass of [`Decoder::states_many`] with AVX2 gathers where it runs
    /// ([`Decoder::gather_fits`]): the blocks' whole rows by gathers, the last, partial row by
    /// the scalar step. False when it does not run (nothing done).
    fn states_gather(&self, q: &mut [StateLane], lanes: usize, outs: &mut [&mut [u16]]) -> bool {
        if !self.gather_fits(lanes, outs.len()) || q.len() != lanes * outs.len() {
            return false;
        }
        #[cfg(target_arch = "x86_64")]
        {
            let n = outs[0].len();
            if outs.iter().any(|o| o.len() != n) {
                return false;
            }
            let rows = n / lanes;
            let t = &*self.tables.gather;
            let pairs = self.tables.pairs.as_ref().filter(|_| self.pairs && !self.registers);
            let (registers, wide, ld) = (self.registers, self.wide, self.window_loads);
            let words = self.tables.words.as_ref().filter(|_| self.words);
            let done = SCRATCH.with(|s| {
                let s = &mut *s.borrow_mut();
                if let (true, Some(w)) = (wide, words) {
                    debug_assert!(matches!(self.table_log, 7 | 8), "the word table is for R = 7, 8");
                    // SAFETY: `self.words`: the CPU has AVX2, AVX-512 F, BW, VL and VBMI2;
                    // `gather::words` checked every next state below `2^R <= 256`, and every
                    // chain starts below it (`StateLane::new` reads `R` bits).
                    let done = unsafe {
                        match self.table_log {
                            7 => words_dispatch::<8>(w, q, lanes, outs, rows, s, ld),
                            _ => words_dispatch::<7>(w, q, lanes, outs, rows, s, ld),
                        }
                    };
                    return done.then_some(rows);
                }
                if wide {
                    // SAFETY: `self.wide`: the CPU has AVX2, AVX-512 F, VL and VBMI2; with
                    // `self.registers` as below (every next state below `2^R <= 64`), else as
                    // the gathers below (every entry's `base | mask < SLOTS`); every chain starts
                    // below `2^R` (`StateLane::new` reads `R` bits).
                    let done = unsafe {
                        match (registers, self.table_log) {
                            (true, _) => wide_dispatch::<9, 2>(t, q, lanes, outs, rows, s, ld),
                            (false, 0..=6) => wide_dispatch::<9, 0>(t, q, lanes, outs, rows, s, ld),
                            (false, 7) => wide_dispatch::<8, 0>(t, q, lanes, outs, rows, s, ld),
                            (false, 8) => wide_dispatch::<7, 0>(t, q, lanes, outs, rows, s, ld),
                            (false, 9) => wide_dispatch::<6, 0>(t, q, lanes, outs, rows, s, ld),
                            (false, _) => wide_dispatch::<5, 0>(t, q, lanes, outs, rows, s, ld),
                        }
                    };
                    return done.then_some(rows);
                }
                if registers {
                    // SAFETY: `self.registers`: the CPU has AVX2 and AVX-512 F, and
                    // `gather::fits_registers` checked every next state below `2^R <= 64`;
                    // every chain starts below it (`StateLane::new` reads `R` bits).
                    let done = unsafe { register_dispatch::<4, 2>(t, q, lanes, outs, rows, s) };
                    return done.then_some(rows);
                }
                if let Some(p) = pairs {
                    // SAFETY: `self.gather`: the CPU has AVX2; `gather::pairs` checked that every
                    // next state is below 2^R, and every chain starts below it.
                    return unsafe { pair_dispatch(p, q, lanes, outs, rows, s) };
                }
                // SAFETY: `self.gather`: the CPU has AVX2 (`has_avx2` in `new`); `Decoder::new`
                // checked every entry's `base | mask < SLOTS`, and every chain starts below it
                // (`StateLane::new` reads `R` bits).
                let done = unsafe {
                    match self.table_log {
                        0..=6 => gather_dispatch::<4>(t, q, lanes, outs, rows, s),
                        7 | 8 => gather_dispatch::<3>(t, q, lanes, outs, rows, s),
                        _ => gather_dispatch::<2>(t, q, lanes, outs, rows, s),
                    }
                };
                done.then_some(rows)
            });
            let Some(done) = done else {
                return false;
            };
            // The rows the gathers left (the pair pass: up to three) and the last, partial row.
            let t = &self.tables.state;
            for (c, l) in q.iter_mut().enumerate() {
                let (out, k) = (&mut outs[c / lanes], c % lanes);
                for r in done..rows {
                    l.refill();
                    out[r * lanes + k] = l.step::<false>(t);
                }
                if let Some(o) = out.get_mut(rows * lanes + k) {
                    l.refill();
                    *o = l.step::<false>(t);
                }
            }
            true
        }
        #[cfg(not(target_arch = "x86_64"))]
        false
    }

    /// [`Decoder::states_many`] compiled with BMI1 and BMI2.
    ///
    /// # Safety
    /// The CPU must have BMI1 and BMI2.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "bmi1,bmi2")]
    unsafe fn states_many_bmi2(&self, q: &mut [StateLane], lanes: usize, outs: &mut [&mut [u16]]) {
        self.states_many_portable::<true>(q, lanes, outs)
    }

    /// [`Decoder::states_many`] with the refill interval of the table log (as
    /// [`Decoder::states_portable`]).
    #[inline(always)]
    fn states_many_portable<const B: bool>(&self, q: &mut [StateLane], lanes: usize, outs: &mut [&mut [u16]]) {
        let t = &self.tables.state;
        match self.table_log {
            0..=6 => state_groups::<9, B>(t, q, lanes, outs),
            7 | 8 => state_groups::<7, B>(t, q, lanes, outs),
            _ => state_groups::<5, B>(t, q, lanes, outs),
        }
    }

    /// The state pass of [`Decoder::two_pass`], with BMI2 where the CPU has it (checked at run
    /// time).
    fn states(&self, q: &mut [StateLane], out: &mut [u16]) {
        if self.states_gather(q, q.len(), &mut [out]) {
            return;
        }
        #[cfg(target_arch = "x86_64")]
        if self.bmi2 {
            // SAFETY: the CPU has BMI1 and BMI2 (`has_bmi2` in `new`).
            return unsafe { self.states_bmi2(q, out) };
        }
        self.states_portable::<false>(q, out)
    }

    /// [`Decoder::states`] compiled with BMI1 and BMI2.
    ///
    /// # Safety
    /// The CPU must have BMI1 and BMI2.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "bmi1,bmi2")]
    unsafe fn states_bmi2(&self, q: &mut [StateLane], out: &mut [u16]) {
        self.states_portable::<true>(q, out)
    }

    /// The state pass with the refill interval of the table log: `K` steps read at most
    /// `K * R <= 57` bits.
    #[inline(always)]
    fn states_portable<const B: bool>(&self, q: &mut [StateLane], out: &mut [u16]) {
        let t = &self.tables.state;
        match self.table_log {
            0..=6 => state_lanes::<9, B>(t, q, out),
            7 | 8 => state_lanes::<7, B>(t, q, out),
            _ => state_lanes::<5, B>(t, q, out),
        }
    }

    /// The lanes `q` (1, 2, 4 or 8) over the block's whole rows, two side by side (four registers
    /// of windows; more lanes at once spill them), refilled every `K` rows; then the last,
    /// partial row.
    fn lanes_impl<const M: u32, const E: u32, const K: usize, const FULL: bool>(
        &self,
        q: &mut [Lane],
        out: &mut [u16],
    ) {
        let t = &*self.tables;
        let n = q.len();
        let full = out.len() / n * n;
        let (rows, tail) = out.split_at_mut(full);
        match n {
            1 => decode_one::<M, E, 1, K, 0, FULL>(t, q, rows),
            2 => decode_two::<M, E, 2, K, 0, FULL>(t, q, rows),
            4 => {
                decode_two::<M, E, 4, K, 0, FULL>(t, q, rows);
                decode_two::<M, E, 4, K, 2, FULL>(t, q, rows);
            }
            _ => {
                decode_two::<M, E, 8, K, 0, FULL>(t, q, rows);
                decode_two::<M, E, 8, K, 2, FULL>(t, q, rows);
                decode_two::<M, E, 8, K, 4, FULL>(t, q, rows);
                decode_two::<M, E, 8, K, 6, FULL>(t, q, rows);
            }
        }
        for (o, l) in tail.iter_mut().zip(q.iter_mut()) {
            l.refill();
            *o = l.step::<M, E, FULL>(t);
        }
    }
}

/// `$f::<L, V, $c...>($a...)` with `L` = `$lanes` (1, 2, 4, else 8) and `V` the chain vectors of
/// `$chains` chains (8: 1, 16: 2, else 4): the monomorphisations a gather dispatcher chooses from.
#[cfg(target_arch = "x86_64")]
macro_rules! by_lanes_and_chains {
    ($lanes:expr, $chains:expr, $($f:ident)::+, [$($c:tt),*], ($($a:expr),*)) => {
        match ($lanes, $chains) {
            (1, 8) => $($f)::+::<1, 1, $($c),*>($($a),*),
            (1, 16) => $($f)::+::<1, 2, $($c),*>($($a),*),
            (1, _) => $($f)::+::<1, 4, $($c),*>($($a),*),
            (2, 8) => $($f)::+::<2, 1, $($c),*>($($a),*),
            (2, 16) => $($f)::+::<2, 2, $($c),*>($($a),*),
            (2, _) => $($f)::+::<2, 4, $($c),*>($($a),*),
            (4, 8) => $($f)::+::<4, 1, $($c),*>($($a),*),
            (4, 16) => $($f)::+::<4, 2, $($c),*>($($a),*),
            (4, _) => $($f)::+::<4, 4, $($c),*>($($a),*),
            (_, 8) => $($f)::+::<8, 1, $($c),*>($($a),*),
            (_, 16) => $($f)::+::<8, 2, $($c),*>($($a),*),
            (_, _) => $($f)::+::<8, 4, $($c),*>($($a),*),
        }
    };
}

/// [`gather::state_chains`] for `lanes` lanes per block and `q.len()` (8, 16 or 32) chains, `S`
/// steps per window.
///
/// # Safety
/// As [`gather::state_chains`].
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn gather_dispatch<const S: usize>(
    t: &[u32; SLOTS],
    q: &mut [StateLane],
    lanes: usize,
    outs: &mut [&mut [u16]],
    rows: usize,
    s: &mut Vec<u8>,
) -> bool {
    // SAFETY: forwarded from the caller.
    unsafe { by_lanes_and_chains!(lanes, q.len(), gather::state_chains, [S], (t, q, outs, rows, s)) }
}

/// [`gather::state_chains_512`] for `lanes` lanes per block and `q.len()` (8, 16 or 32) chains, `S`
/// steps per window, `32 T` table words in registers.
///
/// # Safety
/// As [`gather::state_chains_512`].
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,avx512f")]
unsafe fn register_dispatch<const S: usize, const T: usize>(
    t: &[u32; SLOTS],
    q: &mut [StateLane],
    lanes: usize,
    outs: &mut [&mut [u16]],
    rows: usize,
    s: &mut Vec<u8>,
) -> bool {
    // SAFETY: forwarded from the caller.
    unsafe { by_lanes_and_chains!(lanes, q.len(), gather::state_chains_512, [S, T], (t, q, outs, rows, s)) }
}

/// [`gather::state_chains_wide`] for `lanes` lanes per block and `q.len()` (8, 16 or 32) chains,
/// `S` steps per 64-bit window, `T` as there.
///
/// # Safety
/// As [`gather::state_chains_wide`].
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,avx512f,avx512vl,avx512vbmi2")]
unsafe fn wide_dispatch<const S: usize, const T: usize>(
    t: &[u32; SLOTS],
    q: &mut [StateLane],
    lanes: usize,
    outs: &mut [&mut [u16]],
    rows: usize,
    s: &mut Vec<u8>,
    ld: bool,
) -> bool {
    // SAFETY: forwarded from the caller.
    unsafe { by_lanes_and_chains!(lanes, q.len(), gather::state_chains_wide, [S, T], (t, q, outs, rows, s, ld)) }
}

/// [`gather::state_chains_words`] for `lanes` lanes per block and `q.len()` (8, 16 or 32)
/// chains, `S` steps per 64-bit window.
///
/// # Safety
/// As [`gather::state_chains_words`].
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,avx512f,avx512bw,avx512vl,avx512vbmi2")]
unsafe fn words_dispatch<const S: usize>(
    w: &gather::Words,
    q: &mut [StateLane],
    lanes: usize,
    outs: &mut [&mut [u16]],
    rows: usize,
    s: &mut Vec<u8>,
    ld: bool,
) -> bool {
    // SAFETY: forwarded from the caller.
    unsafe { by_lanes_and_chains!(lanes, q.len(), gather::state_chains_words, [S], (w, q, outs, rows, s, ld)) }
}

/// [`gather::pair_chains`] for `lanes` lanes per block and `q.len()` (8, 16 or 32) chains: the
/// rows it did, or None (nothing done).
///
/// # Safety
/// As [`gather::pair_chains`].
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn pair_dispatch(
    p: &gather::Pairs,
    q: &mut [StateLane],
    lanes: usize,
    outs: &mut [&mut [u16]],
    rows: usize,
    s: &mut Vec<u8>,
) -> Option<usize> {
    // SAFETY: forwarded from the caller.
    unsafe { by_lanes_and_chains!(lanes, q.len(), gather::pair_chains, [], (p, q, outs, rows, s)) }
}

/// One lane in the state pass of the two-pass decoder ([`Decoder::two_pass`]): its state and
/// tANS window only (the raw stream is read by the second pass), so that four lanes' chains fit
/// the registers.
#[derive(Clone, Copy)]
struct StateLane<'a> {
    state: u32,
    /// tANS window with its marker, as in [`Lane`].
    abuf: u64,
    apos: usize,
    ans: &'a [u8],
}

impl<'a> StateLane<'a> {
    fn new(ans: &'a [u8], table_log: u32) -> Self {
        let state = (u64::from_le_bytes(load8(ans, 0)) & ((1 << table_log) - 1)) as u32;
        Self { state, abuf: 1 << 63, apos: table_log as usize, ans }
    }

    /// Move past the bits consumed and reload the window (at least 57 valid bits).
    #[inline(always)]
    fn refill(&mut self) {
        self.apos += self.abuf.leading_zeros() as usize;
        self.abuf = (u64::from_le_bytes(load8(self.ans, self.apos >> 3)) >> (self.apos & 7)) | 1 << 63;
    }

    /// One tANS step: the state's exponent word with its raw-bit tag ([`TAG_MASK`]). No bounds
    /// check and no mask on the state chain: every state is below [`SLOTS`] (the initial one
    /// has `R` bits, each next one is `base | bits` with `bits <= mask`, and [`Decoder::new`]
    /// checked `base | mask < SLOTS` for every entry).
    #[inline(always)]
    fn step<const B: bool>(&mut self, t: &[Entry; SLOTS]) -> u16 {
        debug_assert!((self.state as usize) < SLOTS);
        // SAFETY: `self.state < SLOTS`, see above: `new` reads `R <= MAX_TABLE_LOG` bits, and
        // `Decoder::new` rejects a table with an entry whose `base | mask` reaches `SLOTS`.
        let e = unsafe { *t.get_unchecked(self.state as usize) };
        let bits = if B { low_bits::<B>(self.abuf, e.nb) } else { self.abuf & e.mask as u64 };
        self.state = e.base as u32 | bits as u32;
        self.abuf >>= e.nb;
        e.expw
    }

    /// The tANS end checks: final state 0, the stream used exactly, zero padding.
    fn finish(mut self) -> Result<()> {
        if self.state != 0 {
            return Err(corrupt("tANS", format!("final state {}, expected 0", self.state)));
        }
        self.apos += self.abuf.leading_zeros() as usize;
        check_end("tANS", self.ans, self.apos as u64, true)
    }
}

/// The state pass over lanes `F..F + G` of `rows` (whole rows of `N` values), the lanes' chains
/// side by side as register locals, each window refilled every `K` rows.
#[inline(always)]
fn state_rows<const N: usize, const K: usize, const F: usize, const G: usize, const B: bool>(
    t: &[Entry; SLOTS],
    lanes: &mut [StateLane],
    rows: &mut [u16],
) {
    let mut ls: [StateLane; G] = std::array::from_fn(|g| lanes[F + g]);
    let mut chunks = rows.chunks_exact_mut(K * N);
    for chunk in &mut chunks {
        unroll!(G, |g| {
            ls[g].refill();
        });
        unroll!(K, |r| {
            unroll!(G, |g| {
                chunk[r * N + F + g] = ls[g].step::<B>(t);
            });
        });
    }
    for row in chunks.into_remainder().chunks_exact_mut(N) {
        unroll!(G, |g| {
            ls[g].refill();
            row[F + g] = ls[g].step::<B>(t);
        });
    }
    lanes[F..F + G].copy_from_slice(&ls);
}

/// The state pass over all lanes `q` (1, 2, 4 or 8; value k from lane `k % q.len()`), up to four
/// chains side by side: each value's exponent word into `out`.
#[inline(always)]
fn state_lanes<const K: usize, const B: bool>(t: &[Entry; SLOTS], q: &mut [StateLane], out: &mut [u16]) {
    let n = q.len();
    let full = out.len() / n * n;
    let (rows, tail) = out.split_at_mut(full);
    match n {
        1 => state_rows::<1, K, 0, 1, B>(t, q, rows),
        2 => state_rows::<2, K, 0, 2, B>(t, q, rows),
        4 => state_rows::<4, K, 0, 4, B>(t, q, rows),
        _ => {
            state_rows::<8, K, 0, 4, B>(t, q, rows);
            state_rows::<8, K, 4, 4, B>(t, q, rows);
        }
    }
    for (o, l) in tail.iter_mut().zip(q.iter_mut()) {
        l.refill();
        *o = l.step::<B>(t);
    }
}

/// Whether `blocks` blocks of `lanes` lanes each are decoded as one group by
/// [`Decoder::decode_many`] (the combinations [`state_groups`] has a loop for: up to eight
/// chains).
fn group_fits(lanes: usize, blocks: usize) -> bool {
    matches!((lanes, blocks), (_, 1) | (1, 2 | 4 | 8) | (2, 2 | 4) | (4, 2))
}

/// The state passes of a group of blocks of `lanes` lanes each ([`group_fits`]; block `i` into
/// `outs[i]`, its lanes at `q[i * lanes..]`), all their chains side by side.
#[inline(always)]
fn state_groups<const K: usize, const B: bool>(
    t: &[Entry; SLOTS],
    q: &mut [StateLane],
    lanes: usize,
    outs: &mut [&mut [u16]],
) {
    match (lanes, outs.len()) {
        (1, 2) => state_blocks::<1, 2, 2, K, B>(t, q, outs),
        (1, 4) => state_blocks::<1, 4, 4, K, B>(t, q, outs),
        (1, 8) => state_blocks::<1, 8, 8, K, B>(t, q, outs),
        (2, 2) => state_blocks::<2, 2, 4, K, B>(t, q, outs),
        (2, 4) => state_blocks::<2, 4, 8, K, B>(t, q, outs),
        (4, 2) => state_blocks::<4, 2, 8, K, B>(t, q, outs),
        _ => {
            for (l, out) in q.chunks_exact_mut(lanes).zip(outs.iter_mut()) {
                state_lanes::<K, B>(t, l, out);
            }
        }
    }
}

/// The state pass over `NB` blocks of `N` lanes each, all of the same length (block `b` into
/// `outs[b]`, lane `l` of block `b` being chain `b * N + l` of `q`): the `C = NB * N` chains side
/// by side as register locals, each window refilled every `K` rows; then each block's last,
/// partial row.
#[inline(always)]
fn state_blocks<const N: usize, const NB: usize, const C: usize, const K: usize, const B: bool>(
    t: &[Entry; SLOTS],
    q: &mut [StateLane],
    outs: &mut [&mut [u16]],
) {
    debug_assert!(C == N * NB && q.len() == C);
    let outs: &mut [&mut [u16]; NB] = outs.try_into().expect("one output per block");
    let n = outs[0].len();
    debug_assert!(outs.iter().all(|o| o.len() == n));
    let rows = n / N;
    let mut ls: [StateLane; C] = std::array::from_fn(|c| q[c]);
    let mut r0 = 0;
    while r0 + K <= rows {
        let cs: [&mut [u16]; NB] = outs.each_mut().map(|o| &mut o[r0 * N..][..K * N]);
        unroll!(C, |c| {
            ls[c].refill();
        });
        unroll!(K, |r| {
            unroll!(C, |c| {
                cs[c / N][r * N + c % N] = ls[c].step::<B>(t);
            });
        });
        r0 += K;
    }
    while r0 < rows {
        unroll!(C, |c| {
            ls[c].refill();
            outs[c / N][r0 * N + c % N] = ls[c].step::<B>(t);
        });
        r0 += 1;
    }
    for (c, l) in ls.iter_mut().enumerate() {
        if let Some(o) = outs[c / N].get_mut(rows * N + c % N) {
            l.refill();
            *o = l.step::<B>(t);
        }
    }
    q.copy_from_slice(&ls);
}

/// Low bits of a state-pass word (mantissa bits, zero in every exponent-in-place word) that say
/// how its raw bits are read: 0 for a direct code with all `1 + M` bits, [`TAG_ESCAPE`] for the
/// escape, [`TAG_SHORT`]` + rb` for a direct code of `rb < 1 + M` bits.
const TAG_MASK: u16 = 0xf;
/// Tag of the escape.
const TAG_ESCAPE: u16 = 1;
/// Tag of a direct code of `rb` bits, minus `rb` (at most 12 with `rb <= 10`).
const TAG_SHORT: u16 = 2;

/// Byte `j` of `raw`, 0 past its end (a read past the end is caught by the end check).
#[inline(always)]
fn byte_at(raw: &[u8], j: usize) -> u8 {
    raw.get(j).copied().unwrap_or(0)
}

/// The 64 raw bits from bit `p` (MSB-first), zeros past the end.
#[inline(always)]
fn bits64(raw: &[u8], p: usize) -> u64 {
    let (hi, lo) = (u64::from_be_bytes(load8(raw, p >> 3)), byte_at(raw, (p >> 3) + 8) as u64);
    let s = (p & 7) as u32;
    (hi << s) | (lo >> (8 - s))
}

/// A `1 + M` bit `{sign, mantissa}` field in its place in the word (sign to bit 15).
#[inline(always)]
fn place<const M: u32>(f: u32) -> u16 {
    let spread = if M == 7 { f * 0x101 } else { ((f << (15 - M)) & 0x8000) | f };
    spread as u16 & (0x8000 | ((1 << M) - 1))
}

/// One value's raw bits, at bit `pos` of `raw`, merged into its state-pass word `w`.
#[inline(always)]
fn merge_one<const M: u32, const E: u32>(w: &mut u16, raw: &[u8], pos: &mut usize) {
    let win = raw_window(raw, *pos);
    let tag = *w & TAG_MASK;
    if tag == TAG_ESCAPE {
        let exp = (win >> (64 - E)) as u32;
        *w = (exp << M) as u16 | place::<M>((win << E >> (63 - M)) as u32);
        *pos += ESCAPE as usize;
    } else {
        let rb = if tag == 0 { 1 + M } else { (tag - TAG_SHORT) as u32 };
        // The top `rb` bits of the window (none for 0) at the top of the field.
        let f = ((win >> 1) >> (63 - rb)) << (1 + M - rb);
        *w = (*w & !TAG_MASK) | place::<M>(f as u32);
        *pos += rb as usize;
    }
}

/// Lane `l` of a chunk of rows of `N` values that has tags (short codes or escapes): its raw bits
/// merged in value by value from one window (refilled when the next field would pass its 57
/// valid bits, and after an escape), the field's width from the tag without a branch.
#[inline(always)]
fn merge_tagged<const M: u32, const E: u32, const N: usize>(chunk: &mut [u16], l: usize, raw: &[u8], at: &mut usize) {
    let mut win = raw_window(raw, *at);
    let mut used = 0u32;
    for w in chunk.iter_mut().skip(l).step_by(N) {
        let tag = *w & TAG_MASK;
        if tag == TAG_ESCAPE {
            *at += used as usize;
            merge_one::<M, E>(w, raw, at);
            win = raw_window(raw, *at);
            used = 0;
            continue;
        }
        // 0: all `1 + M` bits; `TAG_SHORT + rb`: `rb` bits.
        let rb = if tag == 0 { 1 + M } else { (tag - TAG_SHORT) as u32 };
        if used + rb > 57 {
            *at += used as usize;
            win = raw_window(raw, *at);
            used = 0;
        }
        // The top `rb` bits after the `used` ones (none for 0) at the top of the field.
        let f = (((win << used) >> 1) >> (63 - rb)) << (1 + M - rb);
        *w = (*w & !TAG_MASK) | place::<M>(f as u32);
        used += rb;
    }
    *at += used as usize;
}

/// Whether a word of `chunk` has a tag (an escape or a short code).
#[inline(always)]
fn has_tag(chunk: &[u16]) -> bool {
    chunk.iter().fold(0, |a, &w| a | w) & TAG_MASK != 0
}

/// Eight rows of `N` lanes of a BF16 block (`chunk`, `8 N` untagged state-pass words) or-ed with
/// the next eight raw bytes of each lane, `b`. With SSE2 (every x86-64 CPU) when `SIMD`, else
/// portable code.
#[inline(always)]
fn or_bytes<const N: usize, const SIMD: bool>(b: &[[u8; 8]; N], chunk: &mut [u16]) {
    #[cfg(target_arch = "x86_64")]
    if SIMD {
        // SAFETY: SSE2 is part of every x86-64 CPU (the target's baseline).
        return unsafe { sse2::or_bytes(b, chunk) };
    }
    for (i, w) in chunk.iter_mut().enumerate() {
        *w |= place::<7>(b[i % N][i / N] as u32);
    }
}

/// [`or_bytes`] with SSE2, part of the x86-64 baseline (no run-time check needed): the lanes'
/// bytes are interleaved into value order with unpack instructions, widened to 16 bits, the sign
/// moved to bit 15, and or-ed into the words, sixteen values per pair of vectors.
#[cfg(target_arch = "x86_64")]
mod sse2 {
    use core::arch::x86_64::*;

    /// The lanes' bytes in value order (byte `r` of lane `l` is value `r * N + l`), 16 per
    /// vector (`N = 1`: 8, in the low half).
    #[inline]
    #[target_feature(enable = "sse2")]
    fn interleave<const N: usize>(b: &[[u8; 8]; N]) -> [__m128i; 4] {
        let v = |l: usize| _mm_cvtsi64_si128(i64::from_le_bytes(b[l]));
        let z = _mm_setzero_si128();
        match N {
            1 => [v(0), z, z, z],
            2 => [_mm_unpacklo_epi8(v(0), v(1)), z, z, z],
            4 => {
                let (ab, cd) = (_mm_unpacklo_epi8(v(0), v(1)), _mm_unpacklo_epi8(v(2), v(3)));
                [_mm_unpacklo_epi16(ab, cd), _mm_unpackhi_epi16(ab, cd), z, z]
            }
            _ => {
                let (ab, cd) = (_mm_unpacklo_epi8(v(0), v(1)), _mm_unpacklo_epi8(v(2), v(3)));
                let (ef, gh) = (_mm_unpacklo_epi8(v(4), v(5)), _mm_unpacklo_epi8(v(6), v(7)));
                let (lo1, hi1) = (_mm_unpacklo_epi16(ab, cd), _mm_unpackhi_epi16(ab, cd));
                let (lo2, hi2) = (_mm_unpacklo_epi16(ef, gh), _mm_unpackhi_epi16(ef, gh));
                [
                    _mm_unpacklo_epi32(lo1, lo2),
                    _mm_unpackhi_epi32(lo1, lo2),
                    _mm_unpacklo_epi32(hi1, hi2),
                    _mm_unpackhi_epi32(hi1, hi2),
                ]
            }
        }
    }

    /// See [`super::or_bytes`]; `chunk` holds `8 N` values.
    #[inline]
    #[target_feature(enable = "sse2")]
    pub(super) fn or_bytes<const N: usize>(b: &[[u8; 8]; N], chunk: &mut [u16]) {
        let (words, rest) = chunk.as_chunks_mut::<8>();
        debug_assert!(rest.is_empty() && words.len() == N);
        let v = interleave(b);
        let z = _mm_setzero_si128();
        let (low7, sign) = (_mm_set1_epi16(0x7f), _mm_set1_epi16(0x8000u16 as i16));
        for (j, w) in words.iter_mut().enumerate() {
            let x = if j % 2 == 0 { _mm_unpacklo_epi8(v[j / 2], z) } else { _mm_unpackhi_epi8(v[j / 2], z) };
            let f = _mm_or_si128(_mm_and_si128(x, low7), _mm_and_si128(_mm_slli_epi16::<8>(x), sign));
            // SAFETY: `w` is eight u16, 16 readable and writable bytes (unaligned access).
            unsafe {
                let o = _mm_or_si128(_mm_loadu_si128(w.as_ptr().cast()), f);
                _mm_storeu_si128(w.as_mut_ptr().cast(), o);
            }
        }
    }
}

/// The F16 raw pass's untagged chunks with AVX2: each lane's eight 11-bit fields (88 bits from
/// its raw bit position) picked out of 16 bytes with one byte shuffle and one variable shift,
/// placed (sign to bit 15), interleaved with the other lane's and or-ed into the words.
#[cfg(target_arch = "x86_64")]
pub(super) mod avx2 {
    use core::arch::x86_64::*;

    /// Per bit offset `s` of the first field in its byte: for field `j`, the three bytes holding
    /// it (big-endian, in a 32-bit element; the fourth zeroed).
    const SHUFFLE: [[u8; 32]; 8] = {
        let mut t = [[0u8; 32]; 8];
        let mut s = 0;
        while s < 8 {
            let mut j = 0;
            while j < 8 {
                let b = ((s + 11 * j) / 8) as u8;
                t[s][4 * j] = b + 2;
                t[s][4 * j + 1] = b + 1;
                t[s][4 * j + 2] = b;
                t[s][4 * j + 3] = 0x80;
                j += 1;
            }
            s += 1;
        }
        t
    };

    /// Per bit offset `s`: the right shift that brings field `j` to the bottom of its element.
    const SHIFT: [[u32; 8]; 8] = {
        let mut t = [[0u32; 8]; 8];
        let mut s = 0;
        while s < 8 {
            let mut j = 0;
            while j < 8 {
                t[s][j] = (13 - (s + 11 * j) % 8) as u32;
                j += 1;
            }
            s += 1;
        }
        t
    };

    /// Sixteen bytes of `raw` from byte `i`, zeros past the end.
    #[inline(always)]
    fn bytes16(raw: &[u8], i: usize) -> [u8; 16] {
        match raw.get(i..).and_then(|s| s.first_chunk::<16>()) {
            Some(b) => *b,
            None => {
                let mut b = [0u8; 16];
                if i < raw.len() {
                    let t = (raw.len() - i).min(16);
                    b[..t].copy_from_slice(&raw[i..i + t]);
                }
                b
            }
        }
    }

    /// The eight placed `{sign, mantissa}` fields from raw bit `at` (MSB-first), as eight u16.
    #[inline]
    #[target_feature(enable = "avx2")]
    fn fields8(raw: &[u8], at: usize) -> __m128i {
        let b = bytes16(raw, at >> 3);
        let s = at & 7;
        // SAFETY: 16 and 32 readable bytes (unaligned loads).
        let (v, shuffle, shift) = unsafe {
            (
                _mm_loadu_si128(b.as_ptr().cast()),
                _mm256_loadu_si256(SHUFFLE[s].as_ptr().cast()),
                _mm256_loadu_si256(SHIFT[s].as_ptr().cast()),
            )
        };
        let x = _mm256_shuffle_epi8(_mm256_broadcastsi128_si256(v), shuffle);
        let f = _mm256_srlv_epi32(x, shift);
        let placed = _mm256_or_si256(
            _mm256_and_si256(_mm256_slli_epi32::<5>(f), _mm256_set1_epi32(0x8000)),
            _mm256_and_si256(f, _mm256_set1_epi32(0x3ff)),
        );
        _mm_packus_epi32(_mm256_castsi256_si128(placed), _mm256_extracti128_si256::<1>(placed))
    }

    /// Sixteen rows of a BF16 block of `N` (1 or 2) lanes (`chunk`, `16 N` state-pass words): when
    /// none has a tag and every lane's stream holds 17 bytes from its position, each lane's next
    /// sixteen raw bytes (from any bit offset: two loads, shifts and masks), interleaved into value
    /// order, widened, placed (sign to bit 15) and or-ed into the words, the positions moved past
    /// them. False, nothing done, otherwise.
    #[inline]
    #[target_feature(enable = "avx2")]
    pub(super) fn or_bf16_rows<const N: usize>(raws: &[&[u8]; N], at: &mut [usize; N], chunk: &mut [u16]) -> bool {
        assert!(chunk.len() == 16 * N && (N == 1 || N == 2));
        let p = chunk.as_mut_ptr();
        // SAFETY: `chunk` holds `16 N` words, `N` times 32 readable bytes (unaligned loads).
        let w: [__m256i; N] = std::array::from_fn(|i| unsafe { _mm256_loadu_si256(p.add(16 * i).cast()) });
        let any = w.iter().fold(_mm256_setzero_si256(), |a, &x| _mm256_or_si256(a, x));
        if _mm256_testz_si256(any, _mm256_set1_epi16(super::TAG_MASK as i16)) == 0 {
            return false;
        }
        let mut b = [_mm_setzero_si128(); N];
        for l in 0..N {
            let (byte, s) = (at[l] >> 3, (at[l] & 7) as u32);
            let Some(r) = raws[l].get(byte..byte + 17) else { return false };
            // SAFETY: 17 readable bytes from `r` (two unaligned 16-byte loads).
            let (x0, x1) = unsafe { (_mm_loadu_si128(r.as_ptr().cast()), _mm_loadu_si128(r.as_ptr().add(1).cast())) };
            // Byte i: the top 8 - s bits of byte i's low part, then the s top bits of byte i + 1
            // (16-bit shifts, the bits crossing a byte masked off).
            let hi = _mm_and_si128(
                _mm_sll_epi16(x0, _mm_cvtsi32_si128(s as i32)),
                _mm_set1_epi8((0xffu32 << s) as u8 as i8),
            );
            let lo = _mm_and_si128(
                _mm_srl_epi16(x1, _mm_cvtsi32_si128(8 - s as i32)),
                _mm_set1_epi8(((1u32 << s) - 1) as u8 as i8),
            );
            b[l] = _mm_or_si128(hi, lo);
        }
        let rows: [__m128i; N] = if N == 1 {
            [b[0]; N]
        } else {
            std::array::from_fn(|i| {
                if i == 0 {
                    _mm_unpacklo_epi8(b[0], b[N - 1])
                } else {
                    _mm_unpackhi_epi8(b[0], b[N - 1])
                }
            })
        };
        let (low7, sign) = (_mm256_set1_epi16(0x7f), _mm256_set1_epi16(0x8000u16 as i16));
        for i in 0..N {
            let x = _mm256_cvtepu8_epi16(rows[i]);
            let f = _mm256_or_si256(_mm256_and_si256(x, low7), _mm256_and_si256(_mm256_slli_epi16::<8>(x), sign));
            // SAFETY: as the loads above (32 writable bytes).
            unsafe { _mm256_storeu_si256(p.add(16 * i).cast(), _mm256_or_si256(w[i], f)) };
        }
        at.iter_mut().for_each(|a| *a += 128);
        true
    }

    /// [`or_bf16_rows`] for sixteen rows with escapes among them (and no short code): each
    /// lane's fields are one byte, an escape's two (exponent, then `{sign, mantissa}`), so the
    /// byte of value `i` is at `i` plus the escapes up to it (a prefix sum of the escape flags)
    /// from the lane's position; the lane's next 32 bytes (from any bit offset) are looked up
    /// with byte shuffles, the escapes' exponents likewise from the byte before. False, nothing
    /// done, when a word has a short code's tag or a lane's stream lacks 33 bytes from its
    /// position.
    #[inline]
    #[target_feature(enable = "avx2")]
    pub(super) fn or_bf16_rows_escapes<const N: usize>(
        raws: &[&[u8]; N],
        at: &mut [usize; N],
        chunk: &mut [u16],
    ) -> bool {
        assert!(chunk.len() == 16 * N && (N == 1 || N == 2));
        let p = chunk.as_mut_ptr();
        // SAFETY: `chunk` holds `16 N` words, `N` times 32 readable bytes (unaligned loads).
        let w: [__m256i; N] = std::array::from_fn(|i| unsafe { _mm256_loadu_si256(p.add(16 * i).cast()) });
        let tags: [__m256i; N] = w.map(|x| _mm256_and_si256(x, _mm256_set1_epi16(super::TAG_MASK as i16)));
        let one = _mm256_set1_epi16(super::TAG_ESCAPE as i16);
        let short = tags.iter().fold(_mm256_setzero_si256(), |a, &t| _mm256_or_si256(a, _mm256_cmpgt_epi16(t, one)));
        if _mm256_testz_si256(short, short) == 0 {
            return false;
        }
        // The escape flags (0 or 1) as bytes, lane 0's sixteen rows in the low half, lane 1's in
        // the high half (N = 2: the words alternate lanes).
        let flags = if N == 1 {
            _mm256_permute4x64_epi64::<0b1000>(_mm256_packus_epi16(tags[0], tags[0]))
        } else {
            let f = _mm256_permute4x64_epi64::<0b11011000>(_mm256_packus_epi16(tags[0], tags[N - 1]));
            let even_odd = _mm256_setr_epi8(
                0, 2, 4, 6, 8, 10, 12, 14, 1, 3, 5, 7, 9, 11, 13, 15, 0, 2, 4, 6, 8, 10, 12, 14, 1, 3, 5, 7, 9, 11, 13,
                15,
            );
            _mm256_permute4x64_epi64::<0b11011000>(_mm256_shuffle_epi8(f, even_odd))
        };
        // Inclusive prefix sums of the flags, per half (lane).
        let mut sum = flags;
        sum = _mm256_add_epi8(sum, _mm256_slli_si256::<1>(sum));
        sum = _mm256_add_epi8(sum, _mm256_slli_si256::<2>(sum));
        sum = _mm256_add_epi8(sum, _mm256_slli_si256::<4>(sum));
        sum = _mm256_add_epi8(sum, _mm256_slli_si256::<8>(sum));
        let escapes = [_mm256_extract_epi8::<15>(sum) as usize, _mm256_extract_epi8::<31>(sum) as usize];
        // Each lane's next 32 bytes from its bit position (two loads, shifts and masks).
        let mut bytes = [_mm256_setzero_si256(); N];
        for l in 0..N {
            let (byte, s) = (at[l] >> 3, at[l] & 7);
            let Some(r) = raws[l].get(byte..byte + 33) else { return false };
            // SAFETY: 33 readable bytes from `r` (two unaligned 32-byte loads).
            let (x0, x1) =
                unsafe { (_mm256_loadu_si256(r.as_ptr().cast()), _mm256_loadu_si256(r.as_ptr().add(1).cast())) };
            let hi = _mm256_and_si256(
                _mm256_sll_epi16(x0, _mm_cvtsi32_si128(s as i32)),
                _mm256_set1_epi8((0xffu32 << s) as u8 as i8),
            );
            let lo = _mm256_and_si256(
                _mm256_srl_epi16(x1, _mm_cvtsi32_si128(8 - s as i32)),
                _mm256_set1_epi8(((1u32 << s) - 1) as u8 as i8),
            );
            bytes[l] = _mm256_or_si256(hi, lo);
        }
        // Bytes 0-15 and 16-31 of each lane, lane 0 in the low half, lane 1 in the high half.
        let (first, second) = (
            _mm256_permute2x128_si256::<0x20>(bytes[0], bytes[N - 1]),
            _mm256_permute2x128_si256::<0x31>(bytes[0], bytes[N - 1]),
        );
        let (fifteen, sixteen) = (_mm256_set1_epi8(15), _mm256_set1_epi8(16));
        // The byte at index `idx` (0..32) of each lane: from `first` below 16, else `second`
        // (a shuffle index with bit 7 set gives zero).
        let look = |idx: __m256i| {
            _mm256_or_si256(
                _mm256_shuffle_epi8(first, _mm256_or_si256(idx, _mm256_cmpgt_epi8(idx, fifteen))),
                _mm256_shuffle_epi8(second, _mm256_sub_epi8(idx, sixteen)),
            )
        };
        let iota = _mm256_setr_epi8(
            0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
        );
        let field_at = _mm256_add_epi8(iota, sum);
        let fields = look(field_at);
        let is_escape = _mm256_cmpeq_epi8(flags, _mm256_set1_epi8(1));
        let exps = _mm256_and_si256(look(_mm256_sub_epi8(field_at, _mm256_set1_epi8(1))), is_escape);
        // Back to value order: sixteen values per vector of words.
        let (f0, f1) = (_mm256_castsi256_si128(fields), _mm256_extracti128_si256::<1>(fields));
        let (e0, e1) = (_mm256_castsi256_si128(exps), _mm256_extracti128_si256::<1>(exps));
        let rows: [(__m128i, __m128i); N] = std::array::from_fn(|i| match (N, i) {
            (1, _) => (f0, e0),
            (_, 0) => (_mm_unpacklo_epi8(f0, f1), _mm_unpacklo_epi8(e0, e1)),
            _ => (_mm_unpackhi_epi8(f0, f1), _mm_unpackhi_epi8(e0, e1)),
        });
        let (low7, sign) = (_mm256_set1_epi16(0x7f), _mm256_set1_epi16(0x8000u16 as i16));
        let untag = _mm256_set1_epi16(!super::TAG_MASK as i16);
        for (i, (f, e)) in rows.into_iter().enumerate() {
            let x = _mm256_cvtepu8_epi16(f);
            let placed = _mm256_or_si256(_mm256_and_si256(x, low7), _mm256_and_si256(_mm256_slli_epi16::<8>(x), sign));
            let exp = _mm256_slli_epi16::<7>(_mm256_cvtepu8_epi16(e));
            let o = _mm256_or_si256(_mm256_or_si256(_mm256_and_si256(w[i], untag), placed), exp);
            // SAFETY: as the loads above (32 writable bytes).
            unsafe { _mm256_storeu_si256(p.add(16 * i).cast(), o) };
        }
        for l in 0..N {
            at[l] += 8 * (16 + escapes[l]);
        }
        true
    }

    /// Each lane's next 32 bytes of raw stream from its bit position `at` (two unaligned loads,
    /// shifts and masks), or None when a lane's stream lacks 33 bytes from its byte position.
    #[inline]
    #[target_feature(enable = "avx2")]
    pub(in crate::ans) fn next32<const N: usize>(raws: &[&[u8]; N], at: &[usize; N]) -> Option<[__m256i; N]> {
        let mut bytes = [_mm256_setzero_si256(); N];
        for l in 0..N {
            let (byte, s) = (at[l] >> 3, at[l] & 7);
            let r = raws[l].get(byte..byte + 33)?;
            // SAFETY: 33 readable bytes from `r` (two unaligned 32-byte loads).
            let (x0, x1) =
                unsafe { (_mm256_loadu_si256(r.as_ptr().cast()), _mm256_loadu_si256(r.as_ptr().add(1).cast())) };
            let hi = _mm256_and_si256(
                _mm256_sll_epi16(x0, _mm_cvtsi32_si128(s as i32)),
                _mm256_set1_epi8((0xffu32 << s) as u8 as i8),
            );
            let lo = _mm256_and_si256(
                _mm256_srl_epi16(x1, _mm_cvtsi32_si128(8 - s as i32)),
                _mm256_set1_epi8(((1u32 << s) - 1) as u8 as i8),
            );
            bytes[l] = _mm256_or_si256(hi, lo);
        }
        Some(bytes)
    }

    /// The bits of sixteen fields packed back to back from bit 0 of `d` (a lane's next 32 raw
    /// bytes, [`next32`]), `width` each field's width (16-bit elements, at most 16 each, 256 in
    /// all): each field's start is the sum of the widths before it (a prefix sum); the 16 bits
    /// from there are the bytes at `start / 8` and the next two (byte shuffles over `d`), shifted
    /// left by `start % 8` (multiplies by a power of two: AVX2 has no variable 16-bit shift). The
    /// 16 bits from each field's start (the field at the top) and the widths' sum. Bits past a
    /// field's end may be wrong (indices past 31 read zeros): the caller keeps the top `width`.
    #[inline]
    #[target_feature(enable = "avx2")]
    pub(in crate::ans) fn fields_at(width: __m256i, d: __m256i) -> (__m256i, usize) {
        // Inclusive prefix sum per half, then the low half's total added to the high half.
        let mut end = _mm256_add_epi16(width, _mm256_slli_si256::<2>(width));
        end = _mm256_add_epi16(end, _mm256_slli_si256::<4>(end));
        end = _mm256_add_epi16(end, _mm256_slli_si256::<8>(end));
        let last = _mm256_shuffle_epi8(end, _mm256_set1_epi16(0x0f0e));
        end = _mm256_add_epi16(end, _mm256_permute2x128_si256::<0x08>(last, last));
        let bits = _mm256_extract_epi16::<15>(end) as usize;
        let start = _mm256_sub_epi16(end, width);
        // Byte indices: `start / 8` (high byte) and the next (low byte), then the one after
        // that in the high byte; a byte below 16 from `d`'s first half, else from its second (a
        // shuffle index with bit 7 set gives zero). Indices past 31 only reach bits past the
        // field's end, which the caller drops.
        let idx = _mm256_srli_epi16::<3>(start);
        let i1 = _mm256_or_si256(_mm256_slli_epi16::<8>(idx), _mm256_add_epi16(idx, _mm256_set1_epi16(1)));
        let i2 = _mm256_add_epi16(i1, _mm256_set1_epi16(0x0200));
        let (first, second) = (_mm256_permute2x128_si256::<0x00>(d, d), _mm256_permute2x128_si256::<0x11>(d, d));
        let (fifteen, sixteen) = (_mm256_set1_epi8(15), _mm256_set1_epi8(16));
        let look = |i: __m256i| {
            _mm256_or_si256(
                _mm256_shuffle_epi8(first, _mm256_or_si256(i, _mm256_cmpgt_epi8(i, fifteen))),
                _mm256_shuffle_epi8(second, _mm256_sub_epi8(i, sixteen)),
            )
        };
        // 1 << start % 8 (a byte shuffle; bit 7 of the high byte's index zeroes it).
        let pow = _mm256_shuffle_epi8(
            _mm256_setr_epi8(
                1, 2, 4, 8, 16, 32, 64, -128, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 64, -128, 0, 0, 0, 0, 0, 0,
                0, 0,
            ),
            _mm256_or_si256(_mm256_and_si256(start, _mm256_set1_epi16(7)), _mm256_set1_epi16(0x8000u16 as i16)),
        );
        // The 16 bits from `start`: (b0 b1) << s, or the top s bits of b2.
        let y = _mm256_or_si256(_mm256_mullo_epi16(look(i1), pow), _mm256_mulhi_epu16(look(i2), pow));
        (y, bits)
    }

    /// Per tag (the index of a byte shuffle), the width of the field in the raw stream: 8 for
    /// tag 0 (all `1 + M` bits), 16 for the escape, `rb` for `TAG_SHORT + rb`.
    const TAG_WIDTH: [i8; 16] = {
        let mut t = [0i8; 16];
        t[0] = 8;
        t[super::TAG_ESCAPE as usize] = 16;
        let mut rb = 0;
        while rb < 8 {
            t[super::TAG_SHORT as usize + rb] = rb as i8;
            rb += 1;
        }
        t
    };

    /// Per tag: the bits of the field's first byte that a direct code gives (its top `rb`).
    const TAG_KEEP: [i8; 16] = {
        let mut t = [0i8; 16];
        t[0] = -1;
        let mut rb = 0;
        while rb < 8 {
            t[super::TAG_SHORT as usize + rb] = (0xffu32 << (8 - rb)) as u8 as i8;
            rb += 1;
        }
        t
    };

    /// Sixteen values of one BF16 lane with any tags: `w` their state-pass words (value order),
    /// `d` the lane's next 32 raw bytes from its position. Each field starts at the sum of the
    /// widths before it (a prefix sum of the tags' widths); the 16 bits from there are the bytes
    /// at `start / 8` and the next two (byte shuffles over `d`), shifted left by `start % 8`
    /// (multiplies by a power of two: AVX2 has no variable 16-bit shift). A direct code keeps the
    /// top `rb` bits of the first byte, an escape takes the exponent from the first byte and
    /// `{sign, mantissa}` from the second. The words with their raw bits and the bits read.
    #[inline]
    #[target_feature(enable = "avx2")]
    fn tagged_lane(w: __m256i, d: __m256i) -> (__m256i, usize) {
        let bcast = |t: &[i8; 16]| {
            // SAFETY: 16 readable bytes (unaligned load).
            _mm256_broadcastsi128_si256(unsafe { _mm_loadu_si128(t.as_ptr().cast()) })
        };
        let (low_byte, untag) = (_mm256_set1_epi16(0xff), _mm256_set1_epi16(!super::TAG_MASK as i16));
        let tag = _mm256_and_si256(w, _mm256_set1_epi16(super::TAG_MASK as i16));
        let width = _mm256_and_si256(_mm256_shuffle_epi8(bcast(&TAG_WIDTH), tag), low_byte);
        let (y, bits) = fields_at(width, d);
        let (top, low) = (_mm256_srli_epi16::<8>(y), _mm256_and_si256(y, low_byte));
        let esc = _mm256_cmpeq_epi16(tag, _mm256_set1_epi16(super::TAG_ESCAPE as i16));
        let keep = _mm256_shuffle_epi8(bcast(&TAG_KEEP), tag);
        let f = _mm256_blendv_epi8(_mm256_and_si256(top, keep), low, esc);
        let placed = _mm256_or_si256(
            _mm256_and_si256(f, _mm256_set1_epi16(0x7f)),
            _mm256_and_si256(_mm256_slli_epi16::<8>(f), _mm256_set1_epi16(0x8000u16 as i16)),
        );
        let exp = _mm256_and_si256(_mm256_slli_epi16::<7>(top), esc);
        (_mm256_or_si256(_mm256_or_si256(_mm256_and_si256(w, untag), placed), exp), bits)
    }

    /// [`or_bf16_rows`] for sixteen rows with any tags (short codes and escapes), each lane by
    /// [`tagged_lane`] (two lanes' words split into value order and merged back). False,
    /// nothing done, when a lane's stream lacks 33 bytes from its position.
    #[inline]
    #[target_feature(enable = "avx2")]
    pub(super) fn or_bf16_rows_tagged<const N: usize>(
        raws: &[&[u8]; N],
        at: &mut [usize; N],
        chunk: &mut [u16],
    ) -> bool {
        assert!(chunk.len() == 16 * N && (N == 1 || N == 2));
        let Some(d) = next32(raws, at) else { return false };
        let p = chunk.as_mut_ptr();
        // SAFETY: `chunk` holds `16 N` words, `N` times 32 readable bytes (unaligned loads).
        let w: [__m256i; N] = std::array::from_fn(|i| unsafe { _mm256_loadu_si256(p.add(16 * i).cast()) });
        let out: [__m256i; N] = if N == 1 {
            let (o, bits) = tagged_lane(w[0], d[0]);
            at[0] += bits;
            [o; N]
        } else {
            // Per half: the even words (lane 0) in the low 8 bytes, the odd ones after them;
            // then the quarters reordered: lane 0's rows, then lane 1's.
            let even_odd = _mm256_setr_epi8(
                0, 1, 4, 5, 8, 9, 12, 13, 2, 3, 6, 7, 10, 11, 14, 15, 0, 1, 4, 5, 8, 9, 12, 13, 2, 3, 6, 7, 10, 11, 14,
                15,
            );
            let split = |x: __m256i| _mm256_permute4x64_epi64::<0b11_01_10_00>(_mm256_shuffle_epi8(x, even_odd));
            let (a, b) = (split(w[0]), split(w[N - 1]));
            let (o0, bits0) = tagged_lane(_mm256_permute2x128_si256::<0x20>(a, b), d[0]);
            let (o1, bits1) = tagged_lane(_mm256_permute2x128_si256::<0x31>(a, b), d[N - 1]);
            at[0] += bits0;
            at[N - 1] += bits1;
            // Back to row order: rows 0-3 and 8-11, rows 4-7 and 12-15.
            let (lo, hi) = (_mm256_unpacklo_epi16(o0, o1), _mm256_unpackhi_epi16(o0, o1));
            std::array::from_fn(|i| {
                if i == 0 {
                    _mm256_permute2x128_si256::<0x20>(lo, hi)
                } else {
                    _mm256_permute2x128_si256::<0x31>(lo, hi)
                }
            })
        };
        for (i, o) in out.into_iter().enumerate() {
            // SAFETY: as the loads above (32 writable bytes).
            unsafe { _mm256_storeu_si256(p.add(16 * i).cast(), o) };
        }
        true
    }

    /// Eight rows of `N` (1 or 2) lanes: each lane's next eight fields or-ed into `chunk`
    /// (`8 N` untagged state-pass words), its position moved past them.
    #[target_feature(enable = "avx2")]
    pub(super) fn or_fields<const N: usize>(raws: &[&[u8]; N], at: &mut [usize; N], chunk: &mut [u16]) {
        let (words, _) = chunk.as_chunks_mut::<8>();
        let a = fields8(raws[0], at[0]);
        let rows: [__m128i; 2] = if N == 1 {
            [a, _mm_setzero_si128()]
        } else {
            let b = fields8(raws[1], at[1]);
            [_mm_unpacklo_epi16(a, b), _mm_unpackhi_epi16(a, b)]
        };
        for (w, f) in words.iter_mut().zip(rows) {
            // SAFETY: `w` is eight u16, 16 readable and writable bytes (unaligned access).
            unsafe {
                let o = _mm_or_si128(_mm_loadu_si128(w.as_ptr().cast()), f);
                _mm_storeu_si128(w.as_mut_ptr().cast(), o);
            }
        }
        at.iter_mut().for_each(|a| *a += 88);
    }
}

/// The raw pass over a block of `N` lanes (value k from lane `k % N`; `pos`: each lane's raw bit
/// position). Eight rows whose codes all have `1 + M` bits go lane by lane without a branch per
/// value: BF16 takes 64 bits of each lane as eight bytes ([`or_bytes`]), F16 its 11-bit fields
/// from two windows; rows with an escape or a short code, and the last rows, value by value
/// ([`merge_one`]). Inlined into its callers, so that [`merge_f16_avx2`] compiles it with AVX2.
#[inline(always)]
fn merge_lanes<const M: u32, const E: u32, const N: usize, const SIMD: bool>(
    raws: &[&[u8]],
    pos: &mut [usize],
    out: &mut [u16],
) {
    const ROWS: usize = 8;
    let field = 1 + M as usize;
    let per_window = 57 / field;
    let raws: [&[u8]; N] = std::array::from_fn(|l| raws[l]);
    let mut at: [usize; N] = std::array::from_fn(|l| pos[l]);
    let mut chunks = out.chunks_exact_mut(ROWS * N);
    for chunk in &mut chunks {
        if has_tag(chunk) {
            for (l, (raw, at)) in raws.iter().zip(&mut at).enumerate() {
                merge_tagged::<M, E, N>(chunk, l, raw, at);
            }
        } else if M == 7 {
            or_bytes::<N, SIMD>(&std::array::from_fn(|l| bits64(raws[l], at[l]).to_be_bytes()), chunk);
            at.iter_mut().for_each(|a| *a += 64);
        } else if SIMD && N <= 2 {
            #[cfg(target_arch = "x86_64")]
            // SAFETY: `SIMD` for F16 only when the CPU has AVX2 (`Decoder::avx2`).
            unsafe {
                avx2::or_fields(&raws, &mut at, chunk)
            };
        } else {
            for (l, (raw, at)) in raws.iter().zip(&mut at).enumerate() {
                let mut r = 0;
                while r < ROWS {
                    let win = raw_window(raw, *at);
                    let k = per_window.min(ROWS - r);
                    for j in 0..k {
                        chunk[(r + j) * N + l] |= place::<M>((win << (field * j) >> (63 - M)) as u32);
                    }
                    *at += k * field;
                    r += k;
                }
            }
        }
    }
    for (i, w) in chunks.into_remainder().iter_mut().enumerate() {
        merge_one::<M, E>(w, raws[i % N], &mut at[i % N]);
    }
    pos.copy_from_slice(&at);
}

/// [`merge_lanes`] of an F16 block of `N` (1 or 2) lanes compiled with AVX2, so that
/// [`avx2::or_fields`] inlines into its loop: called from code without AVX2 it is a call per
/// eight rows that reloads its constants (18% of a whisper `ans-fa` R=10 decode in `perf`).
///
/// # Safety
/// The CPU must have AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn merge_f16_avx2<const N: usize>(raws: &[&[u8]], pos: &mut [usize], out: &mut [u16]) {
    merge_lanes::<10, 5, N, true>(raws, pos, out)
}

/// [`merge_lanes`] of a BF16 block of `N` (1 or 2) lanes with AVX2: sixteen rows at a time where
/// none has a tag and each lane's stream holds 17 more bytes ([`avx2::or_bf16_rows`]), else
/// (and for the last rows) the eight-row SSE2 and value-by-value paths of [`merge_lanes`].
///
/// # Safety
/// The CPU must have AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn merge_bf16_avx2<const N: usize>(raws: &[&[u8]], pos: &mut [usize], out: &mut [u16]) {
    let lanes: [&[u8]; N] = std::array::from_fn(|l| raws[l]);
    let mut at: [usize; N] = std::array::from_fn(|l| pos[l]);
    let mut chunks = out.chunks_exact_mut(16 * N);
    for chunk in &mut chunks {
        if !avx2::or_bf16_rows(&lanes, &mut at, chunk)
            && !avx2::or_bf16_rows_escapes(&lanes, &mut at, chunk)
            && !avx2::or_bf16_rows_tagged(&lanes, &mut at, chunk)
        {
            merge_lanes::<7, 8, N, true>(raws, &mut at, chunk);
        }
    }
    merge_lanes::<7, 8, N, true>(raws, &mut at, chunks.into_remainder());
    pos.copy_from_slice(&at);
}

impl super::lanes::LaneDecoder for Decoder {
    fn decode_lanes(&self, block: &[u8], lanes: &[LaneStreams], n: usize, _start: u64, out: &mut [u16]) -> Result<()> {
        Decoder::decode_lanes(self, block, lanes, n, out)
    }
    fn decode_lanes_many(&self, blocks: &[BlockIn], outs: &mut [&mut [u16]]) -> ManyResult {
        self.decode_many(blocks, outs)
    }
    fn decode_lane(&self, ans: &[u8], raw: &[u8], n: usize, _first: u64, _stride: u64, out: &mut [u16]) -> Result<()> {
        self.decode(ans, raw, n, out)
    }
}

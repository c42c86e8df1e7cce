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
//! * the escape (rare) is decoded out of line.
//!
//! [`super::decode_block_reference`] is the format's pseudo-code for cross-checking.

use super::lanes::{LaneStreams, LANE_COUNTS};
use super::tans::check_end;
use super::AnsModel;
use crate::{Dtype, Error, Result};

fn corrupt(stream: &str, message: impl Into<String>) -> Error {
    Error::Corrupt { context: format!("ANS block ({stream} stream)"), message: message.into() }
}

fn short_output(n: usize, len: usize) -> Error {
    Error::Request(format!("output buffer holds {len} values, block has {n}"))
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
    /// The exponent, in place (`exp << M`); 0 for the escape.
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
    /// Per additional-bit count `rb` (a `u8` index: no bounds check): the bits of the value those
    /// bits give, the sign (bit 15) when there is at least one and the top `rb - 1` mantissa bits.
    vmask: [u16; 256],
}

/// A prepared `ans` / `ans-fa` block decoder: a table indexed by state.
#[derive(Clone, Debug)]
pub struct Decoder {
    dtype: Dtype,
    table_log: u32,
    /// Every direct code has all `1 + M` additional bits (always so for `ans`).
    full: bool,
    tables: Box<Tables>,
}

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

/// `$body` for `$r` in `0..$k` (`$k` a constant of at most 8), unrolled: the compiler would not
/// unroll a two-lane body itself and then keeps the lanes' states in memory.
macro_rules! unroll {
    ($k:expr, |$r:ident| $body:block) => {{
        unroll!(@ $k, $r, $body, 0 1 2 3 4 5 6 7)
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
        let mut tables = Box::new(Tables { entries: [Entry::default(); SLOTS], vmask: [0; 256] });
        for (slot, e) in tables.entries.iter_mut().zip(model.decode_table()) {
            let c = model.codes[e.code as usize];
            let (rb, expw) = if c.escape { (ESCAPE, 0) } else { (c.nbits, (c.exp as u16) << m) };
            *slot = Entry { nb: e.nb, rb, base: e.base, mask: ((1u32 << e.nb) - 1) as u16, expw };
        }
        for rb in 1..=1 + m {
            let man = (1u32 << (rb - 1)) - 1;
            tables.vmask[rb as usize] = 0x8000 | (man << (m + 1 - rb)) as u16;
        }
        let full = model.codes.iter().all(|c| c.escape || c.nbits as u32 == 1 + m);
        Ok(Self { dtype: d, table_log: model.table_log as u32, full, tables })
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
        let mut q = Vec::with_capacity(lanes.len());
        for l in lanes {
            match (block.get(l.ans.clone()), block.get(l.raw.clone())) {
                (Some(ans), Some(raw)) => q.push(Lane::new(ans, raw, self.table_log)),
                _ => return Err(corrupt("lane", format!("streams {:?} {:?} outside the block", l.ans, l.raw))),
            }
        }
        if !LANE_COUNTS.contains(&lanes.len()) {
            return Err(Error::Request(format!("{} lanes (1, 2, 4 or 8 allowed)", lanes.len())));
        }
        self.dispatch(&mut q, out);
        for (k, l) in q.into_iter().enumerate() {
            l.finish().map_err(|e| match e {
                Error::Corrupt { context, message } => {
                    Error::Corrupt { context, message: format!("lane {k}: {message}") }
                }
                other => other,
            })?;
        }
        Ok(())
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

impl super::lanes::LaneDecoder for Decoder {
    fn decode_lanes(&self, block: &[u8], lanes: &[LaneStreams], n: usize, _start: u64, out: &mut [u16]) -> Result<()> {
        Decoder::decode_lanes(self, block, lanes, n, out)
    }
    fn decode_lane(&self, ans: &[u8], raw: &[u8], n: usize, _first: u64, _stride: u64, out: &mut [u16]) -> Result<()> {
        self.decode(ans, raw, n, out)
    }
}

//! tANS block encoder and decoders (FORMAT.md 3.2 and 3.3).
//!
//! The encoder runs over the block backwards from state `L` (offset 0), so the decoder, reading
//! forward, ends in state 0: a free integrity check. The fast [`Decoder`] keeps each stream in a
//! 64-bit buffer refilled with one unaligned load, and a fused per-state table that holds the
//! tANS step and everything needed to rebuild the value; [`decode_block_reference`] is the
//! FORMAT.md pseudo-code, line for line, for cross-checking.

use super::{AnsModel, EncodedBlock, LaneStreams};
use crate::bits::{LsbReader, LsbWriter, MsbReader, MsbWriter};
use crate::{Dtype, Error, Result};

fn corrupt(stream: &str, message: impl Into<String>) -> Error {
    Error::Corrupt { context: format!("ANS block ({stream} stream)"), message: message.into() }
}

fn short_output(n: usize, len: usize) -> Error {
    Error::Request(format!("output buffer holds {len} values, block has {n}"))
}

/// A prepared block encoder: the code choice per histogram bucket (exponent, needed bits) and the
/// tANS encode table. Small (a few KB): building one costs microseconds, so small tensors pay no
/// per-tensor tax.
#[derive(Clone, Debug)]
pub struct Encoder {
    dtype: Dtype,
    table_log: u32,
    /// Per bucket `exp * (M + 2) + need`: `code << 24 | raw bit count << 16 | shift`, where the raw
    /// bits are `((exp << (1 + M)) | {sign, mantissa}) >> shift`, masked to the count (the escape
    /// keeps the exponent, a direct code drops it); `u32::MAX`: no code fits.
    bucket: Box<[u32]>,
    /// Per code: `(max_bits << 16) - (f << max_bits)` (the state bits of state x are
    /// `(x + delta) >> 16`, FSE's trick) and `first - f` (where its states start in `states`, minus f).
    sym: Box<[(u32, i32)]>,
    /// States (`L + x`) of each code in increasing order, concatenated.
    states: Box<[u16]>,
}

impl Encoder {
    /// Prepare the tables of `model` (validated first).
    pub fn new(model: &AnsModel) -> Result<Self> {
        model.validate()?;
        let r = model.table_log as u32;
        let l = 1u32 << r;
        let freq = model.freqs();
        let mut first = Vec::with_capacity(freq.len());
        let mut acc = 0u32;
        for &f in &freq {
            first.push(acc);
            acc += f;
        }
        let mut states = vec![0u16; l as usize];
        let mut next = first.clone();
        for (x, &s) in model.spread.iter().enumerate() {
            states[next[s as usize] as usize] = (l + x as u32) as u16;
            next[s as usize] += 1;
        }
        let sym = freq
            .iter()
            .zip(&first)
            .map(|(&f, &start)| {
                let hb = r - f.ilog2();
                ((hb << 16).wrapping_sub(f << hb), start as i32 - f as i32)
            })
            .collect();
        let d = model.dtype;
        let field = 1 + d.man_bits();
        let bucket = model
            .choice_map()
            .into_iter()
            .map(|c| match c {
                None => u32::MAX,
                Some(c) => {
                    let code = model.codes[c as usize];
                    let (n, shift) = if code.escape {
                        (d.exp_bits() + field, 0)
                    } else {
                        (code.nbits as u32, field - code.nbits as u32)
                    };
                    (c as u32) << 24 | n << 16 | shift
                }
            })
            .collect();
        Ok(Self { dtype: d, table_log: r, bucket, sym, states: states.into() })
    }

    /// Encode one block (any length, including 0). Errors if a value has no code.
    pub fn encode(&self, values: &[u16]) -> Result<EncodedBlock> {
        match self.dtype {
            Dtype::BF16 => self.encode_impl::<7, 8>(values),
            Dtype::F16 => self.encode_impl::<10, 5>(values),
        }
    }

    #[inline(always)]
    fn encode_impl<const M: u32, const E: u32>(&self, values: &[u16]) -> Result<EncodedBlock> {
        let field = 1 + M;
        let needs = M as usize + 2;
        // Pass 1, in value order: the raw stream, and each value's code parked in `groups`.
        let mut groups: Vec<u32> = vec![0; values.len()];
        let mut raw = MsbWriter::with_capacity(values.len() * (E + field) as usize / 8 + 8);
        for (i, (&w, g)) in values.iter().zip(groups.iter_mut()).enumerate() {
            let e = (w >> M) as u32 & ((1 << E) - 1);
            let sm = ((w as u32 >> 15) << M) | (w as u32 & ((1 << M) - 1));
            let need = field - (sm | (1 << field)).trailing_zeros();
            let p = self.bucket[e as usize * needs + need as usize];
            if p == u32::MAX {
                return Err(Error::Request(format!(
                    "value {i} ({w:#06x}: exponent {e}, {need} additional bits) has no code in this ANS model"
                )));
            }
            let n = (p >> 16) & 0xff;
            raw.put((((e << field) | sm) >> (p & 0xff)) & ((1 << n) - 1), n);
            *g = p >> 24;
        }
        // Pass 2, backwards from state L: each value's state bits, `bits | nb << 16`.
        let l = 1u32 << self.table_log;
        let mut x = l;
        for g in groups.iter_mut().rev() {
            let (delta, off) = self.sym[*g as usize];
            let nb = (x.wrapping_add(delta)) >> 16;
            *g = (x & ((1 << nb) - 1)) | nb << 16;
            x = self.states[(off + (x >> nb) as i32) as usize] as u32;
        }
        // Pass 3, forwards: the tANS stream (initial state, then the groups in decode order).
        let mut ans = LsbWriter::with_capacity(values.len() * self.table_log as usize / 8 + 8);
        ans.put(x - l, self.table_log);
        for &g in &groups {
            ans.put(g & 0xffff, g >> 16);
        }
        let ans_bits = ans.bit_len();
        let raw_bits = raw.bit_len();
        Ok(EncodedBlock { ans: ans.finish(), ans_bits, raw: raw.finish(), raw_bits })
    }
}

impl Encoder {
    /// Encode one block as `lanes` interleaved lanes (FORMAT.md 3.4): value k goes to lane
    /// `k % lanes`, each lane a complete one-lane stream pair. The lanes' tANS chains are run
    /// side by side in one loop (independent states: instruction-level parallelism).
    pub fn encode_lanes(&self, values: &[u16], lanes: usize) -> Result<Vec<EncodedBlock>> {
        match (lanes, self.dtype) {
            (1, _) => Ok(vec![self.encode(values)?]),
            (2, Dtype::BF16) => self.encode_lanes_impl::<7, 8, 2>(values),
            (2, Dtype::F16) => self.encode_lanes_impl::<10, 5, 2>(values),
            (4, Dtype::BF16) => self.encode_lanes_impl::<7, 8, 4>(values),
            (4, Dtype::F16) => self.encode_lanes_impl::<10, 5, 4>(values),
            (8, Dtype::BF16) => self.encode_lanes_impl::<7, 8, 8>(values),
            (8, Dtype::F16) => self.encode_lanes_impl::<10, 5, 8>(values),
            _ => Err(Error::Request(format!("{lanes} lanes (1, 2, 4 or 8 allowed)"))),
        }
    }

    /// One value of [`Encoder::encode_lanes`]: its raw bits to its lane's writer, its code
    /// parked in `g`.
    #[inline(always)]
    fn split<const M: u32, const E: u32>(&self, i: usize, w: u16, raw: &mut MsbWriter, g: &mut u32) -> Result<()> {
        let field = 1 + M;
        let e = (w >> M) as u32 & ((1 << E) - 1);
        let sm = ((w as u32 >> 15) << M) | (w as u32 & ((1 << M) - 1));
        let need = field - (sm | (1 << field)).trailing_zeros();
        let p = self.bucket[e as usize * (M as usize + 2) + need as usize];
        if p == u32::MAX {
            return Err(Error::Request(format!(
                "value {i} ({w:#06x}: exponent {e}, {need} additional bits) has no code in this ANS model"
            )));
        }
        let nr = (p >> 16) & 0xff;
        raw.put((((e << field) | sm) >> (p & 0xff)) & ((1 << nr) - 1), nr);
        *g = p >> 24;
        Ok(())
    }

    #[inline(always)]
    fn encode_lanes_impl<const M: u32, const E: u32, const N: usize>(
        &self,
        values: &[u16],
    ) -> Result<Vec<EncodedBlock>> {
        let field = 1 + M;
        let n = values.len();
        let mut groups: Vec<u32> = vec![0; n];
        let cap = n.div_ceil(N) * (E + field) as usize / 8 + 8;
        let mut raw: [MsbWriter; N] = std::array::from_fn(|_| MsbWriter::with_capacity(cap));
        // Row by row, so that each lane's writer is a fixed one (no `i % N` per value).
        let full = n / N * N;
        for (r, (row, grow)) in values[..full].chunks_exact(N).zip(groups.chunks_exact_mut(N)).enumerate() {
            for lane in 0..N {
                self.split::<M, E>(r * N + lane, row[lane], &mut raw[lane], &mut grow[lane])?;
            }
        }
        for (lane, (&w, g)) in values[full..].iter().zip(&mut groups[full..]).enumerate() {
            self.split::<M, E>(full + lane, w, &mut raw[lane], g)?;
        }
        let l = 1u32 << self.table_log;
        let mut x = [l; N];
        let step = |x: &mut u32, g: &mut u32| {
            let (delta, off) = self.sym[*g as usize];
            let nb = (x.wrapping_add(delta)) >> 16;
            *g = (*x & ((1 << nb) - 1)) | nb << 16;
            *x = self.states[(off + (*x >> nb) as i32) as usize] as u32;
        };
        let (rows, tail) = groups.split_at_mut(full);
        for (lane, g) in tail.iter_mut().enumerate().rev() {
            step(&mut x[lane], g);
        }
        for row in rows.chunks_exact_mut(N).rev() {
            for lane in 0..N {
                step(&mut x[lane], &mut row[lane]);
            }
        }
        let mut out = Vec::with_capacity(N);
        for (lane, raw) in raw.into_iter().enumerate() {
            let mut ans = LsbWriter::with_capacity(n.div_ceil(N) * self.table_log as usize / 8 + 8);
            ans.put(x[lane] - l, self.table_log);
            for &g in groups.iter().skip(lane).step_by(N) {
                ans.put(g & 0xffff, g >> 16);
            }
            let (ans_bits, raw_bits) = (ans.bit_len(), raw.bit_len());
            out.push(EncodedBlock { ans: ans.finish(), ans_bits, raw: raw.finish(), raw_bits });
        }
        Ok(out)
    }
}

/// One state of the decode table: the tANS step and how to rebuild the value, in 16 bytes (one
/// load address per value).
#[derive(Clone, Copy, Debug, Default)]
#[repr(C, align(16))]
struct Entry {
    /// Bits the state reads: from the tANS stream in the low 32 bits (`nb`), from the raw stream
    /// in the high 32 (the additional bits, or [`ESCAPE_BITS`] for the escape). One add advances
    /// both of a lane's positions ([`Lane::pos`]).
    adv: u64,
    /// Next state without the bits read.
    base: u16,
    /// `(1 << nb) - 1`: the state bits to read, as a mask (keeps the state chain to and + or).
    mask: u16,
    /// The exponent, in place (`exp << M`).
    expw: u16,
    /// The bits of the value that come from the additional bits: the sign (bit 15) when there is
    /// at least one, and the mantissa bits they give (the top `rb - 1` of bits `M-1..0`).
    vmask: u16,
}

/// Raw bits of an escaped value (`E + 1 + M`: 16 for both formats, more than any direct code's
/// `1 + M`, so the raw bit count alone tells the escape apart).
const ESCAPE_BITS: u32 = 16;

const TABLE: usize = 1 << super::MAX_TABLE_LOG;

/// Most values one lane may hold (its two bit positions share one 64-bit word, 32 bits each; a
/// value reads at most 10 + 16 bits). The container's blocks are far smaller.
const MAX_LANE_VALUES: usize = (u32::MAX as usize - 64) / 16;

/// A prepared block decoder: a table indexed by state.
#[derive(Clone, Debug)]
pub struct Decoder {
    dtype: Dtype,
    table_log: u32,
    table: Box<[Entry; TABLE]>,
}

#[inline]
fn load_tail(bytes: &[u8], pos: usize) -> [u8; 8] {
    let mut b = [0u8; 8];
    if pos < bytes.len() {
        let t = (bytes.len() - pos).min(8);
        b[..t].copy_from_slice(&bytes[pos..pos + t]);
    }
    b
}

/// Eight bytes from `pos`, zeros past the end (reading past the end is detected afterwards from
/// the number of bits consumed).
#[inline(always)]
fn load8(bytes: &[u8], pos: usize) -> [u8; 8] {
    match bytes.get(pos..).and_then(|s| s.first_chunk::<8>()) {
        Some(s) => *s,
        None => load_tail(bytes, pos),
    }
}

/// The raw window (MSB-first: bits at the top) at bit `rpos`: at least 57 valid bits.
#[inline(always)]
fn raw_window(raw: &[u8], rpos: usize) -> u64 {
    u64::from_be_bytes(load8(raw, rpos >> 3)) << (rpos & 7)
}

/// An escaped value at raw bit `rpos` (exponent, then `{sign, mantissa}`), and the raw window
/// after it (a fresh one: at least 57 valid bits, like a refill). Out of line: rare, and it keeps
/// the hot loop's registers free.
#[cold]
#[inline(never)]
fn escape<const M: u32, const E: u32>(raw: &[u8], rpos: usize) -> (u16, u64) {
    let w = raw_window(raw, rpos);
    let exp = (w >> (64 - E)) as u32;
    let f = (w << E >> (63 - M)) as u32;
    let v = (((f >> M) << 15) | (exp << M) | (f & ((1 << M) - 1))) as u16;
    (v, raw_window(raw, rpos + ESCAPE_BITS as usize))
}

/// Check that a stream of `bytes` ends exactly after `used` bits with zero padding. `lsb` selects
/// where the unused bits of the last byte are (high bits for LSB-first, low bits for MSB-first).
pub(crate) fn check_end(stream: &str, bytes: &[u8], used: u64, lsb: bool) -> Result<()> {
    let have = bytes.len() as u64 * 8;
    if used > have {
        return Err(corrupt(stream, format!("truncated: needs {used} bits, has {have}")));
    }
    if used.div_ceil(8) != bytes.len() as u64 {
        return Err(corrupt(
            stream,
            format!("{} trailing bytes after {used} bits", bytes.len() as u64 - used.div_ceil(8)),
        ));
    }
    let k = (used % 8) as u32;
    if k != 0 {
        let last = bytes[bytes.len() - 1];
        let pad = if lsb { last >> k } else { last & ((1u8 << (8 - k)) - 1) };
        if pad != 0 {
            return Err(corrupt(stream, "non-zero padding bits"));
        }
    }
    Ok(())
}

/// One lane being decoded: its state, its two streams and 64-bit windows on them.
#[derive(Clone, Copy)]
struct Lane<'a> {
    state: usize,
    /// tANS window, LSB-first (the next state bits at the bottom).
    abuf: u64,
    /// Raw window, MSB-first (the next additional bits at the top).
    rbuf: u64,
    /// Bits consumed: tANS stream in the low 32 bits, raw stream in the high 32.
    pos: u64,
    ans: &'a [u8],
    raw: &'a [u8],
}

impl<'a> Lane<'a> {
    fn new(ans: &'a [u8], raw: &'a [u8], table_log: u32) -> Self {
        let state = (u64::from_le_bytes(load8(ans, 0)) & ((1 << table_log) - 1)) as usize;
        Self { state, abuf: 0, rbuf: 0, pos: table_log as u64, ans, raw }
    }

    /// Reload both windows at the lane's positions: each then holds at least 57 valid bits.
    #[inline(always)]
    fn refill(&mut self) {
        let apos = self.pos as u32 as usize;
        self.abuf = u64::from_le_bytes(load8(self.ans, apos >> 3)) >> (apos & 7);
        self.rbuf = raw_window(self.raw, (self.pos >> 32) as usize);
    }

    /// Decode one value: the tANS step, then the value from the state's exponent and the
    /// additional bits.
    #[inline(always)]
    fn step<const M: u32, const E: u32>(&mut self, table: &[Entry; TABLE]) -> u16 {
        let e = table[self.state];
        self.state = e.base as usize | (self.abuf & e.mask as u64) as usize;
        self.abuf = self.abuf.wrapping_shr(e.adv as u32);
        let rb = (e.adv >> 32) as u32;
        let v = if rb != ESCAPE_BITS {
            // The `1 + M` bit field {sign, mantissa} from the top of the window; the sign moved to
            // bit 15 beside the field's own copy (BF16: one multiply, the copies do not overlap),
            // then the bits this code gives kept and the exponent put in.
            let f = (self.rbuf >> (63 - M)) as u32;
            let spread = if M == 7 { f * 0x101 } else { ((f << (15 - M)) & 0x8000) | f };
            self.rbuf = self.rbuf.wrapping_shl(rb);
            (spread & e.vmask as u32) as u16 | e.expw
        } else {
            let (v, buf) = escape::<M, E>(self.raw, (self.pos >> 32) as usize);
            self.rbuf = buf;
            v
        };
        self.pos += e.adv;
        v
    }

    /// The end checks: final state 0, both streams used exactly, zero padding.
    fn finish(&self) -> Result<()> {
        if self.state != 0 {
            return Err(corrupt("tANS", format!("final state {}, expected 0", self.state)));
        }
        check_end("tANS", self.ans, self.pos as u32 as u64, true)?;
        check_end("raw", self.raw, self.pos >> 32, false)
    }
}

/// Decode lanes `first..first + G` of `out` (rows of `N` values, value `row * N + first + g`
/// from lane `g` of `q`), `G` lanes side by side in one loop: independent state chains, so their
/// table loads overlap. The windows are refilled every `K` rows: `K` values read at most 57 bits
/// from each stream (see [`Decoder::refill_rows`]).
#[inline(always)]
fn decode_rows<const M: u32, const E: u32, const N: usize, const G: usize, const K: usize>(
    table: &[Entry; TABLE],
    q: &mut [Lane; G],
    rows: &mut [u16],
    first: usize,
) {
    let mut chunks = rows.chunks_exact_mut(K * N);
    for chunk in &mut chunks {
        q.iter_mut().for_each(Lane::refill);
        for row in chunk.chunks_exact_mut(N) {
            let row = &mut row[first..first + G];
            for g in 0..G {
                row[g] = q[g].step::<M, E>(table);
            }
        }
    }
    for row in chunks.into_remainder().chunks_exact_mut(N) {
        let row = &mut row[first..first + G];
        for g in 0..G {
            q[g].refill();
            row[g] = q[g].step::<M, E>(table);
        }
    }
}

impl Decoder {
    /// Prepare the decode table of `model` (validated first).
    pub fn new(model: &AnsModel) -> Result<Self> {
        model.validate()?;
        let d = model.dtype;
        let m = d.man_bits();
        let mut table = Box::new([Entry::default(); TABLE]);
        for (slot, e) in table.iter_mut().zip(model.decode_table()) {
            let c = model.codes[e.code as usize];
            let (rb, expw, vmask) = if c.escape {
                (ESCAPE_BITS, 0, 0)
            } else {
                let rb = c.nbits as u32;
                let sign = if rb > 0 { 0x8000 } else { 0 };
                let man = ((1u32 << rb.max(1)) >> 1) - 1;
                (rb, (c.exp as u16) << m, sign | (man << (m + 1 - rb.max(1))) as u16)
            };
            *slot = Entry {
                adv: e.nb as u64 | (rb as u64) << 32,
                base: e.base,
                mask: ((1u32 << e.nb) - 1) as u16,
                expw,
                vmask,
            };
        }
        Ok(Self { dtype: d, table_log: model.table_log as u32, table })
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
        if n > MAX_LANE_VALUES {
            return Err(Error::Request(format!("{n} values in one lane (at most {MAX_LANE_VALUES})")));
        }
        let mut q = [Lane::new(ans, raw, self.table_log)];
        match (self.dtype, self.refill_rows()) {
            (Dtype::BF16, 7..) => decode_rows::<7, 8, 1, 1, 7>(&self.table, &mut q, out, 0),
            (Dtype::BF16, _) => decode_rows::<7, 8, 1, 1, 5>(&self.table, &mut q, out, 0),
            (Dtype::F16, _) => decode_rows::<10, 5, 1, 1, 5>(&self.table, &mut q, out, 0),
        }
        q[0].finish()
    }
}

impl super::lanes::LaneEncoder for Encoder {
    fn encode_lanes(&self, values: &[u16], lanes: usize, _start: u64) -> Result<Vec<EncodedBlock>> {
        Encoder::encode_lanes(self, values, lanes)
    }
    fn encode_lane(&self, values: &[u16], _first: u64, _stride: u64) -> Result<EncodedBlock> {
        self.encode(values)
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

impl Decoder {
    /// Decode the `n` values of a block whose lanes (FORMAT.md 3.4) are `lanes`, byte ranges of
    /// `block`; value k of the block comes from lane `k % lanes.len()`. Two lanes are decoded
    /// side by side in one loop (independent state chains), so several lanes decode faster than
    /// one. Checks every lane's final state, padding and length.
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
        if n.div_ceil(lanes.len().max(1)) > MAX_LANE_VALUES {
            return Err(Error::Request(format!("{n} values in {} lanes: too many", lanes.len())));
        }
        let short = self.refill_rows() < 7;
        match (lanes.len(), self.dtype, short) {
            (1, _, _) => return self.decode(&block[lanes[0].ans.clone()], &block[lanes[0].raw.clone()], n, out),
            (2, Dtype::BF16, false) => self.lanes_impl::<7, 8, 2, 7>(&mut q, out),
            (2, Dtype::BF16, true) => self.lanes_impl::<7, 8, 2, 5>(&mut q, out),
            (2, Dtype::F16, _) => self.lanes_impl::<10, 5, 2, 5>(&mut q, out),
            (4, Dtype::BF16, false) => self.lanes_impl::<7, 8, 4, 7>(&mut q, out),
            (4, Dtype::BF16, true) => self.lanes_impl::<7, 8, 4, 5>(&mut q, out),
            (4, Dtype::F16, _) => self.lanes_impl::<10, 5, 4, 5>(&mut q, out),
            (8, Dtype::BF16, false) => self.lanes_impl::<7, 8, 8, 7>(&mut q, out),
            (8, Dtype::BF16, true) => self.lanes_impl::<7, 8, 8, 5>(&mut q, out),
            (8, Dtype::F16, _) => self.lanes_impl::<10, 5, 8, 5>(&mut q, out),
            (k, _, _) => return Err(Error::Request(format!("{k} lanes (1, 2, 4 or 8 allowed)"))),
        }
        for (k, l) in q.iter().enumerate() {
            l.finish().map_err(|e| match e {
                Error::Corrupt { context, message } => {
                    Error::Corrupt { context, message: format!("lane {k}: {message}") }
                }
                other => other,
            })?;
        }
        Ok(())
    }

    /// `N` lanes (`q`), two at a time over the whole block (two lanes' windows stay in
    /// registers), refilled every `K` rows; then the last, partial row.
    fn lanes_impl<const M: u32, const E: u32, const N: usize, const K: usize>(&self, q: &mut [Lane], out: &mut [u16]) {
        let full = out.len() / N * N;
        let (rows, tail) = out.split_at_mut(full);
        for (pair, first) in q.chunks_exact_mut(2).zip((0..N).step_by(2)) {
            let pair: &mut [Lane; 2] = pair.try_into().expect("two lanes");
            decode_rows::<M, E, N, 2, K>(&self.table, pair, rows, first);
        }
        for (o, l) in tail.iter_mut().zip(q.iter_mut()) {
            l.refill();
            *o = l.step::<M, E>(&self.table);
        }
    }
}

/// The FORMAT.md 3.2/3.3 decoder written literally with the crate's bit readers: slow, for
/// cross-checking [`Decoder`] and for readers of the format.
pub fn decode_block_reference(model: &AnsModel, ans: &[u8], raw: &[u8], n: usize, out: &mut [u16]) -> Result<()> {
    model.validate()?;
    let len = out.len();
    let out = out.get_mut(..n).ok_or_else(|| short_output(n, len))?;
    let d = model.dtype;
    let field = 1 + d.man_bits();
    let table = model.decode_table();
    let mut a = LsbReader::new(ans);
    let mut r = MsbReader::new(raw);
    let truncated = |s: &str| corrupt(s, "truncated");
    let mut state = a.get(model.table_log as u32).ok_or_else(|| truncated("tANS"))? as usize;
    for o in out.iter_mut() {
        let e = table[state];
        let c = model.codes[e.code as usize];
        *o = if c.escape {
            let exp = r.get(d.exp_bits()).ok_or_else(|| truncated("raw"))?;
            let sm = r.get(field).ok_or_else(|| truncated("raw"))?;
            d.assemble(exp as u16, sm as u16)
        } else {
            let bits = r.get(c.nbits as u32).ok_or_else(|| truncated("raw"))?;
            d.assemble(c.exp as u16, (bits << (field - c.nbits as u32)) as u16)
        };
        state = e.base as usize | a.get(e.nb as u32).ok_or_else(|| truncated("tANS"))? as usize;
    }
    if state != 0 {
        return Err(corrupt("tANS", format!("final state {state}, expected 0")));
    }
    check_end("tANS", ans, a.bit_pos(), true)?;
    check_end("raw", raw, r.bit_pos(), false)
}

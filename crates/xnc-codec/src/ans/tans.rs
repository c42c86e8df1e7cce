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

    #[inline(always)]
    fn encode_lanes_impl<const M: u32, const E: u32, const N: usize>(
        &self,
        values: &[u16],
    ) -> Result<Vec<EncodedBlock>> {
        let field = 1 + M;
        let needs = M as usize + 2;
        let n = values.len();
        let mut groups: Vec<u32> = vec![0; n];
        let cap = n.div_ceil(N) * (E + field) as usize / 8 + 8;
        let mut raw: [MsbWriter; N] = std::array::from_fn(|_| MsbWriter::with_capacity(cap));
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
            let nr = (p >> 16) & 0xff;
            raw[i % N].put((((e << field) | sm) >> (p & 0xff)) & ((1 << nr) - 1), nr);
            *g = p >> 24;
        }
        let l = 1u32 << self.table_log;
        let mut x = [l; N];
        let step = |x: &mut u32, g: &mut u32| {
            let (delta, off) = self.sym[*g as usize];
            let nb = (x.wrapping_add(delta)) >> 16;
            *g = (*x & ((1 << nb) - 1)) | nb << 16;
            *x = self.states[(off + (*x >> nb) as i32) as usize] as u32;
        };
        let full = n / N * N;
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

/// One state of the fused decode table: the tANS step and how to read the additional bits.
#[derive(Clone, Copy, Debug, Default)]
#[repr(C, align(8))]
struct FastEntry {
    /// Next state without the bits read.
    base: u16,
    /// `(1 << nb) - 1`: the state bits to read, as a mask (keeps the state chain to and + or).
    mask: u16,
    /// State bits to read.
    nb: u8,
    /// Additional bits to read; [`ESCAPE`] for the escape (whose reads are done out of line).
    rb: u8,
    _pad: [u8; 2],
}

/// [`FastEntry::rb`] of the escape (a shift by it would be meaningless, so no value is shared).
const ESCAPE: u8 = 0x80;

/// How to rebuild the value in a state (a separate array indexed by the same state, so its load
/// runs in parallel with the [`FastEntry`] one).
#[derive(Clone, Copy, Debug, Default)]
#[repr(C, align(4))]
struct ValueEntry {
    /// The exponent, in place (`exp << M`).
    expw: u16,
    /// The additional bits, in place in the `{sign, mantissa}` field read from the top of the
    /// raw window (`((1 << rb) - 1) << (1 + M - rb)`).
    fmask: u16,
}

const TABLE: usize = 1 << super::MAX_TABLE_LOG;

/// A prepared block decoder: a fused table indexed by state.
#[derive(Clone, Debug)]
pub struct Decoder {
    dtype: Dtype,
    table_log: u32,
    tables: Box<Tables>,
}

/// Both per-state arrays in one allocation, so that one base register reaches them.
#[derive(Clone, Debug)]
struct Tables {
    fast: [FastEntry; TABLE],
    values: [ValueEntry; TABLE],
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

/// An escaped value at raw bit `rpos` (exponent, then `{sign, mantissa}`), and the raw window
/// after it. Out of line: rare, and it keeps the hot loop's registers free.
#[cold]
#[inline(never)]
fn escape<const M: u32, const E: u32>(raw: &[u8], rpos: usize) -> (u16, u64) {
    let w = u64::from_be_bytes(load8(raw, rpos >> 3)) << (rpos & 7);
    let exp = (w >> (64 - E)) as u32;
    let f = (w << E >> (63 - M)) as u32;
    let v = (((f >> M) << 15) | (exp << M) | (f & ((1 << M) - 1))) as u16;
    (v, w << (E + 1 + M))
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

impl Decoder {
    /// Prepare the fused table of `model` (validated first).
    pub fn new(model: &AnsModel) -> Result<Self> {
        model.validate()?;
        let d = model.dtype;
        let field = 1 + d.man_bits() as u8;
        let mut tables =
            Box::new(Tables { fast: [FastEntry::default(); TABLE], values: [ValueEntry::default(); TABLE] });
        let Tables { fast, values } = &mut *tables;
        for ((slot, vslot), e) in fast.iter_mut().zip(values.iter_mut()).zip(model.decode_table()) {
            let c = model.codes[e.code as usize];
            let rb = if c.escape { 0 } else { c.nbits };
            *slot = FastEntry {
                base: e.base,
                mask: ((1u32 << e.nb) - 1) as u16,
                nb: e.nb,
                rb: if c.escape { ESCAPE } else { rb },
                _pad: [0; 2],
            };
            *vslot = ValueEntry {
                expw: if c.escape { 0 } else { (c.exp as u16) << d.man_bits() },
                fmask: (((1u32 << rb) - 1) << (field - rb)) as u16,
            };
        }
        Ok(Self { dtype: d, table_log: model.table_log as u32, tables })
    }

    /// Decode `n` values of one block into `out[..n]`; see [`AnsModel::decode_block`].
    pub fn decode(&self, ans: &[u8], raw: &[u8], n: usize, out: &mut [u16]) -> Result<()> {
        let len = out.len();
        let out = out.get_mut(..n).ok_or_else(|| short_output(n, len))?;
        match self.dtype {
            Dtype::BF16 => self.decode_impl::<7, 8>(ans, raw, out),
            Dtype::F16 => self.decode_impl::<10, 5>(ans, raw, out),
        }
    }

    // The last step before a refill shifts windows that the refill then replaces.
    #[allow(unused_assignments)]
    #[inline(always)]
    fn decode_impl<const M: u32, const E: u32>(&self, ans: &[u8], raw: &[u8], out: &mut [u16]) -> Result<()> {
        let table = &self.tables.fast;
        let vtable = &self.tables.values;
        // Each stream is read through a 64-bit window loaded (one unaligned 8-byte load) at the
        // byte holding its bit position: at least 57 valid bits, enough for four values (at most
        // 10 state bits, and outside the escape at most 1 + M <= 11 raw bits, each). The tANS
        // window is LSB-first (bits at the bottom), the raw window MSB-first (bits at the top).
        // Reading past the end yields zeros; `apos`/`rpos` then exceed the stream and the end
        // check reports it.
        let (mut apos, mut rpos) = (0usize, 0usize);
        let top = 63 - M;
        let mmask = (1u32 << M) - 1;
        let mut abuf = u64::from_le_bytes(load8(ans, 0));
        let mut state = (abuf & ((1 << self.table_log) - 1)) as usize;
        apos += self.table_log as usize;
        let mut rbuf: u64;
        macro_rules! refill {
            () => {
                abuf = u64::from_le_bytes(load8(ans, apos >> 3)) >> (apos & 7);
                rbuf = u64::from_be_bytes(load8(raw, rpos >> 3)) << (rpos & 7);
            };
        }
        macro_rules! step {
            ($o:expr) => {
                let e = table[state];
                let ve = vtable[state];
                state = e.base as usize | (abuf & e.mask as u64) as usize;
                abuf >>= e.nb;
                apos += e.nb as usize;
                $o = if e.rb != ESCAPE {
                    let f = (rbuf >> top) as u32 & ve.fmask as u32;
                    rbuf <<= e.rb;
                    rpos += e.rb as usize;
                    (((f >> M) << 15) | (f & mmask)) as u16 | ve.expw
                } else {
                    let (v, buf) = escape::<M, E>(raw, rpos);
                    rbuf = buf;
                    rpos += (E + 1 + M) as usize;
                    v
                };
            };
        }
        let mut chunks = out.chunks_exact_mut(4);
        for ch in &mut chunks {
            refill!();
            step!(ch[0]);
            step!(ch[1]);
            step!(ch[2]);
            step!(ch[3]);
        }
        for o in chunks.into_remainder() {
            refill!();
            step!(*o);
        }
        if state != 0 {
            return Err(corrupt("tANS", format!("final state {state}, expected 0")));
        }
        let aused = apos as u64;
        let rused = rpos as u64;
        check_end("tANS", ans, aused, true)?;
        check_end("raw", raw, rused, false)
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

/// One lane's position while [`Decoder::decode_lanes`] runs: state and absolute bit positions in
/// the block of its two streams.
#[derive(Clone, Copy, Default)]
struct LanePos {
    state: usize,
    abuf: u64,
    apos: usize,
    rbuf: u64,
    rpos: usize,
}

impl Decoder {
    /// Decode the `n` values of a block whose lanes (FORMAT.md 3.4) are `lanes`, byte ranges of
    /// `block`; value k of the block comes from lane `k % lanes.len()`. Up to four lanes are
    /// decoded side by side in one loop (independent state chains), so several lanes decode
    /// faster than one. Checks every lane's final state, padding and length.
    pub fn decode_lanes(&self, block: &[u8], lanes: &[LaneStreams], n: usize, out: &mut [u16]) -> Result<()> {
        let len = out.len();
        let out = out.get_mut(..n).ok_or_else(|| short_output(n, len))?;
        for l in lanes {
            if l.ans.start > l.ans.end || l.raw.start > l.raw.end || l.ans.end.max(l.raw.end) > block.len() {
                return Err(corrupt("lane", format!("streams {:?} {:?} outside the block", l.ans, l.raw)));
            }
        }
        match (lanes.len(), self.dtype) {
            (1, _) => self.decode(&block[lanes[0].ans.clone()], &block[lanes[0].raw.clone()], n, out),
            (2, Dtype::BF16) => self.decode_lanes_impl::<7, 8, 2, 2>(block, lanes, out),
            (2, Dtype::F16) => self.decode_lanes_impl::<10, 5, 2, 2>(block, lanes, out),
            (4, Dtype::BF16) => self.decode_lanes_impl::<7, 8, 4, 2>(block, lanes, out),
            (4, Dtype::F16) => self.decode_lanes_impl::<10, 5, 4, 2>(block, lanes, out),
            (8, Dtype::BF16) => self.decode_lanes_impl::<7, 8, 8, 2>(block, lanes, out),
            (8, Dtype::F16) => self.decode_lanes_impl::<10, 5, 8, 2>(block, lanes, out),
            (k, _) => Err(Error::Request(format!("{k} lanes (1, 2, 4 or 8 allowed)"))),
        }
    }

    /// `N` lanes, decoded `G` at a time (G divides N; G = 2 keeps two lanes' state in registers).
    #[inline(always)]
    fn decode_lanes_impl<const M: u32, const E: u32, const N: usize, const G: usize>(
        &self,
        block: &[u8],
        lanes: &[LaneStreams],
        out: &mut [u16],
    ) -> Result<()> {
        let table = &self.tables.fast;
        let vtable = &self.tables.values;
        let r = self.table_log as usize;
        let top = 63 - M;
        let mmask = (1u32 << M) - 1;
        // One value of one lane: the arithmetic of `decode_impl`, on the lane's two windows
        // (refilled every four values, at the lane's absolute bit positions in the block; reads
        // past a stream see the next stream's bytes or zeros, and the end checks below catch any
        // overrun).
        let refill = |p: &mut LanePos| {
            p.abuf = u64::from_le_bytes(load8(block, p.apos >> 3)) >> (p.apos & 7);
            p.rbuf = u64::from_be_bytes(load8(block, p.rpos >> 3)) << (p.rpos & 7);
        };
        let step = |p: &mut LanePos| -> u16 {
            let e = table[p.state & (TABLE - 1)];
            let ve = vtable[p.state & (TABLE - 1)];
            p.state = e.base as usize | (p.abuf & e.mask as u64) as usize;
            p.abuf >>= e.nb;
            p.apos += e.nb as usize;
            if e.rb != ESCAPE {
                let f = (p.rbuf >> top) as u32 & ve.fmask as u32;
                p.rbuf <<= e.rb;
                p.rpos += e.rb as usize;
                (((f >> M) << 15) | (f & mmask)) as u16 | ve.expw
            } else {
                let (v, buf) = escape::<M, E>(block, p.rpos);
                p.rbuf = buf;
                p.rpos += (E + 1 + M) as usize;
                v
            }
        };
        let mut pos = [LanePos::default(); N];
        for (p, l) in pos.iter_mut().zip(lanes) {
            p.state = ((u64::from_le_bytes(load8(block, l.ans.start)) & ((1 << r) - 1)) as usize) & (TABLE - 1);
            p.apos = l.ans.start * 8 + r;
            p.rpos = l.raw.start * 8;
        }
        let full = out.len() / N * N;
        let (rows, tail) = out.split_at_mut(full);
        for first in (0..N).step_by(G) {
            let mut q: [LanePos; G] = std::array::from_fn(|g| pos[first + g]);
            let mut quads = rows.chunks_exact_mut(4 * N);
            for quad in &mut quads {
                q.iter_mut().for_each(refill);
                for row in quad.chunks_exact_mut(N) {
                    let row = &mut row[first..first + G];
                    for g in 0..G {
                        row[g] = step(&mut q[g]);
                    }
                }
            }
            for row in quads.into_remainder().chunks_exact_mut(N) {
                q.iter_mut().for_each(refill);
                let row = &mut row[first..first + G];
                for g in 0..G {
                    row[g] = step(&mut q[g]);
                }
            }
            pos[first..first + G].copy_from_slice(&q);
        }
        for (o, p) in tail.iter_mut().zip(pos.iter_mut()) {
            refill(p);
            *o = step(p);
        }
        for (k, (p, l)) in pos.iter().zip(lanes).enumerate() {
            if p.state != 0 {
                return Err(corrupt("tANS", format!("lane {k}: final state {}, expected 0", p.state)));
            }
            let aused = p.apos as u64 - l.ans.start as u64 * 8;
            let rused = p.rpos as u64 - l.raw.start as u64 * 8;
            check_end("tANS", &block[l.ans.clone()], aused, true)
                .and_then(|_| check_end("raw", &block[l.raw.clone()], rused, false))
                .map_err(|e| match e {
                    Error::Corrupt { context, message } => {
                        Error::Corrupt { context, message: format!("lane {k}: {message}") }
                    }
                    other => other,
                })?;
        }
        Ok(())
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

//! Bit-contiguous writers and readers, in the two bit orders the formats use.
//!
//! * MSB-first ([`MsbWriter`], [`MsbReader`]): stream bit k is bit `7 - k % 8` of byte `k / 8`;
//!   a field of n bits is written most significant bit first. Used by XNC records and the raw
//!   (additional-bits) stream of the coding pairs.
//! * LSB-first ([`LsbWriter`], [`LsbReader`]): stream bit k is bit `k % 8` of byte `k / 8`; a field
//!   of n bits is written least significant bit first. Used by the tANS state bits, because the
//!   hardware then needs only a mask, no shifter, to form `base | bits`. The tANS encoder runs over
//!   a block backwards and builds the stream from its end (`LsbBackWriter`).
//!
//! The writers keep their pending bits in a 64-bit accumulator and store whole bytes eight at a
//! time. For the tANS encoders' hot loops, `MsbWriter::put_top` and `LsbBackWriter::put` only
//! shift and OR into it: the caller sizes the writer for the whole stream and
//! flushes (`MsbWriter::flush`) after at most `PUTS_PER_FLUSH` puts, so a value costs a few
//! register operations and no capacity check.

use std::marker::PhantomData;

/// Most puts of at most 16 bits between two flushes of the hot-loop API: after a flush fewer than
/// 8 bits are pending, and three puts of at most 16 bits keep the accumulator below 64 bits.
pub(crate) const PUTS_PER_FLUSH: usize = 3;

/// Bytes kept free beside the data for the 8-byte stores, and zero bytes above it for the
/// realigning loads.
const SLACK: usize = 16;

/// Writes fields MSB-first into a byte vector.
#[derive(Default, Debug, Clone)]
pub struct MsbWriter {
    /// The bytes, with room for an 8-byte store at `pos`.
    buf: Vec<u8>,
    /// Bytes finished.
    pos: usize,
    /// Pending bits at the top, `nacc` of them (nothing below them).
    acc: u64,
    nacc: u32,
}

impl MsbWriter {
    /// An empty writer.
    pub fn new() -> Self {
        Self::default()
    }
    /// An empty writer with room for `bytes` bytes (it grows past them as needed with [`put`](Self::put)).
    pub fn with_capacity(bytes: usize) -> Self {
        Self { buf: vec![0; bytes + SLACK], ..Self::default() }
    }
    /// An empty writer in `buf` (its bytes are overwritten, not cleared: every byte of the
    /// stream is stored by a flush before it is read), with room for `bytes` bytes; a buffer kept
    /// from stream to stream costs no allocation and no zeroing.
    pub(crate) fn with_buf(mut buf: Vec<u8>, bytes: usize) -> Self {
        if buf.len() < bytes + SLACK {
            buf.resize(bytes + SLACK, 0);
        }
        Self { buf, ..Self::default() }
    }
    /// Finish like [`finish`](Self::finish) but keep the buffer: the buffer, the stream's length
    /// in bytes (its first bytes; those after them are stale) and in bits.
    pub(crate) fn finish_parts(mut self) -> (Vec<u8>, usize, u64) {
        let bits = self.bit_len();
        self.reserve();
        self.flush();
        let len = self.pos + (self.nacc > 0) as usize;
        (self.buf, len, bits)
    }
    /// Append the low `n` bits of `v` (n <= 32), most significant first.
    #[inline]
    pub fn put(&mut self, v: u32, n: u32) {
        debug_assert!(n <= 32);
        let v = (v as u64) & ((1u64 << n) - 1);
        // Fewer than 32 bits pending between calls: the put cannot overflow the accumulator.
        self.put_top((v << 32) << (32 - n), n);
        if self.nacc >= 32 {
            self.reserve();
            self.flush();
        }
    }
    /// Append the top `n` bits of `top` (the bits of `top` below them must be zero) without a
    /// capacity check: the hot-loop API. The writer must have been made for the whole stream
    /// ([`with_capacity`](Self::with_capacity)), and pending bits plus `n` must stay within 64:
    /// [`flush`](Self::flush) at least every [`PUTS_PER_FLUSH`] puts of at most 16 bits.
    #[inline(always)]
    pub(crate) fn put_top(&mut self, top: u64, n: u32) {
        self.acc |= top >> self.nacc;
        self.nacc += n;
    }
    /// Store the pending whole bytes (room for them is the caller's: see [`put_top`](Self::put_top)).
    #[inline(always)]
    pub(crate) fn flush(&mut self) {
        self.buf[self.pos..self.pos + 8].copy_from_slice(&self.acc.to_be_bytes());
        let k = self.nacc >> 3;
        self.pos += k as usize;
        self.acc <<= 8 * k;
        self.nacc &= 7;
    }
    /// The hot-loop API of a writer whose pending bits are kept at the bottom of the accumulator
    /// (fewer operations per put than [`put_top`](Self::put_top)): append the `n` bits `bits`
    /// (`bits < 2^n`), `n` in the low 6 bits of `n6` (at most 16; the bits of `n6` above them are
    /// ignored). Flush with [`flush_low`](Self::flush_low) at least every [`PUTS_PER_FLUSH`] puts;
    /// do not mix with the other puts and flushes before a [`flush_low`](Self::flush_low).
    #[inline(always)]
    pub(crate) fn put_low(&mut self, bits: u64, n6: u32) {
        self.acc = (self.acc << (n6 & 63)) | bits;
        self.nacc += n6 & 63;
    }
    /// [`flush`](Self::flush) for [`put_low`](Self::put_low): store the pending whole bytes and
    /// keep the other pending bits at the bottom.
    #[inline(always)]
    pub(crate) fn flush_low(&mut self) {
        // The pending bits at the top (the bits above them are stale and shifted out).
        let top = (self.acc << (63 - self.nacc)) << 1;
        self.buf[self.pos..self.pos + 8].copy_from_slice(&top.to_be_bytes());
        self.pos += (self.nacc >> 3) as usize;
        self.nacc &= 7;
    }
    /// Turn a writer flushed by [`flush_low`](Self::flush_low) back into one for the other puts:
    /// the pending bits (fewer than 8) at the top.
    pub(crate) fn low_to_top(&mut self) {
        self.acc = if self.nacc == 0 { 0 } else { self.acc << (64 - self.nacc) };
    }
    /// The inverse of [`low_to_top`](Self::low_to_top): a writer flushed (fewer than 8 bits
    /// pending, at the top) made ready for [`put_low`](Self::put_low).
    pub(crate) fn top_to_low(&mut self) {
        self.acc = if self.nacc == 0 { 0 } else { self.acc >> (64 - self.nacc) };
    }
    /// Append the top `n` bits of `top` (`n <= 64`; the bits of `top` below them zero) and store
    /// the whole bytes at once: a put and a flush for a field of up to 64 bits (four values of a
    /// SIMD raw pass). The writer must be flushed (fewer than 8 bits pending; a writer used with
    /// [`put_top`](Self::put_top) and [`flush`](Self::flush)) and have room for 16 bytes at the
    /// current byte (it is left flushed).
    #[inline(always)]
    pub(crate) fn put_wide(&mut self, top: u64, n: u32) {
        let total = self.nacc + n;
        // The stream's next 64 bits, and (more than 64 bits: rare, four escapes) the next 64.
        let w1 = self.acc | (top >> self.nacc);
        self.buf[self.pos..self.pos + 8].copy_from_slice(&w1.to_be_bytes());
        if total < 64 {
            self.acc = w1 << (total & !7);
        } else {
            let w2 = (top << 1) << (63 - self.nacc);
            self.buf[self.pos + 8..self.pos + 16].copy_from_slice(&w2.to_be_bytes());
            self.acc = w2;
        }
        self.pos += (total >> 3) as usize;
        self.nacc = total & 7;
    }
    /// Room for an 8-byte store at the current byte.
    fn reserve(&mut self) {
        if self.buf.len() < self.pos + 8 {
            let n = (2 * self.buf.len()).max(self.pos + 64);
            self.buf.resize(n, 0);
        }
    }
    /// Number of bits written so far.
    pub fn bit_len(&self) -> u64 {
        self.pos as u64 * 8 + self.nacc as u64
    }
    /// Finish: pad the last byte with zeros and return the bytes.
    pub fn finish(mut self) -> Vec<u8> {
        self.reserve();
        self.flush();
        self.buf.truncate(self.pos + (self.nacc > 0) as usize);
        self.buf
    }
}

/// A bit order: how a reader takes a field from 8 stream bytes.
pub trait BitOrder {
    /// The `n` bits (1..=32) of the 8 stream bytes `b` from stream bit `off` (< 8) on.
    fn field(b: [u8; 8], off: u32, n: u32) -> u32;
}

/// MSB-first (see the module documentation).
#[derive(Debug, Clone, Copy)]
pub struct Msb;

impl BitOrder for Msb {
    #[inline(always)]
    fn field(b: [u8; 8], off: u32, n: u32) -> u32 {
        ((u64::from_be_bytes(b) << off) >> (64 - n)) as u32
    }
}

/// LSB-first (see the module documentation).
#[derive(Debug, Clone, Copy)]
pub struct Lsb;

impl BitOrder for Lsb {
    #[inline(always)]
    fn field(b: [u8; 8], off: u32, n: u32) -> u32 {
        ((u64::from_le_bytes(b) >> off) & ((1u64 << n) - 1)) as u32
    }
}

/// Reads fields from a byte slice in bit order `O`. Reading past the end is an error, not a panic.
#[derive(Debug, Clone)]
pub struct BitReader<'a, O> {
    bytes: &'a [u8],
    pos: u64,
    order: PhantomData<O>,
}

/// Reads fields MSB-first.
pub type MsbReader<'a> = BitReader<'a, Msb>;
/// Reads fields LSB-first.
pub type LsbReader<'a> = BitReader<'a, Lsb>;

impl<'a, O: BitOrder> BitReader<'a, O> {
    /// A reader at bit 0 of `bytes`.
    pub fn new(bytes: &'a [u8]) -> Self {
        Self { bytes, pos: 0, order: PhantomData }
    }
    /// Current bit position.
    pub fn bit_pos(&self) -> u64 {
        self.pos
    }
    /// Bits left.
    pub fn remaining(&self) -> u64 {
        self.bytes.len() as u64 * 8 - self.pos
    }
    /// Skip `n` bits (clamped to the end of the stream).
    pub fn skip(&mut self, n: u64) {
        self.pos = (self.pos + n).min(self.bytes.len() as u64 * 8);
    }
    /// Read `n` bits (n <= 32); `None` when fewer than `n` remain.
    #[inline]
    pub fn get(&mut self, n: u32) -> Option<u32> {
        debug_assert!(n <= 32);
        if n == 0 {
            return Some(0);
        }
        if self.remaining() < n as u64 {
            return None;
        }
        let byte = (self.pos >> 3) as usize;
        let off = (self.pos & 7) as u32;
        // Load up to 8 bytes; pad with zeros past the end.
        let mut buf = [0u8; 8];
        let take = (self.bytes.len() - byte).min(8);
        buf[..take].copy_from_slice(&self.bytes[byte..byte + take]);
        self.pos += n as u64;
        Some(O::field(buf, off, n))
    }
}

/// Writes fields LSB-first into a growing byte vector.
#[derive(Default, Debug, Clone)]
pub struct LsbWriter {
    bytes: Vec<u8>,
    acc: u64,
    nacc: u32,
}

impl LsbWriter {
    /// An empty writer.
    pub fn new() -> Self {
        Self::default()
    }
    /// An empty writer with room for `bytes` bytes.
    pub fn with_capacity(bytes: usize) -> Self {
        Self { bytes: Vec::with_capacity(bytes), ..Self::default() }
    }
    /// Append the low `n` bits of `v` (n <= 32), least significant first.
    ///
    /// The accumulator holds fewer than 32 pending bits between calls and is flushed 32 bits at
    /// a time.
    #[inline]
    pub fn put(&mut self, v: u32, n: u32) {
        debug_assert!(n <= 32);
        let v = (v as u64) & ((1u64 << n) - 1);
        self.acc |= v << self.nacc;
        self.nacc += n;
        if self.nacc >= 32 {
            self.bytes.extend_from_slice(&(self.acc as u32).to_le_bytes());
            self.acc >>= 32;
            self.nacc -= 32;
        }
    }
    /// Number of bits written so far.
    pub fn bit_len(&self) -> u64 {
        self.bytes.len() as u64 * 8 + self.nacc as u64
    }
    /// Finish: pad the last byte with zeros and return the bytes.
    pub fn finish(mut self) -> Vec<u8> {
        if self.nacc > 0 {
            let low = (self.acc as u32).to_le_bytes();
            self.bytes.extend_from_slice(&low[..self.nacc.div_ceil(8) as usize]);
        }
        self.bytes
    }
}

/// An LSB-first stream (FORMAT.md: stream bit k is bit `k % 8` of byte `k / 8`) built from its
/// end: each [`put`](LsbBackWriter::put) goes before everything put so far.
pub(crate) struct LsbBackWriter {
    buf: Vec<u8>,
    /// First byte of the finished bytes (they run to `top`).
    end: usize,
    top: usize,
    /// Pending bits in the low `nacc` bits (bits above them are stale); the most recent put lowest.
    acc: u64,
    nacc: u32,
}

impl LsbBackWriter {
    /// A writer for a stream of at most `max_bits` bits in `buf` (kept from stream to stream: no
    /// allocation, and only the zero bytes above the stream that [`finish`](Self::finish) reads
    /// are cleared; an empty `Vec` for a new buffer).
    pub(crate) fn with_buf(mut buf: Vec<u8>, max_bits: usize) -> Self {
        let top = SLACK + max_bits.div_ceil(8) + 1;
        if buf.len() < top + SLACK {
            buf.resize(top + SLACK, 0);
        }
        buf[top..top + SLACK].fill(0);
        Self { buf, end: top, top, acc: 0, nacc: 0 }
    }

    /// Put the `n` bits of `bits` (`bits < 2^n`, `n <= 16`) before the bits put so far.
    #[inline(always)]
    pub(crate) fn put(&mut self, bits: u32, n: u32) {
        self.acc = (self.acc << n) | bits as u64;
        self.nacc += n;
    }

    /// Store the pending whole bytes (the latest positions of the stream, so the highest bytes).
    #[inline(always)]
    pub(crate) fn flush(&mut self) {
        // The pending bits at the top of the word, so its high bytes are the finished ones.
        let v = (self.acc << (63 - self.nacc)) << 1;
        self.buf[self.end - 8..self.end].copy_from_slice(&v.to_le_bytes());
        self.end -= (self.nacc >> 3) as usize;
        self.nacc &= 7;
    }

    /// Bytes the finished stream will have.
    pub(crate) fn byte_len(&self) -> usize {
        ((self.top - self.end) * 8 + self.nacc as usize).div_ceil(8)
    }

    /// The stream's bytes (zero-padded at the end) and its exact number of bits.
    pub(crate) fn finish(self) -> (Vec<u8>, u64) {
        let mut out = Vec::new();
        let (_, bits) = self.finish_into(&mut out);
        (out, bits)
    }

    /// [`finish`](Self::finish) appending the stream's bytes to `out`; returns the buffer (for
    /// the next stream) and the exact number of bits.
    pub(crate) fn finish_into(mut self, out: &mut Vec<u8>) -> (Vec<u8>, u64) {
        self.flush();
        let lead = if self.nacc > 0 {
            self.end -= 1;
            self.buf[self.end] = (self.acc << (8 - self.nacc)) as u8;
            8 - self.nacc
        } else {
            0
        };
        let len = self.top - self.end;
        let bits = (len * 8) as u64 - lead as u64;
        realign_into(&self.buf[self.end..], len, lead, out);
        (self.buf, bits)
    }
}

/// Append the first `len` bytes of `src` (followed by at least 8 zero bytes), shifted down by
/// `lead` bits (< 8) as one LSB-first bit string, to `out`.
fn realign_into(src: &[u8], len: usize, lead: u32, out: &mut Vec<u8>) {
    let load = |i: usize| u64::from_le_bytes(src[i..i + 8].try_into().expect("8 bytes"));
    let start = out.len();
    out.reserve(len.div_ceil(8) * 8);
    for i in 0..len.div_ceil(8) {
        let v = (load(8 * i) >> lead) | load(8 * i + 8).checked_shl(64 - lead).unwrap_or(0);
        out.extend_from_slice(&v.to_le_bytes());
    }
    out.truncate(start + len);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads fields of `widths` bits from `b` in bit order `O`.
    fn read_back<O: BitOrder>(b: &[u8], widths: &[u32]) -> Vec<Option<u32>> {
        let mut r = BitReader::<O>::new(b);
        widths.iter().map(|&n| r.get(n)).collect()
    }

    #[test]
    fn round_trip_and_order() {
        let (mut m, mut l) = (MsbWriter::new(), LsbWriter::new());
        for (v, n) in [(1, 1), (0b0110, 4), (0x1ff, 9)] {
            m.put(v, n);
            l.put(v, n);
        }
        assert_eq!((m.bit_len(), l.bit_len()), (14, 14));
        let (mb, lb) = (m.finish(), l.finish());
        assert_eq!(mb, vec![0b1011_0111, 0b1111_1100]);
        assert_eq!(lb, vec![0b1110_1101, 0b0011_1111]);
        // The three fields, the two zero padding bits, then the end.
        let expect = vec![Some(1), Some(0b0110), Some(0x1ff), Some(0), None];
        assert_eq!(read_back::<Msb>(&mb, &[1, 4, 9, 2, 1]), expect);
        assert_eq!(read_back::<Lsb>(&lb, &[1, 4, 9, 2, 1]), expect);
    }

    #[test]
    fn writers_match_a_bit_by_bit_model() {
        // Pseudo-random field widths 0..=32, every flush and finish boundary crossed.
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        let mut fields = Vec::new();
        for _ in 0..3000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let n = (x % 33) as u32;
            fields.push(((x >> 32) as u32 & ((1u64 << n) - 1) as u32, n));
        }
        for take in [0, 1, 2, 3, 5, 8, 13, 100, 3000] {
            let (mut m, mut l) = (MsbWriter::new(), LsbWriter::new());
            let (mut mbits, mut lbits) = (Vec::new(), Vec::new());
            for &(v, n) in &fields[..take] {
                m.put(v, n);
                l.put(v, n);
                mbits.extend((0..n).rev().map(|i| (v >> i) & 1));
                lbits.extend((0..n).map(|i| (v >> i) & 1));
            }
            assert_eq!(m.bit_len(), mbits.len() as u64);
            let pack = |bits: &[u32], msb: bool| -> Vec<u8> {
                bits.chunks(8)
                    .map(|c| {
                        c.iter().enumerate().fold(0u8, |b, (i, &x)| b | ((x as u8) << if msb { 7 - i } else { i }))
                    })
                    .collect()
            };
            assert_eq!(m.finish(), pack(&mbits, true), "msb, {take} fields");
            assert_eq!(l.finish(), pack(&lbits, false), "lsb, {take} fields");
        }
    }

    /// Pseudo-random fields `(bits, n)`, n in 0..=16.
    fn fields(count: usize, seed: u64) -> Vec<(u32, u32)> {
        let mut s = seed;
        (0..count)
            .map(|_| {
                s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                let n = ((s >> 59) % 17) as u32;
                ((s >> 20) as u32 & ((1u32 << n) - 1), n)
            })
            .collect()
    }

    #[test]
    fn hot_loop_writers_equal_the_plain_writers() {
        for count in [0usize, 1, 2, 3, 7, 8, 100, 1001] {
            for seed in 0..8 {
                let f = fields(count, seed);
                let max_bits = f.iter().map(|x| x.1 as usize).sum::<usize>();
                let (mut lf, mut mf) = (LsbWriter::new(), MsbWriter::new());
                for &(b, n) in &f {
                    lf.put(b, n);
                    mf.put(b, n);
                }
                let (lbits, mbits) = (lf.bit_len(), mf.bit_len());
                let (lf, mf) = (lf.finish(), mf.finish());
                // Fresh buffers, then buffers left dirty by another stream (reused, not cleared).
                for dirty in [Vec::new(), vec![0xa5u8; max_bits / 8 + 300]] {
                    let mut lb = LsbBackWriter::with_buf(dirty.clone(), max_bits);
                    for (i, &(b, n)) in f.iter().rev().enumerate() {
                        lb.put(b, n);
                        if i % PUTS_PER_FLUSH == PUTS_PER_FLUSH - 1 {
                            lb.flush();
                        }
                    }
                    let mut out = vec![7u8];
                    let (_, bits) = lb.finish_into(&mut out);
                    assert_eq!((&out[1..], bits), (&lf[..], lbits), "LSB, {count} fields, seed {seed}");
                    let mut mb = MsbWriter::with_buf(dirty.clone(), max_bits.div_ceil(8));
                    for (i, &(b, n)) in f.iter().enumerate() {
                        mb.put_top((b as u64) << 1 << (63 - n), n);
                        if i % PUTS_PER_FLUSH == PUTS_PER_FLUSH - 1 {
                            mb.flush();
                        }
                    }
                    let (buf, len, bits) = mb.finish_parts();
                    assert_eq!((&buf[..len], bits), (&mf[..], mbits), "MSB, {count} fields, seed {seed}");
                    // The bottom-kept puts, turned back into a top-kept writer at the end.
                    let mut ml = MsbWriter::with_buf(dirty.clone(), max_bits.div_ceil(8));
                    for (i, &(b, n)) in f.iter().enumerate() {
                        // Bits of the count above the low 6 are ignored.
                        ml.put_low(b as u64, n | 0xff40);
                        if i % 2 == 1 {
                            ml.flush_low();
                        }
                    }
                    ml.flush_low();
                    ml.low_to_top();
                    let (buf, len, bits) = ml.finish_parts();
                    assert_eq!((&buf[..len], bits), (&mf[..], mbits), "MSB low, {count} fields, seed {seed}");
                    // Wide puts of four fields at once (up to 64 bits), then bottom-kept puts
                    // for the last fields, as the SIMD raw pass and its scalar tail write.
                    let mut mw = MsbWriter::with_buf(dirty, max_bits.div_ceil(8));
                    let quads = f.chunks_exact(4);
                    let rest = quads.remainder();
                    for q in quads {
                        let (v, n) = q.iter().fold((0u64, 0u32), |(v, n), &(b, k)| ((v << k) | b as u64, n + k));
                        mw.put_wide(if n == 0 { 0 } else { v << (64 - n) }, n);
                    }
                    mw.top_to_low();
                    for &(b, n) in rest {
                        mw.put_low(b as u64, n);
                        mw.flush_low();
                    }
                    mw.low_to_top();
                    let (buf, len, bits) = mw.finish_parts();
                    assert_eq!((&buf[..len], bits), (&mf[..], mbits), "MSB wide, {count} fields, seed {seed}");
                }
            }
        }
    }
}

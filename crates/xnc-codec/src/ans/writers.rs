//! Bit writers for the tANS encoders' hot loops. Each keeps its pending bits in a 64-bit
//! accumulator that [`put`](MsbWriter::put) only shifts and ORs into, and writes the whole bytes
//! among them with one unaligned 8-byte store when the caller
//! [flushes](MsbWriter::flush) (after at most [`PUTS_PER_FLUSH`] puts), so a value costs a few
//! register operations and no capacity check.
//!
//! * [`MsbWriter`]: the raw (additional bits) stream, MSB-first, in value order.
//! * [`LsbBackWriter`]: the tANS stream, LSB-first. The encoder runs over a block backwards (the
//!   decoder reads it forwards), so each value's state bits come out last first; this writer
//!   builds the stream from its end instead of parking every value's bits for a second, forward
//!   pass. Where the stream starts within its first byte is only known at the end, so
//!   [`finish`](LsbBackWriter::finish) shifts the bytes once into place (the tANS stream has a
//!   few bits per value).

/// Most puts between two flushes: after a flush fewer than 8 bits are pending, and three puts of
/// at most 16 bits keep the accumulator below 64 bits.
pub(crate) const PUTS_PER_FLUSH: usize = 3;

/// Bytes kept free beside the data for the 8-byte stores, and zero bytes above it for the
/// realigning loads.
const SLACK: usize = 16;

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
    /// A writer for a stream of at most `max_bits` bits.
    pub(crate) fn new(max_bits: usize) -> Self {
        let top = SLACK + max_bits.div_ceil(8) + 1;
        Self { buf: vec![0; top + SLACK], end: top, top, acc: 0, nacc: 0 }
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

    /// The stream's bytes (zero-padded at the end) and its exact number of bits.
    pub(crate) fn finish(mut self) -> (Vec<u8>, u64) {
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
        (realign(&self.buf[self.end..], len, lead), bits)
    }
}

/// An MSB-first stream (stream bit k is bit `7 - k % 8` of byte `k / 8`), written forwards from
/// fields given at the top of a 64-bit word.
pub(crate) struct MsbWriter {
    buf: Vec<u8>,
    /// Bytes finished.
    pos: usize,
    /// Pending bits at the top, `nacc` of them (nothing below them).
    acc: u64,
    nacc: u32,
}

impl MsbWriter {
    /// A writer for a stream of at most `max_bits` bits.
    pub(crate) fn new(max_bits: usize) -> Self {
        Self { buf: vec![0; max_bits.div_ceil(8) + SLACK], pos: 0, acc: 0, nacc: 0 }
    }

    /// Append the top `n` bits of `top` (`n <= 16`; the bits of `top` below them must be zero).
    #[inline(always)]
    pub(crate) fn put(&mut self, top: u64, n: u32) {
        self.acc |= top >> self.nacc;
        self.nacc += n;
    }

    /// Store the pending whole bytes.
    #[inline(always)]
    pub(crate) fn flush(&mut self) {
        self.buf[self.pos..self.pos + 8].copy_from_slice(&self.acc.to_be_bytes());
        let k = self.nacc >> 3;
        self.pos += k as usize;
        self.acc <<= 8 * k;
        self.nacc &= 7;
    }

    /// The stream's bytes (zero-padded to a byte) and its exact number of bits.
    pub(crate) fn finish(mut self) -> (Vec<u8>, u64) {
        self.flush();
        let bits = self.pos as u64 * 8 + self.nacc as u64;
        self.buf.truncate(self.pos + (self.nacc > 0) as usize);
        (self.buf, bits)
    }
}

/// The first `len` bytes of `src` (followed by at least 8 zero bytes), shifted down by `lead`
/// bits (< 8) as one LSB-first bit string.
fn realign(src: &[u8], len: usize, lead: u32) -> Vec<u8> {
    let load = |i: usize| u64::from_le_bytes(src[i..i + 8].try_into().expect("8 bytes"));
    let mut out = vec![0u8; len.div_ceil(8) * 8];
    for (i, o) in out.chunks_exact_mut(8).enumerate() {
        let v = (load(8 * i) >> lead) | load(8 * i + 8).checked_shl(64 - lead).unwrap_or(0);
        o.copy_from_slice(&v.to_le_bytes());
    }
    out.truncate(len);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bits;

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
    fn fast_writers_equal_the_plain_writers() {
        for count in [0usize, 1, 2, 3, 7, 8, 100, 1001] {
            for seed in 0..8 {
                let f = fields(count, seed);
                let max_bits = f.iter().map(|x| x.1 as usize).sum::<usize>();
                let (mut lf, mut mf) = (bits::LsbWriter::new(), bits::MsbWriter::new());
                for &(b, n) in &f {
                    lf.put(b, n);
                    mf.put(b, n);
                }
                let (lbits, mbits) = (lf.bit_len(), mf.bit_len());
                let mut lb = LsbBackWriter::new(max_bits);
                for (i, &(b, n)) in f.iter().rev().enumerate() {
                    lb.put(b, n);
                    if i % PUTS_PER_FLUSH == PUTS_PER_FLUSH - 1 {
                        lb.flush();
                    }
                }
                let mut mb = MsbWriter::new(max_bits);
                for (i, &(b, n)) in f.iter().enumerate() {
                    mb.put((b as u64) << 1 << (63 - n), n);
                    if i % PUTS_PER_FLUSH == PUTS_PER_FLUSH - 1 {
                        mb.flush();
                    }
                }
                assert_eq!(lb.finish(), (lf.finish(), lbits), "LSB, {count} fields, seed {seed}");
                assert_eq!(mb.finish(), (mf.finish(), mbits), "MSB, {count} fields, seed {seed}");
            }
        }
    }
}

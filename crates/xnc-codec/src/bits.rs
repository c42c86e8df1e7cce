//! Bit-contiguous writers and readers, in the two bit orders the formats use.
//!
//! * MSB-first ([`MsbWriter`], [`MsbReader`]): stream bit k is bit `7 - k % 8` of byte `k / 8`;
//!   a field of n bits is written most significant bit first. Used by XNC records and the raw
//!   (additional-bits) stream of the coding pairs.
//! * LSB-first ([`LsbWriter`], [`LsbReader`]): stream bit k is bit `k % 8` of byte `k / 8`; a field
//!   of n bits is written least significant bit first. Used by the tANS state bits, because the
//!   hardware then needs only a mask, no shifter, to form `base | bits`.

/// Writes fields MSB-first into a growing byte vector.
#[derive(Default, Debug, Clone)]
pub struct MsbWriter {
    bytes: Vec<u8>,
    acc: u64,
    nacc: u32,
}

impl MsbWriter {
    /// An empty writer.
    pub fn new() -> Self {
        Self::default()
    }
    /// An empty writer with room for `bytes` bytes.
    pub fn with_capacity(bytes: usize) -> Self {
        Self { bytes: Vec::with_capacity(bytes), ..Self::default() }
    }
    /// Append the low `n` bits of `v` (n <= 32), most significant first.
    ///
    /// The accumulator holds fewer than 32 pending bits between calls and is flushed 32 bits at
    /// a time (bits above the pending ones are stale and shift out).
    #[inline]
    pub fn put(&mut self, v: u32, n: u32) {
        debug_assert!(n <= 32);
        let v = (v as u64) & ((1u64 << n) - 1);
        self.acc = (self.acc << n) | v;
        self.nacc += n;
        if self.nacc >= 32 {
            self.nacc -= 32;
            self.bytes.extend_from_slice(&((self.acc >> self.nacc) as u32).to_be_bytes());
        }
    }
    /// Number of bits written so far.
    pub fn bit_len(&self) -> u64 {
        self.bytes.len() as u64 * 8 + self.nacc as u64
    }
    /// Finish: pad the last byte with zeros and return the bytes.
    pub fn finish(mut self) -> Vec<u8> {
        if self.nacc > 0 {
            let top = ((self.acc << (32 - self.nacc)) as u32).to_be_bytes();
            self.bytes.extend_from_slice(&top[..self.nacc.div_ceil(8) as usize]);
        }
        self.bytes
    }
}

/// Reads fields MSB-first from a byte slice. Reading past the end is an error, not a panic.
#[derive(Debug, Clone)]
pub struct MsbReader<'a> {
    bytes: &'a [u8],
    pos: u64,
}

impl<'a> MsbReader<'a> {
    /// A reader at bit 0 of `bytes`.
    pub fn new(bytes: &'a [u8]) -> Self {
        Self { bytes, pos: 0 }
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
        // Load up to 8 bytes big-endian; pad with zeros past the end.
        let mut buf = [0u8; 8];
        let take = (self.bytes.len() - byte).min(8);
        buf[..take].copy_from_slice(&self.bytes[byte..byte + take]);
        let w = u64::from_be_bytes(buf);
        self.pos += n as u64;
        Some(((w << off) >> (64 - n)) as u32)
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

/// Reads fields LSB-first from a byte slice. Reading past the end is an error, not a panic.
#[derive(Debug, Clone)]
pub struct LsbReader<'a> {
    bytes: &'a [u8],
    pos: u64,
}

impl<'a> LsbReader<'a> {
    /// A reader at bit 0 of `bytes`.
    pub fn new(bytes: &'a [u8]) -> Self {
        Self { bytes, pos: 0 }
    }
    /// Current bit position.
    pub fn bit_pos(&self) -> u64 {
        self.pos
    }
    /// Bits left.
    pub fn remaining(&self) -> u64 {
        self.bytes.len() as u64 * 8 - self.pos
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
        let mut buf = [0u8; 8];
        let take = (self.bytes.len() - byte).min(8);
        buf[..take].copy_from_slice(&self.bytes[byte..byte + take]);
        let w = u64::from_le_bytes(buf);
        self.pos += n as u64;
        Some(((w >> off) & ((1u64 << n) - 1)) as u32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn msb_round_trip_and_order() {
        let mut w = MsbWriter::new();
        w.put(1, 1);
        w.put(0b0110, 4);
        w.put(0x1ff, 9);
        assert_eq!(w.bit_len(), 14);
        let b = w.finish();
        assert_eq!(b, vec![0b1011_0111, 0b1111_1100]);
        let mut r = MsbReader::new(&b);
        assert_eq!(r.get(1), Some(1));
        assert_eq!(r.get(4), Some(0b0110));
        assert_eq!(r.get(9), Some(0x1ff));
        assert_eq!(r.get(2), Some(0));
        assert_eq!(r.get(1), None);
    }

    #[test]
    fn lsb_round_trip_and_order() {
        let mut w = LsbWriter::new();
        w.put(1, 1);
        w.put(0b0110, 4);
        w.put(0x1ff, 9);
        let b = w.finish();
        assert_eq!(b, vec![0b1110_1101, 0b0011_1111]);
        let mut r = LsbReader::new(&b);
        assert_eq!(r.get(1), Some(1));
        assert_eq!(r.get(4), Some(0b0110));
        assert_eq!(r.get(9), Some(0x1ff));
        assert_eq!(r.get(3), None);
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
}

//! XNC (Lee, Jang, Kim, ISCAS 2025): XOR with the previous word, a conditional NOT, and truncation
//! of constant bits, per chunk of 32 16-bit words. Bit-exact with the authors' reference
//! accounting (SPEC section 3) and with `vectors/xnc_reference.json`.

use crate::bits::{MsbReader, MsbWriter};
use crate::error::{Error, Result};

/// Values per chunk.
pub const CHUNK: usize = 32;
/// Bits of metadata per full chunk: one flag plus one selector per word.
pub const CHUNK_META_BITS: u32 = 1 + CHUNK as u32;
/// Mask of the bits the NOT inverts (14..11) when bit 15 is set.
const NOT_MASK: u16 = 0x7800;

/// The XOR + NOT transform of word `x` given the previous word of the chunk (0 for the first).
#[inline]
pub fn transform_word(prev: u16, x: u16) -> u16 {
    let d = prev ^ x;
    if d & 0x8000 != 0 {
        d ^ NOT_MASK
    } else {
        d
    }
}

/// A transformed word is "ok" when bit 14 equals bit 15 and bits 2..0 are zero.
#[inline]
pub fn is_ok(d: u16) -> bool {
    ((d >> 15) == ((d >> 14) & 1)) && (d & 7) == 0
}

/// Width of a transformed word's code under chunk flag `flag`: 9, 12 or 16.
#[inline]
pub fn width_of(d: u16, flag: bool) -> u8 {
    if flag {
        let top = d >> 11; // bits 15..11
        if top == 0 || top == 0x1f {
            9
        } else {
            12
        }
    } else if is_ok(d) {
        12
    } else {
        16
    }
}

/// The code of transformed word `d` at width `w`: 9-bit `{b15, b10..b3}`, 12-bit
/// `{b15, b13..b3}`, 16-bit `d`.
#[inline]
pub fn code_of(d: u16, w: u8) -> u16 {
    match w {
        9 => ((d >> 15) << 8) | ((d >> 3) & 0xff),
        12 => ((d >> 15) << 11) | ((d >> 3) & 0x7ff),
        _ => d,
    }
}

/// Rebuild the transformed word from its code (inverse of [`code_of`]).
#[inline]
pub fn word_of(code: u16, w: u8) -> u16 {
    match w {
        9 => {
            let s = (code >> 8) & 1;
            (s << 15) | (if s == 1 { 0x7800 } else { 0 }) | ((code & 0xff) << 3)
        }
        12 => {
            let s = (code >> 11) & 1;
            (s << 15) | (s << 14) | ((code & 0x7ff) << 3)
        }
        _ => code,
    }
}

/// One chunk, transformed and classified: everything the compressor hardware produces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChunkRecord {
    /// Number of values in the chunk (32, or fewer for the tail of a tensor).
    pub n: usize,
    /// Chunk flag F: every transformed word is ok.
    pub flag: bool,
    /// Transformed words (XOR with the previous word, then the NOT); zero past `n`.
    pub words: [u16; CHUNK],
    /// Code width of each word (9, 12 or 16); zero past `n`.
    pub widths: [u8; CHUNK],
    /// Selector bits, bit i for word i (F=1: 1 = 9-bit; F=0: 1 = 12-bit).
    pub selectors: u32,
    /// Record length in bits: `1 + n + sum(widths)`.
    pub bits: u32,
}

impl ChunkRecord {
    /// The code of word i.
    pub fn code(&self, i: usize) -> u16 {
        code_of(self.words[i], self.widths[i])
    }
}

/// Transform and classify a chunk of 1..=32 values.
pub fn encode_chunk(values: &[u16]) -> ChunkRecord {
    let n = values.len();
    assert!((1..=CHUNK).contains(&n), "a chunk holds 1..=32 values, got {n}");
    let mut words = [0u16; CHUNK];
    let mut prev = 0u16;
    let mut flag = true;
    for (i, &x) in values.iter().enumerate() {
        words[i] = transform_word(prev, x);
        prev = x;
        flag &= is_ok(words[i]);
    }
    let mut widths = [0u8; CHUNK];
    let mut selectors = 0u32;
    let mut bits = 1 + n as u32;
    for i in 0..n {
        let w = width_of(words[i], flag);
        widths[i] = w;
        bits += w as u32;
        let sel = if flag { w == 9 } else { w == 12 };
        selectors |= (sel as u32) << i;
    }
    ChunkRecord { n, flag, words, widths, selectors, bits }
}

/// Append a record MSB-first: `[F][S0..S(n-1)][C0..C(n-1)]`.
pub fn write_record(rec: &ChunkRecord, w: &mut MsbWriter) {
    w.put(rec.flag as u32, 1);
    for i in 0..rec.n {
        w.put((rec.selectors >> i) & 1, 1);
    }
    for i in 0..rec.n {
        w.put(rec.code(i) as u32, rec.widths[i] as u32);
    }
}

/// Read one record of `out.len()` (1..=32) values and decode it into `out`.
pub fn read_record(r: &mut MsbReader, out: &mut [u16]) -> Result<()> {
    let n = out.len();
    let start = r.bit_pos();
    let short = |what: &str| Error::Corrupt {
        context: format!("XNC record at bit {start}"),
        message: format!("stream ends inside the {what}"),
    };
    let flag = r.get(1).ok_or_else(|| short("flag"))? == 1;
    let sel = r.get(n as u32).ok_or_else(|| short("selectors"))?;
    let mut prev = 0u16;
    for (i, o) in out.iter_mut().enumerate() {
        let s = (sel >> (n - 1 - i)) & 1 == 1;
        let w = match (flag, s) {
            (true, true) => 9,
            (true, false) | (false, true) => 12,
            (false, false) => 16,
        };
        let code = r.get(w as u32).ok_or_else(|| short("codes"))? as u16;
        let d = word_of(code, w);
        let d = if d & 0x8000 != 0 { d ^ NOT_MASK } else { d };
        prev ^= d;
        *o = prev;
    }
    Ok(())
}

/// Counts of the reference accounting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct XncStats {
    /// Values coded.
    pub values: u64,
    /// Chunks (records).
    pub chunks: u64,
    /// Chunks with F = 1.
    pub flagged_chunks: u64,
    /// Words coded in 9 bits.
    pub n9: u64,
    /// Words coded in 12 bits.
    pub n12: u64,
    /// Words coded in 16 bits.
    pub n16: u64,
    /// Total record bits: `sum(1 + n + widths)`, the authors' accounting for full chunks.
    pub bits: u64,
}

impl XncStats {
    /// Add one record.
    pub fn add(&mut self, rec: &ChunkRecord) {
        self.values += rec.n as u64;
        self.chunks += 1;
        self.flagged_chunks += rec.flag as u64;
        for &w in &rec.widths[..rec.n] {
            match w {
                9 => self.n9 += 1,
                12 => self.n12 += 1,
                _ => self.n16 += 1,
            }
        }
        self.bits += rec.bits as u64;
    }
    /// Merge counts of another range.
    pub fn merge(&mut self, o: &XncStats) {
        self.values += o.values;
        self.chunks += o.chunks;
        self.flagged_chunks += o.flagged_chunks;
        self.n9 += o.n9;
        self.n12 += o.n12;
        self.n16 += o.n16;
        self.bits += o.bits;
    }
    /// Compression ratio of the reference accounting: `16 * values / bits`.
    pub fn ratio(&self) -> f64 {
        if self.bits == 0 {
            0.0
        } else {
            16.0 * self.values as f64 / self.bits as f64
        }
    }
}

/// A chunk of up to 32 values, zero-padded to 32: how a stream codes the short tail of a tensor
/// whose length is not a multiple of 32 (so the hardware only ever sees whole chunks).
pub fn padded_chunk(values: &[u16]) -> [u16; CHUNK] {
    let mut c = [0u16; CHUNK];
    c[..values.len()].copy_from_slice(values);
    c
}

/// Accounting of a whole slice of values without writing anything.
pub fn stats(values: &[u16]) -> XncStats {
    let mut s = XncStats::default();
    for c in values.chunks(CHUNK) {
        s.add(&encode_chunk(&padded_chunk(c)));
        s.values -= (CHUNK - c.len()) as u64;
    }
    s
}

/// Encode values (chunked by 32 from the first, the tail zero-padded to a whole chunk) into one
/// bit-contiguous stream. Returns the bytes (last byte zero-padded) and the exact bit length.
pub fn encode_stream(values: &[u16]) -> (Vec<u8>, u64) {
    let mut w = MsbWriter::with_capacity(values.len() * 3 / 2 + 8);
    for c in values.chunks(CHUNK) {
        write_record(&encode_chunk(&padded_chunk(c)), &mut w);
    }
    let bits = w.bit_len();
    (w.finish(), bits)
}

/// Decode `out.len()` values from a stream written by [`encode_stream`].
///
/// Full chunks far enough from the end of the stream take a fast path that reads three or four
/// codes from each unaligned 8-byte load and turns each code into its word with one table read;
/// the last records go through [`read_record`], which checks every read. Both give the same result (tested on every pattern).
pub fn decode_stream(bytes: &[u8], out: &mut [u16]) -> Result<()> {
    // A full record is at most 1 + 32 + 32 * 16 = 545 bits; the fast path needs 8 readable bytes
    // at the byte holding its last bit.
    const MAX_RECORD_BITS: usize = 1 + CHUNK + CHUNK * 16;
    let safe_bits = bytes.len().saturating_sub(8) * 8;
    let mut pos = 0usize;
    let mut chunks = out.chunks_mut(CHUNK);
    for c in chunks.by_ref() {
        if c.len() != CHUNK || pos + MAX_RECORD_BITS > safe_bits {
            let mut r = MsbReader::new(bytes);
            r.skip(pos as u64);
            read_padded_record(&mut r, c)?;
            for c in chunks.by_ref() {
                read_padded_record(&mut r, c)?;
            }
            if r.remaining() >= 8 {
                return Err(Error::Corrupt {
                    context: "XNC stream".into(),
                    message: format!("{} bytes left after the last record", r.remaining() / 8),
                });
            }
            return Ok(());
        }
        pos = decode_full_record(bytes, pos, c.try_into().expect("full chunk"));
    }
    if bytes.len() * 8 - pos >= 8 {
        return Err(Error::Corrupt {
            context: "XNC stream".into(),
            message: format!("{} bytes left after the last record", (bytes.len() * 8 - pos) / 8),
        });
    }
    Ok(())
}

/// Read a whole (32-value) record into `out` (1..=32 values): the values past `out.len()` are the
/// tail's padding and must decode to zero.
fn read_padded_record(r: &mut MsbReader, out: &mut [u16]) -> Result<()> {
    if out.len() == CHUNK {
        return read_record(r, out);
    }
    let at = r.bit_pos();
    let mut full = [0u16; CHUNK];
    read_record(r, &mut full)?;
    if full[out.len()..].iter().any(|&v| v != 0) {
        return Err(Error::Corrupt {
            context: format!("XNC record at bit {at}"),
            message: format!("the padding after the last {} values is not zero", out.len()),
        });
    }
    out.copy_from_slice(&full[..out.len()]);
    Ok(())
}

/// The top `n` (1..=57) bits of the stream at bit `pos` (caller guarantees 8 readable bytes).
#[inline(always)]
fn peek(bytes: &[u8], pos: usize, n: u32) -> u64 {
    let i = pos >> 3;
    let w = u64::from_be_bytes(bytes[i..i + 8].try_into().expect("8 bytes"));
    (w << (pos & 7)) >> (64 - n)
}

/// The word after the inverse NOT of every code that fits a 12-bit window, indexed by
/// `(form << 12) | window`: form 0 is a 12-bit code (the whole window), form 1 a 9-bit code (the
/// window's top 9 bits). The decoder's inner loop is then one table read per code.
static UNDO12: [u16; 2 << 12] = {
    let mut t = [0u16; 2 << 12];
    let mut c = 0;
    while c < 1 << 12 {
        t[c] = undo_not(word_of_const(c as u16, 12));
        t[(1 << 12) | c] = undo_not(word_of_const((c >> 3) as u16, 9));
        c += 1;
    }
    t
};

/// [`word_of`] for the table builder (a `const fn`).
const fn word_of_const(code: u16, w: u8) -> u16 {
    if w == 9 {
        let s = (code >> 8) & 1;
        (s << 15) | (if s == 1 { 0x7800 } else { 0 }) | ((code & 0xff) << 3)
    } else {
        let s = (code >> 11) & 1;
        (s << 15) | (s << 14) | ((code & 0x7ff) << 3)
    }
}

/// The NOT of the transform, undone: bits 14..11 inverted when bit 15 is set.
#[inline(always)]
const fn undo_not(d: u16) -> u16 {
    if d & 0x8000 != 0 {
        d ^ NOT_MASK
    } else {
        d
    }
}

/// Decode one full record at bit `pos` (at least 545 bits + 8 bytes readable); returns the new
/// position.
#[inline]
fn decode_full_record(bytes: &[u8], mut pos: usize, out: &mut [u16; CHUNK]) -> usize {
    let head = peek(bytes, pos, 33);
    pos += 33;
    let flag = head >> 32 == 1;
    let sel = head as u32; // S0 is the most significant of the 32 selector bits
    let mut prev = 0u16;
    if flag {
        // 9/12-bit words alternate unpredictably in real data: no branch per word; four codes
        // (at most 48 bits) from each 8-byte load, each code's 12-bit window looked up.
        for g in 0..CHUNK / 4 {
            let win = peek(bytes, pos, 57) << 7;
            let nib = (sel >> (28 - 4 * g)) & 0xf; // S(4g) in bit 3
            let mut at = 0u32;
            for j in 0..4 {
                let nine = (nib >> (3 - j)) & 1;
                let c = ((win << at) >> 52) as usize;
                prev ^= UNDO12[((nine as usize) << 12) | c];
                out[4 * g + j as usize] = prev;
                at += 12 - 3 * nine;
            }
            pos += at as usize;
        }
    } else {
        // 12/16-bit words: three codes (at most 48 bits) from each 8-byte load, ten times, then
        // the last two; a fixed trip count so that the loops unroll.
        let mut s = sel; // the next word's selector in bit 31
        let mut word = |win: u64, at: &mut u32, i: usize| {
            let twelve = s >> 31;
            s <<= 1;
            let c = ((win << *at) >> 48) as u16; // 16-bit window
                                                 // a 12-bit code {b15, b13..b3} sits in the window's top 12 bits: b15 to bit 15 and
                                                 // bit 14, the rest one place down; then the NOT is undone for both forms alike
            let p12 = (c & 0x8000) | ((c >> 1) & 0x7ff8);
            let m = (twelve as u16).wrapping_neg();
            prev ^= ((p12 & m) | (c & !m)) ^ ((c >> 15).wrapping_neg() & NOT_MASK);
            out[i] = prev;
            *at += 16 - 4 * twelve;
        };
        for g in 0..CHUNK / 3 {
            let win = peek(bytes, pos, 57) << 7;
            let mut at = 0u32;
            for j in 0..3 {
                word(win, &mut at, 3 * g + j);
            }
            pos += at as usize;
        }
        let win = peek(bytes, pos, 57) << 7;
        let mut at = 0u32;
        for i in CHUNK / 3 * 3..CHUNK {
            word(win, &mut at, i);
        }
        pos += at as usize;
    }
    pos
}

#[cfg(test)]
#[allow(clippy::unusual_byte_groupings)] // grouped as {sign, exponent, mantissa}, as in the spec
mod tests {
    use super::*;

    #[test]
    fn worked_example_of_the_spec() {
        let rec = encode_chunk(&[0x2250, 0xa6f0]);
        assert_eq!(rec.words[0], 0x2250);
        assert_eq!(rec.widths[0], 12);
        assert_eq!(rec.code(0), 0b0_1000_1001010);
        assert_eq!(rec.words[1], 0b1_11111_0010100000);
        assert_eq!(rec.widths[1], 9);
        assert_eq!(rec.code(1), 0b1_1_0010100);
    }

    #[test]
    fn code_and_word_are_inverse_for_every_admissible_word() {
        for d in 0..=u16::MAX {
            for flag in [true, false] {
                if flag && !is_ok(d) {
                    continue;
                }
                let w = width_of(d, flag);
                assert_eq!(word_of(code_of(d, w), w), d, "d={d:#06x} w={w}");
            }
        }
    }
}

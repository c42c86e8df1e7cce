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

/// The bit order of a record (docs/FORMAT.md section 2). Both hold the same fields and have the
/// same length, `1 + n + sum(widths)`; a record converts from one to the other by moving bits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Layout {
    /// The paper's order (SPEC section 3): `[F][S0..S(n-1)][C0..C(n-1)]`, code i of width 9, 12
    /// or 16 right after code i-1. Container versions 1 and 2.
    Paper,
    /// Fixed positions: `[F][S0..S(n-1)][P0..P(n-1)][E...]`: the short part `P_i` of every word at
    /// a fixed place (F=1: 9 bits `{b15, b10..b3}`; F=0: 12 bits `{b15, b13..b3}`), then the
    /// extension unit of each long word in word order (F=1: 3 bits `{b13, b12, b11}`; F=0: 4 bits
    /// `{b14, b2, b1, b0}`). Cheap to gather in hardware (reports/xnc_fixed_layout).
    Fixed,
}

impl Layout {
    /// Short-part and extension-unit widths under chunk flag `flag`.
    #[inline]
    pub const fn parts(flag: bool) -> (u32, u32) {
        if flag {
            (9, 3)
        } else {
            (12, 4)
        }
    }
}

/// The short part of transformed word `d` under chunk flag `flag` (the paper's shorter code).
#[inline]
pub fn short_part(d: u16, flag: bool) -> u16 {
    code_of(d, if flag { 9 } else { 12 })
}

/// The extension unit of a long transformed word `d` under chunk flag `flag`: F=1 `{b13, b12,
/// b11}`, F=0 `{b14, b2, b1, b0}`.
#[inline]
pub fn extension_unit(d: u16, flag: bool) -> u16 {
    if flag {
        (d >> 11) & 7
    } else {
        (((d >> 14) & 1) << 3) | (d & 7)
    }
}

/// The transformed word from its short part and, for a long word, its extension unit (inverse of
/// [`short_part`] and [`extension_unit`]).
#[inline]
pub fn word_of_parts(short: u16, unit: Option<u16>, flag: bool) -> u16 {
    match (flag, unit) {
        (true, None) => word_of(short, 9),
        (false, None) => word_of(short, 12),
        (true, Some(e)) => {
            let s = (short >> 8) & 1;
            (s << 15) | (s << 14) | ((e & 7) << 11) | ((short & 0xff) << 3)
        }
        (false, Some(e)) => {
            let s = (short >> 11) & 1;
            (s << 15) | (((e >> 3) & 1) << 14) | ((short & 0x7ff) << 3) | (e & 7)
        }
    }
}

/// Whether word i of a record is long (12 bits under F=1, 16 under F=0): its selector is 0.
#[inline]
fn is_long(rec: &ChunkRecord, i: usize) -> bool {
    (rec.selectors >> i) & 1 == 0
}

/// Append a record MSB-first in the fixed-position layout ([`Layout::Fixed`]).
pub fn write_record(rec: &ChunkRecord, w: &mut MsbWriter) {
    write_record_as(rec, Layout::Fixed, w)
}

/// Append a record MSB-first in `layout`.
pub fn write_record_as(rec: &ChunkRecord, layout: Layout, w: &mut MsbWriter) {
    w.put(rec.flag as u32, 1);
    for i in 0..rec.n {
        w.put((rec.selectors >> i) & 1, 1);
    }
    match layout {
        Layout::Paper => {
            for i in 0..rec.n {
                w.put(rec.code(i) as u32, rec.widths[i] as u32);
            }
        }
        Layout::Fixed => {
            let (sw, uw) = Layout::parts(rec.flag);
            for i in 0..rec.n {
                w.put(short_part(rec.words[i], rec.flag) as u32, sw);
            }
            for i in (0..rec.n).filter(|&i| is_long(rec, i)) {
                w.put(extension_unit(rec.words[i], rec.flag) as u32, uw);
            }
        }
    }
}

/// Read one fixed-layout record of `out.len()` (1..=32) values and decode it into `out`.
pub fn read_record(r: &mut MsbReader, out: &mut [u16]) -> Result<()> {
    read_record_as(r, Layout::Fixed, out)
}

/// Read one record of `out.len()` (1..=32) values in `layout` and decode it into `out`.
pub fn read_record_as(r: &mut MsbReader, layout: Layout, out: &mut [u16]) -> Result<()> {
    let n = out.len();
    let start = r.bit_pos();
    let short = |what: &str| Error::Corrupt {
        context: format!("XNC record at bit {start}"),
        message: format!("stream ends inside the {what}"),
    };
    let flag = r.get(1).ok_or_else(|| short("flag"))? == 1;
    let sel = r.get(n as u32).ok_or_else(|| short("selectors"))?;
    // S0 is the most significant of the n selector bits; long words have S_i = 0.
    let long = |i: usize| (sel >> (n - 1 - i)) & 1 == 0;
    let mut d = [0u16; CHUNK];
    match layout {
        Layout::Paper => {
            for (i, di) in d[..n].iter_mut().enumerate() {
                let w = match (flag, long(i)) {
                    (true, false) => 9,
                    (true, true) | (false, false) => 12,
                    (false, true) => 16,
                };
                *di = word_of(r.get(w).ok_or_else(|| short("codes"))? as u16, w as u8);
            }
        }
        Layout::Fixed => {
            let (sw, uw) = Layout::parts(flag);
            let mut parts = [0u16; CHUNK];
            for p in parts[..n].iter_mut() {
                *p = r.get(sw).ok_or_else(|| short("short parts"))? as u16;
            }
            for i in 0..n {
                let unit = if long(i) { Some(r.get(uw).ok_or_else(|| short("extension units"))? as u16) } else { None };
                d[i] = word_of_parts(parts[i], unit, flag);
            }
        }
    }
    let mut prev = 0u16;
    for (o, &di) in out.iter_mut().zip(&d) {
        prev ^= undo_not(di);
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
/// bit-contiguous stream of fixed-layout records. Returns the bytes (last byte zero-padded) and the
/// exact bit length.
pub fn encode_stream(values: &[u16]) -> (Vec<u8>, u64) {
    encode_stream_as(values, Layout::Fixed)
}

/// [`encode_stream`] in `layout`.
pub fn encode_stream_as(values: &[u16], layout: Layout) -> (Vec<u8>, u64) {
    let mut w = MsbWriter::with_capacity(values.len() * 3 / 2 + 8);
    for c in values.chunks(CHUNK) {
        write_record_as(&encode_chunk(&padded_chunk(c)), layout, &mut w);
    }
    let bits = w.bit_len();
    (w.finish(), bits)
}

/// Decode `out.len()` values from a stream written by [`encode_stream`].
pub fn decode_stream(bytes: &[u8], out: &mut [u16]) -> Result<()> {
    decode_stream_as(bytes, Layout::Fixed, out)
}

/// Decode `out.len()` values from a stream of `layout` records ([`encode_stream_as`]).
///
/// Full chunks far enough from the end of the stream take a fast path (paper layout: three or
/// four codes from each unaligned 8-byte load, each code turned into its word with one table
/// read; fixed layout: see `decode_full_record_fixed`); the last records go through
/// [`read_record_as`], which checks every read. Both give the same result (tested on every pattern).
pub fn decode_stream_as(bytes: &[u8], layout: Layout, out: &mut [u16]) -> Result<()> {
    decode_stream_with(bytes, layout, out, true)
}

/// [`decode_stream_as`] on the portable scalar path only, whatever the CPU: the reference the
/// AVX2 + BMI2 record decoder is tested and benchmarked against.
pub fn decode_stream_portable_as(bytes: &[u8], layout: Layout, out: &mut [u16]) -> Result<()> {
    decode_stream_with(bytes, layout, out, false)
}

/// A full record is at most 1 + 32 + 32 * 16 = 545 bits; the fast paths need 8 readable bytes at
/// the byte holding its last bit.
const MAX_RECORD_BITS: usize = 1 + CHUNK + CHUNK * 16;

fn decode_stream_with(bytes: &[u8], layout: Layout, out: &mut [u16], simd: bool) -> Result<()> {
    let safe_bits = bytes.len().saturating_sub(8) * 8;
    let (mut pos, done) = match layout {
        Layout::Fixed if simd => fixed_simd::decode_full_records(bytes, safe_bits, out),
        _ => (0, 0),
    };
    let out = &mut out[done..];
    let mut chunks = out.chunks_mut(CHUNK);
    for c in chunks.by_ref() {
        if c.len() != CHUNK || pos + MAX_RECORD_BITS > safe_bits {
            let mut r = MsbReader::new(bytes);
            r.skip(pos as u64);
            read_padded_record(&mut r, layout, c)?;
            for c in chunks.by_ref() {
                read_padded_record(&mut r, layout, c)?;
            }
            if r.remaining() >= 8 {
                return Err(Error::Corrupt {
                    context: "XNC stream".into(),
                    message: format!("{} bytes left after the last record", r.remaining() / 8),
                });
            }
            return Ok(());
        }
        let full = c.try_into().expect("full chunk");
        pos = match layout {
            Layout::Paper => decode_full_record_paper(bytes, pos, full),
            Layout::Fixed => decode_full_record_fixed(bytes, pos, full),
        };
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
fn read_padded_record(r: &mut MsbReader, layout: Layout, out: &mut [u16]) -> Result<()> {
    if out.len() == CHUNK {
        return read_record_as(r, layout, out);
    }
    let at = r.bit_pos();
    let mut full = [0u16; CHUNK];
    read_record_as(r, layout, &mut full)?;
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

/// Decode one full paper-layout record at bit `pos` (at least 545 bits + 8 bytes readable);
/// returns the new position.
#[inline]
fn decode_full_record_paper(bytes: &[u8], mut pos: usize, out: &mut [u16; CHUNK]) -> usize {
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

/// The 64 bits of the stream from bit `pos`, the first at the top; at least the top 57 are the
/// stream's (caller guarantees 8 readable bytes at `pos / 8`).
#[inline(always)]
fn window(bytes: &[u8], pos: usize) -> u64 {
    let i = pos >> 3;
    u64::from_be_bytes(bytes[i..i + 8].try_into().expect("8 bytes")) << (pos & 7)
}

/// For the fixed layout under F = 1: the word after the inverse NOT, indexed by
/// `(short << 12) | (part << 3) | unit` with `part` the 9-bit short part: form 0 a long word
/// (`{b15, b15, unit, b10..b3, 000}`), form 1 a short word (the unit is not read: any value).
static UNDO_FIXED1: [u16; 2 << 12] = {
    let mut t = [0u16; 2 << 12];
    let mut c = 0;
    while c < 1 << 12 {
        let (p, e) = ((c >> 3) as u16, (c & 7) as u16);
        let s = (p >> 8) & 1;
        t[c] = undo_not((s << 15) | (s << 14) | (e << 11) | ((p & 0xff) << 3));
        t[(1 << 12) | c] = undo_not(word_of_const(p, 9));
        c += 1;
    }
    t
};

/// Decode one full fixed-layout record at bit `pos` (at least 545 bits + 8 bytes readable);
/// returns the new position. Per group of four words: one load of their short parts (fixed
/// places), one load of the extension units at the running unit position.
#[inline]
fn decode_full_record_fixed(bytes: &[u8], pos: usize, out: &mut [u16; CHUNK]) -> usize {
    let head = peek(bytes, pos, 33);
    let flag = head >> 32 == 1;
    let sel = head as u32; // S0 is the most significant of the 32 selector bits
    let mut spos = pos + 33;
    let mut prev = 0u16;
    if flag {
        let mut epos = spos + 9 * CHUNK;
        for h in 0..CHUNK / 8 {
            // eight words: at most 24 bits of units, from one load
            let ew = window(bytes, epos);
            let mut at = 0u32;
            for g in 2 * h..2 * h + 2 {
                let sw = window(bytes, spos);
                let nib = (sel >> (28 - 4 * g)) & 0xf; // S(4g) in bit 3
                for j in 0..4 {
                    let nine = ((nib >> (3 - j)) & 1) as usize;
                    let p = ((sw << (9 * j)) >> 55) as usize;
                    let e = ((ew << at) >> 61) as usize;
                    prev ^= UNDO_FIXED1[(nine << 12) | (p << 3) | e];
                    out[4 * g + j as usize] = prev;
                    at += 3 - 3 * nine as u32;
                }
                spos += 36;
            }
            epos += at as usize;
        }
        epos
    } else {
        // a long word differs from the 12-bit word of its short part in bit 14 and bits 2..0 only,
        // and the NOT (by bit 15) does not touch those: XOR the difference in after the table
        let mut epos = spos + 12 * CHUNK;
        for h in 0..CHUNK / 8 {
            // eight words: at most 32 bits of units, from one load
            let ew = window(bytes, epos);
            let mut at = 0u32;
            for g in 2 * h..2 * h + 2 {
                let sw = window(bytes, spos);
                for j in 0..4 {
                    let i = 4 * g + j;
                    let long = ((sel >> (31 - i)) & 1) ^ 1;
                    let p = ((sw << (12 * j)) >> 52) as u16;
                    let e = ((ew << at) >> 60) as u16;
                    let m = (long as u16).wrapping_neg();
                    prev ^= UNDO12[p as usize] ^ (((((p >> 11) ^ (e >> 3)) << 14) | (e & 7)) & m);
                    out[i] = prev;
                    at += 4 * long;
                }
                spos += 48;
            }
            epos += at as usize;
        }
        epos
    }
}

/// The fixed layout's full records with AVX2 and BMI2 (x86-64, checked at run time): each group
/// of four short parts is one `pdep` of a 36- or 48-bit window into four 16-bit slots, each group
/// of four extension units one `pdep` of the group's unit bits into the slots of its long words;
/// the words are then rebuilt, the NOT undone and the prefix XOR taken 16 words at a time in
/// 256-bit registers. Same results as [`decode_full_record_fixed`] on every stream (tested against
/// [`decode_stream_portable_as`]).
mod fixed_simd {
    use super::CHUNK;

    /// Decode the leading full records of `bytes` into `out` while a record cannot reach past
    /// `safe_bits` (see `decode_stream_with`); returns the bit position after them and the number
    /// of values written. `(0, 0)` when the CPU lacks AVX2 or BMI2. A `safe_bits` past
    /// `(bytes.len() - 8) * 8` is clamped to it, so no caller can make the unchecked reads overrun.
    pub(super) fn decode_full_records(bytes: &[u8], safe_bits: usize, out: &mut [u16]) -> (usize, usize) {
        let safe_bits = safe_bits.min(bytes.len().saturating_sub(8) * 8);
        #[cfg(target_arch = "x86_64")]
        if crate::cpu::has_avx2() && crate::cpu::has_bmi2() && crate::cpu::has_popcnt() {
            // SAFETY: the features `records_avx2` is compiled with were just checked, and
            // `safe_bits` was clamped above, which its unchecked window reads rely on.
            return unsafe { x86::records_avx2(bytes, safe_bits, out) };
        }
        let _ = (bytes, safe_bits, out, CHUNK);
        (0, 0)
    }

    #[cfg(target_arch = "x86_64")]
    mod x86 {
        use super::super::{Layout, CHUNK, MAX_RECORD_BITS};
        use core::arch::x86_64::*;

        /// The 64 bits of the stream from bit `pos`, the first at the top, without a bounds check
        /// (`super::super::window` with one).
        ///
        /// # Safety
        /// `pos / 8 + 8 <= bytes.len()`: [`records_avx2`] decodes a record at `pos` only while
        /// `pos + MAX_RECORD_BITS <= safe_bits = (bytes.len() - 8) * 8`, and every read of a record
        /// starts inside it.
        #[inline(always)]
        unsafe fn window(bytes: &[u8], pos: usize) -> u64 {
            debug_assert!(pos / 8 + 8 <= bytes.len());
            let p = bytes.as_ptr().add(pos >> 3) as *const [u8; 8];
            u64::from_be_bytes(p.read_unaligned()) << (pos & 7)
        }

        /// One lane bit per 16-bit slot: `pdep(bits, SLOT_LSB)` puts bit `k` of `bits` at slot `k`.
        const SLOT_LSB: u64 = 0x0001_0001_0001_0001;

        #[target_feature(enable = "avx2,bmi1,bmi2,popcnt")]
        pub(in super::super) unsafe fn records_avx2(bytes: &[u8], safe_bits: usize, out: &mut [u16]) -> (usize, usize) {
            let mut pos = 0usize;
            let mut done = 0usize;
            debug_assert!(safe_bits <= bytes.len().saturating_sub(8) * 8);
            for c in out.chunks_exact_mut(CHUNK) {
                if pos + MAX_RECORD_BITS > safe_bits {
                    break;
                }
                // SAFETY: the record's reads end before `pos + MAX_RECORD_BITS <= safe_bits`.
                pos = record(bytes, pos, c.try_into().expect("full chunk"));
                done += CHUNK;
            }
            (pos, done)
        }

        /// Decode one full fixed-layout record at bit `pos` (at least 545 bits + 8 bytes
        /// readable); returns the new position.
        ///
        /// The slots of a 64-bit group hold its four words last-first (`pdep` fills from the low
        /// end, the stream is most significant bit first); one byte shuffle per 16 words puts them
        /// in order before the prefix XOR.
        #[inline]
        #[target_feature(enable = "avx2,bmi1,bmi2,popcnt")]
        unsafe fn record(bytes: &[u8], pos: usize, out: &mut [u16; CHUNK]) -> usize {
            let head = window(bytes, pos) >> (64 - 33);
            let flag = head >> 32 == 1;
            let sel = head as u32; // S0 (word 0) in bit 31; 0 = long word
            let long = !sel;
            let (sw, uw) = Layout::parts(flag);
            let (sw, uw) = (sw as usize, uw as usize);
            let spos = pos + 33;
            let short_slots = SLOT_LSB * ((1 << sw) - 1);
            let mut shorts = [0u64; CHUNK / 4];
            for (g, s) in shorts.iter_mut().enumerate() {
                *s = _pdep_u64(window(bytes, spos + 4 * sw * g) >> (64 - 4 * sw), short_slots);
            }
            // Units of eight words at a time (at most 32 bits: inside one window).
            let mut units = [0u64; CHUNK / 4];
            let mut epos = spos + CHUNK * sw;
            for h in 0..CHUNK / 8 {
                let l8 = (long >> (24 - 8 * h)) & 0xff; // word 8h in bit 7
                let n = l8.count_ones() as usize * uw;
                let mut x = (window(bytes, epos) >> 1) >> (63 - n); // the top n bits
                for k in [1, 0] {
                    let l4 = ((l8 >> (4 - 4 * k)) & 0xf) as u64; // last word of the group in bit 0
                    let c = l4.count_ones() * uw as u32;
                    let slots = _pdep_u64(l4, SLOT_LSB) * ((1 << uw) - 1);
                    units[2 * h + k] = _pdep_u64(_bzhi_u64(x, c), slots);
                    x >>= c;
                }
                epos += n;
            }
            let mut carry = _mm256_setzero_si256();
            for h in 0..2 {
                // Built in registers: a 256-bit load of four 64-bit stores just made would miss
                // store forwarding and wait for them to reach the cache.
                let (s, u) = (&shorts[4 * h..4 * h + 4], &units[4 * h..4 * h + 4]);
                let p = _mm256_set_epi64x(s[3] as i64, s[2] as i64, s[1] as i64, s[0] as i64);
                let e = _mm256_set_epi64x(u[3] as i64, u[2] as i64, u[1] as i64, u[0] as i64);
                // Slot k of group q is word 4q + 3 - k: selector bit 12 - 4q + k of the half.
                let s16 = _mm256_set1_epi16((sel >> (16 - 16 * h)) as u16 as i16);
                let bit = _mm256_setr_epi16(
                    1 << 12,
                    1 << 13,
                    1 << 14,
                    1 << 15,
                    1 << 8,
                    1 << 9,
                    1 << 10,
                    1 << 11,
                    1 << 4,
                    1 << 5,
                    1 << 6,
                    1 << 7,
                    1,
                    1 << 1,
                    1 << 2,
                    1 << 3,
                );
                let lm = _mm256_cmpeq_epi16(_mm256_and_si256(s16, bit), _mm256_setzero_si256());
                let d = if flag {
                    // short: {b8 -> 15, b7..b0 -> 10..3}; long: also bits 13..11 = unit, inverted
                    // when the sign (b8) is set (the NOT undone; bit 14 is then 0).
                    let sign = _mm256_srai_epi16(_mm256_slli_epi16(p, 7), 15);
                    let base = _mm256_or_si256(
                        _mm256_slli_epi16(_mm256_and_si256(p, _mm256_set1_epi16(0x100)), 7),
                        _mm256_slli_epi16(_mm256_and_si256(p, _mm256_set1_epi16(0xff)), 3),
                    );
                    let unit = _mm256_xor_si256(e, _mm256_and_si256(sign, _mm256_set1_epi16(7)));
                    _mm256_or_si256(base, _mm256_slli_epi16(_mm256_and_si256(unit, lm), 11))
                } else {
                    // short: {b11 -> 15, b10..b0 -> 13..3}, bits 13..11 inverted under the sign;
                    // long: also bit 14 = unit bit 3 (inverted under the sign), bits 2..0 = unit.
                    let sign = _mm256_srai_epi16(_mm256_slli_epi16(p, 4), 15);
                    let base = _mm256_or_si256(
                        _mm256_and_si256(sign, _mm256_set1_epi16(0x8000u16 as i16)),
                        _mm256_xor_si256(
                            _mm256_slli_epi16(_mm256_and_si256(p, _mm256_set1_epi16(0x7ff)), 3),
                            _mm256_and_si256(sign, _mm256_set1_epi16(0x3800)),
                        ),
                    );
                    let b14 =
                        _mm256_and_si256(_mm256_xor_si256(_mm256_slli_epi16(e, 11), sign), _mm256_set1_epi16(0x4000));
                    let ext = _mm256_or_si256(b14, _mm256_and_si256(e, _mm256_set1_epi16(7)));
                    _mm256_or_si256(base, _mm256_and_si256(ext, lm))
                };
                // Slots in word order, then the prefix XOR: within each 128-bit half, across the
                // halves, and from the previous 16 words.
                let rev = _mm256_setr_epi8(
                    6, 7, 4, 5, 2, 3, 0, 1, 14, 15, 12, 13, 10, 11, 8, 9, 6, 7, 4, 5, 2, 3, 0, 1, 14, 15, 12, 13, 10,
                    11, 8, 9,
                );
                let mut x = _mm256_shuffle_epi8(d, rev);
                x = _mm256_xor_si256(x, _mm256_slli_si256(x, 2));
                x = _mm256_xor_si256(x, _mm256_slli_si256(x, 4));
                x = _mm256_xor_si256(x, _mm256_slli_si256(x, 8));
                let low = _mm256_shufflehi_epi16(_mm256_permute2x128_si256(x, x, 0x08), 0xff); // [0, low half]
                x = _mm256_xor_si256(_mm256_xor_si256(x, _mm256_unpackhi_epi64(low, low)), carry);
                _mm256_storeu_si256(out.as_mut_ptr().add(16 * h) as *mut __m256i, x);
                let top = _mm256_shufflehi_epi16(_mm256_permute4x64_epi64(x, 0xff), 0xff);
                carry = _mm256_unpackhi_epi64(top, top);
            }
            epos
        }
    }
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

    /// The record of the worked example, bit by bit, in both layouts (docs/FORMAT.md 2.2).
    #[test]
    fn worked_example_in_both_layouts() {
        let rec = encode_chunk(&[0x2250, 0xa6f0]);
        let bits = |layout| {
            let mut w = MsbWriter::new();
            write_record_as(&rec, layout, &mut w);
            let n = w.bit_len() as usize;
            let b = w.finish();
            (0..n).map(|k| char::from(b'0' + ((b[k / 8] >> (7 - k % 8)) & 1))).collect::<String>()
        };
        assert_eq!(bits(Layout::Paper), "1".to_owned() + "01" + "010001001010" + "110010100");
        assert_eq!(bits(Layout::Fixed), "1".to_owned() + "01" + "001001010" + "110010100" + "100");
        for layout in [Layout::Paper, Layout::Fixed] {
            let mut w = MsbWriter::new();
            write_record_as(&rec, layout, &mut w);
            let b = w.finish();
            let mut out = [0u16; 2];
            read_record_as(&mut MsbReader::new(&b), layout, &mut out).unwrap();
            assert_eq!(out, [0x2250, 0xa6f0]);
        }
    }

    /// Short part and extension unit rebuild every word a long code can hold.
    #[test]
    fn parts_rebuild_every_word() {
        for d in 0..=u16::MAX {
            for flag in [true, false] {
                if flag && !is_ok(d) {
                    continue;
                }
                let long = width_of(d, flag) > if flag { 9 } else { 12 };
                let unit = long.then(|| extension_unit(d, flag));
                assert_eq!(word_of_parts(short_part(d, flag), unit, flag), d, "d={d:#06x} F={flag}");
            }
        }
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

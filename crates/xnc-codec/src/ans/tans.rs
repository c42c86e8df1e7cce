//! tANS block encoder and decoders (FORMAT.md 3.2 and 3.3).
//!
//! The encoder runs over the block backwards from state `L` (offset 0), so the decoder, reading
//! forward, ends in state 0: a free integrity check. The fast [`Decoder`] keeps each stream in a
//! 64-bit buffer refilled with one unaligned load, and a fused per-state table that holds the
//! tANS step and everything needed to rebuild the value; [`decode_block_reference`] is the
//! FORMAT.md pseudo-code, line for line, for cross-checking.

use super::{AnsModel, EncodedBlock, Histogram};
use crate::bits::{LsbReader, LsbWriter, MsbReader, MsbWriter};
use crate::{Dtype, Error, Result};

fn corrupt(stream: &str, message: impl Into<String>) -> Error {
    Error::Corrupt { context: format!("ANS block ({stream} stream)"), message: message.into() }
}

fn short_output(n: usize, len: usize) -> Error {
    Error::Request(format!("output buffer holds {len} values, block has {n}"))
}

/// A prepared block encoder: the code choice per (exponent, need) and the tANS encode table.
#[derive(Clone, Debug)]
pub struct Encoder {
    dtype: Dtype,
    table_log: u32,
    /// Per 16-bit word: `code << 24 | raw bit count << 16 | raw bits` (code `u8::MAX`: none fits).
    /// For the escape the raw bits are the exponent then `{sign, mantissa}`, one 16-bit field.
    word: Box<[u32]>,
    freq: Vec<u32>,
    /// `R - floor(log2 f)`: the most state bits a code emits.
    max_bits: Vec<u32>,
    /// States (`L + x`) of each code in increasing order, concatenated; `first[s]` is where code
    /// s's list starts.
    states: Vec<u32>,
    first: Vec<usize>,
}

impl Encoder {
    /// Prepare the tables of `model` (validated first).
    pub fn new(model: &AnsModel) -> Result<Self> {
        model.validate()?;
        let r = model.table_log as u32;
        let l = 1u32 << r;
        let freq = model.freqs();
        let mut first = Vec::with_capacity(freq.len());
        let mut acc = 0usize;
        for &f in &freq {
            first.push(acc);
            acc += f as usize;
        }
        let mut states = vec![0u32; l as usize];
        let mut next = first.clone();
        for (x, &s) in model.spread.iter().enumerate() {
            states[next[s as usize]] = l + x as u32;
            next[s as usize] += 1;
        }
        let d = model.dtype;
        let field = 1 + d.man_bits();
        let needs = Histogram::needs(d);
        let choice = model.choice_map();
        let word = (0..=u16::MAX)
            .map(|w| {
                let (e, sm) = (d.exponent(w) as u32, d.sign_mantissa(w) as u32);
                match choice[e as usize * needs + super::needed_bits(d, w) as usize] {
                    None => u32::MAX,
                    Some(c) => {
                        let code = model.codes[c as usize];
                        let (bits, n) = if code.escape {
                            ((e << field) | sm, d.exp_bits() + field)
                        } else {
                            (sm >> (field - code.nbits as u32), code.nbits as u32)
                        };
                        (c as u32) << 24 | n << 16 | bits
                    }
                }
            })
            .collect();
        Ok(Self {
            dtype: model.dtype,
            table_log: r,
            word,
            max_bits: freq.iter().map(|&f| r - f.ilog2()).collect(),
            freq,
            states,
            first,
        })
    }

    /// Encode one block (any length, including 0). Errors if a value has no code.
    pub fn encode(&self, values: &[u16]) -> Result<EncodedBlock> {
        let field = 1 + self.dtype.man_bits();
        let mut codes = Vec::with_capacity(values.len());
        let mut raw = MsbWriter::with_capacity(values.len() * field as usize / 8 + 8);
        for (i, &w) in values.iter().enumerate() {
            let p = self.word[w as usize];
            let c = (p >> 24) as u8;
            if c == u8::MAX {
                let d = self.dtype;
                return Err(Error::Request(format!(
                    "value {i} ({w:#06x}: exponent {}, {} additional bits) has no code in this ANS model",
                    d.exponent(w),
                    super::needed_bits(d, w)
                )));
            }
            raw.put(p & 0xffff, (p >> 16) & 0x1f);
            codes.push(c);
        }
        let l = 1u32 << self.table_log;
        let mut x = l;
        // Bit groups in encoding (reverse) order: value | nb << 16.
        let mut groups: Vec<u32> = Vec::with_capacity(values.len());
        for &c in codes.iter().rev() {
            let c = c as usize;
            let f = self.freq[c];
            let hb = self.max_bits[c];
            let nb = if x >= f << hb { hb } else { hb - 1 };
            groups.push((x & ((1 << nb) - 1)) | nb << 16);
            let xs = x >> nb;
            x = self.states[self.first[c] + (xs - f) as usize];
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

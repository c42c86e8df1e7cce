//! tANS block encoder and the reference decoder (FORMAT.md 3.2 and 3.3).
//!
//! The encoder runs over the block backwards from state `L` (offset 0), so the decoder, reading
//! forward, ends in state 0: a free integrity check. The fast decoder is
//! [`super::decode::Decoder`]; [`decode_block_reference`] is the FORMAT.md pseudo-code, line for
//! line, for cross-checking.

use super::{AnsModel, EncodedBlock};
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

impl super::lanes::LaneEncoder for Encoder {
    fn encode_lanes(&self, values: &[u16], lanes: usize, _start: u64) -> Result<Vec<EncodedBlock>> {
        Encoder::encode_lanes(self, values, lanes)
    }
    fn encode_lane(&self, values: &[u16], _first: u64, _stride: u64) -> Result<EncodedBlock> {
        self.encode(values)
    }
}

/// The FORMAT.md 3.2/3.3 decoder written literally with the crate's bit readers: slow, for
/// cross-checking [`super::Decoder`] and for readers of the format.
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

//! The per-tensor model: code map, table log and spread; its decode table and serialisation.

use super::select::{self, normalise};
use super::tans::Encoder;
use super::Decoder;
use super::{Code, EncodedBlock, Histogram, Profile, MAX_CODES, MAX_TABLE_LOG, MIN_TABLE_LOG};
use crate::{Dtype, Error, Result};

/// A tensor's coding-pair model: what the encoder and every decoder (software or hardware) load.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnsModel {
    /// Element type of the values.
    pub dtype: Dtype,
    /// Table log R (5..=10): the tANS table has `L = 2^R` states.
    pub table_log: u8,
    /// The code map (FORMAT.md 3.1): at most 16 codes, the escape (if any) last.
    pub codes: Vec<Code>,
    /// The code of every state `0..L` (FORMAT.md 3.2); a code's frequency is its number of states.
    pub spread: Vec<u8>,
}

/// One state of the decode table, exactly what the hardware loads (FORMAT.md 3.2).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct DecodeEntry {
    /// Code emitted in this state (index into [`AnsModel::codes`]).
    pub code: u8,
    /// Number of state bits to read after emitting.
    pub nb: u8,
    /// Next state without the bits read; its low `nb` bits are zero, so next = `base | bits`.
    pub base: u16,
}

impl AnsModel {
    /// Build the model for a tensor from its histogram: choose the code map for `profile`,
    /// normalise the code frequencies to `2^table_log` states and spread them.
    ///
    /// Errors with [`Error::Request`] if `table_log` is outside 5..=10.
    pub fn build(hist: &Histogram, table_log: u8, profile: Profile) -> Result<Self> {
        Self::build_near(hist, table_log, profile, None)
    }

    /// [`AnsModel::build`], with the code map searched from `start` (the model built for an
    /// earlier tensor of the same dtype, table log and profile) when that map is valid for `hist`:
    /// the local search from it instead of the full search, several times cheaper, for the many
    /// small tensors of a checkpoint (a local optimum near `start`, so the map may differ from
    /// [`AnsModel::build`]'s; `None`: the same as [`AnsModel::build`]).
    pub fn build_near(hist: &Histogram, table_log: u8, profile: Profile, start: Option<&AnsModel>) -> Result<Self> {
        if !(MIN_TABLE_LOG..=MAX_TABLE_LOG).contains(&table_log) {
            return Err(Error::Request(format!("ANS table log {table_log} outside {MIN_TABLE_LOG}..={MAX_TABLE_LOG}")));
        }
        let l = 1u32 << table_log;
        let start = start.filter(|m| m.dtype == hist.dtype() && m.table_log == table_log).map(|m| &m.codes[..]);
        let sel = select::select(hist, l, profile, start);
        let mut freqs = sel.freqs;
        // The encoder picks the cheapest fitting code with the final frequencies; when that moves
        // values between codes, renormalise on the counts it will really see (a fixed point is
        // reached in one or two rounds).
        // (The counts depend on the frequencies only, so no spread is built until the last.)
        for _ in 0..4 {
            let counts = code_counts(hist.dtype(), &sel.codes, &freqs, hist);
            if counts.contains(&0) {
                break;
            }
            let next = normalise(&counts, l);
            if next == freqs {
                break;
            }
            freqs = next;
        }
        let model = Self::spread_unchecked(hist.dtype(), table_log, sel.codes, &freqs);
        model.validate()?;
        Ok(model)
    }

    /// A model from a code map and normalised frequencies (each >= 1, summing to `2^table_log`),
    /// spread by [`spread_precise`]; validated.
    pub fn from_freqs(dtype: Dtype, table_log: u8, codes: Vec<Code>, freqs: &[u32]) -> Result<Self> {
        let l = 1u64 << table_log.min(MAX_TABLE_LOG);
        if freqs.len() != codes.len() || freqs.contains(&0) || freqs.iter().map(|&f| f as u64).sum::<u64>() != l {
            return Err(Error::Request(format!(
                "frequencies {freqs:?} do not give each of {} codes a state out of {l}",
                codes.len()
            )));
        }
        let m = Self::spread_unchecked(dtype, table_log, codes, freqs);
        m.validate()?;
        Ok(m)
    }

    fn spread_unchecked(dtype: Dtype, table_log: u8, codes: Vec<Code>, freqs: &[u32]) -> Self {
        let spread = spread_precise(freqs, table_log);
        Self { dtype, table_log, codes, spread }
    }

    /// Number of states `L = 2^R`.
    pub fn states(&self) -> usize {
        1 << self.table_log
    }

    /// Normalised frequency of every code (its number of states in the spread).
    pub fn freqs(&self) -> Vec<u32> {
        let mut f = vec![0u32; self.codes.len()];
        for &s in &self.spread {
            if let Some(x) = f.get_mut(s as usize) {
                *x += 1;
            }
        }
        f
    }

    /// The escape code's index, if the map has one.
    pub fn escape(&self) -> Option<usize> {
        self.codes.iter().position(|c| c.escape)
    }

    /// Check every invariant decoders rely on (see [`AnsModel::from_bytes`]).
    pub fn validate(&self) -> Result<()> {
        let bad = |m: String| Err(Error::Format { context: "ANS model".into(), offset: 0, message: m });
        let field = 1 + self.dtype.man_bits() as u8;
        if !(MIN_TABLE_LOG..=MAX_TABLE_LOG).contains(&self.table_log) {
            return bad(format!("table log {} outside 5..=10", self.table_log));
        }
        if self.codes.is_empty() || self.codes.len() > MAX_CODES {
            return bad(format!("{} codes (1..=16 allowed)", self.codes.len()));
        }
        for (i, c) in self.codes.iter().enumerate() {
            if c.escape {
                if i + 1 != self.codes.len() {
                    return bad(format!("escape is code {i}, not the last"));
                }
                if c.exp != 0 || c.nbits != field {
                    return bad(format!("escape code {c:?} is not canonical"));
                }
            } else {
                if (c.exp as u32) >= (1 << self.dtype.exp_bits()) {
                    return bad(format!("code {i}: exponent {} out of range", c.exp));
                }
                if c.nbits > field {
                    return bad(format!("code {i}: {} additional bits > {field}", c.nbits));
                }
                if self.codes[..i].contains(c) {
                    return bad(format!("code {i} duplicates an earlier code"));
                }
            }
        }
        if self.spread.len() != self.states() {
            return bad(format!("spread has {} states, not {}", self.spread.len(), self.states()));
        }
        let f = self.freqs();
        if self.spread.iter().any(|&s| s as usize >= self.codes.len()) {
            return bad("spread names a code that does not exist".into());
        }
        if let Some(i) = f.iter().position(|&x| x == 0) {
            return bad(format!("code {i} owns no state"));
        }
        Ok(())
    }

    /// The decode table, one entry per state (FORMAT.md 3.2): for state x holding code s as the
    /// k-th of its f_s states, `xs = f_s + k`, `nb = R - floor(log2 xs)`, `base = (xs << nb) - L`.
    pub fn decode_table(&self) -> Vec<DecodeEntry> {
        decode_entries(&self.spread, self.codes.len(), self.table_log)
    }

    /// A prepared encoder (tables built once, for encoding many blocks).
    pub fn encoder(&self) -> Result<Encoder> {
        Encoder::new(self)
    }

    /// A prepared decoder (tables built once, for decoding many blocks fast).
    pub fn decoder(&self) -> Result<Decoder> {
        Decoder::new(self)
    }

    /// Encode one block. Errors (no panic) if a value has no code in this model.
    pub fn encode_block(&self, values: &[u16]) -> Result<EncodedBlock> {
        self.encoder()?.encode(values)
    }

    /// Decode `n` values of one block into `out[..n]`. Corrupt or truncated streams give
    /// [`Error::Corrupt`]; the final state must be 0 and the padding of both streams zero, and
    /// both streams must end in their last byte (no trailing bytes).
    pub fn decode_block(&self, ans: &[u8], raw: &[u8], n: usize, out: &mut [u16]) -> Result<()> {
        self.decoder()?.decode(ans, raw, n, out)
    }

    /// For every histogram bucket (exponent, need): the code the encoder uses, `None` if the
    /// value cannot be coded. Index `exp * (M + 2) + need`.
    pub(crate) fn choice_map(&self) -> Vec<Option<u8>> {
        choice_map(self.dtype, &self.codes, &self.freqs())
    }

    /// Predicted payload bits of the histogram's values: the ideal tANS cost with the quantised
    /// frequencies (`log2(L / f)` per code) plus the additional bits. Infinite if some value has
    /// no code. Per-block costs (initial state, padding) are not included.
    pub fn estimated_bits(&self, hist: &Histogram) -> f64 {
        if hist.dtype() != self.dtype {
            return f64::INFINITY;
        }
        let d = self.dtype;
        let needs = Histogram::needs(d);
        let l = self.states() as f64;
        let f = self.freqs();
        // Bits of a value of each code (computed once per code, not per bucket).
        let per_value: Vec<f64> = self
            .codes
            .iter()
            .zip(&f)
            .map(|(code, &fc)| {
                let extra = if code.escape { d.exp_bits() as f64 } else { 0.0 };
                (l / fc.max(1) as f64).log2() + code.nbits as f64 + extra
            })
            .collect();
        let mut bits = 0.0;
        let map = choice_map(d, &self.codes, &f);
        for (e, choices) in map.chunks_exact(needs).enumerate() {
            for (&n, &c) in hist.row(e).iter().zip(choices) {
                if n == 0 {
                    continue;
                }
                let Some(c) = c else { return f64::INFINITY };
                bits += n as f64 * per_value[c as usize];
            }
        }
        bits
    }

    /// Compact serialisation for the container header:
    ///
    /// | bytes | field |
    /// |---|---|
    /// | 1 | table log R |
    /// | 1 | number of codes K (1..=16) |
    /// | 2 K | per code: exponent, then `escape << 7 | nbits` |
    /// | L / 2 | spread, two states per byte, the even state in the low nibble |
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut b = Vec::with_capacity(2 + 2 * self.codes.len() + self.spread.len() / 2);
        b.push(self.table_log);
        b.push(self.codes.len() as u8);
        for c in &self.codes {
            b.push(c.exp);
            b.push(((c.escape as u8) << 7) | (c.nbits & 0x1f));
        }
        for pair in self.spread.chunks(2) {
            let hi = pair.get(1).copied().unwrap_or(0);
            b.push((pair[0] & 0xf) | (hi << 4));
        }
        b
    }

    /// Read a model written by [`AnsModel::to_bytes`], validating everything (exact length,
    /// table log, code map, every state's code exists, every code owns a state).
    pub fn from_bytes(b: &[u8], dtype: Dtype) -> Result<Self> {
        let bad = |offset: usize, m: &str| Error::Format {
            context: "ANS model".into(),
            offset: offset as u64,
            message: m.into(),
        };
        let (&r, rest) = b.split_first().ok_or_else(|| bad(0, "empty"))?;
        if !(MIN_TABLE_LOG..=MAX_TABLE_LOG).contains(&r) {
            return Err(bad(0, &format!("table log {r} outside 5..=10")));
        }
        let (&k, rest) = rest.split_first().ok_or_else(|| bad(1, "no code count"))?;
        let k = k as usize;
        if k == 0 || k > MAX_CODES {
            return Err(bad(1, &format!("{k} codes (1..=16 allowed)")));
        }
        let l = 1usize << r;
        let want = 2 + 2 * k + l / 2;
        if b.len() != want {
            return Err(bad(b.len().min(want), &format!("{} bytes, expected {want}", b.len())));
        }
        let mut codes = Vec::with_capacity(k);
        for (i, c) in rest[..2 * k].chunks_exact(2).enumerate() {
            if c[1] & 0x60 != 0 {
                return Err(bad(3 + 2 * i, "reserved code flag bits set"));
            }
            codes.push(Code { exp: c[0], nbits: c[1] & 0x1f, escape: c[1] & 0x80 != 0 });
        }
        let spread: Vec<u8> = rest[2 * k..].iter().flat_map(|&x| [x & 0xf, x >> 4]).collect();
        let m = Self { dtype, table_log: r, codes, spread };
        m.validate()?;
        Ok(m)
    }
}

/// [`AnsModel::choice_map`] of a code map with frequencies `f` out of `L = sum f` states: the
/// cheapest code that keeps all the value's bits (fewer additional bits on a tie).
fn choice_map(d: Dtype, codes: &[Code], f: &[u32]) -> Vec<Option<u8>> {
    let needs = Histogram::needs(d);
    let l = f.iter().sum::<u32>() as f64;
    let esc = codes.iter().position(|c| c.escape).map(|i| i as u8);
    let cost: Vec<f64> = codes.iter().zip(f).map(|(c, &fi)| c.nbits as f64 + (l / fi.max(1) as f64).log2()).collect();
    let mut map = vec![esc; (1usize << d.exp_bits()) * needs];
    for (i, c) in codes.iter().enumerate() {
        if c.escape {
            continue;
        }
        let row = &mut map[c.exp as usize * needs..][..needs];
        for slot in row.iter_mut().take((c.nbits as usize + 1).min(needs)) {
            // Code i fits this bucket: keep it if no code seen so far is cheaper.
            let better = match *slot {
                Some(b) if !codes[b as usize].escape => {
                    let b = b as usize;
                    cost[i].total_cmp(&cost[b]).then(codes[i].nbits.cmp(&codes[b].nbits)).is_lt()
                }
                _ => true,
            };
            if better {
                *slot = Some(i as u8);
            }
        }
    }
    map
}

/// How many of the histogram's values the encoder sends to each code of a code map with
/// frequencies `f`.
fn code_counts(d: Dtype, codes: &[Code], f: &[u32], hist: &Histogram) -> Vec<u64> {
    let needs = Histogram::needs(d);
    let mut counts = vec![0u64; codes.len()];
    let map = choice_map(d, codes, f);
    // The rows of the direct codes' exponents bucket by bucket (each row once); every other
    // value goes to the escape, if the map has one.
    let mut rows = [0u64; 4];
    let mut direct = 0u64;
    for code in codes.iter().filter(|c| !c.escape) {
        let e = code.exp as usize;
        if rows[e / 64] & (1 << (e % 64)) != 0 {
            continue;
        }
        rows[e / 64] |= 1 << (e % 64);
        for (need, &c) in map[e * needs..][..needs].iter().enumerate() {
            match c {
                Some(c) if !codes[c as usize].escape => {
                    let n = hist.count(e as u16, need as u8);
                    counts[c as usize] += n;
                    direct += n;
                }
                _ => {}
            }
        }
    }
    if let Some(esc) = codes.iter().position(|c| c.escape) {
        counts[esc] = hist.values() - direct;
    }
    counts
}

/// The decode table of a spread over `ncodes` codes at table log `r` (FORMAT.md 3.2): for state
/// x holding code s as the k-th of its f_s states, `xs = f_s + k`, `nb = R - floor(log2 xs)`,
/// `base = (xs << nb) - L`. Shared by every tANS codec.
pub(crate) fn decode_entries(spread: &[u8], ncodes: usize, table_log: u8) -> Vec<DecodeEntry> {
    let r = table_log as u32;
    let l = 1u32 << r;
    let mut f = vec![0u32; ncodes];
    for &s in spread {
        if let Some(x) = f.get_mut(s as usize) {
            *x += 1;
        }
    }
    let mut seen = vec![0u32; ncodes];
    spread
        .iter()
        .map(|&s| {
            let s = s as usize;
            let xs = f.get(s).copied().unwrap_or(0) + seen.get(s).copied().unwrap_or(0);
            if let Some(k) = seen.get_mut(s) {
                *k += 1;
            }
            let xs = xs.max(1);
            let nb = r.saturating_sub(xs.ilog2());
            let base = ((xs << nb).saturating_sub(l)) as u16;
            DecodeEntry { code: s as u8, nb: nb as u8, base }
        })
        .collect()
}

/// Spread states by their ideal positions: the k-th state of code s (`xs = f_s + k`) wants to sit
/// where a real-valued encoder would land, `x ~ L * xs / f_s`, more precisely at the log-mean of the
/// interval `[xs, xs + 1) * L / f_s`; states are handed out in the order of those keys. Within a
/// code the keys grow with k, so the decoder's rank-based derivation (FORMAT.md 3.2) agrees.
pub fn spread_precise(freqs: &[u32], table_log: u8) -> Vec<u8> {
    let l = 1usize << table_log;
    let mut keys: Vec<(f64, u8, u32)> = Vec::with_capacity(l);
    for (s, &f) in freqs.iter().enumerate() {
        for k in 0..f {
            let xs = (f + k) as f64;
            let key = l as f64 / (f as f64 * (1.0 + 1.0 / xs).ln());
            keys.push((key, s as u8, k));
        }
    }
    keys.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut spread: Vec<u8> = keys.into_iter().map(|(_, s, _)| s).collect();
    spread.resize(l, 0);
    spread
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample_hist() -> Histogram {
        let mut h = Histogram::new(Dtype::BF16);
        let v: Vec<u16> = (0..20000u32)
            .map(|i| {
                let e = 120 + (i.wrapping_mul(2654435761) >> 29) as u16 % 5;
                (e << 7) | (i as u16 & 0x7f) | (((i >> 3) & 1) as u16) << 15
            })
            .collect();
        h.add(&v);
        h
    }

    #[test]
    fn a_search_started_from_a_tensors_own_map_keeps_it() {
        let h = sample_hist();
        // A skewed second tensor of another shape of histogram: a start from it must still give
        // a valid model no worse than the start itself would code this tensor.
        let mut other = Histogram::new(Dtype::BF16);
        other.add(&(0..5000u16).map(|i| (118 + i % 3) << 7 | (i & 0x70)).collect::<Vec<_>>());
        for profile in [Profile::Plain, Profile::FormatAware] {
            for r in [6, 10] {
                let cold = AnsModel::build(&h, r, profile).unwrap();
                let warm = AnsModel::build_near(&h, r, profile, Some(&cold)).unwrap();
                assert_eq!(warm, cold, "{profile:?} R={r}");
                let start = AnsModel::build(&other, r, profile).unwrap();
                let near = AnsModel::build_near(&h, r, profile, Some(&start)).unwrap();
                near.validate().unwrap();
                // Another dtype or table log is not a start: the full search.
                let f16 = AnsModel::build(&Histogram::new(Dtype::F16), r, profile).unwrap();
                assert_eq!(AnsModel::build_near(&h, r, profile, Some(&f16)).unwrap(), cold);
            }
        }
    }

    #[test]
    fn table_log_out_of_range_is_a_request_error() {
        let h = sample_hist();
        for r in [0u8, 4, 11, 200] {
            assert!(matches!(AnsModel::build(&h, r, Profile::Plain), Err(Error::Request(_))));
        }
    }

    #[test]
    fn bytes_round_trip_and_validate() {
        let h = sample_hist();
        for r in 5..=10 {
            for p in [Profile::Plain, Profile::FormatAware] {
                let m = AnsModel::build(&h, r, p).unwrap();
                m.validate().unwrap();
                let b = m.to_bytes();
                assert_eq!(AnsModel::from_bytes(&b, Dtype::BF16).unwrap(), m);
                for cut in 0..b.len() {
                    assert!(AnsModel::from_bytes(&b[..cut], Dtype::BF16).is_err());
                }
            }
        }
    }

    #[test]
    fn decode_table_obeys_the_format() {
        let h = sample_hist();
        for r in 5..=10 {
            let m = AnsModel::build(&h, r, Profile::FormatAware).unwrap();
            let l = 1u32 << r;
            for e in m.decode_table() {
                assert_eq!(e.base as u32 & ((1 << e.nb) - 1), 0);
                assert!(e.base as u32 + (1 << e.nb) <= l);
                assert!(e.nb as u32 <= r as u32);
            }
        }
    }

    #[test]
    fn precise_spread_gives_each_code_its_frequency() {
        let f = [20u32, 7, 3, 1, 1];
        let s = spread_precise(&f, 5);
        for (c, &want) in f.iter().enumerate() {
            assert_eq!(s.iter().filter(|&&x| x as usize == c).count() as u32, want);
        }
    }
}

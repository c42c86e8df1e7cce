//! Value statistics a model is built from: counts over (exponent, needed additional bits).

use std::sync::OnceLock;

use crate::Dtype;

/// Counter tables [`Histogram::add`] spreads consecutive values over.
const WAYS: usize = 4;
/// Most values counted into 32-bit counters before they are added to the 64-bit ones.
const SPAN: usize = 1 << 30;

/// Counts of a tensor's values by exponent and by the number of `{sign, mantissa}` bits they need
/// (see [`needed_bits`](super::needed_bits)). Small (at most 256 x 9 counters) and mergeable, so a
/// large tensor can be counted block by block, in parallel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Histogram {
    dtype: Dtype,
    /// `counts[exp * (M + 2) + need]`.
    counts: Vec<u64>,
    total: u64,
}

impl Histogram {
    /// An empty histogram for `dtype`.
    pub fn new(dtype: Dtype) -> Self {
        let n = (1usize << dtype.exp_bits()) * Self::needs(dtype);
        Self { dtype, counts: vec![0; n], total: 0 }
    }

    /// Number of distinct `need` values (0 ..= 1 + M).
    #[inline]
    pub(crate) const fn needs(dtype: Dtype) -> usize {
        dtype.man_bits() as usize + 2
    }

    /// The dtype counted.
    pub fn dtype(&self) -> Dtype {
        self.dtype
    }

    /// Count `values` (raw 16-bit words of the histogram's dtype).
    pub fn add(&mut self, values: &[u16]) {
        for span in values.chunks(SPAN) {
            let quads = span.chunks_exact(WAYS);
            let rest = quads.remainder();
            self.count_words(span.len(), quads.map(|q| [q[0], q[1], q[2], q[3]]), rest.iter().copied());
        }
    }

    /// Count the 16-bit words stored little-endian in `bytes` (a safetensors tensor's data; an
    /// odd last byte is ignored), without copying them out first.
    pub fn add_le_bytes(&mut self, bytes: &[u8]) {
        let word = |b: &[u8]| u16::from_le_bytes([b[0], b[1]]);
        for span in bytes.chunks(2 * SPAN) {
            let quads = span.chunks_exact(2 * WAYS);
            let rest = quads.remainder().chunks_exact(2);
            self.count_words(
                span.len() / 2,
                quads.map(|q| [word(&q[0..2]), word(&q[2..4]), word(&q[4..6]), word(&q[6..8])]),
                rest.map(word),
            );
        }
    }

    /// Count the `n` words of `quads` and `rest` (at most [`SPAN`]). The values of a quad go
    /// to four tables of 32-bit counters: a run of values in one bucket (the common case: weights
    /// share a few exponents) then increments four counters in turn instead of waiting on one; the
    /// tables are added up at the end, long before a counter could overflow.
    fn count_words(&mut self, n: usize, quads: impl Iterator<Item = [u16; WAYS]>, rest: impl Iterator<Item = u16>) {
        thread_local! {
            /// The four tables of 32-bit counters, all zero between calls: kept from call to
            /// call (a checkpoint's small tensors allocated and zeroed 36 KB each).
            static SUB: std::cell::Cell<Vec<u32>> = const { std::cell::Cell::new(Vec::new()) };
        }
        let lut = bucket_table(self.dtype);
        let bucket = |w: u16| lut[w as usize] as usize;
        let len = self.counts.len();
        // Taken out while counting (a panic leaves the cell empty, never a non-zero table).
        let mut sub = SUB.with(|c| c.take());
        if sub.len() < WAYS * len {
            sub = vec![0u32; WAYS * len];
        }
        let (t0, t) = sub[..WAYS * len].split_at_mut(len);
        let (t1, t) = t.split_at_mut(len);
        let (t2, t3) = t.split_at_mut(len);
        for [a, b, c, d] in quads {
            t0[bucket(a)] += 1;
            t1[bucket(b)] += 1;
            t2[bucket(c)] += 1;
            t3[bucket(d)] += 1;
        }
        for w in rest {
            t0[bucket(w)] += 1;
        }
        // Added up and zeroed for the next call in one pass over the four tables together (a
        // pass per table, summing the total as well, did not vectorise: it was a sixth of the
        // histogram of a tensor of 32K values). A counter's four parts sum to at most SPAN.
        let tables = t0.iter_mut().zip(t1.iter_mut()).zip(t2.iter_mut()).zip(t3.iter_mut());
        for (c, (((a, b), x), y)) in self.counts.iter_mut().zip(tables) {
            *c += (*a + *b + *x + *y) as u64;
            (*a, *b, *x, *y) = (0, 0, 0, 0);
        }
        self.total += n as u64;
        SUB.with(|c| c.set(sub));
    }

    /// Add another histogram's counts.
    ///
    /// # Panics
    /// If the dtypes differ (a programming error, not bad input).
    pub fn merge(&mut self, other: &Histogram) {
        assert_eq!(self.dtype, other.dtype, "merging histograms of different dtypes");
        for (a, b) in self.counts.iter_mut().zip(&other.counts) {
            *a += *b;
        }
        self.total += other.total;
    }

    /// Number of values counted.
    pub fn values(&self) -> u64 {
        self.total
    }

    /// Number of values with exponent `exp` that need exactly `need` additional bits.
    pub fn count(&self, exp: u16, need: u8) -> u64 {
        let stride = Self::needs(self.dtype);
        if (exp as usize) >= (1 << self.dtype.exp_bits()) || need as usize >= stride {
            return 0;
        }
        self.counts[exp as usize * stride + need as usize]
    }

    /// Number of values with exponent `exp`.
    pub fn exponent_count(&self, exp: u16) -> u64 {
        let stride = Self::needs(self.dtype);
        if (exp as usize) >= (1 << self.dtype.exp_bits()) {
            return 0;
        }
        self.counts[exp as usize * stride..(exp as usize + 1) * stride].iter().sum()
    }

    /// The exponents with values, as a set (bit `e % 64` of word `e / 64`): what the model,
    /// its cost estimate and the encoder's value table go through instead of every exponent.
    pub(crate) fn used_exponents(&self) -> [u64; 4] {
        let mut used = [0u64; 4];
        for (e, row) in self.counts.chunks_exact(Self::needs(self.dtype)).enumerate() {
            if row.iter().fold(0, |a, &c| a | c) != 0 {
                used[e / 64] |= 1 << (e % 64);
            }
        }
        used
    }

    /// Counts of one exponent, indexed by `need` (0 ..= 1 + M).
    pub(crate) fn row(&self, exp: usize) -> &[u64] {
        let stride = Self::needs(self.dtype);
        &self.counts[exp * stride..(exp + 1) * stride]
    }

    /// Empirical entropy of the exponent field, in bits per value.
    pub fn exponent_entropy(&self) -> f64 {
        if self.total == 0 {
            return 0.0;
        }
        let n = self.total as f64;
        (0..1u16 << self.dtype.exp_bits())
            .map(|e| self.exponent_count(e))
            .filter(|&c| c > 0)
            .map(|c| {
                let p = c as f64 / n;
                -p * p.log2()
            })
            .sum()
    }

    /// The order-0 bound of plain coding pairs, in bits per value: `1 + M` raw bits plus the
    /// exponent entropy. Ratio bound = 16 / this.
    pub fn order0_bound_bits(&self) -> f64 {
        (1 + self.dtype.man_bits()) as f64 + self.exponent_entropy()
    }
}

/// The members of a set of exponents ([`Histogram::used_exponents`]), in increasing order.
pub(crate) fn members(set: [u64; 4]) -> impl Iterator<Item = usize> {
    (0..4).flat_map(move |w| {
        let mut bits = set[w];
        std::iter::from_fn(move || {
            (bits != 0).then(|| {
                let b = bits.trailing_zeros() as usize;
                bits &= bits - 1;
                w * 64 + b
            })
        })
    })
}

/// The bucket (`exp * (M + 2) + need`, see [`Histogram`]) of every 16-bit word of `dtype`, built
/// once per process (65,536 entries): counting a value is then one table load instead of a dozen
/// operations (the histogram pass was a fifth of single-core compress time).
fn bucket_table(dtype: Dtype) -> &'static [u16; 1 << 16] {
    static TABLES: [OnceLock<Box<[u16; 1 << 16]>>; 2] = [OnceLock::new(), OnceLock::new()];
    let cell = match dtype {
        Dtype::BF16 => &TABLES[0],
        Dtype::F16 => &TABLES[1],
    };
    cell.get_or_init(|| {
        let stride = Histogram::needs(dtype);
        let mut t = Box::new([0u16; 1 << 16]);
        for (w, b) in (0..=u16::MAX).zip(t.iter_mut()) {
            *b = (dtype.exponent(w) as usize * stride + super::needed_bits(dtype, w) as usize) as u16;
        }
        t
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ans::needed_bits;

    #[test]
    fn counts_match_needed_bits_for_every_pattern() {
        for d in [Dtype::F16, Dtype::BF16] {
            let all: Vec<u16> = (0..=u16::MAX).collect();
            let mut h = Histogram::new(d);
            h.add(&all);
            assert_eq!(h.values(), 65536);
            let mut expect = Histogram::new(d);
            for &w in &all {
                let e = d.exponent(w) as usize;
                let stride = Histogram::needs(d);
                expect.counts[e * stride + needed_bits(d, w) as usize] += 1;
            }
            expect.total = 65536;
            assert_eq!(h, expect);
            // Uniform exponents: H = E bits.
            assert!((h.exponent_entropy() - d.exp_bits() as f64).abs() < 1e-9);
        }
    }

    #[test]
    fn counting_bytes_equals_counting_words() {
        let w: Vec<u16> = (0..1003u32).map(|i| (i.wrapping_mul(2654435761) >> 9) as u16).collect();
        let bytes: Vec<u8> = w.iter().flat_map(|x| x.to_le_bytes()).collect();
        for d in [Dtype::F16, Dtype::BF16] {
            let (mut a, mut b) = (Histogram::new(d), Histogram::new(d));
            a.add(&w);
            b.add_le_bytes(&bytes);
            assert_eq!(a, b);
        }
    }

    #[test]
    fn merge_equals_counting_together() {
        let a: Vec<u16> = (0..1000u16).map(|i| i.wrapping_mul(40503)).collect();
        let b: Vec<u16> = (0..777u16).map(|i| i.wrapping_mul(7919) ^ 0x3c00).collect();
        let mut ha = Histogram::new(Dtype::BF16);
        ha.add(&a);
        let mut hb = Histogram::new(Dtype::BF16);
        hb.add(&b);
        ha.merge(&hb);
        let mut hab = Histogram::new(Dtype::BF16);
        hab.add(&a);
        hab.add(&b);
        assert_eq!(ha, hab);
        assert_eq!(ha.values(), 1777);
    }

    #[test]
    fn bound_of_a_single_exponent_is_the_raw_width() {
        let mut h = Histogram::new(Dtype::BF16);
        h.add(&[0x3f80, 0xbf81, 0x3fff]);
        assert_eq!(h.exponent_entropy(), 0.0);
        assert_eq!(h.order0_bound_bits(), 8.0);
        assert_eq!(h.count(127, 8), 2);
        assert_eq!(h.count(127, 0), 1); // 1.0: sign and mantissa all zero
        assert_eq!(h.exponent_count(127), 3);
    }
}

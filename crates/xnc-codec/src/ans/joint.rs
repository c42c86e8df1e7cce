//! Choosing an `ans-ctx` model: column statistics, joint code sets and column classes.
//!
//! Statistics: per column, counts of **symbols** `(exponent, top DEPTH bits of {sign, mantissa},
//! rest-is-zero)`. From them, for a class (a set of columns):
//! * the joint code set: for every exponent, a cut of the binary tree of its `{sign, mantissa}`
//!   prefixes down to depth [`DEPTH`] (each node a code with `1 + M - k` additional bits), an
//!   exact code for a depth-[`DEPTH`] prefix whose remaining bits are zero (+0.0 and friends), or
//!   the escape. The cut is the dynamic-programming optimum of the ideal code length plus a price
//!   `lambda` per code; `lambda` is scanned and each result is costed exactly with its quantised
//!   frequencies at `L` states, so the number of codes adapts to R;
//! * the classes: columns clustered (Lloyd iterations on the symbols' cross-entropy, seeded by the
//!   worst-fitting column) into 1, 2, 4, 8 or 16 classes; the class count with the least coded
//!   size **plus model bytes** wins, so a small matrix keeps one class.

use rayon::prelude::*;

use super::ctx::{CtxClass, CtxModel, JointCode, MAX_CLASSES, MAX_CLASS_CODES};
use super::select::{ans_cost, normalise};
use super::spread_precise;
use crate::{Dtype, Error, Result};

/// Deepest `{sign, mantissa}` prefix a code may imply (the format allows up to `1 + M`).
pub const DEPTH: u32 = 3;
/// Most columns given their own statistics; wider rows are coded with one class.
pub const MAX_CONTEXT_COLUMNS: usize = 4096;

/// Per-column symbol counts of a tensor (see the module documentation). Only the symbols of the
/// exponents the tensor uses get counters ([`ColumnStats::for_exponents`]), so a small tensor
/// pays for its few exponents, not for all 256 of BF16 in every column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ColumnStats {
    dtype: Dtype,
    row_len: u32,
    /// Columns with statistics: `row_len`, or 1 when rows are wider than [`MAX_CONTEXT_COLUMNS`].
    cols: usize,
    /// The exponents with counters, in increasing order.
    exps: Vec<u8>,
    /// Per exponent: its place in `exps` (`u16::MAX`: none).
    slot: Vec<u16>,
    /// Per column, [`SYMBOLS_PER_EXP`] counters for each exponent of `exps`: the column's symbols
    /// in increasing order.
    counts: Vec<u64>,
}

/// Symbols of one exponent: `(top DEPTH bits, rest-is-zero)`.
const SYMBOLS_PER_EXP: usize = 1 << (DEPTH + 1);

/// Symbol of a word: `((exp << DEPTH | top) << 1) | rest_zero`.
#[inline]
fn symbol(d: Dtype, w: u16) -> usize {
    let f = 1 + d.man_bits();
    let sm = d.sign_mantissa(w) as u32;
    let low = sm & ((1 << (f - DEPTH)) - 1);
    (((d.exponent(w) as usize) << DEPTH | (sm >> (f - DEPTH)) as usize) << 1) | (low == 0) as usize
}

fn symbols(d: Dtype) -> usize {
    1 << (d.exp_bits() + DEPTH + 1)
}

impl ColumnStats {
    /// Empty statistics for a tensor with rows of `row_len` values, with counters for every
    /// exponent.
    pub fn new(dtype: Dtype, row_len: u64) -> Self {
        Self::with_exps(dtype, row_len, (0..1u32 << dtype.exp_bits()).map(|e| e as u8).collect())
    }

    /// Empty statistics for a tensor whose histogram is `hist`: counters only for the exponents
    /// it counted. Every value later [added](ColumnStats::add) must have one of them.
    pub fn for_exponents(row_len: u64, hist: &super::Histogram) -> Self {
        let d = hist.dtype();
        let exps = (0..1u16 << d.exp_bits()).filter(|&e| hist.exponent_count(e) > 0).map(|e| e as u8).collect();
        Self::with_exps(d, row_len, exps)
    }

    fn with_exps(dtype: Dtype, row_len: u64, exps: Vec<u8>) -> Self {
        let row_len = row_len.clamp(1, u32::MAX as u64) as u32;
        let cols = if row_len as usize <= MAX_CONTEXT_COLUMNS { row_len as usize } else { 1 };
        let mut slot = vec![u16::MAX; 1 << dtype.exp_bits()];
        for (i, &e) in exps.iter().enumerate() {
            slot[e as usize] = i as u16;
        }
        let counts = vec![0; cols * exps.len() * SYMBOLS_PER_EXP];
        Self { dtype, row_len, cols, exps, slot, counts }
    }

    /// Counters per column.
    fn width(&self) -> usize {
        self.exps.len() * SYMBOLS_PER_EXP
    }

    /// The symbol of counter `i` of a column.
    fn symbol_of(&self, i: usize) -> usize {
        ((self.exps[i / SYMBOLS_PER_EXP] as usize) * SYMBOLS_PER_EXP) | (i % SYMBOLS_PER_EXP)
    }

    /// Count `values` whose first has absolute index `start`.
    ///
    /// # Panics
    /// If a value's exponent has no counters (statistics made by [`ColumnStats::for_exponents`]
    /// from another tensor: a programming error, not bad input).
    pub fn add(&mut self, values: &[u16], start: u64) {
        let s = self.width();
        let mut col = if self.cols == 1 { 0 } else { (start % self.row_len as u64) as usize };
        for &w in values {
            let sym = symbol(self.dtype, w);
            let e = self.slot[sym / SYMBOLS_PER_EXP];
            assert!(e != u16::MAX, "ColumnStats: exponent {} has no counters", sym / SYMBOLS_PER_EXP);
            self.counts[col * s + e as usize * SYMBOLS_PER_EXP + sym % SYMBOLS_PER_EXP] += 1;
            if self.cols > 1 {
                col += 1;
                if col == self.cols {
                    col = 0;
                }
            }
        }
    }

    /// Add another tensor part's counts (same dtype, row length and exponents).
    ///
    /// # Panics
    /// If the two count different exponents (a programming error).
    pub fn merge(&mut self, other: &ColumnStats) {
        assert_eq!(self.exps, other.exps, "merging column statistics of different exponents");
        for (a, b) in self.counts.iter_mut().zip(&other.counts) {
            *a += *b;
        }
    }

    /// Values counted.
    pub fn values(&self) -> u64 {
        self.counts.iter().sum()
    }

    /// The counters of column `c` (see [`ColumnStats::symbol_of`]).
    fn column(&self, c: usize) -> &[u64] {
        let s = self.width();
        &self.counts[c * s..(c + 1) * s]
    }

    /// Counters (as those of a column) indexed by symbol: `full[symbol]`.
    fn expand(&self, compact: &[u64]) -> Vec<u64> {
        let mut full = vec![0u64; symbols(self.dtype)];
        for (i, &c) in compact.iter().enumerate() {
            full[self.symbol_of(i)] += c;
        }
        full
    }

    /// Counts of the whole tensor (one class), indexed by symbol.
    fn total(&self) -> Vec<u64> {
        let mut t = vec![0u64; self.width()];
        for c in 0..self.cols {
            for (a, b) in t.iter_mut().zip(self.column(c)) {
                *a += b;
            }
        }
        self.expand(&t)
    }

    /// Bits per value of an adaptive (Krichevsky-Trofimov) model of the joint symbol
    /// `(exponent, top `depth` bits of {sign, mantissa})` plus the remaining raw bits, learning
    /// cost included; one model for the tensor, or one per column. The alphabet is the set of
    /// symbols the tensor uses. These are the context bounds `xnc stats` and `xnc bench` report.
    pub fn adaptive_bound_bits(&self, depth: u32, per_column: bool) -> f64 {
        let d = self.dtype;
        let depth = depth.min(DEPTH);
        let n = self.values();
        if n == 0 {
            return 0.0;
        }
        // Collapse symbols to (exp, top `depth` bits).
        let fold = |counts: &[u64]| -> Vec<u64> {
            let mut v = vec![0u64; 1 << (d.exp_bits() + depth)];
            for (s, &c) in counts.iter().enumerate() {
                v[(s >> 1) >> (DEPTH - depth)] += c;
            }
            v
        };
        let all = fold(&self.total());
        let alphabet = all.iter().filter(|&&c| c > 0).count().max(1) as f64;
        let kt = |counts: &[u64]| -> f64 {
            // log2 of prod_s Gamma(n_s + 1/2)/Gamma(1/2) over Gamma(n + A/2)/Gamma(A/2).
            let mut bits = 0.0;
            let tot: u64 = counts.iter().sum();
            for i in 0..tot {
                bits += (i as f64 + alphabet / 2.0).log2();
            }
            for &c in counts {
                for i in 0..c {
                    bits -= (i as f64 + 0.5).log2();
                }
            }
            bits
        };
        let sym_bits = if per_column && self.cols > 1 {
            // Columns in parallel, summed in column order: a parallel f64 sum adds in whatever
            // order the threads finish, so the bound would change in its last bits run to run.
            let per: Vec<f64> =
                (0..self.cols).into_par_iter().map(|c| kt(&fold(&self.expand(self.column(c))))).collect();
            per.iter().sum::<f64>()
        } else {
            kt(&all)
        };
        sym_bits / n as f64 + (1 + d.man_bits() - depth) as f64
    }
}

/// A class's chosen codes with their normalised frequencies and exact predicted payload bits.
#[derive(Clone, Debug)]
struct ClassCodes {
    codes: Vec<JointCode>,
    counts: Vec<u64>,
    freqs: Vec<u32>,
    bits: f64,
}

/// Code choice for one class: the joint-code cut with the least quantised cost over a scan of
/// the per-code price.
fn select_class(d: Dtype, hist: &[u64], l: u32) -> ClassCodes {
    let field = 1 + d.man_bits();
    let esc_raw = (d.exp_bits() + field) as f64;
    let n: u64 = hist.iter().sum();
    let cap = (l as usize).min(MAX_CLASS_CODES);
    if n == 0 {
        return ClassCodes { codes: vec![JointCode::escape(d)], counts: vec![0], freqs: vec![l], bits: 0.0 };
    }
    let nf = n as f64;
    let lg = |c: u64| if c == 0 { 0.0 } else { c as f64 * (nf / c as f64).log2() };
    let leaves = 1usize << DEPTH;
    let mut best: Option<ClassCodes> = None;
    let mut lambda = 0.25f64;
    while lambda < 64.0 * nf {
        let mut esc_extra = (nf).log2() + 4.0;
        for _pass in 0..2 {
            let mut codes: Vec<(JointCode, u64)> = Vec::new();
            let mut escaped = 0u64;
            for e in 0..1usize << d.exp_bits() {
                let row = &hist[e * leaves * 2..(e + 1) * leaves * 2];
                let ne: u64 = row.iter().sum();
                if ne == 0 {
                    continue;
                }
                // DP over prefix nodes; returns (cost, codes).
                let mut out = Vec::new();
                let cost = cut(d, e as u8, row, 0, 0, lambda, &lg, &mut out);
                let esc_cost = ne as f64 * (esc_raw + esc_extra);
                if esc_cost < cost {
                    escaped += ne;
                } else {
                    codes.extend(out);
                }
            }
            if escaped > 0 {
                codes.push((JointCode::escape(d), escaped));
            }
            esc_extra = (nf / escaped.max(1) as f64).log2();
            if codes.len() > cap || codes.is_empty() {
                continue;
            }
            codes.sort_by_key(|c| c.0);
            let counts: Vec<u64> = codes.iter().map(|c| c.1).collect();
            let freqs = normalise(&counts, l);
            let raw: f64 = codes.iter().map(|(c, k)| *k as f64 * if c.escape { esc_raw } else { c.nbits as f64 }).sum();
            let bits = ans_cost(&counts, &freqs, l) + raw;
            if best.as_ref().is_none_or(|b| bits < b.bits) {
                best = Some(ClassCodes { codes: codes.iter().map(|c| c.0).collect(), counts, freqs, bits });
            }
        }
        lambda *= 1.5;
    }
    best.unwrap_or_else(|| ClassCodes {
        codes: vec![JointCode::escape(d)],
        counts: vec![n],
        freqs: vec![l],
        bits: nf * esc_raw,
    })
}

/// Optimal cut of the prefix tree under node (depth `k`, prefix `p`) of exponent `e`: ideal cost
/// `count * log2(N / count)` + additional bits + `lambda` per code. Pushes the codes to `out`.
#[allow(clippy::too_many_arguments)]
fn cut(
    d: Dtype,
    e: u8,
    row: &[u64],
    k: u32,
    p: u32,
    lambda: f64,
    lg: &dyn Fn(u64) -> f64,
    out: &mut Vec<(JointCode, u64)>,
) -> f64 {
    let field = 1 + d.man_bits();
    let span = 1usize << (DEPTH - k);
    let lo = (p as usize) << (DEPTH - k);
    let node = &row[lo * 2..(lo + span) * 2];
    let n: u64 = node.iter().sum();
    if n == 0 {
        return 0.0;
    }
    let leaf_code = JointCode { escape: false, exp: e, k: k as u8, prefix: p as u16, nbits: (field - k) as u8 };
    let leaf = lg(n) + n as f64 * (field - k) as f64 + lambda;
    if k == DEPTH {
        // Optionally an exact code for the values whose remaining bits are all zero.
        let (z, a) = (node[1], node[0]);
        if z > 0 {
            let zero = JointCode { nbits: 0, ..leaf_code };
            let with = lg(z) + lambda + if a > 0 { lg(a) + a as f64 * (field - k) as f64 + lambda } else { 0.0 };
            if with < leaf {
                out.push((zero, z));
                if a > 0 {
                    out.push((leaf_code, a));
                }
                return with;
            }
        }
        out.push((leaf_code, n));
        return leaf;
    }
    let mark = out.len();
    let split = cut(d, e, row, k + 1, p << 1, lambda, lg, out) + cut(d, e, row, k + 1, p << 1 | 1, lambda, lg, out);
    if split < leaf {
        split
    } else {
        out.truncate(mark);
        out.push((leaf_code, n));
        leaf
    }
}

/// Cluster the columns into at most `k` classes; returns the class of every column.
fn cluster(stats: &ColumnStats, k: usize) -> Vec<u8> {
    let cols = stats.cols;
    if k <= 1 || cols <= 1 {
        return vec![0; cols];
    }
    // Counter indices stand for the symbols (in the same order); the smoothing counts every
    // symbol of the dtype.
    let s = symbols(stats.dtype);
    let width = stats.width();
    let sparse: Vec<Vec<(u32, u64)>> = (0..cols)
        .map(|c| stats.column(c).iter().enumerate().filter(|(_, &n)| n > 0).map(|(i, &n)| (i as u32, n)).collect())
        .collect();
    let totals: Vec<u64> = sparse.iter().map(|v| v.iter().map(|x| x.1).sum()).collect();
    let logq = |members: &dyn Fn(usize) -> bool| -> Vec<f64> {
        let mut q = vec![0.0f64; width];
        let mut tot = 0.0;
        for c in (0..cols).filter(|&c| members(c)) {
            for &(i, n) in &sparse[c] {
                q[i as usize] += n as f64;
                tot += n as f64;
            }
        }
        let alpha = 0.5;
        let denom = tot + alpha * s as f64;
        q.iter_mut().for_each(|x| *x = -((*x + alpha) / denom).log2());
        q
    };
    let col_cost = |c: usize, q: &[f64]| -> f64 { sparse[c].iter().map(|&(i, n)| n as f64 * q[i as usize]).sum() };
    let mut assign = vec![0u8; cols];
    let mut centers: Vec<Vec<f64>> = vec![logq(&|_| true)];
    let lloyd = |assign: &mut Vec<u8>, centers: &mut Vec<Vec<f64>>, iters: usize| {
        for _ in 0..iters {
            let next: Vec<u8> = (0..cols)
                .into_par_iter()
                .map(|c| {
                    (0..centers.len())
                        .min_by(|&a, &b| col_cost(c, &centers[a]).total_cmp(&col_cost(c, &centers[b])))
                        .unwrap_or(0) as u8
                })
                .collect();
            let changed = next != *assign;
            *assign = next;
            let a = assign.clone();
            *centers = (0..centers.len()).map(|j| logq(&|c| a[c] as usize == j)).collect();
            if !changed {
                break;
            }
        }
    };
    while centers.len() < k {
        // Seed a new class with the column the current classes fit worst (per value).
        let worst = (0..cols)
            .max_by(|&a, &b| {
                let ca = col_cost(a, &centers[assign[a] as usize]) / totals[a].max(1) as f64;
                let cb = col_cost(b, &centers[assign[b] as usize]) / totals[b].max(1) as f64;
                ca.total_cmp(&cb)
            })
            .unwrap_or(0);
        centers.push(logq(&|c| c == worst));
        lloyd(&mut assign, &mut centers, 3);
    }
    lloyd(&mut assign, &mut centers, 12);
    // Renumber the classes in use 0.. in order of first column.
    let mut map = [u8::MAX; 256];
    let mut next = 0u8;
    for a in assign.iter_mut() {
        if map[*a as usize] == u8::MAX {
            map[*a as usize] = next;
            next += 1;
        }
        *a = map[*a as usize];
    }
    assign
}

/// A built model and its predicted size.
#[derive(Clone, Debug)]
pub struct CtxChoice {
    /// The model.
    pub model: CtxModel,
    /// Predicted payload bits (tANS with quantised frequencies plus additional bits; per-block
    /// costs excluded).
    pub payload_bits: f64,
    /// Fraction of values coded through an escape.
    pub escape_rate: f64,
}

/// Build the `ans-ctx` model of a tensor: the number of classes (1, 2, 4, 8, 16, at most the
/// columns), their columns and their joint codes, minimising predicted payload plus model bytes.
pub fn build(stats: &ColumnStats, table_log: u8) -> Result<CtxChoice> {
    build_limited(stats, table_log, MAX_CLASSES)
}

/// [`build`] with at most `max_classes` classes (for a decoder with fewer tables).
pub fn build_limited(stats: &ColumnStats, table_log: u8, max_classes: usize) -> Result<CtxChoice> {
    if !(super::MIN_TABLE_LOG..=super::MAX_TABLE_LOG).contains(&table_log) {
        return Err(Error::Request(format!("ANS table log {table_log} outside 5..=10")));
    }
    let d = stats.dtype;
    let l = 1u32 << table_log;
    let mut best: Option<(f64, CtxModel, f64, f64)> = None;
    let mut k = 1;
    while k <= MAX_CLASSES.min(max_classes).min(stats.cols).max(1) {
        let assign = cluster(stats, k);
        let nclass = assign.iter().map(|&a| a as usize + 1).max().unwrap_or(1);
        let hists: Vec<Vec<u64>> = (0..nclass)
            .map(|j| {
                let mut h = vec![0u64; stats.width()];
                for c in (0..stats.cols).filter(|&c| assign[c] as usize == j) {
                    for (a, b) in h.iter_mut().zip(stats.column(c)) {
                        *a += b;
                    }
                }
                stats.expand(&h)
            })
            .collect();
        let chosen: Vec<ClassCodes> = hists.par_iter().map(|h| select_class(d, h, l)).collect();
        let payload: f64 = chosen.iter().map(|c| c.bits).sum();
        let escaped: u64 = chosen
            .iter()
            .map(|c| c.codes.iter().zip(&c.counts).filter(|x| x.0.escape).map(|x| *x.1).sum::<u64>())
            .sum();
        let model = CtxModel {
            dtype: d,
            table_log,
            row_len: stats.row_len,
            classes: chosen
                .iter()
                .map(|c| CtxClass { codes: c.codes.clone(), spread: spread_precise(&c.freqs, table_log) })
                .collect(),
            column_class: if nclass > 1 { assign } else { Vec::new() },
        };
        let total = payload + 8.0 * model.byte_len() as f64;
        if best.as_ref().is_none_or(|b| total < b.0) {
            best = Some((total, model, payload, escaped as f64 / stats.values().max(1) as f64));
        }
        if nclass < k {
            break;
        }
        k *= 2;
    }
    let (_, model, payload_bits, escape_rate) = best.expect("k = 1 always runs");
    model.validate()?;
    Ok(CtxChoice { model, payload_bits, escape_rate })
}

/// A tensor's entropy bounds in bits per value (ratio = 16 / bits): the order-0 bound of
/// exponent coding pairs and the two context bounds of issue 12.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct ContextBounds {
    /// `(1 + M) + H(exponent)`, empirical entropy.
    pub order0_bits: f64,
    /// One adaptive model of `(sign, exponent, top mantissa bits)` plus the other bits raw, at
    /// the best prefix depth 1..=3 ([`ColumnStats::adaptive_bound_bits`]).
    pub joint_bits: f64,
    /// The depth (sign + mantissa bits) of [`ContextBounds::joint_bits`].
    pub joint_depth: u32,
    /// The same with one adaptive model per column (learning cost of every column included).
    pub per_column_bits: f64,
    /// The depth of [`ContextBounds::per_column_bits`].
    pub per_column_depth: u32,
}

impl ContextBounds {
    /// The bounds of the values counted in `stats` and `hist` (the same tensor).
    pub fn of(stats: &ColumnStats, hist: &super::Histogram) -> Self {
        let best = |per_column: bool| {
            (1..=DEPTH)
                .map(|k| (stats.adaptive_bound_bits(k, per_column), k))
                .min_by(|a, b| a.0.total_cmp(&b.0))
                .unwrap_or((0.0, 0))
        };
        let (joint_bits, joint_depth) = best(false);
        let (per_column_bits, per_column_depth) = best(true);
        Self { order0_bits: hist.order0_bound_bits(), joint_bits, joint_depth, per_column_bits, per_column_depth }
    }
}

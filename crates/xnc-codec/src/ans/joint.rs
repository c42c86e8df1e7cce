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
//!   size **plus model bytes** wins, so a small matrix keeps one class (a class count whose
//!   grown classes do not gain half their tables' bits in cross-entropy is not tried, nor any
//!   larger one).

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
    /// The counters of all columns added up (as those of a column): counted with them, so that
    /// the tensor's totals (its one-class histogram, its value count) cost no pass over
    /// `counts`, which for a small tensor has more counters than it has values.
    sums: Vec<u64>,
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
        let sums = vec![0; exps.len() * SYMBOLS_PER_EXP];
        Self { dtype, row_len, cols, exps, slot, counts, sums }
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
            let i = e as usize * SYMBOLS_PER_EXP + sym % SYMBOLS_PER_EXP;
            self.counts[col * s + i] += 1;
            self.sums[i] += 1;
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
        for (a, b) in self.sums.iter_mut().zip(&other.sums) {
            *a += *b;
        }
    }

    /// Values counted.
    pub fn values(&self) -> u64 {
        self.sums.iter().sum()
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
        self.expand(&self.sums)
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
///
/// The scan prices every exponent's prefix tree at some 80 `lambda` values; the parts of a cut's
/// cost that do not depend on `lambda` (node counts, ideal code lengths, additional bits) are
/// computed once per exponent ([`PrefixTree`]), and a code set equal to the one costed last is
/// not normalised again (it would cost the same, and only a strictly lower cost replaces the
/// best): the same choice as pricing every cut from the counts, at a fraction of the cost, which
/// is what a checkpoint of many small tensors pays per tensor.
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
    let trees: Vec<PrefixTree> = (0..1usize << d.exp_bits())
        .filter_map(|e| {
            let row = &hist[e * leaves * 2..(e + 1) * leaves * 2];
            PrefixTree::new(field, e as u8, row, &lg)
        })
        .collect();
    let mut best: Option<ClassCodes> = None;
    // The code set costed last (codes and counts, escape last before sorting).
    let mut last: Vec<(JointCode, u64)> = Vec::new();
    let mut codes: Vec<(JointCode, u64)> = Vec::new();
    // Every tree's cut at the current `lambda` (its codes `cuts[a..b]` and cost): the cut does not
    // depend on the escape's price, so the two passes share it.
    let mut cuts: Vec<(JointCode, u64)> = Vec::new();
    let mut spans: Vec<(usize, usize, f64)> = Vec::with_capacity(trees.len());
    let mut lambda = 0.25f64;
    while lambda < 64.0 * nf {
        cuts.clear();
        spans.clear();
        for t in &trees {
            let mark = cuts.len();
            let cost = t.cut(lambda, &mut cuts);
            spans.push((mark, cuts.len(), cost));
        }
        let mut esc_extra = (nf).log2() + 4.0;
        for _pass in 0..2 {
            codes.clear();
            let mut escaped = 0u64;
            for (t, &(a, b, cost)) in trees.iter().zip(&spans) {
                let esc_cost = t.total() as f64 * (esc_raw + esc_extra);
                if esc_cost < cost {
                    escaped += t.total();
                } else {
                    codes.extend_from_slice(&cuts[a..b]);
                }
            }
            if escaped > 0 {
                codes.push((JointCode::escape(d), escaped));
            }
            esc_extra = (nf / escaped.max(1) as f64).log2();
            if codes.len() > cap || codes.is_empty() || codes == last {
                continue;
            }
            last.clone_from(&codes);
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

/// Nodes of a [`PrefixTree`]: the prefixes of depth 0 ..= [`DEPTH`], heap-ordered (node 1 the
/// root, node i's children 2i and 2i + 1; the depth-[`DEPTH`] prefixes are the last half).
const TREE_NODES: usize = 2 << DEPTH;

/// The `{sign, mantissa}` prefix tree of one exponent, with the parts of the cost of its codes
/// that do not depend on the per-code price `lambda` ([`PrefixTree::cut`]).
struct PrefixTree {
    exp: u8,
    field: u32,
    /// Values under each node.
    n: [u64; TREE_NODES],
    /// Ideal cost of the node as one code, without `lambda`: `lg(n) + n * (1 + M - depth)`.
    leaf: [f64; TREE_NODES],
    /// Depth-[`DEPTH`] nodes: values whose remaining bits are zero (`z`) and the others (`a`),
    /// with `lg(z)` and `lg(a) + a * (1 + M - DEPTH)` (the exact-zero code and its partner).
    z: [u64; TREE_NODES],
    a: [u64; TREE_NODES],
    lg_z: [f64; TREE_NODES],
    leaf_a: [f64; TREE_NODES],
}

impl PrefixTree {
    /// The tree of exponent `e` from its symbol counts `row` (`(top DEPTH bits, rest-is-zero)`);
    /// `None` when it has no values. `lg(c)` is the ideal cost `c * log2(N / c)` of c values.
    fn new(field: u32, e: u8, row: &[u64], lg: &dyn Fn(u64) -> f64) -> Option<Self> {
        if row.iter().all(|&c| c == 0) {
            return None;
        }
        let mut t = Self {
            exp: e,
            field,
            n: [0; TREE_NODES],
            leaf: [0.0; TREE_NODES],
            z: [0; TREE_NODES],
            a: [0; TREE_NODES],
            lg_z: [0.0; TREE_NODES],
            leaf_a: [0.0; TREE_NODES],
        };
        let first_leaf = TREE_NODES / 2;
        for (p, pair) in row.chunks_exact(2).enumerate() {
            let i = first_leaf + p;
            (t.a[i], t.z[i]) = (pair[0], pair[1]);
            t.n[i] = pair[0] + pair[1];
            t.lg_z[i] = lg(t.z[i]);
            t.leaf_a[i] = lg(t.a[i]) + t.a[i] as f64 * (field - DEPTH) as f64;
        }
        for i in (1..first_leaf).rev() {
            t.n[i] = t.n[2 * i] + t.n[2 * i + 1];
        }
        for i in 1..TREE_NODES {
            t.leaf[i] = lg(t.n[i]) + t.n[i] as f64 * (field - i.ilog2()) as f64;
        }
        Some(t)
    }

    /// Values of the exponent.
    fn total(&self) -> u64 {
        self.n[1]
    }

    /// Optimal cut of the tree: ideal cost `count * log2(N / count)` + additional bits +
    /// `lambda` per code. Pushes the codes to `out` (prefix order) and returns the cost.
    ///
    /// Each node's cost bottom-up (the children's first, the same sums and comparisons as a
    /// recursive descent), then only the chosen codes pushed: no codes pushed and taken back for
    /// every subtree that a coarser code replaces.
    fn cut(&self, lambda: f64, out: &mut Vec<(JointCode, u64)>) -> f64 {
        let mut cost = [0.0f64; TREE_NODES];
        let mut how = [Cut::Empty; TREE_NODES];
        let first_leaf = TREE_NODES / 2;
        for i in (1..TREE_NODES).rev() {
            if self.n[i] == 0 {
                continue;
            }
            let leaf = self.leaf[i] + lambda;
            (cost[i], how[i]) = (leaf, Cut::Code);
            if i >= first_leaf {
                // Optionally an exact code for the values whose remaining bits are all zero.
                let a = self.a[i];
                if self.z[i] > 0 {
                    let with = self.lg_z[i] + lambda + if a > 0 { self.leaf_a[i] + lambda } else { 0.0 };
                    if with < leaf {
                        (cost[i], how[i]) = (with, Cut::Zero);
                    }
                }
            } else {
                let split = cost[2 * i] + cost[2 * i + 1];
                if split < leaf {
                    (cost[i], how[i]) = (split, Cut::Split);
                }
            }
        }
        self.emit(1, &how, out);
        cost[1]
    }

    /// Push the codes of node `i` as [`PrefixTree::cut`] chose them (`how`), in prefix order.
    fn emit(&self, i: usize, how: &[Cut; TREE_NODES], out: &mut Vec<(JointCode, u64)>) {
        let k = i.ilog2();
        let p = (i - (1 << k)) as u16;
        let code = JointCode { escape: false, exp: self.exp, k: k as u8, prefix: p, nbits: (self.field - k) as u8 };
        match how[i] {
            Cut::Empty => {}
            Cut::Code => out.push((code, self.n[i])),
            Cut::Zero => {
                out.push((JointCode { nbits: 0, ..code }, self.z[i]));
                if self.a[i] > 0 {
                    out.push((code, self.a[i]));
                }
            }
            Cut::Split => {
                self.emit(2 * i, how, out);
                self.emit(2 * i + 1, how, out);
            }
        }
    }
}

/// How [`PrefixTree::cut`] codes a node.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cut {
    /// No values.
    Empty,
    /// One code.
    Code,
    /// A depth-[`DEPTH`] node: the exact code of its values whose remaining bits are zero, and
    /// one code for the others (if any).
    Zero,
    /// Its children's codes.
    Split,
}

/// Lloyd clustering of the columns on the symbols' cross-entropy, grown one class at a time
/// (each new class seeded by the column the current classes fit worst, then 3 iterations):
/// [`Clusters::grow`] to `k` classes and [`Clusters::finish`] give what clustering into `k`
/// classes from scratch gives, so the class counts 2, 4, 8, 16 share their growth instead of
/// each repeating it.
struct Clusters<'a> {
    stats: &'a ColumnStats,
    /// The non-zero counters `(index, count)` of every column, column after column; column c's
    /// are `sparse[starts[c]..starts[c + 1]]` (one allocation, not one per column). The counts
    /// are kept as `f64` (exact below 2^53, the values `n as f64` gives): every use is in `f64`,
    /// and the Lloyd iterations read each one many times.
    sparse: Vec<(u32, f64)>,
    starts: Vec<usize>,
    /// Values per column.
    totals: Vec<u64>,
    assign: Vec<u8>,
    /// Per class, `-log2` of its smoothed symbol probabilities (indexed like the counters).
    centers: Vec<Vec<f64>>,
    /// Each column's cost under its class's center in the current state (`None`: not computed
    /// since the state changed). The cost before and after growing, and the worst-fitting
    /// column that seeds a class, all read it: one pass over the columns, not four.
    costs: Option<Vec<f64>>,
}

impl<'a> Clusters<'a> {
    /// One class holding every column.
    fn new(stats: &'a ColumnStats) -> Self {
        let cols = stats.cols;
        let (mut sparse, mut starts, mut totals) = (Vec::new(), Vec::with_capacity(cols + 1), Vec::with_capacity(cols));
        for c in 0..cols {
            starts.push(sparse.len());
            let mut total = 0u64;
            for (i, &n) in stats.column(c).iter().enumerate().filter(|(_, &n)| n > 0) {
                sparse.push((i as u32, n as f64));
                total += n;
            }
            totals.push(total);
        }
        starts.push(sparse.len());
        let mut c = Self { stats, sparse, starts, totals, assign: vec![0; cols], centers: Vec::new(), costs: None };
        c.centers = c.centers_of(&c.assign, 1);
        c
    }

    /// The centers of `k` classes with the columns of `assign`, in one pass over the columns
    /// (each class's counts added in column order).
    fn centers_of(&self, assign: &[u8], k: usize) -> Vec<Vec<f64>> {
        let width = self.stats.width();
        let mut q = vec![vec![0.0f64; width]; k];
        let mut tot = vec![0.0f64; k];
        for (c, &a) in assign.iter().enumerate() {
            let (q, tot) = (&mut q[a as usize], &mut tot[a as usize]);
            for &(i, n) in self.nz(c) {
                q[i as usize] += n;
                *tot += n;
            }
        }
        q.into_iter().zip(tot).map(|(q, tot)| self.smoothed(q, tot)).collect()
    }

    /// `-log2` of the smoothed probabilities of counts `q` summing to `tot`; the smoothing counts
    /// every symbol of the dtype.
    fn smoothed(&self, mut q: Vec<f64>, tot: f64) -> Vec<f64> {
        let s = symbols(self.stats.dtype);
        let alpha = 0.5;
        let denom = tot + alpha * s as f64;
        q.iter_mut().for_each(|x| *x = -((*x + alpha) / denom).log2());
        q
    }

    /// The center of the single column `col`.
    fn center_of_column(&self, col: usize) -> Vec<f64> {
        let mut q = vec![0.0f64; self.stats.width()];
        let mut tot = 0.0;
        for &(i, n) in self.nz(col) {
            q[i as usize] += n;
            tot += n;
        }
        self.smoothed(q, tot)
    }

    /// The non-zero counters of column `c`.
    fn nz(&self, c: usize) -> &[(u32, f64)] {
        &self.sparse[self.starts[c]..self.starts[c + 1]]
    }

    fn col_cost(&self, c: usize, q: &[f64]) -> f64 {
        self.nz(c).iter().map(|&(i, n)| n * q[i as usize]).sum()
    }

    /// Up to `iters` Lloyd iterations of `assign` and `centers` (stops when no column moves).
    fn lloyd(&self, assign: &mut Vec<u8>, centers: &mut Vec<Vec<f64>>, iters: usize) {
        for _ in 0..iters {
            let next: Vec<u8> = (0..assign.len())
                .into_par_iter()
                .map(|c| {
                    // The first class of least cost.
                    let mut best = (0, self.col_cost(c, &centers[0]));
                    for (j, q) in centers.iter().enumerate().skip(1) {
                        let x = self.col_cost(c, q);
                        if x.total_cmp(&best.1).is_lt() {
                            best = (j, x);
                        }
                    }
                    best.0 as u8
                })
                .collect();
            let changed = next != *assign;
            *assign = next;
            *centers = self.centers_of(assign, centers.len());
            if !changed {
                break;
            }
        }
    }

    /// Add classes until there are `k`.
    fn grow(&mut self, k: usize) {
        let cols = self.assign.len();
        while self.centers.len() < k {
            // Seed a new class with the column the current classes fit worst (per value).
            self.costs();
            let costs = self.costs.as_deref().expect("computed above");
            let fit = |c: usize| costs[c] / self.totals[c].max(1) as f64;
            let worst = (0..cols).max_by(|&a, &b| fit(a).total_cmp(&fit(b))).unwrap_or(0);
            let seed = self.center_of_column(worst);
            self.centers.push(seed);
            let (mut assign, mut centers) = (std::mem::take(&mut self.assign), std::mem::take(&mut self.centers));
            self.lloyd(&mut assign, &mut centers, 3);
            (self.assign, self.centers, self.costs) = (assign, centers, None);
        }
    }

    /// Each column's cost under its class's center ([`Clusters::costs`]), computed once per state.
    fn costs(&mut self) -> &[f64] {
        if self.costs.is_none() {
            let costs =
                (0..self.assign.len()).map(|c| self.col_cost(c, &self.centers[self.assign[c] as usize])).collect();
            self.costs = Some(costs);
        }
        self.costs.as_deref().expect("computed above")
    }

    /// Cross-entropy of the columns under their classes' centers, in bits: what the grown
    /// classes would cost with ideal codes of their (smoothed) symbol frequencies.
    fn cost(&mut self) -> f64 {
        self.costs().iter().sum()
    }

    /// The classes of the columns after the final iterations, numbered 0.. in order of first
    /// column (the grown state is kept for more classes).
    fn finish(&self) -> Vec<u8> {
        let (mut assign, mut centers) = (self.assign.clone(), self.centers.clone());
        self.lloyd(&mut assign, &mut centers, 12);
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
    // (total bits, model without its spreads, payload bits, escape rate, frequencies per class)
    type Candidate = (f64, CtxModel, f64, f64, Vec<Vec<u32>>);
    let mut best: Option<Candidate> = None;
    let mut clusters: Option<Clusters> = None;
    let mut k = 1;
    while k <= MAX_CLASSES.min(max_classes).min(stats.cols).max(1) {
        let assign = if k <= 1 || stats.cols <= 1 {
            vec![0; stats.cols]
        } else {
            let c = clusters.get_or_insert_with(|| Clusters::new(stats));
            let before = c.cost();
            c.grow(k);
            // The new classes' tables (a spread of L bytes each, and the column map for the
            // first split) against what the grown classes gain in ideal cross-entropy: when the
            // gain does not pay for half the tables, the class count is not tried (nor any
            // larger one; half: the estimate is rough, and on the three tables at R = 6-10 this
            // keeps every choice of the full scan). A small tensor's columns (a few rows each) differ by little more
            // than noise, and its final clustering and code choice were most of its model time.
            let tables = 8 * (k / 2) * (1 + l as usize) + if k == 2 { 8 * stats.cols } else { 0 };
            if before - c.cost() < 0.5 * tables as f64 {
                break;
            }
            c.finish()
        };
        let nclass = assign.iter().map(|&a| a as usize + 1).max().unwrap_or(1);
        // Each class's counts, its columns added in column order (one pass over the columns).
        // One class: the tensor's sums, counted with the columns.
        let compact = if nclass == 1 {
            vec![stats.sums.clone()]
        } else {
            let mut compact = vec![vec![0u64; stats.width()]; nclass];
            for (c, &a) in assign.iter().enumerate() {
                for (x, y) in compact[a as usize].iter_mut().zip(stats.column(c)) {
                    *x += y;
                }
            }
            compact
        };
        let hists: Vec<Vec<u64>> = compact.iter().map(|h| stats.expand(h)).collect();
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
                // The spread is made for the chosen class count only (below); its size counts here.
                .map(|c| CtxClass { codes: c.codes.clone(), spread: vec![0; l as usize] })
                .collect(),
            column_class: if nclass > 1 { assign } else { Vec::new() },
        };
        let total = payload + 8.0 * model.byte_len() as f64;
        if best.as_ref().is_none_or(|b| total < b.0) {
            let freqs = chosen.into_iter().map(|c| c.freqs).collect();
            best = Some((total, model, payload, escaped as f64 / stats.values().max(1) as f64, freqs));
        }
        if nclass < k {
            break;
        }
        k *= 2;
    }
    let (_, mut model, payload_bits, escape_rate, freqs) = best.expect("k = 1 always runs");
    for (class, f) in model.classes.iter_mut().zip(&freqs) {
        class.spread = spread_precise(f, table_log);
    }
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

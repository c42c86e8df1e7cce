//! Choosing a tensor's code map and normalising the code frequencies.
//!
//! The cost minimised is the predicted payload: `sum_c count_c * log2(L / f_c)` (tANS with the
//! quantised frequencies) plus the additional bits. Codes are chosen greedily (the one that lowers
//! the cost most, up to 16), the best prefix is kept, then improved by local search (remove, add,
//! replace one code). Because the cost already contains the table quantisation, rare exponents are
//! sent to the escape when a state of their own would cost more than their escapes do.
//!
//! The search is exact but cheap per tensor: a map is normalised and costed only when lower
//! bounds of its cost (the entropy of its counts and the Lagrangian dual of the real-valued
//! optimum at the current map's multiplier, both updated in O(1) per move; then that optimum with
//! every frequency at least 1) are below the best cost the step has found, and the move of least
//! bound is costed first. A candidate code's replace moves are screened together by one bound.
//! Each step makes the same choice as costing every map.

use super::{Code, Histogram, Profile, MAX_CODES};

/// A code map with its normalised frequencies (escape, if any, last).
#[derive(Clone, Debug)]
pub(crate) struct Selection {
    pub codes: Vec<Code>,
    pub freqs: Vec<u32>,
    pub cost: f64,
}

/// `log2((f + 1) / f)` for f = 0 ..= 2^MAX_TABLE_LOG (index 0 unused): the gain of one more state,
/// computed once (the selection evaluates it hundreds of thousands of times per tensor, and the
/// table gives the very same values as the expression).
fn step_log(f: u32) -> f64 {
    step_logs().get(f as usize).copied().unwrap_or_else(|| ((f + 1) as f64 / f as f64).log2())
}

/// The table behind [`step_log`].
fn step_logs() -> &'static [f64] {
    static T: std::sync::OnceLock<Vec<f64>> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        (0..=(1u32 << super::MAX_TABLE_LOG))
            .map(|f| if f == 0 { f64::INFINITY } else { ((f + 1) as f64 / f as f64).log2() })
            .collect()
    })
}

/// `log2(l / f)` for every table size `l = 2^R`, R = 0 ..= MAX_TABLE_LOG, and f = 1 ..= l, computed
/// once (same values as the expression).
fn state_cost(l: u32, f: u32) -> f64 {
    static T: std::sync::OnceLock<Vec<Vec<f64>>> = std::sync::OnceLock::new();
    let t = T.get_or_init(|| {
        (0..=super::MAX_TABLE_LOG)
            .map(|r| {
                let l = 1u32 << r;
                (0..=l).map(|f| (l as f64 / f as f64).log2()).collect()
            })
            .collect()
    });
    match t.get(l.trailing_zeros() as usize).and_then(|row| row.get(f as usize)) {
        Some(&v) if l.is_power_of_two() => v,
        _ => (l as f64 / f as f64).log2(),
    }
}

/// Bits of the table behind [`log2_at_least`].
const LOG_TABLE_BITS: u32 = 13;

/// An upper bound of `log2(c)` (c >= 1) without a libm call: exact below `2^13`, above that
/// `s + log2(h + 1)` for `c = h * 2^s + rest`, `2^12 <= h < 2^13` (at most 0.00036 bits high).
fn log2_at_least(c: u64) -> f64 {
    static T: std::sync::OnceLock<Vec<f64>> = std::sync::OnceLock::new();
    let t = T.get_or_init(|| (0..=1u32 << LOG_TABLE_BITS).map(|n| (n as f64).log2()).collect());
    if c < 1 << LOG_TABLE_BITS {
        t[c as usize]
    } else {
        let s = c.ilog2() + 1 - LOG_TABLE_BITS;
        s as f64 + t[(c >> s) as usize + 1]
    }
}

/// A lower bound of `log2(c)` (c >= 1), the counterpart of [`log2_at_least`]: `s + log2(h)`.
fn log2_at_most(c: u64) -> f64 {
    if c < 1 << LOG_TABLE_BITS {
        log2_at_least(c)
    } else {
        let s = c.ilog2() + 1 - LOG_TABLE_BITS;
        s as f64 + log2_at_least(c >> s)
    }
}

/// Frequencies `f_i >= 1` summing to `l` that minimise `sum c_i * log2(l / f_i)`.
///
/// The cost is separable and convex in each `f_i`, so the optimum is reached when no single state
/// moved from one code to another lowers it; we start from proportional rounding and move states
/// until that holds.
pub(crate) fn normalise(counts: &[u64], l: u32) -> Vec<u32> {
    let mut f = vec![0; counts.len()];
    normalise_into(counts, l, &mut f);
    f
}

/// [`normalise`] into `f` (as long as `counts`), without allocating: the selection calls it for
/// every code map it considers.
fn normalise_into(counts: &[u64], l: u32, f: &mut [u32]) {
    let k = counts.len();
    debug_assert!(k >= 1 && k as u32 <= l && f.len() == k);
    let total: u64 = counts.iter().sum();
    for (fi, &c) in f.iter_mut().zip(counts) {
        // `as u32` truncates: the floor of a non-negative value, without a libm call.
        *fi = if total == 0 { 1 } else { ((c as f64 * l as f64 / total as f64) as u32).max(1) };
    }
    // Gain of giving code i one more state, loss of taking one away.
    let steps = step_logs();
    let step = |f: u32| steps.get(f as usize).copied().unwrap_or_else(|| step_log(f));
    let gain = |c: u64, f: u32| c as f64 * step(f);
    let loss = |c: u64, f: u32| if f <= 1 { f64::INFINITY } else { c as f64 * step(f - 1) };
    // The code that gains most from one more state (the last on ties) and the one (other than
    // `skip`) that loses least from one fewer (the first on ties): one pass each, no allocation.
    let most_gain = |f: &[u32]| {
        let mut best = (0, f64::NEG_INFINITY);
        for (i, (&c, &fi)) in counts.iter().zip(f).enumerate() {
            let g = gain(c, fi);
            if g >= best.1 {
                best = (i, g);
            }
        }
        best
    };
    let least_loss = |f: &[u32], skip: usize| {
        let mut best: Option<(usize, f64)> = None;
        for (j, (&c, &fj)) in counts.iter().zip(f).enumerate() {
            let x = loss(c, fj);
            if j != skip && best.is_none_or(|(_, b)| x < b) {
                best = Some((j, x));
            }
        }
        best
    };
    let mut sum: u32 = f.iter().sum();
    while sum < l {
        let i = most_gain(f).0;
        f[i] += 1;
        sum += 1;
    }
    while sum > l {
        let j = least_loss(f, usize::MAX).map_or(0, |b| b.0);
        f[j] -= 1;
        sum -= 1;
    }
    // Exchange until optimal (a handful of moves after proportional rounding).
    for _ in 0..4 * l {
        let (i, g) = most_gain(f);
        match least_loss(f, i) {
            Some((j, x)) if g > x * (1.0 + 1e-12) => {
                f[i] += 1;
                f[j] -= 1;
            }
            _ => break,
        }
    }
}

/// Predicted bits of coding `counts` with frequencies `f` out of `l` states.
pub(crate) fn ans_cost(counts: &[u64], f: &[u32], l: u32) -> f64 {
    counts.iter().zip(f).filter(|(&c, _)| c > 0).map(|(&c, &f)| c as f64 * state_cost(l, f)).sum()
}

/// One step of the search from a code map: drop code i, add a code, or replace code i.
#[derive(Clone, Copy)]
enum Move {
    Drop(usize),
    Add(Cand),
    Replace(usize, Cand),
}

impl Move {
    /// The code map this move makes from `set`, into `out` (in the order the search keeps: a
    /// dropped code closes the gap, an added one goes last, a replacing one takes the place).
    fn apply(self, set: &[Cand], out: &mut Vec<Cand>) {
        out.clear();
        out.extend_from_slice(set);
        match self {
            Move::Drop(i) => {
                out.remove(i);
            }
            Move::Add(c) => out.push(c),
            Move::Replace(i, c) => out[i] = c,
        }
    }
}

/// A code map's counts for the incremental bounds of the search (see [`Problem::base`]).
#[derive(Clone)]
struct Base {
    /// Values per direct code, in the map's order.
    counts: [u64; MAX_CODES + 1],
    /// The code that takes a direct code's values when it is dropped; `None`: the escape.
    absorber: [Option<usize>; MAX_CODES + 1],
    /// Additional bits of each direct code.
    nbits: [u64; MAX_CODES + 1],
    /// Values sent to the escape.
    esc: u64,
    /// Additional bits in all.
    raw: u64,
    /// `sum c log2 c` over the codes and the escape, each term rounded up (see [`c_log_c`]).
    c_log_c: f64,
    /// Each direct code's term of that sum, `c_log_c(counts[i])`, and the escape's: the bounds
    /// of a move recompute only the terms of the codes it changes (the same values, so the same
    /// bounds, as from the counts; most of a bound's work was these logarithms).
    terms: [f64; MAX_CODES + 1],
    esc_term: f64,
    /// The multiplier of the dual bound (see [`Problem::dual_term`]): the values per state of
    /// the codes the real-valued optimum of this map does not clamp to one state, and
    /// `log2(lam * L)`. The bounds of this map's moves keep it (any positive multiplier gives a
    /// lower bound; this one is near the best for a map that differs in a code or two).
    lam: f64,
    log_lam_l: f64,
    /// Each direct code's term of the dual bound, `dual_term(counts[i])`, the escape's, and
    /// their sum: updated in O(1) per move like `terms`.
    dual: [f64; MAX_CODES + 1],
    esc_dual: f64,
    dual_sum: f64,
    /// Per row, the `nbits` of its codes as a bit mask.
    masks: [u16; 1 << 8],
    /// Per row with codes, its slot in `at` (read only where `masks` is not 0).
    row_slot: [u8; 1 << 8],
    /// Per slot, the index in the map of the row's code of each `nbits` (read only where the
    /// row's mask has the bit): the search finds a code's neighbours in its row without a scan
    /// of the map.
    at: [[u8; MAX_NEEDS]; MAX_CODES + 1],
    /// Slots used.
    slots: u8,
    /// Direct codes.
    n: usize,
}

impl Base {
    /// Whether the map has code `c`.
    fn has(&self, (r, nb): Cand) -> bool {
        self.masks[r] >> nb & 1 != 0
    }

    /// The index in the map of its code `(r, nb)` (which it must have).
    fn index(&self, r: usize, nb: u8) -> usize {
        debug_assert!(self.has((r, nb)));
        self.at[self.row_slot[r] as usize][nb as usize] as usize
    }

    /// Record code `(r, nb)` at index i of the map.
    fn place(&mut self, r: usize, nb: u8, i: usize) {
        if self.masks[r] == 0 {
            self.row_slot[r] = self.slots;
            self.slots += 1;
        }
        self.masks[r] |= 1 << nb;
        self.at[self.row_slot[r] as usize][nb as usize] = i as u8;
    }
}

/// `c log2 c` rounded down (through [`log2_at_most`]), the counterpart of [`c_log_c`].
fn c_log_c_below(c: u64) -> f64 {
    if c == 0 {
        0.0
    } else {
        c as f64 * log2_at_most(c)
    }
}

/// What adding a code to a map changes in its [`Base`]: the bounds of the local search's
/// replace moves (a code added, one dropped) are computed from the map's base and this, without
/// building the added map's base (a copy of the base per candidate code was a fifth of the
/// search).
struct Added {
    /// The added code's count, terms and additional bits.
    n: u64,
    n_term: f64,
    n_dual: f64,
    nbits: u64,
    /// The code it takes its values from (`None`: the escape), and what that code keeps.
    from: Option<usize>,
    left: u64,
    left_term: f64,
    left_dual: f64,
    /// The code of the row that the added code now absorbs when dropped (its next narrower).
    narrower: Option<usize>,
    /// The added map's sums.
    c_log_c: f64,
    dual_sum: f64,
    raw: u64,
}

/// `c log2 c` rounded up (through [`log2_at_least`]); 0 for c = 0.
fn c_log_c(c: u64) -> f64 {
    if c == 0 {
        0.0
    } else {
        c as f64 * log2_at_least(c)
    }
}

/// The statistics the selection works on.
struct Problem {
    /// Exponents with values, each with cumulative counts by need: `cum[k] = #values need <= k`
    /// (`k` up to `1 + M`; in an array, not a vector each: a small tensor's problem has a few
    /// dozen rows, and the search is built once per tensor).
    rows: Vec<(u8, [u64; MAX_NEEDS])>,
    total: u64,
    /// `1 + M`.
    field: u8,
    /// Raw bits of an escaped value: `E + 1 + M`.
    escape_bits: u64,
    l: u32,
    /// `total * log2(total)`, for the lower bound of [`Problem::lower_bound`].
    total_log_total: f64,
    /// `log2(l)`.
    log_l: f64,
}

/// Most needs of a dtype (F16: `1 + M + 1` = 12), the length of [`Problem::rows`]' counts.
const MAX_NEEDS: usize = 12;

/// How many of the most frequent exponents may get a direct code.
const CANDIDATE_EXPONENTS: usize = 32;

/// A candidate direct code: index into `rows` and its `nbits`.
type Cand = (usize, u8);

impl Problem {
    fn new(hist: &Histogram, l: u32) -> Self {
        let d = hist.dtype();
        let field = (1 + d.man_bits()) as u8;
        // The exponents with values only (a tensor uses a few dozen of the 256 of BF16).
        let used = hist.used_exponents();
        let mut rows = Vec::with_capacity(used.iter().map(|w| w.count_ones() as usize).sum());
        for e in super::histogram::members(used) {
            let mut acc = 0;
            let mut cum = [0u64; MAX_NEEDS];
            for (k, &c) in hist.row(e).iter().enumerate() {
                acc += c;
                cum[k] = acc;
            }
            rows.push((e as u8, cum));
        }
        let total = hist.values();
        let total_log_total = if total == 0 { 0.0 } else { total as f64 * (total as f64).log2() };
        Self {
            rows,
            total,
            field,
            escape_bits: (d.exp_bits() + 1 + d.man_bits()) as u64,
            l,
            total_log_total,
            log_l: l.ilog2() as f64,
        }
    }

    /// Candidate codes, for the [`CANDIDATE_EXPONENTS`] most frequent exponents only: with at most
    /// 16 codes, a code for a rarer exponent never pays, and this bounds the search on tensors
    /// that use every exponent.
    fn candidates(&self, profile: Profile) -> Vec<Cand> {
        let mut by_count: Vec<usize> = (0..self.rows.len()).collect();
        by_count.sort_by_key(|&r| (std::cmp::Reverse(self.rows[r].1[self.field as usize]), r));
        by_count.truncate(CANDIDATE_EXPONENTS);
        by_count.sort_unstable();
        let mut out = Vec::new();
        for r in by_count {
            let cum = &self.rows[r].1;
            match profile {
                Profile::Plain => out.push((r, self.field)),
                Profile::FormatAware => {
                    for b in 0..=self.field {
                        let below = if b == 0 { 0 } else { cum[b as usize - 1] };
                        if cum[b as usize] > below {
                            out.push((r, b));
                        }
                    }
                }
            }
        }
        out
    }

    /// Counts per code (direct codes in `set` order, then the escape if any value needs it) and the
    /// additional bits; `None` if a code would be unused or there would be too many codes.
    fn assign(&self, set: &[Cand]) -> Option<(Vec<u64>, u64)> {
        let mut counts = [0u64; MAX_CODES + 1];
        let (k, raw) = self.assign_into(set, &mut counts)?;
        Some((counts[..k].to_vec(), raw))
    }

    /// [`Problem::assign`] into `counts` without allocating; returns how many codes and the
    /// additional bits.
    fn assign_into(&self, set: &[Cand], counts: &mut [u64; MAX_CODES + 1]) -> Option<(usize, u64)> {
        if set.len() > MAX_CODES {
            return None;
        }
        // The codes of each row as a bit mask of their `nbits`: a code takes the values of its
        // exponent that need more bits than the row's next narrower code keeps, up to its own
        // (no sorting: the search calls this for every map it considers).
        let mut masks = [0u16; 1 << 8];
        for &(r, b) in set {
            masks[r] |= 1 << b;
        }
        let mut raw = 0u64;
        let mut covered = 0u64;
        for (i, &(r, b)) in set.iter().enumerate() {
            let cum = &self.rows[r].1;
            let narrower = masks[r] & ((1u16 << b) - 1);
            let below = if narrower == 0 { 0 } else { cum[narrower.ilog2() as usize] };
            let c = cum[b as usize] - below;
            if c == 0 {
                return None;
            }
            counts[i] = c;
            raw += c * b as u64;
            if masks[r] >> b == 1 {
                // The row's widest code: every value of the row up to here is covered.
                covered += cum[b as usize];
            }
        }
        let mut k = set.len();
        let esc = self.total - covered;
        if esc > 0 {
            counts[k] = esc;
            k += 1;
            raw += esc * self.escape_bits;
        }
        if k == 0 || k > MAX_CODES {
            return None;
        }
        Some((k, raw))
    }

    /// The predicted bits of a code map (`None` if it is not valid, see [`Problem::assign`]).
    fn cost(&self, set: &[Cand]) -> Option<f64> {
        let mut counts = [0u64; MAX_CODES + 1];
        let (k, raw) = self.assign_into(set, &mut counts)?;
        let counts = &counts[..k];
        let mut f = [0u32; MAX_CODES + 1];
        normalise_into(counts, self.l, &mut f[..k]);
        Some(ans_cost(counts, &f[..k], self.l) + raw as f64)
    }

    /// A lower bound of the cost of `counts` and `raw` additional bits, below it by a margin far
    /// above the rounding error of the sums: the optimum over real frequencies `f_i >= 1` summing
    /// to L (integer ones cannot do better). Codes whose proportional share is below one state
    /// keep one (`log2 L` bits each), the others share the remaining states in proportion.
    /// `terms[i]` is `c_log_c(counts[i])` (taken from a [`Base`] where the count is unchanged).
    fn lower_bound(&self, counts: &[u64], terms: &[f64], raw: u64) -> f64 {
        let l = self.l as u64;
        let (mut t_free, mut l_free) = (self.total, l);
        let mut clamped = 0u32;
        loop {
            let before = clamped;
            for (i, &c) in counts.iter().enumerate() {
                if clamped & 1 << i == 0 && c * l_free < t_free {
                    clamped |= 1 << i;
                    t_free -= c;
                    l_free -= 1;
                }
            }
            if clamped == before {
                break;
            }
        }
        let sum_c_log_c: f64 =
            terms[..counts.len()].iter().enumerate().filter(|&(i, _)| clamped & 1 << i == 0).map(|(_, &t)| t).sum();
        let log_l = self.l.ilog2() as f64;
        let bits = if clamped == 0 {
            self.total_log_total - sum_c_log_c
        } else if t_free == 0 {
            self.total as f64 * log_l
        } else {
            t_free as f64 * (log2_at_most(t_free) - log2_at_least(l_free)) + self.total as f64 * log_l - sum_c_log_c
        };
        let scale = self.total_log_total + self.total as f64 * log_l + raw as f64;
        raw as f64 + bits - 1e-9 * scale - 1e-9
    }

    /// The counts of `set` (no validity checks) with what the unclamped entropy bound of
    /// [`Problem::lower_bound`] needs to be updated in O(1) when one code is dropped: the local
    /// search bounds its `k` drop and `k x candidates` replace moves from one such base each.
    fn base(&self, set: &[Cand]) -> Base {
        let mut b = Base {
            counts: [0; MAX_CODES + 1],
            absorber: [None; MAX_CODES + 1],
            nbits: [0; MAX_CODES + 1],
            esc: 0,
            raw: 0,
            c_log_c: 0.0,
            terms: [0.0; MAX_CODES + 1],
            esc_term: 0.0,
            lam: 0.0,
            log_lam_l: 0.0,
            dual: [0.0; MAX_CODES + 1],
            esc_dual: 0.0,
            dual_sum: 0.0,
            masks: [0; 1 << 8],
            row_slot: [0; 1 << 8],
            at: [[0; MAX_NEEDS]; MAX_CODES + 1],
            slots: 0,
            n: set.len(),
        };
        for (i, &(r, nb)) in set.iter().enumerate() {
            b.place(r, nb, i);
        }
        let masks = &b.masks;
        let mut covered = 0u64;
        for (i, &(r, nb)) in set.iter().enumerate() {
            let cum = &self.rows[r].1;
            let narrower = masks[r] & ((1u16 << nb) - 1);
            let below = if narrower == 0 { 0 } else { cum[narrower.ilog2() as usize] };
            let c = cum[nb as usize].saturating_sub(below);
            b.counts[i] = c;
            b.nbits[i] = nb as u64;
            b.raw += c * nb as u64;
            b.terms[i] = c_log_c(c);
            b.c_log_c += b.terms[i];
            let wider = masks[r] >> nb >> 1;
            if wider == 0 {
                covered += cum[nb as usize];
            } else {
                b.absorber[i] = Some(b.index(r, nb + 1 + wider.trailing_zeros() as u8));
            }
        }
        b.esc = self.total.saturating_sub(covered);
        b.raw += b.esc * self.escape_bits;
        b.esc_term = c_log_c(b.esc);
        b.c_log_c += b.esc_term;
        // The multiplier: codes whose share is below one state are clamped to one, in turn, the
        // smallest first (each clamp raises the share of the others, as in `lower_bound`).
        let mut counts = [0u64; MAX_CODES + 2];
        counts[..b.n].copy_from_slice(&b.counts[..b.n]);
        counts[b.n] = b.esc;
        let counts = &mut counts[..b.n + 1];
        counts.sort_unstable();
        let (mut t_free, mut l_free) = (self.total, self.l as u64);
        for &c in counts.iter().filter(|&&c| c > 0) {
            if c * l_free >= t_free || l_free <= 1 {
                break;
            }
            t_free -= c;
            l_free -= 1;
        }
        b.lam = if t_free > 0 { t_free as f64 / l_free as f64 } else { (self.total as f64 / self.l as f64).max(1.0) };
        b.log_lam_l = (b.lam * self.l as f64).log2();
        for i in 0..b.n {
            b.dual[i] = self.dual_term(&b, b.counts[i], b.terms[i]);
            b.dual_sum += b.dual[i];
        }
        b.esc_dual = self.dual_term(&b, b.esc, b.esc_term);
        b.dual_sum += b.esc_dual;
        b
    }

    /// A code's term in the dual bound of `base`'s multiplier: for `n` values (`term` =
    /// `c_log_c(n)`), the least of `n log2(L / f) + lam f / ln 2` over real `f >= 1`. The sum of
    /// the terms of a map's codes less `lam L / ln 2` is below the cost of its counts for any
    /// `lam > 0` (the Lagrangian of the sum of the frequencies; at the best `lam` it is the bound
    /// of [`Problem::lower_bound`]), and it changes with a move by the terms of the codes the move
    /// changes: an O(1) bound nearly as tight as the O(k) one. 0 for an empty code.
    fn dual_term(&self, base: &Base, n: u64, term: f64) -> f64 {
        let x = n as f64;
        if n == 0 {
            0.0
        } else if x >= base.lam {
            // f = n / lam.
            x * base.log_lam_l - term + x * std::f64::consts::LOG2_E
        } else {
            x * self.log_l + base.lam * std::f64::consts::LOG2_E
        }
    }

    /// The dual bound (see [`Problem::dual_term`]) of a map of `base`'s multiplier whose terms sum
    /// to `dual_sum`, with `raw` additional bits; below it by the margin of
    /// [`Problem::lower_bound`].
    fn dual_bound(&self, base: &Base, dual_sum: f64, raw: u64) -> f64 {
        let scale = self.total_log_total + self.total as f64 * self.log_l + raw as f64;
        raw as f64 + dual_sum - base.lam * self.l as f64 * std::f64::consts::LOG2_E - 1e-9 * scale - 1e-9
    }

    /// The unclamped entropy bound (see [`Problem::lower_bound`]) of counts with `sum c log2 c`
    /// at most `c_log_c` and `raw` additional bits.
    fn entropy_bound(&self, c_log_c: f64, raw: u64) -> f64 {
        let scale = self.total_log_total + raw as f64;
        raw as f64 + (self.total_log_total - c_log_c) - 1e-9 * scale - 1e-9
    }

    /// [`Problem::entropy_bound`] of `base` with code i dropped (its values go to the next wider
    /// code of its row, or to the escape).
    fn bound_without(&self, base: &Base, i: usize) -> f64 {
        let c = base.counts[i];
        let (to, to_term, to_bits) = match base.absorber[i] {
            Some(a) => (base.counts[a], base.terms[a], base.nbits[a]),
            None => (base.esc, base.esc_term, self.escape_bits),
        };
        let to_dual = match base.absorber[i] {
            Some(a) => base.dual[a],
            None => base.esc_dual,
        };
        let merged = c_log_c(to + c);
        let e = base.c_log_c - base.terms[i] - to_term + merged;
        let raw = base.raw - c * base.nbits[i] + c * to_bits;
        let dual = base.dual_sum - base.dual[i] - to_dual + self.dual_term(base, to + c, merged);
        self.entropy_bound(e, raw).max(self.dual_bound(base, dual, raw))
    }

    /// What adding code `c` to `set` (of base `base`) does: its count, and the code it takes
    /// them from (the next wider code of its row; `None`: the escape) with that code's `nbits`.
    fn added(&self, base: &Base, (r, nb): Cand) -> (u64, Option<usize>, u64) {
        let cum = &self.rows[r].1;
        let m = base.masks[r];
        let narrower = m & ((1u16 << nb) - 1);
        let below = if narrower == 0 { 0 } else { cum[narrower.ilog2() as usize] };
        let c = cum[nb as usize].saturating_sub(below);
        let wider = m >> nb >> 1;
        if wider == 0 {
            (c, None, self.escape_bits)
        } else {
            let a = base.index(r, nb + 1 + wider.trailing_zeros() as u8);
            (c, Some(a), base.nbits[a])
        }
    }

    /// The base of `set` with code `c` added (the map [`Move::Add`] makes), updated from `base`,
    /// the base of `set`: the codes' order, counts, absorbers and bits are those
    /// [`Problem::base`] computes for that map, `c_log_c` the same sum in another order (the
    /// bounds keep a margin far above the rounding). The local search needs one per candidate
    /// code and iteration; recounting the map was a fifth of its time.
    fn base_with(&self, base: &Base, c: Cand) -> Base {
        let add = self.adding(base, c);
        let (r, nb) = c;
        let k = base.n;
        let mut b = base.clone();
        b.counts[k] = add.n;
        b.terms[k] = add.n_term;
        b.nbits[k] = nb as u64;
        b.absorber[k] = add.from;
        b.dual[k] = add.n_dual;
        match add.from {
            Some(a) => (b.counts[a], b.terms[a], b.dual[a]) = (add.left, add.left_term, add.left_dual),
            None => (b.esc, b.esc_term, b.esc_dual) = (add.left, add.left_term, add.left_dual),
        }
        (b.c_log_c, b.dual_sum, b.raw) = (add.c_log_c, add.dual_sum, add.raw);
        if let Some(i) = add.narrower {
            b.absorber[i] = Some(k);
        }
        b.place(r, nb, k);
        b.n = k + 1;
        b
    }

    /// What adding code `c` to `set` (of base `base`) changes in the base (see [`Added`]).
    fn adding(&self, base: &Base, c: Cand) -> Added {
        let (n, from, from_bits) = self.added(base, c);
        let (r, nb) = c;
        let n_term = c_log_c(n);
        let n_dual = self.dual_term(base, n, n_term);
        let (old, old_term, old_dual) =
            from.map_or((base.esc, base.esc_term, base.esc_dual), |a| (base.counts[a], base.terms[a], base.dual[a]));
        let left = old.saturating_sub(n);
        let left_term = c_log_c(left);
        let left_dual = self.dual_term(base, left, left_term);
        let narrower = base.masks[r] & ((1u16 << nb) - 1);
        let narrower = if narrower == 0 { None } else { Some(base.index(r, narrower.ilog2() as u8)) };
        Added {
            n,
            n_term,
            n_dual,
            nbits: nb as u64,
            from,
            left,
            left_term,
            left_dual,
            narrower,
            c_log_c: base.c_log_c - old_term + left_term + n_term,
            dual_sum: base.dual_sum - old_dual + left_dual + n_dual,
            raw: base.raw - n * from_bits + n * nb as u64,
        }
    }

    /// What dropping each code of `base` adds at least to its dual bound (see
    /// [`Problem::dual_term`]) and its additional bits, `c (to_bits - nbits) + phi(to + c) -
    /// phi(to) - phi(c)` for a code of `c` values that goes to a code of `to` values: the three
    /// least with their codes, least first (`(inf, usize::MAX)` for none). As `phi` is concave,
    /// the dual part only grows when `to` shrinks, which is all adding a code does to the codes
    /// it does not take values from nor becomes the absorber of (see [`Problem::replace_floor`]).
    /// `phi(to + c)` is rounded down and the two others up ([`c_log_c`] and [`c_log_c_below`]).
    fn drop_floors(&self, base: &Base) -> [(f64, usize); 3] {
        let mut least = [(f64::INFINITY, usize::MAX); 3];
        for i in 0..base.n {
            let c = base.counts[i];
            let (to, to_bits) =
                base.absorber[i].map_or((base.esc, self.escape_bits), |a| (base.counts[a], base.nbits[a]));
            let floor = (c * (to_bits - base.nbits[i])) as f64 + self.dual_term(base, to + c, c_log_c(to + c))
                - self.dual_term(base, to, c_log_c_below(to))
                - self.dual_term(base, c, c_log_c_below(c));
            if floor < least[2].0 {
                least[2] = (floor, i);
                least.sort_by(|a, b| a.0.total_cmp(&b.0));
            }
        }
        least
    }

    /// A lower bound of the cost of every [`Move::Replace`] of the added code of `add` but those
    /// dropping the code it takes values from or the one it now absorbs: the added map's dual
    /// terms and additional bits plus the least of [`Problem::drop_floors`] over the other
    /// codes (with the margin of [`Problem::dual_bound`] at the most additional bits any map
    /// has). The local search skips the other replace moves of a candidate code when this is
    /// not below its target: most candidates, whose bounds it computed one by one.
    fn replace_floor(&self, base: &Base, add: &Added, floors: &[(f64, usize); 3]) -> f64 {
        let Some(&(floor, _)) = floors.iter().find(|&&(_, i)| Some(i) != add.from && Some(i) != add.narrower) else {
            return f64::INFINITY;
        };
        let scale = self.total_log_total + self.total as f64 * self.log_l + (self.total * self.escape_bits) as f64;
        add.raw as f64 + add.dual_sum + floor
            - base.lam * self.l as f64 * std::f64::consts::LOG2_E
            - 1e-9 * scale
            - 1e-9
    }

    /// [`Problem::bound_without`] of code i of the base of `set` with a code added (the bound of
    /// [`Move::Replace`]), from `base` and what the code changes in it, without building that
    /// base: the same value.
    fn bound_replace(&self, base: &Base, add: &Added, i: usize) -> f64 {
        let k = base.n;
        // The added map's count, terms and bits of code j (k: the added code; None: the escape).
        let code = |j: Option<usize>| {
            let bits = j.map_or(self.escape_bits, |j| if j == k { add.nbits } else { base.nbits[j] });
            let (c, term, dual) = if j == Some(k) {
                (add.n, add.n_term, add.n_dual)
            } else if j == add.from {
                (add.left, add.left_term, add.left_dual)
            } else {
                j.map_or((base.esc, base.esc_term, base.esc_dual), |j| (base.counts[j], base.terms[j], base.dual[j]))
            };
            (c, term, dual, bits)
        };
        let (c, term, dual_i, nbits) = code(Some(i));
        let (to, to_term, to_dual, to_bits) = code(if add.narrower == Some(i) { Some(k) } else { base.absorber[i] });
        let merged = c_log_c(to + c);
        let e = add.c_log_c - term - to_term + merged;
        let raw = add.raw - c * nbits + c * to_bits;
        let dual = add.dual_sum - dual_i - to_dual + self.dual_term(base, to + c, merged);
        self.entropy_bound(e, raw).max(self.dual_bound(base, dual, raw))
    }

    /// [`Problem::entropy_bound`] of `base` (the base of `set`) with code `c` added.
    fn bound_with(&self, base: &Base, c: Cand) -> f64 {
        self.added_bound(base, &self.adding(base, c))
    }

    /// [`Problem::bound_with`] of the code whose addition `add` describes ([`Problem::adding`]
    /// of the same base): the local search has `add` already for the code's replace moves.
    fn added_bound(&self, base: &Base, add: &Added) -> f64 {
        self.entropy_bound(add.c_log_c, add.raw).max(self.dual_bound(base, add.dual_sum, add.raw))
    }

    /// [`Problem::lower_bound`] (tighter than [`Problem::bound_with`], O(k)) of `base` (the
    /// base of `set`) with code `c` added.
    fn clamped_with(&self, base: &Base, c: Cand) -> f64 {
        let (n, from, from_bits) = self.added(base, c);
        let mut counts = [0u64; MAX_CODES + 2];
        let mut terms = [0.0; MAX_CODES + 2];
        counts[..base.n].copy_from_slice(&base.counts[..base.n]);
        terms[..base.n].copy_from_slice(&base.terms[..base.n]);
        let (mut esc, mut esc_term) = (base.esc, base.esc_term);
        match from {
            Some(a) => {
                counts[a] = counts[a].saturating_sub(n);
                terms[a] = c_log_c(counts[a]);
            }
            None => {
                esc = esc.saturating_sub(n);
                esc_term = c_log_c(esc);
            }
        }
        counts[base.n] = n;
        terms[base.n] = c_log_c(n);
        let mut k = base.n + 1;
        if esc > 0 {
            (counts[k], terms[k]) = (esc, esc_term);
            k += 1;
        }
        self.lower_bound(&counts[..k], &terms[..k], base.raw - n * from_bits + n * c.1 as u64)
    }

    /// [`Problem::lower_bound`] (tighter than [`Problem::bound_without`], O(k)) of `base` with
    /// code i dropped.
    fn clamped_without(&self, base: &Base, i: usize) -> f64 {
        let c = base.counts[i];
        let (mut esc, mut esc_term) = (base.esc, base.esc_term);
        let to_bits = match base.absorber[i] {
            Some(a) => base.nbits[a],
            None => {
                esc += c;
                esc_term = c_log_c(esc);
                self.escape_bits
            }
        };
        let mut counts = [0u64; MAX_CODES + 2];
        let mut terms = [0.0; MAX_CODES + 2];
        let mut k = 0;
        for j in (0..base.n).filter(|&j| j != i) {
            (counts[k], terms[k]) = if base.absorber[i] == Some(j) {
                (base.counts[j] + c, c_log_c(base.counts[j] + c))
            } else {
                (base.counts[j], base.terms[j])
            };
            k += 1;
        }
        if esc > 0 {
            (counts[k], terms[k]) = (esc, esc_term);
            k += 1;
        }
        self.lower_bound(&counts[..k], &terms[..k], base.raw - c * base.nbits[i] + c * to_bits)
    }

    /// Of `moves` from `set` (each with a lower bound of its cost, in search order), the first
    /// of least cost below `target`: what costing each in order and keeping a strictly lower one
    /// chooses. The move of least bound is costed first; then only moves whose bound is below the
    /// best cost so far are (the others cannot be cheaper, nor tie, as bounds are strict).
    /// `tighten(m)` is a second, tighter bound of move m, computed only when the first passes.
    fn pick(
        &self,
        set: &[Cand],
        moves: &[(f64, Move)],
        tighten: &dyn Fn(Move) -> f64,
        target: f64,
        s: &mut Vec<Cand>,
    ) -> Option<(f64, Vec<Cand>)> {
        let first = (0..moves.len()).min_by(|&a, &b| moves[a].0.total_cmp(&moves[b].0))?;
        let mut best: Option<(f64, usize)> = None;
        for j in std::iter::once(first).chain((0..moves.len()).filter(|&j| j != first)) {
            let (quick, m) = moves[j];
            let bound = best.map_or(target, |(b, _)| b);
            if quick >= bound || tighten(m) >= bound {
                continue;
            }
            m.apply(set, s);
            if let Some(cost) = self.cost(s) {
                if cost < target && best.is_none_or(|(b, bj)| cost < b || (cost == b && j < bj)) {
                    best = Some((cost, j));
                }
            }
        }
        best.map(|(cost, j)| {
            moves[j].1.apply(set, s);
            (cost, s.clone())
        })
    }

    /// `codes` (a map of an earlier tensor) as a map of this problem's candidates `cands` (of
    /// the profile searched), with its cost; `None` if it is not a valid map here.
    fn warm_start(&self, cands: &[Cand], codes: &[Code]) -> Option<(f64, Vec<Cand>)> {
        // Each row's candidate `nbits` as a mask, and the row of each exponent.
        let mut masks = [0u16; 1 << 8];
        for &(r, b) in cands {
            masks[r] |= 1 << b;
        }
        let mut row_of = [usize::MAX; 1 << 8];
        for (r, row) in self.rows.iter().enumerate() {
            row_of[row.0 as usize] = r;
        }
        let set = codes
            .iter()
            .filter(|c| !c.escape)
            .map(|c| {
                let r = row_of[c.exp as usize];
                (r != usize::MAX && c.nbits < 16 && masks[r] >> c.nbits & 1 != 0).then_some((r, c.nbits))
            })
            .collect::<Option<Vec<Cand>>>()?;
        Some((self.cost(&set)?, set))
    }

    /// The code map of candidate codes `cands` ([`Problem::candidates`] of a profile): greedy
    /// forward selection then local search, or with `warm` (a valid map and its cost, see
    /// [`Problem::warm_start`]) the local search from it.
    fn select(&self, cands: &[Cand], warm: Option<(f64, Vec<Cand>)>) -> Vec<Cand> {
        let mut set: Vec<Cand> = Vec::new();
        let mut best_set = set.clone();
        let mut best = self.cost(&set).unwrap_or(f64::INFINITY);
        // The neighbour being costed and the moves considered (no allocation per neighbour).
        let mut s: Vec<Cand> = Vec::with_capacity(MAX_CODES + 1);
        let mut moves: Vec<(f64, Move)> = Vec::new();
        let warm = warm.map(|(cost, start)| {
            best = cost;
            best_set = start;
        });
        // Greedy forward selection; keep the best prefix (how many direct codes is part of the
        // choice: at small R a rare exponent's own state costs more than its escapes).
        while warm.is_none() && set.len() < MAX_CODES {
            let base = self.base(&set);
            moves.clear();
            moves.extend(cands.iter().filter(|&&c| !base.has(c)).map(|&c| (self.bound_with(&base, c), Move::Add(c))));
            let clamped = |m: Move| match m {
                Move::Add(c) => self.clamped_with(&base, c),
                _ => f64::NEG_INFINITY,
            };
            let Some((cost, next)) = self.pick(&set, &moves, &clamped, f64::INFINITY, &mut s) else { break };
            set = next;
            if cost < best {
                best = cost;
                best_set = set.clone();
            }
        }
        // Local search: the single move (drop, add or replace one code) that helps most.
        let mut set = best_set;
        for _ in 0..32 {
            let target = best * (1.0 - 1e-12);
            let base = self.base(&set);
            let floors = self.drop_floors(&base);
            moves.clear();
            // A move is kept when its O(1) bound, then its O(k) clamped bound, is below the
            // target (the clamped bound then orders the costing).
            let mut keep = |quick: f64, clamped: &dyn Fn() -> f64, m: Move| {
                if quick < target {
                    let tight = clamped();
                    if tight < target {
                        moves.push((tight, m));
                    }
                }
            };
            for i in 0..set.len() {
                keep(self.bound_without(&base, i), &|| self.clamped_without(&base, i), Move::Drop(i));
            }
            for &c in cands {
                if base.has(c) {
                    continue;
                }
                // The add move's bound from what adding `c` changes, computed once for it and
                // the replace moves.
                let add = self.adding(&base, c);
                keep(self.added_bound(&base, &add), &|| self.clamped_with(&base, c), Move::Add(c));
                let mut replace = |i: usize| {
                    keep(
                        self.bound_replace(&base, &add, i),
                        &|| self.clamped_without(&self.base_with(&base, c), i),
                        Move::Replace(i, c),
                    )
                };
                // When no replace move of `c` can pass, only those the screen does not cover
                // (the code it takes values from and the one it absorbs), in map order.
                if self.replace_floor(&base, &add, &floors) >= target {
                    let (a, b) = match (add.from, add.narrower) {
                        (Some(x), Some(y)) if y < x => (Some(y), Some(x)),
                        (None, y) => (y, None),
                        pair => pair,
                    };
                    a.into_iter().chain(b).for_each(&mut replace);
                } else {
                    (0..set.len()).for_each(replace);
                }
            }
            match self.pick(&set, &moves, &|_| f64::NEG_INFINITY, target, &mut s) {
                Some((cost, next)) => {
                    best = cost;
                    set = next;
                }
                None => break,
            }
        }
        set
    }

    fn selection(&self, set: &[Cand]) -> Option<Selection> {
        let mut set = set.to_vec();
        set.sort_by_key(|&(r, b)| (self.rows[r].0, b));
        let (counts, raw) = self.assign(&set)?;
        let freqs = normalise(&counts, self.l);
        let cost = ans_cost(&counts, &freqs, self.l) + raw as f64;
        let mut codes: Vec<Code> =
            set.iter().map(|&(r, b)| Code { exp: self.rows[r].0, nbits: b, escape: false }).collect();
        if counts.len() > codes.len() {
            codes.push(Code { exp: 0, nbits: self.field, escape: true });
        }
        Some(Selection { codes, freqs, cost })
    }
}

/// Choose the code map for `hist` at `l` states. An empty histogram gets a lone escape.
///
/// With `start`, the code map chosen for an earlier tensor of the same kind (dtype, `l`,
/// `profile`), the search is the local search from it alone when it is a valid map for `hist`
/// (a local optimum near it: the greedy phase, and for [`Profile::FormatAware`] the plain search,
/// are what a small tensor's compression spent most of its model time on); otherwise, or
/// without `start`, the full search.
pub(crate) fn select(hist: &Histogram, l: u32, profile: Profile, start: Option<&[Code]>) -> Selection {
    let p = Problem::new(hist, l);
    let cands = p.candidates(profile);
    if let Some(sel) =
        start.and_then(|codes| p.warm_start(&cands, codes)).and_then(|w| p.selection(&p.select(&cands, Some(w))))
    {
        return sel;
    }
    let plain = if profile == Profile::Plain { cands.clone() } else { p.candidates(Profile::Plain) };
    let mut best = p.selection(&p.select(&plain, None));
    if profile == Profile::FormatAware {
        let fa = p.selection(&p.select(&cands, None));
        if let (Some(a), Some(b)) = (&fa, &best) {
            if a.cost < b.cost {
                best = fa;
            }
        } else if best.is_none() {
            best = fa;
        }
    }
    best.unwrap_or_else(|| Selection {
        codes: vec![Code { exp: 0, nbits: p.field, escape: true }],
        freqs: vec![l],
        cost: p.total as f64 * p.escape_bits as f64,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn brute_force(counts: &[u64], l: u32) -> f64 {
        // All compositions of l into counts.len() positive parts (small cases only).
        fn rec(c: &[u64], left: u32, f: &mut Vec<u32>, l: u32, best: &mut f64) {
            if f.len() + 1 == c.len() {
                f.push(left);
                *best = best.min(ans_cost(c, f, l));
                f.pop();
                return;
            }
            for x in 1..=left.saturating_sub((c.len() - f.len() - 1) as u32) {
                f.push(x);
                rec(c, left - x, f, l, best);
                f.pop();
            }
        }
        let mut best = f64::INFINITY;
        rec(counts, l, &mut Vec::new(), l, &mut best);
        best
    }

    /// Every bound the search prunes with is below the exact cost of the map it bounds, and the
    /// incremental base of a map with one code added is its base, on random maps of a skewed BF16 histogram at each table size.
    #[test]
    fn search_bounds_are_below_the_cost() {
        let mut x = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        let values: Vec<u16> = (0..50_000)
            .map(|_| {
                let r = next();
                let e = 120 - (r % 64).trailing_zeros() as u16 - (r >> 6) as u16 % 3;
                (e << 7) | ((r >> 20) as u16 & 0x7f) >> ((r >> 40) % 8) | ((r >> 50) as u16 & 1) << 15
            })
            .collect();
        let mut h = Histogram::new(crate::Dtype::BF16);
        h.add(&values);
        let (mut checked, mut screened) = (0, 0);
        for r in crate::ans::MIN_TABLE_LOG..=crate::ans::MAX_TABLE_LOG {
            let p = Problem::new(&h, 1 << r);
            let cands = p.candidates(Profile::FormatAware);
            for _ in 0..300 {
                let mut set: Vec<Cand> = Vec::new();
                for _ in 0..next() % 16 {
                    let c = cands[next() as usize % cands.len()];
                    if !set.contains(&c) {
                        set.push(c);
                    }
                }
                let Some(cost) = p.cost(&set) else { continue };
                let (counts, raw) = p.assign(&set).expect("assigned");
                let terms: Vec<f64> = counts.iter().map(|&c| c_log_c(c)).collect();
                assert!(p.lower_bound(&counts, &terms, raw) < cost);
                let base = p.base(&set);
                assert!(p.entropy_bound(base.c_log_c, base.raw) < cost);
                assert!(p.dual_bound(&base, base.dual_sum, base.raw) < cost);
                // The replace moves of a random candidate: their bounds computed without the added
                // base are the same, and the screen of the others is below their costs.
                let floors = p.drop_floors(&base);
                let c = cands[next() as usize % cands.len()];
                if !set.contains(&c) {
                    let (add, added) = (p.adding(&base, c), p.base_with(&base, c));
                    let mut out = Vec::new();
                    for i in 0..set.len() {
                        assert_eq!(p.bound_replace(&base, &add, i), p.bound_without(&added, i));
                        Move::Replace(i, c).apply(&set, &mut out);
                        if let Some(cost) = p.cost(&out).filter(|_| Some(i) != add.from && Some(i) != add.narrower) {
                            assert!(p.replace_floor(&base, &add, &floors) < cost, "replace {i} of {set:?} by {c:?}");
                            screened += 1;
                        }
                    }
                }
                for i in 0..set.len() {
                    let mut fewer = set.clone();
                    fewer.remove(i);
                    if let Some(c) = p.cost(&fewer) {
                        assert!(p.bound_without(&base, i) < c, "drop {i} of {set:?}");
                        assert!(p.clamped_without(&base, i) < c, "drop {i} of {set:?}");
                        let less = p.base(&fewer);
                        // The incremental base of the map with set[i] added back (set[i] last).
                        let mut again = fewer.clone();
                        again.push(set[i]);
                        let (inc, full) = (p.base_with(&less, set[i]), p.base(&again));
                        assert_eq!(
                            (inc.counts, inc.absorber, inc.nbits, inc.esc, inc.raw, inc.masks, inc.n),
                            (full.counts, full.absorber, full.nbits, full.esc, full.raw, full.masks, full.n),
                            "add {:?} to {fewer:?}",
                            set[i]
                        );
                        assert!((inc.c_log_c - full.c_log_c).abs() <= 1e-12 * full.c_log_c.max(1.0));
                        assert_eq!((inc.terms, inc.esc_term), (full.terms, full.esc_term));
                        assert!(p.bound_with(&less, set[i]) < cost, "add {:?} to {fewer:?}", set[i]);
                        assert!(p.clamped_with(&less, set[i]) < cost, "add {:?} to {fewer:?}", set[i]);
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 1000, "only {checked} moves checked");
        assert!(screened > 1000, "only {screened} replace moves screened");
    }

    #[test]
    fn normalise_is_optimal_on_small_cases() {
        let cases: &[&[u64]] = &[&[1, 1], &[1000, 1], &[5, 3, 2, 1], &[100, 50, 1, 1, 1], &[7, 0, 3], &[1, 1, 1, 1]];
        for &c in cases {
            for l in [8u32, 16] {
                if (c.len() as u32) > l {
                    continue;
                }
                let f = normalise(c, l);
                assert_eq!(f.iter().sum::<u32>(), l);
                assert!(f.iter().all(|&x| x >= 1));
                let got = ans_cost(c, &f, l);
                let best = brute_force(c, l);
                assert!(got <= best + 1e-9, "{c:?} l={l}: {got} vs {best}");
            }
        }
    }
}

//! The state pass of the two-pass decoder with AVX2 gathers: eight state chains per vector, `V`
//! vectors side by side (independent chains, so one vector's gathers overlap the others'
//! latency). Per step and vector: one gather of the chains' 4-byte table words (next-state base,
//! state-bit count, exponent word), one gather of a 32-bit window of each chain's tANS stream at
//! its byte position, then the state bits (`>> pos % 8`, masked to the count), the next state
//! (`base | bits`) and the position (`+ count`). The chains come from one block of 8 lanes or from
//! several blocks of the same length and lane count ([`super::Decoder::decode_many`]).
//!
//! Where the CPU has AVX-512 F, VL and VBMI2 the window is 64 bits, fetched every `57 / R` steps
//! ([`state_chains_wide`]); for `R <= 6` the table can be held in registers instead of gathered,
//! and for `R = 7, 8` as 16-bit words in eight registers ([`state_chains_words`]).
//!
//! The streams are first staged in one scratch buffer ([`Staged`]), where every window gather
//! reads inside it.

use core::arch::x86_64::*;

use super::super::stage::{store_row, Chain, Staged};
use super::{StateLane, SLOTS};

/// The gather table of a decoder: per state `base | nb << 10 | expw << 16` (the state pass's
/// entry: next-state base below [`SLOTS`] = 2^10, state-bit count at most 10, exponent word with
/// its raw-bit tag).
pub(super) fn table(state: &[super::Entry; SLOTS]) -> Box<[u32; SLOTS]> {
    const { assert!(SLOTS == 1 << 10) };
    let mut t = Box::new([0u32; SLOTS]);
    for (w, e) in t.iter_mut().zip(state) {
        *w = e.base as u32 | (e.nb as u32) << 10 | (e.expw as u32) << 16;
    }
    t
}

/// Whether `lanes` chains per block and `blocks` blocks make a gather group: a multiple of 8
/// chains, up to 32 (one to four vectors).
pub(super) fn fits(lanes: usize, blocks: usize) -> bool {
    matches!(lanes * blocks, 8 | 16 | 32) && matches!(lanes, 1 | 2 | 4 | 8)
}

/// The body of [`state_chains`], [`state_chains_512`], [`state_chains_wide`] and
/// [`state_chains_words`] (`T`: 0 gathers the table words, else the register lookup; `W`: the
/// window width), one text for every target-feature set.
macro_rules! state_chains_body {
    ($table:ident, $words:ident, $q:ident, $outs:ident, $rows:ident, $scratch:ident, $loads:ident) => {{
        let (table, words, q, outs, rows, scratch, loads) = ($table, $words, $q, $outs, $rows, $scratch, $loads);
        assert!(S >= 1 && q.len() == 8 * V && outs.len() * L == 8 * V && outs.iter().all(|o| o.len() >= rows * L));
        let chains =
            q.iter().map(|l| Chain { ans: l.ans, bit: l.apos + l.abuf.leading_zeros() as usize, state: l.state });
        debug_assert!(q.iter().all(|l| (l.state as usize) < SLOTS));
        let Some(staged) = Staged::<V>::new(chains, rows, scratch) else {
            return false;
        };
        let (mut stv, mut posv) = (staged.state, staged.pos);
        let tp = table.as_ptr().cast::<i32>();
        // `W`: the word table's fields (`Words`): base in bits 0-7, count in 8-11.
        let (fifteen, base_mask, ones) = (
            _mm256_set1_epi32(15),
            _mm256_set1_epi32(if W { WORD_STATES as i32 - 1 } else { SLOTS as i32 - 1 }),
            _mm256_set1_epi32(-1),
        );
        // Bytes 2 and 3 of each 32-bit element (the exponent word) into the low 8 bytes of each half.
        let pick = _mm256_setr_epi8(
            2, 3, 6, 7, 10, 11, 14, 15, -1, -1, -1, -1, -1, -1, -1, -1, 2, 3, 6, 7, 10, 11, 14, 15, -1, -1, -1, -1, -1,
            -1, -1, -1,
        );
        let optr: Vec<*mut u16> = outs.iter_mut().map(|o| o.as_mut_ptr()).collect();
        // One or two lanes per block (`L <= 2`): each step's eight words go to a buffer of eight
        // steps, written out transposed every eighth step (one 16-byte store per one-lane block,
        // one 32-byte store per two-lane block) instead of eight element extracts and stores per
        // step (four with two lanes).
        let mut buf = [[[0u16; 8]; 8]; V];
        // Per vector: the 32-bit window gathered at the chains' bytes (clamped to the stream's end),
        // shifted to their bit positions (the next state bits at the bottom) and shifted on by each
        // step's bits.
        let mut win = [_mm256_setzero_si256(); V];
        // `Q`: 64-bit windows, `win` their low halves and `win_hi` their high ones.
        let mut win_hi = [_mm256_setzero_si256(); V];
        macro_rules! refill {
            ($v:expr) => {{
                if Q {
                    // SAFETY: `Q` only in `state_chains_wide` (AVX-512 F, VL and VBMI2) or
                    // `state_chains_words` (also BW); `loads`: the window read by scalar loads
                    // rather than gathered.
                    (win[$v], win_hi[$v]) = unsafe {
                        if loads {
                            staged.window64_loads($v, posv[$v])
                        } else {
                            staged.window64($v, posv[$v])
                        }
                    };
                } else {
                    let (w, b8) = staged.window($v, posv[$v]);
                    win[$v] = _mm256_srlv_epi32(w, _mm256_sub_epi32(posv[$v], b8));
                }
            }};
        }
        // `T > 0`: the table's first `32 T` words in registers, looked up for two vectors at a time
        // (`lookup_pairs`); else gathered.
        let regs: [__m512i; 16] = if T > 0 {
            // SAFETY: `table` holds `SLOTS >= 16 * 16` words (unaligned loads); `T > 0` only in
            // `state_chains_512`, which the caller runs on a CPU with AVX-512 F.
            std::array::from_fn(|i| if i < 2 * T { unsafe { load16(tp.add(16 * i)) } } else { unsafe { zero512() } })
        } else {
            // SAFETY: as above (no AVX-512 instruction: a zeroed value of the type).
            unsafe { std::mem::zeroed() }
        };
        // `W`: the word table in eight registers, the codes' words in one (`Words`).
        let (wregs, wcodes): ([__m512i; 8], __m512i) = if W {
            // SAFETY: `W` only in `state_chains_words` (AVX-512 F and BW); `words.table` holds
            // 256 words, `words.codes` 32 (unaligned loads).
            unsafe {
                (
                    std::array::from_fn(|i| load16(words.table.as_ptr().add(32 * i).cast())),
                    load16(words.codes.as_ptr().cast()),
                )
            }
        } else {
            // SAFETY: as above (no AVX-512 instruction: a zeroed value of the type).
            unsafe { std::mem::zeroed() }
        };
        let mut es = [_mm256_setzero_si256(); V];
        let mut xs = [_mm_setzero_si128(); V];
        macro_rules! lookup {
            () => {{
                if W {
                    // SAFETY: `W` only in `state_chains_words` (AVX-512 F, BW and VL); every state
                    // is below 256 (the caller's contract).
                    (es, xs) = unsafe { lookup_words::<V>(&wregs, wcodes, &stv) };
                } else if T > 0 {
                    // SAFETY: `T > 0` only in `state_chains_512` (AVX-512 F); every state is below
                    // `32 T` (the caller's contract).
                    es = unsafe { lookup_pairs::<V, T>(&regs, &stv) };
                }
            }};
        }
        macro_rules! step {
            ($v:expr, $r:expr) => {{
                let v = $v;
                let e = if W || T > 0 {
                    es[v]
                } else if Q {
                    // SAFETY: as below; `Q` only in `state_chains_wide` (AVX-512 F and VL): the
                    // EVEX form, whose registers are any of 32 (the VEX form's index, mask and
                    // destination are among the first 16, and the chains' states were spilled to
                    // the stack between steps).
                    unsafe { gather_evex(tp, stv[v]) }
                } else {
                    // SAFETY: every state is below SLOTS (see above), so the gather reads inside `table`.
                    unsafe { _mm256_i32gather_epi32::<4>(tp, stv[v]) }
                };
                let nb = if W {
                    _mm256_and_si256(_mm256_srli_epi32::<8>(e), fifteen)
                } else {
                    _mm256_and_si256(_mm256_srli_epi32::<10>(e), fifteen)
                };
                let bits = _mm256_andnot_si256(_mm256_sllv_epi32(ones, nb), win[v]);
                stv[v] = _mm256_or_si256(_mm256_and_si256(e, base_mask), bits);
                if Q {
                    // SAFETY: as in `refill`.
                    (win[v], win_hi[v]) = unsafe { shift64(win[v], win_hi[v], nb) };
                } else {
                    win[v] = _mm256_srlv_epi32(win[v], nb);
                }
                posv[v] = _mm256_add_epi32(posv[v], nb);
                let x = if W {
                    xs[v]
                } else {
                    _mm256_castsi256_si128(_mm256_permute4x64_epi64::<0b1000>(_mm256_shuffle_epi8(e, pick)))
                };
                let r = $r;
                if L <= 2 {
                    // SAFETY: 16 writable bytes (unaligned store).
                    unsafe { _mm_storeu_si128(buf[v][r & 7].as_mut_ptr().cast(), x) };
                    if r & 7 == 7 {
                        // SAFETY: rows `r - 7..=r` of every block of vector `v` are inside its output
                        // (`rows * L <= len`, asserted above).
                        unsafe {
                            if L == 1 {
                                flush(&buf[v], &optr[v * 8..v * 8 + 8], r - 7)
                            } else {
                                flush_two(&buf[v], &optr[v * 4..v * 4 + 4], r - 7)
                            }
                        };
                    }
                } else {
                    // SAFETY: `rows * L <= len` of every output (asserted above): row `r`'s `L` values of
                    // each block are inside it.
                    unsafe { store_row::<L>(&optr, v, r, x) };
                }
            }};
        }
        // `S` steps per window: they read at most `S * R` bits after the window's first bit, which is
        // at most 7 bits into it, so `S * R <= 25` keeps them in its 32 bits.
        let mut r = 0;
        while r + S <= rows {
            for v in 0..V {
                refill!(v);
            }
            for k in 0..S {
                lookup!();
                for v in 0..V {
                    step!(v, r + k);
                }
            }
            r += S;
        }
        while r < rows {
            for v in 0..V {
                refill!(v);
            }
            lookup!();
            for v in 0..V {
                step!(v, r);
            }
            r += 1;
        }
        if L <= 2 {
            // The last `rows % 8` rows, still in the buffers.
            let r0 = rows & !7;
            for (v, b) in buf.iter().enumerate() {
                for (k, words) in b.iter().enumerate().take(rows - r0) {
                    for (e, &w) in words.iter().enumerate() {
                        // SAFETY: row `r0 + k < rows` of block `v * 8 / L + e / L`, its lane
                        // `e % L` (`rows * L <= len`).
                        unsafe { *optr[(v * 8 + e) / L].add((r0 + k) * L + e % L) = w };
                    }
                }
            }
        }
        for (l, (state, apos)) in q.iter_mut().zip(staged.chains(&stv, &posv)) {
            l.state = state;
            l.apos = apos;
            l.abuf = 1 << 63;
        }
        true
    }};
}

/// The state pass over the whole rows, `S` steps per gathered window (`S * R <= 25`), of the blocks `outs` (each of `L` lanes, `rows * L <=
/// len`), their chains `q` (block `b`'s lane `l` is chain `b * L + l`; `q.len()` is `8 V`):
/// each value's exponent word into its block. The chains' states and positions are left in `q`
/// (window empty) for the last, partial row and the end checks. Returns false, doing nothing,
/// when the streams are too large for 32-bit bit positions.
///
/// # Safety
/// The CPU must have AVX2; every entry of `table` must have `base | (1 << nb) - 1 < SLOTS` and
/// every chain's state must be below `SLOTS` (as [`super::Decoder::new`] checks).
#[target_feature(enable = "avx2")]
pub(super) unsafe fn state_chains<const L: usize, const V: usize, const S: usize>(
    table: &[u32; SLOTS],
    q: &mut [StateLane],
    outs: &mut [&mut [u16]],
    rows: usize,
    scratch: &mut Vec<u8>,
) -> bool {
    const T: usize = 0;
    const Q: bool = false;
    const W: bool = false;
    let words = &NO_WORDS;
    let loads = false;
    state_chains_body!(table, words, q, outs, rows, scratch, loads)
}

/// [`state_chains`] with the table looked up in registers instead of gathered (AVX-512 F: its
/// first `32 T` words in `2 T` vectors of sixteen, two vectors of chains at a time, `T`
/// two-register permutes and a tree of blends on the state's bits 5 and up). Used with `T = 2`
/// for table logs up to 6: gathers measured 5-6 times the time of those lookups on this Zen 4
/// machine (a loop of dependent lookups alone), the whole decode 1.06-1.13x faster than the pair
/// pass; `T = 8` (`R = 8`: eight permutes, seven blends) measured 0.94x the gathers, so `R = 7, 8`
/// keep them.
///
/// # Safety
/// As [`state_chains`]; the CPU must also have AVX-512 F, and every next state of the table (and
/// every chain's state) must be below `32 T` (`2^R` of a validated model, as
/// [`super::gather::fits_registers`] checks).
#[target_feature(enable = "avx2,avx512f")]
pub(super) unsafe fn state_chains_512<const L: usize, const V: usize, const S: usize, const T: usize>(
    table: &[u32; SLOTS],
    q: &mut [StateLane],
    outs: &mut [&mut [u16]],
    rows: usize,
    scratch: &mut Vec<u8>,
) -> bool {
    const Q: bool = false;
    const W: bool = false;
    let words = &NO_WORDS;
    let loads = false;
    state_chains_body!(table, words, q, outs, rows, scratch, loads)
}

/// [`state_chains`] (`T = 0`) or [`state_chains_512`] (`T = 2`) with 64-bit windows: an 8-byte
/// gather per chain every `S` steps (`S * R <= 57`: 5 at `R = 10`, 7 at `R = 8`) instead of a
/// 4-byte one every `25 / R` steps (2 at `R = 10`, 3 at `R = 8`), the window kept as two 32-bit
/// halves shifted together by a concatenating shift (AVX-512 VBMI2 `vpshrdvd`). Fewer window
/// gathers, the gathers being what the state pass waits on.
///
/// # Safety
/// As [`state_chains`] (`T = 0`) or [`state_chains_512`] (`T = 2`); the CPU must also have
/// AVX-512 F, VL and VBMI2.
///
/// `loads`: each window read with eight scalar 8-byte loads (`Staged::window64_loads`) instead
/// of an 8-byte gather: the table gathers keep the gather unit to themselves (minilm `ans-fa`
/// R=10 1.01-1.02x, alternated A/B).
#[target_feature(enable = "avx2,avx512f,avx512vl,avx512vbmi2")]
pub(super) unsafe fn state_chains_wide<const L: usize, const V: usize, const S: usize, const T: usize>(
    table: &[u32; SLOTS],
    q: &mut [StateLane],
    outs: &mut [&mut [u16]],
    rows: usize,
    scratch: &mut Vec<u8>,
    loads: bool,
) -> bool {
    const Q: bool = true;
    const W: bool = false;
    let words = &NO_WORDS;
    state_chains_body!(table, words, q, outs, rows, scratch, loads)
}

/// [`state_chains_wide`] with the table in registers as 16-bit words ([`Words`], `R <= 8`): the
/// table's 256 words in eight registers, looked up for two vectors of chains at a time with four
/// two-register word permutes and three blends on the state's bits 6 and 7; each value's word
/// from its code's (4 bits of the table word) with one more permute. No table gather (only the
/// window's, every `S` steps).
///
/// # Safety
/// As [`state_chains_wide`]; the CPU must also have AVX-512 BW, and every next state of `words`
/// (and every chain's state) must be below 256 (as [`words`] checks).
#[target_feature(enable = "avx2,avx512f,avx512bw,avx512vl,avx512vbmi2")]
pub(super) unsafe fn state_chains_words<const L: usize, const V: usize, const S: usize>(
    words: &Words,
    q: &mut [StateLane],
    outs: &mut [&mut [u16]],
    rows: usize,
    scratch: &mut Vec<u8>,
    loads: bool,
) -> bool {
    const T: usize = 0;
    const Q: bool = true;
    const W: bool = true;
    let table = &NO_TABLE;
    state_chains_body!(table, words, q, outs, rows, scratch, loads)
}

/// States of the word table ([`Words`]): `R <= 8`.
const WORD_STATES: usize = 256;

/// Codes of the word table: a 4-bit index.
const WORD_CODES: usize = 16;

/// The register table of [`state_chains_words`], for `R <= 8` with at most [`WORD_CODES`]
/// distinct state-pass words: per state `base | nb << 8 | code << 12` (next-state base below
/// 256, state-bit count at most 8, the index of its word in `codes`).
#[derive(Clone, Debug)]
pub(super) struct Words {
    table: [u16; WORD_STATES],
    /// The state pass's words (exponent in place, raw-bit tag) of the codes; the last 16 unused.
    codes: [u16; 2 * WORD_CODES],
}

/// A [`Words`] for the passes that do not read one.
static NO_WORDS: Words = Words { table: [0; WORD_STATES], codes: [0; 2 * WORD_CODES] };

/// A gather table for the pass that does not read one.
static NO_TABLE: [u32; SLOTS] = [0; SLOTS];

/// The word table of a state table of log `table_log` ([`Words`]), or None where it does not
/// apply (`R > 8`, more than [`WORD_CODES`] distinct words, or a table whose next states leave
/// `2^R`, which a validated model never has).
pub(super) fn words(state: &[super::Entry; SLOTS], table_log: u32) -> Option<Words> {
    if table_log > 8 {
        return None;
    }
    let n = 1usize << table_log;
    let state = &state[..n];
    if state.iter().any(|e| (e.base | e.mask) as usize >= n || e.nb > 8) {
        return None;
    }
    let mut codes: Vec<u16> = state.iter().map(|e| e.expw).collect();
    codes.sort_unstable();
    codes.dedup();
    if codes.len() > WORD_CODES {
        return None;
    }
    let mut w = Words { table: [0; WORD_STATES], codes: [0; 2 * WORD_CODES] };
    for (t, e) in w.table.iter_mut().zip(state) {
        let code = codes.binary_search(&e.expw).expect("a word of the table") as u16;
        *t = e.base | (e.nb as u16) << 8 | code << 12;
    }
    w.codes[..codes.len()].copy_from_slice(&codes);
    Some(w)
}

/// The word-table entries ([`Words`]) of the states `stv` (`V` vectors of eight, each below 256),
/// in the low 16 bits of each 32-bit element (the high 16 bits are not the entry's), and each
/// chain's state-pass word (eight per vector, in chain order): two vectors per lookup, the 32-bit
/// states read as 16-bit indices (their high halves, zero, look up state 0, unused).
///
/// # Safety
/// AVX-512 F, BW and VL; every state below 256.
#[inline]
#[target_feature(enable = "avx2,avx512f,avx512bw,avx512vl")]
unsafe fn lookup_words<const V: usize>(
    regs: &[__m512i; 8],
    codes: __m512i,
    stv: &[__m256i; V],
) -> ([__m256i; V], [__m128i; V]) {
    let mut e = [_mm256_setzero_si256(); V];
    let mut x = [_mm_setzero_si128(); V];
    let (b6, b7) = (_mm512_set1_epi16(64), _mm512_set1_epi16(128));
    let mut v = 0;
    while v < V {
        let hi = stv[(v + 1).min(V - 1)];
        let idx = _mm512_inserti64x4::<1>(_mm512_castsi256_si512(stv[v]), hi);
        let r0 = _mm512_permutex2var_epi16(regs[0], idx, regs[1]);
        let r1 = _mm512_permutex2var_epi16(regs[2], idx, regs[3]);
        let r2 = _mm512_permutex2var_epi16(regs[4], idx, regs[5]);
        let r3 = _mm512_permutex2var_epi16(regs[6], idx, regs[7]);
        let (k6, k7) = (_mm512_test_epi16_mask(idx, b6), _mm512_test_epi16_mask(idx, b7));
        let r = _mm512_mask_blend_epi16(k7, _mm512_mask_blend_epi16(k6, r0, r1), _mm512_mask_blend_epi16(k6, r2, r3));
        // Each entry's code (bits 12-15) to its word, then the 32-bit elements' low words.
        let w = _mm512_cvtepi32_epi16(_mm512_permutexvar_epi16(_mm512_srli_epi16::<12>(r), codes));
        e[v] = _mm512_castsi512_si256(r);
        x[v] = _mm256_castsi256_si128(w);
        if v + 1 < V {
            e[v + 1] = _mm512_extracti64x4_epi64::<1>(r);
            x[v + 1] = _mm256_extracti128_si256::<1>(w);
        }
        v += 2;
    }
    (e, x)
}

/// The table words of the states `idx` (`_mm256_i32gather_epi32` in its EVEX form).
///
/// # Safety
/// AVX-512 F and VL; every index inside the table at `tp`.
#[inline]
#[target_feature(enable = "avx2,avx512f,avx512vl")]
unsafe fn gather_evex(tp: *const i32, idx: __m256i) -> __m256i {
    // SAFETY: the caller's.
    unsafe { _mm256_mmask_i32gather_epi32::<4>(_mm256_setzero_si256(), 0xff, idx, tp) }
}

/// A zero vector.
///
/// # Safety
/// AVX-512 F.
#[inline]
#[target_feature(enable = "avx512f")]
unsafe fn zero512() -> __m512i {
    _mm512_setzero_si512()
}

/// A 64-bit window (`lo`, `hi`: its 32-bit halves) shifted right by `nb` (below 32) bits.
///
/// # Safety
/// AVX-512 F, VL and VBMI2.
#[inline]
#[target_feature(enable = "avx2,avx512f,avx512vl,avx512vbmi2")]
pub(in crate::ans) unsafe fn shift64(lo: __m256i, hi: __m256i, nb: __m256i) -> (__m256i, __m256i) {
    (_mm256_shrdv_epi32(lo, hi, nb), _mm256_srlv_epi32(hi, nb))
}

/// Sixteen words from `p` (unaligned).
///
/// # Safety
/// AVX-512 F; 64 readable bytes from `p`.
#[inline]
#[target_feature(enable = "avx512f")]
unsafe fn load16(p: *const i32) -> __m512i {
    // SAFETY: the caller's.
    unsafe { _mm512_loadu_si512(p.cast()) }
}

/// The table words of the states `stv` (`V` vectors of eight) from the table's first `32 T` words
/// in `regs`: two vectors per sixteen-wide lookup.
///
/// # Safety
/// AVX-512 F; every state below `32 T`.
#[inline]
#[target_feature(enable = "avx2,avx512f")]
pub(in crate::ans) unsafe fn lookup_pairs<const V: usize, const T: usize>(
    regs: &[__m512i; 16],
    stv: &[__m256i; V],
) -> [__m256i; V] {
    let mut e = [_mm256_setzero_si256(); V];
    let mut v = 0;
    while v < V {
        let hi = stv[(v + 1).min(V - 1)];
        let idx = _mm512_inserti64x4::<1>(_mm512_castsi256_si512(stv[v]), hi);
        // Per register pair j: words 32 j + (state & 31); then the pairs' results picked by the
        // state's bits 5, 6, 7.
        let mut r = [_mm512_setzero_si512(); 8];
        for j in 0..T {
            r[j] = _mm512_permutex2var_epi32(regs[2 * j], idx, regs[2 * j + 1]);
        }
        let (mut n, mut bit) = (T, 5);
        while n > 1 {
            let k = _mm512_test_epi32_mask(idx, _mm512_set1_epi32(1 << bit));
            for j in 0..n / 2 {
                r[j] = _mm512_mask_blend_epi32(k, r[2 * j], r[2 * j + 1]);
            }
            n /= 2;
            bit += 1;
        }
        e[v] = _mm512_castsi512_si256(r[0]);
        if v + 1 < V {
            e[v + 1] = _mm512_extracti64x4_epi64::<1>(r[0]);
        }
        v += 2;
    }
    e
}

/// Whether the register lookup of [`state_chains_512`] with 64 words (`T = 2`) applies to a state
/// table of log `table_log`: `R <= 6` and every next state below `2^R`.
pub(super) fn fits_registers(state: &[super::Entry; SLOTS], table_log: u32) -> bool {
    let n = 1usize << table_log;
    table_log <= 6 && state[..n].iter().all(|e| ((e.base | e.mask) as usize) < n)
}

/// Write eight steps of one vector's chains, `buf[k]` the words of step (row) `r0 + k`, to their
/// blocks `optr` (eight blocks of one lane), transposed with SSE2 so that each block's eight rows
/// take one 16-byte store.
///
/// # Safety
/// The CPU must have AVX2; rows `r0..r0 + 8` of every block must be inside its output.
#[inline]
#[target_feature(enable = "avx2")]
pub(in crate::ans) unsafe fn flush(buf: &[[u16; 8]; 8], optr: &[*mut u16], r0: usize) {
    // SAFETY: each row of `buf` is 16 readable bytes (unaligned load).
    let a: [__m128i; 8] = std::array::from_fn(|k| unsafe { _mm_loadu_si128(buf[k].as_ptr().cast()) });
    // 8 x 8 words: row k of `a` is step k of chains 0..8; column j is chain (block) j.
    let t: [__m128i; 8] = std::array::from_fn(|i| {
        let (x, y) = (a[2 * (i / 2)], a[2 * (i / 2) + 1]);
        if i % 2 == 0 {
            _mm_unpacklo_epi16(x, y)
        } else {
            _mm_unpackhi_epi16(x, y)
        }
    });
    // t0, t1: steps 0-1 (columns 0-3, 4-7); t2, t3: steps 2-3; t4, t5; t6, t7.
    let u = [
        _mm_unpacklo_epi32(t[0], t[2]),
        _mm_unpackhi_epi32(t[0], t[2]),
        _mm_unpacklo_epi32(t[1], t[3]),
        _mm_unpackhi_epi32(t[1], t[3]),
        _mm_unpacklo_epi32(t[4], t[6]),
        _mm_unpackhi_epi32(t[4], t[6]),
        _mm_unpacklo_epi32(t[5], t[7]),
        _mm_unpackhi_epi32(t[5], t[7]),
    ];
    for j in 0..8 {
        let (x, y) = (u[j / 2], u[4 + j / 2]);
        let o = if j % 2 == 0 { _mm_unpacklo_epi64(x, y) } else { _mm_unpackhi_epi64(x, y) };
        // SAFETY: rows `r0..r0 + 8` of block `j` are inside its output (caller).
        unsafe { _mm_storeu_si128(optr[j].add(r0).cast(), o) };
    }
}

/// Write eight steps of one vector's chains, `buf[k]` the words of step (row) `r0 + k`, to their
/// blocks `optr` (four blocks of two lanes: per row a 32-bit pair of words each), transposed
/// with AVX2 so that each block's eight rows take one 32-byte store.
///
/// # Safety
/// The CPU must have AVX2; rows `r0..r0 + 8` of every block must be inside its output.
#[inline]
#[target_feature(enable = "avx2")]
pub(in crate::ans) unsafe fn flush_two(buf: &[[u16; 8]; 8], optr: &[*mut u16], r0: usize) {
    // SAFETY: each row of `buf` is 16 readable bytes (unaligned loads).
    let a: [__m128i; 8] = std::array::from_fn(|k| unsafe { _mm_loadu_si128(buf[k].as_ptr().cast()) });
    // Rows k and k + 4 side by side; per 128-bit half a 4 x 4 transpose of 32-bit pairs (row,
    // block) into (block, row).
    let y: [__m256i; 4] = std::array::from_fn(|k| _mm256_inserti128_si256::<1>(_mm256_castsi128_si256(a[k]), a[k + 4]));
    let (t0, t1) = (_mm256_unpacklo_epi32(y[0], y[1]), _mm256_unpackhi_epi32(y[0], y[1]));
    let (t2, t3) = (_mm256_unpacklo_epi32(y[2], y[3]), _mm256_unpackhi_epi32(y[2], y[3]));
    let c = [
        _mm256_unpacklo_epi64(t0, t2),
        _mm256_unpackhi_epi64(t0, t2),
        _mm256_unpacklo_epi64(t1, t3),
        _mm256_unpackhi_epi64(t1, t3),
    ];
    for (j, x) in c.into_iter().enumerate() {
        // SAFETY: rows `r0..r0 + 8` of block `j` (16 values) are inside its output (caller).
        unsafe { _mm256_storeu_si256(optr[j].add(r0 * 2).cast(), x) };
    }
}

/// Largest table log of the pair state pass ([`pair_chains`]): its table is indexed by a state
/// and the next `R` stream bits, `2^(2 R)` words (16 KB at `R = 6`, in L1 beside the streams).
pub(super) const PAIR_MAX_LOG: u32 = 6;

/// Pair table slots: a state (`R <= 6` bits) times 64, or-ed with the next `R` stream bits.
const PAIR_SLOTS: usize = 1 << (2 * PAIR_MAX_LOG);

/// Codes the pair state pass can name (a 5-bit index per value, looked up with byte shuffles).
const PAIR_CODES: usize = 32;

/// The pair state pass's tables for a decoder of table log `R <= 6` whose state table has at most
/// [`PAIR_CODES`] distinct exponent words: two tANS steps per gather.
#[derive(Clone, Debug)]
pub(super) struct Pairs {
    /// Per state `s` and next `R` stream bits `w` (slot `s << 6 | w`): the two steps from `s`
    /// with `w`, as `base2 | nb1 << 6 | nb2 << 9 | (nb1 + nb2) << 12 | c1 << 16 | c2 << 24`: the
    /// second step's next-state base, both state-bit counts, their sum, and the codes (indices
    /// into `words`) of the two values. The first step's bits are inside `w` (`nb1 <= R`); the
    /// second step's `nb2` bits follow them in the stream and are read at run time.
    table: Box<[u32; PAIR_SLOTS]>,
    /// The state pass's words (exponent in place, raw-bit tag) of the codes, low bytes then
    /// high bytes, 32 each.
    words: [[u8; PAIR_CODES]; 2],
    /// `R`.
    log: u32,
}

/// The pair tables of a state table of log `table_log` ([`Pairs`]), or None where the pair pass
/// does not apply (`R > 6`, more than [`PAIR_CODES`] distinct words, or a table whose next states
/// leave `2^R`, which a validated model never has).
pub(super) fn pairs(state: &[super::Entry; SLOTS], table_log: u32) -> Option<Pairs> {
    if table_log > PAIR_MAX_LOG {
        return None;
    }
    let n = 1usize << table_log;
    let state = &state[..n];
    if state.iter().any(|e| (e.base | e.mask) as usize >= n) {
        return None;
    }
    let mut codes: Vec<u16> = state.iter().map(|e| e.expw).collect();
    codes.sort_unstable();
    codes.dedup();
    if codes.len() > PAIR_CODES {
        return None;
    }
    let code = |w: u16| codes.binary_search(&w).expect("a word of the table") as u32;
    let mut table = Box::new([0u32; PAIR_SLOTS]);
    for (s, e1) in state.iter().enumerate() {
        for w in 0..n {
            let e2 = &state[(e1.base | (w as u16 & e1.mask)) as usize];
            let (nb1, nb2) = (e1.nb as u32, e2.nb as u32);
            table[s << PAIR_MAX_LOG | w] =
                e2.base as u32 | nb1 << 6 | nb2 << 9 | (nb1 + nb2) << 12 | code(e1.expw) << 16 | code(e2.expw) << 24;
        }
    }
    let mut words = [[0u8; PAIR_CODES]; 2];
    for (i, &w) in codes.iter().enumerate() {
        words[0][i] = w as u8;
        words[1][i] = (w >> 8) as u8;
    }
    Some(Pairs { table, words, log: table_log })
}

/// The state pass of [`state_chains`] two steps per table gather ([`Pairs`]), over the first
/// `rows & !3` rows (a 32-bit window per four steps: two pairs read at most `4 R <= 24` bits after
/// the window's first bit, at most 7 bits into it): each pair's two codes turned into their words
/// with byte shuffles and stored, rows `r` and `r + 1` of a block side by side. Returns the rows
/// done (the chains' states and positions left in `q`, window empty, for the rest), or None,
/// doing nothing, when the streams are too large for 32-bit bit positions.
///
/// # Safety
/// The CPU must have AVX2; every chain's state must be below `2^R` (as [`pairs`] and
/// [`super::StateLane::new`] make sure).
#[target_feature(enable = "avx2")]
pub(super) unsafe fn pair_chains<const L: usize, const V: usize>(
    p: &Pairs,
    q: &mut [StateLane],
    outs: &mut [&mut [u16]],
    rows: usize,
    scratch: &mut Vec<u8>,
) -> Option<usize> {
    assert!(q.len() == 8 * V && outs.len() * L == 8 * V && outs.iter().all(|o| o.len() >= rows * L));
    assert!(q.iter().all(|l| l.state < 1 << p.log));
    let chains = q.iter().map(|l| Chain { ans: l.ans, bit: l.apos + l.abuf.leading_zeros() as usize, state: l.state });
    let staged = Staged::<V>::new(chains, rows, scratch)?;
    let (mut stv, mut posv) = (staged.state, staged.pos);
    let tp = p.table.as_ptr().cast::<i32>();
    let (wmask, low6, seven, fifteen, ones) = (
        _mm256_set1_epi32((1 << p.log) - 1),
        _mm256_set1_epi32(63),
        _mm256_set1_epi32(7),
        _mm256_set1_epi32(15),
        _mm256_set1_epi32(-1),
    );
    // SAFETY: 16 readable bytes each (unaligned loads).
    let half = |b: &[u8]| unsafe { _mm256_broadcastsi128_si256(_mm_loadu_si128(b.as_ptr().cast())) };
    let (lo_a, lo_b, hi_a, hi_b) =
        (half(&p.words[0][..16]), half(&p.words[0][16..]), half(&p.words[1][..16]), half(&p.words[1][16..]));
    // The codes (bytes 2 and 3 of each element: first and second value) in store order, in the
    // low 8 bytes of each half: L = 1: per chain its two values; L = 2: per block row r's two
    // lanes, then row r + 1's; L = 4 and 8: four chains' row r, then their row r + 1.
    let pick = match L {
        1 => [2, 3, 6, 7, 10, 11, 14, 15],
        2 => [2, 6, 3, 7, 10, 14, 11, 15],
        _ => [2, 6, 10, 14, 3, 7, 11, 15],
    };
    let pick = _mm256_setr_epi8(
        pick[0], pick[1], pick[2], pick[3], pick[4], pick[5], pick[6], pick[7], -1, -1, -1, -1, -1, -1, -1, -1,
        pick[0], pick[1], pick[2], pick[3], pick[4], pick[5], pick[6], pick[7], -1, -1, -1, -1, -1, -1, -1, -1,
    );
    let optr: Vec<*mut u16> = outs.iter_mut().map(|o| o.as_mut_ptr()).collect();
    // Per vector: the window gathered at the chains' bytes, shifted to their bit positions (the
    // next stream bit in bit 0).
    let mut win = [_mm256_setzero_si256(); V];
    // One lane per block (`L = 1`): four pairs of steps (eight rows) of each vector buffered and
    // written out transposed, one 16-byte store per block, instead of eight extracts and stores
    // per pair.
    let mut buf = [[_mm256_setzero_si256(); 4]; V];
    let done = rows & !3;
    let mut r = 0;
    while r < done {
        for v in 0..V {
            let (w, b8) = staged.window(v, posv[v]);
            win[v] = _mm256_srlv_epi32(w, _mm256_sub_epi32(posv[v], b8));
        }
        for k in 0..2 {
            for v in 0..V {
                let idx = _mm256_or_si256(_mm256_slli_epi32::<6>(stv[v]), _mm256_and_si256(win[v], wmask));
                // SAFETY: every state is below 2^R <= 64 (see above: the initial ones are checked,
                // each next one is `base2 | bits` below 2^R as `pairs` checked), so `idx` is a slot.
                let e = unsafe { _mm256_i32gather_epi32::<4>(tp, idx) };
                let nb1 = _mm256_and_si256(_mm256_srli_epi32::<6>(e), seven);
                let nb2 = _mm256_and_si256(_mm256_srli_epi32::<9>(e), seven);
                let nbt = _mm256_and_si256(_mm256_srli_epi32::<12>(e), fifteen);
                let bits = _mm256_andnot_si256(_mm256_sllv_epi32(ones, nb2), _mm256_srlv_epi32(win[v], nb1));
                stv[v] = _mm256_or_si256(_mm256_and_si256(e, low6), bits);
                win[v] = _mm256_srlv_epi32(win[v], nbt);
                posv[v] = _mm256_add_epi32(posv[v], nbt);
                // The codes (below 32) to their words: bit 4 picks the second 16 of each plane.
                let c = _mm256_shuffle_epi8(e, pick);
                let hi16 = _mm256_slli_epi16::<3>(c);
                let lo = _mm256_blendv_epi8(_mm256_shuffle_epi8(lo_a, c), _mm256_shuffle_epi8(lo_b, c), hi16);
                let hi = _mm256_blendv_epi8(_mm256_shuffle_epi8(hi_a, c), _mm256_shuffle_epi8(hi_b, c), hi16);
                let words = _mm256_unpacklo_epi8(lo, hi);
                let r = r + 2 * k;
                if L == 1 {
                    buf[v][r / 2 % 4] = words;
                    if r % 8 == 6 {
                        // SAFETY: rows `r - 6..r + 2 <= rows` of every block are inside its
                        // output (`rows * L <= len`, asserted above).
                        unsafe { flush_pairs(&buf[v], &optr[8 * v..8 * v + 8], r - 6) };
                    }
                } else {
                    // SAFETY: rows `r` and `r + 1 < rows` of every block are inside its output
                    // (`rows * L <= len`, asserted above).
                    unsafe { store_pair::<L>(&optr, v, r, words) };
                }
            }
        }
        r += 4;
    }
    if L == 1 {
        // The last pairs (`done % 8` rows), still in the buffers.
        let r0 = done & !7;
        for (v, b) in buf.iter().enumerate() {
            for (j, &words) in b.iter().enumerate().take((done - r0) / 2) {
                // SAFETY: rows `r0 + 2j` and `r0 + 2j + 1 < done <= rows` of every block are
                // inside its output.
                unsafe { store_pair::<L>(&optr, v, r0 + 2 * j, words) };
            }
        }
    }
    for (l, (state, apos)) in q.iter_mut().zip(staged.chains(&stv, &posv)) {
        l.state = state;
        l.apos = apos;
        l.abuf = 1 << 63;
    }
    Some(done)
}

/// Write four pairs of steps of one vector's chains (`buf[k]`: rows `r0 + 2k` and `r0 + 2k + 1`
/// of its eight one-lane blocks, as [`pair_chains`] orders them: per 32-bit element a block's two
/// rows) to their blocks `optr`, transposed so that each block's eight rows take one 16-byte
/// store.
///
/// # Safety
/// The CPU must have AVX2; rows `r0..r0 + 8` of every block must be inside its output.
#[inline]
#[target_feature(enable = "avx2")]
unsafe fn flush_pairs(buf: &[__m256i; 4], optr: &[*mut u16], r0: usize) {
    let (ab_lo, ab_hi) = (_mm256_unpacklo_epi32(buf[0], buf[1]), _mm256_unpackhi_epi32(buf[0], buf[1]));
    let (cd_lo, cd_hi) = (_mm256_unpacklo_epi32(buf[2], buf[3]), _mm256_unpackhi_epi32(buf[2], buf[3]));
    // Block j's eight rows in the low half of `c[j]`, block j + 4's in its high half.
    let c = [
        _mm256_unpacklo_epi64(ab_lo, cd_lo),
        _mm256_unpackhi_epi64(ab_lo, cd_lo),
        _mm256_unpacklo_epi64(ab_hi, cd_hi),
        _mm256_unpackhi_epi64(ab_hi, cd_hi),
    ];
    for (j, x) in c.into_iter().enumerate() {
        // SAFETY: rows `r0..r0 + 8` of blocks `j` and `j + 4` are inside their outputs (caller).
        unsafe {
            _mm_storeu_si128(optr[j].add(r0).cast(), _mm256_castsi256_si128(x));
            _mm_storeu_si128(optr[j + 4].add(r0).cast(), _mm256_extracti128_si256::<1>(x));
        }
    }
}

/// Stores rows `r` and `r + 1` of vector `v`'s eight chains (`x`: their sixteen words, in the
/// order [`pair_chains`] picked them) into the outputs of `L`-lane blocks (`optr`, as
/// [`store_row`]).
///
/// # Safety
/// Each of those blocks' outputs holds at least `(r + 2) * L` values.
#[inline]
#[target_feature(enable = "avx2")]
unsafe fn store_pair<const L: usize>(optr: &[*mut u16], v: usize, r: usize, x: __m256i) {
    let (h0, h1) = (_mm256_castsi256_si128(x), _mm256_extracti128_si256::<1>(x));
    // SAFETY: the caller's: rows `r` and `r + 1` of each block are inside its output.
    unsafe {
        match L {
            8 => _mm256_storeu_si256(optr[v].add(r * 8).cast(), _mm256_permute4x64_epi64::<0b11_01_10_00>(x)),
            4 => {
                _mm_storeu_si128(optr[2 * v].add(r * 4).cast(), h0);
                _mm_storeu_si128(optr[2 * v + 1].add(r * 4).cast(), h1);
            }
            2 => {
                let b = 4 * v;
                _mm_storel_epi64(optr[b].add(r * 2).cast(), h0);
                _mm_storel_epi64(optr[b + 1].add(r * 2).cast(), _mm_unpackhi_epi64(h0, h0));
                _mm_storel_epi64(optr[b + 2].add(r * 2).cast(), h1);
                _mm_storel_epi64(optr[b + 3].add(r * 2).cast(), _mm_unpackhi_epi64(h1, h1));
            }
            _ => {
                let b = 8 * v;
                for (j, h) in [(0, h0), (4, h1)] {
                    optr[b + j].add(r).cast::<i32>().write_unaligned(_mm_cvtsi128_si32(h));
                    optr[b + j + 1].add(r).cast::<i32>().write_unaligned(_mm_extract_epi32::<1>(h));
                    optr[b + j + 2].add(r).cast::<i32>().write_unaligned(_mm_extract_epi32::<2>(h));
                    optr[b + j + 3].add(r).cast::<i32>().write_unaligned(_mm_extract_epi32::<3>(h));
                }
            }
        }
    }
}

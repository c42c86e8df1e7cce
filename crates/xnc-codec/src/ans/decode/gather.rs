//! The state pass of the two-pass decoder with AVX2 gathers: eight state chains per vector, `V`
//! vectors side by side (independent chains, so one vector's gathers overlap the others'
//! latency). Per step and vector: one gather of the chains' 4-byte table words (next-state base,
//! state-bit count, exponent word), one gather of a 32-bit window of each chain's tANS stream at
//! its byte position, then the state bits (`>> pos % 8`, masked to the count), the next state
//! (`base | bits`) and the position (`+ count`). The chains come from one block of 8 lanes or from
//! several blocks of the same length and lane count ([`super::Decoder::decode_many`]).
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
    assert!(S >= 1 && q.len() == 8 * V && outs.len() * L == 8 * V && outs.iter().all(|o| o.len() >= rows * L));
    let chains = q.iter().map(|l| Chain { ans: l.ans, bit: l.apos + l.abuf.leading_zeros() as usize, state: l.state });
    debug_assert!(q.iter().all(|l| (l.state as usize) < SLOTS));
    let Some(staged) = Staged::<V>::new(chains, rows, scratch) else {
        return false;
    };
    let (mut stv, mut posv) = (staged.state, staged.pos);
    let tp = table.as_ptr().cast::<i32>();
    let (fifteen, base_mask, ones) =
        (_mm256_set1_epi32(15), _mm256_set1_epi32(SLOTS as i32 - 1), _mm256_set1_epi32(-1));
    // Bytes 2 and 3 of each 32-bit element (the exponent word) into the low 8 bytes of each half.
    let pick = _mm256_setr_epi8(
        2, 3, 6, 7, 10, 11, 14, 15, -1, -1, -1, -1, -1, -1, -1, -1, 2, 3, 6, 7, 10, 11, 14, 15, -1, -1, -1, -1, -1, -1,
        -1, -1,
    );
    let optr: Vec<*mut u16> = outs.iter_mut().map(|o| o.as_mut_ptr()).collect();
    // One lane per block (`L = 1`): each step's eight words (one per chain, i.e. per block) go to
    // a buffer of eight steps, written out transposed every eighth step (one 16-byte store per block)
    // instead of eight element extracts and stores per step.
    let mut buf = [[[0u16; 8]; 8]; V];
    // Per vector: the 32-bit window gathered at byte `b8 / 8` (clamped to the stream's end) and
    // that byte's bit position; the next state bits are at `pos - b8` in it.
    let mut win = [_mm256_setzero_si256(); V];
    let mut b8 = [_mm256_setzero_si256(); V];
    macro_rules! refill {
        ($v:expr) => {{
            (win[$v], b8[$v]) = staged.window($v, posv[$v]);
        }};
    }
    macro_rules! step {
        ($v:expr, $r:expr) => {{
            let v = $v;
            // SAFETY: every state is below SLOTS (see above), so the gather reads inside `table`.
            let e = unsafe { _mm256_i32gather_epi32::<4>(tp, stv[v]) };
            let nb = _mm256_and_si256(_mm256_srli_epi32::<10>(e), fifteen);
            let bits = _mm256_srlv_epi32(win[v], _mm256_sub_epi32(posv[v], b8[v]));
            let bits = _mm256_andnot_si256(_mm256_sllv_epi32(ones, nb), bits);
            stv[v] = _mm256_or_si256(_mm256_and_si256(e, base_mask), bits);
            posv[v] = _mm256_add_epi32(posv[v], nb);
            let x = _mm256_castsi256_si128(_mm256_permute4x64_epi64::<0b1000>(_mm256_shuffle_epi8(e, pick)));
            let r = $r;
            if L == 1 {
                // SAFETY: 16 writable bytes (unaligned store).
                unsafe { _mm_storeu_si128(buf[v][r & 7].as_mut_ptr().cast(), x) };
                if r & 7 == 7 {
                    // SAFETY: rows `r - 7..=r` of every block of vector `v` are inside its output
                    // (`rows * L <= len`, asserted above).
                    unsafe { flush(&buf[v], &optr[v * 8..v * 8 + 8], r - 7) };
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
            for v in 0..V {
                step!(v, r + k);
            }
        }
        r += S;
    }
    while r < rows {
        for v in 0..V {
            refill!(v);
            step!(v, r);
        }
        r += 1;
    }
    if L == 1 {
        // The last `rows % 8` rows, still in the buffers.
        let r0 = rows & !7;
        for (v, b) in buf.iter().enumerate() {
            for (k, words) in b.iter().enumerate().take(rows - r0) {
                for (e, &w) in words.iter().enumerate() {
                    // SAFETY: row `r0 + k < rows` of block `v * 8 + e` (`rows <= len`).
                    unsafe { *optr[v * 8 + e].add(r0 + k) = w };
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
}

/// Write eight steps of one vector's chains, `buf[k]` the words of step (row) `r0 + k`, to their
/// blocks `optr` (eight blocks of one lane), transposed with SSE2 so that each block's eight rows
/// take one 16-byte store.
///
/// # Safety
/// The CPU must have AVX2; rows `r0..r0 + 8` of every block must be inside its output.
#[inline]
#[target_feature(enable = "avx2")]
unsafe fn flush(buf: &[[u16; 8]; 8], optr: &[*mut u16], r0: usize) {
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

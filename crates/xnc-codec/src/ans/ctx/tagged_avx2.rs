//! The raw pass of the two-pass `ans-ctx` decoder over tagged words with AVX2, sixteen rows at a
//! time: what the gather state pass's blocks of one or two lanes take when every code of the
//! model has a tagged word ([`super::tagged_word`]).
//!
//! The tagged state pass leaves each value's word with its code's fixed bits and, in its 4 low
//! bits, the code's count of additional bits (or the escape's tag), so this pass reads no table.
//! Per lane and sixteen values, in 16-bit elements (`ans-fa`'s `tagged_lane`, with fields of any
//! width up to 16):
//! 1. each value's field width from its tag (a byte shuffle), and its start in the lane's raw
//!    stream as the prefix sum of the widths before it;
//! 2. the lane's next 32 bytes from its bit position (two loads, shifts and masks); the 16 bits
//!    from each value's start picked out of them with byte shuffles and shifted by `start % 8`
//!    (multiplies by a power of two: AVX2 has no variable 16-bit shift);
//! 3. the field, the top `width` bits of those (a multiply-high by `2^width`; the escape's all
//!    16), placed: mantissa bits as they are, the exponent bits (escape) from the bits above,
//!    the sign from field bit `M` to bit 15, or-ed with the word's fixed bits.
//!
//! Sixteen values read at most 256 bits (sixteen escapes), all inside the 32 bytes. A chunk runs
//! only while every lane's stream holds 33 bytes from its position; the scalar loop decodes the
//! rest, so a damaged or truncated stream gets the values and the verdict of the scalar decoder.

use core::arch::x86_64::*;

use super::{LaneReader, TAG_ESCAPE, TAG_MASK};
use crate::ans::decode::avx2::{fields_at, next32};

/// Per tag (a byte shuffle's index): the field's width in the raw stream, the tag itself for a
/// direct code (0..=11 additional bits), 16 for the escape.
const WIDTH: [i8; 16] = {
    let mut t = [0i8; 16];
    let mut i = 0;
    while i < 12 {
        t[i] = i as i8;
        i += 1;
    }
    t[TAG_ESCAPE as usize] = 16;
    t
};

/// `2^j` for `j < 8`, 0 above: looked up at `tag` for the low byte and at `tag ^ 8` for the high
/// byte, it gives `2^tag` for every tag up to 15 (the escape's product is not used).
const POW: [i8; 16] = [1, 2, 4, 8, 16, 32, 64, -128, 0, 0, 0, 0, 0, 0, 0, 0];

/// Decode the first values of `out` (tagged words, value `k` from lane `k % q.len()`) in chunks of
/// sixteen rows while every lane's stream has room for a chunk; returns how many (a multiple of
/// `16 q.len()`, so the rest starts at lane 0), with each lane's raw reader moved past them.
/// `m`: mantissa bits of the element type (7 or 10). Returns 0 for four or eight lanes.
///
/// # Safety
/// The CPU must have AVX2 (`cpu::has_avx2`).
pub(super) unsafe fn raw_pass(q: &mut [LaneReader], out: &mut [u16], m: u32) -> usize {
    // SAFETY: the caller's promise (AVX2).
    unsafe {
        match (q.len(), m) {
            (1, 7) => lanes::<1, 7>(q, out),
            (2, 7) => lanes::<2, 7>(q, out),
            (1, _) => lanes::<1, 10>(q, out),
            (2, _) => lanes::<2, 10>(q, out),
            _ => 0,
        }
    }
}

/// [`raw_pass`] for `N` (1 or 2) lanes of an element type with `M` mantissa bits.
#[target_feature(enable = "avx2")]
fn lanes<const N: usize, const M: u32>(q: &mut [LaneReader], out: &mut [u16]) -> usize {
    const { assert!((N == 1 || N == 2) && (M == 7 || M == 10)) };
    let raws: [&[u8]; N] = std::array::from_fn(|g| q[g].raw);
    let mut at: [usize; N] = std::array::from_fn(|g| q[g].rpos + q[g].rbuf.trailing_zeros() as usize);
    let mut k = 0;
    while k + 16 * N <= out.len() {
        let Some(d) = next32(&raws, &at) else { break };
        let p = out[k..k + 16 * N].as_mut_ptr();
        // SAFETY: `16 N` words from `p`, `N` times 32 readable bytes (unaligned loads).
        let w: [__m256i; N] = std::array::from_fn(|i| unsafe { _mm256_loadu_si256(p.add(16 * i).cast()) });
        let o: [__m256i; N] = if N == 1 {
            let (o, bits) = lane::<M>(w[0], d[0]);
            at[0] += bits;
            [o; N]
        } else {
            // Per half: the even words (lane 0) in the low 8 bytes, the odd ones after them;
            // then the quarters reordered: lane 0's rows, then lane 1's.
            let even_odd = _mm256_setr_epi8(
                0, 1, 4, 5, 8, 9, 12, 13, 2, 3, 6, 7, 10, 11, 14, 15, 0, 1, 4, 5, 8, 9, 12, 13, 2, 3, 6, 7, 10, 11, 14,
                15,
            );
            let split = |x: __m256i| _mm256_permute4x64_epi64::<0b11_01_10_00>(_mm256_shuffle_epi8(x, even_odd));
            let (a, b) = (split(w[0]), split(w[N - 1]));
            let (o0, bits0) = lane::<M>(_mm256_permute2x128_si256::<0x20>(a, b), d[0]);
            let (o1, bits1) = lane::<M>(_mm256_permute2x128_si256::<0x31>(a, b), d[N - 1]);
            at[0] += bits0;
            at[N - 1] += bits1;
            // Back to row order: rows 0-3 and 8-11, rows 4-7 and 12-15.
            let (lo, hi) = (_mm256_unpacklo_epi16(o0, o1), _mm256_unpackhi_epi16(o0, o1));
            std::array::from_fn(|i| {
                if i == 0 {
                    _mm256_permute2x128_si256::<0x20>(lo, hi)
                } else {
                    _mm256_permute2x128_si256::<0x31>(lo, hi)
                }
            })
        };
        for (i, o) in o.into_iter().enumerate() {
            // SAFETY: as the loads above (32 writable bytes).
            unsafe { _mm256_storeu_si256(p.add(16 * i).cast(), o) };
        }
        k += 16 * N;
    }
    for (l, a) in q.iter_mut().zip(at) {
        (l.rpos, l.rbuf) = (a, 1);
    }
    k
}

/// Sixteen values of one lane: `w` their tagged words (value order), `d` the lane's next 32 raw
/// bytes from its position. The words with their raw bits, and the bits read.
#[inline]
#[target_feature(enable = "avx2")]
fn lane<const M: u32>(w: __m256i, d: __m256i) -> (__m256i, usize) {
    let bcast = |t: &[i8; 16]| {
        // SAFETY: 16 readable bytes (unaligned load).
        _mm256_broadcastsi128_si256(unsafe { _mm_loadu_si128(t.as_ptr().cast()) })
    };
    let tag = _mm256_and_si256(w, _mm256_set1_epi16(TAG_MASK as i16));
    // The high byte's index is 0: WIDTH[0] = 0.
    let width = _mm256_shuffle_epi8(bcast(&WIDTH), tag);
    let (y, bits) = fields_at(width, d);
    // 2^tag: POW at `tag` in the low byte, at `tag ^ 8` in the high byte.
    let pw = _mm256_shuffle_epi8(
        bcast(&POW),
        _mm256_xor_si256(_mm256_mullo_epi16(tag, _mm256_set1_epi16(0x0101)), _mm256_set1_epi16(0x0800)),
    );
    // A direct code's field: the top `tag` bits of `y` at the bottom; the escape's: all of `y`.
    let esc = _mm256_cmpeq_epi16(tag, _mm256_set1_epi16(TAG_ESCAPE as i16));
    let f = _mm256_blendv_epi8(_mm256_mulhi_epu16(y, pw), y, esc);
    // Mantissa bits as they are, exponent bits (escape) from `f >> 1`, the sign from field bit M.
    let man = _mm256_set1_epi16(((1u32 << M) - 1) as i16);
    let exp = _mm256_set1_epi16((0x7fff & !((1u32 << M) - 1)) as i16);
    let up = if M == 7 { _mm256_slli_epi16::<8>(f) } else { _mm256_slli_epi16::<5>(f) };
    let placed = _mm256_or_si256(
        _mm256_or_si256(_mm256_and_si256(f, man), _mm256_and_si256(_mm256_srli_epi16::<1>(f), exp)),
        _mm256_and_si256(up, _mm256_set1_epi16(0x8000u16 as i16)),
    );
    let fixed = _mm256_andnot_si256(_mm256_set1_epi16(TAG_MASK as i16), w);
    (_mm256_or_si256(fixed, placed), bits)
}

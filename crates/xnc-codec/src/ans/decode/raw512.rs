//! The BF16 raw pass of the two-pass decoder with AVX-512 VBMI: sixteen rows of one or two lanes
//! whose words have no tag (every value with all `1 + M = 8` raw bits): per lane the 17 raw
//! bytes those rows' fields span, put in value order as big-endian byte pairs (each value's byte
//! and the next) by one byte permute (`vpermb`), shifted left by the lane's bit offset
//! (`vpsllvw`), so that each value's `{sign, mantissa}` byte is the top byte of its 16-bit
//! element, and merged into the words with two ternary-logic instructions (the sign kept in bit
//! 15, the mantissa moved to bits 0-6). Rows with tags (escapes, short codes) and a stream's last
//! 32 bytes go to the AVX2 forms ([`super::merge_bf16_avx2`]'s).

use core::arch::x86_64::*;

use super::{avx2, merge_lanes, TAG_MASK};

/// `A | (B & C)` per bit: the ternary-logic table.
const OR_AND: i32 = 0xf8;

/// The byte permute of two lanes (lane 0's 32 bytes, then lane 1's): 16-bit element k (row
/// k / 2, lane k % 2) gets the row's byte in its high half and the next byte in its low half.
static TWO_LANES: [u8; 64] = {
    let mut a = [0u8; 64];
    let mut i = 0;
    while i < 64 {
        let k = i / 2;
        a[i] = ((k % 2) * 32 + k / 2 + (1 - i % 2)) as u8;
        i += 1;
    }
    a
};

/// The byte permute of one lane: element k gets byte k in its high half and byte k + 1 in its
/// low half.
static ONE_LANE: [u8; 32] = {
    let mut a = [0u8; 32];
    let mut i = 0;
    while i < 32 {
        a[i] = (i / 2 + (1 - i % 2)) as u8;
        i += 1;
    }
    a
};

/// Sixteen rows of `N` (1 or 2) lanes (`chunk`: `16 N` state-pass words) where no word has a tag
/// and every lane has 32 raw bytes from its position `at`: the rows' fields merged in; true and
/// the positions moved on, else false and nothing done.
///
/// # Safety
/// The CPU must have AVX-512 F, BW, VL and VBMI.
#[inline]
#[target_feature(enable = "avx2,avx512f,avx512bw,avx512vl,avx512vbmi")]
unsafe fn or_bf16_rows_vbmi<const N: usize>(raws: &[&[u8]; N], at: &mut [usize; N], chunk: &mut [u16]) -> bool {
    assert!(chunk.len() == 16 * N && (N == 1 || N == 2));
    let p = chunk.as_mut_ptr();
    let bytes = |l: usize| raws[l].get(at[l] >> 3..(at[l] >> 3) + 32);
    if N == 2 {
        // SAFETY: `chunk` holds 32 words, 64 readable bytes (unaligned load).
        let w = unsafe { _mm512_loadu_si512(p.cast()) };
        if _mm512_test_epi16_mask(w, _mm512_set1_epi16(TAG_MASK as i16)) != 0 {
            return false;
        }
        let (Some(r0), Some(r1)) = (bytes(0), bytes(N - 1)) else {
            return false;
        };
        // SAFETY: 32 readable bytes each, and 64 from `TWO_LANES` (unaligned loads).
        let (b0, b1, idx) = unsafe {
            (
                _mm256_loadu_si256(r0.as_ptr().cast()),
                _mm256_loadu_si256(r1.as_ptr().cast()),
                _mm512_loadu_si512(TWO_LANES.as_ptr().cast()),
            )
        };
        let pairs = _mm512_permutexvar_epi8(idx, _mm512_inserti64x4::<1>(_mm512_castsi256_si512(b0), b1));
        // Each lane's bit offset (odd elements: lane 1).
        let s = _mm512_mask_blend_epi16(
            0xaaaa_aaaa,
            _mm512_set1_epi16((at[0] & 7) as i16),
            _mm512_set1_epi16((at[N - 1] & 7) as i16),
        );
        let g = _mm512_sllv_epi16(pairs, s);
        let v = _mm512_ternarylogic_epi32::<OR_AND>(w, g, _mm512_set1_epi16(0x8000u16 as i16));
        let v = _mm512_ternarylogic_epi32::<OR_AND>(v, _mm512_srli_epi16::<8>(g), _mm512_set1_epi16(0x7f));
        // SAFETY: as the load above (64 writable bytes).
        unsafe { _mm512_storeu_si512(p.cast(), v) };
    } else {
        // SAFETY: `chunk` holds 16 words, 32 readable bytes (unaligned load).
        let w = unsafe { _mm256_loadu_si256(p.cast()) };
        if _mm256_test_epi16_mask(w, _mm256_set1_epi16(TAG_MASK as i16)) != 0 {
            return false;
        }
        let Some(r0) = bytes(0) else {
            return false;
        };
        // SAFETY: 32 readable bytes each (unaligned loads).
        let (b0, idx) =
            unsafe { (_mm256_loadu_si256(r0.as_ptr().cast()), _mm256_loadu_si256(ONE_LANE.as_ptr().cast())) };
        let g = _mm256_sllv_epi16(_mm256_permutexvar_epi8(idx, b0), _mm256_set1_epi16((at[0] & 7) as i16));
        let v = _mm256_ternarylogic_epi32::<OR_AND>(w, g, _mm256_set1_epi16(0x8000u16 as i16));
        let v = _mm256_ternarylogic_epi32::<OR_AND>(v, _mm256_srli_epi16::<8>(g), _mm256_set1_epi16(0x7f));
        // SAFETY: as the load above (32 writable bytes).
        unsafe { _mm256_storeu_si256(p.cast(), v) };
    }
    at.iter_mut().for_each(|a| *a += 128);
    true
}

/// [`super::merge_bf16_avx2`] with the untagged rows through [`or_bf16_rows_vbmi`] first.
///
/// # Safety
/// The CPU must have AVX2 and AVX-512 F, BW, VL and VBMI.
#[target_feature(enable = "avx2,avx512f,avx512bw,avx512vl,avx512vbmi")]
pub(super) unsafe fn merge_bf16_vbmi<const N: usize>(raws: &[&[u8]], pos: &mut [usize], out: &mut [u16]) {
    let lanes: [&[u8]; N] = std::array::from_fn(|l| raws[l]);
    let mut at: [usize; N] = std::array::from_fn(|l| pos[l]);
    let mut chunks = out.chunks_exact_mut(16 * N);
    for chunk in &mut chunks {
        // SAFETY: the caller's CPU features.
        if !unsafe { or_bf16_rows_vbmi(&lanes, &mut at, chunk) } {
            // SAFETY: the caller's CPU features (AVX2 among them).
            unsafe { other_rows(raws, &lanes, &mut at, chunk) }
        }
    }
    merge_lanes::<7, 8, N, true>(raws, &mut at, chunks.into_remainder());
    pos.copy_from_slice(&at);
}

/// A chunk [`or_bf16_rows_vbmi`] leaves (tagged rows, escapes, a stream's last bytes) through the
/// AVX2 rows of [`super::merge_bf16_avx2`], compiled for AVX2 alone and not inlined into the
/// AVX-512 loop: inlined there, the AVX2 tagged rows came out 25% slower on smollm2 `ans-fa`
/// two lanes (most of its chunks are tagged), `decode_cpu` 1,775 MB/s against 2,425-2,457 MB/s so
/// (2,340-2,345 before this pass).
///
/// # Safety
/// The CPU must have AVX2.
#[inline(never)]
#[target_feature(enable = "avx2")]
unsafe fn other_rows<const N: usize>(raws: &[&[u8]], lanes: &[&[u8]; N], at: &mut [usize; N], chunk: &mut [u16]) {
    if !avx2::or_bf16_rows_escapes(lanes, at, chunk)
        && !avx2::or_bf16_rows_tagged(lanes, at, chunk)
        && !avx2::or_bf16_rows(lanes, at, chunk)
    {
        merge_lanes::<7, 8, N, true>(raws, at, chunk);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sixteen untagged rows of `N` lanes from random raw bytes at bit offsets `s`, `s + 3`: the
    /// VBMI rows take them (true) and merge them as the AVX2 rows do; with one tag among the words
    /// they leave the chunk as it was (false).
    fn rows_match<const N: usize>(s: usize, next: &mut impl FnMut() -> u64) {
        let raw: Vec<Vec<u8>> = (0..N).map(|_| (0..40).map(|_| next() as u8).collect()).collect();
        let lanes: [&[u8]; N] = std::array::from_fn(|l| raw[l].as_slice());
        let start: [usize; N] = std::array::from_fn(|l| (s + 3 * l) % 8 + 8 * l);
        // Exponent bits only: no tag (TAG_MASK is within the low byte's mantissa bits).
        let words: Vec<u16> = (0..16 * N).map(|_| next() as u16 & 0x7f80).collect();
        let (mut a, mut b) = (words.clone(), words.clone());
        let (mut at_a, mut at_b) = (start, start);
        // SAFETY: the caller checked AVX2 and AVX-512 F, BW, VL and VBMI.
        assert!(unsafe { or_bf16_rows_vbmi(&lanes, &mut at_a, &mut a) }, "untagged rows, N = {N}, s = {s}");
        // SAFETY: as above.
        assert!(unsafe { avx2::or_bf16_rows(&lanes, &mut at_b, &mut b) });
        assert_eq!(a, b, "N = {N}, s = {s}");
        assert_eq!(at_a, at_b);
        let mut tagged = words.clone();
        tagged[5 % (16 * N)] |= 1;
        let mut at_t = start;
        // SAFETY: as above.
        assert!(!unsafe { or_bf16_rows_vbmi(&lanes, &mut at_t, &mut tagged) });
        assert_eq!(at_t, start);
        assert_eq!(&tagged[..5], &words[..5]);
    }

    #[test]
    fn vbmi_rows_merge_as_the_avx2_rows() {
        if !(crate::cpu::has_avx2() && crate::cpu::has_avx512_vbmi()) {
            eprintln!("skipped: this CPU has no AVX-512 VBMI (the VBMI raw pass is not used here)");
            return;
        }
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for round in 0..64 {
            rows_match::<1>(round % 8, &mut next);
            rows_match::<2>(round % 8, &mut next);
        }
    }
}

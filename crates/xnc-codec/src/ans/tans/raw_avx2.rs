//! The encoder's raw pass ([`super::raw_pass`]) with AVX2, 8 values at a time, for blocks of one
//! or two lanes (the benchmark's and the default layouts; four and eight lanes take the scalar
//! pass). Per chunk of 8 values, arranged so that each 128-bit half of the vector holds 4
//! values of one lane in order (one lane: values 0..4 and 4..8; two lanes: lane 0's 0, 2, 4, 6
//! and lane 1's 1, 3, 5, 7), the pass
//! 1. loads each value's entry from the encoder's value table (raw-bit count, code, raw bits),
//!    one by one (AVX2's gather: fewer instructions, but 8% slower on the benchmark machine);
//! 2. stores the 8 code bytes in value order (one byte shuffle);
//! 3. joins each half's 4 fields of raw bits into one field of at most 64 bits, MSB first (two
//!    rounds of a variable shift and an OR);
//! 4. puts each half's field into its lane's writer with one store ([`MsbWriter::put_wide`]).
//!
//! The scalar pass puts every value and flushes every third: 12 or so instructions a value
//! against about 7 here. The bytes are the same (`simd_raw_pass_equals_the_scalar_pass`).

use crate::bits::MsbWriter;

/// Code the first values of `values` (value `k` in lane `k % N`, its entry `entries[value]`) in
/// chunks of 8: raw bits to the lanes' writers, code bytes to `codes`. Returns how many (a
/// multiple of 8, so the rest starts at lane 0) and the OR of their entries. The writers must be
/// flushed ([`MsbWriter::put_wide`]) and sized for the whole stream; they are left flushed.
/// Codes nothing for `N` other than 1 or 2.
///
/// # Safety
/// The CPU must have AVX2, BMI1 and BMI2 (`cpu::has_avx2`, `cpu::has_bmi2`).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,bmi1,bmi2")]
pub(super) unsafe fn raw_pass<const N: usize>(
    values: &[u16],
    codes: &mut [u8],
    raw: &mut [MsbWriter; N],
    entries: &[u32; 1 << 16],
) -> (usize, u32) {
    use core::arch::x86_64::*;
    if N > 2 {
        return (0, 0);
    }
    let chunks = values.len().min(codes.len()) / 8;
    // Each entry's code byte (its byte 1) to its value's place among the chunk's 8 bytes (the
    // low half's and the high half's then ORed): one lane, the halves' 4 values are bytes 0..4
    // and 4..8; two lanes, the even and the odd bytes.
    #[rustfmt::skip]
    let code_bytes = if N == 1 {
        _mm256_setr_epi8(1, 5, 9, 13, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
                         -1, -1, -1, -1, 1, 5, 9, 13, -1, -1, -1, -1, -1, -1, -1, -1)
    } else {
        _mm256_setr_epi8(1, -1, 5, -1, 9, -1, 13, -1, -1, -1, -1, -1, -1, -1, -1, -1,
                         -1, 1, -1, 5, -1, 9, -1, 13, -1, -1, -1, -1, -1, -1, -1, -1)
    };
    let count_mask = _mm256_set1_epi32(0x3f);
    let low32 = _mm256_set1_epi64x(0xffff_ffff);
    let sixty_four = _mm256_set1_epi64x(64);
    let zero = _mm256_setzero_si256();
    let mut bad = zero;
    let mut a = std::mem::take(&mut raw[0]);
    let mut b = std::mem::take(&mut raw[N - 1]);
    // SAFETY (the stores): chunk i writes codes[8i..8i + 8], inside it (`chunks` above).
    unsafe {
        for i in 0..chunks {
            let v = &values[8 * i..8 * i + 8];
            let ent = |k: usize| entries[v[k] as usize] as i32;
            let e = if N == 1 {
                _mm256_setr_epi32(ent(0), ent(1), ent(2), ent(3), ent(4), ent(5), ent(6), ent(7))
            } else {
                _mm256_setr_epi32(ent(0), ent(2), ent(4), ent(6), ent(1), ent(3), ent(5), ent(7))
            };
            bad = _mm256_or_si256(bad, e);
            let c = _mm256_shuffle_epi8(e, code_bytes);
            let c = _mm_or_si128(_mm256_castsi256_si128(c), _mm256_extracti128_si256::<1>(c));
            _mm_storel_epi64(codes.as_mut_ptr().add(8 * i).cast(), c);
            // Pairs: in each 64-bit word, the first value's bits shifted by the second's count.
            let bits = _mm256_srli_epi32::<16>(e);
            let n = _mm256_and_si256(e, count_mask);
            let first = _mm256_sllv_epi64(_mm256_and_si256(bits, low32), _mm256_srli_epi64::<32>(n));
            let pair = _mm256_or_si256(first, _mm256_srli_epi64::<32>(bits));
            let pair_n = _mm256_sad_epu8(n, zero);
            // Fours: in each half, the first pair shifted by the second's count; then the field
            // at the top of its word.
            let (second, second_n) = (_mm256_unpackhi_epi64(pair, pair), _mm256_unpackhi_epi64(pair_n, pair_n));
            let four = _mm256_or_si256(_mm256_sllv_epi64(pair, second_n), second);
            let four_n = _mm256_add_epi64(pair_n, second_n);
            let top = _mm256_sllv_epi64(four, _mm256_sub_epi64(sixty_four, four_n));
            let f = _mm256_unpacklo_epi64(top, four_n);
            let (lo, hi) = (_mm256_castsi256_si128(f), _mm256_extracti128_si256::<1>(f));
            a.put_wide(_mm_cvtsi128_si64(lo) as u64, _mm_extract_epi64::<1>(lo) as u32);
            if N == 1 {
                a.put_wide(_mm_cvtsi128_si64(hi) as u64, _mm_extract_epi64::<1>(hi) as u32);
            } else {
                b.put_wide(_mm_cvtsi128_si64(hi) as u64, _mm_extract_epi64::<1>(hi) as u32);
            }
        }
    }
    raw[0] = a;
    if N == 2 {
        raw[1] = b;
    }
    let mut lanes = [0u32; 8];
    // SAFETY: an unaligned store of 32 bytes into 8 u32s.
    unsafe { _mm256_storeu_si256(lanes.as_mut_ptr().cast(), bad) };
    (8 * chunks, lanes.iter().fold(0, |x, &y| x | y))
}

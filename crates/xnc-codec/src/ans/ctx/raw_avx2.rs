//! The raw pass of the two-pass `ans-ctx` decoder with AVX2, 8 values at a time: what a CPU
//! without AVX-512 (AMD Zen 2 and 3, most Intel desktop parts) runs instead of [`super::raw_simd`],
//! for blocks of one or two lanes (the default two; four and eight lanes take the scalar pass).
//!
//! After the state pass, `out` holds each value's table index. Per chunk of 8 values, arranged so
//! that each 128-bit half of the vector holds 4 values of one lane in order, the pass
//! 1. loads each value's [`RawEntry`] (its additional-bit count `rb`, where the bits go, the
//!    word's fixed bits), one by one: AVX2's gather measured slower on Zen 3;
//! 2. turns the counts into each value's bit position in its lane's raw stream: a prefix sum over
//!    the half (and, with one lane, the first half's total added to the second), plus the lane's
//!    position before the chunk;
//! 3. loads 16 bytes of the lane from each half's first value's byte, picks the 4 bytes at each
//!    value's position out of them with a byte shuffle (AVX-512's `vpermb` step in 128-bit
//!    halves), shifts the value's `rb` bits out and places them in the word.
//!
//! An escape is a code with 16 additional bits (`E` exponent bits, then `{sign, mantissa}`),
//! read and placed by the same steps. A chunk runs only while every lane's 16-byte loads lie
//! inside its stream; the scalar loop decodes the rest, so a damaged or truncated stream gets the
//! values and the verdict of the scalar decoder.

use super::raw_simd::RawEntry;
use super::LaneReader;

/// Decode the first values of `out` (table indices into `table`, value `k` from lane
/// `k % q.len()`) in chunks of 8 while every lane's stream has room for a chunk; returns how
/// many (a multiple of 8, so the rest starts at lane 0), with each lane's raw reader moved past
/// them. `m`: mantissa bits of the element type. Returns 0 for four or eight lanes, or when a
/// lane's stream is too long for 32-bit bit positions.
///
/// # Safety
/// The CPU must have AVX2 (`cpu::has_avx2`); `table` must have 2^16 entries (any `u16` index
/// reads inside it).
#[cfg(target_arch = "x86_64")]
pub(super) unsafe fn raw_pass(table: &[RawEntry], q: &mut [LaneReader], out: &mut [u16], m: u32) -> usize {
    debug_assert_eq!(table.len(), 1 << 16);
    // SAFETY: the caller's promise (CPU features, table size).
    unsafe {
        match q.len() {
            1 => windows::<1>(table, q, out, m),
            2 => windows::<2>(table, q, out, m),
            // Four and eight lanes: the scalar pass (with the gathers of the AVX-512 pass's steps,
            // 8 values at a time, measured slower than it on Zen 3).
            _ => 0,
        }
    }
}

/// [`raw_pass`] for `N` = 1 or 2 lanes, without gathers (slow on some CPUs, e.g. AMD Zen 3):
/// each 128-bit half of a chunk's vector holds 4 values of one lane in order (`N = 1`: values
/// 0..4 and 4..8; `N = 2`: lane 0's and lane 1's), so each half picks its values' bytes with one
/// byte shuffle out of 16 bytes of its lane loaded from its first value's byte (the last of its
/// 4 values of at most 16 bits ends within `7 + 64` bits, its 4-byte read within 10 bytes). The
/// entries are loaded one by one.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn windows<const N: usize>(table: &[RawEntry], q: &mut [LaneReader], out: &mut [u16], m: u32) -> usize {
    use core::arch::x86_64::*;
    const { assert!(N == 1 || N == 2) };
    // Each lane's bit position and the last position a chunk may start at: a half's 16 bytes
    // start at most 64 bits past the chunk's first position (`N = 1`, the second half).
    let (mut pos, mut limit) = ([0i32; 8], [0i32; 8]);
    for (g, l) in q.iter().enumerate() {
        let p = l.rpos + l.rbuf.trailing_zeros() as usize;
        if p >= 1 << 29 || l.raw.len() >= 1 << 26 {
            return 0;
        }
        let room = 8 * l.raw.len() as i64 - 64 - 128;
        let half = if N == 1 { 0..8 } else { 4 * g..4 * g + 4 };
        for k in half {
            (pos[k], limit[k]) = (p as i32, room.max(-1) as i32);
        }
    }
    let raws: [&[u8]; N] = std::array::from_fn(|g| q[g].raw);
    // SAFETY (all loads and stores below): the index loads and value stores cover `out[k..k +
    // 8]` with `k + 8 <= out.len()`; the entry loads read `table[i]` for u16 `i` (2^16 entries,
    // the caller's promise); each half's 16 bytes lie inside its lane's stream (`pos <= limit`,
    // checked before the chunk).
    let mut k = 0;
    unsafe {
        let mut base = _mm256_loadu_si256(pos.as_ptr().cast());
        let limitv = _mm256_loadu_si256(limit.as_ptr().cast());
        let c31 = _mm256_set1_epi32(31);
        let c7 = _mm256_set1_epi32(7);
        let not7 = _mm256_set1_epi32(!7);
        // A byte index repeated in the 4 bytes of its element, then the 4 bytes from it
        // big-endian (the first byte read at the top).
        let spread = _mm256_broadcastsi128_si256(_mm_set_epi8(12, 12, 12, 12, 8, 8, 8, 8, 4, 4, 4, 4, 0, 0, 0, 0));
        let be = _mm256_set1_epi32(0x0001_0203);
        // The low 16 bits of each element packed into the low 8 bytes of each half.
        let low16 = _mm256_broadcastsi128_si256(_mm_set_epi8(-1, -1, -1, -1, -1, -1, -1, -1, 13, 12, 9, 8, 5, 4, 1, 0));
        let man = _mm256_set1_epi32((1 << m) - 1);
        let exp = _mm256_set1_epi32(0x7fff & !((1 << m) - 1));
        let sign = _mm256_set1_epi32(0x8000);
        let sign_up = _mm_cvtsi32_si128(15 - m as i32);
        let t = table.as_ptr();
        while k + 8 <= out.len() {
            if _mm256_movemask_epi8(_mm256_cmpgt_epi32(base, limitv)) != 0 {
                break;
            }
            let o = out.as_ptr().add(k);
            let ent = |i: usize| *t.add(*o.add(i) as usize) as i32;
            // Half h: values 4h.. (N = 1), or lane h's values (N = 2).
            let e = if N == 1 {
                _mm256_setr_epi32(ent(0), ent(1), ent(2), ent(3), ent(4), ent(5), ent(6), ent(7))
            } else {
                _mm256_setr_epi32(ent(0), ent(2), ent(4), ent(6), ent(1), ent(3), ent(5), ent(7))
            };
            let rb = _mm256_and_si256(_mm256_srli_epi32::<16>(e), c31);
            // Masked to 5 bits (as `rb`): the shift counts are then known to be below 32, and
            // the compiler adds no guard for larger ones (`vpsllvd` / `vpsrlvd` give 0 there).
            let low = _mm256_and_si256(_mm256_srli_epi32::<24>(e), c31);
            // Inclusive prefix sum of `rb` in each half, then (N = 1) the first half's total
            // added to the second.
            let mut incl = _mm256_add_epi32(rb, _mm256_slli_si256::<4>(rb));
            incl = _mm256_add_epi32(incl, _mm256_slli_si256::<8>(incl));
            let total = _mm256_shuffle_epi32::<0xff>(incl);
            if N == 1 {
                incl = _mm256_add_epi32(incl, _mm256_permute2x128_si256::<0x08>(total, total));
            }
            let p = _mm256_add_epi32(base, _mm256_sub_epi32(incl, rb));
            // Each half's 16 bytes from its first value's byte. With two lanes that is the byte
            // of `base` (each half holds its lane's position): the loads then wait on the previous
            // chunk's positions only, not on this chunk's entries, and overlap their loads.
            let first = if N == 1 {
                _mm256_and_si256(_mm256_shuffle_epi32::<0>(p), not7)
            } else {
                _mm256_and_si256(base, not7)
            };
            base = if N == 1 {
                _mm256_add_epi32(base, _mm256_permutevar8x32_epi32(incl, _mm256_set1_epi32(7)))
            } else {
                _mm256_add_epi32(base, total)
            };
            let (b0, b1) =
                (_mm256_extract_epi32::<0>(first) as usize >> 3, _mm256_extract_epi32::<4>(first) as usize >> 3);
            let win = _mm256_loadu2_m128i(raws[N - 1].as_ptr().add(b1).cast(), raws[0].as_ptr().add(b0).cast());
            // The 4 bytes from the value's byte, big-endian; its `rb` bits at the top, then at
            // the bottom (shifted by 1, then by `31 - rb`: no count of 32, so `rb = 0` needs no
            // guard and gives 0), then at field bit `low`.
            let rel = _mm256_sub_epi32(p, first);
            let byte = _mm256_add_epi32(_mm256_shuffle_epi8(_mm256_srli_epi32::<3>(rel), spread), be);
            let w = _mm256_sllv_epi32(_mm256_shuffle_epi8(win, byte), _mm256_and_si256(rel, c7));
            let f = _mm256_sllv_epi32(_mm256_srlv_epi32(_mm256_srli_epi32::<1>(w), _mm256_sub_epi32(c31, rb)), low);
            // Mantissa bits as they are, exponent bits (escape) from `f >> 1`, the sign from field
            // bit M, then the fixed bits; only the low 16 bits are stored.
            let v = _mm256_or_si256(
                _mm256_or_si256(_mm256_and_si256(f, man), _mm256_and_si256(_mm256_srli_epi32::<1>(f), exp)),
                _mm256_or_si256(_mm256_and_si256(_mm256_sll_epi32(f, sign_up), sign), e),
            );
            let v = _mm256_castsi256_si128(_mm256_permute4x64_epi64::<0b1000>(_mm256_shuffle_epi8(v, low16)));
            // N = 2: lane 0's values and lane 1's interleaved back into value order.
            let v = if N == 1 { v } else { _mm_unpacklo_epi16(v, _mm_srli_si128::<8>(v)) };
            _mm_storeu_si128(out.as_mut_ptr().add(k).cast(), v);
            k += 8;
        }
        _mm256_storeu_si256(pos.as_mut_ptr().cast(), base);
    }
    for (g, l) in q.iter_mut().enumerate() {
        (l.rpos, l.rbuf) = (pos[if N == 1 { 0 } else { 4 * g }] as usize, 1);
    }
    k
}

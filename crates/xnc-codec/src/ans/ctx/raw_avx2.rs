//! The raw pass of the two-pass `ans-ctx` decoder with AVX2, 8 values at a time: what a CPU
//! without AVX-512 (AMD Zen 2 and 3, most Intel desktop parts) runs instead of [`super::raw_simd`].
//!
//! After the state pass, `out` holds each value's table index. Per chunk of 8 values (`8 / N`
//! rows of `N` lanes), the pass
//! 1. gathers each value's [`RawEntry`] (its additional-bit count `rb`, where the bits go, the
//!    word's fixed bits);
//! 2. turns the counts into each value's bit position in its lane's raw stream: a prefix sum over
//!    the values of the same lane (stride `N`), plus the lane's position before the chunk;
//! 3. gathers the 4 bytes at each value's position (every lane's stream addressed from one base,
//!    the first lane's), shifts the value's `rb` bits out of them and places them in the word.
//!
//! The same steps as the AVX-512 pass with half the width and a gather instead of its byte
//! permutation. An escape is a code with 16 additional bits (`E` exponent bits, then `{sign,
//! mantissa}`), read and placed by the same steps. A chunk runs only while every lane's 4-byte
//! reads lie inside its stream; the scalar loop decodes the rest, so a damaged or truncated
//! stream gets the values and the verdict of the scalar decoder.

use super::raw_simd::RawEntry;
use super::LaneReader;

/// Decode the first values of `out` (table indices into `table`, value `k` from lane
/// `k % q.len()`) in chunks of 8 while every lane's stream has room for a chunk; returns how
/// many (a multiple of 8, so the rest starts at lane 0), with each lane's raw reader moved past
/// them. `m`: mantissa bits of the element type. Returns 0 when the lanes' streams are too far
/// apart or too long for 32-bit offsets.
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
            4 => lanes::<4>(table, q, out, m),
            8 => lanes::<8>(table, q, out, m),
            _ => 0,
        }
    }
}

/// `x` moved up by `S` 32-bit elements across the whole vector, zeros shifted in (`S` 1, 2 or 4).
#[cfg(target_arch = "x86_64")]
#[inline(always)]
unsafe fn shift_up<const S: i32>(x: core::arch::x86_64::__m256i) -> core::arch::x86_64::__m256i {
    use core::arch::x86_64::*;
    // SAFETY: AVX2, the caller's promise.
    unsafe {
        // [0, low half of x]: the elements that cross from the low half into the high one.
        let t = _mm256_permute2x128_si256::<0x08>(x, x);
        match S {
            1 => _mm256_alignr_epi8::<12>(x, t),
            2 => _mm256_alignr_epi8::<8>(x, t),
            _ => t,
        }
    }
}

/// [`raw_pass`] for `N` lanes.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn lanes<const N: usize>(table: &[RawEntry], q: &mut [LaneReader], out: &mut [u16], m: u32) -> usize {
    use core::arch::x86_64::*;
    const { assert!(N == 1 || N == 2 || N == 4 || N == 8) };
    // Each lane's bit position (the reader's position plus the bits its window consumed), its
    // stream's byte offset from lane 0's, and the last position a chunk may start at: a lane's
    // `8 / N` values of at most 16 bits each end at most `128 / N` bits past it, and the last
    // one's 4-byte read ends at most 32 bits past its start.
    let (mut pos, mut limit, mut off) = ([0i32; 8], [0i32; 8], [0i32; 8]);
    let base_ptr = q[0].raw.as_ptr();
    for (g, l) in q.iter().enumerate() {
        let p = l.rpos + l.rbuf.trailing_zeros() as usize;
        let d = (l.raw.as_ptr() as isize).wrapping_sub(base_ptr as isize);
        if p >= 1 << 29 || l.raw.len() >= 1 << 26 || d.unsigned_abs() >= 1 << 29 {
            return 0;
        }
        let room = 8 * l.raw.len() as i64 - (128 / N) as i64 - 32;
        for k in (g..8).step_by(N) {
            (pos[k], limit[k], off[k]) = (p as i32, room.max(-1) as i32, d as i32);
        }
    }
    // SAFETY (all loads and stores below): the index loads and value stores cover `out[k..k +
    // 8]` with `k + 8 <= out.len()`; the entry gather reads `table[i]` for u16 `i` (2^16
    // entries, the caller's promise); each value's 4-byte read lies inside its lane's stream
    // (`pos <= limit`, checked before the chunk; `base_ptr + off` is the lane's stream).
    let mut k = 0;
    unsafe {
        let mut base = _mm256_loadu_si256(pos.as_ptr().cast());
        let limitv = _mm256_loadu_si256(limit.as_ptr().cast());
        let offv = _mm256_loadu_si256(off.as_ptr().cast());
        let c31 = _mm256_set1_epi32(31);
        let c32 = _mm256_set1_epi32(32);
        let c7 = _mm256_set1_epi32(7);
        // Each lane's last value of a chunk (its position after the chunk is the sum there).
        let last: [i32; 8] = std::array::from_fn(|i| (8 - N + i % N) as i32);
        let last = _mm256_loadu_si256(last.as_ptr().cast());
        // The 4 bytes of each element big-endian (the first byte read at the top).
        let be = _mm256_broadcastsi128_si256(_mm_set_epi8(12, 13, 14, 15, 8, 9, 10, 11, 4, 5, 6, 7, 0, 1, 2, 3));
        // The low 16 bits of each element packed into the low 8 bytes of each half.
        let low16 = _mm256_broadcastsi128_si256(_mm_set_epi8(-1, -1, -1, -1, -1, -1, -1, -1, 13, 12, 9, 8, 5, 4, 1, 0));
        // The word's bits: mantissa `0..M` from the field as it is, exponent `M..M + E` from the
        // field shifted down by one (only an escape has bits there), the sign (bit 15) from the
        // field's bit M.
        let man = _mm256_set1_epi32((1 << m) - 1);
        let exp = _mm256_set1_epi32(0x7fff & !((1 << m) - 1));
        let sign = _mm256_set1_epi32(0x8000);
        let sign_up = _mm_cvtsi32_si128(15 - m as i32);
        let raw = base_ptr.cast::<i32>();
        let entries = table.as_ptr().cast::<i32>();
        while k + 8 <= out.len() {
            if _mm256_movemask_epi8(_mm256_cmpgt_epi32(base, limitv)) != 0 {
                break;
            }
            let idx = _mm256_cvtepu16_epi32(_mm_loadu_si128(out.as_ptr().add(k).cast()));
            let e = _mm256_i32gather_epi32::<4>(entries, idx);
            let rb = _mm256_and_si256(_mm256_srli_epi32::<16>(e), c31);
            let low = _mm256_srli_epi32::<24>(e);
            // Inclusive prefix sum of `rb` over each lane's values (stride N).
            let mut incl = rb;
            if N < 2 {
                incl = _mm256_add_epi32(incl, shift_up::<1>(incl));
            }
            if N < 4 {
                incl = _mm256_add_epi32(incl, shift_up::<2>(incl));
            }
            if N < 8 {
                incl = _mm256_add_epi32(incl, shift_up::<4>(incl));
            }
            let p = _mm256_add_epi32(base, _mm256_sub_epi32(incl, rb));
            base = _mm256_add_epi32(base, _mm256_permutevar8x32_epi32(incl, last));
            // The 4 bytes from the value's byte, big-endian; its `rb` bits at the top, then at
            // the bottom (a shift by 32 gives 0), then at field bit `low`.
            let w = _mm256_i32gather_epi32::<1>(raw, _mm256_add_epi32(offv, _mm256_srli_epi32::<3>(p)));
            let w = _mm256_sllv_epi32(_mm256_shuffle_epi8(w, be), _mm256_and_si256(p, c7));
            let f = _mm256_sllv_epi32(_mm256_srlv_epi32(w, _mm256_sub_epi32(c32, rb)), low);
            // Mantissa bits as they are, exponent bits (escape) from `f >> 1`, the sign from field
            // bit M, then the fixed bits; only the low 16 bits are stored.
            let v = _mm256_or_si256(
                _mm256_or_si256(_mm256_and_si256(f, man), _mm256_and_si256(_mm256_srli_epi32::<1>(f), exp)),
                _mm256_or_si256(_mm256_and_si256(_mm256_sll_epi32(f, sign_up), sign), e),
            );
            let v = _mm256_permute4x64_epi64::<0b1000>(_mm256_shuffle_epi8(v, low16));
            _mm_storeu_si128(out.as_mut_ptr().add(k).cast(), _mm256_castsi256_si128(v));
            k += 8;
        }
        _mm256_storeu_si256(pos.as_mut_ptr().cast(), base);
    }
    for (g, l) in q.iter_mut().enumerate() {
        (l.rpos, l.rbuf) = (pos[g] as usize, 1);
    }
    k
}

/// [`raw_pass`] for `N` = 1 or 2 lanes without the gathers (slow on some CPUs, e.g. AMD Zen 3):
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
        let c32 = _mm256_set1_epi32(32);
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
            let low = _mm256_srli_epi32::<24>(e);
            // Inclusive prefix sum of `rb` in each half, then (N = 1) the first half's total
            // added to the second.
            let mut incl = _mm256_add_epi32(rb, _mm256_slli_si256::<4>(rb));
            incl = _mm256_add_epi32(incl, _mm256_slli_si256::<8>(incl));
            let total = _mm256_shuffle_epi32::<0xff>(incl);
            if N == 1 {
                incl = _mm256_add_epi32(incl, _mm256_permute2x128_si256::<0x08>(total, total));
            }
            let p = _mm256_add_epi32(base, _mm256_sub_epi32(incl, rb));
            base = if N == 1 {
                _mm256_add_epi32(base, _mm256_permutevar8x32_epi32(incl, _mm256_set1_epi32(7)))
            } else {
                _mm256_add_epi32(base, total)
            };
            // Each half's 16 bytes from its first value's byte.
            let first = _mm256_and_si256(_mm256_shuffle_epi32::<0>(p), not7);
            let (b0, b1) =
                (_mm256_extract_epi32::<0>(first) as usize >> 3, _mm256_extract_epi32::<4>(first) as usize >> 3);
            let win = _mm256_loadu2_m128i(raws[N - 1].as_ptr().add(b1).cast(), raws[0].as_ptr().add(b0).cast());
            // The 4 bytes from the value's byte, big-endian; its `rb` bits at the top, then at
            // the bottom (a shift by 32 gives 0), then at field bit `low`.
            let rel = _mm256_sub_epi32(p, first);
            let byte = _mm256_add_epi32(_mm256_shuffle_epi8(_mm256_srli_epi32::<3>(rel), spread), be);
            let w = _mm256_sllv_epi32(_mm256_shuffle_epi8(win, byte), _mm256_and_si256(rel, c7));
            let f = _mm256_sllv_epi32(_mm256_srlv_epi32(w, _mm256_sub_epi32(c32, rb)), low);
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

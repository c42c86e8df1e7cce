//! The raw pass of the two-pass `ans-ctx` decoder with AVX-512 (F, BW and VBMI), 16 values at a
//! time.
//!
//! After the state pass, `out` holds each value's table index. Per chunk of 16 values (`16 / N`
//! rows of `N` lanes), the pass
//! 1. gathers each value's [`RawEntry`] (its additional-bit count `rb`, where the bits go, the
//!    word's fixed bits);
//! 2. turns the counts into each value's bit position in its lane's raw stream: a prefix sum over
//!    the values of the same lane (stride `N`), plus the lane's position before the chunk;
//! 3. loads each lane's next `64 / N` bytes side by side in one vector, picks the 4 bytes at each
//!    value's position out of it (`vpermb`), shifts the value's `rb` bits out of them and places
//!    them in the word.
//!
//! An escape is a code with 16 additional bits (`E` exponent bits, then `{sign, mantissa}`), read
//! and placed by the same steps. A chunk runs only while every lane's window lies inside its
//! stream; the scalar loop decodes the rest, so a damaged or truncated stream gets the values and
//! the verdict of the scalar decoder.

use super::LaneReader;

/// One table index's raw-bit step, 32 bits: the word with its code's fixed bits (exponent, sign
/// and prefix) in bits 0..16, the additional-bit count `rb` (0..=16, 16 for the escape) in bits
/// 16..21, and `low`, the bit of the `{sign, mantissa}` field where the additional bits start
/// (0 for the escape), in bits 24..29.
pub(super) type RawEntry = u32;

/// The [`RawEntry`] of a code: fixed bits `wbase`, `rb` additional bits placed from field bit `low`.
pub(super) fn raw_entry(wbase: u16, rb: u8, low: u32) -> RawEntry {
    wbase as u32 | (rb as u32) << 16 | low << 24
}

/// Decode the first values of `out` (table indices into `table`, value `k` from lane
/// `k % q.len()`) in chunks of 16 while every lane's stream has room for a chunk; returns how
/// many (a multiple of 16, so the rest starts at lane 0), with each lane's raw reader moved past
/// them. `m`: mantissa bits of the element type. Returns 0 when the lanes' streams are too far
/// apart or too long for 32-bit offsets.
///
/// # Safety
/// The CPU must have AVX-512 F, BW and VBMI (`cpu::has_avx512_vbmi`); `table` must have 2^16 entries (any
/// `u16` index reads inside it).
#[cfg(target_arch = "x86_64")]
pub(super) unsafe fn raw_pass(table: &[RawEntry], q: &mut [LaneReader], out: &mut [u16], m: u32) -> usize {
    debug_assert_eq!(table.len(), 1 << 16);
    // SAFETY: the caller's promise (CPU features, table size).
    unsafe {
        match q.len() {
            1 => lanes::<1>(table, q, out, m),
            2 => lanes::<2>(table, q, out, m),
            4 => lanes::<4>(table, q, out, m),
            8 => lanes::<8>(table, q, out, m),
            _ => 0,
        }
    }
}

/// Each lane's next 64 / N bytes from byte `pos[g] >> 3` of its stream, lane g in bytes
/// `g * 64 / N ..`.
///
/// # Safety
/// AVX-512 F; every lane's `64 / N` bytes lie inside its stream.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
unsafe fn windows<const N: usize>(ptr: &[*const u8; 8], pos: &[i32; 16]) -> core::arch::x86_64::__m512i {
    use core::arch::x86_64::*;
    let at = |g: usize| ptr[g].add(pos[g] as usize >> 3);
    // SAFETY: the caller's promise.
    unsafe {
        match N {
            1 => _mm512_loadu_si512(at(0).cast()),
            2 => _mm512_inserti64x4::<1>(
                _mm512_castsi256_si512(_mm256_loadu_si256(at(0).cast())),
                _mm256_loadu_si256(at(1).cast()),
            ),
            4 => {
                let lo = _mm256_inserti128_si256::<1>(
                    _mm256_castsi128_si256(_mm_loadu_si128(at(0).cast())),
                    _mm_loadu_si128(at(1).cast()),
                );
                let hi = _mm256_inserti128_si256::<1>(
                    _mm256_castsi128_si256(_mm_loadu_si128(at(2).cast())),
                    _mm_loadu_si128(at(3).cast()),
                );
                _mm512_inserti64x4::<1>(_mm512_castsi256_si512(lo), hi)
            }
            _ => {
                let w = |g: usize| at(g).cast::<i64>().read_unaligned();
                _mm512_set_epi64(w(7), w(6), w(5), w(4), w(3), w(2), w(1), w(0))
            }
        }
    }
}

/// [`raw_pass`] for `N` lanes.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f,avx512bw,avx512vbmi")]
unsafe fn lanes<const N: usize>(table: &[RawEntry], q: &mut [LaneReader], out: &mut [u16], m: u32) -> usize {
    use core::arch::x86_64::*;
    // Each lane's bit position (the reader's position plus the bits its window consumed), its
    // stream, and the last position a chunk may start at: a chunk loads the `64 / N` bytes from
    // its first position's byte, and reads 32 bits at most `(16 / N - 1) * 16` bits past it,
    // within them (the bit offset in the first byte is at most 7).
    const { assert!(N == 1 || N == 2 || N == 4 || N == 8) };
    let (mut pos, mut limit, mut ptr) = ([0i32; 16], [0i32; 16], [std::ptr::null::<u8>(); 8]);
    for (g, l) in q.iter().enumerate() {
        let p = l.rpos + l.rbuf.trailing_zeros() as usize;
        if p >= 1 << 30 || l.raw.len() >= 1 << 26 {
            return 0;
        }
        let room = 8 * (l.raw.len() as i64 - 64 / N as i64);
        ptr[g] = l.raw.as_ptr();
        for k in (g..16).step_by(N) {
            (pos[k], limit[k]) = (p as i32, room.max(-1) as i32);
        }
    }
    // SAFETY (all loads and stores below): the index loads and value stores cover `out[k..k +
    // 16]` with `k + 16 <= out.len()`; the entry gather reads `table[i]` for u16 `i` (2^16
    // entries, the caller's promise); each lane's window lies inside its stream (`pos <= limit`,
    // checked before the chunk).
    let mut k = 0;
    unsafe {
        let mut base = _mm512_loadu_si512(pos.as_ptr().cast());
        let limitv = _mm512_loadu_si512(limit.as_ptr().cast());
        let zero = _mm512_setzero_si512();
        let c31 = _mm512_set1_epi32(31);
        let c32 = _mm512_set1_epi32(32);
        let c7 = _mm512_set1_epi32(7);
        // Each lane's last value of a chunk (its position after the chunk is the sum there).
        let last: [i32; 16] = std::array::from_fn(|i| (16 - N + i % N) as i32);
        let last = _mm512_loadu_si512(last.as_ptr().cast());
        // Bit offset of each value's lane window in the windows' vector.
        let lane_bits: [i32; 16] = std::array::from_fn(|i| (i % N * 512 / N) as i32);
        let lane_bits = _mm512_loadu_si512(lane_bits.as_ptr().cast());
        // A byte index repeated in the 4 bytes of its element, then the 4 bytes from it
        // big-endian (the highest byte first in the element's low byte).
        let spread = _mm512_broadcast_i32x4(_mm_set_epi8(12, 12, 12, 12, 8, 8, 8, 8, 4, 4, 4, 4, 0, 0, 0, 0));
        let be = _mm512_set1_epi32(0x0001_0203);
        // The word's bits: mantissa `0..M` from the field as it is, exponent `M..M + E` from the
        // field shifted down by one (only an escape has bits there), the sign (bit 15) from the
        // field's bit M.
        let man = _mm512_set1_epi32((1 << m) - 1);
        let exp = _mm512_set1_epi32(0x7fff & !((1 << m) - 1));
        let sign_up = _mm512_set1_epi32(15 - m as i32);
        while k + 16 <= out.len() {
            if _mm512_cmpgt_epi32_mask(base, limitv) != 0 {
                break;
            }
            _mm512_storeu_si512(pos.as_mut_ptr().cast(), base);
            let win = windows::<N>(&ptr, &pos);
            let idx = _mm512_cvtepu16_epi32(_mm256_loadu_si256(out.as_ptr().add(k).cast()));
            let e = _mm512_i32gather_epi32::<4>(idx, table.as_ptr().cast());
            let rb = _mm512_and_si512(_mm512_srli_epi32::<16>(e), c31);
            let low = _mm512_srli_epi32::<24>(e);
            // Inclusive prefix sum of `rb` over each lane's values (stride N).
            let mut incl = rb;
            if N < 2 {
                incl = _mm512_add_epi32(incl, _mm512_alignr_epi32::<15>(incl, zero));
            }
            if N < 4 {
                incl = _mm512_add_epi32(incl, _mm512_alignr_epi32::<14>(incl, zero));
            }
            if N < 8 {
                incl = _mm512_add_epi32(incl, _mm512_alignr_epi32::<12>(incl, zero));
            }
            incl = _mm512_add_epi32(incl, _mm512_alignr_epi32::<8>(incl, zero));
            let p = _mm512_add_epi32(base, _mm512_sub_epi32(incl, rb));
            // The value's bit in the windows' vector: its lane's window starts at the byte of
            // `base`.
            let rel = _mm512_add_epi32(_mm512_sub_epi32(p, _mm512_andnot_si512(c7, base)), lane_bits);
            base = _mm512_add_epi32(base, _mm512_permutexvar_epi32(last, incl));
            let byte = _mm512_add_epi32(_mm512_shuffle_epi8(_mm512_srli_epi32::<3>(rel), spread), be);
            let w = _mm512_permutexvar_epi8(byte, win);
            // The value's `rb` bits at the top, then at the bottom (a shift by 32 gives 0), then
            // at field bit `low`.
            let w = _mm512_sllv_epi32(w, _mm512_and_si512(p, c7));
            let f = _mm512_sllv_epi32(_mm512_srlv_epi32(w, _mm512_sub_epi32(c32, rb)), low);
            // exp ? f >> 1 : f << (15 - M), then man ? f : that, then the fixed bits (only the
            // low 16 bits are stored).
            let hi = _mm512_ternarylogic_epi32::<0xb8>(_mm512_sllv_epi32(f, sign_up), exp, _mm512_srli_epi32::<1>(f));
            let v = _mm512_or_si512(_mm512_ternarylogic_epi32::<0xb8>(hi, man, f), e);
            _mm256_storeu_si256(out.as_mut_ptr().add(k).cast(), _mm512_cvtepi32_epi16(v));
            k += 16;
        }
        _mm512_storeu_si512(pos.as_mut_ptr().cast(), base);
    }
    for (g, l) in q.iter_mut().enumerate() {
        (l.rpos, l.rbuf) = (pos[g] as usize, 1);
    }
    k
}

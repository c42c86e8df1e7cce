//! The raw pass of the two-pass `ans-ctx` decoder over tagged words with AVX-512 (F, BW and
//! VBMI), thirty-two rows at a time: [`super::tagged_avx2`]'s steps in 512-bit vectors, where
//! AVX-512 BW's variable 16-bit shifts replace the multiplies and VBMI's two-table byte
//! permutation picks each value's bytes out of 128 bytes of its lane (no bit alignment first).
//!
//! Per lane and 32 values (16-bit elements): the field widths from the tags (a byte shuffle), their
//! prefix sum (byte shifts within 128-bit lanes, then the lanes' totals added across lanes) plus
//! the lane's bit offset in its first byte: each value's start; the bytes at `start / 8` and the
//! next two picked (two `vpermt2b`; one, the first two bytes, for BF16 chunks without an escape:
//! fields of at most 8 bits), the 16 bits from `start` (`vpsllvw`, `vpsrlvw`), the field (the top
//! `width` of them, all 16 for the escape) and its bits placed as the AVX2 pass places them.
//! Thirty-two values read at most 512 bits, inside the 128 bytes loaded. A chunk runs only while
//! every lane's stream holds those 128 bytes; the scalar loop decodes the rest.

use core::arch::x86_64::*;

use super::{LaneReader, TAG_ESCAPE, TAG_MASK};

/// Per tag (a byte shuffle's index): the field's width, as [`super::tagged_avx2`]'s.
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

/// Decode the first values of `out` (tagged words, value `k` from lane `k % q.len()`) in chunks of
/// 32 rows while every lane's stream has room for a chunk; returns how many (a multiple of
/// `32 q.len()`), with each lane's raw reader moved past them. `m`: mantissa bits of the element
/// type (7 or 10). Returns 0 for four or eight lanes. `full`: BF16 chunks whose codes all have
/// the whole 8-bit field as additional bits take [`full_rows`] (`CtxDecoder::with_full_rows(false)`
/// turns it off).
///
/// # Safety
/// The CPU must have AVX-512 F, BW and VBMI (`cpu::has_avx512_vbmi`).
pub(super) unsafe fn raw_pass(q: &mut [LaneReader], out: &mut [u16], m: u32, full: bool, paired: bool) -> usize {
    // SAFETY: the caller's promise (CPU features).
    unsafe {
        match (q.len(), m, full, paired) {
            (1, 7, true, _) => lanes::<1, 7, true, false>(q, out),
            (1, 7, false, _) => lanes::<1, 7, false, false>(q, out),
            (1, _, _, _) => lanes::<1, 10, false, false>(q, out),
            (2, 7, true, true) => lanes::<2, 7, true, true>(q, out),
            (2, 7, false, true) => lanes::<2, 7, false, true>(q, out),
            (2, 7, true, false) => lanes::<2, 7, true, false>(q, out),
            (2, 7, false, false) => lanes::<2, 7, false, false>(q, out),
            (2, _, _, true) => lanes::<2, 10, false, true>(q, out),
            (2, _, _, false) => lanes::<2, 10, false, false>(q, out),
            _ => 0,
        }
    }
}

/// The tag of a BF16 code whose additional bits are the whole `{sign, mantissa}` field (`k = 0`,
/// 8 bits): its word is the exponent alone, or-ed with 8.
const FULL_TAG: i16 = 8;

/// Per 16-bit element of a chunk's two halves (rows 0-15, rows 16-31), the two byte permutes of
/// [`full_rows`]: one lane (`[0]`): row `k` gets byte `k` of the lane's 64 bytes in its high half and
/// byte `k + 1` in its low half; two lanes (`[1]`, rows interleaved as in the output): element
/// `k` (row `k / 2`, lane `k % 2`) gets those of its lane's bytes (lane 1's at 64-127).
static FULL_INDEX: [[[u8; 64]; 2]; 2] = {
    let mut a = [[[0u8; 64]; 2]; 2];
    let mut h = 0;
    while h < 2 {
        let mut i = 0;
        while i < 64 {
            let k = i / 2;
            let lo = 1 - i % 2;
            a[0][h][i] = (32 * h + k + lo) as u8;
            a[1][h][i] = ((k % 2) * 64 + 16 * h + k / 2 + lo) as u8;
            i += 1;
        }
        h += 1;
    }
    a
};

/// Thirty-two BF16 rows of `N` (1 or 2) lanes whose tagged words `w` (row order, `N` vectors) all
/// have [`FULL_TAG`]: each value's 8 raw bits are its `{sign, mantissa}` byte, so the rows need no
/// prefix sum of widths: per lane the bytes from `p` picked as big-endian pairs (each value's byte
/// and the next) by one byte permute for sixteen rows (two lanes: one two-table permute), shifted
/// left by the lane's bit offset `s` (each value's byte now the top byte of its element), the
/// sign and mantissa selected into the word over its tag (`ans-fa`'s VBMI rows,
/// `decode/raw512.rs`, with the tag replaced instead of or-ed). Each lane reads 256 bits.
///
/// # Safety
/// 64 bytes from each `p[l]` are readable.
#[inline]
#[target_feature(enable = "avx512f,avx512bw,avx512vbmi")]
unsafe fn full_rows<const N: usize>(w: &[__m512i; N], p: &[*const u8; N], s: &[usize; N]) -> [__m512i; N] {
    // SAFETY: the caller's promise (64 readable bytes each; unaligned loads).
    let lo = unsafe { _mm512_loadu_si512(p[0].cast()) };
    let hi = unsafe { _mm512_loadu_si512(p[N - 1].cast()) };
    let shift = if N == 1 {
        _mm512_set1_epi16(s[0] as i16)
    } else {
        _mm512_mask_blend_epi16(0xaaaa_aaaa, _mm512_set1_epi16(s[0] as i16), _mm512_set1_epi16(s[N - 1] as i16))
    };
    let (sign, field) = (_mm512_set1_epi16(0x8000u16 as i16), _mm512_set1_epi16(0x807fu16 as i16));
    std::array::from_fn(|h| {
        // SAFETY: 64 readable bytes (unaligned load of a static).
        let idx = unsafe { _mm512_loadu_si512(FULL_INDEX[N - 1][h].as_ptr().cast()) };
        let pairs = if N == 1 { _mm512_permutexvar_epi8(idx, lo) } else { _mm512_permutex2var_epi8(lo, idx, hi) };
        let g = _mm512_sllv_epi16(pairs, shift);
        // Bit 15: the sign (g's); bits 0-6: the mantissa (g's high byte moved down).
        let sm = _mm512_ternarylogic_epi32::<0xb8>(_mm512_srli_epi16::<8>(g), sign, g);
        // The word's sign and mantissa bits (zero, but the tag) replaced by the value's.
        _mm512_ternarylogic_epi32::<0xb8>(w[h.min(N - 1)], field, sm)
    })
}

#[cfg(test)]
thread_local! {
    /// Test builds: the chunks this thread's [`lanes`] gave to [`full_rows`], so that the test of
    /// the whole-field form can tell that it ran (it decodes as the general form does).
    static FULL_CHUNKS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    /// Test builds: the chunks this thread's [`lanes`] decoded through [`pair`], so that the test
    /// of the interleaved form can tell that it ran (it decodes as the lanes apart do).
    static PAIR_CHUNKS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// A vector of 32 words from `f(i)`.
#[inline]
#[target_feature(enable = "avx512f")]
fn words(f: impl Fn(usize) -> i16) -> __m512i {
    let a: [i16; 32] = std::array::from_fn(f);
    // SAFETY: 64 readable bytes (unaligned load).
    unsafe { _mm512_loadu_si512(a.as_ptr().cast()) }
}

/// [`raw_pass`] for `N` (1 or 2) lanes of an element type with `M` mantissa bits; `PAIR`: two
/// lanes decoded interleaved ([`pair`]) where they fit.
#[target_feature(enable = "avx512f,avx512bw,avx512vbmi")]
fn lanes<const N: usize, const M: u32, const FULL: bool, const PAIR: bool>(
    q: &mut [LaneReader],
    out: &mut [u16],
) -> usize {
    const { assert!((N == 1 || N == 2) && (M == 7 || M == 10) && (M == 7 || !FULL) && (N == 2 || !PAIR)) };
    let (tag_mask, full_tag) = (_mm512_set1_epi16(TAG_MASK as i16), _mm512_set1_epi16(FULL_TAG));
    let raws: [&[u8]; N] = std::array::from_fn(|g| q[g].raw);
    let mut at: [usize; N] = std::array::from_fn(|g| q[g].rpos + q[g].rbuf.trailing_zeros() as usize);
    // Two lanes: lane 0's words are the even ones of a chunk, lane 1's the odd ones; back into
    // row order, the first 32 words interleave the lanes' first 16 values, the next 32 the rest.
    let (even, odd) = (words(|i| 2 * i as i16), words(|i| 2 * i as i16 + 1));
    let (first, second) = (words(|j| ((j & 1) * 32 + j / 2) as i16), words(|j| ((j & 1) * 32 + 16 + j / 2) as i16));
    let mut k = 0;
    'chunks: while k + 32 * N <= out.len() {
        let mut ptr = [std::ptr::null::<u8>(); N];
        for l in 0..N {
            match raws[l].get(at[l] >> 3..(at[l] >> 3) + 128) {
                Some(r) => ptr[l] = r.as_ptr(),
                None => break 'chunks,
            }
        }
        let p = out[k..k + 32 * N].as_mut_ptr();
        // SAFETY: `32 N` words from `p`, `N` times 64 readable bytes (unaligned loads).
        let w: [__m512i; N] = std::array::from_fn(|i| unsafe { _mm512_loadu_si512(p.add(32 * i).cast()) });
        if FULL && w.iter().all(|&x| _mm512_cmpneq_epi16_mask(_mm512_and_si512(x, tag_mask), full_tag) == 0) {
            // Row order: with one lane, rows 0-31 in `w[0]`; with two, rows 0-15 in `w[0]`, 16-31
            // in `w[1]`, the lanes interleaved, as `full_rows` takes and gives them.
            // SAFETY: 128 readable bytes from each lane's pointer (checked above).
            let v = unsafe { full_rows::<N>(&w, &ptr, &std::array::from_fn(|l| at[l] & 7)) };
            #[cfg(test)]
            FULL_CHUNKS.with(|c| c.set(c.get() + 1));
            for (i, x) in v.into_iter().enumerate() {
                // SAFETY: as the loads above (64 writable bytes each).
                unsafe { _mm512_storeu_si512(p.add(32 * i).cast(), x) };
            }
            at.iter_mut().for_each(|a| *a += 256);
            k += 32 * N;
            continue;
        }
        if N == 1 {
            // SAFETY: 128 readable bytes from `ptr[0]` (checked above).
            let (o, bits) = unsafe { lane::<M>(w[0], ptr[0], at[0] & 7) };
            at[0] += bits;
            // SAFETY: as the loads above (64 writable bytes).
            unsafe { _mm512_storeu_si512(p.cast(), o) };
        } else {
            if PAIR {
                // SAFETY: 128 readable bytes from each lane's pointer (checked above).
                if let Some((v, bits)) =
                    unsafe { pair::<M>([w[0], w[N - 1]], [ptr[0], ptr[N - 1]], [at[0] & 7, at[N - 1] & 7]) }
                {
                    at[0] += bits[0];
                    at[N - 1] += bits[1];
                    #[cfg(test)]
                    PAIR_CHUNKS.with(|c| c.set(c.get() + 1));
                    for (i, x) in v.into_iter().enumerate() {
                        // SAFETY: as the loads above (64 writable bytes each).
                        unsafe { _mm512_storeu_si512(p.add(32 * i).cast(), x) };
                    }
                    k += 32 * N;
                    continue;
                }
            }
            let l0 = _mm512_permutex2var_epi16(w[0], even, w[N - 1]);
            let l1 = _mm512_permutex2var_epi16(w[0], odd, w[N - 1]);
            // SAFETY: 128 readable bytes from each lane's pointer (checked above).
            let ((o0, b0), (o1, b1)) =
                unsafe { (lane::<M>(l0, ptr[0], at[0] & 7), lane::<M>(l1, ptr[N - 1], at[N - 1] & 7)) };
            at[0] += b0;
            at[N - 1] += b1;
            // SAFETY: as the loads above (2 x 64 writable bytes).
            unsafe {
                _mm512_storeu_si512(p.cast(), _mm512_permutex2var_epi16(o0, first, o1));
                _mm512_storeu_si512(p.add(32).cast(), _mm512_permutex2var_epi16(o0, second, o1));
            }
        }
        k += 32 * N;
    }
    for (l, a) in q.iter_mut().zip(at) {
        (l.rpos, l.rbuf) = (a, 1);
    }
    k
}

/// Thirty-two values of one lane: `w` their tagged words (value order), `p` the lane's stream
/// from the byte of its position, `s` the position's bit in that byte. The words with their raw
/// bits, and the bits read.
///
/// # Safety
/// 128 bytes from `p` are readable.
#[inline]
#[target_feature(enable = "avx512f,avx512bw,avx512vbmi")]
unsafe fn lane<const M: u32>(w: __m512i, p: *const u8, s: usize) -> (__m512i, usize) {
    // SAFETY: the caller's promise (128 readable bytes).
    let (lo, hi) = unsafe { (_mm512_loadu_si512(p.cast()), _mm512_loadu_si512(p.add(64).cast())) };
    // SAFETY: 16 readable bytes (unaligned load).
    let width_table = _mm512_broadcast_i32x4(unsafe { _mm_loadu_si128(WIDTH.as_ptr().cast()) });
    let tag = _mm512_and_si512(w, _mm512_set1_epi16(TAG_MASK as i16));
    // The high byte's index is 0: WIDTH[0] = 0.
    let width = _mm512_shuffle_epi8(width_table, tag);
    // Inclusive prefix sum: within each 128-bit lane, element i plus element i - d for d = 1, 2, 4
    // (byte shifts, in-lane); then each lane's total (its word 7, broadcast in the lane) added to
    // the lanes after it (three lane shifts, independent of one another).
    let mut end = width;
    end = _mm512_add_epi16(end, _mm512_bslli_epi128::<2>(end));
    end = _mm512_add_epi16(end, _mm512_bslli_epi128::<4>(end));
    end = _mm512_add_epi16(end, _mm512_bslli_epi128::<8>(end));
    let total = _mm512_shuffle_epi8(end, _mm512_set1_epi16(0x0f0e));
    // Lanes (0, t0, t1, t2), (0, 0, t0, t1), (0, 0, 0, t0): 64-bit elements' masks and lane picks.
    let by1 = _mm512_maskz_shuffle_i64x2::<0b10_01_00_00>(0b1111_1100, total, total);
    let by2 = _mm512_maskz_shuffle_i64x2::<0b01_00_00_00>(0b1111_0000, total, total);
    let by3 = _mm512_maskz_shuffle_i64x2::<0b00_00_00_00>(0b1100_0000, total, total);
    end = _mm512_add_epi16(end, _mm512_add_epi16(by1, _mm512_add_epi16(by2, by3)));
    let bits = _mm_extract_epi16::<7>(_mm512_extracti32x4_epi32::<3>(end)) as u16 as usize;
    let start = _mm512_add_epi16(_mm512_sub_epi16(end, width), _mm512_set1_epi16(s as i16));
    // Byte indices: `start / 8` (high byte) and the next (low byte), then the one after that in
    // the high byte: the big-endian bytes from the value's start, out of the 128 bytes.
    let idx = _mm512_srli_epi16::<3>(start);
    let i1 = _mm512_or_si512(_mm512_slli_epi16::<8>(idx), _mm512_add_epi16(idx, _mm512_set1_epi16(1)));
    let b01 = _mm512_permutex2var_epi8(lo, i1, hi);
    // The 16 bits from `start`: (b0 b1) << s, or the top s bits of b2 (a shift by 16 gives 0).
    // BF16 without an escape: fields of at most 8 bits, inside (b0 b1) from any s <= 7.
    let sh = _mm512_and_si512(start, _mm512_set1_epi16(7));
    let sixteen = _mm512_set1_epi16(16);
    let mut y = _mm512_sllv_epi16(b01, sh);
    if M != 7 || _mm512_cmpgt_epi16_mask(width, _mm512_set1_epi16(8)) != 0 {
        let i2 = _mm512_add_epi16(i1, _mm512_set1_epi16(0x0200));
        let b21 = _mm512_permutex2var_epi8(lo, i2, hi);
        y = _mm512_or_si512(y, _mm512_srlv_epi16(b21, _mm512_sub_epi16(sixteen, sh)));
    }
    // The field: the top `width` bits of `y` (all 16 for the escape, none for 0).
    let f = _mm512_srlv_epi16(y, _mm512_sub_epi16(sixteen, width));
    // exp ? f >> 1 : f << (15 - M) (the sign to bit 15), then man ? f : that, then the fixed bits.
    let man = _mm512_set1_epi16(((1u32 << M) - 1) as i16);
    let exp = _mm512_set1_epi16((0x7fff & !((1u32 << M) - 1)) as i16);
    let up = if M == 7 { _mm512_slli_epi16::<8>(f) } else { _mm512_slli_epi16::<5>(f) };
    let top = _mm512_ternarylogic_epi32::<0xb8>(up, exp, _mm512_srli_epi16::<1>(f));
    let placed = _mm512_ternarylogic_epi32::<0xb8>(top, man, f);
    // (w & !TAG_MASK) | placed.
    let v = _mm512_ternarylogic_epi32::<0xea>(w, _mm512_set1_epi16(!TAG_MASK as i16), placed);
    (v, bits)
}

/// Thirty-two rows of two lanes as [`lane`] decodes each lane, with the lanes' words left
/// interleaved as in the rows (`w[0]` rows 0-15, `w[1]` rows 16-31; even elements lane 0, odd
/// lane 1): the widths' prefix sum over both lanes at once (shifts by two words: each element plus
/// the earlier ones of its lane), and each value's bytes picked by one two-table permute out of
/// lane 0's 64 bytes (from `p[0]`) and lane 1's (from `p[1]`). Saves [`lanes`]' four word
/// permutes per chunk (lanes apart, then back) and one prefix-sum step per vector. `None` (nothing
/// decoded) when a lane's bits from its bit offset `s` reach past its 64 bytes (escapes).
///
/// # Safety
/// 64 bytes from each `p[l]` are readable.
#[inline]
#[target_feature(enable = "avx512f,avx512bw,avx512vbmi")]
unsafe fn pair<const M: u32>(w: [__m512i; 2], p: [*const u8; 2], s: [usize; 2]) -> Option<([__m512i; 2], [usize; 2])> {
    // SAFETY: 16 readable bytes (unaligned load).
    let width_table = _mm512_broadcast_i32x4(unsafe { _mm_loadu_si128(WIDTH.as_ptr().cast()) });
    let tag_mask = _mm512_set1_epi16(TAG_MASK as i16);
    let width0 = _mm512_shuffle_epi8(width_table, _mm512_and_si512(w[0], tag_mask));
    let width1 = _mm512_shuffle_epi8(width_table, _mm512_and_si512(w[1], tag_mask));
    // Inclusive prefix sum per lane ([`pair_sum`]), then the first vector's totals (its words 30,
    // 31) added to the second vector.
    let end0 = pair_sum(width0);
    let end1 = _mm512_add_epi16(pair_sum(width1), _mm512_permutexvar_epi32(_mm512_set1_epi32(15), end0));
    let totals = _mm_extract_epi32::<3>(_mm512_extracti32x4_epi32::<3>(end1)) as u32;
    let bits = [(totals & 0xffff) as usize, (totals >> 16) as usize];
    // A value's third byte (index start / 8 + 2) inside its lane's 64 bytes for every value:
    // start <= s + bits <= 495.
    if s[0] + bits[0] > 495 || s[1] + bits[1] > 495 {
        return None;
    }
    // SAFETY: the caller's promise (64 readable bytes each).
    let (lo, hi) = unsafe { (_mm512_loadu_si512(p[0].cast()), _mm512_loadu_si512(p[1].cast())) };
    let offset = _mm512_set1_epi32((s[1] << 16 | s[0]) as i32);
    let v0 = pair_values::<M>(w[0], width0, _mm512_add_epi16(_mm512_sub_epi16(end0, width0), offset), lo, hi);
    let v1 = pair_values::<M>(w[1], width1, _mm512_add_epi16(_mm512_sub_epi16(end1, width1), offset), lo, hi);
    Some(([v0, v1], bits))
}

/// [`pair`]'s inclusive prefix sum of 32 interleaved widths within one vector: within each
/// 128-bit lane, element i plus element i - d for d = 2, 4 (words of the same lane); each 128-bit
/// lane's totals (words 6 and 7, lanes 0 and 1, broadcast in pairs) added to the 128-bit lanes
/// after it.
#[inline]
#[target_feature(enable = "avx512f,avx512bw")]
fn pair_sum(x: __m512i) -> __m512i {
    let mut e = _mm512_add_epi16(x, _mm512_bslli_epi128::<4>(x));
    e = _mm512_add_epi16(e, _mm512_bslli_epi128::<8>(e));
    let total = _mm512_shuffle_epi8(e, _mm512_set1_epi32(0x0f0e_0d0c));
    let by1 = _mm512_maskz_shuffle_i64x2::<0b10_01_00_00>(0b1111_1100, total, total);
    let by2 = _mm512_maskz_shuffle_i64x2::<0b01_00_00_00>(0b1111_0000, total, total);
    let by3 = _mm512_maskz_shuffle_i64x2::<0b00_00_00_00>(0b1100_0000, total, total);
    _mm512_add_epi16(e, _mm512_add_epi16(by1, _mm512_add_epi16(by2, by3)))
}

/// [`pair`]'s values of one vector (sixteen rows of both lanes, interleaved): `w` the tagged
/// words, `width` their fields' widths, `start` each field's first bit in its lane's bytes (lane
/// 0's `lo`, lane 1's `hi`); the rest as [`lane`].
#[inline]
#[target_feature(enable = "avx512f,avx512bw,avx512vbmi")]
fn pair_values<const M: u32>(w: __m512i, width: __m512i, start: __m512i, lo: __m512i, hi: __m512i) -> __m512i {
    let idx = _mm512_srli_epi16::<3>(start);
    // Lane 1's bytes: the permute's second table (index bit 6), in both bytes of its elements.
    let i1 = _mm512_ternarylogic_epi32::<0xfe>(
        _mm512_slli_epi16::<8>(idx),
        _mm512_add_epi16(idx, _mm512_set1_epi16(1)),
        _mm512_set1_epi32(0x4040_0000),
    );
    let b01 = _mm512_permutex2var_epi8(lo, i1, hi);
    let sh = _mm512_and_si512(start, _mm512_set1_epi16(7));
    let sixteen = _mm512_set1_epi16(16);
    let mut y = _mm512_sllv_epi16(b01, sh);
    if M != 7 || _mm512_cmpgt_epi16_mask(width, _mm512_set1_epi16(8)) != 0 {
        let i2 = _mm512_add_epi16(i1, _mm512_set1_epi16(0x0200));
        let b21 = _mm512_permutex2var_epi8(lo, i2, hi);
        y = _mm512_or_si512(y, _mm512_srlv_epi16(b21, _mm512_sub_epi16(sixteen, sh)));
    }
    let f = _mm512_srlv_epi16(y, _mm512_sub_epi16(sixteen, width));
    let man = _mm512_set1_epi16(((1u32 << M) - 1) as i16);
    let exp = _mm512_set1_epi16((0x7fff & !((1u32 << M) - 1)) as i16);
    let up = if M == 7 { _mm512_slli_epi16::<8>(f) } else { _mm512_slli_epi16::<5>(f) };
    let top = _mm512_ternarylogic_epi32::<0xb8>(up, exp, _mm512_srli_epi16::<1>(f));
    let placed = _mm512_ternarylogic_epi32::<0xb8>(top, man, f);
    _mm512_ternarylogic_epi32::<0xea>(w, _mm512_set1_epi16(!TAG_MASK as i16), placed)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One and two lanes, random raw bytes at every bit offset, chunks of tagged BF16 words whose
    /// tags are all [`FULL_TAG`] (some chunks with one other tag): the whole-field form
    /// ([`full_rows`]) takes every chunk but the one with another tag, and gives the words and
    /// positions of the general form.
    fn full_matches<const N: usize>(s: usize, next: &mut impl FnMut() -> u64) {
        let raw: Vec<Vec<u8>> = (0..N).map(|_| (0..600).map(|_| next() as u8).collect()).collect();
        let chunks = 4;
        let words: Vec<u16> = (0..chunks * 32 * N)
            .map(|i| {
                let w = (next() as u16 & 0x7f80) | FULL_TAG as u16;
                // Chunk 2: one value with a 5-bit code (sign and two mantissa bits fixed).
                if i == 2 * 32 * N + 7 {
                    (w & 0x7f80) | 0x8040 | 5
                } else {
                    w
                }
            })
            .collect();
        let run = |full: bool| {
            let mut q: Vec<LaneReader> = raw.iter().map(|r| LaneReader::new(&[0; 8], r, 6)).collect();
            for (l, r) in q.iter_mut().enumerate() {
                r.rpos = s + 3 * l;
            }
            let mut out = words.clone();
            FULL_CHUNKS.with(|c| c.set(0));
            // SAFETY: the caller checked AVX-512 F, BW and VBMI.
            let n = unsafe {
                if full {
                    lanes::<N, 7, true, false>(&mut q, &mut out)
                } else {
                    lanes::<N, 7, false, false>(&mut q, &mut out)
                }
            };
            ((n, out, q.iter().map(|r| r.rpos).collect::<Vec<_>>()), FULL_CHUNKS.with(|c| c.get()))
        };
        let ((a, a_full), (b, b_full)) = (run(true), run(false));
        assert_eq!(a.0, chunks * 32 * N, "N = {N}, s = {s}: every chunk decoded");
        assert_eq!((a_full, b_full), (chunks - 1, 0), "N = {N}, s = {s}: chunks in the whole-field form");
        assert_eq!(a, b, "N = {N}, s = {s}");
    }

    /// Two lanes, random raw bytes at every bit offset, chunks of tagged words with random tags
    /// (widths 0-11, a few escapes; some chunks with so many escapes that a lane's bits pass its
    /// 64 bytes): the interleaved form ([`pair`]) gives the words and positions of the lanes
    /// decoded apart, for BF16 and FP16.
    fn pair_matches<const M: u32>(s: usize, escapes: u64, next: &mut impl FnMut() -> u64) {
        let raw: Vec<Vec<u8>> = (0..2).map(|_| (0..1200).map(|_| next() as u8).collect()).collect();
        let chunks = 6;
        let words: Vec<u16> = (0..chunks * 64)
            .map(|i| {
                let x = next();
                let tag = if (i / 64) as u64 == 5 || x % 64 < escapes {
                    TAG_ESCAPE
                } else {
                    (x >> 8) as u16 % (M as u16 + 2)
                };
                (x >> 16) as u16 & !TAG_MASK | tag
            })
            .collect();
        let run = |paired: bool| {
            let mut q: Vec<LaneReader> = raw.iter().map(|r| LaneReader::new(&[0; 8], r, 6)).collect();
            for (l, r) in q.iter_mut().enumerate() {
                r.rpos = s + 3 * l;
            }
            let mut out = words.clone();
            PAIR_CHUNKS.with(|c| c.set(0));
            // SAFETY: the caller checked AVX-512 F, BW and VBMI.
            let n = unsafe {
                if paired {
                    lanes::<2, M, false, true>(&mut q, &mut out)
                } else {
                    lanes::<2, M, false, false>(&mut q, &mut out)
                }
            };
            ((n, out, q.iter().map(|r| r.rpos).collect::<Vec<_>>()), PAIR_CHUNKS.with(|c| c.get()))
        };
        let ((a, a_paired), (b, b_paired)) = (run(true), run(false));
        assert_eq!(a.0, chunks * 64, "M = {M}, s = {s}: every chunk decoded");
        // The last chunk is all escapes (a lane's bits pass its 64 bytes): decoded apart.
        assert!(a_paired >= 1 && a_paired < chunks, "M = {M}, s = {s}: {a_paired} of {chunks} chunks paired");
        assert_eq!(b_paired, 0, "M = {M}, s = {s}: the switch off pairs nothing");
        assert_eq!(a, b, "M = {M}, s = {s}, escapes {escapes}/64");
    }

    #[test]
    fn paired_lanes_decode_as_lanes_apart() {
        if !crate::cpu::has_avx512_vbmi() {
            eprintln!("skipped: this CPU has no AVX-512 VBMI (the AVX-512 raw pass is not used here)");
            return;
        }
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for round in 0..48 {
            let escapes = [0, 1, 8, 40][round % 4];
            pair_matches::<7>(round % 8, escapes, &mut next);
            pair_matches::<10>(round % 8, escapes, &mut next);
        }
    }

    #[test]
    fn full_rows_decode_as_the_general_form() {
        if !crate::cpu::has_avx512_vbmi() {
            eprintln!("skipped: this CPU has no AVX-512 VBMI (the AVX-512 raw pass is not used here)");
            return;
        }
        let mut x = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for round in 0..32 {
            full_matches::<1>(round % 8, &mut next);
            full_matches::<2>(round % 8, &mut next);
        }
    }
}

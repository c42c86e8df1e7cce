//! The stream staging of the AVX2 gather state passes (`decode/gather.rs` for `ans` and `ans-fa`,
//! `ctx/gather.rs` for `ans-ctx`): their chains' tANS streams copied into one scratch buffer, the
//! chains' states and bit positions in vectors of eight, and the 32-bit window gathered at each
//! chain's byte position (or the 64-bit one, with AVX-512).
//!
//! Each stream in the scratch buffer is followed by [`PAD`] zero bytes, so that every gather reads
//! inside it: a chain's byte position is clamped to its stream's end, and past it the chain reads
//! zeros, as the scalar loops' `load8` does (the end checks then report the same error).

use core::arch::x86_64::*;

/// Zero bytes after each stream in the scratch buffer: an 8-byte read ([`Staged::window64`]) or a
/// 4-byte one at the stream's end, or anywhere before it, stays in the buffer and reads zeros past
/// the stream.
const PAD: usize = 8;

/// Scratch bytes at most (a chain's bit position is a `u32`, with room for the steps of a block).
const MAX_SCRATCH: usize = 1 << 28;

/// One chain as staged: its tANS stream, the bit position of its next unread bit in it and its
/// state.
pub(super) struct Chain<'a> {
    pub ans: &'a [u8],
    pub bit: usize,
    pub state: u32,
}

/// `8 V` chains staged in a scratch buffer: vector `v` holds chains `8 v .. 8 v + 8`.
pub(super) struct Staged<'s, const V: usize> {
    /// Each chain's state.
    pub state: [__m256i; V],
    /// Each chain's bit position in the scratch buffer.
    pub pos: [__m256i; V],
    /// Each chain's stream end (a byte index in the scratch buffer).
    end: [__m256i; V],
    /// Each chain's stream start (a byte index in the scratch buffer).
    start: [[u32; 8]; V],
    /// The scratch buffer.
    scratch: &'s [u8],
}

impl<'s, const V: usize> Staged<'s, V> {
    /// Copy the streams of `chains` (exactly `8 V`) into `scratch`, each followed by [`PAD`]
    /// zero bytes, for a pass of at most `rows` steps per chain. None, doing nothing, when the
    /// streams are too large for 32-bit bit positions.
    #[inline]
    #[target_feature(enable = "avx2")]
    pub fn new<'a>(
        chains: impl Iterator<Item = Chain<'a>> + Clone,
        rows: usize,
        scratch: &'s mut Vec<u8>,
    ) -> Option<Self> {
        let total: usize = chains.clone().map(|c| c.ans.len() + PAD).sum();
        if total + rows * 2 >= MAX_SCRATCH {
            return None;
        }
        scratch.clear();
        scratch.reserve(total);
        let mut start = [[0u32; 8]; V];
        let mut end = [[0u32; 8]; V];
        let mut pos = [[0u32; 8]; V];
        let mut st = [[0u32; 8]; V];
        let mut n = 0;
        for (c, l) in chains.enumerate() {
            let s = scratch.len();
            scratch.extend_from_slice(l.ans);
            let (v, j) = (c / 8, c % 8);
            start[v][j] = s as u32;
            end[v][j] = scratch.len() as u32;
            pos[v][j] = (s * 8 + l.bit) as u32;
            st[v][j] = l.state;
            scratch.extend_from_slice(&[0; PAD]);
            n += 1;
        }
        assert_eq!(n, 8 * V, "chains staged");
        // SAFETY: 32 readable bytes (unaligned load).
        let load = |a: &[u32; 8]| unsafe { _mm256_loadu_si256(a.as_ptr().cast()) };
        let scratch: &'s Vec<u8> = scratch;
        Some(Self {
            state: std::array::from_fn(|v| load(&st[v])),
            pos: std::array::from_fn(|v| load(&pos[v])),
            end: std::array::from_fn(|v| load(&end[v])),
            start,
            scratch: &scratch[..],
        })
    }

    /// The 32-bit window of vector `v`'s chains at the byte of their bit positions `pos` (clamped
    /// to the stream's end), and that byte's bit position: the next bits are at `pos - b8` in it.
    #[inline]
    #[target_feature(enable = "avx2")]
    pub fn window(&self, v: usize, pos: __m256i) -> (__m256i, __m256i) {
        let byte = _mm256_srli_epi32::<3>(pos);
        // SAFETY: every byte index is clamped to its stream's end, and `PAD` zero bytes follow
        // each stream, so the 4-byte gather reads inside the scratch buffer.
        let win =
            unsafe { _mm256_i32gather_epi32::<1>(self.scratch.as_ptr().cast(), _mm256_min_epu32(byte, self.end[v])) };
        (win, _mm256_slli_epi32::<3>(byte))
    }

    /// The 64-bit window of vector `v`'s chains at their bit positions `pos` (as [`Staged::window`],
    /// 8 bytes gathered at the byte of each position, clamped to the stream's end, then shifted
    /// to the bit): its low and high 32 bits, the next bits at the bottom of the low half, at
    /// least 57 valid bits.
    ///
    /// # Safety
    /// The CPU must have AVX-512 F and VL.
    #[inline]
    #[target_feature(enable = "avx2,avx512f,avx512vl")]
    pub unsafe fn window64(&self, v: usize, pos: __m256i) -> (__m256i, __m256i) {
        let byte = _mm256_srli_epi32::<3>(pos);
        // SAFETY: every byte index is clamped to its stream's end, and `PAD` (8) zero bytes follow
        // each stream, so the 8-byte gather reads inside the scratch buffer.
        let w =
            unsafe { _mm512_i32gather_epi64::<1>(_mm256_min_epu32(byte, self.end[v]), self.scratch.as_ptr().cast()) };
        let w = _mm512_srlv_epi64(w, _mm512_cvtepu32_epi64(_mm256_sub_epi32(pos, _mm256_slli_epi32::<3>(byte))));
        (_mm512_cvtepi64_epi32(w), _mm512_cvtepi64_epi32(_mm512_srli_epi64::<32>(w)))
    }

    /// [`Staged::window64`] read with eight scalar 8-byte loads instead of a gather (the byte
    /// indices stored and read back, the words inserted into one vector).
    ///
    /// # Safety
    /// The CPU must have AVX-512 F and VL.
    #[inline]
    #[target_feature(enable = "avx2,avx512f,avx512vl")]
    pub unsafe fn window64_loads(&self, v: usize, pos: __m256i) -> (__m256i, __m256i) {
        let byte = _mm256_srli_epi32::<3>(pos);
        let mut at = [0u32; 8];
        // SAFETY: 32 writable bytes (unaligned store).
        unsafe { _mm256_storeu_si256(at.as_mut_ptr().cast(), _mm256_min_epu32(byte, self.end[v])) };
        let p = self.scratch.as_ptr();
        // SAFETY: every byte index is clamped to its stream's end, and `PAD` (8) zero bytes follow
        // each stream, so each 8-byte read is inside the scratch buffer.
        let q = |j: usize| unsafe { p.add(at[j] as usize).cast::<i64>().read_unaligned() };
        let x: [__m128i; 4] = std::array::from_fn(|k| _mm_insert_epi64::<1>(_mm_cvtsi64_si128(q(2 * k)), q(2 * k + 1)));
        let lo = _mm256_inserti128_si256::<1>(_mm256_castsi128_si256(x[0]), x[1]);
        let hi = _mm256_inserti128_si256::<1>(_mm256_castsi128_si256(x[2]), x[3]);
        let w = _mm512_inserti64x4::<1>(_mm512_castsi256_si512(lo), hi);
        let w = _mm512_srlv_epi64(w, _mm512_cvtepu32_epi64(_mm256_sub_epi32(pos, _mm256_slli_epi32::<3>(byte))));
        (_mm512_cvtepi64_epi32(w), _mm512_cvtepi64_epi32(_mm512_srli_epi64::<32>(w)))
    }

    /// Each chain's state and bit position in its own stream, from the vectors `state` and `pos`
    /// (as the pass left them), in chain order.
    #[inline]
    #[target_feature(enable = "avx2")]
    pub fn chains(&self, state: &[__m256i; V], pos: &[__m256i; V]) -> impl Iterator<Item = (u32, usize)> {
        let mut st = [[0u32; 8]; V];
        let mut p = [[0u32; 8]; V];
        for v in 0..V {
            // SAFETY: 32 writable bytes each (unaligned stores).
            unsafe {
                _mm256_storeu_si256(st[v].as_mut_ptr().cast(), state[v]);
                _mm256_storeu_si256(p[v].as_mut_ptr().cast(), pos[v]);
            }
        }
        let start = self.start;
        (0..8 * V).map(move |c| {
            let (v, j) = (c / 8, c % 8);
            (st[v][j], (p[v][j] - start[v][j] * 8) as usize)
        })
    }
}

/// Stores row `r` of vector `v`'s eight chains (`x`: their eight values, in chain order) into the
/// outputs of `L`-lane blocks (`optr`: one per block, a block's `L` chains side by side in it, so
/// row `r` of a block is its values `r * L ..`): vector `v` covers blocks `v * 8 / L ..`.
///
/// # Safety
/// Each of those blocks' outputs holds at least `(r + 1) * L` values.
#[inline]
#[target_feature(enable = "avx2")]
pub(super) unsafe fn store_row<const L: usize>(optr: &[*mut u16], v: usize, r: usize, x: __m128i) {
    // SAFETY: the caller's: row `r`'s `L` values of each block are inside its output.
    unsafe {
        match L {
            8 => _mm_storeu_si128(optr[v].add(r * 8).cast(), x),
            4 => {
                _mm_storel_epi64(optr[2 * v].add(r * 4).cast(), x);
                _mm_storel_epi64(optr[2 * v + 1].add(r * 4).cast(), _mm_unpackhi_epi64(x, x));
            }
            2 => {
                let b = 4 * v;
                optr[b].add(r * 2).cast::<i32>().write_unaligned(_mm_cvtsi128_si32(x));
                optr[b + 1].add(r * 2).cast::<i32>().write_unaligned(_mm_extract_epi32::<1>(x));
                optr[b + 2].add(r * 2).cast::<i32>().write_unaligned(_mm_extract_epi32::<2>(x));
                optr[b + 3].add(r * 2).cast::<i32>().write_unaligned(_mm_extract_epi32::<3>(x));
            }
            _ => {
                let b = 8 * v;
                *optr[b].add(r) = _mm_extract_epi16::<0>(x) as u16;
                *optr[b + 1].add(r) = _mm_extract_epi16::<1>(x) as u16;
                *optr[b + 2].add(r) = _mm_extract_epi16::<2>(x) as u16;
                *optr[b + 3].add(r) = _mm_extract_epi16::<3>(x) as u16;
                *optr[b + 4].add(r) = _mm_extract_epi16::<4>(x) as u16;
                *optr[b + 5].add(r) = _mm_extract_epi16::<5>(x) as u16;
                *optr[b + 6].add(r) = _mm_extract_epi16::<6>(x) as u16;
                *optr[b + 7].add(r) = _mm_extract_epi16::<7>(x) as u16;
            }
        }
    }
}

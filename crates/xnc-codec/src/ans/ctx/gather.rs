//! The state pass of the two-pass `ans-ctx` decoder with AVX2 gathers, as `ans-fa`'s
//! (`decode/gather.rs`) with the class of each value: eight state chains per vector, `V` vectors
//! side by side (independent chains, so one vector's gathers overlap the others' latency). Per
//! step and vector: the table index `class << R | state` (the class's table offset of the
//! chains' column, from the blocks' shared column counter, or-ed with the state), one gather of the
//! packed steps at it ([`super::CtxTables::chain`], `base | nb << 12`), one gather of a 32-bit
//! window (64-bit with AVX-512 VBMI2, every `57 / R` steps) of each chain's tANS stream at its byte position, then the state bits (`>> pos % 8`,
//! masked to the count), the next state (`base | bits`), the position (`+ count`) and the table
//! index out, as the scalar chain's [`super::ChainLane::step`] writes it. The chains come from
//! several blocks of the same lane count that start at the same column (block `b`'s lane `l` is
//! chain `b * L + l`), so the chains of one vector have the offsets of `8 / L` copies of one row.
//!
//! The streams are first staged in one scratch buffer ([`Staged`]), where every window gather
//! reads inside it.

use core::arch::x86_64::*;

use super::super::decode::gather::{flush, flush_two, shift64};
use super::super::stage::{store_row, Chain, Staged};
use super::{ChainLane, Offsets, ALL_STATES, RUN};

/// The body of [`state_chains`] and [`state_chains_wide`] (`Q`: 64-bit windows), one text for
/// both target-feature sets.
macro_rules! state_chains_body {
    ($chain:ident, $tagged:ident, $q:ident, $outs:ident, $rows:ident, $offsets:ident, $table_log:ident, $scratch:ident) => {{
        let (chain, tagged, q, outs, rows, offsets, table_log, scratch) =
            ($chain, $tagged, $q, $outs, $rows, $offsets, $table_log, $scratch);
        const { assert!(L <= 2 || !BUF) };
        const { assert!(S >= 1 && (S + 1) * L <= RUN) };
        assert!(q.len() == 8 * V && outs.len() * L == 8 * V && outs.iter().all(|o| o.len() >= rows * L));
        let chains =
            q.iter().map(|l| Chain { ans: l.ans, bit: l.apos + l.abuf.leading_zeros() as usize, state: l.state });
        let Some(staged) = Staged::<V>::new(chains, rows, scratch) else {
            return false;
        };
        let (mut stv, mut posv) = (staged.state, staged.pos);
        // Each chain's table index: its state or-ed with the offset of the first row's column.
        let first = if CTX { row_offsets_of::<L>(offsets.peek(L), 0) } else { _mm256_setzero_si256() };
        for s in &mut stv {
            *s = _mm256_or_si256(*s, first);
        }
        // A 4-byte gather at 2-byte steps: entry `i` in the low half (the high half is entry `i + 1`,
        // inside the array: indices stay below `MAX_CLASSES << MAX_TABLE_LOG`).
        let tp = chain.as_ptr().cast::<i32>();
        let wp = tagged.as_ptr().cast::<i32>();
        let (fifteen, base_mask, ones) = (_mm256_set1_epi32(15), _mm256_set1_epi32(0xfff), _mm256_set1_epi32(-1));
        // Bytes 0 and 1 of each 32-bit element (the table index), or bytes 2 and 3 (`TAG`: the
        // entry's tagged word), into the low 8 bytes of each half.
        let pick = if TAG {
            _mm256_setr_epi8(
                2, 3, 6, 7, 10, 11, 14, 15, -1, -1, -1, -1, -1, -1, -1, -1, 2, 3, 6, 7, 10, 11, 14, 15, -1, -1, -1, -1,
                -1, -1, -1, -1,
            )
        } else {
            _mm256_setr_epi8(
                0, 1, 4, 5, 8, 9, 12, 13, -1, -1, -1, -1, -1, -1, -1, -1, 0, 1, 4, 5, 8, 9, 12, 13, -1, -1, -1, -1, -1,
                -1, -1, -1,
            )
        };
        let optr: Vec<*mut u16> = outs.iter_mut().map(|o| o.as_mut_ptr()).collect();
        // `BUF` (one or two lanes per block): each step's eight words go to a buffer of eight
        // steps, written out transposed every eighth step, as `ans-fa`'s state pass writes them
        // (one 16- or 32-byte store per block instead of four or eight element stores per step).
        let mut buf = [[[0u16; 8]; 8]; V];
        // Per vector: the 32-bit window gathered at byte `b8 / 8` (clamped to the stream's end) and
        // that byte's bit position; the next state bits are at `pos - b8` in it.
        // `Q`: the 64-bit window at each chain's bit position instead (`win` its low 32 bits, the
        // next state bits at the bottom, `win_hi` its high ones), shifted on by each step's bits.
        let mut win = [_mm256_setzero_si256(); V];
        let mut b8 = [_mm256_setzero_si256(); V];
        let mut win_hi = [_mm256_setzero_si256(); V];
        macro_rules! refill {
            ($v:expr) => {{
                if Q {
                    // SAFETY: `Q` only in `state_chains_wide` (AVX-512 F, VL and VBMI2).
                    (win[$v], win_hi[$v]) = unsafe { staged.window64($v, posv[$v]) };
                } else {
                    (win[$v], b8[$v]) = staged.window($v, posv[$v]);
                }
            }};
        }
        // `$next`: the table offsets of the next row.
        macro_rules! step {
            ($v:expr, $r:expr, $next:expr) => {{
                let v = $v;
                let idx = stv[v];
                // `Q` (AVX-512 F and VL): the EVEX form, whose index, mask and destination are any
                // of 32 registers; the VEX form's must be among the first 16, and with four
                // vectors three of them had their table indices spilled to the stack and reloaded
                // before every gather (as in `ans-fa`'s state pass, `decode/gather.rs`).
                // SAFETY: every index is a class's offset or-ed with a state below 2^R (see above),
                // so the gather reads inside `chain` (or `tagged`); `Q` only in
                // `state_chains_wide` (AVX-512 F and VL).
                let e = unsafe {
                    match (Q, TAG) {
                        (true, true) => gather_evex::<4>(wp, idx),
                        (true, false) => gather_evex::<2>(tp, idx),
                        (false, true) => _mm256_i32gather_epi32::<4>(wp, idx),
                        (false, false) => _mm256_i32gather_epi32::<2>(tp, idx),
                    }
                };
                let nb = _mm256_and_si256(_mm256_srli_epi32::<12>(e), fifteen);
                let bits = if Q { win[v] } else { _mm256_srlv_epi32(win[v], _mm256_sub_epi32(posv[v], b8[v])) };
                let bits = _mm256_andnot_si256(_mm256_sllv_epi32(ones, nb), bits);
                stv[v] = _mm256_or_si256(_mm256_or_si256(_mm256_and_si256(e, base_mask), $next), bits);
                if Q {
                    // SAFETY: as in `refill`.
                    (win[v], win_hi[v]) = unsafe { shift64(win[v], win_hi[v], nb) };
                }
                posv[v] = _mm256_add_epi32(posv[v], nb);
                let out = if TAG { e } else { idx };
                let x = _mm256_castsi256_si128(_mm256_permute4x64_epi64::<0b1000>(_mm256_shuffle_epi8(out, pick)));
                let r = $r;
                if BUF {
                    // SAFETY: 16 writable bytes (unaligned store).
                    unsafe { _mm_storeu_si128(buf[v][r & 7].as_mut_ptr().cast(), x) };
                    if r & 7 == 7 {
                        // SAFETY: rows `r - 7..=r` of every block of vector `v` are inside its
                        // output (`rows * L <= len`, asserted above).
                        unsafe {
                            if L == 1 {
                                flush(&buf[v], &optr[v * 8..v * 8 + 8], r - 7)
                            } else {
                                flush_two(&buf[v], &optr[v * 4..v * 4 + 4], r - 7)
                            }
                        };
                    }
                } else {
                    // SAFETY: `rows * L <= len` of every output (asserted above): row `r`'s `L`
                    // values of each block are inside it.
                    unsafe { store_row::<L>(&optr, v, r, x) };
                }
            }};
        }
        let zero = _mm256_setzero_si256();
        // `S` steps per window: they read at most `S * R` bits after the window's first bit, which is
        // at most 7 bits into it, so `S * R <= 25` keeps them in its 32 bits (`S * R <= 57` in the 64
        // bits of `Q`).
        let mut r = 0;
        while r + S <= rows {
            // The offsets of these `S` rows and of the next one (a row past the last is harmless:
            // the final states are masked below).
            let o = if CTX { offsets.peek((S + 1) * L) } else { &[] };
            if CTX {
                offsets.run(S * L);
            }
            for v in 0..V {
                refill!(v);
            }
            for k in 0..S {
                let next = if CTX { row_offsets_of::<L>(o, k + 1) } else { zero };
                for v in 0..V {
                    step!(v, r + k, next);
                }
            }
            r += S;
        }
        while r < rows {
            let next = if CTX {
                let o = offsets.peek(2 * L);
                offsets.run(L);
                row_offsets_of::<L>(o, 1)
            } else {
                zero
            };
            for v in 0..V {
                refill!(v);
                step!(v, r, next);
            }
            r += 1;
        }
        if BUF {
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
        let state_mask = (1u32 << table_log) - 1;
        for (l, (index, apos)) in q.iter_mut().zip(staged.chains(&stv, &posv)) {
            l.state = index & state_mask;
            l.apos = apos;
            l.abuf = 1 << 63;
        }
        true
    }};
}

/// The state pass over `rows` whole rows of the blocks `outs` (each of `L` lanes, `rows * L <=
/// len`), their chains `q` (block `b`'s lane `l` is chain `b * L + l`; `q.len()` is `8 V`), `S`
/// steps per gathered window (`S * R <= 25`): each value's table index into its block. `CTX`:
/// several classes, the table offsets from `offsets` (the column counter of all the blocks,
/// moved past the rows), else offset 0. The chains' states (below `2^table_log`) and positions
/// are left in `q` (window empty). Returns false, doing nothing, when the streams are too large
/// for 32-bit bit positions.
///
/// Each chain carries its next table index, not its state: the next row's class offset is or-ed
/// into the next state beside the step's base (`(base | offset) | bits`, the offset's or off the
/// chain), so the chain from one gather to the next is as short as `ans-fa`'s (no add of the
/// offset after the state bits).
///
/// `TAG`: the chains read the 4-byte entries of `tagged` (`base | nb << 12 | word << 16`, the
/// word with its code's fixed bits and its raw-bit tag, [`super::CtxDecoder::new`]) instead of
/// the packed steps of `chain`, and each value's tagged word goes out instead of its table index:
/// the raw pass then needs no table ([`super::tagged_avx2`]). `BUF` (one or two lanes per block):
/// the outputs written eight rows at a time through a buffer, as `ans-fa`'s state pass writes
/// them, instead of row by row.
///
/// # Safety
/// The CPU must have AVX2; every entry `base | nb << 12` of `chain` (or of `tagged` when `TAG`)
/// up to the last class's must have `base + 2^nb <= 2^R`, every chain's state must be below 2^R,
/// and every offset must start a class (`class << R`, `class < MAX_CLASSES`), with `tagged`
/// holding every class's entries when `TAG`, as [`super::CtxDecoder::new`] makes them.
#[allow(clippy::too_many_arguments)]
#[target_feature(enable = "avx2")]
pub(super) unsafe fn state_chains<
    const L: usize,
    const V: usize,
    const S: usize,
    const CTX: bool,
    const TAG: bool,
    const BUF: bool,
>(
    chain: &[u16; ALL_STATES],
    tagged: &[u32],
    q: &mut [ChainLane],
    outs: &mut [&mut [u16]],
    rows: usize,
    offsets: &mut Offsets,
    table_log: u32,
    scratch: &mut Vec<u8>,
) -> bool {
    const Q: bool = false;
    state_chains_body!(chain, tagged, q, outs, rows, offsets, table_log, scratch)
}

/// [`state_chains`] with 64-bit windows, as `ans-fa`'s [`crate::ans::decode::gather`] reads them
/// (`Staged::window64`, `shift64`): an 8-byte gather per chain every `S` steps (`S * R <= 57`: 9
/// at `R = 6`, 7 at `R = 8`, 5 at `R = 10`) instead of a 4-byte one every `25 / R` steps, the
/// window kept as two 32-bit halves shifted together by a concatenating shift (AVX-512 VBMI2
/// `vpshrdvd`). Fewer window gathers, the gathers being what the state pass waits on.
///
/// # Safety
/// As [`state_chains`]; the CPU must also have AVX-512 F, VL and VBMI2.
#[allow(clippy::too_many_arguments)]
#[target_feature(enable = "avx2,avx512f,avx512vl,avx512vbmi2")]
pub(super) unsafe fn state_chains_wide<
    const L: usize,
    const V: usize,
    const S: usize,
    const CTX: bool,
    const TAG: bool,
    const BUF: bool,
>(
    chain: &[u16; ALL_STATES],
    tagged: &[u32],
    q: &mut [ChainLane],
    outs: &mut [&mut [u16]],
    rows: usize,
    offsets: &mut Offsets,
    table_log: u32,
    scratch: &mut Vec<u8>,
) -> bool {
    const Q: bool = true;
    state_chains_body!(chain, tagged, q, outs, rows, offsets, table_log, scratch)
}

/// The 32-bit words at `p + SCALE * idx` (`_mm256_i32gather_epi32` in its EVEX form, all eight
/// elements).
///
/// # Safety
/// AVX-512 F and VL; every element's 4 bytes inside the table at `p`.
#[inline]
#[target_feature(enable = "avx2,avx512f,avx512vl")]
unsafe fn gather_evex<const SCALE: i32>(p: *const i32, idx: __m256i) -> __m256i {
    // SAFETY: the caller's.
    unsafe { _mm256_mmask_i32gather_epi32::<SCALE>(_mm256_setzero_si256(), 0xff, idx, p) }
}

/// The table offsets of row `k` of the run `o` for a vector's chains: lane `l`'s offset at
/// element `b * L + l` of every block `b`.
#[inline]
#[target_feature(enable = "avx2")]
fn row_offsets_of<const L: usize>(o: &[u16], k: usize) -> __m256i {
    let p = o[k * L..k * L + L].as_ptr();
    // SAFETY: the `L` offsets of the row are inside `o` (the slice above).
    unsafe {
        match L {
            8 => _mm256_cvtepu16_epi32(_mm_loadu_si128(p.cast())),
            4 => {
                let x = _mm_loadl_epi64(p.cast());
                _mm256_cvtepu16_epi32(_mm_unpacklo_epi64(x, x))
            }
            2 => _mm256_cvtepu16_epi32(_mm_set1_epi32(p.cast::<i32>().read_unaligned())),
            _ => _mm256_set1_epi32(*p as i32),
        }
    }
}

/// The body of [`register_chains`] and [`register_chains_wide`] (`Q`: 64-bit windows), one text
/// for both target-feature sets.
macro_rules! register_chains_body {
    ($tagged:ident, $q:ident, $outs:ident, $rows:ident, $offsets:ident, $table_log:ident, $scratch:ident, $buffered:ident) => {{
        let (tagged, q, outs, rows, offsets, table_log, scratch, buffered) =
            ($tagged, $q, $outs, $rows, $offsets, $table_log, $scratch, $buffered);
        const { assert!(S >= 1 && (S + 1) * L <= RUN && (L == 1 || L == 2) && (T == 1 || T == 2 || T == 4)) };
        const { assert!(!ALL || CTX) };
        let per_class = 1usize << table_log;
        if ALL {
            // Every class's entries in the registers: indices `class << R | state` below `32 T`.
            assert!((5..=6).contains(&table_log) && tagged.len() <= T * 32 && tagged.len() % per_class == 0);
        } else {
            assert!((5..=6).contains(&table_log) && T * 32 == if CTX { L } else { 1 } * per_class);
        }
        assert!(q.len() == 8 * V && outs.len() * L == 8 * V && outs.iter().all(|o| o.len() >= rows * L));
        assert!(
            tagged.len() >= per_class && (!CTX || offsets.off.iter().all(|&o| o as usize + per_class <= tagged.len()))
        );
        let chains =
            q.iter().map(|l| Chain { ans: l.ans, bit: l.apos + l.abuf.leading_zeros() as usize, state: l.state });
        let Some(staged) = Staged::<V>::new(chains, rows, scratch) else {
            return false;
        };
        // Two vectors of eight chains side by side in one of sixteen (`V` odd: the last one's
        // upper half repeats its lower one, not stored), states, positions and windows kept so
        // from start to end: the lookup's permutes read sixteen chains' indices without an
        // insert and an extract on each step's latency chain.
        let pairs = V.div_ceil(2);
        let join = |x: &[__m256i; V], p: usize| {
            _mm512_inserti64x4::<1>(_mm512_castsi256_si512(x[2 * p]), x[(2 * p + 1).min(V - 1)])
        };
        let mut stv: [__m512i; V] =
            std::array::from_fn(|p| if p < pairs { join(&staged.state, p) } else { _mm512_setzero_si512() });
        let mut posv: [__m512i; V] =
            std::array::from_fn(|p| if p < pairs { join(&staged.pos, p) } else { _mm512_setzero_si512() });
        let (fifteen, base_mask, ones) = (_mm512_set1_epi32(15), _mm512_set1_epi32(0xfff), _mm512_set1_epi32(-1));
        // Each chain's lane (block `b`'s lane `l` is element `b * L + l` of a vector) at bit R of its
        // lookup index: the second lane's class is in the registers after the first's.
        let lane_bit = if CTX && L == 2 && !ALL { 1 << table_log } else { 0 };
        let lanes = _mm512_setr_epi32(
            0, lane_bit, 0, lane_bit, 0, lane_bit, 0, lane_bit, 0, lane_bit, 0, lane_bit, 0, lane_bit, 0, lane_bit,
        );
        let tp = tagged.as_ptr();
        // The entries of the classes at offsets `o` (one per lane) into `regs`, `2^R / 16` registers
        // per lane.
        let load = |regs: &mut [__m512i; 16], o: &[u16]| {
            let per = 2 * T / if CTX { L } else { 1 };
            for (l, &off) in o.iter().enumerate() {
                for i in 0..per {
                    // SAFETY: the class's `2^R = 16 per` entries from `off` are inside `tagged`
                    // (asserted above; unaligned load).
                    regs[l * per + i] = unsafe { _mm512_loadu_si512(tp.add(off as usize + 16 * i).cast()) };
                }
            }
        };
        let mut regs = [_mm512_setzero_si512(); 16];
        if !CTX {
            load(&mut regs, &[0]);
        }
        // `ALL`: every class's entries (zero past the last class's) loaded once; each chain
        // carries its next table index (`class << R | state`), as `state_chains`' chains do.
        if ALL {
            let mut all = [0u32; 128];
            all[..tagged.len()].copy_from_slice(tagged);
            for (i, reg) in regs.iter_mut().enumerate().take(2 * T) {
                // SAFETY: `2 T <= 8` registers of sixteen entries inside `all` (unaligned load).
                *reg = unsafe { _mm512_loadu_si512(all.as_ptr().add(16 * i).cast()) };
            }
            let first = row_offsets16::<L>(offsets.peek(L), 0);
            for s in stv.iter_mut().take(pairs) {
                *s = _mm512_or_si512(*s, first);
            }
        }
        let optr: Vec<*mut u16> = outs.iter_mut().map(|o| o.as_mut_ptr()).collect();
        // `buffered`: eight rows of each vector's words, as `state_chains`' `BUF`.
        let mut buf = [[[0u16; 8]; 8]; V];
        // Windows as in `state_chains` (`Q`: 64-bit ones), per pair of vectors.
        let mut win = [_mm512_setzero_si512(); V];
        let mut b8 = [_mm512_setzero_si512(); V];
        let mut win_hi = [_mm512_setzero_si512(); V];
        let wide = |lo: __m256i, hi: __m256i| _mm512_inserti64x4::<1>(_mm512_castsi256_si512(lo), hi);
        macro_rules! refill {
            ($p:expr) => {{
                let p = $p;
                let (v0, v1) = (2 * p, (2 * p + 1).min(V - 1));
                let (pos0, pos1) = (_mm512_castsi512_si256(posv[p]), _mm512_extracti64x4_epi64::<1>(posv[p]));
                if Q {
                    // SAFETY: `Q` only in `register_chains_wide` (AVX-512 F, VL and VBMI2).
                    let ((l0, h0), (l1, h1)) = unsafe { (staged.window64(v0, pos0), staged.window64(v1, pos1)) };
                    (win[p], win_hi[p]) = (wide(l0, l1), wide(h0, h1));
                } else {
                    let ((w0, c0), (w1, c1)) = (staged.window(v0, pos0), staged.window(v1, pos1));
                    (win[p], b8[p]) = (wide(w0, w1), wide(c0, c1));
                }
            }};
        }
        // One row `$r` of every vector, the registers holding its classes' entries.
        // `$next` (`ALL`): the table offsets of the next row, or-ed into each chain's next state.
        macro_rules! row {
            ($r:expr, $next:expr) => {{
                let next = $next;
                for p in 0..pairs {
                    // SAFETY: every index is below `32 T` (a state below 2^R, or-ed with the lane's
                    // bit R when `CTX`, or with its class's offset when `ALL`); the CPU has
                    // AVX-512 F (the caller's promise).
                    let e = unsafe { lookup16::<T>(&regs, if ALL { stv[p] } else { _mm512_or_si512(stv[p], lanes) }) };
                    let nb = _mm512_and_si512(_mm512_srli_epi32::<12>(e), fifteen);
                    let bits = if Q { win[p] } else { _mm512_srlv_epi32(win[p], _mm512_sub_epi32(posv[p], b8[p])) };
                    let bits = _mm512_andnot_si512(_mm512_sllv_epi32(ones, nb), bits);
                    stv[p] = if ALL {
                        // `(base | next) | bits`: the offset's or off the chain.
                        _mm512_or_si512(_mm512_ternarylogic_epi32::<0xea>(e, base_mask, next), bits)
                    } else {
                        _mm512_ternarylogic_epi32::<0xf8>(bits, e, base_mask)
                    };
                    if Q {
                        // SAFETY: as in `refill`.
                        (win[p], win_hi[p]) = unsafe { shift64x16(win[p], win_hi[p], nb) };
                    }
                    posv[p] = _mm512_add_epi32(posv[p], nb);
                    // The entries' tagged words (their high halves), sixteen words.
                    let x = _mm512_cvtepi32_epi16(_mm512_srli_epi32::<16>(e));
                    let (x0, x1) = (_mm256_castsi256_si128(x), _mm256_extracti128_si256::<1>(x));
                    let r = $r;
                    if buffered {
                        // As in `state_chains` (`BUF`): eight rows of each vector buffered, then
                        // written out transposed.
                        // SAFETY: 16 writable bytes each (unaligned stores).
                        unsafe {
                            _mm_storeu_si128(buf[2 * p][r & 7].as_mut_ptr().cast(), x0);
                            if 2 * p + 1 < V {
                                _mm_storeu_si128(buf[2 * p + 1][r & 7].as_mut_ptr().cast(), x1);
                            }
                        }
                        if r & 7 == 7 {
                            for v in 2 * p..(2 * p + 2).min(V) {
                                // SAFETY: rows `r - 7..=r` of every block of vector `v` are inside
                                // its output (`rows * L <= len`, asserted above).
                                unsafe {
                                    if L == 1 {
                                        flush(&buf[v], &optr[v * 8..v * 8 + 8], r - 7)
                                    } else {
                                        flush_two(&buf[v], &optr[v * 4..v * 4 + 4], r - 7)
                                    }
                                };
                            }
                        }
                    } else {
                        // SAFETY: `rows * L <= len` of every output (asserted above): row `r`'s `L`
                        // values of each block are inside it.
                        unsafe { store_row::<L>(&optr, 2 * p, r, x0) };
                        if 2 * p + 1 < V {
                            // SAFETY: as above.
                            unsafe { store_row::<L>(&optr, 2 * p + 1, r, x1) };
                        }
                    }
                }
            }};
        }
        // `S` steps per window, as in `state_chains` (`S * R <= 25`, or `S * R <= 57` when `Q`).
        let zero = _mm512_setzero_si512();
        let mut r = 0;
        while r + S <= rows {
            // `ALL`: these rows' offsets and the next one's (a row past the last is harmless: the
            // final states are masked below).
            let o = if ALL { offsets.peek((S + 1) * L) } else { &[] };
            let o = if CTX && !ALL { offsets.run(S * L) } else { o };
            if ALL {
                offsets.run(S * L);
            }
            for p in 0..pairs {
                refill!(p);
            }
            for k in 0..S {
                if CTX && !ALL {
                    load(&mut regs, &o[k * L..k * L + L]);
                }
                row!(r + k, if ALL { row_offsets16::<L>(o, k + 1) } else { zero });
            }
            r += S;
        }
        while r < rows {
            let next = if ALL {
                let o = offsets.peek(2 * L);
                offsets.run(L);
                row_offsets16::<L>(o, 1)
            } else {
                if CTX {
                    load(&mut regs, offsets.run(L));
                }
                zero
            };
            for p in 0..pairs {
                refill!(p);
            }
            row!(r, next);
            r += 1;
        }
        if buffered {
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
        let split = |x: &[__m512i; V]| -> [__m256i; V] {
            std::array::from_fn(|v| {
                if v % 2 == 0 {
                    _mm512_castsi512_si256(x[v / 2])
                } else {
                    _mm512_extracti64x4_epi64::<1>(x[v / 2])
                }
            })
        };
        let (stv, posv) = (split(&stv), split(&posv));
        let state_mask = (1u32 << table_log) - 1;
        for (l, (state, apos)) in q.iter_mut().zip(staged.chains(&stv, &posv)) {
            l.state = state & state_mask;
            l.apos = apos;
            l.abuf = 1 << 63;
        }
        true
    }};
}

/// [`state_chains`] with tagged words out (`TAG`) and the classes' entries looked up in registers
/// instead of gathered, for table logs 5 and 6 (AVX-512 F). All the chains' blocks start at the
/// same column, so in each row every block's lane `l` has the same class: per row, the `2^R`
/// entries of each lane's class are loaded into `2^R / 16` registers (loads off the chains), and
/// each chain's entry is picked at `lane << R | state` with `T` two-register permutes and a tree
/// of blends, two vectors of chains at a time (`ans-fa`'s register lookup,
/// [`crate::ans::decode::gather::lookup_pairs`], whatever the number of classes). `CTX` false:
/// one class, its entries loaded once and looked up at the state. `T`: `L 2^R / 32` (`CTX`),
/// else `2^R / 32`. `buffered`: the rows written eight at a time through a buffer (as
/// [`state_chains`]' `BUF`), else row by row.
///
/// # Safety
/// The CPU must have AVX2 and AVX-512 F; `table_log` must be 5 or 6 and `T` as above; every entry
/// `base | nb << 12` of `tagged` must have `base + 2^nb <= 2^R`, every chain's state must be
/// below `2^R`, and every offset must start a class of `tagged` (`class << R`, the class's
/// `2^R` entries inside it), as [`super::CtxDecoder::new`] makes them.
#[allow(clippy::too_many_arguments)]
#[target_feature(enable = "avx2,avx512f")]
pub(super) unsafe fn register_chains<
    const L: usize,
    const V: usize,
    const S: usize,
    const CTX: bool,
    const T: usize,
>(
    tagged: &[u32],
    q: &mut [ChainLane],
    outs: &mut [&mut [u16]],
    rows: usize,
    offsets: &mut Offsets,
    table_log: u32,
    scratch: &mut Vec<u8>,
    buffered: bool,
) -> bool {
    const Q: bool = false;
    const ALL: bool = false;
    register_chains_body!(tagged, q, outs, rows, offsets, table_log, scratch, buffered)
}

/// [`register_chains`] with 64-bit windows, as [`state_chains_wide`] (`S * R <= 57`).
///
/// # Safety
/// As [`register_chains`]; the CPU must also have AVX-512 VL and VBMI2.
#[allow(clippy::too_many_arguments)]
#[target_feature(enable = "avx2,avx512f,avx512vl,avx512vbmi2")]
pub(super) unsafe fn register_chains_wide<
    const L: usize,
    const V: usize,
    const S: usize,
    const CTX: bool,
    const T: usize,
>(
    tagged: &[u32],
    q: &mut [ChainLane],
    outs: &mut [&mut [u16]],
    rows: usize,
    offsets: &mut Offsets,
    table_log: u32,
    scratch: &mut Vec<u8>,
    buffered: bool,
) -> bool {
    const Q: bool = true;
    const ALL: bool = false;
    register_chains_body!(tagged, q, outs, rows, offsets, table_log, scratch, buffered)
}

/// [`register_chains`] with several classes (`CTX`) whose entries all fit the registers
/// together (`classes << R <= 32 T`, `T` 2 or 4: at most 128 entries, e.g. two classes at
/// `R = 6`): every class's entries loaded once, before the rows, and each chain's entry picked at
/// its table index `class << R | state`, the next row's class offset or-ed into the next state
/// beside the step's base as [`state_chains`]' chains carry it (off the chain). No reload of the
/// registers per row (`2^R / 16` loads per lane and row in [`register_chains`]) and no or of the
/// lane's bit on the chain: a row costs `T` permutes and `T - 1` blends. Used for two classes and
/// two lanes (`T` as [`register_chains`]'); with one lane or more classes `T` would grow
/// (measured slower, [`super::CtxDecoder`]'s `class_registers`).
///
/// # Safety
/// As [`register_chains`], with `tagged.len()` (every class's entries) at most `32 T`.
#[allow(clippy::too_many_arguments)]
#[target_feature(enable = "avx2,avx512f")]
pub(super) unsafe fn class_chains<const L: usize, const V: usize, const S: usize, const T: usize>(
    tagged: &[u32],
    q: &mut [ChainLane],
    outs: &mut [&mut [u16]],
    rows: usize,
    offsets: &mut Offsets,
    table_log: u32,
    scratch: &mut Vec<u8>,
    buffered: bool,
) -> bool {
    const Q: bool = false;
    const ALL: bool = true;
    const CTX: bool = true;
    register_chains_body!(tagged, q, outs, rows, offsets, table_log, scratch, buffered)
}

/// [`class_chains`] with 64-bit windows, as [`register_chains_wide`] (`S * R <= 57`).
///
/// # Safety
/// As [`class_chains`]; the CPU must also have AVX-512 VL and VBMI2.
#[allow(clippy::too_many_arguments)]
#[target_feature(enable = "avx2,avx512f,avx512vl,avx512vbmi2")]
pub(super) unsafe fn class_chains_wide<const L: usize, const V: usize, const S: usize, const T: usize>(
    tagged: &[u32],
    q: &mut [ChainLane],
    outs: &mut [&mut [u16]],
    rows: usize,
    offsets: &mut Offsets,
    table_log: u32,
    scratch: &mut Vec<u8>,
    buffered: bool,
) -> bool {
    const Q: bool = true;
    const ALL: bool = true;
    const CTX: bool = true;
    register_chains_body!(tagged, q, outs, rows, offsets, table_log, scratch, buffered)
}

/// [`row_offsets_of`] for a pair of vectors (sixteen chains: element `e` is lane `e % L`).
#[inline]
#[target_feature(enable = "avx2,avx512f")]
fn row_offsets16<const L: usize>(o: &[u16], k: usize) -> __m512i {
    let p = o[k * L..k * L + L].as_ptr();
    // SAFETY: the `L` (1 or 2) offsets of the row are inside `o` (the slice above).
    unsafe {
        match L {
            2 => _mm512_cvtepu16_epi32(_mm256_set1_epi32(p.cast::<i32>().read_unaligned())),
            _ => _mm512_set1_epi32(*p as i32),
        }
    }
}

/// The entries of sixteen chains' indices `idx` (each below `32 T`) from the first `32 T` entries
/// in `regs`: `T` two-register permutes on the index's bits 0-4, then a tree of blends on its
/// bits 5 and up (as [`crate::ans::decode::gather::lookup_pairs`], on one vector of sixteen).
///
/// # Safety
/// AVX-512 F.
#[inline]
#[target_feature(enable = "avx2,avx512f")]
unsafe fn lookup16<const T: usize>(regs: &[__m512i; 16], idx: __m512i) -> __m512i {
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
    r[0]
}

/// Sixteen 64-bit windows (`lo`, `hi`: their 32-bit halves) shifted right by `nb` (below 32)
/// bits: [`shift64`] on sixteen chains.
///
/// # Safety
/// AVX-512 F and VBMI2.
#[inline]
#[target_feature(enable = "avx2,avx512f,avx512vbmi2")]
unsafe fn shift64x16(lo: __m512i, hi: __m512i, nb: __m512i) -> (__m512i, __m512i) {
    (_mm512_shrdv_epi32(lo, hi, nb), _mm512_srlv_epi32(hi, nb))
}

//! tANS block encoder and the reference decoder (FORMAT.md 3.2 and 3.3).
//!
//! The encoder runs over the block backwards from state `L` (offset 0), so the decoder, reading
//! forward, ends in state 0: a free integrity check. The fast decoder is
//! [`super::decode::Decoder`]; [`decode_block_reference`] is the FORMAT.md pseudo-code, line for
//! line, for cross-checking.

use super::{AnsModel, EncodedBlock, Histogram, LaneLayout};
use crate::bits::{LsbBackWriter, LsbReader, LsbWriter, MsbReader, MsbWriter, PUTS_PER_FLUSH};
use crate::{Dtype, Error, Result};
use std::sync::{Arc, Mutex};

#[cfg(target_arch = "x86_64")]
mod raw_avx2;

fn corrupt(stream: &str, message: impl Into<String>) -> Error {
    Error::Corrupt { context: format!("ANS block ({stream} stream)"), message: message.into() }
}

fn short_output(n: usize, len: usize) -> Error {
    Error::Request(format!("output buffer holds {len} values, block has {n}"))
}

/// A prepared block encoder: per histogram bucket (exponent, needed bits) the code and raw bits of
/// its values, and the tANS encode table. Small (a few KB): building one costs microseconds, so
/// small tensors pay no per-tensor tax.
#[derive(Clone, Debug)]
pub struct Encoder {
    dtype: Dtype,
    table_log: u32,
    /// Per bucket `exp << 4 | need` (a power-of-two table: the index needs no bounds check).
    bucket: Box<[Bucket; BUCKETS]>,
    /// The tANS step of every code c and state offset x (state `L + x`) at index `c << R | x`:
    /// `nb << 10 | x'`, the number of state bits the step puts (the low `nb` bits of x) and the
    /// next state's offset. One load a step, its index the previous step's result and the code:
    /// a step's chain of dependent operations is a load and two, not a load and five.
    /// [`STEPS`] entries, taken from [`STEP_TABLES`] and given back when the encoder is dropped.
    step: Box<[u16]>,
    /// Optional ([`Encoder::with_value_table`]): the [`Encoder::entry_of`] of every 16-bit word,
    /// so that the raw-bit pass costs one table load per value. Shared with the encoders of
    /// other tensors whose buckets are the same ([`ValueTable`]).
    values: Option<Arc<ValueTable>>,
    /// The raw pass through the value table with AVX2 ([`raw_avx2`]): the CPU has AVX2 and BMI2, and
    /// [`Encoder::without_simd`] was not called.
    simd: bool,
}

/// The entry ([`Encoder::entry_of`]) of every 16-bit word for one dtype and bucket table: a
/// function of the code map alone (not of the frequencies), so the tensors of a checkpoint whose
/// models share a code map share one table ([`Encoder::with_value_table_for`] keeps the last few,
/// [`VALUE_TABLES`]).
/// Built exponent by exponent: a tensor uses a few dozen of the 256 BF16 exponents, so building
/// only those costs a fraction of the whole table, and the next tensor with the same code map
/// adds the exponents it uses that are still missing.
#[derive(Clone, Debug)]
struct ValueTable {
    dtype: Dtype,
    bucket: Box<[Bucket; BUCKETS]>,
    /// Bit e: the entries of the words of exponent e are built. The entries of the other words
    /// are [`ENTRY_BAD`], so that a value of such an exponent sends the encoder to the entries
    /// assembled value by value (never to a wrong code).
    built: ExpSet,
    entries: Box<[u32; 1 << 16]>,
}

/// A set of exponents (bit e of word e / 64), at most 256 (BF16).
type ExpSet = [u64; 4];

/// Step tables ([`Encoder::step`]) of dropped encoders, for the next ones: a new table is 32 KB
/// zeroed, which a checkpoint's small tensors paid once each. A table taken from here holds an
/// earlier model's steps; [`Encoder::new`] rewrites every entry of the rows its codes use (the
/// others are never read: a value's code is one of the model's).
static STEP_TABLES: Mutex<Vec<Box<[u16]>>> = Mutex::new(Vec::new());

/// Most tables [`STEP_TABLES`] keeps (a few per thread encoding at a time).
const STEP_TABLES_KEPT: usize = 64;

/// The value tables [`Encoder::with_value_table_for`] built or added to last, the most recent
/// last: a checkpoint's small tensors often alternate between a few code maps (64 tensors of
/// smollm2's embedding table: 6 maps, the next tensor's usually one of the last three), and a
/// table found here is completed, not rebuilt. When a new table is needed and
/// [`VALUE_TABLES_KEPT`] are kept, the oldest one's memory is reused when no encoder holds it
/// any more (emptied row by row: only the exponents it built), as a fresh 256 KB table is a
/// fresh mapping.
static VALUE_TABLES: Mutex<Vec<Arc<ValueTable>>> = Mutex::new(Vec::new());

/// Most tables [`VALUE_TABLES`] keeps (256 KB each).
const VALUE_TABLES_KEPT: usize = 4;

/// Instructions (callgrind) of one entry of a value table built ([`Encoder::fill_values`], about
/// 19) against those a value coded through the table saves (about 23, the entry's assembly in
/// [`Encoder::entry_of`]): [`Encoder::with_value_table_for`] builds the missing exponents of a
/// tensor when their entries are at most its values times this.
const VALUE_TABLE_ENTRIES_PER_VALUE: u64 = 1;

/// An encoder entry ([`Encoder::entry_of`]): the raw-bit count `n` (at most 16) in bits 0..6
/// (bit 5 always 0, so a 64-bit shift by the entry is a shift by `n`), the code in bits 8..12,
/// [`ENTRY_BAD`], and the value's `n` raw bits in the high 16 bits, right-aligned.
const ENTRY_CODE_SHIFT: u32 = 8;
/// Entry flag: no code fits the value (its code field is 0, so the state stays valid).
const ENTRY_BAD: u32 = 1 << 15;

/// Most state-bit puts (at most [`super::MAX_TABLE_LOG`] bits each) between two flushes of a
/// lane's tANS writer: fewer than 8 bits pending after a flush, and 7 + 5 x 10 = 57 < 64.
const ANS_PUTS_PER_FLUSH: usize = (64 - 7) / super::MAX_TABLE_LOG as usize;

/// Blocks of `lanes` lanes whose tANS passes [`Encoder::encode_many_into`] runs side by side:
/// four one-lane blocks (one state chain is bound by its latency: a load and two dependent
/// operations a step from the encoder's step table; with the earlier, longer step, four chains
/// side by side compressed 1.12-1.24x faster in `xnc compress` on the real tables). Blocks of two lanes or more one at a time: two blocks of two lanes side
/// by side were 0.91-0.98x as fast as one (their writers no longer fit the registers).
pub const fn group_of(lanes: usize) -> usize {
    if lanes == 1 {
        4
    } else {
        1
    }
}

/// Size of [`Encoder::bucket`]: 256 exponents by 16 (at least `M + 2`) needs.
const BUCKETS: usize = 1 << 12;
/// Entries of [`Encoder::step`]: every code by every state of the largest table (table log
/// [`super::MAX_TABLE_LOG`]).
const STEPS: usize = super::MAX_CODES << super::MAX_TABLE_LOG;

/// `a == b` without an early exit: each bucket as one word, the differences ORed together (a
/// loop the compiler vectorises). The derived comparison, bucket by bucket and field by field,
/// cost about 40,000 instructions, a large part of a small tensor's value-table lookup.
fn same_buckets(a: &[Bucket; BUCKETS], b: &[Bucket; BUCKETS]) -> bool {
    let word = |b: &Bucket| u32::from_le_bytes([b.code, b.shift, b.n, b.bad]);
    a.iter().zip(b.iter()).fold(0, |diff, (x, y)| diff | (word(x) ^ word(y))) == 0
}

/// How the encoder codes the values of one histogram bucket.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Bucket {
    code: u8,
    /// The raw bits are the top `n` bits of `((exp << (1 + M)) | {sign, mantissa}) << shift` (as
    /// 64 bits): a direct code shifts the exponent out, and the bits it drops are zero; the escape
    /// keeps all 16.
    shift: u8,
    n: u8,
    /// 1: no code fits (`code` is 0, so the state stays valid).
    bad: u8,
}

impl Encoder {
    /// Prepare the tables of `model` (validated first).
    pub fn new(model: &AnsModel) -> Result<Self> {
        model.validate()?;
        let r = model.table_log as u32;
        let l = 1u32 << r;
        let freq = model.freqs();
        let mut first = Vec::with_capacity(freq.len());
        let mut acc = 0u32;
        for &f in &freq {
            first.push(acc);
            acc += f;
        }
        // The states (offsets x) of each code in increasing order, concatenated.
        let mut states = vec![0u16; l as usize];
        let mut next = first.clone();
        for (x, &s) in model.spread.iter().enumerate() {
            states[next[s as usize] as usize] = x as u16;
            next[s as usize] += 1;
        }
        // Code c, with f states from `first`, in state X = L + x puts the low nb bits of X, nb
        // the number that brings X into [f, 2f), and goes to its state number (X >> nb) - f. For
        // hb = R - floor(log2 f), nb is hb - 1 below X = f << hb and hb from there (FSE's
        // `(X + (hb << 16) - (f << hb)) >> 16`): the row is runs of 2^nb equal entries, at most
        // 2f of them, filled run by run (a row costs its f runs, not its L entries).
        let kept = STEP_TABLES.lock().unwrap_or_else(|e| e.into_inner()).pop();
        let mut step = kept.unwrap_or_else(|| vec![0u16; STEPS].into_boxed_slice());
        for (c, (&f, &start)) in freq.iter().zip(&first).enumerate() {
            let hb = r - f.ilog2();
            let row = &mut step[c << r..][..l as usize];
            let mut big_x = l;
            for (nb, end) in [(hb.wrapping_sub(1), f << hb), (hb, 2 * l)] {
                while big_x < end {
                    let e = ((nb << 10) as u16) | states[(start + (big_x >> nb) - f) as usize];
                    row[(big_x - l) as usize..][..1 << nb].fill(e);
                    big_x += 1 << nb;
                }
            }
        }
        let d = model.dtype;
        let field = 1 + d.man_bits();
        let needs = Histogram::needs(d);
        let of = |c: Option<u8>| match c {
            Some(c) => {
                let code = model.codes[c as usize];
                let (n, shift) = if code.escape { (d.exp_bits() + field, 48) } else { (code.nbits as u32, 64 - field) };
                Bucket { code: c, shift: shift as u8, n: n as u8, bad: 0 }
            }
            None => Bucket { bad: 1, ..Bucket::default() },
        };
        // The rows of exponents without a direct code are all the escape's (or no code's): a
        // copy of one row each; then the rows of the direct codes' exponents from the choice
        // map (not all 256 rows of it bucket by bucket).
        let mut template = [Bucket { bad: 1, ..Bucket::default() }; 16];
        template[..needs].fill(of(model.escape().map(|i| i as u8)));
        let mut bucket: Box<[Bucket; BUCKETS]> = vec![Bucket { bad: 1, ..Bucket::default() }; BUCKETS]
            .into_boxed_slice()
            .try_into()
            .expect("BUCKETS buckets");
        for row in bucket.chunks_exact_mut(16).take(1 << d.exp_bits()) {
            row.copy_from_slice(&template);
        }
        let map = model.choice_map();
        for code in model.codes.iter().filter(|c| !c.escape) {
            let e = code.exp as usize;
            for (need, &c) in map[e * needs..][..needs].iter().enumerate() {
                bucket[(e << 4) | need] = of(c);
            }
        }
        let simd = super::cpu::has_avx2() && super::cpu::has_bmi2();
        Ok(Self { dtype: d, table_log: r, bucket, step, values: None, simd })
    }

    /// The encoder with the scalar raw pass only (the portable path, which the SIMD pass must
    /// equal byte for byte).
    pub fn without_simd(mut self) -> Self {
        self.simd = false;
        self
    }

    /// The encoder with the entry of every 16-bit word in a table (256 KB, built in a fraction of
    /// a millisecond, or completed from a recent encoder's with the same buckets): the raw-bit
    /// pass then costs one load per value instead of two and the assembly of the entry. For
    /// tensors of many values; the output is the same.
    pub fn with_value_table(self) -> Self {
        let every = match self.dtype {
            Dtype::BF16 => [u64::MAX; 4],
            Dtype::F16 => [u32::MAX as u64, 0, 0, 0],
        };
        self.value_table(every, None)
    }

    /// [`Encoder::with_value_table`] for a tensor whose values `hist` counted, where it pays: the
    /// entries of the exponents the tensor uses, those the kept table with the same buckets does
    /// not hold yet built when they are at most as many as the tensor's values (the tensors of a
    /// checkpoint often share a code map: the first builds the exponents it uses, the next ones
    /// add the few they use besides). A value of an exponent the table does not hold is coded
    /// correctly all the same, a block at a time more slowly.
    pub fn with_value_table_for(self, hist: &Histogram) -> Self {
        let mut used = [0u64; 4];
        for e in (0..1usize << self.dtype.exp_bits()).filter(|&e| hist.exponent_count(e as u16) > 0) {
            used[e / 64] |= 1 << (e % 64);
        }
        self.value_table(used, Some(hist.values()))
    }

    /// Attach the value table holding (at least) the exponents `want`, building those the last
    /// table of these buckets lacks, unless they are more than `values` allow
    /// ([`VALUE_TABLE_ENTRIES_PER_VALUE`]; `None`: always).
    fn value_table(mut self, want: ExpSet, values: Option<u64>) -> Self {
        let mut kept = VALUE_TABLES.lock().unwrap_or_else(|e| e.into_inner());
        let same = kept.iter().rposition(|t| t.dtype == self.dtype && same_buckets(&t.bucket, &self.bucket));
        let have = same.map_or([0; 4], |i| kept[i].built);
        let missing: ExpSet = std::array::from_fn(|i| want[i] & !have[i]);
        let missing_exps: u64 = missing.iter().map(|m| m.count_ones() as u64).sum();
        if missing_exps == 0 {
            if let Some(i) = same {
                let t = kept.remove(i);
                self.values = Some(Arc::clone(&t));
                kept.push(t);
            }
            return self;
        }
        let per_exp = 2u64 << self.dtype.man_bits();
        if values.is_some_and(|v| missing_exps * per_exp > v * VALUE_TABLE_ENTRIES_PER_VALUE) {
            return self;
        }
        // The table of these buckets (completed), else the oldest one's memory (emptied) when
        // the cache is full and no encoder holds it any more; a copy of the table, or new
        // memory, otherwise.
        let mut t = match same.map(|i| Arc::try_unwrap(kept.remove(i))) {
            Some(Ok(t)) => t,
            Some(Err(t)) => (*t).clone(),
            None => {
                let oldest = (kept.len() >= VALUE_TABLES_KEPT).then(|| Arc::try_unwrap(kept.remove(0)));
                match oldest {
                    Some(Ok(mut t)) => {
                        match t.dtype {
                            Dtype::BF16 => reset_values::<7, 8>(&mut t.entries, &t.built),
                            Dtype::F16 => reset_values::<10, 5>(&mut t.entries, &t.built),
                        }
                        t.dtype = self.dtype;
                        *t.bucket = *self.bucket;
                        t.built = [0; 4];
                        t
                    }
                    _ => ValueTable {
                        dtype: self.dtype,
                        bucket: self.bucket.clone(),
                        built: [0; 4],
                        entries: Box::new([ENTRY_BAD; 1 << 16]),
                    },
                }
            }
        };
        match self.dtype {
            Dtype::BF16 => self.fill_values::<7, 8>(&mut t.entries, &missing),
            Dtype::F16 => self.fill_values::<10, 5>(&mut t.entries, &missing),
        }
        t.built = std::array::from_fn(|i| t.built[i] | missing[i]);
        let t = Arc::new(t);
        kept.push(Arc::clone(&t));
        self.values = Some(t);
        self
    }

    /// The [`Encoder::entry_of`] of every word of the exponents `exps`, row by row: the words of
    /// one sign and exponent are consecutive, and within the row a value's entry is
    /// `(((hi | sm) >> rs) << 16) | base` for its `{sign, mantissa}` bits `sm` and three
    /// constants of its bucket (found by its need): a direct code keeps the top `n` of the
    /// `1 + M` bits, the escape all 16 with the exponent, a value without a code none.
    fn fill_values<const M: u32, const E: u32>(&self, t: &mut [u32; 1 << 16], exps: &ExpSet) {
        let field = 1 + M;
        for (row, words) in t.chunks_exact_mut(1 << M).enumerate() {
            let (sign, e) = ((row >> E) as u32, (row as u32) & ((1 << E) - 1));
            if exps[e as usize / 64] & (1 << (e % 64)) == 0 {
                continue;
            }
            let (mut hi, mut rs, mut base) = ([0u32; 16], [31u32; 16], [ENTRY_BAD; 16]);
            for need in 0..=field as usize {
                let b = self.bucket[(e << 4) as usize | need];
                if b.bad == 0 {
                    let n = b.n as u32;
                    (hi[need], rs[need]) = if n > field { (e << field, E + field - n) } else { (0, field - n) };
                    base[need] = n | ((b.code as u32) << ENTRY_CODE_SHIFT);
                }
            }
            for (m, entry) in (0u32..).zip(words.iter_mut()) {
                let sm = (sign << M) | m;
                let need = (field - (sm | (1 << field)).trailing_zeros()) as usize % 16;
                *entry = (((hi[need] | sm) >> rs[need]) << 16) | base[need];
            }
        }
    }

    /// Encode one block (any length, including 0). Errors if a value has no code.
    pub fn encode(&self, values: &[u16]) -> Result<EncodedBlock> {
        let [block] = match self.dtype {
            Dtype::BF16 => self.encode_blocks::<7, 8, 1>(values)?,
            Dtype::F16 => self.encode_blocks::<10, 5, 1>(values)?,
        };
        Ok(block)
    }

    /// Encode one block as the stored bytes of `layout` (what [`LaneLayout::assemble_into`]
    /// makes of [`Encoder::encode_lanes`]) into `out` (cleared first, its capacity reused);
    /// returns the block's index `aux` field and the exact payload bits. The lanes' streams are
    /// built in buffers kept per thread and written once, straight into `out`: no allocation,
    /// zeroing or intermediate copy per block.
    pub fn encode_into(&self, values: &[u16], layout: LaneLayout, out: &mut Vec<u8>) -> Result<(u32, u64)> {
        let mut res = [None];
        self.encode_many_into(&[values], layout, &mut [out], &mut res);
        res[0].take().expect("one result per block")
    }

    /// [`Encoder::encode_into`] for several blocks of the same tensor: block i's stored bytes
    /// into `outs[i]`, its result into `results[i]` (the slices have one entry per block). The
    /// bytes are the same as block by block, but the tANS passes of [`group_of`] one-lane blocks
    /// run side by side: a lane's state chain is a sequence of dependent loads, and the chains
    /// of different blocks are independent, so the CPU overlaps them as it does the lanes of
    /// one block.
    pub fn encode_many_into(
        &self,
        blocks: &[&[u16]],
        layout: LaneLayout,
        outs: &mut [&mut Vec<u8>],
        results: &mut [Option<Result<(u32, u64)>>],
    ) {
        assert!(blocks.len() == outs.len() && blocks.len() == results.len(), "one output and result per block");
        thread_local! {
            static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
        }
        SCRATCH.with_borrow_mut(|s| match (layout.lanes(), self.dtype) {
            (1, Dtype::BF16) => self.encode_groups::<7, 8, 1, { group_of(1) }>(blocks, layout, s, outs, results),
            (1, Dtype::F16) => self.encode_groups::<10, 5, 1, { group_of(1) }>(blocks, layout, s, outs, results),
            (2, Dtype::BF16) => self.encode_groups::<7, 8, 2, { group_of(2) }>(blocks, layout, s, outs, results),
            (2, Dtype::F16) => self.encode_groups::<10, 5, 2, { group_of(2) }>(blocks, layout, s, outs, results),
            (4, Dtype::BF16) => self.encode_groups::<7, 8, 4, { group_of(4) }>(blocks, layout, s, outs, results),
            (4, Dtype::F16) => self.encode_groups::<10, 5, 4, { group_of(4) }>(blocks, layout, s, outs, results),
            (8, Dtype::BF16) => self.encode_groups::<7, 8, 8, { group_of(8) }>(blocks, layout, s, outs, results),
            (8, Dtype::F16) => self.encode_groups::<10, 5, 8, { group_of(8) }>(blocks, layout, s, outs, results),
            (n, _) => {
                for r in results.iter_mut() {
                    *r = Some(Err(Error::Request(format!("{n} lanes (1, 2, 4 or 8 allowed)"))));
                }
            }
        })
    }

    /// [`Encoder::encode_many_into`] with `N` lanes: whole groups of `G` blocks together, the
    /// blocks left over (and every block of a group in which some value has no code, so that
    /// the error names its block) one by one.
    fn encode_groups<const M: u32, const E: u32, const N: usize, const G: usize>(
        &self,
        blocks: &[&[u16]],
        layout: LaneLayout,
        s: &mut Scratch,
        outs: &mut [&mut Vec<u8>],
        results: &mut [Option<Result<(u32, u64)>>],
    ) {
        results.iter_mut().for_each(|r| *r = None);
        let whole = blocks.len() / G * G;
        for ((b, o), r) in
            blocks[..whole].chunks_exact(G).zip(outs.chunks_exact_mut(G)).zip(results.chunks_exact_mut(G))
        {
            let b: &[&[u16]; G] = b.try_into().expect("G blocks");
            if let Ok(done) = self.encode_n_into::<M, E, N, G>(*b, layout, s, o) {
                r.iter_mut().zip(done).for_each(|(r, d)| *r = Some(Ok(d)));
            }
        }
        for ((b, o), r) in blocks.iter().zip(outs.iter_mut()).zip(results.iter_mut()) {
            if r.is_none() {
                *r = Some(self.encode_n_into::<M, E, N, 1>([b], layout, s, std::slice::from_mut(o)).map(|[d]| d));
            }
        }
    }

    /// The `G` blocks `blocks` with `N` lanes each as stored bytes of `layout` into `outs`;
    /// each block's `aux` field and payload bits.
    fn encode_n_into<const M: u32, const E: u32, const N: usize, const G: usize>(
        &self,
        blocks: [&[u16]; G],
        layout: LaneLayout,
        s: &mut Scratch,
        outs: &mut [&mut Vec<u8>],
    ) -> Result<[(u32, u64); G]> {
        let coded = self.encode_n::<M, E, N, G>(blocks, s)?;
        let mut done = [(0, 0); G];
        for (b, (((raw, ans), out), d)) in coded.into_iter().zip(outs.iter_mut()).zip(&mut done).enumerate() {
            let raw = raw.map(MsbWriter::finish_parts);
            let ans_bytes = ans.each_ref().map(|a| a.byte_len());
            out.clear();
            out.reserve(layout.header_len() + ans_bytes.iter().sum::<usize>() + raw.iter().map(|r| r.1).sum::<usize>());
            let aux = layout.header_into(ans_bytes.iter().zip(&raw).map(|(&a, r)| (a, r.1)), out)?;
            let mut bits = 8 * layout.header_len() as u64;
            for (lane, (a, (buf, len, raw_bits))) in ans.into_iter().zip(raw).enumerate() {
                let (abuf, ans_bits) = a.finish_into(out);
                out.extend_from_slice(&buf[..len]);
                bits += ans_bits + raw_bits;
                s.ans[b * N + lane] = abuf;
                s.raw[b * N + lane] = buf;
            }
            *d = (aux, bits);
        }
        Ok(done)
    }

    /// Encode one block as `lanes` interleaved lanes (FORMAT.md 3.4): value k goes to lane
    /// `k % lanes`, each lane a complete one-lane stream pair. The lanes' tANS chains are run
    /// side by side in one loop (independent states: instruction-level parallelism).
    pub fn encode_lanes(&self, values: &[u16], lanes: usize) -> Result<Vec<EncodedBlock>> {
        fn v<const N: usize>(r: Result<[EncodedBlock; N]>) -> Result<Vec<EncodedBlock>> {
            r.map(Vec::from)
        }
        match (lanes, self.dtype) {
            (1, _) => Ok(vec![self.encode(values)?]),
            (2, Dtype::BF16) => v(self.encode_blocks::<7, 8, 2>(values)),
            (2, Dtype::F16) => v(self.encode_blocks::<10, 5, 2>(values)),
            (4, Dtype::BF16) => v(self.encode_blocks::<7, 8, 4>(values)),
            (4, Dtype::F16) => v(self.encode_blocks::<10, 5, 4>(values)),
            (8, Dtype::BF16) => v(self.encode_blocks::<7, 8, 8>(values)),
            (8, Dtype::F16) => v(self.encode_blocks::<10, 5, 8>(values)),
            _ => Err(Error::Request(format!("{lanes} lanes (1, 2, 4 or 8 allowed)"))),
        }
    }

    /// The bucket of a value and its `exp << (1 + M) | {sign, mantissa}` bits (in the low 16 bits;
    /// the bits above them are shifted out by every [`Bucket::shift`]), from `words`
    /// ([`word_table`]).
    #[inline(always)]
    fn bucket_of(&self, words: &[u32; 1 << 16], w: u16) -> (Bucket, u64) {
        let v = words[w as usize];
        (self.bucket[(v >> 16) as usize % BUCKETS], v as u64)
    }

    /// How the encoder codes value `w`, as one entry (see [`ENTRY_CODE_SHIFT`]): its raw-bit
    /// count, its code, whether it has none, and its raw bits (at most 16).
    #[inline(always)]
    fn entry_of(&self, words: &[u32; 1 << 16], w: u16) -> u32 {
        let (b, bits) = self.bucket_of(words, w);
        let top = ((bits << b.shift) >> 48) as u32;
        let n = b.n as u32;
        ((top >> (16 - n)) << 16) | n | ((b.code as u32) << ENTRY_CODE_SHIFT) | ((b.bad as u32) * ENTRY_BAD)
    }

    /// The `N` lanes of a block as [`EncodedBlock`]s (in buffers of their own).
    fn encode_blocks<const M: u32, const E: u32, const N: usize>(&self, values: &[u16]) -> Result<[EncodedBlock; N]> {
        let [(raw, ans)] = self.encode_n::<M, E, N, 1>([values], &mut Scratch::default())?;
        let mut lanes = ans.into_iter().zip(raw).map(|(ans, raw)| {
            let (ans, ans_bits) = ans.finish();
            let raw_bits = raw.bit_len();
            let raw = raw.finish();
            EncodedBlock { ans, ans_bits, raw, raw_bits }
        });
        Ok(std::array::from_fn(|_| lanes.next().expect("N lanes")))
    }

    /// [`Encoder::encode_impl`] compiled with BMI2 when the CPU has it (run-time check): `shlx` /
    /// `shrx` / `bzhi` leave the shift counts out of `cl`, so the variable shifts of both passes
    /// need no register moves.
    fn encode_n<const M: u32, const E: u32, const N: usize, const G: usize>(
        &self,
        blocks: [&[u16]; G],
        s: &mut Scratch,
    ) -> Result<[Lanes<N>; G]> {
        #[cfg(target_arch = "x86_64")]
        if super::cpu::has_bmi2() {
            // SAFETY: the CPU has BMI1 and BMI2 (checked just above).
            return unsafe { self.encode_bmi2::<M, E, N, G>(blocks, s) };
        }
        self.encode_impl::<M, E, N, G>(blocks, s)
    }

    /// [`Encoder::encode_impl`] with BMI1 and BMI2 enabled.
    ///
    /// # Safety
    /// Only on a CPU with BMI1 and BMI2.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "bmi1,bmi2")]
    unsafe fn encode_bmi2<const M: u32, const E: u32, const N: usize, const G: usize>(
        &self,
        blocks: [&[u16]; G],
        s: &mut Scratch,
    ) -> Result<[Lanes<N>; G]> {
        self.encode_impl::<M, E, N, G>(blocks, s)
    }

    /// `G` blocks of `N` lanes each (value k of a block in lane `k % N`), in two passes: block
    /// by block forwards, each value's raw bits to its lane's stream and its code parked in
    /// `codes`; then backwards from state L, the tANS chains of all the blocks' lanes side by
    /// side, their streams built from the end (the blocks' last rows together; where a block
    /// has more rows than the shortest, its first rows alone). Writers are flushed every
    /// [`PUTS_PER_FLUSH`] (raw) or [`ANS_PUTS_PER_FLUSH`] (tANS) rows. The writers work in the
    /// buffers of `s` (taken from it; the caller gives them back for the next blocks) and are
    /// returned unfinished.
    #[inline(always)]
    fn encode_impl<const M: u32, const E: u32, const N: usize, const G: usize>(
        &self,
        blocks: [&[u16]; G],
        s: &mut Scratch,
    ) -> Result<[Lanes<N>; G]> {
        let Scratch { codes, raw: raw_bufs, ans: ans_bufs } = s;
        if raw_bufs.len() < G * N {
            raw_bufs.resize_with(G * N, Vec::new);
            ans_bufs.resize_with(G * N, Vec::new);
        }
        // Every code is written by the first pass: a buffer kept from earlier blocks is not
        // cleared.
        let total = blocks.iter().map(|v| v.len()).sum();
        if codes.len() < total {
            codes.resize(total, 0);
        }
        let mut rest = &mut codes[..total];
        let mut codes: [&mut [u8]; G] = std::array::from_fn(|b| {
            let (mine, after) = std::mem::take(&mut rest).split_at_mut(blocks[b].len());
            rest = after;
            mine
        });
        let per_lane = blocks.map(|v| v.len().div_ceil(N));
        let raw_bytes = per_lane.map(|n| (n * (1 + M + E) as usize).div_ceil(8));
        let mut raw: [[MsbWriter; N]; G] = std::array::from_fn(|b| {
            std::array::from_fn(|lane| MsbWriter::with_buf(std::mem::take(&mut raw_bufs[b * N + lane]), raw_bytes[b]))
        });
        for (((values, codes), raw), bytes) in blocks.iter().zip(&mut codes).zip(&mut raw).zip(raw_bytes) {
            let mut bad = ENTRY_BAD;
            if let Some(t) = &self.values {
                // The entries' address once (not through the Arc for every value).
                bad = table_raw_pass(self.simd, values, codes, raw, &t.entries);
                if bad & ENTRY_BAD != 0 {
                    // A value without a code, or of an exponent the table does not hold: again
                    // with the entries assembled (the writers emptied first).
                    for w in raw.iter_mut() {
                        *w = MsbWriter::with_buf(std::mem::take(w).finish_parts().0, bytes);
                    }
                }
            }
            if bad & ENTRY_BAD != 0 {
                let words = word_table::<M, E>();
                bad = raw_pass(values, codes, raw, |w| self.entry_of(words, w));
            }
            if bad & ENTRY_BAD != 0 {
                return Err(self.no_code::<M, E>(values));
            }
        }

        let r = self.table_log;
        // The state offsets x (state L + x); the encoder starts in state L.
        let mut x = [[0u32; N]; G];
        let mut ans: [[LsbBackWriter; N]; G] = std::array::from_fn(|b| {
            std::array::from_fn(|lane| {
                LsbBackWriter::with_buf(std::mem::take(&mut ans_bufs[b * N + lane]), (per_lane[b] + 1) * r as usize)
            })
        });
        let table: &[u16; STEPS] = (*self.step).try_into().expect("STEPS step entries");
        let step = |x: &mut u32, ans: &mut LsbBackWriter, c: u8| {
            let e = table[(((c as usize) << r) | *x as usize) % STEPS] as u32;
            let nb = e >> 10;
            // The low nb bits of L + x are those of x (nb <= R).
            ans.put(*x & ((1 << nb) - 1), nb);
            *x = e & 0x3ff;
        };
        // Each block's last, partial row first (its values are the last of lanes 0..).
        let rows = blocks.map(|v| v.len() / N);
        for b in 0..G {
            for ((x, ans), &c) in x[b].iter_mut().zip(&mut ans[b]).zip(&codes[b][rows[b] * N..]) {
                step(x, ans, c);
            }
            ans[b].iter_mut().for_each(LsbBackWriter::flush);
        }
        // Then whole rows from the end: the blocks' last `common` codes side by side, in chunks
        // of ANS_PUTS_PER_FLUSH rows (one block: all of them in the loop below, whose codes
        // need no index arithmetic; 9% fewer instructions for two-lane blocks).
        let chunk = ANS_PUTS_PER_FLUSH * N;
        let common = if G == 1 { 0 } else { rows.iter().min().copied().unwrap_or(0) / ANS_PUTS_PER_FLUSH * chunk };
        let tails: [&[u8]; G] = std::array::from_fn(|b| &codes[b][rows[b] * N - common..rows[b] * N]);
        for end in (chunk..=common).rev().step_by(chunk) {
            let part: [&[u8]; G] = tails.map(|t| &t[end - chunk..end]);
            for row in (0..ANS_PUTS_PER_FLUSH).rev() {
                for b in 0..G {
                    for lane in 0..N {
                        step(&mut x[b][lane], &mut ans[b][lane], part[b][row * N + lane]);
                    }
                }
            }
            ans.iter_mut().flatten().for_each(LsbBackWriter::flush);
        }
        // The rows before them block by block.
        for b in 0..G {
            let (x, ans) = (&mut x[b], &mut ans[b]);
            let mut chunks = codes[b][..rows[b] * N - common].rchunks_exact(chunk);
            for c in &mut chunks {
                for row in c.rchunks_exact(N) {
                    for lane in 0..N {
                        step(&mut x[lane], &mut ans[lane], row[lane]);
                    }
                }
                ans.iter_mut().for_each(LsbBackWriter::flush);
            }
            for row in chunks.remainder().rchunks_exact(N) {
                for lane in 0..N {
                    step(&mut x[lane], &mut ans[lane], row[lane]);
                }
                ans.iter_mut().for_each(LsbBackWriter::flush);
            }
        }
        for (ans, &x) in ans.iter_mut().flatten().zip(x.iter().flatten()) {
            ans.put(x, r);
        }
        let mut lanes = raw.into_iter().zip(ans);
        Ok(std::array::from_fn(|_| lanes.next().expect("G blocks")))
    }

    /// The error for the first value of `values` that has no code.
    #[cold]
    fn no_code<const M: u32, const E: u32>(&self, values: &[u16]) -> Error {
        let words = word_table::<M, E>();
        let i = values.iter().position(|&w| self.bucket_of(words, w).0.bad != 0).unwrap_or(0);
        let w = values.get(i).copied().unwrap_or(0);
        let e = (w as u32 >> M) & ((1 << E) - 1);
        let need = super::needed_bits(self.dtype, w);
        Error::Request(format!(
            "value {i} ({w:#06x}: exponent {e}, {need} additional bits) has no code in this ANS model"
        ))
    }
}

/// The first pass of [`Encoder::encode_impl`]: each value's raw bits to its lane's writer (value
/// k in lane `k % N`) and its code byte to `codes` (the code in its low 4 bits); `entry` gives
/// each value's entry ([`ENTRY_CODE_SHIFT`]). Returns the OR of the entries (its [`ENTRY_BAD`]
/// bit: some value has no code).
#[inline(always)]
fn raw_pass<const N: usize>(
    values: &[u16],
    codes: &mut [u8],
    raw: &mut [MsbWriter; N],
    entry: impl Fn(u16) -> u32,
) -> u32 {
    let n = values.len();
    let mut bad = 0u32;
    let mut put = |raw: &mut MsbWriter, w: u16, c: &mut u8| {
        let e = entry(w);
        bad |= e;
        raw.put_low(e as u64 >> 16, e);
        *c = (e >> ENTRY_CODE_SHIFT) as u8;
    };
    let rows = PUTS_PER_FLUSH * N;
    // Lane by lane (one writer, kept in registers): the lane's values are every N-th. Two lanes
    // at a time when there are several: two independent writers in one loop overlap their
    // accumulator chains.
    let pair = if N == 1 { 1 } else { 2 };
    for lane in (0..N).step_by(pair) {
        let mut a = std::mem::take(&mut raw[lane]);
        let mut b = std::mem::take(&mut raw[(lane + 1) % N]);
        let mut vchunks = values.chunks_exact(rows);
        let mut cchunks = codes.chunks_exact_mut(rows);
        for (v, c) in (&mut vchunks).zip(&mut cchunks) {
            for k in 0..PUTS_PER_FLUSH {
                put(&mut a, v[k * N + lane], &mut c[k * N + lane]);
                if N > 1 {
                    put(&mut b, v[k * N + lane + 1], &mut c[k * N + lane + 1]);
                }
            }
            a.flush_low();
            if N > 1 {
                b.flush_low();
            }
        }
        let (v, c) = (vchunks.remainder(), cchunks.into_remainder());
        for (&w, c) in v.iter().zip(c).skip(lane).step_by(N) {
            put(&mut a, w, c);
            a.flush_low();
        }
        a.low_to_top();
        raw[lane] = a;
        if N > 1 {
            let (v, c) = (vchunks.remainder(), &mut codes[n - v.len()..]);
            for (&w, c) in v.iter().zip(c).skip(lane + 1).step_by(N) {
                put(&mut b, w, c);
                b.flush_low();
            }
            b.low_to_top();
            raw[lane + 1] = b;
        }
    }
    bad
}

/// [`raw_pass`] through the value table `entries`: the AVX2 pass ([`raw_avx2`]) for blocks of
/// one or two lanes where `simd` (the CPU has AVX2 and BMI2), the scalar pass for the values it
/// leaves.
#[inline(always)]
fn table_raw_pass<const N: usize>(
    simd: bool,
    values: &[u16],
    codes: &mut [u8],
    raw: &mut [MsbWriter; N],
    entries: &[u32; 1 << 16],
) -> u32 {
    #[cfg(target_arch = "x86_64")]
    if simd && N <= 2 {
        // SAFETY: `simd` only when the CPU has AVX2, BMI1 and BMI2 (`Encoder::new`), the
        // features `raw_pass` is compiled with.
        let (done, bad) = unsafe { raw_avx2::raw_pass(values, codes, raw, entries) };
        raw.iter_mut().for_each(MsbWriter::top_to_low);
        return bad | raw_pass(&values[done..], &mut codes[done..], raw, |w| entries[w as usize]);
    }
    let _ = simd;
    raw_pass(values, codes, raw, |w| entries[w as usize])
}

/// The lanes of one block as the encoder leaves them: each lane's raw-bit writer and tANS writer,
/// to be finished.
type Lanes<const N: usize> = ([MsbWriter; N], [LsbBackWriter; N]);

/// Buffers a thread's block encodes reuse ([`Encoder::encode_into`]): each value's code, and
/// each lane's raw and tANS stream buffers.
#[derive(Default)]
struct Scratch {
    codes: Vec<u8>,
    raw: Vec<Vec<u8>>,
    ans: Vec<Vec<u8>>,
}

/// Empty the rows of a value table ([`ValueTable::entries`], words of `M` mantissa and `E`
/// exponent bits) of the exponents `exps`: every entry [`ENTRY_BAD`] again, the other rows left
/// as they are (a table holds a few dozen of the 256 BF16 exponents; filling all 256 KB cost more
/// than building the rows).
fn reset_values<const M: u32, const E: u32>(t: &mut [u32; 1 << 16], exps: &ExpSet) {
    for (row, words) in t.chunks_exact_mut(1 << M).enumerate() {
        let e = row & ((1 << E) - 1);
        if exps[e / 64] & (1 << (e % 64)) != 0 {
            words.fill(ENTRY_BAD);
        }
    }
}

/// For every 16-bit word of the dtype with `M` mantissa and `E` exponent bits: its encoder bucket
/// `exp << 4 | need` (see [`Encoder::bucket`]) in the high 16 bits and its
/// `exp << (1 + M) | {sign, mantissa}` bits in the low 16. Built once per process per dtype
/// (65,536 entries): the encoder's first pass then costs one table load per value instead of a
/// dozen operations.
fn word_table<const M: u32, const E: u32>() -> &'static [u32; 1 << 16] {
    // One static for every instantiation of this function: pick the dtype's table by M.
    static TABLES: [std::sync::OnceLock<Box<[u32; 1 << 16]>>; 2] =
        [std::sync::OnceLock::new(), std::sync::OnceLock::new()];
    TABLES[(M == 7) as usize].get_or_init(|| {
        let field = 1 + M;
        let mut t = Box::new([0u32; 1 << 16]);
        for (w, v) in (0..=u16::MAX as u32).zip(t.iter_mut()) {
            let e = (w >> M) & ((1 << E) - 1);
            let sm = ((w >> 15) << M) | (w & ((1 << M) - 1));
            let need = field - (sm | (1 << field)).trailing_zeros();
            *v = (((e << 4) | need) << 16) | (e << field) | sm;
        }
        t
    })
}

/// The FORMAT.md 3.2 encoder written literally with the crate's bit writers (one value at a
/// time, the tANS step searched in the spread): slow, for cross-checking [`Encoder`].
pub fn encode_block_reference(model: &AnsModel, values: &[u16]) -> Result<EncodedBlock> {
    model.validate()?;
    let d = model.dtype;
    let field = 1 + d.man_bits();
    let r = model.table_log as u32;
    let l = 1u32 << r;
    let freq = model.freqs();
    let needs = Histogram::needs(d);
    let choice = model.choice_map();
    // Codes and raw bits in value order.
    let mut raw = MsbWriter::new();
    let mut codes = Vec::with_capacity(values.len());
    for (i, &w) in values.iter().enumerate() {
        let (e, sm) = (d.exponent(w) as u32, d.sign_mantissa(w) as u32);
        let need = super::needed_bits(d, w);
        let Some(c) = choice[e as usize * needs + need as usize] else {
            return Err(Error::Request(format!(
                "value {i} ({w:#06x}: exponent {e}, {need} additional bits) has no code in this ANS model"
            )));
        };
        let code = model.codes[c as usize];
        if code.escape {
            raw.put(e, d.exp_bits());
            raw.put(sm, field);
        } else {
            raw.put(sm >> (field - code.nbits as u32), code.nbits as u32);
        }
        codes.push(c);
    }
    // tANS backwards from state L: code s with f states takes x in [f, 2f) after dropping its low
    // bits, and goes to the state of the spread that holds its (x - f)-th state.
    let mut held: Vec<Vec<u32>> = vec![Vec::new(); model.codes.len()];
    for (state, &s) in model.spread.iter().enumerate() {
        held[s as usize].push(state as u32);
    }
    let mut x = l;
    let mut chunks = Vec::with_capacity(values.len());
    for &c in codes.iter().rev() {
        let f = freq[c as usize];
        let mut nb = 0;
        while (x >> nb) >= 2 * f {
            nb += 1;
        }
        chunks.push((x & ((1 << nb) - 1), nb));
        x = l + held[c as usize][((x >> nb) - f) as usize];
    }
    let mut ans = LsbWriter::new();
    ans.put(x - l, r);
    for &(bits, nb) in chunks.iter().rev() {
        ans.put(bits, nb);
    }
    let (ans_bits, raw_bits) = (ans.bit_len(), raw.bit_len());
    Ok(EncodedBlock { ans: ans.finish(), ans_bits, raw: raw.finish(), raw_bits })
}

/// Check that a stream of `bytes` ends exactly after `used` bits with zero padding. `lsb` selects
/// where the unused bits of the last byte are (high bits for LSB-first, low bits for MSB-first).
pub(crate) fn check_end(stream: &str, bytes: &[u8], used: u64, lsb: bool) -> Result<()> {
    let have = bytes.len() as u64 * 8;
    if used > have {
        return Err(corrupt(stream, format!("truncated: needs {used} bits, has {have}")));
    }
    if used.div_ceil(8) != bytes.len() as u64 {
        return Err(corrupt(
            stream,
            format!("{} trailing bytes after {used} bits", bytes.len() as u64 - used.div_ceil(8)),
        ));
    }
    let k = (used % 8) as u32;
    if k != 0 {
        let last = bytes[bytes.len() - 1];
        let pad = if lsb { last >> k } else { last & ((1u8 << (8 - k)) - 1) };
        if pad != 0 {
            return Err(corrupt(stream, "non-zero padding bits"));
        }
    }
    Ok(())
}

impl Drop for Encoder {
    /// The step table back to the pool of kept tables (`STEP_TABLES`) for the next encoder. Every
    /// table has `STEPS` entries ([`Encoder::new`] makes it, `Clone` copies it), so the pool
    /// holds no other.
    fn drop(&mut self) {
        let step = std::mem::take(&mut self.step);
        let mut kept = STEP_TABLES.lock().unwrap_or_else(|e| e.into_inner());
        if kept.len() < STEP_TABLES_KEPT {
            kept.push(step);
        }
    }
}

impl super::lanes::LaneEncoder for Encoder {
    fn encode_lanes(&self, values: &[u16], lanes: usize, _start: u64) -> Result<Vec<EncodedBlock>> {
        Encoder::encode_lanes(self, values, lanes)
    }
    fn encode_lane(&self, values: &[u16], _first: u64, _stride: u64) -> Result<EncodedBlock> {
        self.encode(values)
    }
    fn encode_stored(&self, layout: LaneLayout, _start: u64, values: &[u16], out: &mut Vec<u8>) -> Result<(u32, u64)> {
        self.encode_into(values, layout, out)
    }
}

/// The FORMAT.md 3.2/3.3 decoder written literally with the crate's bit readers: slow, for
/// cross-checking [`super::Decoder`] and for readers of the format.
pub fn decode_block_reference(model: &AnsModel, ans: &[u8], raw: &[u8], n: usize, out: &mut [u16]) -> Result<()> {
    model.validate()?;
    let len = out.len();
    let out = out.get_mut(..n).ok_or_else(|| short_output(n, len))?;
    let d = model.dtype;
    let field = 1 + d.man_bits();
    let table = model.decode_table();
    let mut a = LsbReader::new(ans);
    let mut r = MsbReader::new(raw);
    let truncated = |s: &str| corrupt(s, "truncated");
    let mut state = a.get(model.table_log as u32).ok_or_else(|| truncated("tANS"))? as usize;
    for o in out.iter_mut() {
        let e = table[state];
        let c = model.codes[e.code as usize];
        *o = if c.escape {
            let exp = r.get(d.exp_bits()).ok_or_else(|| truncated("raw"))?;
            let sm = r.get(field).ok_or_else(|| truncated("raw"))?;
            d.assemble(exp as u16, sm as u16)
        } else {
            let bits = r.get(c.nbits as u32).ok_or_else(|| truncated("raw"))?;
            d.assemble(c.exp as u16, (bits << (field - c.nbits as u32)) as u16)
        };
        state = e.base as usize | a.get(e.nb as u32).ok_or_else(|| truncated("tANS"))? as usize;
    }
    if state != 0 {
        return Err(corrupt("tANS", format!("final state {state}, expected 0")));
    }
    check_end("tANS", ans, a.bit_pos(), true)?;
    check_end("raw", raw, r.bit_pos(), false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ans::Profile;

    /// Skewed weight-like words of `d` (a few exponents, zero-trailing mantissas, some +0.0).
    fn words(d: Dtype, n: u32) -> Vec<u16> {
        let (m, bias) = (d.man_bits(), (1u32 << (d.exp_bits() - 1)) - 1);
        (0..n)
            .map(|i| {
                let h = i.wrapping_mul(2654435761);
                let e = bias - 2 - (h >> 28) % 6 + ((h >> 27) & 1) * 3;
                let man = (h >> 5) & ((1 << m) - 1) & !((1 << ((h >> 24) % 4)) - 1);
                if h % 97 == 0 {
                    0
                } else {
                    (((h >> 31) << 15) | (e << m) | man) as u16
                }
            })
            .collect()
    }

    /// The value table (built, or completed from a recent encoder's of the same buckets) holds
    /// [`Encoder::entry_of`] of every word of the exponents it was asked for (direct codes of
    /// every width, the escape, and words without a code: a map with no escape), and
    /// [`ENTRY_BAD`] or the entry for the others.
    #[test]
    fn value_table_is_the_entry_of_every_word() {
        for d in [Dtype::BF16, Dtype::F16] {
            let mut h = Histogram::new(d);
            h.add(&words(d, 40_000));
            let all = match d {
                Dtype::BF16 => word_table::<7, 8>(),
                Dtype::F16 => word_table::<10, 5>(),
            };
            let exp_of = |w: u16| (w >> d.man_bits()) & ((1 << d.exp_bits()) - 1);
            for (r, p) in
                [(5u8, Profile::Plain), (6, Profile::FormatAware), (10, Profile::Plain), (10, Profile::FormatAware)]
            {
                let model = AnsModel::build(&h, r, p).unwrap();
                let enc = model.encoder().unwrap();
                let (mut direct, mut escape, mut none) = (0, 0, 0);
                // Every exponent; the tensor's (kept, or built when another test's encoder came
                // in between) twice.
                for (every, e) in [
                    (true, enc.clone().with_value_table()),
                    (false, enc.clone().with_value_table_for(&h)),
                    (false, enc.clone().with_value_table_for(&h)),
                ] {
                    let Some(t) = e.values.as_ref().map(|t| &t.entries) else { continue };
                    for w in 0..=u16::MAX {
                        let want = enc.entry_of(all, w);
                        if every || h.exponent_count(exp_of(w)) > 0 {
                            assert_eq!(t[w as usize], want, "{d:?} R={r} {p:?} word {w:#06x}");
                        } else {
                            assert!(t[w as usize] == want || t[w as usize] == ENTRY_BAD, "{d:?} R={r} {p:?} {w:#06x}");
                        }
                        match (want & ENTRY_BAD != 0, (want & 31) > 1 + d.man_bits()) {
                            (true, _) => none += 1,
                            (false, true) => escape += 1,
                            (false, false) => direct += 1,
                        }
                    }
                }
                assert!(direct > 0 && escape + none > 0, "{d:?} R={r} {p:?}: {direct} {escape} {none}");
            }
        }
    }

    /// The SIMD raw pass (where the CPU has it) writes the bytes of the scalar pass: weight-like
    /// words, random words (many escapes: four values of 16 bits fill a 64-bit field), blocks of
    /// every length modulo 8, every lane count, both dtypes and profiles, a value table built or
    /// partial (values sent back to the scalar pass).
    #[test]
    fn simd_raw_pass_equals_the_scalar_pass() {
        for d in [Dtype::BF16, Dtype::F16] {
            let mut noisy = words(d, 30_000);
            let mut s = 0x2545_f491_4f6c_dd1du64;
            for w in noisy.iter_mut().skip(7).step_by(3) {
                s ^= s << 13;
                s ^= s >> 7;
                s ^= s << 17;
                // Random sign and mantissa; the exponent kept within the tensor's, or anything.
                let man = (s as u16) & ((1 << d.man_bits()) - 1) | ((s >> 20) as u16 & 0x8000);
                *w = if s.is_multiple_of(5) { s as u16 } else { (*w & !0x8000 & !((1 << d.man_bits()) - 1)) | man };
            }
            let mut h = Histogram::new(d);
            h.add(&noisy);
            let mut few = Histogram::new(d);
            few.add(&noisy[..3_000]);
            for (r, p) in [(6u8, Profile::Plain), (6, Profile::FormatAware), (10, Profile::FormatAware)] {
                let Ok(model) = AnsModel::build(&h, r, p) else { continue };
                let enc = model.encoder().unwrap();
                for table in [enc.clone().with_value_table(), enc.clone().with_value_table_for(&few)] {
                    let scalar = table.clone().without_simd();
                    for len in [0usize, 1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 1000, 16_384, 30_000] {
                        for lanes in [1, 2, 4, 8] {
                            let block = &noisy[..len];
                            let want = scalar.encode_lanes(block, lanes).map_err(|e| e.to_string());
                            let got = table.encode_lanes(block, lanes).map_err(|e| e.to_string());
                            assert_eq!(got, want, "{d:?} R={r} {p:?} {len} values, {lanes} lanes");
                            let layout = LaneLayout::new(lanes, 2 * len as u64 + 8).unwrap();
                            let (mut a, mut b) = (vec![1u8; 3], Vec::new());
                            let want = scalar.encode_into(block, layout, &mut a).map_err(|e| e.to_string());
                            let got = table.encode_into(block, layout, &mut b).map_err(|e| e.to_string());
                            assert_eq!((got, b), (want, a), "{d:?} R={r} {p:?} {len} values, {lanes} lanes, stored");
                        }
                    }
                }
            }
        }
    }

    /// A value table built for some exponents codes values of the others the same (through the
    /// entries assembled), and a value without a code is still an error.
    #[test]
    fn values_outside_the_table_code_the_same() {
        for d in [Dtype::BF16, Dtype::F16] {
            let values = words(d, 20_000);
            let mut h = Histogram::new(d);
            h.add(&values);
            // Fewer exponents than the tensor uses: the first 5,000 values'.
            let mut few = Histogram::new(d);
            few.add(&values[..5_000]);
            for p in [Profile::Plain, Profile::FormatAware] {
                let enc = AnsModel::build(&h, 6, p).unwrap().encoder().unwrap();
                let partial = enc.clone().with_value_table_for(&few);
                // A larger exponent than any of the tensor's: below 1 (the words are), never coded
                // directly.
                let odd = ((1u16 << (d.exp_bits() - 1)) + 3) << d.man_bits();
                for block in [&values[..], &values[..1], &[odd, values[0]][..]] {
                    for lanes in [1, 2, 8] {
                        let want = enc.encode_lanes(block, lanes).map_err(|e| e.to_string());
                        assert_eq!(partial.encode_lanes(block, lanes).map_err(|e| e.to_string()), want, "{d:?} {p:?}");
                    }
                }
            }
        }
    }
}

//! Decode speed of `ans-ctx` beside `ans-fa` at the same table log, in one run (issue 12: the
//! context codec must decode at least as fast as `ans-fa`): on the real tensors in `shared/data`
//! (skipped with a message when the data is absent), the first whole rows up to 4M values of each,
//! at R = 6, 8 and 10, each codec with the container's defaults (its default block size and lane
//! count, its model built from the same values), blocks decoded in groups as `xnc decompress`
//! decodes them (`container::decode_group_of` blocks, `Decoder::decode_many`,
//! `CtxDecoder::decode_blocks`); output
//! MB/s on one core (thread CPU time on Linux). Compare the two rows of a table and R as a ratio.
//! Two more rows decode `ans-ctx` with gather groups of 16 chains instead of 32
//! (`CtxDecoder::with_gather_chains`) and without the gather state pass
//! (`CtxDecoder::without_gather`); skip them with a filter, e.g. `-- 'ans-fa|\(.*classes\)'`.
//!
//! `cargo bench -p xnc-codec --bench ctx_vs_fa`

mod common;

use common::{Meas, SAMPLE, TENSORS};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use xnc_codec::ans::lanes::encode_block;
use xnc_codec::ans::{AnsModel, BlockIn, ColumnStats, Histogram, LaneEncoder, LaneLayout, LaneStreams, Profile};
use xnc_codec::container::{decode_group_of, default_block_values, Codec, DEFAULT_LANES};

/// Encoded blocks: (values, bytes, lane streams, first value's index).
type Blocks = Vec<(usize, Vec<u8>, Vec<LaneStreams>, u64)>;

/// Decodes a group of blocks into their outputs.
type DecodeGroup<'a> = dyn Fn(&[BlockIn], &mut [&mut [u16]]) + 'a;

/// `values` cut into blocks of `bv` values, each encoded by `enc` with the default lanes.
fn encode_all(enc: &impl LaneEncoder, values: &[u16], bv: usize) -> Blocks {
    let layout = LaneLayout::new(DEFAULT_LANES, 1 << 16).expect("layout");
    values
        .chunks(bv)
        .enumerate()
        .map(|(i, b)| {
            let start = (i * bv) as u64;
            let (bytes, aux, _) = encode_block(enc, layout, start, b).expect("encode");
            let s = layout.split(&bytes, aux).expect("split");
            (b.len(), bytes, s, start)
        })
        .collect()
}

/// Every block of `blocks` decoded by `decode` in groups of `group` blocks, into `buf`.
fn decode_all(blocks: &Blocks, group: usize, buf: &mut [u16], decode: &DecodeGroup) {
    for group in blocks.chunks(group) {
        let ins: Vec<BlockIn> =
            group.iter().map(|(_, bytes, s, start)| BlockIn { bytes, lanes: s, start: *start }).collect();
        let mut rest = &mut buf[..];
        let mut outs = Vec::with_capacity(group.len());
        for (n, ..) in group {
            let (o, r) = rest.split_at_mut(*n);
            outs.push(o);
            rest = r;
        }
        decode(&ins, &mut outs);
    }
}

fn bench(c: &mut Criterion<Meas>) {
    let mut g = c.benchmark_group("ctx_vs_fa");
    for (label, file) in TENSORS {
        let Some((dtype, row_len, values)) = common::load_rows(file) else { return };
        let n = values.len().min(SAMPLE) as u64 / row_len * row_len;
        let values = &values[..n as usize];
        let mut hist = Histogram::new(dtype);
        hist.add(values);
        let mut stats = ColumnStats::new(dtype, row_len);
        stats.add(values, 0);
        g.throughput(Throughput::BytesDecimal(2 * n));
        for r in [6u8, 8, 10] {
            let fa = AnsModel::build(&hist, r, Profile::FormatAware).expect("ans-fa model");
            let fa_blocks = encode_all(
                &fa.encoder().expect("encoder"),
                values,
                default_block_values(Codec::AnsFa, row_len, n) as usize,
            );
            let fa_dec = fa.decoder().expect("decoder");
            let ctx = xnc_codec::ans::joint::build(&stats, r).expect("ans-ctx model").model;
            let ctx_blocks = encode_all(
                &ctx.encoder().expect("encoder"),
                values,
                default_block_values(Codec::AnsCtx, row_len, n) as usize,
            );
            let ctx_dec = ctx.decoder().expect("decoder");
            let (fa_group, ctx_group) =
                (decode_group_of(Codec::AnsFa, DEFAULT_LANES), decode_group_of(Codec::AnsCtx, DEFAULT_LANES));
            let mut buf = vec![0u16; fa_group.max(ctx_group) * (1 << 16)];
            g.bench_function(format!("{label}/R={r}/ans-fa"), |b| {
                b.iter(|| {
                    decode_all(&fa_blocks, fa_group, &mut buf, &|ins, outs| {
                        fa_dec.decode_many(ins, outs).expect("decode")
                    })
                })
            });
            let name = format!("{label}/R={r}/ans-ctx ({} classes)", ctx.classes.len());
            g.bench_function(name, |b| {
                b.iter(|| {
                    decode_all(&ctx_blocks, ctx_group, &mut buf, &|ins, outs| {
                        ctx_dec.decode_blocks(ins, outs).expect("decode")
                    })
                })
            });
            // The same with gather groups of 16 chains (two vectors) instead of 32.
            let c16 = ctx_dec.clone().with_gather_chains(16).expect("16 chains");
            g.bench_function(format!("{label}/R={r}/ans-ctx 16 chains"), |b| {
                b.iter(|| {
                    decode_all(&ctx_blocks, ctx_group, &mut buf, &|ins, outs| {
                        c16.decode_blocks(ins, outs).expect("decode")
                    })
                })
            });
            // The same without the gather state pass (scalar chains, four side by side): what
            // it gains, in the same run.
            let scalar = ctx_dec.clone().without_gather();
            g.bench_function(format!("{label}/R={r}/ans-ctx scalar chains"), |b| {
                b.iter(|| {
                    decode_all(&ctx_blocks, ctx_group, &mut buf, &|ins, outs| {
                        scalar.decode_blocks(ins, outs).expect("decode")
                    })
                })
            });
        }
    }
    g.finish();
}

criterion_group! { name = benches; config = common::criterion(); targets = bench }
criterion_main!(benches);

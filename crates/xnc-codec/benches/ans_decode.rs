//! Decode speed of ANS coding pairs on the real tensors in `shared/data` (skipped with a message
//! when the data is absent): the first 4M values of each tensor in blocks of the container's size,
//! for `ans` R=6 and `ans-fa` R=10 and every lane count (with two lanes also the one-pass loop and
//! the portable code, and the profile of the two-pass decoder: the whole two-pass decode beside
//! its state pass alone), `ans-ctx` with one and two lanes (also its one-pass loop, and several
//! blocks per call: `CtxDecoder::decode_blocks`, with its AVX-512 raw pass and the scalar one, and
//! its state pass alone);
//! output MB/s on
//! one core (thread CPU time on Linux).
//!
//! `cargo bench -p xnc-codec --bench ans_decode`

mod common;

use common::{Meas, ANS_CONFIGS, BLOCK, SAMPLE, TENSORS};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use xnc_codec::ans::lanes::{encode_block, LANE_COUNTS};
use xnc_codec::ans::{AnsModel, BlockIn, ColumnStats, CtxDecoder, Decoder, Histogram, LaneLayout, LaneStreams};
use xnc_codec::container::{decode_group_of, Codec};

/// Blocks per call in the several-blocks rows (a multiple of every group the decoder forms).
const SEVERAL: usize = 4;

fn bench(c: &mut Criterion<Meas>) {
    let mut g = c.benchmark_group("ans_decode");
    for (label, file) in TENSORS {
        let Some((dtype, row_len, values)) = common::load_rows(file) else { return };
        let values = &values[..values.len().min(SAMPLE)];
        let mut hist = Histogram::new(dtype);
        hist.add(values);
        for (cfg, r, profile) in ANS_CONFIGS {
            let model = AnsModel::build(&hist, r, profile).expect("model");
            let (enc, dec) = (model.encoder().expect("encoder"), model.decoder().expect("decoder"));
            for lanes in LANE_COUNTS {
                let layout = LaneLayout::new(lanes, 1 << 16).expect("layout");
                let blocks: Vec<(usize, Vec<u8>, Vec<LaneStreams>)> = values
                    .chunks(BLOCK)
                    .map(|b| {
                        let (bytes, aux, _) = encode_block(&enc, layout, 0, b).expect("encode");
                        let s = layout.split(&bytes, aux).expect("split");
                        (b.len(), bytes, s)
                    })
                    .collect();
                let mut out = vec![0u16; BLOCK];
                g.throughput(Throughput::BytesDecimal(2 * values.len() as u64));
                // The default decoder; with the default two lanes also the one-pass loop (the
                // decoder before the two-pass one) and the portable two-pass code, for ratios
                // within one run.
                let one_pass = dec.clone().one_pass_only();
                let portable = dec.clone().two_pass_only().portable();
                // The profile of the two-pass decoder: its state pass alone beside the whole
                // two-pass decode (the difference is the raw pass), default lanes.
                if lanes == 2 {
                    let two_pass = dec.clone().two_pass_only();
                    g.bench_function(format!("{label}/{cfg}/lanes={lanes} two-pass"), |b| {
                        b.iter(|| {
                            for (n, bytes, s) in &blocks {
                                two_pass.decode_lanes(bytes, s, *n, &mut out).expect("decode");
                            }
                        })
                    });
                    g.bench_function(format!("{label}/{cfg}/lanes={lanes} state pass only"), |b| {
                        b.iter(|| {
                            for (n, bytes, s) in &blocks {
                                two_pass.state_pass(bytes, s, *n, &mut out).expect("state pass");
                            }
                        })
                    });
                }
                let variants: &[(&str, &Decoder)] = if lanes == 2 {
                    &[("", &dec), (" one-pass", &one_pass), (" portable", &portable)]
                } else {
                    &[("", &dec)]
                };
                for (variant, dec) in variants {
                    g.bench_function(format!("{label}/{cfg}/lanes={lanes}{variant}"), |b| {
                        b.iter(|| {
                            for (n, bytes, s) in &blocks {
                                dec.decode_lanes(bytes, s, *n, &mut out).expect("decode");
                            }
                        })
                    });
                }
                // Several blocks at a time (`Decoder::decode_many` on the groups the container
                // decodes together, `decode_group_of`: 32 one-lane or 16 two-lane blocks): their
                // state chains side by side, four scalar ones (the decoder without AVX2) or 8, 16
                // or 32 in the gather state pass (AVX2; 32 by default); and the profile: each
                // one's state pass alone.
                let ins: Vec<BlockIn> =
                    blocks.iter().map(|(_, bytes, s)| BlockIn { bytes: &bytes[..], lanes: &s[..], start: 0 }).collect();
                let per_group = decode_group_of(Codec::Ans, lanes);
                let mut group_out = vec![0u16; per_group * BLOCK];
                let scalar = dec.clone().without_gather();
                let many: [(String, Decoder); 6] = [
                    ("4 chains".into(), scalar.clone()),
                    ("4 chains state pass".into(), scalar.state_pass_only()),
                    ("8 chains gather".into(), dec.clone().with_chains(8)),
                    ("16 chains gather".into(), dec.clone().with_chains(16)),
                    ("32 chains gather".into(), dec.clone().with_chains(32)),
                    ("16 chains gather state pass".into(), dec.clone().with_chains(16).state_pass_only()),
                ];
                for (what, many) in &many {
                    g.bench_function(format!("{label}/{cfg}/lanes={lanes} blocks x {what}"), |b| {
                        b.iter(|| {
                            for (group, ns) in ins.chunks(per_group).zip(blocks.chunks(per_group)) {
                                let mut rest = &mut group_out[..];
                                let mut outs = Vec::with_capacity(group.len());
                                for (n, _, _) in ns {
                                    let (o, r) = rest.split_at_mut(*n);
                                    outs.push(o);
                                    rest = r;
                                }
                                many.decode_many(group, &mut outs).expect("decode");
                            }
                        })
                    });
                }
            }
        }
        // ans-ctx (blocks of whole rows, so every block starts at column 0; one lane and the
        // default two), the model built from the same values: at R=10 with one class (joint codes
        // only) and with the classes the encoder chooses; at R=8 and R=6 with its choice.
        let mut stats = ColumnStats::new(dtype, row_len);
        stats.add(values, 0);
        for (r, max_classes) in [(10u8, 1), (10, 16), (8, 16), (6, 16)] {
            let model = xnc_codec::ans::joint::build_limited(&stats, r, max_classes).expect("ans-ctx model").model;
            let (enc, dec) = (model.encoder().expect("encoder"), model.decoder().expect("decoder"));
            let bv = (BLOCK as u64 / row_len * row_len).max(row_len) as usize;
            let classes = model.classes.len();
            for lanes in [1, 2] {
                let layout = LaneLayout::new(lanes, 1 << 16).expect("layout");
                let blocks: Vec<(usize, Vec<u8>, Vec<LaneStreams>)> = values
                    .chunks(bv)
                    .enumerate()
                    .map(|(i, b)| {
                        let (bytes, aux, _) = encode_block(&enc, layout, (i * bv) as u64, b).expect("encode");
                        let s = layout.split(&bytes, aux).expect("split");
                        (b.len(), bytes, s)
                    })
                    .collect();
                let mut out = vec![0u16; bv];
                g.throughput(Throughput::BytesDecimal(2 * values.len() as u64));
                // Also the one-pass loop (the decoder before the two-pass one), and with two
                // lanes and several classes both state chains (packed steps or whole entries; the
                // default picks by table size), for ratios within one run.
                let one_pass = dec.clone().one_pass_only();
                let (packed, entries) = (dec.clone().with_compact_chain(true), dec.clone().with_compact_chain(false));
                let variants: &[(&str, &CtxDecoder)] = if lanes == 2 && classes > 1 {
                    &[("", &dec), (" one-pass", &one_pass), (" chain=packed", &packed), (" chain=entries", &entries)]
                } else {
                    &[("", &dec), (" one-pass", &one_pass)]
                };
                for (variant, dec) in variants {
                    let name =
                        format!("{label}/ans-ctx R={r} max {max_classes} classes ({classes})/lanes={lanes}{variant}");
                    g.bench_function(name, |b| {
                        b.iter(|| {
                            let mut start = 0u64;
                            for (n, bytes, s) in &blocks {
                                dec.decode_lanes(bytes, s, *n, start, &mut out).expect("decode");
                                start += *n as u64;
                            }
                        })
                    });
                }
                // Several blocks per call (`CtxDecoder::decode_blocks`: their state chains side
                // by side), in groups of `SEVERAL` consecutive blocks.
                let ins: Vec<BlockIn> = blocks
                    .iter()
                    .enumerate()
                    .map(|(i, (_, bytes, s))| BlockIn { bytes, lanes: s, start: (i * bv) as u64 })
                    .collect();
                let mut bufs = vec![vec![0u16; bv]; SEVERAL];
                // The default (the AVX-512 raw pass where the CPU has it) beside the scalar raw
                // pass, and the profile: the state pass alone (the difference is the raw pass).
                let scalar = dec.clone().without_simd();
                let state = dec.clone().state_pass_only();
                for (variant, dec) in [("", &dec), (" raw=scalar", &scalar), (" state pass only", &state)] {
                    let name = format!(
                        "{label}/ans-ctx R={r} max {max_classes} classes ({classes})/lanes={lanes} blocks={SEVERAL}{variant}"
                    );
                    g.bench_function(name, |b| {
                        b.iter(|| {
                            for (group, ns) in ins.chunks(SEVERAL).zip(blocks.chunks(SEVERAL)) {
                                let mut outs: Vec<&mut [u16]> =
                                    bufs.iter_mut().zip(ns).map(|(b, (n, _, _))| &mut b[..*n]).collect();
                                dec.decode_blocks(group, &mut outs).expect("decode");
                            }
                        })
                    });
                }
            }
        }
    }
    g.finish();
}

criterion_group! { name = benches; config = common::criterion(); targets = bench }
criterion_main!(benches);

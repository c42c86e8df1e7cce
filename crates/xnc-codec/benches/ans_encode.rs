//! Encode speed of ANS coding pairs on the real tensors in `shared/data` (skipped with a message
//! when the data is absent): the first 4M values of each tensor in blocks of the container's size,
//! for `ans` R=6 and `ans-fa` R=10 and every lane count; input MB/s on one core (thread CPU time on
//! Linux). The model is built once per tensor (its cost is in the `many_tensors` bench).
//!
//! `cargo bench -p xnc-codec --bench ans_encode`

mod common;

use common::{Meas, ANS_CONFIGS, BLOCK, SAMPLE, TENSORS};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use xnc_codec::ans::lanes::{encode_block, LANE_COUNTS};
use xnc_codec::ans::{AnsModel, Histogram, LaneLayout};

fn bench(c: &mut Criterion<Meas>) {
    let mut g = c.benchmark_group("ans_encode");
    for (label, file) in TENSORS {
        let Some((dtype, values)) = common::load(file) else { return };
        let values = &values[..values.len().min(SAMPLE)];
        let mut hist = Histogram::new(dtype);
        hist.add(values);
        for (cfg, r, profile) in ANS_CONFIGS {
            let model = AnsModel::build(&hist, r, profile).expect("model");
            let enc = model.encoder().expect("encoder");
            for lanes in LANE_COUNTS {
                let layout = LaneLayout::new(lanes, 1 << 16).expect("layout");
                g.throughput(Throughput::BytesDecimal(2 * values.len() as u64));
                g.bench_function(format!("{label}/{cfg}/lanes={lanes}"), |b| {
                    b.iter(|| {
                        for blk in values.chunks(BLOCK) {
                            std::hint::black_box(encode_block(&enc, layout, 0, blk).expect("encode"));
                        }
                    })
                });
            }
        }
    }
    g.finish();
}

criterion_group! { name = benches; config = common::criterion(); targets = bench }
criterion_main!(benches);

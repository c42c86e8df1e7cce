//! The per-tensor tax: compressing a checkpoint of many small tensors against one large tensor of
//! the same bytes (the first 2M values of smollm2's embedding table, one tensor or 64 tensors of
//! whole rows), for `ans`, `ans-fa`, `ans-ctx` and `auto` (which tries them all, so its reference
//! is its slowest candidate); input MB/s on a one-thread rayon pool, on the process's CPU-time
//! clock (the work runs on the pool's thread while the bench thread waits; other processes do not
//! count), container planning, model building, coding and CRCs included, output counted, not
//! written. The tensors are compressed as `compress_checkpoint` does (`compress_tensor_with`, the
//! ANS code map search of each tensor starting from the previous tensor's).
//!
//! `cargo bench -p xnc-codec --bench many_tensors`

mod common;

use common::TENSORS;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use xnc_codec::container::{self, Codec, CodecChoice, CompressOptions, CountingSink};
use xnc_codec::tensor::SafetensorsFile;

fn bench(c: &mut Criterion<Meas>) {
    let Some((_, values)) = common::load(TENSORS[1].1) else { return };
    let cols = 576; // smollm2's embedding width
    let values = &values[..(2 << 20) / cols * cols];
    let dir = tempfile::tempdir().expect("tempdir");
    let mut g = c.benchmark_group("many_tensors");
    g.throughput(Throughput::BytesDecimal(2 * values.len() as u64));
    for parts in [1usize, 64] {
        let path = dir.path().join(format!("{parts}.safetensors"));
        common::write_split(&path, values, cols, parts);
        let st = SafetensorsFile::open(&path).expect("open");
        for (label, choice) in [
            ("ans", CodecChoice::Fixed(Codec::Ans)),
            ("ans-fa", CodecChoice::Fixed(Codec::AnsFa)),
            ("ans-ctx", CodecChoice::Fixed(Codec::AnsCtx)),
            ("auto", CodecChoice::Auto),
        ] {
            let opts = CompressOptions { codec: choice, ..Default::default() };
            let pool = rayon::ThreadPoolBuilder::new().num_threads(1).build().expect("pool");
            g.bench_function(format!("{label}/{parts} tensors"), |b| {
                b.iter(|| {
                    pool.install(|| {
                        let mut sink = CountingSink::default();
                        // As `compress_checkpoint` does: each tensor's code map search starts from
                        // the previous tensor's.
                        let mut hints = container::ModelHints::default();
                        for t in &st.tensors {
                            container::compress_tensor_with(t, st.bytes(t), &opts, &mut hints, &mut sink, &|_| {})
                                .expect("compress");
                        }
                        sink.len
                    })
                })
            });
        }
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = measurement()
        .warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(3))
        .sample_size(10);
    targets = bench
}
criterion_main!(benches);

/// Process CPU time on Linux, wall time elsewhere.
#[cfg(target_os = "linux")]
type Meas = common::CpuTime;
#[cfg(not(target_os = "linux"))]
type Meas = criterion::measurement::WallTime;

fn measurement() -> Criterion<Meas> {
    #[cfg(target_os = "linux")]
    return Criterion::default().with_measurement(common::CpuTime::PROCESS);
    #[cfg(not(target_os = "linux"))]
    return Criterion::default();
}

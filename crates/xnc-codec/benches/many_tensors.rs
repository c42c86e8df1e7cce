//! The per-tensor tax (issue 13: a checkpoint of many small tensors compresses at the MB/s of
//! one large tensor of the same bytes, within 20%): the first 2M values of smollm2's embedding
//! table as a safetensors file of one tensor and as one of 64 tensors of whole rows, each
//! compressed whole as `xnc compress` does it (`compress_file`: the file opened and parsed, the
//! codec chosen and the code maps searched per tensor, each from the previous tensor's, blocks
//! coded, CRCs, the container written to a file), for `ans`, `ans-fa`, `ans-ctx` and `auto`
//! (which tries them all, so its reference is its slowest candidate, `ans-ctx`). Input MB/s on a
//! one-thread rayon pool, on the process's CPU-time clock (the work runs on the pool's thread
//! while the bench thread waits; other processes do not count). The figure the issue asks for
//! is the ratio of the `64 tensors` row to the `1 tensor` row of the same codec, in one run.
//! Unlike a fresh `xnc compress` process, an iteration finds the per-process tables built (the
//! words' buckets, and the value table of the code map the previous iteration ended with):
//! under 1% of the one-tensor time.
//!
//! `cargo bench -p xnc-codec --bench many_tensors`

mod common;

use common::TENSORS;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use xnc_codec::container::{self, Codec, CodecChoice, CompressOptions};

fn bench(c: &mut Criterion<Meas>) {
    let Some((_, values)) = common::load(TENSORS[1].1) else { return };
    let cols = 576; // smollm2's embedding width
    let values = &values[..(2 << 20) / cols * cols];
    let dir = tempfile::tempdir().expect("tempdir");
    let mut g = c.benchmark_group("many_tensors");
    g.throughput(Throughput::BytesDecimal(2 * values.len() as u64));
    let files: Vec<_> = [1usize, 64]
        .into_iter()
        .map(|parts| {
            let path = dir.path().join(format!("{parts}.safetensors"));
            common::write_split(&path, values, cols, parts);
            let name = if parts == 1 { "1 tensor".to_string() } else { format!("{parts} tensors") };
            (name, path, dir.path().join(format!("{parts}.xnc")))
        })
        .collect();
    let pool = rayon::ThreadPoolBuilder::new().num_threads(1).build().expect("pool");
    // Each codec's two rows one after the other (the ratio from rows measured close in time).
    for (label, choice) in [
        ("ans", CodecChoice::Fixed(Codec::Ans)),
        ("ans-fa", CodecChoice::Fixed(Codec::AnsFa)),
        ("ans-ctx", CodecChoice::Fixed(Codec::AnsCtx)),
        ("auto", CodecChoice::Auto),
    ] {
        let opts = CompressOptions { codec: choice, ..Default::default() };
        for (name, path, out) in &files {
            g.bench_function(format!("{label}/{name}"), |b| {
                b.iter(|| pool.install(|| container::compress_file(path, out, &opts, &|_| {}).expect("compress")))
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

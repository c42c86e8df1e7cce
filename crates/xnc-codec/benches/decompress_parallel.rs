//! Whole-file decompression across cores: the first 2M values of smollm2's embedding table as one
//! tensor and as 256 tensors of whole rows (one block each), compressed with `ans-fa` R=10 and
//! decoded by `XncFile::write_source` (CRCs, decoding and the safetensors writer included; output
//! discarded) on a one-thread rayon pool and on a pool of every core.
//!
//! The time of an iteration is the CPU time of the pool's busiest thread (each thread's CPU clock
//! read before and after, on that thread): what the wall time would be on an otherwise idle
//! machine, without the load of other processes, which on a shared machine swamps wall-clock
//! figures. The ratio of the two pools' rows is then how well the work is spread over the cores:
//! blocks of several tensors are decoded together, so the 256-tensor file spreads like the
//! one-tensor file (before, each tensor's blocks were a batch of their own: one block per tensor
//! ran on one thread). Linux only (thread CPU clocks).
//!
//! `cargo bench -p xnc-codec --bench decompress_parallel`

mod common;

use std::time::Duration;

use common::TENSORS;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use xnc_codec::container::{self, Codec, CodecChoice, CompressOptions, XncFile};

#[cfg(target_os = "linux")]
fn bench(c: &mut Criterion) {
    let Some((_, values)) = common::load(TENSORS[1].1) else { return };
    let cols = 576; // smollm2's embedding width
    let values = &values[..(2 << 20) / cols * cols];
    let dir = tempfile::tempdir().expect("tempdir");
    let mut g = c.benchmark_group("decompress_parallel");
    g.throughput(Throughput::BytesDecimal(2 * values.len() as u64));
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    for parts in [1usize, 256] {
        let input = dir.path().join(format!("{parts}.safetensors"));
        common::write_split(&input, values, cols, parts);
        let packed = dir.path().join(format!("{parts}.xnc"));
        let opts = CompressOptions { codec: CodecChoice::Fixed(Codec::AnsFa), table_log: 10, ..Default::default() };
        container::compress_file(&input, &packed, &opts, &|_| {}).expect("compress");
        let f = XncFile::open(&packed).expect("open");
        for threads in [1, cores] {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().expect("pool");
            g.bench_function(format!("{parts} tensors/{threads} threads"), |b| {
                b.iter_custom(|iters| {
                    let mut busiest = 0;
                    for _ in 0..iters {
                        let before = pool.broadcast(|_| common::thread_cpu_ns());
                        pool.install(|| f.write_source(0, "bench", &mut std::io::sink(), &|_| {}).expect("decompress"));
                        let after = pool.broadcast(|_| common::thread_cpu_ns());
                        busiest += after.iter().zip(&before).map(|(a, b)| a - b).max().unwrap_or(0);
                    }
                    Duration::from_nanos(busiest)
                })
            });
        }
    }
    g.finish();
}

#[cfg(not(target_os = "linux"))]
fn bench(_: &mut Criterion) {
    eprintln!("SKIPPED: thread CPU clocks are read on Linux only");
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(3))
        .sample_size(20);
    targets = bench
}
criterion_main!(benches);

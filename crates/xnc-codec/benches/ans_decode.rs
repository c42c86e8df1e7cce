//! Decode speed of ANS coding pairs on the real tensors in `shared/data` (skipped with a message
//! when the data is absent): 4M values of a tensor in 64K-value blocks, output MB/s on one core.
//!
//! `cargo bench -p xnc-codec --bench ans_decode`
//!
//! Two groups: `ans_decode` (wall time, criterion's default) and `ans_decode_cpu` (the thread's
//! CPU time, Linux only): on a shared machine the latter is the figure that does not depend on
//! what else runs.

use std::path::PathBuf;

use criterion::measurement::{Measurement, ValueFormatter};
use criterion::{criterion_group, criterion_main, BenchmarkGroup, Criterion, Throughput};
use xnc_codec::ans::{AnsModel, ColumnStats, CtxDecoder, EncodedBlock, Histogram, Profile};
use xnc_codec::Dtype;

const BLOCK: usize = 65536;

fn load(name: &str) -> Option<(Dtype, u64, Vec<u16>)> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data").join(name);
    let Ok(b) = std::fs::read(&path) else {
        eprintln!("SKIPPED: {} not found; no ANS decode benchmark on real data", path.display());
        return None;
    };
    let n = u64::from_le_bytes(b[..8].try_into().ok()?) as usize;
    let header: serde_json::Value = serde_json::from_slice(&b[8..8 + n]).ok()?;
    let t = header.as_object()?.iter().find(|(k, _)| k.as_str() != "__metadata__")?.1;
    let dtype = t["dtype"].as_str().and_then(Dtype::from_safetensors_name)?;
    let shape: Vec<u64> = t["shape"].as_array()?.iter().filter_map(|d| d.as_u64()).collect();
    let row_len = shape.iter().skip(1).product::<u64>().max(1);
    let values = b[8 + n..].chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
    Some((dtype, row_len, values))
}

/// Per-thread CPU time in nanoseconds (`CLOCK_THREAD_CPUTIME_ID`).
#[cfg(target_os = "linux")]
fn thread_cpu_ns() -> u64 {
    #[repr(C)]
    struct Timespec {
        sec: i64,
        nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut ts = Timespec { sec: 0, nsec: 0 };
    // SAFETY: clock_gettime writes one timespec through a valid pointer.
    unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.sec as u64 * 1_000_000_000 + ts.nsec as u64
}

/// Criterion measurement: the benchmark thread's CPU time.
#[cfg(target_os = "linux")]
struct CpuTime;

/// Formats nanoseconds and decimal MB/s.
struct NsFormatter;

impl ValueFormatter for NsFormatter {
    fn scale_values(&self, typical: f64, values: &mut [f64]) -> &'static str {
        let (d, unit) = if typical < 1e3 {
            (1.0, "ns")
        } else if typical < 1e6 {
            (1e3, "µs")
        } else if typical < 1e9 {
            (1e6, "ms")
        } else {
            (1e9, "s")
        };
        values.iter_mut().for_each(|v| *v /= d);
        unit
    }
    fn scale_throughputs(&self, _: f64, t: &Throughput, values: &mut [f64]) -> &'static str {
        let per = match *t {
            Throughput::Bytes(b) | Throughput::BytesDecimal(b) => b as f64,
            Throughput::Elements(e) => e as f64,
        };
        values.iter_mut().for_each(|v| *v = per * 1e9 / *v / 1e6);
        match t {
            Throughput::Elements(_) => "Melem/s",
            _ => "MB/s",
        }
    }
    fn scale_for_machines(&self, _: &mut [f64]) -> &'static str {
        "ns"
    }
}

#[cfg(target_os = "linux")]
impl Measurement for CpuTime {
    type Intermediate = u64;
    type Value = u64;
    fn start(&self) -> u64 {
        thread_cpu_ns()
    }
    fn end(&self, start: u64) -> u64 {
        thread_cpu_ns().saturating_sub(start)
    }
    fn add(&self, a: &u64, b: &u64) -> u64 {
        a + b
    }
    fn zero(&self) -> u64 {
        0
    }
    fn to_f64(&self, v: &u64) -> f64 {
        *v as f64
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        &NsFormatter
    }
}

/// The decoder a case runs: coding pairs (`ans`, `ans-fa`) or context coding pairs (`ans-ctx`).
enum Model {
    Pairs(AnsModel),
    Ctx(CtxDecoder),
}

struct Case {
    label: String,
    n: usize,
    blocks: Vec<(usize, EncodedBlock)>,
    model: Model,
}

fn cases() -> Vec<Case> {
    let tensors = [
        ("smollm2", "smollm2-135m-instruct.embed_tokens.bf16.safetensors"),
        ("whisper", "whisper-tiny-en.decoder.embed_tokens.f16.safetensors"),
    ];
    let mut out = Vec::new();
    for (label, file) in tensors {
        let Some((dtype, row_len, values)) = load(file) else { return Vec::new() };
        // 4M values are plenty for a stable figure and keep the set-up short; whole rows, so
        // that every block starts at column 0 as in the container.
        let values = &values[..values.len().min(64 * BLOCK)];
        let mut hist = Histogram::new(dtype);
        hist.add(values);
        for (r, profile) in [(6u8, Profile::Plain), (10, Profile::FormatAware)] {
            let model = AnsModel::build(&hist, r, profile).expect("model");
            let enc = model.encoder().expect("encoder");
            let blocks = values.chunks(BLOCK).map(|b| (b.len(), enc.encode(b).expect("encode"))).collect();
            out.push(Case {
                label: format!("{label}/{profile:?}/R={r}"),
                n: values.len(),
                blocks,
                model: Model::Pairs(model),
            });
        }
        // ans-ctx, the model built from the same values; blocks of whole rows. At R=10 with one
        // class (joint codes only) and with the classes the encoder chooses; at R=8 and R=6 with
        // its choice (smaller tables: K classes x 2^R entries of 12 bytes decide the cache load).
        let mut stats = ColumnStats::new(dtype, row_len);
        stats.add(values, 0);
        for (r, max_classes) in [(10u8, 1), (10, 16), (8, 16), (6, 16)] {
            let model = xnc_codec::ans::joint::build_limited(&stats, r, max_classes).expect("ans-ctx model").model;
            let enc = model.encoder().expect("encoder");
            let bv = (BLOCK as u64 / row_len * row_len) as usize;
            let blocks = values
                .chunks(bv)
                .enumerate()
                .map(|(i, b)| (b.len(), enc.encode_lane(b, (i * bv) as u64, 1).expect("encode")))
                .collect();
            let classes = model.classes.len();
            out.push(Case {
                label: format!("{label}/ans-ctx {classes} classes/R={r}"),
                n: values.len(),
                blocks,
                model: Model::Ctx(model.decoder().expect("decoder")),
            });
        }
    }
    out
}

fn run<M: Measurement>(mut g: BenchmarkGroup<M>, cases: &[Case]) {
    g.sample_size(10);
    for c in cases {
        let mut out = vec![0u16; BLOCK];
        g.throughput(Throughput::BytesDecimal(2 * c.n as u64));
        match &c.model {
            Model::Pairs(m) => {
                let dec = m.decoder().expect("decoder");
                g.bench_function(&c.label, |b| {
                    b.iter(|| {
                        for (n, e) in &c.blocks {
                            dec.decode(&e.ans, &e.raw, *n, &mut out).expect("decode");
                        }
                    })
                });
            }
            Model::Ctx(dec) => {
                g.bench_function(&c.label, |b| {
                    b.iter(|| {
                        let mut start = 0u64;
                        for (n, e) in &c.blocks {
                            dec.decode_lane(&e.ans, &e.raw, start, 1, &mut out[..*n]).expect("decode");
                            start += *n as u64;
                        }
                    })
                });
            }
        }
    }
    g.finish();
}

fn bench_wall(c: &mut Criterion) {
    let cases = cases();
    run(c.benchmark_group("ans_decode"), &cases);
}

#[cfg(target_os = "linux")]
fn bench_cpu(c: &mut Criterion<CpuTime>) {
    let cases = cases();
    run(c.benchmark_group("ans_decode_cpu"), &cases);
}

criterion_group!(wall, bench_wall);
#[cfg(target_os = "linux")]
criterion_group! {
    name = cpu;
    config = Criterion::default().with_measurement(CpuTime);
    targets = bench_cpu
}
#[cfg(target_os = "linux")]
criterion_main!(wall, cpu);
#[cfg(not(target_os = "linux"))]
criterion_main!(wall);

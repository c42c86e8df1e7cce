//! Shared by the benches: real tensors from `shared/data` and a per-thread CPU-time measurement
//! (on a shared machine the thread's CPU time does not depend on what else runs).

#![allow(dead_code)]

use std::io::Write;

use criterion::measurement::{Measurement, ValueFormatter};
use criterion::Throughput;
use xnc_codec::tensor::SafetensorsFile;
use xnc_codec::{testdata, Dtype};

/// The real tensors: (label, file name in `shared/data`), from [`xnc_codec::testdata`].
pub const TENSORS: [(&str, &str); 3] = [
    (testdata::LABELS[0], testdata::TABLES[0]),
    (testdata::LABELS[1], testdata::TABLES[1]),
    (testdata::LABELS[2], testdata::TABLES[2]),
];

/// The values of the one tensor of full table `name`, or `None` (after a message) when it is absent.
pub fn load(name: &str) -> Option<(Dtype, Vec<u16>)> {
    load_rows(name).map(|(d, _, v)| (d, v))
}

/// [`load`] with the tensor's row length (product of all dimensions but the first).
pub fn load_rows(name: &str) -> Option<(Dtype, u64, Vec<u16>)> {
    let path = testdata::shared_dir("the benchmark on real data")?.join(name);
    let st = match SafetensorsFile::open(&path) {
        Ok(st) => st,
        Err(e) => {
            eprintln!("SKIPPED: {e}; no benchmark on real data");
            return None;
        }
    };
    let t = &st.tensors[0];
    Some((t.dtype?, t.row_len() as u64, st.words(t, 0..t.values())))
}

/// A safetensors file of `parts` BF16 tensors of `cols` columns cut from `values`.
pub fn write_split(path: &std::path::Path, values: &[u16], cols: usize, parts: usize) {
    let rows = values.len() / cols;
    let per = rows.div_ceil(parts);
    let mut header = serde_json::Map::new();
    let mut off = 0usize;
    for (i, start) in (0..rows).step_by(per).enumerate() {
        let r = per.min(rows - start);
        let len = r * cols * 2;
        header.insert(
            format!("t{i:03}"),
            serde_json::json!({"dtype": "BF16", "shape": [r, cols], "data_offsets": [off, off + len]}),
        );
        off += len;
    }
    let mut h = serde_json::to_vec(&header).expect("json");
    h.resize(h.len().div_ceil(8) * 8, b' ');
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).expect("create"));
    f.write_all(&(h.len() as u64).to_le_bytes()).expect("write");
    f.write_all(&h).expect("write");
    for &w in &values[..rows * cols] {
        f.write_all(&w.to_le_bytes()).expect("write");
    }
    f.flush().expect("write");
}

/// CPU time of the calling thread in nanoseconds.
#[cfg(target_os = "linux")]
pub fn thread_cpu_ns() -> u64 {
    cpu_ns(3)
}

/// The POSIX CPU-time clocks, one `clock_gettime` for the benches and the profiling examples.
#[cfg(target_os = "linux")]
#[path = "../../examples/cpu_clock/mod.rs"]
mod cpu_clock;
#[cfg(target_os = "linux")]
use cpu_clock::clock_ns as cpu_ns;

/// Criterion measurement: the CPU time of one POSIX clock ([`CpuTime::THREAD`] or
/// [`CpuTime::PROCESS`]).
#[cfg(target_os = "linux")]
pub struct CpuTime(i32);

#[cfg(target_os = "linux")]
impl CpuTime {
    /// The benchmark thread's CPU time (`CLOCK_THREAD_CPUTIME_ID`).
    pub const THREAD: CpuTime = CpuTime(3);
    /// CPU time of every thread of the process (`CLOCK_PROCESS_CPUTIME_ID`): for work that runs on
    /// a rayon pool's threads while the bench thread waits.
    pub const PROCESS: CpuTime = CpuTime(2);
}

/// Formats nanoseconds and decimal MB/s.
pub struct NsFormatter;

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
        cpu_ns(self.0)
    }
    fn end(&self, start: u64) -> u64 {
        cpu_ns(self.0).saturating_sub(start)
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

/// The measurement the benches use: thread CPU time on Linux, wall time elsewhere.
#[cfg(target_os = "linux")]
pub type Meas = CpuTime;
/// The measurement the benches use: thread CPU time on Linux, wall time elsewhere.
#[cfg(not(target_os = "linux"))]
pub type Meas = criterion::measurement::WallTime;

/// A criterion set-up with [`Meas`], short warm-up and measurement (many cases, noisy machine:
/// compare figures as ratios within one run).
pub fn criterion() -> criterion::Criterion<Meas> {
    #[cfg(target_os = "linux")]
    let c = criterion::Criterion::default().with_measurement(CpuTime::THREAD);
    #[cfg(not(target_os = "linux"))]
    let c = criterion::Criterion::default();
    c.warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(2))
        .sample_size(10)
}

/// ANS configurations benchmarked: (label, table log, profile).
pub const ANS_CONFIGS: [(&str, u8, xnc_codec::ans::Profile); 2] =
    [("ans R=6", 6, xnc_codec::ans::Profile::Plain), ("ans-fa R=10", 10, xnc_codec::ans::Profile::FormatAware)];

/// Values per block (the container's default).
pub const BLOCK: usize = xnc_codec::container::DEFAULT_BLOCK_VALUES;
/// Values of each tensor benchmarked (enough for a stable figure, short set-up).
pub const SAMPLE: usize = 256 * BLOCK;

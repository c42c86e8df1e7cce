//! Decompress a `.xnc` file into a sink on one thread as `xnc bench` times it, several passes, and
//! print each pass's CPU time (every thread's, from `/proc/self/task/*/schedstat`: user and
//! kernel time together, as the bench's process CPU-time clock counts them) and its page faults
//! (`/proc/self/stat`): where decode time goes besides the decoder (allocations faulted in).
//!
//! `cargo run --release -p xnc-codec --example decode_cpu -- FILE.xnc [PASSES] [OUT]` (Linux
//! only); with `OUT`, the decoded file is then also written there once (to compare with the
//! original).
mod cpu_clock;

use cpu_clock::{cpu_ns, minor_faults};
use std::path::Path;
use xnc_codec::container::XncFile;

fn main() -> xnc_codec::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: decode_cpu FILE.xnc [PASSES]");
        std::process::exit(2);
    };
    let passes: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(5);
    let f = XncFile::open(Path::new(path))?;
    let bytes: u64 = f.dir.tensors.iter().map(|t| t.nbytes).sum();
    let pool = rayon::ThreadPoolBuilder::new().num_threads(1).build().expect("rayon pool");
    for p in 0..passes {
        let (t0, f0) = (cpu_ns(), minor_faults());
        pool.install(|| f.write_source(0, "sink", &mut std::io::sink(), &|_| {}))?;
        let (t, faults) = (cpu_ns() - t0, minor_faults() - f0);
        println!(
            "pass {p}: {:.2} ms CPU, {:.0} MB/s, {faults} minor faults",
            t as f64 * 1e-6,
            bytes as f64 * 1e3 / t as f64
        );
    }
    if let Some(out) = args.get(3) {
        let mut w = std::io::BufWriter::new(std::fs::File::create(out).expect("output file"));
        f.write_source(0, out, &mut w, &|_| {})?;
        std::io::Write::flush(&mut w).expect("flush");
    }
    Ok(())
}

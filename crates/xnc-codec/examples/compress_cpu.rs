//! Compress a `.safetensors` file on one thread as `xnc bench` times it (`compress_file`: the
//! file opened and parsed, the codec's model built, the blocks coded, the container written),
//! several passes, and print each pass's CPU time (every thread's, from
//! `/proc/self/task/*/schedstat`: user and kernel time together, as the bench's process CPU-time
//! clock counts them) and its page faults (`/proc/self/stat`). For profiling compression
//! (`valgrind --tool=callgrind` with one pass) and for comparing two builds pass by pass.
//!
//! `cargo run --release -p xnc-codec --example compress_cpu -- FILE.safetensors CODEC R LANES [PASSES] [OUT.xnc]`
//! (Linux only; CODEC is `ans`, `ans-fa`, `ans-ctx`, `xnc` or `auto`; OUT defaults to a file in
//! the system's temporary folder).
mod cpu_clock;

use cpu_clock::{cpu_ns, minor_faults};
use std::path::{Path, PathBuf};
use xnc_codec::container::{self, Codec, CodecChoice, CompressOptions};

fn usage() -> ! {
    eprintln!("usage: compress_cpu FILE.safetensors CODEC R LANES [PASSES] [OUT.xnc]");
    std::process::exit(2);
}

fn main() -> xnc_codec::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 5 {
        usage();
    }
    let path = Path::new(&args[1]);
    let codec = match args[2].as_str() {
        "auto" => CodecChoice::Auto,
        name => match [Codec::Ans, Codec::AnsFa, Codec::AnsCtx, Codec::Xnc].into_iter().find(|c| c.name() == name) {
            Some(c) => CodecChoice::Fixed(c),
            None => usage(),
        },
    };
    let (Ok(table_log), Ok(lanes)) = (args[3].parse(), args[4].parse()) else { usage() };
    let passes: usize = args.get(5).and_then(|s| s.parse().ok()).unwrap_or(5);
    let out = args.get(6).map(PathBuf::from).unwrap_or_else(|| std::env::temp_dir().join("compress_cpu.xnc"));
    let opts = CompressOptions { codec, table_log, lanes, ..Default::default() };
    let bytes =
        std::fs::metadata(path).map_err(|e| xnc_codec::Error::Request(format!("{}: {e}", path.display())))?.len();
    let pool = rayon::ThreadPoolBuilder::new().num_threads(1).build().expect("rayon pool");
    for p in 0..passes {
        let (t0, f0) = (cpu_ns(), minor_faults());
        pool.install(|| container::compress_file(path, &out, &opts, &|_| {}))?;
        let (t, faults) = (cpu_ns() - t0, minor_faults() - f0);
        println!(
            "pass {p}: {:.2} ms CPU, {:.0} MB/s, {faults} minor faults",
            t as f64 * 1e-6,
            bytes as f64 * 1e3 / t as f64
        );
    }
    Ok(())
}

//! `xnc bench`: every codec side by side with zstd, on the same tensors, in one run: ratios
//! (container bytes included), single-core compress and decompress throughput, the order-0 bound,
//! plots. Writes `reports/bench.md`, `reports/bench.json` and SVG plots.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::Args;
use serde::Serialize;
use xnc_codec::ans::Histogram;
use xnc_codec::container::{self, Codec, CodecChoice, CompressOptions, XncFile};
use xnc_codec::tensor::SafetensorsFile;

use crate::svg;

/// Arguments of `xnc bench`.
#[derive(Args)]
pub struct BenchArgs {
    /// .safetensors files (default: ../shared/data/*.safetensors when present, else the bundled sample).
    files: Vec<PathBuf>,
    /// Folder for bench.md, bench.json and the plots.
    #[arg(long, default_value = "reports")]
    out: PathBuf,
    /// Skip zstd -19 (slow: a few MB/s).
    #[arg(long)]
    no_zstd_19: bool,
    /// Skip the simulation-speed comparison (Rust cycle simulation against Verilator).
    #[arg(long)]
    no_sim: bool,
}

/// One codec configuration measured on one file.
#[derive(Serialize, Clone)]
struct Row {
    file: String,
    tensor: String,
    dtype: String,
    values: u64,
    config: String,
    /// Original bytes over stored bytes (blocks + directory entry; zstd: its frame).
    ratio: f64,
    /// Stored bytes.
    bytes: u64,
    /// Codec actually stored (a codec that expands falls back to raw).
    stored_as: String,
    /// Single-core compress throughput, MB/s of input.
    compress_mb_s: Option<f64>,
    /// Single-core decompress throughput, MB/s of output.
    decompress_mb_s: Option<f64>,
    note: String,
}

/// Exponent histogram of one tensor.
#[derive(Serialize)]
struct ExpHist {
    file: String,
    tensor: String,
    dtype: String,
    counts: Vec<(u16, u64)>,
    entropy_bits: f64,
    order0_bound_ratio: f64,
}

/// Rust cycle simulation against Verilator on one block and stimulus.
#[derive(Serialize)]
struct SimSpeed {
    design: String,
    stimulus: String,
    cycles: u64,
    rust_cycles_per_s: f64,
    verilator_cycles_per_s: Option<f64>,
    /// Verilator over Rust.
    ratio: Option<f64>,
    note: String,
}

#[derive(Serialize)]
struct Report {
    machine: String,
    command: String,
    rows: Vec<Row>,
    exponent_histograms: Vec<ExpHist>,
    simulation_speed: Vec<SimSpeed>,
}

/// The codec configurations, in table order: (label, codec, table log, cast, lanes). ANS rows
/// (ans, ans-fa, ans-ctx) without a lane count use the default ([`container::DEFAULT_LANES`]).
const CONFIGS: [(&str, Codec, u8, bool, usize); 15] = [
    ("xnc", Codec::Xnc, 6, false, 1),
    ("xnc --cast-f16", Codec::Xnc, 6, true, 1),
    ("ans R=6", Codec::Ans, 6, false, container::DEFAULT_LANES),
    ("ans R=6 --lanes 1", Codec::Ans, 6, false, 1),
    ("ans R=8", Codec::Ans, 8, false, container::DEFAULT_LANES),
    ("ans-fa R=6", Codec::AnsFa, 6, false, container::DEFAULT_LANES),
    ("ans-fa R=8", Codec::AnsFa, 8, false, container::DEFAULT_LANES),
    ("ans-fa R=10", Codec::AnsFa, 10, false, container::DEFAULT_LANES),
    ("ans-fa R=10 --lanes 1", Codec::AnsFa, 10, false, 1),
    ("ans-fa R=6 --cast-f16", Codec::AnsFa, 6, true, container::DEFAULT_LANES),
    ("ans-fa R=10 --cast-f16", Codec::AnsFa, 10, true, container::DEFAULT_LANES),
    ("ans-ctx R=6", Codec::AnsCtx, 6, false, container::DEFAULT_LANES),
    ("ans-ctx R=8", Codec::AnsCtx, 8, false, container::DEFAULT_LANES),
    ("ans-ctx R=10", Codec::AnsCtx, 10, false, container::DEFAULT_LANES),
    ("ans-ctx R=10 --lanes 1", Codec::AnsCtx, 10, false, 1),
];

/// Label of the ZipNN peer rows.
const ZIPNN: &str = "ZipNN 0.5.4 (peer)";

fn default_files() -> Vec<PathBuf> {
    let shared = Path::new("../shared/data");
    let mut v: Vec<PathBuf> = std::fs::read_dir(shared)
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "safetensors"))
                .collect()
        })
        .unwrap_or_default();
    if v.is_empty() {
        eprintln!("bench: ../shared/data not found, using the bundled sample in testbench/data");
        v = std::fs::read_dir("testbench/data")
            .map(|d| {
                d.filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "safetensors"))
                    .collect()
            })
            .unwrap_or_default();
    }
    v.sort();
    v
}

/// The higher of two speeds, either of which may be missing.
fn faster(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

fn mb_s(bytes: u64, secs: f64) -> f64 {
    bytes as f64 / 1e6 / secs.max(1e-9)
}

/// Passes of each timed step; the fastest counts (the machine may be shared: a pass another
/// process slowed down is not the codec's speed).
const PASSES: usize = 5;

/// CPU time of this process in seconds (every thread; the timed steps run on one thread).
/// CPU time, not wall time, so that the load other processes put on a shared machine (and the
/// wait for the disk) does not count; the ZipNN peer is timed on the same clock.
fn cpu_seconds() -> f64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes one timespec through a valid pointer.
    unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

/// Passes of the ZipNN peer in each round: two, so that every round has one pass whose output
/// buffer was already faulted in by the pass before (as ours are: `xnc` reuses its group buffers).
const ZIPNN_REPS: usize = 2;

/// Run `f` [`PASSES`] times; its last result and the fastest pass in CPU seconds.
fn fastest<T>(mut f: impl FnMut() -> Result<T>) -> Result<(T, f64)> {
    let mut best = f64::INFINITY;
    let mut last = None;
    for _ in 0..PASSES {
        let t0 = cpu_seconds();
        last = Some(f()?);
        best = best.min(cpu_seconds() - t0);
    }
    Ok((last.expect("PASSES > 0"), best))
}

fn one_thread<T: Send>(f: impl FnOnce() -> T + Send) -> Result<T> {
    let pool = rayon::ThreadPoolBuilder::new().num_threads(1).build().context("rayon pool")?;
    Ok(pool.install(f))
}

fn bench_file(path: &Path, rows: &mut Vec<Row>, hists: &mut Vec<ExpHist>, zstd19: bool) -> Result<()> {
    let st = SafetensorsFile::open(path)?;
    let fname = path.file_name().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let raw_bytes: u64 = st.tensors.iter().map(|t| t.data.len() as u64).sum();
    let main = st.tensors.iter().filter(|t| t.dtype.is_some()).max_by_key(|t| t.values());
    let (tname, dtype, values) =
        main.map(|t| (t.name.clone(), t.dtype_name.clone(), t.values() as u64)).unwrap_or_default();
    let is_bf16 = dtype == "BF16";
    for t in st.tensors.iter().filter(|t| t.dtype.is_some() && t.values() > 0) {
        let d = t.dtype.expect("filtered");
        let mut h = Histogram::new(d);
        h.add(&st.words(t, 0..t.values()));
        let mut counts: Vec<(u16, u64)> =
            (0..1u16 << d.exp_bits()).map(|e| (e, h.exponent_count(e))).filter(|c| c.1 > 0).collect();
        counts.sort();
        hists.push(ExpHist {
            file: fname.clone(),
            tensor: t.name.clone(),
            dtype: t.dtype_name.clone(),
            counts,
            entropy_bits: h.exponent_entropy(),
            order0_bound_ratio: 16.0 / h.order0_bound_bits(),
        });
    }
    let dir = tempfile::tempdir().context("temporary folder")?;
    let configs: Vec<_> = CONFIGS.iter().filter(|c| !c.3 || is_bf16).collect();
    // [`PASSES`] rounds, each compressing and decompressing every configuration once and running
    // the ZipNN peer once; the fastest pass of each row counts. Rounds, not the passes of one row
    // back to back: a slow stretch of a shared machine then slows one pass of every row instead
    // of every pass of one row, so the rows of a file stay comparable.
    let mut best = vec![(f64::INFINITY, f64::INFINITY); configs.len()];
    let mut first = Vec::with_capacity(configs.len());
    let mut peer: Option<Row> = None;
    for round in 0..PASSES {
        for (i, &&(label, codec, table_log, cast, lanes)) in configs.iter().enumerate() {
            let opts = CompressOptions {
                codec: CodecChoice::Fixed(codec),
                table_log,
                cast_f16: cast,
                lanes,
                ..Default::default()
            };
            let out = dir.path().join(format!("{i}.xnc"));
            eprintln!("bench: {fname}: {label} (pass {} of {PASSES})", round + 1);
            let t0 = cpu_seconds();
            let summaries = one_thread(|| container::compress_file(path, &out, &opts, &|_| {}))??;
            let ct = cpu_seconds() - t0;
            let f = XncFile::open(&out)?;
            // Decompression as `xnc decompress` runs it (CRCs, blocks decoded in groups, the
            // safetensors writer), into a sink, on one thread.
            let t0 = cpu_seconds();
            let decoded = one_thread(|| -> Result<u64> {
                f.write_source(0, "bench", &mut std::io::sink(), &|_| {})?;
                Ok(f.dir.tensors.iter().map(|t| t.nbytes).sum())
            })??;
            let dt = cpu_seconds() - t0;
            best[i] = (best[i].0.min(ct), best[i].1.min(dt));
            if round == 0 {
                first.push((label, summaries, decoded));
            }
        }
        if round == 0 || peer.is_some() {
            peer = match (peer, zipnn_peer(path, &fname, &tname, &dtype, values)) {
                (Some(a), Some(b)) => Some(Row {
                    compress_mb_s: faster(a.compress_mb_s, b.compress_mb_s),
                    decompress_mb_s: faster(a.decompress_mb_s, b.decompress_mb_s),
                    ..b
                }),
                (a, b) => a.or(b),
            };
        }
    }
    for ((label, summaries, decoded), (ct, dt)) in first.into_iter().zip(best) {
        let stored: u64 = summaries.iter().map(|s| s.stored_bytes + s.entry_bytes).sum();
        let stored_as: Vec<&str> = summaries.iter().map(|s| s.codec.name()).collect();
        let notes: Vec<String> = summaries.iter().filter(|s| !s.note.is_empty()).map(|s| s.note.clone()).collect();
        rows.push(Row {
            file: fname.clone(),
            tensor: tname.clone(),
            dtype: dtype.clone(),
            values,
            config: label.into(),
            ratio: raw_bytes as f64 / stored.max(1) as f64,
            bytes: stored,
            stored_as: stored_as.join(","),
            compress_mb_s: Some(mb_s(raw_bytes, ct)),
            decompress_mb_s: Some(mb_s(decoded, dt)),
            note: notes.join("; "),
        });
    }
    rows.extend(peer);
    let data: Vec<u8> = st.tensors.iter().flat_map(|t| st.bytes(t).iter().copied()).collect();
    let levels: &[i32] = if zstd19 { &[3, 19] } else { &[3] };
    for &level in levels {
        eprintln!("bench: {fname}: zstd -{level}");
        let (z, ct) = fastest(|| zstd::bulk::compress(&data, level).context("zstd"))?;
        let (back, dt) = fastest(|| zstd::bulk::decompress(&z, data.len()).context("zstd"))?;
        anyhow::ensure!(back == data, "zstd round trip failed");
        rows.push(Row {
            file: fname.clone(),
            tensor: tname.clone(),
            dtype: dtype.clone(),
            values,
            config: format!("zstd -{level}"),
            ratio: data.len() as f64 / z.len() as f64,
            bytes: z.len() as u64,
            stored_as: "zstd".into(),
            compress_mb_s: Some(mb_s(data.len() as u64, ct)),
            decompress_mb_s: Some(mb_s(data.len() as u64, dt)),
            note: String::new(),
        });
    }
    if let Some(b) =
        st.tensors.iter().find(|t| t.name == tname).and_then(|t| container::context_bounds(t, st.bytes(t), false))
    {
        for (config, bits, note) in [
            (
                "joint bound".to_string(),
                b.joint_bits,
                format!("(sign, exponent, {} top mantissa bits), one adaptive model", b.joint_depth - 1),
            ),
            (
                "per-column joint bound".to_string(),
                b.per_column_bits,
                format!(
                    "(sign, exponent, {} top mantissa bits), one adaptive model per column",
                    b.per_column_depth - 1
                ),
            ),
        ] {
            rows.push(Row {
                file: fname.clone(),
                tensor: tname.clone(),
                dtype: dtype.clone(),
                values,
                config,
                ratio: 16.0 / bits,
                bytes: 0,
                stored_as: "-".into(),
                compress_mb_s: None,
                decompress_mb_s: None,
                note: format!("{bits:.3} bits/value {note}; learning cost included"),
            });
        }
    }
    if let Some(h) = hists.iter().rev().find(|h| h.file == fname && h.tensor == tname) {
        rows.push(Row {
            file: fname.clone(),
            tensor: tname.clone(),
            dtype: dtype.clone(),
            values,
            config: "order-0 bound".into(),
            ratio: h.order0_bound_ratio,
            bytes: 0,
            stored_as: "-".into(),
            compress_mb_s: None,
            decompress_mb_s: None,
            note: format!(
                "(1+M) + H(exp) = {:.3} bits/value, H(exp) = {:.3}",
                16.0 / h.order0_bound_ratio,
                h.entropy_bits
            ),
        });
    }
    Ok(())
}

/// ZipNN on the same file, in this run, through `scripts/zipnn_peer.py` (single thread, in its
/// own process; skipped with a note when Python or the package is missing).
fn zipnn_peer(path: &Path, fname: &str, tname: &str, dtype: &str, values: u64) -> Option<Row> {
    eprintln!("bench: {fname}: {ZIPNN}");
    let out = std::process::Command::new("python3")
        .arg("scripts/zipnn_peer.py")
        .arg(path)
        .args(["--reps", &ZIPNN_REPS.to_string()])
        .env("OMP_NUM_THREADS", "1")
        .output();
    let note = match &out {
        Ok(o) if o.status.success() => {
            let v: serde_json::Value = serde_json::from_slice(&o.stdout).ok()?;
            return Some(Row {
                file: fname.into(),
                tensor: tname.into(),
                dtype: dtype.into(),
                values,
                config: ZIPNN.into(),
                ratio: v["ratio"].as_f64()?,
                bytes: v["stored_bytes"].as_u64()?,
                stored_as: "zipnn".into(),
                compress_mb_s: v["compress_mb_s"].as_f64(),
                decompress_mb_s: v["decompress_mb_s"].as_f64(),
                note: "single thread, same run, round trip checked".into(),
            });
        }
        Ok(o) => String::from_utf8_lossy(&o.stderr).lines().last().unwrap_or("failed").to_string(),
        Err(e) => format!("python3 not found ({e})"),
    };
    eprintln!("bench: ZipNN peer skipped: {note} (scripts/setup.sh --bench installs it)");
    None
}

/// Parse `key=value` fields of a `RESULT ...` line printed by the Verilator harness.
fn result_field(out: &str, key: &str) -> Option<f64> {
    let line = out.lines().find(|l| l.starts_with("RESULT "))?;
    line.split_whitespace().find_map(|kv| kv.strip_prefix(&format!("{key}=")).and_then(|v| v.parse().ok()))
}

/// Run one block on the same stimulus in the Rust cycle simulation and in Verilator.
fn sim_speed(file: &Path, design: &str, max_rows: usize) -> Result<SimSpeed> {
    let exe = std::env::current_exe().context("own executable")?;
    let st = SafetensorsFile::open(file)?;
    let t = st.tensors.iter().filter(|t| t.dtype.is_some()).max_by_key(|t| t.values()).context("no F16/BF16 tensor")?;
    let rows = &format!("0..{}", max_rows.min(t.rows()));
    let stimulus =
        format!("{} rows {rows}", file.file_name().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default());
    eprintln!("bench: simulation speed of {design} on {stimulus}");
    let rust = std::process::Command::new(&exe)
        .args(["sim", "--design", design])
        .arg(file)
        .args(["--rows", rows, "--json"])
        .output()
        .context("xnc sim")?;
    anyhow::ensure!(rust.status.success(), "xnc sim {design} failed: {}", String::from_utf8_lossy(&rust.stderr));
    let r: serde_json::Value = serde_json::from_slice(&rust.stdout).context("xnc sim --json output")?;
    let cycles = r["cycles"].as_u64().unwrap_or(0);
    let rust_cps = cycles as f64 / r["seconds"].as_f64().unwrap_or(f64::NAN);
    let mut speed = SimSpeed {
        design: design.into(),
        stimulus,
        cycles,
        rust_cycles_per_s: rust_cps,
        verilator_cycles_per_s: None,
        ratio: None,
        note: String::new(),
    };
    if std::process::Command::new("verilator").arg("--version").output().is_err() {
        speed.note = "verilator not installed (scripts/setup.sh installs it)".into();
        return Ok(speed);
    }
    let v = std::process::Command::new("bash")
        .arg("scripts/cosim.sh")
        .arg(design)
        .arg(file)
        .args(["--rows", rows])
        .env("XNC", &exe)
        .output()
        .context("scripts/cosim.sh")?;
    let out = String::from_utf8_lossy(&v.stdout);
    match (v.status.success(), result_field(&out, "cycles"), result_field(&out, "seconds")) {
        (true, Some(c), Some(secs)) => {
            if c as u64 != cycles {
                speed.note = format!("cycle counts differ: Rust {cycles}, Verilator {c}");
            }
            let vcps = c / secs.max(1e-9);
            speed.verilator_cycles_per_s = Some(vcps);
            speed.ratio = Some(vcps / rust_cps);
        }
        _ => {
            speed.note =
                format!("co-simulation failed: {}", String::from_utf8_lossy(&v.stderr).lines().last().unwrap_or(""))
        }
    }
    Ok(speed)
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    format!("{cpu}, {cores} cores, {} paths", xnc_codec::cpu::simd_level().name())
}

/// Bits per value of every codec row and its distance to each bound row of the same file.
fn distance_to_bounds(r: &Report) -> String {
    let mut s = String::from(
        "## Distance to the bounds\n\nBits per value (16 / ratio, container included) minus each bound's bits per value.\n\n",
    );
    let bounds = ["order-0 bound", "joint bound", "per-column joint bound"];
    s.push_str("| file | codec | bits/value | - order-0 | - joint | - per-column joint |\n|---|---|---|---|---|---|\n");
    let mut files: Vec<&str> = r.rows.iter().map(|x| x.file.as_str()).collect();
    files.dedup();
    for f in files {
        let bound_bits: Vec<Option<f64>> = bounds
            .iter()
            .map(|b| r.rows.iter().find(|x| x.file == f && x.config == *b).map(|x| 16.0 / x.ratio))
            .collect();
        for row in r.rows.iter().filter(|x| x.file == f && !bounds.contains(&x.config.as_str())) {
            let bits = 16.0 / row.ratio;
            let gaps: Vec<String> =
                bound_bits.iter().map(|b| b.map_or("-".into(), |b| format!("{:+.3}", bits - b))).collect();
            s.push_str(&format!("| {f} | {} | {bits:.3} | {} |\n", row.config, gaps.join(" | ")));
        }
    }
    s.push('\n');
    s
}

/// The rows the throughput targets of the golden model apply to: `ans` and `ans-fa` on the
/// tensor as stored (the `--cast-f16` rows code a different, lossily cast tensor).
fn is_target_row(config: &str) -> bool {
    (config.starts_with("ans R=") || config.starts_with("ans-fa R=")) && !config.contains("--cast-f16")
}

/// Each file's slowest and fastest target row against the ZipNN peer of the same run, the slowest
/// compression, and a verdict per target: the summary the README quotes (`scripts/bench.sh`).
fn targets(r: &Report) -> String {
    let mut s = String::from(
        "## Against the targets\n\nThe `ans` and `ans-fa` rows of each file (every table log and lane \
         count in the table below; not the `--cast-f16` rows, which code a lossily cast tensor): decode at or above \
         the ZipNN peer of the same run, compress at or above 300 MB/s on one core. `ans-ctx` against \
         `ans-fa` at the same table log and lanes.\n\n\
         | file | ZipNN decompress MB/s | `ans`/`ans-fa` decompress x ZipNN, min - max | compress MB/s, min - max | `ans-ctx` decompress x `ans-fa`, min - max | xnc decompress MB/s |\n\
         |---|---|---|---|---|---|\n",
    );
    let mut files: Vec<&str> = r.rows.iter().map(|x| x.file.as_str()).collect();
    files.dedup();
    let (mut decode_ok, mut compress_ok, mut any) = (true, true, false);
    let span = |v: &[f64], digits: usize| match (v.iter().copied().reduce(f64::min), v.iter().copied().reduce(f64::max))
    {
        (Some(lo), Some(hi)) => format!("{lo:.digits$} - {hi:.digits$}"),
        _ => "-".to_string(),
    };
    for f in files {
        let rows: Vec<&Row> = r.rows.iter().filter(|x| x.file == f).collect();
        let peer = rows.iter().find(|x| x.config == ZIPNN).and_then(|p| p.decompress_mb_s);
        let target: Vec<&&Row> = rows.iter().filter(|x| is_target_row(&x.config)).collect();
        if target.is_empty() {
            continue;
        }
        any = true;
        let decode: Vec<f64> = match peer {
            Some(p) => target.iter().filter_map(|x| x.decompress_mb_s).map(|d| d / p).collect(),
            None => Vec::new(),
        };
        let compress: Vec<f64> = target.iter().filter_map(|x| x.compress_mb_s).collect();
        decode_ok &= peer.is_some() && decode.iter().all(|&x| x >= 1.0);
        compress_ok &= compress.iter().all(|&x| x >= 300.0);
        let ctx: Vec<f64> = rows
            .iter()
            .filter(|x| x.config.starts_with("ans-ctx R="))
            .filter_map(|x| {
                let fa = rows.iter().find(|y| y.config == x.config.replacen("ans-ctx", "ans-fa", 1))?;
                Some(x.decompress_mb_s? / fa.decompress_mb_s?)
            })
            .collect();
        let xnc = rows
            .iter()
            .find(|x| x.config == "xnc")
            .filter(|x| x.stored_as == "xnc")
            .and_then(|x| x.decompress_mb_s)
            .map_or("(stored raw)".to_string(), |d| format!("{d:.0}"));
        s.push_str(&format!(
            "| {f} | {} | {} | {} | {} | {xnc} |\n",
            peer.map_or("(no peer)".to_string(), |p| format!("{p:.0}")),
            span(&decode, 2),
            span(&compress, 0),
            span(&ctx, 2),
        ));
    }
    if any {
        let yes = |ok: bool| if ok { "met" } else { "**not met**" };
        s.push_str(&format!(
            "\nIn this run: decode at or above ZipNN on every file {}; compress at or above 300 MB/s on every row {}.\n\n",
            yes(decode_ok),
            yes(compress_ok)
        ));
    }
    s
}

fn markdown(r: &Report) -> String {
    let mut s = String::new();
    s.push_str("# Benchmark: every codec side by side\n\n");
    s.push_str(&format!(
        "Generated by `{}` on {}. Ratio = original bytes / stored bytes, container (block index, \
         headers, model tables) included; throughput is single-core MB/s of uncompressed data, \
         the fastest of {PASSES} passes on the process's CPU-time clock (load from other processes \
         and waits for the disk do not count; the ZipNN peer is timed the same way, {ZIPNN_REPS} \
         passes a round). The passes are rounds over every row of a file, so that a slow stretch \
         of a shared machine slows one pass of each row, not every pass of one. Buffers as each \
         API gives them: xnc decompresses as `xnc decompress` does, streaming into a writer (here a \
         sink) through group buffers it allocates on each call (on one thread one group of 8 \
         blocks, 256 KB at the default block size); ZipNN's `decompress` returns a new buffer \
         holding the whole tensor on each call (malloc: below glibc's 32 MB mmap threshold \
         memory freed by the pass before, above it fresh pages faulted in on the same clock). A codec that would expand a tensor is stored raw (column 'stored as').\n\n",
        r.command, r.machine
    ));
    let mut files: Vec<&str> = r.rows.iter().map(|x| x.file.as_str()).collect();
    files.dedup();
    s.push_str(&targets(r));
    s.push_str("## Every row\n\n");
    s.push_str(
        "Columns 'x ZipNN' divide by the ZipNN peer row of the same file, measured in the same run \
         (`scripts/zipnn_peer.py`, single thread; absent when Python or zipnn is not installed: \
         `scripts/setup.sh --bench`).\n\n",
    );
    s.push_str("| file | codec | ratio | stored as | compress MB/s | decompress MB/s | compress x ZipNN | decompress x ZipNN | note |\n|---|---|---|---|---|---|---|---|---|\n");
    for f in &files {
        let peer = r.rows.iter().find(|x| x.file == *f && x.config == ZIPNN);
        for row in r.rows.iter().filter(|x| x.file == *f) {
            let fmt = |v: Option<f64>| v.map_or("-".to_string(), |x| format!("{x:.0}"));
            let rel = |v: Option<f64>, p: Option<f64>| match (v, p) {
                (Some(v), Some(p)) if p > 0.0 => format!("{:.2}", v / p),
                _ => "-".to_string(),
            };
            s.push_str(&format!(
                "| {} | {} | {:.4} | {} | {} | {} | {} | {} | {} |\n",
                row.file,
                row.config,
                row.ratio,
                row.stored_as,
                fmt(row.compress_mb_s),
                fmt(row.decompress_mb_s),
                rel(row.compress_mb_s, peer.and_then(|p| p.compress_mb_s)),
                rel(row.decompress_mb_s, peer.and_then(|p| p.decompress_mb_s)),
                row.note.replace('|', "/")
            ));
        }
    }
    s.push_str("\n![ratio per tensor and codec](bench_ratio.svg)\n\n");
    s.push_str(&distance_to_bounds(r));
    if !r.simulation_speed.is_empty() {
        s.push_str("## Simulation speed: Rust cycle simulation against Verilator\n\n");
        s.push_str(
            "Same block, same stimulus, no stalls; Verilator `-O3` time excludes its build and the vector writing.\n\n",
        );
        s.push_str("| block | stimulus | cycles | Rust cycles/s | Verilator cycles/s | Verilator / Rust | note |\n|---|---|---|---|---|---|---|\n");
        for x in &r.simulation_speed {
            s.push_str(&format!(
                "| {} | {} | {} | {:.0} | {} | {} | {} |\n",
                x.design,
                x.stimulus,
                x.cycles,
                x.rust_cycles_per_s,
                x.verilator_cycles_per_s.map_or("-".into(), |v| format!("{v:.0}")),
                x.ratio.map_or("-".into(), |v| format!("{v:.0}x")),
                x.note
            ));
        }
        s.push('\n');
    }
    s.push_str("## Exponent histograms\n\n");
    for (i, h) in r.exponent_histograms.iter().enumerate() {
        s.push_str(&format!(
            "- {} `{}` ({}): {} distinct exponents, H(exp) = {:.3} bits, order-0 bound {:.4}x: ![](bench_exp_{i}.svg)\n",
            h.file,
            h.tensor,
            h.dtype,
            h.counts.len(),
            h.entropy_bits,
            h.order0_bound_ratio
        ));
    }
    s
}

pub fn run(args: &BenchArgs) -> Result<()> {
    let files = if args.files.is_empty() { default_files() } else { args.files.clone() };
    anyhow::ensure!(!files.is_empty(), "no .safetensors files to benchmark");
    let mut rows = Vec::new();
    let mut hists = Vec::new();
    for f in &files {
        bench_file(f, &mut rows, &mut hists, !args.no_zstd_19).with_context(|| format!("{}", f.display()))?;
    }
    let mut simulation_speed = Vec::new();
    if !args.no_sim {
        // The smallest BF16 file keeps the Rust simulation of the wide XNC blocks short.
        let bf16 = files
            .iter()
            .filter(|f| f.to_string_lossy().contains("bf16"))
            .min_by_key(|f| std::fs::metadata(f).map(|m| m.len()).unwrap_or(u64::MAX));
        if let Some(f) = bf16.or(files.first()) {
            for (design, rows) in [("tans_decoder", 1000), ("xnc_compressor", 640), ("xnc_decompressor", 640)] {
                simulation_speed.push(sim_speed(f, design, rows)?);
            }
        }
    }
    let command = format!(
        "xnc bench {}{}{}",
        files.iter().map(|f| f.display().to_string()).collect::<Vec<_>>().join(" "),
        if args.no_zstd_19 { " --no-zstd-19" } else { "" },
        if args.no_sim { " --no-sim" } else { "" }
    );
    let report = Report { machine: machine(), command, rows, exponent_histograms: hists, simulation_speed };
    std::fs::create_dir_all(&args.out).with_context(|| format!("{}", args.out.display()))?;
    write_atomic(&args.out.join("bench.json"), serde_json::to_string_pretty(&report)?.as_bytes())?;
    write_atomic(&args.out.join("bench.md"), markdown(&report).as_bytes())?;
    let mut groups: Vec<(String, Vec<(String, f64)>)> = Vec::new();
    for row in &report.rows {
        let label = row.file.split('.').next().unwrap_or(&row.file).to_string();
        if groups.last().is_none_or(|g| g.0 != label) {
            groups.push((label.clone(), Vec::new()));
        }
        groups.last_mut().expect("pushed").1.push((row.config.clone(), row.ratio));
    }
    write_atomic(
        &args.out.join("bench_ratio.svg"),
        svg::grouped_bars("Compression ratio per tensor and codec", &groups).as_bytes(),
    )?;
    for (i, h) in report.exponent_histograms.iter().enumerate() {
        let total: u64 = h.counts.iter().map(|c| c.1).sum();
        let bars: Vec<(String, f64)> =
            h.counts.iter().map(|(e, c)| (e.to_string(), *c as f64 / total as f64)).collect();
        let title = format!("{} exponent histogram ({})", h.file.split('.').next().unwrap_or(""), h.dtype);
        write_atomic(&args.out.join(format!("bench_exp_{i}.svg")), svg::bars(&title, &bars).as_bytes())?;
    }
    print!("{}", markdown(&report));
    Ok(())
}

/// Write a file through a temporary file in the same folder, so no partial file is ever left.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let dir = xnc_codec::tensor::parent_dir(path);
    let mut tmp = tempfile::NamedTempFile::new_in(&dir).with_context(|| format!("{}", dir.display()))?;
    tmp.write_all(bytes).with_context(|| format!("{}", path.display()))?;
    tmp.persist(path).with_context(|| format!("{}", path.display()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(file: &str, config: &str, compress: f64, decompress: f64) -> Row {
        Row {
            file: file.into(),
            tensor: "t".into(),
            dtype: "BF16".into(),
            values: 1,
            config: config.into(),
            ratio: 1.5,
            bytes: 1,
            stored_as: "ans".into(),
            compress_mb_s: Some(compress),
            decompress_mb_s: Some(decompress),
            note: String::new(),
        }
    }

    fn report(rows: Vec<Row>) -> Report {
        Report {
            machine: "m".into(),
            command: "c".into(),
            rows,
            exponent_histograms: Vec::new(),
            simulation_speed: Vec::new(),
        }
    }

    #[test]
    fn targets_judge_every_ans_row_against_the_peer_of_its_file() {
        let good = vec![
            row("a", "ans R=6", 310.0, 1100.0),
            row("a", "ans-fa R=10 --lanes 1", 400.0, 1000.0),
            row("a", "ans-fa R=6 --cast-f16", 100.0, 100.0),
            row("a", "ans-ctx R=10 --lanes 1", 90.0, 500.0),
            row("a", ZIPNN, 800.0, 1000.0),
            row("b", "ans R=8", 300.0, 2000.0),
            row("b", ZIPNN, 800.0, 1500.0),
        ];
        let s = targets(&report(good.clone()));
        assert!(s.contains("on every file met; compress at or above 300 MB/s on every row met"), "{s}");
        assert!(s.contains("| a | 1000 | 1.00 - 1.10 | 310 - 400 | 0.50 - 0.50 |"), "{s}");

        // One slow decode on one file, or one slow compression, and the verdict says so.
        let mut slow_decode = good.clone();
        slow_decode[5].decompress_mb_s = Some(1499.0);
        assert!(targets(&report(slow_decode))
            .contains("on every file **not met**; compress at or above 300 MB/s on every row met"));
        let mut slow_compress = good.clone();
        slow_compress[1].compress_mb_s = Some(299.0);
        assert!(targets(&report(slow_compress))
            .contains("on every file met; compress at or above 300 MB/s on every row **not met**"));
        // Without the peer the decode target cannot be met.
        let no_peer: Vec<Row> = good.into_iter().filter(|r| r.file != "b" || r.config != ZIPNN).collect();
        let s = targets(&report(no_peer));
        assert!(s.contains("| b | (no peer) | - |") && s.contains("on every file **not met**"), "{s}");
    }
}

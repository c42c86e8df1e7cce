//! `xnc`: lossless compression of FP16/BF16 weights with XNC and ANS coding pairs, statistics on
//! your own checkpoint, random access to embedding rows, and the hardware simulations.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Result};
use clap::{Parser, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use xnc_codec::checkpoint::Checkpoint;
use xnc_codec::container::{self, Codec, CodecChoice, CompressOptions, XncFile};
use xnc_codec::output::{self, AtomicFile, Destination};

mod bench;
mod sim;
mod stats;
mod svg;

/// Lossless compression of FP16/BF16 LLM weights (XNC and ANS coding pairs), with the golden
/// model of the kit's hardware blocks.
#[derive(Parser)]
#[command(name = "xnc", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// Codec choice on the command line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CodecArg {
    /// XNC (ISCAS 2025): XOR + NOT + truncation, 9/12/16-bit codes per chunk of 32.
    Xnc,
    /// Plain ANS coding pairs (Liguori): tANS-coded exponent + raw sign/mantissa.
    Ans,
    /// Format-aware ANS coding pairs: codes also drop trailing zero bits the tensor shares.
    AnsFa,
    /// Context coding pairs: joint sign/exponent/mantissa-prefix codes and column context classes
    /// (falls back to ans-fa on a tensor where that is smaller).
    AnsCtx,
    /// No compression.
    Raw,
    /// The smallest codec, per tensor.
    Auto,
}

impl CodecArg {
    fn choice(self) -> CodecChoice {
        match self {
            CodecArg::Xnc => CodecChoice::Fixed(Codec::Xnc),
            CodecArg::Ans => CodecChoice::Fixed(Codec::Ans),
            CodecArg::AnsFa => CodecChoice::Fixed(Codec::AnsFa),
            CodecArg::AnsCtx => CodecChoice::Fixed(Codec::AnsCtx),
            CodecArg::Raw => CodecChoice::Fixed(Codec::Raw),
            CodecArg::Auto => CodecChoice::Auto,
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Compress a checkpoint into one .xnc container (lossless; BF16 stays BF16 unless --cast-f16).
    Compress {
        /// A .safetensors file, a sharded checkpoint's model.safetensors.index.json, its folder, or
        /// several .safetensors files.
        #[arg(required = true, num_args = 1..)]
        inputs: Vec<PathBuf>,
        /// Output .xnc file (written to a temporary file and renamed when complete; never an input).
        #[arg(short, long)]
        output: PathBuf,
        /// Allow an output that is a symbolic link (the file it points to is replaced) or a special
        /// file such as /dev/null (written into).
        #[arg(long)]
        force: bool,
        /// Codec for every F16/BF16 tensor; other dtypes are stored raw.
        #[arg(long, value_enum, default_value = "auto")]
        codec: CodecArg,
        /// tANS table log R (64 states at R=6); 5..=10.
        #[arg(long, default_value_t = 6, value_parser = clap::value_parser!(u8).range(5..=10))]
        table_log: u8,
        /// Cast BF16 tensors to FP16 first, as the XNC paper did. Lossy: the number of values the
        /// cast changes is reported, the container holds the FP16 copy, and `decompress` then gives
        /// F16 tensors back, not the original BF16 bytes.
        #[arg(long)]
        cast_f16: bool,
        /// Target values per independently decodable block (rounded to whole rows and chunks of 32)
        /// [default: 16384; 32768 for ans-ctx when the block stays within 65535 values]
        #[arg(long, value_parser = clap::value_parser!(u64).range(1..=container::MAX_BLOCK_VALUES))]
        block_values: Option<u64>,
        /// Interleaved tANS lanes per block for ans/ans-fa/ans-ctx (1, 2, 4 or 8; docs/FORMAT.md 3.4): value k
        /// of a block goes to lane k mod N; more lanes decode faster in software and N values per
        /// cycle in hardware, for a few hundredths of a percent of ratio per lane.
        #[arg(long, default_value_t = container::DEFAULT_LANES, value_parser = parse_lanes)]
        lanes: usize,
    },
    /// Decompress a .xnc container: the identical safetensors file, or for a checkpoint of several
    /// files (shards and index) the identical folder (F16 tensors if it was made with --cast-f16).
    Decompress {
        /// Input .xnc file.
        input: PathBuf,
        /// Output .safetensors file, or folder for a sharded checkpoint (written to a temporary file
        /// or folder and moved into place when complete).
        #[arg(short, long)]
        output: PathBuf,
        /// Allow an output that is a symbolic link, a special file such as /dev/null, or an existing
        /// folder (its files of the same names are replaced).
        #[arg(long)]
        force: bool,
    },
    /// Per-tensor sizes and ratios of every codec, measured by really coding the tensors.
    Stats(stats::StatsArgs),
    /// Every codec side by side with zstd on real tensors: ratios, throughput, plots (reports/bench.*).
    Bench(bench::BenchArgs),
    /// Decode one row of a tensor from a .xnc file (only the block holding it is read).
    GetRow {
        /// Input .xnc file.
        file: PathBuf,
        /// Tensor name.
        tensor: String,
        /// Row index (first dimension).
        row: u64,
        /// Write the row's raw little-endian bytes to this file instead of printing it.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Allow an output that is a symbolic link or a special file.
        #[arg(long)]
        force: bool,
        /// How to print the row.
        #[arg(long, value_enum, default_value = "float")]
        format: RowFormat,
    },
    /// Cycle simulation of a hardware block (rust-hdl) on a tensor, every output beat checked.
    Sim(sim::SimArgs),
    /// Golden input and output beats of a hardware block for the Verilog simulations.
    Vectors(sim::VectorsArgs),
    /// List the hardware blocks of rtl/ (the block manifest): names, or every port as JSON.
    Blocks(sim::BlocksArgs),
}

/// How `get-row` prints values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum RowFormat {
    /// Numbers (floats and integers as such; FP8 in hexadecimal).
    Float,
    /// Each element's bits in hexadecimal.
    Hex,
}

/// A progress bar on stderr, drawn only when stderr is a terminal.
pub fn progress_bar(total: u64, what: &str) -> ProgressBar {
    let pb = if std::io::stderr().is_terminal() {
        ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr())
    } else {
        ProgressBar::hidden()
    };
    pb.set_style(
        ProgressStyle::with_template("{msg} [{bar:40}] {percent}% {per_sec} eta {eta}")
            .expect("static template")
            .progress_chars("=> "),
    );
    pb.set_message(what.to_string());
    pb
}

/// Print a status line: on stdout, or on stderr when the output itself goes to a special file
/// (`-o /dev/stdout --force` must carry the data alone).
macro_rules! say {
    ($quiet:expr, $($arg:tt)*) => {
        if $quiet {
            eprintln!($($arg)*)
        } else {
            println!($($arg)*)
        }
    };
}

/// Where `output` may be written, checked against the inputs before anything is written.
fn destination(output: &Path, inputs: &[PathBuf], force: bool, folder: bool) -> Result<Destination> {
    Ok(output::check_output(output, inputs, force, folder)?)
}

/// Run `produce` on the output path, or through a scratch file for a special file (`--force`).
fn deliver(dest: &Destination, produce: impl FnOnce(&Path) -> Result<(), xnc_codec::Error>) -> Result<()> {
    match dest {
        Destination::Path(p) => produce(p)?,
        Destination::Special(p) => output::write_special(p, produce)?,
    }
    Ok(())
}

fn compress(inputs: &[PathBuf], output: &Path, force: bool, opts: &CompressOptions) -> Result<()> {
    let ck = Checkpoint::open(inputs)?;
    let dest = destination(output, &ck.paths(), force, false)?;
    let quiet = matches!(dest, Destination::Special(_));
    let mut total = 0u64;
    for f in ck.safetensors() {
        let st = xnc_codec::tensor::SafetensorsFile::open(&f.path)?;
        total += st.tensors.iter().map(|t| t.values() as u64).sum::<u64>();
    }
    let pb = progress_bar(total, "compress");
    let mut summaries = Vec::new();
    let mut file_len = 0;
    deliver(&dest, |p| {
        summaries = container::compress_checkpoint(&ck, p, opts, &|n| pb.inc(n))?;
        file_len = std::fs::metadata(p)
            .map_err(|source| xnc_codec::Error::Io { path: p.display().to_string(), source })?
            .len();
        Ok(())
    })?;
    pb.finish_and_clear();
    let mut raw = 0u64;
    let mut wide = (0usize, 0u64);
    for s in &summaries {
        raw += s.raw_bytes;
        if s.codec == Codec::Raw && matches!(s.dtype.as_str(), "F32" | "F64") {
            wide = (wide.0 + 1, wide.1 + s.raw_bytes);
        }
        say!(
            quiet,
            "{:<40} {:>5} {:>7} {:>12} -> {:>12} bytes  {:.4}x{}",
            container::short_name(&s.name),
            s.dtype,
            s.codec.name(),
            s.raw_bytes,
            s.container_bytes(),
            s.ratio(),
            if s.note.is_empty() { String::new() } else { format!("  ({})", s.note.trim_end_matches("; ")) }
        );
    }
    say!(
        quiet,
        "{}: {} tensors from {} file(s), {} data bytes -> {} file bytes ({:.4}x including container)",
        output.display(),
        summaries.len(),
        ck.files.len(),
        raw,
        file_len,
        raw as f64 / file_len.max(1) as f64
    );
    if wide.0 > 0 && (wide.1 * 2 > raw || summaries.iter().all(|s| s.codec == Codec::Raw)) {
        say!(
            quiet,
            "note: {} F32/F64 tensors ({} of {} bytes) are stored raw: xnc compresses F16 and BF16 only. \
             A BF16 or F16 export of this checkpoint would compress (about 1.3-1.5x on BF16 weights).",
            wide.0,
            wide.1,
            raw
        );
    }
    Ok(())
}

fn decompress(input: &Path, output: &Path, force: bool) -> Result<()> {
    let f = XncFile::open(input)?;
    let folder = !f.dir.is_single_file();
    let dest = destination(output, &[input.to_owned()], force, folder)?;
    let quiet = matches!(dest, Destination::Special(_));
    if folder && !force && output.exists() && std::fs::read_dir(output).map(|mut d| d.next().is_some()).unwrap_or(true)
    {
        bail!("{}: folder exists and is not empty (--force writes the checkpoint's files into it)", output.display());
    }
    let total: u64 = f.dir.tensors.iter().map(|t| t.values).sum();
    let pb = progress_bar(total, "decompress");
    deliver(&dest, |p| f.decompress_to(p, &|n| pb.inc(n)))?;
    pb.finish_and_clear();
    say!(
        quiet,
        "{}: {} tensors written{}",
        output.display(),
        f.dir.tensors.len(),
        if folder { format!(" in {} files", f.dir.sources.len()) } else { String::new() }
    );
    Ok(())
}

/// One element as a number, when its dtype is a number type this tool knows.
fn element_value(dtype: &str, c: &[u8]) -> Option<String> {
    let a2 = || <[u8; 2]>::try_from(c).ok();
    let a4 = || <[u8; 4]>::try_from(c).ok();
    let a8 = || <[u8; 8]>::try_from(c).ok();
    Some(match dtype {
        "F16" => half::f16::from_le_bytes(a2()?).to_f32().to_string(),
        "BF16" => half::bf16::from_le_bytes(a2()?).to_f32().to_string(),
        "F32" => f32::from_le_bytes(a4()?).to_string(),
        "F64" => f64::from_le_bytes(a8()?).to_string(),
        "I8" => (*c.first()? as i8).to_string(),
        "U8" => c.first()?.to_string(),
        "BOOL" => (*c.first()? != 0).to_string(),
        "I16" => i16::from_le_bytes(a2()?).to_string(),
        "U16" => u16::from_le_bytes(a2()?).to_string(),
        "I32" => i32::from_le_bytes(a4()?).to_string(),
        "U32" => u32::from_le_bytes(a4()?).to_string(),
        "I64" => i64::from_le_bytes(a8()?).to_string(),
        "U64" => u64::from_le_bytes(a8()?).to_string(),
        _ => return None,
    })
}

fn get_row(file: &Path, tensor: &str, row: u64, output: Option<&Path>, force: bool, format: RowFormat) -> Result<()> {
    let f = XncFile::open(file)?;
    let bytes = f.get_row(tensor, row)?;
    if let Some(out) = output {
        let dest = destination(out, &[file.to_owned()], force, false)?;
        let quiet = matches!(dest, Destination::Special(_));
        deliver(&dest, |p| {
            let mut w = AtomicFile::create(p)?;
            w.put(&bytes)?;
            w.commit()
        })?;
        say!(quiet, "{}: row {row} of '{}', {} bytes", out.display(), container::short_name(tensor), bytes.len());
        return Ok(());
    }
    let t = f.tensor(tensor)?;
    let mut line = String::new();
    for (i, c) in bytes.chunks(t.elem_size().max(1) as usize).enumerate() {
        if i > 0 {
            line.push(' ');
        }
        match element_value(&t.dtype_name, c).filter(|_| format == RowFormat::Float) {
            Some(v) => line.push_str(&v),
            None => {
                for b in c.iter().rev() {
                    line.push_str(&format!("{b:02x}"));
                }
            }
        }
    }
    println!("{line}");
    Ok(())
}

fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Compress { inputs, output, force, codec, table_log, cast_f16, block_values, lanes } => {
            let opts = CompressOptions {
                codec: codec.choice(),
                table_log,
                cast_f16,
                block_values: block_values.map(|b| b as usize),
                lanes,
            };
            compress(&inputs, &output, force, &opts)
        }
        Command::Decompress { input, output, force } => decompress(&input, &output, force),
        Command::Stats(args) => stats::run(&args),
        Command::Bench(args) => bench::run(&args),
        Command::GetRow { file, tensor, row, output, force, format } => {
            get_row(&file, &tensor, row, output.as_deref(), force, format)
        }
        Command::Sim(args) => sim::run_sim(&args),
        Command::Vectors(args) => sim::run_vectors(&args),
        Command::Blocks(args) => sim::run_blocks(&args),
    }
}

/// One line per error: the message and each cause not already part of it (library errors carry
/// their cause in their own message), newlines flattened.
fn error_line(e: &anyhow::Error) -> String {
    let mut msg = e.to_string();
    for cause in e.chain().skip(1) {
        let c = cause.to_string();
        if !msg.contains(&c) {
            msg.push_str(": ");
            msg.push_str(&c);
        }
    }
    msg.replace('\n', " ")
}

/// Signals: SIGINT/SIGTERM/SIGHUP remove the temporary outputs before exiting; a closed stdout
/// (`xnc stats | head`) ends the process quietly like any Unix filter; a file-size limit becomes an
/// ordinary write error (so the temporary file is removed) instead of killing the process.
fn install_signal_handlers() {
    let _ = ctrlc::set_handler(|| {
        output::remove_pending();
        eprintln!("xnc: interrupted; no output written");
        std::process::exit(130);
    });
    // SAFETY: setting a signal's disposition to a default or ignore, before any other thread runs.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
    }
}

fn main() -> ExitCode {
    install_signal_handlers();
    let cli = Cli::parse();
    if let Err(e) = xnc_codec::cpu::simd_cap() {
        eprintln!("error: {e}");
        return ExitCode::FAILURE;
    }
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {}", error_line(&e));
            ExitCode::FAILURE
        }
    }
}

/// `--lanes`: one of the lane counts the format allows.
fn parse_lanes(s: &str) -> std::result::Result<usize, String> {
    let n: usize = s.parse().map_err(|e| format!("{e}"))?;
    if xnc_codec::ans::lanes::LANE_COUNTS.contains(&n) {
        Ok(n)
    } else {
        Err(format!("{n} lanes: 1, 2, 4 or 8 allowed"))
    }
}

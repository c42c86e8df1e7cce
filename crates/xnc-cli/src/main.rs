//! `xnc`: lossless compression of FP16/BF16 weights with XNC and ANS coding pairs, statistics on
//! your own checkpoint, random access to embedding rows, and the hardware simulations.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use xnc_codec::container::{self, Codec, CodecChoice, CompressOptions, XncFile};

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
    /// Compress a .safetensors file into a .xnc container (lossless; BF16 stays BF16 unless --cast-f16).
    Compress {
        /// Input .safetensors file.
        input: PathBuf,
        /// Output .xnc file (written to a temporary file and renamed when complete).
        #[arg(short, long)]
        output: PathBuf,
        /// Codec for every F16/BF16 tensor; other dtypes are stored raw.
        #[arg(long, value_enum, default_value = "auto")]
        codec: CodecArg,
        /// tANS table log R (64 states at R=6); 5..=10.
        #[arg(long, default_value_t = 6, value_parser = clap::value_parser!(u8).range(5..=10))]
        table_log: u8,
        /// Cast BF16 tensors to FP16 first, as the XNC paper did (lossy relative to BF16: the number
        /// of values the cast changes is reported, and the container then holds the FP16 copy).
        #[arg(long)]
        cast_f16: bool,
        /// Target values per independently decodable block (rounded to whole rows and chunks of 32).
        #[arg(long, default_value_t = container::DEFAULT_BLOCK_VALUES)]
        block_values: usize,
    },
    /// Decompress a .xnc container back into a .safetensors file with identical tensor bytes.
    Decompress {
        /// Input .xnc file.
        input: PathBuf,
        /// Output .safetensors file (written to a temporary file and renamed when complete).
        #[arg(short, long)]
        output: PathBuf,
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
        /// How to print the row.
        #[arg(long, value_enum, default_value = "float")]
        format: RowFormat,
    },
    /// Cycle simulation of a hardware block (rust-hdl) on a tensor, every output beat checked.
    Sim(sim::SimArgs),
    /// Golden input and output beats of a hardware block for the Verilog simulations.
    Vectors(sim::VectorsArgs),
}

/// How `get-row` prints values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum RowFormat {
    /// Decimal values.
    Float,
    /// 16-bit words in hexadecimal.
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

fn compress(input: &Path, output: &Path, opts: &CompressOptions) -> Result<()> {
    let st = xnc_codec::tensor::SafetensorsFile::open(input)?;
    let total: u64 = st.tensors.iter().map(|t| t.values() as u64).sum();
    drop(st);
    let pb = progress_bar(total, "compress");
    let summaries = container::compress_file(input, output, opts, &|n| pb.inc(n))?;
    pb.finish_and_clear();
    let mut raw = 0u64;
    for s in &summaries {
        raw += s.raw_bytes;
        println!(
            "{:<40} {:>5} {:>7} {:>12} -> {:>12} bytes  {:.4}x{}",
            s.name,
            s.dtype,
            s.codec.name(),
            s.raw_bytes,
            s.stored_bytes + s.entry_bytes,
            s.ratio(),
            if s.note.is_empty() { String::new() } else { format!("  ({})", s.note.trim_end_matches("; ")) }
        );
    }
    let file_len = std::fs::metadata(output).with_context(|| format!("{}", output.display()))?.len();
    println!(
        "{}: {} tensors, {} data bytes -> {} file bytes ({:.4}x including container)",
        output.display(),
        summaries.len(),
        raw,
        file_len,
        raw as f64 / file_len.max(1) as f64
    );
    Ok(())
}

fn decompress(input: &Path, output: &Path) -> Result<()> {
    let f = XncFile::open(input)?;
    let total: u64 = f.dir.tensors.iter().map(|t| t.values).sum();
    let pb = progress_bar(total, "decompress");
    f.decompress_to(output, &|n| pb.inc(n))?;
    pb.finish_and_clear();
    println!("{}: {} tensors written", output.display(), f.dir.tensors.len());
    Ok(())
}

fn get_row(file: &Path, tensor: &str, row: u64, output: Option<&Path>, format: RowFormat) -> Result<()> {
    let f = XncFile::open(file)?;
    let bytes = f.get_row(tensor, row)?;
    if let Some(out) = output {
        let dir = xnc_codec::tensor::parent_dir(out);
        let mut tmp = tempfile::NamedTempFile::new_in(&dir).with_context(|| format!("{}", dir.display()))?;
        tmp.write_all(&bytes).with_context(|| format!("{}", out.display()))?;
        tmp.persist(out).with_context(|| format!("{}", out.display()))?;
        println!("{}: row {row} of '{tensor}', {} bytes", out.display(), bytes.len());
        return Ok(());
    }
    let t = f.tensor(tensor)?;
    let dtype = t.dtype();
    let mut line = String::new();
    for (i, c) in bytes.chunks_exact(t.elem_size().max(1) as usize).enumerate() {
        if i > 0 {
            line.push(' ');
        }
        match (dtype, format) {
            (Some(d), RowFormat::Float) => {
                let w = u16::from_le_bytes([c[0], c[1]]);
                let v = match d {
                    xnc_codec::Dtype::F16 => half::f16::from_bits(w).to_f32(),
                    xnc_codec::Dtype::BF16 => half::bf16::from_bits(w).to_f32(),
                };
                line.push_str(&format!("{v}"));
            }
            _ => {
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
        Command::Compress { input, output, codec, table_log, cast_f16, block_values } => {
            if block_values == 0 {
                bail!("--block-values must be at least 1");
            }
            let opts = CompressOptions { codec: codec.choice(), table_log, cast_f16, block_values };
            compress(&input, &output, &opts)
        }
        Command::Decompress { input, output } => decompress(&input, &output),
        Command::Stats(args) => stats::run(&args),
        Command::Bench(args) => bench::run(&args),
        Command::GetRow { file, tensor, row, output, format } => {
            get_row(&file, &tensor, row, output.as_deref(), format)
        }
        Command::Sim(args) => sim::run_sim(&args),
        Command::Vectors(args) => sim::run_vectors(&args),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

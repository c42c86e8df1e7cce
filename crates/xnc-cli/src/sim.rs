//! `xnc sim` (the Rust cycle simulation of a hardware block on a tensor) and `xnc vectors` (the
//! golden beats of the same run, for the Verilator harnesses in `sim/` and the testbenches).

use std::ops::Range;
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::{Args, ValueEnum};
use xnc_codec::ans::Histogram;
use xnc_codec::tensor::{SafetensorsFile, TensorInfo};
use xnc_sim::vectors::Stimulus;
use xnc_sim::SimOptions;

/// A hardware block of `rtl/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "snake_case")]
pub enum Design {
    /// XNC compressor: chunks of 32 FP16 words in, 545-bit records out.
    XncCompressor,
    /// XNC decompressor: records in, chunks out.
    XncDecompressor,
    /// Bit packer: records in, 64-bit memory words out.
    XncPacker,
    /// Bit unpacker: 64-bit words in, records out.
    XncUnpacker,
    /// tANS coding-pair decoder (plain BF16, R = 6): tANS and raw bytes in, BF16 values out.
    TansDecoder,
    /// The same decoder at table log R = 8.
    TansDecoderR8,
    /// tANS decoder of format-aware coding pairs (BF16, R = 6; per-code additional bits 0..=8).
    TansDecoderFa,
    /// Plain BF16 tANS decoder (R = 6) with 4 lanes: 4 values per beat (FORMAT.md section 3.4).
    TansDecoderX4,
    /// The same with 8 lanes.
    TansDecoderX8,
}

impl Design {
    fn name(self) -> &'static str {
        match self {
            Design::XncCompressor => "xnc_compressor",
            Design::XncDecompressor => "xnc_decompressor",
            Design::XncPacker => "xnc_packer",
            Design::XncUnpacker => "xnc_unpacker",
            Design::TansDecoder => "tans_decoder",
            Design::TansDecoderR8 => "tans_decoder_r8",
            Design::TansDecoderFa => "tans_decoder_fa",
            Design::TansDecoderX4 => "tans_decoder_x4",
            Design::TansDecoderX8 => "tans_decoder_x8",
        }
    }
}

/// What to feed a block (shared by `sim` and `vectors`).
#[derive(Args)]
pub struct Source {
    /// The block.
    #[arg(long)]
    design: Design,
    /// A .safetensors file.
    file: PathBuf,
    /// Tensor name (default: the first F16/BF16 tensor).
    #[arg(long)]
    tensor: Option<String>,
    /// Rows A..B of the tensor (first dimension; default: all).
    #[arg(long, value_parser = parse_range)]
    rows: Option<Range<usize>>,
    /// XNC blocks: chunks of 32 values per block (`tlast` closes a block; the packer flushes it).
    #[arg(long, default_value_t = xnc_sim::xnc::BLOCK_CHUNKS)]
    block_chunks: usize,
    /// tANS decoders: values per block (default: the container's block size for the tensor's rows).
    #[arg(long)]
    block_values: Option<usize>,
}

/// Arguments of `xnc sim`.
#[derive(Args)]
pub struct SimArgs {
    #[command(flatten)]
    source: Source,
    /// Seed of the stall generator (random stalls on every valid and ready); none: no stalls.
    #[arg(long)]
    stall_seed: Option<u64>,
    /// Stream a VCD trace to this file.
    #[arg(long)]
    vcd: Option<PathBuf>,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
}

/// Arguments of `xnc vectors`.
#[derive(Args)]
pub struct VectorsArgs {
    #[command(flatten)]
    source: Source,
    /// Output folder (created): manifest.txt, counts.hex and one file per port.
    #[arg(short, long)]
    output: PathBuf,
    /// Write `$readmemh` hex lines instead of binary records (for the Verilog testbenches).
    #[arg(long)]
    hex: bool,
}

fn parse_range(s: &str) -> Result<Range<usize>, String> {
    let (a, b) = s.split_once("..").ok_or_else(|| format!("'{s}': expected A..B"))?;
    let a: usize = a.parse().map_err(|_| format!("'{a}': not a row number"))?;
    let b: usize = b.parse().map_err(|_| format!("'{b}': not a row number"))?;
    if b <= a {
        return Err(format!("'{s}': empty row range"));
    }
    Ok(a..b)
}

fn pick<'a>(f: &'a SafetensorsFile, name: Option<&str>) -> Result<&'a TensorInfo> {
    match name {
        Some(n) => Ok(f.tensor(n)?),
        None => {
            f.tensors.iter().find(|t| t.dtype.is_some() && t.values() > 0).context("no F16/BF16 tensor in the file")
        }
    }
}

fn stimulus(s: &Source) -> Result<Stimulus> {
    let f = SafetensorsFile::open(&s.file)?;
    let t = pick(&f, s.tensor.as_deref())?;
    let rows = s.rows.clone().unwrap_or(0..t.rows());
    if rows.end > t.rows() {
        bail!("rows {}..{} outside the {} rows of '{}'", rows.start, rows.end, t.rows(), t.name);
    }
    let words = f.words(t, rows.start * t.row_len()..rows.end * t.row_len());
    let design = s.design.name();
    let source = format!(
        "{} tensor {} rows {}..{}",
        s.file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
        t.name,
        rows.start,
        rows.end
    );
    let values = xnc_sim::vectors::design_values(design, t.dtype, &words).map_err(anyhow::Error::msg)?;
    let st = if xnc_sim::vectors::tans_model_kind(design).is_some() {
        let dtype = t.dtype.expect("checked by design_values");
        let mut h = Histogram::new(dtype);
        let all = f.words(t, 0..t.values());
        h.add(&all);
        Stimulus::tans(design, &source, values, t.row_len(), s.block_values, &h)
    } else {
        Stimulus::xnc(design, &source, values, s.block_chunks)
    };
    st.map_err(anyhow::Error::msg).with_context(|| format!("{design} on '{}'", t.name))
}

/// `xnc sim`: exit status non-zero on any mismatch.
pub fn run_sim(a: &SimArgs) -> Result<()> {
    let st = stimulus(&a.source)?;
    let opts = SimOptions { stall_seed: a.stall_seed, vcd: a.vcd.clone(), reset_after: None };
    let r = st.simulate(&opts).map_err(anyhow::Error::msg)?;
    if a.json {
        println!("{}", serde_json::to_string_pretty(&r)?);
    } else {
        println!("design      {}", r.design);
        println!("source      {}", st.source);
        println!("stall seed  {}", a.stall_seed.map_or("none".into(), |s| s.to_string()));
        println!("values      {}", r.values);
        println!("beats       {}", r.beats);
        println!("mismatches  {}", r.mismatches);
        println!("cycles      {}", r.cycles);
        println!("latency     {}", r.latency.map_or("n/a (stalls)".into(), |l| format!("{l} cycles")));
        println!("values/cyc  {:.4}", r.values_per_cycle);
        println!("sim speed   {:.0} cycles/s ({:.2} s)", r.cycles_per_second(), r.seconds);
        if let Some(v) = &a.vcd {
            println!("trace       {}", v.display());
        }
    }
    if r.mismatches > 0 {
        bail!("{}: {} mismatches; first: {}", r.design, r.mismatches, r.first_mismatch.unwrap_or_default());
    }
    Ok(())
}

/// `xnc vectors`.
pub fn run_vectors(a: &VectorsArgs) -> Result<()> {
    let st = stimulus(&a.source)?;
    let b = st.beats().map_err(anyhow::Error::msg)?;
    b.write(&a.output, a.hex).map_err(anyhow::Error::msg)?;
    println!(
        "{}: {} values, {} -> {} beats{}, {} output beats ({})",
        a.output.display(),
        b.values,
        b.inputs.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join("+"),
        b.inputs.iter().map(|p| p.beats().to_string()).collect::<Vec<_>>().join("+"),
        if b.table.is_empty() { String::new() } else { format!(", {} table writes", b.table.len()) },
        b.output.beats(),
        st.source
    );
    Ok(())
}

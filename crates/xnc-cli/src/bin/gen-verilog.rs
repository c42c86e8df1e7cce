//! `gen-verilog`: write `rtl/<name>.v` for every hardware block of `xnc-rtl`.
//!
//! `gen-verilog` writes the files (default directory: the workspace's `rtl/`), `--out DIR` writes them
//! elsewhere, `--check` writes nothing and exits with status 1, listing every file that is missing
//! or differs from what would be written (the freshness test runs this).

use anyhow::{bail, Context, Result};
use clap::Parser;
use std::path::PathBuf;
use xnc_rtl::emit;

/// The command written into every file's banner (independent of `--out`, so files are reproducible).
const CMD: &str = "cargo run --release --bin gen-verilog";

/// One generated file: its top-module name and how to build its Verilog.
type Generator = (&'static str, fn() -> String);

/// Every block, one line each. The file is `rtl/<name>.v`, its top module `<name>`.
fn blocks() -> Vec<Generator> {
    use xnc_rtl::tans_decoder::{TansDecoderFaR6, TansDecoderR6, TansDecoderR8};
    use xnc_rtl::tans_lanes::{TansDecoderX4, TansDecoderX8};
    vec![
        ("tans_decoder", || emit::verilog("tans_decoder", &mut TansDecoderR6::new(), CMD)),
        ("tans_decoder_r8", || emit::verilog("tans_decoder_r8", &mut TansDecoderR8::new(), CMD)),
        ("tans_decoder_fa", || emit::verilog("tans_decoder_fa", &mut TansDecoderFaR6::new(), CMD)),
        ("tans_decoder_x4", || emit::verilog("tans_decoder_x4", &mut TansDecoderX4::new(), CMD)),
        ("tans_decoder_x8", || emit::verilog("tans_decoder_x8", &mut TansDecoderX8::new(), CMD)),
        ("xnc_compressor", || {
            emit::verilog("xnc_compressor", &mut xnc_rtl::xnc_compressor::XncCompressor::default(), CMD)
        }),
        ("xnc_decompressor", || {
            emit::verilog("xnc_decompressor", &mut xnc_rtl::xnc_decompressor::XncDecompressor::default(), CMD)
        }),
        ("xnc_packer", || emit::verilog("xnc_packer", &mut xnc_rtl::xnc_packer::XncPacker::default(), CMD)),
        ("xnc_unpacker", || emit::verilog("xnc_unpacker", &mut xnc_rtl::xnc_unpacker::XncUnpacker::default(), CMD)),
    ]
}

#[derive(Parser, Debug)]
#[command(about = "Generate rtl/<block>.v from the rust-hdl blocks of xnc-rtl")]
struct Args {
    /// Output directory (default: the workspace's rtl/).
    #[arg(long)]
    out: Option<PathBuf>,
    /// Write nothing; exit non-zero listing the files that differ from what would be written.
    #[arg(long)]
    check: bool,
    /// Only these blocks (default: all).
    names: Vec<String>,
}

fn main() -> Result<()> {
    let args = Args::parse();
    let out = args.out.unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../rtl"));
    let all = blocks();
    for n in &args.names {
        if !all.iter().any(|(name, _)| name == n) {
            bail!("unknown block {n:?}; known: {:?}", all.iter().map(|b| b.0).collect::<Vec<_>>());
        }
    }
    if !args.check {
        std::fs::create_dir_all(&out).with_context(|| format!("creating {}", out.display()))?;
    }
    let mut stale = Vec::new();
    for (name, gen) in all {
        if !args.names.is_empty() && !args.names.iter().any(|n| n == name) {
            continue;
        }
        let text = gen();
        let path = out.join(format!("{name}.v"));
        if args.check {
            match std::fs::read_to_string(&path) {
                Ok(old) if old == text => {}
                Ok(_) => stale.push(format!("{} (differs)", path.display())),
                Err(_) => stale.push(format!("{} (missing)", path.display())),
            }
        } else {
            std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
            println!("wrote {}", path.display());
        }
    }
    if !stale.is_empty() {
        eprintln!("stale generated Verilog (run `{CMD}`):");
        for s in &stale {
            eprintln!("  {s}");
        }
        std::process::exit(1);
    }
    Ok(())
}

//! `gen-verilog`: write `rtl/<name>.v` for every block of the manifest (`xnc_rtl::manifest::BLOCKS`).
//!
//! `gen-verilog` writes the files (default directory: the workspace's `rtl/`), `--out DIR` writes them
//! elsewhere, `--check` writes nothing and exits with status 1, listing every file that is missing
//! or differs from what would be written (the freshness test runs this).

use anyhow::{bail, Context, Result};
use clap::Parser;
use std::path::PathBuf;
use xnc_rtl::{emit, manifest};

/// The command written into every file's banner (independent of `--out`, so files are reproducible).
const CMD: &str = "cargo run --release --bin gen-verilog";

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
    let all = manifest::BLOCKS;
    for n in &args.names {
        if manifest::block(n).is_none() {
            bail!("unknown block {n:?}; known: {:?}", all.iter().map(|b| b.name).collect::<Vec<_>>());
        }
    }
    if !args.check {
        std::fs::create_dir_all(&out).with_context(|| format!("creating {}", out.display()))?;
    }
    let mut stale = Vec::new();
    for blk in all {
        let name = blk.name;
        if !args.names.is_empty() && !args.names.iter().any(|n| n == name) {
            continue;
        }
        let text = emit::block_verilog(blk, CMD);
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

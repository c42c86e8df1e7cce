//! `gen-verilog`: write `rtl/<name>.v` for every block of the manifest (`xnc_rtl::manifest::BLOCKS`).
//!
//! `gen-verilog` writes the files (default directory: the workspace's `rtl/`), `--out DIR` writes them
//! elsewhere, `--check` writes nothing and exits with status 1, listing every file that is missing
//! or differs from what would be written (the freshness test runs this).
//!
//! The same run writes (or checks) the block catalogue of `docs/INTEGRATION.md` (between its
//! markers) and `formal/`: the formal proofs of every block (see
//! `crates/xnc-cli/src/formal.rs`); `--mutants DIR` writes the deliberately broken blocks that
//! `scripts/formal.sh` shows the proofs reject.

use anyhow::{bail, Context, Result};
use clap::Parser;
use std::path::PathBuf;
use xnc_rtl::{emit, manifest};

#[path = "../formal.rs"]
mod formal;

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
    /// Write the mutants (broken copies of blocks, each with the proof that must fail) into DIR and exit.
    #[arg(long, value_name = "DIR")]
    mutants: Option<PathBuf>,
    /// Only these blocks (default: all; formal/ is written or checked only for all).
    names: Vec<String>,
}

fn main() -> Result<()> {
    let args = Args::parse();
    let workspace = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let in_workspace = args.out.is_none();
    let out = args.out.unwrap_or_else(|| workspace.join("rtl"));
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
    let mut texts = Vec::new();
    for blk in all {
        let name = blk.name;
        if !args.names.is_empty() && !args.names.iter().any(|n| n == name) {
            continue;
        }
        // the observation ports (`ifdef FORMAL`) the formal proofs read the block's state through:
        // the top module's signals, then its sub-modules'
        let mut observe = vec![(name.to_string(), formal::observed_signals(blk))];
        observe.extend(formal::observed_submodules(blk));
        let text =
            emit::with_formal_ports(&emit::block_verilog(blk, CMD), name, &observe).map_err(anyhow::Error::msg)?;
        texts.push((name, text));
    }
    if let Some(dir) = &args.mutants {
        let files = formal::mutant_files(&texts).map_err(anyhow::Error::msg)?;
        return write_all(dir, &files, false, &mut stale);
    }
    let mut files: Vec<(String, String)> = texts.iter().map(|(n, t)| (format!("{n}.v"), t.clone())).collect();
    write_all(&out, &files, args.check, &mut stale)?;
    if args.names.is_empty() {
        let formal_dir = out.join("../formal");
        files = formal::files(&texts).map_err(anyhow::Error::msg)?;
        write_all(&formal_dir, &files, args.check, &mut stale)?;
        // a proof file that the generator no longer writes is stale too (formal/requirements.txt is hand-written)
        if let Ok(dir) = std::fs::read_dir(&formal_dir) {
            for entry in dir.flatten() {
                let name = entry.file_name().to_string_lossy().to_string();
                let generated =
                    name.ends_with(".v") || name.ends_with(".sby") || name.ends_with(".ys") || name.ends_with(".md");
                if generated && !files.iter().any(|(n, _)| *n == name) {
                    if args.check {
                        stale.push(format!("{} (no longer generated)", entry.path().display()));
                    } else {
                        std::fs::remove_file(entry.path())?;
                        println!("removed {}", entry.path().display());
                    }
                }
            }
        }
    }
    if args.names.is_empty() && in_workspace {
        // docs/INTEGRATION.md: its block catalogue comes from the manifest too
        let doc_path = workspace.join("docs/INTEGRATION.md");
        let doc = std::fs::read_to_string(&doc_path).with_context(|| format!("reading {}", doc_path.display()))?;
        let fresh = emit::with_catalogue(&doc, &emit::integration_catalogue(all)).with_context(|| {
            format!("{}: no block catalogue markers ({})", doc_path.display(), emit::CATALOGUE_BEGIN)
        })?;
        let docs_dir = workspace.join("docs");
        write_all(&docs_dir, &[("INTEGRATION.md".to_string(), fresh)], args.check, &mut stale)?;
    }
    if !stale.is_empty() {
        eprintln!("stale generated files (run `{CMD}`):");
        for s in &stale {
            eprintln!("  {s}");
        }
        std::process::exit(1);
    }
    Ok(())
}

/// Write `files` (relative paths) under `dir`, or with `check` compare them, listing differences in `stale`.
fn write_all(dir: &std::path::Path, files: &[(String, String)], check: bool, stale: &mut Vec<String>) -> Result<()> {
    for (rel, text) in files {
        let path = dir.join(rel);
        if check {
            match std::fs::read_to_string(&path) {
                Ok(old) if old == *text => {}
                Ok(_) => stale.push(format!("{} (differs)", path.display())),
                Err(_) => stale.push(format!("{} (missing)", path.display())),
            }
        } else {
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
            }
            std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
            println!("wrote {}", path.display());
        }
    }
    Ok(())
}

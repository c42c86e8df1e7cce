//! `xnc sim` (the Rust cycle simulation of a hardware block on a tensor) and `xnc vectors` (the
//! golden beats of the same run, for the Verilator harnesses in `sim/` and the testbenches).

use std::ops::Range;
use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use clap::Args;
use xnc_codec::ans::Histogram;
use xnc_codec::tensor::{SafetensorsFile, TensorInfo};
use xnc_rtl::manifest::{self, Golden};
use xnc_sim::vectors::Stimulus;
use xnc_sim::SimOptions;

/// A hardware block of `rtl/`: one of the manifest's names (`xnc blocks`).
fn parse_design(s: &str) -> Result<&'static manifest::Block, String> {
    manifest::block(s).ok_or_else(|| {
        format!(
            "unknown block '{s}'; known: {}",
            manifest::BLOCKS.iter().map(|b| b.name).collect::<Vec<_>>().join(", ")
        )
    })
}

/// What to feed a block (shared by `sim` and `vectors`).
#[derive(Args)]
pub struct Source {
    /// The block (`xnc blocks` lists them).
    #[arg(long, value_parser = parse_design)]
    design: &'static manifest::Block,
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
    /// Stream a VCD trace to this file (never the input; a symbolic link or a special file only
    /// with --force).
    #[arg(long)]
    vcd: Option<PathBuf>,
    /// Allow a --vcd that is a symbolic link (the file it points to is written) or a special file.
    #[arg(long)]
    force: bool,
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
    let design = s.design.name;
    let source = format!(
        "{} tensor {} rows {}..{}",
        s.file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
        t.name,
        rows.start,
        rows.end
    );
    let values = xnc_sim::vectors::design_values(design, t.dtype, &words)?;
    let st = if matches!(s.design.golden, Golden::TansCtx { .. }) {
        let dtype = t.dtype.expect("checked by design_values");
        let mut stats = xnc_codec::ans::ColumnStats::new(dtype, t.row_len() as u64);
        stats.add(&f.words(t, 0..t.values()), 0);
        Stimulus::tans_ctx(design, &source, values, s.block_values, &stats)
    } else if matches!(s.design.golden, Golden::Tans { .. }) {
        let dtype = t.dtype.expect("checked by design_values");
        let mut h = Histogram::new(dtype);
        let all = f.words(t, 0..t.values());
        h.add(&all);
        Stimulus::tans(design, &source, values, t.row_len(), s.block_values, &h)
    } else {
        Stimulus::xnc(design, &source, values, s.block_chunks)
    };
    st.with_context(|| format!("{design} on '{}'", t.name))
}

/// `xnc sim`: exit status non-zero on any mismatch.
pub fn run_sim(a: &SimArgs) -> Result<()> {
    if let Some(v) = &a.vcd {
        // The trace is an output like those of compress/decompress: checked before anything is
        // written (it was created over the input safetensors file when given its path).
        xnc_codec::output::check_output(v, std::slice::from_ref(&a.source.file), a.force, false)?;
    }
    let st = stimulus(&a.source)?;
    let opts = SimOptions { stall_seed: a.stall_seed, vcd: a.vcd.clone(), reset_after: None };
    let r = st.simulate(&opts)?;
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
    let b = st.beats()?;
    b.write(&a.output, a.hex)?;
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

/// Arguments of `xnc blocks`.
#[derive(Args)]
pub struct BlocksArgs {
    /// Print the whole manifest (every port, width, latency, throughput, documentation) as JSON.
    #[arg(long)]
    json: bool,
    /// Print the C++ port adapter of this block for the Verilator harness (sim/harness.cpp).
    #[arg(long, value_name = "BLOCK", value_parser = parse_design)]
    harness_header: Option<&'static manifest::Block>,
}

/// `xnc blocks`: one name per line (scripts loop over it), or the manifest as JSON.
pub fn run_blocks(a: &BlocksArgs) -> Result<()> {
    if let Some(b) = a.harness_header {
        print!("{}", harness_header(b));
    } else if a.json {
        println!("{}", serde_json::to_string_pretty(manifest::BLOCKS)?);
    } else {
        for b in manifest::BLOCKS {
            println!("{}", b.name);
        }
    }
    Ok(())
}

/// The Verilator harness's port adapter for block `b` (C++), from the manifest: which input streams
/// there are, how a beat record of `xnc vectors` (layout: `xnc_rtl::manifest`) maps onto the
/// model's pins, and the table write port.
pub fn harness_header(b: &manifest::Block) -> String {
    use std::fmt::Write as _;
    let mut h = String::new();
    let _ = writeln!(
        h,
        "// Port adapter of {} for sim/harness.cpp. GENERATED by `xnc blocks --harness-header {}`",
        b.name, b.name
    );
    let _ = writeln!(h, "// from the block manifest (crates/xnc-rtl/src/manifest.rs); do not edit.");
    let _ = writeln!(h, "static const int NIN = {};", b.inputs.len());
    let names: Vec<String> = b.inputs.iter().map(|p| format!("\"{}\"", p.prefix)).collect();
    let _ = writeln!(h, "static const char* IN_NAMES[] = {{{}}};", names.join(", "));
    // Beat record fields in order: (signal, width, byte offset).
    let fields = |p: &manifest::StreamPort| {
        let mut f = vec![(format!("{}_tdata", p.prefix), p.tdata, 0)];
        let mut at = p.tdata_bytes();
        if p.tuser > 0 {
            f.push((format!("{}_tuser", p.prefix), p.tuser, at));
            at += p.tuser_bytes();
        }
        if p.tkeep > 0 {
            f.push((format!("{}_tkeep", p.prefix), p.tkeep, at));
            at += p.tkeep_bytes();
        }
        (f, at, p.tlast.then(|| format!("{}_tlast", p.prefix)))
    };
    let _ = writeln!(h, "static void poke_in(VTOP* t, int i, const uint8_t* b) {{\n    switch (i) {{");
    for (i, p) in b.inputs.iter().enumerate() {
        let _ = writeln!(h, "    case {i}:");
        let (f, last_at, last) = fields(p);
        for (name, w, at) in f {
            if w > 64 {
                let _ = writeln!(h, "        set_wide(t->{name}, b + {at}, {});", w.div_ceil(8));
            } else {
                let _ = writeln!(h, "        t->{name} = le(b + {at}, {});", w.div_ceil(8));
            }
        }
        if let Some(l) = last {
            let _ = writeln!(h, "        t->{l} = b[{last_at}] & 1;");
        }
        let _ = writeln!(h, "        break;");
    }
    let _ = writeln!(h, "    }}\n}}");
    let _ = writeln!(h, "static void set_valid(VTOP* t, int i, bool v) {{\n    switch (i) {{");
    for (i, p) in b.inputs.iter().enumerate() {
        let _ = writeln!(h, "    case {i}: t->{}_tvalid = v; break;", p.prefix);
    }
    let _ = writeln!(h, "    }}\n}}");
    let _ = writeln!(h, "static bool in_ready(VTOP* t, int i) {{\n    switch (i) {{");
    for (i, p) in b.inputs.iter().enumerate() {
        let _ = writeln!(h, "    case {i}: return t->{}_tready;", p.prefix);
    }
    let _ = writeln!(h, "    }}\n    return false;\n}}");
    let _ = writeln!(h, "static void got(VTOP* t, uint8_t* b) {{");
    let (f, last_at, last) = fields(&b.output);
    for (name, w, at) in f {
        if w > 64 {
            let _ = writeln!(h, "    get_wide(t->{name}, b + {at}, {});", w.div_ceil(8));
        } else {
            let _ = writeln!(h, "    put_le(b + {at}, t->{name}, {});", w.div_ceil(8));
        }
    }
    let _ = writeln!(h, "    b[{last_at}] = {};", last.map_or("0".to_string(), |l| format!("t->{l}")));
    let _ = writeln!(h, "}}");
    if let Some(t) = &b.table {
        let _ = writeln!(h, "#define HAS_TABLE 1\nstatic void table_write(VTOP* t, const uint8_t* w) {{");
        let _ = writeln!(h, "    t->tbl_we = w != nullptr;\n    if (!w) return;");
        for s in t.signals {
            let bytes = (s.shift + s.width).div_ceil(8);
            let _ = writeln!(
                h,
                "    t->{} = (le(w + {}, {bytes}) >> {}) & 0x{:x}ULL;",
                s.name,
                s.byte,
                s.shift,
                (1u64 << s.width) - 1
            );
        }
        let _ = writeln!(h, "}}");
    }
    h
}

//! `xnc stats`: every codec measured on every tensor by really coding it (nothing estimated).

use std::path::PathBuf;

use anyhow::Result;
use clap::{Args, ValueEnum};
use serde::Serialize;
use xnc_codec::ans::joint::ContextBounds;
use xnc_codec::checkpoint::Checkpoint;
use xnc_codec::container::{self, Codec, CodecChoice, CodecMeasurement, CompressOptions, CountingSink};
use xnc_codec::tensor::SafetensorsFile;

/// Arguments of `xnc stats`.
#[derive(Args)]
pub struct StatsArgs {
    /// A .safetensors file, a sharded checkpoint's model.safetensors.index.json, its folder, or
    /// several .safetensors files.
    #[arg(required = true, num_args = 1..)]
    files: Vec<PathBuf>,
    /// Which codecs to measure.
    #[arg(long, value_enum, default_value = "all")]
    codec: StatsCodec,
    /// Cast BF16 tensors to FP16 first (the XNC paper's experiment); reports how many values change.
    #[arg(long)]
    cast_f16: bool,
    /// tANS table log R for the ANS codecs (5..=10).
    #[arg(long, default_value_t = 6, value_parser = clap::value_parser!(u8).range(5..=10))]
    table_log: u8,
    /// Target values per block, as for `compress` (the figures are what `compress` would store).
    /// [default: 16384; 32768 for ans-ctx when the block stays within 65535 values]
    #[arg(long, value_parser = clap::value_parser!(u64).range(1..=container::MAX_BLOCK_VALUES))]
    block_values: Option<u64>,
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
    /// Parameters of the whole model: also report the whole-model size reduction when every other
    /// parameter is stored in 4 bits (the XNC paper's 9.91% figure).
    #[arg(long)]
    model_params: Option<u64>,
}

/// Codec selection of `xnc stats`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum StatsCodec {
    Xnc,
    Ans,
    AnsFa,
    AnsCtx,
    All,
}

/// One tensor's statistics.
#[derive(Serialize)]
struct TensorStats {
    name: String,
    dtype: String,
    shape: Vec<usize>,
    values: u64,
    original_bits: u64,
    cast_f16_changed: Option<u64>,
    codecs: Vec<CodecMeasurement>,
    /// Order-0 and context bounds (bits per value) of the values the codecs see.
    bounds: Option<ContextBounds>,
    model: Option<ModelReduction>,
}

/// Whole-model size reduction when all other parameters are 4-bit.
#[derive(Serialize)]
struct ModelReduction {
    model_params: u64,
    codec: Codec,
    baseline_bits: u64,
    compressed_bits: u64,
    reduction: f64,
}

pub fn run(args: &StatsArgs) -> Result<()> {
    let ck = Checkpoint::open(&args.files)?;
    let codecs: Vec<Codec> = match args.codec {
        StatsCodec::Xnc => vec![Codec::Xnc],
        StatsCodec::Ans => vec![Codec::Ans],
        StatsCodec::AnsFa => vec![Codec::AnsFa],
        StatsCodec::AnsCtx => vec![Codec::AnsCtx],
        StatsCodec::All => Codec::COMPRESSING.to_vec(),
    };
    let mut total = 0u64;
    for f in ck.safetensors() {
        let st = SafetensorsFile::open(&f.path)?;
        total += st.tensors.iter().filter(|t| t.dtype.is_some()).map(|t| t.values() as u64).sum::<u64>();
    }
    let pb = crate::progress_bar(total * codecs.len() as u64, "stats");
    let mut all = Vec::new();
    for f in ck.safetensors() {
        let st = SafetensorsFile::open(&f.path)?;
        ck.check_shard(f, &st)?;
        stats_of_file(args, &st, &codecs, &pb, &mut all)?;
    }
    pb.finish_and_clear();
    if args.json {
        println!("{}", serde_json::to_string_pretty(&all)?);
        return Ok(());
    }
    for ts in &all {
        print_tensor(ts);
    }
    Ok(())
}

fn stats_of_file(
    args: &StatsArgs,
    st: &SafetensorsFile,
    codecs: &[Codec],
    pb: &indicatif::ProgressBar,
    all: &mut Vec<TensorStats>,
) -> Result<()> {
    for t in &st.tensors {
        if t.dtype.is_none() || t.values() == 0 {
            if !args.json {
                println!(
                    "{}: dtype {} shape {:?}: not a non-empty F16/BF16 tensor, skipped",
                    t.name, t.dtype_name, t.shape
                );
            }
            continue;
        }
        let values = t.values() as u64;
        let mut ts = TensorStats {
            name: t.name.clone(),
            dtype: t.dtype_name.clone(),
            shape: t.shape.clone(),
            values,
            original_bits: values * 16,
            cast_f16_changed: None,
            codecs: Vec::new(),
            bounds: container::context_bounds(t, st.bytes(t), args.cast_f16),
            model: None,
        };
        for &c in codecs {
            let opts = CompressOptions {
                codec: CodecChoice::Fixed(c),
                table_log: args.table_log,
                cast_f16: args.cast_f16,
                block_values: args.block_values.map(|b| b as usize),
                lanes: container::DEFAULT_LANES,
            };
            let mut sink = CountingSink::default();
            let (_, summary, m) = container::compress_tensor(t, st.bytes(t), &opts, &mut sink, &|n| pb.inc(n))?;
            if args.cast_f16 && t.dtype == Some(xnc_codec::Dtype::BF16) {
                ts.cast_f16_changed = Some(summary.cast_changed);
            }
            if let Some(m) = m {
                ts.codecs.push(m);
            }
        }
        if let Some(n) = args.model_params {
            if let Some(best) = ts.codecs.iter().min_by_key(|m| m.container_bits) {
                let others = n.saturating_sub(values) * 4;
                let baseline = values * 16 + others;
                let compressed = best.container_bits.min(values * 16) + others;
                ts.model = Some(ModelReduction {
                    model_params: n,
                    codec: best.codec,
                    baseline_bits: baseline,
                    compressed_bits: compressed,
                    reduction: 1.0 - compressed as f64 / baseline as f64,
                });
            }
        }
        all.push(ts);
    }
    Ok(())
}

fn print_tensor(ts: &TensorStats) {
    println!("tensor {}  {} {:?}  {} values  {} bits", ts.name, ts.dtype, ts.shape, ts.values, ts.original_bits);
    if let Some(c) = ts.cast_f16_changed {
        println!("  --cast-f16: the BF16 -> FP16 cast changed {c} values; figures below are for the FP16 copy");
    }
    println!("  {:<7} {:>14} {:>14} {:>8}  details", "codec", "payload bits", "container bits", "ratio");
    for m in &ts.codecs {
        let payload_ratio = 16.0 * ts.values as f64 / m.payload_bits.max(1) as f64;
        let details = if let Some(x) = &m.xnc {
            format!(
                "reference accounting {:.4}x (33 x {} chunks + widths); n9/n12/n16 = {}/{}/{}; {} of {} chunks flagged",
                payload_ratio, x.chunks, x.n9, x.n12, x.n16, x.flagged_chunks, x.chunks
            )
        } else {
            let bound = m.order0_bound_bits.unwrap_or(0.0);
            format!(
                "payload {:.4}x; escapes {:.4}%; {} codes; order-0 bound {:.3} bits/value = {:.4}x",
                payload_ratio,
                100.0 * m.escape_rate.unwrap_or(0.0),
                m.codes.unwrap_or(0),
                bound,
                16.0 / bound.max(1e-9)
            )
        };
        // The very decision `compress` makes (padding and directory entries on both sides).
        let stored =
            if m.stored_raw { format!(" (compress --codec {} stores it raw)", m.codec.name()) } else { String::new() };
        println!(
            "  {:<7} {:>14} {:>14} {:>8.4}  {details}{stored}",
            m.codec.name(),
            m.payload_bits,
            m.container_bits,
            m.ratio
        );
    }
    if let Some(b) = &ts.bounds {
        println!(
            "  bounds (bits/value, ratio): order-0 {:.3} = {:.4}x; joint (sign, exponent, {} top mantissa bits), \
             adaptive {:.3} = {:.4}x; the same per column {:.3} = {:.4}x",
            b.order0_bits,
            16.0 / b.order0_bits,
            b.joint_depth - 1,
            b.joint_bits,
            16.0 / b.joint_bits,
            b.per_column_bits,
            16.0 / b.per_column_bits
        );
        for m in &ts.codecs {
            let bits = m.container_bits as f64 / ts.values.max(1) as f64;
            println!(
                "  {:<7} {bits:.3} bits/value: {:+.3} from order-0, {:+.3} from joint, {:+.3} from per-column",
                m.codec.name(),
                bits - b.order0_bits,
                bits - b.joint_bits,
                bits - b.per_column_bits
            );
        }
    }
    if let Some(r) = &ts.model {
        println!(
            "  whole model of {} parameters, all others 4-bit: {} -> {} bits with {}, size reduction {:.2}%",
            r.model_params,
            r.baseline_bits,
            r.compressed_bits,
            r.codec.name(),
            100.0 * r.reduction
        );
    }
}

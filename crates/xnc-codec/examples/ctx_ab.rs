//! `ans-ctx` decode against `ans-fa` at the same table log and lane count (issue 12: at least as
//! fast), the two alternated many times in one process, so that the load of a shared machine
//! falls on both alike: per tensor and table log, each codec's median MB/s and the median of the
//! per-round ratios (`ans-fa`'s CPU time over the variant's: above 1 is faster than `ans-fa`). On
//! the first whole rows up to 4M values of the real tables in `shared/data`, each codec with its
//! container defaults (block size, model, `decode_group_of` blocks per call, as `xnc decompress`
//! and the `ctx_vs_fa` bench decode them); thread CPU time; every decode checked to round-trip.
//!
//! `cargo run --release -p xnc-codec --example ctx_ab -- [ROUNDS]` (Linux only; default 15 rounds
//! of 3 decodes each). Environment: `ONLY=smollm2` (tensors whose label contains it), `RS=6,10`
//! (table logs, default 6, 8, 10), `LANES=1` (default the container's), `UNTAGGED=1` (also time
//! `ans-ctx` with the gather state pass writing table indices, `CtxDecoder::without_tagged_words`,
//! in the same rounds: the tagged words' gain), or `GATHERS=1` (instead, `ans-ctx` with the tagged
//! state pass gathering its entries where it looks them up in registers,
//! `CtxDecoder::without_registers`: the register lookup's gain at R = 5, 6), or `NARROW=1`
//! (instead, `ans-ctx` with the gather state pass reading 32-bit windows where it reads 64-bit
//! ones, `CtxDecoder::without_wide_windows`: the wide windows' gain), or `UNBUFFERED=1` (instead,
//! `ans-ctx` with the tagged gather state pass writing its outputs row by row,
//! `CtxDecoder::without_row_buffer`: the row buffer's gain), or `GENERAL=1` (instead,
//! `ans-ctx` with the AVX-512 tagged raw pass trying the whole-field form on BF16 chunks where
//! the model does not, and not where it does, `CtxDecoder::with_full_rows`), or `CLASSREGS=1`
//! (instead, `ans-ctx` with the register state pass keeping every class in the registers where
//! it loads each row's classes, and loading them where it keeps them all,
//! `CtxDecoder::with_class_registers`; only with the register state pass, two classes and two
//! lanes: elsewhere the row says so and times no variant), or `APART=1` (instead, `ans-ctx` with
//! the AVX-512 tagged raw pass decoding the two lanes of a block apart where it decodes them
//! interleaved, `CtxDecoder::with_paired_lanes`). `MAXCLASSES=8`: `ans-ctx` models of at most
//! that many classes (`joint::build_limited`; default the encoder's limit): the decode cost of
//! fewer classes (other bytes than the container's).
mod cpu_clock;
mod ctx_blocks;

use ctx_blocks::{encode_all, time, REPEAT};
use xnc_codec::ans::{AnsModel, ColumnStats, Histogram, LaneLayout, Profile};
use xnc_codec::container::{decode_group_of, default_block_values, Codec, DEFAULT_LANES};
use xnc_codec::tensor::SafetensorsFile;
use xnc_codec::testdata;

/// The median of `v`.
fn median<T: Copy + PartialOrd>(v: &[T]) -> T {
    let mut v = v.to_vec();
    v.sort_by(|a, b| a.partial_cmp(b).expect("comparable"));
    v[v.len() / 2]
}

fn main() {
    let rounds: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(15).max(1);
    let only = std::env::var("ONLY").unwrap_or_default();
    let rs: Vec<u8> = match std::env::var("RS") {
        Ok(s) => s.split(',').map(|x| x.parse().expect("RS: table logs, e.g. 6,10")).collect(),
        Err(_) => vec![6, 8, 10],
    };
    let lanes: usize =
        std::env::var("LANES").ok().map(|s| s.parse().expect("LANES: 1, 2, 4 or 8")).unwrap_or(DEFAULT_LANES);
    let dir = testdata::shared_dir("ctx_ab").expect("the real tables (shared/data)");
    for (label, file) in testdata::LABELS.iter().zip(testdata::TABLES) {
        if !label.contains(only.as_str()) {
            continue;
        }
        let st = SafetensorsFile::open(&dir.join(file)).expect("open");
        let t = &st.tensors[0];
        let (dtype, row_len) = (t.dtype.expect("dtype"), t.row_len() as u64);
        let all = st.words(t, 0..t.values());
        let n = (all.len() as u64).min(1 << 22) / row_len * row_len;
        let values = &all[..n as usize];
        let mut hist = Histogram::new(dtype);
        hist.add(values);
        let mut stats = ColumnStats::new(dtype, row_len);
        stats.add(values, 0);
        let layout = LaneLayout::new(lanes, 1 << 16).expect("layout");
        for &r in &rs {
            let fa = AnsModel::build(&hist, r, Profile::FormatAware).expect("ans-fa model");
            let fa_bv = default_block_values(Codec::AnsFa, row_len, n) as usize;
            let fa_blocks = encode_all(&fa.encoder().expect("encoder"), layout, values, fa_bv);
            let fa_dec = fa.decoder().expect("decoder");
            let ctx = match std::env::var("MAXCLASSES") {
                Ok(c) => xnc_codec::ans::joint::build_limited(&stats, r, c.parse().expect("MAXCLASSES: 1 to 16")),
                Err(_) => xnc_codec::ans::joint::build(&stats, r),
            }
            .expect("ans-ctx model")
            .model;
            let ctx_bv = default_block_values(Codec::AnsCtx, row_len, n) as usize;
            let ctx_blocks = encode_all(&ctx.encoder().expect("encoder"), layout, values, ctx_bv);
            let ctx_dec = ctx.decoder().expect("decoder");
            let gathers = std::env::var("GATHERS").is_ok_and(|v| v == "1");
            let narrow = std::env::var("NARROW").is_ok_and(|v| v == "1");
            let unbuffered = std::env::var("UNBUFFERED").is_ok_and(|v| v == "1");
            let general = std::env::var("GENERAL").is_ok_and(|v| v == "1");
            let classregs = std::env::var("CLASSREGS").is_ok_and(|v| v == "1");
            let apart = std::env::var("APART").is_ok_and(|v| v == "1");
            let untagged = gathers
                || apart
                || narrow
                || unbuffered
                || general
                || classregs
                || std::env::var("UNTAGGED").is_ok_and(|v| v == "1");
            let old_dec = if gathers {
                ctx_dec.clone().without_registers()
            } else if classregs {
                ctx_dec.clone().with_class_registers(!ctx_dec.class_registers())
            } else if apart {
                ctx_dec.clone().with_paired_lanes(false)
            } else if general {
                ctx_dec.clone().with_full_rows(!ctx_dec.full_rows())
            } else if narrow {
                ctx_dec.clone().without_wide_windows()
            } else if unbuffered {
                ctx_dec.clone().without_row_buffer()
            } else {
                ctx_dec.clone().without_tagged_words()
            };
            // `CLASSREGS=1` where the switch changes nothing (blocks of one lane, not two classes, no
            // register state pass at this R): the variant is `ans-ctx` itself, so say so, not time it.
            let same = classregs && (lanes != 2 || old_dec.class_registers() == ctx_dec.class_registers());
            if same {
                println!("{label} R={r} lanes={lanes}: CLASSREGS changes nothing here (it needs the register state pass, two classes and two lanes); not timed");
            }
            let untagged = untagged && !same;
            let mut old_ns = Vec::new();
            let (fa_group, ctx_group) = (decode_group_of(Codec::AnsFa, lanes), decode_group_of(Codec::AnsCtx, lanes));
            let mut buf = vec![0u16; values.len()];
            let (mut fa_ns, mut ctx_ns) = (Vec::new(), Vec::new());
            for _ in 0..rounds {
                fa_ns.push(time(&fa_blocks, fa_group, &mut buf, &|i, o| fa_dec.decode_many(i, o).expect("decode")));
                assert!(buf == values, "ans-fa round trip");
                buf.fill(0);
                ctx_ns
                    .push(time(&ctx_blocks, ctx_group, &mut buf, &|i, o| ctx_dec.decode_blocks(i, o).expect("decode")));
                assert!(buf == values, "ans-ctx round trip");
                buf.fill(0);
                if untagged {
                    old_ns.push(time(&ctx_blocks, ctx_group, &mut buf, &|i, o| {
                        old_dec.decode_blocks(i, o).expect("decode")
                    }));
                    assert!(buf == values, "ans-ctx (untagged) round trip");
                    buf.fill(0);
                }
            }
            let mb = |ns: u64| 2.0 * (REPEAT as u64 * n) as f64 * 1e3 / ns as f64;
            let ratios: Vec<f64> = fa_ns.iter().zip(&ctx_ns).map(|(&f, &c)| f as f64 / c as f64).collect();
            println!(
                "{label} R={r} lanes={lanes} ({} classes): ans-fa {:.0} MB/s, ans-ctx {:.0} MB/s, ans-ctx / ans-fa x{:.3} (median of {rounds} rounds, min {:.3}, max {:.3})",
                ctx.classes.len(),
                mb(median(&fa_ns)),
                mb(median(&ctx_ns)),
                median(&ratios),
                ratios.iter().copied().fold(f64::INFINITY, f64::min),
                ratios.iter().copied().fold(0.0, f64::max),
            );
            if untagged {
                let old: Vec<f64> = fa_ns.iter().zip(&old_ns).map(|(&f, &c)| f as f64 / c as f64).collect();
                let gain: Vec<f64> = old_ns.iter().zip(&ctx_ns).map(|(&o, &c)| o as f64 / c as f64).collect();
                let (what, this) = if gathers {
                    ("gathers", "registers")
                } else if classregs {
                    if ctx_dec.class_registers() {
                        ("row-loads", "all-classes")
                    } else {
                        ("all-classes", "row-loads")
                    }
                } else if apart {
                    ("apart", "paired")
                } else if general {
                    if ctx_dec.full_rows() {
                        ("general", "full-rows")
                    } else {
                        ("full-rows", "general")
                    }
                } else if narrow {
                    ("narrow", "wide")
                } else if unbuffered {
                    ("unbuffered", "buffered")
                } else {
                    ("untagged", "tagged")
                };
                println!(
                    "    {what} ans-ctx {:.0} MB/s, {what} / ans-fa x{:.3}; {this} / {what} x{:.3} (medians)",
                    mb(median(&old_ns)),
                    median(&old),
                    median(&gain),
                );
            }
        }
    }
}

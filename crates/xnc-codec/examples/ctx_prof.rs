//! `ans-ctx` or `ans-fa` decode alone, many times over, for `perf record` (the encode happens
//! once, before): the first whole rows up to 4M values of one real table of `shared/data`, each
//! codec with its container defaults, as `ctx_ab` decodes them; prints the MB/s of all passes
//! (thread CPU time) and checks the last decode.
//!
//! `cargo run --release -p xnc-codec --example ctx_prof -- [PASSES]` (Linux only; default 50
//! passes of 3 decodes each). Environment: `ONLY=minilm` (the first table whose label contains
//! it, default minilm), `R=10` (table log), `CODEC=ctx` or `fa`, `LANES=2` (default the
//! container's), `BV=32640` (values per block, default the container's), `FULL=0` or `1` (`ans-ctx`
//! with `CtxDecoder::with_full_rows`).
mod cpu_clock;
mod ctx_blocks;

use ctx_blocks::{encode_all, time, Blocks, DecodeGroup, REPEAT};
use xnc_codec::ans::{AnsModel, ColumnStats, Histogram, LaneLayout, Profile};
use xnc_codec::container::{decode_group_of, default_block_values, Codec, DEFAULT_LANES};
use xnc_codec::tensor::SafetensorsFile;
use xnc_codec::testdata;

fn main() {
    let reps: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(50);
    let only = std::env::var("ONLY").unwrap_or("minilm".into());
    let r: u8 = std::env::var("R").ok().map(|s| s.parse().unwrap()).unwrap_or(10);
    let codec = std::env::var("CODEC").unwrap_or("ctx".into());
    let lanes: usize = std::env::var("LANES").ok().map(|s| s.parse().unwrap()).unwrap_or(DEFAULT_LANES);
    let dir = testdata::shared_dir("ctx_prof").expect("data");
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
        let layout = LaneLayout::new(lanes, 1 << 16).expect("layout");
        let mut buf = vec![0u16; values.len()];
        let which = if codec == "fa" { Codec::AnsFa } else { Codec::AnsCtx };
        let bv = std::env::var("BV")
            .ok()
            .map(|s| s.parse().unwrap())
            .unwrap_or(default_block_values(which, row_len, n) as usize);
        eprintln!("{codec} block values {bv}");
        let group = decode_group_of(which, lanes);
        // The thread CPU time of `reps` timed samples of `decode`.
        let mut passes = |blocks: &Blocks, decode: &DecodeGroup| -> u64 {
            (0..reps).map(|_| time(blocks, group, &mut buf, decode)).sum()
        };
        let ns = if which == Codec::AnsFa {
            let mut hist = Histogram::new(dtype);
            hist.add(values);
            let fa = AnsModel::build(&hist, r, Profile::FormatAware).expect("ans-fa model");
            let blocks = encode_all(&fa.encoder().expect("encoder"), layout, values, bv);
            let dec = fa.decoder().expect("decoder");
            passes(&blocks, &|i, o| dec.decode_many(i, o).expect("decode"))
        } else {
            let mut stats = ColumnStats::new(dtype, row_len);
            stats.add(values, 0);
            let ctx = xnc_codec::ans::joint::build(&stats, r).expect("model").model;
            let blocks = encode_all(&ctx.encoder().expect("encoder"), layout, values, bv);
            let dec = ctx.decoder().expect("decoder");
            // `FULL=0` or `FULL=1`: the AVX-512 tagged raw pass's whole-field form off or on.
            let dec = match std::env::var("FULL").as_deref() {
                Ok("0") => dec.with_full_rows(false),
                Ok("1") => dec.with_full_rows(true),
                _ => dec,
            };
            passes(&blocks, &|i, o| dec.decode_blocks(i, o).expect("decode"))
        };
        assert!(buf == values);
        println!("{label} R={r} {codec} {:.0} MB/s", 2.0 * (REPEAT * reps) as f64 * n as f64 * 1e3 / ns as f64);
    }
}

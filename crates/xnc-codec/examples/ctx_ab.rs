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
//! (table logs, default 6, 8, 10), `LANES=1` (default the container's).
/// CPU time of the calling thread in nanoseconds (`CLOCK_THREAD_CPUTIME_ID`).
fn thread_ns() -> u64 {
    #[repr(C)]
    struct Timespec {
        sec: i64,
        nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
    }
    let mut ts = Timespec { sec: 0, nsec: 0 };
    // SAFETY: clock_gettime writes one timespec through a valid pointer.
    unsafe { clock_gettime(3, &mut ts) };
    ts.sec as u64 * 1_000_000_000 + ts.nsec as u64
}

use xnc_codec::ans::lanes::encode_block;
use xnc_codec::ans::{
    AnsModel, BlockIn, ColumnStats, CtxDecoder, Histogram, LaneEncoder, LaneLayout, LaneStreams, Profile,
};
use xnc_codec::container::{decode_group_of, default_block_values, Codec, DEFAULT_LANES};
use xnc_codec::tensor::SafetensorsFile;
use xnc_codec::testdata;

/// Decodes of the values per timed sample.
const REPEAT: usize = 3;

/// Encoded blocks: (values, bytes, lane streams, first value's index).
type Blocks = Vec<(usize, Vec<u8>, Vec<LaneStreams>, u64)>;

/// Every block decoded by `decode` in groups of `group` blocks, into `buf`.
fn decode_all(blocks: &Blocks, group: usize, buf: &mut [u16], decode: &dyn Fn(&[BlockIn], &mut [&mut [u16]])) {
    let mut done = 0;
    for g in blocks.chunks(group) {
        let ins: Vec<BlockIn> =
            g.iter().map(|(_, bytes, s, start)| BlockIn { bytes, lanes: s, start: *start }).collect();
        let mut rest = &mut buf[done..];
        let mut outs = Vec::new();
        for (m, ..) in g {
            let (o, r) = rest.split_at_mut(*m);
            outs.push(o);
            rest = r;
            done += m;
        }
        decode(&ins, &mut outs);
    }
}

/// One block encoded: its bytes and aux.
fn enc_of<E: LaneEncoder>(enc: &E, layout: LaneLayout, start: u64, b: &[u16]) -> (Vec<u8>, u32) {
    let (bytes, aux, _) = encode_block(enc, layout, start, b).expect("encode");
    (bytes, aux)
}

fn main() {
    let rounds: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(15);
    let dir = testdata::shared_dir("ctx_ab").expect("shared data");
    let lanes: usize = std::env::var("LANES").ok().and_then(|s| s.parse().ok()).unwrap_or(DEFAULT_LANES);
    let only = std::env::var("ONLY").unwrap_or_default();
    let rs: Vec<u8> = std::env::var("RS")
        .ok()
        .map(|s| s.split(',').map(|x| x.parse().expect("R")).collect())
        .unwrap_or(vec![6, 8, 10]);
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
        for &r in &rs {
            let model = xnc_codec::ans::joint::build(&stats, r).expect("model").model;
            let layout = LaneLayout::new(lanes, 1 << 16).expect("layout");
            let encode = |enc: &dyn Fn(&[u16], u64) -> (Vec<u8>, u32), bv: usize| -> Blocks {
                values
                    .chunks(bv)
                    .enumerate()
                    .map(|(i, b)| {
                        let start = (i * bv) as u64;
                        let (bytes, aux) = enc(b, start);
                        let s = layout.split(&bytes, aux).expect("split");
                        (b.len(), bytes, s, start)
                    })
                    .collect()
            };
            let ctx_enc = model.encoder().expect("encoder");
            let ctx_blocks = encode(
                &|b, st| enc_of(&ctx_enc, layout, st, b),
                default_block_values(Codec::AnsCtx, row_len, n) as usize,
            );
            let fa = AnsModel::build(&hist, r, Profile::FormatAware).expect("ans-fa model");
            let fa_enc = fa.encoder().expect("encoder");
            let fa_blocks = encode(
                &|b, st| enc_of(&fa_enc, layout, st, b),
                default_block_values(Codec::AnsFa, row_len, n) as usize,
            );
            let fa_dec = fa.decoder().expect("decoder");
            let (ctx_group, fa_group) = (decode_group_of(Codec::AnsCtx, lanes), decode_group_of(Codec::AnsFa, lanes));
            let base = model.decoder().expect("decoder");
            let cb = &ctx_blocks;
            let ctx = |d: CtxDecoder| -> Box<dyn Fn(&mut [u16]) + '_> {
                Box::new(move |buf: &mut [u16]| {
                    decode_all(cb, ctx_group, buf, &|i, o| d.decode_blocks(i, o).expect("decode"))
                })
            };
            let mut variants: Vec<(&str, Box<dyn Fn(&mut [u16]) + '_>)> = vec![(
                "ans-fa",
                Box::new(|buf: &mut [u16]| {
                    decode_all(&fa_blocks, fa_group, buf, &|i, o| fa_dec.decode_many(i, o).expect("decode"))
                }),
            )];
            variants.push(("ans-ctx", ctx(base.clone())));
            let mut buf = vec![0u16; values.len()];
            let mut times = vec![Vec::new(); variants.len()];
            for _ in 0..rounds {
                for (k, (_, d)) in variants.iter().enumerate() {
                    let t0 = thread_ns();
                    for _ in 0..REPEAT {
                        d(&mut buf);
                    }
                    times[k].push(thread_ns() - t0);
                    assert!(buf == values, "round trip");
                }
            }
            let mut line = format!("{label} R={r} lanes={lanes} classes={}:", model.classes.len());
            let mb = |ns: u64| 2.0 * (REPEAT as u64 * n) as f64 * 1e3 / ns as f64;
            let med = |v: &mut Vec<u64>| {
                v.sort();
                v[v.len() / 2]
            };
            let mut ratios: Vec<Vec<f64>> = vec![Vec::new(); variants.len()];
            for i in 0..rounds {
                for k in 0..variants.len() {
                    ratios[k].push(times[0][i] as f64 / times[k][i] as f64);
                }
            }
            for (k, (name, _)) in variants.iter().enumerate() {
                let m = med(&mut times[k].clone());
                ratios[k].sort_by(|a, b| a.total_cmp(b));
                line += &format!(" {name} {:.0} MB/s (x{:.3})", mb(m), ratios[k][rounds / 2]);
            }
            println!("{line}");
        }
    }
}

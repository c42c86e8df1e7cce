//! Context coding pairs (`ans-ctx`): losslessness on every 16-bit pattern of both formats, lanes
//! with a stride, round trips on the committed sample and (when `../shared/data` exists) on the
//! full tables, and rejection of corrupt models and streams without a panic.
//!
//! The full-table table (every tensor and table log against `ans-fa` and the bounds):
//! `cargo test -p xnc-codec --release --test ans_ctx -- --ignored --nocapture`.

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use xnc_codec::ans::joint::build;
use xnc_codec::ans::{AnsModel, ColumnStats, CtxModel, Histogram, JointCode, Profile};
use xnc_codec::tensor::SafetensorsFile;
use xnc_codec::Dtype;

const BLOCK: usize = 16384;

fn round_trip(model: &CtxModel, values: &[u16], start: u64, stride: u64) -> usize {
    let enc = model.encoder().unwrap();
    let dec = model.decoder().unwrap();
    let b = enc.encode_lane(values, start, stride).unwrap();
    let mut out = vec![0u16; values.len()];
    dec.decode_lane(&b.ans, &b.raw, start, stride, &mut out).unwrap();
    assert_eq!(out, values);
    // The portable loop (what a CPU without BMI2 runs) gives the same values.
    let mut out = vec![0u16; values.len()];
    dec.without_bmi2().decode_lane(&b.ans, &b.raw, start, stride, &mut out).unwrap();
    assert_eq!(out, values);
    b.byte_len()
}

fn stats_of(d: Dtype, values: &[u16], row_len: u64) -> ColumnStats {
    let mut s = ColumnStats::new(d, row_len);
    s.add(values, 0);
    s
}

/// Every pattern, coded with a model built from a skewed sample (so most patterns go through
/// joint codes of several depths, the exact zero codes or the escape), with several classes.
/// Skewed training data in rows of 64: a few exponents, signs biased by column, +0.0 frequent;
/// then every 16-bit pattern once.
fn skewed_train(d: Dtype) -> Vec<u16> {
    let mut train: Vec<u16> = Vec::new();
    for i in 0..200_000u32 {
        let col = i % 64;
        let x = i.wrapping_mul(2654435761);
        let e = (d.exp_bits() as u16 - 2) * 3 + (x >> 29) as u16 % 4;
        let sign = ((x >> 7) % 8 < if col < 32 { 6 } else { 2 }) as u16;
        let man = (x >> 11) as u16 & ((1 << d.man_bits()) - 1);
        let w = if x % 50 == 0 { 0 } else { d.assemble(e, (sign << d.man_bits()) | man) };
        train.push(w);
    }
    train.extend(0..=u16::MAX);
    train
}

#[test]
fn every_pattern_of_both_formats_is_lossless() {
    for d in [Dtype::BF16, Dtype::F16] {
        let all: Vec<u16> = (0..=u16::MAX).collect();
        let train = skewed_train(d);
        for r in [5u8, 8, 10] {
            let choice = build(&stats_of(d, &train, 64), r).unwrap();
            let m = &choice.model;
            if r == 10 {
                assert!(m.classes.iter().any(|c| c.codes.iter().any(|c| c.k > 0)), "{d:?} R={r}: no joint code");
            }
            assert_eq!(CtxModel::from_bytes(&m.to_bytes(), d).unwrap(), *m);
            round_trip(m, &all, 0, 1);
            round_trip(m, &all, 17, 3);
        }
    }
}

/// The decoder's paths (the default, the two-pass and the one-pass loops, each with BMI2 where the
/// CPU has it and portable, the two-pass one also with the scalar raw pass instead of the AVX-512
/// one, each with the packed or the whole-entry state chain) give the same
/// values and the same verdict on intact, bit-flipped and truncated blocks: every lane count,
/// several classes, escapes at many positions, blocks starting past column 0.
#[test]
fn every_decoder_path_agrees() {
    use rand::{Rng, SeedableRng};
    use xnc_codec::ans::lanes::{decode_block, encode_block, LANE_COUNTS};
    use xnc_codec::ans::LaneLayout;
    let mut rng = rand_pcg::Pcg64::seed_from_u64(12);
    // Models with joint codes and escapes (skewed data with every pattern) and with several
    // classes (the whisper-tiny sample); blocks cut from the model's data at several starts, one
    // across the every-pattern tail (escapes and rare codes).
    let mut cases = Vec::new();
    for d in [Dtype::BF16, Dtype::F16] {
        let train = skewed_train(d);
        for r in [5u8, 8, 10] {
            cases.push((build(&stats_of(d, &train, 64), r).unwrap().model, train.clone()));
        }
    }
    let st = SafetensorsFile::open(&sample_files()[2]).unwrap();
    let t = &st.tensors[0];
    let sample = st.words(t, 0..t.values());
    for r in [6u8, 10] {
        let m = build(&stats_of(t.dtype.unwrap(), &sample, t.row_len() as u64), r).unwrap().model;
        assert!(m.classes.len() > 1, "R={r}: the sample should give several classes");
        cases.push((m, sample.clone()));
    }
    assert!(cases.iter().any(|(m, _)| m.classes.iter().any(|c| c.codes.iter().any(|c| c.escape))), "no escape");
    for (m, data) in &cases {
        let (d, r) = (m.dtype, m.table_log);
        let enc = m.encoder().unwrap();
        let dec = m.decoder().unwrap();
        let mut paths = vec![dec.clone()];
        for compact in [false, true] {
            let c = dec.clone().with_compact_chain(compact);
            paths.extend([
                c.clone().two_pass_only(),
                c.clone().two_pass_only().without_simd(),
                c.clone().two_pass_only().without_bmi2(),
                c.clone().one_pass_only(),
                c.clone().one_pass_only().without_bmi2(),
            ]);
        }
        for lanes in LANE_COUNTS {
            let layout = LaneLayout::new(lanes, 1 << 17).unwrap();
            for (start, n) in [
                (0usize, 1usize),
                (0, 15),
                (17, 64),
                (0, 65),
                (5, 129),
                (0, 1000),
                (64, 20_000),
                (3, 65_536),
                (199_993, 65_536),
            ] {
                let Some(vals) = data.get(start..(start + n).min(data.len())) else { continue };
                let n = vals.len();
                let (bytes, aux, _) = encode_block(&enc, layout, start as u64, vals).unwrap();
                for p in &paths {
                    let mut out = vec![0u16; n];
                    decode_block(p, layout, &bytes, aux, start as u64, &mut out).unwrap();
                    assert!(out == vals, "{d:?} R={r} lanes={lanes} start={start} n={n}");
                }
                for _ in 0..4 {
                    let mut b = bytes.clone();
                    let i = rng.gen_range(0..b.len());
                    b[i] ^= 1 << rng.gen_range(0..8);
                    let cut = rng.gen_range(0..b.len());
                    for input in [&b[..], &bytes[..cut]] {
                        let verdicts: Vec<_> = paths
                            .iter()
                            .map(|p| {
                                let mut out = vec![0u16; n];
                                decode_block(p, layout, input, aux, start as u64, &mut out).map(|()| out)
                            })
                            .collect();
                        for w in verdicts.windows(2) {
                            assert_eq!(w[0].is_ok(), w[1].is_ok(), "{d:?} R={r} lanes={lanes} n={n}");
                            if let (Ok(a), Ok(b)) = (&w[0], &w[1]) {
                                assert!(a == b, "{d:?} R={r} lanes={lanes} n={n}");
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Hand-made models: codes at every depth 0..=1+M with every width, so the decoder's field
/// arithmetic is covered beyond what the selection produces.
#[test]
fn hand_made_codes_of_every_depth_are_lossless() {
    for d in [Dtype::BF16, Dtype::F16] {
        let f = 1 + d.man_bits() as u8;
        for k in 0..=f {
            let mut codes = vec![JointCode::escape(d)];
            for p in 0..(1u16 << k).min(8) {
                codes.push(JointCode { escape: false, exp: 1, k, prefix: p, nbits: f - k });
                if f - k > 1 {
                    codes.push(JointCode { escape: false, exp: 1, k, prefix: p, nbits: 1 });
                }
            }
            let n = codes.len();
            let spread: Vec<u8> = (0..64).map(|x| (x % n) as u8).collect();
            let class = xnc_codec::ans::ctx::CtxClass { codes, spread };
            let m = CtxModel { dtype: d, table_log: 6, row_len: 1, classes: vec![class], column_class: vec![] };
            m.validate().unwrap();
            let all: Vec<u16> = (0..=u16::MAX).collect();
            round_trip(&m, &all, 0, 1);
        }
    }
}

fn sample_files() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../testbench/data");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "safetensors"))
        .collect();
    v.sort();
    assert_eq!(v.len(), 3, "the committed sample has three files");
    v
}

/// Blocks of whole rows, as the container codes them.
fn code_tensor(d: Dtype, values: &[u16], row_len: u64, r: u8) -> (CtxModel, u64) {
    let mut stats = ColumnStats::new(d, row_len);
    let parts: Vec<ColumnStats> = values
        .par_chunks(BLOCK * row_len as usize)
        .enumerate()
        .map(|(i, c)| {
            let mut s = ColumnStats::new(d, row_len);
            s.add(c, (i * BLOCK) as u64 * row_len);
            s
        })
        .collect();
    for p in &parts {
        stats.merge(p);
    }
    let m = build(&stats, r).unwrap().model;
    let bv = (BLOCK as u64).div_ceil(row_len) * row_len;
    let bytes: usize =
        values.par_chunks(bv as usize).enumerate().map(|(i, c)| round_trip(&m, c, i as u64 * bv, 1)).sum();
    (m, bytes as u64)
}

/// The interleaved multi-lane decoder (`CtxDecoder::decode_lanes`, two lanes side by side) on the
/// committed sample with several classes: every lane count, blocks with a partial last row of lanes
/// and a start past column 0, equal to decoding the lanes one by one, with either state chain
/// (packed steps or whole entries); a flipped byte in any lane is an error, never a panic.
#[test]
fn interleaved_lanes_equal_lane_by_lane_decoding() {
    use xnc_codec::ans::lanes::{decode_block, encode_block, LaneDecoder, LaneLayout};
    // whisper-tiny (native FP16): its columns differ the most.
    let p = &sample_files()[2];
    let st = SafetensorsFile::open(p).unwrap();
    let t = &st.tensors[0];
    let (d, row_len) = (t.dtype.unwrap(), t.row_len() as u64);
    let v = st.words(t, 0..t.values());
    let m = build(&stats_of(d, &v, row_len), 6).unwrap().model;
    assert!(m.classes.len() > 1, "the sample should give several classes");
    let (enc, dec) = (m.encoder().unwrap(), m.decoder().unwrap());
    for lanes in [2, 4, 8] {
        let layout = LaneLayout::new(lanes, 1 << 16).unwrap();
        for (start, n) in
            [(0usize, 3 * row_len as usize), (row_len as usize, 1), (5, 7), (0, 4 * 8 * 3 + 5), (17, 1000)]
        {
            let vals = &v[start..start + n];
            let (bytes, aux, _) = encode_block(&enc, layout, start as u64, vals).unwrap();
            let mut out = vec![0u16; n];
            decode_block(&dec, layout, &bytes, aux, start as u64, &mut out).unwrap();
            assert_eq!(out, vals, "{lanes} lanes, start {start}, {n} values");
            let mut out = vec![0u16; n];
            decode_block(&dec.clone().without_bmi2(), layout, &bytes, aux, start as u64, &mut out).unwrap();
            assert_eq!(out, vals, "portable loop, {lanes} lanes, start {start}, {n} values");
            // Both state chains (packed steps, whole entries), with and without BMI2.
            for compact in [false, true] {
                for d2 in [dec.clone(), dec.clone().without_bmi2()] {
                    let mut out = vec![0u16; n];
                    decode_block(&d2.with_compact_chain(compact), layout, &bytes, aux, start as u64, &mut out).unwrap();
                    assert_eq!(out, vals, "packed chain {compact}, {lanes} lanes, start {start}, {n} values");
                }
            }
            // Lane by lane (the trait's default path): the same values.
            let s = layout.split(&bytes, aux).unwrap();
            let mut one = vec![0u16; n];
            for (l, ls) in s.iter().enumerate() {
                let k = n.saturating_sub(l).div_ceil(lanes);
                let mut buf = vec![0u16; k];
                LaneDecoder::decode_lane(
                    &dec,
                    &bytes[ls.ans.clone()],
                    &bytes[ls.raw.clone()],
                    k,
                    (start + l) as u64,
                    lanes as u64,
                    &mut buf,
                )
                .unwrap();
                for (o, x) in one.iter_mut().skip(l).step_by(lanes).zip(buf) {
                    *o = x;
                }
            }
            assert_eq!(one, vals);
            for i in 2 * lanes * layout.width()..bytes.len() {
                let mut bad = bytes.clone();
                bad[i] ^= 0x5a;
                let mut out = vec![0u16; n];
                // Either an error or (a flip the streams cannot see) different values; no panic.
                if decode_block(&dec, layout, &bad, aux, start as u64, &mut out).is_ok() {
                    assert_ne!(out, vals, "{lanes} lanes: byte {i} flipped, same values");
                }
            }
        }
    }
}

#[test]
fn committed_sample_round_trips_at_every_table_log() {
    for p in sample_files() {
        let st = SafetensorsFile::open(&p).unwrap();
        for t in &st.tensors {
            let d = t.dtype.unwrap();
            let v = st.words(t, 0..t.values());
            for r in 5..=10 {
                let (m, bytes) = code_tensor(d, &v, t.row_len() as u64, r);
                let ratio = 2.0 * v.len() as f64 / (bytes as f64 + m.byte_len() as f64);
                eprintln!("{} R={r}: {} classes, {:.4}x", p.display(), m.classes.len(), ratio);
            }
        }
    }
}

#[test]
fn corrupt_models_and_streams_are_rejected_without_panic() {
    // whisper-tiny (native FP16): its columns differ the most.
    let p = &sample_files()[2];
    let st = SafetensorsFile::open(p).unwrap();
    let t = &st.tensors[0];
    let d = t.dtype.unwrap();
    let v = st.words(t, 0..t.values().min(8 * t.row_len()));
    let m = build(&stats_of(d, &v, t.row_len() as u64), 6).unwrap().model;
    let bytes = m.to_bytes();
    // Every truncation and every single-byte change either fails validation with an error or
    // gives a model that still decodes without panicking.
    for cut in 0..bytes.len() {
        assert!(CtxModel::from_bytes(&bytes[..cut], d).is_err(), "truncated to {cut}");
    }
    let mut extra = bytes.clone();
    extra.push(0);
    let e = CtxModel::from_bytes(&extra, d).unwrap_err().to_string();
    assert!(e.contains("unexpected bytes"), "{e}");
    let block = m.encoder().unwrap().encode_lane(&v, 0, 1).unwrap();
    let mut out = vec![0u16; v.len()];
    for i in 0..bytes.len() {
        for flip in [1u8, 0x80, 0xff] {
            let mut b = bytes.clone();
            b[i] ^= flip;
            if let Ok(m2) = CtxModel::from_bytes(&b, d) {
                let _ = m2.decoder().unwrap().decode_lane(&block.ans, &block.raw, 0, 1, &mut out);
            }
        }
    }
    let dec = m.decoder().unwrap();
    let e = dec.decode_lane(&block.ans[..block.ans.len() - 1], &block.raw, 0, 1, &mut out).unwrap_err();
    assert!(e.to_string().contains("corrupt"), "{e}");
    let e = dec.decode_lane(&block.ans, &block.raw[..block.raw.len() - 1], 0, 1, &mut out).unwrap_err();
    assert!(e.to_string().contains("corrupt"), "{e}");
    let mut detected = 0;
    for i in 0..block.ans.len() {
        let mut a = block.ans.clone();
        a[i] ^= 0x10;
        if dec.decode_lane(&a, &block.raw, 0, 1, &mut out).is_err() {
            detected += 1;
        }
    }
    assert!(detected * 2 > block.ans.len(), "only {detected} of {} flips detected", block.ans.len());
}

fn data_dir() -> Option<PathBuf> {
    xnc_codec::testdata::shared_dir("the full-table ans-ctx checks")
}

/// Label, file and the ratio target of each full table.
const TABLES: [(&str, &str, f64); 3] = [
    (xnc_codec::testdata::LABELS[0], xnc_codec::testdata::TABLES[0], 1.515),
    (xnc_codec::testdata::LABELS[1], xnc_codec::testdata::TABLES[1], 1.55),
    (xnc_codec::testdata::LABELS[2], xnc_codec::testdata::TABLES[2], 1.22),
];

/// A full table's one tensor: dtype, row length and every value.
fn load(dir: &Path, file: &str) -> (Dtype, u64, Vec<u16>) {
    let st = SafetensorsFile::open(&dir.join(file)).unwrap();
    let t = &st.tensors[0];
    (t.dtype.unwrap(), t.row_len() as u64, st.words(t, 0..t.values()))
}

fn ans_fa_bytes(d: Dtype, v: &[u16], row_len: u64, r: u8) -> u64 {
    let mut h = Histogram::new(d);
    h.add(v);
    let m = AnsModel::build(&h, r, Profile::FormatAware).unwrap();
    let enc = m.encoder().unwrap();
    let bv = ((BLOCK as u64).div_ceil(row_len) * row_len) as usize;
    let b: u64 = v.par_chunks(bv).map(|c| enc.encode(c).unwrap().byte_len() as u64).sum();
    b + m.to_bytes().len() as u64
}

/// The full tables: round trip of every block at R = 10 and the targets.
#[test]
fn full_tables_round_trip_and_meet_the_targets() {
    let Some(dir) = data_dir() else { return };
    for (label, file, target) in TABLES {
        let (d, rl, v) = load(&dir, file);
        let (m, bytes) = code_tensor(d, &v, rl, 10);
        let ratio = 2.0 * v.len() as f64 / (bytes + m.byte_len() as u64) as f64;
        let fa = 2.0 * v.len() as f64 / ans_fa_bytes(d, &v, rl, 10) as f64;
        eprintln!("{label} R=10: ans-ctx {ratio:.4}x ({} classes), ans-fa {fa:.4}x", m.classes.len());
        assert!(ratio >= target, "{label}: {ratio:.4} < {target}");
    }
}

/// The targets container included, at the defaults `xnc compress --codec ans-ctx
/// --table-log 10` uses (2 lanes, the ans-ctx block size), and never below `ans-fa` there.
#[test]
fn full_tables_meet_the_targets_container_included() {
    use xnc_codec::container::{compress_file, Codec, CodecChoice, CompressOptions};
    let Some(dir) = data_dir() else { return };
    let tmp = tempfile::tempdir().unwrap();
    for (label, file, target) in TABLES {
        let ratio = |codec| {
            let o = CompressOptions { codec: CodecChoice::Fixed(codec), table_log: 10, ..CompressOptions::default() };
            let s = compress_file(&dir.join(file), &tmp.path().join("t.xnc"), &o, &|_| {}).unwrap();
            assert_eq!(s[0].codec, codec, "{label}");
            s[0].raw_bytes as f64 / s[0].container_bytes() as f64
        };
        let (ctx, fa) = (ratio(Codec::AnsCtx), ratio(Codec::AnsFa));
        eprintln!("{label}: ans-ctx {ctx:.4}x, ans-fa {fa:.4}x (container included)");
        assert!(ctx >= target && ctx > fa, "{label}: ans-ctx {ctx:.4}, target {target}, ans-fa {fa:.4}");
    }
}

/// Every table and table log: ans-fa, ans-ctx and the bounds (printed).
#[test]
#[ignore]
fn full_table_report() {
    let Some(dir) = data_dir() else { return };
    for (label, file, _) in TABLES {
        let (d, rl, v) = load(&dir, file);
        let s = stats_of(d, &v, rl);
        let mut h = Histogram::new(d);
        h.add(&v);
        let bounds: Vec<String> = (0..=3).map(|k| format!("{:.4}", 16.0 / s.adaptive_bound_bits(k, false))).collect();
        let colb: Vec<String> = (0..=3).map(|k| format!("{:.4}", 16.0 / s.adaptive_bound_bits(k, true))).collect();
        eprintln!(
            "{label}: order-0 {:.4}x, joint adaptive (depth 0..3) {}, per-column {}",
            16.0 / h.order0_bound_bits(),
            bounds.join("/"),
            colb.join("/")
        );
        for r in 5..=10 {
            let (m, bytes) = code_tensor(d, &v, rl, r);
            let ratio = 2.0 * v.len() as f64 / (bytes + m.byte_len() as u64) as f64;
            let fa = 2.0 * v.len() as f64 / ans_fa_bytes(d, &v, rl, r) as f64;
            let codes: usize = m.classes.iter().map(|c| c.codes.len()).sum();
            eprintln!("  R={r}: ans-fa {fa:.4}  ans-ctx {ratio:.4} ({} classes, {codes} codes)", m.classes.len());
        }
    }
}

/// Statistics with counters only for the tensor's exponents (what `compress` uses) give the very
/// model of full statistics, and the same context bounds.
#[test]
fn compact_column_statistics_give_the_same_model() {
    let mut several = false;
    for d in [Dtype::BF16, Dtype::F16] {
        // As in the test above: a few exponents, signs biased by column, +0.0 frequent.
        let values: Vec<u16> = (0..200_000u32)
            .map(|i| {
                let col = i % 64;
                let x = i.wrapping_mul(2654435761);
                let e = (d.exp_bits() as u16 - 2) * 3 + (x >> 29) as u16 % 4;
                let sign = ((x >> 7) % 8 < if col < 32 { 6 } else { 2 }) as u16;
                let man = (x >> 11) as u16 & ((1 << d.man_bits()) - 1);
                if x % 50 == 0 {
                    0
                } else {
                    d.assemble(e, (sign << d.man_bits()) | man)
                }
            })
            .collect();
        let mut h = Histogram::new(d);
        h.add(&values);
        let full = stats_of(d, &values, 64);
        let mut compact = ColumnStats::for_exponents(64, &h);
        compact.add(&values[..10_000], 0);
        let mut rest = ColumnStats::for_exponents(64, &h);
        rest.add(&values[10_000..], 10_000);
        compact.merge(&rest);
        assert_eq!(compact.values(), full.values());
        for r in [5u8, 8, 10] {
            let (a, b) = (build(&full, r).unwrap(), build(&compact, r).unwrap());
            assert_eq!(a.model, b.model, "{d:?} R={r}");
            several |= a.model.classes.len() > 1;
            assert_eq!(a.payload_bits, b.payload_bits);
        }
        for per_column in [false, true] {
            assert_eq!(full.adaptive_bound_bits(3, per_column), compact.adaptive_bound_bits(3, per_column));
        }
    }
    assert!(several, "always one class: the clustering was not exercised");
}

/// [`CtxDecoder::decode_blocks`] (several blocks' state chains side by side) gives the values and
/// verdicts of decoding each block alone, on every path: every lane count, groups of one to 33
/// blocks of unequal lengths (a short last block, blocks starting past column 0), one class and
/// several; a corrupt block fails the call, the block named, while its intact neighbours alone
/// still decode.
#[test]
fn several_blocks_decode_as_each_alone() {
    use rand::{Rng, SeedableRng};
    use xnc_codec::ans::lanes::{encode_block, LANE_COUNTS};
    use xnc_codec::ans::BlockIn;
    use xnc_codec::ans::LaneLayout;
    let mut rng = rand_pcg::Pcg64::seed_from_u64(13);
    let st = SafetensorsFile::open(&sample_files()[2]).unwrap();
    let t = &st.tensors[0];
    let sample = st.words(t, 0..t.values());
    let mut models = Vec::new();
    for r in [5u8, 6, 10] {
        models.push(build(&stats_of(t.dtype.unwrap(), &sample, t.row_len() as u64), r).unwrap().model);
    }
    let bf = skewed_train(Dtype::BF16);
    // Table logs 5 and 6: the register state pass where the CPU has AVX-512 F (one class and
    // several, one lane and two).
    for r in [5u8, 6, 10] {
        models.push(build(&stats_of(Dtype::BF16, &bf, 64), r).unwrap().model);
    }
    for r in [5u8, 6] {
        models.push(xnc_codec::ans::joint::build_limited(&stats_of(Dtype::BF16, &bf, 64), r, 1).unwrap().model);
    }
    // Two classes at R = 5 and 6 (models limited to two): the register state pass of two-lane
    // blocks keeps both in the registers (not with four at R = 5).
    let mut two = 0;
    for (r, c) in [(5u8, 2usize), (6, 2), (5, 4)] {
        for (d, v, row) in [(t.dtype.unwrap(), &sample, t.row_len() as u64), (Dtype::BF16, &bf, 64)] {
            let m = xnc_codec::ans::joint::build_limited(&stats_of(d, v, row), r, c).unwrap().model;
            if m.classes.len() == c {
                two += usize::from(c == 2);
                models.push(m);
            }
        }
    }
    assert!(two >= 2, "two-class models at R = 5 and 6: {two}");
    let one_class = xnc_codec::ans::joint::build_limited(&stats_of(Dtype::BF16, &bf, 64), 8, 1).unwrap().model;
    assert_eq!(one_class.classes.len(), 1);
    models.push(one_class);
    for m in &models {
        let data = if m.dtype == Dtype::F16 { &sample } else { &bf };
        let enc = m.encoder().unwrap();
        let dec = m.decoder().unwrap();
        let paths = [
            dec.clone(),
            dec.clone().without_bmi2(),
            dec.clone().without_simd(),
            dec.clone().with_compact_chain(true),
            dec.clone().with_compact_chain(false),
            dec.clone().without_gather(),
            dec.clone().without_tagged_words(),
            dec.clone().without_registers(),
            dec.clone().without_wide_windows(),
            dec.clone().without_registers().without_wide_windows(),
            // The tagged state passes writing row by row (the row buffer off): registers (R = 5,
            // 6 with AVX-512 F) and gathers, with 64-bit windows and 32-bit ones.
            dec.clone().without_row_buffer(),
            dec.clone().without_registers().without_row_buffer(),
            dec.clone().without_registers().without_wide_windows().without_row_buffer(),
            dec.clone().with_full_rows(true),
            dec.clone().with_full_rows(false),
            // The AVX-512 tagged raw pass decoding two lanes apart (not interleaved).
            dec.clone().with_paired_lanes(false),
            dec.clone().with_paired_lanes(false).with_full_rows(false),
            dec.clone().one_pass_only(),
            // The register state pass loading each row's classes, or keeping them all (where
            // they fit), with 64-bit windows and 32-bit ones, the row buffer on and off.
            dec.clone().with_class_registers(false),
            dec.clone().with_class_registers(false).without_wide_windows(),
            dec.clone().with_class_registers(true).without_wide_windows(),
            dec.clone().with_class_registers(true).without_row_buffer(),
            dec.clone().with_class_registers(true).without_wide_windows().without_row_buffer(),
        ];
        assert!(dec.row_buffer(), "{:?} R={}: the row buffer by default", m.dtype, m.table_log);
        if xnc_codec::cpu::has_avx512f() && m.table_log <= 6 && dec.tagged_words() {
            assert!(dec.register_pass(), "{:?} R={}: the register state pass", m.dtype, m.table_log);
            let two = m.classes.len() == 2;
            assert_eq!(dec.class_registers(), two, "{:?} R={}: both classes in the registers", m.dtype, m.table_log);
        }
        assert_eq!(
            dec.wide_windows(),
            xnc_codec::cpu::has_avx512_vbmi2(),
            "{:?} R={}: 64-bit windows",
            m.dtype,
            m.table_log
        );
        for lanes in LANE_COUNTS {
            let layout = LaneLayout::new(lanes, 1 << 17).unwrap();
            // Up to 33 blocks: the gather state pass takes groups of 8, 16 or 32 chains (eight
            // blocks of one lane and a ninth left over; 16 blocks of two lanes; 32 of one lane
            // and a 33rd).
            for (count, whole) in [1usize, 2, 3, 4, 5, 8, 9, 16, 33].into_iter().flat_map(|c| [(c, false), (c, true)]) {
                // Blocks one after another from a random start, the last one shorter; `whole`:
                // whole rows from a row start (as the container cuts them: the chains of several
                // blocks run side by side only when the blocks start at the same column).
                let row = m.row_len as usize;
                let mut s = rng.gen_range(0..data.len() / 2);
                if whole {
                    s -= s % row;
                }
                let mut blocks = Vec::new();
                for b in 0..count {
                    let n = match (whole, b + 1 == count) {
                        (false, true) => rng.gen_range(1..3000),
                        (false, false) => rng.gen_range(2000..5000),
                        (true, true) => rng.gen_range(1..4) * row,
                        (true, false) => rng.gen_range(4..8) * row,
                    };
                    let n = n.min(data.len() - s);
                    let (bytes, aux, _) = encode_block(&enc, layout, s as u64, &data[s..s + n]).unwrap();
                    let split = layout.split(&bytes, aux).unwrap();
                    blocks.push((s, n, bytes, split, aux));
                    s += n;
                }
                for p in &paths {
                    let ins: Vec<BlockIn> = blocks
                        .iter()
                        .map(|(s, _, bytes, split, _)| BlockIn { bytes, lanes: split, start: *s as u64 })
                        .collect();
                    let mut bufs: Vec<Vec<u16>> = blocks.iter().map(|b| vec![0u16; b.1]).collect();
                    let mut outs: Vec<&mut [u16]> = bufs.iter_mut().map(|b| &mut b[..]).collect();
                    p.decode_blocks(&ins, &mut outs).unwrap();
                    for ((s, n, ..), b) in blocks.iter().zip(&bufs) {
                        let what = format!("{:?} R={} lanes={lanes} count={count} whole={whole}", m.dtype, m.table_log);
                        assert!(b[..*n] == data[*s..s + n], "{what}");
                    }
                    // The same from the stored form (bytes, aux, start), through the path a
                    // container batch takes (`lanes::decode_blocks` -> `decode_lanes_many`).
                    let stored: Vec<(&[u8], u32, u64)> =
                        blocks.iter().map(|(s, _, bytes, _, aux)| (&bytes[..], *aux, *s as u64)).collect();
                    let mut bufs: Vec<Vec<u16>> = blocks.iter().map(|b| vec![0u16; b.1]).collect();
                    let mut outs: Vec<&mut [u16]> = bufs.iter_mut().map(|b| &mut b[..]).collect();
                    xnc_codec::ans::lanes::decode_blocks(p, layout, &stored, &mut outs).unwrap();
                    for ((s, n, ..), b) in blocks.iter().zip(&bufs) {
                        let what = format!("{:?} R={} lanes={lanes} count={count} whole={whole}", m.dtype, m.table_log);
                        assert!(b[..*n] == data[*s..s + n], "{what}");
                    }
                    // One block bit-flipped: the call fails naming it, or (a flip the checks cannot
                    // see) gives what that block alone gives.
                    let bad = rng.gen_range(0..count);
                    let mut flipped = blocks[bad].2.clone();
                    let i = rng.gen_range(0..flipped.len());
                    flipped[i] ^= 1 << rng.gen_range(0..8);
                    let mut ins = ins.clone();
                    ins[bad].bytes = &flipped;
                    let mut alone = vec![0u16; blocks[bad].1];
                    let verdict =
                        p.decode_lanes(&flipped, &blocks[bad].3, blocks[bad].1, blocks[bad].0 as u64, &mut alone);
                    let mut outs: Vec<&mut [u16]> = bufs.iter_mut().map(|b| &mut b[..]).collect();
                    match (p.decode_blocks(&ins, &mut outs), verdict) {
                        (Ok(()), Ok(())) => assert!(bufs[bad][..alone.len()] == alone[..]),
                        (Err(e), Err(_)) => assert!(e.to_string().contains(&format!("block {bad}")), "{e}"),
                        (a, b) => panic!("several blocks {a:?}, block alone {b:?}"),
                    }
                }
            }
        }
    }
}

/// The AVX-512 and AVX2 raw passes (where the CPU has them) give the values and verdicts of the
/// scalar one on every class count (1, 2, 4, 8, 16 allowed), table log, element type and lane
/// count, on intact, bit-flipped and truncated blocks (a damaged stream's chunks near its end go
/// to the scalar loop, so all read the same bits).
#[test]
fn simd_raw_pass_equals_scalar() {
    use rand::{Rng, SeedableRng};
    use xnc_codec::ans::joint::build_limited;
    use xnc_codec::ans::lanes::{decode_block, encode_block, LANE_COUNTS};
    use xnc_codec::ans::LaneLayout;
    let mut rng = rand_pcg::Pcg64::seed_from_u64(14);
    let avx512 = xnc_codec::cpu::has_avx512_vbmi();
    let avx2 = xnc_codec::cpu::has_avx2();
    let isa = if avx512 {
        "avx512"
    } else if avx2 {
        "avx2"
    } else {
        "scalar"
    };
    let mut classes_seen = std::collections::BTreeSet::new();
    for d in [Dtype::BF16, Dtype::F16] {
        // Rows of 64 columns in 16 groups of distinct exponents (so up to 16 classes pay), then
        // every pattern (escapes).
        let mut train: Vec<u16> = (0..300_000u32)
            .map(|i| {
                let x = i.wrapping_mul(2654435761);
                let e = 2 + (i % 16) as u16 + (x >> 30) as u16;
                d.assemble(e, (x >> 9) as u16 & ((2 << d.man_bits()) - 1))
            })
            .collect();
        train.extend(0..=u16::MAX);
        let stats = stats_of(d, &train, 64);
        for r in 5u8..=10 {
            for max_classes in [1, 2, 4, 8, 16] {
                let m = build_limited(&stats, r, max_classes).unwrap().model;
                classes_seen.insert(m.classes.len());
                let enc = m.encoder().unwrap();
                let dec = m.decoder().unwrap();
                assert_eq!(dec.raw_pass_isa(), isa);
                let scalar = dec.clone().without_simd();
                assert_eq!(scalar.raw_pass_isa(), "scalar");
                // On an AVX-512 CPU the AVX2 pass as well.
                let narrow = dec.clone().without_avx512();
                assert_eq!(narrow.raw_pass_isa(), if avx2 { "avx2" } else { "scalar" });
                for lanes in LANE_COUNTS {
                    let layout = LaneLayout::new(lanes, 1 << 17).unwrap();
                    for (start, n) in [(0usize, 40usize), (64, 5000), (train.len() - 70_000, 70_000)] {
                        let vals = &train[start..start + n];
                        let (bytes, aux, _) = encode_block(&enc, layout, start as u64, vals).unwrap();
                        let what = format!("{d:?} R={r} classes={} lanes={lanes} n={n}", m.classes.len());
                        let mut out = vec![0u16; n];
                        for d in [&dec, &narrow] {
                            decode_block(d, layout, &bytes, aux, start as u64, &mut out).unwrap();
                            assert!(out == vals, "{what}");
                        }
                        let mut b = bytes.clone();
                        let i = rng.gen_range(0..b.len());
                        b[i] ^= 1 << rng.gen_range(0..8);
                        let cut = rng.gen_range(0..b.len());
                        for input in [&b[..], &bytes[..cut]] {
                            let mut y = vec![0u16; n];
                            let vy = decode_block(&scalar, layout, input, aux, start as u64, &mut y);
                            for d in [&dec, &narrow] {
                                let mut x = vec![0u16; n];
                                let vx = decode_block(d, layout, input, aux, start as u64, &mut x);
                                assert_eq!(vx.is_ok(), vy.is_ok(), "{what}");
                                if vx.is_ok() {
                                    assert!(x == y, "{what}");
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    assert!(classes_seen.contains(&1) && classes_seen.contains(&16), "class counts {classes_seen:?}");
}

/// The gather state pass's tagged words (each value's fixed bits and raw-bit count, read by the
/// raw pass without a table) give the values and verdicts of its table indices, with the AVX-512
/// and AVX2 raw passes (where the CPU has them) and the scalar one: on the models the encoder builds (which all have tagged words), on
/// hand-made ones with codes of every depth that have them, and on intact, bit-flipped and
/// truncated groups of one- and two-lane blocks; a model with a code that has none (additional
/// bits above implied zeros) decodes by table indices.
#[test]
fn tagged_words_decode_as_table_indices() {
    use rand::{Rng, SeedableRng};
    use xnc_codec::ans::ctx::CtxClass;
    use xnc_codec::ans::lanes::encode_block;
    use xnc_codec::ans::{BlockIn, LaneLayout};
    let mut rng = rand_pcg::Pcg64::seed_from_u64(15);
    let mut models = Vec::new();
    let st = SafetensorsFile::open(&sample_files()[2]).unwrap();
    let t = &st.tensors[0];
    // Each table with every pattern (escapes), shuffled, every third value's exponent made 1..=4
    // (the hand-made models' codes).
    let mut mixed = |d: Dtype, v: Vec<u16>| {
        let mut v: Vec<u16> = v.into_iter().chain(0..=u16::MAX).collect();
        for i in (1..v.len()).rev() {
            v.swap(i, rng.gen_range(0..=i));
        }
        v.iter()
            .enumerate()
            .map(|(i, &w)| if i % 3 == 0 { d.assemble(1 + (w & 3), w) } else { w })
            .collect::<Vec<u16>>()
    };
    let f16 = mixed(Dtype::F16, st.words(t, 0..t.values()));
    let bf = mixed(Dtype::BF16, skewed_train(Dtype::BF16));
    for r in [6u8, 8, 10] {
        models.push(build(&stats_of(Dtype::F16, &f16, t.row_len() as u64), r).unwrap().model);
        models.push(build(&stats_of(Dtype::BF16, &bf, 64), r).unwrap().model);
    }
    for m in &models {
        assert!(m.decoder().unwrap().tagged_words(), "{:?} R={}", m.dtype, m.table_log);
    }
    for d in [Dtype::BF16, Dtype::F16] {
        let f = 1 + d.man_bits() as u8;
        let mut codes = vec![JointCode::escape(d)];
        for exp in [1u8, 2, 3] {
            for k in 0..=f - 4 {
                for p in 0..(1u16 << k).min(4) {
                    codes.push(JointCode { escape: false, exp, k, prefix: p, nbits: f - k });
                    codes.push(JointCode { escape: false, exp, k, prefix: p, nbits: 0 });
                }
            }
        }
        let n = codes.len();
        let spread: Vec<u8> = (0..1024).map(|x| (x % n) as u8).collect();
        let class = CtxClass { codes, spread };
        let m = CtxModel { dtype: d, table_log: 10, row_len: 1, classes: vec![class.clone()], column_class: vec![] };
        m.validate().unwrap();
        assert!(m.decoder().unwrap().tagged_words());
        // A code whose additional bits sit above implied zeros: no tagged words.
        let mut odd = class;
        odd.codes.push(JointCode { escape: false, exp: 4, k: 1, prefix: 1, nbits: 2 });
        odd.spread[0] = (odd.codes.len() - 1) as u8;
        let o = CtxModel { dtype: d, table_log: 10, row_len: 1, classes: vec![odd], column_class: vec![] };
        o.validate().unwrap();
        assert!(!o.decoder().unwrap().tagged_words());
        models.push(m);
        models.push(o);
    }
    for m in &models {
        let data: &[u16] = if m.dtype == Dtype::F16 { &f16 } else { &bf };
        let enc = m.encoder().unwrap();
        let dec = m.decoder().unwrap();
        let paths = [
            dec.clone(),
            dec.clone().without_avx512(),
            dec.clone().without_simd(),
            dec.clone().without_tagged_words(),
            dec.clone().without_registers(),
            dec.clone().without_wide_windows(),
            dec.clone().without_registers().without_wide_windows(),
            dec.clone().with_full_rows(true),
            dec.clone().with_full_rows(false),
            dec.clone().with_paired_lanes(false),
            dec.clone().with_paired_lanes(false).with_full_rows(true),
        ];
        for (lanes, count) in [(1usize, 8usize), (1, 32), (2, 16), (2, 4)] {
            let layout = LaneLayout::new(lanes, 1 << 17).unwrap();
            let row = m.row_len as usize;
            let mut blocks = Vec::new();
            let mut s = 0;
            for b in 0..count {
                let len = if b + 1 == count { 1000 + rng.gen_range(0..64) } else { 1000 + 16 * rng.gen_range(0..64) };
                let len = len / row * row;
                let (bytes, aux, _) = encode_block(&enc, layout, s as u64, &data[s..s + len]).unwrap();
                let split = layout.split(&bytes, aux).unwrap();
                blocks.push((s, len, bytes, split));
                s += len;
            }
            let what = format!("{:?} R={} lanes={lanes} count={count}", m.dtype, m.table_log);
            let bad = rng.gen_range(0..count);
            let mut flipped = blocks[bad].2.clone();
            let i = rng.gen_range(0..flipped.len());
            flipped[i] ^= 1 << rng.gen_range(0..8);
            let cut = rng.gen_range(0..flipped.len());
            let mut verdicts = Vec::new();
            for p in &paths {
                let mut got = Vec::new();
                for damage in [None, Some(&flipped[..]), Some(&blocks[bad].2[..cut])] {
                    let ins: Vec<BlockIn> = blocks
                        .iter()
                        .enumerate()
                        .map(|(b, (s, _, bytes, split))| BlockIn {
                            bytes: if b == bad { damage.unwrap_or(bytes) } else { bytes },
                            lanes: split,
                            start: *s as u64,
                        })
                        .collect();
                    let mut bufs: Vec<Vec<u16>> = blocks.iter().map(|b| vec![0u16; b.1]).collect();
                    let mut outs: Vec<&mut [u16]> = bufs.iter_mut().map(|b| &mut b[..]).collect();
                    let v = p.decode_blocks(&ins, &mut outs).is_ok();
                    if damage.is_none() {
                        assert!(v, "{what}");
                        for ((s, n, ..), b) in blocks.iter().zip(&bufs) {
                            assert!(b[..] == data[*s..s + n], "{what}");
                        }
                    }
                    got.push((v, if v { bufs } else { Vec::new() }));
                }
                verdicts.push(got);
            }
            assert!(verdicts.iter().all(|v| *v == verdicts[0]), "{what}");
        }
    }
}

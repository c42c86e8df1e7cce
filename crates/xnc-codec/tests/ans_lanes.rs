//! Multi-lane ANS blocks (FORMAT.md 3.4): every lane count on every pattern and on short blocks,
//! the interleaved encoder and decoder against one-lane coding of each lane, and corruption of a
//! lane detected.

use rand::{Rng, SeedableRng};
use rand_pcg::Pcg64;
use xnc_codec::ans::lanes::{decode_block, encode_block, LANE_COUNTS};
use xnc_codec::ans::{AnsModel, Histogram, LaneLayout, Profile};
use xnc_codec::cpu::{has_avx2, has_avx512_vbmi, has_avx512_vbmi2, has_avx512f};
use xnc_codec::Dtype;

fn values(d: Dtype, n: usize, seed: u64) -> Vec<u16> {
    // Weight-like: a few frequent exponents, random sign and mantissa, some rare patterns.
    let mut rng = Pcg64::seed_from_u64(seed);
    let m = d.man_bits();
    (0..n)
        .map(|_| {
            if rng.gen_range(0..100) == 0 {
                rng.gen()
            } else {
                let e: u16 = match d {
                    Dtype::BF16 => 118 + rng.gen_range(0..8),
                    Dtype::F16 => 10 + rng.gen_range(0..5),
                };
                (rng.gen::<u16>() & 0x8000) | (e << m) | (rng.gen::<u16>() & ((1 << m) - 1))
            }
        })
        .collect()
}

/// Every 16-bit pattern, `n` weight-like values (seed `seed`) and the histogram of both, so that
/// every pattern has a code.
fn every_pattern_and(d: Dtype, n: usize, seed: u64) -> (Vec<u16>, Vec<u16>, Histogram) {
    let all: Vec<u16> = (0..=u16::MAX).collect();
    let sample = values(d, n, seed);
    let mut h = Histogram::new(d);
    h.add(&all);
    h.add(&sample);
    (all, sample, h)
}

#[test]
fn every_lane_count_round_trips_and_each_lane_is_a_one_lane_stream() {
    for d in [Dtype::BF16, Dtype::F16] {
        let (all, sample, h) = every_pattern_and(d, 40_000, 1);
        for r in [5u8, 6, 10] {
            for p in [Profile::Plain, Profile::FormatAware] {
                let model = AnsModel::build(&h, r, p).unwrap();
                let (enc, dec) = (model.encoder().unwrap(), model.decoder().unwrap());
                for lanes in LANE_COUNTS {
                    let layout = LaneLayout::new(lanes, 1 << 17).unwrap();
                    for n in [0usize, 1, 2, 3, 5, 7, 8, 9, 31, 1000, 65536] {
                        let v: Vec<u16> = if n == 65536 { all.clone() } else { sample[..n].to_vec() };
                        let (bytes, aux, _) = encode_block(&enc, layout, 0, &v).unwrap();
                        let mut out = vec![0xdead; n + 2];
                        decode_block(&dec, layout, &bytes, aux, 0, &mut out[..n]).unwrap();
                        assert!(out[..n] == v[..], "{d:?} R={r} {p:?} lanes={lanes} n={n}");
                        assert_eq!(out[n..], [0xdead; 2]);
                        // Each lane alone: the one-lane encoder's streams, decodable by the
                        // one-lane decoder (what a hardware lane is).
                        let streams = layout.split(&bytes, aux).unwrap();
                        for (l, s) in streams.iter().enumerate() {
                            let lane: Vec<u16> = v.iter().skip(l).step_by(lanes).copied().collect();
                            let one = enc.encode(&lane).unwrap();
                            assert_eq!(&bytes[s.ans.clone()], &one.ans[..]);
                            assert_eq!(&bytes[s.raw.clone()], &one.raw[..]);
                            let mut back = vec![0u16; lane.len()];
                            dec.decode(&bytes[s.ans.clone()], &bytes[s.raw.clone()], lane.len(), &mut back).unwrap();
                            assert_eq!(back, lane);
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn corrupt_lanes_are_detected_not_panicking() {
    let d = Dtype::BF16;
    let v = values(d, 5000, 2);
    let mut h = Histogram::new(d);
    h.add(&v);
    let model = AnsModel::build(&h, 6, Profile::FormatAware).unwrap();
    let (enc, dec) = (model.encoder().unwrap(), model.decoder().unwrap());
    let mut rng = Pcg64::seed_from_u64(3);
    for lanes in LANE_COUNTS {
        let layout = LaneLayout::new(lanes, 1 << 15).unwrap();
        let (bytes, aux, _) = encode_block(&enc, layout, 0, &v).unwrap();
        let mut out = vec![0u16; v.len()];
        let mut detected = 0;
        for _ in 0..300 {
            let mut b = bytes.clone();
            let i = rng.gen_range(0..b.len());
            b[i] ^= 1 << rng.gen_range(0..8);
            if decode_block(&dec, layout, &b, aux, 0, &mut out).is_err() || out != v {
                detected += 1;
            }
            // Truncations and extensions never panic and are always reported.
            let cut = rng.gen_range(0..b.len());
            assert!(decode_block(&dec, layout, &bytes[..cut], aux, 0, &mut out).is_err());
        }
        // A flipped bit always changes the output or is reported (the streams hold no slack).
        assert_eq!(detected, 300, "lanes={lanes}");
    }
}

/// The decoder's paths (the default choice, the two-pass decoder with BMI2 and SSE2 where the
/// CPU has them, its portable form, and the one-pass loop) give the same values and the same verdict on intact,
/// bit-flipped and truncated blocks, for every lane count, with escapes at many positions.
#[test]
fn every_decoder_path_agrees() {
    let mut rng = Pcg64::seed_from_u64(4);
    for d in [Dtype::BF16, Dtype::F16] {
        let (all, sample, h) = every_pattern_and(d, 20_000, 5);
        for r in [5u8, 6, 7, 8, 9, 10] {
            for p in [Profile::Plain, Profile::FormatAware] {
                let model = AnsModel::build(&h, r, p).unwrap();
                let enc = model.encoder().unwrap();
                let fast = model.decoder().unwrap();
                let paths = [
                    fast.clone(),
                    fast.clone().two_pass_only(),
                    fast.clone().two_pass_only().portable(),
                    fast.clone().one_pass_only(),
                ];
                for lanes in LANE_COUNTS {
                    let layout = LaneLayout::new(lanes, 1 << 17).unwrap();
                    for n in [1usize, 15, 16, 17, 63, 64, 65, 129, 1000, 20_000, 65536] {
                        let v: Vec<u16> = if n == 65536 { all.clone() } else { sample[..n].to_vec() };
                        let (bytes, aux, _) = encode_block(&enc, layout, 0, &v).unwrap();
                        for dec in &paths {
                            let mut out = vec![0u16; n];
                            decode_block(dec, layout, &bytes, aux, 0, &mut out).unwrap();
                            assert!(out == v, "{d:?} R={r} {p:?} lanes={lanes} n={n}");
                        }
                        for _ in 0..4 {
                            let mut b = bytes.clone();
                            let i = rng.gen_range(0..b.len());
                            b[i] ^= 1 << rng.gen_range(0..8);
                            let cut = rng.gen_range(0..b.len());
                            for input in [&b[..], &bytes[..cut]] {
                                let verdicts: Vec<_> = paths
                                    .iter()
                                    .map(|dec| {
                                        let mut out = vec![0u16; n];
                                        decode_block(dec, layout, input, aux, 0, &mut out).map(|()| out)
                                    })
                                    .collect();
                                for w in verdicts.windows(2) {
                                    assert_eq!(w[0].is_ok(), w[1].is_ok(), "{d:?} R={r} {p:?} lanes={lanes} n={n}");
                                    if let (Ok(a), Ok(b)) = (&w[0], &w[1]) {
                                        assert!(a == b);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The profiling hook `Decoder::state_pass` (the two-pass decoder's first pass alone) accepts every
/// intact block and puts each value's exponent in place: the exponent field of its word is the
/// value's, or zero (an escape, whose exponent is in the raw stream); a truncated block is
/// reported, never a panic.
#[test]
fn state_pass_alone_gives_the_exponents() {
    let mut rng = Pcg64::seed_from_u64(6);
    for d in [Dtype::BF16, Dtype::F16] {
        let v = values(d, 20_000, 7);
        let mut h = Histogram::new(d);
        h.add(&v);
        let exp = ((1u16 << d.exp_bits()) - 1) << d.man_bits();
        for r in [6u8, 10] {
            let model = AnsModel::build(&h, r, Profile::FormatAware).unwrap();
            let (enc, dec) = (model.encoder().unwrap(), model.decoder().unwrap());
            for lanes in LANE_COUNTS {
                let layout = LaneLayout::new(lanes, 1 << 17).unwrap();
                let (bytes, aux, _) = encode_block(&enc, layout, 0, &v).unwrap();
                let streams = layout.split(&bytes, aux).unwrap();
                let mut out = vec![0u16; v.len()];
                dec.state_pass(&bytes, &streams, v.len(), &mut out).unwrap();
                let placed = out.iter().zip(&v).filter(|&(w, x)| w & exp == x & exp).count();
                assert!(
                    out.iter().zip(&v).all(|(w, x)| w & exp == 0 || w & exp == x & exp),
                    "{d:?} R={r} lanes={lanes}"
                );
                assert!(placed * 100 >= v.len() * 98, "{d:?} R={r} lanes={lanes}: {placed} of {}", v.len());
                let cut = rng.gen_range(0..streams[0].ans.end);
                let short = layout.split(&bytes[..cut], aux).unwrap_or_else(|_| streams.clone());
                assert!(dec.state_pass(&bytes[..cut], &short, v.len(), &mut out).is_err());
            }
        }
    }
}

/// Several blocks decoded together (`lanes::decode_blocks`, the container's path: state chains of
/// two to eight blocks side by side) give each block's values exactly as decoding it alone, for
/// every lane count, chain count and decoder path, with blocks of the same length grouped and a
/// shorter last block; a bit flip or truncation in one block is reported with the index of a
/// block whose lone decode fails too, never a panic.
#[test]
fn several_blocks_decoded_together_match_one_by_one() {
    use xnc_codec::ans::lanes::decode_blocks;
    let mut rng = Pcg64::seed_from_u64(8);
    for d in [Dtype::BF16, Dtype::F16] {
        let (_, sample, h) = every_pattern_and(d, 60_000, 9);
        for r in [6u8, 8, 10] {
            let model = AnsModel::build(&h, r, Profile::FormatAware).unwrap();
            let enc = model.encoder().unwrap();
            let base = model.decoder().unwrap();
            for lanes in LANE_COUNTS {
                let layout = LaneLayout::new(lanes, 1 << 17).unwrap();
                for (bv, count) in [(4096usize, 9usize), (1001, 5), (3, 7), (7000, 2)] {
                    let v = &sample[..(bv * count - bv / 3).min(sample.len())];
                    let coded: Vec<(Vec<u8>, u32, u64)> = v
                        .chunks(bv)
                        .enumerate()
                        .map(|(i, b)| {
                            let (bytes, aux, _) = encode_block(&enc, layout, (i * bv) as u64, b).unwrap();
                            (bytes, aux, (i * bv) as u64)
                        })
                        .collect();
                    for chains in [1, 2, 4, 8, 16, 32] {
                        for dec in [
                            base.clone().with_chains(chains),
                            base.clone().without_gather().with_chains(chains),
                            base.clone().with_chains(chains).two_pass_only().portable(),
                            base.clone().with_chains(chains).one_pass_only(),
                        ] {
                            let what = format!("{d:?} R={r} lanes={lanes} bv={bv} chains={chains}");
                            let decode = |blocks: &[(&[u8], u32, u64)]| {
                                let mut out = vec![0u16; v.len()];
                                let mut outs: Vec<&mut [u16]> = out.chunks_mut(bv).collect();
                                decode_blocks(&dec, layout, blocks, &mut outs).map(|()| out)
                            };
                            let intact: Vec<(&[u8], u32, u64)> =
                                coded.iter().map(|(b, a, s)| (&b[..], *a, *s)).collect();
                            assert!(decode(&intact).unwrap() == v, "{what}");
                            // One block damaged (bit flip or truncation).
                            let k = rng.gen_range(0..coded.len());
                            let mut bad = coded[k].0.clone();
                            if rng.gen_bool(0.5) {
                                let i = rng.gen_range(0..bad.len());
                                bad[i] ^= 1 << rng.gen_range(0..8);
                            } else {
                                bad.truncate(rng.gen_range(0..bad.len()));
                            }
                            let mut blocks = intact.clone();
                            blocks[k].0 = &bad;
                            let mut alone = vec![0u16; v.chunks(bv).nth(k).unwrap().len()];
                            let lone = decode_block(&dec, layout, &bad, coded[k].1, coded[k].2, &mut alone);
                            match decode(&blocks) {
                                Err((i, _)) => assert!(i == k && lone.is_err(), "{what}: block {i} of {k}"),
                                Ok(out) => {
                                    assert!(lone.is_ok(), "{what}");
                                    assert!(out.chunks(bv).nth(k).unwrap() == &alone[..], "{what}");
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The gather state pass (AVX2, 8 to 32 chains from several blocks; where the CPU lacks AVX2 the
/// same decoder runs the scalar chains and the test still compares two paths) against the scalar
/// chains block by block, on random weight-like data and on the real tables (first 64K values of
/// each, when present): every lane count, both element types, `ans` and `ans-fa`, several table
/// logs; intact blocks decode identically, and after bit flips or a truncation in any blocks both
/// give the same result, the same values or the same error (block index and message), never a
/// panic.
#[test]
fn gather_state_pass_matches_the_scalar_chains() {
    use xnc_codec::ans::lanes::decode_blocks;
    let mut rng = Pcg64::seed_from_u64(12);
    let mut sets: Vec<(Dtype, Vec<u16>)> =
        [Dtype::BF16, Dtype::F16].iter().map(|&d| (d, values(d, 70_000, 13))).collect();
    // Synthetic BF16 values of eight exponents and nothing rare: at most 16 distinct state-pass
    // words at R = 7 and 8 (the weight-like values above have more), so that the word-table pass
    // (`gather::state_chains_words`) runs, and is checked against the gathered table, without
    // ../shared.
    const FEW_WORDS: usize = 2;
    let mut few = Pcg64::seed_from_u64(14);
    sets.push((
        Dtype::BF16,
        (0..70_000)
            .map(|_| (few.gen::<u16>() & 0x8000) | ((118 + few.gen_range(0..8)) << 7) | (few.gen::<u16>() & 0x7f))
            .collect(),
    ));
    if let Some(dir) = xnc_codec::testdata::shared_dir("the gather test's real-data part") {
        for (name, d) in [
            ("minilm-l6-v2.word_embeddings.bf16.safetensors", Dtype::BF16),
            ("whisper-tiny-en.decoder.embed_tokens.f16.safetensors", Dtype::F16),
        ] {
            let b = std::fs::read(dir.join(name)).unwrap();
            let n = u64::from_le_bytes(b[..8].try_into().unwrap()) as usize;
            let v: Vec<u16> =
                b[8 + n..].chunks_exact(2).take(65_536).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
            sets.push((d, v));
        }
    }
    // Table logs 7 and 8 that got the word-table lookup (AVX-512 BW and VBMI2, at most 16 words).
    let (mut word_passes, mut synthetic_word_passes) = (0, 0);
    for (set, (d, v)) in sets.iter().enumerate() {
        let mut h = Histogram::new(*d);
        h.add(v);
        for (r, p) in [
            (5u8, Profile::Plain),
            (6, Profile::Plain),
            (7, Profile::Plain),
            (8, Profile::FormatAware),
            (9, Profile::FormatAware),
            (10, Profile::FormatAware),
        ] {
            let model = AnsModel::build(&h, r, p).unwrap();
            let enc = model.encoder().unwrap();
            let base = model.decoder().unwrap();
            // The scalar chains, and the raw pass in its AVX2 form (the AVX-512 VBMI rows of the
            // other decoders checked against it).
            let scalar = base.clone().without_gather().with_chains(1).without_vbmi_raw_pass();
            // The pair tables exist for every table log up to 6 of these tables (at most 32
            // distinct words), where the CPU has AVX2.
            if r <= 6 && has_avx2() {
                let gathered = base.clone().without_registers();
                assert!(gathered.pair_pass(), "{d:?} R={r} {p:?}: no pair tables");
            }
            // The register lookup (AVX-512 F) for every table log up to 6 where the CPU has it.
            if r <= 6 && has_avx512f() {
                assert!(base.register_pass() && !base.pair_pass(), "{d:?} R={r} {p:?}: no register lookup");
            }
            // The 64-bit windows (AVX-512 F, VL and VBMI2) for every table log where the CPU has them.
            if has_avx512_vbmi2() {
                assert!(base.wide_windows(), "{d:?} R={r} {p:?}: no 64-bit windows");
                assert!(base.window_loads(), "{d:?} R={r} {p:?}: the windows gathered by default");
            }
            // The word-table lookup only for table logs 7 and 8, and only with AVX-512 BW and VBMI2.
            if base.word_pass() {
                assert!((7..=8).contains(&r) && has_avx512_vbmi2() && has_avx512_vbmi(), "{d:?} R={r} {p:?}");
                word_passes += 1;
                if set == FEW_WORDS {
                    synthetic_word_passes += 1;
                }
            }
            // The synthetic values' R = 7 model reaches the word lookup wherever the CPU has it.
            if set == FEW_WORDS && r == 7 && has_avx512_vbmi2() && has_avx512_vbmi() {
                assert!(base.word_pass(), "synthetic values R={r} {p:?}: no word-table pass");
            }
            for lanes in LANE_COUNTS {
                let layout = LaneLayout::new(lanes, 1 << 17).unwrap();
                let bv = [4096usize, 777, 16][rng.gen_range(0..3)];
                let count = 33;
                let v = &v[..(bv * count - bv / 2).min(v.len())];
                let coded: Vec<(Vec<u8>, u32, u64)> = v
                    .chunks(bv)
                    .enumerate()
                    .map(|(i, b)| {
                        let (bytes, aux, _) = encode_block(&enc, layout, (i * bv) as u64, b).unwrap();
                        (bytes, aux, (i * bv) as u64)
                    })
                    .collect();
                let decode = |dec: &xnc_codec::ans::Decoder, blocks: &[(&[u8], u32, u64)]| {
                    let mut out = vec![0u16; v.len()];
                    let mut outs: Vec<&mut [u16]> = out.chunks_mut(bv).collect();
                    decode_blocks(dec, layout, blocks, &mut outs).map(|()| out).map_err(|(i, e)| (i, e.to_string()))
                };
                let intact: Vec<(&[u8], u32, u64)> = coded.iter().map(|(b, a, s)| (&b[..], *a, *s)).collect();
                for chains in [8, 16, 32] {
                    let what = format!("{d:?} R={r} {p:?} lanes={lanes} bv={bv} chains={chains}");
                    let gather = base.clone().with_chains(chains);
                    assert!(decode(&gather, &intact).unwrap() == v, "{what}");
                    // R <= 6: the pair pass (two steps per gather) where the decoder has it,
                    // checked against one step per gather too.
                    let single = base.clone().with_chains(chains).without_pairs();
                    assert!(decode(&single, &intact).unwrap() == v, "{what}");
                    // R <= 6 with AVX-512 F: the register lookup (`base`) against the gathers,
                    // pairs and single steps (`gathered`, `single`).
                    let gathered = base.clone().with_chains(chains).without_registers();
                    assert!(decode(&gathered, &intact).unwrap() == v, "{what}");
                    let single = single.without_registers();
                    assert!(decode(&single, &intact).unwrap() == v, "{what}");
                    // With AVX-512 VBMI2: the 64-bit windows (`base`, `gathered`) against the
                    // 32-bit ones, table in registers or gathered.
                    let narrow = base.clone().with_chains(chains).without_wide_windows();
                    assert!(decode(&narrow, &intact).unwrap() == v, "{what}");
                    let narrow_gathered = narrow.clone().without_registers();
                    assert!(decode(&narrow_gathered, &intact).unwrap() == v, "{what}");
                    // R = 7, 8 with AVX-512 BW and VBMI2: the word-table lookup (`base`) against
                    // the gathered table with the same 64-bit windows.
                    let wide_gathered = base.clone().with_chains(chains).without_words();
                    assert!(decode(&wide_gathered, &intact).unwrap() == v, "{what}");
                    // With AVX-512 VBMI2: the 64-bit windows read by scalar loads (`base`) against
                    // the gathered ones, table gathered, in registers or as words.
                    let window_gathers = base.clone().with_chains(chains).without_window_loads();
                    assert!(decode(&window_gathers, &intact).unwrap() == v, "{what}");
                    let window_gathers = window_gathers.without_words().without_registers();
                    assert!(decode(&window_gathers, &intact).unwrap() == v, "{what}");
                    for _ in 0..6 {
                        let mut bad: Vec<Vec<u8>> = coded.iter().map(|(b, _, _)| b.clone()).collect();
                        for _ in 0..rng.gen_range(1..4) {
                            let k = rng.gen_range(0..bad.len());
                            if bad[k].is_empty() {
                                continue;
                            }
                            match rng.gen_range(0..3) {
                                0 => {
                                    let n = rng.gen_range(0..bad[k].len());
                                    bad[k].truncate(n);
                                }
                                1 => {
                                    let n = bad[k].len() - rng.gen_range(1..=bad[k].len().min(8));
                                    bad[k].truncate(n);
                                }
                                _ => {
                                    let i = rng.gen_range(0..bad[k].len());
                                    bad[k][i] ^= 1 << rng.gen_range(0..8);
                                }
                            }
                        }
                        let blocks: Vec<(&[u8], u32, u64)> =
                            bad.iter().zip(&coded).map(|(b, (_, a, s))| (&b[..], *a, *s)).collect();
                        assert_eq!(decode(&gather, &blocks), decode(&scalar, &blocks), "{what}");
                        assert_eq!(decode(&single, &blocks), decode(&scalar, &blocks), "{what}");
                        assert_eq!(decode(&gathered, &blocks), decode(&scalar, &blocks), "{what}");
                        assert_eq!(decode(&narrow, &blocks), decode(&scalar, &blocks), "{what}");
                        assert_eq!(decode(&narrow_gathered, &blocks), decode(&scalar, &blocks), "{what}");
                        assert_eq!(decode(&wide_gathered, &blocks), decode(&scalar, &blocks), "{what}");
                    }
                }
            }
        }
    }
    // The real tables' R = 7 and 8 models (at most 16 distinct words) reach the word lookup.
    if has_avx512_vbmi2() && has_avx512_vbmi() {
        assert!(synthetic_word_passes >= 1, "{synthetic_word_passes} word-table passes of the synthetic values");
        if sets.len() > FEW_WORDS + 1 {
            assert!(word_passes - synthetic_word_passes >= 2, "{word_passes} word-table passes");
        }
    }
}

#[test]
fn several_blocks_encoded_together_match_one_by_one() {
    for d in [Dtype::BF16, Dtype::F16] {
        // Weight-like values without the rare patterns, so that the model has no escape and a
        // value of another exponent (infinity) has no code.
        let m = d.man_bits();
        let top = (1u16 << d.exp_bits()) - 1;
        let sample: Vec<u16> = values(d, 160_000, 5).into_iter().filter(|w| (w >> m) & top < top).collect();
        let infinity = top << m;
        let mut h = Histogram::new(d);
        h.add(&sample);
        for (r, p) in [(6u8, Profile::Plain), (10, Profile::FormatAware)] {
            let model = AnsModel::build(&h, r, p).unwrap();
            let plain = model.encoder().unwrap();
            for enc in [plain.clone(), plain.with_value_table()] {
                for lanes in LANE_COUNTS {
                    let layout = LaneLayout::new(lanes, 1 << 17).unwrap();
                    // Equal and unequal lengths (0 included), whole groups and a partial one.
                    let lens = [16384usize, 16384, 1000, 16384, 0, 7, 3001, 16384, 16384, 16384, 16384, 5, 16384];
                    let mut at = 0;
                    let mut blocks: Vec<Vec<u16>> = lens
                        .iter()
                        .map(|&n| {
                            at += n;
                            sample[at - n..at].to_vec()
                        })
                        .collect();
                    // One block of the last whole group with a value that has no code.
                    let bad = 9;
                    let has_escape = model.escape().is_some();
                    if !has_escape {
                        blocks[bad][100] = infinity;
                    }
                    let expect: Vec<_> = blocks
                        .iter()
                        .map(|b| {
                            let mut out = Vec::new();
                            enc.encode_into(b, layout, &mut out).map(|(aux, bits)| (out, aux, bits))
                        })
                        .collect();
                    assert_eq!(expect[bad].is_err(), !has_escape, "{d:?} R={r} lanes={lanes}");
                    let refs: Vec<&[u16]> = blocks.iter().map(|b| &b[..]).collect();
                    // Output buffers holding stale bytes of other blocks.
                    let mut bufs: Vec<Vec<u8>> = (0..blocks.len()).map(|i| vec![0xa5; i * 37]).collect();
                    let mut outs: Vec<&mut Vec<u8>> = bufs.iter_mut().collect();
                    let mut got: Vec<_> = blocks.iter().map(|_| None).collect();
                    enc.encode_many_into(&refs, layout, &mut outs, &mut got);
                    for (i, (e, (g, buf))) in expect.iter().zip(got.into_iter().zip(&bufs)).enumerate() {
                        let g = g.expect("every block has a result");
                        match (e, g) {
                            (Ok((out, aux, bits)), Ok((gaux, gbits))) => {
                                assert!(
                                    out == buf && *aux == gaux && *bits == gbits,
                                    "{d:?} R={r} lanes={lanes} block {i}"
                                )
                            }
                            (Err(e), Err(g)) => assert_eq!(e.to_string(), g.to_string()),
                            (e, g) => panic!("{d:?} R={r} lanes={lanes} block {i}: {:?} against {g:?}", e.is_ok()),
                        }
                    }
                }
            }
        }
    }
}

/// Weight-like values whose `{sign, mantissa}` fields often end in zero bits (as a quantized
/// tensor's), +0.0 among them, and rare random patterns: `ans-fa` gives them short codes and an
/// escape, whose fields the raw pass reads at varying widths (sixteen rows at a time with AVX2).
fn short_code_values(d: Dtype, n: usize, seed: u64) -> Vec<u16> {
    let mut rng = Pcg64::seed_from_u64(seed);
    let m = d.man_bits();
    (0..n)
        .map(|_| match rng.gen_range(0..100) {
            0 => rng.gen(),
            1..=3 => 0,
            _ => {
                let e: u16 = match d {
                    Dtype::BF16 => 118 + rng.gen_range(0..8),
                    Dtype::F16 => 10 + rng.gen_range(0..5),
                };
                let zeros = rng.gen_range(0..=1 + m);
                let field = (rng.gen::<u32>() & ((1 << (1 + m)) - 1)) >> zeros << zeros;
                (((field >> m) << 15) | ((e as u32) << m) | (field & ((1 << m) - 1))) as u16
            }
        })
        .collect()
}

/// Blocks with short codes and escapes at any position (`short_code_values`, `ans-fa`), several
/// blocks decoded together as the container does and one by one: every decoder path (the default
/// with its AVX2 raw pass, without gathers, the portable two passes, the one-pass loop) gives the
/// values encoded, and after a bit flip or a truncation the same result (the same values, or an
/// error for the same block), never a panic.
#[test]
fn short_codes_decode_the_same_on_every_path() {
    use xnc_codec::ans::lanes::decode_blocks;
    let mut rng = Pcg64::seed_from_u64(21);
    for d in [Dtype::BF16, Dtype::F16] {
        let v = short_code_values(d, 40_000, 22);
        let mut h = Histogram::new(d);
        h.add(&v);
        for r in [6u8, 8, 10] {
            let model = AnsModel::build(&h, r, Profile::FormatAware).unwrap();
            assert!(model.codes.iter().any(|c| !c.escape && (c.nbits as u32) < 1 + d.man_bits()), "{d:?} R={r}");
            assert!(model.codes.iter().any(|c| c.escape), "{d:?} R={r}");
            let enc = model.encoder().unwrap();
            let base = model.decoder().unwrap();
            let paths = [
                base.clone(),
                base.clone().without_gather(),
                base.clone().two_pass_only().portable(),
                base.clone().one_pass_only(),
            ];
            for lanes in LANE_COUNTS {
                let layout = LaneLayout::new(lanes, 1 << 17).unwrap();
                let bv = 1000 + lanes;
                let coded: Vec<(Vec<u8>, u32, u64)> = v
                    .chunks(bv)
                    .enumerate()
                    .map(|(i, b)| {
                        let (bytes, aux, _) = encode_block(&enc, layout, (i * bv) as u64, b).unwrap();
                        (bytes, aux, (i * bv) as u64)
                    })
                    .collect();
                let intact: Vec<(&[u8], u32, u64)> = coded.iter().map(|(b, a, s)| (&b[..], *a, *s)).collect();
                let mut damaged = intact.clone();
                let mut bad: Vec<Vec<u8>> = Vec::new();
                for _ in 0..3 {
                    let k = rng.gen_range(0..coded.len());
                    let mut b = coded[k].0.clone();
                    if rng.gen_bool(0.5) {
                        let i = rng.gen_range(0..b.len());
                        b[i] ^= 1 << rng.gen_range(0..8);
                    } else {
                        b.truncate(rng.gen_range(0..b.len()));
                    }
                    bad.push(b);
                }
                for (j, b) in bad.iter().enumerate() {
                    damaged[(j * 7 + 3) % coded.len()].0 = b;
                }
                let mut verdicts = Vec::new();
                for dec in &paths {
                    let what = format!("{d:?} R={r} lanes={lanes}");
                    let decode = |blocks: &[(&[u8], u32, u64)]| {
                        let mut out = vec![0u16; v.len()];
                        let mut outs: Vec<&mut [u16]> = out.chunks_mut(bv).collect();
                        decode_blocks(dec, layout, blocks, &mut outs).map(|()| out)
                    };
                    assert!(decode(&intact).unwrap() == v, "{what}");
                    for (k, (b, aux, start)) in intact.iter().enumerate() {
                        let mut out = vec![0u16; v.chunks(bv).nth(k).unwrap().len()];
                        decode_block(dec, layout, b, *aux, *start, &mut out).unwrap();
                        assert!(out[..] == *v.chunks(bv).nth(k).unwrap(), "{what} block {k}");
                    }
                    verdicts.push(decode(&damaged).map_err(|(i, _)| i));
                }
                for w in verdicts.windows(2) {
                    assert!(w[0] == w[1], "{d:?} R={r} lanes={lanes}");
                }
            }
        }
    }
}

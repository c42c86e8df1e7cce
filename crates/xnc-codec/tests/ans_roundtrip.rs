//! ANS coding pairs end to end: every 16-bit pattern of both dtypes in both profiles, short and
//! random blocks, random table logs and spreads, and the fast encoder and decoder against the
//! literal ones.

use proptest::prelude::*;
use rand::{Rng, SeedableRng};
use rand_pcg::Pcg64;
use xnc_codec::ans::{
    decode_block_reference, encode_block_reference, AnsModel, Code, EncodedBlock, Histogram, Profile, MAX_TABLE_LOG,
    MIN_TABLE_LOG,
};
use xnc_codec::Dtype;

const PROFILES: [Profile; 2] = [Profile::Plain, Profile::FormatAware];

fn hist_of(dtype: Dtype, values: &[u16]) -> Histogram {
    let mut h = Histogram::new(dtype);
    h.add(values);
    h
}

/// Encode, check the bit counts, decode with both decoders, compare.
fn round_trip(model: &AnsModel, values: &[u16]) -> EncodedBlock {
    let e = model.encode_block(values).expect("encode");
    assert_eq!(e, encode_block_reference(model, values).expect("reference encoder"), "fast encoder differs");
    assert_eq!(e.ans.len() as u64, e.ans_bits.div_ceil(8));
    assert_eq!(e.raw.len() as u64, e.raw_bits.div_ceil(8));
    let mut out = vec![0xdead; values.len() + 3];
    model.decode_block(&e.ans, &e.raw, values.len(), &mut out).expect("decode");
    assert!(out[..values.len()] == *values, "fast decoder differs");
    assert_eq!(out[values.len()..], [0xdead; 3], "wrote past n");
    let mut out2 = vec![0u16; values.len()];
    decode_block_reference(model, &e.ans, &e.raw, values.len(), &mut out2).expect("reference");
    assert!(out2 == values, "reference decoder differs");
    e
}

/// Specials of a dtype: signed zeros, infinities, NaNs with payloads, subnormals, extremes.
fn specials(d: Dtype) -> Vec<u16> {
    match d {
        Dtype::F16 => vec![
            0x0000, 0x8000, 0x7c00, 0xfc00, 0x7e00, 0x7c01, 0xfe01, 0x7fff, 0xffff, 0x0001, 0x8001, 0x03ff, 0x83ff,
            0x0400, 0x7bff, 0xfbff, 0x3c00, 0xbc00,
        ],
        Dtype::BF16 => vec![
            0x0000, 0x8000, 0x7f80, 0xff80, 0x7fc0, 0x7f81, 0xffc1, 0x7fff, 0xffff, 0x0001, 0x8001, 0x007f, 0x807f,
            0x0080, 0x7f7f, 0xff7f, 0x3f80, 0xbf80,
        ],
    }
}

/// Every pattern, in several neighbourhoods: in order, reversed, between specials, shuffled.
fn arrangements(d: Dtype) -> Vec<Vec<u16>> {
    let all: Vec<u16> = (0..=u16::MAX).collect();
    let sp = specials(d);
    let mut shuffled = all.clone();
    let mut rng = Pcg64::seed_from_u64(7);
    for i in (1..shuffled.len()).rev() {
        shuffled.swap(i, rng.gen_range(0..=i));
    }
    vec![
        all.clone(),
        all.iter().rev().copied().collect(),
        all.iter().enumerate().flat_map(|(i, &w)| [sp[i % sp.len()], w]).collect(),
        shuffled,
    ]
}

#[test]
fn every_pattern_round_trips_in_both_profiles_and_dtypes() {
    for d in [Dtype::F16, Dtype::BF16] {
        let arr = arrangements(d);
        // Models of two kinds: from the patterns themselves (every exponent frequent), and from a
        // skewed histogram where most patterns go through the escape.
        let mut skewed = hist_of(d, &(0..=u16::MAX).collect::<Vec<_>>());
        let frequent: Vec<u16> = (0..200_000u32)
            .map(|i| {
                let field = (1u16 << (1 + d.man_bits())) - 1;
                d.assemble(d.exponent(0x3c00) - (i % 7) as u16, (i as u16).wrapping_mul(8) & field)
            })
            .collect();
        skewed.add(&frequent);
        for p in PROFILES {
            for (r, h) in [(5u8, &hist_of(d, &arr[0])), (6, &skewed), (10, &skewed)] {
                let model = AnsModel::build(h, r, p).unwrap();
                for values in &arr {
                    // Blocks of varied lengths, including the short ones.
                    let mut at = 0;
                    for len in [1usize, 2, 3, 31, 32, 33, 4096, 60000].iter().cycle() {
                        if at >= values.len() {
                            break;
                        }
                        let end = (at + len).min(values.len());
                        round_trip(&model, &values[at..end]);
                        at = end;
                    }
                }
            }
        }
    }
}

#[test]
fn every_short_length_round_trips() {
    let d = Dtype::BF16;
    let values: Vec<u16> = (0..64u16).map(|i| 0x3c00 ^ i.wrapping_mul(0x1357)).collect();
    for p in PROFILES {
        for r in MIN_TABLE_LOG..=MAX_TABLE_LOG {
            let model = AnsModel::build(&hist_of(d, &values), r, p).unwrap();
            for n in 0..=values.len() {
                round_trip(&model, &values[..n]);
            }
        }
    }
}

#[test]
fn a_value_without_a_code_is_an_error() {
    let d = Dtype::BF16;
    // One exponent only, no escape needed: any other exponent has no code.
    let model = AnsModel::build(&hist_of(d, &[0x3f80, 0x3f81, 0xbf82]), 6, Profile::Plain).unwrap();
    assert!(model.escape().is_none());
    assert!(model.encode_block(&[0x3f80, 0x4000]).is_err());
    // The error names the first value without a code, whatever the lane count.
    let v = [0x3f80, 0x3f81, 0x3f80, 0x4000, 0x3f80, 0x4100, 0x3f80];
    let enc = model.encoder().unwrap();
    for lanes in [1, 2, 4, 8] {
        let e = enc.encode_lanes(&v, lanes).unwrap_err().to_string();
        assert!(e.contains("value 3 (0x4000"), "{lanes} lanes: {e}");
    }
    // Format-aware: a code that keeps no mantissa bits cannot take a value with some.
    let model = AnsModel::build(&hist_of(d, &[0x3f80; 100]), 6, Profile::FormatAware).unwrap();
    assert_eq!(model.codes[0].nbits, 0);
    assert!(model.encode_block(&[0x3f80, 0x3f81]).is_err());
    round_trip(&model, &[0x3f80; 10]);
}

#[test]
fn format_aware_drops_shared_zero_bits() {
    // BF16 cast to FP16: mantissa bits 2..0 are zero, so 8 additional bits per value suffice.
    let d = Dtype::F16;
    let values: Vec<u16> = (0..5000u32)
        .map(|i| xnc_codec::format::bf16_to_f16_cast(0x3c00 - (i % 8) as u16 * 128 + i as u16 % 128))
        .collect();
    let h = hist_of(d, &values);
    let plain = AnsModel::build(&h, 8, Profile::Plain).unwrap();
    let fa = AnsModel::build(&h, 8, Profile::FormatAware).unwrap();
    assert!(fa.codes.iter().all(|c| c.escape || c.nbits <= 8), "{:?}", fa.codes);
    let (bp, bf) = (round_trip(&plain, &values), round_trip(&fa, &values));
    assert!(bf.raw_bits * 11 <= bp.raw_bits * 8 + 11, "{} vs {}", bf.raw_bits, bp.raw_bits);
}

/// A model with a random code map and a random spread (any valid spread must work, not only the
/// one `build` makes), plus values it can code.
fn random_model(rng: &mut Pcg64) -> (AnsModel, Vec<u16>) {
    let d = if rng.gen_bool(0.5) { Dtype::F16 } else { Dtype::BF16 };
    let r = rng.gen_range(MIN_TABLE_LOG..=MAX_TABLE_LOG);
    let l = 1usize << r;
    let field = 1 + d.man_bits() as u8;
    let k = rng.gen_range(1..=16usize);
    let escape = rng.gen_bool(0.5);
    let mut codes: Vec<Code> = Vec::new();
    while codes.len() < k - escape as usize {
        let c =
            Code { exp: rng.gen_range(0..1u32 << d.exp_bits()) as u8, nbits: rng.gen_range(0..=field), escape: false };
        if !codes.contains(&c) {
            codes.push(c);
        }
    }
    if escape {
        codes.push(Code { exp: 0, nbits: field, escape: true });
    }
    let mut spread: Vec<u8> = (0..l).map(|i| if i < k { i as u8 } else { rng.gen_range(0..k) as u8 }).collect();
    for i in (1..l).rev() {
        spread.swap(i, rng.gen_range(0..=i));
    }
    let model = AnsModel { dtype: d, table_log: r, codes: codes.clone(), spread };
    let n = rng.gen_range(0..3000);
    let values = (0..n)
        .map(|_| {
            let c = codes[rng.gen_range(0..k)];
            if c.escape {
                rng.gen()
            } else {
                let bits: u16 = rng.gen_range(0..1u32 << c.nbits) as u16;
                d.assemble(c.exp as u16, bits << (field - c.nbits))
            }
        })
        .collect();
    (model, values)
}

#[test]
fn random_models_and_spreads_round_trip_and_obey_the_table_rules() {
    let mut rng = Pcg64::seed_from_u64(11);
    for _ in 0..300 {
        let (model, values) = random_model(&mut rng);
        model.validate().unwrap();
        let l = model.states() as u32;
        let f = model.freqs();
        for e in model.decode_table() {
            assert_eq!(e.base as u32 & ((1 << e.nb) - 1), 0, "base has low bits set");
            assert!(e.base as u32 + (1 << e.nb) <= l, "next state out of range");
            let xs = (e.base as u32 + l) >> e.nb;
            let fs = f[e.code as usize];
            assert!((fs..2 * fs).contains(&xs), "xs outside [f, 2f)");
        }
        round_trip(&model, &values);
        assert_eq!(AnsModel::from_bytes(&model.to_bytes(), model.dtype).unwrap(), model);
    }
}

fn tensor_strategy() -> impl Strategy<Value = (bool, Vec<u16>, u8, bool)> {
    (
        any::<bool>(),
        // Values: mostly weight-like (a few exponents, sometimes zero low bits), some arbitrary.
        prop::collection::vec(
            prop_oneof![
                6 => (0u16..12, any::<u16>(), any::<bool>()).prop_map(|(e, m, z)| {
                    let w = ((0x3c00u16 - e * 0x400) & 0x7c00) | (m & 0x83ff);
                    if z { w & !7 } else { w }
                }),
                1 => any::<u16>(),
                1 => Just(0u16),
            ],
            1..2500,
        ),
        MIN_TABLE_LOG..=MAX_TABLE_LOG,
        any::<bool>(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn random_tensors_round_trip((f16, values, r, fa) in tensor_strategy()) {
        let d = if f16 { Dtype::F16 } else { Dtype::BF16 };
        let p = if fa { Profile::FormatAware } else { Profile::Plain };
        let h = hist_of(d, &values);
        let model = AnsModel::build(&h, r, p).unwrap();
        prop_assert!(model.codes.len() <= 16);
        let bits: u64 = values.chunks(700).map(|b| {
            let e = round_trip(&model, b);
            e.ans_bits + e.raw_bits - r as u64
        }).sum();
        // The estimate is the ideal cost: the real stream is close to it.
        let est = model.estimated_bits(&h);
        prop_assert!((bits as f64) < est * 1.03 + 64.0, "{bits} bits vs estimate {est}");
    }

    #[test]
    fn a_model_from_other_data_codes_or_refuses((f16, values, r, fa) in tensor_strategy(), split in 0.0f64..1.0) {
        let d = if f16 { Dtype::F16 } else { Dtype::BF16 };
        let p = if fa { Profile::FormatAware } else { Profile::Plain };
        let cut = ((values.len() as f64 * split) as usize).max(1);
        let model = AnsModel::build(&hist_of(d, &values[..cut]), r, p).unwrap();
        if let Ok(e) = model.encode_block(&values) {
            let mut out = vec![0u16; values.len()];
            model.decode_block(&e.ans, &e.raw, values.len(), &mut out).unwrap();
            prop_assert_eq!(out, values);
        }
    }
}

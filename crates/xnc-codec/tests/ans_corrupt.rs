//! Corrupt input never makes the ANS decoders panic: truncated, extended and bit-flipped streams,
//! wrong lengths, and corrupt serialised models.

use rand::{Rng, SeedableRng};
use rand_pcg::Pcg64;
use xnc_codec::ans::{decode_block_reference, AnsModel, EncodedBlock, Histogram, Profile};
use xnc_codec::{Dtype, Error};

fn sample(d: Dtype, n: usize, seed: u64) -> Vec<u16> {
    let mut rng = Pcg64::seed_from_u64(seed);
    (0..n)
        .map(|_| {
            if rng.gen_bool(0.02) {
                rng.gen()
            } else {
                let e = d.exponent(0x3c00) - rng.gen_range(0..9u16);
                d.assemble(e, rng.gen::<u16>() & ((2 << d.man_bits()) - 1))
            }
        })
        .collect()
}

fn model_and_block(d: Dtype, r: u8, p: Profile, n: usize) -> (AnsModel, Vec<u16>, EncodedBlock) {
    let values = sample(d, n, r as u64 * 31 + n as u64);
    let mut h = Histogram::new(d);
    h.add(&values);
    let model = AnsModel::build(&h, r, p).unwrap();
    let e = model.encode_block(&values).unwrap();
    (model, values, e)
}

/// Both decoders on the same input: neither panics, and they agree on success or failure.
fn decode_both(model: &AnsModel, ans: &[u8], raw: &[u8], n: usize) -> Result<Vec<u16>, Error> {
    let mut a = vec![0u16; n];
    let mut b = vec![0u16; n];
    let fast = model.decode_block(ans, raw, n, &mut a);
    let slow = decode_block_reference(model, ans, raw, n, &mut b);
    assert_eq!(fast.is_ok(), slow.is_ok(), "decoders disagree: {fast:?} vs {slow:?}");
    if fast.is_ok() {
        assert_eq!(a, b);
    }
    fast.map(|_| a)
}

fn is_corrupt(r: Result<Vec<u16>, Error>) -> bool {
    matches!(r, Err(Error::Corrupt { .. }))
}

#[test]
fn truncated_or_extended_streams_are_corrupt() {
    for d in [Dtype::F16, Dtype::BF16] {
        for (r, p, n) in [(5, Profile::Plain, 1), (6, Profile::Plain, 200), (10, Profile::FormatAware, 1000)] {
            let (model, values, e) = model_and_block(d, r, p, n);
            assert_eq!(decode_both(&model, &e.ans, &e.raw, n).unwrap(), values);
            for cut in 0..e.ans.len() {
                assert!(is_corrupt(decode_both(&model, &e.ans[..cut], &e.raw, n)), "ans cut {cut}");
            }
            for cut in 0..e.raw.len() {
                assert!(is_corrupt(decode_both(&model, &e.ans, &e.raw[..cut], n)), "raw cut {cut}");
            }
            let mut longer = e.ans.clone();
            longer.push(0);
            assert!(is_corrupt(decode_both(&model, &longer, &e.raw, n)), "trailing tANS byte");
            let mut longer = e.raw.clone();
            longer.push(0);
            assert!(is_corrupt(decode_both(&model, &e.ans, &longer, n)), "trailing raw byte");
            // Asking for a different number of values.
            assert!(decode_both(&model, &e.ans, &e.raw, n + 1).is_err());
            if n > 1 {
                assert!(decode_both(&model, &e.ans, &e.raw, n - 1).is_err());
            }
        }
    }
}

#[test]
fn non_zero_padding_is_corrupt() {
    let (model, _, e) = model_and_block(Dtype::BF16, 6, Profile::FormatAware, 301);
    if e.ans_bits % 8 != 0 {
        let mut a = e.ans.clone();
        *a.last_mut().unwrap() |= 0x80;
        assert!(is_corrupt(decode_both(&model, &a, &e.raw, 301)));
    }
    let (model, _, e) = model_and_block(Dtype::F16, 6, Profile::Plain, 301);
    assert_ne!(e.raw_bits % 8, 0, "301 values of 11 bits do not fill whole bytes");
    let mut raw = e.raw.clone();
    *raw.last_mut().unwrap() |= 1;
    assert!(is_corrupt(decode_both(&model, &e.ans, &raw, 301)));
}

#[test]
fn random_byte_flips_never_panic_and_tans_flips_are_mostly_caught() {
    let mut rng = Pcg64::seed_from_u64(5);
    let mut caught = 0;
    let mut tried = 0;
    for d in [Dtype::F16, Dtype::BF16] {
        for r in [5u8, 6, 8, 10] {
            for p in [Profile::Plain, Profile::FormatAware] {
                let n = rng.gen_range(1..3000);
                let (model, values, e) = model_and_block(d, r, p, n);
                for _ in 0..200 {
                    let mut ans = e.ans.clone();
                    let mut raw = e.raw.clone();
                    let flips = rng.gen_range(1..4);
                    let in_ans = rng.gen_bool(0.5) || raw.is_empty();
                    for _ in 0..flips {
                        let s = if in_ans { &mut ans } else { &mut raw };
                        let i = rng.gen_range(0..s.len());
                        s[i] ^= rng.gen_range(1..=255u8);
                    }
                    let res = decode_both(&model, &ans, &raw, n);
                    if in_ans {
                        tried += 1;
                        caught += (res.as_ref().ok() != Some(&values)) as u32;
                        if res.is_err() {
                            assert!(is_corrupt(res));
                        }
                    }
                }
            }
        }
    }
    // A flipped tANS byte changes the decoded codes or leaves a bad final state.
    assert!(caught * 10 >= tried * 9, "only {caught} of {tried} tANS corruptions noticed");
}

#[test]
fn corrupt_models_are_rejected_or_safe() {
    let mut rng = Pcg64::seed_from_u64(9);
    for d in [Dtype::F16, Dtype::BF16] {
        for r in [5u8, 7, 10] {
            let (model, _, e) = model_and_block(d, r, Profile::FormatAware, 500);
            let bytes = model.to_bytes();
            for _ in 0..500 {
                let mut b = bytes.clone();
                match rng.gen_range(0..3) {
                    0 => {
                        let i = rng.gen_range(0..b.len());
                        b[i] ^= 1 << rng.gen_range(0..8);
                    }
                    1 => {
                        let i = rng.gen_range(0..b.len().min(40));
                        b[i] = rng.gen();
                    }
                    _ => b.truncate(rng.gen_range(0..b.len())),
                }
                if let Ok(m) = AnsModel::from_bytes(&b, d) {
                    m.validate().unwrap();
                    let _ = decode_both(&m, &e.ans, &e.raw, 500);
                    let _ = m.encode_block(&sample(d, 100, 1));
                }
            }
            // Models assembled by hand are validated before use, not trusted.
            let mut bad = model.clone();
            bad.spread[3] = 15;
            if bad.codes.len() < 16 {
                assert!(bad.decode_block(&e.ans, &e.raw, 500, &mut [0; 500]).is_err());
                assert!(bad.encode_block(&[0]).is_err());
            }
            let mut bad = model.clone();
            bad.spread.pop();
            assert!(bad.decode_block(&e.ans, &e.raw, 500, &mut [0; 500]).is_err());
            let mut bad = model.clone();
            bad.table_log = 11;
            assert!(bad.validate().is_err());
        }
    }
}

#[test]
fn garbage_streams_never_panic() {
    let mut rng = Pcg64::seed_from_u64(3);
    let (model, _, _) = model_and_block(Dtype::BF16, 6, Profile::Plain, 5000);
    for _ in 0..2000 {
        let a: Vec<u8> = (0..rng.gen_range(0..64)).map(|_| rng.gen()).collect();
        let b: Vec<u8> = (0..rng.gen_range(0..64)).map(|_| rng.gen()).collect();
        let n = rng.gen_range(0..80);
        let _ = decode_both(&model, &a, &b, n);
    }
    assert!(model.decode_block(&[0; 4], &[0; 4], 10, &mut [0; 9]).is_err(), "short output");
}

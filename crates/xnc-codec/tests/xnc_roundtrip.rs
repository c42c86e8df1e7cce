//! XNC round trips: every 16-bit pattern in varied neighbourhoods, random tensors of random
//! lengths (including tails shorter than a chunk), and truncated streams; both record layouts
//! (the fixed-position one the default functions write, and the paper's one of older containers).

use proptest::prelude::*;
use xnc_codec::xnc::{self, Layout};

fn round_trip(values: &[u16]) {
    round_trip_as(values, Layout::Paper);
    round_trip_as(values, Layout::Fixed);
    assert_eq!(xnc::encode_stream(values), xnc::encode_stream_as(values, Layout::Fixed));
}

fn round_trip_as(values: &[u16], layout: Layout) {
    let (bytes, bits) = xnc::encode_stream_as(values, layout);
    assert_eq!(bits, xnc::stats(values).bits);
    assert_eq!(
        bits,
        xnc::stats(values).chunks * 33 + {
            let s = xnc::stats(values);
            9 * s.n9 + 12 * s.n12 + 16 * s.n16
        }
    );
    assert_eq!(xnc::stats(values).values, values.len() as u64);
    assert_eq!(bytes.len() as u64, bits.div_ceil(8));
    let mut out = vec![0u16; values.len()];
    xnc::decode_stream_as(&bytes, layout, &mut out).unwrap();
    assert_eq!(out, values);
}

#[test]
fn all_65536_patterns_in_varied_neighbourhoods() {
    let all: Vec<u16> = (0..=u16::MAX).collect();
    // In order (neighbours differ by one), reversed, interleaved with zeros, with a typical
    // embedding value, and scattered by an odd stride so every pattern meets random neighbours.
    round_trip(&all);
    round_trip(&all.iter().rev().copied().collect::<Vec<_>>());
    round_trip(&all.iter().flat_map(|&w| [w, 0]).collect::<Vec<_>>());
    round_trip(&all.iter().flat_map(|&w| [0x2250, w, 0xa6f0]).collect::<Vec<_>>());
    round_trip(&(0..65536u32).map(|i| (i.wrapping_mul(40503) & 0xffff) as u16).collect::<Vec<_>>());
}

#[test]
fn a_truncated_stream_is_an_error_not_a_panic() {
    let values: Vec<u16> = (0..1000u32).map(|i| (i * 7919) as u16).collect();
    for layout in [Layout::Paper, Layout::Fixed] {
        let (bytes, _) = xnc::encode_stream_as(&values, layout);
        for cut in [0, 1, bytes.len() / 2, bytes.len() - 1] {
            let mut out = vec![0u16; values.len()];
            assert!(xnc::decode_stream_as(&bytes[..cut], layout, &mut out).is_err(), "{layout:?} cut at {cut}");
        }
    }
}

proptest! {
    #[test]
    fn random_tensors_of_random_length(values in proptest::collection::vec(any::<u16>(), 1..2000)) {
        round_trip(&values);
    }

    #[test]
    fn embedding_like_tensors(values in proptest::collection::vec(0x1800u16..0x2c00, 1..2000), signs in any::<u64>()) {
        let v: Vec<u16> = values.iter().enumerate()
            .map(|(i, &x)| (x & !7) | ((((signs >> (i % 64)) & 1) as u16) << 15)).collect();
        round_trip(&v);
    }
}

#[test]
fn a_short_tail_is_a_zero_padded_whole_chunk() {
    let values: Vec<u16> = (0..45u16).map(|i| 0x2250 ^ (i * 8)).collect();
    let (bytes, bits) = xnc::encode_stream(&values);
    let (padded, pbits) = xnc::encode_stream(&[&values[..], &[0u16; 19][..]].concat());
    assert_eq!((bytes, bits), (padded, pbits), "the tail is coded as if padded with zeros");
    // A stream whose padding does not decode to zero is corrupt.
    let other: Vec<u16> = [&values[..], &[7u16; 19][..]].concat();
    let (bad, _) = xnc::encode_stream(&other);
    let mut out = vec![0u16; 45];
    assert!(xnc::decode_stream(&bad, &mut out).is_err());
}

/// The two layouts hold the same bits in another order: on the committed real samples every
/// record has the same length in both, the streams differ, and each decodes only in its own layout
/// (a fixed-layout stream read as paper records does not give the values back).
#[test]
fn layouts_have_equal_lengths_on_real_samples() {
    use xnc_codec::format::bf16_to_xnc_word;
    use xnc_codec::tensor::SafetensorsFile;
    for name in xnc_codec::testdata::SAMPLES {
        let st = SafetensorsFile::open(&xnc_codec::testdata::sample(name)).unwrap();
        let t = &st.tensors[0];
        let mut v = st.words(t, 0..t.values());
        if name.contains("bf16") {
            v.iter_mut().for_each(|w| *w = bf16_to_xnc_word(*w));
        }
        for c in v.chunks(32) {
            let rec = xnc::encode_chunk(&xnc::padded_chunk(c));
            let mut p = xnc_codec::bits::MsbWriter::new();
            let mut f = xnc_codec::bits::MsbWriter::new();
            xnc::write_record_as(&rec, Layout::Paper, &mut p);
            xnc::write_record(&rec, &mut f);
            assert_eq!((p.bit_len(), f.bit_len()), (rec.bits as u64, rec.bits as u64), "{name}");
        }
        let (paper, pbits) = xnc::encode_stream_as(&v, Layout::Paper);
        let (fixed, fbits) = xnc::encode_stream(&v);
        assert_eq!(pbits, fbits, "{name}");
        assert_eq!(fbits, xnc::stats(&v).bits, "{name}");
        assert_ne!(paper, fixed, "{name}");
        let mut out = vec![0u16; v.len()];
        let wrong = xnc::decode_stream_as(&fixed, Layout::Paper, &mut out);
        assert!(wrong.is_err() || out != v, "{name}");
        round_trip(&v);
    }
}

/// Decode `bytes` with the default decoder (AVX2 + BMI2 records where the CPU has them) and with
/// the portable one: the same values, or the same error after the same values.
fn same_as_portable(bytes: &[u8], layout: Layout, n: usize, what: &str) {
    let (mut fast, mut portable) = (vec![0u16; n], vec![0u16; n]);
    let a = xnc::decode_stream_as(bytes, layout, &mut fast).map_err(|e| e.to_string());
    let b = xnc::decode_stream_portable_as(bytes, layout, &mut portable).map_err(|e| e.to_string());
    assert_eq!(a, b, "{what}");
    assert!(fast == portable, "{what}: values differ");
}

/// The SIMD record decoder agrees with the portable path on every pattern in varied
/// neighbourhoods (both chunk flags), on the first 256K values of each real table (the committed
/// samples without ../shared), and on those streams with bits flipped or cut short.
#[test]
fn simd_and_portable_decoders_agree() {
    use xnc_codec::format::bf16_to_xnc_word;
    use xnc_codec::tensor::SafetensorsFile;
    if !(xnc_codec::cpu::has_avx2() && xnc_codec::cpu::has_bmi2()) {
        eprintln!("NOTE: no AVX2 + BMI2 here: the portable path is compared with itself");
    }
    let all: Vec<u16> = (0..=u16::MAX).collect();
    let mut sets: Vec<(String, Vec<u16>)> = vec![
        ("all patterns".into(), all.clone()),
        ("all patterns, stride 40503".into(), (0..65536u32).map(|i| (i.wrapping_mul(40503) & 0xffff) as u16).collect()),
        ("all patterns between embedding values".into(), all.iter().flat_map(|&w| [0x2250, w, 0xa6f0]).collect()),
    ];
    for (i, label) in xnc_codec::testdata::LABELS.into_iter().enumerate() {
        let st = SafetensorsFile::open(&xnc_codec::testdata::table_or_sample(i)).unwrap();
        let t = &st.tensors[0];
        let mut v = st.words(t, 0..t.values().min(1 << 18));
        if t.dtype == Some(xnc_codec::format::Dtype::BF16) {
            v.iter_mut().for_each(|w| *w = bf16_to_xnc_word(*w));
        }
        sets.push((label.to_string(), v));
    }
    let mut flagged = [0usize; 2];
    for (name, v) in &sets {
        for layout in [Layout::Fixed, Layout::Paper] {
            let (bytes, _) = xnc::encode_stream_as(v, layout);
            let mut out = vec![0u16; v.len()];
            xnc::decode_stream_as(&bytes, layout, &mut out).unwrap();
            assert!(out == *v, "{name} {layout:?}: round trip");
            same_as_portable(&bytes, layout, v.len(), &format!("{name} {layout:?}"));
            if layout == Layout::Fixed {
                for c in v.chunks(32) {
                    flagged[xnc::encode_chunk(&xnc::padded_chunk(c)).flag as usize] += 1;
                }
            }
            for k in 1..=24usize {
                let mut bad = bytes.clone();
                let at = (k * 7919 * 31) % (bad.len() * 8);
                bad[at / 8] ^= 0x80 >> (at % 8);
                same_as_portable(&bad, layout, v.len(), &format!("{name} {layout:?}: bit {at} flipped"));
            }
            for cut in [bytes.len() / 3, bytes.len() - 9, bytes.len() - 1] {
                same_as_portable(&bytes[..cut], layout, v.len(), &format!("{name} {layout:?}: cut at {cut}"));
            }
        }
    }
    assert!(flagged[0] > 1000 && flagged[1] > 1000, "both chunk flags covered: {flagged:?}");
}

//! ANS coding pairs on the real embedding tables in `shared/data`: compression ratios against the
//! project's targets, and a round trip of every block. Skips (with a message) when the data is
//! absent.
//!
//! The fast test checks the targets; the ignored one prints the whole table (every profile and
//! table log), best run in release:
//! `cargo test -p xnc-codec --release --test ans_real_data -- --ignored --nocapture`.

use std::path::PathBuf;

use rayon::prelude::*;
use xnc_codec::ans::{AnsModel, Histogram, Profile};
use xnc_codec::format::bf16_to_f16_cast;
use xnc_codec::Dtype;

const BLOCK: usize = 65536;

fn data_dir() -> Option<PathBuf> {
    xnc_codec::testdata::shared_dir("the real-data ANS checks")
}

/// The single tensor of a safetensors file: dtype and little-endian u16 values.
fn load(name: &str) -> Option<(Dtype, Vec<u16>)> {
    let path = data_dir()?.join(name);
    let b = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let n = u64::from_le_bytes(b[..8].try_into().unwrap()) as usize;
    let header: serde_json::Value = serde_json::from_slice(&b[8..8 + n]).unwrap();
    let (_, t) = header.as_object().unwrap().iter().find(|(k, _)| k.as_str() != "__metadata__").unwrap();
    let dtype = Dtype::from_safetensors_name(t["dtype"].as_str().unwrap()).unwrap();
    let values = b[8 + n..].chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
    Some((dtype, values))
}

const MINILM: &str = xnc_codec::testdata::TABLES[0];
const SMOLLM: &str = xnc_codec::testdata::TABLES[1];
const WHISPER: &str = xnc_codec::testdata::TABLES[2];

struct Measured {
    ratio: f64,
    estimate_ratio: f64,
    bound_ratio: f64,
    codes: usize,
}

/// The histogram of a tensor, counted block by block in parallel and merged.
fn histogram(dtype: Dtype, values: &[u16]) -> Histogram {
    values
        .par_chunks(BLOCK)
        .map(|b| {
            let mut h = Histogram::new(dtype);
            h.add(b);
            h
        })
        .reduce(
            || Histogram::new(dtype),
            |mut a, b| {
                a.merge(&b);
                a
            },
        )
}

/// Build the model, encode every block, decode it back, and count the bits: both streams' bytes
/// (so per-block padding counts) plus the serialised model.
fn measure(dtype: Dtype, values: &[u16], r: u8, profile: Profile) -> Measured {
    measure_with(&histogram(dtype, values), values, r, profile)
}

fn measure_with(hist: &Histogram, values: &[u16], r: u8, profile: Profile) -> Measured {
    let model = AnsModel::build(hist, r, profile).unwrap();
    let enc = model.encoder().unwrap();
    let dec = model.decoder().unwrap();
    let bytes: usize = values
        .par_chunks(BLOCK)
        .map(|b| {
            let e = enc.encode(b).unwrap();
            let mut out = vec![0u16; b.len()];
            dec.decode(&e.ans, &e.raw, b.len(), &mut out).unwrap();
            assert!(out == b, "round trip");
            e.byte_len()
        })
        .sum();
    let bits = (bytes + model.to_bytes().len()) as f64 * 8.0;
    let n = values.len() as f64;
    Measured {
        ratio: 16.0 * n / bits,
        estimate_ratio: 16.0 * n / model.estimated_bits(hist),
        bound_ratio: 16.0 / hist.order0_bound_bits(),
        codes: model.codes.len(),
    }
}

fn report(label: &str, r: u8, p: Profile, m: &Measured) {
    println!(
        "{label:<28} {p:<12?} R={r:<2} ratio {:.4} (estimate {:.4}, exponent-code bound {:.4}, {} codes)",
        m.ratio, m.estimate_ratio, m.bound_ratio, m.codes
    );
}

fn cast(values: &[u16]) -> Vec<u16> {
    values.iter().map(|&w| bf16_to_f16_cast(w)).collect()
}

#[test]
fn ratios_meet_the_targets() {
    let (Some(minilm), Some(smollm), Some(whisper)) = (load(MINILM), load(SMOLLM), load(WHISPER)) else {
        return;
    };
    for (name, (d, v)) in [("minilm", &minilm), ("smollm2", &smollm)] {
        for (r, target) in [(6u8, 1.48), (8, 1.49)] {
            let plain = measure(*d, v, r, Profile::Plain);
            report(name, r, Profile::Plain, &plain);
            assert!(plain.ratio >= target, "{name} plain R={r}: {:.4} < {target}", plain.ratio);
            let fa = measure(*d, v, r, Profile::FormatAware);
            report(name, r, Profile::FormatAware, &fa);
            assert!(fa.ratio >= plain.ratio - 1e-9, "{name} format-aware R={r} below plain");
        }
        let c = cast(v);
        let fa = measure(Dtype::F16, &c, 8, Profile::FormatAware);
        report(&format!("{name} (cast to FP16)"), 8, Profile::FormatAware, &fa);
        assert!(fa.ratio >= 1.45, "{name} cast to FP16: {:.4} < 1.45", fa.ratio);
    }
    let (d, v) = &whisper;
    let fa = measure(*d, v, 10, Profile::FormatAware);
    report("whisper", 10, Profile::FormatAware, &fa);
    assert!(fa.ratio >= 1.15, "whisper: {:.4} < 1.15", fa.ratio);
    assert!(fa.ratio >= 0.99 * fa.bound_ratio, "whisper: more than 1% from the bound");
}

#[test]
#[ignore = "full table, every table log: slow in the dev profile, run with --release"]
fn ratio_table() {
    let (Some(minilm), Some(smollm), Some(whisper)) = (load(MINILM), load(SMOLLM), load(WHISPER)) else {
        return;
    };
    let cm = cast(&minilm.1);
    let cs = cast(&smollm.1);
    let sets: [(&str, Dtype, &[u16]); 5] = [
        ("minilm (BF16)", minilm.0, &minilm.1),
        ("smollm2 (BF16)", smollm.0, &smollm.1),
        ("minilm (cast to FP16)", Dtype::F16, &cm),
        ("smollm2 (cast to FP16)", Dtype::F16, &cs),
        ("whisper (native FP16)", whisper.0, &whisper.1),
    ];
    for (label, d, v) in sets {
        let h = histogram(d, v);
        for p in [Profile::Plain, Profile::FormatAware] {
            for r in 5..=10 {
                report(label, r, p, &measure_with(&h, v, r, p));
            }
        }
    }
}

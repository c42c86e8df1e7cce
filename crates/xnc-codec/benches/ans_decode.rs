//! Decode speed of ANS coding pairs on the real tensors in `shared/data` (skipped with a message
//! when the data is absent): every 64K-value block of a tensor, output MB/s on one core.
//!
//! `cargo bench -p xnc-codec --bench ans_decode`

use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use xnc_codec::ans::{AnsModel, EncodedBlock, Histogram, Profile};
use xnc_codec::Dtype;

const BLOCK: usize = 65536;

fn load(name: &str) -> Option<(Dtype, Vec<u16>)> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data").join(name);
    let Ok(b) = std::fs::read(&path) else {
        eprintln!("SKIPPED: {} not found; no ANS decode benchmark on real data", path.display());
        return None;
    };
    let n = u64::from_le_bytes(b[..8].try_into().ok()?) as usize;
    let header: serde_json::Value = serde_json::from_slice(&b[8..8 + n]).ok()?;
    let dtype = header.as_object()?.iter().find(|(k, _)| k.as_str() != "__metadata__")?.1["dtype"]
        .as_str()
        .and_then(Dtype::from_safetensors_name)?;
    let values = b[8 + n..].chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
    Some((dtype, values))
}

fn bench_decode(c: &mut Criterion) {
    let tensors = [
        ("smollm2", "smollm2-135m-instruct.embed_tokens.bf16.safetensors"),
        ("whisper", "whisper-tiny-en.decoder.embed_tokens.f16.safetensors"),
    ];
    let mut g = c.benchmark_group("ans_decode");
    g.sample_size(10);
    for (label, file) in tensors {
        let Some((dtype, values)) = load(file) else { return };
        // 4M values are plenty for a stable figure and keep the set-up short.
        let values = &values[..values.len().min(64 * BLOCK)];
        let mut hist = Histogram::new(dtype);
        hist.add(values);
        for (r, profile) in [(6u8, Profile::Plain), (10, Profile::FormatAware)] {
            let model = AnsModel::build(&hist, r, profile).expect("model");
            let enc = model.encoder().expect("encoder");
            let blocks: Vec<(usize, EncodedBlock)> =
                values.chunks(BLOCK).map(|b| (b.len(), enc.encode(b).expect("encode"))).collect();
            let dec = model.decoder().expect("decoder");
            let mut out = vec![0u16; BLOCK];
            g.throughput(Throughput::Bytes(2 * values.len() as u64));
            g.bench_function(format!("{label}/{profile:?}/R={r}"), |b| {
                b.iter(|| {
                    for (n, e) in &blocks {
                        dec.decode(&e.ans, &e.raw, *n, &mut out).expect("decode");
                    }
                })
            });
        }
    }
    g.finish();
}

criterion_group!(benches, bench_decode);
criterion_main!(benches);

use std::time::Instant;
use xnc_codec::ans::{AnsModel, Histogram, Profile};
use xnc_codec::Dtype;
#[test]
#[ignore]
fn speed() {
    for (file, d) in [("smollm2-135m-instruct.embed_tokens.bf16.safetensors", Dtype::BF16), ("whisper-tiny-en.decoder.embed_tokens.f16.safetensors", Dtype::F16)] {
        let b = std::fs::read(format!("{}/../../../shared/data/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        let n = u64::from_le_bytes(b[..8].try_into().unwrap()) as usize;
        let v: Vec<u16> = b[8 + n..].chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]])).take(1 << 22).collect();
        let mut h = Histogram::new(d); h.add(&v);
        for (r, p) in [(6u8, Profile::Plain), (10, Profile::FormatAware)] {
            let m = AnsModel::build(&h, r, p).unwrap();
            let enc = m.encoder().unwrap();
            let blocks: Vec<_> = v.chunks(65536).map(|c| enc.encode(c).unwrap()).collect();
            let dec = m.decoder().unwrap();
            let mut out = vec![0u16; 65536];
            let mut total = 0.0;
            for e in &blocks {
                let mut best = f64::MAX;
                for _ in 0..15 {
                    let t = Instant::now();
                    dec.decode(&e.ans, &e.raw, 65536, &mut out).unwrap();
                    best = best.min(t.elapsed().as_secs_f64());
                }
                total += best;
            }
            println!("{file} R={r} {p:?}: {:.0} MB/s (best-of-15 per block)", v.len() as f64 * 2.0 / total / 1e6);
        }
    }
}

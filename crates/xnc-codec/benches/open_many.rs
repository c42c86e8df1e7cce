//! Opening a container of 20,000 ANS-coded tensors and reading one row: the cost a `get-row` pays
//! before its first byte (directory validation, the tensor's decode tables, one block).
//!
//! `cargo bench -p xnc-codec --bench open_many`
//!
//! The tensors are [16, 64] BF16 slices of the committed real sample (smollm2, testbench/data),
//! cycled to 20,000 tensors; setup compresses them once with `--codec ans` (about half a minute).

use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion};
use xnc_codec::container::{self, Codec, CodecChoice, CompressOptions, XncFile};
use xnc_codec::tensor::{SafetensorsFile, SafetensorsWriter, TensorSpec};

const TENSORS: usize = 20_000;
const VALUES: usize = 1024;

fn build(dir: &Path) -> std::path::PathBuf {
    let sample = xnc_codec::testdata::sample(xnc_codec::testdata::SAMPLES[1]);
    let st = SafetensorsFile::open(&sample).expect("committed sample");
    let real = st.bytes(&st.tensors[0]).to_vec();
    let specs: Vec<TensorSpec> = (0..TENSORS)
        .map(|i| TensorSpec {
            name: format!("model.layers.{i}.weight"),
            dtype_name: "BF16".into(),
            shape: vec![16, 64],
            nbytes: VALUES * 2,
        })
        .collect();
    let mut w = SafetensorsWriter::new("many", Vec::new(), &specs, &None, None).unwrap();
    let chunks = real.len() / (VALUES * 2);
    for i in 0..TENSORS {
        let c = i % chunks;
        w.write(&real[c * VALUES * 2..(c + 1) * VALUES * 2]).unwrap();
    }
    let input = dir.join("many.safetensors");
    std::fs::write(&input, w.finish().unwrap()).unwrap();
    let out = dir.join("many.xnc");
    let opts = CompressOptions { codec: CodecChoice::Fixed(Codec::Ans), ..CompressOptions::default() };
    let s = container::compress_file(&input, &out, &opts, &|_| {}).unwrap();
    assert!(s.iter().all(|t| t.codec == Codec::Ans), "every tensor ANS-coded");
    out
}

fn open_many(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = build(dir.path());
    let last = format!("model.layers.{}.weight", TENSORS - 1);
    let mut g = c.benchmark_group("open_many");
    g.sample_size(10);
    g.bench_function("open_20000_ans_tensors_and_get_row", |b| {
        b.iter(|| {
            let f = XncFile::open(&path).unwrap();
            f.get_row(&last, 7).unwrap()
        })
    });
    g.finish();
}

criterion_group!(benches, open_many);
criterion_main!(benches);

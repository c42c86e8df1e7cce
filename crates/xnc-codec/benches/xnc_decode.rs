//! XNC decode and encode throughput on real data: the first 4 Mi values of each table of
//! ../shared/data (BF16 cast to FP16, as the paper does; whisper is FP16, mostly F = 0 chunks) when
//! present, else the committed samples. Throughput is reported in bytes of FP16 output, on the bench
//! thread's CPU-time clock (other processes' load does not count).
//!
//! The `xnc_file/*` groups time what `xnc bench` times for its `xnc` row: every block of a whole
//! table (BF16 kept BF16: the lossless permutation undone after decoding) through the container's
//! tensor decoder, CRC check and data bytes included, on one core.
//!
//! `cargo bench -p xnc-codec --bench xnc_decode`

mod common;

use common::Meas;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use xnc_codec::container::{self, Codec, CodecChoice, CompressOptions, XncFile};
use xnc_codec::format::{bf16_to_f16_cast, Dtype};
use xnc_codec::tensor::SafetensorsFile;
use xnc_codec::testdata;
use xnc_codec::xnc::{self, Layout};

/// The first 4 Mi values of table `table` of `testdata` (or of its sample), BF16 cast to FP16.
fn load(table: usize) -> Vec<u16> {
    let p = testdata::table_or_sample(table);
    let st = SafetensorsFile::open(&p).unwrap();
    let t = &st.tensors[0];
    // 4 Mi values are plenty for a stable figure and fit in cache-unfriendly sizes like real use.
    let n = t.values().min(1 << 22);
    let words = st.words(t, 0..n);
    if t.dtype == Some(Dtype::BF16) {
        words.into_iter().map(bf16_to_f16_cast).collect()
    } else {
        words
    }
}

fn bench(c: &mut Criterion<Meas>) {
    for (table, name) in testdata::LABELS.into_iter().enumerate() {
        bench_table(c, name, &load(table));
    }
    for (table, name) in testdata::LABELS.into_iter().enumerate() {
        bench_file(c, name, table);
    }
}

/// Decode every block of a whole table compressed with `--codec xnc`, as `xnc bench` does.
fn bench_file(c: &mut Criterion<Meas>, name: &str, table: usize) {
    let Some(dir) = testdata::shared_dir("the whole-file XNC decode benchmark") else { return };
    let input = dir.join(testdata::TABLES[table]);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("t.xnc");
    let opts = CompressOptions { codec: CodecChoice::Fixed(Codec::Xnc), ..Default::default() };
    container::compress_file(&input, &out, &opts, &|_| {}).unwrap();
    let f = XncFile::open(&out).unwrap();
    if f.dir.tensors.iter().any(|t| t.codec != Codec::Xnc) {
        eprintln!("SKIPPED: {name} is stored raw under --codec xnc; no whole-file XNC decode benchmark");
        return;
    }
    let bytes: u64 = f.dir.tensors.iter().map(|t| t.nbytes).sum();
    let mut g = c.benchmark_group(format!("xnc_file/{name}"));
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function("decode_blocks_one_core", |b| {
        b.iter(|| {
            let mut n = 0;
            for t in &f.dir.tensors {
                let dec = f.tensor_decoder(t).unwrap();
                for k in 0..t.blocks.len() {
                    n += dec.decode_block(k).unwrap().len();
                }
            }
            n
        })
    });
    g.finish();
}

fn bench_table(c: &mut Criterion<Meas>, name: &str, values: &[u16]) {
    let block = 16384;
    let mut g = c.benchmark_group(format!("xnc/{name}"));
    g.throughput(Throughput::Bytes(values.len() as u64 * 2));
    // The fixed-position layout (what `encode_stream` writes: AVX2 + BMI2 records where the CPU
    // has them, and the portable path beside it) and the paper's (older containers).
    type Decode = fn(&[u8], Layout, &mut [u16]) -> xnc_codec::Result<()>;
    let runs: [(&str, Layout, Decode); 3] = [
        ("decode_one_core", Layout::Fixed, xnc::decode_stream_as),
        ("decode_one_core_portable", Layout::Fixed, xnc::decode_stream_portable_as),
        ("decode_one_core_paper", Layout::Paper, xnc::decode_stream_as),
    ];
    for (name, layout, decode) in runs {
        let blocks: Vec<(Vec<u8>, usize)> =
            values.chunks(block).map(|b| (xnc::encode_stream_as(b, layout).0, b.len())).collect();
        g.bench_function(name, |b| {
            let mut out = vec![0u16; block];
            b.iter(|| {
                for (bytes, n) in &blocks {
                    decode(bytes, layout, &mut out[..*n]).unwrap();
                }
            })
        });
    }
    g.bench_function("encode_one_core", |b| {
        b.iter(|| {
            for chunk in values.chunks(block) {
                std::hint::black_box(xnc::encode_stream(chunk));
            }
        })
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = common::criterion();
    targets = bench
}
criterion_main!(benches);

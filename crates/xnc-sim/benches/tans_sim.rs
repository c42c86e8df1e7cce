//! Speed of the Rust cycle simulation of the tANS decoders through the one driver that `xnc sim`,
//! the tests and this bench share (`Stimulus::simulate`): simulated clock cycles per second on real
//! BF16 weights, with and without stalls.
//!
//! `cargo bench -p xnc-sim --bench tans_sim`
//!
//! Data: the first 100 000 values of the smollm2 embedding in ../shared/data, else its committed
//! slice in testbench/data (`xnc_codec::testdata`). Criterion's throughput is in
//! elements = simulated cycles (table load, power-up and streaming), so "elem/s" is cycles/s. The
//! golden encoding of the vectors is made once, outside the measured loop (as `xnc sim` reports it).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use xnc_codec::ans::Histogram;
use xnc_codec::tensor::SafetensorsFile;
use xnc_codec::testdata;
use xnc_codec::Dtype;
use xnc_sim::vectors::Stimulus;
use xnc_sim::SimOptions;

const VALUES: usize = 100_000;
const BLOCK: usize = 16_384;
/// smollm2's index in `testdata::TABLES` and `testdata::SAMPLES`.
const SMOLLM2: usize = 1;

/// The smollm2 table of `testdata` (or its committed sample): path and first [`VALUES`] values.
fn load() -> (String, Vec<u16>) {
    let p = testdata::table_or_sample(SMOLLM2);
    let f = SafetensorsFile::open(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    let t = f.tensors[0].clone();
    (p.display().to_string(), f.words(&t, 0..VALUES.min(t.values())))
}

fn bench(c: &mut Criterion) {
    let (path, values) = load();
    let mut h = Histogram::new(Dtype::BF16);
    h.add(&values);
    for design in ["tans_decoder", "tans_decoder_fa"] {
        let st = Stimulus::tans(design, &path, values.clone(), 1, Some(BLOCK), &h).expect("stimulus");
        for (stall, seed) in [("no_stalls", None), ("stalls", Some(1))] {
            let opts = SimOptions { stall_seed: seed, ..Default::default() };
            let rep = st.simulate(&opts).expect("simulation");
            assert_eq!(rep.mismatches, 0, "{:?}", rep.first_mismatch);
            eprintln!(
                "{path}: {design} {stall}: {} values, {} cycles, {:.4} values/cycle, {:.2} M cycles/s (one run)",
                rep.values,
                rep.cycles,
                rep.values_per_cycle,
                rep.cycles_per_second() / 1e6
            );
            let mut g = c.benchmark_group(format!("sim_{design}"));
            g.sample_size(10);
            g.throughput(Throughput::Elements(rep.cycles));
            g.bench_function(stall, |b| b.iter(|| st.simulate(&opts).unwrap()));
            g.finish();
        }
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);

//! Speed of the Rust cycle simulation of the tANS decoders through the one driver that `xnc sim`,
//! the tests and this bench share (`Stimulus::simulate`): simulated clock cycles per second on real
//! BF16 weights, with and without stalls.
//!
//! `cargo bench -p xnc-sim --bench tans_sim`
//!
//! Data: the first 100 000 values of the smollm2 embedding in ../shared/data, else the committed
//! slice testbench/data/smollm2-135m.slice.bf16.safetensors. Criterion's throughput is in
//! elements = simulated cycles (table load, power-up and streaming), so "elem/s" is cycles/s. The
//! golden encoding of the vectors is made once, outside the measured loop (as `xnc sim` reports it).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::Path;
use xnc_codec::ans::Histogram;
use xnc_codec::tensor::SafetensorsFile;
use xnc_codec::Dtype;
use xnc_sim::vectors::Stimulus;
use xnc_sim::SimOptions;

const VALUES: usize = 100_000;
const BLOCK: usize = 16_384;

fn load() -> (String, Vec<u16>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    for p in [
        root.join("../shared/data/smollm2-135m-instruct.embed_tokens.bf16.safetensors"),
        root.join("testbench/data/smollm2-135m.slice.bf16.safetensors"),
    ] {
        if let Ok(f) = SafetensorsFile::open(&p) {
            let t = f.tensors[0].clone();
            return (p.display().to_string(), f.words(&t, 0..VALUES.min(t.values())));
        }
    }
    panic!("no smollm2 data: neither ../shared/data nor testbench/data has it");
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

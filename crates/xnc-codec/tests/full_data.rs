//! The published accounting on the full tables of `../shared/data` (skipped, with a message, when
//! that folder is absent): XNC bit counts equal the reference exactly, and the container falls back
//! to raw on native FP16.

use xnc_codec::container::{self, Codec, CodecChoice, CompressOptions, CountingSink};
use xnc_codec::format::bf16_to_f16_cast;
use xnc_codec::tensor::SafetensorsFile;
use xnc_codec::testdata::{shared_dir, TABLES};
use xnc_codec::xnc;

/// (file, cast, bits, n9, n12, n16, changed by the cast)
const REFERENCE: [(&str, bool, u64, u64, u64, u64, u64); 3] = [
    (TABLES[0], true, 139_272_915, 4_505_375, 7_200_835, 14_238, 887),
    (TABLES[1], true, 339_263_760, 9_890_384, 18_421_168, 0, 0),
    (TABLES[2], false, 329_234_236, 0, 2_489_081, 17_426_695, 0),
];

#[test]
fn xnc_reference_accounting_on_the_full_tables() {
    let Some(dir) = shared_dir("the XNC reference accounting on the full tables") else { return };
    for (file, cast, bits, n9, n12, n16, changed) in REFERENCE {
        let st = SafetensorsFile::open(&dir.join(file)).unwrap();
        let t = &st.tensors[0];
        let mut w = st.words(t, 0..t.values());
        if cast {
            let before = w.clone();
            w.iter_mut().for_each(|x| *x = bf16_to_f16_cast(*x));
            let diff = before
                .iter()
                .zip(&w)
                .filter(|(&b, &f)| half::bf16::from_bits(b).to_f32() != half::f16::from_bits(f).to_f32())
                .count() as u64;
            assert_eq!(diff, changed, "{file}: values changed by the cast");
        }
        let s = xnc::stats(&w);
        assert_eq!((s.bits, s.n9, s.n12, s.n16), (bits, n9, n12, n16), "{file}");
        // The container codes exactly these bits (before per-block byte padding).
        let opts = CompressOptions { codec: CodecChoice::Fixed(Codec::Xnc), cast_f16: cast, ..Default::default() };
        let (entry, _, m) =
            container::compress_tensor(t, st.bytes(t), &opts, &mut CountingSink::default(), &|_| {}).unwrap();
        assert_eq!(m.unwrap().payload_bits, bits, "{file}: container payload");
        if !cast {
            assert_eq!(entry.codec, Codec::Raw, "{file}: XNC expands native FP16, so the container stores it raw");
        }
    }
}

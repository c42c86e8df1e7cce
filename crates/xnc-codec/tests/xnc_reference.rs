//! XNC against the independent reference vectors (`../shared/vectors/xnc_reference.json`, copied to
//! `tests/data/`): transformed words, widths, chunk bit counts and the packed bytes, bit for bit.

use xnc_codec::bits::{MsbReader, MsbWriter};
use xnc_codec::xnc;

fn hex16(v: &serde_json::Value) -> u16 {
    u16::from_str_radix(v.as_str().unwrap(), 16).unwrap()
}

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
}

#[test]
fn reference_chunks_match_bit_for_bit() {
    let text = include_str!("data/xnc_reference.json");
    let doc: serde_json::Value = serde_json::from_str(text).unwrap();
    let chunks = doc["chunks"].as_array().unwrap();
    assert_eq!(chunks.len(), 14);
    for (k, c) in chunks.iter().enumerate() {
        let input: Vec<u16> = c["input"].as_array().unwrap().iter().map(hex16).collect();
        let rec = xnc::encode_chunk(&input);
        let words: Vec<u16> = c["transformed"].as_array().unwrap().iter().map(hex16).collect();
        assert_eq!(&rec.words[..], &words[..], "chunk {k}: transformed words");
        assert_eq!(rec.flag as u64, c["flag"].as_u64().unwrap(), "chunk {k}: flag");
        let widths: Vec<u8> = c["widths"].as_array().unwrap().iter().map(|w| w.as_u64().unwrap() as u8).collect();
        assert_eq!(&rec.widths[..], &widths[..], "chunk {k}: widths");
        assert_eq!(rec.bits as u64, c["chunk_bits"].as_u64().unwrap(), "chunk {k}: chunk bits");

        let mut w = MsbWriter::new();
        xnc::write_record(&rec, &mut w);
        assert_eq!(w.bit_len(), c["packed_bits"].as_u64().unwrap(), "chunk {k}: packed bits");
        let packed = w.finish();
        assert_eq!(packed, unhex(c["packed_hex"].as_str().unwrap()), "chunk {k}: packed bytes");

        let mut out = [0u16; 32];
        xnc::read_record(&mut MsbReader::new(&packed), &mut out).unwrap();
        assert_eq!(&out[..], &input[..], "chunk {k}: decode");
    }
}

//! XNC against the independent reference vectors (`../shared/vectors/xnc_reference.json`, copied to
//! `tests/data/`): transformed words, widths, chunk bit counts and the packed bytes, bit for bit.
//! The vectors pack records in the paper's layout; the fixed-position layout (docs/FORMAT.md 2.2)
//! is checked against them through a converter written here from the format text (bit moves only).

use xnc_codec::bits::{MsbReader, MsbWriter};
use xnc_codec::xnc::{self, Layout};

/// Bits of `bytes`, MSB first, the first `len`.
fn bits_of(bytes: &[u8], len: usize) -> Vec<u8> {
    (0..len).map(|k| (bytes[k / 8] >> (7 - k % 8)) & 1).collect()
}

/// A paper-layout record of `n` values (bits, one per entry) in the fixed-position layout: the
/// flag and selectors stay; each code splits into its short part (fixed place) and, for a long
/// word, its extension unit (after all short parts, in word order). F=1: a 9-bit code is its short
/// part; a 12-bit code `{b15, b13..b3}` is short `{b15, b10..b3}` + unit `{b13, b12, b11}`. F=0: a
/// 12-bit code is its short part; a 16-bit code `d` is short `{b15, b13..b3}` + unit `{b14, b2..b0}`.
fn paper_to_fixed(paper: &[u8], n: usize) -> Vec<u8> {
    let flag = paper[0] == 1;
    let mut shorts = Vec::new();
    let mut units = Vec::new();
    let mut at = 1 + n;
    for i in 0..n {
        let long = paper[1 + i] == 0;
        let w = match (flag, long) {
            (true, false) => 9,
            (true, true) | (false, false) => 12,
            (false, true) => 16,
        };
        let c = &paper[at..at + w];
        at += w;
        match (flag, long) {
            (_, false) => shorts.extend_from_slice(c),
            (true, true) => {
                shorts.push(c[0]);
                shorts.extend_from_slice(&c[4..12]);
                units.extend_from_slice(&c[1..4]);
            }
            (false, true) => {
                // c[k] is bit 15 - k of d
                shorts.push(c[0]);
                shorts.extend_from_slice(&c[2..13]);
                units.push(c[1]);
                units.extend_from_slice(&c[13..16]);
            }
        }
    }
    assert_eq!(at, paper.len());
    [&paper[..1 + n], &shorts[..], &units[..]].concat()
}

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
    let mut differ = 0;
    for (k, c) in chunks.iter().enumerate() {
        let input: Vec<u16> = c["input"].as_array().unwrap().iter().map(hex16).collect();
        let rec = xnc::encode_chunk(&input);
        let words: Vec<u16> = c["transformed"].as_array().unwrap().iter().map(hex16).collect();
        assert_eq!(&rec.words[..], &words[..], "chunk {k}: transformed words");
        assert_eq!(rec.flag as u64, c["flag"].as_u64().unwrap(), "chunk {k}: flag");
        let widths: Vec<u8> = c["widths"].as_array().unwrap().iter().map(|w| w.as_u64().unwrap() as u8).collect();
        assert_eq!(&rec.widths[..], &widths[..], "chunk {k}: widths");
        assert_eq!(rec.bits as u64, c["chunk_bits"].as_u64().unwrap(), "chunk {k}: chunk bits");

        let packed_bits = c["packed_bits"].as_u64().unwrap();
        let reference = unhex(c["packed_hex"].as_str().unwrap());
        let mut w = MsbWriter::new();
        xnc::write_record_as(&rec, Layout::Paper, &mut w);
        assert_eq!(w.bit_len(), packed_bits, "chunk {k}: packed bits");
        let packed = w.finish();
        assert_eq!(packed, reference, "chunk {k}: packed bytes");
        let mut out = [0u16; 32];
        xnc::read_record_as(&mut MsbReader::new(&packed), Layout::Paper, &mut out).unwrap();
        assert_eq!(&out[..], &input[..], "chunk {k}: decode");

        // The fixed layout: the reference record converted, same length, same values.
        let mut w = MsbWriter::new();
        xnc::write_record(&rec, &mut w);
        assert_eq!(w.bit_len(), packed_bits, "chunk {k}: fixed layout, bits");
        let fixed = w.finish();
        let n = packed_bits as usize;
        assert_eq!(bits_of(&fixed, n), paper_to_fixed(&bits_of(&reference, n), 32), "chunk {k}: fixed layout");
        differ += (fixed != packed) as usize;
        let mut out = [0u16; 32];
        xnc::read_record(&mut MsbReader::new(&fixed), &mut out).unwrap();
        assert_eq!(&out[..], &input[..], "chunk {k}: fixed layout, decode");
    }
    assert!(differ >= 7, "the vectors exercise the layout change: {differ} of 14 records differ");
}

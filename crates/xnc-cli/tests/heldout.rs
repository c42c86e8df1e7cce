//! Cases found by the held-out check of the `xnc` command line (compress / decompress / get-row on
//! odd but valid safetensors inputs and sharded checkpoints), each a test that failed before its fix.

use std::path::Path;
use std::process::{Command, Output};
use xnc_codec::testdata::{sample, SAMPLES};

fn xnc(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xnc")).args(args).output().unwrap()
}

fn ok(o: Output) -> Output {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    o
}

/// The data section of the committed BF16 sample (its first `n` bytes).
fn sample_bytes(n: usize) -> Vec<u8> {
    let raw = std::fs::read(sample(SAMPLES[0])).unwrap();
    let h = u64::from_le_bytes(raw[..8].try_into().unwrap()) as usize;
    raw[8 + h..8 + h + n].to_vec()
}

/// A safetensors file with this header text (padded with spaces to 8 bytes) and data.
fn write_raw(path: &Path, header: &str, data: &[u8]) {
    let mut h = header.as_bytes().to_vec();
    while h.len() % 8 != 0 {
        h.push(b' ');
    }
    let mut v = (h.len() as u64).to_le_bytes().to_vec();
    v.extend_from_slice(&h);
    v.extend_from_slice(data);
    std::fs::write(path, v).unwrap();
}

/// safetensors readers ignore fields of a tensor entry other than dtype, shape and data_offsets
/// (the reference reader's `TensorInfo` does not deny unknown fields), so `compress` accepts such a
/// file; `decompress` must then give back the very same bytes, not a rewritten header. Before the
/// fix the header was regenerated without the extra field and in another key order, exit 0.
#[test]
fn a_header_with_extra_tensor_fields_comes_back_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let data = sample_bytes(2 * 2 * 384);
    let header = r#"{"__metadata__": {"format": "pt"}, "w": {"dtype": "BF16", "shape": [2, 384], "data_offsets": [0, 1536], "quant": null, "note": {"k": [1, 2]}}}"#;
    let input = dir.path().join("in.safetensors");
    write_raw(&input, header, &data);
    for codec in ["xnc", "ans-fa", "ans-ctx", "raw"] {
        let x = dir.path().join(format!("{codec}.xnc"));
        let back = dir.path().join(format!("{codec}.safetensors"));
        ok(xnc(&["compress", input.to_str().unwrap(), "-o", x.to_str().unwrap(), "--codec", codec]));
        ok(xnc(&["decompress", x.to_str().unwrap(), "-o", back.to_str().unwrap()]));
        assert!(
            std::fs::read(&back).unwrap() == std::fs::read(&input).unwrap(),
            "{codec}: decompress changed the file"
        );
    }
}

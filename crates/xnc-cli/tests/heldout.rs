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
    while !h.len().is_multiple_of(8) {
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

/// The byte offset an error line names (`... (at byte offset N)`).
fn error_offset(o: &Output) -> u64 {
    let e = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success() && e.lines().count() == 1, "{e}");
    let tail = e.rsplit("at byte offset ").next().unwrap();
    tail.trim_end().trim_end_matches(')').parse().unwrap_or_else(|_| panic!("no byte offset in: {e}"))
}

/// Data offsets outside the data section gave the offset `8 + header + start`, saturated: an
/// offset past the end of the file (18446744073709551615 for `[2^64-1, 2^64-1]`). An error now
/// names the tensor's entry in the header, a byte of the file.
#[test]
fn out_of_range_data_offsets_name_a_byte_of_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let data = sample_bytes(64);
    let max = u64::MAX;
    for offsets in [format!("[{max}, {max}]"), "[64, 0]".into(), "[0, 128]".into(), format!("[{}, {max}]", max - 8)] {
        let header = format!(r#"{{"t": {{"dtype": "BF16", "shape": [0], "data_offsets": {offsets}}}}}"#);
        let input = dir.path().join("in.safetensors");
        write_raw(&input, &header, &data);
        let size = std::fs::metadata(&input).unwrap().len();
        for cmd in ["compress", "stats"] {
            let out = dir.path().join("o.xnc");
            let args: Vec<&str> = match cmd {
                "compress" => vec![cmd, input.to_str().unwrap(), "-o", out.to_str().unwrap()],
                _ => vec![cmd, input.to_str().unwrap()],
            };
            let o = xnc(&args);
            let at = error_offset(&o);
            assert!(at < size, "{cmd} {offsets}: offset {at} is past the end of the {size}-byte file");
            assert!(String::from_utf8_lossy(&o.stderr).contains("'t'"), "the tensor is named");
            assert!(!out.exists(), "no output file");
        }
    }
}

/// A checkpoint folder (no index) whose shard is a dangling symbolic link (a Hugging Face cache
/// whose blob was never downloaded) or a FIFO: `compress` skipped it and wrote a container of the
/// other shards, exit 0, so the checkpoint came back without it. Now a `.safetensors` entry of the
/// folder that is not a regular file is an error naming it, and nothing is written.
#[test]
fn a_folder_shard_that_is_not_a_regular_file_is_an_error_not_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let ckpt = dir.path().join("ckpt");
    std::fs::create_dir(&ckpt).unwrap();
    std::fs::copy(sample(SAMPLES[0]), ckpt.join("model-00001-of-00002.safetensors")).unwrap();
    let broken = ckpt.join("model-00002-of-00002.safetensors");
    std::os::unix::fs::symlink(dir.path().join("blobs/never-downloaded"), &broken).unwrap();
    let out = dir.path().join("o.xnc");
    let o = xnc(&["compress", ckpt.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    let e = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success(), "compress dropped the broken shard: {e}");
    assert!(e.contains("model-00002-of-00002.safetensors") && e.lines().count() == 1, "{e}");
    assert!(!out.exists());
    std::fs::remove_file(&broken).unwrap();
    let status = Command::new("mkfifo").arg(&broken).status().unwrap();
    assert!(status.success());
    let o = xnc(&["compress", ckpt.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert!(!o.status.success() && String::from_utf8_lossy(&o.stderr).contains("model-00002"), "FIFO shard");
    assert!(!out.exists());
}

/// `xnc sim --vcd` wrote its trace over whatever path it was given: the input safetensors file
/// itself (destroyed, exit 0), or through a symbolic link. It now follows the output rules of
/// compress and decompress: never an input, a link or a special file only with --force.
#[test]
fn sim_vcd_never_overwrites_the_input_or_follows_a_link_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.safetensors");
    std::fs::copy(sample(SAMPLES[0]), &input).unwrap();
    let before = std::fs::read(&input).unwrap();
    let i = input.to_str().unwrap();
    let sim = |vcd: &Path, force: bool| {
        let mut args = vec!["sim", "--design", "tans_decoder", "--rows", "0..2", "--vcd", vcd.to_str().unwrap(), i];
        if force {
            args.push("--force");
        }
        xnc(&args)
    };
    let o = sim(&input, false);
    let e = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success() && e.contains("is the input") && e.lines().count() == 1, "{e}");
    assert!(std::fs::read(&input).unwrap() == before, "the input was overwritten");
    let o = sim(&input, true);
    assert!(!o.status.success(), "--force does not make the input an output either");
    assert!(std::fs::read(&input).unwrap() == before, "the input was overwritten");
    let link = dir.path().join("trace.vcd");
    std::os::unix::fs::symlink(dir.path().join("elsewhere.vcd"), &link).unwrap();
    let o = sim(&link, false);
    assert!(!o.status.success() && String::from_utf8_lossy(&o.stderr).contains("symbolic link"));
    ok(sim(&dir.path().join("ok.vcd"), false));
    assert!(std::fs::read_to_string(dir.path().join("ok.vcd")).unwrap().contains("$enddefinitions"));
}

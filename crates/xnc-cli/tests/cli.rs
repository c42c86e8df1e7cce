//! The `xnc` command line on the cases of issue 10: outputs that must not be replaced, the umask,
//! signals and file-size limits (no temporary file left), a closed stdout, one-line errors,
//! numbers from get-row, the F32 hint, sharded checkpoints.

use std::io::{BufRead, BufReader};
use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use xnc_codec::testdata::{sample, SAMPLES};

fn xnc() -> Command {
    Command::new(env!("CARGO_BIN_EXE_xnc"))
}

/// The committed BF16 sample (minilm) and the FP16 one (whisper).
const BF16: &str = SAMPLES[0];
const F16: &str = SAMPLES[2];

/// A scratch folder whose name does not look like our temporary files.
fn tdir() -> tempfile::TempDir {
    tempfile::Builder::new().prefix("xnc-cli-test").tempdir().unwrap()
}

fn run(args: &[&str]) -> Output {
    xnc().args(args).output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".xnc-") || n.starts_with(".tmp"))
        .collect()
}

fn one_error_line(o: &Output) -> String {
    assert!(!o.status.success());
    let e = stderr(o);
    assert_eq!(e.lines().count(), 1, "one line: {e}");
    assert!(e.starts_with("error: ") && !e.contains(".xnc-") && !e.contains(".tmp"), "{e}");
    e
}

#[test]
fn special_files_symlinks_and_the_input_are_not_replaced() {
    let dir = tdir();
    let input = sample(BF16);
    let s = input.to_str().unwrap();
    for dev in ["/dev/null", "/dev/stdout"] {
        let e = one_error_line(&run(&["compress", s, "-o", dev]));
        assert!(e.contains("--force"), "{e}");
        assert!(std::fs::metadata("/dev/null").unwrap().file_type().is_char_device());
    }
    let o = xnc().args(["compress", s, "-o", "/dev/null", "--force"]).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(std::fs::metadata("/dev/null").unwrap().file_type().is_char_device());
    // --force to /dev/stdout (a pipe here): the data alone on stdout, the status line on stderr.
    let packed = dir.path().join("p.xnc");
    assert!(run(&["compress", s, "-o", packed.to_str().unwrap()]).status.success());
    let o = run(&["decompress", packed.to_str().unwrap(), "-o", "/dev/stdout", "--force"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(o.stdout == std::fs::read(&input).unwrap(), "decompressed to stdout");
    // The output is the input (also through another path).
    let copy = dir.path().join("in.safetensors");
    std::fs::copy(&input, &copy).unwrap();
    let before = std::fs::read(&copy).unwrap();
    let other = format!("{}/./in.safetensors", dir.path().display());
    let e = one_error_line(&run(&["compress", copy.to_str().unwrap(), "-o", &other]));
    assert!(e.contains("is the input"), "{e}");
    assert!(std::fs::read(&copy).unwrap() == before);
    // A symbolic link: refused; with --force the file it points to is written, the link kept.
    let target = dir.path().join("target.xnc");
    std::fs::write(&target, b"old").unwrap();
    let link = dir.path().join("link.xnc");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let e = one_error_line(&run(&["compress", s, "-o", link.to_str().unwrap()]));
    assert!(e.contains("symbolic link"), "{e}");
    assert_eq!(std::fs::read(&target).unwrap(), b"old");
    assert!(run(&["compress", s, "-o", link.to_str().unwrap(), "--force"]).status.success());
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    assert!(std::fs::read(&target).unwrap().starts_with(b"\x89XNC"));
    assert!(leftovers(dir.path()).is_empty());
}

#[test]
fn outputs_keep_the_umask() {
    let dir = tdir();
    for (umask, mode) in [("022", 0o644), ("027", 0o640), ("077", 0o600)] {
        let out = dir.path().join(format!("u{umask}.xnc"));
        let back = dir.path().join(format!("u{umask}.safetensors"));
        let cmd = format!(
            "umask {umask} && '{x}' compress '{i}' -o '{o}' && '{x}' decompress '{o}' -o '{b}'",
            x = env!("CARGO_BIN_EXE_xnc"),
            i = sample(BF16).display(),
            o = out.display(),
            b = back.display()
        );
        assert!(Command::new("sh").args(["-c", &cmd]).status().unwrap().success());
        for p in [&out, &back] {
            assert_eq!(std::fs::metadata(p).unwrap().permissions().mode() & 0o777, mode, "{umask} {}", p.display());
        }
    }
}

/// A BF16 checkpoint big enough that compressing it takes a while (repeated real rows).
fn big_input(dir: &Path) -> PathBuf {
    let b = std::fs::read(sample(BF16)).unwrap();
    let n = u64::from_le_bytes(b[..8].try_into().unwrap()) as usize;
    let data = &b[8 + n..];
    let reps = (48 << 20) / data.len();
    let rows = 256 * reps;
    let header =
        format!("{{\"w\":{{\"dtype\":\"BF16\",\"shape\":[{rows},384],\"data_offsets\":[0,{}]}}}}", data.len() * reps);
    let mut v = (header.len() as u64).to_le_bytes().to_vec();
    v.extend_from_slice(header.as_bytes());
    for _ in 0..reps {
        v.extend_from_slice(data);
    }
    let p = dir.join("big.safetensors");
    std::fs::write(&p, v).unwrap();
    p
}

#[test]
fn sigint_and_sigterm_remove_the_temporary_file() {
    let dir = tdir();
    let input = big_input(dir.path());
    for sig in [libc::SIGINT, libc::SIGTERM] {
        let out = dir.path().join("out.xnc");
        let mut child = xnc()
            .args(["compress", input.to_str().unwrap(), "-o", out.to_str().unwrap(), "--codec", "ans"])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Wait until the temporary file exists, then signal.
        let t0 = std::time::Instant::now();
        while leftovers(dir.path()).is_empty() && t0.elapsed().as_secs() < 60 {
            std::thread::yield_now();
        }
        assert!(!leftovers(dir.path()).is_empty(), "no temporary file seen");
        // SAFETY: signalling our own child process by its id.
        unsafe { libc::kill(child.id() as i32, sig) };
        let status = child.wait().unwrap();
        assert_eq!(status.code(), Some(130), "signal {sig}: interrupted, exit 130");
        assert!(!out.exists());
        assert!(leftovers(dir.path()).is_empty(), "signal {sig} left {:?}", leftovers(dir.path()));
        let _ = std::fs::remove_file(&out);
    }
}

#[test]
fn a_file_size_limit_is_an_error_that_leaves_nothing() {
    let dir = tdir();
    let out = dir.path().join("limited.xnc");
    let cmd = format!(
        "ulimit -f 64 && exec '{}' compress '{}' -o '{}'",
        env!("CARGO_BIN_EXE_xnc"),
        sample(BF16).display(),
        out.display()
    );
    let o = Command::new("sh").args(["-c", &cmd]).output().unwrap();
    let e = one_error_line(&o);
    assert!(e.contains("limited.xnc") && e.contains("too large"), "{e}");
    assert!(!out.exists() && leftovers(dir.path()).is_empty());
}

#[test]
fn a_closed_stdout_is_not_a_panic() {
    let mut child = xnc()
        .args(["stats", sample(BF16).to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
    // The reader is dropped here: stdout is closed while stats still prints.
    let o = child.wait_with_output().unwrap();
    assert!(first.starts_with("tensor "), "{first}");
    assert_ne!(o.status.code(), Some(101), "exit 101 is a panic");
    assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
}

#[test]
fn errors_are_one_line_naming_file_tensor_and_offset() {
    let dir = tdir();
    let out = dir.path().join("c.xnc");
    assert!(run(&["compress", sample(BF16).to_str().unwrap(), "-o", out.to_str().unwrap()]).status.success());
    let mut b = std::fs::read(&out).unwrap();
    b[40] ^= 0x10;
    std::fs::write(&out, &b).unwrap();
    let e = one_error_line(&run(&["decompress", out.to_str().unwrap(), "-o", dir.path().join("x").to_str().unwrap()]));
    assert!(e.contains("c.xnc") && e.contains("embeddings.word_embeddings.weight") && e.contains("byte offset"), "{e}");
    // An I/O error says its cause once and shows no temporary path.
    let e = one_error_line(&run(&["compress", sample(BF16).to_str().unwrap(), "-o", "/nonexistent/dir/o.xnc"]));
    assert_eq!(e.matches("No such file").count() + e.matches("not found").count(), 1, "{e}");
    // A folder given as a file.
    let e = one_error_line(&run(&["get-row", dir.path().to_str().unwrap(), "t", "0"]));
    assert!(e.contains("folder"), "{e}");
}

fn write_st(path: &Path, tensors: &[(&str, &str, &[usize], Vec<u8>)]) {
    let mut header = String::from("{");
    let mut off = 0;
    for (i, (n, d, s, b)) in tensors.iter().enumerate() {
        if i > 0 {
            header.push(',');
        }
        header.push_str(&format!(
            "\"{n}\":{{\"dtype\":\"{d}\",\"shape\":{s:?},\"data_offsets\":[{off},{}]}}",
            off + b.len()
        ));
        off += b.len();
    }
    header.push('}');
    let mut v = (header.len() as u64).to_le_bytes().to_vec();
    v.extend_from_slice(header.as_bytes());
    for t in tensors {
        v.extend_from_slice(&t.3);
    }
    std::fs::write(path, v).unwrap();
}

#[test]
fn get_row_prints_f32_and_i64_as_numbers_and_f32_checkpoints_get_a_hint() {
    let dir = tdir();
    let p = dir.path().join("f.safetensors");
    let f32s: Vec<u8> = [1.5f32, -2.25, 3.0, 0.125, 7.0, 8.5].iter().flat_map(|x| x.to_le_bytes()).collect();
    let i64s: Vec<u8> = [-3i64, 40, 5_000_000_000].iter().flat_map(|x| x.to_le_bytes()).collect();
    write_st(&p, &[("w", "F32", &[2, 3], f32s), ("ids", "I64", &[3], i64s)]);
    let out = dir.path().join("f.xnc");
    let o = run(&["compress", p.to_str().unwrap(), "-o", out.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&o.stdout).contains("F16 and BF16 only"), "hint");
    let row = run(&["get-row", out.to_str().unwrap(), "w", "1"]);
    assert_eq!(String::from_utf8_lossy(&row.stdout).trim(), "0.125 7 8.5");
    let row = run(&["get-row", out.to_str().unwrap(), "ids", "2"]);
    assert_eq!(String::from_utf8_lossy(&row.stdout).trim(), "5000000000");
}

#[test]
fn stats_accepts_block_values_and_a_sharded_folder_round_trips_through_the_cli() {
    let dir = tdir();
    let o = run(&["stats", sample(BF16).to_str().unwrap(), "--block-values", "1", "--codec", "xnc"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let ck = dir.path().join("ck");
    std::fs::create_dir(&ck).unwrap();
    for (i, name) in [BF16, F16].iter().enumerate() {
        std::fs::copy(sample(name), ck.join(format!("model-0000{}-of-00002.safetensors", i + 1))).unwrap();
    }
    std::fs::write(
        ck.join("model.safetensors.index.json"),
        r#"{"metadata":{},"weight_map":{"embeddings.word_embeddings.weight":"model-00001-of-00002.safetensors","model.decoder.embed_tokens.weight":"model-00002-of-00002.safetensors"}}"#,
    )
    .unwrap();
    let x = dir.path().join("ck.xnc");
    for input in [ck.clone(), ck.join("model.safetensors.index.json")] {
        assert!(run(&["compress", input.to_str().unwrap(), "-o", x.to_str().unwrap()]).status.success());
        let back = dir.path().join("back");
        let _ = std::fs::remove_dir_all(&back);
        assert!(run(&["decompress", x.to_str().unwrap(), "-o", back.to_str().unwrap()]).status.success());
        for e in std::fs::read_dir(&ck).unwrap() {
            let e = e.unwrap();
            assert!(std::fs::read(e.path()).unwrap() == std::fs::read(back.join(e.file_name())).unwrap());
        }
        // A second decompress into the now non-empty folder needs --force.
        one_error_line(&run(&["decompress", x.to_str().unwrap(), "-o", back.to_str().unwrap()]));
        let f = run(&["decompress", x.to_str().unwrap(), "-o", back.to_str().unwrap(), "--force"]);
        assert!(f.status.success(), "{}", stderr(&f));
    }
    let row = run(&["get-row", x.to_str().unwrap(), "model.decoder.embed_tokens.weight", "3"]);
    assert!(row.status.success() && !row.stdout.is_empty());
    assert!(run(&["stats", ck.to_str().unwrap(), "--codec", "ans"]).status.success());
    assert!(leftovers(dir.path()).is_empty());
}

/// `XNC_SIMD` caps the instruction-set paths (`xnc_codec::cpu`): every level writes the same
/// container bytes and reads back the original file, for every codec, on all three samples. Blocks
/// of 4096 values make 20-23 blocks per sample, enough for the gather groups (8 one-lane blocks,
/// 4 two-lane ones for `ans-ctx`), so the table logs and lane counts below reach the register
/// lookup (R <= 6) and the gathers (above), with 64-bit or 32-bit windows by level, the tagged
/// `ans-ctx` passes (one and two lanes) and its untagged one (eight). On a CPU without a level,
/// that level runs the next lower one. (The 32-bit-window register pass of a CPU with AVX-512 F
/// but not VBMI2 is reached only by the unit test's `without_wide_windows`.)
#[test]
fn every_instruction_set_level_writes_and_reads_the_same_bytes() {
    let dir = tdir();
    let levels: Vec<&str> = xnc_codec::cpu::SimdLevel::ALL.iter().map(|l| l.name()).collect();
    for name in SAMPLES {
        let input = sample(name);
        let original = std::fs::read(&input).unwrap();
        for codec in ["xnc", "ans", "ans-fa", "ans-ctx"] {
            for (r, lanes) in [("6", "1"), ("6", "2"), ("8", "1"), ("10", "2"), ("10", "8")] {
                let mut first: Option<Vec<u8>> = None;
                for level in &levels {
                    let x = dir.path().join(format!("{level}.xnc"));
                    let back = dir.path().join(format!("{level}.safetensors"));
                    let args = [input.to_str().unwrap(), "-o", x.to_str().unwrap(), "--codec", codec];
                    let o = xnc()
                        .env(xnc_codec::cpu::SIMD_ENV, level)
                        .arg("compress")
                        .args(args)
                        .args(["--table-log", r, "--lanes", lanes, "--block-values", "4096", "--force"])
                        .output()
                        .unwrap();
                    assert!(o.status.success(), "{name} {codec} R={r} {lanes} lanes {level}: {}", stderr(&o));
                    let bytes = std::fs::read(&x).unwrap();
                    match &first {
                        None => first = Some(bytes),
                        Some(f) => {
                            assert!(*f == bytes, "{name} {codec} R={r} {lanes} lanes: {level} wrote other bytes")
                        }
                    }
                    let o = xnc()
                        .env(xnc_codec::cpu::SIMD_ENV, level)
                        .args(["decompress", x.to_str().unwrap(), "-o", back.to_str().unwrap(), "--force"])
                        .output()
                        .unwrap();
                    assert!(o.status.success(), "{name} {codec} R={r} {lanes} lanes {level}: {}", stderr(&o));
                    assert!(
                        std::fs::read(&back).unwrap() == original,
                        "{name} {codec} R={r} {lanes} lanes: {level} read back other bytes"
                    );
                }
            }
        }
    }
    let o = xnc().env(xnc_codec::cpu::SIMD_ENV, "sse9").args(["blocks"]).output().unwrap();
    let e = one_error_line(&o);
    assert!(e.contains("XNC_SIMD") && e.contains("sse9") && e.contains("avx2"), "{e}");
}

//! The `.xnc` container end to end on the committed real sample: every codec round-trips to
//! identical bytes, rows are read at random, and every kind of bad input is a clear error that
//! names where it happened, never a panic and never a file left behind.

use std::path::{Path, PathBuf};

use xnc_codec::container::{self, Codec, CodecChoice, CompressOptions, XncFile};
use xnc_codec::tensor::{SafetensorsFile, SafetensorsWriter, TensorSpec};
use xnc_codec::testdata::{sample, SAMPLES};
use xnc_codec::Error;

fn opts(codec: CodecChoice) -> CompressOptions {
    CompressOptions { codec, block_values: Some(4096), ..CompressOptions::default() }
}

fn compress(input: &Path, dir: &Path, o: &CompressOptions) -> PathBuf {
    let out = dir.join("t.xnc");
    container::compress_file(input, &out, o, &|_| {}).unwrap();
    out
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    v.sort();
    v
}

#[test]
fn every_codec_round_trips_the_real_sample_to_identical_bytes() {
    for s in SAMPLES {
        let input = sample(s);
        let orig = SafetensorsFile::open(&input).unwrap();
        for codec in [Codec::Raw, Codec::Xnc, Codec::Ans, Codec::AnsFa, Codec::AnsCtx] {
            for table_log in [5, 6, 10] {
                if !matches!(codec, Codec::Ans | Codec::AnsCtx) && table_log != 6 {
                    continue;
                }
                let dir = tempfile::tempdir().unwrap();
                let o = CompressOptions { table_log, ..opts(CodecChoice::Fixed(codec)) };
                let packed = compress(&input, dir.path(), &o);
                let back = dir.path().join("back.safetensors");
                XncFile::open(&packed).unwrap().decompress_to(&back, &|_| {}).unwrap();
                assert!(
                    std::fs::read(&back).unwrap() == std::fs::read(&input).unwrap(),
                    "{s} {codec:?}: not the same file"
                );
                let got = SafetensorsFile::open(&back).unwrap();
                assert_eq!(got.metadata, orig.metadata, "{s} {codec:?}: metadata");
                assert_eq!(got.tensors.len(), orig.tensors.len());
                for (a, b) in orig.tensors.iter().zip(&got.tensors) {
                    assert_eq!((&a.name, &a.dtype_name, &a.shape), (&b.name, &b.dtype_name, &b.shape));
                    assert!(orig.bytes(a) == got.bytes(b), "{s} {codec:?} R={table_log}: tensor bytes differ");
                }
            }
        }
    }
}

#[test]
fn get_row_returns_the_original_row() {
    for s in SAMPLES {
        let input = sample(s);
        let orig = SafetensorsFile::open(&input).unwrap();
        let t = &orig.tensors[0];
        let dir = tempfile::tempdir().unwrap();
        let packed = compress(&input, dir.path(), &opts(CodecChoice::Auto));
        let f = XncFile::open(&packed).unwrap();
        let row_bytes = t.row_len() * 2;
        for row in [0, 1, 7, t.rows() / 2, t.rows() - 1] {
            let got = f.get_row(&t.name, row as u64).unwrap();
            assert_eq!(got, &orig.bytes(t)[row * row_bytes..(row + 1) * row_bytes], "{s} row {row}");
        }
        let err = f.get_row(&t.name, t.rows() as u64).unwrap_err();
        assert!(err.to_string().contains("out of range"), "{err}");
        assert!(f.get_row("no.such.tensor", 0).unwrap_err().to_string().contains("no tensor named"));
    }
}

#[test]
fn native_fp16_never_expands_and_auto_picks_the_smallest() {
    let input = sample(SAMPLES[2]);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("w.xnc");
    let s = container::compress_file(&input, &out, &opts(CodecChoice::Fixed(Codec::Xnc)), &|_| {}).unwrap();
    assert_eq!(s[0].codec, Codec::Raw, "XNC expands native FP16: the container must fall back to raw");
    assert!(s[0].note.contains("stored raw"), "the fallback is said: {}", s[0].note);
    assert!(s[0].stored_bytes <= s[0].raw_bytes);
    let auto = container::compress_file(&input, &out, &opts(CodecChoice::Auto), &|_| {}).unwrap();
    for c in [Codec::Xnc, Codec::Ans, Codec::AnsFa] {
        let one = container::compress_file(&input, &out, &opts(CodecChoice::Fixed(c)), &|_| {}).unwrap();
        assert!(auto[0].stored_bytes <= one[0].stored_bytes + 64, "auto {:?} vs {c:?}", auto[0]);
    }
}

#[test]
fn container_overhead_is_under_one_percent() {
    let input = sample(SAMPLES[0]);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("m.xnc");
    let s = container::compress_file(&input, &out, &CompressOptions::default(), &|_| {}).unwrap();
    let file_len = std::fs::metadata(&out).unwrap().len();
    let payload = s[0].stored_bytes;
    assert!(((file_len - payload) as f64) < 0.01 * payload as f64, "{file_len} bytes for {payload} of blocks");
}

#[test]
fn cast_f16_is_explicit_and_counts_changed_values() {
    let input = sample(SAMPLES[0]);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("c.xnc");
    let o = CompressOptions { cast_f16: true, ..opts(CodecChoice::Fixed(Codec::Xnc)) };
    let s = container::compress_file(&input, &out, &o, &|_| {}).unwrap();
    assert!(s[0].note.contains("cast BF16 -> F16 changed"), "{}", s[0].note);
    let f = XncFile::open(&out).unwrap();
    assert_eq!(f.dir.tensors[0].dtype_name, "F16");
    assert_eq!(f.dir.tensors[0].source_dtype_name, "BF16");
    // The FP16 copy round-trips exactly.
    let orig = SafetensorsFile::open(&input).unwrap();
    let t = &orig.tensors[0];
    let words = orig.words(t, 0..t.values());
    let back = dir.path().join("b.safetensors");
    f.decompress_to(&back, &|_| {}).unwrap();
    let got = SafetensorsFile::open(&back).unwrap();
    let gw = got.words(&got.tensors[0], 0..t.values());
    let cast: Vec<u16> = words.iter().map(|&w| xnc_codec::format::bf16_to_f16_cast(w)).collect();
    assert_eq!(gw, cast);
}

// ------------------------------------------------------------------------------------------
// Bad input: one test per error path.

fn packed_sample(dir: &Path) -> (PathBuf, Vec<u8>) {
    let p = compress(&sample(SAMPLES[1]), dir, &opts(CodecChoice::Fixed(Codec::Ans)));
    let b = std::fs::read(&p).unwrap();
    (p, b)
}

fn open_bytes(dir: &Path, bytes: &[u8]) -> Result<Vec<u8>, Error> {
    let p = dir.join("bad.xnc");
    std::fs::write(&p, bytes).unwrap();
    let f = XncFile::open(&p)?;
    let out = dir.join("bad-out.safetensors");
    let r = f.decompress_to(&out, &|_| {});
    assert!(!out.exists() || r.is_ok(), "a failed decompression left {} behind", out.display());
    r.map(|_| Vec::new())
}

#[test]
fn truncated_file_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let (_, b) = packed_sample(dir.path());
    for cut in [0, 10, 100, b.len() / 2, b.len() - 1] {
        let e = open_bytes(dir.path(), &b[..cut]).unwrap_err();
        assert!(e.to_string().contains("byte offset") || e.to_string().contains("truncated"), "{e}");
    }
}

#[test]
fn wrong_magic_and_version_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut b) = packed_sample(dir.path());
    let mut m = b.clone();
    m[1] = b'Y';
    assert!(open_bytes(dir.path(), &m).unwrap_err().to_string().contains("wrong magic"));
    b[8] = 99;
    let e = open_bytes(dir.path(), &b).unwrap_err();
    assert!(e.to_string().contains("version 99"), "{e}");
}

#[test]
fn a_flipped_bit_anywhere_is_detected() {
    let dir = tempfile::tempdir().unwrap();
    let (_, b) = packed_sample(dir.path());
    // Every 97th byte, all 8 bits in turn over the file: blocks, directory and trailer.
    for (k, i) in (0..b.len()).step_by(97).enumerate() {
        let mut c = b.clone();
        c[i] ^= 1 << (k % 8);
        let e = open_bytes(dir.path(), &c);
        assert!(e.is_err(), "flipping bit {} of byte {i} went unnoticed", k % 8);
        let msg = e.unwrap_err().to_string();
        assert!(msg.contains("offset") || msg.contains("CRC"), "{msg}");
    }
}

#[test]
fn a_flipped_block_bit_names_tensor_and_block() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mut b) = packed_sample(dir.path());
    b[container::FILE_HEADER_LEN as usize + 5] ^= 0x10;
    let e = open_bytes(dir.path(), &b).unwrap_err().to_string();
    assert!(e.contains("model.embed_tokens.weight") && e.contains("block 0") && e.contains("CRC32"), "{e}");
}

#[test]
fn bad_safetensors_input_is_an_error_and_leaves_no_output() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.safetensors");
    let good = std::fs::read(sample(SAMPLES[2])).unwrap();
    std::fs::write(&bad, &good[..good.len() - 3]).unwrap();
    let out = dir.path().join("o.xnc");
    let e = container::compress_file(&bad, &out, &CompressOptions::default(), &|_| {}).unwrap_err();
    assert!(e.to_string().contains("data_offsets") && e.to_string().contains("byte offset"), "{e}");
    assert!(!out.exists());
    assert_eq!(files_in(dir.path()), vec!["bad.safetensors".to_string()], "no temporary file left behind");
}

fn write_st(path: &Path, name: &str, dtype: &str, shape: &[usize], data: &[u8]) {
    let spec = TensorSpec { name: name.into(), dtype_name: dtype.into(), shape: shape.to_vec(), nbytes: data.len() };
    let mut w = SafetensorsWriter::new("t", Vec::new(), &[spec], &None, None).unwrap();
    w.write(data).unwrap();
    std::fs::write(path, w.finish().unwrap()).unwrap();
}

#[test]
fn unsupported_dtype_is_stored_raw_and_said_so() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("f32.safetensors");
    let data: Vec<u8> = (0..64u32).flat_map(|i| (i as f32 * 0.5).to_le_bytes()).collect();
    write_st(&p, "norm.weight", "F32", &[8, 8], &data);
    let out = dir.path().join("f32.xnc");
    let s = container::compress_file(&p, &out, &CompressOptions::default(), &|_| {}).unwrap();
    assert_eq!(s[0].codec, Codec::Raw);
    assert!(s[0].note.contains("dtype F32 is stored raw"), "{}", s[0].note);
    let f = XncFile::open(&out).unwrap();
    assert_eq!(f.get_row("norm.weight", 3).unwrap(), &data[3 * 32..4 * 32]);
}

#[test]
fn empty_and_odd_shaped_tensors_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    for (shape, n) in [(vec![0usize, 16], 0usize), (vec![7, 5], 35), (vec![3], 3), (vec![], 1), (vec![2, 3, 5], 30)] {
        let p = dir.path().join("e.safetensors");
        let data: Vec<u8> = (0..n as u16).flat_map(|i| (0x3c00u16 ^ i.wrapping_mul(0x1234)).to_le_bytes()).collect();
        write_st(&p, "t", "BF16", &shape, &data);
        for codec in [Codec::Xnc, Codec::Ans, Codec::AnsFa] {
            let out = dir.path().join("e.xnc");
            container::compress_file(&p, &out, &opts(CodecChoice::Fixed(codec)), &|_| {}).unwrap();
            let back = dir.path().join("e2.safetensors");
            XncFile::open(&out).unwrap().decompress_to(&back, &|_| {}).unwrap();
            let got = SafetensorsFile::open(&back).unwrap();
            assert_eq!(got.tensors[0].shape, shape);
            assert_eq!(got.bytes(&got.tensors[0]), &data[..], "{shape:?} {codec:?}");
        }
    }
}

#[test]
fn table_log_out_of_range_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let o = CompressOptions { table_log: 11, ..CompressOptions::default() };
    let e = container::compress_file(&sample(SAMPLES[0]), &dir.path().join("x.xnc"), &o, &|_| {}).unwrap_err();
    assert!(e.to_string().contains("table log 11"), "{e}");
}

#[test]
fn all_65536_patterns_of_both_dtypes_round_trip_in_every_codec() {
    let dir = tempfile::tempdir().unwrap();
    // In order, then scattered by an odd stride so every pattern meets varied neighbours.
    let ordered: Vec<u16> = (0..=u16::MAX).collect();
    let scattered: Vec<u16> = (0..65536u32).map(|i| (i.wrapping_mul(40503) & 0xffff) as u16).collect();
    for dtype in ["F16", "BF16"] {
        for words in [&ordered, &scattered] {
            let data: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
            let p = dir.path().join("all.safetensors");
            write_st(&p, "all", dtype, &[256, 256], &data);
            for codec in [Codec::Xnc, Codec::Ans, Codec::AnsFa, Codec::AnsCtx] {
                for cast_f16 in [false, true] {
                    let out = dir.path().join("all.xnc");
                    let o = CompressOptions { cast_f16, ..opts(CodecChoice::Fixed(codec)) };
                    let s = container::compress_file(&p, &out, &o, &|_| {}).unwrap();
                    let f = XncFile::open(&out).unwrap();
                    let back = dir.path().join("back.safetensors");
                    f.decompress_to(&back, &|_| {}).unwrap();
                    let got = SafetensorsFile::open(&back).unwrap();
                    let expect: Vec<u8> = if cast_f16 && dtype == "BF16" {
                        words.iter().flat_map(|&w| xnc_codec::format::bf16_to_f16_cast(w).to_le_bytes()).collect()
                    } else {
                        data.clone()
                    };
                    assert!(
                        got.bytes(&got.tensors[0]) == &expect[..],
                        "{dtype} {codec:?} cast={cast_f16} ({:?})",
                        s[0].codec
                    );
                    assert_eq!(f.get_row("all", 200).unwrap(), &expect[200 * 512..201 * 512]);
                }
            }
        }
    }
}

#[test]
fn escape_rates_are_fractions_of_values() {
    // Format-aware maps give one exponent several codes: the rate counts values, not codes.
    for s in SAMPLES {
        let st = SafetensorsFile::open(&sample(s)).unwrap();
        let t = &st.tensors[0];
        for (codec, cast_f16) in [(Codec::Ans, false), (Codec::AnsFa, false), (Codec::AnsFa, true)] {
            let o = CompressOptions { cast_f16, ..opts(CodecChoice::Fixed(codec)) };
            let mut sink = container::CountingSink::default();
            let (_, _, m) = container::compress_tensor(t, st.bytes(t), &o, &mut sink, &|_| {}).unwrap();
            let r = m.unwrap().escape_rate.unwrap();
            assert!((0.0..=0.05).contains(&r), "{s} {codec:?} cast={cast_f16}: escape rate {r}");
        }
    }
}

/// Every lane count round-trips (version-1 files, one lane, are read in tests/issue10.rs from
/// containers written by the previous release).
#[test]
fn lanes_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    for s in SAMPLES {
        let input = sample(s);
        let want = std::fs::read(&input).unwrap();
        for codec in [Codec::Ans, Codec::AnsFa, Codec::AnsCtx] {
            for lanes in [1, 2, 4, 8] {
                let o = CompressOptions { lanes, ..opts(CodecChoice::Fixed(codec)) };
                let out = compress(&input, dir.path(), &o);
                let back = dir.path().join("back.safetensors");
                XncFile::open(&out).unwrap().decompress_to(&back, &|_| {}).unwrap();
                assert!(std::fs::read(&back).unwrap() == want, "{s} {codec:?} lanes={lanes}");
            }
        }
    }
}

/// An ans-ctx file of the smollm2 sample at R=10 (where ans-ctx wins) and its bytes.
fn ans_ctx_sample(dir: &Path) -> (PathBuf, Vec<u8>) {
    let o = CompressOptions { table_log: 10, ..opts(CodecChoice::Fixed(Codec::AnsCtx)) };
    let out = dir.join("ctx.xnc");
    let s = container::compress_file(&sample(SAMPLES[1]), &out, &o, &|_| {}).unwrap();
    assert_eq!(s[0].codec, Codec::AnsCtx, "{}", s[0].note);
    let b = std::fs::read(&out).unwrap();
    (out, b)
}

/// Rewrite the trailer's directory CRC after a directory edit (so the parameter checks are reached).
fn fix_directory_crc(b: &mut [u8]) {
    let t = b.len() - container::TRAILER_LEN as usize;
    let off = u64::from_le_bytes(b[t..t + 8].try_into().unwrap()) as usize;
    let crc = crc32fast::hash(&b[off..t]);
    b[t + 16..t + 20].copy_from_slice(&crc.to_le_bytes());
}

#[test]
fn ans_ctx_rows_and_corrupt_parameters() {
    let dir = tempfile::tempdir().unwrap();
    let (p, b) = ans_ctx_sample(dir.path());
    let f = XncFile::open(&p).unwrap();
    let orig = SafetensorsFile::open(&sample(SAMPLES[1])).unwrap();
    let t = &orig.tensors[0];
    for row in [0, 1, t.rows() / 2, t.rows() - 1] {
        let want = &orig.bytes(t)[row * t.row_len() * 2..(row + 1) * t.row_len() * 2];
        assert_eq!(f.get_row(&t.name, row as u64).unwrap(), want, "row {row}");
    }
    let params = f.dir.tensors[0].params.clone();
    let p0 = b.windows(params.len()).position(|w| w == &params[..]).expect("parameters in the file");
    // The lane layout (2 bytes) comes first; the model follows it.
    assert_eq!(params[0] as usize, container::DEFAULT_LANES, "lane count");
    let at = p0 + 2;
    // Table log, class count, row length, a class's code count: each made invalid.
    for (i, v) in [(0usize, 11u8), (1, 0), (1, 17), (2, 0), (3, 0xff)] {
        let mut c = b.clone();
        c[at + i] = v;
        if i == 2 {
            c[at + 2..at + 6].copy_from_slice(&[0; 4]);
        }
        fix_directory_crc(&mut c);
        let e = open_bytes(dir.path(), &c).unwrap_err().to_string();
        assert!(e.contains("codec parameters") && e.contains(&t.name), "byte {i} = {v}: {e}");
    }
    // A lane count the format does not allow.
    let mut c = b.clone();
    c[p0] = 3;
    fix_directory_crc(&mut c);
    let e = open_bytes(dir.path(), &c).unwrap_err().to_string();
    assert!(e.contains("codec parameters") && e.contains("3 lanes"), "{e}");
    // The last byte of the parameters (a state of the last class's spread) names a missing code.
    let mut c = b.clone();
    c[p0 + params.len() - 1] = 0xff;
    fix_directory_crc(&mut c);
    let e = open_bytes(dir.path(), &c).unwrap_err().to_string();
    assert!(e.contains("codec parameters") && e.contains("spread"), "{e}");
}

/// Without `--block-values`, `ans-ctx` blocks aim at 32,768 values (whole rows) unless that passes
/// the hardware's 65,535-value block count; the other codecs keep 16,384; the file says which.
#[test]
fn ans_ctx_default_blocks_are_larger_within_the_hardware_block_count() {
    use container::{block_values_for, default_block_values};
    let n = 1 << 24;
    assert_eq!(default_block_values(Codec::AnsCtx, 384, n), 86 * 384);
    assert_eq!(default_block_values(Codec::AnsFa, 384, n), block_values_for(384, n, 16384));
    assert_eq!(default_block_values(Codec::Ans, 576, n), 29 * 576);
    // Rows of 1025: 64 rows (a multiple of 32 rows) would be 65,600 values: back to 32 rows.
    assert_eq!(default_block_values(Codec::AnsCtx, 1025, n), 32 * 1025);
    // What a file records: the default of the codec it chose (the smollm2 sample, rows of 576).
    let dir = tempfile::tempdir().unwrap();
    let input = sample(SAMPLES[1]);
    for codec in [Codec::AnsCtx, Codec::AnsFa] {
        let o = CompressOptions { codec: CodecChoice::Fixed(codec), table_log: 10, ..CompressOptions::default() };
        let f = XncFile::open(&compress(&input, dir.path(), &o)).unwrap();
        let t = &f.dir.tensors[0];
        assert_eq!(t.codec, codec);
        assert_eq!(t.block_values as u64, default_block_values(codec, 576, t.values));
    }
}

/// `auto` estimates XNC from a sample on tensors of 1M values or more and skips XNC's exact pass
/// when the sample is far behind the other codecs: where XNC is the smallest, it is still chosen.
#[test]
fn auto_still_picks_xnc_on_a_large_tensor_where_it_is_smallest() {
    let dir = tempfile::tempdir().unwrap();
    // Words counting up: XNC's XOR with the previous word is tiny, while every exponent is equally
    // frequent (no ANS code map helps much).
    let data: Vec<u8> = (0..1u32 << 20).flat_map(|i| (i as u16).to_le_bytes()).collect();
    let p = dir.path().join("count.safetensors");
    write_st(&p, "count", "BF16", &[1024, 1024], &data);
    let stored = |c: CodecChoice| {
        let s = container::compress_file(&p, &dir.path().join("c.xnc"), &opts(c), &|_| {}).unwrap();
        (s[0].codec, s[0].stored_bytes)
    };
    let (_, xnc) = stored(CodecChoice::Fixed(Codec::Xnc));
    let (_, fa) = stored(CodecChoice::Fixed(Codec::AnsFa));
    assert!(xnc < fa, "premise: XNC {xnc} bytes, ans-fa {fa}");
    assert_eq!(stored(CodecChoice::Auto), (Codec::Xnc, xnc));
}

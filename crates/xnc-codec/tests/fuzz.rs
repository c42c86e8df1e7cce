//! Fuzzing of the container reader and the safetensors reader, seeded so every failure replays.
//!
//! Containers of every codec (raw, XNC, ANS, format-aware ANS, `--cast-f16`, a sharded checkpoint,
//! a version 1 file) are mutated byte-wise (bit flips, truncation, insertion, deletion, overwrite)
//! and structure-wise with the checksums recomputed (lengths, counts, offsets, table log, codes,
//! dtype, shape, names, block index, swapped or duplicated blocks, block contents, source files).
//! The property: opening, decompressing and reading rows either fails with an error, or gives
//! safetensors files that parse and whose tensors have the dtypes and shapes the directory declares
//! (and rows of the right length). Never a panic.
//!
//! Malformed safetensors inputs likewise: a clear error, or a container that decompresses to the
//! very same bytes.
//!
//! Default: several thousand cases (a few seconds in release). `XNC_FUZZ_SCALE=20 cargo test
//! --release -p xnc-codec --test fuzz` runs twenty times as many with other seeds.

use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use rand::{Rng, SeedableRng};
use rand_pcg::Pcg64;
use xnc_codec::container::{
    self, BlockEntry, Codec, CodecChoice, CompressOptions, Directory, SourceKind, TensorEntry, XncFile,
};
use xnc_codec::tensor::SafetensorsFile;
use xnc_codec::testdata::SAMPLES;

mod common;
use common::safetensors_bytes;

fn scale() -> u64 {
    std::env::var("XNC_FUZZ_SCALE").ok().and_then(|s| s.parse().ok()).unwrap_or(1).max(1)
}

fn scratch() -> tempfile::TempDir {
    // tmpfs when there is one: the safetensors fuzz writes and syncs a file per case.
    tempfile::tempdir_in("/dev/shm").or_else(|_| tempfile::tempdir()).unwrap()
}

fn sample(name: &str) -> Vec<u8> {
    std::fs::read(xnc_codec::testdata::sample(name)).unwrap()
}

/// `n` real BF16 or F16 words from the committed sample.
fn real_words(bf16: bool, n: usize) -> Vec<u8> {
    let name = if bf16 { SAMPLES[1] } else { SAMPLES[2] };
    let st = SafetensorsFile::from_bytes(Path::new(name), sample(name)).unwrap();
    st.bytes(&st.tensors[0])[..n * 2].to_vec()
}

/// A small checkpoint file: BF16 and F16 matrices (real values), an F32 vector, an I64 buffer.
fn small_checkpoint() -> Vec<u8> {
    let f32s: Vec<u8> = (0..24).flat_map(|i| (i as f32 * 0.25 - 2.0).to_le_bytes()).collect();
    let i64s: Vec<u8> = (0..5i64).flat_map(|i| (i * 1_000_000_007).to_le_bytes()).collect();
    safetensors_bytes(
        &[
            ("emb.weight", "BF16", vec![40, 48], real_words(true, 40 * 48)),
            ("proj.weight", "F16", vec![24, 40], real_words(false, 24 * 40)),
            ("norm.weight", "F32", vec![24], f32s),
            ("position_ids", "I64", vec![1, 5], i64s),
        ],
        true,
    )
}

fn compress_bytes(dir: &Path, inputs: &[(&str, Vec<u8>)], o: &CompressOptions) -> Vec<u8> {
    let mut paths = Vec::new();
    for (name, b) in inputs {
        let p = dir.join(name);
        std::fs::write(&p, b).unwrap();
        paths.push(p);
    }
    let ck = xnc_codec::checkpoint::Checkpoint::open(&paths).unwrap();
    let out = dir.join("c.xnc");
    container::compress_checkpoint(&ck, &out, o, &|_| {}).unwrap();
    std::fs::read(out).unwrap()
}

/// Valid containers of every codec, a cast, a sharded checkpoint and a version 1 file.
fn corpus() -> Vec<(String, Vec<u8>)> {
    let dir = scratch();
    let ck = small_checkpoint();
    let mut v = Vec::new();
    for (label, codec, cast, lanes) in [
        ("raw", CodecChoice::Fixed(Codec::Raw), false, 1),
        ("xnc", CodecChoice::Fixed(Codec::Xnc), false, 1),
        ("ans", CodecChoice::Fixed(Codec::Ans), false, 1),
        ("ans-fa", CodecChoice::Fixed(Codec::AnsFa), false, 1),
        ("ans-4-lanes", CodecChoice::Fixed(Codec::Ans), false, 4),
        ("ans-fa-2-lanes", CodecChoice::Fixed(Codec::AnsFa), false, 2),
        ("auto-cast", CodecChoice::Auto, true, 2),
    ] {
        let o = CompressOptions { codec, cast_f16: cast, block_values: Some(256), table_log: 6, lanes };
        v.push((label.to_string(), compress_bytes(dir.path(), &[("m.safetensors", ck.clone())], &o)));
    }
    // ans-ctx (one lane and two) where it beats ans-fa: the whole smollm2 sample (rows of 576) at
    // R=10, so its column classes see real columns.
    let ctx_ck = safetensors_bytes(&[("emb.weight", "BF16", vec![160, 576], real_words(true, 160 * 576))], false);
    for (label, lanes) in [("ans-ctx", 1), ("ans-ctx-2-lanes", 2)] {
        let o = CompressOptions {
            codec: CodecChoice::Fixed(Codec::AnsCtx),
            block_values: Some(16 * 576),
            table_log: 10,
            lanes,
            ..CompressOptions::default()
        };
        v.push((label.to_string(), compress_bytes(dir.path(), &[("m.safetensors", ctx_ck.clone())], &o)));
    }
    // A sharded checkpoint: two shards and the index.
    let a = safetensors_bytes(&[("a.weight", "BF16", vec![32, 32], real_words(true, 1024))], false);
    let b = safetensors_bytes(&[("b.weight", "F16", vec![16, 32], real_words(false, 512))], true);
    let ck_dir = dir.path().join("ck");
    std::fs::create_dir(&ck_dir).unwrap();
    std::fs::write(ck_dir.join("model-00001-of-00002.safetensors"), a).unwrap();
    std::fs::write(ck_dir.join("model-00002-of-00002.safetensors"), b).unwrap();
    std::fs::write(
        ck_dir.join("model.safetensors.index.json"),
        r#"{"metadata": {"total_size": 3072}, "weight_map": {"a.weight": "model-00001-of-00002.safetensors", "b.weight": "model-00002-of-00002.safetensors"}}"#,
    )
    .unwrap();
    let out = dir.path().join("ck.xnc");
    let o = CompressOptions { block_values: Some(256), ..CompressOptions::default() };
    container::compress_file(&ck_dir, &out, &o, &|_| {}).unwrap();
    v.push(("sharded".to_string(), std::fs::read(&out).unwrap()));
    // Version 1: the same blocks, the old directory layout.
    let (label, ans) = &v[2];
    v.push((format!("{label}-v1"), to_version1(ans)));
    v
}

// ---------------------------------------------------------------------------------------------
// An independent writer of both directory layouts (docs/FORMAT.md 4.3), without any validation,
// so that the reader meets directories the library's writer would refuse to write.

fn put_len(v: &mut Vec<u8>, n: usize, width: usize) {
    v.extend_from_slice(&(n as u64).to_le_bytes()[..width]);
}

fn raw_entry(t: &TensorEntry, v: &mut Vec<u8>, version: u16) {
    let w = if version == 1 { (2, 1) } else { (4, 4) };
    if version >= 2 {
        v.extend_from_slice(&t.source.to_le_bytes());
    }
    put_len(v, t.name.len(), w.0);
    v.extend_from_slice(t.name.as_bytes());
    for s in [&t.dtype_name, &t.source_dtype_name] {
        put_len(v, s.len(), 1);
        v.extend_from_slice(s.as_bytes());
    }
    v.push(t.codec as u8);
    put_len(v, t.shape.len(), w.1);
    for d in &t.shape {
        v.extend_from_slice(&d.to_le_bytes());
    }
    for x in [t.values, t.nbytes, t.cast_changed] {
        v.extend_from_slice(&x.to_le_bytes());
    }
    v.extend_from_slice(&t.block_values.to_le_bytes());
    // Version 1 ANS parameters are the model alone: the reader returns them with the one-lane
    // layout (2 bytes) in front, which the version-1 writer drops again.
    let params = match t.codec {
        Codec::Ans | Codec::AnsFa if version == 1 && t.params.len() >= 2 => &t.params[2..],
        _ => &t.params[..],
    };
    put_len(v, params.len(), 4);
    v.extend_from_slice(params);
    put_len(v, t.blocks.len(), 4);
    for b in &t.blocks {
        v.extend_from_slice(&b.offset.to_le_bytes());
        v.extend_from_slice(&b.len.to_le_bytes());
        v.extend_from_slice(&b.aux.to_le_bytes());
        v.extend_from_slice(&b.crc.to_le_bytes());
    }
}

fn raw_directory(d: &Directory, version: u16) -> Vec<u8> {
    let mut v = Vec::new();
    put_len(&mut v, d.tensors.len(), 4);
    let meta_header = |v: &mut Vec<u8>, m: &Option<BTreeMap<String, String>>, h: &[u8]| {
        let m = m.as_ref().map(|m| serde_json::to_string(m).unwrap()).unwrap_or_default();
        put_len(v, m.len(), 4);
        v.extend_from_slice(m.as_bytes());
        put_len(v, h.len(), 4);
        v.extend_from_slice(h);
    };
    if version == 1 {
        match &d.sources[0].kind {
            SourceKind::Safetensors { metadata, header } => meta_header(&mut v, metadata, header),
            SourceKind::Verbatim(_) => unreachable!("version 1 holds one safetensors file"),
        }
    } else {
        put_len(&mut v, d.sources.len(), 4);
        for s in &d.sources {
            put_len(&mut v, s.path.len(), 4);
            v.extend_from_slice(s.path.as_bytes());
            match &s.kind {
                SourceKind::Safetensors { metadata, header } => {
                    v.push(0);
                    meta_header(&mut v, metadata, header);
                }
                SourceKind::Verbatim(b) => {
                    v.push(1);
                    put_len(&mut v, b.len(), 4);
                    v.extend_from_slice(b);
                }
            }
        }
    }
    for t in &d.tensors {
        raw_entry(t, &mut v, version);
    }
    v
}

/// The file's blocks (everything before the directory), its directory and version.
fn split(file: &[u8]) -> (Vec<u8>, Directory, u16) {
    let f = XncFile::from_bytes(Path::new("orig.xnc"), file.to_vec()).unwrap();
    let t = file.len() - 24;
    let dir_offset = u64::from_le_bytes(file[t..t + 8].try_into().unwrap()) as usize;
    (file[..dir_offset].to_vec(), f.dir, f.version)
}

/// Reassemble a file from its blocks and directory bytes, with a correct CRC and trailer.
fn assemble(blocks: &[u8], dir: &[u8], version: u16) -> Vec<u8> {
    let mut v = blocks.to_vec();
    v[8..10].copy_from_slice(&version.to_le_bytes());
    let off = v.len() as u64;
    v.extend_from_slice(dir);
    v.extend_from_slice(&off.to_le_bytes());
    v.extend_from_slice(&(dir.len() as u64).to_le_bytes());
    v.extend_from_slice(&crc32fast::hash(dir).to_le_bytes());
    v.extend_from_slice(b"XNCE");
    v
}

fn to_version1(file: &[u8]) -> Vec<u8> {
    let (blocks, dir, _) = split(file);
    assemble(&blocks, &raw_directory(&dir, 1), 1)
}

// ---------------------------------------------------------------------------------------------
// The property.

/// What a case did.
#[derive(Default, Debug)]
struct Tally {
    cases: u64,
    rejected: u64,
    decoded: u64,
}

/// Open, decompress every source file to memory and read rows: an error, or valid output.
fn check_container(bytes: Vec<u8>, what: &str, tally: &mut Tally) {
    tally.cases += 1;
    let r = catch_unwind(AssertUnwindSafe(|| {
        let f = match XncFile::from_bytes(Path::new("fuzz.xnc"), bytes) {
            Ok(f) => f,
            Err(e) => return check_error(&e.to_string(), what),
        };
        let mut ok = true;
        for (s, src) in f.dir.sources.iter().enumerate() {
            let mut out = Vec::new();
            match f.write_source(s, "out", &mut out, &|_| {}) {
                Err(e) => {
                    check_error(&e.to_string(), what);
                    ok = false;
                }
                Ok(()) => {
                    if let SourceKind::Safetensors { .. } = src.kind {
                        check_safetensors(&f, s, &out, what);
                    }
                }
            }
        }
        for t in &f.dir.tensors {
            for row in [0, t.rows().saturating_sub(1)] {
                if let Ok(r) = f.get_row(&t.name, row) {
                    assert_eq!(r.len() as u64, t.row_len() * t.elem_size(), "{what}: row length of '{}'", t.name);
                }
            }
        }
        ok
    }));
    match r {
        Ok(true) => tally.decoded += 1,
        Ok(false) => tally.rejected += 1,
        Err(_) => panic!("{what}: the reader panicked"),
    }
}

fn check_error(msg: &str, what: &str) -> bool {
    assert!(!msg.is_empty() && !msg.contains('\n'), "{what}: error is not one clean line: {msg:?}");
    assert!(msg.len() < 2000, "{what}: error of {} bytes", msg.len());
    false
}

/// Decompressed bytes must be a safetensors file whose tensors are the declared ones.
fn check_safetensors(f: &XncFile, s: usize, out: &[u8], what: &str) {
    let st = safetensors::SafeTensors::deserialize(out)
        .unwrap_or_else(|e| panic!("{what}: decompressed source {s} is not valid safetensors: {e:?}"));
    let ours = SafetensorsFile::from_bytes(Path::new("out"), out.to_vec())
        .unwrap_or_else(|e| panic!("{what}: our reader rejects the output: {e}"));
    let declared: Vec<&TensorEntry> = f.dir.tensors.iter().filter(|t| t.source as usize == s).collect();
    assert_eq!(st.len(), declared.len(), "{what}: tensor count");
    for t in declared {
        let v = st.tensor(&t.name).unwrap_or_else(|e| panic!("{what}: '{}' missing: {e:?}", t.name));
        let dtype = serde_json::to_value(v.dtype()).unwrap();
        assert_eq!(dtype.as_str(), Some(t.dtype_name.as_str()), "{what}: dtype of '{}'", t.name);
        let shape: Vec<u64> = v.shape().iter().map(|&d| d as u64).collect();
        assert_eq!(shape, t.shape, "{what}: shape of '{}'", t.name);
        assert_eq!(ours.tensor(&t.name).unwrap().dtype_name, t.dtype_name);
    }
}

// ---------------------------------------------------------------------------------------------
// Mutations.

fn byte_mutation(rng: &mut Pcg64, b: &mut Vec<u8>) -> &'static str {
    if b.is_empty() {
        b.push(rng.gen());
        return "insert";
    }
    match rng.gen_range(0..6) {
        0 => {
            for _ in 0..rng.gen_range(1..4) {
                let i = rng.gen_range(0..b.len());
                b[i] ^= 1 << rng.gen_range(0..8);
            }
            "bit flips"
        }
        1 => {
            b.truncate(rng.gen_range(0..b.len()));
            "truncation"
        }
        2 => {
            let i = rng.gen_range(0..=b.len());
            let n = rng.gen_range(1..16);
            let ins: Vec<u8> = (0..n).map(|_| rng.gen()).collect();
            b.splice(i..i, ins);
            "insertion"
        }
        3 => {
            let i = rng.gen_range(0..b.len());
            let n = rng.gen_range(1..16).min(b.len() - i);
            b.drain(i..i + n);
            "deletion"
        }
        4 => {
            let i = rng.gen_range(0..b.len());
            let n = rng.gen_range(1..9).min(b.len() - i);
            let x = [0u8, 0xff, rng.gen()][rng.gen_range(0..3)];
            b[i..i + n].iter_mut().for_each(|v| *v = x);
            "overwrite"
        }
        _ => {
            let i = rng.gen_range(0..b.len());
            b[i] = b[i].wrapping_add([1u8, 255, 2, 254, 128][rng.gen_range(0..5)]);
            "increment"
        }
    }
}

fn interesting_u64(rng: &mut Pcg64, old: u64) -> u64 {
    match rng.gen_range(0..10) {
        0 => 0,
        1 => old.wrapping_add(1),
        2 => old.wrapping_sub(1),
        3 => u64::MAX - rng.gen_range(0..16),
        4 => 1 << rng.gen_range(0..64),
        5 => old.wrapping_mul(2),
        6 => old / 2,
        7 => old.wrapping_add(8),
        8 => (1u64 << 32) + rng.gen_range(0..3),
        _ => rng.gen(),
    }
}

fn interesting_u32(rng: &mut Pcg64, old: u32) -> u32 {
    match rng.gen_range(0..4) {
        0 => interesting_u64(rng, old as u64) as u32,
        1 => u32::MAX,
        2 => old.wrapping_add(rng.gen_range(1..9)),
        _ => rng.gen(),
    }
}

const DTYPES: [&str; 12] = ["F16", "BF16", "F32", "F64", "I64", "U8", "BOOL", "F8_E4M3", "I16", "X", "", "bf16"];

/// One structure-aware edit of a directory; returns what it did.
fn structure_mutation(rng: &mut Pcg64, d: &mut Directory, blocks: &mut [u8]) -> String {
    let nt = d.tensors.len();
    let i = rng.gen_range(0..nt);
    let j = rng.gen_range(0..nt);
    let t = &mut d.tensors[i];
    match rng.gen_range(0..22) {
        0 => {
            let other = d.tensors[j].name.clone();
            d.tensors[i].name = other;
            "duplicate name".into()
        }
        1 => {
            t.name = ["__metadata__", "", "a\u{0}b", "x".repeat(70_000).as_str()][rng.gen_range(0..4)].to_string();
            "odd name".into()
        }
        2 => {
            t.dtype_name = DTYPES[rng.gen_range(0..DTYPES.len())].into();
            format!("dtype {}", t.dtype_name)
        }
        3 => {
            t.source_dtype_name = DTYPES[rng.gen_range(0..DTYPES.len())].into();
            "source dtype".into()
        }
        4 => {
            if t.shape.is_empty() || rng.gen_bool(0.3) {
                t.shape.push(interesting_u64(rng, 1));
            } else {
                let k = rng.gen_range(0..t.shape.len());
                t.shape[k] = interesting_u64(rng, t.shape[k]);
            }
            "shape".into()
        }
        5 => {
            t.shape.pop();
            "rank".into()
        }
        6 => {
            t.values = interesting_u64(rng, t.values);
            "value count".into()
        }
        7 => {
            t.nbytes = if rng.gen_bool(0.5) { t.values } else { interesting_u64(rng, t.nbytes) };
            "byte count".into()
        }
        8 => {
            t.codec = [Codec::Raw, Codec::Xnc, Codec::Ans, Codec::AnsFa, Codec::AnsCtx][rng.gen_range(0..5)];
            format!("codec {:?}", t.codec)
        }
        9 => {
            t.block_values = interesting_u32(rng, t.block_values);
            "block values".into()
        }
        10 => {
            if t.params.is_empty() {
                t.params = vec![rng.gen(); rng.gen_range(0..40)];
            } else {
                let k = rng.gen_range(0..t.params.len().min(6));
                t.params[k] = if k == 0 { rng.gen_range(0..16) } else { rng.gen() };
            }
            "table log / code map".into()
        }
        11 => {
            if !t.params.is_empty() {
                let k = rng.gen_range(0..t.params.len());
                t.params[k] = rng.gen();
            }
            "spread".into()
        }
        12 => {
            let n = t.params.len();
            t.params.truncate(rng.gen_range(0..=n));
            "params length".into()
        }
        13 if !t.blocks.is_empty() => {
            let k = rng.gen_range(0..t.blocks.len());
            t.blocks[k].offset = interesting_u64(rng, t.blocks[k].offset);
            "block offset".into()
        }
        14 if !t.blocks.is_empty() => {
            let k = rng.gen_range(0..t.blocks.len());
            t.blocks[k].len = interesting_u32(rng, t.blocks[k].len);
            "block length".into()
        }
        15 if !t.blocks.is_empty() => {
            let k = rng.gen_range(0..t.blocks.len());
            t.blocks[k].aux = interesting_u32(rng, t.blocks[k].aux);
            "block aux".into()
        }
        16 => {
            // Swap or duplicate block entries, within a tensor or across tensors.
            let a: Option<BlockEntry> = d.tensors[j].blocks.first().copied();
            let t = &mut d.tensors[i];
            if let (Some(a), false) = (a, t.blocks.is_empty()) {
                let k = rng.gen_range(0..t.blocks.len());
                if rng.gen_bool(0.5) && t.blocks.len() > 1 {
                    let l = rng.gen_range(0..t.blocks.len());
                    t.blocks.swap(k, l);
                    "swapped blocks".into()
                } else {
                    t.blocks[k] = a;
                    "duplicated block".into()
                }
            } else {
                "no block".into()
            }
        }
        17 => {
            if rng.gen_bool(0.5) {
                t.blocks.pop();
            } else if let Some(&b) = t.blocks.last() {
                t.blocks.push(b);
            }
            "block count".into()
        }
        18 if !t.blocks.is_empty() => {
            // Corrupt a block's bytes and give it a matching CRC: only the decoder can tell.
            let k = rng.gen_range(0..t.blocks.len());
            let b = t.blocks[k];
            let (s, e) = (b.offset as usize, b.offset as usize + b.len as usize);
            if e > s && e <= blocks.len() {
                for _ in 0..rng.gen_range(1..4) {
                    let p = rng.gen_range(s..e);
                    blocks[p] ^= 1 << rng.gen_range(0..8);
                }
                t.blocks[k].crc = crc32fast::hash(&blocks[s..e]);
            }
            "block content (CRC recomputed)".into()
        }
        19 => {
            t.cast_changed = interesting_u64(rng, t.cast_changed);
            t.source = if rng.gen_bool(0.5) { interesting_u32(rng, t.source) } else { t.source };
            "cast count / source".into()
        }
        20 => {
            let s = rng.gen_range(0..d.sources.len());
            let src = &mut d.sources[s];
            match rng.gen_range(0..4) {
                0 => src.path = ["", "../x", "/abs", "a/../b", "a//b", "dup"][rng.gen_range(0..6)].into(),
                1 => src.kind = SourceKind::Verbatim(b"{}".to_vec()),
                2 => {
                    if let SourceKind::Safetensors { header, .. } = &mut src.kind {
                        if !header.is_empty() {
                            let k = rng.gen_range(0..header.len());
                            header[k] = b"0123456789[]{},\": "[rng.gen_range(0..17)];
                        }
                    }
                }
                _ => {
                    if let SourceKind::Safetensors { metadata, .. } = &mut src.kind {
                        *metadata = Some(BTreeMap::from([("k".into(), "v".into())]));
                    }
                }
            }
            "source file".into()
        }
        _ => {
            d.tensors.swap(i, j);
            "swapped tensors".into()
        }
    }
}

/// The corpus holds ans-ctx tensors (one lane and two), and a version-1 directory cannot carry
/// codec 4: the same blocks written as version 1 are refused, naming the codec.
#[test]
fn ans_ctx_in_the_corpus_and_not_in_version_1() {
    for (label, file) in corpus().iter().filter(|(l, _)| l.starts_with("ans-ctx")) {
        let (_, dir, _) = split(file);
        let t = dir.tensors.iter().find(|t| t.codec == Codec::AnsCtx).unwrap_or_else(|| panic!("{label}: no ans-ctx"));
        let want = if label.ends_with("2-lanes") { 2 } else { 1 };
        assert_eq!(t.params[0], want, "{label}: lane count");
        let Err(e) = XncFile::from_bytes(Path::new("v1.xnc"), to_version1(file)) else {
            panic!("{label}: a version-1 file with codec 4 was accepted")
        };
        let e = e.to_string();
        assert!(e.contains("ans-ctx") && e.contains("version 1"), "{label}: {e}");
    }
}

#[test]
fn mutated_containers_of_every_codec_give_an_error_or_valid_safetensors() {
    let corpus = corpus();
    let n = 600 * scale();
    let mut rng = Pcg64::seed_from_u64(0x5eed_0010 + scale());
    let mut tally = Tally::default();
    for (label, file) in &corpus {
        // The unmutated file decodes.
        let before = tally.rejected;
        check_container(file.clone(), label, &mut tally);
        assert_eq!(tally.rejected, before, "{label}: the valid container is refused");
        let (blocks, dir, version) = split(file);
        for case in 0..n {
            // 1. Bytes anywhere, checksums as they fall.
            let mut b = file.clone();
            let m = byte_mutation(&mut rng, &mut b);
            check_container(b, &format!("{label} case {case}: {m}"), &mut tally);
            // 2. Directory bytes, CRC and trailer recomputed.
            let mut db = raw_directory(&dir, version);
            let m = byte_mutation(&mut rng, &mut db);
            check_container(
                assemble(&blocks, &db, version),
                &format!("{label} case {case}: directory {m}"),
                &mut tally,
            );
            // 3. Structure-aware edits (one to three), checksums recomputed.
            let mut d = dir.clone();
            let mut bl = blocks.clone();
            let mut what = Vec::new();
            for _ in 0..rng.gen_range(1..4) {
                what.push(structure_mutation(&mut rng, &mut d, &mut bl));
            }
            let v = if version == 1 || rng.gen_bool(0.05) { 1 } else { version };
            let what = format!("{label} case {case}: {} (as version {v})", what.join(", "));
            if v == 1 && d.sources.len() != 1 {
                continue;
            }
            if v == 1 && !matches!(d.sources[0].kind, SourceKind::Safetensors { .. }) {
                continue;
            }
            check_container(assemble(&bl, &raw_directory(&d, v), v), &what, &mut tally);
        }
    }
    eprintln!("container fuzz: {tally:?}");
    assert!(tally.cases >= 12_000 * scale(), "{tally:?}");
    assert!(tally.rejected > 0 && tally.decoded > corpus.len() as u64, "both outcomes happen: {tally:?}");
}

// ---------------------------------------------------------------------------------------------
// Malformed safetensors inputs.

fn header_edit(rng: &mut Pcg64, b: &[u8]) -> (Vec<u8>, &'static str) {
    let n = u64::from_le_bytes(b[..8].try_into().unwrap()) as usize;
    let mut h: serde_json::Value = serde_json::from_slice(&b[8..8 + n]).unwrap();
    let data = b[8 + n..].to_vec();
    let names: Vec<String> = h.as_object().unwrap().keys().filter(|k| *k != "__metadata__").cloned().collect();
    let name = &names[rng.gen_range(0..names.len())];
    let t = h.get_mut(name).unwrap();
    let what = match rng.gen_range(0..9) {
        0 => {
            t["dtype"] = DTYPES[rng.gen_range(0..DTYPES.len())].into();
            "dtype"
        }
        1 => {
            let s = t["shape"].as_array_mut().unwrap();
            if s.is_empty() {
                s.push(3.into());
            } else {
                let k = rng.gen_range(0..s.len());
                s[k] = interesting_u64(rng, s[k].as_u64().unwrap()).into();
            }
            "shape"
        }
        2 => {
            let o = t["data_offsets"].as_array_mut().unwrap();
            let k = rng.gen_range(0..2);
            o[k] = interesting_u64(rng, o[k].as_u64().unwrap()).into();
            "data offsets"
        }
        3 => {
            t["data_offsets"] = serde_json::json!([0, rng.gen_range(0..64)]);
            "overlapping offsets"
        }
        4 => {
            t["shape"] = serde_json::json!([-1]);
            "negative dimension"
        }
        5 => {
            t["data_offsets"] = serde_json::json!([u64::MAX - 1, 1]);
            "wrapping offsets"
        }
        6 => {
            h["__metadata__"] = serde_json::json!({"a": 1});
            "non-string metadata"
        }
        7 => {
            t.as_object_mut().unwrap().remove("dtype");
            "missing dtype"
        }
        _ => {
            let v = t.clone();
            h.as_object_mut().unwrap().insert(format!("{name}.copy"), v);
            "tensor listed twice"
        }
    };
    let hb = serde_json::to_vec(&h).unwrap();
    let mut out = (hb.len() as u64).to_le_bytes().to_vec();
    out.extend_from_slice(&hb);
    out.extend_from_slice(&data);
    (out, what)
}

#[test]
fn malformed_safetensors_inputs_give_an_error_or_an_identical_round_trip() {
    let dir = scratch();
    let good = small_checkpoint();
    let n = 1000 * scale();
    let mut rng = Pcg64::seed_from_u64(0x5afe_0010 + scale());
    let (mut rejected, mut round_trips) = (0u64, 0u64);
    let input = dir.path().join("in.safetensors");
    let out = dir.path().join("out.xnc");
    let mut fixed: Vec<(Vec<u8>, String)> = vec![
        (Vec::new(), "empty file".into()),
        (good[..5].to_vec(), "shorter than the length field".into()),
        (u64::MAX.to_le_bytes().to_vec(), "header length 2^64-1".into()),
        ([&(1u64 << 40).to_le_bytes()[..], b"{}"].concat(), "huge header length".into()),
        ([&4u64.to_le_bytes()[..], b"{}  "].concat(), "no tensors".into()),
        ([&2u64.to_le_bytes()[..], b"[]"].concat(), "JSON array".into()),
        ([&3u64.to_le_bytes()[..], b"{\"a"].concat(), "bad JSON".into()),
    ];
    for k in 0..n {
        let (b, what) = if rng.gen_bool(0.5) {
            let mut b = good.clone();
            let w = byte_mutation(&mut rng, &mut b);
            (b, w.to_string())
        } else {
            let (b, w) = header_edit(&mut rng, &good);
            (b, w.to_string())
        };
        fixed.push((b, format!("case {k}: {what}")));
    }
    for (b, what) in fixed {
        std::fs::write(&input, &b).unwrap();
        let r = catch_unwind(AssertUnwindSafe(|| {
            let o = CompressOptions { block_values: Some(256), ..CompressOptions::default() };
            match container::compress_file(&input, &out, &o, &|_| {}) {
                Err(e) => {
                    check_error(&e.to_string(), &what);
                    assert!(!out.exists(), "{what}: a failed compression left its output");
                    false
                }
                Ok(_) => {
                    let f = XncFile::open(&out).unwrap();
                    let mut back = Vec::new();
                    f.write_source(0, "back", &mut back, &|_| {}).unwrap();
                    assert!(back == b, "{what}: the round trip changed the file");
                    std::fs::remove_file(&out).unwrap();
                    true
                }
            }
        }));
        match r {
            Ok(true) => round_trips += 1,
            Ok(false) => rejected += 1,
            Err(_) => panic!("{what}: panic"),
        }
    }
    let left: Vec<PathBuf> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(left, vec![input.clone()], "no temporary file left behind");
    eprintln!("safetensors fuzz: {rejected} rejected, {round_trips} identical round trips");
    assert!(rejected > 0 && round_trips > 0);
}

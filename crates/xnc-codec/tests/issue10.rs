//! Reproducers of the concrete cases of issue 10 (library level; the command-line cases are in
//! crates/xnc-cli/tests/cli.rs): long names and high ranks, invalid directories with valid
//! checksums, padding in the raw fallback, stats' notes, sharded checkpoints, version 1 files.

use std::path::{Path, PathBuf};

use xnc_codec::checkpoint::Checkpoint;
use xnc_codec::container::{self, Codec, CodecChoice, CompressOptions, Directory, SourceKind, XncFile};
use xnc_codec::tensor::SafetensorsFile;

mod common;
use common::safetensors_bytes;
use xnc_codec::testdata::{sample, SAMPLES};

fn words(n: usize) -> Vec<u8> {
    let st = SafetensorsFile::open(&sample(SAMPLES[1])).unwrap();
    st.bytes(&st.tensors[0])[..n * 2].to_vec()
}

fn round_trip(dir: &Path, input: &[u8], o: &CompressOptions) -> Vec<u8> {
    let p = dir.join("in.safetensors");
    std::fs::write(&p, input).unwrap();
    let out = dir.join("o.xnc");
    container::compress_file(&p, &out, o, &|_| {}).unwrap();
    let back = dir.join("back.safetensors");
    XncFile::open(&out).unwrap().decompress_to(&back, &|_| {}).unwrap();
    std::fs::read(back).unwrap()
}

#[test]
fn a_name_over_65535_bytes_and_a_rank_over_255_round_trip_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let long = "n".repeat(70_000);
    let shape = vec![1usize; 300].into_iter().chain([64]).collect::<Vec<_>>();
    let input = safetensors_bytes(
        &[(long.as_str(), "BF16", vec![2, 64], words(128)), ("deep", "BF16", shape, words(64))],
        false,
    );
    for codec in [Codec::Raw, Codec::Xnc, Codec::Ans, Codec::AnsFa] {
        let o = CompressOptions { codec: CodecChoice::Fixed(codec), ..CompressOptions::default() };
        assert!(round_trip(dir.path(), &input, &o) == input, "{codec:?}");
    }
    let f = XncFile::open(&dir.path().join("o.xnc")).unwrap();
    assert_eq!(f.get_row(&long, 1).unwrap(), &words(128)[128..]);
    assert_eq!(f.tensor("deep").unwrap().shape.len(), 301);
}

/// The sample container with one directory edit, written back with valid checksums.
fn edited(dir: &Path, edit: impl FnOnce(&mut Directory)) -> Result<XncFile, String> {
    let input =
        safetensors_bytes(&[("a", "BF16", vec![8, 64], words(512)), ("b", "BF16", vec![4, 64], words(256))], false);
    let p = dir.join("e.safetensors");
    std::fs::write(&p, input).unwrap();
    let out = dir.join("e.xnc");
    let o = CompressOptions { codec: CodecChoice::Fixed(Codec::Raw), ..CompressOptions::default() };
    container::compress_file(&p, &out, &o, &|_| {}).unwrap();
    let bytes = std::fs::read(&out).unwrap();
    let mut f = XncFile::open(&out).unwrap();
    edit(&mut f.dir);
    // Re-encode without the writer's checks: the reader must catch what the writer never writes.
    let dir_bytes = unchecked_directory(&f.dir);
    let t = bytes.len() - 24;
    let off = u64::from_le_bytes(bytes[t..t + 8].try_into().unwrap()) as usize;
    let mut v = bytes[..off].to_vec();
    v.extend_from_slice(&dir_bytes);
    v.extend_from_slice(&(off as u64).to_le_bytes());
    v.extend_from_slice(&(dir_bytes.len() as u64).to_le_bytes());
    v.extend_from_slice(&crc32fast::hash(&dir_bytes).to_le_bytes());
    v.extend_from_slice(b"XNCE");
    XncFile::from_bytes(Path::new("edited.xnc"), v).map_err(|e| e.to_string())
}

/// Version 2 directory bytes (docs/FORMAT.md 4.3), whatever the directory holds.
fn unchecked_directory(d: &Directory) -> Vec<u8> {
    let mut v = Vec::new();
    v.extend_from_slice(&(d.tensors.len() as u32).to_le_bytes());
    v.extend_from_slice(&(d.sources.len() as u32).to_le_bytes());
    for s in &d.sources {
        v.extend_from_slice(&(s.path.len() as u32).to_le_bytes());
        v.extend_from_slice(s.path.as_bytes());
        let SourceKind::Safetensors { header, .. } = &s.kind else { unreachable!() };
        v.push(0);
        v.extend_from_slice(&0u32.to_le_bytes());
        v.extend_from_slice(&(header.len() as u32).to_le_bytes());
        v.extend_from_slice(header);
    }
    for t in &d.tensors {
        v.extend_from_slice(&t.source.to_le_bytes());
        v.extend_from_slice(&(t.name.len() as u32).to_le_bytes());
        v.extend_from_slice(t.name.as_bytes());
        for s in [&t.dtype_name, &t.source_dtype_name] {
            v.push(s.len() as u8);
            v.extend_from_slice(s.as_bytes());
        }
        v.push(t.codec as u8);
        v.extend_from_slice(&(t.shape.len() as u32).to_le_bytes());
        for x in t.shape.iter().chain([&t.values, &t.nbytes, &t.cast_changed]) {
            v.extend_from_slice(&x.to_le_bytes());
        }
        v.extend_from_slice(&t.block_values.to_le_bytes());
        v.extend_from_slice(&(t.params.len() as u32).to_le_bytes());
        v.extend_from_slice(&t.params);
        v.extend_from_slice(&(t.blocks.len() as u32).to_le_bytes());
        for b in &t.blocks {
            v.extend_from_slice(&b.offset.to_le_bytes());
            v.extend_from_slice(&b.len.to_le_bytes());
            v.extend_from_slice(&b.aux.to_le_bytes());
            v.extend_from_slice(&b.crc.to_le_bytes());
        }
    }
    v
}

/// One edit of a directory.
type Edit = Box<dyn FnOnce(&mut Directory)>;

#[test]
fn invalid_directories_with_valid_checksums_are_refused_before_decoding() {
    let dir = tempfile::tempdir().unwrap();
    assert!(edited(dir.path(), |_| {}).is_ok(), "the unedited file opens");
    let cases: Vec<(&str, Edit, &str)> = vec![
        ("raw BF16 with 1-byte elements", Box::new(|d| d.tensors[0].nbytes = d.tensors[0].values), "2-byte elements"),
        ("element size 3", Box::new(|d| d.tensors[0].nbytes = d.tensors[0].values * 3), "2-byte elements"),
        ("element size 0", Box::new(|d| d.tensors[0].nbytes = 0), "2-byte elements"),
        ("unknown dtype", Box::new(|d| d.tensors[0].dtype_name = "Q4".into()), "unknown dtype"),
        ("duplicate names", Box::new(|d| d.tensors[1].name = "a".into()), "a second tensor"),
        ("__metadata__ as a name", Box::new(|d| d.tensors[1].name = "__metadata__".into()), "reserved"),
        (
            "offsets wrapping past 2^64",
            Box::new(|d| {
                d.tensors[0].blocks[0].offset = u64::MAX - 3;
            }),
            "outside the data region",
        ),
        (
            "shape wrapping past 2^64",
            Box::new(|d| {
                d.tensors[0].shape = vec![1 << 33, 1 << 33];
            }),
            "does not hold",
        ),
        (
            "data sizes overflowing a file's offsets",
            Box::new(|d| {
                for t in &mut d.tensors {
                    t.dtype_name = "U8".into();
                    t.source_dtype_name = "U8".into();
                    t.shape = vec![u64::MAX / 2 + 1];
                    t.values = u64::MAX / 2 + 1;
                    t.nbytes = t.values;
                }
            }),
            "blocks for",
        ),
    ];
    for (what, edit, expect) in cases {
        let e = edited(dir.path(), edit).err().unwrap_or_else(|| panic!("{what}: accepted"));
        assert!(e.contains(expect) && e.contains("byte offset") && e.contains("tensor '"), "{what}: {e}");
    }
}

#[test]
fn the_writer_refuses_what_the_reader_would_refuse() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("m.safetensors");
    std::fs::write(&p, safetensors_bytes(&[("__metadata__x", "BF16", vec![64], words(64))], false)).unwrap();
    // `__metadata__` itself cannot be a tensor of a parsed safetensors file: build the entry by hand.
    let mut d = XncFile::open(&{
        let out = dir.path().join("m.xnc");
        container::compress_file(&p, &out, &CompressOptions::default(), &|_| {}).unwrap();
        out
    })
    .unwrap()
    .dir;
    d.tensors[0].name = "__metadata__".into();
    let e = container::encode_directory(&d).unwrap_err().to_string();
    assert!(e.contains("reserved"), "{e}");
    d.tensors[0].name = "ok".into();
    d.tensors[0].nbytes += 1;
    assert!(container::encode_directory(&d).is_err());
}

#[test]
fn padding_is_counted_so_block_values_1_never_stores_more_than_raw() {
    let dir = tempfile::tempdir().unwrap();
    let input = sample(SAMPLES[0]);
    let out = dir.path().join("b1.xnc");
    for codec in [CodecChoice::Auto, CodecChoice::Fixed(Codec::Xnc), CodecChoice::Fixed(Codec::Ans)] {
        let o = CompressOptions { codec, block_values: Some(1), ..CompressOptions::default() };
        let s = container::compress_file(&input, &out, &o, &|_| {}).unwrap();
        let file_len = std::fs::metadata(&out).unwrap().len();
        let raw_o = CompressOptions { codec: CodecChoice::Fixed(Codec::Raw), ..o.clone() };
        let raw_path = dir.path().join("raw.xnc");
        let r = container::compress_file(&input, &raw_path, &raw_o, &|_| {}).unwrap();
        let raw_len = std::fs::metadata(&raw_path).unwrap().len();
        assert!(file_len <= raw_len, "{codec:?}: {file_len} bytes, raw {raw_len}");
        // The printed ratio counts everything the tensor costs: padded blocks and its entry.
        let f = XncFile::open(&out).unwrap();
        let t = &f.dir.tensors[0];
        assert_eq!(s[0].container_bytes(), t.padded_bytes() + t.entry_bytes());
        let blocks_end = t.blocks.last().map_or(0, |b| b.offset + b.len as u64);
        assert!(s[0].stored_bytes + container::FILE_HEADER_LEN >= blocks_end, "{codec:?}: padding counted");
        assert!(s[0].ratio() <= r[0].raw_bytes as f64 / (blocks_end - container::FILE_HEADER_LEN) as f64);
    }
}

#[test]
fn stats_notes_are_the_decision_compress_makes() {
    let dir = tempfile::tempdir().unwrap();
    for name in SAMPLES {
        let st = SafetensorsFile::open(&sample(name)).unwrap();
        let t = &st.tensors[0];
        for codec in Codec::COMPRESSING {
            for block_values in [1, 4096, 16384] {
                let o = CompressOptions {
                    codec: CodecChoice::Fixed(codec),
                    block_values: Some(block_values),
                    ..CompressOptions::default()
                };
                let mut sink = container::CountingSink::default();
                let (_, _, m) = container::compress_tensor(t, st.bytes(t), &o, &mut sink, &|_| {}).unwrap();
                let out = dir.path().join("s.xnc");
                let s = container::compress_file(&sample(name), &out, &o, &|_| {}).unwrap();
                assert_eq!(m.unwrap().stored_raw, s[0].codec == Codec::Raw, "{name} {codec:?} {block_values}");
            }
        }
    }
}

fn sharded(dir: &Path) -> PathBuf {
    let ck = dir.join("ck");
    std::fs::create_dir(&ck).unwrap();
    let a = safetensors_bytes(
        &[
            ("a.weight", "BF16", vec![16, 64], words(1024)),
            ("a.bias", "F32", vec![3], vec![0, 0, 128, 63, 0, 0, 0, 64, 0, 0, 64, 64]),
        ],
        false,
    );
    let b = safetensors_bytes(&[("b.weight", "BF16", vec![8, 64], words(512))], false);
    std::fs::write(ck.join("model-00001-of-00002.safetensors"), a).unwrap();
    std::fs::write(ck.join("model-00002-of-00002.safetensors"), b).unwrap();
    std::fs::write(
        ck.join("model.safetensors.index.json"),
        "{\n  \"metadata\": {\"total_size\": 3084},\n  \"weight_map\": {\n    \"a.bias\": \"model-00001-of-00002.safetensors\",\n    \"a.weight\": \"model-00001-of-00002.safetensors\",\n    \"b.weight\": \"model-00002-of-00002.safetensors\"\n  }\n}\n",
    )
    .unwrap();
    ck
}

fn same_folder(a: &Path, b: &Path) {
    let mut names: Vec<_> = std::fs::read_dir(a).unwrap().map(|e| e.unwrap().file_name()).collect();
    names.sort();
    let mut got: Vec<_> = std::fs::read_dir(b).unwrap().map(|e| e.unwrap().file_name()).collect();
    got.sort();
    assert_eq!(names, got);
    for n in names {
        assert!(std::fs::read(a.join(&n)).unwrap() == std::fs::read(b.join(&n)).unwrap(), "{n:?} differs");
    }
}

#[test]
fn a_sharded_checkpoint_round_trips_from_its_folder_its_index_or_its_shards() {
    let dir = tempfile::tempdir().unwrap();
    let ck = sharded(dir.path());
    let index = ck.join("model.safetensors.index.json");
    for (k, input) in [ck.clone(), index.clone()].into_iter().enumerate() {
        let out = dir.path().join(format!("{k}.xnc"));
        container::compress_file(&input, &out, &CompressOptions::default(), &|_| {}).unwrap();
        let f = XncFile::open(&out).unwrap();
        assert!(!f.dir.is_single_file());
        assert_eq!(f.dir.sources.len(), 3);
        // get-row finds a tensor of the second shard by its name.
        assert_eq!(f.get_row("b.weight", 7).unwrap(), &words(512)[7 * 128..8 * 128]);
        let back = dir.path().join(format!("back{k}"));
        f.decompress_to(&back, &|_| {}).unwrap();
        same_folder(&ck, &back);
    }
    // Two shard paths: one container, a folder of those two files back.
    let shards: Vec<PathBuf> =
        ["model-00001-of-00002.safetensors", "model-00002-of-00002.safetensors"].iter().map(|n| ck.join(n)).collect();
    let out = dir.path().join("two.xnc");
    container::compress_checkpoint(&Checkpoint::open(&shards).unwrap(), &out, &CompressOptions::default(), &|_| {})
        .unwrap();
    let back = dir.path().join("two");
    XncFile::open(&out).unwrap().decompress_to(&back, &|_| {}).unwrap();
    for s in &shards {
        assert!(std::fs::read(s).unwrap() == std::fs::read(back.join(s.file_name().unwrap())).unwrap());
    }
}

#[test]
fn an_index_that_disagrees_with_its_shards_or_a_name_in_two_shards_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let ck = sharded(dir.path());
    let index = ck.join("model.safetensors.index.json");
    let text = std::fs::read_to_string(&index).unwrap();
    std::fs::write(&index, text.replace("\"b.weight\": \"model-00002", "\"b.weight\": \"model-00001")).unwrap();
    let out = dir.path().join("x.xnc");
    let e = container::compress_file(&ck, &out, &CompressOptions::default(), &|_| {}).unwrap_err().to_string();
    assert!(e.contains("b.weight"), "{e}");
    assert!(!out.exists());
    std::fs::write(&index, text.replace("model-00002-of-00002.safetensors\"\n", "../escape.safetensors\"\n")).unwrap();
    let e = container::compress_file(&ck, &out, &CompressOptions::default(), &|_| {}).unwrap_err().to_string();
    assert!(e.contains("not a relative file name"), "{e}");
    std::fs::remove_file(&index).unwrap();
    let copy = ck.join("model-00003-of-00003.safetensors");
    std::fs::copy(ck.join("model-00002-of-00002.safetensors"), copy).unwrap();
    let e = container::compress_file(&ck, &out, &CompressOptions::default(), &|_| {}).unwrap_err().to_string();
    assert!(e.contains("b.weight") && e.contains("unique"), "{e}");
}

#[test]
fn version_1_containers_are_still_read() {
    // Written by the previous release (commit b8ef723): `xnc compress minilm-16rows.safetensors
    // --codec ans -o minilm-16rows.v1.xnc` (and --codec xnc for the other).
    let dir = tempfile::tempdir().unwrap();
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let original = std::fs::read(data.join("minilm-16rows.safetensors")).unwrap();
    for name in ["minilm-16rows.ans.v1.xnc", "minilm-16rows.xnc.v1.xnc"] {
        let f = XncFile::open(&data.join(name)).unwrap();
        assert_eq!(f.version, 1);
        let back = dir.path().join("back.safetensors");
        f.decompress_to(&back, &|_| {}).unwrap();
        assert!(std::fs::read(back).unwrap() == original, "{name}");
        let t = &f.dir.tensors[0];
        assert_eq!(f.get_row(&t.name, 3).unwrap().len() as u64, t.row_len() * 2);
    }
}

#[test]
fn version_2_xnc_containers_paper_layout_are_still_read() {
    // Written by the binary of main b772547 and again, byte for byte the same, of main cc22457
    // (paper-layout XNC records, container version 2):
    // `xnc compress testbench/data/minilm-l6-v2.slice.bf16.safetensors --codec xnc
    //  -o crates/xnc-codec/tests/data/minilm-slice.xnc.v2.xnc` (6 blocks of 16,384 values).
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let original = std::fs::read(sample(SAMPLES[0])).unwrap();
    let f = XncFile::open(&root.join("tests/data/minilm-slice.xnc.v2.xnc")).unwrap();
    assert_eq!(f.version, 2);
    assert_eq!(container::xnc_layout(f.version), xnc_codec::xnc::Layout::Paper);
    let t = &f.dir.tensors[0];
    assert_eq!((t.codec, t.blocks.len()), (Codec::Xnc, 6));
    let back = dir.path().join("back.safetensors");
    f.decompress_to(&back, &|_| {}).unwrap();
    assert!(std::fs::read(back).unwrap() == original);
    assert_eq!(f.get_row(&t.name, 255).unwrap().len() as u64, t.row_len() * 2);
}

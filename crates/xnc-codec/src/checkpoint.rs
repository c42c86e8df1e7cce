//! Checkpoints as users have them: one `.safetensors` file, a sharded checkpoint's
//! `model.safetensors.index.json` (with the shards it names), a checkpoint folder, or a list of
//! safetensors files. A whole checkpoint becomes one `.xnc` container (docs/FORMAT.md 4.3).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::output::is_safe_relative;
use crate::tensor::SafetensorsFile;

/// Largest index JSON read (real ones are a few hundred kilobytes).
const MAX_INDEX_BYTES: u64 = 64 << 20;

/// What a checkpoint file is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// A safetensors file (one shard, or the whole model).
    Safetensors,
    /// A file kept byte for byte (the index JSON).
    Verbatim,
}

/// One file of a checkpoint.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckpointFile {
    /// Path relative to the checkpoint's folder, `/`-separated (what decompression recreates).
    pub rel: String,
    /// Where it is now.
    pub path: PathBuf,
    /// What it is.
    pub kind: FileKind,
}

/// The files of a checkpoint, in the order they are stored (shards, then the index).
#[derive(Clone, Debug)]
pub struct Checkpoint {
    /// Its files.
    pub files: Vec<CheckpointFile>,
    /// From the index: tensor name -> shard (relative path); empty without an index.
    weight_map: HashMap<String, String>,
}

fn err(path: &Path, m: impl std::fmt::Display) -> Error {
    Error::Request(format!("{}: {m}", path.display()))
}

fn file_name(p: &Path) -> Result<String> {
    p.file_name().and_then(|n| n.to_str()).map(str::to_owned).ok_or_else(|| err(p, "has no UTF-8 file name"))
}

impl Checkpoint {
    /// Find the files of a checkpoint from what the user named: one safetensors file; an index
    /// JSON (`*.safetensors.index.json`: the index and every shard it names); a folder (its one
    /// index with its shards, else every `*.safetensors` in it); or several safetensors files.
    pub fn open(inputs: &[PathBuf]) -> Result<Self> {
        match inputs {
            [] => Err(Error::Request("no input given".into())),
            [one] if one.is_dir() => Self::folder(one),
            [one] if one.to_string_lossy().ends_with(".json") => Self::index(one),
            many => {
                let mut files = Vec::new();
                for p in many {
                    if p.is_dir() {
                        return Err(err(p, "is a folder: give one folder, or files"));
                    }
                    let rel = file_name(p)?;
                    if files.iter().any(|f: &CheckpointFile| f.rel == rel) {
                        return Err(err(p, format!("two inputs are named {rel}")));
                    }
                    files.push(CheckpointFile { rel, path: p.clone(), kind: FileKind::Safetensors });
                }
                Ok(Self { files, weight_map: HashMap::new() })
            }
        }
    }

    fn folder(dir: &Path) -> Result<Self> {
        let mut indexes = Vec::new();
        let mut shards = Vec::new();
        for e in std::fs::read_dir(dir).map_err(|source| Error::Io { path: dir.display().to_string(), source })? {
            let e = e.map_err(|source| Error::Io { path: dir.display().to_string(), source })?;
            let name = e.file_name().to_string_lossy().into_owned();
            let ours = name.ends_with(".safetensors.index.json") || name.ends_with(".safetensors");
            if !e.path().is_file() {
                // A shard or index that cannot be read as a file (a dangling symbolic link, a FIFO,
                // a device, a folder) must not silently drop out of the checkpoint.
                if ours {
                    return Err(err(
                        &e.path(),
                        "is not a regular file (a dangling symbolic link?): cannot be part of the checkpoint",
                    ));
                }
                continue;
            }
            if name.ends_with(".safetensors.index.json") {
                indexes.push(e.path());
            } else if name.ends_with(".safetensors") {
                shards.push(e.path());
            }
        }
        indexes.sort();
        shards.sort();
        match indexes.len() {
            1 => Self::index(&indexes[0]),
            0 if shards.is_empty() => Err(err(dir, "holds no .safetensors file")),
            0 => Self::open(&shards),
            _ => Err(err(
                dir,
                format!(
                    "holds {} index files ({}): name the one to compress",
                    indexes.len(),
                    indexes.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
                ),
            )),
        }
    }

    fn index(path: &Path) -> Result<Self> {
        let io = |source| Error::Io { path: path.display().to_string(), source };
        let len = std::fs::metadata(path).map_err(io)?.len();
        if len > MAX_INDEX_BYTES {
            return Err(err(path, format!("{len} bytes is too large for an index JSON")));
        }
        let bytes = std::fs::read(path).map_err(io)?;
        let v: serde_json::Value =
            serde_json::from_slice(&bytes).map_err(|e| err(path, format!("is not valid JSON: {e}")))?;
        let map = v
            .get("weight_map")
            .and_then(|m| m.as_object())
            .ok_or_else(|| err(path, "has no \"weight_map\" object: not a sharded checkpoint's index"))?;
        let mut weight_map = HashMap::new();
        let mut shard_names = BTreeSet::new();
        for (tensor, shard) in map {
            let shard = shard
                .as_str()
                .filter(|s| is_safe_relative(s))
                .ok_or_else(|| err(path, format!("tensor '{tensor}': shard {shard} is not a relative file name")))?;
            shard_names.insert(shard.to_string());
            weight_map.insert(tensor.clone(), shard.to_string());
        }
        if shard_names.is_empty() {
            return Err(err(path, "weight_map names no shard"));
        }
        let root = crate::tensor::parent_dir(path);
        let index_rel = file_name(path)?;
        let mut files: Vec<CheckpointFile> = shard_names
            .into_iter()
            .map(|rel| CheckpointFile { path: root.join(&rel), rel, kind: FileKind::Safetensors })
            .collect();
        if files.iter().any(|f| f.rel == index_rel) {
            return Err(err(path, "names itself as a shard"));
        }
        for f in &files {
            if !f.path.is_file() {
                return Err(err(&f.path, format!("shard named by {} is missing", path.display())));
            }
        }
        files.push(CheckpointFile { rel: index_rel, path: path.to_owned(), kind: FileKind::Verbatim });
        Ok(Self { files, weight_map })
    }

    /// Whether the checkpoint is one safetensors file (decompressed to a file, not a folder).
    pub fn is_single_file(&self) -> bool {
        self.files.len() == 1 && self.files[0].kind == FileKind::Safetensors
    }

    /// The paths of every file (to refuse an output that is one of them).
    pub fn paths(&self) -> Vec<PathBuf> {
        self.files.iter().map(|f| f.path.clone()).collect()
    }

    /// The safetensors files.
    pub fn safetensors(&self) -> impl Iterator<Item = &CheckpointFile> {
        self.files.iter().filter(|f| f.kind == FileKind::Safetensors)
    }

    /// With an index: check that shard `f` holds exactly the tensors the index assigns to it.
    pub fn check_shard(&self, f: &CheckpointFile, st: &SafetensorsFile) -> Result<()> {
        if self.weight_map.is_empty() {
            return Ok(());
        }
        for t in &st.tensors {
            if self.weight_map.get(&t.name) != Some(&f.rel) {
                return Err(err(&f.path, format!("tensor '{}' is not assigned to this shard by the index", t.name)));
            }
        }
        let have: BTreeSet<&str> = st.tensors.iter().map(|t| t.name.as_str()).collect();
        let missing: BTreeMap<&str, &str> = self
            .weight_map
            .iter()
            .filter(|(n, s)| **s == f.rel && !have.contains(n.as_str()))
            .map(|(n, s)| (n.as_str(), s.as_str()))
            .collect();
        if let Some((n, _)) = missing.iter().next() {
            return Err(err(&f.path, format!("the index puts tensor '{n}' in this shard, but it is not there")));
        }
        Ok(())
    }
}

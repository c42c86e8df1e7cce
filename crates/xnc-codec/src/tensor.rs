//! Safetensors input (memory-mapped, so a 1 GB tensor is read in place) and streaming output
//! (written to a temporary file in the destination folder, renamed into place only when complete).

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};

use memmap2::Mmap;
use tempfile::NamedTempFile;

use crate::error::{Error, Result};
use crate::format::Dtype;

/// One tensor of a safetensors file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TensorInfo {
    /// Tensor name.
    pub name: String,
    /// The safetensors dtype name (`BF16`, `F16`, `F32` ...).
    pub dtype_name: String,
    /// The dtype if it is one this kit compresses.
    pub dtype: Option<Dtype>,
    /// Shape.
    pub shape: Vec<usize>,
    /// Absolute byte range of the tensor's data in the file.
    pub data: Range<usize>,
}

impl TensorInfo {
    /// Number of elements.
    pub fn values(&self) -> usize {
        self.shape.iter().product()
    }
    /// Elements per row: the product of all dimensions but the first (1 for scalars and vectors).
    pub fn row_len(&self) -> usize {
        if self.shape.len() < 2 {
            1
        } else {
            self.shape[1..].iter().product()
        }
    }
    /// Number of rows: the first dimension (the element count for 0-d and 1-d tensors).
    pub fn rows(&self) -> usize {
        if self.shape.len() < 2 {
            self.values()
        } else {
            self.shape[0]
        }
    }
}

/// A memory-mapped, validated safetensors file.
pub struct SafetensorsFile {
    path: PathBuf,
    map: Mmap,
    /// Tensors in the order of their data in the file.
    pub tensors: Vec<TensorInfo>,
    /// The `__metadata__` map, if any.
    pub metadata: Option<BTreeMap<String, String>>,
    /// The JSON header exactly as stored in the file (with its padding), so that a round trip
    /// through `.xnc` gives back the very same file.
    pub header: Vec<u8>,
}

impl SafetensorsFile {
    /// Open and validate a safetensors file.
    pub fn open(path: &Path) -> Result<Self> {
        let ctx = path.display().to_string();
        let file = File::open(path).map_err(|source| Error::Io { path: ctx.clone(), source })?;
        // SAFETY: the map is read-only; a file truncated by another process while mapped is outside
        // what this tool defends against (as for every mmap-based reader).
        let map = unsafe { Mmap::map(&file) }.map_err(|source| Error::Io { path: ctx.clone(), source })?;
        let (n, meta) = safetensors::SafeTensors::read_metadata(&map).map_err(|e| Error::Format {
            context: ctx.clone(),
            offset: if map.len() < 8 { 0 } else { 8 },
            message: format!("not a valid safetensors file: {e:?}"),
        })?;
        let base = 8 + n;
        let mut tensors: Vec<TensorInfo> = meta
            .tensors()
            .into_iter()
            .map(|(name, info)| {
                let dtype_name = serde_json::to_value(info.dtype)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_else(|| format!("{:?}", info.dtype));
                TensorInfo {
                    dtype: Dtype::from_safetensors_name(&dtype_name),
                    dtype_name,
                    name,
                    shape: info.shape.clone(),
                    data: base + info.data_offsets.0..base + info.data_offsets.1,
                }
            })
            .collect();
        tensors.sort_by_key(|t| (t.data.start, t.data.end));
        let metadata = meta.metadata().as_ref().map(|m| m.iter().map(|(k, v)| (k.clone(), v.clone())).collect());
        let header = map[8..base].to_vec();
        Ok(Self { path: path.to_owned(), map, tensors, metadata, header })
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Find a tensor by name.
    pub fn tensor(&self, name: &str) -> Result<&TensorInfo> {
        self.tensors.iter().find(|t| t.name == name).ok_or_else(|| {
            let names: Vec<&str> = self.tensors.iter().map(|t| t.name.as_str()).collect();
            Error::Request(format!("{}: no tensor named '{name}' (it has: {})", self.path.display(), names.join(", ")))
        })
    }

    /// The raw bytes of a tensor.
    pub fn bytes(&self, t: &TensorInfo) -> &[u8] {
        &self.map[t.data.clone()]
    }

    /// Elements `range` of a 16-bit tensor, as words.
    pub fn words(&self, t: &TensorInfo, range: Range<usize>) -> Vec<u16> {
        let b = &self.bytes(t)[range.start * 2..range.end * 2];
        words_from_le(b)
    }
}

/// Little-endian bytes to 16-bit words.
pub fn words_from_le(b: &[u8]) -> Vec<u16> {
    let mut w = vec![0u16; b.len() / 2];
    for (x, c) in w.iter_mut().zip(b.chunks_exact(2)) {
        *x = u16::from_le_bytes([c[0], c[1]]);
    }
    w
}

/// 16-bit words to little-endian bytes, appended to `out`.
pub fn words_to_le(w: &[u16], out: &mut Vec<u8>) {
    let start = out.len();
    out.resize(start + w.len() * 2, 0);
    for (c, &x) in out[start..].chunks_exact_mut(2).zip(w) {
        c.copy_from_slice(&x.to_le_bytes());
    }
}

/// A tensor to be written by [`SafetensorsWriter`].
#[derive(Clone, Debug)]
pub struct TensorSpec {
    /// Name.
    pub name: String,
    /// Safetensors dtype name.
    pub dtype_name: String,
    /// Shape.
    pub shape: Vec<usize>,
    /// Data size in bytes.
    pub nbytes: usize,
}

/// Writes a safetensors file tensor by tensor, in the order given, without holding the data in
/// memory. Nothing appears at the destination until [`SafetensorsWriter::finish`] succeeds.
pub struct SafetensorsWriter {
    dest: PathBuf,
    out: BufWriter<NamedTempFile>,
    expected: usize,
    written: usize,
}

impl SafetensorsWriter {
    /// Start writing `dest` with these tensors (data in this order) and metadata. When `original`
    /// is the header of a file holding exactly these tensors, it is written verbatim.
    pub fn create(
        dest: &Path,
        tensors: &[TensorSpec],
        metadata: &Option<BTreeMap<String, String>>,
        original: Option<&[u8]>,
    ) -> Result<Self> {
        let io = |source| Error::Io { path: dest.display().to_string(), source };
        let mut header = serde_json::Map::new();
        if let Some(m) = metadata {
            header.insert("__metadata__".into(), serde_json::to_value(m).expect("string map"));
        }
        let mut off = 0usize;
        for t in tensors {
            header.insert(
                t.name.clone(),
                serde_json::json!({"dtype": t.dtype_name, "shape": t.shape, "data_offsets": [off, off + t.nbytes]}),
            );
            off += t.nbytes;
        }
        let mut hb = match original {
            Some(h) if header_describes(h, tensors, metadata) => h.to_vec(),
            _ => serde_json::to_vec(&serde_json::Value::Object(header)).expect("json"),
        };
        while hb.len() % 8 != 0 {
            hb.push(b' ');
        }
        let tmp = NamedTempFile::new_in(parent_dir(dest)).map_err(io)?;
        let mut out = BufWriter::with_capacity(1 << 20, tmp);
        out.write_all(&(hb.len() as u64).to_le_bytes()).map_err(io)?;
        out.write_all(&hb).map_err(io)?;
        Ok(Self { dest: dest.to_owned(), out, expected: off, written: 0 })
    }

    /// Append data bytes (tensors are filled in the order given to `create`).
    pub fn write(&mut self, bytes: &[u8]) -> Result<()> {
        self.written += bytes.len();
        self.out.write_all(bytes).map_err(|source| Error::Io { path: self.dest.display().to_string(), source })
    }

    /// Check every byte was written, flush, and move the file into place.
    pub fn finish(self) -> Result<()> {
        if self.written != self.expected {
            return Err(Error::Request(format!(
                "{}: {} of {} data bytes written",
                self.dest.display(),
                self.written,
                self.expected
            )));
        }
        let dest = self.dest;
        let io = |source| Error::Io { path: dest.display().to_string(), source };
        let tmp = self.out.into_inner().map_err(|e| io(e.into_error()))?;
        tmp.as_file().sync_all().map_err(io)?;
        tmp.persist(&dest).map_err(|e| io(e.error))?;
        Ok(())
    }
}

/// Whether a stored safetensors header describes exactly these tensors (in this data order) and
/// this metadata, so that it may be written verbatim.
fn header_describes(h: &[u8], tensors: &[TensorSpec], metadata: &Option<BTreeMap<String, String>>) -> bool {
    let Ok(serde_json::Value::Object(map)) = serde_json::from_slice::<serde_json::Value>(h) else {
        return false;
    };
    let meta: Option<BTreeMap<String, String>> =
        map.get("__metadata__").and_then(|m| serde_json::from_value(m.clone()).ok());
    if &meta != metadata || map.len() != tensors.len() + usize::from(map.contains_key("__metadata__")) {
        return false;
    }
    let mut off = 0usize;
    for t in tensors {
        let want = serde_json::json!({"dtype": t.dtype_name, "shape": t.shape, "data_offsets": [off, off + t.nbytes]});
        if map.get(&t.name) != Some(&want) {
            return false;
        }
        off += t.nbytes;
    }
    true
}

/// The folder a file will be created in (for temporary files next to it).
pub fn parent_dir(p: &Path) -> PathBuf {
    match p.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_owned(),
        _ => PathBuf::from("."),
    }
}

//! Safetensors input (memory-mapped, so a 1 GB tensor is read in place, and validated with every
//! error naming the tensor and byte offset) and streaming output to any writer.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::Write;
use std::ops::Range;
use std::path::{Path, PathBuf};

use memmap2::Mmap;

use crate::error::{Error, Result};
use crate::format::Dtype;

/// Element size in bytes of a safetensors dtype name (`None`: not a dtype safetensors knows).
/// The sizes come from the `safetensors` crate, so there is one list of dtypes.
pub fn dtype_size(name: &str) -> Option<u64> {
    let d: safetensors::Dtype = serde_json::from_value(serde_json::Value::String(name.to_string())).ok()?;
    Some(d.size() as u64)
}

/// Largest safetensors JSON header the `safetensors` crate reads (so no larger one is written).
pub const MAX_HEADER: u64 = 100_000_000;

/// Bytes of a file: a read-only memory map, or an owned buffer (tests, fuzzing).
pub(crate) enum Bytes {
    Map(Mmap),
    Owned(Vec<u8>),
}

impl std::ops::Deref for Bytes {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Bytes::Map(m) => m,
            Bytes::Owned(v) => v,
        }
    }
}

impl Bytes {
    /// Map a regular file read-only (a folder or a special file is a clear error, not ENODEV).
    pub(crate) fn map(path: &Path) -> Result<Self> {
        let ctx = path.display().to_string();
        let io = |source| Error::Io { path: ctx.clone(), source };
        let meta = std::fs::metadata(path).map_err(io)?;
        if meta.is_dir() {
            return Err(Error::Request(format!("{ctx}: is a folder, not a file")));
        }
        if !meta.is_file() {
            return Err(Error::Request(format!("{ctx}: is not a regular file")));
        }
        let file = File::open(path).map_err(io)?;
        if meta.len() == 0 {
            return Ok(Bytes::Owned(Vec::new()));
        }
        // SAFETY: the map is read-only; a file truncated by another process while mapped is outside
        // what this tool defends against (as for every mmap-based reader).
        Ok(Bytes::Map(unsafe { Mmap::map(&file) }.map_err(io)?))
    }
}

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
    map: Bytes,
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
        Self::parse(path, Bytes::map(path)?)
    }

    /// Validate a safetensors file held in memory (`path` only names it in errors).
    pub fn from_bytes(path: &Path, bytes: Vec<u8>) -> Result<Self> {
        Self::parse(path, Bytes::Owned(bytes))
    }

    fn parse(path: &Path, map: Bytes) -> Result<Self> {
        let ctx = path.display().to_string();
        let base = check_layout(&map, &ctx)?;
        // The safetensors crate has the last word (our own pass above names tensor and offset).
        let (_, meta) = safetensors::SafeTensors::read_metadata(&map).map_err(|e| Error::Format {
            context: ctx.clone(),
            offset: 8,
            message: format!("not a valid safetensors file: {e:?}"),
        })?;
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
        tensors.sort_by(|a, b| (a.data.start, a.data.end, &a.name).cmp(&(b.data.start, b.data.end, &b.name)));
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
            Error::Request(format!("{}: no tensor named '{name}' ({})", self.path.display(), some_names(&self.tensors)))
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

/// A short list of tensor names for error messages ("it has: a, b, c and 19,997 more").
fn some_names(tensors: &[TensorInfo]) -> String {
    let names: Vec<&str> = tensors.iter().take(8).map(|t| t.name.as_str()).collect();
    let more = tensors.len().saturating_sub(names.len());
    if more == 0 {
        format!("it has: {}", names.join(", "))
    } else {
        format!("it has: {} and {more} more", names.join(", "))
    }
}

/// Check a safetensors file's framing and header ourselves, so that every error names the tensor
/// and the byte offset: header length, JSON, dtypes, shapes against byte sizes, data offsets in
/// range, without overlap or gap. Returns the offset of the data section.
fn check_layout(b: &[u8], ctx: &str) -> Result<usize> {
    let err = |offset: u64, message: String| Error::Format { context: ctx.to_string(), offset, message };
    if b.len() < 8 {
        return Err(err(0, format!("{} bytes is too short for a safetensors file (truncated?)", b.len())));
    }
    let n = u64::from_le_bytes(b[..8].try_into().expect("8 bytes"));
    if n > MAX_HEADER || n > b.len() as u64 - 8 {
        return Err(err(
            0,
            format!("header length {n} does not fit the file of {} bytes (at most {MAX_HEADER}): not a safetensors file, or truncated", b.len()),
        ));
    }
    let base = 8 + n as usize;
    let data_len = (b.len() - base) as u64;
    let header: serde_json::Value = serde_json::from_slice(&b[8..base])
        .map_err(|e| err(8, format!("header is not valid JSON: {e} (line {}, column {})", e.line(), e.column())))?;
    let serde_json::Value::Object(map) = header else {
        return Err(err(8, "header is not a JSON object".into()));
    };
    // Where a tensor's key is in the header (errors name that offset; searched only on error).
    let key_at = |name: &str| -> u64 {
        let key = serde_json::to_string(name).unwrap_or_default();
        b[8..base].windows(key.len().max(1)).position(|w| w == key.as_bytes()).map_or(8, |p| 8 + p as u64)
    };
    let mut spans = Vec::with_capacity(map.len());
    for (name, v) in &map {
        if name == "__metadata__" {
            let ok = v.as_object().is_some_and(|m| m.values().all(|x| x.is_string()));
            if !ok {
                return Err(err(8, "__metadata__ is not a map of strings".into()));
            }
            continue;
        }
        let bad = |m: String| err(key_at(name), format!("tensor '{name}': {m}"));
        let dtype = v.get("dtype").and_then(|d| d.as_str()).ok_or_else(|| bad("no dtype".into()))?;
        let size = dtype_size(dtype).ok_or_else(|| bad(format!("unknown dtype {dtype:?}")))?;
        let shape = v
            .get("shape")
            .and_then(|s| s.as_array())
            .and_then(|s| s.iter().map(|d| d.as_u64()).collect::<Option<Vec<u64>>>())
            .ok_or_else(|| bad("shape is not a list of non-negative integers".into()))?;
        let offs = v
            .get("data_offsets")
            .and_then(|s| s.as_array())
            .and_then(|s| s.iter().map(|d| d.as_u64()).collect::<Option<Vec<u64>>>())
            .filter(|o| o.len() == 2)
            .ok_or_else(|| bad("data_offsets is not a pair of non-negative integers".into()))?;
        let (start, end) = (offs[0], offs[1]);
        let at = (base as u64).saturating_add(start);
        if start > end || end > data_len {
            // Offsets out of range point nowhere in the file: name the tensor's entry instead.
            return Err(err(
                key_at(name),
                format!("tensor '{name}': data_offsets [{start}, {end}] outside the {data_len}-byte data section"),
            ));
        }
        let need = shape.iter().try_fold(size, |a, &d| a.checked_mul(d));
        if need != Some(end - start) {
            return Err(err(
                at,
                format!(
                    "tensor '{name}': {dtype} {shape:?} needs {} bytes, data_offsets give {}",
                    need.map_or("more than 2^64".into(), |x| x.to_string()),
                    end - start
                ),
            ));
        }
        spans.push((start, end, name));
    }
    spans.sort();
    let mut pos = 0u64;
    for (start, end, name) in spans {
        if start != pos {
            return Err(err(
                base as u64 + start.min(pos),
                format!(
                    "tensor '{name}': data starts at {start}, expected {pos} ({})",
                    if start < pos { "it overlaps the previous tensor" } else { "a gap before it" }
                ),
            ));
        }
        pos = end;
    }
    if pos != data_len {
        return Err(err(base as u64 + pos, format!("{} bytes after the last tensor's data", data_len - pos)));
    }
    Ok(base)
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
    // Whole `[u8; 2]` elements: the loop becomes a plain vector copy on little-endian targets.
    for (c, &x) in out[start..].as_chunks_mut::<2>().0.iter_mut().zip(w) {
        *c = x.to_le_bytes();
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
/// memory, to any writer (a [`crate::output::AtomicFile`] makes it appear only when complete).
pub struct SafetensorsWriter<W: Write> {
    name: String,
    out: W,
    expected: usize,
    written: usize,
}

impl<W: Write> SafetensorsWriter<W> {
    /// Start writing with these tensors (data in this order) and metadata; `name` names the file in
    /// errors. When `original` is the header of a file holding exactly these tensors, it is written
    /// verbatim.
    pub fn new(
        name: &str,
        mut out: W,
        tensors: &[TensorSpec],
        metadata: &Option<BTreeMap<String, String>>,
        original: Option<&[u8]>,
    ) -> Result<Self> {
        let io = |source| Error::Io { path: name.to_string(), source };
        let mut header = serde_json::Map::new();
        if let Some(m) = metadata {
            header.insert("__metadata__".into(), serde_json::to_value(m).expect("string map"));
        }
        let mut off = 0usize;
        for t in tensors {
            let end = off
                .checked_add(t.nbytes)
                .ok_or_else(|| Error::Request(format!("{name}: tensor '{}': data offsets overflow", t.name)))?;
            if header.contains_key(&t.name) {
                return Err(Error::Request(format!("{name}: tensor name '{}' is not unique", t.name)));
            }
            header.insert(
                t.name.clone(),
                serde_json::json!({"dtype": t.dtype_name, "shape": t.shape, "data_offsets": [off, end]}),
            );
            off = end;
        }
        // The original header verbatim (padding included, whatever its length); a new one padded
        // to a multiple of 8 bytes as safetensors writers do.
        let hb = match original {
            Some(h) if header_describes(h, tensors, metadata) => h.to_vec(),
            _ => {
                let mut hb = serde_json::to_vec(&serde_json::Value::Object(header)).expect("json");
                while !hb.len().is_multiple_of(8) {
                    hb.push(b' ');
                }
                hb
            }
        };
        if hb.len() as u64 > MAX_HEADER {
            return Err(Error::Request(format!(
                "{name}: a safetensors header of {} bytes exceeds the {MAX_HEADER}-byte limit of safetensors readers",
                hb.len()
            )));
        }
        out.write_all(&(hb.len() as u64).to_le_bytes()).map_err(io)?;
        out.write_all(&hb).map_err(io)?;
        Ok(Self { name: name.to_string(), out, expected: off, written: 0 })
    }

    /// Append data bytes (tensors are filled in the order given to `new`).
    pub fn write(&mut self, bytes: &[u8]) -> Result<()> {
        self.written += bytes.len();
        self.out.write_all(bytes).map_err(|source| Error::Io { path: self.name.clone(), source })
    }

    /// Check every byte was written; give the writer back.
    pub fn finish(self) -> Result<W> {
        if self.written != self.expected {
            return Err(Error::Request(format!(
                "{}: {} of {} data bytes written",
                self.name, self.written, self.expected
            )));
        }
        Ok(self.out)
    }
}

/// Whether a stored safetensors header describes exactly these tensors (in this data order) and
/// this metadata, so that it may be written verbatim.
fn header_describes(h: &[u8], tensors: &[TensorSpec], metadata: &Option<BTreeMap<String, String>>) -> bool {
    let Ok(serde_json::Value::Object(map)) = serde_json::from_slice::<serde_json::Value>(h) else {
        return false;
    };
    let meta: Option<BTreeMap<String, String>> = match map.get("__metadata__") {
        None => None,
        Some(m) => match serde_json::from_value(m.clone()) {
            Ok(m) => Some(m),
            Err(_) => return false,
        },
    };
    if &meta != metadata || map.len() != tensors.len() + usize::from(map.contains_key("__metadata__")) {
        return false;
    }
    // Only the fields safetensors defines are compared: readers ignore any other field of an
    // entry, so a header with extra fields still describes the tensors (and comes back verbatim).
    let mut off = 0usize;
    for t in tensors {
        let Some(entry) = map.get(&t.name) else {
            return false;
        };
        let want = [
            ("dtype", serde_json::json!(t.dtype_name)),
            ("shape", serde_json::json!(t.shape)),
            ("data_offsets", serde_json::json!([off, off + t.nbytes])),
        ];
        if want.iter().any(|(k, v)| entry.get(k) != Some(v)) {
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

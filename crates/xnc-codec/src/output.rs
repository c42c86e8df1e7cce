//! Output files that appear only when complete, never replace what they must not, keep the
//! user's umask, and can be removed by a signal handler.
//!
//! Every output is written to a temporary file (or folder) next to its destination and renamed into
//! place once complete. The temporary paths are registered here, so that a SIGINT/SIGTERM handler in
//! the binary can remove them with [`remove_pending`] before the process exits.

use std::fs::{File, Permissions};
use std::io::{self, BufWriter, Seek, SeekFrom, Write};
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

use tempfile::{NamedTempFile, TempDir};

use crate::error::{Error, Result};
use crate::tensor::parent_dir;

/// Temporary files and folders not yet renamed into place.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn pending() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    PENDING.lock().unwrap_or_else(|p| p.into_inner())
}

/// A registered temporary path; unregistered when dropped (committed, or removed by its owner).
struct Registered(PathBuf);

impl Registered {
    fn new(p: &Path) -> Self {
        pending().push(p.to_owned());
        Self(p.to_owned())
    }
}

impl Drop for Registered {
    fn drop(&mut self) {
        pending().retain(|q| q != &self.0);
    }
}

/// Remove every temporary output not yet moved into place (call it from a signal handler thread
/// just before exiting). Returns how many were removed.
pub fn remove_pending() -> usize {
    let mut v = pending();
    let n = v.len();
    for p in v.drain(..) {
        let _ = if p.is_dir() { std::fs::remove_dir_all(&p) } else { std::fs::remove_file(&p) };
    }
    n
}

/// An I/O error without the temporary path some `tempfile` errors carry (the user knows the
/// destination, not our temporary name).
fn clean(e: io::Error) -> io::Error {
    match e.raw_os_error() {
        Some(code) => io::Error::from_raw_os_error(code),
        None if e.get_ref().is_some() => io::Error::from(e.kind()),
        None => e,
    }
}

fn io_err(path: &Path) -> impl Fn(io::Error) -> Error + '_ {
    move |e| Error::Io { path: path.display().to_string(), source: clean(e) }
}

/// Where an output goes, once checked by [`check_output`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Destination {
    /// A path to create, or a regular file to replace, by renaming a complete temporary file.
    Path(PathBuf),
    /// An existing special file (device, FIFO) to write into (only with `force`).
    Special(PathBuf),
}

/// Check an output path before anything is written: never one of the inputs; a symbolic link or a
/// special file (`/dev/null`, `/dev/stdout`, a FIFO) only with `force` (a link is then followed to
/// the file it points to, a special file is written into, not replaced); `folder` outputs must not
/// be existing files.
pub fn check_output(output: &Path, inputs: &[PathBuf], force: bool, folder: bool) -> Result<Destination> {
    let name = output.display().to_string();
    let refuse = |m: &str| Err(Error::Request(format!("{name}: {m}")));
    let mut target = output.to_owned();
    match std::fs::symlink_metadata(output) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Destination::Path(target)),
        Err(e) => return Err(io_err(output)(e)),
        Ok(m) if m.file_type().is_symlink() => {
            if !force {
                return refuse("is a symbolic link; refusing to replace it (--force writes to the file it points to)");
            }
            match std::fs::canonicalize(output) {
                Ok(t) if t.is_file() || t.is_dir() => target = t,
                // A link to a pipe, socket or device (`/dev/stdout` -> `/proc/self/fd/1`): write
                // through the link.
                _ => return Ok(Destination::Special(output.to_owned())),
            }
        }
        Ok(_) => {}
    }
    let meta = std::fs::metadata(&target).map_err(io_err(output))?;
    for input in inputs {
        if let Ok(im) = std::fs::metadata(input) {
            if im.dev() == meta.dev() && im.ino() == meta.ino() {
                return refuse(&format!("is the input {}; choose another output", input.display()));
            }
        }
    }
    let ft = meta.file_type();
    if ft.is_dir() {
        if folder {
            return Ok(Destination::Path(target));
        }
        return refuse("is a folder; give a file name");
    }
    if ft.is_file() {
        if folder {
            return refuse("is a file, but this container holds a checkpoint of several files: give a folder");
        }
        return Ok(Destination::Path(target));
    }
    let kind = if ft.is_char_device() {
        "a character device"
    } else if ft.is_block_device() {
        "a block device"
    } else if ft.is_fifo() {
        "a FIFO"
    } else if ft.is_socket() {
        "a socket"
    } else {
        "a special file"
    };
    if folder {
        return refuse(&format!("is {kind}, not a folder"));
    }
    if !force {
        return refuse(&format!("is {kind}; refusing to replace it (--force writes into it)"));
    }
    Ok(Destination::Special(target))
}

/// The names of this module's temporary files and folders: `.xnc-<random>.tmp`.
fn temp_builder() -> tempfile::Builder<'static, 'static> {
    let mut b = tempfile::Builder::new();
    b.prefix(".xnc-").suffix(".tmp");
    b
}

/// A file written to a registered temporary file next to `dest` (mode 0666 less the umask), renamed
/// into place by [`AtomicFile::commit`]; dropped uncommitted, it leaves nothing behind.
pub struct AtomicFile {
    dest: PathBuf,
    out: BufWriter<NamedTempFile>,
    len: u64,
    _registered: Registered,
}

impl AtomicFile {
    /// Start writing `dest`.
    pub fn create(dest: &Path) -> Result<Self> {
        let tmp = temp_builder()
            .permissions(Permissions::from_mode(0o666))
            .tempfile_in(parent_dir(dest))
            .map_err(io_err(dest))?;
        let registered = Registered::new(tmp.path());
        Ok(Self { dest: dest.to_owned(), out: BufWriter::with_capacity(1 << 20, tmp), len: 0, _registered: registered })
    }

    /// The destination.
    pub fn dest(&self) -> &Path {
        &self.dest
    }

    /// Bytes written so far.
    pub fn len(&self) -> u64 {
        self.len
    }

    /// Whether nothing was written yet.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Append bytes (errors name the destination).
    pub fn put(&mut self, bytes: &[u8]) -> Result<()> {
        self.out.write_all(bytes).map_err(io_err(&self.dest))?;
        self.len += bytes.len() as u64;
        Ok(())
    }

    /// Append `parts` one after the other: a batch larger than the buffer is written from the
    /// parts themselves (vectored writes), not copied into the buffer first.
    pub fn put_all(&mut self, parts: &[&[u8]]) -> Result<()> {
        let total: usize = parts.iter().map(|p| p.len()).sum();
        if total < self.out.capacity() {
            for p in parts {
                self.put(p)?;
            }
            return Ok(());
        }
        let io = io_err(&self.dest);
        self.out.flush().map_err(&io)?;
        let mut slices: Vec<io::IoSlice> = parts.iter().map(|p| io::IoSlice::new(p)).collect();
        let mut rest = &mut slices[..];
        while !rest.is_empty() {
            match self.out.get_mut().write_vectored(rest) {
                Ok(0) => return Err(io(io::Error::from(io::ErrorKind::WriteZero))),
                Ok(n) => io::IoSlice::advance_slices(&mut rest, n),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(io(e)),
            }
        }
        self.len += total as u64;
        Ok(())
    }

    /// Drop everything from `offset` on.
    pub fn truncate(&mut self, offset: u64) -> Result<()> {
        let io = io_err(&self.dest);
        self.out.flush().map_err(&io)?;
        self.out.get_ref().as_file().set_len(offset).map_err(&io)?;
        self.out.get_mut().seek(SeekFrom::Start(offset)).map_err(&io)?;
        self.len = offset;
        Ok(())
    }

    /// Flush, sync and rename into place.
    pub fn commit(self) -> Result<()> {
        let io = io_err(&self.dest);
        let tmp = self.out.into_inner().map_err(|e| io(e.into_error()))?;
        tmp.as_file().sync_all().map_err(&io)?;
        tmp.persist(&self.dest).map_err(|e| io(e.error))?;
        Ok(())
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.out.write(buf)?;
        self.len += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// Whether `rel` is a safe relative path inside a folder: not empty, no root, no `..`, no `.`.
pub fn is_safe_relative(rel: &str) -> bool {
    !rel.is_empty()
        && !rel.contains('\\')
        && !rel.contains('\0')
        && Path::new(rel).components().all(|c| matches!(c, Component::Normal(_)))
        && !rel.ends_with('/')
}

/// A folder of files written into a registered temporary folder next to `dest`, moved into place by
/// [`AtomicFolder::commit`] (renamed when `dest` does not exist; otherwise file by file).
pub struct AtomicFolder {
    dest: PathBuf,
    stage_path: PathBuf,
    stage: Option<TempDir>,
    files: Vec<String>,
    _registered: Registered,
}

impl AtomicFolder {
    /// Start writing the folder `dest`.
    pub fn create(dest: &Path) -> Result<Self> {
        let stage = temp_builder()
            .permissions(Permissions::from_mode(0o777))
            .tempdir_in(parent_dir(dest))
            .map_err(io_err(dest))?;
        let stage_path = stage.path().to_owned();
        let registered = Registered::new(&stage_path);
        Ok(Self { dest: dest.to_owned(), stage_path, stage: Some(stage), files: Vec::new(), _registered: registered })
    }

    /// Create file `rel` (a safe relative path) in the folder.
    pub fn file(&mut self, rel: &str) -> Result<BufWriter<File>> {
        let shown = self.dest.join(rel);
        if !is_safe_relative(rel) || self.files.iter().any(|f| f == rel) {
            return Err(Error::Request(format!("{}: not a safe, unique relative path", shown.display())));
        }
        let p = self.stage_path.join(rel);
        if let Some(d) = p.parent() {
            std::fs::create_dir_all(d).map_err(io_err(&shown))?;
        }
        let f = File::create(&p).map_err(io_err(&shown))?;
        self.files.push(rel.to_string());
        Ok(BufWriter::with_capacity(1 << 20, f))
    }

    /// Finish a file created by [`AtomicFolder::file`]: flush and sync.
    pub fn close(&self, rel: &str, w: BufWriter<File>) -> Result<()> {
        let shown = self.dest.join(rel);
        let f = w.into_inner().map_err(|e| io_err(&shown)(e.into_error()))?;
        f.sync_all().map_err(io_err(&shown))
    }

    /// Move every file into place.
    pub fn commit(mut self) -> Result<()> {
        if !self.dest.exists() {
            let stage = self.stage.take().map(TempDir::keep).unwrap_or_else(|| self.stage_path.clone());
            std::fs::rename(&stage, &self.dest).map_err(|e| {
                let _ = std::fs::remove_dir_all(&stage);
                io_err(&self.dest)(e)
            })?;
        } else {
            for rel in &self.files {
                let to = self.dest.join(rel);
                if let Some(d) = to.parent() {
                    std::fs::create_dir_all(d).map_err(io_err(&to))?;
                }
                std::fs::rename(self.stage_path.join(rel), &to).map_err(io_err(&to))?;
            }
        }
        Ok(())
    }
}

/// Produce an output through a registered scratch file, then copy it into the special file `dest`
/// (a device or FIFO, accepted by [`check_output`] only with `force`): the special file is written
/// into, never replaced, and nothing is written to it unless the output is complete.
pub fn write_special(dest: &Path, produce: impl FnOnce(&Path) -> Result<()>) -> Result<()> {
    let scratch = temp_builder().tempdir().map_err(io_err(dest))?;
    let _registered = Registered::new(scratch.path());
    let tmp = scratch.path().join("out");
    produce(&tmp)?;
    let mut from = File::open(&tmp).map_err(io_err(dest))?;
    let mut to = std::fs::OpenOptions::new().write(true).open(dest).map_err(io_err(dest))?;
    io::copy(&mut from, &mut to).map_err(io_err(dest))?;
    to.flush().map_err(io_err(dest))
}

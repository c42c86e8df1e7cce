//! Where the real data of this repository lives, for its tests and benches: the committed samples
//! (`testbench/data`, always present) and the full embedding tables (`../shared/data` beside the
//! repository, when present). The paths are those of this source tree, fixed at compile time; a
//! library user has no use for them.

use std::path::{Path, PathBuf};

/// The committed samples in `testbench/data` (one tensor each: two BF16, one FP16).
pub const SAMPLES: [&str; 3] = [
    "minilm-l6-v2.slice.bf16.safetensors",
    "smollm2-135m.slice.bf16.safetensors",
    "whisper-tiny-en.slice.f16.safetensors",
];

/// The full tables in `../shared/data` (one tensor each: two BF16, one FP16), in the order of
/// [`SAMPLES`].
pub const TABLES: [&str; 3] = [
    "minilm-l6-v2.word_embeddings.bf16.safetensors",
    "smollm2-135m-instruct.embed_tokens.bf16.safetensors",
    "whisper-tiny-en.decoder.embed_tokens.f16.safetensors",
];

/// Short names of the tables (bench and test labels), in the order of [`SAMPLES`] and [`TABLES`].
pub const LABELS: [&str; 3] = ["minilm", "smollm2", "whisper"];

/// The path of committed sample `name` (one of [`SAMPLES`]).
pub fn sample(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testbench/data").join(name)
}

/// `../shared/data` beside the repository, present or not.
fn shared_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data")
}

/// The directory of the full tables, or `None` when it is absent, after a message on stderr that
/// `what` did not run.
pub fn shared_dir(what: &str) -> Option<PathBuf> {
    let p = shared_path();
    if p.is_dir() {
        Some(p)
    } else {
        eprintln!("SKIPPED: {} not found; {what} did not run", p.display());
        None
    }
}

/// Full table `i` of [`TABLES`] when `../shared/data` holds it, else committed sample `i` of
/// [`SAMPLES`] (after a message on stderr): for benches that run on either.
pub fn table_or_sample(i: usize) -> PathBuf {
    let full = shared_path().join(TABLES[i]);
    if full.is_file() {
        full
    } else {
        eprintln!("{} absent: using the committed sample {}", full.display(), SAMPLES[i]);
        sample(SAMPLES[i])
    }
}

//! Golden software models of the XNC hardware kit.
//!
//! Nothing here knows about hardware, files formats other than its own, or command lines:
//! * [`format`](mod@format): FP16/BF16 fields and the lossless BF16 -> FP16-like permutation;
//! * [`bits`]: bit-contiguous writers and readers;
//! * [`xnc`]: the XNC transform, classification and chunk records (ISCAS 2025);
//! * [`ans`]: ANS coding pairs (exponent code + additional bits, tANS);
//! * [`container`]: the `.xnc` file format; [`tensor`]: safetensors input and output;
//! * [`checkpoint`]: single files, sharded checkpoints and folders; [`output`]: safe output files;
//! * [`cpu`]: which instruction-set paths run (run-time checks, the `XNC_SIMD` cap);
//! * [`testdata`]: where this repository's real data lives (for its tests and benches).

#![warn(missing_docs)]

pub mod ans;
pub mod bits;
pub mod checkpoint;
pub mod container;
pub mod cpu;
pub mod error;
pub mod format;
pub mod output;
pub mod tensor;
pub mod testdata;
pub mod xnc;

pub use error::{Error, Result};
pub use format::Dtype;

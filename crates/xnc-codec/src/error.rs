//! The library's error type: every failure names where it happened.

use thiserror::Error;

/// Everything that can go wrong while reading, decoding or writing.
#[derive(Debug, Error)]
pub enum Error {
    /// An I/O failure on a named path.
    #[error("{path}: {source}")]
    Io {
        /// The file involved.
        path: String,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// The input is not in the expected format (bad magic, bad header, wrong version ...).
    #[error("{context}: {message} (at byte offset {offset})")]
    Format {
        /// File or tensor being read.
        context: String,
        /// Byte offset of the problem in the file.
        offset: u64,
        /// What is wrong.
        message: String,
    },
    /// A checksum did not match.
    #[error("{context}: CRC32 mismatch at byte offset {offset}: stored {stored:#010x}, computed {computed:#010x}")]
    Checksum {
        /// File, tensor and block being read.
        context: String,
        /// Byte offset of the checked range.
        offset: u64,
        /// The checksum stored in the file.
        stored: u32,
        /// The checksum of the bytes read.
        computed: u32,
    },
    /// A compressed stream is corrupt: it ends early or decodes to something impossible.
    #[error("{context}: corrupt stream: {message}")]
    Corrupt {
        /// Tensor and block being decoded.
        context: String,
        /// What is wrong.
        message: String,
    },
    /// A tensor this kit cannot handle (dtype, empty, shape).
    #[error("tensor '{tensor}': {message}")]
    Unsupported {
        /// Tensor name.
        tensor: String,
        /// Why.
        message: String,
    },
    /// A request outside the data (row out of range, unknown tensor, bad parameter).
    #[error("{0}")]
    Request(String),
}

/// Result with the library's error.
pub type Result<T, E = Error> = std::result::Result<T, E>;

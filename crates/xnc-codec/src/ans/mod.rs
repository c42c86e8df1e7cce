//! ANS coding pairs (Liguori, arXiv 2404.10896): each 16-bit value becomes a **code**, derived from
//! its exponent and entropy-coded with tANS, plus the code's **additional bits** (sign and mantissa),
//! stored raw. The bitstream is specified in `docs/FORMAT.md` section 3; this module is its golden
//! model.
//!
//! The flow for one tensor:
//! 1. count it block by block into a [`Histogram`] (blocks may be counted in parallel and
//!    [merged](Histogram::merge));
//! 2. [`AnsModel::build`] chooses the code map (at most 16 codes, see [`Profile`]), normalises the
//!    code frequencies to `L = 2^R` states and spreads them over the table;
//! 3. every block is encoded on its own ([`AnsModel::encode_block`], or a prepared [`Encoder`]) into
//!    a tANS stream (LSB-first) and a raw stream (MSB-first);
//! 4. [`AnsModel::decode_block`] (or a prepared [`Decoder`], which is what the speed figures use)
//!    inverts it and checks the final state and the padding, so that corruption is detected.
//!
//! The model is stored in the container with [`AnsModel::to_bytes`]; [`AnsModel::from_bytes`]
//! validates everything, so a model read from a corrupt file can never make a decoder panic.
//!
//! Choices this module makes where FORMAT.md leaves freedom to the encoder:
//! * **code map**: chosen per tensor by the predicted payload with quantised frequencies (greedy
//!   forward selection, best prefix, then local search), so the number of direct codes adapts to
//!   R: at R = 5 rare exponents go to the escape, at R = 10 nearly all get a code;
//! * **normalisation**: the frequencies that minimise `sum count * log2(L / f)` exactly;
//! * **spread**: [`spread_precise`] (states at their ideal fractional positions); any spread is
//!   valid for the decoders, which derive `(nb, base)` from it;
//! * **code per value**: the cheapest fitting code, cost `nbits + log2(L / f)`, ties to fewer
//!   `nbits`; the escape only when no direct code fits.
//!
//! A block may also be split into 1, 2, 4 or 8 interleaved lanes ([`lanes`], FORMAT.md 3.4), each
//! lane a complete pair of streams; [`Encoder::encode_lanes`] and [`Decoder::decode_lanes`] run the
//! lanes' independent state chains side by side.
//!
//! A block's two streams must end exactly in their last byte: decoders reject trailing bytes as
//! well as non-zero padding and a final state other than 0.

// First: its `unroll!` macro is used by `ctx`.
#[macro_use]
mod decode;

use crate::cpu;
pub mod ctx;
mod histogram;
pub mod joint;
pub mod lanes;
mod model;
mod select;
#[cfg(target_arch = "x86_64")]
mod stage;
mod tans;

pub use ctx::{CtxDecoder, CtxEncoder, CtxModel, JointCode};
pub use decode::{Decoder, GATHER_CHAINS};
pub use histogram::Histogram;
pub use joint::ColumnStats;
pub use lanes::{BlockIn, LaneDecoder, LaneEncoder, LaneLayout, LaneStreams};
pub use model::{spread_precise, AnsModel, DecodeEntry};
pub use tans::{decode_block_reference, encode_block_reference, group_of, Encoder};

/// Which code maps [`AnsModel::build`] may choose from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Profile {
    /// Liguori's coding pairs: one code per frequent exponent, each with all `1 + M` additional
    /// bits, plus an escape for the other exponents (left out when every exponent has a code).
    Plain,
    /// Codes may also drop trailing `{sign, mantissa}` bits that the tensor's values share (e.g. the
    /// three zero mantissa bits of BF16-origin FP16, or the sign and mantissa of +0.0): several
    /// codes may share an exponent with different `nbits`. Never worse than [`Profile::Plain`] on
    /// the histogram it is built from.
    FormatAware,
}

/// One entry of the code map (FORMAT.md 3.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Code {
    /// Exponent field the code stands for (0 for the escape).
    pub exp: u8,
    /// Number of additional bits: the top `nbits` bits of the `1 + M` bit `{sign, mantissa}` field
    /// (for the escape: `1 + M`, after the `E` raw exponent bits).
    pub nbits: u8,
    /// The escape: the exponent is not implied but stored raw. At most one, always the last code.
    pub escape: bool,
}

/// One block encoded: the tANS stream and the raw (additional bits) stream, each padded with zero
/// bits to a whole byte.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EncodedBlock {
    /// tANS state bits, LSB-first: `R` bits of initial state, then each value's `nb` bits.
    pub ans: Vec<u8>,
    /// Exact number of meaningful bits in [`EncodedBlock::ans`].
    pub ans_bits: u64,
    /// Additional bits, MSB-first, in value order.
    pub raw: Vec<u8>,
    /// Exact number of meaningful bits in [`EncodedBlock::raw`].
    pub raw_bits: u64,
}

impl EncodedBlock {
    /// Bytes of both streams together (what a container stores for the block).
    pub fn byte_len(&self) -> usize {
        self.ans.len() + self.raw.len()
    }
}

/// Smallest table log [`AnsModel::build`] accepts.
pub const MIN_TABLE_LOG: u8 = 5;
/// Largest table log [`AnsModel::build`] accepts.
pub const MAX_TABLE_LOG: u8 = 10;
/// Most codes a model may have (the hardware's exponent map size).
pub const MAX_CODES: usize = 16;

/// The number of `{sign, mantissa}` bits a value needs: `1 + M` minus the trailing zero bits of
/// the field (0 for +0.0 and other values whose field is all zero).
#[inline]
pub fn needed_bits(dtype: crate::Dtype, w: u16) -> u8 {
    let sm = dtype.sign_mantissa(w);
    if sm == 0 {
        0
    } else {
        (1 + dtype.man_bits() - sm.trailing_zeros()) as u8
    }
}

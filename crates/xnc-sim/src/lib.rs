//! Cycle-accurate harnesses for the rust-hdl blocks of `xnc-rtl`.
//!
//! [`vectors`] turns a tensor into the golden beats of a block's ports (the tANS decoders there, the
//! XNC blocks in [`xnc`]); the one stream driver ([`driver`]) steps the block directly (rust-hdl
//! `simulate()` style, one thread) on those beats, stalls every valid and ready from a seeded
//! [`Stalls`] generator, compares every output beat and counts cycles. The Verilator harness under
//! `sim/` reads the same beats and draws the same stalls, so both give the same cycle counts.

use std::path::PathBuf;

pub mod driver;
pub mod vectors;
pub mod xnc;

/// What can go wrong in a harness.
#[derive(Debug, thiserror::Error)]
pub enum SimError {
    /// The input cannot become a block's vectors (wrong dtype, no values, an unknown design, a block
    /// size the block cannot frame).
    #[error("{0}")]
    Stimulus(String),
    /// The block broke its own contract in the simulation: no output in time, a wrong latency, logic
    /// that does not settle (a bug in the block, not in the input).
    #[error("{0}")]
    Block(String),
    /// The golden model refused the data.
    #[error(transparent)]
    Codec(#[from] xnc_codec::Error),
    /// A file could not be written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The VCD trace could not be written.
    #[error("VCD trace: {0}")]
    Vcd(std::io::Error),
}

/// `Result` with [`SimError`].
pub type Result<T, E = SimError> = std::result::Result<T, E>;

/// Options common to every harness.
#[derive(Clone, Debug, Default)]
pub struct SimOptions {
    /// Seed of the stall generator; `None` runs without stalls.
    pub stall_seed: Option<u64>,
    /// Write a VCD trace here (streamed to disk, not kept in memory).
    pub vcd: Option<PathBuf>,
    /// Pulse `aresetn` low for one cycle after this many output beats, then restart every stream at
    /// the first block not completely received (tests that a reset loses and duplicates nothing).
    pub reset_after: Option<u64>,
}

/// What a harness measured.
#[derive(Clone, Debug, Default, serde::Serialize)]
pub struct SimReport {
    /// Block name, e.g. `tans_decoder`.
    pub design: String,
    /// Values (FP16/BF16 words) checked at the output.
    pub values: u64,
    /// Output beats compared with the golden model.
    pub beats: u64,
    /// Output beats that differed from the golden model.
    pub mismatches: u64,
    /// Description of the first mismatch, if any.
    pub first_mismatch: Option<String>,
    /// Clock cycles simulated (including table loads).
    pub cycles: u64,
    /// Cycles from the first input transfer to the first output valid, without stalls.
    pub latency: Option<u64>,
    /// Output values per cycle over the streaming part of the run.
    pub values_per_cycle: f64,
    /// Wall-clock seconds the simulation took.
    pub seconds: f64,
}

impl SimReport {
    /// Simulated cycles per wall-clock second.
    pub fn cycles_per_second(&self) -> f64 {
        if self.seconds > 0.0 {
            self.cycles as f64 / self.seconds
        } else {
            0.0
        }
    }
}

/// Seeded stall generator shared (bit for bit) with the Verilator harnesses in `sim/`.
///
/// SplitMix64. Every cycle, each source that is not holding a beat draws once (in port order, sources
/// before sinks) and presents its next beat unless the top byte of the draw is below `threshold`;
/// a source holding a beat keeps tvalid high until the transfer (AXI4-Stream rule) and does not draw.
/// Each sink draws once every cycle and raises tready unless the top byte is below `threshold`.
/// The default threshold 77 stalls about 30% of the time.
#[derive(Clone, Debug)]
pub struct Stalls {
    state: u64,
    threshold: u8,
    enabled: bool,
}

impl Stalls {
    /// Default stall threshold (77/256, about 30%).
    pub const DEFAULT_THRESHOLD: u8 = 77;

    /// A generator for `seed`, or one that never stalls for `None`.
    pub fn new(seed: Option<u64>) -> Self {
        Self { state: seed.unwrap_or(0), threshold: Self::DEFAULT_THRESHOLD, enabled: seed.is_some() }
    }

    /// The next raw 64-bit draw (SplitMix64).
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// One draw: `true` means go (present a beat / raise tready), `false` means stall.
    pub fn go(&mut self) -> bool {
        if !self.enabled {
            return true;
        }
        ((self.next_u64() >> 56) as u8) >= self.threshold
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitmix_matches_reference_values() {
        // Reference: SplitMix64 with seed 0 (Vigna), first outputs.
        let mut s = Stalls::new(Some(0));
        assert_eq!(s.next_u64(), 0xE220_A839_7B1D_CDAF);
        assert_eq!(s.next_u64(), 0x6E78_9E6A_A1B9_65F4);
    }

    #[test]
    fn no_seed_never_stalls() {
        let mut s = Stalls::new(None);
        assert!((0..1000).all(|_| s.go()));
    }
}

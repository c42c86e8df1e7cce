//! Synthesizable hardware blocks described in rust-hdl 0.46, one block per file.
//!
//! This crate knows nothing about files or command lines: it describes hardware and turns it into
//! Verilog ([`emit`]). The blocks are checked against the golden model by `xnc-sim`.

pub mod emit;
pub mod manifest;
pub mod pins;
mod prefix_count;
pub mod tans_decoder;
pub mod tans_decoder_ctx;
pub mod tans_decoder_fa;
pub mod tans_lanes;
pub mod tans_ports;
pub mod xnc_compressor;
pub mod xnc_decompressor;
pub mod xnc_packer;
pub mod xnc_unpacker;

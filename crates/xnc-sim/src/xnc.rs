//! Golden beats of the XNC blocks (`xnc_compressor`, `xnc_decompressor`, `xnc_packer`,
//! `xnc_unpacker` and their 256-bit configurations) from the golden model `xnc_codec::xnc`, in the
//! beat records of the block manifest; [`crate::driver::drive`] runs the blocks on them.
//!
//! Every port carries whole blocks of `block_chunks` chunks (what `tlast` closes; the packer
//! flushes each to a word boundary), the last one possibly shorter; a short tail chunk is
//! zero-padded (FORMAT.md section 2), so a tensor of any length goes through the hardware.

use xnc_codec::bits::MsbWriter;
use xnc_codec::xnc::{self, CHUNK};

/// The record layout of the hardware blocks: the one the container writes.
const HW_LAYOUT: xnc::Layout = xnc_codec::container::xnc_layout(xnc_codec::container::VERSION);
use xnc_rtl::manifest::{Block, Golden, StreamPort};
use xnc_rtl::xnc_compressor::RECORD_BUS_BITS;

use crate::vectors::PortBeats;
use crate::{Result, SimError};

/// Chunks per block in the default runs (a block is what `tlast` closes: 256 chunks = 8192 values).
pub const BLOCK_CHUNKS: usize = 256;

/// The input and output beats of XNC block `blk` on `values` (XNC words), blocks of
/// `block_chunks` chunks.
pub fn xnc_beats(blk: &Block, values: &[u16], block_chunks: usize) -> Result<(Vec<PortBeats>, PortBeats)> {
    if values.is_empty() || block_chunks == 0 {
        return Err(SimError::Stimulus("no values, or a block of no chunks".into()));
    }
    let (i, o) = (&blk.inputs[0], &blk.output);
    let (bc, v) = (block_chunks, values);
    let (input, output) = match blk.golden {
        Golden::XncCompress => (chunks(i, v, bc), records(o, v, bc)),
        Golden::XncDecompress => (records(i, v, bc), chunks(o, v, bc)),
        Golden::XncPack { word_bits } => (records(i, v, bc), words(o, v, bc, word_bits)),
        Golden::XncUnpack { word_bits } => (words(i, v, bc, word_bits), records(o, v, bc)),
        _ => return Err(SimError::Stimulus(format!("{} is not an XNC block", blk.name))),
    };
    Ok((vec![input], output))
}

/// The chunks of each block: whole chunks of 32 values, the tail zero-padded, `tlast` on the
/// block's last.
fn each_chunk(values: &[u16], block_chunks: usize, mut f: impl FnMut(Option<[u16; CHUNK]>, bool)) {
    for block in values.chunks(block_chunks * CHUNK) {
        f(None, false);
        let n = block.len().div_ceil(CHUNK);
        for (k, c) in block.chunks(CHUNK).enumerate() {
            f(Some(xnc::padded_chunk(c)), k + 1 == n);
        }
    }
}

/// Chunk beats: 32 words, word i in `tdata[16i+15:16i]`.
fn chunks(p: &StreamPort, values: &[u16], block_chunks: usize) -> PortBeats {
    let mut b = PortBeats::of(p);
    each_chunk(values, block_chunks, |c, last| match c {
        None => b.start_block(),
        Some(c) => b.push(p, c.iter().flat_map(|w| w.to_le_bytes()), 0, 0, last),
    });
    b
}

/// Record beats: the record MSB-aligned on the 552-bit bus (stream bit k at bus bit 551 - k, zero
/// below the record's end), its length in bits in `tuser`.
fn records(p: &StreamPort, values: &[u16], block_chunks: usize) -> PortBeats {
    let mut b = PortBeats::of(p);
    each_chunk(values, block_chunks, |c, last| match c {
        None => b.start_block(),
        Some(c) => {
            let rec = xnc::encode_chunk(&c);
            let mut w = MsbWriter::new();
            xnc::write_record_as(&rec, HW_LAYOUT, &mut w);
            let mut bytes = w.finish(); // the record, zero-padded to a whole byte
            bytes.resize(RECORD_BUS_BITS / 8, 0);
            b.push(p, bytes.into_iter().rev(), rec.bits as u64, 0, last);
        }
    });
    b
}

/// `word_bits`-bit memory words of each block's stream (`xnc::encode_stream` of the block): the
/// stream's first byte in the word's top byte lane, `tkeep` (where the port has one) on the bytes
/// that hold stream bytes.
fn words(p: &StreamPort, values: &[u16], block_chunks: usize, word_bits: usize) -> PortBeats {
    let mut b = PortBeats::of(p);
    let lanes = word_bits / 8;
    for block in values.chunks(block_chunks * CHUNK) {
        b.start_block();
        let (bytes, _bits) = xnc::encode_stream_as(block, HW_LAYOUT);
        let n = bytes.len().div_ceil(lanes);
        for (k, w) in bytes.chunks(lanes).enumerate() {
            let keep = if w.len() == 64 { u64::MAX } else { ((1u64 << w.len()) - 1) << (lanes - w.len()) };
            let pad = std::iter::repeat_n(0u8, lanes - w.len());
            b.push(p, pad.chain(w.iter().rev().copied()), 0, keep, k + 1 == n);
        }
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vectors::Stimulus;
    use crate::{SimOptions, SimReport, Stalls};

    const BLOCKS: [&str; 6] =
        ["xnc_compressor", "xnc_decompressor", "xnc_packer", "xnc_unpacker", "xnc_packer_256", "xnc_unpacker_256"];

    /// Synthetic FP16 values shaped like BF16-origin weights: small magnitudes, mantissa bits 2..0
    /// zero, plus a few chunks that fail (native FP16 noise) and special values.
    fn synthetic(n_chunks: usize, seed: u64) -> Vec<u16> {
        let mut s = Stalls::new(Some(seed));
        let mut v = Vec::with_capacity(n_chunks * 32);
        for c in 0..n_chunks {
            for _ in 0..32 {
                let r = s.next_u64();
                let w = match c % 7 {
                    0 => r as u16,                                                   // random: F = 0, 16-bit codes
                    1 => 0,                                                          // zeros
                    2 => [0x7c00, 0xfc00, 0x7e00, 0x8000, 0x3c00][(r % 5) as usize], // specials
                    _ => {
                        let exp = 8 + (r >> 8) % 8; // |x| < 1
                        (((r >> 16) & 1) << 15 | exp << 10 | (r >> 20) & 0x3f8) as u16
                    }
                };
                v.push(w);
            }
        }
        v
    }

    /// Run `design` on `values` in blocks of `block_chunks`; no mismatch, every value received and,
    /// without stalls, the manifest's latency.
    fn run(design: &str, values: &[u16], block_chunks: usize, opts: &SimOptions) -> SimReport {
        let r = Stimulus::xnc(design, "synthetic", values.to_vec(), block_chunks).unwrap().simulate(opts).unwrap();
        println!(
            "{}: {} beats, {} values, {} cycles, latency {:?}, {:.3} values/cycle, {:.0} cycles/s",
            r.design,
            r.beats,
            r.values,
            r.cycles,
            r.latency,
            r.values_per_cycle,
            r.cycles_per_second()
        );
        assert_eq!((r.mismatches, r.values), (0, values.len() as u64), "{design}: {:?}", r.first_mismatch);
        let latency = xnc_rtl::manifest::block(design).unwrap().latency as u64;
        if opts.stall_seed.is_none() && design.contains("compressor") {
            assert_eq!(r.latency, Some(latency), "{design}: the manifest's latency");
        }
        r
    }

    fn stalls() -> SimOptions {
        SimOptions { stall_seed: Some(7), ..Default::default() }
    }

    fn reset(seed: u64, beats: u64) -> SimOptions {
        SimOptions { stall_seed: Some(seed), reset_after: Some(beats), ..Default::default() }
    }

    #[test]
    fn a_tensor_with_a_short_tail_goes_through_every_block() {
        let v = synthetic(5, 3)[..150].to_vec();
        for d in BLOCKS {
            assert!(run(d, &v, BLOCK_CHUNKS, &stalls()).beats > 0);
        }
    }

    #[test]
    fn committed_real_sample_every_block_with_stalls() {
        // The sample always present in the repository; BF16 through the container's lossless path.
        for name in xnc_codec::testdata::SAMPLES {
            let f = xnc_codec::tensor::SafetensorsFile::open(&xnc_codec::testdata::sample(name)).unwrap();
            let t = &f.tensors[0];
            let mut v = f.words(t, 0..t.values().min(64 * 32));
            if t.dtype == Some(xnc_codec::Dtype::BF16) {
                v.iter_mut().for_each(|w| *w = xnc_codec::format::bf16_to_xnc_word(*w));
            }
            for d in BLOCKS {
                run(d, &v, BLOCK_CHUNKS, &stalls());
            }
        }
    }

    #[test]
    fn compressor_and_decompressor_latency_throughput_stalls_reset() {
        let v = synthetic(70, 1);
        for (d, latency) in [("xnc_compressor", 4), ("xnc_decompressor", 3)] {
            let r = run(d, &v, BLOCK_CHUNKS, &SimOptions::default());
            assert_eq!(r.values_per_cycle, 32.0, "one chunk per cycle");
            assert_eq!(r.cycles, 70 + latency, "70 chunks stream through in 70 + latency cycles");
            run(d, &v, BLOCK_CHUNKS, &stalls());
            run(d, &v, 16, &reset(3, 20));
            run(d, &v, 16, &reset(5, 33));
        }
    }

    #[test]
    fn packer_unpacker_blocks_stalls_reset() {
        let v = synthetic(70, 6);
        for d in &BLOCKS[2..] {
            for block in [1, 3, 16, 256] {
                run(d, &v, block, &SimOptions::default());
            }
            run(d, &v, 8, &stalls());
            run(d, &v, 8, &reset(9, 30));
        }
    }

    /// Full rate at 512-bit words on BF16-origin data without stalls: one record per cycle in
    /// and out over whole blocks (the memory word is longer than every F = 1 record).
    #[test]
    fn packer_unpacker_full_rate_on_bf16_origin_data() {
        let f = xnc_codec::tensor::SafetensorsFile::open(&xnc_codec::testdata::sample(xnc_codec::testdata::SAMPLES[1]))
            .unwrap();
        let t = &f.tensors[0];
        let n = t.values().min(512 * 32) / 32 * 32;
        let v: Vec<u16> = f.words(t, 0..n).into_iter().map(xnc_codec::format::bf16_to_xnc_word).collect();
        for d in ["xnc_packer", "xnc_unpacker"] {
            let r = run(d, &v, 256, &SimOptions::default());
            assert!(r.values_per_cycle > 31.0, "{r:?}");
        }
    }

    /// The first `max` values (whole chunks) of a safetensors file's first tensor as FP16 words
    /// (BF16 cast to FP16 as the paper did); `None` (with a message) when the file is absent.
    fn real_data(name: &str, max: usize) -> Option<(Vec<u16>, bool)> {
        let path = xnc_codec::testdata::shared_dir("the full-table XNC block runs")?.join(name);
        let f = xnc_codec::tensor::SafetensorsFile::open(&path).unwrap();
        let t = &f.tensors[0];
        let n = t.values().min(max) / CHUNK * CHUNK;
        let w = f.words(t, 0..n);
        let bf16 = t.dtype == Some(xnc_codec::Dtype::BF16);
        let v = if bf16 { w.iter().map(|&x| xnc_codec::format::bf16_to_f16_cast(x)).collect() } else { w };
        Some((v, bf16))
    }

    #[test]
    fn real_data_all_blocks() {
        for name in xnc_codec::testdata::TABLES {
            let Some((v, bf16)) = real_data(name, 600 * 32) else { continue };
            let flagged = v.chunks(32).filter(|c| xnc::encode_chunk(c).flag).count();
            println!("{name}: {} chunks, {flagged} with F=1", v.len() / 32);
            if bf16 {
                assert!(flagged * 2 > v.len() / 32, "BF16-origin data: most chunks pass");
            } else {
                assert!(flagged * 10 < v.len() / 32, "native FP16 (whisper): the F=0 case");
            }
            for d in &BLOCKS[..2] {
                let r = run(d, &v, BLOCK_CHUNKS, &SimOptions::default());
                assert_eq!(r.values_per_cycle, 32.0);
                run(d, &v, BLOCK_CHUNKS, &reset(21, 200));
            }
            for d in &BLOCKS[2..] {
                run(d, &v, 64, &SimOptions::default());
                run(d, &v, 64, &reset(22, 150));
            }
        }
    }

    /// Speed and throughput on a larger slice (run in release:
    /// `cargo test --release -p xnc-sim xnc::tests::speed -- --ignored --nocapture`).
    #[test]
    #[ignore]
    fn speed() {
        for name in xnc_codec::testdata::TABLES {
            let Some((v, _)) = real_data(name, 20_000 * 32) else { continue };
            for d in &BLOCKS[..4] {
                run(d, &v, BLOCK_CHUNKS, &SimOptions::default());
            }
        }
    }

    #[test]
    fn vcd_is_streamed_to_a_file() {
        let path = std::env::temp_dir().join(format!("xnc_compressor_{}.vcd", std::process::id()));
        let o = SimOptions { vcd: Some(path.clone()), stall_seed: Some(1), ..Default::default() };
        run("xnc_compressor", &synthetic(8, 3), BLOCK_CHUNKS, &o);
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::remove_file(&path).ok();
        assert!(text.contains("$enddefinitions") && text.contains("m_axis_tvalid"));
        assert!(text.matches('#').count() > 2 * 8, "a timestamp per clock phase");
    }
}

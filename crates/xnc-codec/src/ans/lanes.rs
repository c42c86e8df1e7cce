//! Multi-lane blocks (FORMAT.md 3.4): the values of a block are dealt round-robin to N lanes
//! (value k to lane `k % N`), and every lane is coded on its own into a tANS stream and a raw
//! stream, exactly like a one-lane block. A hardware decoder with N lanes is N copies of the
//! one-lane decoder, each fed its own two byte streams (found through the block header), writing
//! value k of the block to output slot `k % N`: no wide variable shifter between lanes.
//!
//! The split is generic over the per-lane coder ([`LaneEncoder`]: values -> two byte streams, and [`LaneDecoder`]), so
//! any codec that produces a tANS stream and a raw stream per block can use it.
//!
//! Block bytes for N > 1 (N = 1 is the one-lane layout of FORMAT.md 4.4, no header):
//!
//! ```text
//! [ans_len[0], raw_len[0], ..., ans_len[N-1], raw_len[N-1]]   2N little-endian fields of W bytes
//! [lane 0 tANS][lane 0 raw][lane 1 tANS][lane 1 raw] ...      each stream zero-padded to a byte
//! ```

use std::ops::Range;

use super::EncodedBlock;
use crate::{Error, Result};

/// Lane counts the format allows.
pub const LANE_COUNTS: [usize; 4] = [1, 2, 4, 8];

/// How the blocks of a tensor are split into lanes: stored in the tensor's codec parameters
/// (two bytes, [`LaneLayout::to_bytes`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LaneLayout {
    lanes: u8,
    width: u8,
}

/// Where a lane's two streams are in a block (byte ranges).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LaneStreams {
    /// The lane's tANS stream.
    pub ans: Range<usize>,
    /// The lane's raw (additional bits) stream.
    pub raw: Range<usize>,
}

fn bad_layout(m: String) -> Error {
    Error::Format { context: "lane layout".into(), offset: 0, message: m }
}

impl LaneLayout {
    /// The one-lane layout (every version-1 file).
    pub const ONE: LaneLayout = LaneLayout { lanes: 1, width: 0 };

    /// The layout for `lanes` lanes when no lane stream of a block can exceed `max_stream_bytes`:
    /// the header's length fields are 2 bytes when that bound fits in 16 bits, else 4.
    pub fn new(lanes: usize, max_stream_bytes: u64) -> Result<Self> {
        if !LANE_COUNTS.contains(&lanes) {
            return Err(Error::Request(format!("{lanes} lanes (1, 2, 4 or 8 allowed)")));
        }
        let width = if lanes == 1 {
            0
        } else if max_stream_bytes <= u16::MAX as u64 {
            2
        } else {
            4
        };
        Ok(Self { lanes: lanes as u8, width })
    }

    /// Number of lanes N.
    pub fn lanes(&self) -> usize {
        self.lanes as usize
    }

    /// Bytes of each length field in the block header (0 for one lane: no header).
    pub fn width(&self) -> usize {
        self.width as usize
    }

    /// Bytes of the block header: `2 N W` (0 for one lane).
    pub fn header_len(&self) -> usize {
        if self.lanes == 1 {
            0
        } else {
            2 * self.lanes() * self.width()
        }
    }

    /// The two parameter bytes: N, then W.
    pub fn to_bytes(&self) -> [u8; 2] {
        [self.lanes, self.width]
    }

    /// Read and validate the two parameter bytes.
    pub fn from_bytes(b: [u8; 2]) -> Result<Self> {
        let [lanes, width] = b;
        if !LANE_COUNTS.contains(&(lanes as usize)) {
            return Err(bad_layout(format!("{lanes} lanes (1, 2, 4 or 8 allowed)")));
        }
        let ok = if lanes == 1 { width == 0 } else { width == 2 || width == 4 };
        if !ok {
            return Err(bad_layout(format!("length fields of {width} bytes with {lanes} lanes")));
        }
        Ok(Self { lanes, width })
    }

    /// Values of lane `lane` in a block of `n` values.
    pub fn lane_len(&self, n: usize, lane: usize) -> usize {
        n.saturating_sub(lane).div_ceil(self.lanes())
    }

    /// Assemble the coded lanes of one block into its stored bytes; returns the bytes and the
    /// block's index `aux` field (one lane: bytes of the tANS stream; more: 0).
    pub fn assemble(&self, coded: &[EncodedBlock]) -> Result<(Vec<u8>, u32)> {
        let mut v = Vec::new();
        let aux = self.assemble_into(coded, &mut v)?;
        Ok((v, aux))
    }

    /// [`LaneLayout::assemble`] into `out` (cleared first, its capacity reused); returns the
    /// block's index `aux` field.
    pub fn assemble_into(&self, coded: &[EncodedBlock], out: &mut Vec<u8>) -> Result<u32> {
        if coded.len() != self.lanes() {
            return Err(Error::Request(format!("{} coded lanes for a layout of {}", coded.len(), self.lanes)));
        }
        let total: usize = coded.iter().map(|c| c.byte_len()).sum();
        out.clear();
        out.reserve(self.header_len() + total);
        let aux = self.header_into(coded.iter().map(|c| (c.ans.len(), c.raw.len())), out)?;
        for c in coded {
            out.extend_from_slice(&c.ans);
            out.extend_from_slice(&c.raw);
        }
        Ok(aux)
    }

    /// A block's lane header into `out`, from each lane's (tANS, raw) stream lengths in bytes;
    /// returns the block's index `aux` field. One lane: no header, `aux` its tANS stream length;
    /// several: each length in [`LaneLayout::width`] bytes, `aux` 0.
    pub fn header_into(&self, lens: impl IntoIterator<Item = (usize, usize)>, out: &mut Vec<u8>) -> Result<u32> {
        let mut lens = lens.into_iter();
        if self.lanes == 1 {
            return Ok(lens.next().map_or(0, |(ans, _)| ans as u32));
        }
        let w = self.width();
        for (ans, raw) in lens {
            for len in [ans, raw] {
                if (len as u64) >> (8 * w) != 0 {
                    return Err(Error::Request(format!("lane stream of {len} bytes does not fit {w}-byte lengths")));
                }
                out.extend_from_slice(&(len as u32).to_le_bytes()[..w]);
            }
        }
        Ok(0)
    }

    /// Find the lanes' streams in a block's stored bytes (inverse of [`LaneLayout::assemble`]),
    /// checking that the header's lengths cover the block exactly.
    pub fn split(&self, block: &[u8], aux: u32) -> Result<Vec<LaneStreams>> {
        let bad = |m: String| Error::Corrupt { context: "ANS block (lane header)".into(), message: m };
        if self.lanes == 1 {
            let a = aux as usize;
            if a > block.len() {
                return Err(bad(format!("tANS stream length {a} exceeds the block's {} bytes", block.len())));
            }
            return Ok(vec![LaneStreams { ans: 0..a, raw: a..block.len() }]);
        }
        if aux != 0 {
            return Err(bad(format!("aux field {aux} of a {}-lane block is not 0", self.lanes)));
        }
        let (w, h) = (self.width(), self.header_len());
        if block.len() < h {
            return Err(bad(format!("{} bytes cannot hold the {h}-byte lane header", block.len())));
        }
        let field = |i: usize| {
            let mut b = [0u8; 4];
            b[..w].copy_from_slice(&block[i * w..(i + 1) * w]);
            u32::from_le_bytes(b) as usize
        };
        let mut at = h;
        let mut lanes = Vec::with_capacity(self.lanes());
        for lane in 0..self.lanes() {
            let (a, r) = (field(2 * lane), field(2 * lane + 1));
            let ans = at..at + a;
            let raw = ans.end..ans.end + r;
            at = raw.end;
            lanes.push(LaneStreams { ans, raw });
        }
        if at != block.len() {
            return Err(bad(format!("lane streams cover {} bytes, the block has {}", at, block.len())));
        }
        Ok(lanes)
    }
}

/// A per-lane encoder: turns the values of one lane into a tANS stream and a raw stream.
/// [`encode_block`] does the lane split around it.
pub trait LaneEncoder {
    /// Code the values of every lane of one block (`values` is the whole block, its first value at
    /// absolute index `start` in the tensor; value k belongs to lane `k % lanes`). The default
    /// codes the lanes one after another with [`LaneEncoder::encode_lane`].
    fn encode_lanes(&self, values: &[u16], lanes: usize, start: u64) -> Result<Vec<EncodedBlock>> {
        (0..lanes)
            .map(|l| {
                let v: Vec<u16> = values.iter().skip(l).step_by(lanes).copied().collect();
                self.encode_lane(&v, start + l as u64, lanes as u64)
            })
            .collect()
    }

    /// Code the values of one lane: `values[j]` has absolute index `first + j * stride` (coders
    /// without column contexts ignore both).
    fn encode_lane(&self, values: &[u16], first: u64, stride: u64) -> Result<EncodedBlock>;

    /// One block's stored bytes in `layout` into `out` (cleared first, its capacity reused): the
    /// index `aux` field and the exact payload bits. The default assembles
    /// [`LaneEncoder::encode_lanes`]; a coder can write its streams into `out` directly.
    fn encode_stored(&self, layout: LaneLayout, start: u64, values: &[u16], out: &mut Vec<u8>) -> Result<(u32, u64)> {
        let coded = self.encode_lanes(values, layout.lanes(), start)?;
        let bits = coded.iter().map(|c| c.ans_bits + c.raw_bits).sum::<u64>() + 8 * layout.header_len() as u64;
        let aux = layout.assemble_into(&coded, out)?;
        Ok((aux, bits))
    }
}

/// A per-lane decoder, the inverse of a [`LaneEncoder`]. [`decode_block`] finds the lanes for it.
pub trait LaneDecoder {
    /// Decode the `n` values of a block (its first value at absolute index `start`) whose lanes
    /// are at `lanes` in `block` into `out[..n]`. The default decodes the lanes one after another
    /// with [`LaneDecoder::decode_lane`].
    fn decode_lanes(&self, block: &[u8], lanes: &[LaneStreams], n: usize, start: u64, out: &mut [u16]) -> Result<()> {
        let k = lanes.len();
        if let [s] = lanes {
            return self.decode_lane(&block[s.ans.clone()], &block[s.raw.clone()], n, start, 1, out);
        }
        let mut buf = Vec::new();
        for (l, s) in lanes.iter().enumerate() {
            let m = n.saturating_sub(l).div_ceil(k);
            buf.resize(m, 0);
            self.decode_lane(&block[s.ans.clone()], &block[s.raw.clone()], m, start + l as u64, k as u64, &mut buf)?;
            for (o, &v) in out.iter_mut().skip(l).step_by(k).zip(&buf) {
                *o = v;
            }
        }
        Ok(())
    }

    /// Decode the `n` values of one lane from its two streams: value j has absolute index
    /// `first + j * stride` (decoders without column contexts ignore both).
    fn decode_lane(&self, ans: &[u8], raw: &[u8], n: usize, first: u64, stride: u64, out: &mut [u16]) -> Result<()>;

    /// Decode several blocks of one tensor: `blocks[i]` into `outs[i]` (of exactly the block's
    /// value count). A decoder whose speed is bound by the latency of its state chains overrides
    /// it to decode blocks side by side (their chains independent: more of them in flight); the
    /// default decodes them one after another with [`LaneDecoder::decode_lanes`]. On error: the
    /// index in `blocks` of the block that failed, and the error.
    fn decode_lanes_many(&self, blocks: &[BlockIn], outs: &mut [&mut [u16]]) -> ManyResult {
        check_many(blocks, outs)?;
        for (i, (b, out)) in blocks.iter().zip(outs.iter_mut()).enumerate() {
            self.decode_lanes(b.bytes, b.lanes, out.len(), b.start, out).map_err(|e| (i, e))?;
        }
        Ok(())
    }
}

/// One block handed to [`LaneDecoder::decode_lanes_many`].
#[derive(Clone, Copy, Debug)]
pub struct BlockIn<'a> {
    /// The block's stored bytes.
    pub bytes: &'a [u8],
    /// Where its lanes' streams are in `bytes` ([`LaneLayout::split`]).
    pub lanes: &'a [LaneStreams],
    /// Absolute index of its first value in the tensor.
    pub start: u64,
}

/// Result of a several-blocks decode: on error, the index of the block that failed and the error.
pub type ManyResult<T = ()> = std::result::Result<T, (usize, Error)>;

/// Check that a several-blocks decode has one output per block.
pub fn check_many(blocks: &[BlockIn], outs: &[&mut [u16]]) -> ManyResult {
    if blocks.len() != outs.len() {
        let e = Error::Request(format!("{} blocks and {} outputs", blocks.len(), outs.len()));
        return Err((0, e));
    }
    Ok(())
}

/// One coded block: its stored bytes, the index `aux` field and the exact payload bits.
pub fn encode_block(
    coder: &impl LaneEncoder,
    layout: LaneLayout,
    start: u64,
    values: &[u16],
) -> Result<(Vec<u8>, u32, u64)> {
    let mut bytes = Vec::new();
    let (aux, bits) = encode_block_into(coder, layout, start, values, &mut bytes)?;
    Ok((bytes, aux, bits))
}

/// [`encode_block`] into `out` (cleared first, its capacity reused, so that a caller coding many
/// blocks allocates no output per block); returns the index `aux` field and the exact payload bits.
pub fn encode_block_into(
    coder: &impl LaneEncoder,
    layout: LaneLayout,
    start: u64,
    values: &[u16],
    out: &mut Vec<u8>,
) -> Result<(u32, u64)> {
    coder.encode_stored(layout, start, values, out)
}

/// Decode one block of `out.len()` values, the first at absolute index `start`, from its stored
/// bytes and index `aux` field.
pub fn decode_block(
    coder: &impl LaneDecoder,
    layout: LaneLayout,
    block: &[u8],
    aux: u32,
    start: u64,
    out: &mut [u16],
) -> Result<()> {
    let lanes = layout.split(block, aux)?;
    coder.decode_lanes(block, &lanes, out.len(), start, out)
}

/// Decode several blocks of one tensor with [`LaneDecoder::decode_lanes_many`]: `blocks[i]` (its
/// stored bytes, index `aux` field and first value's absolute index) into `outs[i]`. On error, the
/// index of the block that failed and the error.
pub fn decode_blocks(
    coder: &impl LaneDecoder,
    layout: LaneLayout,
    blocks: &[(&[u8], u32, u64)],
    outs: &mut [&mut [u16]],
) -> ManyResult {
    let lanes: Vec<Vec<LaneStreams>> = blocks
        .iter()
        .enumerate()
        .map(|(i, &(bytes, aux, _))| layout.split(bytes, aux).map_err(|e| (i, e)))
        .collect::<ManyResult<_>>()?;
    let ins: Vec<BlockIn> =
        blocks.iter().zip(&lanes).map(|(&(bytes, _, start), lanes)| BlockIn { bytes, lanes, start }).collect();
    coder.decode_lanes_many(&ins, outs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_bytes_round_trip_and_reject_nonsense() {
        for n in LANE_COUNTS {
            for bound in [100u64, 65535, 65536, 1 << 30] {
                let l = LaneLayout::new(n, bound).unwrap();
                assert_eq!(LaneLayout::from_bytes(l.to_bytes()).unwrap(), l);
            }
        }
        assert_eq!(LaneLayout::new(4, 65536).unwrap().width(), 4);
        assert_eq!(LaneLayout::new(4, 65535).unwrap().width(), 2);
        for b in [[0, 0], [3, 2], [16, 2], [1, 2], [2, 0], [2, 3], [8, 8]] {
            assert!(LaneLayout::from_bytes(b).is_err(), "{b:?}");
        }
        assert!(LaneLayout::new(3, 10).is_err());
    }

    #[test]
    fn assemble_and_split_are_inverse_and_checked() {
        let l = LaneLayout::new(4, 1000).unwrap();
        let coded: Vec<EncodedBlock> = (0..4u8)
            .map(|i| EncodedBlock {
                ans: vec![i; i as usize + 1],
                ans_bits: 8 * (i as u64 + 1),
                raw: vec![0x80 | i; 3 - i as usize],
                raw_bits: 8 * (3 - i as u64),
            })
            .collect();
        let (b, aux) = l.assemble(&coded).unwrap();
        assert_eq!(aux, 0);
        assert_eq!(b.len(), 16 + 4 * 4);
        let s = l.split(&b, 0).unwrap();
        for (c, s) in coded.iter().zip(&s) {
            assert_eq!(&b[s.ans.clone()], &c.ans[..]);
            assert_eq!(&b[s.raw.clone()], &c.raw[..]);
        }
        assert!(l.split(&b, 1).is_err());
        assert!(l.split(&b[..b.len() - 1], 0).is_err());
        assert!(l.split(&b[..10], 0).is_err());
        let mut longer = b.clone();
        longer.push(0);
        assert!(l.split(&longer, 0).is_err());
    }
}

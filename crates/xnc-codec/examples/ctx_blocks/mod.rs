//! The encoded blocks and the timed decode that `ctx_ab` and `ctx_prof` share: a tensor's values
//! cut into blocks and encoded once, then decoded in groups of blocks per call as `xnc decompress`
//! decodes them, timed by the calling thread's CPU time.

use crate::cpu_clock::thread_ns;
use xnc_codec::ans::lanes::encode_block;
use xnc_codec::ans::{BlockIn, LaneEncoder, LaneLayout, LaneStreams};

/// Decodes of the values per timed sample.
pub const REPEAT: usize = 3;

/// Encoded blocks: (values, bytes, lane streams, first value's index).
pub type Blocks = Vec<(usize, Vec<u8>, Vec<LaneStreams>, u64)>;

/// Decodes a group of blocks into their outputs.
pub type DecodeGroup<'a> = dyn Fn(&[BlockIn], &mut [&mut [u16]]) + 'a;

/// `values` cut into blocks of `bv` values, each encoded by `enc` with `layout`.
pub fn encode_all(enc: &impl LaneEncoder, layout: LaneLayout, values: &[u16], bv: usize) -> Blocks {
    values
        .chunks(bv)
        .enumerate()
        .map(|(i, b)| {
            let start = (i * bv) as u64;
            let (bytes, aux, _) = encode_block(enc, layout, start, b).expect("encode");
            let s = layout.split(&bytes, aux).expect("split");
            (b.len(), bytes, s, start)
        })
        .collect()
}

/// The thread CPU time of [`REPEAT`] decodes of every block of `blocks` by `decode` in groups of
/// `group` blocks, into `buf`.
pub fn time(blocks: &Blocks, group: usize, buf: &mut [u16], decode: &DecodeGroup) -> u64 {
    let t0 = thread_ns();
    for _ in 0..REPEAT {
        let mut done = 0;
        for g in blocks.chunks(group) {
            let ins: Vec<BlockIn> =
                g.iter().map(|(_, bytes, s, start)| BlockIn { bytes, lanes: s, start: *start }).collect();
            let mut rest = &mut buf[done..];
            let mut outs = Vec::with_capacity(g.len());
            for (m, ..) in g {
                let (o, r) = rest.split_at_mut(*m);
                outs.push(o);
                rest = r;
                done += m;
            }
            decode(&ins, &mut outs);
        }
    }
    thread_ns() - t0
}

//! The block manifest: the one list of hardware blocks, with every stream port, the table port,
//! latency, throughput and documentation of each.
//!
//! Everything that needs the list of blocks or a port layout derives it from [`BLOCKS`]:
//! `gen-verilog` (the file list, the ANSI port list with one comment per port, the file header, the
//! block catalogue of docs/INTEGRATION.md),
//! `xnc blocks` (`--json` for scripts, testbenches and proofs; `--harness-header` for the Verilator
//! harness in `sim/`), `xnc sim` / `xnc vectors` (`--design`, the beat layout of every port, which
//! golden model makes the vectors: [`Golden`], the block the Rust simulation steps: [`Block::dut`])
//! and the GTKWave views.
//!
//! Adding a block is its rust-hdl file (with its [`Dut`] pins, one line for a block of an existing
//! shape: [`crate::pins`]) plus one [`Block`] entry here; nothing else names the block (the test
//! `crates/xnc-sim/tests/toy_block.rs` adds a toy block that way and simulates it).
//!
//! # Beat layout of the vector files
//!
//! `xnc vectors` writes one fixed-size record per beat and port ([`StreamPort::beat_bytes`]):
//! `tdata` little-endian in `ceil(tdata/8)` bytes, then `tuser` little-endian in `ceil(tuser/8)`
//! bytes (if the port has one), then `tkeep` in `ceil(tkeep/8)` bytes (if any), then one byte whose
//! bit 0 is `tlast` (always present, 0 on a port without `tlast`). Table writes: [`TableSignal`]
//! gives each signal's byte and bit position in an 8-byte record.

use rust_hdl::core::prelude::{check_all, generate_verilog_unchecked, Block as HdlBlock};
use serde::Serialize;

pub use crate::pins::{new_dut, Dut};
use crate::xnc_compressor::{CHUNK_BITS, LEN_BITS, RECORD_BUS_BITS};

/// Direction of a stream port, seen from the block.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Dir {
    /// Subordinate (`s_axis*`): the block receives.
    In,
    /// Manager (`m_axis*`): the block sends.
    Out,
}

/// One AXI4-Stream port (`<prefix>_tdata`, `_tvalid`, `_tready` and the optional signals).
#[derive(Clone, Copy, Debug, Serialize)]
pub struct StreamPort {
    /// Signal prefix, e.g. `s_axis_ans`.
    pub prefix: &'static str,
    /// Direction.
    pub dir: Dir,
    /// `tdata` width in bits (a whole number of bytes).
    pub tdata: usize,
    /// `tuser` width in bits (0: no `tuser`).
    pub tuser: usize,
    /// `tkeep` width in bits (0: no `tkeep`).
    pub tkeep: usize,
    /// The port has `tlast`.
    pub tlast: bool,
    /// Meaning of `tdata`.
    pub tdata_doc: &'static str,
    /// Meaning of `tuser` (empty without one).
    pub tuser_doc: &'static str,
    /// Meaning of `tkeep` (empty without one).
    pub tkeep_doc: &'static str,
    /// Meaning of `tlast` (empty without one).
    pub tlast_doc: &'static str,
}

impl StreamPort {
    /// Bytes of `tdata` in a beat record.
    pub const fn tdata_bytes(&self) -> usize {
        self.tdata.div_ceil(8)
    }
    /// Bytes of `tuser` in a beat record.
    pub const fn tuser_bytes(&self) -> usize {
        self.tuser.div_ceil(8)
    }
    /// Bytes of `tkeep` in a beat record.
    pub const fn tkeep_bytes(&self) -> usize {
        self.tkeep.div_ceil(8)
    }
    /// Bytes of one beat record (module documentation).
    pub const fn beat_bytes(&self) -> usize {
        self.tdata_bytes() + self.tuser_bytes() + self.tkeep_bytes() + 1
    }
}

/// One signal of a table write port.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct TableSignal {
    /// Verilog name.
    pub name: &'static str,
    /// Width in bits.
    pub width: usize,
    /// First byte of the field in the 8-byte write record of `table.bin`.
    pub byte: usize,
    /// Bit position of the field's LSB in that byte (the field may go on into the next bytes).
    pub shift: usize,
    /// Meaning.
    pub doc: &'static str,
}

/// Bytes of one table write record in `table.bin`.
pub const TABLE_WRITE_BYTES: usize = 8;

/// A table write port (`tbl_we` plus [`TableSignal`]s).
#[derive(Clone, Copy, Debug, Serialize)]
pub struct TablePort {
    /// The signals written with `tbl_we`, in port order.
    pub signals: &'static [TableSignal],
    /// The load sequence.
    pub doc: &'static str,
}

/// The golden model that makes a block's vectors (implemented in `xnc-sim`, which knows the codecs).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Golden {
    /// XNC chunks in, records out.
    XncCompress,
    /// XNC records in, chunks out.
    XncDecompress,
    /// XNC records in, packed memory words out.
    XncPack {
        /// Memory word width in bits.
        word_bits: usize,
    },
    /// Packed memory words in, records out.
    XncUnpack {
        /// Memory word width in bits.
        word_bits: usize,
    },
    /// tANS and raw bytes of coding pairs in, BF16 values out, tables loaded first.
    Tans {
        /// Table log R.
        table_log: u8,
        /// Format-aware coding pairs (per-code additional bits) instead of plain ones.
        format_aware: bool,
        /// Lanes (FORMAT.md 3.4): 1, or N interleaved lanes with a stream pair each.
        lanes: u8,
    },
    /// tANS and raw bytes of context coding pairs (`ans-ctx`) in, BF16 or FP16 values out, tables,
    /// column map and configuration loaded first.
    TansCtx {
        /// Table log R.
        table_log: u8,
    },
}

/// One hardware block.
#[derive(Clone, Copy, Debug, Serialize)]
pub struct Block {
    /// File and top-module name: `rtl/<name>.v`.
    pub name: &'static str,
    /// One line: what the block does.
    pub summary: &'static str,
    /// Input streams in port order (the order the stall generator draws in).
    pub inputs: &'static [StreamPort],
    /// The output stream.
    pub output: StreamPort,
    /// The table write port, if the block has one.
    pub table: Option<TablePort>,
    /// Cycles from an input transfer to the first output valid it causes, without stalls.
    pub latency: u32,
    /// Throughput without stalls.
    pub throughput: &'static str,
    /// Protocol notes for the file header and `xnc blocks` (framing, what a reset does).
    pub doc: &'static str,
    /// The golden model of its vectors.
    pub golden: Golden,
    /// rust-hdl's Verilog of the block (connected and checked; `emit` makes it readable).
    #[serde(skip)]
    pub hdl: fn() -> String,
    /// A fresh block behind its pins, for the one stream driver of `xnc-sim` ([`new_dut`]).
    #[serde(skip)]
    pub dut: fn() -> Box<dyn Dut>,
}

impl Block {
    /// Every stream port, inputs first.
    pub fn streams(&self) -> impl Iterator<Item = &StreamPort> {
        self.inputs.iter().chain(std::iter::once(&self.output))
    }
}

/// rust-hdl's Verilog of a fresh block `U` (connected, checked).
///
/// Panics if the design fails rust-hdl's checks (unconnected or latching signals, logic loops): a
/// bug in the block, not an input error.
pub fn hdl<U: HdlBlock + Default>() -> String {
    let mut uut = U::default();
    uut.connect_all();
    if let Err(e) = check_all(&uut) {
        panic!("rust-hdl check failed: {e:?}");
    }
    generate_verilog_unchecked(&uut)
}

/// What a manifest entry needs of a block type: its Verilog ([`hdl`]) and its pins ([`new_dut`]).
pub trait Rtl: HdlBlock + Dut + Default + 'static {}

impl<U: HdlBlock + Dut + Default + 'static> Rtl for U {}

/// The block called `name`.
pub fn block(name: &str) -> Option<&'static Block> {
    BLOCKS.iter().find(|b| b.name == name)
}

// ---------------------------------------------------------------------------------------------
// Shared port descriptions

const REC_TDATA: &str =
    "XNC record, MSB-aligned: [551] F, [550:519] S0..S31, then the codes (first code at the top); every bit below the record's end is zero";
const REC_TUSER: &str = "[9:0] record length in bits, 33 + sum of code widths (97..545)";

const fn record_bus(prefix: &'static str, dir: Dir, tlast_doc: &'static str) -> StreamPort {
    StreamPort {
        prefix,
        dir,
        tdata: RECORD_BUS_BITS,
        tuser: LEN_BITS,
        tkeep: 0,
        tlast: true,
        tdata_doc: REC_TDATA,
        tuser_doc: REC_TUSER,
        tkeep_doc: "",
        tlast_doc,
    }
}

const fn chunk_bus(prefix: &'static str, dir: Dir, tlast_doc: &'static str) -> StreamPort {
    StreamPort {
        prefix,
        dir,
        tdata: CHUNK_BITS,
        tuser: 0,
        tkeep: 0,
        tlast: true,
        tdata_doc: "32 FP16 words (XNC words; BF16 goes through the lossless permutation format::bf16_to_xnc_word), word i in [16i+15:16i]",
        tuser_doc: "",
        tkeep_doc: "",
        tlast_doc,
    }
}

const TANS_INPUTS: &[StreamPort] = &[
    StreamPort {
        prefix: "s_axis_ans",
        dir: Dir::In,
        tdata: 8,
        tuser: 16,
        tkeep: 0,
        tlast: true,
        tdata_doc: "tANS stream byte of the block (FORMAT.md 3.2: initial state first, bits LSB-first)",
        tuser_doc: "[15:0] values in the block, 1..65535, sampled with the block's first tANS byte",
        tkeep_doc: "",
        tlast_doc: "last tANS byte of the block",
    },
    StreamPort {
        prefix: "s_axis_raw",
        dir: Dir::In,
        tdata: 8,
        tuser: 0,
        tkeep: 0,
        tlast: true,
        tdata_doc: "raw (additional bits) byte of the block (FORMAT.md 3.3, bits MSB-first)",
        tuser_doc: "",
        tkeep_doc: "",
        tlast_doc: "last raw byte of the block",
    },
];

const TANS_OUTPUT: StreamPort = StreamPort {
    prefix: "m_axis",
    dir: Dir::Out,
    tdata: 16,
    tuser: 0,
    tkeep: 0,
    tlast: true,
    tdata_doc: "decoded BF16 value {sign, exponent[7:0], mantissa[6:0]}",
    tuser_doc: "",
    tkeep_doc: "",
    tlast_doc: "last value of the block",
};

/// Stream names of lane `l` of a lane decoder (at most 8 lanes).
const ANS_LANE: [&str; 8] = [
    "s_axis_ans_l0",
    "s_axis_ans_l1",
    "s_axis_ans_l2",
    "s_axis_ans_l3",
    "s_axis_ans_l4",
    "s_axis_ans_l5",
    "s_axis_ans_l6",
    "s_axis_ans_l7",
];
const RAW_LANE: [&str; 8] = [
    "s_axis_raw_l0",
    "s_axis_raw_l1",
    "s_axis_raw_l2",
    "s_axis_raw_l3",
    "s_axis_raw_l4",
    "s_axis_raw_l5",
    "s_axis_raw_l6",
    "s_axis_raw_l7",
];

/// The input streams of a decoder with `N2 / 2` lanes: per lane its tANS stream, then its raw
/// stream, each with the one-lane framing.
const fn lane_inputs<const N2: usize>() -> [StreamPort; N2] {
    let mut v = [TANS_INPUTS[0]; N2];
    let mut l = 0;
    while l < N2 / 2 {
        v[2 * l] = StreamPort {
            prefix: ANS_LANE[l],
            tuser_doc: "[15:0] values of this lane in the block, 1..65535, sampled with the lane's first tANS byte",
            ..TANS_INPUTS[0]
        };
        v[2 * l + 1] = StreamPort { prefix: RAW_LANE[l], ..TANS_INPUTS[1] };
        l += 1;
    }
    v
}

const fn lane_output(lanes: usize) -> StreamPort {
    StreamPort {
        tdata: 16 * lanes,
        tkeep: 2 * lanes,
        tdata_doc: "value N*j + l of the block in bits [16l+15:16l] of beat j (BF16 {sign, exponent, mantissa}); 0 where tkeep is clear",
        tkeep_doc: "bits 2l and 2l+1 set when lane l has a value in the beat (clear only in a block's last beat)",
        tlast_doc: "last beat of the block",
        ..TANS_OUTPUT
    }
}

const LANES_DOC: &str = "\
Framing: value k of a block belongs to lane k mod N (FORMAT.md 3.4). Each lane gets its part of the
block as one packet on each of its two streams, with the framing of tans_decoder: its tANS bytes
(tlast on the last, the lane's value count in its tuser with the first) and its raw bytes (tlast on
the last). A block needs at least N values. The lanes run independently, each with a two-entry
output FIFO; a lane done with the block waits until the block's last beat has left.
Reset (aresetn low at a rising edge): drops the block in flight in every lane; the tables are kept.";

const TANS_DOC: &str = "\
Framing: each block is one packet on each input stream: its tANS bytes (tlast on the last, the value
count in s_axis_ans_tuser with the first) and its raw bytes (tlast on the last). The decoder emits
exactly count values, the last with m_axis_tlast, drops what is left of the block's bytes and reads
the next block's initial state. A format-aware block without raw bits sends no raw packet. A count of
0 decodes as 65536 values (not a valid block); a block of more than 65535 values cannot be framed
(encode with --block-values up to 65535; the default is 16384, 32768 for ans-ctx). An escaped value takes one extra
cycle, each block one extra cycle for its initial state. Plain raw bytes: {sign, mantissa} per value,
an escape sends its exponent byte first.
Reset (aresetn low at a rising edge): drops the block in flight; the tables are kept.";

const fn tans_table(r: usize, fa: bool) -> TablePort {
    const PLAIN: &[TableSignal] = &tans_signals::<6, 3>();
    const PLAIN8: &[TableSignal] = &tans_signals::<8, 4>();
    const FA: &[TableSignal] = &tans_signals_fa();
    TablePort {
        signals: if fa {
            FA
        } else if r == 8 {
            PLAIN8
        } else {
            PLAIN
        },
        doc: "\
LUT-RAM, no reset, written at the rising edge when tbl_we is high; load while the streams are idle.
Sequence, one write per cycle: for x = 0..2^R-1: tbl_addr = x, {tbl_code, tbl_nb, tbl_base} = decode
entry of state x (FORMAT.md 3.2: code s of state x, nb = R - floor(log2(xs)), base = (xs << nb) - 2^R;
xnc_codec::ans::AnsModel::decode_table); then for each code c: tbl_addr = 2^R + c, tbl_exp, tbl_esc
(and tbl_nbits on the format-aware decoder) = code map entry c (FORMAT.md 3.1). The other signals
are don't-care for that kind of entry: 2^R + (number of codes) cycles, 64 + at most 16 at R = 6.
A reset between loading and streaming is allowed; the tables survive it.",
    }
}

const fn tans_signals<const R: usize, const NB: usize>() -> [TableSignal; 6] {
    [
        TableSignal {
            name: "tbl_addr",
            width: R + 1,
            byte: 0,
            shift: 0,
            doc: "0..2^R-1: decode entry of that state; 2^R + c: code map entry of code c",
        },
        TableSignal { name: "tbl_code", width: 4, byte: 2, shift: 0, doc: "decode entry: code of the state" },
        TableSignal { name: "tbl_nb", width: NB, byte: 3, shift: 0, doc: "decode entry: state bits to read" },
        TableSignal {
            name: "tbl_base",
            width: R,
            byte: 4,
            shift: 0,
            doc: "decode entry: next state without the bits read (low nb bits zero)",
        },
        TableSignal { name: "tbl_exp", width: 8, byte: 6, shift: 0, doc: "code map entry: exponent of the code" },
        TableSignal { name: "tbl_esc", width: 1, byte: 7, shift: 0, doc: "code map entry: the code is the escape" },
    ]
}

const fn tans_signals_fa() -> [TableSignal; 7] {
    let p = tans_signals::<6, 3>();
    [
        p[0],
        p[1],
        p[2],
        p[3],
        p[4],
        TableSignal {
            name: "tbl_nbits",
            width: 4,
            byte: 7,
            shift: 4,
            doc: "code map entry: additional bits of the code (0..8)",
        },
        p[5],
    ]
}

/// The context decoders' inputs: the tANS bytes as every tANS decoder, the raw stream two bytes
/// a beat (so FP16's up to 11 raw bits a value keep one value per cycle).
const CTX_INPUTS: &[StreamPort] = &[
    TANS_INPUTS[0],
    StreamPort {
        tdata: 16,
        tkeep: 2,
        tdata_doc: "two raw (additional bits) bytes of the block (FORMAT.md 5.3, bits MSB-first), the first in [7:0]",
        tkeep_doc: "2'b11; 2'b01 (only [7:0]) on the block's last beat when its raw stream has an odd number of bytes",
        tlast_doc: "last raw beat of the block",
        ..TANS_INPUTS[1]
    },
];

const CTX_OUTPUT: StreamPort = StreamPort {
    tdata_doc: "decoded value as configured: BF16 {sign, exponent[7:0], mantissa[6:0]} or FP16 {sign, exponent[4:0], mantissa[9:0]}",
    ..TANS_OUTPUT
};

const CTX_DOC: &str = "\
Framing: as every tANS decoder (each block one packet per input stream, the value count in
s_axis_ans_tuser with the first tANS byte). A block starts at the configured first column (blocks
hold whole rows); each value steps the column by the configured step modulo the row length and is
decoded with the table of its column's class. A block without raw bits sends no raw packet.
An escaped value takes one extra cycle, each block one extra cycle for its initial state. The raw
input takes two bytes a beat (the first in [7:0]; tkeep 2'b01 on a block's odd last byte), so
native FP16 (up to 11 raw bits a value) also runs at one value per cycle.
Reset (aresetn low at a rising edge): drops the block in flight; the tables are kept.";

/// The table port of `tans_decoder_ctx` at table log `r` (6 or 10).
const fn ctx_table(r: usize) -> TablePort {
    const R6: &[TableSignal] = &ctx_signals::<6, 3>(
        "class << R | state: decode entry; 0x1000 + column: column map entry; 0x2000: configuration",
    );
    const R10: &[TableSignal] = &ctx_signals::<10, 4>(
        "class << R | state: decode entry; 0x4000 + column: column map entry; 0x8000: configuration",
    );
    TablePort {
        signals: if r == 10 { R10 } else { R6 },
        doc: if r == 10 { CTX_TABLE_DOC_R10 } else { CTX_TABLE_DOC_R6 },
    }
}

/// The table signals of a context decoder. At R <= 8 `tbl_base` takes byte 2, `{tbl_nbits,
/// tbl_nb}` byte 3, `{tbl_esc, tbl_k}` byte 4; at R = 10 `tbl_base` takes bytes 2..3, so `{tbl_nbits,
/// tbl_nb}` move to byte 4 and `{tbl_k, tbl_esc}` to byte 7 (bits 4..7 and 0: the bits a record of
/// table.bin keeps there). `tbl_value` is in bytes 5..6 and the column map and configuration
/// fields are the same at every R.
const fn ctx_signals<const R: usize, const NB: usize>(addr_doc: &'static str) -> [TableSignal; 12] {
    let o = R.div_ceil(8);
    let (kb, ks, eb, es) = if o == 1 { (4, 0, 4, 4) } else { (7, 4, 7, 0) };
    [
        TableSignal {
            name: "tbl_addr",
            width: crate::tans_decoder_ctx::table_index_bits(R) + 2,
            byte: 0,
            shift: 0,
            doc: addr_doc,
        },
        TableSignal {
            name: "tbl_base",
            width: R,
            byte: 2,
            shift: 0,
            doc: "decode entry: next state without the bits read (low nb bits zero)",
        },
        TableSignal { name: "tbl_nb", width: NB, byte: 2 + o, shift: 0, doc: "decode entry: state bits to read" },
        TableSignal {
            name: "tbl_nbits",
            width: 4,
            byte: 2 + o,
            shift: 4,
            doc: "decode entry: additional (raw) bits of the state's code, 0..1+M",
        },
        TableSignal {
            name: "tbl_k",
            width: 4,
            byte: kb,
            shift: ks,
            doc: "decode entry: k, the {sign, mantissa} bits the code fixes",
        },
        TableSignal { name: "tbl_esc", width: 1, byte: eb, shift: es, doc: "decode entry: the code is the escape" },
        TableSignal {
            name: "tbl_value",
            width: 16,
            byte: 5,
            shift: 0,
            doc: "decode entry: the value with the code's exponent and prefix in place, raw bits zero (escape: 0)",
        },
        TableSignal { name: "tbl_class", width: 4, byte: 2, shift: 0, doc: "column map entry: class of the column" },
        TableSignal { name: "tbl_fp16", width: 1, byte: 2, shift: 0, doc: "configuration: 1 FP16, 0 BF16" },
        TableSignal { name: "tbl_cols", width: 13, byte: 3, shift: 0, doc: "configuration: row length C, 1..4096" },
        TableSignal {
            name: "tbl_first",
            width: 12,
            byte: 5,
            shift: 0,
            doc: "configuration: column of a block's first value (0; lane l of N: l mod C)",
        },
        TableSignal {
            name: "tbl_step",
            width: 12,
            byte: 6,
            shift: 4,
            doc: "configuration: column step per value (1 mod C; lane of N: N mod C)",
        },
    ]
}

const CTX_TABLE_DOC_R6: &str = "\
Decode table and column map in block RAM, no reset, written at the rising edge when tbl_we is
high; load while the streams are idle (the cycle after a write starts no block). One write per
cycle, in any order: for each class c and state x: tbl_addr = c << R | x, {tbl_base, tbl_nb} =
the tANS step of state x of class c (FORMAT.md 3.2 on the class's spread), {tbl_nbits, tbl_k,
tbl_esc, tbl_value} = its code (FORMAT.md 5.1; tbl_value = the value of the code's exponent and
k-bit prefix with every other bit zero); for each column j < C: tbl_addr = 0x1000 + j, tbl_class
(one class: C = 1, column 0 in class 0); tbl_addr = 0x2000: tbl_fp16, tbl_cols, tbl_first,
tbl_step. Record bytes of table.bin: addr u16 LE, then bytes 2..7 as the fields above.";

const CTX_TABLE_DOC_R10: &str = "\
As tans_decoder_ctx (R = 6), with a 16-bit tbl_addr: decode entries at c << 10 | x, the column
map at 0x4000 + j, the configuration at 0x8000; in table.bin's records tbl_base takes bytes 2..3,
so tbl_nb/tbl_nbits are in byte 4 and tbl_k/tbl_esc in byte 7 (bits 4..7 and 0).";

const PACKER_INPUTS: &[StreamPort] = &[record_bus("s_axis", Dir::In, "last record of a block: flush it")];
const UNPACKER_256_INPUTS: &[StreamPort] = &[word_input(256)];
const UNPACKER_512_INPUTS: &[StreamPort] = &[word_input(512)];

const fn word_input(w: usize) -> StreamPort {
    StreamPort {
        prefix: "s_axis",
        dir: Dir::In,
        tdata: w,
        tuser: 0,
        tkeep: 0,
        tlast: true,
        tdata_doc: "stream word of a block, first bit at the top bit (what xnc_packer writes)",
        tuser_doc: "",
        tkeep_doc: "",
        tlast_doc: "last word of a block; the bits after its last record must be zero (they are dropped)",
    }
}

const fn packer<U: Rtl>(name: &'static str, w: usize, throughput: &'static str) -> Block {
    Block {
        name,
        summary: "XNC packer: records in (one per cycle), bit-contiguous memory words out (the container's block bytes)",
        inputs: PACKER_INPUTS,
        output: StreamPort {
            prefix: "m_axis",
            dir: Dir::Out,
            tdata: w,
            tuser: 0,
            tkeep: w / 8,
            tlast: true,
            tdata_doc: "stream bits [Wk, Wk+W) of the block, first bit at the top bit (xnc::encode_stream, big-endian)",
            tuser_doc: "",
            tkeep_doc: "valid bytes: all ones but on the block's last word, where the top lanes are valid (the top lane is the first byte)",
            tlast_doc: "last word of a block (every block starts on a word boundary)",
        },
        table: None,
        latency: PACKER_LATENCY,
        throughput,
        doc: "\
The bits of s_axis_tdata below the record's end must be zero (the compressor and the unpacker
guarantee it). On the record with tlast the packer flushes: the partial last word is zero-padded.
A record of at most 480 bits is placed in one cycle, a longer one (native FP16 only) in two: bits
0..480, then 480..552; s_axis_tready rises with the second. s_axis_tready depends on m_axis_tready
(a word leaving makes room) and on s_axis_tuser (the record length).
Reset (aresetn low at a rising edge): drops the buffered bits.",
        golden: Golden::XncPack { word_bits: w },
        hdl: hdl::<U>,
        dut: new_dut::<U>,
    }
}

const fn unpacker<U: Rtl>(name: &'static str, w: usize, throughput: &'static str) -> Block {
    Block {
        name,
        summary: "XNC unpacker: memory words of a block in, records out (one per cycle)",
        inputs: if w == 256 { UNPACKER_256_INPUTS } else { UNPACKER_512_INPUTS },
        output: record_bus("m_axis", Dir::Out, "last record of the block"),
        table: None,
        latency: UNPACKER_LATENCY,
        throughput,
        doc: "\
Input contract (what xnc_packer writes): a block's records back to back from its first bit, zeros
from the end of its last record to the end of its last word, tlast on that word; other input (for
example nonzero bits there) may come out as extra records (docs/FORMAL.md, the tiling fact).
A record is offered once all its bits and those of the next record are buffered (or the block's
last word is in); bits below its end are zero; tdata, tuser and tlast are stable while the record
waits for tready. The next block's words are taken behind a block's last word.
s_axis_tready depends combinationally on m_axis_tready (a word is taken when the queue moves).
Reset (aresetn low at a rising edge): drops the buffered bits.",
        golden: Golden::XncUnpack { word_bits: w },
        hdl: hdl::<U>,
        dut: new_dut::<U>,
    }
}

/// A one-lane tANS decoder of coding pairs (plain or `format_aware`) at table log `r`.
const fn tans<U: Rtl>(name: &'static str, summary: &'static str, r: u8, format_aware: bool) -> Block {
    Block {
        name,
        summary,
        inputs: TANS_INPUTS,
        output: TANS_OUTPUT,
        table: Some(tans_table(r as usize, format_aware)),
        latency: 3,
        throughput: "1 value per cycle (+1 cycle per escape, +1 per block)",
        doc: TANS_DOC,
        golden: Golden::Tans { table_log: r, format_aware, lanes: 1 },
        hdl: hdl::<U>,
        dut: new_dut::<U>,
    }
}

/// A context tANS decoder (`ans-ctx`) at table log `r`.
const fn ctx<U: Rtl>(name: &'static str, summary: &'static str, r: u8, latency: u32) -> Block {
    Block {
        name,
        summary,
        inputs: CTX_INPUTS,
        output: CTX_OUTPUT,
        table: Some(ctx_table(r as usize)),
        latency,
        throughput: "1 value per cycle, BF16 and FP16 (+1 cycle per escape, +1 per block)",
        doc: CTX_DOC,
        golden: Golden::TansCtx { table_log: r },
        hdl: hdl::<U>,
        dut: new_dut::<U>,
    }
}

/// `tans_decoder_x<N>`: the plain R = 6 decoder with `$n` lanes (`crate::tans_lanes::$ty`).
macro_rules! lane_decoder {
    ($n:literal, $ty:ident) => {
        Block {
            name: concat!("tans_decoder_x", $n),
            summary: concat!(
                "tANS decoder of plain coding pairs with ",
                $n,
                " lanes (BF16, R = 6): ",
                $n,
                " stream pairs in, ",
                $n,
                " BF16 values per beat out"
            ),
            inputs: &lane_inputs::<{ 2 * $n }>(),
            output: lane_output($n),
            table: Some(tans_table(6, false)),
            latency: 4,
            throughput: concat!(
                $n,
                " values per cycle (each lane +1 cycle per escape, +1 per block; the FIFOs absorb most)"
            ),
            doc: LANES_DOC,
            golden: Golden::Tans { table_log: 6, format_aware: false, lanes: $n },
            hdl: || crate::tans_lanes::lane_port_names(&hdl::<crate::tans_lanes::$ty>(), $n),
            dut: new_dut::<crate::tans_lanes::$ty>,
        }
    };
}

/// `xnc_packer*`: cycles from a record taken to the word it completes on the output (the chunk register,
/// the rotated chunk register, then the output register); the first word of a block leaves with the
/// record that completes it.
const PACKER_LATENCY: u32 = 3;

/// `xnc_unpacker*`: cycles from the first word after reset to the first record (the word moves
/// down the four-slot queue, the record waits in stage A for the next one, then the output
/// register; measured by the cycle simulation, both widths).
const UNPACKER_LATENCY: u32 = 6;

// ---------------------------------------------------------------------------------------------
// The blocks

/// Every block of `rtl/`, in catalogue order.
pub static BLOCKS: &[Block] = &[
    Block {
        name: "xnc_compressor",
        summary: "XNC compressor: 32 FP16 words in, one XNC record (flag, selectors, packed codes, length) out",
        inputs: &[chunk_bus("s_axis", Dir::In, "last chunk of a block (copied to the record)")],
        output: record_bus("m_axis", Dir::Out, "copied from the chunk's tlast"),
        table: None,
        latency: 4,
        throughput: "1 chunk (32 values) per cycle",
        doc: "\
Pipeline of 4 register stages; a stage loads when it is empty or the next one advances, so a stall
propagates backwards without loss or duplication.
Reset (aresetn low at a rising edge): empties the pipeline.",
        golden: Golden::XncCompress,
        hdl: hdl::<crate::xnc_compressor::XncCompressor>,
        dut: new_dut::<crate::xnc_compressor::XncCompressor>,
    },
    Block {
        name: "xnc_decompressor",
        summary: "XNC decompressor: one XNC record in, 32 FP16 words out",
        inputs: &[record_bus("s_axis", Dir::In, "copied to the chunk")],
        output: chunk_bus("m_axis", Dir::Out, "copied from the record's tlast"),
        table: None,
        latency: 3,
        throughput: "1 chunk (32 values) per cycle",
        doc: "\
s_axis_tuser is accepted and not needed (the length follows from F and S).
Reset (aresetn low at a rising edge): empties the pipeline.",
        golden: Golden::XncDecompress,
        hdl: hdl::<crate::xnc_decompressor::XncDecompressor>,
        dut: new_dut::<crate::xnc_decompressor::XncDecompressor>,
    },
    packer::<crate::xnc_packer::XncPacker512>("xnc_packer", 512, "1 record (32 values) per cycle on BF16-origin weights (records up to 425 bits); a record longer than 480 bits (native FP16: 485-545) takes two cycles (16 values per cycle)"),
    packer::<crate::xnc_packer::XncPacker256>("xnc_packer_256", 256, "1 word per cycle: 256/record_bits records per cycle (about 0.6 on BF16-origin weights; the memory word is the limit)"),
    unpacker::<crate::xnc_unpacker::XncUnpacker512>("xnc_unpacker", 512, "1 record (32 values) per cycle on BF16-origin weights (records up to 433 bits); a longer record (native FP16: 437-545 bits) takes two cycles (16 values per cycle)"),
    unpacker::<crate::xnc_unpacker::XncUnpacker256>("xnc_unpacker_256", 256, "1 word per cycle: 256/record_bits records per cycle (about 0.6 on BF16-origin weights; the memory word is the limit); a record longer than 433 bits (native FP16) takes two or three cycles"),
    tans::<crate::tans_decoder::TansDecoderR6>(
        "tans_decoder",
        "tANS decoder of plain coding pairs (BF16, R = 6): tANS bytes + raw bytes in, BF16 values out",
        6,
        false
    ),
    tans::<crate::tans_decoder::TansDecoderR8>("tans_decoder_r8", "tANS decoder of plain coding pairs (BF16, R = 8)", 8, false),
    tans::<crate::tans_decoder_fa::TansDecoderFaR6>(
        "tans_decoder_fa",
        "tANS decoder of format-aware coding pairs (BF16, R = 6; per-code additional bits 0..8)",
        6,
        true
    ),
    ctx::<crate::tans_decoder_ctx::TansDecoderCtxR6>(
        "tans_decoder_ctx",
        "tANS decoder of context coding pairs (ans-ctx, R = 6): joint codes, 16 column classes, BF16 and FP16",
        6,
        3
    ),
    // The 10-bit initial state spans two tANS bytes: one more cycle of latency.
    ctx::<crate::tans_decoder_ctx::TansDecoderCtxR10>(
        "tans_decoder_ctx_r10",
        "tANS decoder of context coding pairs (ans-ctx, R = 10: 16 classes x 1024 states in block RAM), BF16 and FP16",
        10,
        4
    ),
    lane_decoder!(4, TansDecoderX4),
    lane_decoder!(8, TansDecoderX8),
];

#[cfg(test)]
mod tests {
    use super::*;

    // Adding a block needs one entry here: `crates/xnc-sim/tests/toy_block.rs` shows it with a toy
    // block (Verilog, `xnc blocks --json`, the integration catalogue and the Rust simulation).

    #[test]
    fn names_are_unique_and_widths_whole_bytes() {
        for (i, b) in BLOCKS.iter().enumerate() {
            assert!(BLOCKS[..i].iter().all(|o| o.name != b.name), "{} twice", b.name);
            for p in b.streams() {
                assert_eq!(p.tdata % 8, 0, "{}.{}_tdata is not a whole number of bytes", b.name, p.prefix);
                assert!(p.tkeep == 0 || p.tkeep * 8 == p.tdata);
            }
            assert_eq!(b.output.dir, Dir::Out);
            assert!(b.inputs.iter().all(|p| p.dir == Dir::In));
        }
    }
}

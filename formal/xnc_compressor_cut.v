// xnc_compressor_cut.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// The FORMAL-only twin of rtl/xnc_compressor.v that the round-trip lemmas (formal/rt_*.sby,
// formal/roundtrip.md, docs/FORMAL.md) cut between register stages. It is rtl/xnc_compressor.v's
// text, the module renamed xnc_compressor_cut, with lines added only (a unit test checks it):
//   - an output formal_<r>_d for each register <r> below: the value <r>_q loads at the next
//     rising edge of aclk;
//   - under `define FORMAL_CUT_<SYM>, each register <r> of the chain's symbol SYM is an input
//     formal_<r>_q: its `<r>_q <= <r>_d;` line is left out and <r>_q follows the input, a
//     free value for the lemma's one BMC step.
// The registers, by symbol (crates/xnc-cli/src/formal.rs, Sym::signals: the one list):
//   FORMAL_CUT_D: s1_d_0 .. s1_d_31 (compressor stage 1: the transformed words (32 x 32 bits))
//   FORMAL_CUT_OK: s1_ok (compressor stage 1: the ok bits)
//   FORMAL_CUT_EQ5: s1_eq5 (compressor stage 1: the eq5 bits)
//   FORMAL_CUT_F1: s1_flag (compressor stage 1: the flag F)
//   FORMAL_CUT_H2: s2_sel, s2_flag (compressor stage 2: the header {F, S})
//   FORMAL_CUT_W2: s2_d_0 .. s2_d_31 (compressor stage 2: the transformed words (32 x 16))
//   FORMAL_CUT_U2: s2_u_0 .. s2_u_31 (compressor stage 2: each long word's extension unit (32 x 4))
//   FORMAL_CUT_Z2: s2_z_0 .. s2_z_31 (compressor stage 2: each long word's shift count (32 x 6))
//   FORMAL_CUT_N2: s2_nl (compressor stage 2: the number of long words)
//   FORMAL_CUT_H3: s3_sel, s3_flag (compressor stage 3: the header)
//   FORMAL_CUT_W3: s3_d_0 .. s3_d_31 (compressor stage 3: the transformed words)
//   FORMAL_CUT_E3: s3_e_0 .. s3_e_31 (compressor stage 3: the compacted units, slot k the k-th long word's (32 x 4))
//   FORMAL_CUT_N3: s3_nl (compressor stage 3: the number of long words)
//   FORMAL_CUT_REC: s4_rec (compressor stage 4: the record)
//   FORMAL_CUT_LEN: s4_len (compressor stage 4: the record length)
// Not for synthesis or simulation: rtl/xnc_compressor.v is the block.
//
// xnc_compressor.v: GENERATED FILE, DO NOT EDIT.
// Generated from the rust-hdl description in crates/xnc-rtl and the block manifest
// (crates/xnc-rtl/src/manifest.rs) by:
//   cargo run --release --bin gen-verilog
//
// XNC compressor: 32 FP16 words in, one XNC record (flag, selectors, packed codes, length) out
//
// Latency: 4 cycle(s) from an input transfer to the first m_axis_tvalid it causes.
// Throughput: 1 chunk (32 values) per cycle.
// Clock and reset: one clock, aclk (rising edge); aresetn synchronous, active low: it clears
// every control register; no register depends on an initial value. m_axis_tvalid is low
// while aresetn is low. Output beats stay stable while tvalid && !tready (AXI4-Stream).
// s_axis: tdata 512 bits, tlast.
// m_axis: tdata 552 bits, tuser 10 bits, tlast.
//
// Pipeline of 4 register stages; a stage loads when it is empty or the next one advances, so a stall
// propagates backwards without loss or duplication.
// Reset (aresetn low at a rising edge): empties the pipeline.
//
// Every port, bus layout and the table-load sequence byte by byte: docs/INTEGRATION.md.
`default_nettype none

module xnc_compressor_cut (
    // Clock and reset
    input  wire         aclk,          // 1 bit: clock: every register samples on its rising edge
    input  wire         aresetn,       // 1 bit: synchronous active-low reset of every control register
    // s_axis: input stream (AXI4-Stream)
    input  wire [511:0] s_axis_tdata,  // 512 bits: 32 FP16 words (XNC words; BF16 goes through the lossless permutation format::bf16_to_xnc_word), word i in [16i+15:16i]
    input  wire         s_axis_tvalid, // 1 bit: beat valid
    output reg          s_axis_tready, // 1 bit: beat accepted (transfer: tvalid && tready at a rising edge)
    input  wire         s_axis_tlast,  // 1 bit: last chunk of a block (copied to the record)
    // m_axis: output stream (AXI4-Stream)
    output reg  [551:0] m_axis_tdata,  // 552 bits: XNC record, MSB-aligned: [551] F, [550:519] S0..S31, then the codes (first code at the top); every bit below the record's end is zero
    output reg    [9:0] m_axis_tuser,  // 10 bits: [9:0] record length in bits, 33 + sum of code widths (97..545)
    output reg          m_axis_tvalid, // 1 bit: beat valid
    input  wire         m_axis_tready, // 1 bit: beat accepted (transfer: tvalid && tready at a rising edge)
    output reg          m_axis_tlast   // 1 bit: copied from the chunk's tlast
    , output wire  [31:0] formal_s1_d_0_d
    , output wire  [31:0] formal_s1_d_1_d
    , output wire  [31:0] formal_s1_d_2_d
    , output wire  [31:0] formal_s1_d_3_d
    , output wire  [31:0] formal_s1_d_4_d
    , output wire  [31:0] formal_s1_d_5_d
    , output wire  [31:0] formal_s1_d_6_d
    , output wire  [31:0] formal_s1_d_7_d
    , output wire  [31:0] formal_s1_d_8_d
    , output wire  [31:0] formal_s1_d_9_d
    , output wire  [31:0] formal_s1_d_10_d
    , output wire  [31:0] formal_s1_d_11_d
    , output wire  [31:0] formal_s1_d_12_d
    , output wire  [31:0] formal_s1_d_13_d
    , output wire  [31:0] formal_s1_d_14_d
    , output wire  [31:0] formal_s1_d_15_d
    , output wire  [31:0] formal_s1_d_16_d
    , output wire  [31:0] formal_s1_d_17_d
    , output wire  [31:0] formal_s1_d_18_d
    , output wire  [31:0] formal_s1_d_19_d
    , output wire  [31:0] formal_s1_d_20_d
    , output wire  [31:0] formal_s1_d_21_d
    , output wire  [31:0] formal_s1_d_22_d
    , output wire  [31:0] formal_s1_d_23_d
    , output wire  [31:0] formal_s1_d_24_d
    , output wire  [31:0] formal_s1_d_25_d
    , output wire  [31:0] formal_s1_d_26_d
    , output wire  [31:0] formal_s1_d_27_d
    , output wire  [31:0] formal_s1_d_28_d
    , output wire  [31:0] formal_s1_d_29_d
    , output wire  [31:0] formal_s1_d_30_d
    , output wire  [31:0] formal_s1_d_31_d
`ifdef FORMAL_CUT_D
    , input  wire  [31:0] formal_s1_d_0_q
    , input  wire  [31:0] formal_s1_d_1_q
    , input  wire  [31:0] formal_s1_d_2_q
    , input  wire  [31:0] formal_s1_d_3_q
    , input  wire  [31:0] formal_s1_d_4_q
    , input  wire  [31:0] formal_s1_d_5_q
    , input  wire  [31:0] formal_s1_d_6_q
    , input  wire  [31:0] formal_s1_d_7_q
    , input  wire  [31:0] formal_s1_d_8_q
    , input  wire  [31:0] formal_s1_d_9_q
    , input  wire  [31:0] formal_s1_d_10_q
    , input  wire  [31:0] formal_s1_d_11_q
    , input  wire  [31:0] formal_s1_d_12_q
    , input  wire  [31:0] formal_s1_d_13_q
    , input  wire  [31:0] formal_s1_d_14_q
    , input  wire  [31:0] formal_s1_d_15_q
    , input  wire  [31:0] formal_s1_d_16_q
    , input  wire  [31:0] formal_s1_d_17_q
    , input  wire  [31:0] formal_s1_d_18_q
    , input  wire  [31:0] formal_s1_d_19_q
    , input  wire  [31:0] formal_s1_d_20_q
    , input  wire  [31:0] formal_s1_d_21_q
    , input  wire  [31:0] formal_s1_d_22_q
    , input  wire  [31:0] formal_s1_d_23_q
    , input  wire  [31:0] formal_s1_d_24_q
    , input  wire  [31:0] formal_s1_d_25_q
    , input  wire  [31:0] formal_s1_d_26_q
    , input  wire  [31:0] formal_s1_d_27_q
    , input  wire  [31:0] formal_s1_d_28_q
    , input  wire  [31:0] formal_s1_d_29_q
    , input  wire  [31:0] formal_s1_d_30_q
    , input  wire  [31:0] formal_s1_d_31_q
`endif
    , output wire  [31:0] formal_s1_ok_d
`ifdef FORMAL_CUT_OK
    , input  wire  [31:0] formal_s1_ok_q
`endif
    , output wire  [31:0] formal_s1_eq5_d
`ifdef FORMAL_CUT_EQ5
    , input  wire  [31:0] formal_s1_eq5_q
`endif
    , output wire         formal_s1_flag_d
`ifdef FORMAL_CUT_F1
    , input  wire         formal_s1_flag_q
`endif
    , output wire  [31:0] formal_s2_sel_d
    , output wire         formal_s2_flag_d
`ifdef FORMAL_CUT_H2
    , input  wire  [31:0] formal_s2_sel_q
    , input  wire         formal_s2_flag_q
`endif
    , output wire  [15:0] formal_s2_d_0_d
    , output wire  [15:0] formal_s2_d_1_d
    , output wire  [15:0] formal_s2_d_2_d
    , output wire  [15:0] formal_s2_d_3_d
    , output wire  [15:0] formal_s2_d_4_d
    , output wire  [15:0] formal_s2_d_5_d
    , output wire  [15:0] formal_s2_d_6_d
    , output wire  [15:0] formal_s2_d_7_d
    , output wire  [15:0] formal_s2_d_8_d
    , output wire  [15:0] formal_s2_d_9_d
    , output wire  [15:0] formal_s2_d_10_d
    , output wire  [15:0] formal_s2_d_11_d
    , output wire  [15:0] formal_s2_d_12_d
    , output wire  [15:0] formal_s2_d_13_d
    , output wire  [15:0] formal_s2_d_14_d
    , output wire  [15:0] formal_s2_d_15_d
    , output wire  [15:0] formal_s2_d_16_d
    , output wire  [15:0] formal_s2_d_17_d
    , output wire  [15:0] formal_s2_d_18_d
    , output wire  [15:0] formal_s2_d_19_d
    , output wire  [15:0] formal_s2_d_20_d
    , output wire  [15:0] formal_s2_d_21_d
    , output wire  [15:0] formal_s2_d_22_d
    , output wire  [15:0] formal_s2_d_23_d
    , output wire  [15:0] formal_s2_d_24_d
    , output wire  [15:0] formal_s2_d_25_d
    , output wire  [15:0] formal_s2_d_26_d
    , output wire  [15:0] formal_s2_d_27_d
    , output wire  [15:0] formal_s2_d_28_d
    , output wire  [15:0] formal_s2_d_29_d
    , output wire  [15:0] formal_s2_d_30_d
    , output wire  [15:0] formal_s2_d_31_d
`ifdef FORMAL_CUT_W2
    , input  wire  [15:0] formal_s2_d_0_q
    , input  wire  [15:0] formal_s2_d_1_q
    , input  wire  [15:0] formal_s2_d_2_q
    , input  wire  [15:0] formal_s2_d_3_q
    , input  wire  [15:0] formal_s2_d_4_q
    , input  wire  [15:0] formal_s2_d_5_q
    , input  wire  [15:0] formal_s2_d_6_q
    , input  wire  [15:0] formal_s2_d_7_q
    , input  wire  [15:0] formal_s2_d_8_q
    , input  wire  [15:0] formal_s2_d_9_q
    , input  wire  [15:0] formal_s2_d_10_q
    , input  wire  [15:0] formal_s2_d_11_q
    , input  wire  [15:0] formal_s2_d_12_q
    , input  wire  [15:0] formal_s2_d_13_q
    , input  wire  [15:0] formal_s2_d_14_q
    , input  wire  [15:0] formal_s2_d_15_q
    , input  wire  [15:0] formal_s2_d_16_q
    , input  wire  [15:0] formal_s2_d_17_q
    , input  wire  [15:0] formal_s2_d_18_q
    , input  wire  [15:0] formal_s2_d_19_q
    , input  wire  [15:0] formal_s2_d_20_q
    , input  wire  [15:0] formal_s2_d_21_q
    , input  wire  [15:0] formal_s2_d_22_q
    , input  wire  [15:0] formal_s2_d_23_q
    , input  wire  [15:0] formal_s2_d_24_q
    , input  wire  [15:0] formal_s2_d_25_q
    , input  wire  [15:0] formal_s2_d_26_q
    , input  wire  [15:0] formal_s2_d_27_q
    , input  wire  [15:0] formal_s2_d_28_q
    , input  wire  [15:0] formal_s2_d_29_q
    , input  wire  [15:0] formal_s2_d_30_q
    , input  wire  [15:0] formal_s2_d_31_q
`endif
    , output wire   [3:0] formal_s2_u_0_d
    , output wire   [3:0] formal_s2_u_1_d
    , output wire   [3:0] formal_s2_u_2_d
    , output wire   [3:0] formal_s2_u_3_d
    , output wire   [3:0] formal_s2_u_4_d
    , output wire   [3:0] formal_s2_u_5_d
    , output wire   [3:0] formal_s2_u_6_d
    , output wire   [3:0] formal_s2_u_7_d
    , output wire   [3:0] formal_s2_u_8_d
    , output wire   [3:0] formal_s2_u_9_d
    , output wire   [3:0] formal_s2_u_10_d
    , output wire   [3:0] formal_s2_u_11_d
    , output wire   [3:0] formal_s2_u_12_d
    , output wire   [3:0] formal_s2_u_13_d
    , output wire   [3:0] formal_s2_u_14_d
    , output wire   [3:0] formal_s2_u_15_d
    , output wire   [3:0] formal_s2_u_16_d
    , output wire   [3:0] formal_s2_u_17_d
    , output wire   [3:0] formal_s2_u_18_d
    , output wire   [3:0] formal_s2_u_19_d
    , output wire   [3:0] formal_s2_u_20_d
    , output wire   [3:0] formal_s2_u_21_d
    , output wire   [3:0] formal_s2_u_22_d
    , output wire   [3:0] formal_s2_u_23_d
    , output wire   [3:0] formal_s2_u_24_d
    , output wire   [3:0] formal_s2_u_25_d
    , output wire   [3:0] formal_s2_u_26_d
    , output wire   [3:0] formal_s2_u_27_d
    , output wire   [3:0] formal_s2_u_28_d
    , output wire   [3:0] formal_s2_u_29_d
    , output wire   [3:0] formal_s2_u_30_d
    , output wire   [3:0] formal_s2_u_31_d
`ifdef FORMAL_CUT_U2
    , input  wire   [3:0] formal_s2_u_0_q
    , input  wire   [3:0] formal_s2_u_1_q
    , input  wire   [3:0] formal_s2_u_2_q
    , input  wire   [3:0] formal_s2_u_3_q
    , input  wire   [3:0] formal_s2_u_4_q
    , input  wire   [3:0] formal_s2_u_5_q
    , input  wire   [3:0] formal_s2_u_6_q
    , input  wire   [3:0] formal_s2_u_7_q
    , input  wire   [3:0] formal_s2_u_8_q
    , input  wire   [3:0] formal_s2_u_9_q
    , input  wire   [3:0] formal_s2_u_10_q
    , input  wire   [3:0] formal_s2_u_11_q
    , input  wire   [3:0] formal_s2_u_12_q
    , input  wire   [3:0] formal_s2_u_13_q
    , input  wire   [3:0] formal_s2_u_14_q
    , input  wire   [3:0] formal_s2_u_15_q
    , input  wire   [3:0] formal_s2_u_16_q
    , input  wire   [3:0] formal_s2_u_17_q
    , input  wire   [3:0] formal_s2_u_18_q
    , input  wire   [3:0] formal_s2_u_19_q
    , input  wire   [3:0] formal_s2_u_20_q
    , input  wire   [3:0] formal_s2_u_21_q
    , input  wire   [3:0] formal_s2_u_22_q
    , input  wire   [3:0] formal_s2_u_23_q
    , input  wire   [3:0] formal_s2_u_24_q
    , input  wire   [3:0] formal_s2_u_25_q
    , input  wire   [3:0] formal_s2_u_26_q
    , input  wire   [3:0] formal_s2_u_27_q
    , input  wire   [3:0] formal_s2_u_28_q
    , input  wire   [3:0] formal_s2_u_29_q
    , input  wire   [3:0] formal_s2_u_30_q
    , input  wire   [3:0] formal_s2_u_31_q
`endif
    , output wire   [5:0] formal_s2_z_0_d
    , output wire   [5:0] formal_s2_z_1_d
    , output wire   [5:0] formal_s2_z_2_d
    , output wire   [5:0] formal_s2_z_3_d
    , output wire   [5:0] formal_s2_z_4_d
    , output wire   [5:0] formal_s2_z_5_d
    , output wire   [5:0] formal_s2_z_6_d
    , output wire   [5:0] formal_s2_z_7_d
    , output wire   [5:0] formal_s2_z_8_d
    , output wire   [5:0] formal_s2_z_9_d
    , output wire   [5:0] formal_s2_z_10_d
    , output wire   [5:0] formal_s2_z_11_d
    , output wire   [5:0] formal_s2_z_12_d
    , output wire   [5:0] formal_s2_z_13_d
    , output wire   [5:0] formal_s2_z_14_d
    , output wire   [5:0] formal_s2_z_15_d
    , output wire   [5:0] formal_s2_z_16_d
    , output wire   [5:0] formal_s2_z_17_d
    , output wire   [5:0] formal_s2_z_18_d
    , output wire   [5:0] formal_s2_z_19_d
    , output wire   [5:0] formal_s2_z_20_d
    , output wire   [5:0] formal_s2_z_21_d
    , output wire   [5:0] formal_s2_z_22_d
    , output wire   [5:0] formal_s2_z_23_d
    , output wire   [5:0] formal_s2_z_24_d
    , output wire   [5:0] formal_s2_z_25_d
    , output wire   [5:0] formal_s2_z_26_d
    , output wire   [5:0] formal_s2_z_27_d
    , output wire   [5:0] formal_s2_z_28_d
    , output wire   [5:0] formal_s2_z_29_d
    , output wire   [5:0] formal_s2_z_30_d
    , output wire   [5:0] formal_s2_z_31_d
`ifdef FORMAL_CUT_Z2
    , input  wire   [5:0] formal_s2_z_0_q
    , input  wire   [5:0] formal_s2_z_1_q
    , input  wire   [5:0] formal_s2_z_2_q
    , input  wire   [5:0] formal_s2_z_3_q
    , input  wire   [5:0] formal_s2_z_4_q
    , input  wire   [5:0] formal_s2_z_5_q
    , input  wire   [5:0] formal_s2_z_6_q
    , input  wire   [5:0] formal_s2_z_7_q
    , input  wire   [5:0] formal_s2_z_8_q
    , input  wire   [5:0] formal_s2_z_9_q
    , input  wire   [5:0] formal_s2_z_10_q
    , input  wire   [5:0] formal_s2_z_11_q
    , input  wire   [5:0] formal_s2_z_12_q
    , input  wire   [5:0] formal_s2_z_13_q
    , input  wire   [5:0] formal_s2_z_14_q
    , input  wire   [5:0] formal_s2_z_15_q
    , input  wire   [5:0] formal_s2_z_16_q
    , input  wire   [5:0] formal_s2_z_17_q
    , input  wire   [5:0] formal_s2_z_18_q
    , input  wire   [5:0] formal_s2_z_19_q
    , input  wire   [5:0] formal_s2_z_20_q
    , input  wire   [5:0] formal_s2_z_21_q
    , input  wire   [5:0] formal_s2_z_22_q
    , input  wire   [5:0] formal_s2_z_23_q
    , input  wire   [5:0] formal_s2_z_24_q
    , input  wire   [5:0] formal_s2_z_25_q
    , input  wire   [5:0] formal_s2_z_26_q
    , input  wire   [5:0] formal_s2_z_27_q
    , input  wire   [5:0] formal_s2_z_28_q
    , input  wire   [5:0] formal_s2_z_29_q
    , input  wire   [5:0] formal_s2_z_30_q
    , input  wire   [5:0] formal_s2_z_31_q
`endif
    , output wire   [5:0] formal_s2_nl_d
`ifdef FORMAL_CUT_N2
    , input  wire   [5:0] formal_s2_nl_q
`endif
    , output wire  [31:0] formal_s3_sel_d
    , output wire         formal_s3_flag_d
`ifdef FORMAL_CUT_H3
    , input  wire  [31:0] formal_s3_sel_q
    , input  wire         formal_s3_flag_q
`endif
    , output wire  [15:0] formal_s3_d_0_d
    , output wire  [15:0] formal_s3_d_1_d
    , output wire  [15:0] formal_s3_d_2_d
    , output wire  [15:0] formal_s3_d_3_d
    , output wire  [15:0] formal_s3_d_4_d
    , output wire  [15:0] formal_s3_d_5_d
    , output wire  [15:0] formal_s3_d_6_d
    , output wire  [15:0] formal_s3_d_7_d
    , output wire  [15:0] formal_s3_d_8_d
    , output wire  [15:0] formal_s3_d_9_d
    , output wire  [15:0] formal_s3_d_10_d
    , output wire  [15:0] formal_s3_d_11_d
    , output wire  [15:0] formal_s3_d_12_d
    , output wire  [15:0] formal_s3_d_13_d
    , output wire  [15:0] formal_s3_d_14_d
    , output wire  [15:0] formal_s3_d_15_d
    , output wire  [15:0] formal_s3_d_16_d
    , output wire  [15:0] formal_s3_d_17_d
    , output wire  [15:0] formal_s3_d_18_d
    , output wire  [15:0] formal_s3_d_19_d
    , output wire  [15:0] formal_s3_d_20_d
    , output wire  [15:0] formal_s3_d_21_d
    , output wire  [15:0] formal_s3_d_22_d
    , output wire  [15:0] formal_s3_d_23_d
    , output wire  [15:0] formal_s3_d_24_d
    , output wire  [15:0] formal_s3_d_25_d
    , output wire  [15:0] formal_s3_d_26_d
    , output wire  [15:0] formal_s3_d_27_d
    , output wire  [15:0] formal_s3_d_28_d
    , output wire  [15:0] formal_s3_d_29_d
    , output wire  [15:0] formal_s3_d_30_d
    , output wire  [15:0] formal_s3_d_31_d
`ifdef FORMAL_CUT_W3
    , input  wire  [15:0] formal_s3_d_0_q
    , input  wire  [15:0] formal_s3_d_1_q
    , input  wire  [15:0] formal_s3_d_2_q
    , input  wire  [15:0] formal_s3_d_3_q
    , input  wire  [15:0] formal_s3_d_4_q
    , input  wire  [15:0] formal_s3_d_5_q
    , input  wire  [15:0] formal_s3_d_6_q
    , input  wire  [15:0] formal_s3_d_7_q
    , input  wire  [15:0] formal_s3_d_8_q
    , input  wire  [15:0] formal_s3_d_9_q
    , input  wire  [15:0] formal_s3_d_10_q
    , input  wire  [15:0] formal_s3_d_11_q
    , input  wire  [15:0] formal_s3_d_12_q
    , input  wire  [15:0] formal_s3_d_13_q
    , input  wire  [15:0] formal_s3_d_14_q
    , input  wire  [15:0] formal_s3_d_15_q
    , input  wire  [15:0] formal_s3_d_16_q
    , input  wire  [15:0] formal_s3_d_17_q
    , input  wire  [15:0] formal_s3_d_18_q
    , input  wire  [15:0] formal_s3_d_19_q
    , input  wire  [15:0] formal_s3_d_20_q
    , input  wire  [15:0] formal_s3_d_21_q
    , input  wire  [15:0] formal_s3_d_22_q
    , input  wire  [15:0] formal_s3_d_23_q
    , input  wire  [15:0] formal_s3_d_24_q
    , input  wire  [15:0] formal_s3_d_25_q
    , input  wire  [15:0] formal_s3_d_26_q
    , input  wire  [15:0] formal_s3_d_27_q
    , input  wire  [15:0] formal_s3_d_28_q
    , input  wire  [15:0] formal_s3_d_29_q
    , input  wire  [15:0] formal_s3_d_30_q
    , input  wire  [15:0] formal_s3_d_31_q
`endif
    , output wire   [3:0] formal_s3_e_0_d
    , output wire   [3:0] formal_s3_e_1_d
    , output wire   [3:0] formal_s3_e_2_d
    , output wire   [3:0] formal_s3_e_3_d
    , output wire   [3:0] formal_s3_e_4_d
    , output wire   [3:0] formal_s3_e_5_d
    , output wire   [3:0] formal_s3_e_6_d
    , output wire   [3:0] formal_s3_e_7_d
    , output wire   [3:0] formal_s3_e_8_d
    , output wire   [3:0] formal_s3_e_9_d
    , output wire   [3:0] formal_s3_e_10_d
    , output wire   [3:0] formal_s3_e_11_d
    , output wire   [3:0] formal_s3_e_12_d
    , output wire   [3:0] formal_s3_e_13_d
    , output wire   [3:0] formal_s3_e_14_d
    , output wire   [3:0] formal_s3_e_15_d
    , output wire   [3:0] formal_s3_e_16_d
    , output wire   [3:0] formal_s3_e_17_d
    , output wire   [3:0] formal_s3_e_18_d
    , output wire   [3:0] formal_s3_e_19_d
    , output wire   [3:0] formal_s3_e_20_d
    , output wire   [3:0] formal_s3_e_21_d
    , output wire   [3:0] formal_s3_e_22_d
    , output wire   [3:0] formal_s3_e_23_d
    , output wire   [3:0] formal_s3_e_24_d
    , output wire   [3:0] formal_s3_e_25_d
    , output wire   [3:0] formal_s3_e_26_d
    , output wire   [3:0] formal_s3_e_27_d
    , output wire   [3:0] formal_s3_e_28_d
    , output wire   [3:0] formal_s3_e_29_d
    , output wire   [3:0] formal_s3_e_30_d
    , output wire   [3:0] formal_s3_e_31_d
`ifdef FORMAL_CUT_E3
    , input  wire   [3:0] formal_s3_e_0_q
    , input  wire   [3:0] formal_s3_e_1_q
    , input  wire   [3:0] formal_s3_e_2_q
    , input  wire   [3:0] formal_s3_e_3_q
    , input  wire   [3:0] formal_s3_e_4_q
    , input  wire   [3:0] formal_s3_e_5_q
    , input  wire   [3:0] formal_s3_e_6_q
    , input  wire   [3:0] formal_s3_e_7_q
    , input  wire   [3:0] formal_s3_e_8_q
    , input  wire   [3:0] formal_s3_e_9_q
    , input  wire   [3:0] formal_s3_e_10_q
    , input  wire   [3:0] formal_s3_e_11_q
    , input  wire   [3:0] formal_s3_e_12_q
    , input  wire   [3:0] formal_s3_e_13_q
    , input  wire   [3:0] formal_s3_e_14_q
    , input  wire   [3:0] formal_s3_e_15_q
    , input  wire   [3:0] formal_s3_e_16_q
    , input  wire   [3:0] formal_s3_e_17_q
    , input  wire   [3:0] formal_s3_e_18_q
    , input  wire   [3:0] formal_s3_e_19_q
    , input  wire   [3:0] formal_s3_e_20_q
    , input  wire   [3:0] formal_s3_e_21_q
    , input  wire   [3:0] formal_s3_e_22_q
    , input  wire   [3:0] formal_s3_e_23_q
    , input  wire   [3:0] formal_s3_e_24_q
    , input  wire   [3:0] formal_s3_e_25_q
    , input  wire   [3:0] formal_s3_e_26_q
    , input  wire   [3:0] formal_s3_e_27_q
    , input  wire   [3:0] formal_s3_e_28_q
    , input  wire   [3:0] formal_s3_e_29_q
    , input  wire   [3:0] formal_s3_e_30_q
    , input  wire   [3:0] formal_s3_e_31_q
`endif
    , output wire   [5:0] formal_s3_nl_d
`ifdef FORMAL_CUT_N3
    , input  wire   [5:0] formal_s3_nl_q
`endif
    , output wire [544:0] formal_s4_rec_d
`ifdef FORMAL_CUT_REC
    , input  wire [544:0] formal_s4_rec_q
`endif
    , output wire   [9:0] formal_s4_len_d
`ifdef FORMAL_CUT_LEN
    , input  wire   [9:0] formal_s4_len_q
`endif
);

    // Constant declarations
    localparam  k_zero2 = 2'b0;
    localparam  k_lo16 = 32'hffff;
    localparam  k_not = 32'h7800;
    localparam  k_u1 = 32'he;
    localparam  k_u0 = 32'h7;
    localparam  k_one6 = 6'b1;
    localparam  k_zero6 = 6'b0;
    localparam  k_zero4 = 4'h0;
    localparam  k_chunk6 = 6'b100000;
    localparam  k_m9 = 16'h7f8;
    localparam  k_sign9 = 16'h100;
    localparam  k_sign12 = 16'h800;
    localparam  k_b3 = 32'h8;
    localparam  k_m12 = 16'h3ff8;
    localparam  k_len1 = 10'b101000001;
    localparam  k_len0 = 10'b110100001;
    localparam  k_flag = 545'h10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;

    // Registers: <name>_d is the value loaded at the next rising edge of aclk, <name>_q the register
    reg  s1_valid_d;
    reg  s1_valid_q;
    reg  s2_valid_d;
    reg  s2_valid_q;
    reg  s3_valid_d;
    reg  s3_valid_q;
    reg  s4_valid_d;
    reg  s4_valid_q;
    reg  s1_last_d;
    reg  s1_last_q;
    reg  s2_last_d;
    reg  s2_last_q;
    reg  s3_last_d;
    reg  s3_last_q;
    reg  s4_last_d;
    reg  s4_last_q;
    reg  s1_flag_d;
    reg  s1_flag_q;
    reg  [31:0] s1_d_0_d;
    reg  [31:0] s1_d_0_q;
    reg  [31:0] s1_d_1_d;
    reg  [31:0] s1_d_1_q;
    reg  [31:0] s1_d_2_d;
    reg  [31:0] s1_d_2_q;
    reg  [31:0] s1_d_3_d;
    reg  [31:0] s1_d_3_q;
    reg  [31:0] s1_d_4_d;
    reg  [31:0] s1_d_4_q;
    reg  [31:0] s1_d_5_d;
    reg  [31:0] s1_d_5_q;
    reg  [31:0] s1_d_6_d;
    reg  [31:0] s1_d_6_q;
    reg  [31:0] s1_d_7_d;
    reg  [31:0] s1_d_7_q;
    reg  [31:0] s1_d_8_d;
    reg  [31:0] s1_d_8_q;
    reg  [31:0] s1_d_9_d;
    reg  [31:0] s1_d_9_q;
    reg  [31:0] s1_d_10_d;
    reg  [31:0] s1_d_10_q;
    reg  [31:0] s1_d_11_d;
    reg  [31:0] s1_d_11_q;
    reg  [31:0] s1_d_12_d;
    reg  [31:0] s1_d_12_q;
    reg  [31:0] s1_d_13_d;
    reg  [31:0] s1_d_13_q;
    reg  [31:0] s1_d_14_d;
    reg  [31:0] s1_d_14_q;
    reg  [31:0] s1_d_15_d;
    reg  [31:0] s1_d_15_q;
    reg  [31:0] s1_d_16_d;
    reg  [31:0] s1_d_16_q;
    reg  [31:0] s1_d_17_d;
    reg  [31:0] s1_d_17_q;
    reg  [31:0] s1_d_18_d;
    reg  [31:0] s1_d_18_q;
    reg  [31:0] s1_d_19_d;
    reg  [31:0] s1_d_19_q;
    reg  [31:0] s1_d_20_d;
    reg  [31:0] s1_d_20_q;
    reg  [31:0] s1_d_21_d;
    reg  [31:0] s1_d_21_q;
    reg  [31:0] s1_d_22_d;
    reg  [31:0] s1_d_22_q;
    reg  [31:0] s1_d_23_d;
    reg  [31:0] s1_d_23_q;
    reg  [31:0] s1_d_24_d;
    reg  [31:0] s1_d_24_q;
    reg  [31:0] s1_d_25_d;
    reg  [31:0] s1_d_25_q;
    reg  [31:0] s1_d_26_d;
    reg  [31:0] s1_d_26_q;
    reg  [31:0] s1_d_27_d;
    reg  [31:0] s1_d_27_q;
    reg  [31:0] s1_d_28_d;
    reg  [31:0] s1_d_28_q;
    reg  [31:0] s1_d_29_d;
    reg  [31:0] s1_d_29_q;
    reg  [31:0] s1_d_30_d;
    reg  [31:0] s1_d_30_q;
    reg  [31:0] s1_d_31_d;
    reg  [31:0] s1_d_31_q;
    reg  [31:0] s1_ok_d;
    reg  [31:0] s1_ok_q;
    reg  [31:0] s1_eq5_d;
    reg  [31:0] s1_eq5_q;
    reg  s2_flag_d;
    reg  s2_flag_q;
    reg  [31:0] s2_sel_d;
    reg  [31:0] s2_sel_q;
    reg  [15:0] s2_d_0_d;
    reg  [15:0] s2_d_0_q;
    reg  [15:0] s2_d_1_d;
    reg  [15:0] s2_d_1_q;
    reg  [15:0] s2_d_2_d;
    reg  [15:0] s2_d_2_q;
    reg  [15:0] s2_d_3_d;
    reg  [15:0] s2_d_3_q;
    reg  [15:0] s2_d_4_d;
    reg  [15:0] s2_d_4_q;
    reg  [15:0] s2_d_5_d;
    reg  [15:0] s2_d_5_q;
    reg  [15:0] s2_d_6_d;
    reg  [15:0] s2_d_6_q;
    reg  [15:0] s2_d_7_d;
    reg  [15:0] s2_d_7_q;
    reg  [15:0] s2_d_8_d;
    reg  [15:0] s2_d_8_q;
    reg  [15:0] s2_d_9_d;
    reg  [15:0] s2_d_9_q;
    reg  [15:0] s2_d_10_d;
    reg  [15:0] s2_d_10_q;
    reg  [15:0] s2_d_11_d;
    reg  [15:0] s2_d_11_q;
    reg  [15:0] s2_d_12_d;
    reg  [15:0] s2_d_12_q;
    reg  [15:0] s2_d_13_d;
    reg  [15:0] s2_d_13_q;
    reg  [15:0] s2_d_14_d;
    reg  [15:0] s2_d_14_q;
    reg  [15:0] s2_d_15_d;
    reg  [15:0] s2_d_15_q;
    reg  [15:0] s2_d_16_d;
    reg  [15:0] s2_d_16_q;
    reg  [15:0] s2_d_17_d;
    reg  [15:0] s2_d_17_q;
    reg  [15:0] s2_d_18_d;
    reg  [15:0] s2_d_18_q;
    reg  [15:0] s2_d_19_d;
    reg  [15:0] s2_d_19_q;
    reg  [15:0] s2_d_20_d;
    reg  [15:0] s2_d_20_q;
    reg  [15:0] s2_d_21_d;
    reg  [15:0] s2_d_21_q;
    reg  [15:0] s2_d_22_d;
    reg  [15:0] s2_d_22_q;
    reg  [15:0] s2_d_23_d;
    reg  [15:0] s2_d_23_q;
    reg  [15:0] s2_d_24_d;
    reg  [15:0] s2_d_24_q;
    reg  [15:0] s2_d_25_d;
    reg  [15:0] s2_d_25_q;
    reg  [15:0] s2_d_26_d;
    reg  [15:0] s2_d_26_q;
    reg  [15:0] s2_d_27_d;
    reg  [15:0] s2_d_27_q;
    reg  [15:0] s2_d_28_d;
    reg  [15:0] s2_d_28_q;
    reg  [15:0] s2_d_29_d;
    reg  [15:0] s2_d_29_q;
    reg  [15:0] s2_d_30_d;
    reg  [15:0] s2_d_30_q;
    reg  [15:0] s2_d_31_d;
    reg  [15:0] s2_d_31_q;
    reg  [3:0] s2_u_0_d;
    reg  [3:0] s2_u_0_q;
    reg  [3:0] s2_u_1_d;
    reg  [3:0] s2_u_1_q;
    reg  [3:0] s2_u_2_d;
    reg  [3:0] s2_u_2_q;
    reg  [3:0] s2_u_3_d;
    reg  [3:0] s2_u_3_q;
    reg  [3:0] s2_u_4_d;
    reg  [3:0] s2_u_4_q;
    reg  [3:0] s2_u_5_d;
    reg  [3:0] s2_u_5_q;
    reg  [3:0] s2_u_6_d;
    reg  [3:0] s2_u_6_q;
    reg  [3:0] s2_u_7_d;
    reg  [3:0] s2_u_7_q;
    reg  [3:0] s2_u_8_d;
    reg  [3:0] s2_u_8_q;
    reg  [3:0] s2_u_9_d;
    reg  [3:0] s2_u_9_q;
    reg  [3:0] s2_u_10_d;
    reg  [3:0] s2_u_10_q;
    reg  [3:0] s2_u_11_d;
    reg  [3:0] s2_u_11_q;
    reg  [3:0] s2_u_12_d;
    reg  [3:0] s2_u_12_q;
    reg  [3:0] s2_u_13_d;
    reg  [3:0] s2_u_13_q;
    reg  [3:0] s2_u_14_d;
    reg  [3:0] s2_u_14_q;
    reg  [3:0] s2_u_15_d;
    reg  [3:0] s2_u_15_q;
    reg  [3:0] s2_u_16_d;
    reg  [3:0] s2_u_16_q;
    reg  [3:0] s2_u_17_d;
    reg  [3:0] s2_u_17_q;
    reg  [3:0] s2_u_18_d;
    reg  [3:0] s2_u_18_q;
    reg  [3:0] s2_u_19_d;
    reg  [3:0] s2_u_19_q;
    reg  [3:0] s2_u_20_d;
    reg  [3:0] s2_u_20_q;
    reg  [3:0] s2_u_21_d;
    reg  [3:0] s2_u_21_q;
    reg  [3:0] s2_u_22_d;
    reg  [3:0] s2_u_22_q;
    reg  [3:0] s2_u_23_d;
    reg  [3:0] s2_u_23_q;
    reg  [3:0] s2_u_24_d;
    reg  [3:0] s2_u_24_q;
    reg  [3:0] s2_u_25_d;
    reg  [3:0] s2_u_25_q;
    reg  [3:0] s2_u_26_d;
    reg  [3:0] s2_u_26_q;
    reg  [3:0] s2_u_27_d;
    reg  [3:0] s2_u_27_q;
    reg  [3:0] s2_u_28_d;
    reg  [3:0] s2_u_28_q;
    reg  [3:0] s2_u_29_d;
    reg  [3:0] s2_u_29_q;
    reg  [3:0] s2_u_30_d;
    reg  [3:0] s2_u_30_q;
    reg  [3:0] s2_u_31_d;
    reg  [3:0] s2_u_31_q;
    reg  [5:0] s2_z_0_d;
    reg  [5:0] s2_z_0_q;
    reg  [5:0] s2_z_1_d;
    reg  [5:0] s2_z_1_q;
    reg  [5:0] s2_z_2_d;
    reg  [5:0] s2_z_2_q;
    reg  [5:0] s2_z_3_d;
    reg  [5:0] s2_z_3_q;
    reg  [5:0] s2_z_4_d;
    reg  [5:0] s2_z_4_q;
    reg  [5:0] s2_z_5_d;
    reg  [5:0] s2_z_5_q;
    reg  [5:0] s2_z_6_d;
    reg  [5:0] s2_z_6_q;
    reg  [5:0] s2_z_7_d;
    reg  [5:0] s2_z_7_q;
    reg  [5:0] s2_z_8_d;
    reg  [5:0] s2_z_8_q;
    reg  [5:0] s2_z_9_d;
    reg  [5:0] s2_z_9_q;
    reg  [5:0] s2_z_10_d;
    reg  [5:0] s2_z_10_q;
    reg  [5:0] s2_z_11_d;
    reg  [5:0] s2_z_11_q;
    reg  [5:0] s2_z_12_d;
    reg  [5:0] s2_z_12_q;
    reg  [5:0] s2_z_13_d;
    reg  [5:0] s2_z_13_q;
    reg  [5:0] s2_z_14_d;
    reg  [5:0] s2_z_14_q;
    reg  [5:0] s2_z_15_d;
    reg  [5:0] s2_z_15_q;
    reg  [5:0] s2_z_16_d;
    reg  [5:0] s2_z_16_q;
    reg  [5:0] s2_z_17_d;
    reg  [5:0] s2_z_17_q;
    reg  [5:0] s2_z_18_d;
    reg  [5:0] s2_z_18_q;
    reg  [5:0] s2_z_19_d;
    reg  [5:0] s2_z_19_q;
    reg  [5:0] s2_z_20_d;
    reg  [5:0] s2_z_20_q;
    reg  [5:0] s2_z_21_d;
    reg  [5:0] s2_z_21_q;
    reg  [5:0] s2_z_22_d;
    reg  [5:0] s2_z_22_q;
    reg  [5:0] s2_z_23_d;
    reg  [5:0] s2_z_23_q;
    reg  [5:0] s2_z_24_d;
    reg  [5:0] s2_z_24_q;
    reg  [5:0] s2_z_25_d;
    reg  [5:0] s2_z_25_q;
    reg  [5:0] s2_z_26_d;
    reg  [5:0] s2_z_26_q;
    reg  [5:0] s2_z_27_d;
    reg  [5:0] s2_z_27_q;
    reg  [5:0] s2_z_28_d;
    reg  [5:0] s2_z_28_q;
    reg  [5:0] s2_z_29_d;
    reg  [5:0] s2_z_29_q;
    reg  [5:0] s2_z_30_d;
    reg  [5:0] s2_z_30_q;
    reg  [5:0] s2_z_31_d;
    reg  [5:0] s2_z_31_q;
    reg  [5:0] s2_nl_d;
    reg  [5:0] s2_nl_q;
    reg  s3_flag_d;
    reg  s3_flag_q;
    reg  [31:0] s3_sel_d;
    reg  [31:0] s3_sel_q;
    reg  [15:0] s3_d_0_d;
    reg  [15:0] s3_d_0_q;
    reg  [15:0] s3_d_1_d;
    reg  [15:0] s3_d_1_q;
    reg  [15:0] s3_d_2_d;
    reg  [15:0] s3_d_2_q;
    reg  [15:0] s3_d_3_d;
    reg  [15:0] s3_d_3_q;
    reg  [15:0] s3_d_4_d;
    reg  [15:0] s3_d_4_q;
    reg  [15:0] s3_d_5_d;
    reg  [15:0] s3_d_5_q;
    reg  [15:0] s3_d_6_d;
    reg  [15:0] s3_d_6_q;
    reg  [15:0] s3_d_7_d;
    reg  [15:0] s3_d_7_q;
    reg  [15:0] s3_d_8_d;
    reg  [15:0] s3_d_8_q;
    reg  [15:0] s3_d_9_d;
    reg  [15:0] s3_d_9_q;
    reg  [15:0] s3_d_10_d;
    reg  [15:0] s3_d_10_q;
    reg  [15:0] s3_d_11_d;
    reg  [15:0] s3_d_11_q;
    reg  [15:0] s3_d_12_d;
    reg  [15:0] s3_d_12_q;
    reg  [15:0] s3_d_13_d;
    reg  [15:0] s3_d_13_q;
    reg  [15:0] s3_d_14_d;
    reg  [15:0] s3_d_14_q;
    reg  [15:0] s3_d_15_d;
    reg  [15:0] s3_d_15_q;
    reg  [15:0] s3_d_16_d;
    reg  [15:0] s3_d_16_q;
    reg  [15:0] s3_d_17_d;
    reg  [15:0] s3_d_17_q;
    reg  [15:0] s3_d_18_d;
    reg  [15:0] s3_d_18_q;
    reg  [15:0] s3_d_19_d;
    reg  [15:0] s3_d_19_q;
    reg  [15:0] s3_d_20_d;
    reg  [15:0] s3_d_20_q;
    reg  [15:0] s3_d_21_d;
    reg  [15:0] s3_d_21_q;
    reg  [15:0] s3_d_22_d;
    reg  [15:0] s3_d_22_q;
    reg  [15:0] s3_d_23_d;
    reg  [15:0] s3_d_23_q;
    reg  [15:0] s3_d_24_d;
    reg  [15:0] s3_d_24_q;
    reg  [15:0] s3_d_25_d;
    reg  [15:0] s3_d_25_q;
    reg  [15:0] s3_d_26_d;
    reg  [15:0] s3_d_26_q;
    reg  [15:0] s3_d_27_d;
    reg  [15:0] s3_d_27_q;
    reg  [15:0] s3_d_28_d;
    reg  [15:0] s3_d_28_q;
    reg  [15:0] s3_d_29_d;
    reg  [15:0] s3_d_29_q;
    reg  [15:0] s3_d_30_d;
    reg  [15:0] s3_d_30_q;
    reg  [15:0] s3_d_31_d;
    reg  [15:0] s3_d_31_q;
    reg  [3:0] s3_e_0_d;
    reg  [3:0] s3_e_0_q;
    reg  [3:0] s3_e_1_d;
    reg  [3:0] s3_e_1_q;
    reg  [3:0] s3_e_2_d;
    reg  [3:0] s3_e_2_q;
    reg  [3:0] s3_e_3_d;
    reg  [3:0] s3_e_3_q;
    reg  [3:0] s3_e_4_d;
    reg  [3:0] s3_e_4_q;
    reg  [3:0] s3_e_5_d;
    reg  [3:0] s3_e_5_q;
    reg  [3:0] s3_e_6_d;
    reg  [3:0] s3_e_6_q;
    reg  [3:0] s3_e_7_d;
    reg  [3:0] s3_e_7_q;
    reg  [3:0] s3_e_8_d;
    reg  [3:0] s3_e_8_q;
    reg  [3:0] s3_e_9_d;
    reg  [3:0] s3_e_9_q;
    reg  [3:0] s3_e_10_d;
    reg  [3:0] s3_e_10_q;
    reg  [3:0] s3_e_11_d;
    reg  [3:0] s3_e_11_q;
    reg  [3:0] s3_e_12_d;
    reg  [3:0] s3_e_12_q;
    reg  [3:0] s3_e_13_d;
    reg  [3:0] s3_e_13_q;
    reg  [3:0] s3_e_14_d;
    reg  [3:0] s3_e_14_q;
    reg  [3:0] s3_e_15_d;
    reg  [3:0] s3_e_15_q;
    reg  [3:0] s3_e_16_d;
    reg  [3:0] s3_e_16_q;
    reg  [3:0] s3_e_17_d;
    reg  [3:0] s3_e_17_q;
    reg  [3:0] s3_e_18_d;
    reg  [3:0] s3_e_18_q;
    reg  [3:0] s3_e_19_d;
    reg  [3:0] s3_e_19_q;
    reg  [3:0] s3_e_20_d;
    reg  [3:0] s3_e_20_q;
    reg  [3:0] s3_e_21_d;
    reg  [3:0] s3_e_21_q;
    reg  [3:0] s3_e_22_d;
    reg  [3:0] s3_e_22_q;
    reg  [3:0] s3_e_23_d;
    reg  [3:0] s3_e_23_q;
    reg  [3:0] s3_e_24_d;
    reg  [3:0] s3_e_24_q;
    reg  [3:0] s3_e_25_d;
    reg  [3:0] s3_e_25_q;
    reg  [3:0] s3_e_26_d;
    reg  [3:0] s3_e_26_q;
    reg  [3:0] s3_e_27_d;
    reg  [3:0] s3_e_27_q;
    reg  [3:0] s3_e_28_d;
    reg  [3:0] s3_e_28_q;
    reg  [3:0] s3_e_29_d;
    reg  [3:0] s3_e_29_q;
    reg  [3:0] s3_e_30_d;
    reg  [3:0] s3_e_30_q;
    reg  [3:0] s3_e_31_d;
    reg  [3:0] s3_e_31_q;
    reg  [5:0] s3_nl_d;
    reg  [5:0] s3_nl_q;
    reg  [544:0] s4_rec_d;
    reg  [544:0] s4_rec_q;
    reg  [9:0] s4_len_d;
    reg  [9:0] s4_len_q;

    // Local signals
    reg  en1;
    reg  en2;
    reg  en3;
    reg  en4;
    reg  [255:0] s0_h2_0;
    reg  [255:0] s0_h2_1;
    reg  [127:0] s0_h4_0;
    reg  [127:0] s0_h4_1;
    reg  [127:0] s0_h4_2;
    reg  [127:0] s0_h4_3;
    reg  [63:0] s0_h8_0;
    reg  [63:0] s0_h8_1;
    reg  [63:0] s0_h8_2;
    reg  [63:0] s0_h8_3;
    reg  [63:0] s0_h8_4;
    reg  [63:0] s0_h8_5;
    reg  [63:0] s0_h8_6;
    reg  [63:0] s0_h8_7;
    reg  [31:0] s0_h16_0;
    reg  [31:0] s0_h16_1;
    reg  [31:0] s0_h16_2;
    reg  [31:0] s0_h16_3;
    reg  [31:0] s0_h16_4;
    reg  [31:0] s0_h16_5;
    reg  [31:0] s0_h16_6;
    reg  [31:0] s0_h16_7;
    reg  [31:0] s0_h16_8;
    reg  [31:0] s0_h16_9;
    reg  [31:0] s0_h16_10;
    reg  [31:0] s0_h16_11;
    reg  [31:0] s0_h16_12;
    reg  [31:0] s0_h16_13;
    reg  [31:0] s0_h16_14;
    reg  [31:0] s0_h16_15;
    reg  [31:0] s0_x_0;
    reg  [31:0] s0_x_1;
    reg  [31:0] s0_x_2;
    reg  [31:0] s0_x_3;
    reg  [31:0] s0_x_4;
    reg  [31:0] s0_x_5;
    reg  [31:0] s0_x_6;
    reg  [31:0] s0_x_7;
    reg  [31:0] s0_x_8;
    reg  [31:0] s0_x_9;
    reg  [31:0] s0_x_10;
    reg  [31:0] s0_x_11;
    reg  [31:0] s0_x_12;
    reg  [31:0] s0_x_13;
    reg  [31:0] s0_x_14;
    reg  [31:0] s0_x_15;
    reg  [31:0] s0_x_16;
    reg  [31:0] s0_x_17;
    reg  [31:0] s0_x_18;
    reg  [31:0] s0_x_19;
    reg  [31:0] s0_x_20;
    reg  [31:0] s0_x_21;
    reg  [31:0] s0_x_22;
    reg  [31:0] s0_x_23;
    reg  [31:0] s0_x_24;
    reg  [31:0] s0_x_25;
    reg  [31:0] s0_x_26;
    reg  [31:0] s0_x_27;
    reg  [31:0] s0_x_28;
    reg  [31:0] s0_x_29;
    reg  [31:0] s0_x_30;
    reg  [31:0] s0_x_31;
    reg  [31:0] s0_t_0;
    reg  [31:0] s0_t_1;
    reg  [31:0] s0_t_2;
    reg  [31:0] s0_t_3;
    reg  [31:0] s0_t_4;
    reg  [31:0] s0_t_5;
    reg  [31:0] s0_t_6;
    reg  [31:0] s0_t_7;
    reg  [31:0] s0_t_8;
    reg  [31:0] s0_t_9;
    reg  [31:0] s0_t_10;
    reg  [31:0] s0_t_11;
    reg  [31:0] s0_t_12;
    reg  [31:0] s0_t_13;
    reg  [31:0] s0_t_14;
    reg  [31:0] s0_t_15;
    reg  [31:0] s0_t_16;
    reg  [31:0] s0_t_17;
    reg  [31:0] s0_t_18;
    reg  [31:0] s0_t_19;
    reg  [31:0] s0_t_20;
    reg  [31:0] s0_t_21;
    reg  [31:0] s0_t_22;
    reg  [31:0] s0_t_23;
    reg  [31:0] s0_t_24;
    reg  [31:0] s0_t_25;
    reg  [31:0] s0_t_26;
    reg  [31:0] s0_t_27;
    reg  [31:0] s0_t_28;
    reg  [31:0] s0_t_29;
    reg  [31:0] s0_t_30;
    reg  [31:0] s0_t_31;
    reg  [31:0] s0_d_0;
    reg  [31:0] s0_d_1;
    reg  [31:0] s0_d_2;
    reg  [31:0] s0_d_3;
    reg  [31:0] s0_d_4;
    reg  [31:0] s0_d_5;
    reg  [31:0] s0_d_6;
    reg  [31:0] s0_d_7;
    reg  [31:0] s0_d_8;
    reg  [31:0] s0_d_9;
    reg  [31:0] s0_d_10;
    reg  [31:0] s0_d_11;
    reg  [31:0] s0_d_12;
    reg  [31:0] s0_d_13;
    reg  [31:0] s0_d_14;
    reg  [31:0] s0_d_15;
    reg  [31:0] s0_d_16;
    reg  [31:0] s0_d_17;
    reg  [31:0] s0_d_18;
    reg  [31:0] s0_d_19;
    reg  [31:0] s0_d_20;
    reg  [31:0] s0_d_21;
    reg  [31:0] s0_d_22;
    reg  [31:0] s0_d_23;
    reg  [31:0] s0_d_24;
    reg  [31:0] s0_d_25;
    reg  [31:0] s0_d_26;
    reg  [31:0] s0_d_27;
    reg  [31:0] s0_d_28;
    reg  [31:0] s0_d_29;
    reg  [31:0] s0_d_30;
    reg  [31:0] s0_d_31;
    reg  s0_okb_0;
    reg  s0_okb_1;
    reg  s0_okb_2;
    reg  s0_okb_3;
    reg  s0_okb_4;
    reg  s0_okb_5;
    reg  s0_okb_6;
    reg  s0_okb_7;
    reg  s0_okb_8;
    reg  s0_okb_9;
    reg  s0_okb_10;
    reg  s0_okb_11;
    reg  s0_okb_12;
    reg  s0_okb_13;
    reg  s0_okb_14;
    reg  s0_okb_15;
    reg  s0_okb_16;
    reg  s0_okb_17;
    reg  s0_okb_18;
    reg  s0_okb_19;
    reg  s0_okb_20;
    reg  s0_okb_21;
    reg  s0_okb_22;
    reg  s0_okb_23;
    reg  s0_okb_24;
    reg  s0_okb_25;
    reg  s0_okb_26;
    reg  s0_okb_27;
    reg  s0_okb_28;
    reg  s0_okb_29;
    reg  s0_okb_30;
    reg  s0_okb_31;
    reg  s0_eq5b_0;
    reg  s0_eq5b_1;
    reg  s0_eq5b_2;
    reg  s0_eq5b_3;
    reg  s0_eq5b_4;
    reg  s0_eq5b_5;
    reg  s0_eq5b_6;
    reg  s0_eq5b_7;
    reg  s0_eq5b_8;
    reg  s0_eq5b_9;
    reg  s0_eq5b_10;
    reg  s0_eq5b_11;
    reg  s0_eq5b_12;
    reg  s0_eq5b_13;
    reg  s0_eq5b_14;
    reg  s0_eq5b_15;
    reg  s0_eq5b_16;
    reg  s0_eq5b_17;
    reg  s0_eq5b_18;
    reg  s0_eq5b_19;
    reg  s0_eq5b_20;
    reg  s0_eq5b_21;
    reg  s0_eq5b_22;
    reg  s0_eq5b_23;
    reg  s0_eq5b_24;
    reg  s0_eq5b_25;
    reg  s0_eq5b_26;
    reg  s0_eq5b_27;
    reg  s0_eq5b_28;
    reg  s0_eq5b_29;
    reg  s0_eq5b_30;
    reg  s0_eq5b_31;
    reg  [31:0] s0_ok;
    reg  [1:0] s0_ok_pair_0;
    reg  [1:0] s0_ok_pair_1;
    reg  [1:0] s0_ok_pair_2;
    reg  [1:0] s0_ok_pair_3;
    reg  [1:0] s0_ok_pair_4;
    reg  [1:0] s0_ok_pair_5;
    reg  [1:0] s0_ok_pair_6;
    reg  [1:0] s0_ok_pair_7;
    reg  [1:0] s0_ok_pair_8;
    reg  [1:0] s0_ok_pair_9;
    reg  [1:0] s0_ok_pair_10;
    reg  [1:0] s0_ok_pair_11;
    reg  [1:0] s0_ok_pair_12;
    reg  [1:0] s0_ok_pair_13;
    reg  [1:0] s0_ok_pair_14;
    reg  [1:0] s0_ok_pair_15;
    reg  [31:0] s0_eq5;
    reg  [1:0] s0_eq5_pair_0;
    reg  [1:0] s0_eq5_pair_1;
    reg  [1:0] s0_eq5_pair_2;
    reg  [1:0] s0_eq5_pair_3;
    reg  [1:0] s0_eq5_pair_4;
    reg  [1:0] s0_eq5_pair_5;
    reg  [1:0] s0_eq5_pair_6;
    reg  [1:0] s0_eq5_pair_7;
    reg  [1:0] s0_eq5_pair_8;
    reg  [1:0] s0_eq5_pair_9;
    reg  [1:0] s0_eq5_pair_10;
    reg  [1:0] s0_eq5_pair_11;
    reg  [1:0] s0_eq5_pair_12;
    reg  [1:0] s0_eq5_pair_13;
    reg  [1:0] s0_eq5_pair_14;
    reg  [1:0] s0_eq5_pair_15;
    reg  s0_flag;
    reg  s1_selb_0;
    reg  s1_selb_1;
    reg  s1_selb_2;
    reg  s1_selb_3;
    reg  s1_selb_4;
    reg  s1_selb_5;
    reg  s1_selb_6;
    reg  s1_selb_7;
    reg  s1_selb_8;
    reg  s1_selb_9;
    reg  s1_selb_10;
    reg  s1_selb_11;
    reg  s1_selb_12;
    reg  s1_selb_13;
    reg  s1_selb_14;
    reg  s1_selb_15;
    reg  s1_selb_16;
    reg  s1_selb_17;
    reg  s1_selb_18;
    reg  s1_selb_19;
    reg  s1_selb_20;
    reg  s1_selb_21;
    reg  s1_selb_22;
    reg  s1_selb_23;
    reg  s1_selb_24;
    reg  s1_selb_25;
    reg  s1_selb_26;
    reg  s1_selb_27;
    reg  s1_selb_28;
    reg  s1_selb_29;
    reg  s1_selb_30;
    reg  s1_selb_31;
    reg  [31:0] s1_sel;
    reg  [1:0] s1_sel_pair_0;
    reg  [1:0] s1_sel_pair_1;
    reg  [1:0] s1_sel_pair_2;
    reg  [1:0] s1_sel_pair_3;
    reg  [1:0] s1_sel_pair_4;
    reg  [1:0] s1_sel_pair_5;
    reg  [1:0] s1_sel_pair_6;
    reg  [1:0] s1_sel_pair_7;
    reg  [1:0] s1_sel_pair_8;
    reg  [1:0] s1_sel_pair_9;
    reg  [1:0] s1_sel_pair_10;
    reg  [1:0] s1_sel_pair_11;
    reg  [1:0] s1_sel_pair_12;
    reg  [1:0] s1_sel_pair_13;
    reg  [1:0] s1_sel_pair_14;
    reg  [1:0] s1_sel_pair_15;
    reg  [31:0] s1_u_0;
    reg  [31:0] s1_u_1;
    reg  [31:0] s1_u_2;
    reg  [31:0] s1_u_3;
    reg  [31:0] s1_u_4;
    reg  [31:0] s1_u_5;
    reg  [31:0] s1_u_6;
    reg  [31:0] s1_u_7;
    reg  [31:0] s1_u_8;
    reg  [31:0] s1_u_9;
    reg  [31:0] s1_u_10;
    reg  [31:0] s1_u_11;
    reg  [31:0] s1_u_12;
    reg  [31:0] s1_u_13;
    reg  [31:0] s1_u_14;
    reg  [31:0] s1_u_15;
    reg  [31:0] s1_u_16;
    reg  [31:0] s1_u_17;
    reg  [31:0] s1_u_18;
    reg  [31:0] s1_u_19;
    reg  [31:0] s1_u_20;
    reg  [31:0] s1_u_21;
    reg  [31:0] s1_u_22;
    reg  [31:0] s1_u_23;
    reg  [31:0] s1_u_24;
    reg  [31:0] s1_u_25;
    reg  [31:0] s1_u_26;
    reg  [31:0] s1_u_27;
    reg  [31:0] s1_u_28;
    reg  [31:0] s1_u_29;
    reg  [31:0] s1_u_30;
    reg  [31:0] s1_u_31;
    reg  [5:0] pc0_0;
    reg  [5:0] pc0_1;
    reg  [5:0] pc0_2;
    reg  [5:0] pc0_3;
    reg  [5:0] pc0_4;
    reg  [5:0] pc0_5;
    reg  [5:0] pc0_6;
    reg  [5:0] pc0_7;
    reg  [5:0] pc0_8;
    reg  [5:0] pc0_9;
    reg  [5:0] pc0_10;
    reg  [5:0] pc0_11;
    reg  [5:0] pc0_12;
    reg  [5:0] pc0_13;
    reg  [5:0] pc0_14;
    reg  [5:0] pc0_15;
    reg  [5:0] pc0_16;
    reg  [5:0] pc0_17;
    reg  [5:0] pc0_18;
    reg  [5:0] pc0_19;
    reg  [5:0] pc0_20;
    reg  [5:0] pc0_21;
    reg  [5:0] pc0_22;
    reg  [5:0] pc0_23;
    reg  [5:0] pc0_24;
    reg  [5:0] pc0_25;
    reg  [5:0] pc0_26;
    reg  [5:0] pc0_27;
    reg  [5:0] pc0_28;
    reg  [5:0] pc0_29;
    reg  [5:0] pc0_30;
    reg  [5:0] pc0_31;
    reg  [5:0] pc1_0;
    reg  [5:0] pc1_1;
    reg  [5:0] pc1_2;
    reg  [5:0] pc1_3;
    reg  [5:0] pc1_4;
    reg  [5:0] pc1_5;
    reg  [5:0] pc1_6;
    reg  [5:0] pc1_7;
    reg  [5:0] pc1_8;
    reg  [5:0] pc1_9;
    reg  [5:0] pc1_10;
    reg  [5:0] pc1_11;
    reg  [5:0] pc1_12;
    reg  [5:0] pc1_13;
    reg  [5:0] pc1_14;
    reg  [5:0] pc1_15;
    reg  [5:0] pc1_16;
    reg  [5:0] pc1_17;
    reg  [5:0] pc1_18;
    reg  [5:0] pc1_19;
    reg  [5:0] pc1_20;
    reg  [5:0] pc1_21;
    reg  [5:0] pc1_22;
    reg  [5:0] pc1_23;
    reg  [5:0] pc1_24;
    reg  [5:0] pc1_25;
    reg  [5:0] pc1_26;
    reg  [5:0] pc1_27;
    reg  [5:0] pc1_28;
    reg  [5:0] pc1_29;
    reg  [5:0] pc1_30;
    reg  [5:0] pc1_31;
    reg  [5:0] pc2_0;
    reg  [5:0] pc2_1;
    reg  [5:0] pc2_2;
    reg  [5:0] pc2_3;
    reg  [5:0] pc2_4;
    reg  [5:0] pc2_5;
    reg  [5:0] pc2_6;
    reg  [5:0] pc2_7;
    reg  [5:0] pc2_8;
    reg  [5:0] pc2_9;
    reg  [5:0] pc2_10;
    reg  [5:0] pc2_11;
    reg  [5:0] pc2_12;
    reg  [5:0] pc2_13;
    reg  [5:0] pc2_14;
    reg  [5:0] pc2_15;
    reg  [5:0] pc2_16;
    reg  [5:0] pc2_17;
    reg  [5:0] pc2_18;
    reg  [5:0] pc2_19;
    reg  [5:0] pc2_20;
    reg  [5:0] pc2_21;
    reg  [5:0] pc2_22;
    reg  [5:0] pc2_23;
    reg  [5:0] pc2_24;
    reg  [5:0] pc2_25;
    reg  [5:0] pc2_26;
    reg  [5:0] pc2_27;
    reg  [5:0] pc2_28;
    reg  [5:0] pc2_29;
    reg  [5:0] pc2_30;
    reg  [5:0] pc2_31;
    reg  [5:0] pc3_0;
    reg  [5:0] pc3_1;
    reg  [5:0] pc3_2;
    reg  [5:0] pc3_3;
    reg  [5:0] pc3_4;
    reg  [5:0] pc3_5;
    reg  [5:0] pc3_6;
    reg  [5:0] pc3_7;
    reg  [5:0] pc3_8;
    reg  [5:0] pc3_9;
    reg  [5:0] pc3_10;
    reg  [5:0] pc3_11;
    reg  [5:0] pc3_12;
    reg  [5:0] pc3_13;
    reg  [5:0] pc3_14;
    reg  [5:0] pc3_15;
    reg  [5:0] pc3_16;
    reg  [5:0] pc3_17;
    reg  [5:0] pc3_18;
    reg  [5:0] pc3_19;
    reg  [5:0] pc3_20;
    reg  [5:0] pc3_21;
    reg  [5:0] pc3_22;
    reg  [5:0] pc3_23;
    reg  [5:0] pc3_24;
    reg  [5:0] pc3_25;
    reg  [5:0] pc3_26;
    reg  [5:0] pc3_27;
    reg  [5:0] pc3_28;
    reg  [5:0] pc3_29;
    reg  [5:0] pc3_30;
    reg  [5:0] pc3_31;
    reg  [5:0] pc4_0;
    reg  [5:0] pc4_1;
    reg  [5:0] pc4_2;
    reg  [5:0] pc4_3;
    reg  [5:0] pc4_4;
    reg  [5:0] pc4_5;
    reg  [5:0] pc4_6;
    reg  [5:0] pc4_7;
    reg  [5:0] pc4_8;
    reg  [5:0] pc4_9;
    reg  [5:0] pc4_10;
    reg  [5:0] pc4_11;
    reg  [5:0] pc4_12;
    reg  [5:0] pc4_13;
    reg  [5:0] pc4_14;
    reg  [5:0] pc4_15;
    reg  [5:0] pc4_16;
    reg  [5:0] pc4_17;
    reg  [5:0] pc4_18;
    reg  [5:0] pc4_19;
    reg  [5:0] pc4_20;
    reg  [5:0] pc4_21;
    reg  [5:0] pc4_22;
    reg  [5:0] pc4_23;
    reg  [5:0] pc4_24;
    reg  [5:0] pc4_25;
    reg  [5:0] pc4_26;
    reg  [5:0] pc4_27;
    reg  [5:0] pc4_28;
    reg  [5:0] pc4_29;
    reg  [5:0] pc4_30;
    reg  [5:0] pc4_31;
    reg  [5:0] pc5_0;
    reg  [5:0] pc5_1;
    reg  [5:0] pc5_2;
    reg  [5:0] pc5_3;
    reg  [5:0] pc5_4;
    reg  [5:0] pc5_5;
    reg  [5:0] pc5_6;
    reg  [5:0] pc5_7;
    reg  [5:0] pc5_8;
    reg  [5:0] pc5_9;
    reg  [5:0] pc5_10;
    reg  [5:0] pc5_11;
    reg  [5:0] pc5_12;
    reg  [5:0] pc5_13;
    reg  [5:0] pc5_14;
    reg  [5:0] pc5_15;
    reg  [5:0] pc5_16;
    reg  [5:0] pc5_17;
    reg  [5:0] pc5_18;
    reg  [5:0] pc5_19;
    reg  [5:0] pc5_20;
    reg  [5:0] pc5_21;
    reg  [5:0] pc5_22;
    reg  [5:0] pc5_23;
    reg  [5:0] pc5_24;
    reg  [5:0] pc5_25;
    reg  [5:0] pc5_26;
    reg  [5:0] pc5_27;
    reg  [5:0] pc5_28;
    reg  [5:0] pc5_29;
    reg  [5:0] pc5_30;
    reg  [5:0] pc5_31;
    reg  [3:0] a1_0;
    reg  [3:0] a1_1;
    reg  [3:0] a1_2;
    reg  [3:0] a1_3;
    reg  [3:0] a1_4;
    reg  [3:0] a1_5;
    reg  [3:0] a1_6;
    reg  [3:0] a1_7;
    reg  [3:0] a1_8;
    reg  [3:0] a1_9;
    reg  [3:0] a1_10;
    reg  [3:0] a1_11;
    reg  [3:0] a1_12;
    reg  [3:0] a1_13;
    reg  [3:0] a1_14;
    reg  [3:0] a1_15;
    reg  [3:0] a1_16;
    reg  [3:0] a1_17;
    reg  [3:0] a1_18;
    reg  [3:0] a1_19;
    reg  [3:0] a1_20;
    reg  [3:0] a1_21;
    reg  [3:0] a1_22;
    reg  [3:0] a1_23;
    reg  [3:0] a1_24;
    reg  [3:0] a1_25;
    reg  [3:0] a1_26;
    reg  [3:0] a1_27;
    reg  [3:0] a1_28;
    reg  [3:0] a1_29;
    reg  [3:0] a1_30;
    reg  [3:0] a1_31;
    reg  [3:0] a2_0;
    reg  [3:0] a2_1;
    reg  [3:0] a2_2;
    reg  [3:0] a2_3;
    reg  [3:0] a2_4;
    reg  [3:0] a2_5;
    reg  [3:0] a2_6;
    reg  [3:0] a2_7;
    reg  [3:0] a2_8;
    reg  [3:0] a2_9;
    reg  [3:0] a2_10;
    reg  [3:0] a2_11;
    reg  [3:0] a2_12;
    reg  [3:0] a2_13;
    reg  [3:0] a2_14;
    reg  [3:0] a2_15;
    reg  [3:0] a2_16;
    reg  [3:0] a2_17;
    reg  [3:0] a2_18;
    reg  [3:0] a2_19;
    reg  [3:0] a2_20;
    reg  [3:0] a2_21;
    reg  [3:0] a2_22;
    reg  [3:0] a2_23;
    reg  [3:0] a2_24;
    reg  [3:0] a2_25;
    reg  [3:0] a2_26;
    reg  [3:0] a2_27;
    reg  [3:0] a2_28;
    reg  [3:0] a2_29;
    reg  [3:0] a2_30;
    reg  [3:0] a2_31;
    reg  [3:0] a3_0;
    reg  [3:0] a3_1;
    reg  [3:0] a3_2;
    reg  [3:0] a3_3;
    reg  [3:0] a3_4;
    reg  [3:0] a3_5;
    reg  [3:0] a3_6;
    reg  [3:0] a3_7;
    reg  [3:0] a3_8;
    reg  [3:0] a3_9;
    reg  [3:0] a3_10;
    reg  [3:0] a3_11;
    reg  [3:0] a3_12;
    reg  [3:0] a3_13;
    reg  [3:0] a3_14;
    reg  [3:0] a3_15;
    reg  [3:0] a3_16;
    reg  [3:0] a3_17;
    reg  [3:0] a3_18;
    reg  [3:0] a3_19;
    reg  [3:0] a3_20;
    reg  [3:0] a3_21;
    reg  [3:0] a3_22;
    reg  [3:0] a3_23;
    reg  [3:0] a3_24;
    reg  [3:0] a3_25;
    reg  [3:0] a3_26;
    reg  [3:0] a3_27;
    reg  [3:0] a3_28;
    reg  [3:0] a3_29;
    reg  [3:0] a3_30;
    reg  [3:0] a3_31;
    reg  [3:0] a4_0;
    reg  [3:0] a4_1;
    reg  [3:0] a4_2;
    reg  [3:0] a4_3;
    reg  [3:0] a4_4;
    reg  [3:0] a4_5;
    reg  [3:0] a4_6;
    reg  [3:0] a4_7;
    reg  [3:0] a4_8;
    reg  [3:0] a4_9;
    reg  [3:0] a4_10;
    reg  [3:0] a4_11;
    reg  [3:0] a4_12;
    reg  [3:0] a4_13;
    reg  [3:0] a4_14;
    reg  [3:0] a4_15;
    reg  [3:0] a4_16;
    reg  [3:0] a4_17;
    reg  [3:0] a4_18;
    reg  [3:0] a4_19;
    reg  [3:0] a4_20;
    reg  [3:0] a4_21;
    reg  [3:0] a4_22;
    reg  [3:0] a4_23;
    reg  [3:0] a4_24;
    reg  [3:0] a4_25;
    reg  [3:0] a4_26;
    reg  [3:0] a4_27;
    reg  [3:0] a4_28;
    reg  [3:0] a4_29;
    reg  [3:0] a4_30;
    reg  [3:0] a4_31;
    reg  [5:0] z1_0;
    reg  [5:0] z1_1;
    reg  [5:0] z1_2;
    reg  [5:0] z1_3;
    reg  [5:0] z1_4;
    reg  [5:0] z1_5;
    reg  [5:0] z1_6;
    reg  [5:0] z1_7;
    reg  [5:0] z1_8;
    reg  [5:0] z1_9;
    reg  [5:0] z1_10;
    reg  [5:0] z1_11;
    reg  [5:0] z1_12;
    reg  [5:0] z1_13;
    reg  [5:0] z1_14;
    reg  [5:0] z1_15;
    reg  [5:0] z1_16;
    reg  [5:0] z1_17;
    reg  [5:0] z1_18;
    reg  [5:0] z1_19;
    reg  [5:0] z1_20;
    reg  [5:0] z1_21;
    reg  [5:0] z1_22;
    reg  [5:0] z1_23;
    reg  [5:0] z1_24;
    reg  [5:0] z1_25;
    reg  [5:0] z1_26;
    reg  [5:0] z1_27;
    reg  [5:0] z1_28;
    reg  [5:0] z1_29;
    reg  [5:0] z1_30;
    reg  [5:0] z1_31;
    reg  [5:0] z2_0;
    reg  [5:0] z2_1;
    reg  [5:0] z2_2;
    reg  [5:0] z2_3;
    reg  [5:0] z2_4;
    reg  [5:0] z2_5;
    reg  [5:0] z2_6;
    reg  [5:0] z2_7;
    reg  [5:0] z2_8;
    reg  [5:0] z2_9;
    reg  [5:0] z2_10;
    reg  [5:0] z2_11;
    reg  [5:0] z2_12;
    reg  [5:0] z2_13;
    reg  [5:0] z2_14;
    reg  [5:0] z2_15;
    reg  [5:0] z2_16;
    reg  [5:0] z2_17;
    reg  [5:0] z2_18;
    reg  [5:0] z2_19;
    reg  [5:0] z2_20;
    reg  [5:0] z2_21;
    reg  [5:0] z2_22;
    reg  [5:0] z2_23;
    reg  [5:0] z2_24;
    reg  [5:0] z2_25;
    reg  [5:0] z2_26;
    reg  [5:0] z2_27;
    reg  [5:0] z2_28;
    reg  [5:0] z2_29;
    reg  [5:0] z2_30;
    reg  [5:0] z2_31;
    reg  [5:0] z3_0;
    reg  [5:0] z3_1;
    reg  [5:0] z3_2;
    reg  [5:0] z3_3;
    reg  [5:0] z3_4;
    reg  [5:0] z3_5;
    reg  [5:0] z3_6;
    reg  [5:0] z3_7;
    reg  [5:0] z3_8;
    reg  [5:0] z3_9;
    reg  [5:0] z3_10;
    reg  [5:0] z3_11;
    reg  [5:0] z3_12;
    reg  [5:0] z3_13;
    reg  [5:0] z3_14;
    reg  [5:0] z3_15;
    reg  [5:0] z3_16;
    reg  [5:0] z3_17;
    reg  [5:0] z3_18;
    reg  [5:0] z3_19;
    reg  [5:0] z3_20;
    reg  [5:0] z3_21;
    reg  [5:0] z3_22;
    reg  [5:0] z3_23;
    reg  [5:0] z3_24;
    reg  [5:0] z3_25;
    reg  [5:0] z3_26;
    reg  [5:0] z3_27;
    reg  [5:0] z3_28;
    reg  [5:0] z3_29;
    reg  [5:0] z3_30;
    reg  [5:0] z3_31;
    reg  [5:0] z4_0;
    reg  [5:0] z4_1;
    reg  [5:0] z4_2;
    reg  [5:0] z4_3;
    reg  [5:0] z4_4;
    reg  [5:0] z4_5;
    reg  [5:0] z4_6;
    reg  [5:0] z4_7;
    reg  [5:0] z4_8;
    reg  [5:0] z4_9;
    reg  [5:0] z4_10;
    reg  [5:0] z4_11;
    reg  [5:0] z4_12;
    reg  [5:0] z4_13;
    reg  [5:0] z4_14;
    reg  [5:0] z4_15;
    reg  [5:0] z4_16;
    reg  [5:0] z4_17;
    reg  [5:0] z4_18;
    reg  [5:0] z4_19;
    reg  [5:0] z4_20;
    reg  [5:0] z4_21;
    reg  [5:0] z4_22;
    reg  [5:0] z4_23;
    reg  [5:0] z4_24;
    reg  [5:0] z4_25;
    reg  [5:0] z4_26;
    reg  [5:0] z4_27;
    reg  [5:0] z4_28;
    reg  [5:0] z4_29;
    reg  [5:0] z4_30;
    reg  [5:0] z4_31;
    reg  [15:0] s3_p9_0;
    reg  [15:0] s3_p9_1;
    reg  [15:0] s3_p9_2;
    reg  [15:0] s3_p9_3;
    reg  [15:0] s3_p9_4;
    reg  [15:0] s3_p9_5;
    reg  [15:0] s3_p9_6;
    reg  [15:0] s3_p9_7;
    reg  [15:0] s3_p9_8;
    reg  [15:0] s3_p9_9;
    reg  [15:0] s3_p9_10;
    reg  [15:0] s3_p9_11;
    reg  [15:0] s3_p9_12;
    reg  [15:0] s3_p9_13;
    reg  [15:0] s3_p9_14;
    reg  [15:0] s3_p9_15;
    reg  [15:0] s3_p9_16;
    reg  [15:0] s3_p9_17;
    reg  [15:0] s3_p9_18;
    reg  [15:0] s3_p9_19;
    reg  [15:0] s3_p9_20;
    reg  [15:0] s3_p9_21;
    reg  [15:0] s3_p9_22;
    reg  [15:0] s3_p9_23;
    reg  [15:0] s3_p9_24;
    reg  [15:0] s3_p9_25;
    reg  [15:0] s3_p9_26;
    reg  [15:0] s3_p9_27;
    reg  [15:0] s3_p9_28;
    reg  [15:0] s3_p9_29;
    reg  [15:0] s3_p9_30;
    reg  [15:0] s3_p9_31;
    reg  [15:0] s3_p12_0;
    reg  [15:0] s3_p12_1;
    reg  [15:0] s3_p12_2;
    reg  [15:0] s3_p12_3;
    reg  [15:0] s3_p12_4;
    reg  [15:0] s3_p12_5;
    reg  [15:0] s3_p12_6;
    reg  [15:0] s3_p12_7;
    reg  [15:0] s3_p12_8;
    reg  [15:0] s3_p12_9;
    reg  [15:0] s3_p12_10;
    reg  [15:0] s3_p12_11;
    reg  [15:0] s3_p12_12;
    reg  [15:0] s3_p12_13;
    reg  [15:0] s3_p12_14;
    reg  [15:0] s3_p12_15;
    reg  [15:0] s3_p12_16;
    reg  [15:0] s3_p12_17;
    reg  [15:0] s3_p12_18;
    reg  [15:0] s3_p12_19;
    reg  [15:0] s3_p12_20;
    reg  [15:0] s3_p12_21;
    reg  [15:0] s3_p12_22;
    reg  [15:0] s3_p12_23;
    reg  [15:0] s3_p12_24;
    reg  [15:0] s3_p12_25;
    reg  [15:0] s3_p12_26;
    reg  [15:0] s3_p12_27;
    reg  [15:0] s3_p12_28;
    reg  [15:0] s3_p12_29;
    reg  [15:0] s3_p12_30;
    reg  [15:0] s3_p12_31;
    reg  [511:0] s3_c1;
    reg  [511:0] s3_c0;
    reg  [544:0] s3_rs;
    reg  [9:0] s3_nl10;

    // Update code
    always @(*) begin
        s1_valid_d = s1_valid_q;
        s2_valid_d = s2_valid_q;
        s3_valid_d = s3_valid_q;
        s4_valid_d = s4_valid_q;
        s1_last_d = s1_last_q;
        s2_last_d = s2_last_q;
        s3_last_d = s3_last_q;
        s4_last_d = s4_last_q;
        s1_ok_d = s1_ok_q;
        s1_eq5_d = s1_eq5_q;
        s1_flag_d = s1_flag_q;
        s2_flag_d = s2_flag_q;
        s2_sel_d = s2_sel_q;
        s2_nl_d = s2_nl_q;
        s3_flag_d = s3_flag_q;
        s3_sel_d = s3_sel_q;
        s3_nl_d = s3_nl_q;
        s4_rec_d = s4_rec_q;
        s4_len_d = s4_len_q;
        s1_d_0_d = s1_d_0_q;
        s1_d_1_d = s1_d_1_q;
        s1_d_2_d = s1_d_2_q;
        s1_d_3_d = s1_d_3_q;
        s1_d_4_d = s1_d_4_q;
        s1_d_5_d = s1_d_5_q;
        s1_d_6_d = s1_d_6_q;
        s1_d_7_d = s1_d_7_q;
        s1_d_8_d = s1_d_8_q;
        s1_d_9_d = s1_d_9_q;
        s1_d_10_d = s1_d_10_q;
        s1_d_11_d = s1_d_11_q;
        s1_d_12_d = s1_d_12_q;
        s1_d_13_d = s1_d_13_q;
        s1_d_14_d = s1_d_14_q;
        s1_d_15_d = s1_d_15_q;
        s1_d_16_d = s1_d_16_q;
        s1_d_17_d = s1_d_17_q;
        s1_d_18_d = s1_d_18_q;
        s1_d_19_d = s1_d_19_q;
        s1_d_20_d = s1_d_20_q;
        s1_d_21_d = s1_d_21_q;
        s1_d_22_d = s1_d_22_q;
        s1_d_23_d = s1_d_23_q;
        s1_d_24_d = s1_d_24_q;
        s1_d_25_d = s1_d_25_q;
        s1_d_26_d = s1_d_26_q;
        s1_d_27_d = s1_d_27_q;
        s1_d_28_d = s1_d_28_q;
        s1_d_29_d = s1_d_29_q;
        s1_d_30_d = s1_d_30_q;
        s1_d_31_d = s1_d_31_q;
        s2_d_0_d = s2_d_0_q;
        s2_u_0_d = s2_u_0_q;
        s2_z_0_d = s2_z_0_q;
        s3_d_0_d = s3_d_0_q;
        s3_e_0_d = s3_e_0_q;
        s2_d_1_d = s2_d_1_q;
        s2_u_1_d = s2_u_1_q;
        s2_z_1_d = s2_z_1_q;
        s3_d_1_d = s3_d_1_q;
        s3_e_1_d = s3_e_1_q;
        s2_d_2_d = s2_d_2_q;
        s2_u_2_d = s2_u_2_q;
        s2_z_2_d = s2_z_2_q;
        s3_d_2_d = s3_d_2_q;
        s3_e_2_d = s3_e_2_q;
        s2_d_3_d = s2_d_3_q;
        s2_u_3_d = s2_u_3_q;
        s2_z_3_d = s2_z_3_q;
        s3_d_3_d = s3_d_3_q;
        s3_e_3_d = s3_e_3_q;
        s2_d_4_d = s2_d_4_q;
        s2_u_4_d = s2_u_4_q;
        s2_z_4_d = s2_z_4_q;
        s3_d_4_d = s3_d_4_q;
        s3_e_4_d = s3_e_4_q;
        s2_d_5_d = s2_d_5_q;
        s2_u_5_d = s2_u_5_q;
        s2_z_5_d = s2_z_5_q;
        s3_d_5_d = s3_d_5_q;
        s3_e_5_d = s3_e_5_q;
        s2_d_6_d = s2_d_6_q;
        s2_u_6_d = s2_u_6_q;
        s2_z_6_d = s2_z_6_q;
        s3_d_6_d = s3_d_6_q;
        s3_e_6_d = s3_e_6_q;
        s2_d_7_d = s2_d_7_q;
        s2_u_7_d = s2_u_7_q;
        s2_z_7_d = s2_z_7_q;
        s3_d_7_d = s3_d_7_q;
        s3_e_7_d = s3_e_7_q;
        s2_d_8_d = s2_d_8_q;
        s2_u_8_d = s2_u_8_q;
        s2_z_8_d = s2_z_8_q;
        s3_d_8_d = s3_d_8_q;
        s3_e_8_d = s3_e_8_q;
        s2_d_9_d = s2_d_9_q;
        s2_u_9_d = s2_u_9_q;
        s2_z_9_d = s2_z_9_q;
        s3_d_9_d = s3_d_9_q;
        s3_e_9_d = s3_e_9_q;
        s2_d_10_d = s2_d_10_q;
        s2_u_10_d = s2_u_10_q;
        s2_z_10_d = s2_z_10_q;
        s3_d_10_d = s3_d_10_q;
        s3_e_10_d = s3_e_10_q;
        s2_d_11_d = s2_d_11_q;
        s2_u_11_d = s2_u_11_q;
        s2_z_11_d = s2_z_11_q;
        s3_d_11_d = s3_d_11_q;
        s3_e_11_d = s3_e_11_q;
        s2_d_12_d = s2_d_12_q;
        s2_u_12_d = s2_u_12_q;
        s2_z_12_d = s2_z_12_q;
        s3_d_12_d = s3_d_12_q;
        s3_e_12_d = s3_e_12_q;
        s2_d_13_d = s2_d_13_q;
        s2_u_13_d = s2_u_13_q;
        s2_z_13_d = s2_z_13_q;
        s3_d_13_d = s3_d_13_q;
        s3_e_13_d = s3_e_13_q;
        s2_d_14_d = s2_d_14_q;
        s2_u_14_d = s2_u_14_q;
        s2_z_14_d = s2_z_14_q;
        s3_d_14_d = s3_d_14_q;
        s3_e_14_d = s3_e_14_q;
        s2_d_15_d = s2_d_15_q;
        s2_u_15_d = s2_u_15_q;
        s2_z_15_d = s2_z_15_q;
        s3_d_15_d = s3_d_15_q;
        s3_e_15_d = s3_e_15_q;
        s2_d_16_d = s2_d_16_q;
        s2_u_16_d = s2_u_16_q;
        s2_z_16_d = s2_z_16_q;
        s3_d_16_d = s3_d_16_q;
        s3_e_16_d = s3_e_16_q;
        s2_d_17_d = s2_d_17_q;
        s2_u_17_d = s2_u_17_q;
        s2_z_17_d = s2_z_17_q;
        s3_d_17_d = s3_d_17_q;
        s3_e_17_d = s3_e_17_q;
        s2_d_18_d = s2_d_18_q;
        s2_u_18_d = s2_u_18_q;
        s2_z_18_d = s2_z_18_q;
        s3_d_18_d = s3_d_18_q;
        s3_e_18_d = s3_e_18_q;
        s2_d_19_d = s2_d_19_q;
        s2_u_19_d = s2_u_19_q;
        s2_z_19_d = s2_z_19_q;
        s3_d_19_d = s3_d_19_q;
        s3_e_19_d = s3_e_19_q;
        s2_d_20_d = s2_d_20_q;
        s2_u_20_d = s2_u_20_q;
        s2_z_20_d = s2_z_20_q;
        s3_d_20_d = s3_d_20_q;
        s3_e_20_d = s3_e_20_q;
        s2_d_21_d = s2_d_21_q;
        s2_u_21_d = s2_u_21_q;
        s2_z_21_d = s2_z_21_q;
        s3_d_21_d = s3_d_21_q;
        s3_e_21_d = s3_e_21_q;
        s2_d_22_d = s2_d_22_q;
        s2_u_22_d = s2_u_22_q;
        s2_z_22_d = s2_z_22_q;
        s3_d_22_d = s3_d_22_q;
        s3_e_22_d = s3_e_22_q;
        s2_d_23_d = s2_d_23_q;
        s2_u_23_d = s2_u_23_q;
        s2_z_23_d = s2_z_23_q;
        s3_d_23_d = s3_d_23_q;
        s3_e_23_d = s3_e_23_q;
        s2_d_24_d = s2_d_24_q;
        s2_u_24_d = s2_u_24_q;
        s2_z_24_d = s2_z_24_q;
        s3_d_24_d = s3_d_24_q;
        s3_e_24_d = s3_e_24_q;
        s2_d_25_d = s2_d_25_q;
        s2_u_25_d = s2_u_25_q;
        s2_z_25_d = s2_z_25_q;
        s3_d_25_d = s3_d_25_q;
        s3_e_25_d = s3_e_25_q;
        s2_d_26_d = s2_d_26_q;
        s2_u_26_d = s2_u_26_q;
        s2_z_26_d = s2_z_26_q;
        s3_d_26_d = s3_d_26_q;
        s3_e_26_d = s3_e_26_q;
        s2_d_27_d = s2_d_27_q;
        s2_u_27_d = s2_u_27_q;
        s2_z_27_d = s2_z_27_q;
        s3_d_27_d = s3_d_27_q;
        s3_e_27_d = s3_e_27_q;
        s2_d_28_d = s2_d_28_q;
        s2_u_28_d = s2_u_28_q;
        s2_z_28_d = s2_z_28_q;
        s3_d_28_d = s3_d_28_q;
        s3_e_28_d = s3_e_28_q;
        s2_d_29_d = s2_d_29_q;
        s2_u_29_d = s2_u_29_q;
        s2_z_29_d = s2_z_29_q;
        s3_d_29_d = s3_d_29_q;
        s3_e_29_d = s3_e_29_q;
        s2_d_30_d = s2_d_30_q;
        s2_u_30_d = s2_u_30_q;
        s2_z_30_d = s2_z_30_q;
        s3_d_30_d = s3_d_30_q;
        s3_e_30_d = s3_e_30_q;
        s2_d_31_d = s2_d_31_q;
        s2_u_31_d = s2_u_31_q;
        s2_z_31_d = s2_z_31_q;
        s3_d_31_d = s3_d_31_q;
        s3_e_31_d = s3_e_31_q;
        en4 = ~s4_valid_q | m_axis_tready;
        en3 = ~s3_valid_q | en4;
        en2 = ~s2_valid_q | en3;
        en1 = ~s1_valid_q | en2;
        s_axis_tready = en1 & aresetn;
        m_axis_tvalid = s4_valid_q & aresetn;
        m_axis_tlast = s4_last_q;
        m_axis_tdata = ({{7{1'b0}}, s4_rec_q}) << 32'h7;
        m_axis_tuser = s4_len_q;
        s0_h2_0 = s_axis_tdata[(32'h100 * 0)+:(256)];
        s0_h2_1 = s_axis_tdata[(32'h100 * 1)+:(256)];
        s0_h4_0 = s0_h2_0[(32'h0)+:(128)];
        s0_h4_1 = s0_h2_0[(32'h80)+:(128)];
        s0_h4_2 = s0_h2_1[(32'h0)+:(128)];
        s0_h4_3 = s0_h2_1[(32'h80)+:(128)];
        s0_h8_0 = s0_h4_0[(32'h0)+:(64)];
        s0_h8_1 = s0_h4_0[(32'h40)+:(64)];
        s0_h8_2 = s0_h4_1[(32'h0)+:(64)];
        s0_h8_3 = s0_h4_1[(32'h40)+:(64)];
        s0_h8_4 = s0_h4_2[(32'h0)+:(64)];
        s0_h8_5 = s0_h4_2[(32'h40)+:(64)];
        s0_h8_6 = s0_h4_3[(32'h0)+:(64)];
        s0_h8_7 = s0_h4_3[(32'h40)+:(64)];
        s0_h16_0 = s0_h8_0[(32'h0)+:(32)];
        s0_h16_1 = s0_h8_0[(32'h20)+:(32)];
        s0_h16_2 = s0_h8_1[(32'h0)+:(32)];
        s0_h16_3 = s0_h8_1[(32'h20)+:(32)];
        s0_h16_4 = s0_h8_2[(32'h0)+:(32)];
        s0_h16_5 = s0_h8_2[(32'h20)+:(32)];
        s0_h16_6 = s0_h8_3[(32'h0)+:(32)];
        s0_h16_7 = s0_h8_3[(32'h20)+:(32)];
        s0_h16_8 = s0_h8_4[(32'h0)+:(32)];
        s0_h16_9 = s0_h8_4[(32'h20)+:(32)];
        s0_h16_10 = s0_h8_5[(32'h0)+:(32)];
        s0_h16_11 = s0_h8_5[(32'h20)+:(32)];
        s0_h16_12 = s0_h8_6[(32'h0)+:(32)];
        s0_h16_13 = s0_h8_6[(32'h20)+:(32)];
        s0_h16_14 = s0_h8_7[(32'h0)+:(32)];
        s0_h16_15 = s0_h8_7[(32'h20)+:(32)];
        s0_x_0 = s0_h16_0 & k_lo16;
        s0_x_1 = s0_h16_0 >> 32'h10;
        s0_x_2 = s0_h16_1 & k_lo16;
        s0_x_3 = s0_h16_1 >> 32'h10;
        s0_x_4 = s0_h16_2 & k_lo16;
        s0_x_5 = s0_h16_2 >> 32'h10;
        s0_x_6 = s0_h16_3 & k_lo16;
        s0_x_7 = s0_h16_3 >> 32'h10;
        s0_x_8 = s0_h16_4 & k_lo16;
        s0_x_9 = s0_h16_4 >> 32'h10;
        s0_x_10 = s0_h16_5 & k_lo16;
        s0_x_11 = s0_h16_5 >> 32'h10;
        s0_x_12 = s0_h16_6 & k_lo16;
        s0_x_13 = s0_h16_6 >> 32'h10;
        s0_x_14 = s0_h16_7 & k_lo16;
        s0_x_15 = s0_h16_7 >> 32'h10;
        s0_x_16 = s0_h16_8 & k_lo16;
        s0_x_17 = s0_h16_8 >> 32'h10;
        s0_x_18 = s0_h16_9 & k_lo16;
        s0_x_19 = s0_h16_9 >> 32'h10;
        s0_x_20 = s0_h16_10 & k_lo16;
        s0_x_21 = s0_h16_10 >> 32'h10;
        s0_x_22 = s0_h16_11 & k_lo16;
        s0_x_23 = s0_h16_11 >> 32'h10;
        s0_x_24 = s0_h16_12 & k_lo16;
        s0_x_25 = s0_h16_12 >> 32'h10;
        s0_x_26 = s0_h16_13 & k_lo16;
        s0_x_27 = s0_h16_13 >> 32'h10;
        s0_x_28 = s0_h16_14 & k_lo16;
        s0_x_29 = s0_h16_14 >> 32'h10;
        s0_x_30 = s0_h16_15 & k_lo16;
        s0_x_31 = s0_h16_15 >> 32'h10;
        s0_t_0 = s0_x_0;
        s0_t_1 = s0_x_0 ^ s0_x_1;
        s0_t_2 = s0_x_1 ^ s0_x_2;
        s0_t_3 = s0_x_2 ^ s0_x_3;
        s0_t_4 = s0_x_3 ^ s0_x_4;
        s0_t_5 = s0_x_4 ^ s0_x_5;
        s0_t_6 = s0_x_5 ^ s0_x_6;
        s0_t_7 = s0_x_6 ^ s0_x_7;
        s0_t_8 = s0_x_7 ^ s0_x_8;
        s0_t_9 = s0_x_8 ^ s0_x_9;
        s0_t_10 = s0_x_9 ^ s0_x_10;
        s0_t_11 = s0_x_10 ^ s0_x_11;
        s0_t_12 = s0_x_11 ^ s0_x_12;
        s0_t_13 = s0_x_12 ^ s0_x_13;
        s0_t_14 = s0_x_13 ^ s0_x_14;
        s0_t_15 = s0_x_14 ^ s0_x_15;
        s0_t_16 = s0_x_15 ^ s0_x_16;
        s0_t_17 = s0_x_16 ^ s0_x_17;
        s0_t_18 = s0_x_17 ^ s0_x_18;
        s0_t_19 = s0_x_18 ^ s0_x_19;
        s0_t_20 = s0_x_19 ^ s0_x_20;
        s0_t_21 = s0_x_20 ^ s0_x_21;
        s0_t_22 = s0_x_21 ^ s0_x_22;
        s0_t_23 = s0_x_22 ^ s0_x_23;
        s0_t_24 = s0_x_23 ^ s0_x_24;
        s0_t_25 = s0_x_24 ^ s0_x_25;
        s0_t_26 = s0_x_25 ^ s0_x_26;
        s0_t_27 = s0_x_26 ^ s0_x_27;
        s0_t_28 = s0_x_27 ^ s0_x_28;
        s0_t_29 = s0_x_28 ^ s0_x_29;
        s0_t_30 = s0_x_29 ^ s0_x_30;
        s0_t_31 = s0_x_30 ^ s0_x_31;
        if (s0_t_0[32'hf]) begin
            s0_d_0 = s0_t_0 ^ k_not;
        end
        else begin
            s0_d_0 = s0_t_0;
        end
        s0_okb_0 = (s0_d_0[32'he] == s0_d_0[32'hf]) & ~|s0_d_0[(32'h0)+:(3)];
        s0_eq5b_0 = &s0_d_0[(32'hb)+:(5)] | ~|s0_d_0[(32'hb)+:(5)];
        if (s0_t_1[32'hf]) begin
            s0_d_1 = s0_t_1 ^ k_not;
        end
        else begin
            s0_d_1 = s0_t_1;
        end
        s0_okb_1 = (s0_d_1[32'he] == s0_d_1[32'hf]) & ~|s0_d_1[(32'h0)+:(3)];
        s0_eq5b_1 = &s0_d_1[(32'hb)+:(5)] | ~|s0_d_1[(32'hb)+:(5)];
        if (s0_t_2[32'hf]) begin
            s0_d_2 = s0_t_2 ^ k_not;
        end
        else begin
            s0_d_2 = s0_t_2;
        end
        s0_okb_2 = (s0_d_2[32'he] == s0_d_2[32'hf]) & ~|s0_d_2[(32'h0)+:(3)];
        s0_eq5b_2 = &s0_d_2[(32'hb)+:(5)] | ~|s0_d_2[(32'hb)+:(5)];
        if (s0_t_3[32'hf]) begin
            s0_d_3 = s0_t_3 ^ k_not;
        end
        else begin
            s0_d_3 = s0_t_3;
        end
        s0_okb_3 = (s0_d_3[32'he] == s0_d_3[32'hf]) & ~|s0_d_3[(32'h0)+:(3)];
        s0_eq5b_3 = &s0_d_3[(32'hb)+:(5)] | ~|s0_d_3[(32'hb)+:(5)];
        if (s0_t_4[32'hf]) begin
            s0_d_4 = s0_t_4 ^ k_not;
        end
        else begin
            s0_d_4 = s0_t_4;
        end
        s0_okb_4 = (s0_d_4[32'he] == s0_d_4[32'hf]) & ~|s0_d_4[(32'h0)+:(3)];
        s0_eq5b_4 = &s0_d_4[(32'hb)+:(5)] | ~|s0_d_4[(32'hb)+:(5)];
        if (s0_t_5[32'hf]) begin
            s0_d_5 = s0_t_5 ^ k_not;
        end
        else begin
            s0_d_5 = s0_t_5;
        end
        s0_okb_5 = (s0_d_5[32'he] == s0_d_5[32'hf]) & ~|s0_d_5[(32'h0)+:(3)];
        s0_eq5b_5 = &s0_d_5[(32'hb)+:(5)] | ~|s0_d_5[(32'hb)+:(5)];
        if (s0_t_6[32'hf]) begin
            s0_d_6 = s0_t_6 ^ k_not;
        end
        else begin
            s0_d_6 = s0_t_6;
        end
        s0_okb_6 = (s0_d_6[32'he] == s0_d_6[32'hf]) & ~|s0_d_6[(32'h0)+:(3)];
        s0_eq5b_6 = &s0_d_6[(32'hb)+:(5)] | ~|s0_d_6[(32'hb)+:(5)];
        if (s0_t_7[32'hf]) begin
            s0_d_7 = s0_t_7 ^ k_not;
        end
        else begin
            s0_d_7 = s0_t_7;
        end
        s0_okb_7 = (s0_d_7[32'he] == s0_d_7[32'hf]) & ~|s0_d_7[(32'h0)+:(3)];
        s0_eq5b_7 = &s0_d_7[(32'hb)+:(5)] | ~|s0_d_7[(32'hb)+:(5)];
        if (s0_t_8[32'hf]) begin
            s0_d_8 = s0_t_8 ^ k_not;
        end
        else begin
            s0_d_8 = s0_t_8;
        end
        s0_okb_8 = (s0_d_8[32'he] == s0_d_8[32'hf]) & ~|s0_d_8[(32'h0)+:(3)];
        s0_eq5b_8 = &s0_d_8[(32'hb)+:(5)] | ~|s0_d_8[(32'hb)+:(5)];
        if (s0_t_9[32'hf]) begin
            s0_d_9 = s0_t_9 ^ k_not;
        end
        else begin
            s0_d_9 = s0_t_9;
        end
        s0_okb_9 = (s0_d_9[32'he] == s0_d_9[32'hf]) & ~|s0_d_9[(32'h0)+:(3)];
        s0_eq5b_9 = &s0_d_9[(32'hb)+:(5)] | ~|s0_d_9[(32'hb)+:(5)];
        if (s0_t_10[32'hf]) begin
            s0_d_10 = s0_t_10 ^ k_not;
        end
        else begin
            s0_d_10 = s0_t_10;
        end
        s0_okb_10 = (s0_d_10[32'he] == s0_d_10[32'hf]) & ~|s0_d_10[(32'h0)+:(3)];
        s0_eq5b_10 = &s0_d_10[(32'hb)+:(5)] | ~|s0_d_10[(32'hb)+:(5)];
        if (s0_t_11[32'hf]) begin
            s0_d_11 = s0_t_11 ^ k_not;
        end
        else begin
            s0_d_11 = s0_t_11;
        end
        s0_okb_11 = (s0_d_11[32'he] == s0_d_11[32'hf]) & ~|s0_d_11[(32'h0)+:(3)];
        s0_eq5b_11 = &s0_d_11[(32'hb)+:(5)] | ~|s0_d_11[(32'hb)+:(5)];
        if (s0_t_12[32'hf]) begin
            s0_d_12 = s0_t_12 ^ k_not;
        end
        else begin
            s0_d_12 = s0_t_12;
        end
        s0_okb_12 = (s0_d_12[32'he] == s0_d_12[32'hf]) & ~|s0_d_12[(32'h0)+:(3)];
        s0_eq5b_12 = &s0_d_12[(32'hb)+:(5)] | ~|s0_d_12[(32'hb)+:(5)];
        if (s0_t_13[32'hf]) begin
            s0_d_13 = s0_t_13 ^ k_not;
        end
        else begin
            s0_d_13 = s0_t_13;
        end
        s0_okb_13 = (s0_d_13[32'he] == s0_d_13[32'hf]) & ~|s0_d_13[(32'h0)+:(3)];
        s0_eq5b_13 = &s0_d_13[(32'hb)+:(5)] | ~|s0_d_13[(32'hb)+:(5)];
        if (s0_t_14[32'hf]) begin
            s0_d_14 = s0_t_14 ^ k_not;
        end
        else begin
            s0_d_14 = s0_t_14;
        end
        s0_okb_14 = (s0_d_14[32'he] == s0_d_14[32'hf]) & ~|s0_d_14[(32'h0)+:(3)];
        s0_eq5b_14 = &s0_d_14[(32'hb)+:(5)] | ~|s0_d_14[(32'hb)+:(5)];
        if (s0_t_15[32'hf]) begin
            s0_d_15 = s0_t_15 ^ k_not;
        end
        else begin
            s0_d_15 = s0_t_15;
        end
        s0_okb_15 = (s0_d_15[32'he] == s0_d_15[32'hf]) & ~|s0_d_15[(32'h0)+:(3)];
        s0_eq5b_15 = &s0_d_15[(32'hb)+:(5)] | ~|s0_d_15[(32'hb)+:(5)];
        if (s0_t_16[32'hf]) begin
            s0_d_16 = s0_t_16 ^ k_not;
        end
        else begin
            s0_d_16 = s0_t_16;
        end
        s0_okb_16 = (s0_d_16[32'he] == s0_d_16[32'hf]) & ~|s0_d_16[(32'h0)+:(3)];
        s0_eq5b_16 = &s0_d_16[(32'hb)+:(5)] | ~|s0_d_16[(32'hb)+:(5)];
        if (s0_t_17[32'hf]) begin
            s0_d_17 = s0_t_17 ^ k_not;
        end
        else begin
            s0_d_17 = s0_t_17;
        end
        s0_okb_17 = (s0_d_17[32'he] == s0_d_17[32'hf]) & ~|s0_d_17[(32'h0)+:(3)];
        s0_eq5b_17 = &s0_d_17[(32'hb)+:(5)] | ~|s0_d_17[(32'hb)+:(5)];
        if (s0_t_18[32'hf]) begin
            s0_d_18 = s0_t_18 ^ k_not;
        end
        else begin
            s0_d_18 = s0_t_18;
        end
        s0_okb_18 = (s0_d_18[32'he] == s0_d_18[32'hf]) & ~|s0_d_18[(32'h0)+:(3)];
        s0_eq5b_18 = &s0_d_18[(32'hb)+:(5)] | ~|s0_d_18[(32'hb)+:(5)];
        if (s0_t_19[32'hf]) begin
            s0_d_19 = s0_t_19 ^ k_not;
        end
        else begin
            s0_d_19 = s0_t_19;
        end
        s0_okb_19 = (s0_d_19[32'he] == s0_d_19[32'hf]) & ~|s0_d_19[(32'h0)+:(3)];
        s0_eq5b_19 = &s0_d_19[(32'hb)+:(5)] | ~|s0_d_19[(32'hb)+:(5)];
        if (s0_t_20[32'hf]) begin
            s0_d_20 = s0_t_20 ^ k_not;
        end
        else begin
            s0_d_20 = s0_t_20;
        end
        s0_okb_20 = (s0_d_20[32'he] == s0_d_20[32'hf]) & ~|s0_d_20[(32'h0)+:(3)];
        s0_eq5b_20 = &s0_d_20[(32'hb)+:(5)] | ~|s0_d_20[(32'hb)+:(5)];
        if (s0_t_21[32'hf]) begin
            s0_d_21 = s0_t_21 ^ k_not;
        end
        else begin
            s0_d_21 = s0_t_21;
        end
        s0_okb_21 = (s0_d_21[32'he] == s0_d_21[32'hf]) & ~|s0_d_21[(32'h0)+:(3)];
        s0_eq5b_21 = &s0_d_21[(32'hb)+:(5)] | ~|s0_d_21[(32'hb)+:(5)];
        if (s0_t_22[32'hf]) begin
            s0_d_22 = s0_t_22 ^ k_not;
        end
        else begin
            s0_d_22 = s0_t_22;
        end
        s0_okb_22 = (s0_d_22[32'he] == s0_d_22[32'hf]) & ~|s0_d_22[(32'h0)+:(3)];
        s0_eq5b_22 = &s0_d_22[(32'hb)+:(5)] | ~|s0_d_22[(32'hb)+:(5)];
        if (s0_t_23[32'hf]) begin
            s0_d_23 = s0_t_23 ^ k_not;
        end
        else begin
            s0_d_23 = s0_t_23;
        end
        s0_okb_23 = (s0_d_23[32'he] == s0_d_23[32'hf]) & ~|s0_d_23[(32'h0)+:(3)];
        s0_eq5b_23 = &s0_d_23[(32'hb)+:(5)] | ~|s0_d_23[(32'hb)+:(5)];
        if (s0_t_24[32'hf]) begin
            s0_d_24 = s0_t_24 ^ k_not;
        end
        else begin
            s0_d_24 = s0_t_24;
        end
        s0_okb_24 = (s0_d_24[32'he] == s0_d_24[32'hf]) & ~|s0_d_24[(32'h0)+:(3)];
        s0_eq5b_24 = &s0_d_24[(32'hb)+:(5)] | ~|s0_d_24[(32'hb)+:(5)];
        if (s0_t_25[32'hf]) begin
            s0_d_25 = s0_t_25 ^ k_not;
        end
        else begin
            s0_d_25 = s0_t_25;
        end
        s0_okb_25 = (s0_d_25[32'he] == s0_d_25[32'hf]) & ~|s0_d_25[(32'h0)+:(3)];
        s0_eq5b_25 = &s0_d_25[(32'hb)+:(5)] | ~|s0_d_25[(32'hb)+:(5)];
        if (s0_t_26[32'hf]) begin
            s0_d_26 = s0_t_26 ^ k_not;
        end
        else begin
            s0_d_26 = s0_t_26;
        end
        s0_okb_26 = (s0_d_26[32'he] == s0_d_26[32'hf]) & ~|s0_d_26[(32'h0)+:(3)];
        s0_eq5b_26 = &s0_d_26[(32'hb)+:(5)] | ~|s0_d_26[(32'hb)+:(5)];
        if (s0_t_27[32'hf]) begin
            s0_d_27 = s0_t_27 ^ k_not;
        end
        else begin
            s0_d_27 = s0_t_27;
        end
        s0_okb_27 = (s0_d_27[32'he] == s0_d_27[32'hf]) & ~|s0_d_27[(32'h0)+:(3)];
        s0_eq5b_27 = &s0_d_27[(32'hb)+:(5)] | ~|s0_d_27[(32'hb)+:(5)];
        if (s0_t_28[32'hf]) begin
            s0_d_28 = s0_t_28 ^ k_not;
        end
        else begin
            s0_d_28 = s0_t_28;
        end
        s0_okb_28 = (s0_d_28[32'he] == s0_d_28[32'hf]) & ~|s0_d_28[(32'h0)+:(3)];
        s0_eq5b_28 = &s0_d_28[(32'hb)+:(5)] | ~|s0_d_28[(32'hb)+:(5)];
        if (s0_t_29[32'hf]) begin
            s0_d_29 = s0_t_29 ^ k_not;
        end
        else begin
            s0_d_29 = s0_t_29;
        end
        s0_okb_29 = (s0_d_29[32'he] == s0_d_29[32'hf]) & ~|s0_d_29[(32'h0)+:(3)];
        s0_eq5b_29 = &s0_d_29[(32'hb)+:(5)] | ~|s0_d_29[(32'hb)+:(5)];
        if (s0_t_30[32'hf]) begin
            s0_d_30 = s0_t_30 ^ k_not;
        end
        else begin
            s0_d_30 = s0_t_30;
        end
        s0_okb_30 = (s0_d_30[32'he] == s0_d_30[32'hf]) & ~|s0_d_30[(32'h0)+:(3)];
        s0_eq5b_30 = &s0_d_30[(32'hb)+:(5)] | ~|s0_d_30[(32'hb)+:(5)];
        if (s0_t_31[32'hf]) begin
            s0_d_31 = s0_t_31 ^ k_not;
        end
        else begin
            s0_d_31 = s0_t_31;
        end
        s0_okb_31 = (s0_d_31[32'he] == s0_d_31[32'hf]) & ~|s0_d_31[(32'h0)+:(3)];
        s0_eq5b_31 = &s0_d_31[(32'hb)+:(5)] | ~|s0_d_31[(32'hb)+:(5)];
        s0_ok_pair_0 = ((k_zero2 & ~(1 << (32'h0)) | ((s0_okb_0) << (32'h0))) & ~(1 << (32'h1)) | ((s0_okb_1) << (32'h1)));
        s0_ok_pair_1 = ((k_zero2 & ~(1 << (32'h0)) | ((s0_okb_2) << (32'h0))) & ~(1 << (32'h1)) | ((s0_okb_3) << (32'h1)));
        s0_ok_pair_2 = ((k_zero2 & ~(1 << (32'h0)) | ((s0_okb_4) << (32'h0))) & ~(1 << (32'h1)) | ((s0_okb_5) << (32'h1)));
        s0_ok_pair_3 = ((k_zero2 & ~(1 << (32'h0)) | ((s0_okb_6) << (32'h0))) & ~(1 << (32'h1)) | ((s0_okb_7) << (32'h1)));
        s0_ok_pair_4 = ((k_zero2 & ~(1 << (32'h0)) | ((s0_okb_8) << (32'h0))) & ~(1 << (32'h1)) | ((s0_okb_9) << (32'h1)));
        s0_ok_pair_5 = ((k_zero2 & ~(1 << (32'h0)) | ((s0_okb_10) << (32'h0))) & ~(1 << (32'h1)) | ((s0_okb_11) << (32'h1)));
        s0_ok_pair_6 = ((k_zero2 & ~(1 << (32'h0)) | ((s0_okb_12) << (32'h0))) & ~(1 << (32'h1)) | ((s0_okb_13) << (32'h1)));
        s0_ok_pair_7 = ((k_zero2 & ~(1 << (32'h0)) | ((s0_okb_14) << (32'h0))) & ~(1 << (32'h1)) | ((s0_okb_15) << (32'h1)));
        s0_ok_pair_8 = ((k_zero2 & ~(1 << (32'h0)) | ((s0_okb_16) << (32'h0))) & ~(1 << (32'h1)) | ((s0_okb_17) << (32'h1)));
        s0_ok_pair_9 = ((k_zero2 & ~(1 << (32'h0)) | ((s0_okb_18) << (32'h0))) & ~(1 << (32'h1)) | ((s0_okb_19) << (32'h1)));
        s0_ok_pair_10 = ((k_zero2 & ~(1 << (32'h0)) | ((s0_okb_20) << (32'h0))) & ~(1 << (32'h1)) | ((s0_okb_21) << (32'h1)));
        s0_ok_pair_11 = ((k_zero2 & ~(1 << (32'h0)) | ((s0_okb_22) << (32'h0))) & ~(1 << (32'h1)) | ((s0_okb_23) << (32'h1)));
        s0_ok_pair_12 = ((k_zero2 & ~(1 << (32'h0)) | ((s0_okb_24) << (32'h0))) & ~(1 << (32'h1)) | ((s0_okb_25) << (32'h1)));
        s0_ok_pair_13 = ((k_zero2 & ~(1 << (32'h0)) | ((s0_okb_26) << (32'h0))) & ~(1 << (32'h1)) | ((s0_okb_27) << (32'h1)));
        s0_ok_pair_14 = ((k_zero2 & ~(1 << (32'h0)) | ((s0_okb_28) << (32'h0))) & ~(1 << (32'h1)) | ((s0_okb_29) << (32'h1)));
        s0_ok_pair_15 = ((k_zero2 & ~(1 << (32'h0)) | ((s0_okb_30) << (32'h0))) & ~(1 << (32'h1)) | ((s0_okb_31) << (32'h1)));
        s0_ok = (({{30{1'b0}}, s0_ok_pair_15}) << 32'h1e)
            | (({{30{1'b0}}, s0_ok_pair_14}) << 32'h1c)
            | (({{30{1'b0}}, s0_ok_pair_13}) << 32'h1a)
            | (({{30{1'b0}}, s0_ok_pair_12}) << 32'h18)
            | (({{30{1'b0}}, s0_ok_pair_11}) << 32'h16)
            | (({{30{1'b0}}, s0_ok_pair_10}) << 32'h14)
            | (({{30{1'b0}}, s0_ok_pair_9}) << 32'h12)
            | (({{30{1'b0}}, s0_ok_pair_8}) << 32'h10)
            | (({{30{1'b0}}, s0_ok_pair_7}) << 32'he)
            | (({{30{1'b0}}, s0_ok_pair_6}) << 32'hc)
            | (({{30{1'b0}}, s0_ok_pair_5}) << 32'ha)
            | (({{30{1'b0}}, s0_ok_pair_4}) << 32'h8)
            | (({{30{1'b0}}, s0_ok_pair_3}) << 32'h6)
            | (({{30{1'b0}}, s0_ok_pair_2}) << 32'h4)
            | (({{30{1'b0}}, s0_ok_pair_1}) << 32'h2)
            | ({{30{1'b0}}, s0_ok_pair_0});
        s0_flag = &s0_ok;
        s0_eq5_pair_0 = ((k_zero2 & ~(1 << (32'h0)) | ((s0_eq5b_0) << (32'h0))) & ~(1 << (32'h1)) | ((s0_eq5b_1) << (32'h1)));
        s0_eq5_pair_1 = ((k_zero2 & ~(1 << (32'h0)) | ((s0_eq5b_2) << (32'h0))) & ~(1 << (32'h1)) | ((s0_eq5b_3) << (32'h1)));
        s0_eq5_pair_2 = ((k_zero2 & ~(1 << (32'h0)) | ((s0_eq5b_4) << (32'h0))) & ~(1 << (32'h1)) | ((s0_eq5b_5) << (32'h1)));
        s0_eq5_pair_3 = ((k_zero2 & ~(1 << (32'h0)) | ((s0_eq5b_6) << (32'h0))) & ~(1 << (32'h1)) | ((s0_eq5b_7) << (32'h1)));
        s0_eq5_pair_4 = ((k_zero2 & ~(1 << (32'h0)) | ((s0_eq5b_8) << (32'h0))) & ~(1 << (32'h1)) | ((s0_eq5b_9) << (32'h1)));
        s0_eq5_pair_5 = ((k_zero2 & ~(1 << (32'h0)) | ((s0_eq5b_10) << (32'h0))) & ~(1 << (32'h1)) | ((s0_eq5b_11) << (32'h1)));
        s0_eq5_pair_6 = ((k_zero2 & ~(1 << (32'h0)) | ((s0_eq5b_12) << (32'h0))) & ~(1 << (32'h1)) | ((s0_eq5b_13) << (32'h1)));
        s0_eq5_pair_7 = ((k_zero2 & ~(1 << (32'h0)) | ((s0_eq5b_14) << (32'h0))) & ~(1 << (32'h1)) | ((s0_eq5b_15) << (32'h1)));
        s0_eq5_pair_8 = ((k_zero2 & ~(1 << (32'h0)) | ((s0_eq5b_16) << (32'h0))) & ~(1 << (32'h1)) | ((s0_eq5b_17) << (32'h1)));
        s0_eq5_pair_9 = ((k_zero2 & ~(1 << (32'h0)) | ((s0_eq5b_18) << (32'h0))) & ~(1 << (32'h1)) | ((s0_eq5b_19) << (32'h1)));
        s0_eq5_pair_10 = ((k_zero2 & ~(1 << (32'h0)) | ((s0_eq5b_20) << (32'h0))) & ~(1 << (32'h1)) | ((s0_eq5b_21) << (32'h1)));
        s0_eq5_pair_11 = ((k_zero2 & ~(1 << (32'h0)) | ((s0_eq5b_22) << (32'h0))) & ~(1 << (32'h1)) | ((s0_eq5b_23) << (32'h1)));
        s0_eq5_pair_12 = ((k_zero2 & ~(1 << (32'h0)) | ((s0_eq5b_24) << (32'h0))) & ~(1 << (32'h1)) | ((s0_eq5b_25) << (32'h1)));
        s0_eq5_pair_13 = ((k_zero2 & ~(1 << (32'h0)) | ((s0_eq5b_26) << (32'h0))) & ~(1 << (32'h1)) | ((s0_eq5b_27) << (32'h1)));
        s0_eq5_pair_14 = ((k_zero2 & ~(1 << (32'h0)) | ((s0_eq5b_28) << (32'h0))) & ~(1 << (32'h1)) | ((s0_eq5b_29) << (32'h1)));
        s0_eq5_pair_15 = ((k_zero2 & ~(1 << (32'h0)) | ((s0_eq5b_30) << (32'h0))) & ~(1 << (32'h1)) | ((s0_eq5b_31) << (32'h1)));
        s0_eq5 = (({{30{1'b0}}, s0_eq5_pair_15}) << 32'h1e)
            | (({{30{1'b0}}, s0_eq5_pair_14}) << 32'h1c)
            | (({{30{1'b0}}, s0_eq5_pair_13}) << 32'h1a)
            | (({{30{1'b0}}, s0_eq5_pair_12}) << 32'h18)
            | (({{30{1'b0}}, s0_eq5_pair_11}) << 32'h16)
            | (({{30{1'b0}}, s0_eq5_pair_10}) << 32'h14)
            | (({{30{1'b0}}, s0_eq5_pair_9}) << 32'h12)
            | (({{30{1'b0}}, s0_eq5_pair_8}) << 32'h10)
            | (({{30{1'b0}}, s0_eq5_pair_7}) << 32'he)
            | (({{30{1'b0}}, s0_eq5_pair_6}) << 32'hc)
            | (({{30{1'b0}}, s0_eq5_pair_5}) << 32'ha)
            | (({{30{1'b0}}, s0_eq5_pair_4}) << 32'h8)
            | (({{30{1'b0}}, s0_eq5_pair_3}) << 32'h6)
            | (({{30{1'b0}}, s0_eq5_pair_2}) << 32'h4)
            | (({{30{1'b0}}, s0_eq5_pair_1}) << 32'h2)
            | ({{30{1'b0}}, s0_eq5_pair_0});
        if (en1) begin
            s1_valid_d = s_axis_tvalid & aresetn;
            s1_last_d = s_axis_tlast;
            s1_ok_d = s0_ok;
            s1_eq5_d = s0_eq5;
            s1_flag_d = s0_flag;
            s1_d_0_d = s0_d_0;
            s1_d_1_d = s0_d_1;
            s1_d_2_d = s0_d_2;
            s1_d_3_d = s0_d_3;
            s1_d_4_d = s0_d_4;
            s1_d_5_d = s0_d_5;
            s1_d_6_d = s0_d_6;
            s1_d_7_d = s0_d_7;
            s1_d_8_d = s0_d_8;
            s1_d_9_d = s0_d_9;
            s1_d_10_d = s0_d_10;
            s1_d_11_d = s0_d_11;
            s1_d_12_d = s0_d_12;
            s1_d_13_d = s0_d_13;
            s1_d_14_d = s0_d_14;
            s1_d_15_d = s0_d_15;
            s1_d_16_d = s0_d_16;
            s1_d_17_d = s0_d_17;
            s1_d_18_d = s0_d_18;
            s1_d_19_d = s0_d_19;
            s1_d_20_d = s0_d_20;
            s1_d_21_d = s0_d_21;
            s1_d_22_d = s0_d_22;
            s1_d_23_d = s0_d_23;
            s1_d_24_d = s0_d_24;
            s1_d_25_d = s0_d_25;
            s1_d_26_d = s0_d_26;
            s1_d_27_d = s0_d_27;
            s1_d_28_d = s0_d_28;
            s1_d_29_d = s0_d_29;
            s1_d_30_d = s0_d_30;
            s1_d_31_d = s0_d_31;
        end
        if (s1_flag_q) begin
            s1_selb_0 = s1_eq5_q[0];
            s1_u_0 = (s1_d_0_q >> 32'ha) & k_u1;
        end
        else begin
            s1_selb_0 = s1_ok_q[0];
            s1_u_0 = ((s1_d_0_q >> 32'hb) & k_b3) | (s1_d_0_q & k_u0);
        end
        if (s1_selb_0) begin
            pc0_0 = k_one6;
        end
        else begin
            pc0_0 = k_zero6;
        end
        if (s1_flag_q) begin
            s1_selb_1 = s1_eq5_q[1];
            s1_u_1 = (s1_d_1_q >> 32'ha) & k_u1;
        end
        else begin
            s1_selb_1 = s1_ok_q[1];
            s1_u_1 = ((s1_d_1_q >> 32'hb) & k_b3) | (s1_d_1_q & k_u0);
        end
        if (s1_selb_1) begin
            pc0_1 = k_one6;
        end
        else begin
            pc0_1 = k_zero6;
        end
        if (s1_flag_q) begin
            s1_selb_2 = s1_eq5_q[2];
            s1_u_2 = (s1_d_2_q >> 32'ha) & k_u1;
        end
        else begin
            s1_selb_2 = s1_ok_q[2];
            s1_u_2 = ((s1_d_2_q >> 32'hb) & k_b3) | (s1_d_2_q & k_u0);
        end
        if (s1_selb_2) begin
            pc0_2 = k_one6;
        end
        else begin
            pc0_2 = k_zero6;
        end
        if (s1_flag_q) begin
            s1_selb_3 = s1_eq5_q[3];
            s1_u_3 = (s1_d_3_q >> 32'ha) & k_u1;
        end
        else begin
            s1_selb_3 = s1_ok_q[3];
            s1_u_3 = ((s1_d_3_q >> 32'hb) & k_b3) | (s1_d_3_q & k_u0);
        end
        if (s1_selb_3) begin
            pc0_3 = k_one6;
        end
        else begin
            pc0_3 = k_zero6;
        end
        if (s1_flag_q) begin
            s1_selb_4 = s1_eq5_q[4];
            s1_u_4 = (s1_d_4_q >> 32'ha) & k_u1;
        end
        else begin
            s1_selb_4 = s1_ok_q[4];
            s1_u_4 = ((s1_d_4_q >> 32'hb) & k_b3) | (s1_d_4_q & k_u0);
        end
        if (s1_selb_4) begin
            pc0_4 = k_one6;
        end
        else begin
            pc0_4 = k_zero6;
        end
        if (s1_flag_q) begin
            s1_selb_5 = s1_eq5_q[5];
            s1_u_5 = (s1_d_5_q >> 32'ha) & k_u1;
        end
        else begin
            s1_selb_5 = s1_ok_q[5];
            s1_u_5 = ((s1_d_5_q >> 32'hb) & k_b3) | (s1_d_5_q & k_u0);
        end
        if (s1_selb_5) begin
            pc0_5 = k_one6;
        end
        else begin
            pc0_5 = k_zero6;
        end
        if (s1_flag_q) begin
            s1_selb_6 = s1_eq5_q[6];
            s1_u_6 = (s1_d_6_q >> 32'ha) & k_u1;
        end
        else begin
            s1_selb_6 = s1_ok_q[6];
            s1_u_6 = ((s1_d_6_q >> 32'hb) & k_b3) | (s1_d_6_q & k_u0);
        end
        if (s1_selb_6) begin
            pc0_6 = k_one6;
        end
        else begin
            pc0_6 = k_zero6;
        end
        if (s1_flag_q) begin
            s1_selb_7 = s1_eq5_q[7];
            s1_u_7 = (s1_d_7_q >> 32'ha) & k_u1;
        end
        else begin
            s1_selb_7 = s1_ok_q[7];
            s1_u_7 = ((s1_d_7_q >> 32'hb) & k_b3) | (s1_d_7_q & k_u0);
        end
        if (s1_selb_7) begin
            pc0_7 = k_one6;
        end
        else begin
            pc0_7 = k_zero6;
        end
        if (s1_flag_q) begin
            s1_selb_8 = s1_eq5_q[8];
            s1_u_8 = (s1_d_8_q >> 32'ha) & k_u1;
        end
        else begin
            s1_selb_8 = s1_ok_q[8];
            s1_u_8 = ((s1_d_8_q >> 32'hb) & k_b3) | (s1_d_8_q & k_u0);
        end
        if (s1_selb_8) begin
            pc0_8 = k_one6;
        end
        else begin
            pc0_8 = k_zero6;
        end
        if (s1_flag_q) begin
            s1_selb_9 = s1_eq5_q[9];
            s1_u_9 = (s1_d_9_q >> 32'ha) & k_u1;
        end
        else begin
            s1_selb_9 = s1_ok_q[9];
            s1_u_9 = ((s1_d_9_q >> 32'hb) & k_b3) | (s1_d_9_q & k_u0);
        end
        if (s1_selb_9) begin
            pc0_9 = k_one6;
        end
        else begin
            pc0_9 = k_zero6;
        end
        if (s1_flag_q) begin
            s1_selb_10 = s1_eq5_q[10];
            s1_u_10 = (s1_d_10_q >> 32'ha) & k_u1;
        end
        else begin
            s1_selb_10 = s1_ok_q[10];
            s1_u_10 = ((s1_d_10_q >> 32'hb) & k_b3) | (s1_d_10_q & k_u0);
        end
        if (s1_selb_10) begin
            pc0_10 = k_one6;
        end
        else begin
            pc0_10 = k_zero6;
        end
        if (s1_flag_q) begin
            s1_selb_11 = s1_eq5_q[11];
            s1_u_11 = (s1_d_11_q >> 32'ha) & k_u1;
        end
        else begin
            s1_selb_11 = s1_ok_q[11];
            s1_u_11 = ((s1_d_11_q >> 32'hb) & k_b3) | (s1_d_11_q & k_u0);
        end
        if (s1_selb_11) begin
            pc0_11 = k_one6;
        end
        else begin
            pc0_11 = k_zero6;
        end
        if (s1_flag_q) begin
            s1_selb_12 = s1_eq5_q[12];
            s1_u_12 = (s1_d_12_q >> 32'ha) & k_u1;
        end
        else begin
            s1_selb_12 = s1_ok_q[12];
            s1_u_12 = ((s1_d_12_q >> 32'hb) & k_b3) | (s1_d_12_q & k_u0);
        end
        if (s1_selb_12) begin
            pc0_12 = k_one6;
        end
        else begin
            pc0_12 = k_zero6;
        end
        if (s1_flag_q) begin
            s1_selb_13 = s1_eq5_q[13];
            s1_u_13 = (s1_d_13_q >> 32'ha) & k_u1;
        end
        else begin
            s1_selb_13 = s1_ok_q[13];
            s1_u_13 = ((s1_d_13_q >> 32'hb) & k_b3) | (s1_d_13_q & k_u0);
        end
        if (s1_selb_13) begin
            pc0_13 = k_one6;
        end
        else begin
            pc0_13 = k_zero6;
        end
        if (s1_flag_q) begin
            s1_selb_14 = s1_eq5_q[14];
            s1_u_14 = (s1_d_14_q >> 32'ha) & k_u1;
        end
        else begin
            s1_selb_14 = s1_ok_q[14];
            s1_u_14 = ((s1_d_14_q >> 32'hb) & k_b3) | (s1_d_14_q & k_u0);
        end
        if (s1_selb_14) begin
            pc0_14 = k_one6;
        end
        else begin
            pc0_14 = k_zero6;
        end
        if (s1_flag_q) begin
            s1_selb_15 = s1_eq5_q[15];
            s1_u_15 = (s1_d_15_q >> 32'ha) & k_u1;
        end
        else begin
            s1_selb_15 = s1_ok_q[15];
            s1_u_15 = ((s1_d_15_q >> 32'hb) & k_b3) | (s1_d_15_q & k_u0);
        end
        if (s1_selb_15) begin
            pc0_15 = k_one6;
        end
        else begin
            pc0_15 = k_zero6;
        end
        if (s1_flag_q) begin
            s1_selb_16 = s1_eq5_q[16];
            s1_u_16 = (s1_d_16_q >> 32'ha) & k_u1;
        end
        else begin
            s1_selb_16 = s1_ok_q[16];
            s1_u_16 = ((s1_d_16_q >> 32'hb) & k_b3) | (s1_d_16_q & k_u0);
        end
        if (s1_selb_16) begin
            pc0_16 = k_one6;
        end
        else begin
            pc0_16 = k_zero6;
        end
        if (s1_flag_q) begin
            s1_selb_17 = s1_eq5_q[17];
            s1_u_17 = (s1_d_17_q >> 32'ha) & k_u1;
        end
        else begin
            s1_selb_17 = s1_ok_q[17];
            s1_u_17 = ((s1_d_17_q >> 32'hb) & k_b3) | (s1_d_17_q & k_u0);
        end
        if (s1_selb_17) begin
            pc0_17 = k_one6;
        end
        else begin
            pc0_17 = k_zero6;
        end
        if (s1_flag_q) begin
            s1_selb_18 = s1_eq5_q[18];
            s1_u_18 = (s1_d_18_q >> 32'ha) & k_u1;
        end
        else begin
            s1_selb_18 = s1_ok_q[18];
            s1_u_18 = ((s1_d_18_q >> 32'hb) & k_b3) | (s1_d_18_q & k_u0);
        end
        if (s1_selb_18) begin
            pc0_18 = k_one6;
        end
        else begin
            pc0_18 = k_zero6;
        end
        if (s1_flag_q) begin
            s1_selb_19 = s1_eq5_q[19];
            s1_u_19 = (s1_d_19_q >> 32'ha) & k_u1;
        end
        else begin
            s1_selb_19 = s1_ok_q[19];
            s1_u_19 = ((s1_d_19_q >> 32'hb) & k_b3) | (s1_d_19_q & k_u0);
        end
        if (s1_selb_19) begin
            pc0_19 = k_one6;
        end
        else begin
            pc0_19 = k_zero6;
        end
        if (s1_flag_q) begin
            s1_selb_20 = s1_eq5_q[20];
            s1_u_20 = (s1_d_20_q >> 32'ha) & k_u1;
        end
        else begin
            s1_selb_20 = s1_ok_q[20];
            s1_u_20 = ((s1_d_20_q >> 32'hb) & k_b3) | (s1_d_20_q & k_u0);
        end
        if (s1_selb_20) begin
            pc0_20 = k_one6;
        end
        else begin
            pc0_20 = k_zero6;
        end
        if (s1_flag_q) begin
            s1_selb_21 = s1_eq5_q[21];
            s1_u_21 = (s1_d_21_q >> 32'ha) & k_u1;
        end
        else begin
            s1_selb_21 = s1_ok_q[21];
            s1_u_21 = ((s1_d_21_q >> 32'hb) & k_b3) | (s1_d_21_q & k_u0);
        end
        if (s1_selb_21) begin
            pc0_21 = k_one6;
        end
        else begin
            pc0_21 = k_zero6;
        end
        if (s1_flag_q) begin
            s1_selb_22 = s1_eq5_q[22];
            s1_u_22 = (s1_d_22_q >> 32'ha) & k_u1;
        end
        else begin
            s1_selb_22 = s1_ok_q[22];
            s1_u_22 = ((s1_d_22_q >> 32'hb) & k_b3) | (s1_d_22_q & k_u0);
        end
        if (s1_selb_22) begin
            pc0_22 = k_one6;
        end
        else begin
            pc0_22 = k_zero6;
        end
        if (s1_flag_q) begin
            s1_selb_23 = s1_eq5_q[23];
            s1_u_23 = (s1_d_23_q >> 32'ha) & k_u1;
        end
        else begin
            s1_selb_23 = s1_ok_q[23];
            s1_u_23 = ((s1_d_23_q >> 32'hb) & k_b3) | (s1_d_23_q & k_u0);
        end
        if (s1_selb_23) begin
            pc0_23 = k_one6;
        end
        else begin
            pc0_23 = k_zero6;
        end
        if (s1_flag_q) begin
            s1_selb_24 = s1_eq5_q[24];
            s1_u_24 = (s1_d_24_q >> 32'ha) & k_u1;
        end
        else begin
            s1_selb_24 = s1_ok_q[24];
            s1_u_24 = ((s1_d_24_q >> 32'hb) & k_b3) | (s1_d_24_q & k_u0);
        end
        if (s1_selb_24) begin
            pc0_24 = k_one6;
        end
        else begin
            pc0_24 = k_zero6;
        end
        if (s1_flag_q) begin
            s1_selb_25 = s1_eq5_q[25];
            s1_u_25 = (s1_d_25_q >> 32'ha) & k_u1;
        end
        else begin
            s1_selb_25 = s1_ok_q[25];
            s1_u_25 = ((s1_d_25_q >> 32'hb) & k_b3) | (s1_d_25_q & k_u0);
        end
        if (s1_selb_25) begin
            pc0_25 = k_one6;
        end
        else begin
            pc0_25 = k_zero6;
        end
        if (s1_flag_q) begin
            s1_selb_26 = s1_eq5_q[26];
            s1_u_26 = (s1_d_26_q >> 32'ha) & k_u1;
        end
        else begin
            s1_selb_26 = s1_ok_q[26];
            s1_u_26 = ((s1_d_26_q >> 32'hb) & k_b3) | (s1_d_26_q & k_u0);
        end
        if (s1_selb_26) begin
            pc0_26 = k_one6;
        end
        else begin
            pc0_26 = k_zero6;
        end
        if (s1_flag_q) begin
            s1_selb_27 = s1_eq5_q[27];
            s1_u_27 = (s1_d_27_q >> 32'ha) & k_u1;
        end
        else begin
            s1_selb_27 = s1_ok_q[27];
            s1_u_27 = ((s1_d_27_q >> 32'hb) & k_b3) | (s1_d_27_q & k_u0);
        end
        if (s1_selb_27) begin
            pc0_27 = k_one6;
        end
        else begin
            pc0_27 = k_zero6;
        end
        if (s1_flag_q) begin
            s1_selb_28 = s1_eq5_q[28];
            s1_u_28 = (s1_d_28_q >> 32'ha) & k_u1;
        end
        else begin
            s1_selb_28 = s1_ok_q[28];
            s1_u_28 = ((s1_d_28_q >> 32'hb) & k_b3) | (s1_d_28_q & k_u0);
        end
        if (s1_selb_28) begin
            pc0_28 = k_one6;
        end
        else begin
            pc0_28 = k_zero6;
        end
        if (s1_flag_q) begin
            s1_selb_29 = s1_eq5_q[29];
            s1_u_29 = (s1_d_29_q >> 32'ha) & k_u1;
        end
        else begin
            s1_selb_29 = s1_ok_q[29];
            s1_u_29 = ((s1_d_29_q >> 32'hb) & k_b3) | (s1_d_29_q & k_u0);
        end
        if (s1_selb_29) begin
            pc0_29 = k_one6;
        end
        else begin
            pc0_29 = k_zero6;
        end
        if (s1_flag_q) begin
            s1_selb_30 = s1_eq5_q[30];
            s1_u_30 = (s1_d_30_q >> 32'ha) & k_u1;
        end
        else begin
            s1_selb_30 = s1_ok_q[30];
            s1_u_30 = ((s1_d_30_q >> 32'hb) & k_b3) | (s1_d_30_q & k_u0);
        end
        if (s1_selb_30) begin
            pc0_30 = k_one6;
        end
        else begin
            pc0_30 = k_zero6;
        end
        if (s1_flag_q) begin
            s1_selb_31 = s1_eq5_q[31];
            s1_u_31 = (s1_d_31_q >> 32'ha) & k_u1;
        end
        else begin
            s1_selb_31 = s1_ok_q[31];
            s1_u_31 = ((s1_d_31_q >> 32'hb) & k_b3) | (s1_d_31_q & k_u0);
        end
        if (s1_selb_31) begin
            pc0_31 = k_one6;
        end
        else begin
            pc0_31 = k_zero6;
        end
        pc1_0 = pc0_0;
        pc1_1 = pc0_1 + pc0_0;
        pc1_2 = pc0_2;
        pc1_3 = pc0_3 + pc0_2;
        pc1_4 = pc0_4;
        pc1_5 = pc0_5 + pc0_4;
        pc1_6 = pc0_6;
        pc1_7 = pc0_7 + pc0_6;
        pc1_8 = pc0_8;
        pc1_9 = pc0_9 + pc0_8;
        pc1_10 = pc0_10;
        pc1_11 = pc0_11 + pc0_10;
        pc1_12 = pc0_12;
        pc1_13 = pc0_13 + pc0_12;
        pc1_14 = pc0_14;
        pc1_15 = pc0_15 + pc0_14;
        pc1_16 = pc0_16;
        pc1_17 = pc0_17 + pc0_16;
        pc1_18 = pc0_18;
        pc1_19 = pc0_19 + pc0_18;
        pc1_20 = pc0_20;
        pc1_21 = pc0_21 + pc0_20;
        pc1_22 = pc0_22;
        pc1_23 = pc0_23 + pc0_22;
        pc1_24 = pc0_24;
        pc1_25 = pc0_25 + pc0_24;
        pc1_26 = pc0_26;
        pc1_27 = pc0_27 + pc0_26;
        pc1_28 = pc0_28;
        pc1_29 = pc0_29 + pc0_28;
        pc1_30 = pc0_30;
        pc1_31 = pc0_31 + pc0_30;
        pc2_0 = pc1_0;
        pc2_1 = pc1_1;
        pc2_2 = pc1_2 + pc1_1;
        pc2_3 = pc1_3 + pc1_1;
        pc2_4 = pc1_4;
        pc2_5 = pc1_5;
        pc2_6 = pc1_6 + pc1_5;
        pc2_7 = pc1_7 + pc1_5;
        pc2_8 = pc1_8;
        pc2_9 = pc1_9;
        pc2_10 = pc1_10 + pc1_9;
        pc2_11 = pc1_11 + pc1_9;
        pc2_12 = pc1_12;
        pc2_13 = pc1_13;
        pc2_14 = pc1_14 + pc1_13;
        pc2_15 = pc1_15 + pc1_13;
        pc2_16 = pc1_16;
        pc2_17 = pc1_17;
        pc2_18 = pc1_18 + pc1_17;
        pc2_19 = pc1_19 + pc1_17;
        pc2_20 = pc1_20;
        pc2_21 = pc1_21;
        pc2_22 = pc1_22 + pc1_21;
        pc2_23 = pc1_23 + pc1_21;
        pc2_24 = pc1_24;
        pc2_25 = pc1_25;
        pc2_26 = pc1_26 + pc1_25;
        pc2_27 = pc1_27 + pc1_25;
        pc2_28 = pc1_28;
        pc2_29 = pc1_29;
        pc2_30 = pc1_30 + pc1_29;
        pc2_31 = pc1_31 + pc1_29;
        pc3_0 = pc2_0;
        pc3_1 = pc2_1;
        pc3_2 = pc2_2;
        pc3_3 = pc2_3;
        pc3_4 = pc2_4 + pc2_3;
        pc3_5 = pc2_5 + pc2_3;
        pc3_6 = pc2_6 + pc2_3;
        pc3_7 = pc2_7 + pc2_3;
        pc3_8 = pc2_8;
        pc3_9 = pc2_9;
        pc3_10 = pc2_10;
        pc3_11 = pc2_11;
        pc3_12 = pc2_12 + pc2_11;
        pc3_13 = pc2_13 + pc2_11;
        pc3_14 = pc2_14 + pc2_11;
        pc3_15 = pc2_15 + pc2_11;
        pc3_16 = pc2_16;
        pc3_17 = pc2_17;
        pc3_18 = pc2_18;
        pc3_19 = pc2_19;
        pc3_20 = pc2_20 + pc2_19;
        pc3_21 = pc2_21 + pc2_19;
        pc3_22 = pc2_22 + pc2_19;
        pc3_23 = pc2_23 + pc2_19;
        pc3_24 = pc2_24;
        pc3_25 = pc2_25;
        pc3_26 = pc2_26;
        pc3_27 = pc2_27;
        pc3_28 = pc2_28 + pc2_27;
        pc3_29 = pc2_29 + pc2_27;
        pc3_30 = pc2_30 + pc2_27;
        pc3_31 = pc2_31 + pc2_27;
        pc4_0 = pc3_0;
        pc4_1 = pc3_1;
        pc4_2 = pc3_2;
        pc4_3 = pc3_3;
        pc4_4 = pc3_4;
        pc4_5 = pc3_5;
        pc4_6 = pc3_6;
        pc4_7 = pc3_7;
        pc4_8 = pc3_8 + pc3_7;
        pc4_9 = pc3_9 + pc3_7;
        pc4_10 = pc3_10 + pc3_7;
        pc4_11 = pc3_11 + pc3_7;
        pc4_12 = pc3_12 + pc3_7;
        pc4_13 = pc3_13 + pc3_7;
        pc4_14 = pc3_14 + pc3_7;
        pc4_15 = pc3_15 + pc3_7;
        pc4_16 = pc3_16;
        pc4_17 = pc3_17;
        pc4_18 = pc3_18;
        pc4_19 = pc3_19;
        pc4_20 = pc3_20;
        pc4_21 = pc3_21;
        pc4_22 = pc3_22;
        pc4_23 = pc3_23;
        pc4_24 = pc3_24 + pc3_23;
        pc4_25 = pc3_25 + pc3_23;
        pc4_26 = pc3_26 + pc3_23;
        pc4_27 = pc3_27 + pc3_23;
        pc4_28 = pc3_28 + pc3_23;
        pc4_29 = pc3_29 + pc3_23;
        pc4_30 = pc3_30 + pc3_23;
        pc4_31 = pc3_31 + pc3_23;
        pc5_0 = pc4_0;
        pc5_1 = pc4_1;
        pc5_2 = pc4_2;
        pc5_3 = pc4_3;
        pc5_4 = pc4_4;
        pc5_5 = pc4_5;
        pc5_6 = pc4_6;
        pc5_7 = pc4_7;
        pc5_8 = pc4_8;
        pc5_9 = pc4_9;
        pc5_10 = pc4_10;
        pc5_11 = pc4_11;
        pc5_12 = pc4_12;
        pc5_13 = pc4_13;
        pc5_14 = pc4_14;
        pc5_15 = pc4_15;
        pc5_16 = pc4_16 + pc4_15;
        pc5_17 = pc4_17 + pc4_15;
        pc5_18 = pc4_18 + pc4_15;
        pc5_19 = pc4_19 + pc4_15;
        pc5_20 = pc4_20 + pc4_15;
        pc5_21 = pc4_21 + pc4_15;
        pc5_22 = pc4_22 + pc4_15;
        pc5_23 = pc4_23 + pc4_15;
        pc5_24 = pc4_24 + pc4_15;
        pc5_25 = pc4_25 + pc4_15;
        pc5_26 = pc4_26 + pc4_15;
        pc5_27 = pc4_27 + pc4_15;
        pc5_28 = pc4_28 + pc4_15;
        pc5_29 = pc4_29 + pc4_15;
        pc5_30 = pc4_30 + pc4_15;
        pc5_31 = pc4_31 + pc4_15;
        s1_sel_pair_0 = ((k_zero2 & ~(1 << (32'h0)) | ((s1_selb_31) << (32'h0))) & ~(1 << (32'h1)) | ((s1_selb_30) << (32'h1)));
        s1_sel_pair_1 = ((k_zero2 & ~(1 << (32'h0)) | ((s1_selb_29) << (32'h0))) & ~(1 << (32'h1)) | ((s1_selb_28) << (32'h1)));
        s1_sel_pair_2 = ((k_zero2 & ~(1 << (32'h0)) | ((s1_selb_27) << (32'h0))) & ~(1 << (32'h1)) | ((s1_selb_26) << (32'h1)));
        s1_sel_pair_3 = ((k_zero2 & ~(1 << (32'h0)) | ((s1_selb_25) << (32'h0))) & ~(1 << (32'h1)) | ((s1_selb_24) << (32'h1)));
        s1_sel_pair_4 = ((k_zero2 & ~(1 << (32'h0)) | ((s1_selb_23) << (32'h0))) & ~(1 << (32'h1)) | ((s1_selb_22) << (32'h1)));
        s1_sel_pair_5 = ((k_zero2 & ~(1 << (32'h0)) | ((s1_selb_21) << (32'h0))) & ~(1 << (32'h1)) | ((s1_selb_20) << (32'h1)));
        s1_sel_pair_6 = ((k_zero2 & ~(1 << (32'h0)) | ((s1_selb_19) << (32'h0))) & ~(1 << (32'h1)) | ((s1_selb_18) << (32'h1)));
        s1_sel_pair_7 = ((k_zero2 & ~(1 << (32'h0)) | ((s1_selb_17) << (32'h0))) & ~(1 << (32'h1)) | ((s1_selb_16) << (32'h1)));
        s1_sel_pair_8 = ((k_zero2 & ~(1 << (32'h0)) | ((s1_selb_15) << (32'h0))) & ~(1 << (32'h1)) | ((s1_selb_14) << (32'h1)));
        s1_sel_pair_9 = ((k_zero2 & ~(1 << (32'h0)) | ((s1_selb_13) << (32'h0))) & ~(1 << (32'h1)) | ((s1_selb_12) << (32'h1)));
        s1_sel_pair_10 = ((k_zero2 & ~(1 << (32'h0)) | ((s1_selb_11) << (32'h0))) & ~(1 << (32'h1)) | ((s1_selb_10) << (32'h1)));
        s1_sel_pair_11 = ((k_zero2 & ~(1 << (32'h0)) | ((s1_selb_9) << (32'h0))) & ~(1 << (32'h1)) | ((s1_selb_8) << (32'h1)));
        s1_sel_pair_12 = ((k_zero2 & ~(1 << (32'h0)) | ((s1_selb_7) << (32'h0))) & ~(1 << (32'h1)) | ((s1_selb_6) << (32'h1)));
        s1_sel_pair_13 = ((k_zero2 & ~(1 << (32'h0)) | ((s1_selb_5) << (32'h0))) & ~(1 << (32'h1)) | ((s1_selb_4) << (32'h1)));
        s1_sel_pair_14 = ((k_zero2 & ~(1 << (32'h0)) | ((s1_selb_3) << (32'h0))) & ~(1 << (32'h1)) | ((s1_selb_2) << (32'h1)));
        s1_sel_pair_15 = ((k_zero2 & ~(1 << (32'h0)) | ((s1_selb_1) << (32'h0))) & ~(1 << (32'h1)) | ((s1_selb_0) << (32'h1)));
        s1_sel = (({{30{1'b0}}, s1_sel_pair_15}) << 32'h1e)
            | (({{30{1'b0}}, s1_sel_pair_14}) << 32'h1c)
            | (({{30{1'b0}}, s1_sel_pair_13}) << 32'h1a)
            | (({{30{1'b0}}, s1_sel_pair_12}) << 32'h18)
            | (({{30{1'b0}}, s1_sel_pair_11}) << 32'h16)
            | (({{30{1'b0}}, s1_sel_pair_10}) << 32'h14)
            | (({{30{1'b0}}, s1_sel_pair_9}) << 32'h12)
            | (({{30{1'b0}}, s1_sel_pair_8}) << 32'h10)
            | (({{30{1'b0}}, s1_sel_pair_7}) << 32'he)
            | (({{30{1'b0}}, s1_sel_pair_6}) << 32'hc)
            | (({{30{1'b0}}, s1_sel_pair_5}) << 32'ha)
            | (({{30{1'b0}}, s1_sel_pair_4}) << 32'h8)
            | (({{30{1'b0}}, s1_sel_pair_3}) << 32'h6)
            | (({{30{1'b0}}, s1_sel_pair_2}) << 32'h4)
            | (({{30{1'b0}}, s1_sel_pair_1}) << 32'h2)
            | ({{30{1'b0}}, s1_sel_pair_0});
        if (en2) begin
            s2_valid_d = s1_valid_q;
            s2_last_d = s1_last_q;
            s2_flag_d = s1_flag_q;
            s2_sel_d = s1_sel;
            s2_nl_d = k_chunk6 - pc5_31;
            s2_d_0_d = s1_d_0_q[(32'h0)+:(16)];
            s2_d_1_d = s1_d_1_q[(32'h0)+:(16)];
            s2_d_2_d = s1_d_2_q[(32'h0)+:(16)];
            s2_d_3_d = s1_d_3_q[(32'h0)+:(16)];
            s2_d_4_d = s1_d_4_q[(32'h0)+:(16)];
            s2_d_5_d = s1_d_5_q[(32'h0)+:(16)];
            s2_d_6_d = s1_d_6_q[(32'h0)+:(16)];
            s2_d_7_d = s1_d_7_q[(32'h0)+:(16)];
            s2_d_8_d = s1_d_8_q[(32'h0)+:(16)];
            s2_d_9_d = s1_d_9_q[(32'h0)+:(16)];
            s2_d_10_d = s1_d_10_q[(32'h0)+:(16)];
            s2_d_11_d = s1_d_11_q[(32'h0)+:(16)];
            s2_d_12_d = s1_d_12_q[(32'h0)+:(16)];
            s2_d_13_d = s1_d_13_q[(32'h0)+:(16)];
            s2_d_14_d = s1_d_14_q[(32'h0)+:(16)];
            s2_d_15_d = s1_d_15_q[(32'h0)+:(16)];
            s2_d_16_d = s1_d_16_q[(32'h0)+:(16)];
            s2_d_17_d = s1_d_17_q[(32'h0)+:(16)];
            s2_d_18_d = s1_d_18_q[(32'h0)+:(16)];
            s2_d_19_d = s1_d_19_q[(32'h0)+:(16)];
            s2_d_20_d = s1_d_20_q[(32'h0)+:(16)];
            s2_d_21_d = s1_d_21_q[(32'h0)+:(16)];
            s2_d_22_d = s1_d_22_q[(32'h0)+:(16)];
            s2_d_23_d = s1_d_23_q[(32'h0)+:(16)];
            s2_d_24_d = s1_d_24_q[(32'h0)+:(16)];
            s2_d_25_d = s1_d_25_q[(32'h0)+:(16)];
            s2_d_26_d = s1_d_26_q[(32'h0)+:(16)];
            s2_d_27_d = s1_d_27_q[(32'h0)+:(16)];
            s2_d_28_d = s1_d_28_q[(32'h0)+:(16)];
            s2_d_29_d = s1_d_29_q[(32'h0)+:(16)];
            s2_d_30_d = s1_d_30_q[(32'h0)+:(16)];
            s2_d_31_d = s1_d_31_q[(32'h0)+:(16)];
            if (s1_selb_0) begin
                s2_u_0_d = k_zero4;
            end
            else begin
                s2_u_0_d = s1_u_0[(32'h0)+:(4)];
            end
            if (s1_selb_1) begin
                s2_u_1_d = k_zero4;
            end
            else begin
                s2_u_1_d = s1_u_1[(32'h0)+:(4)];
            end
            if (s1_selb_2) begin
                s2_u_2_d = k_zero4;
            end
            else begin
                s2_u_2_d = s1_u_2[(32'h0)+:(4)];
            end
            if (s1_selb_3) begin
                s2_u_3_d = k_zero4;
            end
            else begin
                s2_u_3_d = s1_u_3[(32'h0)+:(4)];
            end
            if (s1_selb_4) begin
                s2_u_4_d = k_zero4;
            end
            else begin
                s2_u_4_d = s1_u_4[(32'h0)+:(4)];
            end
            if (s1_selb_5) begin
                s2_u_5_d = k_zero4;
            end
            else begin
                s2_u_5_d = s1_u_5[(32'h0)+:(4)];
            end
            if (s1_selb_6) begin
                s2_u_6_d = k_zero4;
            end
            else begin
                s2_u_6_d = s1_u_6[(32'h0)+:(4)];
            end
            if (s1_selb_7) begin
                s2_u_7_d = k_zero4;
            end
            else begin
                s2_u_7_d = s1_u_7[(32'h0)+:(4)];
            end
            if (s1_selb_8) begin
                s2_u_8_d = k_zero4;
            end
            else begin
                s2_u_8_d = s1_u_8[(32'h0)+:(4)];
            end
            if (s1_selb_9) begin
                s2_u_9_d = k_zero4;
            end
            else begin
                s2_u_9_d = s1_u_9[(32'h0)+:(4)];
            end
            if (s1_selb_10) begin
                s2_u_10_d = k_zero4;
            end
            else begin
                s2_u_10_d = s1_u_10[(32'h0)+:(4)];
            end
            if (s1_selb_11) begin
                s2_u_11_d = k_zero4;
            end
            else begin
                s2_u_11_d = s1_u_11[(32'h0)+:(4)];
            end
            if (s1_selb_12) begin
                s2_u_12_d = k_zero4;
            end
            else begin
                s2_u_12_d = s1_u_12[(32'h0)+:(4)];
            end
            if (s1_selb_13) begin
                s2_u_13_d = k_zero4;
            end
            else begin
                s2_u_13_d = s1_u_13[(32'h0)+:(4)];
            end
            if (s1_selb_14) begin
                s2_u_14_d = k_zero4;
            end
            else begin
                s2_u_14_d = s1_u_14[(32'h0)+:(4)];
            end
            if (s1_selb_15) begin
                s2_u_15_d = k_zero4;
            end
            else begin
                s2_u_15_d = s1_u_15[(32'h0)+:(4)];
            end
            if (s1_selb_16) begin
                s2_u_16_d = k_zero4;
            end
            else begin
                s2_u_16_d = s1_u_16[(32'h0)+:(4)];
            end
            if (s1_selb_17) begin
                s2_u_17_d = k_zero4;
            end
            else begin
                s2_u_17_d = s1_u_17[(32'h0)+:(4)];
            end
            if (s1_selb_18) begin
                s2_u_18_d = k_zero4;
            end
            else begin
                s2_u_18_d = s1_u_18[(32'h0)+:(4)];
            end
            if (s1_selb_19) begin
                s2_u_19_d = k_zero4;
            end
            else begin
                s2_u_19_d = s1_u_19[(32'h0)+:(4)];
            end
            if (s1_selb_20) begin
                s2_u_20_d = k_zero4;
            end
            else begin
                s2_u_20_d = s1_u_20[(32'h0)+:(4)];
            end
            if (s1_selb_21) begin
                s2_u_21_d = k_zero4;
            end
            else begin
                s2_u_21_d = s1_u_21[(32'h0)+:(4)];
            end
            if (s1_selb_22) begin
                s2_u_22_d = k_zero4;
            end
            else begin
                s2_u_22_d = s1_u_22[(32'h0)+:(4)];
            end
            if (s1_selb_23) begin
                s2_u_23_d = k_zero4;
            end
            else begin
                s2_u_23_d = s1_u_23[(32'h0)+:(4)];
            end
            if (s1_selb_24) begin
                s2_u_24_d = k_zero4;
            end
            else begin
                s2_u_24_d = s1_u_24[(32'h0)+:(4)];
            end
            if (s1_selb_25) begin
                s2_u_25_d = k_zero4;
            end
            else begin
                s2_u_25_d = s1_u_25[(32'h0)+:(4)];
            end
            if (s1_selb_26) begin
                s2_u_26_d = k_zero4;
            end
            else begin
                s2_u_26_d = s1_u_26[(32'h0)+:(4)];
            end
            if (s1_selb_27) begin
                s2_u_27_d = k_zero4;
            end
            else begin
                s2_u_27_d = s1_u_27[(32'h0)+:(4)];
            end
            if (s1_selb_28) begin
                s2_u_28_d = k_zero4;
            end
            else begin
                s2_u_28_d = s1_u_28[(32'h0)+:(4)];
            end
            if (s1_selb_29) begin
                s2_u_29_d = k_zero4;
            end
            else begin
                s2_u_29_d = s1_u_29[(32'h0)+:(4)];
            end
            if (s1_selb_30) begin
                s2_u_30_d = k_zero4;
            end
            else begin
                s2_u_30_d = s1_u_30[(32'h0)+:(4)];
            end
            if (s1_selb_31) begin
                s2_u_31_d = k_zero4;
            end
            else begin
                s2_u_31_d = s1_u_31[(32'h0)+:(4)];
            end
            s2_z_0_d = k_zero6;
            if (s1_selb_1) begin
                s2_z_1_d = k_zero6;
            end
            else begin
                s2_z_1_d = pc5_0;
            end
            if (s1_selb_2) begin
                s2_z_2_d = k_zero6;
            end
            else begin
                s2_z_2_d = pc5_1;
            end
            if (s1_selb_3) begin
                s2_z_3_d = k_zero6;
            end
            else begin
                s2_z_3_d = pc5_2;
            end
            if (s1_selb_4) begin
                s2_z_4_d = k_zero6;
            end
            else begin
                s2_z_4_d = pc5_3;
            end
            if (s1_selb_5) begin
                s2_z_5_d = k_zero6;
            end
            else begin
                s2_z_5_d = pc5_4;
            end
            if (s1_selb_6) begin
                s2_z_6_d = k_zero6;
            end
            else begin
                s2_z_6_d = pc5_5;
            end
            if (s1_selb_7) begin
                s2_z_7_d = k_zero6;
            end
            else begin
                s2_z_7_d = pc5_6;
            end
            if (s1_selb_8) begin
                s2_z_8_d = k_zero6;
            end
            else begin
                s2_z_8_d = pc5_7;
            end
            if (s1_selb_9) begin
                s2_z_9_d = k_zero6;
            end
            else begin
                s2_z_9_d = pc5_8;
            end
            if (s1_selb_10) begin
                s2_z_10_d = k_zero6;
            end
            else begin
                s2_z_10_d = pc5_9;
            end
            if (s1_selb_11) begin
                s2_z_11_d = k_zero6;
            end
            else begin
                s2_z_11_d = pc5_10;
            end
            if (s1_selb_12) begin
                s2_z_12_d = k_zero6;
            end
            else begin
                s2_z_12_d = pc5_11;
            end
            if (s1_selb_13) begin
                s2_z_13_d = k_zero6;
            end
            else begin
                s2_z_13_d = pc5_12;
            end
            if (s1_selb_14) begin
                s2_z_14_d = k_zero6;
            end
            else begin
                s2_z_14_d = pc5_13;
            end
            if (s1_selb_15) begin
                s2_z_15_d = k_zero6;
            end
            else begin
                s2_z_15_d = pc5_14;
            end
            if (s1_selb_16) begin
                s2_z_16_d = k_zero6;
            end
            else begin
                s2_z_16_d = pc5_15;
            end
            if (s1_selb_17) begin
                s2_z_17_d = k_zero6;
            end
            else begin
                s2_z_17_d = pc5_16;
            end
            if (s1_selb_18) begin
                s2_z_18_d = k_zero6;
            end
            else begin
                s2_z_18_d = pc5_17;
            end
            if (s1_selb_19) begin
                s2_z_19_d = k_zero6;
            end
            else begin
                s2_z_19_d = pc5_18;
            end
            if (s1_selb_20) begin
                s2_z_20_d = k_zero6;
            end
            else begin
                s2_z_20_d = pc5_19;
            end
            if (s1_selb_21) begin
                s2_z_21_d = k_zero6;
            end
            else begin
                s2_z_21_d = pc5_20;
            end
            if (s1_selb_22) begin
                s2_z_22_d = k_zero6;
            end
            else begin
                s2_z_22_d = pc5_21;
            end
            if (s1_selb_23) begin
                s2_z_23_d = k_zero6;
            end
            else begin
                s2_z_23_d = pc5_22;
            end
            if (s1_selb_24) begin
                s2_z_24_d = k_zero6;
            end
            else begin
                s2_z_24_d = pc5_23;
            end
            if (s1_selb_25) begin
                s2_z_25_d = k_zero6;
            end
            else begin
                s2_z_25_d = pc5_24;
            end
            if (s1_selb_26) begin
                s2_z_26_d = k_zero6;
            end
            else begin
                s2_z_26_d = pc5_25;
            end
            if (s1_selb_27) begin
                s2_z_27_d = k_zero6;
            end
            else begin
                s2_z_27_d = pc5_26;
            end
            if (s1_selb_28) begin
                s2_z_28_d = k_zero6;
            end
            else begin
                s2_z_28_d = pc5_27;
            end
            if (s1_selb_29) begin
                s2_z_29_d = k_zero6;
            end
            else begin
                s2_z_29_d = pc5_28;
            end
            if (s1_selb_30) begin
                s2_z_30_d = k_zero6;
            end
            else begin
                s2_z_30_d = pc5_29;
            end
            if (s1_selb_31) begin
                s2_z_31_d = k_zero6;
            end
            else begin
                s2_z_31_d = pc5_30;
            end
        end
        if (~s2_z_0_q[32'h0]) begin
            if (s2_z_1_q[32'h0]) begin
                a1_0 = s2_u_0_q | s2_u_1_q;
                z1_0 = s2_z_0_q | s2_z_1_q;
            end
            else begin
                a1_0 = s2_u_0_q;
                z1_0 = s2_z_0_q;
            end
        end
        else if (s2_z_1_q[32'h0]) begin
            a1_0 = s2_u_1_q;
            z1_0 = s2_z_1_q;
        end
        else begin
            a1_0 = k_zero4;
            z1_0 = k_zero6;
        end
        if (~s2_z_1_q[32'h0]) begin
            if (s2_z_2_q[32'h0]) begin
                a1_1 = s2_u_1_q | s2_u_2_q;
                z1_1 = s2_z_1_q | s2_z_2_q;
            end
            else begin
                a1_1 = s2_u_1_q;
                z1_1 = s2_z_1_q;
            end
        end
        else if (s2_z_2_q[32'h0]) begin
            a1_1 = s2_u_2_q;
            z1_1 = s2_z_2_q;
        end
        else begin
            a1_1 = k_zero4;
            z1_1 = k_zero6;
        end
        if (~s2_z_2_q[32'h0]) begin
            if (s2_z_3_q[32'h0]) begin
                a1_2 = s2_u_2_q | s2_u_3_q;
                z1_2 = s2_z_2_q | s2_z_3_q;
            end
            else begin
                a1_2 = s2_u_2_q;
                z1_2 = s2_z_2_q;
            end
        end
        else if (s2_z_3_q[32'h0]) begin
            a1_2 = s2_u_3_q;
            z1_2 = s2_z_3_q;
        end
        else begin
            a1_2 = k_zero4;
            z1_2 = k_zero6;
        end
        if (~s2_z_3_q[32'h0]) begin
            if (s2_z_4_q[32'h0]) begin
                a1_3 = s2_u_3_q | s2_u_4_q;
                z1_3 = s2_z_3_q | s2_z_4_q;
            end
            else begin
                a1_3 = s2_u_3_q;
                z1_3 = s2_z_3_q;
            end
        end
        else if (s2_z_4_q[32'h0]) begin
            a1_3 = s2_u_4_q;
            z1_3 = s2_z_4_q;
        end
        else begin
            a1_3 = k_zero4;
            z1_3 = k_zero6;
        end
        if (~s2_z_4_q[32'h0]) begin
            if (s2_z_5_q[32'h0]) begin
                a1_4 = s2_u_4_q | s2_u_5_q;
                z1_4 = s2_z_4_q | s2_z_5_q;
            end
            else begin
                a1_4 = s2_u_4_q;
                z1_4 = s2_z_4_q;
            end
        end
        else if (s2_z_5_q[32'h0]) begin
            a1_4 = s2_u_5_q;
            z1_4 = s2_z_5_q;
        end
        else begin
            a1_4 = k_zero4;
            z1_4 = k_zero6;
        end
        if (~s2_z_5_q[32'h0]) begin
            if (s2_z_6_q[32'h0]) begin
                a1_5 = s2_u_5_q | s2_u_6_q;
                z1_5 = s2_z_5_q | s2_z_6_q;
            end
            else begin
                a1_5 = s2_u_5_q;
                z1_5 = s2_z_5_q;
            end
        end
        else if (s2_z_6_q[32'h0]) begin
            a1_5 = s2_u_6_q;
            z1_5 = s2_z_6_q;
        end
        else begin
            a1_5 = k_zero4;
            z1_5 = k_zero6;
        end
        if (~s2_z_6_q[32'h0]) begin
            if (s2_z_7_q[32'h0]) begin
                a1_6 = s2_u_6_q | s2_u_7_q;
                z1_6 = s2_z_6_q | s2_z_7_q;
            end
            else begin
                a1_6 = s2_u_6_q;
                z1_6 = s2_z_6_q;
            end
        end
        else if (s2_z_7_q[32'h0]) begin
            a1_6 = s2_u_7_q;
            z1_6 = s2_z_7_q;
        end
        else begin
            a1_6 = k_zero4;
            z1_6 = k_zero6;
        end
        if (~s2_z_7_q[32'h0]) begin
            if (s2_z_8_q[32'h0]) begin
                a1_7 = s2_u_7_q | s2_u_8_q;
                z1_7 = s2_z_7_q | s2_z_8_q;
            end
            else begin
                a1_7 = s2_u_7_q;
                z1_7 = s2_z_7_q;
            end
        end
        else if (s2_z_8_q[32'h0]) begin
            a1_7 = s2_u_8_q;
            z1_7 = s2_z_8_q;
        end
        else begin
            a1_7 = k_zero4;
            z1_7 = k_zero6;
        end
        if (~s2_z_8_q[32'h0]) begin
            if (s2_z_9_q[32'h0]) begin
                a1_8 = s2_u_8_q | s2_u_9_q;
                z1_8 = s2_z_8_q | s2_z_9_q;
            end
            else begin
                a1_8 = s2_u_8_q;
                z1_8 = s2_z_8_q;
            end
        end
        else if (s2_z_9_q[32'h0]) begin
            a1_8 = s2_u_9_q;
            z1_8 = s2_z_9_q;
        end
        else begin
            a1_8 = k_zero4;
            z1_8 = k_zero6;
        end
        if (~s2_z_9_q[32'h0]) begin
            if (s2_z_10_q[32'h0]) begin
                a1_9 = s2_u_9_q | s2_u_10_q;
                z1_9 = s2_z_9_q | s2_z_10_q;
            end
            else begin
                a1_9 = s2_u_9_q;
                z1_9 = s2_z_9_q;
            end
        end
        else if (s2_z_10_q[32'h0]) begin
            a1_9 = s2_u_10_q;
            z1_9 = s2_z_10_q;
        end
        else begin
            a1_9 = k_zero4;
            z1_9 = k_zero6;
        end
        if (~s2_z_10_q[32'h0]) begin
            if (s2_z_11_q[32'h0]) begin
                a1_10 = s2_u_10_q | s2_u_11_q;
                z1_10 = s2_z_10_q | s2_z_11_q;
            end
            else begin
                a1_10 = s2_u_10_q;
                z1_10 = s2_z_10_q;
            end
        end
        else if (s2_z_11_q[32'h0]) begin
            a1_10 = s2_u_11_q;
            z1_10 = s2_z_11_q;
        end
        else begin
            a1_10 = k_zero4;
            z1_10 = k_zero6;
        end
        if (~s2_z_11_q[32'h0]) begin
            if (s2_z_12_q[32'h0]) begin
                a1_11 = s2_u_11_q | s2_u_12_q;
                z1_11 = s2_z_11_q | s2_z_12_q;
            end
            else begin
                a1_11 = s2_u_11_q;
                z1_11 = s2_z_11_q;
            end
        end
        else if (s2_z_12_q[32'h0]) begin
            a1_11 = s2_u_12_q;
            z1_11 = s2_z_12_q;
        end
        else begin
            a1_11 = k_zero4;
            z1_11 = k_zero6;
        end
        if (~s2_z_12_q[32'h0]) begin
            if (s2_z_13_q[32'h0]) begin
                a1_12 = s2_u_12_q | s2_u_13_q;
                z1_12 = s2_z_12_q | s2_z_13_q;
            end
            else begin
                a1_12 = s2_u_12_q;
                z1_12 = s2_z_12_q;
            end
        end
        else if (s2_z_13_q[32'h0]) begin
            a1_12 = s2_u_13_q;
            z1_12 = s2_z_13_q;
        end
        else begin
            a1_12 = k_zero4;
            z1_12 = k_zero6;
        end
        if (~s2_z_13_q[32'h0]) begin
            if (s2_z_14_q[32'h0]) begin
                a1_13 = s2_u_13_q | s2_u_14_q;
                z1_13 = s2_z_13_q | s2_z_14_q;
            end
            else begin
                a1_13 = s2_u_13_q;
                z1_13 = s2_z_13_q;
            end
        end
        else if (s2_z_14_q[32'h0]) begin
            a1_13 = s2_u_14_q;
            z1_13 = s2_z_14_q;
        end
        else begin
            a1_13 = k_zero4;
            z1_13 = k_zero6;
        end
        if (~s2_z_14_q[32'h0]) begin
            if (s2_z_15_q[32'h0]) begin
                a1_14 = s2_u_14_q | s2_u_15_q;
                z1_14 = s2_z_14_q | s2_z_15_q;
            end
            else begin
                a1_14 = s2_u_14_q;
                z1_14 = s2_z_14_q;
            end
        end
        else if (s2_z_15_q[32'h0]) begin
            a1_14 = s2_u_15_q;
            z1_14 = s2_z_15_q;
        end
        else begin
            a1_14 = k_zero4;
            z1_14 = k_zero6;
        end
        if (~s2_z_15_q[32'h0]) begin
            if (s2_z_16_q[32'h0]) begin
                a1_15 = s2_u_15_q | s2_u_16_q;
                z1_15 = s2_z_15_q | s2_z_16_q;
            end
            else begin
                a1_15 = s2_u_15_q;
                z1_15 = s2_z_15_q;
            end
        end
        else if (s2_z_16_q[32'h0]) begin
            a1_15 = s2_u_16_q;
            z1_15 = s2_z_16_q;
        end
        else begin
            a1_15 = k_zero4;
            z1_15 = k_zero6;
        end
        if (~s2_z_16_q[32'h0]) begin
            if (s2_z_17_q[32'h0]) begin
                a1_16 = s2_u_16_q | s2_u_17_q;
                z1_16 = s2_z_16_q | s2_z_17_q;
            end
            else begin
                a1_16 = s2_u_16_q;
                z1_16 = s2_z_16_q;
            end
        end
        else if (s2_z_17_q[32'h0]) begin
            a1_16 = s2_u_17_q;
            z1_16 = s2_z_17_q;
        end
        else begin
            a1_16 = k_zero4;
            z1_16 = k_zero6;
        end
        if (~s2_z_17_q[32'h0]) begin
            if (s2_z_18_q[32'h0]) begin
                a1_17 = s2_u_17_q | s2_u_18_q;
                z1_17 = s2_z_17_q | s2_z_18_q;
            end
            else begin
                a1_17 = s2_u_17_q;
                z1_17 = s2_z_17_q;
            end
        end
        else if (s2_z_18_q[32'h0]) begin
            a1_17 = s2_u_18_q;
            z1_17 = s2_z_18_q;
        end
        else begin
            a1_17 = k_zero4;
            z1_17 = k_zero6;
        end
        if (~s2_z_18_q[32'h0]) begin
            if (s2_z_19_q[32'h0]) begin
                a1_18 = s2_u_18_q | s2_u_19_q;
                z1_18 = s2_z_18_q | s2_z_19_q;
            end
            else begin
                a1_18 = s2_u_18_q;
                z1_18 = s2_z_18_q;
            end
        end
        else if (s2_z_19_q[32'h0]) begin
            a1_18 = s2_u_19_q;
            z1_18 = s2_z_19_q;
        end
        else begin
            a1_18 = k_zero4;
            z1_18 = k_zero6;
        end
        if (~s2_z_19_q[32'h0]) begin
            if (s2_z_20_q[32'h0]) begin
                a1_19 = s2_u_19_q | s2_u_20_q;
                z1_19 = s2_z_19_q | s2_z_20_q;
            end
            else begin
                a1_19 = s2_u_19_q;
                z1_19 = s2_z_19_q;
            end
        end
        else if (s2_z_20_q[32'h0]) begin
            a1_19 = s2_u_20_q;
            z1_19 = s2_z_20_q;
        end
        else begin
            a1_19 = k_zero4;
            z1_19 = k_zero6;
        end
        if (~s2_z_20_q[32'h0]) begin
            if (s2_z_21_q[32'h0]) begin
                a1_20 = s2_u_20_q | s2_u_21_q;
                z1_20 = s2_z_20_q | s2_z_21_q;
            end
            else begin
                a1_20 = s2_u_20_q;
                z1_20 = s2_z_20_q;
            end
        end
        else if (s2_z_21_q[32'h0]) begin
            a1_20 = s2_u_21_q;
            z1_20 = s2_z_21_q;
        end
        else begin
            a1_20 = k_zero4;
            z1_20 = k_zero6;
        end
        if (~s2_z_21_q[32'h0]) begin
            if (s2_z_22_q[32'h0]) begin
                a1_21 = s2_u_21_q | s2_u_22_q;
                z1_21 = s2_z_21_q | s2_z_22_q;
            end
            else begin
                a1_21 = s2_u_21_q;
                z1_21 = s2_z_21_q;
            end
        end
        else if (s2_z_22_q[32'h0]) begin
            a1_21 = s2_u_22_q;
            z1_21 = s2_z_22_q;
        end
        else begin
            a1_21 = k_zero4;
            z1_21 = k_zero6;
        end
        if (~s2_z_22_q[32'h0]) begin
            if (s2_z_23_q[32'h0]) begin
                a1_22 = s2_u_22_q | s2_u_23_q;
                z1_22 = s2_z_22_q | s2_z_23_q;
            end
            else begin
                a1_22 = s2_u_22_q;
                z1_22 = s2_z_22_q;
            end
        end
        else if (s2_z_23_q[32'h0]) begin
            a1_22 = s2_u_23_q;
            z1_22 = s2_z_23_q;
        end
        else begin
            a1_22 = k_zero4;
            z1_22 = k_zero6;
        end
        if (~s2_z_23_q[32'h0]) begin
            if (s2_z_24_q[32'h0]) begin
                a1_23 = s2_u_23_q | s2_u_24_q;
                z1_23 = s2_z_23_q | s2_z_24_q;
            end
            else begin
                a1_23 = s2_u_23_q;
                z1_23 = s2_z_23_q;
            end
        end
        else if (s2_z_24_q[32'h0]) begin
            a1_23 = s2_u_24_q;
            z1_23 = s2_z_24_q;
        end
        else begin
            a1_23 = k_zero4;
            z1_23 = k_zero6;
        end
        if (~s2_z_24_q[32'h0]) begin
            if (s2_z_25_q[32'h0]) begin
                a1_24 = s2_u_24_q | s2_u_25_q;
                z1_24 = s2_z_24_q | s2_z_25_q;
            end
            else begin
                a1_24 = s2_u_24_q;
                z1_24 = s2_z_24_q;
            end
        end
        else if (s2_z_25_q[32'h0]) begin
            a1_24 = s2_u_25_q;
            z1_24 = s2_z_25_q;
        end
        else begin
            a1_24 = k_zero4;
            z1_24 = k_zero6;
        end
        if (~s2_z_25_q[32'h0]) begin
            if (s2_z_26_q[32'h0]) begin
                a1_25 = s2_u_25_q | s2_u_26_q;
                z1_25 = s2_z_25_q | s2_z_26_q;
            end
            else begin
                a1_25 = s2_u_25_q;
                z1_25 = s2_z_25_q;
            end
        end
        else if (s2_z_26_q[32'h0]) begin
            a1_25 = s2_u_26_q;
            z1_25 = s2_z_26_q;
        end
        else begin
            a1_25 = k_zero4;
            z1_25 = k_zero6;
        end
        if (~s2_z_26_q[32'h0]) begin
            if (s2_z_27_q[32'h0]) begin
                a1_26 = s2_u_26_q | s2_u_27_q;
                z1_26 = s2_z_26_q | s2_z_27_q;
            end
            else begin
                a1_26 = s2_u_26_q;
                z1_26 = s2_z_26_q;
            end
        end
        else if (s2_z_27_q[32'h0]) begin
            a1_26 = s2_u_27_q;
            z1_26 = s2_z_27_q;
        end
        else begin
            a1_26 = k_zero4;
            z1_26 = k_zero6;
        end
        if (~s2_z_27_q[32'h0]) begin
            if (s2_z_28_q[32'h0]) begin
                a1_27 = s2_u_27_q | s2_u_28_q;
                z1_27 = s2_z_27_q | s2_z_28_q;
            end
            else begin
                a1_27 = s2_u_27_q;
                z1_27 = s2_z_27_q;
            end
        end
        else if (s2_z_28_q[32'h0]) begin
            a1_27 = s2_u_28_q;
            z1_27 = s2_z_28_q;
        end
        else begin
            a1_27 = k_zero4;
            z1_27 = k_zero6;
        end
        if (~s2_z_28_q[32'h0]) begin
            if (s2_z_29_q[32'h0]) begin
                a1_28 = s2_u_28_q | s2_u_29_q;
                z1_28 = s2_z_28_q | s2_z_29_q;
            end
            else begin
                a1_28 = s2_u_28_q;
                z1_28 = s2_z_28_q;
            end
        end
        else if (s2_z_29_q[32'h0]) begin
            a1_28 = s2_u_29_q;
            z1_28 = s2_z_29_q;
        end
        else begin
            a1_28 = k_zero4;
            z1_28 = k_zero6;
        end
        if (~s2_z_29_q[32'h0]) begin
            if (s2_z_30_q[32'h0]) begin
                a1_29 = s2_u_29_q | s2_u_30_q;
                z1_29 = s2_z_29_q | s2_z_30_q;
            end
            else begin
                a1_29 = s2_u_29_q;
                z1_29 = s2_z_29_q;
            end
        end
        else if (s2_z_30_q[32'h0]) begin
            a1_29 = s2_u_30_q;
            z1_29 = s2_z_30_q;
        end
        else begin
            a1_29 = k_zero4;
            z1_29 = k_zero6;
        end
        if (~s2_z_30_q[32'h0]) begin
            if (s2_z_31_q[32'h0]) begin
                a1_30 = s2_u_30_q | s2_u_31_q;
                z1_30 = s2_z_30_q | s2_z_31_q;
            end
            else begin
                a1_30 = s2_u_30_q;
                z1_30 = s2_z_30_q;
            end
        end
        else if (s2_z_31_q[32'h0]) begin
            a1_30 = s2_u_31_q;
            z1_30 = s2_z_31_q;
        end
        else begin
            a1_30 = k_zero4;
            z1_30 = k_zero6;
        end
        if (~s2_z_31_q[32'h0]) begin
            a1_31 = s2_u_31_q;
            z1_31 = s2_z_31_q;
        end
        else begin
            a1_31 = k_zero4;
            z1_31 = k_zero6;
        end
        if (~z1_0[32'h1]) begin
            if (z1_2[32'h1]) begin
                a2_0 = a1_0 | a1_2;
                z2_0 = z1_0 | z1_2;
            end
            else begin
                a2_0 = a1_0;
                z2_0 = z1_0;
            end
        end
        else if (z1_2[32'h1]) begin
            a2_0 = a1_2;
            z2_0 = z1_2;
        end
        else begin
            a2_0 = k_zero4;
            z2_0 = k_zero6;
        end
        if (~z1_1[32'h1]) begin
            if (z1_3[32'h1]) begin
                a2_1 = a1_1 | a1_3;
                z2_1 = z1_1 | z1_3;
            end
            else begin
                a2_1 = a1_1;
                z2_1 = z1_1;
            end
        end
        else if (z1_3[32'h1]) begin
            a2_1 = a1_3;
            z2_1 = z1_3;
        end
        else begin
            a2_1 = k_zero4;
            z2_1 = k_zero6;
        end
        if (~z1_2[32'h1]) begin
            if (z1_4[32'h1]) begin
                a2_2 = a1_2 | a1_4;
                z2_2 = z1_2 | z1_4;
            end
            else begin
                a2_2 = a1_2;
                z2_2 = z1_2;
            end
        end
        else if (z1_4[32'h1]) begin
            a2_2 = a1_4;
            z2_2 = z1_4;
        end
        else begin
            a2_2 = k_zero4;
            z2_2 = k_zero6;
        end
        if (~z1_3[32'h1]) begin
            if (z1_5[32'h1]) begin
                a2_3 = a1_3 | a1_5;
                z2_3 = z1_3 | z1_5;
            end
            else begin
                a2_3 = a1_3;
                z2_3 = z1_3;
            end
        end
        else if (z1_5[32'h1]) begin
            a2_3 = a1_5;
            z2_3 = z1_5;
        end
        else begin
            a2_3 = k_zero4;
            z2_3 = k_zero6;
        end
        if (~z1_4[32'h1]) begin
            if (z1_6[32'h1]) begin
                a2_4 = a1_4 | a1_6;
                z2_4 = z1_4 | z1_6;
            end
            else begin
                a2_4 = a1_4;
                z2_4 = z1_4;
            end
        end
        else if (z1_6[32'h1]) begin
            a2_4 = a1_6;
            z2_4 = z1_6;
        end
        else begin
            a2_4 = k_zero4;
            z2_4 = k_zero6;
        end
        if (~z1_5[32'h1]) begin
            if (z1_7[32'h1]) begin
                a2_5 = a1_5 | a1_7;
                z2_5 = z1_5 | z1_7;
            end
            else begin
                a2_5 = a1_5;
                z2_5 = z1_5;
            end
        end
        else if (z1_7[32'h1]) begin
            a2_5 = a1_7;
            z2_5 = z1_7;
        end
        else begin
            a2_5 = k_zero4;
            z2_5 = k_zero6;
        end
        if (~z1_6[32'h1]) begin
            if (z1_8[32'h1]) begin
                a2_6 = a1_6 | a1_8;
                z2_6 = z1_6 | z1_8;
            end
            else begin
                a2_6 = a1_6;
                z2_6 = z1_6;
            end
        end
        else if (z1_8[32'h1]) begin
            a2_6 = a1_8;
            z2_6 = z1_8;
        end
        else begin
            a2_6 = k_zero4;
            z2_6 = k_zero6;
        end
        if (~z1_7[32'h1]) begin
            if (z1_9[32'h1]) begin
                a2_7 = a1_7 | a1_9;
                z2_7 = z1_7 | z1_9;
            end
            else begin
                a2_7 = a1_7;
                z2_7 = z1_7;
            end
        end
        else if (z1_9[32'h1]) begin
            a2_7 = a1_9;
            z2_7 = z1_9;
        end
        else begin
            a2_7 = k_zero4;
            z2_7 = k_zero6;
        end
        if (~z1_8[32'h1]) begin
            if (z1_10[32'h1]) begin
                a2_8 = a1_8 | a1_10;
                z2_8 = z1_8 | z1_10;
            end
            else begin
                a2_8 = a1_8;
                z2_8 = z1_8;
            end
        end
        else if (z1_10[32'h1]) begin
            a2_8 = a1_10;
            z2_8 = z1_10;
        end
        else begin
            a2_8 = k_zero4;
            z2_8 = k_zero6;
        end
        if (~z1_9[32'h1]) begin
            if (z1_11[32'h1]) begin
                a2_9 = a1_9 | a1_11;
                z2_9 = z1_9 | z1_11;
            end
            else begin
                a2_9 = a1_9;
                z2_9 = z1_9;
            end
        end
        else if (z1_11[32'h1]) begin
            a2_9 = a1_11;
            z2_9 = z1_11;
        end
        else begin
            a2_9 = k_zero4;
            z2_9 = k_zero6;
        end
        if (~z1_10[32'h1]) begin
            if (z1_12[32'h1]) begin
                a2_10 = a1_10 | a1_12;
                z2_10 = z1_10 | z1_12;
            end
            else begin
                a2_10 = a1_10;
                z2_10 = z1_10;
            end
        end
        else if (z1_12[32'h1]) begin
            a2_10 = a1_12;
            z2_10 = z1_12;
        end
        else begin
            a2_10 = k_zero4;
            z2_10 = k_zero6;
        end
        if (~z1_11[32'h1]) begin
            if (z1_13[32'h1]) begin
                a2_11 = a1_11 | a1_13;
                z2_11 = z1_11 | z1_13;
            end
            else begin
                a2_11 = a1_11;
                z2_11 = z1_11;
            end
        end
        else if (z1_13[32'h1]) begin
            a2_11 = a1_13;
            z2_11 = z1_13;
        end
        else begin
            a2_11 = k_zero4;
            z2_11 = k_zero6;
        end
        if (~z1_12[32'h1]) begin
            if (z1_14[32'h1]) begin
                a2_12 = a1_12 | a1_14;
                z2_12 = z1_12 | z1_14;
            end
            else begin
                a2_12 = a1_12;
                z2_12 = z1_12;
            end
        end
        else if (z1_14[32'h1]) begin
            a2_12 = a1_14;
            z2_12 = z1_14;
        end
        else begin
            a2_12 = k_zero4;
            z2_12 = k_zero6;
        end
        if (~z1_13[32'h1]) begin
            if (z1_15[32'h1]) begin
                a2_13 = a1_13 | a1_15;
                z2_13 = z1_13 | z1_15;
            end
            else begin
                a2_13 = a1_13;
                z2_13 = z1_13;
            end
        end
        else if (z1_15[32'h1]) begin
            a2_13 = a1_15;
            z2_13 = z1_15;
        end
        else begin
            a2_13 = k_zero4;
            z2_13 = k_zero6;
        end
        if (~z1_14[32'h1]) begin
            if (z1_16[32'h1]) begin
                a2_14 = a1_14 | a1_16;
                z2_14 = z1_14 | z1_16;
            end
            else begin
                a2_14 = a1_14;
                z2_14 = z1_14;
            end
        end
        else if (z1_16[32'h1]) begin
            a2_14 = a1_16;
            z2_14 = z1_16;
        end
        else begin
            a2_14 = k_zero4;
            z2_14 = k_zero6;
        end
        if (~z1_15[32'h1]) begin
            if (z1_17[32'h1]) begin
                a2_15 = a1_15 | a1_17;
                z2_15 = z1_15 | z1_17;
            end
            else begin
                a2_15 = a1_15;
                z2_15 = z1_15;
            end
        end
        else if (z1_17[32'h1]) begin
            a2_15 = a1_17;
            z2_15 = z1_17;
        end
        else begin
            a2_15 = k_zero4;
            z2_15 = k_zero6;
        end
        if (~z1_16[32'h1]) begin
            if (z1_18[32'h1]) begin
                a2_16 = a1_16 | a1_18;
                z2_16 = z1_16 | z1_18;
            end
            else begin
                a2_16 = a1_16;
                z2_16 = z1_16;
            end
        end
        else if (z1_18[32'h1]) begin
            a2_16 = a1_18;
            z2_16 = z1_18;
        end
        else begin
            a2_16 = k_zero4;
            z2_16 = k_zero6;
        end
        if (~z1_17[32'h1]) begin
            if (z1_19[32'h1]) begin
                a2_17 = a1_17 | a1_19;
                z2_17 = z1_17 | z1_19;
            end
            else begin
                a2_17 = a1_17;
                z2_17 = z1_17;
            end
        end
        else if (z1_19[32'h1]) begin
            a2_17 = a1_19;
            z2_17 = z1_19;
        end
        else begin
            a2_17 = k_zero4;
            z2_17 = k_zero6;
        end
        if (~z1_18[32'h1]) begin
            if (z1_20[32'h1]) begin
                a2_18 = a1_18 | a1_20;
                z2_18 = z1_18 | z1_20;
            end
            else begin
                a2_18 = a1_18;
                z2_18 = z1_18;
            end
        end
        else if (z1_20[32'h1]) begin
            a2_18 = a1_20;
            z2_18 = z1_20;
        end
        else begin
            a2_18 = k_zero4;
            z2_18 = k_zero6;
        end
        if (~z1_19[32'h1]) begin
            if (z1_21[32'h1]) begin
                a2_19 = a1_19 | a1_21;
                z2_19 = z1_19 | z1_21;
            end
            else begin
                a2_19 = a1_19;
                z2_19 = z1_19;
            end
        end
        else if (z1_21[32'h1]) begin
            a2_19 = a1_21;
            z2_19 = z1_21;
        end
        else begin
            a2_19 = k_zero4;
            z2_19 = k_zero6;
        end
        if (~z1_20[32'h1]) begin
            if (z1_22[32'h1]) begin
                a2_20 = a1_20 | a1_22;
                z2_20 = z1_20 | z1_22;
            end
            else begin
                a2_20 = a1_20;
                z2_20 = z1_20;
            end
        end
        else if (z1_22[32'h1]) begin
            a2_20 = a1_22;
            z2_20 = z1_22;
        end
        else begin
            a2_20 = k_zero4;
            z2_20 = k_zero6;
        end
        if (~z1_21[32'h1]) begin
            if (z1_23[32'h1]) begin
                a2_21 = a1_21 | a1_23;
                z2_21 = z1_21 | z1_23;
            end
            else begin
                a2_21 = a1_21;
                z2_21 = z1_21;
            end
        end
        else if (z1_23[32'h1]) begin
            a2_21 = a1_23;
            z2_21 = z1_23;
        end
        else begin
            a2_21 = k_zero4;
            z2_21 = k_zero6;
        end
        if (~z1_22[32'h1]) begin
            if (z1_24[32'h1]) begin
                a2_22 = a1_22 | a1_24;
                z2_22 = z1_22 | z1_24;
            end
            else begin
                a2_22 = a1_22;
                z2_22 = z1_22;
            end
        end
        else if (z1_24[32'h1]) begin
            a2_22 = a1_24;
            z2_22 = z1_24;
        end
        else begin
            a2_22 = k_zero4;
            z2_22 = k_zero6;
        end
        if (~z1_23[32'h1]) begin
            if (z1_25[32'h1]) begin
                a2_23 = a1_23 | a1_25;
                z2_23 = z1_23 | z1_25;
            end
            else begin
                a2_23 = a1_23;
                z2_23 = z1_23;
            end
        end
        else if (z1_25[32'h1]) begin
            a2_23 = a1_25;
            z2_23 = z1_25;
        end
        else begin
            a2_23 = k_zero4;
            z2_23 = k_zero6;
        end
        if (~z1_24[32'h1]) begin
            if (z1_26[32'h1]) begin
                a2_24 = a1_24 | a1_26;
                z2_24 = z1_24 | z1_26;
            end
            else begin
                a2_24 = a1_24;
                z2_24 = z1_24;
            end
        end
        else if (z1_26[32'h1]) begin
            a2_24 = a1_26;
            z2_24 = z1_26;
        end
        else begin
            a2_24 = k_zero4;
            z2_24 = k_zero6;
        end
        if (~z1_25[32'h1]) begin
            if (z1_27[32'h1]) begin
                a2_25 = a1_25 | a1_27;
                z2_25 = z1_25 | z1_27;
            end
            else begin
                a2_25 = a1_25;
                z2_25 = z1_25;
            end
        end
        else if (z1_27[32'h1]) begin
            a2_25 = a1_27;
            z2_25 = z1_27;
        end
        else begin
            a2_25 = k_zero4;
            z2_25 = k_zero6;
        end
        if (~z1_26[32'h1]) begin
            if (z1_28[32'h1]) begin
                a2_26 = a1_26 | a1_28;
                z2_26 = z1_26 | z1_28;
            end
            else begin
                a2_26 = a1_26;
                z2_26 = z1_26;
            end
        end
        else if (z1_28[32'h1]) begin
            a2_26 = a1_28;
            z2_26 = z1_28;
        end
        else begin
            a2_26 = k_zero4;
            z2_26 = k_zero6;
        end
        if (~z1_27[32'h1]) begin
            if (z1_29[32'h1]) begin
                a2_27 = a1_27 | a1_29;
                z2_27 = z1_27 | z1_29;
            end
            else begin
                a2_27 = a1_27;
                z2_27 = z1_27;
            end
        end
        else if (z1_29[32'h1]) begin
            a2_27 = a1_29;
            z2_27 = z1_29;
        end
        else begin
            a2_27 = k_zero4;
            z2_27 = k_zero6;
        end
        if (~z1_28[32'h1]) begin
            if (z1_30[32'h1]) begin
                a2_28 = a1_28 | a1_30;
                z2_28 = z1_28 | z1_30;
            end
            else begin
                a2_28 = a1_28;
                z2_28 = z1_28;
            end
        end
        else if (z1_30[32'h1]) begin
            a2_28 = a1_30;
            z2_28 = z1_30;
        end
        else begin
            a2_28 = k_zero4;
            z2_28 = k_zero6;
        end
        if (~z1_29[32'h1]) begin
            if (z1_31[32'h1]) begin
                a2_29 = a1_29 | a1_31;
                z2_29 = z1_29 | z1_31;
            end
            else begin
                a2_29 = a1_29;
                z2_29 = z1_29;
            end
        end
        else if (z1_31[32'h1]) begin
            a2_29 = a1_31;
            z2_29 = z1_31;
        end
        else begin
            a2_29 = k_zero4;
            z2_29 = k_zero6;
        end
        if (~z1_30[32'h1]) begin
            a2_30 = a1_30;
            z2_30 = z1_30;
        end
        else begin
            a2_30 = k_zero4;
            z2_30 = k_zero6;
        end
        if (~z1_31[32'h1]) begin
            a2_31 = a1_31;
            z2_31 = z1_31;
        end
        else begin
            a2_31 = k_zero4;
            z2_31 = k_zero6;
        end
        if (~z2_0[32'h2]) begin
            if (z2_4[32'h2]) begin
                a3_0 = a2_0 | a2_4;
                z3_0 = z2_0 | z2_4;
            end
            else begin
                a3_0 = a2_0;
                z3_0 = z2_0;
            end
        end
        else if (z2_4[32'h2]) begin
            a3_0 = a2_4;
            z3_0 = z2_4;
        end
        else begin
            a3_0 = k_zero4;
            z3_0 = k_zero6;
        end
        if (~z2_1[32'h2]) begin
            if (z2_5[32'h2]) begin
                a3_1 = a2_1 | a2_5;
                z3_1 = z2_1 | z2_5;
            end
            else begin
                a3_1 = a2_1;
                z3_1 = z2_1;
            end
        end
        else if (z2_5[32'h2]) begin
            a3_1 = a2_5;
            z3_1 = z2_5;
        end
        else begin
            a3_1 = k_zero4;
            z3_1 = k_zero6;
        end
        if (~z2_2[32'h2]) begin
            if (z2_6[32'h2]) begin
                a3_2 = a2_2 | a2_6;
                z3_2 = z2_2 | z2_6;
            end
            else begin
                a3_2 = a2_2;
                z3_2 = z2_2;
            end
        end
        else if (z2_6[32'h2]) begin
            a3_2 = a2_6;
            z3_2 = z2_6;
        end
        else begin
            a3_2 = k_zero4;
            z3_2 = k_zero6;
        end
        if (~z2_3[32'h2]) begin
            if (z2_7[32'h2]) begin
                a3_3 = a2_3 | a2_7;
                z3_3 = z2_3 | z2_7;
            end
            else begin
                a3_3 = a2_3;
                z3_3 = z2_3;
            end
        end
        else if (z2_7[32'h2]) begin
            a3_3 = a2_7;
            z3_3 = z2_7;
        end
        else begin
            a3_3 = k_zero4;
            z3_3 = k_zero6;
        end
        if (~z2_4[32'h2]) begin
            if (z2_8[32'h2]) begin
                a3_4 = a2_4 | a2_8;
                z3_4 = z2_4 | z2_8;
            end
            else begin
                a3_4 = a2_4;
                z3_4 = z2_4;
            end
        end
        else if (z2_8[32'h2]) begin
            a3_4 = a2_8;
            z3_4 = z2_8;
        end
        else begin
            a3_4 = k_zero4;
            z3_4 = k_zero6;
        end
        if (~z2_5[32'h2]) begin
            if (z2_9[32'h2]) begin
                a3_5 = a2_5 | a2_9;
                z3_5 = z2_5 | z2_9;
            end
            else begin
                a3_5 = a2_5;
                z3_5 = z2_5;
            end
        end
        else if (z2_9[32'h2]) begin
            a3_5 = a2_9;
            z3_5 = z2_9;
        end
        else begin
            a3_5 = k_zero4;
            z3_5 = k_zero6;
        end
        if (~z2_6[32'h2]) begin
            if (z2_10[32'h2]) begin
                a3_6 = a2_6 | a2_10;
                z3_6 = z2_6 | z2_10;
            end
            else begin
                a3_6 = a2_6;
                z3_6 = z2_6;
            end
        end
        else if (z2_10[32'h2]) begin
            a3_6 = a2_10;
            z3_6 = z2_10;
        end
        else begin
            a3_6 = k_zero4;
            z3_6 = k_zero6;
        end
        if (~z2_7[32'h2]) begin
            if (z2_11[32'h2]) begin
                a3_7 = a2_7 | a2_11;
                z3_7 = z2_7 | z2_11;
            end
            else begin
                a3_7 = a2_7;
                z3_7 = z2_7;
            end
        end
        else if (z2_11[32'h2]) begin
            a3_7 = a2_11;
            z3_7 = z2_11;
        end
        else begin
            a3_7 = k_zero4;
            z3_7 = k_zero6;
        end
        if (~z2_8[32'h2]) begin
            if (z2_12[32'h2]) begin
                a3_8 = a2_8 | a2_12;
                z3_8 = z2_8 | z2_12;
            end
            else begin
                a3_8 = a2_8;
                z3_8 = z2_8;
            end
        end
        else if (z2_12[32'h2]) begin
            a3_8 = a2_12;
            z3_8 = z2_12;
        end
        else begin
            a3_8 = k_zero4;
            z3_8 = k_zero6;
        end
        if (~z2_9[32'h2]) begin
            if (z2_13[32'h2]) begin
                a3_9 = a2_9 | a2_13;
                z3_9 = z2_9 | z2_13;
            end
            else begin
                a3_9 = a2_9;
                z3_9 = z2_9;
            end
        end
        else if (z2_13[32'h2]) begin
            a3_9 = a2_13;
            z3_9 = z2_13;
        end
        else begin
            a3_9 = k_zero4;
            z3_9 = k_zero6;
        end
        if (~z2_10[32'h2]) begin
            if (z2_14[32'h2]) begin
                a3_10 = a2_10 | a2_14;
                z3_10 = z2_10 | z2_14;
            end
            else begin
                a3_10 = a2_10;
                z3_10 = z2_10;
            end
        end
        else if (z2_14[32'h2]) begin
            a3_10 = a2_14;
            z3_10 = z2_14;
        end
        else begin
            a3_10 = k_zero4;
            z3_10 = k_zero6;
        end
        if (~z2_11[32'h2]) begin
            if (z2_15[32'h2]) begin
                a3_11 = a2_11 | a2_15;
                z3_11 = z2_11 | z2_15;
            end
            else begin
                a3_11 = a2_11;
                z3_11 = z2_11;
            end
        end
        else if (z2_15[32'h2]) begin
            a3_11 = a2_15;
            z3_11 = z2_15;
        end
        else begin
            a3_11 = k_zero4;
            z3_11 = k_zero6;
        end
        if (~z2_12[32'h2]) begin
            if (z2_16[32'h2]) begin
                a3_12 = a2_12 | a2_16;
                z3_12 = z2_12 | z2_16;
            end
            else begin
                a3_12 = a2_12;
                z3_12 = z2_12;
            end
        end
        else if (z2_16[32'h2]) begin
            a3_12 = a2_16;
            z3_12 = z2_16;
        end
        else begin
            a3_12 = k_zero4;
            z3_12 = k_zero6;
        end
        if (~z2_13[32'h2]) begin
            if (z2_17[32'h2]) begin
                a3_13 = a2_13 | a2_17;
                z3_13 = z2_13 | z2_17;
            end
            else begin
                a3_13 = a2_13;
                z3_13 = z2_13;
            end
        end
        else if (z2_17[32'h2]) begin
            a3_13 = a2_17;
            z3_13 = z2_17;
        end
        else begin
            a3_13 = k_zero4;
            z3_13 = k_zero6;
        end
        if (~z2_14[32'h2]) begin
            if (z2_18[32'h2]) begin
                a3_14 = a2_14 | a2_18;
                z3_14 = z2_14 | z2_18;
            end
            else begin
                a3_14 = a2_14;
                z3_14 = z2_14;
            end
        end
        else if (z2_18[32'h2]) begin
            a3_14 = a2_18;
            z3_14 = z2_18;
        end
        else begin
            a3_14 = k_zero4;
            z3_14 = k_zero6;
        end
        if (~z2_15[32'h2]) begin
            if (z2_19[32'h2]) begin
                a3_15 = a2_15 | a2_19;
                z3_15 = z2_15 | z2_19;
            end
            else begin
                a3_15 = a2_15;
                z3_15 = z2_15;
            end
        end
        else if (z2_19[32'h2]) begin
            a3_15 = a2_19;
            z3_15 = z2_19;
        end
        else begin
            a3_15 = k_zero4;
            z3_15 = k_zero6;
        end
        if (~z2_16[32'h2]) begin
            if (z2_20[32'h2]) begin
                a3_16 = a2_16 | a2_20;
                z3_16 = z2_16 | z2_20;
            end
            else begin
                a3_16 = a2_16;
                z3_16 = z2_16;
            end
        end
        else if (z2_20[32'h2]) begin
            a3_16 = a2_20;
            z3_16 = z2_20;
        end
        else begin
            a3_16 = k_zero4;
            z3_16 = k_zero6;
        end
        if (~z2_17[32'h2]) begin
            if (z2_21[32'h2]) begin
                a3_17 = a2_17 | a2_21;
                z3_17 = z2_17 | z2_21;
            end
            else begin
                a3_17 = a2_17;
                z3_17 = z2_17;
            end
        end
        else if (z2_21[32'h2]) begin
            a3_17 = a2_21;
            z3_17 = z2_21;
        end
        else begin
            a3_17 = k_zero4;
            z3_17 = k_zero6;
        end
        if (~z2_18[32'h2]) begin
            if (z2_22[32'h2]) begin
                a3_18 = a2_18 | a2_22;
                z3_18 = z2_18 | z2_22;
            end
            else begin
                a3_18 = a2_18;
                z3_18 = z2_18;
            end
        end
        else if (z2_22[32'h2]) begin
            a3_18 = a2_22;
            z3_18 = z2_22;
        end
        else begin
            a3_18 = k_zero4;
            z3_18 = k_zero6;
        end
        if (~z2_19[32'h2]) begin
            if (z2_23[32'h2]) begin
                a3_19 = a2_19 | a2_23;
                z3_19 = z2_19 | z2_23;
            end
            else begin
                a3_19 = a2_19;
                z3_19 = z2_19;
            end
        end
        else if (z2_23[32'h2]) begin
            a3_19 = a2_23;
            z3_19 = z2_23;
        end
        else begin
            a3_19 = k_zero4;
            z3_19 = k_zero6;
        end
        if (~z2_20[32'h2]) begin
            if (z2_24[32'h2]) begin
                a3_20 = a2_20 | a2_24;
                z3_20 = z2_20 | z2_24;
            end
            else begin
                a3_20 = a2_20;
                z3_20 = z2_20;
            end
        end
        else if (z2_24[32'h2]) begin
            a3_20 = a2_24;
            z3_20 = z2_24;
        end
        else begin
            a3_20 = k_zero4;
            z3_20 = k_zero6;
        end
        if (~z2_21[32'h2]) begin
            if (z2_25[32'h2]) begin
                a3_21 = a2_21 | a2_25;
                z3_21 = z2_21 | z2_25;
            end
            else begin
                a3_21 = a2_21;
                z3_21 = z2_21;
            end
        end
        else if (z2_25[32'h2]) begin
            a3_21 = a2_25;
            z3_21 = z2_25;
        end
        else begin
            a3_21 = k_zero4;
            z3_21 = k_zero6;
        end
        if (~z2_22[32'h2]) begin
            if (z2_26[32'h2]) begin
                a3_22 = a2_22 | a2_26;
                z3_22 = z2_22 | z2_26;
            end
            else begin
                a3_22 = a2_22;
                z3_22 = z2_22;
            end
        end
        else if (z2_26[32'h2]) begin
            a3_22 = a2_26;
            z3_22 = z2_26;
        end
        else begin
            a3_22 = k_zero4;
            z3_22 = k_zero6;
        end
        if (~z2_23[32'h2]) begin
            if (z2_27[32'h2]) begin
                a3_23 = a2_23 | a2_27;
                z3_23 = z2_23 | z2_27;
            end
            else begin
                a3_23 = a2_23;
                z3_23 = z2_23;
            end
        end
        else if (z2_27[32'h2]) begin
            a3_23 = a2_27;
            z3_23 = z2_27;
        end
        else begin
            a3_23 = k_zero4;
            z3_23 = k_zero6;
        end
        if (~z2_24[32'h2]) begin
            if (z2_28[32'h2]) begin
                a3_24 = a2_24 | a2_28;
                z3_24 = z2_24 | z2_28;
            end
            else begin
                a3_24 = a2_24;
                z3_24 = z2_24;
            end
        end
        else if (z2_28[32'h2]) begin
            a3_24 = a2_28;
            z3_24 = z2_28;
        end
        else begin
            a3_24 = k_zero4;
            z3_24 = k_zero6;
        end
        if (~z2_25[32'h2]) begin
            if (z2_29[32'h2]) begin
                a3_25 = a2_25 | a2_29;
                z3_25 = z2_25 | z2_29;
            end
            else begin
                a3_25 = a2_25;
                z3_25 = z2_25;
            end
        end
        else if (z2_29[32'h2]) begin
            a3_25 = a2_29;
            z3_25 = z2_29;
        end
        else begin
            a3_25 = k_zero4;
            z3_25 = k_zero6;
        end
        if (~z2_26[32'h2]) begin
            if (z2_30[32'h2]) begin
                a3_26 = a2_26 | a2_30;
                z3_26 = z2_26 | z2_30;
            end
            else begin
                a3_26 = a2_26;
                z3_26 = z2_26;
            end
        end
        else if (z2_30[32'h2]) begin
            a3_26 = a2_30;
            z3_26 = z2_30;
        end
        else begin
            a3_26 = k_zero4;
            z3_26 = k_zero6;
        end
        if (~z2_27[32'h2]) begin
            if (z2_31[32'h2]) begin
                a3_27 = a2_27 | a2_31;
                z3_27 = z2_27 | z2_31;
            end
            else begin
                a3_27 = a2_27;
                z3_27 = z2_27;
            end
        end
        else if (z2_31[32'h2]) begin
            a3_27 = a2_31;
            z3_27 = z2_31;
        end
        else begin
            a3_27 = k_zero4;
            z3_27 = k_zero6;
        end
        if (~z2_28[32'h2]) begin
            a3_28 = a2_28;
            z3_28 = z2_28;
        end
        else begin
            a3_28 = k_zero4;
            z3_28 = k_zero6;
        end
        if (~z2_29[32'h2]) begin
            a3_29 = a2_29;
            z3_29 = z2_29;
        end
        else begin
            a3_29 = k_zero4;
            z3_29 = k_zero6;
        end
        if (~z2_30[32'h2]) begin
            a3_30 = a2_30;
            z3_30 = z2_30;
        end
        else begin
            a3_30 = k_zero4;
            z3_30 = k_zero6;
        end
        if (~z2_31[32'h2]) begin
            a3_31 = a2_31;
            z3_31 = z2_31;
        end
        else begin
            a3_31 = k_zero4;
            z3_31 = k_zero6;
        end
        if (~z3_0[32'h3]) begin
            if (z3_8[32'h3]) begin
                a4_0 = a3_0 | a3_8;
                z4_0 = z3_0 | z3_8;
            end
            else begin
                a4_0 = a3_0;
                z4_0 = z3_0;
            end
        end
        else if (z3_8[32'h3]) begin
            a4_0 = a3_8;
            z4_0 = z3_8;
        end
        else begin
            a4_0 = k_zero4;
            z4_0 = k_zero6;
        end
        if (~z3_1[32'h3]) begin
            if (z3_9[32'h3]) begin
                a4_1 = a3_1 | a3_9;
                z4_1 = z3_1 | z3_9;
            end
            else begin
                a4_1 = a3_1;
                z4_1 = z3_1;
            end
        end
        else if (z3_9[32'h3]) begin
            a4_1 = a3_9;
            z4_1 = z3_9;
        end
        else begin
            a4_1 = k_zero4;
            z4_1 = k_zero6;
        end
        if (~z3_2[32'h3]) begin
            if (z3_10[32'h3]) begin
                a4_2 = a3_2 | a3_10;
                z4_2 = z3_2 | z3_10;
            end
            else begin
                a4_2 = a3_2;
                z4_2 = z3_2;
            end
        end
        else if (z3_10[32'h3]) begin
            a4_2 = a3_10;
            z4_2 = z3_10;
        end
        else begin
            a4_2 = k_zero4;
            z4_2 = k_zero6;
        end
        if (~z3_3[32'h3]) begin
            if (z3_11[32'h3]) begin
                a4_3 = a3_3 | a3_11;
                z4_3 = z3_3 | z3_11;
            end
            else begin
                a4_3 = a3_3;
                z4_3 = z3_3;
            end
        end
        else if (z3_11[32'h3]) begin
            a4_3 = a3_11;
            z4_3 = z3_11;
        end
        else begin
            a4_3 = k_zero4;
            z4_3 = k_zero6;
        end
        if (~z3_4[32'h3]) begin
            if (z3_12[32'h3]) begin
                a4_4 = a3_4 | a3_12;
                z4_4 = z3_4 | z3_12;
            end
            else begin
                a4_4 = a3_4;
                z4_4 = z3_4;
            end
        end
        else if (z3_12[32'h3]) begin
            a4_4 = a3_12;
            z4_4 = z3_12;
        end
        else begin
            a4_4 = k_zero4;
            z4_4 = k_zero6;
        end
        if (~z3_5[32'h3]) begin
            if (z3_13[32'h3]) begin
                a4_5 = a3_5 | a3_13;
                z4_5 = z3_5 | z3_13;
            end
            else begin
                a4_5 = a3_5;
                z4_5 = z3_5;
            end
        end
        else if (z3_13[32'h3]) begin
            a4_5 = a3_13;
            z4_5 = z3_13;
        end
        else begin
            a4_5 = k_zero4;
            z4_5 = k_zero6;
        end
        if (~z3_6[32'h3]) begin
            if (z3_14[32'h3]) begin
                a4_6 = a3_6 | a3_14;
                z4_6 = z3_6 | z3_14;
            end
            else begin
                a4_6 = a3_6;
                z4_6 = z3_6;
            end
        end
        else if (z3_14[32'h3]) begin
            a4_6 = a3_14;
            z4_6 = z3_14;
        end
        else begin
            a4_6 = k_zero4;
            z4_6 = k_zero6;
        end
        if (~z3_7[32'h3]) begin
            if (z3_15[32'h3]) begin
                a4_7 = a3_7 | a3_15;
                z4_7 = z3_7 | z3_15;
            end
            else begin
                a4_7 = a3_7;
                z4_7 = z3_7;
            end
        end
        else if (z3_15[32'h3]) begin
            a4_7 = a3_15;
            z4_7 = z3_15;
        end
        else begin
            a4_7 = k_zero4;
            z4_7 = k_zero6;
        end
        if (~z3_8[32'h3]) begin
            if (z3_16[32'h3]) begin
                a4_8 = a3_8 | a3_16;
                z4_8 = z3_8 | z3_16;
            end
            else begin
                a4_8 = a3_8;
                z4_8 = z3_8;
            end
        end
        else if (z3_16[32'h3]) begin
            a4_8 = a3_16;
            z4_8 = z3_16;
        end
        else begin
            a4_8 = k_zero4;
            z4_8 = k_zero6;
        end
        if (~z3_9[32'h3]) begin
            if (z3_17[32'h3]) begin
                a4_9 = a3_9 | a3_17;
                z4_9 = z3_9 | z3_17;
            end
            else begin
                a4_9 = a3_9;
                z4_9 = z3_9;
            end
        end
        else if (z3_17[32'h3]) begin
            a4_9 = a3_17;
            z4_9 = z3_17;
        end
        else begin
            a4_9 = k_zero4;
            z4_9 = k_zero6;
        end
        if (~z3_10[32'h3]) begin
            if (z3_18[32'h3]) begin
                a4_10 = a3_10 | a3_18;
                z4_10 = z3_10 | z3_18;
            end
            else begin
                a4_10 = a3_10;
                z4_10 = z3_10;
            end
        end
        else if (z3_18[32'h3]) begin
            a4_10 = a3_18;
            z4_10 = z3_18;
        end
        else begin
            a4_10 = k_zero4;
            z4_10 = k_zero6;
        end
        if (~z3_11[32'h3]) begin
            if (z3_19[32'h3]) begin
                a4_11 = a3_11 | a3_19;
                z4_11 = z3_11 | z3_19;
            end
            else begin
                a4_11 = a3_11;
                z4_11 = z3_11;
            end
        end
        else if (z3_19[32'h3]) begin
            a4_11 = a3_19;
            z4_11 = z3_19;
        end
        else begin
            a4_11 = k_zero4;
            z4_11 = k_zero6;
        end
        if (~z3_12[32'h3]) begin
            if (z3_20[32'h3]) begin
                a4_12 = a3_12 | a3_20;
                z4_12 = z3_12 | z3_20;
            end
            else begin
                a4_12 = a3_12;
                z4_12 = z3_12;
            end
        end
        else if (z3_20[32'h3]) begin
            a4_12 = a3_20;
            z4_12 = z3_20;
        end
        else begin
            a4_12 = k_zero4;
            z4_12 = k_zero6;
        end
        if (~z3_13[32'h3]) begin
            if (z3_21[32'h3]) begin
                a4_13 = a3_13 | a3_21;
                z4_13 = z3_13 | z3_21;
            end
            else begin
                a4_13 = a3_13;
                z4_13 = z3_13;
            end
        end
        else if (z3_21[32'h3]) begin
            a4_13 = a3_21;
            z4_13 = z3_21;
        end
        else begin
            a4_13 = k_zero4;
            z4_13 = k_zero6;
        end
        if (~z3_14[32'h3]) begin
            if (z3_22[32'h3]) begin
                a4_14 = a3_14 | a3_22;
                z4_14 = z3_14 | z3_22;
            end
            else begin
                a4_14 = a3_14;
                z4_14 = z3_14;
            end
        end
        else if (z3_22[32'h3]) begin
            a4_14 = a3_22;
            z4_14 = z3_22;
        end
        else begin
            a4_14 = k_zero4;
            z4_14 = k_zero6;
        end
        if (~z3_15[32'h3]) begin
            if (z3_23[32'h3]) begin
                a4_15 = a3_15 | a3_23;
                z4_15 = z3_15 | z3_23;
            end
            else begin
                a4_15 = a3_15;
                z4_15 = z3_15;
            end
        end
        else if (z3_23[32'h3]) begin
            a4_15 = a3_23;
            z4_15 = z3_23;
        end
        else begin
            a4_15 = k_zero4;
            z4_15 = k_zero6;
        end
        if (~z3_16[32'h3]) begin
            if (z3_24[32'h3]) begin
                a4_16 = a3_16 | a3_24;
                z4_16 = z3_16 | z3_24;
            end
            else begin
                a4_16 = a3_16;
                z4_16 = z3_16;
            end
        end
        else if (z3_24[32'h3]) begin
            a4_16 = a3_24;
            z4_16 = z3_24;
        end
        else begin
            a4_16 = k_zero4;
            z4_16 = k_zero6;
        end
        if (~z3_17[32'h3]) begin
            if (z3_25[32'h3]) begin
                a4_17 = a3_17 | a3_25;
                z4_17 = z3_17 | z3_25;
            end
            else begin
                a4_17 = a3_17;
                z4_17 = z3_17;
            end
        end
        else if (z3_25[32'h3]) begin
            a4_17 = a3_25;
            z4_17 = z3_25;
        end
        else begin
            a4_17 = k_zero4;
            z4_17 = k_zero6;
        end
        if (~z3_18[32'h3]) begin
            if (z3_26[32'h3]) begin
                a4_18 = a3_18 | a3_26;
                z4_18 = z3_18 | z3_26;
            end
            else begin
                a4_18 = a3_18;
                z4_18 = z3_18;
            end
        end
        else if (z3_26[32'h3]) begin
            a4_18 = a3_26;
            z4_18 = z3_26;
        end
        else begin
            a4_18 = k_zero4;
            z4_18 = k_zero6;
        end
        if (~z3_19[32'h3]) begin
            if (z3_27[32'h3]) begin
                a4_19 = a3_19 | a3_27;
                z4_19 = z3_19 | z3_27;
            end
            else begin
                a4_19 = a3_19;
                z4_19 = z3_19;
            end
        end
        else if (z3_27[32'h3]) begin
            a4_19 = a3_27;
            z4_19 = z3_27;
        end
        else begin
            a4_19 = k_zero4;
            z4_19 = k_zero6;
        end
        if (~z3_20[32'h3]) begin
            if (z3_28[32'h3]) begin
                a4_20 = a3_20 | a3_28;
                z4_20 = z3_20 | z3_28;
            end
            else begin
                a4_20 = a3_20;
                z4_20 = z3_20;
            end
        end
        else if (z3_28[32'h3]) begin
            a4_20 = a3_28;
            z4_20 = z3_28;
        end
        else begin
            a4_20 = k_zero4;
            z4_20 = k_zero6;
        end
        if (~z3_21[32'h3]) begin
            if (z3_29[32'h3]) begin
                a4_21 = a3_21 | a3_29;
                z4_21 = z3_21 | z3_29;
            end
            else begin
                a4_21 = a3_21;
                z4_21 = z3_21;
            end
        end
        else if (z3_29[32'h3]) begin
            a4_21 = a3_29;
            z4_21 = z3_29;
        end
        else begin
            a4_21 = k_zero4;
            z4_21 = k_zero6;
        end
        if (~z3_22[32'h3]) begin
            if (z3_30[32'h3]) begin
                a4_22 = a3_22 | a3_30;
                z4_22 = z3_22 | z3_30;
            end
            else begin
                a4_22 = a3_22;
                z4_22 = z3_22;
            end
        end
        else if (z3_30[32'h3]) begin
            a4_22 = a3_30;
            z4_22 = z3_30;
        end
        else begin
            a4_22 = k_zero4;
            z4_22 = k_zero6;
        end
        if (~z3_23[32'h3]) begin
            if (z3_31[32'h3]) begin
                a4_23 = a3_23 | a3_31;
                z4_23 = z3_23 | z3_31;
            end
            else begin
                a4_23 = a3_23;
                z4_23 = z3_23;
            end
        end
        else if (z3_31[32'h3]) begin
            a4_23 = a3_31;
            z4_23 = z3_31;
        end
        else begin
            a4_23 = k_zero4;
            z4_23 = k_zero6;
        end
        if (~z3_24[32'h3]) begin
            a4_24 = a3_24;
            z4_24 = z3_24;
        end
        else begin
            a4_24 = k_zero4;
            z4_24 = k_zero6;
        end
        if (~z3_25[32'h3]) begin
            a4_25 = a3_25;
            z4_25 = z3_25;
        end
        else begin
            a4_25 = k_zero4;
            z4_25 = k_zero6;
        end
        if (~z3_26[32'h3]) begin
            a4_26 = a3_26;
            z4_26 = z3_26;
        end
        else begin
            a4_26 = k_zero4;
            z4_26 = k_zero6;
        end
        if (~z3_27[32'h3]) begin
            a4_27 = a3_27;
            z4_27 = z3_27;
        end
        else begin
            a4_27 = k_zero4;
            z4_27 = k_zero6;
        end
        if (~z3_28[32'h3]) begin
            a4_28 = a3_28;
            z4_28 = z3_28;
        end
        else begin
            a4_28 = k_zero4;
            z4_28 = k_zero6;
        end
        if (~z3_29[32'h3]) begin
            a4_29 = a3_29;
            z4_29 = z3_29;
        end
        else begin
            a4_29 = k_zero4;
            z4_29 = k_zero6;
        end
        if (~z3_30[32'h3]) begin
            a4_30 = a3_30;
            z4_30 = z3_30;
        end
        else begin
            a4_30 = k_zero4;
            z4_30 = k_zero6;
        end
        if (~z3_31[32'h3]) begin
            a4_31 = a3_31;
            z4_31 = z3_31;
        end
        else begin
            a4_31 = k_zero4;
            z4_31 = k_zero6;
        end
        if (en3) begin
            s3_valid_d = s2_valid_q;
            s3_last_d = s2_last_q;
            s3_flag_d = s2_flag_q;
            s3_sel_d = s2_sel_q;
            s3_nl_d = s2_nl_q;
            s3_d_0_d = s2_d_0_q;
            s3_d_1_d = s2_d_1_q;
            s3_d_2_d = s2_d_2_q;
            s3_d_3_d = s2_d_3_q;
            s3_d_4_d = s2_d_4_q;
            s3_d_5_d = s2_d_5_q;
            s3_d_6_d = s2_d_6_q;
            s3_d_7_d = s2_d_7_q;
            s3_d_8_d = s2_d_8_q;
            s3_d_9_d = s2_d_9_q;
            s3_d_10_d = s2_d_10_q;
            s3_d_11_d = s2_d_11_q;
            s3_d_12_d = s2_d_12_q;
            s3_d_13_d = s2_d_13_q;
            s3_d_14_d = s2_d_14_q;
            s3_d_15_d = s2_d_15_q;
            s3_d_16_d = s2_d_16_q;
            s3_d_17_d = s2_d_17_q;
            s3_d_18_d = s2_d_18_q;
            s3_d_19_d = s2_d_19_q;
            s3_d_20_d = s2_d_20_q;
            s3_d_21_d = s2_d_21_q;
            s3_d_22_d = s2_d_22_q;
            s3_d_23_d = s2_d_23_q;
            s3_d_24_d = s2_d_24_q;
            s3_d_25_d = s2_d_25_q;
            s3_d_26_d = s2_d_26_q;
            s3_d_27_d = s2_d_27_q;
            s3_d_28_d = s2_d_28_q;
            s3_d_29_d = s2_d_29_q;
            s3_d_30_d = s2_d_30_q;
            s3_d_31_d = s2_d_31_q;
            if (~z4_0[32'h4]) begin
                if (z4_16[32'h4]) begin
                    s3_e_0_d = a4_0 | a4_16;
                end
                else begin
                    s3_e_0_d = a4_0;
                end
            end
            else if (z4_16[32'h4]) begin
                s3_e_0_d = a4_16;
            end
            else begin
                s3_e_0_d = k_zero4;
            end
            if (~z4_1[32'h4]) begin
                if (z4_17[32'h4]) begin
                    s3_e_1_d = a4_1 | a4_17;
                end
                else begin
                    s3_e_1_d = a4_1;
                end
            end
            else if (z4_17[32'h4]) begin
                s3_e_1_d = a4_17;
            end
            else begin
                s3_e_1_d = k_zero4;
            end
            if (~z4_2[32'h4]) begin
                if (z4_18[32'h4]) begin
                    s3_e_2_d = a4_2 | a4_18;
                end
                else begin
                    s3_e_2_d = a4_2;
                end
            end
            else if (z4_18[32'h4]) begin
                s3_e_2_d = a4_18;
            end
            else begin
                s3_e_2_d = k_zero4;
            end
            if (~z4_3[32'h4]) begin
                if (z4_19[32'h4]) begin
                    s3_e_3_d = a4_3 | a4_19;
                end
                else begin
                    s3_e_3_d = a4_3;
                end
            end
            else if (z4_19[32'h4]) begin
                s3_e_3_d = a4_19;
            end
            else begin
                s3_e_3_d = k_zero4;
            end
            if (~z4_4[32'h4]) begin
                if (z4_20[32'h4]) begin
                    s3_e_4_d = a4_4 | a4_20;
                end
                else begin
                    s3_e_4_d = a4_4;
                end
            end
            else if (z4_20[32'h4]) begin
                s3_e_4_d = a4_20;
            end
            else begin
                s3_e_4_d = k_zero4;
            end
            if (~z4_5[32'h4]) begin
                if (z4_21[32'h4]) begin
                    s3_e_5_d = a4_5 | a4_21;
                end
                else begin
                    s3_e_5_d = a4_5;
                end
            end
            else if (z4_21[32'h4]) begin
                s3_e_5_d = a4_21;
            end
            else begin
                s3_e_5_d = k_zero4;
            end
            if (~z4_6[32'h4]) begin
                if (z4_22[32'h4]) begin
                    s3_e_6_d = a4_6 | a4_22;
                end
                else begin
                    s3_e_6_d = a4_6;
                end
            end
            else if (z4_22[32'h4]) begin
                s3_e_6_d = a4_22;
            end
            else begin
                s3_e_6_d = k_zero4;
            end
            if (~z4_7[32'h4]) begin
                if (z4_23[32'h4]) begin
                    s3_e_7_d = a4_7 | a4_23;
                end
                else begin
                    s3_e_7_d = a4_7;
                end
            end
            else if (z4_23[32'h4]) begin
                s3_e_7_d = a4_23;
            end
            else begin
                s3_e_7_d = k_zero4;
            end
            if (~z4_8[32'h4]) begin
                if (z4_24[32'h4]) begin
                    s3_e_8_d = a4_8 | a4_24;
                end
                else begin
                    s3_e_8_d = a4_8;
                end
            end
            else if (z4_24[32'h4]) begin
                s3_e_8_d = a4_24;
            end
            else begin
                s3_e_8_d = k_zero4;
            end
            if (~z4_9[32'h4]) begin
                if (z4_25[32'h4]) begin
                    s3_e_9_d = a4_9 | a4_25;
                end
                else begin
                    s3_e_9_d = a4_9;
                end
            end
            else if (z4_25[32'h4]) begin
                s3_e_9_d = a4_25;
            end
            else begin
                s3_e_9_d = k_zero4;
            end
            if (~z4_10[32'h4]) begin
                if (z4_26[32'h4]) begin
                    s3_e_10_d = a4_10 | a4_26;
                end
                else begin
                    s3_e_10_d = a4_10;
                end
            end
            else if (z4_26[32'h4]) begin
                s3_e_10_d = a4_26;
            end
            else begin
                s3_e_10_d = k_zero4;
            end
            if (~z4_11[32'h4]) begin
                if (z4_27[32'h4]) begin
                    s3_e_11_d = a4_11 | a4_27;
                end
                else begin
                    s3_e_11_d = a4_11;
                end
            end
            else if (z4_27[32'h4]) begin
                s3_e_11_d = a4_27;
            end
            else begin
                s3_e_11_d = k_zero4;
            end
            if (~z4_12[32'h4]) begin
                if (z4_28[32'h4]) begin
                    s3_e_12_d = a4_12 | a4_28;
                end
                else begin
                    s3_e_12_d = a4_12;
                end
            end
            else if (z4_28[32'h4]) begin
                s3_e_12_d = a4_28;
            end
            else begin
                s3_e_12_d = k_zero4;
            end
            if (~z4_13[32'h4]) begin
                if (z4_29[32'h4]) begin
                    s3_e_13_d = a4_13 | a4_29;
                end
                else begin
                    s3_e_13_d = a4_13;
                end
            end
            else if (z4_29[32'h4]) begin
                s3_e_13_d = a4_29;
            end
            else begin
                s3_e_13_d = k_zero4;
            end
            if (~z4_14[32'h4]) begin
                if (z4_30[32'h4]) begin
                    s3_e_14_d = a4_14 | a4_30;
                end
                else begin
                    s3_e_14_d = a4_14;
                end
            end
            else if (z4_30[32'h4]) begin
                s3_e_14_d = a4_30;
            end
            else begin
                s3_e_14_d = k_zero4;
            end
            if (~z4_15[32'h4]) begin
                if (z4_31[32'h4]) begin
                    s3_e_15_d = a4_15 | a4_31;
                end
                else begin
                    s3_e_15_d = a4_15;
                end
            end
            else if (z4_31[32'h4]) begin
                s3_e_15_d = a4_31;
            end
            else begin
                s3_e_15_d = k_zero4;
            end
            if (~z4_16[32'h4]) begin
                s3_e_16_d = a4_16;
            end
            else begin
                s3_e_16_d = k_zero4;
            end
            if (~z4_17[32'h4]) begin
                s3_e_17_d = a4_17;
            end
            else begin
                s3_e_17_d = k_zero4;
            end
            if (~z4_18[32'h4]) begin
                s3_e_18_d = a4_18;
            end
            else begin
                s3_e_18_d = k_zero4;
            end
            if (~z4_19[32'h4]) begin
                s3_e_19_d = a4_19;
            end
            else begin
                s3_e_19_d = k_zero4;
            end
            if (~z4_20[32'h4]) begin
                s3_e_20_d = a4_20;
            end
            else begin
                s3_e_20_d = k_zero4;
            end
            if (~z4_21[32'h4]) begin
                s3_e_21_d = a4_21;
            end
            else begin
                s3_e_21_d = k_zero4;
            end
            if (~z4_22[32'h4]) begin
                s3_e_22_d = a4_22;
            end
            else begin
                s3_e_22_d = k_zero4;
            end
            if (~z4_23[32'h4]) begin
                s3_e_23_d = a4_23;
            end
            else begin
                s3_e_23_d = k_zero4;
            end
            if (~z4_24[32'h4]) begin
                s3_e_24_d = a4_24;
            end
            else begin
                s3_e_24_d = k_zero4;
            end
            if (~z4_25[32'h4]) begin
                s3_e_25_d = a4_25;
            end
            else begin
                s3_e_25_d = k_zero4;
            end
            if (~z4_26[32'h4]) begin
                s3_e_26_d = a4_26;
            end
            else begin
                s3_e_26_d = k_zero4;
            end
            if (~z4_27[32'h4]) begin
                s3_e_27_d = a4_27;
            end
            else begin
                s3_e_27_d = k_zero4;
            end
            if (~z4_28[32'h4]) begin
                s3_e_28_d = a4_28;
            end
            else begin
                s3_e_28_d = k_zero4;
            end
            if (~z4_29[32'h4]) begin
                s3_e_29_d = a4_29;
            end
            else begin
                s3_e_29_d = k_zero4;
            end
            if (~z4_30[32'h4]) begin
                s3_e_30_d = a4_30;
            end
            else begin
                s3_e_30_d = k_zero4;
            end
            if (~z4_31[32'h4]) begin
                s3_e_31_d = a4_31;
            end
            else begin
                s3_e_31_d = k_zero4;
            end
        end
        s3_p9_0 = ((s3_d_0_q >> 32'h7) & k_sign9) | ((s3_d_0_q & k_m9) >> 32'h3);
        s3_p12_0 = ((s3_d_0_q >> 32'h4) & k_sign12) | ((s3_d_0_q & k_m12) >> 32'h3);
        s3_p9_1 = ((s3_d_1_q >> 32'h7) & k_sign9) | ((s3_d_1_q & k_m9) >> 32'h3);
        s3_p12_1 = ((s3_d_1_q >> 32'h4) & k_sign12) | ((s3_d_1_q & k_m12) >> 32'h3);
        s3_p9_2 = ((s3_d_2_q >> 32'h7) & k_sign9) | ((s3_d_2_q & k_m9) >> 32'h3);
        s3_p12_2 = ((s3_d_2_q >> 32'h4) & k_sign12) | ((s3_d_2_q & k_m12) >> 32'h3);
        s3_p9_3 = ((s3_d_3_q >> 32'h7) & k_sign9) | ((s3_d_3_q & k_m9) >> 32'h3);
        s3_p12_3 = ((s3_d_3_q >> 32'h4) & k_sign12) | ((s3_d_3_q & k_m12) >> 32'h3);
        s3_p9_4 = ((s3_d_4_q >> 32'h7) & k_sign9) | ((s3_d_4_q & k_m9) >> 32'h3);
        s3_p12_4 = ((s3_d_4_q >> 32'h4) & k_sign12) | ((s3_d_4_q & k_m12) >> 32'h3);
        s3_p9_5 = ((s3_d_5_q >> 32'h7) & k_sign9) | ((s3_d_5_q & k_m9) >> 32'h3);
        s3_p12_5 = ((s3_d_5_q >> 32'h4) & k_sign12) | ((s3_d_5_q & k_m12) >> 32'h3);
        s3_p9_6 = ((s3_d_6_q >> 32'h7) & k_sign9) | ((s3_d_6_q & k_m9) >> 32'h3);
        s3_p12_6 = ((s3_d_6_q >> 32'h4) & k_sign12) | ((s3_d_6_q & k_m12) >> 32'h3);
        s3_p9_7 = ((s3_d_7_q >> 32'h7) & k_sign9) | ((s3_d_7_q & k_m9) >> 32'h3);
        s3_p12_7 = ((s3_d_7_q >> 32'h4) & k_sign12) | ((s3_d_7_q & k_m12) >> 32'h3);
        s3_p9_8 = ((s3_d_8_q >> 32'h7) & k_sign9) | ((s3_d_8_q & k_m9) >> 32'h3);
        s3_p12_8 = ((s3_d_8_q >> 32'h4) & k_sign12) | ((s3_d_8_q & k_m12) >> 32'h3);
        s3_p9_9 = ((s3_d_9_q >> 32'h7) & k_sign9) | ((s3_d_9_q & k_m9) >> 32'h3);
        s3_p12_9 = ((s3_d_9_q >> 32'h4) & k_sign12) | ((s3_d_9_q & k_m12) >> 32'h3);
        s3_p9_10 = ((s3_d_10_q >> 32'h7) & k_sign9) | ((s3_d_10_q & k_m9) >> 32'h3);
        s3_p12_10 = ((s3_d_10_q >> 32'h4) & k_sign12) | ((s3_d_10_q & k_m12) >> 32'h3);
        s3_p9_11 = ((s3_d_11_q >> 32'h7) & k_sign9) | ((s3_d_11_q & k_m9) >> 32'h3);
        s3_p12_11 = ((s3_d_11_q >> 32'h4) & k_sign12) | ((s3_d_11_q & k_m12) >> 32'h3);
        s3_p9_12 = ((s3_d_12_q >> 32'h7) & k_sign9) | ((s3_d_12_q & k_m9) >> 32'h3);
        s3_p12_12 = ((s3_d_12_q >> 32'h4) & k_sign12) | ((s3_d_12_q & k_m12) >> 32'h3);
        s3_p9_13 = ((s3_d_13_q >> 32'h7) & k_sign9) | ((s3_d_13_q & k_m9) >> 32'h3);
        s3_p12_13 = ((s3_d_13_q >> 32'h4) & k_sign12) | ((s3_d_13_q & k_m12) >> 32'h3);
        s3_p9_14 = ((s3_d_14_q >> 32'h7) & k_sign9) | ((s3_d_14_q & k_m9) >> 32'h3);
        s3_p12_14 = ((s3_d_14_q >> 32'h4) & k_sign12) | ((s3_d_14_q & k_m12) >> 32'h3);
        s3_p9_15 = ((s3_d_15_q >> 32'h7) & k_sign9) | ((s3_d_15_q & k_m9) >> 32'h3);
        s3_p12_15 = ((s3_d_15_q >> 32'h4) & k_sign12) | ((s3_d_15_q & k_m12) >> 32'h3);
        s3_p9_16 = ((s3_d_16_q >> 32'h7) & k_sign9) | ((s3_d_16_q & k_m9) >> 32'h3);
        s3_p12_16 = ((s3_d_16_q >> 32'h4) & k_sign12) | ((s3_d_16_q & k_m12) >> 32'h3);
        s3_p9_17 = ((s3_d_17_q >> 32'h7) & k_sign9) | ((s3_d_17_q & k_m9) >> 32'h3);
        s3_p12_17 = ((s3_d_17_q >> 32'h4) & k_sign12) | ((s3_d_17_q & k_m12) >> 32'h3);
        s3_p9_18 = ((s3_d_18_q >> 32'h7) & k_sign9) | ((s3_d_18_q & k_m9) >> 32'h3);
        s3_p12_18 = ((s3_d_18_q >> 32'h4) & k_sign12) | ((s3_d_18_q & k_m12) >> 32'h3);
        s3_p9_19 = ((s3_d_19_q >> 32'h7) & k_sign9) | ((s3_d_19_q & k_m9) >> 32'h3);
        s3_p12_19 = ((s3_d_19_q >> 32'h4) & k_sign12) | ((s3_d_19_q & k_m12) >> 32'h3);
        s3_p9_20 = ((s3_d_20_q >> 32'h7) & k_sign9) | ((s3_d_20_q & k_m9) >> 32'h3);
        s3_p12_20 = ((s3_d_20_q >> 32'h4) & k_sign12) | ((s3_d_20_q & k_m12) >> 32'h3);
        s3_p9_21 = ((s3_d_21_q >> 32'h7) & k_sign9) | ((s3_d_21_q & k_m9) >> 32'h3);
        s3_p12_21 = ((s3_d_21_q >> 32'h4) & k_sign12) | ((s3_d_21_q & k_m12) >> 32'h3);
        s3_p9_22 = ((s3_d_22_q >> 32'h7) & k_sign9) | ((s3_d_22_q & k_m9) >> 32'h3);
        s3_p12_22 = ((s3_d_22_q >> 32'h4) & k_sign12) | ((s3_d_22_q & k_m12) >> 32'h3);
        s3_p9_23 = ((s3_d_23_q >> 32'h7) & k_sign9) | ((s3_d_23_q & k_m9) >> 32'h3);
        s3_p12_23 = ((s3_d_23_q >> 32'h4) & k_sign12) | ((s3_d_23_q & k_m12) >> 32'h3);
        s3_p9_24 = ((s3_d_24_q >> 32'h7) & k_sign9) | ((s3_d_24_q & k_m9) >> 32'h3);
        s3_p12_24 = ((s3_d_24_q >> 32'h4) & k_sign12) | ((s3_d_24_q & k_m12) >> 32'h3);
        s3_p9_25 = ((s3_d_25_q >> 32'h7) & k_sign9) | ((s3_d_25_q & k_m9) >> 32'h3);
        s3_p12_25 = ((s3_d_25_q >> 32'h4) & k_sign12) | ((s3_d_25_q & k_m12) >> 32'h3);
        s3_p9_26 = ((s3_d_26_q >> 32'h7) & k_sign9) | ((s3_d_26_q & k_m9) >> 32'h3);
        s3_p12_26 = ((s3_d_26_q >> 32'h4) & k_sign12) | ((s3_d_26_q & k_m12) >> 32'h3);
        s3_p9_27 = ((s3_d_27_q >> 32'h7) & k_sign9) | ((s3_d_27_q & k_m9) >> 32'h3);
        s3_p12_27 = ((s3_d_27_q >> 32'h4) & k_sign12) | ((s3_d_27_q & k_m12) >> 32'h3);
        s3_p9_28 = ((s3_d_28_q >> 32'h7) & k_sign9) | ((s3_d_28_q & k_m9) >> 32'h3);
        s3_p12_28 = ((s3_d_28_q >> 32'h4) & k_sign12) | ((s3_d_28_q & k_m12) >> 32'h3);
        s3_p9_29 = ((s3_d_29_q >> 32'h7) & k_sign9) | ((s3_d_29_q & k_m9) >> 32'h3);
        s3_p12_29 = ((s3_d_29_q >> 32'h4) & k_sign12) | ((s3_d_29_q & k_m12) >> 32'h3);
        s3_p9_30 = ((s3_d_30_q >> 32'h7) & k_sign9) | ((s3_d_30_q & k_m9) >> 32'h3);
        s3_p12_30 = ((s3_d_30_q >> 32'h4) & k_sign12) | ((s3_d_30_q & k_m12) >> 32'h3);
        s3_p9_31 = ((s3_d_31_q >> 32'h7) & k_sign9) | ((s3_d_31_q & k_m9) >> 32'h3);
        s3_p12_31 = ((s3_d_31_q >> 32'h4) & k_sign12) | ((s3_d_31_q & k_m12) >> 32'h3);
        s3_c1 = (({{496{1'b0}}, s3_p9_0}) << 32'h1f7)
            | (({{496{1'b0}}, s3_p9_1}) << 32'h1ee)
            | (({{496{1'b0}}, s3_p9_2}) << 32'h1e5)
            | (({{496{1'b0}}, s3_p9_3}) << 32'h1dc)
            | (({{496{1'b0}}, s3_p9_4}) << 32'h1d3)
            | (({{496{1'b0}}, s3_p9_5}) << 32'h1ca)
            | (({{496{1'b0}}, s3_p9_6}) << 32'h1c1)
            | (({{496{1'b0}}, s3_p9_7}) << 32'h1b8)
            | (({{496{1'b0}}, s3_p9_8}) << 32'h1af)
            | (({{496{1'b0}}, s3_p9_9}) << 32'h1a6)
            | (({{496{1'b0}}, s3_p9_10}) << 32'h19d)
            | (({{496{1'b0}}, s3_p9_11}) << 32'h194)
            | (({{496{1'b0}}, s3_p9_12}) << 32'h18b)
            | (({{496{1'b0}}, s3_p9_13}) << 32'h182)
            | (({{496{1'b0}}, s3_p9_14}) << 32'h179)
            | (({{496{1'b0}}, s3_p9_15}) << 32'h170)
            | (({{496{1'b0}}, s3_p9_16}) << 32'h167)
            | (({{496{1'b0}}, s3_p9_17}) << 32'h15e)
            | (({{496{1'b0}}, s3_p9_18}) << 32'h155)
            | (({{496{1'b0}}, s3_p9_19}) << 32'h14c)
            | (({{496{1'b0}}, s3_p9_20}) << 32'h143)
            | (({{496{1'b0}}, s3_p9_21}) << 32'h13a)
            | (({{496{1'b0}}, s3_p9_22}) << 32'h131)
            | (({{496{1'b0}}, s3_p9_23}) << 32'h128)
            | (({{496{1'b0}}, s3_p9_24}) << 32'h11f)
            | (({{496{1'b0}}, s3_p9_25}) << 32'h116)
            | (({{496{1'b0}}, s3_p9_26}) << 32'h10d)
            | (({{496{1'b0}}, s3_p9_27}) << 32'h104)
            | (({{496{1'b0}}, s3_p9_28}) << 32'hfb)
            | (({{496{1'b0}}, s3_p9_29}) << 32'hf2)
            | (({{496{1'b0}}, s3_p9_30}) << 32'he9)
            | (({{496{1'b0}}, s3_p9_31}) << 32'he0)
            | (({{508{1'b0}}, s3_e_0_q}) << 32'hdc)
            | (({{508{1'b0}}, s3_e_1_q}) << 32'hd9)
            | (({{508{1'b0}}, s3_e_2_q}) << 32'hd6)
            | (({{508{1'b0}}, s3_e_3_q}) << 32'hd3)
            | (({{508{1'b0}}, s3_e_4_q}) << 32'hd0)
            | (({{508{1'b0}}, s3_e_5_q}) << 32'hcd)
            | (({{508{1'b0}}, s3_e_6_q}) << 32'hca)
            | (({{508{1'b0}}, s3_e_7_q}) << 32'hc7)
            | (({{508{1'b0}}, s3_e_8_q}) << 32'hc4)
            | (({{508{1'b0}}, s3_e_9_q}) << 32'hc1)
            | (({{508{1'b0}}, s3_e_10_q}) << 32'hbe)
            | (({{508{1'b0}}, s3_e_11_q}) << 32'hbb)
            | (({{508{1'b0}}, s3_e_12_q}) << 32'hb8)
            | (({{508{1'b0}}, s3_e_13_q}) << 32'hb5)
            | (({{508{1'b0}}, s3_e_14_q}) << 32'hb2)
            | (({{508{1'b0}}, s3_e_15_q}) << 32'haf)
            | (({{508{1'b0}}, s3_e_16_q}) << 32'hac)
            | (({{508{1'b0}}, s3_e_17_q}) << 32'ha9)
            | (({{508{1'b0}}, s3_e_18_q}) << 32'ha6)
            | (({{508{1'b0}}, s3_e_19_q}) << 32'ha3)
            | (({{508{1'b0}}, s3_e_20_q}) << 32'ha0)
            | (({{508{1'b0}}, s3_e_21_q}) << 32'h9d)
            | (({{508{1'b0}}, s3_e_22_q}) << 32'h9a)
            | (({{508{1'b0}}, s3_e_23_q}) << 32'h97)
            | (({{508{1'b0}}, s3_e_24_q}) << 32'h94)
            | (({{508{1'b0}}, s3_e_25_q}) << 32'h91)
            | (({{508{1'b0}}, s3_e_26_q}) << 32'h8e)
            | (({{508{1'b0}}, s3_e_27_q}) << 32'h8b)
            | (({{508{1'b0}}, s3_e_28_q}) << 32'h88)
            | (({{508{1'b0}}, s3_e_29_q}) << 32'h85)
            | (({{508{1'b0}}, s3_e_30_q}) << 32'h82)
            | (({{508{1'b0}}, s3_e_31_q}) << 32'h7f);
        s3_c0 = (({{496{1'b0}}, s3_p12_0}) << 32'h1f4)
            | (({{496{1'b0}}, s3_p12_1}) << 32'h1e8)
            | (({{496{1'b0}}, s3_p12_2}) << 32'h1dc)
            | (({{496{1'b0}}, s3_p12_3}) << 32'h1d0)
            | (({{496{1'b0}}, s3_p12_4}) << 32'h1c4)
            | (({{496{1'b0}}, s3_p12_5}) << 32'h1b8)
            | (({{496{1'b0}}, s3_p12_6}) << 32'h1ac)
            | (({{496{1'b0}}, s3_p12_7}) << 32'h1a0)
            | (({{496{1'b0}}, s3_p12_8}) << 32'h194)
            | (({{496{1'b0}}, s3_p12_9}) << 32'h188)
            | (({{496{1'b0}}, s3_p12_10}) << 32'h17c)
            | (({{496{1'b0}}, s3_p12_11}) << 32'h170)
            | (({{496{1'b0}}, s3_p12_12}) << 32'h164)
            | (({{496{1'b0}}, s3_p12_13}) << 32'h158)
            | (({{496{1'b0}}, s3_p12_14}) << 32'h14c)
            | (({{496{1'b0}}, s3_p12_15}) << 32'h140)
            | (({{496{1'b0}}, s3_p12_16}) << 32'h134)
            | (({{496{1'b0}}, s3_p12_17}) << 32'h128)
            | (({{496{1'b0}}, s3_p12_18}) << 32'h11c)
            | (({{496{1'b0}}, s3_p12_19}) << 32'h110)
            | (({{496{1'b0}}, s3_p12_20}) << 32'h104)
            | (({{496{1'b0}}, s3_p12_21}) << 32'hf8)
            | (({{496{1'b0}}, s3_p12_22}) << 32'hec)
            | (({{496{1'b0}}, s3_p12_23}) << 32'he0)
            | (({{496{1'b0}}, s3_p12_24}) << 32'hd4)
            | (({{496{1'b0}}, s3_p12_25}) << 32'hc8)
            | (({{496{1'b0}}, s3_p12_26}) << 32'hbc)
            | (({{496{1'b0}}, s3_p12_27}) << 32'hb0)
            | (({{496{1'b0}}, s3_p12_28}) << 32'ha4)
            | (({{496{1'b0}}, s3_p12_29}) << 32'h98)
            | (({{496{1'b0}}, s3_p12_30}) << 32'h8c)
            | (({{496{1'b0}}, s3_p12_31}) << 32'h80)
            | (({{508{1'b0}}, s3_e_0_q}) << 32'h7c)
            | (({{508{1'b0}}, s3_e_1_q}) << 32'h78)
            | (({{508{1'b0}}, s3_e_2_q}) << 32'h74)
            | (({{508{1'b0}}, s3_e_3_q}) << 32'h70)
            | (({{508{1'b0}}, s3_e_4_q}) << 32'h6c)
            | (({{508{1'b0}}, s3_e_5_q}) << 32'h68)
            | (({{508{1'b0}}, s3_e_6_q}) << 32'h64)
            | (({{508{1'b0}}, s3_e_7_q}) << 32'h60)
            | (({{508{1'b0}}, s3_e_8_q}) << 32'h5c)
            | (({{508{1'b0}}, s3_e_9_q}) << 32'h58)
            | (({{508{1'b0}}, s3_e_10_q}) << 32'h54)
            | (({{508{1'b0}}, s3_e_11_q}) << 32'h50)
            | (({{508{1'b0}}, s3_e_12_q}) << 32'h4c)
            | (({{508{1'b0}}, s3_e_13_q}) << 32'h48)
            | (({{508{1'b0}}, s3_e_14_q}) << 32'h44)
            | (({{508{1'b0}}, s3_e_15_q}) << 32'h40)
            | (({{508{1'b0}}, s3_e_16_q}) << 32'h3c)
            | (({{508{1'b0}}, s3_e_17_q}) << 32'h38)
            | (({{508{1'b0}}, s3_e_18_q}) << 32'h34)
            | (({{508{1'b0}}, s3_e_19_q}) << 32'h30)
            | (({{508{1'b0}}, s3_e_20_q}) << 32'h2c)
            | (({{508{1'b0}}, s3_e_21_q}) << 32'h28)
            | (({{508{1'b0}}, s3_e_22_q}) << 32'h24)
            | (({{508{1'b0}}, s3_e_23_q}) << 32'h20)
            | (({{508{1'b0}}, s3_e_24_q}) << 32'h1c)
            | (({{508{1'b0}}, s3_e_25_q}) << 32'h18)
            | (({{508{1'b0}}, s3_e_26_q}) << 32'h14)
            | (({{508{1'b0}}, s3_e_27_q}) << 32'h10)
            | (({{508{1'b0}}, s3_e_28_q}) << 32'hc)
            | (({{508{1'b0}}, s3_e_29_q}) << 32'h8)
            | (({{508{1'b0}}, s3_e_30_q}) << 32'h4)
            | (({{508{1'b0}}, s3_e_31_q}) << 32'h0);
        s3_nl10 = ({{4{1'b0}}, s3_nl_q});
        if (s3_flag_q) begin
            s3_rs = (({{513{1'b0}}, s3_sel_q}) << 32'h200) | k_flag | ({{33{1'b0}}, s3_c1});
        end
        else begin
            s3_rs = (({{513{1'b0}}, s3_sel_q}) << 32'h200) | ({{33{1'b0}}, s3_c0});
        end
        if (en4) begin
            s4_valid_d = s3_valid_q;
            s4_last_d = s3_last_q;
            s4_rec_d = s3_rs;
            if (s3_flag_q) begin
                s4_len_d = k_len1 + (s3_nl10 << 32'h1) + s3_nl10;
            end
            else begin
                s4_len_d = k_len0 + (s3_nl10 << 32'h2);
            end
        end
        if (~aresetn) begin
            s1_valid_d = 1'b0;
            s2_valid_d = 1'b0;
            s3_valid_d = 1'b0;
            s4_valid_d = 1'b0;
        end
    end

    // Registers (control registers are reset in the update code above; data registers need no
    // reset: a valid flag guards them)
    always @(posedge aclk) begin
        s1_valid_q <= s1_valid_d;
        s2_valid_q <= s2_valid_d;
        s3_valid_q <= s3_valid_d;
        s4_valid_q <= s4_valid_d;
        s1_last_q <= s1_last_d;
        s2_last_q <= s2_last_d;
        s3_last_q <= s3_last_d;
        s4_last_q <= s4_last_d;
`ifndef FORMAL_CUT_F1
        s1_flag_q <= s1_flag_d;
`endif
`ifndef FORMAL_CUT_D
        s1_d_0_q <= s1_d_0_d;
        s1_d_1_q <= s1_d_1_d;
        s1_d_2_q <= s1_d_2_d;
        s1_d_3_q <= s1_d_3_d;
        s1_d_4_q <= s1_d_4_d;
        s1_d_5_q <= s1_d_5_d;
        s1_d_6_q <= s1_d_6_d;
        s1_d_7_q <= s1_d_7_d;
        s1_d_8_q <= s1_d_8_d;
        s1_d_9_q <= s1_d_9_d;
        s1_d_10_q <= s1_d_10_d;
        s1_d_11_q <= s1_d_11_d;
        s1_d_12_q <= s1_d_12_d;
        s1_d_13_q <= s1_d_13_d;
        s1_d_14_q <= s1_d_14_d;
        s1_d_15_q <= s1_d_15_d;
        s1_d_16_q <= s1_d_16_d;
        s1_d_17_q <= s1_d_17_d;
        s1_d_18_q <= s1_d_18_d;
        s1_d_19_q <= s1_d_19_d;
        s1_d_20_q <= s1_d_20_d;
        s1_d_21_q <= s1_d_21_d;
        s1_d_22_q <= s1_d_22_d;
        s1_d_23_q <= s1_d_23_d;
        s1_d_24_q <= s1_d_24_d;
        s1_d_25_q <= s1_d_25_d;
        s1_d_26_q <= s1_d_26_d;
        s1_d_27_q <= s1_d_27_d;
        s1_d_28_q <= s1_d_28_d;
        s1_d_29_q <= s1_d_29_d;
        s1_d_30_q <= s1_d_30_d;
        s1_d_31_q <= s1_d_31_d;
`endif
`ifndef FORMAL_CUT_OK
        s1_ok_q <= s1_ok_d;
`endif
`ifndef FORMAL_CUT_EQ5
        s1_eq5_q <= s1_eq5_d;
`endif
`ifndef FORMAL_CUT_H2
        s2_flag_q <= s2_flag_d;
        s2_sel_q <= s2_sel_d;
`endif
`ifndef FORMAL_CUT_W2
        s2_d_0_q <= s2_d_0_d;
        s2_d_1_q <= s2_d_1_d;
        s2_d_2_q <= s2_d_2_d;
        s2_d_3_q <= s2_d_3_d;
        s2_d_4_q <= s2_d_4_d;
        s2_d_5_q <= s2_d_5_d;
        s2_d_6_q <= s2_d_6_d;
        s2_d_7_q <= s2_d_7_d;
        s2_d_8_q <= s2_d_8_d;
        s2_d_9_q <= s2_d_9_d;
        s2_d_10_q <= s2_d_10_d;
        s2_d_11_q <= s2_d_11_d;
        s2_d_12_q <= s2_d_12_d;
        s2_d_13_q <= s2_d_13_d;
        s2_d_14_q <= s2_d_14_d;
        s2_d_15_q <= s2_d_15_d;
        s2_d_16_q <= s2_d_16_d;
        s2_d_17_q <= s2_d_17_d;
        s2_d_18_q <= s2_d_18_d;
        s2_d_19_q <= s2_d_19_d;
        s2_d_20_q <= s2_d_20_d;
        s2_d_21_q <= s2_d_21_d;
        s2_d_22_q <= s2_d_22_d;
        s2_d_23_q <= s2_d_23_d;
        s2_d_24_q <= s2_d_24_d;
        s2_d_25_q <= s2_d_25_d;
        s2_d_26_q <= s2_d_26_d;
        s2_d_27_q <= s2_d_27_d;
        s2_d_28_q <= s2_d_28_d;
        s2_d_29_q <= s2_d_29_d;
        s2_d_30_q <= s2_d_30_d;
        s2_d_31_q <= s2_d_31_d;
`endif
`ifndef FORMAL_CUT_U2
        s2_u_0_q <= s2_u_0_d;
        s2_u_1_q <= s2_u_1_d;
        s2_u_2_q <= s2_u_2_d;
        s2_u_3_q <= s2_u_3_d;
        s2_u_4_q <= s2_u_4_d;
        s2_u_5_q <= s2_u_5_d;
        s2_u_6_q <= s2_u_6_d;
        s2_u_7_q <= s2_u_7_d;
        s2_u_8_q <= s2_u_8_d;
        s2_u_9_q <= s2_u_9_d;
        s2_u_10_q <= s2_u_10_d;
        s2_u_11_q <= s2_u_11_d;
        s2_u_12_q <= s2_u_12_d;
        s2_u_13_q <= s2_u_13_d;
        s2_u_14_q <= s2_u_14_d;
        s2_u_15_q <= s2_u_15_d;
        s2_u_16_q <= s2_u_16_d;
        s2_u_17_q <= s2_u_17_d;
        s2_u_18_q <= s2_u_18_d;
        s2_u_19_q <= s2_u_19_d;
        s2_u_20_q <= s2_u_20_d;
        s2_u_21_q <= s2_u_21_d;
        s2_u_22_q <= s2_u_22_d;
        s2_u_23_q <= s2_u_23_d;
        s2_u_24_q <= s2_u_24_d;
        s2_u_25_q <= s2_u_25_d;
        s2_u_26_q <= s2_u_26_d;
        s2_u_27_q <= s2_u_27_d;
        s2_u_28_q <= s2_u_28_d;
        s2_u_29_q <= s2_u_29_d;
        s2_u_30_q <= s2_u_30_d;
        s2_u_31_q <= s2_u_31_d;
`endif
`ifndef FORMAL_CUT_Z2
        s2_z_0_q <= s2_z_0_d;
        s2_z_1_q <= s2_z_1_d;
        s2_z_2_q <= s2_z_2_d;
        s2_z_3_q <= s2_z_3_d;
        s2_z_4_q <= s2_z_4_d;
        s2_z_5_q <= s2_z_5_d;
        s2_z_6_q <= s2_z_6_d;
        s2_z_7_q <= s2_z_7_d;
        s2_z_8_q <= s2_z_8_d;
        s2_z_9_q <= s2_z_9_d;
        s2_z_10_q <= s2_z_10_d;
        s2_z_11_q <= s2_z_11_d;
        s2_z_12_q <= s2_z_12_d;
        s2_z_13_q <= s2_z_13_d;
        s2_z_14_q <= s2_z_14_d;
        s2_z_15_q <= s2_z_15_d;
        s2_z_16_q <= s2_z_16_d;
        s2_z_17_q <= s2_z_17_d;
        s2_z_18_q <= s2_z_18_d;
        s2_z_19_q <= s2_z_19_d;
        s2_z_20_q <= s2_z_20_d;
        s2_z_21_q <= s2_z_21_d;
        s2_z_22_q <= s2_z_22_d;
        s2_z_23_q <= s2_z_23_d;
        s2_z_24_q <= s2_z_24_d;
        s2_z_25_q <= s2_z_25_d;
        s2_z_26_q <= s2_z_26_d;
        s2_z_27_q <= s2_z_27_d;
        s2_z_28_q <= s2_z_28_d;
        s2_z_29_q <= s2_z_29_d;
        s2_z_30_q <= s2_z_30_d;
        s2_z_31_q <= s2_z_31_d;
`endif
`ifndef FORMAL_CUT_N2
        s2_nl_q <= s2_nl_d;
`endif
`ifndef FORMAL_CUT_H3
        s3_flag_q <= s3_flag_d;
        s3_sel_q <= s3_sel_d;
`endif
`ifndef FORMAL_CUT_W3
        s3_d_0_q <= s3_d_0_d;
        s3_d_1_q <= s3_d_1_d;
        s3_d_2_q <= s3_d_2_d;
        s3_d_3_q <= s3_d_3_d;
        s3_d_4_q <= s3_d_4_d;
        s3_d_5_q <= s3_d_5_d;
        s3_d_6_q <= s3_d_6_d;
        s3_d_7_q <= s3_d_7_d;
        s3_d_8_q <= s3_d_8_d;
        s3_d_9_q <= s3_d_9_d;
        s3_d_10_q <= s3_d_10_d;
        s3_d_11_q <= s3_d_11_d;
        s3_d_12_q <= s3_d_12_d;
        s3_d_13_q <= s3_d_13_d;
        s3_d_14_q <= s3_d_14_d;
        s3_d_15_q <= s3_d_15_d;
        s3_d_16_q <= s3_d_16_d;
        s3_d_17_q <= s3_d_17_d;
        s3_d_18_q <= s3_d_18_d;
        s3_d_19_q <= s3_d_19_d;
        s3_d_20_q <= s3_d_20_d;
        s3_d_21_q <= s3_d_21_d;
        s3_d_22_q <= s3_d_22_d;
        s3_d_23_q <= s3_d_23_d;
        s3_d_24_q <= s3_d_24_d;
        s3_d_25_q <= s3_d_25_d;
        s3_d_26_q <= s3_d_26_d;
        s3_d_27_q <= s3_d_27_d;
        s3_d_28_q <= s3_d_28_d;
        s3_d_29_q <= s3_d_29_d;
        s3_d_30_q <= s3_d_30_d;
        s3_d_31_q <= s3_d_31_d;
`endif
`ifndef FORMAL_CUT_E3
        s3_e_0_q <= s3_e_0_d;
        s3_e_1_q <= s3_e_1_d;
        s3_e_2_q <= s3_e_2_d;
        s3_e_3_q <= s3_e_3_d;
        s3_e_4_q <= s3_e_4_d;
        s3_e_5_q <= s3_e_5_d;
        s3_e_6_q <= s3_e_6_d;
        s3_e_7_q <= s3_e_7_d;
        s3_e_8_q <= s3_e_8_d;
        s3_e_9_q <= s3_e_9_d;
        s3_e_10_q <= s3_e_10_d;
        s3_e_11_q <= s3_e_11_d;
        s3_e_12_q <= s3_e_12_d;
        s3_e_13_q <= s3_e_13_d;
        s3_e_14_q <= s3_e_14_d;
        s3_e_15_q <= s3_e_15_d;
        s3_e_16_q <= s3_e_16_d;
        s3_e_17_q <= s3_e_17_d;
        s3_e_18_q <= s3_e_18_d;
        s3_e_19_q <= s3_e_19_d;
        s3_e_20_q <= s3_e_20_d;
        s3_e_21_q <= s3_e_21_d;
        s3_e_22_q <= s3_e_22_d;
        s3_e_23_q <= s3_e_23_d;
        s3_e_24_q <= s3_e_24_d;
        s3_e_25_q <= s3_e_25_d;
        s3_e_26_q <= s3_e_26_d;
        s3_e_27_q <= s3_e_27_d;
        s3_e_28_q <= s3_e_28_d;
        s3_e_29_q <= s3_e_29_d;
        s3_e_30_q <= s3_e_30_d;
        s3_e_31_q <= s3_e_31_d;
`endif
`ifndef FORMAL_CUT_N3
        s3_nl_q <= s3_nl_d;
`endif
`ifndef FORMAL_CUT_REC
        s4_rec_q <= s4_rec_d;
`endif
`ifndef FORMAL_CUT_LEN
        s4_len_q <= s4_len_d;
`endif
    end

    assign formal_s1_d_0_d = s1_d_0_d;
    assign formal_s1_d_1_d = s1_d_1_d;
    assign formal_s1_d_2_d = s1_d_2_d;
    assign formal_s1_d_3_d = s1_d_3_d;
    assign formal_s1_d_4_d = s1_d_4_d;
    assign formal_s1_d_5_d = s1_d_5_d;
    assign formal_s1_d_6_d = s1_d_6_d;
    assign formal_s1_d_7_d = s1_d_7_d;
    assign formal_s1_d_8_d = s1_d_8_d;
    assign formal_s1_d_9_d = s1_d_9_d;
    assign formal_s1_d_10_d = s1_d_10_d;
    assign formal_s1_d_11_d = s1_d_11_d;
    assign formal_s1_d_12_d = s1_d_12_d;
    assign formal_s1_d_13_d = s1_d_13_d;
    assign formal_s1_d_14_d = s1_d_14_d;
    assign formal_s1_d_15_d = s1_d_15_d;
    assign formal_s1_d_16_d = s1_d_16_d;
    assign formal_s1_d_17_d = s1_d_17_d;
    assign formal_s1_d_18_d = s1_d_18_d;
    assign formal_s1_d_19_d = s1_d_19_d;
    assign formal_s1_d_20_d = s1_d_20_d;
    assign formal_s1_d_21_d = s1_d_21_d;
    assign formal_s1_d_22_d = s1_d_22_d;
    assign formal_s1_d_23_d = s1_d_23_d;
    assign formal_s1_d_24_d = s1_d_24_d;
    assign formal_s1_d_25_d = s1_d_25_d;
    assign formal_s1_d_26_d = s1_d_26_d;
    assign formal_s1_d_27_d = s1_d_27_d;
    assign formal_s1_d_28_d = s1_d_28_d;
    assign formal_s1_d_29_d = s1_d_29_d;
    assign formal_s1_d_30_d = s1_d_30_d;
    assign formal_s1_d_31_d = s1_d_31_d;
    assign formal_s1_ok_d = s1_ok_d;
    assign formal_s1_eq5_d = s1_eq5_d;
    assign formal_s1_flag_d = s1_flag_d;
    assign formal_s2_sel_d = s2_sel_d;
    assign formal_s2_flag_d = s2_flag_d;
    assign formal_s2_d_0_d = s2_d_0_d;
    assign formal_s2_d_1_d = s2_d_1_d;
    assign formal_s2_d_2_d = s2_d_2_d;
    assign formal_s2_d_3_d = s2_d_3_d;
    assign formal_s2_d_4_d = s2_d_4_d;
    assign formal_s2_d_5_d = s2_d_5_d;
    assign formal_s2_d_6_d = s2_d_6_d;
    assign formal_s2_d_7_d = s2_d_7_d;
    assign formal_s2_d_8_d = s2_d_8_d;
    assign formal_s2_d_9_d = s2_d_9_d;
    assign formal_s2_d_10_d = s2_d_10_d;
    assign formal_s2_d_11_d = s2_d_11_d;
    assign formal_s2_d_12_d = s2_d_12_d;
    assign formal_s2_d_13_d = s2_d_13_d;
    assign formal_s2_d_14_d = s2_d_14_d;
    assign formal_s2_d_15_d = s2_d_15_d;
    assign formal_s2_d_16_d = s2_d_16_d;
    assign formal_s2_d_17_d = s2_d_17_d;
    assign formal_s2_d_18_d = s2_d_18_d;
    assign formal_s2_d_19_d = s2_d_19_d;
    assign formal_s2_d_20_d = s2_d_20_d;
    assign formal_s2_d_21_d = s2_d_21_d;
    assign formal_s2_d_22_d = s2_d_22_d;
    assign formal_s2_d_23_d = s2_d_23_d;
    assign formal_s2_d_24_d = s2_d_24_d;
    assign formal_s2_d_25_d = s2_d_25_d;
    assign formal_s2_d_26_d = s2_d_26_d;
    assign formal_s2_d_27_d = s2_d_27_d;
    assign formal_s2_d_28_d = s2_d_28_d;
    assign formal_s2_d_29_d = s2_d_29_d;
    assign formal_s2_d_30_d = s2_d_30_d;
    assign formal_s2_d_31_d = s2_d_31_d;
    assign formal_s2_u_0_d = s2_u_0_d;
    assign formal_s2_u_1_d = s2_u_1_d;
    assign formal_s2_u_2_d = s2_u_2_d;
    assign formal_s2_u_3_d = s2_u_3_d;
    assign formal_s2_u_4_d = s2_u_4_d;
    assign formal_s2_u_5_d = s2_u_5_d;
    assign formal_s2_u_6_d = s2_u_6_d;
    assign formal_s2_u_7_d = s2_u_7_d;
    assign formal_s2_u_8_d = s2_u_8_d;
    assign formal_s2_u_9_d = s2_u_9_d;
    assign formal_s2_u_10_d = s2_u_10_d;
    assign formal_s2_u_11_d = s2_u_11_d;
    assign formal_s2_u_12_d = s2_u_12_d;
    assign formal_s2_u_13_d = s2_u_13_d;
    assign formal_s2_u_14_d = s2_u_14_d;
    assign formal_s2_u_15_d = s2_u_15_d;
    assign formal_s2_u_16_d = s2_u_16_d;
    assign formal_s2_u_17_d = s2_u_17_d;
    assign formal_s2_u_18_d = s2_u_18_d;
    assign formal_s2_u_19_d = s2_u_19_d;
    assign formal_s2_u_20_d = s2_u_20_d;
    assign formal_s2_u_21_d = s2_u_21_d;
    assign formal_s2_u_22_d = s2_u_22_d;
    assign formal_s2_u_23_d = s2_u_23_d;
    assign formal_s2_u_24_d = s2_u_24_d;
    assign formal_s2_u_25_d = s2_u_25_d;
    assign formal_s2_u_26_d = s2_u_26_d;
    assign formal_s2_u_27_d = s2_u_27_d;
    assign formal_s2_u_28_d = s2_u_28_d;
    assign formal_s2_u_29_d = s2_u_29_d;
    assign formal_s2_u_30_d = s2_u_30_d;
    assign formal_s2_u_31_d = s2_u_31_d;
    assign formal_s2_z_0_d = s2_z_0_d;
    assign formal_s2_z_1_d = s2_z_1_d;
    assign formal_s2_z_2_d = s2_z_2_d;
    assign formal_s2_z_3_d = s2_z_3_d;
    assign formal_s2_z_4_d = s2_z_4_d;
    assign formal_s2_z_5_d = s2_z_5_d;
    assign formal_s2_z_6_d = s2_z_6_d;
    assign formal_s2_z_7_d = s2_z_7_d;
    assign formal_s2_z_8_d = s2_z_8_d;
    assign formal_s2_z_9_d = s2_z_9_d;
    assign formal_s2_z_10_d = s2_z_10_d;
    assign formal_s2_z_11_d = s2_z_11_d;
    assign formal_s2_z_12_d = s2_z_12_d;
    assign formal_s2_z_13_d = s2_z_13_d;
    assign formal_s2_z_14_d = s2_z_14_d;
    assign formal_s2_z_15_d = s2_z_15_d;
    assign formal_s2_z_16_d = s2_z_16_d;
    assign formal_s2_z_17_d = s2_z_17_d;
    assign formal_s2_z_18_d = s2_z_18_d;
    assign formal_s2_z_19_d = s2_z_19_d;
    assign formal_s2_z_20_d = s2_z_20_d;
    assign formal_s2_z_21_d = s2_z_21_d;
    assign formal_s2_z_22_d = s2_z_22_d;
    assign formal_s2_z_23_d = s2_z_23_d;
    assign formal_s2_z_24_d = s2_z_24_d;
    assign formal_s2_z_25_d = s2_z_25_d;
    assign formal_s2_z_26_d = s2_z_26_d;
    assign formal_s2_z_27_d = s2_z_27_d;
    assign formal_s2_z_28_d = s2_z_28_d;
    assign formal_s2_z_29_d = s2_z_29_d;
    assign formal_s2_z_30_d = s2_z_30_d;
    assign formal_s2_z_31_d = s2_z_31_d;
    assign formal_s2_nl_d = s2_nl_d;
    assign formal_s3_sel_d = s3_sel_d;
    assign formal_s3_flag_d = s3_flag_d;
    assign formal_s3_d_0_d = s3_d_0_d;
    assign formal_s3_d_1_d = s3_d_1_d;
    assign formal_s3_d_2_d = s3_d_2_d;
    assign formal_s3_d_3_d = s3_d_3_d;
    assign formal_s3_d_4_d = s3_d_4_d;
    assign formal_s3_d_5_d = s3_d_5_d;
    assign formal_s3_d_6_d = s3_d_6_d;
    assign formal_s3_d_7_d = s3_d_7_d;
    assign formal_s3_d_8_d = s3_d_8_d;
    assign formal_s3_d_9_d = s3_d_9_d;
    assign formal_s3_d_10_d = s3_d_10_d;
    assign formal_s3_d_11_d = s3_d_11_d;
    assign formal_s3_d_12_d = s3_d_12_d;
    assign formal_s3_d_13_d = s3_d_13_d;
    assign formal_s3_d_14_d = s3_d_14_d;
    assign formal_s3_d_15_d = s3_d_15_d;
    assign formal_s3_d_16_d = s3_d_16_d;
    assign formal_s3_d_17_d = s3_d_17_d;
    assign formal_s3_d_18_d = s3_d_18_d;
    assign formal_s3_d_19_d = s3_d_19_d;
    assign formal_s3_d_20_d = s3_d_20_d;
    assign formal_s3_d_21_d = s3_d_21_d;
    assign formal_s3_d_22_d = s3_d_22_d;
    assign formal_s3_d_23_d = s3_d_23_d;
    assign formal_s3_d_24_d = s3_d_24_d;
    assign formal_s3_d_25_d = s3_d_25_d;
    assign formal_s3_d_26_d = s3_d_26_d;
    assign formal_s3_d_27_d = s3_d_27_d;
    assign formal_s3_d_28_d = s3_d_28_d;
    assign formal_s3_d_29_d = s3_d_29_d;
    assign formal_s3_d_30_d = s3_d_30_d;
    assign formal_s3_d_31_d = s3_d_31_d;
    assign formal_s3_e_0_d = s3_e_0_d;
    assign formal_s3_e_1_d = s3_e_1_d;
    assign formal_s3_e_2_d = s3_e_2_d;
    assign formal_s3_e_3_d = s3_e_3_d;
    assign formal_s3_e_4_d = s3_e_4_d;
    assign formal_s3_e_5_d = s3_e_5_d;
    assign formal_s3_e_6_d = s3_e_6_d;
    assign formal_s3_e_7_d = s3_e_7_d;
    assign formal_s3_e_8_d = s3_e_8_d;
    assign formal_s3_e_9_d = s3_e_9_d;
    assign formal_s3_e_10_d = s3_e_10_d;
    assign formal_s3_e_11_d = s3_e_11_d;
    assign formal_s3_e_12_d = s3_e_12_d;
    assign formal_s3_e_13_d = s3_e_13_d;
    assign formal_s3_e_14_d = s3_e_14_d;
    assign formal_s3_e_15_d = s3_e_15_d;
    assign formal_s3_e_16_d = s3_e_16_d;
    assign formal_s3_e_17_d = s3_e_17_d;
    assign formal_s3_e_18_d = s3_e_18_d;
    assign formal_s3_e_19_d = s3_e_19_d;
    assign formal_s3_e_20_d = s3_e_20_d;
    assign formal_s3_e_21_d = s3_e_21_d;
    assign formal_s3_e_22_d = s3_e_22_d;
    assign formal_s3_e_23_d = s3_e_23_d;
    assign formal_s3_e_24_d = s3_e_24_d;
    assign formal_s3_e_25_d = s3_e_25_d;
    assign formal_s3_e_26_d = s3_e_26_d;
    assign formal_s3_e_27_d = s3_e_27_d;
    assign formal_s3_e_28_d = s3_e_28_d;
    assign formal_s3_e_29_d = s3_e_29_d;
    assign formal_s3_e_30_d = s3_e_30_d;
    assign formal_s3_e_31_d = s3_e_31_d;
    assign formal_s3_nl_d = s3_nl_d;
    assign formal_s4_rec_d = s4_rec_d;
    assign formal_s4_len_d = s4_len_d;
`ifdef FORMAL_CUT_D
    // FORMAL_CUT_D: D: compressor stage 1: the transformed words (32 x 32 bits), free inputs
    always @(*) begin
        s1_d_0_q = formal_s1_d_0_q;
        s1_d_1_q = formal_s1_d_1_q;
        s1_d_2_q = formal_s1_d_2_q;
        s1_d_3_q = formal_s1_d_3_q;
        s1_d_4_q = formal_s1_d_4_q;
        s1_d_5_q = formal_s1_d_5_q;
        s1_d_6_q = formal_s1_d_6_q;
        s1_d_7_q = formal_s1_d_7_q;
        s1_d_8_q = formal_s1_d_8_q;
        s1_d_9_q = formal_s1_d_9_q;
        s1_d_10_q = formal_s1_d_10_q;
        s1_d_11_q = formal_s1_d_11_q;
        s1_d_12_q = formal_s1_d_12_q;
        s1_d_13_q = formal_s1_d_13_q;
        s1_d_14_q = formal_s1_d_14_q;
        s1_d_15_q = formal_s1_d_15_q;
        s1_d_16_q = formal_s1_d_16_q;
        s1_d_17_q = formal_s1_d_17_q;
        s1_d_18_q = formal_s1_d_18_q;
        s1_d_19_q = formal_s1_d_19_q;
        s1_d_20_q = formal_s1_d_20_q;
        s1_d_21_q = formal_s1_d_21_q;
        s1_d_22_q = formal_s1_d_22_q;
        s1_d_23_q = formal_s1_d_23_q;
        s1_d_24_q = formal_s1_d_24_q;
        s1_d_25_q = formal_s1_d_25_q;
        s1_d_26_q = formal_s1_d_26_q;
        s1_d_27_q = formal_s1_d_27_q;
        s1_d_28_q = formal_s1_d_28_q;
        s1_d_29_q = formal_s1_d_29_q;
        s1_d_30_q = formal_s1_d_30_q;
        s1_d_31_q = formal_s1_d_31_q;
    end
`endif
`ifdef FORMAL_CUT_OK
    // FORMAL_CUT_OK: OK: compressor stage 1: the ok bits, free inputs
    always @(*) begin
        s1_ok_q = formal_s1_ok_q;
    end
`endif
`ifdef FORMAL_CUT_EQ5
    // FORMAL_CUT_EQ5: EQ5: compressor stage 1: the eq5 bits, free inputs
    always @(*) begin
        s1_eq5_q = formal_s1_eq5_q;
    end
`endif
`ifdef FORMAL_CUT_F1
    // FORMAL_CUT_F1: F1: compressor stage 1: the flag F, free inputs
    always @(*) begin
        s1_flag_q = formal_s1_flag_q;
    end
`endif
`ifdef FORMAL_CUT_H2
    // FORMAL_CUT_H2: H2: compressor stage 2: the header {F, S}, free inputs
    always @(*) begin
        s2_sel_q = formal_s2_sel_q;
        s2_flag_q = formal_s2_flag_q;
    end
`endif
`ifdef FORMAL_CUT_W2
    // FORMAL_CUT_W2: W2: compressor stage 2: the transformed words (32 x 16), free inputs
    always @(*) begin
        s2_d_0_q = formal_s2_d_0_q;
        s2_d_1_q = formal_s2_d_1_q;
        s2_d_2_q = formal_s2_d_2_q;
        s2_d_3_q = formal_s2_d_3_q;
        s2_d_4_q = formal_s2_d_4_q;
        s2_d_5_q = formal_s2_d_5_q;
        s2_d_6_q = formal_s2_d_6_q;
        s2_d_7_q = formal_s2_d_7_q;
        s2_d_8_q = formal_s2_d_8_q;
        s2_d_9_q = formal_s2_d_9_q;
        s2_d_10_q = formal_s2_d_10_q;
        s2_d_11_q = formal_s2_d_11_q;
        s2_d_12_q = formal_s2_d_12_q;
        s2_d_13_q = formal_s2_d_13_q;
        s2_d_14_q = formal_s2_d_14_q;
        s2_d_15_q = formal_s2_d_15_q;
        s2_d_16_q = formal_s2_d_16_q;
        s2_d_17_q = formal_s2_d_17_q;
        s2_d_18_q = formal_s2_d_18_q;
        s2_d_19_q = formal_s2_d_19_q;
        s2_d_20_q = formal_s2_d_20_q;
        s2_d_21_q = formal_s2_d_21_q;
        s2_d_22_q = formal_s2_d_22_q;
        s2_d_23_q = formal_s2_d_23_q;
        s2_d_24_q = formal_s2_d_24_q;
        s2_d_25_q = formal_s2_d_25_q;
        s2_d_26_q = formal_s2_d_26_q;
        s2_d_27_q = formal_s2_d_27_q;
        s2_d_28_q = formal_s2_d_28_q;
        s2_d_29_q = formal_s2_d_29_q;
        s2_d_30_q = formal_s2_d_30_q;
        s2_d_31_q = formal_s2_d_31_q;
    end
`endif
`ifdef FORMAL_CUT_U2
    // FORMAL_CUT_U2: U2: compressor stage 2: each long word's extension unit (32 x 4), free inputs
    always @(*) begin
        s2_u_0_q = formal_s2_u_0_q;
        s2_u_1_q = formal_s2_u_1_q;
        s2_u_2_q = formal_s2_u_2_q;
        s2_u_3_q = formal_s2_u_3_q;
        s2_u_4_q = formal_s2_u_4_q;
        s2_u_5_q = formal_s2_u_5_q;
        s2_u_6_q = formal_s2_u_6_q;
        s2_u_7_q = formal_s2_u_7_q;
        s2_u_8_q = formal_s2_u_8_q;
        s2_u_9_q = formal_s2_u_9_q;
        s2_u_10_q = formal_s2_u_10_q;
        s2_u_11_q = formal_s2_u_11_q;
        s2_u_12_q = formal_s2_u_12_q;
        s2_u_13_q = formal_s2_u_13_q;
        s2_u_14_q = formal_s2_u_14_q;
        s2_u_15_q = formal_s2_u_15_q;
        s2_u_16_q = formal_s2_u_16_q;
        s2_u_17_q = formal_s2_u_17_q;
        s2_u_18_q = formal_s2_u_18_q;
        s2_u_19_q = formal_s2_u_19_q;
        s2_u_20_q = formal_s2_u_20_q;
        s2_u_21_q = formal_s2_u_21_q;
        s2_u_22_q = formal_s2_u_22_q;
        s2_u_23_q = formal_s2_u_23_q;
        s2_u_24_q = formal_s2_u_24_q;
        s2_u_25_q = formal_s2_u_25_q;
        s2_u_26_q = formal_s2_u_26_q;
        s2_u_27_q = formal_s2_u_27_q;
        s2_u_28_q = formal_s2_u_28_q;
        s2_u_29_q = formal_s2_u_29_q;
        s2_u_30_q = formal_s2_u_30_q;
        s2_u_31_q = formal_s2_u_31_q;
    end
`endif
`ifdef FORMAL_CUT_Z2
    // FORMAL_CUT_Z2: Z2: compressor stage 2: each long word's shift count (32 x 6), free inputs
    always @(*) begin
        s2_z_0_q = formal_s2_z_0_q;
        s2_z_1_q = formal_s2_z_1_q;
        s2_z_2_q = formal_s2_z_2_q;
        s2_z_3_q = formal_s2_z_3_q;
        s2_z_4_q = formal_s2_z_4_q;
        s2_z_5_q = formal_s2_z_5_q;
        s2_z_6_q = formal_s2_z_6_q;
        s2_z_7_q = formal_s2_z_7_q;
        s2_z_8_q = formal_s2_z_8_q;
        s2_z_9_q = formal_s2_z_9_q;
        s2_z_10_q = formal_s2_z_10_q;
        s2_z_11_q = formal_s2_z_11_q;
        s2_z_12_q = formal_s2_z_12_q;
        s2_z_13_q = formal_s2_z_13_q;
        s2_z_14_q = formal_s2_z_14_q;
        s2_z_15_q = formal_s2_z_15_q;
        s2_z_16_q = formal_s2_z_16_q;
        s2_z_17_q = formal_s2_z_17_q;
        s2_z_18_q = formal_s2_z_18_q;
        s2_z_19_q = formal_s2_z_19_q;
        s2_z_20_q = formal_s2_z_20_q;
        s2_z_21_q = formal_s2_z_21_q;
        s2_z_22_q = formal_s2_z_22_q;
        s2_z_23_q = formal_s2_z_23_q;
        s2_z_24_q = formal_s2_z_24_q;
        s2_z_25_q = formal_s2_z_25_q;
        s2_z_26_q = formal_s2_z_26_q;
        s2_z_27_q = formal_s2_z_27_q;
        s2_z_28_q = formal_s2_z_28_q;
        s2_z_29_q = formal_s2_z_29_q;
        s2_z_30_q = formal_s2_z_30_q;
        s2_z_31_q = formal_s2_z_31_q;
    end
`endif
`ifdef FORMAL_CUT_N2
    // FORMAL_CUT_N2: N2: compressor stage 2: the number of long words, free inputs
    always @(*) begin
        s2_nl_q = formal_s2_nl_q;
    end
`endif
`ifdef FORMAL_CUT_H3
    // FORMAL_CUT_H3: H3: compressor stage 3: the header, free inputs
    always @(*) begin
        s3_sel_q = formal_s3_sel_q;
        s3_flag_q = formal_s3_flag_q;
    end
`endif
`ifdef FORMAL_CUT_W3
    // FORMAL_CUT_W3: W3: compressor stage 3: the transformed words, free inputs
    always @(*) begin
        s3_d_0_q = formal_s3_d_0_q;
        s3_d_1_q = formal_s3_d_1_q;
        s3_d_2_q = formal_s3_d_2_q;
        s3_d_3_q = formal_s3_d_3_q;
        s3_d_4_q = formal_s3_d_4_q;
        s3_d_5_q = formal_s3_d_5_q;
        s3_d_6_q = formal_s3_d_6_q;
        s3_d_7_q = formal_s3_d_7_q;
        s3_d_8_q = formal_s3_d_8_q;
        s3_d_9_q = formal_s3_d_9_q;
        s3_d_10_q = formal_s3_d_10_q;
        s3_d_11_q = formal_s3_d_11_q;
        s3_d_12_q = formal_s3_d_12_q;
        s3_d_13_q = formal_s3_d_13_q;
        s3_d_14_q = formal_s3_d_14_q;
        s3_d_15_q = formal_s3_d_15_q;
        s3_d_16_q = formal_s3_d_16_q;
        s3_d_17_q = formal_s3_d_17_q;
        s3_d_18_q = formal_s3_d_18_q;
        s3_d_19_q = formal_s3_d_19_q;
        s3_d_20_q = formal_s3_d_20_q;
        s3_d_21_q = formal_s3_d_21_q;
        s3_d_22_q = formal_s3_d_22_q;
        s3_d_23_q = formal_s3_d_23_q;
        s3_d_24_q = formal_s3_d_24_q;
        s3_d_25_q = formal_s3_d_25_q;
        s3_d_26_q = formal_s3_d_26_q;
        s3_d_27_q = formal_s3_d_27_q;
        s3_d_28_q = formal_s3_d_28_q;
        s3_d_29_q = formal_s3_d_29_q;
        s3_d_30_q = formal_s3_d_30_q;
        s3_d_31_q = formal_s3_d_31_q;
    end
`endif
`ifdef FORMAL_CUT_E3
    // FORMAL_CUT_E3: E3: compressor stage 3: the compacted units, slot k the k-th long word's (32 x 4), free inputs
    always @(*) begin
        s3_e_0_q = formal_s3_e_0_q;
        s3_e_1_q = formal_s3_e_1_q;
        s3_e_2_q = formal_s3_e_2_q;
        s3_e_3_q = formal_s3_e_3_q;
        s3_e_4_q = formal_s3_e_4_q;
        s3_e_5_q = formal_s3_e_5_q;
        s3_e_6_q = formal_s3_e_6_q;
        s3_e_7_q = formal_s3_e_7_q;
        s3_e_8_q = formal_s3_e_8_q;
        s3_e_9_q = formal_s3_e_9_q;
        s3_e_10_q = formal_s3_e_10_q;
        s3_e_11_q = formal_s3_e_11_q;
        s3_e_12_q = formal_s3_e_12_q;
        s3_e_13_q = formal_s3_e_13_q;
        s3_e_14_q = formal_s3_e_14_q;
        s3_e_15_q = formal_s3_e_15_q;
        s3_e_16_q = formal_s3_e_16_q;
        s3_e_17_q = formal_s3_e_17_q;
        s3_e_18_q = formal_s3_e_18_q;
        s3_e_19_q = formal_s3_e_19_q;
        s3_e_20_q = formal_s3_e_20_q;
        s3_e_21_q = formal_s3_e_21_q;
        s3_e_22_q = formal_s3_e_22_q;
        s3_e_23_q = formal_s3_e_23_q;
        s3_e_24_q = formal_s3_e_24_q;
        s3_e_25_q = formal_s3_e_25_q;
        s3_e_26_q = formal_s3_e_26_q;
        s3_e_27_q = formal_s3_e_27_q;
        s3_e_28_q = formal_s3_e_28_q;
        s3_e_29_q = formal_s3_e_29_q;
        s3_e_30_q = formal_s3_e_30_q;
        s3_e_31_q = formal_s3_e_31_q;
    end
`endif
`ifdef FORMAL_CUT_N3
    // FORMAL_CUT_N3: N3: compressor stage 3: the number of long words, free inputs
    always @(*) begin
        s3_nl_q = formal_s3_nl_q;
    end
`endif
`ifdef FORMAL_CUT_REC
    // FORMAL_CUT_REC: REC: compressor stage 4: the record, free inputs
    always @(*) begin
        s4_rec_q = formal_s4_rec_q;
    end
`endif
`ifdef FORMAL_CUT_LEN
    // FORMAL_CUT_LEN: LEN: compressor stage 4: the record length, free inputs
    always @(*) begin
        s4_len_q = formal_s4_len_q;
    end
`endif
endmodule // xnc_compressor_cut

`default_nettype wire

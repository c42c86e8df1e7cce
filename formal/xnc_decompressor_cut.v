// xnc_decompressor_cut.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// The FORMAL-only twin of rtl/xnc_decompressor.v that the round-trip lemmas (formal/rt_*.sby,
// formal/roundtrip.md, docs/FORMAL.md) cut between register stages. It is rtl/xnc_decompressor.v's
// text, the module renamed xnc_decompressor_cut, with lines added only (a unit test checks it):
//   - an output formal_<r>_d for each register <r> below: the value <r>_q loads at the next
//     rising edge of aclk;
//   - under `define FORMAL_CUT_<SYM>, each register <r> of the chain's symbol SYM is an input
//     formal_<r>_q: its `<r>_q <= <r>_d;` line is left out and <r>_q follows the input, a
//     free value for the lemma's one BMC step.
// The registers, by symbol (crates/xnc-cli/src/formal.rs, Sym::signals: the one list):
//   FORMAL_CUT_DH1: s1_hdr (decompressor stage 1: the header)
//   FORMAL_CUT_R1: s1_r4_0 .. s1_r4_31 (decompressor stage 1: four times the long words before each word (32 x 7))
//   FORMAL_CUT_SL1: s1_slot (decompressor stage 1: the units, slot k at bits 127-4k..124-4k)
//   FORMAL_CUT_S1: s1_s_0 .. s1_s_31 (decompressor stage 1: the short parts (32 x 16))
//   FORMAL_CUT_Z: s2_w_0 .. s2_w_31 (decompressor stage 2: each transformed word after the inverse NOT (32 x 16))
//   FORMAL_CUT_Y: s3_x_0 .. s3_x_31 (decompressor stage 3: the output words (32 x 16))
// Not for synthesis or simulation: rtl/xnc_decompressor.v is the block.
//
// xnc_decompressor.v: GENERATED FILE, DO NOT EDIT.
// Generated from the rust-hdl description in crates/xnc-rtl and the block manifest
// (crates/xnc-rtl/src/manifest.rs) by:
//   cargo run --release --bin gen-verilog
//
// XNC decompressor: one XNC record in, 32 FP16 words out
//
// Latency: 3 cycle(s) from an input transfer to the first m_axis_tvalid it causes.
// Throughput: 1 chunk (32 values) per cycle.
// Clock and reset: one clock, aclk (rising edge); aresetn synchronous, active low: it clears
// every control register; no register depends on an initial value. m_axis_tvalid is low
// while aresetn is low. Output beats stay stable while tvalid && !tready (AXI4-Stream).
// s_axis: tdata 552 bits, tuser 10 bits, tlast.
// m_axis: tdata 512 bits, tlast.
//
// s_axis_tuser is accepted and not needed (the length follows from F and S).
// Reset (aresetn low at a rising edge): empties the pipeline.
//
// Every port, bus layout and the table-load sequence byte by byte: docs/INTEGRATION.md.
`default_nettype none

module xnc_decompressor_cut (
    // Clock and reset
    input  wire         aclk,          // 1 bit: clock: every register samples on its rising edge
    input  wire         aresetn,       // 1 bit: synchronous active-low reset of every control register
    // s_axis: input stream (AXI4-Stream)
    input  wire [551:0] s_axis_tdata,  // 552 bits: XNC record, MSB-aligned: [551] F, [550:519] S0..S31, then the codes (first code at the top); every bit below the record's end is zero
    input  wire   [9:0] s_axis_tuser,  // 10 bits: [9:0] record length in bits, 33 + sum of code widths (97..545)
    input  wire         s_axis_tvalid, // 1 bit: beat valid
    output reg          s_axis_tready, // 1 bit: beat accepted (transfer: tvalid && tready at a rising edge)
    input  wire         s_axis_tlast,  // 1 bit: copied to the chunk
    // m_axis: output stream (AXI4-Stream)
    output reg  [511:0] m_axis_tdata,  // 512 bits: 32 FP16 words (XNC words; BF16 goes through the lossless permutation format::bf16_to_xnc_word), word i in [16i+15:16i]
    output reg          m_axis_tvalid, // 1 bit: beat valid
    input  wire         m_axis_tready, // 1 bit: beat accepted (transfer: tvalid && tready at a rising edge)
    output reg          m_axis_tlast   // 1 bit: copied from the record's tlast
    , output wire  [32:0] formal_s1_hdr_d
`ifdef FORMAL_CUT_DH1
    , input  wire  [32:0] formal_s1_hdr_q
`endif
    , output wire   [6:0] formal_s1_r4_0_d
    , output wire   [6:0] formal_s1_r4_1_d
    , output wire   [6:0] formal_s1_r4_2_d
    , output wire   [6:0] formal_s1_r4_3_d
    , output wire   [6:0] formal_s1_r4_4_d
    , output wire   [6:0] formal_s1_r4_5_d
    , output wire   [6:0] formal_s1_r4_6_d
    , output wire   [6:0] formal_s1_r4_7_d
    , output wire   [6:0] formal_s1_r4_8_d
    , output wire   [6:0] formal_s1_r4_9_d
    , output wire   [6:0] formal_s1_r4_10_d
    , output wire   [6:0] formal_s1_r4_11_d
    , output wire   [6:0] formal_s1_r4_12_d
    , output wire   [6:0] formal_s1_r4_13_d
    , output wire   [6:0] formal_s1_r4_14_d
    , output wire   [6:0] formal_s1_r4_15_d
    , output wire   [6:0] formal_s1_r4_16_d
    , output wire   [6:0] formal_s1_r4_17_d
    , output wire   [6:0] formal_s1_r4_18_d
    , output wire   [6:0] formal_s1_r4_19_d
    , output wire   [6:0] formal_s1_r4_20_d
    , output wire   [6:0] formal_s1_r4_21_d
    , output wire   [6:0] formal_s1_r4_22_d
    , output wire   [6:0] formal_s1_r4_23_d
    , output wire   [6:0] formal_s1_r4_24_d
    , output wire   [6:0] formal_s1_r4_25_d
    , output wire   [6:0] formal_s1_r4_26_d
    , output wire   [6:0] formal_s1_r4_27_d
    , output wire   [6:0] formal_s1_r4_28_d
    , output wire   [6:0] formal_s1_r4_29_d
    , output wire   [6:0] formal_s1_r4_30_d
    , output wire   [6:0] formal_s1_r4_31_d
`ifdef FORMAL_CUT_R1
    , input  wire   [6:0] formal_s1_r4_0_q
    , input  wire   [6:0] formal_s1_r4_1_q
    , input  wire   [6:0] formal_s1_r4_2_q
    , input  wire   [6:0] formal_s1_r4_3_q
    , input  wire   [6:0] formal_s1_r4_4_q
    , input  wire   [6:0] formal_s1_r4_5_q
    , input  wire   [6:0] formal_s1_r4_6_q
    , input  wire   [6:0] formal_s1_r4_7_q
    , input  wire   [6:0] formal_s1_r4_8_q
    , input  wire   [6:0] formal_s1_r4_9_q
    , input  wire   [6:0] formal_s1_r4_10_q
    , input  wire   [6:0] formal_s1_r4_11_q
    , input  wire   [6:0] formal_s1_r4_12_q
    , input  wire   [6:0] formal_s1_r4_13_q
    , input  wire   [6:0] formal_s1_r4_14_q
    , input  wire   [6:0] formal_s1_r4_15_q
    , input  wire   [6:0] formal_s1_r4_16_q
    , input  wire   [6:0] formal_s1_r4_17_q
    , input  wire   [6:0] formal_s1_r4_18_q
    , input  wire   [6:0] formal_s1_r4_19_q
    , input  wire   [6:0] formal_s1_r4_20_q
    , input  wire   [6:0] formal_s1_r4_21_q
    , input  wire   [6:0] formal_s1_r4_22_q
    , input  wire   [6:0] formal_s1_r4_23_q
    , input  wire   [6:0] formal_s1_r4_24_q
    , input  wire   [6:0] formal_s1_r4_25_q
    , input  wire   [6:0] formal_s1_r4_26_q
    , input  wire   [6:0] formal_s1_r4_27_q
    , input  wire   [6:0] formal_s1_r4_28_q
    , input  wire   [6:0] formal_s1_r4_29_q
    , input  wire   [6:0] formal_s1_r4_30_q
    , input  wire   [6:0] formal_s1_r4_31_q
`endif
    , output wire [127:0] formal_s1_slot_d
`ifdef FORMAL_CUT_SL1
    , input  wire [127:0] formal_s1_slot_q
`endif
    , output wire  [15:0] formal_s1_s_0_d
    , output wire  [15:0] formal_s1_s_1_d
    , output wire  [15:0] formal_s1_s_2_d
    , output wire  [15:0] formal_s1_s_3_d
    , output wire  [15:0] formal_s1_s_4_d
    , output wire  [15:0] formal_s1_s_5_d
    , output wire  [15:0] formal_s1_s_6_d
    , output wire  [15:0] formal_s1_s_7_d
    , output wire  [15:0] formal_s1_s_8_d
    , output wire  [15:0] formal_s1_s_9_d
    , output wire  [15:0] formal_s1_s_10_d
    , output wire  [15:0] formal_s1_s_11_d
    , output wire  [15:0] formal_s1_s_12_d
    , output wire  [15:0] formal_s1_s_13_d
    , output wire  [15:0] formal_s1_s_14_d
    , output wire  [15:0] formal_s1_s_15_d
    , output wire  [15:0] formal_s1_s_16_d
    , output wire  [15:0] formal_s1_s_17_d
    , output wire  [15:0] formal_s1_s_18_d
    , output wire  [15:0] formal_s1_s_19_d
    , output wire  [15:0] formal_s1_s_20_d
    , output wire  [15:0] formal_s1_s_21_d
    , output wire  [15:0] formal_s1_s_22_d
    , output wire  [15:0] formal_s1_s_23_d
    , output wire  [15:0] formal_s1_s_24_d
    , output wire  [15:0] formal_s1_s_25_d
    , output wire  [15:0] formal_s1_s_26_d
    , output wire  [15:0] formal_s1_s_27_d
    , output wire  [15:0] formal_s1_s_28_d
    , output wire  [15:0] formal_s1_s_29_d
    , output wire  [15:0] formal_s1_s_30_d
    , output wire  [15:0] formal_s1_s_31_d
`ifdef FORMAL_CUT_S1
    , input  wire  [15:0] formal_s1_s_0_q
    , input  wire  [15:0] formal_s1_s_1_q
    , input  wire  [15:0] formal_s1_s_2_q
    , input  wire  [15:0] formal_s1_s_3_q
    , input  wire  [15:0] formal_s1_s_4_q
    , input  wire  [15:0] formal_s1_s_5_q
    , input  wire  [15:0] formal_s1_s_6_q
    , input  wire  [15:0] formal_s1_s_7_q
    , input  wire  [15:0] formal_s1_s_8_q
    , input  wire  [15:0] formal_s1_s_9_q
    , input  wire  [15:0] formal_s1_s_10_q
    , input  wire  [15:0] formal_s1_s_11_q
    , input  wire  [15:0] formal_s1_s_12_q
    , input  wire  [15:0] formal_s1_s_13_q
    , input  wire  [15:0] formal_s1_s_14_q
    , input  wire  [15:0] formal_s1_s_15_q
    , input  wire  [15:0] formal_s1_s_16_q
    , input  wire  [15:0] formal_s1_s_17_q
    , input  wire  [15:0] formal_s1_s_18_q
    , input  wire  [15:0] formal_s1_s_19_q
    , input  wire  [15:0] formal_s1_s_20_q
    , input  wire  [15:0] formal_s1_s_21_q
    , input  wire  [15:0] formal_s1_s_22_q
    , input  wire  [15:0] formal_s1_s_23_q
    , input  wire  [15:0] formal_s1_s_24_q
    , input  wire  [15:0] formal_s1_s_25_q
    , input  wire  [15:0] formal_s1_s_26_q
    , input  wire  [15:0] formal_s1_s_27_q
    , input  wire  [15:0] formal_s1_s_28_q
    , input  wire  [15:0] formal_s1_s_29_q
    , input  wire  [15:0] formal_s1_s_30_q
    , input  wire  [15:0] formal_s1_s_31_q
`endif
    , output wire  [15:0] formal_s2_w_0_d
    , output wire  [15:0] formal_s2_w_1_d
    , output wire  [15:0] formal_s2_w_2_d
    , output wire  [15:0] formal_s2_w_3_d
    , output wire  [15:0] formal_s2_w_4_d
    , output wire  [15:0] formal_s2_w_5_d
    , output wire  [15:0] formal_s2_w_6_d
    , output wire  [15:0] formal_s2_w_7_d
    , output wire  [15:0] formal_s2_w_8_d
    , output wire  [15:0] formal_s2_w_9_d
    , output wire  [15:0] formal_s2_w_10_d
    , output wire  [15:0] formal_s2_w_11_d
    , output wire  [15:0] formal_s2_w_12_d
    , output wire  [15:0] formal_s2_w_13_d
    , output wire  [15:0] formal_s2_w_14_d
    , output wire  [15:0] formal_s2_w_15_d
    , output wire  [15:0] formal_s2_w_16_d
    , output wire  [15:0] formal_s2_w_17_d
    , output wire  [15:0] formal_s2_w_18_d
    , output wire  [15:0] formal_s2_w_19_d
    , output wire  [15:0] formal_s2_w_20_d
    , output wire  [15:0] formal_s2_w_21_d
    , output wire  [15:0] formal_s2_w_22_d
    , output wire  [15:0] formal_s2_w_23_d
    , output wire  [15:0] formal_s2_w_24_d
    , output wire  [15:0] formal_s2_w_25_d
    , output wire  [15:0] formal_s2_w_26_d
    , output wire  [15:0] formal_s2_w_27_d
    , output wire  [15:0] formal_s2_w_28_d
    , output wire  [15:0] formal_s2_w_29_d
    , output wire  [15:0] formal_s2_w_30_d
    , output wire  [15:0] formal_s2_w_31_d
`ifdef FORMAL_CUT_Z
    , input  wire  [15:0] formal_s2_w_0_q
    , input  wire  [15:0] formal_s2_w_1_q
    , input  wire  [15:0] formal_s2_w_2_q
    , input  wire  [15:0] formal_s2_w_3_q
    , input  wire  [15:0] formal_s2_w_4_q
    , input  wire  [15:0] formal_s2_w_5_q
    , input  wire  [15:0] formal_s2_w_6_q
    , input  wire  [15:0] formal_s2_w_7_q
    , input  wire  [15:0] formal_s2_w_8_q
    , input  wire  [15:0] formal_s2_w_9_q
    , input  wire  [15:0] formal_s2_w_10_q
    , input  wire  [15:0] formal_s2_w_11_q
    , input  wire  [15:0] formal_s2_w_12_q
    , input  wire  [15:0] formal_s2_w_13_q
    , input  wire  [15:0] formal_s2_w_14_q
    , input  wire  [15:0] formal_s2_w_15_q
    , input  wire  [15:0] formal_s2_w_16_q
    , input  wire  [15:0] formal_s2_w_17_q
    , input  wire  [15:0] formal_s2_w_18_q
    , input  wire  [15:0] formal_s2_w_19_q
    , input  wire  [15:0] formal_s2_w_20_q
    , input  wire  [15:0] formal_s2_w_21_q
    , input  wire  [15:0] formal_s2_w_22_q
    , input  wire  [15:0] formal_s2_w_23_q
    , input  wire  [15:0] formal_s2_w_24_q
    , input  wire  [15:0] formal_s2_w_25_q
    , input  wire  [15:0] formal_s2_w_26_q
    , input  wire  [15:0] formal_s2_w_27_q
    , input  wire  [15:0] formal_s2_w_28_q
    , input  wire  [15:0] formal_s2_w_29_q
    , input  wire  [15:0] formal_s2_w_30_q
    , input  wire  [15:0] formal_s2_w_31_q
`endif
    , output wire  [15:0] formal_s3_x_0_d
    , output wire  [15:0] formal_s3_x_1_d
    , output wire  [15:0] formal_s3_x_2_d
    , output wire  [15:0] formal_s3_x_3_d
    , output wire  [15:0] formal_s3_x_4_d
    , output wire  [15:0] formal_s3_x_5_d
    , output wire  [15:0] formal_s3_x_6_d
    , output wire  [15:0] formal_s3_x_7_d
    , output wire  [15:0] formal_s3_x_8_d
    , output wire  [15:0] formal_s3_x_9_d
    , output wire  [15:0] formal_s3_x_10_d
    , output wire  [15:0] formal_s3_x_11_d
    , output wire  [15:0] formal_s3_x_12_d
    , output wire  [15:0] formal_s3_x_13_d
    , output wire  [15:0] formal_s3_x_14_d
    , output wire  [15:0] formal_s3_x_15_d
    , output wire  [15:0] formal_s3_x_16_d
    , output wire  [15:0] formal_s3_x_17_d
    , output wire  [15:0] formal_s3_x_18_d
    , output wire  [15:0] formal_s3_x_19_d
    , output wire  [15:0] formal_s3_x_20_d
    , output wire  [15:0] formal_s3_x_21_d
    , output wire  [15:0] formal_s3_x_22_d
    , output wire  [15:0] formal_s3_x_23_d
    , output wire  [15:0] formal_s3_x_24_d
    , output wire  [15:0] formal_s3_x_25_d
    , output wire  [15:0] formal_s3_x_26_d
    , output wire  [15:0] formal_s3_x_27_d
    , output wire  [15:0] formal_s3_x_28_d
    , output wire  [15:0] formal_s3_x_29_d
    , output wire  [15:0] formal_s3_x_30_d
    , output wire  [15:0] formal_s3_x_31_d
`ifdef FORMAL_CUT_Y
    , input  wire  [15:0] formal_s3_x_0_q
    , input  wire  [15:0] formal_s3_x_1_q
    , input  wire  [15:0] formal_s3_x_2_q
    , input  wire  [15:0] formal_s3_x_3_q
    , input  wire  [15:0] formal_s3_x_4_q
    , input  wire  [15:0] formal_s3_x_5_q
    , input  wire  [15:0] formal_s3_x_6_q
    , input  wire  [15:0] formal_s3_x_7_q
    , input  wire  [15:0] formal_s3_x_8_q
    , input  wire  [15:0] formal_s3_x_9_q
    , input  wire  [15:0] formal_s3_x_10_q
    , input  wire  [15:0] formal_s3_x_11_q
    , input  wire  [15:0] formal_s3_x_12_q
    , input  wire  [15:0] formal_s3_x_13_q
    , input  wire  [15:0] formal_s3_x_14_q
    , input  wire  [15:0] formal_s3_x_15_q
    , input  wire  [15:0] formal_s3_x_16_q
    , input  wire  [15:0] formal_s3_x_17_q
    , input  wire  [15:0] formal_s3_x_18_q
    , input  wire  [15:0] formal_s3_x_19_q
    , input  wire  [15:0] formal_s3_x_20_q
    , input  wire  [15:0] formal_s3_x_21_q
    , input  wire  [15:0] formal_s3_x_22_q
    , input  wire  [15:0] formal_s3_x_23_q
    , input  wire  [15:0] formal_s3_x_24_q
    , input  wire  [15:0] formal_s3_x_25_q
    , input  wire  [15:0] formal_s3_x_26_q
    , input  wire  [15:0] formal_s3_x_27_q
    , input  wire  [15:0] formal_s3_x_28_q
    , input  wire  [15:0] formal_s3_x_29_q
    , input  wire  [15:0] formal_s3_x_30_q
    , input  wire  [15:0] formal_s3_x_31_q
`endif
);

    // Constant declarations
    localparam  k_m9 = 16'h7f80;
    localparam  k_m12 = 16'h7ff0;
    localparam  k_top9 = 16'hf800;
    localparam  k_top12 = 16'hc000;
    localparam  k_not = 16'h7800;
    localparam  k_code9 = 16'hff80;
    localparam  k_code12 = 16'hfff0;
    localparam  k_sign = 16'h8000;
    localparam  k_e3 = 16'he;
    localparam  k_b3 = 16'h8;
    localparam  k_low3 = 16'h7;
    localparam  k_u3 = 128'h7;
    localparam  k_one7 = 7'b1;
    localparam  k_zero7 = 7'b0;

    // Registers: <name>_d is the value loaded at the next rising edge of aclk, <name>_q the register
    reg  s1_valid_d;
    reg  s1_valid_q;
    reg  s2_valid_d;
    reg  s2_valid_q;
    reg  s3_valid_d;
    reg  s3_valid_q;
    reg  s1_last_d;
    reg  s1_last_q;
    reg  s2_last_d;
    reg  s2_last_q;
    reg  s3_last_d;
    reg  s3_last_q;
    reg  [32:0] s1_hdr_d;
    reg  [32:0] s1_hdr_q;
    reg  [6:0] s1_r4_0_d;
    reg  [6:0] s1_r4_0_q;
    reg  [6:0] s1_r4_1_d;
    reg  [6:0] s1_r4_1_q;
    reg  [6:0] s1_r4_2_d;
    reg  [6:0] s1_r4_2_q;
    reg  [6:0] s1_r4_3_d;
    reg  [6:0] s1_r4_3_q;
    reg  [6:0] s1_r4_4_d;
    reg  [6:0] s1_r4_4_q;
    reg  [6:0] s1_r4_5_d;
    reg  [6:0] s1_r4_5_q;
    reg  [6:0] s1_r4_6_d;
    reg  [6:0] s1_r4_6_q;
    reg  [6:0] s1_r4_7_d;
    reg  [6:0] s1_r4_7_q;
    reg  [6:0] s1_r4_8_d;
    reg  [6:0] s1_r4_8_q;
    reg  [6:0] s1_r4_9_d;
    reg  [6:0] s1_r4_9_q;
    reg  [6:0] s1_r4_10_d;
    reg  [6:0] s1_r4_10_q;
    reg  [6:0] s1_r4_11_d;
    reg  [6:0] s1_r4_11_q;
    reg  [6:0] s1_r4_12_d;
    reg  [6:0] s1_r4_12_q;
    reg  [6:0] s1_r4_13_d;
    reg  [6:0] s1_r4_13_q;
    reg  [6:0] s1_r4_14_d;
    reg  [6:0] s1_r4_14_q;
    reg  [6:0] s1_r4_15_d;
    reg  [6:0] s1_r4_15_q;
    reg  [6:0] s1_r4_16_d;
    reg  [6:0] s1_r4_16_q;
    reg  [6:0] s1_r4_17_d;
    reg  [6:0] s1_r4_17_q;
    reg  [6:0] s1_r4_18_d;
    reg  [6:0] s1_r4_18_q;
    reg  [6:0] s1_r4_19_d;
    reg  [6:0] s1_r4_19_q;
    reg  [6:0] s1_r4_20_d;
    reg  [6:0] s1_r4_20_q;
    reg  [6:0] s1_r4_21_d;
    reg  [6:0] s1_r4_21_q;
    reg  [6:0] s1_r4_22_d;
    reg  [6:0] s1_r4_22_q;
    reg  [6:0] s1_r4_23_d;
    reg  [6:0] s1_r4_23_q;
    reg  [6:0] s1_r4_24_d;
    reg  [6:0] s1_r4_24_q;
    reg  [6:0] s1_r4_25_d;
    reg  [6:0] s1_r4_25_q;
    reg  [6:0] s1_r4_26_d;
    reg  [6:0] s1_r4_26_q;
    reg  [6:0] s1_r4_27_d;
    reg  [6:0] s1_r4_27_q;
    reg  [6:0] s1_r4_28_d;
    reg  [6:0] s1_r4_28_q;
    reg  [6:0] s1_r4_29_d;
    reg  [6:0] s1_r4_29_q;
    reg  [6:0] s1_r4_30_d;
    reg  [6:0] s1_r4_30_q;
    reg  [6:0] s1_r4_31_d;
    reg  [6:0] s1_r4_31_q;
    reg  [127:0] s1_slot_d;
    reg  [127:0] s1_slot_q;
    reg  [15:0] s1_s_0_d;
    reg  [15:0] s1_s_0_q;
    reg  [15:0] s1_s_1_d;
    reg  [15:0] s1_s_1_q;
    reg  [15:0] s1_s_2_d;
    reg  [15:0] s1_s_2_q;
    reg  [15:0] s1_s_3_d;
    reg  [15:0] s1_s_3_q;
    reg  [15:0] s1_s_4_d;
    reg  [15:0] s1_s_4_q;
    reg  [15:0] s1_s_5_d;
    reg  [15:0] s1_s_5_q;
    reg  [15:0] s1_s_6_d;
    reg  [15:0] s1_s_6_q;
    reg  [15:0] s1_s_7_d;
    reg  [15:0] s1_s_7_q;
    reg  [15:0] s1_s_8_d;
    reg  [15:0] s1_s_8_q;
    reg  [15:0] s1_s_9_d;
    reg  [15:0] s1_s_9_q;
    reg  [15:0] s1_s_10_d;
    reg  [15:0] s1_s_10_q;
    reg  [15:0] s1_s_11_d;
    reg  [15:0] s1_s_11_q;
    reg  [15:0] s1_s_12_d;
    reg  [15:0] s1_s_12_q;
    reg  [15:0] s1_s_13_d;
    reg  [15:0] s1_s_13_q;
    reg  [15:0] s1_s_14_d;
    reg  [15:0] s1_s_14_q;
    reg  [15:0] s1_s_15_d;
    reg  [15:0] s1_s_15_q;
    reg  [15:0] s1_s_16_d;
    reg  [15:0] s1_s_16_q;
    reg  [15:0] s1_s_17_d;
    reg  [15:0] s1_s_17_q;
    reg  [15:0] s1_s_18_d;
    reg  [15:0] s1_s_18_q;
    reg  [15:0] s1_s_19_d;
    reg  [15:0] s1_s_19_q;
    reg  [15:0] s1_s_20_d;
    reg  [15:0] s1_s_20_q;
    reg  [15:0] s1_s_21_d;
    reg  [15:0] s1_s_21_q;
    reg  [15:0] s1_s_22_d;
    reg  [15:0] s1_s_22_q;
    reg  [15:0] s1_s_23_d;
    reg  [15:0] s1_s_23_q;
    reg  [15:0] s1_s_24_d;
    reg  [15:0] s1_s_24_q;
    reg  [15:0] s1_s_25_d;
    reg  [15:0] s1_s_25_q;
    reg  [15:0] s1_s_26_d;
    reg  [15:0] s1_s_26_q;
    reg  [15:0] s1_s_27_d;
    reg  [15:0] s1_s_27_q;
    reg  [15:0] s1_s_28_d;
    reg  [15:0] s1_s_28_q;
    reg  [15:0] s1_s_29_d;
    reg  [15:0] s1_s_29_q;
    reg  [15:0] s1_s_30_d;
    reg  [15:0] s1_s_30_q;
    reg  [15:0] s1_s_31_d;
    reg  [15:0] s1_s_31_q;
    reg  [15:0] s2_w_0_d;
    reg  [15:0] s2_w_0_q;
    reg  [15:0] s2_w_1_d;
    reg  [15:0] s2_w_1_q;
    reg  [15:0] s2_w_2_d;
    reg  [15:0] s2_w_2_q;
    reg  [15:0] s2_w_3_d;
    reg  [15:0] s2_w_3_q;
    reg  [15:0] s2_w_4_d;
    reg  [15:0] s2_w_4_q;
    reg  [15:0] s2_w_5_d;
    reg  [15:0] s2_w_5_q;
    reg  [15:0] s2_w_6_d;
    reg  [15:0] s2_w_6_q;
    reg  [15:0] s2_w_7_d;
    reg  [15:0] s2_w_7_q;
    reg  [15:0] s2_w_8_d;
    reg  [15:0] s2_w_8_q;
    reg  [15:0] s2_w_9_d;
    reg  [15:0] s2_w_9_q;
    reg  [15:0] s2_w_10_d;
    reg  [15:0] s2_w_10_q;
    reg  [15:0] s2_w_11_d;
    reg  [15:0] s2_w_11_q;
    reg  [15:0] s2_w_12_d;
    reg  [15:0] s2_w_12_q;
    reg  [15:0] s2_w_13_d;
    reg  [15:0] s2_w_13_q;
    reg  [15:0] s2_w_14_d;
    reg  [15:0] s2_w_14_q;
    reg  [15:0] s2_w_15_d;
    reg  [15:0] s2_w_15_q;
    reg  [15:0] s2_w_16_d;
    reg  [15:0] s2_w_16_q;
    reg  [15:0] s2_w_17_d;
    reg  [15:0] s2_w_17_q;
    reg  [15:0] s2_w_18_d;
    reg  [15:0] s2_w_18_q;
    reg  [15:0] s2_w_19_d;
    reg  [15:0] s2_w_19_q;
    reg  [15:0] s2_w_20_d;
    reg  [15:0] s2_w_20_q;
    reg  [15:0] s2_w_21_d;
    reg  [15:0] s2_w_21_q;
    reg  [15:0] s2_w_22_d;
    reg  [15:0] s2_w_22_q;
    reg  [15:0] s2_w_23_d;
    reg  [15:0] s2_w_23_q;
    reg  [15:0] s2_w_24_d;
    reg  [15:0] s2_w_24_q;
    reg  [15:0] s2_w_25_d;
    reg  [15:0] s2_w_25_q;
    reg  [15:0] s2_w_26_d;
    reg  [15:0] s2_w_26_q;
    reg  [15:0] s2_w_27_d;
    reg  [15:0] s2_w_27_q;
    reg  [15:0] s2_w_28_d;
    reg  [15:0] s2_w_28_q;
    reg  [15:0] s2_w_29_d;
    reg  [15:0] s2_w_29_q;
    reg  [15:0] s2_w_30_d;
    reg  [15:0] s2_w_30_q;
    reg  [15:0] s2_w_31_d;
    reg  [15:0] s2_w_31_q;
    reg  [15:0] s3_x_0_d;
    reg  [15:0] s3_x_0_q;
    reg  [15:0] s3_x_1_d;
    reg  [15:0] s3_x_1_q;
    reg  [15:0] s3_x_2_d;
    reg  [15:0] s3_x_2_q;
    reg  [15:0] s3_x_3_d;
    reg  [15:0] s3_x_3_q;
    reg  [15:0] s3_x_4_d;
    reg  [15:0] s3_x_4_q;
    reg  [15:0] s3_x_5_d;
    reg  [15:0] s3_x_5_q;
    reg  [15:0] s3_x_6_d;
    reg  [15:0] s3_x_6_q;
    reg  [15:0] s3_x_7_d;
    reg  [15:0] s3_x_7_q;
    reg  [15:0] s3_x_8_d;
    reg  [15:0] s3_x_8_q;
    reg  [15:0] s3_x_9_d;
    reg  [15:0] s3_x_9_q;
    reg  [15:0] s3_x_10_d;
    reg  [15:0] s3_x_10_q;
    reg  [15:0] s3_x_11_d;
    reg  [15:0] s3_x_11_q;
    reg  [15:0] s3_x_12_d;
    reg  [15:0] s3_x_12_q;
    reg  [15:0] s3_x_13_d;
    reg  [15:0] s3_x_13_q;
    reg  [15:0] s3_x_14_d;
    reg  [15:0] s3_x_14_q;
    reg  [15:0] s3_x_15_d;
    reg  [15:0] s3_x_15_q;
    reg  [15:0] s3_x_16_d;
    reg  [15:0] s3_x_16_q;
    reg  [15:0] s3_x_17_d;
    reg  [15:0] s3_x_17_q;
    reg  [15:0] s3_x_18_d;
    reg  [15:0] s3_x_18_q;
    reg  [15:0] s3_x_19_d;
    reg  [15:0] s3_x_19_q;
    reg  [15:0] s3_x_20_d;
    reg  [15:0] s3_x_20_q;
    reg  [15:0] s3_x_21_d;
    reg  [15:0] s3_x_21_q;
    reg  [15:0] s3_x_22_d;
    reg  [15:0] s3_x_22_q;
    reg  [15:0] s3_x_23_d;
    reg  [15:0] s3_x_23_q;
    reg  [15:0] s3_x_24_d;
    reg  [15:0] s3_x_24_q;
    reg  [15:0] s3_x_25_d;
    reg  [15:0] s3_x_25_q;
    reg  [15:0] s3_x_26_d;
    reg  [15:0] s3_x_26_q;
    reg  [15:0] s3_x_27_d;
    reg  [15:0] s3_x_27_q;
    reg  [15:0] s3_x_28_d;
    reg  [15:0] s3_x_28_q;
    reg  [15:0] s3_x_29_d;
    reg  [15:0] s3_x_29_q;
    reg  [15:0] s3_x_30_d;
    reg  [15:0] s3_x_30_q;
    reg  [15:0] s3_x_31_d;
    reg  [15:0] s3_x_31_q;

    // Local signals
    reg  en1;
    reg  en2;
    reg  en3;
    reg  [32:0] s0_hdr;
    reg  [6:0] pc0_0;
    reg  [6:0] pc0_1;
    reg  [6:0] pc0_2;
    reg  [6:0] pc0_3;
    reg  [6:0] pc0_4;
    reg  [6:0] pc0_5;
    reg  [6:0] pc0_6;
    reg  [6:0] pc0_7;
    reg  [6:0] pc0_8;
    reg  [6:0] pc0_9;
    reg  [6:0] pc0_10;
    reg  [6:0] pc0_11;
    reg  [6:0] pc0_12;
    reg  [6:0] pc0_13;
    reg  [6:0] pc0_14;
    reg  [6:0] pc0_15;
    reg  [6:0] pc0_16;
    reg  [6:0] pc0_17;
    reg  [6:0] pc0_18;
    reg  [6:0] pc0_19;
    reg  [6:0] pc0_20;
    reg  [6:0] pc0_21;
    reg  [6:0] pc0_22;
    reg  [6:0] pc0_23;
    reg  [6:0] pc0_24;
    reg  [6:0] pc0_25;
    reg  [6:0] pc0_26;
    reg  [6:0] pc0_27;
    reg  [6:0] pc0_28;
    reg  [6:0] pc0_29;
    reg  [6:0] pc0_30;
    reg  [6:0] pc0_31;
    reg  [6:0] pc1_0;
    reg  [6:0] pc1_1;
    reg  [6:0] pc1_2;
    reg  [6:0] pc1_3;
    reg  [6:0] pc1_4;
    reg  [6:0] pc1_5;
    reg  [6:0] pc1_6;
    reg  [6:0] pc1_7;
    reg  [6:0] pc1_8;
    reg  [6:0] pc1_9;
    reg  [6:0] pc1_10;
    reg  [6:0] pc1_11;
    reg  [6:0] pc1_12;
    reg  [6:0] pc1_13;
    reg  [6:0] pc1_14;
    reg  [6:0] pc1_15;
    reg  [6:0] pc1_16;
    reg  [6:0] pc1_17;
    reg  [6:0] pc1_18;
    reg  [6:0] pc1_19;
    reg  [6:0] pc1_20;
    reg  [6:0] pc1_21;
    reg  [6:0] pc1_22;
    reg  [6:0] pc1_23;
    reg  [6:0] pc1_24;
    reg  [6:0] pc1_25;
    reg  [6:0] pc1_26;
    reg  [6:0] pc1_27;
    reg  [6:0] pc1_28;
    reg  [6:0] pc1_29;
    reg  [6:0] pc1_30;
    reg  [6:0] pc1_31;
    reg  [6:0] pc2_0;
    reg  [6:0] pc2_1;
    reg  [6:0] pc2_2;
    reg  [6:0] pc2_3;
    reg  [6:0] pc2_4;
    reg  [6:0] pc2_5;
    reg  [6:0] pc2_6;
    reg  [6:0] pc2_7;
    reg  [6:0] pc2_8;
    reg  [6:0] pc2_9;
    reg  [6:0] pc2_10;
    reg  [6:0] pc2_11;
    reg  [6:0] pc2_12;
    reg  [6:0] pc2_13;
    reg  [6:0] pc2_14;
    reg  [6:0] pc2_15;
    reg  [6:0] pc2_16;
    reg  [6:0] pc2_17;
    reg  [6:0] pc2_18;
    reg  [6:0] pc2_19;
    reg  [6:0] pc2_20;
    reg  [6:0] pc2_21;
    reg  [6:0] pc2_22;
    reg  [6:0] pc2_23;
    reg  [6:0] pc2_24;
    reg  [6:0] pc2_25;
    reg  [6:0] pc2_26;
    reg  [6:0] pc2_27;
    reg  [6:0] pc2_28;
    reg  [6:0] pc2_29;
    reg  [6:0] pc2_30;
    reg  [6:0] pc2_31;
    reg  [6:0] pc3_0;
    reg  [6:0] pc3_1;
    reg  [6:0] pc3_2;
    reg  [6:0] pc3_3;
    reg  [6:0] pc3_4;
    reg  [6:0] pc3_5;
    reg  [6:0] pc3_6;
    reg  [6:0] pc3_7;
    reg  [6:0] pc3_8;
    reg  [6:0] pc3_9;
    reg  [6:0] pc3_10;
    reg  [6:0] pc3_11;
    reg  [6:0] pc3_12;
    reg  [6:0] pc3_13;
    reg  [6:0] pc3_14;
    reg  [6:0] pc3_15;
    reg  [6:0] pc3_16;
    reg  [6:0] pc3_17;
    reg  [6:0] pc3_18;
    reg  [6:0] pc3_19;
    reg  [6:0] pc3_20;
    reg  [6:0] pc3_21;
    reg  [6:0] pc3_22;
    reg  [6:0] pc3_23;
    reg  [6:0] pc3_24;
    reg  [6:0] pc3_25;
    reg  [6:0] pc3_26;
    reg  [6:0] pc3_27;
    reg  [6:0] pc3_28;
    reg  [6:0] pc3_29;
    reg  [6:0] pc3_30;
    reg  [6:0] pc3_31;
    reg  [6:0] pc4_0;
    reg  [6:0] pc4_1;
    reg  [6:0] pc4_2;
    reg  [6:0] pc4_3;
    reg  [6:0] pc4_4;
    reg  [6:0] pc4_5;
    reg  [6:0] pc4_6;
    reg  [6:0] pc4_7;
    reg  [6:0] pc4_8;
    reg  [6:0] pc4_9;
    reg  [6:0] pc4_10;
    reg  [6:0] pc4_11;
    reg  [6:0] pc4_12;
    reg  [6:0] pc4_13;
    reg  [6:0] pc4_14;
    reg  [6:0] pc4_15;
    reg  [6:0] pc4_16;
    reg  [6:0] pc4_17;
    reg  [6:0] pc4_18;
    reg  [6:0] pc4_19;
    reg  [6:0] pc4_20;
    reg  [6:0] pc4_21;
    reg  [6:0] pc4_22;
    reg  [6:0] pc4_23;
    reg  [6:0] pc4_24;
    reg  [6:0] pc4_25;
    reg  [6:0] pc4_26;
    reg  [6:0] pc4_27;
    reg  [6:0] pc4_28;
    reg  [6:0] pc4_29;
    reg  [6:0] pc4_30;
    reg  [6:0] pc4_31;
    reg  [6:0] pc5_0;
    reg  [6:0] pc5_1;
    reg  [6:0] pc5_2;
    reg  [6:0] pc5_3;
    reg  [6:0] pc5_4;
    reg  [6:0] pc5_5;
    reg  [6:0] pc5_6;
    reg  [6:0] pc5_7;
    reg  [6:0] pc5_8;
    reg  [6:0] pc5_9;
    reg  [6:0] pc5_10;
    reg  [6:0] pc5_11;
    reg  [6:0] pc5_12;
    reg  [6:0] pc5_13;
    reg  [6:0] pc5_14;
    reg  [6:0] pc5_15;
    reg  [6:0] pc5_16;
    reg  [6:0] pc5_17;
    reg  [6:0] pc5_18;
    reg  [6:0] pc5_19;
    reg  [6:0] pc5_20;
    reg  [6:0] pc5_21;
    reg  [6:0] pc5_22;
    reg  [6:0] pc5_23;
    reg  [6:0] pc5_24;
    reg  [6:0] pc5_25;
    reg  [6:0] pc5_26;
    reg  [6:0] pc5_27;
    reg  [6:0] pc5_28;
    reg  [6:0] pc5_29;
    reg  [6:0] pc5_30;
    reg  [6:0] pc5_31;
    reg  [127:0] s0_u1;
    reg  [127:0] s1_sh_0;
    reg  [127:0] s1_sh_1;
    reg  [127:0] s1_sh_2;
    reg  [127:0] s1_sh_3;
    reg  [127:0] s1_sh_4;
    reg  [127:0] s1_sh_5;
    reg  [127:0] s1_sh_6;
    reg  [127:0] s1_sh_7;
    reg  [127:0] s1_sh_8;
    reg  [127:0] s1_sh_9;
    reg  [127:0] s1_sh_10;
    reg  [127:0] s1_sh_11;
    reg  [127:0] s1_sh_12;
    reg  [127:0] s1_sh_13;
    reg  [127:0] s1_sh_14;
    reg  [127:0] s1_sh_15;
    reg  [127:0] s1_sh_16;
    reg  [127:0] s1_sh_17;
    reg  [127:0] s1_sh_18;
    reg  [127:0] s1_sh_19;
    reg  [127:0] s1_sh_20;
    reg  [127:0] s1_sh_21;
    reg  [127:0] s1_sh_22;
    reg  [127:0] s1_sh_23;
    reg  [127:0] s1_sh_24;
    reg  [127:0] s1_sh_25;
    reg  [127:0] s1_sh_26;
    reg  [127:0] s1_sh_27;
    reg  [127:0] s1_sh_28;
    reg  [127:0] s1_sh_29;
    reg  [127:0] s1_sh_30;
    reg  [127:0] s1_sh_31;
    reg  [15:0] s1_e_0;
    reg  [15:0] s1_e_1;
    reg  [15:0] s1_e_2;
    reg  [15:0] s1_e_3;
    reg  [15:0] s1_e_4;
    reg  [15:0] s1_e_5;
    reg  [15:0] s1_e_6;
    reg  [15:0] s1_e_7;
    reg  [15:0] s1_e_8;
    reg  [15:0] s1_e_9;
    reg  [15:0] s1_e_10;
    reg  [15:0] s1_e_11;
    reg  [15:0] s1_e_12;
    reg  [15:0] s1_e_13;
    reg  [15:0] s1_e_14;
    reg  [15:0] s1_e_15;
    reg  [15:0] s1_e_16;
    reg  [15:0] s1_e_17;
    reg  [15:0] s1_e_18;
    reg  [15:0] s1_e_19;
    reg  [15:0] s1_e_20;
    reg  [15:0] s1_e_21;
    reg  [15:0] s1_e_22;
    reg  [15:0] s1_e_23;
    reg  [15:0] s1_e_24;
    reg  [15:0] s1_e_25;
    reg  [15:0] s1_e_26;
    reg  [15:0] s1_e_27;
    reg  [15:0] s1_e_28;
    reg  [15:0] s1_e_29;
    reg  [15:0] s1_e_30;
    reg  [15:0] s1_e_31;
    reg  [15:0] s1_t_0;
    reg  [15:0] s1_t_1;
    reg  [15:0] s1_t_2;
    reg  [15:0] s1_t_3;
    reg  [15:0] s1_t_4;
    reg  [15:0] s1_t_5;
    reg  [15:0] s1_t_6;
    reg  [15:0] s1_t_7;
    reg  [15:0] s1_t_8;
    reg  [15:0] s1_t_9;
    reg  [15:0] s1_t_10;
    reg  [15:0] s1_t_11;
    reg  [15:0] s1_t_12;
    reg  [15:0] s1_t_13;
    reg  [15:0] s1_t_14;
    reg  [15:0] s1_t_15;
    reg  [15:0] s1_t_16;
    reg  [15:0] s1_t_17;
    reg  [15:0] s1_t_18;
    reg  [15:0] s1_t_19;
    reg  [15:0] s1_t_20;
    reg  [15:0] s1_t_21;
    reg  [15:0] s1_t_22;
    reg  [15:0] s1_t_23;
    reg  [15:0] s1_t_24;
    reg  [15:0] s1_t_25;
    reg  [15:0] s1_t_26;
    reg  [15:0] s1_t_27;
    reg  [15:0] s1_t_28;
    reg  [15:0] s1_t_29;
    reg  [15:0] s1_t_30;
    reg  [15:0] s1_t_31;
    reg  [15:0] s2_l_0;
    reg  [15:0] s2_l_1;
    reg  [15:0] s2_l_2;
    reg  [15:0] s2_l_3;
    reg  [15:0] s2_l_4;
    reg  [15:0] s2_l_5;
    reg  [15:0] s2_l_6;
    reg  [15:0] s2_l_7;
    reg  [15:0] s2_l_8;
    reg  [15:0] s2_l_9;
    reg  [15:0] s2_l_10;
    reg  [15:0] s2_l_11;
    reg  [15:0] s2_l_12;
    reg  [15:0] s2_l_13;
    reg  [15:0] s2_l_14;
    reg  [15:0] s2_l_15;
    reg  [15:0] s2_l_16;
    reg  [15:0] s2_l_17;
    reg  [15:0] s2_l_18;
    reg  [15:0] s2_l_19;
    reg  [15:0] s2_l_20;
    reg  [15:0] s2_l_21;
    reg  [15:0] s2_l_22;
    reg  [15:0] s2_l_23;
    reg  [15:0] s2_l_24;
    reg  [15:0] s2_l_25;
    reg  [15:0] s2_l_26;
    reg  [15:0] s2_l_27;
    reg  [15:0] s2_l_28;
    reg  [15:0] s2_l_29;
    reg  [15:0] s2_l_30;
    reg  [15:0] s2_l_31;
    reg  [15:0] s2_g1_0;
    reg  [15:0] s2_g1_1;
    reg  [15:0] s2_g1_2;
    reg  [15:0] s2_g1_3;
    reg  [15:0] s2_g1_4;
    reg  [15:0] s2_g1_5;
    reg  [15:0] s2_g1_6;
    reg  [15:0] s2_g1_7;
    reg  [15:0] s2_g2_0;
    reg  [15:0] s2_g2_1;
    reg  [15:0] s2_g2_2;
    reg  [15:0] s2_g2_3;
    reg  [15:0] s2_g2_4;
    reg  [15:0] s2_g2_5;
    reg  [15:0] s2_g2_6;
    reg  [15:0] s2_g2_7;
    reg  [15:0] s2_g4_0;
    reg  [15:0] s2_g4_1;
    reg  [15:0] s2_g4_2;
    reg  [15:0] s2_g4_3;
    reg  [15:0] s2_g4_4;
    reg  [15:0] s2_g4_5;
    reg  [15:0] s2_g4_6;
    reg  [15:0] s2_g4_7;
    reg  [15:0] s2_x_0;
    reg  [15:0] s2_x_1;
    reg  [15:0] s2_x_2;
    reg  [15:0] s2_x_3;
    reg  [15:0] s2_x_4;
    reg  [15:0] s2_x_5;
    reg  [15:0] s2_x_6;
    reg  [15:0] s2_x_7;
    reg  [15:0] s2_x_8;
    reg  [15:0] s2_x_9;
    reg  [15:0] s2_x_10;
    reg  [15:0] s2_x_11;
    reg  [15:0] s2_x_12;
    reg  [15:0] s2_x_13;
    reg  [15:0] s2_x_14;
    reg  [15:0] s2_x_15;
    reg  [15:0] s2_x_16;
    reg  [15:0] s2_x_17;
    reg  [15:0] s2_x_18;
    reg  [15:0] s2_x_19;
    reg  [15:0] s2_x_20;
    reg  [15:0] s2_x_21;
    reg  [15:0] s2_x_22;
    reg  [15:0] s2_x_23;
    reg  [15:0] s2_x_24;
    reg  [15:0] s2_x_25;
    reg  [15:0] s2_x_26;
    reg  [15:0] s2_x_27;
    reg  [15:0] s2_x_28;
    reg  [15:0] s2_x_29;
    reg  [15:0] s2_x_30;
    reg  [15:0] s2_x_31;
    reg  [31:0] s3_o2_0;
    reg  [31:0] s3_o2_1;
    reg  [31:0] s3_o2_2;
    reg  [31:0] s3_o2_3;
    reg  [31:0] s3_o2_4;
    reg  [31:0] s3_o2_5;
    reg  [31:0] s3_o2_6;
    reg  [31:0] s3_o2_7;
    reg  [31:0] s3_o2_8;
    reg  [31:0] s3_o2_9;
    reg  [31:0] s3_o2_10;
    reg  [31:0] s3_o2_11;
    reg  [31:0] s3_o2_12;
    reg  [31:0] s3_o2_13;
    reg  [31:0] s3_o2_14;
    reg  [31:0] s3_o2_15;
    reg  [63:0] s3_o4_0;
    reg  [63:0] s3_o4_1;
    reg  [63:0] s3_o4_2;
    reg  [63:0] s3_o4_3;
    reg  [63:0] s3_o4_4;
    reg  [63:0] s3_o4_5;
    reg  [63:0] s3_o4_6;
    reg  [63:0] s3_o4_7;
    reg  [127:0] s3_o8_0;
    reg  [127:0] s3_o8_1;
    reg  [127:0] s3_o8_2;
    reg  [127:0] s3_o8_3;
    reg  [255:0] s3_o16_0;
    reg  [255:0] s3_o16_1;

    // Update code
    always @(*) begin
        s1_valid_d = s1_valid_q;
        s2_valid_d = s2_valid_q;
        s3_valid_d = s3_valid_q;
        s1_last_d = s1_last_q;
        s2_last_d = s2_last_q;
        s3_last_d = s3_last_q;
        s1_hdr_d = s1_hdr_q;
        s1_slot_d = s1_slot_q;
        s1_r4_0_d = s1_r4_0_q;
        s1_s_0_d = s1_s_0_q;
        s2_w_0_d = s2_w_0_q;
        s3_x_0_d = s3_x_0_q;
        s1_r4_1_d = s1_r4_1_q;
        s1_s_1_d = s1_s_1_q;
        s2_w_1_d = s2_w_1_q;
        s3_x_1_d = s3_x_1_q;
        s1_r4_2_d = s1_r4_2_q;
        s1_s_2_d = s1_s_2_q;
        s2_w_2_d = s2_w_2_q;
        s3_x_2_d = s3_x_2_q;
        s1_r4_3_d = s1_r4_3_q;
        s1_s_3_d = s1_s_3_q;
        s2_w_3_d = s2_w_3_q;
        s3_x_3_d = s3_x_3_q;
        s1_r4_4_d = s1_r4_4_q;
        s1_s_4_d = s1_s_4_q;
        s2_w_4_d = s2_w_4_q;
        s3_x_4_d = s3_x_4_q;
        s1_r4_5_d = s1_r4_5_q;
        s1_s_5_d = s1_s_5_q;
        s2_w_5_d = s2_w_5_q;
        s3_x_5_d = s3_x_5_q;
        s1_r4_6_d = s1_r4_6_q;
        s1_s_6_d = s1_s_6_q;
        s2_w_6_d = s2_w_6_q;
        s3_x_6_d = s3_x_6_q;
        s1_r4_7_d = s1_r4_7_q;
        s1_s_7_d = s1_s_7_q;
        s2_w_7_d = s2_w_7_q;
        s3_x_7_d = s3_x_7_q;
        s1_r4_8_d = s1_r4_8_q;
        s1_s_8_d = s1_s_8_q;
        s2_w_8_d = s2_w_8_q;
        s3_x_8_d = s3_x_8_q;
        s1_r4_9_d = s1_r4_9_q;
        s1_s_9_d = s1_s_9_q;
        s2_w_9_d = s2_w_9_q;
        s3_x_9_d = s3_x_9_q;
        s1_r4_10_d = s1_r4_10_q;
        s1_s_10_d = s1_s_10_q;
        s2_w_10_d = s2_w_10_q;
        s3_x_10_d = s3_x_10_q;
        s1_r4_11_d = s1_r4_11_q;
        s1_s_11_d = s1_s_11_q;
        s2_w_11_d = s2_w_11_q;
        s3_x_11_d = s3_x_11_q;
        s1_r4_12_d = s1_r4_12_q;
        s1_s_12_d = s1_s_12_q;
        s2_w_12_d = s2_w_12_q;
        s3_x_12_d = s3_x_12_q;
        s1_r4_13_d = s1_r4_13_q;
        s1_s_13_d = s1_s_13_q;
        s2_w_13_d = s2_w_13_q;
        s3_x_13_d = s3_x_13_q;
        s1_r4_14_d = s1_r4_14_q;
        s1_s_14_d = s1_s_14_q;
        s2_w_14_d = s2_w_14_q;
        s3_x_14_d = s3_x_14_q;
        s1_r4_15_d = s1_r4_15_q;
        s1_s_15_d = s1_s_15_q;
        s2_w_15_d = s2_w_15_q;
        s3_x_15_d = s3_x_15_q;
        s1_r4_16_d = s1_r4_16_q;
        s1_s_16_d = s1_s_16_q;
        s2_w_16_d = s2_w_16_q;
        s3_x_16_d = s3_x_16_q;
        s1_r4_17_d = s1_r4_17_q;
        s1_s_17_d = s1_s_17_q;
        s2_w_17_d = s2_w_17_q;
        s3_x_17_d = s3_x_17_q;
        s1_r4_18_d = s1_r4_18_q;
        s1_s_18_d = s1_s_18_q;
        s2_w_18_d = s2_w_18_q;
        s3_x_18_d = s3_x_18_q;
        s1_r4_19_d = s1_r4_19_q;
        s1_s_19_d = s1_s_19_q;
        s2_w_19_d = s2_w_19_q;
        s3_x_19_d = s3_x_19_q;
        s1_r4_20_d = s1_r4_20_q;
        s1_s_20_d = s1_s_20_q;
        s2_w_20_d = s2_w_20_q;
        s3_x_20_d = s3_x_20_q;
        s1_r4_21_d = s1_r4_21_q;
        s1_s_21_d = s1_s_21_q;
        s2_w_21_d = s2_w_21_q;
        s3_x_21_d = s3_x_21_q;
        s1_r4_22_d = s1_r4_22_q;
        s1_s_22_d = s1_s_22_q;
        s2_w_22_d = s2_w_22_q;
        s3_x_22_d = s3_x_22_q;
        s1_r4_23_d = s1_r4_23_q;
        s1_s_23_d = s1_s_23_q;
        s2_w_23_d = s2_w_23_q;
        s3_x_23_d = s3_x_23_q;
        s1_r4_24_d = s1_r4_24_q;
        s1_s_24_d = s1_s_24_q;
        s2_w_24_d = s2_w_24_q;
        s3_x_24_d = s3_x_24_q;
        s1_r4_25_d = s1_r4_25_q;
        s1_s_25_d = s1_s_25_q;
        s2_w_25_d = s2_w_25_q;
        s3_x_25_d = s3_x_25_q;
        s1_r4_26_d = s1_r4_26_q;
        s1_s_26_d = s1_s_26_q;
        s2_w_26_d = s2_w_26_q;
        s3_x_26_d = s3_x_26_q;
        s1_r4_27_d = s1_r4_27_q;
        s1_s_27_d = s1_s_27_q;
        s2_w_27_d = s2_w_27_q;
        s3_x_27_d = s3_x_27_q;
        s1_r4_28_d = s1_r4_28_q;
        s1_s_28_d = s1_s_28_q;
        s2_w_28_d = s2_w_28_q;
        s3_x_28_d = s3_x_28_q;
        s1_r4_29_d = s1_r4_29_q;
        s1_s_29_d = s1_s_29_q;
        s2_w_29_d = s2_w_29_q;
        s3_x_29_d = s3_x_29_q;
        s1_r4_30_d = s1_r4_30_q;
        s1_s_30_d = s1_s_30_q;
        s2_w_30_d = s2_w_30_q;
        s3_x_30_d = s3_x_30_q;
        s1_r4_31_d = s1_r4_31_q;
        s1_s_31_d = s1_s_31_q;
        s2_w_31_d = s2_w_31_q;
        s3_x_31_d = s3_x_31_q;
        en3 = ~s3_valid_q | m_axis_tready;
        en2 = ~s2_valid_q | en3;
        en1 = ~s1_valid_q | en2;
        s_axis_tready = en1 & aresetn;
        m_axis_tvalid = s3_valid_q & aresetn;
        m_axis_tlast = s3_last_q;
        s3_o2_0 = (({{16{1'b0}}, s3_x_1_q}) << 32'h10) | ({{16{1'b0}}, s3_x_0_q});
        s3_o2_1 = (({{16{1'b0}}, s3_x_3_q}) << 32'h10) | ({{16{1'b0}}, s3_x_2_q});
        s3_o2_2 = (({{16{1'b0}}, s3_x_5_q}) << 32'h10) | ({{16{1'b0}}, s3_x_4_q});
        s3_o2_3 = (({{16{1'b0}}, s3_x_7_q}) << 32'h10) | ({{16{1'b0}}, s3_x_6_q});
        s3_o2_4 = (({{16{1'b0}}, s3_x_9_q}) << 32'h10) | ({{16{1'b0}}, s3_x_8_q});
        s3_o2_5 = (({{16{1'b0}}, s3_x_11_q}) << 32'h10) | ({{16{1'b0}}, s3_x_10_q});
        s3_o2_6 = (({{16{1'b0}}, s3_x_13_q}) << 32'h10) | ({{16{1'b0}}, s3_x_12_q});
        s3_o2_7 = (({{16{1'b0}}, s3_x_15_q}) << 32'h10) | ({{16{1'b0}}, s3_x_14_q});
        s3_o2_8 = (({{16{1'b0}}, s3_x_17_q}) << 32'h10) | ({{16{1'b0}}, s3_x_16_q});
        s3_o2_9 = (({{16{1'b0}}, s3_x_19_q}) << 32'h10) | ({{16{1'b0}}, s3_x_18_q});
        s3_o2_10 = (({{16{1'b0}}, s3_x_21_q}) << 32'h10) | ({{16{1'b0}}, s3_x_20_q});
        s3_o2_11 = (({{16{1'b0}}, s3_x_23_q}) << 32'h10) | ({{16{1'b0}}, s3_x_22_q});
        s3_o2_12 = (({{16{1'b0}}, s3_x_25_q}) << 32'h10) | ({{16{1'b0}}, s3_x_24_q});
        s3_o2_13 = (({{16{1'b0}}, s3_x_27_q}) << 32'h10) | ({{16{1'b0}}, s3_x_26_q});
        s3_o2_14 = (({{16{1'b0}}, s3_x_29_q}) << 32'h10) | ({{16{1'b0}}, s3_x_28_q});
        s3_o2_15 = (({{16{1'b0}}, s3_x_31_q}) << 32'h10) | ({{16{1'b0}}, s3_x_30_q});
        s3_o4_0 = (({{32{1'b0}}, s3_o2_1}) << 32'h20) | ({{32{1'b0}}, s3_o2_0});
        s3_o4_1 = (({{32{1'b0}}, s3_o2_3}) << 32'h20) | ({{32{1'b0}}, s3_o2_2});
        s3_o4_2 = (({{32{1'b0}}, s3_o2_5}) << 32'h20) | ({{32{1'b0}}, s3_o2_4});
        s3_o4_3 = (({{32{1'b0}}, s3_o2_7}) << 32'h20) | ({{32{1'b0}}, s3_o2_6});
        s3_o4_4 = (({{32{1'b0}}, s3_o2_9}) << 32'h20) | ({{32{1'b0}}, s3_o2_8});
        s3_o4_5 = (({{32{1'b0}}, s3_o2_11}) << 32'h20) | ({{32{1'b0}}, s3_o2_10});
        s3_o4_6 = (({{32{1'b0}}, s3_o2_13}) << 32'h20) | ({{32{1'b0}}, s3_o2_12});
        s3_o4_7 = (({{32{1'b0}}, s3_o2_15}) << 32'h20) | ({{32{1'b0}}, s3_o2_14});
        s3_o8_0 = (({{64{1'b0}}, s3_o4_1}) << 32'h40) | ({{64{1'b0}}, s3_o4_0});
        s3_o8_1 = (({{64{1'b0}}, s3_o4_3}) << 32'h40) | ({{64{1'b0}}, s3_o4_2});
        s3_o8_2 = (({{64{1'b0}}, s3_o4_5}) << 32'h40) | ({{64{1'b0}}, s3_o4_4});
        s3_o8_3 = (({{64{1'b0}}, s3_o4_7}) << 32'h40) | ({{64{1'b0}}, s3_o4_6});
        s3_o16_0 = (({{128{1'b0}}, s3_o8_1}) << 32'h80) | ({{128{1'b0}}, s3_o8_0});
        s3_o16_1 = (({{128{1'b0}}, s3_o8_3}) << 32'h80) | ({{128{1'b0}}, s3_o8_2});
        m_axis_tdata = (({{256{1'b0}}, s3_o16_1}) << 32'h100) | ({{256{1'b0}}, s3_o16_0});
        s0_hdr = s_axis_tdata[(32'h207)+:(33)];
        if (s0_hdr[32'h1f - 0]) begin
            pc0_0 = k_zero7;
        end
        else begin
            pc0_0 = k_one7;
        end
        if (s0_hdr[32'h1f - 1]) begin
            pc0_1 = k_zero7;
        end
        else begin
            pc0_1 = k_one7;
        end
        if (s0_hdr[32'h1f - 2]) begin
            pc0_2 = k_zero7;
        end
        else begin
            pc0_2 = k_one7;
        end
        if (s0_hdr[32'h1f - 3]) begin
            pc0_3 = k_zero7;
        end
        else begin
            pc0_3 = k_one7;
        end
        if (s0_hdr[32'h1f - 4]) begin
            pc0_4 = k_zero7;
        end
        else begin
            pc0_4 = k_one7;
        end
        if (s0_hdr[32'h1f - 5]) begin
            pc0_5 = k_zero7;
        end
        else begin
            pc0_5 = k_one7;
        end
        if (s0_hdr[32'h1f - 6]) begin
            pc0_6 = k_zero7;
        end
        else begin
            pc0_6 = k_one7;
        end
        if (s0_hdr[32'h1f - 7]) begin
            pc0_7 = k_zero7;
        end
        else begin
            pc0_7 = k_one7;
        end
        if (s0_hdr[32'h1f - 8]) begin
            pc0_8 = k_zero7;
        end
        else begin
            pc0_8 = k_one7;
        end
        if (s0_hdr[32'h1f - 9]) begin
            pc0_9 = k_zero7;
        end
        else begin
            pc0_9 = k_one7;
        end
        if (s0_hdr[32'h1f - 10]) begin
            pc0_10 = k_zero7;
        end
        else begin
            pc0_10 = k_one7;
        end
        if (s0_hdr[32'h1f - 11]) begin
            pc0_11 = k_zero7;
        end
        else begin
            pc0_11 = k_one7;
        end
        if (s0_hdr[32'h1f - 12]) begin
            pc0_12 = k_zero7;
        end
        else begin
            pc0_12 = k_one7;
        end
        if (s0_hdr[32'h1f - 13]) begin
            pc0_13 = k_zero7;
        end
        else begin
            pc0_13 = k_one7;
        end
        if (s0_hdr[32'h1f - 14]) begin
            pc0_14 = k_zero7;
        end
        else begin
            pc0_14 = k_one7;
        end
        if (s0_hdr[32'h1f - 15]) begin
            pc0_15 = k_zero7;
        end
        else begin
            pc0_15 = k_one7;
        end
        if (s0_hdr[32'h1f - 16]) begin
            pc0_16 = k_zero7;
        end
        else begin
            pc0_16 = k_one7;
        end
        if (s0_hdr[32'h1f - 17]) begin
            pc0_17 = k_zero7;
        end
        else begin
            pc0_17 = k_one7;
        end
        if (s0_hdr[32'h1f - 18]) begin
            pc0_18 = k_zero7;
        end
        else begin
            pc0_18 = k_one7;
        end
        if (s0_hdr[32'h1f - 19]) begin
            pc0_19 = k_zero7;
        end
        else begin
            pc0_19 = k_one7;
        end
        if (s0_hdr[32'h1f - 20]) begin
            pc0_20 = k_zero7;
        end
        else begin
            pc0_20 = k_one7;
        end
        if (s0_hdr[32'h1f - 21]) begin
            pc0_21 = k_zero7;
        end
        else begin
            pc0_21 = k_one7;
        end
        if (s0_hdr[32'h1f - 22]) begin
            pc0_22 = k_zero7;
        end
        else begin
            pc0_22 = k_one7;
        end
        if (s0_hdr[32'h1f - 23]) begin
            pc0_23 = k_zero7;
        end
        else begin
            pc0_23 = k_one7;
        end
        if (s0_hdr[32'h1f - 24]) begin
            pc0_24 = k_zero7;
        end
        else begin
            pc0_24 = k_one7;
        end
        if (s0_hdr[32'h1f - 25]) begin
            pc0_25 = k_zero7;
        end
        else begin
            pc0_25 = k_one7;
        end
        if (s0_hdr[32'h1f - 26]) begin
            pc0_26 = k_zero7;
        end
        else begin
            pc0_26 = k_one7;
        end
        if (s0_hdr[32'h1f - 27]) begin
            pc0_27 = k_zero7;
        end
        else begin
            pc0_27 = k_one7;
        end
        if (s0_hdr[32'h1f - 28]) begin
            pc0_28 = k_zero7;
        end
        else begin
            pc0_28 = k_one7;
        end
        if (s0_hdr[32'h1f - 29]) begin
            pc0_29 = k_zero7;
        end
        else begin
            pc0_29 = k_one7;
        end
        if (s0_hdr[32'h1f - 30]) begin
            pc0_30 = k_zero7;
        end
        else begin
            pc0_30 = k_one7;
        end
        if (s0_hdr[32'h1f - 31]) begin
            pc0_31 = k_zero7;
        end
        else begin
            pc0_31 = k_one7;
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
        s0_u1 = ((s_axis_tdata[(32'he4)+:(128)] & k_u3) << 32'h7d)
            | ((s_axis_tdata[(32'he1)+:(128)] & k_u3) << 32'h79)
            | ((s_axis_tdata[(32'hde)+:(128)] & k_u3) << 32'h75)
            | ((s_axis_tdata[(32'hdb)+:(128)] & k_u3) << 32'h71)
            | ((s_axis_tdata[(32'hd8)+:(128)] & k_u3) << 32'h6d)
            | ((s_axis_tdata[(32'hd5)+:(128)] & k_u3) << 32'h69)
            | ((s_axis_tdata[(32'hd2)+:(128)] & k_u3) << 32'h65)
            | ((s_axis_tdata[(32'hcf)+:(128)] & k_u3) << 32'h61)
            | ((s_axis_tdata[(32'hcc)+:(128)] & k_u3) << 32'h5d)
            | ((s_axis_tdata[(32'hc9)+:(128)] & k_u3) << 32'h59)
            | ((s_axis_tdata[(32'hc6)+:(128)] & k_u3) << 32'h55)
            | ((s_axis_tdata[(32'hc3)+:(128)] & k_u3) << 32'h51)
            | ((s_axis_tdata[(32'hc0)+:(128)] & k_u3) << 32'h4d)
            | ((s_axis_tdata[(32'hbd)+:(128)] & k_u3) << 32'h49)
            | ((s_axis_tdata[(32'hba)+:(128)] & k_u3) << 32'h45)
            | ((s_axis_tdata[(32'hb7)+:(128)] & k_u3) << 32'h41)
            | ((s_axis_tdata[(32'hb4)+:(128)] & k_u3) << 32'h3d)
            | ((s_axis_tdata[(32'hb1)+:(128)] & k_u3) << 32'h39)
            | ((s_axis_tdata[(32'hae)+:(128)] & k_u3) << 32'h35)
            | ((s_axis_tdata[(32'hab)+:(128)] & k_u3) << 32'h31)
            | ((s_axis_tdata[(32'ha8)+:(128)] & k_u3) << 32'h2d)
            | ((s_axis_tdata[(32'ha5)+:(128)] & k_u3) << 32'h29)
            | ((s_axis_tdata[(32'ha2)+:(128)] & k_u3) << 32'h25)
            | ((s_axis_tdata[(32'h9f)+:(128)] & k_u3) << 32'h21)
            | ((s_axis_tdata[(32'h9c)+:(128)] & k_u3) << 32'h1d)
            | ((s_axis_tdata[(32'h99)+:(128)] & k_u3) << 32'h19)
            | ((s_axis_tdata[(32'h96)+:(128)] & k_u3) << 32'h15)
            | ((s_axis_tdata[(32'h93)+:(128)] & k_u3) << 32'h11)
            | ((s_axis_tdata[(32'h90)+:(128)] & k_u3) << 32'hd)
            | ((s_axis_tdata[(32'h8d)+:(128)] & k_u3) << 32'h9)
            | ((s_axis_tdata[(32'h8a)+:(128)] & k_u3) << 32'h5)
            | ((s_axis_tdata[(32'h87)+:(128)] & k_u3) << 32'h1);
        if (en1) begin
            s1_valid_d = s_axis_tvalid & aresetn;
            s1_last_d = s_axis_tlast;
            s1_hdr_d = s0_hdr;
            if (s0_hdr[32'h20]) begin
                s1_slot_d = s0_u1;
            end
            else begin
                s1_slot_d = s_axis_tdata[(32'h7)+:(128)];
            end
            s1_r4_0_d = k_zero7;
            s1_r4_1_d = pc5_0 << 32'h2;
            s1_r4_2_d = pc5_1 << 32'h2;
            s1_r4_3_d = pc5_2 << 32'h2;
            s1_r4_4_d = pc5_3 << 32'h2;
            s1_r4_5_d = pc5_4 << 32'h2;
            s1_r4_6_d = pc5_5 << 32'h2;
            s1_r4_7_d = pc5_6 << 32'h2;
            s1_r4_8_d = pc5_7 << 32'h2;
            s1_r4_9_d = pc5_8 << 32'h2;
            s1_r4_10_d = pc5_9 << 32'h2;
            s1_r4_11_d = pc5_10 << 32'h2;
            s1_r4_12_d = pc5_11 << 32'h2;
            s1_r4_13_d = pc5_12 << 32'h2;
            s1_r4_14_d = pc5_13 << 32'h2;
            s1_r4_15_d = pc5_14 << 32'h2;
            s1_r4_16_d = pc5_15 << 32'h2;
            s1_r4_17_d = pc5_16 << 32'h2;
            s1_r4_18_d = pc5_17 << 32'h2;
            s1_r4_19_d = pc5_18 << 32'h2;
            s1_r4_20_d = pc5_19 << 32'h2;
            s1_r4_21_d = pc5_20 << 32'h2;
            s1_r4_22_d = pc5_21 << 32'h2;
            s1_r4_23_d = pc5_22 << 32'h2;
            s1_r4_24_d = pc5_23 << 32'h2;
            s1_r4_25_d = pc5_24 << 32'h2;
            s1_r4_26_d = pc5_25 << 32'h2;
            s1_r4_27_d = pc5_26 << 32'h2;
            s1_r4_28_d = pc5_27 << 32'h2;
            s1_r4_29_d = pc5_28 << 32'h2;
            s1_r4_30_d = pc5_29 << 32'h2;
            s1_r4_31_d = pc5_30 << 32'h2;
            if (s0_hdr[32'h20]) begin
                s1_s_0_d = s_axis_tdata[(32'h1f7 - 32'h9 * 0)+:(16)] & k_code9;
            end
            else begin
                s1_s_0_d = s_axis_tdata[(32'h1f7 - 32'hc * 0)+:(16)] & k_code12;
            end
            if (s0_hdr[32'h20]) begin
                s1_s_1_d = s_axis_tdata[(32'h1f7 - 32'h9 * 1)+:(16)] & k_code9;
            end
            else begin
                s1_s_1_d = s_axis_tdata[(32'h1f7 - 32'hc * 1)+:(16)] & k_code12;
            end
            if (s0_hdr[32'h20]) begin
                s1_s_2_d = s_axis_tdata[(32'h1f7 - 32'h9 * 2)+:(16)] & k_code9;
            end
            else begin
                s1_s_2_d = s_axis_tdata[(32'h1f7 - 32'hc * 2)+:(16)] & k_code12;
            end
            if (s0_hdr[32'h20]) begin
                s1_s_3_d = s_axis_tdata[(32'h1f7 - 32'h9 * 3)+:(16)] & k_code9;
            end
            else begin
                s1_s_3_d = s_axis_tdata[(32'h1f7 - 32'hc * 3)+:(16)] & k_code12;
            end
            if (s0_hdr[32'h20]) begin
                s1_s_4_d = s_axis_tdata[(32'h1f7 - 32'h9 * 4)+:(16)] & k_code9;
            end
            else begin
                s1_s_4_d = s_axis_tdata[(32'h1f7 - 32'hc * 4)+:(16)] & k_code12;
            end
            if (s0_hdr[32'h20]) begin
                s1_s_5_d = s_axis_tdata[(32'h1f7 - 32'h9 * 5)+:(16)] & k_code9;
            end
            else begin
                s1_s_5_d = s_axis_tdata[(32'h1f7 - 32'hc * 5)+:(16)] & k_code12;
            end
            if (s0_hdr[32'h20]) begin
                s1_s_6_d = s_axis_tdata[(32'h1f7 - 32'h9 * 6)+:(16)] & k_code9;
            end
            else begin
                s1_s_6_d = s_axis_tdata[(32'h1f7 - 32'hc * 6)+:(16)] & k_code12;
            end
            if (s0_hdr[32'h20]) begin
                s1_s_7_d = s_axis_tdata[(32'h1f7 - 32'h9 * 7)+:(16)] & k_code9;
            end
            else begin
                s1_s_7_d = s_axis_tdata[(32'h1f7 - 32'hc * 7)+:(16)] & k_code12;
            end
            if (s0_hdr[32'h20]) begin
                s1_s_8_d = s_axis_tdata[(32'h1f7 - 32'h9 * 8)+:(16)] & k_code9;
            end
            else begin
                s1_s_8_d = s_axis_tdata[(32'h1f7 - 32'hc * 8)+:(16)] & k_code12;
            end
            if (s0_hdr[32'h20]) begin
                s1_s_9_d = s_axis_tdata[(32'h1f7 - 32'h9 * 9)+:(16)] & k_code9;
            end
            else begin
                s1_s_9_d = s_axis_tdata[(32'h1f7 - 32'hc * 9)+:(16)] & k_code12;
            end
            if (s0_hdr[32'h20]) begin
                s1_s_10_d = s_axis_tdata[(32'h1f7 - 32'h9 * 10)+:(16)] & k_code9;
            end
            else begin
                s1_s_10_d = s_axis_tdata[(32'h1f7 - 32'hc * 10)+:(16)] & k_code12;
            end
            if (s0_hdr[32'h20]) begin
                s1_s_11_d = s_axis_tdata[(32'h1f7 - 32'h9 * 11)+:(16)] & k_code9;
            end
            else begin
                s1_s_11_d = s_axis_tdata[(32'h1f7 - 32'hc * 11)+:(16)] & k_code12;
            end
            if (s0_hdr[32'h20]) begin
                s1_s_12_d = s_axis_tdata[(32'h1f7 - 32'h9 * 12)+:(16)] & k_code9;
            end
            else begin
                s1_s_12_d = s_axis_tdata[(32'h1f7 - 32'hc * 12)+:(16)] & k_code12;
            end
            if (s0_hdr[32'h20]) begin
                s1_s_13_d = s_axis_tdata[(32'h1f7 - 32'h9 * 13)+:(16)] & k_code9;
            end
            else begin
                s1_s_13_d = s_axis_tdata[(32'h1f7 - 32'hc * 13)+:(16)] & k_code12;
            end
            if (s0_hdr[32'h20]) begin
                s1_s_14_d = s_axis_tdata[(32'h1f7 - 32'h9 * 14)+:(16)] & k_code9;
            end
            else begin
                s1_s_14_d = s_axis_tdata[(32'h1f7 - 32'hc * 14)+:(16)] & k_code12;
            end
            if (s0_hdr[32'h20]) begin
                s1_s_15_d = s_axis_tdata[(32'h1f7 - 32'h9 * 15)+:(16)] & k_code9;
            end
            else begin
                s1_s_15_d = s_axis_tdata[(32'h1f7 - 32'hc * 15)+:(16)] & k_code12;
            end
            if (s0_hdr[32'h20]) begin
                s1_s_16_d = s_axis_tdata[(32'h1f7 - 32'h9 * 16)+:(16)] & k_code9;
            end
            else begin
                s1_s_16_d = s_axis_tdata[(32'h1f7 - 32'hc * 16)+:(16)] & k_code12;
            end
            if (s0_hdr[32'h20]) begin
                s1_s_17_d = s_axis_tdata[(32'h1f7 - 32'h9 * 17)+:(16)] & k_code9;
            end
            else begin
                s1_s_17_d = s_axis_tdata[(32'h1f7 - 32'hc * 17)+:(16)] & k_code12;
            end
            if (s0_hdr[32'h20]) begin
                s1_s_18_d = s_axis_tdata[(32'h1f7 - 32'h9 * 18)+:(16)] & k_code9;
            end
            else begin
                s1_s_18_d = s_axis_tdata[(32'h1f7 - 32'hc * 18)+:(16)] & k_code12;
            end
            if (s0_hdr[32'h20]) begin
                s1_s_19_d = s_axis_tdata[(32'h1f7 - 32'h9 * 19)+:(16)] & k_code9;
            end
            else begin
                s1_s_19_d = s_axis_tdata[(32'h1f7 - 32'hc * 19)+:(16)] & k_code12;
            end
            if (s0_hdr[32'h20]) begin
                s1_s_20_d = s_axis_tdata[(32'h1f7 - 32'h9 * 20)+:(16)] & k_code9;
            end
            else begin
                s1_s_20_d = s_axis_tdata[(32'h1f7 - 32'hc * 20)+:(16)] & k_code12;
            end
            if (s0_hdr[32'h20]) begin
                s1_s_21_d = s_axis_tdata[(32'h1f7 - 32'h9 * 21)+:(16)] & k_code9;
            end
            else begin
                s1_s_21_d = s_axis_tdata[(32'h1f7 - 32'hc * 21)+:(16)] & k_code12;
            end
            if (s0_hdr[32'h20]) begin
                s1_s_22_d = s_axis_tdata[(32'h1f7 - 32'h9 * 22)+:(16)] & k_code9;
            end
            else begin
                s1_s_22_d = s_axis_tdata[(32'h1f7 - 32'hc * 22)+:(16)] & k_code12;
            end
            if (s0_hdr[32'h20]) begin
                s1_s_23_d = s_axis_tdata[(32'h1f7 - 32'h9 * 23)+:(16)] & k_code9;
            end
            else begin
                s1_s_23_d = s_axis_tdata[(32'h1f7 - 32'hc * 23)+:(16)] & k_code12;
            end
            if (s0_hdr[32'h20]) begin
                s1_s_24_d = s_axis_tdata[(32'h1f7 - 32'h9 * 24)+:(16)] & k_code9;
            end
            else begin
                s1_s_24_d = s_axis_tdata[(32'h1f7 - 32'hc * 24)+:(16)] & k_code12;
            end
            if (s0_hdr[32'h20]) begin
                s1_s_25_d = s_axis_tdata[(32'h1f7 - 32'h9 * 25)+:(16)] & k_code9;
            end
            else begin
                s1_s_25_d = s_axis_tdata[(32'h1f7 - 32'hc * 25)+:(16)] & k_code12;
            end
            if (s0_hdr[32'h20]) begin
                s1_s_26_d = s_axis_tdata[(32'h1f7 - 32'h9 * 26)+:(16)] & k_code9;
            end
            else begin
                s1_s_26_d = s_axis_tdata[(32'h1f7 - 32'hc * 26)+:(16)] & k_code12;
            end
            if (s0_hdr[32'h20]) begin
                s1_s_27_d = s_axis_tdata[(32'h1f7 - 32'h9 * 27)+:(16)] & k_code9;
            end
            else begin
                s1_s_27_d = s_axis_tdata[(32'h1f7 - 32'hc * 27)+:(16)] & k_code12;
            end
            if (s0_hdr[32'h20]) begin
                s1_s_28_d = s_axis_tdata[(32'h1f7 - 32'h9 * 28)+:(16)] & k_code9;
            end
            else begin
                s1_s_28_d = s_axis_tdata[(32'h1f7 - 32'hc * 28)+:(16)] & k_code12;
            end
            if (s0_hdr[32'h20]) begin
                s1_s_29_d = s_axis_tdata[(32'h1f7 - 32'h9 * 29)+:(16)] & k_code9;
            end
            else begin
                s1_s_29_d = s_axis_tdata[(32'h1f7 - 32'hc * 29)+:(16)] & k_code12;
            end
            if (s0_hdr[32'h20]) begin
                s1_s_30_d = s_axis_tdata[(32'h1f7 - 32'h9 * 30)+:(16)] & k_code9;
            end
            else begin
                s1_s_30_d = s_axis_tdata[(32'h1f7 - 32'hc * 30)+:(16)] & k_code12;
            end
            if (s0_hdr[32'h20]) begin
                s1_s_31_d = s_axis_tdata[(32'h1f7 - 32'h9 * 31)+:(16)] & k_code9;
            end
            else begin
                s1_s_31_d = s_axis_tdata[(32'h1f7 - 32'hc * 31)+:(16)] & k_code12;
            end
        end
        s1_sh_0 = s1_slot_q;
        s1_sh_1 = s1_slot_q << s1_r4_1_q[(32'h0)+:(3)];
        s1_sh_2 = s1_slot_q << s1_r4_2_q[(32'h0)+:(4)];
        s1_sh_3 = s1_slot_q << s1_r4_3_q[(32'h0)+:(4)];
        s1_sh_4 = s1_slot_q << s1_r4_4_q[(32'h0)+:(5)];
        s1_sh_5 = s1_slot_q << s1_r4_5_q[(32'h0)+:(5)];
        s1_sh_6 = s1_slot_q << s1_r4_6_q[(32'h0)+:(5)];
        s1_sh_7 = s1_slot_q << s1_r4_7_q[(32'h0)+:(5)];
        s1_sh_8 = s1_slot_q << s1_r4_8_q[(32'h0)+:(6)];
        s1_sh_9 = s1_slot_q << s1_r4_9_q[(32'h0)+:(6)];
        s1_sh_10 = s1_slot_q << s1_r4_10_q[(32'h0)+:(6)];
        s1_sh_11 = s1_slot_q << s1_r4_11_q[(32'h0)+:(6)];
        s1_sh_12 = s1_slot_q << s1_r4_12_q[(32'h0)+:(6)];
        s1_sh_13 = s1_slot_q << s1_r4_13_q[(32'h0)+:(6)];
        s1_sh_14 = s1_slot_q << s1_r4_14_q[(32'h0)+:(6)];
        s1_sh_15 = s1_slot_q << s1_r4_15_q[(32'h0)+:(6)];
        s1_sh_16 = s1_slot_q << s1_r4_16_q;
        s1_sh_17 = s1_slot_q << s1_r4_17_q;
        s1_sh_18 = s1_slot_q << s1_r4_18_q;
        s1_sh_19 = s1_slot_q << s1_r4_19_q;
        s1_sh_20 = s1_slot_q << s1_r4_20_q;
        s1_sh_21 = s1_slot_q << s1_r4_21_q;
        s1_sh_22 = s1_slot_q << s1_r4_22_q;
        s1_sh_23 = s1_slot_q << s1_r4_23_q;
        s1_sh_24 = s1_slot_q << s1_r4_24_q;
        s1_sh_25 = s1_slot_q << s1_r4_25_q;
        s1_sh_26 = s1_slot_q << s1_r4_26_q;
        s1_sh_27 = s1_slot_q << s1_r4_27_q;
        s1_sh_28 = s1_slot_q << s1_r4_28_q;
        s1_sh_29 = s1_slot_q << s1_r4_29_q;
        s1_sh_30 = s1_slot_q << s1_r4_30_q;
        s1_sh_31 = s1_slot_q << s1_r4_31_q;
        s1_e_0 = s1_sh_0[(32'h70)+:(16)] >> 32'hc;
        if (s1_hdr_q[32'h20] & s1_hdr_q[32'h1f - 0]) begin
            if (s1_s_0_q[32'hf]) begin
                s1_t_0 = k_top9 | ((s1_s_0_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_0 = (s1_s_0_q & k_m9) >> 32'h4;
            end
        end
        else if (s1_hdr_q[32'h20]) begin
            if (s1_s_0_q[32'hf]) begin
                s1_t_0 = k_top12 | ((s1_e_0 & k_e3) << 32'ha) | ((s1_s_0_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_0 = ((s1_e_0 & k_e3) << 32'ha) | ((s1_s_0_q & k_m9) >> 32'h4);
            end
        end
        else if (s1_hdr_q[32'h1f - 0]) begin
            if (s1_s_0_q[32'hf]) begin
                s1_t_0 = k_top12 | ((s1_s_0_q & k_m12) >> 32'h1);
            end
            else begin
                s1_t_0 = (s1_s_0_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s1_t_0 = (s1_s_0_q & k_sign) | ((s1_e_0 & k_b3) << 32'hb) | ((s1_s_0_q & k_m12) >> 32'h1) | (s1_e_0 & k_low3);
        end
        s1_e_1 = s1_sh_1[(32'h70)+:(16)] >> 32'hc;
        if (s1_hdr_q[32'h20] & s1_hdr_q[32'h1f - 1]) begin
            if (s1_s_1_q[32'hf]) begin
                s1_t_1 = k_top9 | ((s1_s_1_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_1 = (s1_s_1_q & k_m9) >> 32'h4;
            end
        end
        else if (s1_hdr_q[32'h20]) begin
            if (s1_s_1_q[32'hf]) begin
                s1_t_1 = k_top12 | ((s1_e_1 & k_e3) << 32'ha) | ((s1_s_1_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_1 = ((s1_e_1 & k_e3) << 32'ha) | ((s1_s_1_q & k_m9) >> 32'h4);
            end
        end
        else if (s1_hdr_q[32'h1f - 1]) begin
            if (s1_s_1_q[32'hf]) begin
                s1_t_1 = k_top12 | ((s1_s_1_q & k_m12) >> 32'h1);
            end
            else begin
                s1_t_1 = (s1_s_1_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s1_t_1 = (s1_s_1_q & k_sign) | ((s1_e_1 & k_b3) << 32'hb) | ((s1_s_1_q & k_m12) >> 32'h1) | (s1_e_1 & k_low3);
        end
        s1_e_2 = s1_sh_2[(32'h70)+:(16)] >> 32'hc;
        if (s1_hdr_q[32'h20] & s1_hdr_q[32'h1f - 2]) begin
            if (s1_s_2_q[32'hf]) begin
                s1_t_2 = k_top9 | ((s1_s_2_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_2 = (s1_s_2_q & k_m9) >> 32'h4;
            end
        end
        else if (s1_hdr_q[32'h20]) begin
            if (s1_s_2_q[32'hf]) begin
                s1_t_2 = k_top12 | ((s1_e_2 & k_e3) << 32'ha) | ((s1_s_2_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_2 = ((s1_e_2 & k_e3) << 32'ha) | ((s1_s_2_q & k_m9) >> 32'h4);
            end
        end
        else if (s1_hdr_q[32'h1f - 2]) begin
            if (s1_s_2_q[32'hf]) begin
                s1_t_2 = k_top12 | ((s1_s_2_q & k_m12) >> 32'h1);
            end
            else begin
                s1_t_2 = (s1_s_2_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s1_t_2 = (s1_s_2_q & k_sign) | ((s1_e_2 & k_b3) << 32'hb) | ((s1_s_2_q & k_m12) >> 32'h1) | (s1_e_2 & k_low3);
        end
        s1_e_3 = s1_sh_3[(32'h70)+:(16)] >> 32'hc;
        if (s1_hdr_q[32'h20] & s1_hdr_q[32'h1f - 3]) begin
            if (s1_s_3_q[32'hf]) begin
                s1_t_3 = k_top9 | ((s1_s_3_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_3 = (s1_s_3_q & k_m9) >> 32'h4;
            end
        end
        else if (s1_hdr_q[32'h20]) begin
            if (s1_s_3_q[32'hf]) begin
                s1_t_3 = k_top12 | ((s1_e_3 & k_e3) << 32'ha) | ((s1_s_3_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_3 = ((s1_e_3 & k_e3) << 32'ha) | ((s1_s_3_q & k_m9) >> 32'h4);
            end
        end
        else if (s1_hdr_q[32'h1f - 3]) begin
            if (s1_s_3_q[32'hf]) begin
                s1_t_3 = k_top12 | ((s1_s_3_q & k_m12) >> 32'h1);
            end
            else begin
                s1_t_3 = (s1_s_3_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s1_t_3 = (s1_s_3_q & k_sign) | ((s1_e_3 & k_b3) << 32'hb) | ((s1_s_3_q & k_m12) >> 32'h1) | (s1_e_3 & k_low3);
        end
        s1_e_4 = s1_sh_4[(32'h70)+:(16)] >> 32'hc;
        if (s1_hdr_q[32'h20] & s1_hdr_q[32'h1f - 4]) begin
            if (s1_s_4_q[32'hf]) begin
                s1_t_4 = k_top9 | ((s1_s_4_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_4 = (s1_s_4_q & k_m9) >> 32'h4;
            end
        end
        else if (s1_hdr_q[32'h20]) begin
            if (s1_s_4_q[32'hf]) begin
                s1_t_4 = k_top12 | ((s1_e_4 & k_e3) << 32'ha) | ((s1_s_4_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_4 = ((s1_e_4 & k_e3) << 32'ha) | ((s1_s_4_q & k_m9) >> 32'h4);
            end
        end
        else if (s1_hdr_q[32'h1f - 4]) begin
            if (s1_s_4_q[32'hf]) begin
                s1_t_4 = k_top12 | ((s1_s_4_q & k_m12) >> 32'h1);
            end
            else begin
                s1_t_4 = (s1_s_4_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s1_t_4 = (s1_s_4_q & k_sign) | ((s1_e_4 & k_b3) << 32'hb) | ((s1_s_4_q & k_m12) >> 32'h1) | (s1_e_4 & k_low3);
        end
        s1_e_5 = s1_sh_5[(32'h70)+:(16)] >> 32'hc;
        if (s1_hdr_q[32'h20] & s1_hdr_q[32'h1f - 5]) begin
            if (s1_s_5_q[32'hf]) begin
                s1_t_5 = k_top9 | ((s1_s_5_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_5 = (s1_s_5_q & k_m9) >> 32'h4;
            end
        end
        else if (s1_hdr_q[32'h20]) begin
            if (s1_s_5_q[32'hf]) begin
                s1_t_5 = k_top12 | ((s1_e_5 & k_e3) << 32'ha) | ((s1_s_5_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_5 = ((s1_e_5 & k_e3) << 32'ha) | ((s1_s_5_q & k_m9) >> 32'h4);
            end
        end
        else if (s1_hdr_q[32'h1f - 5]) begin
            if (s1_s_5_q[32'hf]) begin
                s1_t_5 = k_top12 | ((s1_s_5_q & k_m12) >> 32'h1);
            end
            else begin
                s1_t_5 = (s1_s_5_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s1_t_5 = (s1_s_5_q & k_sign) | ((s1_e_5 & k_b3) << 32'hb) | ((s1_s_5_q & k_m12) >> 32'h1) | (s1_e_5 & k_low3);
        end
        s1_e_6 = s1_sh_6[(32'h70)+:(16)] >> 32'hc;
        if (s1_hdr_q[32'h20] & s1_hdr_q[32'h1f - 6]) begin
            if (s1_s_6_q[32'hf]) begin
                s1_t_6 = k_top9 | ((s1_s_6_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_6 = (s1_s_6_q & k_m9) >> 32'h4;
            end
        end
        else if (s1_hdr_q[32'h20]) begin
            if (s1_s_6_q[32'hf]) begin
                s1_t_6 = k_top12 | ((s1_e_6 & k_e3) << 32'ha) | ((s1_s_6_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_6 = ((s1_e_6 & k_e3) << 32'ha) | ((s1_s_6_q & k_m9) >> 32'h4);
            end
        end
        else if (s1_hdr_q[32'h1f - 6]) begin
            if (s1_s_6_q[32'hf]) begin
                s1_t_6 = k_top12 | ((s1_s_6_q & k_m12) >> 32'h1);
            end
            else begin
                s1_t_6 = (s1_s_6_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s1_t_6 = (s1_s_6_q & k_sign) | ((s1_e_6 & k_b3) << 32'hb) | ((s1_s_6_q & k_m12) >> 32'h1) | (s1_e_6 & k_low3);
        end
        s1_e_7 = s1_sh_7[(32'h70)+:(16)] >> 32'hc;
        if (s1_hdr_q[32'h20] & s1_hdr_q[32'h1f - 7]) begin
            if (s1_s_7_q[32'hf]) begin
                s1_t_7 = k_top9 | ((s1_s_7_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_7 = (s1_s_7_q & k_m9) >> 32'h4;
            end
        end
        else if (s1_hdr_q[32'h20]) begin
            if (s1_s_7_q[32'hf]) begin
                s1_t_7 = k_top12 | ((s1_e_7 & k_e3) << 32'ha) | ((s1_s_7_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_7 = ((s1_e_7 & k_e3) << 32'ha) | ((s1_s_7_q & k_m9) >> 32'h4);
            end
        end
        else if (s1_hdr_q[32'h1f - 7]) begin
            if (s1_s_7_q[32'hf]) begin
                s1_t_7 = k_top12 | ((s1_s_7_q & k_m12) >> 32'h1);
            end
            else begin
                s1_t_7 = (s1_s_7_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s1_t_7 = (s1_s_7_q & k_sign) | ((s1_e_7 & k_b3) << 32'hb) | ((s1_s_7_q & k_m12) >> 32'h1) | (s1_e_7 & k_low3);
        end
        s1_e_8 = s1_sh_8[(32'h70)+:(16)] >> 32'hc;
        if (s1_hdr_q[32'h20] & s1_hdr_q[32'h1f - 8]) begin
            if (s1_s_8_q[32'hf]) begin
                s1_t_8 = k_top9 | ((s1_s_8_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_8 = (s1_s_8_q & k_m9) >> 32'h4;
            end
        end
        else if (s1_hdr_q[32'h20]) begin
            if (s1_s_8_q[32'hf]) begin
                s1_t_8 = k_top12 | ((s1_e_8 & k_e3) << 32'ha) | ((s1_s_8_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_8 = ((s1_e_8 & k_e3) << 32'ha) | ((s1_s_8_q & k_m9) >> 32'h4);
            end
        end
        else if (s1_hdr_q[32'h1f - 8]) begin
            if (s1_s_8_q[32'hf]) begin
                s1_t_8 = k_top12 | ((s1_s_8_q & k_m12) >> 32'h1);
            end
            else begin
                s1_t_8 = (s1_s_8_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s1_t_8 = (s1_s_8_q & k_sign) | ((s1_e_8 & k_b3) << 32'hb) | ((s1_s_8_q & k_m12) >> 32'h1) | (s1_e_8 & k_low3);
        end
        s1_e_9 = s1_sh_9[(32'h70)+:(16)] >> 32'hc;
        if (s1_hdr_q[32'h20] & s1_hdr_q[32'h1f - 9]) begin
            if (s1_s_9_q[32'hf]) begin
                s1_t_9 = k_top9 | ((s1_s_9_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_9 = (s1_s_9_q & k_m9) >> 32'h4;
            end
        end
        else if (s1_hdr_q[32'h20]) begin
            if (s1_s_9_q[32'hf]) begin
                s1_t_9 = k_top12 | ((s1_e_9 & k_e3) << 32'ha) | ((s1_s_9_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_9 = ((s1_e_9 & k_e3) << 32'ha) | ((s1_s_9_q & k_m9) >> 32'h4);
            end
        end
        else if (s1_hdr_q[32'h1f - 9]) begin
            if (s1_s_9_q[32'hf]) begin
                s1_t_9 = k_top12 | ((s1_s_9_q & k_m12) >> 32'h1);
            end
            else begin
                s1_t_9 = (s1_s_9_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s1_t_9 = (s1_s_9_q & k_sign) | ((s1_e_9 & k_b3) << 32'hb) | ((s1_s_9_q & k_m12) >> 32'h1) | (s1_e_9 & k_low3);
        end
        s1_e_10 = s1_sh_10[(32'h70)+:(16)] >> 32'hc;
        if (s1_hdr_q[32'h20] & s1_hdr_q[32'h1f - 10]) begin
            if (s1_s_10_q[32'hf]) begin
                s1_t_10 = k_top9 | ((s1_s_10_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_10 = (s1_s_10_q & k_m9) >> 32'h4;
            end
        end
        else if (s1_hdr_q[32'h20]) begin
            if (s1_s_10_q[32'hf]) begin
                s1_t_10 = k_top12 | ((s1_e_10 & k_e3) << 32'ha) | ((s1_s_10_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_10 = ((s1_e_10 & k_e3) << 32'ha) | ((s1_s_10_q & k_m9) >> 32'h4);
            end
        end
        else if (s1_hdr_q[32'h1f - 10]) begin
            if (s1_s_10_q[32'hf]) begin
                s1_t_10 = k_top12 | ((s1_s_10_q & k_m12) >> 32'h1);
            end
            else begin
                s1_t_10 = (s1_s_10_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s1_t_10 = (s1_s_10_q & k_sign) | ((s1_e_10 & k_b3) << 32'hb) | ((s1_s_10_q & k_m12) >> 32'h1) | (s1_e_10 & k_low3);
        end
        s1_e_11 = s1_sh_11[(32'h70)+:(16)] >> 32'hc;
        if (s1_hdr_q[32'h20] & s1_hdr_q[32'h1f - 11]) begin
            if (s1_s_11_q[32'hf]) begin
                s1_t_11 = k_top9 | ((s1_s_11_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_11 = (s1_s_11_q & k_m9) >> 32'h4;
            end
        end
        else if (s1_hdr_q[32'h20]) begin
            if (s1_s_11_q[32'hf]) begin
                s1_t_11 = k_top12 | ((s1_e_11 & k_e3) << 32'ha) | ((s1_s_11_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_11 = ((s1_e_11 & k_e3) << 32'ha) | ((s1_s_11_q & k_m9) >> 32'h4);
            end
        end
        else if (s1_hdr_q[32'h1f - 11]) begin
            if (s1_s_11_q[32'hf]) begin
                s1_t_11 = k_top12 | ((s1_s_11_q & k_m12) >> 32'h1);
            end
            else begin
                s1_t_11 = (s1_s_11_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s1_t_11 = (s1_s_11_q & k_sign) | ((s1_e_11 & k_b3) << 32'hb) | ((s1_s_11_q & k_m12) >> 32'h1) | (s1_e_11 & k_low3);
        end
        s1_e_12 = s1_sh_12[(32'h70)+:(16)] >> 32'hc;
        if (s1_hdr_q[32'h20] & s1_hdr_q[32'h1f - 12]) begin
            if (s1_s_12_q[32'hf]) begin
                s1_t_12 = k_top9 | ((s1_s_12_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_12 = (s1_s_12_q & k_m9) >> 32'h4;
            end
        end
        else if (s1_hdr_q[32'h20]) begin
            if (s1_s_12_q[32'hf]) begin
                s1_t_12 = k_top12 | ((s1_e_12 & k_e3) << 32'ha) | ((s1_s_12_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_12 = ((s1_e_12 & k_e3) << 32'ha) | ((s1_s_12_q & k_m9) >> 32'h4);
            end
        end
        else if (s1_hdr_q[32'h1f - 12]) begin
            if (s1_s_12_q[32'hf]) begin
                s1_t_12 = k_top12 | ((s1_s_12_q & k_m12) >> 32'h1);
            end
            else begin
                s1_t_12 = (s1_s_12_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s1_t_12 = (s1_s_12_q & k_sign) | ((s1_e_12 & k_b3) << 32'hb) | ((s1_s_12_q & k_m12) >> 32'h1) | (s1_e_12 & k_low3);
        end
        s1_e_13 = s1_sh_13[(32'h70)+:(16)] >> 32'hc;
        if (s1_hdr_q[32'h20] & s1_hdr_q[32'h1f - 13]) begin
            if (s1_s_13_q[32'hf]) begin
                s1_t_13 = k_top9 | ((s1_s_13_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_13 = (s1_s_13_q & k_m9) >> 32'h4;
            end
        end
        else if (s1_hdr_q[32'h20]) begin
            if (s1_s_13_q[32'hf]) begin
                s1_t_13 = k_top12 | ((s1_e_13 & k_e3) << 32'ha) | ((s1_s_13_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_13 = ((s1_e_13 & k_e3) << 32'ha) | ((s1_s_13_q & k_m9) >> 32'h4);
            end
        end
        else if (s1_hdr_q[32'h1f - 13]) begin
            if (s1_s_13_q[32'hf]) begin
                s1_t_13 = k_top12 | ((s1_s_13_q & k_m12) >> 32'h1);
            end
            else begin
                s1_t_13 = (s1_s_13_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s1_t_13 = (s1_s_13_q & k_sign) | ((s1_e_13 & k_b3) << 32'hb) | ((s1_s_13_q & k_m12) >> 32'h1) | (s1_e_13 & k_low3);
        end
        s1_e_14 = s1_sh_14[(32'h70)+:(16)] >> 32'hc;
        if (s1_hdr_q[32'h20] & s1_hdr_q[32'h1f - 14]) begin
            if (s1_s_14_q[32'hf]) begin
                s1_t_14 = k_top9 | ((s1_s_14_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_14 = (s1_s_14_q & k_m9) >> 32'h4;
            end
        end
        else if (s1_hdr_q[32'h20]) begin
            if (s1_s_14_q[32'hf]) begin
                s1_t_14 = k_top12 | ((s1_e_14 & k_e3) << 32'ha) | ((s1_s_14_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_14 = ((s1_e_14 & k_e3) << 32'ha) | ((s1_s_14_q & k_m9) >> 32'h4);
            end
        end
        else if (s1_hdr_q[32'h1f - 14]) begin
            if (s1_s_14_q[32'hf]) begin
                s1_t_14 = k_top12 | ((s1_s_14_q & k_m12) >> 32'h1);
            end
            else begin
                s1_t_14 = (s1_s_14_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s1_t_14 = (s1_s_14_q & k_sign) | ((s1_e_14 & k_b3) << 32'hb) | ((s1_s_14_q & k_m12) >> 32'h1) | (s1_e_14 & k_low3);
        end
        s1_e_15 = s1_sh_15[(32'h70)+:(16)] >> 32'hc;
        if (s1_hdr_q[32'h20] & s1_hdr_q[32'h1f - 15]) begin
            if (s1_s_15_q[32'hf]) begin
                s1_t_15 = k_top9 | ((s1_s_15_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_15 = (s1_s_15_q & k_m9) >> 32'h4;
            end
        end
        else if (s1_hdr_q[32'h20]) begin
            if (s1_s_15_q[32'hf]) begin
                s1_t_15 = k_top12 | ((s1_e_15 & k_e3) << 32'ha) | ((s1_s_15_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_15 = ((s1_e_15 & k_e3) << 32'ha) | ((s1_s_15_q & k_m9) >> 32'h4);
            end
        end
        else if (s1_hdr_q[32'h1f - 15]) begin
            if (s1_s_15_q[32'hf]) begin
                s1_t_15 = k_top12 | ((s1_s_15_q & k_m12) >> 32'h1);
            end
            else begin
                s1_t_15 = (s1_s_15_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s1_t_15 = (s1_s_15_q & k_sign) | ((s1_e_15 & k_b3) << 32'hb) | ((s1_s_15_q & k_m12) >> 32'h1) | (s1_e_15 & k_low3);
        end
        s1_e_16 = s1_sh_16[(32'h70)+:(16)] >> 32'hc;
        if (s1_hdr_q[32'h20] & s1_hdr_q[32'h1f - 16]) begin
            if (s1_s_16_q[32'hf]) begin
                s1_t_16 = k_top9 | ((s1_s_16_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_16 = (s1_s_16_q & k_m9) >> 32'h4;
            end
        end
        else if (s1_hdr_q[32'h20]) begin
            if (s1_s_16_q[32'hf]) begin
                s1_t_16 = k_top12 | ((s1_e_16 & k_e3) << 32'ha) | ((s1_s_16_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_16 = ((s1_e_16 & k_e3) << 32'ha) | ((s1_s_16_q & k_m9) >> 32'h4);
            end
        end
        else if (s1_hdr_q[32'h1f - 16]) begin
            if (s1_s_16_q[32'hf]) begin
                s1_t_16 = k_top12 | ((s1_s_16_q & k_m12) >> 32'h1);
            end
            else begin
                s1_t_16 = (s1_s_16_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s1_t_16 = (s1_s_16_q & k_sign) | ((s1_e_16 & k_b3) << 32'hb) | ((s1_s_16_q & k_m12) >> 32'h1) | (s1_e_16 & k_low3);
        end
        s1_e_17 = s1_sh_17[(32'h70)+:(16)] >> 32'hc;
        if (s1_hdr_q[32'h20] & s1_hdr_q[32'h1f - 17]) begin
            if (s1_s_17_q[32'hf]) begin
                s1_t_17 = k_top9 | ((s1_s_17_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_17 = (s1_s_17_q & k_m9) >> 32'h4;
            end
        end
        else if (s1_hdr_q[32'h20]) begin
            if (s1_s_17_q[32'hf]) begin
                s1_t_17 = k_top12 | ((s1_e_17 & k_e3) << 32'ha) | ((s1_s_17_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_17 = ((s1_e_17 & k_e3) << 32'ha) | ((s1_s_17_q & k_m9) >> 32'h4);
            end
        end
        else if (s1_hdr_q[32'h1f - 17]) begin
            if (s1_s_17_q[32'hf]) begin
                s1_t_17 = k_top12 | ((s1_s_17_q & k_m12) >> 32'h1);
            end
            else begin
                s1_t_17 = (s1_s_17_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s1_t_17 = (s1_s_17_q & k_sign) | ((s1_e_17 & k_b3) << 32'hb) | ((s1_s_17_q & k_m12) >> 32'h1) | (s1_e_17 & k_low3);
        end
        s1_e_18 = s1_sh_18[(32'h70)+:(16)] >> 32'hc;
        if (s1_hdr_q[32'h20] & s1_hdr_q[32'h1f - 18]) begin
            if (s1_s_18_q[32'hf]) begin
                s1_t_18 = k_top9 | ((s1_s_18_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_18 = (s1_s_18_q & k_m9) >> 32'h4;
            end
        end
        else if (s1_hdr_q[32'h20]) begin
            if (s1_s_18_q[32'hf]) begin
                s1_t_18 = k_top12 | ((s1_e_18 & k_e3) << 32'ha) | ((s1_s_18_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_18 = ((s1_e_18 & k_e3) << 32'ha) | ((s1_s_18_q & k_m9) >> 32'h4);
            end
        end
        else if (s1_hdr_q[32'h1f - 18]) begin
            if (s1_s_18_q[32'hf]) begin
                s1_t_18 = k_top12 | ((s1_s_18_q & k_m12) >> 32'h1);
            end
            else begin
                s1_t_18 = (s1_s_18_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s1_t_18 = (s1_s_18_q & k_sign) | ((s1_e_18 & k_b3) << 32'hb) | ((s1_s_18_q & k_m12) >> 32'h1) | (s1_e_18 & k_low3);
        end
        s1_e_19 = s1_sh_19[(32'h70)+:(16)] >> 32'hc;
        if (s1_hdr_q[32'h20] & s1_hdr_q[32'h1f - 19]) begin
            if (s1_s_19_q[32'hf]) begin
                s1_t_19 = k_top9 | ((s1_s_19_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_19 = (s1_s_19_q & k_m9) >> 32'h4;
            end
        end
        else if (s1_hdr_q[32'h20]) begin
            if (s1_s_19_q[32'hf]) begin
                s1_t_19 = k_top12 | ((s1_e_19 & k_e3) << 32'ha) | ((s1_s_19_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_19 = ((s1_e_19 & k_e3) << 32'ha) | ((s1_s_19_q & k_m9) >> 32'h4);
            end
        end
        else if (s1_hdr_q[32'h1f - 19]) begin
            if (s1_s_19_q[32'hf]) begin
                s1_t_19 = k_top12 | ((s1_s_19_q & k_m12) >> 32'h1);
            end
            else begin
                s1_t_19 = (s1_s_19_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s1_t_19 = (s1_s_19_q & k_sign) | ((s1_e_19 & k_b3) << 32'hb) | ((s1_s_19_q & k_m12) >> 32'h1) | (s1_e_19 & k_low3);
        end
        s1_e_20 = s1_sh_20[(32'h70)+:(16)] >> 32'hc;
        if (s1_hdr_q[32'h20] & s1_hdr_q[32'h1f - 20]) begin
            if (s1_s_20_q[32'hf]) begin
                s1_t_20 = k_top9 | ((s1_s_20_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_20 = (s1_s_20_q & k_m9) >> 32'h4;
            end
        end
        else if (s1_hdr_q[32'h20]) begin
            if (s1_s_20_q[32'hf]) begin
                s1_t_20 = k_top12 | ((s1_e_20 & k_e3) << 32'ha) | ((s1_s_20_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_20 = ((s1_e_20 & k_e3) << 32'ha) | ((s1_s_20_q & k_m9) >> 32'h4);
            end
        end
        else if (s1_hdr_q[32'h1f - 20]) begin
            if (s1_s_20_q[32'hf]) begin
                s1_t_20 = k_top12 | ((s1_s_20_q & k_m12) >> 32'h1);
            end
            else begin
                s1_t_20 = (s1_s_20_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s1_t_20 = (s1_s_20_q & k_sign) | ((s1_e_20 & k_b3) << 32'hb) | ((s1_s_20_q & k_m12) >> 32'h1) | (s1_e_20 & k_low3);
        end
        s1_e_21 = s1_sh_21[(32'h70)+:(16)] >> 32'hc;
        if (s1_hdr_q[32'h20] & s1_hdr_q[32'h1f - 21]) begin
            if (s1_s_21_q[32'hf]) begin
                s1_t_21 = k_top9 | ((s1_s_21_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_21 = (s1_s_21_q & k_m9) >> 32'h4;
            end
        end
        else if (s1_hdr_q[32'h20]) begin
            if (s1_s_21_q[32'hf]) begin
                s1_t_21 = k_top12 | ((s1_e_21 & k_e3) << 32'ha) | ((s1_s_21_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_21 = ((s1_e_21 & k_e3) << 32'ha) | ((s1_s_21_q & k_m9) >> 32'h4);
            end
        end
        else if (s1_hdr_q[32'h1f - 21]) begin
            if (s1_s_21_q[32'hf]) begin
                s1_t_21 = k_top12 | ((s1_s_21_q & k_m12) >> 32'h1);
            end
            else begin
                s1_t_21 = (s1_s_21_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s1_t_21 = (s1_s_21_q & k_sign) | ((s1_e_21 & k_b3) << 32'hb) | ((s1_s_21_q & k_m12) >> 32'h1) | (s1_e_21 & k_low3);
        end
        s1_e_22 = s1_sh_22[(32'h70)+:(16)] >> 32'hc;
        if (s1_hdr_q[32'h20] & s1_hdr_q[32'h1f - 22]) begin
            if (s1_s_22_q[32'hf]) begin
                s1_t_22 = k_top9 | ((s1_s_22_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_22 = (s1_s_22_q & k_m9) >> 32'h4;
            end
        end
        else if (s1_hdr_q[32'h20]) begin
            if (s1_s_22_q[32'hf]) begin
                s1_t_22 = k_top12 | ((s1_e_22 & k_e3) << 32'ha) | ((s1_s_22_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_22 = ((s1_e_22 & k_e3) << 32'ha) | ((s1_s_22_q & k_m9) >> 32'h4);
            end
        end
        else if (s1_hdr_q[32'h1f - 22]) begin
            if (s1_s_22_q[32'hf]) begin
                s1_t_22 = k_top12 | ((s1_s_22_q & k_m12) >> 32'h1);
            end
            else begin
                s1_t_22 = (s1_s_22_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s1_t_22 = (s1_s_22_q & k_sign) | ((s1_e_22 & k_b3) << 32'hb) | ((s1_s_22_q & k_m12) >> 32'h1) | (s1_e_22 & k_low3);
        end
        s1_e_23 = s1_sh_23[(32'h70)+:(16)] >> 32'hc;
        if (s1_hdr_q[32'h20] & s1_hdr_q[32'h1f - 23]) begin
            if (s1_s_23_q[32'hf]) begin
                s1_t_23 = k_top9 | ((s1_s_23_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_23 = (s1_s_23_q & k_m9) >> 32'h4;
            end
        end
        else if (s1_hdr_q[32'h20]) begin
            if (s1_s_23_q[32'hf]) begin
                s1_t_23 = k_top12 | ((s1_e_23 & k_e3) << 32'ha) | ((s1_s_23_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_23 = ((s1_e_23 & k_e3) << 32'ha) | ((s1_s_23_q & k_m9) >> 32'h4);
            end
        end
        else if (s1_hdr_q[32'h1f - 23]) begin
            if (s1_s_23_q[32'hf]) begin
                s1_t_23 = k_top12 | ((s1_s_23_q & k_m12) >> 32'h1);
            end
            else begin
                s1_t_23 = (s1_s_23_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s1_t_23 = (s1_s_23_q & k_sign) | ((s1_e_23 & k_b3) << 32'hb) | ((s1_s_23_q & k_m12) >> 32'h1) | (s1_e_23 & k_low3);
        end
        s1_e_24 = s1_sh_24[(32'h70)+:(16)] >> 32'hc;
        if (s1_hdr_q[32'h20] & s1_hdr_q[32'h1f - 24]) begin
            if (s1_s_24_q[32'hf]) begin
                s1_t_24 = k_top9 | ((s1_s_24_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_24 = (s1_s_24_q & k_m9) >> 32'h4;
            end
        end
        else if (s1_hdr_q[32'h20]) begin
            if (s1_s_24_q[32'hf]) begin
                s1_t_24 = k_top12 | ((s1_e_24 & k_e3) << 32'ha) | ((s1_s_24_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_24 = ((s1_e_24 & k_e3) << 32'ha) | ((s1_s_24_q & k_m9) >> 32'h4);
            end
        end
        else if (s1_hdr_q[32'h1f - 24]) begin
            if (s1_s_24_q[32'hf]) begin
                s1_t_24 = k_top12 | ((s1_s_24_q & k_m12) >> 32'h1);
            end
            else begin
                s1_t_24 = (s1_s_24_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s1_t_24 = (s1_s_24_q & k_sign) | ((s1_e_24 & k_b3) << 32'hb) | ((s1_s_24_q & k_m12) >> 32'h1) | (s1_e_24 & k_low3);
        end
        s1_e_25 = s1_sh_25[(32'h70)+:(16)] >> 32'hc;
        if (s1_hdr_q[32'h20] & s1_hdr_q[32'h1f - 25]) begin
            if (s1_s_25_q[32'hf]) begin
                s1_t_25 = k_top9 | ((s1_s_25_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_25 = (s1_s_25_q & k_m9) >> 32'h4;
            end
        end
        else if (s1_hdr_q[32'h20]) begin
            if (s1_s_25_q[32'hf]) begin
                s1_t_25 = k_top12 | ((s1_e_25 & k_e3) << 32'ha) | ((s1_s_25_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_25 = ((s1_e_25 & k_e3) << 32'ha) | ((s1_s_25_q & k_m9) >> 32'h4);
            end
        end
        else if (s1_hdr_q[32'h1f - 25]) begin
            if (s1_s_25_q[32'hf]) begin
                s1_t_25 = k_top12 | ((s1_s_25_q & k_m12) >> 32'h1);
            end
            else begin
                s1_t_25 = (s1_s_25_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s1_t_25 = (s1_s_25_q & k_sign) | ((s1_e_25 & k_b3) << 32'hb) | ((s1_s_25_q & k_m12) >> 32'h1) | (s1_e_25 & k_low3);
        end
        s1_e_26 = s1_sh_26[(32'h70)+:(16)] >> 32'hc;
        if (s1_hdr_q[32'h20] & s1_hdr_q[32'h1f - 26]) begin
            if (s1_s_26_q[32'hf]) begin
                s1_t_26 = k_top9 | ((s1_s_26_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_26 = (s1_s_26_q & k_m9) >> 32'h4;
            end
        end
        else if (s1_hdr_q[32'h20]) begin
            if (s1_s_26_q[32'hf]) begin
                s1_t_26 = k_top12 | ((s1_e_26 & k_e3) << 32'ha) | ((s1_s_26_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_26 = ((s1_e_26 & k_e3) << 32'ha) | ((s1_s_26_q & k_m9) >> 32'h4);
            end
        end
        else if (s1_hdr_q[32'h1f - 26]) begin
            if (s1_s_26_q[32'hf]) begin
                s1_t_26 = k_top12 | ((s1_s_26_q & k_m12) >> 32'h1);
            end
            else begin
                s1_t_26 = (s1_s_26_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s1_t_26 = (s1_s_26_q & k_sign) | ((s1_e_26 & k_b3) << 32'hb) | ((s1_s_26_q & k_m12) >> 32'h1) | (s1_e_26 & k_low3);
        end
        s1_e_27 = s1_sh_27[(32'h70)+:(16)] >> 32'hc;
        if (s1_hdr_q[32'h20] & s1_hdr_q[32'h1f - 27]) begin
            if (s1_s_27_q[32'hf]) begin
                s1_t_27 = k_top9 | ((s1_s_27_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_27 = (s1_s_27_q & k_m9) >> 32'h4;
            end
        end
        else if (s1_hdr_q[32'h20]) begin
            if (s1_s_27_q[32'hf]) begin
                s1_t_27 = k_top12 | ((s1_e_27 & k_e3) << 32'ha) | ((s1_s_27_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_27 = ((s1_e_27 & k_e3) << 32'ha) | ((s1_s_27_q & k_m9) >> 32'h4);
            end
        end
        else if (s1_hdr_q[32'h1f - 27]) begin
            if (s1_s_27_q[32'hf]) begin
                s1_t_27 = k_top12 | ((s1_s_27_q & k_m12) >> 32'h1);
            end
            else begin
                s1_t_27 = (s1_s_27_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s1_t_27 = (s1_s_27_q & k_sign) | ((s1_e_27 & k_b3) << 32'hb) | ((s1_s_27_q & k_m12) >> 32'h1) | (s1_e_27 & k_low3);
        end
        s1_e_28 = s1_sh_28[(32'h70)+:(16)] >> 32'hc;
        if (s1_hdr_q[32'h20] & s1_hdr_q[32'h1f - 28]) begin
            if (s1_s_28_q[32'hf]) begin
                s1_t_28 = k_top9 | ((s1_s_28_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_28 = (s1_s_28_q & k_m9) >> 32'h4;
            end
        end
        else if (s1_hdr_q[32'h20]) begin
            if (s1_s_28_q[32'hf]) begin
                s1_t_28 = k_top12 | ((s1_e_28 & k_e3) << 32'ha) | ((s1_s_28_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_28 = ((s1_e_28 & k_e3) << 32'ha) | ((s1_s_28_q & k_m9) >> 32'h4);
            end
        end
        else if (s1_hdr_q[32'h1f - 28]) begin
            if (s1_s_28_q[32'hf]) begin
                s1_t_28 = k_top12 | ((s1_s_28_q & k_m12) >> 32'h1);
            end
            else begin
                s1_t_28 = (s1_s_28_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s1_t_28 = (s1_s_28_q & k_sign) | ((s1_e_28 & k_b3) << 32'hb) | ((s1_s_28_q & k_m12) >> 32'h1) | (s1_e_28 & k_low3);
        end
        s1_e_29 = s1_sh_29[(32'h70)+:(16)] >> 32'hc;
        if (s1_hdr_q[32'h20] & s1_hdr_q[32'h1f - 29]) begin
            if (s1_s_29_q[32'hf]) begin
                s1_t_29 = k_top9 | ((s1_s_29_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_29 = (s1_s_29_q & k_m9) >> 32'h4;
            end
        end
        else if (s1_hdr_q[32'h20]) begin
            if (s1_s_29_q[32'hf]) begin
                s1_t_29 = k_top12 | ((s1_e_29 & k_e3) << 32'ha) | ((s1_s_29_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_29 = ((s1_e_29 & k_e3) << 32'ha) | ((s1_s_29_q & k_m9) >> 32'h4);
            end
        end
        else if (s1_hdr_q[32'h1f - 29]) begin
            if (s1_s_29_q[32'hf]) begin
                s1_t_29 = k_top12 | ((s1_s_29_q & k_m12) >> 32'h1);
            end
            else begin
                s1_t_29 = (s1_s_29_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s1_t_29 = (s1_s_29_q & k_sign) | ((s1_e_29 & k_b3) << 32'hb) | ((s1_s_29_q & k_m12) >> 32'h1) | (s1_e_29 & k_low3);
        end
        s1_e_30 = s1_sh_30[(32'h70)+:(16)] >> 32'hc;
        if (s1_hdr_q[32'h20] & s1_hdr_q[32'h1f - 30]) begin
            if (s1_s_30_q[32'hf]) begin
                s1_t_30 = k_top9 | ((s1_s_30_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_30 = (s1_s_30_q & k_m9) >> 32'h4;
            end
        end
        else if (s1_hdr_q[32'h20]) begin
            if (s1_s_30_q[32'hf]) begin
                s1_t_30 = k_top12 | ((s1_e_30 & k_e3) << 32'ha) | ((s1_s_30_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_30 = ((s1_e_30 & k_e3) << 32'ha) | ((s1_s_30_q & k_m9) >> 32'h4);
            end
        end
        else if (s1_hdr_q[32'h1f - 30]) begin
            if (s1_s_30_q[32'hf]) begin
                s1_t_30 = k_top12 | ((s1_s_30_q & k_m12) >> 32'h1);
            end
            else begin
                s1_t_30 = (s1_s_30_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s1_t_30 = (s1_s_30_q & k_sign) | ((s1_e_30 & k_b3) << 32'hb) | ((s1_s_30_q & k_m12) >> 32'h1) | (s1_e_30 & k_low3);
        end
        s1_e_31 = s1_sh_31[(32'h70)+:(16)] >> 32'hc;
        if (s1_hdr_q[32'h20] & s1_hdr_q[32'h1f - 31]) begin
            if (s1_s_31_q[32'hf]) begin
                s1_t_31 = k_top9 | ((s1_s_31_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_31 = (s1_s_31_q & k_m9) >> 32'h4;
            end
        end
        else if (s1_hdr_q[32'h20]) begin
            if (s1_s_31_q[32'hf]) begin
                s1_t_31 = k_top12 | ((s1_e_31 & k_e3) << 32'ha) | ((s1_s_31_q & k_m9) >> 32'h4);
            end
            else begin
                s1_t_31 = ((s1_e_31 & k_e3) << 32'ha) | ((s1_s_31_q & k_m9) >> 32'h4);
            end
        end
        else if (s1_hdr_q[32'h1f - 31]) begin
            if (s1_s_31_q[32'hf]) begin
                s1_t_31 = k_top12 | ((s1_s_31_q & k_m12) >> 32'h1);
            end
            else begin
                s1_t_31 = (s1_s_31_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s1_t_31 = (s1_s_31_q & k_sign) | ((s1_e_31 & k_b3) << 32'hb) | ((s1_s_31_q & k_m12) >> 32'h1) | (s1_e_31 & k_low3);
        end
        if (en2) begin
            s2_valid_d = s1_valid_q;
            s2_last_d = s1_last_q;
            if (s1_s_0_q[32'hf]) begin
                s2_w_0_d = s1_t_0 ^ k_not;
            end
            else begin
                s2_w_0_d = s1_t_0;
            end
            if (s1_s_1_q[32'hf]) begin
                s2_w_1_d = s1_t_1 ^ k_not;
            end
            else begin
                s2_w_1_d = s1_t_1;
            end
            if (s1_s_2_q[32'hf]) begin
                s2_w_2_d = s1_t_2 ^ k_not;
            end
            else begin
                s2_w_2_d = s1_t_2;
            end
            if (s1_s_3_q[32'hf]) begin
                s2_w_3_d = s1_t_3 ^ k_not;
            end
            else begin
                s2_w_3_d = s1_t_3;
            end
            if (s1_s_4_q[32'hf]) begin
                s2_w_4_d = s1_t_4 ^ k_not;
            end
            else begin
                s2_w_4_d = s1_t_4;
            end
            if (s1_s_5_q[32'hf]) begin
                s2_w_5_d = s1_t_5 ^ k_not;
            end
            else begin
                s2_w_5_d = s1_t_5;
            end
            if (s1_s_6_q[32'hf]) begin
                s2_w_6_d = s1_t_6 ^ k_not;
            end
            else begin
                s2_w_6_d = s1_t_6;
            end
            if (s1_s_7_q[32'hf]) begin
                s2_w_7_d = s1_t_7 ^ k_not;
            end
            else begin
                s2_w_7_d = s1_t_7;
            end
            if (s1_s_8_q[32'hf]) begin
                s2_w_8_d = s1_t_8 ^ k_not;
            end
            else begin
                s2_w_8_d = s1_t_8;
            end
            if (s1_s_9_q[32'hf]) begin
                s2_w_9_d = s1_t_9 ^ k_not;
            end
            else begin
                s2_w_9_d = s1_t_9;
            end
            if (s1_s_10_q[32'hf]) begin
                s2_w_10_d = s1_t_10 ^ k_not;
            end
            else begin
                s2_w_10_d = s1_t_10;
            end
            if (s1_s_11_q[32'hf]) begin
                s2_w_11_d = s1_t_11 ^ k_not;
            end
            else begin
                s2_w_11_d = s1_t_11;
            end
            if (s1_s_12_q[32'hf]) begin
                s2_w_12_d = s1_t_12 ^ k_not;
            end
            else begin
                s2_w_12_d = s1_t_12;
            end
            if (s1_s_13_q[32'hf]) begin
                s2_w_13_d = s1_t_13 ^ k_not;
            end
            else begin
                s2_w_13_d = s1_t_13;
            end
            if (s1_s_14_q[32'hf]) begin
                s2_w_14_d = s1_t_14 ^ k_not;
            end
            else begin
                s2_w_14_d = s1_t_14;
            end
            if (s1_s_15_q[32'hf]) begin
                s2_w_15_d = s1_t_15 ^ k_not;
            end
            else begin
                s2_w_15_d = s1_t_15;
            end
            if (s1_s_16_q[32'hf]) begin
                s2_w_16_d = s1_t_16 ^ k_not;
            end
            else begin
                s2_w_16_d = s1_t_16;
            end
            if (s1_s_17_q[32'hf]) begin
                s2_w_17_d = s1_t_17 ^ k_not;
            end
            else begin
                s2_w_17_d = s1_t_17;
            end
            if (s1_s_18_q[32'hf]) begin
                s2_w_18_d = s1_t_18 ^ k_not;
            end
            else begin
                s2_w_18_d = s1_t_18;
            end
            if (s1_s_19_q[32'hf]) begin
                s2_w_19_d = s1_t_19 ^ k_not;
            end
            else begin
                s2_w_19_d = s1_t_19;
            end
            if (s1_s_20_q[32'hf]) begin
                s2_w_20_d = s1_t_20 ^ k_not;
            end
            else begin
                s2_w_20_d = s1_t_20;
            end
            if (s1_s_21_q[32'hf]) begin
                s2_w_21_d = s1_t_21 ^ k_not;
            end
            else begin
                s2_w_21_d = s1_t_21;
            end
            if (s1_s_22_q[32'hf]) begin
                s2_w_22_d = s1_t_22 ^ k_not;
            end
            else begin
                s2_w_22_d = s1_t_22;
            end
            if (s1_s_23_q[32'hf]) begin
                s2_w_23_d = s1_t_23 ^ k_not;
            end
            else begin
                s2_w_23_d = s1_t_23;
            end
            if (s1_s_24_q[32'hf]) begin
                s2_w_24_d = s1_t_24 ^ k_not;
            end
            else begin
                s2_w_24_d = s1_t_24;
            end
            if (s1_s_25_q[32'hf]) begin
                s2_w_25_d = s1_t_25 ^ k_not;
            end
            else begin
                s2_w_25_d = s1_t_25;
            end
            if (s1_s_26_q[32'hf]) begin
                s2_w_26_d = s1_t_26 ^ k_not;
            end
            else begin
                s2_w_26_d = s1_t_26;
            end
            if (s1_s_27_q[32'hf]) begin
                s2_w_27_d = s1_t_27 ^ k_not;
            end
            else begin
                s2_w_27_d = s1_t_27;
            end
            if (s1_s_28_q[32'hf]) begin
                s2_w_28_d = s1_t_28 ^ k_not;
            end
            else begin
                s2_w_28_d = s1_t_28;
            end
            if (s1_s_29_q[32'hf]) begin
                s2_w_29_d = s1_t_29 ^ k_not;
            end
            else begin
                s2_w_29_d = s1_t_29;
            end
            if (s1_s_30_q[32'hf]) begin
                s2_w_30_d = s1_t_30 ^ k_not;
            end
            else begin
                s2_w_30_d = s1_t_30;
            end
            if (s1_s_31_q[32'hf]) begin
                s2_w_31_d = s1_t_31 ^ k_not;
            end
            else begin
                s2_w_31_d = s1_t_31;
            end
        end
        s2_l_0 = s2_w_0_q;
        s2_l_1 = s2_w_0_q ^ s2_w_1_q;
        s2_l_2 = s2_w_0_q ^ s2_w_1_q ^ s2_w_2_q;
        s2_l_3 = s2_w_0_q ^ s2_w_1_q ^ s2_w_2_q ^ s2_w_3_q;
        s2_l_4 = s2_w_4_q;
        s2_l_5 = s2_w_4_q ^ s2_w_5_q;
        s2_l_6 = s2_w_4_q ^ s2_w_5_q ^ s2_w_6_q;
        s2_l_7 = s2_w_4_q ^ s2_w_5_q ^ s2_w_6_q ^ s2_w_7_q;
        s2_l_8 = s2_w_8_q;
        s2_l_9 = s2_w_8_q ^ s2_w_9_q;
        s2_l_10 = s2_w_8_q ^ s2_w_9_q ^ s2_w_10_q;
        s2_l_11 = s2_w_8_q ^ s2_w_9_q ^ s2_w_10_q ^ s2_w_11_q;
        s2_l_12 = s2_w_12_q;
        s2_l_13 = s2_w_12_q ^ s2_w_13_q;
        s2_l_14 = s2_w_12_q ^ s2_w_13_q ^ s2_w_14_q;
        s2_l_15 = s2_w_12_q ^ s2_w_13_q ^ s2_w_14_q ^ s2_w_15_q;
        s2_l_16 = s2_w_16_q;
        s2_l_17 = s2_w_16_q ^ s2_w_17_q;
        s2_l_18 = s2_w_16_q ^ s2_w_17_q ^ s2_w_18_q;
        s2_l_19 = s2_w_16_q ^ s2_w_17_q ^ s2_w_18_q ^ s2_w_19_q;
        s2_l_20 = s2_w_20_q;
        s2_l_21 = s2_w_20_q ^ s2_w_21_q;
        s2_l_22 = s2_w_20_q ^ s2_w_21_q ^ s2_w_22_q;
        s2_l_23 = s2_w_20_q ^ s2_w_21_q ^ s2_w_22_q ^ s2_w_23_q;
        s2_l_24 = s2_w_24_q;
        s2_l_25 = s2_w_24_q ^ s2_w_25_q;
        s2_l_26 = s2_w_24_q ^ s2_w_25_q ^ s2_w_26_q;
        s2_l_27 = s2_w_24_q ^ s2_w_25_q ^ s2_w_26_q ^ s2_w_27_q;
        s2_l_28 = s2_w_28_q;
        s2_l_29 = s2_w_28_q ^ s2_w_29_q;
        s2_l_30 = s2_w_28_q ^ s2_w_29_q ^ s2_w_30_q;
        s2_l_31 = s2_w_28_q ^ s2_w_29_q ^ s2_w_30_q ^ s2_w_31_q;
        s2_g1_0 = s2_l_3;
        s2_g1_1 = s2_l_7 ^ s2_l_3;
        s2_g1_2 = s2_l_11 ^ s2_l_7;
        s2_g1_3 = s2_l_15 ^ s2_l_11;
        s2_g1_4 = s2_l_19 ^ s2_l_15;
        s2_g1_5 = s2_l_23 ^ s2_l_19;
        s2_g1_6 = s2_l_27 ^ s2_l_23;
        s2_g1_7 = s2_l_31 ^ s2_l_27;
        s2_g2_0 = s2_g1_0;
        s2_g2_1 = s2_g1_1;
        s2_g2_2 = s2_g1_2 ^ s2_g1_0;
        s2_g2_3 = s2_g1_3 ^ s2_g1_1;
        s2_g2_4 = s2_g1_4 ^ s2_g1_2;
        s2_g2_5 = s2_g1_5 ^ s2_g1_3;
        s2_g2_6 = s2_g1_6 ^ s2_g1_4;
        s2_g2_7 = s2_g1_7 ^ s2_g1_5;
        s2_g4_0 = s2_g2_0;
        s2_g4_1 = s2_g2_1;
        s2_g4_2 = s2_g2_2;
        s2_g4_3 = s2_g2_3;
        s2_g4_4 = s2_g2_4 ^ s2_g2_0;
        s2_g4_5 = s2_g2_5 ^ s2_g2_1;
        s2_g4_6 = s2_g2_6 ^ s2_g2_2;
        s2_g4_7 = s2_g2_7 ^ s2_g2_3;
        s2_x_0 = s2_l_0;
        s2_x_1 = s2_l_1;
        s2_x_2 = s2_l_2;
        s2_x_3 = s2_l_3;
        s2_x_4 = s2_l_4 ^ s2_g4_0;
        s2_x_5 = s2_l_5 ^ s2_g4_0;
        s2_x_6 = s2_l_6 ^ s2_g4_0;
        s2_x_7 = s2_l_7 ^ s2_g4_0;
        s2_x_8 = s2_l_8 ^ s2_g4_1;
        s2_x_9 = s2_l_9 ^ s2_g4_1;
        s2_x_10 = s2_l_10 ^ s2_g4_1;
        s2_x_11 = s2_l_11 ^ s2_g4_1;
        s2_x_12 = s2_l_12 ^ s2_g4_2;
        s2_x_13 = s2_l_13 ^ s2_g4_2;
        s2_x_14 = s2_l_14 ^ s2_g4_2;
        s2_x_15 = s2_l_15 ^ s2_g4_2;
        s2_x_16 = s2_l_16 ^ s2_g4_3;
        s2_x_17 = s2_l_17 ^ s2_g4_3;
        s2_x_18 = s2_l_18 ^ s2_g4_3;
        s2_x_19 = s2_l_19 ^ s2_g4_3;
        s2_x_20 = s2_l_20 ^ s2_g4_4;
        s2_x_21 = s2_l_21 ^ s2_g4_4;
        s2_x_22 = s2_l_22 ^ s2_g4_4;
        s2_x_23 = s2_l_23 ^ s2_g4_4;
        s2_x_24 = s2_l_24 ^ s2_g4_5;
        s2_x_25 = s2_l_25 ^ s2_g4_5;
        s2_x_26 = s2_l_26 ^ s2_g4_5;
        s2_x_27 = s2_l_27 ^ s2_g4_5;
        s2_x_28 = s2_l_28 ^ s2_g4_6;
        s2_x_29 = s2_l_29 ^ s2_g4_6;
        s2_x_30 = s2_l_30 ^ s2_g4_6;
        s2_x_31 = s2_l_31 ^ s2_g4_6;
        if (en3) begin
            s3_valid_d = s2_valid_q;
            s3_last_d = s2_last_q;
            s3_x_0_d = s2_x_0;
            s3_x_1_d = s2_x_1;
            s3_x_2_d = s2_x_2;
            s3_x_3_d = s2_x_3;
            s3_x_4_d = s2_x_4;
            s3_x_5_d = s2_x_5;
            s3_x_6_d = s2_x_6;
            s3_x_7_d = s2_x_7;
            s3_x_8_d = s2_x_8;
            s3_x_9_d = s2_x_9;
            s3_x_10_d = s2_x_10;
            s3_x_11_d = s2_x_11;
            s3_x_12_d = s2_x_12;
            s3_x_13_d = s2_x_13;
            s3_x_14_d = s2_x_14;
            s3_x_15_d = s2_x_15;
            s3_x_16_d = s2_x_16;
            s3_x_17_d = s2_x_17;
            s3_x_18_d = s2_x_18;
            s3_x_19_d = s2_x_19;
            s3_x_20_d = s2_x_20;
            s3_x_21_d = s2_x_21;
            s3_x_22_d = s2_x_22;
            s3_x_23_d = s2_x_23;
            s3_x_24_d = s2_x_24;
            s3_x_25_d = s2_x_25;
            s3_x_26_d = s2_x_26;
            s3_x_27_d = s2_x_27;
            s3_x_28_d = s2_x_28;
            s3_x_29_d = s2_x_29;
            s3_x_30_d = s2_x_30;
            s3_x_31_d = s2_x_31;
        end
        if (~aresetn) begin
            s1_valid_d = 1'b0;
            s2_valid_d = 1'b0;
            s3_valid_d = 1'b0;
        end
    end

    // Registers (control registers are reset in the update code above; data registers need no
    // reset: a valid flag guards them)
    always @(posedge aclk) begin
        s1_valid_q <= s1_valid_d;
        s2_valid_q <= s2_valid_d;
        s3_valid_q <= s3_valid_d;
        s1_last_q <= s1_last_d;
        s2_last_q <= s2_last_d;
        s3_last_q <= s3_last_d;
`ifndef FORMAL_CUT_DH1
        s1_hdr_q <= s1_hdr_d;
`endif
`ifndef FORMAL_CUT_R1
        s1_r4_0_q <= s1_r4_0_d;
        s1_r4_1_q <= s1_r4_1_d;
        s1_r4_2_q <= s1_r4_2_d;
        s1_r4_3_q <= s1_r4_3_d;
        s1_r4_4_q <= s1_r4_4_d;
        s1_r4_5_q <= s1_r4_5_d;
        s1_r4_6_q <= s1_r4_6_d;
        s1_r4_7_q <= s1_r4_7_d;
        s1_r4_8_q <= s1_r4_8_d;
        s1_r4_9_q <= s1_r4_9_d;
        s1_r4_10_q <= s1_r4_10_d;
        s1_r4_11_q <= s1_r4_11_d;
        s1_r4_12_q <= s1_r4_12_d;
        s1_r4_13_q <= s1_r4_13_d;
        s1_r4_14_q <= s1_r4_14_d;
        s1_r4_15_q <= s1_r4_15_d;
        s1_r4_16_q <= s1_r4_16_d;
        s1_r4_17_q <= s1_r4_17_d;
        s1_r4_18_q <= s1_r4_18_d;
        s1_r4_19_q <= s1_r4_19_d;
        s1_r4_20_q <= s1_r4_20_d;
        s1_r4_21_q <= s1_r4_21_d;
        s1_r4_22_q <= s1_r4_22_d;
        s1_r4_23_q <= s1_r4_23_d;
        s1_r4_24_q <= s1_r4_24_d;
        s1_r4_25_q <= s1_r4_25_d;
        s1_r4_26_q <= s1_r4_26_d;
        s1_r4_27_q <= s1_r4_27_d;
        s1_r4_28_q <= s1_r4_28_d;
        s1_r4_29_q <= s1_r4_29_d;
        s1_r4_30_q <= s1_r4_30_d;
        s1_r4_31_q <= s1_r4_31_d;
`endif
`ifndef FORMAL_CUT_SL1
        s1_slot_q <= s1_slot_d;
`endif
`ifndef FORMAL_CUT_S1
        s1_s_0_q <= s1_s_0_d;
        s1_s_1_q <= s1_s_1_d;
        s1_s_2_q <= s1_s_2_d;
        s1_s_3_q <= s1_s_3_d;
        s1_s_4_q <= s1_s_4_d;
        s1_s_5_q <= s1_s_5_d;
        s1_s_6_q <= s1_s_6_d;
        s1_s_7_q <= s1_s_7_d;
        s1_s_8_q <= s1_s_8_d;
        s1_s_9_q <= s1_s_9_d;
        s1_s_10_q <= s1_s_10_d;
        s1_s_11_q <= s1_s_11_d;
        s1_s_12_q <= s1_s_12_d;
        s1_s_13_q <= s1_s_13_d;
        s1_s_14_q <= s1_s_14_d;
        s1_s_15_q <= s1_s_15_d;
        s1_s_16_q <= s1_s_16_d;
        s1_s_17_q <= s1_s_17_d;
        s1_s_18_q <= s1_s_18_d;
        s1_s_19_q <= s1_s_19_d;
        s1_s_20_q <= s1_s_20_d;
        s1_s_21_q <= s1_s_21_d;
        s1_s_22_q <= s1_s_22_d;
        s1_s_23_q <= s1_s_23_d;
        s1_s_24_q <= s1_s_24_d;
        s1_s_25_q <= s1_s_25_d;
        s1_s_26_q <= s1_s_26_d;
        s1_s_27_q <= s1_s_27_d;
        s1_s_28_q <= s1_s_28_d;
        s1_s_29_q <= s1_s_29_d;
        s1_s_30_q <= s1_s_30_d;
        s1_s_31_q <= s1_s_31_d;
`endif
`ifndef FORMAL_CUT_Z
        s2_w_0_q <= s2_w_0_d;
        s2_w_1_q <= s2_w_1_d;
        s2_w_2_q <= s2_w_2_d;
        s2_w_3_q <= s2_w_3_d;
        s2_w_4_q <= s2_w_4_d;
        s2_w_5_q <= s2_w_5_d;
        s2_w_6_q <= s2_w_6_d;
        s2_w_7_q <= s2_w_7_d;
        s2_w_8_q <= s2_w_8_d;
        s2_w_9_q <= s2_w_9_d;
        s2_w_10_q <= s2_w_10_d;
        s2_w_11_q <= s2_w_11_d;
        s2_w_12_q <= s2_w_12_d;
        s2_w_13_q <= s2_w_13_d;
        s2_w_14_q <= s2_w_14_d;
        s2_w_15_q <= s2_w_15_d;
        s2_w_16_q <= s2_w_16_d;
        s2_w_17_q <= s2_w_17_d;
        s2_w_18_q <= s2_w_18_d;
        s2_w_19_q <= s2_w_19_d;
        s2_w_20_q <= s2_w_20_d;
        s2_w_21_q <= s2_w_21_d;
        s2_w_22_q <= s2_w_22_d;
        s2_w_23_q <= s2_w_23_d;
        s2_w_24_q <= s2_w_24_d;
        s2_w_25_q <= s2_w_25_d;
        s2_w_26_q <= s2_w_26_d;
        s2_w_27_q <= s2_w_27_d;
        s2_w_28_q <= s2_w_28_d;
        s2_w_29_q <= s2_w_29_d;
        s2_w_30_q <= s2_w_30_d;
        s2_w_31_q <= s2_w_31_d;
`endif
`ifndef FORMAL_CUT_Y
        s3_x_0_q <= s3_x_0_d;
        s3_x_1_q <= s3_x_1_d;
        s3_x_2_q <= s3_x_2_d;
        s3_x_3_q <= s3_x_3_d;
        s3_x_4_q <= s3_x_4_d;
        s3_x_5_q <= s3_x_5_d;
        s3_x_6_q <= s3_x_6_d;
        s3_x_7_q <= s3_x_7_d;
        s3_x_8_q <= s3_x_8_d;
        s3_x_9_q <= s3_x_9_d;
        s3_x_10_q <= s3_x_10_d;
        s3_x_11_q <= s3_x_11_d;
        s3_x_12_q <= s3_x_12_d;
        s3_x_13_q <= s3_x_13_d;
        s3_x_14_q <= s3_x_14_d;
        s3_x_15_q <= s3_x_15_d;
        s3_x_16_q <= s3_x_16_d;
        s3_x_17_q <= s3_x_17_d;
        s3_x_18_q <= s3_x_18_d;
        s3_x_19_q <= s3_x_19_d;
        s3_x_20_q <= s3_x_20_d;
        s3_x_21_q <= s3_x_21_d;
        s3_x_22_q <= s3_x_22_d;
        s3_x_23_q <= s3_x_23_d;
        s3_x_24_q <= s3_x_24_d;
        s3_x_25_q <= s3_x_25_d;
        s3_x_26_q <= s3_x_26_d;
        s3_x_27_q <= s3_x_27_d;
        s3_x_28_q <= s3_x_28_d;
        s3_x_29_q <= s3_x_29_d;
        s3_x_30_q <= s3_x_30_d;
        s3_x_31_q <= s3_x_31_d;
`endif
    end

    assign formal_s1_hdr_d = s1_hdr_d;
    assign formal_s1_r4_0_d = s1_r4_0_d;
    assign formal_s1_r4_1_d = s1_r4_1_d;
    assign formal_s1_r4_2_d = s1_r4_2_d;
    assign formal_s1_r4_3_d = s1_r4_3_d;
    assign formal_s1_r4_4_d = s1_r4_4_d;
    assign formal_s1_r4_5_d = s1_r4_5_d;
    assign formal_s1_r4_6_d = s1_r4_6_d;
    assign formal_s1_r4_7_d = s1_r4_7_d;
    assign formal_s1_r4_8_d = s1_r4_8_d;
    assign formal_s1_r4_9_d = s1_r4_9_d;
    assign formal_s1_r4_10_d = s1_r4_10_d;
    assign formal_s1_r4_11_d = s1_r4_11_d;
    assign formal_s1_r4_12_d = s1_r4_12_d;
    assign formal_s1_r4_13_d = s1_r4_13_d;
    assign formal_s1_r4_14_d = s1_r4_14_d;
    assign formal_s1_r4_15_d = s1_r4_15_d;
    assign formal_s1_r4_16_d = s1_r4_16_d;
    assign formal_s1_r4_17_d = s1_r4_17_d;
    assign formal_s1_r4_18_d = s1_r4_18_d;
    assign formal_s1_r4_19_d = s1_r4_19_d;
    assign formal_s1_r4_20_d = s1_r4_20_d;
    assign formal_s1_r4_21_d = s1_r4_21_d;
    assign formal_s1_r4_22_d = s1_r4_22_d;
    assign formal_s1_r4_23_d = s1_r4_23_d;
    assign formal_s1_r4_24_d = s1_r4_24_d;
    assign formal_s1_r4_25_d = s1_r4_25_d;
    assign formal_s1_r4_26_d = s1_r4_26_d;
    assign formal_s1_r4_27_d = s1_r4_27_d;
    assign formal_s1_r4_28_d = s1_r4_28_d;
    assign formal_s1_r4_29_d = s1_r4_29_d;
    assign formal_s1_r4_30_d = s1_r4_30_d;
    assign formal_s1_r4_31_d = s1_r4_31_d;
    assign formal_s1_slot_d = s1_slot_d;
    assign formal_s1_s_0_d = s1_s_0_d;
    assign formal_s1_s_1_d = s1_s_1_d;
    assign formal_s1_s_2_d = s1_s_2_d;
    assign formal_s1_s_3_d = s1_s_3_d;
    assign formal_s1_s_4_d = s1_s_4_d;
    assign formal_s1_s_5_d = s1_s_5_d;
    assign formal_s1_s_6_d = s1_s_6_d;
    assign formal_s1_s_7_d = s1_s_7_d;
    assign formal_s1_s_8_d = s1_s_8_d;
    assign formal_s1_s_9_d = s1_s_9_d;
    assign formal_s1_s_10_d = s1_s_10_d;
    assign formal_s1_s_11_d = s1_s_11_d;
    assign formal_s1_s_12_d = s1_s_12_d;
    assign formal_s1_s_13_d = s1_s_13_d;
    assign formal_s1_s_14_d = s1_s_14_d;
    assign formal_s1_s_15_d = s1_s_15_d;
    assign formal_s1_s_16_d = s1_s_16_d;
    assign formal_s1_s_17_d = s1_s_17_d;
    assign formal_s1_s_18_d = s1_s_18_d;
    assign formal_s1_s_19_d = s1_s_19_d;
    assign formal_s1_s_20_d = s1_s_20_d;
    assign formal_s1_s_21_d = s1_s_21_d;
    assign formal_s1_s_22_d = s1_s_22_d;
    assign formal_s1_s_23_d = s1_s_23_d;
    assign formal_s1_s_24_d = s1_s_24_d;
    assign formal_s1_s_25_d = s1_s_25_d;
    assign formal_s1_s_26_d = s1_s_26_d;
    assign formal_s1_s_27_d = s1_s_27_d;
    assign formal_s1_s_28_d = s1_s_28_d;
    assign formal_s1_s_29_d = s1_s_29_d;
    assign formal_s1_s_30_d = s1_s_30_d;
    assign formal_s1_s_31_d = s1_s_31_d;
    assign formal_s2_w_0_d = s2_w_0_d;
    assign formal_s2_w_1_d = s2_w_1_d;
    assign formal_s2_w_2_d = s2_w_2_d;
    assign formal_s2_w_3_d = s2_w_3_d;
    assign formal_s2_w_4_d = s2_w_4_d;
    assign formal_s2_w_5_d = s2_w_5_d;
    assign formal_s2_w_6_d = s2_w_6_d;
    assign formal_s2_w_7_d = s2_w_7_d;
    assign formal_s2_w_8_d = s2_w_8_d;
    assign formal_s2_w_9_d = s2_w_9_d;
    assign formal_s2_w_10_d = s2_w_10_d;
    assign formal_s2_w_11_d = s2_w_11_d;
    assign formal_s2_w_12_d = s2_w_12_d;
    assign formal_s2_w_13_d = s2_w_13_d;
    assign formal_s2_w_14_d = s2_w_14_d;
    assign formal_s2_w_15_d = s2_w_15_d;
    assign formal_s2_w_16_d = s2_w_16_d;
    assign formal_s2_w_17_d = s2_w_17_d;
    assign formal_s2_w_18_d = s2_w_18_d;
    assign formal_s2_w_19_d = s2_w_19_d;
    assign formal_s2_w_20_d = s2_w_20_d;
    assign formal_s2_w_21_d = s2_w_21_d;
    assign formal_s2_w_22_d = s2_w_22_d;
    assign formal_s2_w_23_d = s2_w_23_d;
    assign formal_s2_w_24_d = s2_w_24_d;
    assign formal_s2_w_25_d = s2_w_25_d;
    assign formal_s2_w_26_d = s2_w_26_d;
    assign formal_s2_w_27_d = s2_w_27_d;
    assign formal_s2_w_28_d = s2_w_28_d;
    assign formal_s2_w_29_d = s2_w_29_d;
    assign formal_s2_w_30_d = s2_w_30_d;
    assign formal_s2_w_31_d = s2_w_31_d;
    assign formal_s3_x_0_d = s3_x_0_d;
    assign formal_s3_x_1_d = s3_x_1_d;
    assign formal_s3_x_2_d = s3_x_2_d;
    assign formal_s3_x_3_d = s3_x_3_d;
    assign formal_s3_x_4_d = s3_x_4_d;
    assign formal_s3_x_5_d = s3_x_5_d;
    assign formal_s3_x_6_d = s3_x_6_d;
    assign formal_s3_x_7_d = s3_x_7_d;
    assign formal_s3_x_8_d = s3_x_8_d;
    assign formal_s3_x_9_d = s3_x_9_d;
    assign formal_s3_x_10_d = s3_x_10_d;
    assign formal_s3_x_11_d = s3_x_11_d;
    assign formal_s3_x_12_d = s3_x_12_d;
    assign formal_s3_x_13_d = s3_x_13_d;
    assign formal_s3_x_14_d = s3_x_14_d;
    assign formal_s3_x_15_d = s3_x_15_d;
    assign formal_s3_x_16_d = s3_x_16_d;
    assign formal_s3_x_17_d = s3_x_17_d;
    assign formal_s3_x_18_d = s3_x_18_d;
    assign formal_s3_x_19_d = s3_x_19_d;
    assign formal_s3_x_20_d = s3_x_20_d;
    assign formal_s3_x_21_d = s3_x_21_d;
    assign formal_s3_x_22_d = s3_x_22_d;
    assign formal_s3_x_23_d = s3_x_23_d;
    assign formal_s3_x_24_d = s3_x_24_d;
    assign formal_s3_x_25_d = s3_x_25_d;
    assign formal_s3_x_26_d = s3_x_26_d;
    assign formal_s3_x_27_d = s3_x_27_d;
    assign formal_s3_x_28_d = s3_x_28_d;
    assign formal_s3_x_29_d = s3_x_29_d;
    assign formal_s3_x_30_d = s3_x_30_d;
    assign formal_s3_x_31_d = s3_x_31_d;
`ifdef FORMAL_CUT_DH1
    // FORMAL_CUT_DH1: DH1: decompressor stage 1: the header, free inputs
    always @(*) begin
        s1_hdr_q = formal_s1_hdr_q;
    end
`endif
`ifdef FORMAL_CUT_R1
    // FORMAL_CUT_R1: R1: decompressor stage 1: four times the long words before each word (32 x 7), free inputs
    always @(*) begin
        s1_r4_0_q = formal_s1_r4_0_q;
        s1_r4_1_q = formal_s1_r4_1_q;
        s1_r4_2_q = formal_s1_r4_2_q;
        s1_r4_3_q = formal_s1_r4_3_q;
        s1_r4_4_q = formal_s1_r4_4_q;
        s1_r4_5_q = formal_s1_r4_5_q;
        s1_r4_6_q = formal_s1_r4_6_q;
        s1_r4_7_q = formal_s1_r4_7_q;
        s1_r4_8_q = formal_s1_r4_8_q;
        s1_r4_9_q = formal_s1_r4_9_q;
        s1_r4_10_q = formal_s1_r4_10_q;
        s1_r4_11_q = formal_s1_r4_11_q;
        s1_r4_12_q = formal_s1_r4_12_q;
        s1_r4_13_q = formal_s1_r4_13_q;
        s1_r4_14_q = formal_s1_r4_14_q;
        s1_r4_15_q = formal_s1_r4_15_q;
        s1_r4_16_q = formal_s1_r4_16_q;
        s1_r4_17_q = formal_s1_r4_17_q;
        s1_r4_18_q = formal_s1_r4_18_q;
        s1_r4_19_q = formal_s1_r4_19_q;
        s1_r4_20_q = formal_s1_r4_20_q;
        s1_r4_21_q = formal_s1_r4_21_q;
        s1_r4_22_q = formal_s1_r4_22_q;
        s1_r4_23_q = formal_s1_r4_23_q;
        s1_r4_24_q = formal_s1_r4_24_q;
        s1_r4_25_q = formal_s1_r4_25_q;
        s1_r4_26_q = formal_s1_r4_26_q;
        s1_r4_27_q = formal_s1_r4_27_q;
        s1_r4_28_q = formal_s1_r4_28_q;
        s1_r4_29_q = formal_s1_r4_29_q;
        s1_r4_30_q = formal_s1_r4_30_q;
        s1_r4_31_q = formal_s1_r4_31_q;
    end
`endif
`ifdef FORMAL_CUT_SL1
    // FORMAL_CUT_SL1: SL1: decompressor stage 1: the units, slot k at bits 127-4k..124-4k, free inputs
    always @(*) begin
        s1_slot_q = formal_s1_slot_q;
    end
`endif
`ifdef FORMAL_CUT_S1
    // FORMAL_CUT_S1: S1: decompressor stage 1: the short parts (32 x 16), free inputs
    always @(*) begin
        s1_s_0_q = formal_s1_s_0_q;
        s1_s_1_q = formal_s1_s_1_q;
        s1_s_2_q = formal_s1_s_2_q;
        s1_s_3_q = formal_s1_s_3_q;
        s1_s_4_q = formal_s1_s_4_q;
        s1_s_5_q = formal_s1_s_5_q;
        s1_s_6_q = formal_s1_s_6_q;
        s1_s_7_q = formal_s1_s_7_q;
        s1_s_8_q = formal_s1_s_8_q;
        s1_s_9_q = formal_s1_s_9_q;
        s1_s_10_q = formal_s1_s_10_q;
        s1_s_11_q = formal_s1_s_11_q;
        s1_s_12_q = formal_s1_s_12_q;
        s1_s_13_q = formal_s1_s_13_q;
        s1_s_14_q = formal_s1_s_14_q;
        s1_s_15_q = formal_s1_s_15_q;
        s1_s_16_q = formal_s1_s_16_q;
        s1_s_17_q = formal_s1_s_17_q;
        s1_s_18_q = formal_s1_s_18_q;
        s1_s_19_q = formal_s1_s_19_q;
        s1_s_20_q = formal_s1_s_20_q;
        s1_s_21_q = formal_s1_s_21_q;
        s1_s_22_q = formal_s1_s_22_q;
        s1_s_23_q = formal_s1_s_23_q;
        s1_s_24_q = formal_s1_s_24_q;
        s1_s_25_q = formal_s1_s_25_q;
        s1_s_26_q = formal_s1_s_26_q;
        s1_s_27_q = formal_s1_s_27_q;
        s1_s_28_q = formal_s1_s_28_q;
        s1_s_29_q = formal_s1_s_29_q;
        s1_s_30_q = formal_s1_s_30_q;
        s1_s_31_q = formal_s1_s_31_q;
    end
`endif
`ifdef FORMAL_CUT_Z
    // FORMAL_CUT_Z: Z: decompressor stage 2: each transformed word after the inverse NOT (32 x 16), free inputs
    always @(*) begin
        s2_w_0_q = formal_s2_w_0_q;
        s2_w_1_q = formal_s2_w_1_q;
        s2_w_2_q = formal_s2_w_2_q;
        s2_w_3_q = formal_s2_w_3_q;
        s2_w_4_q = formal_s2_w_4_q;
        s2_w_5_q = formal_s2_w_5_q;
        s2_w_6_q = formal_s2_w_6_q;
        s2_w_7_q = formal_s2_w_7_q;
        s2_w_8_q = formal_s2_w_8_q;
        s2_w_9_q = formal_s2_w_9_q;
        s2_w_10_q = formal_s2_w_10_q;
        s2_w_11_q = formal_s2_w_11_q;
        s2_w_12_q = formal_s2_w_12_q;
        s2_w_13_q = formal_s2_w_13_q;
        s2_w_14_q = formal_s2_w_14_q;
        s2_w_15_q = formal_s2_w_15_q;
        s2_w_16_q = formal_s2_w_16_q;
        s2_w_17_q = formal_s2_w_17_q;
        s2_w_18_q = formal_s2_w_18_q;
        s2_w_19_q = formal_s2_w_19_q;
        s2_w_20_q = formal_s2_w_20_q;
        s2_w_21_q = formal_s2_w_21_q;
        s2_w_22_q = formal_s2_w_22_q;
        s2_w_23_q = formal_s2_w_23_q;
        s2_w_24_q = formal_s2_w_24_q;
        s2_w_25_q = formal_s2_w_25_q;
        s2_w_26_q = formal_s2_w_26_q;
        s2_w_27_q = formal_s2_w_27_q;
        s2_w_28_q = formal_s2_w_28_q;
        s2_w_29_q = formal_s2_w_29_q;
        s2_w_30_q = formal_s2_w_30_q;
        s2_w_31_q = formal_s2_w_31_q;
    end
`endif
`ifdef FORMAL_CUT_Y
    // FORMAL_CUT_Y: Y: decompressor stage 3: the output words (32 x 16), free inputs
    always @(*) begin
        s3_x_0_q = formal_s3_x_0_q;
        s3_x_1_q = formal_s3_x_1_q;
        s3_x_2_q = formal_s3_x_2_q;
        s3_x_3_q = formal_s3_x_3_q;
        s3_x_4_q = formal_s3_x_4_q;
        s3_x_5_q = formal_s3_x_5_q;
        s3_x_6_q = formal_s3_x_6_q;
        s3_x_7_q = formal_s3_x_7_q;
        s3_x_8_q = formal_s3_x_8_q;
        s3_x_9_q = formal_s3_x_9_q;
        s3_x_10_q = formal_s3_x_10_q;
        s3_x_11_q = formal_s3_x_11_q;
        s3_x_12_q = formal_s3_x_12_q;
        s3_x_13_q = formal_s3_x_13_q;
        s3_x_14_q = formal_s3_x_14_q;
        s3_x_15_q = formal_s3_x_15_q;
        s3_x_16_q = formal_s3_x_16_q;
        s3_x_17_q = formal_s3_x_17_q;
        s3_x_18_q = formal_s3_x_18_q;
        s3_x_19_q = formal_s3_x_19_q;
        s3_x_20_q = formal_s3_x_20_q;
        s3_x_21_q = formal_s3_x_21_q;
        s3_x_22_q = formal_s3_x_22_q;
        s3_x_23_q = formal_s3_x_23_q;
        s3_x_24_q = formal_s3_x_24_q;
        s3_x_25_q = formal_s3_x_25_q;
        s3_x_26_q = formal_s3_x_26_q;
        s3_x_27_q = formal_s3_x_27_q;
        s3_x_28_q = formal_s3_x_28_q;
        s3_x_29_q = formal_s3_x_29_q;
        s3_x_30_q = formal_s3_x_30_q;
        s3_x_31_q = formal_s3_x_31_q;
    end
`endif
endmodule // xnc_decompressor_cut

`default_nettype wire

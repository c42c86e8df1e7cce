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

module xnc_compressor (
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
);

    // Constant declarations
    localparam  k_zero8 = 8'h0;
    localparam  k_lo16 = 32'hffff;
    localparam  k_not = 32'h7800;
    localparam  k_sign = 32'h8000;
    localparam  k_m9 = 32'h7f8;
    localparam  k_m12 = 32'h3ff8;
    localparam  k_w9 = 10'b1001;
    localparam  k_w12 = 10'b1100;
    localparam  k_w16 = 10'b10000;
    localparam  k_meta = 10'b100001;
    localparam  k_flag = 545'h10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000;
    localparam  k_min_0 = 10'b1001;
    localparam  k_min_1 = 10'b10010;
    localparam  k_min_2 = 10'b100100;
    localparam  k_min_3 = 10'b1001000;
    localparam  k_min_4 = 10'b10010000;

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
    reg  [31:0] s2_p_0_d;
    reg  [31:0] s2_p_0_q;
    reg  [31:0] s2_p_1_d;
    reg  [31:0] s2_p_1_q;
    reg  [31:0] s2_p_2_d;
    reg  [31:0] s2_p_2_q;
    reg  [31:0] s2_p_3_d;
    reg  [31:0] s2_p_3_q;
    reg  [31:0] s2_p_4_d;
    reg  [31:0] s2_p_4_q;
    reg  [31:0] s2_p_5_d;
    reg  [31:0] s2_p_5_q;
    reg  [31:0] s2_p_6_d;
    reg  [31:0] s2_p_6_q;
    reg  [31:0] s2_p_7_d;
    reg  [31:0] s2_p_7_q;
    reg  [31:0] s2_p_8_d;
    reg  [31:0] s2_p_8_q;
    reg  [31:0] s2_p_9_d;
    reg  [31:0] s2_p_9_q;
    reg  [31:0] s2_p_10_d;
    reg  [31:0] s2_p_10_q;
    reg  [31:0] s2_p_11_d;
    reg  [31:0] s2_p_11_q;
    reg  [31:0] s2_p_12_d;
    reg  [31:0] s2_p_12_q;
    reg  [31:0] s2_p_13_d;
    reg  [31:0] s2_p_13_q;
    reg  [31:0] s2_p_14_d;
    reg  [31:0] s2_p_14_q;
    reg  [31:0] s2_p_15_d;
    reg  [31:0] s2_p_15_q;
    reg  [9:0] s2_pl_0_d;
    reg  [9:0] s2_pl_0_q;
    reg  [9:0] s2_pl_1_d;
    reg  [9:0] s2_pl_1_q;
    reg  [9:0] s2_pl_2_d;
    reg  [9:0] s2_pl_2_q;
    reg  [9:0] s2_pl_3_d;
    reg  [9:0] s2_pl_3_q;
    reg  [9:0] s2_pl_4_d;
    reg  [9:0] s2_pl_4_q;
    reg  [9:0] s2_pl_5_d;
    reg  [9:0] s2_pl_5_q;
    reg  [9:0] s2_pl_6_d;
    reg  [9:0] s2_pl_6_q;
    reg  [9:0] s2_pl_7_d;
    reg  [9:0] s2_pl_7_q;
    reg  [9:0] s2_pl_8_d;
    reg  [9:0] s2_pl_8_q;
    reg  [9:0] s2_pl_9_d;
    reg  [9:0] s2_pl_9_q;
    reg  [9:0] s2_pl_10_d;
    reg  [9:0] s2_pl_10_q;
    reg  [9:0] s2_pl_11_d;
    reg  [9:0] s2_pl_11_q;
    reg  [9:0] s2_pl_12_d;
    reg  [9:0] s2_pl_12_q;
    reg  [9:0] s2_pl_13_d;
    reg  [9:0] s2_pl_13_q;
    reg  [9:0] s2_pl_14_d;
    reg  [9:0] s2_pl_14_q;
    reg  [9:0] s2_pl_15_d;
    reg  [9:0] s2_pl_15_q;
    reg  s3_flag_d;
    reg  s3_flag_q;
    reg  [31:0] s3_sel_d;
    reg  [31:0] s3_sel_q;
    reg  [127:0] s3_o_0_d;
    reg  [127:0] s3_o_0_q;
    reg  [127:0] s3_o_1_d;
    reg  [127:0] s3_o_1_q;
    reg  [127:0] s3_o_2_d;
    reg  [127:0] s3_o_2_q;
    reg  [127:0] s3_o_3_d;
    reg  [127:0] s3_o_3_q;
    reg  [9:0] s3_ol_0_d;
    reg  [9:0] s3_ol_0_q;
    reg  [9:0] s3_ol_1_d;
    reg  [9:0] s3_ol_1_q;
    reg  [9:0] s3_ol_2_d;
    reg  [9:0] s3_ol_2_q;
    reg  [9:0] s3_ol_3_d;
    reg  [9:0] s3_ol_3_q;
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
    reg  [7:0] s0_ok_byte_0;
    reg  [7:0] s0_ok_byte_1;
    reg  [7:0] s0_ok_byte_2;
    reg  [7:0] s0_ok_byte_3;
    reg  [31:0] s0_eq5;
    reg  [7:0] s0_eq5_byte_0;
    reg  [7:0] s0_eq5_byte_1;
    reg  [7:0] s0_eq5_byte_2;
    reg  [7:0] s0_eq5_byte_3;
    reg  s1_flag;
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
    reg  [7:0] s1_sel_byte_0;
    reg  [7:0] s1_sel_byte_1;
    reg  [7:0] s1_sel_byte_2;
    reg  [7:0] s1_sel_byte_3;
    reg  [31:0] s1_c9_0;
    reg  [31:0] s1_c9_1;
    reg  [31:0] s1_c9_2;
    reg  [31:0] s1_c9_3;
    reg  [31:0] s1_c9_4;
    reg  [31:0] s1_c9_5;
    reg  [31:0] s1_c9_6;
    reg  [31:0] s1_c9_7;
    reg  [31:0] s1_c9_8;
    reg  [31:0] s1_c9_9;
    reg  [31:0] s1_c9_10;
    reg  [31:0] s1_c9_11;
    reg  [31:0] s1_c9_12;
    reg  [31:0] s1_c9_13;
    reg  [31:0] s1_c9_14;
    reg  [31:0] s1_c9_15;
    reg  [31:0] s1_c9_16;
    reg  [31:0] s1_c9_17;
    reg  [31:0] s1_c9_18;
    reg  [31:0] s1_c9_19;
    reg  [31:0] s1_c9_20;
    reg  [31:0] s1_c9_21;
    reg  [31:0] s1_c9_22;
    reg  [31:0] s1_c9_23;
    reg  [31:0] s1_c9_24;
    reg  [31:0] s1_c9_25;
    reg  [31:0] s1_c9_26;
    reg  [31:0] s1_c9_27;
    reg  [31:0] s1_c9_28;
    reg  [31:0] s1_c9_29;
    reg  [31:0] s1_c9_30;
    reg  [31:0] s1_c9_31;
    reg  [31:0] s1_c12_0;
    reg  [31:0] s1_c12_1;
    reg  [31:0] s1_c12_2;
    reg  [31:0] s1_c12_3;
    reg  [31:0] s1_c12_4;
    reg  [31:0] s1_c12_5;
    reg  [31:0] s1_c12_6;
    reg  [31:0] s1_c12_7;
    reg  [31:0] s1_c12_8;
    reg  [31:0] s1_c12_9;
    reg  [31:0] s1_c12_10;
    reg  [31:0] s1_c12_11;
    reg  [31:0] s1_c12_12;
    reg  [31:0] s1_c12_13;
    reg  [31:0] s1_c12_14;
    reg  [31:0] s1_c12_15;
    reg  [31:0] s1_c12_16;
    reg  [31:0] s1_c12_17;
    reg  [31:0] s1_c12_18;
    reg  [31:0] s1_c12_19;
    reg  [31:0] s1_c12_20;
    reg  [31:0] s1_c12_21;
    reg  [31:0] s1_c12_22;
    reg  [31:0] s1_c12_23;
    reg  [31:0] s1_c12_24;
    reg  [31:0] s1_c12_25;
    reg  [31:0] s1_c12_26;
    reg  [31:0] s1_c12_27;
    reg  [31:0] s1_c12_28;
    reg  [31:0] s1_c12_29;
    reg  [31:0] s1_c12_30;
    reg  [31:0] s1_c12_31;
    reg  [31:0] s1_c16_0;
    reg  [31:0] s1_c16_1;
    reg  [31:0] s1_c16_2;
    reg  [31:0] s1_c16_3;
    reg  [31:0] s1_c16_4;
    reg  [31:0] s1_c16_5;
    reg  [31:0] s1_c16_6;
    reg  [31:0] s1_c16_7;
    reg  [31:0] s1_c16_8;
    reg  [31:0] s1_c16_9;
    reg  [31:0] s1_c16_10;
    reg  [31:0] s1_c16_11;
    reg  [31:0] s1_c16_12;
    reg  [31:0] s1_c16_13;
    reg  [31:0] s1_c16_14;
    reg  [31:0] s1_c16_15;
    reg  [31:0] s1_c16_16;
    reg  [31:0] s1_c16_17;
    reg  [31:0] s1_c16_18;
    reg  [31:0] s1_c16_19;
    reg  [31:0] s1_c16_20;
    reg  [31:0] s1_c16_21;
    reg  [31:0] s1_c16_22;
    reg  [31:0] s1_c16_23;
    reg  [31:0] s1_c16_24;
    reg  [31:0] s1_c16_25;
    reg  [31:0] s1_c16_26;
    reg  [31:0] s1_c16_27;
    reg  [31:0] s1_c16_28;
    reg  [31:0] s1_c16_29;
    reg  [31:0] s1_c16_30;
    reg  [31:0] s1_c16_31;
    reg  [9:0] s1_w_0;
    reg  [9:0] s1_w_1;
    reg  [9:0] s1_w_2;
    reg  [9:0] s1_w_3;
    reg  [9:0] s1_w_4;
    reg  [9:0] s1_w_5;
    reg  [9:0] s1_w_6;
    reg  [9:0] s1_w_7;
    reg  [9:0] s1_w_8;
    reg  [9:0] s1_w_9;
    reg  [9:0] s1_w_10;
    reg  [9:0] s1_w_11;
    reg  [9:0] s1_w_12;
    reg  [9:0] s1_w_13;
    reg  [9:0] s1_w_14;
    reg  [9:0] s1_w_15;
    reg  [9:0] s1_w_16;
    reg  [9:0] s1_w_17;
    reg  [9:0] s1_w_18;
    reg  [9:0] s1_w_19;
    reg  [9:0] s1_w_20;
    reg  [9:0] s1_w_21;
    reg  [9:0] s1_w_22;
    reg  [9:0] s1_w_23;
    reg  [9:0] s1_w_24;
    reg  [9:0] s1_w_25;
    reg  [9:0] s1_w_26;
    reg  [9:0] s1_w_27;
    reg  [9:0] s1_w_28;
    reg  [9:0] s1_w_29;
    reg  [9:0] s1_w_30;
    reg  [9:0] s1_w_31;
    reg  [63:0] s2_qa_0;
    reg  [63:0] s2_qa_1;
    reg  [63:0] s2_qa_2;
    reg  [63:0] s2_qa_3;
    reg  [63:0] s2_qa_4;
    reg  [63:0] s2_qa_5;
    reg  [63:0] s2_qa_6;
    reg  [63:0] s2_qa_7;
    reg  [63:0] s2_qb_0;
    reg  [63:0] s2_qb_1;
    reg  [63:0] s2_qb_2;
    reg  [63:0] s2_qb_3;
    reg  [63:0] s2_qb_4;
    reg  [63:0] s2_qb_5;
    reg  [63:0] s2_qb_6;
    reg  [63:0] s2_qb_7;
    reg  [63:0] s2_q_0;
    reg  [63:0] s2_q_1;
    reg  [63:0] s2_q_2;
    reg  [63:0] s2_q_3;
    reg  [63:0] s2_q_4;
    reg  [63:0] s2_q_5;
    reg  [63:0] s2_q_6;
    reg  [63:0] s2_q_7;
    reg  [9:0] s2_ql_0;
    reg  [9:0] s2_ql_1;
    reg  [9:0] s2_ql_2;
    reg  [9:0] s2_ql_3;
    reg  [9:0] s2_ql_4;
    reg  [9:0] s2_ql_5;
    reg  [9:0] s2_ql_6;
    reg  [9:0] s2_ql_7;
    reg  [9:0] s2_qe_0;
    reg  [9:0] s2_qe_1;
    reg  [9:0] s2_qe_2;
    reg  [9:0] s2_qe_3;
    reg  [9:0] s2_qe_4;
    reg  [9:0] s2_qe_5;
    reg  [9:0] s2_qe_6;
    reg  [9:0] s2_qe_7;
    reg  [9:0] s2_oe_0;
    reg  [9:0] s2_oe_1;
    reg  [9:0] s2_oe_2;
    reg  [9:0] s2_oe_3;
    reg  [127:0] s2_oa_0;
    reg  [127:0] s2_oa_1;
    reg  [127:0] s2_oa_2;
    reg  [127:0] s2_oa_3;
    reg  [127:0] s2_ob_0;
    reg  [127:0] s2_ob_1;
    reg  [127:0] s2_ob_2;
    reg  [127:0] s2_ob_3;
    reg  [255:0] s3_ha_0;
    reg  [255:0] s3_ha_1;
    reg  [255:0] s3_hb_0;
    reg  [255:0] s3_hb_1;
    reg  [255:0] s3_h_0;
    reg  [255:0] s3_h_1;
    reg  [9:0] s3_hl_0;
    reg  [9:0] s3_hl_1;
    reg  [9:0] s3_he_0;
    reg  [9:0] s3_he_1;
    reg  [9:0] s3_ce;
    reg  [511:0] s3_ca;
    reg  [511:0] s3_cb;
    reg  [511:0] s3_c;
    reg  [9:0] s3_cl;
    reg  [544:0] s3_rs;
    reg  [544:0] s3_rc;

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
        s2_flag_d = s2_flag_q;
        s2_sel_d = s2_sel_q;
        s3_flag_d = s3_flag_q;
        s3_sel_d = s3_sel_q;
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
        s2_p_0_d = s2_p_0_q;
        s2_pl_0_d = s2_pl_0_q;
        s2_p_1_d = s2_p_1_q;
        s2_pl_1_d = s2_pl_1_q;
        s2_p_2_d = s2_p_2_q;
        s2_pl_2_d = s2_pl_2_q;
        s2_p_3_d = s2_p_3_q;
        s2_pl_3_d = s2_pl_3_q;
        s2_p_4_d = s2_p_4_q;
        s2_pl_4_d = s2_pl_4_q;
        s2_p_5_d = s2_p_5_q;
        s2_pl_5_d = s2_pl_5_q;
        s2_p_6_d = s2_p_6_q;
        s2_pl_6_d = s2_pl_6_q;
        s2_p_7_d = s2_p_7_q;
        s2_pl_7_d = s2_pl_7_q;
        s2_p_8_d = s2_p_8_q;
        s2_pl_8_d = s2_pl_8_q;
        s2_p_9_d = s2_p_9_q;
        s2_pl_9_d = s2_pl_9_q;
        s2_p_10_d = s2_p_10_q;
        s2_pl_10_d = s2_pl_10_q;
        s2_p_11_d = s2_p_11_q;
        s2_pl_11_d = s2_pl_11_q;
        s2_p_12_d = s2_p_12_q;
        s2_pl_12_d = s2_pl_12_q;
        s2_p_13_d = s2_p_13_q;
        s2_pl_13_d = s2_pl_13_q;
        s2_p_14_d = s2_p_14_q;
        s2_pl_14_d = s2_pl_14_q;
        s2_p_15_d = s2_p_15_q;
        s2_pl_15_d = s2_pl_15_q;
        s3_o_0_d = s3_o_0_q;
        s3_ol_0_d = s3_ol_0_q;
        s3_o_1_d = s3_o_1_q;
        s3_ol_1_d = s3_ol_1_q;
        s3_o_2_d = s3_o_2_q;
        s3_ol_2_d = s3_ol_2_q;
        s3_o_3_d = s3_o_3_q;
        s3_ol_3_d = s3_ol_3_q;
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
        s0_ok_byte_0 = ((((((((k_zero8 & ~(1 << (32'h0)) | ((s0_okb_0) << (32'h0))) & ~(1 << (32'h1)) | ((s0_okb_1) << (32'h1))) & ~(1 << (32'h2)) | ((s0_okb_2) << (32'h2))) & ~(1 << (32'h3)) | ((s0_okb_3) << (32'h3))) & ~(1 << (32'h4)) | ((s0_okb_4) << (32'h4))) & ~(1 << (32'h5)) | ((s0_okb_5) << (32'h5))) & ~(1 << (32'h6)) | ((s0_okb_6) << (32'h6))) & ~(1 << (32'h7)) | ((s0_okb_7) << (32'h7)));
        s0_ok_byte_1 = ((((((((k_zero8 & ~(1 << (32'h0)) | ((s0_okb_8) << (32'h0))) & ~(1 << (32'h1)) | ((s0_okb_9) << (32'h1))) & ~(1 << (32'h2)) | ((s0_okb_10) << (32'h2))) & ~(1 << (32'h3)) | ((s0_okb_11) << (32'h3))) & ~(1 << (32'h4)) | ((s0_okb_12) << (32'h4))) & ~(1 << (32'h5)) | ((s0_okb_13) << (32'h5))) & ~(1 << (32'h6)) | ((s0_okb_14) << (32'h6))) & ~(1 << (32'h7)) | ((s0_okb_15) << (32'h7)));
        s0_ok_byte_2 = ((((((((k_zero8 & ~(1 << (32'h0)) | ((s0_okb_16) << (32'h0))) & ~(1 << (32'h1)) | ((s0_okb_17) << (32'h1))) & ~(1 << (32'h2)) | ((s0_okb_18) << (32'h2))) & ~(1 << (32'h3)) | ((s0_okb_19) << (32'h3))) & ~(1 << (32'h4)) | ((s0_okb_20) << (32'h4))) & ~(1 << (32'h5)) | ((s0_okb_21) << (32'h5))) & ~(1 << (32'h6)) | ((s0_okb_22) << (32'h6))) & ~(1 << (32'h7)) | ((s0_okb_23) << (32'h7)));
        s0_ok_byte_3 = ((((((((k_zero8 & ~(1 << (32'h0)) | ((s0_okb_24) << (32'h0))) & ~(1 << (32'h1)) | ((s0_okb_25) << (32'h1))) & ~(1 << (32'h2)) | ((s0_okb_26) << (32'h2))) & ~(1 << (32'h3)) | ((s0_okb_27) << (32'h3))) & ~(1 << (32'h4)) | ((s0_okb_28) << (32'h4))) & ~(1 << (32'h5)) | ((s0_okb_29) << (32'h5))) & ~(1 << (32'h6)) | ((s0_okb_30) << (32'h6))) & ~(1 << (32'h7)) | ((s0_okb_31) << (32'h7)));
        s0_ok = (({{24{1'b0}}, s0_ok_byte_3}) << 32'h18) | (({{24{1'b0}}, s0_ok_byte_2}) << 32'h10) | (({{24{1'b0}}, s0_ok_byte_1}) << 32'h8) | ({{24{1'b0}}, s0_ok_byte_0});
        s0_eq5_byte_0 = ((((((((k_zero8 & ~(1 << (32'h0)) | ((s0_eq5b_0) << (32'h0))) & ~(1 << (32'h1)) | ((s0_eq5b_1) << (32'h1))) & ~(1 << (32'h2)) | ((s0_eq5b_2) << (32'h2))) & ~(1 << (32'h3)) | ((s0_eq5b_3) << (32'h3))) & ~(1 << (32'h4)) | ((s0_eq5b_4) << (32'h4))) & ~(1 << (32'h5)) | ((s0_eq5b_5) << (32'h5))) & ~(1 << (32'h6)) | ((s0_eq5b_6) << (32'h6))) & ~(1 << (32'h7)) | ((s0_eq5b_7) << (32'h7)));
        s0_eq5_byte_1 = ((((((((k_zero8 & ~(1 << (32'h0)) | ((s0_eq5b_8) << (32'h0))) & ~(1 << (32'h1)) | ((s0_eq5b_9) << (32'h1))) & ~(1 << (32'h2)) | ((s0_eq5b_10) << (32'h2))) & ~(1 << (32'h3)) | ((s0_eq5b_11) << (32'h3))) & ~(1 << (32'h4)) | ((s0_eq5b_12) << (32'h4))) & ~(1 << (32'h5)) | ((s0_eq5b_13) << (32'h5))) & ~(1 << (32'h6)) | ((s0_eq5b_14) << (32'h6))) & ~(1 << (32'h7)) | ((s0_eq5b_15) << (32'h7)));
        s0_eq5_byte_2 = ((((((((k_zero8 & ~(1 << (32'h0)) | ((s0_eq5b_16) << (32'h0))) & ~(1 << (32'h1)) | ((s0_eq5b_17) << (32'h1))) & ~(1 << (32'h2)) | ((s0_eq5b_18) << (32'h2))) & ~(1 << (32'h3)) | ((s0_eq5b_19) << (32'h3))) & ~(1 << (32'h4)) | ((s0_eq5b_20) << (32'h4))) & ~(1 << (32'h5)) | ((s0_eq5b_21) << (32'h5))) & ~(1 << (32'h6)) | ((s0_eq5b_22) << (32'h6))) & ~(1 << (32'h7)) | ((s0_eq5b_23) << (32'h7)));
        s0_eq5_byte_3 = ((((((((k_zero8 & ~(1 << (32'h0)) | ((s0_eq5b_24) << (32'h0))) & ~(1 << (32'h1)) | ((s0_eq5b_25) << (32'h1))) & ~(1 << (32'h2)) | ((s0_eq5b_26) << (32'h2))) & ~(1 << (32'h3)) | ((s0_eq5b_27) << (32'h3))) & ~(1 << (32'h4)) | ((s0_eq5b_28) << (32'h4))) & ~(1 << (32'h5)) | ((s0_eq5b_29) << (32'h5))) & ~(1 << (32'h6)) | ((s0_eq5b_30) << (32'h6))) & ~(1 << (32'h7)) | ((s0_eq5b_31) << (32'h7)));
        s0_eq5 = (({{24{1'b0}}, s0_eq5_byte_3}) << 32'h18) | (({{24{1'b0}}, s0_eq5_byte_2}) << 32'h10) | (({{24{1'b0}}, s0_eq5_byte_1}) << 32'h8) | ({{24{1'b0}}, s0_eq5_byte_0});
        if (en1) begin
            s1_valid_d = s_axis_tvalid & aresetn;
            s1_last_d = s_axis_tlast;
            s1_ok_d = s0_ok;
            s1_eq5_d = s0_eq5;
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
        s1_flag = &s1_ok_q;
        s1_c9_0 = ((s1_d_0_q & k_sign) << 32'h10) | ((s1_d_0_q & k_m9) << 32'h14);
        s1_c12_0 = ((s1_d_0_q & k_sign) << 32'h10) | ((s1_d_0_q & k_m12) << 32'h11);
        s1_c16_0 = s1_d_0_q << 32'h10;
        if (s1_flag) begin
            s1_selb_0 = s1_eq5_q[0];
            if (s1_eq5_q[0]) begin
                s1_w_0 = k_w9;
            end
            else begin
                s1_w_0 = k_w12;
            end
        end
        else begin
            s1_selb_0 = s1_ok_q[0];
            if (s1_ok_q[0]) begin
                s1_w_0 = k_w12;
            end
            else begin
                s1_w_0 = k_w16;
            end
        end
        s1_c9_1 = ((s1_d_1_q & k_sign) << 32'h10) | ((s1_d_1_q & k_m9) << 32'h14);
        s1_c12_1 = ((s1_d_1_q & k_sign) << 32'h10) | ((s1_d_1_q & k_m12) << 32'h11);
        s1_c16_1 = s1_d_1_q << 32'h10;
        if (s1_flag) begin
            s1_selb_1 = s1_eq5_q[1];
            if (s1_eq5_q[1]) begin
                s1_w_1 = k_w9;
            end
            else begin
                s1_w_1 = k_w12;
            end
        end
        else begin
            s1_selb_1 = s1_ok_q[1];
            if (s1_ok_q[1]) begin
                s1_w_1 = k_w12;
            end
            else begin
                s1_w_1 = k_w16;
            end
        end
        s1_c9_2 = ((s1_d_2_q & k_sign) << 32'h10) | ((s1_d_2_q & k_m9) << 32'h14);
        s1_c12_2 = ((s1_d_2_q & k_sign) << 32'h10) | ((s1_d_2_q & k_m12) << 32'h11);
        s1_c16_2 = s1_d_2_q << 32'h10;
        if (s1_flag) begin
            s1_selb_2 = s1_eq5_q[2];
            if (s1_eq5_q[2]) begin
                s1_w_2 = k_w9;
            end
            else begin
                s1_w_2 = k_w12;
            end
        end
        else begin
            s1_selb_2 = s1_ok_q[2];
            if (s1_ok_q[2]) begin
                s1_w_2 = k_w12;
            end
            else begin
                s1_w_2 = k_w16;
            end
        end
        s1_c9_3 = ((s1_d_3_q & k_sign) << 32'h10) | ((s1_d_3_q & k_m9) << 32'h14);
        s1_c12_3 = ((s1_d_3_q & k_sign) << 32'h10) | ((s1_d_3_q & k_m12) << 32'h11);
        s1_c16_3 = s1_d_3_q << 32'h10;
        if (s1_flag) begin
            s1_selb_3 = s1_eq5_q[3];
            if (s1_eq5_q[3]) begin
                s1_w_3 = k_w9;
            end
            else begin
                s1_w_3 = k_w12;
            end
        end
        else begin
            s1_selb_3 = s1_ok_q[3];
            if (s1_ok_q[3]) begin
                s1_w_3 = k_w12;
            end
            else begin
                s1_w_3 = k_w16;
            end
        end
        s1_c9_4 = ((s1_d_4_q & k_sign) << 32'h10) | ((s1_d_4_q & k_m9) << 32'h14);
        s1_c12_4 = ((s1_d_4_q & k_sign) << 32'h10) | ((s1_d_4_q & k_m12) << 32'h11);
        s1_c16_4 = s1_d_4_q << 32'h10;
        if (s1_flag) begin
            s1_selb_4 = s1_eq5_q[4];
            if (s1_eq5_q[4]) begin
                s1_w_4 = k_w9;
            end
            else begin
                s1_w_4 = k_w12;
            end
        end
        else begin
            s1_selb_4 = s1_ok_q[4];
            if (s1_ok_q[4]) begin
                s1_w_4 = k_w12;
            end
            else begin
                s1_w_4 = k_w16;
            end
        end
        s1_c9_5 = ((s1_d_5_q & k_sign) << 32'h10) | ((s1_d_5_q & k_m9) << 32'h14);
        s1_c12_5 = ((s1_d_5_q & k_sign) << 32'h10) | ((s1_d_5_q & k_m12) << 32'h11);
        s1_c16_5 = s1_d_5_q << 32'h10;
        if (s1_flag) begin
            s1_selb_5 = s1_eq5_q[5];
            if (s1_eq5_q[5]) begin
                s1_w_5 = k_w9;
            end
            else begin
                s1_w_5 = k_w12;
            end
        end
        else begin
            s1_selb_5 = s1_ok_q[5];
            if (s1_ok_q[5]) begin
                s1_w_5 = k_w12;
            end
            else begin
                s1_w_5 = k_w16;
            end
        end
        s1_c9_6 = ((s1_d_6_q & k_sign) << 32'h10) | ((s1_d_6_q & k_m9) << 32'h14);
        s1_c12_6 = ((s1_d_6_q & k_sign) << 32'h10) | ((s1_d_6_q & k_m12) << 32'h11);
        s1_c16_6 = s1_d_6_q << 32'h10;
        if (s1_flag) begin
            s1_selb_6 = s1_eq5_q[6];
            if (s1_eq5_q[6]) begin
                s1_w_6 = k_w9;
            end
            else begin
                s1_w_6 = k_w12;
            end
        end
        else begin
            s1_selb_6 = s1_ok_q[6];
            if (s1_ok_q[6]) begin
                s1_w_6 = k_w12;
            end
            else begin
                s1_w_6 = k_w16;
            end
        end
        s1_c9_7 = ((s1_d_7_q & k_sign) << 32'h10) | ((s1_d_7_q & k_m9) << 32'h14);
        s1_c12_7 = ((s1_d_7_q & k_sign) << 32'h10) | ((s1_d_7_q & k_m12) << 32'h11);
        s1_c16_7 = s1_d_7_q << 32'h10;
        if (s1_flag) begin
            s1_selb_7 = s1_eq5_q[7];
            if (s1_eq5_q[7]) begin
                s1_w_7 = k_w9;
            end
            else begin
                s1_w_7 = k_w12;
            end
        end
        else begin
            s1_selb_7 = s1_ok_q[7];
            if (s1_ok_q[7]) begin
                s1_w_7 = k_w12;
            end
            else begin
                s1_w_7 = k_w16;
            end
        end
        s1_c9_8 = ((s1_d_8_q & k_sign) << 32'h10) | ((s1_d_8_q & k_m9) << 32'h14);
        s1_c12_8 = ((s1_d_8_q & k_sign) << 32'h10) | ((s1_d_8_q & k_m12) << 32'h11);
        s1_c16_8 = s1_d_8_q << 32'h10;
        if (s1_flag) begin
            s1_selb_8 = s1_eq5_q[8];
            if (s1_eq5_q[8]) begin
                s1_w_8 = k_w9;
            end
            else begin
                s1_w_8 = k_w12;
            end
        end
        else begin
            s1_selb_8 = s1_ok_q[8];
            if (s1_ok_q[8]) begin
                s1_w_8 = k_w12;
            end
            else begin
                s1_w_8 = k_w16;
            end
        end
        s1_c9_9 = ((s1_d_9_q & k_sign) << 32'h10) | ((s1_d_9_q & k_m9) << 32'h14);
        s1_c12_9 = ((s1_d_9_q & k_sign) << 32'h10) | ((s1_d_9_q & k_m12) << 32'h11);
        s1_c16_9 = s1_d_9_q << 32'h10;
        if (s1_flag) begin
            s1_selb_9 = s1_eq5_q[9];
            if (s1_eq5_q[9]) begin
                s1_w_9 = k_w9;
            end
            else begin
                s1_w_9 = k_w12;
            end
        end
        else begin
            s1_selb_9 = s1_ok_q[9];
            if (s1_ok_q[9]) begin
                s1_w_9 = k_w12;
            end
            else begin
                s1_w_9 = k_w16;
            end
        end
        s1_c9_10 = ((s1_d_10_q & k_sign) << 32'h10) | ((s1_d_10_q & k_m9) << 32'h14);
        s1_c12_10 = ((s1_d_10_q & k_sign) << 32'h10) | ((s1_d_10_q & k_m12) << 32'h11);
        s1_c16_10 = s1_d_10_q << 32'h10;
        if (s1_flag) begin
            s1_selb_10 = s1_eq5_q[10];
            if (s1_eq5_q[10]) begin
                s1_w_10 = k_w9;
            end
            else begin
                s1_w_10 = k_w12;
            end
        end
        else begin
            s1_selb_10 = s1_ok_q[10];
            if (s1_ok_q[10]) begin
                s1_w_10 = k_w12;
            end
            else begin
                s1_w_10 = k_w16;
            end
        end
        s1_c9_11 = ((s1_d_11_q & k_sign) << 32'h10) | ((s1_d_11_q & k_m9) << 32'h14);
        s1_c12_11 = ((s1_d_11_q & k_sign) << 32'h10) | ((s1_d_11_q & k_m12) << 32'h11);
        s1_c16_11 = s1_d_11_q << 32'h10;
        if (s1_flag) begin
            s1_selb_11 = s1_eq5_q[11];
            if (s1_eq5_q[11]) begin
                s1_w_11 = k_w9;
            end
            else begin
                s1_w_11 = k_w12;
            end
        end
        else begin
            s1_selb_11 = s1_ok_q[11];
            if (s1_ok_q[11]) begin
                s1_w_11 = k_w12;
            end
            else begin
                s1_w_11 = k_w16;
            end
        end
        s1_c9_12 = ((s1_d_12_q & k_sign) << 32'h10) | ((s1_d_12_q & k_m9) << 32'h14);
        s1_c12_12 = ((s1_d_12_q & k_sign) << 32'h10) | ((s1_d_12_q & k_m12) << 32'h11);
        s1_c16_12 = s1_d_12_q << 32'h10;
        if (s1_flag) begin
            s1_selb_12 = s1_eq5_q[12];
            if (s1_eq5_q[12]) begin
                s1_w_12 = k_w9;
            end
            else begin
                s1_w_12 = k_w12;
            end
        end
        else begin
            s1_selb_12 = s1_ok_q[12];
            if (s1_ok_q[12]) begin
                s1_w_12 = k_w12;
            end
            else begin
                s1_w_12 = k_w16;
            end
        end
        s1_c9_13 = ((s1_d_13_q & k_sign) << 32'h10) | ((s1_d_13_q & k_m9) << 32'h14);
        s1_c12_13 = ((s1_d_13_q & k_sign) << 32'h10) | ((s1_d_13_q & k_m12) << 32'h11);
        s1_c16_13 = s1_d_13_q << 32'h10;
        if (s1_flag) begin
            s1_selb_13 = s1_eq5_q[13];
            if (s1_eq5_q[13]) begin
                s1_w_13 = k_w9;
            end
            else begin
                s1_w_13 = k_w12;
            end
        end
        else begin
            s1_selb_13 = s1_ok_q[13];
            if (s1_ok_q[13]) begin
                s1_w_13 = k_w12;
            end
            else begin
                s1_w_13 = k_w16;
            end
        end
        s1_c9_14 = ((s1_d_14_q & k_sign) << 32'h10) | ((s1_d_14_q & k_m9) << 32'h14);
        s1_c12_14 = ((s1_d_14_q & k_sign) << 32'h10) | ((s1_d_14_q & k_m12) << 32'h11);
        s1_c16_14 = s1_d_14_q << 32'h10;
        if (s1_flag) begin
            s1_selb_14 = s1_eq5_q[14];
            if (s1_eq5_q[14]) begin
                s1_w_14 = k_w9;
            end
            else begin
                s1_w_14 = k_w12;
            end
        end
        else begin
            s1_selb_14 = s1_ok_q[14];
            if (s1_ok_q[14]) begin
                s1_w_14 = k_w12;
            end
            else begin
                s1_w_14 = k_w16;
            end
        end
        s1_c9_15 = ((s1_d_15_q & k_sign) << 32'h10) | ((s1_d_15_q & k_m9) << 32'h14);
        s1_c12_15 = ((s1_d_15_q & k_sign) << 32'h10) | ((s1_d_15_q & k_m12) << 32'h11);
        s1_c16_15 = s1_d_15_q << 32'h10;
        if (s1_flag) begin
            s1_selb_15 = s1_eq5_q[15];
            if (s1_eq5_q[15]) begin
                s1_w_15 = k_w9;
            end
            else begin
                s1_w_15 = k_w12;
            end
        end
        else begin
            s1_selb_15 = s1_ok_q[15];
            if (s1_ok_q[15]) begin
                s1_w_15 = k_w12;
            end
            else begin
                s1_w_15 = k_w16;
            end
        end
        s1_c9_16 = ((s1_d_16_q & k_sign) << 32'h10) | ((s1_d_16_q & k_m9) << 32'h14);
        s1_c12_16 = ((s1_d_16_q & k_sign) << 32'h10) | ((s1_d_16_q & k_m12) << 32'h11);
        s1_c16_16 = s1_d_16_q << 32'h10;
        if (s1_flag) begin
            s1_selb_16 = s1_eq5_q[16];
            if (s1_eq5_q[16]) begin
                s1_w_16 = k_w9;
            end
            else begin
                s1_w_16 = k_w12;
            end
        end
        else begin
            s1_selb_16 = s1_ok_q[16];
            if (s1_ok_q[16]) begin
                s1_w_16 = k_w12;
            end
            else begin
                s1_w_16 = k_w16;
            end
        end
        s1_c9_17 = ((s1_d_17_q & k_sign) << 32'h10) | ((s1_d_17_q & k_m9) << 32'h14);
        s1_c12_17 = ((s1_d_17_q & k_sign) << 32'h10) | ((s1_d_17_q & k_m12) << 32'h11);
        s1_c16_17 = s1_d_17_q << 32'h10;
        if (s1_flag) begin
            s1_selb_17 = s1_eq5_q[17];
            if (s1_eq5_q[17]) begin
                s1_w_17 = k_w9;
            end
            else begin
                s1_w_17 = k_w12;
            end
        end
        else begin
            s1_selb_17 = s1_ok_q[17];
            if (s1_ok_q[17]) begin
                s1_w_17 = k_w12;
            end
            else begin
                s1_w_17 = k_w16;
            end
        end
        s1_c9_18 = ((s1_d_18_q & k_sign) << 32'h10) | ((s1_d_18_q & k_m9) << 32'h14);
        s1_c12_18 = ((s1_d_18_q & k_sign) << 32'h10) | ((s1_d_18_q & k_m12) << 32'h11);
        s1_c16_18 = s1_d_18_q << 32'h10;
        if (s1_flag) begin
            s1_selb_18 = s1_eq5_q[18];
            if (s1_eq5_q[18]) begin
                s1_w_18 = k_w9;
            end
            else begin
                s1_w_18 = k_w12;
            end
        end
        else begin
            s1_selb_18 = s1_ok_q[18];
            if (s1_ok_q[18]) begin
                s1_w_18 = k_w12;
            end
            else begin
                s1_w_18 = k_w16;
            end
        end
        s1_c9_19 = ((s1_d_19_q & k_sign) << 32'h10) | ((s1_d_19_q & k_m9) << 32'h14);
        s1_c12_19 = ((s1_d_19_q & k_sign) << 32'h10) | ((s1_d_19_q & k_m12) << 32'h11);
        s1_c16_19 = s1_d_19_q << 32'h10;
        if (s1_flag) begin
            s1_selb_19 = s1_eq5_q[19];
            if (s1_eq5_q[19]) begin
                s1_w_19 = k_w9;
            end
            else begin
                s1_w_19 = k_w12;
            end
        end
        else begin
            s1_selb_19 = s1_ok_q[19];
            if (s1_ok_q[19]) begin
                s1_w_19 = k_w12;
            end
            else begin
                s1_w_19 = k_w16;
            end
        end
        s1_c9_20 = ((s1_d_20_q & k_sign) << 32'h10) | ((s1_d_20_q & k_m9) << 32'h14);
        s1_c12_20 = ((s1_d_20_q & k_sign) << 32'h10) | ((s1_d_20_q & k_m12) << 32'h11);
        s1_c16_20 = s1_d_20_q << 32'h10;
        if (s1_flag) begin
            s1_selb_20 = s1_eq5_q[20];
            if (s1_eq5_q[20]) begin
                s1_w_20 = k_w9;
            end
            else begin
                s1_w_20 = k_w12;
            end
        end
        else begin
            s1_selb_20 = s1_ok_q[20];
            if (s1_ok_q[20]) begin
                s1_w_20 = k_w12;
            end
            else begin
                s1_w_20 = k_w16;
            end
        end
        s1_c9_21 = ((s1_d_21_q & k_sign) << 32'h10) | ((s1_d_21_q & k_m9) << 32'h14);
        s1_c12_21 = ((s1_d_21_q & k_sign) << 32'h10) | ((s1_d_21_q & k_m12) << 32'h11);
        s1_c16_21 = s1_d_21_q << 32'h10;
        if (s1_flag) begin
            s1_selb_21 = s1_eq5_q[21];
            if (s1_eq5_q[21]) begin
                s1_w_21 = k_w9;
            end
            else begin
                s1_w_21 = k_w12;
            end
        end
        else begin
            s1_selb_21 = s1_ok_q[21];
            if (s1_ok_q[21]) begin
                s1_w_21 = k_w12;
            end
            else begin
                s1_w_21 = k_w16;
            end
        end
        s1_c9_22 = ((s1_d_22_q & k_sign) << 32'h10) | ((s1_d_22_q & k_m9) << 32'h14);
        s1_c12_22 = ((s1_d_22_q & k_sign) << 32'h10) | ((s1_d_22_q & k_m12) << 32'h11);
        s1_c16_22 = s1_d_22_q << 32'h10;
        if (s1_flag) begin
            s1_selb_22 = s1_eq5_q[22];
            if (s1_eq5_q[22]) begin
                s1_w_22 = k_w9;
            end
            else begin
                s1_w_22 = k_w12;
            end
        end
        else begin
            s1_selb_22 = s1_ok_q[22];
            if (s1_ok_q[22]) begin
                s1_w_22 = k_w12;
            end
            else begin
                s1_w_22 = k_w16;
            end
        end
        s1_c9_23 = ((s1_d_23_q & k_sign) << 32'h10) | ((s1_d_23_q & k_m9) << 32'h14);
        s1_c12_23 = ((s1_d_23_q & k_sign) << 32'h10) | ((s1_d_23_q & k_m12) << 32'h11);
        s1_c16_23 = s1_d_23_q << 32'h10;
        if (s1_flag) begin
            s1_selb_23 = s1_eq5_q[23];
            if (s1_eq5_q[23]) begin
                s1_w_23 = k_w9;
            end
            else begin
                s1_w_23 = k_w12;
            end
        end
        else begin
            s1_selb_23 = s1_ok_q[23];
            if (s1_ok_q[23]) begin
                s1_w_23 = k_w12;
            end
            else begin
                s1_w_23 = k_w16;
            end
        end
        s1_c9_24 = ((s1_d_24_q & k_sign) << 32'h10) | ((s1_d_24_q & k_m9) << 32'h14);
        s1_c12_24 = ((s1_d_24_q & k_sign) << 32'h10) | ((s1_d_24_q & k_m12) << 32'h11);
        s1_c16_24 = s1_d_24_q << 32'h10;
        if (s1_flag) begin
            s1_selb_24 = s1_eq5_q[24];
            if (s1_eq5_q[24]) begin
                s1_w_24 = k_w9;
            end
            else begin
                s1_w_24 = k_w12;
            end
        end
        else begin
            s1_selb_24 = s1_ok_q[24];
            if (s1_ok_q[24]) begin
                s1_w_24 = k_w12;
            end
            else begin
                s1_w_24 = k_w16;
            end
        end
        s1_c9_25 = ((s1_d_25_q & k_sign) << 32'h10) | ((s1_d_25_q & k_m9) << 32'h14);
        s1_c12_25 = ((s1_d_25_q & k_sign) << 32'h10) | ((s1_d_25_q & k_m12) << 32'h11);
        s1_c16_25 = s1_d_25_q << 32'h10;
        if (s1_flag) begin
            s1_selb_25 = s1_eq5_q[25];
            if (s1_eq5_q[25]) begin
                s1_w_25 = k_w9;
            end
            else begin
                s1_w_25 = k_w12;
            end
        end
        else begin
            s1_selb_25 = s1_ok_q[25];
            if (s1_ok_q[25]) begin
                s1_w_25 = k_w12;
            end
            else begin
                s1_w_25 = k_w16;
            end
        end
        s1_c9_26 = ((s1_d_26_q & k_sign) << 32'h10) | ((s1_d_26_q & k_m9) << 32'h14);
        s1_c12_26 = ((s1_d_26_q & k_sign) << 32'h10) | ((s1_d_26_q & k_m12) << 32'h11);
        s1_c16_26 = s1_d_26_q << 32'h10;
        if (s1_flag) begin
            s1_selb_26 = s1_eq5_q[26];
            if (s1_eq5_q[26]) begin
                s1_w_26 = k_w9;
            end
            else begin
                s1_w_26 = k_w12;
            end
        end
        else begin
            s1_selb_26 = s1_ok_q[26];
            if (s1_ok_q[26]) begin
                s1_w_26 = k_w12;
            end
            else begin
                s1_w_26 = k_w16;
            end
        end
        s1_c9_27 = ((s1_d_27_q & k_sign) << 32'h10) | ((s1_d_27_q & k_m9) << 32'h14);
        s1_c12_27 = ((s1_d_27_q & k_sign) << 32'h10) | ((s1_d_27_q & k_m12) << 32'h11);
        s1_c16_27 = s1_d_27_q << 32'h10;
        if (s1_flag) begin
            s1_selb_27 = s1_eq5_q[27];
            if (s1_eq5_q[27]) begin
                s1_w_27 = k_w9;
            end
            else begin
                s1_w_27 = k_w12;
            end
        end
        else begin
            s1_selb_27 = s1_ok_q[27];
            if (s1_ok_q[27]) begin
                s1_w_27 = k_w12;
            end
            else begin
                s1_w_27 = k_w16;
            end
        end
        s1_c9_28 = ((s1_d_28_q & k_sign) << 32'h10) | ((s1_d_28_q & k_m9) << 32'h14);
        s1_c12_28 = ((s1_d_28_q & k_sign) << 32'h10) | ((s1_d_28_q & k_m12) << 32'h11);
        s1_c16_28 = s1_d_28_q << 32'h10;
        if (s1_flag) begin
            s1_selb_28 = s1_eq5_q[28];
            if (s1_eq5_q[28]) begin
                s1_w_28 = k_w9;
            end
            else begin
                s1_w_28 = k_w12;
            end
        end
        else begin
            s1_selb_28 = s1_ok_q[28];
            if (s1_ok_q[28]) begin
                s1_w_28 = k_w12;
            end
            else begin
                s1_w_28 = k_w16;
            end
        end
        s1_c9_29 = ((s1_d_29_q & k_sign) << 32'h10) | ((s1_d_29_q & k_m9) << 32'h14);
        s1_c12_29 = ((s1_d_29_q & k_sign) << 32'h10) | ((s1_d_29_q & k_m12) << 32'h11);
        s1_c16_29 = s1_d_29_q << 32'h10;
        if (s1_flag) begin
            s1_selb_29 = s1_eq5_q[29];
            if (s1_eq5_q[29]) begin
                s1_w_29 = k_w9;
            end
            else begin
                s1_w_29 = k_w12;
            end
        end
        else begin
            s1_selb_29 = s1_ok_q[29];
            if (s1_ok_q[29]) begin
                s1_w_29 = k_w12;
            end
            else begin
                s1_w_29 = k_w16;
            end
        end
        s1_c9_30 = ((s1_d_30_q & k_sign) << 32'h10) | ((s1_d_30_q & k_m9) << 32'h14);
        s1_c12_30 = ((s1_d_30_q & k_sign) << 32'h10) | ((s1_d_30_q & k_m12) << 32'h11);
        s1_c16_30 = s1_d_30_q << 32'h10;
        if (s1_flag) begin
            s1_selb_30 = s1_eq5_q[30];
            if (s1_eq5_q[30]) begin
                s1_w_30 = k_w9;
            end
            else begin
                s1_w_30 = k_w12;
            end
        end
        else begin
            s1_selb_30 = s1_ok_q[30];
            if (s1_ok_q[30]) begin
                s1_w_30 = k_w12;
            end
            else begin
                s1_w_30 = k_w16;
            end
        end
        s1_c9_31 = ((s1_d_31_q & k_sign) << 32'h10) | ((s1_d_31_q & k_m9) << 32'h14);
        s1_c12_31 = ((s1_d_31_q & k_sign) << 32'h10) | ((s1_d_31_q & k_m12) << 32'h11);
        s1_c16_31 = s1_d_31_q << 32'h10;
        if (s1_flag) begin
            s1_selb_31 = s1_eq5_q[31];
            if (s1_eq5_q[31]) begin
                s1_w_31 = k_w9;
            end
            else begin
                s1_w_31 = k_w12;
            end
        end
        else begin
            s1_selb_31 = s1_ok_q[31];
            if (s1_ok_q[31]) begin
                s1_w_31 = k_w12;
            end
            else begin
                s1_w_31 = k_w16;
            end
        end
        s1_sel_byte_0 = ((((((((k_zero8 & ~(1 << (32'h0)) | ((s1_selb_31) << (32'h0))) & ~(1 << (32'h1)) | ((s1_selb_30) << (32'h1))) & ~(1 << (32'h2)) | ((s1_selb_29) << (32'h2))) & ~(1 << (32'h3)) | ((s1_selb_28) << (32'h3))) & ~(1 << (32'h4)) | ((s1_selb_27) << (32'h4))) & ~(1 << (32'h5)) | ((s1_selb_26) << (32'h5))) & ~(1 << (32'h6)) | ((s1_selb_25) << (32'h6))) & ~(1 << (32'h7)) | ((s1_selb_24) << (32'h7)));
        s1_sel_byte_1 = ((((((((k_zero8 & ~(1 << (32'h0)) | ((s1_selb_23) << (32'h0))) & ~(1 << (32'h1)) | ((s1_selb_22) << (32'h1))) & ~(1 << (32'h2)) | ((s1_selb_21) << (32'h2))) & ~(1 << (32'h3)) | ((s1_selb_20) << (32'h3))) & ~(1 << (32'h4)) | ((s1_selb_19) << (32'h4))) & ~(1 << (32'h5)) | ((s1_selb_18) << (32'h5))) & ~(1 << (32'h6)) | ((s1_selb_17) << (32'h6))) & ~(1 << (32'h7)) | ((s1_selb_16) << (32'h7)));
        s1_sel_byte_2 = ((((((((k_zero8 & ~(1 << (32'h0)) | ((s1_selb_15) << (32'h0))) & ~(1 << (32'h1)) | ((s1_selb_14) << (32'h1))) & ~(1 << (32'h2)) | ((s1_selb_13) << (32'h2))) & ~(1 << (32'h3)) | ((s1_selb_12) << (32'h3))) & ~(1 << (32'h4)) | ((s1_selb_11) << (32'h4))) & ~(1 << (32'h5)) | ((s1_selb_10) << (32'h5))) & ~(1 << (32'h6)) | ((s1_selb_9) << (32'h6))) & ~(1 << (32'h7)) | ((s1_selb_8) << (32'h7)));
        s1_sel_byte_3 = ((((((((k_zero8 & ~(1 << (32'h0)) | ((s1_selb_7) << (32'h0))) & ~(1 << (32'h1)) | ((s1_selb_6) << (32'h1))) & ~(1 << (32'h2)) | ((s1_selb_5) << (32'h2))) & ~(1 << (32'h3)) | ((s1_selb_4) << (32'h3))) & ~(1 << (32'h4)) | ((s1_selb_3) << (32'h4))) & ~(1 << (32'h5)) | ((s1_selb_2) << (32'h5))) & ~(1 << (32'h6)) | ((s1_selb_1) << (32'h6))) & ~(1 << (32'h7)) | ((s1_selb_0) << (32'h7)));
        s1_sel = (({{24{1'b0}}, s1_sel_byte_3}) << 32'h18) | (({{24{1'b0}}, s1_sel_byte_2}) << 32'h10) | (({{24{1'b0}}, s1_sel_byte_1}) << 32'h8) | ({{24{1'b0}}, s1_sel_byte_0});
        if (en2) begin
            s2_valid_d = s1_valid_q;
            s2_last_d = s1_last_q;
            s2_flag_d = s1_flag;
            s2_sel_d = s1_sel;
            if (s1_flag) begin
                if (s1_selb_0) begin
                    if (s1_selb_1) begin
                        s2_p_0_d = s1_c9_0 | (s1_c9_1 >> k_w9);
                    end
                    else begin
                        s2_p_0_d = s1_c9_0 | (s1_c12_1 >> k_w9);
                    end
                end
                else if (s1_selb_1) begin
                    s2_p_0_d = s1_c12_0 | (s1_c9_1 >> k_w12);
                end
                else begin
                    s2_p_0_d = s1_c12_0 | (s1_c12_1 >> k_w12);
                end
            end
            else if (s1_selb_0) begin
                if (s1_selb_1) begin
                    s2_p_0_d = s1_c12_0 | (s1_c12_1 >> k_w12);
                end
                else begin
                    s2_p_0_d = s1_c12_0 | (s1_c16_1 >> k_w12);
                end
            end
            else if (s1_selb_1) begin
                s2_p_0_d = s1_c16_0 | (s1_c12_1 >> k_w16);
            end
            else begin
                s2_p_0_d = s1_c16_0 | (s1_c16_1 >> k_w16);
            end
            s2_pl_0_d = s1_w_0 + s1_w_1;
            if (s1_flag) begin
                if (s1_selb_2) begin
                    if (s1_selb_3) begin
                        s2_p_1_d = s1_c9_2 | (s1_c9_3 >> k_w9);
                    end
                    else begin
                        s2_p_1_d = s1_c9_2 | (s1_c12_3 >> k_w9);
                    end
                end
                else if (s1_selb_3) begin
                    s2_p_1_d = s1_c12_2 | (s1_c9_3 >> k_w12);
                end
                else begin
                    s2_p_1_d = s1_c12_2 | (s1_c12_3 >> k_w12);
                end
            end
            else if (s1_selb_2) begin
                if (s1_selb_3) begin
                    s2_p_1_d = s1_c12_2 | (s1_c12_3 >> k_w12);
                end
                else begin
                    s2_p_1_d = s1_c12_2 | (s1_c16_3 >> k_w12);
                end
            end
            else if (s1_selb_3) begin
                s2_p_1_d = s1_c16_2 | (s1_c12_3 >> k_w16);
            end
            else begin
                s2_p_1_d = s1_c16_2 | (s1_c16_3 >> k_w16);
            end
            s2_pl_1_d = s1_w_2 + s1_w_3;
            if (s1_flag) begin
                if (s1_selb_4) begin
                    if (s1_selb_5) begin
                        s2_p_2_d = s1_c9_4 | (s1_c9_5 >> k_w9);
                    end
                    else begin
                        s2_p_2_d = s1_c9_4 | (s1_c12_5 >> k_w9);
                    end
                end
                else if (s1_selb_5) begin
                    s2_p_2_d = s1_c12_4 | (s1_c9_5 >> k_w12);
                end
                else begin
                    s2_p_2_d = s1_c12_4 | (s1_c12_5 >> k_w12);
                end
            end
            else if (s1_selb_4) begin
                if (s1_selb_5) begin
                    s2_p_2_d = s1_c12_4 | (s1_c12_5 >> k_w12);
                end
                else begin
                    s2_p_2_d = s1_c12_4 | (s1_c16_5 >> k_w12);
                end
            end
            else if (s1_selb_5) begin
                s2_p_2_d = s1_c16_4 | (s1_c12_5 >> k_w16);
            end
            else begin
                s2_p_2_d = s1_c16_4 | (s1_c16_5 >> k_w16);
            end
            s2_pl_2_d = s1_w_4 + s1_w_5;
            if (s1_flag) begin
                if (s1_selb_6) begin
                    if (s1_selb_7) begin
                        s2_p_3_d = s1_c9_6 | (s1_c9_7 >> k_w9);
                    end
                    else begin
                        s2_p_3_d = s1_c9_6 | (s1_c12_7 >> k_w9);
                    end
                end
                else if (s1_selb_7) begin
                    s2_p_3_d = s1_c12_6 | (s1_c9_7 >> k_w12);
                end
                else begin
                    s2_p_3_d = s1_c12_6 | (s1_c12_7 >> k_w12);
                end
            end
            else if (s1_selb_6) begin
                if (s1_selb_7) begin
                    s2_p_3_d = s1_c12_6 | (s1_c12_7 >> k_w12);
                end
                else begin
                    s2_p_3_d = s1_c12_6 | (s1_c16_7 >> k_w12);
                end
            end
            else if (s1_selb_7) begin
                s2_p_3_d = s1_c16_6 | (s1_c12_7 >> k_w16);
            end
            else begin
                s2_p_3_d = s1_c16_6 | (s1_c16_7 >> k_w16);
            end
            s2_pl_3_d = s1_w_6 + s1_w_7;
            if (s1_flag) begin
                if (s1_selb_8) begin
                    if (s1_selb_9) begin
                        s2_p_4_d = s1_c9_8 | (s1_c9_9 >> k_w9);
                    end
                    else begin
                        s2_p_4_d = s1_c9_8 | (s1_c12_9 >> k_w9);
                    end
                end
                else if (s1_selb_9) begin
                    s2_p_4_d = s1_c12_8 | (s1_c9_9 >> k_w12);
                end
                else begin
                    s2_p_4_d = s1_c12_8 | (s1_c12_9 >> k_w12);
                end
            end
            else if (s1_selb_8) begin
                if (s1_selb_9) begin
                    s2_p_4_d = s1_c12_8 | (s1_c12_9 >> k_w12);
                end
                else begin
                    s2_p_4_d = s1_c12_8 | (s1_c16_9 >> k_w12);
                end
            end
            else if (s1_selb_9) begin
                s2_p_4_d = s1_c16_8 | (s1_c12_9 >> k_w16);
            end
            else begin
                s2_p_4_d = s1_c16_8 | (s1_c16_9 >> k_w16);
            end
            s2_pl_4_d = s1_w_8 + s1_w_9;
            if (s1_flag) begin
                if (s1_selb_10) begin
                    if (s1_selb_11) begin
                        s2_p_5_d = s1_c9_10 | (s1_c9_11 >> k_w9);
                    end
                    else begin
                        s2_p_5_d = s1_c9_10 | (s1_c12_11 >> k_w9);
                    end
                end
                else if (s1_selb_11) begin
                    s2_p_5_d = s1_c12_10 | (s1_c9_11 >> k_w12);
                end
                else begin
                    s2_p_5_d = s1_c12_10 | (s1_c12_11 >> k_w12);
                end
            end
            else if (s1_selb_10) begin
                if (s1_selb_11) begin
                    s2_p_5_d = s1_c12_10 | (s1_c12_11 >> k_w12);
                end
                else begin
                    s2_p_5_d = s1_c12_10 | (s1_c16_11 >> k_w12);
                end
            end
            else if (s1_selb_11) begin
                s2_p_5_d = s1_c16_10 | (s1_c12_11 >> k_w16);
            end
            else begin
                s2_p_5_d = s1_c16_10 | (s1_c16_11 >> k_w16);
            end
            s2_pl_5_d = s1_w_10 + s1_w_11;
            if (s1_flag) begin
                if (s1_selb_12) begin
                    if (s1_selb_13) begin
                        s2_p_6_d = s1_c9_12 | (s1_c9_13 >> k_w9);
                    end
                    else begin
                        s2_p_6_d = s1_c9_12 | (s1_c12_13 >> k_w9);
                    end
                end
                else if (s1_selb_13) begin
                    s2_p_6_d = s1_c12_12 | (s1_c9_13 >> k_w12);
                end
                else begin
                    s2_p_6_d = s1_c12_12 | (s1_c12_13 >> k_w12);
                end
            end
            else if (s1_selb_12) begin
                if (s1_selb_13) begin
                    s2_p_6_d = s1_c12_12 | (s1_c12_13 >> k_w12);
                end
                else begin
                    s2_p_6_d = s1_c12_12 | (s1_c16_13 >> k_w12);
                end
            end
            else if (s1_selb_13) begin
                s2_p_6_d = s1_c16_12 | (s1_c12_13 >> k_w16);
            end
            else begin
                s2_p_6_d = s1_c16_12 | (s1_c16_13 >> k_w16);
            end
            s2_pl_6_d = s1_w_12 + s1_w_13;
            if (s1_flag) begin
                if (s1_selb_14) begin
                    if (s1_selb_15) begin
                        s2_p_7_d = s1_c9_14 | (s1_c9_15 >> k_w9);
                    end
                    else begin
                        s2_p_7_d = s1_c9_14 | (s1_c12_15 >> k_w9);
                    end
                end
                else if (s1_selb_15) begin
                    s2_p_7_d = s1_c12_14 | (s1_c9_15 >> k_w12);
                end
                else begin
                    s2_p_7_d = s1_c12_14 | (s1_c12_15 >> k_w12);
                end
            end
            else if (s1_selb_14) begin
                if (s1_selb_15) begin
                    s2_p_7_d = s1_c12_14 | (s1_c12_15 >> k_w12);
                end
                else begin
                    s2_p_7_d = s1_c12_14 | (s1_c16_15 >> k_w12);
                end
            end
            else if (s1_selb_15) begin
                s2_p_7_d = s1_c16_14 | (s1_c12_15 >> k_w16);
            end
            else begin
                s2_p_7_d = s1_c16_14 | (s1_c16_15 >> k_w16);
            end
            s2_pl_7_d = s1_w_14 + s1_w_15;
            if (s1_flag) begin
                if (s1_selb_16) begin
                    if (s1_selb_17) begin
                        s2_p_8_d = s1_c9_16 | (s1_c9_17 >> k_w9);
                    end
                    else begin
                        s2_p_8_d = s1_c9_16 | (s1_c12_17 >> k_w9);
                    end
                end
                else if (s1_selb_17) begin
                    s2_p_8_d = s1_c12_16 | (s1_c9_17 >> k_w12);
                end
                else begin
                    s2_p_8_d = s1_c12_16 | (s1_c12_17 >> k_w12);
                end
            end
            else if (s1_selb_16) begin
                if (s1_selb_17) begin
                    s2_p_8_d = s1_c12_16 | (s1_c12_17 >> k_w12);
                end
                else begin
                    s2_p_8_d = s1_c12_16 | (s1_c16_17 >> k_w12);
                end
            end
            else if (s1_selb_17) begin
                s2_p_8_d = s1_c16_16 | (s1_c12_17 >> k_w16);
            end
            else begin
                s2_p_8_d = s1_c16_16 | (s1_c16_17 >> k_w16);
            end
            s2_pl_8_d = s1_w_16 + s1_w_17;
            if (s1_flag) begin
                if (s1_selb_18) begin
                    if (s1_selb_19) begin
                        s2_p_9_d = s1_c9_18 | (s1_c9_19 >> k_w9);
                    end
                    else begin
                        s2_p_9_d = s1_c9_18 | (s1_c12_19 >> k_w9);
                    end
                end
                else if (s1_selb_19) begin
                    s2_p_9_d = s1_c12_18 | (s1_c9_19 >> k_w12);
                end
                else begin
                    s2_p_9_d = s1_c12_18 | (s1_c12_19 >> k_w12);
                end
            end
            else if (s1_selb_18) begin
                if (s1_selb_19) begin
                    s2_p_9_d = s1_c12_18 | (s1_c12_19 >> k_w12);
                end
                else begin
                    s2_p_9_d = s1_c12_18 | (s1_c16_19 >> k_w12);
                end
            end
            else if (s1_selb_19) begin
                s2_p_9_d = s1_c16_18 | (s1_c12_19 >> k_w16);
            end
            else begin
                s2_p_9_d = s1_c16_18 | (s1_c16_19 >> k_w16);
            end
            s2_pl_9_d = s1_w_18 + s1_w_19;
            if (s1_flag) begin
                if (s1_selb_20) begin
                    if (s1_selb_21) begin
                        s2_p_10_d = s1_c9_20 | (s1_c9_21 >> k_w9);
                    end
                    else begin
                        s2_p_10_d = s1_c9_20 | (s1_c12_21 >> k_w9);
                    end
                end
                else if (s1_selb_21) begin
                    s2_p_10_d = s1_c12_20 | (s1_c9_21 >> k_w12);
                end
                else begin
                    s2_p_10_d = s1_c12_20 | (s1_c12_21 >> k_w12);
                end
            end
            else if (s1_selb_20) begin
                if (s1_selb_21) begin
                    s2_p_10_d = s1_c12_20 | (s1_c12_21 >> k_w12);
                end
                else begin
                    s2_p_10_d = s1_c12_20 | (s1_c16_21 >> k_w12);
                end
            end
            else if (s1_selb_21) begin
                s2_p_10_d = s1_c16_20 | (s1_c12_21 >> k_w16);
            end
            else begin
                s2_p_10_d = s1_c16_20 | (s1_c16_21 >> k_w16);
            end
            s2_pl_10_d = s1_w_20 + s1_w_21;
            if (s1_flag) begin
                if (s1_selb_22) begin
                    if (s1_selb_23) begin
                        s2_p_11_d = s1_c9_22 | (s1_c9_23 >> k_w9);
                    end
                    else begin
                        s2_p_11_d = s1_c9_22 | (s1_c12_23 >> k_w9);
                    end
                end
                else if (s1_selb_23) begin
                    s2_p_11_d = s1_c12_22 | (s1_c9_23 >> k_w12);
                end
                else begin
                    s2_p_11_d = s1_c12_22 | (s1_c12_23 >> k_w12);
                end
            end
            else if (s1_selb_22) begin
                if (s1_selb_23) begin
                    s2_p_11_d = s1_c12_22 | (s1_c12_23 >> k_w12);
                end
                else begin
                    s2_p_11_d = s1_c12_22 | (s1_c16_23 >> k_w12);
                end
            end
            else if (s1_selb_23) begin
                s2_p_11_d = s1_c16_22 | (s1_c12_23 >> k_w16);
            end
            else begin
                s2_p_11_d = s1_c16_22 | (s1_c16_23 >> k_w16);
            end
            s2_pl_11_d = s1_w_22 + s1_w_23;
            if (s1_flag) begin
                if (s1_selb_24) begin
                    if (s1_selb_25) begin
                        s2_p_12_d = s1_c9_24 | (s1_c9_25 >> k_w9);
                    end
                    else begin
                        s2_p_12_d = s1_c9_24 | (s1_c12_25 >> k_w9);
                    end
                end
                else if (s1_selb_25) begin
                    s2_p_12_d = s1_c12_24 | (s1_c9_25 >> k_w12);
                end
                else begin
                    s2_p_12_d = s1_c12_24 | (s1_c12_25 >> k_w12);
                end
            end
            else if (s1_selb_24) begin
                if (s1_selb_25) begin
                    s2_p_12_d = s1_c12_24 | (s1_c12_25 >> k_w12);
                end
                else begin
                    s2_p_12_d = s1_c12_24 | (s1_c16_25 >> k_w12);
                end
            end
            else if (s1_selb_25) begin
                s2_p_12_d = s1_c16_24 | (s1_c12_25 >> k_w16);
            end
            else begin
                s2_p_12_d = s1_c16_24 | (s1_c16_25 >> k_w16);
            end
            s2_pl_12_d = s1_w_24 + s1_w_25;
            if (s1_flag) begin
                if (s1_selb_26) begin
                    if (s1_selb_27) begin
                        s2_p_13_d = s1_c9_26 | (s1_c9_27 >> k_w9);
                    end
                    else begin
                        s2_p_13_d = s1_c9_26 | (s1_c12_27 >> k_w9);
                    end
                end
                else if (s1_selb_27) begin
                    s2_p_13_d = s1_c12_26 | (s1_c9_27 >> k_w12);
                end
                else begin
                    s2_p_13_d = s1_c12_26 | (s1_c12_27 >> k_w12);
                end
            end
            else if (s1_selb_26) begin
                if (s1_selb_27) begin
                    s2_p_13_d = s1_c12_26 | (s1_c12_27 >> k_w12);
                end
                else begin
                    s2_p_13_d = s1_c12_26 | (s1_c16_27 >> k_w12);
                end
            end
            else if (s1_selb_27) begin
                s2_p_13_d = s1_c16_26 | (s1_c12_27 >> k_w16);
            end
            else begin
                s2_p_13_d = s1_c16_26 | (s1_c16_27 >> k_w16);
            end
            s2_pl_13_d = s1_w_26 + s1_w_27;
            if (s1_flag) begin
                if (s1_selb_28) begin
                    if (s1_selb_29) begin
                        s2_p_14_d = s1_c9_28 | (s1_c9_29 >> k_w9);
                    end
                    else begin
                        s2_p_14_d = s1_c9_28 | (s1_c12_29 >> k_w9);
                    end
                end
                else if (s1_selb_29) begin
                    s2_p_14_d = s1_c12_28 | (s1_c9_29 >> k_w12);
                end
                else begin
                    s2_p_14_d = s1_c12_28 | (s1_c12_29 >> k_w12);
                end
            end
            else if (s1_selb_28) begin
                if (s1_selb_29) begin
                    s2_p_14_d = s1_c12_28 | (s1_c12_29 >> k_w12);
                end
                else begin
                    s2_p_14_d = s1_c12_28 | (s1_c16_29 >> k_w12);
                end
            end
            else if (s1_selb_29) begin
                s2_p_14_d = s1_c16_28 | (s1_c12_29 >> k_w16);
            end
            else begin
                s2_p_14_d = s1_c16_28 | (s1_c16_29 >> k_w16);
            end
            s2_pl_14_d = s1_w_28 + s1_w_29;
            if (s1_flag) begin
                if (s1_selb_30) begin
                    if (s1_selb_31) begin
                        s2_p_15_d = s1_c9_30 | (s1_c9_31 >> k_w9);
                    end
                    else begin
                        s2_p_15_d = s1_c9_30 | (s1_c12_31 >> k_w9);
                    end
                end
                else if (s1_selb_31) begin
                    s2_p_15_d = s1_c12_30 | (s1_c9_31 >> k_w12);
                end
                else begin
                    s2_p_15_d = s1_c12_30 | (s1_c12_31 >> k_w12);
                end
            end
            else if (s1_selb_30) begin
                if (s1_selb_31) begin
                    s2_p_15_d = s1_c12_30 | (s1_c12_31 >> k_w12);
                end
                else begin
                    s2_p_15_d = s1_c12_30 | (s1_c16_31 >> k_w12);
                end
            end
            else if (s1_selb_31) begin
                s2_p_15_d = s1_c16_30 | (s1_c12_31 >> k_w16);
            end
            else begin
                s2_p_15_d = s1_c16_30 | (s1_c16_31 >> k_w16);
            end
            s2_pl_15_d = s1_w_30 + s1_w_31;
        end
        s2_qa_0 = ({{32{1'b0}}, s2_p_0_q}) << 32'h20;
        s2_qb_0 = ({{32{1'b0}}, s2_p_1_q}) << 32'h20;
        s2_qa_1 = ({{32{1'b0}}, s2_p_2_q}) << 32'h20;
        s2_qb_1 = ({{32{1'b0}}, s2_p_3_q}) << 32'h20;
        s2_qa_2 = ({{32{1'b0}}, s2_p_4_q}) << 32'h20;
        s2_qb_2 = ({{32{1'b0}}, s2_p_5_q}) << 32'h20;
        s2_qa_3 = ({{32{1'b0}}, s2_p_6_q}) << 32'h20;
        s2_qb_3 = ({{32{1'b0}}, s2_p_7_q}) << 32'h20;
        s2_qa_4 = ({{32{1'b0}}, s2_p_8_q}) << 32'h20;
        s2_qb_4 = ({{32{1'b0}}, s2_p_9_q}) << 32'h20;
        s2_qa_5 = ({{32{1'b0}}, s2_p_10_q}) << 32'h20;
        s2_qb_5 = ({{32{1'b0}}, s2_p_11_q}) << 32'h20;
        s2_qa_6 = ({{32{1'b0}}, s2_p_12_q}) << 32'h20;
        s2_qb_6 = ({{32{1'b0}}, s2_p_13_q}) << 32'h20;
        s2_qa_7 = ({{32{1'b0}}, s2_p_14_q}) << 32'h20;
        s2_qb_7 = ({{32{1'b0}}, s2_p_15_q}) << 32'h20;
        s2_qe_0 = s2_pl_0_q - k_min_1;
        s2_q_0 = s2_qa_0 | ((s2_qb_0 >> k_min_1) >> s2_qe_0[(32'h0)+:(4)]);
        s2_ql_0 = s2_pl_0_q + s2_pl_1_q;
        s2_qe_1 = s2_pl_2_q - k_min_1;
        s2_q_1 = s2_qa_1 | ((s2_qb_1 >> k_min_1) >> s2_qe_1[(32'h0)+:(4)]);
        s2_ql_1 = s2_pl_2_q + s2_pl_3_q;
        s2_qe_2 = s2_pl_4_q - k_min_1;
        s2_q_2 = s2_qa_2 | ((s2_qb_2 >> k_min_1) >> s2_qe_2[(32'h0)+:(4)]);
        s2_ql_2 = s2_pl_4_q + s2_pl_5_q;
        s2_qe_3 = s2_pl_6_q - k_min_1;
        s2_q_3 = s2_qa_3 | ((s2_qb_3 >> k_min_1) >> s2_qe_3[(32'h0)+:(4)]);
        s2_ql_3 = s2_pl_6_q + s2_pl_7_q;
        s2_qe_4 = s2_pl_8_q - k_min_1;
        s2_q_4 = s2_qa_4 | ((s2_qb_4 >> k_min_1) >> s2_qe_4[(32'h0)+:(4)]);
        s2_ql_4 = s2_pl_8_q + s2_pl_9_q;
        s2_qe_5 = s2_pl_10_q - k_min_1;
        s2_q_5 = s2_qa_5 | ((s2_qb_5 >> k_min_1) >> s2_qe_5[(32'h0)+:(4)]);
        s2_ql_5 = s2_pl_10_q + s2_pl_11_q;
        s2_qe_6 = s2_pl_12_q - k_min_1;
        s2_q_6 = s2_qa_6 | ((s2_qb_6 >> k_min_1) >> s2_qe_6[(32'h0)+:(4)]);
        s2_ql_6 = s2_pl_12_q + s2_pl_13_q;
        s2_qe_7 = s2_pl_14_q - k_min_1;
        s2_q_7 = s2_qa_7 | ((s2_qb_7 >> k_min_1) >> s2_qe_7[(32'h0)+:(4)]);
        s2_ql_7 = s2_pl_14_q + s2_pl_15_q;
        s2_oa_0 = ({{64{1'b0}}, s2_q_0}) << 32'h40;
        s2_ob_0 = ({{64{1'b0}}, s2_q_1}) << 32'h40;
        s2_oa_1 = ({{64{1'b0}}, s2_q_2}) << 32'h40;
        s2_ob_1 = ({{64{1'b0}}, s2_q_3}) << 32'h40;
        s2_oa_2 = ({{64{1'b0}}, s2_q_4}) << 32'h40;
        s2_ob_2 = ({{64{1'b0}}, s2_q_5}) << 32'h40;
        s2_oa_3 = ({{64{1'b0}}, s2_q_6}) << 32'h40;
        s2_ob_3 = ({{64{1'b0}}, s2_q_7}) << 32'h40;
        s2_oe_0 = s2_ql_0 - k_min_2;
        s2_oe_1 = s2_ql_2 - k_min_2;
        s2_oe_2 = s2_ql_4 - k_min_2;
        s2_oe_3 = s2_ql_6 - k_min_2;
        if (en3) begin
            s3_valid_d = s2_valid_q;
            s3_last_d = s2_last_q;
            s3_flag_d = s2_flag_q;
            s3_sel_d = s2_sel_q;
            s3_o_0_d = s2_oa_0 | ((s2_ob_0 >> k_min_2) >> s2_oe_0[(32'h0)+:(5)]);
            s3_ol_0_d = s2_ql_0 + s2_ql_1;
            s3_o_1_d = s2_oa_1 | ((s2_ob_1 >> k_min_2) >> s2_oe_1[(32'h0)+:(5)]);
            s3_ol_1_d = s2_ql_2 + s2_ql_3;
            s3_o_2_d = s2_oa_2 | ((s2_ob_2 >> k_min_2) >> s2_oe_2[(32'h0)+:(5)]);
            s3_ol_2_d = s2_ql_4 + s2_ql_5;
            s3_o_3_d = s2_oa_3 | ((s2_ob_3 >> k_min_2) >> s2_oe_3[(32'h0)+:(5)]);
            s3_ol_3_d = s2_ql_6 + s2_ql_7;
        end
        s3_ha_0 = ({{128{1'b0}}, s3_o_0_q}) << 32'h80;
        s3_hb_0 = ({{128{1'b0}}, s3_o_1_q}) << 32'h80;
        s3_ha_1 = ({{128{1'b0}}, s3_o_2_q}) << 32'h80;
        s3_hb_1 = ({{128{1'b0}}, s3_o_3_q}) << 32'h80;
        s3_he_0 = s3_ol_0_q - k_min_3;
        s3_h_0 = s3_ha_0 | ((s3_hb_0 >> k_min_3) >> s3_he_0[(32'h0)+:(6)]);
        s3_hl_0 = s3_ol_0_q + s3_ol_1_q;
        s3_he_1 = s3_ol_2_q - k_min_3;
        s3_h_1 = s3_ha_1 | ((s3_hb_1 >> k_min_3) >> s3_he_1[(32'h0)+:(6)]);
        s3_hl_1 = s3_ol_2_q + s3_ol_3_q;
        s3_ca = ({{256{1'b0}}, s3_h_0}) << 32'h100;
        s3_cb = ({{256{1'b0}}, s3_h_1}) << 32'h100;
        s3_cl = s3_hl_0 + s3_hl_1 + k_meta;
        if (s3_flag_q) begin
            s3_rs = (({{513{1'b0}}, s3_sel_q}) << 32'h200) | k_flag;
        end
        else begin
            s3_rs = ({{513{1'b0}}, s3_sel_q}) << 32'h200;
        end
        s3_ce = s3_hl_0 - k_min_4;
        s3_c = s3_ca | ((s3_cb >> k_min_4) >> s3_ce[(32'h0)+:(7)]);
        s3_rc = ({{33{1'b0}}, s3_c});
        if (en4) begin
            s4_valid_d = s3_valid_q;
            s4_last_d = s3_last_q;
            s4_rec_d = s3_rs | s3_rc;
            s4_len_d = s3_cl;
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
        s1_ok_q <= s1_ok_d;
        s1_eq5_q <= s1_eq5_d;
        s2_flag_q <= s2_flag_d;
        s2_sel_q <= s2_sel_d;
        s2_p_0_q <= s2_p_0_d;
        s2_p_1_q <= s2_p_1_d;
        s2_p_2_q <= s2_p_2_d;
        s2_p_3_q <= s2_p_3_d;
        s2_p_4_q <= s2_p_4_d;
        s2_p_5_q <= s2_p_5_d;
        s2_p_6_q <= s2_p_6_d;
        s2_p_7_q <= s2_p_7_d;
        s2_p_8_q <= s2_p_8_d;
        s2_p_9_q <= s2_p_9_d;
        s2_p_10_q <= s2_p_10_d;
        s2_p_11_q <= s2_p_11_d;
        s2_p_12_q <= s2_p_12_d;
        s2_p_13_q <= s2_p_13_d;
        s2_p_14_q <= s2_p_14_d;
        s2_p_15_q <= s2_p_15_d;
        s2_pl_0_q <= s2_pl_0_d;
        s2_pl_1_q <= s2_pl_1_d;
        s2_pl_2_q <= s2_pl_2_d;
        s2_pl_3_q <= s2_pl_3_d;
        s2_pl_4_q <= s2_pl_4_d;
        s2_pl_5_q <= s2_pl_5_d;
        s2_pl_6_q <= s2_pl_6_d;
        s2_pl_7_q <= s2_pl_7_d;
        s2_pl_8_q <= s2_pl_8_d;
        s2_pl_9_q <= s2_pl_9_d;
        s2_pl_10_q <= s2_pl_10_d;
        s2_pl_11_q <= s2_pl_11_d;
        s2_pl_12_q <= s2_pl_12_d;
        s2_pl_13_q <= s2_pl_13_d;
        s2_pl_14_q <= s2_pl_14_d;
        s2_pl_15_q <= s2_pl_15_d;
        s3_flag_q <= s3_flag_d;
        s3_sel_q <= s3_sel_d;
        s3_o_0_q <= s3_o_0_d;
        s3_o_1_q <= s3_o_1_d;
        s3_o_2_q <= s3_o_2_d;
        s3_o_3_q <= s3_o_3_d;
        s3_ol_0_q <= s3_ol_0_d;
        s3_ol_1_q <= s3_ol_1_d;
        s3_ol_2_q <= s3_ol_2_d;
        s3_ol_3_q <= s3_ol_3_d;
        s4_rec_q <= s4_rec_d;
        s4_len_q <= s4_len_d;
    end

endmodule // xnc_compressor

`default_nettype wire

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

module xnc_decompressor (
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
);

    // Constant declarations
    localparam  k_w9 = 10'b1001;
    localparam  k_w12 = 10'b1100;
    localparam  k_w16 = 10'b10000;
    localparam  k_m9 = 16'h7f80;
    localparam  k_m12 = 16'h7ff0;
    localparam  k_top9 = 16'hf800;
    localparam  k_top12 = 16'hc000;
    localparam  k_not = 16'h7800;
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
    reg  s1_last_d;
    reg  s1_last_q;
    reg  s2_last_d;
    reg  s2_last_q;
    reg  s3_last_d;
    reg  s3_last_q;
    reg  [32:0] s1_hdr_d;
    reg  [32:0] s1_hdr_q;
    reg  [127:0] s1_o_0_d;
    reg  [127:0] s1_o_0_q;
    reg  [127:0] s1_o_1_d;
    reg  [127:0] s1_o_1_q;
    reg  [127:0] s1_o_2_d;
    reg  [127:0] s1_o_2_q;
    reg  [127:0] s1_o_3_d;
    reg  [127:0] s1_o_3_q;
    reg  [32:0] s2_hdr_d;
    reg  [32:0] s2_hdr_q;
    reg  [15:0] s2_c_0_d;
    reg  [15:0] s2_c_0_q;
    reg  [15:0] s2_c_1_d;
    reg  [15:0] s2_c_1_q;
    reg  [15:0] s2_c_2_d;
    reg  [15:0] s2_c_2_q;
    reg  [15:0] s2_c_3_d;
    reg  [15:0] s2_c_3_q;
    reg  [15:0] s2_c_4_d;
    reg  [15:0] s2_c_4_q;
    reg  [15:0] s2_c_5_d;
    reg  [15:0] s2_c_5_q;
    reg  [15:0] s2_c_6_d;
    reg  [15:0] s2_c_6_q;
    reg  [15:0] s2_c_7_d;
    reg  [15:0] s2_c_7_q;
    reg  [15:0] s2_c_8_d;
    reg  [15:0] s2_c_8_q;
    reg  [15:0] s2_c_9_d;
    reg  [15:0] s2_c_9_q;
    reg  [15:0] s2_c_10_d;
    reg  [15:0] s2_c_10_q;
    reg  [15:0] s2_c_11_d;
    reg  [15:0] s2_c_11_q;
    reg  [15:0] s2_c_12_d;
    reg  [15:0] s2_c_12_q;
    reg  [15:0] s2_c_13_d;
    reg  [15:0] s2_c_13_q;
    reg  [15:0] s2_c_14_d;
    reg  [15:0] s2_c_14_q;
    reg  [15:0] s2_c_15_d;
    reg  [15:0] s2_c_15_q;
    reg  [15:0] s2_c_16_d;
    reg  [15:0] s2_c_16_q;
    reg  [15:0] s2_c_17_d;
    reg  [15:0] s2_c_17_q;
    reg  [15:0] s2_c_18_d;
    reg  [15:0] s2_c_18_q;
    reg  [15:0] s2_c_19_d;
    reg  [15:0] s2_c_19_q;
    reg  [15:0] s2_c_20_d;
    reg  [15:0] s2_c_20_q;
    reg  [15:0] s2_c_21_d;
    reg  [15:0] s2_c_21_q;
    reg  [15:0] s2_c_22_d;
    reg  [15:0] s2_c_22_q;
    reg  [15:0] s2_c_23_d;
    reg  [15:0] s2_c_23_q;
    reg  [15:0] s2_c_24_d;
    reg  [15:0] s2_c_24_q;
    reg  [15:0] s2_c_25_d;
    reg  [15:0] s2_c_25_q;
    reg  [15:0] s2_c_26_d;
    reg  [15:0] s2_c_26_q;
    reg  [15:0] s2_c_27_d;
    reg  [15:0] s2_c_27_q;
    reg  [15:0] s2_c_28_d;
    reg  [15:0] s2_c_28_q;
    reg  [15:0] s2_c_29_d;
    reg  [15:0] s2_c_29_q;
    reg  [15:0] s2_c_30_d;
    reg  [15:0] s2_c_30_q;
    reg  [15:0] s2_c_31_d;
    reg  [15:0] s2_c_31_q;
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
    reg  [9:0] s0_w_0;
    reg  [9:0] s0_w_1;
    reg  [9:0] s0_w_2;
    reg  [9:0] s0_w_3;
    reg  [9:0] s0_w_4;
    reg  [9:0] s0_w_5;
    reg  [9:0] s0_w_6;
    reg  [9:0] s0_w_7;
    reg  [9:0] s0_w_8;
    reg  [9:0] s0_w_9;
    reg  [9:0] s0_w_10;
    reg  [9:0] s0_w_11;
    reg  [9:0] s0_w_12;
    reg  [9:0] s0_w_13;
    reg  [9:0] s0_w_14;
    reg  [9:0] s0_w_15;
    reg  [9:0] s0_w_16;
    reg  [9:0] s0_w_17;
    reg  [9:0] s0_w_18;
    reg  [9:0] s0_w_19;
    reg  [9:0] s0_w_20;
    reg  [9:0] s0_w_21;
    reg  [9:0] s0_w_22;
    reg  [9:0] s0_w_23;
    reg  [9:0] s0_pl_0;
    reg  [9:0] s0_pl_1;
    reg  [9:0] s0_pl_2;
    reg  [9:0] s0_pl_3;
    reg  [9:0] s0_pl_4;
    reg  [9:0] s0_pl_5;
    reg  [9:0] s0_pl_6;
    reg  [9:0] s0_pl_7;
    reg  [9:0] s0_pl_8;
    reg  [9:0] s0_pl_9;
    reg  [9:0] s0_pl_10;
    reg  [9:0] s0_pl_11;
    reg  [9:0] s0_ql_0;
    reg  [9:0] s0_ql_1;
    reg  [9:0] s0_ql_2;
    reg  [9:0] s0_ql_3;
    reg  [9:0] s0_ql_4;
    reg  [9:0] s0_ql_5;
    reg  [9:0] s0_ol_0;
    reg  [9:0] s0_ol_1;
    reg  [9:0] s0_ol_2;
    reg  [9:0] s0_hl;
    reg  [511:0] s0_c;
    reg  [511:0] s0_cs;
    reg  [255:0] s0_h_0;
    reg  [255:0] s0_h_1;
    reg  [255:0] s0_hs_0;
    reg  [255:0] s0_hs_1;
    reg  [9:0] s0_ce;
    reg  [9:0] s0_he_0;
    reg  [9:0] s0_he_1;
    reg  [9:0] s1_we_0;
    reg  [9:0] s1_we_1;
    reg  [9:0] s1_we_2;
    reg  [9:0] s1_we_3;
    reg  [9:0] s1_we_4;
    reg  [9:0] s1_we_5;
    reg  [9:0] s1_we_6;
    reg  [9:0] s1_we_7;
    reg  [9:0] s1_we_8;
    reg  [9:0] s1_we_9;
    reg  [9:0] s1_we_10;
    reg  [9:0] s1_we_11;
    reg  [9:0] s1_we_12;
    reg  [9:0] s1_we_13;
    reg  [9:0] s1_we_14;
    reg  [9:0] s1_we_15;
    reg  [9:0] s1_w1_0;
    reg  [9:0] s1_w1_1;
    reg  [9:0] s1_w1_2;
    reg  [9:0] s1_w1_3;
    reg  [9:0] s1_w1_4;
    reg  [9:0] s1_w1_5;
    reg  [9:0] s1_w1_6;
    reg  [9:0] s1_w1_7;
    reg  [9:0] s1_w3_0;
    reg  [9:0] s1_w3_1;
    reg  [9:0] s1_w3_2;
    reg  [9:0] s1_w3_3;
    reg  [9:0] s1_ple_0;
    reg  [9:0] s1_ple_1;
    reg  [9:0] s1_ple_2;
    reg  [9:0] s1_ple_3;
    reg  [9:0] s1_ple_4;
    reg  [9:0] s1_ple_5;
    reg  [9:0] s1_ple_6;
    reg  [9:0] s1_ple_7;
    reg  [9:0] s1_plo_0;
    reg  [9:0] s1_plo_1;
    reg  [9:0] s1_plo_2;
    reg  [9:0] s1_plo_3;
    reg  [9:0] s1_ql_0;
    reg  [9:0] s1_ql_1;
    reg  [9:0] s1_ql_2;
    reg  [9:0] s1_ql_3;
    reg  [127:0] s1_os_0;
    reg  [127:0] s1_os_1;
    reg  [127:0] s1_os_2;
    reg  [127:0] s1_os_3;
    reg  [63:0] s1_q_0;
    reg  [63:0] s1_q_1;
    reg  [63:0] s1_q_2;
    reg  [63:0] s1_q_3;
    reg  [63:0] s1_q_4;
    reg  [63:0] s1_q_5;
    reg  [63:0] s1_q_6;
    reg  [63:0] s1_q_7;
    reg  [63:0] s1_qs_0;
    reg  [63:0] s1_qs_1;
    reg  [63:0] s1_qs_2;
    reg  [63:0] s1_qs_3;
    reg  [63:0] s1_qs_4;
    reg  [63:0] s1_qs_5;
    reg  [63:0] s1_qs_6;
    reg  [63:0] s1_qs_7;
    reg  [31:0] s1_p_0;
    reg  [31:0] s1_p_1;
    reg  [31:0] s1_p_2;
    reg  [31:0] s1_p_3;
    reg  [31:0] s1_p_4;
    reg  [31:0] s1_p_5;
    reg  [31:0] s1_p_6;
    reg  [31:0] s1_p_7;
    reg  [31:0] s1_p_8;
    reg  [31:0] s1_p_9;
    reg  [31:0] s1_p_10;
    reg  [31:0] s1_p_11;
    reg  [31:0] s1_p_12;
    reg  [31:0] s1_p_13;
    reg  [31:0] s1_p_14;
    reg  [31:0] s1_p_15;
    reg  [31:0] s1_ps_0;
    reg  [31:0] s1_ps_1;
    reg  [31:0] s1_ps_2;
    reg  [31:0] s1_ps_3;
    reg  [31:0] s1_ps_4;
    reg  [31:0] s1_ps_5;
    reg  [31:0] s1_ps_6;
    reg  [31:0] s1_ps_7;
    reg  [31:0] s1_ps_8;
    reg  [31:0] s1_ps_9;
    reg  [31:0] s1_ps_10;
    reg  [31:0] s1_ps_11;
    reg  [31:0] s1_ps_12;
    reg  [31:0] s1_ps_13;
    reg  [31:0] s1_ps_14;
    reg  [31:0] s1_ps_15;
    reg  [9:0] s1_oe_0;
    reg  [9:0] s1_oe_1;
    reg  [9:0] s1_oe_2;
    reg  [9:0] s1_oe_3;
    reg  [9:0] s1_qe_0;
    reg  [9:0] s1_qe_1;
    reg  [9:0] s1_qe_2;
    reg  [9:0] s1_qe_3;
    reg  [9:0] s1_qe_4;
    reg  [9:0] s1_qe_5;
    reg  [9:0] s1_qe_6;
    reg  [9:0] s1_qe_7;
    reg  [15:0] s2_t_0;
    reg  [15:0] s2_t_1;
    reg  [15:0] s2_t_2;
    reg  [15:0] s2_t_3;
    reg  [15:0] s2_t_4;
    reg  [15:0] s2_t_5;
    reg  [15:0] s2_t_6;
    reg  [15:0] s2_t_7;
    reg  [15:0] s2_t_8;
    reg  [15:0] s2_t_9;
    reg  [15:0] s2_t_10;
    reg  [15:0] s2_t_11;
    reg  [15:0] s2_t_12;
    reg  [15:0] s2_t_13;
    reg  [15:0] s2_t_14;
    reg  [15:0] s2_t_15;
    reg  [15:0] s2_t_16;
    reg  [15:0] s2_t_17;
    reg  [15:0] s2_t_18;
    reg  [15:0] s2_t_19;
    reg  [15:0] s2_t_20;
    reg  [15:0] s2_t_21;
    reg  [15:0] s2_t_22;
    reg  [15:0] s2_t_23;
    reg  [15:0] s2_t_24;
    reg  [15:0] s2_t_25;
    reg  [15:0] s2_t_26;
    reg  [15:0] s2_t_27;
    reg  [15:0] s2_t_28;
    reg  [15:0] s2_t_29;
    reg  [15:0] s2_t_30;
    reg  [15:0] s2_t_31;
    reg  [15:0] s2_d_0;
    reg  [15:0] s2_d_1;
    reg  [15:0] s2_d_2;
    reg  [15:0] s2_d_3;
    reg  [15:0] s2_d_4;
    reg  [15:0] s2_d_5;
    reg  [15:0] s2_d_6;
    reg  [15:0] s2_d_7;
    reg  [15:0] s2_d_8;
    reg  [15:0] s2_d_9;
    reg  [15:0] s2_d_10;
    reg  [15:0] s2_d_11;
    reg  [15:0] s2_d_12;
    reg  [15:0] s2_d_13;
    reg  [15:0] s2_d_14;
    reg  [15:0] s2_d_15;
    reg  [15:0] s2_d_16;
    reg  [15:0] s2_d_17;
    reg  [15:0] s2_d_18;
    reg  [15:0] s2_d_19;
    reg  [15:0] s2_d_20;
    reg  [15:0] s2_d_21;
    reg  [15:0] s2_d_22;
    reg  [15:0] s2_d_23;
    reg  [15:0] s2_d_24;
    reg  [15:0] s2_d_25;
    reg  [15:0] s2_d_26;
    reg  [15:0] s2_d_27;
    reg  [15:0] s2_d_28;
    reg  [15:0] s2_d_29;
    reg  [15:0] s2_d_30;
    reg  [15:0] s2_d_31;
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
        s2_hdr_d = s2_hdr_q;
        s1_o_0_d = s1_o_0_q;
        s1_o_1_d = s1_o_1_q;
        s1_o_2_d = s1_o_2_q;
        s1_o_3_d = s1_o_3_q;
        s2_c_0_d = s2_c_0_q;
        s3_x_0_d = s3_x_0_q;
        s2_c_1_d = s2_c_1_q;
        s3_x_1_d = s3_x_1_q;
        s2_c_2_d = s2_c_2_q;
        s3_x_2_d = s3_x_2_q;
        s2_c_3_d = s2_c_3_q;
        s3_x_3_d = s3_x_3_q;
        s2_c_4_d = s2_c_4_q;
        s3_x_4_d = s3_x_4_q;
        s2_c_5_d = s2_c_5_q;
        s3_x_5_d = s3_x_5_q;
        s2_c_6_d = s2_c_6_q;
        s3_x_6_d = s3_x_6_q;
        s2_c_7_d = s2_c_7_q;
        s3_x_7_d = s3_x_7_q;
        s2_c_8_d = s2_c_8_q;
        s3_x_8_d = s3_x_8_q;
        s2_c_9_d = s2_c_9_q;
        s3_x_9_d = s3_x_9_q;
        s2_c_10_d = s2_c_10_q;
        s3_x_10_d = s3_x_10_q;
        s2_c_11_d = s2_c_11_q;
        s3_x_11_d = s3_x_11_q;
        s2_c_12_d = s2_c_12_q;
        s3_x_12_d = s3_x_12_q;
        s2_c_13_d = s2_c_13_q;
        s3_x_13_d = s3_x_13_q;
        s2_c_14_d = s2_c_14_q;
        s3_x_14_d = s3_x_14_q;
        s2_c_15_d = s2_c_15_q;
        s3_x_15_d = s3_x_15_q;
        s2_c_16_d = s2_c_16_q;
        s3_x_16_d = s3_x_16_q;
        s2_c_17_d = s2_c_17_q;
        s3_x_17_d = s3_x_17_q;
        s2_c_18_d = s2_c_18_q;
        s3_x_18_d = s3_x_18_q;
        s2_c_19_d = s2_c_19_q;
        s3_x_19_d = s3_x_19_q;
        s2_c_20_d = s2_c_20_q;
        s3_x_20_d = s3_x_20_q;
        s2_c_21_d = s2_c_21_q;
        s3_x_21_d = s3_x_21_q;
        s2_c_22_d = s2_c_22_q;
        s3_x_22_d = s3_x_22_q;
        s2_c_23_d = s2_c_23_q;
        s3_x_23_d = s3_x_23_q;
        s2_c_24_d = s2_c_24_q;
        s3_x_24_d = s3_x_24_q;
        s2_c_25_d = s2_c_25_q;
        s3_x_25_d = s3_x_25_q;
        s2_c_26_d = s2_c_26_q;
        s3_x_26_d = s3_x_26_q;
        s2_c_27_d = s2_c_27_q;
        s3_x_27_d = s3_x_27_q;
        s2_c_28_d = s2_c_28_q;
        s3_x_28_d = s3_x_28_q;
        s2_c_29_d = s2_c_29_q;
        s3_x_29_d = s3_x_29_q;
        s2_c_30_d = s2_c_30_q;
        s3_x_30_d = s3_x_30_q;
        s2_c_31_d = s2_c_31_q;
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
        if (s0_hdr[32'h20]) begin
            if (s0_hdr[32'h1f - 0]) begin
                s0_w_0 = k_w9;
            end
            else begin
                s0_w_0 = k_w12;
            end
        end
        else if (s0_hdr[32'h1f - 0]) begin
            s0_w_0 = k_w12;
        end
        else begin
            s0_w_0 = k_w16;
        end
        if (s0_hdr[32'h20]) begin
            if (s0_hdr[32'h1f - 1]) begin
                s0_w_1 = k_w9;
            end
            else begin
                s0_w_1 = k_w12;
            end
        end
        else if (s0_hdr[32'h1f - 1]) begin
            s0_w_1 = k_w12;
        end
        else begin
            s0_w_1 = k_w16;
        end
        if (s0_hdr[32'h20]) begin
            if (s0_hdr[32'h1f - 2]) begin
                s0_w_2 = k_w9;
            end
            else begin
                s0_w_2 = k_w12;
            end
        end
        else if (s0_hdr[32'h1f - 2]) begin
            s0_w_2 = k_w12;
        end
        else begin
            s0_w_2 = k_w16;
        end
        if (s0_hdr[32'h20]) begin
            if (s0_hdr[32'h1f - 3]) begin
                s0_w_3 = k_w9;
            end
            else begin
                s0_w_3 = k_w12;
            end
        end
        else if (s0_hdr[32'h1f - 3]) begin
            s0_w_3 = k_w12;
        end
        else begin
            s0_w_3 = k_w16;
        end
        if (s0_hdr[32'h20]) begin
            if (s0_hdr[32'h1f - 4]) begin
                s0_w_4 = k_w9;
            end
            else begin
                s0_w_4 = k_w12;
            end
        end
        else if (s0_hdr[32'h1f - 4]) begin
            s0_w_4 = k_w12;
        end
        else begin
            s0_w_4 = k_w16;
        end
        if (s0_hdr[32'h20]) begin
            if (s0_hdr[32'h1f - 5]) begin
                s0_w_5 = k_w9;
            end
            else begin
                s0_w_5 = k_w12;
            end
        end
        else if (s0_hdr[32'h1f - 5]) begin
            s0_w_5 = k_w12;
        end
        else begin
            s0_w_5 = k_w16;
        end
        if (s0_hdr[32'h20]) begin
            if (s0_hdr[32'h1f - 6]) begin
                s0_w_6 = k_w9;
            end
            else begin
                s0_w_6 = k_w12;
            end
        end
        else if (s0_hdr[32'h1f - 6]) begin
            s0_w_6 = k_w12;
        end
        else begin
            s0_w_6 = k_w16;
        end
        if (s0_hdr[32'h20]) begin
            if (s0_hdr[32'h1f - 7]) begin
                s0_w_7 = k_w9;
            end
            else begin
                s0_w_7 = k_w12;
            end
        end
        else if (s0_hdr[32'h1f - 7]) begin
            s0_w_7 = k_w12;
        end
        else begin
            s0_w_7 = k_w16;
        end
        if (s0_hdr[32'h20]) begin
            if (s0_hdr[32'h1f - 8]) begin
                s0_w_8 = k_w9;
            end
            else begin
                s0_w_8 = k_w12;
            end
        end
        else if (s0_hdr[32'h1f - 8]) begin
            s0_w_8 = k_w12;
        end
        else begin
            s0_w_8 = k_w16;
        end
        if (s0_hdr[32'h20]) begin
            if (s0_hdr[32'h1f - 9]) begin
                s0_w_9 = k_w9;
            end
            else begin
                s0_w_9 = k_w12;
            end
        end
        else if (s0_hdr[32'h1f - 9]) begin
            s0_w_9 = k_w12;
        end
        else begin
            s0_w_9 = k_w16;
        end
        if (s0_hdr[32'h20]) begin
            if (s0_hdr[32'h1f - 10]) begin
                s0_w_10 = k_w9;
            end
            else begin
                s0_w_10 = k_w12;
            end
        end
        else if (s0_hdr[32'h1f - 10]) begin
            s0_w_10 = k_w12;
        end
        else begin
            s0_w_10 = k_w16;
        end
        if (s0_hdr[32'h20]) begin
            if (s0_hdr[32'h1f - 11]) begin
                s0_w_11 = k_w9;
            end
            else begin
                s0_w_11 = k_w12;
            end
        end
        else if (s0_hdr[32'h1f - 11]) begin
            s0_w_11 = k_w12;
        end
        else begin
            s0_w_11 = k_w16;
        end
        if (s0_hdr[32'h20]) begin
            if (s0_hdr[32'h1f - 12]) begin
                s0_w_12 = k_w9;
            end
            else begin
                s0_w_12 = k_w12;
            end
        end
        else if (s0_hdr[32'h1f - 12]) begin
            s0_w_12 = k_w12;
        end
        else begin
            s0_w_12 = k_w16;
        end
        if (s0_hdr[32'h20]) begin
            if (s0_hdr[32'h1f - 13]) begin
                s0_w_13 = k_w9;
            end
            else begin
                s0_w_13 = k_w12;
            end
        end
        else if (s0_hdr[32'h1f - 13]) begin
            s0_w_13 = k_w12;
        end
        else begin
            s0_w_13 = k_w16;
        end
        if (s0_hdr[32'h20]) begin
            if (s0_hdr[32'h1f - 14]) begin
                s0_w_14 = k_w9;
            end
            else begin
                s0_w_14 = k_w12;
            end
        end
        else if (s0_hdr[32'h1f - 14]) begin
            s0_w_14 = k_w12;
        end
        else begin
            s0_w_14 = k_w16;
        end
        if (s0_hdr[32'h20]) begin
            if (s0_hdr[32'h1f - 15]) begin
                s0_w_15 = k_w9;
            end
            else begin
                s0_w_15 = k_w12;
            end
        end
        else if (s0_hdr[32'h1f - 15]) begin
            s0_w_15 = k_w12;
        end
        else begin
            s0_w_15 = k_w16;
        end
        if (s0_hdr[32'h20]) begin
            if (s0_hdr[32'h1f - 16]) begin
                s0_w_16 = k_w9;
            end
            else begin
                s0_w_16 = k_w12;
            end
        end
        else if (s0_hdr[32'h1f - 16]) begin
            s0_w_16 = k_w12;
        end
        else begin
            s0_w_16 = k_w16;
        end
        if (s0_hdr[32'h20]) begin
            if (s0_hdr[32'h1f - 17]) begin
                s0_w_17 = k_w9;
            end
            else begin
                s0_w_17 = k_w12;
            end
        end
        else if (s0_hdr[32'h1f - 17]) begin
            s0_w_17 = k_w12;
        end
        else begin
            s0_w_17 = k_w16;
        end
        if (s0_hdr[32'h20]) begin
            if (s0_hdr[32'h1f - 18]) begin
                s0_w_18 = k_w9;
            end
            else begin
                s0_w_18 = k_w12;
            end
        end
        else if (s0_hdr[32'h1f - 18]) begin
            s0_w_18 = k_w12;
        end
        else begin
            s0_w_18 = k_w16;
        end
        if (s0_hdr[32'h20]) begin
            if (s0_hdr[32'h1f - 19]) begin
                s0_w_19 = k_w9;
            end
            else begin
                s0_w_19 = k_w12;
            end
        end
        else if (s0_hdr[32'h1f - 19]) begin
            s0_w_19 = k_w12;
        end
        else begin
            s0_w_19 = k_w16;
        end
        if (s0_hdr[32'h20]) begin
            if (s0_hdr[32'h1f - 20]) begin
                s0_w_20 = k_w9;
            end
            else begin
                s0_w_20 = k_w12;
            end
        end
        else if (s0_hdr[32'h1f - 20]) begin
            s0_w_20 = k_w12;
        end
        else begin
            s0_w_20 = k_w16;
        end
        if (s0_hdr[32'h20]) begin
            if (s0_hdr[32'h1f - 21]) begin
                s0_w_21 = k_w9;
            end
            else begin
                s0_w_21 = k_w12;
            end
        end
        else if (s0_hdr[32'h1f - 21]) begin
            s0_w_21 = k_w12;
        end
        else begin
            s0_w_21 = k_w16;
        end
        if (s0_hdr[32'h20]) begin
            if (s0_hdr[32'h1f - 22]) begin
                s0_w_22 = k_w9;
            end
            else begin
                s0_w_22 = k_w12;
            end
        end
        else if (s0_hdr[32'h1f - 22]) begin
            s0_w_22 = k_w12;
        end
        else begin
            s0_w_22 = k_w16;
        end
        if (s0_hdr[32'h20]) begin
            if (s0_hdr[32'h1f - 23]) begin
                s0_w_23 = k_w9;
            end
            else begin
                s0_w_23 = k_w12;
            end
        end
        else if (s0_hdr[32'h1f - 23]) begin
            s0_w_23 = k_w12;
        end
        else begin
            s0_w_23 = k_w16;
        end
        s0_pl_0 = s0_w_0 + s0_w_1;
        s0_pl_1 = s0_w_2 + s0_w_3;
        s0_pl_2 = s0_w_4 + s0_w_5;
        s0_pl_3 = s0_w_6 + s0_w_7;
        s0_pl_4 = s0_w_8 + s0_w_9;
        s0_pl_5 = s0_w_10 + s0_w_11;
        s0_pl_6 = s0_w_12 + s0_w_13;
        s0_pl_7 = s0_w_14 + s0_w_15;
        s0_pl_8 = s0_w_16 + s0_w_17;
        s0_pl_9 = s0_w_18 + s0_w_19;
        s0_pl_10 = s0_w_20 + s0_w_21;
        s0_pl_11 = s0_w_22 + s0_w_23;
        s0_ql_0 = s0_pl_0 + s0_pl_1;
        s0_ql_1 = s0_pl_2 + s0_pl_3;
        s0_ql_2 = s0_pl_4 + s0_pl_5;
        s0_ql_3 = s0_pl_6 + s0_pl_7;
        s0_ql_4 = s0_pl_8 + s0_pl_9;
        s0_ql_5 = s0_pl_10 + s0_pl_11;
        s0_ol_0 = s0_ql_0 + s0_ql_1;
        s0_ol_1 = s0_ql_2 + s0_ql_3;
        s0_ol_2 = s0_ql_4 + s0_ql_5;
        s0_hl = s0_ol_0 + s0_ol_1;
        s0_c = s_axis_tdata[(32'h7)+:(512)];
        s0_ce = s0_hl - k_min_4;
        s0_cs = (s0_c << k_min_4) << s0_ce[(32'h0)+:(7)];
        s0_h_0 = s0_c[(32'h100)+:(256)];
        s0_h_1 = s0_cs[(32'h100)+:(256)];
        s0_he_0 = s0_ol_0 - k_min_3;
        s0_hs_0 = (s0_h_0 << k_min_3) << s0_he_0[(32'h0)+:(6)];
        s0_he_1 = s0_ol_2 - k_min_3;
        s0_hs_1 = (s0_h_1 << k_min_3) << s0_he_1[(32'h0)+:(6)];
        if (en1) begin
            s1_valid_d = s_axis_tvalid & aresetn;
            s1_last_d = s_axis_tlast;
            s1_hdr_d = s0_hdr;
            s1_o_0_d = s0_h_0[(32'h80)+:(128)];
            s1_o_1_d = s0_hs_0[(32'h80)+:(128)];
            s1_o_2_d = s0_h_1[(32'h80)+:(128)];
            s1_o_3_d = s0_hs_1[(32'h80)+:(128)];
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h2 * 0)]) begin
                s1_we_0 = k_w9;
            end
            else begin
                s1_we_0 = k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h2 * 0)]) begin
            s1_we_0 = k_w12;
        end
        else begin
            s1_we_0 = k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h2 * 1)]) begin
                s1_we_1 = k_w9;
            end
            else begin
                s1_we_1 = k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h2 * 1)]) begin
            s1_we_1 = k_w12;
        end
        else begin
            s1_we_1 = k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h2 * 2)]) begin
                s1_we_2 = k_w9;
            end
            else begin
                s1_we_2 = k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h2 * 2)]) begin
            s1_we_2 = k_w12;
        end
        else begin
            s1_we_2 = k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h2 * 3)]) begin
                s1_we_3 = k_w9;
            end
            else begin
                s1_we_3 = k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h2 * 3)]) begin
            s1_we_3 = k_w12;
        end
        else begin
            s1_we_3 = k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h2 * 4)]) begin
                s1_we_4 = k_w9;
            end
            else begin
                s1_we_4 = k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h2 * 4)]) begin
            s1_we_4 = k_w12;
        end
        else begin
            s1_we_4 = k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h2 * 5)]) begin
                s1_we_5 = k_w9;
            end
            else begin
                s1_we_5 = k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h2 * 5)]) begin
            s1_we_5 = k_w12;
        end
        else begin
            s1_we_5 = k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h2 * 6)]) begin
                s1_we_6 = k_w9;
            end
            else begin
                s1_we_6 = k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h2 * 6)]) begin
            s1_we_6 = k_w12;
        end
        else begin
            s1_we_6 = k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h2 * 7)]) begin
                s1_we_7 = k_w9;
            end
            else begin
                s1_we_7 = k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h2 * 7)]) begin
            s1_we_7 = k_w12;
        end
        else begin
            s1_we_7 = k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h2 * 8)]) begin
                s1_we_8 = k_w9;
            end
            else begin
                s1_we_8 = k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h2 * 8)]) begin
            s1_we_8 = k_w12;
        end
        else begin
            s1_we_8 = k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h2 * 9)]) begin
                s1_we_9 = k_w9;
            end
            else begin
                s1_we_9 = k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h2 * 9)]) begin
            s1_we_9 = k_w12;
        end
        else begin
            s1_we_9 = k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h2 * 10)]) begin
                s1_we_10 = k_w9;
            end
            else begin
                s1_we_10 = k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h2 * 10)]) begin
            s1_we_10 = k_w12;
        end
        else begin
            s1_we_10 = k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h2 * 11)]) begin
                s1_we_11 = k_w9;
            end
            else begin
                s1_we_11 = k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h2 * 11)]) begin
            s1_we_11 = k_w12;
        end
        else begin
            s1_we_11 = k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h2 * 12)]) begin
                s1_we_12 = k_w9;
            end
            else begin
                s1_we_12 = k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h2 * 12)]) begin
            s1_we_12 = k_w12;
        end
        else begin
            s1_we_12 = k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h2 * 13)]) begin
                s1_we_13 = k_w9;
            end
            else begin
                s1_we_13 = k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h2 * 13)]) begin
            s1_we_13 = k_w12;
        end
        else begin
            s1_we_13 = k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h2 * 14)]) begin
                s1_we_14 = k_w9;
            end
            else begin
                s1_we_14 = k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h2 * 14)]) begin
            s1_we_14 = k_w12;
        end
        else begin
            s1_we_14 = k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h2 * 15)]) begin
                s1_we_15 = k_w9;
            end
            else begin
                s1_we_15 = k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h2 * 15)]) begin
            s1_we_15 = k_w12;
        end
        else begin
            s1_we_15 = k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h4 * 0 + 32'h1)]) begin
                s1_w1_0 = k_w9;
            end
            else begin
                s1_w1_0 = k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h4 * 0 + 32'h1)]) begin
            s1_w1_0 = k_w12;
        end
        else begin
            s1_w1_0 = k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h4 * 1 + 32'h1)]) begin
                s1_w1_1 = k_w9;
            end
            else begin
                s1_w1_1 = k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h4 * 1 + 32'h1)]) begin
            s1_w1_1 = k_w12;
        end
        else begin
            s1_w1_1 = k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h4 * 2 + 32'h1)]) begin
                s1_w1_2 = k_w9;
            end
            else begin
                s1_w1_2 = k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h4 * 2 + 32'h1)]) begin
            s1_w1_2 = k_w12;
        end
        else begin
            s1_w1_2 = k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h4 * 3 + 32'h1)]) begin
                s1_w1_3 = k_w9;
            end
            else begin
                s1_w1_3 = k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h4 * 3 + 32'h1)]) begin
            s1_w1_3 = k_w12;
        end
        else begin
            s1_w1_3 = k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h4 * 4 + 32'h1)]) begin
                s1_w1_4 = k_w9;
            end
            else begin
                s1_w1_4 = k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h4 * 4 + 32'h1)]) begin
            s1_w1_4 = k_w12;
        end
        else begin
            s1_w1_4 = k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h4 * 5 + 32'h1)]) begin
                s1_w1_5 = k_w9;
            end
            else begin
                s1_w1_5 = k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h4 * 5 + 32'h1)]) begin
            s1_w1_5 = k_w12;
        end
        else begin
            s1_w1_5 = k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h4 * 6 + 32'h1)]) begin
                s1_w1_6 = k_w9;
            end
            else begin
                s1_w1_6 = k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h4 * 6 + 32'h1)]) begin
            s1_w1_6 = k_w12;
        end
        else begin
            s1_w1_6 = k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h4 * 7 + 32'h1)]) begin
                s1_w1_7 = k_w9;
            end
            else begin
                s1_w1_7 = k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h4 * 7 + 32'h1)]) begin
            s1_w1_7 = k_w12;
        end
        else begin
            s1_w1_7 = k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h8 * 0 + 32'h3)]) begin
                s1_w3_0 = k_w9;
            end
            else begin
                s1_w3_0 = k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h8 * 0 + 32'h3)]) begin
            s1_w3_0 = k_w12;
        end
        else begin
            s1_w3_0 = k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h8 * 1 + 32'h3)]) begin
                s1_w3_1 = k_w9;
            end
            else begin
                s1_w3_1 = k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h8 * 1 + 32'h3)]) begin
            s1_w3_1 = k_w12;
        end
        else begin
            s1_w3_1 = k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h8 * 2 + 32'h3)]) begin
                s1_w3_2 = k_w9;
            end
            else begin
                s1_w3_2 = k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h8 * 2 + 32'h3)]) begin
            s1_w3_2 = k_w12;
        end
        else begin
            s1_w3_2 = k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h8 * 3 + 32'h3)]) begin
                s1_w3_3 = k_w9;
            end
            else begin
                s1_w3_3 = k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h8 * 3 + 32'h3)]) begin
            s1_w3_3 = k_w12;
        end
        else begin
            s1_w3_3 = k_w16;
        end
        s1_ple_0 = s1_we_0 + s1_w1_0;
        s1_ple_1 = s1_we_2 + s1_w1_1;
        s1_ple_2 = s1_we_4 + s1_w1_2;
        s1_ple_3 = s1_we_6 + s1_w1_3;
        s1_ple_4 = s1_we_8 + s1_w1_4;
        s1_ple_5 = s1_we_10 + s1_w1_5;
        s1_ple_6 = s1_we_12 + s1_w1_6;
        s1_ple_7 = s1_we_14 + s1_w1_7;
        s1_plo_0 = s1_we_1 + s1_w3_0;
        s1_ql_0 = s1_ple_0 + s1_plo_0;
        s1_plo_1 = s1_we_5 + s1_w3_1;
        s1_ql_1 = s1_ple_2 + s1_plo_1;
        s1_plo_2 = s1_we_9 + s1_w3_2;
        s1_ql_2 = s1_ple_4 + s1_plo_2;
        s1_plo_3 = s1_we_13 + s1_w3_3;
        s1_ql_3 = s1_ple_6 + s1_plo_3;
        s1_oe_0 = s1_ql_0 - k_min_2;
        s1_os_0 = (s1_o_0_q << k_min_2) << s1_oe_0[(32'h0)+:(5)];
        s1_q_0 = s1_o_0_q[(32'h40)+:(64)];
        s1_q_1 = s1_os_0[(32'h40)+:(64)];
        s1_oe_1 = s1_ql_1 - k_min_2;
        s1_os_1 = (s1_o_1_q << k_min_2) << s1_oe_1[(32'h0)+:(5)];
        s1_q_2 = s1_o_1_q[(32'h40)+:(64)];
        s1_q_3 = s1_os_1[(32'h40)+:(64)];
        s1_oe_2 = s1_ql_2 - k_min_2;
        s1_os_2 = (s1_o_2_q << k_min_2) << s1_oe_2[(32'h0)+:(5)];
        s1_q_4 = s1_o_2_q[(32'h40)+:(64)];
        s1_q_5 = s1_os_2[(32'h40)+:(64)];
        s1_oe_3 = s1_ql_3 - k_min_2;
        s1_os_3 = (s1_o_3_q << k_min_2) << s1_oe_3[(32'h0)+:(5)];
        s1_q_6 = s1_o_3_q[(32'h40)+:(64)];
        s1_q_7 = s1_os_3[(32'h40)+:(64)];
        s1_qe_0 = s1_ple_0 - k_min_1;
        s1_qs_0 = (s1_q_0 << k_min_1) << s1_qe_0[(32'h0)+:(4)];
        s1_p_0 = s1_q_0[(32'h20)+:(32)];
        s1_p_1 = s1_qs_0[(32'h20)+:(32)];
        s1_qe_1 = s1_ple_1 - k_min_1;
        s1_qs_1 = (s1_q_1 << k_min_1) << s1_qe_1[(32'h0)+:(4)];
        s1_p_2 = s1_q_1[(32'h20)+:(32)];
        s1_p_3 = s1_qs_1[(32'h20)+:(32)];
        s1_qe_2 = s1_ple_2 - k_min_1;
        s1_qs_2 = (s1_q_2 << k_min_1) << s1_qe_2[(32'h0)+:(4)];
        s1_p_4 = s1_q_2[(32'h20)+:(32)];
        s1_p_5 = s1_qs_2[(32'h20)+:(32)];
        s1_qe_3 = s1_ple_3 - k_min_1;
        s1_qs_3 = (s1_q_3 << k_min_1) << s1_qe_3[(32'h0)+:(4)];
        s1_p_6 = s1_q_3[(32'h20)+:(32)];
        s1_p_7 = s1_qs_3[(32'h20)+:(32)];
        s1_qe_4 = s1_ple_4 - k_min_1;
        s1_qs_4 = (s1_q_4 << k_min_1) << s1_qe_4[(32'h0)+:(4)];
        s1_p_8 = s1_q_4[(32'h20)+:(32)];
        s1_p_9 = s1_qs_4[(32'h20)+:(32)];
        s1_qe_5 = s1_ple_5 - k_min_1;
        s1_qs_5 = (s1_q_5 << k_min_1) << s1_qe_5[(32'h0)+:(4)];
        s1_p_10 = s1_q_5[(32'h20)+:(32)];
        s1_p_11 = s1_qs_5[(32'h20)+:(32)];
        s1_qe_6 = s1_ple_6 - k_min_1;
        s1_qs_6 = (s1_q_6 << k_min_1) << s1_qe_6[(32'h0)+:(4)];
        s1_p_12 = s1_q_6[(32'h20)+:(32)];
        s1_p_13 = s1_qs_6[(32'h20)+:(32)];
        s1_qe_7 = s1_ple_7 - k_min_1;
        s1_qs_7 = (s1_q_7 << k_min_1) << s1_qe_7[(32'h0)+:(4)];
        s1_p_14 = s1_q_7[(32'h20)+:(32)];
        s1_p_15 = s1_qs_7[(32'h20)+:(32)];
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h2 * 0)]) begin
                s1_ps_0 = s1_p_0 << k_w9;
            end
            else begin
                s1_ps_0 = s1_p_0 << k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h2 * 0)]) begin
            s1_ps_0 = s1_p_0 << k_w12;
        end
        else begin
            s1_ps_0 = s1_p_0 << k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h2 * 1)]) begin
                s1_ps_1 = s1_p_1 << k_w9;
            end
            else begin
                s1_ps_1 = s1_p_1 << k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h2 * 1)]) begin
            s1_ps_1 = s1_p_1 << k_w12;
        end
        else begin
            s1_ps_1 = s1_p_1 << k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h2 * 2)]) begin
                s1_ps_2 = s1_p_2 << k_w9;
            end
            else begin
                s1_ps_2 = s1_p_2 << k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h2 * 2)]) begin
            s1_ps_2 = s1_p_2 << k_w12;
        end
        else begin
            s1_ps_2 = s1_p_2 << k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h2 * 3)]) begin
                s1_ps_3 = s1_p_3 << k_w9;
            end
            else begin
                s1_ps_3 = s1_p_3 << k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h2 * 3)]) begin
            s1_ps_3 = s1_p_3 << k_w12;
        end
        else begin
            s1_ps_3 = s1_p_3 << k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h2 * 4)]) begin
                s1_ps_4 = s1_p_4 << k_w9;
            end
            else begin
                s1_ps_4 = s1_p_4 << k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h2 * 4)]) begin
            s1_ps_4 = s1_p_4 << k_w12;
        end
        else begin
            s1_ps_4 = s1_p_4 << k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h2 * 5)]) begin
                s1_ps_5 = s1_p_5 << k_w9;
            end
            else begin
                s1_ps_5 = s1_p_5 << k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h2 * 5)]) begin
            s1_ps_5 = s1_p_5 << k_w12;
        end
        else begin
            s1_ps_5 = s1_p_5 << k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h2 * 6)]) begin
                s1_ps_6 = s1_p_6 << k_w9;
            end
            else begin
                s1_ps_6 = s1_p_6 << k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h2 * 6)]) begin
            s1_ps_6 = s1_p_6 << k_w12;
        end
        else begin
            s1_ps_6 = s1_p_6 << k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h2 * 7)]) begin
                s1_ps_7 = s1_p_7 << k_w9;
            end
            else begin
                s1_ps_7 = s1_p_7 << k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h2 * 7)]) begin
            s1_ps_7 = s1_p_7 << k_w12;
        end
        else begin
            s1_ps_7 = s1_p_7 << k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h2 * 8)]) begin
                s1_ps_8 = s1_p_8 << k_w9;
            end
            else begin
                s1_ps_8 = s1_p_8 << k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h2 * 8)]) begin
            s1_ps_8 = s1_p_8 << k_w12;
        end
        else begin
            s1_ps_8 = s1_p_8 << k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h2 * 9)]) begin
                s1_ps_9 = s1_p_9 << k_w9;
            end
            else begin
                s1_ps_9 = s1_p_9 << k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h2 * 9)]) begin
            s1_ps_9 = s1_p_9 << k_w12;
        end
        else begin
            s1_ps_9 = s1_p_9 << k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h2 * 10)]) begin
                s1_ps_10 = s1_p_10 << k_w9;
            end
            else begin
                s1_ps_10 = s1_p_10 << k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h2 * 10)]) begin
            s1_ps_10 = s1_p_10 << k_w12;
        end
        else begin
            s1_ps_10 = s1_p_10 << k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h2 * 11)]) begin
                s1_ps_11 = s1_p_11 << k_w9;
            end
            else begin
                s1_ps_11 = s1_p_11 << k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h2 * 11)]) begin
            s1_ps_11 = s1_p_11 << k_w12;
        end
        else begin
            s1_ps_11 = s1_p_11 << k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h2 * 12)]) begin
                s1_ps_12 = s1_p_12 << k_w9;
            end
            else begin
                s1_ps_12 = s1_p_12 << k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h2 * 12)]) begin
            s1_ps_12 = s1_p_12 << k_w12;
        end
        else begin
            s1_ps_12 = s1_p_12 << k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h2 * 13)]) begin
                s1_ps_13 = s1_p_13 << k_w9;
            end
            else begin
                s1_ps_13 = s1_p_13 << k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h2 * 13)]) begin
            s1_ps_13 = s1_p_13 << k_w12;
        end
        else begin
            s1_ps_13 = s1_p_13 << k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h2 * 14)]) begin
                s1_ps_14 = s1_p_14 << k_w9;
            end
            else begin
                s1_ps_14 = s1_p_14 << k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h2 * 14)]) begin
            s1_ps_14 = s1_p_14 << k_w12;
        end
        else begin
            s1_ps_14 = s1_p_14 << k_w16;
        end
        if (s1_hdr_q[32'h20]) begin
            if (s1_hdr_q[32'h1f - (32'h2 * 15)]) begin
                s1_ps_15 = s1_p_15 << k_w9;
            end
            else begin
                s1_ps_15 = s1_p_15 << k_w12;
            end
        end
        else if (s1_hdr_q[32'h1f - (32'h2 * 15)]) begin
            s1_ps_15 = s1_p_15 << k_w12;
        end
        else begin
            s1_ps_15 = s1_p_15 << k_w16;
        end
        if (en2) begin
            s2_valid_d = s1_valid_q;
            s2_last_d = s1_last_q;
            s2_hdr_d = s1_hdr_q;
            s2_c_0_d = s1_p_0[(32'h10)+:(16)];
            s2_c_1_d = s1_ps_0[(32'h10)+:(16)];
            s2_c_2_d = s1_p_1[(32'h10)+:(16)];
            s2_c_3_d = s1_ps_1[(32'h10)+:(16)];
            s2_c_4_d = s1_p_2[(32'h10)+:(16)];
            s2_c_5_d = s1_ps_2[(32'h10)+:(16)];
            s2_c_6_d = s1_p_3[(32'h10)+:(16)];
            s2_c_7_d = s1_ps_3[(32'h10)+:(16)];
            s2_c_8_d = s1_p_4[(32'h10)+:(16)];
            s2_c_9_d = s1_ps_4[(32'h10)+:(16)];
            s2_c_10_d = s1_p_5[(32'h10)+:(16)];
            s2_c_11_d = s1_ps_5[(32'h10)+:(16)];
            s2_c_12_d = s1_p_6[(32'h10)+:(16)];
            s2_c_13_d = s1_ps_6[(32'h10)+:(16)];
            s2_c_14_d = s1_p_7[(32'h10)+:(16)];
            s2_c_15_d = s1_ps_7[(32'h10)+:(16)];
            s2_c_16_d = s1_p_8[(32'h10)+:(16)];
            s2_c_17_d = s1_ps_8[(32'h10)+:(16)];
            s2_c_18_d = s1_p_9[(32'h10)+:(16)];
            s2_c_19_d = s1_ps_9[(32'h10)+:(16)];
            s2_c_20_d = s1_p_10[(32'h10)+:(16)];
            s2_c_21_d = s1_ps_10[(32'h10)+:(16)];
            s2_c_22_d = s1_p_11[(32'h10)+:(16)];
            s2_c_23_d = s1_ps_11[(32'h10)+:(16)];
            s2_c_24_d = s1_p_12[(32'h10)+:(16)];
            s2_c_25_d = s1_ps_12[(32'h10)+:(16)];
            s2_c_26_d = s1_p_13[(32'h10)+:(16)];
            s2_c_27_d = s1_ps_13[(32'h10)+:(16)];
            s2_c_28_d = s1_p_14[(32'h10)+:(16)];
            s2_c_29_d = s1_ps_14[(32'h10)+:(16)];
            s2_c_30_d = s1_p_15[(32'h10)+:(16)];
            s2_c_31_d = s1_ps_15[(32'h10)+:(16)];
        end
        if (s2_hdr_q[32'h20] & s2_hdr_q[32'h1f - 0]) begin
            if (s2_c_0_q[32'hf]) begin
                s2_t_0 = k_top9 | ((s2_c_0_q & k_m9) >> 32'h4);
            end
            else begin
                s2_t_0 = (s2_c_0_q & k_m9) >> 32'h4;
            end
        end
        else if (s2_hdr_q[32'h20] | s2_hdr_q[32'h1f - 0]) begin
            if (s2_c_0_q[32'hf]) begin
                s2_t_0 = k_top12 | ((s2_c_0_q & k_m12) >> 32'h1);
            end
            else begin
                s2_t_0 = (s2_c_0_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s2_t_0 = s2_c_0_q;
        end
        if (s2_t_0[32'hf]) begin
            s2_d_0 = s2_t_0 ^ k_not;
        end
        else begin
            s2_d_0 = s2_t_0;
        end
        if (s2_hdr_q[32'h20] & s2_hdr_q[32'h1f - 1]) begin
            if (s2_c_1_q[32'hf]) begin
                s2_t_1 = k_top9 | ((s2_c_1_q & k_m9) >> 32'h4);
            end
            else begin
                s2_t_1 = (s2_c_1_q & k_m9) >> 32'h4;
            end
        end
        else if (s2_hdr_q[32'h20] | s2_hdr_q[32'h1f - 1]) begin
            if (s2_c_1_q[32'hf]) begin
                s2_t_1 = k_top12 | ((s2_c_1_q & k_m12) >> 32'h1);
            end
            else begin
                s2_t_1 = (s2_c_1_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s2_t_1 = s2_c_1_q;
        end
        if (s2_t_1[32'hf]) begin
            s2_d_1 = s2_t_1 ^ k_not;
        end
        else begin
            s2_d_1 = s2_t_1;
        end
        if (s2_hdr_q[32'h20] & s2_hdr_q[32'h1f - 2]) begin
            if (s2_c_2_q[32'hf]) begin
                s2_t_2 = k_top9 | ((s2_c_2_q & k_m9) >> 32'h4);
            end
            else begin
                s2_t_2 = (s2_c_2_q & k_m9) >> 32'h4;
            end
        end
        else if (s2_hdr_q[32'h20] | s2_hdr_q[32'h1f - 2]) begin
            if (s2_c_2_q[32'hf]) begin
                s2_t_2 = k_top12 | ((s2_c_2_q & k_m12) >> 32'h1);
            end
            else begin
                s2_t_2 = (s2_c_2_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s2_t_2 = s2_c_2_q;
        end
        if (s2_t_2[32'hf]) begin
            s2_d_2 = s2_t_2 ^ k_not;
        end
        else begin
            s2_d_2 = s2_t_2;
        end
        if (s2_hdr_q[32'h20] & s2_hdr_q[32'h1f - 3]) begin
            if (s2_c_3_q[32'hf]) begin
                s2_t_3 = k_top9 | ((s2_c_3_q & k_m9) >> 32'h4);
            end
            else begin
                s2_t_3 = (s2_c_3_q & k_m9) >> 32'h4;
            end
        end
        else if (s2_hdr_q[32'h20] | s2_hdr_q[32'h1f - 3]) begin
            if (s2_c_3_q[32'hf]) begin
                s2_t_3 = k_top12 | ((s2_c_3_q & k_m12) >> 32'h1);
            end
            else begin
                s2_t_3 = (s2_c_3_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s2_t_3 = s2_c_3_q;
        end
        if (s2_t_3[32'hf]) begin
            s2_d_3 = s2_t_3 ^ k_not;
        end
        else begin
            s2_d_3 = s2_t_3;
        end
        if (s2_hdr_q[32'h20] & s2_hdr_q[32'h1f - 4]) begin
            if (s2_c_4_q[32'hf]) begin
                s2_t_4 = k_top9 | ((s2_c_4_q & k_m9) >> 32'h4);
            end
            else begin
                s2_t_4 = (s2_c_4_q & k_m9) >> 32'h4;
            end
        end
        else if (s2_hdr_q[32'h20] | s2_hdr_q[32'h1f - 4]) begin
            if (s2_c_4_q[32'hf]) begin
                s2_t_4 = k_top12 | ((s2_c_4_q & k_m12) >> 32'h1);
            end
            else begin
                s2_t_4 = (s2_c_4_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s2_t_4 = s2_c_4_q;
        end
        if (s2_t_4[32'hf]) begin
            s2_d_4 = s2_t_4 ^ k_not;
        end
        else begin
            s2_d_4 = s2_t_4;
        end
        if (s2_hdr_q[32'h20] & s2_hdr_q[32'h1f - 5]) begin
            if (s2_c_5_q[32'hf]) begin
                s2_t_5 = k_top9 | ((s2_c_5_q & k_m9) >> 32'h4);
            end
            else begin
                s2_t_5 = (s2_c_5_q & k_m9) >> 32'h4;
            end
        end
        else if (s2_hdr_q[32'h20] | s2_hdr_q[32'h1f - 5]) begin
            if (s2_c_5_q[32'hf]) begin
                s2_t_5 = k_top12 | ((s2_c_5_q & k_m12) >> 32'h1);
            end
            else begin
                s2_t_5 = (s2_c_5_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s2_t_5 = s2_c_5_q;
        end
        if (s2_t_5[32'hf]) begin
            s2_d_5 = s2_t_5 ^ k_not;
        end
        else begin
            s2_d_5 = s2_t_5;
        end
        if (s2_hdr_q[32'h20] & s2_hdr_q[32'h1f - 6]) begin
            if (s2_c_6_q[32'hf]) begin
                s2_t_6 = k_top9 | ((s2_c_6_q & k_m9) >> 32'h4);
            end
            else begin
                s2_t_6 = (s2_c_6_q & k_m9) >> 32'h4;
            end
        end
        else if (s2_hdr_q[32'h20] | s2_hdr_q[32'h1f - 6]) begin
            if (s2_c_6_q[32'hf]) begin
                s2_t_6 = k_top12 | ((s2_c_6_q & k_m12) >> 32'h1);
            end
            else begin
                s2_t_6 = (s2_c_6_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s2_t_6 = s2_c_6_q;
        end
        if (s2_t_6[32'hf]) begin
            s2_d_6 = s2_t_6 ^ k_not;
        end
        else begin
            s2_d_6 = s2_t_6;
        end
        if (s2_hdr_q[32'h20] & s2_hdr_q[32'h1f - 7]) begin
            if (s2_c_7_q[32'hf]) begin
                s2_t_7 = k_top9 | ((s2_c_7_q & k_m9) >> 32'h4);
            end
            else begin
                s2_t_7 = (s2_c_7_q & k_m9) >> 32'h4;
            end
        end
        else if (s2_hdr_q[32'h20] | s2_hdr_q[32'h1f - 7]) begin
            if (s2_c_7_q[32'hf]) begin
                s2_t_7 = k_top12 | ((s2_c_7_q & k_m12) >> 32'h1);
            end
            else begin
                s2_t_7 = (s2_c_7_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s2_t_7 = s2_c_7_q;
        end
        if (s2_t_7[32'hf]) begin
            s2_d_7 = s2_t_7 ^ k_not;
        end
        else begin
            s2_d_7 = s2_t_7;
        end
        if (s2_hdr_q[32'h20] & s2_hdr_q[32'h1f - 8]) begin
            if (s2_c_8_q[32'hf]) begin
                s2_t_8 = k_top9 | ((s2_c_8_q & k_m9) >> 32'h4);
            end
            else begin
                s2_t_8 = (s2_c_8_q & k_m9) >> 32'h4;
            end
        end
        else if (s2_hdr_q[32'h20] | s2_hdr_q[32'h1f - 8]) begin
            if (s2_c_8_q[32'hf]) begin
                s2_t_8 = k_top12 | ((s2_c_8_q & k_m12) >> 32'h1);
            end
            else begin
                s2_t_8 = (s2_c_8_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s2_t_8 = s2_c_8_q;
        end
        if (s2_t_8[32'hf]) begin
            s2_d_8 = s2_t_8 ^ k_not;
        end
        else begin
            s2_d_8 = s2_t_8;
        end
        if (s2_hdr_q[32'h20] & s2_hdr_q[32'h1f - 9]) begin
            if (s2_c_9_q[32'hf]) begin
                s2_t_9 = k_top9 | ((s2_c_9_q & k_m9) >> 32'h4);
            end
            else begin
                s2_t_9 = (s2_c_9_q & k_m9) >> 32'h4;
            end
        end
        else if (s2_hdr_q[32'h20] | s2_hdr_q[32'h1f - 9]) begin
            if (s2_c_9_q[32'hf]) begin
                s2_t_9 = k_top12 | ((s2_c_9_q & k_m12) >> 32'h1);
            end
            else begin
                s2_t_9 = (s2_c_9_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s2_t_9 = s2_c_9_q;
        end
        if (s2_t_9[32'hf]) begin
            s2_d_9 = s2_t_9 ^ k_not;
        end
        else begin
            s2_d_9 = s2_t_9;
        end
        if (s2_hdr_q[32'h20] & s2_hdr_q[32'h1f - 10]) begin
            if (s2_c_10_q[32'hf]) begin
                s2_t_10 = k_top9 | ((s2_c_10_q & k_m9) >> 32'h4);
            end
            else begin
                s2_t_10 = (s2_c_10_q & k_m9) >> 32'h4;
            end
        end
        else if (s2_hdr_q[32'h20] | s2_hdr_q[32'h1f - 10]) begin
            if (s2_c_10_q[32'hf]) begin
                s2_t_10 = k_top12 | ((s2_c_10_q & k_m12) >> 32'h1);
            end
            else begin
                s2_t_10 = (s2_c_10_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s2_t_10 = s2_c_10_q;
        end
        if (s2_t_10[32'hf]) begin
            s2_d_10 = s2_t_10 ^ k_not;
        end
        else begin
            s2_d_10 = s2_t_10;
        end
        if (s2_hdr_q[32'h20] & s2_hdr_q[32'h1f - 11]) begin
            if (s2_c_11_q[32'hf]) begin
                s2_t_11 = k_top9 | ((s2_c_11_q & k_m9) >> 32'h4);
            end
            else begin
                s2_t_11 = (s2_c_11_q & k_m9) >> 32'h4;
            end
        end
        else if (s2_hdr_q[32'h20] | s2_hdr_q[32'h1f - 11]) begin
            if (s2_c_11_q[32'hf]) begin
                s2_t_11 = k_top12 | ((s2_c_11_q & k_m12) >> 32'h1);
            end
            else begin
                s2_t_11 = (s2_c_11_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s2_t_11 = s2_c_11_q;
        end
        if (s2_t_11[32'hf]) begin
            s2_d_11 = s2_t_11 ^ k_not;
        end
        else begin
            s2_d_11 = s2_t_11;
        end
        if (s2_hdr_q[32'h20] & s2_hdr_q[32'h1f - 12]) begin
            if (s2_c_12_q[32'hf]) begin
                s2_t_12 = k_top9 | ((s2_c_12_q & k_m9) >> 32'h4);
            end
            else begin
                s2_t_12 = (s2_c_12_q & k_m9) >> 32'h4;
            end
        end
        else if (s2_hdr_q[32'h20] | s2_hdr_q[32'h1f - 12]) begin
            if (s2_c_12_q[32'hf]) begin
                s2_t_12 = k_top12 | ((s2_c_12_q & k_m12) >> 32'h1);
            end
            else begin
                s2_t_12 = (s2_c_12_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s2_t_12 = s2_c_12_q;
        end
        if (s2_t_12[32'hf]) begin
            s2_d_12 = s2_t_12 ^ k_not;
        end
        else begin
            s2_d_12 = s2_t_12;
        end
        if (s2_hdr_q[32'h20] & s2_hdr_q[32'h1f - 13]) begin
            if (s2_c_13_q[32'hf]) begin
                s2_t_13 = k_top9 | ((s2_c_13_q & k_m9) >> 32'h4);
            end
            else begin
                s2_t_13 = (s2_c_13_q & k_m9) >> 32'h4;
            end
        end
        else if (s2_hdr_q[32'h20] | s2_hdr_q[32'h1f - 13]) begin
            if (s2_c_13_q[32'hf]) begin
                s2_t_13 = k_top12 | ((s2_c_13_q & k_m12) >> 32'h1);
            end
            else begin
                s2_t_13 = (s2_c_13_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s2_t_13 = s2_c_13_q;
        end
        if (s2_t_13[32'hf]) begin
            s2_d_13 = s2_t_13 ^ k_not;
        end
        else begin
            s2_d_13 = s2_t_13;
        end
        if (s2_hdr_q[32'h20] & s2_hdr_q[32'h1f - 14]) begin
            if (s2_c_14_q[32'hf]) begin
                s2_t_14 = k_top9 | ((s2_c_14_q & k_m9) >> 32'h4);
            end
            else begin
                s2_t_14 = (s2_c_14_q & k_m9) >> 32'h4;
            end
        end
        else if (s2_hdr_q[32'h20] | s2_hdr_q[32'h1f - 14]) begin
            if (s2_c_14_q[32'hf]) begin
                s2_t_14 = k_top12 | ((s2_c_14_q & k_m12) >> 32'h1);
            end
            else begin
                s2_t_14 = (s2_c_14_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s2_t_14 = s2_c_14_q;
        end
        if (s2_t_14[32'hf]) begin
            s2_d_14 = s2_t_14 ^ k_not;
        end
        else begin
            s2_d_14 = s2_t_14;
        end
        if (s2_hdr_q[32'h20] & s2_hdr_q[32'h1f - 15]) begin
            if (s2_c_15_q[32'hf]) begin
                s2_t_15 = k_top9 | ((s2_c_15_q & k_m9) >> 32'h4);
            end
            else begin
                s2_t_15 = (s2_c_15_q & k_m9) >> 32'h4;
            end
        end
        else if (s2_hdr_q[32'h20] | s2_hdr_q[32'h1f - 15]) begin
            if (s2_c_15_q[32'hf]) begin
                s2_t_15 = k_top12 | ((s2_c_15_q & k_m12) >> 32'h1);
            end
            else begin
                s2_t_15 = (s2_c_15_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s2_t_15 = s2_c_15_q;
        end
        if (s2_t_15[32'hf]) begin
            s2_d_15 = s2_t_15 ^ k_not;
        end
        else begin
            s2_d_15 = s2_t_15;
        end
        if (s2_hdr_q[32'h20] & s2_hdr_q[32'h1f - 16]) begin
            if (s2_c_16_q[32'hf]) begin
                s2_t_16 = k_top9 | ((s2_c_16_q & k_m9) >> 32'h4);
            end
            else begin
                s2_t_16 = (s2_c_16_q & k_m9) >> 32'h4;
            end
        end
        else if (s2_hdr_q[32'h20] | s2_hdr_q[32'h1f - 16]) begin
            if (s2_c_16_q[32'hf]) begin
                s2_t_16 = k_top12 | ((s2_c_16_q & k_m12) >> 32'h1);
            end
            else begin
                s2_t_16 = (s2_c_16_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s2_t_16 = s2_c_16_q;
        end
        if (s2_t_16[32'hf]) begin
            s2_d_16 = s2_t_16 ^ k_not;
        end
        else begin
            s2_d_16 = s2_t_16;
        end
        if (s2_hdr_q[32'h20] & s2_hdr_q[32'h1f - 17]) begin
            if (s2_c_17_q[32'hf]) begin
                s2_t_17 = k_top9 | ((s2_c_17_q & k_m9) >> 32'h4);
            end
            else begin
                s2_t_17 = (s2_c_17_q & k_m9) >> 32'h4;
            end
        end
        else if (s2_hdr_q[32'h20] | s2_hdr_q[32'h1f - 17]) begin
            if (s2_c_17_q[32'hf]) begin
                s2_t_17 = k_top12 | ((s2_c_17_q & k_m12) >> 32'h1);
            end
            else begin
                s2_t_17 = (s2_c_17_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s2_t_17 = s2_c_17_q;
        end
        if (s2_t_17[32'hf]) begin
            s2_d_17 = s2_t_17 ^ k_not;
        end
        else begin
            s2_d_17 = s2_t_17;
        end
        if (s2_hdr_q[32'h20] & s2_hdr_q[32'h1f - 18]) begin
            if (s2_c_18_q[32'hf]) begin
                s2_t_18 = k_top9 | ((s2_c_18_q & k_m9) >> 32'h4);
            end
            else begin
                s2_t_18 = (s2_c_18_q & k_m9) >> 32'h4;
            end
        end
        else if (s2_hdr_q[32'h20] | s2_hdr_q[32'h1f - 18]) begin
            if (s2_c_18_q[32'hf]) begin
                s2_t_18 = k_top12 | ((s2_c_18_q & k_m12) >> 32'h1);
            end
            else begin
                s2_t_18 = (s2_c_18_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s2_t_18 = s2_c_18_q;
        end
        if (s2_t_18[32'hf]) begin
            s2_d_18 = s2_t_18 ^ k_not;
        end
        else begin
            s2_d_18 = s2_t_18;
        end
        if (s2_hdr_q[32'h20] & s2_hdr_q[32'h1f - 19]) begin
            if (s2_c_19_q[32'hf]) begin
                s2_t_19 = k_top9 | ((s2_c_19_q & k_m9) >> 32'h4);
            end
            else begin
                s2_t_19 = (s2_c_19_q & k_m9) >> 32'h4;
            end
        end
        else if (s2_hdr_q[32'h20] | s2_hdr_q[32'h1f - 19]) begin
            if (s2_c_19_q[32'hf]) begin
                s2_t_19 = k_top12 | ((s2_c_19_q & k_m12) >> 32'h1);
            end
            else begin
                s2_t_19 = (s2_c_19_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s2_t_19 = s2_c_19_q;
        end
        if (s2_t_19[32'hf]) begin
            s2_d_19 = s2_t_19 ^ k_not;
        end
        else begin
            s2_d_19 = s2_t_19;
        end
        if (s2_hdr_q[32'h20] & s2_hdr_q[32'h1f - 20]) begin
            if (s2_c_20_q[32'hf]) begin
                s2_t_20 = k_top9 | ((s2_c_20_q & k_m9) >> 32'h4);
            end
            else begin
                s2_t_20 = (s2_c_20_q & k_m9) >> 32'h4;
            end
        end
        else if (s2_hdr_q[32'h20] | s2_hdr_q[32'h1f - 20]) begin
            if (s2_c_20_q[32'hf]) begin
                s2_t_20 = k_top12 | ((s2_c_20_q & k_m12) >> 32'h1);
            end
            else begin
                s2_t_20 = (s2_c_20_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s2_t_20 = s2_c_20_q;
        end
        if (s2_t_20[32'hf]) begin
            s2_d_20 = s2_t_20 ^ k_not;
        end
        else begin
            s2_d_20 = s2_t_20;
        end
        if (s2_hdr_q[32'h20] & s2_hdr_q[32'h1f - 21]) begin
            if (s2_c_21_q[32'hf]) begin
                s2_t_21 = k_top9 | ((s2_c_21_q & k_m9) >> 32'h4);
            end
            else begin
                s2_t_21 = (s2_c_21_q & k_m9) >> 32'h4;
            end
        end
        else if (s2_hdr_q[32'h20] | s2_hdr_q[32'h1f - 21]) begin
            if (s2_c_21_q[32'hf]) begin
                s2_t_21 = k_top12 | ((s2_c_21_q & k_m12) >> 32'h1);
            end
            else begin
                s2_t_21 = (s2_c_21_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s2_t_21 = s2_c_21_q;
        end
        if (s2_t_21[32'hf]) begin
            s2_d_21 = s2_t_21 ^ k_not;
        end
        else begin
            s2_d_21 = s2_t_21;
        end
        if (s2_hdr_q[32'h20] & s2_hdr_q[32'h1f - 22]) begin
            if (s2_c_22_q[32'hf]) begin
                s2_t_22 = k_top9 | ((s2_c_22_q & k_m9) >> 32'h4);
            end
            else begin
                s2_t_22 = (s2_c_22_q & k_m9) >> 32'h4;
            end
        end
        else if (s2_hdr_q[32'h20] | s2_hdr_q[32'h1f - 22]) begin
            if (s2_c_22_q[32'hf]) begin
                s2_t_22 = k_top12 | ((s2_c_22_q & k_m12) >> 32'h1);
            end
            else begin
                s2_t_22 = (s2_c_22_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s2_t_22 = s2_c_22_q;
        end
        if (s2_t_22[32'hf]) begin
            s2_d_22 = s2_t_22 ^ k_not;
        end
        else begin
            s2_d_22 = s2_t_22;
        end
        if (s2_hdr_q[32'h20] & s2_hdr_q[32'h1f - 23]) begin
            if (s2_c_23_q[32'hf]) begin
                s2_t_23 = k_top9 | ((s2_c_23_q & k_m9) >> 32'h4);
            end
            else begin
                s2_t_23 = (s2_c_23_q & k_m9) >> 32'h4;
            end
        end
        else if (s2_hdr_q[32'h20] | s2_hdr_q[32'h1f - 23]) begin
            if (s2_c_23_q[32'hf]) begin
                s2_t_23 = k_top12 | ((s2_c_23_q & k_m12) >> 32'h1);
            end
            else begin
                s2_t_23 = (s2_c_23_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s2_t_23 = s2_c_23_q;
        end
        if (s2_t_23[32'hf]) begin
            s2_d_23 = s2_t_23 ^ k_not;
        end
        else begin
            s2_d_23 = s2_t_23;
        end
        if (s2_hdr_q[32'h20] & s2_hdr_q[32'h1f - 24]) begin
            if (s2_c_24_q[32'hf]) begin
                s2_t_24 = k_top9 | ((s2_c_24_q & k_m9) >> 32'h4);
            end
            else begin
                s2_t_24 = (s2_c_24_q & k_m9) >> 32'h4;
            end
        end
        else if (s2_hdr_q[32'h20] | s2_hdr_q[32'h1f - 24]) begin
            if (s2_c_24_q[32'hf]) begin
                s2_t_24 = k_top12 | ((s2_c_24_q & k_m12) >> 32'h1);
            end
            else begin
                s2_t_24 = (s2_c_24_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s2_t_24 = s2_c_24_q;
        end
        if (s2_t_24[32'hf]) begin
            s2_d_24 = s2_t_24 ^ k_not;
        end
        else begin
            s2_d_24 = s2_t_24;
        end
        if (s2_hdr_q[32'h20] & s2_hdr_q[32'h1f - 25]) begin
            if (s2_c_25_q[32'hf]) begin
                s2_t_25 = k_top9 | ((s2_c_25_q & k_m9) >> 32'h4);
            end
            else begin
                s2_t_25 = (s2_c_25_q & k_m9) >> 32'h4;
            end
        end
        else if (s2_hdr_q[32'h20] | s2_hdr_q[32'h1f - 25]) begin
            if (s2_c_25_q[32'hf]) begin
                s2_t_25 = k_top12 | ((s2_c_25_q & k_m12) >> 32'h1);
            end
            else begin
                s2_t_25 = (s2_c_25_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s2_t_25 = s2_c_25_q;
        end
        if (s2_t_25[32'hf]) begin
            s2_d_25 = s2_t_25 ^ k_not;
        end
        else begin
            s2_d_25 = s2_t_25;
        end
        if (s2_hdr_q[32'h20] & s2_hdr_q[32'h1f - 26]) begin
            if (s2_c_26_q[32'hf]) begin
                s2_t_26 = k_top9 | ((s2_c_26_q & k_m9) >> 32'h4);
            end
            else begin
                s2_t_26 = (s2_c_26_q & k_m9) >> 32'h4;
            end
        end
        else if (s2_hdr_q[32'h20] | s2_hdr_q[32'h1f - 26]) begin
            if (s2_c_26_q[32'hf]) begin
                s2_t_26 = k_top12 | ((s2_c_26_q & k_m12) >> 32'h1);
            end
            else begin
                s2_t_26 = (s2_c_26_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s2_t_26 = s2_c_26_q;
        end
        if (s2_t_26[32'hf]) begin
            s2_d_26 = s2_t_26 ^ k_not;
        end
        else begin
            s2_d_26 = s2_t_26;
        end
        if (s2_hdr_q[32'h20] & s2_hdr_q[32'h1f - 27]) begin
            if (s2_c_27_q[32'hf]) begin
                s2_t_27 = k_top9 | ((s2_c_27_q & k_m9) >> 32'h4);
            end
            else begin
                s2_t_27 = (s2_c_27_q & k_m9) >> 32'h4;
            end
        end
        else if (s2_hdr_q[32'h20] | s2_hdr_q[32'h1f - 27]) begin
            if (s2_c_27_q[32'hf]) begin
                s2_t_27 = k_top12 | ((s2_c_27_q & k_m12) >> 32'h1);
            end
            else begin
                s2_t_27 = (s2_c_27_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s2_t_27 = s2_c_27_q;
        end
        if (s2_t_27[32'hf]) begin
            s2_d_27 = s2_t_27 ^ k_not;
        end
        else begin
            s2_d_27 = s2_t_27;
        end
        if (s2_hdr_q[32'h20] & s2_hdr_q[32'h1f - 28]) begin
            if (s2_c_28_q[32'hf]) begin
                s2_t_28 = k_top9 | ((s2_c_28_q & k_m9) >> 32'h4);
            end
            else begin
                s2_t_28 = (s2_c_28_q & k_m9) >> 32'h4;
            end
        end
        else if (s2_hdr_q[32'h20] | s2_hdr_q[32'h1f - 28]) begin
            if (s2_c_28_q[32'hf]) begin
                s2_t_28 = k_top12 | ((s2_c_28_q & k_m12) >> 32'h1);
            end
            else begin
                s2_t_28 = (s2_c_28_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s2_t_28 = s2_c_28_q;
        end
        if (s2_t_28[32'hf]) begin
            s2_d_28 = s2_t_28 ^ k_not;
        end
        else begin
            s2_d_28 = s2_t_28;
        end
        if (s2_hdr_q[32'h20] & s2_hdr_q[32'h1f - 29]) begin
            if (s2_c_29_q[32'hf]) begin
                s2_t_29 = k_top9 | ((s2_c_29_q & k_m9) >> 32'h4);
            end
            else begin
                s2_t_29 = (s2_c_29_q & k_m9) >> 32'h4;
            end
        end
        else if (s2_hdr_q[32'h20] | s2_hdr_q[32'h1f - 29]) begin
            if (s2_c_29_q[32'hf]) begin
                s2_t_29 = k_top12 | ((s2_c_29_q & k_m12) >> 32'h1);
            end
            else begin
                s2_t_29 = (s2_c_29_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s2_t_29 = s2_c_29_q;
        end
        if (s2_t_29[32'hf]) begin
            s2_d_29 = s2_t_29 ^ k_not;
        end
        else begin
            s2_d_29 = s2_t_29;
        end
        if (s2_hdr_q[32'h20] & s2_hdr_q[32'h1f - 30]) begin
            if (s2_c_30_q[32'hf]) begin
                s2_t_30 = k_top9 | ((s2_c_30_q & k_m9) >> 32'h4);
            end
            else begin
                s2_t_30 = (s2_c_30_q & k_m9) >> 32'h4;
            end
        end
        else if (s2_hdr_q[32'h20] | s2_hdr_q[32'h1f - 30]) begin
            if (s2_c_30_q[32'hf]) begin
                s2_t_30 = k_top12 | ((s2_c_30_q & k_m12) >> 32'h1);
            end
            else begin
                s2_t_30 = (s2_c_30_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s2_t_30 = s2_c_30_q;
        end
        if (s2_t_30[32'hf]) begin
            s2_d_30 = s2_t_30 ^ k_not;
        end
        else begin
            s2_d_30 = s2_t_30;
        end
        if (s2_hdr_q[32'h20] & s2_hdr_q[32'h1f - 31]) begin
            if (s2_c_31_q[32'hf]) begin
                s2_t_31 = k_top9 | ((s2_c_31_q & k_m9) >> 32'h4);
            end
            else begin
                s2_t_31 = (s2_c_31_q & k_m9) >> 32'h4;
            end
        end
        else if (s2_hdr_q[32'h20] | s2_hdr_q[32'h1f - 31]) begin
            if (s2_c_31_q[32'hf]) begin
                s2_t_31 = k_top12 | ((s2_c_31_q & k_m12) >> 32'h1);
            end
            else begin
                s2_t_31 = (s2_c_31_q & k_m12) >> 32'h1;
            end
        end
        else begin
            s2_t_31 = s2_c_31_q;
        end
        if (s2_t_31[32'hf]) begin
            s2_d_31 = s2_t_31 ^ k_not;
        end
        else begin
            s2_d_31 = s2_t_31;
        end
        s2_l_0 = s2_d_0;
        s2_l_1 = s2_d_0 ^ s2_d_1;
        s2_l_2 = s2_d_0 ^ s2_d_1 ^ s2_d_2;
        s2_l_3 = s2_d_0 ^ s2_d_1 ^ s2_d_2 ^ s2_d_3;
        s2_l_4 = s2_d_4;
        s2_l_5 = s2_d_4 ^ s2_d_5;
        s2_l_6 = s2_d_4 ^ s2_d_5 ^ s2_d_6;
        s2_l_7 = s2_d_4 ^ s2_d_5 ^ s2_d_6 ^ s2_d_7;
        s2_l_8 = s2_d_8;
        s2_l_9 = s2_d_8 ^ s2_d_9;
        s2_l_10 = s2_d_8 ^ s2_d_9 ^ s2_d_10;
        s2_l_11 = s2_d_8 ^ s2_d_9 ^ s2_d_10 ^ s2_d_11;
        s2_l_12 = s2_d_12;
        s2_l_13 = s2_d_12 ^ s2_d_13;
        s2_l_14 = s2_d_12 ^ s2_d_13 ^ s2_d_14;
        s2_l_15 = s2_d_12 ^ s2_d_13 ^ s2_d_14 ^ s2_d_15;
        s2_l_16 = s2_d_16;
        s2_l_17 = s2_d_16 ^ s2_d_17;
        s2_l_18 = s2_d_16 ^ s2_d_17 ^ s2_d_18;
        s2_l_19 = s2_d_16 ^ s2_d_17 ^ s2_d_18 ^ s2_d_19;
        s2_l_20 = s2_d_20;
        s2_l_21 = s2_d_20 ^ s2_d_21;
        s2_l_22 = s2_d_20 ^ s2_d_21 ^ s2_d_22;
        s2_l_23 = s2_d_20 ^ s2_d_21 ^ s2_d_22 ^ s2_d_23;
        s2_l_24 = s2_d_24;
        s2_l_25 = s2_d_24 ^ s2_d_25;
        s2_l_26 = s2_d_24 ^ s2_d_25 ^ s2_d_26;
        s2_l_27 = s2_d_24 ^ s2_d_25 ^ s2_d_26 ^ s2_d_27;
        s2_l_28 = s2_d_28;
        s2_l_29 = s2_d_28 ^ s2_d_29;
        s2_l_30 = s2_d_28 ^ s2_d_29 ^ s2_d_30;
        s2_l_31 = s2_d_28 ^ s2_d_29 ^ s2_d_30 ^ s2_d_31;
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
        s1_hdr_q <= s1_hdr_d;
        s1_o_0_q <= s1_o_0_d;
        s1_o_1_q <= s1_o_1_d;
        s1_o_2_q <= s1_o_2_d;
        s1_o_3_q <= s1_o_3_d;
        s2_hdr_q <= s2_hdr_d;
        s2_c_0_q <= s2_c_0_d;
        s2_c_1_q <= s2_c_1_d;
        s2_c_2_q <= s2_c_2_d;
        s2_c_3_q <= s2_c_3_d;
        s2_c_4_q <= s2_c_4_d;
        s2_c_5_q <= s2_c_5_d;
        s2_c_6_q <= s2_c_6_d;
        s2_c_7_q <= s2_c_7_d;
        s2_c_8_q <= s2_c_8_d;
        s2_c_9_q <= s2_c_9_d;
        s2_c_10_q <= s2_c_10_d;
        s2_c_11_q <= s2_c_11_d;
        s2_c_12_q <= s2_c_12_d;
        s2_c_13_q <= s2_c_13_d;
        s2_c_14_q <= s2_c_14_d;
        s2_c_15_q <= s2_c_15_d;
        s2_c_16_q <= s2_c_16_d;
        s2_c_17_q <= s2_c_17_d;
        s2_c_18_q <= s2_c_18_d;
        s2_c_19_q <= s2_c_19_d;
        s2_c_20_q <= s2_c_20_d;
        s2_c_21_q <= s2_c_21_d;
        s2_c_22_q <= s2_c_22_d;
        s2_c_23_q <= s2_c_23_d;
        s2_c_24_q <= s2_c_24_d;
        s2_c_25_q <= s2_c_25_d;
        s2_c_26_q <= s2_c_26_d;
        s2_c_27_q <= s2_c_27_d;
        s2_c_28_q <= s2_c_28_d;
        s2_c_29_q <= s2_c_29_d;
        s2_c_30_q <= s2_c_30_d;
        s2_c_31_q <= s2_c_31_d;
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
    end

endmodule // xnc_decompressor

`default_nettype wire

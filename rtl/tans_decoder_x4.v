// tans_decoder_x4.v: GENERATED FILE, DO NOT EDIT.
// Generated from the rust-hdl description in crates/xnc-rtl and the block manifest
// (crates/xnc-rtl/src/manifest.rs) by:
//   cargo run --release --bin gen-verilog
//
// tANS decoder of plain coding pairs with 4 lanes (BF16, R = 6): 4 stream pairs in, 4 BF16 values per beat out
//
// Latency: 4 cycle(s) from an input transfer to the first m_axis_tvalid it causes.
// Throughput: 4 values per cycle (each lane +1 cycle per escape, +1 per block; the FIFOs absorb most).
// Clock and reset: one clock, aclk (rising edge); aresetn synchronous, active low: it clears
// every control register; no register depends on an initial value. m_axis_tvalid is low
// while aresetn is low. Output beats stay stable while tvalid && !tready (AXI4-Stream).
// s_axis_ans_l0: tdata 8 bits, tuser 16 bits, tlast.
// s_axis_raw_l0: tdata 8 bits, tlast.
// s_axis_ans_l1: tdata 8 bits, tuser 16 bits, tlast.
// s_axis_raw_l1: tdata 8 bits, tlast.
// s_axis_ans_l2: tdata 8 bits, tuser 16 bits, tlast.
// s_axis_raw_l2: tdata 8 bits, tlast.
// s_axis_ans_l3: tdata 8 bits, tuser 16 bits, tlast.
// s_axis_raw_l3: tdata 8 bits, tlast.
// m_axis: tdata 64 bits, tkeep 8 bits, tlast.
//
// Framing: value k of a block belongs to lane k mod N (FORMAT.md 3.4). Each lane gets its part of the
// block as one packet on each of its two streams, with the framing of tans_decoder: its tANS bytes
// (tlast on the last, the lane's value count in its tuser with the first) and its raw bytes (tlast on
// the last). A block needs at least N values. The lanes run independently, each with a two-entry
// output FIFO; a lane done with the block waits until the block's last beat has left.
// Reset (aresetn low at a rising edge): drops the block in flight in every lane; the tables are kept.
//
// Table load:
// LUT-RAM, no reset, written at the rising edge when tbl_we is high; load while the streams are idle.
// Sequence, one write per cycle: for x = 0..2^R-1: tbl_addr = x, {tbl_code, tbl_nb, tbl_base} = decode
// entry of state x (FORMAT.md 3.2: code s of state x, nb = R - floor(log2(xs)), base = (xs << nb) - 2^R;
// xnc_codec::ans::AnsModel::decode_table); then for each code c: tbl_addr = 2^R + c, tbl_exp, tbl_esc
// (and tbl_nbits on the format-aware decoder) = code map entry c (FORMAT.md 3.1). The other signals
// are don't-care for that kind of entry: 2^R + (number of codes) cycles, 64 + at most 16 at R = 6.
// A reset between loading and streaming is allowed; the tables survive it.
//
// Every port, bus layout and the table-load sequence byte by byte: docs/INTEGRATION.md.
`default_nettype none

module tans_decoder_x4 (
    // Clock and reset
    input  wire         aclk,                 // 1 bit: clock: every register samples on its rising edge
    input  wire         aresetn,              // 1 bit: synchronous active-low reset of every control register
    // s_axis_ans_l0: input stream (AXI4-Stream)
    input  wire   [7:0] s_axis_ans_l0_tdata,  // 8 bits: tANS stream byte of the block (FORMAT.md 3.2: initial state first, bits LSB-first)
    input  wire  [15:0] s_axis_ans_l0_tuser,  // 16 bits: [15:0] values of this lane in the block, 1..65535, sampled with the lane's first tANS byte
    input  wire         s_axis_ans_l0_tvalid, // 1 bit: beat valid
    output reg          s_axis_ans_l0_tready, // 1 bit: beat accepted (transfer: tvalid && tready at a rising edge)
    input  wire         s_axis_ans_l0_tlast,  // 1 bit: last tANS byte of the block
    // s_axis_raw_l0: input stream (AXI4-Stream)
    input  wire   [7:0] s_axis_raw_l0_tdata,  // 8 bits: raw (additional bits) byte of the block (FORMAT.md 3.3, bits MSB-first)
    input  wire         s_axis_raw_l0_tvalid, // 1 bit: beat valid
    output reg          s_axis_raw_l0_tready, // 1 bit: beat accepted (transfer: tvalid && tready at a rising edge)
    input  wire         s_axis_raw_l0_tlast,  // 1 bit: last raw byte of the block
    // s_axis_ans_l1: input stream (AXI4-Stream)
    input  wire   [7:0] s_axis_ans_l1_tdata,  // 8 bits: tANS stream byte of the block (FORMAT.md 3.2: initial state first, bits LSB-first)
    input  wire  [15:0] s_axis_ans_l1_tuser,  // 16 bits: [15:0] values of this lane in the block, 1..65535, sampled with the lane's first tANS byte
    input  wire         s_axis_ans_l1_tvalid, // 1 bit: beat valid
    output reg          s_axis_ans_l1_tready, // 1 bit: beat accepted (transfer: tvalid && tready at a rising edge)
    input  wire         s_axis_ans_l1_tlast,  // 1 bit: last tANS byte of the block
    // s_axis_raw_l1: input stream (AXI4-Stream)
    input  wire   [7:0] s_axis_raw_l1_tdata,  // 8 bits: raw (additional bits) byte of the block (FORMAT.md 3.3, bits MSB-first)
    input  wire         s_axis_raw_l1_tvalid, // 1 bit: beat valid
    output reg          s_axis_raw_l1_tready, // 1 bit: beat accepted (transfer: tvalid && tready at a rising edge)
    input  wire         s_axis_raw_l1_tlast,  // 1 bit: last raw byte of the block
    // s_axis_ans_l2: input stream (AXI4-Stream)
    input  wire   [7:0] s_axis_ans_l2_tdata,  // 8 bits: tANS stream byte of the block (FORMAT.md 3.2: initial state first, bits LSB-first)
    input  wire  [15:0] s_axis_ans_l2_tuser,  // 16 bits: [15:0] values of this lane in the block, 1..65535, sampled with the lane's first tANS byte
    input  wire         s_axis_ans_l2_tvalid, // 1 bit: beat valid
    output reg          s_axis_ans_l2_tready, // 1 bit: beat accepted (transfer: tvalid && tready at a rising edge)
    input  wire         s_axis_ans_l2_tlast,  // 1 bit: last tANS byte of the block
    // s_axis_raw_l2: input stream (AXI4-Stream)
    input  wire   [7:0] s_axis_raw_l2_tdata,  // 8 bits: raw (additional bits) byte of the block (FORMAT.md 3.3, bits MSB-first)
    input  wire         s_axis_raw_l2_tvalid, // 1 bit: beat valid
    output reg          s_axis_raw_l2_tready, // 1 bit: beat accepted (transfer: tvalid && tready at a rising edge)
    input  wire         s_axis_raw_l2_tlast,  // 1 bit: last raw byte of the block
    // s_axis_ans_l3: input stream (AXI4-Stream)
    input  wire   [7:0] s_axis_ans_l3_tdata,  // 8 bits: tANS stream byte of the block (FORMAT.md 3.2: initial state first, bits LSB-first)
    input  wire  [15:0] s_axis_ans_l3_tuser,  // 16 bits: [15:0] values of this lane in the block, 1..65535, sampled with the lane's first tANS byte
    input  wire         s_axis_ans_l3_tvalid, // 1 bit: beat valid
    output reg          s_axis_ans_l3_tready, // 1 bit: beat accepted (transfer: tvalid && tready at a rising edge)
    input  wire         s_axis_ans_l3_tlast,  // 1 bit: last tANS byte of the block
    // s_axis_raw_l3: input stream (AXI4-Stream)
    input  wire   [7:0] s_axis_raw_l3_tdata,  // 8 bits: raw (additional bits) byte of the block (FORMAT.md 3.3, bits MSB-first)
    input  wire         s_axis_raw_l3_tvalid, // 1 bit: beat valid
    output reg          s_axis_raw_l3_tready, // 1 bit: beat accepted (transfer: tvalid && tready at a rising edge)
    input  wire         s_axis_raw_l3_tlast,  // 1 bit: last raw byte of the block
    // m_axis: output stream (AXI4-Stream)
    output reg   [63:0] m_axis_tdata,         // 64 bits: value N*j + l of the block in bits [16l+15:16l] of beat j (BF16 {sign, exponent, mantissa}); 0 where tkeep is clear
    output reg    [7:0] m_axis_tkeep,         // 8 bits: bits 2l and 2l+1 set when lane l has a value in the beat (clear only in a block's last beat)
    output reg          m_axis_tvalid,        // 1 bit: beat valid
    input  wire         m_axis_tready,        // 1 bit: beat accepted (transfer: tvalid && tready at a rising edge)
    output reg          m_axis_tlast,         // 1 bit: last beat of the block
    // Table write port (LUT-RAM, no reset; load sequence in the header)
    input  wire         tbl_we,               // 1 bit: table write enable (one entry per cycle)
    input  wire   [6:0] tbl_addr,             // 7 bits: 0..2^R-1: decode entry of that state; 2^R + c: code map entry of code c
    input  wire   [3:0] tbl_code,             // 4 bits: decode entry: code of the state
    input  wire   [2:0] tbl_nb,               // 3 bits: decode entry: state bits to read
    input  wire   [5:0] tbl_base,             // 6 bits: decode entry: next state without the bits read (low nb bits zero)
    input  wire   [7:0] tbl_exp,              // 8 bits: code map entry: exponent of the code
    input  wire         tbl_esc               // 1 bit: code map entry: the code is the escape
`ifdef FORMAL
    , input  wire   [5:0] formal_lane_0_tables_rstate
    , input  wire   [3:0] formal_lane_0_tables_rcode
    , output wire   [3:0] formal_lane_0_tables_code
    , output wire   [2:0] formal_lane_0_tables_nb
    , output wire   [5:0] formal_lane_0_tables_base
    , output wire   [8:0] formal_lane_0_tables_cmap
    , output wire   [5:0] formal_lane_0_state_q
    , output wire         formal_lane_0_fire
    , output wire   [5:0] formal_lane_0_state_nx
    , output wire         formal_lane_0_init_q
    , output wire   [2:0] formal_lane_0_p_q
    , output wire   [7:0] formal_lane_0_w0_q
    , output wire   [7:0] formal_lane_0_w1_q
    , output wire         formal_lane_0_v0_q
    , output wire         formal_lane_0_v1_q
    , output wire         formal_lane_0_free
    , output wire         formal_lane_0_out_sign_d
    , output wire   [7:0] formal_lane_0_out_exp_d
    , output wire   [6:0] formal_lane_0_out_mant_d
    , output wire         formal_lane_0_m_valid_d
    , output wire         formal_lane_0_esc_q
    , output wire         formal_lane_0_esc_d
    , output wire   [7:0] formal_lane_0_esc_exp_q
`endif
`ifdef FORMAL
    , input  wire   [5:0] formal_lane_1_tables_rstate
    , input  wire   [3:0] formal_lane_1_tables_rcode
    , output wire   [3:0] formal_lane_1_tables_code
    , output wire   [2:0] formal_lane_1_tables_nb
    , output wire   [5:0] formal_lane_1_tables_base
    , output wire   [8:0] formal_lane_1_tables_cmap
    , output wire   [5:0] formal_lane_1_state_q
    , output wire         formal_lane_1_fire
    , output wire   [5:0] formal_lane_1_state_nx
    , output wire         formal_lane_1_init_q
    , output wire   [2:0] formal_lane_1_p_q
    , output wire   [7:0] formal_lane_1_w0_q
    , output wire   [7:0] formal_lane_1_w1_q
    , output wire         formal_lane_1_v0_q
    , output wire         formal_lane_1_v1_q
    , output wire         formal_lane_1_free
    , output wire         formal_lane_1_out_sign_d
    , output wire   [7:0] formal_lane_1_out_exp_d
    , output wire   [6:0] formal_lane_1_out_mant_d
    , output wire         formal_lane_1_m_valid_d
    , output wire         formal_lane_1_esc_q
    , output wire         formal_lane_1_esc_d
    , output wire   [7:0] formal_lane_1_esc_exp_q
`endif
`ifdef FORMAL
    , input  wire   [5:0] formal_lane_2_tables_rstate
    , input  wire   [3:0] formal_lane_2_tables_rcode
    , output wire   [3:0] formal_lane_2_tables_code
    , output wire   [2:0] formal_lane_2_tables_nb
    , output wire   [5:0] formal_lane_2_tables_base
    , output wire   [8:0] formal_lane_2_tables_cmap
    , output wire   [5:0] formal_lane_2_state_q
    , output wire         formal_lane_2_fire
    , output wire   [5:0] formal_lane_2_state_nx
    , output wire         formal_lane_2_init_q
    , output wire   [2:0] formal_lane_2_p_q
    , output wire   [7:0] formal_lane_2_w0_q
    , output wire   [7:0] formal_lane_2_w1_q
    , output wire         formal_lane_2_v0_q
    , output wire         formal_lane_2_v1_q
    , output wire         formal_lane_2_free
    , output wire         formal_lane_2_out_sign_d
    , output wire   [7:0] formal_lane_2_out_exp_d
    , output wire   [6:0] formal_lane_2_out_mant_d
    , output wire         formal_lane_2_m_valid_d
    , output wire         formal_lane_2_esc_q
    , output wire         formal_lane_2_esc_d
    , output wire   [7:0] formal_lane_2_esc_exp_q
`endif
`ifdef FORMAL
    , input  wire   [5:0] formal_lane_3_tables_rstate
    , input  wire   [3:0] formal_lane_3_tables_rcode
    , output wire   [3:0] formal_lane_3_tables_code
    , output wire   [2:0] formal_lane_3_tables_nb
    , output wire   [5:0] formal_lane_3_tables_base
    , output wire   [8:0] formal_lane_3_tables_cmap
    , output wire   [5:0] formal_lane_3_state_q
    , output wire         formal_lane_3_fire
    , output wire   [5:0] formal_lane_3_state_nx
    , output wire         formal_lane_3_init_q
    , output wire   [2:0] formal_lane_3_p_q
    , output wire   [7:0] formal_lane_3_w0_q
    , output wire   [7:0] formal_lane_3_w1_q
    , output wire         formal_lane_3_v0_q
    , output wire         formal_lane_3_v1_q
    , output wire         formal_lane_3_free
    , output wire         formal_lane_3_out_sign_d
    , output wire   [7:0] formal_lane_3_out_exp_d
    , output wire   [6:0] formal_lane_3_out_mant_d
    , output wire         formal_lane_3_m_valid_d
    , output wire         formal_lane_3_esc_q
    , output wire         formal_lane_3_esc_d
    , output wire   [7:0] formal_lane_3_esc_exp_q
`endif
);

    // Stub signals
    reg  lane_0_aclk;
    reg  lane_0_aresetn;
    reg  [7:0] lane_0_s_axis_ans_tdata;
    reg  [15:0] lane_0_s_axis_ans_tuser;
    reg  lane_0_s_axis_ans_tvalid;
    wire  lane_0_s_axis_ans_tready;
    reg  lane_0_s_axis_ans_tlast;
    reg  [7:0] lane_0_s_axis_raw_tdata;
    reg  lane_0_s_axis_raw_tvalid;
    wire  lane_0_s_axis_raw_tready;
    reg  lane_0_s_axis_raw_tlast;
    wire  [15:0] lane_0_m_axis_tdata;
    wire  lane_0_m_axis_tvalid;
    reg  lane_0_m_axis_tready;
    wire  lane_0_m_axis_tlast;
    reg  lane_0_tbl_we;
    reg  [6:0] lane_0_tbl_addr;
    reg  [3:0] lane_0_tbl_code;
    reg  [2:0] lane_0_tbl_nb;
    reg  [5:0] lane_0_tbl_base;
    reg  [7:0] lane_0_tbl_exp;
    reg  lane_0_tbl_esc;
    reg  lane_1_aclk;
    reg  lane_1_aresetn;
    reg  [7:0] lane_1_s_axis_ans_tdata;
    reg  [15:0] lane_1_s_axis_ans_tuser;
    reg  lane_1_s_axis_ans_tvalid;
    wire  lane_1_s_axis_ans_tready;
    reg  lane_1_s_axis_ans_tlast;
    reg  [7:0] lane_1_s_axis_raw_tdata;
    reg  lane_1_s_axis_raw_tvalid;
    wire  lane_1_s_axis_raw_tready;
    reg  lane_1_s_axis_raw_tlast;
    wire  [15:0] lane_1_m_axis_tdata;
    wire  lane_1_m_axis_tvalid;
    reg  lane_1_m_axis_tready;
    wire  lane_1_m_axis_tlast;
    reg  lane_1_tbl_we;
    reg  [6:0] lane_1_tbl_addr;
    reg  [3:0] lane_1_tbl_code;
    reg  [2:0] lane_1_tbl_nb;
    reg  [5:0] lane_1_tbl_base;
    reg  [7:0] lane_1_tbl_exp;
    reg  lane_1_tbl_esc;
    reg  lane_2_aclk;
    reg  lane_2_aresetn;
    reg  [7:0] lane_2_s_axis_ans_tdata;
    reg  [15:0] lane_2_s_axis_ans_tuser;
    reg  lane_2_s_axis_ans_tvalid;
    wire  lane_2_s_axis_ans_tready;
    reg  lane_2_s_axis_ans_tlast;
    reg  [7:0] lane_2_s_axis_raw_tdata;
    reg  lane_2_s_axis_raw_tvalid;
    wire  lane_2_s_axis_raw_tready;
    reg  lane_2_s_axis_raw_tlast;
    wire  [15:0] lane_2_m_axis_tdata;
    wire  lane_2_m_axis_tvalid;
    reg  lane_2_m_axis_tready;
    wire  lane_2_m_axis_tlast;
    reg  lane_2_tbl_we;
    reg  [6:0] lane_2_tbl_addr;
    reg  [3:0] lane_2_tbl_code;
    reg  [2:0] lane_2_tbl_nb;
    reg  [5:0] lane_2_tbl_base;
    reg  [7:0] lane_2_tbl_exp;
    reg  lane_2_tbl_esc;
    reg  lane_3_aclk;
    reg  lane_3_aresetn;
    reg  [7:0] lane_3_s_axis_ans_tdata;
    reg  [15:0] lane_3_s_axis_ans_tuser;
    reg  lane_3_s_axis_ans_tvalid;
    wire  lane_3_s_axis_ans_tready;
    reg  lane_3_s_axis_ans_tlast;
    reg  [7:0] lane_3_s_axis_raw_tdata;
    reg  lane_3_s_axis_raw_tvalid;
    wire  lane_3_s_axis_raw_tready;
    reg  lane_3_s_axis_raw_tlast;
    wire  [15:0] lane_3_m_axis_tdata;
    wire  lane_3_m_axis_tvalid;
    reg  lane_3_m_axis_tready;
    wire  lane_3_m_axis_tlast;
    reg  lane_3_tbl_we;
    reg  [6:0] lane_3_tbl_addr;
    reg  [3:0] lane_3_tbl_code;
    reg  [2:0] lane_3_tbl_nb;
    reg  [5:0] lane_3_tbl_base;
    reg  [7:0] lane_3_tbl_exp;
    reg  lane_3_tbl_esc;

    // Sub module instances
    tans_decoder_x4_lane lane_0(
        .aclk(lane_0_aclk),
        .aresetn(lane_0_aresetn),
        .s_axis_ans_tdata(lane_0_s_axis_ans_tdata),
        .s_axis_ans_tuser(lane_0_s_axis_ans_tuser),
        .s_axis_ans_tvalid(lane_0_s_axis_ans_tvalid),
        .s_axis_ans_tready(lane_0_s_axis_ans_tready),
        .s_axis_ans_tlast(lane_0_s_axis_ans_tlast),
        .s_axis_raw_tdata(lane_0_s_axis_raw_tdata),
        .s_axis_raw_tvalid(lane_0_s_axis_raw_tvalid),
        .s_axis_raw_tready(lane_0_s_axis_raw_tready),
        .s_axis_raw_tlast(lane_0_s_axis_raw_tlast),
        .m_axis_tdata(lane_0_m_axis_tdata),
        .m_axis_tvalid(lane_0_m_axis_tvalid),
        .m_axis_tready(lane_0_m_axis_tready),
        .m_axis_tlast(lane_0_m_axis_tlast),
        .tbl_we(lane_0_tbl_we),
        .tbl_addr(lane_0_tbl_addr),
        .tbl_code(lane_0_tbl_code),
        .tbl_nb(lane_0_tbl_nb),
        .tbl_base(lane_0_tbl_base),
        .tbl_exp(lane_0_tbl_exp),
        .tbl_esc(lane_0_tbl_esc)
`ifdef FORMAL
        ,.formal_tables_rstate(formal_lane_0_tables_rstate)
        ,.formal_tables_rcode(formal_lane_0_tables_rcode)
        ,.formal_tables_code(formal_lane_0_tables_code)
        ,.formal_tables_nb(formal_lane_0_tables_nb)
        ,.formal_tables_base(formal_lane_0_tables_base)
        ,.formal_tables_cmap(formal_lane_0_tables_cmap)
        ,.formal_state_q(formal_lane_0_state_q)
        ,.formal_fire(formal_lane_0_fire)
        ,.formal_state_nx(formal_lane_0_state_nx)
        ,.formal_init_q(formal_lane_0_init_q)
        ,.formal_p_q(formal_lane_0_p_q)
        ,.formal_w0_q(formal_lane_0_w0_q)
        ,.formal_w1_q(formal_lane_0_w1_q)
        ,.formal_v0_q(formal_lane_0_v0_q)
        ,.formal_v1_q(formal_lane_0_v1_q)
        ,.formal_free(formal_lane_0_free)
        ,.formal_out_sign_d(formal_lane_0_out_sign_d)
        ,.formal_out_exp_d(formal_lane_0_out_exp_d)
        ,.formal_out_mant_d(formal_lane_0_out_mant_d)
        ,.formal_m_valid_d(formal_lane_0_m_valid_d)
        ,.formal_esc_q(formal_lane_0_esc_q)
        ,.formal_esc_d(formal_lane_0_esc_d)
        ,.formal_esc_exp_q(formal_lane_0_esc_exp_q)
`endif
    );
    tans_decoder_x4_lane lane_1(
        .aclk(lane_1_aclk),
        .aresetn(lane_1_aresetn),
        .s_axis_ans_tdata(lane_1_s_axis_ans_tdata),
        .s_axis_ans_tuser(lane_1_s_axis_ans_tuser),
        .s_axis_ans_tvalid(lane_1_s_axis_ans_tvalid),
        .s_axis_ans_tready(lane_1_s_axis_ans_tready),
        .s_axis_ans_tlast(lane_1_s_axis_ans_tlast),
        .s_axis_raw_tdata(lane_1_s_axis_raw_tdata),
        .s_axis_raw_tvalid(lane_1_s_axis_raw_tvalid),
        .s_axis_raw_tready(lane_1_s_axis_raw_tready),
        .s_axis_raw_tlast(lane_1_s_axis_raw_tlast),
        .m_axis_tdata(lane_1_m_axis_tdata),
        .m_axis_tvalid(lane_1_m_axis_tvalid),
        .m_axis_tready(lane_1_m_axis_tready),
        .m_axis_tlast(lane_1_m_axis_tlast),
        .tbl_we(lane_1_tbl_we),
        .tbl_addr(lane_1_tbl_addr),
        .tbl_code(lane_1_tbl_code),
        .tbl_nb(lane_1_tbl_nb),
        .tbl_base(lane_1_tbl_base),
        .tbl_exp(lane_1_tbl_exp),
        .tbl_esc(lane_1_tbl_esc)
`ifdef FORMAL
        ,.formal_tables_rstate(formal_lane_1_tables_rstate)
        ,.formal_tables_rcode(formal_lane_1_tables_rcode)
        ,.formal_tables_code(formal_lane_1_tables_code)
        ,.formal_tables_nb(formal_lane_1_tables_nb)
        ,.formal_tables_base(formal_lane_1_tables_base)
        ,.formal_tables_cmap(formal_lane_1_tables_cmap)
        ,.formal_state_q(formal_lane_1_state_q)
        ,.formal_fire(formal_lane_1_fire)
        ,.formal_state_nx(formal_lane_1_state_nx)
        ,.formal_init_q(formal_lane_1_init_q)
        ,.formal_p_q(formal_lane_1_p_q)
        ,.formal_w0_q(formal_lane_1_w0_q)
        ,.formal_w1_q(formal_lane_1_w1_q)
        ,.formal_v0_q(formal_lane_1_v0_q)
        ,.formal_v1_q(formal_lane_1_v1_q)
        ,.formal_free(formal_lane_1_free)
        ,.formal_out_sign_d(formal_lane_1_out_sign_d)
        ,.formal_out_exp_d(formal_lane_1_out_exp_d)
        ,.formal_out_mant_d(formal_lane_1_out_mant_d)
        ,.formal_m_valid_d(formal_lane_1_m_valid_d)
        ,.formal_esc_q(formal_lane_1_esc_q)
        ,.formal_esc_d(formal_lane_1_esc_d)
        ,.formal_esc_exp_q(formal_lane_1_esc_exp_q)
`endif
    );
    tans_decoder_x4_lane lane_2(
        .aclk(lane_2_aclk),
        .aresetn(lane_2_aresetn),
        .s_axis_ans_tdata(lane_2_s_axis_ans_tdata),
        .s_axis_ans_tuser(lane_2_s_axis_ans_tuser),
        .s_axis_ans_tvalid(lane_2_s_axis_ans_tvalid),
        .s_axis_ans_tready(lane_2_s_axis_ans_tready),
        .s_axis_ans_tlast(lane_2_s_axis_ans_tlast),
        .s_axis_raw_tdata(lane_2_s_axis_raw_tdata),
        .s_axis_raw_tvalid(lane_2_s_axis_raw_tvalid),
        .s_axis_raw_tready(lane_2_s_axis_raw_tready),
        .s_axis_raw_tlast(lane_2_s_axis_raw_tlast),
        .m_axis_tdata(lane_2_m_axis_tdata),
        .m_axis_tvalid(lane_2_m_axis_tvalid),
        .m_axis_tready(lane_2_m_axis_tready),
        .m_axis_tlast(lane_2_m_axis_tlast),
        .tbl_we(lane_2_tbl_we),
        .tbl_addr(lane_2_tbl_addr),
        .tbl_code(lane_2_tbl_code),
        .tbl_nb(lane_2_tbl_nb),
        .tbl_base(lane_2_tbl_base),
        .tbl_exp(lane_2_tbl_exp),
        .tbl_esc(lane_2_tbl_esc)
`ifdef FORMAL
        ,.formal_tables_rstate(formal_lane_2_tables_rstate)
        ,.formal_tables_rcode(formal_lane_2_tables_rcode)
        ,.formal_tables_code(formal_lane_2_tables_code)
        ,.formal_tables_nb(formal_lane_2_tables_nb)
        ,.formal_tables_base(formal_lane_2_tables_base)
        ,.formal_tables_cmap(formal_lane_2_tables_cmap)
        ,.formal_state_q(formal_lane_2_state_q)
        ,.formal_fire(formal_lane_2_fire)
        ,.formal_state_nx(formal_lane_2_state_nx)
        ,.formal_init_q(formal_lane_2_init_q)
        ,.formal_p_q(formal_lane_2_p_q)
        ,.formal_w0_q(formal_lane_2_w0_q)
        ,.formal_w1_q(formal_lane_2_w1_q)
        ,.formal_v0_q(formal_lane_2_v0_q)
        ,.formal_v1_q(formal_lane_2_v1_q)
        ,.formal_free(formal_lane_2_free)
        ,.formal_out_sign_d(formal_lane_2_out_sign_d)
        ,.formal_out_exp_d(formal_lane_2_out_exp_d)
        ,.formal_out_mant_d(formal_lane_2_out_mant_d)
        ,.formal_m_valid_d(formal_lane_2_m_valid_d)
        ,.formal_esc_q(formal_lane_2_esc_q)
        ,.formal_esc_d(formal_lane_2_esc_d)
        ,.formal_esc_exp_q(formal_lane_2_esc_exp_q)
`endif
    );
    tans_decoder_x4_lane lane_3(
        .aclk(lane_3_aclk),
        .aresetn(lane_3_aresetn),
        .s_axis_ans_tdata(lane_3_s_axis_ans_tdata),
        .s_axis_ans_tuser(lane_3_s_axis_ans_tuser),
        .s_axis_ans_tvalid(lane_3_s_axis_ans_tvalid),
        .s_axis_ans_tready(lane_3_s_axis_ans_tready),
        .s_axis_ans_tlast(lane_3_s_axis_ans_tlast),
        .s_axis_raw_tdata(lane_3_s_axis_raw_tdata),
        .s_axis_raw_tvalid(lane_3_s_axis_raw_tvalid),
        .s_axis_raw_tready(lane_3_s_axis_raw_tready),
        .s_axis_raw_tlast(lane_3_s_axis_raw_tlast),
        .m_axis_tdata(lane_3_m_axis_tdata),
        .m_axis_tvalid(lane_3_m_axis_tvalid),
        .m_axis_tready(lane_3_m_axis_tready),
        .m_axis_tlast(lane_3_m_axis_tlast),
        .tbl_we(lane_3_tbl_we),
        .tbl_addr(lane_3_tbl_addr),
        .tbl_code(lane_3_tbl_code),
        .tbl_nb(lane_3_tbl_nb),
        .tbl_base(lane_3_tbl_base),
        .tbl_exp(lane_3_tbl_exp),
        .tbl_esc(lane_3_tbl_esc)
`ifdef FORMAL
        ,.formal_tables_rstate(formal_lane_3_tables_rstate)
        ,.formal_tables_rcode(formal_lane_3_tables_rcode)
        ,.formal_tables_code(formal_lane_3_tables_code)
        ,.formal_tables_nb(formal_lane_3_tables_nb)
        ,.formal_tables_base(formal_lane_3_tables_base)
        ,.formal_tables_cmap(formal_lane_3_tables_cmap)
        ,.formal_state_q(formal_lane_3_state_q)
        ,.formal_fire(formal_lane_3_fire)
        ,.formal_state_nx(formal_lane_3_state_nx)
        ,.formal_init_q(formal_lane_3_init_q)
        ,.formal_p_q(formal_lane_3_p_q)
        ,.formal_w0_q(formal_lane_3_w0_q)
        ,.formal_w1_q(formal_lane_3_w1_q)
        ,.formal_v0_q(formal_lane_3_v0_q)
        ,.formal_v1_q(formal_lane_3_v1_q)
        ,.formal_free(formal_lane_3_free)
        ,.formal_out_sign_d(formal_lane_3_out_sign_d)
        ,.formal_out_exp_d(formal_lane_3_out_exp_d)
        ,.formal_out_mant_d(formal_lane_3_out_mant_d)
        ,.formal_m_valid_d(formal_lane_3_m_valid_d)
        ,.formal_esc_q(formal_lane_3_esc_q)
        ,.formal_esc_d(formal_lane_3_esc_d)
        ,.formal_esc_exp_q(formal_lane_3_esc_exp_q)
`endif
    );

    // Update code (custom)
    // Per lane l: a two-entry FIFO (e0 the head, e1 the second entry), valid flags v0/v1, last
    // flags l0/l1, and done: the lane has delivered its last value of the block.
    reg [3:0] v0_q, v1_q, l0_q, l1_q, done_q;
    reg [63:0] e0_q, e1_q;
    wire beat = &(v0_q | done_q);
    wire fire = beat & m_axis_tready;
    wire block_end = fire & l0_q[0];
    wire [3:0] lane_valid, lane_last, lane_ready, push, pop;
    wire [63:0] lane_data;

    // The FIFO takes the lane's next value when it has room and holds no value that ends the block
    // for the lane (nor has delivered it): the slot of a lane done with the block stays zero.
    assign lane_ready = ~v1_q & ~done_q & ~(v0_q & l0_q);
    assign push = lane_valid & lane_ready;
    assign pop = {4{fire}} & ~done_q;

    always @(*) begin
        m_axis_tdata = e0_q;
        m_axis_tvalid = beat & aresetn;
        m_axis_tlast = l0_q[0];
    end

    always @(posedge aclk) begin
        if (!aresetn) begin
            v0_q <= 4'h0;
            v1_q <= 4'h0;
            done_q <= 4'h0;
        end else begin
            v0_q <= v1_q | push | (v0_q & ~pop);
            v1_q <= ~pop & (v1_q | (v0_q & push));
            if (fire) done_q <= block_end ? 4'h0 : (done_q | (pop & l0_q));
        end
    end
    assign lane_valid[0] = lane_0_m_axis_tvalid;
    assign lane_last[0] = lane_0_m_axis_tlast;
    assign lane_data[15:0] = lane_0_m_axis_tdata;
    assign lane_valid[1] = lane_1_m_axis_tvalid;
    assign lane_last[1] = lane_1_m_axis_tlast;
    assign lane_data[31:16] = lane_1_m_axis_tdata;
    assign lane_valid[2] = lane_2_m_axis_tvalid;
    assign lane_last[2] = lane_2_m_axis_tlast;
    assign lane_data[47:32] = lane_2_m_axis_tdata;
    assign lane_valid[3] = lane_3_m_axis_tvalid;
    assign lane_last[3] = lane_3_m_axis_tlast;
    assign lane_data[63:48] = lane_3_m_axis_tdata;

    // Lane ports.
    always @(*) begin
        lane_0_aclk = aclk;
        lane_0_aresetn = aresetn;
        lane_0_s_axis_ans_tdata = s_axis_ans_l0_tdata;
        lane_0_s_axis_ans_tuser = s_axis_ans_l0_tuser;
        lane_0_s_axis_ans_tvalid = s_axis_ans_l0_tvalid;
        lane_0_s_axis_ans_tlast = s_axis_ans_l0_tlast;
        lane_0_s_axis_raw_tdata = s_axis_raw_l0_tdata;
        lane_0_s_axis_raw_tvalid = s_axis_raw_l0_tvalid;
        lane_0_s_axis_raw_tlast = s_axis_raw_l0_tlast;
        lane_0_m_axis_tready = lane_ready[0];
        lane_0_tbl_we = tbl_we;
        lane_0_tbl_addr = tbl_addr;
        lane_0_tbl_code = tbl_code;
        lane_0_tbl_nb = tbl_nb;
        lane_0_tbl_base = tbl_base;
        lane_0_tbl_exp = tbl_exp;
        lane_0_tbl_esc = tbl_esc;
        s_axis_ans_l0_tready = lane_0_s_axis_ans_tready;
        s_axis_raw_l0_tready = lane_0_s_axis_raw_tready;
        m_axis_tkeep[1:0] = {2{~done_q[0]}};
        lane_1_aclk = aclk;
        lane_1_aresetn = aresetn;
        lane_1_s_axis_ans_tdata = s_axis_ans_l1_tdata;
        lane_1_s_axis_ans_tuser = s_axis_ans_l1_tuser;
        lane_1_s_axis_ans_tvalid = s_axis_ans_l1_tvalid;
        lane_1_s_axis_ans_tlast = s_axis_ans_l1_tlast;
        lane_1_s_axis_raw_tdata = s_axis_raw_l1_tdata;
        lane_1_s_axis_raw_tvalid = s_axis_raw_l1_tvalid;
        lane_1_s_axis_raw_tlast = s_axis_raw_l1_tlast;
        lane_1_m_axis_tready = lane_ready[1];
        lane_1_tbl_we = tbl_we;
        lane_1_tbl_addr = tbl_addr;
        lane_1_tbl_code = tbl_code;
        lane_1_tbl_nb = tbl_nb;
        lane_1_tbl_base = tbl_base;
        lane_1_tbl_exp = tbl_exp;
        lane_1_tbl_esc = tbl_esc;
        s_axis_ans_l1_tready = lane_1_s_axis_ans_tready;
        s_axis_raw_l1_tready = lane_1_s_axis_raw_tready;
        m_axis_tkeep[3:2] = {2{~done_q[1]}};
        lane_2_aclk = aclk;
        lane_2_aresetn = aresetn;
        lane_2_s_axis_ans_tdata = s_axis_ans_l2_tdata;
        lane_2_s_axis_ans_tuser = s_axis_ans_l2_tuser;
        lane_2_s_axis_ans_tvalid = s_axis_ans_l2_tvalid;
        lane_2_s_axis_ans_tlast = s_axis_ans_l2_tlast;
        lane_2_s_axis_raw_tdata = s_axis_raw_l2_tdata;
        lane_2_s_axis_raw_tvalid = s_axis_raw_l2_tvalid;
        lane_2_s_axis_raw_tlast = s_axis_raw_l2_tlast;
        lane_2_m_axis_tready = lane_ready[2];
        lane_2_tbl_we = tbl_we;
        lane_2_tbl_addr = tbl_addr;
        lane_2_tbl_code = tbl_code;
        lane_2_tbl_nb = tbl_nb;
        lane_2_tbl_base = tbl_base;
        lane_2_tbl_exp = tbl_exp;
        lane_2_tbl_esc = tbl_esc;
        s_axis_ans_l2_tready = lane_2_s_axis_ans_tready;
        s_axis_raw_l2_tready = lane_2_s_axis_raw_tready;
        m_axis_tkeep[5:4] = {2{~done_q[2]}};
        lane_3_aclk = aclk;
        lane_3_aresetn = aresetn;
        lane_3_s_axis_ans_tdata = s_axis_ans_l3_tdata;
        lane_3_s_axis_ans_tuser = s_axis_ans_l3_tuser;
        lane_3_s_axis_ans_tvalid = s_axis_ans_l3_tvalid;
        lane_3_s_axis_ans_tlast = s_axis_ans_l3_tlast;
        lane_3_s_axis_raw_tdata = s_axis_raw_l3_tdata;
        lane_3_s_axis_raw_tvalid = s_axis_raw_l3_tvalid;
        lane_3_s_axis_raw_tlast = s_axis_raw_l3_tlast;
        lane_3_m_axis_tready = lane_ready[3];
        lane_3_tbl_we = tbl_we;
        lane_3_tbl_addr = tbl_addr;
        lane_3_tbl_code = tbl_code;
        lane_3_tbl_nb = tbl_nb;
        lane_3_tbl_base = tbl_base;
        lane_3_tbl_exp = tbl_exp;
        lane_3_tbl_esc = tbl_esc;
        s_axis_ans_l3_tready = lane_3_s_axis_ans_tready;
        s_axis_raw_l3_tready = lane_3_s_axis_raw_tready;
        m_axis_tkeep[7:6] = {2{~done_q[3]}};
    end

    // FIFO data (a popped head with nothing behind it becomes zero: the slot of a lane done with
    // the block reads 0). A push never meets a full FIFO.
    always @(posedge aclk) begin
        if (pop[0] | (push[0] & ~v0_q[0])) begin
            e0_q[15:0] <= v1_q[0] ? e1_q[15:0] : (push[0] ? lane_data[15:0] : 16'h0);
            l0_q[0] <= v1_q[0] ? l1_q[0] : (push[0] & lane_last[0]);
        end
        if (push[0] & v0_q[0] & ~pop[0]) begin
            e1_q[15:0] <= lane_data[15:0];
            l1_q[0] <= lane_last[0];
        end
        if (pop[1] | (push[1] & ~v0_q[1])) begin
            e0_q[31:16] <= v1_q[1] ? e1_q[31:16] : (push[1] ? lane_data[31:16] : 16'h0);
            l0_q[1] <= v1_q[1] ? l1_q[1] : (push[1] & lane_last[1]);
        end
        if (push[1] & v0_q[1] & ~pop[1]) begin
            e1_q[31:16] <= lane_data[31:16];
            l1_q[1] <= lane_last[1];
        end
        if (pop[2] | (push[2] & ~v0_q[2])) begin
            e0_q[47:32] <= v1_q[2] ? e1_q[47:32] : (push[2] ? lane_data[47:32] : 16'h0);
            l0_q[2] <= v1_q[2] ? l1_q[2] : (push[2] & lane_last[2]);
        end
        if (push[2] & v0_q[2] & ~pop[2]) begin
            e1_q[47:32] <= lane_data[47:32];
            l1_q[2] <= lane_last[2];
        end
        if (pop[3] | (push[3] & ~v0_q[3])) begin
            e0_q[63:48] <= v1_q[3] ? e1_q[63:48] : (push[3] ? lane_data[63:48] : 16'h0);
            l0_q[3] <= v1_q[3] ? l1_q[3] : (push[3] & lane_last[3]);
        end
        if (push[3] & v0_q[3] & ~pop[3]) begin
            e1_q[63:48] <= lane_data[63:48];
            l1_q[3] <= lane_last[3];
        end
    end
endmodule // tans_decoder_x4

module tans_decoder_x4_lane(
    aclk, aresetn, s_axis_ans_tdata, s_axis_ans_tuser, s_axis_ans_tvalid, s_axis_ans_tready,
    s_axis_ans_tlast, s_axis_raw_tdata, s_axis_raw_tvalid, s_axis_raw_tready, s_axis_raw_tlast,
    m_axis_tdata, m_axis_tvalid, m_axis_tready, m_axis_tlast, tbl_we, tbl_addr, tbl_code, tbl_nb,
    tbl_base, tbl_exp, tbl_esc
`ifdef FORMAL
    ,formal_tables_rstate,formal_tables_rcode,formal_tables_code,formal_tables_nb,formal_tables_base
    ,formal_tables_cmap,formal_state_q,formal_fire,formal_state_nx,formal_init_q,formal_p_q
    ,formal_w0_q,formal_w1_q,formal_v0_q,formal_v1_q,formal_free,formal_out_sign_d,formal_out_exp_d
    ,formal_out_mant_d,formal_m_valid_d,formal_esc_q,formal_esc_d,formal_esc_exp_q
`endif
);

    // Module arguments
`ifdef FORMAL
    input  wire   [5:0] formal_tables_rstate;
    input  wire   [3:0] formal_tables_rcode;
    output wire   [3:0] formal_tables_code;
    output wire   [2:0] formal_tables_nb;
    output wire   [5:0] formal_tables_base;
    output wire   [8:0] formal_tables_cmap;
`endif
`ifdef FORMAL
    // Observation ports of the formal proofs (docs/FORMAL.md)
    output wire   [5:0] formal_state_q;
    output wire         formal_fire;
    output wire   [5:0] formal_state_nx;
    output wire         formal_init_q;
    output wire   [2:0] formal_p_q;
    output wire   [7:0] formal_w0_q;
    output wire   [7:0] formal_w1_q;
    output wire         formal_v0_q;
    output wire         formal_v1_q;
    output wire         formal_free;
    output wire         formal_out_sign_d;
    output wire   [7:0] formal_out_exp_d;
    output wire   [6:0] formal_out_mant_d;
    output wire         formal_m_valid_d;
    output wire         formal_esc_q;
    output wire         formal_esc_d;
    output wire   [7:0] formal_esc_exp_q;
`endif
    input wire  aclk;
    input wire  aresetn;
    input wire  [7:0] s_axis_ans_tdata;
    input wire  [15:0] s_axis_ans_tuser;
    input wire  s_axis_ans_tvalid;
    output reg  s_axis_ans_tready;
    input wire  s_axis_ans_tlast;
    input wire  [7:0] s_axis_raw_tdata;
    input wire  s_axis_raw_tvalid;
    output reg  s_axis_raw_tready;
    input wire  s_axis_raw_tlast;
    output reg  [15:0] m_axis_tdata;
    output reg  m_axis_tvalid;
    input wire  m_axis_tready;
    output reg  m_axis_tlast;
    input wire  tbl_we;
    input wire  [6:0] tbl_addr;
    input wire  [3:0] tbl_code;
    input wire  [2:0] tbl_nb;
    input wire  [5:0] tbl_base;
    input wire  [7:0] tbl_exp;
    input wire  tbl_esc;

    // Constant declarations
    localparam  c_zero3 = 3'b0;
    localparam  c_one16 = 16'h1;

    // Registers: <name>_d is the value loaded at the next rising edge of aclk, <name>_q the register
    reg  tables_w_we;
    reg  [6:0] tables_w_addr;
    reg  [3:0] tables_w_code;
    reg  [2:0] tables_w_nb;
    reg  [5:0] tables_w_base;
    reg  [7:0] tables_w_exp;
    reg  tables_w_esc;
    reg  [5:0] tables_state;
    reg  tables_init;
    reg  [2:0] tables_p;
    reg  tables_v0;
    reg  tables_v1;
    reg  [7:0] tables_lo;
    reg  [7:0] tables_hi;
    wire  [2:0] tables_pnext;
    wire  tables_ok;
    wire  tables_spill;
    wire  [5:0] tables_nstate;
    wire  [7:0] tables_exp;
    wire  tables_esc;
    reg  [15:0] last_eq_a;
    reg  [15:0] last_eq_b;
    wire  last_eq_eq;
    reg  tdata_sign;
    reg  [7:0] tdata_exp;
    reg  [6:0] tdata_mant;
    wire  [15:0] tdata_value;
    reg  init_d;
    reg  init_q;
    reg  [5:0] state_d;
    reg  [5:0] state_q;
    reg  out_sign_d;
    reg  out_sign_q;
    reg  [7:0] out_exp_d;
    reg  [7:0] out_exp_q;
    reg  [6:0] out_mant_d;
    reg  [6:0] out_mant_q;
    reg  [7:0] w0_d;
    reg  [7:0] w0_q;
    reg  [7:0] w1_d;
    reg  [7:0] w1_q;
    reg  v0_d;
    reg  v0_q;
    reg  v1_d;
    reg  v1_q;
    reg  [2:0] p_d;
    reg  [2:0] p_q;
    reg  ans_last_d;
    reg  ans_last_q;
    reg  esc_d;
    reg  esc_q;
    reg  [7:0] esc_exp_d;
    reg  [7:0] esc_exp_q;
    reg  m_valid_d;
    reg  m_valid_q;
    reg  m_last_d;
    reg  m_last_q;
    reg  [15:0] num_d;
    reg  [15:0] num_q;
    reg  [15:0] cnt_d;
    reg  [15:0] cnt_q;

    // Local signals
    reg  free;
    reg  raw;
    reg  fire;
    reg  shift;
    reg  value;
    reg  block_end;
    reg  take;
    reg  [5:0] state_nx;

    // Sub module instances
    tans_decoder_x4_lane_tables tables(
        .clock(aclk),
        .w_we(tables_w_we),
        .w_addr(tables_w_addr),
        .w_code(tables_w_code),
        .w_nb(tables_w_nb),
        .w_base(tables_w_base),
        .w_exp(tables_w_exp),
        .w_esc(tables_w_esc),
        .state(tables_state),
        .init(tables_init),
        .p(tables_p),
        .v0(tables_v0),
        .v1(tables_v1),
        .lo(tables_lo),
        .hi(tables_hi),
        .pnext(tables_pnext),
        .ok(tables_ok),
        .spill(tables_spill),
        .nstate(tables_nstate),
        .exp(tables_exp),
        .esc(tables_esc)
`ifdef FORMAL
        ,.formal_rstate(formal_tables_rstate)
        ,.formal_rcode(formal_tables_rcode)
        ,.formal_code(formal_tables_code)
        ,.formal_nb(formal_tables_nb)
        ,.formal_base(formal_tables_base)
        ,.formal_cmap(formal_tables_cmap)
`endif
    );
    tans_decoder_x4_lane_last_eq last_eq(
        .a(last_eq_a),
        .b(last_eq_b),
        .eq(last_eq_eq)
    );
    tans_decoder_x4_lane_tdata tdata(
        .sign(tdata_sign),
        .exp(tdata_exp),
        .mant(tdata_mant),
        .value(tdata_value)
    );

    // Update code
    always @(*) begin
        init_d = init_q;
        out_sign_d = out_sign_q;
        out_exp_d = out_exp_q;
        out_mant_d = out_mant_q;
        w0_d = w0_q;
        w1_d = w1_q;
        v0_d = v0_q;
        v1_d = v1_q;
        p_d = p_q;
        ans_last_d = ans_last_q;
        esc_d = esc_q;
        esc_exp_d = esc_exp_q;
        m_valid_d = m_valid_q;
        m_last_d = m_last_q;
        num_d = num_q;
        cnt_d = cnt_q;
        state_nx = state_q;
        tables_w_we = tbl_we;
        tables_w_addr = tbl_addr;
        tables_w_code = tbl_code;
        tables_w_nb = tbl_nb;
        tables_w_base = tbl_base;
        tables_w_exp = tbl_exp;
        tables_w_esc = tbl_esc;
        tables_state = state_q;
        tables_init = init_q;
        tables_p = p_q;
        tables_v0 = v0_q;
        tables_v1 = v1_q;
        tables_lo = w0_q;
        tables_hi = w1_q;
        last_eq_a = cnt_q;
        last_eq_b = num_q;
        tdata_sign = out_sign_q;
        tdata_exp = out_exp_q;
        tdata_mant = out_mant_q;
        free = ~m_valid_q | m_axis_tready;
        raw = aresetn & free & s_axis_raw_tvalid;
        fire = tables_ok & (init_q | (raw & ~esc_q));
        shift = fire & tables_spill;
        value = raw & (esc_q | (~init_q & ~tables_esc & tables_ok));
        block_end = value & last_eq_eq;
        if (fire) begin
            state_nx = tables_nstate;
            p_d = tables_pnext;
            init_d = 1'b0;
        end
        s_axis_ans_tready = aresetn & ~ans_last_q & (~v1_q | shift);
        take = s_axis_ans_tready & s_axis_ans_tvalid;
        if (shift | ~v0_q) begin
            if (shift & v1_q) begin
                w0_d = w1_q;
            end
            else begin
                w0_d = s_axis_ans_tdata;
            end
        end
        if (shift | ~v1_q) begin
            w1_d = s_axis_ans_tdata;
        end
        if (shift) begin
            v0_d = v1_q | take;
            v1_d = v1_q & take;
        end
        else begin
            v0_d = v0_q | take;
            v1_d = v1_q | (v0_q & take);
        end
        if (take & s_axis_ans_tlast) begin
            ans_last_d = 1'b1;
        end
        if (~v0_q & init_q) begin
            num_d = s_axis_ans_tuser;
        end
        s_axis_raw_tready = aresetn & free & (esc_q | (~init_q & tables_ok));
        if (s_axis_raw_tvalid & free) begin
            esc_d = ~esc_q & ~init_q & tables_esc & tables_ok;
        end
        if (~esc_q) begin
            esc_exp_d = s_axis_raw_tdata;
        end
        if (free) begin
            out_sign_d = s_axis_raw_tdata[32'h7];
            out_mant_d = (s_axis_raw_tdata[6:0]);
            if (esc_q) begin
                out_exp_d = esc_exp_q;
            end
            else begin
                out_exp_d = tables_exp;
            end
            m_valid_d = value;
            m_last_d = last_eq_eq;
        end
        if (value) begin
            cnt_d = cnt_q + c_one16;
        end
        m_axis_tdata = tdata_value;
        m_axis_tvalid = m_valid_q & aresetn;
        m_axis_tlast = m_last_q;
        if (~aresetn | block_end) begin
            init_d = 1'b1;
            v0_d = 1'b0;
            v1_d = 1'b0;
            p_d = c_zero3;
            ans_last_d = 1'b0;
            cnt_d = c_one16;
        end
        if (~aresetn) begin
            esc_d = 1'b0;
            m_valid_d = 1'b0;
            m_last_d = 1'b0;
        end
        state_d = state_nx;
        if (~aresetn) begin
            state_d = state_nx;
            state_d[0] = 1'b0;
        end
    end

    // Registers (control registers are reset in the update code above; data registers need no
    // reset: a valid flag guards them)
    always @(posedge aclk) begin
        init_q <= init_d;
        state_q <= state_d;
        out_sign_q <= out_sign_d;
        out_exp_q <= out_exp_d;
        out_mant_q <= out_mant_d;
        w0_q <= w0_d;
        w1_q <= w1_d;
        v0_q <= v0_d;
        v1_q <= v1_d;
        p_q <= p_d;
        ans_last_q <= ans_last_d;
        esc_q <= esc_d;
        esc_exp_q <= esc_exp_d;
        m_valid_q <= m_valid_d;
        m_last_q <= m_last_d;
        num_q <= num_d;
        cnt_q <= cnt_d;
    end

`ifdef FORMAL
    assign formal_state_q = state_q;
    assign formal_fire = fire;
    assign formal_state_nx = state_nx;
    assign formal_init_q = init_q;
    assign formal_p_q = p_q;
    assign formal_w0_q = w0_q;
    assign formal_w1_q = w1_q;
    assign formal_v0_q = v0_q;
    assign formal_v1_q = v1_q;
    assign formal_free = free;
    assign formal_out_sign_d = out_sign_d;
    assign formal_out_exp_d = out_exp_d;
    assign formal_out_mant_d = out_mant_d;
    assign formal_m_valid_d = m_valid_d;
    assign formal_esc_q = esc_q;
    assign formal_esc_d = esc_d;
    assign formal_esc_exp_q = esc_exp_q;
`endif
endmodule // tans_decoder_x4_lane

module tans_decoder_x4_lane_last_eq(a,b,eq);

    // Module arguments
    input wire  [15:0] a;
    input wire  [15:0] b;
    output reg  eq;

    // Update code (custom)
    wire [15:0] x = a ^ b;
    wire [5:0] z = {~|x[15], ~|x[14:12], ~|x[11:9], ~|x[8:6], ~|x[5:3], ~|x[2:0]};
    wire [6:0] zs = {1'b0, z} + 7'd1;

    always @(*) eq = zs[6];
endmodule // tans_decoder_x4_lane_last_eq

module tans_decoder_x4_lane_tables(clock,w_we,w_addr,w_code,w_nb,w_base,w_exp,w_esc,state,init,p,v0,v1,lo,hi,pnext,ok,spill,nstate,exp,esc
`ifdef FORMAL
    ,formal_rstate,formal_rcode,formal_code,formal_nb,formal_base,formal_cmap
`endif
);

    // Module arguments
    input wire  clock;
    input wire  w_we;
    input wire  [6:0] w_addr;
    input wire  [3:0] w_code;
    input wire  [2:0] w_nb;
    input wire  [5:0] w_base;
    input wire  [7:0] w_exp;
    input wire  w_esc;
    input wire  [5:0] state;
    input wire  init;
    input wire  [2:0] p;
    input wire  v0;
    input wire  v1;
    input wire  [7:0] lo;
    input wire  [7:0] hi;
    output reg  [2:0] pnext;
    output reg  ok;
    output reg  spill;
    output reg  [5:0] nstate;
    output reg  [7:0] exp;
    output reg  esc;

    // Update code (custom)
    reg [3:0] code_mem [0:63];
    reg [2:0] nb_mem [0:63];
    reg [5:0] base_mem [0:63];
    reg [8:0] cmap_mem [0:31];
    wire [8:0] cmap_rd;
    reg [2:0] nb;
    reg [5:0] mask;
    reg [3:0] psum;
    wire [15:0] cat = {hi, lo};
    wire [5:0] window = cat[{1'b0, p} +: 6];
    // Asynchronous reads (LUT-RAM) as continuous assignments.
    wire [3:0] code_rd = code_mem[state];
    wire [2:0] nb_rd = nb_mem[state];
    wire [5:0] base_rd = base_mem[state];

    // No reset and no initial value: every entry is written through the table port before use.
    always @(posedge clock) begin
        if (w_we && !w_addr[6]) begin
            code_mem[w_addr[5:0]] <= w_code;
            nb_mem[w_addr[5:0]] <= w_nb;
            base_mem[w_addr[5:0]] <= w_base;
        end
        if (w_we) cmap_mem[{w_addr[6], w_addr[3:0]}] <= {w_esc, w_exp};
    end

    assign cmap_rd = cmap_mem[{1'b1, code_rd}];

    always @(*) begin
        {esc, exp} = cmap_rd;
        nb = init ? 3'd6 : nb_rd;
        mask = ~({6{1'b1}} << nb);
        nstate = (window & mask) | (base_rd & ~mask);
        psum = {1'b0, nb} + {1'b0, p};
        pnext = psum[2:0];
        ok = v1 | ((psum <= 4'd8) & (v0 | (psum == 4'd0)));
        spill = psum >= 4'd8;
    end
    `ifdef FORMAL
    // FORMAL-only read port of the table memories (docs/FORMAL.md, tANS table proofs)
    input wire [5:0] formal_rstate;
    input wire [3:0] formal_rcode;
    output wire [3:0] formal_code;
    output wire [2:0] formal_nb;
    output wire [5:0] formal_base;
    output wire [8:0] formal_cmap;
    assign formal_code = code_mem[formal_rstate];
    assign formal_nb = nb_mem[formal_rstate];
    assign formal_base = base_mem[formal_rstate];
    assign formal_cmap = cmap_mem[{1'b1, formal_rcode}];
    `endif
endmodule // tans_decoder_x4_lane_tables

module tans_decoder_x4_lane_tdata(sign,exp,mant,value);

    // Module arguments
    input wire  sign;
    input wire  [7:0] exp;
    input wire  [6:0] mant;
    output reg  [15:0] value;

    // Update code (custom)
    always @(*) value = {sign, exp, mant};
endmodule // tans_decoder_x4_lane_tdata

`default_nettype wire

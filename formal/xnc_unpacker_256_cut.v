// xnc_unpacker_256_cut.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// The FORMAL-only twin of rtl/xnc_unpacker_256.v that the one-step lemmas of the packer -> unpacker
// chain (formal/rt_pack.md, docs/FORMAL.md) cut between register stages. It is
// rtl/xnc_unpacker_256.v's text, the module renamed xnc_unpacker_256_cut, with lines added only (a unit test
// checks it):
//   - an output formal_<r>_d for each register <r>: the value <r>_q loads at the next rising
//     edge of aclk;
//   - under `define FORMAL_CUT_STATE, every register <r> is an input formal_<r>_q: its
//     `<r>_q <= <r>_d;` line is left out and <r>_q follows the input, a free value for the
//     lemma's one step (a register the block already observes under FORMAL keeps that
//     output only without the macro);
//   - an output formal_<s> for each combinational signal the lemmas read: vacate, pad, window, body_top, lo_top, rd_off.
// The registers (26 of them, every `reg <r>_q` of the block): slot0 .. out_valid.
// Not for synthesis or simulation: rtl/xnc_unpacker_256.v is the block.
//
// xnc_unpacker_256.v: GENERATED FILE, DO NOT EDIT.
// Generated from the rust-hdl description in crates/xnc-rtl and the block manifest
// (crates/xnc-rtl/src/manifest.rs) by:
//   cargo run --release --bin gen-verilog
//
// XNC unpacker: memory words of a block in, records out (one per cycle)
//
// Latency: 6 cycle(s) from an input transfer to the first m_axis_tvalid it causes.
// Throughput: 1 word per cycle: 256/record_bits records per cycle (about 0.6 on BF16-origin
//  weights; the memory word is the limit); a record longer than 433 bits (native FP16) takes two or
//  three cycles.
// Clock and reset: one clock, aclk (rising edge); aresetn synchronous, active low: it clears
// every control register; no register depends on an initial value. m_axis_tvalid is low
// while aresetn is low. Output beats stay stable while tvalid && !tready (AXI4-Stream).
// s_axis: tdata 256 bits, tlast.
// m_axis: tdata 552 bits, tuser 10 bits, tlast.
//
// Input contract (what xnc_packer writes): a block's records back to back from its first bit, zeros
// from the end of its last record to the end of its last word, tlast on that word; other input (for
// example nonzero bits there) may come out as extra records (docs/FORMAL.md, the tiling fact).
// A record is offered once all its bits and those of the next record are buffered (or the block's
// last word is in); bits below its end are zero; tdata, tuser and tlast are stable while the record
// waits for tready. The next block's words are taken behind a block's last word.
// s_axis_tready depends combinationally on m_axis_tready (a word is taken when the queue moves).
// Reset (aresetn low at a rising edge): drops the buffered bits.
//
// Every port, bus layout and the table-load sequence byte by byte: docs/INTEGRATION.md.
`default_nettype none

module xnc_unpacker_256_cut (
    // Clock and reset
    input  wire         aclk,          // 1 bit: clock: every register samples on its rising edge
    input  wire         aresetn,       // 1 bit: synchronous active-low reset of every control register
    // s_axis: input stream (AXI4-Stream)
    input  wire [255:0] s_axis_tdata,  // 256 bits: stream word of a block, first bit at the top bit (what xnc_packer writes)
    input  wire         s_axis_tvalid, // 1 bit: beat valid
    output reg          s_axis_tready, // 1 bit: beat accepted (transfer: tvalid && tready at a rising edge)
    input  wire         s_axis_tlast,  // 1 bit: last word of a block; the bits after its last record must be zero (they are dropped)
    // m_axis: output stream (AXI4-Stream)
    output reg  [551:0] m_axis_tdata,  // 552 bits: XNC record, MSB-aligned: [551] F, [550:519] S0..S31, then the codes (first code at the top); every bit below the record's end is zero
    output reg    [9:0] m_axis_tuser,  // 10 bits: [9:0] record length in bits, 33 + sum of code widths (97..545)
    output reg          m_axis_tvalid, // 1 bit: beat valid
    input  wire         m_axis_tready, // 1 bit: beat accepted (transfer: tvalid && tready at a rising edge)
    output reg          m_axis_tlast   // 1 bit: last record of the block
`ifdef FORMAL
    // Observation ports of the formal proofs (formal/, docs/FORMAL.md): internal signals, read-only
`ifndef FORMAL_CUT_STATE
    , output wire  [11:0] formal_rd_q
`endif
`ifndef FORMAL_CUT_STATE
    , output wire         formal_v0_q
`endif
`ifndef FORMAL_CUT_STATE
    , output wire         formal_v1_q
`endif
`ifndef FORMAL_CUT_STATE
    , output wire         formal_v2_q
`endif
`ifndef FORMAL_CUT_STATE
    , output wire         formal_v3_q
`endif
`ifndef FORMAL_CUT_STATE
    , output wire         formal_l0_q
`endif
`ifndef FORMAL_CUT_STATE
    , output wire         formal_l1_q
`endif
`ifndef FORMAL_CUT_STATE
    , output wire         formal_l2_q
`endif
`endif
    , output wire [255:0] formal_slot0_d
    , output wire [255:0] formal_slot1_d
    , output wire [255:0] formal_slot2_d
    , output wire [255:0] formal_slot3_d
    , output wire         formal_v0_d
    , output wire         formal_v1_d
    , output wire         formal_v2_d
    , output wire         formal_v3_d
    , output wire         formal_l0_d
    , output wire         formal_l1_d
    , output wire         formal_l2_d
    , output wire         formal_l3_d
    , output wire  [11:0] formal_rd_d
    , output wire [433:0] formal_rec_hi_d
    , output wire [111:0] formal_rec_lo_d
    , output wire         formal_half_d
    , output wire   [7:0] formal_rest_d
    , output wire         formal_off0_d
    , output wire   [9:0] formal_len_d
    , output wire   [7:0] formal_tail_d
    , output wire         formal_last_d
    , output wire         formal_full_d
    , output wire [544:0] formal_out_d
    , output wire   [9:0] formal_out_len_d
    , output wire         formal_out_last_d
    , output wire         formal_out_valid_d
`ifdef FORMAL_CUT_STATE
    , input  wire [255:0] formal_slot0_q
    , input  wire [255:0] formal_slot1_q
    , input  wire [255:0] formal_slot2_q
    , input  wire [255:0] formal_slot3_q
    , input  wire         formal_v0_q
    , input  wire         formal_v1_q
    , input  wire         formal_v2_q
    , input  wire         formal_v3_q
    , input  wire         formal_l0_q
    , input  wire         formal_l1_q
    , input  wire         formal_l2_q
    , input  wire         formal_l3_q
    , input  wire  [11:0] formal_rd_q
    , input  wire [433:0] formal_rec_hi_q
    , input  wire [111:0] formal_rec_lo_q
    , input  wire         formal_half_q
    , input  wire   [7:0] formal_rest_q
    , input  wire         formal_off0_q
    , input  wire   [9:0] formal_len_q
    , input  wire   [7:0] formal_tail_q
    , input  wire         formal_last_q
    , input  wire         formal_full_q
    , input  wire [544:0] formal_out_q
    , input  wire   [9:0] formal_out_len_q
    , input  wire         formal_out_last_q
    , input  wire         formal_out_valid_q
`endif
    , output wire         formal_vacate
    , output wire         formal_pad
    , output wire [544:0] formal_window
    , output wire [1023:0] formal_body_top
    , output wire [1023:0] formal_lo_top
    , output wire   [8:0] formal_rd_off
);

    // Constant declarations
    localparam  k_w = 12'h100;
    localparam  k_w2 = 12'h200;
    localparam  k_w3 = 12'h300;
    localparam  k_w4 = 12'h400;
    localparam  k_w_mask = 12'hff;
    localparam  k_off_pad = 12'h1;
    localparam  k_slot = 12'h100;
    localparam  k_slot2 = 12'h200;
    localparam  k_slot3 = 12'h300;
    localparam  k_dist1_0 = 12'h40;
    localparam  k_dist1_1 = 12'h10;
    localparam  k_dist1_2 = 12'h4;
    localparam  k_dist1_3 = 12'h1;
    localparam  k_dist2_0 = 12'h80;
    localparam  k_dist2_1 = 12'h20;
    localparam  k_dist2_2 = 12'h8;
    localparam  k_dist2_3 = 12'h2;
    localparam  k_dist3_0 = 12'hc0;
    localparam  k_dist3_1 = 12'h30;
    localparam  k_dist3_2 = 12'hc;
    localparam  k_dist3_3 = 12'h3;
    localparam  k_top = 12'h1df;
    localparam  k_body_top = 12'h24e;
    localparam  k_lo_pos = 12'h140;
    localparam  k_lo_bits = 12'h70;
    localparam  k_split = 12'h1b0;
    localparam  k_split_len = 10'b110110000;
    localparam  k_one_cycle = 10'b110110001;
    localparam [1023:0] k_ring_ones = {1024{1'b1}};
    localparam  k_ring_zero = 1024'h0;
    localparam  k_one = 10'b1;
    localparam  k_zero_ptr = 12'h0;
    localparam  k_one_ptr = 12'h1;
    localparam  k_zero_len = 10'b0;
    localparam  k_len_f1 = 10'b110100001;
    localparam  k_len_f0 = 10'b1000100001;
    localparam  k_five = 12'h5;
    localparam  k_group_ones = 7'b1111111;
    localparam  k_group_one = 7'b1;
    localparam  k_tail_zero = 224'h0;
    localparam  k_lo_ones = 32'hffffffff;
    localparam  k_group_0 = 224'hffffffff;
    localparam  k_group_1 = 224'hffffffff00000000;
    localparam  k_group_2 = 224'hffffffff0000000000000000;
    localparam  k_group_3 = 224'hffffffff000000000000000000000000;
    localparam  k_group_4 = 224'hffffffff00000000000000000000000000000000;
    localparam  k_group_5 = 224'hffffffff0000000000000000000000000000000000000000;
    localparam  k_group_6 = 224'hffffffff000000000000000000000000000000000000000000000000;
    localparam  k_group_pos_0 = 12'h0;
    localparam  k_group_pos_1 = 12'h20;
    localparam  k_group_pos_2 = 12'h40;
    localparam  k_group_pos_3 = 12'h60;
    localparam  k_group_pos_4 = 12'h80;
    localparam  k_group_pos_5 = 12'ha0;
    localparam  k_group_pos_6 = 12'hc0;
    localparam  k_head_ones = 545'h1ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000000000000000000000000000000000000000000000000000;

    // Registers: <name>_d is the value loaded at the next rising edge of aclk, <name>_q the register
    reg  [255:0] slot0_d;
    reg  [255:0] slot0_q;
    reg  [255:0] slot1_d;
    reg  [255:0] slot1_q;
    reg  [255:0] slot2_d;
    reg  [255:0] slot2_q;
    reg  [255:0] slot3_d;
    reg  [255:0] slot3_q;
    reg  v0_d;
    reg  v0_q;
    reg  v1_d;
    reg  v1_q;
    reg  v2_d;
    reg  v2_q;
    reg  v3_d;
    reg  v3_q;
    reg  l0_d;
    reg  l0_q;
    reg  l1_d;
    reg  l1_q;
    reg  l2_d;
    reg  l2_q;
    reg  l3_d;
    reg  l3_q;
    reg  [11:0] rd_d;
    reg  [11:0] rd_q;
    reg  [433:0] rec_hi_d;
    reg  [433:0] rec_hi_q;
    reg  [111:0] rec_lo_d;
    reg  [111:0] rec_lo_q;
    reg  half_d;
    reg  half_q;
    reg  [7:0] rest_d;
    reg  [7:0] rest_q;
    reg  off0_d;
    reg  off0_q;
    reg  [9:0] len_d;
    reg  [9:0] len_q;
    reg  [7:0] tail_d;
    reg  [7:0] tail_q;
    reg  last_d;
    reg  last_q;
    reg  full_d;
    reg  full_q;
    reg  [544:0] out_d;
    reg  [544:0] out_q;
    reg  [9:0] out_len_d;
    reg  [9:0] out_len_q;
    reg  out_last_d;
    reg  out_last_q;
    reg  out_valid_d;
    reg  out_valid_q;

    // Local signals
    reg  [11:0] rd_off_bits;
    reg  [8:0] rd_off;
    reg  rd_low;
    reg  [1023:0] ring0;
    reg  [1023:0] ring1;
    reg  [1023:0] ring2;
    reg  [1023:0] ring3;
    reg  [1023:0] stage_0;
    reg  [1023:0] stage_1;
    reg  [1023:0] stage_2;
    reg  [1023:0] stage_3;
    reg  [1023:0] stage_4;
    reg  [1023:0] stage_5;
    reg  [1023:0] shl1_0;
    reg  [1023:0] shl1_1;
    reg  [1023:0] shl1_2;
    reg  [1023:0] shl1_3;
    reg  [1023:0] shl2_0;
    reg  [1023:0] shl2_1;
    reg  [1023:0] shl2_2;
    reg  [1023:0] shl2_3;
    reg  [1023:0] shl3_0;
    reg  [1023:0] shl3_1;
    reg  [1023:0] shl3_2;
    reg  [1023:0] shl3_3;
    reg  [1023:0] pick0_0;
    reg  [1023:0] pick0_1;
    reg  [1023:0] pick0_2;
    reg  [1023:0] pick0_3;
    reg  [1023:0] pick1_0;
    reg  [1023:0] pick1_1;
    reg  [1023:0] pick1_2;
    reg  [1023:0] pick1_3;
    reg  [1023:0] pick2_0;
    reg  [1023:0] pick2_1;
    reg  [1023:0] pick2_2;
    reg  [1023:0] pick2_3;
    reg  [1023:0] pick3_0;
    reg  [1023:0] pick3_1;
    reg  [1023:0] pick3_2;
    reg  [1023:0] pick3_3;
    reg  [1023:0] body_top;
    reg  [545:0] body;
    reg  [545:0] out_shift;
    reg  [544:0] out_rec;
    reg  [1023:0] window_top;
    reg  [544:0] window;
    reg  [9:0] sel_0;
    reg  [9:0] sel_1;
    reg  [9:0] sel_2;
    reg  [9:0] sel_3;
    reg  [9:0] sel_4;
    reg  [9:0] sel_5;
    reg  [9:0] sel_6;
    reg  [9:0] sel_7;
    reg  [9:0] sel_8;
    reg  [9:0] sel_9;
    reg  [9:0] sel_10;
    reg  [9:0] sel_11;
    reg  [9:0] sel_12;
    reg  [9:0] sel_13;
    reg  [9:0] sel_14;
    reg  [9:0] sel_15;
    reg  [9:0] sel_16;
    reg  [9:0] sel_17;
    reg  [9:0] sel_18;
    reg  [9:0] sel_19;
    reg  [9:0] sel_20;
    reg  [9:0] sel_21;
    reg  [9:0] sel_22;
    reg  [9:0] sel_23;
    reg  [9:0] sel_24;
    reg  [9:0] sel_25;
    reg  [9:0] sel_26;
    reg  [9:0] sel_27;
    reg  [9:0] sel_28;
    reg  [9:0] sel_29;
    reg  [9:0] sel_30;
    reg  [9:0] sel_31;
    reg  [9:0] sum2_0;
    reg  [9:0] sum2_1;
    reg  [9:0] sum2_2;
    reg  [9:0] sum2_3;
    reg  [9:0] sum2_4;
    reg  [9:0] sum2_5;
    reg  [9:0] sum2_6;
    reg  [9:0] sum2_7;
    reg  [9:0] sum2_8;
    reg  [9:0] sum2_9;
    reg  [9:0] sum2_10;
    reg  [9:0] sum2_11;
    reg  [9:0] sum2_12;
    reg  [9:0] sum2_13;
    reg  [9:0] sum2_14;
    reg  [9:0] sum2_15;
    reg  [9:0] sum4_0;
    reg  [9:0] sum4_1;
    reg  [9:0] sum4_2;
    reg  [9:0] sum4_3;
    reg  [9:0] sum4_4;
    reg  [9:0] sum4_5;
    reg  [9:0] sum4_6;
    reg  [9:0] sum4_7;
    reg  [9:0] sum8_0;
    reg  [9:0] sum8_1;
    reg  [9:0] sum8_2;
    reg  [9:0] sum8_3;
    reg  [9:0] sum16_0;
    reg  [9:0] sum16_1;
    reg  [9:0] nsel;
    reg  [9:0] nsel3;
    reg  [9:0] nsel4;
    reg  [9:0] len;
    reg  [11:0] len_wide;
    reg  long;
    reg  [9:0] rest_len;
    reg  [7:0] rest;
    reg  [1023:0] lo_top;
    reg  [11:0] rest_wide;
    reg  [11:0] rd_split;
    reg  [11:0] rd_rest;
    reg  second;
    reg  [9:0] tail_wide;
    reg  [7:0] tail;
    reg  [7:0] tail_hi;
    reg  [4:0] tail_lo;
    reg  [6:0] tail_after;
    reg  [6:0] tail_at;
    reg  [31:0] tail_from;
    reg  [223:0] mask_after_0;
    reg  [223:0] mask_after_1;
    reg  [223:0] mask_after_2;
    reg  [223:0] mask_after_3;
    reg  [223:0] mask_after_4;
    reg  [223:0] mask_after_5;
    reg  [223:0] mask_after_6;
    reg  [223:0] mask_after_7;
    reg  [223:0] mask_at_0;
    reg  [223:0] mask_at_1;
    reg  [223:0] mask_at_2;
    reg  [223:0] mask_at_3;
    reg  [223:0] mask_at_4;
    reg  [223:0] mask_at_5;
    reg  [223:0] mask_at_6;
    reg  [223:0] mask_at_7;
    reg  [223:0] mask_from_0;
    reg  [223:0] mask_from_1;
    reg  [223:0] mask_from_2;
    reg  [223:0] mask_from_3;
    reg  [223:0] mask_from_4;
    reg  [223:0] mask_from_5;
    reg  [223:0] mask_from_6;
    reg  [223:0] mask_from_7;
    reg  [223:0] tail_mask;
    reg  [544:0] rec_mask;
    reg  [11:0] avail;
    reg  last_in;
    reg  at_end;
    reg  [11:0] rd_up;
    reg  [11:0] room;
    reg  [11:0] need;
    reg  complete;
    reg  pad;
    reg  out_free;
    reg  ready_a;
    reg  advance;
    reg  take;
    reg  drop;
    reg  [11:0] rd_c;
    reg  vacate;
    reg  shift0;
    reg  shift1;
    reg  shift2;
    reg  shift3;
    reg  in_ready;
    reg  in_fire;

    // Update code
    always @(*) begin
        slot0_d = slot0_q;
        slot1_d = slot1_q;
        slot2_d = slot2_q;
        slot3_d = slot3_q;
        v0_d = v0_q;
        v1_d = v1_q;
        v2_d = v2_q;
        v3_d = v3_q;
        l0_d = l0_q;
        l1_d = l1_q;
        l2_d = l2_q;
        l3_d = l3_q;
        rd_d = rd_q;
        rec_hi_d = rec_hi_q;
        rec_lo_d = rec_lo_q;
        half_d = half_q;
        rest_d = rest_q;
        off0_d = off0_q;
        len_d = len_q;
        tail_d = tail_q;
        last_d = last_q;
        full_d = full_q;
        out_d = out_q;
        out_len_d = out_len_q;
        out_last_d = out_last_q;
        out_valid_d = out_valid_q;
        rd_off_bits = (rd_q & k_w_mask) << k_off_pad;
        rd_off = rd_off_bits[(32'h0)+:(9)];
        rd_low = rd_q < k_w;
        ring0 = ({{768{1'b0}}, slot0_q}) << k_slot3;
        ring1 = ({{768{1'b0}}, slot1_q}) << k_slot2;
        ring2 = ({{768{1'b0}}, slot2_q}) << k_slot;
        ring3 = ({{768{1'b0}}, slot3_q});
        stage_0 = ring0 | ring1 | ring2 | ring3;
        shl1_0 = stage_0 << k_dist1_0;
        shl2_0 = stage_0 << k_dist2_0;
        shl3_0 = stage_0 << k_dist3_0;
        pick0_0 = k_ring_zero;
        pick1_0 = k_ring_zero;
        pick2_0 = k_ring_zero;
        pick3_0 = k_ring_zero;
        case (rd_off[(32'h7 - 32'h2 * 0)+:(2)])
            1:
                begin
                    pick1_0 = k_ring_ones;
                end
            2:
                begin
                    pick2_0 = k_ring_ones;
                end
            3:
                begin
                    pick3_0 = k_ring_ones;
                end
            default:
                begin
                    pick0_0 = k_ring_ones;
                end
        endcase
        stage_1 = (stage_0 & pick0_0) | (shl1_0 & pick1_0) | (shl2_0 & pick2_0) | (shl3_0 & pick3_0);
        shl1_1 = stage_1 << k_dist1_1;
        shl2_1 = stage_1 << k_dist2_1;
        shl3_1 = stage_1 << k_dist3_1;
        pick0_1 = k_ring_zero;
        pick1_1 = k_ring_zero;
        pick2_1 = k_ring_zero;
        pick3_1 = k_ring_zero;
        case (rd_off[(32'h7 - 32'h2 * 1)+:(2)])
            1:
                begin
                    pick1_1 = k_ring_ones;
                end
            2:
                begin
                    pick2_1 = k_ring_ones;
                end
            3:
                begin
                    pick3_1 = k_ring_ones;
                end
            default:
                begin
                    pick0_1 = k_ring_ones;
                end
        endcase
        stage_2 = (stage_1 & pick0_1) | (shl1_1 & pick1_1) | (shl2_1 & pick2_1) | (shl3_1 & pick3_1);
        shl1_2 = stage_2 << k_dist1_2;
        shl2_2 = stage_2 << k_dist2_2;
        shl3_2 = stage_2 << k_dist3_2;
        pick0_2 = k_ring_zero;
        pick1_2 = k_ring_zero;
        pick2_2 = k_ring_zero;
        pick3_2 = k_ring_zero;
        case (rd_off[(32'h7 - 32'h2 * 2)+:(2)])
            1:
                begin
                    pick1_2 = k_ring_ones;
                end
            2:
                begin
                    pick2_2 = k_ring_ones;
                end
            3:
                begin
                    pick3_2 = k_ring_ones;
                end
            default:
                begin
                    pick0_2 = k_ring_ones;
                end
        endcase
        stage_3 = (stage_2 & pick0_2) | (shl1_2 & pick1_2) | (shl2_2 & pick2_2) | (shl3_2 & pick3_2);
        shl1_3 = stage_3 << k_dist1_3;
        shl2_3 = stage_3 << k_dist2_3;
        shl3_3 = stage_3 << k_dist3_3;
        pick0_3 = k_ring_zero;
        pick1_3 = k_ring_zero;
        pick2_3 = k_ring_zero;
        pick3_3 = k_ring_zero;
        case (rd_off[(32'h7 - 32'h2 * 3)+:(2)])
            1:
                begin
                    pick1_3 = k_ring_ones;
                end
            2:
                begin
                    pick2_3 = k_ring_ones;
                end
            3:
                begin
                    pick3_3 = k_ring_ones;
                end
            default:
                begin
                    pick0_3 = k_ring_ones;
                end
        endcase
        stage_4 = (stage_3 & pick0_3) | (shl1_3 & pick1_3) | (shl2_3 & pick2_3) | (shl3_3 & pick3_3);
        body_top = stage_4 >> k_body_top;
        stage_5 = stage_4;
        if (rd_off[32'h0]) begin
            stage_5 = stage_4 << 32'h1;
        end
        window_top = stage_5 >> k_top;
        window = (window_top[544:0]);
        sel_0 = k_zero_len;
        if (window[32'h21f - 0]) begin
            sel_0 = k_one;
        end
        sel_1 = k_zero_len;
        if (window[32'h21f - 1]) begin
            sel_1 = k_one;
        end
        sel_2 = k_zero_len;
        if (window[32'h21f - 2]) begin
            sel_2 = k_one;
        end
        sel_3 = k_zero_len;
        if (window[32'h21f - 3]) begin
            sel_3 = k_one;
        end
        sel_4 = k_zero_len;
        if (window[32'h21f - 4]) begin
            sel_4 = k_one;
        end
        sel_5 = k_zero_len;
        if (window[32'h21f - 5]) begin
            sel_5 = k_one;
        end
        sel_6 = k_zero_len;
        if (window[32'h21f - 6]) begin
            sel_6 = k_one;
        end
        sel_7 = k_zero_len;
        if (window[32'h21f - 7]) begin
            sel_7 = k_one;
        end
        sel_8 = k_zero_len;
        if (window[32'h21f - 8]) begin
            sel_8 = k_one;
        end
        sel_9 = k_zero_len;
        if (window[32'h21f - 9]) begin
            sel_9 = k_one;
        end
        sel_10 = k_zero_len;
        if (window[32'h21f - 10]) begin
            sel_10 = k_one;
        end
        sel_11 = k_zero_len;
        if (window[32'h21f - 11]) begin
            sel_11 = k_one;
        end
        sel_12 = k_zero_len;
        if (window[32'h21f - 12]) begin
            sel_12 = k_one;
        end
        sel_13 = k_zero_len;
        if (window[32'h21f - 13]) begin
            sel_13 = k_one;
        end
        sel_14 = k_zero_len;
        if (window[32'h21f - 14]) begin
            sel_14 = k_one;
        end
        sel_15 = k_zero_len;
        if (window[32'h21f - 15]) begin
            sel_15 = k_one;
        end
        sel_16 = k_zero_len;
        if (window[32'h21f - 16]) begin
            sel_16 = k_one;
        end
        sel_17 = k_zero_len;
        if (window[32'h21f - 17]) begin
            sel_17 = k_one;
        end
        sel_18 = k_zero_len;
        if (window[32'h21f - 18]) begin
            sel_18 = k_one;
        end
        sel_19 = k_zero_len;
        if (window[32'h21f - 19]) begin
            sel_19 = k_one;
        end
        sel_20 = k_zero_len;
        if (window[32'h21f - 20]) begin
            sel_20 = k_one;
        end
        sel_21 = k_zero_len;
        if (window[32'h21f - 21]) begin
            sel_21 = k_one;
        end
        sel_22 = k_zero_len;
        if (window[32'h21f - 22]) begin
            sel_22 = k_one;
        end
        sel_23 = k_zero_len;
        if (window[32'h21f - 23]) begin
            sel_23 = k_one;
        end
        sel_24 = k_zero_len;
        if (window[32'h21f - 24]) begin
            sel_24 = k_one;
        end
        sel_25 = k_zero_len;
        if (window[32'h21f - 25]) begin
            sel_25 = k_one;
        end
        sel_26 = k_zero_len;
        if (window[32'h21f - 26]) begin
            sel_26 = k_one;
        end
        sel_27 = k_zero_len;
        if (window[32'h21f - 27]) begin
            sel_27 = k_one;
        end
        sel_28 = k_zero_len;
        if (window[32'h21f - 28]) begin
            sel_28 = k_one;
        end
        sel_29 = k_zero_len;
        if (window[32'h21f - 29]) begin
            sel_29 = k_one;
        end
        sel_30 = k_zero_len;
        if (window[32'h21f - 30]) begin
            sel_30 = k_one;
        end
        sel_31 = k_zero_len;
        if (window[32'h21f - 31]) begin
            sel_31 = k_one;
        end
        sum2_0 = sel_0 + sel_1;
        sum2_1 = sel_2 + sel_3;
        sum2_2 = sel_4 + sel_5;
        sum2_3 = sel_6 + sel_7;
        sum2_4 = sel_8 + sel_9;
        sum2_5 = sel_10 + sel_11;
        sum2_6 = sel_12 + sel_13;
        sum2_7 = sel_14 + sel_15;
        sum2_8 = sel_16 + sel_17;
        sum2_9 = sel_18 + sel_19;
        sum2_10 = sel_20 + sel_21;
        sum2_11 = sel_22 + sel_23;
        sum2_12 = sel_24 + sel_25;
        sum2_13 = sel_26 + sel_27;
        sum2_14 = sel_28 + sel_29;
        sum2_15 = sel_30 + sel_31;
        sum4_0 = sum2_0 + sum2_1;
        sum4_1 = sum2_2 + sum2_3;
        sum4_2 = sum2_4 + sum2_5;
        sum4_3 = sum2_6 + sum2_7;
        sum4_4 = sum2_8 + sum2_9;
        sum4_5 = sum2_10 + sum2_11;
        sum4_6 = sum2_12 + sum2_13;
        sum4_7 = sum2_14 + sum2_15;
        sum8_0 = sum4_0 + sum4_1;
        sum8_1 = sum4_2 + sum4_3;
        sum8_2 = sum4_4 + sum4_5;
        sum8_3 = sum4_6 + sum4_7;
        sum16_0 = sum8_0 + sum8_1;
        sum16_1 = sum8_2 + sum8_3;
        nsel = sum16_0 + sum16_1;
        nsel3 = nsel + (nsel << 32'h1);
        nsel4 = nsel << 32'h2;
        if (window[32'h220]) begin
            len = k_len_f1 - nsel3;
        end
        else begin
            len = k_len_f0 - nsel4;
        end
        len_wide = ({{2{1'b0}}, len});
        long = len > k_one_cycle;
        rest_len = len - k_split_len;
        rest = (rest_len[7:0]);
        rest_wide = ({{4{1'b0}}, rest_q});
        rd_split = rd_q + k_split;
        rd_rest = rd_q + rest_wide;
        tail_wide = k_len_f0 - len;
        tail = (tail_wide[7:0]);
        avail = k_zero_ptr;
        if (v0_q) begin
            avail = k_w;
            if (v1_q & ~l0_q) begin
                avail = k_w2;
                if (v2_q & ~l1_q) begin
                    avail = k_w3;
                    if (v3_q & ~l2_q) begin
                        avail = k_w4;
                    end
                end
            end
        end
        last_in = v0_q & (l0_q | (v1_q & (l1_q | (v2_q & (l2_q | (v3_q & l3_q))))));
        room = avail - rd_q;
        need = rd_q + len_wide;
        complete = rd_low & (len_wide <= room);
        pad = last_in & rd_low & ~complete;
        at_end = last_in & (need == avail);
        rd_up = (rd_q | k_w_mask) + k_one_ptr;
        out_free = ~out_valid_q | m_axis_tready;
        ready_a = full_q & ~half_q & (complete | pad);
        advance = ready_a & out_free;
        m_axis_tvalid = out_valid_q & aresetn;
        m_axis_tlast = out_last_q;
        m_axis_tdata = ({{7{1'b0}}, out_q}) << 32'h7;
        m_axis_tuser = out_len_q;
        tail_hi = tail_q >> k_five;
        tail_lo = tail_q[(32'h0)+:(5)];
        tail_after = (k_group_ones << tail_hi) << 32'h1;
        tail_at = k_group_one << tail_hi;
        tail_from = k_lo_ones << tail_lo;
        mask_after_0 = k_tail_zero;
        mask_at_0 = k_tail_zero;
        mask_from_0 = k_tail_zero;
        mask_after_1 = mask_after_0;
        if (tail_after[0]) begin
            mask_after_1 = mask_after_0 | k_group_0;
        end
        mask_at_1 = mask_at_0;
        if (tail_at[0]) begin
            mask_at_1 = mask_at_0 | k_group_0;
        end
        mask_from_1 = mask_from_0 | (({{192{1'b0}}, tail_from}) << k_group_pos_0);
        mask_after_2 = mask_after_1;
        if (tail_after[1]) begin
            mask_after_2 = mask_after_1 | k_group_1;
        end
        mask_at_2 = mask_at_1;
        if (tail_at[1]) begin
            mask_at_2 = mask_at_1 | k_group_1;
        end
        mask_from_2 = mask_from_1 | (({{192{1'b0}}, tail_from}) << k_group_pos_1);
        mask_after_3 = mask_after_2;
        if (tail_after[2]) begin
            mask_after_3 = mask_after_2 | k_group_2;
        end
        mask_at_3 = mask_at_2;
        if (tail_at[2]) begin
            mask_at_3 = mask_at_2 | k_group_2;
        end
        mask_from_3 = mask_from_2 | (({{192{1'b0}}, tail_from}) << k_group_pos_2);
        mask_after_4 = mask_after_3;
        if (tail_after[3]) begin
            mask_after_4 = mask_after_3 | k_group_3;
        end
        mask_at_4 = mask_at_3;
        if (tail_at[3]) begin
            mask_at_4 = mask_at_3 | k_group_3;
        end
        mask_from_4 = mask_from_3 | (({{192{1'b0}}, tail_from}) << k_group_pos_3);
        mask_after_5 = mask_after_4;
        if (tail_after[4]) begin
            mask_after_5 = mask_after_4 | k_group_4;
        end
        mask_at_5 = mask_at_4;
        if (tail_at[4]) begin
            mask_at_5 = mask_at_4 | k_group_4;
        end
        mask_from_5 = mask_from_4 | (({{192{1'b0}}, tail_from}) << k_group_pos_4);
        mask_after_6 = mask_after_5;
        if (tail_after[5]) begin
            mask_after_6 = mask_after_5 | k_group_5;
        end
        mask_at_6 = mask_at_5;
        if (tail_at[5]) begin
            mask_at_6 = mask_at_5 | k_group_5;
        end
        mask_from_6 = mask_from_5 | (({{192{1'b0}}, tail_from}) << k_group_pos_5);
        mask_after_7 = mask_after_6;
        if (tail_after[6]) begin
            mask_after_7 = mask_after_6 | k_group_6;
        end
        mask_at_7 = mask_at_6;
        if (tail_at[6]) begin
            mask_at_7 = mask_at_6 | k_group_6;
        end
        mask_from_7 = mask_from_6 | (({{192{1'b0}}, tail_from}) << k_group_pos_6);
        tail_mask = mask_after_7 | (mask_at_7 & mask_from_7);
        rec_mask = k_head_ones | ({{321{1'b0}}, tail_mask});
        body = (({{112{1'b0}}, rec_hi_q}) << k_lo_bits) | ({{434{1'b0}}, rec_lo_q});
        out_shift = body;
        if (off0_q) begin
            out_shift = body << 32'h1;
        end
        out_rec = out_shift[(32'h1)+:(545)];
        out_d = out_q;
        out_len_d = out_len_q;
        out_last_d = out_last_q;
        out_valid_d = out_valid_q & ~m_axis_tready;
        if (advance) begin
            out_d = out_rec & rec_mask;
            out_len_d = len_q;
            out_last_d = pad | last_q;
            out_valid_d = 1'b1;
        end
        take = complete & (~full_q | advance);
        drop = pad & (~full_q | advance);
        lo_top = body_top >> k_lo_pos;
        second = half_q & rd_low & (rest_wide <= room);
        rec_hi_d = rec_hi_q;
        rec_lo_d = rec_lo_q;
        half_d = half_q;
        rest_d = rest_q;
        len_d = len_q;
        tail_d = tail_q;
        full_d = full_q & ~advance;
        rd_c = rd_q;
        if (take) begin
            rec_hi_d = (body_top[433:0]);
            off0_d = rd_off[32'h0];
            len_d = len;
            tail_d = tail;
            last_d = at_end;
            full_d = 1'b1;
            rd_c = need;
            half_d = long;
            rest_d = rest;
            if (long) begin
                rd_c = rd_split;
            end
        end
        if (second) begin
            rec_lo_d = (lo_top[111:0]);
            half_d = 1'b0;
            rd_c = rd_rest;
        end
        if (drop & |room) begin
            rd_c = rd_up;
        end
        vacate = rd_c >= k_w;
        rd_d = rd_c;
        if (vacate) begin
            rd_d = rd_c - k_w;
        end
        shift0 = vacate | ~v0_q;
        shift1 = shift0 | ~v1_q;
        shift2 = shift1 | ~v2_q;
        shift3 = shift2 | ~v3_q;
        in_ready = (~(v0_q & v1_q & v2_q & v3_q) | vacate) & aresetn;
        s_axis_tready = in_ready;
        in_fire = in_ready & s_axis_tvalid;
        slot0_d = slot0_q;
        slot1_d = slot1_q;
        slot2_d = slot2_q;
        slot3_d = slot3_q;
        if (shift0) begin
            slot0_d = slot1_q;
            v0_d = v1_q;
            l0_d = l1_q;
        end
        if (shift1) begin
            slot1_d = slot2_q;
            v1_d = v2_q;
            l1_d = l2_q;
        end
        if (shift2) begin
            slot2_d = slot3_q;
            v2_d = v3_q;
            l2_d = l3_q;
        end
        if (shift3) begin
            slot3_d = s_axis_tdata;
            v3_d = in_fire;
            l3_d = s_axis_tlast;
        end
        if (~aresetn) begin
            v0_d = 1'b0;
            v1_d = 1'b0;
            v2_d = 1'b0;
            v3_d = 1'b0;
            rd_d = k_zero_ptr;
            full_d = 1'b0;
            half_d = 1'b0;
            out_valid_d = 1'b0;
        end
    end

    // Registers (control registers are reset in the update code above; data registers need no
    // reset: a valid flag guards them)
    always @(posedge aclk) begin
`ifndef FORMAL_CUT_STATE
        slot0_q <= slot0_d;
        slot1_q <= slot1_d;
        slot2_q <= slot2_d;
        slot3_q <= slot3_d;
        v0_q <= v0_d;
        v1_q <= v1_d;
        v2_q <= v2_d;
        v3_q <= v3_d;
        l0_q <= l0_d;
        l1_q <= l1_d;
        l2_q <= l2_d;
        l3_q <= l3_d;
        rd_q <= rd_d;
        rec_hi_q <= rec_hi_d;
        rec_lo_q <= rec_lo_d;
        half_q <= half_d;
        rest_q <= rest_d;
        off0_q <= off0_d;
        len_q <= len_d;
        tail_q <= tail_d;
        last_q <= last_d;
        full_q <= full_d;
        out_q <= out_d;
        out_len_q <= out_len_d;
        out_last_q <= out_last_d;
        out_valid_q <= out_valid_d;
`endif
    end

`ifdef FORMAL
`ifndef FORMAL_CUT_STATE
    assign formal_rd_q = rd_q;
`endif
`ifndef FORMAL_CUT_STATE
    assign formal_v0_q = v0_q;
`endif
`ifndef FORMAL_CUT_STATE
    assign formal_v1_q = v1_q;
`endif
`ifndef FORMAL_CUT_STATE
    assign formal_v2_q = v2_q;
`endif
`ifndef FORMAL_CUT_STATE
    assign formal_v3_q = v3_q;
`endif
`ifndef FORMAL_CUT_STATE
    assign formal_l0_q = l0_q;
`endif
`ifndef FORMAL_CUT_STATE
    assign formal_l1_q = l1_q;
`endif
`ifndef FORMAL_CUT_STATE
    assign formal_l2_q = l2_q;
`endif
`endif
    assign formal_slot0_d = slot0_d;
    assign formal_slot1_d = slot1_d;
    assign formal_slot2_d = slot2_d;
    assign formal_slot3_d = slot3_d;
    assign formal_v0_d = v0_d;
    assign formal_v1_d = v1_d;
    assign formal_v2_d = v2_d;
    assign formal_v3_d = v3_d;
    assign formal_l0_d = l0_d;
    assign formal_l1_d = l1_d;
    assign formal_l2_d = l2_d;
    assign formal_l3_d = l3_d;
    assign formal_rd_d = rd_d;
    assign formal_rec_hi_d = rec_hi_d;
    assign formal_rec_lo_d = rec_lo_d;
    assign formal_half_d = half_d;
    assign formal_rest_d = rest_d;
    assign formal_off0_d = off0_d;
    assign formal_len_d = len_d;
    assign formal_tail_d = tail_d;
    assign formal_last_d = last_d;
    assign formal_full_d = full_d;
    assign formal_out_d = out_d;
    assign formal_out_len_d = out_len_d;
    assign formal_out_last_d = out_last_d;
    assign formal_out_valid_d = out_valid_d;
    assign formal_vacate = vacate;
    assign formal_pad = pad;
    assign formal_window = window;
    assign formal_body_top = body_top;
    assign formal_lo_top = lo_top;
    assign formal_rd_off = rd_off;
`ifdef FORMAL_CUT_STATE
    // FORMAL_CUT_STATE: every state register of the block, free inputs
    always @(*) begin
        slot0_q = formal_slot0_q;
        slot1_q = formal_slot1_q;
        slot2_q = formal_slot2_q;
        slot3_q = formal_slot3_q;
        v0_q = formal_v0_q;
        v1_q = formal_v1_q;
        v2_q = formal_v2_q;
        v3_q = formal_v3_q;
        l0_q = formal_l0_q;
        l1_q = formal_l1_q;
        l2_q = formal_l2_q;
        l3_q = formal_l3_q;
        rd_q = formal_rd_q;
        rec_hi_q = formal_rec_hi_q;
        rec_lo_q = formal_rec_lo_q;
        half_q = formal_half_q;
        rest_q = formal_rest_q;
        off0_q = formal_off0_q;
        len_q = formal_len_q;
        tail_q = formal_tail_q;
        last_q = formal_last_q;
        full_q = formal_full_q;
        out_q = formal_out_q;
        out_len_q = formal_out_len_q;
        out_last_q = formal_out_last_q;
        out_valid_q = formal_out_valid_q;
    end
`endif
endmodule // xnc_unpacker_256_cut

`default_nettype wire

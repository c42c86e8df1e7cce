// xnc_unpacker_256.v: GENERATED FILE, DO NOT EDIT.
// Generated from the rust-hdl description in crates/xnc-rtl and the block manifest
// (crates/xnc-rtl/src/manifest.rs) by:
//   cargo run --release --bin gen-verilog
//
// XNC unpacker: memory words of a block in, records out (one per cycle)
//
// Latency: 3 cycle(s) from an input transfer to the first m_axis_tvalid it causes.
// Throughput: 1 word per cycle: 256/record_bits records per cycle (about 0.6 on BF16-origin weights; the memory word is the limit).
// Clock and reset: one clock, aclk (rising edge); aresetn synchronous, active low: it clears
// every control register; no register depends on an initial value. m_axis_tvalid is low
// while aresetn is low. Output beats stay stable while tvalid && !tready (AXI4-Stream).
// s_axis: tdata 256 bits, tlast.
// m_axis: tdata 552 bits, tuser 10 bits, tlast.
//
// A record is offered once all its bits and those of the next record are buffered (or the block's
// last word is in); bits below its end are zero; tdata, tuser and tlast are stable while the record
// waits for tready. s_axis_tready depends on no input of the same cycle.
// Reset (aresetn low at a rising edge): drops the buffered bits.
//
// Every port, bus layout and the table-load sequence byte by byte: docs/INTEGRATION.md.
`default_nettype none

module xnc_unpacker_256 (
    // Clock and reset
    input  wire         aclk,          // 1 bit: clock: every register samples on its rising edge
    input  wire         aresetn,       // 1 bit: synchronous active-low reset of every control register
    // s_axis: input stream (AXI4-Stream)
    input  wire [255:0] s_axis_tdata,  // 256 bits: stream word of a block, first bit at the top bit (what xnc_packer writes)
    input  wire         s_axis_tvalid, // 1 bit: beat valid
    output reg          s_axis_tready, // 1 bit: beat accepted (transfer: tvalid && tready at a rising edge)
    input  wire         s_axis_tlast,  // 1 bit: last word of a block (its zero padding after the last record is dropped)
    // m_axis: output stream (AXI4-Stream)
    output reg  [551:0] m_axis_tdata,  // 552 bits: XNC record, MSB-aligned: [551] F, [550:519] S0..S31, then the codes (first code at the top); every bit below the record's end is zero
    output reg    [9:0] m_axis_tuser,  // 10 bits: [9:0] record length in bits, 33 + sum of code widths (97..545)
    output reg          m_axis_tvalid, // 1 bit: beat valid
    input  wire         m_axis_tready, // 1 bit: beat accepted (transfer: tvalid && tready at a rising edge)
    output reg          m_axis_tlast   // 1 bit: last record of the block
`ifdef FORMAL
    // Observation ports of the formal proofs (formal/, docs/FORMAL.md): internal signals, read-only
    , output wire   [9:0] formal_rd_q
    , output wire  [10:0] formal_cnt_q
`endif
);

    // Constant declarations
    localparam  k_w = 11'b100000000;
    localparam  k_room = 11'b1100000000;
    localparam  k_lw = 10'b1000;
    localparam  k_off_mask = 10'b11111111;
    localparam  k_slot = 12'h100;
    localparam  k_w2 = 12'h200;
    localparam  k_w3 = 12'h300;
    localparam  k_dist_0 = 12'h100;
    localparam  k_dist_1 = 12'h80;
    localparam  k_dist_2 = 12'h40;
    localparam  k_dist_3 = 12'h20;
    localparam  k_dist_4 = 12'h10;
    localparam  k_dist_5 = 12'h8;
    localparam  k_dist_6 = 12'h4;
    localparam  k_dist_7 = 12'h2;
    localparam  k_dist_8 = 12'h1;
    localparam  k_top = 12'h1df;
    localparam  k_one = 10'b1;
    localparam  k_zero_cnt = 11'b0;
    localparam  k_zero_ptr = 10'b0;
    localparam  k_empty = 256'h0;
    localparam  k_zero_len = 10'b0;
    localparam  k_len_f1 = 10'b110100001;
    localparam  k_len_f0 = 10'b1000100001;
    localparam  k_ones = 545'h1ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff;

    // Registers: <name>_d is the value loaded at the next rising edge of aclk, <name>_q the register
    reg  [255:0] slot0_d;
    reg  [255:0] slot0_q;
    reg  [255:0] slot1_d;
    reg  [255:0] slot1_q;
    reg  [255:0] slot2_d;
    reg  [255:0] slot2_q;
    reg  [255:0] slot3_d;
    reg  [255:0] slot3_q;
    reg  [9:0] rd_d;
    reg  [9:0] rd_q;
    reg  [10:0] cnt_d;
    reg  [10:0] cnt_q;
    reg  seen_last_d;
    reg  seen_last_q;
    reg  [544:0] rec_d;
    reg  [544:0] rec_q;
    reg  [9:0] len_d;
    reg  [9:0] len_q;
    reg  full_d;
    reg  full_q;

    // Local signals
    reg  [9:0] rd_slot_bits;
    reg  [1:0] rd_slot;
    reg  [9:0] rd_off_bits;
    reg  [8:0] rd_off;
    reg  [1023:0] ring0;
    reg  [1023:0] ring1;
    reg  [1023:0] ring2;
    reg  [1023:0] ring3;
    reg  [1023:0] ring;
    reg  [1023:0] rot;
    reg  [1023:0] stage_0;
    reg  [1023:0] stage_1;
    reg  [1023:0] stage_2;
    reg  [1023:0] stage_3;
    reg  [1023:0] stage_4;
    reg  [1023:0] stage_5;
    reg  [1023:0] stage_6;
    reg  [1023:0] stage_7;
    reg  [1023:0] stage_8;
    reg  [1023:0] stage_9;
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
    reg  [10:0] len_wide;
    reg  [544:0] rec_mask;
    reg  complete;
    reg  pad;
    reg  out_valid;
    reg  out_fire;
    reg  take;
    reg  drop;
    reg  [10:0] consume;
    reg  [9:0] consume_ptr;
    reg  [10:0] cnt1;
    reg  [10:0] rd_off_wide;
    reg  [10:0] used;
    reg  [9:0] cnt_ptr;
    reg  [9:0] wr_pos;
    reg  [9:0] wr_slot_bits;
    reg  [1:0] wr_slot;
    reg  in_ready;
    reg  in_fire;

    // Update code
    always @(*) begin
        slot0_d = slot0_q;
        slot1_d = slot1_q;
        slot2_d = slot2_q;
        slot3_d = slot3_q;
        rd_d = rd_q;
        cnt_d = cnt_q;
        seen_last_d = seen_last_q;
        rec_d = rec_q;
        len_d = len_q;
        full_d = full_q;
        rd_slot_bits = rd_q >> k_lw;
        rd_slot = (rd_slot_bits[1:0]);
        rd_off_bits = rd_q & k_off_mask;
        rd_off = (rd_off_bits[8:0]);
        ring0 = ({{768{1'b0}}, slot0_q}) << k_w3;
        ring1 = ({{768{1'b0}}, slot1_q}) << k_w2;
        ring2 = ({{768{1'b0}}, slot2_q}) << k_slot;
        ring3 = ({{768{1'b0}}, slot3_q});
        ring = ring0 | ring1 | ring2 | ring3;
        rot = ring;
        case (rd_slot)
            1:
                begin
                    rot = (ring << k_slot) | (ring >> k_w3);
                end
            2:
                begin
                    rot = (ring << k_w2) | (ring >> k_w2);
                end
            3:
                begin
                    rot = (ring << k_w3) | (ring >> k_slot);
                end
            default:
                begin
                end
        endcase
        stage_0 = rot;
        stage_1 = stage_0;
        if (rd_off[32'h8 - 0]) begin
            stage_1 = stage_0 << k_dist_0;
        end
        stage_2 = stage_1;
        if (rd_off[32'h8 - 1]) begin
            stage_2 = stage_1 << k_dist_1;
        end
        stage_3 = stage_2;
        if (rd_off[32'h8 - 2]) begin
            stage_3 = stage_2 << k_dist_2;
        end
        stage_4 = stage_3;
        if (rd_off[32'h8 - 3]) begin
            stage_4 = stage_3 << k_dist_3;
        end
        stage_5 = stage_4;
        if (rd_off[32'h8 - 4]) begin
            stage_5 = stage_4 << k_dist_4;
        end
        stage_6 = stage_5;
        if (rd_off[32'h8 - 5]) begin
            stage_6 = stage_5 << k_dist_5;
        end
        stage_7 = stage_6;
        if (rd_off[32'h8 - 6]) begin
            stage_7 = stage_6 << k_dist_6;
        end
        stage_8 = stage_7;
        if (rd_off[32'h8 - 7]) begin
            stage_8 = stage_7 << k_dist_7;
        end
        stage_9 = stage_8;
        if (rd_off[32'h8 - 8]) begin
            stage_9 = stage_8 << k_dist_8;
        end
        window_top = stage_9 >> k_top;
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
        len_wide = ({{1{1'b0}}, len});
        rec_mask = ~(k_ones >> len);
        complete = cnt_q >= len_wide;
        pad = seen_last_q & ~complete;
        out_valid = full_q & (complete | pad);
        m_axis_tvalid = out_valid & aresetn;
        m_axis_tlast = pad;
        m_axis_tdata = ({{7{1'b0}}, rec_q}) << 32'h7;
        m_axis_tuser = len_q;
        out_fire = out_valid & m_axis_tready;
        take = complete & (~full_q | out_fire);
        drop = pad & (~full_q | out_fire);
        rec_d = rec_q;
        len_d = len_q;
        full_d = full_q & ~out_fire;
        consume = k_zero_cnt;
        seen_last_d = seen_last_q;
        if (take) begin
            rec_d = window & rec_mask;
            len_d = len;
            full_d = 1'b1;
            consume = len_wide;
        end
        if (drop) begin
            consume = cnt_q;
            seen_last_d = 1'b0;
        end
        consume_ptr = (consume[9:0]);
        rd_d = rd_q + consume_ptr;
        cnt1 = cnt_q - consume;
        rd_off_wide = ({{1{1'b0}}, rd_off_bits});
        used = rd_off_wide + cnt_q;
        in_ready = ~seen_last_q & (used <= k_room) & aresetn;
        s_axis_tready = in_ready;
        in_fire = in_ready & s_axis_tvalid;
        cnt_ptr = (cnt_q[9:0]);
        wr_pos = rd_q + cnt_ptr;
        wr_slot_bits = wr_pos >> k_lw;
        wr_slot = (wr_slot_bits[1:0]);
        slot0_d = slot0_q;
        slot1_d = slot1_q;
        slot2_d = slot2_q;
        slot3_d = slot3_q;
        cnt_d = cnt1;
        if (in_fire) begin
            cnt_d = cnt1 + k_w;
            seen_last_d = s_axis_tlast;
            case (wr_slot)
                0:
                    begin
                        slot0_d = s_axis_tdata;
                    end
                1:
                    begin
                        slot1_d = s_axis_tdata;
                    end
                2:
                    begin
                        slot2_d = s_axis_tdata;
                    end
                default:
                    begin
                        slot3_d = s_axis_tdata;
                    end
            endcase
        end
        if (~aresetn) begin
            slot0_d = k_empty;
            slot1_d = k_empty;
            slot2_d = k_empty;
            slot3_d = k_empty;
            rd_d = k_zero_ptr;
            cnt_d = k_zero_cnt;
            seen_last_d = 1'b0;
            full_d = 1'b0;
        end
    end

    // Registers (control registers are reset in the update code above; data registers need no
    // reset: a valid flag guards them)
    always @(posedge aclk) begin
        slot0_q <= slot0_d;
        slot1_q <= slot1_d;
        slot2_q <= slot2_d;
        slot3_q <= slot3_d;
        rd_q <= rd_d;
        cnt_q <= cnt_d;
        seen_last_q <= seen_last_d;
        rec_q <= rec_d;
        len_q <= len_d;
        full_q <= full_d;
    end

`ifdef FORMAL
    assign formal_rd_q = rd_q;
    assign formal_cnt_q = cnt_q;
`endif
endmodule // xnc_unpacker_256

`default_nettype wire

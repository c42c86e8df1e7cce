// xnc_unpacker.v: GENERATED FILE, DO NOT EDIT.
// Generated from the rust-hdl description in crates/xnc-rtl and the block manifest
// (crates/xnc-rtl/src/manifest.rs) by:
//   cargo run --release --bin gen-verilog
//
// XNC unpacker: 64-bit memory words of a block in, records out
//
// Latency: 6 cycle(s) from an input transfer to the first m_axis_tvalid it causes.
// Throughput: 1 word per cycle in; a record per cycle when complete (64/record_bits records per cycle).
// Clock and reset: one clock, aclk (rising edge); aresetn synchronous, active low: it clears
// every control register; no register depends on an initial value. m_axis_tvalid is low
// while aresetn is low. Output beats stay stable while tvalid && !tready (AXI4-Stream).
// s_axis: tdata 64 bits, tlast.
// m_axis: tdata 552 bits, tuser 10 bits, tlast.
//
// A record leaves once all its bits are buffered; bits below its end are zero and tdata is stable
// while the record waits for tready.
// Reset (aresetn low at a rising edge): drops the buffered bits.
//
// Every port, bus layout and the table-load sequence byte by byte: docs/INTEGRATION.md.
`default_nettype none

module xnc_unpacker (
    // Clock and reset
    input  wire         aclk,          // 1 bit: clock: every register samples on its rising edge
    input  wire         aresetn,       // 1 bit: synchronous active-low reset of every control register
    // s_axis: input stream (AXI4-Stream)
    input  wire  [63:0] s_axis_tdata,  // 64 bits: stream word of a block, first bit at bit 63 (what xnc_packer writes)
    input  wire         s_axis_tvalid, // 1 bit: beat valid
    output reg          s_axis_tready, // 1 bit: beat accepted (transfer: tvalid && tready at a rising edge)
    input  wire         s_axis_tlast,  // 1 bit: last word of a block (the padding after its last record is dropped)
    // m_axis: output stream (AXI4-Stream)
    output reg  [551:0] m_axis_tdata,  // 552 bits: XNC record, MSB-aligned: [551] F, [550:519] S0..S31, then the codes (first code at the top); every bit below the record's end is zero
    output reg    [9:0] m_axis_tuser,  // 10 bits: [9:0] record length in bits, 33 + sum of code widths (97..545)
    output reg          m_axis_tvalid, // 1 bit: beat valid
    input  wire         m_axis_tready, // 1 bit: beat accepted (transfer: tvalid && tready at a rising edge)
    output reg          m_axis_tlast   // 1 bit: last record of the block
);

    // Constant declarations
    localparam  k_w9 = 10'b1001;
    localparam  k_w12 = 10'b1100;
    localparam  k_w16 = 10'b10000;
    localparam  k_meta = 10'b100001;
    localparam  k_word = 10'b1000000;
    localparam  k_room = 10'b1000100000;
    localparam  k_zero = 10'b0;
    localparam  k_empty = 608'h0;
    localparam  k_ones = 545'h1ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff;

    // Registers: <name>_d is the value loaded at the next rising edge of aclk, <name>_q the register
    reg  [607:0] buf_d;
    reg  [607:0] buf_q;
    reg  [9:0] cnt_d;
    reg  [9:0] cnt_q;
    reg  seen_last_d;
    reg  seen_last_q;

    // Local signals
    reg  [32:0] hdr;
    reg  [9:0] w_0;
    reg  [9:0] w_1;
    reg  [9:0] w_2;
    reg  [9:0] w_3;
    reg  [9:0] w_4;
    reg  [9:0] w_5;
    reg  [9:0] w_6;
    reg  [9:0] w_7;
    reg  [9:0] w_8;
    reg  [9:0] w_9;
    reg  [9:0] w_10;
    reg  [9:0] w_11;
    reg  [9:0] w_12;
    reg  [9:0] w_13;
    reg  [9:0] w_14;
    reg  [9:0] w_15;
    reg  [9:0] w_16;
    reg  [9:0] w_17;
    reg  [9:0] w_18;
    reg  [9:0] w_19;
    reg  [9:0] w_20;
    reg  [9:0] w_21;
    reg  [9:0] w_22;
    reg  [9:0] w_23;
    reg  [9:0] w_24;
    reg  [9:0] w_25;
    reg  [9:0] w_26;
    reg  [9:0] w_27;
    reg  [9:0] w_28;
    reg  [9:0] w_29;
    reg  [9:0] w_30;
    reg  [9:0] w_31;
    reg  [9:0] pl_0;
    reg  [9:0] pl_1;
    reg  [9:0] pl_2;
    reg  [9:0] pl_3;
    reg  [9:0] pl_4;
    reg  [9:0] pl_5;
    reg  [9:0] pl_6;
    reg  [9:0] pl_7;
    reg  [9:0] pl_8;
    reg  [9:0] pl_9;
    reg  [9:0] pl_10;
    reg  [9:0] pl_11;
    reg  [9:0] pl_12;
    reg  [9:0] pl_13;
    reg  [9:0] pl_14;
    reg  [9:0] pl_15;
    reg  [9:0] ql_0;
    reg  [9:0] ql_1;
    reg  [9:0] ql_2;
    reg  [9:0] ql_3;
    reg  [9:0] ql_4;
    reg  [9:0] ql_5;
    reg  [9:0] ql_6;
    reg  [9:0] ql_7;
    reg  [9:0] ol_0;
    reg  [9:0] ol_1;
    reg  [9:0] ol_2;
    reg  [9:0] ol_3;
    reg  [9:0] hl_0;
    reg  [9:0] hl_1;
    reg  [9:0] len;
    reg  [9:0] rem;
    reg  [544:0] rec_mask;
    reg  [544:0] rec;
    reg  out_valid;
    reg  out_last;
    reg  out_fire;
    reg  [607:0] buf1;
    reg  [9:0] cnt1;
    reg  seen1;
    reg  in_ready;
    reg  in_fire;
    reg  [607:0] word_wide;

    // Update code
    always @(*) begin
        buf_d = buf_q;
        cnt_d = cnt_q;
        seen_last_d = seen_last_q;
        hdr = buf_q[(32'h23f)+:(33)];
        if (hdr[32'h20]) begin
            if (hdr[32'h1f - 0]) begin
                w_0 = k_w9;
            end
            else begin
                w_0 = k_w12;
            end
        end
        else if (hdr[32'h1f - 0]) begin
            w_0 = k_w12;
        end
        else begin
            w_0 = k_w16;
        end
        if (hdr[32'h20]) begin
            if (hdr[32'h1f - 1]) begin
                w_1 = k_w9;
            end
            else begin
                w_1 = k_w12;
            end
        end
        else if (hdr[32'h1f - 1]) begin
            w_1 = k_w12;
        end
        else begin
            w_1 = k_w16;
        end
        if (hdr[32'h20]) begin
            if (hdr[32'h1f - 2]) begin
                w_2 = k_w9;
            end
            else begin
                w_2 = k_w12;
            end
        end
        else if (hdr[32'h1f - 2]) begin
            w_2 = k_w12;
        end
        else begin
            w_2 = k_w16;
        end
        if (hdr[32'h20]) begin
            if (hdr[32'h1f - 3]) begin
                w_3 = k_w9;
            end
            else begin
                w_3 = k_w12;
            end
        end
        else if (hdr[32'h1f - 3]) begin
            w_3 = k_w12;
        end
        else begin
            w_3 = k_w16;
        end
        if (hdr[32'h20]) begin
            if (hdr[32'h1f - 4]) begin
                w_4 = k_w9;
            end
            else begin
                w_4 = k_w12;
            end
        end
        else if (hdr[32'h1f - 4]) begin
            w_4 = k_w12;
        end
        else begin
            w_4 = k_w16;
        end
        if (hdr[32'h20]) begin
            if (hdr[32'h1f - 5]) begin
                w_5 = k_w9;
            end
            else begin
                w_5 = k_w12;
            end
        end
        else if (hdr[32'h1f - 5]) begin
            w_5 = k_w12;
        end
        else begin
            w_5 = k_w16;
        end
        if (hdr[32'h20]) begin
            if (hdr[32'h1f - 6]) begin
                w_6 = k_w9;
            end
            else begin
                w_6 = k_w12;
            end
        end
        else if (hdr[32'h1f - 6]) begin
            w_6 = k_w12;
        end
        else begin
            w_6 = k_w16;
        end
        if (hdr[32'h20]) begin
            if (hdr[32'h1f - 7]) begin
                w_7 = k_w9;
            end
            else begin
                w_7 = k_w12;
            end
        end
        else if (hdr[32'h1f - 7]) begin
            w_7 = k_w12;
        end
        else begin
            w_7 = k_w16;
        end
        if (hdr[32'h20]) begin
            if (hdr[32'h1f - 8]) begin
                w_8 = k_w9;
            end
            else begin
                w_8 = k_w12;
            end
        end
        else if (hdr[32'h1f - 8]) begin
            w_8 = k_w12;
        end
        else begin
            w_8 = k_w16;
        end
        if (hdr[32'h20]) begin
            if (hdr[32'h1f - 9]) begin
                w_9 = k_w9;
            end
            else begin
                w_9 = k_w12;
            end
        end
        else if (hdr[32'h1f - 9]) begin
            w_9 = k_w12;
        end
        else begin
            w_9 = k_w16;
        end
        if (hdr[32'h20]) begin
            if (hdr[32'h1f - 10]) begin
                w_10 = k_w9;
            end
            else begin
                w_10 = k_w12;
            end
        end
        else if (hdr[32'h1f - 10]) begin
            w_10 = k_w12;
        end
        else begin
            w_10 = k_w16;
        end
        if (hdr[32'h20]) begin
            if (hdr[32'h1f - 11]) begin
                w_11 = k_w9;
            end
            else begin
                w_11 = k_w12;
            end
        end
        else if (hdr[32'h1f - 11]) begin
            w_11 = k_w12;
        end
        else begin
            w_11 = k_w16;
        end
        if (hdr[32'h20]) begin
            if (hdr[32'h1f - 12]) begin
                w_12 = k_w9;
            end
            else begin
                w_12 = k_w12;
            end
        end
        else if (hdr[32'h1f - 12]) begin
            w_12 = k_w12;
        end
        else begin
            w_12 = k_w16;
        end
        if (hdr[32'h20]) begin
            if (hdr[32'h1f - 13]) begin
                w_13 = k_w9;
            end
            else begin
                w_13 = k_w12;
            end
        end
        else if (hdr[32'h1f - 13]) begin
            w_13 = k_w12;
        end
        else begin
            w_13 = k_w16;
        end
        if (hdr[32'h20]) begin
            if (hdr[32'h1f - 14]) begin
                w_14 = k_w9;
            end
            else begin
                w_14 = k_w12;
            end
        end
        else if (hdr[32'h1f - 14]) begin
            w_14 = k_w12;
        end
        else begin
            w_14 = k_w16;
        end
        if (hdr[32'h20]) begin
            if (hdr[32'h1f - 15]) begin
                w_15 = k_w9;
            end
            else begin
                w_15 = k_w12;
            end
        end
        else if (hdr[32'h1f - 15]) begin
            w_15 = k_w12;
        end
        else begin
            w_15 = k_w16;
        end
        if (hdr[32'h20]) begin
            if (hdr[32'h1f - 16]) begin
                w_16 = k_w9;
            end
            else begin
                w_16 = k_w12;
            end
        end
        else if (hdr[32'h1f - 16]) begin
            w_16 = k_w12;
        end
        else begin
            w_16 = k_w16;
        end
        if (hdr[32'h20]) begin
            if (hdr[32'h1f - 17]) begin
                w_17 = k_w9;
            end
            else begin
                w_17 = k_w12;
            end
        end
        else if (hdr[32'h1f - 17]) begin
            w_17 = k_w12;
        end
        else begin
            w_17 = k_w16;
        end
        if (hdr[32'h20]) begin
            if (hdr[32'h1f - 18]) begin
                w_18 = k_w9;
            end
            else begin
                w_18 = k_w12;
            end
        end
        else if (hdr[32'h1f - 18]) begin
            w_18 = k_w12;
        end
        else begin
            w_18 = k_w16;
        end
        if (hdr[32'h20]) begin
            if (hdr[32'h1f - 19]) begin
                w_19 = k_w9;
            end
            else begin
                w_19 = k_w12;
            end
        end
        else if (hdr[32'h1f - 19]) begin
            w_19 = k_w12;
        end
        else begin
            w_19 = k_w16;
        end
        if (hdr[32'h20]) begin
            if (hdr[32'h1f - 20]) begin
                w_20 = k_w9;
            end
            else begin
                w_20 = k_w12;
            end
        end
        else if (hdr[32'h1f - 20]) begin
            w_20 = k_w12;
        end
        else begin
            w_20 = k_w16;
        end
        if (hdr[32'h20]) begin
            if (hdr[32'h1f - 21]) begin
                w_21 = k_w9;
            end
            else begin
                w_21 = k_w12;
            end
        end
        else if (hdr[32'h1f - 21]) begin
            w_21 = k_w12;
        end
        else begin
            w_21 = k_w16;
        end
        if (hdr[32'h20]) begin
            if (hdr[32'h1f - 22]) begin
                w_22 = k_w9;
            end
            else begin
                w_22 = k_w12;
            end
        end
        else if (hdr[32'h1f - 22]) begin
            w_22 = k_w12;
        end
        else begin
            w_22 = k_w16;
        end
        if (hdr[32'h20]) begin
            if (hdr[32'h1f - 23]) begin
                w_23 = k_w9;
            end
            else begin
                w_23 = k_w12;
            end
        end
        else if (hdr[32'h1f - 23]) begin
            w_23 = k_w12;
        end
        else begin
            w_23 = k_w16;
        end
        if (hdr[32'h20]) begin
            if (hdr[32'h1f - 24]) begin
                w_24 = k_w9;
            end
            else begin
                w_24 = k_w12;
            end
        end
        else if (hdr[32'h1f - 24]) begin
            w_24 = k_w12;
        end
        else begin
            w_24 = k_w16;
        end
        if (hdr[32'h20]) begin
            if (hdr[32'h1f - 25]) begin
                w_25 = k_w9;
            end
            else begin
                w_25 = k_w12;
            end
        end
        else if (hdr[32'h1f - 25]) begin
            w_25 = k_w12;
        end
        else begin
            w_25 = k_w16;
        end
        if (hdr[32'h20]) begin
            if (hdr[32'h1f - 26]) begin
                w_26 = k_w9;
            end
            else begin
                w_26 = k_w12;
            end
        end
        else if (hdr[32'h1f - 26]) begin
            w_26 = k_w12;
        end
        else begin
            w_26 = k_w16;
        end
        if (hdr[32'h20]) begin
            if (hdr[32'h1f - 27]) begin
                w_27 = k_w9;
            end
            else begin
                w_27 = k_w12;
            end
        end
        else if (hdr[32'h1f - 27]) begin
            w_27 = k_w12;
        end
        else begin
            w_27 = k_w16;
        end
        if (hdr[32'h20]) begin
            if (hdr[32'h1f - 28]) begin
                w_28 = k_w9;
            end
            else begin
                w_28 = k_w12;
            end
        end
        else if (hdr[32'h1f - 28]) begin
            w_28 = k_w12;
        end
        else begin
            w_28 = k_w16;
        end
        if (hdr[32'h20]) begin
            if (hdr[32'h1f - 29]) begin
                w_29 = k_w9;
            end
            else begin
                w_29 = k_w12;
            end
        end
        else if (hdr[32'h1f - 29]) begin
            w_29 = k_w12;
        end
        else begin
            w_29 = k_w16;
        end
        if (hdr[32'h20]) begin
            if (hdr[32'h1f - 30]) begin
                w_30 = k_w9;
            end
            else begin
                w_30 = k_w12;
            end
        end
        else if (hdr[32'h1f - 30]) begin
            w_30 = k_w12;
        end
        else begin
            w_30 = k_w16;
        end
        if (hdr[32'h20]) begin
            if (hdr[32'h1f - 31]) begin
                w_31 = k_w9;
            end
            else begin
                w_31 = k_w12;
            end
        end
        else if (hdr[32'h1f - 31]) begin
            w_31 = k_w12;
        end
        else begin
            w_31 = k_w16;
        end
        pl_0 = w_0 + w_1;
        pl_1 = w_2 + w_3;
        pl_2 = w_4 + w_5;
        pl_3 = w_6 + w_7;
        pl_4 = w_8 + w_9;
        pl_5 = w_10 + w_11;
        pl_6 = w_12 + w_13;
        pl_7 = w_14 + w_15;
        pl_8 = w_16 + w_17;
        pl_9 = w_18 + w_19;
        pl_10 = w_20 + w_21;
        pl_11 = w_22 + w_23;
        pl_12 = w_24 + w_25;
        pl_13 = w_26 + w_27;
        pl_14 = w_28 + w_29;
        pl_15 = w_30 + w_31;
        ql_0 = pl_0 + pl_1;
        ql_1 = pl_2 + pl_3;
        ql_2 = pl_4 + pl_5;
        ql_3 = pl_6 + pl_7;
        ql_4 = pl_8 + pl_9;
        ql_5 = pl_10 + pl_11;
        ql_6 = pl_12 + pl_13;
        ql_7 = pl_14 + pl_15;
        ol_0 = ql_0 + ql_1;
        ol_1 = ql_2 + ql_3;
        ol_2 = ql_4 + ql_5;
        ol_3 = ql_6 + ql_7;
        hl_0 = ol_0 + ol_1;
        hl_1 = ol_2 + ol_3;
        len = hl_0 + hl_1 + k_meta;
        rem = cnt_q - len;
        out_valid = cnt_q >= len;
        out_last = seen_last_q & (rem < k_word);
        m_axis_tvalid = out_valid & aresetn;
        m_axis_tlast = out_last;
        rec_mask = ~(k_ones >> len);
        rec = buf_q[(32'h3f)+:(545)] & rec_mask;
        m_axis_tdata = ({{7{1'b0}}, rec}) << 32'h7;
        m_axis_tuser = len;
        out_fire = out_valid & m_axis_tready;
        buf1 = buf_q;
        cnt1 = cnt_q;
        seen1 = seen_last_q;
        if (out_fire) begin
            if (out_last) begin
                buf1 = k_empty;
                cnt1 = k_zero;
                seen1 = 1'b0;
            end
            else begin
                buf1 = buf_q << len;
                cnt1 = rem;
            end
        end
        in_ready = ~seen1 & (cnt1 <= k_room) & aresetn;
        s_axis_tready = in_ready;
        in_fire = in_ready & s_axis_tvalid;
        word_wide = ({{544{1'b0}}, s_axis_tdata}) << 32'h220;
        buf_d = buf1;
        cnt_d = cnt1;
        seen_last_d = seen1;
        if (in_fire) begin
            buf_d = buf1 | (word_wide >> cnt1);
            cnt_d = cnt1 + k_word;
            seen_last_d = s_axis_tlast;
        end
        if (~aresetn) begin
            buf_d = k_empty;
            cnt_d = k_zero;
            seen_last_d = 1'b0;
        end
    end

    // Registers (control registers are reset in the update code above; data registers need no
    // reset: a valid flag guards them)
    always @(posedge aclk) begin
        buf_q <= buf_d;
        cnt_q <= cnt_d;
        seen_last_q <= seen_last_d;
    end

endmodule // xnc_unpacker

`default_nettype wire

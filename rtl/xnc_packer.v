// xnc_packer.v: GENERATED FILE, DO NOT EDIT.
// Generated from the rust-hdl description in crates/xnc-rtl and the block manifest
// (crates/xnc-rtl/src/manifest.rs) by:
//   cargo run --release --bin gen-verilog
//
// XNC packer: records in (one per cycle), bit-contiguous memory words out (the container's block bytes)
//
// Latency: 1 cycle(s) from an input transfer to the first m_axis_tvalid it causes.
// Throughput: 1 record (32 values) per cycle on BF16-origin weights (records up to 417 bits); W/record_bits records per cycle when records are longer (native FP16).
// Clock and reset: one clock, aclk (rising edge); aresetn synchronous, active low: it clears
// every control register; no register depends on an initial value. m_axis_tvalid is low
// while aresetn is low. Output beats stay stable while tvalid && !tready (AXI4-Stream).
// s_axis: tdata 552 bits, tuser 10 bits, tlast.
// m_axis: tdata 512 bits, tkeep 64 bits, tlast.
//
// The bits of s_axis_tdata below the record's end must be zero (the compressor and the unpacker
// guarantee it). On the record with tlast the packer flushes: the partial last word is zero-padded.
// s_axis_tready depends on m_axis_tready (a word leaving makes room for a record).
// Reset (aresetn low at a rising edge): drops the buffered bits.
//
// Every port, bus layout and the table-load sequence byte by byte: docs/INTEGRATION.md.
`default_nettype none

module xnc_packer (
    // Clock and reset
    input  wire         aclk,          // 1 bit: clock: every register samples on its rising edge
    input  wire         aresetn,       // 1 bit: synchronous active-low reset of every control register
    // s_axis: input stream (AXI4-Stream)
    input  wire [551:0] s_axis_tdata,  // 552 bits: XNC record, MSB-aligned: [551] F, [550:519] S0..S31, then the codes (first code at the top); every bit below the record's end is zero
    input  wire   [9:0] s_axis_tuser,  // 10 bits: [9:0] record length in bits, 33 + sum of code widths (97..545)
    input  wire         s_axis_tvalid, // 1 bit: beat valid
    output reg          s_axis_tready, // 1 bit: beat accepted (transfer: tvalid && tready at a rising edge)
    input  wire         s_axis_tlast,  // 1 bit: last record of a block: flush it
    // m_axis: output stream (AXI4-Stream)
    output reg  [511:0] m_axis_tdata,  // 512 bits: stream bits [Wk, Wk+W) of the block, first bit at the top bit (xnc::encode_stream, big-endian)
    output reg   [63:0] m_axis_tkeep,  // 64 bits: valid bytes: all ones but on the block's last word, where the top lanes are valid (the top lane is the first byte)
    output reg          m_axis_tvalid, // 1 bit: beat valid
    input  wire         m_axis_tready, // 1 bit: beat accepted (transfer: tvalid && tready at a rising edge)
    output reg          m_axis_tlast   // 1 bit: last word of a block (every block starts on a word boundary)
);

    // Constant declarations
    localparam  k_w = 11'b1000000000;
    localparam  k_word_shift = 12'h200;
    localparam  k_rec_shift = 12'h1f8;
    localparam  k_top = 12'h220;
    localparam  k_off_mask = 11'b111111111;
    localparam  k_seven = 11'b111;
    localparam  k_three = 11'b11;
    localparam  k_zero = 11'b0;
    localparam  k_keep_all = 64'hffffffffffffffff;
    localparam  k_keep_tab = 128'hffffffffffffffff0000000000000000;
    localparam  k_empty = 1056'h0;
    localparam  k_dist_0 = 12'h1;
    localparam  k_dist_1 = 12'h2;
    localparam  k_dist_2 = 12'h4;
    localparam  k_dist_3 = 12'h8;
    localparam  k_dist_4 = 12'h10;
    localparam  k_dist_5 = 12'h20;
    localparam  k_dist_6 = 12'h40;
    localparam  k_dist_7 = 12'h80;
    localparam  k_dist_8 = 12'h100;

    // Registers: <name>_d is the value loaded at the next rising edge of aclk, <name>_q the register
    reg  [1055:0] acc_d;
    reg  [1055:0] acc_q;
    reg  [10:0] cnt_d;
    reg  [10:0] cnt_q;
    reg  flush_d;
    reg  flush_q;

    // Local signals
    reg  full;
    reg  out_valid;
    reg  out_last;
    reg  out_fire;
    reg  [1055:0] word_top;
    reg  [10:0] cnt7;
    reg  [10:0] nbytes;
    reg  [127:0] keep2;
    reg  [1055:0] acc1;
    reg  [10:0] cnt1;
    reg  flush1;
    reg  in_ready;
    reg  in_fire;
    reg  [10:0] offset;
    reg  [10:0] len_wide;
    reg  [1055:0] stage_0;
    reg  [1055:0] stage_1;
    reg  [1055:0] stage_2;
    reg  [1055:0] stage_3;
    reg  [1055:0] stage_4;
    reg  [1055:0] stage_5;
    reg  [1055:0] stage_6;
    reg  [1055:0] stage_7;
    reg  [1055:0] stage_8;
    reg  [1055:0] stage_9;

    // Update code
    always @(*) begin
        acc_d = acc_q;
        cnt_d = cnt_q;
        flush_d = flush_q;
        full = cnt_q >= k_w;
        out_valid = full | (flush_q & |cnt_q);
        out_last = flush_q & (cnt_q <= k_w);
        m_axis_tvalid = out_valid & aresetn;
        m_axis_tlast = out_last;
        word_top = acc_q >> k_top;
        m_axis_tdata = (word_top[511:0]);
        cnt7 = cnt_q + k_seven;
        nbytes = cnt7 >> k_three;
        keep2 = k_keep_tab >> nbytes;
        if (full) begin
            m_axis_tkeep = k_keep_all;
        end
        else begin
            m_axis_tkeep = (keep2[63:0]);
        end
        out_fire = out_valid & m_axis_tready;
        acc1 = acc_q;
        cnt1 = cnt_q;
        flush1 = flush_q;
        if (out_fire) begin
            acc1 = acc_q << k_word_shift;
            if (full) begin
                cnt1 = cnt_q - k_w;
            end
            else begin
                cnt1 = k_zero;
            end
            if (out_last) begin
                flush1 = 1'b0;
            end
        end
        in_ready = ~flush_q & (cnt1 < k_w) & aresetn;
        s_axis_tready = in_ready;
        in_fire = in_ready & s_axis_tvalid;
        offset = cnt_q & k_off_mask;
        stage_0 = ({{504{1'b0}}, s_axis_tdata}) << k_rec_shift;
        stage_1 = stage_0;
        if (offset[0]) begin
            stage_1 = stage_0 >> k_dist_0;
        end
        stage_2 = stage_1;
        if (offset[1]) begin
            stage_2 = stage_1 >> k_dist_1;
        end
        stage_3 = stage_2;
        if (offset[2]) begin
            stage_3 = stage_2 >> k_dist_2;
        end
        stage_4 = stage_3;
        if (offset[3]) begin
            stage_4 = stage_3 >> k_dist_3;
        end
        stage_5 = stage_4;
        if (offset[4]) begin
            stage_5 = stage_4 >> k_dist_4;
        end
        stage_6 = stage_5;
        if (offset[5]) begin
            stage_6 = stage_5 >> k_dist_5;
        end
        stage_7 = stage_6;
        if (offset[6]) begin
            stage_7 = stage_6 >> k_dist_6;
        end
        stage_8 = stage_7;
        if (offset[7]) begin
            stage_8 = stage_7 >> k_dist_7;
        end
        stage_9 = stage_8;
        if (offset[8]) begin
            stage_9 = stage_8 >> k_dist_8;
        end
        len_wide = ({{1{1'b0}}, s_axis_tuser});
        acc_d = acc1;
        cnt_d = cnt1;
        flush_d = flush1;
        if (in_fire) begin
            acc_d = acc1 | stage_9;
            cnt_d = cnt1 + len_wide;
            flush_d = flush1 | s_axis_tlast;
        end
        if (~aresetn) begin
            acc_d = k_empty;
            cnt_d = k_zero;
            flush_d = 1'b0;
        end
    end

    // Registers (control registers are reset in the update code above; data registers need no
    // reset: a valid flag guards them)
    always @(posedge aclk) begin
        acc_q <= acc_d;
        cnt_q <= cnt_d;
        flush_q <= flush_d;
    end

endmodule // xnc_packer

`default_nettype wire

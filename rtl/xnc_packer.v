// xnc_packer.v: GENERATED FILE, DO NOT EDIT.
// Generated from the rust-hdl description in crates/xnc-rtl and the block manifest
// (crates/xnc-rtl/src/manifest.rs) by:
//   cargo run --release --bin gen-verilog
//
// XNC packer: records in, bit-contiguous 64-bit memory words out (the container's block bytes)
//
// Latency: 1 cycle(s) from an input transfer to the first m_axis_tvalid it causes.
// Throughput: 1 word per cycle; a record whenever fewer than 64 bits stay buffered (64/record_bits records per cycle).
// Clock and reset: one clock, aclk (rising edge); aresetn synchronous, active low: it clears
// every control register; no register depends on an initial value. m_axis_tvalid is low
// while aresetn is low. Output beats stay stable while tvalid && !tready (AXI4-Stream).
// s_axis: tdata 552 bits, tuser 10 bits, tlast.
// m_axis: tdata 64 bits, tkeep 8 bits, tlast.
//
// The bits of s_axis_tdata below the record's end must be zero (the compressor and the unpacker
// guarantee it). On the record with tlast the packer flushes: the partial last word is zero-padded.
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
    output reg   [63:0] m_axis_tdata,  // 64 bits: stream bits [64k, 64k+64) of the block, first bit at bit 63 (xnc::encode_stream, big-endian)
    output reg    [7:0] m_axis_tkeep,  // 8 bits: valid bytes: all ones but on the block's last word (bit 7 = bits 63..56 = first byte)
    output reg          m_axis_tvalid, // 1 bit: beat valid
    input  wire         m_axis_tready, // 1 bit: beat accepted (transfer: tvalid && tready at a rising edge)
    output reg          m_axis_tlast   // 1 bit: last word of a block (every block starts on a word boundary)
);

    // Constant declarations
    localparam  k_word = 10'b1000000;
    localparam  k_seven = 10'b111;
    localparam  k_zero = 10'b0;
    localparam  k_keep_all = 8'hff;
    localparam  k_keep_tab = 16'hff00;
    localparam  k_empty = 609'h0;

    // Registers: <name>_d is the value loaded at the next rising edge of aclk, <name>_q the register
    reg  [608:0] buf_d;
    reg  [608:0] buf_q;
    reg  [9:0] cnt_d;
    reg  [9:0] cnt_q;
    reg  flush_d;
    reg  flush_q;

    // Local signals
    reg  full;
    reg  out_valid;
    reg  out_last;
    reg  out_fire;
    reg  in_ready;
    reg  in_fire;
    reg  [9:0] cnt7;
    reg  [15:0] keep16;
    reg  [608:0] buf1;
    reg  [9:0] cnt1;
    reg  flush1;
    reg  [608:0] rec_wide;

    // Update code
    always @(*) begin
        buf_d = buf_q;
        cnt_d = cnt_q;
        flush_d = flush_q;
        full = cnt_q >= k_word;
        out_valid = full | (flush_q & |cnt_q);
        out_last = flush_q & (cnt_q <= k_word);
        cnt7 = cnt_q + k_seven;
        keep16 = k_keep_tab >> cnt7[(32'h3)+:(4)];
        m_axis_tvalid = out_valid & aresetn;
        m_axis_tlast = out_last;
        m_axis_tdata = buf_q[(32'h221)+:(64)];
        if (full) begin
            m_axis_tkeep = k_keep_all;
        end
        else begin
            m_axis_tkeep = keep16[(32'h0)+:(8)];
        end
        out_fire = out_valid & m_axis_tready;
        buf1 = buf_q;
        cnt1 = cnt_q;
        flush1 = flush_q;
        if (out_fire) begin
            buf1 = buf_q << 32'h40;
            if (full) begin
                cnt1 = cnt_q - k_word;
            end
            else begin
                cnt1 = k_zero;
            end
            if (out_last) begin
                flush1 = 1'b0;
            end
        end
        in_ready = ~flush1 & (cnt1 < k_word) & aresetn;
        s_axis_tready = in_ready;
        in_fire = in_ready & s_axis_tvalid;
        rec_wide = ({{57{1'b0}}, s_axis_tdata}) << 32'h39;
        buf_d = buf1;
        cnt_d = cnt1;
        flush_d = flush1;
        if (in_fire) begin
            buf_d = buf1 | (rec_wide >> cnt1[(32'h0)+:(6)]);
            cnt_d = cnt1 + s_axis_tuser;
            flush_d = flush1 | s_axis_tlast;
        end
        if (~aresetn) begin
            buf_d = k_empty;
            cnt_d = k_zero;
            flush_d = 1'b0;
        end
    end

    // Registers (control registers are reset in the update code above; data registers need no
    // reset: a valid flag guards them)
    always @(posedge aclk) begin
        buf_q <= buf_d;
        cnt_q <= cnt_d;
        flush_q <= flush_d;
    end

endmodule // xnc_packer

`default_nettype wire

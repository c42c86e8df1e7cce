// xnc_packer.v: GENERATED FILE, DO NOT EDIT.
// Generated from the rust-hdl description in crates/xnc-rtl by:
//   cargo run --release --bin gen-verilog
// Top module: xnc_packer; every submodule is prefixed with `xnc_packer_`.
`default_nettype none

module xnc_packer(aclk,aresetn,s_axis_tdata,s_axis_tuser,s_axis_tvalid,s_axis_tready,s_axis_tlast,m_axis_tdata,m_axis_tkeep,m_axis_tvalid,m_axis_tready,m_axis_tlast);

    // Module arguments
    input wire  aclk;
    input wire  aresetn;
    input wire  [544:0] s_axis_tdata;
    input wire  [9:0] s_axis_tuser;
    input wire  s_axis_tvalid;
    output reg  s_axis_tready;
    input wire  s_axis_tlast;
    output reg  [63:0] m_axis_tdata;
    output reg  [7:0] m_axis_tkeep;
    output reg  m_axis_tvalid;
    input wire  m_axis_tready;
    output reg  m_axis_tlast;

    // Constant declarations
    localparam  k_word = 10'b1000000;
    localparam  k_seven = 10'b111;
    localparam  k_zero = 10'b0;
    localparam  k_keep_all = 8'hff;
    localparam  k_keep_tab = 16'hff00;
    localparam  k_empty = 609'h0;

    // Stub signals
    reg  [608:0] buf_q_d;
    wire  [608:0] buf_q_q;
    reg  buf_q_clock;
    reg  [9:0] cnt_q_d;
    wire  [9:0] cnt_q_q;
    reg  cnt_q_clock;
    reg  flush_q_d;
    wire  flush_q_q;
    reg  flush_q_clock;

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

    // Sub module instances
    xnc_packer_buf_q buf_q(
        .d(buf_q_d),
        .q(buf_q_q),
        .clock(buf_q_clock)
    );
    xnc_packer_cnt_q cnt_q(
        .d(cnt_q_d),
        .q(cnt_q_q),
        .clock(cnt_q_clock)
    );
    xnc_packer_flush_q flush_q(
        .d(flush_q_d),
        .q(flush_q_q),
        .clock(flush_q_clock)
    );

    // Update code
    always @(*) begin
        buf_q_clock = aclk;
        cnt_q_clock = aclk;
        flush_q_clock = aclk;
        buf_q_d = buf_q_q;
        cnt_q_d = cnt_q_q;
        flush_q_d = flush_q_q;
        full = cnt_q_q >= k_word;
        out_valid = full | (flush_q_q & |cnt_q_q);
        out_last = flush_q_q & (cnt_q_q <= k_word);
        cnt7 = cnt_q_q + k_seven;
        keep16 = k_keep_tab >> cnt7[(32'h3)+:(4)];
        m_axis_tvalid = out_valid & aresetn;
        m_axis_tlast = out_last;
        m_axis_tdata = buf_q_q[(32'h221)+:(64)];
        if (full) begin
            m_axis_tkeep = k_keep_all;
        end
        else begin
            m_axis_tkeep = keep16[(32'h0)+:(8)];
        end
        out_fire = out_valid & m_axis_tready;
        buf1 = buf_q_q;
        cnt1 = cnt_q_q;
        flush1 = flush_q_q;
        if (out_fire) begin
            buf1 = buf_q_q << 32'h40;
            if (full) begin
                cnt1 = cnt_q_q - k_word;
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
        rec_wide = ({{64{1'b0}}, s_axis_tdata}) << 32'h40;
        buf_q_d = buf1;
        cnt_q_d = cnt1;
        flush_q_d = flush1;
        if (in_fire) begin
            buf_q_d = buf1 | (rec_wide >> cnt1[(32'h0)+:(6)]);
            cnt_q_d = cnt1 + s_axis_tuser;
            flush_q_d = flush1 | s_axis_tlast;
        end
        if (~aresetn) begin
            buf_q_d = k_empty;
            cnt_q_d = k_zero;
            flush_q_d = 1'b0;
        end
    end

endmodule // xnc_packer

module xnc_packer_buf_q(d,q,clock);

    // Module arguments
    input wire  [608:0] d;
    output reg  [608:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 609'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // xnc_packer_buf_q

module xnc_packer_cnt_q(d,q,clock);

    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 10'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // xnc_packer_cnt_q

module xnc_packer_flush_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // xnc_packer_flush_q

`default_nettype wire

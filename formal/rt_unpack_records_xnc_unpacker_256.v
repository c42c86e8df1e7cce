// rt_unpack_records_xnc_unpacker_256.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Unpacker lemma: the unpacker's records tile the stream of its words from each block's start, zeros after each record's end.
`default_nettype none
module rt_unpack_records_xnc_unpacker_256 (
    input wire aclk,
    input wire aresetn,
    input wire [255:0] s_axis_tdata,
    input wire s_axis_tvalid,
    input wire s_axis_tlast,
    input wire m_axis_tready
);
    wire s_axis_tready;
    wire [551:0] m_axis_tdata;
    wire [9:0] m_axis_tuser;
    wire m_axis_tvalid, m_axis_tlast;
    // every trace starts in reset, and stays out of it (a reset may drop records)
    reg f_init = 1'b1;
    always @(posedge aclk) f_init <= 1'b0;
    always @(*) assume(aresetn == !f_init);
    xnc_unpacker_256 dut (.aclk(aclk), .aresetn(aresetn), .s_axis_tdata(s_axis_tdata), .s_axis_tvalid(s_axis_tvalid),
        .s_axis_tready(s_axis_tready), .s_axis_tlast(s_axis_tlast), .m_axis_tdata(m_axis_tdata),
        .m_axis_tuser(m_axis_tuser), .m_axis_tvalid(m_axis_tvalid), .m_axis_tready(m_axis_tready),
        .m_axis_tlast(m_axis_tlast));
    axis_check #(.W(257), .ROLE(0), .LAST(1)) check_s (aclk, aresetn, s_axis_tvalid, s_axis_tready,
        {s_axis_tlast, s_axis_tdata});
    // blockfits (assumed)
    rt_block_fits #(.W(256), .LW(8), .ROLE(0)) fits (aclk, aresetn, s_axis_tvalid, s_axis_tready, s_axis_tlast, s_axis_tdata);
    // tiling (assumed): zero padding after a block's last record
    rt_block_tiling #(.W(256), .ROLE(0)) tiling (aclk, aresetn, s_axis_tvalid, s_axis_tready, s_axis_tlast, s_axis_tdata);
    function [9:0] f_hlen(input [32:0] h);
        reg [9:0] c [0:62];
        integer i;
        begin
            for (i = 0; i < 32; i = i + 1) c[i] = {9'd0, h[31 - i]};
            for (i = 0; i < 31; i = i + 1) c[32 + i] = c[2 * i] + c[2 * i + 1];
            f_hlen = h[32] ? 10'd417 - (c[62] + (c[62] << 1)) : 10'd545 - (c[62] << 2);
        end
    endfunction
    // words in
    reg [3:0] in_blk = 4'd0;
    reg [15:0] in_ws = 16'd0;
    always @(posedge aclk) begin
        if (aresetn && s_axis_tvalid && s_axis_tready) begin
            in_ws <= s_axis_tlast ? 16'd0 : in_ws + 16'd256;
            if (s_axis_tlast) in_blk <= in_blk + 4'd1;
        end
    end
    // records out
    reg [3:0] out_blk = 4'd0;
    reg [15:0] f_p = 16'd0;
    always @(posedge aclk) begin
        if (aresetn && m_axis_tvalid && m_axis_tready) begin
            f_p <= m_axis_tlast ? 16'd0 : f_p + {6'd0, m_axis_tuser};
            if (m_axis_tlast) out_blk <= out_blk + 4'd1;
        end
    end
    wire [15:0] f_rec_end = f_p + {6'd0, m_axis_tuser};
    // the chosen stream bit: position f_pos of block f_blk's word stream; the chosen record bit f_i
    (* anyconst *) reg [3:0] f_blk;
    (* anyconst *) reg [15:0] f_pos;
    (* anyconst *) reg [9:0] f_i;
    reg f_have = 1'b0, f_val = 1'b0;
    wire [15:0] in_rel = f_pos - in_ws;
    always @(posedge aclk) begin
        if (aresetn && s_axis_tvalid && s_axis_tready && in_blk == f_blk && f_pos >= in_ws && in_rel < 16'd256) begin
            f_have <= 1'b1;
            f_val <= s_axis_tdata[255 - in_rel[7:0]];
        end
    end
    wire [15:0] rel = f_pos - f_p;
    // records (guaranteed)
    always @(*) begin
        if (aresetn && m_axis_tvalid) begin
            // zeros after the record's end
            if (f_i >= m_axis_tuser && f_i < 10'd552) assert(m_axis_tdata[10'd551 - f_i] == 1'b0);
            // the record's bit at f_pos is the stream's
            if (out_blk == f_blk && f_pos >= f_p && f_pos < f_rec_end) begin
                assert(f_have);
                assert(m_axis_tdata[10'd551 - rel[9:0]] == f_val);
            end
        end
    end
    always @(posedge aclk) begin
        if (aresetn) begin
            cover(m_axis_tvalid && m_axis_tready && out_blk == f_blk && f_pos >= f_p && f_pos < f_rec_end);
            cover(m_axis_tvalid && m_axis_tready && m_axis_tlast);
        end
    end
endmodule
`default_nettype wire

// rt_pack_words_xnc_packer.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Packer lemma: the packer's words are the block's record stream, zero padding after it, tlast/tkeep on its last word; every block holds its first record.
`default_nettype none
module rt_pack_words_xnc_packer (
    input wire aclk,
    input wire aresetn,
    input wire [551:0] s_axis_tdata,
    input wire [9:0] s_axis_tuser,
    input wire s_axis_tvalid,
    input wire s_axis_tlast,
    input wire m_axis_tready
);
    wire s_axis_tready;
    wire [511:0] m_axis_tdata;
    wire [63:0] m_axis_tkeep;
    wire m_axis_tvalid, m_axis_tlast;
    // every trace starts in reset, and stays out of it (a reset may drop records)
    reg f_init = 1'b1;
    always @(posedge aclk) f_init <= 1'b0;
    always @(*) assume(aresetn == !f_init);
    xnc_packer dut (.aclk(aclk), .aresetn(aresetn), .s_axis_tdata(s_axis_tdata), .s_axis_tuser(s_axis_tuser),
        .s_axis_tvalid(s_axis_tvalid), .s_axis_tready(s_axis_tready), .s_axis_tlast(s_axis_tlast),
        .m_axis_tdata(m_axis_tdata), .m_axis_tkeep(m_axis_tkeep), .m_axis_tvalid(m_axis_tvalid),
        .m_axis_tready(m_axis_tready), .m_axis_tlast(m_axis_tlast));
    axis_check #(.W(563), .ROLE(0), .LAST(1)) check_s (aclk, aresetn, s_axis_tvalid, s_axis_tready,
        {s_axis_tlast, s_axis_tuser, s_axis_tdata});
    // blockfits (guaranteed)
    rt_block_fits #(.W(512), .LW(9), .ROLE(1)) fits (aclk, aresetn, m_axis_tvalid, m_axis_tready, m_axis_tlast, m_axis_tdata);
    function [9:0] f_hlen(input [32:0] h);
        reg [9:0] c [0:62];
        integer i;
        begin
            for (i = 0; i < 32; i = i + 1) c[i] = {9'd0, h[31 - i]};
            for (i = 0; i < 31; i = i + 1) c[32 + i] = c[2 * i] + c[2 * i + 1];
            f_hlen = h[32] ? 10'd417 - (c[62] + (c[62] << 1)) : 10'd545 - (c[62] << 2);
        end
    endfunction
    // validrecords (assumed): the length the header announces, zero after the end
    always @(*) if (s_axis_tvalid) assume(s_axis_tuser == f_hlen(s_axis_tdata[551:519]) && (s_axis_tdata << s_axis_tuser) == 0);
    // the chosen stream bit: position f_pos of block f_blk's record stream
    (* anyconst *) reg [3:0] f_blk;
    (* anyconst *) reg [15:0] f_pos;
    // records in: in_q is the block position of the next record
    reg [3:0] in_blk = 4'd0;
    reg [15:0] in_q = 16'd0;
    reg f_have = 1'b0, f_val = 1'b0, f_end_have = 1'b0;
    reg [15:0] f_end = 16'd0;
    wire [15:0] in_next = in_q + {6'd0, s_axis_tuser};
    wire [15:0] in_rel = f_pos - in_q;
    always @(posedge aclk) begin
        if (aresetn && s_axis_tvalid && s_axis_tready) begin
            if (in_blk == f_blk && f_pos >= in_q && f_pos < in_next) begin
                f_have <= 1'b1;
                f_val <= s_axis_tdata[10'd551 - in_rel[9:0]];
            end
            if (in_blk == f_blk && s_axis_tlast) begin
                f_end_have <= 1'b1;
                f_end <= in_next;
            end
            in_q <= s_axis_tlast ? 16'd0 : in_next;
            if (s_axis_tlast) in_blk <= in_blk + 4'd1;
        end
    end
    // words out: w_start is the block position of the word's first bit
    reg [3:0] out_blk = 4'd0;
    reg [15:0] w_start = 16'd0;
    always @(posedge aclk) begin
        if (aresetn && m_axis_tvalid && m_axis_tready) begin
            w_start <= m_axis_tlast ? 16'd0 : w_start + 16'd512;
            if (m_axis_tlast) out_blk <= out_blk + 4'd1;
        end
    end
    wire [15:0] w_end = w_start + 16'd512;
    wire [15:0] w_rel = f_pos - w_start;
    wire [15:0] f_bytes = (f_end - w_start + 16'd7) >> 3;
    wire [63:0] f_keep = ~({64{1'b1}} >> f_bytes);
    // words (guaranteed)
    always @(*) begin
        if (aresetn && m_axis_tvalid && out_blk == f_blk) begin
            // no word after the block's last bit; tlast on the word with it, its top bytes kept
            if (f_end_have) assert(w_start < f_end);
            assert(m_axis_tlast == (f_end_have && f_end <= w_end));
            assert(m_axis_tkeep == (m_axis_tlast ? f_keep : {64{1'b1}}));
            // the word's bit at f_pos: the record bit there, or zero padding after the block's last record
            if (f_pos >= w_start && f_pos < w_end) begin
                assert(f_have || (f_end_have && f_pos >= f_end));
                assert(m_axis_tdata[511 - w_rel[8:0]] == (f_have && f_val));
            end
        end
    end
    always @(posedge aclk) begin
        if (aresetn) begin
            cover(m_axis_tvalid && m_axis_tready && m_axis_tlast && w_start != 16'd0);
            cover(m_axis_tvalid && m_axis_tready && out_blk == 4'd1);
        end
    end
endmodule
`default_nettype wire

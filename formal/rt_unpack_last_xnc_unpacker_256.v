// rt_unpack_last_xnc_unpacker_256.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Unpacker lemma: the unpacker's tlast: exactly when what is left of the block is shorter than the header after the record announces.
`default_nettype none
module rt_unpack_last_xnc_unpacker_256 (
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
    // the chosen position f_h of block f_blk: the 33 stream bits from it (zero where the block
    // has none), the bits of the block received and whether its last word is in
    (* anyconst *) reg [3:0] f_blk;
    (* anyconst *) reg [15:0] f_h;
    reg [32:0] f_win = 33'd0;
    reg [15:0] f_rcv = 16'd0;
    reg f_done = 1'b0;
    wire [15:0] f_hp0 = f_h + 16'd0 - in_ws;
    wire [15:0] f_hp1 = f_h + 16'd1 - in_ws;
    wire [15:0] f_hp2 = f_h + 16'd2 - in_ws;
    wire [15:0] f_hp3 = f_h + 16'd3 - in_ws;
    wire [15:0] f_hp4 = f_h + 16'd4 - in_ws;
    wire [15:0] f_hp5 = f_h + 16'd5 - in_ws;
    wire [15:0] f_hp6 = f_h + 16'd6 - in_ws;
    wire [15:0] f_hp7 = f_h + 16'd7 - in_ws;
    wire [15:0] f_hp8 = f_h + 16'd8 - in_ws;
    wire [15:0] f_hp9 = f_h + 16'd9 - in_ws;
    wire [15:0] f_hp10 = f_h + 16'd10 - in_ws;
    wire [15:0] f_hp11 = f_h + 16'd11 - in_ws;
    wire [15:0] f_hp12 = f_h + 16'd12 - in_ws;
    wire [15:0] f_hp13 = f_h + 16'd13 - in_ws;
    wire [15:0] f_hp14 = f_h + 16'd14 - in_ws;
    wire [15:0] f_hp15 = f_h + 16'd15 - in_ws;
    wire [15:0] f_hp16 = f_h + 16'd16 - in_ws;
    wire [15:0] f_hp17 = f_h + 16'd17 - in_ws;
    wire [15:0] f_hp18 = f_h + 16'd18 - in_ws;
    wire [15:0] f_hp19 = f_h + 16'd19 - in_ws;
    wire [15:0] f_hp20 = f_h + 16'd20 - in_ws;
    wire [15:0] f_hp21 = f_h + 16'd21 - in_ws;
    wire [15:0] f_hp22 = f_h + 16'd22 - in_ws;
    wire [15:0] f_hp23 = f_h + 16'd23 - in_ws;
    wire [15:0] f_hp24 = f_h + 16'd24 - in_ws;
    wire [15:0] f_hp25 = f_h + 16'd25 - in_ws;
    wire [15:0] f_hp26 = f_h + 16'd26 - in_ws;
    wire [15:0] f_hp27 = f_h + 16'd27 - in_ws;
    wire [15:0] f_hp28 = f_h + 16'd28 - in_ws;
    wire [15:0] f_hp29 = f_h + 16'd29 - in_ws;
    wire [15:0] f_hp30 = f_h + 16'd30 - in_ws;
    wire [15:0] f_hp31 = f_h + 16'd31 - in_ws;
    wire [15:0] f_hp32 = f_h + 16'd32 - in_ws;
    always @(posedge aclk) begin
        if (aresetn && s_axis_tvalid && s_axis_tready && in_blk == f_blk) begin
            if (f_h + 16'd0 >= in_ws && f_hp0 < 16'd256) f_win[32] <= s_axis_tdata[255 - f_hp0[7:0]];
            if (f_h + 16'd1 >= in_ws && f_hp1 < 16'd256) f_win[31] <= s_axis_tdata[255 - f_hp1[7:0]];
            if (f_h + 16'd2 >= in_ws && f_hp2 < 16'd256) f_win[30] <= s_axis_tdata[255 - f_hp2[7:0]];
            if (f_h + 16'd3 >= in_ws && f_hp3 < 16'd256) f_win[29] <= s_axis_tdata[255 - f_hp3[7:0]];
            if (f_h + 16'd4 >= in_ws && f_hp4 < 16'd256) f_win[28] <= s_axis_tdata[255 - f_hp4[7:0]];
            if (f_h + 16'd5 >= in_ws && f_hp5 < 16'd256) f_win[27] <= s_axis_tdata[255 - f_hp5[7:0]];
            if (f_h + 16'd6 >= in_ws && f_hp6 < 16'd256) f_win[26] <= s_axis_tdata[255 - f_hp6[7:0]];
            if (f_h + 16'd7 >= in_ws && f_hp7 < 16'd256) f_win[25] <= s_axis_tdata[255 - f_hp7[7:0]];
            if (f_h + 16'd8 >= in_ws && f_hp8 < 16'd256) f_win[24] <= s_axis_tdata[255 - f_hp8[7:0]];
            if (f_h + 16'd9 >= in_ws && f_hp9 < 16'd256) f_win[23] <= s_axis_tdata[255 - f_hp9[7:0]];
            if (f_h + 16'd10 >= in_ws && f_hp10 < 16'd256) f_win[22] <= s_axis_tdata[255 - f_hp10[7:0]];
            if (f_h + 16'd11 >= in_ws && f_hp11 < 16'd256) f_win[21] <= s_axis_tdata[255 - f_hp11[7:0]];
            if (f_h + 16'd12 >= in_ws && f_hp12 < 16'd256) f_win[20] <= s_axis_tdata[255 - f_hp12[7:0]];
            if (f_h + 16'd13 >= in_ws && f_hp13 < 16'd256) f_win[19] <= s_axis_tdata[255 - f_hp13[7:0]];
            if (f_h + 16'd14 >= in_ws && f_hp14 < 16'd256) f_win[18] <= s_axis_tdata[255 - f_hp14[7:0]];
            if (f_h + 16'd15 >= in_ws && f_hp15 < 16'd256) f_win[17] <= s_axis_tdata[255 - f_hp15[7:0]];
            if (f_h + 16'd16 >= in_ws && f_hp16 < 16'd256) f_win[16] <= s_axis_tdata[255 - f_hp16[7:0]];
            if (f_h + 16'd17 >= in_ws && f_hp17 < 16'd256) f_win[15] <= s_axis_tdata[255 - f_hp17[7:0]];
            if (f_h + 16'd18 >= in_ws && f_hp18 < 16'd256) f_win[14] <= s_axis_tdata[255 - f_hp18[7:0]];
            if (f_h + 16'd19 >= in_ws && f_hp19 < 16'd256) f_win[13] <= s_axis_tdata[255 - f_hp19[7:0]];
            if (f_h + 16'd20 >= in_ws && f_hp20 < 16'd256) f_win[12] <= s_axis_tdata[255 - f_hp20[7:0]];
            if (f_h + 16'd21 >= in_ws && f_hp21 < 16'd256) f_win[11] <= s_axis_tdata[255 - f_hp21[7:0]];
            if (f_h + 16'd22 >= in_ws && f_hp22 < 16'd256) f_win[10] <= s_axis_tdata[255 - f_hp22[7:0]];
            if (f_h + 16'd23 >= in_ws && f_hp23 < 16'd256) f_win[9] <= s_axis_tdata[255 - f_hp23[7:0]];
            if (f_h + 16'd24 >= in_ws && f_hp24 < 16'd256) f_win[8] <= s_axis_tdata[255 - f_hp24[7:0]];
            if (f_h + 16'd25 >= in_ws && f_hp25 < 16'd256) f_win[7] <= s_axis_tdata[255 - f_hp25[7:0]];
            if (f_h + 16'd26 >= in_ws && f_hp26 < 16'd256) f_win[6] <= s_axis_tdata[255 - f_hp26[7:0]];
            if (f_h + 16'd27 >= in_ws && f_hp27 < 16'd256) f_win[5] <= s_axis_tdata[255 - f_hp27[7:0]];
            if (f_h + 16'd28 >= in_ws && f_hp28 < 16'd256) f_win[4] <= s_axis_tdata[255 - f_hp28[7:0]];
            if (f_h + 16'd29 >= in_ws && f_hp29 < 16'd256) f_win[3] <= s_axis_tdata[255 - f_hp29[7:0]];
            if (f_h + 16'd30 >= in_ws && f_hp30 < 16'd256) f_win[2] <= s_axis_tdata[255 - f_hp30[7:0]];
            if (f_h + 16'd31 >= in_ws && f_hp31 < 16'd256) f_win[1] <= s_axis_tdata[255 - f_hp31[7:0]];
            if (f_h + 16'd32 >= in_ws && f_hp32 < 16'd256) f_win[0] <= s_axis_tdata[255 - f_hp32[7:0]];
            f_rcv <= in_ws + 16'd256;
            if (s_axis_tlast) f_done <= 1'b1;
        end
    end
    wire [15:0] f_next_len = {6'd0, f_hlen(f_win)};
    // last (guaranteed), for the record that ends at f_h
    always @(*) begin
        if (aresetn && m_axis_tvalid && out_blk == f_blk && f_rec_end == f_h) begin
            if (m_axis_tlast) begin
                // the block is in, and what is left of it is shorter than the next header announces
                assert(f_done && f_rcv >= f_h && f_rcv - f_h < f_next_len);
            end else begin
                // the next record is in the block
                assert(f_rcv >= f_h + f_next_len);
            end
        end
    end
    always @(posedge aclk) begin
        if (aresetn) begin
            cover(m_axis_tvalid && m_axis_tready && m_axis_tlast && out_blk == f_blk && f_rec_end == f_h);
            cover(m_axis_tvalid && m_axis_tready && !m_axis_tlast && out_blk == f_blk && f_rec_end == f_h);
        end
    end
endmodule
`default_nettype wire

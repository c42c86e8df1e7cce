// tans_decoder_x8_axis.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// AXI4-Stream rules of tans_decoder_x8: input streams assumed, output streams asserted (axis_check.v).
`default_nettype none
module formal_tans_decoder_x8 (
    input wire aclk,
    input wire aresetn,
    input wire [7:0] s_axis_ans_l0_tdata,
    input wire [15:0] s_axis_ans_l0_tuser,
    input wire s_axis_ans_l0_tvalid,
    input wire s_axis_ans_l0_tlast,
    input wire [7:0] s_axis_raw_l0_tdata,
    input wire s_axis_raw_l0_tvalid,
    input wire s_axis_raw_l0_tlast,
    input wire [7:0] s_axis_ans_l1_tdata,
    input wire [15:0] s_axis_ans_l1_tuser,
    input wire s_axis_ans_l1_tvalid,
    input wire s_axis_ans_l1_tlast,
    input wire [7:0] s_axis_raw_l1_tdata,
    input wire s_axis_raw_l1_tvalid,
    input wire s_axis_raw_l1_tlast,
    input wire [7:0] s_axis_ans_l2_tdata,
    input wire [15:0] s_axis_ans_l2_tuser,
    input wire s_axis_ans_l2_tvalid,
    input wire s_axis_ans_l2_tlast,
    input wire [7:0] s_axis_raw_l2_tdata,
    input wire s_axis_raw_l2_tvalid,
    input wire s_axis_raw_l2_tlast,
    input wire [7:0] s_axis_ans_l3_tdata,
    input wire [15:0] s_axis_ans_l3_tuser,
    input wire s_axis_ans_l3_tvalid,
    input wire s_axis_ans_l3_tlast,
    input wire [7:0] s_axis_raw_l3_tdata,
    input wire s_axis_raw_l3_tvalid,
    input wire s_axis_raw_l3_tlast,
    input wire [7:0] s_axis_ans_l4_tdata,
    input wire [15:0] s_axis_ans_l4_tuser,
    input wire s_axis_ans_l4_tvalid,
    input wire s_axis_ans_l4_tlast,
    input wire [7:0] s_axis_raw_l4_tdata,
    input wire s_axis_raw_l4_tvalid,
    input wire s_axis_raw_l4_tlast,
    input wire [7:0] s_axis_ans_l5_tdata,
    input wire [15:0] s_axis_ans_l5_tuser,
    input wire s_axis_ans_l5_tvalid,
    input wire s_axis_ans_l5_tlast,
    input wire [7:0] s_axis_raw_l5_tdata,
    input wire s_axis_raw_l5_tvalid,
    input wire s_axis_raw_l5_tlast,
    input wire [7:0] s_axis_ans_l6_tdata,
    input wire [15:0] s_axis_ans_l6_tuser,
    input wire s_axis_ans_l6_tvalid,
    input wire s_axis_ans_l6_tlast,
    input wire [7:0] s_axis_raw_l6_tdata,
    input wire s_axis_raw_l6_tvalid,
    input wire s_axis_raw_l6_tlast,
    input wire [7:0] s_axis_ans_l7_tdata,
    input wire [15:0] s_axis_ans_l7_tuser,
    input wire s_axis_ans_l7_tvalid,
    input wire s_axis_ans_l7_tlast,
    input wire [7:0] s_axis_raw_l7_tdata,
    input wire s_axis_raw_l7_tvalid,
    input wire s_axis_raw_l7_tlast,
    input wire m_axis_tready,
    input wire tbl_we,
    input wire [6:0] tbl_addr,
    input wire [3:0] tbl_code,
    input wire [2:0] tbl_nb,
    input wire [5:0] tbl_base,
    input wire [7:0] tbl_exp,
    input wire tbl_esc
);
    wire s_axis_ans_l0_tready;
    wire s_axis_raw_l0_tready;
    wire s_axis_ans_l1_tready;
    wire s_axis_raw_l1_tready;
    wire s_axis_ans_l2_tready;
    wire s_axis_raw_l2_tready;
    wire s_axis_ans_l3_tready;
    wire s_axis_raw_l3_tready;
    wire s_axis_ans_l4_tready;
    wire s_axis_raw_l4_tready;
    wire s_axis_ans_l5_tready;
    wire s_axis_raw_l5_tready;
    wire s_axis_ans_l6_tready;
    wire s_axis_raw_l6_tready;
    wire s_axis_ans_l7_tready;
    wire s_axis_raw_l7_tready;
    wire [127:0] m_axis_tdata;
    wire [15:0] m_axis_tkeep;
    wire m_axis_tvalid;
    wire m_axis_tlast;
    // every trace starts in reset
    initial assume(!aresetn);
    tans_decoder_x8 dut (
        .aclk(aclk),
        .aresetn(aresetn),
        .s_axis_ans_l0_tdata(s_axis_ans_l0_tdata),
        .s_axis_ans_l0_tuser(s_axis_ans_l0_tuser),
        .s_axis_ans_l0_tvalid(s_axis_ans_l0_tvalid),
        .s_axis_ans_l0_tready(s_axis_ans_l0_tready),
        .s_axis_ans_l0_tlast(s_axis_ans_l0_tlast),
        .s_axis_raw_l0_tdata(s_axis_raw_l0_tdata),
        .s_axis_raw_l0_tvalid(s_axis_raw_l0_tvalid),
        .s_axis_raw_l0_tready(s_axis_raw_l0_tready),
        .s_axis_raw_l0_tlast(s_axis_raw_l0_tlast),
        .s_axis_ans_l1_tdata(s_axis_ans_l1_tdata),
        .s_axis_ans_l1_tuser(s_axis_ans_l1_tuser),
        .s_axis_ans_l1_tvalid(s_axis_ans_l1_tvalid),
        .s_axis_ans_l1_tready(s_axis_ans_l1_tready),
        .s_axis_ans_l1_tlast(s_axis_ans_l1_tlast),
        .s_axis_raw_l1_tdata(s_axis_raw_l1_tdata),
        .s_axis_raw_l1_tvalid(s_axis_raw_l1_tvalid),
        .s_axis_raw_l1_tready(s_axis_raw_l1_tready),
        .s_axis_raw_l1_tlast(s_axis_raw_l1_tlast),
        .s_axis_ans_l2_tdata(s_axis_ans_l2_tdata),
        .s_axis_ans_l2_tuser(s_axis_ans_l2_tuser),
        .s_axis_ans_l2_tvalid(s_axis_ans_l2_tvalid),
        .s_axis_ans_l2_tready(s_axis_ans_l2_tready),
        .s_axis_ans_l2_tlast(s_axis_ans_l2_tlast),
        .s_axis_raw_l2_tdata(s_axis_raw_l2_tdata),
        .s_axis_raw_l2_tvalid(s_axis_raw_l2_tvalid),
        .s_axis_raw_l2_tready(s_axis_raw_l2_tready),
        .s_axis_raw_l2_tlast(s_axis_raw_l2_tlast),
        .s_axis_ans_l3_tdata(s_axis_ans_l3_tdata),
        .s_axis_ans_l3_tuser(s_axis_ans_l3_tuser),
        .s_axis_ans_l3_tvalid(s_axis_ans_l3_tvalid),
        .s_axis_ans_l3_tready(s_axis_ans_l3_tready),
        .s_axis_ans_l3_tlast(s_axis_ans_l3_tlast),
        .s_axis_raw_l3_tdata(s_axis_raw_l3_tdata),
        .s_axis_raw_l3_tvalid(s_axis_raw_l3_tvalid),
        .s_axis_raw_l3_tready(s_axis_raw_l3_tready),
        .s_axis_raw_l3_tlast(s_axis_raw_l3_tlast),
        .s_axis_ans_l4_tdata(s_axis_ans_l4_tdata),
        .s_axis_ans_l4_tuser(s_axis_ans_l4_tuser),
        .s_axis_ans_l4_tvalid(s_axis_ans_l4_tvalid),
        .s_axis_ans_l4_tready(s_axis_ans_l4_tready),
        .s_axis_ans_l4_tlast(s_axis_ans_l4_tlast),
        .s_axis_raw_l4_tdata(s_axis_raw_l4_tdata),
        .s_axis_raw_l4_tvalid(s_axis_raw_l4_tvalid),
        .s_axis_raw_l4_tready(s_axis_raw_l4_tready),
        .s_axis_raw_l4_tlast(s_axis_raw_l4_tlast),
        .s_axis_ans_l5_tdata(s_axis_ans_l5_tdata),
        .s_axis_ans_l5_tuser(s_axis_ans_l5_tuser),
        .s_axis_ans_l5_tvalid(s_axis_ans_l5_tvalid),
        .s_axis_ans_l5_tready(s_axis_ans_l5_tready),
        .s_axis_ans_l5_tlast(s_axis_ans_l5_tlast),
        .s_axis_raw_l5_tdata(s_axis_raw_l5_tdata),
        .s_axis_raw_l5_tvalid(s_axis_raw_l5_tvalid),
        .s_axis_raw_l5_tready(s_axis_raw_l5_tready),
        .s_axis_raw_l5_tlast(s_axis_raw_l5_tlast),
        .s_axis_ans_l6_tdata(s_axis_ans_l6_tdata),
        .s_axis_ans_l6_tuser(s_axis_ans_l6_tuser),
        .s_axis_ans_l6_tvalid(s_axis_ans_l6_tvalid),
        .s_axis_ans_l6_tready(s_axis_ans_l6_tready),
        .s_axis_ans_l6_tlast(s_axis_ans_l6_tlast),
        .s_axis_raw_l6_tdata(s_axis_raw_l6_tdata),
        .s_axis_raw_l6_tvalid(s_axis_raw_l6_tvalid),
        .s_axis_raw_l6_tready(s_axis_raw_l6_tready),
        .s_axis_raw_l6_tlast(s_axis_raw_l6_tlast),
        .s_axis_ans_l7_tdata(s_axis_ans_l7_tdata),
        .s_axis_ans_l7_tuser(s_axis_ans_l7_tuser),
        .s_axis_ans_l7_tvalid(s_axis_ans_l7_tvalid),
        .s_axis_ans_l7_tready(s_axis_ans_l7_tready),
        .s_axis_ans_l7_tlast(s_axis_ans_l7_tlast),
        .s_axis_raw_l7_tdata(s_axis_raw_l7_tdata),
        .s_axis_raw_l7_tvalid(s_axis_raw_l7_tvalid),
        .s_axis_raw_l7_tready(s_axis_raw_l7_tready),
        .s_axis_raw_l7_tlast(s_axis_raw_l7_tlast),
        .m_axis_tdata(m_axis_tdata),
        .m_axis_tkeep(m_axis_tkeep),
        .m_axis_tvalid(m_axis_tvalid),
        .m_axis_tready(m_axis_tready),
        .m_axis_tlast(m_axis_tlast),
        .tbl_we(tbl_we),
        .tbl_addr(tbl_addr),
        .tbl_code(tbl_code),
        .tbl_nb(tbl_nb),
        .tbl_base(tbl_base),
        .tbl_exp(tbl_exp),
        .tbl_esc(tbl_esc)
    );
    wire [2:0] f_seen_s_axis_ans_l0;
    axis_check #(.W(25), .ROLE(0), .LAST(1), .COVER(0)) check_s_axis_ans_l0 (aclk, aresetn, s_axis_ans_l0_tvalid, s_axis_ans_l0_tready, {s_axis_ans_l0_tlast, s_axis_ans_l0_tuser, s_axis_ans_l0_tdata}, f_seen_s_axis_ans_l0);
    wire [2:0] f_seen_s_axis_raw_l0;
    axis_check #(.W(9), .ROLE(0), .LAST(1), .COVER(0)) check_s_axis_raw_l0 (aclk, aresetn, s_axis_raw_l0_tvalid, s_axis_raw_l0_tready, {s_axis_raw_l0_tlast, s_axis_raw_l0_tdata}, f_seen_s_axis_raw_l0);
    wire [2:0] f_seen_s_axis_ans_l1;
    axis_check #(.W(25), .ROLE(0), .LAST(1), .COVER(0)) check_s_axis_ans_l1 (aclk, aresetn, s_axis_ans_l1_tvalid, s_axis_ans_l1_tready, {s_axis_ans_l1_tlast, s_axis_ans_l1_tuser, s_axis_ans_l1_tdata}, f_seen_s_axis_ans_l1);
    wire [2:0] f_seen_s_axis_raw_l1;
    axis_check #(.W(9), .ROLE(0), .LAST(1), .COVER(0)) check_s_axis_raw_l1 (aclk, aresetn, s_axis_raw_l1_tvalid, s_axis_raw_l1_tready, {s_axis_raw_l1_tlast, s_axis_raw_l1_tdata}, f_seen_s_axis_raw_l1);
    wire [2:0] f_seen_s_axis_ans_l2;
    axis_check #(.W(25), .ROLE(0), .LAST(1), .COVER(0)) check_s_axis_ans_l2 (aclk, aresetn, s_axis_ans_l2_tvalid, s_axis_ans_l2_tready, {s_axis_ans_l2_tlast, s_axis_ans_l2_tuser, s_axis_ans_l2_tdata}, f_seen_s_axis_ans_l2);
    wire [2:0] f_seen_s_axis_raw_l2;
    axis_check #(.W(9), .ROLE(0), .LAST(1), .COVER(0)) check_s_axis_raw_l2 (aclk, aresetn, s_axis_raw_l2_tvalid, s_axis_raw_l2_tready, {s_axis_raw_l2_tlast, s_axis_raw_l2_tdata}, f_seen_s_axis_raw_l2);
    wire [2:0] f_seen_s_axis_ans_l3;
    axis_check #(.W(25), .ROLE(0), .LAST(1), .COVER(0)) check_s_axis_ans_l3 (aclk, aresetn, s_axis_ans_l3_tvalid, s_axis_ans_l3_tready, {s_axis_ans_l3_tlast, s_axis_ans_l3_tuser, s_axis_ans_l3_tdata}, f_seen_s_axis_ans_l3);
    wire [2:0] f_seen_s_axis_raw_l3;
    axis_check #(.W(9), .ROLE(0), .LAST(1), .COVER(0)) check_s_axis_raw_l3 (aclk, aresetn, s_axis_raw_l3_tvalid, s_axis_raw_l3_tready, {s_axis_raw_l3_tlast, s_axis_raw_l3_tdata}, f_seen_s_axis_raw_l3);
    wire [2:0] f_seen_s_axis_ans_l4;
    axis_check #(.W(25), .ROLE(0), .LAST(1), .COVER(0)) check_s_axis_ans_l4 (aclk, aresetn, s_axis_ans_l4_tvalid, s_axis_ans_l4_tready, {s_axis_ans_l4_tlast, s_axis_ans_l4_tuser, s_axis_ans_l4_tdata}, f_seen_s_axis_ans_l4);
    wire [2:0] f_seen_s_axis_raw_l4;
    axis_check #(.W(9), .ROLE(0), .LAST(1), .COVER(0)) check_s_axis_raw_l4 (aclk, aresetn, s_axis_raw_l4_tvalid, s_axis_raw_l4_tready, {s_axis_raw_l4_tlast, s_axis_raw_l4_tdata}, f_seen_s_axis_raw_l4);
    wire [2:0] f_seen_s_axis_ans_l5;
    axis_check #(.W(25), .ROLE(0), .LAST(1), .COVER(0)) check_s_axis_ans_l5 (aclk, aresetn, s_axis_ans_l5_tvalid, s_axis_ans_l5_tready, {s_axis_ans_l5_tlast, s_axis_ans_l5_tuser, s_axis_ans_l5_tdata}, f_seen_s_axis_ans_l5);
    wire [2:0] f_seen_s_axis_raw_l5;
    axis_check #(.W(9), .ROLE(0), .LAST(1), .COVER(0)) check_s_axis_raw_l5 (aclk, aresetn, s_axis_raw_l5_tvalid, s_axis_raw_l5_tready, {s_axis_raw_l5_tlast, s_axis_raw_l5_tdata}, f_seen_s_axis_raw_l5);
    wire [2:0] f_seen_s_axis_ans_l6;
    axis_check #(.W(25), .ROLE(0), .LAST(1), .COVER(0)) check_s_axis_ans_l6 (aclk, aresetn, s_axis_ans_l6_tvalid, s_axis_ans_l6_tready, {s_axis_ans_l6_tlast, s_axis_ans_l6_tuser, s_axis_ans_l6_tdata}, f_seen_s_axis_ans_l6);
    wire [2:0] f_seen_s_axis_raw_l6;
    axis_check #(.W(9), .ROLE(0), .LAST(1), .COVER(0)) check_s_axis_raw_l6 (aclk, aresetn, s_axis_raw_l6_tvalid, s_axis_raw_l6_tready, {s_axis_raw_l6_tlast, s_axis_raw_l6_tdata}, f_seen_s_axis_raw_l6);
    wire [2:0] f_seen_s_axis_ans_l7;
    axis_check #(.W(25), .ROLE(0), .LAST(1), .COVER(0)) check_s_axis_ans_l7 (aclk, aresetn, s_axis_ans_l7_tvalid, s_axis_ans_l7_tready, {s_axis_ans_l7_tlast, s_axis_ans_l7_tuser, s_axis_ans_l7_tdata}, f_seen_s_axis_ans_l7);
    wire [2:0] f_seen_s_axis_raw_l7;
    axis_check #(.W(9), .ROLE(0), .LAST(1), .COVER(0)) check_s_axis_raw_l7 (aclk, aresetn, s_axis_raw_l7_tvalid, s_axis_raw_l7_tready, {s_axis_raw_l7_tlast, s_axis_raw_l7_tdata}, f_seen_s_axis_raw_l7);
    axis_check #(.W(145), .ROLE(1), .LAST(1)) check_m_axis (aclk, aresetn, m_axis_tvalid, m_axis_tready, {m_axis_tlast, m_axis_tkeep, m_axis_tdata});
    // covers of the 8 lanes of s_axis_ans: each event seen on every lane
    always @(*) begin
        cover(f_seen_s_axis_ans_l0[0] && f_seen_s_axis_ans_l1[0] && f_seen_s_axis_ans_l2[0] && f_seen_s_axis_ans_l3[0] && f_seen_s_axis_ans_l4[0] && f_seen_s_axis_ans_l5[0] && f_seen_s_axis_ans_l6[0] && f_seen_s_axis_ans_l7[0]); // a handshake
        cover(f_seen_s_axis_ans_l0[1] && f_seen_s_axis_ans_l1[1] && f_seen_s_axis_ans_l2[1] && f_seen_s_axis_ans_l3[1] && f_seen_s_axis_ans_l4[1] && f_seen_s_axis_ans_l5[1] && f_seen_s_axis_ans_l6[1] && f_seen_s_axis_ans_l7[1]); // a stalled beat taken
        cover(f_seen_s_axis_ans_l0[2] && f_seen_s_axis_ans_l1[2] && f_seen_s_axis_ans_l2[2] && f_seen_s_axis_ans_l3[2] && f_seen_s_axis_ans_l4[2] && f_seen_s_axis_ans_l5[2] && f_seen_s_axis_ans_l6[2] && f_seen_s_axis_ans_l7[2]); // a tlast handshake
    end
    // covers of the 8 lanes of s_axis_raw: each event seen on every lane
    always @(*) begin
        cover(f_seen_s_axis_raw_l0[0] && f_seen_s_axis_raw_l1[0] && f_seen_s_axis_raw_l2[0] && f_seen_s_axis_raw_l3[0] && f_seen_s_axis_raw_l4[0] && f_seen_s_axis_raw_l5[0] && f_seen_s_axis_raw_l6[0] && f_seen_s_axis_raw_l7[0]); // a handshake
        cover(f_seen_s_axis_raw_l0[1] && f_seen_s_axis_raw_l1[1] && f_seen_s_axis_raw_l2[1] && f_seen_s_axis_raw_l3[1] && f_seen_s_axis_raw_l4[1] && f_seen_s_axis_raw_l5[1] && f_seen_s_axis_raw_l6[1] && f_seen_s_axis_raw_l7[1]); // a stalled beat taken
        cover(f_seen_s_axis_raw_l0[2] && f_seen_s_axis_raw_l1[2] && f_seen_s_axis_raw_l2[2] && f_seen_s_axis_raw_l3[2] && f_seen_s_axis_raw_l4[2] && f_seen_s_axis_raw_l5[2] && f_seen_s_axis_raw_l6[2] && f_seen_s_axis_raw_l7[2]); // a tlast handshake
    end
endmodule
`default_nettype wire

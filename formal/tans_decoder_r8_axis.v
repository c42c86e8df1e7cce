// tans_decoder_r8_axis.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// AXI4-Stream rules of tans_decoder_r8: input streams assumed, output streams asserted (axis_check.v).
`default_nettype none
module formal_tans_decoder_r8 (
    input wire aclk,
    input wire aresetn,
    input wire [7:0] s_axis_ans_tdata,
    input wire [15:0] s_axis_ans_tuser,
    input wire s_axis_ans_tvalid,
    input wire s_axis_ans_tlast,
    input wire [7:0] s_axis_raw_tdata,
    input wire s_axis_raw_tvalid,
    input wire s_axis_raw_tlast,
    input wire m_axis_tready,
    input wire tbl_we,
    input wire [8:0] tbl_addr,
    input wire [3:0] tbl_code,
    input wire [3:0] tbl_nb,
    input wire [7:0] tbl_base,
    input wire [7:0] tbl_exp,
    input wire tbl_esc
);
    wire s_axis_ans_tready;
    wire s_axis_raw_tready;
    wire [15:0] m_axis_tdata;
    wire m_axis_tvalid;
    wire m_axis_tlast;
    // every trace starts in reset
    initial assume(!aresetn);
    tans_decoder_r8 dut (
        .aclk(aclk),
        .aresetn(aresetn),
        .s_axis_ans_tdata(s_axis_ans_tdata),
        .s_axis_ans_tuser(s_axis_ans_tuser),
        .s_axis_ans_tvalid(s_axis_ans_tvalid),
        .s_axis_ans_tready(s_axis_ans_tready),
        .s_axis_ans_tlast(s_axis_ans_tlast),
        .s_axis_raw_tdata(s_axis_raw_tdata),
        .s_axis_raw_tvalid(s_axis_raw_tvalid),
        .s_axis_raw_tready(s_axis_raw_tready),
        .s_axis_raw_tlast(s_axis_raw_tlast),
        .m_axis_tdata(m_axis_tdata),
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
    axis_check #(.W(25), .ROLE(0), .LAST(1)) check_s_axis_ans (aclk, aresetn, s_axis_ans_tvalid, s_axis_ans_tready, {s_axis_ans_tlast, s_axis_ans_tuser, s_axis_ans_tdata});
    axis_check #(.W(9), .ROLE(0), .LAST(1)) check_s_axis_raw (aclk, aresetn, s_axis_raw_tvalid, s_axis_raw_tready, {s_axis_raw_tlast, s_axis_raw_tdata});
    axis_check #(.W(17), .ROLE(1), .LAST(1)) check_m_axis (aclk, aresetn, m_axis_tvalid, m_axis_tready, {m_axis_tlast, m_axis_tdata});
endmodule
`default_nettype wire

// tans_decoder_ctx_r10_axis.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// AXI4-Stream rules of tans_decoder_ctx_r10: input streams assumed, output streams asserted (axis_check.v).
`default_nettype none
module formal_tans_decoder_ctx_r10 (
    input wire aclk,
    input wire aresetn,
    input wire [7:0] s_axis_ans_tdata,
    input wire [15:0] s_axis_ans_tuser,
    input wire s_axis_ans_tvalid,
    input wire s_axis_ans_tlast,
    input wire [15:0] s_axis_raw_tdata,
    input wire [1:0] s_axis_raw_tkeep,
    input wire s_axis_raw_tvalid,
    input wire s_axis_raw_tlast,
    input wire m_axis_tready,
    input wire tbl_we,
    input wire [15:0] tbl_addr,
    input wire [9:0] tbl_base,
    input wire [3:0] tbl_nb,
    input wire [3:0] tbl_nbits,
    input wire [3:0] tbl_k,
    input wire tbl_esc,
    input wire [15:0] tbl_value,
    input wire [3:0] tbl_class,
    input wire tbl_fp16,
    input wire [12:0] tbl_cols,
    input wire [11:0] tbl_first,
    input wire [11:0] tbl_step
);
    wire s_axis_ans_tready;
    wire s_axis_raw_tready;
    wire [15:0] m_axis_tdata;
    wire m_axis_tvalid;
    wire m_axis_tlast;
    // every trace starts in reset
    initial assume(!aresetn);
    tans_decoder_ctx_r10 dut (
        .aclk(aclk),
        .aresetn(aresetn),
        .s_axis_ans_tdata(s_axis_ans_tdata),
        .s_axis_ans_tuser(s_axis_ans_tuser),
        .s_axis_ans_tvalid(s_axis_ans_tvalid),
        .s_axis_ans_tready(s_axis_ans_tready),
        .s_axis_ans_tlast(s_axis_ans_tlast),
        .s_axis_raw_tdata(s_axis_raw_tdata),
        .s_axis_raw_tkeep(s_axis_raw_tkeep),
        .s_axis_raw_tvalid(s_axis_raw_tvalid),
        .s_axis_raw_tready(s_axis_raw_tready),
        .s_axis_raw_tlast(s_axis_raw_tlast),
        .m_axis_tdata(m_axis_tdata),
        .m_axis_tvalid(m_axis_tvalid),
        .m_axis_tready(m_axis_tready),
        .m_axis_tlast(m_axis_tlast),
        .tbl_we(tbl_we),
        .tbl_addr(tbl_addr),
        .tbl_base(tbl_base),
        .tbl_nb(tbl_nb),
        .tbl_nbits(tbl_nbits),
        .tbl_k(tbl_k),
        .tbl_esc(tbl_esc),
        .tbl_value(tbl_value),
        .tbl_class(tbl_class),
        .tbl_fp16(tbl_fp16),
        .tbl_cols(tbl_cols),
        .tbl_first(tbl_first),
        .tbl_step(tbl_step)
    );
    axis_check #(.W(25), .ROLE(0), .LAST(1)) check_s_axis_ans (aclk, aresetn, s_axis_ans_tvalid, s_axis_ans_tready, {s_axis_ans_tlast, s_axis_ans_tuser, s_axis_ans_tdata});
    axis_check #(.W(19), .ROLE(0), .LAST(1)) check_s_axis_raw (aclk, aresetn, s_axis_raw_tvalid, s_axis_raw_tready, {s_axis_raw_tlast, s_axis_raw_tkeep, s_axis_raw_tdata});
    axis_check #(.W(17), .ROLE(1), .LAST(1)) check_m_axis (aclk, aresetn, m_axis_tvalid, m_axis_tready, {m_axis_tlast, m_axis_tdata});
endmodule
`default_nettype wire

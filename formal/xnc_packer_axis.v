// xnc_packer_axis.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// AXI4-Stream rules of xnc_packer: input streams assumed, output streams asserted (axis_check.v).
`default_nettype none
module formal_xnc_packer (
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
    wire m_axis_tvalid;
    wire m_axis_tlast;
    // every trace starts in reset
    initial assume(!aresetn);
    xnc_packer dut (
        .aclk(aclk),
        .aresetn(aresetn),
        .s_axis_tdata(s_axis_tdata),
        .s_axis_tuser(s_axis_tuser),
        .s_axis_tvalid(s_axis_tvalid),
        .s_axis_tready(s_axis_tready),
        .s_axis_tlast(s_axis_tlast),
        .m_axis_tdata(m_axis_tdata),
        .m_axis_tkeep(m_axis_tkeep),
        .m_axis_tvalid(m_axis_tvalid),
        .m_axis_tready(m_axis_tready),
        .m_axis_tlast(m_axis_tlast)
    );
    axis_check #(.W(563), .ROLE(0), .LAST(1)) check_s_axis (aclk, aresetn, s_axis_tvalid, s_axis_tready, {s_axis_tlast, s_axis_tuser, s_axis_tdata});
    axis_check #(.W(577), .ROLE(1), .LAST(1)) check_m_axis (aclk, aresetn, m_axis_tvalid, m_axis_tready, {m_axis_tlast, m_axis_tkeep, m_axis_tdata});
endmodule
`default_nettype wire

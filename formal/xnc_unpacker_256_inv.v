// xnc_unpacker_256_inv.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Invariants of xnc_unpacker_256's state (formal.rs, `invariants`), read through its FORMAL observation ports.
`default_nettype none
module formal_xnc_unpacker_256_inv (
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
    wire m_axis_tvalid;
    wire m_axis_tlast;
    wire [9:0] formal_rd_q;
    wire [10:0] formal_cnt_q;
    // every trace starts in reset
    initial assume(!aresetn);
    xnc_unpacker_256 dut (
        .aclk(aclk),
        .aresetn(aresetn),
        .s_axis_tdata(s_axis_tdata),
        .s_axis_tvalid(s_axis_tvalid),
        .s_axis_tready(s_axis_tready),
        .s_axis_tlast(s_axis_tlast),
        .m_axis_tdata(m_axis_tdata),
        .m_axis_tuser(m_axis_tuser),
        .m_axis_tvalid(m_axis_tvalid),
        .m_axis_tready(m_axis_tready),
        .m_axis_tlast(m_axis_tlast),
        .formal_rd_q(formal_rd_q),
        .formal_cnt_q(formal_cnt_q)
    );
    axis_check #(.W(257), .ROLE(0), .LAST(1)) check_s_axis (aclk, aresetn, s_axis_tvalid, s_axis_tready, {s_axis_tlast, s_axis_tdata});
    always @(*) begin
        if (aresetn) begin
            // the buffered bits fit in the ring after the read offset
            assert(formal_rd_q[7:0] + formal_cnt_q <= 1024);
            // the write position is on a word boundary
            assert(((formal_rd_q + formal_cnt_q) & 255) == 0);
        end
    end
endmodule
`default_nettype wire

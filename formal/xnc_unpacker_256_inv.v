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
    wire [11:0] formal_rd_q;
    wire formal_v0_q;
    wire formal_v1_q;
    wire formal_v2_q;
    wire formal_v3_q;
    wire formal_l0_q;
    wire formal_l1_q;
    wire formal_l2_q;
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
        .formal_v0_q(formal_v0_q),
        .formal_v1_q(formal_v1_q),
        .formal_v2_q(formal_v2_q),
        .formal_v3_q(formal_v3_q),
        .formal_l0_q(formal_l0_q),
        .formal_l1_q(formal_l1_q),
        .formal_l2_q(formal_l2_q)
    );
    axis_check #(.W(257), .ROLE(0), .LAST(1)) check_s_axis (aclk, aresetn, s_axis_tvalid, s_axis_tready, {s_axis_tlast, s_axis_tdata});
    always @(*) begin
        if (aresetn) begin
            // the read pointer is within the block's bits held in the valid slots from slot 0 up
            assert(formal_rd_q <= (formal_v0_q ? ((formal_v1_q & ~formal_l0_q) ? ((formal_v2_q & ~formal_l1_q) ? ((formal_v3_q & ~formal_l2_q) ? 1024 : 768) : 512) : 256) : 0));
            // the read pointer is less than a record past the last start a record is taken from
            assert(formal_rd_q < 801);
        end
    end
endmodule
`default_nettype wire

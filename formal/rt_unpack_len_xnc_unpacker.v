// rt_unpack_len_xnc_unpacker.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Unpacker lemma: the unpacker's tuser is its record header's length (an invariant of stage A and the output register).
`default_nettype none
module rt_unpack_len_xnc_unpacker (
    input wire aclk,
    input wire aresetn,
    input wire [511:0] s_axis_tdata,
    input wire s_axis_tvalid,
    input wire s_axis_tlast,
    input wire m_axis_tready
);
    wire s_axis_tready;
    wire [551:0] m_axis_tdata;
    wire [9:0] m_axis_tuser;
    wire m_axis_tvalid, m_axis_tlast;
    wire formal_full_q, formal_off0_q;
    wire [9:0] formal_len_q;
    wire [433:0] formal_rec_hi_q;
    // every trace starts in reset
    initial assume(!aresetn);
    xnc_unpacker dut (.aclk(aclk), .aresetn(aresetn), .s_axis_tdata(s_axis_tdata), .s_axis_tvalid(s_axis_tvalid),
        .s_axis_tready(s_axis_tready), .s_axis_tlast(s_axis_tlast), .m_axis_tdata(m_axis_tdata),
        .m_axis_tuser(m_axis_tuser), .m_axis_tvalid(m_axis_tvalid), .m_axis_tready(m_axis_tready),
        .m_axis_tlast(m_axis_tlast), .formal_full_q(formal_full_q), .formal_len_q(formal_len_q),
        .formal_rec_hi_q(formal_rec_hi_q), .formal_off0_q(formal_off0_q));
    function [9:0] f_hlen(input [32:0] h);
        reg [9:0] c [0:62];
        integer i;
        begin
            for (i = 0; i < 32; i = i + 1) c[i] = {9'd0, h[31 - i]};
            for (i = 0; i < 31; i = i + 1) c[32 + i] = c[2 * i] + c[2 * i + 1];
            f_hlen = h[32] ? 10'd417 - (c[62] + (c[62] << 1)) : 10'd545 - (c[62] << 2);
        end
    endfunction
    // stage A's header: the top of the gathered bits, one bit further on when the last shift stage is pending
    wire [32:0] f_hdr_a = formal_off0_q ? formal_rec_hi_q[432:400] : formal_rec_hi_q[433:401];
    // lengths (guaranteed)
    always @(*) begin
        if (aresetn) begin
            if (formal_full_q) assert(formal_len_q == f_hlen(f_hdr_a));
            if (m_axis_tvalid) assert(m_axis_tuser == f_hlen(m_axis_tdata[551:519]));
        end
    end
    always @(posedge aclk) begin
        if (aresetn) cover(m_axis_tvalid && m_axis_tready);
    end
endmodule
`default_nettype wire

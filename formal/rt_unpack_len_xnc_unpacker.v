// rt_unpack_len_xnc_unpacker.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Unpacker lemma: the unpacker's tuser is its record header's length (an invariant of stage A and the output register).
`default_nettype none
// one step: every state register a free input (`_q`), the invariant's next values out (`_d`)
module rt_unpack_len_xnc_unpacker (
    input wire aclk,
    input wire aresetn,
    input wire [511:0] s_axis_tdata,
    input wire s_axis_tvalid,
    input wire s_axis_tlast,
    input wire m_axis_tready,
    input wire [511:0] slot0_q,
    input wire [511:0] slot1_q,
    input wire [511:0] slot2_q,
    input wire [511:0] slot3_q,
    input wire v0_q,
    input wire v1_q,
    input wire v2_q,
    input wire v3_q,
    input wire l0_q,
    input wire l1_q,
    input wire l2_q,
    input wire l3_q,
    input wire [11:0] rd_q,
    input wire [433:0] rec_hi_q,
    input wire [111:0] rec_lo_q,
    input wire half_q,
    input wire [7:0] rest_q,
    input wire off0_q,
    input wire [9:0] len_q,
    input wire [7:0] tail_q,
    input wire last_q,
    input wire full_q,
    input wire [544:0] out_q,
    input wire [9:0] out_len_q,
    input wire out_last_q,
    input wire out_valid_q
);
    wire s_axis_tready;
    wire [551:0] m_axis_tdata;
    wire [9:0] m_axis_tuser;
    wire m_axis_tvalid, m_axis_tlast;
    wire full_d;
    wire [9:0] len_d;
    wire [433:0] rec_hi_d;
    wire off0_d;
    wire [544:0] out_d;
    wire [9:0] out_len_d;
    wire out_valid_d;
    xnc_unpacker_cut dut (
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
        .formal_slot0_q(slot0_q),
        .formal_slot1_q(slot1_q),
        .formal_slot2_q(slot2_q),
        .formal_slot3_q(slot3_q),
        .formal_v0_q(v0_q),
        .formal_v1_q(v1_q),
        .formal_v2_q(v2_q),
        .formal_v3_q(v3_q),
        .formal_l0_q(l0_q),
        .formal_l1_q(l1_q),
        .formal_l2_q(l2_q),
        .formal_l3_q(l3_q),
        .formal_rd_q(rd_q),
        .formal_rec_hi_q(rec_hi_q),
        .formal_rec_lo_q(rec_lo_q),
        .formal_half_q(half_q),
        .formal_rest_q(rest_q),
        .formal_off0_q(off0_q),
        .formal_len_q(len_q),
        .formal_tail_q(tail_q),
        .formal_last_q(last_q),
        .formal_full_q(full_q),
        .formal_out_q(out_q),
        .formal_out_len_q(out_len_q),
        .formal_out_last_q(out_last_q),
        .formal_out_valid_q(out_valid_q),
        .formal_full_d(full_d),
        .formal_len_d(len_d),
        .formal_rec_hi_d(rec_hi_d),
        .formal_off0_d(off0_d),
        .formal_out_d(out_d),
        .formal_out_len_d(out_len_d),
        .formal_out_valid_d(out_valid_d)
    );
    function [9:0] f_hlen(input [32:0] h);
        reg [9:0] c [0:62];
        integer i;
        begin
            for (i = 0; i < 32; i = i + 1) c[i] = {9'd0, h[31 - i]};
            for (i = 0; i < 31; i = i + 1) c[32 + i] = c[2 * i] + c[2 * i + 1];
            f_hlen = h[32] ? 10'd417 - (c[62] + (c[62] << 1)) : 10'd545 - (c[62] << 2);
        end
    endfunction
    // I over one state: stage A's header is the top of the gathered bits, one bit further on
    // when the last shift stage is pending; the output register's header is its top 33 bits
    function inv(input full, input [9:0] len, input [433:0] rec_hi, input off0, input out_valid,
        input [9:0] out_len, input [544:0] out);
        inv = (!full || len == f_hlen(off0 ? rec_hi[432:400] : rec_hi[433:401]))
            && (!out_valid || out_len == f_hlen(out[544:512]));
    endfunction
    wire inv_q = inv(full_q, len_q, rec_hi_q, off0_q, out_valid_q, out_len_q, out_q);
    wire inv_d = inv(full_d, len_d, rec_hi_d, off0_d, out_valid_d, out_len_d, out_d);
    // the fact (lengths): a record offered in a state in I has its header's length
    wire fact = !m_axis_tvalid || m_axis_tuser == f_hlen(m_axis_tdata[551:519]);
    always @(*) begin
        if (!aresetn || inv_q)
            assert(inv_d);
        if (inv_q)
            assert(fact);
    end
endmodule
`default_nettype wire

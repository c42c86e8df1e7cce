// rt_unpack_gather_xnc_unpacker_256.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Unpacker lemma: the unpacker's gather for every bit: the window at the read pointer and stage A's two parts are the bits of the ring of slots at the pointer's index.
`default_nettype none
// every state register a free input (`_q`), the index j free; the gathered bits observed
module rt_unpack_gather_xnc_unpacker_256 (
    input wire aclk,
    input wire aresetn,
    input wire [255:0] s_axis_tdata,
    input wire s_axis_tvalid,
    input wire s_axis_tlast,
    input wire m_axis_tready,
    input wire [9:0] j,
    input wire [255:0] slot0_q,
    input wire [255:0] slot1_q,
    input wire [255:0] slot2_q,
    input wire [255:0] slot3_q,
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
    wire [544:0] window;
    wire [1023:0] body_top, lo_top;
    wire [8:0] rd_off;
    xnc_unpacker_256_cut dut (
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
        .formal_window(window),
        .formal_body_top(body_top),
        .formal_lo_top(lo_top),
        .formal_rd_off(rd_off)
    );
    // ring bit i, from the top (slot 0's first bit is bit 0); zero past the ring
    function f_ring(input [1023:0] ring, input [11:0] i);
        f_ring = i < 12'd1024 ? ring[12'd1023 - i] : 1'b0;
    endfunction
    // the gather at index j, one bit per conjunct (fact gather)
    function [3:0] f_gather_ok(input [1023:0] ring, input [11:0] rd, input odd, input [544:0] window,
        input [433:0] hi, input [111:0] lo, input [9:0] j);
        reg [11:0] sh, jj;
        begin
            sh = rd & 12'd255;
            jj = {2'd0, j};
            f_gather_ok[0] = !odd || sh[0];
            f_gather_ok[1] = j >= 10'd545 || window[10'd544 - j] == f_ring(ring, sh + jj);
            f_gather_ok[2] = j >= 10'd434 || hi[10'd433 - j] == f_ring(ring, sh - {11'd0, odd} + jj);
            f_gather_ok[3] = j >= 10'd112 || lo[10'd111 - j] == f_ring(ring, sh - {11'd0, odd} + 12'd2 + jj);
        end
    endfunction
    wire [3:0] ok = f_gather_ok({slot0_q, slot1_q, slot2_q, slot3_q}, rd_q, rd_off[0], window, body_top[433:0], lo_top[111:0], j);
    always @(*) begin
        assert(ok[0]);
        assert(ok[1]);
        assert(ok[2]);
        assert(ok[3]);
    end
endmodule
`default_nettype wire

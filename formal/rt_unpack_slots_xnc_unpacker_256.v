// rt_unpack_slots_xnc_unpacker_256.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Unpacker lemma: the unpacker's queue as one step with its state cut: the valid slots hold consecutive words of the stream (block by block, empty slots skipped), the chosen bit where a slot holds it.
`default_nettype none
// one step: every state register a free input (`_q`), the tracker's too (the chosen bit
// f_blk, f_pos free), the queue's next values out (`_d`)
module rt_unpack_slots_xnc_unpacker_256 (
    input wire aclk,
    input wire aresetn,
    input wire [255:0] s_axis_tdata,
    input wire s_axis_tvalid,
    input wire s_axis_tlast,
    input wire m_axis_tready,
    input wire [3:0] f_blk,
    input wire [15:0] f_pos,
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
    input wire out_valid_q,
    input wire [3:0] in_blk_q,
    input wire [15:0] in_ws_q,
    input wire f_have_q,
    input wire f_val_q,
    input wire [3:0] g_blk0_q,
    input wire [15:0] g_pos0_q
);
    wire s_axis_tready;
    wire [551:0] m_axis_tdata;
    wire [9:0] m_axis_tuser;
    wire m_axis_tvalid, m_axis_tlast;
    wire [255:0] slot0_d;
    wire [255:0] slot1_d;
    wire [255:0] slot2_d;
    wire [255:0] slot3_d;
    wire v0_d;
    wire v1_d;
    wire v2_d;
    wire v3_d;
    wire l0_d;
    wire l1_d;
    wire l2_d;
    wire l3_d;
    wire vacate;
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
        .formal_slot0_d(slot0_d),
        .formal_slot1_d(slot1_d),
        .formal_slot2_d(slot2_d),
        .formal_slot3_d(slot3_d),
        .formal_v0_d(v0_d),
        .formal_v1_d(v1_d),
        .formal_v2_d(v2_d),
        .formal_v3_d(v3_d),
        .formal_l0_d(l0_d),
        .formal_l1_d(l1_d),
        .formal_l2_d(l2_d),
        .formal_l3_d(l3_d),
        .formal_vacate(vacate)
    );
    // the wrapper's record of the stream: the next word's block and position, the chosen bit
    wire fire = aresetn && s_axis_tvalid && s_axis_tready;
    wire [15:0] in_rel = f_pos - in_ws_q;
    wire in_hit = in_blk_q == f_blk && in_rel < 16'd256;
    wire [3:0] in_blk_d = fire && s_axis_tlast ? in_blk_q + 4'd1 : in_blk_q;
    wire [15:0] in_ws_d = !fire ? in_ws_q : s_axis_tlast ? 16'd0 : in_ws_q + 16'd256;
    wire f_have_d = f_have_q || (fire && in_hit);
    wire f_val_d = fire && in_hit ? s_axis_tdata[8'd255 - in_rel[7:0]] : f_val_q;
    // the word after the one at {block, position} bp (position 0 of the next block after a word with tlast)
    function [19:0] nxt(input [19:0] bp, input l);
        nxt = l ? {bp[19:16] + 4'd1, 16'd0} : {bp[19:16], bp[15:0] + 16'd256};
    endfunction
    // the ghost: the first valid slot's word's block and position; the next word's when slot 0's
    // word is dropped (vacate), the next word in's after a reset
    wire [19:0] p0_q = {g_blk0_q, g_pos0_q};
    wire [19:0] p0_d = !aresetn ? {in_blk_d, in_ws_d} : v0_q && vacate ? nxt(p0_q, l0_q) : p0_q;
    // a slot holding the word at bp holds the chosen bit if the word does
    function hold(input [19:0] bp, input [255:0] slot, input fh, input fv);
        reg [15:0] r;
        begin
            r = f_pos - bp[15:0];
            hold = !(bp[19:16] == f_blk && r < 16'd256) || (fh && slot[8'd255 - r[7:0]] == fv);
        end
    endfunction
    // I: the valid slots, in slot order, hold consecutive words from p0 to the next word in
    // (empty slots skipped: a word in moves down one slot a cycle), the chosen bit where one holds it
    function [4:0] inv(input v0, input v1, input v2, input v3, input l0, input l1, input l2, input l3, input [255:0] s0, input [255:0] s1, input [255:0] s2, input [255:0] s3, input [19:0] p0, input [19:0] pin, input fh, input fv);
        reg [19:0] p [0:4];
        begin
            p[0] = p0;
            p[1] = v0 ? nxt(p[0], l0) : p[0];
            p[2] = v1 ? nxt(p[1], l1) : p[1];
            p[3] = v2 ? nxt(p[2], l2) : p[2];
            p[4] = v3 ? nxt(p[3], l3) : p[3];
            inv[0] = p[4] == pin;
            inv[1] = !v0 || hold(p[0], s0, fh, fv);
            inv[2] = !v1 || hold(p[1], s1, fh, fv);
            inv[3] = !v2 || hold(p[2], s2, fh, fv);
            inv[4] = !v3 || hold(p[3], s3, fh, fv);
        end
    endfunction
    wire [4:0] inv_q = inv(v0_q, v1_q, v2_q, v3_q, l0_q, l1_q, l2_q, l3_q, slot0_q, slot1_q, slot2_q, slot3_q, p0_q, {in_blk_q, in_ws_q}, f_have_q, f_val_q);
    wire [4:0] inv_d = inv(v0_d, v1_d, v2_d, v3_d, l0_d, l1_d, l2_d, l3_d, slot0_d, slot1_d, slot2_d, slot3_d, p0_d, {in_blk_d, in_ws_d}, f_have_d, f_val_d);
    wire pre = !aresetn || &inv_q;
    always @(*) begin
        if (pre) begin
            assert(inv_d[0]);
            assert(inv_d[1]);
            assert(inv_d[2]);
            assert(inv_d[3]);
            assert(inv_d[4]);
        end
    end
endmodule
`default_nettype wire

// rt_unpack_pos_xnc_unpacker_256.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Unpacker lemma: the unpacker's read positions as one step with its state cut: the read pointer, from slot 0's word, is where stage A's record ends (its first part while half), stage A's record where the output register's ends, from the output side's position (the next block's 0 after tlast), given the tiling at the read position (a pad leaves less than a word).
`default_nettype none
// one step: every state register a free input (`_q`), the wrapper's record too, the
// invariant's next values out (`_d`)
module rt_unpack_pos_xnc_unpacker_256 (
    input wire aclk,
    input wire aresetn,
    input wire [255:0] s_axis_tdata,
    input wire s_axis_tvalid,
    input wire s_axis_tlast,
    input wire m_axis_tready,
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
    input wire [3:0] g_blk0_q,
    input wire [15:0] g_pos0_q,
    input wire [3:0] o_blk_q,
    input wire [15:0] o_pos_q
);
    wire s_axis_tready;
    wire [551:0] m_axis_tdata;
    wire [9:0] m_axis_tuser;
    wire m_axis_tvalid, m_axis_tlast;
    wire [11:0] rd_d;
    wire full_d;
    wire half_d;
    wire [7:0] rest_d;
    wire [9:0] len_d;
    wire last_d;
    wire out_valid_d;
    wire [9:0] out_len_d;
    wire out_last_d;
    wire v0_d;
    wire v1_d;
    wire v2_d;
    wire v3_d;
    wire l0_d;
    wire l1_d;
    wire l2_d;
    wire l3_d;
    wire vacate;
    wire pad;
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
        .formal_rd_d(rd_d),
        .formal_full_d(full_d),
        .formal_half_d(half_d),
        .formal_rest_d(rest_d),
        .formal_len_d(len_d),
        .formal_last_d(last_d),
        .formal_out_valid_d(out_valid_d),
        .formal_out_len_d(out_len_d),
        .formal_out_last_d(out_last_d),
        .formal_v0_d(v0_d),
        .formal_v1_d(v1_d),
        .formal_v2_d(v2_d),
        .formal_v3_d(v3_d),
        .formal_l0_d(l0_d),
        .formal_l1_d(l1_d),
        .formal_l2_d(l2_d),
        .formal_l3_d(l3_d),
        .formal_vacate(vacate),
        .formal_pad(pad)
    );
    // the wrapper's record: the next word in's block and position (as in the queue lemma)
    wire fire = aresetn && s_axis_tvalid && s_axis_tready;
    wire [3:0] in_blk_d = fire && s_axis_tlast ? in_blk_q + 4'd1 : in_blk_q;
    wire [15:0] in_ws_d = !fire ? in_ws_q : s_axis_tlast ? 16'd0 : in_ws_q + 16'd256;
    // the word after the one at {block, position} bp (position 0 of the next block after a word with tlast)
    function [19:0] nxt(input [19:0] bp, input l);
        nxt = l ? {bp[19:16] + 4'd1, 16'd0} : {bp[19:16], bp[15:0] + 16'd256};
    endfunction
    // the position `len` bits after bp (position 0 of the next block after a record with tlast)
    function [19:0] after(input [19:0] bp, input l, input [9:0] len);
        after = l ? {bp[19:16] + 4'd1, 16'd0} : {bp[19:16], bp[15:0] + {6'd0, len}};
    endfunction
    // the queue's ghost (rt_unpack_slots_*): the first valid slot's word's block and position
    wire [19:0] p0_q = {g_blk0_q, g_pos0_q};
    wire [19:0] p0_d = !aresetn ? {in_blk_d, in_ws_d} : v0_q && vacate ? nxt(p0_q, l0_q) : p0_q;
    // the output side: the next record out's block and position (where the next word in is,
    // after a reset)
    wire ofire = m_axis_tvalid && m_axis_tready;
    wire [19:0] o_q = {o_blk_q, o_pos_q};
    wire [19:0] o_d = !aresetn ? {in_blk_d, in_ws_d} : ofire ? after(o_q, m_axis_tlast, m_axis_tuser) : o_q;
    function [11:0] f_avail(input v0, input v1, input v2, input v3, input l0, input l1, input l2, input l3);
        begin
            f_avail = 12'd0;
            if (v0) begin f_avail = 12'd256; if (v1 && !l0) begin f_avail = 12'd512; if (v2 && !l1) begin f_avail = 12'd768; if (v3 && !l2) begin f_avail = 12'd1024; end end end end
        end
    endfunction
    function f_last_in(input v0, input v1, input v2, input v3, input l0, input l1, input l2, input l3);
        f_last_in = v0 && (l0 || (v1 && (l1 || (v2 && (l2 || (v3 && (l3)))))));
    endfunction
    // I over one state ({p0, rd} the read position, a the position after the output register's
    // record, aend the position after stage A's)
    function [6:0] inv(input v0, input v1, input v2, input v3, input l0, input l1, input l2, input l3, input [11:0] rd, input full, input half, input [7:0] rest, input [9:0] len, input last, input out_valid, input [9:0] out_len, input out_last, input [19:0] p0, input [19:0] o);
        reg [11:0] avail;
        reg last_in;
        reg [19:0] a, rpos, aend;
        begin
            avail = f_avail(v0, v1, v2, v3, l0, l1, l2, l3);
            last_in = f_last_in(v0, v1, v2, v3, l0, l1, l2, l3);
            a = out_valid ? after(o, out_last, out_len) : o;
            rpos = {p0[19:16], p0[15:0] + {4'd0, rd}};
            aend = {a[19:16], a[15:0] + {6'd0, len}};
            inv[0] = rd <= avail;
            inv[1] = !half || full;
            inv[2] = !half || (len == 10'd432 + {2'd0, rest} && rest != 8'd0);
            inv[3] = full || (rd == 12'd0 && rpos == a);
            inv[4] = !full || !half || (rpos == {a[19:16], a[15:0] + 16'd432}
                && {4'd0, rest} <= avail - rd
                && (last_in ? (last ? {4'd0, rest} == avail - rd : {4'd0, rest} < avail - rd) : !last));
            inv[5] = !full || half || last || (rpos == aend && !(last_in && rd == avail));
            inv[6] = !full || half || !last || (rd == avail && last_in && rpos == aend)
                || (rd == 12'd0 && p0 == {a[19:16] + 4'd1, 16'd0});
        end
    endfunction
    wire [6:0] inv_q = inv(v0_q, v1_q, v2_q, v3_q, l0_q, l1_q, l2_q, l3_q, rd_q, full_q, half_q, rest_q, len_q, last_q, out_valid_q, out_len_q, out_last_q, p0_q, o_q);
    wire [6:0] inv_d = inv(v0_d, v1_d, v2_d, v3_d, l0_d, l1_d, l2_d, l3_d, rd_d, full_d, half_d, rest_d, len_d, last_d, out_valid_d, out_len_d, out_last_d, p0_d, o_d);
    // the tiling fact at the read position (a record boundary, by I), as the unpacker sees it:
    // when it pads, what is left of the block after the read position is shorter than a word
    wire tiling = !pad || f_avail(v0_q, v1_q, v2_q, v3_q, l0_q, l1_q, l2_q, l3_q) - rd_q < 12'd256;
    wire pre = !aresetn || (&inv_q && (half_q || tiling));
    always @(*) begin
        if (pre) begin
            assert(inv_d[0]);
            assert(inv_d[1]);
            assert(inv_d[2]);
            assert(inv_d[3]);
            assert(inv_d[4]);
            assert(inv_d[5]);
            assert(inv_d[6]);
        end
    end
endmodule
`default_nettype wire

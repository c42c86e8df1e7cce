// rt_unpack_head_xnc_unpacker_256.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Unpacker lemma: the header the unpacker reads where it pads, as one step with its state cut, on the queue and the gather (neither the positions nor the tiling): what it counts as left is what is left of the block after the read position (a valid slot holding the block's last word ends at the block's end, the chosen block's end as the wrapper's record), and the header it read there announces more than that and holds the block's bits there (the chosen bit).
`default_nettype none
// one step: every state register a free input (`_q`), the wrapper's record too, the
// invariant's next values out (`_d`)
module rt_unpack_head_xnc_unpacker_256 (
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
    input wire [3:0] g_blk0_q,
    input wire [15:0] g_pos0_q,
    input wire [3:0] o_blk_q,
    input wire [15:0] o_pos_q,
    input wire f_have_q,
    input wire f_val_q,
    input wire fe_v_q,
    input wire [15:0] fe_p_q
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
    wire [433:0] rec_hi_d;
    wire [111:0] rec_lo_d;
    wire off0_d;
    wire [7:0] tail_d;
    wire [544:0] out_d;
    wire [544:0] window;
    wire [1023:0] body_top;
    wire [1023:0] lo_top;
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
        .formal_pad(pad),
        .formal_rec_hi_d(rec_hi_d),
        .formal_rec_lo_d(rec_lo_d),
        .formal_off0_d(off0_d),
        .formal_tail_d(tail_d),
        .formal_out_d(out_d),
        .formal_window(window),
        .formal_body_top(body_top),
        .formal_lo_top(lo_top),
        .formal_rd_off(rd_off)
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
    function [4:0] qinv(input v0, input v1, input v2, input v3, input l0, input l1, input l2, input l3, input [255:0] s0, input [255:0] s1, input [255:0] s2, input [255:0] s3, input [19:0] p0, input [19:0] pin, input fh, input fv);
        reg [19:0] p [0:4];
        begin
            p[0] = p0;
            p[1] = v0 ? nxt(p[0], l0) : p[0];
            p[2] = v1 ? nxt(p[1], l1) : p[1];
            p[3] = v2 ? nxt(p[2], l2) : p[2];
            p[4] = v3 ? nxt(p[3], l3) : p[3];
            qinv[0] = p[4] == pin;
            qinv[1] = !v0 || hold(p[0], s0, fh, fv);
            qinv[2] = !v1 || hold(p[1], s1, fh, fv);
            qinv[3] = !v2 || hold(p[2], s2, fh, fv);
            qinv[4] = !v3 || hold(p[3], s3, fh, fv);
        end
    endfunction
    // the chosen bit's tracker (as in the queue lemma)
    wire [15:0] in_rel = f_pos - in_ws_q;
    wire in_hit = in_blk_q == f_blk && in_rel < 16'd256;
    wire f_have_d = f_have_q || (fire && in_hit);
    wire f_val_d = fire && in_hit ? s_axis_tdata[8'd255 - in_rel[7:0]] : f_val_q;
    wire [4:0] qinv_q = qinv(v0_q, v1_q, v2_q, v3_q, l0_q, l1_q, l2_q, l3_q, slot0_q, slot1_q, slot2_q, slot3_q, p0_q, {in_blk_q, in_ws_q}, f_have_q, f_val_q);
    // content: stage A's record (from a, the position after the output register's) and the
    // output register's (from o) hold the chosen bit where they cover it; off0, the last 2:1
    // shift stage's offset bit: 0 (rd_off = (rd_q mod W) << k_off_pad); tail: the bits after len
    function [3:0] cinv(input [11:0] rd, input [7:0] tail, input full, input half, input off0, input [9:0] len,
        input [433:0] hi, input [111:0] lo, input out_valid, input [9:0] out_len, input [544:0] out,
        input [19:0] a, input [19:0] o, input fh, input fv);
        reg [15:0] ja, jo;
        reg [10:0] jb;
        begin
            ja = f_pos - a[15:0];
            jb = ja[10:0] + {10'd0, off0};
            cinv[0] = !(full && a[19:16] == f_blk && ja < {6'd0, len}) || (jb < 11'd434 ? (fh && hi[11'd433 - jb] == fv)
                : (half || (fh && lo[11'd111 - (jb - 11'd434)] == fv)));
            jo = f_pos - o[15:0];
            cinv[1] = !(out_valid && o[19:16] == f_blk && jo < {6'd0, out_len}) || (fh && out[10'd544 - jo[9:0]] == fv);
            cinv[2] = !full || !off0;
            cinv[3] = !full || tail == (10'd545 - len);
        end
    endfunction
    function [19:0] astart(input out_valid, input out_last, input [9:0] out_len, input [19:0] o);
        astart = out_valid ? after(o, out_last, out_len) : o;
    endfunction
    wire [3:0] cinv_q = cinv(rd_q, tail_q, full_q, half_q, off0_q, len_q, rec_hi_q, rec_lo_q, out_valid_q, out_len_q, out_q,
        astart(out_valid_q, out_last_q, out_len_q, o_q), o_q, f_have_q, f_val_q);
    wire [3:0] cinv_d = cinv(rd_d, tail_d, full_d, half_d, off0_d, len_d, rec_hi_d, rec_lo_d, out_valid_d, out_len_d, out_d,
        astart(out_valid_d, out_last_d, out_len_d, o_d), o_d, f_have_d, f_val_d);
    // the gather fact at the two indices the step reads: the chosen bit's in rec_hi at a take
    // (from the read position) and in rec_lo at a second part (from stage A's start)
    wire [19:0] as_q = astart(out_valid_q, out_last_q, out_len_q, o_q);
    wire [15:0] jt = f_pos - (g_pos0_q + {4'd0, rd_q});
    wire [15:0] js = f_pos - as_q[15:0] + {15'd0, off0_q} - 16'd434;
    wire [3:0] g1 = f_gather_ok({slot0_q, slot1_q, slot2_q, slot3_q}, rd_q, rd_off[0], window, body_top[433:0], lo_top[111:0], jt[9:0] + {9'd0, rd_off[0]});
    wire [3:0] g2 = f_gather_ok({slot0_q, slot1_q, slot2_q, slot3_q}, rd_q, rd_off[0], window, body_top[433:0], lo_top[111:0], js[9:0]);
    // the lengths' bound (the length invariant of rt_unpack_len_*: a header's length)
    wire lens = (!full_q || len_q <= 10'd545) && (!out_valid_q || out_len_q <= 10'd545);
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
    // the chosen block's end, once its last word is in (a word of the block without tlast
    // clears it: a block of the same number begins, 16 blocks on), as in the output layer
    wire f_in = fire && in_blk_q == f_blk;
    wire fe_v_d = !aresetn ? 1'b0 : f_in ? s_axis_tlast : fe_v_q;
    wire [15:0] fe_p_d = f_in && s_axis_tlast ? in_ws_q + 16'd256 : fe_p_q;
    // the gather fact at the index the chosen bit has in the window (from the read position)
    wire [3:0] g3 = f_gather_ok({slot0_q, slot1_q, slot2_q, slot3_q}, rd_q, rd_off[0], window, body_top[433:0], lo_top[111:0], jt[9:0]);
    function [9:0] f_hlen(input [32:0] h);
        reg [9:0] c [0:62];
        integer i;
        begin
            for (i = 0; i < 32; i = i + 1) c[i] = {9'd0, h[31 - i]};
            for (i = 0; i < 31; i = i + 1) c[32 + i] = c[2 * i] + c[2 * i + 1];
            f_hlen = h[32] ? 10'd417 - (c[62] + (c[62] << 1)) : 10'd545 - (c[62] << 2);
        end
    endfunction
    // the slots' positions from p0 (as in the queue's invariant), and their chain's end
    function [19:0] qlast(input v0, input v1, input v2, input v3, input l0, input l1, input l2, input l3, input [19:0] p0);
        reg [19:0] p [0:4];
        begin
            p[0] = p0;
            p[1] = v0 ? nxt(p[0], l0) : p[0];
            p[2] = v1 ? nxt(p[1], l1) : p[1];
            p[3] = v2 ? nxt(p[2], l2) : p[2];
            p[4] = v3 ? nxt(p[3], l3) : p[3];
            qlast = p[4];
        end
    endfunction
    // the queue's chain ends at the next word in after the step (rt_unpack_slots_*)
    wire qend_d = qlast(v0_d, v1_d, v2_d, v3_d, l0_d, l1_d, l2_d, l3_d, p0_d) == {in_blk_d, in_ws_d};
    // I over one state: a valid slot holding the chosen block's last word ends at the block's end
    function hinv(input v0, input v1, input v2, input v3, input l0, input l1, input l2, input l3, input [19:0] p0, input fv, input [15:0] fp);
        reg [19:0] p [0:4];
        begin
            p[0] = p0;
            p[1] = v0 ? nxt(p[0], l0) : p[0];
            p[2] = v1 ? nxt(p[1], l1) : p[1];
            p[3] = v2 ? nxt(p[2], l2) : p[2];
            p[4] = v3 ? nxt(p[3], l3) : p[3];
            hinv = (!(v0 && l0 && p[0][19:16] == f_blk) || (fv && fp == p[0][15:0] + 16'd256))
                && (!(v1 && l1 && p[1][19:16] == f_blk) || (fv && fp == p[1][15:0] + 16'd256))
                && (!(v2 && l2 && p[2][19:16] == f_blk) || (fv && fp == p[2][15:0] + 16'd256))
                && (!(v3 && l3 && p[3][19:16] == f_blk) || (fv && fp == p[3][15:0] + 16'd256));
        end
    endfunction
    wire hinv_q = hinv(v0_q, v1_q, v2_q, v3_q, l0_q, l1_q, l2_q, l3_q, p0_q, fe_v_q, fe_p_q);
    wire hinv_d = hinv(v0_d, v1_d, v2_d, v3_d, l0_d, l1_d, l2_d, l3_d, p0_d, fe_v_d, fe_p_d);
    // the header facts of a state: when the unpacker pads at the read position (slot 0's word
    // plus rd_q), (0) what is left of the chosen block after it is what the unpacker counts,
    // its slots' bits up to the block's last word after rd_q, (1) the header it read there (the
    // window's top 33 bits) announces more than that, (2) and holds the block's bits there (the
    // chosen bit, below what is left)
    wire [11:0] room = f_avail(v0_q, v1_q, v2_q, v3_q, l0_q, l1_q, l2_q, l3_q) - rd_q;
    wire [32:0] hdr = window[544:512];
    wire [2:0] hd;
    assign hd[0] = !(pad && g_blk0_q == f_blk) || (fe_v_q && fe_p_q - (g_pos0_q + {4'd0, rd_q}) == {4'd0, room});
    assign hd[1] = !pad || {6'd0, f_hlen(hdr)} > {4'd0, room};
    assign hd[2] = !(pad && g_blk0_q == f_blk && jt < 16'd33 && jt < {4'd0, room})
        || (f_have_q && window[10'd544 - jt[9:0]] == f_val_q);
    wire pre = !aresetn || (&qinv_q && hinv_q && qend_d);
    wire hpre = &qinv_q && &g3 && hinv_q;
    always @(*) begin
        if (pre) begin
            assert(hinv_d[0]);
        end
        if (hpre) begin
            assert(hd[0]);
            assert(hd[1]);
            assert(hd[2]);
        end
    end
endmodule
`default_nettype wire

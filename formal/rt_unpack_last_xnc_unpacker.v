// rt_unpack_last_xnc_unpacker.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Unpacker lemma: the unpacker's tlast: exactly when what is left of the block is shorter than the header after the record announces (from the layers at one record out, instantiated at the 33 stream bits after it and stage A's last bit: with tlast the record ends at the block's end or the header read after it announces more than is left and holds the block's bits there; without, stage A holds the next record from where it ends, its bits received in the block (its second part, while half, in the slots), its length its header's).
// Assumes: positions, queue, stage, output, lengths
// Proves:  last
`default_nettype none
// the chosen-bit layers' invariants over one state, for the chosen bit f_pos of block f_blk: the
// texts of rt_unpack_stage_xnc_unpacker (cinv), rt_unpack_out_xnc_unpacker (oinv), rt_unpack_slots_xnc_unpacker (qinv)
module rt_unpack_last_xnc_unpacker_at (
    input wire [3:0] f_blk,
    input wire [15:0] f_pos,
    input wire [9:0] f_z,
    input wire [11:0] rd,
    input wire [7:0] tail,
    input wire full,
    input wire half,
    input wire off0,
    input wire [9:0] len,
    input wire [433:0] hi,
    input wire [111:0] lo,
    input wire out_valid,
    input wire [9:0] out_len,
    input wire [544:0] out,
    input wire out_last,
    input wire last,
    input wire [7:0] rest,
    input wire [19:0] o,
    input wire v0,
    input wire v1,
    input wire v2,
    input wire v3,
    input wire l0,
    input wire l1,
    input wire l2,
    input wire l3,
    input wire [511:0] slot0,
    input wire [511:0] slot1,
    input wire [511:0] slot2,
    input wire [511:0] slot3,
    input wire [19:0] p0,
    input wire [19:0] pin,
    input wire fe_v,
    input wire [15:0] fe_p,
    input wire [32:0] oh,
    input wire fh,
    input wire fv,
    output wire [3:0] c,
    output wire [6:0] z,
    output wire [4:0] q
);
    // the word after the one at {block, position} bp (position 0 of the next block after a word with tlast)
    function [19:0] nxt(input [19:0] bp, input l);
        nxt = l ? {bp[19:16] + 4'd1, 16'd0} : {bp[19:16], bp[15:0] + 16'd512};
    endfunction
    // the position `len` bits after bp (position 0 of the next block after a record with tlast)
    function [19:0] after(input [19:0] bp, input l, input [9:0] len);
        after = l ? {bp[19:16] + 4'd1, 16'd0} : {bp[19:16], bp[15:0] + {6'd0, len}};
    endfunction
    function [9:0] f_hlen(input [32:0] h);
        reg [9:0] c [0:62];
        integer i;
        begin
            for (i = 0; i < 32; i = i + 1) c[i] = {9'd0, h[31 - i]};
            for (i = 0; i < 31; i = i + 1) c[32 + i] = c[2 * i] + c[2 * i + 1];
            f_hlen = h[32] ? 10'd417 - (c[62] + (c[62] << 1)) : 10'd545 - (c[62] << 2);
        end
    endfunction
    // content: stage A's record (from a, the position after the output register's) and the
    // output register's (from o) hold the chosen bit where they cover it; off0, the last 2:1
    // shift stage's offset bit: rd_off = rd_q mod W, the start's parity at a second part; tail: the bits after len
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
            cinv[2] = !half || off0 == rd[0];
            cinv[3] = !full || tail == (10'd545 - len);
        end
    endfunction
    function [19:0] astart(input out_valid, input out_last, input [9:0] out_len, input [19:0] o);
        astart = out_valid ? after(o, out_last, out_len) : o;
    endfunction
    // I over one state: o the output side's position, a stage A's start; fv, fp the chosen
    // block's end
    function [6:0] oinv(input out_valid, input out_last, input [9:0] out_len, input [544:0] out,
        input full, input last, input [9:0] len, input [19:0] o, input [19:0] a, input v0, input v1, input v2, input v3, input l0, input l1, input l2, input l3,
        input [19:0] p0, input fv, input [15:0] fp, input [32:0] h, input fh, input fval);
        reg [19:0] p [0:4];
        reg [15:0] e, left, jh;
        begin
            e = o[15:0] + {6'd0, out_len};
            left = fp - e;
            jh = f_pos - e;
            p[0] = p0;
            p[1] = v0 ? nxt(p[0], l0) : p[0];
            p[2] = v1 ? nxt(p[1], l1) : p[1];
            p[3] = v2 ? nxt(p[2], l2) : p[2];
            p[4] = v3 ? nxt(p[3], l3) : p[3];
            // zeros after tuser (the record bit f_z)
            oinv[0] = !(out_valid && f_z >= out_len && f_z < 10'd545) || !out[10'd544 - f_z];
            // no tlast: the block's next record is in stage A (the positions: from where this one ends)
            oinv[1] = !out_valid || out_last || full;
            // tlast: the block's last word is in and the record ends less than a word before its end
            oinv[2] = !(out_valid && out_last && o[19:16] == f_blk)
                || (fv && fp - (o[15:0] + {6'd0, out_len}) < 16'd512);
            // stage A's block's last record ends at the block's end
            oinv[3] = !(full && last && a[19:16] == f_blk) || (fv && fp == a[15:0] + {6'd0, len});
            // a valid slot holding the chosen block's last word ends at the block's end
            oinv[4] = (!(v0 && l0 && p[0][19:16] == f_blk) || (fv && fp == p[0][15:0] + 16'd512))
                && (!(v1 && l1 && p[1][19:16] == f_blk) || (fv && fp == p[1][15:0] + 16'd512))
                && (!(v2 && l2 && p[2][19:16] == f_blk) || (fv && fp == p[2][15:0] + 16'd512))
                && (!(v3 && l3 && p[3][19:16] == f_blk) || (fv && fp == p[3][15:0] + 16'd512));
            // tlast before the block's end (a pad): the header after the record announces more than is left,
            oinv[5] = !(out_valid && out_last && o[19:16] == f_blk && fv && left != 16'd0) || {6'd0, f_hlen(h)} > left;
            // and it holds the block's bits after the record (the chosen bit where it covers one)
            oinv[6] = !(out_valid && out_last && o[19:16] == f_blk && fv && jh < 16'd33 && jh < left)
                || (fh && h[6'd32 - jh[5:0]] == fval);
        end
    endfunction
    // a slot holding the word at bp holds the chosen bit if the word does
    function hold(input [19:0] bp, input [511:0] slot, input fh, input fv);
        reg [15:0] r;
        begin
            r = f_pos - bp[15:0];
            hold = !(bp[19:16] == f_blk && r < 16'd512) || (fh && slot[9'd511 - r[8:0]] == fv);
        end
    endfunction
    // I: the valid slots, in slot order, hold consecutive words from p0 to the next word in
    // (empty slots skipped: a word in moves down one slot a cycle), the chosen bit where one holds it
    function [4:0] qinv(input v0, input v1, input v2, input v3, input l0, input l1, input l2, input l3, input [511:0] s0, input [511:0] s1, input [511:0] s2, input [511:0] s3, input [19:0] p0, input [19:0] pin, input fh, input fv);
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
    wire [19:0] a = astart(out_valid, out_last, out_len, o);
    assign c = cinv(rd, tail, full, half, off0, len, hi, lo, out_valid, out_len, out, a, o, fh, fv);
    assign z = oinv(out_valid, out_last, out_len, out, full, last, len, o, a, v0, v1, v2, v3, l0, l1, l2, l3, p0, fe_v, fe_p, oh, fh, fv);
    assign q = qinv(v0, v1, v2, v3, l0, l1, l2, l3, slot0, slot1, slot2, slot3, p0, pin, fh, fv);
endmodule
// the positions invariant over one state: the text of rt_unpack_pos_xnc_unpacker (inv)
module rt_unpack_last_xnc_unpacker_pos (
    input wire [11:0] rd,
    input wire full,
    input wire half,
    input wire [9:0] len,
    input wire out_valid,
    input wire [9:0] out_len,
    input wire out_last,
    input wire last,
    input wire [7:0] rest,
    input wire [19:0] o,
    input wire v0,
    input wire v1,
    input wire v2,
    input wire v3,
    input wire l0,
    input wire l1,
    input wire l2,
    input wire l3,
    input wire [19:0] p0,
    output wire [6:0] i
);
    // the word after the one at {block, position} bp (position 0 of the next block after a word with tlast)
    function [19:0] nxt(input [19:0] bp, input l);
        nxt = l ? {bp[19:16] + 4'd1, 16'd0} : {bp[19:16], bp[15:0] + 16'd512};
    endfunction
    // the position `len` bits after bp (position 0 of the next block after a record with tlast)
    function [19:0] after(input [19:0] bp, input l, input [9:0] len);
        after = l ? {bp[19:16] + 4'd1, 16'd0} : {bp[19:16], bp[15:0] + {6'd0, len}};
    endfunction
    function [11:0] f_avail(input v0, input v1, input v2, input v3, input l0, input l1, input l2, input l3);
        begin
            f_avail = 12'd0;
            if (v0) begin f_avail = 12'd512; if (v1 && !l0) begin f_avail = 12'd1024; if (v2 && !l1) begin f_avail = 12'd1536; if (v3 && !l2) begin f_avail = 12'd2048; end end end end
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
    assign i = inv(v0, v1, v2, v3, l0, l1, l2, l3, rd, full, half, rest, len, last, out_valid, out_len, out_last, p0, o);
endmodule
// one record out: the unpacker's state (the layers' registers and the wrapper's record), one
// chosen-bit tracker per stream bit read; CASE: one of the cases (one .sby each), together every
// record out: 0 with tlast, 1 without and stage A whole, 2 without and stage A's first part only
module rt_unpack_last_xnc_unpacker #(
    parameter CASE = 0
) (
    input wire aclk,
    input wire [11:0] rd,
    input wire [7:0] tail,
    input wire full,
    input wire half,
    input wire off0,
    input wire [9:0] len,
    input wire [433:0] hi,
    input wire [111:0] lo,
    input wire out_valid,
    input wire [9:0] out_len,
    input wire [544:0] out,
    input wire out_last,
    input wire last,
    input wire [7:0] rest,
    input wire [19:0] o,
    input wire v0,
    input wire v1,
    input wire v2,
    input wire v3,
    input wire l0,
    input wire l1,
    input wire l2,
    input wire l3,
    input wire [511:0] slot0,
    input wire [511:0] slot1,
    input wire [511:0] slot2,
    input wire [511:0] slot3,
    input wire [19:0] p0,
    input wire [19:0] pin,
    input wire fe_v,
    input wire [15:0] fe_p,
    input wire [32:0] oh,
    // the trackers: fh[32 - j], fv[32 - j] the stream bit e + j after the record (e its end);,
    // fhl, fvl the last bit of stage A's record, e + len - 1,
    input wire [32:0] fh,
    input wire [32:0] fv,
    input wire fhl,
    input wire fvl,
    // the record out's tlast; the stream: its block's bits left after it, the 33 bits after it,
    input wire tout,
    input wire [15:0] left,
    input wire [32:0] win
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
    wire [15:0] e = o[15:0] + {6'd0, out_len};
    wire [32:0] c0, z1, z2, z5, z6;
    genvar k;
    generate
        for (k = 0; k < 33; k = k + 1) begin : at
            localparam [15:0] J = k;
            wire [3:0] c;
            wire [6:0] z;
            wire [4:0] q;
            rt_unpack_last_xnc_unpacker_at f (.f_blk(o[19:16]), .f_pos(e + J), .f_z(J[9:0]), .rd(rd), .tail(tail), .full(full), .half(half), .off0(off0), .len(len), .hi(hi), .lo(lo), .out_valid(out_valid), .out_len(out_len), .out(out), .out_last(out_last), .last(last), .rest(rest), .o(o), .v0(v0), .v1(v1), .v2(v2), .v3(v3), .l0(l0), .l1(l1), .l2(l2), .l3(l3), .slot0(slot0), .slot1(slot1), .slot2(slot2), .slot3(slot3), .p0(p0), .pin(pin), .fe_v(fe_v), .fe_p(fe_p), .oh(oh),
                .fh(fh[32 - k]), .fv(fv[32 - k]), .c(c), .z(z), .q(q));
            assign c0[32 - k] = c[0];
            assign z1[32 - k] = z[1];
            assign z2[32 - k] = z[2];
            assign z5[32 - k] = z[5];
            assign z6[32 - k] = z[6];
        end
    endgenerate
    wire [3:0] cl;
    wire [6:0] zl;
    wire [4:0] ql;
    rt_unpack_last_xnc_unpacker_at fl (.f_blk(o[19:16]), .f_pos(e + {6'd0, len} - 16'd1), .f_z(10'd0), .rd(rd), .tail(tail), .full(full), .half(half), .off0(off0), .len(len), .hi(hi), .lo(lo), .out_valid(out_valid), .out_len(out_len), .out(out), .out_last(out_last), .last(last), .rest(rest), .o(o), .v0(v0), .v1(v1), .v2(v2), .v3(v3), .l0(l0), .l1(l1), .l2(l2), .l3(l3), .slot0(slot0), .slot1(slot1), .slot2(slot2), .slot3(slot3), .p0(p0), .pin(pin), .fe_v(fe_v), .fe_p(fe_p), .oh(oh),
        .fh(fhl), .fv(fvl), .c(cl), .z(zl), .q(ql));
    wire [6:0] pinv;
    rt_unpack_last_xnc_unpacker_pos fp (.rd(rd), .full(full), .half(half), .len(len), .out_valid(out_valid), .out_len(out_len), .out_last(out_last), .last(last), .rest(rest), .o(o), .v0(v0), .v1(v1), .v2(v2), .v3(v3), .l0(l0), .l1(l1), .l2(l2), .l3(l3), .p0(p0), .i(pinv));
    always @(*) begin
        // the case
        assume(CASE == 0 ? out_last : CASE == 1 ? (!out_last && !half) : (!out_last && half));
        // a record out, its tlast (rtl: m_axis_tvalid = out_valid_q & aresetn; m_axis_tlast = out_last_q)
        assume(out_valid && tout == out_last);
        // the stream the trackers name: the block's end, once its last word is in, is the wrapper's
        // fe_p; a bit received in the block is before its end, the tracker holds its value; the 33
        // bits after the record are zero past the block's end
        assume(!fe_v || left == fe_p - e);
        assume(!fhl || {6'd0, len} - 16'd1 < left);
        assume(!fh[32] || (16'd0 < left && win[32] == fv[32]));
        assume(16'd0 < left || !win[32]);
        assume(!fh[31] || (16'd1 < left && win[31] == fv[31]));
        assume(16'd1 < left || !win[31]);
        assume(!fh[30] || (16'd2 < left && win[30] == fv[30]));
        assume(16'd2 < left || !win[30]);
        assume(!fh[29] || (16'd3 < left && win[29] == fv[29]));
        assume(16'd3 < left || !win[29]);
        assume(!fh[28] || (16'd4 < left && win[28] == fv[28]));
        assume(16'd4 < left || !win[28]);
        assume(!fh[27] || (16'd5 < left && win[27] == fv[27]));
        assume(16'd5 < left || !win[27]);
        assume(!fh[26] || (16'd6 < left && win[26] == fv[26]));
        assume(16'd6 < left || !win[26]);
        assume(!fh[25] || (16'd7 < left && win[25] == fv[25]));
        assume(16'd7 < left || !win[25]);
        assume(!fh[24] || (16'd8 < left && win[24] == fv[24]));
        assume(16'd8 < left || !win[24]);
        assume(!fh[23] || (16'd9 < left && win[23] == fv[23]));
        assume(16'd9 < left || !win[23]);
        assume(!fh[22] || (16'd10 < left && win[22] == fv[22]));
        assume(16'd10 < left || !win[22]);
        assume(!fh[21] || (16'd11 < left && win[21] == fv[21]));
        assume(16'd11 < left || !win[21]);
        assume(!fh[20] || (16'd12 < left && win[20] == fv[20]));
        assume(16'd12 < left || !win[20]);
        assume(!fh[19] || (16'd13 < left && win[19] == fv[19]));
        assume(16'd13 < left || !win[19]);
        assume(!fh[18] || (16'd14 < left && win[18] == fv[18]));
        assume(16'd14 < left || !win[18]);
        assume(!fh[17] || (16'd15 < left && win[17] == fv[17]));
        assume(16'd15 < left || !win[17]);
        assume(!fh[16] || (16'd16 < left && win[16] == fv[16]));
        assume(16'd16 < left || !win[16]);
        assume(!fh[15] || (16'd17 < left && win[15] == fv[15]));
        assume(16'd17 < left || !win[15]);
        assume(!fh[14] || (16'd18 < left && win[14] == fv[14]));
        assume(16'd18 < left || !win[14]);
        assume(!fh[13] || (16'd19 < left && win[13] == fv[13]));
        assume(16'd19 < left || !win[13]);
        assume(!fh[12] || (16'd20 < left && win[12] == fv[12]));
        assume(16'd20 < left || !win[12]);
        assume(!fh[11] || (16'd21 < left && win[11] == fv[11]));
        assume(16'd21 < left || !win[11]);
        assume(!fh[10] || (16'd22 < left && win[10] == fv[10]));
        assume(16'd22 < left || !win[10]);
        assume(!fh[9] || (16'd23 < left && win[9] == fv[9]));
        assume(16'd23 < left || !win[9]);
        assume(!fh[8] || (16'd24 < left && win[8] == fv[8]));
        assume(16'd24 < left || !win[8]);
        assume(!fh[7] || (16'd25 < left && win[7] == fv[7]));
        assume(16'd25 < left || !win[7]);
        assume(!fh[6] || (16'd26 < left && win[6] == fv[6]));
        assume(16'd26 < left || !win[6]);
        assume(!fh[5] || (16'd27 < left && win[5] == fv[5]));
        assume(16'd27 < left || !win[5]);
        assume(!fh[4] || (16'd28 < left && win[4] == fv[4]));
        assume(16'd28 < left || !win[4]);
        assume(!fh[3] || (16'd29 < left && win[3] == fv[3]));
        assume(16'd29 < left || !win[3]);
        assume(!fh[2] || (16'd30 < left && win[2] == fv[2]));
        assume(16'd30 < left || !win[2]);
        assume(!fh[1] || (16'd31 < left && win[1] == fv[1]));
        assume(16'd31 < left || !win[1]);
        assume(!fh[0] || (16'd32 < left && win[0] == fv[0]));
        assume(16'd32 < left || !win[0]);
        // each case assumes the facts it reads (a weakening: the others hold as well), so that
        // the solver does not carry the rest
        if (CASE == 0) begin
            // output (rt_unpack_out_*, oinv conjuncts 2, 5, 6) at the 33 bits after the record:
            // with tlast the block's last word is in and less than a word is left; a pad: the
            // header read after the record announces more than is left and holds the block's bits
            // there
            assume(&z2 && &z5 && &z6);
        end else begin
            // output (rt_unpack_out_*, oinv conjunct 1): without tlast stage A is full
            assume(&z1);
            // stage (rt_unpack_stage_*, cinv conjunct 0) at the 33 bits after the record: stage A
            // holds the stream's bits from where the record out ends, received
            assume(&c0);
            // lengths (rt_unpack_len_*, the length invariant): stage A's length is its header's
            assume(inv(full, len, hi, off0, out_valid, out_len, out));
        end
        if (CASE == 1) begin
            // stage (cinv conjunct 0) at stage A's last bit: received
            assume(cl[0]);
        end
        if (CASE == 2) begin
            // positions (rt_unpack_pos_*, inv): stage A's second part is in the slots, from the
            // read position
            assume(&pinv);
            // queue (rt_unpack_slots_*, qinv's slot conjuncts) at stage A's last bit: a valid slot
            // holding it holds the stream's bit, received
            assume(&ql[4:1]);
        end
        // last (guaranteed), in the composition's form
        assert(tout ? left < {6'd0, f_hlen(win)} : left >= {6'd0, f_hlen(win)});
    end
endmodule
`default_nettype wire

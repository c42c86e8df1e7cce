// rt_pack_step_xnc_packer_256.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Packer lemma, one step with the packer's state cut: the words are the block's record stream (an inductive invariant over the packer's registers and the tracker).
`default_nettype none
// the invariant over one state, each conjunct a bit of okv
module rt_pack_step_xnc_packer_256_inv #(
    parameter W = 256,
    parameter LW = 8,
    parameter KB = 32,
    parameter TWO = 1
) (
    input wire [3:0] f_blk,
    input wire [19:0] f_pos,
    input wire [511:0] c,
    input wire [10:0] clen,
    input wire clast,
    input wire cv,
    input wire [7:0] coff,
    input wire [511:0] r,
    input wire [10:0] rlen,
    input wire rlast,
    input wire rv,
    input wire [255:0] acc,
    input wire [7:0] off,
    input wire part,
    input wire flush,
    input wire [255:0] out,
    input wire [31:0] out_keep,
    input wire out_last,
    input wire out_valid,
    input wire [255:0] out2,
    input wire out2_last,
    input wire out2_valid,
    input wire [3:0] in_blk,
    input wire [19:0] in_q,
    input wire f_have,
    input wire f_val,
    input wire f_end_have,
    input wire [19:0] f_end,
    input wire [3:0] out_blk,
    input wire [19:0] w_start,
    input wire pend,
    input wire [551:0] hold_data,
    input wire [9:0] hold_user,
    output wire ok,
    output wire [31:0] okv,
    output wire [8:0] rcx,
    output wire [8:0] zcx,
    output wire [8:0] zcx1
);
    localparam [19:0] LIM = 20'd526336; // 2^19 + 2^11
    wire o2v = out2_valid && (TWO != 0);
    // the block and block position of each stage's first bit, from the output side: the output
    // words, the partial word, the rotated chunk, the chunk register, then the next record in
    wire [3:0] b1 = (out_valid && out_last) ? out_blk + 4'd1 : out_blk;
    wire [19:0] p1 = out_valid ? (out_last ? 20'd0 : w_start + W) : w_start;
    wire [3:0] ablk = (o2v && out2_last) ? b1 + 4'd1 : b1;
    wire [19:0] apos = o2v ? (out2_last ? 20'd0 : p1 + W) : p1;
    wire [3:0] rblk = flush ? ablk + 4'd1 : ablk;
    wire [19:0] rpos = flush ? 20'd0 : apos + {11'd0, off};
    wire [3:0] nrblk = rlast ? rblk + 4'd1 : rblk;
    wire [19:0] nrpos = rlast ? 20'd0 : rpos + {9'd0, rlen};
    wire [3:0] cblk = rv ? nrblk : rblk;
    wire [19:0] cpos = rv ? nrpos : rpos;
    wire [3:0] ncblk = clast ? cblk + 4'd1 : cblk;
    wire [19:0] ncpos = clast ? 20'd0 : cpos + {9'd0, clen};
    // the rotation of the rotated chunk (W = 512: all but the last 2:1 stage)
    wire [8:0] ra = (TWO != 0) ? {1'b0, rpos[7:0]} : {rpos[8:1], 1'b0};
    wire [19:0] rc = f_pos - cpos;
    assign rcx = rc[8:0];
    wire [19:0] rr = f_pos - rpos + {11'd0, ra};
    wire [19:0] rw = f_pos - apos;
    wire [19:0] ro = f_pos - w_start;
    wire [19:0] ro2 = f_pos - w_start - W;
    wire [19:0] fe = f_end - w_start + 20'd7;
    wire [KB-1:0] f_keep = ~({KB{1'b1}} >> fe[19:3]);
    wire [19:0] ncpos_end = cpos + {9'd0, clen};
    wire [511:0] c0 = hold_data[551:40] & {{480{1'b1}}, 32'd0};
    // the stages of the chosen block: their end, and whether the block ends with them
    assign okv[0] = part ? (cv && in_blk == cblk && in_q == cpos) : cv ? (in_blk == ncblk && in_q == ncpos) : (in_blk == cblk && in_q == cpos);
    assign okv[1] = coff == cpos[LW-1:0] && w_start[LW-1:0] == 0 && (!o2v || (out_valid && !out_last));
    assign okv[2] = (!cv || (clen != 0 && clen <= 11'd480)) && (!rv || (rlen != 0 && rlen <= 11'd480));
    assign okv[3] = !part || (cv && !clast && clen == 11'd480 && pend && hold_user > 10'd480 && c == c0);
    wire [20:0] wend = {1'b0, w_start} + (out_valid ? W : 21'd0) + (o2v ? W : 21'd0);
    assign okv[4] = in_q <= LIM && apos <= LIM && rpos <= LIM && cpos <= LIM && (!f_end_have || f_end <= LIM)
        && (!cv || cpos + {9'd0, clen} <= LIM) && (!rv || rpos + {9'd0, rlen} <= LIM) && apos + {11'd0, off} <= LIM
        && wend <= {1'b0, LIM} + W;
    // data: zeros after each stage's bits, the chosen bit where a stage holds it
    // zeros after each stage's bits, at the chosen bit's place in the word (f_pos mod 512): the one
    // place the chosen-bit conjuncts need (a vector form of these gave no answer)
    wire [8:0] zs = f_pos[8:0];
    wire [8:0] zc = {1'b0, zs[7:0]} - {1'b0, cpos[7:0]};
    assign zcx = zc;
    wire [8:0] zr = zs - rpos[8:0];
    wire [8:0] zrs = zs - {rpos[8], 8'd0};
    wire [8:0] zc1 = {1'b1, zs[7:0]} - {1'b0, cpos[7:0]};
    wire [8:0] zr0 = {1'b0, zs[7:0]} - {1'b0, rpos[7:0]};
    wire [8:0] zr1 = {1'b1, zs[7:0]} - {1'b0, rpos[7:0]};
    assign zcx1 = zc1;
    assign okv[5] = !cv || (({2'd0, zc} < clen || c[511 - zc] == 1'b0) && ({2'd0, zc1} < clen || c[511 - zc1] == 1'b0));
    assign okv[6] = !cv || part || !(cblk == f_blk && f_pos >= cpos && f_pos < cpos + clen) || (f_have && c[511 - rc[8:0]] == f_val);
    assign okv[7] = !rv || (({2'd0, zr0} < rlen || r[511 - {1'b0, zs[7:0]}] == 1'b0)
        && ({2'd0, zr1} < rlen || r[511 - {1'b1, zs[7:0]}] == 1'b0));
    assign okv[8] = !rv || !(rblk == f_blk && f_pos >= rpos && f_pos < rpos + rlen) || (f_have && r[511 - rr[8:0]] == f_val);
    assign okv[9] = zs[LW-1:0] < off || acc[W - 1 - zs[LW-1:0]] == 1'b0;
    assign okv[10] = !(ablk == f_blk && f_pos >= apos && f_pos < apos + off) || (f_have && acc[W - 1 - rw[LW-1:0]] == f_val);
    assign okv[11] = !(out_valid && out_blk == f_blk && f_pos >= w_start && f_pos < w_start + W)
        || ((f_have || (f_end_have && f_pos >= f_end)) && out[W - 1 - ro[LW-1:0]] == (f_have && f_val));
    assign okv[12] = !(o2v && out_blk == f_blk && f_pos >= w_start + W && f_pos < w_start + 2 * W)
        || (f_have && out2[W - 1 - ro2[LW-1:0]] == f_val);
    // the tracker: the chosen bit is taken when its record is, the block's end when its last record is
    assign okv[13] = !f_end_have || in_blk != f_blk;
    assign okv[14] = in_blk != f_blk || (f_have == (f_pos < in_q));
    assign okv[15] = !f_end_have || (f_have == (f_pos < f_end));
    // each stage of the chosen block: the block's end after it (at it for its last chunk or word)
    assign okv[16] = !(cv && cblk == f_blk && cblk != in_blk) || (f_end_have && (clast ? f_end == ncpos_end : f_end > ncpos_end));
    assign okv[17] = !(rv && rblk == f_blk && rblk != in_blk) || (f_end_have && (rlast ? f_end == rpos + rlen : f_end > rpos + rlen));
    assign okv[18] = !(ablk == f_blk && ablk != in_blk) || (f_end_have && (flush ? f_end == apos + off : f_end > apos + off));
    assign okv[19] = !(out_valid && out_blk == f_blk && out_blk != in_blk) || (f_end_have && (out_last ? (f_end > w_start && f_end <= w_start + W) : f_end > w_start + W));
    assign okv[20] = !(o2v && out_blk == f_blk && out_blk != in_blk) || (f_end_have && (out2_last ? f_end == w_start + 2 * W : f_end > w_start + 2 * W));
    // a stage of the block still coming in is not its last
    assign okv[21] = (!(cv && cblk == in_blk) || !clast) && (!(rv && rblk == in_blk) || !rlast) && (ablk != in_blk || !flush)
        && (!(out_valid && out_blk == in_blk) || !out_last) && (!(o2v && out_blk == in_blk) || !out2_last);
    assign okv[22] = !flush || off != 0;
    assign okv[23] = !out_valid || (out_last ? (out_blk != f_blk || out_keep == f_keep) : out_keep == {KB{1'b1}});
    assign okv[31:24] = 8'hff;
    assign ok = &okv;
endmodule

// one step: the packer's registers and the tracker free inputs (`_q`), their next values (`_d`)
module rt_pack_step_xnc_packer_256 #(
    parameter W = 256,
    parameter LW = 8,
    parameter KB = 32,
    parameter TWO = 1
) (
    input wire aclk,
    input wire aresetn,
    input wire [551:0] s_axis_tdata,
    input wire [9:0] s_axis_tuser,
    input wire s_axis_tvalid,
    input wire s_axis_tlast,
    input wire m_axis_tready,
    input wire [3:0] f_blk,
    input wire [19:0] f_pos,
    input wire [511:0] c_q,
    input wire [10:0] clen_q,
    input wire clast_q,
    input wire cv_q,
    input wire [7:0] coff_q,
    input wire [511:0] r_q,
    input wire [10:0] rlen_q,
    input wire rlast_q,
    input wire rv_q,
    input wire [255:0] acc_q,
    input wire [7:0] off_q,
    input wire part_q,
    input wire flush_q,
    input wire [255:0] out_q,
    input wire [31:0] out_keep_q,
    input wire out_last_q,
    input wire out_valid_q,
    input wire [255:0] out2_q,
    input wire out2_last_q,
    input wire out2_valid_q,
    input wire [3:0] in_blk_q,
    input wire [19:0] in_q_q,
    input wire f_have_q,
    input wire f_val_q,
    input wire f_end_have_q,
    input wire [19:0] f_end_q,
    input wire [3:0] out_blk_q,
    input wire [19:0] w_start_q,
    input wire pend_q,
    input wire [551:0] hold_data_q,
    input wire [9:0] hold_user_q,
    input wire hold_last_q
);
    wire s_axis_tready;
    wire [W-1:0] m_axis_tdata;
    wire [KB-1:0] m_axis_tkeep;
    wire m_axis_tvalid, m_axis_tlast;
    wire [511:0] c_d;
    wire [10:0] clen_d;
    wire clast_d;
    wire cv_d;
    wire [7:0] coff_d;
    wire [511:0] r_d;
    wire [10:0] rlen_d;
    wire rlast_d;
    wire rv_d;
    wire [255:0] acc_d;
    wire [7:0] off_d;
    wire part_d;
    wire flush_d;
    wire [255:0] out_d;
    wire [31:0] out_keep_d;
    wire out_last_d;
    wire out_valid_d;
    wire [255:0] out2_d;
    wire out2_last_d;
    wire out2_valid_d;
    wire load, step;
    xnc_packer_256_cut dut (
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
        .m_axis_tlast(m_axis_tlast),
        .formal_c_q(c_q),
        .formal_clen_q(clen_q),
        .formal_clast_q(clast_q),
        .formal_cv_q(cv_q),
        .formal_coff_q(coff_q),
        .formal_r_q(r_q),
        .formal_rlen_q(rlen_q),
        .formal_rlast_q(rlast_q),
        .formal_rv_q(rv_q),
        .formal_acc_q(acc_q),
        .formal_off_q(off_q),
        .formal_part_q(part_q),
        .formal_flush_q(flush_q),
        .formal_out_q(out_q),
        .formal_out_keep_q(out_keep_q),
        .formal_out_last_q(out_last_q),
        .formal_out_valid_q(out_valid_q),
        .formal_out2_q(out2_q),
        .formal_out2_last_q(out2_last_q),
        .formal_out2_valid_q(out2_valid_q),
        .formal_c_d(c_d),
        .formal_clen_d(clen_d),
        .formal_clast_d(clast_d),
        .formal_cv_d(cv_d),
        .formal_coff_d(coff_d),
        .formal_r_d(r_d),
        .formal_rlen_d(rlen_d),
        .formal_rlast_d(rlast_d),
        .formal_rv_d(rv_d),
        .formal_acc_d(acc_d),
        .formal_off_d(off_d),
        .formal_part_d(part_d),
        .formal_flush_d(flush_d),
        .formal_out_d(out_d),
        .formal_out_keep_d(out_keep_d),
        .formal_out_last_d(out_last_d),
        .formal_out_valid_d(out_valid_d),
        .formal_out2_d(out2_d),
        .formal_out2_last_d(out2_last_d),
        .formal_out2_valid_d(out2_valid_d),
        .formal_load(load),
        .formal_step(step)
    );
    // the tracker's next state, from the ports
    wire in_fire = aresetn && s_axis_tvalid && s_axis_tready;
    wire [19:0] in_next = in_q_q + {10'd0, s_axis_tuser};
    wire [19:0] in_rel = f_pos - in_q_q;
    wire f_in = in_fire && in_blk_q == f_blk && f_pos >= in_q_q && f_pos < in_next;
    wire f_endin = in_fire && s_axis_tlast && in_blk_q == f_blk;
    // a new block numbered f_blk (the block counter wraps): the tracker starts again
    wire f_rearm = in_fire && s_axis_tlast && in_blk_q + 4'd1 == f_blk;
    wire [3:0] in_blk_d = in_blk_q + {3'd0, in_fire && s_axis_tlast};
    wire [19:0] in_q_d = in_fire ? (s_axis_tlast ? 20'd0 : in_next) : in_q_q;
    wire f_have_d = f_in ? 1'b1 : f_rearm ? 1'b0 : f_have_q;
    wire f_val_d = f_in ? s_axis_tdata[10'd551 - in_rel[9:0]] : f_val_q;
    wire f_end_have_d = f_endin ? 1'b1 : f_rearm ? 1'b0 : f_end_have_q;
    wire [19:0] f_end_d = f_endin ? in_next : f_end_q;
    wire out_fire = aresetn && m_axis_tvalid && m_axis_tready;
    wire [19:0] w_start_d = out_fire ? (m_axis_tlast ? 20'd0 : w_start_q + W) : w_start_q;
    wire [3:0] out_blk_d = out_blk_q + {3'd0, out_fire && m_axis_tlast};
    wire pend_d = aresetn && s_axis_tvalid && !s_axis_tready;
    wire inv_q, inv_d;
    wire [31:0] okv_q, okv_d;
    wire [8:0] rcx_q, rcx_d, zcx_q, zcx_d, zcx1_q, zcx1_d;
    rt_pack_step_xnc_packer_256_inv iq (
        .f_blk(f_blk),
        .f_pos(f_pos),
        .c(c_q),
        .clen(clen_q),
        .clast(clast_q),
        .cv(cv_q),
        .coff(coff_q),
        .r(r_q),
        .rlen(rlen_q),
        .rlast(rlast_q),
        .rv(rv_q),
        .acc(acc_q),
        .off(off_q),
        .part(part_q),
        .flush(flush_q),
        .out(out_q),
        .out_keep(out_keep_q),
        .out_last(out_last_q),
        .out_valid(out_valid_q),
        .out2(out2_q),
        .out2_last(out2_last_q),
        .out2_valid(out2_valid_q),
        .in_blk(in_blk_q),
        .in_q(in_q_q),
        .f_have(f_have_q),
        .f_val(f_val_q),
        .f_end_have(f_end_have_q),
        .f_end(f_end_q),
        .out_blk(out_blk_q),
        .w_start(w_start_q),
        .pend(pend_q),
        .hold_data(hold_data_q),
        .hold_user(hold_user_q),
        .ok(inv_q),
        .okv(okv_q),
        .rcx(rcx_q),
        .zcx(zcx_q),
        .zcx1(zcx1_q)
    );
    rt_pack_step_xnc_packer_256_inv id (
        .f_blk(f_blk),
        .f_pos(f_pos),
        .c(c_d),
        .clen(clen_d),
        .clast(clast_d),
        .cv(cv_d),
        .coff(coff_d),
        .r(r_d),
        .rlen(rlen_d),
        .rlast(rlast_d),
        .rv(rv_d),
        .acc(acc_d),
        .off(off_d),
        .part(part_d),
        .flush(flush_d),
        .out(out_d),
        .out_keep(out_keep_d),
        .out_last(out_last_d),
        .out_valid(out_valid_d),
        .out2(out2_d),
        .out2_last(out2_last_d),
        .out2_valid(out2_valid_d),
        .in_blk(in_blk_d),
        .in_q(in_q_d),
        .f_have(f_have_d),
        .f_val(f_val_d),
        .f_end_have(f_end_have_d),
        .f_end(f_end_d),
        .out_blk(out_blk_d),
        .w_start(w_start_d),
        .pend(pend_d),
        .hold_data(s_axis_tdata),
        .hold_user(s_axis_tuser),
        .ok(inv_d),
        .okv(okv_d),
        .rcx(rcx_d),
        .zcx(zcx_d),
        .zcx1(zcx1_d)
    );
    // chunks (rt_pack_chunk_<packer>, proved for every index), assumed at the indices this step
    // reads: the chunk register's chosen bit and zero check through the rotator, the chosen bit of
    // the record bus into the chunk register
    function f_rot_ok(input step, input [511:0] c, input [511:0] r, input [7:0] coff, input [8:0] j);
        reg [8:0] jr;
        begin
            jr = j + {1'b0, coff};
            f_rot_ok = !step || r[511 - jr] == c[511 - j];
        end
    endfunction
    function f_load_ok(input load, input part, input [551:0] bus, input [511:0] c, input [9:0] k);
        reg [9:0] kc;
        begin
            kc = part ? k - 10'd480 : k;
            f_load_ok = !load || (part ? (k < 10'd480 || k >= 10'd552) : k >= 10'd480) || c[511 - kc[8:0]] == bus[551 - k];
        end
    endfunction
    // words (the fact), at the output of a state in the invariant
    wire [19:0] w_end = w_start_q + W;
    wire [19:0] w_rel = f_pos - w_start_q;
    wire [19:0] f_bytes = (f_end_q - w_start_q + 20'd7) >> 3;
    wire [KB-1:0] f_keep = ~({KB{1'b1}} >> f_bytes);
    always @(*) begin
        assume(f_rot_ok(step, c_q, r_d, coff_q, rcx_q));
        assume(f_rot_ok(step, c_q, r_d, coff_q, zcx_q));
        assume(f_rot_ok(step, c_q, r_d, coff_q, zcx1_q));
        assume(f_load_ok(load, part_q, s_axis_tdata, c_d, in_rel[9:0]));
        // reset only in the first cycle, where the tracker holds its initial values
        if (!aresetn) assume(in_blk_q == 0 && in_q_q == 0 && !f_have_q && !f_end_have_q && out_blk_q == 0 && w_start_q == 0 && !pend_q);
        if (aresetn) begin
            // the input follows the AXI4-Stream rules: a beat offered and not taken is offered again
            if (pend_q) assume(s_axis_tvalid && s_axis_tdata == hold_data_q && s_axis_tuser == hold_user_q && s_axis_tlast == hold_last_q);
            // validrecords (weakened: a length of 1..545 bits, zeros after it); blocks under 2^19 bits
            if (s_axis_tvalid) assume(s_axis_tuser != 0 && s_axis_tuser <= 10'd545 && (s_axis_tdata << s_axis_tuser) == 0 && in_q_q < 20'd524288);
        end
        // the step: from reset or from a state in the invariant, every conjunct of the invariant after it
        if (!aresetn || inv_q) begin
            assert(okv_d[0]);
            assert(okv_d[1]);
            assert(okv_d[2]);
            assert(okv_d[3]);
            assert(okv_d[4]);
            assert(okv_d[5]);
            assert(okv_d[6]);
            assert(okv_d[7]);
            assert(okv_d[8]);
            assert(okv_d[9]);
            assert(okv_d[10]);
            assert(okv_d[11]);
            assert(okv_d[12]);
            assert(okv_d[13]);
            assert(okv_d[14]);
            assert(okv_d[15]);
            assert(okv_d[16]);
            assert(okv_d[17]);
            assert(okv_d[18]);
            assert(okv_d[19]);
            assert(okv_d[20]);
            assert(okv_d[21]);
            assert(okv_d[22]);
            assert(okv_d[23]);
        end
        if (aresetn && inv_q && m_axis_tvalid && out_blk_q == f_blk) begin
            if (f_end_have_q)
                assert(w_start_q < f_end_q);
            assert(m_axis_tlast == (f_end_have_q && f_end_q <= w_end));
            assert(m_axis_tkeep == (m_axis_tlast ? f_keep : {KB{1'b1}}));
            if (f_pos >= w_start_q && f_pos < w_end) begin
                assert(f_have_q || (f_end_have_q && f_pos >= f_end_q));
                assert(m_axis_tdata[W - 1 - w_rel[LW-1:0]] == (f_have_q && f_val_q));
            end
        end
    end
endmodule
`default_nettype wire

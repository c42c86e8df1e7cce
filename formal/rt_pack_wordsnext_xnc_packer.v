// rt_pack_wordsnext_xnc_packer.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Packer lemma: the packer's words after one record in, in the composition's form: after the block's last record the 33 stream bits after it are zero and less than 512 bits of the block's words are left, otherwise what is left holds the length the next header announces (from the step lemma's words text and its invariant's conjunct 15, the same texts, instantiated at the 33 bits after the record and at the block's last word), one BMC step.
// Assumes: validrecords, words
// Proves:  portnext
`default_nettype none
// the words fact at one word out, the text rt_pack_step_xnc_packer asserts (assumed here), on its
// ports and the packer's tracker state as that lemma names them
module rt_pack_wordsnext_xnc_packer_at #(
    parameter W = 512,
    parameter LW = 9,
    parameter KB = 64
) (
    input wire aresetn,
    input wire inv_q,
    input wire [3:0] f_blk,
    input wire [19:0] f_pos,
    input wire [W-1:0] m_axis_tdata,
    input wire [KB-1:0] m_axis_tkeep,
    input wire m_axis_tvalid,
    input wire m_axis_tlast,
    input wire [3:0] out_blk_q,
    input wire [19:0] w_start_q,
    input wire f_have_q,
    input wire f_val_q,
    input wire f_end_have_q,
    input wire [19:0] f_end_q,
    output wire f_in_word,
    output wire f_bit
);
    wire [19:0] w_end = w_start_q + W;
    wire [19:0] w_rel = f_pos - w_start_q;
    wire [19:0] f_bytes = (f_end_q - w_start_q + 20'd7) >> 3;
    wire [KB-1:0] f_keep = ~({KB{1'b1}} >> f_bytes);
    always @(*) begin
        if (aresetn && inv_q && m_axis_tvalid && out_blk_q == f_blk) begin
            if (f_end_have_q)
                assume(w_start_q < f_end_q);
            assume(m_axis_tlast == (f_end_have_q && f_end_q <= w_end));
            assume(m_axis_tkeep == (m_axis_tlast ? f_keep : {KB{1'b1}}));
            if (f_pos >= w_start_q && f_pos < w_end) begin
                assume(f_have_q || (f_end_have_q && f_pos >= f_end_q));
                assume(m_axis_tdata[W - 1 - w_rel[LW-1:0]] == (f_have_q && f_val_q));
            end
        end
    end
    // the word holds bit f_pos, and its value there (the text's own terms, for the one-stream
    // definition: the same solver terms on both sides)
    assign f_in_word = f_pos >= w_start_q && f_pos < w_end;
    assign f_bit = m_axis_tdata[W - 1 - w_rel[LW-1:0]];
endmodule

// conjunct 15 of the invariant rt_pack_step_xnc_packer proves inductive (its line, the same text),
// on the packer's tracker state: once the block's end is taken, the chosen bit is taken exactly
// when it is before the block's end
module rt_pack_wordsnext_xnc_packer_inv (
    input wire [19:0] f_pos,
    input wire f_have,
    input wire f_end_have,
    input wire [19:0] f_end,
    output wire [15:15] okv
);
    assign okv[15] = !f_end_have || (f_have == (f_pos < f_end));
endmodule

// one record in (bus, length, tlast) at block position p of block blk; the 33 stream bits after
// it (nxt, zero past the block's last word) and the bits left of the block's words after it
// (rest), the composition's names; the next record in (no tlast); per bit j after the record
// (b = 32 - j) the word out that holds stream bit e + j at its handshake (its data, tkeep, tlast,
// start) and the packer's tracker at f_pos = e + j then; the block's last word and the tracker at
// the next record's last bit then
module rt_pack_wordsnext_xnc_packer #(
    parameter W = 512,
    parameter LW = 9,
    parameter KB = 64
) (
    input wire aclk,
    input wire [551:0] rin,
    input wire [9:0] lin,
    input wire tin,
    input wire [32:0] nxt,
    input wire [15:0] rest,
    input wire [3:0] blk,
    input wire [19:0] p,
    input wire [551:0] rnext,
    input wire [9:0] lnext,
    input wire [33*W-1:0] wdata,
    input wire [33*KB-1:0] wkeep,
    input wire [32:0] wlast,
    input wire [33*20-1:0] wstart,
    input wire [32:0] fhave,
    input wire [32:0] fval,
    input wire [32:0] fendh,
    input wire [33*20-1:0] fend,
    input wire [W-1:0] ldata,
    input wire [KB-1:0] lkeep,
    input wire [19:0] lstart,
    input wire lhave,
    input wire lval,
    input wire lendh,
    input wire [19:0] lend
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
    wire [15:0] nxt_len = {6'd0, f_hlen(nxt)};
    // the record's end, the next record's last bit, the end of the block's last word
    wire [19:0] e = p + {10'd0, lin};
    wire [19:0] ql = e + {10'd0, lnext} - 20'd1;
    wire [19:0] lend_w = lstart + W;
    wire l_in_word, l_bit;
    wire [15:15] lok;
    // words (rt_pack_step_xnc_packer) at the block's last word (tlast), in a state of its invariant,
    // the tracker at the next record's last bit; and the invariant's conjunct 15 there
    rt_pack_wordsnext_xnc_packer_at #(.W(W), .LW(LW), .KB(KB)) ul (
        .aresetn(1'b1), .inv_q(1'b1), .f_blk(blk), .f_pos(ql),
        .m_axis_tdata(ldata), .m_axis_tkeep(lkeep), .m_axis_tvalid(1'b1),
        .m_axis_tlast(1'b1), .out_blk_q(blk), .w_start_q(lstart),
        .f_have_q(lhave), .f_val_q(lval), .f_end_have_q(lendh), .f_end_q(lend),
        .f_in_word(l_in_word), .f_bit(l_bit)
    );
    rt_pack_wordsnext_xnc_packer_inv il (.f_pos(ql), .f_have(lhave), .f_end_have(lendh), .f_end(lend), .okv(lok));
    genvar b;
    generate
        for (b = 0; b < 33; b = b + 1) begin : at
            wire [19:0] q = e + 20'd32 - b;
            wire in_word, bit;
            wire [15:15] ok;
            // words (rt_pack_step_xnc_packer): the word out that holds bit q, in a state of its
            // invariant, the record's block; and the invariant's conjunct 15 there
            rt_pack_wordsnext_xnc_packer_at #(.W(W), .LW(LW), .KB(KB)) u (
                .aresetn(1'b1), .inv_q(1'b1), .f_blk(blk), .f_pos(q),
                .m_axis_tdata(wdata[b * W +: W]), .m_axis_tkeep(wkeep[b * KB +: KB]), .m_axis_tvalid(1'b1),
                .m_axis_tlast(wlast[b]), .out_blk_q(blk), .w_start_q(wstart[b * 20 +: 20]),
                .f_have_q(fhave[b]), .f_val_q(fval[b]), .f_end_have_q(fendh[b]), .f_end_q(fend[b * 20 +: 20]),
                .f_in_word(in_word), .f_bit(bit)
            );
            rt_pack_wordsnext_xnc_packer_inv iv (.f_pos(q), .f_have(fhave[b]), .f_end_have(fendh[b]), .f_end(fend[b * 20 +: 20]), .okv(ok));
            always @(*) begin
                assume(ok[15]);
                // one stream: nxt[b] is the stream bit at q, the bit of the word that holds it, zero
                // past the block's last word
                assume(q >= lend_w ? !nxt[b] : (in_word && nxt[b] == bit));
                // the packer's tracker at q: after the block's last record (tin) the block's end e,
                // taken at the record's handshake (f_end_d = in_next, in_q = p) and held since;
                // otherwise bit 32 - b of the next record in, taken at its handshake (in_q = e)
                assume(tin ? (fendh[b] && fend[b * 20 +: 20] == e) : (fhave[b] && fval[b] == rnext[519 + b]));
            end
        end
    endgenerate
    always @(*) begin
        // validrecords: the next record announces its length, zeros after its end
        assume(lnext == f_hlen(rnext[551:519]) && (rnext << lnext) == 0);
        // blocks under 2^19 bits (the step lemma's assumption of a record in: in_q_q < 2^19)
        assume(p < 20'd524288);
        assume(lok[15]);
        // the packer's tracker at the block's last word: after the block's last record the block's
        // end e (as above); otherwise the next record's last bit, taken at its handshake
        assume(tin ? (lendh && lend == e) : lhave);
        // what is left: the block's words after the record's end
        assume({4'd0, rest} == lend_w - e);
        // portnext (guaranteed), in the composition's form
        assert(tin ? (nxt == 33'd0 && rest < 16'd512) : rest >= nxt_len);
    end
endmodule
`default_nettype wire

// rt_pack_tiling_xnc_packer_256.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Packer lemma: the packer's blocks are zero after their last record: at a record boundary of a block whose header announces more than is left of the block, the rest of the block's words is zero and shorter than a word (words: zero after the block's records, tlast on the word with their last bit; validrecords: a record's header announces its length, which fits before the block's end).
// Assumes: validrecords, words
// Proves:  tiling
`default_nettype none
module rt_pack_tiling_xnc_packer_256 #(
    parameter W = 256,
    parameter LW = 8
) (
    input wire aclk,
    // a record boundary p of the block, and the record that starts there (below the block's end)
    input wire [19:0] p,
    input wire [32:0] r0,
    input wire [9:0] len0,
    // the block's record stream (its records back to back): its 33 bits from p, its bit at q, its end
    input wire [32:0] seg,
    input wire [19:0] q,
    input wire sq,
    input wire [19:0] f_end,
    // the block's words: their 33 bits from p (zero past the block's last word), their bit at q,
    // the number of words before the last
    input wire [32:0] hword,
    input wire wq,
    input wire [11:0] nw
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
    wire [21:0] w_end = ({10'd0, nw} << LW) + W;
    wire [21:0] left = w_end - {2'd0, p};
    always @(*) begin
        // validrecords: a record announces its length; the block's records end at f_end, so a
        // record that starts below f_end ends at or before it
        assume(len0 == f_hlen(r0));
        assume(p <= f_end);
        assume(p == f_end || {2'd0, p} + {12'd0, len0} <= {2'd0, f_end});
        assume(p == f_end || len0 <= 10'd0 || seg[32] == r0[32]);
        assume(p == f_end || len0 <= 10'd1 || seg[31] == r0[31]);
        assume(p == f_end || len0 <= 10'd2 || seg[30] == r0[30]);
        assume(p == f_end || len0 <= 10'd3 || seg[29] == r0[29]);
        assume(p == f_end || len0 <= 10'd4 || seg[28] == r0[28]);
        assume(p == f_end || len0 <= 10'd5 || seg[27] == r0[27]);
        assume(p == f_end || len0 <= 10'd6 || seg[26] == r0[26]);
        assume(p == f_end || len0 <= 10'd7 || seg[25] == r0[25]);
        assume(p == f_end || len0 <= 10'd8 || seg[24] == r0[24]);
        assume(p == f_end || len0 <= 10'd9 || seg[23] == r0[23]);
        assume(p == f_end || len0 <= 10'd10 || seg[22] == r0[22]);
        assume(p == f_end || len0 <= 10'd11 || seg[21] == r0[21]);
        assume(p == f_end || len0 <= 10'd12 || seg[20] == r0[20]);
        assume(p == f_end || len0 <= 10'd13 || seg[19] == r0[19]);
        assume(p == f_end || len0 <= 10'd14 || seg[18] == r0[18]);
        assume(p == f_end || len0 <= 10'd15 || seg[17] == r0[17]);
        assume(p == f_end || len0 <= 10'd16 || seg[16] == r0[16]);
        assume(p == f_end || len0 <= 10'd17 || seg[15] == r0[15]);
        assume(p == f_end || len0 <= 10'd18 || seg[14] == r0[14]);
        assume(p == f_end || len0 <= 10'd19 || seg[13] == r0[13]);
        assume(p == f_end || len0 <= 10'd20 || seg[12] == r0[12]);
        assume(p == f_end || len0 <= 10'd21 || seg[11] == r0[11]);
        assume(p == f_end || len0 <= 10'd22 || seg[10] == r0[10]);
        assume(p == f_end || len0 <= 10'd23 || seg[9] == r0[9]);
        assume(p == f_end || len0 <= 10'd24 || seg[8] == r0[8]);
        assume(p == f_end || len0 <= 10'd25 || seg[7] == r0[7]);
        assume(p == f_end || len0 <= 10'd26 || seg[6] == r0[6]);
        assume(p == f_end || len0 <= 10'd27 || seg[5] == r0[5]);
        assume(p == f_end || len0 <= 10'd28 || seg[4] == r0[4]);
        assume(p == f_end || len0 <= 10'd29 || seg[3] == r0[3]);
        assume(p == f_end || len0 <= 10'd30 || seg[2] == r0[2]);
        assume(p == f_end || len0 <= 10'd31 || seg[1] == r0[1]);
        assume(p == f_end || len0 <= 10'd32 || seg[0] == r0[0]);
        // words: the block's word bit at position p + j is the stream's while below f_end, zero after
        assume(hword[32] == ({2'd0, p} + 22'd0 < {2'd0, f_end} && seg[32]));
        assume(hword[31] == ({2'd0, p} + 22'd1 < {2'd0, f_end} && seg[31]));
        assume(hword[30] == ({2'd0, p} + 22'd2 < {2'd0, f_end} && seg[30]));
        assume(hword[29] == ({2'd0, p} + 22'd3 < {2'd0, f_end} && seg[29]));
        assume(hword[28] == ({2'd0, p} + 22'd4 < {2'd0, f_end} && seg[28]));
        assume(hword[27] == ({2'd0, p} + 22'd5 < {2'd0, f_end} && seg[27]));
        assume(hword[26] == ({2'd0, p} + 22'd6 < {2'd0, f_end} && seg[26]));
        assume(hword[25] == ({2'd0, p} + 22'd7 < {2'd0, f_end} && seg[25]));
        assume(hword[24] == ({2'd0, p} + 22'd8 < {2'd0, f_end} && seg[24]));
        assume(hword[23] == ({2'd0, p} + 22'd9 < {2'd0, f_end} && seg[23]));
        assume(hword[22] == ({2'd0, p} + 22'd10 < {2'd0, f_end} && seg[22]));
        assume(hword[21] == ({2'd0, p} + 22'd11 < {2'd0, f_end} && seg[21]));
        assume(hword[20] == ({2'd0, p} + 22'd12 < {2'd0, f_end} && seg[20]));
        assume(hword[19] == ({2'd0, p} + 22'd13 < {2'd0, f_end} && seg[19]));
        assume(hword[18] == ({2'd0, p} + 22'd14 < {2'd0, f_end} && seg[18]));
        assume(hword[17] == ({2'd0, p} + 22'd15 < {2'd0, f_end} && seg[17]));
        assume(hword[16] == ({2'd0, p} + 22'd16 < {2'd0, f_end} && seg[16]));
        assume(hword[15] == ({2'd0, p} + 22'd17 < {2'd0, f_end} && seg[15]));
        assume(hword[14] == ({2'd0, p} + 22'd18 < {2'd0, f_end} && seg[14]));
        assume(hword[13] == ({2'd0, p} + 22'd19 < {2'd0, f_end} && seg[13]));
        assume(hword[12] == ({2'd0, p} + 22'd20 < {2'd0, f_end} && seg[12]));
        assume(hword[11] == ({2'd0, p} + 22'd21 < {2'd0, f_end} && seg[11]));
        assume(hword[10] == ({2'd0, p} + 22'd22 < {2'd0, f_end} && seg[10]));
        assume(hword[9] == ({2'd0, p} + 22'd23 < {2'd0, f_end} && seg[9]));
        assume(hword[8] == ({2'd0, p} + 22'd24 < {2'd0, f_end} && seg[8]));
        assume(hword[7] == ({2'd0, p} + 22'd25 < {2'd0, f_end} && seg[7]));
        assume(hword[6] == ({2'd0, p} + 22'd26 < {2'd0, f_end} && seg[6]));
        assume(hword[5] == ({2'd0, p} + 22'd27 < {2'd0, f_end} && seg[5]));
        assume(hword[4] == ({2'd0, p} + 22'd28 < {2'd0, f_end} && seg[4]));
        assume(hword[3] == ({2'd0, p} + 22'd29 < {2'd0, f_end} && seg[3]));
        assume(hword[2] == ({2'd0, p} + 22'd30 < {2'd0, f_end} && seg[2]));
        assume(hword[1] == ({2'd0, p} + 22'd31 < {2'd0, f_end} && seg[1]));
        assume(hword[0] == ({2'd0, p} + 22'd32 < {2'd0, f_end} && seg[0]));
        assume(wq == (q < f_end && sq));
        // words: tlast on the word that holds the block's last bit (the block has one: its first
        // record), so the last word ends at or after f_end and the words before it end below f_end
        assume(f_end > 20'd0);
        assume({2'd0, f_end} <= w_end && w_end < {2'd0, f_end} + W);
        // tiling (guaranteed): where the header at p announces more than is left, the rest of the
        // block is zero and shorter than a word
        if ({12'd0, f_hlen(hword)} > left) begin
            assert(left < W);
            if (q >= p && {2'd0, q} < w_end) assert(wq == 1'b0);
        end
        // not vacuous: the padding (a boundary past the last record, a position in the rest of the
        // block) and a record's start (its header fits)
        cover({12'd0, f_hlen(hword)} > left && q >= p && {2'd0, q} < w_end);
        cover(p < f_end && p > 20'd0);
    end
endmodule
`default_nettype wire

// rt_pack_fits_xnc_packer.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Packer lemma: the packer's blocks hold their first record (the rule of rt_block_fits at a block's last word): the block's first word begins with its first record's header and its last word ends at or after the block's end (words), which is at or after the first record's end (validrecords).
// Assumes: validrecords, words
// Proves:  blockfits
`default_nettype none
module rt_pack_fits_xnc_packer #(
    parameter W = 512,
    parameter LW = 9
) (
    input wire aclk,
    // the block's first record: its header and its length
    input wire [32:0] r0,
    input wire [9:0] len0,
    // the block's record stream (its records back to back): its first 33 bits, and its end
    input wire [32:0] stream,
    input wire [19:0] f_end,
    // the block's words: the top 33 bits of its first word, the number of words before its last
    input wire [32:0] hword,
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
    // rt_block_fits at the block's last word: the words before it counted up to 3, the first
    // word's header (the last word's own when it is the first)
    wire [1:0] wib = (nw < 12'd3) ? nw[1:0] : 2'd3;
    wire [32:0] first = hword;
    wire [15:0] bits = ({14'd0, wib} << LW) + W;
    wire ok = bits >= {6'd0, f_hlen(first)};
    wire [21:0] w_end = ({10'd0, nw} << LW) + W;
    always @(*) begin
        // validrecords: the first record announces its length
        assume(len0 == f_hlen(r0));
        // the record stream of the block starts with its first record, and ends at or after it
        assume(len0 <= 10'd0 || stream[32] == r0[32]);
        assume(len0 <= 10'd1 || stream[31] == r0[31]);
        assume(len0 <= 10'd2 || stream[30] == r0[30]);
        assume(len0 <= 10'd3 || stream[29] == r0[29]);
        assume(len0 <= 10'd4 || stream[28] == r0[28]);
        assume(len0 <= 10'd5 || stream[27] == r0[27]);
        assume(len0 <= 10'd6 || stream[26] == r0[26]);
        assume(len0 <= 10'd7 || stream[25] == r0[25]);
        assume(len0 <= 10'd8 || stream[24] == r0[24]);
        assume(len0 <= 10'd9 || stream[23] == r0[23]);
        assume(len0 <= 10'd10 || stream[22] == r0[22]);
        assume(len0 <= 10'd11 || stream[21] == r0[21]);
        assume(len0 <= 10'd12 || stream[20] == r0[20]);
        assume(len0 <= 10'd13 || stream[19] == r0[19]);
        assume(len0 <= 10'd14 || stream[18] == r0[18]);
        assume(len0 <= 10'd15 || stream[17] == r0[17]);
        assume(len0 <= 10'd16 || stream[16] == r0[16]);
        assume(len0 <= 10'd17 || stream[15] == r0[15]);
        assume(len0 <= 10'd18 || stream[14] == r0[14]);
        assume(len0 <= 10'd19 || stream[13] == r0[13]);
        assume(len0 <= 10'd20 || stream[12] == r0[12]);
        assume(len0 <= 10'd21 || stream[11] == r0[11]);
        assume(len0 <= 10'd22 || stream[10] == r0[10]);
        assume(len0 <= 10'd23 || stream[9] == r0[9]);
        assume(len0 <= 10'd24 || stream[8] == r0[8]);
        assume(len0 <= 10'd25 || stream[7] == r0[7]);
        assume(len0 <= 10'd26 || stream[6] == r0[6]);
        assume(len0 <= 10'd27 || stream[5] == r0[5]);
        assume(len0 <= 10'd28 || stream[4] == r0[4]);
        assume(len0 <= 10'd29 || stream[3] == r0[3]);
        assume(len0 <= 10'd30 || stream[2] == r0[2]);
        assume(len0 <= 10'd31 || stream[1] == r0[1]);
        assume(len0 <= 10'd32 || stream[0] == r0[0]);
        assume(f_end >= {10'd0, len0});
        // words: the block's word bit at position p is the stream's while p < f_end, zero after
        assume(hword[32] == (20'd0 < f_end && stream[32]));
        assume(hword[31] == (20'd1 < f_end && stream[31]));
        assume(hword[30] == (20'd2 < f_end && stream[30]));
        assume(hword[29] == (20'd3 < f_end && stream[29]));
        assume(hword[28] == (20'd4 < f_end && stream[28]));
        assume(hword[27] == (20'd5 < f_end && stream[27]));
        assume(hword[26] == (20'd6 < f_end && stream[26]));
        assume(hword[25] == (20'd7 < f_end && stream[25]));
        assume(hword[24] == (20'd8 < f_end && stream[24]));
        assume(hword[23] == (20'd9 < f_end && stream[23]));
        assume(hword[22] == (20'd10 < f_end && stream[22]));
        assume(hword[21] == (20'd11 < f_end && stream[21]));
        assume(hword[20] == (20'd12 < f_end && stream[20]));
        assume(hword[19] == (20'd13 < f_end && stream[19]));
        assume(hword[18] == (20'd14 < f_end && stream[18]));
        assume(hword[17] == (20'd15 < f_end && stream[17]));
        assume(hword[16] == (20'd16 < f_end && stream[16]));
        assume(hword[15] == (20'd17 < f_end && stream[15]));
        assume(hword[14] == (20'd18 < f_end && stream[14]));
        assume(hword[13] == (20'd19 < f_end && stream[13]));
        assume(hword[12] == (20'd20 < f_end && stream[12]));
        assume(hword[11] == (20'd21 < f_end && stream[11]));
        assume(hword[10] == (20'd22 < f_end && stream[10]));
        assume(hword[9] == (20'd23 < f_end && stream[9]));
        assume(hword[8] == (20'd24 < f_end && stream[8]));
        assume(hword[7] == (20'd25 < f_end && stream[7]));
        assume(hword[6] == (20'd26 < f_end && stream[6]));
        assume(hword[5] == (20'd27 < f_end && stream[5]));
        assume(hword[4] == (20'd28 < f_end && stream[4]));
        assume(hword[3] == (20'd29 < f_end && stream[3]));
        assume(hword[2] == (20'd30 < f_end && stream[2]));
        assume(hword[1] == (20'd31 < f_end && stream[1]));
        assume(hword[0] == (20'd32 < f_end && stream[0]));
        // words: tlast on the word that holds the block's last bit, so the last word ends at or
        // after the block's end
        assume({2'd0, f_end} <= w_end);
        // blockfits (guaranteed): the rule of rt_block_fits
        assert(ok);
    end
endmodule
`default_nettype wire

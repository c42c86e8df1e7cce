// rt_unpack_last_xnc_unpacker.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Unpacker lemma: the unpacker's tlast: exactly when what is left of the block is shorter than the header after the record announces (from the layers at one record out: with tlast the record ends at the block's end or the header read after it announces more than is left and holds the block's bits there; without, stage A holds the next record from where it ends, its bits received in the block, its length its header's).
// Assumes: positions, stage, output, lengths
// Proves:  last
`default_nettype none
module rt_unpack_last_xnc_unpacker #(
    parameter W = 512
) (
    input wire aclk,
    // the record out: its tlast, its block's end known (the block's last word in), the block's
    // bits left after it, the 33 stream bits after it (zero past the block's end)
    input wire tout,
    input wire fv,
    input wire [15:0] left,
    input wire [32:0] win,
    // the header the unpacker read after it when it took it with tlast
    input wire [32:0] oh,
    // stage A's record without tlast: its header, its length, and the block's bits received after
    // the record out
    input wire [32:0] ha,
    input wire [9:0] lena,
    input wire [15:0] rcv
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
    always @(*) begin
        // output: with tlast, the block's last word is in and the record ends less than a word
        // before the block's end
        assume(!tout || (fv && left < W));
        // output: a pad (tlast before the block's end): the header read after the record announces
        // more than is left, and holds the block's bits there
        assume(!tout || left == 16'd0 || {6'd0, f_hlen(oh)} > left);
        assume(!tout || left <= 16'd0 || oh[32] == win[32]);
        assume(!tout || left <= 16'd1 || oh[31] == win[31]);
        assume(!tout || left <= 16'd2 || oh[30] == win[30]);
        assume(!tout || left <= 16'd3 || oh[29] == win[29]);
        assume(!tout || left <= 16'd4 || oh[28] == win[28]);
        assume(!tout || left <= 16'd5 || oh[27] == win[27]);
        assume(!tout || left <= 16'd6 || oh[26] == win[26]);
        assume(!tout || left <= 16'd7 || oh[25] == win[25]);
        assume(!tout || left <= 16'd8 || oh[24] == win[24]);
        assume(!tout || left <= 16'd9 || oh[23] == win[23]);
        assume(!tout || left <= 16'd10 || oh[22] == win[22]);
        assume(!tout || left <= 16'd11 || oh[21] == win[21]);
        assume(!tout || left <= 16'd12 || oh[20] == win[20]);
        assume(!tout || left <= 16'd13 || oh[19] == win[19]);
        assume(!tout || left <= 16'd14 || oh[18] == win[18]);
        assume(!tout || left <= 16'd15 || oh[17] == win[17]);
        assume(!tout || left <= 16'd16 || oh[16] == win[16]);
        assume(!tout || left <= 16'd17 || oh[15] == win[15]);
        assume(!tout || left <= 16'd18 || oh[14] == win[14]);
        assume(!tout || left <= 16'd19 || oh[13] == win[13]);
        assume(!tout || left <= 16'd20 || oh[12] == win[12]);
        assume(!tout || left <= 16'd21 || oh[11] == win[11]);
        assume(!tout || left <= 16'd22 || oh[10] == win[10]);
        assume(!tout || left <= 16'd23 || oh[9] == win[9]);
        assume(!tout || left <= 16'd24 || oh[8] == win[8]);
        assume(!tout || left <= 16'd25 || oh[7] == win[7]);
        assume(!tout || left <= 16'd26 || oh[6] == win[6]);
        assume(!tout || left <= 16'd27 || oh[5] == win[5]);
        assume(!tout || left <= 16'd28 || oh[4] == win[4]);
        assume(!tout || left <= 16'd29 || oh[3] == win[3]);
        assume(!tout || left <= 16'd30 || oh[2] == win[2]);
        assume(!tout || left <= 16'd31 || oh[1] == win[1]);
        assume(!tout || left <= 16'd32 || oh[0] == win[0]);
        // output: without tlast, stage A holds the block's next record
        // positions: it starts where the record out ends
        // stage: its bits are the stream's there (its header the first 33), received in the
        // block, so at most what is left
        assume(tout || ha[32] == win[32]);
        assume(tout || ha[31] == win[31]);
        assume(tout || ha[30] == win[30]);
        assume(tout || ha[29] == win[29]);
        assume(tout || ha[28] == win[28]);
        assume(tout || ha[27] == win[27]);
        assume(tout || ha[26] == win[26]);
        assume(tout || ha[25] == win[25]);
        assume(tout || ha[24] == win[24]);
        assume(tout || ha[23] == win[23]);
        assume(tout || ha[22] == win[22]);
        assume(tout || ha[21] == win[21]);
        assume(tout || ha[20] == win[20]);
        assume(tout || ha[19] == win[19]);
        assume(tout || ha[18] == win[18]);
        assume(tout || ha[17] == win[17]);
        assume(tout || ha[16] == win[16]);
        assume(tout || ha[15] == win[15]);
        assume(tout || ha[14] == win[14]);
        assume(tout || ha[13] == win[13]);
        assume(tout || ha[12] == win[12]);
        assume(tout || ha[11] == win[11]);
        assume(tout || ha[10] == win[10]);
        assume(tout || ha[9] == win[9]);
        assume(tout || ha[8] == win[8]);
        assume(tout || ha[7] == win[7]);
        assume(tout || ha[6] == win[6]);
        assume(tout || ha[5] == win[5]);
        assume(tout || ha[4] == win[4]);
        assume(tout || ha[3] == win[3]);
        assume(tout || ha[2] == win[2]);
        assume(tout || ha[1] == win[1]);
        assume(tout || ha[0] == win[0]);
        assume(tout || ({6'd0, lena} <= rcv && rcv <= left));
        // lengths: its length is the one its header announces
        assume(tout || lena == f_hlen(ha));
        // last (guaranteed), in the composition's form
        assert(tout ? left < {6'd0, f_hlen(win)} : left >= {6'd0, f_hlen(win)});
    end
endmodule
`default_nettype wire

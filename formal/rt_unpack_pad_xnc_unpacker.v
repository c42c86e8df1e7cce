// rt_unpack_pad_xnc_unpacker.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Unpacker lemma: the tiling at the unpacker's read position, in the form it sees it (a pad at a record boundary leaves less than a word), from the header it reads there and the packer's tiling, one BMC step: fewer than 33 bits left are less than a word, and with 33 or more its header is the stream's, which announces more than is left only where less than a word is left.
// Assumes: tiling, header
// Proves:  padtiling
`default_nettype none
module rt_unpack_pad_xnc_unpacker #(
    parameter W = 512
) (
    input wire aclk,
    // the read position: a record boundary of its block, the unpacker pads there
    input wire bnd,
    input wire pad,
    // what the unpacker counts as left (its slots' bits up to the block's last word after rd_q),
    // the header it read there (the window's top 33 bits)
    input wire [15:0] room,
    input wire [32:0] hw,
    // the block's bits left after the position, the stream's 33 bits there
    input wire [15:0] left,
    input wire [32:0] sw
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
        // header: a pad counts what is left, its header announces more than that and is the
        // stream's bits below what is left
        assume(!pad || room == left);
        assume(!pad || {6'd0, f_hlen(hw)} > room);
        assume(!pad || left <= 16'd0 || hw[32] == sw[32]);
        assume(!pad || left <= 16'd1 || hw[31] == sw[31]);
        assume(!pad || left <= 16'd2 || hw[30] == sw[30]);
        assume(!pad || left <= 16'd3 || hw[29] == sw[29]);
        assume(!pad || left <= 16'd4 || hw[28] == sw[28]);
        assume(!pad || left <= 16'd5 || hw[27] == sw[27]);
        assume(!pad || left <= 16'd6 || hw[26] == sw[26]);
        assume(!pad || left <= 16'd7 || hw[25] == sw[25]);
        assume(!pad || left <= 16'd8 || hw[24] == sw[24]);
        assume(!pad || left <= 16'd9 || hw[23] == sw[23]);
        assume(!pad || left <= 16'd10 || hw[22] == sw[22]);
        assume(!pad || left <= 16'd11 || hw[21] == sw[21]);
        assume(!pad || left <= 16'd12 || hw[20] == sw[20]);
        assume(!pad || left <= 16'd13 || hw[19] == sw[19]);
        assume(!pad || left <= 16'd14 || hw[18] == sw[18]);
        assume(!pad || left <= 16'd15 || hw[17] == sw[17]);
        assume(!pad || left <= 16'd16 || hw[16] == sw[16]);
        assume(!pad || left <= 16'd17 || hw[15] == sw[15]);
        assume(!pad || left <= 16'd18 || hw[14] == sw[14]);
        assume(!pad || left <= 16'd19 || hw[13] == sw[13]);
        assume(!pad || left <= 16'd20 || hw[12] == sw[12]);
        assume(!pad || left <= 16'd21 || hw[11] == sw[11]);
        assume(!pad || left <= 16'd22 || hw[10] == sw[10]);
        assume(!pad || left <= 16'd23 || hw[9] == sw[9]);
        assume(!pad || left <= 16'd24 || hw[8] == sw[8]);
        assume(!pad || left <= 16'd25 || hw[7] == sw[7]);
        assume(!pad || left <= 16'd26 || hw[6] == sw[6]);
        assume(!pad || left <= 16'd27 || hw[5] == sw[5]);
        assume(!pad || left <= 16'd28 || hw[4] == sw[4]);
        assume(!pad || left <= 16'd29 || hw[3] == sw[3]);
        assume(!pad || left <= 16'd30 || hw[2] == sw[2]);
        assume(!pad || left <= 16'd31 || hw[1] == sw[1]);
        assume(!pad || left <= 16'd32 || hw[0] == sw[0]);
        // tiling: at a record boundary whose header announces more than is left, less than a word
        // is left
        assume(!bnd || {6'd0, f_hlen(sw)} <= left || left < W);
        // padtiling (guaranteed): a pad at a record boundary leaves less than a word
        assert(!(bnd && pad) || room < W);
    end
endmodule
`default_nettype wire

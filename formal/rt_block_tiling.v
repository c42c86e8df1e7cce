// rt_block_tiling.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// A word stream's blocks are zero after their last record, the padding shorter than a word (assumed of the unpacker).
`default_nettype none
module rt_block_tiling #(
    parameter W = 256,
    parameter ROLE = 0
) (
    input wire aclk,
    input wire aresetn,
    input wire tvalid,
    input wire tready,
    input wire tlast,
    input wire [W-1:0] tdata
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
    // this word's block position, the tiling's next boundary, the last boundary moved from, the
    // block's word before this one (zero at the block's first)
    reg [15:0] in_ws = 16'd0;
    reg [16:0] cur = 17'd0;
    reg [16:0] lastb = 17'd0;
    reg [W-1:0] prev = {W{1'b0}};
    wire [2*W-1:0] win = {prev, tdata};
    wire [16:0] wend = {1'b0, in_ws} + W;
    // the first boundary in reach: its header's bits are in (or the block ends in this word)
    wire a1 = cur < wend && (cur + 17'd33 <= wend || tlast);
    wire [2*W-1:0] s1 = win << (cur + W - {1'b0, in_ws});
    wire [16:0] n1 = a1 ? cur + {7'd0, f_hlen(s1[2*W-1:2*W-33])} : cur;
    // a second one in the same word
    wire a2 = a1 && n1 < wend && (n1 + 17'd33 <= wend || tlast);
    wire [2*W-1:0] s2 = win << (n1 + W - {1'b0, in_ws});
    wire [16:0] n2 = a2 ? n1 + {7'd0, f_hlen(s2[2*W-1:2*W-33])} : n1;
    wire [16:0] t = a2 ? n1 : a1 ? cur : lastb;
    wire [16:0] left = wend - t;
    wire [W-1:0] rest = tdata << (t - {1'b0, in_ws});
    wire ok = n2 == wend || (left < W && rest == {W{1'b0}});
    always @(posedge aclk) begin
        if (aresetn && tvalid && tready) begin
            if (tlast) begin
                in_ws <= 16'd0;
                cur <= 17'd0;
                lastb <= 17'd0;
                prev <= {W{1'b0}};
            end else begin
                in_ws <= in_ws + W;
                cur <= n2;
                if (a1) lastb <= t;
                prev <= tdata;
            end
        end
    end
    always @(*) begin
        if (aresetn && tvalid && tlast) begin
            if (ROLE == 0) assume(ok);
            else assert(ok);
        end
    end
endmodule
`default_nettype wire

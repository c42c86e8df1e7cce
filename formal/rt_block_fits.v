// rt_block_fits.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// A word stream's blocks hold at least their first record (asserted of the packer, assumed of the unpacker).
`default_nettype none
module rt_block_fits #(
    parameter W = 256,
    parameter LW = 8,
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
    // the block's words before this one, up to 3, and its first header
    reg [1:0] wib = 2'd0;
    reg [32:0] hdr = 33'd0;
    wire [32:0] first = (wib == 2'd0) ? tdata[W-1:W-33] : hdr;
    wire [15:0] bits = ({14'd0, wib} << LW) + W;
    wire ok = bits >= {6'd0, f_hlen(first)};
    always @(posedge aclk) begin
        if (aresetn && tvalid && tready) begin
            if (wib == 2'd0) hdr <= tdata[W-1:W-33];
            wib <= tlast ? 2'd0 : wib + {1'b0, wib != 2'd3};
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

// rt_unpack_lenbound_xnc_unpacker_256.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Unpacker lemma: the lengths' bounds the unpacker's content and output layers assume (stage A's length 321..545 bits, the output register's at most 545) from the length invariant (the same texts), one BMC step.
// Assumes: lengths
// Proves:  lenbounds
`default_nettype none
module rt_unpack_lenbound_xnc_unpacker_256 (
    input wire aclk,
    // stage A's and the output register's registers, any values
    input wire full_q,
    input wire [9:0] len_q,
    input wire [433:0] rec_hi_q,
    input wire off0_q,
    input wire out_valid_q,
    input wire [9:0] out_len_q,
    input wire [544:0] out_q
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
    // the lengths' bound (the length invariant of rt_unpack_len_*: a header's length)
    wire lens = (!full_q || len_q <= 10'd545) && (!out_valid_q || out_len_q <= 10'd545);
    // the lengths' lower bound: a header announces at least what F and every selector set do
    wire lens_lo = !full_q || len_q >= f_hlen({33{1'b1}});
    always @(*) begin
        // lengths: the invariant rt_unpack_len_* proves inductive
        assume(inv(full_q, len_q, rec_hi_q, off0_q, out_valid_q, out_len_q, out_q));
        // lenbounds (guaranteed): the bounds the content and output layers assume
        assert(lens && lens_lo);
    end
endmodule
`default_nettype wire

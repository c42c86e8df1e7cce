// rt_unpack_lenout_xnc_unpacker.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Unpacker lemma: the unpacker's tuser at a record out is the length the header at the top of tdata announces, in the composition's form (from the length invariant, the same text, and the output layer's port fact: the ports are the output register), one BMC step.
// Assumes: lengths, output
// Proves:  portlengths
`default_nettype none
module rt_unpack_lenout_xnc_unpacker (
    input wire aclk,
    // stage A's and the output register's registers (as the layers name them), any values
    input wire full,
    input wire [9:0] len,
    input wire [433:0] hi,
    input wire off0,
    input wire out_valid,
    input wire [9:0] out_len,
    input wire [544:0] out,
    // the record out's ports
    input wire [551:0] tdata,
    input wire [9:0] tuser
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
    always @(*) begin
        // lengths: the invariant rt_unpack_len_* proves inductive
        assume(inv(full, len, hi, off0, out_valid, out_len, out));
        // a record out: the output register is valid (rtl: m_axis_tvalid = out_valid_q & aresetn)
        assume(out_valid);
        // output (rt_unpack_out_*): the ports are the output register
        assume(tdata == {out, 7'd0} && tuser == out_len);
        // portlengths (guaranteed), in the composition's form
        assert(tuser == f_hlen(tdata[551:519]));
    end
endmodule
`default_nettype wire

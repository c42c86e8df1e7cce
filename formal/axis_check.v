// axis_check.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// AXI4-Stream rules of one stream, for formal proofs (SymbiYosys, read_verilog -formal).
//   ROLE = 0: the stream enters the block under proof: the rules are assumed of its source.
//   ROLE = 1: the stream leaves the block: the rules are asserted.
// Rules (aresetn synchronous, active low):
//   * after a cycle in which aresetn was sampled low, tvalid is low;
//   * the block does not accept input while aresetn is low (tready low; asserted for ROLE = 0);
//   * a beat offered and not taken (tvalid && !tready, aresetn high) is offered again in the next
//     cycle with the same payload, unless aresetn is low in that cycle (a reset may drop it).
// Covers (shown reachable by the cover task, so the rules are not vacuously true): a handshake, a
// stalled beat that is then taken, and a handshake with tlast (when LAST = 1, tlast = payload MSB).
`default_nettype none
module axis_check #(
    parameter W = 1,
    parameter ROLE = 0,
    parameter LAST = 0
) (
    input wire aclk,
    input wire aresetn,
    input wire tvalid,
    input wire tready,
    input wire [W-1:0] payload
);
    reg f_past = 1'b0;
    reg f_rst_q = 1'b0;
    reg f_pend_q = 1'b0;
    reg [W-1:0] f_payload_q;
    always @(posedge aclk) begin
        f_past <= 1'b1;
        f_rst_q <= !aresetn;
        f_pend_q <= aresetn && tvalid && !tready;
        f_payload_q <= payload;
    end
    wire f_after_reset = f_past && f_rst_q;
    wire f_hold = f_past && f_pend_q && aresetn;
    always @(*) begin
        if (ROLE == 0) begin
            if (!aresetn) assert(!tready);
            if (f_after_reset) assume(!tvalid);
            if (f_hold) assume(tvalid && payload == f_payload_q);
        end else begin
            if (f_after_reset) assert(!tvalid);
            if (f_hold) assert(tvalid && payload == f_payload_q);
        end
    end
    always @(posedge aclk) begin
        if (f_past && aresetn) begin
            cover(tvalid && tready);
            cover(f_hold && tready);
            if (LAST != 0) cover(tvalid && tready && payload[W-1]);
        end
    end
endmodule
`default_nettype wire

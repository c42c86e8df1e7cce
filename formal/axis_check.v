// axis_check.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// AXI4-Stream rules of one stream, for formal proofs (SymbiYosys, read_verilog -formal).
//   ROLE = 0: the stream enters the block under proof: the rules are assumed of its source.
//   ROLE = 1: the stream leaves the block: the rules are asserted.
// Rules (aresetn synchronous, active low):
//   * after a cycle in which aresetn was sampled low, tvalid is low;
//   * an output's tvalid is low while aresetn is low, combinationally (docs/INTEGRATION.md;
//     asserted for ROLE = 1 only: a source outside the kit may drive tvalid in reset);
//   * the block does not accept input while aresetn is low (tready low; asserted for ROLE = 0);
//   * a beat offered and not taken (tvalid && !tready, aresetn high) is offered again in the next
//     cycle with the same payload, unless aresetn is low in that cycle (a reset may drop it).
// Covers (shown reachable by the cover task, so the rules are not vacuously true): a handshake, a
// stalled beat that is then taken, and a handshake with tlast (when LAST = 1, tlast = payload MSB).
// COVER = 0: this instance does not cover them itself; `seen` (sticky: each of the three seen in
// this or an earlier cycle) lets the wrapper cover them across a group of streams, such as the
// lanes of a lane decoder, in one solver call instead of one per stream.
`default_nettype none
module axis_check #(
    parameter W = 1,
    parameter ROLE = 0,
    parameter LAST = 0,
    parameter COVER = 1
) (
    input wire aclk,
    input wire aresetn,
    input wire tvalid,
    input wire tready,
    input wire [W-1:0] payload,
    output wire [2:0] seen
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
            if (!aresetn) assert(!tvalid);
            if (f_after_reset) assert(!tvalid);
            if (f_hold) assert(tvalid && payload == f_payload_q);
        end
    end
    wire [2:0] f_now = (f_past && aresetn) ?
        {LAST != 0 && tvalid && tready && payload[W-1], f_hold && tready, tvalid && tready} : 3'b000;
    reg [2:0] f_seen_q = 3'b000;
    always @(posedge aclk) f_seen_q <= f_seen_q | f_now;
    assign seen = f_seen_q | f_now;
    // a generate block: a cover under a constant-false condition would count as unreached
    generate
        if (COVER != 0) begin : g_cover
            always @(posedge aclk) begin
                if (f_past && aresetn) begin
                    cover(tvalid && tready);
                    cover(f_hold && tready);
                    if (LAST != 0) cover(tvalid && tready && payload[W-1]);
                end
            end
        end
    endgenerate
endmodule
`default_nettype wire

// A deliberately broken AXI4-Stream manager for the checker's self-test (tests/cocotb/tb_checker.py):
// `mode` selects the violation, so each rule of axis_tb.StreamChecker is shown to fire.
//   0: correct (holds tvalid and tdata until tready), 1: drops tvalid while stalled,
//   2: changes tdata while stalled, 3: tvalid high in the cycle after a sampled reset,
//   4: tvalid X after reset.
`timescale 1ns / 1ps
`default_nettype none
module axis_violator (
    input wire aclk,
    input wire aresetn,
    input wire [2:0] mode,
    output reg [7:0] m_axis_tdata,
    output reg m_axis_tvalid,
    input wire m_axis_tready,
    output reg m_axis_tlast
);
  reg [3:0] n;
  always @(posedge aclk) begin
    if (!aresetn) begin
      n <= 0;
      m_axis_tvalid <= (mode == 3);
      m_axis_tdata <= 0;
      m_axis_tlast <= 0;
    end else begin
      n <= n + 1;
      if (mode == 4 && n == 5) m_axis_tvalid <= 1'bx;
      else if (!m_axis_tvalid || m_axis_tready) begin
        m_axis_tvalid <= n[0];
        m_axis_tdata <= {4'h0, n};
        m_axis_tlast <= n[1];
      end else if (mode == 1) m_axis_tvalid <= 0;
      else if (mode == 2) m_axis_tdata <= m_axis_tdata + 1;
    end
  end
endmodule
`default_nettype wire

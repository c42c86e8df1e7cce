// Test bench of the fixed-layout prototype (README.md here): one chunk per cycle into xc_fixed, its
// records straight into xd_fixed; every record (bits and length) is compared with vectors.py's, every
// output chunk with the input 7 cycles earlier.
`timescale 1ns / 1ps
module tb;
  parameter N = 12024; // chunks in vectors.hex (iverilog -Ptb.N=...)
  reg clk = 0;
  always #1 clk = ~clk;
  reg [1075:0] mem [0:N-1];
  reg [511:0] x = 0;
  wire [551:0] rec;
  wire [9:0] len;
  wire [511:0] y;
  xc_fixed c (.clk(clk), .s_axis_tdata(x), .m_axis_tdata(rec), .m_axis_tuser(len));
  xd_fixed d (.clk(clk), .s_axis_tdata(rec), .m_axis_tdata(y));
  integer t, errs = 0, recs = 0, outs = 0;
  initial begin
    $readmemh("vectors.hex", mem);
    for (t = 0; t < N + 7; t = t + 1) begin
      x = (t < N) ? mem[t][511:0] : 512'd0;
      @(posedge clk);
      #0.5;
      // after the t-th edge: the record of chunk t-3, the output of chunk t-6
      if (t >= 3 && t - 3 < N) begin
        recs = recs + 1;
        if (rec !== mem[t-3][1075:524] || len !== mem[t-3][521:512]) begin
          errs = errs + 1;
          if (errs < 5) $display("record of chunk %0d differs", t - 3);
        end
      end
      if (t >= 6 && t - 6 < N) begin
        outs = outs + 1;
        if (y !== mem[t-6][511:0]) begin
          errs = errs + 1;
          if (errs < 5) $display("chunk %0d does not round-trip", t - 6);
        end
      end
    end
    $display("%0d records, %0d chunks compared, %0d errors", recs, outs, errs);
    $finish;
  end
endmodule

// The FuseSoC core's `sim` target (Icarus): xnc_compressor -> xnc_packer -> xnc_unpacker ->
// xnc_decompressor on pseudo-random chunks (half BF16-like, so records of every kind: F = 1 with
// 9/12-bit codes, F = 0 with 12/16-bit codes), a block every 6 chunks, random gaps on the input
// and random back-pressure on the output. Every chunk must come out as it went in, with its tlast.
// Ends with `N passed, M failed`; $fatal on a mismatch or a timeout. The thorough tests are the
// cocotb suite (tests/cocotb); this is the integrator's smoke test of the core.
`timescale 1ns / 1ps
`default_nettype none
module tb_xnc_loopback;
  localparam integer CHUNKS = 60;
  localparam integer REC = 552;  // the XNC record bus (docs/INTEGRATION.md section 2)

  reg aclk = 0, aresetn = 0;
  always #5 aclk = ~aclk;

  reg [511:0] s_tdata;
  reg s_tvalid, s_tlast;
  wire s_tready;
  wire [REC-1:0] c2p_tdata, u2d_tdata;
  wire [9:0] c2p_tuser, u2d_tuser;
  wire c2p_tvalid, c2p_tready, c2p_tlast, u2d_tvalid, u2d_tready, u2d_tlast;
  wire [511:0] mem_tdata;  // xnc_packer / xnc_unpacker: 512-bit memory words
  wire [63:0] mem_tkeep;
  wire mem_tvalid, mem_tready, mem_tlast;
  wire [511:0] m_tdata;
  wire m_tvalid, m_tlast;
  reg m_tready;

  xnc_compressor u_compressor (.aclk(aclk), .aresetn(aresetn),
    .s_axis_tdata(s_tdata), .s_axis_tvalid(s_tvalid), .s_axis_tready(s_tready), .s_axis_tlast(s_tlast),
    .m_axis_tdata(c2p_tdata), .m_axis_tuser(c2p_tuser), .m_axis_tvalid(c2p_tvalid),
    .m_axis_tready(c2p_tready), .m_axis_tlast(c2p_tlast));
  xnc_packer u_packer (.aclk(aclk), .aresetn(aresetn),
    .s_axis_tdata(c2p_tdata), .s_axis_tuser(c2p_tuser), .s_axis_tvalid(c2p_tvalid),
    .s_axis_tready(c2p_tready), .s_axis_tlast(c2p_tlast),
    .m_axis_tdata(mem_tdata), .m_axis_tkeep(mem_tkeep), .m_axis_tvalid(mem_tvalid),
    .m_axis_tready(mem_tready), .m_axis_tlast(mem_tlast));
  xnc_unpacker u_unpacker (.aclk(aclk), .aresetn(aresetn),
    .s_axis_tdata(mem_tdata), .s_axis_tvalid(mem_tvalid), .s_axis_tready(mem_tready), .s_axis_tlast(mem_tlast),
    .m_axis_tdata(u2d_tdata), .m_axis_tuser(u2d_tuser), .m_axis_tvalid(u2d_tvalid),
    .m_axis_tready(u2d_tready), .m_axis_tlast(u2d_tlast));
  xnc_decompressor u_decompressor (.aclk(aclk), .aresetn(aresetn),
    .s_axis_tdata(u2d_tdata), .s_axis_tuser(u2d_tuser), .s_axis_tvalid(u2d_tvalid),
    .s_axis_tready(u2d_tready), .s_axis_tlast(u2d_tlast),
    .m_axis_tdata(m_tdata), .m_axis_tvalid(m_tvalid), .m_axis_tready(m_tready), .m_axis_tlast(m_tlast));

  // xorshift32: chunk contents and the gaps.
  reg [31:0] rng = 32'h1234_5678;
  function [31:0] next(input [31:0] x);
    reg [31:0] y;
    begin
      y = x ^ (x << 13);
      y = y ^ (y >> 17);
      next = y ^ (y << 5);
    end
  endfunction

  reg [511:0] chunks[0:CHUNKS-1];
  integer i, k, sent, got, passed, failed, cycles;
  initial begin
    for (k = 0; k < CHUNKS; k = k + 1) begin
      for (i = 0; i < 32; i = i + 1) begin
        rng = next(rng);
        // even chunks: FP16 of BF16-origin values near 0.01 (bits 2..0 zero); odd chunks: any bits
        chunks[k][16*i +: 16] = (k % 2 == 0) ? {rng[15], 2'b00, rng[2:0] == 0 ? 3'b111 : 3'b100, rng[9:3], 3'b000}
                                             : rng[31:16];
      end
    end
  end

  always @(posedge aclk) begin
    rng <= next(rng);
    if (!aresetn) begin
      s_tvalid <= 0;
      sent <= 0;
    end else begin
      if (s_tvalid && s_tready) sent <= sent + 1;
      if (!s_tvalid || s_tready) begin
        // next chunk (or a gap, 1 in 4)
        s_tvalid <= (s_tvalid && s_tready ? sent + 1 : sent) < CHUNKS && rng[1:0] != 0;
        s_tdata <= chunks[s_tvalid && s_tready ? sent + 1 : sent];
        s_tlast <= ((s_tvalid && s_tready ? sent + 1 : sent) % 6 == 5)
                   || (s_tvalid && s_tready ? sent + 1 : sent) == CHUNKS - 1;
      end
    end
    m_tready <= aresetn && rng[4:2] != 0;  // back-pressure 1 in 8
  end

  always @(posedge aclk) begin
    if (aresetn && m_tvalid && m_tready) begin
      if (m_tdata === chunks[got] && m_tlast === (got % 6 == 5 || got == CHUNKS - 1)) passed = passed + 1;
      else begin
        failed = failed + 1;
        $display("chunk %0d: got %h (tlast %b), want %h", got, m_tdata, m_tlast, chunks[got]);
      end
      got = got + 1;
    end
  end

  initial begin
    got = 0; passed = 0; failed = 0; m_tready = 0; s_tvalid = 0; s_tlast = 0; s_tdata = 0;
    repeat (3) @(posedge aclk);
    aresetn <= 1;
    for (cycles = 0; cycles < 40 * CHUNKS && got < CHUNKS; cycles = cycles + 1) @(posedge aclk);
    @(posedge aclk);
    $display("%0d passed, %0d failed", passed, failed + CHUNKS - got);
    if (failed != 0 || got != CHUNKS) $fatal(1, "tb_xnc_loopback: FAILED");
    $finish;
  end
endmodule
`default_nettype wire

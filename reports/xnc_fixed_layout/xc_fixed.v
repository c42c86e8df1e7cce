// Area prototype: XNC compressor, fixed-position record layout, 4 register stages like xnc_compressor
// (handshake omitted: the stage enables drive the flip-flops' CE pins).
// Record (MSB first, bit 544 = F): F, S0..S31, then 32 short parts at fixed positions (F=1: 9 bits
// {b15, b10..b3}; F=0: 12 bits {b15, b13..b3}), then the extension units of the long words in word
// order (F=1: 3 bits {b13..b11}; F=0: 4 bits {b14, b2..b0}), then zeros. Length = 33 + sum(widths).
module xc_fixed(input wire clk, input wire [511:0] s_axis_tdata, output wire [551:0] m_axis_tdata,
           output wire [9:0] m_axis_tuser);
  genvar i, b, l;
  integer k;
  // ---- stage 1: transform, ok, eq5 ----
  reg [15:0] s1_d [0:31]; reg [31:0] s1_ok, s1_eq5;
  generate for (i = 0; i < 32; i = i + 1) begin : t1
    wire [15:0] xp = (i == 0) ? 16'd0 : s_axis_tdata[16*i-1 -: 16];
    wire [15:0] t = s_axis_tdata[16*i+15 -: 16] ^ xp;
    wire [15:0] d = t[15] ? t ^ 16'h7800 : t;
    always @(posedge clk) begin
      s1_d[i] <= d;
      s1_ok[i] <= (d[14] == d[15]) && (d[2:0] == 3'b000);
      s1_eq5[i] <= (&d[15:11]) | ~(|d[15:11]);
    end
  end endgenerate
  // ---- stage 2: F, selectors, z_i = short words before i, units ----
  // Two prefix counts (Sklansky) that do not wait for F: of the eq5 bits (F = 1: short = 9-bit) and
  // of the ok bits (F = 0: short = 12-bit); F picks one at the end.
  wire f1 = &s1_ok;
  wire [31:0] sel1 = f1 ? s1_eq5 : s1_ok;
  wire [5:0] pe [0:5][0:31];
  wire [5:0] po [0:5][0:31];
  generate for (i = 0; i < 32; i = i + 1) begin : p0
    assign pe[0][i] = {5'd0, s1_eq5[i]};
    assign po[0][i] = {5'd0, s1_ok[i]};
  end
  for (l = 0; l < 5; l = l + 1) begin : pl
    for (i = 0; i < 32; i = i + 1) begin : pi
      if (((i >> l) & 1) != 0) begin : add
        assign pe[l+1][i] = pe[l][i] + pe[l][((i >> l) << l) - 1];
        assign po[l+1][i] = po[l][i] + po[l][((i >> l) << l) - 1];
      end else begin : keep
        assign pe[l+1][i] = pe[l][i];
        assign po[l+1][i] = po[l][i];
      end
    end
  end endgenerate
  reg s2_f; reg [31:0] s2_sel; reg [15:0] s2_d [0:31]; reg [3:0] s2_u [0:31]; reg [4:0] s2_z [0:31];
  reg [5:0] s2_nl;
  generate for (i = 0; i < 32; i = i + 1) begin : t2
    wire [4:0] z = (i == 0) ? 5'd0 : (f1 ? pe[5][i-1][4:0] : po[5][i-1][4:0]);
    always @(posedge clk) begin
      s2_d[i] <= s1_d[i];
      s2_u[i] <= sel1[i] ? 4'd0 : (f1 ? {s1_d[i][13:11], 1'b0} : {s1_d[i][14], s1_d[i][2:0]});
      s2_z[i] <= sel1[i] ? 5'd0 : z;
    end
  end endgenerate
  always @(posedge clk) begin
    s2_f <= f1; s2_sel <= sel1; s2_nl <= 6'd32 - (f1 ? pe[5][31] : po[5][31]);
  end
  // ---- stage 3: compaction, unit i moves down by z_i (shorts before it), one bit of z per level ----
  wire [3:0] a [0:5][0:31];
  wire [4:0] zz [0:5][0:31];
  generate for (i = 0; i < 32; i = i + 1) begin : c0
    assign a[0][i] = s2_u[i]; assign zz[0][i] = s2_z[i];
  end
  for (b = 0; b < 5; b = b + 1) begin : cs
    for (i = 0; i < 32; i = i + 1) begin : cp
      if (i + (1 << b) < 32) begin : two
        wire keep = ~zz[b][i][b];
        wire mv = zz[b][i + (1 << b)][b];
        assign a[b+1][i] = (keep ? a[b][i] : 4'd0) | (mv ? a[b][i + (1 << b)] : 4'd0);
        assign zz[b+1][i] = (keep ? zz[b][i] : 5'd0) | (mv ? zz[b][i + (1 << b)] : 5'd0);
      end else begin : one
        wire keep = ~zz[b][i][b];
        assign a[b+1][i] = keep ? a[b][i] : 4'd0;
        assign zz[b+1][i] = keep ? zz[b][i] : 5'd0;
      end
    end
  end endgenerate
  reg s3_f; reg [31:0] s3_sel; reg [15:0] s3_d [0:31]; reg [127:0] s3_e; reg [5:0] s3_nl;
  always @(posedge clk) begin
    s3_f <= s2_f; s3_sel <= s2_sel; s3_nl <= s2_nl;
    for (k = 0; k < 32; k = k + 1) begin s3_d[k] <= s2_d[k]; s3_e[127 - 4*k -: 4] <= a[5][k]; end
  end
  // ---- stage 4: the record at fixed positions, the length ----
  reg [287:0] s9; reg [383:0] s12; reg [95:0] e3; reg [31:0] srev;
  always @* begin
    for (k = 0; k < 32; k = k + 1) begin
      s9[287 - 9*k -: 9] = {s3_d[k][15], s3_d[k][10:3]};
      s12[383 - 12*k -: 12] = {s3_d[k][15], s3_d[k][13:3]};
      e3[95 - 3*k -: 3] = s3_e[127 - 4*k -: 3];
      srev[31 - k] = s3_sel[k];
    end
  end
  reg [544:0] s4_rec; reg [9:0] s4_len;
  always @(posedge clk) begin
    s4_rec <= s3_f ? {1'b1, srev, s9, e3, 128'd0} : {1'b0, srev, s12, s3_e};
    s4_len <= s3_f ? 10'd321 + 10'd3 * {4'd0, s3_nl} : 10'd417 + {2'd0, s3_nl, 2'd0};
  end
  assign m_axis_tdata = {s4_rec, 7'd0};
  assign m_axis_tuser = s4_len;
endmodule

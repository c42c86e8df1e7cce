// Area prototype: XNC decompressor for the fixed-position layout (see xc_fixed.v), 3 register stages like
// xnc_decompressor (handshake omitted: the stage enables drive the flip-flops' CE pins).
module xd_fixed(input wire clk, input wire [551:0] s_axis_tdata, output wire [511:0] m_axis_tdata);
  genvar i, l;
  integer k;
  wire [544:0] rec = s_axis_tdata[551:7];
  wire f0 = rec[544];
  wire [31:0] sel0;
  generate for (i = 0; i < 32; i = i + 1) begin : hdr
    assign sel0[i] = rec[543 - i];
  end endgenerate
  // ---- stage 1: r_i = long words before i (Sklansky prefix count), slots, short parts ----
  wire [5:0] pc [0:5][0:31];
  generate for (i = 0; i < 32; i = i + 1) begin : p0
    assign pc[0][i] = {5'd0, ~sel0[i]};
  end
  for (l = 0; l < 5; l = l + 1) begin : pl
    for (i = 0; i < 32; i = i + 1) begin : pi
      if (((i >> l) & 1) != 0) begin : add
        assign pc[l+1][i] = pc[l][i] + pc[l][((i >> l) << l) - 1];
      end else begin : keep
        assign pc[l+1][i] = pc[l][i];
      end
    end
  end endgenerate
  reg s1_f; reg [31:0] s1_sel; reg [4:0] s1_r [0:31]; reg [127:0] s1_slot; reg [11:0] s1_s [0:31];
  always @(posedge clk) begin
    s1_f <= f0; s1_sel <= sel0;
    for (k = 0; k < 32; k = k + 1) begin
      s1_r[k] <= (k == 0) ? 5'd0 : pc[5][k-1][4:0];
      s1_slot[4*k +: 4] <= f0 ? {rec[223 - 3*k -: 3], 1'b0} : rec[127 - 4*k -: 4];
      s1_s[k] <= f0 ? {rec[511 - 9*k -: 9], 3'b000} : rec[511 - 12*k -: 12];
    end
  end
  // ---- stage 2: each long word's unit (slot r_i), the transformed word, the NOT undone ----
  reg [15:0] s2_u [0:31];
  generate for (i = 0; i < 32; i = i + 1) begin : w
    wire [3:0] e = s1_slot[4*s1_r[i] +: 4];
    wire [11:0] sh = s1_s[i];
    wire s = sh[11];
    wire sl = s1_sel[i];
    wire [15:0] dd = s1_f ? {s, s, sl ? {s, s, s} : e[3:1], sh[10:3], 3'b000}
                          : {s, sl ? s : e[3], sh[10:0], sl ? 3'b000 : e[2:0]};
    always @(posedge clk) s2_u[i] <= dd[15] ? dd ^ 16'h7800 : dd;
  end endgenerate
  // ---- stage 3: prefix XOR ----
  reg [511:0] s3_y; reg [15:0] acc;
  always @(posedge clk) begin
    acc = 16'd0;
    for (k = 0; k < 32; k = k + 1) begin
      acc = acc ^ s2_u[k];
      s3_y[16*k +: 16] <= acc;
    end
  end
  assign m_axis_tdata = s3_y;
endmodule

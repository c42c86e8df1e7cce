// rt_pack_chunk_xnc_packer_256.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Packer lemma: the packer's chunk path, for every bit: a record-bus bit lands in the chunk register at its place (the second chunk of a long record 480 bits up), a chunk bit in the rotated chunk rotated by the chunk's offset.
`default_nettype none
// every state register a free input (`_q`); the chunk path's next values and moves observed
module rt_pack_chunk_xnc_packer_256 (
    input wire aclk,
    input wire aresetn,
    input wire [551:0] s_axis_tdata,
    input wire [9:0] s_axis_tuser,
    input wire s_axis_tvalid,
    input wire s_axis_tlast,
    input wire m_axis_tready,
    input wire [8:0] j,
    input wire [9:0] k,
    input wire [511:0] c_q,
    input wire [10:0] clen_q,
    input wire clast_q,
    input wire cv_q,
    input wire [7:0] coff_q,
    input wire [511:0] r_q,
    input wire [10:0] rlen_q,
    input wire rlast_q,
    input wire rv_q,
    input wire [255:0] acc_q,
    input wire [7:0] off_q,
    input wire part_q,
    input wire flush_q,
    input wire [255:0] out_q,
    input wire [31:0] out_keep_q,
    input wire out_last_q,
    input wire out_valid_q,
    input wire [255:0] out2_q,
    input wire out2_last_q,
    input wire out2_valid_q
);
    wire s_axis_tready;
    wire [255:0] m_axis_tdata;
    wire [31:0] m_axis_tkeep;
    wire m_axis_tvalid;
    wire m_axis_tlast;
    wire [511:0] c_d, r_d;
    wire load, step;
    xnc_packer_256_cut dut (
        .aclk(aclk),
        .aresetn(aresetn),
        .s_axis_tdata(s_axis_tdata),
        .s_axis_tuser(s_axis_tuser),
        .s_axis_tvalid(s_axis_tvalid),
        .s_axis_tready(s_axis_tready),
        .s_axis_tlast(s_axis_tlast),
        .m_axis_tdata(m_axis_tdata),
        .m_axis_tkeep(m_axis_tkeep),
        .m_axis_tvalid(m_axis_tvalid),
        .m_axis_tready(m_axis_tready),
        .m_axis_tlast(m_axis_tlast),
        .formal_c_q(c_q),
        .formal_clen_q(clen_q),
        .formal_clast_q(clast_q),
        .formal_cv_q(cv_q),
        .formal_coff_q(coff_q),
        .formal_r_q(r_q),
        .formal_rlen_q(rlen_q),
        .formal_rlast_q(rlast_q),
        .formal_rv_q(rv_q),
        .formal_acc_q(acc_q),
        .formal_off_q(off_q),
        .formal_part_q(part_q),
        .formal_flush_q(flush_q),
        .formal_out_q(out_q),
        .formal_out_keep_q(out_keep_q),
        .formal_out_last_q(out_last_q),
        .formal_out_valid_q(out_valid_q),
        .formal_out2_q(out2_q),
        .formal_out2_last_q(out2_last_q),
        .formal_out2_valid_q(out2_valid_q),
        .formal_c_d(c_d),
        .formal_r_d(r_d),
        .formal_load(load),
        .formal_step(step)
    );
    function f_rot_ok(input step, input [511:0] c, input [511:0] r, input [7:0] coff, input [8:0] j);
        reg [8:0] jr;
        begin
            jr = j + {1'b0, coff};
            f_rot_ok = !step || r[511 - jr] == c[511 - j];
        end
    endfunction
    function f_load_ok(input load, input part, input [551:0] bus, input [511:0] c, input [9:0] k);
        reg [9:0] kc;
        begin
            kc = part ? k - 10'd480 : k;
            f_load_ok = !load || (part ? (k < 10'd480 || k >= 10'd552) : k >= 10'd480) || c[511 - kc[8:0]] == bus[551 - k];
        end
    endfunction
    always @(*) begin
        assert(f_rot_ok(step, c_q, r_d, coff_q, j));
        assert(f_load_ok(load, part_q, s_axis_tdata, c_d, k));
    end
endmodule
`default_nettype wire

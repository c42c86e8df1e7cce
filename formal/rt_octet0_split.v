// rt_octet0_split.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Round-trip lemma: decompressor stage 2: octet 0 -> quads -> pairs -> codes at the widths the header gives.
// Assumes: header_DH1, octet_0, octet_match_0
// Proves:  header_DH2, code_0, code_1, code_2, code_3, code_4, code_5, code_6, code_7
`default_nettype none
module rt_octet0_split (
    input wire aclk,
    input wire [1023:0] D,
    input wire [511:0] O,
    input wire [39:0] OL,
    input wire [32:0] DH1,
    input wire [511:0] DO
);
    wire [32:0] DH2;
    wire [511:0] C;
    wire [31:0] sp_ok, sp_eq5;
    wire [32:0] sp_hdr;
    wire [319:0] sp_w;
    wire [159:0] sp_plen;
    wire [39:0] sp_olen;
    wire [511:0] sp_code, sp_und, sp_x, sp_pcat, sp_ocat;
    xnc_spec sp (.d(D), .ok(sp_ok), .eq5(sp_eq5), .hdr(sp_hdr), .w(sp_w), .code(sp_code), .und(sp_und), .x(sp_x), .pcat(sp_pcat), .plen(sp_plen), .ocat(sp_ocat), .olen(sp_olen));
    xnc_decompressor dec (
        .aclk(aclk),
        .aresetn(1'b1),
        .s_axis_tvalid(1'b1),
        .s_axis_tlast(1'b0),
        .m_axis_tready(1'b1),
        .s1_hdr_q(DH1[32:0]),
        .s1_o_0_q(DO[127:0]),
        .s1_o_1_q(DO[255:128]),
        .s1_o_2_q(DO[383:256]),
        .s1_o_3_q(DO[511:384]),
        .s2_hdr_d(DH2[32:0]),
        .s2_c_0_d(C[15:0]),
        .s2_c_1_d(C[31:16]),
        .s2_c_2_d(C[47:32]),
        .s2_c_3_d(C[63:48]),
        .s2_c_4_d(C[79:64]),
        .s2_c_5_d(C[95:80]),
        .s2_c_6_d(C[111:96]),
        .s2_c_7_d(C[127:112]),
        .s2_c_8_d(C[143:128]),
        .s2_c_9_d(C[159:144]),
        .s2_c_10_d(C[175:160]),
        .s2_c_11_d(C[191:176]),
        .s2_c_12_d(C[207:192]),
        .s2_c_13_d(C[223:208]),
        .s2_c_14_d(C[239:224]),
        .s2_c_15_d(C[255:240]),
        .s2_c_16_d(C[271:256]),
        .s2_c_17_d(C[287:272]),
        .s2_c_18_d(C[303:288]),
        .s2_c_19_d(C[319:304]),
        .s2_c_20_d(C[335:320]),
        .s2_c_21_d(C[351:336]),
        .s2_c_22_d(C[367:352]),
        .s2_c_23_d(C[383:368]),
        .s2_c_24_d(C[399:384]),
        .s2_c_25_d(C[415:400]),
        .s2_c_26_d(C[431:416]),
        .s2_c_27_d(C[447:432]),
        .s2_c_28_d(C[463:448]),
        .s2_c_29_d(C[479:464]),
        .s2_c_30_d(C[495:480]),
        .s2_c_31_d(C[511:496]),
        .s_axis_tdata(552'd0),
        .s_axis_tuser(10'd0)
    );
    always @(*) begin
        assume(DH1 == sp_hdr); // header_DH1
        assume(O[127:0] == sp_ocat[127:0] && OL[9:0] == sp_olen[9:0]); // octet_0
        assume((DO[127:0] & ({128{1'b1}} << (10'd128 - OL[9:0]))) == O[127:0]); // octet_match_0
        assert(DH2 == sp_hdr); // header_DH2
        assert((C[15:0] & ~(16'hffff >> sp_w[4:0])) == sp_code[15:0]); // code_0
        assert((C[31:16] & ~(16'hffff >> sp_w[14:10])) == sp_code[31:16]); // code_1
        assert((C[47:32] & ~(16'hffff >> sp_w[24:20])) == sp_code[47:32]); // code_2
        assert((C[63:48] & ~(16'hffff >> sp_w[34:30])) == sp_code[63:48]); // code_3
        assert((C[79:64] & ~(16'hffff >> sp_w[44:40])) == sp_code[79:64]); // code_4
        assert((C[95:80] & ~(16'hffff >> sp_w[54:50])) == sp_code[95:80]); // code_5
        assert((C[111:96] & ~(16'hffff >> sp_w[64:60])) == sp_code[111:96]); // code_6
        assert((C[127:112] & ~(16'hffff >> sp_w[74:70])) == sp_code[127:112]); // code_7
    end
endmodule
`default_nettype wire

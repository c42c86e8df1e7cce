// rt_octet3_split.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Round-trip lemma: decompressor stage 2: octet 3 -> quads -> pairs -> codes at the widths the header gives.
// Assumes: header_DH1, octet_3, octet_match_3
// Proves:  header_DH2, code_24, code_25, code_26, code_27, code_28, code_29, code_30, code_31
`default_nettype none
module rt_octet3_split (
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
        assume(O[511:384] == sp_ocat[511:384] && OL[39:30] == sp_olen[39:30]); // octet_3
        assume((DO[511:384] & ({128{1'b1}} << (10'd128 - OL[39:30]))) == O[511:384]); // octet_match_3
        assert(DH2 == sp_hdr); // header_DH2
        assert((C[399:384] & ~(16'hffff >> sp_w[244:240])) == sp_code[399:384]); // code_24
        assert((C[415:400] & ~(16'hffff >> sp_w[254:250])) == sp_code[415:400]); // code_25
        assert((C[431:416] & ~(16'hffff >> sp_w[264:260])) == sp_code[431:416]); // code_26
        assert((C[447:432] & ~(16'hffff >> sp_w[274:270])) == sp_code[447:432]); // code_27
        assert((C[463:448] & ~(16'hffff >> sp_w[284:280])) == sp_code[463:448]); // code_28
        assert((C[479:464] & ~(16'hffff >> sp_w[294:290])) == sp_code[479:464]); // code_29
        assert((C[495:480] & ~(16'hffff >> sp_w[304:300])) == sp_code[495:480]); // code_30
        assert((C[511:496] & ~(16'hffff >> sp_w[314:310])) == sp_code[511:496]); // code_31
    end
endmodule
`default_nettype wire

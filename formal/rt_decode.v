// rt_decode.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Round-trip lemma: decompressor stage 3, per word: rebuild the transformed word from its code, undo the NOT.
// Assumes: header_DH2, code_0, code_1, code_2, code_3, code_4, code_5, code_6, code_7, code_8, code_9, code_10, code_11, code_12, code_13, code_14, code_15, code_16, code_17, code_18, code_19, code_20, code_21, code_22, code_23, code_24, code_25, code_26, code_27, code_28, code_29, code_30, code_31
// Proves:  decode_0, decode_1, decode_2, decode_3, decode_4, decode_5, decode_6, decode_7, decode_8, decode_9, decode_10, decode_11, decode_12, decode_13, decode_14, decode_15, decode_16, decode_17, decode_18, decode_19, decode_20, decode_21, decode_22, decode_23, decode_24, decode_25, decode_26, decode_27, decode_28, decode_29, decode_30, decode_31
`default_nettype none
module rt_decode (
    input wire aclk,
    input wire [1023:0] D,
    input wire [32:0] DH2,
    input wire [511:0] C
);
    wire [511:0] Z;
    wire [31:0] sp_ok, sp_eq5, sp_long;
    wire [32:0] sp_hdr;
    wire [319:0] sp_w;
    wire [511:0] sp_code, sp_und, sp_x, sp_short;
    wire [127:0] sp_unit, sp_slot;
    wire [191:0] sp_zc, sp_nlb;
    wire [5:0] sp_nl;
    wire [544:0] sp_rec;
    wire [9:0] sp_len;
    xnc_spec sp (.d(D), .ok(sp_ok), .eq5(sp_eq5), .hdr(sp_hdr), .w(sp_w), .code(sp_code), .und(sp_und), .x(sp_x),
        .long(sp_long), .unit(sp_unit), .zc(sp_zc), .nlb(sp_nlb), .nl(sp_nl), .slot(sp_slot), .short(sp_short),
        .rec(sp_rec), .len(sp_len));
    xnc_decompressor dec (
        .aclk(aclk),
        .aresetn(1'b1),
        .s_axis_tvalid(1'b1),
        .s_axis_tlast(1'b0),
        .m_axis_tready(1'b1),
        .s2_hdr_q(DH2[32:0]),
        .s2_c_0_q(C[15:0]),
        .s2_c_1_q(C[31:16]),
        .s2_c_2_q(C[47:32]),
        .s2_c_3_q(C[63:48]),
        .s2_c_4_q(C[79:64]),
        .s2_c_5_q(C[95:80]),
        .s2_c_6_q(C[111:96]),
        .s2_c_7_q(C[127:112]),
        .s2_c_8_q(C[143:128]),
        .s2_c_9_q(C[159:144]),
        .s2_c_10_q(C[175:160]),
        .s2_c_11_q(C[191:176]),
        .s2_c_12_q(C[207:192]),
        .s2_c_13_q(C[223:208]),
        .s2_c_14_q(C[239:224]),
        .s2_c_15_q(C[255:240]),
        .s2_c_16_q(C[271:256]),
        .s2_c_17_q(C[287:272]),
        .s2_c_18_q(C[303:288]),
        .s2_c_19_q(C[319:304]),
        .s2_c_20_q(C[335:320]),
        .s2_c_21_q(C[351:336]),
        .s2_c_22_q(C[367:352]),
        .s2_c_23_q(C[383:368]),
        .s2_c_24_q(C[399:384]),
        .s2_c_25_q(C[415:400]),
        .s2_c_26_q(C[431:416]),
        .s2_c_27_q(C[447:432]),
        .s2_c_28_q(C[463:448]),
        .s2_c_29_q(C[479:464]),
        .s2_c_30_q(C[495:480]),
        .s2_c_31_q(C[511:496]),
        .s2_d_0(Z[15:0]),
        .s2_d_1(Z[31:16]),
        .s2_d_2(Z[47:32]),
        .s2_d_3(Z[63:48]),
        .s2_d_4(Z[79:64]),
        .s2_d_5(Z[95:80]),
        .s2_d_6(Z[111:96]),
        .s2_d_7(Z[127:112]),
        .s2_d_8(Z[143:128]),
        .s2_d_9(Z[159:144]),
        .s2_d_10(Z[175:160]),
        .s2_d_11(Z[191:176]),
        .s2_d_12(Z[207:192]),
        .s2_d_13(Z[223:208]),
        .s2_d_14(Z[239:224]),
        .s2_d_15(Z[255:240]),
        .s2_d_16(Z[271:256]),
        .s2_d_17(Z[287:272]),
        .s2_d_18(Z[303:288]),
        .s2_d_19(Z[319:304]),
        .s2_d_20(Z[335:320]),
        .s2_d_21(Z[351:336]),
        .s2_d_22(Z[367:352]),
        .s2_d_23(Z[383:368]),
        .s2_d_24(Z[399:384]),
        .s2_d_25(Z[415:400]),
        .s2_d_26(Z[431:416]),
        .s2_d_27(Z[447:432]),
        .s2_d_28(Z[463:448]),
        .s2_d_29(Z[479:464]),
        .s2_d_30(Z[495:480]),
        .s2_d_31(Z[511:496]),
        .s_axis_tdata(552'd0),
        .s_axis_tuser(10'd0)
    );
    always @(*) begin
        assume(DH2 == sp_hdr); // header_DH2
        assume((C[15:0] & ~(16'hffff >> sp_w[4:0])) == sp_code[15:0]); // code_0
        assume((C[31:16] & ~(16'hffff >> sp_w[14:10])) == sp_code[31:16]); // code_1
        assume((C[47:32] & ~(16'hffff >> sp_w[24:20])) == sp_code[47:32]); // code_2
        assume((C[63:48] & ~(16'hffff >> sp_w[34:30])) == sp_code[63:48]); // code_3
        assume((C[79:64] & ~(16'hffff >> sp_w[44:40])) == sp_code[79:64]); // code_4
        assume((C[95:80] & ~(16'hffff >> sp_w[54:50])) == sp_code[95:80]); // code_5
        assume((C[111:96] & ~(16'hffff >> sp_w[64:60])) == sp_code[111:96]); // code_6
        assume((C[127:112] & ~(16'hffff >> sp_w[74:70])) == sp_code[127:112]); // code_7
        assume((C[143:128] & ~(16'hffff >> sp_w[84:80])) == sp_code[143:128]); // code_8
        assume((C[159:144] & ~(16'hffff >> sp_w[94:90])) == sp_code[159:144]); // code_9
        assume((C[175:160] & ~(16'hffff >> sp_w[104:100])) == sp_code[175:160]); // code_10
        assume((C[191:176] & ~(16'hffff >> sp_w[114:110])) == sp_code[191:176]); // code_11
        assume((C[207:192] & ~(16'hffff >> sp_w[124:120])) == sp_code[207:192]); // code_12
        assume((C[223:208] & ~(16'hffff >> sp_w[134:130])) == sp_code[223:208]); // code_13
        assume((C[239:224] & ~(16'hffff >> sp_w[144:140])) == sp_code[239:224]); // code_14
        assume((C[255:240] & ~(16'hffff >> sp_w[154:150])) == sp_code[255:240]); // code_15
        assume((C[271:256] & ~(16'hffff >> sp_w[164:160])) == sp_code[271:256]); // code_16
        assume((C[287:272] & ~(16'hffff >> sp_w[174:170])) == sp_code[287:272]); // code_17
        assume((C[303:288] & ~(16'hffff >> sp_w[184:180])) == sp_code[303:288]); // code_18
        assume((C[319:304] & ~(16'hffff >> sp_w[194:190])) == sp_code[319:304]); // code_19
        assume((C[335:320] & ~(16'hffff >> sp_w[204:200])) == sp_code[335:320]); // code_20
        assume((C[351:336] & ~(16'hffff >> sp_w[214:210])) == sp_code[351:336]); // code_21
        assume((C[367:352] & ~(16'hffff >> sp_w[224:220])) == sp_code[367:352]); // code_22
        assume((C[383:368] & ~(16'hffff >> sp_w[234:230])) == sp_code[383:368]); // code_23
        assume((C[399:384] & ~(16'hffff >> sp_w[244:240])) == sp_code[399:384]); // code_24
        assume((C[415:400] & ~(16'hffff >> sp_w[254:250])) == sp_code[415:400]); // code_25
        assume((C[431:416] & ~(16'hffff >> sp_w[264:260])) == sp_code[431:416]); // code_26
        assume((C[447:432] & ~(16'hffff >> sp_w[274:270])) == sp_code[447:432]); // code_27
        assume((C[463:448] & ~(16'hffff >> sp_w[284:280])) == sp_code[463:448]); // code_28
        assume((C[479:464] & ~(16'hffff >> sp_w[294:290])) == sp_code[479:464]); // code_29
        assume((C[495:480] & ~(16'hffff >> sp_w[304:300])) == sp_code[495:480]); // code_30
        assume((C[511:496] & ~(16'hffff >> sp_w[314:310])) == sp_code[511:496]); // code_31
        assert(Z[15:0] == sp_und[15:0]); // decode_0
        assert(Z[31:16] == sp_und[31:16]); // decode_1
        assert(Z[47:32] == sp_und[47:32]); // decode_2
        assert(Z[63:48] == sp_und[63:48]); // decode_3
        assert(Z[79:64] == sp_und[79:64]); // decode_4
        assert(Z[95:80] == sp_und[95:80]); // decode_5
        assert(Z[111:96] == sp_und[111:96]); // decode_6
        assert(Z[127:112] == sp_und[127:112]); // decode_7
        assert(Z[143:128] == sp_und[143:128]); // decode_8
        assert(Z[159:144] == sp_und[159:144]); // decode_9
        assert(Z[175:160] == sp_und[175:160]); // decode_10
        assert(Z[191:176] == sp_und[191:176]); // decode_11
        assert(Z[207:192] == sp_und[207:192]); // decode_12
        assert(Z[223:208] == sp_und[223:208]); // decode_13
        assert(Z[239:224] == sp_und[239:224]); // decode_14
        assert(Z[255:240] == sp_und[255:240]); // decode_15
        assert(Z[271:256] == sp_und[271:256]); // decode_16
        assert(Z[287:272] == sp_und[287:272]); // decode_17
        assert(Z[303:288] == sp_und[303:288]); // decode_18
        assert(Z[319:304] == sp_und[319:304]); // decode_19
        assert(Z[335:320] == sp_und[335:320]); // decode_20
        assert(Z[351:336] == sp_und[351:336]); // decode_21
        assert(Z[367:352] == sp_und[367:352]); // decode_22
        assert(Z[383:368] == sp_und[383:368]); // decode_23
        assert(Z[399:384] == sp_und[399:384]); // decode_24
        assert(Z[415:400] == sp_und[415:400]); // decode_25
        assert(Z[431:416] == sp_und[431:416]); // decode_26
        assert(Z[447:432] == sp_und[447:432]); // decode_27
        assert(Z[463:448] == sp_und[463:448]); // decode_28
        assert(Z[479:464] == sp_und[479:464]); // decode_29
        assert(Z[495:480] == sp_und[495:480]); // decode_30
        assert(Z[511:496] == sp_und[511:496]); // decode_31
    end
endmodule
`default_nettype wire

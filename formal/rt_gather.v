// rt_gather.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Round-trip lemma: decompressor stage 2: each long word's unit from slot r_i joined to its short part is the spec's code.
// Assumes: header_DH1, ranks, slots_SL1, shorts
// Proves:  header_DH2, code_0, code_1, code_2, code_3, code_4, code_5, code_6, code_7, code_8, code_9, code_10, code_11, code_12, code_13, code_14, code_15, code_16, code_17, code_18, code_19, code_20, code_21, code_22, code_23, code_24, code_25, code_26, code_27, code_28, code_29, code_30, code_31
`default_nettype none
module rt_gather (
    input wire aclk,
    input wire [1023:0] D,
    input wire [32:0] DH1,
    input wire [223:0] R1,
    input wire [127:0] SL1,
    input wire [511:0] S1
);
    wire [32:0] DH2;
    wire [511:0] C;
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
        .s1_hdr_q(DH1[32:0]),
        .s1_r4_0_q(R1[6:0]),
        .s1_r4_1_q(R1[13:7]),
        .s1_r4_2_q(R1[20:14]),
        .s1_r4_3_q(R1[27:21]),
        .s1_r4_4_q(R1[34:28]),
        .s1_r4_5_q(R1[41:35]),
        .s1_r4_6_q(R1[48:42]),
        .s1_r4_7_q(R1[55:49]),
        .s1_r4_8_q(R1[62:56]),
        .s1_r4_9_q(R1[69:63]),
        .s1_r4_10_q(R1[76:70]),
        .s1_r4_11_q(R1[83:77]),
        .s1_r4_12_q(R1[90:84]),
        .s1_r4_13_q(R1[97:91]),
        .s1_r4_14_q(R1[104:98]),
        .s1_r4_15_q(R1[111:105]),
        .s1_r4_16_q(R1[118:112]),
        .s1_r4_17_q(R1[125:119]),
        .s1_r4_18_q(R1[132:126]),
        .s1_r4_19_q(R1[139:133]),
        .s1_r4_20_q(R1[146:140]),
        .s1_r4_21_q(R1[153:147]),
        .s1_r4_22_q(R1[160:154]),
        .s1_r4_23_q(R1[167:161]),
        .s1_r4_24_q(R1[174:168]),
        .s1_r4_25_q(R1[181:175]),
        .s1_r4_26_q(R1[188:182]),
        .s1_r4_27_q(R1[195:189]),
        .s1_r4_28_q(R1[202:196]),
        .s1_r4_29_q(R1[209:203]),
        .s1_r4_30_q(R1[216:210]),
        .s1_r4_31_q(R1[223:217]),
        .s1_slot_q(SL1[127:0]),
        .s1_s_0_q(S1[15:0]),
        .s1_s_1_q(S1[31:16]),
        .s1_s_2_q(S1[47:32]),
        .s1_s_3_q(S1[63:48]),
        .s1_s_4_q(S1[79:64]),
        .s1_s_5_q(S1[95:80]),
        .s1_s_6_q(S1[111:96]),
        .s1_s_7_q(S1[127:112]),
        .s1_s_8_q(S1[143:128]),
        .s1_s_9_q(S1[159:144]),
        .s1_s_10_q(S1[175:160]),
        .s1_s_11_q(S1[191:176]),
        .s1_s_12_q(S1[207:192]),
        .s1_s_13_q(S1[223:208]),
        .s1_s_14_q(S1[239:224]),
        .s1_s_15_q(S1[255:240]),
        .s1_s_16_q(S1[271:256]),
        .s1_s_17_q(S1[287:272]),
        .s1_s_18_q(S1[303:288]),
        .s1_s_19_q(S1[319:304]),
        .s1_s_20_q(S1[335:320]),
        .s1_s_21_q(S1[351:336]),
        .s1_s_22_q(S1[367:352]),
        .s1_s_23_q(S1[383:368]),
        .s1_s_24_q(S1[399:384]),
        .s1_s_25_q(S1[415:400]),
        .s1_s_26_q(S1[431:416]),
        .s1_s_27_q(S1[447:432]),
        .s1_s_28_q(S1[463:448]),
        .s1_s_29_q(S1[479:464]),
        .s1_s_30_q(S1[495:480]),
        .s1_s_31_q(S1[511:496]),
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
        assume(R1[6:0] == {sp_nlb[4:0], 2'b00} && R1[13:7] == {sp_nlb[10:6], 2'b00} && R1[20:14] == {sp_nlb[16:12], 2'b00} && R1[27:21] == {sp_nlb[22:18], 2'b00} && R1[34:28] == {sp_nlb[28:24], 2'b00} && R1[41:35] == {sp_nlb[34:30], 2'b00} && R1[48:42] == {sp_nlb[40:36], 2'b00} && R1[55:49] == {sp_nlb[46:42], 2'b00} && R1[62:56] == {sp_nlb[52:48], 2'b00} && R1[69:63] == {sp_nlb[58:54], 2'b00} && R1[76:70] == {sp_nlb[64:60], 2'b00} && R1[83:77] == {sp_nlb[70:66], 2'b00} && R1[90:84] == {sp_nlb[76:72], 2'b00} && R1[97:91] == {sp_nlb[82:78], 2'b00} && R1[104:98] == {sp_nlb[88:84], 2'b00} && R1[111:105] == {sp_nlb[94:90], 2'b00} && R1[118:112] == {sp_nlb[100:96], 2'b00} && R1[125:119] == {sp_nlb[106:102], 2'b00} && R1[132:126] == {sp_nlb[112:108], 2'b00} && R1[139:133] == {sp_nlb[118:114], 2'b00} && R1[146:140] == {sp_nlb[124:120], 2'b00} && R1[153:147] == {sp_nlb[130:126], 2'b00} && R1[160:154] == {sp_nlb[136:132], 2'b00} && R1[167:161] == {sp_nlb[142:138], 2'b00} && R1[174:168] == {sp_nlb[148:144], 2'b00} && R1[181:175] == {sp_nlb[154:150], 2'b00} && R1[188:182] == {sp_nlb[160:156], 2'b00} && R1[195:189] == {sp_nlb[166:162], 2'b00} && R1[202:196] == {sp_nlb[172:168], 2'b00} && R1[209:203] == {sp_nlb[178:174], 2'b00} && R1[216:210] == {sp_nlb[184:180], 2'b00} && R1[223:217] == {sp_nlb[190:186], 2'b00}); // ranks
        assume(SL1[127:124] == sp_slot[3:0] && SL1[123:120] == sp_slot[7:4] && SL1[119:116] == sp_slot[11:8] && SL1[115:112] == sp_slot[15:12] && SL1[111:108] == sp_slot[19:16] && SL1[107:104] == sp_slot[23:20] && SL1[103:100] == sp_slot[27:24] && SL1[99:96] == sp_slot[31:28] && SL1[95:92] == sp_slot[35:32] && SL1[91:88] == sp_slot[39:36] && SL1[87:84] == sp_slot[43:40] && SL1[83:80] == sp_slot[47:44] && SL1[79:76] == sp_slot[51:48] && SL1[75:72] == sp_slot[55:52] && SL1[71:68] == sp_slot[59:56] && SL1[67:64] == sp_slot[63:60] && SL1[63:60] == sp_slot[67:64] && SL1[59:56] == sp_slot[71:68] && SL1[55:52] == sp_slot[75:72] && SL1[51:48] == sp_slot[79:76] && SL1[47:44] == sp_slot[83:80] && SL1[43:40] == sp_slot[87:84] && SL1[39:36] == sp_slot[91:88] && SL1[35:32] == sp_slot[95:92] && SL1[31:28] == sp_slot[99:96] && SL1[27:24] == sp_slot[103:100] && SL1[23:20] == sp_slot[107:104] && SL1[19:16] == sp_slot[111:108] && SL1[15:12] == sp_slot[115:112] && SL1[11:8] == sp_slot[119:116] && SL1[7:4] == sp_slot[123:120] && SL1[3:0] == sp_slot[127:124]); // slots_SL1
        assume(S1 == sp_short); // shorts
        assert(DH2 == sp_hdr); // header_DH2
        assert((C[15:0] & ~(16'hffff >> sp_w[4:0])) == sp_code[15:0]); // code_0
        assert((C[31:16] & ~(16'hffff >> sp_w[14:10])) == sp_code[31:16]); // code_1
        assert((C[47:32] & ~(16'hffff >> sp_w[24:20])) == sp_code[47:32]); // code_2
        assert((C[63:48] & ~(16'hffff >> sp_w[34:30])) == sp_code[63:48]); // code_3
        assert((C[79:64] & ~(16'hffff >> sp_w[44:40])) == sp_code[79:64]); // code_4
        assert((C[95:80] & ~(16'hffff >> sp_w[54:50])) == sp_code[95:80]); // code_5
        assert((C[111:96] & ~(16'hffff >> sp_w[64:60])) == sp_code[111:96]); // code_6
        assert((C[127:112] & ~(16'hffff >> sp_w[74:70])) == sp_code[127:112]); // code_7
        assert((C[143:128] & ~(16'hffff >> sp_w[84:80])) == sp_code[143:128]); // code_8
        assert((C[159:144] & ~(16'hffff >> sp_w[94:90])) == sp_code[159:144]); // code_9
        assert((C[175:160] & ~(16'hffff >> sp_w[104:100])) == sp_code[175:160]); // code_10
        assert((C[191:176] & ~(16'hffff >> sp_w[114:110])) == sp_code[191:176]); // code_11
        assert((C[207:192] & ~(16'hffff >> sp_w[124:120])) == sp_code[207:192]); // code_12
        assert((C[223:208] & ~(16'hffff >> sp_w[134:130])) == sp_code[223:208]); // code_13
        assert((C[239:224] & ~(16'hffff >> sp_w[144:140])) == sp_code[239:224]); // code_14
        assert((C[255:240] & ~(16'hffff >> sp_w[154:150])) == sp_code[255:240]); // code_15
        assert((C[271:256] & ~(16'hffff >> sp_w[164:160])) == sp_code[271:256]); // code_16
        assert((C[287:272] & ~(16'hffff >> sp_w[174:170])) == sp_code[287:272]); // code_17
        assert((C[303:288] & ~(16'hffff >> sp_w[184:180])) == sp_code[303:288]); // code_18
        assert((C[319:304] & ~(16'hffff >> sp_w[194:190])) == sp_code[319:304]); // code_19
        assert((C[335:320] & ~(16'hffff >> sp_w[204:200])) == sp_code[335:320]); // code_20
        assert((C[351:336] & ~(16'hffff >> sp_w[214:210])) == sp_code[351:336]); // code_21
        assert((C[367:352] & ~(16'hffff >> sp_w[224:220])) == sp_code[367:352]); // code_22
        assert((C[383:368] & ~(16'hffff >> sp_w[234:230])) == sp_code[383:368]); // code_23
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

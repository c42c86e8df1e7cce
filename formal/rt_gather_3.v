// rt_gather_3.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Round-trip lemma: decompressor stage 2: each long word's unit from slot r_i joined to its short part, with the NOT undone, is the spec's word; words 24..31.
// Assumes: header_DH1, ranks, slots_SL1, shorts
// Proves:  decode_24, decode_25, decode_26, decode_27, decode_28, decode_29, decode_30, decode_31
`default_nettype none
module rt_gather_3 (
    input wire aclk,
    input wire [1023:0] D,
    input wire [32:0] DH1,
    input wire [223:0] R1,
    input wire [127:0] SL1,
    input wire [511:0] S1
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
    xnc_decompressor_cut dec (
        .aclk(aclk),
        .aresetn(1'b1),
        .s_axis_tvalid(1'b1),
        .s_axis_tlast(1'b0),
        .m_axis_tready(1'b1),
        .formal_s1_hdr_q(DH1[32:0]),
        .formal_s1_r4_0_q(R1[6:0]),
        .formal_s1_r4_1_q(R1[13:7]),
        .formal_s1_r4_2_q(R1[20:14]),
        .formal_s1_r4_3_q(R1[27:21]),
        .formal_s1_r4_4_q(R1[34:28]),
        .formal_s1_r4_5_q(R1[41:35]),
        .formal_s1_r4_6_q(R1[48:42]),
        .formal_s1_r4_7_q(R1[55:49]),
        .formal_s1_r4_8_q(R1[62:56]),
        .formal_s1_r4_9_q(R1[69:63]),
        .formal_s1_r4_10_q(R1[76:70]),
        .formal_s1_r4_11_q(R1[83:77]),
        .formal_s1_r4_12_q(R1[90:84]),
        .formal_s1_r4_13_q(R1[97:91]),
        .formal_s1_r4_14_q(R1[104:98]),
        .formal_s1_r4_15_q(R1[111:105]),
        .formal_s1_r4_16_q(R1[118:112]),
        .formal_s1_r4_17_q(R1[125:119]),
        .formal_s1_r4_18_q(R1[132:126]),
        .formal_s1_r4_19_q(R1[139:133]),
        .formal_s1_r4_20_q(R1[146:140]),
        .formal_s1_r4_21_q(R1[153:147]),
        .formal_s1_r4_22_q(R1[160:154]),
        .formal_s1_r4_23_q(R1[167:161]),
        .formal_s1_r4_24_q(R1[174:168]),
        .formal_s1_r4_25_q(R1[181:175]),
        .formal_s1_r4_26_q(R1[188:182]),
        .formal_s1_r4_27_q(R1[195:189]),
        .formal_s1_r4_28_q(R1[202:196]),
        .formal_s1_r4_29_q(R1[209:203]),
        .formal_s1_r4_30_q(R1[216:210]),
        .formal_s1_r4_31_q(R1[223:217]),
        .formal_s1_slot_q(SL1[127:0]),
        .formal_s1_s_0_q(S1[15:0]),
        .formal_s1_s_1_q(S1[31:16]),
        .formal_s1_s_2_q(S1[47:32]),
        .formal_s1_s_3_q(S1[63:48]),
        .formal_s1_s_4_q(S1[79:64]),
        .formal_s1_s_5_q(S1[95:80]),
        .formal_s1_s_6_q(S1[111:96]),
        .formal_s1_s_7_q(S1[127:112]),
        .formal_s1_s_8_q(S1[143:128]),
        .formal_s1_s_9_q(S1[159:144]),
        .formal_s1_s_10_q(S1[175:160]),
        .formal_s1_s_11_q(S1[191:176]),
        .formal_s1_s_12_q(S1[207:192]),
        .formal_s1_s_13_q(S1[223:208]),
        .formal_s1_s_14_q(S1[239:224]),
        .formal_s1_s_15_q(S1[255:240]),
        .formal_s1_s_16_q(S1[271:256]),
        .formal_s1_s_17_q(S1[287:272]),
        .formal_s1_s_18_q(S1[303:288]),
        .formal_s1_s_19_q(S1[319:304]),
        .formal_s1_s_20_q(S1[335:320]),
        .formal_s1_s_21_q(S1[351:336]),
        .formal_s1_s_22_q(S1[367:352]),
        .formal_s1_s_23_q(S1[383:368]),
        .formal_s1_s_24_q(S1[399:384]),
        .formal_s1_s_25_q(S1[415:400]),
        .formal_s1_s_26_q(S1[431:416]),
        .formal_s1_s_27_q(S1[447:432]),
        .formal_s1_s_28_q(S1[463:448]),
        .formal_s1_s_29_q(S1[479:464]),
        .formal_s1_s_30_q(S1[495:480]),
        .formal_s1_s_31_q(S1[511:496]),
        .formal_s2_w_0_d(Z[15:0]),
        .formal_s2_w_1_d(Z[31:16]),
        .formal_s2_w_2_d(Z[47:32]),
        .formal_s2_w_3_d(Z[63:48]),
        .formal_s2_w_4_d(Z[79:64]),
        .formal_s2_w_5_d(Z[95:80]),
        .formal_s2_w_6_d(Z[111:96]),
        .formal_s2_w_7_d(Z[127:112]),
        .formal_s2_w_8_d(Z[143:128]),
        .formal_s2_w_9_d(Z[159:144]),
        .formal_s2_w_10_d(Z[175:160]),
        .formal_s2_w_11_d(Z[191:176]),
        .formal_s2_w_12_d(Z[207:192]),
        .formal_s2_w_13_d(Z[223:208]),
        .formal_s2_w_14_d(Z[239:224]),
        .formal_s2_w_15_d(Z[255:240]),
        .formal_s2_w_16_d(Z[271:256]),
        .formal_s2_w_17_d(Z[287:272]),
        .formal_s2_w_18_d(Z[303:288]),
        .formal_s2_w_19_d(Z[319:304]),
        .formal_s2_w_20_d(Z[335:320]),
        .formal_s2_w_21_d(Z[351:336]),
        .formal_s2_w_22_d(Z[367:352]),
        .formal_s2_w_23_d(Z[383:368]),
        .formal_s2_w_24_d(Z[399:384]),
        .formal_s2_w_25_d(Z[415:400]),
        .formal_s2_w_26_d(Z[431:416]),
        .formal_s2_w_27_d(Z[447:432]),
        .formal_s2_w_28_d(Z[463:448]),
        .formal_s2_w_29_d(Z[479:464]),
        .formal_s2_w_30_d(Z[495:480]),
        .formal_s2_w_31_d(Z[511:496]),
        .s_axis_tdata(552'd0),
        .s_axis_tuser(10'd0)
    );
    always @(*) begin
        assume(DH1 == sp_hdr); // header_DH1
        assume(R1[6:0] == {sp_nlb[4:0], 2'b00} && R1[13:7] == {sp_nlb[10:6], 2'b00} && R1[20:14] == {sp_nlb[16:12], 2'b00} && R1[27:21] == {sp_nlb[22:18], 2'b00} && R1[34:28] == {sp_nlb[28:24], 2'b00} && R1[41:35] == {sp_nlb[34:30], 2'b00} && R1[48:42] == {sp_nlb[40:36], 2'b00} && R1[55:49] == {sp_nlb[46:42], 2'b00} && R1[62:56] == {sp_nlb[52:48], 2'b00} && R1[69:63] == {sp_nlb[58:54], 2'b00} && R1[76:70] == {sp_nlb[64:60], 2'b00} && R1[83:77] == {sp_nlb[70:66], 2'b00} && R1[90:84] == {sp_nlb[76:72], 2'b00} && R1[97:91] == {sp_nlb[82:78], 2'b00} && R1[104:98] == {sp_nlb[88:84], 2'b00} && R1[111:105] == {sp_nlb[94:90], 2'b00} && R1[118:112] == {sp_nlb[100:96], 2'b00} && R1[125:119] == {sp_nlb[106:102], 2'b00} && R1[132:126] == {sp_nlb[112:108], 2'b00} && R1[139:133] == {sp_nlb[118:114], 2'b00} && R1[146:140] == {sp_nlb[124:120], 2'b00} && R1[153:147] == {sp_nlb[130:126], 2'b00} && R1[160:154] == {sp_nlb[136:132], 2'b00} && R1[167:161] == {sp_nlb[142:138], 2'b00} && R1[174:168] == {sp_nlb[148:144], 2'b00} && R1[181:175] == {sp_nlb[154:150], 2'b00} && R1[188:182] == {sp_nlb[160:156], 2'b00} && R1[195:189] == {sp_nlb[166:162], 2'b00} && R1[202:196] == {sp_nlb[172:168], 2'b00} && R1[209:203] == {sp_nlb[178:174], 2'b00} && R1[216:210] == {sp_nlb[184:180], 2'b00} && R1[223:217] == {sp_nlb[190:186], 2'b00}); // ranks
        assume(SL1[127:124] == sp_slot[3:0] && SL1[123:120] == sp_slot[7:4] && SL1[119:116] == sp_slot[11:8] && SL1[115:112] == sp_slot[15:12] && SL1[111:108] == sp_slot[19:16] && SL1[107:104] == sp_slot[23:20] && SL1[103:100] == sp_slot[27:24] && SL1[99:96] == sp_slot[31:28] && SL1[95:92] == sp_slot[35:32] && SL1[91:88] == sp_slot[39:36] && SL1[87:84] == sp_slot[43:40] && SL1[83:80] == sp_slot[47:44] && SL1[79:76] == sp_slot[51:48] && SL1[75:72] == sp_slot[55:52] && SL1[71:68] == sp_slot[59:56] && SL1[67:64] == sp_slot[63:60] && SL1[63:60] == sp_slot[67:64] && SL1[59:56] == sp_slot[71:68] && SL1[55:52] == sp_slot[75:72] && SL1[51:48] == sp_slot[79:76] && SL1[47:44] == sp_slot[83:80] && SL1[43:40] == sp_slot[87:84] && SL1[39:36] == sp_slot[91:88] && SL1[35:32] == sp_slot[95:92] && SL1[31:28] == sp_slot[99:96] && SL1[27:24] == sp_slot[103:100] && SL1[23:20] == sp_slot[107:104] && SL1[19:16] == sp_slot[111:108] && SL1[15:12] == sp_slot[115:112] && SL1[11:8] == sp_slot[119:116] && SL1[7:4] == sp_slot[123:120] && SL1[3:0] == sp_slot[127:124]); // slots_SL1
        assume(S1 == sp_short); // shorts
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

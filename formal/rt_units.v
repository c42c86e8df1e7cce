// rt_units.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Round-trip lemma: compressor stage 2: selectors, the long words' extension units, their shift counts (prefix count of the short words), the number of long words.
// Assumes: flags
// Proves:  header_H2, words_W2, units, counts, longs_N2
`default_nettype none
module rt_units (
    input wire aclk,
    input wire [1023:0] D,
    input wire [31:0] OK,
    input wire [31:0] EQ5,
    input wire [0:0] F1
);
    wire [32:0] H2;
    wire [511:0] W2;
    wire [127:0] U2;
    wire [191:0] Z2;
    wire [5:0] N2;
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
    xnc_compressor_cut comp (
        .aclk(aclk),
        .aresetn(1'b1),
        .s_axis_tvalid(1'b1),
        .s_axis_tlast(1'b0),
        .m_axis_tready(1'b1),
        .formal_s1_d_0_q(D[31:0]),
        .formal_s1_d_1_q(D[63:32]),
        .formal_s1_d_2_q(D[95:64]),
        .formal_s1_d_3_q(D[127:96]),
        .formal_s1_d_4_q(D[159:128]),
        .formal_s1_d_5_q(D[191:160]),
        .formal_s1_d_6_q(D[223:192]),
        .formal_s1_d_7_q(D[255:224]),
        .formal_s1_d_8_q(D[287:256]),
        .formal_s1_d_9_q(D[319:288]),
        .formal_s1_d_10_q(D[351:320]),
        .formal_s1_d_11_q(D[383:352]),
        .formal_s1_d_12_q(D[415:384]),
        .formal_s1_d_13_q(D[447:416]),
        .formal_s1_d_14_q(D[479:448]),
        .formal_s1_d_15_q(D[511:480]),
        .formal_s1_d_16_q(D[543:512]),
        .formal_s1_d_17_q(D[575:544]),
        .formal_s1_d_18_q(D[607:576]),
        .formal_s1_d_19_q(D[639:608]),
        .formal_s1_d_20_q(D[671:640]),
        .formal_s1_d_21_q(D[703:672]),
        .formal_s1_d_22_q(D[735:704]),
        .formal_s1_d_23_q(D[767:736]),
        .formal_s1_d_24_q(D[799:768]),
        .formal_s1_d_25_q(D[831:800]),
        .formal_s1_d_26_q(D[863:832]),
        .formal_s1_d_27_q(D[895:864]),
        .formal_s1_d_28_q(D[927:896]),
        .formal_s1_d_29_q(D[959:928]),
        .formal_s1_d_30_q(D[991:960]),
        .formal_s1_d_31_q(D[1023:992]),
        .formal_s1_ok_q(OK[31:0]),
        .formal_s1_eq5_q(EQ5[31:0]),
        .formal_s1_flag_q(F1[0:0]),
        .formal_s2_sel_d(H2[31:0]),
        .formal_s2_flag_d(H2[32]),
        .formal_s2_d_0_d(W2[15:0]),
        .formal_s2_d_1_d(W2[31:16]),
        .formal_s2_d_2_d(W2[47:32]),
        .formal_s2_d_3_d(W2[63:48]),
        .formal_s2_d_4_d(W2[79:64]),
        .formal_s2_d_5_d(W2[95:80]),
        .formal_s2_d_6_d(W2[111:96]),
        .formal_s2_d_7_d(W2[127:112]),
        .formal_s2_d_8_d(W2[143:128]),
        .formal_s2_d_9_d(W2[159:144]),
        .formal_s2_d_10_d(W2[175:160]),
        .formal_s2_d_11_d(W2[191:176]),
        .formal_s2_d_12_d(W2[207:192]),
        .formal_s2_d_13_d(W2[223:208]),
        .formal_s2_d_14_d(W2[239:224]),
        .formal_s2_d_15_d(W2[255:240]),
        .formal_s2_d_16_d(W2[271:256]),
        .formal_s2_d_17_d(W2[287:272]),
        .formal_s2_d_18_d(W2[303:288]),
        .formal_s2_d_19_d(W2[319:304]),
        .formal_s2_d_20_d(W2[335:320]),
        .formal_s2_d_21_d(W2[351:336]),
        .formal_s2_d_22_d(W2[367:352]),
        .formal_s2_d_23_d(W2[383:368]),
        .formal_s2_d_24_d(W2[399:384]),
        .formal_s2_d_25_d(W2[415:400]),
        .formal_s2_d_26_d(W2[431:416]),
        .formal_s2_d_27_d(W2[447:432]),
        .formal_s2_d_28_d(W2[463:448]),
        .formal_s2_d_29_d(W2[479:464]),
        .formal_s2_d_30_d(W2[495:480]),
        .formal_s2_d_31_d(W2[511:496]),
        .formal_s2_u_0_d(U2[3:0]),
        .formal_s2_u_1_d(U2[7:4]),
        .formal_s2_u_2_d(U2[11:8]),
        .formal_s2_u_3_d(U2[15:12]),
        .formal_s2_u_4_d(U2[19:16]),
        .formal_s2_u_5_d(U2[23:20]),
        .formal_s2_u_6_d(U2[27:24]),
        .formal_s2_u_7_d(U2[31:28]),
        .formal_s2_u_8_d(U2[35:32]),
        .formal_s2_u_9_d(U2[39:36]),
        .formal_s2_u_10_d(U2[43:40]),
        .formal_s2_u_11_d(U2[47:44]),
        .formal_s2_u_12_d(U2[51:48]),
        .formal_s2_u_13_d(U2[55:52]),
        .formal_s2_u_14_d(U2[59:56]),
        .formal_s2_u_15_d(U2[63:60]),
        .formal_s2_u_16_d(U2[67:64]),
        .formal_s2_u_17_d(U2[71:68]),
        .formal_s2_u_18_d(U2[75:72]),
        .formal_s2_u_19_d(U2[79:76]),
        .formal_s2_u_20_d(U2[83:80]),
        .formal_s2_u_21_d(U2[87:84]),
        .formal_s2_u_22_d(U2[91:88]),
        .formal_s2_u_23_d(U2[95:92]),
        .formal_s2_u_24_d(U2[99:96]),
        .formal_s2_u_25_d(U2[103:100]),
        .formal_s2_u_26_d(U2[107:104]),
        .formal_s2_u_27_d(U2[111:108]),
        .formal_s2_u_28_d(U2[115:112]),
        .formal_s2_u_29_d(U2[119:116]),
        .formal_s2_u_30_d(U2[123:120]),
        .formal_s2_u_31_d(U2[127:124]),
        .formal_s2_z_0_d(Z2[5:0]),
        .formal_s2_z_1_d(Z2[11:6]),
        .formal_s2_z_2_d(Z2[17:12]),
        .formal_s2_z_3_d(Z2[23:18]),
        .formal_s2_z_4_d(Z2[29:24]),
        .formal_s2_z_5_d(Z2[35:30]),
        .formal_s2_z_6_d(Z2[41:36]),
        .formal_s2_z_7_d(Z2[47:42]),
        .formal_s2_z_8_d(Z2[53:48]),
        .formal_s2_z_9_d(Z2[59:54]),
        .formal_s2_z_10_d(Z2[65:60]),
        .formal_s2_z_11_d(Z2[71:66]),
        .formal_s2_z_12_d(Z2[77:72]),
        .formal_s2_z_13_d(Z2[83:78]),
        .formal_s2_z_14_d(Z2[89:84]),
        .formal_s2_z_15_d(Z2[95:90]),
        .formal_s2_z_16_d(Z2[101:96]),
        .formal_s2_z_17_d(Z2[107:102]),
        .formal_s2_z_18_d(Z2[113:108]),
        .formal_s2_z_19_d(Z2[119:114]),
        .formal_s2_z_20_d(Z2[125:120]),
        .formal_s2_z_21_d(Z2[131:126]),
        .formal_s2_z_22_d(Z2[137:132]),
        .formal_s2_z_23_d(Z2[143:138]),
        .formal_s2_z_24_d(Z2[149:144]),
        .formal_s2_z_25_d(Z2[155:150]),
        .formal_s2_z_26_d(Z2[161:156]),
        .formal_s2_z_27_d(Z2[167:162]),
        .formal_s2_z_28_d(Z2[173:168]),
        .formal_s2_z_29_d(Z2[179:174]),
        .formal_s2_z_30_d(Z2[185:180]),
        .formal_s2_z_31_d(Z2[191:186]),
        .formal_s2_nl_d(N2[5:0]),
        .s_axis_tdata(512'd0)
    );
    always @(*) begin
        assume(OK == sp_ok && EQ5 == sp_eq5 && F1 == sp_hdr[32] && D[31:16] == 16'd0 && D[63:48] == 16'd0 && D[95:80] == 16'd0 && D[127:112] == 16'd0 && D[159:144] == 16'd0 && D[191:176] == 16'd0 && D[223:208] == 16'd0 && D[255:240] == 16'd0 && D[287:272] == 16'd0 && D[319:304] == 16'd0 && D[351:336] == 16'd0 && D[383:368] == 16'd0 && D[415:400] == 16'd0 && D[447:432] == 16'd0 && D[479:464] == 16'd0 && D[511:496] == 16'd0 && D[543:528] == 16'd0 && D[575:560] == 16'd0 && D[607:592] == 16'd0 && D[639:624] == 16'd0 && D[671:656] == 16'd0 && D[703:688] == 16'd0 && D[735:720] == 16'd0 && D[767:752] == 16'd0 && D[799:784] == 16'd0 && D[831:816] == 16'd0 && D[863:848] == 16'd0 && D[895:880] == 16'd0 && D[927:912] == 16'd0 && D[959:944] == 16'd0 && D[991:976] == 16'd0 && D[1023:1008] == 16'd0); // flags
        assert(H2 == sp_hdr); // header_H2
        assert(W2[15:0] == D[15:0] && W2[31:16] == D[47:32] && W2[47:32] == D[79:64] && W2[63:48] == D[111:96] && W2[79:64] == D[143:128] && W2[95:80] == D[175:160] && W2[111:96] == D[207:192] && W2[127:112] == D[239:224] && W2[143:128] == D[271:256] && W2[159:144] == D[303:288] && W2[175:160] == D[335:320] && W2[191:176] == D[367:352] && W2[207:192] == D[399:384] && W2[223:208] == D[431:416] && W2[239:224] == D[463:448] && W2[255:240] == D[495:480] && W2[271:256] == D[527:512] && W2[287:272] == D[559:544] && W2[303:288] == D[591:576] && W2[319:304] == D[623:608] && W2[335:320] == D[655:640] && W2[351:336] == D[687:672] && W2[367:352] == D[719:704] && W2[383:368] == D[751:736] && W2[399:384] == D[783:768] && W2[415:400] == D[815:800] && W2[431:416] == D[847:832] && W2[447:432] == D[879:864] && W2[463:448] == D[911:896] && W2[479:464] == D[943:928] && W2[495:480] == D[975:960] && W2[511:496] == D[1007:992]); // words_W2
        assert(U2 == sp_unit); // units
        assert(Z2 == sp_zc); // counts
        assert(N2 == sp_nl); // longs_N2
    end
endmodule
`default_nettype wire

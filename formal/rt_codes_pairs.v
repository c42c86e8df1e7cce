// rt_codes_pairs.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Round-trip lemma: compressor stage 2: flag, selectors, code widths, codes, and pair merging.
// Assumes: flags
// Proves:  header_H2, pair_0, pair_1, pair_2, pair_3, pair_4, pair_5, pair_6, pair_7, pair_8, pair_9, pair_10, pair_11, pair_12, pair_13, pair_14, pair_15
`default_nettype none
module rt_codes_pairs (
    input wire aclk,
    input wire [1023:0] D,
    input wire [31:0] OK,
    input wire [31:0] EQ5
);
    wire [32:0] H2;
    wire [511:0] P;
    wire [159:0] PL;
    wire [31:0] sp_ok, sp_eq5;
    wire [32:0] sp_hdr;
    wire [319:0] sp_w;
    wire [159:0] sp_plen;
    wire [39:0] sp_olen;
    wire [511:0] sp_code, sp_und, sp_x, sp_pcat, sp_ocat;
    xnc_spec sp (.d(D), .ok(sp_ok), .eq5(sp_eq5), .hdr(sp_hdr), .w(sp_w), .code(sp_code), .und(sp_und), .x(sp_x), .pcat(sp_pcat), .plen(sp_plen), .ocat(sp_ocat), .olen(sp_olen));
    xnc_compressor comp (
        .aclk(aclk),
        .aresetn(1'b1),
        .s_axis_tvalid(1'b1),
        .s_axis_tlast(1'b0),
        .m_axis_tready(1'b1),
        .s1_d_0_q(D[31:0]),
        .s1_d_1_q(D[63:32]),
        .s1_d_2_q(D[95:64]),
        .s1_d_3_q(D[127:96]),
        .s1_d_4_q(D[159:128]),
        .s1_d_5_q(D[191:160]),
        .s1_d_6_q(D[223:192]),
        .s1_d_7_q(D[255:224]),
        .s1_d_8_q(D[287:256]),
        .s1_d_9_q(D[319:288]),
        .s1_d_10_q(D[351:320]),
        .s1_d_11_q(D[383:352]),
        .s1_d_12_q(D[415:384]),
        .s1_d_13_q(D[447:416]),
        .s1_d_14_q(D[479:448]),
        .s1_d_15_q(D[511:480]),
        .s1_d_16_q(D[543:512]),
        .s1_d_17_q(D[575:544]),
        .s1_d_18_q(D[607:576]),
        .s1_d_19_q(D[639:608]),
        .s1_d_20_q(D[671:640]),
        .s1_d_21_q(D[703:672]),
        .s1_d_22_q(D[735:704]),
        .s1_d_23_q(D[767:736]),
        .s1_d_24_q(D[799:768]),
        .s1_d_25_q(D[831:800]),
        .s1_d_26_q(D[863:832]),
        .s1_d_27_q(D[895:864]),
        .s1_d_28_q(D[927:896]),
        .s1_d_29_q(D[959:928]),
        .s1_d_30_q(D[991:960]),
        .s1_d_31_q(D[1023:992]),
        .s1_ok_q(OK[31:0]),
        .s1_eq5_q(EQ5[31:0]),
        .s2_sel_d(H2[31:0]),
        .s2_flag_d(H2[32]),
        .s2_p_0_d(P[31:0]),
        .s2_p_1_d(P[63:32]),
        .s2_p_2_d(P[95:64]),
        .s2_p_3_d(P[127:96]),
        .s2_p_4_d(P[159:128]),
        .s2_p_5_d(P[191:160]),
        .s2_p_6_d(P[223:192]),
        .s2_p_7_d(P[255:224]),
        .s2_p_8_d(P[287:256]),
        .s2_p_9_d(P[319:288]),
        .s2_p_10_d(P[351:320]),
        .s2_p_11_d(P[383:352]),
        .s2_p_12_d(P[415:384]),
        .s2_p_13_d(P[447:416]),
        .s2_p_14_d(P[479:448]),
        .s2_p_15_d(P[511:480]),
        .s2_pl_0_d(PL[9:0]),
        .s2_pl_1_d(PL[19:10]),
        .s2_pl_2_d(PL[29:20]),
        .s2_pl_3_d(PL[39:30]),
        .s2_pl_4_d(PL[49:40]),
        .s2_pl_5_d(PL[59:50]),
        .s2_pl_6_d(PL[69:60]),
        .s2_pl_7_d(PL[79:70]),
        .s2_pl_8_d(PL[89:80]),
        .s2_pl_9_d(PL[99:90]),
        .s2_pl_10_d(PL[109:100]),
        .s2_pl_11_d(PL[119:110]),
        .s2_pl_12_d(PL[129:120]),
        .s2_pl_13_d(PL[139:130]),
        .s2_pl_14_d(PL[149:140]),
        .s2_pl_15_d(PL[159:150]),
        .s_axis_tdata(512'd0)
    );
    always @(*) begin
        assume(OK == sp_ok && EQ5 == sp_eq5 && D[31:16] == 16'd0 && D[63:48] == 16'd0 && D[95:80] == 16'd0 && D[127:112] == 16'd0 && D[159:144] == 16'd0 && D[191:176] == 16'd0 && D[223:208] == 16'd0 && D[255:240] == 16'd0 && D[287:272] == 16'd0 && D[319:304] == 16'd0 && D[351:336] == 16'd0 && D[383:368] == 16'd0 && D[415:400] == 16'd0 && D[447:432] == 16'd0 && D[479:464] == 16'd0 && D[511:496] == 16'd0 && D[543:528] == 16'd0 && D[575:560] == 16'd0 && D[607:592] == 16'd0 && D[639:624] == 16'd0 && D[671:656] == 16'd0 && D[703:688] == 16'd0 && D[735:720] == 16'd0 && D[767:752] == 16'd0 && D[799:784] == 16'd0 && D[831:816] == 16'd0 && D[863:848] == 16'd0 && D[895:880] == 16'd0 && D[927:912] == 16'd0 && D[959:944] == 16'd0 && D[991:976] == 16'd0 && D[1023:1008] == 16'd0); // flags
        assert(H2 == sp_hdr); // header_H2
        assert(P[31:0] == sp_pcat[31:0] && PL[9:0] == sp_plen[9:0]); // pair_0
        assert(P[63:32] == sp_pcat[63:32] && PL[19:10] == sp_plen[19:10]); // pair_1
        assert(P[95:64] == sp_pcat[95:64] && PL[29:20] == sp_plen[29:20]); // pair_2
        assert(P[127:96] == sp_pcat[127:96] && PL[39:30] == sp_plen[39:30]); // pair_3
        assert(P[159:128] == sp_pcat[159:128] && PL[49:40] == sp_plen[49:40]); // pair_4
        assert(P[191:160] == sp_pcat[191:160] && PL[59:50] == sp_plen[59:50]); // pair_5
        assert(P[223:192] == sp_pcat[223:192] && PL[69:60] == sp_plen[69:60]); // pair_6
        assert(P[255:224] == sp_pcat[255:224] && PL[79:70] == sp_plen[79:70]); // pair_7
        assert(P[287:256] == sp_pcat[287:256] && PL[89:80] == sp_plen[89:80]); // pair_8
        assert(P[319:288] == sp_pcat[319:288] && PL[99:90] == sp_plen[99:90]); // pair_9
        assert(P[351:320] == sp_pcat[351:320] && PL[109:100] == sp_plen[109:100]); // pair_10
        assert(P[383:352] == sp_pcat[383:352] && PL[119:110] == sp_plen[119:110]); // pair_11
        assert(P[415:384] == sp_pcat[415:384] && PL[129:120] == sp_plen[129:120]); // pair_12
        assert(P[447:416] == sp_pcat[447:416] && PL[139:130] == sp_plen[139:130]); // pair_13
        assert(P[479:448] == sp_pcat[479:448] && PL[149:140] == sp_plen[149:140]); // pair_14
        assert(P[511:480] == sp_pcat[511:480] && PL[159:150] == sp_plen[159:150]); // pair_15
    end
endmodule
`default_nettype wire

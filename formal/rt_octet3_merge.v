// rt_octet3_merge.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Round-trip lemma: compressor stage 3: pairs -> quads -> octet 3, its length from the header.
// Assumes: header_H2, pair_12, pair_13, pair_14, pair_15
// Proves:  header_H3, octet_3, octet_len_3
`default_nettype none
module rt_octet3_merge (
    input wire aclk,
    input wire [1023:0] D,
    input wire [32:0] H2,
    input wire [511:0] P,
    input wire [159:0] PL
);
    wire [32:0] H3;
    wire [511:0] O;
    wire [39:0] OL;
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
        .s2_sel_q(H2[31:0]),
        .s2_flag_q(H2[32]),
        .s2_p_0_q(P[31:0]),
        .s2_p_1_q(P[63:32]),
        .s2_p_2_q(P[95:64]),
        .s2_p_3_q(P[127:96]),
        .s2_p_4_q(P[159:128]),
        .s2_p_5_q(P[191:160]),
        .s2_p_6_q(P[223:192]),
        .s2_p_7_q(P[255:224]),
        .s2_p_8_q(P[287:256]),
        .s2_p_9_q(P[319:288]),
        .s2_p_10_q(P[351:320]),
        .s2_p_11_q(P[383:352]),
        .s2_p_12_q(P[415:384]),
        .s2_p_13_q(P[447:416]),
        .s2_p_14_q(P[479:448]),
        .s2_p_15_q(P[511:480]),
        .s2_pl_0_q(PL[9:0]),
        .s2_pl_1_q(PL[19:10]),
        .s2_pl_2_q(PL[29:20]),
        .s2_pl_3_q(PL[39:30]),
        .s2_pl_4_q(PL[49:40]),
        .s2_pl_5_q(PL[59:50]),
        .s2_pl_6_q(PL[69:60]),
        .s2_pl_7_q(PL[79:70]),
        .s2_pl_8_q(PL[89:80]),
        .s2_pl_9_q(PL[99:90]),
        .s2_pl_10_q(PL[109:100]),
        .s2_pl_11_q(PL[119:110]),
        .s2_pl_12_q(PL[129:120]),
        .s2_pl_13_q(PL[139:130]),
        .s2_pl_14_q(PL[149:140]),
        .s2_pl_15_q(PL[159:150]),
        .s3_sel_d(H3[31:0]),
        .s3_flag_d(H3[32]),
        .s3_o_0_d(O[127:0]),
        .s3_o_1_d(O[255:128]),
        .s3_o_2_d(O[383:256]),
        .s3_o_3_d(O[511:384]),
        .s3_ol_0_d(OL[9:0]),
        .s3_ol_1_d(OL[19:10]),
        .s3_ol_2_d(OL[29:20]),
        .s3_ol_3_d(OL[39:30]),
        .s_axis_tdata(512'd0)
    );
    always @(*) begin
        assume(H2 == sp_hdr); // header_H2
        assume(P[415:384] == sp_pcat[415:384] && PL[129:120] == sp_plen[129:120]); // pair_12
        assume(P[447:416] == sp_pcat[447:416] && PL[139:130] == sp_plen[139:130]); // pair_13
        assume(P[479:448] == sp_pcat[479:448] && PL[149:140] == sp_plen[149:140]); // pair_14
        assume(P[511:480] == sp_pcat[511:480] && PL[159:150] == sp_plen[159:150]); // pair_15
        assert(H3 == sp_hdr); // header_H3
        assert(O[511:384] == sp_ocat[511:384] && OL[39:30] == sp_olen[39:30]); // octet_3
        assert(OL[39:30] == (H3[32] ? (H3[7] ? 10'd9 : 10'd12) : (H3[7] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[6] ? 10'd9 : 10'd12) : (H3[6] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[5] ? 10'd9 : 10'd12) : (H3[5] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[4] ? 10'd9 : 10'd12) : (H3[4] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[3] ? 10'd9 : 10'd12) : (H3[3] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[2] ? 10'd9 : 10'd12) : (H3[2] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[1] ? 10'd9 : 10'd12) : (H3[1] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[0] ? 10'd9 : 10'd12) : (H3[0] ? 10'd12 : 10'd16)) && (O[511:384] & ~({128{1'b1}} << (10'd128 - OL[39:30]))) == 128'd0); // octet_len_3
    end
endmodule
`default_nettype wire

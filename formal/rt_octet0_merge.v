// rt_octet0_merge.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Round-trip lemma: compressor stage 3: pairs -> quads -> octet 0, its length from the header.
// Assumes: header_H2, pair_0, pair_1, pair_2, pair_3
// Proves:  header_H3, octet_0, octet_len_0
`default_nettype none
module rt_octet0_merge (
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
        assume(P[31:0] == sp_pcat[31:0] && PL[9:0] == sp_plen[9:0]); // pair_0
        assume(P[63:32] == sp_pcat[63:32] && PL[19:10] == sp_plen[19:10]); // pair_1
        assume(P[95:64] == sp_pcat[95:64] && PL[29:20] == sp_plen[29:20]); // pair_2
        assume(P[127:96] == sp_pcat[127:96] && PL[39:30] == sp_plen[39:30]); // pair_3
        assert(H3 == sp_hdr); // header_H3
        assert(O[127:0] == sp_ocat[127:0] && OL[9:0] == sp_olen[9:0]); // octet_0
        assert(OL[9:0] == (H3[32] ? (H3[31] ? 10'd9 : 10'd12) : (H3[31] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[30] ? 10'd9 : 10'd12) : (H3[30] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[29] ? 10'd9 : 10'd12) : (H3[29] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[28] ? 10'd9 : 10'd12) : (H3[28] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[27] ? 10'd9 : 10'd12) : (H3[27] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[26] ? 10'd9 : 10'd12) : (H3[26] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[25] ? 10'd9 : 10'd12) : (H3[25] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[24] ? 10'd9 : 10'd12) : (H3[24] ? 10'd12 : 10'd16)) && (O[127:0] & ~({128{1'b1}} << (10'd128 - OL[9:0]))) == 128'd0); // octet_len_0
    end
endmodule
`default_nettype wire

// rt_record_pack.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Round-trip lemma: compressor stage 4: the record is the spec's (header, short parts at fixed places, units in word order, zeros after), its length the spec's.
// Assumes: header_H3, words_W3, slots_E3, longs_N3
// Proves:  record, length
`default_nettype none
module rt_record_pack (
    input wire aclk,
    input wire [1023:0] D,
    input wire [32:0] H3,
    input wire [511:0] W3,
    input wire [127:0] E3,
    input wire [5:0] N3
);
    wire [544:0] REC;
    wire [9:0] LEN;
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
        .formal_s3_sel_q(H3[31:0]),
        .formal_s3_flag_q(H3[32]),
        .formal_s3_d_0_q(W3[15:0]),
        .formal_s3_d_1_q(W3[31:16]),
        .formal_s3_d_2_q(W3[47:32]),
        .formal_s3_d_3_q(W3[63:48]),
        .formal_s3_d_4_q(W3[79:64]),
        .formal_s3_d_5_q(W3[95:80]),
        .formal_s3_d_6_q(W3[111:96]),
        .formal_s3_d_7_q(W3[127:112]),
        .formal_s3_d_8_q(W3[143:128]),
        .formal_s3_d_9_q(W3[159:144]),
        .formal_s3_d_10_q(W3[175:160]),
        .formal_s3_d_11_q(W3[191:176]),
        .formal_s3_d_12_q(W3[207:192]),
        .formal_s3_d_13_q(W3[223:208]),
        .formal_s3_d_14_q(W3[239:224]),
        .formal_s3_d_15_q(W3[255:240]),
        .formal_s3_d_16_q(W3[271:256]),
        .formal_s3_d_17_q(W3[287:272]),
        .formal_s3_d_18_q(W3[303:288]),
        .formal_s3_d_19_q(W3[319:304]),
        .formal_s3_d_20_q(W3[335:320]),
        .formal_s3_d_21_q(W3[351:336]),
        .formal_s3_d_22_q(W3[367:352]),
        .formal_s3_d_23_q(W3[383:368]),
        .formal_s3_d_24_q(W3[399:384]),
        .formal_s3_d_25_q(W3[415:400]),
        .formal_s3_d_26_q(W3[431:416]),
        .formal_s3_d_27_q(W3[447:432]),
        .formal_s3_d_28_q(W3[463:448]),
        .formal_s3_d_29_q(W3[479:464]),
        .formal_s3_d_30_q(W3[495:480]),
        .formal_s3_d_31_q(W3[511:496]),
        .formal_s3_e_0_q(E3[3:0]),
        .formal_s3_e_1_q(E3[7:4]),
        .formal_s3_e_2_q(E3[11:8]),
        .formal_s3_e_3_q(E3[15:12]),
        .formal_s3_e_4_q(E3[19:16]),
        .formal_s3_e_5_q(E3[23:20]),
        .formal_s3_e_6_q(E3[27:24]),
        .formal_s3_e_7_q(E3[31:28]),
        .formal_s3_e_8_q(E3[35:32]),
        .formal_s3_e_9_q(E3[39:36]),
        .formal_s3_e_10_q(E3[43:40]),
        .formal_s3_e_11_q(E3[47:44]),
        .formal_s3_e_12_q(E3[51:48]),
        .formal_s3_e_13_q(E3[55:52]),
        .formal_s3_e_14_q(E3[59:56]),
        .formal_s3_e_15_q(E3[63:60]),
        .formal_s3_e_16_q(E3[67:64]),
        .formal_s3_e_17_q(E3[71:68]),
        .formal_s3_e_18_q(E3[75:72]),
        .formal_s3_e_19_q(E3[79:76]),
        .formal_s3_e_20_q(E3[83:80]),
        .formal_s3_e_21_q(E3[87:84]),
        .formal_s3_e_22_q(E3[91:88]),
        .formal_s3_e_23_q(E3[95:92]),
        .formal_s3_e_24_q(E3[99:96]),
        .formal_s3_e_25_q(E3[103:100]),
        .formal_s3_e_26_q(E3[107:104]),
        .formal_s3_e_27_q(E3[111:108]),
        .formal_s3_e_28_q(E3[115:112]),
        .formal_s3_e_29_q(E3[119:116]),
        .formal_s3_e_30_q(E3[123:120]),
        .formal_s3_e_31_q(E3[127:124]),
        .formal_s3_nl_q(N3[5:0]),
        .formal_s4_rec_d(REC[544:0]),
        .formal_s4_len_d(LEN[9:0]),
        .s_axis_tdata(512'd0)
    );
    always @(*) begin
        assume(H3 == sp_hdr); // header_H3
        assume(W3[15:0] == D[15:0] && W3[31:16] == D[47:32] && W3[47:32] == D[79:64] && W3[63:48] == D[111:96] && W3[79:64] == D[143:128] && W3[95:80] == D[175:160] && W3[111:96] == D[207:192] && W3[127:112] == D[239:224] && W3[143:128] == D[271:256] && W3[159:144] == D[303:288] && W3[175:160] == D[335:320] && W3[191:176] == D[367:352] && W3[207:192] == D[399:384] && W3[223:208] == D[431:416] && W3[239:224] == D[463:448] && W3[255:240] == D[495:480] && W3[271:256] == D[527:512] && W3[287:272] == D[559:544] && W3[303:288] == D[591:576] && W3[319:304] == D[623:608] && W3[335:320] == D[655:640] && W3[351:336] == D[687:672] && W3[367:352] == D[719:704] && W3[383:368] == D[751:736] && W3[399:384] == D[783:768] && W3[415:400] == D[815:800] && W3[431:416] == D[847:832] && W3[447:432] == D[879:864] && W3[463:448] == D[911:896] && W3[479:464] == D[943:928] && W3[495:480] == D[975:960] && W3[511:496] == D[1007:992]); // words_W3
        assume(E3 == sp_slot); // slots_E3
        assume(N3 == sp_nl); // longs_N3
        assert(REC == sp_rec); // record
        assert(LEN == sp_len); // length
    end
endmodule
`default_nettype wire

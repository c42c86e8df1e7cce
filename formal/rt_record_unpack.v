// rt_record_unpack.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Round-trip lemma: decompressor stage 1: every octet cut out of the record agrees with the compressor's on its length; header copied.
// Assumes: header_H3, record, octet_len_0, octet_len_1, octet_len_2, octet_len_3
// Proves:  header_DH1, octet_match_0, octet_match_1, octet_match_2, octet_match_3
`default_nettype none
module rt_record_unpack (
    input wire aclk,
    input wire [1023:0] D,
    input wire [32:0] H3,
    input wire [511:0] O,
    input wire [39:0] OL,
    input wire [544:0] REC
);
    wire [32:0] DH1;
    wire [511:0] DO;
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
        .s_axis_tdata({REC, 7'd0}),
        .s_axis_tuser(10'd0),
        .s1_hdr_d(DH1[32:0]),
        .s1_o_0_d(DO[127:0]),
        .s1_o_1_d(DO[255:128]),
        .s1_o_2_d(DO[383:256]),
        .s1_o_3_d(DO[511:384])
    );
    always @(*) begin
        assume(H3 == sp_hdr); // header_H3
        assume(REC[544:512] == H3 && REC[511:0] == ({({O[127:0], 128'd0} | ({O[255:128], 128'd0} >> OL[9:0])), 256'd0} | ({({O[383:256], 128'd0} | ({O[511:384], 128'd0} >> OL[29:20])), 256'd0} >> (OL[9:0] + OL[19:10])))); // record
        assume(OL[9:0] == (H3[32] ? (H3[31] ? 10'd9 : 10'd12) : (H3[31] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[30] ? 10'd9 : 10'd12) : (H3[30] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[29] ? 10'd9 : 10'd12) : (H3[29] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[28] ? 10'd9 : 10'd12) : (H3[28] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[27] ? 10'd9 : 10'd12) : (H3[27] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[26] ? 10'd9 : 10'd12) : (H3[26] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[25] ? 10'd9 : 10'd12) : (H3[25] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[24] ? 10'd9 : 10'd12) : (H3[24] ? 10'd12 : 10'd16)) && (O[127:0] & ~({128{1'b1}} << (10'd128 - OL[9:0]))) == 128'd0); // octet_len_0
        assume(OL[19:10] == (H3[32] ? (H3[23] ? 10'd9 : 10'd12) : (H3[23] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[22] ? 10'd9 : 10'd12) : (H3[22] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[21] ? 10'd9 : 10'd12) : (H3[21] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[20] ? 10'd9 : 10'd12) : (H3[20] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[19] ? 10'd9 : 10'd12) : (H3[19] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[18] ? 10'd9 : 10'd12) : (H3[18] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[17] ? 10'd9 : 10'd12) : (H3[17] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[16] ? 10'd9 : 10'd12) : (H3[16] ? 10'd12 : 10'd16)) && (O[255:128] & ~({128{1'b1}} << (10'd128 - OL[19:10]))) == 128'd0); // octet_len_1
        assume(OL[29:20] == (H3[32] ? (H3[15] ? 10'd9 : 10'd12) : (H3[15] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[14] ? 10'd9 : 10'd12) : (H3[14] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[13] ? 10'd9 : 10'd12) : (H3[13] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[12] ? 10'd9 : 10'd12) : (H3[12] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[11] ? 10'd9 : 10'd12) : (H3[11] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[10] ? 10'd9 : 10'd12) : (H3[10] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[9] ? 10'd9 : 10'd12) : (H3[9] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[8] ? 10'd9 : 10'd12) : (H3[8] ? 10'd12 : 10'd16)) && (O[383:256] & ~({128{1'b1}} << (10'd128 - OL[29:20]))) == 128'd0); // octet_len_2
        assume(OL[39:30] == (H3[32] ? (H3[7] ? 10'd9 : 10'd12) : (H3[7] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[6] ? 10'd9 : 10'd12) : (H3[6] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[5] ? 10'd9 : 10'd12) : (H3[5] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[4] ? 10'd9 : 10'd12) : (H3[4] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[3] ? 10'd9 : 10'd12) : (H3[3] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[2] ? 10'd9 : 10'd12) : (H3[2] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[1] ? 10'd9 : 10'd12) : (H3[1] ? 10'd12 : 10'd16)) + (H3[32] ? (H3[0] ? 10'd9 : 10'd12) : (H3[0] ? 10'd12 : 10'd16)) && (O[511:384] & ~({128{1'b1}} << (10'd128 - OL[39:30]))) == 128'd0); // octet_len_3
        assert(DH1 == sp_hdr); // header_DH1
        assert((DO[127:0] & ({128{1'b1}} << (10'd128 - OL[9:0]))) == O[127:0]); // octet_match_0
        assert((DO[255:128] & ({128{1'b1}} << (10'd128 - OL[19:10]))) == O[255:128]); // octet_match_1
        assert((DO[383:256] & ({128{1'b1}} << (10'd128 - OL[29:20]))) == O[383:256]); // octet_match_2
        assert((DO[511:384] & ({128{1'b1}} << (10'd128 - OL[39:30]))) == O[511:384]); // octet_match_3
    end
endmodule
`default_nettype wire

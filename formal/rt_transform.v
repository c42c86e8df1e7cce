// rt_transform.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Round-trip lemma: compressor stage 1: XOR with the previous word and the NOT are inverted by the spec's inverse NOT and prefix XOR; ok/eq5 bits, the flag F.
// Assumes: 
// Proves:  transform, flags
`default_nettype none
module rt_transform (
    input wire aclk,
    input wire [511:0] X
);
    wire [1023:0] D;
    wire [31:0] OK;
    wire [31:0] EQ5;
    wire [0:0] F1;
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
        .s_axis_tdata(X),
        .formal_s1_d_0_d(D[31:0]),
        .formal_s1_d_1_d(D[63:32]),
        .formal_s1_d_2_d(D[95:64]),
        .formal_s1_d_3_d(D[127:96]),
        .formal_s1_d_4_d(D[159:128]),
        .formal_s1_d_5_d(D[191:160]),
        .formal_s1_d_6_d(D[223:192]),
        .formal_s1_d_7_d(D[255:224]),
        .formal_s1_d_8_d(D[287:256]),
        .formal_s1_d_9_d(D[319:288]),
        .formal_s1_d_10_d(D[351:320]),
        .formal_s1_d_11_d(D[383:352]),
        .formal_s1_d_12_d(D[415:384]),
        .formal_s1_d_13_d(D[447:416]),
        .formal_s1_d_14_d(D[479:448]),
        .formal_s1_d_15_d(D[511:480]),
        .formal_s1_d_16_d(D[543:512]),
        .formal_s1_d_17_d(D[575:544]),
        .formal_s1_d_18_d(D[607:576]),
        .formal_s1_d_19_d(D[639:608]),
        .formal_s1_d_20_d(D[671:640]),
        .formal_s1_d_21_d(D[703:672]),
        .formal_s1_d_22_d(D[735:704]),
        .formal_s1_d_23_d(D[767:736]),
        .formal_s1_d_24_d(D[799:768]),
        .formal_s1_d_25_d(D[831:800]),
        .formal_s1_d_26_d(D[863:832]),
        .formal_s1_d_27_d(D[895:864]),
        .formal_s1_d_28_d(D[927:896]),
        .formal_s1_d_29_d(D[959:928]),
        .formal_s1_d_30_d(D[991:960]),
        .formal_s1_d_31_d(D[1023:992]),
        .formal_s1_ok_d(OK[31:0]),
        .formal_s1_eq5_d(EQ5[31:0]),
        .formal_s1_flag_d(F1[0:0])
    );
    always @(*) begin
        assert(X == sp_x); // transform
        assert(OK == sp_ok && EQ5 == sp_eq5 && F1 == sp_hdr[32] && D[31:16] == 16'd0 && D[63:48] == 16'd0 && D[95:80] == 16'd0 && D[127:112] == 16'd0 && D[159:144] == 16'd0 && D[191:176] == 16'd0 && D[223:208] == 16'd0 && D[255:240] == 16'd0 && D[287:272] == 16'd0 && D[319:304] == 16'd0 && D[351:336] == 16'd0 && D[383:368] == 16'd0 && D[415:400] == 16'd0 && D[447:432] == 16'd0 && D[479:464] == 16'd0 && D[511:496] == 16'd0 && D[543:528] == 16'd0 && D[575:560] == 16'd0 && D[607:592] == 16'd0 && D[639:624] == 16'd0 && D[671:656] == 16'd0 && D[703:688] == 16'd0 && D[735:720] == 16'd0 && D[767:752] == 16'd0 && D[799:784] == 16'd0 && D[831:816] == 16'd0 && D[863:848] == 16'd0 && D[895:880] == 16'd0 && D[927:912] == 16'd0 && D[959:944] == 16'd0 && D[991:976] == 16'd0 && D[1023:1008] == 16'd0); // flags
    end
endmodule
`default_nettype wire

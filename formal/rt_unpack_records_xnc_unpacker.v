// rt_unpack_records_xnc_unpacker.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Unpacker lemma: the unpacker's records tile the stream of its words from each block's start, zeros after each record's end (from the layers at one record out: the ports are the output register, its bits the stream's below its length, zero from it on).
// Assumes: stage, output
// Proves:  records
`default_nettype none
// the layers' invariants over one state, for the chosen bit f_pos of block f_blk and the record
// bit f_z: the texts of rt_unpack_stage_xnc_unpacker (cinv) and rt_unpack_out_xnc_unpacker (oinv)
module rt_unpack_records_xnc_unpacker_at (
    input wire [3:0] f_blk,
    input wire [15:0] f_pos,
    input wire [9:0] f_z,
    input wire [11:0] rd,
    input wire [7:0] tail,
    input wire full,
    input wire half,
    input wire off0,
    input wire [9:0] len,
    input wire [433:0] hi,
    input wire [111:0] lo,
    input wire out_valid,
    input wire [9:0] out_len,
    input wire [544:0] out,
    input wire out_last,
    input wire last,
    input wire [19:0] o,
    input wire v0,
    input wire v1,
    input wire v2,
    input wire v3,
    input wire l0,
    input wire l1,
    input wire l2,
    input wire l3,
    input wire [19:0] p0,
    input wire fe_v,
    input wire [15:0] fe_p,
    input wire [32:0] oh,
    input wire fh,
    input wire fv,
    output wire [3:0] c,
    output wire [6:0] z
);
    // the word after the one at {block, position} bp (position 0 of the next block after a word with tlast)
    function [19:0] nxt(input [19:0] bp, input l);
        nxt = l ? {bp[19:16] + 4'd1, 16'd0} : {bp[19:16], bp[15:0] + 16'd512};
    endfunction
    // the position `len` bits after bp (position 0 of the next block after a record with tlast)
    function [19:0] after(input [19:0] bp, input l, input [9:0] len);
        after = l ? {bp[19:16] + 4'd1, 16'd0} : {bp[19:16], bp[15:0] + {6'd0, len}};
    endfunction
    function [9:0] f_hlen(input [32:0] h);
        reg [9:0] c [0:62];
        integer i;
        begin
            for (i = 0; i < 32; i = i + 1) c[i] = {9'd0, h[31 - i]};
            for (i = 0; i < 31; i = i + 1) c[32 + i] = c[2 * i] + c[2 * i + 1];
            f_hlen = h[32] ? 10'd417 - (c[62] + (c[62] << 1)) : 10'd545 - (c[62] << 2);
        end
    endfunction
    // content: stage A's record (from a, the position after the output register's) and the
    // output register's (from o) hold the chosen bit where they cover it; off0, the last 2:1
    // shift stage's offset bit: rd_off = rd_q mod W, the start's parity at a second part; tail: the bits after len
    function [3:0] cinv(input [11:0] rd, input [7:0] tail, input full, input half, input off0, input [9:0] len,
        input [433:0] hi, input [111:0] lo, input out_valid, input [9:0] out_len, input [544:0] out,
        input [19:0] a, input [19:0] o, input fh, input fv);
        reg [15:0] ja, jo;
        reg [10:0] jb;
        begin
            ja = f_pos - a[15:0];
            jb = ja[10:0] + {10'd0, off0};
            cinv[0] = !(full && a[19:16] == f_blk && ja < {6'd0, len}) || (jb < 11'd434 ? (fh && hi[11'd433 - jb] == fv)
                : (half || (fh && lo[11'd111 - (jb - 11'd434)] == fv)));
            jo = f_pos - o[15:0];
            cinv[1] = !(out_valid && o[19:16] == f_blk && jo < {6'd0, out_len}) || (fh && out[10'd544 - jo[9:0]] == fv);
            cinv[2] = !half || off0 == rd[0];
            cinv[3] = !full || tail == (10'd545 - len);
        end
    endfunction
    function [19:0] astart(input out_valid, input out_last, input [9:0] out_len, input [19:0] o);
        astart = out_valid ? after(o, out_last, out_len) : o;
    endfunction
    // I over one state: o the output side's position, a stage A's start; fv, fp the chosen
    // block's end
    function [6:0] oinv(input out_valid, input out_last, input [9:0] out_len, input [544:0] out,
        input full, input last, input [9:0] len, input [19:0] o, input [19:0] a, input v0, input v1, input v2, input v3, input l0, input l1, input l2, input l3,
        input [19:0] p0, input fv, input [15:0] fp, input [32:0] h, input fh, input fval);
        reg [19:0] p [0:4];
        reg [15:0] e, left, jh;
        begin
            e = o[15:0] + {6'd0, out_len};
            left = fp - e;
            jh = f_pos - e;
            p[0] = p0;
            p[1] = v0 ? nxt(p[0], l0) : p[0];
            p[2] = v1 ? nxt(p[1], l1) : p[1];
            p[3] = v2 ? nxt(p[2], l2) : p[2];
            p[4] = v3 ? nxt(p[3], l3) : p[3];
            // zeros after tuser (the record bit f_z)
            oinv[0] = !(out_valid && f_z >= out_len && f_z < 10'd545) || !out[10'd544 - f_z];
            // no tlast: the block's next record is in stage A (the positions: from where this one ends)
            oinv[1] = !out_valid || out_last || full;
            // tlast: the block's last word is in and the record ends less than a word before its end
            oinv[2] = !(out_valid && out_last && o[19:16] == f_blk)
                || (fv && fp - (o[15:0] + {6'd0, out_len}) < 16'd512);
            // stage A's block's last record ends at the block's end
            oinv[3] = !(full && last && a[19:16] == f_blk) || (fv && fp == a[15:0] + {6'd0, len});
            // a valid slot holding the chosen block's last word ends at the block's end
            oinv[4] = (!(v0 && l0 && p[0][19:16] == f_blk) || (fv && fp == p[0][15:0] + 16'd512))
                && (!(v1 && l1 && p[1][19:16] == f_blk) || (fv && fp == p[1][15:0] + 16'd512))
                && (!(v2 && l2 && p[2][19:16] == f_blk) || (fv && fp == p[2][15:0] + 16'd512))
                && (!(v3 && l3 && p[3][19:16] == f_blk) || (fv && fp == p[3][15:0] + 16'd512));
            // tlast before the block's end (a pad): the header after the record announces more than is left,
            oinv[5] = !(out_valid && out_last && o[19:16] == f_blk && fv && left != 16'd0) || {6'd0, f_hlen(h)} > left;
            // and it holds the block's bits after the record (the chosen bit where it covers one)
            oinv[6] = !(out_valid && out_last && o[19:16] == f_blk && fv && jh < 16'd33 && jh < left)
                || (fh && h[6'd32 - jh[5:0]] == fval);
        end
    endfunction
    wire [19:0] a = astart(out_valid, out_last, out_len, o);
    assign c = cinv(rd, tail, full, half, off0, len, hi, lo, out_valid, out_len, out, a, o, fh, fv);
    assign z = oinv(out_valid, out_last, out_len, out, full, last, len, o, a, v0, v1, v2, v3, l0, l1, l2, l3, p0, fe_v, fe_p, oh, fh, fv);
endmodule
// one record out: the unpacker's state (the layers' registers and the wrapper's record), one
// chosen-bit tracker per record bit (fh[b], fv[b]: bit o + (544 - b) of the block's stream)
module rt_unpack_records_xnc_unpacker (
    input wire aclk,
    input wire [11:0] rd,
    input wire [7:0] tail,
    input wire full,
    input wire half,
    input wire off0,
    input wire [9:0] len,
    input wire [433:0] hi,
    input wire [111:0] lo,
    input wire out_valid,
    input wire [9:0] out_len,
    input wire [544:0] out,
    input wire out_last,
    input wire last,
    input wire [19:0] o,
    input wire v0,
    input wire v1,
    input wire v2,
    input wire v3,
    input wire l0,
    input wire l1,
    input wire l2,
    input wire l3,
    input wire [19:0] p0,
    input wire fe_v,
    input wire [15:0] fe_p,
    input wire [32:0] oh,
    input wire [544:0] fh,
    input wire [544:0] fv,
    input wire [551:0] tdata,
    input wire [9:0] tuser
);
    // the stream's bits from the record's position (the output side's: the sum of the block's
    // tuser before it), as the trackers hold them
    wire [544:0] seg = fv;
    wire [544:0] c1, z0;
    genvar i;
    generate
        for (i = 0; i < 545; i = i + 1) begin : at
            localparam [15:0] I = i;
            wire [3:0] c;
            wire [6:0] z;
            rt_unpack_records_xnc_unpacker_at f (.f_blk(o[19:16]), .f_pos(o[15:0] + I), .f_z(I[9:0]), .rd(rd), .tail(tail), .full(full), .half(half), .off0(off0), .len(len), .hi(hi), .lo(lo), .out_valid(out_valid), .out_len(out_len), .out(out), .out_last(out_last), .last(last), .o(o), .v0(v0), .v1(v1), .v2(v2), .v3(v3), .l0(l0), .l1(l1), .l2(l2), .l3(l3), .p0(p0), .fe_v(fe_v), .fe_p(fe_p), .oh(oh),
                .fh(fh[544 - i]), .fv(fv[544 - i]), .c(c), .z(z));
            assign c1[544 - i] = c[1];
            assign z0[544 - i] = z[0];
        end
    endgenerate
    always @(*) begin
        // a record out: the output register is valid (rtl: m_axis_tvalid = out_valid_q & aresetn)
        assume(out_valid);
        // output (rt_unpack_out_*): the ports are the output register
        assume(tdata == {out, 7'd0} && tuser == out_len);
        // output (rt_unpack_out_*, oinv conjunct 0) at every record bit f_z: zeros from tuser on
        assume(&z0);
        // stage (rt_unpack_stage_*, cinv conjunct 1) at every chosen bit o + i: the output
        // register holds the stream's bit there, below its length
        assume(&c1);
        // records (guaranteed), in the composition's form: the record out is the stream from its
        // position for its length, zeros after
        assert(tuser <= 10'd0 || (fh[544] && seg[544] == tdata[551]));
        assert(tuser <= 10'd1 || (fh[543] && seg[543] == tdata[550]));
        assert(tuser <= 10'd2 || (fh[542] && seg[542] == tdata[549]));
        assert(tuser <= 10'd3 || (fh[541] && seg[541] == tdata[548]));
        assert(tuser <= 10'd4 || (fh[540] && seg[540] == tdata[547]));
        assert(tuser <= 10'd5 || (fh[539] && seg[539] == tdata[546]));
        assert(tuser <= 10'd6 || (fh[538] && seg[538] == tdata[545]));
        assert(tuser <= 10'd7 || (fh[537] && seg[537] == tdata[544]));
        assert(tuser <= 10'd8 || (fh[536] && seg[536] == tdata[543]));
        assert(tuser <= 10'd9 || (fh[535] && seg[535] == tdata[542]));
        assert(tuser <= 10'd10 || (fh[534] && seg[534] == tdata[541]));
        assert(tuser <= 10'd11 || (fh[533] && seg[533] == tdata[540]));
        assert(tuser <= 10'd12 || (fh[532] && seg[532] == tdata[539]));
        assert(tuser <= 10'd13 || (fh[531] && seg[531] == tdata[538]));
        assert(tuser <= 10'd14 || (fh[530] && seg[530] == tdata[537]));
        assert(tuser <= 10'd15 || (fh[529] && seg[529] == tdata[536]));
        assert(tuser <= 10'd16 || (fh[528] && seg[528] == tdata[535]));
        assert(tuser <= 10'd17 || (fh[527] && seg[527] == tdata[534]));
        assert(tuser <= 10'd18 || (fh[526] && seg[526] == tdata[533]));
        assert(tuser <= 10'd19 || (fh[525] && seg[525] == tdata[532]));
        assert(tuser <= 10'd20 || (fh[524] && seg[524] == tdata[531]));
        assert(tuser <= 10'd21 || (fh[523] && seg[523] == tdata[530]));
        assert(tuser <= 10'd22 || (fh[522] && seg[522] == tdata[529]));
        assert(tuser <= 10'd23 || (fh[521] && seg[521] == tdata[528]));
        assert(tuser <= 10'd24 || (fh[520] && seg[520] == tdata[527]));
        assert(tuser <= 10'd25 || (fh[519] && seg[519] == tdata[526]));
        assert(tuser <= 10'd26 || (fh[518] && seg[518] == tdata[525]));
        assert(tuser <= 10'd27 || (fh[517] && seg[517] == tdata[524]));
        assert(tuser <= 10'd28 || (fh[516] && seg[516] == tdata[523]));
        assert(tuser <= 10'd29 || (fh[515] && seg[515] == tdata[522]));
        assert(tuser <= 10'd30 || (fh[514] && seg[514] == tdata[521]));
        assert(tuser <= 10'd31 || (fh[513] && seg[513] == tdata[520]));
        assert(tuser <= 10'd32 || (fh[512] && seg[512] == tdata[519]));
        assert(tuser <= 10'd33 || (fh[511] && seg[511] == tdata[518]));
        assert(tuser <= 10'd34 || (fh[510] && seg[510] == tdata[517]));
        assert(tuser <= 10'd35 || (fh[509] && seg[509] == tdata[516]));
        assert(tuser <= 10'd36 || (fh[508] && seg[508] == tdata[515]));
        assert(tuser <= 10'd37 || (fh[507] && seg[507] == tdata[514]));
        assert(tuser <= 10'd38 || (fh[506] && seg[506] == tdata[513]));
        assert(tuser <= 10'd39 || (fh[505] && seg[505] == tdata[512]));
        assert(tuser <= 10'd40 || (fh[504] && seg[504] == tdata[511]));
        assert(tuser <= 10'd41 || (fh[503] && seg[503] == tdata[510]));
        assert(tuser <= 10'd42 || (fh[502] && seg[502] == tdata[509]));
        assert(tuser <= 10'd43 || (fh[501] && seg[501] == tdata[508]));
        assert(tuser <= 10'd44 || (fh[500] && seg[500] == tdata[507]));
        assert(tuser <= 10'd45 || (fh[499] && seg[499] == tdata[506]));
        assert(tuser <= 10'd46 || (fh[498] && seg[498] == tdata[505]));
        assert(tuser <= 10'd47 || (fh[497] && seg[497] == tdata[504]));
        assert(tuser <= 10'd48 || (fh[496] && seg[496] == tdata[503]));
        assert(tuser <= 10'd49 || (fh[495] && seg[495] == tdata[502]));
        assert(tuser <= 10'd50 || (fh[494] && seg[494] == tdata[501]));
        assert(tuser <= 10'd51 || (fh[493] && seg[493] == tdata[500]));
        assert(tuser <= 10'd52 || (fh[492] && seg[492] == tdata[499]));
        assert(tuser <= 10'd53 || (fh[491] && seg[491] == tdata[498]));
        assert(tuser <= 10'd54 || (fh[490] && seg[490] == tdata[497]));
        assert(tuser <= 10'd55 || (fh[489] && seg[489] == tdata[496]));
        assert(tuser <= 10'd56 || (fh[488] && seg[488] == tdata[495]));
        assert(tuser <= 10'd57 || (fh[487] && seg[487] == tdata[494]));
        assert(tuser <= 10'd58 || (fh[486] && seg[486] == tdata[493]));
        assert(tuser <= 10'd59 || (fh[485] && seg[485] == tdata[492]));
        assert(tuser <= 10'd60 || (fh[484] && seg[484] == tdata[491]));
        assert(tuser <= 10'd61 || (fh[483] && seg[483] == tdata[490]));
        assert(tuser <= 10'd62 || (fh[482] && seg[482] == tdata[489]));
        assert(tuser <= 10'd63 || (fh[481] && seg[481] == tdata[488]));
        assert(tuser <= 10'd64 || (fh[480] && seg[480] == tdata[487]));
        assert(tuser <= 10'd65 || (fh[479] && seg[479] == tdata[486]));
        assert(tuser <= 10'd66 || (fh[478] && seg[478] == tdata[485]));
        assert(tuser <= 10'd67 || (fh[477] && seg[477] == tdata[484]));
        assert(tuser <= 10'd68 || (fh[476] && seg[476] == tdata[483]));
        assert(tuser <= 10'd69 || (fh[475] && seg[475] == tdata[482]));
        assert(tuser <= 10'd70 || (fh[474] && seg[474] == tdata[481]));
        assert(tuser <= 10'd71 || (fh[473] && seg[473] == tdata[480]));
        assert(tuser <= 10'd72 || (fh[472] && seg[472] == tdata[479]));
        assert(tuser <= 10'd73 || (fh[471] && seg[471] == tdata[478]));
        assert(tuser <= 10'd74 || (fh[470] && seg[470] == tdata[477]));
        assert(tuser <= 10'd75 || (fh[469] && seg[469] == tdata[476]));
        assert(tuser <= 10'd76 || (fh[468] && seg[468] == tdata[475]));
        assert(tuser <= 10'd77 || (fh[467] && seg[467] == tdata[474]));
        assert(tuser <= 10'd78 || (fh[466] && seg[466] == tdata[473]));
        assert(tuser <= 10'd79 || (fh[465] && seg[465] == tdata[472]));
        assert(tuser <= 10'd80 || (fh[464] && seg[464] == tdata[471]));
        assert(tuser <= 10'd81 || (fh[463] && seg[463] == tdata[470]));
        assert(tuser <= 10'd82 || (fh[462] && seg[462] == tdata[469]));
        assert(tuser <= 10'd83 || (fh[461] && seg[461] == tdata[468]));
        assert(tuser <= 10'd84 || (fh[460] && seg[460] == tdata[467]));
        assert(tuser <= 10'd85 || (fh[459] && seg[459] == tdata[466]));
        assert(tuser <= 10'd86 || (fh[458] && seg[458] == tdata[465]));
        assert(tuser <= 10'd87 || (fh[457] && seg[457] == tdata[464]));
        assert(tuser <= 10'd88 || (fh[456] && seg[456] == tdata[463]));
        assert(tuser <= 10'd89 || (fh[455] && seg[455] == tdata[462]));
        assert(tuser <= 10'd90 || (fh[454] && seg[454] == tdata[461]));
        assert(tuser <= 10'd91 || (fh[453] && seg[453] == tdata[460]));
        assert(tuser <= 10'd92 || (fh[452] && seg[452] == tdata[459]));
        assert(tuser <= 10'd93 || (fh[451] && seg[451] == tdata[458]));
        assert(tuser <= 10'd94 || (fh[450] && seg[450] == tdata[457]));
        assert(tuser <= 10'd95 || (fh[449] && seg[449] == tdata[456]));
        assert(tuser <= 10'd96 || (fh[448] && seg[448] == tdata[455]));
        assert(tuser <= 10'd97 || (fh[447] && seg[447] == tdata[454]));
        assert(tuser <= 10'd98 || (fh[446] && seg[446] == tdata[453]));
        assert(tuser <= 10'd99 || (fh[445] && seg[445] == tdata[452]));
        assert(tuser <= 10'd100 || (fh[444] && seg[444] == tdata[451]));
        assert(tuser <= 10'd101 || (fh[443] && seg[443] == tdata[450]));
        assert(tuser <= 10'd102 || (fh[442] && seg[442] == tdata[449]));
        assert(tuser <= 10'd103 || (fh[441] && seg[441] == tdata[448]));
        assert(tuser <= 10'd104 || (fh[440] && seg[440] == tdata[447]));
        assert(tuser <= 10'd105 || (fh[439] && seg[439] == tdata[446]));
        assert(tuser <= 10'd106 || (fh[438] && seg[438] == tdata[445]));
        assert(tuser <= 10'd107 || (fh[437] && seg[437] == tdata[444]));
        assert(tuser <= 10'd108 || (fh[436] && seg[436] == tdata[443]));
        assert(tuser <= 10'd109 || (fh[435] && seg[435] == tdata[442]));
        assert(tuser <= 10'd110 || (fh[434] && seg[434] == tdata[441]));
        assert(tuser <= 10'd111 || (fh[433] && seg[433] == tdata[440]));
        assert(tuser <= 10'd112 || (fh[432] && seg[432] == tdata[439]));
        assert(tuser <= 10'd113 || (fh[431] && seg[431] == tdata[438]));
        assert(tuser <= 10'd114 || (fh[430] && seg[430] == tdata[437]));
        assert(tuser <= 10'd115 || (fh[429] && seg[429] == tdata[436]));
        assert(tuser <= 10'd116 || (fh[428] && seg[428] == tdata[435]));
        assert(tuser <= 10'd117 || (fh[427] && seg[427] == tdata[434]));
        assert(tuser <= 10'd118 || (fh[426] && seg[426] == tdata[433]));
        assert(tuser <= 10'd119 || (fh[425] && seg[425] == tdata[432]));
        assert(tuser <= 10'd120 || (fh[424] && seg[424] == tdata[431]));
        assert(tuser <= 10'd121 || (fh[423] && seg[423] == tdata[430]));
        assert(tuser <= 10'd122 || (fh[422] && seg[422] == tdata[429]));
        assert(tuser <= 10'd123 || (fh[421] && seg[421] == tdata[428]));
        assert(tuser <= 10'd124 || (fh[420] && seg[420] == tdata[427]));
        assert(tuser <= 10'd125 || (fh[419] && seg[419] == tdata[426]));
        assert(tuser <= 10'd126 || (fh[418] && seg[418] == tdata[425]));
        assert(tuser <= 10'd127 || (fh[417] && seg[417] == tdata[424]));
        assert(tuser <= 10'd128 || (fh[416] && seg[416] == tdata[423]));
        assert(tuser <= 10'd129 || (fh[415] && seg[415] == tdata[422]));
        assert(tuser <= 10'd130 || (fh[414] && seg[414] == tdata[421]));
        assert(tuser <= 10'd131 || (fh[413] && seg[413] == tdata[420]));
        assert(tuser <= 10'd132 || (fh[412] && seg[412] == tdata[419]));
        assert(tuser <= 10'd133 || (fh[411] && seg[411] == tdata[418]));
        assert(tuser <= 10'd134 || (fh[410] && seg[410] == tdata[417]));
        assert(tuser <= 10'd135 || (fh[409] && seg[409] == tdata[416]));
        assert(tuser <= 10'd136 || (fh[408] && seg[408] == tdata[415]));
        assert(tuser <= 10'd137 || (fh[407] && seg[407] == tdata[414]));
        assert(tuser <= 10'd138 || (fh[406] && seg[406] == tdata[413]));
        assert(tuser <= 10'd139 || (fh[405] && seg[405] == tdata[412]));
        assert(tuser <= 10'd140 || (fh[404] && seg[404] == tdata[411]));
        assert(tuser <= 10'd141 || (fh[403] && seg[403] == tdata[410]));
        assert(tuser <= 10'd142 || (fh[402] && seg[402] == tdata[409]));
        assert(tuser <= 10'd143 || (fh[401] && seg[401] == tdata[408]));
        assert(tuser <= 10'd144 || (fh[400] && seg[400] == tdata[407]));
        assert(tuser <= 10'd145 || (fh[399] && seg[399] == tdata[406]));
        assert(tuser <= 10'd146 || (fh[398] && seg[398] == tdata[405]));
        assert(tuser <= 10'd147 || (fh[397] && seg[397] == tdata[404]));
        assert(tuser <= 10'd148 || (fh[396] && seg[396] == tdata[403]));
        assert(tuser <= 10'd149 || (fh[395] && seg[395] == tdata[402]));
        assert(tuser <= 10'd150 || (fh[394] && seg[394] == tdata[401]));
        assert(tuser <= 10'd151 || (fh[393] && seg[393] == tdata[400]));
        assert(tuser <= 10'd152 || (fh[392] && seg[392] == tdata[399]));
        assert(tuser <= 10'd153 || (fh[391] && seg[391] == tdata[398]));
        assert(tuser <= 10'd154 || (fh[390] && seg[390] == tdata[397]));
        assert(tuser <= 10'd155 || (fh[389] && seg[389] == tdata[396]));
        assert(tuser <= 10'd156 || (fh[388] && seg[388] == tdata[395]));
        assert(tuser <= 10'd157 || (fh[387] && seg[387] == tdata[394]));
        assert(tuser <= 10'd158 || (fh[386] && seg[386] == tdata[393]));
        assert(tuser <= 10'd159 || (fh[385] && seg[385] == tdata[392]));
        assert(tuser <= 10'd160 || (fh[384] && seg[384] == tdata[391]));
        assert(tuser <= 10'd161 || (fh[383] && seg[383] == tdata[390]));
        assert(tuser <= 10'd162 || (fh[382] && seg[382] == tdata[389]));
        assert(tuser <= 10'd163 || (fh[381] && seg[381] == tdata[388]));
        assert(tuser <= 10'd164 || (fh[380] && seg[380] == tdata[387]));
        assert(tuser <= 10'd165 || (fh[379] && seg[379] == tdata[386]));
        assert(tuser <= 10'd166 || (fh[378] && seg[378] == tdata[385]));
        assert(tuser <= 10'd167 || (fh[377] && seg[377] == tdata[384]));
        assert(tuser <= 10'd168 || (fh[376] && seg[376] == tdata[383]));
        assert(tuser <= 10'd169 || (fh[375] && seg[375] == tdata[382]));
        assert(tuser <= 10'd170 || (fh[374] && seg[374] == tdata[381]));
        assert(tuser <= 10'd171 || (fh[373] && seg[373] == tdata[380]));
        assert(tuser <= 10'd172 || (fh[372] && seg[372] == tdata[379]));
        assert(tuser <= 10'd173 || (fh[371] && seg[371] == tdata[378]));
        assert(tuser <= 10'd174 || (fh[370] && seg[370] == tdata[377]));
        assert(tuser <= 10'd175 || (fh[369] && seg[369] == tdata[376]));
        assert(tuser <= 10'd176 || (fh[368] && seg[368] == tdata[375]));
        assert(tuser <= 10'd177 || (fh[367] && seg[367] == tdata[374]));
        assert(tuser <= 10'd178 || (fh[366] && seg[366] == tdata[373]));
        assert(tuser <= 10'd179 || (fh[365] && seg[365] == tdata[372]));
        assert(tuser <= 10'd180 || (fh[364] && seg[364] == tdata[371]));
        assert(tuser <= 10'd181 || (fh[363] && seg[363] == tdata[370]));
        assert(tuser <= 10'd182 || (fh[362] && seg[362] == tdata[369]));
        assert(tuser <= 10'd183 || (fh[361] && seg[361] == tdata[368]));
        assert(tuser <= 10'd184 || (fh[360] && seg[360] == tdata[367]));
        assert(tuser <= 10'd185 || (fh[359] && seg[359] == tdata[366]));
        assert(tuser <= 10'd186 || (fh[358] && seg[358] == tdata[365]));
        assert(tuser <= 10'd187 || (fh[357] && seg[357] == tdata[364]));
        assert(tuser <= 10'd188 || (fh[356] && seg[356] == tdata[363]));
        assert(tuser <= 10'd189 || (fh[355] && seg[355] == tdata[362]));
        assert(tuser <= 10'd190 || (fh[354] && seg[354] == tdata[361]));
        assert(tuser <= 10'd191 || (fh[353] && seg[353] == tdata[360]));
        assert(tuser <= 10'd192 || (fh[352] && seg[352] == tdata[359]));
        assert(tuser <= 10'd193 || (fh[351] && seg[351] == tdata[358]));
        assert(tuser <= 10'd194 || (fh[350] && seg[350] == tdata[357]));
        assert(tuser <= 10'd195 || (fh[349] && seg[349] == tdata[356]));
        assert(tuser <= 10'd196 || (fh[348] && seg[348] == tdata[355]));
        assert(tuser <= 10'd197 || (fh[347] && seg[347] == tdata[354]));
        assert(tuser <= 10'd198 || (fh[346] && seg[346] == tdata[353]));
        assert(tuser <= 10'd199 || (fh[345] && seg[345] == tdata[352]));
        assert(tuser <= 10'd200 || (fh[344] && seg[344] == tdata[351]));
        assert(tuser <= 10'd201 || (fh[343] && seg[343] == tdata[350]));
        assert(tuser <= 10'd202 || (fh[342] && seg[342] == tdata[349]));
        assert(tuser <= 10'd203 || (fh[341] && seg[341] == tdata[348]));
        assert(tuser <= 10'd204 || (fh[340] && seg[340] == tdata[347]));
        assert(tuser <= 10'd205 || (fh[339] && seg[339] == tdata[346]));
        assert(tuser <= 10'd206 || (fh[338] && seg[338] == tdata[345]));
        assert(tuser <= 10'd207 || (fh[337] && seg[337] == tdata[344]));
        assert(tuser <= 10'd208 || (fh[336] && seg[336] == tdata[343]));
        assert(tuser <= 10'd209 || (fh[335] && seg[335] == tdata[342]));
        assert(tuser <= 10'd210 || (fh[334] && seg[334] == tdata[341]));
        assert(tuser <= 10'd211 || (fh[333] && seg[333] == tdata[340]));
        assert(tuser <= 10'd212 || (fh[332] && seg[332] == tdata[339]));
        assert(tuser <= 10'd213 || (fh[331] && seg[331] == tdata[338]));
        assert(tuser <= 10'd214 || (fh[330] && seg[330] == tdata[337]));
        assert(tuser <= 10'd215 || (fh[329] && seg[329] == tdata[336]));
        assert(tuser <= 10'd216 || (fh[328] && seg[328] == tdata[335]));
        assert(tuser <= 10'd217 || (fh[327] && seg[327] == tdata[334]));
        assert(tuser <= 10'd218 || (fh[326] && seg[326] == tdata[333]));
        assert(tuser <= 10'd219 || (fh[325] && seg[325] == tdata[332]));
        assert(tuser <= 10'd220 || (fh[324] && seg[324] == tdata[331]));
        assert(tuser <= 10'd221 || (fh[323] && seg[323] == tdata[330]));
        assert(tuser <= 10'd222 || (fh[322] && seg[322] == tdata[329]));
        assert(tuser <= 10'd223 || (fh[321] && seg[321] == tdata[328]));
        assert(tuser <= 10'd224 || (fh[320] && seg[320] == tdata[327]));
        assert(tuser <= 10'd225 || (fh[319] && seg[319] == tdata[326]));
        assert(tuser <= 10'd226 || (fh[318] && seg[318] == tdata[325]));
        assert(tuser <= 10'd227 || (fh[317] && seg[317] == tdata[324]));
        assert(tuser <= 10'd228 || (fh[316] && seg[316] == tdata[323]));
        assert(tuser <= 10'd229 || (fh[315] && seg[315] == tdata[322]));
        assert(tuser <= 10'd230 || (fh[314] && seg[314] == tdata[321]));
        assert(tuser <= 10'd231 || (fh[313] && seg[313] == tdata[320]));
        assert(tuser <= 10'd232 || (fh[312] && seg[312] == tdata[319]));
        assert(tuser <= 10'd233 || (fh[311] && seg[311] == tdata[318]));
        assert(tuser <= 10'd234 || (fh[310] && seg[310] == tdata[317]));
        assert(tuser <= 10'd235 || (fh[309] && seg[309] == tdata[316]));
        assert(tuser <= 10'd236 || (fh[308] && seg[308] == tdata[315]));
        assert(tuser <= 10'd237 || (fh[307] && seg[307] == tdata[314]));
        assert(tuser <= 10'd238 || (fh[306] && seg[306] == tdata[313]));
        assert(tuser <= 10'd239 || (fh[305] && seg[305] == tdata[312]));
        assert(tuser <= 10'd240 || (fh[304] && seg[304] == tdata[311]));
        assert(tuser <= 10'd241 || (fh[303] && seg[303] == tdata[310]));
        assert(tuser <= 10'd242 || (fh[302] && seg[302] == tdata[309]));
        assert(tuser <= 10'd243 || (fh[301] && seg[301] == tdata[308]));
        assert(tuser <= 10'd244 || (fh[300] && seg[300] == tdata[307]));
        assert(tuser <= 10'd245 || (fh[299] && seg[299] == tdata[306]));
        assert(tuser <= 10'd246 || (fh[298] && seg[298] == tdata[305]));
        assert(tuser <= 10'd247 || (fh[297] && seg[297] == tdata[304]));
        assert(tuser <= 10'd248 || (fh[296] && seg[296] == tdata[303]));
        assert(tuser <= 10'd249 || (fh[295] && seg[295] == tdata[302]));
        assert(tuser <= 10'd250 || (fh[294] && seg[294] == tdata[301]));
        assert(tuser <= 10'd251 || (fh[293] && seg[293] == tdata[300]));
        assert(tuser <= 10'd252 || (fh[292] && seg[292] == tdata[299]));
        assert(tuser <= 10'd253 || (fh[291] && seg[291] == tdata[298]));
        assert(tuser <= 10'd254 || (fh[290] && seg[290] == tdata[297]));
        assert(tuser <= 10'd255 || (fh[289] && seg[289] == tdata[296]));
        assert(tuser <= 10'd256 || (fh[288] && seg[288] == tdata[295]));
        assert(tuser <= 10'd257 || (fh[287] && seg[287] == tdata[294]));
        assert(tuser <= 10'd258 || (fh[286] && seg[286] == tdata[293]));
        assert(tuser <= 10'd259 || (fh[285] && seg[285] == tdata[292]));
        assert(tuser <= 10'd260 || (fh[284] && seg[284] == tdata[291]));
        assert(tuser <= 10'd261 || (fh[283] && seg[283] == tdata[290]));
        assert(tuser <= 10'd262 || (fh[282] && seg[282] == tdata[289]));
        assert(tuser <= 10'd263 || (fh[281] && seg[281] == tdata[288]));
        assert(tuser <= 10'd264 || (fh[280] && seg[280] == tdata[287]));
        assert(tuser <= 10'd265 || (fh[279] && seg[279] == tdata[286]));
        assert(tuser <= 10'd266 || (fh[278] && seg[278] == tdata[285]));
        assert(tuser <= 10'd267 || (fh[277] && seg[277] == tdata[284]));
        assert(tuser <= 10'd268 || (fh[276] && seg[276] == tdata[283]));
        assert(tuser <= 10'd269 || (fh[275] && seg[275] == tdata[282]));
        assert(tuser <= 10'd270 || (fh[274] && seg[274] == tdata[281]));
        assert(tuser <= 10'd271 || (fh[273] && seg[273] == tdata[280]));
        assert(tuser <= 10'd272 || (fh[272] && seg[272] == tdata[279]));
        assert(tuser <= 10'd273 || (fh[271] && seg[271] == tdata[278]));
        assert(tuser <= 10'd274 || (fh[270] && seg[270] == tdata[277]));
        assert(tuser <= 10'd275 || (fh[269] && seg[269] == tdata[276]));
        assert(tuser <= 10'd276 || (fh[268] && seg[268] == tdata[275]));
        assert(tuser <= 10'd277 || (fh[267] && seg[267] == tdata[274]));
        assert(tuser <= 10'd278 || (fh[266] && seg[266] == tdata[273]));
        assert(tuser <= 10'd279 || (fh[265] && seg[265] == tdata[272]));
        assert(tuser <= 10'd280 || (fh[264] && seg[264] == tdata[271]));
        assert(tuser <= 10'd281 || (fh[263] && seg[263] == tdata[270]));
        assert(tuser <= 10'd282 || (fh[262] && seg[262] == tdata[269]));
        assert(tuser <= 10'd283 || (fh[261] && seg[261] == tdata[268]));
        assert(tuser <= 10'd284 || (fh[260] && seg[260] == tdata[267]));
        assert(tuser <= 10'd285 || (fh[259] && seg[259] == tdata[266]));
        assert(tuser <= 10'd286 || (fh[258] && seg[258] == tdata[265]));
        assert(tuser <= 10'd287 || (fh[257] && seg[257] == tdata[264]));
        assert(tuser <= 10'd288 || (fh[256] && seg[256] == tdata[263]));
        assert(tuser <= 10'd289 || (fh[255] && seg[255] == tdata[262]));
        assert(tuser <= 10'd290 || (fh[254] && seg[254] == tdata[261]));
        assert(tuser <= 10'd291 || (fh[253] && seg[253] == tdata[260]));
        assert(tuser <= 10'd292 || (fh[252] && seg[252] == tdata[259]));
        assert(tuser <= 10'd293 || (fh[251] && seg[251] == tdata[258]));
        assert(tuser <= 10'd294 || (fh[250] && seg[250] == tdata[257]));
        assert(tuser <= 10'd295 || (fh[249] && seg[249] == tdata[256]));
        assert(tuser <= 10'd296 || (fh[248] && seg[248] == tdata[255]));
        assert(tuser <= 10'd297 || (fh[247] && seg[247] == tdata[254]));
        assert(tuser <= 10'd298 || (fh[246] && seg[246] == tdata[253]));
        assert(tuser <= 10'd299 || (fh[245] && seg[245] == tdata[252]));
        assert(tuser <= 10'd300 || (fh[244] && seg[244] == tdata[251]));
        assert(tuser <= 10'd301 || (fh[243] && seg[243] == tdata[250]));
        assert(tuser <= 10'd302 || (fh[242] && seg[242] == tdata[249]));
        assert(tuser <= 10'd303 || (fh[241] && seg[241] == tdata[248]));
        assert(tuser <= 10'd304 || (fh[240] && seg[240] == tdata[247]));
        assert(tuser <= 10'd305 || (fh[239] && seg[239] == tdata[246]));
        assert(tuser <= 10'd306 || (fh[238] && seg[238] == tdata[245]));
        assert(tuser <= 10'd307 || (fh[237] && seg[237] == tdata[244]));
        assert(tuser <= 10'd308 || (fh[236] && seg[236] == tdata[243]));
        assert(tuser <= 10'd309 || (fh[235] && seg[235] == tdata[242]));
        assert(tuser <= 10'd310 || (fh[234] && seg[234] == tdata[241]));
        assert(tuser <= 10'd311 || (fh[233] && seg[233] == tdata[240]));
        assert(tuser <= 10'd312 || (fh[232] && seg[232] == tdata[239]));
        assert(tuser <= 10'd313 || (fh[231] && seg[231] == tdata[238]));
        assert(tuser <= 10'd314 || (fh[230] && seg[230] == tdata[237]));
        assert(tuser <= 10'd315 || (fh[229] && seg[229] == tdata[236]));
        assert(tuser <= 10'd316 || (fh[228] && seg[228] == tdata[235]));
        assert(tuser <= 10'd317 || (fh[227] && seg[227] == tdata[234]));
        assert(tuser <= 10'd318 || (fh[226] && seg[226] == tdata[233]));
        assert(tuser <= 10'd319 || (fh[225] && seg[225] == tdata[232]));
        assert(tuser <= 10'd320 || (fh[224] && seg[224] == tdata[231]));
        assert(tuser <= 10'd321 || (fh[223] && seg[223] == tdata[230]));
        assert(tuser <= 10'd322 || (fh[222] && seg[222] == tdata[229]));
        assert(tuser <= 10'd323 || (fh[221] && seg[221] == tdata[228]));
        assert(tuser <= 10'd324 || (fh[220] && seg[220] == tdata[227]));
        assert(tuser <= 10'd325 || (fh[219] && seg[219] == tdata[226]));
        assert(tuser <= 10'd326 || (fh[218] && seg[218] == tdata[225]));
        assert(tuser <= 10'd327 || (fh[217] && seg[217] == tdata[224]));
        assert(tuser <= 10'd328 || (fh[216] && seg[216] == tdata[223]));
        assert(tuser <= 10'd329 || (fh[215] && seg[215] == tdata[222]));
        assert(tuser <= 10'd330 || (fh[214] && seg[214] == tdata[221]));
        assert(tuser <= 10'd331 || (fh[213] && seg[213] == tdata[220]));
        assert(tuser <= 10'd332 || (fh[212] && seg[212] == tdata[219]));
        assert(tuser <= 10'd333 || (fh[211] && seg[211] == tdata[218]));
        assert(tuser <= 10'd334 || (fh[210] && seg[210] == tdata[217]));
        assert(tuser <= 10'd335 || (fh[209] && seg[209] == tdata[216]));
        assert(tuser <= 10'd336 || (fh[208] && seg[208] == tdata[215]));
        assert(tuser <= 10'd337 || (fh[207] && seg[207] == tdata[214]));
        assert(tuser <= 10'd338 || (fh[206] && seg[206] == tdata[213]));
        assert(tuser <= 10'd339 || (fh[205] && seg[205] == tdata[212]));
        assert(tuser <= 10'd340 || (fh[204] && seg[204] == tdata[211]));
        assert(tuser <= 10'd341 || (fh[203] && seg[203] == tdata[210]));
        assert(tuser <= 10'd342 || (fh[202] && seg[202] == tdata[209]));
        assert(tuser <= 10'd343 || (fh[201] && seg[201] == tdata[208]));
        assert(tuser <= 10'd344 || (fh[200] && seg[200] == tdata[207]));
        assert(tuser <= 10'd345 || (fh[199] && seg[199] == tdata[206]));
        assert(tuser <= 10'd346 || (fh[198] && seg[198] == tdata[205]));
        assert(tuser <= 10'd347 || (fh[197] && seg[197] == tdata[204]));
        assert(tuser <= 10'd348 || (fh[196] && seg[196] == tdata[203]));
        assert(tuser <= 10'd349 || (fh[195] && seg[195] == tdata[202]));
        assert(tuser <= 10'd350 || (fh[194] && seg[194] == tdata[201]));
        assert(tuser <= 10'd351 || (fh[193] && seg[193] == tdata[200]));
        assert(tuser <= 10'd352 || (fh[192] && seg[192] == tdata[199]));
        assert(tuser <= 10'd353 || (fh[191] && seg[191] == tdata[198]));
        assert(tuser <= 10'd354 || (fh[190] && seg[190] == tdata[197]));
        assert(tuser <= 10'd355 || (fh[189] && seg[189] == tdata[196]));
        assert(tuser <= 10'd356 || (fh[188] && seg[188] == tdata[195]));
        assert(tuser <= 10'd357 || (fh[187] && seg[187] == tdata[194]));
        assert(tuser <= 10'd358 || (fh[186] && seg[186] == tdata[193]));
        assert(tuser <= 10'd359 || (fh[185] && seg[185] == tdata[192]));
        assert(tuser <= 10'd360 || (fh[184] && seg[184] == tdata[191]));
        assert(tuser <= 10'd361 || (fh[183] && seg[183] == tdata[190]));
        assert(tuser <= 10'd362 || (fh[182] && seg[182] == tdata[189]));
        assert(tuser <= 10'd363 || (fh[181] && seg[181] == tdata[188]));
        assert(tuser <= 10'd364 || (fh[180] && seg[180] == tdata[187]));
        assert(tuser <= 10'd365 || (fh[179] && seg[179] == tdata[186]));
        assert(tuser <= 10'd366 || (fh[178] && seg[178] == tdata[185]));
        assert(tuser <= 10'd367 || (fh[177] && seg[177] == tdata[184]));
        assert(tuser <= 10'd368 || (fh[176] && seg[176] == tdata[183]));
        assert(tuser <= 10'd369 || (fh[175] && seg[175] == tdata[182]));
        assert(tuser <= 10'd370 || (fh[174] && seg[174] == tdata[181]));
        assert(tuser <= 10'd371 || (fh[173] && seg[173] == tdata[180]));
        assert(tuser <= 10'd372 || (fh[172] && seg[172] == tdata[179]));
        assert(tuser <= 10'd373 || (fh[171] && seg[171] == tdata[178]));
        assert(tuser <= 10'd374 || (fh[170] && seg[170] == tdata[177]));
        assert(tuser <= 10'd375 || (fh[169] && seg[169] == tdata[176]));
        assert(tuser <= 10'd376 || (fh[168] && seg[168] == tdata[175]));
        assert(tuser <= 10'd377 || (fh[167] && seg[167] == tdata[174]));
        assert(tuser <= 10'd378 || (fh[166] && seg[166] == tdata[173]));
        assert(tuser <= 10'd379 || (fh[165] && seg[165] == tdata[172]));
        assert(tuser <= 10'd380 || (fh[164] && seg[164] == tdata[171]));
        assert(tuser <= 10'd381 || (fh[163] && seg[163] == tdata[170]));
        assert(tuser <= 10'd382 || (fh[162] && seg[162] == tdata[169]));
        assert(tuser <= 10'd383 || (fh[161] && seg[161] == tdata[168]));
        assert(tuser <= 10'd384 || (fh[160] && seg[160] == tdata[167]));
        assert(tuser <= 10'd385 || (fh[159] && seg[159] == tdata[166]));
        assert(tuser <= 10'd386 || (fh[158] && seg[158] == tdata[165]));
        assert(tuser <= 10'd387 || (fh[157] && seg[157] == tdata[164]));
        assert(tuser <= 10'd388 || (fh[156] && seg[156] == tdata[163]));
        assert(tuser <= 10'd389 || (fh[155] && seg[155] == tdata[162]));
        assert(tuser <= 10'd390 || (fh[154] && seg[154] == tdata[161]));
        assert(tuser <= 10'd391 || (fh[153] && seg[153] == tdata[160]));
        assert(tuser <= 10'd392 || (fh[152] && seg[152] == tdata[159]));
        assert(tuser <= 10'd393 || (fh[151] && seg[151] == tdata[158]));
        assert(tuser <= 10'd394 || (fh[150] && seg[150] == tdata[157]));
        assert(tuser <= 10'd395 || (fh[149] && seg[149] == tdata[156]));
        assert(tuser <= 10'd396 || (fh[148] && seg[148] == tdata[155]));
        assert(tuser <= 10'd397 || (fh[147] && seg[147] == tdata[154]));
        assert(tuser <= 10'd398 || (fh[146] && seg[146] == tdata[153]));
        assert(tuser <= 10'd399 || (fh[145] && seg[145] == tdata[152]));
        assert(tuser <= 10'd400 || (fh[144] && seg[144] == tdata[151]));
        assert(tuser <= 10'd401 || (fh[143] && seg[143] == tdata[150]));
        assert(tuser <= 10'd402 || (fh[142] && seg[142] == tdata[149]));
        assert(tuser <= 10'd403 || (fh[141] && seg[141] == tdata[148]));
        assert(tuser <= 10'd404 || (fh[140] && seg[140] == tdata[147]));
        assert(tuser <= 10'd405 || (fh[139] && seg[139] == tdata[146]));
        assert(tuser <= 10'd406 || (fh[138] && seg[138] == tdata[145]));
        assert(tuser <= 10'd407 || (fh[137] && seg[137] == tdata[144]));
        assert(tuser <= 10'd408 || (fh[136] && seg[136] == tdata[143]));
        assert(tuser <= 10'd409 || (fh[135] && seg[135] == tdata[142]));
        assert(tuser <= 10'd410 || (fh[134] && seg[134] == tdata[141]));
        assert(tuser <= 10'd411 || (fh[133] && seg[133] == tdata[140]));
        assert(tuser <= 10'd412 || (fh[132] && seg[132] == tdata[139]));
        assert(tuser <= 10'd413 || (fh[131] && seg[131] == tdata[138]));
        assert(tuser <= 10'd414 || (fh[130] && seg[130] == tdata[137]));
        assert(tuser <= 10'd415 || (fh[129] && seg[129] == tdata[136]));
        assert(tuser <= 10'd416 || (fh[128] && seg[128] == tdata[135]));
        assert(tuser <= 10'd417 || (fh[127] && seg[127] == tdata[134]));
        assert(tuser <= 10'd418 || (fh[126] && seg[126] == tdata[133]));
        assert(tuser <= 10'd419 || (fh[125] && seg[125] == tdata[132]));
        assert(tuser <= 10'd420 || (fh[124] && seg[124] == tdata[131]));
        assert(tuser <= 10'd421 || (fh[123] && seg[123] == tdata[130]));
        assert(tuser <= 10'd422 || (fh[122] && seg[122] == tdata[129]));
        assert(tuser <= 10'd423 || (fh[121] && seg[121] == tdata[128]));
        assert(tuser <= 10'd424 || (fh[120] && seg[120] == tdata[127]));
        assert(tuser <= 10'd425 || (fh[119] && seg[119] == tdata[126]));
        assert(tuser <= 10'd426 || (fh[118] && seg[118] == tdata[125]));
        assert(tuser <= 10'd427 || (fh[117] && seg[117] == tdata[124]));
        assert(tuser <= 10'd428 || (fh[116] && seg[116] == tdata[123]));
        assert(tuser <= 10'd429 || (fh[115] && seg[115] == tdata[122]));
        assert(tuser <= 10'd430 || (fh[114] && seg[114] == tdata[121]));
        assert(tuser <= 10'd431 || (fh[113] && seg[113] == tdata[120]));
        assert(tuser <= 10'd432 || (fh[112] && seg[112] == tdata[119]));
        assert(tuser <= 10'd433 || (fh[111] && seg[111] == tdata[118]));
        assert(tuser <= 10'd434 || (fh[110] && seg[110] == tdata[117]));
        assert(tuser <= 10'd435 || (fh[109] && seg[109] == tdata[116]));
        assert(tuser <= 10'd436 || (fh[108] && seg[108] == tdata[115]));
        assert(tuser <= 10'd437 || (fh[107] && seg[107] == tdata[114]));
        assert(tuser <= 10'd438 || (fh[106] && seg[106] == tdata[113]));
        assert(tuser <= 10'd439 || (fh[105] && seg[105] == tdata[112]));
        assert(tuser <= 10'd440 || (fh[104] && seg[104] == tdata[111]));
        assert(tuser <= 10'd441 || (fh[103] && seg[103] == tdata[110]));
        assert(tuser <= 10'd442 || (fh[102] && seg[102] == tdata[109]));
        assert(tuser <= 10'd443 || (fh[101] && seg[101] == tdata[108]));
        assert(tuser <= 10'd444 || (fh[100] && seg[100] == tdata[107]));
        assert(tuser <= 10'd445 || (fh[99] && seg[99] == tdata[106]));
        assert(tuser <= 10'd446 || (fh[98] && seg[98] == tdata[105]));
        assert(tuser <= 10'd447 || (fh[97] && seg[97] == tdata[104]));
        assert(tuser <= 10'd448 || (fh[96] && seg[96] == tdata[103]));
        assert(tuser <= 10'd449 || (fh[95] && seg[95] == tdata[102]));
        assert(tuser <= 10'd450 || (fh[94] && seg[94] == tdata[101]));
        assert(tuser <= 10'd451 || (fh[93] && seg[93] == tdata[100]));
        assert(tuser <= 10'd452 || (fh[92] && seg[92] == tdata[99]));
        assert(tuser <= 10'd453 || (fh[91] && seg[91] == tdata[98]));
        assert(tuser <= 10'd454 || (fh[90] && seg[90] == tdata[97]));
        assert(tuser <= 10'd455 || (fh[89] && seg[89] == tdata[96]));
        assert(tuser <= 10'd456 || (fh[88] && seg[88] == tdata[95]));
        assert(tuser <= 10'd457 || (fh[87] && seg[87] == tdata[94]));
        assert(tuser <= 10'd458 || (fh[86] && seg[86] == tdata[93]));
        assert(tuser <= 10'd459 || (fh[85] && seg[85] == tdata[92]));
        assert(tuser <= 10'd460 || (fh[84] && seg[84] == tdata[91]));
        assert(tuser <= 10'd461 || (fh[83] && seg[83] == tdata[90]));
        assert(tuser <= 10'd462 || (fh[82] && seg[82] == tdata[89]));
        assert(tuser <= 10'd463 || (fh[81] && seg[81] == tdata[88]));
        assert(tuser <= 10'd464 || (fh[80] && seg[80] == tdata[87]));
        assert(tuser <= 10'd465 || (fh[79] && seg[79] == tdata[86]));
        assert(tuser <= 10'd466 || (fh[78] && seg[78] == tdata[85]));
        assert(tuser <= 10'd467 || (fh[77] && seg[77] == tdata[84]));
        assert(tuser <= 10'd468 || (fh[76] && seg[76] == tdata[83]));
        assert(tuser <= 10'd469 || (fh[75] && seg[75] == tdata[82]));
        assert(tuser <= 10'd470 || (fh[74] && seg[74] == tdata[81]));
        assert(tuser <= 10'd471 || (fh[73] && seg[73] == tdata[80]));
        assert(tuser <= 10'd472 || (fh[72] && seg[72] == tdata[79]));
        assert(tuser <= 10'd473 || (fh[71] && seg[71] == tdata[78]));
        assert(tuser <= 10'd474 || (fh[70] && seg[70] == tdata[77]));
        assert(tuser <= 10'd475 || (fh[69] && seg[69] == tdata[76]));
        assert(tuser <= 10'd476 || (fh[68] && seg[68] == tdata[75]));
        assert(tuser <= 10'd477 || (fh[67] && seg[67] == tdata[74]));
        assert(tuser <= 10'd478 || (fh[66] && seg[66] == tdata[73]));
        assert(tuser <= 10'd479 || (fh[65] && seg[65] == tdata[72]));
        assert(tuser <= 10'd480 || (fh[64] && seg[64] == tdata[71]));
        assert(tuser <= 10'd481 || (fh[63] && seg[63] == tdata[70]));
        assert(tuser <= 10'd482 || (fh[62] && seg[62] == tdata[69]));
        assert(tuser <= 10'd483 || (fh[61] && seg[61] == tdata[68]));
        assert(tuser <= 10'd484 || (fh[60] && seg[60] == tdata[67]));
        assert(tuser <= 10'd485 || (fh[59] && seg[59] == tdata[66]));
        assert(tuser <= 10'd486 || (fh[58] && seg[58] == tdata[65]));
        assert(tuser <= 10'd487 || (fh[57] && seg[57] == tdata[64]));
        assert(tuser <= 10'd488 || (fh[56] && seg[56] == tdata[63]));
        assert(tuser <= 10'd489 || (fh[55] && seg[55] == tdata[62]));
        assert(tuser <= 10'd490 || (fh[54] && seg[54] == tdata[61]));
        assert(tuser <= 10'd491 || (fh[53] && seg[53] == tdata[60]));
        assert(tuser <= 10'd492 || (fh[52] && seg[52] == tdata[59]));
        assert(tuser <= 10'd493 || (fh[51] && seg[51] == tdata[58]));
        assert(tuser <= 10'd494 || (fh[50] && seg[50] == tdata[57]));
        assert(tuser <= 10'd495 || (fh[49] && seg[49] == tdata[56]));
        assert(tuser <= 10'd496 || (fh[48] && seg[48] == tdata[55]));
        assert(tuser <= 10'd497 || (fh[47] && seg[47] == tdata[54]));
        assert(tuser <= 10'd498 || (fh[46] && seg[46] == tdata[53]));
        assert(tuser <= 10'd499 || (fh[45] && seg[45] == tdata[52]));
        assert(tuser <= 10'd500 || (fh[44] && seg[44] == tdata[51]));
        assert(tuser <= 10'd501 || (fh[43] && seg[43] == tdata[50]));
        assert(tuser <= 10'd502 || (fh[42] && seg[42] == tdata[49]));
        assert(tuser <= 10'd503 || (fh[41] && seg[41] == tdata[48]));
        assert(tuser <= 10'd504 || (fh[40] && seg[40] == tdata[47]));
        assert(tuser <= 10'd505 || (fh[39] && seg[39] == tdata[46]));
        assert(tuser <= 10'd506 || (fh[38] && seg[38] == tdata[45]));
        assert(tuser <= 10'd507 || (fh[37] && seg[37] == tdata[44]));
        assert(tuser <= 10'd508 || (fh[36] && seg[36] == tdata[43]));
        assert(tuser <= 10'd509 || (fh[35] && seg[35] == tdata[42]));
        assert(tuser <= 10'd510 || (fh[34] && seg[34] == tdata[41]));
        assert(tuser <= 10'd511 || (fh[33] && seg[33] == tdata[40]));
        assert(tuser <= 10'd512 || (fh[32] && seg[32] == tdata[39]));
        assert(tuser <= 10'd513 || (fh[31] && seg[31] == tdata[38]));
        assert(tuser <= 10'd514 || (fh[30] && seg[30] == tdata[37]));
        assert(tuser <= 10'd515 || (fh[29] && seg[29] == tdata[36]));
        assert(tuser <= 10'd516 || (fh[28] && seg[28] == tdata[35]));
        assert(tuser <= 10'd517 || (fh[27] && seg[27] == tdata[34]));
        assert(tuser <= 10'd518 || (fh[26] && seg[26] == tdata[33]));
        assert(tuser <= 10'd519 || (fh[25] && seg[25] == tdata[32]));
        assert(tuser <= 10'd520 || (fh[24] && seg[24] == tdata[31]));
        assert(tuser <= 10'd521 || (fh[23] && seg[23] == tdata[30]));
        assert(tuser <= 10'd522 || (fh[22] && seg[22] == tdata[29]));
        assert(tuser <= 10'd523 || (fh[21] && seg[21] == tdata[28]));
        assert(tuser <= 10'd524 || (fh[20] && seg[20] == tdata[27]));
        assert(tuser <= 10'd525 || (fh[19] && seg[19] == tdata[26]));
        assert(tuser <= 10'd526 || (fh[18] && seg[18] == tdata[25]));
        assert(tuser <= 10'd527 || (fh[17] && seg[17] == tdata[24]));
        assert(tuser <= 10'd528 || (fh[16] && seg[16] == tdata[23]));
        assert(tuser <= 10'd529 || (fh[15] && seg[15] == tdata[22]));
        assert(tuser <= 10'd530 || (fh[14] && seg[14] == tdata[21]));
        assert(tuser <= 10'd531 || (fh[13] && seg[13] == tdata[20]));
        assert(tuser <= 10'd532 || (fh[12] && seg[12] == tdata[19]));
        assert(tuser <= 10'd533 || (fh[11] && seg[11] == tdata[18]));
        assert(tuser <= 10'd534 || (fh[10] && seg[10] == tdata[17]));
        assert(tuser <= 10'd535 || (fh[9] && seg[9] == tdata[16]));
        assert(tuser <= 10'd536 || (fh[8] && seg[8] == tdata[15]));
        assert(tuser <= 10'd537 || (fh[7] && seg[7] == tdata[14]));
        assert(tuser <= 10'd538 || (fh[6] && seg[6] == tdata[13]));
        assert(tuser <= 10'd539 || (fh[5] && seg[5] == tdata[12]));
        assert(tuser <= 10'd540 || (fh[4] && seg[4] == tdata[11]));
        assert(tuser <= 10'd541 || (fh[3] && seg[3] == tdata[10]));
        assert(tuser <= 10'd542 || (fh[2] && seg[2] == tdata[9]));
        assert(tuser <= 10'd543 || (fh[1] && seg[1] == tdata[8]));
        assert(tuser <= 10'd544 || (fh[0] && seg[0] == tdata[7]));
        assert((tdata << tuser) == 552'd0);
    end
endmodule
`default_nettype wire

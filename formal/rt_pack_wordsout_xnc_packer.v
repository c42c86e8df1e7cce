// rt_pack_wordsout_xnc_packer.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Packer lemma: the packer's words at one record in, in the composition's form: each bit of the record below its length is the stream bit at the record's position plus its index, as the unpacker's tracker of that bit holds it (from the step lemma's words text, instantiated at the word out that holds each bit of the record), one BMC step.
// Assumes: words
// Proves:  portwords
`default_nettype none
// the words fact at one word out, the text rt_pack_step_xnc_packer asserts (assumed here), on its
// ports and the packer's tracker state as that lemma names them
module rt_pack_wordsout_xnc_packer_at #(
    parameter W = 512,
    parameter LW = 9,
    parameter KB = 64
) (
    input wire aresetn,
    input wire inv_q,
    input wire [3:0] f_blk,
    input wire [19:0] f_pos,
    input wire [W-1:0] m_axis_tdata,
    input wire [KB-1:0] m_axis_tkeep,
    input wire m_axis_tvalid,
    input wire m_axis_tlast,
    input wire [3:0] out_blk_q,
    input wire [19:0] w_start_q,
    input wire f_have_q,
    input wire f_val_q,
    input wire f_end_have_q,
    input wire [19:0] f_end_q,
    output wire f_in_word,
    output wire f_bit
);
    wire [19:0] w_end = w_start_q + W;
    wire [19:0] w_rel = f_pos - w_start_q;
    wire [19:0] f_bytes = (f_end_q - w_start_q + 20'd7) >> 3;
    wire [KB-1:0] f_keep = ~({KB{1'b1}} >> f_bytes);
    always @(*) begin
        if (aresetn && inv_q && m_axis_tvalid && out_blk_q == f_blk) begin
            if (f_end_have_q)
                assume(w_start_q < f_end_q);
            assume(m_axis_tlast == (f_end_have_q && f_end_q <= w_end));
            assume(m_axis_tkeep == (m_axis_tlast ? f_keep : {KB{1'b1}}));
            if (f_pos >= w_start_q && f_pos < w_end) begin
                assume(f_have_q || (f_end_have_q && f_pos >= f_end_q));
                assume(m_axis_tdata[W - 1 - w_rel[LW-1:0]] == (f_have_q && f_val_q));
            end
        end
    end
    // the word holds bit f_pos, and its value there (the text's own terms, for the one-stream
    // definition: the same solver terms on both sides)
    assign f_in_word = f_pos >= w_start_q && f_pos < w_end;
    assign f_bit = m_axis_tdata[W - 1 - w_rel[LW-1:0]];
endmodule

// one record in; per record bit i (b = 544 - i) the word out that holds stream bit p + i at its
// handshake (its data, tkeep, tlast, start) and the packer's tracker at f_pos = p + i then (the
// bit taken and its value, the block's end); the unpacker's trackers of its records derivation
module rt_pack_wordsout_xnc_packer #(
    parameter W = 512,
    parameter LW = 9,
    parameter KB = 64
) (
    input wire aclk,
    input wire [551:0] rin,
    input wire [9:0] lin,
    input wire [3:0] blk,
    input wire [19:0] p,
    input wire [545*W-1:0] wdata,
    input wire [545*KB-1:0] wkeep,
    input wire [544:0] wlast,
    input wire [545*20-1:0] wstart,
    input wire [544:0] fhave,
    input wire [544:0] fval,
    input wire [544:0] fendh,
    input wire [545*20-1:0] fend,
    input wire [544:0] fh,
    input wire [544:0] fv
);
    // one stream: the block's stream from the record's position (545 bits), as the trackers hold
    // it (the same line as rt_unpack_records_*)
    wire [544:0] seg = fv;
    genvar b;
    generate
        for (b = 0; b < 545; b = b + 1) begin : at
            wire [19:0] q = p + 20'd544 - b;
            wire in_word, bit;
            // words (rt_pack_step_xnc_packer): the word out in a state of its invariant, the
            // record's block
            rt_pack_wordsout_xnc_packer_at #(.W(W), .LW(LW), .KB(KB)) u (
                .aresetn(1'b1), .inv_q(1'b1), .f_blk(blk), .f_pos(q),
                .m_axis_tdata(wdata[b * W +: W]), .m_axis_tkeep(wkeep[b * KB +: KB]), .m_axis_tvalid(1'b1),
                .m_axis_tlast(wlast[b]), .out_blk_q(blk), .w_start_q(wstart[b * 20 +: 20]),
                .f_have_q(fhave[b]), .f_val_q(fval[b]), .f_end_have_q(fendh[b]), .f_end_q(fend[b * 20 +: 20]),
                .f_in_word(in_word), .f_bit(bit)
            );
            always @(*) begin
                // one stream: the unpacker's tracker of bit q took it from the word that holds it
                assume(!fh[b] || (in_word && fv[b] == bit));
                // the packer's tracker at q: bit 544 - b of the record in, taken at its handshake
                // (f_val_d = s_axis_tdata[551 - (f_pos - in_q)], in_q = p) and held since
                assume(lin <= 10'd544 - b || (fhave[b] && fval[b] == rin[7 + b]));
            end
        end
    endgenerate
    always @(*) begin
        // portwords (guaranteed), in the composition's form
        assert(lin <= 10'd0 || !fh[544] || seg[544] == rin[551]);
        assert(lin <= 10'd1 || !fh[543] || seg[543] == rin[550]);
        assert(lin <= 10'd2 || !fh[542] || seg[542] == rin[549]);
        assert(lin <= 10'd3 || !fh[541] || seg[541] == rin[548]);
        assert(lin <= 10'd4 || !fh[540] || seg[540] == rin[547]);
        assert(lin <= 10'd5 || !fh[539] || seg[539] == rin[546]);
        assert(lin <= 10'd6 || !fh[538] || seg[538] == rin[545]);
        assert(lin <= 10'd7 || !fh[537] || seg[537] == rin[544]);
        assert(lin <= 10'd8 || !fh[536] || seg[536] == rin[543]);
        assert(lin <= 10'd9 || !fh[535] || seg[535] == rin[542]);
        assert(lin <= 10'd10 || !fh[534] || seg[534] == rin[541]);
        assert(lin <= 10'd11 || !fh[533] || seg[533] == rin[540]);
        assert(lin <= 10'd12 || !fh[532] || seg[532] == rin[539]);
        assert(lin <= 10'd13 || !fh[531] || seg[531] == rin[538]);
        assert(lin <= 10'd14 || !fh[530] || seg[530] == rin[537]);
        assert(lin <= 10'd15 || !fh[529] || seg[529] == rin[536]);
        assert(lin <= 10'd16 || !fh[528] || seg[528] == rin[535]);
        assert(lin <= 10'd17 || !fh[527] || seg[527] == rin[534]);
        assert(lin <= 10'd18 || !fh[526] || seg[526] == rin[533]);
        assert(lin <= 10'd19 || !fh[525] || seg[525] == rin[532]);
        assert(lin <= 10'd20 || !fh[524] || seg[524] == rin[531]);
        assert(lin <= 10'd21 || !fh[523] || seg[523] == rin[530]);
        assert(lin <= 10'd22 || !fh[522] || seg[522] == rin[529]);
        assert(lin <= 10'd23 || !fh[521] || seg[521] == rin[528]);
        assert(lin <= 10'd24 || !fh[520] || seg[520] == rin[527]);
        assert(lin <= 10'd25 || !fh[519] || seg[519] == rin[526]);
        assert(lin <= 10'd26 || !fh[518] || seg[518] == rin[525]);
        assert(lin <= 10'd27 || !fh[517] || seg[517] == rin[524]);
        assert(lin <= 10'd28 || !fh[516] || seg[516] == rin[523]);
        assert(lin <= 10'd29 || !fh[515] || seg[515] == rin[522]);
        assert(lin <= 10'd30 || !fh[514] || seg[514] == rin[521]);
        assert(lin <= 10'd31 || !fh[513] || seg[513] == rin[520]);
        assert(lin <= 10'd32 || !fh[512] || seg[512] == rin[519]);
        assert(lin <= 10'd33 || !fh[511] || seg[511] == rin[518]);
        assert(lin <= 10'd34 || !fh[510] || seg[510] == rin[517]);
        assert(lin <= 10'd35 || !fh[509] || seg[509] == rin[516]);
        assert(lin <= 10'd36 || !fh[508] || seg[508] == rin[515]);
        assert(lin <= 10'd37 || !fh[507] || seg[507] == rin[514]);
        assert(lin <= 10'd38 || !fh[506] || seg[506] == rin[513]);
        assert(lin <= 10'd39 || !fh[505] || seg[505] == rin[512]);
        assert(lin <= 10'd40 || !fh[504] || seg[504] == rin[511]);
        assert(lin <= 10'd41 || !fh[503] || seg[503] == rin[510]);
        assert(lin <= 10'd42 || !fh[502] || seg[502] == rin[509]);
        assert(lin <= 10'd43 || !fh[501] || seg[501] == rin[508]);
        assert(lin <= 10'd44 || !fh[500] || seg[500] == rin[507]);
        assert(lin <= 10'd45 || !fh[499] || seg[499] == rin[506]);
        assert(lin <= 10'd46 || !fh[498] || seg[498] == rin[505]);
        assert(lin <= 10'd47 || !fh[497] || seg[497] == rin[504]);
        assert(lin <= 10'd48 || !fh[496] || seg[496] == rin[503]);
        assert(lin <= 10'd49 || !fh[495] || seg[495] == rin[502]);
        assert(lin <= 10'd50 || !fh[494] || seg[494] == rin[501]);
        assert(lin <= 10'd51 || !fh[493] || seg[493] == rin[500]);
        assert(lin <= 10'd52 || !fh[492] || seg[492] == rin[499]);
        assert(lin <= 10'd53 || !fh[491] || seg[491] == rin[498]);
        assert(lin <= 10'd54 || !fh[490] || seg[490] == rin[497]);
        assert(lin <= 10'd55 || !fh[489] || seg[489] == rin[496]);
        assert(lin <= 10'd56 || !fh[488] || seg[488] == rin[495]);
        assert(lin <= 10'd57 || !fh[487] || seg[487] == rin[494]);
        assert(lin <= 10'd58 || !fh[486] || seg[486] == rin[493]);
        assert(lin <= 10'd59 || !fh[485] || seg[485] == rin[492]);
        assert(lin <= 10'd60 || !fh[484] || seg[484] == rin[491]);
        assert(lin <= 10'd61 || !fh[483] || seg[483] == rin[490]);
        assert(lin <= 10'd62 || !fh[482] || seg[482] == rin[489]);
        assert(lin <= 10'd63 || !fh[481] || seg[481] == rin[488]);
        assert(lin <= 10'd64 || !fh[480] || seg[480] == rin[487]);
        assert(lin <= 10'd65 || !fh[479] || seg[479] == rin[486]);
        assert(lin <= 10'd66 || !fh[478] || seg[478] == rin[485]);
        assert(lin <= 10'd67 || !fh[477] || seg[477] == rin[484]);
        assert(lin <= 10'd68 || !fh[476] || seg[476] == rin[483]);
        assert(lin <= 10'd69 || !fh[475] || seg[475] == rin[482]);
        assert(lin <= 10'd70 || !fh[474] || seg[474] == rin[481]);
        assert(lin <= 10'd71 || !fh[473] || seg[473] == rin[480]);
        assert(lin <= 10'd72 || !fh[472] || seg[472] == rin[479]);
        assert(lin <= 10'd73 || !fh[471] || seg[471] == rin[478]);
        assert(lin <= 10'd74 || !fh[470] || seg[470] == rin[477]);
        assert(lin <= 10'd75 || !fh[469] || seg[469] == rin[476]);
        assert(lin <= 10'd76 || !fh[468] || seg[468] == rin[475]);
        assert(lin <= 10'd77 || !fh[467] || seg[467] == rin[474]);
        assert(lin <= 10'd78 || !fh[466] || seg[466] == rin[473]);
        assert(lin <= 10'd79 || !fh[465] || seg[465] == rin[472]);
        assert(lin <= 10'd80 || !fh[464] || seg[464] == rin[471]);
        assert(lin <= 10'd81 || !fh[463] || seg[463] == rin[470]);
        assert(lin <= 10'd82 || !fh[462] || seg[462] == rin[469]);
        assert(lin <= 10'd83 || !fh[461] || seg[461] == rin[468]);
        assert(lin <= 10'd84 || !fh[460] || seg[460] == rin[467]);
        assert(lin <= 10'd85 || !fh[459] || seg[459] == rin[466]);
        assert(lin <= 10'd86 || !fh[458] || seg[458] == rin[465]);
        assert(lin <= 10'd87 || !fh[457] || seg[457] == rin[464]);
        assert(lin <= 10'd88 || !fh[456] || seg[456] == rin[463]);
        assert(lin <= 10'd89 || !fh[455] || seg[455] == rin[462]);
        assert(lin <= 10'd90 || !fh[454] || seg[454] == rin[461]);
        assert(lin <= 10'd91 || !fh[453] || seg[453] == rin[460]);
        assert(lin <= 10'd92 || !fh[452] || seg[452] == rin[459]);
        assert(lin <= 10'd93 || !fh[451] || seg[451] == rin[458]);
        assert(lin <= 10'd94 || !fh[450] || seg[450] == rin[457]);
        assert(lin <= 10'd95 || !fh[449] || seg[449] == rin[456]);
        assert(lin <= 10'd96 || !fh[448] || seg[448] == rin[455]);
        assert(lin <= 10'd97 || !fh[447] || seg[447] == rin[454]);
        assert(lin <= 10'd98 || !fh[446] || seg[446] == rin[453]);
        assert(lin <= 10'd99 || !fh[445] || seg[445] == rin[452]);
        assert(lin <= 10'd100 || !fh[444] || seg[444] == rin[451]);
        assert(lin <= 10'd101 || !fh[443] || seg[443] == rin[450]);
        assert(lin <= 10'd102 || !fh[442] || seg[442] == rin[449]);
        assert(lin <= 10'd103 || !fh[441] || seg[441] == rin[448]);
        assert(lin <= 10'd104 || !fh[440] || seg[440] == rin[447]);
        assert(lin <= 10'd105 || !fh[439] || seg[439] == rin[446]);
        assert(lin <= 10'd106 || !fh[438] || seg[438] == rin[445]);
        assert(lin <= 10'd107 || !fh[437] || seg[437] == rin[444]);
        assert(lin <= 10'd108 || !fh[436] || seg[436] == rin[443]);
        assert(lin <= 10'd109 || !fh[435] || seg[435] == rin[442]);
        assert(lin <= 10'd110 || !fh[434] || seg[434] == rin[441]);
        assert(lin <= 10'd111 || !fh[433] || seg[433] == rin[440]);
        assert(lin <= 10'd112 || !fh[432] || seg[432] == rin[439]);
        assert(lin <= 10'd113 || !fh[431] || seg[431] == rin[438]);
        assert(lin <= 10'd114 || !fh[430] || seg[430] == rin[437]);
        assert(lin <= 10'd115 || !fh[429] || seg[429] == rin[436]);
        assert(lin <= 10'd116 || !fh[428] || seg[428] == rin[435]);
        assert(lin <= 10'd117 || !fh[427] || seg[427] == rin[434]);
        assert(lin <= 10'd118 || !fh[426] || seg[426] == rin[433]);
        assert(lin <= 10'd119 || !fh[425] || seg[425] == rin[432]);
        assert(lin <= 10'd120 || !fh[424] || seg[424] == rin[431]);
        assert(lin <= 10'd121 || !fh[423] || seg[423] == rin[430]);
        assert(lin <= 10'd122 || !fh[422] || seg[422] == rin[429]);
        assert(lin <= 10'd123 || !fh[421] || seg[421] == rin[428]);
        assert(lin <= 10'd124 || !fh[420] || seg[420] == rin[427]);
        assert(lin <= 10'd125 || !fh[419] || seg[419] == rin[426]);
        assert(lin <= 10'd126 || !fh[418] || seg[418] == rin[425]);
        assert(lin <= 10'd127 || !fh[417] || seg[417] == rin[424]);
        assert(lin <= 10'd128 || !fh[416] || seg[416] == rin[423]);
        assert(lin <= 10'd129 || !fh[415] || seg[415] == rin[422]);
        assert(lin <= 10'd130 || !fh[414] || seg[414] == rin[421]);
        assert(lin <= 10'd131 || !fh[413] || seg[413] == rin[420]);
        assert(lin <= 10'd132 || !fh[412] || seg[412] == rin[419]);
        assert(lin <= 10'd133 || !fh[411] || seg[411] == rin[418]);
        assert(lin <= 10'd134 || !fh[410] || seg[410] == rin[417]);
        assert(lin <= 10'd135 || !fh[409] || seg[409] == rin[416]);
        assert(lin <= 10'd136 || !fh[408] || seg[408] == rin[415]);
        assert(lin <= 10'd137 || !fh[407] || seg[407] == rin[414]);
        assert(lin <= 10'd138 || !fh[406] || seg[406] == rin[413]);
        assert(lin <= 10'd139 || !fh[405] || seg[405] == rin[412]);
        assert(lin <= 10'd140 || !fh[404] || seg[404] == rin[411]);
        assert(lin <= 10'd141 || !fh[403] || seg[403] == rin[410]);
        assert(lin <= 10'd142 || !fh[402] || seg[402] == rin[409]);
        assert(lin <= 10'd143 || !fh[401] || seg[401] == rin[408]);
        assert(lin <= 10'd144 || !fh[400] || seg[400] == rin[407]);
        assert(lin <= 10'd145 || !fh[399] || seg[399] == rin[406]);
        assert(lin <= 10'd146 || !fh[398] || seg[398] == rin[405]);
        assert(lin <= 10'd147 || !fh[397] || seg[397] == rin[404]);
        assert(lin <= 10'd148 || !fh[396] || seg[396] == rin[403]);
        assert(lin <= 10'd149 || !fh[395] || seg[395] == rin[402]);
        assert(lin <= 10'd150 || !fh[394] || seg[394] == rin[401]);
        assert(lin <= 10'd151 || !fh[393] || seg[393] == rin[400]);
        assert(lin <= 10'd152 || !fh[392] || seg[392] == rin[399]);
        assert(lin <= 10'd153 || !fh[391] || seg[391] == rin[398]);
        assert(lin <= 10'd154 || !fh[390] || seg[390] == rin[397]);
        assert(lin <= 10'd155 || !fh[389] || seg[389] == rin[396]);
        assert(lin <= 10'd156 || !fh[388] || seg[388] == rin[395]);
        assert(lin <= 10'd157 || !fh[387] || seg[387] == rin[394]);
        assert(lin <= 10'd158 || !fh[386] || seg[386] == rin[393]);
        assert(lin <= 10'd159 || !fh[385] || seg[385] == rin[392]);
        assert(lin <= 10'd160 || !fh[384] || seg[384] == rin[391]);
        assert(lin <= 10'd161 || !fh[383] || seg[383] == rin[390]);
        assert(lin <= 10'd162 || !fh[382] || seg[382] == rin[389]);
        assert(lin <= 10'd163 || !fh[381] || seg[381] == rin[388]);
        assert(lin <= 10'd164 || !fh[380] || seg[380] == rin[387]);
        assert(lin <= 10'd165 || !fh[379] || seg[379] == rin[386]);
        assert(lin <= 10'd166 || !fh[378] || seg[378] == rin[385]);
        assert(lin <= 10'd167 || !fh[377] || seg[377] == rin[384]);
        assert(lin <= 10'd168 || !fh[376] || seg[376] == rin[383]);
        assert(lin <= 10'd169 || !fh[375] || seg[375] == rin[382]);
        assert(lin <= 10'd170 || !fh[374] || seg[374] == rin[381]);
        assert(lin <= 10'd171 || !fh[373] || seg[373] == rin[380]);
        assert(lin <= 10'd172 || !fh[372] || seg[372] == rin[379]);
        assert(lin <= 10'd173 || !fh[371] || seg[371] == rin[378]);
        assert(lin <= 10'd174 || !fh[370] || seg[370] == rin[377]);
        assert(lin <= 10'd175 || !fh[369] || seg[369] == rin[376]);
        assert(lin <= 10'd176 || !fh[368] || seg[368] == rin[375]);
        assert(lin <= 10'd177 || !fh[367] || seg[367] == rin[374]);
        assert(lin <= 10'd178 || !fh[366] || seg[366] == rin[373]);
        assert(lin <= 10'd179 || !fh[365] || seg[365] == rin[372]);
        assert(lin <= 10'd180 || !fh[364] || seg[364] == rin[371]);
        assert(lin <= 10'd181 || !fh[363] || seg[363] == rin[370]);
        assert(lin <= 10'd182 || !fh[362] || seg[362] == rin[369]);
        assert(lin <= 10'd183 || !fh[361] || seg[361] == rin[368]);
        assert(lin <= 10'd184 || !fh[360] || seg[360] == rin[367]);
        assert(lin <= 10'd185 || !fh[359] || seg[359] == rin[366]);
        assert(lin <= 10'd186 || !fh[358] || seg[358] == rin[365]);
        assert(lin <= 10'd187 || !fh[357] || seg[357] == rin[364]);
        assert(lin <= 10'd188 || !fh[356] || seg[356] == rin[363]);
        assert(lin <= 10'd189 || !fh[355] || seg[355] == rin[362]);
        assert(lin <= 10'd190 || !fh[354] || seg[354] == rin[361]);
        assert(lin <= 10'd191 || !fh[353] || seg[353] == rin[360]);
        assert(lin <= 10'd192 || !fh[352] || seg[352] == rin[359]);
        assert(lin <= 10'd193 || !fh[351] || seg[351] == rin[358]);
        assert(lin <= 10'd194 || !fh[350] || seg[350] == rin[357]);
        assert(lin <= 10'd195 || !fh[349] || seg[349] == rin[356]);
        assert(lin <= 10'd196 || !fh[348] || seg[348] == rin[355]);
        assert(lin <= 10'd197 || !fh[347] || seg[347] == rin[354]);
        assert(lin <= 10'd198 || !fh[346] || seg[346] == rin[353]);
        assert(lin <= 10'd199 || !fh[345] || seg[345] == rin[352]);
        assert(lin <= 10'd200 || !fh[344] || seg[344] == rin[351]);
        assert(lin <= 10'd201 || !fh[343] || seg[343] == rin[350]);
        assert(lin <= 10'd202 || !fh[342] || seg[342] == rin[349]);
        assert(lin <= 10'd203 || !fh[341] || seg[341] == rin[348]);
        assert(lin <= 10'd204 || !fh[340] || seg[340] == rin[347]);
        assert(lin <= 10'd205 || !fh[339] || seg[339] == rin[346]);
        assert(lin <= 10'd206 || !fh[338] || seg[338] == rin[345]);
        assert(lin <= 10'd207 || !fh[337] || seg[337] == rin[344]);
        assert(lin <= 10'd208 || !fh[336] || seg[336] == rin[343]);
        assert(lin <= 10'd209 || !fh[335] || seg[335] == rin[342]);
        assert(lin <= 10'd210 || !fh[334] || seg[334] == rin[341]);
        assert(lin <= 10'd211 || !fh[333] || seg[333] == rin[340]);
        assert(lin <= 10'd212 || !fh[332] || seg[332] == rin[339]);
        assert(lin <= 10'd213 || !fh[331] || seg[331] == rin[338]);
        assert(lin <= 10'd214 || !fh[330] || seg[330] == rin[337]);
        assert(lin <= 10'd215 || !fh[329] || seg[329] == rin[336]);
        assert(lin <= 10'd216 || !fh[328] || seg[328] == rin[335]);
        assert(lin <= 10'd217 || !fh[327] || seg[327] == rin[334]);
        assert(lin <= 10'd218 || !fh[326] || seg[326] == rin[333]);
        assert(lin <= 10'd219 || !fh[325] || seg[325] == rin[332]);
        assert(lin <= 10'd220 || !fh[324] || seg[324] == rin[331]);
        assert(lin <= 10'd221 || !fh[323] || seg[323] == rin[330]);
        assert(lin <= 10'd222 || !fh[322] || seg[322] == rin[329]);
        assert(lin <= 10'd223 || !fh[321] || seg[321] == rin[328]);
        assert(lin <= 10'd224 || !fh[320] || seg[320] == rin[327]);
        assert(lin <= 10'd225 || !fh[319] || seg[319] == rin[326]);
        assert(lin <= 10'd226 || !fh[318] || seg[318] == rin[325]);
        assert(lin <= 10'd227 || !fh[317] || seg[317] == rin[324]);
        assert(lin <= 10'd228 || !fh[316] || seg[316] == rin[323]);
        assert(lin <= 10'd229 || !fh[315] || seg[315] == rin[322]);
        assert(lin <= 10'd230 || !fh[314] || seg[314] == rin[321]);
        assert(lin <= 10'd231 || !fh[313] || seg[313] == rin[320]);
        assert(lin <= 10'd232 || !fh[312] || seg[312] == rin[319]);
        assert(lin <= 10'd233 || !fh[311] || seg[311] == rin[318]);
        assert(lin <= 10'd234 || !fh[310] || seg[310] == rin[317]);
        assert(lin <= 10'd235 || !fh[309] || seg[309] == rin[316]);
        assert(lin <= 10'd236 || !fh[308] || seg[308] == rin[315]);
        assert(lin <= 10'd237 || !fh[307] || seg[307] == rin[314]);
        assert(lin <= 10'd238 || !fh[306] || seg[306] == rin[313]);
        assert(lin <= 10'd239 || !fh[305] || seg[305] == rin[312]);
        assert(lin <= 10'd240 || !fh[304] || seg[304] == rin[311]);
        assert(lin <= 10'd241 || !fh[303] || seg[303] == rin[310]);
        assert(lin <= 10'd242 || !fh[302] || seg[302] == rin[309]);
        assert(lin <= 10'd243 || !fh[301] || seg[301] == rin[308]);
        assert(lin <= 10'd244 || !fh[300] || seg[300] == rin[307]);
        assert(lin <= 10'd245 || !fh[299] || seg[299] == rin[306]);
        assert(lin <= 10'd246 || !fh[298] || seg[298] == rin[305]);
        assert(lin <= 10'd247 || !fh[297] || seg[297] == rin[304]);
        assert(lin <= 10'd248 || !fh[296] || seg[296] == rin[303]);
        assert(lin <= 10'd249 || !fh[295] || seg[295] == rin[302]);
        assert(lin <= 10'd250 || !fh[294] || seg[294] == rin[301]);
        assert(lin <= 10'd251 || !fh[293] || seg[293] == rin[300]);
        assert(lin <= 10'd252 || !fh[292] || seg[292] == rin[299]);
        assert(lin <= 10'd253 || !fh[291] || seg[291] == rin[298]);
        assert(lin <= 10'd254 || !fh[290] || seg[290] == rin[297]);
        assert(lin <= 10'd255 || !fh[289] || seg[289] == rin[296]);
        assert(lin <= 10'd256 || !fh[288] || seg[288] == rin[295]);
        assert(lin <= 10'd257 || !fh[287] || seg[287] == rin[294]);
        assert(lin <= 10'd258 || !fh[286] || seg[286] == rin[293]);
        assert(lin <= 10'd259 || !fh[285] || seg[285] == rin[292]);
        assert(lin <= 10'd260 || !fh[284] || seg[284] == rin[291]);
        assert(lin <= 10'd261 || !fh[283] || seg[283] == rin[290]);
        assert(lin <= 10'd262 || !fh[282] || seg[282] == rin[289]);
        assert(lin <= 10'd263 || !fh[281] || seg[281] == rin[288]);
        assert(lin <= 10'd264 || !fh[280] || seg[280] == rin[287]);
        assert(lin <= 10'd265 || !fh[279] || seg[279] == rin[286]);
        assert(lin <= 10'd266 || !fh[278] || seg[278] == rin[285]);
        assert(lin <= 10'd267 || !fh[277] || seg[277] == rin[284]);
        assert(lin <= 10'd268 || !fh[276] || seg[276] == rin[283]);
        assert(lin <= 10'd269 || !fh[275] || seg[275] == rin[282]);
        assert(lin <= 10'd270 || !fh[274] || seg[274] == rin[281]);
        assert(lin <= 10'd271 || !fh[273] || seg[273] == rin[280]);
        assert(lin <= 10'd272 || !fh[272] || seg[272] == rin[279]);
        assert(lin <= 10'd273 || !fh[271] || seg[271] == rin[278]);
        assert(lin <= 10'd274 || !fh[270] || seg[270] == rin[277]);
        assert(lin <= 10'd275 || !fh[269] || seg[269] == rin[276]);
        assert(lin <= 10'd276 || !fh[268] || seg[268] == rin[275]);
        assert(lin <= 10'd277 || !fh[267] || seg[267] == rin[274]);
        assert(lin <= 10'd278 || !fh[266] || seg[266] == rin[273]);
        assert(lin <= 10'd279 || !fh[265] || seg[265] == rin[272]);
        assert(lin <= 10'd280 || !fh[264] || seg[264] == rin[271]);
        assert(lin <= 10'd281 || !fh[263] || seg[263] == rin[270]);
        assert(lin <= 10'd282 || !fh[262] || seg[262] == rin[269]);
        assert(lin <= 10'd283 || !fh[261] || seg[261] == rin[268]);
        assert(lin <= 10'd284 || !fh[260] || seg[260] == rin[267]);
        assert(lin <= 10'd285 || !fh[259] || seg[259] == rin[266]);
        assert(lin <= 10'd286 || !fh[258] || seg[258] == rin[265]);
        assert(lin <= 10'd287 || !fh[257] || seg[257] == rin[264]);
        assert(lin <= 10'd288 || !fh[256] || seg[256] == rin[263]);
        assert(lin <= 10'd289 || !fh[255] || seg[255] == rin[262]);
        assert(lin <= 10'd290 || !fh[254] || seg[254] == rin[261]);
        assert(lin <= 10'd291 || !fh[253] || seg[253] == rin[260]);
        assert(lin <= 10'd292 || !fh[252] || seg[252] == rin[259]);
        assert(lin <= 10'd293 || !fh[251] || seg[251] == rin[258]);
        assert(lin <= 10'd294 || !fh[250] || seg[250] == rin[257]);
        assert(lin <= 10'd295 || !fh[249] || seg[249] == rin[256]);
        assert(lin <= 10'd296 || !fh[248] || seg[248] == rin[255]);
        assert(lin <= 10'd297 || !fh[247] || seg[247] == rin[254]);
        assert(lin <= 10'd298 || !fh[246] || seg[246] == rin[253]);
        assert(lin <= 10'd299 || !fh[245] || seg[245] == rin[252]);
        assert(lin <= 10'd300 || !fh[244] || seg[244] == rin[251]);
        assert(lin <= 10'd301 || !fh[243] || seg[243] == rin[250]);
        assert(lin <= 10'd302 || !fh[242] || seg[242] == rin[249]);
        assert(lin <= 10'd303 || !fh[241] || seg[241] == rin[248]);
        assert(lin <= 10'd304 || !fh[240] || seg[240] == rin[247]);
        assert(lin <= 10'd305 || !fh[239] || seg[239] == rin[246]);
        assert(lin <= 10'd306 || !fh[238] || seg[238] == rin[245]);
        assert(lin <= 10'd307 || !fh[237] || seg[237] == rin[244]);
        assert(lin <= 10'd308 || !fh[236] || seg[236] == rin[243]);
        assert(lin <= 10'd309 || !fh[235] || seg[235] == rin[242]);
        assert(lin <= 10'd310 || !fh[234] || seg[234] == rin[241]);
        assert(lin <= 10'd311 || !fh[233] || seg[233] == rin[240]);
        assert(lin <= 10'd312 || !fh[232] || seg[232] == rin[239]);
        assert(lin <= 10'd313 || !fh[231] || seg[231] == rin[238]);
        assert(lin <= 10'd314 || !fh[230] || seg[230] == rin[237]);
        assert(lin <= 10'd315 || !fh[229] || seg[229] == rin[236]);
        assert(lin <= 10'd316 || !fh[228] || seg[228] == rin[235]);
        assert(lin <= 10'd317 || !fh[227] || seg[227] == rin[234]);
        assert(lin <= 10'd318 || !fh[226] || seg[226] == rin[233]);
        assert(lin <= 10'd319 || !fh[225] || seg[225] == rin[232]);
        assert(lin <= 10'd320 || !fh[224] || seg[224] == rin[231]);
        assert(lin <= 10'd321 || !fh[223] || seg[223] == rin[230]);
        assert(lin <= 10'd322 || !fh[222] || seg[222] == rin[229]);
        assert(lin <= 10'd323 || !fh[221] || seg[221] == rin[228]);
        assert(lin <= 10'd324 || !fh[220] || seg[220] == rin[227]);
        assert(lin <= 10'd325 || !fh[219] || seg[219] == rin[226]);
        assert(lin <= 10'd326 || !fh[218] || seg[218] == rin[225]);
        assert(lin <= 10'd327 || !fh[217] || seg[217] == rin[224]);
        assert(lin <= 10'd328 || !fh[216] || seg[216] == rin[223]);
        assert(lin <= 10'd329 || !fh[215] || seg[215] == rin[222]);
        assert(lin <= 10'd330 || !fh[214] || seg[214] == rin[221]);
        assert(lin <= 10'd331 || !fh[213] || seg[213] == rin[220]);
        assert(lin <= 10'd332 || !fh[212] || seg[212] == rin[219]);
        assert(lin <= 10'd333 || !fh[211] || seg[211] == rin[218]);
        assert(lin <= 10'd334 || !fh[210] || seg[210] == rin[217]);
        assert(lin <= 10'd335 || !fh[209] || seg[209] == rin[216]);
        assert(lin <= 10'd336 || !fh[208] || seg[208] == rin[215]);
        assert(lin <= 10'd337 || !fh[207] || seg[207] == rin[214]);
        assert(lin <= 10'd338 || !fh[206] || seg[206] == rin[213]);
        assert(lin <= 10'd339 || !fh[205] || seg[205] == rin[212]);
        assert(lin <= 10'd340 || !fh[204] || seg[204] == rin[211]);
        assert(lin <= 10'd341 || !fh[203] || seg[203] == rin[210]);
        assert(lin <= 10'd342 || !fh[202] || seg[202] == rin[209]);
        assert(lin <= 10'd343 || !fh[201] || seg[201] == rin[208]);
        assert(lin <= 10'd344 || !fh[200] || seg[200] == rin[207]);
        assert(lin <= 10'd345 || !fh[199] || seg[199] == rin[206]);
        assert(lin <= 10'd346 || !fh[198] || seg[198] == rin[205]);
        assert(lin <= 10'd347 || !fh[197] || seg[197] == rin[204]);
        assert(lin <= 10'd348 || !fh[196] || seg[196] == rin[203]);
        assert(lin <= 10'd349 || !fh[195] || seg[195] == rin[202]);
        assert(lin <= 10'd350 || !fh[194] || seg[194] == rin[201]);
        assert(lin <= 10'd351 || !fh[193] || seg[193] == rin[200]);
        assert(lin <= 10'd352 || !fh[192] || seg[192] == rin[199]);
        assert(lin <= 10'd353 || !fh[191] || seg[191] == rin[198]);
        assert(lin <= 10'd354 || !fh[190] || seg[190] == rin[197]);
        assert(lin <= 10'd355 || !fh[189] || seg[189] == rin[196]);
        assert(lin <= 10'd356 || !fh[188] || seg[188] == rin[195]);
        assert(lin <= 10'd357 || !fh[187] || seg[187] == rin[194]);
        assert(lin <= 10'd358 || !fh[186] || seg[186] == rin[193]);
        assert(lin <= 10'd359 || !fh[185] || seg[185] == rin[192]);
        assert(lin <= 10'd360 || !fh[184] || seg[184] == rin[191]);
        assert(lin <= 10'd361 || !fh[183] || seg[183] == rin[190]);
        assert(lin <= 10'd362 || !fh[182] || seg[182] == rin[189]);
        assert(lin <= 10'd363 || !fh[181] || seg[181] == rin[188]);
        assert(lin <= 10'd364 || !fh[180] || seg[180] == rin[187]);
        assert(lin <= 10'd365 || !fh[179] || seg[179] == rin[186]);
        assert(lin <= 10'd366 || !fh[178] || seg[178] == rin[185]);
        assert(lin <= 10'd367 || !fh[177] || seg[177] == rin[184]);
        assert(lin <= 10'd368 || !fh[176] || seg[176] == rin[183]);
        assert(lin <= 10'd369 || !fh[175] || seg[175] == rin[182]);
        assert(lin <= 10'd370 || !fh[174] || seg[174] == rin[181]);
        assert(lin <= 10'd371 || !fh[173] || seg[173] == rin[180]);
        assert(lin <= 10'd372 || !fh[172] || seg[172] == rin[179]);
        assert(lin <= 10'd373 || !fh[171] || seg[171] == rin[178]);
        assert(lin <= 10'd374 || !fh[170] || seg[170] == rin[177]);
        assert(lin <= 10'd375 || !fh[169] || seg[169] == rin[176]);
        assert(lin <= 10'd376 || !fh[168] || seg[168] == rin[175]);
        assert(lin <= 10'd377 || !fh[167] || seg[167] == rin[174]);
        assert(lin <= 10'd378 || !fh[166] || seg[166] == rin[173]);
        assert(lin <= 10'd379 || !fh[165] || seg[165] == rin[172]);
        assert(lin <= 10'd380 || !fh[164] || seg[164] == rin[171]);
        assert(lin <= 10'd381 || !fh[163] || seg[163] == rin[170]);
        assert(lin <= 10'd382 || !fh[162] || seg[162] == rin[169]);
        assert(lin <= 10'd383 || !fh[161] || seg[161] == rin[168]);
        assert(lin <= 10'd384 || !fh[160] || seg[160] == rin[167]);
        assert(lin <= 10'd385 || !fh[159] || seg[159] == rin[166]);
        assert(lin <= 10'd386 || !fh[158] || seg[158] == rin[165]);
        assert(lin <= 10'd387 || !fh[157] || seg[157] == rin[164]);
        assert(lin <= 10'd388 || !fh[156] || seg[156] == rin[163]);
        assert(lin <= 10'd389 || !fh[155] || seg[155] == rin[162]);
        assert(lin <= 10'd390 || !fh[154] || seg[154] == rin[161]);
        assert(lin <= 10'd391 || !fh[153] || seg[153] == rin[160]);
        assert(lin <= 10'd392 || !fh[152] || seg[152] == rin[159]);
        assert(lin <= 10'd393 || !fh[151] || seg[151] == rin[158]);
        assert(lin <= 10'd394 || !fh[150] || seg[150] == rin[157]);
        assert(lin <= 10'd395 || !fh[149] || seg[149] == rin[156]);
        assert(lin <= 10'd396 || !fh[148] || seg[148] == rin[155]);
        assert(lin <= 10'd397 || !fh[147] || seg[147] == rin[154]);
        assert(lin <= 10'd398 || !fh[146] || seg[146] == rin[153]);
        assert(lin <= 10'd399 || !fh[145] || seg[145] == rin[152]);
        assert(lin <= 10'd400 || !fh[144] || seg[144] == rin[151]);
        assert(lin <= 10'd401 || !fh[143] || seg[143] == rin[150]);
        assert(lin <= 10'd402 || !fh[142] || seg[142] == rin[149]);
        assert(lin <= 10'd403 || !fh[141] || seg[141] == rin[148]);
        assert(lin <= 10'd404 || !fh[140] || seg[140] == rin[147]);
        assert(lin <= 10'd405 || !fh[139] || seg[139] == rin[146]);
        assert(lin <= 10'd406 || !fh[138] || seg[138] == rin[145]);
        assert(lin <= 10'd407 || !fh[137] || seg[137] == rin[144]);
        assert(lin <= 10'd408 || !fh[136] || seg[136] == rin[143]);
        assert(lin <= 10'd409 || !fh[135] || seg[135] == rin[142]);
        assert(lin <= 10'd410 || !fh[134] || seg[134] == rin[141]);
        assert(lin <= 10'd411 || !fh[133] || seg[133] == rin[140]);
        assert(lin <= 10'd412 || !fh[132] || seg[132] == rin[139]);
        assert(lin <= 10'd413 || !fh[131] || seg[131] == rin[138]);
        assert(lin <= 10'd414 || !fh[130] || seg[130] == rin[137]);
        assert(lin <= 10'd415 || !fh[129] || seg[129] == rin[136]);
        assert(lin <= 10'd416 || !fh[128] || seg[128] == rin[135]);
        assert(lin <= 10'd417 || !fh[127] || seg[127] == rin[134]);
        assert(lin <= 10'd418 || !fh[126] || seg[126] == rin[133]);
        assert(lin <= 10'd419 || !fh[125] || seg[125] == rin[132]);
        assert(lin <= 10'd420 || !fh[124] || seg[124] == rin[131]);
        assert(lin <= 10'd421 || !fh[123] || seg[123] == rin[130]);
        assert(lin <= 10'd422 || !fh[122] || seg[122] == rin[129]);
        assert(lin <= 10'd423 || !fh[121] || seg[121] == rin[128]);
        assert(lin <= 10'd424 || !fh[120] || seg[120] == rin[127]);
        assert(lin <= 10'd425 || !fh[119] || seg[119] == rin[126]);
        assert(lin <= 10'd426 || !fh[118] || seg[118] == rin[125]);
        assert(lin <= 10'd427 || !fh[117] || seg[117] == rin[124]);
        assert(lin <= 10'd428 || !fh[116] || seg[116] == rin[123]);
        assert(lin <= 10'd429 || !fh[115] || seg[115] == rin[122]);
        assert(lin <= 10'd430 || !fh[114] || seg[114] == rin[121]);
        assert(lin <= 10'd431 || !fh[113] || seg[113] == rin[120]);
        assert(lin <= 10'd432 || !fh[112] || seg[112] == rin[119]);
        assert(lin <= 10'd433 || !fh[111] || seg[111] == rin[118]);
        assert(lin <= 10'd434 || !fh[110] || seg[110] == rin[117]);
        assert(lin <= 10'd435 || !fh[109] || seg[109] == rin[116]);
        assert(lin <= 10'd436 || !fh[108] || seg[108] == rin[115]);
        assert(lin <= 10'd437 || !fh[107] || seg[107] == rin[114]);
        assert(lin <= 10'd438 || !fh[106] || seg[106] == rin[113]);
        assert(lin <= 10'd439 || !fh[105] || seg[105] == rin[112]);
        assert(lin <= 10'd440 || !fh[104] || seg[104] == rin[111]);
        assert(lin <= 10'd441 || !fh[103] || seg[103] == rin[110]);
        assert(lin <= 10'd442 || !fh[102] || seg[102] == rin[109]);
        assert(lin <= 10'd443 || !fh[101] || seg[101] == rin[108]);
        assert(lin <= 10'd444 || !fh[100] || seg[100] == rin[107]);
        assert(lin <= 10'd445 || !fh[99] || seg[99] == rin[106]);
        assert(lin <= 10'd446 || !fh[98] || seg[98] == rin[105]);
        assert(lin <= 10'd447 || !fh[97] || seg[97] == rin[104]);
        assert(lin <= 10'd448 || !fh[96] || seg[96] == rin[103]);
        assert(lin <= 10'd449 || !fh[95] || seg[95] == rin[102]);
        assert(lin <= 10'd450 || !fh[94] || seg[94] == rin[101]);
        assert(lin <= 10'd451 || !fh[93] || seg[93] == rin[100]);
        assert(lin <= 10'd452 || !fh[92] || seg[92] == rin[99]);
        assert(lin <= 10'd453 || !fh[91] || seg[91] == rin[98]);
        assert(lin <= 10'd454 || !fh[90] || seg[90] == rin[97]);
        assert(lin <= 10'd455 || !fh[89] || seg[89] == rin[96]);
        assert(lin <= 10'd456 || !fh[88] || seg[88] == rin[95]);
        assert(lin <= 10'd457 || !fh[87] || seg[87] == rin[94]);
        assert(lin <= 10'd458 || !fh[86] || seg[86] == rin[93]);
        assert(lin <= 10'd459 || !fh[85] || seg[85] == rin[92]);
        assert(lin <= 10'd460 || !fh[84] || seg[84] == rin[91]);
        assert(lin <= 10'd461 || !fh[83] || seg[83] == rin[90]);
        assert(lin <= 10'd462 || !fh[82] || seg[82] == rin[89]);
        assert(lin <= 10'd463 || !fh[81] || seg[81] == rin[88]);
        assert(lin <= 10'd464 || !fh[80] || seg[80] == rin[87]);
        assert(lin <= 10'd465 || !fh[79] || seg[79] == rin[86]);
        assert(lin <= 10'd466 || !fh[78] || seg[78] == rin[85]);
        assert(lin <= 10'd467 || !fh[77] || seg[77] == rin[84]);
        assert(lin <= 10'd468 || !fh[76] || seg[76] == rin[83]);
        assert(lin <= 10'd469 || !fh[75] || seg[75] == rin[82]);
        assert(lin <= 10'd470 || !fh[74] || seg[74] == rin[81]);
        assert(lin <= 10'd471 || !fh[73] || seg[73] == rin[80]);
        assert(lin <= 10'd472 || !fh[72] || seg[72] == rin[79]);
        assert(lin <= 10'd473 || !fh[71] || seg[71] == rin[78]);
        assert(lin <= 10'd474 || !fh[70] || seg[70] == rin[77]);
        assert(lin <= 10'd475 || !fh[69] || seg[69] == rin[76]);
        assert(lin <= 10'd476 || !fh[68] || seg[68] == rin[75]);
        assert(lin <= 10'd477 || !fh[67] || seg[67] == rin[74]);
        assert(lin <= 10'd478 || !fh[66] || seg[66] == rin[73]);
        assert(lin <= 10'd479 || !fh[65] || seg[65] == rin[72]);
        assert(lin <= 10'd480 || !fh[64] || seg[64] == rin[71]);
        assert(lin <= 10'd481 || !fh[63] || seg[63] == rin[70]);
        assert(lin <= 10'd482 || !fh[62] || seg[62] == rin[69]);
        assert(lin <= 10'd483 || !fh[61] || seg[61] == rin[68]);
        assert(lin <= 10'd484 || !fh[60] || seg[60] == rin[67]);
        assert(lin <= 10'd485 || !fh[59] || seg[59] == rin[66]);
        assert(lin <= 10'd486 || !fh[58] || seg[58] == rin[65]);
        assert(lin <= 10'd487 || !fh[57] || seg[57] == rin[64]);
        assert(lin <= 10'd488 || !fh[56] || seg[56] == rin[63]);
        assert(lin <= 10'd489 || !fh[55] || seg[55] == rin[62]);
        assert(lin <= 10'd490 || !fh[54] || seg[54] == rin[61]);
        assert(lin <= 10'd491 || !fh[53] || seg[53] == rin[60]);
        assert(lin <= 10'd492 || !fh[52] || seg[52] == rin[59]);
        assert(lin <= 10'd493 || !fh[51] || seg[51] == rin[58]);
        assert(lin <= 10'd494 || !fh[50] || seg[50] == rin[57]);
        assert(lin <= 10'd495 || !fh[49] || seg[49] == rin[56]);
        assert(lin <= 10'd496 || !fh[48] || seg[48] == rin[55]);
        assert(lin <= 10'd497 || !fh[47] || seg[47] == rin[54]);
        assert(lin <= 10'd498 || !fh[46] || seg[46] == rin[53]);
        assert(lin <= 10'd499 || !fh[45] || seg[45] == rin[52]);
        assert(lin <= 10'd500 || !fh[44] || seg[44] == rin[51]);
        assert(lin <= 10'd501 || !fh[43] || seg[43] == rin[50]);
        assert(lin <= 10'd502 || !fh[42] || seg[42] == rin[49]);
        assert(lin <= 10'd503 || !fh[41] || seg[41] == rin[48]);
        assert(lin <= 10'd504 || !fh[40] || seg[40] == rin[47]);
        assert(lin <= 10'd505 || !fh[39] || seg[39] == rin[46]);
        assert(lin <= 10'd506 || !fh[38] || seg[38] == rin[45]);
        assert(lin <= 10'd507 || !fh[37] || seg[37] == rin[44]);
        assert(lin <= 10'd508 || !fh[36] || seg[36] == rin[43]);
        assert(lin <= 10'd509 || !fh[35] || seg[35] == rin[42]);
        assert(lin <= 10'd510 || !fh[34] || seg[34] == rin[41]);
        assert(lin <= 10'd511 || !fh[33] || seg[33] == rin[40]);
        assert(lin <= 10'd512 || !fh[32] || seg[32] == rin[39]);
        assert(lin <= 10'd513 || !fh[31] || seg[31] == rin[38]);
        assert(lin <= 10'd514 || !fh[30] || seg[30] == rin[37]);
        assert(lin <= 10'd515 || !fh[29] || seg[29] == rin[36]);
        assert(lin <= 10'd516 || !fh[28] || seg[28] == rin[35]);
        assert(lin <= 10'd517 || !fh[27] || seg[27] == rin[34]);
        assert(lin <= 10'd518 || !fh[26] || seg[26] == rin[33]);
        assert(lin <= 10'd519 || !fh[25] || seg[25] == rin[32]);
        assert(lin <= 10'd520 || !fh[24] || seg[24] == rin[31]);
        assert(lin <= 10'd521 || !fh[23] || seg[23] == rin[30]);
        assert(lin <= 10'd522 || !fh[22] || seg[22] == rin[29]);
        assert(lin <= 10'd523 || !fh[21] || seg[21] == rin[28]);
        assert(lin <= 10'd524 || !fh[20] || seg[20] == rin[27]);
        assert(lin <= 10'd525 || !fh[19] || seg[19] == rin[26]);
        assert(lin <= 10'd526 || !fh[18] || seg[18] == rin[25]);
        assert(lin <= 10'd527 || !fh[17] || seg[17] == rin[24]);
        assert(lin <= 10'd528 || !fh[16] || seg[16] == rin[23]);
        assert(lin <= 10'd529 || !fh[15] || seg[15] == rin[22]);
        assert(lin <= 10'd530 || !fh[14] || seg[14] == rin[21]);
        assert(lin <= 10'd531 || !fh[13] || seg[13] == rin[20]);
        assert(lin <= 10'd532 || !fh[12] || seg[12] == rin[19]);
        assert(lin <= 10'd533 || !fh[11] || seg[11] == rin[18]);
        assert(lin <= 10'd534 || !fh[10] || seg[10] == rin[17]);
        assert(lin <= 10'd535 || !fh[9] || seg[9] == rin[16]);
        assert(lin <= 10'd536 || !fh[8] || seg[8] == rin[15]);
        assert(lin <= 10'd537 || !fh[7] || seg[7] == rin[14]);
        assert(lin <= 10'd538 || !fh[6] || seg[6] == rin[13]);
        assert(lin <= 10'd539 || !fh[5] || seg[5] == rin[12]);
        assert(lin <= 10'd540 || !fh[4] || seg[4] == rin[11]);
        assert(lin <= 10'd541 || !fh[3] || seg[3] == rin[10]);
        assert(lin <= 10'd542 || !fh[2] || seg[2] == rin[9]);
        assert(lin <= 10'd543 || !fh[1] || seg[1] == rin[8]);
        assert(lin <= 10'd544 || !fh[0] || seg[0] == rin[7]);
    end
endmodule
`default_nettype wire

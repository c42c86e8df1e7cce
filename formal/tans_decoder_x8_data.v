// tans_decoder_x8_data.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Data of tans_decoder_x8 (R = 6, 8 lanes, every lane) against a reference tANS decoder from FORMAT.md, for every table.
`default_nettype none
module formal_tans_decoder_x8_data (
    input wire aclk,
    input wire aresetn,
    input wire [7:0] s_axis_ans_l0_tdata,
    input wire [15:0] s_axis_ans_l0_tuser,
    input wire s_axis_ans_l0_tvalid,
    input wire s_axis_ans_l0_tlast,
    input wire [7:0] s_axis_raw_l0_tdata,
    input wire s_axis_raw_l0_tvalid,
    input wire s_axis_raw_l0_tlast,
    input wire [7:0] s_axis_ans_l1_tdata,
    input wire [15:0] s_axis_ans_l1_tuser,
    input wire s_axis_ans_l1_tvalid,
    input wire s_axis_ans_l1_tlast,
    input wire [7:0] s_axis_raw_l1_tdata,
    input wire s_axis_raw_l1_tvalid,
    input wire s_axis_raw_l1_tlast,
    input wire [7:0] s_axis_ans_l2_tdata,
    input wire [15:0] s_axis_ans_l2_tuser,
    input wire s_axis_ans_l2_tvalid,
    input wire s_axis_ans_l2_tlast,
    input wire [7:0] s_axis_raw_l2_tdata,
    input wire s_axis_raw_l2_tvalid,
    input wire s_axis_raw_l2_tlast,
    input wire [7:0] s_axis_ans_l3_tdata,
    input wire [15:0] s_axis_ans_l3_tuser,
    input wire s_axis_ans_l3_tvalid,
    input wire s_axis_ans_l3_tlast,
    input wire [7:0] s_axis_raw_l3_tdata,
    input wire s_axis_raw_l3_tvalid,
    input wire s_axis_raw_l3_tlast,
    input wire [7:0] s_axis_ans_l4_tdata,
    input wire [15:0] s_axis_ans_l4_tuser,
    input wire s_axis_ans_l4_tvalid,
    input wire s_axis_ans_l4_tlast,
    input wire [7:0] s_axis_raw_l4_tdata,
    input wire s_axis_raw_l4_tvalid,
    input wire s_axis_raw_l4_tlast,
    input wire [7:0] s_axis_ans_l5_tdata,
    input wire [15:0] s_axis_ans_l5_tuser,
    input wire s_axis_ans_l5_tvalid,
    input wire s_axis_ans_l5_tlast,
    input wire [7:0] s_axis_raw_l5_tdata,
    input wire s_axis_raw_l5_tvalid,
    input wire s_axis_raw_l5_tlast,
    input wire [7:0] s_axis_ans_l6_tdata,
    input wire [15:0] s_axis_ans_l6_tuser,
    input wire s_axis_ans_l6_tvalid,
    input wire s_axis_ans_l6_tlast,
    input wire [7:0] s_axis_raw_l6_tdata,
    input wire s_axis_raw_l6_tvalid,
    input wire s_axis_raw_l6_tlast,
    input wire [7:0] s_axis_ans_l7_tdata,
    input wire [15:0] s_axis_ans_l7_tuser,
    input wire s_axis_ans_l7_tvalid,
    input wire s_axis_ans_l7_tlast,
    input wire [7:0] s_axis_raw_l7_tdata,
    input wire s_axis_raw_l7_tvalid,
    input wire s_axis_raw_l7_tlast,
    input wire m_axis_tready,
    input wire tbl_we,
    input wire [6:0] tbl_addr,
    input wire [3:0] tbl_code,
    input wire [2:0] tbl_nb,
    input wire [5:0] tbl_base,
    input wire [7:0] tbl_exp,
    input wire tbl_esc
);
    wire s_axis_ans_l0_tready;
    wire s_axis_raw_l0_tready;
    wire s_axis_ans_l1_tready;
    wire s_axis_raw_l1_tready;
    wire s_axis_ans_l2_tready;
    wire s_axis_raw_l2_tready;
    wire s_axis_ans_l3_tready;
    wire s_axis_raw_l3_tready;
    wire s_axis_ans_l4_tready;
    wire s_axis_raw_l4_tready;
    wire s_axis_ans_l5_tready;
    wire s_axis_raw_l5_tready;
    wire s_axis_ans_l6_tready;
    wire s_axis_raw_l6_tready;
    wire s_axis_ans_l7_tready;
    wire s_axis_raw_l7_tready;
    wire [127:0] m_axis_tdata;
    wire [15:0] m_axis_tkeep;
    wire m_axis_tvalid;
    wire m_axis_tlast;
    tans_decoder_x8 dut (
        .aclk(aclk),
        .aresetn(aresetn),
        .s_axis_ans_l0_tdata(s_axis_ans_l0_tdata),
        .s_axis_ans_l0_tuser(s_axis_ans_l0_tuser),
        .s_axis_ans_l0_tvalid(s_axis_ans_l0_tvalid),
        .s_axis_ans_l0_tready(s_axis_ans_l0_tready),
        .s_axis_ans_l0_tlast(s_axis_ans_l0_tlast),
        .s_axis_raw_l0_tdata(s_axis_raw_l0_tdata),
        .s_axis_raw_l0_tvalid(s_axis_raw_l0_tvalid),
        .s_axis_raw_l0_tready(s_axis_raw_l0_tready),
        .s_axis_raw_l0_tlast(s_axis_raw_l0_tlast),
        .s_axis_ans_l1_tdata(s_axis_ans_l1_tdata),
        .s_axis_ans_l1_tuser(s_axis_ans_l1_tuser),
        .s_axis_ans_l1_tvalid(s_axis_ans_l1_tvalid),
        .s_axis_ans_l1_tready(s_axis_ans_l1_tready),
        .s_axis_ans_l1_tlast(s_axis_ans_l1_tlast),
        .s_axis_raw_l1_tdata(s_axis_raw_l1_tdata),
        .s_axis_raw_l1_tvalid(s_axis_raw_l1_tvalid),
        .s_axis_raw_l1_tready(s_axis_raw_l1_tready),
        .s_axis_raw_l1_tlast(s_axis_raw_l1_tlast),
        .s_axis_ans_l2_tdata(s_axis_ans_l2_tdata),
        .s_axis_ans_l2_tuser(s_axis_ans_l2_tuser),
        .s_axis_ans_l2_tvalid(s_axis_ans_l2_tvalid),
        .s_axis_ans_l2_tready(s_axis_ans_l2_tready),
        .s_axis_ans_l2_tlast(s_axis_ans_l2_tlast),
        .s_axis_raw_l2_tdata(s_axis_raw_l2_tdata),
        .s_axis_raw_l2_tvalid(s_axis_raw_l2_tvalid),
        .s_axis_raw_l2_tready(s_axis_raw_l2_tready),
        .s_axis_raw_l2_tlast(s_axis_raw_l2_tlast),
        .s_axis_ans_l3_tdata(s_axis_ans_l3_tdata),
        .s_axis_ans_l3_tuser(s_axis_ans_l3_tuser),
        .s_axis_ans_l3_tvalid(s_axis_ans_l3_tvalid),
        .s_axis_ans_l3_tready(s_axis_ans_l3_tready),
        .s_axis_ans_l3_tlast(s_axis_ans_l3_tlast),
        .s_axis_raw_l3_tdata(s_axis_raw_l3_tdata),
        .s_axis_raw_l3_tvalid(s_axis_raw_l3_tvalid),
        .s_axis_raw_l3_tready(s_axis_raw_l3_tready),
        .s_axis_raw_l3_tlast(s_axis_raw_l3_tlast),
        .s_axis_ans_l4_tdata(s_axis_ans_l4_tdata),
        .s_axis_ans_l4_tuser(s_axis_ans_l4_tuser),
        .s_axis_ans_l4_tvalid(s_axis_ans_l4_tvalid),
        .s_axis_ans_l4_tready(s_axis_ans_l4_tready),
        .s_axis_ans_l4_tlast(s_axis_ans_l4_tlast),
        .s_axis_raw_l4_tdata(s_axis_raw_l4_tdata),
        .s_axis_raw_l4_tvalid(s_axis_raw_l4_tvalid),
        .s_axis_raw_l4_tready(s_axis_raw_l4_tready),
        .s_axis_raw_l4_tlast(s_axis_raw_l4_tlast),
        .s_axis_ans_l5_tdata(s_axis_ans_l5_tdata),
        .s_axis_ans_l5_tuser(s_axis_ans_l5_tuser),
        .s_axis_ans_l5_tvalid(s_axis_ans_l5_tvalid),
        .s_axis_ans_l5_tready(s_axis_ans_l5_tready),
        .s_axis_ans_l5_tlast(s_axis_ans_l5_tlast),
        .s_axis_raw_l5_tdata(s_axis_raw_l5_tdata),
        .s_axis_raw_l5_tvalid(s_axis_raw_l5_tvalid),
        .s_axis_raw_l5_tready(s_axis_raw_l5_tready),
        .s_axis_raw_l5_tlast(s_axis_raw_l5_tlast),
        .s_axis_ans_l6_tdata(s_axis_ans_l6_tdata),
        .s_axis_ans_l6_tuser(s_axis_ans_l6_tuser),
        .s_axis_ans_l6_tvalid(s_axis_ans_l6_tvalid),
        .s_axis_ans_l6_tready(s_axis_ans_l6_tready),
        .s_axis_ans_l6_tlast(s_axis_ans_l6_tlast),
        .s_axis_raw_l6_tdata(s_axis_raw_l6_tdata),
        .s_axis_raw_l6_tvalid(s_axis_raw_l6_tvalid),
        .s_axis_raw_l6_tready(s_axis_raw_l6_tready),
        .s_axis_raw_l6_tlast(s_axis_raw_l6_tlast),
        .s_axis_ans_l7_tdata(s_axis_ans_l7_tdata),
        .s_axis_ans_l7_tuser(s_axis_ans_l7_tuser),
        .s_axis_ans_l7_tvalid(s_axis_ans_l7_tvalid),
        .s_axis_ans_l7_tready(s_axis_ans_l7_tready),
        .s_axis_ans_l7_tlast(s_axis_ans_l7_tlast),
        .s_axis_raw_l7_tdata(s_axis_raw_l7_tdata),
        .s_axis_raw_l7_tvalid(s_axis_raw_l7_tvalid),
        .s_axis_raw_l7_tready(s_axis_raw_l7_tready),
        .s_axis_raw_l7_tlast(s_axis_raw_l7_tlast),
        .m_axis_tdata(m_axis_tdata),
        .m_axis_tkeep(m_axis_tkeep),
        .m_axis_tvalid(m_axis_tvalid),
        .m_axis_tready(m_axis_tready),
        .m_axis_tlast(m_axis_tlast),
        .tbl_we(tbl_we),
        .tbl_addr(tbl_addr),
        .tbl_code(tbl_code),
        .tbl_nb(tbl_nb),
        .tbl_base(tbl_base),
        .tbl_exp(tbl_exp),
        .tbl_esc(tbl_esc)
    );
    localparam R = 6, N = 4, W = 4, NBM = 2, AW = 7;
    // a reset in the first cycle only
    reg f_past = 1'b0;
    always @(posedge aclk) f_past <= 1'b1;
    initial assume(!aresetn);
    always @(*) if (f_past) assume(aresetn);

    // The lane the reference decodes: lane SEL, a parameter each prove task sets (one task per
    // lane: every lane is checked, and a fixed lane lets Yosys fold the lane choice away, which the
    // solver needs to finish); with SEL = -1 (the cover task, the mutants), any lane: a free constant.
    // FORMAT.md 3.4: value k of a block belongs to lane k mod N, in slot l of the output beat.
    localparam LANES = 8;
    parameter integer SEL = -1;
    (* anyconst *) reg [3:0] sel_any;
    always @(*) assume(sel_any < LANES);
    wire [3:0] sel = SEL < 0 ? sel_any : SEL;
    reg [7:0] a_data;
    reg [15:0] a_user;
    reg a_last, a_valid, a_ready, r_valid, r_ready;
    reg [7:0] r_data;
    always @(*) begin
        {a_data, a_user, a_last, a_valid, a_ready, r_data, r_valid, r_ready} = 0;
        if (sel == 0) {a_data, a_user, a_last, a_valid, a_ready, r_data, r_valid, r_ready} = {s_axis_ans_l0_tdata, s_axis_ans_l0_tuser, s_axis_ans_l0_tlast, s_axis_ans_l0_tvalid, s_axis_ans_l0_tready, s_axis_raw_l0_tdata, s_axis_raw_l0_tvalid, s_axis_raw_l0_tready};
        if (sel == 1) {a_data, a_user, a_last, a_valid, a_ready, r_data, r_valid, r_ready} = {s_axis_ans_l1_tdata, s_axis_ans_l1_tuser, s_axis_ans_l1_tlast, s_axis_ans_l1_tvalid, s_axis_ans_l1_tready, s_axis_raw_l1_tdata, s_axis_raw_l1_tvalid, s_axis_raw_l1_tready};
        if (sel == 2) {a_data, a_user, a_last, a_valid, a_ready, r_data, r_valid, r_ready} = {s_axis_ans_l2_tdata, s_axis_ans_l2_tuser, s_axis_ans_l2_tlast, s_axis_ans_l2_tvalid, s_axis_ans_l2_tready, s_axis_raw_l2_tdata, s_axis_raw_l2_tvalid, s_axis_raw_l2_tready};
        if (sel == 3) {a_data, a_user, a_last, a_valid, a_ready, r_data, r_valid, r_ready} = {s_axis_ans_l3_tdata, s_axis_ans_l3_tuser, s_axis_ans_l3_tlast, s_axis_ans_l3_tvalid, s_axis_ans_l3_tready, s_axis_raw_l3_tdata, s_axis_raw_l3_tvalid, s_axis_raw_l3_tready};
        if (sel == 4) {a_data, a_user, a_last, a_valid, a_ready, r_data, r_valid, r_ready} = {s_axis_ans_l4_tdata, s_axis_ans_l4_tuser, s_axis_ans_l4_tlast, s_axis_ans_l4_tvalid, s_axis_ans_l4_tready, s_axis_raw_l4_tdata, s_axis_raw_l4_tvalid, s_axis_raw_l4_tready};
        if (sel == 5) {a_data, a_user, a_last, a_valid, a_ready, r_data, r_valid, r_ready} = {s_axis_ans_l5_tdata, s_axis_ans_l5_tuser, s_axis_ans_l5_tlast, s_axis_ans_l5_tvalid, s_axis_ans_l5_tready, s_axis_raw_l5_tdata, s_axis_raw_l5_tvalid, s_axis_raw_l5_tready};
        if (sel == 6) {a_data, a_user, a_last, a_valid, a_ready, r_data, r_valid, r_ready} = {s_axis_ans_l6_tdata, s_axis_ans_l6_tuser, s_axis_ans_l6_tlast, s_axis_ans_l6_tvalid, s_axis_ans_l6_tready, s_axis_raw_l6_tdata, s_axis_raw_l6_tvalid, s_axis_raw_l6_tready};
        if (sel == 7) {a_data, a_user, a_last, a_valid, a_ready, r_data, r_valid, r_ready} = {s_axis_ans_l7_tdata, s_axis_ans_l7_tuser, s_axis_ans_l7_tlast, s_axis_ans_l7_tvalid, s_axis_ans_l7_tready, s_axis_raw_l7_tdata, s_axis_raw_l7_tvalid, s_axis_raw_l7_tready};
    end
    wire ans_hs = aresetn && a_valid && a_ready;
    wire raw_hs = aresetn && r_valid && r_ready;
    wire streams_valid = s_axis_ans_l0_tvalid || s_axis_raw_l0_tvalid || s_axis_ans_l1_tvalid || s_axis_raw_l1_tvalid || s_axis_ans_l2_tvalid || s_axis_raw_l2_tvalid || s_axis_ans_l3_tvalid || s_axis_raw_l3_tvalid || s_axis_ans_l4_tvalid || s_axis_raw_l4_tvalid || s_axis_ans_l5_tvalid || s_axis_raw_l5_tvalid || s_axis_ans_l6_tvalid || s_axis_raw_l6_tvalid || s_axis_ans_l7_tvalid || s_axis_raw_l7_tvalid;
    wire [15:0] o_keeps = m_axis_tkeep >> (2 * sel);
    wire o_keep = o_keeps[0];
    wire [127:0] o_slot = m_axis_tdata >> (16 * sel);
    wire [15:0] o_data = o_slot[15:0];
    // The lanes' value counts are those of one block of n >= N values (lane l: ceil((n - l) / N)):
    // non-increasing with the lane, at least 1, lane 0's at most one more than any other's; for
    // every block (block b of a lane: the b-th packet on its tANS stream, its count sampled with
    // the packet's first byte; a trace has at most N bytes, so at most N blocks, per stream).
    reg [15:0] fu0 [0:N-1];
    reg [7:0] nb0 = 8'd0;   // packets whose first byte lane 0 has taken
    reg mid0 = 1'b0;        // lane 0 is inside a packet (its last byte taken had no tlast)
    integer b0;
    always @(posedge aclk) if (aresetn && s_axis_ans_l0_tvalid && s_axis_ans_l0_tready) begin
        mid0 <= !s_axis_ans_l0_tlast;
        if (!mid0) begin
            nb0 <= nb0 + 8'd1;
            for (b0 = 0; b0 < N; b0 = b0 + 1) if (nb0 == b0) fu0[b0] <= s_axis_ans_l0_tuser;
        end
    end
    reg [15:0] fu1 [0:N-1];
    reg [7:0] nb1 = 8'd0;   // packets whose first byte lane 1 has taken
    reg mid1 = 1'b0;        // lane 1 is inside a packet (its last byte taken had no tlast)
    integer b1;
    always @(posedge aclk) if (aresetn && s_axis_ans_l1_tvalid && s_axis_ans_l1_tready) begin
        mid1 <= !s_axis_ans_l1_tlast;
        if (!mid1) begin
            nb1 <= nb1 + 8'd1;
            for (b1 = 0; b1 < N; b1 = b1 + 1) if (nb1 == b1) fu1[b1] <= s_axis_ans_l1_tuser;
        end
    end
    reg [15:0] fu2 [0:N-1];
    reg [7:0] nb2 = 8'd0;   // packets whose first byte lane 2 has taken
    reg mid2 = 1'b0;        // lane 2 is inside a packet (its last byte taken had no tlast)
    integer b2;
    always @(posedge aclk) if (aresetn && s_axis_ans_l2_tvalid && s_axis_ans_l2_tready) begin
        mid2 <= !s_axis_ans_l2_tlast;
        if (!mid2) begin
            nb2 <= nb2 + 8'd1;
            for (b2 = 0; b2 < N; b2 = b2 + 1) if (nb2 == b2) fu2[b2] <= s_axis_ans_l2_tuser;
        end
    end
    reg [15:0] fu3 [0:N-1];
    reg [7:0] nb3 = 8'd0;   // packets whose first byte lane 3 has taken
    reg mid3 = 1'b0;        // lane 3 is inside a packet (its last byte taken had no tlast)
    integer b3;
    always @(posedge aclk) if (aresetn && s_axis_ans_l3_tvalid && s_axis_ans_l3_tready) begin
        mid3 <= !s_axis_ans_l3_tlast;
        if (!mid3) begin
            nb3 <= nb3 + 8'd1;
            for (b3 = 0; b3 < N; b3 = b3 + 1) if (nb3 == b3) fu3[b3] <= s_axis_ans_l3_tuser;
        end
    end
    reg [15:0] fu4 [0:N-1];
    reg [7:0] nb4 = 8'd0;   // packets whose first byte lane 4 has taken
    reg mid4 = 1'b0;        // lane 4 is inside a packet (its last byte taken had no tlast)
    integer b4;
    always @(posedge aclk) if (aresetn && s_axis_ans_l4_tvalid && s_axis_ans_l4_tready) begin
        mid4 <= !s_axis_ans_l4_tlast;
        if (!mid4) begin
            nb4 <= nb4 + 8'd1;
            for (b4 = 0; b4 < N; b4 = b4 + 1) if (nb4 == b4) fu4[b4] <= s_axis_ans_l4_tuser;
        end
    end
    reg [15:0] fu5 [0:N-1];
    reg [7:0] nb5 = 8'd0;   // packets whose first byte lane 5 has taken
    reg mid5 = 1'b0;        // lane 5 is inside a packet (its last byte taken had no tlast)
    integer b5;
    always @(posedge aclk) if (aresetn && s_axis_ans_l5_tvalid && s_axis_ans_l5_tready) begin
        mid5 <= !s_axis_ans_l5_tlast;
        if (!mid5) begin
            nb5 <= nb5 + 8'd1;
            for (b5 = 0; b5 < N; b5 = b5 + 1) if (nb5 == b5) fu5[b5] <= s_axis_ans_l5_tuser;
        end
    end
    reg [15:0] fu6 [0:N-1];
    reg [7:0] nb6 = 8'd0;   // packets whose first byte lane 6 has taken
    reg mid6 = 1'b0;        // lane 6 is inside a packet (its last byte taken had no tlast)
    integer b6;
    always @(posedge aclk) if (aresetn && s_axis_ans_l6_tvalid && s_axis_ans_l6_tready) begin
        mid6 <= !s_axis_ans_l6_tlast;
        if (!mid6) begin
            nb6 <= nb6 + 8'd1;
            for (b6 = 0; b6 < N; b6 = b6 + 1) if (nb6 == b6) fu6[b6] <= s_axis_ans_l6_tuser;
        end
    end
    reg [15:0] fu7 [0:N-1];
    reg [7:0] nb7 = 8'd0;   // packets whose first byte lane 7 has taken
    reg mid7 = 1'b0;        // lane 7 is inside a packet (its last byte taken had no tlast)
    integer b7;
    always @(posedge aclk) if (aresetn && s_axis_ans_l7_tvalid && s_axis_ans_l7_tready) begin
        mid7 <= !s_axis_ans_l7_tlast;
        if (!mid7) begin
            nb7 <= nb7 + 8'd1;
            for (b7 = 0; b7 < N; b7 = b7 + 1) if (nb7 == b7) fu7[b7] <= s_axis_ans_l7_tuser;
        end
    end
    integer bc;
    always @(*) begin
        for (bc = 0; bc < N; bc = bc + 1) begin
            if (nb0 > bc) assume(fu0[bc] != 16'd0);
            if (nb1 > bc) assume(fu1[bc] != 16'd0);
            if (nb1 > bc && nb0 > bc) assume(fu1[bc] <= fu0[bc]);
            if (nb1 > bc && nb0 > bc) assume({1'b0, fu1[bc]} + 17'd1 >= {1'b0, fu0[bc]});
            if (nb2 > bc) assume(fu2[bc] != 16'd0);
            if (nb2 > bc && nb1 > bc) assume(fu2[bc] <= fu1[bc]);
            if (nb2 > bc && nb0 > bc) assume({1'b0, fu2[bc]} + 17'd1 >= {1'b0, fu0[bc]});
            if (nb3 > bc) assume(fu3[bc] != 16'd0);
            if (nb3 > bc && nb2 > bc) assume(fu3[bc] <= fu2[bc]);
            if (nb3 > bc && nb0 > bc) assume({1'b0, fu3[bc]} + 17'd1 >= {1'b0, fu0[bc]});
            if (nb4 > bc) assume(fu4[bc] != 16'd0);
            if (nb4 > bc && nb3 > bc) assume(fu4[bc] <= fu3[bc]);
            if (nb4 > bc && nb0 > bc) assume({1'b0, fu4[bc]} + 17'd1 >= {1'b0, fu0[bc]});
            if (nb5 > bc) assume(fu5[bc] != 16'd0);
            if (nb5 > bc && nb4 > bc) assume(fu5[bc] <= fu4[bc]);
            if (nb5 > bc && nb0 > bc) assume({1'b0, fu5[bc]} + 17'd1 >= {1'b0, fu0[bc]});
            if (nb6 > bc) assume(fu6[bc] != 16'd0);
            if (nb6 > bc && nb5 > bc) assume(fu6[bc] <= fu5[bc]);
            if (nb6 > bc && nb0 > bc) assume({1'b0, fu6[bc]} + 17'd1 >= {1'b0, fu0[bc]});
            if (nb7 > bc) assume(fu7[bc] != 16'd0);
            if (nb7 > bc && nb6 > bc) assume(fu7[bc] <= fu6[bc]);
            if (nb7 > bc && nb0 > bc) assume({1'b0, fu7[bc]} + 17'd1 >= {1'b0, fu0[bc]});
        end
    end
    wire [7:0] r_b0 = r_data;
    wire [7:0] r_b1 = 8'd0;
    wire [7:0] r_n = 8'd1;

    // The table writes, logged in order (at most W: a trace only loads the entries it uses); an
    // entry's value is its last write. Tables are written before any stream starts.
    reg [7:0] nw = 8'd0;
    reg run = 1'b0;
    always @(*) if (tbl_we) assume(!run && !streams_valid && nw < W);
    always @(posedge aclk) begin
        if (streams_valid) run <= 1'b1;
        if (tbl_we) nw <= nw + 8'd1;
    end
    reg [R:0] log_a [0:W-1];
    reg [3:0] log_code [0:W-1];
    reg [NBM:0] log_nb [0:W-1];
    reg [R-1:0] log_base [0:W-1];
    reg [7:0] log_exp [0:W-1];
    reg log_esc [0:W-1];
    reg [3:0] log_nbits [0:W-1];
    always @(*) begin
        // a valid decode entry (FORMAT.md 3.2); code map entries at 2^R + c, c < 16
        if (tbl_we && !tbl_addr[R]) assume(tbl_nb <= R && (tbl_base & ~({R{1'b1}} << tbl_nb)) == 0);
        if (tbl_we && tbl_addr[R]) assume(tbl_addr[R-1:0] < 16);
    end
    integer jw;
    always @(posedge aclk) begin
        for (jw = 0; jw < W; jw = jw + 1)
            if (tbl_we && nw == jw) begin
                log_a[jw] <= tbl_addr;
                log_code[jw] <= tbl_code;
                log_nb[jw] <= tbl_nb;
                log_base[jw] <= tbl_base;
                log_exp[jw] <= tbl_exp;
                log_esc[jw] <= tbl_esc;
                log_nbits[jw] <= 4'd8;
            end
    end
    // table[x] and cmap[c] as last written (wd, wm: written at all)
    function [R+NBM+5:0] dec_entry(input [R-1:0] x);
        integer q;
        begin
            dec_entry = 0;
            for (q = 0; q < W; q = q + 1)
                if (q < nw && log_a[q] == {1'b0, x}) dec_entry = {1'b1, log_code[q], log_nb[q], log_base[q]};
        end
    endfunction
    function [13:0] map_entry(input [3:0] c);
        integer q;
        begin
            map_entry = 0;
            for (q = 0; q < W; q = q + 1)
                if (q < nw && log_a[q] == {1'b1, {(R-4){1'b0}}, c}) map_entry = {1'b1, log_esc[q], log_nbits[q], log_exp[q]};
        end
    endfunction

    // The input streams as received: tANS bytes (stream bit k = abits[k], LSB-first), their tlast and
    // tuser; raw bytes (stream bit k = rflat[8N-1-k], MSB-first).
    reg [7:0] m_blk = 8'd0;    // first tANS byte of the block (reference decoder, below)
    reg [8*N-1:0] abits;
    reg [N-1:0] alast;
    reg [16*N-1:0] auser;
    reg [7:0] na = 8'd0;
    reg [8*N-1:0] rflat;
    reg [7:0] nr = 8'd0;
    // a trace transfers at most N bytes on each stream (the buffers above)
    always @(*) begin
        if (ans_hs) assume(na < N);
        if (raw_hs) assume(nr + r_n <= N);
    end
    integer j;
    always @(posedge aclk) begin
        for (j = 0; j < N; j = j + 1) begin
            if (ans_hs && na == j) begin
                abits[8*j +: 8] <= a_data;
                alast[j] <= a_last;
                auser[16*j +: 16] <= a_user;
            end
            if (raw_hs && nr == j) rflat[8*N-1-8*j -: 8] <= r_b0;
            if (raw_hs && r_n == 8'd2 && nr + 8'd1 == j) rflat[8*N-1-8*j -: 8] <= r_b1;
        end
        if (ans_hs) na <= na + 8'd1;
        if (raw_hs) nr <= nr + r_n;
    end
    integer k_;
    reg [15:0] blk_user;
    always @(*) begin
        blk_user = 16'd0;
        for (k_ = 0; k_ < N; k_ = k_ + 1) if (m_blk == k_) blk_user = auser[16*k_ +: 16];
    end

    // The reference decoder, one step per value leaving (FORMAT.md 3.2, 3.3, 5).
    wire beat_hs = aresetn && m_axis_tvalid && m_axis_tready;
    wire out_hs = beat_hs && o_keep;
    reg m_fresh = 1'b1;        // the next value is a block's first: its state is read_lsb(R) at m_bp
    reg [R-1:0] m_state;       // state of the next value (when !m_fresh)
    reg [7:0] m_bp = 8'd0;     // tANS bit position
    reg [7:0] m_rp = 8'd0;     // raw bit position
    reg [15:0] m_cnt;          // values left in the block, this one included (when !m_fresh)
    reg [7:0] m_vals = 8'd0;   // values checked so far
    wire [8*N+15:0] a_at = {16'd0, abits} >> m_bp;
    wire [R-1:0] cur = m_fresh ? a_at[R-1:0] : m_state;
    wire [7:0] cbp = m_fresh ? m_bp + R : m_bp;
    wire [15:0] ccnt = m_fresh ? blk_user : m_cnt;
    wire [8*N+15:0] r_at = {rflat, 16'd0} << m_rp;
    wire [R+NBM+5:0] de = dec_entry(cur);
    wire wd = de[R+NBM+5];
    wire [3:0] code = de[R+NBM+4:R+NBM+1];
    wire [NBM:0] nb = de[R+NBM:R];
    wire [R-1:0] base = de[R-1:0];
    wire [13:0] me = map_entry(code);
    wire wm = me[13];
    wire esc = me[12];
    wire [3:0] nbits_map = me[11:8];
    wire [3:0] nbits = 4'd8;
    wire loaded = wd && wm;
    // FORMAT.md 3.3: the escape reads the exponent byte, then {sign, mantissa}; any other code
    // its exponent from the code map and the top nbits bits of {sign, mantissa}, the rest zero
    wire [7:0] r0 = r_at[8*N+15 -: 8];
    wire [7:0] r1 = r_at[8*N+7 -: 8];
    wire [7:0] field = esc ? r1 : (r0 & ~(8'hff >> nbits));
    wire [7:0] vexp = esc ? r0 : me[7:0];
    wire [15:0] want = {field[7], vexp, field[6:0]};
    wire [7:0] nrp = m_rp + (esc ? 8'd16 : {4'd0, nbits});
    wire ok_entry = 1'b1;
    wire want_last = ccnt == 16'd1;
    wire [8*N+15:0] n_at = {16'd0, abits} >> cbp;
    // the next state: base | read_lsb(nb) (FORMAT.md 3.2)
    wire [R-1:0] nxt = base | (n_at[R-1:0] & ~({R{1'b1}} << nb));
    wire [7:0] nbp = cbp + nb;
    // the block's tlast byte: the first at or after its first byte
    integer i;
    reg found;
    reg [7:0] last_byte;
    always @(*) begin
        found = 1'b0;
        last_byte = 8'd0;
        for (i = N - 1; i >= 0; i = i - 1)
            if (i >= m_blk && i < na && alast[i]) begin
                found = 1'b1;
                last_byte = i;
            end
    end
    always @(*) begin
        if (f_past && out_hs) begin
            // a loaded table: the entries this value reads were written (valid)
            assume(loaded && ok_entry);
            // a block's tANS packet ends with the byte holding its last bit (no byte follows)
            if (want_last) assume(found && {last_byte[4:0], 3'd0} + 8'd8 == ((nbp + 8'd7) & ~8'd7));
            assert(o_data == want);
            // lane 0's last value is in the block's last beat; a lane with a value in that beat has its last there
            if (sel == 0) assert(m_axis_tlast == want_last);
            else if (m_axis_tlast) assert(want_last);
        end
    end
    // the lane's slot is empty (tkeep clear, zero) exactly when the lane has delivered the block's
    // last value of its own and the block's last beat has not left
    reg m_done = 1'b0;
    always @(posedge aclk) begin
        if (f_past && beat_hs) begin
            if (m_axis_tlast) m_done <= 1'b0;
            else if (out_hs && want_last) m_done <= 1'b1;
        end
    end
    always @(*) begin
        if (f_past && beat_hs) begin
            assert(o_keep == !m_done);
            assert(o_keeps[1] == o_keep);
            if (!o_keep) assert(o_data == 16'd0);
        end
    end
    always @(posedge aclk) begin
        if (f_past && out_hs) begin
            m_vals <= m_vals + 8'd1;
            if (want_last) begin
                m_fresh <= 1'b1;
                m_blk <= last_byte + 8'd1;
                m_bp <= {last_byte[4:0] + 5'd1, 3'd0};
                m_rp <= (nrp + 8'd7) & ~8'd7;
            end else begin
                m_fresh <= 1'b0;
                m_state <= nxt;
                m_bp <= nbp;
                m_rp <= nrp;
                m_cnt <= ccnt - 16'd1;
            end
        end
    end
    // not vacuous (task cover): a third value leaves (two transitions checked), an escape, a block's
    // last value, a value taken after a stall; task reach (REACH = 1, at the prove depth): a value
    // whose state came from a transition (base | bits) leaves, so the prove task checks one
    parameter integer REACH = 0;
    reg o_stalled = 1'b0;
    always @(posedge aclk) o_stalled <= aresetn && m_axis_tvalid && !m_axis_tready;
    generate if (REACH != 0) begin : g_reach
        always @(posedge aclk) if (f_past) cover(out_hs && !m_fresh);
    end else begin : g_cover
        always @(posedge aclk) begin
            if (f_past) begin
                cover(out_hs && m_vals == 8'd2);
                cover(out_hs && esc);
                cover(out_hs && want_last);
                cover(out_hs && o_stalled);
                // a lane done with the block before lane 0 (an empty slot)
                cover(beat_hs && !o_keep);
            end
        end
    end endgenerate
endmodule
`default_nettype wire

// tans_decoder_x8.v: GENERATED FILE, DO NOT EDIT.
// Generated from the rust-hdl description in crates/xnc-rtl by:
//   cargo run --release --bin gen-verilog
// Top module: tans_decoder_x8; every submodule is prefixed with `tans_decoder_x8_`.
`default_nettype none

module tans_decoder_x8(aclk,aresetn,s_axis_ans_tdata,s_axis_ans_tvalid,s_axis_ans_tready,s_axis_ans_tlast,s_axis_raw_tdata,s_axis_raw_tvalid,s_axis_raw_tready,s_axis_raw_tlast,m_axis_tdata,m_axis_tkeep,m_axis_tvalid,m_axis_tready,m_axis_tlast,tbl_we,tbl_addr,tbl_code,tbl_nb,tbl_base,tbl_exp,tbl_esc);

    // Module arguments
    input wire  aclk;
    input wire  aresetn;
    input wire  [63:0] s_axis_ans_tdata;
    input wire  [7:0] s_axis_ans_tvalid;
    output reg  [7:0] s_axis_ans_tready;
    input wire  [7:0] s_axis_ans_tlast;
    input wire  [63:0] s_axis_raw_tdata;
    input wire  [7:0] s_axis_raw_tvalid;
    output reg  [7:0] s_axis_raw_tready;
    input wire  [7:0] s_axis_raw_tlast;
    output reg  [127:0] m_axis_tdata;
    output reg  [15:0] m_axis_tkeep;
    output reg  m_axis_tvalid;
    input wire  m_axis_tready;
    output reg  m_axis_tlast;
    input wire  tbl_we;
    input wire  [6:0] tbl_addr;
    input wire  [3:0] tbl_code;
    input wire  [2:0] tbl_nb;
    input wire  [5:0] tbl_base;
    input wire  [7:0] tbl_exp;
    input wire  tbl_esc;

    // Stub signals
    reg  lane_0_aclk;
    reg  lane_0_aresetn;
    reg  [7:0] lane_0_s_axis_ans_tdata;
    reg  lane_0_s_axis_ans_tvalid;
    wire  lane_0_s_axis_ans_tready;
    reg  lane_0_s_axis_ans_tlast;
    reg  [7:0] lane_0_s_axis_raw_tdata;
    reg  lane_0_s_axis_raw_tvalid;
    wire  lane_0_s_axis_raw_tready;
    reg  lane_0_s_axis_raw_tlast;
    wire  [15:0] lane_0_m_axis_tdata;
    wire  lane_0_m_axis_tvalid;
    reg  lane_0_m_axis_tready;
    wire  lane_0_m_axis_tlast;
    reg  lane_0_tbl_we;
    reg  [6:0] lane_0_tbl_addr;
    reg  [3:0] lane_0_tbl_code;
    reg  [2:0] lane_0_tbl_nb;
    reg  [5:0] lane_0_tbl_base;
    reg  [7:0] lane_0_tbl_exp;
    reg  lane_0_tbl_esc;
    reg  lane_1_aclk;
    reg  lane_1_aresetn;
    reg  [7:0] lane_1_s_axis_ans_tdata;
    reg  lane_1_s_axis_ans_tvalid;
    wire  lane_1_s_axis_ans_tready;
    reg  lane_1_s_axis_ans_tlast;
    reg  [7:0] lane_1_s_axis_raw_tdata;
    reg  lane_1_s_axis_raw_tvalid;
    wire  lane_1_s_axis_raw_tready;
    reg  lane_1_s_axis_raw_tlast;
    wire  [15:0] lane_1_m_axis_tdata;
    wire  lane_1_m_axis_tvalid;
    reg  lane_1_m_axis_tready;
    wire  lane_1_m_axis_tlast;
    reg  lane_1_tbl_we;
    reg  [6:0] lane_1_tbl_addr;
    reg  [3:0] lane_1_tbl_code;
    reg  [2:0] lane_1_tbl_nb;
    reg  [5:0] lane_1_tbl_base;
    reg  [7:0] lane_1_tbl_exp;
    reg  lane_1_tbl_esc;
    reg  lane_2_aclk;
    reg  lane_2_aresetn;
    reg  [7:0] lane_2_s_axis_ans_tdata;
    reg  lane_2_s_axis_ans_tvalid;
    wire  lane_2_s_axis_ans_tready;
    reg  lane_2_s_axis_ans_tlast;
    reg  [7:0] lane_2_s_axis_raw_tdata;
    reg  lane_2_s_axis_raw_tvalid;
    wire  lane_2_s_axis_raw_tready;
    reg  lane_2_s_axis_raw_tlast;
    wire  [15:0] lane_2_m_axis_tdata;
    wire  lane_2_m_axis_tvalid;
    reg  lane_2_m_axis_tready;
    wire  lane_2_m_axis_tlast;
    reg  lane_2_tbl_we;
    reg  [6:0] lane_2_tbl_addr;
    reg  [3:0] lane_2_tbl_code;
    reg  [2:0] lane_2_tbl_nb;
    reg  [5:0] lane_2_tbl_base;
    reg  [7:0] lane_2_tbl_exp;
    reg  lane_2_tbl_esc;
    reg  lane_3_aclk;
    reg  lane_3_aresetn;
    reg  [7:0] lane_3_s_axis_ans_tdata;
    reg  lane_3_s_axis_ans_tvalid;
    wire  lane_3_s_axis_ans_tready;
    reg  lane_3_s_axis_ans_tlast;
    reg  [7:0] lane_3_s_axis_raw_tdata;
    reg  lane_3_s_axis_raw_tvalid;
    wire  lane_3_s_axis_raw_tready;
    reg  lane_3_s_axis_raw_tlast;
    wire  [15:0] lane_3_m_axis_tdata;
    wire  lane_3_m_axis_tvalid;
    reg  lane_3_m_axis_tready;
    wire  lane_3_m_axis_tlast;
    reg  lane_3_tbl_we;
    reg  [6:0] lane_3_tbl_addr;
    reg  [3:0] lane_3_tbl_code;
    reg  [2:0] lane_3_tbl_nb;
    reg  [5:0] lane_3_tbl_base;
    reg  [7:0] lane_3_tbl_exp;
    reg  lane_3_tbl_esc;
    reg  lane_4_aclk;
    reg  lane_4_aresetn;
    reg  [7:0] lane_4_s_axis_ans_tdata;
    reg  lane_4_s_axis_ans_tvalid;
    wire  lane_4_s_axis_ans_tready;
    reg  lane_4_s_axis_ans_tlast;
    reg  [7:0] lane_4_s_axis_raw_tdata;
    reg  lane_4_s_axis_raw_tvalid;
    wire  lane_4_s_axis_raw_tready;
    reg  lane_4_s_axis_raw_tlast;
    wire  [15:0] lane_4_m_axis_tdata;
    wire  lane_4_m_axis_tvalid;
    reg  lane_4_m_axis_tready;
    wire  lane_4_m_axis_tlast;
    reg  lane_4_tbl_we;
    reg  [6:0] lane_4_tbl_addr;
    reg  [3:0] lane_4_tbl_code;
    reg  [2:0] lane_4_tbl_nb;
    reg  [5:0] lane_4_tbl_base;
    reg  [7:0] lane_4_tbl_exp;
    reg  lane_4_tbl_esc;
    reg  lane_5_aclk;
    reg  lane_5_aresetn;
    reg  [7:0] lane_5_s_axis_ans_tdata;
    reg  lane_5_s_axis_ans_tvalid;
    wire  lane_5_s_axis_ans_tready;
    reg  lane_5_s_axis_ans_tlast;
    reg  [7:0] lane_5_s_axis_raw_tdata;
    reg  lane_5_s_axis_raw_tvalid;
    wire  lane_5_s_axis_raw_tready;
    reg  lane_5_s_axis_raw_tlast;
    wire  [15:0] lane_5_m_axis_tdata;
    wire  lane_5_m_axis_tvalid;
    reg  lane_5_m_axis_tready;
    wire  lane_5_m_axis_tlast;
    reg  lane_5_tbl_we;
    reg  [6:0] lane_5_tbl_addr;
    reg  [3:0] lane_5_tbl_code;
    reg  [2:0] lane_5_tbl_nb;
    reg  [5:0] lane_5_tbl_base;
    reg  [7:0] lane_5_tbl_exp;
    reg  lane_5_tbl_esc;
    reg  lane_6_aclk;
    reg  lane_6_aresetn;
    reg  [7:0] lane_6_s_axis_ans_tdata;
    reg  lane_6_s_axis_ans_tvalid;
    wire  lane_6_s_axis_ans_tready;
    reg  lane_6_s_axis_ans_tlast;
    reg  [7:0] lane_6_s_axis_raw_tdata;
    reg  lane_6_s_axis_raw_tvalid;
    wire  lane_6_s_axis_raw_tready;
    reg  lane_6_s_axis_raw_tlast;
    wire  [15:0] lane_6_m_axis_tdata;
    wire  lane_6_m_axis_tvalid;
    reg  lane_6_m_axis_tready;
    wire  lane_6_m_axis_tlast;
    reg  lane_6_tbl_we;
    reg  [6:0] lane_6_tbl_addr;
    reg  [3:0] lane_6_tbl_code;
    reg  [2:0] lane_6_tbl_nb;
    reg  [5:0] lane_6_tbl_base;
    reg  [7:0] lane_6_tbl_exp;
    reg  lane_6_tbl_esc;
    reg  lane_7_aclk;
    reg  lane_7_aresetn;
    reg  [7:0] lane_7_s_axis_ans_tdata;
    reg  lane_7_s_axis_ans_tvalid;
    wire  lane_7_s_axis_ans_tready;
    reg  lane_7_s_axis_ans_tlast;
    reg  [7:0] lane_7_s_axis_raw_tdata;
    reg  lane_7_s_axis_raw_tvalid;
    wire  lane_7_s_axis_raw_tready;
    reg  lane_7_s_axis_raw_tlast;
    wire  [15:0] lane_7_m_axis_tdata;
    wire  lane_7_m_axis_tvalid;
    reg  lane_7_m_axis_tready;
    wire  lane_7_m_axis_tlast;
    reg  lane_7_tbl_we;
    reg  [6:0] lane_7_tbl_addr;
    reg  [3:0] lane_7_tbl_code;
    reg  [2:0] lane_7_tbl_nb;
    reg  [5:0] lane_7_tbl_base;
    reg  [7:0] lane_7_tbl_exp;
    reg  lane_7_tbl_esc;

    // Sub module instances
    tans_decoder_x8_lane_0 lane_0(
        .aclk(lane_0_aclk),
        .aresetn(lane_0_aresetn),
        .s_axis_ans_tdata(lane_0_s_axis_ans_tdata),
        .s_axis_ans_tvalid(lane_0_s_axis_ans_tvalid),
        .s_axis_ans_tready(lane_0_s_axis_ans_tready),
        .s_axis_ans_tlast(lane_0_s_axis_ans_tlast),
        .s_axis_raw_tdata(lane_0_s_axis_raw_tdata),
        .s_axis_raw_tvalid(lane_0_s_axis_raw_tvalid),
        .s_axis_raw_tready(lane_0_s_axis_raw_tready),
        .s_axis_raw_tlast(lane_0_s_axis_raw_tlast),
        .m_axis_tdata(lane_0_m_axis_tdata),
        .m_axis_tvalid(lane_0_m_axis_tvalid),
        .m_axis_tready(lane_0_m_axis_tready),
        .m_axis_tlast(lane_0_m_axis_tlast),
        .tbl_we(lane_0_tbl_we),
        .tbl_addr(lane_0_tbl_addr),
        .tbl_code(lane_0_tbl_code),
        .tbl_nb(lane_0_tbl_nb),
        .tbl_base(lane_0_tbl_base),
        .tbl_exp(lane_0_tbl_exp),
        .tbl_esc(lane_0_tbl_esc)
    );
    tans_decoder_x8_lane_1 lane_1(
        .aclk(lane_1_aclk),
        .aresetn(lane_1_aresetn),
        .s_axis_ans_tdata(lane_1_s_axis_ans_tdata),
        .s_axis_ans_tvalid(lane_1_s_axis_ans_tvalid),
        .s_axis_ans_tready(lane_1_s_axis_ans_tready),
        .s_axis_ans_tlast(lane_1_s_axis_ans_tlast),
        .s_axis_raw_tdata(lane_1_s_axis_raw_tdata),
        .s_axis_raw_tvalid(lane_1_s_axis_raw_tvalid),
        .s_axis_raw_tready(lane_1_s_axis_raw_tready),
        .s_axis_raw_tlast(lane_1_s_axis_raw_tlast),
        .m_axis_tdata(lane_1_m_axis_tdata),
        .m_axis_tvalid(lane_1_m_axis_tvalid),
        .m_axis_tready(lane_1_m_axis_tready),
        .m_axis_tlast(lane_1_m_axis_tlast),
        .tbl_we(lane_1_tbl_we),
        .tbl_addr(lane_1_tbl_addr),
        .tbl_code(lane_1_tbl_code),
        .tbl_nb(lane_1_tbl_nb),
        .tbl_base(lane_1_tbl_base),
        .tbl_exp(lane_1_tbl_exp),
        .tbl_esc(lane_1_tbl_esc)
    );
    tans_decoder_x8_lane_2 lane_2(
        .aclk(lane_2_aclk),
        .aresetn(lane_2_aresetn),
        .s_axis_ans_tdata(lane_2_s_axis_ans_tdata),
        .s_axis_ans_tvalid(lane_2_s_axis_ans_tvalid),
        .s_axis_ans_tready(lane_2_s_axis_ans_tready),
        .s_axis_ans_tlast(lane_2_s_axis_ans_tlast),
        .s_axis_raw_tdata(lane_2_s_axis_raw_tdata),
        .s_axis_raw_tvalid(lane_2_s_axis_raw_tvalid),
        .s_axis_raw_tready(lane_2_s_axis_raw_tready),
        .s_axis_raw_tlast(lane_2_s_axis_raw_tlast),
        .m_axis_tdata(lane_2_m_axis_tdata),
        .m_axis_tvalid(lane_2_m_axis_tvalid),
        .m_axis_tready(lane_2_m_axis_tready),
        .m_axis_tlast(lane_2_m_axis_tlast),
        .tbl_we(lane_2_tbl_we),
        .tbl_addr(lane_2_tbl_addr),
        .tbl_code(lane_2_tbl_code),
        .tbl_nb(lane_2_tbl_nb),
        .tbl_base(lane_2_tbl_base),
        .tbl_exp(lane_2_tbl_exp),
        .tbl_esc(lane_2_tbl_esc)
    );
    tans_decoder_x8_lane_3 lane_3(
        .aclk(lane_3_aclk),
        .aresetn(lane_3_aresetn),
        .s_axis_ans_tdata(lane_3_s_axis_ans_tdata),
        .s_axis_ans_tvalid(lane_3_s_axis_ans_tvalid),
        .s_axis_ans_tready(lane_3_s_axis_ans_tready),
        .s_axis_ans_tlast(lane_3_s_axis_ans_tlast),
        .s_axis_raw_tdata(lane_3_s_axis_raw_tdata),
        .s_axis_raw_tvalid(lane_3_s_axis_raw_tvalid),
        .s_axis_raw_tready(lane_3_s_axis_raw_tready),
        .s_axis_raw_tlast(lane_3_s_axis_raw_tlast),
        .m_axis_tdata(lane_3_m_axis_tdata),
        .m_axis_tvalid(lane_3_m_axis_tvalid),
        .m_axis_tready(lane_3_m_axis_tready),
        .m_axis_tlast(lane_3_m_axis_tlast),
        .tbl_we(lane_3_tbl_we),
        .tbl_addr(lane_3_tbl_addr),
        .tbl_code(lane_3_tbl_code),
        .tbl_nb(lane_3_tbl_nb),
        .tbl_base(lane_3_tbl_base),
        .tbl_exp(lane_3_tbl_exp),
        .tbl_esc(lane_3_tbl_esc)
    );
    tans_decoder_x8_lane_4 lane_4(
        .aclk(lane_4_aclk),
        .aresetn(lane_4_aresetn),
        .s_axis_ans_tdata(lane_4_s_axis_ans_tdata),
        .s_axis_ans_tvalid(lane_4_s_axis_ans_tvalid),
        .s_axis_ans_tready(lane_4_s_axis_ans_tready),
        .s_axis_ans_tlast(lane_4_s_axis_ans_tlast),
        .s_axis_raw_tdata(lane_4_s_axis_raw_tdata),
        .s_axis_raw_tvalid(lane_4_s_axis_raw_tvalid),
        .s_axis_raw_tready(lane_4_s_axis_raw_tready),
        .s_axis_raw_tlast(lane_4_s_axis_raw_tlast),
        .m_axis_tdata(lane_4_m_axis_tdata),
        .m_axis_tvalid(lane_4_m_axis_tvalid),
        .m_axis_tready(lane_4_m_axis_tready),
        .m_axis_tlast(lane_4_m_axis_tlast),
        .tbl_we(lane_4_tbl_we),
        .tbl_addr(lane_4_tbl_addr),
        .tbl_code(lane_4_tbl_code),
        .tbl_nb(lane_4_tbl_nb),
        .tbl_base(lane_4_tbl_base),
        .tbl_exp(lane_4_tbl_exp),
        .tbl_esc(lane_4_tbl_esc)
    );
    tans_decoder_x8_lane_5 lane_5(
        .aclk(lane_5_aclk),
        .aresetn(lane_5_aresetn),
        .s_axis_ans_tdata(lane_5_s_axis_ans_tdata),
        .s_axis_ans_tvalid(lane_5_s_axis_ans_tvalid),
        .s_axis_ans_tready(lane_5_s_axis_ans_tready),
        .s_axis_ans_tlast(lane_5_s_axis_ans_tlast),
        .s_axis_raw_tdata(lane_5_s_axis_raw_tdata),
        .s_axis_raw_tvalid(lane_5_s_axis_raw_tvalid),
        .s_axis_raw_tready(lane_5_s_axis_raw_tready),
        .s_axis_raw_tlast(lane_5_s_axis_raw_tlast),
        .m_axis_tdata(lane_5_m_axis_tdata),
        .m_axis_tvalid(lane_5_m_axis_tvalid),
        .m_axis_tready(lane_5_m_axis_tready),
        .m_axis_tlast(lane_5_m_axis_tlast),
        .tbl_we(lane_5_tbl_we),
        .tbl_addr(lane_5_tbl_addr),
        .tbl_code(lane_5_tbl_code),
        .tbl_nb(lane_5_tbl_nb),
        .tbl_base(lane_5_tbl_base),
        .tbl_exp(lane_5_tbl_exp),
        .tbl_esc(lane_5_tbl_esc)
    );
    tans_decoder_x8_lane_6 lane_6(
        .aclk(lane_6_aclk),
        .aresetn(lane_6_aresetn),
        .s_axis_ans_tdata(lane_6_s_axis_ans_tdata),
        .s_axis_ans_tvalid(lane_6_s_axis_ans_tvalid),
        .s_axis_ans_tready(lane_6_s_axis_ans_tready),
        .s_axis_ans_tlast(lane_6_s_axis_ans_tlast),
        .s_axis_raw_tdata(lane_6_s_axis_raw_tdata),
        .s_axis_raw_tvalid(lane_6_s_axis_raw_tvalid),
        .s_axis_raw_tready(lane_6_s_axis_raw_tready),
        .s_axis_raw_tlast(lane_6_s_axis_raw_tlast),
        .m_axis_tdata(lane_6_m_axis_tdata),
        .m_axis_tvalid(lane_6_m_axis_tvalid),
        .m_axis_tready(lane_6_m_axis_tready),
        .m_axis_tlast(lane_6_m_axis_tlast),
        .tbl_we(lane_6_tbl_we),
        .tbl_addr(lane_6_tbl_addr),
        .tbl_code(lane_6_tbl_code),
        .tbl_nb(lane_6_tbl_nb),
        .tbl_base(lane_6_tbl_base),
        .tbl_exp(lane_6_tbl_exp),
        .tbl_esc(lane_6_tbl_esc)
    );
    tans_decoder_x8_lane_7 lane_7(
        .aclk(lane_7_aclk),
        .aresetn(lane_7_aresetn),
        .s_axis_ans_tdata(lane_7_s_axis_ans_tdata),
        .s_axis_ans_tvalid(lane_7_s_axis_ans_tvalid),
        .s_axis_ans_tready(lane_7_s_axis_ans_tready),
        .s_axis_ans_tlast(lane_7_s_axis_ans_tlast),
        .s_axis_raw_tdata(lane_7_s_axis_raw_tdata),
        .s_axis_raw_tvalid(lane_7_s_axis_raw_tvalid),
        .s_axis_raw_tready(lane_7_s_axis_raw_tready),
        .s_axis_raw_tlast(lane_7_s_axis_raw_tlast),
        .m_axis_tdata(lane_7_m_axis_tdata),
        .m_axis_tvalid(lane_7_m_axis_tvalid),
        .m_axis_tready(lane_7_m_axis_tready),
        .m_axis_tlast(lane_7_m_axis_tlast),
        .tbl_we(lane_7_tbl_we),
        .tbl_addr(lane_7_tbl_addr),
        .tbl_code(lane_7_tbl_code),
        .tbl_nb(lane_7_tbl_nb),
        .tbl_base(lane_7_tbl_base),
        .tbl_exp(lane_7_tbl_exp),
        .tbl_esc(lane_7_tbl_esc)
    );

    // Update code (custom)
    reg [7:0] v0_q, v1_q, l0_q, l1_q, done_q;
    reg [127:0] e0_q, e1_q;
    wire beat = &(v0_q | done_q);
    wire fire = beat & m_axis_tready;
    wire block_end = fire & l0_q[0];
    wire [7:0] lane_valid, lane_last, push, pop;
    wire [127:0] lane_data;

    initial begin
        v0_q = 8'h0;
        v1_q = 8'h0;
        l0_q = 8'h0;
        l1_q = 8'h0;
        done_q = 8'h0;
        e0_q = 128'h0;
        e1_q = 128'h0;
    end

    assign push = lane_valid & ~v1_q;
    assign pop = {8{fire}} & ~done_q;

    always @(*) begin
        m_axis_tdata = e0_q;
        m_axis_tvalid = beat;
        m_axis_tlast = l0_q[0];
    end

    // Per lane: a two-entry FIFO (e0 the head) and the done flag.
    always @(posedge aclk) begin
        if (!aresetn) begin
            v0_q <= 8'h0;
            v1_q <= 8'h0;
            done_q <= 8'h0;
        end else begin
            v0_q <= (v0_q & ~pop) | (v1_q & pop) | (push & ~(v0_q & ~pop));
            v1_q <= (v1_q & ~pop) | (push & v0_q & ~pop) | (push & v1_q);
            if (fire) done_q <= block_end ? 8'h0 : (done_q | (pop & l0_q));
        end
    end
    assign lane_valid[0] = lane_0_m_axis_tvalid;
    assign lane_last[0] = lane_0_m_axis_tlast;
    assign lane_data[15:0] = lane_0_m_axis_tdata;
    assign lane_valid[1] = lane_1_m_axis_tvalid;
    assign lane_last[1] = lane_1_m_axis_tlast;
    assign lane_data[31:16] = lane_1_m_axis_tdata;
    assign lane_valid[2] = lane_2_m_axis_tvalid;
    assign lane_last[2] = lane_2_m_axis_tlast;
    assign lane_data[47:32] = lane_2_m_axis_tdata;
    assign lane_valid[3] = lane_3_m_axis_tvalid;
    assign lane_last[3] = lane_3_m_axis_tlast;
    assign lane_data[63:48] = lane_3_m_axis_tdata;
    assign lane_valid[4] = lane_4_m_axis_tvalid;
    assign lane_last[4] = lane_4_m_axis_tlast;
    assign lane_data[79:64] = lane_4_m_axis_tdata;
    assign lane_valid[5] = lane_5_m_axis_tvalid;
    assign lane_last[5] = lane_5_m_axis_tlast;
    assign lane_data[95:80] = lane_5_m_axis_tdata;
    assign lane_valid[6] = lane_6_m_axis_tvalid;
    assign lane_last[6] = lane_6_m_axis_tlast;
    assign lane_data[111:96] = lane_6_m_axis_tdata;
    assign lane_valid[7] = lane_7_m_axis_tvalid;
    assign lane_last[7] = lane_7_m_axis_tlast;
    assign lane_data[127:112] = lane_7_m_axis_tdata;

    // Lane ports.
    always @(*) begin
        lane_0_aclk = aclk;
        lane_0_aresetn = aresetn;
        lane_0_s_axis_ans_tdata = s_axis_ans_tdata[7:0];
        lane_0_s_axis_ans_tvalid = s_axis_ans_tvalid[0];
        lane_0_s_axis_ans_tlast = s_axis_ans_tlast[0];
        lane_0_s_axis_raw_tdata = s_axis_raw_tdata[7:0];
        lane_0_s_axis_raw_tvalid = s_axis_raw_tvalid[0];
        lane_0_s_axis_raw_tlast = s_axis_raw_tlast[0];
        lane_0_m_axis_tready = !v1_q[0];
        lane_0_tbl_we = tbl_we;
        lane_0_tbl_addr = tbl_addr;
        lane_0_tbl_code = tbl_code;
        lane_0_tbl_nb = tbl_nb;
        lane_0_tbl_base = tbl_base;
        lane_0_tbl_exp = tbl_exp;
        lane_0_tbl_esc = tbl_esc;
        s_axis_ans_tready[0] = lane_0_s_axis_ans_tready;
        s_axis_raw_tready[0] = lane_0_s_axis_raw_tready;
        m_axis_tkeep[1:0] = {2{!done_q[0]}};
        lane_1_aclk = aclk;
        lane_1_aresetn = aresetn;
        lane_1_s_axis_ans_tdata = s_axis_ans_tdata[15:8];
        lane_1_s_axis_ans_tvalid = s_axis_ans_tvalid[1];
        lane_1_s_axis_ans_tlast = s_axis_ans_tlast[1];
        lane_1_s_axis_raw_tdata = s_axis_raw_tdata[15:8];
        lane_1_s_axis_raw_tvalid = s_axis_raw_tvalid[1];
        lane_1_s_axis_raw_tlast = s_axis_raw_tlast[1];
        lane_1_m_axis_tready = !v1_q[1];
        lane_1_tbl_we = tbl_we;
        lane_1_tbl_addr = tbl_addr;
        lane_1_tbl_code = tbl_code;
        lane_1_tbl_nb = tbl_nb;
        lane_1_tbl_base = tbl_base;
        lane_1_tbl_exp = tbl_exp;
        lane_1_tbl_esc = tbl_esc;
        s_axis_ans_tready[1] = lane_1_s_axis_ans_tready;
        s_axis_raw_tready[1] = lane_1_s_axis_raw_tready;
        m_axis_tkeep[3:2] = {2{!done_q[1]}};
        lane_2_aclk = aclk;
        lane_2_aresetn = aresetn;
        lane_2_s_axis_ans_tdata = s_axis_ans_tdata[23:16];
        lane_2_s_axis_ans_tvalid = s_axis_ans_tvalid[2];
        lane_2_s_axis_ans_tlast = s_axis_ans_tlast[2];
        lane_2_s_axis_raw_tdata = s_axis_raw_tdata[23:16];
        lane_2_s_axis_raw_tvalid = s_axis_raw_tvalid[2];
        lane_2_s_axis_raw_tlast = s_axis_raw_tlast[2];
        lane_2_m_axis_tready = !v1_q[2];
        lane_2_tbl_we = tbl_we;
        lane_2_tbl_addr = tbl_addr;
        lane_2_tbl_code = tbl_code;
        lane_2_tbl_nb = tbl_nb;
        lane_2_tbl_base = tbl_base;
        lane_2_tbl_exp = tbl_exp;
        lane_2_tbl_esc = tbl_esc;
        s_axis_ans_tready[2] = lane_2_s_axis_ans_tready;
        s_axis_raw_tready[2] = lane_2_s_axis_raw_tready;
        m_axis_tkeep[5:4] = {2{!done_q[2]}};
        lane_3_aclk = aclk;
        lane_3_aresetn = aresetn;
        lane_3_s_axis_ans_tdata = s_axis_ans_tdata[31:24];
        lane_3_s_axis_ans_tvalid = s_axis_ans_tvalid[3];
        lane_3_s_axis_ans_tlast = s_axis_ans_tlast[3];
        lane_3_s_axis_raw_tdata = s_axis_raw_tdata[31:24];
        lane_3_s_axis_raw_tvalid = s_axis_raw_tvalid[3];
        lane_3_s_axis_raw_tlast = s_axis_raw_tlast[3];
        lane_3_m_axis_tready = !v1_q[3];
        lane_3_tbl_we = tbl_we;
        lane_3_tbl_addr = tbl_addr;
        lane_3_tbl_code = tbl_code;
        lane_3_tbl_nb = tbl_nb;
        lane_3_tbl_base = tbl_base;
        lane_3_tbl_exp = tbl_exp;
        lane_3_tbl_esc = tbl_esc;
        s_axis_ans_tready[3] = lane_3_s_axis_ans_tready;
        s_axis_raw_tready[3] = lane_3_s_axis_raw_tready;
        m_axis_tkeep[7:6] = {2{!done_q[3]}};
        lane_4_aclk = aclk;
        lane_4_aresetn = aresetn;
        lane_4_s_axis_ans_tdata = s_axis_ans_tdata[39:32];
        lane_4_s_axis_ans_tvalid = s_axis_ans_tvalid[4];
        lane_4_s_axis_ans_tlast = s_axis_ans_tlast[4];
        lane_4_s_axis_raw_tdata = s_axis_raw_tdata[39:32];
        lane_4_s_axis_raw_tvalid = s_axis_raw_tvalid[4];
        lane_4_s_axis_raw_tlast = s_axis_raw_tlast[4];
        lane_4_m_axis_tready = !v1_q[4];
        lane_4_tbl_we = tbl_we;
        lane_4_tbl_addr = tbl_addr;
        lane_4_tbl_code = tbl_code;
        lane_4_tbl_nb = tbl_nb;
        lane_4_tbl_base = tbl_base;
        lane_4_tbl_exp = tbl_exp;
        lane_4_tbl_esc = tbl_esc;
        s_axis_ans_tready[4] = lane_4_s_axis_ans_tready;
        s_axis_raw_tready[4] = lane_4_s_axis_raw_tready;
        m_axis_tkeep[9:8] = {2{!done_q[4]}};
        lane_5_aclk = aclk;
        lane_5_aresetn = aresetn;
        lane_5_s_axis_ans_tdata = s_axis_ans_tdata[47:40];
        lane_5_s_axis_ans_tvalid = s_axis_ans_tvalid[5];
        lane_5_s_axis_ans_tlast = s_axis_ans_tlast[5];
        lane_5_s_axis_raw_tdata = s_axis_raw_tdata[47:40];
        lane_5_s_axis_raw_tvalid = s_axis_raw_tvalid[5];
        lane_5_s_axis_raw_tlast = s_axis_raw_tlast[5];
        lane_5_m_axis_tready = !v1_q[5];
        lane_5_tbl_we = tbl_we;
        lane_5_tbl_addr = tbl_addr;
        lane_5_tbl_code = tbl_code;
        lane_5_tbl_nb = tbl_nb;
        lane_5_tbl_base = tbl_base;
        lane_5_tbl_exp = tbl_exp;
        lane_5_tbl_esc = tbl_esc;
        s_axis_ans_tready[5] = lane_5_s_axis_ans_tready;
        s_axis_raw_tready[5] = lane_5_s_axis_raw_tready;
        m_axis_tkeep[11:10] = {2{!done_q[5]}};
        lane_6_aclk = aclk;
        lane_6_aresetn = aresetn;
        lane_6_s_axis_ans_tdata = s_axis_ans_tdata[55:48];
        lane_6_s_axis_ans_tvalid = s_axis_ans_tvalid[6];
        lane_6_s_axis_ans_tlast = s_axis_ans_tlast[6];
        lane_6_s_axis_raw_tdata = s_axis_raw_tdata[55:48];
        lane_6_s_axis_raw_tvalid = s_axis_raw_tvalid[6];
        lane_6_s_axis_raw_tlast = s_axis_raw_tlast[6];
        lane_6_m_axis_tready = !v1_q[6];
        lane_6_tbl_we = tbl_we;
        lane_6_tbl_addr = tbl_addr;
        lane_6_tbl_code = tbl_code;
        lane_6_tbl_nb = tbl_nb;
        lane_6_tbl_base = tbl_base;
        lane_6_tbl_exp = tbl_exp;
        lane_6_tbl_esc = tbl_esc;
        s_axis_ans_tready[6] = lane_6_s_axis_ans_tready;
        s_axis_raw_tready[6] = lane_6_s_axis_raw_tready;
        m_axis_tkeep[13:12] = {2{!done_q[6]}};
        lane_7_aclk = aclk;
        lane_7_aresetn = aresetn;
        lane_7_s_axis_ans_tdata = s_axis_ans_tdata[63:56];
        lane_7_s_axis_ans_tvalid = s_axis_ans_tvalid[7];
        lane_7_s_axis_ans_tlast = s_axis_ans_tlast[7];
        lane_7_s_axis_raw_tdata = s_axis_raw_tdata[63:56];
        lane_7_s_axis_raw_tvalid = s_axis_raw_tvalid[7];
        lane_7_s_axis_raw_tlast = s_axis_raw_tlast[7];
        lane_7_m_axis_tready = !v1_q[7];
        lane_7_tbl_we = tbl_we;
        lane_7_tbl_addr = tbl_addr;
        lane_7_tbl_code = tbl_code;
        lane_7_tbl_nb = tbl_nb;
        lane_7_tbl_base = tbl_base;
        lane_7_tbl_exp = tbl_exp;
        lane_7_tbl_esc = tbl_esc;
        s_axis_ans_tready[7] = lane_7_s_axis_ans_tready;
        s_axis_raw_tready[7] = lane_7_s_axis_raw_tready;
        m_axis_tkeep[15:14] = {2{!done_q[7]}};
    end

    // FIFO data (e0 the head; push never meets a full FIFO).
    always @(posedge aclk) begin
        if (pop[0] & push[0]) begin
            e0_q[15:0] <= v1_q[0] ? e1_q[15:0] : lane_data[15:0];
            l0_q[0] <= v1_q[0] ? l1_q[0] : lane_last[0];
        end else if (pop[0]) begin
            e0_q[15:0] <= e1_q[15:0];
            l0_q[0] <= l1_q[0];
        end else if (push[0] & !v0_q[0]) begin
            e0_q[15:0] <= lane_data[15:0];
            l0_q[0] <= lane_last[0];
        end
        if (push[0] & v0_q[0] & !pop[0]) begin
            e1_q[15:0] <= lane_data[15:0];
            l1_q[0] <= lane_last[0];
        end
        if (pop[1] & push[1]) begin
            e0_q[31:16] <= v1_q[1] ? e1_q[31:16] : lane_data[31:16];
            l0_q[1] <= v1_q[1] ? l1_q[1] : lane_last[1];
        end else if (pop[1]) begin
            e0_q[31:16] <= e1_q[31:16];
            l0_q[1] <= l1_q[1];
        end else if (push[1] & !v0_q[1]) begin
            e0_q[31:16] <= lane_data[31:16];
            l0_q[1] <= lane_last[1];
        end
        if (push[1] & v0_q[1] & !pop[1]) begin
            e1_q[31:16] <= lane_data[31:16];
            l1_q[1] <= lane_last[1];
        end
        if (pop[2] & push[2]) begin
            e0_q[47:32] <= v1_q[2] ? e1_q[47:32] : lane_data[47:32];
            l0_q[2] <= v1_q[2] ? l1_q[2] : lane_last[2];
        end else if (pop[2]) begin
            e0_q[47:32] <= e1_q[47:32];
            l0_q[2] <= l1_q[2];
        end else if (push[2] & !v0_q[2]) begin
            e0_q[47:32] <= lane_data[47:32];
            l0_q[2] <= lane_last[2];
        end
        if (push[2] & v0_q[2] & !pop[2]) begin
            e1_q[47:32] <= lane_data[47:32];
            l1_q[2] <= lane_last[2];
        end
        if (pop[3] & push[3]) begin
            e0_q[63:48] <= v1_q[3] ? e1_q[63:48] : lane_data[63:48];
            l0_q[3] <= v1_q[3] ? l1_q[3] : lane_last[3];
        end else if (pop[3]) begin
            e0_q[63:48] <= e1_q[63:48];
            l0_q[3] <= l1_q[3];
        end else if (push[3] & !v0_q[3]) begin
            e0_q[63:48] <= lane_data[63:48];
            l0_q[3] <= lane_last[3];
        end
        if (push[3] & v0_q[3] & !pop[3]) begin
            e1_q[63:48] <= lane_data[63:48];
            l1_q[3] <= lane_last[3];
        end
        if (pop[4] & push[4]) begin
            e0_q[79:64] <= v1_q[4] ? e1_q[79:64] : lane_data[79:64];
            l0_q[4] <= v1_q[4] ? l1_q[4] : lane_last[4];
        end else if (pop[4]) begin
            e0_q[79:64] <= e1_q[79:64];
            l0_q[4] <= l1_q[4];
        end else if (push[4] & !v0_q[4]) begin
            e0_q[79:64] <= lane_data[79:64];
            l0_q[4] <= lane_last[4];
        end
        if (push[4] & v0_q[4] & !pop[4]) begin
            e1_q[79:64] <= lane_data[79:64];
            l1_q[4] <= lane_last[4];
        end
        if (pop[5] & push[5]) begin
            e0_q[95:80] <= v1_q[5] ? e1_q[95:80] : lane_data[95:80];
            l0_q[5] <= v1_q[5] ? l1_q[5] : lane_last[5];
        end else if (pop[5]) begin
            e0_q[95:80] <= e1_q[95:80];
            l0_q[5] <= l1_q[5];
        end else if (push[5] & !v0_q[5]) begin
            e0_q[95:80] <= lane_data[95:80];
            l0_q[5] <= lane_last[5];
        end
        if (push[5] & v0_q[5] & !pop[5]) begin
            e1_q[95:80] <= lane_data[95:80];
            l1_q[5] <= lane_last[5];
        end
        if (pop[6] & push[6]) begin
            e0_q[111:96] <= v1_q[6] ? e1_q[111:96] : lane_data[111:96];
            l0_q[6] <= v1_q[6] ? l1_q[6] : lane_last[6];
        end else if (pop[6]) begin
            e0_q[111:96] <= e1_q[111:96];
            l0_q[6] <= l1_q[6];
        end else if (push[6] & !v0_q[6]) begin
            e0_q[111:96] <= lane_data[111:96];
            l0_q[6] <= lane_last[6];
        end
        if (push[6] & v0_q[6] & !pop[6]) begin
            e1_q[111:96] <= lane_data[111:96];
            l1_q[6] <= lane_last[6];
        end
        if (pop[7] & push[7]) begin
            e0_q[127:112] <= v1_q[7] ? e1_q[127:112] : lane_data[127:112];
            l0_q[7] <= v1_q[7] ? l1_q[7] : lane_last[7];
        end else if (pop[7]) begin
            e0_q[127:112] <= e1_q[127:112];
            l0_q[7] <= l1_q[7];
        end else if (push[7] & !v0_q[7]) begin
            e0_q[127:112] <= lane_data[127:112];
            l0_q[7] <= lane_last[7];
        end
        if (push[7] & v0_q[7] & !pop[7]) begin
            e1_q[127:112] <= lane_data[127:112];
            l1_q[7] <= lane_last[7];
        end
    end
endmodule // tans_decoder_x8

module tans_decoder_x8_lane_0(aclk,aresetn,s_axis_ans_tdata,s_axis_ans_tvalid,s_axis_ans_tready,s_axis_ans_tlast,s_axis_raw_tdata,s_axis_raw_tvalid,s_axis_raw_tready,s_axis_raw_tlast,m_axis_tdata,m_axis_tvalid,m_axis_tready,m_axis_tlast,tbl_we,tbl_addr,tbl_code,tbl_nb,tbl_base,tbl_exp,tbl_esc);

    // Module arguments
    input wire  aclk;
    input wire  aresetn;
    input wire  [7:0] s_axis_ans_tdata;
    input wire  s_axis_ans_tvalid;
    output reg  s_axis_ans_tready;
    input wire  s_axis_ans_tlast;
    input wire  [7:0] s_axis_raw_tdata;
    input wire  s_axis_raw_tvalid;
    output reg  s_axis_raw_tready;
    input wire  s_axis_raw_tlast;
    output reg  [15:0] m_axis_tdata;
    output reg  m_axis_tvalid;
    input wire  m_axis_tready;
    output reg  m_axis_tlast;
    input wire  tbl_we;
    input wire  [6:0] tbl_addr;
    input wire  [3:0] tbl_code;
    input wire  [2:0] tbl_nb;
    input wire  [5:0] tbl_base;
    input wire  [7:0] tbl_exp;
    input wire  tbl_esc;

    // Constant declarations
    localparam  c_zero4 = 4'h0;
    localparam  c_eight4 = 4'h8;
    localparam  c_seven4 = 4'h7;

    // Stub signals
    reg  tables_clock;
    reg  tables_we;
    reg  [6:0] tables_waddr;
    reg  [3:0] tables_wcode;
    reg  [2:0] tables_wnb;
    reg  [5:0] tables_wbase;
    reg  [7:0] tables_wexp;
    reg  tables_wesc;
    reg  [5:0] tables_state;
    reg  tables_init;
    wire  [2:0] tables_nb;
    wire  [5:0] tables_base;
    wire  [5:0] tables_mask;
    wire  [7:0] tables_exp;
    wire  tables_esc;
    reg  [7:0] window_lo;
    reg  [7:0] window_hi;
    reg  [3:0] window_sel;
    wire  [5:0] window_out;
    reg  out_q_clock;
    reg  out_q_en;
    reg  out_q_sign;
    reg  [7:0] out_q_exp;
    reg  [6:0] out_q_mant;
    wire  [15:0] out_q_q;
    reg  init_q_d;
    wire  init_q_q;
    reg  init_q_clock;
    reg  [5:0] state_q_d;
    wire  [5:0] state_q_q;
    reg  state_q_clock;
    reg  [7:0] w0_q_d;
    wire  [7:0] w0_q_q;
    reg  w0_q_clock;
    reg  [7:0] w1_q_d;
    wire  [7:0] w1_q_q;
    reg  w1_q_clock;
    reg  v0_q_d;
    wire  v0_q_q;
    reg  v0_q_clock;
    reg  v1_q_d;
    wire  v1_q_q;
    reg  v1_q_clock;
    reg  [3:0] p_q_d;
    wire  [3:0] p_q_q;
    reg  p_q_clock;
    reg  ans_last_q_d;
    wire  ans_last_q_q;
    reg  ans_last_q_clock;
    reg  esc_q_d;
    wire  esc_q_q;
    reg  esc_q_clock;
    reg  [7:0] esc_exp_q_d;
    wire  [7:0] esc_exp_q_q;
    reg  esc_exp_q_clock;
    reg  m_valid_q_d;
    wire  m_valid_q_q;
    reg  m_valid_q_clock;
    reg  m_last_q_d;
    wire  m_last_q_q;
    reg  m_last_q_clock;

    // Sub module instances
    tans_decoder_x8_lane_0_tables tables(
        .clock(tables_clock),
        .we(tables_we),
        .waddr(tables_waddr),
        .wcode(tables_wcode),
        .wnb(tables_wnb),
        .wbase(tables_wbase),
        .wexp(tables_wexp),
        .wesc(tables_wesc),
        .state(tables_state),
        .init(tables_init),
        .nb(tables_nb),
        .base(tables_base),
        .mask(tables_mask),
        .exp(tables_exp),
        .esc(tables_esc)
    );
    tans_decoder_x8_lane_0_window window(
        .lo(window_lo),
        .hi(window_hi),
        .sel(window_sel),
        .out(window_out)
    );
    tans_decoder_x8_lane_0_out_q out_q(
        .clock(out_q_clock),
        .en(out_q_en),
        .sign(out_q_sign),
        .exp(out_q_exp),
        .mant(out_q_mant),
        .q(out_q_q)
    );
    tans_decoder_x8_lane_0_init_q init_q(
        .d(init_q_d),
        .q(init_q_q),
        .clock(init_q_clock)
    );
    tans_decoder_x8_lane_0_state_q state_q(
        .d(state_q_d),
        .q(state_q_q),
        .clock(state_q_clock)
    );
    tans_decoder_x8_lane_0_w0_q w0_q(
        .d(w0_q_d),
        .q(w0_q_q),
        .clock(w0_q_clock)
    );
    tans_decoder_x8_lane_0_w1_q w1_q(
        .d(w1_q_d),
        .q(w1_q_q),
        .clock(w1_q_clock)
    );
    tans_decoder_x8_lane_0_v0_q v0_q(
        .d(v0_q_d),
        .q(v0_q_q),
        .clock(v0_q_clock)
    );
    tans_decoder_x8_lane_0_v1_q v1_q(
        .d(v1_q_d),
        .q(v1_q_q),
        .clock(v1_q_clock)
    );
    tans_decoder_x8_lane_0_p_q p_q(
        .d(p_q_d),
        .q(p_q_q),
        .clock(p_q_clock)
    );
    tans_decoder_x8_lane_0_ans_last_q ans_last_q(
        .d(ans_last_q_d),
        .q(ans_last_q_q),
        .clock(ans_last_q_clock)
    );
    tans_decoder_x8_lane_0_esc_q esc_q(
        .d(esc_q_d),
        .q(esc_q_q),
        .clock(esc_q_clock)
    );
    tans_decoder_x8_lane_0_esc_exp_q esc_exp_q(
        .d(esc_exp_q_d),
        .q(esc_exp_q_q),
        .clock(esc_exp_q_clock)
    );
    tans_decoder_x8_lane_0_m_valid_q m_valid_q(
        .d(m_valid_q_d),
        .q(m_valid_q_q),
        .clock(m_valid_q_clock)
    );
    tans_decoder_x8_lane_0_m_last_q m_last_q(
        .d(m_last_q_d),
        .q(m_last_q_q),
        .clock(m_last_q_clock)
    );

    // Update code
    always @(*) begin
        init_q_clock = aclk;
        state_q_clock = aclk;
        w0_q_clock = aclk;
        w1_q_clock = aclk;
        v0_q_clock = aclk;
        v1_q_clock = aclk;
        p_q_clock = aclk;
        ans_last_q_clock = aclk;
        esc_q_clock = aclk;
        esc_exp_q_clock = aclk;
        m_valid_q_clock = aclk;
        m_last_q_clock = aclk;
        init_q_d = init_q_q;
        state_q_d = state_q_q;
        w0_q_d = w0_q_q;
        w1_q_d = w1_q_q;
        v0_q_d = v0_q_q;
        v1_q_d = v1_q_q;
        p_q_d = p_q_q;
        ans_last_q_d = ans_last_q_q;
        esc_q_d = esc_q_q;
        esc_exp_q_d = esc_exp_q_q;
        m_valid_q_d = m_valid_q_q;
        m_last_q_d = m_last_q_q;
        out_q_clock = aclk;
        tables_clock = aclk;
        tables_we = tbl_we;
        tables_waddr = tbl_addr;
        tables_wcode = tbl_code;
        tables_wnb = tbl_nb;
        tables_wbase = tbl_base;
        tables_wexp = tbl_exp;
        tables_wesc = tbl_esc;
        tables_state = state_q_q;
        tables_init = init_q_q;
        window_lo = w0_q_q;
        window_hi = w1_q_q;
        window_sel = p_q_q;
        if ((v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4)))) & (init_q_q | (aresetn & ~esc_q_q & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid))) begin
            state_q_d = tables_base | (window_out & tables_mask);
            p_q_d = (({{1{1'b0}}, tables_nb}) + p_q_q) & c_seven4;
            init_q_d = 1'b0;
        end
        if ((v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4)))) & (init_q_q | (aresetn & ~esc_q_q & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid)) & ((({{1{1'b0}}, tables_nb}) + p_q_q) >= c_eight4)) begin
            s_axis_ans_tready = aresetn & ~ans_last_q_q;
            w0_q_d = w1_q_q;
            v0_q_d = v1_q_q;
            v1_q_d = 1'b0;
            if (aresetn & ~ans_last_q_q & s_axis_ans_tvalid) begin
                if (v1_q_q) begin
                    w1_q_d = s_axis_ans_tdata;
                    v1_q_d = 1'b1;
                end
                else begin
                    w0_q_d = s_axis_ans_tdata;
                    v0_q_d = 1'b1;
                end
            end
            if (aresetn & s_axis_ans_tvalid & s_axis_ans_tlast) begin
                ans_last_q_d = 1'b1;
            end
        end
        else begin
            s_axis_ans_tready = aresetn & ~ans_last_q_q & ~v1_q_q;
            if (aresetn & ~ans_last_q_q & ~v1_q_q & s_axis_ans_tvalid) begin
                if (v0_q_q) begin
                    w1_q_d = s_axis_ans_tdata;
                    v1_q_d = 1'b1;
                end
                else begin
                    w0_q_d = s_axis_ans_tdata;
                    v0_q_d = 1'b1;
                end
            end
            if (aresetn & s_axis_ans_tvalid & s_axis_ans_tlast & ~v1_q_q) begin
                ans_last_q_d = 1'b1;
            end
        end
        s_axis_raw_tready = aresetn & (~m_valid_q_q | m_axis_tready) & (esc_q_q | (~init_q_q & (v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4))))));
        if (aresetn & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid & ~init_q_q & ~esc_q_q & tables_esc & (v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4))))) begin
            esc_q_d = 1'b1;
            esc_exp_q_d = s_axis_raw_tdata;
        end
        if (aresetn & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid & esc_q_q) begin
            esc_q_d = 1'b0;
        end
        out_q_en = ~m_valid_q_q | m_axis_tready;
        out_q_sign = s_axis_raw_tdata[32'h7];
        out_q_mant = (s_axis_raw_tdata[6:0]);
        if (esc_q_q) begin
            out_q_exp = esc_exp_q_q;
        end
        else begin
            out_q_exp = tables_exp;
        end
        if (~m_valid_q_q | m_axis_tready) begin
            m_valid_q_d = aresetn & s_axis_raw_tvalid & (esc_q_q | (~init_q_q & ~tables_esc & (v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4))))));
            m_last_q_d = s_axis_raw_tlast;
        end
        m_axis_tdata = out_q_q;
        m_axis_tvalid = m_valid_q_q;
        m_axis_tlast = m_last_q_q;
        if ((aresetn & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid & s_axis_raw_tlast & (esc_q_q | (~init_q_q & ~tables_esc & (v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4))))))) | ~aresetn) begin
            init_q_d = 1'b1;
            v0_q_d = 1'b0;
            v1_q_d = 1'b0;
            p_q_d = c_zero4;
            ans_last_q_d = 1'b0;
        end
        if (~aresetn) begin
            esc_q_d = 1'b0;
            m_valid_q_d = 1'b0;
            m_last_q_d = 1'b0;
        end
    end

endmodule // tans_decoder_x8_lane_0

module tans_decoder_x8_lane_0_ans_last_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_0_ans_last_q

module tans_decoder_x8_lane_0_esc_exp_q(d,q,clock);

    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 8'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_0_esc_exp_q

module tans_decoder_x8_lane_0_esc_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_0_esc_q

module tans_decoder_x8_lane_0_init_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_0_init_q

module tans_decoder_x8_lane_0_m_last_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_0_m_last_q

module tans_decoder_x8_lane_0_m_valid_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_0_m_valid_q

module tans_decoder_x8_lane_0_out_q(clock,en,sign,exp,mant,q);

    // Module arguments
    input wire  clock;
    input wire  en;
    input wire  sign;
    input wire  [7:0] exp;
    input wire  [6:0] mant;
    output reg  [15:0] q;

    // Update code (custom)
    initial q = 16'h0;

    always @(posedge clock) begin
        if (en) q <= {sign, exp, mant};
    end
endmodule // tans_decoder_x8_lane_0_out_q

module tans_decoder_x8_lane_0_p_q(d,q,clock);

    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 4'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_0_p_q

module tans_decoder_x8_lane_0_state_q(d,q,clock);

    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 6'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_0_state_q

module tans_decoder_x8_lane_0_tables(clock,we,waddr,wcode,wnb,wbase,wexp,wesc,state,init,nb,base,mask,exp,esc);

    // Module arguments
    input wire  clock;
    input wire  we;
    input wire  [6:0] waddr;
    input wire  [3:0] wcode;
    input wire  [2:0] wnb;
    input wire  [5:0] wbase;
    input wire  [7:0] wexp;
    input wire  wesc;
    input wire  [5:0] state;
    input wire  init;
    output reg  [2:0] nb;
    output reg  [5:0] base;
    output reg  [5:0] mask;
    output reg  [7:0] exp;
    output reg  esc;

    // Update code (custom)
    reg [3:0] code_mem [0:63];
    reg [2:0] nb_mem [0:63];
    reg [5:0] base_mem [0:63];
    reg [8:0] cmap_mem [0:15];
    reg [3:0] code_rd;
    integer i;

    // Zero at power-up, as in the Rust simulation (and LUT INIT values in synthesis).
    initial begin
        for (i = 0; i < 64; i = i + 1) begin
            code_mem[i[5:0]] = 4'h0;
            nb_mem[i[5:0]] = 3'h0;
            base_mem[i[5:0]] = 6'h0;
        end
        for (i = 0; i < 16; i = i + 1) cmap_mem[i[3:0]] = 9'h0;
    end

    always @(posedge clock) begin
        if (we && !waddr[6]) begin
            code_mem[waddr[5:0]] <= wcode;
            nb_mem[waddr[5:0]] <= wnb;
            base_mem[waddr[5:0]] <= wbase;
        end
        if (we && waddr[6]) cmap_mem[waddr[3:0]] <= {wesc, wexp};
    end

    always @(*) begin
        code_rd = code_mem[state];
        {esc, exp} = cmap_mem[code_rd];
        if (init) begin
            nb = 3'd6;
            base = 6'h0;
        end else begin
            nb = nb_mem[state];
            base = base_mem[state];
        end
        mask = ~({6{1'b1}} << nb);
    end
endmodule // tans_decoder_x8_lane_0_tables

module tans_decoder_x8_lane_0_v0_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_0_v0_q

module tans_decoder_x8_lane_0_v1_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_0_v1_q

module tans_decoder_x8_lane_0_w0_q(d,q,clock);

    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 8'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_0_w0_q

module tans_decoder_x8_lane_0_w1_q(d,q,clock);

    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 8'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_0_w1_q

module tans_decoder_x8_lane_0_window(lo,hi,sel,out);

    // Module arguments
    input wire  [7:0] lo;
    input wire  [7:0] hi;
    input wire  [3:0] sel;
    output reg  [5:0] out;

    // Update code (custom)
    wire [15:0] cat = {hi, lo};

    always @(*) out = cat[sel +: 6];
endmodule // tans_decoder_x8_lane_0_window

module tans_decoder_x8_lane_1(aclk,aresetn,s_axis_ans_tdata,s_axis_ans_tvalid,s_axis_ans_tready,s_axis_ans_tlast,s_axis_raw_tdata,s_axis_raw_tvalid,s_axis_raw_tready,s_axis_raw_tlast,m_axis_tdata,m_axis_tvalid,m_axis_tready,m_axis_tlast,tbl_we,tbl_addr,tbl_code,tbl_nb,tbl_base,tbl_exp,tbl_esc);

    // Module arguments
    input wire  aclk;
    input wire  aresetn;
    input wire  [7:0] s_axis_ans_tdata;
    input wire  s_axis_ans_tvalid;
    output reg  s_axis_ans_tready;
    input wire  s_axis_ans_tlast;
    input wire  [7:0] s_axis_raw_tdata;
    input wire  s_axis_raw_tvalid;
    output reg  s_axis_raw_tready;
    input wire  s_axis_raw_tlast;
    output reg  [15:0] m_axis_tdata;
    output reg  m_axis_tvalid;
    input wire  m_axis_tready;
    output reg  m_axis_tlast;
    input wire  tbl_we;
    input wire  [6:0] tbl_addr;
    input wire  [3:0] tbl_code;
    input wire  [2:0] tbl_nb;
    input wire  [5:0] tbl_base;
    input wire  [7:0] tbl_exp;
    input wire  tbl_esc;

    // Constant declarations
    localparam  c_zero4 = 4'h0;
    localparam  c_eight4 = 4'h8;
    localparam  c_seven4 = 4'h7;

    // Stub signals
    reg  tables_clock;
    reg  tables_we;
    reg  [6:0] tables_waddr;
    reg  [3:0] tables_wcode;
    reg  [2:0] tables_wnb;
    reg  [5:0] tables_wbase;
    reg  [7:0] tables_wexp;
    reg  tables_wesc;
    reg  [5:0] tables_state;
    reg  tables_init;
    wire  [2:0] tables_nb;
    wire  [5:0] tables_base;
    wire  [5:0] tables_mask;
    wire  [7:0] tables_exp;
    wire  tables_esc;
    reg  [7:0] window_lo;
    reg  [7:0] window_hi;
    reg  [3:0] window_sel;
    wire  [5:0] window_out;
    reg  out_q_clock;
    reg  out_q_en;
    reg  out_q_sign;
    reg  [7:0] out_q_exp;
    reg  [6:0] out_q_mant;
    wire  [15:0] out_q_q;
    reg  init_q_d;
    wire  init_q_q;
    reg  init_q_clock;
    reg  [5:0] state_q_d;
    wire  [5:0] state_q_q;
    reg  state_q_clock;
    reg  [7:0] w0_q_d;
    wire  [7:0] w0_q_q;
    reg  w0_q_clock;
    reg  [7:0] w1_q_d;
    wire  [7:0] w1_q_q;
    reg  w1_q_clock;
    reg  v0_q_d;
    wire  v0_q_q;
    reg  v0_q_clock;
    reg  v1_q_d;
    wire  v1_q_q;
    reg  v1_q_clock;
    reg  [3:0] p_q_d;
    wire  [3:0] p_q_q;
    reg  p_q_clock;
    reg  ans_last_q_d;
    wire  ans_last_q_q;
    reg  ans_last_q_clock;
    reg  esc_q_d;
    wire  esc_q_q;
    reg  esc_q_clock;
    reg  [7:0] esc_exp_q_d;
    wire  [7:0] esc_exp_q_q;
    reg  esc_exp_q_clock;
    reg  m_valid_q_d;
    wire  m_valid_q_q;
    reg  m_valid_q_clock;
    reg  m_last_q_d;
    wire  m_last_q_q;
    reg  m_last_q_clock;

    // Sub module instances
    tans_decoder_x8_lane_1_tables tables(
        .clock(tables_clock),
        .we(tables_we),
        .waddr(tables_waddr),
        .wcode(tables_wcode),
        .wnb(tables_wnb),
        .wbase(tables_wbase),
        .wexp(tables_wexp),
        .wesc(tables_wesc),
        .state(tables_state),
        .init(tables_init),
        .nb(tables_nb),
        .base(tables_base),
        .mask(tables_mask),
        .exp(tables_exp),
        .esc(tables_esc)
    );
    tans_decoder_x8_lane_1_window window(
        .lo(window_lo),
        .hi(window_hi),
        .sel(window_sel),
        .out(window_out)
    );
    tans_decoder_x8_lane_1_out_q out_q(
        .clock(out_q_clock),
        .en(out_q_en),
        .sign(out_q_sign),
        .exp(out_q_exp),
        .mant(out_q_mant),
        .q(out_q_q)
    );
    tans_decoder_x8_lane_1_init_q init_q(
        .d(init_q_d),
        .q(init_q_q),
        .clock(init_q_clock)
    );
    tans_decoder_x8_lane_1_state_q state_q(
        .d(state_q_d),
        .q(state_q_q),
        .clock(state_q_clock)
    );
    tans_decoder_x8_lane_1_w0_q w0_q(
        .d(w0_q_d),
        .q(w0_q_q),
        .clock(w0_q_clock)
    );
    tans_decoder_x8_lane_1_w1_q w1_q(
        .d(w1_q_d),
        .q(w1_q_q),
        .clock(w1_q_clock)
    );
    tans_decoder_x8_lane_1_v0_q v0_q(
        .d(v0_q_d),
        .q(v0_q_q),
        .clock(v0_q_clock)
    );
    tans_decoder_x8_lane_1_v1_q v1_q(
        .d(v1_q_d),
        .q(v1_q_q),
        .clock(v1_q_clock)
    );
    tans_decoder_x8_lane_1_p_q p_q(
        .d(p_q_d),
        .q(p_q_q),
        .clock(p_q_clock)
    );
    tans_decoder_x8_lane_1_ans_last_q ans_last_q(
        .d(ans_last_q_d),
        .q(ans_last_q_q),
        .clock(ans_last_q_clock)
    );
    tans_decoder_x8_lane_1_esc_q esc_q(
        .d(esc_q_d),
        .q(esc_q_q),
        .clock(esc_q_clock)
    );
    tans_decoder_x8_lane_1_esc_exp_q esc_exp_q(
        .d(esc_exp_q_d),
        .q(esc_exp_q_q),
        .clock(esc_exp_q_clock)
    );
    tans_decoder_x8_lane_1_m_valid_q m_valid_q(
        .d(m_valid_q_d),
        .q(m_valid_q_q),
        .clock(m_valid_q_clock)
    );
    tans_decoder_x8_lane_1_m_last_q m_last_q(
        .d(m_last_q_d),
        .q(m_last_q_q),
        .clock(m_last_q_clock)
    );

    // Update code
    always @(*) begin
        init_q_clock = aclk;
        state_q_clock = aclk;
        w0_q_clock = aclk;
        w1_q_clock = aclk;
        v0_q_clock = aclk;
        v1_q_clock = aclk;
        p_q_clock = aclk;
        ans_last_q_clock = aclk;
        esc_q_clock = aclk;
        esc_exp_q_clock = aclk;
        m_valid_q_clock = aclk;
        m_last_q_clock = aclk;
        init_q_d = init_q_q;
        state_q_d = state_q_q;
        w0_q_d = w0_q_q;
        w1_q_d = w1_q_q;
        v0_q_d = v0_q_q;
        v1_q_d = v1_q_q;
        p_q_d = p_q_q;
        ans_last_q_d = ans_last_q_q;
        esc_q_d = esc_q_q;
        esc_exp_q_d = esc_exp_q_q;
        m_valid_q_d = m_valid_q_q;
        m_last_q_d = m_last_q_q;
        out_q_clock = aclk;
        tables_clock = aclk;
        tables_we = tbl_we;
        tables_waddr = tbl_addr;
        tables_wcode = tbl_code;
        tables_wnb = tbl_nb;
        tables_wbase = tbl_base;
        tables_wexp = tbl_exp;
        tables_wesc = tbl_esc;
        tables_state = state_q_q;
        tables_init = init_q_q;
        window_lo = w0_q_q;
        window_hi = w1_q_q;
        window_sel = p_q_q;
        if ((v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4)))) & (init_q_q | (aresetn & ~esc_q_q & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid))) begin
            state_q_d = tables_base | (window_out & tables_mask);
            p_q_d = (({{1{1'b0}}, tables_nb}) + p_q_q) & c_seven4;
            init_q_d = 1'b0;
        end
        if ((v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4)))) & (init_q_q | (aresetn & ~esc_q_q & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid)) & ((({{1{1'b0}}, tables_nb}) + p_q_q) >= c_eight4)) begin
            s_axis_ans_tready = aresetn & ~ans_last_q_q;
            w0_q_d = w1_q_q;
            v0_q_d = v1_q_q;
            v1_q_d = 1'b0;
            if (aresetn & ~ans_last_q_q & s_axis_ans_tvalid) begin
                if (v1_q_q) begin
                    w1_q_d = s_axis_ans_tdata;
                    v1_q_d = 1'b1;
                end
                else begin
                    w0_q_d = s_axis_ans_tdata;
                    v0_q_d = 1'b1;
                end
            end
            if (aresetn & s_axis_ans_tvalid & s_axis_ans_tlast) begin
                ans_last_q_d = 1'b1;
            end
        end
        else begin
            s_axis_ans_tready = aresetn & ~ans_last_q_q & ~v1_q_q;
            if (aresetn & ~ans_last_q_q & ~v1_q_q & s_axis_ans_tvalid) begin
                if (v0_q_q) begin
                    w1_q_d = s_axis_ans_tdata;
                    v1_q_d = 1'b1;
                end
                else begin
                    w0_q_d = s_axis_ans_tdata;
                    v0_q_d = 1'b1;
                end
            end
            if (aresetn & s_axis_ans_tvalid & s_axis_ans_tlast & ~v1_q_q) begin
                ans_last_q_d = 1'b1;
            end
        end
        s_axis_raw_tready = aresetn & (~m_valid_q_q | m_axis_tready) & (esc_q_q | (~init_q_q & (v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4))))));
        if (aresetn & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid & ~init_q_q & ~esc_q_q & tables_esc & (v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4))))) begin
            esc_q_d = 1'b1;
            esc_exp_q_d = s_axis_raw_tdata;
        end
        if (aresetn & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid & esc_q_q) begin
            esc_q_d = 1'b0;
        end
        out_q_en = ~m_valid_q_q | m_axis_tready;
        out_q_sign = s_axis_raw_tdata[32'h7];
        out_q_mant = (s_axis_raw_tdata[6:0]);
        if (esc_q_q) begin
            out_q_exp = esc_exp_q_q;
        end
        else begin
            out_q_exp = tables_exp;
        end
        if (~m_valid_q_q | m_axis_tready) begin
            m_valid_q_d = aresetn & s_axis_raw_tvalid & (esc_q_q | (~init_q_q & ~tables_esc & (v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4))))));
            m_last_q_d = s_axis_raw_tlast;
        end
        m_axis_tdata = out_q_q;
        m_axis_tvalid = m_valid_q_q;
        m_axis_tlast = m_last_q_q;
        if ((aresetn & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid & s_axis_raw_tlast & (esc_q_q | (~init_q_q & ~tables_esc & (v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4))))))) | ~aresetn) begin
            init_q_d = 1'b1;
            v0_q_d = 1'b0;
            v1_q_d = 1'b0;
            p_q_d = c_zero4;
            ans_last_q_d = 1'b0;
        end
        if (~aresetn) begin
            esc_q_d = 1'b0;
            m_valid_q_d = 1'b0;
            m_last_q_d = 1'b0;
        end
    end

endmodule // tans_decoder_x8_lane_1

module tans_decoder_x8_lane_1_ans_last_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_1_ans_last_q

module tans_decoder_x8_lane_1_esc_exp_q(d,q,clock);

    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 8'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_1_esc_exp_q

module tans_decoder_x8_lane_1_esc_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_1_esc_q

module tans_decoder_x8_lane_1_init_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_1_init_q

module tans_decoder_x8_lane_1_m_last_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_1_m_last_q

module tans_decoder_x8_lane_1_m_valid_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_1_m_valid_q

module tans_decoder_x8_lane_1_out_q(clock,en,sign,exp,mant,q);

    // Module arguments
    input wire  clock;
    input wire  en;
    input wire  sign;
    input wire  [7:0] exp;
    input wire  [6:0] mant;
    output reg  [15:0] q;

    // Update code (custom)
    initial q = 16'h0;

    always @(posedge clock) begin
        if (en) q <= {sign, exp, mant};
    end
endmodule // tans_decoder_x8_lane_1_out_q

module tans_decoder_x8_lane_1_p_q(d,q,clock);

    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 4'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_1_p_q

module tans_decoder_x8_lane_1_state_q(d,q,clock);

    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 6'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_1_state_q

module tans_decoder_x8_lane_1_tables(clock,we,waddr,wcode,wnb,wbase,wexp,wesc,state,init,nb,base,mask,exp,esc);

    // Module arguments
    input wire  clock;
    input wire  we;
    input wire  [6:0] waddr;
    input wire  [3:0] wcode;
    input wire  [2:0] wnb;
    input wire  [5:0] wbase;
    input wire  [7:0] wexp;
    input wire  wesc;
    input wire  [5:0] state;
    input wire  init;
    output reg  [2:0] nb;
    output reg  [5:0] base;
    output reg  [5:0] mask;
    output reg  [7:0] exp;
    output reg  esc;

    // Update code (custom)
    reg [3:0] code_mem [0:63];
    reg [2:0] nb_mem [0:63];
    reg [5:0] base_mem [0:63];
    reg [8:0] cmap_mem [0:15];
    reg [3:0] code_rd;
    integer i;

    // Zero at power-up, as in the Rust simulation (and LUT INIT values in synthesis).
    initial begin
        for (i = 0; i < 64; i = i + 1) begin
            code_mem[i[5:0]] = 4'h0;
            nb_mem[i[5:0]] = 3'h0;
            base_mem[i[5:0]] = 6'h0;
        end
        for (i = 0; i < 16; i = i + 1) cmap_mem[i[3:0]] = 9'h0;
    end

    always @(posedge clock) begin
        if (we && !waddr[6]) begin
            code_mem[waddr[5:0]] <= wcode;
            nb_mem[waddr[5:0]] <= wnb;
            base_mem[waddr[5:0]] <= wbase;
        end
        if (we && waddr[6]) cmap_mem[waddr[3:0]] <= {wesc, wexp};
    end

    always @(*) begin
        code_rd = code_mem[state];
        {esc, exp} = cmap_mem[code_rd];
        if (init) begin
            nb = 3'd6;
            base = 6'h0;
        end else begin
            nb = nb_mem[state];
            base = base_mem[state];
        end
        mask = ~({6{1'b1}} << nb);
    end
endmodule // tans_decoder_x8_lane_1_tables

module tans_decoder_x8_lane_1_v0_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_1_v0_q

module tans_decoder_x8_lane_1_v1_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_1_v1_q

module tans_decoder_x8_lane_1_w0_q(d,q,clock);

    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 8'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_1_w0_q

module tans_decoder_x8_lane_1_w1_q(d,q,clock);

    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 8'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_1_w1_q

module tans_decoder_x8_lane_1_window(lo,hi,sel,out);

    // Module arguments
    input wire  [7:0] lo;
    input wire  [7:0] hi;
    input wire  [3:0] sel;
    output reg  [5:0] out;

    // Update code (custom)
    wire [15:0] cat = {hi, lo};

    always @(*) out = cat[sel +: 6];
endmodule // tans_decoder_x8_lane_1_window

module tans_decoder_x8_lane_2(aclk,aresetn,s_axis_ans_tdata,s_axis_ans_tvalid,s_axis_ans_tready,s_axis_ans_tlast,s_axis_raw_tdata,s_axis_raw_tvalid,s_axis_raw_tready,s_axis_raw_tlast,m_axis_tdata,m_axis_tvalid,m_axis_tready,m_axis_tlast,tbl_we,tbl_addr,tbl_code,tbl_nb,tbl_base,tbl_exp,tbl_esc);

    // Module arguments
    input wire  aclk;
    input wire  aresetn;
    input wire  [7:0] s_axis_ans_tdata;
    input wire  s_axis_ans_tvalid;
    output reg  s_axis_ans_tready;
    input wire  s_axis_ans_tlast;
    input wire  [7:0] s_axis_raw_tdata;
    input wire  s_axis_raw_tvalid;
    output reg  s_axis_raw_tready;
    input wire  s_axis_raw_tlast;
    output reg  [15:0] m_axis_tdata;
    output reg  m_axis_tvalid;
    input wire  m_axis_tready;
    output reg  m_axis_tlast;
    input wire  tbl_we;
    input wire  [6:0] tbl_addr;
    input wire  [3:0] tbl_code;
    input wire  [2:0] tbl_nb;
    input wire  [5:0] tbl_base;
    input wire  [7:0] tbl_exp;
    input wire  tbl_esc;

    // Constant declarations
    localparam  c_zero4 = 4'h0;
    localparam  c_eight4 = 4'h8;
    localparam  c_seven4 = 4'h7;

    // Stub signals
    reg  tables_clock;
    reg  tables_we;
    reg  [6:0] tables_waddr;
    reg  [3:0] tables_wcode;
    reg  [2:0] tables_wnb;
    reg  [5:0] tables_wbase;
    reg  [7:0] tables_wexp;
    reg  tables_wesc;
    reg  [5:0] tables_state;
    reg  tables_init;
    wire  [2:0] tables_nb;
    wire  [5:0] tables_base;
    wire  [5:0] tables_mask;
    wire  [7:0] tables_exp;
    wire  tables_esc;
    reg  [7:0] window_lo;
    reg  [7:0] window_hi;
    reg  [3:0] window_sel;
    wire  [5:0] window_out;
    reg  out_q_clock;
    reg  out_q_en;
    reg  out_q_sign;
    reg  [7:0] out_q_exp;
    reg  [6:0] out_q_mant;
    wire  [15:0] out_q_q;
    reg  init_q_d;
    wire  init_q_q;
    reg  init_q_clock;
    reg  [5:0] state_q_d;
    wire  [5:0] state_q_q;
    reg  state_q_clock;
    reg  [7:0] w0_q_d;
    wire  [7:0] w0_q_q;
    reg  w0_q_clock;
    reg  [7:0] w1_q_d;
    wire  [7:0] w1_q_q;
    reg  w1_q_clock;
    reg  v0_q_d;
    wire  v0_q_q;
    reg  v0_q_clock;
    reg  v1_q_d;
    wire  v1_q_q;
    reg  v1_q_clock;
    reg  [3:0] p_q_d;
    wire  [3:0] p_q_q;
    reg  p_q_clock;
    reg  ans_last_q_d;
    wire  ans_last_q_q;
    reg  ans_last_q_clock;
    reg  esc_q_d;
    wire  esc_q_q;
    reg  esc_q_clock;
    reg  [7:0] esc_exp_q_d;
    wire  [7:0] esc_exp_q_q;
    reg  esc_exp_q_clock;
    reg  m_valid_q_d;
    wire  m_valid_q_q;
    reg  m_valid_q_clock;
    reg  m_last_q_d;
    wire  m_last_q_q;
    reg  m_last_q_clock;

    // Sub module instances
    tans_decoder_x8_lane_2_tables tables(
        .clock(tables_clock),
        .we(tables_we),
        .waddr(tables_waddr),
        .wcode(tables_wcode),
        .wnb(tables_wnb),
        .wbase(tables_wbase),
        .wexp(tables_wexp),
        .wesc(tables_wesc),
        .state(tables_state),
        .init(tables_init),
        .nb(tables_nb),
        .base(tables_base),
        .mask(tables_mask),
        .exp(tables_exp),
        .esc(tables_esc)
    );
    tans_decoder_x8_lane_2_window window(
        .lo(window_lo),
        .hi(window_hi),
        .sel(window_sel),
        .out(window_out)
    );
    tans_decoder_x8_lane_2_out_q out_q(
        .clock(out_q_clock),
        .en(out_q_en),
        .sign(out_q_sign),
        .exp(out_q_exp),
        .mant(out_q_mant),
        .q(out_q_q)
    );
    tans_decoder_x8_lane_2_init_q init_q(
        .d(init_q_d),
        .q(init_q_q),
        .clock(init_q_clock)
    );
    tans_decoder_x8_lane_2_state_q state_q(
        .d(state_q_d),
        .q(state_q_q),
        .clock(state_q_clock)
    );
    tans_decoder_x8_lane_2_w0_q w0_q(
        .d(w0_q_d),
        .q(w0_q_q),
        .clock(w0_q_clock)
    );
    tans_decoder_x8_lane_2_w1_q w1_q(
        .d(w1_q_d),
        .q(w1_q_q),
        .clock(w1_q_clock)
    );
    tans_decoder_x8_lane_2_v0_q v0_q(
        .d(v0_q_d),
        .q(v0_q_q),
        .clock(v0_q_clock)
    );
    tans_decoder_x8_lane_2_v1_q v1_q(
        .d(v1_q_d),
        .q(v1_q_q),
        .clock(v1_q_clock)
    );
    tans_decoder_x8_lane_2_p_q p_q(
        .d(p_q_d),
        .q(p_q_q),
        .clock(p_q_clock)
    );
    tans_decoder_x8_lane_2_ans_last_q ans_last_q(
        .d(ans_last_q_d),
        .q(ans_last_q_q),
        .clock(ans_last_q_clock)
    );
    tans_decoder_x8_lane_2_esc_q esc_q(
        .d(esc_q_d),
        .q(esc_q_q),
        .clock(esc_q_clock)
    );
    tans_decoder_x8_lane_2_esc_exp_q esc_exp_q(
        .d(esc_exp_q_d),
        .q(esc_exp_q_q),
        .clock(esc_exp_q_clock)
    );
    tans_decoder_x8_lane_2_m_valid_q m_valid_q(
        .d(m_valid_q_d),
        .q(m_valid_q_q),
        .clock(m_valid_q_clock)
    );
    tans_decoder_x8_lane_2_m_last_q m_last_q(
        .d(m_last_q_d),
        .q(m_last_q_q),
        .clock(m_last_q_clock)
    );

    // Update code
    always @(*) begin
        init_q_clock = aclk;
        state_q_clock = aclk;
        w0_q_clock = aclk;
        w1_q_clock = aclk;
        v0_q_clock = aclk;
        v1_q_clock = aclk;
        p_q_clock = aclk;
        ans_last_q_clock = aclk;
        esc_q_clock = aclk;
        esc_exp_q_clock = aclk;
        m_valid_q_clock = aclk;
        m_last_q_clock = aclk;
        init_q_d = init_q_q;
        state_q_d = state_q_q;
        w0_q_d = w0_q_q;
        w1_q_d = w1_q_q;
        v0_q_d = v0_q_q;
        v1_q_d = v1_q_q;
        p_q_d = p_q_q;
        ans_last_q_d = ans_last_q_q;
        esc_q_d = esc_q_q;
        esc_exp_q_d = esc_exp_q_q;
        m_valid_q_d = m_valid_q_q;
        m_last_q_d = m_last_q_q;
        out_q_clock = aclk;
        tables_clock = aclk;
        tables_we = tbl_we;
        tables_waddr = tbl_addr;
        tables_wcode = tbl_code;
        tables_wnb = tbl_nb;
        tables_wbase = tbl_base;
        tables_wexp = tbl_exp;
        tables_wesc = tbl_esc;
        tables_state = state_q_q;
        tables_init = init_q_q;
        window_lo = w0_q_q;
        window_hi = w1_q_q;
        window_sel = p_q_q;
        if ((v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4)))) & (init_q_q | (aresetn & ~esc_q_q & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid))) begin
            state_q_d = tables_base | (window_out & tables_mask);
            p_q_d = (({{1{1'b0}}, tables_nb}) + p_q_q) & c_seven4;
            init_q_d = 1'b0;
        end
        if ((v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4)))) & (init_q_q | (aresetn & ~esc_q_q & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid)) & ((({{1{1'b0}}, tables_nb}) + p_q_q) >= c_eight4)) begin
            s_axis_ans_tready = aresetn & ~ans_last_q_q;
            w0_q_d = w1_q_q;
            v0_q_d = v1_q_q;
            v1_q_d = 1'b0;
            if (aresetn & ~ans_last_q_q & s_axis_ans_tvalid) begin
                if (v1_q_q) begin
                    w1_q_d = s_axis_ans_tdata;
                    v1_q_d = 1'b1;
                end
                else begin
                    w0_q_d = s_axis_ans_tdata;
                    v0_q_d = 1'b1;
                end
            end
            if (aresetn & s_axis_ans_tvalid & s_axis_ans_tlast) begin
                ans_last_q_d = 1'b1;
            end
        end
        else begin
            s_axis_ans_tready = aresetn & ~ans_last_q_q & ~v1_q_q;
            if (aresetn & ~ans_last_q_q & ~v1_q_q & s_axis_ans_tvalid) begin
                if (v0_q_q) begin
                    w1_q_d = s_axis_ans_tdata;
                    v1_q_d = 1'b1;
                end
                else begin
                    w0_q_d = s_axis_ans_tdata;
                    v0_q_d = 1'b1;
                end
            end
            if (aresetn & s_axis_ans_tvalid & s_axis_ans_tlast & ~v1_q_q) begin
                ans_last_q_d = 1'b1;
            end
        end
        s_axis_raw_tready = aresetn & (~m_valid_q_q | m_axis_tready) & (esc_q_q | (~init_q_q & (v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4))))));
        if (aresetn & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid & ~init_q_q & ~esc_q_q & tables_esc & (v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4))))) begin
            esc_q_d = 1'b1;
            esc_exp_q_d = s_axis_raw_tdata;
        end
        if (aresetn & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid & esc_q_q) begin
            esc_q_d = 1'b0;
        end
        out_q_en = ~m_valid_q_q | m_axis_tready;
        out_q_sign = s_axis_raw_tdata[32'h7];
        out_q_mant = (s_axis_raw_tdata[6:0]);
        if (esc_q_q) begin
            out_q_exp = esc_exp_q_q;
        end
        else begin
            out_q_exp = tables_exp;
        end
        if (~m_valid_q_q | m_axis_tready) begin
            m_valid_q_d = aresetn & s_axis_raw_tvalid & (esc_q_q | (~init_q_q & ~tables_esc & (v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4))))));
            m_last_q_d = s_axis_raw_tlast;
        end
        m_axis_tdata = out_q_q;
        m_axis_tvalid = m_valid_q_q;
        m_axis_tlast = m_last_q_q;
        if ((aresetn & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid & s_axis_raw_tlast & (esc_q_q | (~init_q_q & ~tables_esc & (v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4))))))) | ~aresetn) begin
            init_q_d = 1'b1;
            v0_q_d = 1'b0;
            v1_q_d = 1'b0;
            p_q_d = c_zero4;
            ans_last_q_d = 1'b0;
        end
        if (~aresetn) begin
            esc_q_d = 1'b0;
            m_valid_q_d = 1'b0;
            m_last_q_d = 1'b0;
        end
    end

endmodule // tans_decoder_x8_lane_2

module tans_decoder_x8_lane_2_ans_last_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_2_ans_last_q

module tans_decoder_x8_lane_2_esc_exp_q(d,q,clock);

    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 8'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_2_esc_exp_q

module tans_decoder_x8_lane_2_esc_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_2_esc_q

module tans_decoder_x8_lane_2_init_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_2_init_q

module tans_decoder_x8_lane_2_m_last_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_2_m_last_q

module tans_decoder_x8_lane_2_m_valid_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_2_m_valid_q

module tans_decoder_x8_lane_2_out_q(clock,en,sign,exp,mant,q);

    // Module arguments
    input wire  clock;
    input wire  en;
    input wire  sign;
    input wire  [7:0] exp;
    input wire  [6:0] mant;
    output reg  [15:0] q;

    // Update code (custom)
    initial q = 16'h0;

    always @(posedge clock) begin
        if (en) q <= {sign, exp, mant};
    end
endmodule // tans_decoder_x8_lane_2_out_q

module tans_decoder_x8_lane_2_p_q(d,q,clock);

    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 4'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_2_p_q

module tans_decoder_x8_lane_2_state_q(d,q,clock);

    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 6'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_2_state_q

module tans_decoder_x8_lane_2_tables(clock,we,waddr,wcode,wnb,wbase,wexp,wesc,state,init,nb,base,mask,exp,esc);

    // Module arguments
    input wire  clock;
    input wire  we;
    input wire  [6:0] waddr;
    input wire  [3:0] wcode;
    input wire  [2:0] wnb;
    input wire  [5:0] wbase;
    input wire  [7:0] wexp;
    input wire  wesc;
    input wire  [5:0] state;
    input wire  init;
    output reg  [2:0] nb;
    output reg  [5:0] base;
    output reg  [5:0] mask;
    output reg  [7:0] exp;
    output reg  esc;

    // Update code (custom)
    reg [3:0] code_mem [0:63];
    reg [2:0] nb_mem [0:63];
    reg [5:0] base_mem [0:63];
    reg [8:0] cmap_mem [0:15];
    reg [3:0] code_rd;
    integer i;

    // Zero at power-up, as in the Rust simulation (and LUT INIT values in synthesis).
    initial begin
        for (i = 0; i < 64; i = i + 1) begin
            code_mem[i[5:0]] = 4'h0;
            nb_mem[i[5:0]] = 3'h0;
            base_mem[i[5:0]] = 6'h0;
        end
        for (i = 0; i < 16; i = i + 1) cmap_mem[i[3:0]] = 9'h0;
    end

    always @(posedge clock) begin
        if (we && !waddr[6]) begin
            code_mem[waddr[5:0]] <= wcode;
            nb_mem[waddr[5:0]] <= wnb;
            base_mem[waddr[5:0]] <= wbase;
        end
        if (we && waddr[6]) cmap_mem[waddr[3:0]] <= {wesc, wexp};
    end

    always @(*) begin
        code_rd = code_mem[state];
        {esc, exp} = cmap_mem[code_rd];
        if (init) begin
            nb = 3'd6;
            base = 6'h0;
        end else begin
            nb = nb_mem[state];
            base = base_mem[state];
        end
        mask = ~({6{1'b1}} << nb);
    end
endmodule // tans_decoder_x8_lane_2_tables

module tans_decoder_x8_lane_2_v0_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_2_v0_q

module tans_decoder_x8_lane_2_v1_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_2_v1_q

module tans_decoder_x8_lane_2_w0_q(d,q,clock);

    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 8'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_2_w0_q

module tans_decoder_x8_lane_2_w1_q(d,q,clock);

    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 8'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_2_w1_q

module tans_decoder_x8_lane_2_window(lo,hi,sel,out);

    // Module arguments
    input wire  [7:0] lo;
    input wire  [7:0] hi;
    input wire  [3:0] sel;
    output reg  [5:0] out;

    // Update code (custom)
    wire [15:0] cat = {hi, lo};

    always @(*) out = cat[sel +: 6];
endmodule // tans_decoder_x8_lane_2_window

module tans_decoder_x8_lane_3(aclk,aresetn,s_axis_ans_tdata,s_axis_ans_tvalid,s_axis_ans_tready,s_axis_ans_tlast,s_axis_raw_tdata,s_axis_raw_tvalid,s_axis_raw_tready,s_axis_raw_tlast,m_axis_tdata,m_axis_tvalid,m_axis_tready,m_axis_tlast,tbl_we,tbl_addr,tbl_code,tbl_nb,tbl_base,tbl_exp,tbl_esc);

    // Module arguments
    input wire  aclk;
    input wire  aresetn;
    input wire  [7:0] s_axis_ans_tdata;
    input wire  s_axis_ans_tvalid;
    output reg  s_axis_ans_tready;
    input wire  s_axis_ans_tlast;
    input wire  [7:0] s_axis_raw_tdata;
    input wire  s_axis_raw_tvalid;
    output reg  s_axis_raw_tready;
    input wire  s_axis_raw_tlast;
    output reg  [15:0] m_axis_tdata;
    output reg  m_axis_tvalid;
    input wire  m_axis_tready;
    output reg  m_axis_tlast;
    input wire  tbl_we;
    input wire  [6:0] tbl_addr;
    input wire  [3:0] tbl_code;
    input wire  [2:0] tbl_nb;
    input wire  [5:0] tbl_base;
    input wire  [7:0] tbl_exp;
    input wire  tbl_esc;

    // Constant declarations
    localparam  c_zero4 = 4'h0;
    localparam  c_eight4 = 4'h8;
    localparam  c_seven4 = 4'h7;

    // Stub signals
    reg  tables_clock;
    reg  tables_we;
    reg  [6:0] tables_waddr;
    reg  [3:0] tables_wcode;
    reg  [2:0] tables_wnb;
    reg  [5:0] tables_wbase;
    reg  [7:0] tables_wexp;
    reg  tables_wesc;
    reg  [5:0] tables_state;
    reg  tables_init;
    wire  [2:0] tables_nb;
    wire  [5:0] tables_base;
    wire  [5:0] tables_mask;
    wire  [7:0] tables_exp;
    wire  tables_esc;
    reg  [7:0] window_lo;
    reg  [7:0] window_hi;
    reg  [3:0] window_sel;
    wire  [5:0] window_out;
    reg  out_q_clock;
    reg  out_q_en;
    reg  out_q_sign;
    reg  [7:0] out_q_exp;
    reg  [6:0] out_q_mant;
    wire  [15:0] out_q_q;
    reg  init_q_d;
    wire  init_q_q;
    reg  init_q_clock;
    reg  [5:0] state_q_d;
    wire  [5:0] state_q_q;
    reg  state_q_clock;
    reg  [7:0] w0_q_d;
    wire  [7:0] w0_q_q;
    reg  w0_q_clock;
    reg  [7:0] w1_q_d;
    wire  [7:0] w1_q_q;
    reg  w1_q_clock;
    reg  v0_q_d;
    wire  v0_q_q;
    reg  v0_q_clock;
    reg  v1_q_d;
    wire  v1_q_q;
    reg  v1_q_clock;
    reg  [3:0] p_q_d;
    wire  [3:0] p_q_q;
    reg  p_q_clock;
    reg  ans_last_q_d;
    wire  ans_last_q_q;
    reg  ans_last_q_clock;
    reg  esc_q_d;
    wire  esc_q_q;
    reg  esc_q_clock;
    reg  [7:0] esc_exp_q_d;
    wire  [7:0] esc_exp_q_q;
    reg  esc_exp_q_clock;
    reg  m_valid_q_d;
    wire  m_valid_q_q;
    reg  m_valid_q_clock;
    reg  m_last_q_d;
    wire  m_last_q_q;
    reg  m_last_q_clock;

    // Sub module instances
    tans_decoder_x8_lane_3_tables tables(
        .clock(tables_clock),
        .we(tables_we),
        .waddr(tables_waddr),
        .wcode(tables_wcode),
        .wnb(tables_wnb),
        .wbase(tables_wbase),
        .wexp(tables_wexp),
        .wesc(tables_wesc),
        .state(tables_state),
        .init(tables_init),
        .nb(tables_nb),
        .base(tables_base),
        .mask(tables_mask),
        .exp(tables_exp),
        .esc(tables_esc)
    );
    tans_decoder_x8_lane_3_window window(
        .lo(window_lo),
        .hi(window_hi),
        .sel(window_sel),
        .out(window_out)
    );
    tans_decoder_x8_lane_3_out_q out_q(
        .clock(out_q_clock),
        .en(out_q_en),
        .sign(out_q_sign),
        .exp(out_q_exp),
        .mant(out_q_mant),
        .q(out_q_q)
    );
    tans_decoder_x8_lane_3_init_q init_q(
        .d(init_q_d),
        .q(init_q_q),
        .clock(init_q_clock)
    );
    tans_decoder_x8_lane_3_state_q state_q(
        .d(state_q_d),
        .q(state_q_q),
        .clock(state_q_clock)
    );
    tans_decoder_x8_lane_3_w0_q w0_q(
        .d(w0_q_d),
        .q(w0_q_q),
        .clock(w0_q_clock)
    );
    tans_decoder_x8_lane_3_w1_q w1_q(
        .d(w1_q_d),
        .q(w1_q_q),
        .clock(w1_q_clock)
    );
    tans_decoder_x8_lane_3_v0_q v0_q(
        .d(v0_q_d),
        .q(v0_q_q),
        .clock(v0_q_clock)
    );
    tans_decoder_x8_lane_3_v1_q v1_q(
        .d(v1_q_d),
        .q(v1_q_q),
        .clock(v1_q_clock)
    );
    tans_decoder_x8_lane_3_p_q p_q(
        .d(p_q_d),
        .q(p_q_q),
        .clock(p_q_clock)
    );
    tans_decoder_x8_lane_3_ans_last_q ans_last_q(
        .d(ans_last_q_d),
        .q(ans_last_q_q),
        .clock(ans_last_q_clock)
    );
    tans_decoder_x8_lane_3_esc_q esc_q(
        .d(esc_q_d),
        .q(esc_q_q),
        .clock(esc_q_clock)
    );
    tans_decoder_x8_lane_3_esc_exp_q esc_exp_q(
        .d(esc_exp_q_d),
        .q(esc_exp_q_q),
        .clock(esc_exp_q_clock)
    );
    tans_decoder_x8_lane_3_m_valid_q m_valid_q(
        .d(m_valid_q_d),
        .q(m_valid_q_q),
        .clock(m_valid_q_clock)
    );
    tans_decoder_x8_lane_3_m_last_q m_last_q(
        .d(m_last_q_d),
        .q(m_last_q_q),
        .clock(m_last_q_clock)
    );

    // Update code
    always @(*) begin
        init_q_clock = aclk;
        state_q_clock = aclk;
        w0_q_clock = aclk;
        w1_q_clock = aclk;
        v0_q_clock = aclk;
        v1_q_clock = aclk;
        p_q_clock = aclk;
        ans_last_q_clock = aclk;
        esc_q_clock = aclk;
        esc_exp_q_clock = aclk;
        m_valid_q_clock = aclk;
        m_last_q_clock = aclk;
        init_q_d = init_q_q;
        state_q_d = state_q_q;
        w0_q_d = w0_q_q;
        w1_q_d = w1_q_q;
        v0_q_d = v0_q_q;
        v1_q_d = v1_q_q;
        p_q_d = p_q_q;
        ans_last_q_d = ans_last_q_q;
        esc_q_d = esc_q_q;
        esc_exp_q_d = esc_exp_q_q;
        m_valid_q_d = m_valid_q_q;
        m_last_q_d = m_last_q_q;
        out_q_clock = aclk;
        tables_clock = aclk;
        tables_we = tbl_we;
        tables_waddr = tbl_addr;
        tables_wcode = tbl_code;
        tables_wnb = tbl_nb;
        tables_wbase = tbl_base;
        tables_wexp = tbl_exp;
        tables_wesc = tbl_esc;
        tables_state = state_q_q;
        tables_init = init_q_q;
        window_lo = w0_q_q;
        window_hi = w1_q_q;
        window_sel = p_q_q;
        if ((v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4)))) & (init_q_q | (aresetn & ~esc_q_q & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid))) begin
            state_q_d = tables_base | (window_out & tables_mask);
            p_q_d = (({{1{1'b0}}, tables_nb}) + p_q_q) & c_seven4;
            init_q_d = 1'b0;
        end
        if ((v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4)))) & (init_q_q | (aresetn & ~esc_q_q & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid)) & ((({{1{1'b0}}, tables_nb}) + p_q_q) >= c_eight4)) begin
            s_axis_ans_tready = aresetn & ~ans_last_q_q;
            w0_q_d = w1_q_q;
            v0_q_d = v1_q_q;
            v1_q_d = 1'b0;
            if (aresetn & ~ans_last_q_q & s_axis_ans_tvalid) begin
                if (v1_q_q) begin
                    w1_q_d = s_axis_ans_tdata;
                    v1_q_d = 1'b1;
                end
                else begin
                    w0_q_d = s_axis_ans_tdata;
                    v0_q_d = 1'b1;
                end
            end
            if (aresetn & s_axis_ans_tvalid & s_axis_ans_tlast) begin
                ans_last_q_d = 1'b1;
            end
        end
        else begin
            s_axis_ans_tready = aresetn & ~ans_last_q_q & ~v1_q_q;
            if (aresetn & ~ans_last_q_q & ~v1_q_q & s_axis_ans_tvalid) begin
                if (v0_q_q) begin
                    w1_q_d = s_axis_ans_tdata;
                    v1_q_d = 1'b1;
                end
                else begin
                    w0_q_d = s_axis_ans_tdata;
                    v0_q_d = 1'b1;
                end
            end
            if (aresetn & s_axis_ans_tvalid & s_axis_ans_tlast & ~v1_q_q) begin
                ans_last_q_d = 1'b1;
            end
        end
        s_axis_raw_tready = aresetn & (~m_valid_q_q | m_axis_tready) & (esc_q_q | (~init_q_q & (v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4))))));
        if (aresetn & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid & ~init_q_q & ~esc_q_q & tables_esc & (v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4))))) begin
            esc_q_d = 1'b1;
            esc_exp_q_d = s_axis_raw_tdata;
        end
        if (aresetn & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid & esc_q_q) begin
            esc_q_d = 1'b0;
        end
        out_q_en = ~m_valid_q_q | m_axis_tready;
        out_q_sign = s_axis_raw_tdata[32'h7];
        out_q_mant = (s_axis_raw_tdata[6:0]);
        if (esc_q_q) begin
            out_q_exp = esc_exp_q_q;
        end
        else begin
            out_q_exp = tables_exp;
        end
        if (~m_valid_q_q | m_axis_tready) begin
            m_valid_q_d = aresetn & s_axis_raw_tvalid & (esc_q_q | (~init_q_q & ~tables_esc & (v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4))))));
            m_last_q_d = s_axis_raw_tlast;
        end
        m_axis_tdata = out_q_q;
        m_axis_tvalid = m_valid_q_q;
        m_axis_tlast = m_last_q_q;
        if ((aresetn & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid & s_axis_raw_tlast & (esc_q_q | (~init_q_q & ~tables_esc & (v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4))))))) | ~aresetn) begin
            init_q_d = 1'b1;
            v0_q_d = 1'b0;
            v1_q_d = 1'b0;
            p_q_d = c_zero4;
            ans_last_q_d = 1'b0;
        end
        if (~aresetn) begin
            esc_q_d = 1'b0;
            m_valid_q_d = 1'b0;
            m_last_q_d = 1'b0;
        end
    end

endmodule // tans_decoder_x8_lane_3

module tans_decoder_x8_lane_3_ans_last_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_3_ans_last_q

module tans_decoder_x8_lane_3_esc_exp_q(d,q,clock);

    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 8'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_3_esc_exp_q

module tans_decoder_x8_lane_3_esc_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_3_esc_q

module tans_decoder_x8_lane_3_init_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_3_init_q

module tans_decoder_x8_lane_3_m_last_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_3_m_last_q

module tans_decoder_x8_lane_3_m_valid_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_3_m_valid_q

module tans_decoder_x8_lane_3_out_q(clock,en,sign,exp,mant,q);

    // Module arguments
    input wire  clock;
    input wire  en;
    input wire  sign;
    input wire  [7:0] exp;
    input wire  [6:0] mant;
    output reg  [15:0] q;

    // Update code (custom)
    initial q = 16'h0;

    always @(posedge clock) begin
        if (en) q <= {sign, exp, mant};
    end
endmodule // tans_decoder_x8_lane_3_out_q

module tans_decoder_x8_lane_3_p_q(d,q,clock);

    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 4'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_3_p_q

module tans_decoder_x8_lane_3_state_q(d,q,clock);

    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 6'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_3_state_q

module tans_decoder_x8_lane_3_tables(clock,we,waddr,wcode,wnb,wbase,wexp,wesc,state,init,nb,base,mask,exp,esc);

    // Module arguments
    input wire  clock;
    input wire  we;
    input wire  [6:0] waddr;
    input wire  [3:0] wcode;
    input wire  [2:0] wnb;
    input wire  [5:0] wbase;
    input wire  [7:0] wexp;
    input wire  wesc;
    input wire  [5:0] state;
    input wire  init;
    output reg  [2:0] nb;
    output reg  [5:0] base;
    output reg  [5:0] mask;
    output reg  [7:0] exp;
    output reg  esc;

    // Update code (custom)
    reg [3:0] code_mem [0:63];
    reg [2:0] nb_mem [0:63];
    reg [5:0] base_mem [0:63];
    reg [8:0] cmap_mem [0:15];
    reg [3:0] code_rd;
    integer i;

    // Zero at power-up, as in the Rust simulation (and LUT INIT values in synthesis).
    initial begin
        for (i = 0; i < 64; i = i + 1) begin
            code_mem[i[5:0]] = 4'h0;
            nb_mem[i[5:0]] = 3'h0;
            base_mem[i[5:0]] = 6'h0;
        end
        for (i = 0; i < 16; i = i + 1) cmap_mem[i[3:0]] = 9'h0;
    end

    always @(posedge clock) begin
        if (we && !waddr[6]) begin
            code_mem[waddr[5:0]] <= wcode;
            nb_mem[waddr[5:0]] <= wnb;
            base_mem[waddr[5:0]] <= wbase;
        end
        if (we && waddr[6]) cmap_mem[waddr[3:0]] <= {wesc, wexp};
    end

    always @(*) begin
        code_rd = code_mem[state];
        {esc, exp} = cmap_mem[code_rd];
        if (init) begin
            nb = 3'd6;
            base = 6'h0;
        end else begin
            nb = nb_mem[state];
            base = base_mem[state];
        end
        mask = ~({6{1'b1}} << nb);
    end
endmodule // tans_decoder_x8_lane_3_tables

module tans_decoder_x8_lane_3_v0_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_3_v0_q

module tans_decoder_x8_lane_3_v1_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_3_v1_q

module tans_decoder_x8_lane_3_w0_q(d,q,clock);

    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 8'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_3_w0_q

module tans_decoder_x8_lane_3_w1_q(d,q,clock);

    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 8'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_3_w1_q

module tans_decoder_x8_lane_3_window(lo,hi,sel,out);

    // Module arguments
    input wire  [7:0] lo;
    input wire  [7:0] hi;
    input wire  [3:0] sel;
    output reg  [5:0] out;

    // Update code (custom)
    wire [15:0] cat = {hi, lo};

    always @(*) out = cat[sel +: 6];
endmodule // tans_decoder_x8_lane_3_window

module tans_decoder_x8_lane_4(aclk,aresetn,s_axis_ans_tdata,s_axis_ans_tvalid,s_axis_ans_tready,s_axis_ans_tlast,s_axis_raw_tdata,s_axis_raw_tvalid,s_axis_raw_tready,s_axis_raw_tlast,m_axis_tdata,m_axis_tvalid,m_axis_tready,m_axis_tlast,tbl_we,tbl_addr,tbl_code,tbl_nb,tbl_base,tbl_exp,tbl_esc);

    // Module arguments
    input wire  aclk;
    input wire  aresetn;
    input wire  [7:0] s_axis_ans_tdata;
    input wire  s_axis_ans_tvalid;
    output reg  s_axis_ans_tready;
    input wire  s_axis_ans_tlast;
    input wire  [7:0] s_axis_raw_tdata;
    input wire  s_axis_raw_tvalid;
    output reg  s_axis_raw_tready;
    input wire  s_axis_raw_tlast;
    output reg  [15:0] m_axis_tdata;
    output reg  m_axis_tvalid;
    input wire  m_axis_tready;
    output reg  m_axis_tlast;
    input wire  tbl_we;
    input wire  [6:0] tbl_addr;
    input wire  [3:0] tbl_code;
    input wire  [2:0] tbl_nb;
    input wire  [5:0] tbl_base;
    input wire  [7:0] tbl_exp;
    input wire  tbl_esc;

    // Constant declarations
    localparam  c_zero4 = 4'h0;
    localparam  c_eight4 = 4'h8;
    localparam  c_seven4 = 4'h7;

    // Stub signals
    reg  tables_clock;
    reg  tables_we;
    reg  [6:0] tables_waddr;
    reg  [3:0] tables_wcode;
    reg  [2:0] tables_wnb;
    reg  [5:0] tables_wbase;
    reg  [7:0] tables_wexp;
    reg  tables_wesc;
    reg  [5:0] tables_state;
    reg  tables_init;
    wire  [2:0] tables_nb;
    wire  [5:0] tables_base;
    wire  [5:0] tables_mask;
    wire  [7:0] tables_exp;
    wire  tables_esc;
    reg  [7:0] window_lo;
    reg  [7:0] window_hi;
    reg  [3:0] window_sel;
    wire  [5:0] window_out;
    reg  out_q_clock;
    reg  out_q_en;
    reg  out_q_sign;
    reg  [7:0] out_q_exp;
    reg  [6:0] out_q_mant;
    wire  [15:0] out_q_q;
    reg  init_q_d;
    wire  init_q_q;
    reg  init_q_clock;
    reg  [5:0] state_q_d;
    wire  [5:0] state_q_q;
    reg  state_q_clock;
    reg  [7:0] w0_q_d;
    wire  [7:0] w0_q_q;
    reg  w0_q_clock;
    reg  [7:0] w1_q_d;
    wire  [7:0] w1_q_q;
    reg  w1_q_clock;
    reg  v0_q_d;
    wire  v0_q_q;
    reg  v0_q_clock;
    reg  v1_q_d;
    wire  v1_q_q;
    reg  v1_q_clock;
    reg  [3:0] p_q_d;
    wire  [3:0] p_q_q;
    reg  p_q_clock;
    reg  ans_last_q_d;
    wire  ans_last_q_q;
    reg  ans_last_q_clock;
    reg  esc_q_d;
    wire  esc_q_q;
    reg  esc_q_clock;
    reg  [7:0] esc_exp_q_d;
    wire  [7:0] esc_exp_q_q;
    reg  esc_exp_q_clock;
    reg  m_valid_q_d;
    wire  m_valid_q_q;
    reg  m_valid_q_clock;
    reg  m_last_q_d;
    wire  m_last_q_q;
    reg  m_last_q_clock;

    // Sub module instances
    tans_decoder_x8_lane_4_tables tables(
        .clock(tables_clock),
        .we(tables_we),
        .waddr(tables_waddr),
        .wcode(tables_wcode),
        .wnb(tables_wnb),
        .wbase(tables_wbase),
        .wexp(tables_wexp),
        .wesc(tables_wesc),
        .state(tables_state),
        .init(tables_init),
        .nb(tables_nb),
        .base(tables_base),
        .mask(tables_mask),
        .exp(tables_exp),
        .esc(tables_esc)
    );
    tans_decoder_x8_lane_4_window window(
        .lo(window_lo),
        .hi(window_hi),
        .sel(window_sel),
        .out(window_out)
    );
    tans_decoder_x8_lane_4_out_q out_q(
        .clock(out_q_clock),
        .en(out_q_en),
        .sign(out_q_sign),
        .exp(out_q_exp),
        .mant(out_q_mant),
        .q(out_q_q)
    );
    tans_decoder_x8_lane_4_init_q init_q(
        .d(init_q_d),
        .q(init_q_q),
        .clock(init_q_clock)
    );
    tans_decoder_x8_lane_4_state_q state_q(
        .d(state_q_d),
        .q(state_q_q),
        .clock(state_q_clock)
    );
    tans_decoder_x8_lane_4_w0_q w0_q(
        .d(w0_q_d),
        .q(w0_q_q),
        .clock(w0_q_clock)
    );
    tans_decoder_x8_lane_4_w1_q w1_q(
        .d(w1_q_d),
        .q(w1_q_q),
        .clock(w1_q_clock)
    );
    tans_decoder_x8_lane_4_v0_q v0_q(
        .d(v0_q_d),
        .q(v0_q_q),
        .clock(v0_q_clock)
    );
    tans_decoder_x8_lane_4_v1_q v1_q(
        .d(v1_q_d),
        .q(v1_q_q),
        .clock(v1_q_clock)
    );
    tans_decoder_x8_lane_4_p_q p_q(
        .d(p_q_d),
        .q(p_q_q),
        .clock(p_q_clock)
    );
    tans_decoder_x8_lane_4_ans_last_q ans_last_q(
        .d(ans_last_q_d),
        .q(ans_last_q_q),
        .clock(ans_last_q_clock)
    );
    tans_decoder_x8_lane_4_esc_q esc_q(
        .d(esc_q_d),
        .q(esc_q_q),
        .clock(esc_q_clock)
    );
    tans_decoder_x8_lane_4_esc_exp_q esc_exp_q(
        .d(esc_exp_q_d),
        .q(esc_exp_q_q),
        .clock(esc_exp_q_clock)
    );
    tans_decoder_x8_lane_4_m_valid_q m_valid_q(
        .d(m_valid_q_d),
        .q(m_valid_q_q),
        .clock(m_valid_q_clock)
    );
    tans_decoder_x8_lane_4_m_last_q m_last_q(
        .d(m_last_q_d),
        .q(m_last_q_q),
        .clock(m_last_q_clock)
    );

    // Update code
    always @(*) begin
        init_q_clock = aclk;
        state_q_clock = aclk;
        w0_q_clock = aclk;
        w1_q_clock = aclk;
        v0_q_clock = aclk;
        v1_q_clock = aclk;
        p_q_clock = aclk;
        ans_last_q_clock = aclk;
        esc_q_clock = aclk;
        esc_exp_q_clock = aclk;
        m_valid_q_clock = aclk;
        m_last_q_clock = aclk;
        init_q_d = init_q_q;
        state_q_d = state_q_q;
        w0_q_d = w0_q_q;
        w1_q_d = w1_q_q;
        v0_q_d = v0_q_q;
        v1_q_d = v1_q_q;
        p_q_d = p_q_q;
        ans_last_q_d = ans_last_q_q;
        esc_q_d = esc_q_q;
        esc_exp_q_d = esc_exp_q_q;
        m_valid_q_d = m_valid_q_q;
        m_last_q_d = m_last_q_q;
        out_q_clock = aclk;
        tables_clock = aclk;
        tables_we = tbl_we;
        tables_waddr = tbl_addr;
        tables_wcode = tbl_code;
        tables_wnb = tbl_nb;
        tables_wbase = tbl_base;
        tables_wexp = tbl_exp;
        tables_wesc = tbl_esc;
        tables_state = state_q_q;
        tables_init = init_q_q;
        window_lo = w0_q_q;
        window_hi = w1_q_q;
        window_sel = p_q_q;
        if ((v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4)))) & (init_q_q | (aresetn & ~esc_q_q & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid))) begin
            state_q_d = tables_base | (window_out & tables_mask);
            p_q_d = (({{1{1'b0}}, tables_nb}) + p_q_q) & c_seven4;
            init_q_d = 1'b0;
        end
        if ((v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4)))) & (init_q_q | (aresetn & ~esc_q_q & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid)) & ((({{1{1'b0}}, tables_nb}) + p_q_q) >= c_eight4)) begin
            s_axis_ans_tready = aresetn & ~ans_last_q_q;
            w0_q_d = w1_q_q;
            v0_q_d = v1_q_q;
            v1_q_d = 1'b0;
            if (aresetn & ~ans_last_q_q & s_axis_ans_tvalid) begin
                if (v1_q_q) begin
                    w1_q_d = s_axis_ans_tdata;
                    v1_q_d = 1'b1;
                end
                else begin
                    w0_q_d = s_axis_ans_tdata;
                    v0_q_d = 1'b1;
                end
            end
            if (aresetn & s_axis_ans_tvalid & s_axis_ans_tlast) begin
                ans_last_q_d = 1'b1;
            end
        end
        else begin
            s_axis_ans_tready = aresetn & ~ans_last_q_q & ~v1_q_q;
            if (aresetn & ~ans_last_q_q & ~v1_q_q & s_axis_ans_tvalid) begin
                if (v0_q_q) begin
                    w1_q_d = s_axis_ans_tdata;
                    v1_q_d = 1'b1;
                end
                else begin
                    w0_q_d = s_axis_ans_tdata;
                    v0_q_d = 1'b1;
                end
            end
            if (aresetn & s_axis_ans_tvalid & s_axis_ans_tlast & ~v1_q_q) begin
                ans_last_q_d = 1'b1;
            end
        end
        s_axis_raw_tready = aresetn & (~m_valid_q_q | m_axis_tready) & (esc_q_q | (~init_q_q & (v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4))))));
        if (aresetn & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid & ~init_q_q & ~esc_q_q & tables_esc & (v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4))))) begin
            esc_q_d = 1'b1;
            esc_exp_q_d = s_axis_raw_tdata;
        end
        if (aresetn & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid & esc_q_q) begin
            esc_q_d = 1'b0;
        end
        out_q_en = ~m_valid_q_q | m_axis_tready;
        out_q_sign = s_axis_raw_tdata[32'h7];
        out_q_mant = (s_axis_raw_tdata[6:0]);
        if (esc_q_q) begin
            out_q_exp = esc_exp_q_q;
        end
        else begin
            out_q_exp = tables_exp;
        end
        if (~m_valid_q_q | m_axis_tready) begin
            m_valid_q_d = aresetn & s_axis_raw_tvalid & (esc_q_q | (~init_q_q & ~tables_esc & (v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4))))));
            m_last_q_d = s_axis_raw_tlast;
        end
        m_axis_tdata = out_q_q;
        m_axis_tvalid = m_valid_q_q;
        m_axis_tlast = m_last_q_q;
        if ((aresetn & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid & s_axis_raw_tlast & (esc_q_q | (~init_q_q & ~tables_esc & (v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4))))))) | ~aresetn) begin
            init_q_d = 1'b1;
            v0_q_d = 1'b0;
            v1_q_d = 1'b0;
            p_q_d = c_zero4;
            ans_last_q_d = 1'b0;
        end
        if (~aresetn) begin
            esc_q_d = 1'b0;
            m_valid_q_d = 1'b0;
            m_last_q_d = 1'b0;
        end
    end

endmodule // tans_decoder_x8_lane_4

module tans_decoder_x8_lane_4_ans_last_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_4_ans_last_q

module tans_decoder_x8_lane_4_esc_exp_q(d,q,clock);

    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 8'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_4_esc_exp_q

module tans_decoder_x8_lane_4_esc_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_4_esc_q

module tans_decoder_x8_lane_4_init_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_4_init_q

module tans_decoder_x8_lane_4_m_last_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_4_m_last_q

module tans_decoder_x8_lane_4_m_valid_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_4_m_valid_q

module tans_decoder_x8_lane_4_out_q(clock,en,sign,exp,mant,q);

    // Module arguments
    input wire  clock;
    input wire  en;
    input wire  sign;
    input wire  [7:0] exp;
    input wire  [6:0] mant;
    output reg  [15:0] q;

    // Update code (custom)
    initial q = 16'h0;

    always @(posedge clock) begin
        if (en) q <= {sign, exp, mant};
    end
endmodule // tans_decoder_x8_lane_4_out_q

module tans_decoder_x8_lane_4_p_q(d,q,clock);

    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 4'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_4_p_q

module tans_decoder_x8_lane_4_state_q(d,q,clock);

    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 6'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_4_state_q

module tans_decoder_x8_lane_4_tables(clock,we,waddr,wcode,wnb,wbase,wexp,wesc,state,init,nb,base,mask,exp,esc);

    // Module arguments
    input wire  clock;
    input wire  we;
    input wire  [6:0] waddr;
    input wire  [3:0] wcode;
    input wire  [2:0] wnb;
    input wire  [5:0] wbase;
    input wire  [7:0] wexp;
    input wire  wesc;
    input wire  [5:0] state;
    input wire  init;
    output reg  [2:0] nb;
    output reg  [5:0] base;
    output reg  [5:0] mask;
    output reg  [7:0] exp;
    output reg  esc;

    // Update code (custom)
    reg [3:0] code_mem [0:63];
    reg [2:0] nb_mem [0:63];
    reg [5:0] base_mem [0:63];
    reg [8:0] cmap_mem [0:15];
    reg [3:0] code_rd;
    integer i;

    // Zero at power-up, as in the Rust simulation (and LUT INIT values in synthesis).
    initial begin
        for (i = 0; i < 64; i = i + 1) begin
            code_mem[i[5:0]] = 4'h0;
            nb_mem[i[5:0]] = 3'h0;
            base_mem[i[5:0]] = 6'h0;
        end
        for (i = 0; i < 16; i = i + 1) cmap_mem[i[3:0]] = 9'h0;
    end

    always @(posedge clock) begin
        if (we && !waddr[6]) begin
            code_mem[waddr[5:0]] <= wcode;
            nb_mem[waddr[5:0]] <= wnb;
            base_mem[waddr[5:0]] <= wbase;
        end
        if (we && waddr[6]) cmap_mem[waddr[3:0]] <= {wesc, wexp};
    end

    always @(*) begin
        code_rd = code_mem[state];
        {esc, exp} = cmap_mem[code_rd];
        if (init) begin
            nb = 3'd6;
            base = 6'h0;
        end else begin
            nb = nb_mem[state];
            base = base_mem[state];
        end
        mask = ~({6{1'b1}} << nb);
    end
endmodule // tans_decoder_x8_lane_4_tables

module tans_decoder_x8_lane_4_v0_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_4_v0_q

module tans_decoder_x8_lane_4_v1_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_4_v1_q

module tans_decoder_x8_lane_4_w0_q(d,q,clock);

    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 8'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_4_w0_q

module tans_decoder_x8_lane_4_w1_q(d,q,clock);

    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 8'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_4_w1_q

module tans_decoder_x8_lane_4_window(lo,hi,sel,out);

    // Module arguments
    input wire  [7:0] lo;
    input wire  [7:0] hi;
    input wire  [3:0] sel;
    output reg  [5:0] out;

    // Update code (custom)
    wire [15:0] cat = {hi, lo};

    always @(*) out = cat[sel +: 6];
endmodule // tans_decoder_x8_lane_4_window

module tans_decoder_x8_lane_5(aclk,aresetn,s_axis_ans_tdata,s_axis_ans_tvalid,s_axis_ans_tready,s_axis_ans_tlast,s_axis_raw_tdata,s_axis_raw_tvalid,s_axis_raw_tready,s_axis_raw_tlast,m_axis_tdata,m_axis_tvalid,m_axis_tready,m_axis_tlast,tbl_we,tbl_addr,tbl_code,tbl_nb,tbl_base,tbl_exp,tbl_esc);

    // Module arguments
    input wire  aclk;
    input wire  aresetn;
    input wire  [7:0] s_axis_ans_tdata;
    input wire  s_axis_ans_tvalid;
    output reg  s_axis_ans_tready;
    input wire  s_axis_ans_tlast;
    input wire  [7:0] s_axis_raw_tdata;
    input wire  s_axis_raw_tvalid;
    output reg  s_axis_raw_tready;
    input wire  s_axis_raw_tlast;
    output reg  [15:0] m_axis_tdata;
    output reg  m_axis_tvalid;
    input wire  m_axis_tready;
    output reg  m_axis_tlast;
    input wire  tbl_we;
    input wire  [6:0] tbl_addr;
    input wire  [3:0] tbl_code;
    input wire  [2:0] tbl_nb;
    input wire  [5:0] tbl_base;
    input wire  [7:0] tbl_exp;
    input wire  tbl_esc;

    // Constant declarations
    localparam  c_zero4 = 4'h0;
    localparam  c_eight4 = 4'h8;
    localparam  c_seven4 = 4'h7;

    // Stub signals
    reg  tables_clock;
    reg  tables_we;
    reg  [6:0] tables_waddr;
    reg  [3:0] tables_wcode;
    reg  [2:0] tables_wnb;
    reg  [5:0] tables_wbase;
    reg  [7:0] tables_wexp;
    reg  tables_wesc;
    reg  [5:0] tables_state;
    reg  tables_init;
    wire  [2:0] tables_nb;
    wire  [5:0] tables_base;
    wire  [5:0] tables_mask;
    wire  [7:0] tables_exp;
    wire  tables_esc;
    reg  [7:0] window_lo;
    reg  [7:0] window_hi;
    reg  [3:0] window_sel;
    wire  [5:0] window_out;
    reg  out_q_clock;
    reg  out_q_en;
    reg  out_q_sign;
    reg  [7:0] out_q_exp;
    reg  [6:0] out_q_mant;
    wire  [15:0] out_q_q;
    reg  init_q_d;
    wire  init_q_q;
    reg  init_q_clock;
    reg  [5:0] state_q_d;
    wire  [5:0] state_q_q;
    reg  state_q_clock;
    reg  [7:0] w0_q_d;
    wire  [7:0] w0_q_q;
    reg  w0_q_clock;
    reg  [7:0] w1_q_d;
    wire  [7:0] w1_q_q;
    reg  w1_q_clock;
    reg  v0_q_d;
    wire  v0_q_q;
    reg  v0_q_clock;
    reg  v1_q_d;
    wire  v1_q_q;
    reg  v1_q_clock;
    reg  [3:0] p_q_d;
    wire  [3:0] p_q_q;
    reg  p_q_clock;
    reg  ans_last_q_d;
    wire  ans_last_q_q;
    reg  ans_last_q_clock;
    reg  esc_q_d;
    wire  esc_q_q;
    reg  esc_q_clock;
    reg  [7:0] esc_exp_q_d;
    wire  [7:0] esc_exp_q_q;
    reg  esc_exp_q_clock;
    reg  m_valid_q_d;
    wire  m_valid_q_q;
    reg  m_valid_q_clock;
    reg  m_last_q_d;
    wire  m_last_q_q;
    reg  m_last_q_clock;

    // Sub module instances
    tans_decoder_x8_lane_5_tables tables(
        .clock(tables_clock),
        .we(tables_we),
        .waddr(tables_waddr),
        .wcode(tables_wcode),
        .wnb(tables_wnb),
        .wbase(tables_wbase),
        .wexp(tables_wexp),
        .wesc(tables_wesc),
        .state(tables_state),
        .init(tables_init),
        .nb(tables_nb),
        .base(tables_base),
        .mask(tables_mask),
        .exp(tables_exp),
        .esc(tables_esc)
    );
    tans_decoder_x8_lane_5_window window(
        .lo(window_lo),
        .hi(window_hi),
        .sel(window_sel),
        .out(window_out)
    );
    tans_decoder_x8_lane_5_out_q out_q(
        .clock(out_q_clock),
        .en(out_q_en),
        .sign(out_q_sign),
        .exp(out_q_exp),
        .mant(out_q_mant),
        .q(out_q_q)
    );
    tans_decoder_x8_lane_5_init_q init_q(
        .d(init_q_d),
        .q(init_q_q),
        .clock(init_q_clock)
    );
    tans_decoder_x8_lane_5_state_q state_q(
        .d(state_q_d),
        .q(state_q_q),
        .clock(state_q_clock)
    );
    tans_decoder_x8_lane_5_w0_q w0_q(
        .d(w0_q_d),
        .q(w0_q_q),
        .clock(w0_q_clock)
    );
    tans_decoder_x8_lane_5_w1_q w1_q(
        .d(w1_q_d),
        .q(w1_q_q),
        .clock(w1_q_clock)
    );
    tans_decoder_x8_lane_5_v0_q v0_q(
        .d(v0_q_d),
        .q(v0_q_q),
        .clock(v0_q_clock)
    );
    tans_decoder_x8_lane_5_v1_q v1_q(
        .d(v1_q_d),
        .q(v1_q_q),
        .clock(v1_q_clock)
    );
    tans_decoder_x8_lane_5_p_q p_q(
        .d(p_q_d),
        .q(p_q_q),
        .clock(p_q_clock)
    );
    tans_decoder_x8_lane_5_ans_last_q ans_last_q(
        .d(ans_last_q_d),
        .q(ans_last_q_q),
        .clock(ans_last_q_clock)
    );
    tans_decoder_x8_lane_5_esc_q esc_q(
        .d(esc_q_d),
        .q(esc_q_q),
        .clock(esc_q_clock)
    );
    tans_decoder_x8_lane_5_esc_exp_q esc_exp_q(
        .d(esc_exp_q_d),
        .q(esc_exp_q_q),
        .clock(esc_exp_q_clock)
    );
    tans_decoder_x8_lane_5_m_valid_q m_valid_q(
        .d(m_valid_q_d),
        .q(m_valid_q_q),
        .clock(m_valid_q_clock)
    );
    tans_decoder_x8_lane_5_m_last_q m_last_q(
        .d(m_last_q_d),
        .q(m_last_q_q),
        .clock(m_last_q_clock)
    );

    // Update code
    always @(*) begin
        init_q_clock = aclk;
        state_q_clock = aclk;
        w0_q_clock = aclk;
        w1_q_clock = aclk;
        v0_q_clock = aclk;
        v1_q_clock = aclk;
        p_q_clock = aclk;
        ans_last_q_clock = aclk;
        esc_q_clock = aclk;
        esc_exp_q_clock = aclk;
        m_valid_q_clock = aclk;
        m_last_q_clock = aclk;
        init_q_d = init_q_q;
        state_q_d = state_q_q;
        w0_q_d = w0_q_q;
        w1_q_d = w1_q_q;
        v0_q_d = v0_q_q;
        v1_q_d = v1_q_q;
        p_q_d = p_q_q;
        ans_last_q_d = ans_last_q_q;
        esc_q_d = esc_q_q;
        esc_exp_q_d = esc_exp_q_q;
        m_valid_q_d = m_valid_q_q;
        m_last_q_d = m_last_q_q;
        out_q_clock = aclk;
        tables_clock = aclk;
        tables_we = tbl_we;
        tables_waddr = tbl_addr;
        tables_wcode = tbl_code;
        tables_wnb = tbl_nb;
        tables_wbase = tbl_base;
        tables_wexp = tbl_exp;
        tables_wesc = tbl_esc;
        tables_state = state_q_q;
        tables_init = init_q_q;
        window_lo = w0_q_q;
        window_hi = w1_q_q;
        window_sel = p_q_q;
        if ((v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4)))) & (init_q_q | (aresetn & ~esc_q_q & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid))) begin
            state_q_d = tables_base | (window_out & tables_mask);
            p_q_d = (({{1{1'b0}}, tables_nb}) + p_q_q) & c_seven4;
            init_q_d = 1'b0;
        end
        if ((v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4)))) & (init_q_q | (aresetn & ~esc_q_q & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid)) & ((({{1{1'b0}}, tables_nb}) + p_q_q) >= c_eight4)) begin
            s_axis_ans_tready = aresetn & ~ans_last_q_q;
            w0_q_d = w1_q_q;
            v0_q_d = v1_q_q;
            v1_q_d = 1'b0;
            if (aresetn & ~ans_last_q_q & s_axis_ans_tvalid) begin
                if (v1_q_q) begin
                    w1_q_d = s_axis_ans_tdata;
                    v1_q_d = 1'b1;
                end
                else begin
                    w0_q_d = s_axis_ans_tdata;
                    v0_q_d = 1'b1;
                end
            end
            if (aresetn & s_axis_ans_tvalid & s_axis_ans_tlast) begin
                ans_last_q_d = 1'b1;
            end
        end
        else begin
            s_axis_ans_tready = aresetn & ~ans_last_q_q & ~v1_q_q;
            if (aresetn & ~ans_last_q_q & ~v1_q_q & s_axis_ans_tvalid) begin
                if (v0_q_q) begin
                    w1_q_d = s_axis_ans_tdata;
                    v1_q_d = 1'b1;
                end
                else begin
                    w0_q_d = s_axis_ans_tdata;
                    v0_q_d = 1'b1;
                end
            end
            if (aresetn & s_axis_ans_tvalid & s_axis_ans_tlast & ~v1_q_q) begin
                ans_last_q_d = 1'b1;
            end
        end
        s_axis_raw_tready = aresetn & (~m_valid_q_q | m_axis_tready) & (esc_q_q | (~init_q_q & (v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4))))));
        if (aresetn & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid & ~init_q_q & ~esc_q_q & tables_esc & (v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4))))) begin
            esc_q_d = 1'b1;
            esc_exp_q_d = s_axis_raw_tdata;
        end
        if (aresetn & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid & esc_q_q) begin
            esc_q_d = 1'b0;
        end
        out_q_en = ~m_valid_q_q | m_axis_tready;
        out_q_sign = s_axis_raw_tdata[32'h7];
        out_q_mant = (s_axis_raw_tdata[6:0]);
        if (esc_q_q) begin
            out_q_exp = esc_exp_q_q;
        end
        else begin
            out_q_exp = tables_exp;
        end
        if (~m_valid_q_q | m_axis_tready) begin
            m_valid_q_d = aresetn & s_axis_raw_tvalid & (esc_q_q | (~init_q_q & ~tables_esc & (v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4))))));
            m_last_q_d = s_axis_raw_tlast;
        end
        m_axis_tdata = out_q_q;
        m_axis_tvalid = m_valid_q_q;
        m_axis_tlast = m_last_q_q;
        if ((aresetn & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid & s_axis_raw_tlast & (esc_q_q | (~init_q_q & ~tables_esc & (v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4))))))) | ~aresetn) begin
            init_q_d = 1'b1;
            v0_q_d = 1'b0;
            v1_q_d = 1'b0;
            p_q_d = c_zero4;
            ans_last_q_d = 1'b0;
        end
        if (~aresetn) begin
            esc_q_d = 1'b0;
            m_valid_q_d = 1'b0;
            m_last_q_d = 1'b0;
        end
    end

endmodule // tans_decoder_x8_lane_5

module tans_decoder_x8_lane_5_ans_last_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_5_ans_last_q

module tans_decoder_x8_lane_5_esc_exp_q(d,q,clock);

    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 8'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_5_esc_exp_q

module tans_decoder_x8_lane_5_esc_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_5_esc_q

module tans_decoder_x8_lane_5_init_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_5_init_q

module tans_decoder_x8_lane_5_m_last_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_5_m_last_q

module tans_decoder_x8_lane_5_m_valid_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_5_m_valid_q

module tans_decoder_x8_lane_5_out_q(clock,en,sign,exp,mant,q);

    // Module arguments
    input wire  clock;
    input wire  en;
    input wire  sign;
    input wire  [7:0] exp;
    input wire  [6:0] mant;
    output reg  [15:0] q;

    // Update code (custom)
    initial q = 16'h0;

    always @(posedge clock) begin
        if (en) q <= {sign, exp, mant};
    end
endmodule // tans_decoder_x8_lane_5_out_q

module tans_decoder_x8_lane_5_p_q(d,q,clock);

    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 4'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_5_p_q

module tans_decoder_x8_lane_5_state_q(d,q,clock);

    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 6'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_5_state_q

module tans_decoder_x8_lane_5_tables(clock,we,waddr,wcode,wnb,wbase,wexp,wesc,state,init,nb,base,mask,exp,esc);

    // Module arguments
    input wire  clock;
    input wire  we;
    input wire  [6:0] waddr;
    input wire  [3:0] wcode;
    input wire  [2:0] wnb;
    input wire  [5:0] wbase;
    input wire  [7:0] wexp;
    input wire  wesc;
    input wire  [5:0] state;
    input wire  init;
    output reg  [2:0] nb;
    output reg  [5:0] base;
    output reg  [5:0] mask;
    output reg  [7:0] exp;
    output reg  esc;

    // Update code (custom)
    reg [3:0] code_mem [0:63];
    reg [2:0] nb_mem [0:63];
    reg [5:0] base_mem [0:63];
    reg [8:0] cmap_mem [0:15];
    reg [3:0] code_rd;
    integer i;

    // Zero at power-up, as in the Rust simulation (and LUT INIT values in synthesis).
    initial begin
        for (i = 0; i < 64; i = i + 1) begin
            code_mem[i[5:0]] = 4'h0;
            nb_mem[i[5:0]] = 3'h0;
            base_mem[i[5:0]] = 6'h0;
        end
        for (i = 0; i < 16; i = i + 1) cmap_mem[i[3:0]] = 9'h0;
    end

    always @(posedge clock) begin
        if (we && !waddr[6]) begin
            code_mem[waddr[5:0]] <= wcode;
            nb_mem[waddr[5:0]] <= wnb;
            base_mem[waddr[5:0]] <= wbase;
        end
        if (we && waddr[6]) cmap_mem[waddr[3:0]] <= {wesc, wexp};
    end

    always @(*) begin
        code_rd = code_mem[state];
        {esc, exp} = cmap_mem[code_rd];
        if (init) begin
            nb = 3'd6;
            base = 6'h0;
        end else begin
            nb = nb_mem[state];
            base = base_mem[state];
        end
        mask = ~({6{1'b1}} << nb);
    end
endmodule // tans_decoder_x8_lane_5_tables

module tans_decoder_x8_lane_5_v0_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_5_v0_q

module tans_decoder_x8_lane_5_v1_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_5_v1_q

module tans_decoder_x8_lane_5_w0_q(d,q,clock);

    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 8'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_5_w0_q

module tans_decoder_x8_lane_5_w1_q(d,q,clock);

    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 8'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_5_w1_q

module tans_decoder_x8_lane_5_window(lo,hi,sel,out);

    // Module arguments
    input wire  [7:0] lo;
    input wire  [7:0] hi;
    input wire  [3:0] sel;
    output reg  [5:0] out;

    // Update code (custom)
    wire [15:0] cat = {hi, lo};

    always @(*) out = cat[sel +: 6];
endmodule // tans_decoder_x8_lane_5_window

module tans_decoder_x8_lane_6(aclk,aresetn,s_axis_ans_tdata,s_axis_ans_tvalid,s_axis_ans_tready,s_axis_ans_tlast,s_axis_raw_tdata,s_axis_raw_tvalid,s_axis_raw_tready,s_axis_raw_tlast,m_axis_tdata,m_axis_tvalid,m_axis_tready,m_axis_tlast,tbl_we,tbl_addr,tbl_code,tbl_nb,tbl_base,tbl_exp,tbl_esc);

    // Module arguments
    input wire  aclk;
    input wire  aresetn;
    input wire  [7:0] s_axis_ans_tdata;
    input wire  s_axis_ans_tvalid;
    output reg  s_axis_ans_tready;
    input wire  s_axis_ans_tlast;
    input wire  [7:0] s_axis_raw_tdata;
    input wire  s_axis_raw_tvalid;
    output reg  s_axis_raw_tready;
    input wire  s_axis_raw_tlast;
    output reg  [15:0] m_axis_tdata;
    output reg  m_axis_tvalid;
    input wire  m_axis_tready;
    output reg  m_axis_tlast;
    input wire  tbl_we;
    input wire  [6:0] tbl_addr;
    input wire  [3:0] tbl_code;
    input wire  [2:0] tbl_nb;
    input wire  [5:0] tbl_base;
    input wire  [7:0] tbl_exp;
    input wire  tbl_esc;

    // Constant declarations
    localparam  c_zero4 = 4'h0;
    localparam  c_eight4 = 4'h8;
    localparam  c_seven4 = 4'h7;

    // Stub signals
    reg  tables_clock;
    reg  tables_we;
    reg  [6:0] tables_waddr;
    reg  [3:0] tables_wcode;
    reg  [2:0] tables_wnb;
    reg  [5:0] tables_wbase;
    reg  [7:0] tables_wexp;
    reg  tables_wesc;
    reg  [5:0] tables_state;
    reg  tables_init;
    wire  [2:0] tables_nb;
    wire  [5:0] tables_base;
    wire  [5:0] tables_mask;
    wire  [7:0] tables_exp;
    wire  tables_esc;
    reg  [7:0] window_lo;
    reg  [7:0] window_hi;
    reg  [3:0] window_sel;
    wire  [5:0] window_out;
    reg  out_q_clock;
    reg  out_q_en;
    reg  out_q_sign;
    reg  [7:0] out_q_exp;
    reg  [6:0] out_q_mant;
    wire  [15:0] out_q_q;
    reg  init_q_d;
    wire  init_q_q;
    reg  init_q_clock;
    reg  [5:0] state_q_d;
    wire  [5:0] state_q_q;
    reg  state_q_clock;
    reg  [7:0] w0_q_d;
    wire  [7:0] w0_q_q;
    reg  w0_q_clock;
    reg  [7:0] w1_q_d;
    wire  [7:0] w1_q_q;
    reg  w1_q_clock;
    reg  v0_q_d;
    wire  v0_q_q;
    reg  v0_q_clock;
    reg  v1_q_d;
    wire  v1_q_q;
    reg  v1_q_clock;
    reg  [3:0] p_q_d;
    wire  [3:0] p_q_q;
    reg  p_q_clock;
    reg  ans_last_q_d;
    wire  ans_last_q_q;
    reg  ans_last_q_clock;
    reg  esc_q_d;
    wire  esc_q_q;
    reg  esc_q_clock;
    reg  [7:0] esc_exp_q_d;
    wire  [7:0] esc_exp_q_q;
    reg  esc_exp_q_clock;
    reg  m_valid_q_d;
    wire  m_valid_q_q;
    reg  m_valid_q_clock;
    reg  m_last_q_d;
    wire  m_last_q_q;
    reg  m_last_q_clock;

    // Sub module instances
    tans_decoder_x8_lane_6_tables tables(
        .clock(tables_clock),
        .we(tables_we),
        .waddr(tables_waddr),
        .wcode(tables_wcode),
        .wnb(tables_wnb),
        .wbase(tables_wbase),
        .wexp(tables_wexp),
        .wesc(tables_wesc),
        .state(tables_state),
        .init(tables_init),
        .nb(tables_nb),
        .base(tables_base),
        .mask(tables_mask),
        .exp(tables_exp),
        .esc(tables_esc)
    );
    tans_decoder_x8_lane_6_window window(
        .lo(window_lo),
        .hi(window_hi),
        .sel(window_sel),
        .out(window_out)
    );
    tans_decoder_x8_lane_6_out_q out_q(
        .clock(out_q_clock),
        .en(out_q_en),
        .sign(out_q_sign),
        .exp(out_q_exp),
        .mant(out_q_mant),
        .q(out_q_q)
    );
    tans_decoder_x8_lane_6_init_q init_q(
        .d(init_q_d),
        .q(init_q_q),
        .clock(init_q_clock)
    );
    tans_decoder_x8_lane_6_state_q state_q(
        .d(state_q_d),
        .q(state_q_q),
        .clock(state_q_clock)
    );
    tans_decoder_x8_lane_6_w0_q w0_q(
        .d(w0_q_d),
        .q(w0_q_q),
        .clock(w0_q_clock)
    );
    tans_decoder_x8_lane_6_w1_q w1_q(
        .d(w1_q_d),
        .q(w1_q_q),
        .clock(w1_q_clock)
    );
    tans_decoder_x8_lane_6_v0_q v0_q(
        .d(v0_q_d),
        .q(v0_q_q),
        .clock(v0_q_clock)
    );
    tans_decoder_x8_lane_6_v1_q v1_q(
        .d(v1_q_d),
        .q(v1_q_q),
        .clock(v1_q_clock)
    );
    tans_decoder_x8_lane_6_p_q p_q(
        .d(p_q_d),
        .q(p_q_q),
        .clock(p_q_clock)
    );
    tans_decoder_x8_lane_6_ans_last_q ans_last_q(
        .d(ans_last_q_d),
        .q(ans_last_q_q),
        .clock(ans_last_q_clock)
    );
    tans_decoder_x8_lane_6_esc_q esc_q(
        .d(esc_q_d),
        .q(esc_q_q),
        .clock(esc_q_clock)
    );
    tans_decoder_x8_lane_6_esc_exp_q esc_exp_q(
        .d(esc_exp_q_d),
        .q(esc_exp_q_q),
        .clock(esc_exp_q_clock)
    );
    tans_decoder_x8_lane_6_m_valid_q m_valid_q(
        .d(m_valid_q_d),
        .q(m_valid_q_q),
        .clock(m_valid_q_clock)
    );
    tans_decoder_x8_lane_6_m_last_q m_last_q(
        .d(m_last_q_d),
        .q(m_last_q_q),
        .clock(m_last_q_clock)
    );

    // Update code
    always @(*) begin
        init_q_clock = aclk;
        state_q_clock = aclk;
        w0_q_clock = aclk;
        w1_q_clock = aclk;
        v0_q_clock = aclk;
        v1_q_clock = aclk;
        p_q_clock = aclk;
        ans_last_q_clock = aclk;
        esc_q_clock = aclk;
        esc_exp_q_clock = aclk;
        m_valid_q_clock = aclk;
        m_last_q_clock = aclk;
        init_q_d = init_q_q;
        state_q_d = state_q_q;
        w0_q_d = w0_q_q;
        w1_q_d = w1_q_q;
        v0_q_d = v0_q_q;
        v1_q_d = v1_q_q;
        p_q_d = p_q_q;
        ans_last_q_d = ans_last_q_q;
        esc_q_d = esc_q_q;
        esc_exp_q_d = esc_exp_q_q;
        m_valid_q_d = m_valid_q_q;
        m_last_q_d = m_last_q_q;
        out_q_clock = aclk;
        tables_clock = aclk;
        tables_we = tbl_we;
        tables_waddr = tbl_addr;
        tables_wcode = tbl_code;
        tables_wnb = tbl_nb;
        tables_wbase = tbl_base;
        tables_wexp = tbl_exp;
        tables_wesc = tbl_esc;
        tables_state = state_q_q;
        tables_init = init_q_q;
        window_lo = w0_q_q;
        window_hi = w1_q_q;
        window_sel = p_q_q;
        if ((v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4)))) & (init_q_q | (aresetn & ~esc_q_q & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid))) begin
            state_q_d = tables_base | (window_out & tables_mask);
            p_q_d = (({{1{1'b0}}, tables_nb}) + p_q_q) & c_seven4;
            init_q_d = 1'b0;
        end
        if ((v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4)))) & (init_q_q | (aresetn & ~esc_q_q & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid)) & ((({{1{1'b0}}, tables_nb}) + p_q_q) >= c_eight4)) begin
            s_axis_ans_tready = aresetn & ~ans_last_q_q;
            w0_q_d = w1_q_q;
            v0_q_d = v1_q_q;
            v1_q_d = 1'b0;
            if (aresetn & ~ans_last_q_q & s_axis_ans_tvalid) begin
                if (v1_q_q) begin
                    w1_q_d = s_axis_ans_tdata;
                    v1_q_d = 1'b1;
                end
                else begin
                    w0_q_d = s_axis_ans_tdata;
                    v0_q_d = 1'b1;
                end
            end
            if (aresetn & s_axis_ans_tvalid & s_axis_ans_tlast) begin
                ans_last_q_d = 1'b1;
            end
        end
        else begin
            s_axis_ans_tready = aresetn & ~ans_last_q_q & ~v1_q_q;
            if (aresetn & ~ans_last_q_q & ~v1_q_q & s_axis_ans_tvalid) begin
                if (v0_q_q) begin
                    w1_q_d = s_axis_ans_tdata;
                    v1_q_d = 1'b1;
                end
                else begin
                    w0_q_d = s_axis_ans_tdata;
                    v0_q_d = 1'b1;
                end
            end
            if (aresetn & s_axis_ans_tvalid & s_axis_ans_tlast & ~v1_q_q) begin
                ans_last_q_d = 1'b1;
            end
        end
        s_axis_raw_tready = aresetn & (~m_valid_q_q | m_axis_tready) & (esc_q_q | (~init_q_q & (v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4))))));
        if (aresetn & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid & ~init_q_q & ~esc_q_q & tables_esc & (v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4))))) begin
            esc_q_d = 1'b1;
            esc_exp_q_d = s_axis_raw_tdata;
        end
        if (aresetn & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid & esc_q_q) begin
            esc_q_d = 1'b0;
        end
        out_q_en = ~m_valid_q_q | m_axis_tready;
        out_q_sign = s_axis_raw_tdata[32'h7];
        out_q_mant = (s_axis_raw_tdata[6:0]);
        if (esc_q_q) begin
            out_q_exp = esc_exp_q_q;
        end
        else begin
            out_q_exp = tables_exp;
        end
        if (~m_valid_q_q | m_axis_tready) begin
            m_valid_q_d = aresetn & s_axis_raw_tvalid & (esc_q_q | (~init_q_q & ~tables_esc & (v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4))))));
            m_last_q_d = s_axis_raw_tlast;
        end
        m_axis_tdata = out_q_q;
        m_axis_tvalid = m_valid_q_q;
        m_axis_tlast = m_last_q_q;
        if ((aresetn & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid & s_axis_raw_tlast & (esc_q_q | (~init_q_q & ~tables_esc & (v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4))))))) | ~aresetn) begin
            init_q_d = 1'b1;
            v0_q_d = 1'b0;
            v1_q_d = 1'b0;
            p_q_d = c_zero4;
            ans_last_q_d = 1'b0;
        end
        if (~aresetn) begin
            esc_q_d = 1'b0;
            m_valid_q_d = 1'b0;
            m_last_q_d = 1'b0;
        end
    end

endmodule // tans_decoder_x8_lane_6

module tans_decoder_x8_lane_6_ans_last_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_6_ans_last_q

module tans_decoder_x8_lane_6_esc_exp_q(d,q,clock);

    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 8'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_6_esc_exp_q

module tans_decoder_x8_lane_6_esc_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_6_esc_q

module tans_decoder_x8_lane_6_init_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_6_init_q

module tans_decoder_x8_lane_6_m_last_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_6_m_last_q

module tans_decoder_x8_lane_6_m_valid_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_6_m_valid_q

module tans_decoder_x8_lane_6_out_q(clock,en,sign,exp,mant,q);

    // Module arguments
    input wire  clock;
    input wire  en;
    input wire  sign;
    input wire  [7:0] exp;
    input wire  [6:0] mant;
    output reg  [15:0] q;

    // Update code (custom)
    initial q = 16'h0;

    always @(posedge clock) begin
        if (en) q <= {sign, exp, mant};
    end
endmodule // tans_decoder_x8_lane_6_out_q

module tans_decoder_x8_lane_6_p_q(d,q,clock);

    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 4'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_6_p_q

module tans_decoder_x8_lane_6_state_q(d,q,clock);

    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 6'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_6_state_q

module tans_decoder_x8_lane_6_tables(clock,we,waddr,wcode,wnb,wbase,wexp,wesc,state,init,nb,base,mask,exp,esc);

    // Module arguments
    input wire  clock;
    input wire  we;
    input wire  [6:0] waddr;
    input wire  [3:0] wcode;
    input wire  [2:0] wnb;
    input wire  [5:0] wbase;
    input wire  [7:0] wexp;
    input wire  wesc;
    input wire  [5:0] state;
    input wire  init;
    output reg  [2:0] nb;
    output reg  [5:0] base;
    output reg  [5:0] mask;
    output reg  [7:0] exp;
    output reg  esc;

    // Update code (custom)
    reg [3:0] code_mem [0:63];
    reg [2:0] nb_mem [0:63];
    reg [5:0] base_mem [0:63];
    reg [8:0] cmap_mem [0:15];
    reg [3:0] code_rd;
    integer i;

    // Zero at power-up, as in the Rust simulation (and LUT INIT values in synthesis).
    initial begin
        for (i = 0; i < 64; i = i + 1) begin
            code_mem[i[5:0]] = 4'h0;
            nb_mem[i[5:0]] = 3'h0;
            base_mem[i[5:0]] = 6'h0;
        end
        for (i = 0; i < 16; i = i + 1) cmap_mem[i[3:0]] = 9'h0;
    end

    always @(posedge clock) begin
        if (we && !waddr[6]) begin
            code_mem[waddr[5:0]] <= wcode;
            nb_mem[waddr[5:0]] <= wnb;
            base_mem[waddr[5:0]] <= wbase;
        end
        if (we && waddr[6]) cmap_mem[waddr[3:0]] <= {wesc, wexp};
    end

    always @(*) begin
        code_rd = code_mem[state];
        {esc, exp} = cmap_mem[code_rd];
        if (init) begin
            nb = 3'd6;
            base = 6'h0;
        end else begin
            nb = nb_mem[state];
            base = base_mem[state];
        end
        mask = ~({6{1'b1}} << nb);
    end
endmodule // tans_decoder_x8_lane_6_tables

module tans_decoder_x8_lane_6_v0_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_6_v0_q

module tans_decoder_x8_lane_6_v1_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_6_v1_q

module tans_decoder_x8_lane_6_w0_q(d,q,clock);

    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 8'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_6_w0_q

module tans_decoder_x8_lane_6_w1_q(d,q,clock);

    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 8'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_6_w1_q

module tans_decoder_x8_lane_6_window(lo,hi,sel,out);

    // Module arguments
    input wire  [7:0] lo;
    input wire  [7:0] hi;
    input wire  [3:0] sel;
    output reg  [5:0] out;

    // Update code (custom)
    wire [15:0] cat = {hi, lo};

    always @(*) out = cat[sel +: 6];
endmodule // tans_decoder_x8_lane_6_window

module tans_decoder_x8_lane_7(aclk,aresetn,s_axis_ans_tdata,s_axis_ans_tvalid,s_axis_ans_tready,s_axis_ans_tlast,s_axis_raw_tdata,s_axis_raw_tvalid,s_axis_raw_tready,s_axis_raw_tlast,m_axis_tdata,m_axis_tvalid,m_axis_tready,m_axis_tlast,tbl_we,tbl_addr,tbl_code,tbl_nb,tbl_base,tbl_exp,tbl_esc);

    // Module arguments
    input wire  aclk;
    input wire  aresetn;
    input wire  [7:0] s_axis_ans_tdata;
    input wire  s_axis_ans_tvalid;
    output reg  s_axis_ans_tready;
    input wire  s_axis_ans_tlast;
    input wire  [7:0] s_axis_raw_tdata;
    input wire  s_axis_raw_tvalid;
    output reg  s_axis_raw_tready;
    input wire  s_axis_raw_tlast;
    output reg  [15:0] m_axis_tdata;
    output reg  m_axis_tvalid;
    input wire  m_axis_tready;
    output reg  m_axis_tlast;
    input wire  tbl_we;
    input wire  [6:0] tbl_addr;
    input wire  [3:0] tbl_code;
    input wire  [2:0] tbl_nb;
    input wire  [5:0] tbl_base;
    input wire  [7:0] tbl_exp;
    input wire  tbl_esc;

    // Constant declarations
    localparam  c_zero4 = 4'h0;
    localparam  c_eight4 = 4'h8;
    localparam  c_seven4 = 4'h7;

    // Stub signals
    reg  tables_clock;
    reg  tables_we;
    reg  [6:0] tables_waddr;
    reg  [3:0] tables_wcode;
    reg  [2:0] tables_wnb;
    reg  [5:0] tables_wbase;
    reg  [7:0] tables_wexp;
    reg  tables_wesc;
    reg  [5:0] tables_state;
    reg  tables_init;
    wire  [2:0] tables_nb;
    wire  [5:0] tables_base;
    wire  [5:0] tables_mask;
    wire  [7:0] tables_exp;
    wire  tables_esc;
    reg  [7:0] window_lo;
    reg  [7:0] window_hi;
    reg  [3:0] window_sel;
    wire  [5:0] window_out;
    reg  out_q_clock;
    reg  out_q_en;
    reg  out_q_sign;
    reg  [7:0] out_q_exp;
    reg  [6:0] out_q_mant;
    wire  [15:0] out_q_q;
    reg  init_q_d;
    wire  init_q_q;
    reg  init_q_clock;
    reg  [5:0] state_q_d;
    wire  [5:0] state_q_q;
    reg  state_q_clock;
    reg  [7:0] w0_q_d;
    wire  [7:0] w0_q_q;
    reg  w0_q_clock;
    reg  [7:0] w1_q_d;
    wire  [7:0] w1_q_q;
    reg  w1_q_clock;
    reg  v0_q_d;
    wire  v0_q_q;
    reg  v0_q_clock;
    reg  v1_q_d;
    wire  v1_q_q;
    reg  v1_q_clock;
    reg  [3:0] p_q_d;
    wire  [3:0] p_q_q;
    reg  p_q_clock;
    reg  ans_last_q_d;
    wire  ans_last_q_q;
    reg  ans_last_q_clock;
    reg  esc_q_d;
    wire  esc_q_q;
    reg  esc_q_clock;
    reg  [7:0] esc_exp_q_d;
    wire  [7:0] esc_exp_q_q;
    reg  esc_exp_q_clock;
    reg  m_valid_q_d;
    wire  m_valid_q_q;
    reg  m_valid_q_clock;
    reg  m_last_q_d;
    wire  m_last_q_q;
    reg  m_last_q_clock;

    // Sub module instances
    tans_decoder_x8_lane_7_tables tables(
        .clock(tables_clock),
        .we(tables_we),
        .waddr(tables_waddr),
        .wcode(tables_wcode),
        .wnb(tables_wnb),
        .wbase(tables_wbase),
        .wexp(tables_wexp),
        .wesc(tables_wesc),
        .state(tables_state),
        .init(tables_init),
        .nb(tables_nb),
        .base(tables_base),
        .mask(tables_mask),
        .exp(tables_exp),
        .esc(tables_esc)
    );
    tans_decoder_x8_lane_7_window window(
        .lo(window_lo),
        .hi(window_hi),
        .sel(window_sel),
        .out(window_out)
    );
    tans_decoder_x8_lane_7_out_q out_q(
        .clock(out_q_clock),
        .en(out_q_en),
        .sign(out_q_sign),
        .exp(out_q_exp),
        .mant(out_q_mant),
        .q(out_q_q)
    );
    tans_decoder_x8_lane_7_init_q init_q(
        .d(init_q_d),
        .q(init_q_q),
        .clock(init_q_clock)
    );
    tans_decoder_x8_lane_7_state_q state_q(
        .d(state_q_d),
        .q(state_q_q),
        .clock(state_q_clock)
    );
    tans_decoder_x8_lane_7_w0_q w0_q(
        .d(w0_q_d),
        .q(w0_q_q),
        .clock(w0_q_clock)
    );
    tans_decoder_x8_lane_7_w1_q w1_q(
        .d(w1_q_d),
        .q(w1_q_q),
        .clock(w1_q_clock)
    );
    tans_decoder_x8_lane_7_v0_q v0_q(
        .d(v0_q_d),
        .q(v0_q_q),
        .clock(v0_q_clock)
    );
    tans_decoder_x8_lane_7_v1_q v1_q(
        .d(v1_q_d),
        .q(v1_q_q),
        .clock(v1_q_clock)
    );
    tans_decoder_x8_lane_7_p_q p_q(
        .d(p_q_d),
        .q(p_q_q),
        .clock(p_q_clock)
    );
    tans_decoder_x8_lane_7_ans_last_q ans_last_q(
        .d(ans_last_q_d),
        .q(ans_last_q_q),
        .clock(ans_last_q_clock)
    );
    tans_decoder_x8_lane_7_esc_q esc_q(
        .d(esc_q_d),
        .q(esc_q_q),
        .clock(esc_q_clock)
    );
    tans_decoder_x8_lane_7_esc_exp_q esc_exp_q(
        .d(esc_exp_q_d),
        .q(esc_exp_q_q),
        .clock(esc_exp_q_clock)
    );
    tans_decoder_x8_lane_7_m_valid_q m_valid_q(
        .d(m_valid_q_d),
        .q(m_valid_q_q),
        .clock(m_valid_q_clock)
    );
    tans_decoder_x8_lane_7_m_last_q m_last_q(
        .d(m_last_q_d),
        .q(m_last_q_q),
        .clock(m_last_q_clock)
    );

    // Update code
    always @(*) begin
        init_q_clock = aclk;
        state_q_clock = aclk;
        w0_q_clock = aclk;
        w1_q_clock = aclk;
        v0_q_clock = aclk;
        v1_q_clock = aclk;
        p_q_clock = aclk;
        ans_last_q_clock = aclk;
        esc_q_clock = aclk;
        esc_exp_q_clock = aclk;
        m_valid_q_clock = aclk;
        m_last_q_clock = aclk;
        init_q_d = init_q_q;
        state_q_d = state_q_q;
        w0_q_d = w0_q_q;
        w1_q_d = w1_q_q;
        v0_q_d = v0_q_q;
        v1_q_d = v1_q_q;
        p_q_d = p_q_q;
        ans_last_q_d = ans_last_q_q;
        esc_q_d = esc_q_q;
        esc_exp_q_d = esc_exp_q_q;
        m_valid_q_d = m_valid_q_q;
        m_last_q_d = m_last_q_q;
        out_q_clock = aclk;
        tables_clock = aclk;
        tables_we = tbl_we;
        tables_waddr = tbl_addr;
        tables_wcode = tbl_code;
        tables_wnb = tbl_nb;
        tables_wbase = tbl_base;
        tables_wexp = tbl_exp;
        tables_wesc = tbl_esc;
        tables_state = state_q_q;
        tables_init = init_q_q;
        window_lo = w0_q_q;
        window_hi = w1_q_q;
        window_sel = p_q_q;
        if ((v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4)))) & (init_q_q | (aresetn & ~esc_q_q & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid))) begin
            state_q_d = tables_base | (window_out & tables_mask);
            p_q_d = (({{1{1'b0}}, tables_nb}) + p_q_q) & c_seven4;
            init_q_d = 1'b0;
        end
        if ((v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4)))) & (init_q_q | (aresetn & ~esc_q_q & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid)) & ((({{1{1'b0}}, tables_nb}) + p_q_q) >= c_eight4)) begin
            s_axis_ans_tready = aresetn & ~ans_last_q_q;
            w0_q_d = w1_q_q;
            v0_q_d = v1_q_q;
            v1_q_d = 1'b0;
            if (aresetn & ~ans_last_q_q & s_axis_ans_tvalid) begin
                if (v1_q_q) begin
                    w1_q_d = s_axis_ans_tdata;
                    v1_q_d = 1'b1;
                end
                else begin
                    w0_q_d = s_axis_ans_tdata;
                    v0_q_d = 1'b1;
                end
            end
            if (aresetn & s_axis_ans_tvalid & s_axis_ans_tlast) begin
                ans_last_q_d = 1'b1;
            end
        end
        else begin
            s_axis_ans_tready = aresetn & ~ans_last_q_q & ~v1_q_q;
            if (aresetn & ~ans_last_q_q & ~v1_q_q & s_axis_ans_tvalid) begin
                if (v0_q_q) begin
                    w1_q_d = s_axis_ans_tdata;
                    v1_q_d = 1'b1;
                end
                else begin
                    w0_q_d = s_axis_ans_tdata;
                    v0_q_d = 1'b1;
                end
            end
            if (aresetn & s_axis_ans_tvalid & s_axis_ans_tlast & ~v1_q_q) begin
                ans_last_q_d = 1'b1;
            end
        end
        s_axis_raw_tready = aresetn & (~m_valid_q_q | m_axis_tready) & (esc_q_q | (~init_q_q & (v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4))))));
        if (aresetn & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid & ~init_q_q & ~esc_q_q & tables_esc & (v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4))))) begin
            esc_q_d = 1'b1;
            esc_exp_q_d = s_axis_raw_tdata;
        end
        if (aresetn & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid & esc_q_q) begin
            esc_q_d = 1'b0;
        end
        out_q_en = ~m_valid_q_q | m_axis_tready;
        out_q_sign = s_axis_raw_tdata[32'h7];
        out_q_mant = (s_axis_raw_tdata[6:0]);
        if (esc_q_q) begin
            out_q_exp = esc_exp_q_q;
        end
        else begin
            out_q_exp = tables_exp;
        end
        if (~m_valid_q_q | m_axis_tready) begin
            m_valid_q_d = aresetn & s_axis_raw_tvalid & (esc_q_q | (~init_q_q & ~tables_esc & (v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4))))));
            m_last_q_d = s_axis_raw_tlast;
        end
        m_axis_tdata = out_q_q;
        m_axis_tvalid = m_valid_q_q;
        m_axis_tlast = m_last_q_q;
        if ((aresetn & (~m_valid_q_q | m_axis_tready) & s_axis_raw_tvalid & s_axis_raw_tlast & (esc_q_q | (~init_q_q & ~tables_esc & (v1_q_q | (((({{1{1'b0}}, tables_nb}) + p_q_q) <= c_eight4) & (v0_q_q | ((({{1{1'b0}}, tables_nb}) + p_q_q) == c_zero4))))))) | ~aresetn) begin
            init_q_d = 1'b1;
            v0_q_d = 1'b0;
            v1_q_d = 1'b0;
            p_q_d = c_zero4;
            ans_last_q_d = 1'b0;
        end
        if (~aresetn) begin
            esc_q_d = 1'b0;
            m_valid_q_d = 1'b0;
            m_last_q_d = 1'b0;
        end
    end

endmodule // tans_decoder_x8_lane_7

module tans_decoder_x8_lane_7_ans_last_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_7_ans_last_q

module tans_decoder_x8_lane_7_esc_exp_q(d,q,clock);

    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 8'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_7_esc_exp_q

module tans_decoder_x8_lane_7_esc_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_7_esc_q

module tans_decoder_x8_lane_7_init_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_7_init_q

module tans_decoder_x8_lane_7_m_last_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_7_m_last_q

module tans_decoder_x8_lane_7_m_valid_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_7_m_valid_q

module tans_decoder_x8_lane_7_out_q(clock,en,sign,exp,mant,q);

    // Module arguments
    input wire  clock;
    input wire  en;
    input wire  sign;
    input wire  [7:0] exp;
    input wire  [6:0] mant;
    output reg  [15:0] q;

    // Update code (custom)
    initial q = 16'h0;

    always @(posedge clock) begin
        if (en) q <= {sign, exp, mant};
    end
endmodule // tans_decoder_x8_lane_7_out_q

module tans_decoder_x8_lane_7_p_q(d,q,clock);

    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 4'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_7_p_q

module tans_decoder_x8_lane_7_state_q(d,q,clock);

    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 6'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_7_state_q

module tans_decoder_x8_lane_7_tables(clock,we,waddr,wcode,wnb,wbase,wexp,wesc,state,init,nb,base,mask,exp,esc);

    // Module arguments
    input wire  clock;
    input wire  we;
    input wire  [6:0] waddr;
    input wire  [3:0] wcode;
    input wire  [2:0] wnb;
    input wire  [5:0] wbase;
    input wire  [7:0] wexp;
    input wire  wesc;
    input wire  [5:0] state;
    input wire  init;
    output reg  [2:0] nb;
    output reg  [5:0] base;
    output reg  [5:0] mask;
    output reg  [7:0] exp;
    output reg  esc;

    // Update code (custom)
    reg [3:0] code_mem [0:63];
    reg [2:0] nb_mem [0:63];
    reg [5:0] base_mem [0:63];
    reg [8:0] cmap_mem [0:15];
    reg [3:0] code_rd;
    integer i;

    // Zero at power-up, as in the Rust simulation (and LUT INIT values in synthesis).
    initial begin
        for (i = 0; i < 64; i = i + 1) begin
            code_mem[i[5:0]] = 4'h0;
            nb_mem[i[5:0]] = 3'h0;
            base_mem[i[5:0]] = 6'h0;
        end
        for (i = 0; i < 16; i = i + 1) cmap_mem[i[3:0]] = 9'h0;
    end

    always @(posedge clock) begin
        if (we && !waddr[6]) begin
            code_mem[waddr[5:0]] <= wcode;
            nb_mem[waddr[5:0]] <= wnb;
            base_mem[waddr[5:0]] <= wbase;
        end
        if (we && waddr[6]) cmap_mem[waddr[3:0]] <= {wesc, wexp};
    end

    always @(*) begin
        code_rd = code_mem[state];
        {esc, exp} = cmap_mem[code_rd];
        if (init) begin
            nb = 3'd6;
            base = 6'h0;
        end else begin
            nb = nb_mem[state];
            base = base_mem[state];
        end
        mask = ~({6{1'b1}} << nb);
    end
endmodule // tans_decoder_x8_lane_7_tables

module tans_decoder_x8_lane_7_v0_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_7_v0_q

module tans_decoder_x8_lane_7_v1_q(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_7_v1_q

module tans_decoder_x8_lane_7_w0_q(d,q,clock);

    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 8'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_7_w0_q

module tans_decoder_x8_lane_7_w1_q(d,q,clock);

    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 8'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_x8_lane_7_w1_q

module tans_decoder_x8_lane_7_window(lo,hi,sel,out);

    // Module arguments
    input wire  [7:0] lo;
    input wire  [7:0] hi;
    input wire  [3:0] sel;
    output reg  [5:0] out;

    // Update code (custom)
    wire [15:0] cat = {hi, lo};

    always @(*) out = cat[sel +: 6];
endmodule // tans_decoder_x8_lane_7_window

`default_nettype wire

// tans_decoder_x8_table.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Table proof of tans_decoder_x8 (R = 6): state transitions and values follow the loaded table, read through the FORMAL read port (k-induction).
`default_nettype none
module formal_tans_decoder_x8_table (
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
    localparam R = 6;
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
    wire [5:0] formal_lane_0_tables_rstate;
    wire [3:0] formal_lane_0_tables_rcode;
    wire [3:0] formal_lane_0_tables_code;
    wire [2:0] formal_lane_0_tables_nb;
    wire [5:0] formal_lane_0_tables_base;
    wire [8:0] formal_lane_0_tables_cmap;
    wire [5:0] formal_lane_0_state_q;
    wire formal_lane_0_fire;
    wire [5:0] formal_lane_0_state_nx;
    wire formal_lane_0_init_q;
    wire [2:0] formal_lane_0_p_q;
    wire [7:0] formal_lane_0_w0_q;
    wire [7:0] formal_lane_0_w1_q;
    wire formal_lane_0_v0_q;
    wire formal_lane_0_v1_q;
    wire formal_lane_0_free;
    wire formal_lane_0_out_sign_d;
    wire [7:0] formal_lane_0_out_exp_d;
    wire [6:0] formal_lane_0_out_mant_d;
    wire formal_lane_0_m_valid_d;
    wire formal_lane_0_esc_q;
    wire formal_lane_0_esc_d;
    wire [7:0] formal_lane_0_esc_exp_q;
    wire [5:0] formal_lane_1_tables_rstate;
    wire [3:0] formal_lane_1_tables_rcode;
    wire [3:0] formal_lane_1_tables_code;
    wire [2:0] formal_lane_1_tables_nb;
    wire [5:0] formal_lane_1_tables_base;
    wire [8:0] formal_lane_1_tables_cmap;
    wire [5:0] formal_lane_1_state_q;
    wire formal_lane_1_fire;
    wire [5:0] formal_lane_1_state_nx;
    wire formal_lane_1_init_q;
    wire [2:0] formal_lane_1_p_q;
    wire [7:0] formal_lane_1_w0_q;
    wire [7:0] formal_lane_1_w1_q;
    wire formal_lane_1_v0_q;
    wire formal_lane_1_v1_q;
    wire formal_lane_1_free;
    wire formal_lane_1_out_sign_d;
    wire [7:0] formal_lane_1_out_exp_d;
    wire [6:0] formal_lane_1_out_mant_d;
    wire formal_lane_1_m_valid_d;
    wire formal_lane_1_esc_q;
    wire formal_lane_1_esc_d;
    wire [7:0] formal_lane_1_esc_exp_q;
    wire [5:0] formal_lane_2_tables_rstate;
    wire [3:0] formal_lane_2_tables_rcode;
    wire [3:0] formal_lane_2_tables_code;
    wire [2:0] formal_lane_2_tables_nb;
    wire [5:0] formal_lane_2_tables_base;
    wire [8:0] formal_lane_2_tables_cmap;
    wire [5:0] formal_lane_2_state_q;
    wire formal_lane_2_fire;
    wire [5:0] formal_lane_2_state_nx;
    wire formal_lane_2_init_q;
    wire [2:0] formal_lane_2_p_q;
    wire [7:0] formal_lane_2_w0_q;
    wire [7:0] formal_lane_2_w1_q;
    wire formal_lane_2_v0_q;
    wire formal_lane_2_v1_q;
    wire formal_lane_2_free;
    wire formal_lane_2_out_sign_d;
    wire [7:0] formal_lane_2_out_exp_d;
    wire [6:0] formal_lane_2_out_mant_d;
    wire formal_lane_2_m_valid_d;
    wire formal_lane_2_esc_q;
    wire formal_lane_2_esc_d;
    wire [7:0] formal_lane_2_esc_exp_q;
    wire [5:0] formal_lane_3_tables_rstate;
    wire [3:0] formal_lane_3_tables_rcode;
    wire [3:0] formal_lane_3_tables_code;
    wire [2:0] formal_lane_3_tables_nb;
    wire [5:0] formal_lane_3_tables_base;
    wire [8:0] formal_lane_3_tables_cmap;
    wire [5:0] formal_lane_3_state_q;
    wire formal_lane_3_fire;
    wire [5:0] formal_lane_3_state_nx;
    wire formal_lane_3_init_q;
    wire [2:0] formal_lane_3_p_q;
    wire [7:0] formal_lane_3_w0_q;
    wire [7:0] formal_lane_3_w1_q;
    wire formal_lane_3_v0_q;
    wire formal_lane_3_v1_q;
    wire formal_lane_3_free;
    wire formal_lane_3_out_sign_d;
    wire [7:0] formal_lane_3_out_exp_d;
    wire [6:0] formal_lane_3_out_mant_d;
    wire formal_lane_3_m_valid_d;
    wire formal_lane_3_esc_q;
    wire formal_lane_3_esc_d;
    wire [7:0] formal_lane_3_esc_exp_q;
    wire [5:0] formal_lane_4_tables_rstate;
    wire [3:0] formal_lane_4_tables_rcode;
    wire [3:0] formal_lane_4_tables_code;
    wire [2:0] formal_lane_4_tables_nb;
    wire [5:0] formal_lane_4_tables_base;
    wire [8:0] formal_lane_4_tables_cmap;
    wire [5:0] formal_lane_4_state_q;
    wire formal_lane_4_fire;
    wire [5:0] formal_lane_4_state_nx;
    wire formal_lane_4_init_q;
    wire [2:0] formal_lane_4_p_q;
    wire [7:0] formal_lane_4_w0_q;
    wire [7:0] formal_lane_4_w1_q;
    wire formal_lane_4_v0_q;
    wire formal_lane_4_v1_q;
    wire formal_lane_4_free;
    wire formal_lane_4_out_sign_d;
    wire [7:0] formal_lane_4_out_exp_d;
    wire [6:0] formal_lane_4_out_mant_d;
    wire formal_lane_4_m_valid_d;
    wire formal_lane_4_esc_q;
    wire formal_lane_4_esc_d;
    wire [7:0] formal_lane_4_esc_exp_q;
    wire [5:0] formal_lane_5_tables_rstate;
    wire [3:0] formal_lane_5_tables_rcode;
    wire [3:0] formal_lane_5_tables_code;
    wire [2:0] formal_lane_5_tables_nb;
    wire [5:0] formal_lane_5_tables_base;
    wire [8:0] formal_lane_5_tables_cmap;
    wire [5:0] formal_lane_5_state_q;
    wire formal_lane_5_fire;
    wire [5:0] formal_lane_5_state_nx;
    wire formal_lane_5_init_q;
    wire [2:0] formal_lane_5_p_q;
    wire [7:0] formal_lane_5_w0_q;
    wire [7:0] formal_lane_5_w1_q;
    wire formal_lane_5_v0_q;
    wire formal_lane_5_v1_q;
    wire formal_lane_5_free;
    wire formal_lane_5_out_sign_d;
    wire [7:0] formal_lane_5_out_exp_d;
    wire [6:0] formal_lane_5_out_mant_d;
    wire formal_lane_5_m_valid_d;
    wire formal_lane_5_esc_q;
    wire formal_lane_5_esc_d;
    wire [7:0] formal_lane_5_esc_exp_q;
    wire [5:0] formal_lane_6_tables_rstate;
    wire [3:0] formal_lane_6_tables_rcode;
    wire [3:0] formal_lane_6_tables_code;
    wire [2:0] formal_lane_6_tables_nb;
    wire [5:0] formal_lane_6_tables_base;
    wire [8:0] formal_lane_6_tables_cmap;
    wire [5:0] formal_lane_6_state_q;
    wire formal_lane_6_fire;
    wire [5:0] formal_lane_6_state_nx;
    wire formal_lane_6_init_q;
    wire [2:0] formal_lane_6_p_q;
    wire [7:0] formal_lane_6_w0_q;
    wire [7:0] formal_lane_6_w1_q;
    wire formal_lane_6_v0_q;
    wire formal_lane_6_v1_q;
    wire formal_lane_6_free;
    wire formal_lane_6_out_sign_d;
    wire [7:0] formal_lane_6_out_exp_d;
    wire [6:0] formal_lane_6_out_mant_d;
    wire formal_lane_6_m_valid_d;
    wire formal_lane_6_esc_q;
    wire formal_lane_6_esc_d;
    wire [7:0] formal_lane_6_esc_exp_q;
    wire [5:0] formal_lane_7_tables_rstate;
    wire [3:0] formal_lane_7_tables_rcode;
    wire [3:0] formal_lane_7_tables_code;
    wire [2:0] formal_lane_7_tables_nb;
    wire [5:0] formal_lane_7_tables_base;
    wire [8:0] formal_lane_7_tables_cmap;
    wire [5:0] formal_lane_7_state_q;
    wire formal_lane_7_fire;
    wire [5:0] formal_lane_7_state_nx;
    wire formal_lane_7_init_q;
    wire [2:0] formal_lane_7_p_q;
    wire [7:0] formal_lane_7_w0_q;
    wire [7:0] formal_lane_7_w1_q;
    wire formal_lane_7_v0_q;
    wire formal_lane_7_v1_q;
    wire formal_lane_7_free;
    wire formal_lane_7_out_sign_d;
    wire [7:0] formal_lane_7_out_exp_d;
    wire [6:0] formal_lane_7_out_mant_d;
    wire formal_lane_7_m_valid_d;
    wire formal_lane_7_esc_q;
    wire formal_lane_7_esc_d;
    wire [7:0] formal_lane_7_esc_exp_q;
    // every trace starts in reset; the checks hold from the first cycle after a reset on
    initial assume(!aresetn);
    reg past_reset;
    initial past_reset = 1'b0;
    always @(posedge aclk) if (!aresetn) past_reset <= 1'b1;
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
        .tbl_esc(tbl_esc),
        .formal_lane_0_tables_rstate(formal_lane_0_tables_rstate),
        .formal_lane_0_tables_rcode(formal_lane_0_tables_rcode),
        .formal_lane_0_tables_code(formal_lane_0_tables_code),
        .formal_lane_0_tables_nb(formal_lane_0_tables_nb),
        .formal_lane_0_tables_base(formal_lane_0_tables_base),
        .formal_lane_0_tables_cmap(formal_lane_0_tables_cmap),
        .formal_lane_0_state_q(formal_lane_0_state_q),
        .formal_lane_0_fire(formal_lane_0_fire),
        .formal_lane_0_state_nx(formal_lane_0_state_nx),
        .formal_lane_0_init_q(formal_lane_0_init_q),
        .formal_lane_0_p_q(formal_lane_0_p_q),
        .formal_lane_0_w0_q(formal_lane_0_w0_q),
        .formal_lane_0_w1_q(formal_lane_0_w1_q),
        .formal_lane_0_v0_q(formal_lane_0_v0_q),
        .formal_lane_0_v1_q(formal_lane_0_v1_q),
        .formal_lane_0_free(formal_lane_0_free),
        .formal_lane_0_out_sign_d(formal_lane_0_out_sign_d),
        .formal_lane_0_out_exp_d(formal_lane_0_out_exp_d),
        .formal_lane_0_out_mant_d(formal_lane_0_out_mant_d),
        .formal_lane_0_m_valid_d(formal_lane_0_m_valid_d),
        .formal_lane_0_esc_q(formal_lane_0_esc_q),
        .formal_lane_0_esc_d(formal_lane_0_esc_d),
        .formal_lane_0_esc_exp_q(formal_lane_0_esc_exp_q),
        .formal_lane_1_tables_rstate(formal_lane_1_tables_rstate),
        .formal_lane_1_tables_rcode(formal_lane_1_tables_rcode),
        .formal_lane_1_tables_code(formal_lane_1_tables_code),
        .formal_lane_1_tables_nb(formal_lane_1_tables_nb),
        .formal_lane_1_tables_base(formal_lane_1_tables_base),
        .formal_lane_1_tables_cmap(formal_lane_1_tables_cmap),
        .formal_lane_1_state_q(formal_lane_1_state_q),
        .formal_lane_1_fire(formal_lane_1_fire),
        .formal_lane_1_state_nx(formal_lane_1_state_nx),
        .formal_lane_1_init_q(formal_lane_1_init_q),
        .formal_lane_1_p_q(formal_lane_1_p_q),
        .formal_lane_1_w0_q(formal_lane_1_w0_q),
        .formal_lane_1_w1_q(formal_lane_1_w1_q),
        .formal_lane_1_v0_q(formal_lane_1_v0_q),
        .formal_lane_1_v1_q(formal_lane_1_v1_q),
        .formal_lane_1_free(formal_lane_1_free),
        .formal_lane_1_out_sign_d(formal_lane_1_out_sign_d),
        .formal_lane_1_out_exp_d(formal_lane_1_out_exp_d),
        .formal_lane_1_out_mant_d(formal_lane_1_out_mant_d),
        .formal_lane_1_m_valid_d(formal_lane_1_m_valid_d),
        .formal_lane_1_esc_q(formal_lane_1_esc_q),
        .formal_lane_1_esc_d(formal_lane_1_esc_d),
        .formal_lane_1_esc_exp_q(formal_lane_1_esc_exp_q),
        .formal_lane_2_tables_rstate(formal_lane_2_tables_rstate),
        .formal_lane_2_tables_rcode(formal_lane_2_tables_rcode),
        .formal_lane_2_tables_code(formal_lane_2_tables_code),
        .formal_lane_2_tables_nb(formal_lane_2_tables_nb),
        .formal_lane_2_tables_base(formal_lane_2_tables_base),
        .formal_lane_2_tables_cmap(formal_lane_2_tables_cmap),
        .formal_lane_2_state_q(formal_lane_2_state_q),
        .formal_lane_2_fire(formal_lane_2_fire),
        .formal_lane_2_state_nx(formal_lane_2_state_nx),
        .formal_lane_2_init_q(formal_lane_2_init_q),
        .formal_lane_2_p_q(formal_lane_2_p_q),
        .formal_lane_2_w0_q(formal_lane_2_w0_q),
        .formal_lane_2_w1_q(formal_lane_2_w1_q),
        .formal_lane_2_v0_q(formal_lane_2_v0_q),
        .formal_lane_2_v1_q(formal_lane_2_v1_q),
        .formal_lane_2_free(formal_lane_2_free),
        .formal_lane_2_out_sign_d(formal_lane_2_out_sign_d),
        .formal_lane_2_out_exp_d(formal_lane_2_out_exp_d),
        .formal_lane_2_out_mant_d(formal_lane_2_out_mant_d),
        .formal_lane_2_m_valid_d(formal_lane_2_m_valid_d),
        .formal_lane_2_esc_q(formal_lane_2_esc_q),
        .formal_lane_2_esc_d(formal_lane_2_esc_d),
        .formal_lane_2_esc_exp_q(formal_lane_2_esc_exp_q),
        .formal_lane_3_tables_rstate(formal_lane_3_tables_rstate),
        .formal_lane_3_tables_rcode(formal_lane_3_tables_rcode),
        .formal_lane_3_tables_code(formal_lane_3_tables_code),
        .formal_lane_3_tables_nb(formal_lane_3_tables_nb),
        .formal_lane_3_tables_base(formal_lane_3_tables_base),
        .formal_lane_3_tables_cmap(formal_lane_3_tables_cmap),
        .formal_lane_3_state_q(formal_lane_3_state_q),
        .formal_lane_3_fire(formal_lane_3_fire),
        .formal_lane_3_state_nx(formal_lane_3_state_nx),
        .formal_lane_3_init_q(formal_lane_3_init_q),
        .formal_lane_3_p_q(formal_lane_3_p_q),
        .formal_lane_3_w0_q(formal_lane_3_w0_q),
        .formal_lane_3_w1_q(formal_lane_3_w1_q),
        .formal_lane_3_v0_q(formal_lane_3_v0_q),
        .formal_lane_3_v1_q(formal_lane_3_v1_q),
        .formal_lane_3_free(formal_lane_3_free),
        .formal_lane_3_out_sign_d(formal_lane_3_out_sign_d),
        .formal_lane_3_out_exp_d(formal_lane_3_out_exp_d),
        .formal_lane_3_out_mant_d(formal_lane_3_out_mant_d),
        .formal_lane_3_m_valid_d(formal_lane_3_m_valid_d),
        .formal_lane_3_esc_q(formal_lane_3_esc_q),
        .formal_lane_3_esc_d(formal_lane_3_esc_d),
        .formal_lane_3_esc_exp_q(formal_lane_3_esc_exp_q),
        .formal_lane_4_tables_rstate(formal_lane_4_tables_rstate),
        .formal_lane_4_tables_rcode(formal_lane_4_tables_rcode),
        .formal_lane_4_tables_code(formal_lane_4_tables_code),
        .formal_lane_4_tables_nb(formal_lane_4_tables_nb),
        .formal_lane_4_tables_base(formal_lane_4_tables_base),
        .formal_lane_4_tables_cmap(formal_lane_4_tables_cmap),
        .formal_lane_4_state_q(formal_lane_4_state_q),
        .formal_lane_4_fire(formal_lane_4_fire),
        .formal_lane_4_state_nx(formal_lane_4_state_nx),
        .formal_lane_4_init_q(formal_lane_4_init_q),
        .formal_lane_4_p_q(formal_lane_4_p_q),
        .formal_lane_4_w0_q(formal_lane_4_w0_q),
        .formal_lane_4_w1_q(formal_lane_4_w1_q),
        .formal_lane_4_v0_q(formal_lane_4_v0_q),
        .formal_lane_4_v1_q(formal_lane_4_v1_q),
        .formal_lane_4_free(formal_lane_4_free),
        .formal_lane_4_out_sign_d(formal_lane_4_out_sign_d),
        .formal_lane_4_out_exp_d(formal_lane_4_out_exp_d),
        .formal_lane_4_out_mant_d(formal_lane_4_out_mant_d),
        .formal_lane_4_m_valid_d(formal_lane_4_m_valid_d),
        .formal_lane_4_esc_q(formal_lane_4_esc_q),
        .formal_lane_4_esc_d(formal_lane_4_esc_d),
        .formal_lane_4_esc_exp_q(formal_lane_4_esc_exp_q),
        .formal_lane_5_tables_rstate(formal_lane_5_tables_rstate),
        .formal_lane_5_tables_rcode(formal_lane_5_tables_rcode),
        .formal_lane_5_tables_code(formal_lane_5_tables_code),
        .formal_lane_5_tables_nb(formal_lane_5_tables_nb),
        .formal_lane_5_tables_base(formal_lane_5_tables_base),
        .formal_lane_5_tables_cmap(formal_lane_5_tables_cmap),
        .formal_lane_5_state_q(formal_lane_5_state_q),
        .formal_lane_5_fire(formal_lane_5_fire),
        .formal_lane_5_state_nx(formal_lane_5_state_nx),
        .formal_lane_5_init_q(formal_lane_5_init_q),
        .formal_lane_5_p_q(formal_lane_5_p_q),
        .formal_lane_5_w0_q(formal_lane_5_w0_q),
        .formal_lane_5_w1_q(formal_lane_5_w1_q),
        .formal_lane_5_v0_q(formal_lane_5_v0_q),
        .formal_lane_5_v1_q(formal_lane_5_v1_q),
        .formal_lane_5_free(formal_lane_5_free),
        .formal_lane_5_out_sign_d(formal_lane_5_out_sign_d),
        .formal_lane_5_out_exp_d(formal_lane_5_out_exp_d),
        .formal_lane_5_out_mant_d(formal_lane_5_out_mant_d),
        .formal_lane_5_m_valid_d(formal_lane_5_m_valid_d),
        .formal_lane_5_esc_q(formal_lane_5_esc_q),
        .formal_lane_5_esc_d(formal_lane_5_esc_d),
        .formal_lane_5_esc_exp_q(formal_lane_5_esc_exp_q),
        .formal_lane_6_tables_rstate(formal_lane_6_tables_rstate),
        .formal_lane_6_tables_rcode(formal_lane_6_tables_rcode),
        .formal_lane_6_tables_code(formal_lane_6_tables_code),
        .formal_lane_6_tables_nb(formal_lane_6_tables_nb),
        .formal_lane_6_tables_base(formal_lane_6_tables_base),
        .formal_lane_6_tables_cmap(formal_lane_6_tables_cmap),
        .formal_lane_6_state_q(formal_lane_6_state_q),
        .formal_lane_6_fire(formal_lane_6_fire),
        .formal_lane_6_state_nx(formal_lane_6_state_nx),
        .formal_lane_6_init_q(formal_lane_6_init_q),
        .formal_lane_6_p_q(formal_lane_6_p_q),
        .formal_lane_6_w0_q(formal_lane_6_w0_q),
        .formal_lane_6_w1_q(formal_lane_6_w1_q),
        .formal_lane_6_v0_q(formal_lane_6_v0_q),
        .formal_lane_6_v1_q(formal_lane_6_v1_q),
        .formal_lane_6_free(formal_lane_6_free),
        .formal_lane_6_out_sign_d(formal_lane_6_out_sign_d),
        .formal_lane_6_out_exp_d(formal_lane_6_out_exp_d),
        .formal_lane_6_out_mant_d(formal_lane_6_out_mant_d),
        .formal_lane_6_m_valid_d(formal_lane_6_m_valid_d),
        .formal_lane_6_esc_q(formal_lane_6_esc_q),
        .formal_lane_6_esc_d(formal_lane_6_esc_d),
        .formal_lane_6_esc_exp_q(formal_lane_6_esc_exp_q),
        .formal_lane_7_tables_rstate(formal_lane_7_tables_rstate),
        .formal_lane_7_tables_rcode(formal_lane_7_tables_rcode),
        .formal_lane_7_tables_code(formal_lane_7_tables_code),
        .formal_lane_7_tables_nb(formal_lane_7_tables_nb),
        .formal_lane_7_tables_base(formal_lane_7_tables_base),
        .formal_lane_7_tables_cmap(formal_lane_7_tables_cmap),
        .formal_lane_7_state_q(formal_lane_7_state_q),
        .formal_lane_7_fire(formal_lane_7_fire),
        .formal_lane_7_state_nx(formal_lane_7_state_nx),
        .formal_lane_7_init_q(formal_lane_7_init_q),
        .formal_lane_7_p_q(formal_lane_7_p_q),
        .formal_lane_7_w0_q(formal_lane_7_w0_q),
        .formal_lane_7_w1_q(formal_lane_7_w1_q),
        .formal_lane_7_v0_q(formal_lane_7_v0_q),
        .formal_lane_7_v1_q(formal_lane_7_v1_q),
        .formal_lane_7_free(formal_lane_7_free),
        .formal_lane_7_out_sign_d(formal_lane_7_out_sign_d),
        .formal_lane_7_out_exp_d(formal_lane_7_out_exp_d),
        .formal_lane_7_out_mant_d(formal_lane_7_out_mant_d),
        .formal_lane_7_m_valid_d(formal_lane_7_m_valid_d),
        .formal_lane_7_esc_q(formal_lane_7_esc_q),
        .formal_lane_7_esc_d(formal_lane_7_esc_d),
        .formal_lane_7_esc_exp_q(formal_lane_7_esc_exp_q)
    );
    // a free constant state a, and whether its decode entry was written (a loaded entry)
    (* anyconst *) reg [R-1:0] a;
    reg wr_a;
    initial wr_a = 1'b0;
    always @(posedge aclk) if (tbl_we && tbl_addr == {1'b0, a}) wr_a <= 1'b1;
    // every decode entry written is a valid one (FORMAT.md 3.2, formal::tans_valid_entry_verilog)
    always @(*) if (tbl_we && !tbl_addr[R]) assume(tbl_nb <= R && (tbl_base & ~({R{1'b1}} << tbl_nb)) == 0);

    // ---- core formal_lane_0_: the entry of state a and the code map entry of its code (read port)
    assign formal_lane_0_tables_rstate = a;
    assign formal_lane_0_tables_rcode = formal_lane_0_tables_code;
    // the tANS bits buffered, from the pointer on (LSB-first), and how many the buffer holds
    wire [15:0] cat0 = {formal_lane_0_w1_q, formal_lane_0_w0_q} >> formal_lane_0_p_q;
    wire [4:0] have0 = formal_lane_0_v1_q ? 5'd16 : (formal_lane_0_v0_q ? 5'd8 : 5'd0);
    wire [R-1:0] mask0 = ~({R{1'b1}} << formal_lane_0_tables_nb);
    wire [15:0] value0 = {formal_lane_0_out_sign_d, formal_lane_0_out_exp_d, formal_lane_0_out_mant_d};
    wire hs0 = s_axis_raw_l0_tvalid && s_axis_raw_l0_tready;
    // the last raw byte taken (an escape's exponent byte)
    reg [7:0] last_raw0;
    always @(posedge aclk) if (hs0) last_raw0 <= s_axis_raw_l0_tdata;
    // in state a (loaded: the entry was written), past the block's initial state
    wire at0 = formal_lane_0_state_q == a && !formal_lane_0_init_q && wr_a;
    // the loaded entry of state a is a valid one (the table port wrote only valid entries)
    always @(*) if (wr_a) assert(formal_lane_0_tables_nb <= R && (formal_lane_0_tables_base & ~({R{1'b1}} << formal_lane_0_tables_nb)) == 0);
    always @(*) if (past_reset) begin
        // a block's initial state: the first R bits of the buffer
        if (formal_lane_0_fire && formal_lane_0_init_q) begin
            assert(formal_lane_0_state_nx == cat0[R-1:0]);
            assert({2'd0, formal_lane_0_p_q} + R <= have0);
        end
        // the state transition from state a: next state = base | the next nb bits, buffered
        if (formal_lane_0_fire && at0) begin
            assert(formal_lane_0_state_nx == (formal_lane_0_tables_base | (cat0[R-1:0] & mask0)));
            assert({2'd0, formal_lane_0_p_q} + formal_lane_0_tables_nb <= have0);
        end
        // a raw byte taken in state a: the value follows the code map of the state's code
        // ({sign, exp, mantissa}: exp the code map's, sign and mantissa the raw byte), or, for the
        // escape, no value yet: the escape cycle follows
        if (at0 && !formal_lane_0_esc_q && hs0) begin
            if (formal_lane_0_tables_cmap[8]) begin
                assert(!formal_lane_0_m_valid_d && formal_lane_0_esc_d);
            end else begin
                assert(formal_lane_0_m_valid_d && formal_lane_0_free);
                assert(value0 == {s_axis_raw_l0_tdata[7], formal_lane_0_tables_cmap[7:0], s_axis_raw_l0_tdata[6:0]});
            end
        end
        // the escape cycle: the exponent is the raw byte taken before, then {sign, mantissa}
        if (formal_lane_0_esc_q) assert(formal_lane_0_esc_exp_q == last_raw0);
        if (formal_lane_0_esc_q && formal_lane_0_m_valid_d) assert(formal_lane_0_free && value0 == {s_axis_raw_l0_tdata[7], last_raw0, s_axis_raw_l0_tdata[6:0]});
    end
    always @(*) begin
        cover(formal_lane_0_fire && at0);
        cover(at0 && !formal_lane_0_esc_q && hs0 && !formal_lane_0_tables_cmap[8]);
        cover(at0 && !formal_lane_0_esc_q && hs0 && formal_lane_0_tables_cmap[8]);
        cover(formal_lane_0_esc_q && formal_lane_0_m_valid_d);
    end

    // ---- core formal_lane_1_: the entry of state a and the code map entry of its code (read port)
    assign formal_lane_1_tables_rstate = a;
    assign formal_lane_1_tables_rcode = formal_lane_1_tables_code;
    // the tANS bits buffered, from the pointer on (LSB-first), and how many the buffer holds
    wire [15:0] cat1 = {formal_lane_1_w1_q, formal_lane_1_w0_q} >> formal_lane_1_p_q;
    wire [4:0] have1 = formal_lane_1_v1_q ? 5'd16 : (formal_lane_1_v0_q ? 5'd8 : 5'd0);
    wire [R-1:0] mask1 = ~({R{1'b1}} << formal_lane_1_tables_nb);
    wire [15:0] value1 = {formal_lane_1_out_sign_d, formal_lane_1_out_exp_d, formal_lane_1_out_mant_d};
    wire hs1 = s_axis_raw_l1_tvalid && s_axis_raw_l1_tready;
    // the last raw byte taken (an escape's exponent byte)
    reg [7:0] last_raw1;
    always @(posedge aclk) if (hs1) last_raw1 <= s_axis_raw_l1_tdata;
    // in state a (loaded: the entry was written), past the block's initial state
    wire at1 = formal_lane_1_state_q == a && !formal_lane_1_init_q && wr_a;
    // the loaded entry of state a is a valid one (the table port wrote only valid entries)
    always @(*) if (wr_a) assert(formal_lane_1_tables_nb <= R && (formal_lane_1_tables_base & ~({R{1'b1}} << formal_lane_1_tables_nb)) == 0);
    always @(*) if (past_reset) begin
        // a block's initial state: the first R bits of the buffer
        if (formal_lane_1_fire && formal_lane_1_init_q) begin
            assert(formal_lane_1_state_nx == cat1[R-1:0]);
            assert({2'd0, formal_lane_1_p_q} + R <= have1);
        end
        // the state transition from state a: next state = base | the next nb bits, buffered
        if (formal_lane_1_fire && at1) begin
            assert(formal_lane_1_state_nx == (formal_lane_1_tables_base | (cat1[R-1:0] & mask1)));
            assert({2'd0, formal_lane_1_p_q} + formal_lane_1_tables_nb <= have1);
        end
        // a raw byte taken in state a: the value follows the code map of the state's code
        // ({sign, exp, mantissa}: exp the code map's, sign and mantissa the raw byte), or, for the
        // escape, no value yet: the escape cycle follows
        if (at1 && !formal_lane_1_esc_q && hs1) begin
            if (formal_lane_1_tables_cmap[8]) begin
                assert(!formal_lane_1_m_valid_d && formal_lane_1_esc_d);
            end else begin
                assert(formal_lane_1_m_valid_d && formal_lane_1_free);
                assert(value1 == {s_axis_raw_l1_tdata[7], formal_lane_1_tables_cmap[7:0], s_axis_raw_l1_tdata[6:0]});
            end
        end
        // the escape cycle: the exponent is the raw byte taken before, then {sign, mantissa}
        if (formal_lane_1_esc_q) assert(formal_lane_1_esc_exp_q == last_raw1);
        if (formal_lane_1_esc_q && formal_lane_1_m_valid_d) assert(formal_lane_1_free && value1 == {s_axis_raw_l1_tdata[7], last_raw1, s_axis_raw_l1_tdata[6:0]});
    end
    always @(*) begin
        cover(formal_lane_1_fire && at1);
        cover(at1 && !formal_lane_1_esc_q && hs1 && !formal_lane_1_tables_cmap[8]);
        cover(at1 && !formal_lane_1_esc_q && hs1 && formal_lane_1_tables_cmap[8]);
        cover(formal_lane_1_esc_q && formal_lane_1_m_valid_d);
    end

    // ---- core formal_lane_2_: the entry of state a and the code map entry of its code (read port)
    assign formal_lane_2_tables_rstate = a;
    assign formal_lane_2_tables_rcode = formal_lane_2_tables_code;
    // the tANS bits buffered, from the pointer on (LSB-first), and how many the buffer holds
    wire [15:0] cat2 = {formal_lane_2_w1_q, formal_lane_2_w0_q} >> formal_lane_2_p_q;
    wire [4:0] have2 = formal_lane_2_v1_q ? 5'd16 : (formal_lane_2_v0_q ? 5'd8 : 5'd0);
    wire [R-1:0] mask2 = ~({R{1'b1}} << formal_lane_2_tables_nb);
    wire [15:0] value2 = {formal_lane_2_out_sign_d, formal_lane_2_out_exp_d, formal_lane_2_out_mant_d};
    wire hs2 = s_axis_raw_l2_tvalid && s_axis_raw_l2_tready;
    // the last raw byte taken (an escape's exponent byte)
    reg [7:0] last_raw2;
    always @(posedge aclk) if (hs2) last_raw2 <= s_axis_raw_l2_tdata;
    // in state a (loaded: the entry was written), past the block's initial state
    wire at2 = formal_lane_2_state_q == a && !formal_lane_2_init_q && wr_a;
    // the loaded entry of state a is a valid one (the table port wrote only valid entries)
    always @(*) if (wr_a) assert(formal_lane_2_tables_nb <= R && (formal_lane_2_tables_base & ~({R{1'b1}} << formal_lane_2_tables_nb)) == 0);
    always @(*) if (past_reset) begin
        // a block's initial state: the first R bits of the buffer
        if (formal_lane_2_fire && formal_lane_2_init_q) begin
            assert(formal_lane_2_state_nx == cat2[R-1:0]);
            assert({2'd0, formal_lane_2_p_q} + R <= have2);
        end
        // the state transition from state a: next state = base | the next nb bits, buffered
        if (formal_lane_2_fire && at2) begin
            assert(formal_lane_2_state_nx == (formal_lane_2_tables_base | (cat2[R-1:0] & mask2)));
            assert({2'd0, formal_lane_2_p_q} + formal_lane_2_tables_nb <= have2);
        end
        // a raw byte taken in state a: the value follows the code map of the state's code
        // ({sign, exp, mantissa}: exp the code map's, sign and mantissa the raw byte), or, for the
        // escape, no value yet: the escape cycle follows
        if (at2 && !formal_lane_2_esc_q && hs2) begin
            if (formal_lane_2_tables_cmap[8]) begin
                assert(!formal_lane_2_m_valid_d && formal_lane_2_esc_d);
            end else begin
                assert(formal_lane_2_m_valid_d && formal_lane_2_free);
                assert(value2 == {s_axis_raw_l2_tdata[7], formal_lane_2_tables_cmap[7:0], s_axis_raw_l2_tdata[6:0]});
            end
        end
        // the escape cycle: the exponent is the raw byte taken before, then {sign, mantissa}
        if (formal_lane_2_esc_q) assert(formal_lane_2_esc_exp_q == last_raw2);
        if (formal_lane_2_esc_q && formal_lane_2_m_valid_d) assert(formal_lane_2_free && value2 == {s_axis_raw_l2_tdata[7], last_raw2, s_axis_raw_l2_tdata[6:0]});
    end
    always @(*) begin
        cover(formal_lane_2_fire && at2);
        cover(at2 && !formal_lane_2_esc_q && hs2 && !formal_lane_2_tables_cmap[8]);
        cover(at2 && !formal_lane_2_esc_q && hs2 && formal_lane_2_tables_cmap[8]);
        cover(formal_lane_2_esc_q && formal_lane_2_m_valid_d);
    end

    // ---- core formal_lane_3_: the entry of state a and the code map entry of its code (read port)
    assign formal_lane_3_tables_rstate = a;
    assign formal_lane_3_tables_rcode = formal_lane_3_tables_code;
    // the tANS bits buffered, from the pointer on (LSB-first), and how many the buffer holds
    wire [15:0] cat3 = {formal_lane_3_w1_q, formal_lane_3_w0_q} >> formal_lane_3_p_q;
    wire [4:0] have3 = formal_lane_3_v1_q ? 5'd16 : (formal_lane_3_v0_q ? 5'd8 : 5'd0);
    wire [R-1:0] mask3 = ~({R{1'b1}} << formal_lane_3_tables_nb);
    wire [15:0] value3 = {formal_lane_3_out_sign_d, formal_lane_3_out_exp_d, formal_lane_3_out_mant_d};
    wire hs3 = s_axis_raw_l3_tvalid && s_axis_raw_l3_tready;
    // the last raw byte taken (an escape's exponent byte)
    reg [7:0] last_raw3;
    always @(posedge aclk) if (hs3) last_raw3 <= s_axis_raw_l3_tdata;
    // in state a (loaded: the entry was written), past the block's initial state
    wire at3 = formal_lane_3_state_q == a && !formal_lane_3_init_q && wr_a;
    // the loaded entry of state a is a valid one (the table port wrote only valid entries)
    always @(*) if (wr_a) assert(formal_lane_3_tables_nb <= R && (formal_lane_3_tables_base & ~({R{1'b1}} << formal_lane_3_tables_nb)) == 0);
    always @(*) if (past_reset) begin
        // a block's initial state: the first R bits of the buffer
        if (formal_lane_3_fire && formal_lane_3_init_q) begin
            assert(formal_lane_3_state_nx == cat3[R-1:0]);
            assert({2'd0, formal_lane_3_p_q} + R <= have3);
        end
        // the state transition from state a: next state = base | the next nb bits, buffered
        if (formal_lane_3_fire && at3) begin
            assert(formal_lane_3_state_nx == (formal_lane_3_tables_base | (cat3[R-1:0] & mask3)));
            assert({2'd0, formal_lane_3_p_q} + formal_lane_3_tables_nb <= have3);
        end
        // a raw byte taken in state a: the value follows the code map of the state's code
        // ({sign, exp, mantissa}: exp the code map's, sign and mantissa the raw byte), or, for the
        // escape, no value yet: the escape cycle follows
        if (at3 && !formal_lane_3_esc_q && hs3) begin
            if (formal_lane_3_tables_cmap[8]) begin
                assert(!formal_lane_3_m_valid_d && formal_lane_3_esc_d);
            end else begin
                assert(formal_lane_3_m_valid_d && formal_lane_3_free);
                assert(value3 == {s_axis_raw_l3_tdata[7], formal_lane_3_tables_cmap[7:0], s_axis_raw_l3_tdata[6:0]});
            end
        end
        // the escape cycle: the exponent is the raw byte taken before, then {sign, mantissa}
        if (formal_lane_3_esc_q) assert(formal_lane_3_esc_exp_q == last_raw3);
        if (formal_lane_3_esc_q && formal_lane_3_m_valid_d) assert(formal_lane_3_free && value3 == {s_axis_raw_l3_tdata[7], last_raw3, s_axis_raw_l3_tdata[6:0]});
    end
    always @(*) begin
        cover(formal_lane_3_fire && at3);
        cover(at3 && !formal_lane_3_esc_q && hs3 && !formal_lane_3_tables_cmap[8]);
        cover(at3 && !formal_lane_3_esc_q && hs3 && formal_lane_3_tables_cmap[8]);
        cover(formal_lane_3_esc_q && formal_lane_3_m_valid_d);
    end

    // ---- core formal_lane_4_: the entry of state a and the code map entry of its code (read port)
    assign formal_lane_4_tables_rstate = a;
    assign formal_lane_4_tables_rcode = formal_lane_4_tables_code;
    // the tANS bits buffered, from the pointer on (LSB-first), and how many the buffer holds
    wire [15:0] cat4 = {formal_lane_4_w1_q, formal_lane_4_w0_q} >> formal_lane_4_p_q;
    wire [4:0] have4 = formal_lane_4_v1_q ? 5'd16 : (formal_lane_4_v0_q ? 5'd8 : 5'd0);
    wire [R-1:0] mask4 = ~({R{1'b1}} << formal_lane_4_tables_nb);
    wire [15:0] value4 = {formal_lane_4_out_sign_d, formal_lane_4_out_exp_d, formal_lane_4_out_mant_d};
    wire hs4 = s_axis_raw_l4_tvalid && s_axis_raw_l4_tready;
    // the last raw byte taken (an escape's exponent byte)
    reg [7:0] last_raw4;
    always @(posedge aclk) if (hs4) last_raw4 <= s_axis_raw_l4_tdata;
    // in state a (loaded: the entry was written), past the block's initial state
    wire at4 = formal_lane_4_state_q == a && !formal_lane_4_init_q && wr_a;
    // the loaded entry of state a is a valid one (the table port wrote only valid entries)
    always @(*) if (wr_a) assert(formal_lane_4_tables_nb <= R && (formal_lane_4_tables_base & ~({R{1'b1}} << formal_lane_4_tables_nb)) == 0);
    always @(*) if (past_reset) begin
        // a block's initial state: the first R bits of the buffer
        if (formal_lane_4_fire && formal_lane_4_init_q) begin
            assert(formal_lane_4_state_nx == cat4[R-1:0]);
            assert({2'd0, formal_lane_4_p_q} + R <= have4);
        end
        // the state transition from state a: next state = base | the next nb bits, buffered
        if (formal_lane_4_fire && at4) begin
            assert(formal_lane_4_state_nx == (formal_lane_4_tables_base | (cat4[R-1:0] & mask4)));
            assert({2'd0, formal_lane_4_p_q} + formal_lane_4_tables_nb <= have4);
        end
        // a raw byte taken in state a: the value follows the code map of the state's code
        // ({sign, exp, mantissa}: exp the code map's, sign and mantissa the raw byte), or, for the
        // escape, no value yet: the escape cycle follows
        if (at4 && !formal_lane_4_esc_q && hs4) begin
            if (formal_lane_4_tables_cmap[8]) begin
                assert(!formal_lane_4_m_valid_d && formal_lane_4_esc_d);
            end else begin
                assert(formal_lane_4_m_valid_d && formal_lane_4_free);
                assert(value4 == {s_axis_raw_l4_tdata[7], formal_lane_4_tables_cmap[7:0], s_axis_raw_l4_tdata[6:0]});
            end
        end
        // the escape cycle: the exponent is the raw byte taken before, then {sign, mantissa}
        if (formal_lane_4_esc_q) assert(formal_lane_4_esc_exp_q == last_raw4);
        if (formal_lane_4_esc_q && formal_lane_4_m_valid_d) assert(formal_lane_4_free && value4 == {s_axis_raw_l4_tdata[7], last_raw4, s_axis_raw_l4_tdata[6:0]});
    end
    always @(*) begin
        cover(formal_lane_4_fire && at4);
        cover(at4 && !formal_lane_4_esc_q && hs4 && !formal_lane_4_tables_cmap[8]);
        cover(at4 && !formal_lane_4_esc_q && hs4 && formal_lane_4_tables_cmap[8]);
        cover(formal_lane_4_esc_q && formal_lane_4_m_valid_d);
    end

    // ---- core formal_lane_5_: the entry of state a and the code map entry of its code (read port)
    assign formal_lane_5_tables_rstate = a;
    assign formal_lane_5_tables_rcode = formal_lane_5_tables_code;
    // the tANS bits buffered, from the pointer on (LSB-first), and how many the buffer holds
    wire [15:0] cat5 = {formal_lane_5_w1_q, formal_lane_5_w0_q} >> formal_lane_5_p_q;
    wire [4:0] have5 = formal_lane_5_v1_q ? 5'd16 : (formal_lane_5_v0_q ? 5'd8 : 5'd0);
    wire [R-1:0] mask5 = ~({R{1'b1}} << formal_lane_5_tables_nb);
    wire [15:0] value5 = {formal_lane_5_out_sign_d, formal_lane_5_out_exp_d, formal_lane_5_out_mant_d};
    wire hs5 = s_axis_raw_l5_tvalid && s_axis_raw_l5_tready;
    // the last raw byte taken (an escape's exponent byte)
    reg [7:0] last_raw5;
    always @(posedge aclk) if (hs5) last_raw5 <= s_axis_raw_l5_tdata;
    // in state a (loaded: the entry was written), past the block's initial state
    wire at5 = formal_lane_5_state_q == a && !formal_lane_5_init_q && wr_a;
    // the loaded entry of state a is a valid one (the table port wrote only valid entries)
    always @(*) if (wr_a) assert(formal_lane_5_tables_nb <= R && (formal_lane_5_tables_base & ~({R{1'b1}} << formal_lane_5_tables_nb)) == 0);
    always @(*) if (past_reset) begin
        // a block's initial state: the first R bits of the buffer
        if (formal_lane_5_fire && formal_lane_5_init_q) begin
            assert(formal_lane_5_state_nx == cat5[R-1:0]);
            assert({2'd0, formal_lane_5_p_q} + R <= have5);
        end
        // the state transition from state a: next state = base | the next nb bits, buffered
        if (formal_lane_5_fire && at5) begin
            assert(formal_lane_5_state_nx == (formal_lane_5_tables_base | (cat5[R-1:0] & mask5)));
            assert({2'd0, formal_lane_5_p_q} + formal_lane_5_tables_nb <= have5);
        end
        // a raw byte taken in state a: the value follows the code map of the state's code
        // ({sign, exp, mantissa}: exp the code map's, sign and mantissa the raw byte), or, for the
        // escape, no value yet: the escape cycle follows
        if (at5 && !formal_lane_5_esc_q && hs5) begin
            if (formal_lane_5_tables_cmap[8]) begin
                assert(!formal_lane_5_m_valid_d && formal_lane_5_esc_d);
            end else begin
                assert(formal_lane_5_m_valid_d && formal_lane_5_free);
                assert(value5 == {s_axis_raw_l5_tdata[7], formal_lane_5_tables_cmap[7:0], s_axis_raw_l5_tdata[6:0]});
            end
        end
        // the escape cycle: the exponent is the raw byte taken before, then {sign, mantissa}
        if (formal_lane_5_esc_q) assert(formal_lane_5_esc_exp_q == last_raw5);
        if (formal_lane_5_esc_q && formal_lane_5_m_valid_d) assert(formal_lane_5_free && value5 == {s_axis_raw_l5_tdata[7], last_raw5, s_axis_raw_l5_tdata[6:0]});
    end
    always @(*) begin
        cover(formal_lane_5_fire && at5);
        cover(at5 && !formal_lane_5_esc_q && hs5 && !formal_lane_5_tables_cmap[8]);
        cover(at5 && !formal_lane_5_esc_q && hs5 && formal_lane_5_tables_cmap[8]);
        cover(formal_lane_5_esc_q && formal_lane_5_m_valid_d);
    end

    // ---- core formal_lane_6_: the entry of state a and the code map entry of its code (read port)
    assign formal_lane_6_tables_rstate = a;
    assign formal_lane_6_tables_rcode = formal_lane_6_tables_code;
    // the tANS bits buffered, from the pointer on (LSB-first), and how many the buffer holds
    wire [15:0] cat6 = {formal_lane_6_w1_q, formal_lane_6_w0_q} >> formal_lane_6_p_q;
    wire [4:0] have6 = formal_lane_6_v1_q ? 5'd16 : (formal_lane_6_v0_q ? 5'd8 : 5'd0);
    wire [R-1:0] mask6 = ~({R{1'b1}} << formal_lane_6_tables_nb);
    wire [15:0] value6 = {formal_lane_6_out_sign_d, formal_lane_6_out_exp_d, formal_lane_6_out_mant_d};
    wire hs6 = s_axis_raw_l6_tvalid && s_axis_raw_l6_tready;
    // the last raw byte taken (an escape's exponent byte)
    reg [7:0] last_raw6;
    always @(posedge aclk) if (hs6) last_raw6 <= s_axis_raw_l6_tdata;
    // in state a (loaded: the entry was written), past the block's initial state
    wire at6 = formal_lane_6_state_q == a && !formal_lane_6_init_q && wr_a;
    // the loaded entry of state a is a valid one (the table port wrote only valid entries)
    always @(*) if (wr_a) assert(formal_lane_6_tables_nb <= R && (formal_lane_6_tables_base & ~({R{1'b1}} << formal_lane_6_tables_nb)) == 0);
    always @(*) if (past_reset) begin
        // a block's initial state: the first R bits of the buffer
        if (formal_lane_6_fire && formal_lane_6_init_q) begin
            assert(formal_lane_6_state_nx == cat6[R-1:0]);
            assert({2'd0, formal_lane_6_p_q} + R <= have6);
        end
        // the state transition from state a: next state = base | the next nb bits, buffered
        if (formal_lane_6_fire && at6) begin
            assert(formal_lane_6_state_nx == (formal_lane_6_tables_base | (cat6[R-1:0] & mask6)));
            assert({2'd0, formal_lane_6_p_q} + formal_lane_6_tables_nb <= have6);
        end
        // a raw byte taken in state a: the value follows the code map of the state's code
        // ({sign, exp, mantissa}: exp the code map's, sign and mantissa the raw byte), or, for the
        // escape, no value yet: the escape cycle follows
        if (at6 && !formal_lane_6_esc_q && hs6) begin
            if (formal_lane_6_tables_cmap[8]) begin
                assert(!formal_lane_6_m_valid_d && formal_lane_6_esc_d);
            end else begin
                assert(formal_lane_6_m_valid_d && formal_lane_6_free);
                assert(value6 == {s_axis_raw_l6_tdata[7], formal_lane_6_tables_cmap[7:0], s_axis_raw_l6_tdata[6:0]});
            end
        end
        // the escape cycle: the exponent is the raw byte taken before, then {sign, mantissa}
        if (formal_lane_6_esc_q) assert(formal_lane_6_esc_exp_q == last_raw6);
        if (formal_lane_6_esc_q && formal_lane_6_m_valid_d) assert(formal_lane_6_free && value6 == {s_axis_raw_l6_tdata[7], last_raw6, s_axis_raw_l6_tdata[6:0]});
    end
    always @(*) begin
        cover(formal_lane_6_fire && at6);
        cover(at6 && !formal_lane_6_esc_q && hs6 && !formal_lane_6_tables_cmap[8]);
        cover(at6 && !formal_lane_6_esc_q && hs6 && formal_lane_6_tables_cmap[8]);
        cover(formal_lane_6_esc_q && formal_lane_6_m_valid_d);
    end

    // ---- core formal_lane_7_: the entry of state a and the code map entry of its code (read port)
    assign formal_lane_7_tables_rstate = a;
    assign formal_lane_7_tables_rcode = formal_lane_7_tables_code;
    // the tANS bits buffered, from the pointer on (LSB-first), and how many the buffer holds
    wire [15:0] cat7 = {formal_lane_7_w1_q, formal_lane_7_w0_q} >> formal_lane_7_p_q;
    wire [4:0] have7 = formal_lane_7_v1_q ? 5'd16 : (formal_lane_7_v0_q ? 5'd8 : 5'd0);
    wire [R-1:0] mask7 = ~({R{1'b1}} << formal_lane_7_tables_nb);
    wire [15:0] value7 = {formal_lane_7_out_sign_d, formal_lane_7_out_exp_d, formal_lane_7_out_mant_d};
    wire hs7 = s_axis_raw_l7_tvalid && s_axis_raw_l7_tready;
    // the last raw byte taken (an escape's exponent byte)
    reg [7:0] last_raw7;
    always @(posedge aclk) if (hs7) last_raw7 <= s_axis_raw_l7_tdata;
    // in state a (loaded: the entry was written), past the block's initial state
    wire at7 = formal_lane_7_state_q == a && !formal_lane_7_init_q && wr_a;
    // the loaded entry of state a is a valid one (the table port wrote only valid entries)
    always @(*) if (wr_a) assert(formal_lane_7_tables_nb <= R && (formal_lane_7_tables_base & ~({R{1'b1}} << formal_lane_7_tables_nb)) == 0);
    always @(*) if (past_reset) begin
        // a block's initial state: the first R bits of the buffer
        if (formal_lane_7_fire && formal_lane_7_init_q) begin
            assert(formal_lane_7_state_nx == cat7[R-1:0]);
            assert({2'd0, formal_lane_7_p_q} + R <= have7);
        end
        // the state transition from state a: next state = base | the next nb bits, buffered
        if (formal_lane_7_fire && at7) begin
            assert(formal_lane_7_state_nx == (formal_lane_7_tables_base | (cat7[R-1:0] & mask7)));
            assert({2'd0, formal_lane_7_p_q} + formal_lane_7_tables_nb <= have7);
        end
        // a raw byte taken in state a: the value follows the code map of the state's code
        // ({sign, exp, mantissa}: exp the code map's, sign and mantissa the raw byte), or, for the
        // escape, no value yet: the escape cycle follows
        if (at7 && !formal_lane_7_esc_q && hs7) begin
            if (formal_lane_7_tables_cmap[8]) begin
                assert(!formal_lane_7_m_valid_d && formal_lane_7_esc_d);
            end else begin
                assert(formal_lane_7_m_valid_d && formal_lane_7_free);
                assert(value7 == {s_axis_raw_l7_tdata[7], formal_lane_7_tables_cmap[7:0], s_axis_raw_l7_tdata[6:0]});
            end
        end
        // the escape cycle: the exponent is the raw byte taken before, then {sign, mantissa}
        if (formal_lane_7_esc_q) assert(formal_lane_7_esc_exp_q == last_raw7);
        if (formal_lane_7_esc_q && formal_lane_7_m_valid_d) assert(formal_lane_7_free && value7 == {s_axis_raw_l7_tdata[7], last_raw7, s_axis_raw_l7_tdata[6:0]});
    end
    always @(*) begin
        cover(formal_lane_7_fire && at7);
        cover(at7 && !formal_lane_7_esc_q && hs7 && !formal_lane_7_tables_cmap[8]);
        cover(at7 && !formal_lane_7_esc_q && hs7 && formal_lane_7_tables_cmap[8]);
        cover(formal_lane_7_esc_q && formal_lane_7_m_valid_d);
    end
endmodule
`default_nettype wire

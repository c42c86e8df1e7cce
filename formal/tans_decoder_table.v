// tans_decoder_table.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Table proof of tans_decoder (R = 6): state transitions and values follow the loaded table, read through the FORMAL read port (k-induction).
`default_nettype none
module formal_tans_decoder_table (
    input wire aclk,
    input wire aresetn,
    input wire [7:0] s_axis_ans_tdata,
    input wire [15:0] s_axis_ans_tuser,
    input wire s_axis_ans_tvalid,
    input wire s_axis_ans_tlast,
    input wire [7:0] s_axis_raw_tdata,
    input wire s_axis_raw_tvalid,
    input wire s_axis_raw_tlast,
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
    wire s_axis_ans_tready;
    wire s_axis_raw_tready;
    wire [15:0] m_axis_tdata;
    wire m_axis_tvalid;
    wire m_axis_tlast;
    wire [5:0] formal_state_q;
    wire formal_fire;
    wire [5:0] formal_state_nx;
    wire formal_init_q;
    wire [2:0] formal_p_q;
    wire [7:0] formal_w0_q;
    wire [7:0] formal_w1_q;
    wire formal_v0_q;
    wire formal_v1_q;
    wire formal_free;
    wire formal_out_sign_d;
    wire [7:0] formal_out_exp_d;
    wire [6:0] formal_out_mant_d;
    wire formal_m_valid_d;
    wire formal_esc_q;
    wire formal_esc_d;
    wire [7:0] formal_esc_exp_q;
    wire [5:0] formal_tables_rstate;
    wire [3:0] formal_tables_rcode;
    wire [3:0] formal_tables_code;
    wire [2:0] formal_tables_nb;
    wire [5:0] formal_tables_base;
    wire [8:0] formal_tables_cmap;
    // every trace starts in reset; the checks hold from the first cycle after a reset on
    initial assume(!aresetn);
    reg past_reset;
    initial past_reset = 1'b0;
    always @(posedge aclk) if (!aresetn) past_reset <= 1'b1;
    tans_decoder dut (
        .aclk(aclk),
        .aresetn(aresetn),
        .s_axis_ans_tdata(s_axis_ans_tdata),
        .s_axis_ans_tuser(s_axis_ans_tuser),
        .s_axis_ans_tvalid(s_axis_ans_tvalid),
        .s_axis_ans_tready(s_axis_ans_tready),
        .s_axis_ans_tlast(s_axis_ans_tlast),
        .s_axis_raw_tdata(s_axis_raw_tdata),
        .s_axis_raw_tvalid(s_axis_raw_tvalid),
        .s_axis_raw_tready(s_axis_raw_tready),
        .s_axis_raw_tlast(s_axis_raw_tlast),
        .m_axis_tdata(m_axis_tdata),
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
        .formal_state_q(formal_state_q),
        .formal_fire(formal_fire),
        .formal_state_nx(formal_state_nx),
        .formal_init_q(formal_init_q),
        .formal_p_q(formal_p_q),
        .formal_w0_q(formal_w0_q),
        .formal_w1_q(formal_w1_q),
        .formal_v0_q(formal_v0_q),
        .formal_v1_q(formal_v1_q),
        .formal_free(formal_free),
        .formal_out_sign_d(formal_out_sign_d),
        .formal_out_exp_d(formal_out_exp_d),
        .formal_out_mant_d(formal_out_mant_d),
        .formal_m_valid_d(formal_m_valid_d),
        .formal_esc_q(formal_esc_q),
        .formal_esc_d(formal_esc_d),
        .formal_esc_exp_q(formal_esc_exp_q),
        .formal_tables_rstate(formal_tables_rstate),
        .formal_tables_rcode(formal_tables_rcode),
        .formal_tables_code(formal_tables_code),
        .formal_tables_nb(formal_tables_nb),
        .formal_tables_base(formal_tables_base),
        .formal_tables_cmap(formal_tables_cmap)
    );
    // a free constant state a, and whether its decode entry was written (a loaded entry)
    (* anyconst *) reg [R-1:0] a;
    reg wr_a;
    initial wr_a = 1'b0;
    always @(posedge aclk) if (tbl_we && tbl_addr == {1'b0, a}) wr_a <= 1'b1;
    // every decode entry written is a valid one (FORMAT.md 3.2, formal::tans_valid_entry_verilog)
    always @(*) if (tbl_we && !tbl_addr[R]) assume(tbl_nb <= R && (tbl_base & ~({R{1'b1}} << tbl_nb)) == 0);

    // ---- core formal_: the entry of state a and the code map entry of its code (read port)
    assign formal_tables_rstate = a;
    assign formal_tables_rcode = formal_tables_code;
    // the tANS bits buffered, from the pointer on (LSB-first), and how many the buffer holds
    wire [15:0] cat = {formal_w1_q, formal_w0_q} >> formal_p_q;
    wire [4:0] have = formal_v1_q ? 5'd16 : (formal_v0_q ? 5'd8 : 5'd0);
    wire [R-1:0] mask = ~({R{1'b1}} << formal_tables_nb);
    wire [15:0] value = {formal_out_sign_d, formal_out_exp_d, formal_out_mant_d};
    wire hs = s_axis_raw_tvalid && s_axis_raw_tready;
    // the last raw byte taken (an escape's exponent byte)
    reg [7:0] last_raw;
    always @(posedge aclk) if (hs) last_raw <= s_axis_raw_tdata;
    // in state a (loaded: the entry was written), past the block's initial state
    wire at = formal_state_q == a && !formal_init_q && wr_a;
    // the loaded entry of state a is a valid one (the table port wrote only valid entries)
    always @(*) if (wr_a) assert(formal_tables_nb <= R && (formal_tables_base & ~({R{1'b1}} << formal_tables_nb)) == 0);
    always @(*) if (past_reset) begin
        // a block's initial state: the first R bits of the buffer
        if (formal_fire && formal_init_q) begin
            assert(formal_state_nx == cat[R-1:0]);
            assert({2'd0, formal_p_q} + R <= have);
        end
        // the state transition from state a: next state = base | the next nb bits, buffered
        if (formal_fire && at) begin
            assert(formal_state_nx == (formal_tables_base | (cat[R-1:0] & mask)));
            assert({2'd0, formal_p_q} + formal_tables_nb <= have);
        end
        // a raw byte taken in state a: the value follows the code map of the state's code
        // ({sign, exp, mantissa}: exp the code map's, sign and mantissa the raw byte), or, for the
        // escape, no value yet: the escape cycle follows
        if (at && !formal_esc_q && hs) begin
            if (formal_tables_cmap[8]) begin
                assert(!formal_m_valid_d && formal_esc_d);
            end else begin
                assert(formal_m_valid_d && formal_free);
                assert(value == {s_axis_raw_tdata[7], formal_tables_cmap[7:0], s_axis_raw_tdata[6:0]});
            end
        end
        // the escape cycle: the exponent is the raw byte taken before, then {sign, mantissa}
        if (formal_esc_q) assert(formal_esc_exp_q == last_raw);
        if (formal_esc_q && formal_m_valid_d) assert(formal_free && value == {s_axis_raw_tdata[7], last_raw, s_axis_raw_tdata[6:0]});
    end
    always @(*) begin
        cover(formal_fire && at);
        cover(at && !formal_esc_q && hs && !formal_tables_cmap[8]);
        cover(at && !formal_esc_q && hs && formal_tables_cmap[8]);
        cover(formal_esc_q && formal_m_valid_d);
    end
endmodule
`default_nettype wire

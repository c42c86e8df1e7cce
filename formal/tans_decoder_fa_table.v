// tans_decoder_fa_table.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Table proof of tans_decoder_fa (R = 6): state transitions and values follow the loaded table, read through the FORMAL read port (k-induction).
`default_nettype none
module formal_tans_decoder_fa_table (
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
    input wire [3:0] tbl_nbits,
    input wire tbl_esc
);
    localparam R = 6;
    wire s_axis_ans_tready;
    wire s_axis_raw_tready;
    wire [15:0] m_axis_tdata;
    wire m_axis_tvalid;
    wire m_axis_tlast;
    wire [5:0] formal_state_q;
    wire [5:0] formal_state_d;
    wire formal_init_q;
    wire [3:0] formal_p_q;
    wire [7:0] formal_w0_q;
    wire [7:0] formal_w1_q;
    wire formal_v0_q;
    wire formal_v1_q;
    wire [7:0] formal_r0_q;
    wire [7:0] formal_r1_q;
    wire formal_u0_q;
    wire formal_u1_q;
    wire [3:0] formal_q_q;
    wire formal_dec;
    wire formal_fire;
    wire formal_escf;
    wire formal_free;
    wire formal_out_sign_d;
    wire [7:0] formal_out_exp_d;
    wire [6:0] formal_out_mant_d;
    wire formal_m_valid_d;
    wire formal_esc_q;
    wire formal_esc_d;
    wire [7:0] formal_esc_exp_q;
    wire [7:0] formal_esc_exp_d;
    wire [5:0] formal_tables_rstate;
    wire [3:0] formal_tables_rcode;
    wire [3:0] formal_tables_code;
    wire [2:0] formal_tables_nb;
    wire [5:0] formal_tables_base;
    wire [12:0] formal_tables_cmap;
    // every trace starts in reset; the checks hold from the first cycle after a reset on
    initial assume(!aresetn);
    reg past_reset;
    initial past_reset = 1'b0;
    always @(posedge aclk) if (!aresetn) past_reset <= 1'b1;
    tans_decoder_fa dut (
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
        .tbl_nbits(tbl_nbits),
        .tbl_esc(tbl_esc),
        .formal_state_q(formal_state_q),
        .formal_state_d(formal_state_d),
        .formal_init_q(formal_init_q),
        .formal_p_q(formal_p_q),
        .formal_w0_q(formal_w0_q),
        .formal_w1_q(formal_w1_q),
        .formal_v0_q(formal_v0_q),
        .formal_v1_q(formal_v1_q),
        .formal_r0_q(formal_r0_q),
        .formal_r1_q(formal_r1_q),
        .formal_u0_q(formal_u0_q),
        .formal_u1_q(formal_u1_q),
        .formal_q_q(formal_q_q),
        .formal_dec(formal_dec),
        .formal_fire(formal_fire),
        .formal_escf(formal_escf),
        .formal_free(formal_free),
        .formal_out_sign_d(formal_out_sign_d),
        .formal_out_exp_d(formal_out_exp_d),
        .formal_out_mant_d(formal_out_mant_d),
        .formal_m_valid_d(formal_m_valid_d),
        .formal_esc_q(formal_esc_q),
        .formal_esc_d(formal_esc_d),
        .formal_esc_exp_q(formal_esc_exp_q),
        .formal_esc_exp_d(formal_esc_exp_d),
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

    // ---- the entry of state a and the code map entry {esc, nbits, exp} of code c (read port)
    (* anyconst *) reg [3:0] c;
    reg wr_c;
    initial wr_c = 1'b0;
    always @(posedge aclk) if (tbl_we && tbl_addr[R] && tbl_addr[3:0] == c) wr_c <= 1'b1;
    // every code map entry written reads at most 8 raw bits (FORMAT.md 3.1)
    always @(*) if (tbl_we && tbl_addr[R]) assume(tbl_nbits <= 4'd8);
    always @(*) if (wr_c) assert(formal_tables_cmap[11:8] <= 4'd8);
    assign formal_tables_rstate = a;
    assign formal_tables_rcode = c;
    // the tANS bits buffered from the pointer on (LSB-first), the raw bits (MSB-first)
    wire [15:0] cat = {formal_w1_q, formal_w0_q} >> formal_p_q;
    wire [4:0] have = formal_v1_q ? 5'd16 : (formal_v0_q ? 5'd8 : 5'd0);
    wire [15:0] rcat = {formal_r0_q, formal_r1_q} << formal_q_q;
    wire [7:0] rw = rcat[15:8];
    wire [4:0] rhave = formal_u1_q ? 5'd16 : (formal_u0_q ? 5'd8 : 5'd0);
    wire [R-1:0] mask = ~({R{1'b1}} << formal_tables_nb);
    wire [3:0] nbits = formal_tables_cmap[11:8];
    wire [7:0] field = rw & ~(8'hff >> nbits);
    wire [15:0] value = {formal_out_sign_d, formal_out_exp_d, formal_out_mant_d};
    // in state a (loaded), its code c (loaded), past the block's initial state
    wire at = formal_state_q == a && !formal_init_q && wr_a && formal_tables_code == c && wr_c;
    always @(*) if (past_reset) begin
        // the bit pointers stay within a byte, the buffers fill from their first byte
        assert(formal_p_q <= 4'd7 && formal_q_q <= 4'd7);
        assert((!formal_v1_q || formal_v0_q) && (!formal_u1_q || formal_u0_q));
        // a block's initial state: the first R bits of the buffer
        if (formal_fire) begin
            assert(formal_state_d == cat[R-1:0]);
            assert({1'd0, formal_p_q} + R <= have);
        end
        if (formal_dec && at) begin
            // next state = base | the next nb bits, buffered
            assert(formal_state_d == (formal_tables_base | (cat[R-1:0] & mask)));
            assert({1'd0, formal_p_q} + formal_tables_nb <= have);
            if (formal_tables_cmap[12]) begin
                // the escape: no value yet, its exponent the next 8 raw bits
                assert(!formal_m_valid_d && formal_esc_d && formal_esc_exp_d == rw);
                assert({1'd0, formal_q_q} + 5'd8 <= rhave);
            end else begin
                // the value: exponent from the code map, {sign, mantissa} the top nbits raw bits
                assert(formal_m_valid_d && formal_free);
                assert(value == {field[7], formal_tables_cmap[7:0], field[6:0]});
                assert({1'd0, formal_q_q} + nbits <= rhave);
            end
        end
        // the escape's value: its exponent, then the next 8 raw bits as {sign, mantissa}
        if (formal_escf) begin
            assert(formal_esc_q && formal_m_valid_d && formal_free);
            assert(value == {rw[7], formal_esc_exp_q, rw[6:0]});
            assert({1'd0, formal_q_q} + 5'd8 <= rhave);
        end
    end
    always @(*) begin
        cover(formal_dec && at);
        cover(formal_dec && at && !formal_tables_cmap[12] && nbits != 0 && nbits != 8);
        cover(formal_dec && at && formal_tables_cmap[12]);
        cover(formal_escf);
    end
endmodule
`default_nettype wire

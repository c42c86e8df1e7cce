// tans_decoder_ctx_table.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Table proof of tans_decoder_ctx (R = 6): state transitions and values follow the loaded table, read through the FORMAL read port (k-induction).
`default_nettype none
module formal_tans_decoder_ctx_table (
    input wire aclk,
    input wire aresetn,
    input wire [7:0] s_axis_ans_tdata,
    input wire [15:0] s_axis_ans_tuser,
    input wire s_axis_ans_tvalid,
    input wire s_axis_ans_tlast,
    input wire [15:0] s_axis_raw_tdata,
    input wire [1:0] s_axis_raw_tkeep,
    input wire s_axis_raw_tvalid,
    input wire s_axis_raw_tlast,
    input wire m_axis_tready,
    input wire tbl_we,
    input wire [13:0] tbl_addr,
    input wire [5:0] tbl_base,
    input wire [2:0] tbl_nb,
    input wire [3:0] tbl_nbits,
    input wire [3:0] tbl_k,
    input wire tbl_esc,
    input wire [15:0] tbl_value,
    input wire [3:0] tbl_class,
    input wire tbl_fp16,
    input wire [12:0] tbl_cols,
    input wire [11:0] tbl_first,
    input wire [11:0] tbl_step
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
    wire [2:0] formal_p_q;
    wire [7:0] formal_a0_q;
    wire [7:0] formal_a1_q;
    wire [7:0] formal_a2_q;
    wire [1:0] formal_ac_q;
    wire [7:0] formal_r0_q;
    wire [7:0] formal_r1_q;
    wire [7:0] formal_r2_q;
    wire [2:0] formal_q_q;
    wire [2:0] formal_rc_q;
    wire formal_dec;
    wire formal_fire;
    wire formal_escf;
    wire formal_tables_ren;
    wire [5:0] formal_tables_rstate;
    wire formal_esc_q;
    wire formal_esc_d;
    wire [7:0] formal_esc_exp_q;
    wire [7:0] formal_esc_exp_d;
    wire formal_m_valid_d;
    wire [15:0] formal_val_d;
    wire [33:0] formal_tables_rd;
    wire [3:0] formal_tables_cls_q;
    wire formal_tables_fp16_q;
    wire [9:0] formal_tables_raddr;
    wire [33:0] formal_tables_entry;
    // every trace starts in reset; the checks hold from the first cycle after a reset on
    initial assume(!aresetn);
    reg past_reset;
    initial past_reset = 1'b0;
    always @(posedge aclk) if (!aresetn) past_reset <= 1'b1;
    tans_decoder_ctx dut (
        .aclk(aclk),
        .aresetn(aresetn),
        .s_axis_ans_tdata(s_axis_ans_tdata),
        .s_axis_ans_tuser(s_axis_ans_tuser),
        .s_axis_ans_tvalid(s_axis_ans_tvalid),
        .s_axis_ans_tready(s_axis_ans_tready),
        .s_axis_ans_tlast(s_axis_ans_tlast),
        .s_axis_raw_tdata(s_axis_raw_tdata),
        .s_axis_raw_tkeep(s_axis_raw_tkeep),
        .s_axis_raw_tvalid(s_axis_raw_tvalid),
        .s_axis_raw_tready(s_axis_raw_tready),
        .s_axis_raw_tlast(s_axis_raw_tlast),
        .m_axis_tdata(m_axis_tdata),
        .m_axis_tvalid(m_axis_tvalid),
        .m_axis_tready(m_axis_tready),
        .m_axis_tlast(m_axis_tlast),
        .tbl_we(tbl_we),
        .tbl_addr(tbl_addr),
        .tbl_base(tbl_base),
        .tbl_nb(tbl_nb),
        .tbl_nbits(tbl_nbits),
        .tbl_k(tbl_k),
        .tbl_esc(tbl_esc),
        .tbl_value(tbl_value),
        .tbl_class(tbl_class),
        .tbl_fp16(tbl_fp16),
        .tbl_cols(tbl_cols),
        .tbl_first(tbl_first),
        .tbl_step(tbl_step),
        .formal_state_q(formal_state_q),
        .formal_state_d(formal_state_d),
        .formal_init_q(formal_init_q),
        .formal_p_q(formal_p_q),
        .formal_a0_q(formal_a0_q),
        .formal_a1_q(formal_a1_q),
        .formal_a2_q(formal_a2_q),
        .formal_ac_q(formal_ac_q),
        .formal_r0_q(formal_r0_q),
        .formal_r1_q(formal_r1_q),
        .formal_r2_q(formal_r2_q),
        .formal_q_q(formal_q_q),
        .formal_rc_q(formal_rc_q),
        .formal_dec(formal_dec),
        .formal_fire(formal_fire),
        .formal_escf(formal_escf),
        .formal_tables_ren(formal_tables_ren),
        .formal_tables_rstate(formal_tables_rstate),
        .formal_esc_q(formal_esc_q),
        .formal_esc_d(formal_esc_d),
        .formal_esc_exp_q(formal_esc_exp_q),
        .formal_esc_exp_d(formal_esc_exp_d),
        .formal_m_valid_d(formal_m_valid_d),
        .formal_val_d(formal_val_d),
        .formal_tables_rd(formal_tables_rd),
        .formal_tables_cls_q(formal_tables_cls_q),
        .formal_tables_fp16_q(formal_tables_fp16_q),
        .formal_tables_raddr(formal_tables_raddr),
        .formal_tables_entry(formal_tables_entry)
    );
    localparam EW = 34, NBW = 3, AW = 14;

    // the format: FMT (a parameter each prove task sets), or with FMT = -1 (the cover task) any
    parameter integer FMT = -1;
    (* anyconst *) reg fmt_any;
    wire fmt = FMT < 0 ? fmt_any : FMT[0];
    // ---- the decode entry at A = {class, state} (read port): {esc, k, nbits, value, nb, base}
    (* anyconst *) reg [R+3:0] A;
    assign formal_tables_raddr = A;
    wire [EW-1:0] e = formal_tables_entry;
    wire [R-1:0] e_base = e[R-1:0];
    wire [NBW-1:0] e_nb = e[R+NBW-1:R];
    wire [15:0] e_val = e[R+NBW+15:R+NBW];
    wire [3:0] e_nbits = e[R+NBW+19:R+NBW+16];
    wire [3:0] e_k = e[R+NBW+23:R+NBW+20];
    wire e_esc = e[R+NBW+24];
    wire dwrite = tbl_we && tbl_addr[AW-1:AW-2] == 2'd0;
    reg wr_a;
    initial wr_a = 1'b0;
    always @(posedge aclk) if (dwrite && tbl_addr[R+3:0] == A) wr_a <= 1'b1;
    // the configuration was written (its format is FMT)
    reg wr_cfg;
    initial wr_cfg = 1'b0;
    always @(posedge aclk) if (tbl_we && tbl_addr[AW-1:AW-2] == 2'd2) wr_cfg <= 1'b1;
    always @(*) if (tbl_we && tbl_addr[AW-1:AW-2] == 2'd2) assume(tbl_fp16 == fmt);
    always @(*) if (wr_cfg) assert(formal_tables_fp16_q == fmt);
    // every decode entry written is a valid one: the tANS step (FORMAT.md 3.2) and a valid joint
    // code of the format (FORMAT.md 5.1: k + nbits <= 1+M, no entry bits below the prefix)
    function ok_code(input f16, input [15:0] val, input [3:0] k, input [3:0] nbits, input esc);
        reg [10:0] vf;
        begin
            vf = f16 ? {val[15], val[9:0]} : {val[15], val[6:0], 3'd0};
            ok_code = esc || ({1'b0, k} + {1'b0, nbits} <= (f16 ? 5'd11 : 5'd8) && (vf & (11'h7ff >> k)) == 11'd0);
        end
    endfunction
    always @(*) if (dwrite) assume(tbl_nb <= R && (tbl_base & ~({R{1'b1}} << tbl_nb)) == 0 && ok_code(fmt, tbl_value, tbl_k, tbl_nbits, tbl_esc));
    always @(*) if (wr_a) assert(e_nb <= R && (e_base & ~({R{1'b1}} << e_nb)) == 0 && ok_code(fmt, e_val, e_k, e_nbits, e_esc));
    // the pipelined table read: the address rd was read from, and whether it was written since;
    // rd holds the entry it was read from, unless that was written since
    wire [R+3:0] raddr_next = formal_tables_ren ? {formal_tables_cls_q, formal_tables_rstate} : rd_addr;
    reg [R+3:0] rd_addr;
    reg stale;
    initial stale = 1'b1;
    // (from the first cycle on: not guarded by a reset, which does not touch the tables)
    always @(*) if (rd_addr == A && !stale && wr_a) assert(formal_tables_rd == e);
    always @(posedge aclk) begin
        rd_addr <= raddr_next;
        stale <= (formal_tables_ren ? 1'b0 : stale) | (dwrite && tbl_addr[R+3:0] == raddr_next);
    end
    // the buffers: tANS bits from the pointer on (LSB-first), raw bits (MSB-first)
    wire [23:0] cat = {formal_a2_q, formal_a1_q, formal_a0_q} >> formal_p_q;
    wire [5:0] have = {formal_ac_q, 3'd0};
    wire [23:0] rcat = {formal_r0_q, formal_r1_q, formal_r2_q} << formal_q_q;
    wire [15:0] w16 = rcat[23:8];
    wire [5:0] rhave = {formal_rc_q, 3'd0};
    wire [R-1:0] mask = ~({R{1'b1}} << e_nb);
    // the value of the entry's joint code (FORMAT.md 5.1, 5.3; as in the data proof's reference)
    wire [10:0] vfield = fmt ? {e_val[15], e_val[9:0]} : {e_val[15], e_val[6:0], 3'd0};
    wire [7:0] vexp = fmt ? {3'd0, e_val[14:10]} : e_val[14:7];
    wire [10:0] pre = vfield & ~(11'h7ff >> e_k);
    wire [15:0] rtop = w16 & ~(16'hffff >> e_nbits);
    wire [10:0] fld = pre | (rtop[15:5] >> e_k);
    wire [15:0] want = fmt ? {fld[10], vexp[4:0], fld[9:0]} : {fld[10], vexp, fld[9:3]};
    // the escape: E raw bits (the exponent), then in the escape cycle 1+M bits ({sign, mantissa})
    wire [7:0] xexp = fmt ? {3'd0, w16[15:11]} : w16[15:8];
    wire [15:0] want_esc = fmt ? {w16[15], formal_esc_exp_q[4:0], w16[14:5]} : {w16[15], formal_esc_exp_q, w16[14:8]};
    // the entry in rd is A's (loaded, not written since), past the block's initial state
    wire at = rd_addr == A && !stale && wr_a && wr_cfg && !formal_init_q;
    always @(*) if (past_reset) begin
        // the bit pointers stay within a byte; the read address's state is the state register's
        assert(formal_p_q <= 3'd7 && formal_q_q <= 3'd7);
        if (!formal_init_q) assert(rd_addr[R-1:0] == formal_state_q);
        // a block's initial state: the first R bits of the buffer
        if (formal_fire) begin
            assert(formal_state_d == cat[R-1:0] && formal_tables_rstate == cat[R-1:0]);
            assert({3'd0, formal_p_q} + R <= have);
        end
        if (formal_dec && at) begin
            // next state = base | the next nb bits, buffered (and the next read is at that state)
            assert(formal_state_d == (e_base | (cat[R-1:0] & mask)) && formal_tables_rstate == formal_state_d);
            assert({3'd0, formal_p_q} + e_nb <= have);
            if (e_esc) begin
                assert(!formal_m_valid_d && formal_esc_d && formal_esc_exp_d == xexp);
                assert({3'd0, formal_q_q} + (fmt ? 6'd5 : 6'd8) <= rhave);
            end else begin
                assert(formal_m_valid_d && formal_val_d == want);
                assert({3'd0, formal_q_q} + e_nbits <= rhave);
            end
        end
        if (formal_escf && wr_cfg) begin
            assert(formal_esc_q && formal_m_valid_d && formal_val_d == want_esc);
            assert({3'd0, formal_q_q} + (fmt ? 6'd11 : 6'd8) <= rhave);
        end
    end
    always @(*) begin
        cover(formal_dec && at);
        cover(formal_dec && at && !e_esc && e_k != 0 && e_nbits != 0);
        cover(formal_dec && at && e_esc);
        cover(formal_escf && wr_cfg);
    end
endmodule
`default_nettype wire

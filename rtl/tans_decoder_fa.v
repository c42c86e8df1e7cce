// tans_decoder_fa.v: GENERATED FILE, DO NOT EDIT.
// Generated from the rust-hdl description in crates/xnc-rtl by:
//   cargo run --release --bin gen-verilog
// Top module: tans_decoder_fa; every submodule is prefixed with `tans_decoder_fa_`.
`default_nettype none

module tans_decoder_fa(aclk,aresetn,s_axis_ans_tdata,s_axis_ans_tuser,s_axis_ans_tvalid,s_axis_ans_tready,s_axis_ans_tlast,s_axis_raw_tdata,s_axis_raw_tvalid,s_axis_raw_tready,m_axis_tdata,m_axis_tvalid,m_axis_tready,m_axis_tlast,tbl_we,tbl_addr,tbl_code,tbl_nb,tbl_base,tbl_exp,tbl_nbits,tbl_esc);

    // Module arguments
    input wire  aclk;
    input wire  aresetn;
    input wire  [7:0] s_axis_ans_tdata;
    input wire  [15:0] s_axis_ans_tuser;
    input wire  s_axis_ans_tvalid;
    output reg  s_axis_ans_tready;
    input wire  s_axis_ans_tlast;
    input wire  [7:0] s_axis_raw_tdata;
    input wire  s_axis_raw_tvalid;
    output reg  s_axis_raw_tready;
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
    input wire  [3:0] tbl_nbits;
    input wire  tbl_esc;

    // Constant declarations
    localparam  c_zero4 = 4'h0;
    localparam  c_eight4 = 4'h8;
    localparam  c_seven4 = 4'h7;
    localparam  c_zero16 = 16'h0;
    localparam  c_one16 = 16'h1;

    // Stub signals
    reg  tables_clock;
    reg  tables_we;
    reg  [6:0] tables_waddr;
    reg  [3:0] tables_wcode;
    reg  [2:0] tables_wnb;
    reg  [5:0] tables_wbase;
    reg  [7:0] tables_wexp;
    reg  [3:0] tables_wnbits;
    reg  tables_wesc;
    reg  [5:0] tables_state;
    reg  tables_init;
    reg  tables_esc_cycle;
    wire  [2:0] tables_nb;
    wire  [5:0] tables_base;
    wire  [5:0] tables_mask;
    wire  [7:0] tables_exp;
    wire  tables_esc;
    wire  [3:0] tables_nbits;
    wire  [6:0] tables_mmask;
    wire  tables_smask;
    reg  [7:0] window_lo;
    reg  [7:0] window_hi;
    reg  [3:0] window_sel;
    wire  [5:0] window_out;
    reg  [7:0] rwin_r0;
    reg  [7:0] rwin_r1;
    reg  [3:0] rwin_sel;
    wire  [7:0] rwin_out;
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
    reg  [7:0] r0_q_d;
    wire  [7:0] r0_q_q;
    reg  r0_q_clock;
    reg  [7:0] r1_q_d;
    wire  [7:0] r1_q_q;
    reg  r1_q_clock;
    reg  u0_q_d;
    wire  u0_q_q;
    reg  u0_q_clock;
    reg  u1_q_d;
    wire  u1_q_q;
    reg  u1_q_clock;
    reg  [3:0] q_q_d;
    wire  [3:0] q_q_q;
    reg  q_q_clock;
    reg  [15:0] cnt_q_d;
    wire  [15:0] cnt_q_q;
    reg  cnt_q_clock;
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

    // Local signals
    reg  [3:0] psum;
    reg  [3:0] qsum;
    reg  free;
    reg  bits_ok;
    reg  raw_ok;
    reg  dec;
    reg  escf;
    reg  fire;
    reg  out_fire;
    reg  rfire;
    reg  block_end;

    // Sub module instances
    tans_decoder_fa_tables tables(
        .clock(tables_clock),
        .we(tables_we),
        .waddr(tables_waddr),
        .wcode(tables_wcode),
        .wnb(tables_wnb),
        .wbase(tables_wbase),
        .wexp(tables_wexp),
        .wnbits(tables_wnbits),
        .wesc(tables_wesc),
        .state(tables_state),
        .init(tables_init),
        .esc_cycle(tables_esc_cycle),
        .nb(tables_nb),
        .base(tables_base),
        .mask(tables_mask),
        .exp(tables_exp),
        .esc(tables_esc),
        .nbits(tables_nbits),
        .mmask(tables_mmask),
        .smask(tables_smask)
    );
    tans_decoder_fa_window window(
        .lo(window_lo),
        .hi(window_hi),
        .sel(window_sel),
        .out(window_out)
    );
    tans_decoder_fa_rwin rwin(
        .r0(rwin_r0),
        .r1(rwin_r1),
        .sel(rwin_sel),
        .out(rwin_out)
    );
    tans_decoder_fa_out_q out_q(
        .clock(out_q_clock),
        .en(out_q_en),
        .sign(out_q_sign),
        .exp(out_q_exp),
        .mant(out_q_mant),
        .q(out_q_q)
    );
    tans_decoder_fa_init_q init_q(
        .d(init_q_d),
        .q(init_q_q),
        .clock(init_q_clock)
    );
    tans_decoder_fa_state_q state_q(
        .d(state_q_d),
        .q(state_q_q),
        .clock(state_q_clock)
    );
    tans_decoder_fa_w0_q w0_q(
        .d(w0_q_d),
        .q(w0_q_q),
        .clock(w0_q_clock)
    );
    tans_decoder_fa_w1_q w1_q(
        .d(w1_q_d),
        .q(w1_q_q),
        .clock(w1_q_clock)
    );
    tans_decoder_fa_v0_q v0_q(
        .d(v0_q_d),
        .q(v0_q_q),
        .clock(v0_q_clock)
    );
    tans_decoder_fa_v1_q v1_q(
        .d(v1_q_d),
        .q(v1_q_q),
        .clock(v1_q_clock)
    );
    tans_decoder_fa_p_q p_q(
        .d(p_q_d),
        .q(p_q_q),
        .clock(p_q_clock)
    );
    tans_decoder_fa_ans_last_q ans_last_q(
        .d(ans_last_q_d),
        .q(ans_last_q_q),
        .clock(ans_last_q_clock)
    );
    tans_decoder_fa_r0_q r0_q(
        .d(r0_q_d),
        .q(r0_q_q),
        .clock(r0_q_clock)
    );
    tans_decoder_fa_r1_q r1_q(
        .d(r1_q_d),
        .q(r1_q_q),
        .clock(r1_q_clock)
    );
    tans_decoder_fa_u0_q u0_q(
        .d(u0_q_d),
        .q(u0_q_q),
        .clock(u0_q_clock)
    );
    tans_decoder_fa_u1_q u1_q(
        .d(u1_q_d),
        .q(u1_q_q),
        .clock(u1_q_clock)
    );
    tans_decoder_fa_q_q q_q(
        .d(q_q_d),
        .q(q_q_q),
        .clock(q_q_clock)
    );
    tans_decoder_fa_cnt_q cnt_q(
        .d(cnt_q_d),
        .q(cnt_q_q),
        .clock(cnt_q_clock)
    );
    tans_decoder_fa_esc_q esc_q(
        .d(esc_q_d),
        .q(esc_q_q),
        .clock(esc_q_clock)
    );
    tans_decoder_fa_esc_exp_q esc_exp_q(
        .d(esc_exp_q_d),
        .q(esc_exp_q_q),
        .clock(esc_exp_q_clock)
    );
    tans_decoder_fa_m_valid_q m_valid_q(
        .d(m_valid_q_d),
        .q(m_valid_q_q),
        .clock(m_valid_q_clock)
    );
    tans_decoder_fa_m_last_q m_last_q(
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
        r0_q_clock = aclk;
        r1_q_clock = aclk;
        u0_q_clock = aclk;
        u1_q_clock = aclk;
        q_q_clock = aclk;
        cnt_q_clock = aclk;
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
        r0_q_d = r0_q_q;
        r1_q_d = r1_q_q;
        u0_q_d = u0_q_q;
        u1_q_d = u1_q_q;
        q_q_d = q_q_q;
        cnt_q_d = cnt_q_q;
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
        tables_wnbits = tbl_nbits;
        tables_wesc = tbl_esc;
        tables_state = state_q_q;
        tables_init = init_q_q;
        tables_esc_cycle = esc_q_q;
        window_lo = w0_q_q;
        window_hi = w1_q_q;
        window_sel = p_q_q;
        rwin_r0 = r0_q_q;
        rwin_r1 = r1_q_q;
        rwin_sel = q_q_q;
        psum = ({{1{1'b0}}, tables_nb}) + p_q_q;
        qsum = tables_nbits + q_q_q;
        free = ~m_valid_q_q | m_axis_tready;
        bits_ok = v1_q_q | ((psum <= c_eight4) & (v0_q_q | (psum == c_zero4)));
        raw_ok = u1_q_q | ((qsum <= c_eight4) & (u0_q_q | (qsum == c_zero4)));
        dec = aresetn & free & ~init_q_q & ~esc_q_q & bits_ok & raw_ok;
        escf = aresetn & free & esc_q_q & raw_ok;
        fire = bits_ok & init_q_q;
        out_fire = (dec & ~tables_esc) | escf;
        rfire = dec | escf;
        block_end = out_fire & (cnt_q_q == c_zero16);
        if (fire | dec) begin
            state_q_d = tables_base | (window_out & tables_mask);
            p_q_d = psum & c_seven4;
            init_q_d = 1'b0;
        end
        if ((fire | dec) & psum[32'h3]) begin
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
                    if (init_q_q) begin
                        cnt_q_d = s_axis_ans_tuser;
                    end
                end
            end
            if (aresetn & s_axis_ans_tvalid & s_axis_ans_tlast & ~v1_q_q) begin
                ans_last_q_d = 1'b1;
            end
        end
        if (rfire) begin
            q_q_d = qsum & c_seven4;
        end
        if (block_end) begin
            q_q_d = c_zero4;
        end
        if (block_end & (qsum > c_eight4)) begin
            s_axis_raw_tready = aresetn;
            u0_q_d = 1'b0;
            u1_q_d = 1'b0;
            if (aresetn & s_axis_raw_tvalid) begin
                r0_q_d = s_axis_raw_tdata;
                u0_q_d = 1'b1;
            end
        end
        else if ((rfire & ~block_end & qsum[32'h3]) | (block_end & (qsum != c_zero4))) begin
            s_axis_raw_tready = aresetn;
            r0_q_d = r1_q_q;
            u0_q_d = u1_q_q;
            u1_q_d = 1'b0;
            if (aresetn & s_axis_raw_tvalid) begin
                if (u1_q_q) begin
                    r1_q_d = s_axis_raw_tdata;
                    u1_q_d = 1'b1;
                end
                else begin
                    r0_q_d = s_axis_raw_tdata;
                    u0_q_d = 1'b1;
                end
            end
        end
        else begin
            s_axis_raw_tready = aresetn & ~u1_q_q;
            if (aresetn & ~u1_q_q & s_axis_raw_tvalid) begin
                if (u0_q_q) begin
                    r1_q_d = s_axis_raw_tdata;
                    u1_q_d = 1'b1;
                end
                else begin
                    r0_q_d = s_axis_raw_tdata;
                    u0_q_d = 1'b1;
                end
            end
        end
        if (dec & tables_esc) begin
            esc_q_d = 1'b1;
            esc_exp_q_d = rwin_out;
        end
        if (escf) begin
            esc_q_d = 1'b0;
        end
        out_q_en = free;
        out_q_sign = rwin_out[32'h7] & tables_smask;
        out_q_mant = (rwin_out[6:0]) & tables_mmask;
        if (esc_q_q) begin
            out_q_exp = esc_exp_q_q;
        end
        else begin
            out_q_exp = tables_exp;
        end
        if (free) begin
            m_valid_q_d = out_fire;
            m_last_q_d = block_end;
        end
        if (out_fire) begin
            cnt_q_d = cnt_q_q - c_one16;
        end
        m_axis_tdata = out_q_q;
        m_axis_tvalid = m_valid_q_q;
        m_axis_tlast = m_last_q_q;
        if (block_end | ~aresetn) begin
            init_q_d = 1'b1;
            v0_q_d = 1'b0;
            v1_q_d = 1'b0;
            p_q_d = c_zero4;
            ans_last_q_d = 1'b0;
        end
        if (~aresetn) begin
            u0_q_d = 1'b0;
            u1_q_d = 1'b0;
            q_q_d = c_zero4;
            esc_q_d = 1'b0;
            m_valid_q_d = 1'b0;
            m_last_q_d = 1'b0;
        end
    end

endmodule // tans_decoder_fa

module tans_decoder_fa_ans_last_q(d,q,clock);

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

endmodule // tans_decoder_fa_ans_last_q

module tans_decoder_fa_cnt_q(d,q,clock);

    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 16'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // tans_decoder_fa_cnt_q

module tans_decoder_fa_esc_exp_q(d,q,clock);

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

endmodule // tans_decoder_fa_esc_exp_q

module tans_decoder_fa_esc_q(d,q,clock);

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

endmodule // tans_decoder_fa_esc_q

module tans_decoder_fa_init_q(d,q,clock);

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

endmodule // tans_decoder_fa_init_q

module tans_decoder_fa_m_last_q(d,q,clock);

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

endmodule // tans_decoder_fa_m_last_q

module tans_decoder_fa_m_valid_q(d,q,clock);

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

endmodule // tans_decoder_fa_m_valid_q

module tans_decoder_fa_out_q(clock,en,sign,exp,mant,q);

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
endmodule // tans_decoder_fa_out_q

module tans_decoder_fa_p_q(d,q,clock);

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

endmodule // tans_decoder_fa_p_q

module tans_decoder_fa_q_q(d,q,clock);

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

endmodule // tans_decoder_fa_q_q

module tans_decoder_fa_r0_q(d,q,clock);

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

endmodule // tans_decoder_fa_r0_q

module tans_decoder_fa_r1_q(d,q,clock);

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

endmodule // tans_decoder_fa_r1_q

module tans_decoder_fa_rwin(r0,r1,sel,out);

    // Module arguments
    input wire  [7:0] r0;
    input wire  [7:0] r1;
    input wire  [3:0] sel;
    output reg  [7:0] out;

    // Update code (custom)
    wire [15:0] cat = {r0, r1};
    wire [3:0] lsb = 4'd8 - sel;

    always @(*) out = cat[lsb +: 8];
endmodule // tans_decoder_fa_rwin

module tans_decoder_fa_state_q(d,q,clock);

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

endmodule // tans_decoder_fa_state_q

module tans_decoder_fa_tables(clock,we,waddr,wcode,wnb,wbase,wexp,wnbits,wesc,state,init,esc_cycle,nb,base,mask,exp,esc,nbits,mmask,smask);

    // Module arguments
    input wire  clock;
    input wire  we;
    input wire  [6:0] waddr;
    input wire  [3:0] wcode;
    input wire  [2:0] wnb;
    input wire  [5:0] wbase;
    input wire  [7:0] wexp;
    input wire  [3:0] wnbits;
    input wire  wesc;
    input wire  [5:0] state;
    input wire  init;
    input wire  esc_cycle;
    output reg  [2:0] nb;
    output reg  [5:0] base;
    output reg  [5:0] mask;
    output reg  [7:0] exp;
    output reg  esc;
    output reg  [3:0] nbits;
    output reg  [6:0] mmask;
    output reg  smask;

    // Update code (custom)
    reg [3:0] code_mem [0:63];
    reg [2:0] nb_mem [0:63];
    reg [5:0] base_mem [0:63];
    reg [12:0] cmap_mem [0:15];
    reg [3:0] code_rd;
    reg [7:0] fmask;
    integer i;

    // Zero at power-up, as in the Rust simulation (and LUT INIT values in synthesis).
    initial begin
        for (i = 0; i < 64; i = i + 1) begin
            code_mem[i[5:0]] = 4'h0;
            nb_mem[i[5:0]] = 3'h0;
            base_mem[i[5:0]] = 6'h0;
        end
        for (i = 0; i < 16; i = i + 1) cmap_mem[i[3:0]] = 13'h0;
    end

    always @(posedge clock) begin
        if (we && !waddr[6]) begin
            code_mem[waddr[5:0]] <= wcode;
            nb_mem[waddr[5:0]] <= wnb;
            base_mem[waddr[5:0]] <= wbase;
        end
        if (we && waddr[6]) cmap_mem[waddr[3:0]] <= {wesc, wnbits, wexp};
    end

    always @(*) begin
        code_rd = code_mem[state];
        {esc, nbits, exp} = cmap_mem[code_rd];
        if (esc_cycle || esc) nbits = 4'd8;
        if (init) begin
            nb = 3'd6;
            base = 6'h0;
        end else begin
            nb = nb_mem[state];
            base = base_mem[state];
        end
        mask = ~({6{1'b1}} << nb);
        fmask = ~(8'hff >> nbits);
        mmask = fmask[6:0];
        smask = fmask[7];
    end
endmodule // tans_decoder_fa_tables

module tans_decoder_fa_u0_q(d,q,clock);

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

endmodule // tans_decoder_fa_u0_q

module tans_decoder_fa_u1_q(d,q,clock);

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

endmodule // tans_decoder_fa_u1_q

module tans_decoder_fa_v0_q(d,q,clock);

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

endmodule // tans_decoder_fa_v0_q

module tans_decoder_fa_v1_q(d,q,clock);

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

endmodule // tans_decoder_fa_v1_q

module tans_decoder_fa_w0_q(d,q,clock);

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

endmodule // tans_decoder_fa_w0_q

module tans_decoder_fa_w1_q(d,q,clock);

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

endmodule // tans_decoder_fa_w1_q

module tans_decoder_fa_window(lo,hi,sel,out);

    // Module arguments
    input wire  [7:0] lo;
    input wire  [7:0] hi;
    input wire  [3:0] sel;
    output reg  [5:0] out;

    // Update code (custom)
    wire [15:0] cat = {hi, lo};

    always @(*) out = cat[sel +: 6];
endmodule // tans_decoder_fa_window

`default_nettype wire

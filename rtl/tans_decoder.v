// tans_decoder.v: GENERATED FILE, DO NOT EDIT.
// Generated from the rust-hdl description in crates/xnc-rtl by:
//   cargo run --release --bin gen-verilog
// Top module: tans_decoder; every submodule is prefixed with `tans_decoder_`.
`default_nettype none

module tans_decoder(aclk,aresetn,s_axis_ans_tdata,s_axis_ans_tvalid,s_axis_ans_tready,s_axis_ans_tlast,s_axis_raw_tdata,s_axis_raw_tvalid,s_axis_raw_tready,s_axis_raw_tlast,m_axis_tdata,m_axis_tvalid,m_axis_tready,m_axis_tlast,tbl_we,tbl_addr,tbl_code,tbl_nb,tbl_base,tbl_exp,tbl_esc);

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
    localparam  c_r4 = 4'h6;
    localparam  c_ones_r = 6'b111111;
    localparam  c_zero_r = 6'b0;
    localparam  c_zero4 = 4'h0;
    localparam  c_eight4 = 4'h8;
    localparam  c_seven4 = 4'h7;
    localparam  c_low16 = 16'hff;
    localparam  c_sign16 = 16'h80;
    localparam  c_mant16 = 16'h7f;
    localparam  c_esc9 = 9'b100000000;
    localparam  c_states = 7'b1000000;

    // Stub signals
    reg  [5:0] code_ram_read_address;
    wire  [3:0] code_ram_read_data;
    reg  [5:0] code_ram_write_address;
    reg  code_ram_write_clock;
    reg  [3:0] code_ram_write_data;
    reg  code_ram_write_enable;
    reg  [5:0] nb_ram_read_address;
    wire  [2:0] nb_ram_read_data;
    reg  [5:0] nb_ram_write_address;
    reg  nb_ram_write_clock;
    reg  [2:0] nb_ram_write_data;
    reg  nb_ram_write_enable;
    reg  [5:0] base_ram_read_address;
    wire  [5:0] base_ram_read_data;
    reg  [5:0] base_ram_write_address;
    reg  base_ram_write_clock;
    reg  [5:0] base_ram_write_data;
    reg  base_ram_write_enable;
    reg  [3:0] cmap_ram_read_address;
    wire  [8:0] cmap_ram_read_data;
    reg  [3:0] cmap_ram_write_address;
    reg  cmap_ram_write_clock;
    reg  [8:0] cmap_ram_write_data;
    reg  cmap_ram_write_enable;
    reg  init_q_d;
    wire  init_q_q;
    reg  init_q_clock;
    reg  [5:0] state_q_d;
    wire  [5:0] state_q_q;
    reg  state_q_clock;
    reg  [15:0] bb_q_d;
    wire  [15:0] bb_q_q;
    reg  bb_q_clock;
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
    reg  [15:0] m_data_q_d;
    wire  [15:0] m_data_q_q;
    reg  m_data_q_clock;
    reg  m_valid_q_d;
    wire  m_valid_q_q;
    reg  m_valid_q_clock;
    reg  m_last_q_d;
    wire  m_last_q_q;
    reg  m_last_q_clock;

    // Local signals
    reg  sel_map;
    reg  [8:0] cmap_wdata;
    reg  [15:0] in16;
    reg  [15:0] raw16;
    reg  [5:0] win;
    reg  [5:0] mask;
    reg  [5:0] base_sel;
    reg  [3:0] p_sum;
    reg  out_free;
    reg  dec_en;
    reg  esc_en;
    reg  bits_ok;
    reg  fire_ans;
    reg  out_fire;
    reg  shift;

    // Sub module instances
    tans_decoder_code_ram code_ram(
        .read_address(code_ram_read_address),
        .read_data(code_ram_read_data),
        .write_address(code_ram_write_address),
        .write_clock(code_ram_write_clock),
        .write_data(code_ram_write_data),
        .write_enable(code_ram_write_enable)
    );
    tans_decoder_nb_ram nb_ram(
        .read_address(nb_ram_read_address),
        .read_data(nb_ram_read_data),
        .write_address(nb_ram_write_address),
        .write_clock(nb_ram_write_clock),
        .write_data(nb_ram_write_data),
        .write_enable(nb_ram_write_enable)
    );
    tans_decoder_base_ram base_ram(
        .read_address(base_ram_read_address),
        .read_data(base_ram_read_data),
        .write_address(base_ram_write_address),
        .write_clock(base_ram_write_clock),
        .write_data(base_ram_write_data),
        .write_enable(base_ram_write_enable)
    );
    tans_decoder_cmap_ram cmap_ram(
        .read_address(cmap_ram_read_address),
        .read_data(cmap_ram_read_data),
        .write_address(cmap_ram_write_address),
        .write_clock(cmap_ram_write_clock),
        .write_data(cmap_ram_write_data),
        .write_enable(cmap_ram_write_enable)
    );
    tans_decoder_init_q init_q(
        .d(init_q_d),
        .q(init_q_q),
        .clock(init_q_clock)
    );
    tans_decoder_state_q state_q(
        .d(state_q_d),
        .q(state_q_q),
        .clock(state_q_clock)
    );
    tans_decoder_bb_q bb_q(
        .d(bb_q_d),
        .q(bb_q_q),
        .clock(bb_q_clock)
    );
    tans_decoder_v0_q v0_q(
        .d(v0_q_d),
        .q(v0_q_q),
        .clock(v0_q_clock)
    );
    tans_decoder_v1_q v1_q(
        .d(v1_q_d),
        .q(v1_q_q),
        .clock(v1_q_clock)
    );
    tans_decoder_p_q p_q(
        .d(p_q_d),
        .q(p_q_q),
        .clock(p_q_clock)
    );
    tans_decoder_ans_last_q ans_last_q(
        .d(ans_last_q_d),
        .q(ans_last_q_q),
        .clock(ans_last_q_clock)
    );
    tans_decoder_esc_q esc_q(
        .d(esc_q_d),
        .q(esc_q_q),
        .clock(esc_q_clock)
    );
    tans_decoder_esc_exp_q esc_exp_q(
        .d(esc_exp_q_d),
        .q(esc_exp_q_q),
        .clock(esc_exp_q_clock)
    );
    tans_decoder_m_data_q m_data_q(
        .d(m_data_q_d),
        .q(m_data_q_q),
        .clock(m_data_q_clock)
    );
    tans_decoder_m_valid_q m_valid_q(
        .d(m_valid_q_d),
        .q(m_valid_q_q),
        .clock(m_valid_q_clock)
    );
    tans_decoder_m_last_q m_last_q(
        .d(m_last_q_d),
        .q(m_last_q_q),
        .clock(m_last_q_clock)
    );

    // Update code
    always @(*) begin
        init_q_clock = aclk;
        state_q_clock = aclk;
        bb_q_clock = aclk;
        v0_q_clock = aclk;
        v1_q_clock = aclk;
        p_q_clock = aclk;
        ans_last_q_clock = aclk;
        esc_q_clock = aclk;
        esc_exp_q_clock = aclk;
        m_data_q_clock = aclk;
        m_valid_q_clock = aclk;
        m_last_q_clock = aclk;
        init_q_d = init_q_q;
        state_q_d = state_q_q;
        bb_q_d = bb_q_q;
        v0_q_d = v0_q_q;
        v1_q_d = v1_q_q;
        p_q_d = p_q_q;
        ans_last_q_d = ans_last_q_q;
        esc_q_d = esc_q_q;
        esc_exp_q_d = esc_exp_q_q;
        m_data_q_d = m_data_q_q;
        m_valid_q_d = m_valid_q_q;
        m_last_q_d = m_last_q_q;
        sel_map = tbl_addr >= c_states;
        cmap_wdata = ({{1{1'b0}}, tbl_exp});
        if (tbl_esc) begin
            cmap_wdata = ({{1{1'b0}}, tbl_exp}) | c_esc9;
        end
        code_ram_write_clock = aclk;
        nb_ram_write_clock = aclk;
        base_ram_write_clock = aclk;
        cmap_ram_write_clock = aclk;
        code_ram_write_enable = tbl_we & ~sel_map;
        nb_ram_write_enable = tbl_we & ~sel_map;
        base_ram_write_enable = tbl_we & ~sel_map;
        cmap_ram_write_enable = tbl_we & sel_map;
        code_ram_write_address = tbl_addr[(32'h0)+:(6)];
        nb_ram_write_address = tbl_addr[(32'h0)+:(6)];
        base_ram_write_address = tbl_addr[(32'h0)+:(6)];
        cmap_ram_write_address = tbl_addr[(32'h0)+:(4)];
        code_ram_write_data = tbl_code;
        nb_ram_write_data = tbl_nb;
        base_ram_write_data = tbl_base;
        cmap_ram_write_data = cmap_wdata;
        code_ram_read_address = state_q_q;
        nb_ram_read_address = state_q_q;
        base_ram_read_address = state_q_q;
        cmap_ram_read_address = code_ram_read_data;
        in16 = ({{8{1'b0}}, s_axis_ans_tdata});
        raw16 = ({{8{1'b0}}, s_axis_raw_tdata});
        win = bb_q_q[(p_q_q)+:(6)];
        if (init_q_q) begin
            mask = c_ones_r;
            base_sel = c_zero_r;
            p_sum = p_q_q + c_r4;
        end
        else begin
            mask = ~(c_ones_r << nb_ram_read_data);
            base_sel = base_ram_read_data;
            p_sum = p_q_q + ({{1{1'b0}}, nb_ram_read_data});
        end
        out_free = ~m_valid_q_q | m_axis_tready;
        dec_en = aresetn & ~init_q_q & ~esc_q_q & (~m_valid_q_q | m_axis_tready);
        esc_en = aresetn & esc_q_q & (~m_valid_q_q | m_axis_tready);
        bits_ok = v1_q_q | ((p_sum <= c_eight4) & (v0_q_q | (p_sum == c_zero4)));
        s_axis_raw_tready = (dec_en & bits_ok) | esc_en;
        fire_ans = bits_ok & (init_q_q | (dec_en & s_axis_raw_tvalid));
        shift = bits_ok & (init_q_q | (dec_en & s_axis_raw_tvalid)) & p_sum[32'h3];
        out_fire = (dec_en & bits_ok & s_axis_raw_tvalid & ~cmap_ram_read_data[32'h8]) | (esc_en & s_axis_raw_tvalid);
        if (fire_ans) begin
            state_q_d = base_sel | (win & mask);
            p_q_d = p_sum & c_seven4;
            init_q_d = 1'b0;
        end
        if (shift) begin
            s_axis_ans_tready = aresetn & ~ans_last_q_q;
            bb_q_d = bb_q_q >> 32'h8;
            v0_q_d = v1_q_q;
            v1_q_d = 1'b0;
            if (aresetn & ~ans_last_q_q & s_axis_ans_tvalid) begin
                if (v1_q_q) begin
                    bb_q_d = (bb_q_q >> 32'h8) | (in16 << 32'h8);
                    v1_q_d = 1'b1;
                end
                else begin
                    bb_q_d = in16;
                    v0_q_d = 1'b1;
                end
            end
        end
        else begin
            s_axis_ans_tready = aresetn & ~ans_last_q_q & ~v1_q_q;
            if (aresetn & ~ans_last_q_q & ~v1_q_q & s_axis_ans_tvalid) begin
                if (v0_q_q) begin
                    bb_q_d = (bb_q_q & c_low16) | (in16 << 32'h8);
                    v1_q_d = 1'b1;
                end
                else begin
                    bb_q_d = in16;
                    v0_q_d = 1'b1;
                end
            end
        end
        if (s_axis_ans_tvalid & s_axis_ans_tlast & aresetn & (~v1_q_q | shift)) begin
            ans_last_q_d = 1'b1;
        end
        if (dec_en & bits_ok & s_axis_raw_tvalid & cmap_ram_read_data[32'h8]) begin
            esc_q_d = 1'b1;
            esc_exp_q_d = s_axis_raw_tdata;
        end
        if (esc_en & s_axis_raw_tvalid) begin
            esc_q_d = 1'b0;
        end
        if (out_free) begin
            m_valid_q_d = out_fire;
            m_last_q_d = s_axis_raw_tlast;
            if (esc_q_q) begin
                m_data_q_d = ((raw16 & c_sign16) << 32'h8) | (({{8{1'b0}}, esc_exp_q_q}) << 32'h7) | (raw16 & c_mant16);
            end
            else begin
                m_data_q_d = ((raw16 & c_sign16) << 32'h8) | (({{7{1'b0}}, cmap_ram_read_data}) << 32'h7) | (raw16 & c_mant16);
            end
        end
        m_axis_tdata = m_data_q_q;
        m_axis_tvalid = m_valid_q_q;
        m_axis_tlast = m_last_q_q;
        if ((out_fire & s_axis_raw_tlast) | ~aresetn) begin
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

endmodule // tans_decoder

module tans_decoder_ans_last_q(d,q,clock);

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

endmodule // tans_decoder_ans_last_q

module tans_decoder_base_ram(read_address,read_data,write_address,write_clock,write_data,write_enable);

    // Module arguments
    input wire  [5:0] read_address;
    output reg  [5:0] read_data;
    input wire  [5:0] write_address;
    input wire  write_clock;
    input wire  [5:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    reg [5:0] mem [0:63];
    integer i;

    // Zero at power-up, as in the Rust simulation (and LUT INIT values in synthesis).
    initial begin
        for (i = 0; i < 64; i = i + 1) mem[i[5:0]] = {6{1'b0}};
    end

    always @(posedge write_clock) begin
        if (write_enable) mem[write_address] <= write_data;
    end

    always @(*) read_data = mem[read_address];
endmodule // tans_decoder_base_ram

module tans_decoder_bb_q(d,q,clock);

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

endmodule // tans_decoder_bb_q

module tans_decoder_cmap_ram(read_address,read_data,write_address,write_clock,write_data,write_enable);

    // Module arguments
    input wire  [3:0] read_address;
    output reg  [8:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [8:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    reg [8:0] mem [0:15];
    integer i;

    // Zero at power-up, as in the Rust simulation (and LUT INIT values in synthesis).
    initial begin
        for (i = 0; i < 16; i = i + 1) mem[i[3:0]] = {9{1'b0}};
    end

    always @(posedge write_clock) begin
        if (write_enable) mem[write_address] <= write_data;
    end

    always @(*) read_data = mem[read_address];
endmodule // tans_decoder_cmap_ram

module tans_decoder_code_ram(read_address,read_data,write_address,write_clock,write_data,write_enable);

    // Module arguments
    input wire  [5:0] read_address;
    output reg  [3:0] read_data;
    input wire  [5:0] write_address;
    input wire  write_clock;
    input wire  [3:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    reg [3:0] mem [0:63];
    integer i;

    // Zero at power-up, as in the Rust simulation (and LUT INIT values in synthesis).
    initial begin
        for (i = 0; i < 64; i = i + 1) mem[i[5:0]] = {4{1'b0}};
    end

    always @(posedge write_clock) begin
        if (write_enable) mem[write_address] <= write_data;
    end

    always @(*) read_data = mem[read_address];
endmodule // tans_decoder_code_ram

module tans_decoder_esc_exp_q(d,q,clock);

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

endmodule // tans_decoder_esc_exp_q

module tans_decoder_esc_q(d,q,clock);

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

endmodule // tans_decoder_esc_q

module tans_decoder_init_q(d,q,clock);

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

endmodule // tans_decoder_init_q

module tans_decoder_m_data_q(d,q,clock);

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

endmodule // tans_decoder_m_data_q

module tans_decoder_m_last_q(d,q,clock);

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

endmodule // tans_decoder_m_last_q

module tans_decoder_m_valid_q(d,q,clock);

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

endmodule // tans_decoder_m_valid_q

module tans_decoder_nb_ram(read_address,read_data,write_address,write_clock,write_data,write_enable);

    // Module arguments
    input wire  [5:0] read_address;
    output reg  [2:0] read_data;
    input wire  [5:0] write_address;
    input wire  write_clock;
    input wire  [2:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    reg [2:0] mem [0:63];
    integer i;

    // Zero at power-up, as in the Rust simulation (and LUT INIT values in synthesis).
    initial begin
        for (i = 0; i < 64; i = i + 1) mem[i[5:0]] = {3{1'b0}};
    end

    always @(posedge write_clock) begin
        if (write_enable) mem[write_address] <= write_data;
    end

    always @(*) read_data = mem[read_address];
endmodule // tans_decoder_nb_ram

module tans_decoder_p_q(d,q,clock);

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

endmodule // tans_decoder_p_q

module tans_decoder_state_q(d,q,clock);

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

endmodule // tans_decoder_state_q

module tans_decoder_v0_q(d,q,clock);

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

endmodule // tans_decoder_v0_q

module tans_decoder_v1_q(d,q,clock);

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

endmodule // tans_decoder_v1_q

`default_nettype wire

// tans_decoder_ctx.v: GENERATED FILE, DO NOT EDIT.
// Generated from the rust-hdl description in crates/xnc-rtl and the block manifest
// (crates/xnc-rtl/src/manifest.rs) by:
//   cargo run --release --bin gen-verilog
//
// tANS decoder of context coding pairs (ans-ctx, R = 6): joint codes, 16 column classes, BF16 and FP16
//
// Latency: 3 cycle(s) from an input transfer to the first m_axis_tvalid it causes.
// Throughput: 1 value per cycle, BF16 and FP16 (+1 cycle per escape, +1 per block).
// Clock and reset: one clock, aclk (rising edge); aresetn synchronous, active low: it clears
// every control register; no register depends on an initial value. m_axis_tvalid is low
// while aresetn is low. Output beats stay stable while tvalid && !tready (AXI4-Stream).
// s_axis_ans: tdata 8 bits, tuser 16 bits, tlast.
// s_axis_raw: tdata 16 bits, tkeep 2 bits, tlast.
// m_axis: tdata 16 bits, tlast.
//
// Framing: as every tANS decoder (each block one packet per input stream, the value count in
// s_axis_ans_tuser with the first tANS byte). A block starts at the configured first column (blocks
// hold whole rows); each value steps the column by the configured step modulo the row length and is
// decoded with the table of its column's class. A block without raw bits sends no raw packet.
// An escaped value takes one extra cycle, each block one extra cycle for its initial state. The raw
// input takes two bytes a beat (the first in [7:0]; tkeep 2'b01 on a block's odd last byte), so
// native FP16 (up to 11 raw bits a value) also runs at one value per cycle.
// Reset (aresetn low at a rising edge): drops the block in flight; the tables are kept.
//
// Table load:
// Decode table and column map in block RAM, no reset, written at the rising edge when tbl_we is
// high; load while the streams are idle (the cycle after a write starts no block). One write per
// cycle, in any order: for each class c and state x: tbl_addr = c << R | x, {tbl_base, tbl_nb} =
// the tANS step of state x of class c (FORMAT.md 3.2 on the class's spread), {tbl_nbits, tbl_k,
// tbl_esc, tbl_value} = its code (FORMAT.md 5.1; tbl_value = the value of the code's exponent and
// k-bit prefix with every other bit zero); for each column j < C: tbl_addr = 0x1000 + j, tbl_class
// (one class: C = 1, column 0 in class 0); tbl_addr = 0x2000: tbl_fp16, tbl_cols, tbl_first,
// tbl_step. Record bytes of table.bin: addr u16 LE, then bytes 2..7 as the fields above.
//
// Every port, bus layout and the table-load sequence byte by byte: docs/INTEGRATION.md.
`default_nettype none

module tans_decoder_ctx (
    // Clock and reset
    input  wire         aclk,              // 1 bit: clock: every register samples on its rising edge
    input  wire         aresetn,           // 1 bit: synchronous active-low reset of every control register
    // s_axis_ans: input stream (AXI4-Stream)
    input  wire   [7:0] s_axis_ans_tdata,  // 8 bits: tANS stream byte of the block (FORMAT.md 3.2: initial state first, bits LSB-first)
    input  wire  [15:0] s_axis_ans_tuser,  // 16 bits: [15:0] values in the block, 1..65535, sampled with the block's first tANS byte
    input  wire         s_axis_ans_tvalid, // 1 bit: beat valid
    output reg          s_axis_ans_tready, // 1 bit: beat accepted (transfer: tvalid && tready at a rising edge)
    input  wire         s_axis_ans_tlast,  // 1 bit: last tANS byte of the block
    // s_axis_raw: input stream (AXI4-Stream)
    input  wire  [15:0] s_axis_raw_tdata,  // 16 bits: two raw (additional bits) bytes of the block (FORMAT.md 5.3, bits MSB-first), the first in [7:0]
    input  wire   [1:0] s_axis_raw_tkeep,  // 2 bits: 2'b11; 2'b01 (only [7:0]) on the block's last beat when its raw stream has an odd number of bytes
    input  wire         s_axis_raw_tvalid, // 1 bit: beat valid
    output reg          s_axis_raw_tready, // 1 bit: beat accepted (transfer: tvalid && tready at a rising edge)
    input  wire         s_axis_raw_tlast,  // 1 bit: last raw beat of the block
    // m_axis: output stream (AXI4-Stream)
    output reg   [15:0] m_axis_tdata,      // 16 bits: decoded value as configured: BF16 {sign, exponent[7:0], mantissa[6:0]} or FP16 {sign, exponent[4:0], mantissa[9:0]}
    output reg          m_axis_tvalid,     // 1 bit: beat valid
    input  wire         m_axis_tready,     // 1 bit: beat accepted (transfer: tvalid && tready at a rising edge)
    output reg          m_axis_tlast,      // 1 bit: last value of the block
    // Table write port (LUT-RAM, no reset; load sequence in the header)
    input  wire         tbl_we,            // 1 bit: table write enable (one entry per cycle)
    input  wire  [13:0] tbl_addr,          // 14 bits: class << R | state: decode entry; 0x1000 + column: column map entry; 0x2000: configuration
    input  wire   [5:0] tbl_base,          // 6 bits: decode entry: next state without the bits read (low nb bits zero)
    input  wire   [2:0] tbl_nb,            // 3 bits: decode entry: state bits to read
    input  wire   [3:0] tbl_nbits,         // 4 bits: decode entry: additional (raw) bits of the state's code, 0..1+M
    input  wire   [3:0] tbl_k,             // 4 bits: decode entry: k, the {sign, mantissa} bits the code fixes
    input  wire         tbl_esc,           // 1 bit: decode entry: the code is the escape
    input  wire  [15:0] tbl_value,         // 16 bits: decode entry: the value with the code's exponent and prefix in place, raw bits zero (escape: 0)
    input  wire   [3:0] tbl_class,         // 4 bits: column map entry: class of the column
    input  wire         tbl_fp16,          // 1 bit: configuration: 1 FP16, 0 BF16
    input  wire  [12:0] tbl_cols,          // 13 bits: configuration: row length C, 1..4096
    input  wire  [11:0] tbl_first,         // 12 bits: configuration: column of a block's first value (0; lane l of N: l mod C)
    input  wire  [11:0] tbl_step           // 12 bits: configuration: column step per value (1 mod C; lane of N: N mod C)
`ifdef FORMAL
    // Observation ports of the formal proofs (formal/, docs/FORMAL.md): internal signals, read-only
    , output wire   [5:0] formal_state_q
    , output wire   [5:0] formal_state_d
    , output wire         formal_init_q
    , output wire   [2:0] formal_p_q
    , output wire   [7:0] formal_a0_q
    , output wire   [7:0] formal_a1_q
    , output wire   [7:0] formal_a2_q
    , output wire   [1:0] formal_ac_q
    , output wire   [7:0] formal_r0_q
    , output wire   [7:0] formal_r1_q
    , output wire   [7:0] formal_r2_q
    , output wire   [2:0] formal_q_q
    , output wire   [2:0] formal_rc_q
    , output wire         formal_dec
    , output wire         formal_fire
    , output wire         formal_escf
    , output wire         formal_tables_ren
    , output wire   [5:0] formal_tables_rstate
    , output wire         formal_esc_q
    , output wire         formal_esc_d
    , output wire   [7:0] formal_esc_exp_q
    , output wire   [7:0] formal_esc_exp_d
    , output wire         formal_m_valid_d
    , output wire  [15:0] formal_val_d
`endif
`ifdef FORMAL
    , output wire  [33:0] formal_tables_rd
    , output wire   [3:0] formal_tables_cls_q
    , output wire         formal_tables_fp16_q
    , input  wire   [9:0] formal_tables_raddr
    , output wire  [33:0] formal_tables_entry
`endif
);

    // Constant declarations
    localparam  c_seven5 = 5'b111;
    localparam  c_zero3 = 3'b0;
    localparam  c_one16 = 16'h1;
    localparam  c_zero2 = 2'b0;
    localparam  c_one2 = 2'b1;
    localparam  c_two2 = 2'b10;
    localparam  c_three2 = 2'b11;
    localparam  c_one3 = 3'b1;
    localparam  c_two3 = 3'b10;

    // Registers: <name>_d is the value loaded at the next rising edge of aclk, <name>_q the register
    reg  tables_ren;
    reg  [5:0] tables_rstate;
    reg  tables_restart;
    reg  tables_init;
    reg  tables_esc_cycle;
    reg  [7:0] tables_esc_exp;
    reg  [10:0] tables_win;
    wire  [2:0] tables_nb;
    wire  [5:0] tables_base;
    wire  [5:0] tables_mask;
    wire  tables_esc;
    wire  [3:0] tables_nbits;
    wire  [15:0] tables_value;
    wire  [7:0] tables_xexp;
    reg  [7:0] window_a0;
    reg  [7:0] window_a1;
    reg  [7:0] window_a2;
    reg  [2:0] window_sel;
    wire  [5:0] window_out;
    reg  [7:0] rwin_r0;
    reg  [7:0] rwin_r1;
    reg  [7:0] rwin_r2;
    reg  [2:0] rwin_sel;
    wire  [10:0] rwin_out;
    reg  init_d;
    reg  init_q;
    reg  [5:0] state_d;
    reg  [5:0] state_q;
    reg  [7:0] a0_d;
    reg  [7:0] a0_q;
    reg  [7:0] a1_d;
    reg  [7:0] a1_q;
    reg  [7:0] a2_d;
    reg  [7:0] a2_q;
    reg  [1:0] ac_d;
    reg  [1:0] ac_q;
    reg  [2:0] p_d;
    reg  [2:0] p_q;
    reg  ans_last_d;
    reg  ans_last_q;
    reg  [7:0] r0_d;
    reg  [7:0] r0_q;
    reg  [7:0] r1_d;
    reg  [7:0] r1_q;
    reg  [7:0] r2_d;
    reg  [7:0] r2_q;
    reg  [7:0] r3_d;
    reg  [7:0] r3_q;
    reg  [2:0] rc_d;
    reg  [2:0] rc_q;
    reg  [2:0] q_d;
    reg  [2:0] q_q;
    reg  [15:0] cnt_d;
    reg  [15:0] cnt_q;
    reg  esc_d;
    reg  esc_q;
    reg  [7:0] esc_exp_d;
    reg  [7:0] esc_exp_q;
    reg  [15:0] val_d;
    reg  [15:0] val_q;
    reg  m_valid_d;
    reg  m_valid_q;
    reg  m_last_d;
    reg  m_last_q;
    reg  tblw_d;
    reg  tblw_q;

    // Local signals
    reg  [4:0] psum;
    reg  [4:0] ahave;
    reg  [4:0] qsum;
    reg  [4:0] qceil;
    reg  [5:0] have;
    reg  free;
    reg  bits_ok;
    reg  raw_ok;
    reg  dec;
    reg  escf;
    reg  fire;
    reg  out_fire;
    reg  rfire;
    reg  block_end;
    reg  [1:0] used;
    reg  [2:0] left;
    reg  room;
    reg  [2:0] nbytes;
    reg  take;
    reg  [1:0] aused;
    reg  [1:0] aleft;
    reg  atake;

    // Sub module instances
    tans_decoder_ctx_tables tables(
        .clock(aclk),
        .w_we(tbl_we),
        .w_addr(tbl_addr),
        .w_base(tbl_base),
        .w_nb(tbl_nb),
        .w_nbits(tbl_nbits),
        .w_k(tbl_k),
        .w_esc(tbl_esc),
        .w_value(tbl_value),
        .w_class(tbl_class),
        .w_fp16(tbl_fp16),
        .w_cols(tbl_cols),
        .w_first(tbl_first),
        .w_step(tbl_step),
        .ren(tables_ren),
        .rstate(tables_rstate),
        .restart(tables_restart),
        .init(tables_init),
        .esc_cycle(tables_esc_cycle),
        .esc_exp(tables_esc_exp),
        .win(tables_win),
        .nb(tables_nb),
        .base(tables_base),
        .mask(tables_mask),
        .esc(tables_esc),
        .nbits(tables_nbits),
        .value(tables_value),
        .xexp(tables_xexp)
`ifdef FORMAL
        ,.formal_rd(formal_tables_rd)
        ,.formal_cls_q(formal_tables_cls_q)
        ,.formal_fp16_q(formal_tables_fp16_q)
        ,.formal_raddr(formal_tables_raddr)
        ,.formal_entry(formal_tables_entry)
`endif
    );
    tans_decoder_ctx_window window(
        .a0(window_a0),
        .a1(window_a1),
        .a2(window_a2),
        .sel(window_sel),
        .out(window_out)
    );
    tans_decoder_ctx_rwin rwin(
        .r0(rwin_r0),
        .r1(rwin_r1),
        .r2(rwin_r2),
        .sel(rwin_sel),
        .out(rwin_out)
    );

    // Update code
    always @(*) begin
        init_d = init_q;
        state_d = state_q;
        a0_d = a0_q;
        a1_d = a1_q;
        a2_d = a2_q;
        ac_d = ac_q;
        p_d = p_q;
        ans_last_d = ans_last_q;
        r0_d = r0_q;
        r1_d = r1_q;
        r2_d = r2_q;
        r3_d = r3_q;
        rc_d = rc_q;
        q_d = q_q;
        cnt_d = cnt_q;
        esc_d = esc_q;
        esc_exp_d = esc_exp_q;
        val_d = val_q;
        m_valid_d = m_valid_q;
        m_last_d = m_last_q;
        tblw_d = tblw_q;
        tables_init = init_q;
        tables_esc_cycle = esc_q;
        tables_esc_exp = esc_exp_q;
        tables_win = rwin_out;
        tblw_d = tbl_we;
        window_a0 = a0_q;
        window_a1 = a1_q;
        window_a2 = a2_q;
        window_sel = p_q;
        rwin_r0 = r0_q;
        rwin_r1 = r1_q;
        rwin_r2 = r2_q;
        rwin_sel = q_q;
        psum = ({{2{1'b0}}, tables_nb}) + ({{2{1'b0}}, p_q});
        ahave = ({{3{1'b0}}, ac_q}) << 32'h3;
        qsum = ({{1{1'b0}}, tables_nbits}) + ({{2{1'b0}}, q_q});
        have = ({{3{1'b0}}, rc_q}) << 32'h3;
        free = ~m_valid_q | m_axis_tready;
        bits_ok = psum <= ahave;
        raw_ok = ({{1{1'b0}}, qsum}) <= have;
        qceil = qsum + c_seven5;
        dec = aresetn & free & ~init_q & ~esc_q & bits_ok & raw_ok;
        escf = aresetn & free & esc_q & raw_ok;
        fire = bits_ok & init_q & ~tblw_q;
        out_fire = (dec & ~tables_esc) | escf;
        rfire = dec | escf;
        block_end = out_fire & (cnt_q == c_one16);
        tables_rstate = tables_base | (window_out & tables_mask);
        tables_ren = fire | dec;
        tables_restart = block_end | ~aresetn | tblw_q;
        if (fire | dec) begin
            state_d = tables_base | (window_out & tables_mask);
            p_d = psum[(32'h0)+:(3)];
            init_d = 1'b0;
        end
        aused = c_zero2;
        if (fire | dec) begin
            aused = psum[(32'h3)+:(2)];
        end
        aleft = ac_q - aused;
        s_axis_ans_tready = aresetn & ~ans_last_q & (aleft != c_three2);
        atake = aresetn & ~ans_last_q & (aleft != c_three2) & s_axis_ans_tvalid;
        if (aused == c_one2) begin
            a0_d = a1_q;
            a1_d = a2_q;
        end
        else if (aused == c_two2) begin
            a0_d = a2_q;
        end
        if (atake) begin
            if (aleft == c_zero2) begin
                a0_d = s_axis_ans_tdata;
            end
            else if (aleft == c_one2) begin
                a1_d = s_axis_ans_tdata;
            end
            else begin
                a2_d = s_axis_ans_tdata;
            end
            ac_d = aleft + c_one2;
            if (s_axis_ans_tlast) begin
                ans_last_d = 1'b1;
            end
            if (init_q & (ac_q == c_zero2)) begin
                cnt_d = s_axis_ans_tuser;
            end
        end
        else begin
            ac_d = aleft;
        end
        used = c_zero2;
        if (rfire) begin
            used = qsum[(32'h3)+:(2)];
            q_d = qsum[(32'h0)+:(3)];
        end
        if (block_end) begin
            used = qceil[(32'h3)+:(2)];
            q_d = c_zero3;
        end
        left = rc_q - ({{1{1'b0}}, used});
        room = left <= c_two3;
        s_axis_raw_tready = aresetn & room;
        take = aresetn & room & s_axis_raw_tvalid;
        nbytes = c_one3;
        if (s_axis_raw_tkeep[32'h1]) begin
            nbytes = c_two3;
        end
        if (used == c_one2) begin
            r0_d = r1_q;
            r1_d = r2_q;
            r2_d = r3_q;
        end
        else if (used == c_two2) begin
            r0_d = r2_q;
            r1_d = r3_q;
        end
        else if (used == c_three2) begin
            r0_d = r3_q;
        end
        if (take) begin
            if (left == c_zero3) begin
                r0_d = s_axis_raw_tdata[(32'h0)+:(8)];
                r1_d = s_axis_raw_tdata[(32'h8)+:(8)];
            end
            else if (left == c_one3) begin
                r1_d = s_axis_raw_tdata[(32'h0)+:(8)];
                r2_d = s_axis_raw_tdata[(32'h8)+:(8)];
            end
            else begin
                r2_d = s_axis_raw_tdata[(32'h0)+:(8)];
                r3_d = s_axis_raw_tdata[(32'h8)+:(8)];
            end
            rc_d = left + nbytes;
        end
        else begin
            rc_d = left;
        end
        if (dec & tables_esc) begin
            esc_d = 1'b1;
            esc_exp_d = tables_xexp;
        end
        if (escf) begin
            esc_d = 1'b0;
        end
        if (free) begin
            val_d = tables_value;
            m_valid_d = out_fire;
            m_last_d = block_end;
        end
        if (out_fire) begin
            cnt_d = cnt_q - c_one16;
        end
        m_axis_tdata = val_q;
        m_axis_tvalid = m_valid_q & aresetn;
        m_axis_tlast = m_last_q;
        if (block_end | ~aresetn) begin
            init_d = 1'b1;
            ac_d = c_zero2;
            p_d = c_zero3;
            ans_last_d = 1'b0;
        end
        if (~aresetn) begin
            rc_d = c_zero3;
            q_d = c_zero3;
            esc_d = 1'b0;
            m_valid_d = 1'b0;
            m_last_d = 1'b0;
        end
    end

    // Registers (control registers are reset in the update code above; data registers need no
    // reset: a valid flag guards them)
    always @(posedge aclk) begin
        init_q <= init_d;
        state_q <= state_d;
        a0_q <= a0_d;
        a1_q <= a1_d;
        a2_q <= a2_d;
        ac_q <= ac_d;
        p_q <= p_d;
        ans_last_q <= ans_last_d;
        r0_q <= r0_d;
        r1_q <= r1_d;
        r2_q <= r2_d;
        r3_q <= r3_d;
        rc_q <= rc_d;
        q_q <= q_d;
        cnt_q <= cnt_d;
        esc_q <= esc_d;
        esc_exp_q <= esc_exp_d;
        val_q <= val_d;
        m_valid_q <= m_valid_d;
        m_last_q <= m_last_d;
        tblw_q <= tblw_d;
    end

`ifdef FORMAL
    assign formal_state_q = state_q;
    assign formal_state_d = state_d;
    assign formal_init_q = init_q;
    assign formal_p_q = p_q;
    assign formal_a0_q = a0_q;
    assign formal_a1_q = a1_q;
    assign formal_a2_q = a2_q;
    assign formal_ac_q = ac_q;
    assign formal_r0_q = r0_q;
    assign formal_r1_q = r1_q;
    assign formal_r2_q = r2_q;
    assign formal_q_q = q_q;
    assign formal_rc_q = rc_q;
    assign formal_dec = dec;
    assign formal_fire = fire;
    assign formal_escf = escf;
    assign formal_tables_ren = tables_ren;
    assign formal_tables_rstate = tables_rstate;
    assign formal_esc_q = esc_q;
    assign formal_esc_d = esc_d;
    assign formal_esc_exp_q = esc_exp_q;
    assign formal_esc_exp_d = esc_exp_d;
    assign formal_m_valid_d = m_valid_d;
    assign formal_val_d = val_d;
`endif
endmodule // tans_decoder_ctx

module tans_decoder_ctx_rwin(r0,r1,r2,sel,out);

    // Module arguments
    input wire  [7:0] r0;
    input wire  [7:0] r1;
    input wire  [7:0] r2;
    input wire  [2:0] sel;
    output reg  [10:0] out;

    // Update code (custom)
    wire [23:0] cat = {r0, r1, r2};
    wire [4:0] lsb = 5'd13 - {2'b0, sel};

    always @(*) out = cat[lsb +: 11];
endmodule // tans_decoder_ctx_rwin

module tans_decoder_ctx_tables(
    clock, w_we, w_addr, w_base, w_nb, w_nbits, w_k, w_esc, w_value, w_class, w_fp16, w_cols,
    w_first, w_step, ren, rstate, restart, init, esc_cycle, esc_exp, win, nb, base, mask, esc,
    nbits, value, xexp
`ifdef FORMAL
    ,formal_rd,formal_cls_q,formal_fp16_q,formal_raddr,formal_entry
`endif
);

    // Module arguments
`ifdef FORMAL
    // Observation ports of the formal proofs (docs/FORMAL.md)
    output wire  [33:0] formal_rd;
    output wire   [3:0] formal_cls_q;
    output wire         formal_fp16_q;
`endif
    input wire  clock;
    input wire  w_we;
    input wire  [13:0] w_addr;
    input wire  [5:0] w_base;
    input wire  [2:0] w_nb;
    input wire  [3:0] w_nbits;
    input wire  [3:0] w_k;
    input wire  w_esc;
    input wire  [15:0] w_value;
    input wire  [3:0] w_class;
    input wire  w_fp16;
    input wire  [12:0] w_cols;
    input wire  [11:0] w_first;
    input wire  [11:0] w_step;
    input wire  ren;
    input wire  [5:0] rstate;
    input wire  restart;
    input wire  init;
    input wire  esc_cycle;
    input wire  [7:0] esc_exp;
    input wire  [10:0] win;
    output reg  [2:0] nb;
    output reg  [5:0] base;
    output reg  [5:0] mask;
    output reg  esc;
    output reg  [3:0] nbits;
    output reg  [15:0] value;
    output reg  [7:0] xexp;

    // Update code (custom)
    // Decode table {class, state} -> {esc, k, nbits, value, nb, base} and column map: block RAM
    // (synchronous reads with enable). No reset and no initial value: written through the table port
    // before use.
    reg [33:0] dmem [0:1023];
    reg [3:0] cmap [0:4095];
    reg [33:0] rd;
    reg [3:0] cls_q;
    reg [11:0] col_q;
    reg [12:0] cols_q;
    reg [11:0] first_q;
    reg [11:0] step_q;
    reg fp16_q;
    // col_q: the column of the value whose class is cls_q. The next column is computed from registers
    // only; `restart` (late in the cycle: block end) just selects the first column instead.
    wire [12:0] col_sum = {1'b0, col_q} + {1'b0, step_q};
    wire [12:0] col_wrap = (col_sum >= cols_q) ? col_sum - cols_q : col_sum;
    wire [11:0] col_src = restart ? first_q : col_wrap[11:0];

    always @(posedge clock) begin
        if (ren) rd <= dmem[{cls_q, rstate}];
        if (ren || restart) begin
            cls_q <= cmap[col_src];
            col_q <= col_src;
        end
        if (w_we && w_addr[13:12] == 2'd0) dmem[w_addr[9:0]] <= {w_esc, w_k, w_nbits, w_value, w_nb, w_base};
        if (w_we && w_addr[13:12] == 2'd1) cmap[w_addr[11:0]] <= w_class;
        if (w_we && w_addr[13:12] == 2'd2) begin
            fp16_q <= w_fp16;
            cols_q <= w_cols;
            first_q <= w_first;
            step_q <= w_step;
        end
    end

    reg [3:0] k;
    reg [3:0] u;
    reg [10:0] m;
    reg [10:0] f;
    reg [15:0] fixed;

    always @(*) begin
        esc = rd[33];
        if (init) begin
            nb = 3'd6;
            base = 6'h0;
        end else begin
            nb = rd[8:6];
            base = rd[5:0];
        end
        mask = ~({6{1'b1}} << nb);
        if (esc_cycle) nbits = fp16_q ? 4'd11 : 4'd8;
        else if (esc) nbits = fp16_q ? 4'd5 : 4'd8;
        else nbits = rd[28:25];
        k = esc_cycle ? 4'd0 : rd[32:29];
        u = k + nbits;
        m = (11'h7ff >> k) & ~(11'h7ff >> u);
        f = (win >> k) & m;
        if (esc_cycle) fixed = fp16_q ? {1'b0, esc_exp[4:0], 10'h0} : {1'b0, esc_exp, 7'h0};
        else fixed = rd[24:9];
        value = fixed | (fp16_q ? {f[10], 5'h0, f[9:0]} : {f[10], 8'h0, f[9:3]});
        xexp = fp16_q ? {3'h0, win[10:6]} : win[10:3];
    end
    `ifdef FORMAL
    // FORMAL-only read port of the decode table memory (docs/FORMAL.md, tANS table proofs): the entry
    // {esc, k, nbits, value, nb, base} at {class, state} = formal_raddr, as the table port wrote it
    input wire [9:0] formal_raddr;
    output wire [33:0] formal_entry;
    assign formal_entry = dmem[formal_raddr];
    `endif
`ifdef FORMAL
    assign formal_rd = rd;
    assign formal_cls_q = cls_q;
    assign formal_fp16_q = fp16_q;
`endif
endmodule // tans_decoder_ctx_tables

module tans_decoder_ctx_window(a0,a1,a2,sel,out);

    // Module arguments
    input wire  [7:0] a0;
    input wire  [7:0] a1;
    input wire  [7:0] a2;
    input wire  [2:0] sel;
    output reg  [5:0] out;

    // Update code (custom)
    wire [23:0] cat = {a2, a1, a0};
    wire [23:0] shifted = cat >> sel;

    always @(*) out = shifted[5:0];
endmodule // tans_decoder_ctx_window

`default_nettype wire

// tans_decoder.v: GENERATED FILE, DO NOT EDIT.
// Generated from the rust-hdl description in crates/xnc-rtl and the block manifest
// (crates/xnc-rtl/src/manifest.rs) by:
//   cargo run --release --bin gen-verilog
//
// tANS decoder of plain coding pairs (BF16, R = 6): tANS bytes + raw bytes in, BF16 values out
//
// Latency: 3 cycle(s) from an input transfer to the first m_axis_tvalid it causes.
// Throughput: 1 value per cycle (+1 cycle per escape, +1 per block).
// Clock and reset: one clock, aclk (rising edge); aresetn synchronous, active low: it clears
// every control register; no register depends on an initial value. m_axis_tvalid is low
// while aresetn is low. Output beats stay stable while tvalid && !tready (AXI4-Stream).
// s_axis_ans: tdata 8 bits, tuser 16 bits, tlast.
// s_axis_raw: tdata 8 bits, tlast.
// m_axis: tdata 16 bits, tlast.
//
// Framing: each block is one packet on each input stream: its tANS bytes (tlast on the last, the value
// count in s_axis_ans_tuser with the first) and its raw bytes (tlast on the last). The decoder emits
// exactly count values, the last with m_axis_tlast, drops what is left of the block's bytes and reads
// the next block's initial state. A format-aware block without raw bits sends no raw packet. A count of
// 0 decodes as 65536 values (not a valid block); a block of more than 65535 values cannot be framed
// (encode with --block-values up to 65535; the default is 16384, 32768 for ans-ctx). An escaped value takes one extra
// cycle, each block one extra cycle for its initial state. Plain raw bytes: {sign, mantissa} per value,
// an escape sends its exponent byte first.
// Reset (aresetn low at a rising edge): drops the block in flight; the tables are kept.
//
// Table load:
// LUT-RAM, no reset, written at the rising edge when tbl_we is high; load while the streams are idle.
// Sequence, one write per cycle: for x = 0..2^R-1: tbl_addr = x, {tbl_code, tbl_nb, tbl_base} = decode
// entry of state x (FORMAT.md 3.2: code s of state x, nb = R - floor(log2(xs)), base = (xs << nb) - 2^R;
// xnc_codec::ans::AnsModel::decode_table); then for each code c: tbl_addr = 2^R + c, tbl_exp, tbl_esc
// (and tbl_nbits on the format-aware decoder) = code map entry c (FORMAT.md 3.1). The other signals
// are don't-care for that kind of entry: 2^R + (number of codes) cycles, 64 + at most 16 at R = 6.
// A reset between loading and streaming is allowed; the tables survive it.
//
// Every port, bus layout and the table-load sequence byte by byte: docs/INTEGRATION.md.
`default_nettype none

module tans_decoder (
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
    input  wire   [7:0] s_axis_raw_tdata,  // 8 bits: raw (additional bits) byte of the block (FORMAT.md 3.3, bits MSB-first)
    input  wire         s_axis_raw_tvalid, // 1 bit: beat valid
    output reg          s_axis_raw_tready, // 1 bit: beat accepted (transfer: tvalid && tready at a rising edge)
    input  wire         s_axis_raw_tlast,  // 1 bit: last raw byte of the block
    // m_axis: output stream (AXI4-Stream)
    output reg   [15:0] m_axis_tdata,      // 16 bits: decoded BF16 value {sign, exponent[7:0], mantissa[6:0]}
    output reg          m_axis_tvalid,     // 1 bit: beat valid
    input  wire         m_axis_tready,     // 1 bit: beat accepted (transfer: tvalid && tready at a rising edge)
    output reg          m_axis_tlast,      // 1 bit: last value of the block
    // Table write port (LUT-RAM, no reset; load sequence in the header)
    input  wire         tbl_we,            // 1 bit: table write enable (one entry per cycle)
    input  wire   [6:0] tbl_addr,          // 7 bits: 0..2^R-1: decode entry of that state; 2^R + c: code map entry of code c
    input  wire   [3:0] tbl_code,          // 4 bits: decode entry: code of the state
    input  wire   [2:0] tbl_nb,            // 3 bits: decode entry: state bits to read
    input  wire   [5:0] tbl_base,          // 6 bits: decode entry: next state without the bits read (low nb bits zero)
    input  wire   [7:0] tbl_exp,           // 8 bits: code map entry: exponent of the code
    input  wire         tbl_esc            // 1 bit: code map entry: the code is the escape
`ifdef FORMAL
    // Observation ports of the formal proofs (formal/, docs/FORMAL.md): internal signals, read-only
    , output wire   [5:0] formal_state_q
    , output wire         formal_fire
    , output wire   [5:0] formal_state_nx
    , output wire         formal_init_q
    , output wire   [2:0] formal_p_q
    , output wire   [7:0] formal_w0_q
    , output wire   [7:0] formal_w1_q
    , output wire         formal_v0_q
    , output wire         formal_v1_q
    , output wire         formal_free
    , output wire         formal_out_sign_d
    , output wire   [7:0] formal_out_exp_d
    , output wire   [6:0] formal_out_mant_d
    , output wire         formal_m_valid_d
    , output wire         formal_esc_q
    , output wire         formal_esc_d
    , output wire   [7:0] formal_esc_exp_q
`endif
`ifdef FORMAL
    , input  wire   [5:0] formal_tables_rstate
    , input  wire   [3:0] formal_tables_rcode
    , output wire   [3:0] formal_tables_code
    , output wire   [2:0] formal_tables_nb
    , output wire   [5:0] formal_tables_base
    , output wire   [8:0] formal_tables_cmap
`endif
);

    // Constant declarations
    localparam  c_zero3 = 3'b0;
    localparam  c_one16 = 16'h1;

    // Registers: <name>_d is the value loaded at the next rising edge of aclk, <name>_q the register
    reg  tables_w_we;
    reg  [6:0] tables_w_addr;
    reg  [3:0] tables_w_code;
    reg  [2:0] tables_w_nb;
    reg  [5:0] tables_w_base;
    reg  [7:0] tables_w_exp;
    reg  tables_w_esc;
    reg  [5:0] tables_state;
    reg  tables_init;
    reg  [2:0] tables_p;
    reg  tables_v0;
    reg  tables_v1;
    reg  [7:0] tables_lo;
    reg  [7:0] tables_hi;
    wire  [2:0] tables_pnext;
    wire  tables_ok;
    wire  tables_spill;
    wire  [5:0] tables_nstate;
    wire  [7:0] tables_exp;
    wire  tables_esc;
    reg  [15:0] last_eq_a;
    reg  [15:0] last_eq_b;
    wire  last_eq_eq;
    reg  tdata_sign;
    reg  [7:0] tdata_exp;
    reg  [6:0] tdata_mant;
    wire  [15:0] tdata_value;
    reg  init_d;
    reg  init_q;
    reg  [5:0] state_d;
    reg  [5:0] state_q;
    reg  out_sign_d;
    reg  out_sign_q;
    reg  [7:0] out_exp_d;
    reg  [7:0] out_exp_q;
    reg  [6:0] out_mant_d;
    reg  [6:0] out_mant_q;
    reg  [7:0] w0_d;
    reg  [7:0] w0_q;
    reg  [7:0] w1_d;
    reg  [7:0] w1_q;
    reg  v0_d;
    reg  v0_q;
    reg  v1_d;
    reg  v1_q;
    reg  [2:0] p_d;
    reg  [2:0] p_q;
    reg  ans_last_d;
    reg  ans_last_q;
    reg  esc_d;
    reg  esc_q;
    reg  [7:0] esc_exp_d;
    reg  [7:0] esc_exp_q;
    reg  m_valid_d;
    reg  m_valid_q;
    reg  m_last_d;
    reg  m_last_q;
    reg  [15:0] num_d;
    reg  [15:0] num_q;
    reg  [15:0] cnt_d;
    reg  [15:0] cnt_q;

    // Local signals
    reg  free;
    reg  raw;
    reg  fire;
    reg  shift;
    reg  value;
    reg  block_end;
    reg  take;
    reg  [5:0] state_nx;

    // Sub module instances
    tans_decoder_tables tables(
        .clock(aclk),
        .w_we(tables_w_we),
        .w_addr(tables_w_addr),
        .w_code(tables_w_code),
        .w_nb(tables_w_nb),
        .w_base(tables_w_base),
        .w_exp(tables_w_exp),
        .w_esc(tables_w_esc),
        .state(tables_state),
        .init(tables_init),
        .p(tables_p),
        .v0(tables_v0),
        .v1(tables_v1),
        .lo(tables_lo),
        .hi(tables_hi),
        .pnext(tables_pnext),
        .ok(tables_ok),
        .spill(tables_spill),
        .nstate(tables_nstate),
        .exp(tables_exp),
        .esc(tables_esc)
`ifdef FORMAL
        ,.formal_rstate(formal_tables_rstate)
        ,.formal_rcode(formal_tables_rcode)
        ,.formal_code(formal_tables_code)
        ,.formal_nb(formal_tables_nb)
        ,.formal_base(formal_tables_base)
        ,.formal_cmap(formal_tables_cmap)
`endif
    );
    tans_decoder_last_eq last_eq(
        .a(last_eq_a),
        .b(last_eq_b),
        .eq(last_eq_eq)
    );
    tans_decoder_tdata tdata(
        .sign(tdata_sign),
        .exp(tdata_exp),
        .mant(tdata_mant),
        .value(tdata_value)
    );

    // Update code
    always @(*) begin
        init_d = init_q;
        out_sign_d = out_sign_q;
        out_exp_d = out_exp_q;
        out_mant_d = out_mant_q;
        w0_d = w0_q;
        w1_d = w1_q;
        v0_d = v0_q;
        v1_d = v1_q;
        p_d = p_q;
        ans_last_d = ans_last_q;
        esc_d = esc_q;
        esc_exp_d = esc_exp_q;
        m_valid_d = m_valid_q;
        m_last_d = m_last_q;
        num_d = num_q;
        cnt_d = cnt_q;
        state_nx = state_q;
        tables_w_we = tbl_we;
        tables_w_addr = tbl_addr;
        tables_w_code = tbl_code;
        tables_w_nb = tbl_nb;
        tables_w_base = tbl_base;
        tables_w_exp = tbl_exp;
        tables_w_esc = tbl_esc;
        tables_state = state_q;
        tables_init = init_q;
        tables_p = p_q;
        tables_v0 = v0_q;
        tables_v1 = v1_q;
        tables_lo = w0_q;
        tables_hi = w1_q;
        last_eq_a = cnt_q;
        last_eq_b = num_q;
        tdata_sign = out_sign_q;
        tdata_exp = out_exp_q;
        tdata_mant = out_mant_q;
        free = ~m_valid_q | m_axis_tready;
        raw = aresetn & free & s_axis_raw_tvalid;
        fire = tables_ok & (init_q | (raw & ~esc_q));
        shift = fire & tables_spill;
        value = raw & (esc_q | (~init_q & ~tables_esc & tables_ok));
        block_end = value & last_eq_eq;
        if (fire) begin
            state_nx = tables_nstate;
            p_d = tables_pnext;
            init_d = 1'b0;
        end
        s_axis_ans_tready = aresetn & ~ans_last_q & (~v1_q | shift);
        take = s_axis_ans_tready & s_axis_ans_tvalid;
        if (shift | ~v0_q) begin
            if (shift & v1_q) begin
                w0_d = w1_q;
            end
            else begin
                w0_d = s_axis_ans_tdata;
            end
        end
        if (shift | ~v1_q) begin
            w1_d = s_axis_ans_tdata;
        end
        if (shift) begin
            v0_d = v1_q | take;
            v1_d = v1_q & take;
        end
        else begin
            v0_d = v0_q | take;
            v1_d = v1_q | (v0_q & take);
        end
        if (take & s_axis_ans_tlast) begin
            ans_last_d = 1'b1;
        end
        if (~v0_q & init_q) begin
            num_d = s_axis_ans_tuser;
        end
        s_axis_raw_tready = aresetn & free & (esc_q | (~init_q & tables_ok));
        if (s_axis_raw_tvalid & free) begin
            esc_d = ~esc_q & ~init_q & tables_esc & tables_ok;
        end
        if (~esc_q) begin
            esc_exp_d = s_axis_raw_tdata;
        end
        if (free) begin
            out_sign_d = s_axis_raw_tdata[32'h7];
            out_mant_d = (s_axis_raw_tdata[6:0]);
            if (esc_q) begin
                out_exp_d = esc_exp_q;
            end
            else begin
                out_exp_d = tables_exp;
            end
            m_valid_d = value;
            m_last_d = last_eq_eq;
        end
        if (value) begin
            cnt_d = cnt_q + c_one16;
        end
        m_axis_tdata = tdata_value;
        m_axis_tvalid = m_valid_q & aresetn;
        m_axis_tlast = m_last_q;
        if (~aresetn | block_end) begin
            init_d = 1'b1;
            v0_d = 1'b0;
            v1_d = 1'b0;
            p_d = c_zero3;
            ans_last_d = 1'b0;
            cnt_d = c_one16;
        end
        if (~aresetn) begin
            esc_d = 1'b0;
            m_valid_d = 1'b0;
            m_last_d = 1'b0;
        end
        state_d = state_nx;
        if (~aresetn) begin
            state_d = state_nx;
            state_d[0] = 1'b0;
        end
    end

    // Registers (control registers are reset in the update code above; data registers need no
    // reset: a valid flag guards them)
    always @(posedge aclk) begin
        init_q <= init_d;
        state_q <= state_d;
        out_sign_q <= out_sign_d;
        out_exp_q <= out_exp_d;
        out_mant_q <= out_mant_d;
        w0_q <= w0_d;
        w1_q <= w1_d;
        v0_q <= v0_d;
        v1_q <= v1_d;
        p_q <= p_d;
        ans_last_q <= ans_last_d;
        esc_q <= esc_d;
        esc_exp_q <= esc_exp_d;
        m_valid_q <= m_valid_d;
        m_last_q <= m_last_d;
        num_q <= num_d;
        cnt_q <= cnt_d;
    end

`ifdef FORMAL
    assign formal_state_q = state_q;
    assign formal_fire = fire;
    assign formal_state_nx = state_nx;
    assign formal_init_q = init_q;
    assign formal_p_q = p_q;
    assign formal_w0_q = w0_q;
    assign formal_w1_q = w1_q;
    assign formal_v0_q = v0_q;
    assign formal_v1_q = v1_q;
    assign formal_free = free;
    assign formal_out_sign_d = out_sign_d;
    assign formal_out_exp_d = out_exp_d;
    assign formal_out_mant_d = out_mant_d;
    assign formal_m_valid_d = m_valid_d;
    assign formal_esc_q = esc_q;
    assign formal_esc_d = esc_d;
    assign formal_esc_exp_q = esc_exp_q;
`endif
endmodule // tans_decoder

module tans_decoder_last_eq(a,b,eq);

    // Module arguments
    input wire  [15:0] a;
    input wire  [15:0] b;
    output reg  eq;

    // Update code (custom)
    wire [15:0] x = a ^ b;
    wire [5:0] z = {~|x[15], ~|x[14:12], ~|x[11:9], ~|x[8:6], ~|x[5:3], ~|x[2:0]};
    wire [6:0] zs = {1'b0, z} + 7'd1;

    always @(*) eq = zs[6];
endmodule // tans_decoder_last_eq

module tans_decoder_tables(clock,w_we,w_addr,w_code,w_nb,w_base,w_exp,w_esc,state,init,p,v0,v1,lo,hi,pnext,ok,spill,nstate,exp,esc
`ifdef FORMAL
    ,formal_rstate,formal_rcode,formal_code,formal_nb,formal_base,formal_cmap
`endif
);

    // Module arguments
    input wire  clock;
    input wire  w_we;
    input wire  [6:0] w_addr;
    input wire  [3:0] w_code;
    input wire  [2:0] w_nb;
    input wire  [5:0] w_base;
    input wire  [7:0] w_exp;
    input wire  w_esc;
    input wire  [5:0] state;
    input wire  init;
    input wire  [2:0] p;
    input wire  v0;
    input wire  v1;
    input wire  [7:0] lo;
    input wire  [7:0] hi;
    output reg  [2:0] pnext;
    output reg  ok;
    output reg  spill;
    output reg  [5:0] nstate;
    output reg  [7:0] exp;
    output reg  esc;

    // Update code (custom)
    reg [3:0] code_mem [0:63];
    reg [2:0] nb_mem [0:63];
    reg [5:0] base_mem [0:63];
    reg [8:0] cmap_mem [0:31];
    wire [8:0] cmap_rd;
    reg [2:0] nb;
    reg [5:0] mask;
    reg [3:0] psum;
    wire [15:0] cat = {hi, lo};
    wire [5:0] window = cat[{1'b0, p} +: 6];
    // Asynchronous reads (LUT-RAM) as continuous assignments.
    wire [3:0] code_rd = code_mem[state];
    wire [2:0] nb_rd = nb_mem[state];
    wire [5:0] base_rd = base_mem[state];

    // No reset and no initial value: every entry is written through the table port before use.
    always @(posedge clock) begin
        if (w_we && !w_addr[6]) begin
            code_mem[w_addr[5:0]] <= w_code;
            nb_mem[w_addr[5:0]] <= w_nb;
            base_mem[w_addr[5:0]] <= w_base;
        end
        if (w_we) cmap_mem[{w_addr[6], w_addr[3:0]}] <= {w_esc, w_exp};
    end

    assign cmap_rd = cmap_mem[{1'b1, code_rd}];

    always @(*) begin
        {esc, exp} = cmap_rd;
        nb = init ? 3'd6 : nb_rd;
        mask = ~({6{1'b1}} << nb);
        nstate = (window & mask) | (base_rd & ~mask);
        psum = {1'b0, nb} + {1'b0, p};
        pnext = psum[2:0];
        ok = v1 | ((psum <= 4'd8) & (v0 | (psum == 4'd0)));
        spill = psum >= 4'd8;
    end
    `ifdef FORMAL
    // FORMAL-only read port of the table memories (docs/FORMAL.md, tANS table proofs)
    input wire [5:0] formal_rstate;
    input wire [3:0] formal_rcode;
    output wire [3:0] formal_code;
    output wire [2:0] formal_nb;
    output wire [5:0] formal_base;
    output wire [8:0] formal_cmap;
    assign formal_code = code_mem[formal_rstate];
    assign formal_nb = nb_mem[formal_rstate];
    assign formal_base = base_mem[formal_rstate];
    assign formal_cmap = cmap_mem[{1'b1, formal_rcode}];
    `endif
endmodule // tans_decoder_tables

module tans_decoder_tdata(sign,exp,mant,value);

    // Module arguments
    input wire  sign;
    input wire  [7:0] exp;
    input wire  [6:0] mant;
    output reg  [15:0] value;

    // Update code (custom)
    always @(*) value = {sign, exp, mant};
endmodule // tans_decoder_tdata

`default_nettype wire

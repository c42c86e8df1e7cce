// tans_decoder_fa.v: GENERATED FILE, DO NOT EDIT.
// Generated from the rust-hdl description in crates/xnc-rtl and the block manifest
// (crates/xnc-rtl/src/manifest.rs) by:
//   cargo run --release --bin gen-verilog
//
// tANS decoder of format-aware coding pairs (BF16, R = 6; per-code additional bits 0..8)
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

module tans_decoder_fa (
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
    input  wire   [3:0] tbl_nbits,         // 4 bits: code map entry: additional bits of the code (0..8)
    input  wire         tbl_esc            // 1 bit: code map entry: the code is the escape
`ifdef FORMAL
    // Observation ports of the formal proofs (formal/, docs/FORMAL.md): internal signals, read-only
    , output wire   [5:0] formal_state_q
    , output wire   [5:0] formal_state_d
    , output wire         formal_init_q
    , output wire   [3:0] formal_p_q
    , output wire   [7:0] formal_w0_q
    , output wire   [7:0] formal_w1_q
    , output wire         formal_v0_q
    , output wire         formal_v1_q
    , output wire   [7:0] formal_r0_q
    , output wire   [7:0] formal_r1_q
    , output wire         formal_u0_q
    , output wire         formal_u1_q
    , output wire   [3:0] formal_q_q
    , output wire         formal_dec
    , output wire         formal_fire
    , output wire         formal_escf
    , output wire         formal_free
    , output wire         formal_out_sign_d
    , output wire   [7:0] formal_out_exp_d
    , output wire   [6:0] formal_out_mant_d
    , output wire         formal_m_valid_d
    , output wire         formal_esc_q
    , output wire         formal_esc_d
    , output wire   [7:0] formal_esc_exp_q
    , output wire   [7:0] formal_esc_exp_d
`endif
`ifdef FORMAL
    , input  wire   [5:0] formal_tables_rstate
    , input  wire   [3:0] formal_tables_rcode
    , output wire   [3:0] formal_tables_code
    , output wire   [2:0] formal_tables_nb
    , output wire   [5:0] formal_tables_base
    , output wire  [12:0] formal_tables_cmap
`endif
);

    // Constant declarations
    localparam  c_zero4 = 4'h0;
    localparam  c_eight4 = 4'h8;
    localparam  c_seven4 = 4'h7;
    localparam  c_one16 = 16'h1;

    // Registers: <name>_d is the value loaded at the next rising edge of aclk, <name>_q the register
    reg  [3:0] tables_wnbits;
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
    reg  [3:0] p_d;
    reg  [3:0] p_q;
    reg  ans_last_d;
    reg  ans_last_q;
    reg  [7:0] r0_d;
    reg  [7:0] r0_q;
    reg  [7:0] r1_d;
    reg  [7:0] r1_q;
    reg  u0_d;
    reg  u0_q;
    reg  u1_d;
    reg  u1_q;
    reg  [3:0] q_d;
    reg  [3:0] q_q;
    reg  [15:0] cnt_d;
    reg  [15:0] cnt_q;
    reg  esc_d;
    reg  esc_q;
    reg  [7:0] esc_exp_d;
    reg  [7:0] esc_exp_q;
    reg  m_valid_d;
    reg  m_valid_q;
    reg  m_last_d;
    reg  m_last_q;

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
        .clock(aclk),
        .w_we(tbl_we),
        .w_addr(tbl_addr),
        .w_code(tbl_code),
        .w_nb(tbl_nb),
        .w_base(tbl_base),
        .w_exp(tbl_exp),
        .w_esc(tbl_esc),
        .wnbits(tables_wnbits),
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
`ifdef FORMAL
        ,.formal_rstate(formal_tables_rstate)
        ,.formal_rcode(formal_tables_rcode)
        ,.formal_code(formal_tables_code)
        ,.formal_nb(formal_tables_nb)
        ,.formal_base(formal_tables_base)
        ,.formal_cmap(formal_tables_cmap)
`endif
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
    tans_decoder_fa_tdata tdata(
        .sign(tdata_sign),
        .exp(tdata_exp),
        .mant(tdata_mant),
        .value(tdata_value)
    );

    // Update code
    always @(*) begin
        init_d = init_q;
        state_d = state_q;
        out_sign_d = out_sign_q;
        out_exp_d = out_exp_q;
        out_mant_d = out_mant_q;
        w0_d = w0_q;
        w1_d = w1_q;
        v0_d = v0_q;
        v1_d = v1_q;
        p_d = p_q;
        ans_last_d = ans_last_q;
        r0_d = r0_q;
        r1_d = r1_q;
        u0_d = u0_q;
        u1_d = u1_q;
        q_d = q_q;
        cnt_d = cnt_q;
        esc_d = esc_q;
        esc_exp_d = esc_exp_q;
        m_valid_d = m_valid_q;
        m_last_d = m_last_q;
        tdata_sign = out_sign_q;
        tdata_exp = out_exp_q;
        tdata_mant = out_mant_q;
        tables_wnbits = tbl_nbits;
        tables_state = state_q;
        tables_init = init_q;
        tables_esc_cycle = esc_q;
        window_lo = w0_q;
        window_hi = w1_q;
        window_sel = p_q;
        rwin_r0 = r0_q;
        rwin_r1 = r1_q;
        rwin_sel = q_q;
        psum = ({{1{1'b0}}, tables_nb}) + p_q;
        qsum = tables_nbits + q_q;
        free = ~m_valid_q | m_axis_tready;
        bits_ok = v1_q | ((psum <= c_eight4) & (v0_q | (psum == c_zero4)));
        raw_ok = u1_q | ((qsum <= c_eight4) & (u0_q | (qsum == c_zero4)));
        dec = aresetn & free & ~init_q & ~esc_q & bits_ok & raw_ok;
        escf = aresetn & free & esc_q & raw_ok;
        fire = bits_ok & init_q;
        out_fire = (dec & ~tables_esc) | escf;
        rfire = dec | escf;
        block_end = out_fire & (cnt_q == c_one16);
        if (fire | dec) begin
            state_d = tables_base | (window_out & tables_mask);
            p_d = psum & c_seven4;
            init_d = 1'b0;
        end
        if ((fire | dec) & psum[32'h3]) begin
            s_axis_ans_tready = aresetn & ~ans_last_q;
            w0_d = w1_q;
            v0_d = v1_q;
            v1_d = 1'b0;
            if (aresetn & ~ans_last_q & s_axis_ans_tvalid) begin
                if (v1_q) begin
                    w1_d = s_axis_ans_tdata;
                    v1_d = 1'b1;
                end
                else begin
                    w0_d = s_axis_ans_tdata;
                    v0_d = 1'b1;
                end
            end
            if (aresetn & s_axis_ans_tvalid & s_axis_ans_tlast) begin
                ans_last_d = 1'b1;
            end
        end
        else begin
            s_axis_ans_tready = aresetn & ~ans_last_q & ~v1_q;
            if (aresetn & ~ans_last_q & ~v1_q & s_axis_ans_tvalid) begin
                if (v0_q) begin
                    w1_d = s_axis_ans_tdata;
                    v1_d = 1'b1;
                end
                else begin
                    w0_d = s_axis_ans_tdata;
                    v0_d = 1'b1;
                    if (init_q) begin
                        cnt_d = s_axis_ans_tuser;
                    end
                end
            end
            if (aresetn & s_axis_ans_tvalid & s_axis_ans_tlast & ~v1_q) begin
                ans_last_d = 1'b1;
            end
        end
        if (rfire) begin
            q_d = qsum & c_seven4;
        end
        if (block_end) begin
            q_d = c_zero4;
        end
        if (block_end & (qsum > c_eight4)) begin
            s_axis_raw_tready = aresetn;
            u0_d = 1'b0;
            u1_d = 1'b0;
            if (aresetn & s_axis_raw_tvalid) begin
                r0_d = s_axis_raw_tdata;
                u0_d = 1'b1;
            end
        end
        else if ((rfire & ~block_end & qsum[32'h3]) | (block_end & (qsum != c_zero4))) begin
            s_axis_raw_tready = aresetn;
            r0_d = r1_q;
            u0_d = u1_q;
            u1_d = 1'b0;
            if (aresetn & s_axis_raw_tvalid) begin
                if (u1_q) begin
                    r1_d = s_axis_raw_tdata;
                    u1_d = 1'b1;
                end
                else begin
                    r0_d = s_axis_raw_tdata;
                    u0_d = 1'b1;
                end
            end
        end
        else begin
            s_axis_raw_tready = aresetn & ~u1_q;
            if (aresetn & ~u1_q & s_axis_raw_tvalid) begin
                if (u0_q) begin
                    r1_d = s_axis_raw_tdata;
                    u1_d = 1'b1;
                end
                else begin
                    r0_d = s_axis_raw_tdata;
                    u0_d = 1'b1;
                end
            end
        end
        if (dec & tables_esc) begin
            esc_d = 1'b1;
            esc_exp_d = rwin_out;
        end
        if (escf) begin
            esc_d = 1'b0;
        end
        if (free) begin
            out_sign_d = rwin_out[32'h7] & tables_smask;
            out_mant_d = (rwin_out[6:0]) & tables_mmask;
            if (esc_q) begin
                out_exp_d = esc_exp_q;
            end
            else begin
                out_exp_d = tables_exp;
            end
            m_valid_d = out_fire;
            m_last_d = block_end;
        end
        if (out_fire) begin
            cnt_d = cnt_q - c_one16;
        end
        m_axis_tdata = tdata_value;
        m_axis_tvalid = m_valid_q & aresetn;
        m_axis_tlast = m_last_q;
        if (block_end | ~aresetn) begin
            init_d = 1'b1;
            v0_d = 1'b0;
            v1_d = 1'b0;
            p_d = c_zero4;
            ans_last_d = 1'b0;
        end
        if (~aresetn) begin
            u0_d = 1'b0;
            u1_d = 1'b0;
            q_d = c_zero4;
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
        out_sign_q <= out_sign_d;
        out_exp_q <= out_exp_d;
        out_mant_q <= out_mant_d;
        w0_q <= w0_d;
        w1_q <= w1_d;
        v0_q <= v0_d;
        v1_q <= v1_d;
        p_q <= p_d;
        ans_last_q <= ans_last_d;
        r0_q <= r0_d;
        r1_q <= r1_d;
        u0_q <= u0_d;
        u1_q <= u1_d;
        q_q <= q_d;
        cnt_q <= cnt_d;
        esc_q <= esc_d;
        esc_exp_q <= esc_exp_d;
        m_valid_q <= m_valid_d;
        m_last_q <= m_last_d;
    end

`ifdef FORMAL
    assign formal_state_q = state_q;
    assign formal_state_d = state_d;
    assign formal_init_q = init_q;
    assign formal_p_q = p_q;
    assign formal_w0_q = w0_q;
    assign formal_w1_q = w1_q;
    assign formal_v0_q = v0_q;
    assign formal_v1_q = v1_q;
    assign formal_r0_q = r0_q;
    assign formal_r1_q = r1_q;
    assign formal_u0_q = u0_q;
    assign formal_u1_q = u1_q;
    assign formal_q_q = q_q;
    assign formal_dec = dec;
    assign formal_fire = fire;
    assign formal_escf = escf;
    assign formal_free = free;
    assign formal_out_sign_d = out_sign_d;
    assign formal_out_exp_d = out_exp_d;
    assign formal_out_mant_d = out_mant_d;
    assign formal_m_valid_d = m_valid_d;
    assign formal_esc_q = esc_q;
    assign formal_esc_d = esc_d;
    assign formal_esc_exp_q = esc_exp_q;
    assign formal_esc_exp_d = esc_exp_d;
`endif
endmodule // tans_decoder_fa

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

module tans_decoder_fa_tables(clock,w_we,w_addr,w_code,w_nb,w_base,w_exp,w_esc,wnbits,state,init,esc_cycle,nb,base,mask,exp,esc,nbits,mmask,smask
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
    input wire  [3:0] wnbits;
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
    wire [12:0] cmap_rd;
    // Asynchronous reads (LUT-RAM) as continuous assignments.
    wire [3:0] code_rd = code_mem[state];
    wire [2:0] nb_rd = nb_mem[state];
    wire [5:0] base_rd = base_mem[state];
    reg [7:0] fmask;

    // No reset and no initial value: every entry is written through the table port before use.
    always @(posedge clock) begin
        if (w_we && !w_addr[6]) begin
            code_mem[w_addr[5:0]] <= w_code;
            nb_mem[w_addr[5:0]] <= w_nb;
            base_mem[w_addr[5:0]] <= w_base;
        end
        if (w_we && w_addr[6]) cmap_mem[w_addr[3:0]] <= {w_esc, wnbits, w_exp};
    end

    assign cmap_rd = cmap_mem[code_rd];

    always @(*) begin
        {esc, nbits, exp} = cmap_rd;
        if (esc_cycle || esc) nbits = 4'd8;
        if (init) begin
            nb = 3'd6;
            base = 6'h0;
        end else begin
            nb = nb_rd;
            base = base_rd;
        end
        mask = ~({6{1'b1}} << nb);
        fmask = ~(8'hff >> nbits);
        mmask = fmask[6:0];
        smask = fmask[7];
    end
    `ifdef FORMAL
    // FORMAL-only read port of the table memories (docs/FORMAL.md, tANS table proofs)
    input wire [5:0] formal_rstate;
    input wire [3:0] formal_rcode;
    output wire [3:0] formal_code;
    output wire [2:0] formal_nb;
    output wire [5:0] formal_base;
    output wire [12:0] formal_cmap;
    assign formal_code = code_mem[formal_rstate];
    assign formal_nb = nb_mem[formal_rstate];
    assign formal_base = base_mem[formal_rstate];
    assign formal_cmap = cmap_mem[formal_rcode];
    `endif
endmodule // tans_decoder_fa_tables

module tans_decoder_fa_tdata(sign,exp,mant,value);

    // Module arguments
    input wire  sign;
    input wire  [7:0] exp;
    input wire  [6:0] mant;
    output reg  [15:0] value;

    // Update code (custom)
    always @(*) value = {sign, exp, mant};
endmodule // tans_decoder_fa_tdata

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

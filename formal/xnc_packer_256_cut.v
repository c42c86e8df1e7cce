// xnc_packer_256_cut.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// The FORMAL-only twin of rtl/xnc_packer_256.v that the one-step lemmas of the packer -> unpacker
// chain (formal/rt_pack.md, docs/FORMAL.md) cut between register stages. It is
// rtl/xnc_packer_256.v's text, the module renamed xnc_packer_256_cut, with lines added only (a unit test
// checks it):
//   - an output formal_<r>_d for each register <r>: the value <r>_q loads at the next rising
//     edge of aclk;
//   - under `define FORMAL_CUT_STATE, every register <r> is an input formal_<r>_q: its
//     `<r>_q <= <r>_d;` line is left out and <r>_q follows the input, a free value for the
//     lemma's one step (a register the block already observes under FORMAL keeps that
//     output only without the macro);
//   - an output formal_<s> for each combinational signal the lemmas read: load, step.
// The registers (20 of them, every `reg <r>_q` of the block): c .. out2_valid.
// Not for synthesis or simulation: rtl/xnc_packer_256.v is the block.
//
// xnc_packer_256.v: GENERATED FILE, DO NOT EDIT.
// Generated from the rust-hdl description in crates/xnc-rtl and the block manifest
// (crates/xnc-rtl/src/manifest.rs) by:
//   cargo run --release --bin gen-verilog
//
// XNC packer: records in (one per cycle), bit-contiguous memory words out (the container's block bytes)
//
// Latency: 3 cycle(s) from an input transfer to the first m_axis_tvalid it causes.
// Throughput: 1 word per cycle: 256/record_bits records per cycle (about 0.6 on BF16-origin weights; the memory word is the limit).
// Clock and reset: one clock, aclk (rising edge); aresetn synchronous, active low: it clears
// every control register; no register depends on an initial value. m_axis_tvalid is low
// while aresetn is low. Output beats stay stable while tvalid && !tready (AXI4-Stream).
// s_axis: tdata 552 bits, tuser 10 bits, tlast.
// m_axis: tdata 256 bits, tkeep 32 bits, tlast.
//
// The bits of s_axis_tdata below the record's end must be zero (the compressor and the unpacker
// guarantee it). On the record with tlast the packer flushes: the partial last word is zero-padded.
// A record of at most 480 bits is placed in one cycle, a longer one (native FP16 only) in two: bits
// 0..480, then 480..552; s_axis_tready rises with the second. s_axis_tready depends on m_axis_tready
// (a word leaving makes room) and on s_axis_tuser (the record length).
// Reset (aresetn low at a rising edge): drops the buffered bits.
//
// Every port, bus layout and the table-load sequence byte by byte: docs/INTEGRATION.md.
`default_nettype none

module xnc_packer_256_cut (
    // Clock and reset
    input  wire         aclk,          // 1 bit: clock: every register samples on its rising edge
    input  wire         aresetn,       // 1 bit: synchronous active-low reset of every control register
    // s_axis: input stream (AXI4-Stream)
    input  wire [551:0] s_axis_tdata,  // 552 bits: XNC record, MSB-aligned: [551] F, [550:519] S0..S31, then the codes (first code at the top); every bit below the record's end is zero
    input  wire   [9:0] s_axis_tuser,  // 10 bits: [9:0] record length in bits, 33 + sum of code widths (97..545)
    input  wire         s_axis_tvalid, // 1 bit: beat valid
    output reg          s_axis_tready, // 1 bit: beat accepted (transfer: tvalid && tready at a rising edge)
    input  wire         s_axis_tlast,  // 1 bit: last record of a block: flush it
    // m_axis: output stream (AXI4-Stream)
    output reg  [255:0] m_axis_tdata,  // 256 bits: stream bits [Wk, Wk+W) of the block, first bit at the top bit (xnc::encode_stream, big-endian)
    output reg   [31:0] m_axis_tkeep,  // 32 bits: valid bytes: all ones but on the block's last word, where the top lanes are valid (the top lane is the first byte)
    output reg          m_axis_tvalid, // 1 bit: beat valid
    input  wire         m_axis_tready, // 1 bit: beat accepted (transfer: tvalid && tready at a rising edge)
    output reg          m_axis_tlast   // 1 bit: last word of a block (every block starts on a word boundary)
    , output wire [511:0] formal_c_d
    , output wire  [10:0] formal_clen_d
    , output wire         formal_clast_d
    , output wire         formal_cv_d
    , output wire   [7:0] formal_coff_d
    , output wire [511:0] formal_r_d
    , output wire  [10:0] formal_rlen_d
    , output wire         formal_rlast_d
    , output wire         formal_rv_d
    , output wire [255:0] formal_acc_d
    , output wire   [7:0] formal_off_d
    , output wire         formal_part_d
    , output wire         formal_flush_d
    , output wire [255:0] formal_out_d
    , output wire  [31:0] formal_out_keep_d
    , output wire         formal_out_last_d
    , output wire         formal_out_valid_d
    , output wire [255:0] formal_out2_d
    , output wire         formal_out2_last_d
    , output wire         formal_out2_valid_d
`ifdef FORMAL_CUT_STATE
    , input  wire [511:0] formal_c_q
    , input  wire  [10:0] formal_clen_q
    , input  wire         formal_clast_q
    , input  wire         formal_cv_q
    , input  wire   [7:0] formal_coff_q
    , input  wire [511:0] formal_r_q
    , input  wire  [10:0] formal_rlen_q
    , input  wire         formal_rlast_q
    , input  wire         formal_rv_q
    , input  wire [255:0] formal_acc_q
    , input  wire   [7:0] formal_off_q
    , input  wire         formal_part_q
    , input  wire         formal_flush_q
    , input  wire [255:0] formal_out_q
    , input  wire  [31:0] formal_out_keep_q
    , input  wire         formal_out_last_q
    , input  wire         formal_out_valid_q
    , input  wire [255:0] formal_out2_q
    , input  wire         formal_out2_last_q
    , input  wire         formal_out2_valid_q
`endif
    , output wire         formal_load
    , output wire         formal_step
);

    // Constant declarations
    localparam  k_chunk_len = 10'b111100000;
    localparam  k_chunk_e = 11'b111100000;
    localparam  k_c0_shift = 12'h28;
    localparam  k_c0_mask = 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00000000;
    localparam  k_c1_shift = 12'h1b8;
    localparam  k_code_shift = 12'h1;
    localparam  k_d1_0 = 12'h40;
    localparam  k_d1_1 = 12'h10;
    localparam  k_d1_2 = 12'h4;
    localparam  k_d1_3 = 12'h1;
    localparam  k_d2_0 = 12'h80;
    localparam  k_d2_1 = 12'h20;
    localparam  k_d2_2 = 12'h8;
    localparam  k_d2_3 = 12'h2;
    localparam  k_d3_0 = 12'hc0;
    localparam  k_d3_1 = 12'h30;
    localparam  k_d3_2 = 12'hc;
    localparam  k_d3_3 = 12'h3;
    localparam  k_d1n_0 = 12'h1c0;
    localparam  k_d1n_1 = 12'h1f0;
    localparam  k_d1n_2 = 12'h1fc;
    localparam  k_d1n_3 = 12'h1ff;
    localparam  k_d2n_0 = 12'h180;
    localparam  k_d2n_1 = 12'h1e0;
    localparam  k_d2n_2 = 12'h1f8;
    localparam  k_d2n_3 = 12'h1fe;
    localparam  k_d3n_0 = 12'h140;
    localparam  k_d3n_1 = 12'h1d0;
    localparam  k_d3n_2 = 12'h1f4;
    localparam  k_d3n_3 = 12'h1fd;
    localparam  k_one = 12'h1;
    localparam  k_one_n = 12'h1ff;
    localparam  k_r0_shift = 12'h100;
    localparam  k_rot_ones = 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff;
    localparam  k_rot_zero = 512'h0;
    localparam  k_grp_mask = 8'he0;
    localparam  k_ones_w = 256'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff;
    localparam  k_zero_w = 256'h0;
    localparam  k_zero_off = 8'h0;
    localparam  k_w_e = 11'b100000000;
    localparam  k_w2_e = 11'b1000000000;
    localparam  k_two = 1'b1;
    localparam  k_seven = 11'b111;
    localparam  k_three = 11'b11;
    localparam  k_keep_all = 32'hffffffff;
    localparam  k_keep_tab = 64'hffffffff00000000;

    // Registers: <name>_d is the value loaded at the next rising edge of aclk, <name>_q the register
    reg  [511:0] c_d;
    reg  [511:0] c_q;
    reg  [10:0] clen_d;
    reg  [10:0] clen_q;
    reg  clast_d;
    reg  clast_q;
    reg  cv_d;
    reg  cv_q;
    reg  [7:0] coff_d;
    reg  [7:0] coff_q;
    reg  [511:0] r_d;
    reg  [511:0] r_q;
    reg  [10:0] rlen_d;
    reg  [10:0] rlen_q;
    reg  rlast_d;
    reg  rlast_q;
    reg  rv_d;
    reg  rv_q;
    reg  [255:0] acc_d;
    reg  [255:0] acc_q;
    reg  [7:0] off_d;
    reg  [7:0] off_q;
    reg  part_d;
    reg  part_q;
    reg  flush_d;
    reg  flush_q;
    reg  [255:0] out_d;
    reg  [255:0] out_q;
    reg  [31:0] out_keep_d;
    reg  [31:0] out_keep_q;
    reg  out_last_d;
    reg  out_last_q;
    reg  out_valid_d;
    reg  out_valid_q;
    reg  [255:0] out2_d;
    reg  [255:0] out2_q;
    reg  out2_last_d;
    reg  out2_last_q;
    reg  out2_valid_d;
    reg  out2_valid_q;

    // Local signals
    reg  long;
    reg  fin;
    reg  [10:0] len_e;
    reg  [10:0] clen;
    reg  [551:0] bus0;
    reg  [551:0] bus1;
    reg  [511:0] chunk0;
    reg  [511:0] chunk1;
    reg  [8:0] code;
    reg  [8:0] code_r;
    reg  [511:0] stage_0;
    reg  [511:0] stage_1;
    reg  [511:0] stage_2;
    reg  [511:0] stage_3;
    reg  [511:0] stage_4;
    reg  [511:0] stage_5;
    reg  [511:0] rot1_0;
    reg  [511:0] rot1_1;
    reg  [511:0] rot1_2;
    reg  [511:0] rot1_3;
    reg  [511:0] rot2_0;
    reg  [511:0] rot2_1;
    reg  [511:0] rot2_2;
    reg  [511:0] rot2_3;
    reg  [511:0] rot3_0;
    reg  [511:0] rot3_1;
    reg  [511:0] rot3_2;
    reg  [511:0] rot3_3;
    reg  [511:0] pick0_0;
    reg  [511:0] pick0_1;
    reg  [511:0] pick0_2;
    reg  [511:0] pick0_3;
    reg  [511:0] pick1_0;
    reg  [511:0] pick1_1;
    reg  [511:0] pick1_2;
    reg  [511:0] pick1_3;
    reg  [511:0] pick2_0;
    reg  [511:0] pick2_1;
    reg  [511:0] pick2_2;
    reg  [511:0] pick2_3;
    reg  [511:0] pick3_0;
    reg  [511:0] pick3_1;
    reg  [511:0] pick3_2;
    reg  [511:0] pick3_3;
    reg  [511:0] rot_last;
    reg  [511:0] rot_top;
    reg  [255:0] r0;
    reg  [255:0] r1;
    reg  [7:0] off_grp;
    reg  [255:0] mask;
    reg  [255:0] mask_w;
    reg  [255:0] word;
    reg  [255:0] head;
    reg  [255:0] tail;
    reg  [10:0] off_e;
    reg  [10:0] fill;
    reg  ge1;
    reg  ge2;
    reg  [7:0] off_new;
    reg  exact;
    reg  last_rec;
    reg  out2_valid;
    reg  leave;
    reg  empty_after;
    reg  room;
    reg  take;
    reg  load;
    reg  c_free;
    reg  r_free;
    reg  step;
    reg  [10:0] coff_e;
    reg  [10:0] cfill;
    reg  flush_take;
    reg  [10:0] off7;
    reg  [10:0] nbytes;
    reg  [63:0] keep2;

    // Update code
    always @(*) begin
        c_d = c_q;
        clen_d = clen_q;
        clast_d = clast_q;
        cv_d = cv_q;
        coff_d = coff_q;
        r_d = r_q;
        rlen_d = rlen_q;
        rlast_d = rlast_q;
        rv_d = rv_q;
        acc_d = acc_q;
        off_d = off_q;
        part_d = part_q;
        flush_d = flush_q;
        out_d = out_q;
        out_keep_d = out_keep_q;
        out_last_d = out_last_q;
        out_valid_d = out_valid_q;
        out2_d = out2_q;
        out2_last_d = out2_last_q;
        out2_valid_d = out2_valid_q;
        long = (s_axis_tuser > k_chunk_len) & s_axis_tvalid;
        fin = part_q | ~long;
        len_e = ({{1{1'b0}}, s_axis_tuser});
        clen = len_e;
        if (long) begin
            clen = k_chunk_e;
        end
        if (part_q) begin
            clen = len_e - k_chunk_e;
        end
        bus0 = s_axis_tdata >> k_c0_shift;
        bus1 = s_axis_tdata << k_c1_shift;
        chunk0 = (bus0[511:0]) & k_c0_mask;
        chunk1 = (bus1[511:0]);
        stage_0 = c_q;
        code = ({{1{1'b0}}, coff_q}) << k_code_shift;
        rot1_0 = (stage_0 >> k_d1_0) | (stage_0 << k_d1n_0);
        rot2_0 = (stage_0 >> k_d2_0) | (stage_0 << k_d2n_0);
        rot3_0 = (stage_0 >> k_d3_0) | (stage_0 << k_d3n_0);
        pick0_0 = k_rot_zero;
        pick1_0 = k_rot_zero;
        pick2_0 = k_rot_zero;
        pick3_0 = k_rot_zero;
        case (code[(32'h7 - 32'h2 * 0)+:(2)])
            1:
                begin
                    pick1_0 = k_rot_ones;
                end
            2:
                begin
                    pick2_0 = k_rot_ones;
                end
            3:
                begin
                    pick3_0 = k_rot_ones;
                end
            default:
                begin
                    pick0_0 = k_rot_ones;
                end
        endcase
        stage_1 = (stage_0 & pick0_0) | (rot1_0 & pick1_0) | (rot2_0 & pick2_0) | (rot3_0 & pick3_0);
        rot1_1 = (stage_1 >> k_d1_1) | (stage_1 << k_d1n_1);
        rot2_1 = (stage_1 >> k_d2_1) | (stage_1 << k_d2n_1);
        rot3_1 = (stage_1 >> k_d3_1) | (stage_1 << k_d3n_1);
        pick0_1 = k_rot_zero;
        pick1_1 = k_rot_zero;
        pick2_1 = k_rot_zero;
        pick3_1 = k_rot_zero;
        case (code[(32'h7 - 32'h2 * 1)+:(2)])
            1:
                begin
                    pick1_1 = k_rot_ones;
                end
            2:
                begin
                    pick2_1 = k_rot_ones;
                end
            3:
                begin
                    pick3_1 = k_rot_ones;
                end
            default:
                begin
                    pick0_1 = k_rot_ones;
                end
        endcase
        stage_2 = (stage_1 & pick0_1) | (rot1_1 & pick1_1) | (rot2_1 & pick2_1) | (rot3_1 & pick3_1);
        rot1_2 = (stage_2 >> k_d1_2) | (stage_2 << k_d1n_2);
        rot2_2 = (stage_2 >> k_d2_2) | (stage_2 << k_d2n_2);
        rot3_2 = (stage_2 >> k_d3_2) | (stage_2 << k_d3n_2);
        pick0_2 = k_rot_zero;
        pick1_2 = k_rot_zero;
        pick2_2 = k_rot_zero;
        pick3_2 = k_rot_zero;
        case (code[(32'h7 - 32'h2 * 2)+:(2)])
            1:
                begin
                    pick1_2 = k_rot_ones;
                end
            2:
                begin
                    pick2_2 = k_rot_ones;
                end
            3:
                begin
                    pick3_2 = k_rot_ones;
                end
            default:
                begin
                    pick0_2 = k_rot_ones;
                end
        endcase
        stage_3 = (stage_2 & pick0_2) | (rot1_2 & pick1_2) | (rot2_2 & pick2_2) | (rot3_2 & pick3_2);
        rot1_3 = (stage_3 >> k_d1_3) | (stage_3 << k_d1n_3);
        rot2_3 = (stage_3 >> k_d2_3) | (stage_3 << k_d2n_3);
        rot3_3 = (stage_3 >> k_d3_3) | (stage_3 << k_d3n_3);
        pick0_3 = k_rot_zero;
        pick1_3 = k_rot_zero;
        pick2_3 = k_rot_zero;
        pick3_3 = k_rot_zero;
        case (code[(32'h7 - 32'h2 * 3)+:(2)])
            1:
                begin
                    pick1_3 = k_rot_ones;
                end
            2:
                begin
                    pick2_3 = k_rot_ones;
                end
            3:
                begin
                    pick3_3 = k_rot_ones;
                end
            default:
                begin
                    pick0_3 = k_rot_ones;
                end
        endcase
        stage_4 = (stage_3 & pick0_3) | (rot1_3 & pick1_3) | (rot2_3 & pick2_3) | (rot3_3 & pick3_3);
        code_r = ({{1{1'b0}}, off_q}) << k_code_shift;
        rot_last = (r_q >> k_one) | (r_q << k_one_n);
        stage_5 = r_q;
        if (code_r[32'h0]) begin
            stage_5 = rot_last;
        end
        rot_top = stage_5 >> k_r0_shift;
        r0 = (rot_top[255:0]);
        r1 = (stage_5[255:0]);
        off_grp = off_q & k_grp_mask;
        mask = k_ones_w >> off_grp;
        head = acc_q | (r0 & mask);
        tail = r0 & ~mask;
        mask_w = mask;
        if (flush_q) begin
            mask_w = k_zero_w;
        end
        word = acc_q | (r0 & mask_w);
        off_e = ({{3{1'b0}}, off_q});
        fill = off_e + rlen_q;
        ge1 = fill >= k_w_e;
        ge2 = (fill >= k_w2_e) & k_two;
        off_new = (fill[7:0]);
        exact = ~|off_new;
        last_rec = rlast_q;
        out2_valid = out2_valid_q & k_two;
        leave = out_valid_q & m_axis_tready;
        empty_after = ~out2_valid & (~out_valid_q | m_axis_tready);
        room = ~flush_q & (~ge1 | empty_after) & aresetn;
        take = rv_q & room;
        r_free = (~rv_q | take) & aresetn;
        step = cv_q & r_free;
        c_free = (~cv_q | step) & aresetn;
        s_axis_tready = c_free & fin;
        load = c_free & s_axis_tvalid;
        flush_take = flush_q & empty_after;
        m_axis_tvalid = out_valid_q & aresetn;
        m_axis_tdata = out_q;
        m_axis_tkeep = out_keep_q;
        m_axis_tlast = out_last_q;
        off7 = off_e + k_seven;
        nbytes = off7 >> k_three;
        keep2 = k_keep_tab >> nbytes;
        out_d = out_q;
        out_keep_d = out_keep_q;
        out_last_d = out_last_q;
        out_valid_d = out_valid_q;
        out2_d = out2_q;
        out2_last_d = out2_last_q;
        out2_valid_d = out2_valid_q;
        if (leave) begin
            out_valid_d = 1'b0;
            if (out2_valid) begin
                out_keep_d = k_keep_all;
                out_last_d = out2_last_q;
                out_valid_d = 1'b1;
                out2_valid_d = 1'b0;
            end
        end
        if (take & ge1) begin
            out_keep_d = k_keep_all;
            out_last_d = last_rec & exact & ~ge2;
            out_valid_d = 1'b1;
            if (ge2) begin
                out2_d = r1;
                out2_last_d = last_rec & exact;
                out2_valid_d = 1'b1;
            end
        end
        if (flush_take) begin
            out_keep_d = (keep2[31:0]);
            out_last_d = 1'b1;
            out_valid_d = 1'b1;
        end
        if ((take & ge1) | flush_take) begin
            out_d = word;
        end
        if (out2_valid & m_axis_tready) begin
            out_d = out2_q;
        end
        c_d = c_q;
        clen_d = clen_q;
        clast_d = clast_q;
        cv_d = cv_q & ~step;
        part_d = part_q;
        if (load) begin
            c_d = chunk0;
            clen_d = clen;
            clast_d = fin & s_axis_tlast;
            cv_d = 1'b1;
            part_d = ~fin;
        end
        if (load & part_q) begin
            c_d = chunk1;
        end
        coff_e = ({{3{1'b0}}, coff_q});
        cfill = coff_e + clen_q;
        r_d = r_q;
        rlen_d = rlen_q;
        rlast_d = rlast_q;
        rv_d = rv_q & ~take;
        coff_d = coff_q;
        if (step) begin
            r_d = stage_4;
            rlen_d = clen_q;
            rlast_d = clast_q;
            rv_d = 1'b1;
            coff_d = (cfill[7:0]);
            if (clast_q) begin
                coff_d = k_zero_off;
            end
        end
        acc_d = acc_q;
        off_d = off_q;
        flush_d = flush_q;
        if (take) begin
            acc_d = head;
            if (ge1) begin
                acc_d = tail;
                if (k_two & ~ge2) begin
                    acc_d = r1;
                end
            end
            off_d = off_new;
            flush_d = last_rec & ~exact;
        end
        if (flush_take) begin
            acc_d = k_zero_w;
            off_d = k_zero_off;
            flush_d = 1'b0;
        end
        if (~aresetn) begin
            acc_d = k_zero_w;
            off_d = k_zero_off;
            cv_d = 1'b0;
            rv_d = 1'b0;
            coff_d = k_zero_off;
            part_d = 1'b0;
            flush_d = 1'b0;
            out_valid_d = 1'b0;
            out_last_d = 1'b0;
            out2_valid_d = 1'b0;
            out2_last_d = 1'b0;
        end
    end

    // Registers (control registers are reset in the update code above; data registers need no
    // reset: a valid flag guards them)
    always @(posedge aclk) begin
`ifndef FORMAL_CUT_STATE
        c_q <= c_d;
        clen_q <= clen_d;
        clast_q <= clast_d;
        cv_q <= cv_d;
        coff_q <= coff_d;
        r_q <= r_d;
        rlen_q <= rlen_d;
        rlast_q <= rlast_d;
        rv_q <= rv_d;
        acc_q <= acc_d;
        off_q <= off_d;
        part_q <= part_d;
        flush_q <= flush_d;
        out_q <= out_d;
        out_keep_q <= out_keep_d;
        out_last_q <= out_last_d;
        out_valid_q <= out_valid_d;
        out2_q <= out2_d;
        out2_last_q <= out2_last_d;
        out2_valid_q <= out2_valid_d;
`endif
    end

    assign formal_c_d = c_d;
    assign formal_clen_d = clen_d;
    assign formal_clast_d = clast_d;
    assign formal_cv_d = cv_d;
    assign formal_coff_d = coff_d;
    assign formal_r_d = r_d;
    assign formal_rlen_d = rlen_d;
    assign formal_rlast_d = rlast_d;
    assign formal_rv_d = rv_d;
    assign formal_acc_d = acc_d;
    assign formal_off_d = off_d;
    assign formal_part_d = part_d;
    assign formal_flush_d = flush_d;
    assign formal_out_d = out_d;
    assign formal_out_keep_d = out_keep_d;
    assign formal_out_last_d = out_last_d;
    assign formal_out_valid_d = out_valid_d;
    assign formal_out2_d = out2_d;
    assign formal_out2_last_d = out2_last_d;
    assign formal_out2_valid_d = out2_valid_d;
    assign formal_load = load;
    assign formal_step = step;
`ifdef FORMAL_CUT_STATE
    // FORMAL_CUT_STATE: every state register of the block, free inputs
    always @(*) begin
        c_q = formal_c_q;
        clen_q = formal_clen_q;
        clast_q = formal_clast_q;
        cv_q = formal_cv_q;
        coff_q = formal_coff_q;
        r_q = formal_r_q;
        rlen_q = formal_rlen_q;
        rlast_q = formal_rlast_q;
        rv_q = formal_rv_q;
        acc_q = formal_acc_q;
        off_q = formal_off_q;
        part_q = formal_part_q;
        flush_q = formal_flush_q;
        out_q = formal_out_q;
        out_keep_q = formal_out_keep_q;
        out_last_q = formal_out_last_q;
        out_valid_q = formal_out_valid_q;
        out2_q = formal_out2_q;
        out2_last_q = formal_out2_last_q;
        out2_valid_q = formal_out2_valid_q;
    end
`endif
endmodule // xnc_packer_256_cut

`default_nettype wire

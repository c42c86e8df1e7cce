// Self-checking testbench of the plain tANS decoders (Icarus and Verilator): the model's tables loaded
// through the table port, then the tANS and raw byte streams of every block in, BF16 values out,
// compared with the tensor's values (`xnc vectors --hex`); random valid gaps on both inputs and
// back-pressure on the output from the shared SplitMix64 stall generator (+seed=S).
// This file tests rtl/tans_decoder.v (R = 6); tb_tans_decoder_r8.sv defines the TANS_* macros for
// R = 8 and includes it.
`timescale 1ns / 1ps
`default_nettype none

`ifndef TANS_R
`define TANS_R 6
`define TANS_DUT tans_decoder
`define TANS_TB tb_tans_decoder
`define TANS_NAME "tans_decoder"
`endif

module `TANS_TB;
    localparam int DEPTH = 16384;  // most beats per port
    localparam int R = `TANS_R;  // table log
    localparam int NB = $clog2(R + 1);  // bits of a state's bit count
    localparam int TBL = 2 ** (R + 1);  // room for 2^R states + the code map
    `include "tb_common.svh"

    logic aclk = 1'b0, aresetn = 1'b0;
    logic [7:0] s_axis_ans_tdata = '0, s_axis_raw_tdata = '0;
    logic s_axis_ans_tvalid = 1'b0, s_axis_ans_tlast = 1'b0;
    logic s_axis_raw_tvalid = 1'b0, s_axis_raw_tlast = 1'b0;
    logic m_axis_tready = 1'b0;
    wire s_axis_ans_tready, s_axis_raw_tready, m_axis_tvalid, m_axis_tlast;
    wire [15:0] m_axis_tdata;
    logic tbl_we = 1'b0, tbl_esc = 1'b0;
    logic [R:0] tbl_addr = '0;
    logic [3:0] tbl_code = '0;
    logic [NB-1:0] tbl_nb = '0;
    logic [R-1:0] tbl_base = '0;
    logic [7:0] tbl_exp = '0;

    `TANS_DUT dut (
        .aclk, .aresetn,
        .s_axis_ans_tdata, .s_axis_ans_tvalid, .s_axis_ans_tready, .s_axis_ans_tlast,
        .s_axis_raw_tdata, .s_axis_raw_tvalid, .s_axis_raw_tready, .s_axis_raw_tlast,
        .m_axis_tdata, .m_axis_tvalid, .m_axis_tready, .m_axis_tlast,
        .tbl_we, .tbl_addr, .tbl_code, .tbl_nb, .tbl_base, .tbl_exp, .tbl_esc
    );

    // Beat records (crates/xnc-sim/src/vectors.rs): {last, byte} in, {last, value} out, and the table
    // writes {esc, exp, base[15:0], nb, code, addr[15:0]}.
    logic [15:0] ans_mem[DEPTH];
    logic [15:0] raw_mem[DEPTH];
    logic [23:0] out_mem[DEPTH];
    logic [63:0] tbl_mem[TBL];

    initial begin : run
        logic ready, go;
        logic hold[2];
        integer next[2], n_in[2];
        integer k, n_out, n_tbl, t;
        logic [23:0] got;
        tb_setup();
        n_in[0] = counts[0];
        n_in[1] = counts[1];
        n_out = counts[2];
        n_tbl = counts[3];
        if (n_in[0] > DEPTH || n_in[1] > DEPTH || n_out > DEPTH || n_tbl > TBL)
            $fatal(1, "vectors too long for DEPTH=%0d", DEPTH);
        $readmemh({vdir, "/s_axis_ans.hex"}, ans_mem, 0, n_in[0] - 1);
        $readmemh({vdir, "/s_axis_raw.hex"}, raw_mem, 0, n_in[1] - 1);
        $readmemh({vdir, "/m_axis.hex"}, out_mem, 0, n_out - 1);
        $readmemh({vdir, "/table.hex"}, tbl_mem, 0, n_tbl - 1);
        if ($value$plusargs("trace=%s", trace_file)) begin
            $dumpfile(trace_file);
            $dumpvars(0, `TANS_TB);
        end
        // Power-up: one reset cycle, not counted.
        #5 aclk = 1'b1;
        #5 aresetn = 1'b1;
        // Table load: one write per cycle, counted, no stall draws.
        for (t = 0; t < n_tbl; t = t + 1) begin
            tbl_we = 1'b1;
            tbl_addr = tbl_mem[t][R:0];
            tbl_code = tbl_mem[t][19:16];
            tbl_nb = tbl_mem[t][24+:NB];
            tbl_base = tbl_mem[t][32+:R];
            tbl_exp = tbl_mem[t][55:48];
            tbl_esc = tbl_mem[t][56];
            aclk = 1'b0;
            #5 aclk = 1'b1;
            #5 cycle = cycle + 1;
        end
        tbl_we = 1'b0;
        hold[0] = 1'b0;
        hold[1] = 1'b0;
        next[0] = 0;
        next[1] = 0;
        k = 0;
        while (k < n_out) begin
            // Sources in port order (tANS, raw), then the sink.
            if (!hold[0] && next[0] < n_in[0]) begin
                draw(go);
                if (go) begin
                    hold[0] = 1'b1;
                    {s_axis_ans_tlast, s_axis_ans_tdata} = ans_mem[next[0]][8:0];
                end
            end
            if (!hold[1] && next[1] < n_in[1]) begin
                draw(go);
                if (go) begin
                    hold[1] = 1'b1;
                    {s_axis_raw_tlast, s_axis_raw_tdata} = raw_mem[next[1]][8:0];
                end
            end
            s_axis_ans_tvalid = hold[0];
            s_axis_raw_tvalid = hold[1];
            draw(ready);
            m_axis_tready = ready;
            aclk = 1'b0;
            #5;
            if (hold[0] && s_axis_ans_tready) begin
                hold[0] = 1'b0;
                next[0] = next[0] + 1;
                if (first_in < 0) first_in = cycle;
            end
            if (hold[1] && s_axis_raw_tready) begin
                hold[1] = 1'b0;
                next[1] = next[1] + 1;
            end
            if (m_axis_tvalid) begin
                if (first_valid < 0) first_valid = cycle;
                if (ready) begin
                    got = {7'd0, m_axis_tlast, m_axis_tdata};
                    if (got === out_mem[k]) begin
                        passed = passed + 1;
                    end else begin
                        failed = failed + 1;
                        if (failed <= 5)
                            $display("MISMATCH value %0d (cycle %0d): got %h last %b, expected %h last %b", k, cycle,
                                     got[15:0], got[16], out_mem[k][15:0], out_mem[k][16]);
                    end
                    if (first_out < 0) first_out = cycle;
                    last_out = cycle;
                    k = k + 1;
                end
            end
            aclk = 1'b1;
            #5;
            cycle = cycle + 1;
            if (cycle > n_tbl + 64 * (n_in[0] + n_in[1] + n_out) + 1000) $fatal(1, "timeout: %0d of %0d values", k, n_out);
        end
        design_name = `TANS_NAME;
        tb_summary(counts[4]);
        $finish;
    end
endmodule

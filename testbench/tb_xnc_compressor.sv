// Self-checking testbench of rtl/xnc_compressor.v (Icarus and Verilator): chunks of 32 FP16 words in,
// XNC records out, compared with the golden records of `xnc vectors --hex`; random valid gaps and
// back-pressure from the shared SplitMix64 stall generator (+seed=S).
`timescale 1ns / 1ps
`default_nettype none

module tb_xnc_compressor;
    localparam int DEPTH = 8192;  // most beats per port
    `include "tb_common.svh"

    logic aclk = 1'b0, aresetn = 1'b0;
    logic [511:0] s_axis_tdata = '0;
    logic s_axis_tvalid = 1'b0, s_axis_tlast = 1'b0, m_axis_tready = 1'b0;
    wire s_axis_tready, m_axis_tvalid, m_axis_tlast;
    wire [544:0] m_axis_tdata;
    wire [9:0] m_axis_tuser;

    xnc_compressor dut (
        .aclk, .aresetn,
        .s_axis_tdata, .s_axis_tvalid, .s_axis_tready, .s_axis_tlast,
        .m_axis_tdata, .m_axis_tuser, .m_axis_tvalid, .m_axis_tready, .m_axis_tlast
    );

    // Beat records (crates/xnc-sim/src/vectors.rs): {last, data[511:0]} in, {last, user, data[551:0]} out.
    logic [519:0] in_mem[DEPTH];
    logic [575:0] out_mem[DEPTH];

    initial begin : run
        logic hold, ready, go;
        integer next, k, n_in, n_out;
        logic [575:0] got;
        tb_setup();
        n_in = counts[0];
        n_out = counts[1];
        if (n_in > DEPTH || n_out > DEPTH) $fatal(1, "vectors too long for DEPTH=%0d", DEPTH);
        $readmemh({vdir, "/s_axis.hex"}, in_mem, 0, n_in - 1);
        $readmemh({vdir, "/m_axis.hex"}, out_mem, 0, n_out - 1);
        if ($value$plusargs("trace=%s", trace_file)) begin
            $dumpfile(trace_file);
            $dumpvars(0, tb_xnc_compressor);
        end
        // Power-up: one reset cycle, not counted.
        #5 aclk = 1'b1;
        #5 aresetn = 1'b1;
        hold = 1'b0;
        next = 0;
        k = 0;
        while (k < n_out) begin
            if (!hold && next < n_in) begin
                draw(go);
                if (go) begin
                    hold = 1'b1;
                    {s_axis_tlast, s_axis_tdata} = in_mem[next][512:0];
                end
            end
            s_axis_tvalid = hold;
            draw(ready);
            m_axis_tready = ready;
            aclk = 1'b0;
            #5;
            if (hold && s_axis_tready) begin
                hold = 1'b0;
                next = next + 1;
                if (first_in < 0) first_in = cycle;
            end
            if (m_axis_tvalid) begin
                if (first_valid < 0) first_valid = cycle;
                if (ready) begin
                    got = '0;
                    got[544:0] = m_axis_tdata;
                    got[567:552] = {6'd0, m_axis_tuser};
                    got[568] = m_axis_tlast;
                    if (got === out_mem[k]) begin
                        passed = passed + 1;
                    end else begin
                        failed = failed + 1;
                        if (failed <= 5)
                            $display("MISMATCH beat %0d (cycle %0d): got len %0d last %b record %h, expected len %0d last %b record %h",
                                     k, cycle, got[567:552], got[568], got[544:0], out_mem[k][567:552],
                                     out_mem[k][568], out_mem[k][544:0]);
                    end
                    if (first_out < 0) first_out = cycle;
                    last_out = cycle;
                    k = k + 1;
                end
            end
            aclk = 1'b1;
            #5;
            cycle = cycle + 1;
            if (cycle > 64 * (n_in + n_out) + 1000) $fatal(1, "timeout: %0d of %0d beats", k, n_out);
        end
        design_name = "xnc_compressor";
        tb_summary(counts[3]);
        $finish;
    end
endmodule

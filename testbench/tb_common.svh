// Shared pieces of the self-checking testbenches (Icarus and Verilator): the SplitMix64 stall
// generator of xnc_sim::Stalls (same draws, same order, so cycle counts equal the Rust cycle
// simulation's for the same seed), plusargs, the clock, and the summary line.
//
// Plusargs: +vectors=DIR (written by `xnc vectors --hex`), +seed=S (stalls; none: no stalls),
// +trace=FILE.vcd (waveform). Prints `N passed, M failed` and a RESULT line for scripts.

// Stall generator: st_q is the SplitMix64 state, st_en whether stalls are on.
logic [63:0] st_q;
logic st_en;
logic [63:0] seed;

function automatic logic [63:0] splitmix_next(input logic [63:0] s);
    logic [63:0] z;
    z = s;
    z = (z ^ (z >> 30)) * 64'hBF58476D1CE4E5B9;
    z = (z ^ (z >> 27)) * 64'h94D049BB133111EB;
    return z ^ (z >> 31);
endfunction

// One draw: 1 = go (present a beat / raise tready), 0 = stall (top byte below 77).
task automatic draw(output logic go);
    logic [63:0] z;
    if (!st_en) begin
        go = 1'b1;
    end else begin
        st_q = st_q + 64'h9E3779B97F4A7C15;
        z = splitmix_next(st_q);
        go = z[63:56] >= 8'd77;
    end
endtask

string vdir;
string trace_file;
integer counts [0:7];
integer passed, failed;
longint cycle;
longint first_in, first_valid, first_out, last_out;

task automatic tb_setup;
    if (!$value$plusargs("vectors=%s", vdir)) begin
        $display("usage: +vectors=DIR [+seed=S] [+trace=FILE.vcd]");
        $fatal(1, "no +vectors");
    end
    st_en = $value$plusargs("seed=%d", seed);
    st_q = st_en ? seed : 64'd0;
    $readmemh({vdir, "/counts.hex"}, counts);
    passed = 0;
    failed = 0;
    cycle = 0;
    first_in = -1;
    first_valid = -1;
    first_out = -1;
    last_out = 0;
endtask

// `design_name` is set by each testbench before it calls tb_summary.
string design_name;
task automatic tb_summary(input integer nvalues);
    $display("%s: %0d passed, %0d failed", design_name, passed, failed);
    if (!st_en && first_in >= 0 && first_valid >= 0)
        $display("RESULT design=%s values=%0d beats=%0d mismatches=%0d cycles=%0d latency=%0d", design_name,
                 nvalues, passed + failed, failed, cycle, first_valid - first_in);
    else
        $display("RESULT design=%s values=%0d beats=%0d mismatches=%0d cycles=%0d latency=n/a", design_name,
                 nvalues, passed + failed, failed, cycle);
endtask

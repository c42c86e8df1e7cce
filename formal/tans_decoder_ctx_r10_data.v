// tans_decoder_ctx_r10_data.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Data of tans_decoder_ctx_r10 (R = 10, context coding pairs) against a reference tANS decoder from FORMAT.md, for every table.
`default_nettype none
module formal_tans_decoder_ctx_r10_data (
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
    input wire [15:0] tbl_addr,
    input wire [9:0] tbl_base,
    input wire [3:0] tbl_nb,
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
    wire s_axis_ans_tready;
    wire s_axis_raw_tready;
    wire [15:0] m_axis_tdata;
    wire m_axis_tvalid;
    wire m_axis_tlast;
    tans_decoder_ctx_r10 dut (
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
        .tbl_step(tbl_step)
    );
    localparam R = 10, N = 4, W = 4, NBM = 3, AW = 16;
    // a reset in the first cycle only
    reg f_past = 1'b0;
    always @(posedge aclk) f_past <= 1'b1;
    initial assume(!aresetn);
    always @(*) if (f_past) assume(aresetn);

    // the streams the reference decodes, and the value slot it checks
    wire [7:0] a_data = s_axis_ans_tdata;
    wire [15:0] a_user = s_axis_ans_tuser;
    wire a_last = s_axis_ans_tlast;
    wire ans_hs = aresetn && s_axis_ans_tvalid && s_axis_ans_tready;
    wire raw_hs = aresetn && s_axis_raw_tvalid && s_axis_raw_tready;
    wire streams_valid = s_axis_ans_tvalid || s_axis_raw_tvalid;
    wire o_keep = 1'b1;
    wire [15:0] o_data = m_axis_tdata;
    // raw beats: two bytes, the first in [7:0]; tkeep 2'b01 on a block's odd last byte
    always @(*) if (raw_hs) assume(s_axis_raw_tkeep[0]);
    wire [7:0] r_b0 = s_axis_raw_tdata[7:0];
    wire [7:0] r_b1 = s_axis_raw_tdata[15:8];
    wire [7:0] r_n = s_axis_raw_tkeep[1] ? 8'd2 : 8'd1;

    // The table writes, logged in order (at most W: a trace only loads the entries it uses); an
    // entry's value is its last write. Tables are written before any stream starts.
    reg [7:0] nw = 8'd0;
    reg run = 1'b0;
    always @(*) if (tbl_we) assume(!run && !streams_valid && nw < W);
    always @(posedge aclk) begin
        if (streams_valid) run <= 1'b1;
        if (tbl_we) nw <= nw + 8'd1;
    end
    parameter integer FMT = -1;
    // kinds of entry (tbl_addr's top two bits): 0 decode entry {class, state}, 1 column map,
    // 2 configuration (FORMAT.md 5; the table port of the block's header)
    wire [1:0] w_kind = tbl_addr[AW-1:AW-2];
    always @(*) begin
        if (tbl_we) assume(w_kind != 2'd3);
        if (tbl_we && w_kind == 2'd0) assume(tbl_nb <= R && (tbl_base & ~({R{1'b1}} << tbl_nb)) == 0);
        if (tbl_we && w_kind == 2'd0) assume({1'b0, tbl_k} + {1'b0, tbl_nbits} <= 5'd11);
        if (tbl_we && w_kind == 2'd1) assume(1'b1 && tbl_addr[AW-3:12] == 0);
        // a valid configuration: row length 1..4096, first column and step below it
        if (tbl_we && w_kind == 2'd2)
            assume(tbl_addr[AW-3:0] == 0 && tbl_cols != 0 && tbl_cols <= 13'd4096 && tbl_first < tbl_cols && tbl_step < tbl_cols);
        // the format: FMT (0 BF16, 1 FP16), a parameter each prove task sets (one task per format:
        // together every configuration; a fixed format lets Yosys fold the format's choices away),
        // or with FMT = -1 (the cover tasks, the mutants) either
        if (tbl_we && w_kind == 2'd2 && FMT >= 0) assume(tbl_fp16 == (FMT == 1));
    end
    reg [AW-1:0] log_a [0:W-1];
    reg [R-1:0] log_base [0:W-1];
    reg [NBM:0] log_nb [0:W-1];
    reg [3:0] log_nbits [0:W-1];
    reg [3:0] log_k [0:W-1];
    reg log_esc [0:W-1];
    reg [15:0] log_value [0:W-1];
    reg [3:0] log_class [0:W-1];
    // the configuration as last written (cfg_w: written at all)
    reg cfg_w = 1'b0;
    reg cfg_fp16;
    reg [12:0] cfg_cols;
    reg [11:0] cfg_first, cfg_step;
    integer jw;
    always @(posedge aclk) begin
        for (jw = 0; jw < W; jw = jw + 1)
            if (tbl_we && nw == jw) begin
                log_a[jw] <= tbl_addr;
                log_base[jw] <= tbl_base;
                log_nb[jw] <= tbl_nb;
                log_nbits[jw] <= tbl_nbits;
                log_k[jw] <= tbl_k;
                log_esc[jw] <= tbl_esc;
                log_value[jw] <= tbl_value;
                log_class[jw] <= tbl_class;
            end
        if (tbl_we && w_kind == 2'd2) begin
            cfg_w <= 1'b1;
            cfg_fp16 <= tbl_fp16;
            cfg_cols <= tbl_cols;
            cfg_first <= tbl_first;
            cfg_step <= tbl_step;
        end
    end
    // table[class][x] and column_class[col] as last written (top bit: written at all)
    function [R+NBM+26:0] dec_entry(input [3:0] c, input [R-1:0] x);
        integer q;
        begin
            dec_entry = 0;
            for (q = 0; q < W; q = q + 1)
                if (q < nw && log_a[q][AW-1:AW-2] == 2'd0 && log_a[q][R+3:0] == {c, x})
                    dec_entry = {1'b1, log_esc[q], log_k[q], log_nbits[q], log_value[q], log_nb[q], log_base[q]};
        end
    endfunction
    function [4:0] class_entry(input [11:0] col);
        integer q;
        begin
            class_entry = 0;
            for (q = 0; q < W; q = q + 1)
                if (q < nw && log_a[q][AW-1:AW-2] == 2'd1 && log_a[q][11:0] == col) class_entry = {1'b1, log_class[q]};
        end
    endfunction

    // The input streams as received: tANS bytes (stream bit k = abits[k], LSB-first), their tlast and
    // tuser; raw bytes (stream bit k = rflat[8N-1-k], MSB-first).
    reg [7:0] m_blk = 8'd0;    // first tANS byte of the block (reference decoder, below)
    reg [8*N-1:0] abits;
    reg [N-1:0] alast;
    reg [16*N-1:0] auser;
    reg [7:0] na = 8'd0;
    reg [8*N-1:0] rflat;
    reg [7:0] nr = 8'd0;
    // a trace transfers at most N bytes on each stream (the buffers above)
    always @(*) begin
        if (ans_hs) assume(na < N);
        if (raw_hs) assume(nr + r_n <= N);
    end
    integer j;
    always @(posedge aclk) begin
        for (j = 0; j < N; j = j + 1) begin
            if (ans_hs && na == j) begin
                abits[8*j +: 8] <= a_data;
                alast[j] <= a_last;
                auser[16*j +: 16] <= a_user;
            end
            if (raw_hs && nr == j) rflat[8*N-1-8*j -: 8] <= r_b0;
            if (raw_hs && r_n == 8'd2 && nr + 8'd1 == j) rflat[8*N-1-8*j -: 8] <= r_b1;
        end
        if (ans_hs) na <= na + 8'd1;
        if (raw_hs) nr <= nr + r_n;
    end
    integer k_;
    reg [15:0] blk_user;
    always @(*) begin
        blk_user = 16'd0;
        for (k_ = 0; k_ < N; k_ = k_ + 1) if (m_blk == k_) blk_user = auser[16*k_ +: 16];
    end

    // The reference decoder, one step per value leaving (FORMAT.md 3.2, 3.3, 5).
    wire beat_hs = aresetn && m_axis_tvalid && m_axis_tready;
    wire out_hs = beat_hs && o_keep;
    reg m_fresh = 1'b1;        // the next value is a block's first: its state is read_lsb(R) at m_bp
    reg [R-1:0] m_state;       // state of the next value (when !m_fresh)
    reg [7:0] m_bp = 8'd0;     // tANS bit position
    reg [7:0] m_rp = 8'd0;     // raw bit position
    reg [15:0] m_cnt;          // values left in the block, this one included (when !m_fresh)
    reg [7:0] m_vals = 8'd0;   // values checked so far
    wire [8*N+15:0] a_at = {16'd0, abits} >> m_bp;
    wire [R-1:0] cur = m_fresh ? a_at[R-1:0] : m_state;
    wire [7:0] cbp = m_fresh ? m_bp + R : m_bp;
    wire [15:0] ccnt = m_fresh ? blk_user : m_cnt;
    wire [8*N+15:0] r_at = {rflat, 16'd0} << m_rp;
    // the column of the value (a block starts at the configured first column; each value
    // steps it by the configured step modulo the row length) and its class
    reg [11:0] m_col;
    wire [11:0] ccol = m_fresh ? cfg_first : m_col;
    wire [12:0] col_s = {1'b0, ccol} + {1'b0, cfg_step};
    wire [11:0] ncol = col_s >= cfg_cols ? col_s - cfg_cols : col_s;
    wire [4:0] ce = class_entry(ccol);
    wire [3:0] cls = ce[3:0];
    wire [R+NBM+26:0] de = dec_entry(cls, cur);
    wire esc = de[R+NBM+25];
    wire [3:0] k = de[R+NBM+24:R+NBM+21];
    wire [3:0] nbits = de[R+NBM+20:R+NBM+17];
    wire [15:0] val = de[R+NBM+16:R+NBM+1];
    wire [NBM:0] nb = de[R+NBM:R];
    wire [R-1:0] base = de[R-1:0];
    wire loaded = cfg_w && ce[4] && de[R+NBM+26];
    // FORMAT.md 5.1, 5.3 (E/M: BF16 8/7, FP16 5/10 as configured). The entry's value holds the
    // code's exponent and its k-bit prefix of {sign, mantissa} (top-aligned in 11 bits below);
    // field = prefix << rest | bits << (rest - nbits), bits the next nbits raw bits; the escape
    // reads E bits (exponent), then 1+M bits ({sign, mantissa}): the next 16 raw bits.
    wire [15:0] r16 = r_at[8*N+15 -: 16];
    wire [10:0] vfield = cfg_fp16 ? {val[15], val[9:0]} : {val[15], val[6:0], 3'd0};
    wire [7:0] vexp = cfg_fp16 ? {3'd0, val[14:10]} : val[14:7];
    wire [10:0] pre = vfield & ~(11'h7ff >> k);
    wire [15:0] rtop = r16 & ~(16'hffff >> nbits);
    wire [10:0] fld = pre | (rtop[15:5] >> k);
    wire [15:0] want_code = cfg_fp16 ? {fld[10], vexp[4:0], fld[9:0]} : {fld[10], vexp, fld[9:3]};
    wire [15:0] want_esc = cfg_fp16 ? {r16[10], r16[15:11], r16[9:0]} : {r16[7], r16[15:8], r16[6:0]};
    wire [15:0] want = esc ? want_esc : want_code;
    wire [7:0] nrp = m_rp + (esc ? 8'd16 : {4'd0, nbits});
    // a valid joint code for the configured format (FORMAT.md 5.1): k + nbits <= 1+M, and the
    // entry's {sign, mantissa} bits below its prefix are zero
    wire ok_entry = esc || ({1'b0, k} + {1'b0, nbits} <= (cfg_fp16 ? 5'd11 : 5'd8) && (vfield & (11'h7ff >> k)) == 11'd0);
    wire want_last = ccnt == 16'd1;
    wire [8*N+15:0] n_at = {16'd0, abits} >> cbp;
    // the next state: base | read_lsb(nb) (FORMAT.md 3.2)
    wire [R-1:0] nxt = base | (n_at[R-1:0] & ~({R{1'b1}} << nb));
    wire [7:0] nbp = cbp + nb;
    // the block's tlast byte: the first at or after its first byte
    integer i;
    reg found;
    reg [7:0] last_byte;
    always @(*) begin
        found = 1'b0;
        last_byte = 8'd0;
        for (i = N - 1; i >= 0; i = i - 1)
            if (i >= m_blk && i < na && alast[i]) begin
                found = 1'b1;
                last_byte = i;
            end
    end
    always @(*) begin
        if (f_past && out_hs) begin
            // a loaded table: the entries this value reads were written (valid)
            assume(loaded && ok_entry);
            // a block's tANS packet ends with the byte holding its last bit (no byte follows)
            if (want_last) assume(found && {last_byte[4:0], 3'd0} + 8'd8 == ((nbp + 8'd7) & ~8'd7));
            assert(o_data == want);
            assert(m_axis_tlast == want_last);
        end
    end
    always @(posedge aclk) begin
        if (f_past && out_hs) begin
            m_vals <= m_vals + 8'd1;
            if (want_last) begin
                m_fresh <= 1'b1;
                m_blk <= last_byte + 8'd1;
                m_bp <= {last_byte[4:0] + 5'd1, 3'd0};
                m_rp <= (nrp + 8'd7) & ~8'd7;
            end else begin
                m_fresh <= 1'b0;
                m_state <= nxt;
                m_bp <= nbp;
                m_rp <= nrp;
                m_cnt <= ccnt - 16'd1;
                m_col <= ncol;
            end
        end
    end
    // not vacuous (task cover): a third value leaves (two transitions checked), an escape, a block's
    // last value, a value taken after a stall; task reach (REACH = 1, at the prove depth): a value
    // whose state came from a transition (base | bits) leaves, so the prove task checks one
    parameter integer REACH = 0;
    reg o_stalled = 1'b0;
    always @(posedge aclk) o_stalled <= aresetn && m_axis_tvalid && !m_axis_tready;
    generate if (REACH != 0) begin : g_reach
        always @(posedge aclk) if (f_past) cover(out_hs && !m_fresh);
    end else begin : g_cover
        always @(posedge aclk) begin
            if (f_past) begin
                cover(out_hs && m_vals == 8'd2);
                cover(out_hs && esc);
                cover(out_hs && want_last);
                cover(out_hs && o_stalled);
                // FP16, a joint code with a prefix and raw bits, a column of a class other than 0
                cover(out_hs && cfg_fp16 && !esc && k != 4'd0 && nbits != 4'd0);
                cover(out_hs && cls != 4'd0);
            end
        end
    end endgenerate
endmodule
`default_nettype wire

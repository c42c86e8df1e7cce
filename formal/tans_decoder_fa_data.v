// tans_decoder_fa_data.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Data of tans_decoder_fa (R = 6, format-aware) against a reference tANS decoder from FORMAT.md, for every table.
`default_nettype none
module formal_tans_decoder_fa_data (
    input wire aclk,
    input wire aresetn,
    input wire [7:0] s_axis_ans_tdata,
    input wire [15:0] s_axis_ans_tuser,
    input wire s_axis_ans_tvalid,
    input wire s_axis_ans_tlast,
    input wire [7:0] s_axis_raw_tdata,
    input wire s_axis_raw_tvalid,
    input wire s_axis_raw_tlast,
    input wire m_axis_tready,
    input wire tbl_we,
    input wire [6:0] tbl_addr,
    input wire [3:0] tbl_code,
    input wire [2:0] tbl_nb,
    input wire [5:0] tbl_base,
    input wire [7:0] tbl_exp,
    input wire [3:0] tbl_nbits,
    input wire tbl_esc
);
    wire s_axis_ans_tready;
    wire s_axis_raw_tready;
    wire [15:0] m_axis_tdata;
    wire m_axis_tvalid;
    wire m_axis_tlast;
    tans_decoder_fa dut (
        .aclk(aclk),
        .aresetn(aresetn),
        .s_axis_ans_tdata(s_axis_ans_tdata),
        .s_axis_ans_tuser(s_axis_ans_tuser),
        .s_axis_ans_tvalid(s_axis_ans_tvalid),
        .s_axis_ans_tready(s_axis_ans_tready),
        .s_axis_ans_tlast(s_axis_ans_tlast),
        .s_axis_raw_tdata(s_axis_raw_tdata),
        .s_axis_raw_tvalid(s_axis_raw_tvalid),
        .s_axis_raw_tready(s_axis_raw_tready),
        .s_axis_raw_tlast(s_axis_raw_tlast),
        .m_axis_tdata(m_axis_tdata),
        .m_axis_tvalid(m_axis_tvalid),
        .m_axis_tready(m_axis_tready),
        .m_axis_tlast(m_axis_tlast),
        .tbl_we(tbl_we),
        .tbl_addr(tbl_addr),
        .tbl_code(tbl_code),
        .tbl_nb(tbl_nb),
        .tbl_base(tbl_base),
        .tbl_exp(tbl_exp),
        .tbl_nbits(tbl_nbits),
        .tbl_esc(tbl_esc)
    );
    localparam R = 6, N = 4, W = 4, NBM = 2, AW = 7;
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
    wire [7:0] r_b0 = s_axis_raw_tdata;
    wire [7:0] r_b1 = 8'd0;
    wire [7:0] r_n = 8'd1;

    // The table writes, logged in order (at most W: a trace only loads the entries it uses); an
    // entry's value is its last write. Tables are written before any stream starts.
    reg [7:0] nw = 8'd0;
    reg run = 1'b0;
    always @(*) if (tbl_we) assume(!run && !streams_valid && nw < W);
    always @(posedge aclk) begin
        if (streams_valid) run <= 1'b1;
        if (tbl_we) nw <= nw + 8'd1;
    end
    reg [R:0] log_a [0:W-1];
    reg [3:0] log_code [0:W-1];
    reg [NBM:0] log_nb [0:W-1];
    reg [R-1:0] log_base [0:W-1];
    reg [7:0] log_exp [0:W-1];
    reg log_esc [0:W-1];
    reg [3:0] log_nbits [0:W-1];
    always @(*) begin
        // a valid decode entry (FORMAT.md 3.2); code map entries at 2^R + c, c < 16
        if (tbl_we && !tbl_addr[R]) assume(tbl_nb <= R && (tbl_base & ~({R{1'b1}} << tbl_nb)) == 0);
        if (tbl_we && tbl_addr[R]) assume(tbl_addr[R-1:0] < 16);
        if (tbl_we && tbl_addr[R]) assume(tbl_nbits <= 4'd8);
    end
    integer jw;
    always @(posedge aclk) begin
        for (jw = 0; jw < W; jw = jw + 1)
            if (tbl_we && nw == jw) begin
                log_a[jw] <= tbl_addr;
                log_code[jw] <= tbl_code;
                log_nb[jw] <= tbl_nb;
                log_base[jw] <= tbl_base;
                log_exp[jw] <= tbl_exp;
                log_esc[jw] <= tbl_esc;
                log_nbits[jw] <= tbl_nbits;
            end
    end
    // table[x] and cmap[c] as last written (wd, wm: written at all)
    function [R+NBM+5:0] dec_entry(input [R-1:0] x);
        integer q;
        begin
            dec_entry = 0;
            for (q = 0; q < W; q = q + 1)
                if (q < nw && log_a[q] == {1'b0, x}) dec_entry = {1'b1, log_code[q], log_nb[q], log_base[q]};
        end
    endfunction
    function [13:0] map_entry(input [3:0] c);
        integer q;
        begin
            map_entry = 0;
            for (q = 0; q < W; q = q + 1)
                if (q < nw && log_a[q] == {1'b1, {(R-4){1'b0}}, c}) map_entry = {1'b1, log_esc[q], log_nbits[q], log_exp[q]};
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
    wire [R+NBM+5:0] de = dec_entry(cur);
    wire wd = de[R+NBM+5];
    wire [3:0] code = de[R+NBM+4:R+NBM+1];
    wire [NBM:0] nb = de[R+NBM:R];
    wire [R-1:0] base = de[R-1:0];
    wire [13:0] me = map_entry(code);
    wire wm = me[13];
    wire esc = me[12];
    wire [3:0] nbits_map = me[11:8];
    wire [3:0] nbits = nbits_map;
    wire loaded = wd && wm;
    // FORMAT.md 3.3: the escape reads the exponent byte, then {sign, mantissa}; any other code
    // its exponent from the code map and the top nbits bits of {sign, mantissa}, the rest zero
    wire [7:0] r0 = r_at[8*N+15 -: 8];
    wire [7:0] r1 = r_at[8*N+7 -: 8];
    wire [7:0] field = esc ? r1 : (r0 & ~(8'hff >> nbits));
    wire [7:0] vexp = esc ? r0 : me[7:0];
    wire [15:0] want = {field[7], vexp, field[6:0]};
    wire [7:0] nrp = m_rp + (esc ? 8'd16 : {4'd0, nbits});
    wire ok_entry = 1'b1;
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
                cover(out_hs && !esc && nbits < 4'd8 && nbits != 4'd0);
            end
        end
    end endgenerate
endmodule
`default_nettype wire

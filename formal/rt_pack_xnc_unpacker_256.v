// rt_pack_xnc_unpacker_256.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// Records survive memory words: xnc_packer_256 -> xnc_unpacker_256, the record at a free index comes out as it went in.
`default_nettype none
module formal_rt_pack_xnc_unpacker_256 (
    input wire aclk,
    input wire aresetn,
    input wire [551:0] s_axis_tdata,
    input wire [9:0] s_axis_tuser,
    input wire s_axis_tvalid,
    input wire s_axis_tlast,
    input wire m_axis_tready
);
    wire s_axis_tready;
    wire [255:0] w_tdata;
    wire [31:0] w_tkeep;
    wire w_tvalid, w_tready, w_tlast;
    wire [551:0] m_axis_tdata;
    wire [9:0] m_axis_tuser;
    wire m_axis_tvalid, m_axis_tlast;
    // every trace starts in reset, and stays out of it (a reset may drop records)
    reg f_init = 1'b1;
    always @(posedge aclk) f_init <= 1'b0;
    always @(*) assume(aresetn == !f_init);
    xnc_packer_256 pk (.aclk(aclk), .aresetn(aresetn), .s_axis_tdata(s_axis_tdata), .s_axis_tuser(s_axis_tuser),
        .s_axis_tvalid(s_axis_tvalid), .s_axis_tready(s_axis_tready), .s_axis_tlast(s_axis_tlast),
        .m_axis_tdata(w_tdata), .m_axis_tkeep(w_tkeep), .m_axis_tvalid(w_tvalid), .m_axis_tready(w_tready),
        .m_axis_tlast(w_tlast));
    xnc_unpacker_256 up (.aclk(aclk), .aresetn(aresetn), .s_axis_tdata(w_tdata), .s_axis_tvalid(w_tvalid),
        .s_axis_tready(w_tready), .s_axis_tlast(w_tlast), .m_axis_tdata(m_axis_tdata),
        .m_axis_tuser(m_axis_tuser), .m_axis_tvalid(m_axis_tvalid), .m_axis_tready(m_axis_tready),
        .m_axis_tlast(m_axis_tlast));
    axis_check #(.W(563), .ROLE(0), .LAST(1)) check_s (aclk, aresetn, s_axis_tvalid, s_axis_tready,
        {s_axis_tlast, s_axis_tuser, s_axis_tdata});
    // a valid XNC record: the length its header {F, S0..S31} announces, zero after its end
    wire [5:0] f_n = s_axis_tdata[550] + s_axis_tdata[549] + s_axis_tdata[548] + s_axis_tdata[547] + s_axis_tdata[546] + s_axis_tdata[545] + s_axis_tdata[544] + s_axis_tdata[543] + s_axis_tdata[542] + s_axis_tdata[541] + s_axis_tdata[540] + s_axis_tdata[539] + s_axis_tdata[538] + s_axis_tdata[537] + s_axis_tdata[536] + s_axis_tdata[535] + s_axis_tdata[534] + s_axis_tdata[533] + s_axis_tdata[532] + s_axis_tdata[531] + s_axis_tdata[530] + s_axis_tdata[529] + s_axis_tdata[528] + s_axis_tdata[527] + s_axis_tdata[526] + s_axis_tdata[525] + s_axis_tdata[524] + s_axis_tdata[523] + s_axis_tdata[522] + s_axis_tdata[521] + s_axis_tdata[520] + s_axis_tdata[519];
    wire [9:0] f_len = s_axis_tdata[551] ? 10'd417 - 3 * f_n : 10'd545 - 4 * f_n;
    always @(*) if (s_axis_tvalid) assume(s_axis_tuser == f_len && (s_axis_tdata << f_len) == 0);
    // the record at index f_idx (any) in, and out
    (* anyconst *) reg [2:0] f_idx;
    reg [3:0] f_in_n = 0, f_out_n = 0;
    reg [551:0] f_rec;
    reg [9:0] f_rec_len;
    always @(posedge aclk) begin
        if (aresetn && s_axis_tvalid && s_axis_tready) begin
            f_in_n <= f_in_n + 1;
            if (f_in_n == f_idx) begin
                f_rec <= s_axis_tdata;
                f_rec_len <= s_axis_tuser;
            end
        end
        if (aresetn && m_axis_tvalid && m_axis_tready) f_out_n <= f_out_n + 1;
    end
    always @(*) begin
        if (aresetn && m_axis_tvalid && f_out_n == f_idx) begin
            assert(f_in_n > f_idx);
            assert(m_axis_tdata == f_rec && m_axis_tuser == f_rec_len);
        end
        // no more records leave than entered
        assert(f_out_n <= f_in_n);
    end
    always @(posedge aclk) begin
        if (aresetn) begin
            cover(m_axis_tvalid && m_axis_tready && f_out_n == f_idx && f_idx == 1);
            cover(m_axis_tvalid && m_axis_tready && m_axis_tlast);
        end
    end
endmodule
`default_nettype wire

"""Verilog top of the held-out chain test: compressor -> packer -> unpacker -> decompressor.

Each link between two blocks goes through `hb_hold_gate` (hb_axis.py) driven by a random pause
input, so every link sees pauses from both sides; the ends are driven by cocotbext-axi.
"""

LINK = """
    wire [{dw}:0] {n}_tdata;
    wire {n}_up_valid, {n}_up_ready, {n}_dn_valid, {n}_dn_ready, {n}_tlast;
    {extra}
    hb_hold_gate g_{n} (.aclk(aclk), .aresetn(aresetn), .pause(pause_{n}),
        .up_valid({n}_up_valid), .up_ready({n}_up_ready), .dn_valid({n}_dn_valid), .dn_ready({n}_dn_ready));
"""


def chain_top(width, packer, unpacker):
    """Source text of module `hb_chain_<width>` for memory words of `width` bits, with these
    packer and unpacker modules."""
    links = "".join(
        [
            LINK.format(n="cp", dw=551, extra="wire [9:0] cp_tuser;"),
            LINK.format(n="pu", dw=width - 1, extra=f"wire [{width // 8 - 1}:0] pu_tkeep;"),
            LINK.format(n="ud", dw=551, extra="wire [9:0] ud_tuser;"),
        ]
    )
    return f"""`timescale 1ns/1ps
`default_nettype none
module hb_chain_{width} (
    input  wire aclk,
    input  wire aresetn,
    input  wire pause_cp,
    input  wire pause_pu,
    input  wire pause_ud,
    input  wire [511:0] s_axis_tdata,
    input  wire s_axis_tvalid,
    output wire s_axis_tready,
    input  wire s_axis_tlast,
    output wire [511:0] m_axis_tdata,
    output wire m_axis_tvalid,
    input  wire m_axis_tready,
    output wire m_axis_tlast
);
{links}
    xnc_compressor comp (.aclk(aclk), .aresetn(aresetn),
        .s_axis_tdata(s_axis_tdata), .s_axis_tvalid(s_axis_tvalid), .s_axis_tready(s_axis_tready), .s_axis_tlast(s_axis_tlast),
        .m_axis_tdata(cp_tdata), .m_axis_tuser(cp_tuser), .m_axis_tvalid(cp_up_valid), .m_axis_tready(cp_up_ready), .m_axis_tlast(cp_tlast));
    {packer} pack (.aclk(aclk), .aresetn(aresetn),
        .s_axis_tdata(cp_tdata), .s_axis_tuser(cp_tuser), .s_axis_tvalid(cp_dn_valid), .s_axis_tready(cp_dn_ready), .s_axis_tlast(cp_tlast),
        .m_axis_tdata(pu_tdata), .m_axis_tkeep(pu_tkeep), .m_axis_tvalid(pu_up_valid), .m_axis_tready(pu_up_ready), .m_axis_tlast(pu_tlast));
    {unpacker} unpack (.aclk(aclk), .aresetn(aresetn),
        .s_axis_tdata(pu_tdata), .s_axis_tvalid(pu_dn_valid), .s_axis_tready(pu_dn_ready), .s_axis_tlast(pu_tlast),
        .m_axis_tdata(ud_tdata), .m_axis_tuser(ud_tuser), .m_axis_tvalid(ud_up_valid), .m_axis_tready(ud_up_ready), .m_axis_tlast(ud_tlast));
    xnc_decompressor decomp (.aclk(aclk), .aresetn(aresetn),
        .s_axis_tdata(ud_tdata), .s_axis_tuser(ud_tuser), .s_axis_tvalid(ud_dn_valid), .s_axis_tready(ud_dn_ready), .s_axis_tlast(ud_tlast),
        .m_axis_tdata(m_axis_tdata), .m_axis_tvalid(m_axis_tvalid), .m_axis_tready(m_axis_tready), .m_axis_tlast(m_axis_tlast));
endmodule
`default_nettype wire
"""

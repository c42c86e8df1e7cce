// Self-checking testbench of rtl/tans_decoder_r8.v, the tANS decoder at R = 8: the R = 6 testbench
// (tb_tans_decoder.sv) with its table widths and DUT set by these macros.
`define TANS_R 8
`define TANS_DUT tans_decoder_r8
`define TANS_TB tb_tans_decoder_r8
`define TANS_NAME "tans_decoder_r8"
`include "tb_tans_decoder.sv"

//! `tans_decoder`: ANS coding-pair decoder for plain BF16 (FORMAT.md section 3), one value per cycle.
//!
//! # Ports (in this order)
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `aclk` | in | 1 | clock |
//! | `aresetn` | in | 1 | synchronous active-low reset of the stream state (the tables are kept) |
//! | `s_axis_ans_tdata/tvalid/tready/tlast` | in | 8 | tANS stream bytes of one block, in stream order (bits LSB-first); `tlast` on the block's last byte |
//! | `s_axis_ans_tuser` | in | 16 | values in the block (1..65535), sampled with the block's first tANS byte |
//! | `s_axis_raw_tdata/tvalid/tready/tlast` | in | 8 | raw stream bytes: `{sign, mantissa}` per value, an escape sends the exponent byte first; `tlast` on the block's last byte |
//! | `m_axis_tdata/tvalid/tready/tlast` | out | 16 | BF16 values; `tlast` on the last value of the block |
//! | `tbl_we`, `tbl_addr` | in | 1, R+1 | table write port, one entry per cycle |
//! | `tbl_code`, `tbl_nb`, `tbl_base` | in | 4, NB, R | decode entry of state `tbl_addr` (`tbl_addr < 2^R`) |
//! | `tbl_exp`, `tbl_esc` | in | 8, 1 | code map entry `tbl_addr - 2^R` (`tbl_addr >= 2^R`, 16 entries) |
//!
//! # Protocol
//!
//! * **Tables.** Write the `2^R` decode entries `(code, nb, base)` of
//!   `xnc_codec::ans::AnsModel::decode_table()` at addresses `0..2^R`, and the code map (`exp`,
//!   `escape` of `AnsModel::codes`) at `2^R + code`. Plain BF16 codes all carry 8 additional bits,
//!   so the map's `nbits` is not loaded. The tables live in LUT-RAM; `aresetn` does not clear them,
//!   so a reset needs no reload. Load them while the streams are idle.
//! * **Blocks** (the same framing on every tANS decoder, docs/INTEGRATION.md). Each block is one
//!   packet on each input stream: the block's tANS bytes (initial state first, padded to a byte,
//!   `tlast` on the last byte, the value count in `tuser` with the first byte) and its raw bytes
//!   (`tlast` on the last byte). The count decides how many values the block has: the last leaves
//!   with `m_axis_tlast`. Then the tANS bytes left of the block are dropped and the next block
//!   starts. A count of 0 decodes as 65536 values: not a valid block.
//! * **Timing.** Per block: one cycle reads the initial R-bit state, then one value per cycle while
//!   both inputs have data and the output is not stalled; an escaped value takes one extra cycle
//!   (exponent byte, then `{sign, mantissa}` byte). The tANS stream of the next block is accepted
//!   from the cycle after the current block's last value. Latency: 3 cycles from the first tANS
//!   transfer of a block to its first `m_axis_tvalid` (raw byte present). No input `tready` depends
//!   on a `tvalid` of the same stream; all depend combinationally on `m_axis_tready`.
//!
//! # Datapath (why it is small)
//!
//! `(code, nb, base) = table[state_q]` is an asynchronous LUT-RAM read addressed by the state
//! register, `(escape, exp) = cmap[code]` a second one (off the state loop). The next state is
//! the window where `mask(nb)` is set and `base` elsewhere, that is `base | (window & mask(nb))`:
//! no adder in the state loop, because a valid table's `base` has its low `nb` bits at zero
//! (FORMAT.md 3.2; the data proofs assume valid tables, docs/FORMAL.md). The
//! tANS bits sit in a two-byte buffer `bb_q = {w1, w0}` (valid flags `v1_q`, `v0_q`) with a pointer
//! `p_q` (0..7) into `w0`; the window is `bb_q[p_q +: R]`, and when `p_q + nb` crosses 8 the buffer
//! shifts by a byte. A new byte is accepted whenever `w1` is free after this cycle's shift.
//! A block starts with `init_q` set: that cycle reads R bits (`nb = R`, the mask all ones)
//! through the same datapath. The output is a single register stage (`m_*_q`), refilled in the cycle it drains.
//!
//! # Cost
//!
//! Each decoder's measured cost (logic LUTs, LUT-RAM, flip-flops, carry chains, iCE40 and ECP5
//! Fmax) is in `reports/hardware.md`, written by `scripts/report.sh` from `rtl/`; this section says
//! where the logic goes, not how much it is.
//!
//! The value count costs a 16-bit register (`num_q`, loaded with `tuser`, no mux) and a 16-bit
//! up-counter (`cnt_q`, reset to 1 at a block's start) compared with it: a loadable down-counter
//! needs a 16-bit mux as well (it cost 44 LUTs, this about 7: [`CountEq`] compares on the carry
//! chain).
//!
//! Where the LUTs of `tans_decoder` go (about 70): the window, mask and next state
//! about 19 (six 8:1 window muxes, the per-bit choice of window or base, the init pseudo-entry),
//! the output exponent mux (table or escape byte) 8, w0's byte mux 8, the count comparator 6, the
//! decode table's write enable 1, the stream control (bits_ok, psum, fire, the readies, valid
//! flags, clears) the rest. abc's mapping of the control moves by a few LUTs with equivalent
//! rewrites of the same logic.
//!
//! # Format-aware coding pairs: `crate::tans_decoder_fa` (`rtl/tans_decoder_fa.v`)
//!
//! BF16 only (1 + M = 8: a byte-wide raw stream keeps one value per cycle). FP16 (1 + M = 11)
//! would need a 16-bit raw input and a 16-bit raw window; not implemented.

use rust_hdl::prelude::*;

use crate::tans_ports::{AnsIn, RawIn, TansTablePort, ValuesOut};

// Simulation speed (rust-hdl 0.46): every shift of a `Bits` (`<<`, `>>`, `get_bits`) goes through a
// heap-allocated `BigUint`, so the kernel below uses no shift: each output and register input is an
// expression (or `if` chain) of inputs, register outputs, the control signals it names once
// (`Signal<Local, _>`, read in the same pass they are written: a local's `val()` is its `next`)
// and the outputs of small leaf blocks, which hold the only bit-position logic (table reads with
// the window and the next state, the output packing, the count compare) in a few lines of Verilog
// with an equally direct Rust model; no leaf reads another leaf's output, and no leaf output
// depends combinationally on a port of the block (the kernel sees a new input value one pass after
// it is driven: such a leaf would settle a pass later). A leaf reads its inputs' `next` values, so its outputs are ready one pass after the
// registers change: the design settles in two passes after an edge (`xnc_sim::driver` relies on
// it: `pins::Dut::fixed_passes`).

/// The Rust model of the plain and format-aware decoders' tables: per state (R <= 8) the decode
/// entry `(code, nb, base)`, and the code map (16 entries, `{escape, ..., exp}` as each decoder
/// packs it).
#[derive(Clone, Debug)]
pub(crate) struct DecodeMem {
    code: Vec<u8>,
    nb: Vec<u8>,
    base: Vec<u16>,
    /// Code map entries.
    pub(crate) cmap: [u16; 16],
}

impl Default for DecodeMem {
    fn default() -> Self {
        Self { code: vec![0; 256], nb: vec![0; 256], base: vec![0; 256], cmap: [0; 16] }
    }
}

impl DecodeMem {
    /// Write the decode entry of state `s`.
    pub(crate) fn write(&mut self, s: usize, code: usize, nb: usize, base: usize) {
        (self.code[s], self.nb[s], self.base[s]) = (code as u8, nb as u8, base as u16);
    }
    /// State `s`'s code map entry (of its code), `nb` and `base`.
    pub(crate) fn read(&self, s: usize) -> (u16, u64, u64) {
        (self.cmap[self.code[s] as usize & 15], self.nb[s] as u64, self.base[s] as u64)
    }
}

/// The decode tables in distributed (LUT) RAM: per state `(code, nb, base)`, per code
/// `{escape, exp}`, asynchronous reads, writes on the rising clock edge.
///
/// Read side: `state` addresses the decode entry; the code map is read at its code. With `init`
/// set (the cycle that reads a block's initial state) `nb` is replaced by R. The next state is the
/// tANS bit window `{hi, lo}[p +: R]` where `mask = 2^nb - 1` is set (the bits the transition
/// reads), `base` elsewhere: on every valid table that is `base | (window & mask)` (`base`'s low
/// `nb` bits are zero, FORMAT.md 3.2), and at a block's start the mask is all ones, so `base` needs
/// no clearing there. When the choice was made (`synth_xilinx`, yosys 0.23), computing it here
/// saved 2 logic LUTs on `tans_decoder` and `tans_decoder_r8` and 27 on `tans_decoder_x8` against
/// `base | (window & mask)` with `base` cleared at init. The window and the next state are in this leaf: computed in a
/// second leaf from this one's outputs, they would cost the simulation a settle pass.
/// Write side: `waddr < 2^R` writes a decode entry, `2^R + c` the code map entry `c`.
///
/// The code map is 32 deep (a LUT-RAM is, at no extra cost): every write goes to
/// `{waddr[R], waddr[3:0]}` and reads come from the upper half, so decode-entry writes land in the
/// lower half, never read, and the code map needs no write-enable decode.
#[derive(LogicBlock, Default)]
pub struct TansTables<const R: usize, const NB: usize, const A: usize> {
    /// Write clock.
    pub clock: Signal<In, Clock>,
    /// The table write port, as the decoder's `tbl` port.
    pub w: TansTablePort<R, NB, A>,
    /// Read address: the decoder state.
    pub state: Signal<In, Bits<R>>,
    /// Initial-state cycle: read the pseudo-entry (R bits onto base 0).
    pub init: Signal<In, Bit>,
    /// Bit pointer into the tANS buffer's low byte.
    pub p: Signal<In, Bits<3>>,
    /// The buffer's low byte holds data.
    pub v0: Signal<In, Bit>,
    /// The buffer's high byte holds data.
    pub v1: Signal<In, Bit>,
    /// The tANS buffer's low byte (bits 0..8).
    pub lo: Signal<In, Bits<8>>,
    /// The tANS buffer's high byte (bits 8..16).
    pub hi: Signal<In, Bits<8>>,
    /// `(p + nb) mod 8`: the pointer after the transition.
    pub pnext: Signal<Out, Bits<3>>,
    /// The transition's bits are buffered: `v1 | (p + nb <= 8 & (v0 | p + nb == 0))`.
    pub ok: Signal<Out, Bit>,
    /// The transition uses up the low byte: `p + nb >= 8`.
    pub spill: Signal<Out, Bit>,
    /// The next state (when the transition's bits are buffered).
    pub nstate: Signal<Out, Bits<R>>,
    /// Exponent of the state's code.
    pub exp: Signal<Out, Bits<8>>,
    /// The state's code is the escape.
    pub esc: Signal<Out, Bit>,
    _mem: DecodeMem,
}

impl<const R: usize, const NB: usize, const A: usize> Logic for TansTables<R, NB, A> {
    fn update(&mut self) {
        let w = &self.w;
        if self.clock.pos_edge() && w.we.val() {
            let a = w.addr.val().index();
            if a >> R == 0 {
                self._mem.write(a, w.code.val().index(), w.nb.val().index(), w.base.val().index());
            } else {
                self._mem.cmap[a & 15] = ((w.esc.val() as u16) << 8) | w.exp.val().index() as u16;
            }
        }
        // Read through `next`: the parent sets the address in the same pass.
        let (m, entry_nb, base) = self._mem.read(self.state.next.index());
        // At init the pseudo-entry reads R bits: the mask covers the whole state, base is unused.
        let nb = if self.init.next { R as u64 } else { entry_nb };
        let psum = nb + self.p.next.index() as u64;
        self.pnext.next = (psum & 7).to_bits();
        self.ok.next = self.v1.next || (psum <= 8 && (self.v0.next || psum == 0));
        self.spill.next = psum >= 8;
        let cat = (self.hi.next.index() << 8) | self.lo.next.index();
        let window = ((cat >> self.p.next.index()) & ((1 << R) - 1)) as u64;
        let mask = (1u64 << nb) - 1;
        self.nstate.next = ((window & mask) | (base & !mask)).to_bits();
        self.exp.next = ((m & 0xff) as u64).to_bits();
        self.esc.next = m >> 8 != 0;
    }

    fn connect(&mut self) {
        self.pnext.connect();
        self.ok.connect();
        self.spill.connect();
        self.nstate.connect();
        self.exp.connect();
        self.esc.connect();
    }

    fn hdl(&self) -> Verilog {
        // The same choice in two spellings: yosys 0.23 + abc map the and-or form to fewer LUTs at
        // R = 6, the per-bit `?:` at R = 8 (`scripts/report.sh`).
        let choice = if R == 6 {
            "(window & mask) | (base_rd & ~mask)".to_string()
        } else {
            let bits: Vec<String> = (0..R).rev().map(|i| format!("mask[{i}] ? window[{i}] : base_rd[{i}]")).collect();
            format!("{{{}}}", bits.join(", "))
        };
        Verilog::Custom(format!(
            "\
reg [3:0] code_mem [0:{last}];
reg [{nbm}:0] nb_mem [0:{last}];
reg [{rm}:0] base_mem [0:{last}];
reg [8:0] cmap_mem [0:31];
wire [8:0] cmap_rd;
reg [{nbm}:0] nb;
reg [{rm}:0] mask;
reg [3:0] psum;
wire [15:0] cat = {{hi, lo}};
wire [{rm}:0] window = cat[{{1'b0, p}} +: {r}];
// Asynchronous reads (LUT-RAM) as continuous assignments.
wire [3:0] code_rd = code_mem[state];
wire [{nbm}:0] nb_rd = nb_mem[state];
wire [{rm}:0] base_rd = base_mem[state];

// No reset and no initial value: every entry is written through the table port before use.
always @(posedge clock) begin
    if (w$we && !w$addr[{r}]) begin
        code_mem[w$addr[{rm}:0]] <= w$code;
        nb_mem[w$addr[{rm}:0]] <= w$nb;
        base_mem[w$addr[{rm}:0]] <= w$base;
    end
    if (w$we) cmap_mem[{{w$addr[{r}], w$addr[3:0]}}] <= {{w$esc, w$exp}};
end

assign cmap_rd = cmap_mem[{{1'b1, code_rd}}];

always @(*) begin
    {{esc, exp}} = cmap_rd;
    nb = init ? {nbw}'d{r} : nb_rd;
    mask = ~({{{r}{{1'b1}}}} << nb);
    nstate = {choice};
    psum = {nb4} + {{1'b0, p}};
    pnext = psum[2:0];
    ok = v1 | ((psum <= 4'd8) & (v0 | (psum == 4'd0)));
    spill = psum >= 4'd8;
end
{formal}",
            formal = formal_read_port(R, NB, false),
            nb4 = if NB == 3 { "{1'b0, nb}" } else { "nb" },
            last = (1usize << R) - 1,
            nbm = NB - 1,
            nbw = NB,
            rm = R - 1,
            r = R,
        ))
    }
}

/// The FORMAL-only read port of a tables module's memories (`code_mem`, `nb_mem`, `base_mem`,
/// `cmap_mem`, the code map at `{1'b1, code}`), Verilog text for its `hdl()`: the decode entry of
/// state `formal_rstate` and the code map entry of code `formal_rcode`, as the table port wrote
/// them (`{esc, exp}`, or with `fa` `{esc, nbits, exp}`: the format-aware decoder's code map has
/// 16 entries `cmap_mem[code]`). Only under `` `ifdef FORMAL `` (synthesis, Verilator and
/// iverilog never see it): the tANS table proofs (docs/FORMAL.md) read the loaded table through it;
/// `emit::with_formal_ports` connects it up to the block's top module.
pub(crate) fn formal_read_port(r: usize, nb: usize, fa: bool) -> String {
    let (cm, cmap_at) = if fa { (13, "cmap_mem[formal_rcode]") } else { (9, "cmap_mem[{1'b1, formal_rcode}]") };
    format!(
        "`ifdef FORMAL
// FORMAL-only read port of the table memories (docs/FORMAL.md, tANS table proofs)
input wire [{rm}:0] formal_rstate;
input wire [3:0] formal_rcode;
output wire [3:0] formal_code;
output wire [{nbm}:0] formal_nb;
output wire [{rm}:0] formal_base;
output wire [{cmm}:0] formal_cmap;
assign formal_code = code_mem[formal_rstate];
assign formal_nb = nb_mem[formal_rstate];
assign formal_base = base_mem[formal_rstate];
assign formal_cmap = {cmap_at};
`endif
",
        rm = r - 1,
        nbm = nb - 1,
        cmm = cm - 1,
    )
}

/// The tANS bit window: `{hi, lo}[sel +: R]` (`sel` < 8).
#[derive(LogicBlock, Default)]
pub struct BitWindow<const R: usize> {
    /// Byte holding bits 0..8 of the buffer.
    pub lo: Signal<In, Bits<8>>,
    /// Byte holding bits 8..16.
    pub hi: Signal<In, Bits<8>>,
    /// Bit position of the window.
    pub sel: Signal<In, Bits<4>>,
    /// The window.
    pub out: Signal<Out, Bits<R>>,
}

impl<const R: usize> Logic for BitWindow<R> {
    fn update(&mut self) {
        let cat = (self.hi.next.index() << 8) | self.lo.next.index();
        self.out.next = (((cat >> self.sel.next.index()) & ((1 << R) - 1)) as u64).to_bits();
    }

    fn connect(&mut self) {
        self.out.connect();
    }

    fn hdl(&self) -> Verilog {
        Verilog::Custom(format!(
            "\
wire [15:0] cat = {{hi, lo}};

always @(*) out = cat[sel +: {R}];
"
        ))
    }
}

/// The output value `{sign, exp, mant}` (BF16) of the output register's three fields
/// (`out_sign_q`, `out_exp_q`, `out_mant_q` of the coding-pair decoders): a concatenation, in a
/// leaf because the decoders' Rust model would pay a heap-allocated shift per settle pass for it
/// (see the note above). It reads registers only, so the design still settles in two passes. The
/// fields are registers of their own rather than one 16-bit register: loaded from a leaf that puts
/// the value together from the raw byte, the register would see the raw input one pass late (a
/// third settle pass), and `synth_xilinx` maps `tans_decoder_fa` with its value built in the
/// tables leaf to 198 LUTs instead of 183.
#[derive(LogicBlock, Default)]
pub struct Bf16Cat {
    /// Sign bit.
    pub sign: Signal<In, Bit>,
    /// Exponent.
    pub exp: Signal<In, Bits<8>>,
    /// Mantissa.
    pub mant: Signal<In, Bits<7>>,
    /// `{sign, exp, mant}`.
    pub value: Signal<Out, Bits<16>>,
}

impl Logic for Bf16Cat {
    fn update(&mut self) {
        let v = ((self.sign.next as u64) << 15) | ((self.exp.next.index() as u64) << 7) | self.mant.next.index() as u64;
        self.value.next = v.to_bits();
    }

    fn connect(&mut self) {
        self.value.connect();
    }

    fn hdl(&self) -> Verilog {
        Verilog::Custom("always @(*) value = {sign, exp, mant};\n".into())
    }
}

/// 16-bit equality `eq = (a == b)` on a carry chain: the XNOR of three bit pairs per 6-input LUT
/// (six groups), and `{0, groups} + 1` carries out exactly when all six hold. Written as a `==`,
/// `synth_xilinx` builds a LUT tree of about 12 LUTs; this is 6 LUTs and two CARRY4.
#[derive(LogicBlock, Default)]
pub struct CountEq {
    /// One operand.
    pub a: Signal<In, Bits<16>>,
    /// The other operand.
    pub b: Signal<In, Bits<16>>,
    /// `a == b`.
    pub eq: Signal<Out, Bit>,
}

impl Logic for CountEq {
    fn update(&mut self) {
        self.eq.next = self.a.next == self.b.next;
    }

    fn connect(&mut self) {
        self.eq.connect();
    }

    fn hdl(&self) -> Verilog {
        Verilog::Custom(
            "\
wire [15:0] x = a ^ b;
wire [5:0] z = {~|x[15], ~|x[14:12], ~|x[11:9], ~|x[8:6], ~|x[5:3], ~|x[2:0]};
wire [6:0] zs = {1'b0, z} + 7'd1;

always @(*) eq = zs[6];
"
            .into(),
        )
    }
}

/// The tANS decoder for table log `R`. `NB` (bits of an `nb` field) must be the width of `R`, `A`
/// (table address bits) must be `R + 1`; use [`TansDecoderR6`] or [`TansDecoderR8`].
#[derive(LogicBlock)]
pub struct TansDecoder<const R: usize, const NB: usize, const A: usize> {
    /// Clock.
    pub aclk: Signal<In, Clock>,
    /// Synchronous active-low reset (stream state only; the tables are kept).
    pub aresetn: Signal<In, Bit>,
    /// tANS byte stream: `s_axis_ans_tdata/tuser/tvalid/tready/tlast`.
    pub s_axis_ans: AnsIn,
    /// Raw stream: `s_axis_raw_tdata/tvalid/tready/tlast`, a byte `{sign, mantissa}` per value (an
    /// escape sends the exponent byte first).
    pub s_axis_raw: RawIn<8>,
    /// Decoded values: `m_axis_tdata/tvalid/tready/tlast`.
    pub m_axis: ValuesOut<16>,
    /// Table write port: `tbl_we`, `tbl_addr`, `tbl_code`, `tbl_nb`, `tbl_base`, `tbl_exp`, `tbl_esc`.
    pub tbl: TansTablePort<R, NB, A>,

    // Leaf blocks: the tables (LUT-RAM, window, next state), the count compare, the output value.
    tables: TansTables<R, NB, A>,
    last_eq: CountEq,
    tdata: Bf16Cat,

    // Registers (`<name>_d`/`<name>_q` in the Verilog, one `always @(posedge aclk)`).
    init_q: DFF<Bit>,
    /// The tANS state. A reset clears bit 0 only (the state is don't-care after a reset: a block
    /// starts by reading its initial state). Why bit 0 alone: the register addresses the LUT-RAM;
    /// if all its bits were alike (no reset, or a reset of every bit), yosys (`memory_dff`) would
    /// fold it into the RAM as a registered read address and keep a second copy for the hold
    /// path: 93 LUTs instead of 71 under `synth_xilinx`.
    state_q: DFF<Bits<R>>,
    // The output register, by field (`tdata` puts them together).
    out_sign_q: DFF<Bit>,
    out_exp_q: DFF<Bits<8>>,
    out_mant_q: DFF<Bits<7>>,
    w0_q: DFF<Bits<8>>,
    w1_q: DFF<Bits<8>>,
    v0_q: DFF<Bit>,
    v1_q: DFF<Bit>,
    p_q: DFF<Bits<3>>,
    ans_last_q: DFF<Bit>,
    esc_q: DFF<Bit>,
    esc_exp_q: DFF<Bits<8>>,
    m_valid_q: DFF<Bit>,
    m_last_q: DFF<Bit>,
    num_q: DFF<Bits<16>>,
    cnt_q: DFF<Bits<16>>,

    // This cycle's control signals (named in `update`).
    free: Signal<Local, Bit>,
    raw: Signal<Local, Bit>,
    fire: Signal<Local, Bit>,
    shift: Signal<Local, Bit>,
    value: Signal<Local, Bit>,
    block_end: Signal<Local, Bit>,
    take: Signal<Local, Bit>,
    /// The state after this cycle's transition, before the reset of its bit 0.
    state_nx: Signal<Local, Bits<R>>,

    // Constants (sized, so that the Verilog has no unsized or 32-bit literals).
    c_zero3: Constant<Bits<3>>,
    c_one16: Constant<Bits<16>>,
}

/// A sized constant.
pub(crate) fn c<const N: usize>(v: u64) -> Constant<Bits<N>> {
    Constant::new(v.to_bits())
}

/// The decoder at the default table log R = 6 (64 states).
pub type TansDecoderR6 = TansDecoder<6, 3, 7>;
/// The decoder at table log R = 8 (256 states).
pub type TansDecoderR8 = TansDecoder<8, 4, 9>;

impl<const R: usize, const NB: usize, const A: usize> TansDecoder<R, NB, A> {
    /// Table log of this decoder.
    pub const TABLE_LOG: usize = R;

    /// A decoder; panics if the const parameters are inconsistent (a bug, not an input).
    pub fn new() -> Self {
        assert!((5..=8).contains(&R), "table log {R} outside 5..=8 (byte-wide tANS buffer)");
        assert_eq!(NB, clog2(R + 1), "NB must hold 0..=R");
        assert_eq!(A, R + 1, "A must be R + 1");
        Self {
            aclk: Default::default(),
            aresetn: Default::default(),
            s_axis_ans: Default::default(),
            s_axis_raw: Default::default(),
            m_axis: Default::default(),
            tbl: Default::default(),
            tables: Default::default(),
            last_eq: Default::default(),
            tdata: Default::default(),
            init_q: Default::default(),
            state_q: Default::default(),
            out_sign_q: Default::default(),
            out_exp_q: Default::default(),
            out_mant_q: Default::default(),
            w0_q: Default::default(),
            w1_q: Default::default(),
            v0_q: Default::default(),
            v1_q: Default::default(),
            p_q: Default::default(),
            ans_last_q: Default::default(),
            esc_q: Default::default(),
            esc_exp_q: Default::default(),
            m_valid_q: Default::default(),
            m_last_q: Default::default(),
            num_q: Default::default(),
            cnt_q: Default::default(),
            free: Default::default(),
            raw: Default::default(),
            fire: Default::default(),
            shift: Default::default(),
            value: Default::default(),
            block_end: Default::default(),
            take: Default::default(),
            state_nx: Default::default(),
            c_zero3: c(0),
            c_one16: c(1),
        }
    }
}

impl<const R: usize, const NB: usize, const A: usize> Default for TansDecoder<R, NB, A> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const R: usize, const NB: usize, const A: usize> Logic for TansDecoder<R, NB, A> {
    // Every register below is written as `if enable { d = .. }` with the clears last, so that yosys
    // gives most of them a clock enable and a synchronous reset pin rather than LUTs.
    #[hdl_gen]
    fn update(&mut self) {
        // Registers hold by default.
        dff_setup!(
            self, aclk, init_q, out_sign_q, out_exp_q, out_mant_q, w0_q, w1_q, v0_q, v1_q, p_q, ans_last_q, esc_q,
            esc_exp_q, m_valid_q, m_last_q, num_q, cnt_q
        );
        self.state_q.clock.next = self.aclk.val();
        self.state_nx.next = self.state_q.q.val();

        // Tables: the write port as is; read at the state (the pseudo-entry at init).
        self.tables.clock.next = self.aclk.val();
        self.tables.w.we.next = self.tbl.we.val();
        self.tables.w.addr.next = self.tbl.addr.val();
        self.tables.w.code.next = self.tbl.code.val();
        self.tables.w.nb.next = self.tbl.nb.val();
        self.tables.w.base.next = self.tbl.base.val();
        self.tables.w.exp.next = self.tbl.exp.val();
        self.tables.w.esc.next = self.tbl.esc.val();
        self.tables.state.next = self.state_q.q.val();
        self.tables.init.next = self.init_q.q.val();
        self.tables.p.next = self.p_q.q.val();
        self.tables.v0.next = self.v0_q.q.val();
        self.tables.v1.next = self.v1_q.q.val();
        self.tables.lo.next = self.w0_q.q.val();
        self.tables.hi.next = self.w1_q.q.val();
        self.last_eq.a.next = self.cnt_q.q.val();
        self.last_eq.b.next = self.num_q.q.val();
        self.tdata.sign.next = self.out_sign_q.q.val();
        self.tdata.exp.next = self.out_exp_q.q.val();
        self.tdata.mant.next = self.out_mant_q.q.val();

        // This cycle's control signals, each named once.
        // tables_ok: the transition's bits are buffered; tables_spill: it uses up w0.
        // free: the output register can take a value.
        self.free.next = !self.m_valid_q.q.val() | self.m_axis.tready.val();
        // raw: a raw byte can be taken.
        self.raw.next = self.aresetn.val() & self.free.val() & self.s_axis_raw.tvalid.val();
        // fire: the state advances (the initial state, or a transition with its raw byte).
        self.fire.next = self.tables.ok.val() & (self.init_q.q.val() | (self.raw.val() & !self.esc_q.q.val()));
        // shift: w0 is used up, the tANS buffer shifts by a byte.
        self.shift.next = self.fire.val() & self.tables.spill.val();
        // value: a value enters the output register (a code with its raw byte, or an escape's second byte).
        self.value.next = self.raw.val()
            & (self.esc_q.q.val() | (!self.init_q.q.val() & !self.tables.esc.val() & self.tables.ok.val()));
        // block_end: the block's last value enters the output register.
        self.block_end.next = self.value.val() & self.last_eq.eq.val();

        // fire: state = the tables' next state (window bits below nb, base above); no adder.
        if self.fire.val() {
            self.state_nx.next = self.tables.nstate.val();
            self.p_q.d.next = self.tables.pnext.val();
            self.init_q.d.next = false;
        }

        // tANS byte buffer {w1, w0}: a shift moves w1 (or the new byte) into w0; a byte is taken
        // when w1 is free after the shift, into w0 when that is empty, else w1. The data
        // registers load whenever their byte is free (the valid flags say what is data), so their
        // only mux is w0's.
        self.s_axis_ans.tready.next =
            self.aresetn.val() & !self.ans_last_q.q.val() & (!self.v1_q.q.val() | self.shift.val());
        // take: a tANS byte is taken.
        self.take.next = self.s_axis_ans.tready.val() & self.s_axis_ans.tvalid.val();
        if self.shift.val() | !self.v0_q.q.val() {
            if self.shift.val() & self.v1_q.q.val() {
                self.w0_q.d.next = self.w1_q.q.val();
            } else {
                self.w0_q.d.next = self.s_axis_ans.tdata.val();
            }
        }
        if self.shift.val() | !self.v1_q.q.val() {
            self.w1_q.d.next = self.s_axis_ans.tdata.val();
        }
        if self.shift.val() {
            self.v0_q.d.next = self.v1_q.q.val() | self.take.val();
            self.v1_q.d.next = self.v1_q.q.val() & self.take.val();
        } else {
            self.v0_q.d.next = self.v0_q.q.val() | self.take.val();
            self.v1_q.d.next = self.v1_q.q.val() | (self.v0_q.q.val() & self.take.val());
        }
        if self.take.val() & self.s_axis_ans.tlast.val() {
            self.ans_last_q.d.next = true;
        }
        // The value count, with the block's first byte: loaded while the buffer is empty at init, so
        // the load in the cycle that byte is taken is the last.
        if !self.v0_q.q.val() & self.init_q.q.val() {
            self.num_q.d.next = self.s_axis_ans.tuser.val();
        }

        // Raw bytes: one per value (with the tANS bits), an escape's second byte alone.
        self.s_axis_raw.tready.next =
            self.aresetn.val() & self.free.val() & (self.esc_q.q.val() | (!self.init_q.q.val() & self.tables.ok.val()));

        // Escapes: the first raw byte is the exponent, the value leaves with the second byte. The
        // exponent register loads every raw byte until the escape is flagged, then holds.
        if self.s_axis_raw.tvalid.val() & self.free.val() {
            self.esc_q.d.next =
                !self.esc_q.q.val() & !self.init_q.q.val() & self.tables.esc.val() & self.tables.ok.val();
        }
        if !self.esc_q.q.val() {
            self.esc_exp_q.d.next = self.s_axis_raw.tdata.val();
        }

        // Output register {sign, exponent, mantissa}, loaded whenever it is free (so yosys gives
        // it a clock enable); valid when a value enters it.
        if self.free.val() {
            self.out_sign_q.d.next = self.s_axis_raw.tdata.val().get_bit(7);
            self.out_mant_q.d.next = bit_cast::<7, 8>(self.s_axis_raw.tdata.val());
            if self.esc_q.q.val() {
                self.out_exp_q.d.next = self.esc_exp_q.q.val();
            } else {
                self.out_exp_q.d.next = self.tables.exp.val();
            }
            self.m_valid_q.d.next = self.value.val();
            self.m_last_q.d.next = self.last_eq.eq.val();
        }
        // Values of the block so far, the one entering the output register included (1 at the
        // block's start): an up-counter compared with the count (`num_q`, loaded without a mux)
        // costs fewer LUTs than a loadable down-counter.
        if self.value.val() {
            self.cnt_q.d.next = self.cnt_q.q.val() + self.c_one16.val();
        }
        self.m_axis.tdata.next = self.tdata.value.val();
        // Low from the cycle aresetn is low (AXI4-Stream), as on every block.
        self.m_axis.tvalid.next = self.m_valid_q.q.val() & self.aresetn.val();
        self.m_axis.tlast.next = self.m_last_q.q.val();

        // End of block (its last value leaves): drop what is left of its tANS bytes and read the
        // next initial state. Synchronous reset: the same, and nothing half-consumed survives.
        if !self.aresetn.val() | self.block_end.val() {
            self.init_q.d.next = true;
            self.v0_q.d.next = false;
            self.v1_q.d.next = false;
            self.p_q.d.next = self.c_zero3.val();
            self.ans_last_q.d.next = false;
            self.cnt_q.d.next = self.c_one16.val();
        }
        if !self.aresetn.val() {
            self.esc_q.d.next = false;
            self.m_valid_q.d.next = false;
            self.m_last_q.d.next = false;
        }
        self.state_q.d.next = self.state_nx.val();
        if !self.aresetn.val() {
            self.state_q.d.next = self.state_nx.val().replace_bit(0, false);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generates_verilog_for_r6_and_r8() {
        let v6 = crate::emit::verilog("tans_decoder", &mut TansDecoderR6::new(), "test");
        assert!(v6.contains("module tans_decoder("));
        assert!(v6.contains("module tans_decoder_tables("));
        let v8 = crate::emit::verilog("tans_decoder_r8", &mut TansDecoderR8::new(), "test");
        assert!(v8.contains("reg [7:0] base_mem [0:255];"));
    }
}

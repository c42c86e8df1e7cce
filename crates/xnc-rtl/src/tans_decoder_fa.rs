//! `tans_decoder_fa`: the tANS decoder of format-aware coding pairs (BF16, FORMAT.md 3.1-3.3): per-code
//! count of additional bits, read MSB-first from a bit-contiguous raw stream. The stream framing,
//! the table port and the datapath are those of `crate::tans_decoder` (docs/INTEGRATION.md).

use rust_hdl::prelude::*;

use crate::tans_ports::{AnsIn, RawIn, TansTablePort, ValuesOut};

use crate::tans_decoder::{c, Bf16Cat, BitWindow, DecodeMem};

/// The decode tables of [`TansDecoderFa`]: [`TansTables`](crate::tans_decoder::TansTables) with a code map entry
/// `{escape, nbits, exp}` (`nbits` 0..=8 additional bits).
///
/// Extra read outputs: `nbits` (8 for the escape and in its second cycle, `esc_cycle`: E = 8
/// exponent bits, then 1 + M = 8), `mmask` (the
/// mantissa bits the code keeps: the top `nbits - 1` of 7) and `smask` (`nbits >= 1`: the sign is
/// stored).
#[derive(LogicBlock, Default)]
pub struct FaTables<const R: usize, const NB: usize, const A: usize> {
    /// Write clock.
    pub clock: Signal<In, Clock>,
    /// The table write port, as the decoder's `tbl` port.
    pub w: TansTablePort<R, NB, A>,
    /// Code map entry: additional bits (the decoder's `tbl_nbits`).
    pub wnbits: Signal<In, Bits<4>>,
    /// Read address: the decoder state.
    pub state: Signal<In, Bits<R>>,
    /// Initial-state cycle: read the pseudo-entry (R bits onto base 0).
    pub init: Signal<In, Bit>,
    /// Second cycle of an escape: 8 raw bits.
    pub esc_cycle: Signal<In, Bit>,
    /// Bits the transition reads.
    pub nb: Signal<Out, Bits<NB>>,
    /// Next state without the bits read.
    pub base: Signal<Out, Bits<R>>,
    /// `2^nb - 1`.
    pub mask: Signal<Out, Bits<R>>,
    /// Exponent of the state's code.
    pub exp: Signal<Out, Bits<8>>,
    /// The state's code is the escape.
    pub esc: Signal<Out, Bit>,
    /// Raw bits this cycle reads.
    pub nbits: Signal<Out, Bits<4>>,
    /// Mantissa bits kept: `0x7f & ~(0xff >> nbits)`.
    pub mmask: Signal<Out, Bits<7>>,
    /// Sign kept: `nbits >= 1`.
    pub smask: Signal<Out, Bit>,
    _mem: DecodeMem,
}

impl<const R: usize, const NB: usize, const A: usize> Logic for FaTables<R, NB, A> {
    fn update(&mut self) {
        let w = &self.w;
        if self.clock.pos_edge() && w.we.val() {
            let a = w.addr.val().index();
            if a >> R == 0 {
                self._mem.write(a, w.code.val().index(), w.nb.val().index(), w.base.val().index());
            } else {
                self._mem.cmap[a & 15] = ((w.esc.val() as u16) << 12)
                    | ((self.wnbits.val().index() as u16) << 8)
                    | w.exp.val().index() as u16;
            }
        }
        // Read through `next`: the parent sets the address in the same pass.
        let (m, entry_nb, entry_base) = self._mem.read(self.state.next.index());
        let (nb, base) = if self.init.next { (R as u64, 0) } else { (entry_nb, entry_base) };
        let nbits = if self.esc_cycle.next || m >> 12 != 0 { 8 } else { ((m >> 8) & 15) as u64 };
        self.nb.next = nb.to_bits();
        self.base.next = base.to_bits();
        self.mask.next = ((1u64 << nb) - 1).to_bits();
        self.exp.next = ((m & 0xff) as u64).to_bits();
        self.esc.next = m >> 12 != 0;
        self.nbits.next = nbits.to_bits();
        self.mmask.next = (0x7f & !(0xffu64 >> nbits.min(8))).to_bits();
        self.smask.next = nbits != 0;
    }

    fn connect(&mut self) {
        self.nb.connect();
        self.base.connect();
        self.mask.connect();
        self.exp.connect();
        self.esc.connect();
        self.nbits.connect();
        self.mmask.connect();
        self.smask.connect();
    }

    fn hdl(&self) -> Verilog {
        Verilog::Custom(format!(
            "\
reg [3:0] code_mem [0:{last}];
reg [{nbm}:0] nb_mem [0:{last}];
reg [{rm}:0] base_mem [0:{last}];
reg [12:0] cmap_mem [0:15];
wire [12:0] cmap_rd;
// Asynchronous reads (LUT-RAM) as continuous assignments.
wire [3:0] code_rd = code_mem[state];
wire [{nbm}:0] nb_rd = nb_mem[state];
wire [{rm}:0] base_rd = base_mem[state];
reg [7:0] fmask;

// No reset and no initial value: every entry is written through the table port before use.
always @(posedge clock) begin
    if (w$we && !w$addr[{r}]) begin
        code_mem[w$addr[{rm}:0]] <= w$code;
        nb_mem[w$addr[{rm}:0]] <= w$nb;
        base_mem[w$addr[{rm}:0]] <= w$base;
    end
    if (w$we && w$addr[{r}]) cmap_mem[w$addr[3:0]] <= {{w$esc, wnbits, w$exp}};
end

assign cmap_rd = cmap_mem[code_rd];

always @(*) begin
    {{esc, nbits, exp}} = cmap_rd;
    if (esc_cycle || esc) nbits = 4'd8;
    if (init) begin
        nb = {nbw}'d{r};
        base = {r}'h0;
    end else begin
        nb = nb_rd;
        base = base_rd;
    end
    mask = ~({{{r}{{1'b1}}}} << nb);
    fmask = ~(8'hff >> nbits);
    mmask = fmask[6:0];
    smask = fmask[7];
end
{formal}",
            formal = crate::tans_decoder::formal_read_port(R, NB, true),
            last = (1usize << R) - 1,
            nbm = NB - 1,
            nbw = NB,
            rm = R - 1,
            r = R,
        ))
    }
}

/// The raw (MSB-first) bit window: 8 bits of `{r0, r1}` from bit `sel` of `r0` (`sel` < 8),
/// i.e. `({r0, r1} << sel)[15:8]`.
#[derive(LogicBlock, Default)]
pub struct MsbWindow {
    /// First byte (its MSB is the stream's next bit when `sel` = 0).
    pub r0: Signal<In, Bits<8>>,
    /// Second byte.
    pub r1: Signal<In, Bits<8>>,
    /// Bits of `r0` already read.
    pub sel: Signal<In, Bits<4>>,
    /// The window, first bit at the MSB.
    pub out: Signal<Out, Bits<8>>,
}

impl Logic for MsbWindow {
    fn update(&mut self) {
        let cat = (self.r0.next.index() << 8) | self.r1.next.index();
        self.out.next = (((cat << self.sel.next.index()) >> 8) as u64 & 0xff).to_bits();
    }

    fn connect(&mut self) {
        self.out.connect();
    }

    fn hdl(&self) -> Verilog {
        Verilog::Custom(
            "\
wire [15:0] cat = {r0, r1};
wire [3:0] lsb = 4'd8 - sel;

always @(*) out = cat[lsb +: 8];
"
            .into(),
        )
    }
}

/// Format-aware tANS decoder (BF16, FORMAT.md 3.1-3.3): like [`TansDecoder`](crate::tans_decoder::TansDecoder), but each code
/// carries its own number of additional bits (`tbl_nbits`, 0..=8), read MSB-first from a
/// bit-contiguous raw stream.
///
/// Differences from [`TansDecoder`](crate::tans_decoder::TansDecoder):
/// * code map entries also load `tbl_nbits`;
/// * a block's raw bits are a bit stream (FORMAT.md 3.3) padded to a byte; at a block's end the
///   rest of its last raw byte is dropped. A block may have no raw bits: then it sends no raw
///   packet. An escape reads 8 exponent bits, then 8 `{sign, mantissa}` bits (one extra cycle).
///
/// The framing is [`TansDecoder`](crate::tans_decoder::TansDecoder)'s (docs/INTEGRATION.md).
#[derive(LogicBlock)]
pub struct TansDecoderFa<const R: usize, const NB: usize, const A: usize> {
    /// Clock.
    pub aclk: Signal<In, Clock>,
    /// Synchronous active-low reset (stream state only; the tables are kept).
    pub aresetn: Signal<In, Bit>,
    /// tANS byte stream: `s_axis_ans_tdata/tuser/tvalid/tready/tlast`.
    pub s_axis_ans: AnsIn,
    /// Raw stream: `s_axis_raw_tdata/tvalid/tready/tlast`, the bit-contiguous additional bits (MSB-first).
    pub s_axis_raw: RawIn<8>,
    /// Decoded values: `m_axis_tdata/tvalid/tready/tlast`.
    pub m_axis: ValuesOut<16>,
    /// Table write port: `tbl_we`, `tbl_addr`, `tbl_code`, `tbl_nb`, `tbl_base`, `tbl_exp`, `tbl_esc`.
    pub tbl: TansTablePort<R, NB, A>,
    /// Code map entry: additional bits of the code (0..=8).
    pub tbl_nbits: Signal<In, Bits<4>>,

    tables: FaTables<R, NB, A>,
    window: BitWindow<R>,
    rwin: MsbWindow,
    tdata: Bf16Cat,

    init_q: DFF<Bit>,
    state_q: DFF<Bits<R>>,
    // The output register, by field (`tdata` puts them together).
    out_sign_q: DFF<Bit>,
    out_exp_q: DFF<Bits<8>>,
    out_mant_q: DFF<Bits<7>>,
    w0_q: DFF<Bits<8>>,
    w1_q: DFF<Bits<8>>,
    v0_q: DFF<Bit>,
    v1_q: DFF<Bit>,
    p_q: DFF<Bits<4>>,
    ans_last_q: DFF<Bit>,
    r0_q: DFF<Bits<8>>,
    r1_q: DFF<Bits<8>>,
    u0_q: DFF<Bit>,
    u1_q: DFF<Bit>,
    q_q: DFF<Bits<4>>,
    cnt_q: DFF<Bits<16>>,
    esc_q: DFF<Bit>,
    esc_exp_q: DFF<Bits<8>>,
    m_valid_q: DFF<Bit>,
    m_last_q: DFF<Bit>,

    // Combinational signals by level.
    psum: Signal<Local, Bits<4>>,
    qsum: Signal<Local, Bits<4>>,
    free: Signal<Local, Bit>,
    bits_ok: Signal<Local, Bit>,
    raw_ok: Signal<Local, Bit>,
    dec: Signal<Local, Bit>,
    escf: Signal<Local, Bit>,
    fire: Signal<Local, Bit>,
    out_fire: Signal<Local, Bit>,
    rfire: Signal<Local, Bit>,
    block_end: Signal<Local, Bit>,

    c_zero4: Constant<Bits<4>>,
    c_eight4: Constant<Bits<4>>,
    c_seven4: Constant<Bits<4>>,
    c_one16: Constant<Bits<16>>,
}

/// The format-aware decoder at R = 6.
pub type TansDecoderFaR6 = TansDecoderFa<6, 3, 7>;
/// The format-aware decoder at R = 8.
pub type TansDecoderFaR8 = TansDecoderFa<8, 4, 9>;

impl<const R: usize, const NB: usize, const A: usize> TansDecoderFa<R, NB, A> {
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
            tbl_nbits: Default::default(),
            tables: Default::default(),
            window: Default::default(),
            rwin: Default::default(),
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
            r0_q: Default::default(),
            r1_q: Default::default(),
            u0_q: Default::default(),
            u1_q: Default::default(),
            q_q: Default::default(),
            cnt_q: Default::default(),
            esc_q: Default::default(),
            esc_exp_q: Default::default(),
            m_valid_q: Default::default(),
            m_last_q: Default::default(),
            psum: Default::default(),
            qsum: Default::default(),
            free: Default::default(),
            bits_ok: Default::default(),
            raw_ok: Default::default(),
            dec: Default::default(),
            escf: Default::default(),
            fire: Default::default(),
            out_fire: Default::default(),
            rfire: Default::default(),
            block_end: Default::default(),
            c_zero4: c(0),
            c_eight4: c(8),
            c_seven4: c(7),
            c_one16: c(1),
        }
    }
}

impl<const R: usize, const NB: usize, const A: usize> Default for TansDecoderFa<R, NB, A> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const R: usize, const NB: usize, const A: usize> Logic for TansDecoderFa<R, NB, A> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, aclk, init_q, state_q, out_sign_q, out_exp_q, out_mant_q, w0_q, w1_q, v0_q, v1_q, p_q, ans_last_q,
            r0_q, r1_q, u0_q, u1_q, q_q, cnt_q, esc_q, esc_exp_q, m_valid_q, m_last_q
        );
        self.tdata.sign.next = self.out_sign_q.q.val();
        self.tdata.exp.next = self.out_exp_q.q.val();
        self.tdata.mant.next = self.out_mant_q.q.val();
        self.tables.clock.next = self.aclk.val();
        TansTablePort::<R, NB, A>::link(&mut self.tbl, &mut self.tables.w);
        self.tables.wnbits.next = self.tbl_nbits.val();
        self.tables.state.next = self.state_q.q.val();
        self.tables.init.next = self.init_q.q.val();
        self.tables.esc_cycle.next = self.esc_q.q.val();
        self.window.lo.next = self.w0_q.q.val();
        self.window.hi.next = self.w1_q.q.val();
        self.window.sel.next = self.p_q.q.val();
        self.rwin.r0.next = self.r0_q.q.val();
        self.rwin.r1.next = self.r1_q.q.val();
        self.rwin.sel.next = self.q_q.q.val();

        // Level 1: pointers after this cycle's reads, output register free.
        self.psum.next = bit_cast::<4, NB>(self.tables.nb.val()) + self.p_q.q.val();
        self.qsum.next = self.tables.nbits.val() + self.q_q.q.val();
        self.free.next = !self.m_valid_q.q.val() | self.m_axis.tready.val();
        // Level 2: the bits are buffered.
        self.bits_ok.next = self.v1_q.q.val()
            | ((self.psum.val() <= self.c_eight4.val())
                & (self.v0_q.q.val() | (self.psum.val() == self.c_zero4.val())));
        self.raw_ok.next = self.u1_q.q.val()
            | ((self.qsum.val() <= self.c_eight4.val())
                & (self.u0_q.q.val() | (self.qsum.val() == self.c_zero4.val())));
        // Level 3: a value's transition (with its raw bits, or an escape's exponent); an escape's
        // second half.
        self.dec.next = self.aresetn.val()
            & self.free.val()
            & !self.init_q.q.val()
            & !self.esc_q.q.val()
            & self.bits_ok.val()
            & self.raw_ok.val();
        self.escf.next = self.aresetn.val() & self.free.val() & self.esc_q.q.val() & self.raw_ok.val();
        self.fire.next = self.bits_ok.val() & self.init_q.q.val();
        // Level 4.
        self.out_fire.next = (self.dec.val() & !self.tables.esc.val()) | self.escf.val();
        self.rfire.next = self.dec.val() | self.escf.val();
        // Level 5.
        self.block_end.next = self.out_fire.val() & (self.cnt_q.q.val() == self.c_one16.val());

        // State update.
        if self.fire.val() | self.dec.val() {
            self.state_q.d.next = self.tables.base.val() | (self.window.out.val() & self.tables.mask.val());
            self.p_q.d.next = self.psum.val() & self.c_seven4.val();
            self.init_q.d.next = false;
        }

        // tANS byte buffer, as in TansDecoder; the block's count comes with its first byte.
        if (self.fire.val() | self.dec.val()) & self.psum.val().get_bit(3) {
            self.s_axis_ans.tready.next = self.aresetn.val() & !self.ans_last_q.q.val();
            self.w0_q.d.next = self.w1_q.q.val();
            self.v0_q.d.next = self.v1_q.q.val();
            self.v1_q.d.next = false;
            if self.aresetn.val() & !self.ans_last_q.q.val() & self.s_axis_ans.tvalid.val() {
                if self.v1_q.q.val() {
                    self.w1_q.d.next = self.s_axis_ans.tdata.val();
                    self.v1_q.d.next = true;
                } else {
                    self.w0_q.d.next = self.s_axis_ans.tdata.val();
                    self.v0_q.d.next = true;
                }
            }
            if self.aresetn.val() & self.s_axis_ans.tvalid.val() & self.s_axis_ans.tlast.val() {
                self.ans_last_q.d.next = true;
            }
        } else {
            self.s_axis_ans.tready.next = self.aresetn.val() & !self.ans_last_q.q.val() & !self.v1_q.q.val();
            if self.aresetn.val() & !self.ans_last_q.q.val() & !self.v1_q.q.val() & self.s_axis_ans.tvalid.val() {
                if self.v0_q.q.val() {
                    self.w1_q.d.next = self.s_axis_ans.tdata.val();
                    self.v1_q.d.next = true;
                } else {
                    self.w0_q.d.next = self.s_axis_ans.tdata.val();
                    self.v0_q.d.next = true;
                    if self.init_q.q.val() {
                        self.cnt_q.d.next = self.s_axis_ans.tuser.val();
                    }
                }
            }
            if self.aresetn.val() & self.s_axis_ans.tvalid.val() & self.s_axis_ans.tlast.val() & !self.v1_q.q.val() {
                self.ans_last_q.d.next = true;
            }
        }

        // Raw bit buffer {r0, r1}, read MSB-first from bit q of r0. At a block's end the rest of
        // the byte holding its last bit is dropped (two bytes out when the read crosses into r1).
        if self.rfire.val() {
            self.q_q.d.next = self.qsum.val() & self.c_seven4.val();
        }
        if self.block_end.val() {
            self.q_q.d.next = self.c_zero4.val();
        }
        if self.block_end.val() & (self.qsum.val() > self.c_eight4.val()) {
            self.s_axis_raw.tready.next = self.aresetn.val();
            self.u0_q.d.next = false;
            self.u1_q.d.next = false;
            if self.aresetn.val() & self.s_axis_raw.tvalid.val() {
                self.r0_q.d.next = self.s_axis_raw.tdata.val();
                self.u0_q.d.next = true;
            }
        } else if (self.rfire.val() & !self.block_end.val() & self.qsum.val().get_bit(3))
            | (self.block_end.val() & (self.qsum.val() != self.c_zero4.val()))
        {
            self.s_axis_raw.tready.next = self.aresetn.val();
            self.r0_q.d.next = self.r1_q.q.val();
            self.u0_q.d.next = self.u1_q.q.val();
            self.u1_q.d.next = false;
            if self.aresetn.val() & self.s_axis_raw.tvalid.val() {
                if self.u1_q.q.val() {
                    self.r1_q.d.next = self.s_axis_raw.tdata.val();
                    self.u1_q.d.next = true;
                } else {
                    self.r0_q.d.next = self.s_axis_raw.tdata.val();
                    self.u0_q.d.next = true;
                }
            }
        } else {
            self.s_axis_raw.tready.next = self.aresetn.val() & !self.u1_q.q.val();
            if self.aresetn.val() & !self.u1_q.q.val() & self.s_axis_raw.tvalid.val() {
                if self.u0_q.q.val() {
                    self.r1_q.d.next = self.s_axis_raw.tdata.val();
                    self.u1_q.d.next = true;
                } else {
                    self.r0_q.d.next = self.s_axis_raw.tdata.val();
                    self.u0_q.d.next = true;
                }
            }
        }

        // Escapes: 8 exponent bits, then the value's 8 bits in the next cycle.
        if self.dec.val() & self.tables.esc.val() {
            self.esc_q.d.next = true;
            self.esc_exp_q.d.next = self.rwin.out.val();
        }
        if self.escf.val() {
            self.esc_q.d.next = false;
        }

        // Output register, loaded whenever it is free (a clock enable): the code's raw bits as
        // sign and top mantissa bits, the exponent the code map's (the escape's in its second
        // cycle). The block's value count runs down with the values leaving.
        if self.free.val() {
            self.out_sign_q.d.next = self.rwin.out.val().get_bit(7) & self.tables.smask.val();
            self.out_mant_q.d.next = bit_cast::<7, 8>(self.rwin.out.val()) & self.tables.mmask.val();
            if self.esc_q.q.val() {
                self.out_exp_q.d.next = self.esc_exp_q.q.val();
            } else {
                self.out_exp_q.d.next = self.tables.exp.val();
            }
            self.m_valid_q.d.next = self.out_fire.val();
            self.m_last_q.d.next = self.block_end.val();
        }
        if self.out_fire.val() {
            self.cnt_q.d.next = self.cnt_q.q.val() - self.c_one16.val();
        }
        self.m_axis.tdata.next = self.tdata.value.val();
        // Low from the cycle aresetn is low (AXI4-Stream), as on every block.
        self.m_axis.tvalid.next = self.m_valid_q.q.val() & self.aresetn.val();
        self.m_axis.tlast.next = self.m_last_q.q.val();

        // End of block: drop what is left of its tANS bytes and read the next initial state.
        if self.block_end.val() | !self.aresetn.val() {
            self.init_q.d.next = true;
            self.v0_q.d.next = false;
            self.v1_q.d.next = false;
            self.p_q.d.next = self.c_zero4.val();
            self.ans_last_q.d.next = false;
        }
        if !self.aresetn.val() {
            self.u0_q.d.next = false;
            self.u1_q.d.next = false;
            self.q_q.d.next = self.c_zero4.val();
            self.esc_q.d.next = false;
            self.m_valid_q.d.next = false;
            self.m_last_q.d.next = false;
        }
    }
}

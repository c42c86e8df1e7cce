//! `tans_decoder`: ANS coding-pair decoder for plain BF16 (FORMAT.md section 3), one value per cycle.
//!
//! # Ports (in this order)
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `aclk` | in | 1 | clock |
//! | `aresetn` | in | 1 | synchronous active-low reset of the stream state (the tables are kept) |
//! | `s_axis_ans_tdata/tvalid/tready/tlast` | in | 8 | tANS stream bytes of one block, in stream order (bits LSB-first); `tlast` on the block's last byte |
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
//! * **Blocks.** Each block is one packet on each input stream: the block's tANS bytes (initial
//!   state first, padded to a byte, `tlast` on the last byte) and its raw bytes (`tlast` on the last
//!   byte, which for an escaped final value is its `{sign, mantissa}` byte). The raw stream decides
//!   how many values a block has: the value whose last raw byte carries `tlast` is the block's last
//!   and leaves with `m_axis_tlast`. Then the tANS bytes left of the block are dropped and the next
//!   block starts. Empty blocks cannot be expressed (they carry no raw byte): do not send them.
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
//! register, `(escape, exp) = cmap[code]` a second one (off the state loop). The next state is `base | (window & mask(nb))`: no
//! adder in the state loop, because `base` has its low `nb` bits at zero (FORMAT.md 3.2). The
//! tANS bits sit in a two-byte buffer `bb_q = {w1, w0}` (valid flags `v1_q`, `v0_q`) with a pointer
//! `p_q` (0..7) into `w0`; the window is `bb_q[p_q +: R]`, and when `p_q + nb` crosses 8 the buffer
//! shifts by a byte. A new byte is accepted whenever `w1` is free after this cycle's shift.
//! A block starts with `init_q` set: that cycle reads R bits with `base = 0` through the same
//! datapath. The output is a single register stage (`m_*_q`), refilled in the cycle it drains.
//!
//! # Cost (yosys 0.23, `read_verilog rtl/tans_decoder.v; synth_xilinx -flatten; stat`)
//!
//! | R | logic LUTs | LUT-RAM | FF | CARRY4 |
//! |---|---|---|---|---|
//! | 6 | 87 (+3 INV) | 5 RAM64M + 2 RAM32M | 56 | 2 |
//! | 8 | 115 (+1 INV) | 28 RAM64M + 2 RAM32M | 58 | 1 |
//!
//! # Not implemented: format-aware coding pairs
//!
//! Codes with fewer than 8 additional bits (FORMAT.md 3.1, `--codec ans-fa`) make the raw stream
//! bit-contiguous. That needs a second bit buffer like the tANS one but read MSB-first (an 8-bit
//! window at a pointer, masked by the code's `nbits`, which then joins the code map), and a block
//! framing by value count instead of raw `tlast` (a block of zeros can have no raw bits at all):
//! a loadable count register and counter, dropping the rest of the current byte of each stream at
//! block end. Estimated 30-45 more LUTs.

use rust_hdl::prelude::*;

/// Asynchronous-read, synchronous-write memory, mapped by synthesis to distributed (LUT) RAM.
///
/// rust-hdl's own `RAM` registers its read port; the decoder needs the read in the same cycle as
/// the address (the state register), so that the table lookup and the state update fit one cycle.
#[derive(LogicBlock)]
pub struct LutRam<D: Synth, const N: usize> {
    /// Read address (asynchronous read).
    pub read_address: Signal<In, Bits<N>>,
    /// Read data: `mem[read_address]`, combinationally.
    pub read_data: Signal<Out, D>,
    /// Write address.
    pub write_address: Signal<In, Bits<N>>,
    /// Write clock.
    pub write_clock: Signal<In, Clock>,
    /// Write data.
    pub write_data: Signal<In, D>,
    /// Write enable, sampled on the rising edge of `write_clock`.
    pub write_enable: Signal<In, Bit>,
    _mem: Vec<D>,
}

impl<D: Synth, const N: usize> Default for LutRam<D, N> {
    fn default() -> Self {
        Self {
            read_address: Default::default(),
            read_data: Default::default(),
            write_address: Default::default(),
            write_clock: Default::default(),
            write_data: Default::default(),
            write_enable: Default::default(),
            _mem: vec![D::default(); 1 << N],
        }
    }
}

impl<D: Synth, const N: usize> Logic for LutRam<D, N> {
    fn update(&mut self) {
        if self.write_clock.pos_edge() && self.write_enable.val() {
            self._mem[self.write_address.val().index()] = self.write_data.val();
        }
        // Read through `next`: the parent sets the address in the same delta cycle, so the data is
        // ready one delta cycle earlier (same settled values, fewer simulation iterations).
        self.read_data.next = self._mem[self.read_address.next.index()];
    }

    fn connect(&mut self) {
        self.read_data.connect();
    }

    fn hdl(&self) -> Verilog {
        let words = 1usize << N;
        Verilog::Custom(format!(
            "\
reg [{msb}:0] mem [0:{last}];
integer i;

// Zero at power-up, as in the Rust simulation (and LUT INIT values in synthesis).
initial begin
    for (i = 0; i < {words}; i = i + 1) mem[i[{amsb}:0]] = {{{width}{{1'b0}}}};
end

always @(posedge write_clock) begin
    if (write_enable) mem[write_address] <= write_data;
end

always @(*) read_data = mem[read_address];
",
            msb = D::BITS - 1,
            last = words - 1,
            words = words,
            amsb = N - 1,
            width = D::BITS,
        ))
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
    /// tANS stream byte (stream order, bits LSB-first).
    pub s_axis_ans_tdata: Signal<In, Bits<8>>,
    /// tANS byte valid.
    pub s_axis_ans_tvalid: Signal<In, Bit>,
    /// tANS byte accepted.
    pub s_axis_ans_tready: Signal<Out, Bit>,
    /// Last tANS byte of the block.
    pub s_axis_ans_tlast: Signal<In, Bit>,
    /// Raw stream byte (`{sign, mantissa}`, or an escaped value's exponent).
    pub s_axis_raw_tdata: Signal<In, Bits<8>>,
    /// Raw byte valid.
    pub s_axis_raw_tvalid: Signal<In, Bit>,
    /// Raw byte accepted.
    pub s_axis_raw_tready: Signal<Out, Bit>,
    /// Last raw byte of the block (marks the block's last value).
    pub s_axis_raw_tlast: Signal<In, Bit>,
    /// Decoded BF16 value.
    pub m_axis_tdata: Signal<Out, Bits<16>>,
    /// Output valid.
    pub m_axis_tvalid: Signal<Out, Bit>,
    /// Output accepted.
    pub m_axis_tready: Signal<In, Bit>,
    /// Last value of the block.
    pub m_axis_tlast: Signal<Out, Bit>,
    /// Table write enable.
    pub tbl_we: Signal<In, Bit>,
    /// Table address: `0..2^R` decode entries, `2^R + c` code map entry `c`.
    pub tbl_addr: Signal<In, Bits<A>>,
    /// Decode entry: code emitted in the state.
    pub tbl_code: Signal<In, Bits<4>>,
    /// Decode entry: number of state bits to read.
    pub tbl_nb: Signal<In, Bits<NB>>,
    /// Decode entry: next state without the bits read.
    pub tbl_base: Signal<In, Bits<R>>,
    /// Code map entry: exponent of the code.
    pub tbl_exp: Signal<In, Bits<8>>,
    /// Code map entry: the code is the escape (exponent in the raw stream).
    pub tbl_esc: Signal<In, Bit>,

    // Tables (LUT-RAM): per state code, nb, base; per code {escape, exp}.
    code_ram: LutRam<Bits<4>, R>,
    nb_ram: LutRam<Bits<NB>, R>,
    base_ram: LutRam<Bits<R>, R>,
    cmap_ram: LutRam<Bits<9>, 4>,

    // Registers.
    init_q: DFF<Bit>,
    state_q: DFF<Bits<R>>,
    bb_q: DFF<Bits<16>>,
    v0_q: DFF<Bit>,
    v1_q: DFF<Bit>,
    p_q: DFF<Bits<4>>,
    ans_last_q: DFF<Bit>,
    esc_q: DFF<Bit>,
    esc_exp_q: DFF<Bits<8>>,
    m_data_q: DFF<Bits<16>>,
    m_valid_q: DFF<Bit>,
    m_last_q: DFF<Bit>,

    // Combinational signals, by logic level (each reads registers, inputs, the table and the
    // levels before it; few levels keep the Rust simulation fast).
    sel_map: Signal<Local, Bit>,
    cmap_wdata: Signal<Local, Bits<9>>,
    in16: Signal<Local, Bits<16>>,
    raw16: Signal<Local, Bits<16>>,
    win: Signal<Local, Bits<R>>,
    mask: Signal<Local, Bits<R>>,
    base_sel: Signal<Local, Bits<R>>,
    p_sum: Signal<Local, Bits<4>>,
    out_free: Signal<Local, Bit>,
    dec_en: Signal<Local, Bit>,
    esc_en: Signal<Local, Bit>,
    bits_ok: Signal<Local, Bit>,
    fire_ans: Signal<Local, Bit>,
    out_fire: Signal<Local, Bit>,
    shift: Signal<Local, Bit>,

    // Constants (sized, so that the Verilog has no unsized or 32-bit literals).
    c_r4: Constant<Bits<4>>,
    c_ones_r: Constant<Bits<R>>,
    c_zero_r: Constant<Bits<R>>,
    c_zero4: Constant<Bits<4>>,
    c_eight4: Constant<Bits<4>>,
    c_seven4: Constant<Bits<4>>,
    c_low16: Constant<Bits<16>>,
    c_sign16: Constant<Bits<16>>,
    c_mant16: Constant<Bits<16>>,
    c_esc9: Constant<Bits<9>>,
    c_states: Constant<Bits<A>>,
}

/// A sized constant.
fn c<const N: usize>(v: u64) -> Constant<Bits<N>> {
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
            s_axis_ans_tdata: Default::default(),
            s_axis_ans_tvalid: Default::default(),
            s_axis_ans_tready: Default::default(),
            s_axis_ans_tlast: Default::default(),
            s_axis_raw_tdata: Default::default(),
            s_axis_raw_tvalid: Default::default(),
            s_axis_raw_tready: Default::default(),
            s_axis_raw_tlast: Default::default(),
            m_axis_tdata: Default::default(),
            m_axis_tvalid: Default::default(),
            m_axis_tready: Default::default(),
            m_axis_tlast: Default::default(),
            tbl_we: Default::default(),
            tbl_addr: Default::default(),
            tbl_code: Default::default(),
            tbl_nb: Default::default(),
            tbl_base: Default::default(),
            tbl_exp: Default::default(),
            tbl_esc: Default::default(),
            code_ram: Default::default(),
            nb_ram: Default::default(),
            base_ram: Default::default(),
            cmap_ram: Default::default(),
            init_q: Default::default(),
            state_q: Default::default(),
            bb_q: Default::default(),
            v0_q: Default::default(),
            v1_q: Default::default(),
            p_q: Default::default(),
            ans_last_q: Default::default(),
            esc_q: Default::default(),
            esc_exp_q: Default::default(),
            m_data_q: Default::default(),
            m_valid_q: Default::default(),
            m_last_q: Default::default(),
            sel_map: Default::default(),
            cmap_wdata: Default::default(),
            in16: Default::default(),
            raw16: Default::default(),
            win: Default::default(),
            mask: Default::default(),
            base_sel: Default::default(),
            p_sum: Default::default(),
            out_free: Default::default(),
            dec_en: Default::default(),
            esc_en: Default::default(),
            bits_ok: Default::default(),
            fire_ans: Default::default(),
            out_fire: Default::default(),
            shift: Default::default(),
            c_r4: c(R as u64),
            c_ones_r: c((1u64 << R) - 1),
            c_zero_r: c(0),
            c_zero4: c(0),
            c_eight4: c(8),
            c_seven4: c(7),
            c_low16: c(0x00ff),
            c_sign16: c(0x80),
            c_mant16: c(0x7f),
            c_esc9: c(0x100),
            c_states: c(1 << R),
        }
    }
}

impl<const R: usize, const NB: usize, const A: usize> Default for TansDecoder<R, NB, A> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const R: usize, const NB: usize, const A: usize> Logic for TansDecoder<R, NB, A> {
    #[hdl_gen]
    fn update(&mut self) {
        // Registers hold by default.
        dff_setup!(
            self, aclk, init_q, state_q, bb_q, v0_q, v1_q, p_q, ans_last_q, esc_q, esc_exp_q, m_data_q,
            m_valid_q, m_last_q
        );

        // Table write port: addresses below 2^R are decode entries, above the code map.
        self.sel_map.next = self.tbl_addr.val() >= self.c_states.val();
        self.cmap_wdata.next = bit_cast::<9, 8>(self.tbl_exp.val());
        if self.tbl_esc.val() {
            self.cmap_wdata.next = bit_cast::<9, 8>(self.tbl_exp.val()) | self.c_esc9.val();
        }
        self.code_ram.write_clock.next = self.aclk.val();
        self.nb_ram.write_clock.next = self.aclk.val();
        self.base_ram.write_clock.next = self.aclk.val();
        self.cmap_ram.write_clock.next = self.aclk.val();
        self.code_ram.write_enable.next = self.tbl_we.val() & !self.sel_map.val();
        self.nb_ram.write_enable.next = self.tbl_we.val() & !self.sel_map.val();
        self.base_ram.write_enable.next = self.tbl_we.val() & !self.sel_map.val();
        self.cmap_ram.write_enable.next = self.tbl_we.val() & self.sel_map.val();
        self.code_ram.write_address.next = self.tbl_addr.val().get_bits::<R>(0);
        self.nb_ram.write_address.next = self.tbl_addr.val().get_bits::<R>(0);
        self.base_ram.write_address.next = self.tbl_addr.val().get_bits::<R>(0);
        self.cmap_ram.write_address.next = self.tbl_addr.val().get_bits::<4>(0);
        self.code_ram.write_data.next = self.tbl_code.val();
        self.nb_ram.write_data.next = self.tbl_nb.val();
        self.base_ram.write_data.next = self.tbl_base.val();
        self.cmap_ram.write_data.next = self.cmap_wdata.val();

        // Table lookups: state -> (code, nb, base), code -> {escape, exp}.
        self.code_ram.read_address.next = self.state_q.q.val();
        self.nb_ram.read_address.next = self.state_q.q.val();
        self.base_ram.read_address.next = self.state_q.q.val();
        self.cmap_ram.read_address.next = self.code_ram.read_data.val();

        // Level 1. The window {w1, w0}[p +: R]; mask of the nb bits read; pointer after reading.
        // The initial-state cycle (init_q) reads R bits onto base 0 through the same datapath.
        self.in16.next = bit_cast::<16, 8>(self.s_axis_ans_tdata.val());
        self.raw16.next = bit_cast::<16, 8>(self.s_axis_raw_tdata.val());
        self.win.next = self.bb_q.q.val().get_bits::<R>(self.p_q.q.val().index());
        if self.init_q.q.val() {
            self.mask.next = self.c_ones_r.val();
            self.base_sel.next = self.c_zero_r.val();
            self.p_sum.next = self.p_q.q.val() + self.c_r4.val();
        } else {
            self.mask.next = !(self.c_ones_r.val() << self.nb_ram.read_data.val());
            self.base_sel.next = self.base_ram.read_data.val();
            self.p_sum.next = self.p_q.q.val() + bit_cast::<4, NB>(self.nb_ram.read_data.val());
        }
        self.out_free.next = !self.m_valid_q.q.val() | self.m_axis_tready.val();
        self.dec_en.next = self.aresetn.val()
            & !self.init_q.q.val()
            & !self.esc_q.q.val()
            & (!self.m_valid_q.q.val() | self.m_axis_tready.val());
        self.esc_en.next =
            self.aresetn.val() & self.esc_q.q.val() & (!self.m_valid_q.q.val() | self.m_axis_tready.val());

        // Level 2. Enough bits buffered: p + nb <= 8 fits in w0 alone.
        self.bits_ok.next = self.v1_q.q.val()
            | ((self.p_sum.val() <= self.c_eight4.val())
                & (self.v0_q.q.val() | (self.p_sum.val() == self.c_zero4.val())));

        // Level 3. Handshakes: a value is decoded when the bits, a raw byte and the output
        // register are there; the initial state needs only the bits.
        self.s_axis_raw_tready.next = (self.dec_en.val() & self.bits_ok.val()) | self.esc_en.val();
        self.fire_ans.next = self.bits_ok.val()
            & (self.init_q.q.val() | (self.dec_en.val() & self.s_axis_raw_tvalid.val()));
        self.shift.next = self.bits_ok.val()
            & (self.init_q.q.val() | (self.dec_en.val() & self.s_axis_raw_tvalid.val()))
            & self.p_sum.val().get_bit(3);
        self.out_fire.next = (self.dec_en.val()
            & self.bits_ok.val()
            & self.s_axis_raw_tvalid.val()
            & !self.cmap_ram.read_data.val().get_bit(8))
            | (self.esc_en.val() & self.s_axis_raw_tvalid.val());

        // State update: base | (window & mask); no adder in this loop.
        if self.fire_ans.val() {
            self.state_q.d.next = self.base_sel.val() | (self.win.val() & self.mask.val());
            self.p_q.d.next = self.p_sum.val() & self.c_seven4.val();
            self.init_q.d.next = false;
        }

        // tANS byte buffer: consume (shift out w0 when the pointer crosses 8), then refill.
        if self.shift.val() {
            self.s_axis_ans_tready.next = self.aresetn.val() & !self.ans_last_q.q.val();
            self.bb_q.d.next = self.bb_q.q.val() >> 8;
            self.v0_q.d.next = self.v1_q.q.val();
            self.v1_q.d.next = false;
            if self.aresetn.val() & !self.ans_last_q.q.val() & self.s_axis_ans_tvalid.val() {
                if self.v1_q.q.val() {
                    self.bb_q.d.next = (self.bb_q.q.val() >> 8) | (self.in16.val() << 8);
                    self.v1_q.d.next = true;
                } else {
                    self.bb_q.d.next = self.in16.val();
                    self.v0_q.d.next = true;
                }
            }
        } else {
            self.s_axis_ans_tready.next =
                self.aresetn.val() & !self.ans_last_q.q.val() & !self.v1_q.q.val();
            if self.aresetn.val()
                & !self.ans_last_q.q.val()
                & !self.v1_q.q.val()
                & self.s_axis_ans_tvalid.val()
            {
                if self.v0_q.q.val() {
                    self.bb_q.d.next = (self.bb_q.q.val() & self.c_low16.val()) | (self.in16.val() << 8);
                    self.v1_q.d.next = true;
                } else {
                    self.bb_q.d.next = self.in16.val();
                    self.v0_q.d.next = true;
                }
            }
        }
        if self.s_axis_ans_tvalid.val()
            & self.s_axis_ans_tlast.val()
            & self.aresetn.val()
            & (!self.v1_q.q.val() | self.shift.val())
        {
            self.ans_last_q.d.next = true;
        }

        // Escapes: the first raw byte is the exponent, the value leaves with the second byte.
        if self.dec_en.val()
            & self.bits_ok.val()
            & self.s_axis_raw_tvalid.val()
            & self.cmap_ram.read_data.val().get_bit(8)
        {
            self.esc_q.d.next = true;
            self.esc_exp_q.d.next = self.s_axis_raw_tdata.val();
        }
        if self.esc_en.val() & self.s_axis_raw_tvalid.val() {
            self.esc_q.d.next = false;
        }

        // Output register: {sign, exponent, mantissa}, loaded whenever it is free.
        if self.out_free.val() {
            self.m_valid_q.d.next = self.out_fire.val();
            self.m_last_q.d.next = self.s_axis_raw_tlast.val();
            if self.esc_q.q.val() {
                self.m_data_q.d.next = ((self.raw16.val() & self.c_sign16.val()) << 8)
                    | (bit_cast::<16, 8>(self.esc_exp_q.q.val()) << 7)
                    | (self.raw16.val() & self.c_mant16.val());
            } else {
                // {escape, exp} << 7: the escape bit lands on the sign, but a value leaves this
                // way only when the code is not the escape (the bit is 0).
                self.m_data_q.d.next = ((self.raw16.val() & self.c_sign16.val()) << 8)
                    | (bit_cast::<16, 9>(self.cmap_ram.read_data.val()) << 7)
                    | (self.raw16.val() & self.c_mant16.val());
            }
        }
        self.m_axis_tdata.next = self.m_data_q.q.val();
        self.m_axis_tvalid.next = self.m_valid_q.q.val();
        self.m_axis_tlast.next = self.m_last_q.q.val();

        // End of block (its last value leaves): drop what is left of its tANS bytes and read the
        // next initial state. Synchronous reset: the same, and nothing half-consumed survives.
        if (self.out_fire.val() & self.s_axis_raw_tlast.val()) | !self.aresetn.val() {
            self.init_q.d.next = true;
            self.v0_q.d.next = false;
            self.v1_q.d.next = false;
            self.p_q.d.next = self.c_zero4.val();
            self.ans_last_q.d.next = false;
        }
        if !self.aresetn.val() {
            self.esc_q.d.next = false;
            self.m_valid_q.d.next = false;
            self.m_last_q.d.next = false;
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
        assert!(v6.contains("module tans_decoder_cmap_ram("));
        let v8 = crate::emit::verilog("tans_decoder_r8", &mut TansDecoderR8::new(), "test");
        assert!(v8.contains("reg [7:0] mem [0:255];"));
    }
}

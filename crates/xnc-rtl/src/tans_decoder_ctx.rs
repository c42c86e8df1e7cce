//! `tans_decoder_ctx`: the tANS decoder of context coding pairs (`ans-ctx`, FORMAT.md section 5):
//! joint codes (a code fixes the exponent, the sign and top mantissa bits, and carries its own
//! count of additional bits), up to 16 context classes chosen by the value's column, BF16 and FP16.
//! The stream framing is that of every tANS decoder (docs/INTEGRATION.md); the escape and the
//! output handshake follow `crate::tans_decoder_fa`. The table log `R` is a build parameter
//! (5..=10): `tans_decoder_ctx` is R = 6, `tans_decoder_ctx_r10` R = 10 (the `ans-ctx` ratios of
//! the README are at `--table-log 10`).
//!
//! # Datapath
//!
//! * **tANS bits** (LSB-first): a three-byte buffer, so that a transition's `nb <= R <= 10` bits
//!   from any bit position (< 8) never wait at a byte boundary; a transition frees up to two bytes,
//!   one byte comes in per cycle (a value's state bits average well under 8).
//! * **Decode table** (`2^(4+R)` entries, one per class and state, in block RAM; the table port's
//!   address is `{space, index}` with [`table_index_bits`] index bits): an entry holds the
//!   transition (`nb`, `base`) and the value directly: the 16-bit word with the code's exponent,
//!   sign and mantissa prefix in place (`value`), the prefix length `k` and the additional bits
//!   `nbits` (FORMAT.md 5.1). The read is synchronous: its address register *is* the decoder state
//!   (`{class, state}` of the next value is presented in the cycle that computes that state), so
//!   one value per cycle needs no asynchronous table.
//! * **Column map** (4096 x 4 bits, block RAM): the class of every column. A column counter runs
//!   from the configured first column by the configured step modulo the row length, one step per
//!   value, and restarts at each block (blocks hold whole rows); the class of the value after the
//!   current one is read one transition ahead. First column and step make one decoder of an N-lane
//!   group (lane l: first column l, step N).
//! * **Raw bits** (MSB-first): 16-bit input beats (two stream bytes, the first in `tdata[7:0]`;
//!   `tkeep` = `2'b01` on a block's last beat when its raw stream has an odd number of bytes) into
//!   a four-byte buffer. The 11-bit window over its first three bytes never waits at a byte
//!   boundary (`q < 8` plus 11 bits spans at most 18); a beat comes in whenever at most two bytes
//!   are left after the cycle's read, so at least three bytes are held at every cycle start and a
//!   value reads its up to 11 bits (FP16) without waiting. The window is placed under the code's
//!   mask: `field = (window >> k) & mask(k, nbits)` (left-aligned 11-bit `{sign, mantissa}`
//!   field) and the value is `value | {field[10], 0.., field[mantissa]}`.
//!
//! So native FP16 (up to 11 raw bits per value, about 9.6 on average) decodes at one value per
//! cycle, as BF16 does.

use rust_hdl::prelude::*;

use crate::tans_ports::{AnsIn, CtxTablePort, RawIn, ValuesOut};

use crate::tans_decoder::c;

/// Index bits of the table port's three spaces at table log `r`: `{class, state}` needs `4 + r`,
/// the column map 12; the address is `{space[1:0], index}` (decode table, column map,
/// configuration).
pub const fn table_index_bits(r: usize) -> usize {
    if 4 + r > 12 {
        4 + r
    } else {
        12
    }
}
/// Table port address of the first column map entry (`+ column`) at table log `r`.
pub const fn cmap_base(r: usize) -> u16 {
    1 << table_index_bits(r)
}
/// Table port address of the configuration write at table log `r`.
pub const fn config_addr(r: usize) -> u16 {
    2 << table_index_bits(r)
}
/// Columns the column map holds (the format's limit for several classes, FORMAT.md 5.4).
pub const MAX_COLUMNS: usize = 4096;
/// Classes the decode table holds.
pub const MAX_CLASSES: usize = 16;

/// The decoder's memories and everything addressed by them: the decode table (synchronous read
/// at `{class, rstate}` when `ren`), the column map with its counter, the configuration, and the
/// value assembly (combinational, from the current entry and the raw window).
#[derive(LogicBlock)]
pub struct CtxTables<const R: usize, const NB: usize, const AW: usize> {
    /// Clock.
    pub clock: Signal<In, Clock>,
    /// The table write port, as the decoder's `tbl` port.
    pub w: CtxTablePort<R, NB, AW>,
    /// Read the entry of the next value at `rstate` (a transition happens at this edge).
    pub ren: Signal<In, Bit>,
    /// The state the transition computes.
    pub rstate: Signal<In, Bits<R>>,
    /// Restart the column counter at the first column (block end, reset, after a table write).
    pub restart: Signal<In, Bit>,
    /// Initial-state cycle: the pseudo-entry (R bits onto base 0).
    pub init: Signal<In, Bit>,
    /// Second cycle of an escape: the `{sign, mantissa}` field, with `esc_exp`.
    pub esc_cycle: Signal<In, Bit>,
    /// The escaped value's exponent (read in its first cycle).
    pub esc_exp: Signal<In, Bits<8>>,
    /// The next 11 raw bits, first at the MSB.
    pub win: Signal<In, Bits<11>>,
    /// Bits the transition reads.
    pub nb: Signal<Out, Bits<NB>>,
    /// Next state without the bits read.
    pub base: Signal<Out, Bits<R>>,
    /// `2^nb - 1`.
    pub mask: Signal<Out, Bits<R>>,
    /// The entry's code is the escape.
    pub esc: Signal<Out, Bit>,
    /// Raw bits this cycle reads.
    pub nbits: Signal<Out, Bits<4>>,
    /// The decoded value (valid in a value's cycle).
    pub value: Signal<Out, Bits<16>>,
    /// An escape's exponent from the window (first escape cycle).
    pub xexp: Signal<Out, Bits<8>>,
    _dmem: Vec<u64>,
    _cmap: Vec<u8>,
    _rd: u64,
    _cls: usize,
    _col: usize,
    _cols: usize,
    _first: usize,
    _step: usize,
    _fp16: bool,
}

impl<const R: usize, const NB: usize, const AW: usize> Default for CtxTables<R, NB, AW> {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            w: Default::default(),
            ren: Default::default(),
            rstate: Default::default(),
            restart: Default::default(),
            init: Default::default(),
            esc_cycle: Default::default(),
            esc_exp: Default::default(),
            win: Default::default(),
            nb: Default::default(),
            base: Default::default(),
            mask: Default::default(),
            esc: Default::default(),
            nbits: Default::default(),
            value: Default::default(),
            xexp: Default::default(),
            _dmem: vec![0; MAX_CLASSES << R],
            _cmap: vec![0; MAX_COLUMNS],
            _rd: 0,
            _cls: 0,
            _col: 0,
            _cols: 1,
            _first: 0,
            _step: 0,
            _fp16: false,
        }
    }
}

/// Entry layout `{esc, k, nbits, value, nb, base}` from the LSB: base, nb, value, nbits, k, esc.
const fn entry_shifts(r: usize, nb: usize) -> (usize, usize, usize, usize, usize) {
    (r, r + nb, r + nb + 16, r + nb + 20, r + nb + 24)
}

impl<const R: usize, const NB: usize, const AW: usize> Logic for CtxTables<R, NB, AW> {
    fn update(&mut self) {
        let (s_nb, s_val, s_nbits, s_k, s_esc) = entry_shifts(R, NB);
        if self.clock.pos_edge() {
            // Reads before writes (the memories' read-first behaviour, never relied on).
            // `_col`: the column of the value whose class is `_cls`.
            let sum = self._col + self._step;
            let next = if sum >= self._cols { sum - self._cols } else { sum } & (MAX_COLUMNS - 1);
            let col_src = if self.restart.val() { self._first } else { next };
            if self.ren.val() {
                self._rd = self._dmem[(self._cls << R) | self.rstate.val().index()];
            }
            if self.ren.val() || self.restart.val() {
                self._cls = self._cmap[col_src] as usize & 15;
                self._col = col_src;
            }
            if self.w.we.val() {
                let a = self.w.addr.val().index();
                match a >> table_index_bits(R) {
                    0 => {
                        self._dmem[a & ((MAX_CLASSES << R) - 1)] = self.w.base.val().index() as u64
                            | (self.w.nb.val().index() as u64) << s_nb
                            | (self.w.value.val().index() as u64) << s_val
                            | (self.w.nbits.val().index() as u64) << s_nbits
                            | (self.w.k.val().index() as u64) << s_k
                            | (self.w.esc.val() as u64) << s_esc
                    }
                    1 => self._cmap[a & (MAX_COLUMNS - 1)] = self.w.class.val().index() as u8,
                    2 => {
                        self._fp16 = self.w.fp16.val();
                        self._cols = self.w.cols.val().index();
                        self._first = self.w.first.val().index();
                        self._step = self.w.step.val().index();
                    }
                    _ => {}
                }
            }
        }
        // Combinational side, read through `next`: the parent sets these in the same pass.
        let rd = self._rd;
        let field = |x: u64, s: usize, w: usize| (x >> s) & ((1 << w) - 1);
        let init = self.init.next;
        let escc = self.esc_cycle.next;
        let (nb, base) = if init { (R as u64, 0) } else { (field(rd, s_nb, NB), field(rd, 0, R)) };
        let esc = field(rd, s_esc, 1) != 0;
        let fp16 = self._fp16;
        let nbits = if escc {
            if fp16 {
                11
            } else {
                8
            }
        } else if esc {
            if fp16 {
                5
            } else {
                8
            }
        } else {
            field(rd, s_nbits, 4)
        };
        let k = if escc { 0 } else { field(rd, s_k, 4) };
        let u = (k + nbits) & 15;
        let m = (0x7ff >> k) & !(0x7ffu64 >> u) & 0x7ff;
        let win = self.win.next.index() as u64;
        let f = (win >> k) & m;
        let placed = if fp16 { (f >> 10) << 15 | (f & 0x3ff) } else { (f >> 10) << 15 | ((f >> 3) & 0x7f) };
        let ex = self.esc_exp.next.index() as u64;
        let fixed = if escc {
            if fp16 {
                (ex & 0x1f) << 10
            } else {
                ex << 7
            }
        } else {
            field(rd, s_val, 16)
        };
        self.nb.next = nb.to_bits();
        self.base.next = base.to_bits();
        self.mask.next = ((1u64 << nb) - 1).to_bits();
        self.esc.next = esc;
        self.nbits.next = nbits.to_bits();
        self.value.next = (fixed | placed).to_bits();
        self.xexp.next = (if fp16 { win >> 6 } else { win >> 3 }).to_bits();
    }

    fn connect(&mut self) {
        self.nb.connect();
        self.base.connect();
        self.mask.connect();
        self.esc.connect();
        self.nbits.connect();
        self.value.connect();
        self.xexp.connect();
    }

    fn hdl(&self) -> Verilog {
        let (s_nb, s_val, s_nbits, s_k, s_esc) = entry_shifts(R, NB);
        Verilog::Custom(format!(
            "\
// Decode table {{class, state}} -> {{esc, k, nbits, value, nb, base}} and column map: block RAM
// (synchronous reads with enable). No reset and no initial value: written through the table port
// before use.
reg [{ew}:0] dmem [0:{dlast}];
reg [3:0] cmap [0:4095];
reg [{ew}:0] rd;
reg [3:0] cls_q;
reg [11:0] col_q;
reg [12:0] cols_q;
reg [11:0] first_q;
reg [11:0] step_q;
reg fp16_q;
// col_q: the column of the value whose class is cls_q. The next column is computed from registers
// only; `restart` (late in the cycle: block end) just selects the first column instead.
wire [12:0] col_sum = {{1'b0, col_q}} + {{1'b0, step_q}};
wire [12:0] col_wrap = (col_sum >= cols_q) ? col_sum - cols_q : col_sum;
wire [11:0] col_src = restart ? first_q : col_wrap[11:0];

always @(posedge clock) begin
    if (ren) rd <= dmem[{{cls_q, rstate}}];
    if (ren || restart) begin
        cls_q <= cmap[col_src];
        col_q <= col_src;
    end
    if (w$we && w$addr[{sh}:{sl}] == 2'd0) dmem[w$addr[{am}:0]] <= {{w$esc, w$k, w$nbits, w$value, w$nb, w$base}};
    if (w$we && w$addr[{sh}:{sl}] == 2'd1) cmap[w$addr[11:0]] <= w$class;
    if (w$we && w$addr[{sh}:{sl}] == 2'd2) begin
        fp16_q <= w$fp16;
        cols_q <= w$cols;
        first_q <= w$first;
        step_q <= w$step;
    end
end

reg [3:0] k;
reg [3:0] u;
reg [10:0] m;
reg [10:0] f;
reg [15:0] fixed;

always @(*) begin
    esc = rd[{s_esc}];
    if (init) begin
        nb = {nbw}'d{r};
        base = {r}'h0;
    end else begin
        nb = rd[{nbm}:{s_nb}];
        base = rd[{rm}:0];
    end
    mask = ~({{{r}{{1'b1}}}} << nb);
    if (esc_cycle) nbits = fp16_q ? 4'd11 : 4'd8;
    else if (esc) nbits = fp16_q ? 4'd5 : 4'd8;
    else nbits = rd[{nbitsm}:{s_nbits}];
    k = esc_cycle ? 4'd0 : rd[{km}:{s_k}];
    u = k + nbits;
    m = (11'h7ff >> k) & ~(11'h7ff >> u);
    f = (win >> k) & m;
    if (esc_cycle) fixed = fp16_q ? {{1'b0, esc_exp[4:0], 10'h0}} : {{1'b0, esc_exp, 7'h0}};
    else fixed = rd[{valm}:{s_val}];
    value = fixed | (fp16_q ? {{f[10], 5'h0, f[9:0]}} : {{f[10], 8'h0, f[9:3]}});
    xexp = fp16_q ? {{3'h0, win[10:6]}} : win[10:3];
end
`ifdef FORMAL
// FORMAL-only read port of the decode table memory (docs/FORMAL.md, tANS table proofs): the entry
// {{esc, k, nbits, value, nb, base}} at {{class, state}} = formal_raddr, as the table port wrote it
input wire [{am}:0] formal_raddr;
output wire [{ew}:0] formal_entry;
assign formal_entry = dmem[formal_raddr];
`endif
",
            ew = s_esc,
            sh = AW - 1,
            sl = AW - 2,
            dlast = (MAX_CLASSES << R) - 1,
            am = R + 3,
            nbw = NB,
            r = R,
            rm = R - 1,
            nbm = s_nb + NB - 1,
            nbitsm = s_nbits + 3,
            km = s_k + 3,
            valm = s_val + 15,
        ))
    }
}

/// The raw (MSB-first) bit window: 11 bits of `{r0, r1, r2}` from bit `sel` of `r0` (`sel` < 8).
#[derive(LogicBlock, Default)]
pub struct MsbWindow11 {
    /// First byte (its MSB is the stream's next bit when `sel` = 0).
    pub r0: Signal<In, Bits<8>>,
    /// Second byte.
    pub r1: Signal<In, Bits<8>>,
    /// Third byte.
    pub r2: Signal<In, Bits<8>>,
    /// Bits of `r0` already read.
    pub sel: Signal<In, Bits<3>>,
    /// The window, first bit at the MSB.
    pub out: Signal<Out, Bits<11>>,
}

impl Logic for MsbWindow11 {
    fn update(&mut self) {
        let cat = (self.r0.next.index() << 16) | (self.r1.next.index() << 8) | self.r2.next.index();
        self.out.next = (((cat << self.sel.next.index()) >> 13) as u64 & 0x7ff).to_bits();
    }

    fn connect(&mut self) {
        self.out.connect();
    }

    fn hdl(&self) -> Verilog {
        Verilog::Custom(
            "\
wire [23:0] cat = {r0, r1, r2};
wire [4:0] lsb = 5'd13 - {2'b0, sel};

always @(*) out = cat[lsb +: 11];
"
            .into(),
        )
    }
}

/// The tANS (LSB-first) bit window: `R` bits of `{a2, a1, a0}` from bit `sel` of `a0` (`sel` < 8).
#[derive(LogicBlock, Default)]
pub struct LsbWindow<const R: usize> {
    /// First byte (its LSB is the stream's next bit when `sel` = 0).
    pub a0: Signal<In, Bits<8>>,
    /// Second byte.
    pub a1: Signal<In, Bits<8>>,
    /// Third byte.
    pub a2: Signal<In, Bits<8>>,
    /// Bits of `a0` already read.
    pub sel: Signal<In, Bits<3>>,
    /// The window, first bit at the LSB.
    pub out: Signal<Out, Bits<R>>,
}

impl<const R: usize> Logic for LsbWindow<R> {
    fn update(&mut self) {
        let cat = (self.a2.next.index() << 16) | (self.a1.next.index() << 8) | self.a0.next.index();
        self.out.next = (((cat >> self.sel.next.index()) & ((1 << R) - 1)) as u64).to_bits();
    }

    fn connect(&mut self) {
        self.out.connect();
    }

    fn hdl(&self) -> Verilog {
        Verilog::Custom(format!(
            "\
wire [23:0] cat = {{a2, a1, a0}};
wire [23:0] shifted = cat >> sel;

always @(*) out = shifted[{rm}:0];
",
            rm = R - 1
        ))
    }
}

/// Context tANS decoder (FORMAT.md section 5), one lane: joint codes, up to 16 column classes,
/// BF16 or FP16 (configured), table log `R`. Framing and handshake as [`crate::tans_decoder_fa`];
/// the table port is documented in docs/INTEGRATION.md and the generated file's header.
#[derive(LogicBlock)]
pub struct TansDecoderCtx<const R: usize, const NB: usize, const AW: usize> {
    /// Clock.
    pub aclk: Signal<In, Clock>,
    /// Synchronous active-low reset (stream state only; the tables are kept).
    pub aresetn: Signal<In, Bit>,
    /// tANS byte stream: `s_axis_ans_tdata/tuser/tvalid/tready/tlast`.
    pub s_axis_ans: AnsIn,
    /// Raw stream: `s_axis_raw_tdata/tvalid/tready/tlast`, two bytes a beat (bits MSB-first, the first
    /// byte in `[7:0]`).
    pub s_axis_raw: RawIn<16>,
    /// Bytes of the raw beat: `2'b11`, or `2'b01` (only `[7:0]`) on a block's last beat.
    pub s_axis_raw_tkeep: Signal<In, Bits<2>>,
    /// Decoded values: `m_axis_tdata/tvalid/tready/tlast`.
    pub m_axis: ValuesOut<16>,
    /// Table write port: `tbl_we`, `tbl_addr`, the decode entry, column map and configuration
    /// signals ([`CtxTablePort`]).
    pub tbl: CtxTablePort<R, NB, AW>,

    tables: CtxTables<R, NB, AW>,
    window: LsbWindow<R>,
    rwin: MsbWindow11,

    init_q: DFF<Bit>,
    state_q: DFF<Bits<R>>,
    a0_q: DFF<Bits<8>>,
    a1_q: DFF<Bits<8>>,
    a2_q: DFF<Bits<8>>,
    ac_q: DFF<Bits<2>>,
    p_q: DFF<Bits<3>>,
    ans_last_q: DFF<Bit>,
    r0_q: DFF<Bits<8>>,
    r1_q: DFF<Bits<8>>,
    r2_q: DFF<Bits<8>>,
    r3_q: DFF<Bits<8>>,
    rc_q: DFF<Bits<3>>,
    q_q: DFF<Bits<3>>,
    cnt_q: DFF<Bits<16>>,
    esc_q: DFF<Bit>,
    esc_exp_q: DFF<Bits<8>>,
    val_q: DFF<Bits<16>>,
    m_valid_q: DFF<Bit>,
    m_last_q: DFF<Bit>,
    tblw_q: DFF<Bit>,

    // Combinational signals by level.
    psum: Signal<Local, Bits<5>>,
    ahave: Signal<Local, Bits<5>>,
    qsum: Signal<Local, Bits<5>>,
    qceil: Signal<Local, Bits<5>>,
    have: Signal<Local, Bits<6>>,
    free: Signal<Local, Bit>,
    bits_ok: Signal<Local, Bit>,
    raw_ok: Signal<Local, Bit>,
    dec: Signal<Local, Bit>,
    escf: Signal<Local, Bit>,
    fire: Signal<Local, Bit>,
    out_fire: Signal<Local, Bit>,
    rfire: Signal<Local, Bit>,
    block_end: Signal<Local, Bit>,
    used: Signal<Local, Bits<2>>,
    left: Signal<Local, Bits<3>>,
    room: Signal<Local, Bit>,
    nbytes: Signal<Local, Bits<3>>,
    take: Signal<Local, Bit>,
    aused: Signal<Local, Bits<2>>,
    aleft: Signal<Local, Bits<2>>,
    atake: Signal<Local, Bit>,

    c_seven5: Constant<Bits<5>>,
    c_zero3: Constant<Bits<3>>,
    c_one16: Constant<Bits<16>>,
    c_zero2: Constant<Bits<2>>,
    c_one2: Constant<Bits<2>>,
    c_two2: Constant<Bits<2>>,
    c_three2: Constant<Bits<2>>,
    c_one3: Constant<Bits<3>>,
    c_two3: Constant<Bits<3>>,
}

/// The context decoder at R = 6 (16 classes x 64 states).
pub type TansDecoderCtxR6 = TansDecoderCtx<6, 3, { table_index_bits(6) + 2 }>;
/// The context decoder at R = 10 (16 classes x 1024 states).
pub type TansDecoderCtxR10 = TansDecoderCtx<10, 4, { table_index_bits(10) + 2 }>;

impl<const R: usize, const NB: usize, const AW: usize> TansDecoderCtx<R, NB, AW> {
    /// Table log of this decoder.
    pub const TABLE_LOG: usize = R;

    /// A decoder; panics if the const parameters are inconsistent (a bug, not an input).
    pub fn new() -> Self {
        // 4 + R index bits and two space bits fit the 16-bit address of table.bin's records.
        assert!((5..=10).contains(&R), "table log {R} outside 5..=10");
        assert_eq!(NB, clog2(R + 1), "NB must hold 0..=R");
        assert_eq!(AW, table_index_bits(R) + 2, "AW must be the table address width");
        Self {
            aclk: Default::default(),
            aresetn: Default::default(),
            s_axis_ans: Default::default(),
            s_axis_raw: Default::default(),
            s_axis_raw_tkeep: Default::default(),
            m_axis: Default::default(),
            tbl: Default::default(),
            tables: Default::default(),
            window: Default::default(),
            rwin: Default::default(),
            init_q: Default::default(),
            state_q: Default::default(),
            a0_q: Default::default(),
            a1_q: Default::default(),
            a2_q: Default::default(),
            ac_q: Default::default(),
            p_q: Default::default(),
            ans_last_q: Default::default(),
            r0_q: Default::default(),
            r1_q: Default::default(),
            r2_q: Default::default(),
            r3_q: Default::default(),
            rc_q: Default::default(),
            q_q: Default::default(),
            cnt_q: Default::default(),
            esc_q: Default::default(),
            esc_exp_q: Default::default(),
            val_q: Default::default(),
            m_valid_q: Default::default(),
            m_last_q: Default::default(),
            tblw_q: Default::default(),
            psum: Default::default(),
            ahave: Default::default(),
            qsum: Default::default(),
            qceil: Default::default(),
            have: Default::default(),
            free: Default::default(),
            bits_ok: Default::default(),
            raw_ok: Default::default(),
            dec: Default::default(),
            escf: Default::default(),
            fire: Default::default(),
            out_fire: Default::default(),
            rfire: Default::default(),
            block_end: Default::default(),
            used: Default::default(),
            left: Default::default(),
            room: Default::default(),
            nbytes: Default::default(),
            take: Default::default(),
            aused: Default::default(),
            aleft: Default::default(),
            atake: Default::default(),
            c_seven5: c(7),
            c_zero3: c(0),
            c_one16: c(1),
            c_zero2: c(0),
            c_one2: c(1),
            c_two2: c(2),
            c_three2: c(3),
            c_one3: c(1),
            c_two3: c(2),
        }
    }
}

impl<const R: usize, const NB: usize, const AW: usize> Default for TansDecoderCtx<R, NB, AW> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const R: usize, const NB: usize, const AW: usize> Logic for TansDecoderCtx<R, NB, AW> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, aclk, init_q, state_q, a0_q, a1_q, a2_q, ac_q, p_q, ans_last_q, r0_q, r1_q, r2_q, r3_q, rc_q, q_q,
            cnt_q, esc_q, esc_exp_q, val_q, m_valid_q, m_last_q, tblw_q
        );
        self.tables.clock.next = self.aclk.val();
        CtxTablePort::<R, NB, AW>::link(&mut self.tbl, &mut self.tables.w);
        self.tables.init.next = self.init_q.q.val();
        self.tables.esc_cycle.next = self.esc_q.q.val();
        self.tables.esc_exp.next = self.esc_exp_q.q.val();
        self.tables.win.next = self.rwin.out.val();
        self.tblw_q.d.next = self.tbl.we.val();
        self.window.a0.next = self.a0_q.q.val();
        self.window.a1.next = self.a1_q.q.val();
        self.window.a2.next = self.a2_q.q.val();
        self.window.sel.next = self.p_q.q.val();
        self.rwin.r0.next = self.r0_q.q.val();
        self.rwin.r1.next = self.r1_q.q.val();
        self.rwin.r2.next = self.r2_q.q.val();
        self.rwin.sel.next = self.q_q.q.val();

        // Level 1: pointers after this cycle's reads, raw bits held, output register free.
        self.psum.next = bit_cast::<5, NB>(self.tables.nb.val()) + bit_cast::<5, 3>(self.p_q.q.val());
        self.ahave.next = bit_cast::<5, 2>(self.ac_q.q.val()) << 3;
        self.qsum.next = bit_cast::<5, 4>(self.tables.nbits.val()) + bit_cast::<5, 3>(self.q_q.q.val());
        self.have.next = bit_cast::<6, 3>(self.rc_q.q.val()) << 3;
        self.free.next = !self.m_valid_q.q.val() | self.m_axis.tready.val();
        // Level 2: the bits are buffered; raw bytes a block's end drops (the rest of its last one).
        self.bits_ok.next = self.psum.val() <= self.ahave.val();
        self.raw_ok.next = bit_cast::<6, 5>(self.qsum.val()) <= self.have.val();
        self.qceil.next = self.qsum.val() + self.c_seven5.val();
        // Level 3: a value's transition (with its raw bits, or an escape's exponent); an escape's
        // second half; a block's initial state (not in the cycle after a table write, which
        // restarts the column counter).
        self.dec.next = self.aresetn.val()
            & self.free.val()
            & !self.init_q.q.val()
            & !self.esc_q.q.val()
            & self.bits_ok.val()
            & self.raw_ok.val();
        self.escf.next = self.aresetn.val() & self.free.val() & self.esc_q.q.val() & self.raw_ok.val();
        self.fire.next = self.bits_ok.val() & self.init_q.q.val() & !self.tblw_q.q.val();
        // Level 4.
        self.out_fire.next = (self.dec.val() & !self.tables.esc.val()) | self.escf.val();
        self.rfire.next = self.dec.val() | self.escf.val();
        // Level 5.
        self.block_end.next = self.out_fire.val() & (self.cnt_q.q.val() == self.c_one16.val());

        // State update; the table reads the next value's entry at the new state.
        self.tables.rstate.next = self.tables.base.val() | (self.window.out.val() & self.tables.mask.val());
        self.tables.ren.next = self.fire.val() | self.dec.val();
        self.tables.restart.next = self.block_end.val() | !self.aresetn.val() | self.tblw_q.q.val();
        if self.fire.val() | self.dec.val() {
            self.state_q.d.next = self.tables.base.val() | (self.window.out.val() & self.tables.mask.val());
            self.p_q.d.next = self.psum.val().get_bits::<3>(0);
            self.init_q.d.next = false;
        }

        // tANS byte buffer {a0, a1, a2} (ac_q bytes held), read LSB-first from bit p of a0 (three
        // bytes: p < 8 plus R <= 10 bits spans up to 17). A transition uses floor(psum / 8) bytes;
        // one byte in per cycle whenever a slot is free after that, none after the block's last
        // byte. The block's value count comes with its first byte (into the empty buffer).
        self.aused.next = self.c_zero2.val();
        if self.fire.val() | self.dec.val() {
            self.aused.next = self.psum.val().get_bits::<2>(3);
        }
        self.aleft.next = self.ac_q.q.val() - self.aused.val();
        self.s_axis_ans.tready.next =
            self.aresetn.val() & !self.ans_last_q.q.val() & (self.aleft.val() != self.c_three2.val());
        self.atake.next = self.aresetn.val()
            & !self.ans_last_q.q.val()
            & (self.aleft.val() != self.c_three2.val())
            & self.s_axis_ans.tvalid.val();
        if self.aused.val() == self.c_one2.val() {
            self.a0_q.d.next = self.a1_q.q.val();
            self.a1_q.d.next = self.a2_q.q.val();
        } else if self.aused.val() == self.c_two2.val() {
            self.a0_q.d.next = self.a2_q.q.val();
        }
        if self.atake.val() {
            if self.aleft.val() == self.c_zero2.val() {
                self.a0_q.d.next = self.s_axis_ans.tdata.val();
            } else if self.aleft.val() == self.c_one2.val() {
                self.a1_q.d.next = self.s_axis_ans.tdata.val();
            } else {
                self.a2_q.d.next = self.s_axis_ans.tdata.val();
            }
            self.ac_q.d.next = self.aleft.val() + self.c_one2.val();
            if self.s_axis_ans.tlast.val() {
                self.ans_last_q.d.next = true;
            }
            if self.init_q.q.val() & (self.ac_q.q.val() == self.c_zero2.val()) {
                self.cnt_q.d.next = self.s_axis_ans.tuser.val();
            }
        } else {
            self.ac_q.d.next = self.aleft.val();
        }

        // Raw byte buffer {r0, r1, r2, r3} (rc_q bytes held), read MSB-first from bit q of r0. A
        // read uses floor(qsum / 8) bytes; a block's end drops the rest of the byte holding its last
        // bit, ceil(qsum / 8). A 16-bit beat (one or two bytes, by tkeep) comes in whenever at most
        // two bytes are left after that, so three are held at the start of every cycle.
        self.used.next = self.c_zero2.val();
        if self.rfire.val() {
            self.used.next = self.qsum.val().get_bits::<2>(3);
            self.q_q.d.next = self.qsum.val().get_bits::<3>(0);
        }
        if self.block_end.val() {
            self.used.next = self.qceil.val().get_bits::<2>(3);
            self.q_q.d.next = self.c_zero3.val();
        }
        self.left.next = self.rc_q.q.val() - bit_cast::<3, 2>(self.used.val());
        self.room.next = self.left.val() <= self.c_two3.val();
        self.s_axis_raw.tready.next = self.aresetn.val() & self.room.val();
        self.take.next = self.aresetn.val() & self.room.val() & self.s_axis_raw.tvalid.val();
        self.nbytes.next = self.c_one3.val();
        if self.s_axis_raw_tkeep.val().get_bit(1) {
            self.nbytes.next = self.c_two3.val();
        }
        if self.used.val() == self.c_one2.val() {
            self.r0_q.d.next = self.r1_q.q.val();
            self.r1_q.d.next = self.r2_q.q.val();
            self.r2_q.d.next = self.r3_q.q.val();
        } else if self.used.val() == self.c_two2.val() {
            self.r0_q.d.next = self.r2_q.q.val();
            self.r1_q.d.next = self.r3_q.q.val();
        } else if self.used.val() == self.c_three2.val() {
            self.r0_q.d.next = self.r3_q.q.val();
        }
        if self.take.val() {
            if self.left.val() == self.c_zero3.val() {
                self.r0_q.d.next = self.s_axis_raw.tdata.val().get_bits::<8>(0);
                self.r1_q.d.next = self.s_axis_raw.tdata.val().get_bits::<8>(8);
            } else if self.left.val() == self.c_one3.val() {
                self.r1_q.d.next = self.s_axis_raw.tdata.val().get_bits::<8>(0);
                self.r2_q.d.next = self.s_axis_raw.tdata.val().get_bits::<8>(8);
            } else {
                self.r2_q.d.next = self.s_axis_raw.tdata.val().get_bits::<8>(0);
                self.r3_q.d.next = self.s_axis_raw.tdata.val().get_bits::<8>(8);
            }
            self.rc_q.d.next = self.left.val() + self.nbytes.val();
        } else {
            self.rc_q.d.next = self.left.val();
        }

        // Escapes: E exponent bits, then the value's 1 + M bits in the next cycle.
        if self.dec.val() & self.tables.esc.val() {
            self.esc_q.d.next = true;
            self.esc_exp_q.d.next = self.tables.xexp.val();
        }
        if self.escf.val() {
            self.esc_q.d.next = false;
        }

        // Output register; the block's value count runs down with the values leaving.
        if self.free.val() {
            self.val_q.d.next = self.tables.value.val();
            self.m_valid_q.d.next = self.out_fire.val();
            self.m_last_q.d.next = self.block_end.val();
        }
        if self.out_fire.val() {
            self.cnt_q.d.next = self.cnt_q.q.val() - self.c_one16.val();
        }
        self.m_axis.tdata.next = self.val_q.q.val();
        // Low from the cycle aresetn is low (AXI4-Stream), as on every block.
        self.m_axis.tvalid.next = self.m_valid_q.q.val() & self.aresetn.val();
        self.m_axis.tlast.next = self.m_last_q.q.val();

        // End of block: drop what is left of its tANS bytes and read the next initial state.
        if self.block_end.val() | !self.aresetn.val() {
            self.init_q.d.next = true;
            self.ac_q.d.next = self.c_zero2.val();
            self.p_q.d.next = self.c_zero3.val();
            self.ans_last_q.d.next = false;
        }
        if !self.aresetn.val() {
            self.rc_q.d.next = self.c_zero3.val();
            self.q_q.d.next = self.c_zero3.val();
            self.esc_q.d.next = false;
            self.m_valid_q.d.next = false;
            self.m_last_q.d.next = false;
        }
    }
}

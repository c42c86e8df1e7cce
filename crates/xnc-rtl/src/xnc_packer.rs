//! `xnc_packer`: XNC records in, one per cycle, bit-contiguous W-bit memory words out. Shipped
//! configurations: [`XncPacker512`] (`rtl/xnc_packer.v`, full rate) and [`XncPacker256`]
//! (`rtl/xnc_packer_256.v`, memory-bound).
//!
//! The output is the MSB-first record stream of FORMAT.md section 2: word k of a block holds stream
//! bits `[Wk, Wk+W)` with the first bit at bit W-1, i.e. the bytes of `xnc::encode_stream` for the
//! block's values in big-endian order. On the record with `tlast` the packer flushes: the partial last
//! word is zero-padded, `m_axis_tkeep` marks its valid bytes (lane W/8-1 = bits W-1..W-8 = the
//! first byte; the valid lanes are the top ones) and carries `m_axis_tlast`. Every block therefore
//! starts on a word boundary.
//!
//! Structure: an accumulator of W + 544 bits holding `cnt_q` bits (MSB-aligned). The top W bits are
//! the output word (registered: stable while it waits for `m_axis_tready`). A record is appended at
//! the bit count left after this cycle's word leaves (always below W): a right shift of the 545-bit
//! record by 0..W-1, done as explicit stages from the smallest distance up, so that each stage is only
//! as wide as the record plus the distances so far.
//!
//! Throughput: one word per cycle whenever W bits are buffered, one record accepted whenever fewer
//! than W bits stay buffered after this cycle's word: one record per cycle while the records are
//! shorter than W on average (W = 512 on BF16-origin weights: 321..417-bit records), else W /
//! record bits. `s_axis_tready` depends on `m_axis_tready` (a word leaving makes room).

use crate::xnc_compressor::{LEN_BITS, RECORD_BITS, RECORD_BUS_BITS};
use rust_hdl::prelude::*;

/// Largest memory word (the shift stages are laid out for it).
pub const MAX_WORD_BITS: usize = 512;
/// Shift stages (log2 of [`MAX_WORD_BITS`]).
const STAGES: usize = 9;
/// Width of the constant shift distances (rust-hdl shifts by a narrow value only).
const SHIFT_BITS: usize = 12;

/// The packer for W-bit words: `KEEP` = W/8 byte lanes, `KEEP2` = 2 KEEP, `ACC` = W + 544
/// accumulator bits, `CB` count bits (enough for ACC).
#[derive(LogicBlock)]
pub struct XncPacker<const W: usize, const KEEP: usize, const KEEP2: usize, const ACC: usize, const CB: usize> {
    /// Clock.
    pub aclk: Signal<In, Clock>,
    /// Synchronous active-low reset.
    pub aresetn: Signal<In, Bit>,
    /// Input record bus, MSB-aligned, zero below the record.
    pub s_axis_tdata: Signal<In, Bits<RECORD_BUS_BITS>>,
    /// Input record length in bits.
    pub s_axis_tuser: Signal<In, Bits<LEN_BITS>>,
    /// Input valid.
    pub s_axis_tvalid: Signal<In, Bit>,
    /// Input ready.
    pub s_axis_tready: Signal<Out, Bit>,
    /// Last record of a block.
    pub s_axis_tlast: Signal<In, Bit>,
    /// Output word, first stream bit at bit W-1.
    pub m_axis_tdata: Signal<Out, Bits<W>>,
    /// Output byte enables.
    pub m_axis_tkeep: Signal<Out, Bits<KEEP>>,
    /// Output valid.
    pub m_axis_tvalid: Signal<Out, Bit>,
    /// Output ready.
    pub m_axis_tready: Signal<In, Bit>,
    /// Last word of a block.
    pub m_axis_tlast: Signal<Out, Bit>,

    acc_q: DFF<Bits<ACC>>,
    cnt_q: DFF<Bits<CB>>,
    flush_q: DFF<Bit>,
    // ---- output ----
    full: Signal<Local, Bit>,
    out_valid: Signal<Local, Bit>,
    out_last: Signal<Local, Bit>,
    out_fire: Signal<Local, Bit>,
    word_top: Signal<Local, Bits<ACC>>,
    cnt7: Signal<Local, Bits<CB>>,
    nbytes: Signal<Local, Bits<CB>>,
    keep2: Signal<Local, Bits<KEEP2>>,
    acc1: Signal<Local, Bits<ACC>>,
    cnt1: Signal<Local, Bits<CB>>,
    flush1: Signal<Local, Bit>,
    // ---- input ----
    in_ready: Signal<Local, Bit>,
    in_fire: Signal<Local, Bit>,
    offset: Signal<Local, Bits<CB>>,
    len_wide: Signal<Local, Bits<CB>>,
    stage: [Signal<Local, Bits<ACC>>; 10],
    // Constants (Verilog localparams of the right width: literals would be 32 bits wide).
    k_w: Constant<Bits<CB>>,
    k_word_shift: Constant<Bits<SHIFT_BITS>>,
    k_rec_shift: Constant<Bits<SHIFT_BITS>>,
    k_top: Constant<Bits<SHIFT_BITS>>,
    k_off_mask: Constant<Bits<CB>>,
    k_seven: Constant<Bits<CB>>,
    k_three: Constant<Bits<CB>>,
    k_zero: Constant<Bits<CB>>,
    k_keep_all: Constant<Bits<KEEP>>,
    k_keep_tab: Constant<Bits<KEEP2>>,
    k_empty: Constant<Bits<ACC>>,
    k_dist: [Constant<Bits<SHIFT_BITS>>; STAGES],
}

/// The full-rate configuration: 512-bit memory words (`rtl/xnc_packer.v`).
pub type XncPacker512 = XncPacker<512, 64, 128, 1056, 11>;
/// 256-bit memory words (`rtl/xnc_packer_256.v`): half the memory bandwidth.
pub type XncPacker256 = XncPacker<256, 32, 64, 800, 10>;

impl<const W: usize, const KEEP: usize, const KEEP2: usize, const ACC: usize, const CB: usize> Default
    for XncPacker<W, KEEP, KEEP2, ACC, CB>
{
    fn default() -> Self {
        assert!(W.is_power_of_two() && W <= MAX_WORD_BITS && KEEP * 8 == W && KEEP2 == 2 * KEEP);
        assert!(ACC == W + RECORD_BITS - 1 && (1 << CB) > ACC);
        let sh = |v: u64| -> Bits<SHIFT_BITS> { v.to_bits() };
        Self {
            aclk: Default::default(),
            aresetn: Default::default(),
            s_axis_tdata: Default::default(),
            s_axis_tuser: Default::default(),
            s_axis_tvalid: Default::default(),
            s_axis_tready: Default::default(),
            s_axis_tlast: Default::default(),
            m_axis_tdata: Default::default(),
            m_axis_tkeep: Default::default(),
            m_axis_tvalid: Default::default(),
            m_axis_tready: Default::default(),
            m_axis_tlast: Default::default(),
            acc_q: Default::default(),
            cnt_q: Default::default(),
            flush_q: Default::default(),
            full: Default::default(),
            out_valid: Default::default(),
            out_last: Default::default(),
            out_fire: Default::default(),
            word_top: Default::default(),
            cnt7: Default::default(),
            nbytes: Default::default(),
            keep2: Default::default(),
            acc1: Default::default(),
            cnt1: Default::default(),
            flush1: Default::default(),
            in_ready: Default::default(),
            in_fire: Default::default(),
            offset: Default::default(),
            len_wide: Default::default(),
            stage: std::array::from_fn(|_| Default::default()),
            k_w: Constant::new((W as u64).to_bits()),
            k_word_shift: Constant::new(sh(W as u64)),
            k_rec_shift: Constant::new(sh((ACC - RECORD_BUS_BITS) as u64)),
            k_top: Constant::new(sh((ACC - W) as u64)),
            k_off_mask: Constant::new(((W - 1) as u64).to_bits()),
            k_seven: Constant::new(7.into()),
            k_three: Constant::new(3.into()),
            k_zero: Constant::new(0.into()),
            k_keep_all: Constant::new(!Bits::<KEEP>::default()),
            // KEEP ones above KEEP zeros: shifted right by the byte count, the low half keeps the top lanes
            k_keep_tab: Constant::new(!Bits::<KEEP2>::default() << KEEP as u64),
            k_empty: Constant::new(0.into()),
            k_dist: std::array::from_fn(|k| Constant::new(sh(1 << k))),
        }
    }
}

impl<const W: usize, const KEEP: usize, const KEEP2: usize, const ACC: usize, const CB: usize> Logic
    for XncPacker<W, KEEP, KEEP2, ACC, CB>
{
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, aclk, acc_q, cnt_q, flush_q);
        // ---- output: a word when W bits are buffered, or the partial last word on flush ----
        self.full.next = self.cnt_q.q.val() >= self.k_w.val();
        self.out_valid.next = self.full.val() | (self.flush_q.q.val() & self.cnt_q.q.val().any());
        self.out_last.next = self.flush_q.q.val() & (self.cnt_q.q.val() <= self.k_w.val());
        self.m_axis_tvalid.next = self.out_valid.val() & self.aresetn.val();
        self.m_axis_tlast.next = self.out_last.val();
        self.word_top.next = self.acc_q.q.val() >> self.k_top.val();
        self.m_axis_tdata.next = bit_cast::<W, ACC>(self.word_top.val());
        self.cnt7.next = self.cnt_q.q.val() + self.k_seven.val();
        self.nbytes.next = self.cnt7.val() >> self.k_three.val();
        self.keep2.next = self.k_keep_tab.val() >> self.nbytes.val();
        if self.full.val() {
            self.m_axis_tkeep.next = self.k_keep_all.val();
        } else {
            self.m_axis_tkeep.next = bit_cast::<KEEP, KEEP2>(self.keep2.val());
        }
        self.out_fire.next = self.out_valid.val() & self.m_axis_tready.val();
        self.acc1.next = self.acc_q.q.val();
        self.cnt1.next = self.cnt_q.q.val();
        self.flush1.next = self.flush_q.q.val();
        if self.out_fire.val() {
            self.acc1.next = self.acc_q.q.val() << self.k_word_shift.val();
            if self.full.val() {
                self.cnt1.next = self.cnt_q.q.val() - self.k_w.val();
            } else {
                self.cnt1.next = self.k_zero.val();
            }
            if self.out_last.val() {
                self.flush1.next = false;
            }
        }
        // ---- input: a record fits whenever fewer than W bits stay buffered (not while a block's
        // last word waits: its flush empties the buffer) ----
        self.in_ready.next = !self.flush_q.q.val() & (self.cnt1.val() < self.k_w.val()) & self.aresetn.val();
        self.s_axis_tready.next = self.in_ready.val();
        self.in_fire.next = self.in_ready.val() & self.s_axis_tvalid.val();
        // the record placed at bit offset cnt1 (< W), which is cnt_q mod W (a word leaving takes W
        // bits), straight from the register: stage k moves it right by 2^k
        self.offset.next = self.cnt_q.q.val() & self.k_off_mask.val();
        self.stage[0].next = bit_cast::<ACC, RECORD_BUS_BITS>(self.s_axis_tdata.val()) << self.k_rec_shift.val();
        for k in 0..9 {
            self.stage[k + 1].next = self.stage[k].val();
            if self.offset.val().get_bit(k) {
                self.stage[k + 1].next = self.stage[k].val() >> self.k_dist[k].val();
            }
        }
        self.len_wide.next = bit_cast::<CB, LEN_BITS>(self.s_axis_tuser.val());
        self.acc_q.d.next = self.acc1.val();
        self.cnt_q.d.next = self.cnt1.val();
        self.flush_q.d.next = self.flush1.val();
        if self.in_fire.val() {
            self.acc_q.d.next = self.acc1.val() | self.stage[9].val();
            self.cnt_q.d.next = self.cnt1.val() + self.len_wide.val();
            self.flush_q.d.next = self.flush1.val() | self.s_axis_tlast.val();
        }
        if !self.aresetn.val() {
            self.acc_q.d.next = self.k_empty.val();
            self.cnt_q.d.next = self.k_zero.val();
            self.flush_q.d.next = false;
        }
    }
}

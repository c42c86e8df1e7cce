//! `xnc_unpacker`: W-bit memory words of a block in, one XNC record per cycle out (for
//! `xnc_decompressor`). Shipped configurations: [`XncUnpacker512`] (`rtl/xnc_unpacker.v`, full rate)
//! and [`XncUnpacker256`] (`rtl/xnc_unpacker_256.v`, memory-bound).
//!
//! The input is what `xnc_packer` writes (and `xnc::encode_stream` produces): a block's MSB-first
//! record stream, first bit at bit W-1 of the first word, starting on a word boundary, closed by
//! `s_axis_tlast`; the last word is zero-padded.
//!
//! Structure (no buffer-wide shifter): a ring of four W-bit word slots (`slot0_q`..`slot3_q`),
//! each written whole; a read pointer `rd_q` (bit position in the ring) and a count `cnt_q` of buffered bits. The
//! record at the read pointer is gathered in two steps: the four slots rotated so that the read
//! pointer's slot comes first (a 4:1 multiplexer per bit), then a left shift by the bit offset inside
//! the slot (0..W-1), done as explicit stages from the largest distance down so that every stage is
//! only as wide as what its output still needs (545 + 2^k - 1 bits). The header `{F, S0..S31}` at
//! the top of that window gives the record length `F ? 417 - 3 n : 545 - 4 n` (n = selectors set).
//!
//! Output stage: a record moves into the output register (masked to its length, so every bit after
//! its end is zero) when all its bits are buffered; it is offered (`m_axis_tvalid`) once the next
//! record is complete too (then `tlast` = 0), or once the block's last word is in and what is left
//! is shorter than the record its header announces: the zero padding (then `tlast` = 1, and the
//! padding is dropped when the record leaves). In steady state a record leaves and the next one
//! moves in in the same cycle: one record per cycle. `tdata`, `tuser` and `tlast` are stable while
//! `tvalid && !tready` (nothing moves until the record leaves).
//!
//! Input: a word is taken whenever a slot is free (at most three of the four slots hold unread bits)
//! and the block's last word is not in yet; `s_axis_tready` depends on no input of this cycle.
//! Throughput: one record per cycle while the memory delivers more bits per cycle than the records
//! are long (W = 512: BF16-origin records are 321..417 bits), else W / record bits records per cycle.

use crate::xnc_compressor::{array_init, LEN_BITS, RECORD_BITS, RECORD_BUS_BITS};
use rust_hdl::prelude::*;

/// Word slots of the ring buffer.
pub const SLOTS: usize = 4;
/// Largest memory word (the shift stages of the gather are laid out for it).
pub const MAX_WORD_BITS: usize = 512;
/// Shift stages of the gather (log2 of [`MAX_WORD_BITS`]).
const STAGES: usize = 9;
/// Width of the constant shift distances (rust-hdl shifts by a narrow value only).
const SHIFT_BITS: usize = 12;

/// The unpacker for W-bit words: `RING` = 4W, `PB` = log2(RING) pointer bits, `CB` = PB + 1 count
/// bits, `LW` = log2(W).
#[derive(LogicBlock)]
pub struct XncUnpacker<const W: usize, const RING: usize, const PB: usize, const CB: usize, const LW: usize> {
    /// Clock.
    pub aclk: Signal<In, Clock>,
    /// Synchronous active-low reset.
    pub aresetn: Signal<In, Bit>,
    /// Input word, first stream bit at bit W-1.
    pub s_axis_tdata: Signal<In, Bits<W>>,
    /// Input valid.
    pub s_axis_tvalid: Signal<In, Bit>,
    /// Input ready.
    pub s_axis_tready: Signal<Out, Bit>,
    /// Last word of a block.
    pub s_axis_tlast: Signal<In, Bit>,
    /// Output record bus, MSB-aligned, zero below the record.
    pub m_axis_tdata: Signal<Out, Bits<RECORD_BUS_BITS>>,
    /// Output record length in bits.
    pub m_axis_tuser: Signal<Out, Bits<LEN_BITS>>,
    /// Output valid.
    pub m_axis_tvalid: Signal<Out, Bit>,
    /// Output ready.
    pub m_axis_tready: Signal<In, Bit>,
    /// Last record of a block.
    pub m_axis_tlast: Signal<Out, Bit>,

    // ---- registers ----
    slot0_q: DFF<Bits<W>>,
    slot1_q: DFF<Bits<W>>,
    slot2_q: DFF<Bits<W>>,
    slot3_q: DFF<Bits<W>>,
    rd_q: DFF<Bits<PB>>,
    cnt_q: DFF<Bits<CB>>,
    seen_last_q: DFF<Bit>,
    rec_q: DFF<Bits<RECORD_BITS>>,
    len_q: DFF<Bits<LEN_BITS>>,
    full_q: DFF<Bit>,
    // ---- gather ----
    rd_slot_bits: Signal<Local, Bits<PB>>,
    rd_slot: Signal<Local, Bits<2>>,
    rd_off_bits: Signal<Local, Bits<PB>>,
    rd_off: Signal<Local, Bits<STAGES>>,
    ring0: Signal<Local, Bits<RING>>,
    ring1: Signal<Local, Bits<RING>>,
    ring2: Signal<Local, Bits<RING>>,
    ring3: Signal<Local, Bits<RING>>,
    ring: Signal<Local, Bits<RING>>,
    rot: Signal<Local, Bits<RING>>,
    stage: [Signal<Local, Bits<RING>>; 10],
    window_top: Signal<Local, Bits<RING>>,
    window: Signal<Local, Bits<RECORD_BITS>>,
    // ---- record length ----
    sel: [Signal<Local, Bits<LEN_BITS>>; 32],
    sum2: [Signal<Local, Bits<LEN_BITS>>; 16],
    sum4: [Signal<Local, Bits<LEN_BITS>>; 8],
    sum8: [Signal<Local, Bits<LEN_BITS>>; 4],
    sum16: [Signal<Local, Bits<LEN_BITS>>; 2],
    nsel: Signal<Local, Bits<LEN_BITS>>,
    nsel3: Signal<Local, Bits<LEN_BITS>>,
    nsel4: Signal<Local, Bits<LEN_BITS>>,
    len: Signal<Local, Bits<LEN_BITS>>,
    len_wide: Signal<Local, Bits<CB>>,
    rec_mask: Signal<Local, Bits<RECORD_BITS>>,
    // ---- control ----
    complete: Signal<Local, Bit>,
    pad: Signal<Local, Bit>,
    out_valid: Signal<Local, Bit>,
    out_fire: Signal<Local, Bit>,
    take: Signal<Local, Bit>,
    drop: Signal<Local, Bit>,
    consume: Signal<Local, Bits<CB>>,
    consume_ptr: Signal<Local, Bits<PB>>,
    cnt1: Signal<Local, Bits<CB>>,
    // ---- input ----
    rd_off_wide: Signal<Local, Bits<CB>>,
    used: Signal<Local, Bits<CB>>,
    cnt_ptr: Signal<Local, Bits<PB>>,
    wr_pos: Signal<Local, Bits<PB>>,
    wr_slot_bits: Signal<Local, Bits<PB>>,
    wr_slot: Signal<Local, Bits<2>>,
    in_ready: Signal<Local, Bit>,
    in_fire: Signal<Local, Bit>,
    // Constants (Verilog localparams of the right width: literals would be 32 bits wide).
    k_w: Constant<Bits<CB>>,
    k_room: Constant<Bits<CB>>,
    k_lw: Constant<Bits<PB>>,
    k_off_mask: Constant<Bits<PB>>,
    k_slot: Constant<Bits<SHIFT_BITS>>,
    k_w2: Constant<Bits<SHIFT_BITS>>,
    k_w3: Constant<Bits<SHIFT_BITS>>,
    k_dist: [Constant<Bits<SHIFT_BITS>>; STAGES],
    k_top: Constant<Bits<SHIFT_BITS>>,
    k_one: Constant<Bits<LEN_BITS>>,
    k_zero_cnt: Constant<Bits<CB>>,
    k_zero_ptr: Constant<Bits<PB>>,
    k_empty: Constant<Bits<W>>,
    k_zero_len: Constant<Bits<LEN_BITS>>,
    k_len_f1: Constant<Bits<LEN_BITS>>,
    k_len_f0: Constant<Bits<LEN_BITS>>,
    k_ones: Constant<Bits<RECORD_BITS>>,
}

/// The full-rate configuration: 512-bit memory words (`rtl/xnc_unpacker.v`).
pub type XncUnpacker512 = XncUnpacker<512, 2048, 11, 12, 9>;
/// 256-bit memory words (`rtl/xnc_unpacker_256.v`): half the memory bandwidth.
pub type XncUnpacker256 = XncUnpacker<256, 1024, 10, 11, 8>;

impl<const W: usize, const RING: usize, const PB: usize, const CB: usize, const LW: usize> Default
    for XncUnpacker<W, RING, PB, CB, LW>
{
    fn default() -> Self {
        assert!(W.is_power_of_two() && (1 << LW) == W && W <= MAX_WORD_BITS && RING == SLOTS * W);
        assert!((1 << PB) == RING && CB == PB + 1);
        // The gather window (offset up to W-1, then a whole record) fits in the ring.
        assert!(W - 1 + RECORD_BITS <= RING);
        let sh = |v: u64| -> Bits<SHIFT_BITS> { v.to_bits() };
        Self {
            aclk: Default::default(),
            aresetn: Default::default(),
            s_axis_tdata: Default::default(),
            s_axis_tvalid: Default::default(),
            s_axis_tready: Default::default(),
            s_axis_tlast: Default::default(),
            m_axis_tdata: Default::default(),
            m_axis_tuser: Default::default(),
            m_axis_tvalid: Default::default(),
            m_axis_tready: Default::default(),
            m_axis_tlast: Default::default(),
            slot0_q: Default::default(),
            slot1_q: Default::default(),
            slot2_q: Default::default(),
            slot3_q: Default::default(),
            rd_q: Default::default(),
            cnt_q: Default::default(),
            seen_last_q: Default::default(),
            rec_q: Default::default(),
            len_q: Default::default(),
            full_q: Default::default(),
            rd_slot_bits: Default::default(),
            rd_slot: Default::default(),
            rd_off_bits: Default::default(),
            rd_off: Default::default(),
            ring0: Default::default(),
            ring1: Default::default(),
            ring2: Default::default(),
            ring3: Default::default(),
            ring: Default::default(),
            rot: Default::default(),
            stage: array_init(),
            window_top: Default::default(),
            window: Default::default(),
            sel: array_init(),
            sum2: array_init(),
            sum4: array_init(),
            sum8: array_init(),
            sum16: array_init(),
            nsel: Default::default(),
            nsel3: Default::default(),
            nsel4: Default::default(),
            len: Default::default(),
            len_wide: Default::default(),
            rec_mask: Default::default(),
            complete: Default::default(),
            pad: Default::default(),
            out_valid: Default::default(),
            out_fire: Default::default(),
            take: Default::default(),
            drop: Default::default(),
            consume: Default::default(),
            consume_ptr: Default::default(),
            cnt1: Default::default(),
            rd_off_wide: Default::default(),
            used: Default::default(),
            cnt_ptr: Default::default(),
            wr_pos: Default::default(),
            wr_slot_bits: Default::default(),
            wr_slot: Default::default(),
            in_ready: Default::default(),
            in_fire: Default::default(),
            k_w: Constant::new((W as u64).to_bits()),
            k_room: Constant::new((((SLOTS - 1) * W) as u64).to_bits()),
            k_lw: Constant::new((LW as u64).to_bits()),
            k_off_mask: Constant::new(((W - 1) as u64).to_bits()),
            k_slot: Constant::new(sh(W as u64)),
            k_w2: Constant::new(sh(2 * W as u64)),
            k_w3: Constant::new(sh(3 * W as u64)),
            k_dist: std::array::from_fn(|k| Constant::new(sh(1 << (STAGES - 1 - k)))),
            k_top: Constant::new(sh((RING - RECORD_BITS) as u64)),
            k_one: Constant::new(1.into()),
            k_zero_cnt: Constant::new(0.into()),
            k_zero_ptr: Constant::new(0.into()),
            k_empty: Constant::new(0.into()),
            k_zero_len: Constant::new(0.into()),
            k_len_f1: Constant::new(417.into()),
            k_len_f0: Constant::new(545.into()),
            k_ones: Constant::new(!Bits::<RECORD_BITS>::default()),
        }
    }
}

impl<const W: usize, const RING: usize, const PB: usize, const CB: usize, const LW: usize> Logic
    for XncUnpacker<W, RING, PB, CB, LW>
{
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, aclk, slot0_q, slot1_q, slot2_q, slot3_q, rd_q, cnt_q, seen_last_q, rec_q, len_q, full_q);
        // ---- gather: the 545 bits at the read pointer, first bit at the top ----
        self.rd_slot_bits.next = self.rd_q.q.val() >> self.k_lw.val();
        self.rd_slot.next = bit_cast::<2, PB>(self.rd_slot_bits.val());
        self.rd_off_bits.next = self.rd_q.q.val() & self.k_off_mask.val();
        self.rd_off.next = bit_cast::<STAGES, PB>(self.rd_off_bits.val());
        // the ring in stream order (slot 0 at the top), rotated so that the read pointer's slot comes first
        self.ring0.next = bit_cast::<RING, W>(self.slot0_q.q.val()) << self.k_w3.val();
        self.ring1.next = bit_cast::<RING, W>(self.slot1_q.q.val()) << self.k_w2.val();
        self.ring2.next = bit_cast::<RING, W>(self.slot2_q.q.val()) << self.k_slot.val();
        self.ring3.next = bit_cast::<RING, W>(self.slot3_q.q.val());
        self.ring.next = self.ring0.val() | self.ring1.val() | self.ring2.val() | self.ring3.val();
        self.rot.next = self.ring.val();
        match self.rd_slot.val().index() {
            1 => {
                self.rot.next = (self.ring.val() << self.k_slot.val()) | (self.ring.val() >> self.k_w3.val());
            }
            2 => {
                self.rot.next = (self.ring.val() << self.k_w2.val()) | (self.ring.val() >> self.k_w2.val());
            }
            3 => {
                self.rot.next = (self.ring.val() << self.k_w3.val()) | (self.ring.val() >> self.k_slot.val());
            }
            _ => {}
        }
        // left shift by the offset in the slot: stage k moves by 2^(8-k) when that offset bit is set
        self.stage[0].next = self.rot.val();
        for k in 0..9 {
            self.stage[k + 1].next = self.stage[k].val();
            if self.rd_off.val().get_bit(8 - k) {
                self.stage[k + 1].next = self.stage[k].val() << self.k_dist[k].val();
            }
        }
        self.window_top.next = self.stage[9].val() >> self.k_top.val();
        self.window.next = bit_cast::<RECORD_BITS, RING>(self.window_top.val());

        // ---- record length from the header {F, S0..S31} ----
        for i in 0..32 {
            self.sel[i].next = self.k_zero_len.val();
            if self.window.val().get_bit(543 - i) {
                self.sel[i].next = self.k_one.val();
            }
        }
        for j in 0..16 {
            self.sum2[j].next = self.sel[2 * j].val() + self.sel[2 * j + 1].val();
        }
        for j in 0..8 {
            self.sum4[j].next = self.sum2[2 * j].val() + self.sum2[2 * j + 1].val();
        }
        for j in 0..4 {
            self.sum8[j].next = self.sum4[2 * j].val() + self.sum4[2 * j + 1].val();
        }
        for j in 0..2 {
            self.sum16[j].next = self.sum8[2 * j].val() + self.sum8[2 * j + 1].val();
        }
        self.nsel.next = self.sum16[0].val() + self.sum16[1].val();
        self.nsel3.next = self.nsel.val() + (self.nsel.val() << 1);
        self.nsel4.next = self.nsel.val() << 2;
        // F = 1: 9 bits per set selector, 12 per clear one; F = 0: 12 and 16
        if self.window.val().get_bit(544) {
            self.len.next = self.k_len_f1.val() - self.nsel3.val();
        } else {
            self.len.next = self.k_len_f0.val() - self.nsel4.val();
        }
        self.len_wide.next = bit_cast::<CB, LEN_BITS>(self.len.val());
        self.rec_mask.next = !(self.k_ones.val() >> self.len.val());

        // ---- output: the record in rec_q leaves once the next one is complete or is padding ----
        self.complete.next = self.cnt_q.q.val() >= self.len_wide.val();
        self.pad.next = self.seen_last_q.q.val() & !self.complete.val();
        self.out_valid.next = self.full_q.q.val() & (self.complete.val() | self.pad.val());
        self.m_axis_tvalid.next = self.out_valid.val() & self.aresetn.val();
        self.m_axis_tlast.next = self.pad.val();
        self.m_axis_tdata.next = bit_cast::<RECORD_BUS_BITS, RECORD_BITS>(self.rec_q.q.val()) << 7;
        self.m_axis_tuser.next = self.len_q.q.val();
        self.out_fire.next = self.out_valid.val() & self.m_axis_tready.val();
        self.take.next = self.complete.val() & (!self.full_q.q.val() | self.out_fire.val());
        self.drop.next = self.pad.val() & (!self.full_q.q.val() | self.out_fire.val());
        self.rec_q.d.next = self.rec_q.q.val();
        self.len_q.d.next = self.len_q.q.val();
        self.full_q.d.next = self.full_q.q.val() & !self.out_fire.val();
        self.consume.next = self.k_zero_cnt.val();
        self.seen_last_q.d.next = self.seen_last_q.q.val();
        if self.take.val() {
            self.rec_q.d.next = self.window.val() & self.rec_mask.val();
            self.len_q.d.next = self.len.val();
            self.full_q.d.next = true;
            self.consume.next = self.len_wide.val();
        }
        if self.drop.val() {
            // the block's zero padding after its last record
            self.consume.next = self.cnt_q.q.val();
            self.seen_last_q.d.next = false;
        }
        self.consume_ptr.next = bit_cast::<PB, CB>(self.consume.val());
        self.rd_q.d.next = self.rd_q.q.val() + self.consume_ptr.val();
        self.cnt1.next = self.cnt_q.q.val() - self.consume.val();

        // ---- input: a word whenever a slot is free (decided on this cycle's registers only) ----
        self.rd_off_wide.next = bit_cast::<CB, PB>(self.rd_off_bits.val());
        self.used.next = self.rd_off_wide.val() + self.cnt_q.q.val();
        self.in_ready.next = !self.seen_last_q.q.val() & (self.used.val() <= self.k_room.val()) & self.aresetn.val();
        self.s_axis_tready.next = self.in_ready.val();
        self.in_fire.next = self.in_ready.val() & self.s_axis_tvalid.val();
        self.cnt_ptr.next = bit_cast::<PB, CB>(self.cnt_q.q.val());
        self.wr_pos.next = self.rd_q.q.val() + self.cnt_ptr.val();
        self.wr_slot_bits.next = self.wr_pos.val() >> self.k_lw.val();
        self.wr_slot.next = bit_cast::<2, PB>(self.wr_slot_bits.val());
        self.slot0_q.d.next = self.slot0_q.q.val();
        self.slot1_q.d.next = self.slot1_q.q.val();
        self.slot2_q.d.next = self.slot2_q.q.val();
        self.slot3_q.d.next = self.slot3_q.q.val();
        self.cnt_q.d.next = self.cnt1.val();
        if self.in_fire.val() {
            self.cnt_q.d.next = self.cnt1.val() + self.k_w.val();
            self.seen_last_q.d.next = self.s_axis_tlast.val();
            match self.wr_slot.val().index() {
                0 => self.slot0_q.d.next = self.s_axis_tdata.val(),
                1 => self.slot1_q.d.next = self.s_axis_tdata.val(),
                2 => self.slot2_q.d.next = self.s_axis_tdata.val(),
                _ => self.slot3_q.d.next = self.s_axis_tdata.val(),
            }
        }
        if !self.aresetn.val() {
            self.slot0_q.d.next = self.k_empty.val();
            self.slot1_q.d.next = self.k_empty.val();
            self.slot2_q.d.next = self.k_empty.val();
            self.slot3_q.d.next = self.k_empty.val();
            self.rd_q.d.next = self.k_zero_ptr.val();
            self.cnt_q.d.next = self.k_zero_cnt.val();
            self.seen_last_q.d.next = false;
            self.full_q.d.next = false;
        }
    }
}

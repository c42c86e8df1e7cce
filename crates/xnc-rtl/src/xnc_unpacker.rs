//! `xnc_unpacker`: 64-bit memory words of a block in, XNC records out (for `xnc_decompressor`).
//!
//! The input is what `xnc_packer` writes (and `xnc::encode_stream` produces): a block's MSB-first
//! record stream, first bit at bit 63 of the first word, starting on a word boundary, closed by
//! `s_axis_tlast`. The unpacker reads F and S0..S31 at the head of its buffer, computes the record
//! length `33 + sum(widths)`, and emits the record once that many bits are buffered. After the
//! block's last word, fewer than 64 buffered bits means padding: the record before it carries
//! `m_axis_tlast` and the padding is dropped.
//!
//! Ports (AXI4-Stream, port order clock, reset, input stream, output stream):
//!
//! | port | width | meaning |
//! |---|---|---|
//! | `aclk`, `aresetn` | 1 | clock; synchronous active-low reset (drops the buffered bits) |
//! | `s_axis_tdata` | 64 | stream word, first bit at bit 63 |
//! | `s_axis_tvalid/tready/tlast` | 1 | tlast: last word of a block |
//! | `m_axis_tdata` | 552 | record bus, MSB-aligned (bit 551 = F); every bit after the record's end is zero, and the beat is stable while it waits for `m_axis_tready` |
//! | `m_axis_tuser` | 10 | record length in bits |
//! | `m_axis_tvalid/tready/tlast` | 1 | tlast: last record of the block |
//!
//! Throughput: one word accepted per cycle while the buffer has room, one record per cycle when
//! complete: `64 / record_bits` records per cycle, as for the packer.

use crate::xnc_compressor::{array_init, LEN_BITS, RECORD_BITS, RECORD_BUS_BITS};
use crate::xnc_packer::WORD_BITS;
use rust_hdl::prelude::*;

/// Buffer width: a record (less one bit) plus a word.
pub const BUF_BITS: usize = RECORD_BITS - 1 + WORD_BITS;

// The kernel spells these positions as literals (a named constant there becomes a Verilog signal).
const _: () = assert!(BUF_BITS - 33 == 575 && BUF_BITS - RECORD_BITS == 63 && BUF_BITS - WORD_BITS == 544);

/// The unpacker (see the module documentation).
#[derive(LogicBlock)]
pub struct XncUnpacker {
    /// Clock.
    pub aclk: Signal<In, Clock>,
    /// Synchronous active-low reset.
    pub aresetn: Signal<In, Bit>,
    /// Input word, first stream bit at bit 63.
    pub s_axis_tdata: Signal<In, Bits<WORD_BITS>>,
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

    buf_q: DFF<Bits<BUF_BITS>>,
    cnt_q: DFF<Bits<LEN_BITS>>,
    seen_last_q: DFF<Bit>,
    hdr: Signal<Local, Bits<33>>,
    w: [Signal<Local, Bits<LEN_BITS>>; 32],
    pl: [Signal<Local, Bits<LEN_BITS>>; 16],
    ql: [Signal<Local, Bits<LEN_BITS>>; 8],
    ol: [Signal<Local, Bits<LEN_BITS>>; 4],
    hl: [Signal<Local, Bits<LEN_BITS>>; 2],
    len: Signal<Local, Bits<LEN_BITS>>,
    rem: Signal<Local, Bits<LEN_BITS>>,
    rec_mask: Signal<Local, Bits<RECORD_BITS>>,
    rec: Signal<Local, Bits<RECORD_BITS>>,
    out_valid: Signal<Local, Bit>,
    out_last: Signal<Local, Bit>,
    out_fire: Signal<Local, Bit>,
    buf1: Signal<Local, Bits<BUF_BITS>>,
    cnt1: Signal<Local, Bits<LEN_BITS>>,
    seen1: Signal<Local, Bit>,
    in_ready: Signal<Local, Bit>,
    in_fire: Signal<Local, Bit>,
    word_wide: Signal<Local, Bits<BUF_BITS>>,
    // Constants (Verilog localparams of the right width: literals would be 32 bits wide).
    k_w9: Constant<Bits<LEN_BITS>>,
    k_w12: Constant<Bits<LEN_BITS>>,
    k_w16: Constant<Bits<LEN_BITS>>,
    k_meta: Constant<Bits<LEN_BITS>>,
    k_word: Constant<Bits<LEN_BITS>>,
    k_room: Constant<Bits<LEN_BITS>>,
    k_zero: Constant<Bits<LEN_BITS>>,
    k_empty: Constant<Bits<BUF_BITS>>,
    k_ones: Constant<Bits<RECORD_BITS>>,
}

impl Default for XncUnpacker {
    fn default() -> Self {
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
            buf_q: Default::default(),
            cnt_q: Default::default(),
            seen_last_q: Default::default(),
            hdr: Default::default(),
            w: array_init(),
            pl: array_init(),
            ql: array_init(),
            ol: array_init(),
            hl: array_init(),
            len: Default::default(),
            rem: Default::default(),
            rec_mask: Default::default(),
            rec: Default::default(),
            out_valid: Default::default(),
            out_last: Default::default(),
            out_fire: Default::default(),
            buf1: Default::default(),
            cnt1: Default::default(),
            seen1: Default::default(),
            in_ready: Default::default(),
            in_fire: Default::default(),
            word_wide: Default::default(),
            k_w9: Constant::new(9.into()),
            k_w12: Constant::new(12.into()),
            k_w16: Constant::new(16.into()),
            k_meta: Constant::new(33.into()),
            k_word: Constant::new((WORD_BITS as u64).into()),
            k_room: Constant::new(((BUF_BITS - WORD_BITS) as u64).into()),
            k_zero: Constant::new(0.into()),
            k_empty: Constant::new(0.into()),
            k_ones: Constant::new(!Bits::<RECORD_BITS>::default()),
        }
    }
}

impl Logic for XncUnpacker {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, aclk, buf_q, cnt_q, seen_last_q);
        // ---- record length from the header at the head of the buffer ----
        self.hdr.next = self.buf_q.q.val().get_bits::<33>(575);
        for i in 0..32 {
            if self.hdr.val().get_bit(32) {
                if self.hdr.val().get_bit(31 - i) {
                    self.w[i].next = self.k_w9.val();
                } else {
                    self.w[i].next = self.k_w12.val();
                }
            } else if self.hdr.val().get_bit(31 - i) {
                self.w[i].next = self.k_w12.val();
            } else {
                self.w[i].next = self.k_w16.val();
            }
        }
        for j in 0..16 {
            self.pl[j].next = self.w[2 * j].val() + self.w[2 * j + 1].val();
        }
        for j in 0..8 {
            self.ql[j].next = self.pl[2 * j].val() + self.pl[2 * j + 1].val();
        }
        for j in 0..4 {
            self.ol[j].next = self.ql[2 * j].val() + self.ql[2 * j + 1].val();
        }
        for j in 0..2 {
            self.hl[j].next = self.ol[2 * j].val() + self.ol[2 * j + 1].val();
        }
        self.len.next = self.hl[0].val() + self.hl[1].val() + self.k_meta.val();
        self.rem.next = self.cnt_q.q.val() - self.len.val();

        // ---- output side: a record once all its bits are buffered ----
        self.out_valid.next = self.cnt_q.q.val() >= self.len.val();
        self.out_last.next = self.seen_last_q.q.val() & (self.rem.val() < self.k_word.val());
        self.m_axis_tvalid.next = self.out_valid.val() & self.aresetn.val();
        self.m_axis_tlast.next = self.out_last.val();
        // The record's bits only: the bits after its end change while it waits (words keep
        // arriving), and the packer needs them zero.
        self.rec_mask.next = !(self.k_ones.val() >> self.len.val());
        self.rec.next = self.buf_q.q.val().get_bits::<RECORD_BITS>(63) & self.rec_mask.val();
        self.m_axis_tdata.next = bit_cast::<RECORD_BUS_BITS, RECORD_BITS>(self.rec.val()) << 7;
        self.m_axis_tuser.next = self.len.val();
        self.out_fire.next = self.out_valid.val() & self.m_axis_tready.val();
        self.buf1.next = self.buf_q.q.val();
        self.cnt1.next = self.cnt_q.q.val();
        self.seen1.next = self.seen_last_q.q.val();
        if self.out_fire.val() {
            if self.out_last.val() {
                // end of block: drop the padding
                self.buf1.next = self.k_empty.val();
                self.cnt1.next = self.k_zero.val();
                self.seen1.next = false;
            } else {
                self.buf1.next = self.buf_q.q.val() << self.len.val();
                self.cnt1.next = self.rem.val();
            }
        }

        // ---- input side: a word whenever it fits and the block's last word is not in yet ----
        self.in_ready.next = !self.seen1.val() & (self.cnt1.val() <= self.k_room.val()) & self.aresetn.val();
        self.s_axis_tready.next = self.in_ready.val();
        self.in_fire.next = self.in_ready.val() & self.s_axis_tvalid.val();
        self.word_wide.next = bit_cast::<BUF_BITS, WORD_BITS>(self.s_axis_tdata.val()) << 544;
        self.buf_q.d.next = self.buf1.val();
        self.cnt_q.d.next = self.cnt1.val();
        self.seen_last_q.d.next = self.seen1.val();
        if self.in_fire.val() {
            self.buf_q.d.next = self.buf1.val() | (self.word_wide.val() >> self.cnt1.val());
            self.cnt_q.d.next = self.cnt1.val() + self.k_word.val();
            self.seen_last_q.d.next = self.s_axis_tlast.val();
        }
        if !self.aresetn.val() {
            self.buf_q.d.next = self.k_empty.val();
            self.cnt_q.d.next = self.k_zero.val();
            self.seen_last_q.d.next = false;
        }
    }
}

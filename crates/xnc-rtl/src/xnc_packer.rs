//! `xnc_packer`: XNC records in, bit-contiguous 64-bit memory words out.
//!
//! The output is the MSB-first record stream of FORMAT.md section 2: word k of a block holds stream
//! bits `[64k, 64k+64)` with the first bit at bit 63, i.e. the bytes of `xnc::encode_stream` for the
//! block's values in big-endian order. On the record with `tlast` the packer flushes: the partial last
//! word is zero-padded, `m_axis_tkeep` marks its valid bytes (AXI byte lanes, lane 7 = bits 63..56 =
//! the first byte) and carries `m_axis_tlast`. Every block therefore starts on a word boundary.
//!
//! Ports (AXI4-Stream, port order clock, reset, input stream, output stream):
//!
//! | port | width | meaning |
//! |---|---|---|
//! | `aclk`, `aresetn` | 1 | clock; synchronous active-low reset (drops the buffered bits) |
//! | `s_axis_tdata` | 552 | record bus, MSB-aligned as on `xnc_compressor.m_axis_tdata`; bits after the record's end must be zero (the compressor and the unpacker guarantee it) |
//! | `s_axis_tuser` | 10 | record length in bits |
//! | `s_axis_tvalid/tready/tlast` | 1 | tlast: last record of a block |
//! | `m_axis_tdata` | 64 | stream word |
//! | `m_axis_tkeep` | 8 | valid bytes (all ones except on a partial last word) |
//! | `m_axis_tvalid/tready/tlast` | 1 | tlast: last word of a block |
//!
//! Throughput: one word per cycle whenever 64 bits are buffered, one record accepted whenever fewer
//! than 64 bits remain after this cycle's word: `64 / record_bits` records per cycle (about 0.15 on
//! BF16-origin weights, 0.12 on native FP16). Records are up to 545 bits, so a packer that keeps up
//! with one record per cycle needs a word of at least the average record (about 385-530 bits): the
//! same structure with `WORD_BITS = 512` would do it at the price of a 1057-bit buffer and shifter.

use crate::xnc_compressor::{LEN_BITS, RECORD_BITS, RECORD_BUS_BITS};
use rust_hdl::prelude::*;

/// Memory word width.
pub const WORD_BITS: usize = 64;
/// Buffer width: a whole record plus a word.
pub const BUF_BITS: usize = RECORD_BITS + WORD_BITS;

// The kernel spells this position as a literal (a named constant there becomes a Verilog signal).
const _: () = assert!(BUF_BITS - WORD_BITS == 545 && BUF_BITS - RECORD_BUS_BITS == 57);

/// The packer (see the module documentation).
#[derive(LogicBlock)]
pub struct XncPacker {
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
    /// Output word, first stream bit at bit 63.
    pub m_axis_tdata: Signal<Out, Bits<WORD_BITS>>,
    /// Output byte enables.
    pub m_axis_tkeep: Signal<Out, Bits<8>>,
    /// Output valid.
    pub m_axis_tvalid: Signal<Out, Bit>,
    /// Output ready.
    pub m_axis_tready: Signal<In, Bit>,
    /// Last word of a block.
    pub m_axis_tlast: Signal<Out, Bit>,

    buf_q: DFF<Bits<BUF_BITS>>,
    cnt_q: DFF<Bits<LEN_BITS>>,
    flush_q: DFF<Bit>,
    full: Signal<Local, Bit>,
    out_valid: Signal<Local, Bit>,
    out_last: Signal<Local, Bit>,
    out_fire: Signal<Local, Bit>,
    in_ready: Signal<Local, Bit>,
    in_fire: Signal<Local, Bit>,
    cnt7: Signal<Local, Bits<LEN_BITS>>,
    keep16: Signal<Local, Bits<16>>,
    buf1: Signal<Local, Bits<BUF_BITS>>,
    cnt1: Signal<Local, Bits<LEN_BITS>>,
    flush1: Signal<Local, Bit>,
    rec_wide: Signal<Local, Bits<BUF_BITS>>,
    // Constants (Verilog localparams of the right width: literals would be 32 bits wide).
    k_word: Constant<Bits<LEN_BITS>>,
    k_seven: Constant<Bits<LEN_BITS>>,
    k_zero: Constant<Bits<LEN_BITS>>,
    k_keep_all: Constant<Bits<8>>,
    k_keep_tab: Constant<Bits<16>>,
    k_empty: Constant<Bits<BUF_BITS>>,
}

impl Default for XncPacker {
    fn default() -> Self {
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
            buf_q: Default::default(),
            cnt_q: Default::default(),
            flush_q: Default::default(),
            full: Default::default(),
            out_valid: Default::default(),
            out_last: Default::default(),
            out_fire: Default::default(),
            in_ready: Default::default(),
            in_fire: Default::default(),
            cnt7: Default::default(),
            keep16: Default::default(),
            buf1: Default::default(),
            cnt1: Default::default(),
            flush1: Default::default(),
            rec_wide: Default::default(),
            k_word: Constant::new((WORD_BITS as u64).into()),
            k_seven: Constant::new(7.into()),
            k_zero: Constant::new(0.into()),
            k_keep_all: Constant::new(0xFF.into()),
            k_keep_tab: Constant::new(0xFF00.into()),
            k_empty: Constant::new(0.into()),
        }
    }
}

impl Logic for XncPacker {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, aclk, buf_q, cnt_q, flush_q);
        // ---- output side: a word when 64 bits are buffered, or the partial last word on flush ----
        self.full.next = self.cnt_q.q.val() >= self.k_word.val();
        self.out_valid.next = self.full.val() | (self.flush_q.q.val() & self.cnt_q.q.val().any());
        self.out_last.next = self.flush_q.q.val() & (self.cnt_q.q.val() <= self.k_word.val());
        self.cnt7.next = self.cnt_q.q.val() + self.k_seven.val();
        self.keep16.next = self.k_keep_tab.val() >> self.cnt7.val().get_bits::<4>(3);
        self.m_axis_tvalid.next = self.out_valid.val() & self.aresetn.val();
        self.m_axis_tlast.next = self.out_last.val();
        self.m_axis_tdata.next = self.buf_q.q.val().get_bits::<WORD_BITS>(545);
        if self.full.val() {
            self.m_axis_tkeep.next = self.k_keep_all.val();
        } else {
            self.m_axis_tkeep.next = self.keep16.val().get_bits::<8>(0);
        }
        self.out_fire.next = self.out_valid.val() & self.m_axis_tready.val();
        self.buf1.next = self.buf_q.q.val();
        self.cnt1.next = self.cnt_q.q.val();
        self.flush1.next = self.flush_q.q.val();
        if self.out_fire.val() {
            self.buf1.next = self.buf_q.q.val() << 64;
            if self.full.val() {
                self.cnt1.next = self.cnt_q.q.val() - self.k_word.val();
            } else {
                self.cnt1.next = self.k_zero.val();
            }
            if self.out_last.val() {
                self.flush1.next = false;
            }
        }
        // ---- input side: a record fits whenever fewer than 64 bits stay buffered ----
        self.in_ready.next = !self.flush1.val() & (self.cnt1.val() < self.k_word.val()) & self.aresetn.val();
        self.s_axis_tready.next = self.in_ready.val();
        self.in_fire.next = self.in_ready.val() & self.s_axis_tvalid.val();
        self.rec_wide.next = bit_cast::<BUF_BITS, RECORD_BUS_BITS>(self.s_axis_tdata.val()) << 57;
        self.buf_q.d.next = self.buf1.val();
        self.cnt_q.d.next = self.cnt1.val();
        self.flush_q.d.next = self.flush1.val();
        if self.in_fire.val() {
            self.buf_q.d.next = self.buf1.val() | (self.rec_wide.val() >> self.cnt1.val().get_bits::<6>(0));
            self.cnt_q.d.next = self.cnt1.val() + self.s_axis_tuser.val();
            self.flush_q.d.next = self.flush1.val() | self.s_axis_tlast.val();
        }
        if !self.aresetn.val() {
            self.buf_q.d.next = self.k_empty.val();
            self.cnt_q.d.next = self.k_zero.val();
            self.flush_q.d.next = false;
        }
    }
}

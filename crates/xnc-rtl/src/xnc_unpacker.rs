//! `xnc_unpacker`: W-bit memory words of a block in, one XNC record per cycle out (for
//! `xnc_decompressor`). Shipped configurations: [`XncUnpacker512`] (`rtl/xnc_unpacker.v`, full rate)
//! and [`XncUnpacker256`] (`rtl/xnc_unpacker_256.v`, memory-bound).
//!
//! The input is what `xnc_packer` writes (and `xnc::encode_stream` produces): a block's MSB-first
//! record stream, first bit at bit W-1 of the first word, starting on a word boundary, closed by
//! `s_axis_tlast`; the last word is zero-padded.
//!
//! Structure: a word queue of four W-bit slots, a shift register (`slot0_q` is the oldest word, the
//! input word always enters `slot3_q`, a slot takes the word above it when it is empty or moves on:
//! no multiplexer on the slots' data, only their clock enables), with valid flags `v0_q`..`v3_q`. The read
//! pointer `rd_q` is a bit offset from the start of `slot0_q`: the record there is gathered by one
//! left shift of `{slot0_q, slot1_q, slot2_q, slot3_q}` by the offset (0..W-1), radix-4 stages
//! written as AND-OR selects (one 4:1 multiplexer, one LUT6, per bit and stage: four of them) and,
//! at W = 512, a 2:1 stage for the ninth offset bit, no rotation; that 2:1 stage is done on the
//! record's way out of stage A, in the LUT that also masks it. A record is taken while `rd_q` < W
//! (it starts in `slot0_q`). When the read pointer passes the end of `slot0_q`, the queue moves
//! down one slot and `rd_q` loses W, one slot per cycle; a record that ends W or more bits past
//! `slot0_q`'s start makes the next record wait for the queue to move (at W = 512 only a record
//! longer than 512 bits can; at W = 256 the memory word is the limit anyway). The
//! header `{F, S0..S31}` at the top of the gathered window gives the record length
//! `F ? 417 - 3 n : 545 - 4 n` (n = selectors set).
//!
//! The gather is [`ONE_CYCLE_BITS`] (433) bits wide, not a whole record (545): every F = 1 record
//! (BF16-origin weights) and an F = 0 record with at most 4 wide words is taken in one cycle; a
//! longer one (F = 0, 437..545 bits: native FP16) in two, its first 434 bits (`rec_hi_q`), then,
//! with the read pointer 432 bits on, the rest (`rec_lo_q`). That saves the 112 widest bits of
//! every shift stage (about 450 LUTs) for 16 values per cycle on native FP16 records, the rate
//! `xnc_packer` has on them too.
//!
//! Two record registers: stage A (`rec_hi_q` and `rec_lo_q`, the record as gathered, taken when all
//! its bits are in the valid slots from `slot0_q` up) and the output register (`out_q`, masked to the record's
//! length so that every bit after its end is zero: only its last 224 bits can be, a record is at
//! least 321 bits long). A record moves from A to the output register
//! once the next record is complete too (then `tlast` = 0), or once the block's last word is in and
//! what is left is shorter than the record its header announces: the zero padding (then `tlast` =
//! 1, and the padding is dropped). `m_axis_*` come straight from the output register, which loads
//! only when it is empty or its record leaves: `tdata`, `tuser` and `tlast` are stable while
//! `tvalid && !tready`. In steady state a record moves on every cycle: one record per cycle (a
//! record longer than 433 bits: one per two cycles).
//!
//! Input: a word is taken whenever a slot is empty or the slot queue moves down this cycle (the
//! next block's words follow a block's last word). So `s_axis_tready` is not a function of
//! registers only: it depends combinationally on `m_axis_tready` (a record leaving the output
//! register lets stage A advance, which may read past slot 0 and free it). Throughput: one record per cycle while the
//! memory delivers more bits per cycle than the records are long (W = 512: BF16-origin records are
//! 321..417 bits), else about W / record bits records per cycle; a record longer than 433 bits
//! (native FP16) takes two cycles
//! (three at W = 256 when its second part starts in the third word). Latency: a word's first
//! record leaves 3 cycles after the word was taken at the earliest (slot queue, stage A, output
//! register; one more for a record longer than 433 bits), a few more at a block's start while the first words
//! move down the queue.

use crate::xnc_compressor::{array_init, LEN_BITS, RECORD_BITS, RECORD_BUS_BITS};
use rust_hdl::prelude::*;

/// Word slots of the queue.
pub const SLOTS: usize = 4;
/// Largest memory word (the shift stages of the gather are laid out for it).
pub const MAX_WORD_BITS: usize = 512;
/// Offset bits of the gather (log2 of [`MAX_WORD_BITS`]).
const STAGES: usize = 9;
/// Radix-4 stages of the gather's shift (offset bits 8..1, two at a time); offset bit 0 is a last
/// 2:1 stage.
const RADIX4: usize = 4;
/// Width of the constant shift distances (rust-hdl shifts by a narrow value only).
const SHIFT_BITS: usize = 12;
/// The shortest record (F = 1, every selector set: 33 header bits and 32 nine-bit fields): the
/// output bits before it are never masked.
const MIN_RECORD_BITS: usize = 417 - 3 * 32;
/// The output bits that may lie after a record's end (the last `RECORD_BITS - MIN_RECORD_BITS`).
const TAIL_BITS: usize = RECORD_BITS - MIN_RECORD_BITS;
/// Groups of 32 bits of the tail mask (its decode: group above, group at, bit within the group).
const TAIL_GROUPS: usize = TAIL_BITS / 32;
/// Width of the tail length `RECORD_BITS - len` (0..=[`TAIL_BITS`]).
const TAIL_LEN_BITS: usize = 8;
// A long record's second part fits the gather, and its rest the tail-length register.
const _: () = assert!(BODY_BITS - SPLIT_BITS <= GATHER_BITS && RECORD_BITS - SPLIT_BITS < (1 << TAIL_LEN_BITS));
// The tail mask's loop is written over 7 groups (hdl_gen loops over literals).
const _: () = assert!(TAIL_BITS == 32 * TAIL_GROUPS && TAIL_GROUPS == 7 && TAIL_BITS < (1 << TAIL_LEN_BITS));
/// The longest record gathered in one cycle: every F = 1 record (BF16-origin weights, 417 bits at
/// most) and the F = 0 records with at most 4 wide words (417 gave 30.94 values per cycle over
/// the whole minilm table, 433 gives 31.88, as a whole-record gather did). A longer one (F = 0:
/// 437..545 bits, native FP16) is gathered in two parts on two cycles.
pub const ONE_CYCLE_BITS: usize = 433;
/// Where a long record's second part starts (record bits): even, so that both parts are at
/// offsets of the same parity and share the last (2:1) shift stage.
const SPLIT_BITS: usize = ONE_CYCLE_BITS & !1;
/// The gather's window before the last (2:1) shift stage, one bit longer than [`ONE_CYCLE_BITS`];
/// that stage is done on the way to the output register, in the same LUT as the mask.
const GATHER_BITS: usize = ONE_CYCLE_BITS + 1;
/// Stage A's record before the 2:1 stage, one bit longer than a record: the gather's window
/// (`rec_hi_q`) and the rest of a long record (`rec_lo_q`, from its second part).
const BODY_BITS: usize = RECORD_BITS + 1;
/// Bits of stage A's record that only a long record's second part fills.
const LO_BITS: usize = BODY_BITS - GATHER_BITS;
/// Width of the pointer arithmetic: read pointer, record end, bits in the valid slots (up to 4 W =
/// 2048).
pub const PTR_BITS: usize = 12;

/// The unpacker for W-bit words: `RING` = 4W (the four slots side by side), `LW` = log2(W).
#[derive(LogicBlock)]
pub struct XncUnpacker<const W: usize, const RING: usize, const LW: usize> {
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
    v0_q: DFF<Bit>,
    v1_q: DFF<Bit>,
    v2_q: DFF<Bit>,
    v3_q: DFF<Bit>,
    l0_q: DFF<Bit>,
    l1_q: DFF<Bit>,
    l2_q: DFF<Bit>,
    l3_q: DFF<Bit>,
    rd_q: DFF<Bits<PTR_BITS>>,
    rec_hi_q: DFF<Bits<GATHER_BITS>>,
    rec_lo_q: DFF<Bits<LO_BITS>>,
    half_q: DFF<Bit>,
    rest_q: DFF<Bits<TAIL_LEN_BITS>>,
    off0_q: DFF<Bit>,
    len_q: DFF<Bits<LEN_BITS>>,
    tail_q: DFF<Bits<TAIL_LEN_BITS>>,
    last_q: DFF<Bit>,
    full_q: DFF<Bit>,
    out_q: DFF<Bits<RECORD_BITS>>,
    out_len_q: DFF<Bits<LEN_BITS>>,
    out_last_q: DFF<Bit>,
    out_valid_q: DFF<Bit>,
    // ---- gather ----
    rd_off_bits: Signal<Local, Bits<PTR_BITS>>,
    rd_off: Signal<Local, Bits<STAGES>>,
    rd_low: Signal<Local, Bit>,
    ring0: Signal<Local, Bits<RING>>,
    ring1: Signal<Local, Bits<RING>>,
    ring2: Signal<Local, Bits<RING>>,
    ring3: Signal<Local, Bits<RING>>,
    stage: [Signal<Local, Bits<RING>>; RADIX4 + 2],
    shl1: [Signal<Local, Bits<RING>>; RADIX4],
    shl2: [Signal<Local, Bits<RING>>; RADIX4],
    shl3: [Signal<Local, Bits<RING>>; RADIX4],
    pick0: [Signal<Local, Bits<RING>>; RADIX4],
    pick1: [Signal<Local, Bits<RING>>; RADIX4],
    pick2: [Signal<Local, Bits<RING>>; RADIX4],
    pick3: [Signal<Local, Bits<RING>>; RADIX4],
    body_top: Signal<Local, Bits<RING>>,
    body: Signal<Local, Bits<BODY_BITS>>,
    out_shift: Signal<Local, Bits<BODY_BITS>>,
    out_rec: Signal<Local, Bits<RECORD_BITS>>,
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
    len_wide: Signal<Local, Bits<PTR_BITS>>,
    long: Signal<Local, Bit>,
    rest_len: Signal<Local, Bits<LEN_BITS>>,
    rest: Signal<Local, Bits<TAIL_LEN_BITS>>,
    lo_top: Signal<Local, Bits<RING>>,
    rest_wide: Signal<Local, Bits<PTR_BITS>>,
    rd_split: Signal<Local, Bits<PTR_BITS>>,
    rd_rest: Signal<Local, Bits<PTR_BITS>>,
    second: Signal<Local, Bit>,
    tail_wide: Signal<Local, Bits<LEN_BITS>>,
    tail: Signal<Local, Bits<TAIL_LEN_BITS>>,
    tail_hi: Signal<Local, Bits<TAIL_LEN_BITS>>,
    tail_lo: Signal<Local, Bits<5>>,
    tail_after: Signal<Local, Bits<TAIL_GROUPS>>,
    tail_at: Signal<Local, Bits<TAIL_GROUPS>>,
    tail_from: Signal<Local, Bits<32>>,
    mask_after: [Signal<Local, Bits<TAIL_BITS>>; TAIL_GROUPS + 1],
    mask_at: [Signal<Local, Bits<TAIL_BITS>>; TAIL_GROUPS + 1],
    mask_from: [Signal<Local, Bits<TAIL_BITS>>; TAIL_GROUPS + 1],
    tail_mask: Signal<Local, Bits<TAIL_BITS>>,
    rec_mask: Signal<Local, Bits<RECORD_BITS>>,
    // ---- control ----
    avail: Signal<Local, Bits<PTR_BITS>>,
    last_in: Signal<Local, Bit>,
    at_end: Signal<Local, Bit>,
    rd_up: Signal<Local, Bits<PTR_BITS>>,
    room: Signal<Local, Bits<PTR_BITS>>,
    need: Signal<Local, Bits<PTR_BITS>>,
    complete: Signal<Local, Bit>,
    pad: Signal<Local, Bit>,
    out_free: Signal<Local, Bit>,
    ready_a: Signal<Local, Bit>,
    advance: Signal<Local, Bit>,
    take: Signal<Local, Bit>,
    drop: Signal<Local, Bit>,
    rd_c: Signal<Local, Bits<PTR_BITS>>,
    vacate: Signal<Local, Bit>,
    shift0: Signal<Local, Bit>,
    shift1: Signal<Local, Bit>,
    shift2: Signal<Local, Bit>,
    shift3: Signal<Local, Bit>,
    // ---- input ----
    in_ready: Signal<Local, Bit>,
    in_fire: Signal<Local, Bit>,
    // Constants (Verilog localparams of the right width: literals would be 32 bits wide).
    k_w: Constant<Bits<PTR_BITS>>,
    k_w2: Constant<Bits<PTR_BITS>>,
    k_w3: Constant<Bits<PTR_BITS>>,
    k_w4: Constant<Bits<PTR_BITS>>,
    k_w_mask: Constant<Bits<PTR_BITS>>,
    k_off_pad: Constant<Bits<SHIFT_BITS>>,
    k_slot: Constant<Bits<SHIFT_BITS>>,
    k_slot2: Constant<Bits<SHIFT_BITS>>,
    k_slot3: Constant<Bits<SHIFT_BITS>>,
    k_dist1: [Constant<Bits<SHIFT_BITS>>; RADIX4],
    k_dist2: [Constant<Bits<SHIFT_BITS>>; RADIX4],
    k_dist3: [Constant<Bits<SHIFT_BITS>>; RADIX4],
    k_top: Constant<Bits<SHIFT_BITS>>,
    k_body_top: Constant<Bits<SHIFT_BITS>>,
    k_lo_pos: Constant<Bits<SHIFT_BITS>>,
    k_lo_bits: Constant<Bits<SHIFT_BITS>>,
    k_split: Constant<Bits<PTR_BITS>>,
    k_split_len: Constant<Bits<LEN_BITS>>,
    k_one_cycle: Constant<Bits<LEN_BITS>>,
    k_ring_ones: Constant<Bits<RING>>,
    k_ring_zero: Constant<Bits<RING>>,
    k_one: Constant<Bits<LEN_BITS>>,
    k_zero_ptr: Constant<Bits<PTR_BITS>>,
    k_one_ptr: Constant<Bits<PTR_BITS>>,
    k_zero_len: Constant<Bits<LEN_BITS>>,
    k_len_f1: Constant<Bits<LEN_BITS>>,
    k_len_f0: Constant<Bits<LEN_BITS>>,
    k_five: Constant<Bits<SHIFT_BITS>>,
    k_group_ones: Constant<Bits<TAIL_GROUPS>>,
    k_group_one: Constant<Bits<TAIL_GROUPS>>,
    k_tail_zero: Constant<Bits<TAIL_BITS>>,
    k_lo_ones: Constant<Bits<32>>,
    k_group: [Constant<Bits<TAIL_BITS>>; TAIL_GROUPS],
    k_group_pos: [Constant<Bits<SHIFT_BITS>>; TAIL_GROUPS],
    k_head_ones: Constant<Bits<RECORD_BITS>>,
}

/// The full-rate configuration: 512-bit memory words (`rtl/xnc_unpacker.v`).
pub type XncUnpacker512 = XncUnpacker<512, 2048, 9>;
/// 256-bit memory words (`rtl/xnc_unpacker_256.v`): half the memory bandwidth.
pub type XncUnpacker256 = XncUnpacker<256, 1024, 8>;

impl<const W: usize, const RING: usize, const LW: usize> Default for XncUnpacker<W, RING, LW> {
    fn default() -> Self {
        assert!(W.is_power_of_two() && (1 << LW) == W && W <= MAX_WORD_BITS && RING == SLOTS * W);
        // The gather window (offset up to W-1, then a whole record) fits in the queue, and the read
        // pointer (up to W-1 + a record) fits in its register.
        assert!(W - 1 + RECORD_BITS <= RING && RING < (1 << PTR_BITS));
        assert!(2 * RADIX4 <= LW && LW <= STAGES);
        let sh = |v: u64| -> Bits<SHIFT_BITS> { v.to_bits() };
        let ptr = |v: usize| -> Bits<PTR_BITS> { (v as u64).to_bits() };
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
            v0_q: Default::default(),
            v1_q: Default::default(),
            v2_q: Default::default(),
            v3_q: Default::default(),
            l0_q: Default::default(),
            l1_q: Default::default(),
            l2_q: Default::default(),
            l3_q: Default::default(),
            rd_q: Default::default(),
            rec_hi_q: Default::default(),
            rec_lo_q: Default::default(),
            half_q: Default::default(),
            rest_q: Default::default(),
            off0_q: Default::default(),
            len_q: Default::default(),
            tail_q: Default::default(),
            last_q: Default::default(),
            full_q: Default::default(),
            out_q: Default::default(),
            out_len_q: Default::default(),
            out_last_q: Default::default(),
            out_valid_q: Default::default(),
            rd_off_bits: Default::default(),
            rd_off: Default::default(),
            rd_low: Default::default(),
            ring0: Default::default(),
            ring1: Default::default(),
            ring2: Default::default(),
            ring3: Default::default(),
            stage: array_init(),
            shl1: array_init(),
            shl2: array_init(),
            shl3: array_init(),
            pick0: array_init(),
            pick1: array_init(),
            pick2: array_init(),
            pick3: array_init(),
            body_top: Default::default(),
            body: Default::default(),
            out_shift: Default::default(),
            out_rec: Default::default(),
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
            long: Default::default(),
            rest_len: Default::default(),
            rest: Default::default(),
            lo_top: Default::default(),
            rest_wide: Default::default(),
            rd_split: Default::default(),
            rd_rest: Default::default(),
            second: Default::default(),
            tail_wide: Default::default(),
            tail: Default::default(),
            tail_hi: Default::default(),
            tail_lo: Default::default(),
            tail_after: Default::default(),
            tail_at: Default::default(),
            tail_from: Default::default(),
            mask_after: array_init(),
            mask_at: array_init(),
            mask_from: array_init(),
            tail_mask: Default::default(),
            rec_mask: Default::default(),
            avail: Default::default(),
            last_in: Default::default(),
            at_end: Default::default(),
            rd_up: Default::default(),
            room: Default::default(),
            need: Default::default(),
            complete: Default::default(),
            pad: Default::default(),
            out_free: Default::default(),
            ready_a: Default::default(),
            advance: Default::default(),
            take: Default::default(),
            drop: Default::default(),
            rd_c: Default::default(),
            vacate: Default::default(),
            shift0: Default::default(),
            shift1: Default::default(),
            shift2: Default::default(),
            shift3: Default::default(),
            in_ready: Default::default(),
            in_fire: Default::default(),
            k_w: Constant::new(ptr(W)),
            k_w2: Constant::new(ptr(2 * W)),
            k_w3: Constant::new(ptr(3 * W)),
            k_w4: Constant::new(ptr(4 * W)),
            k_w_mask: Constant::new(ptr(W - 1)),
            // the offset (LW bits) as the top of the nine offset bits the stages are laid out for
            k_off_pad: Constant::new(sh((STAGES - LW) as u64)),
            k_slot: Constant::new(sh(W as u64)),
            k_slot2: Constant::new(sh(2 * W as u64)),
            k_slot3: Constant::new(sh(3 * W as u64)),
            // radix-4 stage k moves by d, 2d or 3d with d = 2^(LW - 2 - 2k): offset bits LW-1-2k
            // and LW-2-2k (bits 8-2k and 7-2k of the padded offset)
            k_dist1: std::array::from_fn(|k| Constant::new(sh(1 << (LW - 2 - 2 * k)))),
            k_dist2: std::array::from_fn(|k| Constant::new(sh(2 << (LW - 2 - 2 * k)))),
            k_dist3: std::array::from_fn(|k| Constant::new(sh(3 << (LW - 2 - 2 * k)))),
            k_top: Constant::new(sh((RING - RECORD_BITS) as u64)),
            k_body_top: Constant::new(sh((RING - GATHER_BITS) as u64)),
            // a second part's gather bits from BODY_BITS - SPLIT_BITS on are the record's bits from
            // GATHER_BITS on (`rec_lo_q`)
            k_lo_pos: Constant::new(sh((GATHER_BITS + SPLIT_BITS - BODY_BITS) as u64)),
            k_lo_bits: Constant::new(sh(LO_BITS as u64)),
            k_split: Constant::new(ptr(SPLIT_BITS)),
            k_split_len: Constant::new((SPLIT_BITS as u64).to_bits()),
            k_one_cycle: Constant::new((ONE_CYCLE_BITS as u64).to_bits()),
            k_ring_ones: Constant::new(!Bits::<RING>::default()),
            k_ring_zero: Constant::new(0.into()),
            k_one: Constant::new(1.into()),
            k_zero_ptr: Constant::new(0.into()),
            k_one_ptr: Constant::new(1.into()),
            k_zero_len: Constant::new(0.into()),
            k_len_f1: Constant::new(417.into()),
            k_len_f0: Constant::new(545.into()),
            k_five: Constant::new(sh(5)),
            k_group_ones: Constant::new(!Bits::<TAIL_GROUPS>::default()),
            k_group_one: Constant::new(1.into()),
            k_tail_zero: Constant::new(0.into()),
            k_lo_ones: Constant::new(!Bits::<32>::default()),
            k_group: std::array::from_fn(|g| {
                Constant::new(bit_cast::<TAIL_BITS, 32>(!Bits::<32>::default()) << (32 * g as u64))
            }),
            k_group_pos: std::array::from_fn(|g| Constant::new(sh(32 * g as u64))),
            k_head_ones: Constant::new(!Bits::<RECORD_BITS>::default() << TAIL_BITS as u64),
        }
    }
}

impl<const W: usize, const RING: usize, const LW: usize> Logic for XncUnpacker<W, RING, LW> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            aclk,
            slot0_q,
            slot1_q,
            slot2_q,
            slot3_q,
            v0_q,
            v1_q,
            v2_q,
            v3_q,
            l0_q,
            l1_q,
            l2_q,
            l3_q,
            rd_q,
            rec_hi_q,
            rec_lo_q,
            half_q,
            rest_q,
            off0_q,
            len_q,
            tail_q,
            last_q,
            full_q,
            out_q,
            out_len_q,
            out_last_q,
            out_valid_q
        );
        // ---- gather: the 545 bits at the read pointer, first bit at the top ----
        self.rd_off_bits.next = (self.rd_q.q.val() & self.k_w_mask.val()) << self.k_off_pad.val();
        self.rd_off.next = self.rd_off_bits.val().get_bits::<STAGES>(0);
        self.rd_low.next = self.rd_q.q.val() < self.k_w.val();
        // the queue in stream order (slot 0 at the top)
        self.ring0.next = bit_cast::<RING, W>(self.slot0_q.q.val()) << self.k_slot3.val();
        self.ring1.next = bit_cast::<RING, W>(self.slot1_q.q.val()) << self.k_slot2.val();
        self.ring2.next = bit_cast::<RING, W>(self.slot2_q.q.val()) << self.k_slot.val();
        self.ring3.next = bit_cast::<RING, W>(self.slot3_q.q.val());
        self.stage[0].next = self.ring0.val() | self.ring1.val() | self.ring2.val() | self.ring3.val();
        // left shift by the offset: radix-4 stage k moves by 0, d, 2d or 3d (d = 2^(7-2k), offset
        // bits 8-2k..7-2k), written as an AND-OR of the four shifted copies (a `case` over shifts
        // lets Yosys share the shifts into one variable shifter of 2:1 stages: twice the LUTs), then
        // a 2:1 stage by offset bit 0 (here only for the header; the body's is after stage A)
        for k in 0..4 {
            self.shl1[k].next = self.stage[k].val() << self.k_dist1[k].val();
            self.shl2[k].next = self.stage[k].val() << self.k_dist2[k].val();
            self.shl3[k].next = self.stage[k].val() << self.k_dist3[k].val();
            self.pick0[k].next = self.k_ring_zero.val();
            self.pick1[k].next = self.k_ring_zero.val();
            self.pick2[k].next = self.k_ring_zero.val();
            self.pick3[k].next = self.k_ring_zero.val();
            match self.rd_off.val().get_bits::<2>(7 - 2 * k).index() {
                1 => self.pick1[k].next = self.k_ring_ones.val(),
                2 => self.pick2[k].next = self.k_ring_ones.val(),
                3 => self.pick3[k].next = self.k_ring_ones.val(),
                _ => self.pick0[k].next = self.k_ring_ones.val(),
            }
            self.stage[k + 1].next = (self.stage[k].val() & self.pick0[k].val())
                | (self.shl1[k].val() & self.pick1[k].val())
                | (self.shl2[k].val() & self.pick2[k].val())
                | (self.shl3[k].val() & self.pick3[k].val());
        }
        self.body_top.next = self.stage[4].val() >> self.k_body_top.val();
        self.stage[5].next = self.stage[4].val();
        if self.rd_off.val().get_bit(0) {
            self.stage[5].next = self.stage[4].val() << 1;
        }
        self.window_top.next = self.stage[5].val() >> self.k_top.val();
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
        self.len_wide.next = bit_cast::<PTR_BITS, LEN_BITS>(self.len.val());
        self.long.next = self.len.val() > self.k_one_cycle.val();
        self.rest_len.next = self.len.val() - self.k_split_len.val();
        self.rest.next = bit_cast::<TAIL_LEN_BITS, LEN_BITS>(self.rest_len.val());
        self.rest_wide.next = bit_cast::<PTR_BITS, TAIL_LEN_BITS>(self.rest_q.q.val());
        self.rd_split.next = self.rd_q.q.val() + self.k_split.val();
        self.rd_rest.next = self.rd_q.q.val() + self.rest_wide.val();
        // the bits of the output after the record (0..=TAIL_BITS, at its end)
        self.tail_wide.next = self.k_len_f0.val() - self.len.val();
        self.tail.next = bit_cast::<TAIL_LEN_BITS, LEN_BITS>(self.tail_wide.val());

        // ---- the bits of this block in the valid slots from slot 0 up (up to the end of the first
        // word with `tlast`: the next block's words may follow it in the queue), and whether that
        // last word is in ----
        self.avail.next = self.k_zero_ptr.val();
        if self.v0_q.q.val() {
            self.avail.next = self.k_w.val();
            if self.v1_q.q.val() & !self.l0_q.q.val() {
                self.avail.next = self.k_w2.val();
                if self.v2_q.q.val() & !self.l1_q.q.val() {
                    self.avail.next = self.k_w3.val();
                    if self.v3_q.q.val() & !self.l2_q.q.val() {
                        self.avail.next = self.k_w4.val();
                    }
                }
            }
        }
        self.last_in.next = self.v0_q.q.val()
            & (self.l0_q.q.val()
                | (self.v1_q.q.val()
                    & (self.l1_q.q.val()
                        | (self.v2_q.q.val() & (self.l2_q.q.val() | (self.v3_q.q.val() & self.l3_q.q.val()))))));
        // the bits after the read pointer, from registers only (in parallel with the gather): the
        // record-length loop rd_q -> header -> length -> rd_q has no adder before the compare
        self.room.next = self.avail.val() - self.rd_q.q.val();
        self.need.next = self.rd_q.q.val() + self.len_wide.val();
        self.complete.next = self.rd_low.val() & (self.len_wide.val() <= self.room.val());
        // the block's zero padding: what is left of its last word is shorter than the record its
        // header announces (every record is at least 321 bits, so a header that runs into the next
        // block's first word, after fewer than 33 bits of padding, is never complete either)
        self.pad.next = self.last_in.val() & self.rd_low.val() & !self.complete.val();
        // a record that ends exactly at the end of its block's last word is the block's last
        self.at_end.next = self.last_in.val() & (self.need.val() == self.avail.val());
        // the next word boundary after the read pointer: where the next block starts when the read
        // pointer is inside the last word (at its end, it is there already)
        self.rd_up.next = (self.rd_q.q.val() | self.k_w_mask.val()) + self.k_one_ptr.val();

        // ---- stage A (rec_q) -> output register: the record in rec_q moves on once the next one is
        // complete (tlast = 0) or is the block's zero padding (tlast = 1) ----
        self.out_free.next = !self.out_valid_q.q.val() | self.m_axis_tready.val();
        // (not while it waits for its second part: the read pointer is inside the record then)
        self.ready_a.next = self.full_q.q.val() & !self.half_q.q.val() & (self.complete.val() | self.pad.val());
        self.advance.next = self.ready_a.val() & self.out_free.val();
        self.m_axis_tvalid.next = self.out_valid_q.q.val() & self.aresetn.val();
        self.m_axis_tlast.next = self.out_last_q.q.val();
        self.m_axis_tdata.next = bit_cast::<RECORD_BUS_BITS, RECORD_BITS>(self.out_q.q.val()) << 7;
        self.m_axis_tuser.next = self.out_len_q.q.val();
        // bits after the record are zero on the output bus: only the last TAIL_BITS can be, bit b of
        // them (counted from the bus's end) is kept when b >= tail_q, decoded as 32-bit groups of
        // the tail (group above tail_q's, group at it and bit within the group at or above), so
        // that each output bit is one LUT: its two record bits, off0 and the three decoded bits
        self.tail_hi.next = self.tail_q.q.val() >> self.k_five.val();
        self.tail_lo.next = self.tail_q.q.val().get_bits::<5>(0);
        self.tail_after.next = (self.k_group_ones.val() << self.tail_hi.val()) << 1;
        self.tail_at.next = self.k_group_one.val() << self.tail_hi.val();
        self.tail_from.next = self.k_lo_ones.val() << self.tail_lo.val();
        self.mask_after[0].next = self.k_tail_zero.val();
        self.mask_at[0].next = self.k_tail_zero.val();
        self.mask_from[0].next = self.k_tail_zero.val();
        // (hdl_gen loops over literals: 7 = TAIL_GROUPS, asserted in `default`)
        for g in 0..7 {
            self.mask_after[g + 1].next = self.mask_after[g].val();
            if self.tail_after.val().get_bit(g) {
                self.mask_after[g + 1].next = self.mask_after[g].val() | self.k_group[g].val();
            }
            self.mask_at[g + 1].next = self.mask_at[g].val();
            if self.tail_at.val().get_bit(g) {
                self.mask_at[g + 1].next = self.mask_at[g].val() | self.k_group[g].val();
            }
            self.mask_from[g + 1].next = self.mask_from[g].val()
                | (bit_cast::<TAIL_BITS, 32>(self.tail_from.val()) << self.k_group_pos[g].val());
        }
        self.tail_mask.next = self.mask_after[7].val() | (self.mask_at[7].val() & self.mask_from[7].val());
        self.rec_mask.next = self.k_head_ones.val() | bit_cast::<RECORD_BITS, TAIL_BITS>(self.tail_mask.val());
        self.body.next = (bit_cast::<BODY_BITS, GATHER_BITS>(self.rec_hi_q.q.val()) << self.k_lo_bits.val())
            | bit_cast::<BODY_BITS, LO_BITS>(self.rec_lo_q.q.val());
        self.out_shift.next = self.body.val();
        if self.off0_q.q.val() {
            self.out_shift.next = self.body.val() << 1;
        }
        self.out_rec.next = self.out_shift.val().get_bits::<RECORD_BITS>(1);
        self.out_q.d.next = self.out_q.q.val();
        self.out_len_q.d.next = self.out_len_q.q.val();
        self.out_last_q.d.next = self.out_last_q.q.val();
        self.out_valid_q.d.next = self.out_valid_q.q.val() & !self.m_axis_tready.val();
        if self.advance.val() {
            self.out_q.d.next = self.out_rec.val() & self.rec_mask.val();
            self.out_len_q.d.next = self.len_q.q.val();
            self.out_last_q.d.next = self.pad.val() | self.last_q.q.val();
            self.out_valid_q.d.next = true;
        }

        // ---- gather -> stage A: the record at the read pointer, once all its bits are in ----
        self.take.next = self.complete.val() & (!self.full_q.q.val() | self.advance.val());
        self.drop.next = self.pad.val() & (!self.full_q.q.val() | self.advance.val());
        // a long record's second part: its bits are in (it was complete when its first part was
        // taken, and the queue drops only bits read); `rest <= room` says so to the invariant proof
        self.lo_top.next = self.body_top.val() >> self.k_lo_pos.val();
        self.second.next = self.half_q.q.val() & self.rd_low.val() & (self.rest_wide.val() <= self.room.val());
        self.rec_hi_q.d.next = self.rec_hi_q.q.val();
        self.rec_lo_q.d.next = self.rec_lo_q.q.val();
        self.half_q.d.next = self.half_q.q.val();
        self.rest_q.d.next = self.rest_q.q.val();
        self.len_q.d.next = self.len_q.q.val();
        self.tail_q.d.next = self.tail_q.q.val();
        self.full_q.d.next = self.full_q.q.val() & !self.advance.val();
        self.rd_c.next = self.rd_q.q.val();
        if self.take.val() {
            self.rec_hi_q.d.next = bit_cast::<GATHER_BITS, RING>(self.body_top.val());
            self.off0_q.d.next = self.rd_off.val().get_bit(0);
            self.len_q.d.next = self.len.val();
            self.tail_q.d.next = self.tail.val();
            self.last_q.d.next = self.at_end.val();
            self.full_q.d.next = true;
            self.rd_c.next = self.need.val();
            // a long record: its first part now, the read pointer to its second part
            self.half_q.d.next = self.long.val();
            self.rest_q.d.next = self.rest.val();
            if self.long.val() {
                self.rd_c.next = self.rd_split.val();
            }
        }
        if self.second.val() {
            self.rec_lo_q.d.next = bit_cast::<LO_BITS, RING>(self.lo_top.val());
            self.half_q.d.next = false;
            self.rd_c.next = self.rd_rest.val();
        }
        if self.drop.val() & self.room.val().any() {
            // the block's zero padding: the read pointer moves past it to the next word boundary,
            // where the next block's first word is (or will be)
            self.rd_c.next = self.rd_up.val();
        }
        // slot 0 read to its end: the queue moves down one slot
        self.vacate.next = self.rd_c.val() >= self.k_w.val();
        self.rd_q.d.next = self.rd_c.val();
        if self.vacate.val() {
            self.rd_q.d.next = self.rd_c.val() - self.k_w.val();
        }

        // ---- the slot queue: a slot takes the word above it when it is empty or moves on ----
        self.shift0.next = self.vacate.val() | !self.v0_q.q.val();
        self.shift1.next = self.shift0.val() | !self.v1_q.q.val();
        self.shift2.next = self.shift1.val() | !self.v2_q.q.val();
        self.shift3.next = self.shift2.val() | !self.v3_q.q.val();
        // a word whenever a slot is empty or the queue moves down this cycle (a full queue that
        // moves without taking a word would carry an empty slot down to slot 0, and the records
        // there would wait for it: at W = 256 that cost a quarter of the rate). So `s_axis_tready`
        // depends on this cycle's record (taken or not) and, through the output register, on
        // `m_axis_tready`
        self.in_ready.next = (!(self.v0_q.q.val() & self.v1_q.q.val() & self.v2_q.q.val() & self.v3_q.q.val())
            | self.vacate.val())
            & self.aresetn.val();
        self.s_axis_tready.next = self.in_ready.val();
        self.in_fire.next = self.in_ready.val() & self.s_axis_tvalid.val();
        self.slot0_q.d.next = self.slot0_q.q.val();
        self.slot1_q.d.next = self.slot1_q.q.val();
        self.slot2_q.d.next = self.slot2_q.q.val();
        self.slot3_q.d.next = self.slot3_q.q.val();
        if self.shift0.val() {
            self.slot0_q.d.next = self.slot1_q.q.val();
            self.v0_q.d.next = self.v1_q.q.val();
            self.l0_q.d.next = self.l1_q.q.val();
        }
        if self.shift1.val() {
            self.slot1_q.d.next = self.slot2_q.q.val();
            self.v1_q.d.next = self.v2_q.q.val();
            self.l1_q.d.next = self.l2_q.q.val();
        }
        if self.shift2.val() {
            self.slot2_q.d.next = self.slot3_q.q.val();
            self.v2_q.d.next = self.v3_q.q.val();
            self.l2_q.d.next = self.l3_q.q.val();
        }
        if self.shift3.val() {
            self.slot3_q.d.next = self.s_axis_tdata.val();
            self.v3_q.d.next = self.in_fire.val();
            self.l3_q.d.next = self.s_axis_tlast.val();
        }
        if !self.aresetn.val() {
            // the slots' data need no reset: their valid flags guard them
            self.v0_q.d.next = false;
            self.v1_q.d.next = false;
            self.v2_q.d.next = false;
            self.v3_q.d.next = false;
            self.rd_q.d.next = self.k_zero_ptr.val();
            self.full_q.d.next = false;
            self.half_q.d.next = false;
            self.out_valid_q.d.next = false;
        }
    }
}

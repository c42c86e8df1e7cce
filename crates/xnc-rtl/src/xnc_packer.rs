//! `xnc_packer`: XNC records in, one per cycle, bit-contiguous W-bit memory words out. Shipped
//! configurations: [`XncPacker512`] (`rtl/xnc_packer.v`, full rate on BF16-origin weights) and
//! [`XncPacker256`] (`rtl/xnc_packer_256.v`, memory-bound).
//!
//! The output is the MSB-first record stream of FORMAT.md section 2: word k of a block holds stream
//! bits `[Wk, Wk+W)` with the first bit at bit W-1, i.e. the bytes of `xnc::encode_stream` for the
//! block's values in big-endian order. On the record with `tlast` the packer flushes: the partial last
//! word is zero-padded, `m_axis_tkeep` marks its valid bytes (lane W/8-1 = bits W-1..W-8 = the
//! first byte; the valid lanes are the top ones) and carries `m_axis_tlast`. Every block therefore
//! starts on a word boundary.
//!
//! Structure (the mirror of `xnc_unpacker`'s gather): the partial word `acc_q` holds the block's
//! stream bits `[0, o)` of the current word (`o` = `off_q`, zeros after them). A record is placed as
//! one or two chunks of at most [`CHUNK_BITS`] bits (records up to 480 bits, every BF16-origin
//! record, in one): the chunk, at the top of a [`ROT_BITS`]-bit vector, is rotated right by `o`
//! (four radix-4 stages and a 2:1 stage, one 4:1 multiplexer per bit and stage, no 1,000-bit
//! shifter). Its first bit is then at position `o` of the rotated vector's first word (the head,
//! ORed into `acc_q`), the bits that wrapped around are at the start of that word (the tail, which
//! begins the word after the last one the chunk fills), and at W = 256 the vector's second word is
//! the word after `acc_q` whole. The head and the tail are split by a mask of whole 32-bit groups
//! (from `o` rounded down to 32): a chunk of at most 480 bits leaves at least 32 zero bits between
//! its tail and its head, so the mask needs only `o`'s top bits. A record longer than 480 bits
//! (native FP16 only) is placed in two cycles: bits 0..480, then bits 480..552; `s_axis_tready`
//! rises with the second.
//!
//! Pipeline: the chunk register `c_q` (the record bus as loaded), the rotated chunk register `r_q`
//! (rotated by the chunk's offset `coff_q`, which follows the same sums as `off_q` one register
//! earlier; at W = 512 all but the rotator's 2:1 stage, which is folded into the word merge), then
//! the merge into `acc_q` and the output register.
//!
//! The completed words go to the output register `out_q` (`m_axis_*` come from registers only:
//! stable while `tvalid && !tready`) and, at W = 256 where a chunk can complete two words, the second
//! one to `out2_q`, which moves to `out_q` when that one leaves. A chunk that completes a word is
//! taken when the output words are all gone after this cycle; a chunk that completes none whenever.
//! After the record with `tlast`, the partial word (if any) leaves as the block's last word.
//!
//! Throughput: W = 512: one record per cycle while records are at most 480 bits (BF16-origin:
//! 321..425 bits), a record longer than that in two cycles (native FP16: 485..545 bits); W = 256:
//! one word per cycle (the memory word is the limit). `s_axis_tready` depends on `m_axis_tready`
//! (a word leaving makes room) and on `s_axis_tuser` (a record longer than 480 bits is taken with
//! its second chunk).

use crate::xnc_compressor::{array_init, LEN_BITS, RECORD_BUS_BITS};
use rust_hdl::prelude::*;

/// Largest memory word.
pub const MAX_WORD_BITS: usize = 512;
/// Width of the rotator: the chunk of a record placed in one cycle, rotated by the word offset.
pub const ROT_BITS: usize = 512;
/// Granularity of the mask that splits a rotated chunk into head and tail.
pub const MASK_GRAIN: usize = 32;
/// Most record bits placed in one cycle: the rotated chunk keeps [`MASK_GRAIN`] zero bits between
/// its tail and its head.
pub const CHUNK_BITS: usize = ROT_BITS - MASK_GRAIN;
/// Bits of the rotation amount (log2 [`ROT_BITS`]).
const ROT_CODE: usize = 9;
/// Width of the fill arithmetic: offset + chunk length (up to 511 + 480).
const E_BITS: usize = 11;
/// Width of the constant shift distances (rust-hdl shifts by a narrow value only).
const SHIFT_BITS: usize = 12;

/// The packer for W-bit words: `KEEP` = W/8 byte lanes, `KEEP2` = 2 KEEP, `LW` = log2(W).
#[derive(LogicBlock)]
pub struct XncPacker<const W: usize, const KEEP: usize, const KEEP2: usize, const LW: usize> {
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

    // ---- registers ----
    c_q: DFF<Bits<ROT_BITS>>,
    clen_q: DFF<Bits<E_BITS>>,
    clast_q: DFF<Bit>,
    cv_q: DFF<Bit>,
    coff_q: DFF<Bits<LW>>,
    r_q: DFF<Bits<ROT_BITS>>,
    rlen_q: DFF<Bits<E_BITS>>,
    rlast_q: DFF<Bit>,
    rv_q: DFF<Bit>,
    acc_q: DFF<Bits<W>>,
    off_q: DFF<Bits<LW>>,
    part_q: DFF<Bit>,
    flush_q: DFF<Bit>,
    out_q: DFF<Bits<W>>,
    out_keep_q: DFF<Bits<KEEP>>,
    out_last_q: DFF<Bit>,
    out_valid_q: DFF<Bit>,
    out2_q: DFF<Bits<W>>,
    out2_last_q: DFF<Bit>,
    out2_valid_q: DFF<Bit>,
    // ---- the chunk ----
    long: Signal<Local, Bit>,
    fin: Signal<Local, Bit>,
    len_e: Signal<Local, Bits<E_BITS>>,
    clen: Signal<Local, Bits<E_BITS>>,
    bus0: Signal<Local, Bits<RECORD_BUS_BITS>>,
    bus1: Signal<Local, Bits<RECORD_BUS_BITS>>,
    chunk0: Signal<Local, Bits<ROT_BITS>>,
    chunk1: Signal<Local, Bits<ROT_BITS>>,
    // ---- the rotator ----
    code: Signal<Local, Bits<ROT_CODE>>,
    code_r: Signal<Local, Bits<ROT_CODE>>,
    stage: [Signal<Local, Bits<ROT_BITS>>; 6],
    rot1: [Signal<Local, Bits<ROT_BITS>>; 4],
    rot2: [Signal<Local, Bits<ROT_BITS>>; 4],
    rot3: [Signal<Local, Bits<ROT_BITS>>; 4],
    pick0: [Signal<Local, Bits<ROT_BITS>>; 4],
    pick1: [Signal<Local, Bits<ROT_BITS>>; 4],
    pick2: [Signal<Local, Bits<ROT_BITS>>; 4],
    pick3: [Signal<Local, Bits<ROT_BITS>>; 4],
    rot_last: Signal<Local, Bits<ROT_BITS>>,
    rot_top: Signal<Local, Bits<ROT_BITS>>,
    r0: Signal<Local, Bits<W>>,
    r1: Signal<Local, Bits<W>>,
    // ---- head and tail ----
    off_grp: Signal<Local, Bits<LW>>,
    mask: Signal<Local, Bits<W>>,
    mask_w: Signal<Local, Bits<W>>,
    word: Signal<Local, Bits<W>>,
    head: Signal<Local, Bits<W>>,
    tail: Signal<Local, Bits<W>>,
    // ---- fill ----
    off_e: Signal<Local, Bits<E_BITS>>,
    fill: Signal<Local, Bits<E_BITS>>,
    ge1: Signal<Local, Bit>,
    ge2: Signal<Local, Bit>,
    off_new: Signal<Local, Bits<LW>>,
    exact: Signal<Local, Bit>,
    last_rec: Signal<Local, Bit>,
    // ---- handshake ----
    out2_valid: Signal<Local, Bit>,
    leave: Signal<Local, Bit>,
    empty_after: Signal<Local, Bit>,
    room: Signal<Local, Bit>,
    take: Signal<Local, Bit>,
    load: Signal<Local, Bit>,
    c_free: Signal<Local, Bit>,
    r_free: Signal<Local, Bit>,
    step: Signal<Local, Bit>,
    coff_e: Signal<Local, Bits<E_BITS>>,
    cfill: Signal<Local, Bits<E_BITS>>,
    flush_take: Signal<Local, Bit>,
    off7: Signal<Local, Bits<E_BITS>>,
    nbytes: Signal<Local, Bits<E_BITS>>,
    keep2: Signal<Local, Bits<KEEP2>>,
    // Constants (Verilog localparams of the right width: literals would be 32 bits wide).
    k_chunk_len: Constant<Bits<LEN_BITS>>,
    k_chunk_e: Constant<Bits<E_BITS>>,
    k_c0_shift: Constant<Bits<SHIFT_BITS>>,
    k_c0_mask: Constant<Bits<ROT_BITS>>,
    k_c1_shift: Constant<Bits<SHIFT_BITS>>,
    k_code_shift: Constant<Bits<SHIFT_BITS>>,
    k_d1: [Constant<Bits<SHIFT_BITS>>; 4],
    k_d2: [Constant<Bits<SHIFT_BITS>>; 4],
    k_d3: [Constant<Bits<SHIFT_BITS>>; 4],
    k_d1n: [Constant<Bits<SHIFT_BITS>>; 4],
    k_d2n: [Constant<Bits<SHIFT_BITS>>; 4],
    k_d3n: [Constant<Bits<SHIFT_BITS>>; 4],
    k_one: Constant<Bits<SHIFT_BITS>>,
    k_one_n: Constant<Bits<SHIFT_BITS>>,
    k_r0_shift: Constant<Bits<SHIFT_BITS>>,
    k_rot_ones: Constant<Bits<ROT_BITS>>,
    k_rot_zero: Constant<Bits<ROT_BITS>>,
    k_grp_mask: Constant<Bits<LW>>,
    k_ones_w: Constant<Bits<W>>,
    k_zero_w: Constant<Bits<W>>,
    k_zero_off: Constant<Bits<LW>>,
    k_w_e: Constant<Bits<E_BITS>>,
    k_w2_e: Constant<Bits<E_BITS>>,
    k_two: Constant<Bit>,
    k_seven: Constant<Bits<E_BITS>>,
    k_three: Constant<Bits<E_BITS>>,
    k_keep_all: Constant<Bits<KEEP>>,
    k_keep_tab: Constant<Bits<KEEP2>>,
}

/// The full-rate configuration: 512-bit memory words (`rtl/xnc_packer.v`).
pub type XncPacker512 = XncPacker<512, 64, 128, 9>;
/// 256-bit memory words (`rtl/xnc_packer_256.v`): half the memory bandwidth.
pub type XncPacker256 = XncPacker<256, 32, 64, 8>;

impl<const W: usize, const KEEP: usize, const KEEP2: usize, const LW: usize> Default for XncPacker<W, KEEP, KEEP2, LW> {
    fn default() -> Self {
        assert!(W.is_power_of_two() && (1 << LW) == W && KEEP * 8 == W && KEEP2 == 2 * KEEP);
        // the rotated chunk is one or two words; a chunk completes at most ROT_BITS / W words
        assert!((W == 512 || W == 256) && W <= ROT_BITS && ROT_BITS == 1 << ROT_CODE);
        assert!(W - 1 + CHUNK_BITS < 1 << E_BITS && RECORD_BUS_BITS - CHUNK_BITS <= CHUNK_BITS);
        let sh = |v: usize| -> Bits<SHIFT_BITS> { (v as u64).to_bits() };
        // radix-4 stage k rotates by 0, d, 2d or 3d, d = 2^(LW-2-2k), selected by bits 8-2k and
        // 7-2k of the rotation code (the offset shifted up to 9 bits); the 2:1 stage by bit 0 (W = 512)
        let dist = |k: usize, m: usize| m << (LW - 2 - 2 * k);
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
            c_q: Default::default(),
            clen_q: Default::default(),
            clast_q: Default::default(),
            cv_q: Default::default(),
            coff_q: Default::default(),
            r_q: Default::default(),
            rlen_q: Default::default(),
            rlast_q: Default::default(),
            rv_q: Default::default(),
            acc_q: Default::default(),
            off_q: Default::default(),
            part_q: Default::default(),
            flush_q: Default::default(),
            out_q: Default::default(),
            out_keep_q: Default::default(),
            out_last_q: Default::default(),
            out_valid_q: Default::default(),
            out2_q: Default::default(),
            out2_last_q: Default::default(),
            out2_valid_q: Default::default(),
            long: Default::default(),
            fin: Default::default(),
            len_e: Default::default(),
            clen: Default::default(),
            bus0: Default::default(),
            bus1: Default::default(),
            chunk0: Default::default(),
            chunk1: Default::default(),
            code: Default::default(),
            code_r: Default::default(),
            stage: array_init(),
            rot1: array_init(),
            rot2: array_init(),
            rot3: array_init(),
            pick0: array_init(),
            pick1: array_init(),
            pick2: array_init(),
            pick3: array_init(),
            rot_last: Default::default(),
            rot_top: Default::default(),
            r0: Default::default(),
            r1: Default::default(),
            off_grp: Default::default(),
            mask: Default::default(),
            mask_w: Default::default(),
            word: Default::default(),
            head: Default::default(),
            tail: Default::default(),
            off_e: Default::default(),
            fill: Default::default(),
            ge1: Default::default(),
            ge2: Default::default(),
            off_new: Default::default(),
            exact: Default::default(),
            last_rec: Default::default(),
            out2_valid: Default::default(),
            leave: Default::default(),
            empty_after: Default::default(),
            room: Default::default(),
            take: Default::default(),
            load: Default::default(),
            c_free: Default::default(),
            r_free: Default::default(),
            step: Default::default(),
            coff_e: Default::default(),
            cfill: Default::default(),
            flush_take: Default::default(),
            off7: Default::default(),
            nbytes: Default::default(),
            keep2: Default::default(),
            k_chunk_len: Constant::new((CHUNK_BITS as u64).to_bits()),
            k_chunk_e: Constant::new((CHUNK_BITS as u64).to_bits()),
            // chunk 0: bus bits 551..72 (record bits 0..480) at the top, zeros below
            k_c0_shift: Constant::new(sh(RECORD_BUS_BITS - ROT_BITS)),
            k_c0_mask: Constant::new(!Bits::<ROT_BITS>::default() << MASK_GRAIN as u64),
            // chunk 1: bus bits 71..0 (record bits 480..552) at the top
            k_c1_shift: Constant::new(sh(ROT_BITS - (RECORD_BUS_BITS - CHUNK_BITS))),
            k_code_shift: Constant::new(sh(ROT_CODE - LW)),
            k_d1: std::array::from_fn(|k| Constant::new(sh(dist(k, 1)))),
            k_d2: std::array::from_fn(|k| Constant::new(sh(dist(k, 2)))),
            k_d3: std::array::from_fn(|k| Constant::new(sh(dist(k, 3)))),
            k_d1n: std::array::from_fn(|k| Constant::new(sh(ROT_BITS - dist(k, 1)))),
            k_d2n: std::array::from_fn(|k| Constant::new(sh(ROT_BITS - dist(k, 2)))),
            k_d3n: std::array::from_fn(|k| Constant::new(sh(ROT_BITS - dist(k, 3)))),
            k_one: Constant::new(sh(1)),
            k_one_n: Constant::new(sh(ROT_BITS - 1)),
            k_r0_shift: Constant::new(sh(ROT_BITS - W)),
            k_rot_ones: Constant::new(!Bits::<ROT_BITS>::default()),
            k_rot_zero: Constant::new(0.into()),
            k_grp_mask: Constant::new(((W - MASK_GRAIN) as u64).to_bits()),
            k_ones_w: Constant::new(!Bits::<W>::default()),
            k_zero_w: Constant::new(0.into()),
            k_zero_off: Constant::new(0.into()),
            k_w_e: Constant::new((W as u64).to_bits()),
            k_w2_e: Constant::new((2 * W as u64).to_bits()),
            k_two: Constant::new(W * 2 <= ROT_BITS),
            k_seven: Constant::new(7.into()),
            k_three: Constant::new(3.into()),
            k_keep_all: Constant::new(!Bits::<KEEP>::default()),
            // KEEP ones above KEEP zeros: shifted right by the byte count, the low half keeps the top lanes
            k_keep_tab: Constant::new(!Bits::<KEEP2>::default() << KEEP as u64),
        }
    }
}

impl<const W: usize, const KEEP: usize, const KEEP2: usize, const LW: usize> Logic for XncPacker<W, KEEP, KEEP2, LW> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            aclk,
            c_q,
            clen_q,
            clast_q,
            cv_q,
            coff_q,
            r_q,
            rlen_q,
            rlast_q,
            rv_q,
            acc_q,
            off_q,
            part_q,
            flush_q,
            out_q,
            out_keep_q,
            out_last_q,
            out_valid_q,
            out2_q,
            out2_last_q,
            out2_valid_q
        );
        // ---- the chunk placed this cycle: a record of at most 480 bits whole, a longer one as bits
        // 0..480 and then (part_q) bits 480..552 ----
        // (`tuser` only counts with `tvalid`: `s_axis_tready` must not follow a stale or unknown
        // length while no record is offered)
        self.long.next = (self.s_axis_tuser.val() > self.k_chunk_len.val()) & self.s_axis_tvalid.val();
        self.fin.next = self.part_q.q.val() | !self.long.val();
        self.len_e.next = bit_cast::<E_BITS, LEN_BITS>(self.s_axis_tuser.val());
        self.clen.next = self.len_e.val();
        if self.long.val() {
            self.clen.next = self.k_chunk_e.val();
        }
        if self.part_q.q.val() {
            self.clen.next = self.len_e.val() - self.k_chunk_e.val();
        }
        // (narrowing casts of a local, not of an expression: Verilog then gets a slice)
        self.bus0.next = self.s_axis_tdata.val() >> self.k_c0_shift.val();
        self.bus1.next = self.s_axis_tdata.val() << self.k_c1_shift.val();
        self.chunk0.next = bit_cast::<ROT_BITS, RECORD_BUS_BITS>(self.bus0.val()) & self.k_c0_mask.val();
        self.chunk1.next = bit_cast::<ROT_BITS, RECORD_BUS_BITS>(self.bus1.val());
        // the chunk register: a chunk is rotated the cycle after it is loaded, into the rotated
        // chunk register, and merged from there (a multiplexer in front of the rotator instead of
        // a register made Yosys build the rotator for both chunks; the rotated register keeps
        // the rotator and the word merge in separate LUT levels: in one, abc merged rotator
        // stages into 7- and 8-input LUTs, 3,195 instead of 2,985 LUTs at W = 256)
        self.stage[0].next = self.c_q.q.val();

        // ---- rotate right by the chunk's offset: four radix-4 stages (an AND-OR of the four
        // rotated copies) into the rotated register, then, at the merge, a 2:1 stage by the
        // code's bit 0 (zero at W = 256) ----
        self.code.next = bit_cast::<ROT_CODE, LW>(self.coff_q.q.val()) << self.k_code_shift.val();
        for k in 0..4 {
            self.rot1[k].next =
                (self.stage[k].val() >> self.k_d1[k].val()) | (self.stage[k].val() << self.k_d1n[k].val());
            self.rot2[k].next =
                (self.stage[k].val() >> self.k_d2[k].val()) | (self.stage[k].val() << self.k_d2n[k].val());
            self.rot3[k].next =
                (self.stage[k].val() >> self.k_d3[k].val()) | (self.stage[k].val() << self.k_d3n[k].val());
            self.pick0[k].next = self.k_rot_zero.val();
            self.pick1[k].next = self.k_rot_zero.val();
            self.pick2[k].next = self.k_rot_zero.val();
            self.pick3[k].next = self.k_rot_zero.val();
            match self.code.val().get_bits::<2>(7 - 2 * k).index() {
                1 => self.pick1[k].next = self.k_rot_ones.val(),
                2 => self.pick2[k].next = self.k_rot_ones.val(),
                3 => self.pick3[k].next = self.k_rot_ones.val(),
                _ => self.pick0[k].next = self.k_rot_ones.val(),
            }
            self.stage[k + 1].next = (self.stage[k].val() & self.pick0[k].val())
                | (self.rot1[k].val() & self.pick1[k].val())
                | (self.rot2[k].val() & self.pick2[k].val())
                | (self.rot3[k].val() & self.pick3[k].val());
        }
        // (the merge's offset `off_q` equals the offset the chunk was rotated by: `coff_q` follows
        // the same sums one register earlier)
        self.code_r.next = bit_cast::<ROT_CODE, LW>(self.off_q.q.val()) << self.k_code_shift.val();
        self.rot_last.next = (self.r_q.q.val() >> self.k_one.val()) | (self.r_q.q.val() << self.k_one_n.val());
        self.stage[5].next = self.r_q.q.val();
        if self.code_r.val().get_bit(0) {
            self.stage[5].next = self.rot_last.val();
        }
        // the rotated chunk's first word (head and tail) and, at W = 256, its second
        self.rot_top.next = self.stage[5].val() >> self.k_r0_shift.val();
        self.r0.next = bit_cast::<W, ROT_BITS>(self.rot_top.val());
        self.r1.next = bit_cast::<W, ROT_BITS>(self.stage[5].val());
        // head: from the offset's 32-bit group on (the chunk's bits there start at the offset);
        // tail: before it (the bits that wrapped around)
        self.off_grp.next = self.off_q.q.val() & self.k_grp_mask.val();
        self.mask.next = self.k_ones_w.val() >> self.off_grp.val();
        self.head.next = self.acc_q.q.val() | (self.r0.val() & self.mask.val());
        self.tail.next = self.r0.val() & !self.mask.val();
        // the word for the output register: the head, or while a flush waits the partial word
        // alone (written apart from `head`: abc then maps each of the two registers' inputs in
        // one LUT per bit, with the last rotator stage folded in, instead of sharing a LUT for
        // the head and spending a second on each register)
        self.mask_w.next = self.mask.val();
        if self.flush_q.q.val() {
            self.mask_w.next = self.k_zero_w.val();
        }
        self.word.next = self.acc_q.q.val() | (self.r0.val() & self.mask_w.val());

        // ---- fill: words the chunk completes (ge1: one; ge2: two, W = 256 only), the new offset ----
        self.off_e.next = bit_cast::<E_BITS, LW>(self.off_q.q.val());
        self.fill.next = self.off_e.val() + self.rlen_q.q.val();
        self.ge1.next = self.fill.val() >= self.k_w_e.val();
        self.ge2.next = (self.fill.val() >= self.k_w2_e.val()) & self.k_two.val();
        self.off_new.next = bit_cast::<LW, E_BITS>(self.fill.val());
        self.exact.next = !self.off_new.val().any();
        self.last_rec.next = self.rlast_q.q.val();

        // ---- handshake: the output words leave one per cycle; a chunk that completes words is
        // taken when none is left after this cycle, the block's partial last word likewise ----
        // (W = 512: no second word, the constant removes its register and multiplexers)
        self.out2_valid.next = self.out2_valid_q.q.val() & self.k_two.val();
        self.leave.next = self.out_valid_q.q.val() & self.m_axis_tready.val();
        self.empty_after.next = !self.out2_valid.val() & (!self.out_valid_q.q.val() | self.m_axis_tready.val());
        self.room.next = !self.flush_q.q.val() & (!self.ge1.val() | self.empty_after.val()) & self.aresetn.val();
        self.take.next = self.rv_q.q.val() & self.room.val();
        // the rotated register loads (`step`) when it is empty or its chunk is merged this cycle,
        // the chunk register when it is empty or its chunk steps on; the record is taken with its
        // last chunk
        self.r_free.next = (!self.rv_q.q.val() | self.take.val()) & self.aresetn.val();
        self.step.next = self.cv_q.q.val() & self.r_free.val();
        self.c_free.next = (!self.cv_q.q.val() | self.step.val()) & self.aresetn.val();
        self.s_axis_tready.next = self.c_free.val() & self.fin.val();
        self.load.next = self.c_free.val() & self.s_axis_tvalid.val();
        self.flush_take.next = self.flush_q.q.val() & self.empty_after.val();
        self.m_axis_tvalid.next = self.out_valid_q.q.val() & self.aresetn.val();
        self.m_axis_tdata.next = self.out_q.q.val();
        self.m_axis_tkeep.next = self.out_keep_q.q.val();
        self.m_axis_tlast.next = self.out_last_q.q.val();
        // the flush word's valid bytes: the top ceil(o / 8) lanes
        self.off7.next = self.off_e.val() + self.k_seven.val();
        self.nbytes.next = self.off7.val() >> self.k_three.val();
        self.keep2.next = self.k_keep_tab.val() >> self.nbytes.val();

        // ---- output words ----
        self.out_q.d.next = self.out_q.q.val();
        self.out_keep_q.d.next = self.out_keep_q.q.val();
        self.out_last_q.d.next = self.out_last_q.q.val();
        self.out_valid_q.d.next = self.out_valid_q.q.val();
        self.out2_q.d.next = self.out2_q.q.val();
        self.out2_last_q.d.next = self.out2_last_q.q.val();
        self.out2_valid_q.d.next = self.out2_valid_q.q.val();
        if self.leave.val() {
            // the second word moves up (or the register empties); its data below
            self.out_valid_q.d.next = false;
            if self.out2_valid.val() {
                self.out_keep_q.d.next = self.k_keep_all.val();
                self.out_last_q.d.next = self.out2_last_q.q.val();
                self.out_valid_q.d.next = true;
                self.out2_valid_q.d.next = false;
            }
        }
        if self.take.val() & self.ge1.val() {
            // the word the head completes; at W = 256 maybe the next one whole
            self.out_keep_q.d.next = self.k_keep_all.val();
            self.out_last_q.d.next = self.last_rec.val() & self.exact.val() & !self.ge2.val();
            self.out_valid_q.d.next = true;
            if self.ge2.val() {
                self.out2_q.d.next = self.r1.val();
                self.out2_last_q.d.next = self.last_rec.val() & self.exact.val();
                self.out2_valid_q.d.next = true;
            }
        }
        if self.flush_take.val() {
            // the block's partial last word (zeros after its bits)
            self.out_keep_q.d.next = bit_cast::<KEEP, KEEP2>(self.keep2.val());
            self.out_last_q.d.next = true;
            self.out_valid_q.d.next = true;
        }
        // the output word's data: the word above, or the second word moving up. The three cases
        // exclude each other (a word is completed or flushed only when no second word waits),
        // and a second word implies a first (`out2_valid` alone selects it: one select input
        // and the word's four leave one LUT per bit)
        if (self.take.val() & self.ge1.val()) | self.flush_take.val() {
            self.out_q.d.next = self.word.val();
        }
        if self.out2_valid.val() & self.m_axis_tready.val() {
            self.out_q.d.next = self.out2_q.q.val();
        }

        // ---- the chunk register ----
        self.c_q.d.next = self.c_q.q.val();
        self.clen_q.d.next = self.clen_q.q.val();
        self.clast_q.d.next = self.clast_q.q.val();
        self.cv_q.d.next = self.cv_q.q.val() & !self.step.val();
        self.part_q.d.next = self.part_q.q.val();
        if self.load.val() {
            self.c_q.d.next = self.chunk0.val();
            self.clen_q.d.next = self.clen.val();
            self.clast_q.d.next = self.fin.val() & self.s_axis_tlast.val();
            self.cv_q.d.next = true;
            self.part_q.d.next = !self.fin.val();
        }
        // (after the load above, not inside it: chunk 1 is zero below its 72 bits, and as an
        // override Yosys makes those bits' zero a synchronous reset of the flip-flop instead of
        // one LUT per bit, 408 at W = 512)
        if self.load.val() & self.part_q.q.val() {
            self.c_q.d.next = self.chunk1.val();
        }

        // ---- the rotated chunk register and the offset of the chunk in the chunk register (the
        // offset after the chunk that stepped on; 0 after a block's last) ----
        self.coff_e.next = bit_cast::<E_BITS, LW>(self.coff_q.q.val());
        self.cfill.next = self.coff_e.val() + self.clen_q.q.val();
        self.r_q.d.next = self.r_q.q.val();
        self.rlen_q.d.next = self.rlen_q.q.val();
        self.rlast_q.d.next = self.rlast_q.q.val();
        self.rv_q.d.next = self.rv_q.q.val() & !self.take.val();
        self.coff_q.d.next = self.coff_q.q.val();
        if self.step.val() {
            self.r_q.d.next = self.stage[4].val();
            self.rlen_q.d.next = self.clen_q.q.val();
            self.rlast_q.d.next = self.clast_q.q.val();
            self.rv_q.d.next = true;
            self.coff_q.d.next = bit_cast::<LW, E_BITS>(self.cfill.val());
            if self.clast_q.q.val() {
                self.coff_q.d.next = self.k_zero_off.val();
            }
        }

        // ---- the partial word ----
        self.acc_q.d.next = self.acc_q.q.val();
        self.off_q.d.next = self.off_q.q.val();
        self.flush_q.d.next = self.flush_q.q.val();
        if self.take.val() {
            self.acc_q.d.next = self.head.val();
            if self.ge1.val() {
                // W = 512: the tail starts the next word; W = 256: the second word is the next
                // one, or (two words completed) the tail starts the one after
                self.acc_q.d.next = self.tail.val();
                if self.k_two.val() & !self.ge2.val() {
                    self.acc_q.d.next = self.r1.val();
                }
            }
            self.off_q.d.next = self.off_new.val();
            self.flush_q.d.next = self.last_rec.val() & !self.exact.val();
        }
        if self.flush_take.val() {
            self.acc_q.d.next = self.k_zero_w.val();
            self.off_q.d.next = self.k_zero_off.val();
            self.flush_q.d.next = false;
        }
        if !self.aresetn.val() {
            // the partial word is cleared too: the head is ORed into it
            self.acc_q.d.next = self.k_zero_w.val();
            self.off_q.d.next = self.k_zero_off.val();
            self.cv_q.d.next = false;
            self.rv_q.d.next = false;
            self.coff_q.d.next = self.k_zero_off.val();
            self.part_q.d.next = false;
            self.flush_q.d.next = false;
            self.out_valid_q.d.next = false;
            self.out_last_q.d.next = false;
            self.out2_valid_q.d.next = false;
            self.out2_last_q.d.next = false;
        }
    }
}

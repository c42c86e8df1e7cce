//! `xnc_compressor`: one 32-value FP16 chunk in per beat, one XNC record out per beat.
//!
//! Exactly SPEC section 3 / FORMAT.md section 2 for full chunks of 32 values (a tensor's short tail
//! chunk, n < 32, is left to software).
//!
//! Ports (AXI4-Stream, port order clock, reset, input stream, output stream):
//!
//! | port | width | meaning |
//! |---|---|---|
//! | `aclk`, `aresetn` | 1 | clock; synchronous active-low reset (empties the pipeline) |
//! | `s_axis_tdata` | 512 | word i (FP16) in bits `16i+15..16i` |
//! | `s_axis_tvalid/tready/tlast` | 1 | tlast marks the last chunk of a block |
//! | `m_axis_tdata` | 552 | the record, MSB-aligned (docs/INTEGRATION.md section 2): bit 551 = F, bits 550..519 = S0..S31, then the codes, first code at the top; every bit below the record's end is zero |
//! | `m_axis_tuser` | 10 | record length in bits, `33 + sum(widths)` (97..545) |
//! | `m_axis_tvalid/tready/tlast` | 1 | tlast copied from the input beat |
//!
//! The 545-bit record field is kept internally; the port is the 552-bit (69-byte) record bus with
//! seven zero bits at the bottom, so that `tdata` is a whole number of bytes (AXI4-Stream).
//!
//! Pipeline (4 register stages, latency 4 cycles, 1 chunk per cycle; stage k loads when it is
//! empty or stage k+1 advances, so a stall propagates backwards without loss or duplication):
//!
//! 1. `s1_`: XOR with the previous word, conditional NOT; per-word `ok` and "upper 5 bits equal";
//! 2. `s2_`: flag F, selectors, widths; pairs (32-bit segments): each of the four width combinations
//!    F allows is a constant placement of the two codes, chosen by the pair's selectors;
//! 3. `s3_`: merge to 4 segments of up to 128 bits;
//! 4. `s4_`: merge to the 512-bit code field, prepend `{F, S0..S31}`, add the length.
//!
//! Merging two left-aligned segments `a` (length `la`) and `b` is `a | (b >> la)`, a log-depth tree
//! of barrel shifters whose widths double at each level. A segment of 2^m codes is 9 * 2^m to
//! 16 * 2^m bits long, so each merge is written `(b >> 9 * 2^m) >> (la - 9 * 2^m)`: a static shift,
//! then a barrel shifter as deep as the excess needs (3..7 stages, not 5..9 over the whole vector).

use rust_hdl::prelude::*;

/// Values per chunk.
pub const CHUNK: usize = 32;
/// Width of an input beat (32 FP16 words).
pub const CHUNK_BITS: usize = 512;
/// Width of the record field on the output: 1 flag + 32 selectors + 32 x 16-bit codes.
pub const RECORD_BITS: usize = 545;
/// Width of the record bus (`tdata` of every port that carries records): the record field padded
/// at the bottom to a whole number of bytes (69).
pub const RECORD_BUS_BITS: usize = 552;
/// Zero bits below the record field on the record bus.
pub const RECORD_PAD_BITS: usize = RECORD_BUS_BITS - RECORD_BITS;
/// Width of the record-length field (`m_axis_tuser`).
pub const LEN_BITS: usize = 10;
/// Pipeline latency in cycles, from an input transfer to the output valid.
pub const LATENCY: u64 = 4;
/// The shortest code (9 bits): a segment of 2^m codes is at least `MIN_CODE_BITS << m` bits and
/// at most `16 << m` bits long, so each merge shifts by that minimum statically and by the excess
/// (0..7 * 2^m) through a barrel shifter only `log2(7 * 2^m + 1)` stages deep.
pub const MIN_CODE_BITS: usize = 9;

/// The XNC compressor (see the module documentation for ports and pipeline).
#[derive(LogicBlock)]
pub struct XncCompressor {
    /// Clock.
    pub aclk: Signal<In, Clock>,
    /// Synchronous active-low reset.
    pub aresetn: Signal<In, Bit>,
    /// Input chunk: word i in bits 16i+15..16i.
    pub s_axis_tdata: Signal<In, Bits<CHUNK_BITS>>,
    /// Input valid.
    pub s_axis_tvalid: Signal<In, Bit>,
    /// Input ready.
    pub s_axis_tready: Signal<Out, Bit>,
    /// Last chunk of a block.
    pub s_axis_tlast: Signal<In, Bit>,
    /// Output record, MSB-aligned (bit 551 = F).
    pub m_axis_tdata: Signal<Out, Bits<RECORD_BUS_BITS>>,
    /// Output record length in bits.
    pub m_axis_tuser: Signal<Out, Bits<LEN_BITS>>,
    /// Output valid.
    pub m_axis_tvalid: Signal<Out, Bit>,
    /// Output ready.
    pub m_axis_tready: Signal<In, Bit>,
    /// Last record of a block.
    pub m_axis_tlast: Signal<Out, Bit>,

    // Handshake: stage k loads when en_k.
    en1: Signal<Local, Bit>,
    en2: Signal<Local, Bit>,
    en3: Signal<Local, Bit>,
    en4: Signal<Local, Bit>,
    s1_valid: DFF<Bit>,
    s2_valid: DFF<Bit>,
    s3_valid: DFF<Bit>,
    s4_valid: DFF<Bit>,
    s1_last: DFF<Bit>,
    s2_last: DFF<Bit>,
    s3_last: DFF<Bit>,
    s4_last: DFF<Bit>,

    // Stage 1: transform. Per-word signals are 32 bits wide with the word in the low half, so
    // that stage 2 can left-align codes in 32 bits without a cast (see the note in `update`).
    s0_h2: [Signal<Local, Bits<256>>; 2],
    s0_h4: [Signal<Local, Bits<128>>; 4],
    s0_h8: [Signal<Local, Bits<64>>; 8],
    s0_h16: [Signal<Local, Bits<32>>; 16],
    s0_x: [Signal<Local, Bits<32>>; CHUNK],
    s0_t: [Signal<Local, Bits<32>>; CHUNK],
    s0_d: [Signal<Local, Bits<32>>; CHUNK],
    s0_okb: [Signal<Local, Bit>; CHUNK],
    s0_eq5b: [Signal<Local, Bit>; CHUNK],
    s0_ok: Signal<Local, Bits<32>>,
    s0_ok_byte: [Signal<Local, Bits<8>>; 4],
    s0_eq5: Signal<Local, Bits<32>>,
    s0_eq5_byte: [Signal<Local, Bits<8>>; 4],
    s1_d: [DFF<Bits<32>>; CHUNK],
    s1_ok: DFF<Bits<32>>,
    s1_eq5: DFF<Bits<32>>,

    // Stage 2: flag, selectors (bit 31-i = S_i), widths, codes left-aligned in 32 bits, pairs.
    s1_flag: Signal<Local, Bit>,
    s1_selb: [Signal<Local, Bit>; CHUNK],
    s1_sel: Signal<Local, Bits<32>>,
    s1_sel_byte: [Signal<Local, Bits<8>>; 4],
    s1_c9: [Signal<Local, Bits<32>>; CHUNK],
    s1_c12: [Signal<Local, Bits<32>>; CHUNK],
    s1_c16: [Signal<Local, Bits<32>>; CHUNK],
    s1_w: [Signal<Local, Bits<LEN_BITS>>; CHUNK],
    s2_flag: DFF<Bit>,
    s2_sel: DFF<Bits<32>>,
    s2_p: [DFF<Bits<32>>; 16],
    s2_pl: [DFF<Bits<LEN_BITS>>; 16],

    // Stage 3: pairs -> quads (64) -> octets (128).
    s2_qa: [Signal<Local, Bits<64>>; 8],
    s2_qb: [Signal<Local, Bits<64>>; 8],
    s2_q: [Signal<Local, Bits<64>>; 8],
    s2_ql: [Signal<Local, Bits<LEN_BITS>>; 8],
    s2_qe: [Signal<Local, Bits<LEN_BITS>>; 8],
    s2_oe: [Signal<Local, Bits<LEN_BITS>>; 4],
    s2_oa: [Signal<Local, Bits<128>>; 4],
    s2_ob: [Signal<Local, Bits<128>>; 4],
    s3_flag: DFF<Bit>,
    s3_sel: DFF<Bits<32>>,
    s3_o: [DFF<Bits<128>>; 4],
    s3_ol: [DFF<Bits<LEN_BITS>>; 4],

    // Stage 4: octets -> halves (256) -> codes (512) -> record (545).
    s3_ha: [Signal<Local, Bits<256>>; 2],
    s3_hb: [Signal<Local, Bits<256>>; 2],
    s3_h: [Signal<Local, Bits<256>>; 2],
    s3_hl: [Signal<Local, Bits<LEN_BITS>>; 2],
    s3_he: [Signal<Local, Bits<LEN_BITS>>; 2],
    s3_ce: Signal<Local, Bits<LEN_BITS>>,
    s3_ca: Signal<Local, Bits<512>>,
    s3_cb: Signal<Local, Bits<512>>,
    s3_c: Signal<Local, Bits<512>>,
    s3_cl: Signal<Local, Bits<LEN_BITS>>,
    s3_rs: Signal<Local, Bits<RECORD_BITS>>,
    s3_rc: Signal<Local, Bits<RECORD_BITS>>,
    s4_rec: DFF<Bits<RECORD_BITS>>,
    s4_len: DFF<Bits<LEN_BITS>>,

    // Constants (Verilog localparams of the right width: literals would be 32 bits wide).
    k_zero8: Constant<Bits<8>>,
    k_lo16: Constant<Bits<32>>,
    k_not: Constant<Bits<32>>,
    k_sign: Constant<Bits<32>>,
    k_m9: Constant<Bits<32>>,
    k_m12: Constant<Bits<32>>,
    k_w9: Constant<Bits<LEN_BITS>>,
    k_w12: Constant<Bits<LEN_BITS>>,
    k_w16: Constant<Bits<LEN_BITS>>,
    k_meta: Constant<Bits<LEN_BITS>>,
    k_flag: Constant<Bits<RECORD_BITS>>,
    // Shortest segment of 2^m codes (9 * 2^m bits): the static part of each merge shift.
    k_min: [Constant<Bits<LEN_BITS>>; 5],
}

impl Default for XncCompressor {
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
            en1: Default::default(),
            en2: Default::default(),
            en3: Default::default(),
            en4: Default::default(),
            s1_valid: Default::default(),
            s2_valid: Default::default(),
            s3_valid: Default::default(),
            s4_valid: Default::default(),
            s1_last: Default::default(),
            s2_last: Default::default(),
            s3_last: Default::default(),
            s4_last: Default::default(),
            s0_h2: array_init(),
            s0_h4: array_init(),
            s0_h8: array_init(),
            s0_h16: array_init(),
            s0_x: array_init(),
            s0_t: array_init(),
            s0_d: array_init(),
            s0_okb: array_init(),
            s0_eq5b: array_init(),
            s0_ok: Default::default(),
            s0_ok_byte: array_init(),
            s0_eq5: Default::default(),
            s0_eq5_byte: array_init(),
            s1_d: array_init(),
            s1_ok: Default::default(),
            s1_eq5: Default::default(),
            s1_flag: Default::default(),
            s1_selb: array_init(),
            s1_sel: Default::default(),
            s1_sel_byte: array_init(),
            s1_c9: array_init(),
            s1_c12: array_init(),
            s1_c16: array_init(),
            s1_w: array_init(),
            s2_flag: Default::default(),
            s2_sel: Default::default(),
            s2_p: array_init(),
            s2_pl: array_init(),
            s2_qa: array_init(),
            s2_qb: array_init(),
            s2_q: array_init(),
            s2_ql: array_init(),
            s2_qe: array_init(),
            s2_oe: array_init(),
            s2_oa: array_init(),
            s2_ob: array_init(),
            s3_flag: Default::default(),
            s3_sel: Default::default(),
            s3_o: array_init(),
            s3_ol: array_init(),
            s3_ha: array_init(),
            s3_hb: array_init(),
            s3_h: array_init(),
            s3_hl: array_init(),
            s3_he: array_init(),
            s3_ce: Default::default(),
            s3_ca: Default::default(),
            s3_cb: Default::default(),
            s3_c: Default::default(),
            s3_cl: Default::default(),
            s3_rs: Default::default(),
            s3_rc: Default::default(),
            s4_rec: Default::default(),
            s4_len: Default::default(),
            k_zero8: Constant::new(0.into()),
            k_lo16: Constant::new(0xFFFF.into()),
            k_not: Constant::new(0x7800.into()),
            k_sign: Constant::new(0x8000.into()),
            k_m9: Constant::new(0x07F8.into()),
            k_m12: Constant::new(0x3FF8.into()),
            k_w9: Constant::new(9.into()),
            k_w12: Constant::new(12.into()),
            k_w16: Constant::new(16.into()),
            k_meta: Constant::new(33.into()),
            k_flag: Constant::new(bits::<RECORD_BITS>(1) << (RECORD_BITS as u64 - 1)),
            k_min: std::array::from_fn(|m| Constant::new(((MIN_CODE_BITS << m) as u64).to_bits())),
        }
    }
}

/// An array of default blocks (`Default` for arrays of non-`Copy` types stops at 32 elements).
pub(crate) fn array_init<T: Default, const N: usize>() -> [T; N] {
    std::array::from_fn(|_| T::default())
}

// rust-hdl notes for this kernel (0.46):
// * `bit_cast` inside a `for` loop cannot name the loop variable (the Verilog generator evaluates
//   the cast's argument outside the loop to learn its width), so widening casts are unrolled.
// * chains of locals are avoided: the simulator settles one local of a chain per iteration;
// * every boolean goes through a 1-bit local before it is shifted into a wider vector: in Verilog
//   `~(|x)` inside a 32-bit expression inverts all 32 bits.
// * shift amounts are sliced (`get_bits::<K>(0)`) to the bits the range needs, lengths are all
//   `LEN_BITS` wide so that the additions need no cast.
impl Logic for XncCompressor {
    #[hdl_gen]
    fn update(&mut self) {
        // ---- registers hold by default; handshake: a stage loads when the next is empty or advancing ----
        dff_setup!(self, aclk, s1_valid, s2_valid, s3_valid, s4_valid);
        dff_setup!(self, aclk, s1_last, s2_last, s3_last, s4_last);
        dff_setup!(self, aclk, s1_ok, s1_eq5, s2_flag, s2_sel, s3_flag, s3_sel, s4_rec, s4_len);
        for i in 0..32 {
            self.s1_d[i].clock.next = self.aclk.val();
            self.s1_d[i].d.next = self.s1_d[i].q.val();
        }
        for j in 0..16 {
            self.s2_p[j].clock.next = self.aclk.val();
            self.s2_p[j].d.next = self.s2_p[j].q.val();
            self.s2_pl[j].clock.next = self.aclk.val();
            self.s2_pl[j].d.next = self.s2_pl[j].q.val();
        }
        for j in 0..4 {
            self.s3_o[j].clock.next = self.aclk.val();
            self.s3_o[j].d.next = self.s3_o[j].q.val();
            self.s3_ol[j].clock.next = self.aclk.val();
            self.s3_ol[j].d.next = self.s3_ol[j].q.val();
        }
        self.en4.next = !self.s4_valid.q.val() | self.m_axis_tready.val();
        self.en3.next = !self.s3_valid.q.val() | self.en4.val();
        self.en2.next = !self.s2_valid.q.val() | self.en3.val();
        self.en1.next = !self.s1_valid.q.val() | self.en2.val();
        self.s_axis_tready.next = self.en1.val() & self.aresetn.val();
        self.m_axis_tvalid.next = self.s4_valid.q.val() & self.aresetn.val();
        self.m_axis_tlast.next = self.s4_last.q.val();
        self.m_axis_tdata.next = bit_cast::<RECORD_BUS_BITS, RECORD_BITS>(self.s4_rec.q.val()) << 7;
        self.m_axis_tuser.next = self.s4_len.q.val();

        // ---- stage 1: d0 = x0, di = x(i-1) ^ xi, then NOT bits 14..11 when bit 15 is set ----
        // split the beat into words by halving (cheaper to simulate than 32 wide slices)
        for k in 0..2 {
            self.s0_h2[k].next = self.s_axis_tdata.val().get_bits::<256>(256 * k);
        }
        for k in 0..2 {
            self.s0_h4[2 * k].next = self.s0_h2[k].val().get_bits::<128>(0);
            self.s0_h4[2 * k + 1].next = self.s0_h2[k].val().get_bits::<128>(128);
        }
        for k in 0..4 {
            self.s0_h8[2 * k].next = self.s0_h4[k].val().get_bits::<64>(0);
            self.s0_h8[2 * k + 1].next = self.s0_h4[k].val().get_bits::<64>(64);
        }
        for k in 0..8 {
            self.s0_h16[2 * k].next = self.s0_h8[k].val().get_bits::<32>(0);
            self.s0_h16[2 * k + 1].next = self.s0_h8[k].val().get_bits::<32>(32);
        }
        for j in 0..16 {
            self.s0_x[2 * j].next = self.s0_h16[j].val() & self.k_lo16.val();
            self.s0_x[2 * j + 1].next = self.s0_h16[j].val() >> 16;
        }
        self.s0_t[0].next = self.s0_x[0].val();
        for i in 1..32 {
            self.s0_t[i].next = self.s0_x[i - 1].val() ^ self.s0_x[i].val();
        }
        for i in 0..32 {
            if self.s0_t[i].val().get_bit(15) {
                self.s0_d[i].next = self.s0_t[i].val() ^ self.k_not.val();
            } else {
                self.s0_d[i].next = self.s0_t[i].val();
            }
            // ok: bit 14 == bit 15 and bits 2..0 zero; eq5: bits 15..11 all equal
            self.s0_okb[i].next = (self.s0_d[i].val().get_bit(14) == self.s0_d[i].val().get_bit(15))
                & !self.s0_d[i].val().get_bits::<3>(0).any();
            self.s0_eq5b[i].next =
                self.s0_d[i].val().get_bits::<5>(11).all() | !self.s0_d[i].val().get_bits::<5>(11).any();
        }
        // gather the per-word bits into vectors, a byte at a time (named bytes keep every Verilog
        // line short; a longer chain of locals would cost the simulator settling iterations)
        for j in 0..4 {
            self.s0_ok_byte[j].next = self
                .k_zero8
                .val()
                .replace_bit(0, self.s0_okb[8 * j].val())
                .replace_bit(1, self.s0_okb[8 * j + 1].val())
                .replace_bit(2, self.s0_okb[8 * j + 2].val())
                .replace_bit(3, self.s0_okb[8 * j + 3].val())
                .replace_bit(4, self.s0_okb[8 * j + 4].val())
                .replace_bit(5, self.s0_okb[8 * j + 5].val())
                .replace_bit(6, self.s0_okb[8 * j + 6].val())
                .replace_bit(7, self.s0_okb[8 * j + 7].val());
        }
        self.s0_ok.next = (bit_cast::<32, 8>(self.s0_ok_byte[3].val()) << 24)
            | (bit_cast::<32, 8>(self.s0_ok_byte[2].val()) << 16)
            | (bit_cast::<32, 8>(self.s0_ok_byte[1].val()) << 8)
            | bit_cast::<32, 8>(self.s0_ok_byte[0].val());
        for j in 0..4 {
            self.s0_eq5_byte[j].next = self
                .k_zero8
                .val()
                .replace_bit(0, self.s0_eq5b[8 * j].val())
                .replace_bit(1, self.s0_eq5b[8 * j + 1].val())
                .replace_bit(2, self.s0_eq5b[8 * j + 2].val())
                .replace_bit(3, self.s0_eq5b[8 * j + 3].val())
                .replace_bit(4, self.s0_eq5b[8 * j + 4].val())
                .replace_bit(5, self.s0_eq5b[8 * j + 5].val())
                .replace_bit(6, self.s0_eq5b[8 * j + 6].val())
                .replace_bit(7, self.s0_eq5b[8 * j + 7].val());
        }
        self.s0_eq5.next = (bit_cast::<32, 8>(self.s0_eq5_byte[3].val()) << 24)
            | (bit_cast::<32, 8>(self.s0_eq5_byte[2].val()) << 16)
            | (bit_cast::<32, 8>(self.s0_eq5_byte[1].val()) << 8)
            | bit_cast::<32, 8>(self.s0_eq5_byte[0].val());
        if self.en1.val() {
            self.s1_valid.d.next = self.s_axis_tvalid.val() & self.aresetn.val();
            self.s1_last.d.next = self.s_axis_tlast.val();
            self.s1_ok.d.next = self.s0_ok.val();
            self.s1_eq5.d.next = self.s0_eq5.val();
            for i in 0..32 {
                self.s1_d[i].d.next = self.s0_d[i].val();
            }
        }

        // ---- stage 2: flag, selectors, widths, codes left-aligned in 32 bits, pairs ----
        self.s1_flag.next = self.s1_ok.q.val().all();
        for i in 0..32 {
            // the three code forms of each word, left-aligned in 32 bits: 9-bit {b15, b10..b3},
            // 12-bit {b15, b13..b3}, 16-bit d (constant shifts: wiring only)
            self.s1_c9[i].next =
                ((self.s1_d[i].q.val() & self.k_sign.val()) << 16) | ((self.s1_d[i].q.val() & self.k_m9.val()) << 20);
            self.s1_c12[i].next =
                ((self.s1_d[i].q.val() & self.k_sign.val()) << 16) | ((self.s1_d[i].q.val() & self.k_m12.val()) << 17);
            self.s1_c16[i].next = self.s1_d[i].q.val() << 16;
            // S_i: F = 1: 1 = 9-bit, 0 = 12-bit; F = 0: 1 = 12-bit, 0 = 16-bit
            if self.s1_flag.val() {
                self.s1_selb[i].next = self.s1_eq5.q.val().get_bit(i);
                if self.s1_eq5.q.val().get_bit(i) {
                    self.s1_w[i].next = self.k_w9.val();
                } else {
                    self.s1_w[i].next = self.k_w12.val();
                }
            } else {
                self.s1_selb[i].next = self.s1_ok.q.val().get_bit(i);
                if self.s1_ok.q.val().get_bit(i) {
                    self.s1_w[i].next = self.k_w12.val();
                } else {
                    self.s1_w[i].next = self.k_w16.val();
                }
            }
        }
        // S_i at bit 31-i, so that S0 comes first in the record
        for j in 0..4 {
            self.s1_sel_byte[j].next = self
                .k_zero8
                .val()
                .replace_bit(0, self.s1_selb[31 - 8 * j].val())
                .replace_bit(1, self.s1_selb[31 - 8 * j - 1].val())
                .replace_bit(2, self.s1_selb[31 - 8 * j - 2].val())
                .replace_bit(3, self.s1_selb[31 - 8 * j - 3].val())
                .replace_bit(4, self.s1_selb[31 - 8 * j - 4].val())
                .replace_bit(5, self.s1_selb[31 - 8 * j - 5].val())
                .replace_bit(6, self.s1_selb[31 - 8 * j - 6].val())
                .replace_bit(7, self.s1_selb[31 - 8 * j - 7].val());
        }
        self.s1_sel.next = (bit_cast::<32, 8>(self.s1_sel_byte[3].val()) << 24)
            | (bit_cast::<32, 8>(self.s1_sel_byte[2].val()) << 16)
            | (bit_cast::<32, 8>(self.s1_sel_byte[1].val()) << 8)
            | bit_cast::<32, 8>(self.s1_sel_byte[0].val());
        if self.en2.val() {
            self.s2_valid.d.next = self.s1_valid.q.val();
            self.s2_last.d.next = self.s1_last.q.val();
            self.s2_flag.d.next = self.s1_flag.val();
            self.s2_sel.d.next = self.s1_sel.val();
            // a pair is one of the four width combinations F allows, each a constant placement of
            // the two codes (no shifter: an 8-way choice by F, S_2j, S_2j+1 per bit)
            for j in 0..16 {
                if self.s1_flag.val() {
                    if self.s1_selb[2 * j].val() {
                        if self.s1_selb[2 * j + 1].val() {
                            self.s2_p[j].d.next =
                                self.s1_c9[2 * j].val() | (self.s1_c9[2 * j + 1].val() >> self.k_w9.val());
                        } else {
                            self.s2_p[j].d.next =
                                self.s1_c9[2 * j].val() | (self.s1_c12[2 * j + 1].val() >> self.k_w9.val());
                        }
                    } else if self.s1_selb[2 * j + 1].val() {
                        self.s2_p[j].d.next =
                            self.s1_c12[2 * j].val() | (self.s1_c9[2 * j + 1].val() >> self.k_w12.val());
                    } else {
                        self.s2_p[j].d.next =
                            self.s1_c12[2 * j].val() | (self.s1_c12[2 * j + 1].val() >> self.k_w12.val());
                    }
                } else if self.s1_selb[2 * j].val() {
                    if self.s1_selb[2 * j + 1].val() {
                        self.s2_p[j].d.next =
                            self.s1_c12[2 * j].val() | (self.s1_c12[2 * j + 1].val() >> self.k_w12.val());
                    } else {
                        self.s2_p[j].d.next =
                            self.s1_c12[2 * j].val() | (self.s1_c16[2 * j + 1].val() >> self.k_w12.val());
                    }
                } else if self.s1_selb[2 * j + 1].val() {
                    self.s2_p[j].d.next = self.s1_c16[2 * j].val() | (self.s1_c12[2 * j + 1].val() >> self.k_w16.val());
                } else {
                    self.s2_p[j].d.next = self.s1_c16[2 * j].val() | (self.s1_c16[2 * j + 1].val() >> self.k_w16.val());
                }
                self.s2_pl[j].d.next = self.s1_w[2 * j].val() + self.s1_w[2 * j + 1].val();
            }
        }

        // ---- stage 3: pairs -> quads -> octets ----
        self.s2_qa[0].next = bit_cast::<64, 32>(self.s2_p[0].q.val()) << 32;
        self.s2_qb[0].next = bit_cast::<64, 32>(self.s2_p[1].q.val()) << 32;
        self.s2_qa[1].next = bit_cast::<64, 32>(self.s2_p[2].q.val()) << 32;
        self.s2_qb[1].next = bit_cast::<64, 32>(self.s2_p[3].q.val()) << 32;
        self.s2_qa[2].next = bit_cast::<64, 32>(self.s2_p[4].q.val()) << 32;
        self.s2_qb[2].next = bit_cast::<64, 32>(self.s2_p[5].q.val()) << 32;
        self.s2_qa[3].next = bit_cast::<64, 32>(self.s2_p[6].q.val()) << 32;
        self.s2_qb[3].next = bit_cast::<64, 32>(self.s2_p[7].q.val()) << 32;
        self.s2_qa[4].next = bit_cast::<64, 32>(self.s2_p[8].q.val()) << 32;
        self.s2_qb[4].next = bit_cast::<64, 32>(self.s2_p[9].q.val()) << 32;
        self.s2_qa[5].next = bit_cast::<64, 32>(self.s2_p[10].q.val()) << 32;
        self.s2_qb[5].next = bit_cast::<64, 32>(self.s2_p[11].q.val()) << 32;
        self.s2_qa[6].next = bit_cast::<64, 32>(self.s2_p[12].q.val()) << 32;
        self.s2_qb[6].next = bit_cast::<64, 32>(self.s2_p[13].q.val()) << 32;
        self.s2_qa[7].next = bit_cast::<64, 32>(self.s2_p[14].q.val()) << 32;
        self.s2_qb[7].next = bit_cast::<64, 32>(self.s2_p[15].q.val()) << 32;
        for j in 0..8 {
            self.s2_qe[j].next = self.s2_pl[2 * j].q.val() - self.k_min[1].val();
            self.s2_q[j].next = self.s2_qa[j].val()
                | ((self.s2_qb[j].val() >> self.k_min[1].val()) >> self.s2_qe[j].val().get_bits::<4>(0));
            self.s2_ql[j].next = self.s2_pl[2 * j].q.val() + self.s2_pl[2 * j + 1].q.val();
        }
        self.s2_oa[0].next = bit_cast::<128, 64>(self.s2_q[0].val()) << 64;
        self.s2_ob[0].next = bit_cast::<128, 64>(self.s2_q[1].val()) << 64;
        self.s2_oa[1].next = bit_cast::<128, 64>(self.s2_q[2].val()) << 64;
        self.s2_ob[1].next = bit_cast::<128, 64>(self.s2_q[3].val()) << 64;
        self.s2_oa[2].next = bit_cast::<128, 64>(self.s2_q[4].val()) << 64;
        self.s2_ob[2].next = bit_cast::<128, 64>(self.s2_q[5].val()) << 64;
        self.s2_oa[3].next = bit_cast::<128, 64>(self.s2_q[6].val()) << 64;
        self.s2_ob[3].next = bit_cast::<128, 64>(self.s2_q[7].val()) << 64;
        for j in 0..4 {
            self.s2_oe[j].next = self.s2_ql[2 * j].val() - self.k_min[2].val();
        }
        if self.en3.val() {
            self.s3_valid.d.next = self.s2_valid.q.val();
            self.s3_last.d.next = self.s2_last.q.val();
            self.s3_flag.d.next = self.s2_flag.q.val();
            self.s3_sel.d.next = self.s2_sel.q.val();
            for j in 0..4 {
                self.s3_o[j].d.next = self.s2_oa[j].val()
                    | ((self.s2_ob[j].val() >> self.k_min[2].val()) >> self.s2_oe[j].val().get_bits::<5>(0));
                self.s3_ol[j].d.next = self.s2_ql[2 * j].val() + self.s2_ql[2 * j + 1].val();
            }
        }

        // ---- stage 4: octets -> halves -> codes -> record {F, S0..S31, codes} ----
        self.s3_ha[0].next = bit_cast::<256, 128>(self.s3_o[0].q.val()) << 128;
        self.s3_hb[0].next = bit_cast::<256, 128>(self.s3_o[1].q.val()) << 128;
        self.s3_ha[1].next = bit_cast::<256, 128>(self.s3_o[2].q.val()) << 128;
        self.s3_hb[1].next = bit_cast::<256, 128>(self.s3_o[3].q.val()) << 128;
        for j in 0..2 {
            self.s3_he[j].next = self.s3_ol[2 * j].q.val() - self.k_min[3].val();
            self.s3_h[j].next = self.s3_ha[j].val()
                | ((self.s3_hb[j].val() >> self.k_min[3].val()) >> self.s3_he[j].val().get_bits::<6>(0));
            self.s3_hl[j].next = self.s3_ol[2 * j].q.val() + self.s3_ol[2 * j + 1].q.val();
        }
        self.s3_ca.next = bit_cast::<512, 256>(self.s3_h[0].val()) << 256;
        self.s3_cb.next = bit_cast::<512, 256>(self.s3_h[1].val()) << 256;
        self.s3_cl.next = self.s3_hl[0].val() + self.s3_hl[1].val() + self.k_meta.val();
        if self.s3_flag.q.val() {
            self.s3_rs.next = (bit_cast::<RECORD_BITS, 32>(self.s3_sel.q.val()) << 512) | self.k_flag.val();
        } else {
            self.s3_rs.next = bit_cast::<RECORD_BITS, 32>(self.s3_sel.q.val()) << 512;
        }
        self.s3_ce.next = self.s3_hl[0].val() - self.k_min[4].val();
        self.s3_c.next =
            self.s3_ca.val() | ((self.s3_cb.val() >> self.k_min[4].val()) >> self.s3_ce.val().get_bits::<7>(0));
        self.s3_rc.next = bit_cast::<RECORD_BITS, 512>(self.s3_c.val());
        if self.en4.val() {
            self.s4_valid.d.next = self.s3_valid.q.val();
            self.s4_last.d.next = self.s3_last.q.val();
            self.s4_rec.d.next = self.s3_rs.val() | self.s3_rc.val();
            self.s4_len.d.next = self.s3_cl.val();
        }

        // ---- synchronous reset empties the pipeline ----
        if !self.aresetn.val() {
            self.s1_valid.d.next = false;
            self.s2_valid.d.next = false;
            self.s3_valid.d.next = false;
            self.s4_valid.d.next = false;
        }
    }
}

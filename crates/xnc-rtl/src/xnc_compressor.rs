//! `xnc_compressor`: one 32-value FP16 chunk in per beat, one XNC record out per beat.
//!
//! Exactly SPEC section 3's bits in the fixed-position record layout (FORMAT.md 2.2) for full chunks of 32 values (a tensor's short tail
//! chunk, n < 32, is left to software).
//!
//! Ports (AXI4-Stream, port order clock, reset, input stream, output stream):
//!
//! | port | width | meaning |
//! |---|---|---|
//! | `aclk`, `aresetn` | 1 | clock; synchronous active-low reset (empties the pipeline) |
//! | `s_axis_tdata` | 512 | word i (FP16) in bits `16i+15..16i` |
//! | `s_axis_tvalid/tready/tlast` | 1 | tlast marks the last chunk of a block |
//! | `m_axis_tdata` | 552 | the record, MSB-aligned (docs/INTEGRATION.md section 2): bit 551 = F, bits 550..519 = S0..S31, then the 32 short parts at fixed places and the long words' extension units (FORMAT.md 2.2); every bit below the record's end is zero |
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
//!    the flag F (every word `ok`), so that stage 2's prefix count starts from a register;
//! 2. `s2_`: selectors; each long word's extension unit (F=1 `{b13, b12, b11}`, F=0
//!    `{b14, b2, b1, b0}`, in a 4-bit slot; a short word's slot is zero) and its shift count `z_i`,
//!    the number of short words before it (a 5-level Sklansky prefix count of S);
//! 3. `s3_`: compaction: 5 levels, level b moves every unit down by bit b of its count (2^b slots),
//!    collision-free because the counts never decrease along the chunk; unit k of the record ends in
//!    slot k;
//! 4. `s4_`: the record `{F, S0..S31, short parts (fixed places: one 2:1 choice by F per bit),
//!    units}` and its length (F=1 `321 + 3 L`, F=0 `417 + 4 L`, L = long words).
//!
//! No barrel shifter over variable-width codes: the short parts sit at fixed places and the units
//! are of one size (reports/xnc_fixed_layout has the hand-written prototype this follows).

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
    s0_ok_pair: [Signal<Local, Bits<2>>; 16],
    s0_eq5: Signal<Local, Bits<32>>,
    s0_eq5_pair: [Signal<Local, Bits<2>>; 16],
    s0_flag: Signal<Local, Bit>,
    s1_flag: DFF<Bit>,
    s1_d: [DFF<Bits<32>>; CHUNK],
    s1_ok: DFF<Bits<32>>,
    s1_eq5: DFF<Bits<32>>,

    // Stage 2: flag, selectors (bit 31-i = S_i), extension units, shift counts (Sklansky prefix
    // count of the short words: pc_l after level l; z_i = short words before word i).
    s1_selb: [Signal<Local, Bit>; CHUNK],
    s1_sel: Signal<Local, Bits<32>>,
    s1_sel_pair: [Signal<Local, Bits<2>>; 16],
    s1_u: [Signal<Local, Bits<32>>; CHUNK],
    pc0: [Signal<Local, Bits<6>>; CHUNK],
    pc1: [Signal<Local, Bits<6>>; CHUNK],
    pc2: [Signal<Local, Bits<6>>; CHUNK],
    pc3: [Signal<Local, Bits<6>>; CHUNK],
    pc4: [Signal<Local, Bits<6>>; CHUNK],
    pc5: [Signal<Local, Bits<6>>; CHUNK],
    s2_flag: DFF<Bit>,
    s2_sel: DFF<Bits<32>>,
    s2_d: [DFF<Bits<16>>; CHUNK],
    s2_u: [DFF<Bits<4>>; CHUNK],
    s2_z: [DFF<Bits<6>>; CHUNK],
    s2_nl: DFF<Bits<6>>,

    // Stage 3: compaction: after level b, unit i has moved down by bit b..0 of its shift count.
    a1: [Signal<Local, Bits<4>>; CHUNK],
    a2: [Signal<Local, Bits<4>>; CHUNK],
    a3: [Signal<Local, Bits<4>>; CHUNK],
    a4: [Signal<Local, Bits<4>>; CHUNK],
    z1: [Signal<Local, Bits<6>>; CHUNK],
    z2: [Signal<Local, Bits<6>>; CHUNK],
    z3: [Signal<Local, Bits<6>>; CHUNK],
    z4: [Signal<Local, Bits<6>>; CHUNK],
    s3_flag: DFF<Bit>,
    s3_sel: DFF<Bits<32>>,
    s3_d: [DFF<Bits<16>>; CHUNK],
    s3_e: [DFF<Bits<4>>; CHUNK],
    s3_nl: DFF<Bits<6>>,

    // Stage 4: the record at fixed positions, the length.
    s3_p9: [Signal<Local, Bits<16>>; CHUNK],
    s3_p12: [Signal<Local, Bits<16>>; CHUNK],
    s3_c1: Signal<Local, Bits<512>>,
    s3_c0: Signal<Local, Bits<512>>,
    s3_rs: Signal<Local, Bits<RECORD_BITS>>,
    s3_nl10: Signal<Local, Bits<LEN_BITS>>,
    s4_rec: DFF<Bits<RECORD_BITS>>,
    s4_len: DFF<Bits<LEN_BITS>>,

    // Constants (Verilog localparams of the right width: literals would be 32 bits wide).
    k_zero2: Constant<Bits<2>>,
    k_lo16: Constant<Bits<32>>,
    k_not: Constant<Bits<32>>,
    k_u1: Constant<Bits<32>>,
    k_u0: Constant<Bits<32>>,
    k_one6: Constant<Bits<6>>,
    k_zero6: Constant<Bits<6>>,
    k_zero4: Constant<Bits<4>>,
    k_chunk6: Constant<Bits<6>>,
    k_m9: Constant<Bits<16>>,
    k_sign9: Constant<Bits<16>>,
    k_sign12: Constant<Bits<16>>,
    k_b3: Constant<Bits<32>>,
    k_m12: Constant<Bits<16>>,
    k_len1: Constant<Bits<LEN_BITS>>,
    k_len0: Constant<Bits<LEN_BITS>>,
    k_flag: Constant<Bits<RECORD_BITS>>,
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
            s0_ok_pair: array_init(),
            s0_eq5: Default::default(),
            s0_eq5_pair: array_init(),
            s0_flag: Default::default(),
            s1_flag: Default::default(),
            s1_d: array_init(),
            s1_ok: Default::default(),
            s1_eq5: Default::default(),
            s1_selb: array_init(),
            s1_sel: Default::default(),
            s1_sel_pair: array_init(),
            s1_u: array_init(),
            pc0: array_init(),
            pc1: array_init(),
            pc2: array_init(),
            pc3: array_init(),
            pc4: array_init(),
            pc5: array_init(),
            s2_flag: Default::default(),
            s2_sel: Default::default(),
            s2_d: array_init(),
            s2_u: array_init(),
            s2_z: array_init(),
            s2_nl: Default::default(),
            a1: array_init(),
            a2: array_init(),
            a3: array_init(),
            a4: array_init(),
            z1: array_init(),
            z2: array_init(),
            z3: array_init(),
            z4: array_init(),
            s3_flag: Default::default(),
            s3_sel: Default::default(),
            s3_d: array_init(),
            s3_e: array_init(),
            s3_nl: Default::default(),
            s3_p9: array_init(),
            s3_p12: array_init(),
            s3_c1: Default::default(),
            s3_c0: Default::default(),
            s3_rs: Default::default(),
            s3_nl10: Default::default(),
            s4_rec: Default::default(),
            s4_len: Default::default(),
            k_zero2: Constant::new(0.into()),
            k_lo16: Constant::new(0xFFFF.into()),
            k_not: Constant::new(0x7800.into()),
            k_u1: Constant::new(0x000E.into()),
            k_u0: Constant::new(0x0007.into()),
            k_one6: Constant::new(1.into()),
            k_zero6: Constant::new(0.into()),
            k_zero4: Constant::new(0.into()),
            k_chunk6: Constant::new(32.into()),
            k_m9: Constant::new(0x07F8.into()),
            k_sign9: Constant::new(0x0100.into()),
            k_sign12: Constant::new(0x0800.into()),
            k_b3: Constant::new(0x0008.into()),
            k_m12: Constant::new(0x3FF8.into()),
            k_len1: Constant::new(321.into()),
            k_len0: Constant::new(417.into()),
            k_flag: Constant::new(bits::<RECORD_BITS>(1) << (RECORD_BITS as u64 - 1)),
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
crate::prefix_count::impl_update_with_prefix_count! {
impl Logic for XncCompressor {
    #[hdl_gen]
    fn update(&mut self) {
        // ---- registers hold by default; handshake: a stage loads when the next is empty or advancing ----
        dff_setup!(self, aclk, s1_valid, s2_valid, s3_valid, s4_valid);
        dff_setup!(self, aclk, s1_last, s2_last, s3_last, s4_last);
        dff_setup!(self, aclk, s1_ok, s1_eq5, s1_flag, s2_flag, s2_sel, s2_nl, s3_flag, s3_sel, s3_nl, s4_rec, s4_len);
        for i in 0..32 {
            self.s1_d[i].clock.next = self.aclk.val();
            self.s1_d[i].d.next = self.s1_d[i].q.val();
        }
        for i in 0..32 {
            self.s2_d[i].clock.next = self.aclk.val();
            self.s2_d[i].d.next = self.s2_d[i].q.val();
            self.s2_u[i].clock.next = self.aclk.val();
            self.s2_u[i].d.next = self.s2_u[i].q.val();
            self.s2_z[i].clock.next = self.aclk.val();
            self.s2_z[i].d.next = self.s2_z[i].q.val();
            self.s3_d[i].clock.next = self.aclk.val();
            self.s3_d[i].d.next = self.s3_d[i].q.val();
            self.s3_e[i].clock.next = self.aclk.val();
            self.s3_e[i].d.next = self.s3_e[i].q.val();
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
        // gather the per-word bits into vectors, two bits at a time (named pairs keep every Verilog
        // line short and flat; a longer chain of locals would cost the simulator settling iterations)
        for k in 0..16 {
            self.s0_ok_pair[k].next = self
                .k_zero2
                .val()
                .replace_bit(0, self.s0_okb[2 * k].val())
                .replace_bit(1, self.s0_okb[2 * k + 1].val());
        }
        self.s0_ok.next = (bit_cast::<32, 2>(self.s0_ok_pair[15].val()) << 30)
            | (bit_cast::<32, 2>(self.s0_ok_pair[14].val()) << 28)
            | (bit_cast::<32, 2>(self.s0_ok_pair[13].val()) << 26)
            | (bit_cast::<32, 2>(self.s0_ok_pair[12].val()) << 24)
            | (bit_cast::<32, 2>(self.s0_ok_pair[11].val()) << 22)
            | (bit_cast::<32, 2>(self.s0_ok_pair[10].val()) << 20)
            | (bit_cast::<32, 2>(self.s0_ok_pair[9].val()) << 18)
            | (bit_cast::<32, 2>(self.s0_ok_pair[8].val()) << 16)
            | (bit_cast::<32, 2>(self.s0_ok_pair[7].val()) << 14)
            | (bit_cast::<32, 2>(self.s0_ok_pair[6].val()) << 12)
            | (bit_cast::<32, 2>(self.s0_ok_pair[5].val()) << 10)
            | (bit_cast::<32, 2>(self.s0_ok_pair[4].val()) << 8)
            | (bit_cast::<32, 2>(self.s0_ok_pair[3].val()) << 6)
            | (bit_cast::<32, 2>(self.s0_ok_pair[2].val()) << 4)
            | (bit_cast::<32, 2>(self.s0_ok_pair[1].val()) << 2)
            | bit_cast::<32, 2>(self.s0_ok_pair[0].val());
        // F (every word fits 12 bits) in stage 1, so that stage 2 starts its prefix count from a
        // register, not after a 32-input AND (two LUT levels off the critical path)
        self.s0_flag.next = self.s0_ok.val().all();
        for k in 0..16 {
            self.s0_eq5_pair[k].next = self
                .k_zero2
                .val()
                .replace_bit(0, self.s0_eq5b[2 * k].val())
                .replace_bit(1, self.s0_eq5b[2 * k + 1].val());
        }
        self.s0_eq5.next = (bit_cast::<32, 2>(self.s0_eq5_pair[15].val()) << 30)
            | (bit_cast::<32, 2>(self.s0_eq5_pair[14].val()) << 28)
            | (bit_cast::<32, 2>(self.s0_eq5_pair[13].val()) << 26)
            | (bit_cast::<32, 2>(self.s0_eq5_pair[12].val()) << 24)
            | (bit_cast::<32, 2>(self.s0_eq5_pair[11].val()) << 22)
            | (bit_cast::<32, 2>(self.s0_eq5_pair[10].val()) << 20)
            | (bit_cast::<32, 2>(self.s0_eq5_pair[9].val()) << 18)
            | (bit_cast::<32, 2>(self.s0_eq5_pair[8].val()) << 16)
            | (bit_cast::<32, 2>(self.s0_eq5_pair[7].val()) << 14)
            | (bit_cast::<32, 2>(self.s0_eq5_pair[6].val()) << 12)
            | (bit_cast::<32, 2>(self.s0_eq5_pair[5].val()) << 10)
            | (bit_cast::<32, 2>(self.s0_eq5_pair[4].val()) << 8)
            | (bit_cast::<32, 2>(self.s0_eq5_pair[3].val()) << 6)
            | (bit_cast::<32, 2>(self.s0_eq5_pair[2].val()) << 4)
            | (bit_cast::<32, 2>(self.s0_eq5_pair[1].val()) << 2)
            | bit_cast::<32, 2>(self.s0_eq5_pair[0].val());
        if self.en1.val() {
            self.s1_valid.d.next = self.s_axis_tvalid.val() & self.aresetn.val();
            self.s1_last.d.next = self.s_axis_tlast.val();
            self.s1_ok.d.next = self.s0_ok.val();
            self.s1_eq5.d.next = self.s0_eq5.val();
            self.s1_flag.d.next = self.s0_flag.val();
            for i in 0..32 {
                self.s1_d[i].d.next = self.s0_d[i].val();
            }
        }

        // ---- stage 2: flag, selectors, extension units, shift counts ----
        for i in 0..32 {
            // S_i: F = 1: 1 = 9-bit, 0 = 12-bit; F = 0: 1 = 12-bit, 0 = 16-bit (S_i = 0: long word)
            // unit of a long word, in bits 3..0: F = 1 {b13, b12, b11, 0}; F = 0 {b14, b2, b1, b0}
            if self.s1_flag.q.val() {
                self.s1_selb[i].next = self.s1_eq5.q.val().get_bit(i);
                self.s1_u[i].next = (self.s1_d[i].q.val() >> 10) & self.k_u1.val();
            } else {
                self.s1_selb[i].next = self.s1_ok.q.val().get_bit(i);
                self.s1_u[i].next =
                    ((self.s1_d[i].q.val() >> 11) & self.k_b3.val()) | (self.s1_d[i].q.val() & self.k_u0.val());
            }
            if self.s1_selb[i].val() {
                self.pc0[i].next = self.k_one6.val();
            } else {
                self.pc0[i].next = self.k_zero6.val();
            }
        }
        // (then the Sklansky prefix count pc0 -> pc5, `crate::prefix_count`)
    } then {
        // S_i at bit 31-i, so that S0 comes first in the record
        for k in 0..16 {
            self.s1_sel_pair[k].next = self
                .k_zero2
                .val()
                .replace_bit(0, self.s1_selb[31 - 2 * k].val())
                .replace_bit(1, self.s1_selb[30 - 2 * k].val());
        }
        self.s1_sel.next = (bit_cast::<32, 2>(self.s1_sel_pair[15].val()) << 30)
            | (bit_cast::<32, 2>(self.s1_sel_pair[14].val()) << 28)
            | (bit_cast::<32, 2>(self.s1_sel_pair[13].val()) << 26)
            | (bit_cast::<32, 2>(self.s1_sel_pair[12].val()) << 24)
            | (bit_cast::<32, 2>(self.s1_sel_pair[11].val()) << 22)
            | (bit_cast::<32, 2>(self.s1_sel_pair[10].val()) << 20)
            | (bit_cast::<32, 2>(self.s1_sel_pair[9].val()) << 18)
            | (bit_cast::<32, 2>(self.s1_sel_pair[8].val()) << 16)
            | (bit_cast::<32, 2>(self.s1_sel_pair[7].val()) << 14)
            | (bit_cast::<32, 2>(self.s1_sel_pair[6].val()) << 12)
            | (bit_cast::<32, 2>(self.s1_sel_pair[5].val()) << 10)
            | (bit_cast::<32, 2>(self.s1_sel_pair[4].val()) << 8)
            | (bit_cast::<32, 2>(self.s1_sel_pair[3].val()) << 6)
            | (bit_cast::<32, 2>(self.s1_sel_pair[2].val()) << 4)
            | (bit_cast::<32, 2>(self.s1_sel_pair[1].val()) << 2)
            | bit_cast::<32, 2>(self.s1_sel_pair[0].val());
        if self.en2.val() {
            self.s2_valid.d.next = self.s1_valid.q.val();
            self.s2_last.d.next = self.s1_last.q.val();
            self.s2_flag.d.next = self.s1_flag.q.val();
            self.s2_sel.d.next = self.s1_sel.val();
            self.s2_nl.d.next = self.k_chunk6.val() - self.pc5[31].val();
            for i in 0..32 {
                self.s2_d[i].d.next = self.s1_d[i].q.val().get_bits::<16>(0);
            }
            // a short word has no unit and does not move; a long word moves down by z_i
            for i in 0..32 {
                if self.s1_selb[i].val() {
                    self.s2_u[i].d.next = self.k_zero4.val();
                } else {
                    self.s2_u[i].d.next = self.s1_u[i].val().get_bits::<4>(0);
                }
            }
            self.s2_z[0].d.next = self.k_zero6.val();
            for i in 1..32 {
                if self.s1_selb[i].val() {
                    self.s2_z[i].d.next = self.k_zero6.val();
                } else {
                    self.s2_z[i].d.next = self.pc5[i - 1].val();
                }
            }
        }

        // ---- stage 3: compaction: unit i moves down by z_i, one bit of z_i per level ----
        for i in 0..31 {
            if !self.s2_z[i].q.val().get_bit(0) {
                if self.s2_z[i + 1].q.val().get_bit(0) {
                    self.a1[i].next = self.s2_u[i].q.val() | self.s2_u[i + 1].q.val();
                    self.z1[i].next = self.s2_z[i].q.val() | self.s2_z[i + 1].q.val();
                } else {
                    self.a1[i].next = self.s2_u[i].q.val();
                    self.z1[i].next = self.s2_z[i].q.val();
                }
            } else if self.s2_z[i + 1].q.val().get_bit(0) {
                self.a1[i].next = self.s2_u[i + 1].q.val();
                self.z1[i].next = self.s2_z[i + 1].q.val();
            } else {
                self.a1[i].next = self.k_zero4.val();
                self.z1[i].next = self.k_zero6.val();
            }
        }
        for i in 31..32 {
            if !self.s2_z[i].q.val().get_bit(0) {
                self.a1[i].next = self.s2_u[i].q.val();
                self.z1[i].next = self.s2_z[i].q.val();
            } else {
                self.a1[i].next = self.k_zero4.val();
                self.z1[i].next = self.k_zero6.val();
            }
        }
        for i in 0..30 {
            if !self.z1[i].val().get_bit(1) {
                if self.z1[i + 2].val().get_bit(1) {
                    self.a2[i].next = self.a1[i].val() | self.a1[i + 2].val();
                    self.z2[i].next = self.z1[i].val() | self.z1[i + 2].val();
                } else {
                    self.a2[i].next = self.a1[i].val();
                    self.z2[i].next = self.z1[i].val();
                }
            } else if self.z1[i + 2].val().get_bit(1) {
                self.a2[i].next = self.a1[i + 2].val();
                self.z2[i].next = self.z1[i + 2].val();
            } else {
                self.a2[i].next = self.k_zero4.val();
                self.z2[i].next = self.k_zero6.val();
            }
        }
        for i in 30..32 {
            if !self.z1[i].val().get_bit(1) {
                self.a2[i].next = self.a1[i].val();
                self.z2[i].next = self.z1[i].val();
            } else {
                self.a2[i].next = self.k_zero4.val();
                self.z2[i].next = self.k_zero6.val();
            }
        }
        for i in 0..28 {
            if !self.z2[i].val().get_bit(2) {
                if self.z2[i + 4].val().get_bit(2) {
                    self.a3[i].next = self.a2[i].val() | self.a2[i + 4].val();
                    self.z3[i].next = self.z2[i].val() | self.z2[i + 4].val();
                } else {
                    self.a3[i].next = self.a2[i].val();
                    self.z3[i].next = self.z2[i].val();
                }
            } else if self.z2[i + 4].val().get_bit(2) {
                self.a3[i].next = self.a2[i + 4].val();
                self.z3[i].next = self.z2[i + 4].val();
            } else {
                self.a3[i].next = self.k_zero4.val();
                self.z3[i].next = self.k_zero6.val();
            }
        }
        for i in 28..32 {
            if !self.z2[i].val().get_bit(2) {
                self.a3[i].next = self.a2[i].val();
                self.z3[i].next = self.z2[i].val();
            } else {
                self.a3[i].next = self.k_zero4.val();
                self.z3[i].next = self.k_zero6.val();
            }
        }
        for i in 0..24 {
            if !self.z3[i].val().get_bit(3) {
                if self.z3[i + 8].val().get_bit(3) {
                    self.a4[i].next = self.a3[i].val() | self.a3[i + 8].val();
                    self.z4[i].next = self.z3[i].val() | self.z3[i + 8].val();
                } else {
                    self.a4[i].next = self.a3[i].val();
                    self.z4[i].next = self.z3[i].val();
                }
            } else if self.z3[i + 8].val().get_bit(3) {
                self.a4[i].next = self.a3[i + 8].val();
                self.z4[i].next = self.z3[i + 8].val();
            } else {
                self.a4[i].next = self.k_zero4.val();
                self.z4[i].next = self.k_zero6.val();
            }
        }
        for i in 24..32 {
            if !self.z3[i].val().get_bit(3) {
                self.a4[i].next = self.a3[i].val();
                self.z4[i].next = self.z3[i].val();
            } else {
                self.a4[i].next = self.k_zero4.val();
                self.z4[i].next = self.k_zero6.val();
            }
        }
        if self.en3.val() {
            self.s3_valid.d.next = self.s2_valid.q.val();
            self.s3_last.d.next = self.s2_last.q.val();
            self.s3_flag.d.next = self.s2_flag.q.val();
            self.s3_sel.d.next = self.s2_sel.q.val();
            self.s3_nl.d.next = self.s2_nl.q.val();
            for i in 0..32 {
                self.s3_d[i].d.next = self.s2_d[i].q.val();
            }
            for i in 0..16 {
                if !self.z4[i].val().get_bit(4) {
                    if self.z4[i + 16].val().get_bit(4) {
                        self.s3_e[i].d.next = self.a4[i].val() | self.a4[i + 16].val();
                    } else {
                        self.s3_e[i].d.next = self.a4[i].val();
                    }
                } else if self.z4[i + 16].val().get_bit(4) {
                    self.s3_e[i].d.next = self.a4[i + 16].val();
                } else {
                    self.s3_e[i].d.next = self.k_zero4.val();
                }
            }
            for i in 16..32 {
                if !self.z4[i].val().get_bit(4) {
                    self.s3_e[i].d.next = self.a4[i].val();
                } else {
                    self.s3_e[i].d.next = self.k_zero4.val();
                }
            }
        }

        // ---- stage 4: {F, S0..S31, short parts at fixed places, units}, the length ----
        for i in 0..32 {
            // short parts in bits 8..0 / 11..0: F = 1 {b15, b10..b3}, F = 0 {b15, b13..b3}
            self.s3_p9[i].next =
                ((self.s3_d[i].q.val() >> 7) & self.k_sign9.val()) | ((self.s3_d[i].q.val() & self.k_m9.val()) >> 3);
            self.s3_p12[i].next =
                ((self.s3_d[i].q.val() >> 4) & self.k_sign12.val()) | ((self.s3_d[i].q.val() & self.k_m12.val()) >> 3);
        }
        self.s3_c1.next = (bit_cast::<512, 16>(self.s3_p9[0].val()) << 503)
            | (bit_cast::<512, 16>(self.s3_p9[1].val()) << 494)
            | (bit_cast::<512, 16>(self.s3_p9[2].val()) << 485)
            | (bit_cast::<512, 16>(self.s3_p9[3].val()) << 476)
            | (bit_cast::<512, 16>(self.s3_p9[4].val()) << 467)
            | (bit_cast::<512, 16>(self.s3_p9[5].val()) << 458)
            | (bit_cast::<512, 16>(self.s3_p9[6].val()) << 449)
            | (bit_cast::<512, 16>(self.s3_p9[7].val()) << 440)
            | (bit_cast::<512, 16>(self.s3_p9[8].val()) << 431)
            | (bit_cast::<512, 16>(self.s3_p9[9].val()) << 422)
            | (bit_cast::<512, 16>(self.s3_p9[10].val()) << 413)
            | (bit_cast::<512, 16>(self.s3_p9[11].val()) << 404)
            | (bit_cast::<512, 16>(self.s3_p9[12].val()) << 395)
            | (bit_cast::<512, 16>(self.s3_p9[13].val()) << 386)
            | (bit_cast::<512, 16>(self.s3_p9[14].val()) << 377)
            | (bit_cast::<512, 16>(self.s3_p9[15].val()) << 368)
            | (bit_cast::<512, 16>(self.s3_p9[16].val()) << 359)
            | (bit_cast::<512, 16>(self.s3_p9[17].val()) << 350)
            | (bit_cast::<512, 16>(self.s3_p9[18].val()) << 341)
            | (bit_cast::<512, 16>(self.s3_p9[19].val()) << 332)
            | (bit_cast::<512, 16>(self.s3_p9[20].val()) << 323)
            | (bit_cast::<512, 16>(self.s3_p9[21].val()) << 314)
            | (bit_cast::<512, 16>(self.s3_p9[22].val()) << 305)
            | (bit_cast::<512, 16>(self.s3_p9[23].val()) << 296)
            | (bit_cast::<512, 16>(self.s3_p9[24].val()) << 287)
            | (bit_cast::<512, 16>(self.s3_p9[25].val()) << 278)
            | (bit_cast::<512, 16>(self.s3_p9[26].val()) << 269)
            | (bit_cast::<512, 16>(self.s3_p9[27].val()) << 260)
            | (bit_cast::<512, 16>(self.s3_p9[28].val()) << 251)
            | (bit_cast::<512, 16>(self.s3_p9[29].val()) << 242)
            | (bit_cast::<512, 16>(self.s3_p9[30].val()) << 233)
            | (bit_cast::<512, 16>(self.s3_p9[31].val()) << 224)
            | (bit_cast::<512, 4>(self.s3_e[0].q.val()) << 220)
            | (bit_cast::<512, 4>(self.s3_e[1].q.val()) << 217)
            | (bit_cast::<512, 4>(self.s3_e[2].q.val()) << 214)
            | (bit_cast::<512, 4>(self.s3_e[3].q.val()) << 211)
            | (bit_cast::<512, 4>(self.s3_e[4].q.val()) << 208)
            | (bit_cast::<512, 4>(self.s3_e[5].q.val()) << 205)
            | (bit_cast::<512, 4>(self.s3_e[6].q.val()) << 202)
            | (bit_cast::<512, 4>(self.s3_e[7].q.val()) << 199)
            | (bit_cast::<512, 4>(self.s3_e[8].q.val()) << 196)
            | (bit_cast::<512, 4>(self.s3_e[9].q.val()) << 193)
            | (bit_cast::<512, 4>(self.s3_e[10].q.val()) << 190)
            | (bit_cast::<512, 4>(self.s3_e[11].q.val()) << 187)
            | (bit_cast::<512, 4>(self.s3_e[12].q.val()) << 184)
            | (bit_cast::<512, 4>(self.s3_e[13].q.val()) << 181)
            | (bit_cast::<512, 4>(self.s3_e[14].q.val()) << 178)
            | (bit_cast::<512, 4>(self.s3_e[15].q.val()) << 175)
            | (bit_cast::<512, 4>(self.s3_e[16].q.val()) << 172)
            | (bit_cast::<512, 4>(self.s3_e[17].q.val()) << 169)
            | (bit_cast::<512, 4>(self.s3_e[18].q.val()) << 166)
            | (bit_cast::<512, 4>(self.s3_e[19].q.val()) << 163)
            | (bit_cast::<512, 4>(self.s3_e[20].q.val()) << 160)
            | (bit_cast::<512, 4>(self.s3_e[21].q.val()) << 157)
            | (bit_cast::<512, 4>(self.s3_e[22].q.val()) << 154)
            | (bit_cast::<512, 4>(self.s3_e[23].q.val()) << 151)
            | (bit_cast::<512, 4>(self.s3_e[24].q.val()) << 148)
            | (bit_cast::<512, 4>(self.s3_e[25].q.val()) << 145)
            | (bit_cast::<512, 4>(self.s3_e[26].q.val()) << 142)
            | (bit_cast::<512, 4>(self.s3_e[27].q.val()) << 139)
            | (bit_cast::<512, 4>(self.s3_e[28].q.val()) << 136)
            | (bit_cast::<512, 4>(self.s3_e[29].q.val()) << 133)
            | (bit_cast::<512, 4>(self.s3_e[30].q.val()) << 130)
            | (bit_cast::<512, 4>(self.s3_e[31].q.val()) << 127);
        self.s3_c0.next = (bit_cast::<512, 16>(self.s3_p12[0].val()) << 500)
            | (bit_cast::<512, 16>(self.s3_p12[1].val()) << 488)
            | (bit_cast::<512, 16>(self.s3_p12[2].val()) << 476)
            | (bit_cast::<512, 16>(self.s3_p12[3].val()) << 464)
            | (bit_cast::<512, 16>(self.s3_p12[4].val()) << 452)
            | (bit_cast::<512, 16>(self.s3_p12[5].val()) << 440)
            | (bit_cast::<512, 16>(self.s3_p12[6].val()) << 428)
            | (bit_cast::<512, 16>(self.s3_p12[7].val()) << 416)
            | (bit_cast::<512, 16>(self.s3_p12[8].val()) << 404)
            | (bit_cast::<512, 16>(self.s3_p12[9].val()) << 392)
            | (bit_cast::<512, 16>(self.s3_p12[10].val()) << 380)
            | (bit_cast::<512, 16>(self.s3_p12[11].val()) << 368)
            | (bit_cast::<512, 16>(self.s3_p12[12].val()) << 356)
            | (bit_cast::<512, 16>(self.s3_p12[13].val()) << 344)
            | (bit_cast::<512, 16>(self.s3_p12[14].val()) << 332)
            | (bit_cast::<512, 16>(self.s3_p12[15].val()) << 320)
            | (bit_cast::<512, 16>(self.s3_p12[16].val()) << 308)
            | (bit_cast::<512, 16>(self.s3_p12[17].val()) << 296)
            | (bit_cast::<512, 16>(self.s3_p12[18].val()) << 284)
            | (bit_cast::<512, 16>(self.s3_p12[19].val()) << 272)
            | (bit_cast::<512, 16>(self.s3_p12[20].val()) << 260)
            | (bit_cast::<512, 16>(self.s3_p12[21].val()) << 248)
            | (bit_cast::<512, 16>(self.s3_p12[22].val()) << 236)
            | (bit_cast::<512, 16>(self.s3_p12[23].val()) << 224)
            | (bit_cast::<512, 16>(self.s3_p12[24].val()) << 212)
            | (bit_cast::<512, 16>(self.s3_p12[25].val()) << 200)
            | (bit_cast::<512, 16>(self.s3_p12[26].val()) << 188)
            | (bit_cast::<512, 16>(self.s3_p12[27].val()) << 176)
            | (bit_cast::<512, 16>(self.s3_p12[28].val()) << 164)
            | (bit_cast::<512, 16>(self.s3_p12[29].val()) << 152)
            | (bit_cast::<512, 16>(self.s3_p12[30].val()) << 140)
            | (bit_cast::<512, 16>(self.s3_p12[31].val()) << 128)
            | (bit_cast::<512, 4>(self.s3_e[0].q.val()) << 124)
            | (bit_cast::<512, 4>(self.s3_e[1].q.val()) << 120)
            | (bit_cast::<512, 4>(self.s3_e[2].q.val()) << 116)
            | (bit_cast::<512, 4>(self.s3_e[3].q.val()) << 112)
            | (bit_cast::<512, 4>(self.s3_e[4].q.val()) << 108)
            | (bit_cast::<512, 4>(self.s3_e[5].q.val()) << 104)
            | (bit_cast::<512, 4>(self.s3_e[6].q.val()) << 100)
            | (bit_cast::<512, 4>(self.s3_e[7].q.val()) << 96)
            | (bit_cast::<512, 4>(self.s3_e[8].q.val()) << 92)
            | (bit_cast::<512, 4>(self.s3_e[9].q.val()) << 88)
            | (bit_cast::<512, 4>(self.s3_e[10].q.val()) << 84)
            | (bit_cast::<512, 4>(self.s3_e[11].q.val()) << 80)
            | (bit_cast::<512, 4>(self.s3_e[12].q.val()) << 76)
            | (bit_cast::<512, 4>(self.s3_e[13].q.val()) << 72)
            | (bit_cast::<512, 4>(self.s3_e[14].q.val()) << 68)
            | (bit_cast::<512, 4>(self.s3_e[15].q.val()) << 64)
            | (bit_cast::<512, 4>(self.s3_e[16].q.val()) << 60)
            | (bit_cast::<512, 4>(self.s3_e[17].q.val()) << 56)
            | (bit_cast::<512, 4>(self.s3_e[18].q.val()) << 52)
            | (bit_cast::<512, 4>(self.s3_e[19].q.val()) << 48)
            | (bit_cast::<512, 4>(self.s3_e[20].q.val()) << 44)
            | (bit_cast::<512, 4>(self.s3_e[21].q.val()) << 40)
            | (bit_cast::<512, 4>(self.s3_e[22].q.val()) << 36)
            | (bit_cast::<512, 4>(self.s3_e[23].q.val()) << 32)
            | (bit_cast::<512, 4>(self.s3_e[24].q.val()) << 28)
            | (bit_cast::<512, 4>(self.s3_e[25].q.val()) << 24)
            | (bit_cast::<512, 4>(self.s3_e[26].q.val()) << 20)
            | (bit_cast::<512, 4>(self.s3_e[27].q.val()) << 16)
            | (bit_cast::<512, 4>(self.s3_e[28].q.val()) << 12)
            | (bit_cast::<512, 4>(self.s3_e[29].q.val()) << 8)
            | (bit_cast::<512, 4>(self.s3_e[30].q.val()) << 4)
            | (bit_cast::<512, 4>(self.s3_e[31].q.val()) << 0);
        self.s3_nl10.next = bit_cast::<LEN_BITS, 6>(self.s3_nl.q.val());
        if self.s3_flag.q.val() {
            self.s3_rs.next = (bit_cast::<RECORD_BITS, 32>(self.s3_sel.q.val()) << 512)
                | self.k_flag.val()
                | bit_cast::<RECORD_BITS, 512>(self.s3_c1.val());
        } else {
            self.s3_rs.next = (bit_cast::<RECORD_BITS, 32>(self.s3_sel.q.val()) << 512)
                | bit_cast::<RECORD_BITS, 512>(self.s3_c0.val());
        }
        if self.en4.val() {
            self.s4_valid.d.next = self.s3_valid.q.val();
            self.s4_last.d.next = self.s3_last.q.val();
            self.s4_rec.d.next = self.s3_rs.val();
            if self.s3_flag.q.val() {
                self.s4_len.d.next = self.k_len1.val() + (self.s3_nl10.val() << 1) + self.s3_nl10.val();
            } else {
                self.s4_len.d.next = self.k_len0.val() + (self.s3_nl10.val() << 2);
            }
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
}

//! `xnc_decompressor`: one XNC record in per beat, 32 FP16 words out per beat.
//!
//! Ports (AXI4-Stream, port order clock, reset, input stream, output stream):
//!
//! | port | width | meaning |
//! |---|---|---|
//! | `aclk`, `aresetn` | 1 | clock; synchronous active-low reset (empties the pipeline) |
//! | `s_axis_tdata` | 552 | the record bus as on `xnc_compressor.m_axis_tdata` (bit 551 = F, bits 550..519 = S0..S31, short parts and units from bit 518 down, FORMAT.md 2.2); bits after the record's end are ignored |
//! | `s_axis_tuser` | 10 | record length in bits; accepted for a port-to-port connection, not needed |
//! | `s_axis_tvalid/tready/tlast` | 1 | |
//! | `m_axis_tdata` | 512 | word i (FP16) in bits `16i+15..16i` |
//! | `m_axis_tvalid/tready/tlast` | 1 | tlast copied from the input beat |
//!
//! Pipeline (3 register stages, latency 3 cycles, 1 chunk per cycle):
//!
//! 1. `s1_`: `r_i`, the number of long words before word i (5-level Sklansky prefix count of the
//!    inverted selectors), the extension units in 4-bit slots (F=0: the record's last 128 bits;
//!    F=1: the 3-bit units spread to slots), the 32 short parts from their fixed places;
//! 2. `s2_`: each long word's unit, slot `r_i` (a 32:1 choice of 4 bits), joined to its short part:
//!    the transformed word, with the NOT undone (so that stage 3 is nothing but XORs of registers);
//! 3. `s3_`: prefix-XOR across the chunk.

use crate::xnc_compressor::{array_init, CHUNK, CHUNK_BITS, LEN_BITS, RECORD_BUS_BITS};
use rust_hdl::prelude::*;

/// Pipeline latency in cycles, from an input transfer to the output valid.
pub const LATENCY: u64 = 3;

/// The XNC decompressor (see the module documentation for ports and pipeline).
#[derive(LogicBlock)]
pub struct XncDecompressor {
    /// Clock.
    pub aclk: Signal<In, Clock>,
    /// Synchronous active-low reset.
    pub aresetn: Signal<In, Bit>,
    /// Input record, MSB-aligned (bit 551 = F).
    pub s_axis_tdata: Signal<In, Bits<RECORD_BUS_BITS>>,
    /// Input record length in bits (not needed: the length follows from F and S).
    pub s_axis_tuser: Signal<In, Bits<LEN_BITS>>,
    /// Input valid.
    pub s_axis_tvalid: Signal<In, Bit>,
    /// Input ready.
    pub s_axis_tready: Signal<Out, Bit>,
    /// Last record of a block.
    pub s_axis_tlast: Signal<In, Bit>,
    /// Output chunk: word i in bits 16i+15..16i.
    pub m_axis_tdata: Signal<Out, Bits<CHUNK_BITS>>,
    /// Output valid.
    pub m_axis_tvalid: Signal<Out, Bit>,
    /// Output ready.
    pub m_axis_tready: Signal<In, Bit>,
    /// Last chunk of a block.
    pub m_axis_tlast: Signal<Out, Bit>,

    en1: Signal<Local, Bit>,
    en2: Signal<Local, Bit>,
    en3: Signal<Local, Bit>,
    s1_valid: DFF<Bit>,
    s2_valid: DFF<Bit>,
    s3_valid: DFF<Bit>,
    s1_last: DFF<Bit>,
    s2_last: DFF<Bit>,
    s3_last: DFF<Bit>,

    // Stage 1: r_i = long words before word i (Sklansky prefix count, pc_l after level l), the
    // extension units in 4-bit slots (unit k at bits 127-4k..124-4k), the short parts.
    s0_hdr: Signal<Local, Bits<33>>,
    pc0: [Signal<Local, Bits<7>>; CHUNK],
    pc1: [Signal<Local, Bits<7>>; CHUNK],
    pc2: [Signal<Local, Bits<7>>; CHUNK],
    pc3: [Signal<Local, Bits<7>>; CHUNK],
    pc4: [Signal<Local, Bits<7>>; CHUNK],
    pc5: [Signal<Local, Bits<7>>; CHUNK],
    s0_u1: Signal<Local, Bits<128>>,
    s1_hdr: DFF<Bits<33>>,
    s1_r4: [DFF<Bits<7>>; CHUNK],
    s1_slot: DFF<Bits<128>>,
    s1_s: [DFF<Bits<16>>; CHUNK],

    // Stage 2: each long word's unit (slot r_i), the transformed word, the NOT undone.
    s1_sh: [Signal<Local, Bits<128>>; CHUNK],
    s1_e: [Signal<Local, Bits<16>>; CHUNK],
    s1_t: [Signal<Local, Bits<16>>; CHUNK],
    s2_w: [DFF<Bits<16>>; CHUNK],

    // Stage 3: prefix XOR (groups of four words).
    s2_l: [Signal<Local, Bits<16>>; CHUNK],
    s2_g1: [Signal<Local, Bits<16>>; 8],
    s2_g2: [Signal<Local, Bits<16>>; 8],
    s2_g4: [Signal<Local, Bits<16>>; 8],
    s2_x: [Signal<Local, Bits<16>>; CHUNK],
    s3_x: [DFF<Bits<16>>; CHUNK],
    s3_o2: [Signal<Local, Bits<32>>; 16],
    s3_o4: [Signal<Local, Bits<64>>; 8],
    s3_o8: [Signal<Local, Bits<128>>; 4],
    s3_o16: [Signal<Local, Bits<256>>; 2],

    // Constants (Verilog localparams of the right width: literals would be 32 bits wide).
    k_m9: Constant<Bits<16>>,
    k_m12: Constant<Bits<16>>,
    k_top9: Constant<Bits<16>>,
    k_top12: Constant<Bits<16>>,
    k_not: Constant<Bits<16>>,
    k_code9: Constant<Bits<16>>,
    k_code12: Constant<Bits<16>>,
    k_sign: Constant<Bits<16>>,
    k_e3: Constant<Bits<16>>,
    k_b3: Constant<Bits<16>>,
    k_low3: Constant<Bits<16>>,
    k_u3: Constant<Bits<128>>,
    k_one7: Constant<Bits<7>>,
    k_zero7: Constant<Bits<7>>,
}

impl Default for XncDecompressor {
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
            m_axis_tvalid: Default::default(),
            m_axis_tready: Default::default(),
            m_axis_tlast: Default::default(),
            en1: Default::default(),
            en2: Default::default(),
            en3: Default::default(),
            s1_valid: Default::default(),
            s2_valid: Default::default(),
            s3_valid: Default::default(),
            s1_last: Default::default(),
            s2_last: Default::default(),
            s3_last: Default::default(),
            s0_hdr: Default::default(),
            pc0: array_init(),
            pc1: array_init(),
            pc2: array_init(),
            pc3: array_init(),
            pc4: array_init(),
            pc5: array_init(),
            s0_u1: Default::default(),
            s1_hdr: Default::default(),
            s1_r4: array_init(),
            s1_slot: Default::default(),
            s1_s: array_init(),
            s1_sh: array_init(),
            s1_e: array_init(),
            s1_t: array_init(),
            s2_w: array_init(),
            s2_l: array_init(),
            s2_g1: array_init(),
            s2_g2: array_init(),
            s2_g4: array_init(),
            s2_x: array_init(),
            s3_x: array_init(),
            s3_o2: array_init(),
            s3_o4: array_init(),
            s3_o8: array_init(),
            s3_o16: array_init(),
            k_m9: Constant::new(0x7F80.into()),
            k_m12: Constant::new(0x7FF0.into()),
            k_top9: Constant::new(0xF800.into()),
            k_top12: Constant::new(0xC000.into()),
            k_not: Constant::new(0x7800.into()),
            k_code9: Constant::new(0xFF80.into()),
            k_code12: Constant::new(0xFFF0.into()),
            k_sign: Constant::new(0x8000.into()),
            k_e3: Constant::new(0x000E.into()),
            k_b3: Constant::new(0x0008.into()),
            k_low3: Constant::new(0x0007.into()),
            k_u3: Constant::new(7.into()),
            k_one7: Constant::new(1.into()),
            k_zero7: Constant::new(0.into()),
        }
    }
}

// rust-hdl notes: see `xnc_compressor` (no loop variable inside `bit_cast`, no reads of `.next`,
// sliced shift amounts).
crate::prefix_count::impl_update_with_prefix_count! {
impl Logic for XncDecompressor {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, aclk, s1_valid, s2_valid, s3_valid, s1_last, s2_last, s3_last, s1_hdr, s1_slot);
        for i in 0..32 {
            self.s1_r4[i].clock.next = self.aclk.val();
            self.s1_r4[i].d.next = self.s1_r4[i].q.val();
            self.s1_s[i].clock.next = self.aclk.val();
            self.s1_s[i].d.next = self.s1_s[i].q.val();
            self.s2_w[i].clock.next = self.aclk.val();
            self.s2_w[i].d.next = self.s2_w[i].q.val();
            self.s3_x[i].clock.next = self.aclk.val();
            self.s3_x[i].d.next = self.s3_x[i].q.val();
        }
        self.en3.next = !self.s3_valid.q.val() | self.m_axis_tready.val();
        self.en2.next = !self.s2_valid.q.val() | self.en3.val();
        self.en1.next = !self.s1_valid.q.val() | self.en2.val();
        self.s_axis_tready.next = self.en1.val() & self.aresetn.val();
        self.m_axis_tvalid.next = self.s3_valid.q.val() & self.aresetn.val();
        self.m_axis_tlast.next = self.s3_last.q.val();
        // assemble the output beat by doubling (cheaper to simulate than 32 wide shifts)
        self.s3_o2[0].next =
            (bit_cast::<32, 16>(self.s3_x[1].q.val()) << 16) | bit_cast::<32, 16>(self.s3_x[0].q.val());
        self.s3_o2[1].next =
            (bit_cast::<32, 16>(self.s3_x[3].q.val()) << 16) | bit_cast::<32, 16>(self.s3_x[2].q.val());
        self.s3_o2[2].next =
            (bit_cast::<32, 16>(self.s3_x[5].q.val()) << 16) | bit_cast::<32, 16>(self.s3_x[4].q.val());
        self.s3_o2[3].next =
            (bit_cast::<32, 16>(self.s3_x[7].q.val()) << 16) | bit_cast::<32, 16>(self.s3_x[6].q.val());
        self.s3_o2[4].next =
            (bit_cast::<32, 16>(self.s3_x[9].q.val()) << 16) | bit_cast::<32, 16>(self.s3_x[8].q.val());
        self.s3_o2[5].next =
            (bit_cast::<32, 16>(self.s3_x[11].q.val()) << 16) | bit_cast::<32, 16>(self.s3_x[10].q.val());
        self.s3_o2[6].next =
            (bit_cast::<32, 16>(self.s3_x[13].q.val()) << 16) | bit_cast::<32, 16>(self.s3_x[12].q.val());
        self.s3_o2[7].next =
            (bit_cast::<32, 16>(self.s3_x[15].q.val()) << 16) | bit_cast::<32, 16>(self.s3_x[14].q.val());
        self.s3_o2[8].next =
            (bit_cast::<32, 16>(self.s3_x[17].q.val()) << 16) | bit_cast::<32, 16>(self.s3_x[16].q.val());
        self.s3_o2[9].next =
            (bit_cast::<32, 16>(self.s3_x[19].q.val()) << 16) | bit_cast::<32, 16>(self.s3_x[18].q.val());
        self.s3_o2[10].next =
            (bit_cast::<32, 16>(self.s3_x[21].q.val()) << 16) | bit_cast::<32, 16>(self.s3_x[20].q.val());
        self.s3_o2[11].next =
            (bit_cast::<32, 16>(self.s3_x[23].q.val()) << 16) | bit_cast::<32, 16>(self.s3_x[22].q.val());
        self.s3_o2[12].next =
            (bit_cast::<32, 16>(self.s3_x[25].q.val()) << 16) | bit_cast::<32, 16>(self.s3_x[24].q.val());
        self.s3_o2[13].next =
            (bit_cast::<32, 16>(self.s3_x[27].q.val()) << 16) | bit_cast::<32, 16>(self.s3_x[26].q.val());
        self.s3_o2[14].next =
            (bit_cast::<32, 16>(self.s3_x[29].q.val()) << 16) | bit_cast::<32, 16>(self.s3_x[28].q.val());
        self.s3_o2[15].next =
            (bit_cast::<32, 16>(self.s3_x[31].q.val()) << 16) | bit_cast::<32, 16>(self.s3_x[30].q.val());
        self.s3_o4[0].next = (bit_cast::<64, 32>(self.s3_o2[1].val()) << 32) | bit_cast::<64, 32>(self.s3_o2[0].val());
        self.s3_o4[1].next = (bit_cast::<64, 32>(self.s3_o2[3].val()) << 32) | bit_cast::<64, 32>(self.s3_o2[2].val());
        self.s3_o4[2].next = (bit_cast::<64, 32>(self.s3_o2[5].val()) << 32) | bit_cast::<64, 32>(self.s3_o2[4].val());
        self.s3_o4[3].next = (bit_cast::<64, 32>(self.s3_o2[7].val()) << 32) | bit_cast::<64, 32>(self.s3_o2[6].val());
        self.s3_o4[4].next = (bit_cast::<64, 32>(self.s3_o2[9].val()) << 32) | bit_cast::<64, 32>(self.s3_o2[8].val());
        self.s3_o4[5].next =
            (bit_cast::<64, 32>(self.s3_o2[11].val()) << 32) | bit_cast::<64, 32>(self.s3_o2[10].val());
        self.s3_o4[6].next =
            (bit_cast::<64, 32>(self.s3_o2[13].val()) << 32) | bit_cast::<64, 32>(self.s3_o2[12].val());
        self.s3_o4[7].next =
            (bit_cast::<64, 32>(self.s3_o2[15].val()) << 32) | bit_cast::<64, 32>(self.s3_o2[14].val());
        self.s3_o8[0].next =
            (bit_cast::<128, 64>(self.s3_o4[1].val()) << 64) | bit_cast::<128, 64>(self.s3_o4[0].val());
        self.s3_o8[1].next =
            (bit_cast::<128, 64>(self.s3_o4[3].val()) << 64) | bit_cast::<128, 64>(self.s3_o4[2].val());
        self.s3_o8[2].next =
            (bit_cast::<128, 64>(self.s3_o4[5].val()) << 64) | bit_cast::<128, 64>(self.s3_o4[4].val());
        self.s3_o8[3].next =
            (bit_cast::<128, 64>(self.s3_o4[7].val()) << 64) | bit_cast::<128, 64>(self.s3_o4[6].val());
        self.s3_o16[0].next =
            (bit_cast::<256, 128>(self.s3_o8[1].val()) << 128) | bit_cast::<256, 128>(self.s3_o8[0].val());
        self.s3_o16[1].next =
            (bit_cast::<256, 128>(self.s3_o8[3].val()) << 128) | bit_cast::<256, 128>(self.s3_o8[2].val());
        self.m_axis_tdata.next =
            (bit_cast::<512, 256>(self.s3_o16[1].val()) << 256) | bit_cast::<512, 256>(self.s3_o16[0].val());

        // ---- stage 1: long words before each word, unit slots, short parts ----
        self.s0_hdr.next = self.s_axis_tdata.val().get_bits::<33>(519);
        for i in 0..32 {
            if self.s0_hdr.val().get_bit(31 - i) {
                self.pc0[i].next = self.k_zero7.val();
            } else {
                self.pc0[i].next = self.k_one7.val();
            }
        }
        // (then the Sklansky prefix count pc0 -> pc5, `crate::prefix_count`)
    } then {
        // F = 1: the 3-bit units (record bits 223..128) spread to 4-bit slots {unit, 0}
        self.s0_u1.next = ((self.s_axis_tdata.val().get_bits::<128>(228) & self.k_u3.val()) << 125)
            | ((self.s_axis_tdata.val().get_bits::<128>(225) & self.k_u3.val()) << 121)
            | ((self.s_axis_tdata.val().get_bits::<128>(222) & self.k_u3.val()) << 117)
            | ((self.s_axis_tdata.val().get_bits::<128>(219) & self.k_u3.val()) << 113)
            | ((self.s_axis_tdata.val().get_bits::<128>(216) & self.k_u3.val()) << 109)
            | ((self.s_axis_tdata.val().get_bits::<128>(213) & self.k_u3.val()) << 105)
            | ((self.s_axis_tdata.val().get_bits::<128>(210) & self.k_u3.val()) << 101)
            | ((self.s_axis_tdata.val().get_bits::<128>(207) & self.k_u3.val()) << 97)
            | ((self.s_axis_tdata.val().get_bits::<128>(204) & self.k_u3.val()) << 93)
            | ((self.s_axis_tdata.val().get_bits::<128>(201) & self.k_u3.val()) << 89)
            | ((self.s_axis_tdata.val().get_bits::<128>(198) & self.k_u3.val()) << 85)
            | ((self.s_axis_tdata.val().get_bits::<128>(195) & self.k_u3.val()) << 81)
            | ((self.s_axis_tdata.val().get_bits::<128>(192) & self.k_u3.val()) << 77)
            | ((self.s_axis_tdata.val().get_bits::<128>(189) & self.k_u3.val()) << 73)
            | ((self.s_axis_tdata.val().get_bits::<128>(186) & self.k_u3.val()) << 69)
            | ((self.s_axis_tdata.val().get_bits::<128>(183) & self.k_u3.val()) << 65)
            | ((self.s_axis_tdata.val().get_bits::<128>(180) & self.k_u3.val()) << 61)
            | ((self.s_axis_tdata.val().get_bits::<128>(177) & self.k_u3.val()) << 57)
            | ((self.s_axis_tdata.val().get_bits::<128>(174) & self.k_u3.val()) << 53)
            | ((self.s_axis_tdata.val().get_bits::<128>(171) & self.k_u3.val()) << 49)
            | ((self.s_axis_tdata.val().get_bits::<128>(168) & self.k_u3.val()) << 45)
            | ((self.s_axis_tdata.val().get_bits::<128>(165) & self.k_u3.val()) << 41)
            | ((self.s_axis_tdata.val().get_bits::<128>(162) & self.k_u3.val()) << 37)
            | ((self.s_axis_tdata.val().get_bits::<128>(159) & self.k_u3.val()) << 33)
            | ((self.s_axis_tdata.val().get_bits::<128>(156) & self.k_u3.val()) << 29)
            | ((self.s_axis_tdata.val().get_bits::<128>(153) & self.k_u3.val()) << 25)
            | ((self.s_axis_tdata.val().get_bits::<128>(150) & self.k_u3.val()) << 21)
            | ((self.s_axis_tdata.val().get_bits::<128>(147) & self.k_u3.val()) << 17)
            | ((self.s_axis_tdata.val().get_bits::<128>(144) & self.k_u3.val()) << 13)
            | ((self.s_axis_tdata.val().get_bits::<128>(141) & self.k_u3.val()) << 9)
            | ((self.s_axis_tdata.val().get_bits::<128>(138) & self.k_u3.val()) << 5)
            | ((self.s_axis_tdata.val().get_bits::<128>(135) & self.k_u3.val()) << 1);
        if self.en1.val() {
            self.s1_valid.d.next = self.s_axis_tvalid.val() & self.aresetn.val();
            self.s1_last.d.next = self.s_axis_tlast.val();
            self.s1_hdr.d.next = self.s0_hdr.val();
            // F = 0: the 4-bit units are the record's last 128 bits
            if self.s0_hdr.val().get_bit(32) {
                self.s1_slot.d.next = self.s0_u1.val();
            } else {
                self.s1_slot.d.next = self.s_axis_tdata.val().get_bits::<128>(7);
            }
            self.s1_r4[0].d.next = self.k_zero7.val();
            for i in 1..32 {
                self.s1_r4[i].d.next = self.pc5[i - 1].val() << 2;
            }
            // short part i left-aligned in 16 bits: F = 1 record bits 511-9i.., F = 0 511-12i..
            for i in 0..32 {
                if self.s0_hdr.val().get_bit(32) {
                    self.s1_s[i].d.next = self.s_axis_tdata.val().get_bits::<16>(503 - 9 * i) & self.k_code9.val();
                } else {
                    self.s1_s[i].d.next = self.s_axis_tdata.val().get_bits::<16>(503 - 12 * i) & self.k_code12.val();
                }
            }
        }

        // ---- stage 2: each long word's unit (slot r_i) joined to its short part: the transformed
        // word d, then the NOT undone (bits 14..11 flipped when bit 15 is set) ----
        // word i has at most i long words before it (r_i <= i for every record), so its shift
        // amount is sliced to the bits that reach r_i = i: a (2^m)-to-1 choice, not 32-to-1
        self.s1_sh[0].next = self.s1_slot.q.val();
        self.s1_sh[1].next = self.s1_slot.q.val() << self.s1_r4[1].q.val().get_bits::<3>(0);
        for i in 2..4 {
            self.s1_sh[i].next = self.s1_slot.q.val() << self.s1_r4[i].q.val().get_bits::<4>(0);
        }
        for i in 4..8 {
            self.s1_sh[i].next = self.s1_slot.q.val() << self.s1_r4[i].q.val().get_bits::<5>(0);
        }
        for i in 8..16 {
            self.s1_sh[i].next = self.s1_slot.q.val() << self.s1_r4[i].q.val().get_bits::<6>(0);
        }
        for i in 16..32 {
            self.s1_sh[i].next = self.s1_slot.q.val() << self.s1_r4[i].q.val();
        }
        for i in 0..32 {
            self.s1_e[i].next = self.s1_sh[i].val().get_bits::<16>(112) >> 12;
            if self.s1_hdr.q.val().get_bit(32) & self.s1_hdr.q.val().get_bit(31 - i) {
                // F = 1, 9-bit {b15, b10..b3} in short-part bits 15..7: b14..b11 copy b15
                if self.s1_s[i].q.val().get_bit(15) {
                    self.s1_t[i].next = self.k_top9.val() | ((self.s1_s[i].q.val() & self.k_m9.val()) >> 4);
                } else {
                    self.s1_t[i].next = (self.s1_s[i].q.val() & self.k_m9.val()) >> 4;
                }
            } else if self.s1_hdr.q.val().get_bit(32) {
                // F = 1, 12-bit {b15, unit = b13..b11, b10..b3}: b14 copies b15
                if self.s1_s[i].q.val().get_bit(15) {
                    self.s1_t[i].next = self.k_top12.val()
                        | ((self.s1_e[i].val() & self.k_e3.val()) << 10)
                        | ((self.s1_s[i].q.val() & self.k_m9.val()) >> 4);
                } else {
                    self.s1_t[i].next = ((self.s1_e[i].val() & self.k_e3.val()) << 10)
                        | ((self.s1_s[i].q.val() & self.k_m9.val()) >> 4);
                }
            } else if self.s1_hdr.q.val().get_bit(31 - i) {
                // F = 0, 12-bit {b15, b13..b3} in short-part bits 15..4: b14 copies b15
                if self.s1_s[i].q.val().get_bit(15) {
                    self.s1_t[i].next = self.k_top12.val() | ((self.s1_s[i].q.val() & self.k_m12.val()) >> 1);
                } else {
                    self.s1_t[i].next = (self.s1_s[i].q.val() & self.k_m12.val()) >> 1;
                }
            } else {
                // F = 0, 16-bit d = {b15, unit bit 3 = b14, b13..b3, unit bits 2..0}
                self.s1_t[i].next = (self.s1_s[i].q.val() & self.k_sign.val())
                    | ((self.s1_e[i].val() & self.k_b3.val()) << 11)
                    | ((self.s1_s[i].q.val() & self.k_m12.val()) >> 1)
                    | (self.s1_e[i].val() & self.k_low3.val());
            }
        }
        if self.en2.val() {
            self.s2_valid.d.next = self.s1_valid.q.val();
            self.s2_last.d.next = self.s1_last.q.val();
            for i in 0..32 {
                if self.s1_s[i].q.val().get_bit(15) {
                    self.s2_w[i].d.next = self.s1_t[i].val() ^ self.k_not.val();
                } else {
                    self.s2_w[i].d.next = self.s1_t[i].val();
                }
            }
        }

        // ---- stage 3: prefix XOR ----
        // prefix XOR across the chunk in groups of four words: the prefix inside each group (at most
        // four terms), the prefix of the eight group totals (Kogge-Stone, 3 levels), then each word's
        // group prefix XOR the totals of the groups before it (at most five terms: one LUT a bit)
        for g in 0..8 {
            self.s2_l[4 * g].next = self.s2_w[4 * g].q.val();
            self.s2_l[4 * g + 1].next = self.s2_w[4 * g].q.val() ^ self.s2_w[4 * g + 1].q.val();
            self.s2_l[4 * g + 2].next =
                self.s2_w[4 * g].q.val() ^ self.s2_w[4 * g + 1].q.val() ^ self.s2_w[4 * g + 2].q.val();
            self.s2_l[4 * g + 3].next = self.s2_w[4 * g].q.val()
                ^ self.s2_w[4 * g + 1].q.val()
                ^ self.s2_w[4 * g + 2].q.val()
                ^ self.s2_w[4 * g + 3].q.val();
        }
        self.s2_g1[0].next = self.s2_l[3].val();
        for g in 1..8 {
            self.s2_g1[g].next = self.s2_l[4 * g + 3].val() ^ self.s2_l[4 * g - 1].val();
        }
        for g in 0..2 {
            self.s2_g2[g].next = self.s2_g1[g].val();
        }
        for g in 2..8 {
            self.s2_g2[g].next = self.s2_g1[g].val() ^ self.s2_g1[g - 2].val();
        }
        for g in 0..4 {
            self.s2_g4[g].next = self.s2_g2[g].val();
        }
        for g in 4..8 {
            self.s2_g4[g].next = self.s2_g2[g].val() ^ self.s2_g2[g - 4].val();
        }
        for i in 0..4 {
            self.s2_x[i].next = self.s2_l[i].val();
        }
        for i in 4..32 {
            self.s2_x[i].next = self.s2_l[i].val() ^ self.s2_g4[i / 4 - 1].val();
        }
        if self.en3.val() {
            self.s3_valid.d.next = self.s2_valid.q.val();
            self.s3_last.d.next = self.s2_last.q.val();
            for i in 0..32 {
                self.s3_x[i].d.next = self.s2_x[i].val();
            }
        }

        if !self.aresetn.val() {
            self.s1_valid.d.next = false;
            self.s2_valid.d.next = false;
            self.s3_valid.d.next = false;
        }
    }
}
}

//! `xnc_decompressor`: one XNC record in per beat, 32 FP16 words out per beat.
//!
//! Ports (AXI4-Stream, port order clock, reset, input stream, output stream):
//!
//! | port | width | meaning |
//! |---|---|---|
//! | `aclk`, `aresetn` | 1 | clock; synchronous active-low reset (empties the pipeline) |
//! | `s_axis_tdata` | 552 | the record bus as on `xnc_compressor.m_axis_tdata` (bit 551 = F, bits 550..519 = S0..S31, codes from bit 518 down); bits after the record's end are ignored |
//! | `s_axis_tuser` | 10 | record length in bits; accepted for a port-to-port connection, not needed |
//! | `s_axis_tvalid/tready/tlast` | 1 | |
//! | `m_axis_tdata` | 512 | word i (FP16) in bits `16i+15..16i` |
//! | `m_axis_tvalid/tready/tlast` | 1 | tlast copied from the input beat |
//!
//! Pipeline (3 register stages, latency 3 cycles, 1 chunk per cycle):
//!
//! 1. `s1_`: code widths from F and S, segment lengths (adder tree), split the 512-bit code field
//!    into 2 halves and 4 octets (a left-aligned segment `c` whose first part is `l` bits long splits
//!    into `c` and `c << l`, written `(c << 9 * 2^m) << (l - 9 * 2^m)` for a first part of 2^m
//!    codes, so that the barrel shifter is only as deep as the length's excess over its minimum
//!    needs: see `xnc_compressor`'s merges);
//! 2. `s2_`: split the octets into quads, pairs and the 32 codes (left-aligned in 16 bits);
//! 3. `s3_`: rebuild each transformed word, undo the NOT, prefix-XOR across the chunk.

use crate::xnc_compressor::{array_init, CHUNK, CHUNK_BITS, LEN_BITS, MIN_CODE_BITS, RECORD_BUS_BITS};
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

    // Stage 1: widths, lengths, halves, octets.
    s0_hdr: Signal<Local, Bits<33>>,
    s0_w: [Signal<Local, Bits<LEN_BITS>>; 24],
    s0_pl: [Signal<Local, Bits<LEN_BITS>>; 12],
    s0_ql: [Signal<Local, Bits<LEN_BITS>>; 6],
    s0_ol: [Signal<Local, Bits<LEN_BITS>>; 3],
    s0_hl: Signal<Local, Bits<LEN_BITS>>,
    s0_c: Signal<Local, Bits<512>>,
    s0_cs: Signal<Local, Bits<512>>,
    s0_h: [Signal<Local, Bits<256>>; 2],
    s0_hs: [Signal<Local, Bits<256>>; 2],
    s0_ce: Signal<Local, Bits<LEN_BITS>>,
    s0_he: [Signal<Local, Bits<LEN_BITS>>; 2],
    s1_hdr: DFF<Bits<33>>,
    s1_o: [DFF<Bits<128>>; 4],

    // Stage 2: octets -> quads -> pairs -> codes.
    s1_we: [Signal<Local, Bits<LEN_BITS>>; 16],
    s1_w1: [Signal<Local, Bits<LEN_BITS>>; 8],
    s1_w3: [Signal<Local, Bits<LEN_BITS>>; 4],
    s1_ple: [Signal<Local, Bits<LEN_BITS>>; 8],
    s1_plo: [Signal<Local, Bits<LEN_BITS>>; 4],
    s1_ql: [Signal<Local, Bits<LEN_BITS>>; 4],
    s1_os: [Signal<Local, Bits<128>>; 4],
    s1_q: [Signal<Local, Bits<64>>; 8],
    s1_qs: [Signal<Local, Bits<64>>; 8],
    s1_p: [Signal<Local, Bits<32>>; 16],
    s1_ps: [Signal<Local, Bits<32>>; 16],
    s1_oe: [Signal<Local, Bits<LEN_BITS>>; 4],
    s1_qe: [Signal<Local, Bits<LEN_BITS>>; 8],
    s2_hdr: DFF<Bits<33>>,
    s2_c: [DFF<Bits<16>>; CHUNK],

    // Stage 3: words.
    s2_t: [Signal<Local, Bits<16>>; CHUNK],
    s2_d: [Signal<Local, Bits<16>>; CHUNK],
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
    k_w9: Constant<Bits<LEN_BITS>>,
    k_w12: Constant<Bits<LEN_BITS>>,
    k_w16: Constant<Bits<LEN_BITS>>,
    k_m9: Constant<Bits<16>>,
    k_m12: Constant<Bits<16>>,
    k_top9: Constant<Bits<16>>,
    k_top12: Constant<Bits<16>>,
    k_not: Constant<Bits<16>>,
    // Shortest segment of 2^m codes (9 * 2^m bits): the static part of each split shift.
    k_min: [Constant<Bits<LEN_BITS>>; 5],
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
            s0_w: array_init(),
            s0_pl: array_init(),
            s0_ql: array_init(),
            s0_ol: array_init(),
            s0_hl: Default::default(),
            s0_c: Default::default(),
            s0_cs: Default::default(),
            s0_h: array_init(),
            s0_hs: array_init(),
            s0_ce: Default::default(),
            s0_he: array_init(),
            s1_hdr: Default::default(),
            s1_o: array_init(),
            s1_we: array_init(),
            s1_w1: array_init(),
            s1_w3: array_init(),
            s1_ple: array_init(),
            s1_plo: array_init(),
            s1_ql: array_init(),
            s1_os: array_init(),
            s1_q: array_init(),
            s1_qs: array_init(),
            s1_p: array_init(),
            s1_ps: array_init(),
            s1_oe: array_init(),
            s1_qe: array_init(),
            s2_hdr: Default::default(),
            s2_c: array_init(),
            s2_t: array_init(),
            s2_d: array_init(),
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
            k_w9: Constant::new(9.into()),
            k_w12: Constant::new(12.into()),
            k_w16: Constant::new(16.into()),
            k_m9: Constant::new(0x7F80.into()),
            k_m12: Constant::new(0x7FF0.into()),
            k_top9: Constant::new(0xF800.into()),
            k_top12: Constant::new(0xC000.into()),
            k_not: Constant::new(0x7800.into()),
            k_min: std::array::from_fn(|m| Constant::new(((MIN_CODE_BITS << m) as u64).to_bits())),
        }
    }
}

// rust-hdl notes: see `xnc_compressor` (no loop variable inside `bit_cast`, no reads of `.next`,
// sliced shift amounts). Widths are recomputed from the header in stage 2 rather than registered.
impl Logic for XncDecompressor {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, aclk, s1_valid, s2_valid, s3_valid, s1_last, s2_last, s3_last, s1_hdr, s2_hdr);
        for k in 0..4 {
            self.s1_o[k].clock.next = self.aclk.val();
            self.s1_o[k].d.next = self.s1_o[k].q.val();
        }
        for i in 0..32 {
            self.s2_c[i].clock.next = self.aclk.val();
            self.s2_c[i].d.next = self.s2_c[i].q.val();
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

        // ---- stage 1: widths and lengths from {F, S}; split the code field into octets ----
        self.s0_hdr.next = self.s_axis_tdata.val().get_bits::<33>(519);
        // words 24..31 only matter to the stage-2 splits
        for i in 0..24 {
            if self.s0_hdr.val().get_bit(32) {
                if self.s0_hdr.val().get_bit(31 - i) {
                    self.s0_w[i].next = self.k_w9.val();
                } else {
                    self.s0_w[i].next = self.k_w12.val();
                }
            } else if self.s0_hdr.val().get_bit(31 - i) {
                self.s0_w[i].next = self.k_w12.val();
            } else {
                self.s0_w[i].next = self.k_w16.val();
            }
        }
        for j in 0..12 {
            self.s0_pl[j].next = self.s0_w[2 * j].val() + self.s0_w[2 * j + 1].val();
        }
        for j in 0..6 {
            self.s0_ql[j].next = self.s0_pl[2 * j].val() + self.s0_pl[2 * j + 1].val();
        }
        for j in 0..3 {
            self.s0_ol[j].next = self.s0_ql[2 * j].val() + self.s0_ql[2 * j + 1].val();
        }
        self.s0_hl.next = self.s0_ol[0].val() + self.s0_ol[1].val();
        self.s0_c.next = self.s_axis_tdata.val().get_bits::<512>(7);
        self.s0_ce.next = self.s0_hl.val() - self.k_min[4].val();
        self.s0_cs.next = (self.s0_c.val() << self.k_min[4].val()) << self.s0_ce.val().get_bits::<7>(0);
        self.s0_h[0].next = self.s0_c.val().get_bits::<256>(256);
        self.s0_h[1].next = self.s0_cs.val().get_bits::<256>(256);
        for k in 0..2 {
            self.s0_he[k].next = self.s0_ol[2 * k].val() - self.k_min[3].val();
            self.s0_hs[k].next = (self.s0_h[k].val() << self.k_min[3].val()) << self.s0_he[k].val().get_bits::<6>(0);
        }
        if self.en1.val() {
            self.s1_valid.d.next = self.s_axis_tvalid.val() & self.aresetn.val();
            self.s1_last.d.next = self.s_axis_tlast.val();
            self.s1_hdr.d.next = self.s0_hdr.val();
            for k in 0..2 {
                self.s1_o[2 * k].d.next = self.s0_h[k].val().get_bits::<128>(128);
                self.s1_o[2 * k + 1].d.next = self.s0_hs[k].val().get_bits::<128>(128);
            }
        }

        // ---- stage 2: octets -> quads -> pairs -> codes (left-aligned in 16 bits) ----
        // widths of the words whose lengths the splits need: 2j, 4m+1, 8k+3
        for j in 0..16 {
            if self.s1_hdr.q.val().get_bit(32) {
                if self.s1_hdr.q.val().get_bit(31 - (2 * j)) {
                    self.s1_we[j].next = self.k_w9.val();
                } else {
                    self.s1_we[j].next = self.k_w12.val();
                }
            } else if self.s1_hdr.q.val().get_bit(31 - (2 * j)) {
                self.s1_we[j].next = self.k_w12.val();
            } else {
                self.s1_we[j].next = self.k_w16.val();
            }
        }
        for j in 0..8 {
            if self.s1_hdr.q.val().get_bit(32) {
                if self.s1_hdr.q.val().get_bit(31 - (4 * j + 1)) {
                    self.s1_w1[j].next = self.k_w9.val();
                } else {
                    self.s1_w1[j].next = self.k_w12.val();
                }
            } else if self.s1_hdr.q.val().get_bit(31 - (4 * j + 1)) {
                self.s1_w1[j].next = self.k_w12.val();
            } else {
                self.s1_w1[j].next = self.k_w16.val();
            }
        }
        for j in 0..4 {
            if self.s1_hdr.q.val().get_bit(32) {
                if self.s1_hdr.q.val().get_bit(31 - (8 * j + 3)) {
                    self.s1_w3[j].next = self.k_w9.val();
                } else {
                    self.s1_w3[j].next = self.k_w12.val();
                }
            } else if self.s1_hdr.q.val().get_bit(31 - (8 * j + 3)) {
                self.s1_w3[j].next = self.k_w12.val();
            } else {
                self.s1_w3[j].next = self.k_w16.val();
            }
        }
        // only the lengths the splits need: pair 2m, pair 4k+1, quad 2k
        for m in 0..8 {
            self.s1_ple[m].next = self.s1_we[2 * m].val() + self.s1_w1[m].val();
        }
        for k in 0..4 {
            self.s1_plo[k].next = self.s1_we[4 * k + 1].val() + self.s1_w3[k].val();
            self.s1_ql[k].next = self.s1_ple[2 * k].val() + self.s1_plo[k].val();
        }
        for k in 0..4 {
            self.s1_oe[k].next = self.s1_ql[k].val() - self.k_min[2].val();
            self.s1_os[k].next = (self.s1_o[k].q.val() << self.k_min[2].val()) << self.s1_oe[k].val().get_bits::<5>(0);
            self.s1_q[2 * k].next = self.s1_o[k].q.val().get_bits::<64>(64);
            self.s1_q[2 * k + 1].next = self.s1_os[k].val().get_bits::<64>(64);
        }
        for m in 0..8 {
            self.s1_qe[m].next = self.s1_ple[m].val() - self.k_min[1].val();
            self.s1_qs[m].next = (self.s1_q[m].val() << self.k_min[1].val()) << self.s1_qe[m].val().get_bits::<4>(0);
            self.s1_p[2 * m].next = self.s1_q[m].val().get_bits::<32>(32);
            self.s1_p[2 * m + 1].next = self.s1_qs[m].val().get_bits::<32>(32);
        }
        // the second code of a pair: the pair after its first code, 9, 12 or 16 bits (a 3-way choice)
        for j in 0..16 {
            if self.s1_hdr.q.val().get_bit(32) {
                if self.s1_hdr.q.val().get_bit(31 - (2 * j)) {
                    self.s1_ps[j].next = self.s1_p[j].val() << self.k_w9.val();
                } else {
                    self.s1_ps[j].next = self.s1_p[j].val() << self.k_w12.val();
                }
            } else if self.s1_hdr.q.val().get_bit(31 - (2 * j)) {
                self.s1_ps[j].next = self.s1_p[j].val() << self.k_w12.val();
            } else {
                self.s1_ps[j].next = self.s1_p[j].val() << self.k_w16.val();
            }
        }
        if self.en2.val() {
            self.s2_valid.d.next = self.s1_valid.q.val();
            self.s2_last.d.next = self.s1_last.q.val();
            self.s2_hdr.d.next = self.s1_hdr.q.val();
            for j in 0..16 {
                self.s2_c[2 * j].d.next = self.s1_p[j].val().get_bits::<16>(16);
                self.s2_c[2 * j + 1].d.next = self.s1_ps[j].val().get_bits::<16>(16);
            }
        }

        // ---- stage 3: rebuild d, undo the NOT, prefix-XOR ----
        for i in 0..32 {
            if self.s2_hdr.q.val().get_bit(32) & self.s2_hdr.q.val().get_bit(31 - i) {
                // 9-bit {b15, b10..b3} in code bits 15..7: b14..b11 copy b15
                if self.s2_c[i].q.val().get_bit(15) {
                    self.s2_t[i].next = self.k_top9.val() | ((self.s2_c[i].q.val() & self.k_m9.val()) >> 4);
                } else {
                    self.s2_t[i].next = (self.s2_c[i].q.val() & self.k_m9.val()) >> 4;
                }
            } else if self.s2_hdr.q.val().get_bit(32) | self.s2_hdr.q.val().get_bit(31 - i) {
                // 12-bit {b15, b13..b3} in code bits 15..4: b14 copies b15
                if self.s2_c[i].q.val().get_bit(15) {
                    self.s2_t[i].next = self.k_top12.val() | ((self.s2_c[i].q.val() & self.k_m12.val()) >> 1);
                } else {
                    self.s2_t[i].next = (self.s2_c[i].q.val() & self.k_m12.val()) >> 1;
                }
            } else {
                self.s2_t[i].next = self.s2_c[i].q.val();
            }
            if self.s2_t[i].val().get_bit(15) {
                self.s2_d[i].next = self.s2_t[i].val() ^ self.k_not.val();
            } else {
                self.s2_d[i].next = self.s2_t[i].val();
            }
        }
        // prefix XOR across the chunk in groups of four words: the prefix inside each group (at most
        // four terms), the prefix of the eight group totals (Kogge-Stone, 3 levels), then each word's
        // group prefix XOR the totals of the groups before it (at most five terms: one LUT a bit)
        for g in 0..8 {
            self.s2_l[4 * g].next = self.s2_d[4 * g].val();
            self.s2_l[4 * g + 1].next = self.s2_d[4 * g].val() ^ self.s2_d[4 * g + 1].val();
            self.s2_l[4 * g + 2].next =
                self.s2_d[4 * g].val() ^ self.s2_d[4 * g + 1].val() ^ self.s2_d[4 * g + 2].val();
            self.s2_l[4 * g + 3].next = self.s2_d[4 * g].val()
                ^ self.s2_d[4 * g + 1].val()
                ^ self.s2_d[4 * g + 2].val()
                ^ self.s2_d[4 * g + 3].val();
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

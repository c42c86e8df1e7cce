//! `tans_decoder_x4`, `tans_decoder_x8`: plain BF16 coding-pair decoders with `LANES` tANS lanes,
//! `LANES` values per cycle (FORMAT.md section 3.4: value k of a block belongs to lane `k mod N`,
//! every lane is coded like a one-lane block, with its own tANS and raw streams).
//!
//! # Structure
//!
//! `LANES` copies of the one-lane core [`TansDecoderR6`] (R = 6), each with its own decode tables:
//! the tables are read asynchronously at the lane's state in the lane's own state loop, so a shared
//! table would need `LANES` read ports, which distributed RAM provides only by replication anyway
//! (a RAM64M has one read port per copy). One table write port is broadcast to every lane: the
//! tables are loaded once, exactly as for `tans_decoder`.
//!
//! Each lane's output goes into a two-entry FIFO (registers). The core sees `tready = !full` from
//! a register, so no lane's state loop depends on another lane or on `m_axis_tready`; and a lane
//! can run up to two values ahead while another one spends a cycle on an escape or waits for its
//! input, so an escape stalls the output only when it is not absorbed by the other lanes' FIFOs.
//! The output beat is formed from the FIFO heads: slot `l` (bits `16l..16l+16`) is lane `l`'s value.
//!
//! # Ports
//!
//! | port | dir | width | meaning |
//! |---|---|---|---|
//! | `aclk`, `aresetn` | in | 1 | clock; synchronous active-low reset of the stream state (tables kept) |
//! | `s_axis_ans_tdata/tvalid/tready/tlast` | in | 8N, N, N, N | N independent byte streams side by side: lane `l` uses `tdata[8l +: 8]` and bit `l` of the others; one lane's block packet as for `tans_decoder` |
//! | `s_axis_raw_tdata/tvalid/tready/tlast` | in | 8N, N, N, N | the lanes' raw streams, the same way |
//! | `m_axis_tdata/tkeep/tvalid/tready/tlast` | out | 16N, 2N, 1, 1, 1 | N BF16 values per beat (value `N j + l` of the block in slot `l` of beat `j`); `tkeep` clears the slots of lanes that have no value left in the block's last beat; `tlast` on the block's last beat |
//! | `tbl_*` | in | | the table write port of `tans_decoder`, broadcast to every lane |
//!
//! A block of n values needs n >= N (every lane carries at least one value, like a one-lane block).
//! Latency: 4 cycles from a block's first tANS transfer to its first `m_axis_tvalid` (the core's 3,
//! plus the FIFO register, which is what keeps the lanes' state loops apart: without it every
//! lane's `m_axis_tready`, and so its state update, would wait for an AND of all lanes' valids).
//!
//! # Cost (yosys 0.23 `synth_xilinx -flatten`; `scripts/report.sh`)
//!
//! | block | logic LUTs | per lane | LUT-RAM | FF |
//! |---|---:|---:|---|---:|
//! | `tans_decoder_x4` | 434 | 108.5 | 20 RAM64M + 8 RAM32M | 372 |
//! | `tans_decoder_x8` | 902 | 112.8 | 40 RAM64M + 16 RAM32M | 744 |
//!
//! Per lane: the core's 69 LUTs, about 35 for the FIFO (a 17-bit 3:1 head multiplexer and the
//! second entry) and a few for the beat. Throughput: N values per cycle less the cycles every lane
//! spends on its block's initial state and on escapes that the FIFOs do not absorb (7.83 values per
//! cycle for x8 on the full smollm2 table, Verilator, no stalls).

use crate::tans_decoder::TansDecoderR6;
use rust_hdl::prelude::*;

/// One lane's output FIFO (two entries) and its end-of-block flag; the Rust model of the registers
/// the Verilog of [`TansDecoderLanes`] declares.
#[derive(Clone, Copy, Debug, Default)]
struct LaneRegs {
    e0: u16,
    l0: bool,
    v0: bool,
    e1: u16,
    l1: bool,
    v1: bool,
    /// The lane has delivered its last value of the current block (its slot is empty until the
    /// block's last beat).
    done: bool,
}

/// A tANS decoder with `L` lanes (R = 6). `L8`, `L16`, `L2` must be `8L`, `16L`, `2L` (the
/// widths of the packed ports); use [`TansDecoderX4`] or [`TansDecoderX8`].
#[derive(LogicBlock)]
pub struct TansDecoderLanes<const L: usize, const L8: usize, const L16: usize, const L2: usize> {
    /// Clock.
    pub aclk: Signal<In, Clock>,
    /// Synchronous active-low reset (stream state only; the tables are kept).
    pub aresetn: Signal<In, Bit>,
    /// tANS stream bytes, lane `l` in bits `8l..8l+8`.
    pub s_axis_ans_tdata: Signal<In, Bits<L8>>,
    /// tANS byte valid, one bit per lane.
    pub s_axis_ans_tvalid: Signal<In, Bits<L>>,
    /// tANS byte accepted, one bit per lane.
    pub s_axis_ans_tready: Signal<Out, Bits<L>>,
    /// Last tANS byte of the lane's block, one bit per lane.
    pub s_axis_ans_tlast: Signal<In, Bits<L>>,
    /// Raw stream bytes, lane `l` in bits `8l..8l+8`.
    pub s_axis_raw_tdata: Signal<In, Bits<L8>>,
    /// Raw byte valid, one bit per lane.
    pub s_axis_raw_tvalid: Signal<In, Bits<L>>,
    /// Raw byte accepted, one bit per lane.
    pub s_axis_raw_tready: Signal<Out, Bits<L>>,
    /// Last raw byte of the lane's block, one bit per lane.
    pub s_axis_raw_tlast: Signal<In, Bits<L>>,
    /// `L` BF16 values, lane `l` in bits `16l..16l+16`.
    pub m_axis_tdata: Signal<Out, Bits<L16>>,
    /// Byte enables: both bytes of slot `l` are set when lane `l` has a value in the beat.
    pub m_axis_tkeep: Signal<Out, Bits<L2>>,
    /// Output valid.
    pub m_axis_tvalid: Signal<Out, Bit>,
    /// Output accepted.
    pub m_axis_tready: Signal<In, Bit>,
    /// Last beat of the block.
    pub m_axis_tlast: Signal<Out, Bit>,
    /// Table write enable (every lane).
    pub tbl_we: Signal<In, Bit>,
    /// Table address: `0..64` decode entries, `64 + c` code map entry `c`.
    pub tbl_addr: Signal<In, Bits<7>>,
    /// Decode entry: code emitted in the state.
    pub tbl_code: Signal<In, Bits<4>>,
    /// Decode entry: number of state bits to read.
    pub tbl_nb: Signal<In, Bits<3>>,
    /// Decode entry: next state without the bits read.
    pub tbl_base: Signal<In, Bits<6>>,
    /// Code map entry: exponent of the code.
    pub tbl_exp: Signal<In, Bits<8>>,
    /// Code map entry: the code is the escape.
    pub tbl_esc: Signal<In, Bit>,

    lane: [TansDecoderR6; L],
    _q: [LaneRegs; L],
    /// The registers' values after the last rising edge, made visible one pass later: rust-hdl
    /// delivers the clock to the lanes' flip-flops (two levels down) two passes after this block
    /// sees it, and they must sample inputs computed from the registers' values before the edge.
    _pending: Option<[LaneRegs; L]>,
}

/// Four lanes.
pub type TansDecoderX4 = TansDecoderLanes<4, 32, 64, 8>;
/// Eight lanes.
pub type TansDecoderX8 = TansDecoderLanes<8, 64, 128, 16>;

impl<const L: usize, const L8: usize, const L16: usize, const L2: usize> TansDecoderLanes<L, L8, L16, L2> {
    /// Number of lanes.
    pub const LANES: usize = L;

    /// A decoder; panics if the const parameters are inconsistent (a bug, not an input).
    pub fn new() -> Self {
        assert!((2..=8).contains(&L), "{L} lanes: 2..=8 are supported (FORMAT.md 3.4)");
        assert_eq!((L8, L16, L2), (8 * L, 16 * L, 2 * L), "port widths must be 8L, 16L, 2L");
        Self {
            aclk: Default::default(),
            aresetn: Default::default(),
            s_axis_ans_tdata: Default::default(),
            s_axis_ans_tvalid: Default::default(),
            s_axis_ans_tready: Default::default(),
            s_axis_ans_tlast: Default::default(),
            s_axis_raw_tdata: Default::default(),
            s_axis_raw_tvalid: Default::default(),
            s_axis_raw_tready: Default::default(),
            s_axis_raw_tlast: Default::default(),
            m_axis_tdata: Default::default(),
            m_axis_tkeep: Default::default(),
            m_axis_tvalid: Default::default(),
            m_axis_tready: Default::default(),
            m_axis_tlast: Default::default(),
            tbl_we: Default::default(),
            tbl_addr: Default::default(),
            tbl_code: Default::default(),
            tbl_nb: Default::default(),
            tbl_base: Default::default(),
            tbl_exp: Default::default(),
            tbl_esc: Default::default(),
            lane: std::array::from_fn(|_| TansDecoderR6::new()),
            _q: [LaneRegs::default(); L],
            _pending: None,
        }
    }

    /// The output beat is complete: every lane has a value or is done with the block.
    fn beat(&self) -> bool {
        self._q.iter().all(|q| q.v0 || q.done)
    }
}

impl<const L: usize, const L8: usize, const L16: usize, const L2: usize> Default for TansDecoderLanes<L, L8, L16, L2> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const L: usize, const L8: usize, const L16: usize, const L2: usize> Logic for TansDecoderLanes<L, L8, L16, L2> {
    fn update(&mut self) {
        if let Some(q) = self._pending.take() {
            self._q = q;
        }
        // Registers (the `always @(posedge aclk)` of `hdl`), from the values before the edge.
        if self.aclk.pos_edge() {
            let rst = !self.aresetn.val();
            let fire = self.beat() && self.m_axis_tready.val();
            let end = fire && self._q[0].l0;
            let mut regs = self._q;
            for (q, lane) in regs.iter_mut().zip(self.lane.iter()) {
                let push = lane.m_axis_tvalid.val() && !q.v1;
                let (d, last) =
                    (lane.m_axis_tdata.val().index() as u16, lane.m_axis_tvalid.val() && lane.m_axis_tlast.val());
                let pop = fire && !q.done;
                let popped_last = pop && q.l0;
                if rst {
                    q.v0 = false;
                    q.v1 = false;
                    q.done = false;
                    continue;
                }
                match (pop, push) {
                    (true, true) => {
                        if q.v1 {
                            (q.e0, q.l0) = (q.e1, q.l1);
                            (q.e1, q.l1) = (d, last);
                        } else {
                            (q.e0, q.l0) = (d, last);
                        }
                    }
                    (true, false) => {
                        (q.e0, q.l0, q.v0) = (q.e1, q.l1, q.v1);
                        q.v1 = false;
                    }
                    (false, true) => {
                        if q.v0 {
                            (q.e1, q.l1, q.v1) = (d, last, true);
                        } else {
                            (q.e0, q.l0, q.v0) = (d, last, true);
                        }
                    }
                    (false, false) => {}
                }
                if fire {
                    q.done = !end && (q.done || popped_last);
                }
            }
            self._pending = Some(regs);
        }
        // Lane inputs: the packed ports' slices, the shared table port; tready from the FIFO.
        for (l, lane) in self.lane.iter_mut().enumerate() {
            lane.aclk.next = self.aclk.val();
            lane.aresetn.next = self.aresetn.val();
            lane.s_axis_ans_tdata.next = self.s_axis_ans_tdata.val().get_bits::<8>(8 * l);
            lane.s_axis_ans_tvalid.next = self.s_axis_ans_tvalid.val().get_bit(l);
            lane.s_axis_ans_tlast.next = self.s_axis_ans_tlast.val().get_bit(l);
            lane.s_axis_raw_tdata.next = self.s_axis_raw_tdata.val().get_bits::<8>(8 * l);
            lane.s_axis_raw_tvalid.next = self.s_axis_raw_tvalid.val().get_bit(l);
            lane.s_axis_raw_tlast.next = self.s_axis_raw_tlast.val().get_bit(l);
            lane.m_axis_tready.next = !self._q[l].v1;
            lane.tbl_we.next = self.tbl_we.val();
            lane.tbl_addr.next = self.tbl_addr.val();
            lane.tbl_code.next = self.tbl_code.val();
            lane.tbl_nb.next = self.tbl_nb.val();
            lane.tbl_base.next = self.tbl_base.val();
            lane.tbl_exp.next = self.tbl_exp.val();
            lane.tbl_esc.next = self.tbl_esc.val();
        }
        // Outputs.
        let (mut ans_rdy, mut raw_rdy) = (Bits::<L>::default(), Bits::<L>::default());
        let (mut data, mut keep) = (Bits::<L16>::default(), Bits::<L2>::default());
        for (l, (q, lane)) in self._q.iter().zip(self.lane.iter()).enumerate() {
            ans_rdy = ans_rdy.replace_bit(l, lane.s_axis_ans_tready.val());
            raw_rdy = raw_rdy.replace_bit(l, lane.s_axis_raw_tready.val());
            for b in 0..16 {
                data = data.replace_bit(16 * l + b, (q.e0 >> b) & 1 == 1);
            }
            keep = keep.replace_bit(2 * l, !q.done).replace_bit(2 * l + 1, !q.done);
        }
        self.s_axis_ans_tready.next = ans_rdy;
        self.s_axis_raw_tready.next = raw_rdy;
        self.m_axis_tdata.next = data;
        self.m_axis_tkeep.next = keep;
        self.m_axis_tvalid.next = self.beat();
        self.m_axis_tlast.next = self._q[0].l0;
    }

    fn connect(&mut self) {
        for lane in self.lane.iter_mut() {
            lane.aclk.connect();
            lane.aresetn.connect();
            lane.s_axis_ans_tdata.connect();
            lane.s_axis_ans_tvalid.connect();
            lane.s_axis_ans_tlast.connect();
            lane.s_axis_raw_tdata.connect();
            lane.s_axis_raw_tvalid.connect();
            lane.s_axis_raw_tlast.connect();
            lane.m_axis_tready.connect();
            lane.tbl_we.connect();
            lane.tbl_addr.connect();
            lane.tbl_code.connect();
            lane.tbl_nb.connect();
            lane.tbl_base.connect();
            lane.tbl_exp.connect();
            lane.tbl_esc.connect();
        }
        self.s_axis_ans_tready.connect();
        self.s_axis_raw_tready.connect();
        self.m_axis_tdata.connect();
        self.m_axis_tkeep.connect();
        self.m_axis_tvalid.connect();
        self.m_axis_tlast.connect();
    }

    fn hdl(&self) -> Verilog {
        // rust-hdl declares the lanes' port signals (`lane$<l>$<port>`) and instantiates the lanes;
        // this text drives their inputs, holds the FIFOs and forms the beat.
        let mut v = format!(
            "\
reg [{lm}:0] v0_q, v1_q, l0_q, l1_q, done_q;
reg [{dm}:0] e0_q, e1_q;
wire beat = &(v0_q | done_q);
wire fire = beat & m_axis_tready;
wire block_end = fire & l0_q[0];
wire [{lm}:0] lane_valid, lane_last, push, pop;
wire [{dm}:0] lane_data;

initial begin
    v0_q = {l}'h0;
    v1_q = {l}'h0;
    l0_q = {l}'h0;
    l1_q = {l}'h0;
    done_q = {l}'h0;
    e0_q = {d}'h0;
    e1_q = {d}'h0;
end

assign push = lane_valid & ~v1_q;
assign pop = {{{l}{{fire}}}} & ~done_q;

always @(*) begin
    m_axis_tdata = e0_q;
    m_axis_tvalid = beat;
    m_axis_tlast = l0_q[0];
end

// Per lane: a two-entry FIFO (e0 the head) and the done flag.
always @(posedge aclk) begin
    if (!aresetn) begin
        v0_q <= {l}'h0;
        v1_q <= {l}'h0;
        done_q <= {l}'h0;
    end else begin
        v0_q <= (v0_q & ~pop) | (v1_q & pop) | (push & ~(v0_q & ~pop));
        v1_q <= (v1_q & ~pop) | (push & v0_q & ~pop) | (push & v1_q);
        if (fire) done_q <= block_end ? {l}'h0 : (done_q | (pop & l0_q));
    end
end
",
            l = L,
            lm = L - 1,
            d = 16 * L,
            dm = 16 * L - 1,
        );
        // One combinational and one clocked block for all lanes (no signal driven from two blocks).
        let (mut comb, mut seq) = (String::new(), String::new());
        for l in 0..L {
            let (h, lo, bh, bl) = (16 * l + 15, 16 * l, 8 * l + 7, 8 * l);
            v.push_str(&format!(
                "assign lane_valid[{l}] = lane${l}$m_axis_tvalid;\n\
                 assign lane_last[{l}] = lane${l}$m_axis_tlast;\n\
                 assign lane_data[{h}:{lo}] = lane${l}$m_axis_tdata;\n"
            ));
            comb.push_str(&format!(
                "    lane${l}$aclk = aclk;
    lane${l}$aresetn = aresetn;
    lane${l}$s_axis_ans_tdata = s_axis_ans_tdata[{bh}:{bl}];
    lane${l}$s_axis_ans_tvalid = s_axis_ans_tvalid[{l}];
    lane${l}$s_axis_ans_tlast = s_axis_ans_tlast[{l}];
    lane${l}$s_axis_raw_tdata = s_axis_raw_tdata[{bh}:{bl}];
    lane${l}$s_axis_raw_tvalid = s_axis_raw_tvalid[{l}];
    lane${l}$s_axis_raw_tlast = s_axis_raw_tlast[{l}];
    lane${l}$m_axis_tready = !v1_q[{l}];
    lane${l}$tbl_we = tbl_we;
    lane${l}$tbl_addr = tbl_addr;
    lane${l}$tbl_code = tbl_code;
    lane${l}$tbl_nb = tbl_nb;
    lane${l}$tbl_base = tbl_base;
    lane${l}$tbl_exp = tbl_exp;
    lane${l}$tbl_esc = tbl_esc;
    s_axis_ans_tready[{l}] = lane${l}$s_axis_ans_tready;
    s_axis_raw_tready[{l}] = lane${l}$s_axis_raw_tready;
    m_axis_tkeep[{k1}:{k0}] = {{2{{!done_q[{l}]}}}};
",
                k1 = 2 * l + 1,
                k0 = 2 * l,
            ));
            seq.push_str(&format!(
                "    if (pop[{l}] & push[{l}]) begin
        e0_q[{h}:{lo}] <= v1_q[{l}] ? e1_q[{h}:{lo}] : lane_data[{h}:{lo}];
        l0_q[{l}] <= v1_q[{l}] ? l1_q[{l}] : lane_last[{l}];
    end else if (pop[{l}]) begin
        e0_q[{h}:{lo}] <= e1_q[{h}:{lo}];
        l0_q[{l}] <= l1_q[{l}];
    end else if (push[{l}] & !v0_q[{l}]) begin
        e0_q[{h}:{lo}] <= lane_data[{h}:{lo}];
        l0_q[{l}] <= lane_last[{l}];
    end
    if (push[{l}] & v0_q[{l}] & !pop[{l}]) begin
        e1_q[{h}:{lo}] <= lane_data[{h}:{lo}];
        l1_q[{l}] <= lane_last[{l}];
    end
"
            ));
        }
        v.push_str(&format!(
            "\n// Lane ports.\nalways @(*) begin\n{comb}end\n\n// FIFO data (e0 the head; push never meets a full FIFO).\nalways @(posedge aclk) begin\n{seq}end\n"
        ));
        Verilog::Custom(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generates_verilog_for_x4_and_x8() {
        let v4 = crate::emit::verilog("tans_decoder_x4", &mut TansDecoderX4::new(), "test");
        assert!(v4.contains("module tans_decoder_x4("));
        assert!(v4.contains("lane_3_m_axis_tready"));
        let v8 = crate::emit::verilog("tans_decoder_x8", &mut TansDecoderX8::new(), "test");
        assert!(v8.contains("input wire  [63:0] s_axis_ans_tdata;"));
        assert!(v8.contains("output reg  [127:0] m_axis_tdata;"));
    }
}

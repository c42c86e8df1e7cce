//! `tans_decoder_x4`, `tans_decoder_x8`: plain BF16 coding-pair decoders (R = 6) with `LANES` tANS
//! lanes, up to `LANES` values per cycle (FORMAT.md section 3.4: value k of a block belongs to lane
//! `k mod N`, and every lane is coded like a one-lane block, with its own tANS and raw streams).
//!
//! # Structure
//!
//! `LANES` copies of the one-lane core [`TansDecoderR6`], each with its own decode tables: a table
//! is read asynchronously at the lane's state inside the lane's state loop, so a shared table would
//! need `LANES` read ports, which distributed RAM gives only by replication anyway. One table write
//! port is broadcast to every lane: the tables are loaded once, exactly as for `tans_decoder`.
//!
//! Each lane's values go into a two-entry FIFO (registers). The core sees `tready` from registers
//! (`!full && !done`), so no lane's state loop depends on another lane or on `m_axis_tready`, and a
//! lane runs up to two values ahead while another one spends a cycle on an escape or waits for its
//! input. The output beat is formed from the FIFO heads: slot `l` (bits `16l..16l+16`) is lane `l`.
//!
//! # Ports and framing
//!
//! Per lane `l` two input streams with the one tANS framing of `tans_decoder` (docs/INTEGRATION.md):
//! `s_axis_ans_l<l>` (tANS bytes of the lane's part of the block, the lane's value count in `tuser`
//! with the first byte, `tlast` on the last byte) and `s_axis_raw_l<l>` (its raw bytes, `tlast` on the
//! last). The output `m_axis` carries `LANES` values per beat (value `N j + l` of the block in slot
//! `l` of beat `j`); in the block's last beat `tkeep` clears the slots of the lanes that have no
//! value left (their `tdata` bits are zero), and `tlast` marks it. A block needs at least `N`
//! values (every lane carries at least one). Once a lane's last value of the block is in its FIFO,
//! the lane takes nothing more (its core stalls) until the block's last beat leaves: a beat never
//! changes while it waits for `m_axis_tready`, and a finished lane's slot reads zero.
//!
//! Latency: 4 cycles from a block's first tANS transfer to its first `m_axis_tvalid` (the core's 3,
//! plus the FIFO register).
//!
//! # Cost (yosys 0.23 `synth_xilinx -flatten`; `scripts/report.sh`, reports/hardware.md)
//!
//! | block | logic LUTs | per lane | LUT-RAM | FF | ECP5-85 speed 8, median of 3 seeds | values/s |
//! |---|---:|---:|---|---:|---:|---:|
//! | `tans_decoder_x4` | 415 | 103.8 | 20 RAM64M + 8 RAM32M | 500 | 136.3 MHz | 545 M |
//! | `tans_decoder_x8` | 838 | 104.8 | 40 RAM64M + 16 RAM32M | 1,000 | 133.2 MHz | 1,065 M |
//!
//! Per lane: the core ([`TansDecoderR6`], about 70 LUTs alone: `tans_decoder` in
//! reports/hardware.md), about 17 LUTs for the FIFO head (a 3:1 choice of the second entry, the
//! core's value or zero) and a few for the beat. The critical path
//! on ECP5 is inside a core: state -> code RAM -> code map RAM (escape) -> end of block.

use crate::tans_decoder::TansDecoderR6;
use crate::tans_ports::{AnsIn, RawIn, TansTablePort, ValuesOut};
use rust_hdl::prelude::*;

/// One lane's output FIFO (two entries) and its end-of-block flag: the Rust model of the registers
/// the Verilog of [`TansDecoderLanes`] declares.
#[derive(Clone, Copy, Debug, Default)]
struct LaneRegs {
    e0: u16,
    l0: bool,
    v0: bool,
    e1: u16,
    l1: bool,
    v1: bool,
    /// The lane has delivered its last value of the current block.
    done: bool,
}

impl LaneRegs {
    /// The FIFO takes the lane's next value: it has room, and the lane's last value of the block
    /// is not in it yet (nor delivered): the next block's values wait until the block's last beat
    /// has left, so the slot of a lane done with the block stays zero.
    fn lane_ready(&self) -> bool {
        !(self.v1 || self.done || (self.v0 && self.l0))
    }
}

/// The per-lane streams of a lane decoder: rust-hdl names lane `l`'s signals `<stream>$<l>$<signal>`
/// (an array of interfaces), `rtl/` names them `<stream>_l<l>_<signal>`: see [`lane_port_names`].
const LANE_STREAMS: [&str; 2] = ["s_axis_ans", "s_axis_raw"];

/// rust-hdl names an array port's elements `<field>$<index>`; the Verilog of `rtl/` names lane
/// `l`'s streams `s_axis_ans_l<l>` and `s_axis_raw_l<l>` (one AXI4-Stream interface each).
pub fn lane_port_names(verilog: &str, lanes: usize) -> String {
    let mut v = verilog.to_string();
    for l in 0..lanes {
        for s in LANE_STREAMS {
            v = v.replace(&format!("{s}${l}$"), &format!("{s}_l{l}_"));
        }
    }
    v
}

/// A tANS decoder with `L` lanes (R = 6). `L16`, `L2` must be `16L`, `2L` (the widths of the output
/// port); use [`TansDecoderX4`] or [`TansDecoderX8`].
#[derive(LogicBlock)]
pub struct TansDecoderLanes<const L: usize, const L16: usize, const L2: usize> {
    /// Clock.
    pub aclk: Signal<In, Clock>,
    /// Synchronous active-low reset (stream state only; the tables are kept).
    pub aresetn: Signal<In, Bit>,
    /// Per lane `l`: the lane's tANS byte stream (`s_axis_ans_l<l>_*`), its value count in `tuser`.
    pub s_axis_ans: [AnsIn; L],
    /// Per lane `l`: the lane's raw byte stream (`s_axis_raw_l<l>_*`).
    pub s_axis_raw: [RawIn<8>; L],
    /// `L` BF16 values a beat, lane `l` in bits `16l..16l+16`; `tlast` on the block's last beat.
    pub m_axis: ValuesOut<L16>,
    /// Byte enables: both bytes of slot `l` are set when lane `l` has a value in the beat.
    pub m_axis_tkeep: Signal<Out, Bits<L2>>,
    /// Table write port (`tbl_we`, `tbl_addr`, ...), broadcast to every lane.
    pub tbl: TansTablePort<6, 3, 7>,

    lane: [TansDecoderR6; L],
    _q: [LaneRegs; L],
    /// The registers' values after the last rising edge, made visible one pass later: rust-hdl
    /// delivers the clock to the lanes' flip-flops (two levels down) two passes after this block
    /// sees it, and they must sample inputs computed from the registers' values before the edge.
    _pending: Option<[LaneRegs; L]>,
}

/// Four lanes.
pub type TansDecoderX4 = TansDecoderLanes<4, 64, 8>;
/// Eight lanes.
pub type TansDecoderX8 = TansDecoderLanes<8, 128, 16>;

impl<const L: usize, const L16: usize, const L2: usize> TansDecoderLanes<L, L16, L2> {
    /// Number of lanes.
    pub const LANES: usize = L;

    /// A decoder; panics if the const parameters are inconsistent (a bug, not an input).
    pub fn new() -> Self {
        assert!([2, 4, 8].contains(&L), "{L} lanes: 2, 4 or 8 (FORMAT.md 3.4)");
        assert_eq!((L16, L2), (16 * L, 2 * L), "port widths must be 16L, 2L");
        Self {
            aclk: Default::default(),
            aresetn: Default::default(),
            s_axis_ans: std::array::from_fn(|_| Default::default()),
            s_axis_raw: std::array::from_fn(|_| Default::default()),
            m_axis: Default::default(),
            m_axis_tkeep: Default::default(),
            tbl: Default::default(),
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

impl<const L: usize, const L16: usize, const L2: usize> Default for TansDecoderLanes<L, L16, L2> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const L: usize, const L16: usize, const L2: usize> Logic for TansDecoderLanes<L, L16, L2> {
    fn update(&mut self) {
        if let Some(q) = self._pending.take() {
            self._q = q;
        }
        // Registers (the `always @(posedge aclk)` of `hdl`), from the values before the edge.
        if self.aclk.pos_edge() {
            let rst = !self.aresetn.val();
            let fire = self.beat() && self.m_axis.tready.val();
            let end = fire && self._q[0].l0;
            let mut regs = self._q;
            for (q, lane) in regs.iter_mut().zip(self.lane.iter()) {
                let push = lane.m_axis.tvalid.val() && q.lane_ready();
                let (d, last) = (lane.m_axis.tdata.val().index() as u16, lane.m_axis.tlast.val());
                let pop = fire && !q.done;
                let popped_last = pop && q.l0;
                if pop || (push && !q.v0) {
                    (q.e0, q.l0) = if q.v1 {
                        (q.e1, q.l1)
                    } else if push {
                        (d, last)
                    } else {
                        (0, false)
                    };
                }
                if push && q.v0 && !pop {
                    (q.e1, q.l1) = (d, last);
                }
                let (v0, v1) = (q.v0, q.v1);
                q.v0 = v1 || push || (v0 && !pop);
                q.v1 = !pop && (v1 || (v0 && push));
                if fire {
                    q.done = !end && (q.done || popped_last);
                }
                if rst {
                    (q.v0, q.v1, q.done) = (false, false, false);
                }
            }
            self._pending = Some(regs);
        }
        // Lane inputs: the lane's ports, the shared table port; tready from the FIFO.
        for (l, lane) in self.lane.iter_mut().enumerate() {
            lane.aclk.next = self.aclk.val();
            lane.aresetn.next = self.aresetn.val();
            // Inputs forward to the lane, the lane's tready back out.
            self.s_axis_ans[l].link(&mut lane.s_axis_ans);
            self.s_axis_raw[l].link(&mut lane.s_axis_raw);
            self.tbl.link(&mut lane.tbl);
            lane.m_axis.tready.next = self._q[l].lane_ready();
        }
        // Outputs.
        let (mut data, mut keep) = (Bits::<L16>::default(), Bits::<L2>::default());
        for (l, q) in self._q.iter().enumerate() {
            data.set_bits::<16>(16 * l, (q.e0 as u64).to_bits());
            keep = keep.replace_bit(2 * l, !q.done).replace_bit(2 * l + 1, !q.done);
        }
        self.m_axis.tdata.next = data;
        self.m_axis_tkeep.next = keep;
        self.m_axis.tvalid.next = self.beat() && self.aresetn.val();
        self.m_axis.tlast.next = self._q[0].l0;
    }

    fn connect(&mut self) {
        for lane in self.lane.iter_mut() {
            lane.aclk.connect();
            lane.aresetn.connect();
            // The lane's inputs (its outputs are its own).
            lane.s_axis_ans.link_connect_dest();
            lane.s_axis_raw.link_connect_dest();
            lane.tbl.link_connect_dest();
            lane.m_axis.tready.connect();
        }
        for l in 0..L {
            self.s_axis_ans[l].tready.connect();
            self.s_axis_raw[l].tready.connect();
        }
        self.m_axis.tdata.connect();
        self.m_axis_tkeep.connect();
        self.m_axis.tvalid.connect();
        self.m_axis.tlast.connect();
    }

    fn hdl(&self) -> Verilog {
        // rust-hdl declares the lanes' port signals (`lane$<l>$<port>`) and instantiates the lanes;
        // this text drives their inputs, holds the FIFOs and forms the beat. Interface signals are
        // `<interface>$<signal>` here (`m_axis$tdata`), `<interface>_<signal>` in rtl/.
        let mut v = format!(
            "\
// Per lane l: a two-entry FIFO (e0 the head, e1 the second entry), valid flags v0/v1, last
// flags l0/l1, and done: the lane has delivered its last value of the block.
reg [{lm}:0] v0_q, v1_q, l0_q, l1_q, done_q;
reg [{dm}:0] e0_q, e1_q;
wire beat = &(v0_q | done_q);
wire fire = beat & m_axis$tready;
wire block_end = fire & l0_q[0];
wire [{lm}:0] lane_valid, lane_last, lane_ready, push, pop;
wire [{dm}:0] lane_data;

// The FIFO takes the lane's next value when it has room and holds no value that ends the block
// for the lane (nor has delivered it): the slot of a lane done with the block stays zero.
assign lane_ready = ~v1_q & ~done_q & ~(v0_q & l0_q);
assign push = lane_valid & lane_ready;
assign pop = {{{l}{{fire}}}} & ~done_q;

always @(*) begin
    m_axis$tdata = e0_q;
    m_axis$tvalid = beat & aresetn;
    m_axis$tlast = l0_q[0];
end

always @(posedge aclk) begin
    if (!aresetn) begin
        v0_q <= {l}'h0;
        v1_q <= {l}'h0;
        done_q <= {l}'h0;
    end else begin
        v0_q <= v1_q | push | (v0_q & ~pop);
        v1_q <= ~pop & (v1_q | (v0_q & push));
        if (fire) done_q <= block_end ? {l}'h0 : (done_q | (pop & l0_q));
    end
end
",
            l = L,
            lm = L - 1,
            dm = 16 * L - 1,
        );
        // One combinational and one clocked block for all lanes (no signal driven from two blocks).
        let (mut comb, mut seq) = (String::new(), String::new());
        for l in 0..L {
            let (h, lo) = (16 * l + 15, 16 * l);
            v.push_str(&format!(
                "assign lane_valid[{l}] = lane${l}$m_axis$tvalid;\n\
                 assign lane_last[{l}] = lane${l}$m_axis$tlast;\n\
                 assign lane_data[{h}:{lo}] = lane${l}$m_axis$tdata;\n"
            ));
            comb.push_str(&format!(
                "    lane${l}$aclk = aclk;
    lane${l}$aresetn = aresetn;
    lane${l}$s_axis_ans$tdata = s_axis_ans${l}$tdata;
    lane${l}$s_axis_ans$tuser = s_axis_ans${l}$tuser;
    lane${l}$s_axis_ans$tvalid = s_axis_ans${l}$tvalid;
    lane${l}$s_axis_ans$tlast = s_axis_ans${l}$tlast;
    lane${l}$s_axis_raw$tdata = s_axis_raw${l}$tdata;
    lane${l}$s_axis_raw$tvalid = s_axis_raw${l}$tvalid;
    lane${l}$s_axis_raw$tlast = s_axis_raw${l}$tlast;
    lane${l}$m_axis$tready = lane_ready[{l}];
    lane${l}$tbl$we = tbl$we;
    lane${l}$tbl$addr = tbl$addr;
    lane${l}$tbl$code = tbl$code;
    lane${l}$tbl$nb = tbl$nb;
    lane${l}$tbl$base = tbl$base;
    lane${l}$tbl$exp = tbl$exp;
    lane${l}$tbl$esc = tbl$esc;
    s_axis_ans${l}$tready = lane${l}$s_axis_ans$tready;
    s_axis_raw${l}$tready = lane${l}$s_axis_raw$tready;
    m_axis_tkeep[{k1}:{k0}] = {{2{{~done_q[{l}]}}}};
",
                k1 = 2 * l + 1,
                k0 = 2 * l,
            ));
            seq.push_str(&format!(
                "    if (pop[{l}] | (push[{l}] & ~v0_q[{l}])) begin
        e0_q[{h}:{lo}] <= v1_q[{l}] ? e1_q[{h}:{lo}] : (push[{l}] ? lane_data[{h}:{lo}] : 16'h0);
        l0_q[{l}] <= v1_q[{l}] ? l1_q[{l}] : (push[{l}] & lane_last[{l}]);
    end
    if (push[{l}] & v0_q[{l}] & ~pop[{l}]) begin
        e1_q[{h}:{lo}] <= lane_data[{h}:{lo}];
        l1_q[{l}] <= lane_last[{l}];
    end
"
            ));
        }
        v.push_str(&format!(
            "\n// Lane ports.\nalways @(*) begin\n{comb}end\n\n// FIFO data (a popped head with nothing behind it becomes zero: the slot of a lane done with\n// the block reads 0). A push never meets a full FIFO.\nalways @(posedge aclk) begin\n{seq}end\n"
        ));
        Verilog::Custom(v)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn lane_ports_are_renamed() {
        let v = (crate::manifest::block("tans_decoder_x4").unwrap().hdl)();
        assert!(v.contains("s_axis_ans_l3_tdata") && v.contains("s_axis_raw_l0_tready"), "{v}");
        assert!(!v.contains("s_axis_ans$0$") && !v.contains("s_axis_raw$3$"));
    }
}

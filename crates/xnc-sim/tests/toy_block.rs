//! Adding a block to the kit is its rust-hdl description (with its pins, one line for a block of an
//! existing shape) plus one block manifest entry; nothing else names it. This test adds a toy block
//! that way, without touching the kit's files, and gets from the one entry: its Verilog (header,
//! ANSI ports with comments, registers in the block's own module), the JSON of `xnc blocks`, the
//! docs/INTEGRATION.md catalogue, the beat layout of its vectors and the Rust cycle simulation
//! through the one stream driver, under stalls and a mid-stream reset.

use rust_hdl::prelude::*;
use xnc_rtl::manifest::{hdl, new_dut, Block as Entry, Dir, Dut, Golden, StreamPort};
use xnc_sim::driver::drive;
use xnc_sim::vectors::{BeatSet, PortBeats};
use xnc_sim::SimOptions;

/// The toy block: a one-register AXI4-Stream pipeline stage of bytes (its "rust-hdl file").
#[derive(LogicBlock, Default)]
struct ToyStage {
    aclk: Signal<In, Clock>,
    aresetn: Signal<In, Bit>,
    s_axis_tdata: Signal<In, Bits<8>>,
    s_axis_tlast: Signal<In, Bit>,
    s_axis_tvalid: Signal<In, Bit>,
    s_axis_tready: Signal<Out, Bit>,
    m_axis_tdata: Signal<Out, Bits<8>>,
    m_axis_tlast: Signal<Out, Bit>,
    m_axis_tvalid: Signal<Out, Bit>,
    m_axis_tready: Signal<In, Bit>,
    data_q: DFF<Bits<8>>,
    last_q: DFF<Bit>,
    valid_q: DFF<Bit>,
}

impl Logic for ToyStage {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, aclk, data_q, last_q, valid_q);
        self.s_axis_tready.next = (!self.valid_q.q.val() | self.m_axis_tready.val()) & self.aresetn.val();
        if self.s_axis_tready.val() {
            self.valid_q.d.next = self.s_axis_tvalid.val();
            self.data_q.d.next = self.s_axis_tdata.val();
            self.last_q.d.next = self.s_axis_tlast.val();
        }
        if !self.aresetn.val() {
            self.valid_q.d.next = false;
        }
        self.m_axis_tvalid.next = self.valid_q.q.val() & self.aresetn.val();
        self.m_axis_tdata.next = self.data_q.q.val();
        self.m_axis_tlast.next = self.last_q.q.val();
    }
}

// Its pins: the shape of the XNC blocks (one `s_axis`, one `m_axis`, no tuser, no table).
impl Dut for ToyStage {
    xnc_rtl::axis_pins!(;);
}

const BYTE: StreamPort = StreamPort {
    prefix: "s_axis",
    dir: Dir::In,
    tdata: 8,
    tuser: 0,
    tkeep: 0,
    tlast: true,
    tdata_doc: "a byte",
    tuser_doc: "",
    tkeep_doc: "",
    tlast_doc: "last byte of a packet",
};

/// The one manifest entry.
fn toy() -> Entry {
    Entry {
        name: "toy_stage",
        summary: "Toy: one register stage",
        inputs: &[BYTE],
        output: StreamPort { prefix: "m_axis", dir: Dir::Out, ..BYTE },
        table: None,
        latency: 1,
        throughput: "1 byte per cycle",
        doc: "Reset: empties the stage.",
        golden: Golden::XncPack { word_bits: 8 },
        hdl: hdl::<ToyStage>,
        dut: new_dut::<ToyStage>,
    }
}

#[test]
fn a_toy_block_needs_one_entry() {
    let toy = toy();
    let v = xnc_rtl::emit::block_verilog(&toy, "test");
    assert!(v.contains("// Toy: one register stage"), "{v}");
    assert!(v.contains("// Latency: 1 cycle(s)"), "{v}");
    assert!(v.contains("module toy_stage (\n"), "{v}");
    assert!(v.contains("input  wire   [7:0] s_axis_tdata,"), "{v}");
    assert!(v.contains("// 8 bits: a byte"), "{v}");
    assert!(
        v.contains("always @(posedge aclk) begin\n        data_q <= data_d;\n        last_q <= last_d;\n        valid_q <= valid_d;"),
        "{v}"
    );
    assert_eq!(v.matches("\nmodule ").count(), 1, "{v}");
    assert!(!v.lines().any(|l| l.trim_start().starts_with("initial")) && !v.contains("_clock"), "{v}");
    let json = serde_json::to_string(&[toy]).unwrap();
    assert!(json.contains("\"name\":\"toy_stage\""));
    assert_eq!(toy.output.beat_bytes(), 2);
    let md = xnc_rtl::emit::integration_catalogue(&[toy]);
    assert!(md.contains("### toy_stage\n") && md.contains("| `s_axis_tdata` | in | 8 | a byte |"), "{md}");

    // The Rust cycle simulation through the one driver: 300 bytes in packets of 7, the expected
    // output the input itself; without stalls, with stalls, and with a reset after 100 bytes.
    let bytes: Vec<u8> = (0..300u32).map(|i| (i * 37 + 11) as u8).collect();
    let (mut input, mut output) = (PortBeats::of(&toy.inputs[0]), PortBeats::of(&toy.output));
    for (i, &x) in bytes.iter().enumerate() {
        let last = i % 7 == 6 || i + 1 == bytes.len();
        for (port, beats) in [(&toy.inputs[0], &mut input), (&toy.output, &mut output)] {
            if i % 7 == 0 {
                beats.start_block();
            }
            beats.push(port, [x], 0, 0, last);
        }
    }
    let b = BeatSet {
        design: toy.name.into(),
        source: "synthetic".into(),
        values: bytes.len() as u64,
        inputs: vec![input],
        output,
        table: vec![],
    };
    for opts in [
        SimOptions::default(),
        SimOptions { stall_seed: Some(3), ..Default::default() },
        SimOptions { stall_seed: Some(4), reset_after: Some(100), ..Default::default() },
    ] {
        let r = drive(&toy, &b, &opts).unwrap();
        assert_eq!((r.mismatches, r.values), (0, 300), "{opts:?}: {:?}", r.first_mismatch);
        if opts.stall_seed.is_none() {
            assert_eq!(r.latency, Some(1), "the entry's latency");
        }
    }
    // A wrong expectation is caught: the driver compares every beat.
    let mut bad = b.clone();
    bad.output.data[2 * 150] ^= 1;
    assert_eq!(drive(&toy, &bad, &SimOptions::default()).unwrap().mismatches, 1);
}

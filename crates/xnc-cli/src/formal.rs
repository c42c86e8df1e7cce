//! Formal verification files for `formal/`, generated next to `rtl/` by `gen-verilog`.
//!
//! Three kinds of proof, all run by `scripts/formal.sh` with SymbiYosys and yices:
//!
//! * **AXI4-Stream rules of every block** (`<block>_axis.v` + `.sby`): the wrapper is written from the
//!   block's manifest entry (`xnc_rtl::manifest`: its streams with their payload signals, the table
//!   port; the same port list `rtl/<block>.v`'s header is written from). Streams into the block are assumed
//!   to follow the rules, streams out of it are asserted to ([`AXIS_CHECK`]), proved by k-induction;
//!   a cover task shows a handshake, a stall followed by a handshake and a `tlast` handshake on every
//!   stream are reachable, so the proof is not vacuous.
//! * **The XNC round trip** `decompress(compress(x)) == x` for every 512-bit chunk, as a chain of
//!   lemmas ([`roundtrip_lemmas`]). Each lemma cuts the compressor and decompressor at pipeline
//!   registers (`_q` becomes a free input, `_d` an observed output), reading each block as its
//!   generated formal twin (`formal/<block>_cut.v`, [`cut_twin`]: the block's text with observation
//!   ports and, under a `FORMAL_CUT_<SYM>` macro, the registers as inputs; never by editing `rtl/`
//!   or by commands on the netlist), assumes named facts
//!   about its inputs and asserts named facts about its outputs. [`check_chain`] verifies that every
//!   assumption is a guarantee of an earlier lemma, that assumptions only constrain a lemma's free
//!   inputs, and that the last lemma guarantees the goal; the facts are written once, as Verilog
//!   predicates over an independent specification of XNC ([`xnc_spec`], from SPEC section 3).
//! * **Mutants** ([`mutants`]): copies of generated blocks with one deliberate bug each, which the
//!   proofs must reject; `gen-verilog --mutants DIR` writes them, `scripts/formal.sh` runs them.
//!
//! Every internal signal the round-trip lemmas depend on is named in [`roundtrip_lemmas`] only.

use std::collections::BTreeSet;
use std::fmt::Write;

use xnc_rtl::manifest::{self, Block, Dir};

/// Width of the record bus between the compressor and the decompressor (one place: xnc-rtl).
const RECORD_BUS: usize = xnc_rtl::xnc_compressor::RECORD_BUS_BITS;

/// A port of a generated top module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Port {
    /// Port name.
    pub name: String,
    /// True for inputs.
    pub input: bool,
    /// Width in bits.
    pub width: usize,
}

/// The ports of a block, from the block manifest (`xnc_rtl::emit::port_groups`, the list the
/// ANSI header of `rtl/<block>.v` is written from), in port order.
pub fn ports(blk: &Block) -> Vec<Port> {
    xnc_rtl::emit::port_groups(blk)
        .into_iter()
        .flat_map(|(_, sigs)| sigs)
        .map(|(name, output, width, _)| Port { name, input: !output, width })
        .collect()
}

/// The [`AXIS_CHECK`] instance of one stream: its rules assumed of the source on a stream into the
/// block (`ROLE` 0), asserted of the block on a stream out of it (`ROLE` 1). `seen`: the wire
/// that takes its sticky cover flags, the instance then not covering them itself (`COVER` 0).
fn axis_check_instance(st: &Stream, seen: Option<&str>) -> String {
    let w: usize = st.payload.iter().map(|p| p.1).sum();
    let names: Vec<&str> = st.payload.iter().map(|p| p.0.as_str()).collect();
    let (cover, seen) = match seen {
        Some(wire) => (", .COVER(0)".to_string(), format!(", {wire}")),
        None => (String::new(), String::new()),
    };
    format!(
        "    axis_check #(.W({w}), .ROLE({}), .LAST({}){cover}) check_{} (aclk, aresetn, {p}_tvalid, {p}_tready, {{{}}}{seen});\n",
        if st.input { 0 } else { 1 },
        u8::from(st.has_last),
        st.prefix,
        names.join(", "),
        p = st.prefix
    )
}

/// The lane group of a stream: its prefix without a lane suffix `_l<k>` (`s_axis_ans_l3` ->
/// `s_axis_ans`), or `None` for a stream that is not one of a block's lanes.
fn lane_group(prefix: &str) -> Option<&str> {
    let (group, lane) = prefix.rsplit_once("_l")?;
    (!lane.is_empty() && lane.bytes().all(|b| b.is_ascii_digit())).then_some(group)
}

/// The [`AXIS_CHECK`] instances of a block's streams. The streams of one lane group (two or more
/// lanes) are covered together: their instances do not cover (`COVER` 0) and the wrapper covers
/// each of the three events once it has been seen on every lane of the group, so the cover task
/// makes one solver call per event and group instead of one per event and lane (the eight-lane
/// decoder's 48 input covers took 105 s one at a time on the CI machine).
fn axis_check_instances(streams: &[Stream]) -> String {
    let mut groups: Vec<(&str, Vec<&Stream>)> = Vec::new();
    for st in streams {
        if let Some(g) = lane_group(&st.prefix) {
            match groups.iter_mut().find(|(name, _)| *name == g) {
                Some((_, members)) => members.push(st),
                None => groups.push((g, vec![st])),
            }
        }
    }
    groups.retain(|(_, members)| members.len() > 1);
    let grouped = |st: &Stream| groups.iter().any(|(_, m)| m.iter().any(|x| x.prefix == st.prefix));
    let mut s = String::new();
    for st in streams {
        if grouped(st) {
            let wire = format!("f_seen_{}", st.prefix);
            let _ = writeln!(s, "    wire [2:0] {wire};");
            s.push_str(&axis_check_instance(st, Some(&wire)));
        } else {
            s.push_str(&axis_check_instance(st, None));
        }
    }
    for (g, members) in &groups {
        let events: &[(usize, &str)] = if members.iter().all(|st| st.has_last) {
            &[(0, "a handshake"), (1, "a stalled beat taken"), (2, "a tlast handshake")]
        } else {
            &[(0, "a handshake"), (1, "a stalled beat taken")]
        };
        let _ = writeln!(s, "    // covers of the {} lanes of {g}: each event seen on every lane", members.len());
        s.push_str("    always @(*) begin\n");
        for (bit, what) in events {
            let all: Vec<String> = members.iter().map(|st| format!("f_seen_{}[{bit}]", st.prefix)).collect();
            let _ = writeln!(s, "        cover({}); // {what}", all.join(" && "));
        }
        s.push_str("    end\n");
    }
    s
}

/// A wrapper's module header: `module <module> (` with the block's inputs as its inputs.
fn module_head(module: &str, ports: &[Port]) -> String {
    let decl: Vec<String> =
        ports.iter().filter(|p| p.input).map(|p| format!("    input wire {}{}", range(p.width), p.name)).collect();
    format!("`default_nettype none\nmodule {module} (\n{}\n);\n", decl.join(",\n"))
}

/// A wrapper's module header with the inputs of `block` (a block of the manifest) as its inputs.
fn block_module_head(module: &str, block: &str) -> Result<String, String> {
    manifest::block(block).map(|b| module_head(module, &ports(b))).ok_or(format!("no block {block}"))
}

/// A wrapper's wires for the block's outputs, one a line.
fn output_wires(ports: &[Port]) -> String {
    ports.iter().filter(|p| !p.input).map(|p| format!("    wire {}{};\n", range(p.width), p.name)).collect()
}

/// The block's instance `dut` in a wrapper, every port connected to the wrapper's signal of its name
/// and the `extra` connections after them.
fn dut_instance(block: &str, ports: &[Port], extra: &[String]) -> String {
    let mut conns: Vec<String> = ports.iter().map(|p| format!("        .{0}({0})", p.name)).collect();
    conns.extend(extra.iter().map(|n| format!("        .{n}({n})")));
    format!("    {block} dut (\n{}\n    );\n", conns.join(",\n"))
}

/// One AXI4-Stream interface of a block: `<prefix>_tvalid`, `<prefix>_tready` and its payload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stream {
    /// Port-name prefix (`s_axis`, `s_axis_ans`, `m_axis`).
    pub prefix: String,
    /// True when the stream enters the block.
    pub input: bool,
    /// Payload ports, `tlast` first when present, as (name, width).
    pub payload: Vec<(String, usize)>,
    /// Whether the stream has a `tlast`.
    pub has_last: bool,
}

/// The streams of a block, from the block manifest.
pub fn streams(blk: &Block) -> Vec<Stream> {
    blk.streams()
        .map(|p| {
            let mut payload = Vec::new();
            if p.tlast {
                payload.push((format!("{}_tlast", p.prefix), 1));
            }
            for (sig, w) in [("tuser", p.tuser), ("tkeep", p.tkeep), ("tdata", p.tdata)] {
                if w > 0 {
                    payload.push((format!("{}_{sig}", p.prefix), w));
                }
            }
            Stream { prefix: p.prefix.to_string(), input: p.dir == Dir::In, payload, has_last: p.tlast }
        })
        .collect()
}

/// The generic AXI4-Stream checker (`formal/axis_check.v`).
pub const AXIS_CHECK: &str = r#"// axis_check.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).
// AXI4-Stream rules of one stream, for formal proofs (SymbiYosys, read_verilog -formal).
//   ROLE = 0: the stream enters the block under proof: the rules are assumed of its source.
//   ROLE = 1: the stream leaves the block: the rules are asserted.
// Rules (aresetn synchronous, active low):
//   * after a cycle in which aresetn was sampled low, tvalid is low;
//   * an output's tvalid is low while aresetn is low, combinationally (docs/INTEGRATION.md;
//     asserted for ROLE = 1 only: a source outside the kit may drive tvalid in reset);
//   * the block does not accept input while aresetn is low (tready low; asserted for ROLE = 0);
//   * a beat offered and not taken (tvalid && !tready, aresetn high) is offered again in the next
//     cycle with the same payload, unless aresetn is low in that cycle (a reset may drop it).
// Covers (shown reachable by the cover task, so the rules are not vacuously true): a handshake, a
// stalled beat that is then taken, and a handshake with tlast (when LAST = 1, tlast = payload MSB).
// COVER = 0: this instance does not cover them itself; `seen` (sticky: each of the three seen in
// this or an earlier cycle) lets the wrapper cover them across a group of streams, such as the
// lanes of a lane decoder, in one solver call instead of one per stream.
`default_nettype none
module axis_check #(
    parameter W = 1,
    parameter ROLE = 0,
    parameter LAST = 0,
    parameter COVER = 1
) (
    input wire aclk,
    input wire aresetn,
    input wire tvalid,
    input wire tready,
    input wire [W-1:0] payload,
    output wire [2:0] seen
);
    reg f_past = 1'b0;
    reg f_rst_q = 1'b0;
    reg f_pend_q = 1'b0;
    reg [W-1:0] f_payload_q;
    always @(posedge aclk) begin
        f_past <= 1'b1;
        f_rst_q <= !aresetn;
        f_pend_q <= aresetn && tvalid && !tready;
        f_payload_q <= payload;
    end
    wire f_after_reset = f_past && f_rst_q;
    wire f_hold = f_past && f_pend_q && aresetn;
    always @(*) begin
        if (ROLE == 0) begin
            if (!aresetn) assert(!tready);
            if (f_after_reset) assume(!tvalid);
            if (f_hold) assume(tvalid && payload == f_payload_q);
        end else begin
            if (!aresetn) assert(!tvalid);
            if (f_after_reset) assert(!tvalid);
            if (f_hold) assert(tvalid && payload == f_payload_q);
        end
    end
    wire [2:0] f_now = (f_past && aresetn) ?
        {LAST != 0 && tvalid && tready && payload[W-1], f_hold && tready, tvalid && tready} : 3'b000;
    reg [2:0] f_seen_q = 3'b000;
    always @(posedge aclk) f_seen_q <= f_seen_q | f_now;
    assign seen = f_seen_q | f_now;
    // a generate block: a cover under a constant-false condition would count as unreached
    generate
        if (COVER != 0) begin : g_cover
            always @(posedge aclk) begin
                if (f_past && aresetn) begin
                    cover(tvalid && tready);
                    cover(f_hold && tready);
                    if (LAST != 0) cover(tvalid && tready && payload[W-1]);
                end
            end
        end
    endgenerate
endmodule
`default_nettype wire
"#;

/// How a block's AXI4-Stream rules are proved: SBY mode (`prove` = k-induction, unbounded;
/// `bmc` = bounded, from reset), its depth, and the cover depth.
///
/// `xnc_unpacker*`: k-induction like every block. Its `m_axis_*` come straight from an output
/// register that loads only when it is empty or its record leaves, so the rules are inductive
/// whatever the gather computes (the earlier design offered the record from a register whose
/// `tvalid` depended on the next record's length gathered at the read pointer: induction had to
/// show the gather agreed before and after a stall, which yices could not do in 10 minutes, and
/// the rules were proved only 6 cycles from reset).
fn axis_mode(block: &str) -> (&'static str, usize, usize) {
    match block {
        b if b.starts_with("xnc_unpacker") => ("prove", 3, 16),
        // the rotator packer's outputs come from registers too; depth 8 took 245-334 s at load 8-10
        b if b.starts_with("xnc_packer") => ("prove", 3, 12),
        b if b.starts_with("tans_decoder") => ("prove", 8, 24),
        _ => ("prove", 8, 12),
    }
}

fn banner(file: &str, what: &str) -> String {
    format!("// {file}: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).\n// {what}\n")
}

/// The AXI4-Stream wrapper of `blk` (`formal/<block>_axis.v`), from its manifest entry.
pub fn axis_wrapper(blk: &Block) -> String {
    let block = blk.name;
    let ports = &ports(blk);
    let mut s = banner(
        &format!("{block}_axis.v"),
        &format!("AXI4-Stream rules of {block}: input streams assumed, output streams asserted (axis_check.v)."),
    );
    s.push_str(&module_head(&format!("formal_{block}"), ports));
    s.push_str(&output_wires(ports));
    s.push_str("    // every trace starts in reset\n    initial assume(!aresetn);\n");
    s.push_str(&dut_instance(block, ports, &[]));
    s.push_str(&axis_check_instances(&streams(blk)));
    s.push_str("endmodule\n`default_nettype wire\n");
    s
}

fn range(width: usize) -> String {
    if width == 1 {
        String::new()
    } else {
        format!("[{}:0] ", width - 1)
    }
}

/// The `.sby` of a block's AXI4-Stream proof; `rtl` is the path of the block's Verilog from `formal/`.
pub fn axis_sby(block: &str, rtl: &str) -> String {
    let (mode, depth, cover) = axis_mode(block);
    let how = if mode == "prove" {
        "k-induction".to_string()
    } else {
        format!("bounded: every trace of {depth} cycles from reset")
    };
    format!(
        "# {block}_axis.sby: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).\n\
         # AXI4-Stream rules of {block}: task prove ({how}), task cover (the rules are not vacuous).\n\
         [tasks]\nprove\ncover\n\n\
         [options]\nprove: mode {mode}\nprove: depth {depth}\ncover: mode cover\ncover: depth {cover}\n\n\
         [engines]\nsmtbmc yices\n\n\
         [script]\nread_verilog -formal axis_check.v\nread_verilog -formal {block}.v\nread_verilog -formal {block}_axis.v\nprep -top formal_{block}\n\n\
         [files]\naxis_check.v\n{rtl}\n{block}_axis.v\n"
    )
}

// ------------------------------------------------------------------------------------------------
// Invariants of a block's internal state, read through observation ports.

/// Invariants of a block's internal state, proved by k-induction (`formal/<block>_inv.sby`).
///
/// The block's internal signals are read through the `ifdef FORMAL` observation ports that
/// gen-verilog adds to `rtl/<block>.v` ([`xnc_rtl::emit::with_formal_ports`]), never by editing
/// `rtl/` or cutting the netlist. The signals and the invariants are named here only: a block whose
/// internals are rebuilt updates this list (gen-verilog refuses to write `rtl/` when an observed
/// signal is gone).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invariants {
    /// Internal signals observed (port `formal_<name>`).
    pub observe: Vec<&'static str>,
    /// Verilog predicates over the observation ports, asserted in every cycle out of reset, each
    /// with what it says.
    pub asserts: Vec<(String, &'static str)>,
}

/// The invariants of `blk`'s state, if it has any listed.
///
/// `xnc_unpacker*` (W-bit words, a queue of four W-bit slots with valid flags `v0_q`..`v3_q` and
/// last-word flags `l0_q`..`l3_q`, read pointer `rd_q` from slot 0's start): the read pointer stays
/// within the current block's bits in the valid slots from slot 0 up (it never points past the bits
/// the queue holds contiguously, nor past the end of the first word with `tlast`: the next block's
/// words may follow it; so an empty slot 0 means a pointer at 0), and it stays below W + 545 (at
/// most one record past the last start a record is taken from: records start in slot 0). Their proof
/// does not depend on the gather (the record length is free in it).
pub fn invariants(blk: &Block) -> Option<Invariants> {
    if !blk.name.starts_with("xnc_unpacker") {
        return None;
    }
    let w = blk.inputs.first()?.tdata;
    let rec = xnc_rtl::xnc_compressor::RECORD_BITS;
    let avail = format!(
        "(formal_v0_q ? ((formal_v1_q & ~formal_l0_q) ? ((formal_v2_q & ~formal_l1_q) ? \
         ((formal_v3_q & ~formal_l2_q) ? {} : {}) : {}) : {w}) : 0)",
        4 * w,
        3 * w,
        2 * w
    );
    Some(Invariants {
        observe: vec!["rd_q", "v0_q", "v1_q", "v2_q", "v3_q", "l0_q", "l1_q", "l2_q"],
        asserts: vec![
            // 32-bit arithmetic (the decimal literals)
            (
                format!("formal_rd_q <= {avail}"),
                "the read pointer is within the block's bits held in the valid slots from slot 0 up",
            ),
            (
                format!("formal_rd_q < {}", w + rec),
                "the read pointer is less than a record past the last start a record is taken from",
            ),
        ],
    })
}

/// Observation ports `rtl/<block>.v` gets (see [`Invariants`]): the signals of its invariants.
pub fn observed_signals(blk: &Block) -> Vec<&'static str> {
    match tans_params(blk) {
        Some((_, TansKind::Pairs { fa: false, lanes: 1 })) => return TANS_CORE_OBSERVE.to_vec(),
        Some((_, TansKind::Pairs { fa: true, lanes: 1 })) => return TANS_FA_OBSERVE.to_vec(),
        Some((_, TansKind::Ctx)) => return TANS_CTX_OBSERVE.to_vec(),
        _ => {}
    }
    invariants(blk).map(|i| i.observe).unwrap_or_default()
}

/// The invariant proof's wrapper (`formal/<block>_inv.v`): the block with its input streams
/// following the AXI4-Stream rules (assumed, [`AXIS_CHECK`]), its output stream's `tready` free, and
/// every invariant asserted whenever `aresetn` is high (a cycle after a reset starts from the reset
/// state, so induction needs no initialisation flag). `rtl` is the block's generated Verilog (with
/// its observation ports), where the ports' widths are read.
pub fn inv_wrapper(blk: &Block, inv: &Invariants, rtl: &str) -> String {
    let block = blk.name;
    let ports = &ports(blk);
    let mut s = banner(
        &format!("{block}_inv.v"),
        &format!("Invariants of {block}'s state (formal.rs, `invariants`), read through its FORMAL observation ports."),
    );
    s.push_str(&module_head(&format!("formal_{block}_inv"), ports));
    s.push_str(&output_wires(ports));
    let obs: Vec<String> = inv.observe.iter().map(|o| format!("{}{o}", xnc_rtl::emit::OBSERVE_PREFIX)).collect();
    for o in &obs {
        // the port's own width, from its declaration in rtl/<block>.v
        let width = rtl
            .lines()
            .find(|l| l.trim_start().starts_with(", output") && l.split_whitespace().last() == Some(o.as_str()))
            .and_then(|l| l.split_whitespace().find(|w| w.starts_with('[')))
            .and_then(|r| r.trim_start_matches('[').split(':').next()?.parse::<usize>().ok())
            .map_or(1, |msb| msb + 1);
        let _ = writeln!(s, "    wire {}{o};", range(width));
    }
    s.push_str("    // every trace starts in reset\n    initial assume(!aresetn);\n");
    s.push_str(&dut_instance(block, ports, &obs));
    for st in streams(blk).iter().filter(|st| st.input) {
        s.push_str(&axis_check_instance(st, None));
    }
    s.push_str("    always @(*) begin\n        if (aresetn) begin\n");
    for (a, what) in &inv.asserts {
        let _ = writeln!(s, "            // {what}\n            assert({a});");
    }
    s.push_str("        end\n    end\nendmodule\n`default_nettype wire\n");
    s
}

/// Depth of the invariant proofs' cover task: an input word stalled and then taken needs the four
/// slots filled and a record gone.
const INV_COVER_DEPTH: usize = 14;

/// Induction depth of the invariant proofs (each invariant is inductive on its own: one step).
const INV_DEPTH: usize = 1;

/// Depth of the BMC run that must find an invariant broken in a mutant: a reset and enough words
/// to fill the ring past its room while the output stalls (six 256-bit words).
const INV_MUTANT_DEPTH: usize = 10;

/// The `.sby` of a block's invariant proof: task `prove` (k-induction), task `cover` (the input
/// streams' covers are reached under the same assumptions: the proof is not vacuous).
pub fn inv_sby(block: &str, rtl: &str) -> String {
    format!(
        "# {block}_inv.sby: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).\n\
         # Invariants of {block}'s state: task prove (k-induction), task cover (the assumptions are not vacuous).\n\
         [tasks]\nprove\ncover\n\n\
         [options]\nprove: mode prove\nprove: depth {INV_DEPTH}\ncover: mode cover\ncover: depth {INV_COVER_DEPTH}\n\n\
         [engines]\nsmtbmc yices\n\n\
         [script]\nread_verilog -formal axis_check.v\nread_verilog -formal {block}.v\nread_verilog -formal {block}_inv.v\nprep -top formal_{block}_inv\n\n\
         [files]\naxis_check.v\n{rtl}\n{block}_inv.v\n"
    )
}

// ------------------------------------------------------------------------------------------------
// Records survive memory words: a packer feeding its unpacker, as a chain of lemmas.
//
// The property is split at the memory-word interface. The packer's lemma says its words are the
// block's record stream (FORMAT.md 2: the records MSB-first, back to back, from the block's first
// word; zero padding to the word's end; `tlast` and `tkeep` on the word with the block's last bit),
// and a combinational lemma derives from that and the records' lengths that every block holds its
// first record (the rule the unpacker's lemmas assume of their input); the unpacker's lemmas say
// its records tile the stream of its words (each record the stream's bits from the end of the one
// before, as long as its header announces, zeros after it; `tlast` exactly when what is left of
// the block is shorter than the header after it announces); a combinational lemma composes them
// record by record. Each sequential lemma is stated on ports (or as one step with the block's
// state registers cut), with a chosen-bit tracker (a free stream position, `anyconst`,
// remembered when it passes the input and compared when it passes the output): no latency is
// named anywhere, so a re-pipelined packer or unpacker keeps the proofs.

/// Width pairs (packer, unpacker) of the records-survive-memory-words chain.
pub const PACK_PAIRS: [(&str, &str); 2] = [("xnc_packer_256", "xnc_unpacker_256"), ("xnc_packer", "xnc_unpacker")];

/// Cycles from reset of the unpacker's tiling and `tlast` lemmas (bounded model checking), at both
/// word widths: each block's first record leaves within them (a block's second record does not).
/// W = 256: the tiling lemma passes, its step 10 gave no answer in 3.5 minutes; W = 512: its step 9
/// gave none in 4 minutes, and at depth 9 no record leaves yet (its cover task fails).
fn unpack_depth(_w: usize) -> usize {
    10
}

/// A fact of the packer -> unpacker chain ([`pack_chain`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PackFact {
    /// The environment's: every record into the packer is a valid XNC record (its length in
    /// `tuser` is the one its header announces, zeros after its end).
    ValidRecords,
    /// Every block's words hold at least the record its first header announces
    /// (`rt_block_fits.v`; its rule proved of the packer from [`PackFact::Words`] and
    /// [`PackFact::ValidRecords`] by `rt_pack_fits_<packer>`; assumed by no lemma of the chain
    /// since the unpacker's records and `tlast` stand on its one-step layers, only by the bounded
    /// check of the mutant `xnc_unpacker_256_slots_swapped`). Not enough for
    /// [`PackFact::Records`] and [`PackFact::Last`]: after a block's `tlast` record the unpacker
    /// reads headers in the block's padding, and takes one that fits as a record; only zero
    /// padding ([`PackFact::Tiling`]) keeps it out (docs/FORMAL.md).
    BlockFits,
    /// Zero padding after a block's last record: at a record boundary of a block's tiling (its
    /// position 0, or the end of a record of it) whose header (the 33 bits there, zero past the
    /// block's words) announces more than is left of the block, every bit from there to the end
    /// of the block's words is zero and what is left is shorter than a word (no whole word of
    /// padding). Proved of the packer from [`PackFact::Words`] and [`PackFact::ValidRecords`] by
    /// `rt_pack_tiling_<packer>`; the input fact the unpacker needs (in the form it sees it at
    /// its read position, [`PackFact::PadTiling`], derived from it by `rt_unpack_pad_<unpacker>`).
    Tiling,
    /// The header the unpacker reads where it pads is the stream's: when it pads at its read
    /// position, what it counts as left (its slots' bits up to the block's last word) is what is
    /// left of the block, and the header it read there (the window's top 33 bits) announces more
    /// than that and holds the block's bits there (the chosen bit). Proved by
    /// `rt_unpack_head_<unpacker>` (one step, on the queue and the gather).
    Header,
    /// [`PackFact::Tiling`] at the unpacker's read position, in the form it sees it: when it pads
    /// at a record boundary, what is left of the block is shorter than a word. Derived from
    /// [`PackFact::Header`] and [`PackFact::Tiling`] by `rt_unpack_pad_<unpacker>` (one BMC step);
    /// assumed by the one-step layers, whose positions invariant makes the read position a record
    /// boundary.
    PadTiling,
    /// The packer's chunk path: a load puts record-bus bit `k` (from the top) at chunk-register bit
    /// `k` (a long record's second chunk: `k - 480`), a step puts chunk bit `j` at bit `j + ra` of
    /// the rotated chunk (`ra` the rotation the chunk's offset selects), for every `j`, `k`.
    Chunks,
    /// The packer's words are the block's record stream, zero-padded, `tlast` and `tkeep` on the
    /// word with the block's last bit.
    Words,
    /// [`PackFact::Words`] at one record in, in the composition's form: each bit of the record in
    /// (below its length) is the stream bit at its position plus its index, as the unpacker's
    /// tracker of that bit holds it once received (derived from the step lemma's words text at
    /// every bit of the record by `rt_pack_wordsout_<packer>`, one BMC step).
    PortWords,
    /// [`PackFact::Words`] after one record in, in the composition's form: with the record's
    /// `tlast` the 33 stream bits after it are zero (past the block's last word too) and less than
    /// 512 bits are left of the block's words after it; without, what is left is at least the length
    /// the next record's header (those 33 bits) announces (derived from the step lemma's words text
    /// and its invariant's conjunct 15 at the 33 bits after the record and the block's last word by
    /// `rt_pack_wordsnext_<packer>`, one BMC step).
    PortNext,
    /// The unpacker's queue: its valid slots, in slot order (empty slots skipped), hold consecutive
    /// words of its input stream, from the first valid slot's word to the next word in, with the
    /// chosen stream bit where a slot holds it (the first layer of the one-step invariant the
    /// unpacker's `records` and `last` are derived from).
    Queue,
    /// The unpacker's read positions (the `rd_q` layer of its one-step invariant, on the queue's
    /// ghost): the read pointer, from slot 0's word, is where the records in stage A and the
    /// output register end, back to back from the output side's position (the next block's 0
    /// after a block's last record), given [`PackFact::PadTiling`] at the read position.
    Positions,
    /// The unpacker's stage A and output register hold the stream's bits (the content layer of its
    /// one-step invariant, on the positions): stage A's record, from the position after the
    /// output register's, and the output register's, from the output side's position, hold the
    /// chosen stream bit where they cover it.
    Stage,
    /// The unpacker's output register (the layer of its one-step invariant on the contents): its
    /// bits from `tuser` on are zero; a record offered without `tlast` has its block's next record
    /// behind it in stage A; one offered with `tlast` ends less than a word before its block's end,
    /// with the block's last word in (at the end, or where the unpacker padded: the header it read
    /// after the record, the stream's bits there, announces more than is left); the ports are the
    /// output register.
    Output,
    /// The unpacker's gather, for every bit: the window at the read pointer (`rd_q` mod W, bits
    /// from the top of the ring of the four slots, slot 0 first) and stage A's two parts (the
    /// first `rec_hi` bits one bit earlier when the offset is odd and the last 2:1 shift stage is
    /// left for the output, a long record's second part `rec_hi - split` bits on) are the ring's
    /// bits at those indices (the index facts the content and output layers of the unpackers'
    /// one-step invariant read, as the packer's step reads [`PackFact::Chunks`]).
    Gather,
    /// The unpacker's records tile its block's stream: each is the stream from the end of the one
    /// before for its `tuser` bits, zeros after them.
    Records,
    /// The unpacker's `tuser` is the length its record's header announces (the length invariant
    /// over stage A and the output register, `rt_unpack_len_<unpacker>`).
    Lengths,
    /// [`PackFact::Lengths`] at a record out's ports, in the composition's form: `tuser` is the
    /// length the header at the top of `tdata` announces (derived from the length invariant and
    /// the output layer's port fact by `rt_unpack_lenout_<unpacker>`, one BMC step).
    PortLengths,
    /// Stage A's and the output register's lengths are a header's: at least what F and every
    /// selector set announce, at most a record's bits (from [`PackFact::Lengths`]' invariant).
    LenBounds,
    /// The unpacker's `tlast`: set exactly when what is left of the block after the record is
    /// shorter than the header after it announces.
    Last,
    /// The goal: the k-th record out is the k-th record in, with its length and `tlast`.
    Survive,
}

impl ChainFact for PackFact {
    fn label(self) -> String {
        format!("{self:?}").to_lowercase()
    }
}

/// One lemma of the packer -> unpacker chain: a [`Lemma`] over [`PackFact`]s, with no cut stages
/// of its own (each sequential lemma is stated on its block's ports).
pub type PackLemma = Lemma<PackFact>;

/// The chain for one pair, in order: the packer's four lemmas (its chunk path, its words as one
/// step, its blocks holding their first record, its zero padding), the unpacker's twelve (its
/// gather, its queue, the header it reads where it pads and the tiling there, its read positions,
/// its lengths and their bounds, its stage A and output register's contents, its output
/// register's zeros and `tlast`, and from those its records, its lengths at the ports and its
/// `tlast`), the composition.
pub fn pack_chain(packer: &str, unpacker: &str) -> Vec<PackLemma> {
    use PackFact::*;
    let l = |name: String, what: &str, assumes: Vec<PackFact>, guarantees: Vec<PackFact>| PackLemma {
        name,
        what: what.into(),
        parts: vec![],
        free: vec![],
        assumes,
        guarantees,
    };
    vec![
        l(
            format!("rt_pack_chunk_{packer}"),
            "the packer's chunk path, for every bit: a record-bus bit lands in the chunk register at its place (the second chunk of a long record 480 bits up), a chunk bit in the rotated chunk rotated by the chunk's offset",
            vec![],
            vec![Chunks],
        ),
        l(
            format!("rt_pack_step_{packer}"),
            "the packer's words lemma as one step with the packer's state cut: an inductive invariant over its registers and a chosen-bit tracker, and the words fact in every state of it",
            vec![ValidRecords, Chunks],
            vec![Words],
        ),
        l(
            format!("rt_pack_fits_{packer}"),
            "the packer's blocks hold their first record (the rule of rt_block_fits at a block's last word): the block's first word begins with its first record's header and its last word ends at or after the block's end (words), which is at or after the first record's end (validrecords)",
            vec![ValidRecords, Words],
            vec![BlockFits],
        ),
        l(
            format!("rt_pack_tiling_{packer}"),
            "the packer's blocks are zero after their last record: at a record boundary of a block whose header announces more than is left of the block, the rest of the block's words is zero and shorter than a word (words: zero after the block's records, tlast on the word with their last bit; validrecords: a record's header announces its length, which fits before the block's end)",
            vec![ValidRecords, Words],
            vec![Tiling],
        ),
        l(
            format!("rt_pack_wordsout_{packer}"),
            "the packer's words at one record in, in the composition's form: each bit of the record below its length is the stream bit at the record's position plus its index, as the unpacker's tracker of that bit holds it (from the step lemma's words text, instantiated at the word out that holds each bit of the record), one BMC step",
            vec![Words],
            vec![PortWords],
        ),
        l(
            format!("rt_pack_wordsnext_{packer}"),
            "the packer's words after one record in, in the composition's form: after the block's last record the 33 stream bits after it are zero and less than 512 bits of the block's words are left, otherwise what is left holds the length the next header announces (from the step lemma's words text and its invariant's conjunct 15, the same texts, instantiated at the 33 bits after the record and at the block's last word), one BMC step",
            vec![ValidRecords, Words],
            vec![PortNext],
        ),
        l(
            format!("rt_unpack_gather_{unpacker}"),
            "the unpacker's gather for every bit: the window at the read pointer and stage A's two parts are the bits of the ring of slots at the pointer's index",
            vec![],
            vec![Gather],
        ),
        l(
            format!("rt_unpack_slots_{unpacker}"),
            "the unpacker's queue as one step with its state cut: the valid slots hold consecutive words of the stream (block by block, empty slots skipped), the chosen bit where a slot holds it",
            vec![],
            vec![Queue],
        ),
        l(
            format!("rt_unpack_head_{unpacker}"),
            "the header the unpacker reads where it pads, as one step with its state cut, on the queue and the gather (neither the positions nor the tiling): what it counts as left is what is left of the block after the read position (a valid slot holding the block's last word ends at the block's end, the chosen block's end as the wrapper's record), and the header it read there announces more than that and holds the block's bits there (the chosen bit)",
            vec![Queue, Gather],
            vec![Header],
        ),
        l(
            format!("rt_unpack_pad_{unpacker}"),
            "the tiling at the unpacker's read position, in the form it sees it (a pad at a record boundary leaves less than a word), from the header it reads there and the packer's tiling, one BMC step: fewer than 33 bits left are less than a word, and with 33 or more its header is the stream's, which announces more than is left only where less than a word is left",
            vec![Tiling, Header],
            vec![PadTiling],
        ),
        l(
            format!("rt_unpack_pos_{unpacker}"),
            "the unpacker's read positions as one step with its state cut: the read pointer, from slot 0's word, is where stage A's record ends (its first part while half), stage A's record where the output register's ends, from the output side's position (the next block's 0 after tlast), given the tiling at the read position (a pad leaves less than a word)",
            vec![PadTiling],
            vec![Positions],
        ),
        l(
            format!("rt_unpack_len_{unpacker}"),
            "the unpacker's tuser is its record header's length (an invariant of stage A and the output register)",
            vec![],
            vec![Lengths],
        ),
        l(
            format!("rt_unpack_lenbound_{unpacker}"),
            "the lengths' bounds the unpacker's content and output layers assume (stage A's length 321..545 bits, the output register's at most 545) from the length invariant (the same texts), one BMC step",
            vec![Lengths],
            vec![LenBounds],
        ),
        l(
            format!("rt_unpack_stage_{unpacker}"),
            "the unpacker's stage A and output register as one step with its state cut: stage A's record (from where the output register's ends) and the output register's (from the output side's position) hold the chosen stream bit where they cover it, on the read positions, the queue, the gather at the indices the step reads and the lengths' bound",
            vec![PadTiling, Queue, Positions, Gather, LenBounds],
            vec![Stage],
        ),
        l(
            format!("rt_unpack_out_{unpacker}"),
            "the unpacker's output register as one step with its state cut: its bits from tuser on are zero (a second free index), a record without tlast has its block's next record behind it in stage A, one with tlast ends less than a word before its block's end with the block's last word in (the chosen block's end as the wrapper's record), on the positions, the queue, the contents and the lengths' bounds",
            vec![PadTiling, Queue, Positions, Stage, LenBounds],
            vec![Output],
        ),
        l(
            format!("rt_unpack_records_{unpacker}"),
            "the unpacker's records tile the stream of its words from each block's start, zeros after each record's end (from the layers at one record out: the ports are the output register, its bits the stream's below its length, zero from it on)",
            vec![Stage, Output],
            vec![Records],
        ),
        l(
            format!("rt_unpack_lenout_{unpacker}"),
            "the unpacker's tuser at a record out is the length the header at the top of tdata announces, in the composition's form (from the length invariant, the same text, and the output layer's port fact: the ports are the output register), one BMC step",
            vec![Lengths, Output],
            vec![PortLengths],
        ),
        l(
            format!("rt_unpack_last_{unpacker}"),
            "the unpacker's tlast: exactly when what is left of the block is shorter than the header after the record announces (from the layers at one record out, instantiated at the 33 stream bits after it and stage A's last bit: with tlast the record ends at the block's end or the header read after it announces more than is left and holds the block's bits there; without, stage A holds the next record from where it ends, its bits received in the block (its second part, while half, in the slots), its length its header's)",
            vec![Positions, Queue, Stage, Output, Lengths],
            vec![Last],
        ),
        l(
            "rt_pack_compose".into(),
            "record by record: a record's position is the same on both sides, so the record out is the record in, with its length and tlast, and the next positions agree",
            vec![ValidRecords, PortWords, PortNext, Records, PortLengths, Last],
            vec![Survive],
        ),
    ]
}

/// The lemma of `chain` whose name starts with `prefix` (`rt_pack_fits_`, `rt_pack_compose`, ..).
fn pack_lemma<'a>(chain: &'a [PackLemma], prefix: &str) -> &'a PackLemma {
    chain.iter().find(|l| l.name.starts_with(prefix)).expect("a lemma of the packer -> unpacker chain")
}

/// Checks the chain ([`check_facts`]): every assumption is the environment's
/// ([`PackFact::ValidRecords`]) or a guarantee of an earlier lemma, and the last lemma guarantees
/// [`PackFact::Survive`].
pub fn check_pack_chain(lemmas: &[PackLemma]) -> Result<(), String> {
    check_facts(lemmas, &[PackFact::ValidRecords], PackFact::Survive, "that records survive memory words")
}

/// A Verilog function `f_hlen(h)`: the record length the header `h` = `{F, S0..S31}` announces
/// (FORMAT.md 2.2: `F ? 417 - 3 n : 545 - 4 n`, n = selectors set). The count is a balanced tree of
/// 10-bit sums and `3 n` is `n + 2 n`: a solver compares it with the unpacker's own count by
/// structure (a linear sum made the length invariant's induction step run past 9 minutes).
fn hlen_fn() -> String {
    let mut s = String::from(
        "    function [9:0] f_hlen(input [32:0] h);\n        reg [9:0] c [0:62];\n        integer i;\n        begin\n",
    );
    // c[0..32]: the selectors S0..S31 (h[31] is S0); c[32 + j]: the sums of pairs, level by level
    s.push_str("            for (i = 0; i < 32; i = i + 1) c[i] = {9'd0, h[31 - i]};\n");
    s.push_str("            for (i = 0; i < 31; i = i + 1) c[32 + i] = c[2 * i] + c[2 * i + 1];\n");
    s.push_str("            f_hlen = h[32] ? 10'd417 - (c[62] + (c[62] << 1)) : 10'd545 - (c[62] << 2);\n        end\n    endfunction\n");
    s
}

/// The [`PackFact::BlockFits`] rule at a block's last word, over `wib` (the block's words before
/// it, counted up to 3) and `first` (the block's first header, the top 33 bits of its first word):
/// `ok` when the block's words hold at least the length that header announces. One text, written
/// into `rt_block_fits.v` (which keeps `wib` and `first` on a word stream) and into the lemma that
/// proves the rule of the packer ([`pack_fits_wrapper`]).
const BLOCK_FITS_OK: &str = "    wire [15:0] bits = ({14'd0, wib} << LW) + W;
    wire ok = bits >= {6'd0, f_hlen(first)};
";

/// `formal/rt_block_fits.v`: the [`PackFact::BlockFits`] rule on a word stream, asserted
/// (`ROLE` = 1) or assumed (`ROLE` = 0, the unpacker's input): when a block's last word is
/// offered, the block's words hold at least the length its first header announces
/// ([`BLOCK_FITS_OK`]). The block's words are counted up to 3 and no further: from its fourth word
/// on a block holds at least 4 W >= 1,024 bits, more than any record (545), and a count that
/// wrapped (an 8-bit count did after 256 words, inside an XNC block of up to 1,090 words of 256
/// bits) would read a later word as the block's first and ask a long block to hold that word's
/// bits as a header's length.
pub fn block_fits() -> String {
    let mut s = banner(
        "rt_block_fits.v",
        "A word stream's blocks hold at least their first record (asserted of the packer, assumed of the unpacker).",
    );
    let _ = write!(
        s,
        "`default_nettype none
module rt_block_fits #(
    parameter W = 256,
    parameter LW = 8,
    parameter ROLE = 0
) (
    input wire aclk,
    input wire aresetn,
    input wire tvalid,
    input wire tready,
    input wire tlast,
    input wire [W-1:0] tdata
);
{f}    // the block's words before this one, up to 3, and its first header
    reg [1:0] wib = 2'd0;
    reg [32:0] hdr = 33'd0;
    wire [32:0] first = (wib == 2'd0) ? tdata[W-1:W-33] : hdr;
{ok}    always @(posedge aclk) begin
        if (aresetn && tvalid && tready) begin
            if (wib == 2'd0) hdr <= tdata[W-1:W-33];
            wib <= tlast ? 2'd0 : wib + {{1'b0, wib != 2'd3}};
        end
    end
    always @(*) begin
        if (aresetn && tvalid && tlast) begin
            if (ROLE == 0) assume(ok);
            else assert(ok);
        end
    end
endmodule
`default_nettype wire
",
        f = hlen_fn(),
        ok = BLOCK_FITS_OK,
    );
    s
}

/// `formal/rt_block_tiling.v`: the [`PackFact::Tiling`] rule on a word stream (assumed, `ROLE` =
/// 0, of the unpacker's input; `ROLE` = 1 asserts it). It follows the block's tiling: a cursor
/// from position 0, moved by the length the header at it announces (the 33 bits there, read from
/// the word before and this one; zero past the block's last word) once those bits are in, up to
/// two boundaries a word (records are at least 321 bits, a word at most 512, the header's bits
/// from up to 32 before the word), and the last boundary it moved from. At a block's last word:
/// either the cursor lands exactly on the block's end, or at the last boundary (whose record does
/// not fit) what is left is shorter than a word and the last word's bits from there on are zero:
/// the rule [`pack_tiling_wrapper`] proves of the packer at any boundary.
pub fn block_tiling() -> String {
    let mut s = banner(
        "rt_block_tiling.v",
        "A word stream's blocks are zero after their last record, the padding shorter than a word (assumed of the unpacker).",
    );
    let _ = write!(
        s,
        "`default_nettype none
module rt_block_tiling #(
    parameter W = 256,
    parameter ROLE = 0
) (
    input wire aclk,
    input wire aresetn,
    input wire tvalid,
    input wire tready,
    input wire tlast,
    input wire [W-1:0] tdata
);
{f}    // this word's block position, the tiling's next boundary, the last boundary moved from, the
    // block's word before this one (zero at the block's first)
    reg [15:0] in_ws = 16'd0;
    reg [16:0] cur = 17'd0;
    reg [16:0] lastb = 17'd0;
    reg [W-1:0] prev = {{W{{1'b0}}}};
    wire [2*W-1:0] win = {{prev, tdata}};
    wire [16:0] wend = {{1'b0, in_ws}} + W;
    // the first boundary in reach: its header's bits are in (or the block ends in this word)
    wire a1 = cur < wend && (cur + 17'd33 <= wend || tlast);
    wire [2*W-1:0] s1 = win << (cur + W - {{1'b0, in_ws}});
    wire [16:0] n1 = a1 ? cur + {{7'd0, f_hlen(s1[2*W-1:2*W-33])}} : cur;
    // a second one in the same word
    wire a2 = a1 && n1 < wend && (n1 + 17'd33 <= wend || tlast);
    wire [2*W-1:0] s2 = win << (n1 + W - {{1'b0, in_ws}});
    wire [16:0] n2 = a2 ? n1 + {{7'd0, f_hlen(s2[2*W-1:2*W-33])}} : n1;
    wire [16:0] t = a2 ? n1 : a1 ? cur : lastb;
    wire [16:0] left = wend - t;
    wire [W-1:0] rest = tdata << (t - {{1'b0, in_ws}});
    wire ok = n2 == wend || (left < W && rest == {{W{{1'b0}}}});
    always @(posedge aclk) begin
        if (aresetn && tvalid && tready) begin
            if (tlast) begin
                in_ws <= 16'd0;
                cur <= 17'd0;
                lastb <= 17'd0;
                prev <= {{W{{1'b0}}}};
            end else begin
                in_ws <= in_ws + W;
                cur <= n2;
                if (a1) lastb <= t;
                prev <= tdata;
            end
        end
    end
    always @(*) begin
        if (aresetn && tvalid && tlast) begin
            if (ROLE == 0) assume(ok);
            else assert(ok);
        end
    end
endmodule
`default_nettype wire
",
        f = hlen_fn(),
    );
    s
}

/// The common head of the sequential lemmas' wrappers: reset in the first cycle only.
const PACK_RESET: &str = "    // every trace starts in reset, and stays out of it (a reset may drop records)
    reg f_init = 1'b1;
    always @(posedge aclk) f_init <= 1'b0;
    always @(*) assume(aresetn == !f_init);
";

/// The input side of the unpacker lemmas' wrappers: the unpacker, its input stream following the
/// AXI4-Stream rules and [`PackFact::BlockFits`] (assumed), `in_ws` the block position of the
/// input word's first bit and `in_blk` its block; the output side: `out_blk` the block of the
/// record out, `f_p` its block position (the sum of the lengths of the block's records before it).
fn unpack_head(name: &str, unpacker: &str, w: usize) -> Result<String, String> {
    use xnc_rtl::xnc_compressor::{LEN_BITS, RECORD_BUS_BITS};
    let (bus, lb, lw) = (RECORD_BUS_BITS, LEN_BITS, w.trailing_zeros());
    Ok(block_module_head(name, unpacker)?
        + &format!(
            "    wire s_axis_tready;
    wire [{b1}:0] m_axis_tdata;
    wire [{l1}:0] m_axis_tuser;
    wire m_axis_tvalid, m_axis_tlast;
{reset}    {unpacker} dut (.aclk(aclk), .aresetn(aresetn), .s_axis_tdata(s_axis_tdata), .s_axis_tvalid(s_axis_tvalid),
        .s_axis_tready(s_axis_tready), .s_axis_tlast(s_axis_tlast), .m_axis_tdata(m_axis_tdata),
        .m_axis_tuser(m_axis_tuser), .m_axis_tvalid(m_axis_tvalid), .m_axis_tready(m_axis_tready),
        .m_axis_tlast(m_axis_tlast));
    axis_check #(.W({pw}), .ROLE(0), .LAST(1)) check_s (aclk, aresetn, s_axis_tvalid, s_axis_tready,
        {{s_axis_tlast, s_axis_tdata}});
    // blockfits (assumed)
    rt_block_fits #(.W({w}), .LW({lw}), .ROLE(0)) fits (aclk, aresetn, s_axis_tvalid, s_axis_tready, s_axis_tlast, s_axis_tdata);
    // tiling (assumed): zero padding after a block's last record
    rt_block_tiling #(.W({w}), .ROLE(0)) tiling (aclk, aresetn, s_axis_tvalid, s_axis_tready, s_axis_tlast, s_axis_tdata);
{f}    // words in
    reg [3:0] in_blk = 4'd0;
    reg [15:0] in_ws = 16'd0;
    always @(posedge aclk) begin
        if (aresetn && s_axis_tvalid && s_axis_tready) begin
            in_ws <= s_axis_tlast ? 16'd0 : in_ws + 16'd{w};
            if (s_axis_tlast) in_blk <= in_blk + 4'd1;
        end
    end
    // records out
    reg [3:0] out_blk = 4'd0;
    reg [15:0] f_p = 16'd0;
    always @(posedge aclk) begin
        if (aresetn && m_axis_tvalid && m_axis_tready) begin
            f_p <= m_axis_tlast ? 16'd0 : f_p + {{6'd0, m_axis_tuser}};
            if (m_axis_tlast) out_blk <= out_blk + 4'd1;
        end
    end
    wire [15:0] f_rec_end = f_p + {{6'd0, m_axis_tuser}};
",
        b1 = bus - 1,
        l1 = lb - 1,
        pw = w + 1,
        reset = PACK_RESET,
        f = hlen_fn(),
        ))
}

/// `formal/rt_unpack_records_<unpacker>.v` ([`PackFact::Records`]), from the layers of the
/// unpacker's one-step invariant at one record out, their tracker lemmas instantiated at every
/// bit of it: the unpacker's state (its registers as the layers cut them, the wrapper's record: the
/// output side's position `o`, the sum of the block's `tuser` before the record) and one chosen-bit
/// tracker per record bit (`fh[b]`, `fv[b]`: the stream bit `o + (rec - 1 - b)` received, and its
/// value; `seg` is `fv`). A sub-module holds the layers' own texts ([`pos_fns`], [`cinv_fns`],
/// [`oinv_fn`], [`hlen_fn`]), with `f_blk`, `f_pos`, `f_z` its ports, and is instantiated once per
/// record bit: [`PackFact::Stage`] (conjunct 1 of `cinv`, the output register holds the chosen bit)
/// at the chosen bit `o + i`, and [`PackFact::Output`] (conjunct 0 of `oinv`, zeros from `tuser` on)
/// at the record bit `f_z = i`; the output layer's port assertion (the ports are the output
/// register). So the link from the tracker lemmas' chosen bit to the record's vector is a
/// substitution the solver checks, not an argument. Asserted, the `records` fact in the
/// composition's form.
pub fn unpack_records_wrapper(unpacker: &str, w: usize, rtl: &str) -> Result<String, String> {
    use xnc_rtl::xnc_compressor::{LEN_BITS, RECORD_BUS_BITS};
    let (bus, lb) = (RECORD_BUS_BITS, LEN_BITS);
    let name = format!("rt_unpack_records_{unpacker}");
    let chain = pack_chain("", unpacker);
    let l = pack_lemma(&chain, "rt_unpack_records_");
    let regs = state_regs(rtl);
    let width = |stem: &str| regs.iter().find(|(n, _)| n == stem).map_or(1, |r| r.1);
    let n = regs.iter().filter(|(r, _)| r.starts_with("slot")).count();
    let geo = gather_geometry(unpacker, w, rtl)?;
    let (_, rec, hi, lo, _) = geo;
    let off_pad =
        rtl_localparam(rtl, "k_off_pad").ok_or(format!("{name}: rtl/{unpacker}.v has no localparam k_off_pad"))?;
    // a record out is the output register valid: the line of the unpacker this lemma reads
    if !rtl.contains("m_axis_tvalid = out_valid_q & aresetn;") {
        return Err(format!("{name}: rtl/{unpacker}.v does not drive m_axis_tvalid from out_valid_q"));
    }
    let mut s = banner(&format!("{name}.v"), &format!("Unpacker lemma: {}.", l.what));
    let _ = writeln!(s, "// Assumes: {}", l.assumes.iter().map(|f| f.label()).collect::<Vec<_>>().join(", "));
    let _ = writeln!(s, "// Proves:  {}", l.guarantees.iter().map(|f| f.label()).collect::<Vec<_>>().join(", "));
    // the state the layers' invariants read, as the layers name it (without `_q`)
    let mut st: Vec<(String, usize)> = [
        ("rd", width("rd")),
        ("tail", 8),
        ("full", 1),
        ("half", 1),
        ("off0", 1),
        ("len", lb),
        ("hi", hi),
        ("lo", lo),
        ("out_valid", 1),
        ("out_len", lb),
        ("out", rec),
        ("out_last", 1),
        ("last", 1),
        ("o", 20),
    ]
    .iter()
    .map(|(n, k)| (n.to_string(), *k))
    .collect();
    st.extend((0..n).map(|i| (format!("v{i}"), 1)));
    st.extend((0..n).map(|i| (format!("l{i}"), 1)));
    st.extend([("p0".to_string(), 20), ("fe_v".to_string(), 1), ("fe_p".to_string(), 16), ("oh".to_string(), 33)]);
    let decl =
        |v: &[(String, usize)]| v.iter().map(|(n, k)| format!("    input wire {}{n}", range(*k))).collect::<Vec<_>>();
    let fl = (0..n).map(|i| format!("v{i}")).chain((0..n).map(|i| format!("l{i}"))).collect::<Vec<_>>().join(", ");
    let mut sub = decl(&[("f_blk".into(), 4), ("f_pos".into(), 16), ("f_z".into(), 10)]);
    sub.extend(decl(&st));
    sub.extend(
        ["    input wire fh", "    input wire fv", "    output wire [3:0] c", "    output wire [6:0] z"]
            .map(String::from),
    );
    let conns = st.iter().map(|(n, _)| format!(".{n}({n})")).collect::<Vec<_>>().join(", ");
    let mut top = vec!["    input wire aclk".to_string()];
    top.extend(decl(&st));
    top.extend([
        format!("    input wire [{}:0] fh", rec - 1),
        format!("    input wire [{}:0] fv", rec - 1),
        format!("    input wire [{}:0] tdata", bus - 1),
        format!("    input wire [{}:0] tuser", lb - 1),
    ]);
    let _ = write!(
        s,
        "`default_nettype none
// the layers' invariants over one state, for the chosen bit f_pos of block f_blk and the record
// bit f_z: the texts of rt_unpack_stage_{unpacker} (cinv) and rt_unpack_out_{unpacker} (oinv)
module {name}_at (
{sub}
);
{posfns}{hlen}{cinv}{oinv}    wire [19:0] a = astart(out_valid, out_last, out_len, o);
    assign c = cinv(rd, tail, full, half, off0, len, hi, lo, out_valid, out_len, out, a, o, fh, fv);
    assign z = oinv(out_valid, out_last, out_len, out, full, last, len, o, a, {fl}, p0, fe_v, fe_p, oh, fh, fv);
endmodule
// one record out: the unpacker's state (the layers' registers and the wrapper's record), one
// chosen-bit tracker per record bit (fh[b], fv[b]: bit o + ({r1} - b) of the block's stream)
module {name} (
{top}
);
    // the stream's bits from the record's position (the output side's: the sum of the block's
    // tuser before it), as the trackers hold them
    wire [{r1}:0] seg = fv;
    wire [{r1}:0] c1, z0;
    genvar i;
    generate
        for (i = 0; i < {rec}; i = i + 1) begin : at
            localparam [15:0] I = i;
            wire [3:0] c;
            wire [6:0] z;
            {name}_at f (.f_blk(o[19:16]), .f_pos(o[15:0] + I), .f_z(I[{l1}:0]), {conns},
                .fh(fh[{r1} - i]), .fv(fv[{r1} - i]), .c(c), .z(z));
            assign c1[{r1} - i] = c[1];
            assign z0[{r1} - i] = z[0];
        end
    endgenerate
    always @(*) begin
        // a record out: the output register is valid (rtl: m_axis_tvalid = out_valid_q & aresetn)
        assume(out_valid);
        // output (rt_unpack_out_*): the ports are the output register
        assume(tdata == {{out, {pad}'d0}} && tuser == out_len);
        // output (rt_unpack_out_*, oinv conjunct 0) at every record bit f_z: zeros from tuser on
        assume(&z0);
        // stage (rt_unpack_stage_*, cinv conjunct 1) at every chosen bit o + i: the output
        // register holds the stream's bit there, below its length
        assume(&c1);
        // records (guaranteed), in the composition's form: the record out is the stream from its
        // position for its length, zeros after
        {records}
    end
endmodule
`default_nettype wire
",
        sub = sub.join(",\n"),
        top = top.join(",\n"),
        posfns = pos_fns(w, lb),
        hlen = hlen_fn(),
        cinv = cinv_fns(width("rd"), lb, geo, off_pad == 0),
        oinv = oinv_fn(w, n, lb, rec),
        r1 = rec - 1,
        l1 = lb - 1,
        pad = bus - rec,
        records = records_fact("assert"),
    );
    Ok(s)
}

/// [`PackFact::Records`] in the composition's form, on the record out's ports (`tdata`, `tuser`)
/// and one chosen-bit tracker per record bit (`fh[b]` received in the block, `seg[b] = fv[b]` its
/// value: the stream bit at the record's position plus `544 - b`): each bit below `tuser` was
/// received and is the record's, zeros from `tuser` on. One line per bit (one long conjunction
/// overflows Yosys's parser stack), `verb` each line's: `assert` in the derivation that proves
/// it ([`unpack_records_wrapper`]), `assume` in the composition that uses it
/// ([`pack_compose_wrapper`]): one text, so the link between them is a text check (unit test).
fn records_fact(verb: &str) -> String {
    use xnc_rtl::xnc_compressor::{LEN_BITS, RECORD_BITS, RECORD_BUS_BITS};
    let (bus, rec, lb) = (RECORD_BUS_BITS, RECORD_BITS, LEN_BITS);
    let mut t: Vec<String> = (0..rec)
        .map(|i| {
            format!("{verb}(tuser <= {lb}'d{i} || (fh[{b}] && seg[{b}] == tdata[{}]));", bus - 1 - i, b = rec - 1 - i)
        })
        .collect();
    t.push(format!("{verb}((tdata << tuser) == {bus}'d0);"));
    t.join("\n        ")
}

/// `rt_unpack_records_bmc_<unpacker>.v`: [`PackFact::Records`] at the unpacker's ports, bounded
/// (every trace of [`unpack_depth`] cycles from reset: a block's first record), assuming
/// [`PackFact::BlockFits`] and [`PackFact::Tiling`] of its input. The proof of the mutant
/// `xnc_unpacker_256_slots_swapped` (a counterexample is a real trace); the chain's
/// `rt_unpack_records_*` derives the fact from the unpacker's one-step layers
/// ([`unpack_records_wrapper`]).
pub fn unpack_records_bmc_wrapper(unpacker: &str, w: usize) -> Result<String, String> {
    use xnc_rtl::xnc_compressor::RECORD_BUS_BITS;
    let (bus, lw) = (RECORD_BUS_BITS, w.trailing_zeros());
    let name = format!("rt_unpack_records_bmc_{unpacker}");
    let mut s = banner(
        &format!("{name}.v"),
        "Unpacker check, bounded from reset: the unpacker's records tile the stream of its words from each block's start, zeros after each record's end.",
    );
    s.push_str(&unpack_head(&name, unpacker, w)?);
    let _ = write!(
        s,
        "    // the chosen stream bit: position f_pos of block f_blk's word stream; the chosen record bit f_i
    (* anyconst *) reg [3:0] f_blk;
    (* anyconst *) reg [15:0] f_pos;
    (* anyconst *) reg [9:0] f_i;
    reg f_have = 1'b0, f_val = 1'b0;
    wire [15:0] in_rel = f_pos - in_ws;
    always @(posedge aclk) begin
        if (aresetn && s_axis_tvalid && s_axis_tready && in_blk == f_blk && f_pos >= in_ws && in_rel < 16'd{w}) begin
            f_have <= 1'b1;
            f_val <= s_axis_tdata[{w1} - in_rel[{lw1}:0]];
        end
    end
    wire [15:0] rel = f_pos - f_p;
    // records (guaranteed)
    always @(*) begin
        if (aresetn && m_axis_tvalid) begin
            // zeros after the record's end
            if (f_i >= m_axis_tuser && f_i < 10'd{bus}) assert(m_axis_tdata[10'd{b1} - f_i] == 1'b0);
            // the record's bit at f_pos is the stream's
            if (out_blk == f_blk && f_pos >= f_p && f_pos < f_rec_end) begin
                assert(f_have);
                assert(m_axis_tdata[10'd{b1} - rel[9:0]] == f_val);
            end
        end
    end
    always @(posedge aclk) begin
        if (aresetn) begin
            cover(m_axis_tvalid && m_axis_tready && out_blk == f_blk && f_pos >= f_p && f_pos < f_rec_end);
            cover(m_axis_tvalid && m_axis_tready && m_axis_tlast);
        end
    end
endmodule
`default_nettype wire
",
        w1 = w - 1,
        lw1 = lw - 1,
        b1 = bus - 1,
    );
    Ok(s)
}

/// The cases of [`unpack_last_wrapper`], one `.sby` each (`chparam -set CASE k`, one text): the
/// record out with `tlast`; without, stage A whole (`!half`); without, stage A's first part only
/// (`half`: the rest of its record is in the slots). Together every record out.
pub const LAST_CASES: [&str; 3] = ["tlast", "next", "half"];

/// `formal/rt_unpack_last_<unpacker>.v` ([`PackFact::Last`]), from the layers of the unpacker's
/// one-step invariant at one record out, their tracker lemmas instantiated where the fact reads the
/// stream, as [`unpack_records_wrapper`] does: the unpacker's state as the layers cut it (the
/// registers, the wrapper's record: the output side's position `o`, the queue's ghost `p0`, the
/// chosen block's end, the header read after the record) and one chosen-bit tracker per stream bit
/// the fact reads: the 33 bits after the record (`fh[32 - j]`, `fv[32 - j]`: bit `e + j`, `e` the
/// record's end) and the last bit of stage A's record (`fhl`, `fvl`: bit `e + len - 1`). A
/// sub-module holds the chosen-bit layers' own texts ([`pos_fns`], [`cinv_fns`], [`oinv_fn`],
/// [`queue_inv_fns`], [`hlen_fn`]), instantiated at each of those bits with `f_blk` the record's
/// block; another the positions invariant ([`pos_inv_fns`]); the length invariant
/// ([`len_inv_fn`]) is the top's. Assumed: [`PackFact::Output`] (`oinv` conjuncts 1, 2, 5, 6 at
/// the 33 bits), [`PackFact::Stage`] (`cinv` conjunct 0 at the 33 bits and at stage A's last bit),
/// [`PackFact::Queue`] (`qinv`'s slot conjuncts at stage A's last bit), [`PackFact::Positions`]
/// (`inv`), [`PackFact::Lengths`] (the length invariant), the record out (`m_axis_tvalid`,
/// `m_axis_tlast` the output register's: `gen-verilog` refuses an unpacker whose rtl drives them
/// otherwise), and the stream the trackers name: `left` the record's block's bits after it, the
/// wrapper's `fe_p` once the block's last word is in; a bit received in the block is before its
/// end, the tracker holds its value; `win` the 33 stream bits after the record, zero past the
/// block's end. Asserted, the `last` fact in the composition's form. One case per `.sby`
/// ([`LAST_CASES`]).
pub fn unpack_last_wrapper(unpacker: &str, w: usize, rtl: &str) -> Result<String, String> {
    use xnc_rtl::xnc_compressor::LEN_BITS;
    let lb = LEN_BITS;
    let name = format!("rt_unpack_last_{unpacker}");
    let chain = pack_chain("", unpacker);
    let l = pack_lemma(&chain, "rt_unpack_last_");
    let regs = state_regs(rtl);
    let width = |stem: &str| regs.iter().find(|(n, _)| n == stem).map_or(1, |r| r.1);
    let n = regs.iter().filter(|(r, _)| r.starts_with("slot")).count();
    let geo = gather_geometry(unpacker, w, rtl)?;
    let (_, rec, hi, lo, _) = geo;
    let off_pad =
        rtl_localparam(rtl, "k_off_pad").ok_or(format!("{name}: rtl/{unpacker}.v has no localparam k_off_pad"))?;
    let split = rtl_localparam(rtl, "k_split").ok_or(format!("{name}: rtl/{unpacker}.v has no localparam k_split"))?;
    // a record out is the output register valid, its tlast the output register's: the lines of the
    // unpacker this lemma reads
    for line in ["m_axis_tvalid = out_valid_q & aresetn;", "m_axis_tlast = out_last_q;"] {
        if !rtl.contains(line) {
            return Err(format!("{name}: rtl/{unpacker}.v does not have `{line}`"));
        }
    }
    let mut s = banner(&format!("{name}.v"), &format!("Unpacker lemma: {}.", l.what));
    let _ = writeln!(s, "// Assumes: {}", l.assumes.iter().map(|f| f.label()).collect::<Vec<_>>().join(", "));
    let _ = writeln!(s, "// Proves:  {}", l.guarantees.iter().map(|f| f.label()).collect::<Vec<_>>().join(", "));
    // the state the layers' invariants read, as the layers name it (without `_q`)
    let mut st: Vec<(String, usize)> = [
        ("rd", width("rd")),
        ("tail", 8),
        ("full", 1),
        ("half", 1),
        ("off0", 1),
        ("len", lb),
        ("hi", hi),
        ("lo", lo),
        ("out_valid", 1),
        ("out_len", lb),
        ("out", rec),
        ("out_last", 1),
        ("last", 1),
        ("rest", width("rest")),
        ("o", 20),
    ]
    .iter()
    .map(|(n, k)| (n.to_string(), *k))
    .collect();
    st.extend((0..n).map(|i| (format!("v{i}"), 1)));
    st.extend((0..n).map(|i| (format!("l{i}"), 1)));
    st.extend((0..n).map(|i| (format!("slot{i}"), w)));
    st.extend([
        ("p0".to_string(), 20),
        ("pin".to_string(), 20),
        ("fe_v".to_string(), 1),
        ("fe_p".to_string(), 16),
        ("oh".to_string(), 33),
    ]);
    let decl =
        |v: &[(String, usize)]| v.iter().map(|(n, k)| format!("    input wire {}{n}", range(*k))).collect::<Vec<_>>();
    let fl = (0..n).map(|i| format!("v{i}")).chain((0..n).map(|i| format!("l{i}"))).collect::<Vec<_>>().join(", ");
    let slots = (0..n).map(|i| format!("slot{i}")).collect::<Vec<_>>().join(", ");
    let mut sub = decl(&[("f_blk".into(), 4), ("f_pos".into(), 16), ("f_z".into(), 10)]);
    sub.extend(decl(&st));
    sub.extend([
        "    input wire fh".to_string(),
        "    input wire fv".to_string(),
        "    output wire [3:0] c".to_string(),
        format!("    output wire [{}:0] z", OUT_CONJUNCTS - 1),
        format!("    output wire [{n}:0] q"),
    ]);
    let conns = st.iter().map(|(n, _)| format!(".{n}({n})")).collect::<Vec<_>>().join(", ");
    let flag_names: Vec<String> = fl.split(", ").map(String::from).collect();
    let pos_st: Vec<(String, usize)> = st
        .iter()
        .filter(|(n, _)| UNPACK_POS_REGS.contains(&n.as_str()) || n == "p0" || n == "o" || flag_names.contains(n))
        .cloned()
        .collect();
    let pos_conns = pos_st.iter().map(|(n, _)| format!(".{n}({n})")).collect::<Vec<_>>().join(", ");
    let mut pos_ports = decl(&pos_st);
    pos_ports.push("    output wire [6:0] i".to_string());
    let pos_args = (0..n)
        .map(|i| format!("v{i}"))
        .chain((0..n).map(|i| format!("l{i}")))
        .chain(UNPACK_POS_REGS.iter().map(|r| r.to_string()))
        .chain(["p0".to_string(), "o".to_string()])
        .collect::<Vec<_>>()
        .join(", ");
    let widths: Vec<usize> = UNPACK_POS_REGS.iter().map(|r| width(r)).collect();
    let mut top = vec!["    input wire aclk".to_string()];
    top.extend(decl(&st));
    top.extend(
        [
            "    // the trackers: fh[32 - j], fv[32 - j] the stream bit e + j after the record (e its end);",
            "    // fhl, fvl the last bit of stage A's record, e + len - 1",
            "    input wire [32:0] fh",
            "    input wire [32:0] fv",
            "    input wire fhl",
            "    input wire fvl",
            "    // the record out's tlast; the stream: its block's bits left after it, the 33 bits after it",
            "    input wire tout",
            "    input wire [15:0] left",
            "    input wire [32:0] win",
        ]
        .map(String::from),
    );
    let stream: Vec<String> = (0..33)
        .map(|j| {
            format!(
                "assume(!fh[{b}] || (16'd{j} < left && win[{b}] == fv[{b}]));\n        assume(16'd{j} < left || !win[{b}]);",
                b = 32 - j
            )
        })
        .collect();
    let g = width("rec_hi");
    if g != hi {
        return Err(format!("{name}: rtl/{unpacker}.v: rec_hi is not the gather's {hi} bits"));
    }
    let _ = write!(
        s,
        "`default_nettype none
// the chosen-bit layers' invariants over one state, for the chosen bit f_pos of block f_blk: the
// texts of rt_unpack_stage_{unpacker} (cinv), rt_unpack_out_{unpacker} (oinv), rt_unpack_slots_{unpacker} (qinv)
module {name}_at (
{sub}
);
{posfns}{hlen}{cinv}{oinv}{qinv}    wire [19:0] a = astart(out_valid, out_last, out_len, o);
    assign c = cinv(rd, tail, full, half, off0, len, hi, lo, out_valid, out_len, out, a, o, fh, fv);
    assign z = oinv(out_valid, out_last, out_len, out, full, last, len, o, a, {fl}, p0, fe_v, fe_p, oh, fh, fv);
    assign q = qinv({fl}, {slots}, p0, pin, fh, fv);
endmodule
// the positions invariant over one state: the text of rt_unpack_pos_{unpacker} (inv)
module {name}_pos (
{pos_ports}
);
{posfns}{posinv}    assign i = inv({pos_args});
endmodule
// one record out: the unpacker's state (the layers' registers and the wrapper's record), one
// chosen-bit tracker per stream bit read; CASE: one of the cases (one .sby each), together every
// record out: 0 with tlast, 1 without and stage A whole, 2 without and stage A's first part only
module {name} #(
    parameter CASE = 0
) (
{top}
);
{hlen}{leninv}    wire [15:0] e = o[15:0] + {{{lz}'d0, out_len}};
    wire [32:0] c0, z1, z2, z5, z6;
    genvar k;
    generate
        for (k = 0; k < 33; k = k + 1) begin : at
            localparam [15:0] J = k;
            wire [3:0] c;
            wire [{z1}:0] z;
            wire [{n}:0] q;
            {name}_at f (.f_blk(o[19:16]), .f_pos(e + J), .f_z(J[{l1}:0]), {conns},
                .fh(fh[32 - k]), .fv(fv[32 - k]), .c(c), .z(z), .q(q));
            assign c0[32 - k] = c[0];
            assign z1[32 - k] = z[1];
            assign z2[32 - k] = z[2];
            assign z5[32 - k] = z[5];
            assign z6[32 - k] = z[6];
        end
    endgenerate
    wire [3:0] cl;
    wire [{z1}:0] zl;
    wire [{n}:0] ql;
    {name}_at fl (.f_blk(o[19:16]), .f_pos(e + {{{lz}'d0, len}} - 16'd1), .f_z({lb}'d0), {conns},
        .fh(fhl), .fv(fvl), .c(cl), .z(zl), .q(ql));
    wire [6:0] pinv;
    {name}_pos fp ({pos_conns}, .i(pinv));
    always @(*) begin
        // the case
        assume(CASE == 0 ? out_last : CASE == 1 ? (!out_last && !half) : (!out_last && half));
        // a record out, its tlast (rtl: m_axis_tvalid = out_valid_q & aresetn; m_axis_tlast = out_last_q)
        assume(out_valid && tout == out_last);
        // the stream the trackers name: the block's end, once its last word is in, is the wrapper's
        // fe_p; a bit received in the block is before its end, the tracker holds its value; the 33
        // bits after the record are zero past the block's end
        assume(!fe_v || left == fe_p - e);
        assume(!fhl || {{{lz}'d0, len}} - 16'd1 < left);
        {stream}
        // each case assumes the facts it reads (a weakening: the others hold as well), so that
        // the solver does not carry the rest
        if (CASE == 0) begin
            // output (rt_unpack_out_*, oinv conjuncts 2, 5, 6) at the 33 bits after the record:
            // with tlast the block's last word is in and less than a word is left; a pad: the
            // header read after the record announces more than is left and holds the block's bits
            // there
            assume(&z2 && &z5 && &z6);
        end else begin
            // output (rt_unpack_out_*, oinv conjunct 1): without tlast stage A is full
            assume(&z1);
            // stage (rt_unpack_stage_*, cinv conjunct 0) at the 33 bits after the record: stage A
            // holds the stream's bits from where the record out ends, received
            assume(&c0);
            // lengths (rt_unpack_len_*, the length invariant): stage A's length is its header's
            assume(inv(full, len, hi, off0, out_valid, out_len, out));
        end
        if (CASE == 1) begin
            // stage (cinv conjunct 0) at stage A's last bit: received
            assume(cl[0]);
        end
        if (CASE == 2) begin
            // positions (rt_unpack_pos_*, inv): stage A's second part is in the slots, from the
            // read position
            assume(&pinv);
            // queue (rt_unpack_slots_*, qinv's slot conjuncts) at stage A's last bit: a valid slot
            // holding it holds the stream's bit, received
            assume(&ql[{n}:1]);
        end
        // last (guaranteed), in the composition's form
        {last}
    end
endmodule
`default_nettype wire
",
        sub = sub.join(",\n"),
        top = top.join(",\n"),
        pos_ports = pos_ports.join(",\n"),
        posfns = pos_fns(w, lb),
        posinv = pos_inv_fns(w, n, split, &widths),
        hlen = hlen_fn(),
        cinv = cinv_fns(width("rd"), lb, geo, off_pad == 0),
        oinv = oinv_fn(w, n, lb, rec),
        qinv = queue_inv_fns(w, n, "qinv"),
        leninv = len_inv_fn(lb, g, rec),
        stream = stream.join("\n        "),
        z1 = OUT_CONJUNCTS - 1,
        l1 = lb - 1,
        lz = 16 - lb,
        last = last_fact("assert"),
    );
    Ok(s)
}

/// The unpackers' ports, as a one-step lemma's `dut` connects them (by name).
const UNPACKER_PORTS: [&str; 11] = [
    "aclk",
    "aresetn",
    "s_axis_tdata",
    "s_axis_tvalid",
    "s_axis_tready",
    "s_axis_tlast",
    "m_axis_tdata",
    "m_axis_tuser",
    "m_axis_tvalid",
    "m_axis_tready",
    "m_axis_tlast",
];

/// The packer -> unpacker one-step lemmas that cut their block through its formal twin
/// (`formal/<block>_cut.v`, [`cut_twin`]: every state register an input under
/// [`STATE_CUT`], the signals they read observation outputs), converted one at a time, each after
/// its proof passed through the twin. The others still cut the netlist with Yosys `expose` in
/// their `.ys` (docs/FORMAL.md, "Not done").
pub const TWIN_LEMMAS: &[&str] = &[
    "rt_unpack_len_xnc_unpacker_256",
    "rt_unpack_len_xnc_unpacker",
    "rt_unpack_slots_xnc_unpacker_256",
    "rt_unpack_slots_xnc_unpacker",
    "rt_unpack_pos_xnc_unpacker_256",
    "rt_unpack_pos_xnc_unpacker",
    "rt_unpack_out_xnc_unpacker_256",
    "rt_pack_chunk_xnc_packer",
    "rt_unpack_out_xnc_unpacker",
    "rt_unpack_stage_xnc_unpacker_256",
    "rt_unpack_head_xnc_unpacker_256",
    "rt_unpack_head_xnc_unpacker",
    "rt_unpack_gather_xnc_unpacker_256",
    "rt_unpack_stage_xnc_unpacker",
    "rt_unpack_gather_xnc_unpacker",
    "rt_pack_step_xnc_packer_256",
    "rt_pack_chunk_xnc_packer_256",
    "rt_pack_step_xnc_packer",
];

/// The macro under which a packer's or unpacker's formal twin has every state register a free
/// input (`formal_<reg>_q`): the one-step lemmas cut all of them.
pub const STATE_CUT: &str = "FORMAL_CUT_STATE";

/// The blocks of the packer -> unpacker chain that have a formal twin ([`cut_twin`]).
pub const PACK_CUT_BLOCKS: [&str; 4] = ["xnc_packer", "xnc_packer_256", "xnc_unpacker", "xnc_unpacker_256"];

/// The combinational signals of a packer or unpacker that its one-step lemmas read, observed by
/// its formal twin as `formal_<signal>` (besides every register's next value `formal_<reg>_d`):
/// the one list per block. Packers: the chunk path's moves ([`CHUNK_SIGNALS`]); unpackers: `vacate`
/// and `pad` (the positions lemma's, [`unpack_pos_signals`]) and the gather's outputs
/// ([`GATHER_SIGNALS`]).
fn twin_observed(block: &str) -> Vec<String> {
    if block.starts_with("xnc_packer") {
        CHUNK_SIGNALS.iter().map(|g| g.to_string()).collect()
    } else {
        ["vacate", "pad"].iter().chain(GATHER_SIGNALS.iter()).map(|g| g.to_string()).collect()
    }
}

/// The instance `dut` of a packer or unpacker in the one-step lemma `lemma`: the block's `ports`
/// by name and the cut signals `cut` (`<reg>_q` free inputs, `<reg>_d` and the other observed
/// signals outputs). A lemma of [`TWIN_LEMMAS`] instantiates the formal twin `<block>_cut`, whose
/// ports for them are `formal_<signal>`; the others the block whose netlist their `.ys` cuts with
/// `expose` (ports named as the signals).
fn cut_dut(lemma: &str, block: &str, ports: &[String], cut: &[String]) -> String {
    let twin = TWIN_LEMMAS.contains(&lemma);
    let mut conns: Vec<String> = ports.iter().map(|p| format!(".{p}({p})")).collect();
    let pre = if twin { xnc_rtl::emit::CUT_PREFIX } else { "" };
    conns.extend(cut.iter().map(|c| format!(".{pre}{c}({c})")));
    let m = if twin { format!("{block}_cut") } else { block.to_string() };
    format!("    {m} dut (\n        {}\n    );\n", conns.join(",\n        "))
}

/// The head of a one-step lemma's Yosys script (`formal/<lemma>.ys`) up to its wrapper: for a
/// lemma of [`TWIN_LEMMAS`], the block's formal twin with every state register cut ([`STATE_CUT`]);
/// for the others, the block's netlist with `expose -input` of every state register (`ins`) and
/// `expose` of the signals it reads (`outs`).
fn cut_ys_head(lemma: &str, block: &str, ins: &[String], outs: &[String]) -> String {
    if TWIN_LEMMAS.contains(&lemma) {
        format!("read_verilog -formal -D{STATE_CUT} {block}_cut.v\n")
    } else {
        format!(
            "read_verilog -formal ../rtl/{block}.v\nhierarchy\nproc\nflatten\nexpose -input {}\nexpose {}\n",
            ins.join(" "),
            outs.join(" ")
        )
    }
}

/// The formal twin of a packer or unpacker (`formal/<block>_cut.v`, [`cut_twin`]): every state
/// register (the `reg <name>_q` of `rtl`) an observation output `formal_<reg>_d` and, under
/// [`STATE_CUT`], an input `formal_<reg>_q`; the signals of [`twin_observed`] outputs
/// `formal_<signal>`.
fn pack_cut_twin(block: &str, rtl: &str) -> Result<String, String> {
    let twin = format!("{block}_cut");
    let regs = state_regs(rtl);
    let obs = twin_observed(block);
    let banner = format!(
        "// {twin}.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).\n\
         // The FORMAL-only twin of rtl/{block}.v that the one-step lemmas of the packer -> unpacker\n\
         // chain (formal/rt_pack.md, docs/FORMAL.md) cut between register stages. It is\n\
         // rtl/{block}.v's text, the module renamed {twin}, with lines added only (a unit test\n\
         // checks it):\n\
         //   - an output formal_<r>_d for each register <r>: the value <r>_q loads at the next rising\n\
         //     edge of aclk;\n\
         //   - under `define {STATE_CUT}, every register <r> is an input formal_<r>_q: its\n\
         //     `<r>_q <= <r>_d;` line is left out and <r>_q follows the input, a free value for the\n\
         //     lemma's one step (a register the block already observes under FORMAL keeps that\n\
         //     output only without the macro);\n\
         //   - an output formal_<s> for each combinational signal the lemmas read: {}.\n\
         // The registers ({} of them, every `reg <r>_q` of the block): {} .. {}.\n\
         // Not for synthesis or simulation: rtl/{block}.v is the block.\n//\n",
        obs.join(", "),
        regs.len(),
        regs.first().map_or("", |r| r.0.as_str()),
        regs.last().map_or("", |r| r.0.as_str()),
    );
    let groups = [xnc_rtl::emit::CutGroup {
        define: STATE_CUT.to_string(),
        stems: regs.iter().map(|r| r.0.clone()).collect(),
        what: "every state register of the block, free inputs".to_string(),
    }];
    xnc_rtl::emit::with_cut_registers(rtl, block, &twin, &banner, &groups, &obs)
}

/// The input ports of a one-step unpacker wrapper: the unpacker's inputs (`w`-bit words), then
/// the wrapper's own free inputs `free`, then each state register of `regs` as a free `_q` input.
fn unpacker_cut_inputs(w: usize, regs: &[(String, usize)], free: &[(&str, usize)]) -> Vec<String> {
    [("aclk", 1), ("aresetn", 1), ("s_axis_tdata", w), ("s_axis_tvalid", 1), ("s_axis_tlast", 1), ("m_axis_tready", 1)]
        .iter()
        .chain(free)
        .map(|(n, k)| format!("    input wire {}{n}", range(*k)))
        .chain(regs.iter().map(|(n, k)| format!("    input wire {}{n}_q", range(*k))))
        .collect()
}

/// The state registers of a block's generated Verilog (`reg [N:0] <name>_q;`), as (stem, width):
/// the cut points of a one-step lemma (`expose -input <stem>_q`, `expose <stem>_d`).
fn state_regs(rtl: &str) -> Vec<(String, usize)> {
    rtl.lines()
        .filter_map(|l| {
            let t = l.trim().strip_prefix("reg ")?.trim().strip_suffix(';')?;
            let (width, name) = match t.rsplit_once(' ') {
                Some((r, n)) => (r.trim().trim_start_matches('[').split(':').next()?.parse::<usize>().ok()? + 1, n),
                None => (1, t),
            };
            Some((name.strip_suffix("_q")?.to_string(), width))
        })
        .collect()
}

/// The registers the unpackers' length invariant reads, as the invariant's next value (`_d`)
/// and current value (`_q`): stage A's record (`rec_hi`: its first bits, with the header), the
/// offset parity of its last shift stage (`off0`), its length (`len`), whether it holds a record
/// (`full`), and the output register (`out`, `out_len`, `out_valid`).
const UNPACK_LEN_REGS: [&str; 7] = ["full", "len", "rec_hi", "off0", "out", "out_len", "out_valid"];

/// The lengths' upper bound the content and output layers assume of the state before their step
/// (`lens`: stage A's and the output register's lengths at most a record's bits), one text for
/// them and for the lemma that derives it from the length invariant ([`unpack_lenbound_wrapper`]).
fn lens_hi_text(lb: usize, rec: usize) -> String {
    format!(
        "    // the lengths' bound (the length invariant of rt_unpack_len_*: a header's length)\n    wire lens = (!full_q || len_q <= {lb}'d{rec}) && (!out_valid_q || out_len_q <= {lb}'d{rec});\n"
    )
}

/// The lengths' lower bound the output layer assumes (`lens_lo`: stage A's length at least what a
/// header with F and every selector set announces), one text with [`unpack_lenbound_wrapper`].
const LENS_LO: &str = "    // the lengths' lower bound: a header announces at least what F and every selector set do
    wire lens_lo = !full_q || len_q >= f_hlen({33{1'b1}});
";

/// The length invariant I of the unpacker ([`PackFact::Lengths`]), `function inv` over stage A's
/// and the output register's lengths and headers (`g` bits of `rec_hi`, `o` of `out`): one text
/// for `rt_unpack_len_*`, which proves it inductive, and [`unpack_lenbound_wrapper`], which
/// derives the lengths' bounds from it. Needs `f_hlen` in scope.
fn len_inv_fn(lb: usize, g: usize, o: usize) -> String {
    format!(
        "    // I over one state: stage A's header is the top of the gathered bits, one bit further on
    // when the last shift stage is pending; the output register's header is its top 33 bits
    function inv(input full, input [{l1}:0] len, input [{g1}:0] rec_hi, input off0, input out_valid,
        input [{l1}:0] out_len, input [{o1}:0] out);
        inv = (!full || len == f_hlen(off0 ? rec_hi[{a1}:{a0}] : rec_hi[{g1}:{g0}]))
            && (!out_valid || out_len == f_hlen(out[{o1}:{o0}]));
    endfunction
",
        l1 = lb - 1,
        g1 = g - 1,
        g0 = g - 33,
        a1 = g - 2,
        a0 = g - 34,
        o1 = o - 1,
        o0 = o - 33,
    )
}

/// `formal/rt_unpack_lenbound_<unpacker>.v` ([`PackFact::LenBounds`]): the lengths' bounds the
/// content and output layers assume ([`lens_hi_text`], [`LENS_LO`]) follow from the length
/// invariant that `rt_unpack_len_*` proves inductive ([`len_inv_fn`], the same texts): stage A's
/// and the output register's registers free, the invariant assumed, the bounds asserted; one BMC
/// step (yices).
pub fn unpack_lenbound_wrapper(unpacker: &str, rtl: &str) -> String {
    use xnc_rtl::xnc_compressor::{LEN_BITS, RECORD_BITS};
    let lb = LEN_BITS;
    let name = format!("rt_unpack_lenbound_{unpacker}");
    let regs = state_regs(rtl);
    let width = |stem: &str| regs.iter().find(|(n, _)| n == stem).map_or(1, |r| r.1);
    let (g, o) = (width("rec_hi"), width("out"));
    let chain = pack_chain("", unpacker);
    let l = pack_lemma(&chain, "rt_unpack_lenbound_");
    let mut s = banner(&format!("{name}.v"), &format!("Unpacker lemma: {}.", l.what));
    let _ = writeln!(s, "// Assumes: {}", l.assumes.iter().map(|f| f.label()).collect::<Vec<_>>().join(", "));
    let _ = writeln!(s, "// Proves:  {}", l.guarantees.iter().map(|f| f.label()).collect::<Vec<_>>().join(", "));
    let _ = write!(
        s,
        "`default_nettype none
module {name} (
    input wire aclk,
    // stage A's and the output register's registers, any values
    input wire full_q,
    input wire [{l1}:0] len_q,
    input wire [{g1}:0] rec_hi_q,
    input wire off0_q,
    input wire out_valid_q,
    input wire [{l1}:0] out_len_q,
    input wire [{o1}:0] out_q
);
{f}{inv}{hi}{lo}    always @(*) begin
        // lengths: the invariant rt_unpack_len_* proves inductive
        assume(inv(full_q, len_q, rec_hi_q, off0_q, out_valid_q, out_len_q, out_q));
        // lenbounds (guaranteed): the bounds the content and output layers assume
        assert(lens && lens_lo);
    end
endmodule
`default_nettype wire
",
        l1 = lb - 1,
        g1 = g - 1,
        o1 = o - 1,
        f = hlen_fn(),
        inv = len_inv_fn(lb, g, o),
        hi = lens_hi_text(lb, RECORD_BITS),
        lo = LENS_LO,
    );
    s
}

/// `formal/rt_unpack_lenout_<unpacker>.v` ([`PackFact::PortLengths`]): at a record out (the
/// output register valid), the length invariant that `rt_unpack_len_*` proves inductive
/// ([`len_inv_fn`], the same text, instantiated on the state as [`unpack_last_wrapper`] does) and
/// the output layer's port fact (the ports are the output register, the line
/// [`unpack_records_wrapper`] assumes) give the lengths fact at the ports, asserted in the
/// composition's form ([`lengths_fact`]); one BMC step (yices).
pub fn unpack_lenout_wrapper(unpacker: &str, rtl: &str) -> Result<String, String> {
    use xnc_rtl::xnc_compressor::{LEN_BITS, RECORD_BITS, RECORD_BUS_BITS};
    let (bus, rec, lb) = (RECORD_BUS_BITS, RECORD_BITS, LEN_BITS);
    let name = format!("rt_unpack_lenout_{unpacker}");
    let regs = state_regs(rtl);
    let width = |stem: &str| regs.iter().find(|(n, _)| n == stem).map_or(1, |r| r.1);
    let (g, o) = (width("rec_hi"), width("out"));
    if o != rec {
        return Err(format!("{name}: rtl/{unpacker}.v's out_q has {o} bits, not a record's {rec}"));
    }
    // a record out is the output register valid: the line of the unpacker this lemma reads
    if !rtl.contains("m_axis_tvalid = out_valid_q & aresetn;") {
        return Err(format!("{name}: rtl/{unpacker}.v does not drive m_axis_tvalid from out_valid_q"));
    }
    let chain = pack_chain("", unpacker);
    let l = pack_lemma(&chain, "rt_unpack_lenout_");
    let mut s = banner(&format!("{name}.v"), &format!("Unpacker lemma: {}.", l.what));
    let _ = writeln!(s, "// Assumes: {}", l.assumes.iter().map(|f| f.label()).collect::<Vec<_>>().join(", "));
    let _ = writeln!(s, "// Proves:  {}", l.guarantees.iter().map(|f| f.label()).collect::<Vec<_>>().join(", "));
    let _ = write!(
        s,
        "`default_nettype none
module {name} (
    input wire aclk,
    // stage A's and the output register's registers (as the layers name them), any values
    input wire full,
    input wire [{l1}:0] len,
    input wire [{g1}:0] hi,
    input wire off0,
    input wire out_valid,
    input wire [{l1}:0] out_len,
    input wire [{o1}:0] out,
    // the record out's ports
    input wire [{b1}:0] tdata,
    input wire [{l1}:0] tuser
);
{f}{inv}    always @(*) begin
        // lengths: the invariant rt_unpack_len_* proves inductive
        assume(inv(full, len, hi, off0, out_valid, out_len, out));
        // a record out: the output register is valid (rtl: m_axis_tvalid = out_valid_q & aresetn)
        assume(out_valid);
        // output (rt_unpack_out_*): the ports are the output register
        assume(tdata == {{out, {pad}'d0}} && tuser == out_len);
        // portlengths (guaranteed), in the composition's form
        {lengths}
    end
endmodule
`default_nettype wire
",
        l1 = lb - 1,
        g1 = g - 1,
        o1 = o - 1,
        b1 = bus - 1,
        pad = bus - rec,
        f = hlen_fn(),
        inv = len_inv_fn(lb, g, o),
        lengths = lengths_fact("assert"),
    );
    Ok(s)
}

/// [`PackFact::PortLengths`] in the composition's form, on the record out's ports (`tdata`,
/// `tuser`): `tuser` is the length the header at the top of `tdata` announces. `verb` `assert` in
/// the derivation that proves it ([`unpack_lenout_wrapper`]), `assume` in the composition
/// ([`pack_compose_wrapper`]): one text, so the link is a text check (unit test).
fn lengths_fact(verb: &str) -> String {
    use xnc_rtl::xnc_compressor::RECORD_BUS_BITS;
    let bus = RECORD_BUS_BITS;
    format!("{verb}(tuser == f_hlen(tdata[{}:{}]));", bus - 1, bus - 33)
}

/// `formal/rt_unpack_len_<unpacker>.v` ([`PackFact::Lengths`]): one step of the unpacker, every
/// state register cut (`expose -input <reg>_q`, free), the invariant's registers' next values
/// observed (`expose <reg>_d`). The invariant I: stage A holding a record has the length its
/// header announces, and so has the output register holding one. Asserted: after a reset cycle or
/// a cycle that starts in I, the next state is in I (so I holds in every state of a trace that
/// starts in reset: induction over the cycles, each step this lemma), and a state in I offers
/// records whose `tuser` is their header's length (the fact). Proved by SAT sweeping
/// (`formal/<name>.ys`, ABC `iprove`): k-induction with yices gave no answer in 9 minutes (two
/// 32-bit counts of the same header bits through the gather). `rtl` is the unpacker's generated
/// Verilog (its state registers and widths).
pub fn unpack_len_wrapper(unpacker: &str, w: usize, rtl: &str) -> String {
    use xnc_rtl::xnc_compressor::{LEN_BITS, RECORD_BUS_BITS};
    let (bus, lb) = (RECORD_BUS_BITS, LEN_BITS);
    let name = format!("rt_unpack_len_{unpacker}");
    let regs = state_regs(rtl);
    let width = |stem: &str| regs.iter().find(|(n, _)| n == stem).map_or(1, |r| r.1);
    let g = width("rec_hi");
    let mut s = banner(
        &format!("{name}.v"),
        &format!("Unpacker lemma: {}.", pack_lemma(&pack_chain("", unpacker), "rt_unpack_len_").what),
    );
    let ins = unpacker_cut_inputs(w, &regs, &[]);
    let _ = writeln!(s, "`default_nettype none\n// one step: every state register a free input (`_q`), the invariant's next values out (`_d`)\nmodule {name} (\n{}\n);", ins.join(",\n"));
    let _ = writeln!(
        s,
        "    wire s_axis_tready;\n    wire [{b1}:0] m_axis_tdata;\n    wire [{l1}:0] m_axis_tuser;\n    wire m_axis_tvalid, m_axis_tlast;",
        b1 = bus - 1,
        l1 = lb - 1
    );
    for r in UNPACK_LEN_REGS {
        let _ = writeln!(s, "    wire {}{r}_d;", range(width(r)));
    }
    let mut cut: Vec<String> = regs.iter().map(|(n, _)| format!("{n}_q")).collect();
    cut.extend(UNPACK_LEN_REGS.iter().map(|r| format!("{r}_d")));
    s.push_str(&cut_dut(&name, unpacker, &UNPACKER_PORTS.map(String::from), &cut));
    let o = width("out");
    let _ = write!(
        s,
        "{f}{inv}    wire inv_q = inv(full_q, len_q, rec_hi_q, off0_q, out_valid_q, out_len_q, out_q);
    wire inv_d = inv(full_d, len_d, rec_hi_d, off0_d, out_valid_d, out_len_d, out_d);
    // the fact (lengths): a record offered in a state in I has its header's length
    wire fact = !m_axis_tvalid || m_axis_tuser == f_hlen(m_axis_tdata[{b1}:{h0}]);
    always @(*) begin
        if (!aresetn || inv_q)
            assert(inv_d);
        if (inv_q)
            assert(fact);
    end
endmodule
`default_nettype wire
",
        b1 = bus - 1,
        h0 = bus - 33,
        f = hlen_fn(),
        inv = len_inv_fn(lb, g, o),
    );
    s
}

/// `formal/rt_unpack_<kind>_<unpacker>.ys`: the unpacker's Verilog with every state register
/// `<reg>_q` a free input and the `observed` signals exposed, then the lemma's wrapper, prepared
/// for ABC as a sweep lemma's ([`AIGER_PREP`]); `cones`: one ABC run per assertion ([`CONES_MARK`]).
fn unpack_cut_ys(kind: &str, unpacker: &str, rtl: &str, observed: &[String], cones: bool) -> String {
    let name = format!("rt_unpack_{kind}_{unpacker}");
    let ins: Vec<String> = state_regs(rtl).iter().map(|(n, _)| format!("{unpacker}/w:{n}_q")).collect();
    let outs: Vec<String> = observed.iter().map(|g| format!("{unpacker}/w:{g}")).collect();
    format!(
        "# {name}.ys: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).\n\
         # Packer -> unpacker lemma, proved by SAT sweeping (scripts/formal.sh: write_aiger, then ABC iprove): {what}\n\
         {cones}{head}read_verilog -formal {name}.v\nprep -top {name}\n{AIGER_PREP}",
        head = cut_ys_head(&name, unpacker, &ins, &outs),
        cones = if cones { format!("{CONES_MARK}\n") } else { String::new() },
        what = pack_lemma(&pack_chain("", unpacker), &format!("rt_unpack_{kind}_")).what,
    )
}

/// `formal/rt_unpack_len_<unpacker>.ys`: the unpacker with its state cut ([`unpack_len_wrapper`]),
/// prepared for ABC as a sweep lemma's ([`AIGER_PREP`]).
fn unpack_len_ys(unpacker: &str, rtl: &str) -> String {
    unpack_cut_ys("len", unpacker, rtl, &UNPACK_LEN_REGS.iter().map(|r| format!("{r}_d")).collect::<Vec<_>>(), false)
}

/// The unpacker's signals the queue lemma observes ([`unpack_slots_wrapper`]): the slots' next
/// values, their valid and last-word flags, and `vacate` (slot 0's word is dropped this cycle).
fn unpack_slots_signals(rtl: &str) -> Vec<String> {
    let n = state_regs(rtl).iter().filter(|(r, _)| r.starts_with("slot")).count();
    let mut v: Vec<String> = ["slot", "v", "l"].iter().flat_map(|k| (0..n).map(move |i| format!("{k}{i}_d"))).collect();
    v.push("vacate".into());
    v
}

/// `formal/rt_unpack_slots_<unpacker>.v` ([`PackFact::Queue`]): one step of the unpacker, every
/// state register cut as in [`unpack_len_wrapper`], with the wrapper's record of the stream as
/// free state too (the next word's block and position, the chosen bit taken and its value, and a
/// ghost: the first valid slot's word's block and position, which moves one word on when slot 0's
/// word is dropped). The invariant: the valid slots, in slot order, hold consecutive words from
/// the ghost's position (the next block's position 0 after a word with `tlast`) to the next word
/// in, and a valid slot that holds the chosen bit holds its value. Asserted per conjunct (one ABC
/// run each): after a reset cycle or a step from a state in it, each conjunct holds. `rtl` is the
/// unpacker's generated Verilog (its state registers and widths).
pub fn unpack_slots_wrapper(unpacker: &str, w: usize, rtl: &str) -> String {
    use xnc_rtl::xnc_compressor::{LEN_BITS, RECORD_BUS_BITS};
    let (bus, lb, lw) = (RECORD_BUS_BITS, LEN_BITS, w.trailing_zeros());
    let name = format!("rt_unpack_slots_{unpacker}");
    let regs = state_regs(rtl);
    let width = |stem: &str| regs.iter().find(|(n, _)| n == stem).map_or(1, |r| r.1);
    let n = regs.iter().filter(|(r, _)| r.starts_with("slot")).count();
    let sig = unpack_slots_signals(rtl);
    let mut s = banner(
        &format!("{name}.v"),
        &format!("Unpacker lemma: {}.", pack_lemma(&pack_chain("", unpacker), "rt_unpack_slots_").what),
    );
    let mut ins = unpacker_cut_inputs(w, &regs, &[("f_blk", 4), ("f_pos", 16)]);
    ins.extend(
        [("in_blk", 4), ("in_ws", 16), ("f_have", 1), ("f_val", 1), ("g_blk0", 4), ("g_pos0", 16)]
            .iter()
            .map(|(n, k)| format!("    input wire {}{n}_q", range(*k))),
    );
    let _ = writeln!(
        s,
        "`default_nettype none\n// one step: every state register a free input (`_q`), the tracker's too (the chosen bit\n// f_blk, f_pos free), the queue's next values out (`_d`)\nmodule {name} (\n{}\n);",
        ins.join(",\n")
    );
    let _ = writeln!(
        s,
        "    wire s_axis_tready;\n    wire [{b1}:0] m_axis_tdata;\n    wire [{l1}:0] m_axis_tuser;\n    wire m_axis_tvalid, m_axis_tlast;",
        b1 = bus - 1,
        l1 = lb - 1
    );
    for g in &sig {
        let _ = writeln!(s, "    wire {}{g};", range(g.strip_suffix("_d").map_or(1, width)));
    }
    let mut cut: Vec<String> = regs.iter().map(|(n, _)| format!("{n}_q")).collect();
    cut.extend(sig.iter().cloned());
    s.push_str(&cut_dut(&name, unpacker, &UNPACKER_PORTS.map(String::from), &cut));
    let _ = write!(
        s,
        "    // the wrapper's record of the stream: the next word's block and position, the chosen bit
    wire fire = aresetn && s_axis_tvalid && s_axis_tready;
    wire [15:0] in_rel = f_pos - in_ws_q;
    wire in_hit = in_blk_q == f_blk && in_rel < 16'd{w};
    wire [3:0] in_blk_d = fire && s_axis_tlast ? in_blk_q + 4'd1 : in_blk_q;
    wire [15:0] in_ws_d = !fire ? in_ws_q : s_axis_tlast ? 16'd0 : in_ws_q + 16'd{w};
    wire f_have_d = f_have_q || (fire && in_hit);
    wire f_val_d = fire && in_hit ? s_axis_tdata[{lw}'d{w1} - in_rel[{lw1}:0]] : f_val_q;
    // the word after the one at {{block, position}} bp (position 0 of the next block after a word with tlast)
    function [19:0] nxt(input [19:0] bp, input l);
        nxt = l ? {{bp[19:16] + 4'd1, 16'd0}} : {{bp[19:16], bp[15:0] + 16'd{w}}};
    endfunction
    // the ghost: the first valid slot's word's block and position; the next word's when slot 0's
    // word is dropped (vacate), the next word in's after a reset
    wire [19:0] p0_q = {{g_blk0_q, g_pos0_q}};
    wire [19:0] p0_d = !aresetn ? {{in_blk_d, in_ws_d}} : v0_q && vacate ? nxt(p0_q, l0_q) : p0_q;
",
        w1 = w - 1,
        lw1 = lw - 1,
    );
    s.push_str(&queue_inv_fns(w, n, "inv"));
    let args = |t: &str, p0: &str| {
        let mut a: Vec<String> = Vec::new();
        for k in ["v", "l", "slot"] {
            a.extend((0..n).map(|i| format!("{k}{i}_{t}")));
        }
        a.extend([p0.to_string(), format!("{{in_blk_{t}, in_ws_{t}}}"), format!("f_have_{t}"), format!("f_val_{t}")]);
        a.join(", ")
    };
    let _ = writeln!(
        s,
        "    wire [{n}:0] inv_q = inv({});\n    wire [{n}:0] inv_d = inv({});\n    wire pre = !aresetn || &inv_q;\n    always @(*) begin\n        if (pre) begin",
        args("q", "p0_q"),
        args("d", "p0_d")
    );
    for i in 0..=n {
        let _ = writeln!(s, "            assert(inv_d[{i}]);");
    }
    s.push_str("        end\n    end\nendmodule\n`default_nettype wire\n");
    s
}

/// The queue's invariant ([`PackFact::Queue`]) as Verilog functions, written once for the queue
/// lemma ([`unpack_slots_wrapper`], `fname` = `inv`) and the lemmas that assume it
/// ([`unpack_layer_wrapper`]): `hold` (a slot holding the word at `bp` holds the chosen bit
/// `f_blk`/`f_pos` if the word does) and `fname` over the `n` slots' flags and words, slot 0's
/// word's position `p0`, the next word in's `pin` and the chosen bit taken (`fh`, `fv`):
/// conjunct 0 the chain's end, conjunct 1 + i slot i's chosen bit. Needs `nxt` and `f_pos`,
/// `f_blk` in scope.
fn queue_inv_fns(w: usize, n: usize, fname: &str) -> String {
    let lw = w.trailing_zeros();
    let mut s = format!(
        "    // a slot holding the word at bp holds the chosen bit if the word does
    function hold(input [19:0] bp, input [{w1}:0] slot, input fh, input fv);
        reg [15:0] r;
        begin
            r = f_pos - bp[15:0];
            hold = !(bp[19:16] == f_blk && r < 16'd{w}) || (fh && slot[{lw}'d{w1} - r[{lw1}:0]] == fv);
        end
    endfunction
",
        w1 = w - 1,
        lw1 = lw - 1,
    );
    let mut params: Vec<String> = Vec::new();
    params.extend((0..n).map(|i| format!("input v{i}")));
    params.extend((0..n).map(|i| format!("input l{i}")));
    params.extend((0..n).map(|i| format!("input [{}:0] s{i}", w - 1)));
    params.extend(["input [19:0] p0", "input [19:0] pin", "input fh", "input fv"].map(String::from));
    let _ = writeln!(
        s,
        "    // I: the valid slots, in slot order, hold consecutive words from p0 to the next word in
    // (empty slots skipped: a word in moves down one slot a cycle), the chosen bit where one holds it
    function [{n}:0] {fname}({});
        reg [19:0] p [0:{n}];
        begin
            p[0] = p0;",
        params.join(", ")
    );
    for i in 0..n {
        let _ = writeln!(s, "            p[{}] = v{i} ? nxt(p[{i}], l{i}) : p[{i}];", i + 1);
    }
    let _ = writeln!(s, "            {fname}[0] = p[{n}] == pin;");
    for i in 0..n {
        let _ = writeln!(s, "            {fname}[{}] = !v{i} || hold(p[{i}], s{i}, fh, fv);", i + 1);
    }
    s.push_str("        end\n    endfunction\n");
    s
}

/// `formal/rt_unpack_slots_<unpacker>.ys`: the unpacker with its state cut
/// ([`unpack_slots_wrapper`]), prepared for ABC as a sweep lemma's ([`AIGER_PREP`]), one ABC run
/// per assertion.
fn unpack_slots_ys(unpacker: &str, rtl: &str) -> String {
    unpack_cut_ys("slots", unpacker, rtl, &unpack_slots_signals(rtl), true)
}

/// The signals a one-step layer lemma observes: the positions lemma's ([`unpack_pos_signals`]) and,
/// with `stage`, the content lemma's ([`UNPACK_STAGE_SIGNALS`]).
fn unpack_layer_signals(rtl: &str, stage: bool) -> Vec<String> {
    let mut v = unpack_pos_signals(rtl);
    if stage {
        v.extend(UNPACK_STAGE_SIGNALS.iter().map(|g| g.to_string()));
    }
    v
}

/// The signals the content lemma observes besides the positions lemma's ([`unpack_stage_wrapper`]):
/// stage A's and the output register's next contents, and the gather's outputs ([`GATHER_SIGNALS`]).
const UNPACK_STAGE_SIGNALS: [&str; 9] =
    ["rec_hi_d", "rec_lo_d", "off0_d", "tail_d", "out_d", "window", "body_top", "lo_top", "rd_off"];

/// The unpacker's signals the positions lemma observes ([`unpack_pos_wrapper`]): the next values
/// of the read pointer, stage A's control (`full`, `half`, `rest`, `len`, `last`), the output
/// register's (`out_valid`, `out_len`, `out_last`), the slots' valid and last-word flags, `vacate`
/// (slot 0's word is dropped this cycle) and `pad` (the block ends here: the record at the read
/// pointer is not taken, its block's last word is in and the header there announces more than is
/// left).
fn unpack_pos_signals(rtl: &str) -> Vec<String> {
    let n = state_regs(rtl).iter().filter(|(r, _)| r.starts_with("slot")).count();
    let mut v: Vec<String> = UNPACK_POS_REGS
        .iter()
        .map(|r| format!("{r}_d"))
        .chain(["v", "l"].iter().flat_map(|k| (0..n).map(move |i| format!("{k}{i}_d"))))
        .collect();
    v.extend(["vacate".into(), "pad".into()]);
    v
}

/// The registers the positions invariant reads besides the slots' flags ([`unpack_pos_wrapper`]).
const UNPACK_POS_REGS: [&str; 9] = ["rd", "full", "half", "rest", "len", "last", "out_valid", "out_len", "out_last"];

/// `formal/rt_unpack_pos_<unpacker>.v` ([`PackFact::Positions`], the `rd_q` layer of the
/// unpacker's one-step invariant): one step of the unpacker, every state register cut as in
/// [`unpack_slots_wrapper`], with the wrapper's record as free state too: the next word in's block
/// and position, the queue's ghost (the first valid slot's word's block and position, moved as in
/// the queue lemma) and the output side's position (the next record out's block and position,
/// moved by the output handshakes: `tuser` bits on, the next block's 0 after `tlast`). The
/// invariant, with `A` the position after the output register's record (the output side's when it
/// is empty), the read position slot 0's word plus `rd_q`, `avail` the valid slots' bits up to the
/// block's last word and `last_in` that word in: `rd_q <= avail`; stage A holds a record (`full`)
/// whenever only its first part is in (`half`), whose rest is then its length less `k_split` and
/// not empty; stage A empty: `rd_q` = 0 and the read position is `A`; stage A's first part taken:
/// the read position is `A + k_split`, the rest is in the slots (at most `avail - rd_q`), and with
/// the block's last word in, it is what is left of the block for its last record (`last_q`), less
/// than that for another; stage A full: the read
/// position is `A + len`, before the block's end unless it is the block's last record, whose end
/// is the end of the block's last word, or slot 0 has moved on to the next block's position 0 with
/// `rd_q` = 0. Assumed of the state before the step: the invariant, and [`PackFact::Tiling`] at the
/// read position (a record boundary, by the invariant), in the form the unpacker sees it: when it
/// pads, what is left of the block is shorter than a word. Asserted per conjunct (one ABC run
/// each): after a reset cycle or a step from such a state, each conjunct holds. Errors when the
/// unpacker has no `k_split` or one of [`UNPACK_POS_REGS`].
pub fn unpack_pos_wrapper(unpacker: &str, w: usize, rtl: &str) -> Result<String, String> {
    unpack_layer_wrapper(unpacker, w, rtl, Layer::Pos)
}

/// `formal/rt_unpack_stage_<unpacker>.v` ([`PackFact::Stage`], the content layer of stage A and
/// the output register): the step of [`unpack_pos_wrapper`] with the chosen bit too (`f_blk`,
/// `f_pos` free, taken from the input as in the queue lemma). Assumed of the state before the
/// step: the positions invariant and the tiling at the read position (as there), the queue's
/// invariant ([`queue_inv_fns`]), the gather fact ([`gather_fact_fns`]) at the two indices the
/// step reads (the chosen bit's in `rec_hi` at a take, from the read position; in `rec_lo` at a
/// long record's second part, from stage A's start), the lengths' bound (`len_q`, `out_len_q` at
/// most a record's bits: the length invariant of `rt_unpack_len_*` gives them as a header's
/// length), and the content invariant. Asserted per conjunct (one ABC run each): stage A holding a
/// record from `A` (the position after the output register's) of `len_q` bits holds the chosen bit
/// where it covers it (`rec_hi`, then `rec_lo` once the second part is in, `off0` bits on), the
/// output register from the output side's position likewise, `off0` is 0 (the unpacker's
/// `rd_off` is twice `rd_q mod W`), and `tail_q` is the record's bits after `len_q`.
pub fn unpack_stage_wrapper(unpacker: &str, w: usize, rtl: &str) -> Result<String, String> {
    unpack_layer_wrapper(unpacker, w, rtl, Layer::Stage)
}

/// `formal/rt_unpack_out_<unpacker>.v` ([`PackFact::Output`], the output register's layer: its
/// zeros after `tuser` and its `tlast`): the step of [`unpack_stage_wrapper`] with a second free
/// index `f_z` (a record bit), the chosen block's end as the wrapper's record (`fe_v`, `fe_p`:
/// once block `f_blk`'s last word is in, the position after it; a word of the block without
/// `tlast` clears it, as when a block of the same number begins 16 blocks on) and the header the
/// unpacker read at the read pointer when the output register took its record (`oh`). Assumed of
/// the state before the step: the positions invariant and the tiling at the read position, the
/// queue's and the content invariant (as in the content lemma), the gather fact at the index the
/// chosen bit has in the window, the lengths' bounds (a header's length: at least that of a
/// header with F and every selector set, at most a record's bits) and this layer's invariant; of
/// the state after it, what the positions and queue lemmas prove of it (the positions invariant,
/// the queue's chain ending at the next word in), consequences of the state before. Asserted per
/// conjunct (one ABC run each, [`OUT_CONJUNCTS`]): the output register's bit `f_z` is zero from
/// `out_len` on; a record offered without `tlast` has its block's next record behind it in stage
/// A (from the position after it, by the positions); a record offered with `tlast` ends less than
/// a word before its block's end, with the block's last word in; stage A's block's last record
/// ends at the block's end; a valid slot holding the chosen block's last word ends at the block's
/// end; with `tlast` before the block's end (a pad) the header read after the record announces
/// more than is left, and holds the block's bits there (the chosen bit). And the ports are the
/// output register (`tdata` its bits at the top, `tuser` its length).
pub fn unpack_out_wrapper(unpacker: &str, w: usize, rtl: &str) -> Result<String, String> {
    unpack_layer_wrapper(unpacker, w, rtl, Layer::Out)
}

/// `formal/rt_unpack_head_<unpacker>.v` ([`PackFact::Header`], what the positions lemma's tiling
/// assumption is derived from): the step of [`unpack_stage_wrapper`]'s wrapper with the chosen
/// block's end (`fe_v`, `fe_p`, as in [`unpack_out_wrapper`]), assuming neither the positions
/// nor the tiling. Its invariant: a valid slot holding the chosen block's last word ends at the
/// block's end (asserted after a reset cycle or a step from a state in it and the queue's
/// invariant, the queue's chain ending at the next word in after the step). And of every state
/// in both invariants, with the gather fact at the index the chosen bit has in the window
/// ([`HEAD_CONJUNCTS`], one ABC run each): when the unpacker pads (`pad`: the block's last word
/// in, the header at `rd_q` announcing more than the slots' bits left), what the unpacker counts
/// as left (`f_avail - rd_q`) is what is left of the block after the read position, the header
/// it read (the window's top 33 bits) announces more than that, and holds the block's bits
/// there (the chosen bit, below what is left). Errors as [`unpack_pos_wrapper`].
pub fn unpack_head_wrapper(unpacker: &str, w: usize, rtl: &str) -> Result<String, String> {
    unpack_layer_wrapper(unpacker, w, rtl, Layer::Head)
}

/// `formal/rt_unpack_pad_<unpacker>.v` ([`PackFact::PadTiling`], the positions lemma's tiling
/// assumption), from [`PackFact::Header`] and [`PackFact::Tiling`] as `rt_pack_compose`
/// composes: one combinational step at one read position that is a record boundary (`bnd`: the
/// positions lemma assumes the fact where its invariant makes the read position one), every
/// fact instantiated there. The unpacker pads (`pad`) with `room` bits left as it counts them,
/// its header `hw`; the block's bits left after the position (`left`) and the stream's 33 bits
/// there (`sw`). `header`: with `pad`, `room` is `left`, `hw` announces more than `room` and is
/// `sw` bit by bit below `left`. `tiling`: at a record boundary whose stream header announces
/// more than is left, less than a word is left. Asserted: a pad at a record boundary leaves less
/// than a word. The link between the header lemma's chosen bit and `hw`'s every bit is the
/// `anyconst` argument of `rt_pack_compose`, not machine-checked.
pub fn unpack_pad_wrapper(unpacker: &str, w: usize) -> String {
    let name = format!("rt_unpack_pad_{unpacker}");
    let chain = pack_chain("", unpacker);
    let l = pack_lemma(&chain, "rt_unpack_pad_");
    let mut s = banner(&format!("{name}.v"), &format!("Unpacker lemma: {}.", l.what));
    let _ = writeln!(s, "// Assumes: {}", l.assumes.iter().map(|f| f.label()).collect::<Vec<_>>().join(", "));
    let _ = writeln!(s, "// Proves:  {}", l.guarantees.iter().map(|f| f.label()).collect::<Vec<_>>().join(", "));
    let bits: Vec<String> =
        (0..33).map(|j| format!("assume(!pad || left <= 16'd{j} || hw[{b}] == sw[{b}]);", b = 32 - j)).collect();
    let _ = write!(
        s,
        "`default_nettype none
module {name} #(
    parameter W = {w}
) (
    input wire aclk,
    // the read position: a record boundary of its block, the unpacker pads there
    input wire bnd,
    input wire pad,
    // what the unpacker counts as left (its slots' bits up to the block's last word after rd_q),
    // the header it read there (the window's top 33 bits)
    input wire [15:0] room,
    input wire [32:0] hw,
    // the block's bits left after the position, the stream's 33 bits there
    input wire [15:0] left,
    input wire [32:0] sw
);
{f}    always @(*) begin
        // header: a pad counts what is left, its header announces more than that and is the
        // stream's bits below what is left
        assume(!pad || room == left);
        assume(!pad || {{6'd0, f_hlen(hw)}} > room);
        {bits}
        // tiling: at a record boundary whose header announces more than is left, less than a word
        // is left
        assume(!bnd || {{6'd0, f_hlen(sw)}} <= left || left < W);
        // padtiling (guaranteed): a pad at a record boundary leaves less than a word
        assert(!(bnd && pad) || room < W);
    end
endmodule
`default_nettype wire
",
        f = hlen_fn(),
        bits = bits.join("\n        "),
    );
    s
}

/// The conjuncts of the output register's layer ([`unpack_out_wrapper`]).
const OUT_CONJUNCTS: usize = 7;

/// The header facts of the header lemma ([`unpack_head_wrapper`]), asserted of one state.
const HEAD_CONJUNCTS: usize = 3;

/// A layer of the unpacker's one-step invariant, each on the ones before: the read positions
/// ([`unpack_pos_wrapper`]), stage A's and the output register's contents
/// ([`unpack_stage_wrapper`]), the output register's zeros and `tlast` ([`unpack_out_wrapper`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layer {
    Pos,
    Stage,
    Out,
    Head,
}

impl Layer {
    /// The lemma's name between `rt_unpack_` and the unpacker's.
    fn kind(self) -> &'static str {
        match self {
            Layer::Pos => "pos",
            Layer::Stage => "stage",
            Layer::Out => "out",
            Layer::Head => "head",
        }
    }
}

/// The slots' positions from `p0` (`p[i + 1]` from `p[i]`, empty slots skipped, as in the queue's
/// invariant) and the conjunct that a valid slot holding the chosen block's last word ends at the
/// block's end (`fv`, `fp`): one text, the output layer's conjunct 4 and the header lemma's
/// invariant.
fn slot_chain_ends(w: usize, n: usize) -> (String, String) {
    let mut chain = String::new();
    let mut ends = Vec::new();
    for i in 0..n {
        let _ = writeln!(chain, "            p[{}] = v{i} ? nxt(p[{i}], l{i}) : p[{i}];", i + 1);
        ends.push(format!("(!(v{i} && l{i} && p[{i}][19:16] == f_blk) || (fv && fp == p[{i}][15:0] + 16'd{w}))"));
    }
    (chain, ends.join("\n                && "))
}

/// The output register layer's own text in its wrapper ([`unpack_out_wrapper`]): the chosen
/// block's end (`fe`), the lengths' lower bound, the queue's chain end after the step and the
/// invariant `oinv` over one state. `flq`, `fld`: the slots' flags before and after the step.
fn unpack_out_text(
    w: usize,
    n: usize,
    lb: usize,
    geo: (usize, usize, usize, usize, usize),
    flq: &str,
    fld: &str,
) -> String {
    let (_, rec, hi, lo, _) = geo;
    let sl = (0..n).map(|i| format!("slot{i}_q")).collect::<Vec<_>>().join(", ");
    let flags: Vec<String> =
        (0..n).map(|i| format!("input v{i}")).chain((0..n).map(|i| format!("input l{i}"))).collect();
    let (chain, _) = slot_chain_ends(w, n);
    let args = |t: &str, fl: &str| {
        format!(
            "out_valid_{t}, out_last_{t}, out_len_{t}, out_{t}, full_{t}, last_{t}, len_{t}, o_{t},\n        \
             astart(out_valid_{t}, out_last_{t}, out_len_{t}, o_{t}), {fl}, p0_{t}, fe_v_{t}, fe_p_{t}, oh_{t}, f_have_{t}, f_val_{t}"
        )
    };
    format!(
        "    // the output register's layer: the chosen block's end, once its last word is in (a word of
    // the block without tlast clears it: a block of the same number begins, 16 blocks on)
    wire f_in = fire && in_blk_q == f_blk;
    wire fe_v_d = !aresetn ? 1'b0 : f_in ? s_axis_tlast : fe_v_q;
    wire [15:0] fe_p_d = f_in && s_axis_tlast ? in_ws_q + 16'd{w} : fe_p_q;
    // the header after the record the output register takes (the window's at the read pointer)
    wire load = out_valid_d && (!out_valid_q || m_axis_tready);
    wire [32:0] oh_d = load ? window[{r1}:{h0}] : oh_q;
    // the gather fact at the index the header's chosen bit has in the window
    wire [3:0] g3 = f_gather_ok({{{sl}}}, rd_q, rd_off[0], window, body_top[{hi1}:0], lo_top[{lo1}:0], jt[9:0]);
{hlen}{lens_lo}    // the slots' positions from p0 (as in the queue's invariant), and their chain's end
    function [19:0] qlast({flags}, input [19:0] p0);
        reg [19:0] p [0:{n}];
        begin
            p[0] = p0;
{chain}            qlast = p[{n}];
        end
    endfunction
    // the queue's chain ends at the next word in after the step (rt_unpack_slots_*)
    wire qend_d = qlast({fld}, p0_d) == {{in_blk_d, in_ws_d}};
{oinv}    wire [{k1}:0] oinv_q = oinv({aq});
    wire [{k1}:0] oinv_d = oinv({ad});
",
        hlen = hlen_fn(),
        lens_lo = LENS_LO,
        flags = flags.join(", "),
        k1 = OUT_CONJUNCTS - 1,
        r1 = rec - 1,
        h0 = rec - 33,
        hi1 = hi - 1,
        lo1 = lo - 1,
        aq = args("q", flq),
        ad = args("d", fld),
        oinv = oinv_fn(w, n, lb, rec),
    )
}

/// The output layer's invariant `oinv` over one state ([`OUT_CONJUNCTS`] conjuncts; `o` the output
/// side's position, `a` stage A's start, `fv`, `fp` the chosen block's end, `h` the header read
/// after the output register's record, `fh`, `fval` the chosen bit's tracker): one text for the
/// output layer ([`unpack_out_wrapper`], which proves it inductive) and the derivation of
/// [`PackFact::Records`] ([`unpack_records_wrapper`]), which instantiates its zeros at every
/// record bit `f_z`. Needs `nxt`, `f_hlen`, `f_pos`, `f_blk` and `f_z` in scope.
fn oinv_fn(w: usize, n: usize, lb: usize, rec: usize) -> String {
    let flags: Vec<String> =
        (0..n).map(|i| format!("input v{i}")).chain((0..n).map(|i| format!("input l{i}"))).collect();
    let (chain, ends) = slot_chain_ends(w, n);
    format!(
        "    // I over one state: o the output side's position, a stage A's start; fv, fp the chosen
    // block's end
    function [{k1}:0] oinv(input out_valid, input out_last, input [{l1}:0] out_len, input [{r1}:0] out,
        input full, input last, input [{l1}:0] len, input [19:0] o, input [19:0] a, {flags},
        input [19:0] p0, input fv, input [15:0] fp, input [32:0] h, input fh, input fval);
        reg [19:0] p [0:{n}];
        reg [15:0] e, left, jh;
        begin
            e = o[15:0] + {{{lz}'d0, out_len}};
            left = fp - e;
            jh = f_pos - e;
            p[0] = p0;
{chain}            // zeros after tuser (the record bit f_z)
            oinv[0] = !(out_valid && f_z >= out_len && f_z < {lb}'d{rec}) || !out[{lb}'d{r1} - f_z];
            // no tlast: the block's next record is in stage A (the positions: from where this one ends)
            oinv[1] = !out_valid || out_last || full;
            // tlast: the block's last word is in and the record ends less than a word before its end
            oinv[2] = !(out_valid && out_last && o[19:16] == f_blk)
                || (fv && fp - (o[15:0] + {{{lz}'d0, out_len}}) < 16'd{w});
            // stage A's block's last record ends at the block's end
            oinv[3] = !(full && last && a[19:16] == f_blk) || (fv && fp == a[15:0] + {{{lz}'d0, len}});
            // a valid slot holding the chosen block's last word ends at the block's end
            oinv[4] = {ends};
            // tlast before the block's end (a pad): the header after the record announces more than is left,
            oinv[5] = !(out_valid && out_last && o[19:16] == f_blk && fv && left != 16'd0) || {{6'd0, f_hlen(h)}} > left;
            // and it holds the block's bits after the record (the chosen bit where it covers one)
            oinv[6] = !(out_valid && out_last && o[19:16] == f_blk && fv && jh < 16'd33 && jh < left)
                || (fh && h[6'd32 - jh[5:0]] == fval);
        end
    endfunction
",
        flags = flags.join(", "),
        k1 = OUT_CONJUNCTS - 1,
        l1 = lb - 1,
        r1 = rec - 1,
        lz = 16 - lb,
    )
}

/// The header lemma's own text in its wrapper ([`unpack_head_wrapper`]): the chosen block's end
/// (`fe`, as in the output layer), its invariant `hinv` over one state (a valid slot holding the
/// chosen block's last word ends at the block's end) and the header facts `hd` of the state.
/// `flq`, `fld`: the slots' flags before and after the step; `rw` the read pointer's width.
fn unpack_head_text(
    w: usize,
    n: usize,
    rw: usize,
    geo: (usize, usize, usize, usize, usize),
    flq: &str,
    fld: &str,
) -> String {
    let (_, rec, hi, lo, _) = geo;
    let sl = (0..n).map(|i| format!("slot{i}_q")).collect::<Vec<_>>().join(", ");
    let flags: Vec<String> =
        (0..n).map(|i| format!("input v{i}")).chain((0..n).map(|i| format!("input l{i}"))).collect();
    let (chain, ends) = slot_chain_ends(w, n);
    format!(
        "    // the chosen block's end, once its last word is in (a word of the block without tlast
    // clears it: a block of the same number begins, 16 blocks on), as in the output layer
    wire f_in = fire && in_blk_q == f_blk;
    wire fe_v_d = !aresetn ? 1'b0 : f_in ? s_axis_tlast : fe_v_q;
    wire [15:0] fe_p_d = f_in && s_axis_tlast ? in_ws_q + 16'd{w} : fe_p_q;
    // the gather fact at the index the chosen bit has in the window (from the read position)
    wire [3:0] g3 = f_gather_ok({{{sl}}}, rd_q, rd_off[0], window, body_top[{hi1}:0], lo_top[{lo1}:0], jt[9:0]);
{hlen}    // the slots' positions from p0 (as in the queue's invariant), and their chain's end
    function [19:0] qlast({flags}, input [19:0] p0);
        reg [19:0] p [0:{n}];
        begin
            p[0] = p0;
{chain}            qlast = p[{n}];
        end
    endfunction
    // the queue's chain ends at the next word in after the step (rt_unpack_slots_*)
    wire qend_d = qlast({fld}, p0_d) == {{in_blk_d, in_ws_d}};
    // I over one state: a valid slot holding the chosen block's last word ends at the block's end
    function hinv({flags}, input [19:0] p0, input fv, input [15:0] fp);
        reg [19:0] p [0:{n}];
        begin
            p[0] = p0;
{chain}            hinv = {ends};
        end
    endfunction
    wire hinv_q = hinv({flq}, p0_q, fe_v_q, fe_p_q);
    wire hinv_d = hinv({fld}, p0_d, fe_v_d, fe_p_d);
    // the header facts of a state: when the unpacker pads at the read position (slot 0's word
    // plus rd_q), (0) what is left of the chosen block after it is what the unpacker counts,
    // its slots' bits up to the block's last word after rd_q, (1) the header it read there (the
    // window's top 33 bits) announces more than that, (2) and holds the block's bits there (the
    // chosen bit, below what is left)
    wire [{r1}:0] room = f_avail({flq}) - rd_q;
    wire [32:0] hdr = window[{rec1}:{h0}];
    wire [{k1}:0] hd;
    assign hd[0] = !(pad && g_blk0_q == f_blk) || (fe_v_q && fe_p_q - (g_pos0_q + {{{rz}'d0, rd_q}}) == {{{rz}'d0, room}});
    assign hd[1] = !pad || {{6'd0, f_hlen(hdr)}} > {{{rz}'d0, room}};
    assign hd[2] = !(pad && g_blk0_q == f_blk && jt < 16'd33 && jt < {{{rz}'d0, room}})
        || (f_have_q && window[10'd{rec1} - jt[9:0]] == f_val_q);
",
        hlen = hlen_fn(),
        flags = flags.join(", "),
        k1 = HEAD_CONJUNCTS - 1,
        r1 = rw - 1,
        rz = 16 - rw,
        rec1 = rec - 1,
        h0 = rec - 33,
        hi1 = hi - 1,
        lo1 = lo - 1,
    )
}

/// The positions lemma ([`unpack_pos_wrapper`]) and, with `stage`, the content lemma on top of it
/// ([`unpack_stage_wrapper`]): one text, so that the content lemma assumes the very invariant the
/// positions lemma proves.
fn unpack_layer_wrapper(unpacker: &str, w: usize, rtl: &str, layer: Layer) -> Result<String, String> {
    use xnc_rtl::xnc_compressor::{LEN_BITS, RECORD_BITS, RECORD_BUS_BITS};
    let (bus, lb) = (RECORD_BUS_BITS, LEN_BITS);
    let kind = layer.kind();
    let out = layer == Layer::Out;
    let stage = layer != Layer::Pos;
    let name = format!("rt_unpack_{kind}_{unpacker}");
    let regs = state_regs(rtl);
    let width = |stem: &str| regs.iter().find(|(n, _)| n == stem).map_or(1, |r| r.1);
    let n = regs.iter().filter(|(r, _)| r.starts_with("slot")).count();
    let split = rtl_localparam(rtl, "k_split").ok_or(format!("{name}: rtl/{unpacker}.v has no localparam k_split"))?;
    for r in UNPACK_POS_REGS {
        if !regs.iter().any(|(g, _)| g == r) {
            return Err(format!("{name}: rtl/{unpacker}.v has no register `{r}_q` (the positions lemma reads it)"));
        }
    }
    let (rw, lw) = (width("rd"), width("len"));
    if w << n.trailing_zeros() >= 1 << rw || lw != lb || width("out_len") != lb {
        return Err(format!("{name}: rtl/{unpacker}.v: rd, len or out_len not as this lemma reads them"));
    }
    let sig = unpack_layer_signals(rtl, stage);
    let geo = gather_geometry(unpacker, w, rtl)?;
    let (ring, rec, hi, lo, _) = geo;
    let mut s = banner(
        &format!("{name}.v"),
        &format!("Unpacker lemma: {}.", pack_lemma(&pack_chain("", unpacker), &format!("rt_unpack_{kind}_")).what),
    );
    let free: &[(&str, usize)] = match layer {
        Layer::Pos => &[],
        Layer::Stage => &[("f_blk", 4), ("f_pos", 16)],
        Layer::Out => &[("f_blk", 4), ("f_pos", 16), ("f_z", 10)],
        Layer::Head => &[("f_blk", 4), ("f_pos", 16)],
    };
    let mut ins = unpacker_cut_inputs(w, &regs, free);
    let tracked: &[(&str, usize)] =
        &[("in_blk", 4), ("in_ws", 16), ("g_blk0", 4), ("g_pos0", 16), ("o_blk", 4), ("o_pos", 16)];
    ins.extend(
        tracked
            .iter()
            .chain(if stage { &[("f_have", 1), ("f_val", 1)][..] } else { &[][..] })
            .chain(match layer {
                Layer::Out => &[("fe_v", 1), ("fe_p", 16), ("oh", 33)][..],
                Layer::Head => &[("fe_v", 1), ("fe_p", 16)][..],
                _ => &[][..],
            })
            .map(|(n, k)| format!("    input wire {}{n}_q", range(*k))),
    );
    let _ = writeln!(
        s,
        "`default_nettype none\n// one step: every state register a free input (`_q`), the wrapper's record too, the\n// invariant's next values out (`_d`)\nmodule {name} (\n{}\n);",
        ins.join(",\n")
    );
    let _ = writeln!(
        s,
        "    wire s_axis_tready;\n    wire [{b1}:0] m_axis_tdata;\n    wire [{l1}:0] m_axis_tuser;\n    wire m_axis_tvalid, m_axis_tlast;",
        b1 = bus - 1,
        l1 = lb - 1
    );
    for g in &sig {
        let k = match g.as_str() {
            "window" => rec,
            "body_top" | "lo_top" => ring,
            "rd_off" => 9,
            _ => g.strip_suffix("_d").map_or(1, width),
        };
        let _ = writeln!(s, "    wire {}{g};", range(k));
    }
    let mut cut: Vec<String> = regs.iter().map(|(n, _)| format!("{n}_q")).collect();
    cut.extend(sig.iter().cloned());
    s.push_str(&cut_dut(&name, unpacker, &UNPACKER_PORTS.map(String::from), &cut));
    let _ = write!(
        s,
        "    // the wrapper's record: the next word in's block and position (as in the queue lemma)
    wire fire = aresetn && s_axis_tvalid && s_axis_tready;
    wire [3:0] in_blk_d = fire && s_axis_tlast ? in_blk_q + 4'd1 : in_blk_q;
    wire [15:0] in_ws_d = !fire ? in_ws_q : s_axis_tlast ? 16'd0 : in_ws_q + 16'd{w};
{posfns}    // the queue's ghost (rt_unpack_slots_*): the first valid slot's word's block and position
    wire [19:0] p0_q = {{g_blk0_q, g_pos0_q}};
    wire [19:0] p0_d = !aresetn ? {{in_blk_d, in_ws_d}} : v0_q && vacate ? nxt(p0_q, l0_q) : p0_q;
    // the output side: the next record out's block and position (where the next word in is,
    // after a reset)
    wire ofire = m_axis_tvalid && m_axis_tready;
    wire [19:0] o_q = {{o_blk_q, o_pos_q}};
    wire [19:0] o_d = !aresetn ? {{in_blk_d, in_ws_d}} : ofire ? after(o_q, m_axis_tlast, m_axis_tuser) : o_q;
",
        posfns = pos_fns(w, lb),
    );
    if stage {
        let lw2 = w.trailing_zeros();
        let off_pad =
            rtl_localparam(rtl, "k_off_pad").ok_or(format!("{name}: rtl/{unpacker}.v has no localparam k_off_pad"))?;
        s.push_str(&gather_fact_fns(w, geo));
        s.push_str(&queue_inv_fns(w, n, "qinv"));
        let slots: Vec<String> = (0..n).map(|i| format!("slot{i}_q")).collect();
        let qargs = |t: &str| {
            let mut a: Vec<String> = Vec::new();
            for k in ["v", "l", "slot"] {
                a.extend((0..n).map(|i| format!("{k}{i}_{t}")));
            }
            a.join(", ")
        };
        let _ = write!(
            s,
            "    // the chosen bit's tracker (as in the queue lemma)
    wire [15:0] in_rel = f_pos - in_ws_q;
    wire in_hit = in_blk_q == f_blk && in_rel < 16'd{w};
    wire f_have_d = f_have_q || (fire && in_hit);
    wire f_val_d = fire && in_hit ? s_axis_tdata[{lw2}'d{w1} - in_rel[{lw1}:0]] : f_val_q;
    wire [{n}:0] qinv_q = qinv({qa}, p0_q, {{in_blk_q, in_ws_q}}, f_have_q, f_val_q);
{cinv}    wire [3:0] cinv_q = cinv(rd_q, tail_q, full_q, half_q, off0_q, len_q, rec_hi_q, rec_lo_q, out_valid_q, out_len_q, out_q,
        astart(out_valid_q, out_last_q, out_len_q, o_q), o_q, f_have_q, f_val_q);
    wire [3:0] cinv_d = cinv(rd_d, tail_d, full_d, half_d, off0_d, len_d, rec_hi_d, rec_lo_d, out_valid_d, out_len_d, out_d,
        astart(out_valid_d, out_last_d, out_len_d, o_d), o_d, f_have_d, f_val_d);
    // the gather fact at the two indices the step reads: the chosen bit's in rec_hi at a take
    // (from the read position) and in rec_lo at a second part (from stage A's start)
    wire [19:0] as_q = astart(out_valid_q, out_last_q, out_len_q, o_q);
    wire [15:0] jt = f_pos - (g_pos0_q + {{{rz}'d0, rd_q}});
    wire [15:0] js = f_pos - as_q[15:0] + {{15'd0, off0_q}} - 16'd{hi};
    wire [3:0] g1 = f_gather_ok({{{sl}}}, rd_q, rd_off[0], window, body_top[{hi1}:0], lo_top[{lo1}:0], jt[9:0] + {{9'd0, rd_off[0]}});
    wire [3:0] g2 = f_gather_ok({{{sl}}}, rd_q, rd_off[0], window, body_top[{hi1}:0], lo_top[{lo1}:0], js[9:0]);
{lens}",
            w1 = w - 1,
            lw1 = lw2 - 1,
            qa = qargs("q"),
            rz = 16 - width("rd"),
            hi1 = hi - 1,
            lo1 = lo - 1,
            sl = slots.join(", "),
            lens = lens_hi_text(lb, rec),
            cinv = cinv_fns(width("rd"), lb, geo, off_pad == 0),
        );
    }
    // the invariant's arguments: the slots' flags, then the registers of UNPACK_POS_REGS, then p0, o
    let args = |t: &str| {
        let mut a: Vec<String> = Vec::new();
        for k in ["v", "l"] {
            a.extend((0..n).map(|i| format!("{k}{i}_{t}")));
        }
        a.extend(UNPACK_POS_REGS.iter().map(|r| format!("{r}_{t}")));
        a.extend([format!("p0_{t}"), format!("o_{t}")]);
        a.join(", ")
    };
    let fl = |t: &str| {
        ["v", "l"].iter().flat_map(|k| (0..n).map(move |i| format!("{k}{i}{t}"))).collect::<Vec<_>>().join(", ")
    };
    let widths: Vec<usize> = UNPACK_POS_REGS.iter().map(|r| width(r)).collect();
    let _ = write!(
        s,
        "{posinv}    wire [6:0] inv_q = inv({aq});
    wire [6:0] inv_d = inv({ad});
    // the tiling fact at the read position (a record boundary, by I), as the unpacker sees it:
    // when it pads, what is left of the block after the read position is shorter than a word
    wire tiling = !pad || f_avail({flq}) - rd_q < {rw}'d{w};
{out_text}{pre}    always @(*) begin
        if (pre) begin
",
        pre = match layer {
            // the tiling where I makes the read position a record boundary: not while half (stage
            // A's first part taken, the read position inside its record; the unpacker does not
            // use pad then)
            Layer::Pos => "    wire pre = !aresetn || (&inv_q && (half_q || tiling));\n",
            Layer::Stage => {
                "    wire pre = !aresetn || (&inv_q && (half_q || tiling) && &qinv_q && &cinv_q && &g1 && &g2 && lens);\n"
            }
            Layer::Out => {
                "    wire pre = !aresetn || (&inv_q && (half_q || tiling) && &qinv_q && &cinv_q && &g3 && lens && lens_lo && &oinv_q && &inv_d && qend_d);\n"
            }
            // the header lemma assumes neither the positions nor the tiling: it is what the
            // positions lemma's tiling assumption is derived from
            Layer::Head =>
                "    wire pre = !aresetn || (&qinv_q && hinv_q && qend_d);\n    wire hpre = &qinv_q && &g3 && hinv_q;\n",
        },
        out_text = match layer {
            Layer::Out => unpack_out_text(w, n, lb, geo, &fl("_q"), &fl("_d")),
            Layer::Head => unpack_head_text(w, n, rw, geo, &fl("_q"), &fl("_d")),
            _ => String::new(),
        },
        posinv = pos_inv_fns(w, n, split, &widths),
        flq = fl("_q"),
        aq = args("q"),
        ad = args("d"),
    );
    let (vec, k) = match layer {
        Layer::Pos => ("inv_d", 7),
        Layer::Stage => ("cinv_d", 4),
        Layer::Out => ("oinv_d", OUT_CONJUNCTS),
        Layer::Head => ("hinv_d", 1),
    };
    for i in 0..k {
        let _ = writeln!(s, "            assert({vec}[{i}]);");
    }
    if layer == Layer::Head {
        // the header facts of the state itself (no step): under the queue's and this lemma's
        // invariants and the gather fact at the chosen bit's index in the window
        s.push_str("        end\n        if (hpre) begin\n");
        for i in 0..HEAD_CONJUNCTS {
            let _ = writeln!(s, "            assert(hd[{i}]);");
        }
    }
    if out {
        // the ports are the output register (tdata its bits at the top, zeros below; tuser its length)
        let _ = writeln!(
            s,
            "            assert(m_axis_tdata == {{out_q, {}'d0}} && m_axis_tuser == out_len_q);",
            bus - RECORD_BITS
        );
    }
    s.push_str("        end\n    end\nendmodule\n`default_nettype wire\n");
    Ok(s)
}

/// The positions layer's invariant `inv` over one state ([`unpack_pos_wrapper`], which proves it
/// inductive), with `f_avail` (the bits of the valid slots from slot 0 up to the block's last word,
/// as the unpacker counts them) and `f_last_in` (that word is in): one text for the layers and the
/// derivation of [`PackFact::Last`] ([`unpack_last_wrapper`]), which assumes it of the state at a
/// record out. `widths`: those of [`UNPACK_POS_REGS`]; `split`: the unpacker's `k_split`. Needs
/// `after` in scope.
fn pos_inv_fns(w: usize, n: usize, split: u64, widths: &[usize]) -> String {
    let width = |r: &str| UNPACK_POS_REGS.iter().position(|g| *g == r).map_or(1, |i| widths[i]);
    let (rw, lw, tw) = (width("rd"), width("len"), width("rest"));
    let lb = width("out_len");
    let mut params: Vec<String> = Vec::new();
    params.extend((0..n).map(|i| format!("input v{i}")));
    params.extend((0..n).map(|i| format!("input l{i}")));
    params.extend(UNPACK_POS_REGS.iter().map(|r| format!("input {}{r}", range(width(r)))));
    params.extend(["input [19:0] p0", "input [19:0] o"].map(String::from));
    // f_avail: the bits of the valid slots from slot 0 up to the block's last word (as the unpacker
    // counts them); f_last_in: that word is in
    let flags: Vec<String> =
        (0..n).map(|i| format!("input v{i}")).chain((0..n).map(|i| format!("input l{i}"))).collect();
    let mut avail = String::new();
    let mut last_in = String::new();
    for i in 0..n {
        let cond = if i == 0 { "v0".to_string() } else { format!("v{i} && !l{}", i - 1) };
        let _ = write!(avail, "{}if ({cond}) begin f_avail = {rw}'d{};", if i == 0 { "" } else { " " }, (i + 1) * w);
        let _ = write!(last_in, "v{i} && (l{i}{}", if i + 1 < n { " || (" } else { "" });
    }
    avail.push_str(&" end".repeat(n));
    last_in.push_str(&")".repeat(2 * n - 1));
    let fl = ["v", "l"].iter().flat_map(|k| (0..n).map(move |i| format!("{k}{i}"))).collect::<Vec<_>>().join(", ");
    let r1 = rw - 1;
    format!(
        "    function [{r1}:0] f_avail({flags});
        begin
            f_avail = {rw}'d0;
            {avail}
        end
    endfunction
    function f_last_in({flags});
        f_last_in = {last_in};
    endfunction
    // I over one state ({{p0, rd}} the read position, a the position after the output register's
    // record, aend the position after stage A's)
    function [6:0] inv({params});
        reg [{r1}:0] avail;
        reg last_in;
        reg [19:0] a, rpos, aend;
        begin
            avail = f_avail({fl});
            last_in = f_last_in({fl});
            a = out_valid ? after(o, out_last, out_len) : o;
            rpos = {{p0[19:16], p0[15:0] + {{{rz}'d0, rd}}}};
            aend = {{a[19:16], a[15:0] + {{{lz}'d0, len}}}};
            inv[0] = rd <= avail;
            inv[1] = !half || full;
            inv[2] = !half || (len == {lw}'d{split} + {{{sz}'d0, rest}} && rest != {tw}'d0);
            inv[3] = full || (rd == {rw}'d0 && rpos == a);
            inv[4] = !full || !half || (rpos == {{a[19:16], a[15:0] + 16'd{split}}}
                && {{{tz}'d0, rest}} <= avail - rd
                && (last_in ? (last ? {{{tz}'d0, rest}} == avail - rd : {{{tz}'d0, rest}} < avail - rd) : !last));
            inv[5] = !full || half || last || (rpos == aend && !(last_in && rd == avail));
            inv[6] = !full || half || !last || (rd == avail && last_in && rpos == aend)
                || (rd == {rw}'d0 && p0 == {{a[19:16] + 4'd1, 16'd0}});
        end
    endfunction
",
        flags = flags.join(", "),
        params = params.join(", "),
        rz = 16 - rw,
        lz = 16 - lb,
        sz = lw - tw,
        tz = rw - tw,
    )
}

/// The unpacker layers' position functions: `nxt` (the word after a word at {block, position})
/// and `after` (the position a record's length on, the next block's 0 after a record with
/// `tlast`: how the output side's position counts the block's `tuser`), one text for the layers
/// and the derivation that instantiates their invariants ([`unpack_records_wrapper`]).
fn pos_fns(w: usize, lb: usize) -> String {
    format!(
        "    // the word after the one at {{block, position}} bp (position 0 of the next block after a word with tlast)
    function [19:0] nxt(input [19:0] bp, input l);
        nxt = l ? {{bp[19:16] + 4'd1, 16'd0}} : {{bp[19:16], bp[15:0] + 16'd{w}}};
    endfunction
    // the position `len` bits after bp (position 0 of the next block after a record with tlast)
    function [19:0] after(input [19:0] bp, input l, input [{l1}:0] len);
        after = l ? {{bp[19:16] + 4'd1, 16'd0}} : {{bp[19:16], bp[15:0] + {{{lz}'d0, len}}}};
    endfunction
",
        l1 = lb - 1,
        lz = 16 - lb,
    )
}

/// The content layer's invariant `cinv` over one state (stage A's record from `a`, the output
/// register's from `o`, hold the chosen bit `f_pos` of block `f_blk` where they cover it; `fh`,
/// `fv` the chosen bit's tracker) and `astart` (stage A's start from the output side's position):
/// one text for the content layer ([`unpack_stage_wrapper`], which proves it inductive), the output
/// layer, and the derivation of [`PackFact::Records`] ([`unpack_records_wrapper`]), which
/// instantiates it at every bit of a record out. Needs `after`, `f_pos` and `f_blk` in scope; `rw`
/// the read pointer's width; `even_off`: the unpacker leaves the last 2:1 shift stage's offset at
/// the read pointer's parity (`k_off_pad` 0).
fn cinv_fns(rw: usize, lb: usize, geo: (usize, usize, usize, usize, usize), even_off: bool) -> String {
    let (_, rec, hi, lo, _) = geo;
    format!(
        "    // content: stage A's record (from a, the position after the output register's) and the
    // output register's (from o) hold the chosen bit where they cover it; off0, the last 2:1
    // shift stage's offset bit: {off_note}; tail: the bits after len
    function [3:0] cinv(input [{r1}:0] rd, input [7:0] tail, input full, input half, input off0, input [{l1}:0] len,
        input [{hi1}:0] hi, input [{lo1}:0] lo, input out_valid, input [{l1}:0] out_len, input [{rec1}:0] out,
        input [19:0] a, input [19:0] o, input fh, input fv);
        reg [15:0] ja, jo;
        reg [10:0] jb;
        begin
            ja = f_pos - a[15:0];
            jb = ja[10:0] + {{10'd0, off0}};
            cinv[0] = !(full && a[19:16] == f_blk && ja < {{{lz}'d0, len}}) || (jb < 11'd{hi} ? (fh && hi[11'd{hi1} - jb] == fv)
                : (half || (fh && lo[11'd{lo1} - (jb - 11'd{hi})] == fv)));
            jo = f_pos - o[15:0];
            cinv[1] = !(out_valid && o[19:16] == f_blk && jo < {{{lz}'d0, out_len}}) || (fh && out[10'd{rec1} - jo[9:0]] == fv);
            cinv[2] = {off_inv};
            cinv[3] = !full || tail == ({l}'d{rec} - len);
        end
    endfunction
    function [19:0] astart(input out_valid, input out_last, input [{l1}:0] out_len, input [19:0] o);
        astart = out_valid ? after(o, out_last, out_len) : o;
    endfunction
",
        r1 = rw - 1,
        l1 = lb - 1,
        l = lb,
        lz = 16 - lb,
        hi1 = hi - 1,
        lo1 = lo - 1,
        rec1 = rec - 1,
        off_inv = if even_off { "!half || off0 == rd[0]" } else { "!full || !off0" },
        off_note = if even_off {
            "rd_off = rd_q mod W, the start's parity at a second part"
        } else {
            "0 (rd_off = (rd_q mod W) << k_off_pad)"
        },
    )
}

/// `formal/rt_unpack_pos_<unpacker>.ys`: the unpacker with its state cut ([`unpack_pos_wrapper`]),
/// prepared for ABC as a sweep lemma's ([`AIGER_PREP`]), one ABC run per assertion.
fn unpack_pos_ys(unpacker: &str, rtl: &str) -> String {
    unpack_cut_ys("pos", unpacker, rtl, &unpack_pos_signals(rtl), true)
}

/// `formal/rt_unpack_head_<unpacker>.ys`: the unpacker with its state cut
/// ([`unpack_head_wrapper`]), prepared for ABC as a sweep lemma's ([`AIGER_PREP`]), one ABC run
/// per assertion.
fn unpack_head_ys(unpacker: &str, rtl: &str) -> String {
    unpack_cut_ys("head", unpacker, rtl, &unpack_layer_signals(rtl, true), true)
}

/// `formal/rt_unpack_stage_<unpacker>.ys`: the unpacker with its state cut
/// ([`unpack_stage_wrapper`]), prepared for ABC as a sweep lemma's ([`AIGER_PREP`]), one ABC run
/// per assertion.
fn unpack_stage_ys(unpacker: &str, rtl: &str) -> String {
    unpack_cut_ys("stage", unpacker, rtl, &unpack_layer_signals(rtl, true), true)
}

/// `formal/rt_unpack_out_<unpacker>.ys`: the unpacker with its state cut
/// ([`unpack_out_wrapper`]), prepared for ABC as a sweep lemma's ([`AIGER_PREP`]), one ABC run
/// per assertion.
fn unpack_out_ys(unpacker: &str, rtl: &str) -> String {
    unpack_cut_ys("out", unpacker, rtl, &unpack_layer_signals(rtl, true), true)
}

/// The unpacker's signals the gather lemma observes ([`unpack_gather_wrapper`]): the window at
/// the read pointer (`window`, the header and the one-cycle record), the gathered bits before the
/// last 2:1 shift stage that stage A loads (`body_top`: a record's first part, `lo_top`: a long
/// record's second part) and the offset whose low bit is that stage's (`rd_off`).
const GATHER_SIGNALS: [&str; 4] = ["window", "body_top", "lo_top", "rd_off"];

/// The value of `localparam <name> = <width>'h<hex>;` (or `'b<bin>`) in a block's generated Verilog.
fn rtl_localparam(rtl: &str, name: &str) -> Option<u64> {
    rtl.lines().find_map(|l| {
        let t = l.trim().strip_prefix("localparam")?.trim();
        let (n, v) = t.strip_suffix(';')?.split_once('=')?;
        if n.trim() != name {
            return None;
        }
        let (_, lit) = v.trim().split_once('\'')?;
        let (radix, digits) = lit.split_at(1);
        let radix = match radix {
            "h" => 16,
            "b" => 2,
            _ => return None,
        };
        u64::from_str_radix(digits, radix).ok()
    })
}

/// The unpacker's gather as the gather lemma reads it from the generated Verilog: (ring bits 4 W,
/// record bits, `rec_hi` bits, `rec_lo` bits, where a long record's second part starts (`k_split`)).
fn gather_geometry(unpacker: &str, w: usize, rtl: &str) -> Result<(usize, usize, usize, usize, usize), String> {
    let regs = state_regs(rtl);
    let width = |stem: &str| regs.iter().find(|(n, _)| n == stem).map(|r| r.1);
    let name = format!("rt_unpack_gather_{unpacker}");
    for sig in GATHER_SIGNALS {
        if !rtl.lines().any(|l| l.trim().starts_with("reg ") && l.trim().ends_with(&format!(" {sig};"))) {
            return Err(format!("{name}: rtl/{unpacker}.v has no signal `{sig}` (the gather lemma reads it)"));
        }
    }
    let n = regs.iter().filter(|(r, _)| r.starts_with("slot")).count();
    let (Some(rec), Some(hi), Some(lo), Some(split)) =
        (width("out"), width("rec_hi"), width("rec_lo"), rtl_localparam(rtl, "k_split"))
    else {
        return Err(format!("{name}: rtl/{unpacker}.v: out, rec_hi, rec_lo or k_split not as this lemma reads them"));
    };
    if n != xnc_rtl::xnc_unpacker::SLOTS || (0..n).any(|i| width(&format!("slot{i}")) != Some(w)) || hi + lo != rec + 1
    {
        return Err(format!("{name}: rtl/{unpacker}.v: the slots or stage A's parts are not as this lemma reads them"));
    }
    Ok((n * w, rec, hi, lo, split as usize))
}

/// [`PackFact::Gather`] as one Verilog function, written once: `f_gather_ok` over the ring of the
/// slots (`ring`, slot 0 at the top), the read pointer, the last stage's offset bit `odd` and the
/// gathered bits, at index `j`, one bit per conjunct: `odd` only at an odd offset (`rd_q` mod W);
/// window bit `j` (from the top) is ring bit `rd_q mod W + j`; `rec_hi` bit `j` is ring bit
/// `rd_q mod W - odd + j`; `rec_lo` bit `j` is ring bit `rd_q mod W - odd + (rec_hi - split) + j`
/// (a long record's second part is read at `split` bits on, and holds its bits from `rec_hi` on).
fn gather_fact_fns(w: usize, geo: (usize, usize, usize, usize, usize)) -> String {
    let (r, rec, hi, lo, split) = geo;
    format!(
        "    // ring bit i, from the top (slot 0's first bit is bit 0); zero past the ring
    function f_ring(input [{r1}:0] ring, input [11:0] i);
        f_ring = i < 12'd{r} ? ring[12'd{r1} - i] : 1'b0;
    endfunction
    // the gather at index j, one bit per conjunct (fact gather)
    function [3:0] f_gather_ok(input [{r1}:0] ring, input [11:0] rd, input odd, input [{rec1}:0] window,
        input [{hi1}:0] hi, input [{lo1}:0] lo, input [9:0] j);
        reg [11:0] sh, jj;
        begin
            sh = rd & 12'd{w1};
            jj = {{2'd0, j}};
            f_gather_ok[0] = !odd || sh[0];
            f_gather_ok[1] = j >= 10'd{rec} || window[10'd{rec1} - j] == f_ring(ring, sh + jj);
            f_gather_ok[2] = j >= 10'd{hi} || hi[10'd{hi1} - j] == f_ring(ring, sh - {{11'd0, odd}} + jj);
            f_gather_ok[3] = j >= 10'd{lo} || lo[10'd{lo1} - j] == f_ring(ring, sh - {{11'd0, odd}} + 12'd{d} + jj);
        end
    endfunction
",
        r1 = r - 1,
        rec1 = rec - 1,
        hi1 = hi - 1,
        lo1 = lo - 1,
        w1 = w - 1,
        d = hi - split,
    )
}

/// `formal/rt_unpack_gather_<unpacker>.v` ([`PackFact::Gather`]): the unpacker with every state
/// register cut (free), [`GATHER_SIGNALS`] observed; for every state, input and index `j`, each
/// conjunct of [`gather_fact_fns`] holds. No assumption at all. Proved by SAT sweeping, one ABC
/// run per conjunct: the gather's four radix-4 stages against one index sum.
pub fn unpack_gather_wrapper(unpacker: &str, w: usize, rtl: &str) -> Result<String, String> {
    use xnc_rtl::xnc_compressor::{LEN_BITS, RECORD_BUS_BITS};
    let geo = gather_geometry(unpacker, w, rtl)?;
    let (r, rec, hi, lo, _) = geo;
    let name = format!("rt_unpack_gather_{unpacker}");
    let regs = state_regs(rtl);
    let mut s = banner(
        &format!("{name}.v"),
        &format!("Unpacker lemma: {}.", pack_lemma(&pack_chain("", unpacker), "rt_unpack_gather_").what),
    );
    let ins = unpacker_cut_inputs(w, &regs, &[("j", 10)]);
    let _ = writeln!(
        s,
        "`default_nettype none\n// every state register a free input (`_q`), the index j free; the gathered bits observed\nmodule {name} (\n{}\n);",
        ins.join(",\n")
    );
    let _ = writeln!(
        s,
        "    wire s_axis_tready;\n    wire [{b1}:0] m_axis_tdata;\n    wire [{l1}:0] m_axis_tuser;\n    wire m_axis_tvalid, m_axis_tlast;\n    wire [{rec1}:0] window;\n    wire [{r1}:0] body_top, lo_top;\n    wire [8:0] rd_off;",
        b1 = RECORD_BUS_BITS - 1,
        l1 = LEN_BITS - 1,
        rec1 = rec - 1,
        r1 = r - 1,
    );
    let mut cut: Vec<String> = regs.iter().map(|(n, _)| format!("{n}_q")).collect();
    cut.extend(GATHER_SIGNALS.iter().map(|g| g.to_string()));
    s.push_str(&cut_dut(&name, unpacker, &UNPACKER_PORTS.map(String::from), &cut));
    let slots: Vec<String> = (0..r / w).map(|i| format!("slot{i}_q")).collect();
    s.push_str(&gather_fact_fns(w, geo));
    let _ = write!(
        s,
        "    wire [3:0] ok = f_gather_ok({{{}}}, rd_q, rd_off[0], window, body_top[{hi1}:0], lo_top[{lo1}:0], j);
    always @(*) begin
        assert(ok[0]);
        assert(ok[1]);
        assert(ok[2]);
        assert(ok[3]);
    end
endmodule
`default_nettype wire
",
        slots.join(", "),
        hi1 = hi - 1,
        lo1 = lo - 1,
    );
    Ok(s)
}

/// `formal/rt_unpack_gather_<unpacker>.ys`: the unpacker with its state cut
/// ([`unpack_gather_wrapper`]), prepared for ABC as a sweep lemma's ([`AIGER_PREP`]), one ABC run
/// per assertion.
fn unpack_gather_ys(unpacker: &str, rtl: &str) -> String {
    unpack_cut_ys("gather", unpacker, rtl, &GATHER_SIGNALS.map(String::from), true)
}

/// The tracker of the packer's one-step words lemma ([`pack_step_wrapper`]): its state registers,
/// as (name, width), free inputs `<name>_q` of the step with next values `<name>_d` written in the
/// wrapper: the next record's block and block position (`in_blk`, `in_q`), the chosen bit taken
/// (`f_have`, `f_val`), the chosen block's end (`f_end_have`, `f_end`), the next word's block and
/// position (`out_blk`, `w_start`) and the input beat left pending (`pend`, `hold_*`: the
/// AXI4-Stream rule). Positions are 20 bits: blocks under 2^19 bits are assumed (an XNC block of
/// 16,384 values is at most 279,040 bits).
pub const PACK_STEP_TRACK: [(&str, usize); 12] = [
    ("in_blk", 4),
    ("in_q", 20),
    ("f_have", 1),
    ("f_val", 1),
    ("f_end_have", 1),
    ("f_end", 20),
    ("out_blk", 4),
    ("w_start", 20),
    ("pend", 1),
    ("hold_data", 552),
    ("hold_user", 10),
    ("hold_last", 1),
];

/// The invariant of the packer's one-step words lemma over one state (the packer's registers by
/// their stems, the tracker), conjunct by conjunct in `okv`: each stage's block and block position
/// derived from the output side (the output words, the partial word `acc`, the rotated chunk `r`,
/// the chunk register `c`, then the next record in), the offsets and lengths, zeros after each
/// stage's bits, the chosen bit wherever a stage holds it, and the chosen block's end.
pub const PACK_STEP_INV: &str = r#"    localparam [19:0] LIM = 20'd526336; // 2^19 + 2^11
    wire o2v = out2_valid && (TWO != 0);
    // the block and block position of each stage's first bit, from the output side: the output
    // words, the partial word, the rotated chunk, the chunk register, then the next record in
    wire [3:0] b1 = (out_valid && out_last) ? out_blk + 4'd1 : out_blk;
    wire [19:0] p1 = out_valid ? (out_last ? 20'd0 : w_start + W) : w_start;
    wire [3:0] ablk = (o2v && out2_last) ? b1 + 4'd1 : b1;
    wire [19:0] apos = o2v ? (out2_last ? 20'd0 : p1 + W) : p1;
    wire [3:0] rblk = flush ? ablk + 4'd1 : ablk;
    wire [19:0] rpos = flush ? 20'd0 : apos + {11'd0, off};
    wire [3:0] nrblk = rlast ? rblk + 4'd1 : rblk;
    wire [19:0] nrpos = rlast ? 20'd0 : rpos + {9'd0, rlen};
    wire [3:0] cblk = rv ? nrblk : rblk;
    wire [19:0] cpos = rv ? nrpos : rpos;
    wire [3:0] ncblk = clast ? cblk + 4'd1 : cblk;
    wire [19:0] ncpos = clast ? 20'd0 : cpos + {9'd0, clen};
    // the rotation of the rotated chunk (W = 512: all but the last 2:1 stage)
    wire [8:0] ra = (TWO != 0) ? {1'b0, rpos[7:0]} : {rpos[8:1], 1'b0};
    wire [19:0] rc = f_pos - cpos;
    assign rcx = rc[8:0];
    wire [19:0] rr = f_pos - rpos + {11'd0, ra};
    wire [19:0] rw = f_pos - apos;
    wire [19:0] ro = f_pos - w_start;
    wire [19:0] ro2 = f_pos - w_start - W;
    wire [19:0] fe = f_end - w_start + 20'd7;
    wire [KB-1:0] f_keep = ~({KB{1'b1}} >> fe[19:3]);
    wire [19:0] ncpos_end = cpos + {9'd0, clen};
    wire [511:0] c0 = hold_data[551:40] & {{480{1'b1}}, 32'd0};
    // the stages of the chosen block: their end, and whether the block ends with them
    assign okv[0] = part ? (cv && in_blk == cblk && in_q == cpos) : cv ? (in_blk == ncblk && in_q == ncpos) : (in_blk == cblk && in_q == cpos);
    assign okv[1] = coff == cpos[LW-1:0] && w_start[LW-1:0] == 0 && (!o2v || (out_valid && !out_last));
    assign okv[2] = (!cv || (clen != 0 && clen <= 11'd480)) && (!rv || (rlen != 0 && rlen <= 11'd480));
    assign okv[3] = !part || (cv && !clast && clen == 11'd480 && pend && hold_user > 10'd480 && c == c0);
{BOUNDS}    // data: zeros after each stage's bits, the chosen bit where a stage holds it
    // zeros after each stage's bits, at the chosen bit's place in the word (f_pos mod 512): the one
    // place the chosen-bit conjuncts need (a vector form of these gave no answer)
    wire [8:0] zs = f_pos[8:0];
    wire [8:0] zc = zs - cpos[8:0];
    assign zcx = zc;
    wire [8:0] zr = zs - rpos[8:0];
{ZRS}{OKV5}    assign okv[6] = !cv || part || !(cblk == f_blk && f_pos >= cpos && f_pos < cpos + clen) || (f_have && c[511 - rc[8:0]] == f_val);
{OKV7}    assign okv[8] = !rv || !(rblk == f_blk && f_pos >= rpos && f_pos < rpos + rlen) || (f_have && r[511 - rr[8:0]] == f_val);
    assign okv[9] = zs[LW-1:0] < off || acc[W - 1 - zs[LW-1:0]] == 1'b0;
    assign okv[10] = !(ablk == f_blk && f_pos >= apos && f_pos < apos + off) || (f_have && acc[W - 1 - rw[LW-1:0]] == f_val);
    assign okv[11] = !(out_valid && out_blk == f_blk && f_pos >= w_start && f_pos < w_start + W)
        || ((f_have || (f_end_have && f_pos >= f_end)) && out[W - 1 - ro[LW-1:0]] == (f_have && f_val));
    assign okv[12] = !(o2v && out_blk == f_blk && f_pos >= w_start + W && f_pos < w_start + 2 * W)
        || (f_have && out2[W - 1 - ro2[LW-1:0]] == f_val);
    // the tracker: the chosen bit is taken when its record is, the block's end when its last record is
    assign okv[13] = !f_end_have || in_blk != f_blk;
    assign okv[14] = in_blk != f_blk || (f_have == (f_pos < in_q));
    assign okv[15] = !f_end_have || (f_have == (f_pos < f_end));
    // each stage of the chosen block: the block's end after it (at it for its last chunk or word)
    assign okv[16] = !(cv && cblk == f_blk && cblk != in_blk) || (f_end_have && (clast ? f_end == ncpos_end : f_end > ncpos_end));
    assign okv[17] = !(rv && rblk == f_blk && rblk != in_blk) || (f_end_have && (rlast ? f_end == rpos + rlen : f_end > rpos + rlen));
    assign okv[18] = !(ablk == f_blk && ablk != in_blk) || (f_end_have && (flush ? f_end == apos + off : f_end > apos + off));
    assign okv[19] = !(out_valid && out_blk == f_blk && out_blk != in_blk) || (f_end_have && (out_last ? (f_end > w_start && f_end <= w_start + W) : f_end > w_start + W));
    assign okv[20] = !(o2v && out_blk == f_blk && out_blk != in_blk) || (f_end_have && (out2_last ? f_end == w_start + 2 * W : f_end > w_start + 2 * W));
    // a stage of the block still coming in is not its last
    assign okv[21] = (!(cv && cblk == in_blk) || !clast) && (!(rv && rblk == in_blk) || !rlast) && (ablk != in_blk || !flush)
        && (!(out_valid && out_blk == in_blk) || !out_last) && (!(o2v && out_blk == in_blk) || !out2_last);
    assign okv[22] = !flush || off != 0;
    assign okv[23] = !out_valid || (out_last ? (out_blk != f_blk || out_keep == f_keep) : out_keep == {KB{1'b1}});
    assign okv[31:24] = 8'hff;
    assign ok = &okv;
"#;

/// The body of the one-step words lemma after its ports (`{INV}`: the two instances of the invariant).
const PACK_STEP_BODY: &str = r#"    // the tracker's next state, from the ports
    wire in_fire = aresetn && s_axis_tvalid && s_axis_tready;
    wire [19:0] in_next = in_q_q + {10'd0, s_axis_tuser};
    wire [19:0] in_rel = f_pos - in_q_q;
    wire f_in = in_fire && in_blk_q == f_blk && f_pos >= in_q_q && f_pos < in_next;
    wire f_endin = in_fire && s_axis_tlast && in_blk_q == f_blk;
    // a new block numbered f_blk (the block counter wraps): the tracker starts again
    wire f_rearm = in_fire && s_axis_tlast && in_blk_q + 4'd1 == f_blk;
    wire [3:0] in_blk_d = in_blk_q + {3'd0, in_fire && s_axis_tlast};
    wire [19:0] in_q_d = in_fire ? (s_axis_tlast ? 20'd0 : in_next) : in_q_q;
    wire f_have_d = f_in ? 1'b1 : f_rearm ? 1'b0 : f_have_q;
    wire f_val_d = f_in ? s_axis_tdata[10'd551 - in_rel[9:0]] : f_val_q;
    wire f_end_have_d = f_endin ? 1'b1 : f_rearm ? 1'b0 : f_end_have_q;
    wire [19:0] f_end_d = f_endin ? in_next : f_end_q;
    wire out_fire = aresetn && m_axis_tvalid && m_axis_tready;
    wire [19:0] w_start_d = out_fire ? (m_axis_tlast ? 20'd0 : w_start_q + W) : w_start_q;
    wire [3:0] out_blk_d = out_blk_q + {3'd0, out_fire && m_axis_tlast};
    wire pend_d = aresetn && s_axis_tvalid && !s_axis_tready;
{INV}    // chunks (rt_pack_chunk_<packer>, proved for every index), assumed at the indices this step
    // reads: the chunk register's chosen bit and zero check through the rotator, the chosen bit of
    // the record bus into the chunk register
{CHUNKS}    // words (the fact), at the output of a state in the invariant
{WORDS_WIRES}    always @(*) begin
        assume(f_rot_ok(step, c_q, r_d, coff_q, rcx_q));
        assume(f_rot_ok(step, c_q, r_d, coff_q, zcx_q));
        assume(f_load_ok(load, part_q, s_axis_tdata, c_d, in_rel[9:0]));
        // reset only in the first cycle, where the tracker holds its initial values
        if (!aresetn) assume(in_blk_q == 0 && in_q_q == 0 && !f_have_q && !f_end_have_q && out_blk_q == 0 && w_start_q == 0 && !pend_q);
        if (aresetn) begin
            // the input follows the AXI4-Stream rules: a beat offered and not taken is offered again
            if (pend_q) assume(s_axis_tvalid && s_axis_tdata == hold_data_q && s_axis_tuser == hold_user_q && s_axis_tlast == hold_last_q);
            // validrecords (weakened: a length of 1..545 bits, zeros after it); blocks under 2^19 bits
            if (s_axis_tvalid) assume(s_axis_tuser != 0 && s_axis_tuser <= 10'd545 && (s_axis_tdata << s_axis_tuser) == 0 && in_q_q < 20'd524288);
        end
        // the step: from reset or from a state in the invariant, every conjunct of the invariant after it
        if (!aresetn || inv_q) begin
            assert(okv_d[0]);
            assert(okv_d[1]);
            assert(okv_d[2]);
            assert(okv_d[3]);
            assert(okv_d[4]);
            assert(okv_d[5]);
            assert(okv_d[6]);
            assert(okv_d[7]);
            assert(okv_d[8]);
            assert(okv_d[9]);
            assert(okv_d[10]);
            assert(okv_d[11]);
            assert(okv_d[12]);
            assert(okv_d[13]);
            assert(okv_d[14]);
            assert(okv_d[15]);
            assert(okv_d[16]);
            assert(okv_d[17]);
            assert(okv_d[18]);
            assert(okv_d[19]);
            assert(okv_d[20]);
            assert(okv_d[21]);
            assert(okv_d[22]);
            assert(okv_d[23]);
        end
{WORDS}    end
endmodule
"#;

/// The wires the packer's words fact ([`words_fact`]) reads: the word's end, the chosen bit's
/// place in it, the `tkeep` of the block's last word.
const PACK_WORDS_WIRES: &str = r#"    wire [19:0] w_end = w_start_q + W;
    wire [19:0] w_rel = f_pos - w_start_q;
    wire [19:0] f_bytes = (f_end_q - w_start_q + 20'd7) >> 3;
    wire [KB-1:0] f_keep = ~({KB{1'b1}} >> f_bytes);
"#;

/// [`PackFact::Words`] as the packer's step lemma states it, at the output of a state in its
/// invariant (`inv_q`), on the word out's ports and the chosen-bit tracker (bit `f_pos` of block
/// `f_blk`: taken `f_have_q`, value `f_val_q`; the block's end `f_end_q` once `f_end_have_q`; the
/// word's start `w_start_q`, block `out_blk_q`): no word after the block's end, `tlast` on the
/// word with its last bit, `tkeep`, the chosen bit's value and zeros after the end. `verb`
/// `assert` in `rt_pack_step_<packer>` ([`pack_step_wrapper`], which proves it), `assume` in the
/// derivation of its form at a record ([`pack_wordsout_wrapper`]): one text, a text check (unit
/// test).
fn words_fact(verb: &str) -> String {
    r#"        if (aresetn && inv_q && m_axis_tvalid && out_blk_q == f_blk) begin
            if (f_end_have_q)
                VERB(w_start_q < f_end_q);
            VERB(m_axis_tlast == (f_end_have_q && f_end_q <= w_end));
            VERB(m_axis_tkeep == (m_axis_tlast ? f_keep : {KB{1'b1}}));
            if (f_pos >= w_start_q && f_pos < w_end) begin
                VERB(f_have_q || (f_end_have_q && f_pos >= f_end_q));
                VERB(m_axis_tdata[W - 1 - w_rel[LW-1:0]] == (f_have_q && f_val_q));
            end
        end
"#
    .replace("VERB(", &format!("{verb}("))
}
/// `formal/rt_pack_step_<packer>.v`: the packer's words lemma ([`PackFact::Words`]) as ONE step:
/// every state register of the packer cut (`expose -input <reg>_q`, free; the list read from the
/// generated `rtl/<packer>.v`), their next values observed (`expose <reg>_d`), the tracker's state
/// ([`PACK_STEP_TRACK`]) free inputs too, with its next values written here. Asserted: after a
/// reset cycle (the tracker at its initial values) or a cycle that starts in the invariant
/// ([`PACK_STEP_INV`]), every conjunct of the invariant holds after it; and a state in the
/// invariant offers words that are the block's record stream (bit `f_pos` of block `f_blk`),
/// `tlast` on the word with the block's last bit, `tkeep` its top `ceil(bits / 8)` bytes.
/// Assumed of the records in: a length of 1..545 bits and zeros after it (weaker than
/// `validrecords`), the AXI4-Stream rule, blocks under 2^19 bits; and [`PackFact::Chunks`] (the
/// chunk path, `rt_pack_chunk_<packer>`) at the three indices the step reads ([`chunk_fact_fns`]).
/// Proved by SAT sweeping (`formal/<name>.ys`), one ABC run per assertion ([`CONES_MARK`]).
/// W = 512 (`TWO` = 0: no second output word) and W = 256 (`TWO` = 1).
pub fn pack_step_wrapper(packer: &str, w: usize, rtl: &str) -> Result<String, String> {
    let bp = manifest::block(packer).map(ports).ok_or(format!("no block {packer}"))?;
    let name = format!("rt_pack_step_{packer}");
    let regs = state_regs(rtl);
    let (lw, kb, two) = (w.trailing_zeros(), w / 8, usize::from(w == 256));
    let mut s = banner(
        &format!("{name}.v"),
        "Packer lemma, one step with the packer's state cut: the words are the block's record stream (an inductive invariant over the packer's registers and the tracker).",
    );
    s.push_str("`default_nettype none\n");
    let port = |n: &str, k: usize| format!("    input wire {}{n}", range(k));
    let mut ip = vec![port("f_blk", 4), port("f_pos", 20)];
    ip.extend(regs.iter().map(|(n, k)| port(n, *k)));
    ip.extend(PACK_STEP_TRACK.iter().filter(|(n, _)| *n != "hold_last").map(|(n, k)| port(n, *k)));
    ip.push("    output wire ok".into());
    ip.push("    output wire [31:0] okv".into());
    // the chunk-register bits the step reads through the chunk path: the chosen bit, the zero check
    ip.push("    output wire [8:0] rcx".into());
    ip.push("    output wire [8:0] zcx".into());
    if two == 1 {
        // W = 256: the zero check's second place (the rotated chunk's other half)
        ip.push("    output wire [8:0] zcx1".into());
    }
    // the lines of the invariant that differ with a second output word (W = 256, `TWO` = 1): the
    // 20-bit bound (the next word's start alone is not inductive there: after a block's last word
    // in out2 it is past the block, so the ends of what each stage holds are bounded instead) and
    // the rotated chunk's frame (stream bit p at p - rpos + ra, ra = rpos mod 256 there)
    // and the zeros after the chunk register's and the rotated chunk's bits: at W = 512 one place
    // (the chosen bit's in its word), at W = 256 two (the rotated chunk's two halves are two words)
    let (okv5, okv7) = if two == 0 {
        (
            "    assign okv[5] = !cv || {2'd0, zc} < clen || c[511 - zc] == 1'b0;\n",
            "    assign okv[7] = !rv || {2'd0, zr} < rlen || r[511 - zrs] == 1'b0;\n",
        )
    } else {
        (
            "    wire [8:0] zc1 = {1'b1, zs[7:0]} - {1'b0, cpos[7:0]};\n    \
             wire [8:0] zr0 = {1'b0, zs[7:0]} - {1'b0, rpos[7:0]};\n    \
             wire [8:0] zr1 = {1'b1, zs[7:0]} - {1'b0, rpos[7:0]};\n    \
             assign zcx1 = zc1;\n    \
             assign okv[5] = !cv || (({2'd0, zc} < clen || c[511 - zc] == 1'b0) && ({2'd0, zc1} < clen || c[511 - zc1] == 1'b0));\n",
            "    assign okv[7] = !rv || (({2'd0, zr0} < rlen || r[511 - {1'b0, zs[7:0]}] == 1'b0)\n        \
             && ({2'd0, zr1} < rlen || r[511 - {1'b1, zs[7:0]}] == 1'b0));\n",
        )
    };
    let (bounds, zrs) = if two == 0 {
        (
            "    assign okv[4] = in_q <= LIM && w_start <= LIM && apos <= LIM && rpos <= LIM && cpos <= LIM && (!f_end_have || f_end <= LIM);\n",
            "    wire [8:0] zrs = zs - {8'd0, rpos[0] & (TWO == 0)};\n",
        )
    } else {
        (
            "    wire [20:0] wend = {1'b0, w_start} + (out_valid ? W : 21'd0) + (o2v ? W : 21'd0);\n    \
             assign okv[4] = in_q <= LIM && apos <= LIM && rpos <= LIM && cpos <= LIM && (!f_end_have || f_end <= LIM)\n        \
             && (!cv || cpos + {9'd0, clen} <= LIM) && (!rv || rpos + {9'd0, rlen} <= LIM) && apos + {11'd0, off} <= LIM\n        \
             && wend <= {1'b0, LIM} + W;\n",
            "    wire [8:0] zrs = zs - {rpos[8], 8'd0};\n",
        )
    };
    let inv = [("{BOUNDS}", bounds), ("{ZRS}", zrs), ("{OKV5}", okv5), ("{OKV7}", okv7)]
        .iter()
        .fold(PACK_STEP_INV.to_string(), |t, (from, to)| replace_one(&t, from, to));
    let inv = replace_one(
        &inv,
        "    wire [8:0] zc = zs - cpos[8:0];",
        if two == 0 {
            "    wire [8:0] zc = zs - cpos[8:0];"
        } else {
            "    wire [8:0] zc = {1'b0, zs[7:0]} - {1'b0, cpos[7:0]};"
        },
    );
    let _ = write!(
        s,
        "// the invariant over one state, each conjunct a bit of okv\nmodule {name}_inv #(\n    parameter W = {w},\n    parameter LW = {lw},\n    parameter KB = {kb},\n    parameter TWO = {two}\n) (\n{}\n);\n{inv}endmodule\n\n",
        ip.join(",\n")
    );
    // the packer's inputs (block manifest), the chosen bit, the cut state
    let mut tp: Vec<String> = bp.iter().filter(|p| p.input).map(|p| port(&p.name, p.width)).collect();
    tp.extend([port("f_blk", 4), port("f_pos", 20)]);
    tp.extend(regs.iter().map(|(n, k)| port(&format!("{n}_q"), *k)));
    tp.extend(PACK_STEP_TRACK.iter().map(|(n, k)| port(&format!("{n}_q"), *k)));
    let _ = writeln!(
        s,
        "// one step: the packer's registers and the tracker free inputs (`_q`), their next values (`_d`)\nmodule {name} #(\n    parameter W = {w},\n    parameter LW = {lw},\n    parameter KB = {kb},\n    parameter TWO = {two}\n) (\n{}\n);",
        tp.join(",\n")
    );
    let _ = writeln!(s, "    wire s_axis_tready;\n    wire [W-1:0] m_axis_tdata;\n    wire [KB-1:0] m_axis_tkeep;\n    wire m_axis_tvalid, m_axis_tlast;");
    for (n, k) in &regs {
        let _ = writeln!(s, "    wire {}{n}_d;", range(*k));
    }
    let _ = writeln!(s, "    wire {};", CHUNK_SIGNALS.join(", "));
    let mut cut: Vec<String> = regs.iter().map(|(n, _)| format!("{n}_q")).collect();
    cut.extend(regs.iter().map(|(n, _)| format!("{n}_d")));
    cut.extend(CHUNK_SIGNALS.iter().map(|n| n.to_string()));
    s.push_str(&cut_dut(&name, packer, &bp.iter().map(|p| p.name.clone()).collect::<Vec<_>>(), &cut));
    let inst = |inst: &str, sfx: &str| -> String {
        let mut c = vec![".f_blk(f_blk)".to_string(), ".f_pos(f_pos)".to_string()];
        c.extend(regs.iter().map(|(n, _)| format!(".{n}({n}_{sfx})")));
        for (n, _) in PACK_STEP_TRACK.iter().filter(|(n, _)| *n != "hold_last") {
            c.push(match (*n, sfx) {
                ("hold_data", "d") => ".hold_data(s_axis_tdata)".to_string(),
                ("hold_user", "d") => ".hold_user(s_axis_tuser)".to_string(),
                _ => format!(".{n}({n}_{sfx})"),
            });
        }
        c.push(format!(".ok(inv_{sfx})"));
        c.push(format!(".okv(okv_{sfx})"));
        c.push(format!(".rcx(rcx_{sfx})"));
        c.push(format!(".zcx(zcx_{sfx})"));
        if two == 1 {
            c.push(format!(".zcx1(zcx1_{sfx})"));
        }
        format!("    {name}_inv {inst} (\n        {}\n    );\n", c.join(",\n        "))
    };
    let invs = format!(
        "    wire inv_q, inv_d;\n    wire [31:0] okv_q, okv_d;\n    wire [8:0] rcx_q, rcx_d, zcx_q, zcx_d;\n{}{}",
        inst("iq", "q"),
        inst("id", "d")
    );
    let mut body = replace_one(&replace_one(PACK_STEP_BODY, "{INV}", &invs), "{CHUNKS}", &chunk_fact_fns(w));
    body = replace_one(&replace_one(&body, "{WORDS_WIRES}", PACK_WORDS_WIRES), "{WORDS}", &words_fact("assert"));
    if two == 1 {
        body = replace_one(
            &body,
            "    wire [8:0] rcx_q, rcx_d, zcx_q, zcx_d;\n",
            "    wire [8:0] rcx_q, rcx_d, zcx_q, zcx_d, zcx1_q, zcx1_d;\n",
        );
        body = replace_one(
            &body,
            "        assume(f_rot_ok(step, c_q, r_d, coff_q, zcx_q));\n",
            "        assume(f_rot_ok(step, c_q, r_d, coff_q, zcx_q));\n        assume(f_rot_ok(step, c_q, r_d, coff_q, zcx1_q));\n",
        );
    }
    s.push_str(&body);
    s.push_str("`default_nettype wire\n");
    Ok(s)
}

/// `formal/rt_pack_step_<packer>.ys`: the packer with its state cut ([`pack_step_wrapper`]),
/// prepared for ABC as a sweep lemma's ([`AIGER_PREP`]).
fn pack_step_ys(packer: &str, rtl: &str) -> String {
    let name = format!("rt_pack_step_{packer}");
    let regs = state_regs(rtl);
    let ins: Vec<String> = regs.iter().map(|(n, _)| format!("{packer}/w:{n}_q")).collect();
    let mut outs: Vec<String> = regs.iter().map(|(n, _)| format!("{packer}/w:{n}_d")).collect();
    outs.extend(CHUNK_SIGNALS.iter().map(|n| format!("{packer}/w:{n}")));
    format!(
        "# {name}.ys: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).\n\
         # Packer lemma, one step with the packer's state cut, by SAT sweeping (scripts/formal.sh: write_aiger, then ABC iprove)\n\
         {CONES_MARK}\n\
         {head}read_verilog -formal {name}.v\nprep -top {name}\n{AIGER_PREP}",
        head = cut_ys_head(&name, packer, &ins, &outs),
    )
}

/// `text` with its one occurrence of `from` replaced by `to`; panics if `from` is missing or
/// repeated, so that an edit of a template cannot silently drop a line the W = 256 lemma needs.
fn replace_one(text: &str, from: &str, to: &str) -> String {
    assert_eq!(text.matches(from).count(), 1, "the template holds `{from}` exactly once");
    text.replacen(from, to, 1)
}

/// The packer's signals that say its chunk path moved ([`PackFact::Chunks`]): `load` (a record
/// beat into the chunk register `c`) and `step` (the chunk register, through the rotator, into the
/// rotated chunk `r`); observed (`expose`) by the chunk lemma and the one-step words lemma.
const CHUNK_SIGNALS: [&str; 2] = ["load", "step"];

/// The line of a sweep lemma's `.ys` that tells `scripts/formal.sh` to run ABC once per
/// assertion (`cone -O k -s; iprove`), every one of which must end UNSATISFIABLE: one run over
/// all of the one-step words lemma's assertions gave no answer in 10 minutes.
const CONES_MARK: &str = "# formal.sh: one ABC run per assertion";

/// [`PackFact::Chunks`] as Verilog functions, written once: asserted for every index by
/// `rt_pack_chunk_<packer>`, assumed at the indices one step needs by `rt_pack_step_<packer>`.
/// `f_rot_ok`: a step puts chunk bit `j` (from the top) at bit `j + ra` of the rotated chunk, `ra`
/// the rotation the chunk's offset `coff` selects (W = 512: its even part, the last 2:1 stage
/// comes with the partial word; W = 256: all of it). `f_load_ok`: a load puts record-bus bit `k`
/// at chunk bit `k` (`k < 480`) or, for a long record's second chunk, `k - 480` (`480 <= k < 552`).
fn chunk_fact_fns(w: usize) -> String {
    let (cw, ra) = if w == 512 { (9, "{coff[8:1], 1'b0}") } else { (8, "{1'b0, coff}") };
    format!(
        "    function f_rot_ok(input step, input [511:0] c, input [511:0] r, input [{c1}:0] coff, input [8:0] j);
        reg [8:0] jr;
        begin
            jr = j + {ra};
            f_rot_ok = !step || r[511 - jr] == c[511 - j];
        end
    endfunction
    function f_load_ok(input load, input part, input [551:0] bus, input [511:0] c, input [9:0] k);
        reg [9:0] kc;
        begin
            kc = part ? k - 10'd480 : k;
            f_load_ok = !load || (part ? (k < 10'd480 || k >= 10'd552) : k >= 10'd480) || c[511 - kc[8:0]] == bus[551 - k];
        end
    endfunction
",
        c1 = cw - 1
    )
}

/// `formal/rt_pack_chunk_<packer>.v` ([`PackFact::Chunks`]): the packer with every state register
/// cut (free), its chunk register's and rotated chunk's next values and [`CHUNK_SIGNALS`]
/// observed; for every state, input and index (`j`, `k` free), the chunk path's two functions
/// ([`chunk_fact_fns`]) hold. No assumption at all. Proved by SAT sweeping: the rotator's four
/// radix-4 stages against one index sum (each output bit a 256-way choice).
pub fn pack_chunk_wrapper(packer: &str, w: usize, rtl: &str) -> Result<String, String> {
    let bp = manifest::block(packer).map(ports).ok_or(format!("no block {packer}"))?;
    let name = format!("rt_pack_chunk_{packer}");
    for sig in CHUNK_SIGNALS {
        if !rtl.lines().any(|l| l.trim() == format!("reg  {sig};") || l.trim() == format!("reg {sig};")) {
            return Err(format!("{name}: rtl/{packer}.v has no signal `{sig}` (the chunk path's lemma reads it)"));
        }
    }
    let regs = state_regs(rtl);
    let width = |stem: &str| regs.iter().find(|(n, _)| n == stem).map(|r| r.1);
    if width("c") != Some(512) || width("r") != Some(512) || width("coff") != Some(if w == 512 { 9 } else { 8 }) {
        return Err(format!(
            "{name}: rtl/{packer}.v: the chunk registers c, r (512 bits) and coff are not as this lemma reads them"
        ));
    }
    let lem = pack_chain(packer, "");
    let mut s = banner(&format!("{name}.v"), &format!("Packer lemma: {}.", pack_lemma(&lem, "rt_pack_chunk_").what));
    let port = |n: &str, k: usize| format!("    input wire {}{n}", range(k));
    let mut tp: Vec<String> = bp.iter().filter(|p| p.input).map(|p| port(&p.name, p.width)).collect();
    tp.extend([port("j", 9), port("k", 10)]);
    tp.extend(regs.iter().map(|(n, k)| port(&format!("{n}_q"), *k)));
    let _ = writeln!(
        s,
        "`default_nettype none\n// every state register a free input (`_q`); the chunk path's next values and moves observed\nmodule {name} (\n{}\n);",
        tp.join(",\n")
    );
    for p in bp.iter().filter(|p| !p.input) {
        let _ = writeln!(s, "    wire {}{};", range(p.width), p.name);
    }
    let _ = writeln!(s, "    wire [511:0] c_d, r_d;\n    wire {};", CHUNK_SIGNALS.join(", "));
    let mut cut: Vec<String> = regs.iter().map(|(n, _)| format!("{n}_q")).collect();
    cut.extend(["c_d".to_string(), "r_d".to_string()]);
    cut.extend(CHUNK_SIGNALS.iter().map(|n| n.to_string()));
    s.push_str(&cut_dut(&name, packer, &bp.iter().map(|p| p.name.clone()).collect::<Vec<_>>(), &cut));
    s.push_str(&chunk_fact_fns(w));
    s.push_str(
        "    always @(*) begin
        assert(f_rot_ok(step, c_q, r_d, coff_q, j));
        assert(f_load_ok(load, part_q, s_axis_tdata, c_d, k));
    end
endmodule
`default_nettype wire
",
    );
    Ok(s)
}

/// `formal/rt_pack_chunk_<packer>.ys`: the packer with its state cut ([`pack_chunk_wrapper`]),
/// prepared for ABC as a sweep lemma's ([`AIGER_PREP`]).
fn pack_chunk_ys(packer: &str, rtl: &str) -> String {
    let name = format!("rt_pack_chunk_{packer}");
    let ins: Vec<String> = state_regs(rtl).iter().map(|(n, _)| format!("{packer}/w:{n}_q")).collect();
    let mut outs = vec![format!("{packer}/w:c_d"), format!("{packer}/w:r_d")];
    outs.extend(CHUNK_SIGNALS.iter().map(|n| format!("{packer}/w:{n}")));
    format!(
        "# {name}.ys: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).\n\
         # Packer lemma, proved by SAT sweeping (scripts/formal.sh: write_aiger, then ABC iprove): {what}\n\
         {head}read_verilog -formal {name}.v\nprep -top {name}\n{AIGER_PREP}",
        head = cut_ys_head(&name, packer, &ins, &outs),
        what = pack_lemma(&pack_chain(packer, ""), "rt_pack_chunk_").what,
    )
}

/// `formal/rt_pack_fits_<packer>.v`: [`PackFact::BlockFits`] of the packer's words, from
/// [`PackFact::Words`] and [`PackFact::ValidRecords`], for one block at its last word (the only
/// word at which `rt_block_fits.v` states its rule), every fact instantiated there as
/// `rt_pack_compose` instantiates them at a record: the block's first record (its header and
/// length), its record stream's first 33 bits and its end (the sum of its records' lengths), the
/// top 33 bits of its first word and the number of words before its last. Combinational, one BMC
/// step; the rule asserted is [`BLOCK_FITS_OK`], the text `rt_block_fits.v` assumes of the
/// unpacker's input, over the count and header that module keeps.
pub fn pack_fits_wrapper(packer: &str, w: usize) -> String {
    let name = format!("rt_pack_fits_{packer}");
    let chain = pack_chain(packer, "");
    let l = pack_lemma(&chain, "rt_pack_fits_");
    let mut s = banner(&format!("{name}.v"), &format!("Packer lemma: {}.", l.what));
    let _ = writeln!(s, "// Assumes: {}", l.assumes.iter().map(|f| f.label()).collect::<Vec<_>>().join(", "));
    let _ = writeln!(s, "// Proves:  {}", l.guarantees.iter().map(|f| f.label()).collect::<Vec<_>>().join(", "));
    // the words fact at block positions 0..32 (all in the first word: W >= 33), one assumption a bit
    let head: Vec<String> =
        (0..33).map(|j| format!("assume(hword[{b}] == (20'd{j} < f_end && stream[{b}]));", b = 32 - j)).collect();
    let tile: Vec<String> =
        (0..33).map(|j| format!("assume(len0 <= 10'd{j} || stream[{b}] == r0[{b}]);", b = 32 - j)).collect();
    let _ = write!(
        s,
        "`default_nettype none
module {name} #(
    parameter W = {w},
    parameter LW = {lw}
) (
    input wire aclk,
    // the block's first record: its header and its length
    input wire [32:0] r0,
    input wire [9:0] len0,
    // the block's record stream (its records back to back): its first 33 bits, and its end
    input wire [32:0] stream,
    input wire [19:0] f_end,
    // the block's words: the top 33 bits of its first word, the number of words before its last
    input wire [32:0] hword,
    input wire [11:0] nw
);
{f}    // rt_block_fits at the block's last word: the words before it counted up to 3, the first
    // word's header (the last word's own when it is the first)
    wire [1:0] wib = (nw < 12'd3) ? nw[1:0] : 2'd3;
    wire [32:0] first = hword;
{ok}    wire [21:0] w_end = ({{10'd0, nw}} << LW) + W;
    always @(*) begin
        // validrecords: the first record announces its length
        assume(len0 == f_hlen(r0));
        // the record stream of the block starts with its first record, and ends at or after it
        {tile}
        assume(f_end >= {{10'd0, len0}});
        // words: the block's word bit at position p is the stream's while p < f_end, zero after
        {head}
        // words: tlast on the word that holds the block's last bit, so the last word ends at or
        // after the block's end
        assume({{2'd0, f_end}} <= w_end);
        // blockfits (guaranteed): the rule of rt_block_fits
        assert(ok);
    end
endmodule
`default_nettype wire
",
        lw = w.trailing_zeros(),
        f = hlen_fn(),
        ok = BLOCK_FITS_OK,
        tile = tile.join("\n        "),
        head = head.join("\n        "),
    );
    s
}

/// `formal/rt_pack_tiling_<packer>.v`: [`PackFact::Tiling`] of the packer's words, from
/// [`PackFact::Words`] and [`PackFact::ValidRecords`], at one record boundary `p` of one block
/// (position 0 or a record's end: `p` at most the block's end `f_end`, the sum of its records'
/// lengths; below it, the start of a record `r0` of length `len0 = f_hlen(r0)` that ends at or
/// before `f_end`) and one chosen block position `q`, every fact instantiated there as in
/// [`pack_fits_wrapper`]: the words' 33 bits at `p` and their bit at `q` are the record stream's
/// below `f_end` and zero after it, and the block's last word holds its last bit. Combinational,
/// one BMC step. Asserted: when the header at `p` announces more than is left of the block's
/// words, the word bit at `q` (anywhere from `p` to the block's end) is zero and what is left is
/// shorter than a word.
pub fn pack_tiling_wrapper(packer: &str, w: usize) -> String {
    let name = format!("rt_pack_tiling_{packer}");
    let chain = pack_chain(packer, "");
    let l = pack_lemma(&chain, "rt_pack_tiling_");
    let mut s = banner(&format!("{name}.v"), &format!("Packer lemma: {}.", l.what));
    let _ = writeln!(s, "// Assumes: {}", l.assumes.iter().map(|f| f.label()).collect::<Vec<_>>().join(", "));
    let _ = writeln!(s, "// Proves:  {}", l.guarantees.iter().map(|f| f.label()).collect::<Vec<_>>().join(", "));
    // the words fact at block positions p .. p + 32, one assumption a bit
    let head: Vec<String> = (0..33)
        .map(|j| format!("assume(hword[{b}] == ({{2'd0, p}} + 22'd{j} < {{2'd0, f_end}} && seg[{b}]));", b = 32 - j))
        .collect();
    let tile: Vec<String> =
        (0..33).map(|j| format!("assume(p == f_end || len0 <= 10'd{j} || seg[{b}] == r0[{b}]);", b = 32 - j)).collect();
    let _ = write!(
        s,
        "`default_nettype none
module {name} #(
    parameter W = {w},
    parameter LW = {lw}
) (
    input wire aclk,
    // a record boundary p of the block, and the record that starts there (below the block's end)
    input wire [19:0] p,
    input wire [32:0] r0,
    input wire [9:0] len0,
    // the block's record stream (its records back to back): its 33 bits from p, its bit at q, its end
    input wire [32:0] seg,
    input wire [19:0] q,
    input wire sq,
    input wire [19:0] f_end,
    // the block's words: their 33 bits from p (zero past the block's last word), their bit at q,
    // the number of words before the last
    input wire [32:0] hword,
    input wire wq,
    input wire [11:0] nw
);
{f}    wire [21:0] w_end = ({{10'd0, nw}} << LW) + W;
    wire [21:0] left = w_end - {{2'd0, p}};
    always @(*) begin
        // validrecords: a record announces its length; the block's records end at f_end, so a
        // record that starts below f_end ends at or before it
        assume(len0 == f_hlen(r0));
        assume(p <= f_end);
        assume(p == f_end || {{2'd0, p}} + {{12'd0, len0}} <= {{2'd0, f_end}});
        {tile}
        // words: the block's word bit at position p + j is the stream's while below f_end, zero after
        {head}
        assume(wq == (q < f_end && sq));
        // words: tlast on the word that holds the block's last bit (the block has one: its first
        // record), so the last word ends at or after f_end and the words before it end below f_end
        assume(f_end > 20'd0);
        assume({{2'd0, f_end}} <= w_end && w_end < {{2'd0, f_end}} + W);
        // tiling (guaranteed): where the header at p announces more than is left, the rest of the
        // block is zero and shorter than a word
        if ({{12'd0, f_hlen(hword)}} > left) begin
            assert(left < W);
            if (q >= p && {{2'd0, q}} < w_end) assert(wq == 1'b0);
        end
        // not vacuous: the padding (a boundary past the last record, a position in the rest of the
        // block) and a record's start (its header fits)
        cover({{12'd0, f_hlen(hword)}} > left && q >= p && {{2'd0, q}} < w_end);
        cover(p < f_end && p > 20'd0);
    end
endmodule
`default_nettype wire
",
        lw = w.trailing_zeros(),
        f = hlen_fn(),
        tile = tile.join("\n        "),
        head = head.join("\n        "),
    );
    s
}

/// `formal/rt_pack_compose.v`: the composition step, for one record at the same block position on
/// both sides (by induction over the block's records: both start at 0, and the step shows the
/// next positions agree). Combinational: every fact is instantiated at the record's position.
/// The records side is the derivation's guarantee as it states it ([`records_fact`]: the record
/// out's ports `tdata`, `tuser` and its trackers `fh`, `fv`, the stream `seg = fv`), so the link to
/// `rt_unpack_records_*` is a text check; the packer's side reads the same `seg`.
pub fn pack_compose_wrapper() -> String {
    use xnc_rtl::xnc_compressor::{RECORD_BITS, RECORD_BUS_BITS};
    let (bus, rec) = (RECORD_BUS_BITS, RECORD_BITS);
    let chain = pack_chain("", "");
    let c = pack_lemma(&chain, "rt_pack_compose");
    let mut s = banner("rt_pack_compose.v", &format!("Composition: {}.", c.what));
    let _ = writeln!(s, "// Assumes: {}", c.assumes.iter().map(|f| f.label()).collect::<Vec<_>>().join(", "));
    let _ = writeln!(s, "// Proves:  {}", c.guarantees.iter().map(|f| f.label()).collect::<Vec<_>>().join(", "));
    let _ = write!(
        s,
        "`default_nettype none
module rt_pack_compose (
    input wire aclk,
    // the record in (bus, length, tlast), the 33 stream bits after it and the block's bits left
    // after it
    input wire [{b1}:0] rin,
    input wire [9:0] lin,
    input wire tin,
    input wire [32:0] nxt,
    input wire [15:0] rest,
    // the record out at the same position (the unpacker's ports), the trackers of its records
    // lemma (fh[b], fv[b]: the stream bit at the position plus {r1} - b received in the block, its
    // value), the 33 stream bits after it and the bits left after it
    input wire [{b1}:0] tdata,
    input wire [9:0] tuser,
    input wire tout,
    input wire [{r1}:0] fh,
    input wire [{r1}:0] fv,
    input wire [32:0] win,
    input wire [15:0] left
);
{f}    wire [15:0] nxt_len = {{6'd0, f_hlen(nxt)}};
    // one stream: the block's stream from the record's position ({rec} bits), as the trackers hold
    // it (the same line as rt_unpack_records_*); the packer's words put the record in there
    wire [{r1}:0] seg = fv;
    always @(*) begin
        // validrecords: the record in announces its length, zeros after its end
        assume(lin == f_hlen(rin[{b1}:{h0}]) && (rin << lin) == 0);
        // portwords: the stream from the record's position holds it, where the trackers received
        // it (rt_pack_wordsout_*'s guarantee, the same text)
        {words}
        // portnext: after the record the next record of the block (in the block: its length at
        // most what is left) or, after the block's last, zero padding shorter than a memory word
        // (at most 511 bits at both widths) (rt_pack_wordsnext_*'s guarantee, the same text)
        {next}
        // records: the record out is the stream from its position for its length, zeros after
        // (rt_unpack_records_*'s guarantee, the same text)
        {records}
        // portlengths: tuser is the length its header announces
        // (rt_unpack_lenout_*'s guarantee, the same text)
        {lengths}
        // last: tlast exactly when what is left is shorter than the next header announces
        // (rt_unpack_last_*'s guarantee, the same text)
        {last}
        // one stream: the same position holds the same bits, with the same bits left after it
        assume(tuser != lin || (win == nxt && left == rest));
        // survive: the same record, length and tlast (so the next record's positions agree too)
        assert(tuser == lin && tdata == rin && tout == tin);
    end
endmodule
`default_nettype wire
",
        b1 = bus - 1,
        r1 = rec - 1,
        h0 = bus - 33,
        f = hlen_fn(),
        words = portwords_fact("assume"),
        next = next_fact("assume"),
        records = records_fact("assume"),
        lengths = lengths_fact("assume"),
        last = last_fact("assume"),
    );
    s
}

/// [`PackFact::Last`] in the composition's form, on the record out's `tlast` (`tout`), the block's
/// bits left after it (`left`) and the 33 stream bits after it (`win`): `verb` `assert` in the
/// derivation that proves it ([`unpack_last_wrapper`]), `assume` in the composition: one text.
fn last_fact(verb: &str) -> String {
    format!("{verb}(tout ? left < {{6'd0, f_hlen(win)}} : left >= {{6'd0, f_hlen(win)}});")
}

/// [`PackFact::PortWords`] in the composition's form, on the record in (`rin`, `lin`) and the
/// unpacker's chosen-bit trackers of the records derivation (`fh[b]` received, `seg[b] = fv[b]`
/// its value: the stream bit at the record's position plus `544 - b`): each bit of the record in
/// below its length is the stream's there, where received. One line per bit, `verb` each line's:
/// `assert` in the derivation that proves it ([`pack_wordsout_wrapper`]), `assume` in the
/// composition ([`pack_compose_wrapper`]): one text, a text check (unit test).
fn portwords_fact(verb: &str) -> String {
    use xnc_rtl::xnc_compressor::{LEN_BITS, RECORD_BITS, RECORD_BUS_BITS};
    let (bus, rec, lb) = (RECORD_BUS_BITS, RECORD_BITS, LEN_BITS);
    (0..rec)
        .map(|i| format!("{verb}(lin <= {lb}'d{i} || !fh[{b}] || seg[{b}] == rin[{}]);", bus - 1 - i, b = rec - 1 - i))
        .collect::<Vec<_>>()
        .join("\n        ")
}

/// The module `at` (the derivations' sub-module): the words fact at one word out, the text
/// `rt_pack_step_<packer>` asserts ([`words_fact`], assumed here, with [`PACK_WORDS_WIRES`]), on
/// that lemma's port and tracker names; its outputs are the text's own terms for the word holding
/// `f_pos` and its bit there (one-stream definitions read them: the same solver terms on both
/// sides). Written once for [`pack_wordsout_wrapper`] and [`pack_wordsnext_wrapper`].
fn words_at_module(at: &str, packer: &str, w: usize) -> String {
    let (lw, kb) = (w.trailing_zeros(), w / 8);
    format!(
        "// the words fact at one word out, the text rt_pack_step_{packer} asserts (assumed here), on its
// ports and the packer's tracker state as that lemma names them
module {at} #(
    parameter W = {w},
    parameter LW = {lw},
    parameter KB = {kb}
) (
    input wire aresetn,
    input wire inv_q,
    input wire [3:0] f_blk,
    input wire [19:0] f_pos,
    input wire [W-1:0] m_axis_tdata,
    input wire [KB-1:0] m_axis_tkeep,
    input wire m_axis_tvalid,
    input wire m_axis_tlast,
    input wire [3:0] out_blk_q,
    input wire [19:0] w_start_q,
    input wire f_have_q,
    input wire f_val_q,
    input wire f_end_have_q,
    input wire [19:0] f_end_q,
    output wire f_in_word,
    output wire f_bit
);
{wires}    always @(*) begin
{words}    end
    // the word holds bit f_pos, and its value there (the text's own terms, for the one-stream
    // definition: the same solver terms on both sides)
    assign f_in_word = f_pos >= w_start_q && f_pos < w_end;
    assign f_bit = m_axis_tdata[W - 1 - w_rel[LW-1:0]];
endmodule

",
        wires = PACK_WORDS_WIRES,
        words = words_fact("assume"),
    )
}

/// `formal/rt_pack_wordsout_<packer>.v` ([`PackFact::PortWords`]): at one record in (`rin`, `lin`,
/// at block position `p` of block `blk`, the packer's `in_q` and `in_blk` at its handshake), the
/// words fact as `rt_pack_step_<packer>` proves it ([`words_fact`], the same text, assumed in a
/// sub-module instantiated once per record bit `i`, at `f_pos = p + i`, on the word out that holds
/// that bit at its handshake and the packer's tracker state then, in a state of the step
/// lemma's invariant) gives the composition's form ([`portwords_fact`]). Two definitions are
/// assumed per bit, the stream the trackers name (docs/FORMAL.md): the unpacker's tracker of the
/// bit (`fh[b]`, `fv[b]`, `b = 544 - i`) took it from that word (one stream: the packer's words out
/// are the unpacker's words in), and the packer's tracker at `p + i` took bit `i` of the record in
/// (its update `f_val_d = s_axis_tdata[551 - (f_pos - in_q)]` at the record's handshake, held
/// since). One BMC step (yices).
pub fn pack_wordsout_wrapper(packer: &str, w: usize) -> String {
    use xnc_rtl::xnc_compressor::{LEN_BITS, RECORD_BITS, RECORD_BUS_BITS};
    let (bus, rec, lb) = (RECORD_BUS_BITS, RECORD_BITS, LEN_BITS);
    let (lw, kb) = (w.trailing_zeros(), w / 8);
    let name = format!("rt_pack_wordsout_{packer}");
    let chain = pack_chain(packer, "");
    let l = pack_lemma(&chain, "rt_pack_wordsout_");
    let mut s = banner(&format!("{name}.v"), &format!("Packer lemma: {}.", l.what));
    let _ = writeln!(s, "// Assumes: {}", l.assumes.iter().map(|f| f.label()).collect::<Vec<_>>().join(", "));
    let _ = writeln!(s, "// Proves:  {}", l.guarantees.iter().map(|f| f.label()).collect::<Vec<_>>().join(", "));
    let _ = write!(
        s,
        "`default_nettype none
{at}// one record in; per record bit i (b = {r1} - i) the word out that holds stream bit p + i at its
// handshake (its data, tkeep, tlast, start) and the packer's tracker at f_pos = p + i then (the
// bit taken and its value, the block's end); the unpacker's trackers of its records derivation
module {name} #(
    parameter W = {w},
    parameter LW = {lw},
    parameter KB = {kb}
) (
    input wire aclk,
    input wire [{b1}:0] rin,
    input wire [{l1}:0] lin,
    input wire [3:0] blk,
    input wire [19:0] p,
    input wire [{rec}*W-1:0] wdata,
    input wire [{rec}*KB-1:0] wkeep,
    input wire [{r1}:0] wlast,
    input wire [{rec}*20-1:0] wstart,
    input wire [{r1}:0] fhave,
    input wire [{r1}:0] fval,
    input wire [{r1}:0] fendh,
    input wire [{rec}*20-1:0] fend,
    input wire [{r1}:0] fh,
    input wire [{r1}:0] fv
);
    // one stream: the block's stream from the record's position ({rec} bits), as the trackers hold
    // it (the same line as rt_unpack_records_*)
    wire [{r1}:0] seg = fv;
    genvar b;
    generate
        for (b = 0; b < {rec}; b = b + 1) begin : at
            wire [19:0] q = p + 20'd{r1} - b;
            wire in_word, bit;
            // words (rt_pack_step_{packer}): the word out in a state of its invariant, the
            // record's block
            {name}_at #(.W(W), .LW(LW), .KB(KB)) u (
                .aresetn(1'b1), .inv_q(1'b1), .f_blk(blk), .f_pos(q),
                .m_axis_tdata(wdata[b * W +: W]), .m_axis_tkeep(wkeep[b * KB +: KB]), .m_axis_tvalid(1'b1),
                .m_axis_tlast(wlast[b]), .out_blk_q(blk), .w_start_q(wstart[b * 20 +: 20]),
                .f_have_q(fhave[b]), .f_val_q(fval[b]), .f_end_have_q(fendh[b]), .f_end_q(fend[b * 20 +: 20]),
                .f_in_word(in_word), .f_bit(bit)
            );
            always @(*) begin
                // one stream: the unpacker's tracker of bit q took it from the word that holds it
                assume(!fh[b] || (in_word && fv[b] == bit));
                // the packer's tracker at q: bit {r1} - b of the record in, taken at its handshake
                // (f_val_d = s_axis_tdata[{b1} - (f_pos - in_q)], in_q = p) and held since
                assume(lin <= {lb}'d{r1} - b || (fhave[b] && fval[b] == rin[{pad} + b]));
            end
        end
    endgenerate
    always @(*) begin
        // portwords (guaranteed), in the composition's form
        {guar}
    end
endmodule
`default_nettype wire
",
        b1 = bus - 1,
        r1 = rec - 1,
        l1 = lb - 1,
        pad = bus - rec,
        guar = portwords_fact("assert"),
        at = words_at_module(&format!("{name}_at"), packer, w),
    );
    s
}

/// [`PackFact::PortNext`] in the composition's form, on the record in's `tlast` (`tin`), the 33
/// stream bits after it (`nxt`, zero past the block's last word; `nxt_len` the length they
/// announce) and the bits left of the block's words after it (`rest`): `verb` `assert` in the
/// derivation that proves it ([`pack_wordsnext_wrapper`]), `assume` in the composition
/// ([`pack_compose_wrapper`]): one text, a text check (unit test).
fn next_fact(verb: &str) -> String {
    format!("{verb}(tin ? (nxt == 33'd0 && rest < 16'd512) : rest >= nxt_len);")
}

/// The line of [`PACK_STEP_INV`] that states conjunct `k` (`    assign okv[k] = ...;`, one line).
fn pack_step_inv_line(k: usize) -> &'static str {
    let head = format!("    assign okv[{k}] = ");
    let a = PACK_STEP_INV.find(&head).expect("a conjunct of the packer's step invariant");
    let e = a + PACK_STEP_INV[a..].find('\n').expect("one line");
    let line = &PACK_STEP_INV[a..=e];
    assert!(line.trim_end().ends_with(';'), "conjunct {k} on one line");
    line
}

/// `formal/rt_pack_wordsnext_<packer>.v` ([`PackFact::PortNext`]): after one record in (`rin`,
/// `lin`, `tin`, at block position `p` of block `blk`: its end `e = p + lin`), the words fact as
/// `rt_pack_step_<packer>` proves it ([`words_fact`], the same text, in the sub-module of
/// [`words_at_module`]) and its invariant's conjunct 15 (the line of [`PACK_STEP_INV`]: once the
/// block's end is taken, the chosen bit is taken exactly when it is before it), instantiated at
/// the 33 stream bits after the record (`f_pos = e + j`, on the word out that holds each and the
/// packer's tracker then) and at the block's last word (`f_pos` the next record's last bit), give
/// the composition's line after the record ([`next_fact`]). Assumed besides, as definitions of
/// the stream the trackers name (docs/FORMAL.md): `nxt` is the words' bits at the 33 positions
/// (zero past the block's last word), `rest` what is left of the block's words after `e`; the
/// packer's trackers took the block's end at the record's handshake (`tin`: `f_end_d = in_next`)
/// or the next record's bits at its handshake (no `tin`); and of the environment: the next record
/// is valid (`validrecords`), the record's position under 2^19 (the step lemma's assumption of a
/// record in). One BMC step (yices).
pub fn pack_wordsnext_wrapper(packer: &str, w: usize) -> String {
    use xnc_rtl::xnc_compressor::{LEN_BITS, RECORD_BUS_BITS};
    let (bus, lb) = (RECORD_BUS_BITS, LEN_BITS);
    let (lw, kb) = (w.trailing_zeros(), w / 8);
    let name = format!("rt_pack_wordsnext_{packer}");
    let chain = pack_chain(packer, "");
    let l = pack_lemma(&chain, "rt_pack_wordsnext_");
    let mut s = banner(&format!("{name}.v"), &format!("Packer lemma: {}.", l.what));
    let _ = writeln!(s, "// Assumes: {}", l.assumes.iter().map(|f| f.label()).collect::<Vec<_>>().join(", "));
    let _ = writeln!(s, "// Proves:  {}", l.guarantees.iter().map(|f| f.label()).collect::<Vec<_>>().join(", "));
    let _ = write!(
        s,
        "`default_nettype none
{at}// conjunct 15 of the invariant rt_pack_step_{packer} proves inductive (its line, the same text),
// on the packer's tracker state: once the block's end is taken, the chosen bit is taken exactly
// when it is before the block's end
module {name}_inv (
    input wire [19:0] f_pos,
    input wire f_have,
    input wire f_end_have,
    input wire [19:0] f_end,
    output wire [15:15] okv
);
{okv15}endmodule

// one record in (bus, length, tlast) at block position p of block blk; the 33 stream bits after
// it (nxt, zero past the block's last word) and the bits left of the block's words after it
// (rest), the composition's names; the next record in (no tlast); per bit j after the record
// (b = 32 - j) the word out that holds stream bit e + j at its handshake (its data, tkeep, tlast,
// start) and the packer's tracker at f_pos = e + j then; the block's last word and the tracker at
// the next record's last bit then
module {name} #(
    parameter W = {w},
    parameter LW = {lw},
    parameter KB = {kb}
) (
    input wire aclk,
    input wire [{b1}:0] rin,
    input wire [{l1}:0] lin,
    input wire tin,
    input wire [32:0] nxt,
    input wire [15:0] rest,
    input wire [3:0] blk,
    input wire [19:0] p,
    input wire [{b1}:0] rnext,
    input wire [{l1}:0] lnext,
    input wire [33*W-1:0] wdata,
    input wire [33*KB-1:0] wkeep,
    input wire [32:0] wlast,
    input wire [33*20-1:0] wstart,
    input wire [32:0] fhave,
    input wire [32:0] fval,
    input wire [32:0] fendh,
    input wire [33*20-1:0] fend,
    input wire [W-1:0] ldata,
    input wire [KB-1:0] lkeep,
    input wire [19:0] lstart,
    input wire lhave,
    input wire lval,
    input wire lendh,
    input wire [19:0] lend
);
{f}    wire [15:0] nxt_len = {{6'd0, f_hlen(nxt)}};
    // the record's end, the next record's last bit, the end of the block's last word
    wire [19:0] e = p + {{10'd0, lin}};
    wire [19:0] ql = e + {{10'd0, lnext}} - 20'd1;
    wire [19:0] lend_w = lstart + W;
    wire l_in_word, l_bit;
    wire [15:15] lok;
    // words (rt_pack_step_{packer}) at the block's last word (tlast), in a state of its invariant,
    // the tracker at the next record's last bit; and the invariant's conjunct 15 there
    {name}_at #(.W(W), .LW(LW), .KB(KB)) ul (
        .aresetn(1'b1), .inv_q(1'b1), .f_blk(blk), .f_pos(ql),
        .m_axis_tdata(ldata), .m_axis_tkeep(lkeep), .m_axis_tvalid(1'b1),
        .m_axis_tlast(1'b1), .out_blk_q(blk), .w_start_q(lstart),
        .f_have_q(lhave), .f_val_q(lval), .f_end_have_q(lendh), .f_end_q(lend),
        .f_in_word(l_in_word), .f_bit(l_bit)
    );
    {name}_inv il (.f_pos(ql), .f_have(lhave), .f_end_have(lendh), .f_end(lend), .okv(lok));
    genvar b;
    generate
        for (b = 0; b < 33; b = b + 1) begin : at
            wire [19:0] q = e + 20'd32 - b;
            wire in_word, bit;
            wire [15:15] ok;
            // words (rt_pack_step_{packer}): the word out that holds bit q, in a state of its
            // invariant, the record's block; and the invariant's conjunct 15 there
            {name}_at #(.W(W), .LW(LW), .KB(KB)) u (
                .aresetn(1'b1), .inv_q(1'b1), .f_blk(blk), .f_pos(q),
                .m_axis_tdata(wdata[b * W +: W]), .m_axis_tkeep(wkeep[b * KB +: KB]), .m_axis_tvalid(1'b1),
                .m_axis_tlast(wlast[b]), .out_blk_q(blk), .w_start_q(wstart[b * 20 +: 20]),
                .f_have_q(fhave[b]), .f_val_q(fval[b]), .f_end_have_q(fendh[b]), .f_end_q(fend[b * 20 +: 20]),
                .f_in_word(in_word), .f_bit(bit)
            );
            {name}_inv iv (.f_pos(q), .f_have(fhave[b]), .f_end_have(fendh[b]), .f_end(fend[b * 20 +: 20]), .okv(ok));
            always @(*) begin
                assume(ok[15]);
                // one stream: nxt[b] is the stream bit at q, the bit of the word that holds it, zero
                // past the block's last word
                assume(q >= lend_w ? !nxt[b] : (in_word && nxt[b] == bit));
                // the packer's tracker at q: after the block's last record (tin) the block's end e,
                // taken at the record's handshake (f_end_d = in_next, in_q = p) and held since;
                // otherwise bit 32 - b of the next record in, taken at its handshake (in_q = e)
                assume(tin ? (fendh[b] && fend[b * 20 +: 20] == e) : (fhave[b] && fval[b] == rnext[{h0} + b]));
            end
        end
    endgenerate
    always @(*) begin
        // validrecords: the next record announces its length, zeros after its end
        assume(lnext == f_hlen(rnext[{b1}:{h0}]) && (rnext << lnext) == 0);
        // blocks under 2^19 bits (the step lemma's assumption of a record in: in_q_q < 2^19)
        assume(p < 20'd524288);
        assume(lok[15]);
        // the packer's tracker at the block's last word: after the block's last record the block's
        // end e (as above); otherwise the next record's last bit, taken at its handshake
        assume(tin ? (lendh && lend == e) : lhave);
        // what is left: the block's words after the record's end
        assume({{4'd0, rest}} == lend_w - e);
        // portnext (guaranteed), in the composition's form
        {guar}
    end
endmodule
`default_nettype wire
",
        b1 = bus - 1,
        l1 = lb - 1,
        h0 = bus - 33,
        f = hlen_fn(),
        at = words_at_module(&format!("{name}_at"), packer, w),
        okv15 = pack_step_inv_line(15),
        guar = next_fact("assert"),
    );
    s
}

/// The `.sby` of a lemma of the packer -> unpacker chain: `mode` (`bmc` with `depth` cycles from
/// reset, or `prove` by k-induction of that depth), a cover task at the same depth unless
/// `cover` is false, reading `rtl` (generated blocks) and `extra` (other formal/ files).
fn pack_lemma_sby(
    name: &str,
    what: &str,
    mode: &str,
    depth: usize,
    cover: bool,
    rtl: &[&str],
    extra: &[&str],
) -> String {
    let mut script = String::new();
    let mut files = String::new();
    for f in extra {
        let _ = writeln!(script, "read_verilog -formal {f}");
        let _ = writeln!(files, "{f}");
    }
    for b in rtl {
        let _ = writeln!(script, "read_verilog -formal {b}.v");
        let _ = writeln!(files, "../rtl/{b}.v");
    }
    let _ = writeln!(script, "read_verilog -formal {name}.v\nprep -top {name}");
    let _ = writeln!(files, "{name}.v");
    let (tasks, opts) = if cover {
        (
            "[tasks]\nprove\ncover\n\n".to_string(),
            format!("prove: mode {mode}\nprove: depth {depth}\ncover: mode cover\ncover: depth {depth}\n"),
        )
    } else {
        (String::new(), format!("mode {mode}\ndepth {depth}\n"))
    };
    format!(
        "# {name}.sby: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).\n\
         # Packer -> unpacker lemma: {what}\n{tasks}[options]\n{opts}\n[engines]\nsmtbmc yices\n\n[script]\n{script}\n[files]\n{files}"
    )
}

/// The files of the packer -> unpacker chains ([`PACK_PAIRS`]) and `rt_pack.md` (the chains).
pub fn pack_files(rtl: &[(&str, String)]) -> Result<Vec<(String, String)>, String> {
    let mut out =
        vec![("rt_block_fits.v".to_string(), block_fits()), ("rt_block_tiling.v".to_string(), block_tiling())];
    let mut table = String::from(
        "<!-- GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog). -->\n\
         # Records survive memory words: the packer -> unpacker chains\n\n\
         `gen-verilog` refuses to write a chain unless every assumption is the environment's (`validrecords`)\n\
         or a guarantee of an earlier lemma and the last lemma guarantees `survive` (`check_pack_chain` in\n\
         crates/xnc-cli/src/formal.rs). docs/FORMAL.md says what each fact means and how the lemmas compose.\n\n\
         | lemma | what | assumes | proves |\n|---|---|---|---|\n",
    );
    for (packer, unpacker) in PACK_PAIRS {
        let w = manifest::block(unpacker).and_then(|b| b.inputs.first()).ok_or(format!("no block {unpacker}"))?.tdata;
        let chain = pack_chain(packer, unpacker);
        check_pack_chain(&chain)?;
        let up_rtl = rtl.iter().find(|(n, _)| *n == unpacker).map(|(_, t)| t).ok_or(format!("no rtl of {unpacker}"))?;
        let pk_rtl = rtl.iter().find(|(n, _)| *n == packer).map(|(_, t)| t).ok_or(format!("no rtl of {packer}"))?;
        for l in &chain {
            let n = l.name.as_str();
            if n.starts_with("rt_pack_chunk_") {
                out.push((format!("{n}.v"), pack_chunk_wrapper(packer, w, pk_rtl)?));
                out.push((format!("{n}.ys"), pack_chunk_ys(packer, pk_rtl)));
            } else if n.starts_with("rt_pack_step_") {
                out.push((format!("{n}.v"), pack_step_wrapper(packer, w, pk_rtl)?));
                out.push((format!("{n}.ys"), pack_step_ys(packer, pk_rtl)));
            } else if n.starts_with("rt_pack_fits_") {
                out.push((format!("{n}.v"), pack_fits_wrapper(packer, w)));
                out.push((format!("{n}.sby"), pack_lemma_sby(n, &l.what, "bmc", 1, false, &[], &[])));
            } else if n.starts_with("rt_pack_wordsout_") {
                out.push((format!("{n}.v"), pack_wordsout_wrapper(packer, w)));
                out.push((format!("{n}.sby"), pack_lemma_sby(n, &l.what, "bmc", 1, false, &[], &[])));
            } else if n.starts_with("rt_pack_wordsnext_") {
                out.push((format!("{n}.v"), pack_wordsnext_wrapper(packer, w)));
                out.push((format!("{n}.sby"), pack_lemma_sby(n, &l.what, "bmc", 1, false, &[], &[])));
            } else if n.starts_with("rt_pack_tiling_") {
                out.push((format!("{n}.v"), pack_tiling_wrapper(packer, w)));
                out.push((format!("{n}.sby"), pack_lemma_sby(n, &l.what, "bmc", 1, true, &[], &[])));
            } else if n.starts_with("rt_unpack_records_") {
                out.push((format!("{n}.v"), unpack_records_wrapper(unpacker, w, up_rtl)?));
                out.push((format!("{n}.sby"), pack_lemma_sby(n, &l.what, "bmc", 1, false, &[], &[])));
            } else if n.starts_with("rt_unpack_last_") {
                out.push((format!("{n}.v"), unpack_last_wrapper(unpacker, w, up_rtl)?));
                for (k, case) in LAST_CASES.iter().enumerate() {
                    let sby = pack_lemma_sby(n, &l.what, "bmc", 1, false, &[], &[]);
                    let sby = replace_one(
                        &sby,
                        &format!("prep -top {n}\n"),
                        &format!("chparam -set CASE {k} {n}\nprep -top {n}\n"),
                    );
                    out.push((
                        format!("{n}_{case}.sby"),
                        sby.replace(&format!("# {n}.sby:"), &format!("# {n}_{case}.sby:")),
                    ));
                }
            } else if n.starts_with("rt_unpack_gather_") {
                out.push((format!("{n}.v"), unpack_gather_wrapper(unpacker, w, up_rtl)?));
                out.push((format!("{n}.ys"), unpack_gather_ys(unpacker, up_rtl)));
            } else if n.starts_with("rt_unpack_slots_") {
                out.push((format!("{n}.v"), unpack_slots_wrapper(unpacker, w, up_rtl)));
                out.push((format!("{n}.ys"), unpack_slots_ys(unpacker, up_rtl)));
            } else if n.starts_with("rt_unpack_head_") {
                out.push((format!("{n}.v"), unpack_head_wrapper(unpacker, w, up_rtl)?));
                out.push((format!("{n}.ys"), unpack_head_ys(unpacker, up_rtl)));
            } else if n.starts_with("rt_unpack_pad_") {
                out.push((format!("{n}.v"), unpack_pad_wrapper(unpacker, w)));
                out.push((format!("{n}.sby"), pack_lemma_sby(n, &l.what, "bmc", 1, false, &[], &[])));
            } else if n.starts_with("rt_unpack_pos_") {
                out.push((format!("{n}.v"), unpack_pos_wrapper(unpacker, w, up_rtl)?));
                out.push((format!("{n}.ys"), unpack_pos_ys(unpacker, up_rtl)));
            } else if n.starts_with("rt_unpack_stage_") {
                out.push((format!("{n}.v"), unpack_stage_wrapper(unpacker, w, up_rtl)?));
                out.push((format!("{n}.ys"), unpack_stage_ys(unpacker, up_rtl)));
            } else if n.starts_with("rt_unpack_out_") {
                out.push((format!("{n}.v"), unpack_out_wrapper(unpacker, w, up_rtl)?));
                out.push((format!("{n}.ys"), unpack_out_ys(unpacker, up_rtl)));
            } else if n.starts_with("rt_unpack_lenout_") {
                out.push((format!("{n}.v"), unpack_lenout_wrapper(unpacker, up_rtl)?));
                out.push((format!("{n}.sby"), pack_lemma_sby(n, &l.what, "bmc", 1, false, &[], &[])));
            } else if n.starts_with("rt_unpack_lenbound_") {
                out.push((format!("{n}.v"), unpack_lenbound_wrapper(unpacker, up_rtl)));
                out.push((format!("{n}.sby"), pack_lemma_sby(n, &l.what, "bmc", 1, false, &[], &[])));
            } else if n.starts_with("rt_unpack_len_") {
                out.push((format!("{n}.v"), unpack_len_wrapper(unpacker, w, up_rtl)));
                out.push((format!("{n}.ys"), unpack_len_ys(unpacker, up_rtl)));
            } else if n != "rt_pack_compose" {
                return Err(format!("{n}: no files for this lemma of the packer -> unpacker chain"));
            }
            let f = |v: &[PackFact]| v.iter().map(|f| f.label()).collect::<Vec<_>>().join(", ");
            let _ = writeln!(table, "| `{}` | {} | {} | {} |", l.name, l.what, f(&l.assumes), f(&l.guarantees));
        }
    }
    let chain = pack_chain("", "");
    let c = pack_lemma(&chain, "rt_pack_compose");
    out.push(("rt_pack_compose.v".into(), pack_compose_wrapper()));
    out.push(("rt_pack_compose.sby".into(), pack_lemma_sby(&c.name, &c.what, "bmc", 1, false, &[], &[])));
    out.push(("rt_pack.md".into(), table));
    Ok(out)
}

// ------------------------------------------------------------------------------------------------
// tANS decoders: the data they emit, against a reference decoder written from FORMAT.md 3 and 5.

/// Table writes a tANS data trace may make (the entries its few values read).
const TANS_DATA_WRITES: usize = 4;

/// Bytes of each input stream a tANS data trace may transfer (the reference decoder's buffers).
const TANS_DATA_BYTES: usize = 4;

/// The invariants of a valid decode entry `(code, nb, base)` of table log R, as the golden model
/// builds every table (`xnc_codec::ans::DecodeEntry`, FORMAT.md 3.2; also tested on random models
/// in crates/xnc-codec/tests/ans_roundtrip.rs): `nb <= R`, and `base`'s low `nb` bits are zero, so
/// `base | bits` is the next state (`base + 2^nb <= 2^R` follows from `base`'s width). The tANS data
/// proofs assume every decode entry written through the table port has them (a table the golden
/// model cannot make is outside the decoders' contract). Stated here once, as a Verilog predicate
/// over the entry's `nb` and `base` (`R` a localparam of the wrapper); a test evaluates the same
/// rule on the golden model's tables of the committed samples.
pub fn tans_valid_entry_verilog(nb: &str, base: &str) -> String {
    format!("{nb} <= R && ({base} & ~({{R{{1'b1}}}} << {nb})) == 0")
}

/// What a tANS decoder's data proof models, from the block's golden model in the manifest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TansKind {
    /// Coding pairs (FORMAT.md 3): plain or format-aware (per-code `nbits`), with `lanes` lanes
    /// (FORMAT.md 3.4: value k of a block in lane k mod N, slot l of an N-value output beat).
    Pairs {
        /// Format-aware code map.
        fa: bool,
        /// Lanes, 1 or N.
        lanes: usize,
    },
    /// Context coding pairs (FORMAT.md 5): joint codes, one table per column class, BF16 or FP16.
    Ctx,
}

/// The parameters of a tANS decoder block's data proof: table log R and what it decodes; `None`
/// for blocks that are not tANS decoders.
fn tans_params(blk: &Block) -> Option<(usize, TansKind)> {
    match blk.golden {
        manifest::Golden::Tans { table_log, format_aware, lanes } => {
            Some((usize::from(table_log), TansKind::Pairs { fa: format_aware, lanes: usize::from(lanes) }))
        }
        manifest::Golden::TansCtx { table_log } => Some((usize::from(table_log), TansKind::Ctx)),
        _ => None,
    }
}

/// Depths (cycles from reset) of a tANS decoder's data proof: (prove, cover).
///
/// The cover depth is long enough for a reset, the table writes a value needs (a decode entry and
/// a code map entry; a context decoder also writes its column map and configuration), the block's
/// first bytes, the block's latency and three values leaving (two state transitions), so that the
/// cover task reaches a third value, an escape, a stall and a block's last value.
///
/// The prove depth is what the solver finishes (every cycle more multiplies the time: the
/// unrolled BMC problem grows quickly, docs/FORMAL.md), at least the cycle in which the first
/// value after a state transition can leave ([`tans_transition_depth`]) where that finishes:
/// one-lane coding-pair decoders 9 cycles (three values, two transitions); `tans_decoder_x4` 9,
/// one task per lane (each lane's second value: its transition). `tans_decoder_x8`: one cycle
/// less (8: each lane's first value, the lane order, `tlast`; the 9th cycle of one lane took
/// minutes of CPU on its own, eight of them do not fit a `--full` run). Context decoders: the
/// first value of a block (its column's class, the joint code, the raw bits, `tlast`), one task
/// per format; the cycle of the second value gave no answer in 14 minutes (BF16 alone: over 15).
fn tans_data_depth(blk: &Block) -> (usize, usize) {
    let latency = blk.latency as usize;
    match tans_params(blk) {
        Some((_, TansKind::Ctx)) => (latency + 5, latency + 7),
        Some((_, TansKind::Pairs { lanes, .. })) if lanes >= 8 => (latency + 4, latency + 6),
        Some((_, TansKind::Pairs { lanes, .. })) if lanes > 1 => (latency + 5, latency + 6),
        _ => (latency + 6, latency + 6),
    }
}

/// The first depth (cycles from reset) at which a value whose state came from a state transition
/// can leave the block (found by the cover task `reach`): the table writes (during the reset
/// cycle too), the first bytes, the latency, then one value more. A prove depth at least this
/// gets a task `reach` that must reach such a value within the prove depth (the transition is
/// checked, not only reachable in principle).
fn tans_transition_depth(blk: &Block) -> usize {
    let latency = blk.latency as usize;
    match tans_params(blk) {
        Some((_, TansKind::Ctx)) => latency + 6,
        _ => latency + 5,
    }
}

/// The value a reference decoder of `kind` requires of the block (Verilog), given the wrapper's
/// names: the decode entry (`code`/`k`, `nbits`, `esc`, `val` or `me`) and the raw bits at the
/// reference's raw position (`r_at`); it defines `want` (the value) and `nrp` (the next raw
/// position), FORMAT.md 3.3 for coding pairs, 5.1 and 5.3 for context coding pairs.
fn tans_value_verilog(kind: TansKind) -> &'static str {
    match kind {
        TansKind::Pairs { .. } => {
            r#"    // FORMAT.md 3.3: the escape reads the exponent byte, then {sign, mantissa}; any other code
    // its exponent from the code map and the top nbits bits of {sign, mantissa}, the rest zero
    wire [7:0] r0 = r_at[8*N+15 -: 8];
    wire [7:0] r1 = r_at[8*N+7 -: 8];
    wire [7:0] field = esc ? r1 : (r0 & ~(8'hff >> nbits));
    wire [7:0] vexp = esc ? r0 : me[7:0];
    wire [15:0] want = {field[7], vexp, field[6:0]};
    wire [7:0] nrp = m_rp + (esc ? 8'd16 : {4'd0, nbits});
    wire ok_entry = 1'b1;
"#
        }
        TansKind::Ctx => {
            r#"    // FORMAT.md 5.1, 5.3 (E/M: BF16 8/7, FP16 5/10 as configured). The entry's value holds the
    // code's exponent and its k-bit prefix of {sign, mantissa} (top-aligned in 11 bits below);
    // field = prefix << rest | bits << (rest - nbits), bits the next nbits raw bits; the escape
    // reads E bits (exponent), then 1+M bits ({sign, mantissa}): the next 16 raw bits.
    wire [15:0] r16 = r_at[8*N+15 -: 16];
    wire [10:0] vfield = cfg_fp16 ? {val[15], val[9:0]} : {val[15], val[6:0], 3'd0};
    wire [7:0] vexp = cfg_fp16 ? {3'd0, val[14:10]} : val[14:7];
    wire [10:0] pre = vfield & ~(11'h7ff >> k);
    wire [15:0] rtop = r16 & ~(16'hffff >> nbits);
    wire [10:0] fld = pre | (rtop[15:5] >> k);
    wire [15:0] want_code = cfg_fp16 ? {fld[10], vexp[4:0], fld[9:0]} : {fld[10], vexp, fld[9:3]};
    wire [15:0] want_esc = cfg_fp16 ? {r16[10], r16[15:11], r16[9:0]} : {r16[7], r16[15:8], r16[6:0]};
    wire [15:0] want = esc ? want_esc : want_code;
    wire [7:0] nrp = m_rp + (esc ? 8'd16 : {4'd0, nbits});
    // a valid joint code for the configured format (FORMAT.md 5.1): k + nbits <= 1+M, and the
    // entry's {sign, mantissa} bits below its prefix are zero
    wire ok_entry = esc || ({1'b0, k} + {1'b0, nbits} <= (cfg_fp16 ? 5'd11 : 5'd8) && (vfield & (11'h7ff >> k)) == 11'd0);
"#
        }
    }
}

/// The data proof of a tANS decoder (`formal/<block>_data.v`), for every block of the manifest whose
/// golden model is `Golden::Tans` or `Golden::TansCtx`. The wrapper holds a reference decoder
/// written from FORMAT.md 3 and 5 alone (no signal of the block's inside): shadow tables filled from
/// the table write port; the tANS bytes (LSB-first) and raw bytes (MSB-first) of the input
/// handshakes; and a decoder that steps once per value leaving. For the state `x` of the value
/// leaving, `(code, nb, base) = table[x]` (a context decoder: the table of the class of the
/// value's column); the value must follow the code map (the joint code of the entry) and the raw
/// bits; `tlast` must mark the block's last value; the next state is `base | read_lsb(nb)`. A block
/// starts with `read_lsb(R)`, the next block's tANS bytes after the byte with `tlast`, its raw bits
/// at the next byte. A lane decoder is checked on one lane chosen freely (an `anyconst`, so every
/// lane): its streams feed the reference, its slot of every output beat must hold the lane's next
/// value while the lane has one in the block and be empty (`tkeep` clear, zero) once it has none.
/// Assumed: a reset in the first cycle only; the tables are written (valid entries,
/// [`tans_valid_entry_verilog`]) before any stream starts; the entries the reference reads were
/// written ("a loaded table"); a block's tANS packet ends with the byte that holds its last bit
/// (FORMAT.md 3.2: no byte follows); the lanes' value counts are those of one block. Checked for
/// every trace of the prove depth of [`tans_data_depth`] from reset and every valid table.
pub fn tans_data_wrapper(blk: &Block) -> Result<String, String> {
    let (r, kind) = tans_params(blk).ok_or(format!("{} is not a tANS decoder", blk.name))?;
    let block = blk.name;
    let ps = ports(blk);
    let lanes = match kind {
        TansKind::Pairs { lanes, .. } => lanes,
        TansKind::Ctx => 1,
    };
    let stream_ports = ["s_axis_ans_tdata", "s_axis_ans_tuser", "s_axis_ans_tlast", "s_axis_raw_tdata"];
    let mut need: Vec<String> = if lanes == 1 {
        stream_ports.iter().map(|s| s.to_string()).collect()
    } else {
        (0..lanes).flat_map(|l| stream_ports.iter().map(move |s| s.replacen("_t", &format!("_l{l}_t"), 1))).collect()
    };
    need.push("m_axis_tdata".into());
    if lanes > 1 {
        need.push("m_axis_tkeep".into());
    }
    let tbl: &[&str] = match kind {
        TansKind::Pairs { fa, .. } => {
            if fa {
                &["tbl_we", "tbl_addr", "tbl_code", "tbl_nb", "tbl_base", "tbl_exp", "tbl_esc", "tbl_nbits"]
            } else {
                &["tbl_we", "tbl_addr", "tbl_code", "tbl_nb", "tbl_base", "tbl_exp", "tbl_esc"]
            }
        }
        TansKind::Ctx => &[
            "tbl_we",
            "tbl_addr",
            "tbl_base",
            "tbl_nb",
            "tbl_nbits",
            "tbl_k",
            "tbl_esc",
            "tbl_value",
            "tbl_class",
            "tbl_fp16",
            "tbl_cols",
            "tbl_first",
            "tbl_step",
            "s_axis_raw_tkeep",
        ],
    };
    need.extend(tbl.iter().map(|s| s.to_string()));
    for n in &need {
        if !ps.iter().any(|p| &p.name == n) {
            return Err(format!("{block}: the tANS data proof needs a port {n} (FORMAT.md 3 framing)"));
        }
    }
    let width = |n: &str| ps.iter().find(|p| p.name == n).map(|p| p.width).unwrap_or(0);
    let nbw = width("tbl_nb");
    let aw = width("tbl_addr");
    let what = match kind {
        TansKind::Pairs { fa: false, lanes: 1 } => String::new(),
        TansKind::Pairs { fa: true, .. } => ", format-aware".into(),
        TansKind::Pairs { lanes, .. } => format!(", {lanes} lanes, every lane"),
        TansKind::Ctx => ", context coding pairs".into(),
    };
    let mut s = banner(
        &format!("{block}_data.v"),
        &format!("Data of {block} (R = {r}{what}) against a reference tANS decoder from FORMAT.md, for every table."),
    );
    s.push_str(&module_head(&format!("formal_{block}_data"), &ps));
    s.push_str(&output_wires(&ps));
    s.push_str(&dut_instance(block, &ps, &[]));
    let _ = writeln!(
        s,
        "    localparam R = {r}, N = {n}, W = {w}, NBM = {nbm}, AW = {aw};",
        n = TANS_DATA_BYTES,
        w = TANS_DATA_WRITES,
        nbm = nbw - 1
    );
    s.push_str(
        r#"    // a reset in the first cycle only
    reg f_past = 1'b0;
    always @(posedge aclk) f_past <= 1'b1;
    initial assume(!aresetn);
    always @(*) if (f_past) assume(aresetn);

"#,
    );
    // the streams of the reference: one lane's (a free constant `sel` picks it), or the block's
    if lanes == 1 {
        s.push_str(
            r#"    // the streams the reference decodes, and the value slot it checks
    wire [7:0] a_data = s_axis_ans_tdata;
    wire [15:0] a_user = s_axis_ans_tuser;
    wire a_last = s_axis_ans_tlast;
    wire ans_hs = aresetn && s_axis_ans_tvalid && s_axis_ans_tready;
    wire raw_hs = aresetn && s_axis_raw_tvalid && s_axis_raw_tready;
    wire streams_valid = s_axis_ans_tvalid || s_axis_raw_tvalid;
    wire o_keep = 1'b1;
    wire [15:0] o_data = m_axis_tdata;
"#,
        );
    } else {
        let _ = write!(
            s,
            r#"    // The lane the reference decodes: lane SEL, a parameter each prove task sets (one task per
    // lane: every lane is checked, and a fixed lane lets Yosys fold the lane choice away, which the
    // solver needs to finish); with SEL = -1 (the cover task, the mutants), any lane: a free constant.
    // FORMAT.md 3.4: value k of a block belongs to lane k mod N, in slot l of the output beat.
    localparam LANES = {lanes};
    parameter integer SEL = -1;
    (* anyconst *) reg [3:0] sel_any;
    always @(*) assume(sel_any < LANES);
    wire [3:0] sel = SEL < 0 ? sel_any : SEL;
    reg [7:0] a_data;
    reg [15:0] a_user;
    reg a_last, a_valid, a_ready, r_valid, r_ready;
    reg [7:0] r_data;
    always @(*) begin
        {{a_data, a_user, a_last, a_valid, a_ready, r_data, r_valid, r_ready}} = 0;
"#
        );
        for l in 0..lanes {
            let _ = writeln!(
                s,
                "        if (sel == {l}) {{a_data, a_user, a_last, a_valid, a_ready, r_data, r_valid, r_ready}} = \
                 {{s_axis_ans_l{l}_tdata, s_axis_ans_l{l}_tuser, s_axis_ans_l{l}_tlast, s_axis_ans_l{l}_tvalid, \
                 s_axis_ans_l{l}_tready, s_axis_raw_l{l}_tdata, s_axis_raw_l{l}_tvalid, s_axis_raw_l{l}_tready}};"
            );
        }
        let valids: Vec<String> =
            (0..lanes).flat_map(|l| [format!("s_axis_ans_l{l}_tvalid"), format!("s_axis_raw_l{l}_tvalid")]).collect();
        let _ = write!(
            s,
            r#"    end
    wire ans_hs = aresetn && a_valid && a_ready;
    wire raw_hs = aresetn && r_valid && r_ready;
    wire streams_valid = {valids};
    wire [{km}:0] o_keeps = m_axis_tkeep >> (2 * sel);
    wire o_keep = o_keeps[0];
    wire [{dm}:0] o_slot = m_axis_tdata >> (16 * sel);
    wire [15:0] o_data = o_slot[15:0];
    // The lanes' value counts are those of one block of n >= N values (lane l: ceil((n - l) / N)):
    // non-increasing with the lane, at least 1, lane 0's at most one more than any other's; for
    // every block (block b of a lane: the b-th packet on its tANS stream, its count sampled with
    // the packet's first byte; a trace has at most N bytes, so at most N blocks, per stream).
"#,
            valids = valids.join(" || "),
            km = 2 * lanes - 1,
            dm = 16 * lanes - 1,
        );
        for l in 0..lanes {
            let _ = write!(
                s,
                r#"    reg [15:0] fu{l} [0:N-1];
    reg [7:0] nb{l} = 8'd0;   // packets whose first byte lane {l} has taken
    reg mid{l} = 1'b0;        // lane {l} is inside a packet (its last byte taken had no tlast)
    integer b{l};
    always @(posedge aclk) if (aresetn && s_axis_ans_l{l}_tvalid && s_axis_ans_l{l}_tready) begin
        mid{l} <= !s_axis_ans_l{l}_tlast;
        if (!mid{l}) begin
            nb{l} <= nb{l} + 8'd1;
            for (b{l} = 0; b{l} < N; b{l} = b{l} + 1) if (nb{l} == b{l}) fu{l}[b{l}] <= s_axis_ans_l{l}_tuser;
        end
    end
"#
            );
        }
        s.push_str(
            "    integer bc;
    always @(*) begin
        for (bc = 0; bc < N; bc = bc + 1) begin
",
        );
        for l in 0..lanes {
            let _ = writeln!(s, "            if (nb{l} > bc) assume(fu{l}[bc] != 16'd0);");
            if l > 0 {
                let p = l - 1;
                let _ = writeln!(s, "            if (nb{l} > bc && nb{p} > bc) assume(fu{l}[bc] <= fu{p}[bc]);");
                let _ = writeln!(
                    s,
                    "            if (nb{l} > bc && nb0 > bc) assume({{1'b0, fu{l}[bc]}} + 17'd1 >= {{1'b0, fu0[bc]}});"
                );
            }
        }
        s.push_str(
            "        end
    end
",
        );
    }
    match kind {
        TansKind::Ctx => s.push_str(
            r#"    // raw beats: two bytes, the first in [7:0]; tkeep 2'b01 on a block's odd last byte
    always @(*) if (raw_hs) assume(s_axis_raw_tkeep[0]);
    wire [7:0] r_b0 = s_axis_raw_tdata[7:0];
    wire [7:0] r_b1 = s_axis_raw_tdata[15:8];
    wire [7:0] r_n = s_axis_raw_tkeep[1] ? 8'd2 : 8'd1;
"#,
        ),
        _ if lanes > 1 => {
            s.push_str("    wire [7:0] r_b0 = r_data;\n    wire [7:0] r_b1 = 8'd0;\n    wire [7:0] r_n = 8'd1;\n")
        }
        _ => s.push_str(
            "    wire [7:0] r_b0 = s_axis_raw_tdata;\n    wire [7:0] r_b1 = 8'd0;\n    wire [7:0] r_n = 8'd1;\n",
        ),
    }
    s.push_str(
        r#"
    // The table writes, logged in order (at most W: a trace only loads the entries it uses); an
    // entry's value is its last write. Tables are written before any stream starts.
    reg [7:0] nw = 8'd0;
    reg run = 1'b0;
    always @(*) if (tbl_we) assume(!run && !streams_valid && nw < W);
    always @(posedge aclk) begin
        if (streams_valid) run <= 1'b1;
        if (tbl_we) nw <= nw + 8'd1;
    end
"#,
    );
    match kind {
        TansKind::Pairs { fa, .. } => {
            let valid = tans_valid_entry_verilog("tbl_nb", "tbl_base");
            let nbits_write = if fa { "tbl_nbits" } else { "4'd8" };
            let nbits_assume = if fa { "\n        if (tbl_we && tbl_addr[R]) assume(tbl_nbits <= 4'd8);" } else { "" };
            let _ = write!(
                s,
                r#"    reg [R:0] log_a [0:W-1];
    reg [3:0] log_code [0:W-1];
    reg [NBM:0] log_nb [0:W-1];
    reg [R-1:0] log_base [0:W-1];
    reg [7:0] log_exp [0:W-1];
    reg log_esc [0:W-1];
    reg [3:0] log_nbits [0:W-1];
    always @(*) begin
        // a valid decode entry (FORMAT.md 3.2); code map entries at 2^R + c, c < 16
        if (tbl_we && !tbl_addr[R]) assume({valid});
        if (tbl_we && tbl_addr[R]) assume(tbl_addr[R-1:0] < 16);{nbits_assume}
    end
    integer jw;
    always @(posedge aclk) begin
        for (jw = 0; jw < W; jw = jw + 1)
            if (tbl_we && nw == jw) begin
                log_a[jw] <= tbl_addr;
                log_code[jw] <= tbl_code;
                log_nb[jw] <= tbl_nb;
                log_base[jw] <= tbl_base;
                log_exp[jw] <= tbl_exp;
                log_esc[jw] <= tbl_esc;
                log_nbits[jw] <= {nbits_write};
            end
    end
    // table[x] and cmap[c] as last written (wd, wm: written at all)
    function [R+NBM+5:0] dec_entry(input [R-1:0] x);
        integer q;
        begin
            dec_entry = 0;
            for (q = 0; q < W; q = q + 1)
                if (q < nw && log_a[q] == {{1'b0, x}}) dec_entry = {{1'b1, log_code[q], log_nb[q], log_base[q]}};
        end
    endfunction
    function [13:0] map_entry(input [3:0] c);
        integer q;
        begin
            map_entry = 0;
            for (q = 0; q < W; q = q + 1)
                if (q < nw && log_a[q] == {{1'b1, {{(R-4){{1'b0}}}}, c}}) map_entry = {{1'b1, log_esc[q], log_nbits[q], log_exp[q]}};
        end
    endfunction
"#
            );
        }
        TansKind::Ctx => {
            let valid = tans_valid_entry_verilog("tbl_nb", "tbl_base");
            // decode entries {class, state} below bit R+4, the column map below bit 12; the bits
            // between them and the two kind bits on top are zero
            let dec_pad = if aw - 2 > r + 4 { format!(" && tbl_addr[AW-3:{}] == 0", r + 4) } else { String::new() };
            let map_pad = if aw - 2 > 12 { " && tbl_addr[AW-3:12] == 0".to_string() } else { String::new() };
            let _ = write!(
                s,
                r#"    parameter integer FMT = -1;
    // kinds of entry (tbl_addr's top two bits): 0 decode entry {{class, state}}, 1 column map,
    // 2 configuration (FORMAT.md 5; the table port of the block's header)
    wire [1:0] w_kind = tbl_addr[AW-1:AW-2];
    always @(*) begin
        if (tbl_we) assume(w_kind != 2'd3);
        if (tbl_we && w_kind == 2'd0) assume({valid}{dec_pad});
        if (tbl_we && w_kind == 2'd0) assume({{1'b0, tbl_k}} + {{1'b0, tbl_nbits}} <= 5'd11);
        if (tbl_we && w_kind == 2'd1) assume(1'b1{map_pad});
        // a valid configuration: row length 1..4096, first column and step below it
        if (tbl_we && w_kind == 2'd2)
            assume(tbl_addr[AW-3:0] == 0 && tbl_cols != 0 && tbl_cols <= 13'd4096 && tbl_first < tbl_cols && tbl_step < tbl_cols);
        // the format: FMT (0 BF16, 1 FP16), a parameter each prove task sets (one task per format:
        // together every configuration; a fixed format lets Yosys fold the format's choices away),
        // or with FMT = -1 (the cover tasks, the mutants) either
        if (tbl_we && w_kind == 2'd2 && FMT >= 0) assume(tbl_fp16 == (FMT == 1));
    end
    reg [AW-1:0] log_a [0:W-1];
    reg [R-1:0] log_base [0:W-1];
    reg [NBM:0] log_nb [0:W-1];
    reg [3:0] log_nbits [0:W-1];
    reg [3:0] log_k [0:W-1];
    reg log_esc [0:W-1];
    reg [15:0] log_value [0:W-1];
    reg [3:0] log_class [0:W-1];
    // the configuration as last written (cfg_w: written at all)
    reg cfg_w = 1'b0;
    reg cfg_fp16;
    reg [12:0] cfg_cols;
    reg [11:0] cfg_first, cfg_step;
    integer jw;
    always @(posedge aclk) begin
        for (jw = 0; jw < W; jw = jw + 1)
            if (tbl_we && nw == jw) begin
                log_a[jw] <= tbl_addr;
                log_base[jw] <= tbl_base;
                log_nb[jw] <= tbl_nb;
                log_nbits[jw] <= tbl_nbits;
                log_k[jw] <= tbl_k;
                log_esc[jw] <= tbl_esc;
                log_value[jw] <= tbl_value;
                log_class[jw] <= tbl_class;
            end
        if (tbl_we && w_kind == 2'd2) begin
            cfg_w <= 1'b1;
            cfg_fp16 <= tbl_fp16;
            cfg_cols <= tbl_cols;
            cfg_first <= tbl_first;
            cfg_step <= tbl_step;
        end
    end
    // table[class][x] and column_class[col] as last written (top bit: written at all)
    function [R+NBM+26:0] dec_entry(input [3:0] c, input [R-1:0] x);
        integer q;
        begin
            dec_entry = 0;
            for (q = 0; q < W; q = q + 1)
                if (q < nw && log_a[q][AW-1:AW-2] == 2'd0 && log_a[q][R+3:0] == {{c, x}})
                    dec_entry = {{1'b1, log_esc[q], log_k[q], log_nbits[q], log_value[q], log_nb[q], log_base[q]}};
        end
    endfunction
    function [4:0] class_entry(input [11:0] col);
        integer q;
        begin
            class_entry = 0;
            for (q = 0; q < W; q = q + 1)
                if (q < nw && log_a[q][AW-1:AW-2] == 2'd1 && log_a[q][11:0] == col) class_entry = {{1'b1, log_class[q]}};
        end
    endfunction
"#
            );
        }
    }
    s.push_str(
        r#"
    // The input streams as received: tANS bytes (stream bit k = abits[k], LSB-first), their tlast and
    // tuser; raw bytes (stream bit k = rflat[8N-1-k], MSB-first).
    reg [7:0] m_blk = 8'd0;    // first tANS byte of the block (reference decoder, below)
    reg [8*N-1:0] abits;
    reg [N-1:0] alast;
    reg [16*N-1:0] auser;
    reg [7:0] na = 8'd0;
    reg [8*N-1:0] rflat;
    reg [7:0] nr = 8'd0;
    // a trace transfers at most N bytes on each stream (the buffers above)
    always @(*) begin
        if (ans_hs) assume(na < N);
        if (raw_hs) assume(nr + r_n <= N);
    end
    integer j;
    always @(posedge aclk) begin
        for (j = 0; j < N; j = j + 1) begin
            if (ans_hs && na == j) begin
                abits[8*j +: 8] <= a_data;
                alast[j] <= a_last;
                auser[16*j +: 16] <= a_user;
            end
            if (raw_hs && nr == j) rflat[8*N-1-8*j -: 8] <= r_b0;
            if (raw_hs && r_n == 8'd2 && nr + 8'd1 == j) rflat[8*N-1-8*j -: 8] <= r_b1;
        end
        if (ans_hs) na <= na + 8'd1;
        if (raw_hs) nr <= nr + r_n;
    end
    integer k_;
    reg [15:0] blk_user;
    always @(*) begin
        blk_user = 16'd0;
        for (k_ = 0; k_ < N; k_ = k_ + 1) if (m_blk == k_) blk_user = auser[16*k_ +: 16];
    end

    // The reference decoder, one step per value leaving (FORMAT.md 3.2, 3.3, 5).
    wire beat_hs = aresetn && m_axis_tvalid && m_axis_tready;
    wire out_hs = beat_hs && o_keep;
    reg m_fresh = 1'b1;        // the next value is a block's first: its state is read_lsb(R) at m_bp
    reg [R-1:0] m_state;       // state of the next value (when !m_fresh)
    reg [7:0] m_bp = 8'd0;     // tANS bit position
    reg [7:0] m_rp = 8'd0;     // raw bit position
    reg [15:0] m_cnt;          // values left in the block, this one included (when !m_fresh)
    reg [7:0] m_vals = 8'd0;   // values checked so far
    wire [8*N+15:0] a_at = {16'd0, abits} >> m_bp;
    wire [R-1:0] cur = m_fresh ? a_at[R-1:0] : m_state;
    wire [7:0] cbp = m_fresh ? m_bp + R : m_bp;
    wire [15:0] ccnt = m_fresh ? blk_user : m_cnt;
    wire [8*N+15:0] r_at = {rflat, 16'd0} << m_rp;
"#,
    );
    match kind {
        TansKind::Pairs { fa, .. } => {
            let _ = write!(
                s,
                r#"    wire [R+NBM+5:0] de = dec_entry(cur);
    wire wd = de[R+NBM+5];
    wire [3:0] code = de[R+NBM+4:R+NBM+1];
    wire [NBM:0] nb = de[R+NBM:R];
    wire [R-1:0] base = de[R-1:0];
    wire [13:0] me = map_entry(code);
    wire wm = me[13];
    wire esc = me[12];
    wire [3:0] nbits_map = me[11:8];
    wire [3:0] nbits = {nbits};
    wire loaded = wd && wm;
"#,
                nbits = if fa { "nbits_map" } else { "4'd8" }
            );
        }
        TansKind::Ctx => s.push_str(
            r#"    // the column of the value (a block starts at the configured first column; each value
    // steps it by the configured step modulo the row length) and its class
    reg [11:0] m_col;
    wire [11:0] ccol = m_fresh ? cfg_first : m_col;
    wire [12:0] col_s = {1'b0, ccol} + {1'b0, cfg_step};
    wire [11:0] ncol = col_s >= cfg_cols ? col_s - cfg_cols : col_s;
    wire [4:0] ce = class_entry(ccol);
    wire [3:0] cls = ce[3:0];
    wire [R+NBM+26:0] de = dec_entry(cls, cur);
    wire esc = de[R+NBM+25];
    wire [3:0] k = de[R+NBM+24:R+NBM+21];
    wire [3:0] nbits = de[R+NBM+20:R+NBM+17];
    wire [15:0] val = de[R+NBM+16:R+NBM+1];
    wire [NBM:0] nb = de[R+NBM:R];
    wire [R-1:0] base = de[R-1:0];
    wire loaded = cfg_w && ce[4] && de[R+NBM+26];
"#,
        ),
    }
    s.push_str(tans_value_verilog(kind));
    let last_check = if lanes == 1 {
        "            assert(m_axis_tlast == want_last);\n".to_string()
    } else {
        "            // lane 0's last value is in the block's last beat; a lane with a value in that beat has its last there\n            \
         if (sel == 0) assert(m_axis_tlast == want_last);\n            else if (m_axis_tlast) assert(want_last);\n"
            .to_string()
    };
    let lane_check = if lanes == 1 {
        String::new()
    } else {
        r#"    // the lane's slot is empty (tkeep clear, zero) exactly when the lane has delivered the block's
    // last value of its own and the block's last beat has not left
    reg m_done = 1'b0;
    always @(posedge aclk) begin
        if (f_past && beat_hs) begin
            if (m_axis_tlast) m_done <= 1'b0;
            else if (out_hs && want_last) m_done <= 1'b1;
        end
    end
    always @(*) begin
        if (f_past && beat_hs) begin
            assert(o_keep == !m_done);
            assert(o_keeps[1] == o_keep);
            if (!o_keep) assert(o_data == 16'd0);
        end
    end
"#
        .to_string()
    };
    let ctx_step = if kind == TansKind::Ctx { "                m_col <= ncol;\n" } else { "" };
    let _ = write!(
        s,
        r#"    wire want_last = ccnt == 16'd1;
    wire [8*N+15:0] n_at = {{16'd0, abits}} >> cbp;
    // the next state: base | read_lsb(nb) (FORMAT.md 3.2)
    wire [R-1:0] nxt = base | (n_at[R-1:0] & ~({{R{{1'b1}}}} << nb));
    wire [7:0] nbp = cbp + nb;
    // the block's tlast byte: the first at or after its first byte
    integer i;
    reg found;
    reg [7:0] last_byte;
    always @(*) begin
        found = 1'b0;
        last_byte = 8'd0;
        for (i = N - 1; i >= 0; i = i - 1)
            if (i >= m_blk && i < na && alast[i]) begin
                found = 1'b1;
                last_byte = i;
            end
    end
    always @(*) begin
        if (f_past && out_hs) begin
            // a loaded table: the entries this value reads were written (valid)
            assume(loaded && ok_entry);
            // a block's tANS packet ends with the byte holding its last bit (no byte follows)
            if (want_last) assume(found && {{last_byte[4:0], 3'd0}} + 8'd8 == ((nbp + 8'd7) & ~8'd7));
            assert(o_data == want);
{last_check}        end
    end
{lane_check}    always @(posedge aclk) begin
        if (f_past && out_hs) begin
            m_vals <= m_vals + 8'd1;
            if (want_last) begin
                m_fresh <= 1'b1;
                m_blk <= last_byte + 8'd1;
                m_bp <= {{last_byte[4:0] + 5'd1, 3'd0}};
                m_rp <= (nrp + 8'd7) & ~8'd7;
            end else begin
                m_fresh <= 1'b0;
                m_state <= nxt;
                m_bp <= nbp;
                m_rp <= nrp;
                m_cnt <= ccnt - 16'd1;
{ctx_step}            end
        end
    end
    // not vacuous (task cover): a third value leaves (two transitions checked), an escape, a block's
    // last value, a value taken after a stall; task reach (REACH = 1, at the prove depth): a value
    // whose state came from a transition (base | bits) leaves, so the prove task checks one
    parameter integer REACH = 0;
    reg o_stalled = 1'b0;
    always @(posedge aclk) o_stalled <= aresetn && m_axis_tvalid && !m_axis_tready;
    generate if (REACH != 0) begin : g_reach
        always @(posedge aclk) if (f_past) cover(out_hs && !m_fresh);
    end else begin : g_cover
        always @(posedge aclk) begin
            if (f_past) begin
                cover(out_hs && m_vals == 8'd2);
                cover(out_hs && esc);
                cover(out_hs && want_last);
                cover(out_hs && o_stalled);
{extra_cover}            end
        end
    end endgenerate
endmodule
`default_nettype wire
"#,
        extra_cover = match kind {
            TansKind::Pairs { fa: true, .. } =>
                "                cover(out_hs && !esc && nbits < 4'd8 && nbits != 4'd0);\n",
            TansKind::Pairs { lanes, .. } if lanes > 1 => {
                "                // a lane done with the block before lane 0 (an empty slot)\n                cover(beat_hs && !o_keep);\n"
            }
            TansKind::Ctx => {
                "                // FP16, a joint code with a prefix and raw bits, a column of a class other than 0\n                \
                 cover(out_hs && cfg_fp16 && !esc && k != 4'd0 && nbits != 4'd0);\n                cover(out_hs && cls != 4'd0);\n"
            }
            _ => "",
        },
    );
    Ok(s)
}

/// Lanes of a tANS decoder (1 for the one-lane and context decoders).
fn tans_lanes(blk: &Block) -> usize {
    match tans_params(blk) {
        Some((_, TansKind::Pairs { lanes, .. })) => lanes,
        _ => 1,
    }
}

/// The `.sby` of a tANS decoder's data proof: task `prove` (bounded, every trace of the prove
/// depth of [`tans_data_depth`] from reset), task `cover` (the checks are reached, within the cover
/// depth). A lane decoder's prove task is one task per lane (`prove_l<l>`, the wrapper's `SEL` set
/// to `l`): together they check every lane; its cover task reaches the covers on a lane chosen
/// freely.
pub fn tans_data_sby(blk: &Block, rtl: &str) -> String {
    let block = blk.name;
    let (d, c) = tans_data_depth(blk);
    let reach = d >= tans_transition_depth(blk);
    let lanes = tans_lanes(blk);
    let top = format!("formal_{block}_data");
    // the prove task's cases: (task, wrapper parameter, value)
    let cases: Vec<(String, &str, usize)> = match tans_params(blk) {
        Some((_, TansKind::Ctx)) => vec![("prove_bf16".into(), "FMT", 0), ("prove_fp16".into(), "FMT", 1)],
        _ if lanes > 1 => (0..lanes).map(|l| (format!("prove_l{l}"), "SEL", l)).collect(),
        _ => vec![],
    };
    let (tasks, chparam, what) = if cases.is_empty() {
        ("prove\n".to_string(), String::new(), "task prove".to_string())
    } else {
        let t: String = cases.iter().map(|(t, _, _)| format!("{t} prove\n")).collect();
        let ch: String = cases.iter().map(|(t, p, v)| format!("{t}: chparam -set {p} {v} {top}\n")).collect();
        let names: Vec<&str> = cases.iter().map(|(t, _, _)| t.as_str()).collect();
        (t, ch, format!("tasks {} (each a case: together every trace)", names.join(", ")))
    };
    let (reach_what, reach_task, reach_opts, reach_script) = if reach {
        (
            format!("task reach (a value after a state transition\n# leaves within those {d} cycles), "),
            "reach\n",
            format!("reach: mode cover\nreach: depth {d}\n"),
            format!("reach: chparam -set REACH 1 {top}\n"),
        )
    } else {
        (String::new(), "", String::new(), String::new())
    };
    format!(
        "# {block}_data.sby: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).\n\
         # Data of {block} against a reference tANS decoder (FORMAT.md 3, 5): {what} (bounded: every\n\
         # trace of {d} cycles from reset, every table), {reach_what}task cover (values, an escape, a stall,\n\
         # a block end are reached within {c} cycles).\n\
         [tasks]\n{tasks}{reach_task}cover\n\n\
         [options]\nprove: mode bmc\nprove: depth {d}\n{reach_opts}cover: mode cover\ncover: depth {c}\n\n\
         [engines]\nsmtbmc yices\n\n\
         [script]\nread_verilog -formal {block}.v\nread_verilog -formal {block}_data.v\n{chparam}\
         {reach_script}prep -top {top}\n\n\
         [files]\n{rtl}\n{block}_data.v\n"
    )
}

/// The `.sby` of a tANS data proof run on a mutant: bounded model checking from reset to `depth`
/// (a counterexample is a real trace), of lane `lane` of a lane decoder (`None`: any lane, a free
/// constant).
fn tans_data_mutant_sby(blk: &Block, rtl: &str, depth: usize, lane: Option<usize>) -> String {
    let block = blk.name;
    let top = format!("formal_{block}_data");
    let chparam = lane.map(|l| format!("chparam -set SEL {l} {top}\n")).unwrap_or_default();
    format!(
        "[options]\nmode bmc\ndepth {depth}\n\n\
         [engines]\nsmtbmc yices\n\n\
         [script]\nread_verilog -formal {block}.v\nread_verilog -formal {block}_data.v\n{chparam}prep -top {top}\n\n\
         [files]\n{rtl}\n{block}_data.v\n"
    )
}

// ------------------------------------------------------------------------------------------------
// tANS decoders: unbounded table proofs (k-induction), through the FORMAL read port of the tables.

/// Internal signals of the coding-pair decoder core (`TansDecoder`: `tans_decoder`, `_r8` and each
/// lane of `_x4`/`_x8`) that its table proof observes: the state register and its load (`fire`,
/// `state_nx`: the loaded state, before a reset clears its bit 0), the tANS byte buffer and bit
/// pointer, the output register's load (`free`, its fields `out_*_d`), the escape flag and the
/// escape's exponent.
const TANS_CORE_OBSERVE: [&str; 17] = [
    "state_q",
    "fire",
    "state_nx",
    "init_q",
    "p_q",
    "w0_q",
    "w1_q",
    "v0_q",
    "v1_q",
    "free",
    "out_sign_d",
    "out_exp_d",
    "out_mant_d",
    "m_valid_d",
    "esc_q",
    "esc_d",
    "esc_exp_q",
];

/// Internal signals of the format-aware decoder (`tans_decoder_fa`) that its table proof observes:
/// the state register, the tANS and raw (MSB-first) byte buffers with their bit pointers, the
/// decode steps (`fire`: a block's initial state, `dec`: a value's transition, `escf`: an
/// escape's value), the output register's load (`free`, its fields `out_*_d`) and the escape's
/// exponent.
const TANS_FA_OBSERVE: [&str; 25] = [
    "state_q",
    "state_d",
    "init_q",
    "p_q",
    "w0_q",
    "w1_q",
    "v0_q",
    "v1_q",
    "r0_q",
    "r1_q",
    "u0_q",
    "u1_q",
    "q_q",
    "dec",
    "fire",
    "escf",
    "free",
    "out_sign_d",
    "out_exp_d",
    "out_mant_d",
    "m_valid_d",
    "esc_q",
    "esc_d",
    "esc_exp_q",
    "esc_exp_d",
];

/// Internal signals of the context decoders (`tans_decoder_ctx`, `_r10`) that their table proof
/// observes: the state register, the tANS (three bytes) and raw (four bytes, MSB-first) buffers
/// with their bit pointers and byte counts, the decode steps (`fire`, `dec`, `escf`), the table
/// read (`tables_ren` at `tables_rstate`), the output value loaded and the escape's exponent.
const TANS_CTX_OBSERVE: [&str; 24] = [
    "state_q",
    "state_d",
    "init_q",
    "p_q",
    "a0_q",
    "a1_q",
    "a2_q",
    "ac_q",
    "r0_q",
    "r1_q",
    "r2_q",
    "q_q",
    "rc_q",
    "dec",
    "fire",
    "escf",
    "tables_ren",
    "tables_rstate",
    "esc_q",
    "esc_d",
    "esc_exp_q",
    "esc_exp_d",
    "m_valid_d",
    "val_d",
];

/// Internal signals of the context decoders' `tables` sub-module that their table proof observes:
/// the pipelined table read (`rd`), the class it was read for (`cls_q`) and the configured format.
const TANS_CTX_TABLES_OBSERVE: [&str; 3] = ["rd", "cls_q", "fp16_q"];

/// The modules of a tANS decoder whose internal signals its table proof observes, with the
/// signals (`emit::with_formal_ports`): a lane decoder's lane module (`<block>_lane`, one module
/// instantiated once per lane: every lane gets the ports, `formal_lane_<l>_<signal>` at the top);
/// empty for the others (their core is the top module: [`observed_signals`]).
pub fn observed_submodules(blk: &Block) -> Vec<(String, Vec<&'static str>)> {
    match tans_params(blk) {
        Some((_, TansKind::Pairs { fa: false, lanes })) if lanes > 1 => {
            vec![(format!("{}_lane", blk.name), TANS_CORE_OBSERVE.to_vec())]
        }
        Some((_, TansKind::Ctx)) => vec![(format!("{}_tables", blk.name), TANS_CTX_TABLES_OBSERVE.to_vec())],
        _ => vec![],
    }
}

/// The FORMAL-only ports of a block's top module in its generated Verilog (observation ports and
/// the tables' read ports): (name, is an input, width).
fn formal_ports(rtl: &str) -> Vec<(String, bool, usize)> {
    rtl.lines()
        .filter_map(|l| {
            let w: Vec<&str> = l.split_whitespace().collect();
            if w.len() < 4 || w[0] != "," || !(w[1] == "input" || w[1] == "output") {
                return None;
            }
            let name = w.last()?.to_string();
            let width = w
                .iter()
                .find(|x| x.starts_with('['))
                .and_then(|r| r.trim_start_matches('[').split(':').next()?.parse::<usize>().ok())
                .map_or(1, |msb| msb + 1);
            Some((name, w[1] == "input", width))
        })
        .collect()
}

/// The checks of one coding-pair core (`p`: the prefix of its FORMAL ports, `raw`: its raw
/// stream's port prefix, `l`: a suffix for the wrapper's own names) against the entry of state
/// `a` and the code map entry of its code, read through the tables' read port.
fn tans_core_checks(p: &str, raw: &str, l: &str) -> String {
    format!(
        r#"
    // ---- core {p}: the entry of state a and the code map entry of its code (read port)
    assign {p}tables_rstate = a;
    assign {p}tables_rcode = {p}tables_code;
    // the tANS bits buffered, from the pointer on (LSB-first), and how many the buffer holds
    wire [15:0] cat{l} = {{{p}w1_q, {p}w0_q}} >> {p}p_q;
    wire [4:0] have{l} = {p}v1_q ? 5'd16 : ({p}v0_q ? 5'd8 : 5'd0);
    wire [R-1:0] mask{l} = ~({{R{{1'b1}}}} << {p}tables_nb);
    wire [15:0] value{l} = {{{p}out_sign_d, {p}out_exp_d, {p}out_mant_d}};
    wire hs{l} = {raw}_tvalid && {raw}_tready;
    // the last raw byte taken (an escape's exponent byte)
    reg [7:0] last_raw{l};
    always @(posedge aclk) if (hs{l}) last_raw{l} <= {raw}_tdata;
    // in state a (loaded: the entry was written), past the block's initial state
    wire at{l} = {p}state_q == a && !{p}init_q && wr_a;
    // the loaded entry of state a is a valid one (the table port wrote only valid entries)
    always @(*) if (wr_a) assert({valid});
    always @(*) if (past_reset) begin
        // a block's initial state: the first R bits of the buffer
        if ({p}fire && {p}init_q) begin
            assert({p}state_nx == cat{l}[R-1:0]);
            assert({{2'd0, {p}p_q}} + R <= have{l});
        end
        // the state transition from state a: next state = base | the next nb bits, buffered
        if ({p}fire && at{l}) begin
            assert({p}state_nx == ({p}tables_base | (cat{l}[R-1:0] & mask{l})));
            assert({{2'd0, {p}p_q}} + {p}tables_nb <= have{l});
        end
        // a raw byte taken in state a: the value follows the code map of the state's code
        // ({{sign, exp, mantissa}}: exp the code map's, sign and mantissa the raw byte), or, for the
        // escape, no value yet: the escape cycle follows
        if (at{l} && !{p}esc_q && hs{l}) begin
            if ({p}tables_cmap[8]) begin
                assert(!{p}m_valid_d && {p}esc_d);
            end else begin
                assert({p}m_valid_d && {p}free);
                assert(value{l} == {{{raw}_tdata[7], {p}tables_cmap[7:0], {raw}_tdata[6:0]}});
            end
        end
        // the escape cycle: the exponent is the raw byte taken before, then {{sign, mantissa}}
        if ({p}esc_q) assert({p}esc_exp_q == last_raw{l});
        if ({p}esc_q && {p}m_valid_d) assert({p}free && value{l} == {{{raw}_tdata[7], last_raw{l}, {raw}_tdata[6:0]}});
    end
    always @(*) begin
        cover({p}fire && at{l});
        cover(at{l} && !{p}esc_q && hs{l} && !{p}tables_cmap[8]);
        cover(at{l} && !{p}esc_q && hs{l} && {p}tables_cmap[8]);
        cover({p}esc_q && {p}m_valid_d);
    end
"#,
        valid = tans_valid_entry_verilog(&format!("{p}tables_nb"), &format!("{p}tables_base")),
    )
}

/// The checks of the format-aware decoder against the entry of state `a` and the code map entry
/// of code `c` (both free constants), read through the tables' read port.
const TANS_FA_CHECKS: &str = r#"
    // ---- the entry of state a and the code map entry {esc, nbits, exp} of code c (read port)
    (* anyconst *) reg [3:0] c;
    reg wr_c;
    initial wr_c = 1'b0;
    always @(posedge aclk) if (tbl_we && tbl_addr[R] && tbl_addr[3:0] == c) wr_c <= 1'b1;
    // every code map entry written reads at most 8 raw bits (FORMAT.md 3.1)
    always @(*) if (tbl_we && tbl_addr[R]) assume(tbl_nbits <= 4'd8);
    always @(*) if (wr_c) assert(formal_tables_cmap[11:8] <= 4'd8);
    assign formal_tables_rstate = a;
    assign formal_tables_rcode = c;
    // the tANS bits buffered from the pointer on (LSB-first), the raw bits (MSB-first)
    wire [15:0] cat = {formal_w1_q, formal_w0_q} >> formal_p_q;
    wire [4:0] have = formal_v1_q ? 5'd16 : (formal_v0_q ? 5'd8 : 5'd0);
    wire [15:0] rcat = {formal_r0_q, formal_r1_q} << formal_q_q;
    wire [7:0] rw = rcat[15:8];
    wire [4:0] rhave = formal_u1_q ? 5'd16 : (formal_u0_q ? 5'd8 : 5'd0);
    wire [R-1:0] mask = ~({R{1'b1}} << formal_tables_nb);
    wire [3:0] nbits = formal_tables_cmap[11:8];
    wire [7:0] field = rw & ~(8'hff >> nbits);
    wire [15:0] value = {formal_out_sign_d, formal_out_exp_d, formal_out_mant_d};
    // in state a (loaded), its code c (loaded), past the block's initial state
    wire at = formal_state_q == a && !formal_init_q && wr_a && formal_tables_code == c && wr_c;
    always @(*) if (past_reset) begin
        // the bit pointers stay within a byte, the buffers fill from their first byte
        assert(formal_p_q <= 4'd7 && formal_q_q <= 4'd7);
        assert((!formal_v1_q || formal_v0_q) && (!formal_u1_q || formal_u0_q));
        // a block's initial state: the first R bits of the buffer
        if (formal_fire) begin
            assert(formal_state_d == cat[R-1:0]);
            assert({1'd0, formal_p_q} + R <= have);
        end
        if (formal_dec && at) begin
            // next state = base | the next nb bits, buffered
            assert(formal_state_d == (formal_tables_base | (cat[R-1:0] & mask)));
            assert({1'd0, formal_p_q} + formal_tables_nb <= have);
            if (formal_tables_cmap[12]) begin
                // the escape: no value yet, its exponent the next 8 raw bits
                assert(!formal_m_valid_d && formal_esc_d && formal_esc_exp_d == rw);
                assert({1'd0, formal_q_q} + 5'd8 <= rhave);
            end else begin
                // the value: exponent from the code map, {sign, mantissa} the top nbits raw bits
                assert(formal_m_valid_d && formal_free);
                assert(value == {field[7], formal_tables_cmap[7:0], field[6:0]});
                assert({1'd0, formal_q_q} + nbits <= rhave);
            end
        end
        // the escape's value: its exponent, then the next 8 raw bits as {sign, mantissa}
        if (formal_escf) begin
            assert(formal_esc_q && formal_m_valid_d && formal_free);
            assert(value == {rw[7], formal_esc_exp_q, rw[6:0]});
            assert({1'd0, formal_q_q} + 5'd8 <= rhave);
        end
    end
    always @(*) begin
        cover(formal_dec && at);
        cover(formal_dec && at && !formal_tables_cmap[12] && nbits != 0 && nbits != 8);
        cover(formal_dec && at && formal_tables_cmap[12]);
        cover(formal_escf);
    end
"#;

/// The checks of a context decoder against the decode entry at `{class, state}` = `A` (a free
/// constant) read through the tables' read port; `EW`, `NBW` the entry's and `nb`'s widths.
const TANS_CTX_CHECKS: &str = r#"
    // the format: FMT (a parameter each prove task sets), or with FMT = -1 (the cover task) any
    parameter integer FMT = -1;
    (* anyconst *) reg fmt_any;
    wire fmt = FMT < 0 ? fmt_any : FMT[0];
    // ---- the decode entry at A = {class, state} (read port): {esc, k, nbits, value, nb, base}
    (* anyconst *) reg [R+3:0] A;
    assign formal_tables_raddr = A;
    wire [EW-1:0] e = formal_tables_entry;
    wire [R-1:0] e_base = e[R-1:0];
    wire [NBW-1:0] e_nb = e[R+NBW-1:R];
    wire [15:0] e_val = e[R+NBW+15:R+NBW];
    wire [3:0] e_nbits = e[R+NBW+19:R+NBW+16];
    wire [3:0] e_k = e[R+NBW+23:R+NBW+20];
    wire e_esc = e[R+NBW+24];
    wire dwrite = tbl_we && tbl_addr[AW-1:AW-2] == 2'd0;
    reg wr_a;
    initial wr_a = 1'b0;
    always @(posedge aclk) if (dwrite && tbl_addr[R+3:0] == A) wr_a <= 1'b1;
    // the configuration was written (its format is FMT)
    reg wr_cfg;
    initial wr_cfg = 1'b0;
    always @(posedge aclk) if (tbl_we && tbl_addr[AW-1:AW-2] == 2'd2) wr_cfg <= 1'b1;
    always @(*) if (tbl_we && tbl_addr[AW-1:AW-2] == 2'd2) assume(tbl_fp16 == fmt);
    always @(*) if (wr_cfg) assert(formal_tables_fp16_q == fmt);
    // every decode entry written is a valid one: the tANS step (FORMAT.md 3.2) and a valid joint
    // code of the format (FORMAT.md 5.1: k + nbits <= 1+M, no entry bits below the prefix)
    function ok_code(input f16, input [15:0] val, input [3:0] k, input [3:0] nbits, input esc);
        reg [10:0] vf;
        begin
            vf = f16 ? {val[15], val[9:0]} : {val[15], val[6:0], 3'd0};
            ok_code = esc || ({1'b0, k} + {1'b0, nbits} <= (f16 ? 5'd11 : 5'd8) && (vf & (11'h7ff >> k)) == 11'd0);
        end
    endfunction
    always @(*) if (dwrite) assume(VALID_W && ok_code(fmt, tbl_value, tbl_k, tbl_nbits, tbl_esc));
    always @(*) if (wr_a) assert(VALID_E && ok_code(fmt, e_val, e_k, e_nbits, e_esc));
    // the pipelined table read: the address rd was read from, and whether it was written since;
    // rd holds the entry it was read from, unless that was written since
    wire [R+3:0] raddr_next = formal_tables_ren ? {formal_tables_cls_q, formal_tables_rstate} : rd_addr;
    reg [R+3:0] rd_addr;
    reg stale;
    initial stale = 1'b1;
    // (from the first cycle on: not guarded by a reset, which does not touch the tables)
    always @(*) if (rd_addr == A && !stale && wr_a) assert(formal_tables_rd == e);
    always @(posedge aclk) begin
        rd_addr <= raddr_next;
        stale <= (formal_tables_ren ? 1'b0 : stale) | (dwrite && tbl_addr[R+3:0] == raddr_next);
    end
    // the buffers: tANS bits from the pointer on (LSB-first), raw bits (MSB-first)
    wire [23:0] cat = {formal_a2_q, formal_a1_q, formal_a0_q} >> formal_p_q;
    wire [5:0] have = {formal_ac_q, 3'd0};
    wire [23:0] rcat = {formal_r0_q, formal_r1_q, formal_r2_q} << formal_q_q;
    wire [15:0] w16 = rcat[23:8];
    wire [5:0] rhave = {formal_rc_q, 3'd0};
    wire [R-1:0] mask = ~({R{1'b1}} << e_nb);
    // the value of the entry's joint code (FORMAT.md 5.1, 5.3; as in the data proof's reference)
    wire [10:0] vfield = fmt ? {e_val[15], e_val[9:0]} : {e_val[15], e_val[6:0], 3'd0};
    wire [7:0] vexp = fmt ? {3'd0, e_val[14:10]} : e_val[14:7];
    wire [10:0] pre = vfield & ~(11'h7ff >> e_k);
    wire [15:0] rtop = w16 & ~(16'hffff >> e_nbits);
    wire [10:0] fld = pre | (rtop[15:5] >> e_k);
    wire [15:0] want = fmt ? {fld[10], vexp[4:0], fld[9:0]} : {fld[10], vexp, fld[9:3]};
    // the escape: E raw bits (the exponent), then in the escape cycle 1+M bits ({sign, mantissa})
    wire [7:0] xexp = fmt ? {3'd0, w16[15:11]} : w16[15:8];
    wire [15:0] want_esc = fmt ? {w16[15], formal_esc_exp_q[4:0], w16[14:5]} : {w16[15], formal_esc_exp_q, w16[14:8]};
    // the entry in rd is A's (loaded, not written since), past the block's initial state
    wire at = rd_addr == A && !stale && wr_a && wr_cfg && !formal_init_q;
    always @(*) if (past_reset) begin
        // the bit pointers stay within a byte; the read address's state is the state register's
        assert(formal_p_q <= 3'd7 && formal_q_q <= 3'd7);
        if (!formal_init_q) assert(rd_addr[R-1:0] == formal_state_q);
        // a block's initial state: the first R bits of the buffer
        if (formal_fire) begin
            assert(formal_state_d == cat[R-1:0] && formal_tables_rstate == cat[R-1:0]);
            assert({3'd0, formal_p_q} + R <= have);
        end
        if (formal_dec && at) begin
            // next state = base | the next nb bits, buffered (and the next read is at that state)
            assert(formal_state_d == (e_base | (cat[R-1:0] & mask)) && formal_tables_rstate == formal_state_d);
            assert({3'd0, formal_p_q} + e_nb <= have);
            if (e_esc) begin
                assert(!formal_m_valid_d && formal_esc_d && formal_esc_exp_d == xexp);
                assert({3'd0, formal_q_q} + (fmt ? 6'd5 : 6'd8) <= rhave);
            end else begin
                assert(formal_m_valid_d && formal_val_d == want);
                assert({3'd0, formal_q_q} + e_nbits <= rhave);
            end
        end
        if (formal_escf && wr_cfg) begin
            assert(formal_esc_q && formal_m_valid_d && formal_val_d == want_esc);
            assert({3'd0, formal_q_q} + (fmt ? 6'd11 : 6'd8) <= rhave);
        end
    end
    always @(*) begin
        cover(formal_dec && at);
        cover(formal_dec && at && !e_esc && e_k != 0 && e_nbits != 0);
        cover(formal_dec && at && e_esc);
        cover(formal_escf && wr_cfg);
    end
"#;

/// The table proof of a tANS decoder (`formal/<block>_table.v`), unbounded (k-induction): for a
/// free constant state `a` whose decode entry was written (valid entries assumed at the table port),
/// read back through the FORMAL read port of the table memories (`formal_read_port` in
/// crates/xnc-rtl), the entry stays a valid one; a block's initial state is the first R buffered
/// bits; the transition from state `a` loads `base | bits` (`bits` the next `nb` bits of the tANS
/// buffer, all buffered); a raw byte taken in state `a` gives the value of the code map of the
/// state's code, or starts the escape, whose value has the raw byte before as its exponent. Every
/// lane of a lane decoder. `None` for a decoder this proof does not model yet.
pub fn tans_table_wrapper(blk: &Block, rtl: &str) -> Option<String> {
    let (r, kind) = tans_params(blk)?;
    let block = blk.name;
    let (lanes, fa) = match kind {
        TansKind::Pairs { fa, lanes } => (lanes, fa),
        TansKind::Ctx => (1, false),
    };
    let ps = ports(blk);
    let fp = formal_ports(rtl);
    let mut s = banner(
        &format!("{block}_table.v"),
        &format!(
            "Table proof of {block} (R = {r}): state transitions and values follow the loaded table, \
             read through the FORMAL read port (k-induction)."
        ),
    );
    s.push_str(&module_head(&format!("formal_{block}_table"), &ps));
    let _ = writeln!(s, "    localparam R = {r};");
    s.push_str(&output_wires(&ps));
    for (n, _, w) in &fp {
        let _ = writeln!(s, "    wire {}{n};", range(*w));
    }
    s.push_str(
        "    // every trace starts in reset; the checks hold from the first cycle after a reset on
    initial assume(!aresetn);
    reg past_reset;
    initial past_reset = 1'b0;
    always @(posedge aclk) if (!aresetn) past_reset <= 1'b1;
",
    );
    let fp_names: Vec<String> = fp.iter().map(|(n, _, _)| n.clone()).collect();
    s.push_str(&dut_instance(block, &ps, &fp_names));
    if kind != TansKind::Ctx {
        let _ = write!(
            s,
            r#"    // a free constant state a, and whether its decode entry was written (a loaded entry)
    (* anyconst *) reg [R-1:0] a;
    reg wr_a;
    initial wr_a = 1'b0;
    always @(posedge aclk) if (tbl_we && tbl_addr == {{1'b0, a}}) wr_a <= 1'b1;
    // every decode entry written is a valid one (FORMAT.md 3.2, formal::tans_valid_entry_verilog)
    always @(*) if (tbl_we && !tbl_addr[R]) assume({});
"#,
            tans_valid_entry_verilog("tbl_nb", "tbl_base")
        );
    }
    if kind == TansKind::Ctx {
        let width = |n: &str| fp.iter().find(|p| p.0 == n).map_or(0, |p| p.2);
        let _ = writeln!(
            s,
            "    localparam EW = {}, NBW = {}, AW = {};",
            width("formal_tables_entry"),
            ps.iter().find(|p| p.name == "tbl_nb").map_or(0, |p| p.width),
            ps.iter().find(|p| p.name == "tbl_addr").map_or(0, |p| p.width)
        );
        s.push_str(
            &TANS_CTX_CHECKS
                .replace("VALID_W", &tans_valid_entry_verilog("tbl_nb", "tbl_base"))
                .replace("VALID_E", &tans_valid_entry_verilog("e_nb", "e_base")),
        );
    } else if fa {
        s.push_str(TANS_FA_CHECKS);
    } else if lanes == 1 {
        s.push_str(&tans_core_checks("formal_", "s_axis_raw", ""));
    } else {
        for l in 0..lanes {
            s.push_str(&tans_core_checks(&format!("formal_lane_{l}_"), &format!("s_axis_raw_l{l}"), &l.to_string()));
        }
    }
    s.push_str("endmodule\n`default_nettype wire\n");
    Some(s)
}

/// Induction depth of the tANS table proofs (the escape's exponent is checked one cycle after it
/// was taken).
const TANS_TABLE_DEPTH: usize = 2;

/// Cover depth of the tANS table proofs: a reset, the table writes, the first bytes, an initial
/// state, a value, an escape and its value.
const TANS_TABLE_COVER_DEPTH: usize = 10;

/// Depth of the BMC run that must find a table check broken in a mutant: the covers of the table
/// proofs are reached within 5 cycles from reset (a transition from a loaded state, a value, an
/// escape and its value).
const TANS_TABLE_MUTANT_DEPTH: usize = 6;

/// The `.sby` of a tANS decoder's table proof: task `prove` (k-induction), task `cover` (every
/// check's condition is reached: a transition from a loaded state, a value, an escape, an escape's
/// value, on every lane).
pub fn tans_table_sby(blk: &Block, rtl: &str) -> String {
    let block = blk.name;
    let top = format!("formal_{block}_table");
    // a context decoder: one prove task per format (the wrapper's FMT), the cover task any format
    let (tasks, chparam) = if let Some((_, TansKind::Ctx)) = tans_params(blk) {
        (
            "prove_bf16 prove\nprove_fp16 prove\n".to_string(),
            format!("prove_bf16: chparam -set FMT 0 {top}\nprove_fp16: chparam -set FMT 1 {top}\n"),
        )
    } else {
        ("prove\n".to_string(), String::new())
    };
    format!(
        "# {block}_table.sby: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).\n\
         # Table proof of {block}: task prove (k-induction, unbounded), task cover (the checks are reached).\n\
         [tasks]\n{tasks}cover\n\n\
         [options]\nprove: mode prove\nprove: depth {TANS_TABLE_DEPTH}\ncover: mode cover\ncover: depth {TANS_TABLE_COVER_DEPTH}\n\n\
         [engines]\nsmtbmc yices\n\n\
         [script]\nread_verilog -formal {block}.v\nread_verilog -formal {block}_table.v\n{chparam}prep -top {top}\n\n\
         [files]\n{rtl}\n{block}_table.v\n"
    )
}

/// A deliberately broken copy of a generated block, which a proof must reject.
#[derive(Debug, Clone)]
pub struct Mutant {
    /// Mutant name (file stem).
    pub name: &'static str,
    /// The block it breaks.
    pub block: &'static str,
    /// What is broken, in words.
    pub what: &'static str,
    /// The exact generated line (or part of it) replaced; it must occur exactly once.
    pub find: &'static str,
    /// Its replacement.
    pub replace: &'static str,
    /// The proof expected to fail: `axis` (the block's AXI4-Stream proof), `inv` (its invariant
    /// proof), `data` (a tANS decoder's data proof; `data_lane<l>`: on lane `l` of a lane decoder),
    /// `table` (a tANS decoder's table proof, as BMC from reset), `records` (an unpacker's tiling
    /// lemma of the packer -> unpacker chain), `len` (an unpacker's length lemma, by SAT sweeping:
    /// the mutant's proof is a `proof.ys`), `chunk` (a packer's chunk-path lemma, the same way),
    /// `gather` (an unpacker's gather lemma, the same way), `comb` (the structural check that no
    /// `s_axis_*_tready` depends combinationally on its own `tvalid`: `formal.sh`, a `proof.comb`) or
    /// a round-trip lemma name.
    pub proof: &'static str,
}

/// Every mutant; [`mutate`] applies one.
pub fn mutants() -> Vec<Mutant> {
    vec![
        Mutant {
            name: "xnc_compressor_out_always_enabled",
            block: "xnc_compressor",
            what: "the output register ignores m_axis_tready (always enabled)",
            find: "en4 = ~s4_valid_q | m_axis_tready;",
            replace: "en4 = 1'b1;",
            proof: "axis",
        },
        Mutant {
            name: "xnc_decompressor_out_always_enabled",
            block: "xnc_decompressor",
            what: "the output register ignores m_axis_tready (always enabled)",
            find: "en3 = ~s3_valid_q | m_axis_tready;",
            replace: "en3 = 1'b1;",
            proof: "axis",
        },
        Mutant {
            name: "tans_decoder_valid_in_reset",
            block: "tans_decoder",
            what: "m_axis_tvalid follows the output valid register while aresetn is low (no & aresetn)",
            find: "m_axis_tvalid = m_valid_q & aresetn;",
            replace: "m_axis_tvalid = m_valid_q;",
            proof: "axis",
        },
        Mutant {
            name: "xnc_decompressor_reset_keeps_output",
            block: "xnc_decompressor",
            what: "aresetn does not clear the output stage's valid",
            find: "            s3_valid_d = 1'b0;\n        end\n    end\n",
            replace: "        end\n    end\n",
            proof: "axis",
        },
        Mutant {
            name: "xnc_packer_ignores_tready",
            block: "xnc_packer",
            what: "a memory word counts as taken whether or not m_axis_tready is high",
            find: "leave = out_valid_q & m_axis_tready;",
            replace: "leave = out_valid_q;",
            proof: "axis",
        },
        Mutant {
            name: "xnc_unpacker_256_ignores_tready",
            block: "xnc_unpacker_256",
            what: "the output register loads a new record whether or not m_axis_tready took the one it holds",
            find: "out_free = ~out_valid_q | m_axis_tready;",
            replace: "out_free = 1'b1;",
            proof: "axis",
        },
        // The unpackers' output rules are proved by k-induction (`xnc_unpacker*_axis`): the output
        // register is the only source of m_axis_* and is written only on `advance` (its enable,
        // `out_free`, is `~out_valid_q | m_axis_tready`). Each mutant below breaks one part of
        // that hold logic (payload, tvalid, enable) and must be caught at both widths; the
        // 512-bit ones run in `--full` (`full_only` in scripts/formal.sh: the 512-bit model is
        // 3-4 times slower), their 256-bit twins, from the same generator, in the gating set.
        Mutant {
            name: "xnc_unpacker_ignores_tready",
            block: "xnc_unpacker",
            what: "the output register loads a new record whether or not m_axis_tready took the one it holds",
            find: "out_free = ~out_valid_q | m_axis_tready;",
            replace: "out_free = 1'b1;",
            proof: "axis",
        },
        Mutant {
            name: "xnc_unpacker_256_tuser_loads_in_stall",
            block: "xnc_unpacker_256",
            what: "the output register's length (tuser) follows stage A's while a record waits for m_axis_tready",
            find: "out_len_d = out_len_q;\n        out_last_d = out_last_q;\n        out_valid_d = out_valid_q & ~",
            replace: "out_len_d = len_q;\n        out_last_d = out_last_q;\n        out_valid_d = out_valid_q & ~",
            proof: "axis",
        },
        Mutant {
            name: "xnc_unpacker_tuser_loads_in_stall",
            block: "xnc_unpacker",
            what: "the output register's length (tuser) follows stage A's while a record waits for m_axis_tready",
            find: "out_len_d = out_len_q;\n        out_last_d = out_last_q;\n        out_valid_d = out_valid_q & ~",
            replace: "out_len_d = len_q;\n        out_last_d = out_last_q;\n        out_valid_d = out_valid_q & ~",
            proof: "axis",
        },
        Mutant {
            name: "xnc_unpacker_256_valid_drops_in_stall",
            block: "xnc_unpacker_256",
            what: "the output register's valid is cleared after one cycle whether or not m_axis_tready took the record",
            find: "out_valid_d = out_valid_q & ~m_axis_tready;",
            replace: "out_valid_d = 1'b0;",
            proof: "axis",
        },
        Mutant {
            name: "xnc_unpacker_valid_drops_in_stall",
            block: "xnc_unpacker",
            what: "the output register's valid is cleared after one cycle whether or not m_axis_tready took the record",
            find: "out_valid_d = out_valid_q & ~m_axis_tready;",
            replace: "out_valid_d = 1'b0;",
            proof: "axis",
        },
        Mutant {
            name: "tans_decoder_ans_tready_waits_for_tvalid",
            block: "tans_decoder",
            what: "s_axis_ans_tready is gated by s_axis_ans_tvalid (a combinational path tvalid -> tready)",
            find: "s_axis_ans_tready = aresetn & ~ans_last_q & (~v1_q | shift);",
            replace: "s_axis_ans_tready = aresetn & ~ans_last_q & (~v1_q | shift) & s_axis_ans_tvalid;",
            proof: "comb",
        },
        Mutant {
            name: "xnc_unpacker_256_ignores_room",
            block: "xnc_unpacker_256",
            what: "a record is taken whether or not all its bits are in the queue (the room check dropped)",
            find: "complete = rd_low & (len_wide <= room);",
            replace: "complete = rd_low;",
            proof: "inv",
        },
        Mutant {
            name: "xnc_unpacker_256_keeps_pointer",
            block: "xnc_unpacker_256",
            what: "the queue moves down a slot but the read pointer does not lose the slot's W bits",
            find: "rd_d = rd_c - k_w;",
            replace: "rd_d = rd_c;",
            proof: "inv",
        },
        Mutant {
            name: "xnc_unpacker_256_slots_swapped",
            block: "xnc_unpacker_256",
            what: "the gather reads slot 2's word where slot 1's belongs (the stream order broken)",
            find: "ring1 = ({{768{1'b0}}, slot1_q}) << k_slot2;",
            replace: "ring1 = ({{768{1'b0}}, slot2_q}) << k_slot2;",
            proof: "records",
        },
        Mutant {
            name: "xnc_unpacker_256_gather_shifts_two",
            block: "xnc_unpacker_256",
            what: "the gather's third radix-4 stage shifts by 2 where the offset's digit asks for 1 (the window lands a bit off)",
            find: "shl1_2 = stage_2 << k_dist1_2;",
            replace: "shl1_2 = stage_2 << k_dist2_2;",
            proof: "gather",
        },
        Mutant {
            name: "xnc_unpacker_256_len_miscounts",
            block: "xnc_unpacker_256",
            what: "a record with F = 1 gets the length 417 - 4 n, not 417 - 3 n (n selectors set): a wrong tuser",
            find: "len = k_len_f1 - nsel3;",
            replace: "len = k_len_f1 - nsel4;",
            proof: "len",
        },
        Mutant {
            name: "xnc_packer_256_rotates_two",
            block: "xnc_packer_256",
            what: "the rotator's last radix-4 stage rotates by 2 where its code asks for 1 (a chunk lands one bit off)",
            find: "rot1_3 = (stage_3 >> k_d1_3) | (stage_3 << k_d1n_3);",
            replace: "rot1_3 = (stage_3 >> k_d2_3) | (stage_3 << k_d2n_3);",
            proof: "chunk",
        },
        Mutant {
            name: "tans_decoder_out_always_enabled",
            block: "tans_decoder",
            what: "the output data register's sign and mantissa load while a beat is stalled",
            find: "        if (free) begin\n            out_sign_d = s_axis_raw_tdata[32'h7];\n            \
                   out_mant_d = (s_axis_raw_tdata[6:0]);\n",
            replace:
                "        out_sign_d = s_axis_raw_tdata[32'h7];\n        out_mant_d = (s_axis_raw_tdata[6:0]);\n        \
                      if (free) begin\n",
            proof: "axis",
        },
        Mutant {
            name: "tans_decoder_fa_out_always_enabled",
            block: "tans_decoder_fa",
            what: "the output data register's sign and mantissa load while a beat is stalled",
            find: "        if (free) begin\n            out_sign_d = rwin_out[32'h7] & tables_smask;\n            \
                   out_mant_d = (rwin_out[6:0]) & tables_mmask;\n",
            replace: "        out_sign_d = rwin_out[32'h7] & tables_smask;\n        \
                      out_mant_d = (rwin_out[6:0]) & tables_mmask;\n        if (free) begin\n",
            proof: "axis",
        },
        Mutant {
            name: "tans_decoder_state_ignores_mask",
            block: "tans_decoder",
            what: "the next state is base | window: the bits past nb are not masked off",
            find: "nstate = (window & mask) | (base_rd & ~mask);",
            replace: "nstate = base_rd | window;",
            proof: "data",
        },
        Mutant {
            name: "tans_decoder_x4_lane_order",
            block: "tans_decoder_x4",
            what: "output slot 1 carries lane 0's values (the lane order of FORMAT.md 3.4 broken)",
            find: "assign lane_data[31:16] = lane_1_m_axis_tdata;",
            replace: "assign lane_data[31:16] = lane_0_m_axis_tdata;",
            proof: "data_lane1",
        },
        Mutant {
            name: "tans_decoder_ctx_prefix_ignored",
            block: "tans_decoder_ctx",
            what: "a joint code's raw bits are taken from the top of the raw window, not after its k prefix bits",
            find: "f = (win >> k) & m;",
            replace: "f = win & m;",
            proof: "data",
        },
        Mutant {
            name: "tans_decoder_cmap_exp_lsb",
            block: "tans_decoder",
            what: "the code map's exponent loses its low bit (a wrong code-map output)",
            find: "{esc, exp} = cmap_rd;",
            replace: "{esc, exp} = {cmap_rd[8:1], 1'b0};",
            proof: "data",
        },
        Mutant {
            name: "tans_decoder_x4_lane3_base_halved",
            block: "tans_decoder_x4",
            what: "lane 3's table is loaded with every state's base halved (the lane instance's `tbl_base` \
                   shifted right): its first value is right, its state transitions wrong",
            find: ".tbl_base(lane_3_tbl_base),",
            replace: ".tbl_base(lane_3_tbl_base >> 1),",
            proof: "data_lane3",
        },
        Mutant {
            name: "tans_decoder_fa_state_ignores_mask",
            block: "tans_decoder_fa",
            what: "the format-aware decoder's next state is base | window: the bits past nb are not masked off",
            find: "state_d = tables_base | (window_out & tables_mask);",
            replace: "state_d = tables_base | window_out;",
            proof: "table",
        },
        Mutant {
            name: "tans_decoder_x8_lane7_base_halved",
            block: "tans_decoder_x8",
            what: "lane 7's table is loaded with every state's base halved (the lane instance's `tbl_base` \
                   shifted right): its state transitions do not follow the loaded table",
            find: ".tbl_base(lane_7_tbl_base),",
            replace: ".tbl_base(lane_7_tbl_base >> 1),",
            proof: "table",
        },
        Mutant {
            name: "tans_decoder_ctx_state_ignores_mask",
            block: "tans_decoder_ctx",
            what: "the next state is base | window: the window bits past nb are not masked off",
            find: "mask = ~({6{1'b1}} << nb);",
            replace: "mask = {6{1'b1}};",
            proof: "data",
        },
        Mutant {
            name: "xnc_decompressor_drops_not",
            block: "xnc_decompressor",
            what: "word 5 is not passed through the inverse NOT",
            find: "s2_w_5_d = s1_t_5 ^ k_not;",
            replace: "s2_w_5_d = s1_t_5;",
            proof: "rt_gather_0",
        },
    ]
}

/// The Verilog of `m.block` with the mutation applied; `Err` when the text to replace does not
/// occur exactly once (the generated Verilog changed: update the mutant).
pub fn mutate(m: &Mutant, verilog: &str) -> Result<String, String> {
    let n = verilog.matches(m.find).count();
    if n != 1 {
        return Err(format!("mutant {}: {:?} occurs {n} times in {}.v (expected once)", m.name, m.find, m.block));
    }
    Ok(verilog.replacen(m.find, m.replace, 1))
}

// ------------------------------------------------------------------------------------------------
// The XNC round trip.

/// The independent specification of XNC (SPEC section 3, FORMAT.md 2.2) that the round-trip facts
/// refer to: computed from the transformed words D (as the compressor's 32-bit stage-1 registers
/// hold them), written as plainly as possible (linear sums and ORs, not the hardware's trees).
pub fn xnc_spec() -> String {
    let mut s = banner(
        "xnc_spec.v",
        "XNC as SPEC section 3 and FORMAT.md 2.2 define it, for the round-trip lemmas (not synthesizable use).",
    );
    s.push_str(
        "// Inputs: d = the 32 transformed words, word i in d[32i+15:32i] (the compressor's stage-1 form).\n\
         // Outputs: ok/eq5 per word, the header {F, S0..S31}, widths, the codes (left-aligned in 16 bits,\n\
         // zero below their width), the inverse NOT of each word, the prefix XOR of those (= the chunk);\n\
         // for the fixed-position layout: which words are long, each long word's extension unit in a 4-bit\n\
         // slot (F=1 {b13, b12, b11, 0}, F=0 {b14, b2, b1, b0}; 0 for a short word), the short words before\n\
         // each long word (0 for a short word), the long words before each word, the number of long\n\
         // words, the units in word order (slot k = the unit of the k-th long word, 0 past the last),\n\
         // each short part left-aligned in 16 bits, the 545-bit record and its length.\n\
         `default_nettype none\n\
         module xnc_spec (\n    input wire [1023:0] d,\n    output wire [31:0] ok,\n    output wire [31:0] eq5,\n\
         \x20   output wire [32:0] hdr,\n    output wire [319:0] w,\n    output wire [511:0] code,\n\
         \x20   output wire [511:0] und,\n    output wire [511:0] x,\n    output wire [31:0] long,\n\
         \x20   output wire [127:0] unit,\n    output wire [191:0] zc,\n    output wire [191:0] nlb,\n\
         \x20   output wire [5:0] nl,\n    output wire [127:0] slot,\n    output wire [511:0] short,\n\
         \x20   output wire [544:0] rec,\n    output wire [9:0] len\n);\n",
    );
    for i in 0..32 {
        let _ = writeln!(s, "    wire [15:0] d{i} = d[{}:{}];", 32 * i + 15, 32 * i);
        let _ = writeln!(s, "    assign ok[{i}] = (d{i}[14] == d{i}[15]) && (d{i}[2:0] == 3'b000);");
        let _ = writeln!(s, "    assign eq5[{i}] = (d{i}[15:11] == 5'b00000) || (d{i}[15:11] == 5'b11111);");
    }
    s.push_str("    wire f = &ok;\n    assign hdr[32] = f;\n");
    for i in 0..32 {
        let _ = writeln!(s, "    wire s{i} = f ? eq5[{i}] : ok[{i}];");
        let _ = writeln!(s, "    assign hdr[{}] = s{i};", 31 - i);
        let _ = writeln!(s, "    wire [4:0] w{i} = f ? (s{i} ? 5'd9 : 5'd12) : (s{i} ? 5'd12 : 5'd16);");
        let _ = writeln!(s, "    assign w[{}:{}] = {{5'd0, w{i}}};", 10 * i + 9, 10 * i);
        let _ = writeln!(
            s,
            "    wire [15:0] c{i} = (f && s{i}) ? {{d{i}[15], d{i}[10:3], 7'b0}} : (f || s{i}) ? {{d{i}[15], d{i}[13:3], 4'b0}} : d{i};"
        );
        let _ = writeln!(s, "    assign code[{}:{}] = c{i};", 16 * i + 15, 16 * i);
        let _ = writeln!(s, "    wire [15:0] u{i} = d{i}[15] ? (d{i} ^ 16'h7800) : d{i};");
        let _ = writeln!(s, "    assign und[{}:{}] = u{i};", 16 * i + 15, 16 * i);
        if i == 0 {
            s.push_str("    wire [15:0] x0 = u0;\n");
        } else {
            let _ = writeln!(s, "    wire [15:0] x{i} = x{} ^ u{i};", i - 1);
        }
        let _ = writeln!(s, "    assign x[{}:{}] = x{i};", 16 * i + 15, 16 * i);
        // the fixed-position layout: a long word has S_i = 0
        let _ = writeln!(s, "    wire l{i} = ~s{i};\n    assign long[{i}] = l{i};");
        let _ = writeln!(
            s,
            "    wire [3:0] e{i} = ~l{i} ? 4'd0 : f ? {{d{i}[13:11], 1'b0}} : {{d{i}[14], d{i}[2:0]}};\n    assign unit[{}:{}] = e{i};",
            4 * i + 3,
            4 * i
        );
        if i == 0 {
            s.push_str("    wire [5:0] nlb0 = 6'd0;\n");
        } else {
            let _ = writeln!(s, "    wire [5:0] nlb{i} = nlb{} + {{5'd0, l{}}};", i - 1, i - 1);
        }
        let _ = writeln!(s, "    assign nlb[{}:{}] = nlb{i};", 6 * i + 5, 6 * i);
        let _ = writeln!(s, "    assign zc[{}:{}] = l{i} ? 6'd{i} - nlb{i} : 6'd0;", 6 * i + 5, 6 * i);
        let _ = writeln!(
            s,
            "    assign short[{}:{}] = f ? {{d{i}[15], d{i}[10:3], 7'b0}} : {{d{i}[15], d{i}[13:3], 4'b0}};",
            16 * i + 15,
            16 * i
        );
    }
    s.push_str("    assign nl = nlb31 + {5'd0, l31};\n");
    // slot k: the unit of the long word with k long words before it (an OR over every word)
    for k in 0..32 {
        let terms: Vec<String> = (0..32).map(|i| format!("((l{i} && nlb{i} == 6'd{k}) ? e{i} : 4'd0)")).collect();
        let _ = writeln!(s, "    wire [3:0] sl{k} = {};", terms.join(" | "));
        let _ = writeln!(s, "    assign slot[{}:{}] = sl{k};", 4 * k + 3, 4 * k);
    }
    // the record (FORMAT.md 2.2): {F, S0..S31}, the short parts at fixed places, the units in word
    // order (F=1 3 bits, F=0 4 bits each), zeros after its end
    let p1: Vec<String> = (0..32).map(|i| format!("d{i}[15], d{i}[10:3]")).collect();
    let e1: Vec<String> = (0..32).map(|k| format!("sl{k}[3:1]")).collect();
    let p0: Vec<String> = (0..32).map(|i| format!("d{i}[15], d{i}[13:3]")).collect();
    let e0: Vec<String> = (0..32).map(|k| format!("sl{k}")).collect();
    let _ = writeln!(s, "    wire [511:0] body1 = {{{}, {}, 128'd0}};", p1.join(", "), e1.join(", "));
    let _ = writeln!(s, "    wire [511:0] body0 = {{{}, {}}};", p0.join(", "), e0.join(", "));
    s.push_str("    assign rec = {f, hdr[31:0], f ? body1 : body0};\n");
    let ws: Vec<String> = (0..32).map(|i| format!("{{5'd0, w{i}}}")).collect();
    let _ = writeln!(s, "    assign len = 10'd33 + {};", ws.join(" + "));
    s.push_str("endmodule\n`default_nettype wire\n");
    s
}

/// A value of the datapath that the chain of lemmas talks about: a register of the
/// compressor (`c`) or decompressor (`d`), or the chunk X, with its width in the wrapper.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Sym {
    /// The chunk on the compressor's input.
    X,
    /// Compressor stage 1: transformed words (32 x 32 bits).
    D,
    /// Compressor stage 1: ok bits.
    Ok,
    /// Compressor stage 1: eq5 bits.
    Eq5,
    /// Compressor stage 1: the flag F (the AND of the ok bits).
    F1,
    /// Compressor stage 2: header {F, S}.
    H2,
    /// Compressor stage 2: the transformed words (32 x 16).
    W2,
    /// Compressor stage 2: each long word's extension unit in a 4-bit slot (32 x 4).
    U2,
    /// Compressor stage 2: each long word's shift count, the short words before it (32 x 6).
    Z2,
    /// Compressor stage 2: the number of long words.
    N2,
    /// Compressor stage 3: header.
    H3,
    /// Compressor stage 3: the transformed words.
    W3,
    /// Compressor stage 3: the compacted units, slot k the k-th long word's (32 x 4).
    E3,
    /// Compressor stage 3: the number of long words.
    N3,
    /// Compressor stage 4: the record (the decompressor's input).
    Rec,
    /// Compressor stage 4: the record length (`m_axis_tuser`).
    Len,
    /// Decompressor stage 1: header.
    Dh1,
    /// Decompressor stage 1: four times the long words before each word (32 x 7).
    R1,
    /// Decompressor stage 1: the units, slot k at bits 127-4k..124-4k.
    Sl1,
    /// Decompressor stage 1: the short parts, left-aligned in 16 bits (32 x 16).
    S1,
    /// Decompressor stage 2: each transformed word after the inverse NOT (32 x 16).
    Z,
    /// Decompressor stage 3: the output words (32 x 16).
    Y,
}

impl Sym {
    /// Every symbol, in datapath order.
    const ALL: [Sym; 22] = [
        Sym::X,
        Sym::D,
        Sym::Ok,
        Sym::Eq5,
        Sym::F1,
        Sym::H2,
        Sym::W2,
        Sym::U2,
        Sym::Z2,
        Sym::N2,
        Sym::H3,
        Sym::W3,
        Sym::E3,
        Sym::N3,
        Sym::Rec,
        Sym::Len,
        Sym::Dh1,
        Sym::R1,
        Sym::Sl1,
        Sym::S1,
        Sym::Z,
        Sym::Y,
    ];

    fn name(self) -> &'static str {
        match self {
            Sym::X => "X",
            Sym::D => "D",
            Sym::Ok => "OK",
            Sym::Eq5 => "EQ5",
            Sym::F1 => "F1",
            Sym::H2 => "H2",
            Sym::W2 => "W2",
            Sym::U2 => "U2",
            Sym::Z2 => "Z2",
            Sym::N2 => "N2",
            Sym::H3 => "H3",
            Sym::W3 => "W3",
            Sym::E3 => "E3",
            Sym::N3 => "N3",
            Sym::Rec => "REC",
            Sym::Len => "LEN",
            Sym::Dh1 => "DH1",
            Sym::R1 => "R1",
            Sym::Sl1 => "SL1",
            Sym::S1 => "S1",
            Sym::Z => "Z",
            Sym::Y => "Y",
        }
    }

    /// What the symbol holds, in words (the comment of its cut group in the twins).
    fn what(self) -> &'static str {
        match self {
            Sym::X => "the chunk on the compressor's input",
            Sym::D => "compressor stage 1: the transformed words (32 x 32 bits)",
            Sym::Ok => "compressor stage 1: the ok bits",
            Sym::Eq5 => "compressor stage 1: the eq5 bits",
            Sym::F1 => "compressor stage 1: the flag F",
            Sym::H2 => "compressor stage 2: the header {F, S}",
            Sym::W2 => "compressor stage 2: the transformed words (32 x 16)",
            Sym::U2 => "compressor stage 2: each long word's extension unit (32 x 4)",
            Sym::Z2 => "compressor stage 2: each long word's shift count (32 x 6)",
            Sym::N2 => "compressor stage 2: the number of long words",
            Sym::H3 => "compressor stage 3: the header",
            Sym::W3 => "compressor stage 3: the transformed words",
            Sym::E3 => "compressor stage 3: the compacted units, slot k the k-th long word's (32 x 4)",
            Sym::N3 => "compressor stage 3: the number of long words",
            Sym::Rec => "compressor stage 4: the record",
            Sym::Len => "compressor stage 4: the record length",
            Sym::Dh1 => "decompressor stage 1: the header",
            Sym::R1 => "decompressor stage 1: four times the long words before each word (32 x 7)",
            Sym::Sl1 => "decompressor stage 1: the units, slot k at bits 127-4k..124-4k",
            Sym::S1 => "decompressor stage 1: the short parts (32 x 16)",
            Sym::Z => "decompressor stage 2: each transformed word after the inverse NOT (32 x 16)",
            Sym::Y => "decompressor stage 3: the output words (32 x 16)",
        }
    }

    /// The macro under which the symbol's registers are inputs of its block's formal twin
    /// (`formal/<block>_cut.v`, [`cut_twin`]).
    fn cut_define(self) -> String {
        format!("FORMAL_CUT_{}", self.name())
    }

    /// Whether the symbol is held by registers of `block` (`c` or `d`): X is a port.
    fn is_register_of(self, block: &str) -> bool {
        self != Sym::X && self.signals().0 == block
    }

    /// Width of the symbol in the wrapper: its elements side by side, element i at `w*i`.
    fn width(self) -> usize {
        match self {
            Sym::H2 | Sym::H3 => 33,
            _ => {
                let (_, stems, w) = self.signals();
                stems.len() * w
            }
        }
    }

    /// The block signals that hold this value: (block, element signal stems, element width).
    /// Registers are named by their stem (`s1_d_0` for `s1_d_0_q`/`s1_d_0_d`).
    /// This is the one place that names internal signals of the RTL: the formal twins
    /// (`formal/<block>_cut.v`, [`cut_twin`]) cut and observe exactly these registers.
    fn signals(self) -> (&'static str, Vec<String>, usize) {
        let many = |stem: &str, n: usize| (0..n).map(|i| format!("{stem}_{i}")).collect::<Vec<_>>();
        let one = |stem: &str| vec![stem.to_string()];
        match self {
            Sym::X => ("c", one("s_axis_tdata"), 512),
            Sym::D => ("c", many("s1_d", 32), 32),
            Sym::Ok => ("c", one("s1_ok"), 32),
            Sym::Eq5 => ("c", one("s1_eq5"), 32),
            Sym::F1 => ("c", one("s1_flag"), 1),
            Sym::H2 => ("c", vec!["s2_sel".into(), "s2_flag".into()], 0),
            Sym::W2 => ("c", many("s2_d", 32), 16),
            Sym::U2 => ("c", many("s2_u", 32), 4),
            Sym::Z2 => ("c", many("s2_z", 32), 6),
            Sym::N2 => ("c", one("s2_nl"), 6),
            Sym::H3 => ("c", vec!["s3_sel".into(), "s3_flag".into()], 0),
            Sym::W3 => ("c", many("s3_d", 32), 16),
            Sym::E3 => ("c", many("s3_e", 32), 4),
            Sym::N3 => ("c", one("s3_nl"), 6),
            Sym::Rec => ("c", one("s4_rec"), 545),
            Sym::Len => ("c", one("s4_len"), 10),
            Sym::Dh1 => ("d", one("s1_hdr"), 33),
            Sym::R1 => ("d", many("s1_r4", 32), 7),
            Sym::Sl1 => ("d", one("s1_slot"), 128),
            Sym::S1 => ("d", many("s1_s", 32), 16),
            Sym::Z => ("d", many("s2_w", 32), 16),
            Sym::Y => ("d", many("s3_x", 32), 16),
        }
    }
}

/// A fact of the chain: a predicate over symbols, written once as Verilog over the wrapper's
/// symbol wires and the outputs of a `xnc_spec` instance `sp` computed from `D`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Fact {
    /// The chunk is the prefix XOR of the inverse NOT of the transformed words: X == spec x(D).
    Transform,
    /// D's upper halves are zero; OK and EQ5 are the spec's bits of D, F1 its flag F.
    Flags,
    /// A header symbol equals the spec header of D.
    Header(Sym),
    /// A word symbol (W2, W3) holds the transformed words of D.
    Words(Sym),
    /// U2 holds each long word's extension unit, zero for a short word.
    Units,
    /// Z2 holds each long word's shift count (the short words before it), zero for a short word.
    Counts,
    /// A count symbol (N2, N3) is the number of long words.
    Longs(Sym),
    /// A slot symbol (E3, SL1) holds the units in word order: slot k the k-th long word's, zero past
    /// the last.
    Slots(Sym),
    /// The record is the spec's (FORMAT.md 2.2), bit for bit, zeros after its end.
    Record,
    /// The record length is the spec's, `33 + sum(widths)`.
    Length,
    /// R1 holds four times the number of long words before each word.
    Ranks,
    /// S1 holds each word's short part, left-aligned in 16 bits, zero below.
    Shorts,
    /// The decompressor's word i after the inverse NOT equals the spec's.
    Decode(usize),
    /// Y is the prefix XOR of Z.
    PrefixXor,
    /// The goal: Y == X.
    RoundTrip,
}

impl Fact {
    /// The symbols the fact reads (besides the spec of D).
    fn syms(self) -> Vec<Sym> {
        match self {
            Fact::Transform => vec![Sym::X, Sym::D],
            Fact::Flags => vec![Sym::D, Sym::Ok, Sym::Eq5, Sym::F1],
            Fact::Header(s) | Fact::Words(s) | Fact::Longs(s) | Fact::Slots(s) => vec![s, Sym::D],
            Fact::Units => vec![Sym::U2, Sym::D],
            Fact::Counts => vec![Sym::Z2, Sym::D],
            Fact::Record => vec![Sym::Rec, Sym::D],
            Fact::Length => vec![Sym::Len, Sym::D],
            Fact::Ranks => vec![Sym::R1, Sym::D],
            Fact::Shorts => vec![Sym::S1, Sym::D],
            Fact::Decode(_) => vec![Sym::Z, Sym::D],
            Fact::PrefixXor => vec![Sym::Y, Sym::Z],
            Fact::RoundTrip => vec![Sym::Y, Sym::X],
        }
    }

    /// Whether the predicate reads the spec of D (the wrapper then instantiates `xnc_spec`).
    fn uses_spec(self) -> bool {
        !matches!(self, Fact::PrefixXor | Fact::RoundTrip)
    }

    /// The predicate as a Verilog expression.
    fn verilog(self) -> String {
        // element i of every element of a symbol against the same element of a spec output
        let each = |n: usize, f: &dyn Fn(usize) -> String| (0..n).map(f).collect::<Vec<_>>().join(" && ");
        match self {
            Fact::Transform => "X == sp_x".into(),
            Fact::Flags => {
                let up: Vec<String> = (0..32).map(|i| format!("D[{}:{}] == 16'd0", 32 * i + 31, 32 * i + 16)).collect();
                format!("OK == sp_ok && EQ5 == sp_eq5 && F1 == sp_hdr[32] && {}", up.join(" && "))
            }
            Fact::Header(h) => format!("{} == sp_hdr", h.name()),
            Fact::Words(s) => {
                each(32, &|i| format!("{}[{}:{}] == D[{}:{}]", s.name(), 16 * i + 15, 16 * i, 32 * i + 15, 32 * i))
            }
            Fact::Units => "U2 == sp_unit".into(),
            Fact::Counts => "Z2 == sp_zc".into(),
            Fact::Longs(s) => format!("{} == sp_nl", s.name()),
            // E3 holds slot k in element k; SL1 is one register with slot k at bits 127-4k..124-4k
            Fact::Slots(Sym::Sl1) => {
                each(32, &|k| format!("SL1[{}:{}] == sp_slot[{}:{}]", 127 - 4 * k, 124 - 4 * k, 4 * k + 3, 4 * k))
            }
            Fact::Slots(s) => format!("{} == sp_slot", s.name()),
            Fact::Record => "REC == sp_rec".into(),
            Fact::Length => "LEN == sp_len".into(),
            Fact::Ranks => {
                each(32, &|i| format!("R1[{}:{}] == {{sp_nlb[{}:{}], 2'b00}}", 7 * i + 6, 7 * i, 6 * i + 4, 6 * i))
            }
            Fact::Shorts => "S1 == sp_short".into(),
            Fact::Decode(i) => format!("Z[{h}:{l}] == sp_und[{h}:{l}]", h = 16 * i + 15, l = 16 * i),
            Fact::PrefixXor => {
                let mut t = Vec::new();
                for i in 0..32 {
                    let terms: Vec<String> = (0..=i).map(|j| format!("Z[{}:{}]", 16 * j + 15, 16 * j)).collect();
                    t.push(format!("Y[{}:{}] == ({})", 16 * i + 15, 16 * i, terms.join(" ^ ")));
                }
                t.join(" && ")
            }
            Fact::RoundTrip => "Y == X".into(),
        }
    }
}

impl ChainFact for Fact {
    fn label(self) -> String {
        match self {
            Fact::Header(s) => format!("header_{}", s.name()),
            Fact::Words(s) => format!("words_{}", s.name()),
            Fact::Longs(s) => format!("longs_{}", s.name()),
            Fact::Slots(s) => format!("slots_{}", s.name()),
            Fact::Decode(i) => format!("decode_{i}"),
            other => format!("{other:?}").to_lowercase(),
        }
    }
}

/// Which stage of which block a lemma runs, registers cut before it and observed after it.
#[derive(Debug, Clone)]
pub struct Part {
    /// `c` (xnc_compressor) or `d` (xnc_decompressor).
    pub block: &'static str,
    /// Symbols read from cut registers (`_q` made free inputs) or, for X, the input port.
    pub ins: Vec<Sym>,
    /// Symbols observed at the stage's outputs (`_d`).
    pub outs: Vec<Sym>,
}

/// A fact a chain of lemmas assumes and guarantees: [`Fact`] (the round trip) or [`PackFact`]
/// (records survive memory words).
pub trait ChainFact: Copy + Ord + std::fmt::Debug {
    /// The fact's name in generated files and error messages.
    fn label(self) -> String;
}

/// One lemma of a chain: the round trip's ([`Fact`], cut stages in `parts`) or the packer ->
/// unpacker chain's ([`PackLemma`]: [`PackFact`], no parts).
#[derive(Debug, Clone)]
pub struct Lemma<F = Fact> {
    /// File stem (`rt_<name>`).
    pub name: String,
    /// What it proves, in words.
    pub what: String,
    /// The stages it instantiates (none: a purely logical step over the spec).
    pub parts: Vec<Part>,
    /// Symbols that are free inputs of the lemma and not stage inputs (spec-only symbols).
    pub free: Vec<Sym>,
    /// Assumed facts (each must be the environment's or a guarantee of an earlier lemma).
    pub assumes: Vec<F>,
    /// Proved facts.
    pub guarantees: Vec<F>,
}

/// The rule every chain is checked by: each lemma's assumptions are the environment's (`env`) or
/// guarantees of earlier lemmas, and the last lemma guarantees `goal` (`what`: the goal in words).
/// [`check_chain`] adds the round trip's rules about cut symbols.
pub fn check_facts<F: ChainFact>(lemmas: &[Lemma<F>], env: &[F], goal: F, what: &str) -> Result<(), String> {
    let mut proved: BTreeSet<F> = env.iter().copied().collect();
    for l in lemmas {
        if let Some(a) = l.assumes.iter().find(|a| !proved.contains(a)) {
            return Err(format!("{}: assumption {} is not guaranteed by an earlier lemma", l.name, a.label()));
        }
        proved.extend(l.guarantees.iter().copied());
    }
    match lemmas.last() {
        Some(l) if l.guarantees.contains(&goal) => Ok(()),
        _ => Err(format!("the last lemma does not guarantee {what}")),
    }
}

/// The words of the decompressor's stage 2 proved by each `rt_gather_<g>` lemma.
pub const GATHER_GROUPS: [std::ops::Range<usize>; 4] = [0..8, 8..16, 16..24, 24..32];

/// The chain of lemmas, in order, from the compressor's input to the decompressor's output.
pub fn roundtrip_lemmas() -> Vec<Lemma> {
    use Fact::*;
    use Sym::*;
    let part = |block, ins: Vec<Sym>, outs: Vec<Sym>| Part { block, ins, outs };
    let mut v = vec![
        Lemma {
            name: "transform".into(),
            what: "compressor stage 1: XOR with the previous word and the NOT are inverted by the spec's inverse NOT and prefix XOR; ok/eq5 bits, the flag F".into(),
            parts: vec![part("c", vec![X], vec![D, Ok, Eq5, F1])],
            free: vec![],
            assumes: vec![],
            guarantees: vec![Transform, Flags],
        },
        Lemma {
            name: "units".into(),
            what: "compressor stage 2: selectors, the long words' extension units, their shift counts (prefix count of the short words), the number of long words".into(),
            parts: vec![part("c", vec![D, Ok, Eq5, F1], vec![H2, W2, U2, Z2, N2])],
            free: vec![],
            assumes: vec![Flags],
            guarantees: vec![Header(H2), Words(W2), Units, Counts, Longs(N2)],
        },
    ];
    // the compaction stays one lemma: split into four groups of eight output slots it took longer,
    // not shorter (598 s for slots 0..7 and 684 s for slots 8..15, two at a time, load about 14,
    // against 343 s for all 32 in one): every slot's proof needs the whole network's
    // collision-freeness, not just its own cone
    v.push(Lemma {
        name: "compact".into(),
        what:
            "compressor stage 3: the 5-level compaction puts the k-th long word's unit in slot k, zeros after the last"
                .into(),
        parts: vec![part("c", vec![H2, W2, U2, Z2, N2], vec![H3, W3, E3, N3])],
        free: vec![D],
        assumes: vec![Header(H2), Words(W2), Units, Counts, Longs(N2)],
        guarantees: vec![Header(H3), Words(W3), Slots(E3), Longs(N3)],
    });
    v.push(Lemma {
        name: "record_pack".into(),
        what: "compressor stage 4: the record is the spec's (header, short parts at fixed places, units in word order, zeros after), its length the spec's".into(),
        parts: vec![part("c", vec![H3, W3, E3, N3], vec![Rec, Len])],
        free: vec![D],
        assumes: vec![Header(H3), Words(W3), Slots(E3), Longs(N3)],
        guarantees: vec![Record, Length],
    });
    v.push(Lemma {
        name: "record_unpack".into(),
        what: "decompressor stage 1: header, the long words before each word (prefix count), the units in their slots, the short parts from their fixed places".into(),
        parts: vec![part("d", vec![Rec], vec![Dh1, R1, Sl1, S1])],
        free: vec![D],
        assumes: vec![Record],
        guarantees: vec![Header(Dh1), Ranks, Slots(Sl1), Shorts],
    });
    // the gather and decode, a group of words per lemma (one lemma for all 32 took about 9 minutes)
    for (g, words) in GATHER_GROUPS.iter().enumerate() {
        v.push(Lemma {
            name: format!("gather_{g}"),
            what: format!(
                "decompressor stage 2: each long word's unit from slot r_i joined to its short part, with the NOT undone, is the spec's word; words {}..{}",
                words.start,
                words.end - 1
            ),
            parts: vec![part("d", vec![Dh1, R1, Sl1, S1], vec![Z])],
            free: vec![D],
            assumes: vec![Header(Dh1), Ranks, Slots(Sl1), Shorts],
            guarantees: words.clone().map(Decode).collect(),
        });
    }
    v.push(Lemma {
        name: "prefix_xor".into(),
        what: "decompressor stage 3: the prefix network (groups of four, then the group totals) is the prefix XOR of the decoded words".into(),
        parts: vec![part("d", vec![Z], vec![Y])],
        free: vec![],
        assumes: vec![],
        guarantees: vec![PrefixXor],
    });
    v.push(Lemma {
        name: "compose".into(),
        what: "the facts compose: Y == X (logic only, no RTL)".into(),
        parts: vec![],
        free: vec![X, D, Z, Y],
        assumes: [vec![Transform, PrefixXor], (0..32).map(Decode).collect()].concat(),
        guarantees: vec![RoundTrip],
    });
    for l in &mut v {
        l.name = format!("rt_{}", l.name);
    }
    v
}

/// Check the chain: every assumption is a guarantee of an earlier lemma; a lemma's assumptions
/// only read its free inputs (stage inputs and spec-only symbols), never a value it computes;
/// every symbol is computed by one stage only; the last lemma guarantees the goal.
pub fn check_chain(lemmas: &[Lemma]) -> Result<(), String> {
    check_facts(lemmas, &[], Fact::RoundTrip, "the round trip")?;
    let mut producer: std::collections::BTreeMap<Sym, String> = Default::default();
    for l in lemmas {
        // a block's twin is read once per lemma, with the macros of the symbols it reads
        let blocks: BTreeSet<&str> = l.parts.iter().map(|p| p.block).collect();
        if blocks.len() != l.parts.len() {
            return Err(format!("{}: two stages of one block (its twin is read once, one cut)", l.name));
        }
        let outs: BTreeSet<Sym> = l.parts.iter().flat_map(|p| p.outs.iter().copied()).collect();
        let ins: BTreeSet<Sym> =
            l.parts.iter().flat_map(|p| p.ins.iter().copied()).chain(l.free.iter().copied()).collect();
        for a in &l.assumes {
            if let Some(s) = a.syms().into_iter().find(|s| !ins.contains(s) && *s != Sym::D) {
                return Err(format!(
                    "{}: assumption {} reads {}, which is not a free input",
                    l.name,
                    a.label(),
                    s.name()
                ));
            }
            if a.syms().contains(&Sym::D) && !ins.contains(&Sym::D) {
                return Err(format!("{}: assumption {} reads D, which is not an input", l.name, a.label()));
            }
        }
        for g in &l.guarantees {
            if let Some(s) = g.syms().into_iter().find(|s| !ins.contains(s) && !outs.contains(s)) {
                return Err(format!(
                    "{}: guarantee {} reads {}, which the lemma neither takes nor computes",
                    l.name,
                    g.label(),
                    s.name()
                ));
            }
        }
        for s in &outs {
            let stage = format!("{:?}", l.parts.iter().find(|p| p.outs.contains(s)).map(|p| (p.block, &p.ins)));
            if let Some(prev) = producer.insert(*s, stage.clone()) {
                if prev != stage {
                    return Err(format!("{}: {} is computed by two different stages", l.name, s.name()));
                }
            }
        }
    }
    Ok(())
}

fn block_module(b: &str) -> &'static str {
    if b == "c" {
        "xnc_compressor"
    } else {
        "xnc_decompressor"
    }
}

/// The blocks that have a formal twin, `formal/<block>_cut.v` ([`cut_twin`]).
pub const CUT_BLOCKS: [&str; 2] = ["xnc_compressor", "xnc_decompressor"];

/// The formal twin of an XNC block (`formal/<block>_cut.v`), which the round-trip lemmas cut
/// between register stages: the block's generated text `rtl` with lines added only
/// ([`xnc_rtl::emit::with_cut_registers`]), module `<block>_cut`: every register of [`Sym::signals`]
/// that `block` holds gets an observation output `formal_<r>_d` and, under the symbol's
/// `FORMAL_CUT_<SYM>` ([`Sym::cut_define`]), is an input `formal_<r>_q`. A lemma's `.sby` defines
/// the macros of the symbols it reads ([`lemma_sby`]). Errors if a register of the list is not a
/// register of the block (the list and the rtl out of step).
pub fn cut_twin(block: &str, rtl: &str) -> Result<String, String> {
    if PACK_CUT_BLOCKS.contains(&block) {
        return pack_cut_twin(block, rtl);
    }
    let b = match block {
        "xnc_compressor" => "c",
        "xnc_decompressor" => "d",
        _ => return Err(format!("{block} has no formal twin")),
    };
    let syms: Vec<Sym> = Sym::ALL.iter().copied().filter(|s| s.is_register_of(b)).collect();
    let twin = format!("{block}_cut");
    let mut banner = format!(
        "// {twin}.v: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).\n\
         // The FORMAL-only twin of rtl/{block}.v that the round-trip lemmas (formal/rt_*.sby,\n\
         // formal/roundtrip.md, docs/FORMAL.md) cut between register stages. It is rtl/{block}.v's\n\
         // text, the module renamed {twin}, with lines added only (a unit test checks it):\n\
         //   - an output formal_<r>_d for each register <r> below: the value <r>_q loads at the next\n\
         //     rising edge of aclk;\n\
         //   - under `define FORMAL_CUT_<SYM>, each register <r> of the chain's symbol SYM is an input\n\
         //     formal_<r>_q: its `<r>_q <= <r>_d;` line is left out and <r>_q follows the input, a\n\
         //     free value for the lemma's one BMC step.\n\
         // The registers, by symbol (crates/xnc-cli/src/formal.rs, Sym::signals: the one list):\n"
    );
    for sym in &syms {
        let (_, stems, _) = sym.signals();
        let regs = match stems.as_slice() {
            [a, .., b] if stems.len() > 2 => format!("{a} .. {b}"),
            _ => stems.join(", "),
        };
        let _ = writeln!(banner, "//   {}: {regs} ({})", sym.cut_define(), sym.what());
    }
    let _ = writeln!(banner, "// Not for synthesis or simulation: rtl/{block}.v is the block.\n//");
    let groups: Vec<xnc_rtl::emit::CutGroup> = syms
        .iter()
        .map(|sym| xnc_rtl::emit::CutGroup {
            define: sym.cut_define(),
            stems: sym.signals().1,
            what: format!("{}: {}, free inputs", sym.name(), sym.what()),
        })
        .collect();
    xnc_rtl::emit::with_cut_registers(rtl, block, &twin, &banner, &groups, &[])
}

/// The wrapper of a lemma (`formal/<name>.v`).
pub fn lemma_wrapper(l: &Lemma) -> String {
    let mut s = banner(&format!("{}.v", l.name), &format!("Round-trip lemma: {}.", l.what));
    let _ = writeln!(s, "// Assumes: {}", l.assumes.iter().map(|f| f.label()).collect::<Vec<_>>().join(", "));
    let _ = writeln!(s, "// Proves:  {}", l.guarantees.iter().map(|f| f.label()).collect::<Vec<_>>().join(", "));
    s.push_str("`default_nettype none\n");
    let outs: BTreeSet<Sym> = l.parts.iter().flat_map(|p| p.outs.iter().copied()).collect();
    let free: BTreeSet<Sym> = l
        .parts
        .iter()
        .flat_map(|p| p.ins.iter().copied())
        .chain(l.free.iter().copied())
        .filter(|s| !outs.contains(s))
        .collect();
    let _ = writeln!(s, "module {} (", l.name);
    let mut decl = vec!["    input wire aclk".to_string()];
    for f in &free {
        decl.push(format!("    input wire [{}:0] {}", f.width() - 1, f.name()));
    }
    s.push_str(&decl.join(",\n"));
    s.push_str("\n);\n");
    for o in &outs {
        let _ = writeln!(s, "    wire [{}:0] {};", o.width() - 1, o.name());
    }
    if l.assumes.iter().chain(&l.guarantees).any(|f| f.uses_spec()) {
        s.push_str(
            "    wire [31:0] sp_ok, sp_eq5, sp_long;\n    wire [32:0] sp_hdr;\n    wire [319:0] sp_w;\n\
             \x20   wire [511:0] sp_code, sp_und, sp_x, sp_short;\n    wire [127:0] sp_unit, sp_slot;\n\
             \x20   wire [191:0] sp_zc, sp_nlb;\n    wire [5:0] sp_nl;\n    wire [544:0] sp_rec;\n    wire [9:0] sp_len;\n\
             \x20   xnc_spec sp (.d(D), .ok(sp_ok), .eq5(sp_eq5), .hdr(sp_hdr), .w(sp_w), .code(sp_code), .und(sp_und), .x(sp_x),\n\
             \x20       .long(sp_long), .unit(sp_unit), .zc(sp_zc), .nlb(sp_nlb), .nl(sp_nl), .slot(sp_slot), .short(sp_short),\n\
             \x20       .rec(sp_rec), .len(sp_len));\n",
        );
    }
    for p in &l.parts {
        let m = format!("{}_cut", block_module(p.block));
        let mut conns = vec![
            ".aclk(aclk)".to_string(),
            ".aresetn(1'b1)".into(),
            ".s_axis_tvalid(1'b1)".into(),
            ".s_axis_tlast(1'b0)".into(),
            ".m_axis_tready(1'b1)".into(),
        ];
        for (sym, is_in) in p.ins.iter().map(|s| (s, true)).chain(p.outs.iter().map(|s| (s, false))) {
            conns.extend(sym_conns(*sym, is_in));
        }
        // the input port is a symbol (X, or the record) or tied to zero
        if p.block == "d" && !p.ins.contains(&Sym::Rec) {
            conns.push(format!(".s_axis_tdata({RECORD_BUS}'d0)"));
            conns.push(".s_axis_tuser(10'd0)".into());
        } else if p.block == "c" && !p.ins.contains(&Sym::X) {
            conns.push(".s_axis_tdata(512'd0)".into());
        }
        let _ = writeln!(
            s,
            "    {m} {} (\n        {}\n    );",
            if p.block == "c" { "comp" } else { "dec" },
            conns.join(",\n        ")
        );
    }
    s.push_str("    always @(*) begin\n");
    for a in &l.assumes {
        let _ = writeln!(s, "        assume({}); // {}", a.verilog(), a.label());
    }
    for g in &l.guarantees {
        let _ = writeln!(s, "        assert({}); // {}", g.verilog(), g.label());
    }
    s.push_str("    end\nendmodule\n`default_nettype wire\n");
    s
}

/// Port connections of a symbol on the block's formal twin: its registers' `formal_<r>_q` inputs
/// when read (the `.sby` defines the symbol's `FORMAL_CUT_<SYM>`), their `formal_<r>_d` outputs
/// when computed; X and the record into the decompressor are the blocks' `s_axis_tdata`.
fn sym_conns(sym: Sym, is_in: bool) -> Vec<String> {
    let (_, stems, w) = sym.signals();
    let name = sym.name();
    match sym {
        Sym::X => vec![format!(".s_axis_tdata({name})")],
        // the 545-bit record as the decompressor's 552-bit s_axis_tdata: MSB-aligned, zeros below
        // (the compressor's m_axis_tdata is s4_rec << 7); tuser (the length) is not read by it
        Sym::Rec if is_in => {
            vec![format!(".s_axis_tdata({{{name}, {}'d0}})", RECORD_BUS - w), ".s_axis_tuser(10'd0)".into()]
        }
        Sym::H2 | Sym::H3 => {
            let sfx = if is_in { "q" } else { "d" };
            vec![format!(".formal_{}_{sfx}({name}[31:0])", stems[0]), format!(".formal_{}_{sfx}({name}[32])", stems[1])]
        }
        _ => {
            let sfx = if is_in { "q" } else { "d" };
            stems
                .iter()
                .enumerate()
                .map(|(i, st)| format!(".formal_{st}_{sfx}({name}[{}:{}])", w * i + w - 1, w * i))
                .collect()
        }
    }
}

/// The `.sby` of a lemma (one BMC step: every lemma is combinational between its cut points).
/// Each block is read as its formal twin (`<block>_cut.v`, [`cut_twin`]) with `-D` the
/// `FORMAL_CUT_<SYM>` of every symbol the lemma reads from the block's registers: those registers
/// are the lemma's free inputs, every other register of the block stays a register.
pub fn lemma_sby(l: &Lemma) -> String {
    let mut script = String::new();
    let mut files = String::new();
    for p in &l.parts {
        let b = block_module(p.block);
        let defs: String =
            p.ins.iter().filter(|s| s.is_register_of(p.block)).map(|s| format!(" -D{}", s.cut_define())).collect();
        let _ = writeln!(script, "read_verilog -formal{defs} {b}_cut.v");
        let _ = writeln!(files, "{b}_cut.v");
    }
    script.push_str("read_verilog -formal xnc_spec.v\n");
    let _ = writeln!(script, "read_verilog -formal {}.v", l.name);
    let _ = writeln!(script, "prep -top {}", l.name);
    format!(
        "# {n}.sby: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).\n\
         # Round-trip lemma: {w}\n\
         [options]\nmode bmc\ndepth 1\n\n[engines]\nsmtbmc yices\n\n[script]\n{script}\n[files]\n{files}xnc_spec.v\n{n}.v\n",
        n = l.name,
        w = l.what
    )
}

/// The lemmas proved by SAT sweeping (ABC `iprove` on the lemma's AIG, `formal/<name>.ys`) instead
/// of SymbiYosys + yices, for a step that yices cannot finish (two differently built shifters of a
/// wide vector by a variable amount). None today: the fixed-position record has no field at a
/// variable place except the 4-bit units, which yices handles; the paper layout's record steps
/// needed it (yices gave no answer in 570-600 s, `iprove` took about a minute).
pub const SWEEP_LEMMAS: &[&str] = &[];

/// The Yosys script of a sweep lemma (`formal/<name>.ys`, run from `formal/`): the lemma's design
/// as its `.sby` builds it, then SymbiYosys's own AIGER preparation (assertions become the bad-state
/// output, assumptions the constraints). `scripts/formal.sh` appends `write_aiger` and runs ABC:
/// `read_aiger; fold; strash; iprove`; the lemma holds when ABC answers UNSATISFIABLE.
pub fn lemma_ys(l: &Lemma) -> String {
    let sby = lemma_sby(l);
    let script = sby.split("[script]\n").nth(1).unwrap_or("").split("\n[files]").next().unwrap_or("");
    let mut s = format!(
        "# {n}.ys: GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog).\n\
         # Round-trip lemma, proved by SAT sweeping (scripts/formal.sh: write_aiger, then ABC iprove): {w}\n",
        n = l.name,
        w = l.what
    );
    // every file it reads is in formal/ (the blocks as their twins)
    for line in script.lines().filter(|x| !x.is_empty()) {
        s.push_str(line);
        s.push('\n');
    }
    s.push_str(AIGER_PREP);
    s
}

/// The end of a sweep lemma's Yosys script: the design prepared as SymbiYosys prepares one for its
/// ABC engines (assertions the bad-state output, assumptions the constraints); x bits
/// (out-of-range shifts) are left free. `scripts/formal.sh` appends `write_aiger`.
const AIGER_PREP: &str = "hierarchy -smtcheck\nasync2sync\nchformal -assume -early\nopt_clean\nformalff -setundef -clk2ff -ff2anyinit -hierarchy\n\
     chformal -live -fair -cover -remove\nopt_clean\nsetundef -undriven -anyseq\nopt -fast\nformalff -assume\nflatten\n\
     setundef -undriven -anyseq\nsetattr -unset keep\ndelete -output\nopt -full\ntechmap\nopt -fast\nsetundef -anyseq\n\
     memory_map -formal\nformalff -clk2ff -ff2anyinit\nsimplemap\ndffunmap\naigmap\nopt_clean\n";

/// The chain as a table (`formal/roundtrip.md`): lemma, assumptions, guarantees.
pub fn chain_table(lemmas: &[Lemma]) -> String {
    let mut s = String::from(
        "<!-- GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog). -->\n\
         # The XNC round-trip chain\n\n\
         Each lemma is one `rt_*.sby`: one BMC step between pipeline registers, the blocks read as their\n\
         formal twins (`xnc_compressor_cut.v`, `xnc_decompressor_cut.v`: the registers the lemma reads are\n\
         inputs under its `FORMAL_CUT_<SYM>` macros, the values it checks observation outputs).\n\
         `gen-verilog` refuses to write the chain unless every assumption is a guarantee of an earlier\n\
         lemma and assumptions only read a lemma's free inputs (`check_chain` in crates/xnc-cli/src/formal.rs).\n\n\
         | lemma | what | assumes | proves |\n|---|---|---|---|\n",
    );
    for l in lemmas {
        let f = |v: &[Fact]| v.iter().map(|f| f.label()).collect::<Vec<_>>().join(", ");
        let _ = writeln!(s, "| `{}` | {} | {} | {} |", l.name, l.what, f(&l.assumes), f(&l.guarantees));
    }
    s
}

/// Every file of `formal/` as (file name, contents), from the generated Verilog of every block.
pub fn files(rtl: &[(&str, String)]) -> Result<Vec<(String, String)>, String> {
    let lemmas = roundtrip_lemmas();
    check_chain(&lemmas)?;
    let mut out = vec![("axis_check.v".to_string(), AXIS_CHECK.to_string())];
    let mut tans_list = String::from(
        "<!-- GENERATED FILE, DO NOT EDIT (cargo run --release --bin gen-verilog). -->\n\
         # tANS data proofs\n\n\
         Every block of the manifest whose golden model is `Golden::Tans` or `Golden::TansCtx`, with its data proof (docs/FORMAL.md).\n\n\
         | block | data proof |\n|---|---|\n",
    );
    for (name, text) in rtl {
        let blk = manifest::block(name).ok_or(format!("{name} is not a block of the manifest"))?;
        out.push((format!("{name}_axis.v"), axis_wrapper(blk)));
        out.push((format!("{name}_axis.sby"), axis_sby(name, &format!("../rtl/{name}.v"))));
        if let Some(inv) = invariants(blk) {
            out.push((format!("{name}_inv.v"), inv_wrapper(blk, &inv, text)));
            out.push((format!("{name}_inv.sby"), inv_sby(name, &format!("../rtl/{name}.v"))));
        }
        if tans_params(blk).is_some() {
            // a tANS decoder whose ports the reference decoder does not know is listed without a
            // proof, in the generated table, not skipped silently
            if let Some(t) = tans_table_wrapper(blk, text) {
                out.push((format!("{name}_table.v"), t));
                out.push((format!("{name}_table.sby"), tans_table_sby(blk, &format!("../rtl/{name}.v"))));
            }
            match tans_data_wrapper(blk) {
                Ok(v) => {
                    out.push((format!("{name}_data.v"), v));
                    out.push((format!("{name}_data.sby"), tans_data_sby(blk, &format!("../rtl/{name}.v"))));
                    let _ = writeln!(tans_list, "| `{name}` | `formal/{name}_data.sby` |");
                }
                Err(e) => {
                    let _ = writeln!(tans_list, "| `{name}` | **none**: {e} |");
                }
            }
        }
    }
    out.push(("tans_data.md".into(), tans_list));
    out.extend(pack_files(rtl)?);
    out.push(("xnc_spec.v".into(), xnc_spec()));
    for b in CUT_BLOCKS.iter().chain(&PACK_CUT_BLOCKS) {
        let text = rtl.iter().find(|(n, _)| n == b).map(|(_, t)| t).ok_or(format!("no block {b}"))?;
        out.push((format!("{b}_cut.v"), cut_twin(b, text)?));
    }
    for l in &lemmas {
        out.push((format!("{}.v", l.name), lemma_wrapper(l)));
        if SWEEP_LEMMAS.contains(&l.name.as_str()) {
            out.push((format!("{}.ys", l.name), lemma_ys(l)));
        } else {
            out.push((format!("{}.sby", l.name), lemma_sby(l)));
        }
    }
    out.push(("roundtrip.md".into(), chain_table(&lemmas)));
    Ok(out)
}

/// The files of every mutant, each in its own directory `<mutant>/`: the mutated block and the
/// proof expected to fail (its `.sby` reads the mutated copy), plus `mutants.tsv` (name, proof, what).
pub fn mutant_files(rtl: &[(&str, String)]) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    let mut list = String::new();
    let lemmas = roundtrip_lemmas();
    for m in mutants() {
        let text = rtl.iter().find(|(n, _)| *n == m.block).map(|(_, t)| t).ok_or(format!("no block {}", m.block))?;
        let bad = mutate(&m, text)?;
        let dir = m.name;
        out.push((format!("{dir}/{}.v", m.block), bad.clone()));
        let mut proof_file = "proof.sby";
        let sby = if m.proof == "chunk" {
            // the packer's chunk-path lemma, by SAT sweeping (a `proof.ys`, as for `len`)
            let w = manifest::block(m.block).ok_or(format!("no block {}", m.block))?.output.tdata;
            out.push((format!("{dir}/rt_pack_chunk_{}.v", m.block), pack_chunk_wrapper(m.block, w, &bad)?));
            proof_file = "proof.ys";
            if TWIN_LEMMAS.contains(&format!("rt_pack_chunk_{}", m.block).as_str()) {
                out.push((format!("{dir}/{}_cut.v", m.block), cut_twin(m.block, &bad)?));
            }
            pack_chunk_ys(m.block, &bad).replace("../rtl/", "")
        } else if m.proof == "gather" {
            // the unpacker's gather lemma, by SAT sweeping (a `proof.ys`, as for `len`)
            let w =
                manifest::block(m.block).and_then(|b| b.inputs.first()).ok_or(format!("no block {}", m.block))?.tdata;
            out.push((format!("{dir}/rt_unpack_gather_{}.v", m.block), unpack_gather_wrapper(m.block, w, &bad)?));
            proof_file = "proof.ys";
            if TWIN_LEMMAS.contains(&format!("rt_unpack_gather_{}", m.block).as_str()) {
                out.push((format!("{dir}/{}_cut.v", m.block), cut_twin(m.block, &bad)?));
            }
            unpack_gather_ys(m.block, &bad).replace("../rtl/", "")
        } else if m.proof == "len" {
            // the unpacker's length lemma, one step by SAT sweeping: its wrapper and Yosys script
            // from the mutated block (`formal.sh` runs a `proof.ys` as it runs a sweep lemma)
            let w =
                manifest::block(m.block).and_then(|b| b.inputs.first()).ok_or(format!("no block {}", m.block))?.tdata;
            out.push((format!("{dir}/rt_unpack_len_{}.v", m.block), unpack_len_wrapper(m.block, w, &bad)));
            proof_file = "proof.ys";
            if TWIN_LEMMAS.contains(&format!("rt_unpack_len_{}", m.block).as_str()) {
                out.push((format!("{dir}/{}_cut.v", m.block), cut_twin(m.block, &bad)?));
            }
            unpack_len_ys(m.block, &bad).replace("../rtl/", "")
        } else if let Some(lane) = m.proof.strip_prefix("data") {
            let blk = manifest::block(m.block).ok_or(format!("no block {}", m.block))?;
            out.push((format!("{dir}/{}_data.v", m.block), tans_data_wrapper(blk)?));
            // only the checks, as bounded model checking from reset (a counterexample is a real
            // trace), on the lane named (`data_lane<l>`) or any lane
            let lane = match lane.strip_prefix("_lane") {
                Some(l) => Some(l.parse::<usize>().map_err(|e| format!("{}: lane {l}: {e}", m.name))?),
                None if lane.is_empty() => None,
                None => return Err(format!("{}: proof {}", m.name, m.proof)),
            };
            // to the first value after a transition at least: a broken transition shows there
            let depth = tans_data_depth(blk).0.max(tans_transition_depth(blk));
            tans_data_mutant_sby(blk, &format!("{}.v", m.block), depth, lane)
        } else if m.proof == "table" {
            let blk = manifest::block(m.block).ok_or(format!("no block {}", m.block))?;
            let w = tans_table_wrapper(blk, &bad).ok_or(format!("{} has no table proof", m.block))?;
            out.push((format!("{dir}/{}_table.v", m.block), w));
            // only the checks, as bounded model checking from reset: a counterexample is a real trace
            let sby = tans_table_sby(blk, &format!("{}.v", m.block));
            let keep: Vec<&str> =
                sby.lines().filter(|l| !l.starts_with("cover") && !l.starts_with("prove") && *l != "[tasks]").collect();
            keep.join("\n").replace("[options]", &format!("[options]\nmode bmc\ndepth {TANS_TABLE_MUTANT_DEPTH}"))
                + "\n"
        } else if m.proof == "inv" {
            let blk = manifest::block(m.block).ok_or(format!("no block {}", m.block))?;
            let inv = invariants(blk).ok_or(format!("{} has no invariants", m.block))?;
            out.push((format!("{dir}/axis_check.v"), AXIS_CHECK.to_string()));
            out.push((format!("{dir}/{}_inv.v", m.block), inv_wrapper(blk, &inv, &bad)));
            // only the checks, as bounded model checking from reset: a counterexample is a real trace
            let sby = inv_sby(m.block, &format!("{}.v", m.block));
            let keep: Vec<&str> =
                sby.lines().filter(|l| !l.starts_with("cover") && !l.starts_with("prove") && *l != "[tasks]").collect();
            keep.join("\n").replace("[options]", &format!("[options]\nmode bmc\ndepth {INV_MUTANT_DEPTH}")) + "\n"
        } else if m.proof == "records" {
            // the unpacker's tiling lemma of the packer -> unpacker chain, as bounded model checking
            // from reset (its own mode): a counterexample is a real trace
            let w =
                manifest::block(m.block).and_then(|b| b.inputs.first()).ok_or(format!("no block {}", m.block))?.tdata;
            let name = format!("rt_unpack_records_bmc_{}", m.block);
            out.push((format!("{dir}/axis_check.v"), AXIS_CHECK.to_string()));
            out.push((format!("{dir}/rt_block_fits.v"), block_fits()));
            out.push((format!("{dir}/rt_block_tiling.v"), block_tiling()));
            out.push((format!("{dir}/{name}.v"), unpack_records_bmc_wrapper(m.block, w)?));
            let chk = ["axis_check.v", "rt_block_fits.v", "rt_block_tiling.v"];
            pack_lemma_sby(&name, m.what, "bmc", unpack_depth(w), false, &[m.block], &chk).replace("../rtl/", "")
        } else if m.proof == "comb" {
            // the structural tready check of `formal.sh` (`<block>_tready_comb`), on the mutated
            // block: `proof.comb` names the block, whose mutated text is in the directory
            proof_file = "proof.comb";
            format!("{}\n", m.block)
        } else if m.proof == "axis" {
            out.push((format!("{dir}/axis_check.v"), AXIS_CHECK.to_string()));
            out.push((
                format!("{dir}/{}_axis.v", m.block),
                axis_wrapper(manifest::block(m.block).ok_or(format!("no block {}", m.block))?),
            ));
            // only the rules (task prove), as bounded model checking: a counterexample is a real trace
            // the unpackers' first record leaves about 9 cycles after reset, the packers' first word
            // a few cycles after the records that fill it: their mutants' traces need the cover
            // depth, not the induction depth
            let (_, depth, cover) = axis_mode(m.block);
            let depth =
                if m.block.starts_with("xnc_unpacker") || m.block.starts_with("xnc_packer") { cover } else { depth };
            let sby = axis_sby(m.block, &format!("{}.v", m.block));
            let keep: Vec<&str> =
                sby.lines().filter(|l| !l.starts_with("cover") && !l.starts_with("prove") && *l != "[tasks]").collect();
            keep.join("\n").replace("[options]", &format!("[options]\nmode bmc\ndepth {depth}")) + "\n"
        } else {
            let l = lemmas.iter().find(|l| l.name == m.proof).ok_or(format!("no lemma {}", m.proof))?;
            out.push((format!("{dir}/xnc_spec.v"), xnc_spec()));
            out.push((format!("{dir}/{}.v", l.name), lemma_wrapper(l)));
            // the lemma reads the blocks' twins: the mutated block's from the mutated text
            for b in CUT_BLOCKS {
                let t = rtl.iter().find(|(n, _)| *n == b).map(|(_, t)| t).ok_or(format!("no block {b}"))?;
                let src = if b == m.block { &bad } else { t };
                out.push((format!("{dir}/{b}_cut.v"), cut_twin(b, src)?));
            }
            lemma_sby(l)
        };
        out.push((format!("{dir}/{proof_file}"), sby));
        let _ = writeln!(list, "{}\t{}\t{}", m.name, m.proof, m.what);
    }
    out.push(("mutants.tsv".into(), list));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lane_streams_are_covered_together_and_other_streams_alone() {
        assert_eq!(lane_group("s_axis_ans_l7"), Some("s_axis_ans"));
        assert_eq!(lane_group("s_axis_raw_l12"), Some("s_axis_raw"));
        assert_eq!(lane_group("s_axis_ans"), None);
        assert_eq!(lane_group("m_axis_lx"), None);
        for blk in manifest::BLOCKS {
            let w = axis_wrapper(blk);
            let lanes = streams(blk).iter().filter(|st| lane_group(&st.prefix).is_some()).count();
            // every lane's checker leaves its covers to the wrapper; no other checker does
            assert_eq!(w.matches(".COVER(0)").count(), lanes, "{}", blk.name);
            for st in streams(blk).iter().filter(|st| lane_group(&st.prefix).is_some()) {
                assert!(
                    w.contains(&format!("f_seen_{}[0] &&", st.prefix))
                        || w.contains(&format!("&& f_seen_{}[0])", st.prefix))
                );
            }
        }
        // the eight-lane decoder: two groups of eight, three events each
        let x8 = axis_wrapper(manifest::block("tans_decoder_x8").unwrap());
        assert_eq!(x8.matches("        cover(").count(), 6);
    }

    #[test]
    fn chain_is_complete_and_a_broken_chain_is_refused() {
        let mut l = roundtrip_lemmas();
        check_chain(&l).unwrap();
        // drop the lemma that proves the units and counts: the compaction loses its assumptions
        l.remove(1);
        assert!(check_chain(&l).unwrap_err().starts_with("rt_compact: assumption header_H2 is not guaranteed"));
        let mut l = roundtrip_lemmas();
        l.pop();
        assert!(check_chain(&l).is_err());
        let mut l = roundtrip_lemmas();
        l[2].assumes.push(Fact::Decode(0));
        assert!(check_chain(&l).is_err());
    }

    #[test]
    fn cut_twins_are_the_rtl_with_lines_added_and_the_lemmas_cut_through_them() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        for b in CUT_BLOCKS {
            let text = std::fs::read_to_string(root.join(format!("rtl/{b}.v"))).unwrap();
            let twin = cut_twin(b, &text).unwrap();
            // the twin is rtl/<b>.v with lines added: the rtl's lines in order (the module renamed),
            // every other line one of the forms the twin adds
            let body = &twin[twin.find(&format!("// {b}.v: GENERATED FILE")).unwrap()..];
            let mut orig = text.lines().peekable();
            for l in body.lines() {
                let o = orig.peek().map(|o| {
                    o.replace(&format!("module {b} ("), &format!("module {b}_cut ("))
                        .replace(&format!("endmodule // {b}"), &format!("endmodule // {b}_cut"))
                });
                if o.as_deref() == Some(l) {
                    orig.next();
                    continue;
                }
                let t = l.trim();
                let added = t.starts_with("`ifdef FORMAL_CUT_")
                    || t.starts_with("`ifndef FORMAL_CUT_")
                    || t == "`endif"
                    || t.starts_with("// FORMAL_CUT_")
                    || t == "always @(*) begin"
                    || t == "end"
                    || ((t.starts_with(", input") || t.starts_with(", output")) && t.contains(" formal_s"))
                    || (t.starts_with("assign formal_s") && t.ends_with("_d;"))
                    || (t.ends_with("_q;") && t.contains("_q = formal_s"));
                assert!(added, "{b}: a line the rtl does not have: {l}");
            }
            assert!(orig.next().is_none(), "{b}: the twin lacks lines of the rtl");
            // every register of the list is cut under its symbol's macro and observed
            let bl = if b == "xnc_compressor" { "c" } else { "d" };
            for sym in Sym::ALL.iter().filter(|s| s.is_register_of(bl)) {
                assert_eq!(twin.matches(&format!("`ifdef {}\n", sym.cut_define())).count(), 2, "{b}: {sym:?}");
                assert!(twin.contains(&format!("`ifndef {}\n", sym.cut_define())), "{b}: {sym:?}");
                for st in sym.signals().1 {
                    assert!(twin.contains(&format!(" formal_{st}_q\n")), "{b}: {st}");
                    assert!(twin.contains(&format!(" formal_{st}_d\n")), "{b}: {st}");
                    assert!(twin.contains(&format!("        {st}_q = formal_{st}_q;\n")), "{b}: {st}");
                }
            }
            // a register of the list that the rtl does not load is refused (the list and the rtl
            // out of step), and so is one it does not declare
            let line =
                if b == "xnc_compressor" { "        s2_nl_q <= s2_nl_d;\n" } else { "        s1_hdr_q <= s1_hdr_d;\n" };
            assert_eq!(text.matches(line).count(), 1);
            let e = cut_twin(b, &text.replace(line, "")).unwrap_err();
            assert!(e.contains("_q <= ") && e.contains(if bl == "c" { "s2_nl" } else { "s1_hdr" }), "{e}");
            let decl = if b == "xnc_compressor" { "    reg  [5:0] s2_nl_q;\n" } else { "    reg  [32:0] s1_hdr_q;\n" };
            assert_eq!(text.matches(decl).count(), 1, "{b}");
            assert!(cut_twin(b, &text.replace(decl, "")).unwrap_err().contains("no declaration"));
        }
        // the lemmas: no netlist command; each reads the twins with the macros of the symbols it
        // reads from registers, and connects exactly those registers' inputs
        for l in roundtrip_lemmas() {
            let sby = lemma_sby(&l);
            assert!(!sby.contains("expose") && !sby.contains("../rtl/"), "{}", l.name);
            let w = lemma_wrapper(&l);
            for p in &l.parts {
                // a symbol missing from Sym::ALL would have no cut or observation port in the twin
                assert!(p.ins.iter().chain(&p.outs).all(|s| Sym::ALL.contains(s)), "{}", l.name);
                let b = block_module(p.block);
                let cut: Vec<Sym> = p.ins.iter().copied().filter(|s| s.is_register_of(p.block)).collect();
                let defs: String = cut.iter().map(|s| format!(" -D{}", s.cut_define())).collect();
                assert!(sby.contains(&format!("read_verilog -formal{defs} {b}_cut.v\n")), "{}", l.name);
                assert!(w.contains(&format!("    {b}_cut ")), "{}", l.name);
                let inputs = w.lines().filter(|x| x.contains(".formal_") && x.contains("_q(")).count();
                let stems: usize = cut.iter().map(|s| s.signals().1.len()).sum();
                assert_eq!(inputs, stems, "{}", l.name);
            }
        }
        // X is a port of the compressor, the record the decompressor's input port: never cut
        assert!(!Sym::X.is_register_of("c") && !Sym::Rec.is_register_of("d"));
        assert!(cut_twin("tans_decoder", "").is_err());
    }

    /// [`tans_valid_entry_verilog`] in Rust: `nb <= R` and `base`'s low `nb` bits zero.
    fn tans_valid_entry(r: usize, nb: usize, base: usize) -> bool {
        nb <= r && base & ((1 << nb) - 1) == 0
    }

    #[test]
    fn the_golden_models_tables_are_valid_and_invalid_entries_are_refused() {
        use xnc_codec::ans::{AnsModel, Histogram, Profile};
        use xnc_codec::tensor::SafetensorsFile;
        // real weights: every committed sample, at the table logs of the decoders (5..=10)
        let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../testbench/data");
        for name in ["smollm2-135m.slice.bf16.safetensors", "whisper-tiny-en.slice.f16.safetensors"] {
            let st = SafetensorsFile::open(&data.join(name)).unwrap();
            let t = &st.tensors[0];
            let values: Vec<u16> = st.bytes(t).chunks_exact(2).map(|b| u16::from_le_bytes([b[0], b[1]])).collect();
            let mut h = Histogram::new(t.dtype.unwrap());
            h.add(&values);
            for r in 5u8..=10 {
                for profile in [Profile::Plain, Profile::FormatAware] {
                    let m = AnsModel::build(&h, r, profile).unwrap();
                    for e in m.decode_table() {
                        assert!(tans_valid_entry(r.into(), e.nb.into(), e.base.into()), "{name}: {e:?} at R = {r}");
                    }
                }
            }
        }
        assert!(!tans_valid_entry(6, 2, 0b10_0001));
        assert!(!tans_valid_entry(6, 7, 0));
        assert!(tans_valid_entry(6, 6, 0) && tans_valid_entry(6, 0, 63));
        assert_eq!(
            tans_valid_entry_verilog("tbl_nb", "tbl_base"),
            "tbl_nb <= R && (tbl_base & ~({R{1'b1}} << tbl_nb)) == 0"
        );
    }

    #[test]
    fn pack_step_cuts_every_register_and_asserts_one_conjunct_a_line() {
        let rtl = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../rtl/xnc_packer.v");
        let text = std::fs::read_to_string(rtl).unwrap();
        let regs = state_regs(&text);
        assert!(regs.len() >= 20 && regs.iter().any(|(n, w)| n == "acc" && *w == 512), "{regs:?}");
        let v = pack_step_wrapper("xnc_packer", 512, &text).unwrap();
        let ys = pack_step_ys("xnc_packer", &text);
        for (n, _) in &regs {
            // cut (free input), observed (next value), and both ends of the step in the invariant
            for sig in [format!("{n}_q"), format!("{n}_d")] {
                assert_cuts("rt_pack_step_xnc_packer", "xnc_packer", &text, &ys, &v, &sig);
            }
            assert!(v.contains(&format!(".{n}({n}_q)")) && v.contains(&format!(".{n}({n}_d)")), "{n}");
        }
        for g in CHUNK_SIGNALS {
            assert_cuts("rt_pack_step_xnc_packer", "xnc_packer", &text, &ys, &v, g);
        }
        // formal.sh's vacuity check replaces assertions that start a line: every one does
        let asserts = v.lines().filter(|l| l.contains("assert(")).count();
        let own_line = v.lines().filter(|l| l.trim_start().starts_with("assert(")).count();
        assert_eq!((asserts, own_line), (29, 29));
    }

    /// The composition's `words` side: the derivation `rt_pack_wordsout_*` assumes the step
    /// lemma's words assertions byte for byte (with `assume`), and the composition assumes the
    /// derivation's assertions byte for byte; with one conjunct dropped the link is refused.
    #[test]
    fn pack_wordsout_assumes_the_step_lemmas_words_text_and_the_composition_its_guarantee() {
        let compose = pack_compose_wrapper();
        for (packer, w) in [("xnc_packer_256", 256), ("xnc_packer", 512)] {
            let rtl = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../rtl/{packer}.v"));
            let text = std::fs::read_to_string(rtl).unwrap();
            let step = pack_step_wrapper(packer, w, &text).unwrap();
            let d = pack_wordsout_wrapper(packer, w);
            // the step lemma's words assertions (from its file), as the derivation assumes them
            let a = step.find("        if (aresetn && inv_q && m_axis_tvalid && out_blk_q == f_blk) begin\n").unwrap();
            let e = a + step[a..].find("    end\nendmodule\n").unwrap();
            let proved = &step[a..e];
            assert_eq!(proved.matches("assert(").count(), 5);
            let assumed = proved.replace("assert(", "assume(");
            assert_eq!(d.matches(&assumed).count(), 1);
            assert_eq!(step.matches(PACK_WORDS_WIRES).count(), 1);
            assert_eq!(d.matches(PACK_WORDS_WIRES).count(), 1);
            // instantiated at every record bit, on a word out of a state in the step's invariant
            assert!(d.contains("        for (b = 0; b < 545; b = b + 1) begin : at\n"));
            assert!(d.contains(".aresetn(1'b1), .inv_q(1'b1), .f_blk(blk), .f_pos(q),"));
            assert!(d.contains(".m_axis_tlast(wlast[b]), .out_blk_q(blk), .w_start_q(wstart[b * 20 +: 20]),"));
            assert!(d.contains(
                ".f_have_q(fhave[b]), .f_val_q(fval[b]), .f_end_have_q(fendh[b]), .f_end_q(fend[b * 20 +: 20]),"
            ));
            // the one-stream definition reads the text's own terms
            assert!(d.contains("    assign f_in_word = f_pos >= w_start_q && f_pos < w_end;\n"));
            assert!(d.contains("    assign f_bit = m_axis_tdata[W - 1 - w_rel[LW-1:0]];\n"));
            assert!(proved.contains("if (f_pos >= w_start_q && f_pos < w_end) begin"));
            assert!(proved.contains("m_axis_tdata[W - 1 - w_rel[LW-1:0]] == (f_have_q && f_val_q)"));
            assert!(d.contains("            wire [19:0] q = p + 20'd544 - b;\n"));
            // besides the words text, only the two definitions of the trackers (the stream they name)
            assert_eq!(d.lines().filter(|l| l.contains("assume(")).count(), 5 + 2);
            // the derivation's guarantee is the composition's assumption, byte for byte, once
            let guaranteed: Vec<String> = d
                .lines()
                .filter(|l| l.trim_start().starts_with("assert("))
                .map(|l| l.replacen("assert(", "assume(", 1))
                .collect();
            assert_eq!(guaranteed.len(), 545);
            assert_eq!(d.lines().filter(|l| l.contains("assert(")).count(), 545);
            let linked = |c: &str| c.matches(&guaranteed.join("\n")).count() == 1;
            assert!(linked(&compose));
            for line in [
                "    input wire [551:0] rin,",
                "    input wire [9:0] lin,",
                "    input wire [544:0] fh,",
                "    input wire [544:0] fv",
                "    wire [544:0] seg = fv;",
            ] {
                assert!(d.contains(line) && compose.contains(line), "{line}");
            }
            // one conjunct dropped from the composition's side, or one bit's line: refused
            assert!(!linked(&compose.replacen("!fh[524] || ", "", 1)));
            assert!(!linked(&compose.replacen(
                "        assume(lin <= 10'd20 || !fh[524] || seg[524] == rin[531]);\n",
                "",
                1
            )));
            // and the words text with one conjunct dropped is not the step lemma's
            assert_eq!(d.replacen("(f_have_q && f_val_q)", "f_val_q", 1).matches(&assumed).count(), 0);
        }
    }

    /// The composition's line after the record: the derivation `rt_pack_wordsnext_*` assumes the
    /// step lemma's words assertions and its invariant's conjunct 15 byte for byte, instantiated at
    /// the 33 bits after the record and the block's last word, and the composition assumes the
    /// derivation's one assertion byte for byte; with one conjunct dropped the link is refused.
    #[test]
    fn pack_wordsnext_assumes_the_step_lemmas_texts_and_the_composition_its_guarantee() {
        let compose = pack_compose_wrapper();
        for (packer, w) in [("xnc_packer_256", 256), ("xnc_packer", 512)] {
            let rtl = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../rtl/{packer}.v"));
            let text = std::fs::read_to_string(rtl).unwrap();
            let step = pack_step_wrapper(packer, w, &text).unwrap();
            let d = pack_wordsnext_wrapper(packer, w);
            // the step lemma's words assertions (from its file), as the derivation assumes them, once
            let a = step.find("        if (aresetn && inv_q && m_axis_tvalid && out_blk_q == f_blk) begin\n").unwrap();
            let e = a + step[a..].find("    end\nendmodule\n").unwrap();
            let proved = &step[a..e];
            assert_eq!(proved.matches("assert(").count(), 5);
            let assumed = proved.replace("assert(", "assume(");
            assert_eq!(d.matches(&assumed).count(), 1);
            assert_eq!(d.matches(PACK_WORDS_WIRES).count(), 1);
            // the invariant's conjunct 15, the line the step lemma proves inductive (from its file), once
            let okv15 = "    assign okv[15] = !f_end_have || (f_have == (f_pos < f_end));\n";
            assert_eq!(pack_step_inv_line(15), okv15);
            assert_eq!(step.matches(okv15).count(), 1);
            assert!(step.contains("            assert(okv_d[15]);\n"));
            assert_eq!(d.matches(okv15).count(), 1);
            // instantiated at the 33 bits after the record and at the block's last word, each on a
            // word out of a state in the step's invariant, in the record's block
            assert!(d.contains("        for (b = 0; b < 33; b = b + 1) begin : at\n"));
            assert!(d.contains("            wire [19:0] q = e + 20'd32 - b;\n"));
            assert!(d.contains("    wire [19:0] e = p + {10'd0, lin};\n"));
            assert_eq!(d.matches(".aresetn(1'b1), .inv_q(1'b1), .f_blk(blk), .f_pos(q),").count(), 1);
            assert_eq!(d.matches(".aresetn(1'b1), .inv_q(1'b1), .f_blk(blk), .f_pos(ql),").count(), 1);
            assert!(d.contains(".m_axis_tlast(1'b1), .out_blk_q(blk), .w_start_q(lstart),"));
            assert!(d.contains(".m_axis_tlast(wlast[b]), .out_blk_q(blk), .w_start_q(wstart[b * 20 +: 20]),"));
            assert!(d.contains(
                "iv (.f_pos(q), .f_have(fhave[b]), .f_end_have(fendh[b]), .f_end(fend[b * 20 +: 20]), .okv(ok));"
            ));
            assert!(d.contains("il (.f_pos(ql), .f_have(lhave), .f_end_have(lendh), .f_end(lend), .okv(lok));"));
            assert!(d.contains("                assume(ok[15]);\n") && d.contains("        assume(lok[15]);\n"));
            // besides the two texts: the stream's definitions (nxt, rest, the trackers at the 33
            // bits and the last word), the next record's validrecords and the positions' bound
            assert_eq!(d.lines().filter(|l| l.contains("assume(")).count(), 5 + 2 + 2 + 4);
            // the derivation's guarantee is the composition's assumption, byte for byte, once
            let guaranteed: Vec<String> = d
                .lines()
                .filter(|l| l.trim_start().starts_with("assert("))
                .map(|l| l.replacen("assert(", "assume(", 1))
                .collect();
            assert_eq!(guaranteed.len(), 1);
            assert_eq!(d.lines().filter(|l| l.contains("assert(")).count(), 1);
            assert_eq!(guaranteed[0].trim(), next_fact("assume"));
            let linked = |c: &str| c.matches(&guaranteed[0]).count() == 1;
            assert!(linked(&compose));
            for line in [
                "    input wire [551:0] rin,",
                "    input wire [9:0] lin,",
                "    input wire tin,",
                "    input wire [32:0] nxt,",
                "    input wire [15:0] rest,",
                "    wire [15:0] nxt_len = {6'd0, f_hlen(nxt)};",
            ] {
                assert!(d.contains(line) && compose.contains(line), "{line}");
            }
            assert!(d.contains(&hlen_fn()) && compose.contains(&hlen_fn()));
            // one conjunct dropped from the composition's side, or weakened: refused
            assert!(!linked(&compose.replacen("nxt == 33'd0 && ", "", 1)));
            assert!(!linked(&compose.replacen("rest < 16'd512", "rest <= 16'd512", 1)));
            // and the texts with one conjunct dropped are not the step lemma's
            assert_eq!(d.replacen("(f_have_q && f_val_q)", "f_val_q", 1).matches(&assumed).count(), 0);
            assert_eq!(d.replacen("!f_end_have || ", "", 1).matches(okv15).count(), 0);
        }
    }

    #[test]
    fn unpack_slots_cuts_every_register_and_asserts_a_conjunct_per_slot() {
        let rtl = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../rtl/xnc_unpacker_256.v");
        let text = std::fs::read_to_string(rtl).unwrap();
        let v = unpack_slots_wrapper("xnc_unpacker_256", 256, &text);
        let ys = unpack_slots_ys("xnc_unpacker_256", &text);
        for (n, _) in &state_regs(&text) {
            assert_cuts("rt_unpack_slots_xnc_unpacker_256", "xnc_unpacker_256", &text, &ys, &v, &format!("{n}_q"));
        }
        for g in ["slot3_d", "v3_d", "l3_d", "vacate"] {
            assert_cuts("rt_unpack_slots_xnc_unpacker_256", "xnc_unpacker_256", &text, &ys, &v, g);
        }
        assert!(ys.contains(CONES_MARK));
        // the chain's end and one conjunct per slot, each assertion on its own line (the vacuity check)
        let asserts = v.lines().filter(|l| l.contains("assert(")).count();
        let own_line = v.lines().filter(|l| l.trim_start().starts_with("assert(")).count();
        assert_eq!((asserts, own_line), (5, 5));
    }

    #[test]
    fn unpack_pos_and_stage_cut_every_register_and_assert_each_conjunct() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../rtl");
        for (unpacker, w) in [("xnc_unpacker_256", 256), ("xnc_unpacker", 512)] {
            let text = std::fs::read_to_string(dir.join(format!("{unpacker}.v"))).unwrap();
            let v = unpack_pos_wrapper(unpacker, w, &text).unwrap();
            let ys = unpack_pos_ys(unpacker, &text);
            let lemma = format!("rt_unpack_pos_{unpacker}");
            for (n, _) in &state_regs(&text) {
                assert_cuts(&lemma, unpacker, &text, &ys, &v, &format!("{n}_q"));
            }
            for g in unpack_pos_signals(&text) {
                assert_cuts(&lemma, unpacker, &text, &ys, &v, &g);
            }
            assert!(ys.contains(CONES_MARK));
            // k_split read from the rtl, the tiling assumed only in the step's precondition
            assert!(v.contains("16'd432") && v.contains("wire pre = !aresetn || (&inv_q && (half_q || tiling));"));
            // seven conjuncts, each assertion on its own line (the vacuity check)
            let asserts = v.lines().filter(|l| l.contains("assert(")).count();
            let own_line = v.lines().filter(|l| l.trim_start().starts_with("assert(")).count();
            assert_eq!((asserts, own_line), (7, 7));
            // a block without the registers it reads stops the generator with the name
            let e = unpack_pos_wrapper(unpacker, w, &text.replace("reg  last_q;", "")).unwrap_err();
            assert!(e.contains("last_q"), "{e}");
            assert!(
                unpack_pos_wrapper(unpacker, w, &text.replace("localparam  k_split ", "localparam  k_cut ")).is_err()
            );
            // the content layer: the same positions invariant (one text), assumed with the queue's,
            // the gather's at two indices and the lengths' bound; its own four conjuncts asserted
            let c = unpack_stage_wrapper(unpacker, w, &text).unwrap();
            let ys = unpack_stage_ys(unpacker, &text);
            let inv = |t: &str| {
                t[t.find("    function [6:0] inv(").unwrap()..t.find("    wire [6:0] inv_d").unwrap()].to_string()
            };
            assert_eq!(inv(&v), inv(&c));
            assert!(c.contains(
                "wire pre = !aresetn || (&inv_q && (half_q || tiling) && &qinv_q && &cinv_q && &g1 && &g2 && lens);"
            ));
            assert!(c.contains(&queue_inv_fns(w, 4, "qinv")) && c.contains("function [3:0] f_gather_ok("));
            for g in UNPACK_STAGE_SIGNALS {
                assert_cuts(&format!("rt_unpack_stage_{unpacker}"), unpacker, &text, &ys, &c, g);
            }
            let asserts = c.lines().filter(|l| l.contains("assert(")).count();
            let own_line = c.lines().filter(|l| l.trim_start().starts_with("assert(cinv_d[")).count();
            assert_eq!((asserts, own_line), (4, 4));
            // the output register's layer: the same positions and content invariants (one text each),
            // assumed before the step with its own, the positions and the queue's chain end after it;
            // its own conjuncts asserted
            let o = unpack_out_wrapper(unpacker, w, &text).unwrap();
            let ys = unpack_out_ys(unpacker, &text);
            let cinv = |t: &str| {
                t[t.find("    function [3:0] cinv(").unwrap()..t.find("    wire [3:0] cinv_d").unwrap()].to_string()
            };
            assert_eq!(inv(&v), inv(&o));
            assert_eq!(cinv(&c), cinv(&o));
            assert!(o.contains(
                "wire pre = !aresetn || (&inv_q && (half_q || tiling) && &qinv_q && &cinv_q && &g3 && lens && lens_lo && &oinv_q && &inv_d && qend_d);"
            ));
            assert!(o.contains("input wire [9:0] f_z") && o.contains("input wire [15:0] fe_p_q"));
            for g in unpack_layer_signals(&text, true) {
                assert_cuts(&format!("rt_unpack_out_{unpacker}"), unpacker, &text, &ys, &o, &g);
            }
            assert!(ys.contains(CONES_MARK));
            let asserts = o.lines().filter(|l| l.contains("assert(")).count();
            let own_line = o.lines().filter(|l| l.trim_start().starts_with("assert(oinv_d[")).count();
            assert_eq!((asserts, own_line), (OUT_CONJUNCTS + 1, OUT_CONJUNCTS));
            assert!(o.contains("            assert(m_axis_tdata == {out_q, 7'd0} && m_axis_tuser == out_len_q);"));
            // the records derivation: the content and output layers' own texts (cinv, oinv, the
            // position functions) instantiated at every bit of a record out, the ports the output
            // register's; refused for an unpacker whose m_axis_tvalid is not its output register's
            let r = unpack_records_wrapper(unpacker, w, &text).unwrap();
            let oinv = |t: &str| {
                t[t.find("    function [6:0] oinv(").unwrap()
                    ..t.find("    endfunction\n    wire [6:0] oinv_q").unwrap()]
                    .to_string()
            };
            let cfns = &c[c.find("    function [3:0] cinv(").unwrap()..c.find("    wire [3:0] cinv_q").unwrap()];
            assert!(r.contains(cfns) && r.contains(&oinv(&o)) && r.contains(&pos_fns(w, 10)));
            assert!(c.contains(&pos_fns(w, 10)) && o.contains(&pos_fns(w, 10)));
            assert!(r.contains(".f_blk(o[19:16]), .f_pos(o[15:0] + I), .f_z(I[9:0]),"));
            assert!(r.contains("for (i = 0; i < 545; i = i + 1) begin : at"));
            assert!(r.contains("assume(&z0);") && r.contains("assume(&c1);") && r.contains("assume(out_valid);"));
            assert!(r.contains("assume(tdata == {out, 7'd0} && tuser == out_len);"));
            let e = unpack_records_wrapper(unpacker, w, &text.replace("m_axis_tvalid = out_valid_q & aresetn;", ""));
            assert!(e.unwrap_err().contains("m_axis_tvalid"));
            // the composition assumes the records fact as the derivation asserts it: its assertions,
            // byte for byte with `assume`, on the same ports, trackers and stream line
            let compose = pack_compose_wrapper();
            let guaranteed: Vec<String> = r
                .lines()
                .filter(|l| l.trim_start().starts_with("assert("))
                .map(|l| l.replacen("assert(", "assume(", 1))
                .collect();
            assert_eq!(guaranteed.len(), 546);
            assert!(compose.contains(&guaranteed.join("\n")));
            assert_eq!(compose.matches(&guaranteed.join("\n")).count(), 1);
            for line in [
                "    input wire [551:0] tdata,",
                "    input wire [9:0] tuser",
                "    input wire [544:0] fh,",
                "    input wire [544:0] fv,",
                "    wire [544:0] seg = fv;",
            ] {
                assert!(r.contains(line) && compose.contains(line), "{line}");
            }
            // and nothing else links the record out's bits to the stream: tdata is read only by the
            // port, the records fact, the lengths (its header) and the goal
            let lengths = "        assume(tuser == f_hlen(tdata[551:519]));";
            let goal = "        assert(tuser == lin && tdata == rin && tout == tin);";
            assert!(compose.contains(lengths) && compose.contains(goal));
            assert_eq!(compose.lines().filter(|l| l.contains("tdata")).count(), 1 + 546 + 2);
            // the lengths derivation: the length invariant's own text (the length lemma's),
            // instantiated on the state as the tlast derivation does, and the output layer's port
            // fact as the records derivation assumes it; its one assertion is the composition's
            // lengths assumption, byte for byte with `assume`, on the same ports and f_hlen
            let n = unpack_lenout_wrapper(unpacker, &text).unwrap();
            let g = state_regs(&text).iter().find(|(n, _)| n == "rec_hi").unwrap().1;
            assert!(
                n.contains(&len_inv_fn(10, g, 545))
                    && unpack_len_wrapper(unpacker, w, &text).contains(&len_inv_fn(10, g, 545))
            );
            for a in [
                "        assume(inv(full, len, hi, off0, out_valid, out_len, out));",
                "        assume(out_valid);",
                "        assume(tdata == {out, 7'd0} && tuser == out_len);",
            ] {
                assert_eq!(n.matches(a).count(), 1, "{a}");
                assert!(a.contains("inv(") || r.contains(a), "{a}");
            }
            assert_eq!(n.lines().filter(|l| l.contains("assume(")).count(), 3);
            assert_eq!(n.lines().filter(|l| l.contains("assert(")).count(), 1);
            let guaranteed = n.lines().find(|l| l.contains("assert(")).unwrap().replacen("assert(", "assume(", 1);
            assert_eq!(guaranteed, lengths);
            assert_eq!(compose.lines().filter(|l| *l == guaranteed).count(), 1, "{guaranteed}");
            for line in ["    input wire [551:0] tdata,", "    input wire [9:0] tuser"] {
                assert!(n.contains(line) && compose.contains(line), "{line}");
            }
            assert!(n.contains(&hlen_fn()) && compose.contains(&hlen_fn()));
            let e = unpack_lenout_wrapper(unpacker, &text.replace("m_axis_tvalid = out_valid_q & aresetn;", ""));
            assert!(e.unwrap_err().contains("m_axis_tvalid"));
            // the tlast derivation: the positions, content, output and queue layers' own texts (inv,
            // cinv, oinv, qinv, the position functions) and the length invariant, instantiated at the
            // 33 bits after a record out and stage A's last bit; refused for an unpacker whose
            // m_axis_tlast is not its output register's
            let t = unpack_last_wrapper(unpacker, w, &text).unwrap();
            let f0 = v[..v.find(":0] f_avail(input").unwrap()].rfind("    function [").unwrap();
            let pinv = &v[f0..v.find("    wire [6:0] inv_q").unwrap()];
            assert!(pinv.contains("function [6:0] inv(") && pinv.contains("f_avail = "));
            assert!(t.contains(pinv) && t.contains(cfns) && t.contains(&oinv(&o)) && t.contains(&pos_fns(w, 10)));
            assert!(t.contains(&queue_inv_fns(w, 4, "qinv")) && c.contains(&queue_inv_fns(w, 4, "qinv")));
            let g = state_regs(&text).iter().find(|(n, _)| n == "rec_hi").unwrap().1;
            assert!(
                t.contains(&len_inv_fn(10, g, 545))
                    && unpack_len_wrapper(unpacker, w, &text).contains(&len_inv_fn(10, g, 545))
            );
            assert!(t.contains("for (k = 0; k < 33; k = k + 1) begin : at"));
            assert!(t.contains(".f_blk(o[19:16]), .f_pos(e + J), .f_z(J[9:0]),"));
            assert!(t.contains(".f_blk(o[19:16]), .f_pos(e + {6'd0, len} - 16'd1), .f_z(10'd0),"));
            assert!(t.contains("    wire [15:0] e = o[15:0] + {6'd0, out_len};"));
            for a in [
                "assume(&pinv);",
                "assume(inv(full, len, hi, off0, out_valid, out_len, out));",
                "assume(&z2 && &z5 && &z6);",
                "assume(&z1);",
                "assume(&c0);",
                "assume(cl[0]);",
                "assume(&ql[4:1]);",
                "assume(out_valid && tout == out_last);",
                "assume(CASE == 0 ? out_last : CASE == 1 ? (!out_last && !half) : (!out_last && half));",
                "assert(tout ? left < {6'd0, f_hlen(win)} : left >= {6'd0, f_hlen(win)});",
            ] {
                assert_eq!(t.matches(a).count(), 1, "{a}");
            }
            assert_eq!(t.lines().filter(|l| l.contains("assert(")).count(), 1);
            // the composition assumes the last fact as the derivation asserts it: its one assertion,
            // byte for byte with `assume`, on the same ports and the same f_hlen
            let guaranteed = t.lines().find(|l| l.contains("assert(")).unwrap().replacen("assert(", "assume(", 1);
            assert_eq!(compose.lines().filter(|l| *l == guaranteed).count(), 1, "{guaranteed}");
            for line in ["    input wire tout", "    input wire [15:0] left", "    input wire [32:0] win"] {
                assert!(t.contains(line) && compose.contains(line), "{line}");
            }
            assert!(t.contains(&hlen_fn()) && compose.contains(&hlen_fn()));
            let e = unpack_last_wrapper(unpacker, w, &text.replace("m_axis_tlast = out_last_q;", ""));
            assert!(e.unwrap_err().contains("m_axis_tlast"));
            // one .sby per case, each the same lemma text with its CASE
            let all: Vec<(&str, String)> = ["xnc_packer_256", "xnc_unpacker_256", "xnc_packer", "xnc_unpacker"]
                .iter()
                .map(|b| (*b, std::fs::read_to_string(dir.join(format!("{b}.v"))).unwrap()))
                .collect();
            let files = pack_files(&all).unwrap();
            {
                for (k, case) in LAST_CASES.iter().enumerate() {
                    let (_, sby) =
                        files.iter().find(|(n, _)| *n == format!("rt_unpack_last_{unpacker}_{case}.sby")).unwrap();
                    assert!(sby.contains(&format!(
                        "chparam -set CASE {k} rt_unpack_last_{unpacker}\nprep -top rt_unpack_last_{unpacker}\n"
                    )));
                    assert!(sby.contains(&format!("read_verilog -formal rt_unpack_last_{unpacker}.v\n")));
                }
            }
            // the bounds the layers assume are the texts the bounds' lemma derives from the length
            // invariant, itself the text the length lemma proves
            let b = unpack_lenbound_wrapper(unpacker, &text);
            let lens = lens_hi_text(10, 545);
            assert!(c.contains(&lens) && o.contains(&lens) && b.contains(&lens));
            assert!(o.contains(LENS_LO) && b.contains(LENS_LO));
            let g = state_regs(&text).iter().find(|(n, _)| n == "rec_hi").unwrap().1;
            let linv = len_inv_fn(10, g, 545);
            assert!(b.contains(&linv) && unpack_len_wrapper(unpacker, w, &text).contains(&linv));
            // the header lemma: neither the positions nor the tiling assumed (the tiling the
            // layers assume is derived from it); its invariant the output layer's conjunct 4 (one
            // text); its step and the three header facts of a state asserted, each on its own line
            let h = unpack_head_wrapper(unpacker, w, &text).unwrap();
            let ys = unpack_head_ys(unpacker, &text);
            assert!(h.contains("wire pre = !aresetn || (&qinv_q && hinv_q && qend_d);"));
            assert!(h.contains("wire hpre = &qinv_q && &g3 && hinv_q;"));
            assert!(!h.contains("&inv_q") && !h.contains("&& tiling"));
            assert!(h.contains(&slot_chain_ends(w, 4).1) && o.contains(&slot_chain_ends(w, 4).1));
            assert!(h.contains(&queue_inv_fns(w, 4, "qinv")) && ys.contains(CONES_MARK));
            let asserts = h.lines().filter(|l| l.contains("assert(")).count();
            let own_line = h.lines().filter(|l| l.trim_start().starts_with("assert(")).count();
            assert_eq!((asserts, own_line), (HEAD_CONJUNCTS + 1, HEAD_CONJUNCTS + 1));
            // what the layers assume at the read position (`tiling`: a pad leaves less than a word
            // of the slots' bits) is what the derivation asserts of the header lemma's `room`
            assert!(
                v.contains("wire tiling = !pad || f_avail(v0_q, v1_q, v2_q, v3_q, l0_q, l1_q, l2_q, l3_q) - rd_q < ")
            );
            assert!(h.contains("room = f_avail(v0_q, v1_q, v2_q, v3_q, l0_q, l1_q, l2_q, l3_q) - rd_q;"));
            let d = unpack_pad_wrapper(unpacker, w);
            assert!(d.contains("assert(!(bnd && pad) || room < W);") && d.contains(&format!("parameter W = {w}")));
            assert_eq!(d.lines().filter(|l| l.contains("hw[") && l.contains("== sw[")).count(), 33);
        }
    }

    /// A one-step lemma's wrapper `v` and `.ys` cut or observe `sig` of `block`: for a lemma of
    /// [`TWIN_LEMMAS`] through the block's formal twin (no `expose`, no `../rtl/`: the `.ys` reads
    /// the twin with every register cut, the wrapper connects the twin's `formal_<sig>`, a port the
    /// twin has), else with `expose` on the block's netlist.
    fn assert_cuts(lemma: &str, block: &str, rtl: &str, ys: &str, v: &str, sig: &str) {
        if TWIN_LEMMAS.contains(&lemma) {
            assert!(!ys.contains("expose") && !ys.contains("../rtl/"), "{lemma}");
            assert!(ys.contains(&format!("read_verilog -formal -D{STATE_CUT} {block}_cut.v\n")), "{lemma}");
            assert!(
                v.contains(&format!("    {block}_cut dut (\n")) && !v.contains(&format!("    {block} dut")),
                "{lemma}"
            );
            assert!(v.contains(&format!(".formal_{sig}({sig})")), "{lemma}: {sig}");
            assert!(cut_twin(block, rtl).unwrap().contains(&format!(" formal_{sig}\n")), "{lemma}: {sig}");
        } else {
            assert!(
                ys.contains(&format!("{block}/w:{sig}")) && v.contains(&format!(".{sig}({sig})")),
                "{lemma}: {sig}"
            );
        }
    }

    /// The packers' and unpackers' formal twins: rtl/<block>.v with lines added only (the module
    /// renamed), every register cut under `FORMAL_CUT_STATE` and observed, the lemmas' combinational
    /// signals observed; an unpacker's FORMAL observation `formal_rd_q` kept only without the cut.
    /// Every lemma of TWIN_LEMMAS, as committed in formal/, reads the twin and no `expose`, and
    /// connects only ports the twin has.
    #[test]
    fn pack_twins_are_the_rtl_with_lines_added_and_the_converted_lemmas_read_them() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        for b in PACK_CUT_BLOCKS {
            let text = std::fs::read_to_string(root.join(format!("rtl/{b}.v"))).unwrap();
            let twin = cut_twin(b, &text).unwrap();
            let body = &twin[twin.find(&format!("// {b}.v: GENERATED FILE")).unwrap()..];
            let mut orig = text.lines().peekable();
            for l in body.lines() {
                let o = orig.peek().map(|o| {
                    o.replace(&format!("module {b} ("), &format!("module {b}_cut ("))
                        .replace(&format!("endmodule // {b}"), &format!("endmodule // {b}_cut"))
                });
                if o.as_deref() == Some(l) {
                    orig.next();
                    continue;
                }
                let t = l.trim();
                let added = t == format!("`ifdef {STATE_CUT}")
                    || t == format!("`ifndef {STATE_CUT}")
                    || t == "`endif"
                    || t.starts_with(&format!("// {STATE_CUT}: "))
                    || t == "always @(*) begin"
                    || t == "end"
                    || ((t.starts_with(", input") || t.starts_with(", output")) && t.contains(" formal_"))
                    || (t.starts_with("assign formal_") && t.ends_with(';'))
                    || (t.ends_with("_q;") && t.contains("_q = formal_"));
                assert!(added, "{b}: a line the rtl does not have: {l}");
            }
            assert!(orig.next().is_none(), "{b}: the twin lacks lines of the rtl");
            for (n, _) in state_regs(&text) {
                assert!(
                    twin.contains(&format!(" formal_{n}_q\n")) && twin.contains(&format!(" formal_{n}_d\n")),
                    "{b}: {n}"
                );
                assert!(twin.contains(&format!("        {n}_q = formal_{n}_q;\n")), "{b}: {n}");
            }
            // the clocked block: every line of it (every register's load) left out under the cut
            let c0 =
                twin.find("    always @(posedge aclk) begin\n").unwrap() + "    always @(posedge aclk) begin\n".len();
            let clocked = &twin[c0..c0 + twin[c0..].find("    end\n").unwrap()];
            assert!(clocked.starts_with(&format!("`ifndef {STATE_CUT}\n")) && clocked.ends_with(";\n`endif\n"), "{b}");
            assert_eq!(clocked.matches("`ifndef").count(), 1, "{b}");
            assert_eq!(clocked.lines().filter(|l| l.ends_with("_d;")).count(), state_regs(&text).len(), "{b}");
            for g in twin_observed(b) {
                assert!(twin.contains(&format!("    assign formal_{g} = {g};\n")), "{b}: {g}");
            }
            if b.starts_with("xnc_unpacker") {
                // the block's own FORMAL observation of rd_q, only without the cut
                assert!(
                    twin.contains(&format!("`ifndef {STATE_CUT}\n    assign formal_rd_q = rd_q;\n`endif\n")),
                    "{b}"
                );
            }
            // a signal to observe that the block does not declare is refused by name
            let e = xnc_rtl::emit::with_cut_registers(&text, b, "t", "", &[], &["no_such".into()]).unwrap_err();
            assert!(e.contains("no_such"), "{e}");
        }
        for l in TWIN_LEMMAS {
            let ys = std::fs::read_to_string(root.join(format!("formal/{l}.ys"))).unwrap();
            let v = std::fs::read_to_string(root.join(format!("formal/{l}.v"))).unwrap();
            let b = PACK_CUT_BLOCKS.iter().filter(|b| l.ends_with(&format!("_{b}"))).max_by_key(|b| b.len()).unwrap();
            assert!(!ys.contains("expose") && !ys.contains("../rtl/"), "{l}");
            assert!(ys.contains(&format!("read_verilog -formal -D{STATE_CUT} {b}_cut.v\n")), "{l}");
            let twin = std::fs::read_to_string(root.join(format!("formal/{b}_cut.v"))).unwrap();
            for port in
                v.lines().filter_map(|x| x.trim().strip_prefix(".formal_")).map(|x| x.split('(').next().unwrap())
            {
                assert!(twin.contains(&format!(" formal_{port}\n")), "{l}: formal_{port}");
            }
        }
    }

    #[test]
    fn unpack_gather_cuts_every_register_and_reads_the_geometry_from_the_rtl() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../rtl");
        for (unpacker, w) in [("xnc_unpacker_256", 256), ("xnc_unpacker", 512)] {
            let text = std::fs::read_to_string(dir.join(format!("{unpacker}.v"))).unwrap();
            // ring of four slots, a 545-bit record, stage A's parts, the second part 432 bits on
            assert_eq!(gather_geometry(unpacker, w, &text), Ok((4 * w, 545, 434, 112, 432)));
            let v = unpack_gather_wrapper(unpacker, w, &text).unwrap();
            let ys = unpack_gather_ys(unpacker, &text);
            let lemma = format!("rt_unpack_gather_{unpacker}");
            for (n, _) in &state_regs(&text) {
                assert_cuts(&lemma, unpacker, &text, &ys, &v, &format!("{n}_q"));
            }
            for g in GATHER_SIGNALS {
                assert_cuts(&lemma, unpacker, &text, &ys, &v, g);
            }
            assert!(ys.contains(CONES_MARK));
            // the second part's bits 2 past the first part's split: rec_hi (434) - k_split (432)
            assert!(v.contains("12'd2 + jj"));
            // one conjunct per assertion, each on its own line (the vacuity check)
            let asserts = v.lines().filter(|l| l.contains("assert(")).count();
            let own_line = v.lines().filter(|l| l.trim_start().starts_with("assert(")).count();
            assert_eq!((asserts, own_line), (4, 4));
            // an unpacker rebuilt without a signal the lemma reads is refused by name
            let e = unpack_gather_wrapper(unpacker, w, &text.replace("reg  [544:0] window;", "")).unwrap_err();
            assert!(e.contains("`window`"), "{e}");
        }
        assert_eq!(rtl_localparam("    localparam  k_split = 12'h1b0;", "k_split"), Some(432));
        assert_eq!(rtl_localparam("    localparam  k_one = 10'b101;", "k_one"), Some(5));
        assert_eq!(rtl_localparam("    localparam  k_split = 12'h1b0;", "k_spli"), None);
    }

    #[test]
    fn every_mutant_applies_to_the_committed_rtl_and_changes_it() {
        let rtl = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../rtl");
        for m in mutants() {
            let text = std::fs::read_to_string(rtl.join(format!("{}.v", m.block))).unwrap();
            let bad = mutate(&m, &text).unwrap();
            assert_ne!(bad, text, "{}", m.name);
            assert!(
                m.proof == "axis"
                    || m.proof == "inv"
                    || m.proof == "data"
                    || m.proof == "table"
                    || m.proof == "records"
                    || m.proof == "len"
                    || m.proof == "chunk"
                    || m.proof == "gather"
                    || m.proof == "comb"
                    || m.proof.strip_prefix("data_lane").is_some_and(|l| l.parse::<usize>().is_ok())
                    || roundtrip_lemmas().iter().any(|l| l.name == m.proof),
                "{}",
                m.name
            );
        }
        let m = &mutants()[0];
        assert!(mutate(m, "no such line").is_err());
    }

    #[test]
    fn wrappers_from_the_manifest_match_the_committed_rtl() {
        let rtl = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../rtl");
        for blk in manifest::BLOCKS {
            let text = std::fs::read_to_string(rtl.join(format!("{}.v", blk.name))).unwrap();
            // the ANSI header of the block: one port per line, up to `);`
            let head = &text[text.find(&format!("module {} (", blk.name)).unwrap()..];
            let head = &head[..head.find("\n);").unwrap()];
            let ps = ports(blk);
            assert_eq!(
                head.lines()
                    .filter(|l| l.trim_start().starts_with("input") || l.trim_start().starts_with("output"))
                    .count(),
                ps.len()
            );
            for p in &ps {
                let range = if p.width > 1 { format!("[{}:0]", p.width - 1) } else { String::new() };
                let dir = if p.input { "input" } else { "output" };
                assert!(
                    head.lines().any(|l| {
                        let w: Vec<&str> = l.split("//").next().unwrap().split_whitespace().collect();
                        w.first() == Some(&dir)
                            && w.last().map(|n| n.trim_end_matches(',')) == Some(p.name.as_str())
                            && (p.width == 1 || w.contains(&range.as_str()))
                    }),
                    "{}: {} {} {}",
                    blk.name,
                    dir,
                    range,
                    p.name
                );
            }
        }
        let tans = manifest::block("tans_decoder").unwrap();
        let s = streams(tans);
        assert_eq!(
            s.iter().map(|s| (s.prefix.as_str(), s.input)).collect::<Vec<_>>(),
            [("s_axis_ans", true), ("s_axis_raw", true), ("m_axis", false)]
        );
        assert_eq!(
            s[0].payload,
            [
                ("s_axis_ans_tlast".to_string(), 1),
                ("s_axis_ans_tuser".to_string(), 16),
                ("s_axis_ans_tdata".to_string(), 8)
            ]
        );
        assert!(ports(tans).iter().any(|p| p.name == "tbl_we" && p.input));
    }

    #[test]
    fn every_tans_decoder_of_the_manifest_gets_a_data_proof() {
        let tans: Vec<&Block> = manifest::BLOCKS.iter().filter(|b| tans_params(b).is_some()).collect();
        // plain, r8, fa, ctx, ctx_r10, x4, x8 (at least)
        assert!(tans.len() >= 7);
        for b in &tans {
            let v = tans_data_wrapper(b).unwrap();
            assert!(v.contains(&format!("module formal_{}_data (", b.name)) && v.contains("assert(o_data == want);"));
            let (r, kind) = tans_params(b).unwrap();
            assert!(v.contains(&format!("localparam R = {r},")));
            assert_eq!(v.contains("wire [3:0] nbits = nbits_map;"), kind == TansKind::Pairs { fa: true, lanes: 1 });
            // the lane decoders: one lane chosen freely, its slot checked; the context decoders:
            // the class of the value's column picks the table
            let lanes = matches!(kind, TansKind::Pairs { lanes, .. } if lanes > 1);
            assert_eq!(v.contains("(* anyconst *) reg [3:0] sel_any;"), lanes, "{}", b.name);
            assert_eq!(v.contains("dec_entry(cls, cur)"), kind == TansKind::Ctx, "{}", b.name);
            let sby = tans_data_sby(b, "x.v");
            let (d, c) = tans_data_depth(b);
            assert!(
                sby.contains(&format!("prove: depth {d}\n")) && sby.contains(&format!("cover: depth {c}\n")) && d <= c
            );
            // one prove task per lane (lane decoders) or per format (context decoders)
            let n = tans_lanes(b);
            for l in 0..n {
                assert_eq!(sby.contains(&format!("prove_l{l}: chparam -set SEL {l} ")), n > 1, "{}", b.name);
            }
            assert_eq!(sby.contains("prove_fp16: chparam -set FMT 1 "), kind == TansKind::Ctx, "{}", b.name);
            // the lane counts are assumed for every block, not only the first
            assert_eq!(v.contains("assume(fu0[bc] != 16'd0);"), lanes, "{}", b.name);
            // task reach exactly where the prove depth reaches a value after a transition
            assert_eq!(sby.contains(&format!("reach: depth {d}\n")), d >= tans_transition_depth(b), "{}", b.name);
        }
        // docs/FORMAL.md: the one-lane decoders and the 4-lane decoder check a state transition
        for name in ["tans_decoder", "tans_decoder_r8", "tans_decoder_fa", "tans_decoder_x4"] {
            let b = manifest::block(name).unwrap();
            assert!(tans_data_depth(b).0 >= tans_transition_depth(b), "{name}");
        }
        for name in ["tans_decoder_x4", "tans_decoder_x8", "tans_decoder_ctx", "tans_decoder_ctx_r10"] {
            assert!(tans.iter().any(|b| b.name == name), "{name}");
        }
        // a tANS decoder without the framing's ports is refused, not given a proof that checks nothing
        let mut b = *manifest::block("tans_decoder").unwrap();
        b.table = None;
        assert!(tans_data_wrapper(&b).unwrap_err().contains("tbl_we"));
        assert!(tans_data_wrapper(manifest::block("xnc_packer").unwrap()).is_err());
    }

    #[test]
    fn pack_chain_is_complete_and_a_broken_one_is_refused() {
        for (packer, unpacker) in PACK_PAIRS {
            let chain = pack_chain(packer, unpacker);
            check_pack_chain(&chain).unwrap();
            let without = |prefix: &str| -> Result<(), String> {
                let c: Vec<PackLemma> = chain.iter().filter(|l| !l.name.starts_with(prefix)).cloned().collect();
                assert_eq!(c.len() + 1, chain.len(), "{prefix}");
                check_pack_chain(&c)
            };
            // without the chunk-path lemma the one-step words lemma's assumption is unfounded
            let e = without("rt_pack_chunk_").unwrap_err();
            assert!(e.contains(&format!("rt_pack_step_{packer}: assumption chunks is not guaranteed")), "{e}");
            // the packer's block lemma is no longer needed by the chain: the unpacker's records and
            // tlast stand on its one-step layers, which assume the tiling at the read position (the
            // rule it proves, blockfits, is the bounded mutant check's input assumption)
            assert!(without("rt_pack_fits_").is_ok());
            // without the packer's zero-padding lemma nothing guarantees the unpacker's other input
            // rule (the first lemma that assumes it: the derivation of its form at the read
            // position)
            let e = without("rt_pack_tiling_").unwrap_err();
            assert!(e.contains(&format!("rt_unpack_pad_{unpacker}: assumption tiling is not guaranteed")), "{e}");
            // the read positions assume that form, derived from the header the unpacker reads
            let e = without("rt_unpack_pad_").unwrap_err();
            assert!(e.contains(&format!("rt_unpack_pos_{unpacker}: assumption padtiling is not guaranteed")), "{e}");
            let e = without("rt_unpack_head_").unwrap_err();
            assert!(e.contains(&format!("rt_unpack_pad_{unpacker}: assumption header is not guaranteed")), "{e}");
            // without the unpacker's length invariant the content layer and the composition are
            // unfounded (the first that assumes it: the content layer)
            let e = without("rt_unpack_len_").unwrap_err();
            assert!(e.contains(&format!("rt_unpack_lenbound_{unpacker}: assumption lengths")), "{e}");
            // without the words' derivation at the record the composition's words side is unfounded
            let e = without("rt_pack_wordsout_").unwrap_err();
            assert!(e.contains("rt_pack_compose: assumption portwords is not guaranteed"), "{e}");
            // and without the words' derivation after the record its line after the record
            let e = without("rt_pack_wordsnext_").unwrap_err();
            assert!(e.contains("rt_pack_compose: assumption portnext is not guaranteed"), "{e}");
            // without the lengths' derivation at the ports the composition's lengths are unfounded
            let e = without("rt_unpack_lenout_").unwrap_err();
            assert!(e.contains("rt_pack_compose: assumption portlengths is not guaranteed"), "{e}");
            // and without the bounds' lemma the content layer's assumption is unfounded
            let e = without("rt_unpack_lenbound_").unwrap_err();
            assert!(e.contains(&format!("rt_unpack_stage_{unpacker}: assumption lenbounds")), "{e}");
            // the output register's layer stands on the contents
            let e = without("rt_unpack_stage_").unwrap_err();
            assert!(e.contains(&format!("rt_unpack_out_{unpacker}: assumption stage is not guaranteed")), "{e}");
            // a chain that stops before the composition proves nothing end to end
            assert!(check_pack_chain(&chain[..chain.len() - 1]).is_err());
        }
        // the composition and the block lemma assume every fact they state, by the same labels
        let compose = pack_compose_wrapper();
        for f in &pack_lemma(&pack_chain("", ""), "rt_pack_compose").assumes {
            assert!(compose.contains(&format!("// {}:", f.label())), "{}", f.label());
        }
        // the unpacker's tlast from its layers likewise
        let rtl = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../rtl/xnc_unpacker.v");
        let last = unpack_last_wrapper("xnc_unpacker", 512, &std::fs::read_to_string(rtl).unwrap()).unwrap();
        let chain = pack_chain("", "xnc_unpacker");
        let l = pack_lemma(&chain, "rt_unpack_last_");
        for f in l.assumes.iter().chain(&l.guarantees) {
            assert!(
                last.contains(&format!("// {}:", f.label())) || last.contains(&format!("// {} (", f.label())),
                "{}",
                f.label()
            );
        }
        let fits = pack_fits_wrapper("xnc_packer_256", 256);
        let chain = pack_chain("xnc_packer_256", "");
        let l = pack_lemma(&chain, "rt_pack_fits_");
        for f in l.assumes.iter().chain(&l.guarantees) {
            assert!(
                fits.contains(&format!("// {}:", f.label())) || fits.contains(&format!("// {} (", f.label())),
                "{}",
                f.label()
            );
        }
        // the rule it proves is the one rt_block_fits.v states
        assert!(fits.contains(BLOCK_FITS_OK) && block_fits().contains(BLOCK_FITS_OK));
        // the zero-padding lemma states the facts it assumes and the one it proves, by their labels
        for (packer, w) in [("xnc_packer_256", 256), ("xnc_packer", 512)] {
            let tiling = pack_tiling_wrapper(packer, w);
            let chain = pack_chain(packer, "");
            let l = pack_lemma(&chain, "rt_pack_tiling_");
            assert_eq!(l.guarantees, vec![PackFact::Tiling]);
            for f in l.assumes.iter().chain(&l.guarantees) {
                assert!(
                    tiling.contains(&format!("// {}:", f.label())) || tiling.contains(&format!("// {} (", f.label())),
                    "{}",
                    f.label()
                );
            }
            assert!(tiling.contains(&format!("parameter W = {w},")));
        }
    }
}

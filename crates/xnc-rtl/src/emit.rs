//! Turn a rust-hdl block into one self-contained, lint-clean Verilog file.
//!
//! rust-hdl names the top module `top` and every submodule `top$path$to$instance`, and uses `$` in
//! signal names (`dff$clock`). Files with those names cannot be compiled together (every file has a
//! `top`), and `$` in names trips several tools. [`verilog`] renames the top module to the block's
//! name, every submodule to `name_path_to_instance`, every other `$` in an identifier to `_`
//! (checking that no two names collide), and wraps the result in a banner and
//! `` `default_nettype none `` / `` `default_nettype wire ``.
//!
//! It also rewrites rust-hdl's width casts: `bit_cast::<N, W>(x)` is emitted as `((x) & N'hff..f)`,
//! which Verilator reports as a width mismatch (WIDTHEXPAND/WIDTHTRUNC) whenever `x` is not N bits
//! wide. When `x` is a plain signal whose width the module declares, the cast becomes the exact
//! `{{(N-W){1'b0}}, x}` (zero extension), `x[N-1:0]` (truncation) or `x`: the same value in every
//! context, without the warning. Casts of other expressions are left alone.

use rust_hdl::core::prelude::{check_all, generate_verilog_unchecked, Block};
use std::collections::{BTreeMap, BTreeSet};

use crate::manifest::{self, Dir, StreamPort};

/// The readable Verilog of a manifest block: `rtl/<name>.v`.
///
/// On top of [`finish`] (names, width casts, banner): every register rust-hdl emits as a module of
/// its own (`d`, `q`, `clock`, an `initial` value) becomes `<name>_q <= <name>_d` in one
/// `always @(posedge aclk)` block of the block's own module, with no `initial`; no clock goes
/// through combinational logic (`x_clock = aclk` aliases are replaced by `aclk`); identical
/// sub-modules (the lanes of a lane decoder) are one module instantiated several times
/// (`merge_identical_modules`); the port list is
/// ANSI, grouped by interface, one comment per port from the manifest (which it must match
/// exactly: a port missing on either side panics); the header states the block's function,
/// latency, throughput, protocol and table-load sequence from the manifest.
pub fn block_verilog(blk: &manifest::Block, generator_cmd: &str) -> String {
    let raw = (blk.hdl)();
    let tidy = exact_width_casts(&rename_identifiers(blk.name, &raw));
    let modules = split_modules(&tidy);
    let regs: BTreeSet<String> = modules.iter().filter(|m| is_register_module(m)).map(|m| m.name.clone()).collect();
    let inlined: Vec<Module> = modules
        .iter()
        .filter(|m| !regs.contains(&m.name))
        .map(|m| Module { name: m.name.clone(), text: bit_replacements(&inline_registers(&m.text, &regs)) })
        .collect();
    let mut body = String::new();
    for m in merge_identical_modules(inlined, blk.name) {
        let text = if m.name == blk.name { ansi_ports(&m.text, blk) } else { m.text };
        body.push_str(&text);
        body.push('\n');
    }
    let mut out = wrap_long_lines(&header(blk, generator_cmd));
    out.push_str("`default_nettype none\n\n");
    push_tidy_lines(&mut out, &wrap_long_lines(&body));
    if !out.ends_with("\n\n") {
        out.push('\n');
    }
    out.push_str("`default_nettype wire\n");
    out
}

/// The longest line [`block_verilog`] writes (and [`with_formal_ports`] adds): longer lines of the
/// rust-hdl output are broken by `wrap_long_lines`; a test checks every committed `rtl/` file.
pub const MAX_LINE: usize = 200;

/// Width of the lines a port or name list is filled to when it is broken.
const LIST_LINE: usize = 100;

/// `text` with every line longer than [`MAX_LINE`] broken into lines a reader can follow, its
/// meaning unchanged (Verilog ignores line breaks between tokens):
/// - an assignment `x = e;` or a condition `if (e) begin` at the outermost operators of `e`
///   (`|`, `&`, `^`, `+`, `||`, `&&` or the commas of a concatenation), one operand a line under the
///   first, each operand broken the same way if still too long;
/// - a non-ANSI module header `module m(a,b,...);` as a port list filled to [`LIST_LINE`] characters;
/// - an all-ones `localparam` literal as `{N{1'b1}}` (with the width declared);
/// - a comment at word boundaries.
///
/// Lines with strings, trailing comments or directives are left alone.
fn wrap_long_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for line in text.lines() {
        for l in wrap_line(line) {
            out.push_str(&l);
            out.push('\n');
        }
    }
    out
}

fn wrap_line(line: &str) -> Vec<String> {
    if line.len() <= MAX_LINE {
        return vec![line.to_string()];
    }
    let indent = &line[..line.len() - line.trim_start().len()];
    let t = line.trim();
    if let Some(c) = t.strip_prefix("//") {
        return fill(c.split_whitespace(), " ", &format!("{indent}//"), &format!("{indent}//  "), LIST_LINE);
    }
    if t.contains('"') || t.contains("//") || t.starts_with('`') {
        return vec![line.to_string()];
    }
    if let Some(args) = t.strip_prefix("module ").and_then(|r| r.strip_suffix(");")) {
        if let Some((name, ports)) = args.split_once('(') {
            let ports: Vec<String> = ports.split(',').map(|p| format!("{},", p.trim())).collect();
            let mut out = vec![format!("{indent}module {name}(")];
            let mut list = fill(
                ports.iter().map(String::as_str),
                " ",
                &format!("{indent}    "),
                &format!("{indent}    "),
                LIST_LINE,
            );
            if let Some(last) = list.last_mut() {
                last.pop(); // the last port's comma
            }
            out.extend(list);
            out.push(format!("{indent});"));
            return out;
        }
    }
    if let Some(rest) = t.strip_prefix("localparam") {
        if let Some((name, lit)) = rest.split_once(" = ").map(|(n, l)| (n.trim(), l.trim_end_matches(';'))) {
            if let Some(n) = all_ones_literal(lit) {
                return vec![format!("{indent}localparam [{}:0] {name} = {{{n}{{1'b1}}}};", n - 1)];
            }
        }
        return vec![line.to_string()];
    }
    let (head, expr, tail) = if let Some(c) = t.strip_prefix("if (").and_then(|r| r.strip_suffix(") begin")) {
        (format!("{indent}if ("), c, ") begin")
    } else if let Some(k) = top_level_find(t, " = ") {
        let (e, tail) = match t[k + 3..].strip_suffix(';') {
            Some(e) => (e, ";"),
            None => (&t[k + 3..], ""),
        };
        (format!("{indent}{} = ", &t[..k]), e, tail)
    } else {
        return vec![line.to_string()];
    };
    let mut out = Vec::new();
    wrap_expr(&head, expr, tail, &format!("{indent}    "), &mut out);
    out
}

/// Depth of brackets `(`, `[`, `{` before each byte of `s`.
fn depths(s: &str) -> Vec<i32> {
    let mut d = 0;
    s.bytes()
        .map(|c| {
            let here = d;
            match c {
                b'(' | b'[' | b'{' => d += 1,
                b')' | b']' | b'}' => d -= 1,
                _ => {}
            }
            here
        })
        .collect()
}

/// Position of the first `pat` in `s` outside every bracket.
fn top_level_find(s: &str, pat: &str) -> Option<usize> {
    let d = depths(s);
    s.match_indices(pat).map(|(i, _)| i).find(|&i| d[i] == 0)
}

/// `head`, `expr`, `tail` on one line if it fits, else `expr` split at its outermost binary
/// operators or commas: the first operand after `head`, the others on lines of their own at
/// `indent` (an operator first, a comma last on the line before), the last one followed by `tail`.
fn wrap_expr(head: &str, expr: &str, tail: &str, indent: &str, out: &mut Vec<String>) {
    if head.len() + expr.len() + tail.len() <= MAX_LINE {
        out.push(format!("{head}{expr}{tail}"));
        return;
    }
    // (position, length of the separator, operator) of every candidate, at its depth
    const OPS: [&str; 6] = [" || ", " && ", " | ", " & ", " ^ ", " + "];
    let d = depths(expr);
    let b = expr.as_bytes();
    let mut cands: Vec<(usize, usize, &str)> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if let Some(op) = OPS.iter().find(|op| expr[i..].starts_with(**op)) {
            cands.push((i, op.len(), op.trim()));
            i += op.len() - 1;
        } else if expr[i..].starts_with(", ") {
            cands.push((i, 2, ","));
            i += 1;
        } else {
            i += 1;
        }
    }
    let Some(min) = cands.iter().map(|c| d[c.0]).min() else {
        out.push(format!("{head}{expr}{tail}"));
        return;
    };
    let cuts: Vec<(usize, usize, &str)> = cands.into_iter().filter(|c| d[c.0] == min).collect();
    let mut start = 0;
    let mut lead = head.to_string();
    for (k, &(at, len, op)) in cuts.iter().enumerate() {
        let piece = &expr[start..at];
        let end = if op == "," { "," } else { "" };
        wrap_expr(&lead, piece, end, &format!("{indent}    "), out);
        lead = if op == "," { indent.to_string() } else { format!("{indent}{op} ") };
        start = at + len;
        if k + 1 == cuts.len() {
            wrap_expr(&lead, &expr[start..], tail, &format!("{indent}    "), out);
        }
    }
}

/// `words` joined by `sep` into lines of at most `width` characters, the first starting with
/// `first`, the others with `rest` (a word longer than a line gets a line of its own).
fn fill<'a>(words: impl Iterator<Item = &'a str>, sep: &str, first: &str, rest: &str, width: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = first.to_string();
    let mut empty = true;
    for w in words {
        if !empty && cur.len() + sep.len() + w.len() > width {
            out.push(std::mem::replace(&mut cur, rest.to_string()));
            empty = true;
        }
        if !empty || cur.ends_with("//") {
            cur.push_str(sep);
        }
        cur.push_str(w);
        empty = false;
    }
    out.push(cur);
    out
}

/// One module of rust-hdl output: its name and its text from `module` to `endmodule`.
struct Module {
    name: String,
    text: String,
}

fn split_modules(src: &str) -> Vec<Module> {
    let mut out = Vec::new();
    let mut cur: Option<Module> = None;
    for line in src.lines() {
        if let Some(rest) = line.strip_prefix("module ") {
            let name = rest.split(|c: char| c == '(' || c.is_whitespace()).next().unwrap_or("").to_string();
            cur = Some(Module { name, text: String::new() });
        }
        if let Some(m) = cur.as_mut() {
            m.text.push_str(line);
            m.text.push('\n');
            if line.starts_with("endmodule") {
                out.extend(cur.take());
            }
        }
    }
    out
}

/// `modules` with identical sub-modules merged into one. rust-hdl writes a module per instance,
/// so the lanes of a lane decoder come out as `x_lane_0`, `x_lane_1`, ... whose texts differ only
/// in their own name and their sub-modules' names. Modules (other than `top`) whose texts are the
/// same once their own name is set aside become one module, and every instance uses it; repeated
/// until nothing changes, so the lanes merge once their sub-modules have. The merged module is
/// named by dropping the instance indices where the names differ (`x_lane_0` .. `x_lane_3` ->
/// `x_lane`; `x_lane_0_tables` .. -> `x_lane_tables`; the first name where that is not possible).
/// Instance names (`lane_0`), and so every signal path, stay as they were.
fn merge_identical_modules(mut modules: Vec<Module>, top: &str) -> Vec<Module> {
    const SELF: &str = "__this_module__";
    loop {
        let mut groups: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, m) in modules.iter().enumerate().filter(|(_, m)| m.name != top) {
            let key = map_identifiers(&m.text, |id| (id == m.name).then(|| SELF.to_string()));
            groups.entry(key).or_default().push(i);
        }
        let taken: BTreeSet<String> = modules.iter().map(|m| m.name.clone()).collect();
        let mut rename: BTreeMap<String, String> = BTreeMap::new();
        let mut drop: BTreeSet<usize> = BTreeSet::new();
        for members in groups.values().filter(|g| g.len() > 1) {
            let names: Vec<&str> = members.iter().map(|&i| modules[i].name.as_str()).collect();
            let merged = merged_module_name(&names)
                .filter(|n| !taken.contains(n) && !rename.values().any(|v| v == n))
                .unwrap_or_else(|| names[0].to_string());
            for n in names {
                rename.insert(n.to_string(), merged.clone());
            }
            drop.extend(&members[1..]);
        }
        if rename.is_empty() {
            return modules;
        }
        modules = modules
            .into_iter()
            .enumerate()
            .filter(|(i, _)| !drop.contains(i))
            .map(|(_, m)| Module {
                name: rename.get(&m.name).cloned().unwrap_or(m.name),
                text: map_identifiers(&m.text, |id| rename.get(id).cloned()),
            })
            .collect();
    }
}

/// The name of modules `names` merged: their `_`-separated parts, where the names differ (only in
/// numbers) dropped; `None` if they differ otherwise.
fn merged_module_name(names: &[&str]) -> Option<String> {
    let parts: Vec<Vec<&str>> = names.iter().map(|n| n.split('_').collect()).collect();
    if parts.iter().any(|p| p.len() != parts[0].len()) {
        return None;
    }
    let mut kept = Vec::new();
    for (k, first) in parts[0].iter().enumerate() {
        if parts.iter().all(|p| p[k] == *first) {
            kept.push(*first);
        } else if parts.iter().all(|p| !p[k].is_empty() && p[k].bytes().all(|c| c.is_ascii_digit())) {
            continue;
        } else {
            return None;
        }
    }
    Some(kept.join("_"))
}

/// rust-hdl's flip-flop module: `module x(d,q,clock);` ... `q <= d;`.
fn is_register_module(m: &Module) -> bool {
    m.text.starts_with(&format!("module {}(d,q,clock);", m.name)) && m.text.contains("q <= d;")
}

/// Apply `f` to every identifier token of `src` (not to numbers, system tasks or directives).
fn map_identifiers(src: &str, mut f: impl FnMut(&str) -> Option<String>) -> String {
    let b = src.as_bytes();
    let mut out = String::with_capacity(src.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let word = |j: usize| {
            let mut j = j;
            while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'_' || b[j] == b'$') {
                j += 1;
            }
            j
        };
        if c == b'\'' || c.is_ascii_digit() || c == b'$' || c == b'`' {
            let j = word(i + 1);
            out.push_str(&src[i..j]);
            i = j;
        } else if c.is_ascii_alphabetic() || c == b'_' {
            let j = word(i + 1);
            let ident = &src[i..j];
            match f(ident) {
                Some(n) => out.push_str(&n),
                None => out.push_str(ident),
            }
            i = j;
        } else {
            let len = src[i..].chars().next().map_or(1, char::len_utf8);
            out.push_str(&src[i..i + len]);
            i += len;
        }
    }
    out
}

/// Replace the register instances of module text `m` by one `always @(posedge aclk)` block, name
/// their signals `<name>_d` / `<name>_q`, and drop the clock aliases (see [`block_verilog`]).
fn inline_registers(m: &str, regs: &BTreeSet<String>) -> String {
    let lines: Vec<&str> = m.lines().collect();
    // Clock aliases: `x = aclk;` in the update code for a `reg x;`.
    let mut clock: Option<String> = None;
    let mut aliases: BTreeSet<String> = BTreeSet::new();
    for l in &lines {
        let t = l.trim();
        if let Some((lhs, rhs)) = t.strip_suffix(';').and_then(|t| t.split_once(" = ")) {
            if lhs.ends_with("_clock") && is_plain_identifier(lhs) && is_plain_identifier(rhs) {
                if let Some(c) = &clock {
                    assert_eq!(c, rhs, "two clocks in one module");
                }
                clock = Some(rhs.to_string());
                aliases.insert(lhs.to_string());
            }
        }
    }
    let Some(clock) = clock else { return m.to_string() };
    // Register instances: `<regmod> <inst>(` `.d(D),` `.q(Q),` `.clock(C)` `);`.
    let mut map: BTreeMap<String, String> = BTreeMap::new();
    let mut assigns: Vec<String> = Vec::new();
    let mut keep: Vec<String> = Vec::new();
    let mut q_wires: BTreeSet<String> = BTreeSet::new();
    let mut i = 0;
    while i < lines.len() {
        let t = lines[i].trim();
        let mut words = t.split_whitespace();
        let inst = match (words.next(), words.next()) {
            (Some(md), Some(inst)) if regs.contains(md) && inst.ends_with('(') => Some(inst.trim_end_matches('(')),
            _ => None,
        };
        if let Some(inst) = inst {
            let arg = |k: usize, pin: &str| -> String {
                let t = lines[i + k].trim().trim_end_matches(',');
                t.strip_prefix(&format!(".{pin}("))
                    .and_then(|x| x.strip_suffix(')'))
                    .unwrap_or_else(|| panic!("unexpected register instance line {t:?}"))
                    .to_string()
            };
            let (d, q, c) = (arg(1, "d"), arg(2, "q"), arg(3, "clock"));
            assert!(aliases.contains(&c), "register {inst} clocked by {c}, not an alias of {clock}");
            let base = inst.strip_suffix("_q").unwrap_or(inst);
            let (nd, nq) = (format!("{base}_d"), format!("{base}_q"));
            assigns.push(format!("        {nq} <= {nd};"));
            map.insert(d, nd);
            q_wires.insert(q.clone());
            map.insert(q, nq);
            i += 5;
            continue;
        }
        keep.push(lines[i].to_string());
        i += 1;
    }
    // Drop the aliases' declarations and assignments; the register outputs become `reg`.
    let mut text = String::new();
    for l in &keep {
        let t = l.trim();
        if let Some((lhs, _)) = t.strip_suffix(';').and_then(|t| t.split_once(" = ")) {
            if aliases.contains(lhs) {
                continue;
            }
        }
        if let Some((name, _)) = declaration(t) {
            if aliases.contains(&name) && t.starts_with("reg") {
                continue;
            }
            if q_wires.contains(&name) && t.starts_with("wire") {
                text.push_str(&l.replacen("wire ", "reg ", 1));
                text.push('\n');
                continue;
            }
        }
        if t == "// Sub module instances" && !m.contains("Custom") && keep_has_no_instances(&keep) {
            continue;
        }
        if t == "// Stub signals" {
            text.push_str("    // Registers: <name>_d is the value loaded at the next rising edge of aclk, <name>_q the register\n");
            continue;
        }
        if t.starts_with("endmodule") && !assigns.is_empty() {
            text.push_str(REGISTERS_MARK);
            text.push('\n');
        }
        text.push_str(l);
        text.push('\n');
    }
    // Rename, refusing to merge two identifiers.
    let before: BTreeSet<String> = {
        let mut s = BTreeSet::new();
        map_identifiers(&text, |id| {
            s.insert(id.to_string());
            None
        });
        s
    };
    for (old, new) in &map {
        assert!(
            !before.contains(new) || map.contains_key(new) && map[new] == *new || new == old,
            "renaming {old} to {new} would merge it with an existing identifier"
        );
    }
    let text =
        map_identifiers(&text, |id| map.get(id).cloned().or_else(|| aliases.contains(id).then(|| clock.clone())));
    let mut block = format!(
        "\n    // Registers (control registers are reset in the update code above; data registers need no\n    // reset: a valid flag guards them)\n    always @(posedge {clock}) begin\n"
    );
    for a in &assigns {
        block.push_str(a);
        block.push('\n');
    }
    block.push_str("    end\n");
    text.replace(REGISTERS_MARK, &block)
}

/// rust-hdl writes `x = y.replace_bit(k, v)` as `x = (y & ~(1 << (32'hk)) | ((v) << (32'hk)));`;
/// this turns every such line (`y` a plain signal) into `x = y;` and `x[k] = v;`, the form a
/// reader writes, and the one from which yosys gives only bit `k` a synchronous reset
/// (`tans_decoder`'s state register: the shift form costs 3 LUTs more under `synth_xilinx`).
fn bit_replacements(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for l in text.lines() {
        match bit_replacement(l) {
            Some((indent, x, y, k, v)) => {
                out.push_str(&format!("{indent}{x} = {y};\n{indent}{x}[{k}] = {v};\n"));
            }
            None => {
                out.push_str(l);
                out.push('\n');
            }
        }
    }
    out
}

/// The parts `(indent, x, y, k, v)` of one `x = (y & ~(1 << (32'hk)) | ((v) << (32'hk)));` line.
fn bit_replacement(l: &str) -> Option<(&str, &str, &str, u64, &str)> {
    let t = l.trim_start();
    let indent = &l[..l.len() - t.len()];
    let (x, rhs) = t.strip_suffix(';')?.split_once(" = ")?;
    let (y, rest) = rhs.strip_prefix('(')?.split_once(" & ~(1 << (")?;
    let (k, rest) = rest.split_once(")) | ((")?;
    let (v, k2) = rest.split_once(") << (")?;
    if k2 != format!("{k})))") || !is_plain_identifier(x) || !is_plain_identifier(y) {
        return None;
    }
    let k = u64::from_str_radix(k.strip_prefix("32'h")?, 16).ok()?;
    Some((indent, x, y, k, v))
}

/// Where [`inline_registers`] puts the register block (a line no rust-hdl output contains).
const REGISTERS_MARK: &str = "//@@registers@@";

/// No submodule instance is left in `lines` (register instances removed).
fn keep_has_no_instances(lines: &[String]) -> bool {
    !lines.iter().any(|l| l.trim_start().starts_with('.'))
}

/// Verilog declaration text of one port signal: `input  wire [7:0]`.
fn port_decl(dir: &str, kind: &str, width: usize) -> String {
    let range = if width > 1 { format!("[{}:0]", width - 1) } else { String::new() };
    format!("{dir:<6} {kind:<4} {range:>7}")
}

/// One port signal: name, is an output, width, comment.
pub type PortSignal = (String, bool, usize, String);

/// The signals of a stream port with their comments, in interface order.
fn stream_signals(p: &StreamPort) -> Vec<PortSignal> {
    let out = p.dir == Dir::Out;
    let mut v = vec![(format!("{}_tdata", p.prefix), out, p.tdata, p.tdata_doc.to_string())];
    if p.tuser > 0 {
        v.push((format!("{}_tuser", p.prefix), out, p.tuser, p.tuser_doc.to_string()));
    }
    if p.tkeep > 0 {
        v.push((format!("{}_tkeep", p.prefix), out, p.tkeep, p.tkeep_doc.to_string()));
    }
    v.push((format!("{}_tvalid", p.prefix), out, 1, "beat valid".to_string()));
    v.push((
        format!("{}_tready", p.prefix),
        !out,
        1,
        "beat accepted (transfer: tvalid && tready at a rising edge)".to_string(),
    ));
    if p.tlast {
        v.push((format!("{}_tlast", p.prefix), out, 1, p.tlast_doc.to_string()));
    }
    v
}

/// Every port of a manifest block, grouped by interface (title, signals) in port order: clock and
/// reset, each stream (inputs first), the table write port. The one port list of a block: the ANSI
/// header of `rtl/<name>.v` and the formal wrappers (`formal/`) are both written from it.
pub fn port_groups(blk: &manifest::Block) -> Vec<(String, Vec<PortSignal>)> {
    let mut groups: Vec<(String, Vec<PortSignal>)> = vec![(
        "Clock and reset".into(),
        vec![
            ("aclk".into(), false, 1, "clock: every register samples on its rising edge".into()),
            ("aresetn".into(), false, 1, "synchronous active-low reset of every control register".into()),
        ],
    )];
    for p in blk.streams() {
        let what = if p.dir == Dir::In { "input stream" } else { "output stream" };
        groups.push((format!("{}: {what} (AXI4-Stream)", p.prefix), stream_signals(p)));
    }
    if let Some(t) = &blk.table {
        let mut v = vec![("tbl_we".to_string(), false, 1, "table write enable (one entry per cycle)".to_string())];
        v.extend(t.signals.iter().map(|s| (s.name.to_string(), false, s.width, s.doc.to_string())));
        groups.push(("Table write port (LUT-RAM, no reset; load sequence in the header)".into(), v));
    }
    groups
}

/// Replace the top module's port list and declarations with an ANSI port list from the manifest.
fn ansi_ports(m: &str, blk: &manifest::Block) -> String {
    let mut lines = m.lines();
    let head = lines.next().unwrap_or("");
    assert!(head.starts_with(&format!("module {}(", blk.name)), "top module header {head:?}");
    // The declarations rust-hdl wrote after `// Module arguments`.
    let mut declared: BTreeMap<String, (String, usize)> = BTreeMap::new();
    let mut rest = String::new();
    let mut in_args = false;
    for l in lines {
        let t = l.trim();
        if t == "// Module arguments" {
            in_args = true;
            continue;
        }
        if in_args {
            if t.is_empty() {
                in_args = false;
            } else {
                let (name, width) = declaration(t).unwrap_or_else(|| panic!("port declaration {t:?}"));
                let kind = t.split_whitespace().take(2).collect::<Vec<_>>().join(" ");
                declared.insert(name, (kind, width));
                continue;
            }
        }
        rest.push_str(l);
        rest.push('\n');
    }
    let groups = port_groups(blk);
    let all: Vec<&PortSignal> = groups.iter().flat_map(|g| g.1.iter()).collect();
    for (name, out, width, _) in &all {
        let (kind, w) =
            declared.remove(name).unwrap_or_else(|| panic!("{}: manifest port {name} is not in the Verilog", blk.name));
        assert_eq!(*width, w, "{}: {name} is {w} bits in the Verilog, {width} in the manifest", blk.name);
        assert_eq!(*out, kind.starts_with("output"), "{}: {name} direction differs from the manifest", blk.name);
    }
    assert!(declared.is_empty(), "{}: Verilog ports missing from the manifest: {:?}", blk.name, declared.keys());
    let name_w = all.iter().map(|s| s.0.len()).max().unwrap_or(0) + 2;
    let mut out = format!("module {} (\n", blk.name);
    let n = all.len();
    let mut k = 0;
    for (title, sigs) in &groups {
        out.push_str(&format!("    // {title}\n"));
        for (name, is_out, width, doc) in sigs {
            k += 1;
            let decl = if *is_out { port_decl("output", "reg", *width) } else { port_decl("input", "wire", *width) };
            let sep = if k == n { " " } else { "," };
            let bits = if *width == 1 { "1 bit".to_string() } else { format!("{width} bits") };
            out.push_str(&format!("    {decl} {:<name_w$}// {bits}: {doc}\n", format!("{name}{sep}")));
        }
    }
    out.push_str(");\n");
    out.push_str(&rest);
    out
}

/// Prefix of the observation ports [`with_formal_ports`] adds: `formal_<signal>`.
pub const OBSERVE_PREFIX: &str = "formal_";

/// The FORMAL-only ports a non-ANSI module declares in its body, each between `` `ifdef FORMAL ``
/// and `` `endif `` on a line of its own (`input wire [5:0] formal_a;`): (direction, name, width).
fn formal_port_decls(module_text: &str) -> Vec<(String, String, usize)> {
    let mut out = Vec::new();
    let mut inside = false;
    for line in module_text.lines() {
        match line.trim() {
            "`ifdef FORMAL" => inside = true,
            "`endif" => inside = false,
            t if inside && (t.starts_with("input ") || t.starts_with("output ")) => {
                if let Some((name, width)) = declaration(t) {
                    let dir = t.split_whitespace().next().unwrap_or("").to_string();
                    out.push((dir, name, width));
                }
            }
            _ => {}
        }
    }
    out
}

/// Declare FORMAL-only ports `(direction, name, width)` of `module` in `text`, under `` `ifdef
/// FORMAL `` with an optional comment line: in the ANSI port list when `module` is the top module
/// `top` (the list's end is the port's place), else in the body of the non-ANSI module (after
/// `// Module arguments`; [`with_formal_ports`] adds the names to its header). Returns where the
/// text was inserted and how long it is.
fn declare_formal_ports(
    text: &mut String,
    module: &str,
    top: &str,
    ports: &[(String, String, usize)],
    comment: Option<&str>,
) -> Result<(usize, usize), String> {
    let comment = comment.map_or(String::new(), |c| format!("    // {c}\n"));
    let decl = |(d, n, w): &(String, String, usize)| format!("{} {n}", port_decl(d, "wire", *w));
    let (at, add) = if module == top {
        let h = text.find(&format!("module {top} (\n")).ok_or(format!("{top}: no ANSI module header"))?;
        let close = h + text[h..].find("\n);\n").ok_or(format!("{top}: no end of the port list"))?;
        let decls: String = ports.iter().map(|p| format!("    , {}\n", decl(p))).collect();
        (close, format!("\n`ifdef FORMAL\n{comment}{decls}`endif"))
    } else {
        let h = text.find(&format!("module {module}(")).ok_or(format!("no header of {module}"))?;
        let args = "    // Module arguments\n";
        let at = h + text[h..].find(args).ok_or(format!("{module}: no arguments"))? + args.len();
        let decls: String = ports.iter().map(|p| format!("    {};\n", decl(p))).collect();
        (at, format!("`ifdef FORMAL\n{comment}{decls}`endif\n"))
    };
    text.insert_str(at, &add);
    Ok((at, add.len()))
}

/// `verilog` (a block's generated file, top module `top`: [`block_verilog`]) with read-only
/// FORMAL-only observation ports: for each `(module, signals)`, `module` (the top module, or a
/// sub-module such as one lane of a lane decoder) gets an output port `formal_<s>` for each
/// internal signal `s`, of the signal's declared width. Then every FORMAL-only port a sub-module
/// declares in its body (these, and the ones its rust-hdl `hdl()` text declares itself, such as the
/// read port of the tANS table memories) is added to its port list and connected, instance by
/// instance, up to the top module, where it is the port `formal_<instance path>_<port>` (the
/// instance names joined by `_`; the port's `formal_` prefix dropped): `formal_tables_code` of
/// `tables.formal_code`, `formal_lane_0_state_q` of `lane_0.formal_state_q`.
///
/// Everything added is under `` `ifdef FORMAL `` (Yosys `read_verilog -formal` defines it;
/// synthesis, Verilator and iverilog see the original text). The formal proofs (`formal/`) read a
/// block's internal state through these ports, never by editing `rtl/` or cutting the netlist.
///
/// Errors if a module, its port list, a signal's one-line declaration or an instance's end is not
/// found.
pub fn with_formal_ports(verilog: &str, top: &str, observe: &[(String, Vec<&str>)]) -> Result<String, String> {
    let mut text = verilog.to_string();
    for (module, signals) in observe.iter().filter(|(_, s)| !s.is_empty()) {
        let m = split_modules(&text).into_iter().find(|m| &m.name == module).ok_or(format!("no module {module}"))?;
        let mut ports = Vec::new();
        let mut assigns = String::from("`ifdef FORMAL\n");
        for s in signals {
            let width = m
                .text
                .lines()
                .filter_map(|l| declaration(l.trim()))
                .find(|(n, _)| n == s)
                .map(|(_, w)| w)
                .ok_or(format!("{module}: no declaration of {s} to observe"))?;
            ports.push(("output".to_string(), format!("{OBSERVE_PREFIX}{s}"), width));
            assigns.push_str(&format!("    assign {OBSERVE_PREFIX}{s} = {s};\n"));
        }
        assigns.push_str("`endif\n");
        let comment = if module == top {
            "Observation ports of the formal proofs (formal/, docs/FORMAL.md): internal signals, read-only"
        } else {
            "Observation ports of the formal proofs (docs/FORMAL.md)"
        };
        declare_formal_ports(&mut text, module, top, &ports, Some(comment))?;
        let end = format!("\nendmodule // {module}\n");
        let at = text.find(&end).ok_or(format!("{module}: no `endmodule // {module}`"))? + 1;
        text.insert_str(at, &assigns);
    }
    let mut done = BTreeSet::new();
    loop {
        let mods = split_modules(&text);
        let pending: Vec<&Module> = mods
            .iter()
            .filter(|m| m.name != top && !done.contains(&m.name) && !formal_port_decls(&m.text).is_empty())
            .collect();
        // bottom up: a module whose own sub-modules' ports are all connected already
        let Some(m) = pending
            .iter()
            .find(|m| !pending.iter().any(|o| o.name != m.name && m.text.contains(&format!("\n    {} ", o.name))))
        else {
            break;
        };
        done.insert(m.name.clone());
        let ports = formal_port_decls(&m.text);
        // the port list of the module's header
        let head = format!("module {}(", m.name);
        let h = text.find(&head).ok_or(format!("no header of {}", m.name))?;
        let close = h + text[h..].find(");\n").ok_or(format!("{}: no end of the header", m.name))?;
        let names: Vec<&str> = ports.iter().map(|p| p.1.as_str()).collect();
        let list = fill(names.iter().copied(), ",", "    ,", "    ,", LIST_LINE).join("\n");
        // after the last port (a header broken by `wrap_long_lines` has `);` on a line of its own)
        let nl = if text[..close].ends_with('\n') { "" } else { "\n" };
        text.insert_str(close, &format!("{nl}`ifdef FORMAL\n{list}\n`endif\n"));
        // every instance, each connected to new ports of its parent
        let inst_head = format!("\n    {} ", m.name);
        let mut from = 0;
        while let Some(i) = text[from..].find(&inst_head).map(|i| i + from) {
            let name_start = i + inst_head.len();
            let paren = name_start + text[name_start..].find('(').ok_or("instance without a port list")?;
            let inst = text[name_start..paren].to_string();
            let end = paren + text[paren..].find("\n    );").ok_or(format!("{inst}: no end of the instance"))?;
            let parent_start = text[..i].rfind("\nmodule ").map_or(0, |p| p + 1);
            let parent = text[parent_start + 7..]
                .split(|c: char| c == '(' || c.is_whitespace())
                .next()
                .unwrap_or("")
                .to_string();
            let up = |p: &str| format!("{OBSERVE_PREFIX}{inst}_{}", p.strip_prefix(OBSERVE_PREFIX).unwrap_or(p));
            let conns: Vec<String> = ports.iter().map(|(_, n, _)| format!("        ,.{n}({})\n", up(n))).collect();
            let conn_text = format!("\n`ifdef FORMAL\n{}`endif", conns.concat());
            text.insert_str(end, &conn_text);
            from = end + conn_text.len();
            let ups: Vec<(String, String, usize)> = ports.iter().map(|(d, n, w)| (d.clone(), up(n), *w)).collect();
            let (at, len) = declare_formal_ports(&mut text, &parent, top, &ups, None)?;
            if at < from {
                from += len;
            }
        }
    }
    Ok(text)
}

/// A group of registers that a formal twin ([`with_cut_registers`]) can cut together: under
/// `` `define `` `define`, each register `<stem>_q` of `stems` is an input. `what` says in words what
/// the registers hold (a comment of the twin).
#[derive(Debug, Clone)]
pub struct CutGroup {
    /// The macro that cuts the group (`FORMAL_CUT_W2`).
    pub define: String,
    /// The register stems (`s2_d_0` for `s2_d_0_q` / `s2_d_0_d`).
    pub stems: Vec<String>,
    /// What the registers hold, in words.
    pub what: String,
}

/// Prefix of the input ports [`with_cut_registers`] adds for a cut register: `formal_<stem>_q`
/// (the observation port of its next value is `formal_<stem>_d`, [`OBSERVE_PREFIX`]).
pub const CUT_PREFIX: &str = OBSERVE_PREFIX;

/// The FORMAL-only twin of a block's generated Verilog (`verilog`, top module `top`, no
/// sub-modules), for proofs that cut the block between register stages: module `twin`, the same
/// text with only lines added (a unit test removes them and gets `verilog` back, byte for byte,
/// but for the module's name), for each register `<stem>` of each group:
/// - an output port `formal_<stem>_d`, the value the register loads at the next rising edge
///   (always: the twin is read by formal proofs only);
/// - under `` `ifdef <define> ``, an input port `formal_<stem>_q` that the register's `<stem>_q`
///   follows, and its `<stem>_q <= <stem>_d;` line of the clocked block left out
///   (`` `ifndef <define> ``): the register is a free input, as Yosys `expose -input` made it, with
///   no command on the netlist.
///
/// A register whose `formal_<stem>_q` is already a FORMAL-only observation port of the block
/// ([`with_formal_ports`]: an output that reads it) keeps that port, its declaration and its
/// `assign` line wrapped in `` `ifndef <define> ``: under the macro the same name is the input.
///
/// `observe`: other signals of the block (combinational, such as a shifter's output) that proofs
/// read, each an output `formal_<signal>` (always).
///
/// `banner` is written above the block's own header (the twin's file name and purpose).
/// Errors if a register has no one-line declaration of `<stem>_q` and `<stem>_d` of the same
/// width, no line `<stem>_q <= <stem>_d;` in the one `always @(posedge aclk)` block, or appears in
/// two groups; if a signal of `observe` is not declared or already a port; if `top` has
/// sub-modules (their instances would need the ports too: not needed yet).
pub fn with_cut_registers(
    verilog: &str,
    top: &str,
    twin: &str,
    banner: &str,
    groups: &[CutGroup],
    observe: &[String],
) -> Result<String, String> {
    // a register already observed under FORMAL as formal_<stem>_q: that output and its assign
    // only without the register's cut (the cut's input takes the name)
    let mut flipped = String::new();
    for line in verilog.lines() {
        let t = line.trim();
        let g = groups.iter().find(|g| {
            g.stems.iter().any(|st| {
                let q = format!("{CUT_PREFIX}{st}_q");
                (t.starts_with(", output ") && t.ends_with(&format!(" {q}"))) || t == format!("assign {q} = {st}_q;")
            })
        });
        if let Some(g) = g {
            flipped.push_str(&format!("`ifndef {}\n{line}\n`endif\n", g.define));
        } else {
            flipped.push_str(line);
            flipped.push('\n');
        }
    }
    let verilog = flipped.as_str();
    let modules = split_modules(verilog);
    if modules.len() != 1 || modules[0].name != top {
        return Err(format!("{top}: a formal twin is made of a block of one module"));
    }
    let m = &modules[0].text;
    let decls: BTreeMap<String, usize> = m.lines().filter_map(|l| declaration(l.trim())).collect();
    let mut group_of: BTreeMap<String, usize> = BTreeMap::new();
    let mut ports = String::new();
    let mut observe_lines = String::new();
    let mut cuts = String::new();
    for (g, grp) in groups.iter().enumerate() {
        let mut ins = String::new();
        let mut follow = String::new();
        for st in &grp.stems {
            if group_of.insert(st.clone(), g).is_some() {
                return Err(format!("{top}: register {st} is in two cut groups"));
            }
            let (q, d) = (format!("{st}_q"), format!("{st}_d"));
            let w = *decls.get(&q).ok_or(format!("{top}: no declaration of {q} to cut"))?;
            if decls.get(&d) != Some(&w) {
                return Err(format!("{top}: {d} is not declared with the width of {q}"));
            }
            ports.push_str(&format!("    , {} {CUT_PREFIX}{d}\n", port_decl("output", "wire", w)));
            observe_lines.push_str(&format!("    assign {CUT_PREFIX}{d} = {d};\n"));
            ins.push_str(&format!("    , {} {CUT_PREFIX}{q}\n", port_decl("input", "wire", w)));
            follow.push_str(&format!("        {q} = {CUT_PREFIX}{q};\n"));
        }
        let def = &grp.define;
        ports.push_str(&format!("`ifdef {def}\n{ins}`endif\n"));
        cuts.push_str(&format!(
            "`ifdef {def}\n    // {def}: {}\n    always @(*) begin\n{follow}    end\n`endif\n",
            grp.what
        ));
    }
    for sig in observe {
        let w = *decls.get(sig).ok_or(format!("{top}: no declaration of {sig} to observe"))?;
        let port = format!("{CUT_PREFIX}{sig}");
        if verilog.contains(&format!(" {port}\n")) || group_of.contains_key(sig.trim_end_matches("_d")) {
            return Err(format!("{top}: {port} is already a port"));
        }
        ports.push_str(&format!("    , {} {port}\n", port_decl("output", "wire", w)));
        observe_lines.push_str(&format!("    assign {port} = {sig};\n"));
    }
    // the clocked block: each cut register's line between `ifndef <define>` and `endif`
    let clocked = "    always @(posedge aclk) begin\n";
    let (Some(c0), 1) = (verilog.find(clocked), verilog.matches(clocked).count()) else {
        return Err(format!("{top}: not one `always @(posedge aclk)` block"));
    };
    let body0 = c0 + clocked.len();
    // the block's own `end`: the first line that is exactly it (a nested block's is indented deeper)
    let mut body1 = None;
    let mut at = body0;
    for line in verilog[body0..].split_inclusive('\n') {
        if line == "    end\n" {
            body1 = Some(at);
            break;
        }
        at += line.len();
    }
    let body1 = body1.ok_or(format!("{top}: no end of the clocked block"))?;
    let mut body = String::new();
    let mut open: Option<usize> = None;
    let mut seen: BTreeSet<String> = BTreeSet::new();
    for line in verilog[body0..body1].lines() {
        let stem = line.trim().strip_suffix("_d;").and_then(|l| l.split_once("_q <= ")).filter(|(a, b)| a == b);
        // only `x_q <= x_d;` lines: a reset branch, a condition or a nested block around a cut
        // line would keep a second driver of the cut register, or govern another statement
        if stem.is_none() && !line.trim().is_empty() {
            return Err(format!("{top}: the clocked block has a line other than `x_q <= x_d;`: `{}`", line.trim()));
        }
        let g = stem.and_then(|(st, _)| group_of.get(st).copied());
        if g != open {
            if open.is_some() {
                body.push_str("`endif\n");
            }
            if let Some(g) = g {
                body.push_str(&format!("`ifndef {}\n", groups[g].define));
            }
            open = g;
        }
        if let (Some((st, _)), Some(_)) = (stem, g) {
            seen.insert(st.to_string());
        }
        body.push_str(line);
        body.push('\n');
    }
    if open.is_some() {
        body.push_str("`endif\n");
    }
    if let Some(st) = group_of.keys().find(|st| !seen.contains(*st)) {
        return Err(format!("{top}: no line `{st}_q <= {st}_d;` in the clocked block"));
    }
    // a cut register has no driver but its clocked line, which the cut leaves out
    for st in group_of.keys() {
        let q = format!("{st}_q");
        let drivers = ["<=", "="]
            .iter()
            .map(|op| {
                let lhs = format!("{q} {op} ");
                verilog
                    .match_indices(&lhs)
                    .filter(|(i, _)| !verilog[..*i].ends_with(|c: char| c.is_ascii_alphanumeric() || c == '_'))
                    .count()
            })
            .sum::<usize>();
        if drivers != 1 {
            return Err(format!("{top}: {q} has {drivers} drivers, a cut needs its clocked line only"));
        }
    }
    let mut text = String::from(banner);
    text.push_str(&verilog[..body0]);
    text.push_str(&body);
    text.push_str(&verilog[body1..]);
    let head = format!("module {top} (\n");
    let h = text.find(&head).ok_or(format!("{top}: no ANSI module header"))?;
    let close = h + text[h..].find("\n);\n").ok_or(format!("{top}: no end of the port list"))?;
    text.insert_str(close + 1, &ports);
    text.replace_range(h..h + head.len(), &format!("module {twin} (\n"));
    let end = format!("\nendmodule // {top}\n");
    let at = text.find(&end).ok_or(format!("{top}: no `endmodule // {top}`"))?;
    text.replace_range(at..at + end.len(), &format!("\n{observe_lines}{cuts}endmodule // {twin}\n"));
    Ok(text)
}

/// The file header of a manifest block.
fn header(blk: &manifest::Block, generator_cmd: &str) -> String {
    let mut h = format!(
        "// {name}.v: GENERATED FILE, DO NOT EDIT.\n\
         // Generated from the rust-hdl description in crates/xnc-rtl and the block manifest\n\
         // (crates/xnc-rtl/src/manifest.rs) by:\n\
         //   {generator_cmd}\n\
         //\n\
         // {summary}\n\
         //\n\
         // Latency: {lat} cycle(s) from an input transfer to the first m_axis_tvalid it causes.\n\
         // Throughput: {thr}.\n\
         // Clock and reset: one clock, aclk (rising edge); aresetn synchronous, active low: it clears\n\
         // every control register; no register depends on an initial value. m_axis_tvalid is low\n\
         // while aresetn is low. Output beats stay stable while tvalid && !tready (AXI4-Stream).\n",
        name = blk.name,
        summary = blk.summary,
        lat = blk.latency,
        thr = blk.throughput,
    );
    for p in blk.streams() {
        let mut line = format!("// {}: tdata {} bits", p.prefix, p.tdata);
        if p.tuser > 0 {
            line += &format!(", tuser {} bits", p.tuser);
        }
        if p.tkeep > 0 {
            line += &format!(", tkeep {} bits", p.tkeep);
        }
        if p.tlast {
            line += ", tlast";
        }
        h.push_str(&format!("{line}.\n"));
    }
    h.push_str("//\n");
    for l in blk.doc.lines() {
        h.push_str(&format!("// {l}\n"));
    }
    if let Some(t) = &blk.table {
        h.push_str("//\n// Table load:\n");
        for l in t.doc.lines() {
            h.push_str(&format!("// {l}\n"));
        }
    }
    h.push_str("//\n// Every port, bus layout and the table-load sequence byte by byte: docs/INTEGRATION.md.\n");
    h
}

/// The marker lines around the generated block catalogue in `docs/INTEGRATION.md`.
pub const CATALOGUE_BEGIN: &str =
    "<!-- BEGIN block catalogue: generated by gen-verilog from crates/xnc-rtl/src/manifest.rs; do not edit -->";
/// See [`CATALOGUE_BEGIN`].
pub const CATALOGUE_END: &str = "<!-- END block catalogue -->";

/// The block catalogue of `docs/INTEGRATION.md` (Markdown, between [`CATALOGUE_BEGIN`] and
/// [`CATALOGUE_END`]): for every block its summary, latency, throughput, every port with width and
/// meaning, its protocol notes, and the table port with its load sequence and the byte layout of a
/// table write record in `table.bin`. The same facts as the Verilog headers, from the same manifest.
pub fn integration_catalogue(blocks: &[manifest::Block]) -> String {
    let md = |s: &str| s.replace('|', "\\|");
    let mut out = String::new();
    for blk in blocks {
        out.push_str(&format!("### {}\n\n{}.\n\n", blk.name, blk.summary.trim_end_matches('.')));
        out.push_str(&format!(
            "Latency {} cycle(s) from an input transfer to the first `m_axis_tvalid` it causes; throughput {}.\n\n",
            blk.latency, blk.throughput
        ));
        out.push_str("| port | dir | width | meaning |\n|---|---|---|---|\n");
        for p in blk.streams() {
            for (name, is_out, width, doc) in stream_signals(p) {
                let dir = if is_out { "out" } else { "in" };
                out.push_str(&format!("| `{name}` | {dir} | {width} | {} |\n", md(&doc)));
            }
        }
        if let Some(t) = &blk.table {
            out.push_str("| `tbl_we` | in | 1 | table write enable (one entry per cycle) |\n");
            for s in t.signals {
                out.push_str(&format!("| `{}` | in | {} | {} |\n", s.name, s.width, md(s.doc)));
            }
        }
        out.push_str("\n```text\n");
        out.push_str(blk.doc.trim_end());
        out.push_str("\n```\n\n");
        if let Some(t) = &blk.table {
            out.push_str("Table load:\n\n```text\n");
            out.push_str(t.doc.trim_end());
            out.push_str("\n```\n\n");
            out.push_str(&format!(
                "A table write in `table.bin` of `xnc vectors` is {} bytes, fields little-endian:\n\n",
                manifest::TABLE_WRITE_BYTES
            ));
            out.push_str("| signal | byte | first bit | width |\n|---|---|---|---|\n");
            for s in t.signals {
                out.push_str(&format!("| `{}` | {} | {} | {} |\n", s.name, s.byte, s.shift, s.width));
            }
            out.push('\n');
        }
    }
    out
}

/// `doc` with the text between the catalogue markers replaced by `catalogue`; `None` without markers.
pub fn with_catalogue(doc: &str, catalogue: &str) -> Option<String> {
    let b = doc.find(CATALOGUE_BEGIN)? + CATALOGUE_BEGIN.len();
    let e = b + doc[b..].find(CATALOGUE_END)?;
    Some(format!("{}\n\n{}{}", &doc[..b], catalogue, &doc[e..]))
}

/// Append `text` without trailing spaces and with at most one blank line in a row.
fn push_tidy_lines(out: &mut String, text: &str) {
    let mut blank = 0;
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            blank += 1;
            if blank > 1 {
                continue;
            }
        } else {
            blank = 0;
        }
        out.push_str(line);
        out.push('\n');
    }
}

/// The Verilog of `uut` as one file whose top module is `name`.
///
/// `generator_cmd` is written into the banner (the command that regenerates the file).
/// Panics if the design fails rust-hdl's checks (unconnected or latching signals, logic loops) or
/// if renaming would make two identifiers collide: both are bugs in the block, not input errors.
pub fn verilog<U: Block>(name: &str, uut: &mut U, generator_cmd: &str) -> String {
    uut.connect_all();
    if let Err(e) = check_all(uut) {
        panic!("rust-hdl check failed for {name}: {e:?}");
    }
    let raw = generate_verilog_unchecked(uut);
    finish(name, &raw, generator_cmd)
}

/// Rename and wrap rust-hdl output `raw` (see the module doc). Exposed for tests and for blocks
/// whose Verilog is produced another way.
pub fn finish(name: &str, raw: &str, generator_cmd: &str) -> String {
    assert!(is_plain_identifier(name), "module name {name:?} is not a plain Verilog identifier");
    let renamed = exact_width_casts(&rename_identifiers(name, raw));
    let mut out = String::with_capacity(renamed.len() + 512);
    out.push_str(&format!(
        "// {name}.v: GENERATED FILE, DO NOT EDIT.\n\
         // Generated from the rust-hdl description in crates/xnc-rtl by:\n\
         //   {generator_cmd}\n\
         // Top module: {name}; every submodule is prefixed with `{name}_`.\n\
         `default_nettype none\n"
    ));
    // rust-hdl pads modules with blank lines and trailing spaces; keep the file tidy so that
    // diffs of regenerated files stay readable.
    push_tidy_lines(&mut out, &renamed);
    if !out.ends_with("\n\n") {
        out.push('\n');
    }
    out.push_str("`default_nettype wire\n");
    out
}

/// Declared width of a one-line rust-hdl declaration (`input wire [7:0] a;`, `reg b;`,
/// `localparam c = 4'h8;`), as (name, width).
fn declaration(line: &str) -> Option<(String, usize)> {
    let mut words: Vec<&str> = line.split_whitespace().collect();
    let first = *words.first()?;
    if first == "localparam" {
        // localparam [signed] name = W'hV;
        let eq = words.iter().position(|w| *w == "=")?;
        let name = words.get(eq.checked_sub(1)?)?.to_string();
        let lit = words.get(eq + 1)?.trim_end_matches(';');
        let width = lit.split('\'').next()?.parse().ok()?;
        return Some((name, width));
    }
    let kinds: &[&[&str]] =
        &[&["input", "wire"], &["output", "reg"], &["output", "wire"], &["inout", "wire"], &["reg"], &["wire"]];
    let kind = kinds.iter().find(|k| words.len() > k.len() && words[..k.len()] == k[..])?;
    words.drain(..kind.len());
    if words.first() == Some(&"signed") {
        words.remove(0);
    }
    let (width, name) = match words.as_slice() {
        [name] => (1, *name),
        [range, name] if range.starts_with('[') && range.ends_with(":0]") => {
            (range[1..range.len() - 3].parse::<usize>().ok()? + 1, *name)
        }
        _ => return None,
    };
    let name = name.strip_suffix(';')?;
    is_plain_identifier(name).then(|| (name.to_string(), width))
}

/// Width N of a literal `N'hffff` that is all ones, if it is one.
fn all_ones_literal(lit: &str) -> Option<usize> {
    let (n, hex) = lit.split_once("'h")?;
    let n: usize = n.parse().ok()?;
    let hex = hex.trim_start_matches('0');
    let bits = if hex.is_empty() {
        0
    } else {
        let top = u32::from_str_radix(&hex[..1], 16).ok()?;
        if top == 0 || (top & (top + 1)) != 0 || !hex[1..].chars().all(|c| c == 'f') {
            return None;
        }
        (32 - top.leading_zeros()) as usize + 4 * (hex.len() - 1)
    };
    (bits == n && n > 0).then_some(n)
}

/// Rewrite `((x) & N'hff..f)` casts of declared signals into exact-width expressions.
fn exact_width_casts(src: &str) -> String {
    let mut widths: BTreeMap<String, usize> = BTreeMap::new();
    let mut out = String::with_capacity(src.len());
    for line in src.split_inclusive('\n') {
        let t = line.trim();
        if t.starts_with("module ") {
            widths.clear();
        }
        if let Some((name, w)) = declaration(t) {
            widths.insert(name, w);
        }
        let mut rest = line;
        while let Some(k) = rest.find("((") {
            out.push_str(&rest[..k]);
            let cand = &rest[k + 2..];
            let rewritten = cand.find(") & ").and_then(|close| {
                let ident = &cand[..close];
                let after = &cand[close + 4..];
                let end = after.find(')')?;
                let n = all_ones_literal(&after[..end])?;
                let w = *widths.get(ident)?;
                let expr = if w == n {
                    format!("({ident})")
                } else if w < n {
                    format!("({{{{{}{{1'b0}}}}, {ident}}})", n - w)
                } else if n == 1 {
                    format!("({ident}[0])")
                } else {
                    format!("({ident}[{}:0])", n - 1)
                };
                Some((expr, close + 4 + end + 1))
            });
            match rewritten {
                Some((expr, used)) => {
                    out.push_str(&expr);
                    rest = &cand[used..];
                }
                None => {
                    // Not a cast of a declared signal: move on by one parenthesis, so that
                    // `(((x) & 16'hffff) << 8)` is still found.
                    out.push('(');
                    rest = &rest[k + 1..];
                }
            }
        }
        out.push_str(rest);
    }
    out
}

fn is_plain_identifier(s: &str) -> bool {
    let mut c = s.chars();
    matches!(c.next(), Some(ch) if ch.is_ascii_alphabetic() || ch == '_')
        && c.all(|ch| ch.is_ascii_alphanumeric() || ch == '_')
}

/// New name for an identifier of the rust-hdl output.
fn new_name(top: &str, ident: &str) -> String {
    if ident == "top" {
        top.to_string()
    } else if let Some(rest) = ident.strip_prefix("top$") {
        format!("{top}_{}", rest.replace('$', "_"))
    } else {
        ident.replace('$', "_")
    }
}

/// Rewrite every identifier token (skipping comments, strings, numbers and system tasks).
fn rename_identifiers(top: &str, src: &str) -> String {
    let b = src.as_bytes();
    let mut out = String::with_capacity(src.len());
    let mut map: BTreeMap<String, String> = BTreeMap::new();
    let mut seen_new: BTreeMap<String, String> = BTreeMap::new();
    let mut module_names: Vec<String> = Vec::new();
    let mut prev_word = String::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'/' && b.get(i + 1) == Some(&b'/') {
            // Line comment: keep, but rename `endmodule // top$x` trailers too.
            let end = src[i..].find('\n').map_or(b.len(), |k| i + k);
            let text = &src[i..end];
            if let Some(m) = text.strip_prefix("// ").filter(|m| m.starts_with("top")) {
                out.push_str("// ");
                out.push_str(&new_name(top, m.trim()));
            } else {
                out.push_str(text);
            }
            i = end;
        } else if c == b'/' && b.get(i + 1) == Some(&b'*') {
            let end = src[i + 2..].find("*/").map_or(b.len(), |k| i + 2 + k + 2);
            out.push_str(&src[i..end]);
            i = end;
        } else if c == b'"' {
            let mut j = i + 1;
            while j < b.len() && b[j] != b'"' {
                j += if b[j] == b'\\' { 2 } else { 1 };
            }
            let end = (j + 1).min(b.len());
            out.push_str(&src[i..end]);
            i = end;
        } else if c == b'\'' || c.is_ascii_digit() || c == b'$' || c == b'`' {
            // Based/sized number (`8'hff`), plain number, system task (`$signed`), directive.
            let mut j = i + 1;
            while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'_' || b[j] == b'$') {
                j += 1;
            }
            out.push_str(&src[i..j]);
            i = j;
        } else if c.is_ascii_alphabetic() || c == b'_' || c == b'\\' {
            let mut j = i + 1;
            while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'_' || b[j] == b'$') {
                j += 1;
            }
            let ident = &src[i..j];
            let renamed = new_name(top, ident);
            if prev_word == "module" {
                module_names.push(renamed.clone());
            }
            if let Some(old) = seen_new.get(&renamed) {
                assert!(
                    old == ident,
                    "renaming would merge Verilog identifiers {old:?} and {ident:?} into {renamed:?}"
                );
            } else {
                seen_new.insert(renamed.clone(), ident.to_string());
            }
            map.insert(ident.to_string(), renamed.clone());
            out.push_str(&renamed);
            prev_word = ident.to_string();
            i = j;
        } else {
            if !c.is_ascii_whitespace() {
                prev_word.clear();
            }
            // Copy one UTF-8 character.
            let len = src[i..].chars().next().map_or(1, char::len_utf8);
            out.push_str(&src[i..i + len]);
            i += len;
        }
    }
    for m in &module_names {
        assert!(m == top || m.starts_with(&format!("{top}_")), "module {m} is not prefixed with {top}_");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renames_modules_and_dollar_names() {
        let raw = "\n\nmodule top(clock,q);\n    input wire clock;\n    wire  [7:0] q;\n    \
                   reg [7:0] r$d;\n    top$r r(\n        .clock(clock),\n        .d(r$d)\n    );\n    \
                   always @(*) r$d = $signed(8'h1f);\nendmodule // top\n\n\nmodule top$r(clock,d);\n\
                   endmodule // top$r\n";
        let v = finish("blk", raw, "cargo run --bin gen-verilog");
        assert!(v.starts_with("// blk.v: GENERATED FILE"));
        assert!(v.contains("`default_nettype none\n"));
        assert!(v.trim_end().ends_with("`default_nettype wire"));
        assert!(v.contains("module blk(clock,q);"));
        assert!(v.contains("blk_r r("));
        assert!(v.contains("module blk_r(clock,d);"));
        assert!(v.contains("endmodule // blk_r"));
        assert!(v.contains("r_d = $signed(8'h1f);"));
        assert!(!v.contains("top"));
        let body: String = v.lines().filter(|l| !l.trim_start().starts_with("//")).collect();
        assert!(!body.replace("$signed", "").contains('$'));
    }

    #[test]
    fn identical_lane_modules_become_one() {
        // Two lanes, each with its own copy of a table module: texts equal but for the names.
        let lane = |k: u32| {
            format!(
                "module b_lane_{k}(clock,x);\n    input wire clock;\n    b_lane_{k}_t t(\n        .clock(clock)\n    );\n\
                 endmodule // b_lane_{k}\n"
            )
        };
        let table = |k: u32| format!("module b_lane_{k}_t(clock);\n    input wire clock;\nendmodule // b_lane_{k}_t\n");
        let top =
            "module b(clock);\n    b_lane_0 lane_0(\n        .clock(clock)\n    );\n    b_lane_1 lane_1(\n        \
                   .clock(clock)\n    );\nendmodule // b\n";
        let mut src = top.to_string();
        for k in 0..2 {
            src.push_str(&lane(k));
            src.push_str(&table(k));
        }
        let merged = merge_identical_modules(split_modules(&src), "b");
        let names: Vec<&str> = merged.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["b", "b_lane", "b_lane_t"]);
        // every instance keeps its name and uses the one module
        assert!(merged[0].text.contains("    b_lane lane_0(") && merged[0].text.contains("    b_lane lane_1("));
        assert!(merged[1].text.starts_with("module b_lane(clock,x);") && merged[1].text.contains("    b_lane_t t("));
        assert!(merged[1].text.ends_with("endmodule // b_lane\n"));
        // modules that differ stay apart, with their names
        let other = src.replace(
            "module b_lane_1_t(clock);\n    input wire clock;",
            "module b_lane_1_t(clock);\n    input wire [1:0] clock;",
        );
        let names: Vec<String> =
            merge_identical_modules(split_modules(&other), "b").into_iter().map(|m| m.name).collect();
        assert_eq!(names, ["b", "b_lane_0", "b_lane_0_t", "b_lane_1", "b_lane_1_t"]);
        assert_eq!(merged_module_name(&["a_lane_0_t", "a_lane_12_t"]).as_deref(), Some("a_lane_t"));
        assert_eq!(merged_module_name(&["a_x_t", "a_y_t"]), None);
    }

    #[test]
    fn bit_replacement_lines() {
        let t = "        state_d = (state_nx & ~(1 << (32'h0)) | ((1'b0) << (32'h0)));\n\
                 x = (y & ~(1 << (32'ha)) | ((b) << (32'ha)));\n\
                 s = ((k & ~(1 << (32'h0)) | ((a) << (32'h0))) & ~(1 << (32'h1)) | ((b) << (32'h1)));\n";
        let v = bit_replacements(t);
        assert!(v.starts_with("        state_d = state_nx;\n        state_d[0] = 1'b0;\n"), "{v}");
        assert!(v.contains("\nx = y;\nx[10] = b;\n"), "{v}");
        // nested replacements are left alone
        assert!(v.ends_with("s = ((k & ~(1 << (32'h0)) | ((a) << (32'h0))) & ~(1 << (32'h1)) | ((b) << (32'h1)));\n"));
    }

    #[test]
    fn exact_casts() {
        let raw = "module top(a,b);\n    input wire  [7:0] a;\n    reg  [15:0] b;\n    reg  c;\n    \
                   localparam  k = 4'h8;\n    always @(*) begin\n        \
                   b = ((a) & 16'hffff) | ((b) & 16'hffff) | ((c) & 16'hffff);\n        \
                   c = ((b) & 1'h1) ^ ((a[3]) & 16'hffff) ^ ((k) & 3'h7) ^ ((a) & 16'hfff0) ^ (((a) & 16'hffff) << 8);\n    \
                   end\nendmodule\n";
        let v = finish("blk", raw, "x");
        assert!(v.contains("b = ({{8{1'b0}}, a}) | (b) | ({{15{1'b0}}, c});"), "{v}");
        assert!(
            v.contains("c = (b[0]) ^ ((a[3]) & 16'hffff) ^ (k[2:0]) ^ ((a) & 16'hfff0) ^ (({{8{1'b0}}, a}) << 8);"),
            "{v}"
        );
    }

    #[test]
    fn observation_ports_only_under_formal() {
        let v =
            "module blk (\n    input  wire         aclk,\n    output reg          y\n);\n    reg  [10:0] cnt_q;\n    \
                 always @(posedge aclk) cnt_q <= cnt_q;\nendmodule // blk\n";
        let o = with_formal_ports(v, "blk", &[("blk".to_string(), vec!["cnt_q"])]).unwrap();
        assert!(o.contains("output reg          y\n`ifdef FORMAL\n"), "{o}");
        assert!(o.contains("    , output wire  [10:0] formal_cnt_q\n`endif\n);\n"), "{o}");
        assert!(o.contains("`ifdef FORMAL\n    assign formal_cnt_q = cnt_q;\n`endif\nendmodule // blk\n"), "{o}");
        // without FORMAL the text is the original one
        let plain: String = o.split("`ifdef FORMAL\n").map(|p| p.split_once("`endif\n").map_or(p, |x| x.1)).collect();
        assert_eq!(plain, v);
        assert_eq!(with_formal_ports(v, "blk", &[("blk".to_string(), vec![])]).unwrap(), v);
        assert!(with_formal_ports(v, "blk", &[("blk".to_string(), vec!["gone_q"])]).unwrap_err().contains("gone_q"));
    }

    #[test]
    fn formal_subports_reach_the_top_only_under_formal() {
        let v = "module top (\n    input  wire         aclk\n);\n    wire  [3:0] lane_q;\n\n    // Sub module instances\n    \
                 top_lane lane(\n        .clock(aclk),\n        .q(lane_q)\n    );\nendmodule // top\n\n\
                 module top_lane(clock,q);\n\n    // Module arguments\n    input wire  clock;\n    output reg  [3:0] q;\n\n    \
                 // Sub module instances\n    top_lane_mem mem(\n        .clock(clock)\n    );\n    reg  [2:0] st_q;\n\
                 endmodule // top_lane\n\n\
                 module top_lane_mem(clock);\n\n    // Module arguments\n    input wire  clock;\n    reg [7:0] m [0:3];\n\
                 `ifdef FORMAL\n    input wire [1:0] formal_ra;\n    output wire [7:0] formal_rd;\n    assign formal_rd = m[formal_ra];\n\
                 `endif\nendmodule // top_lane_mem\n";
        let o = with_formal_ports(v, "top", &[("top_lane".to_string(), vec!["st_q"])]).unwrap();
        // the read port through the lane and the lane's observed signal, as top ports
        assert!(o.contains(", input  wire   [1:0] formal_lane_mem_ra\n"), "{o}");
        assert!(o.contains(", output wire   [7:0] formal_lane_mem_rd\n"), "{o}");
        assert!(o.contains(", output wire   [2:0] formal_lane_st_q\n"), "{o}");
        assert!(o.contains("module top_lane(clock,q\n`ifdef FORMAL\n"), "{o}");
        assert!(o.contains(",.formal_ra(formal_mem_ra)\n"), "{o}");
        // without FORMAL the text is the original one (but the line breaks before `);`)
        let plain: String = o.split("`ifdef FORMAL\n").map(|p| p.split_once("`endif\n").map_or(p, |x| x.1)).collect();
        let strip = |t: &str| t.replace("\n);", ");");
        let orig: String = v.split("`ifdef FORMAL\n").map(|p| p.split_once("`endif\n").map_or(p, |x| x.1)).collect();
        assert_eq!(strip(&plain).replace("`endif", ""), strip(&orig).replace("`endif", ""));
        assert!(with_formal_ports(v, "top", &[("top_lane".to_string(), vec!["gone"])]).unwrap_err().contains("gone"));
    }

    /// `text` without white space: what a line break may not change.
    fn squeeze(text: &str) -> String {
        text.split_whitespace().collect()
    }

    #[test]
    fn long_lines_break_at_their_outermost_operators() {
        let terms: Vec<String> = (0..40).map(|i| format!("(({{{{496{{1'b0}}}}, p_{i}}}) << 32'h{i:x})")).collect();
        let line = format!("        c = {};", terms.join(" | "));
        let out = wrap_long_lines(&line);
        assert_eq!(squeeze(&out), squeeze(&line));
        assert_eq!(out.lines().count(), 40, "{out}");
        assert!(out.lines().skip(1).all(|l| l.starts_with("            | ((")), "{out}");
        // a concatenation at its commas, a condition inside `if ( .. ) begin`
        let bits: Vec<String> = (0..12).rev().map(|i| format!("mask[{i}] ? window[{i}] : base_rd[{i}]")).collect();
        let cat = format!("    n = {{{}}};", bits.join(", "));
        let out = wrap_long_lines(&cat);
        assert_eq!(squeeze(&out), squeeze(&cat));
        assert!(out.lines().all(|l| l.len() <= MAX_LINE) && out.lines().nth(1).unwrap().ends_with(','), "{out}");
        let cond =
            format!("    if ({}) begin", (0..30).map(|i| format!("(a_{i} | b_{i})")).collect::<Vec<_>>().join(" & "));
        let out = wrap_long_lines(&cond);
        assert_eq!(squeeze(&out), squeeze(&cond));
        assert!(out.trim_end().ends_with(") begin") && out.lines().all(|l| l.len() <= MAX_LINE), "{out}");
        // a non-ANSI header, an all-ones parameter, a comment; short lines as they are
        let ports: Vec<String> = (0..40).map(|i| format!("port_{i}")).collect();
        let head = format!("module m_lane({});", ports.join(","));
        let out = wrap_long_lines(&head);
        assert!(out.starts_with("module m_lane(\n    port_0, port_1,") && out.ends_with("port_39\n);\n"), "{out}");
        assert_eq!(squeeze(&out).replace(',', ""), squeeze(&head).replace(',', ""));
        let ones = format!("    localparam  k = 1024'h{};", "f".repeat(256));
        assert_eq!(wrap_long_lines(&ones), "    localparam [1023:0] k = {1024{1'b1}};\n");
        let words = vec!["word"; 60].join(" ");
        let out = wrap_long_lines(&format!("// {words}"));
        assert_eq!(squeeze(&out.replace("//", "")), squeeze(&words));
        assert!(out.lines().all(|l| l.starts_with("//") && l.len() <= LIST_LINE), "{out}");
        assert_eq!(wrap_long_lines("    a = b | c;"), "    a = b | c;\n");
    }

    /// Every committed `rtl/` file (gen-verilog's output, formal observation ports included) keeps
    /// its lines within [`MAX_LINE`].
    #[test]
    fn committed_rtl_lines_are_short() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../rtl");
        let mut files = 0;
        for e in std::fs::read_dir(&dir).unwrap().flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "v") {
                files += 1;
                let text = std::fs::read_to_string(&p).unwrap();
                for (n, l) in text.lines().enumerate() {
                    assert!(l.len() <= MAX_LINE, "{}:{}: {} characters", p.display(), n + 1, l.len());
                }
            }
        }
        assert!(files >= crate::manifest::BLOCKS.len(), "{files} files in {}", dir.display());
    }

    #[test]
    #[should_panic(expected = "merge")]
    fn refuses_collisions() {
        finish("blk", "module top(a$b, a_b);\nendmodule\n", "x");
    }
}

#[cfg(test)]
mod block_tests {
    use rust_hdl::prelude::*;

    /// A tiny registered counter with a synchronous active-low reset, to check the emitted text.
    #[derive(LogicBlock, Default)]
    struct Counter {
        aclk: Signal<In, Clock>,
        aresetn: Signal<In, Bit>,
        en: Signal<In, Bit>,
        count: Signal<Out, Bits<4>>,
        count_q: DFF<Bits<4>>,
    }

    impl Logic for Counter {
        #[hdl_gen]
        fn update(&mut self) {
            dff_setup!(self, aclk, count_q);
            if !self.aresetn.val() {
                self.count_q.d.next = 0.into();
            } else if self.en.val() {
                self.count_q.d.next = self.count_q.q.val() + 1;
            }
            self.count.next = self.count_q.q.val();
        }
    }

    #[test]
    fn emits_a_renamed_counter() {
        let mut uut = Counter::default();
        let v = super::verilog("cnt", &mut uut, "test");
        assert!(v.contains("module cnt("));
        assert!(v.contains("module cnt_count_q("));
        if let Ok(dir) = std::env::var("XNC_EMIT_DUMP") {
            std::fs::write(format!("{dir}/cnt.v"), &v).unwrap();
        }
    }
}

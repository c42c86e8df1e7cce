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
use std::collections::BTreeMap;

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
    let mut blank = 0;
    for line in renamed.lines() {
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

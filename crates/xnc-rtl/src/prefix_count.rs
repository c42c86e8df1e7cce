//! The Sklansky prefix count of the XNC blocks' 32 words, written once for the compressor (short
//! words before each word) and the decompressor (long words before each word).
//!
//! It is part of each block's `#[hdl_gen]` kernel, between the statements that set `pc0` and the
//! ones that read `pc5`: a sub-module would put it in a second `always @(*)` fed by and feeding the
//! kernel's (a false combinational loop, Verilator's UNOPTFLAT), and a kernel cannot call a
//! function or a macro. So [`impl_update_with_prefix_count`] writes the whole `impl Logic` item
//! around the block's own statements, before the attribute expands.

/// `impl Logic for $block` with the `#[hdl_gen]` update `$before`, the prefix count, `$after`:
///
/// ```text
/// impl_update_with_prefix_count! {
/// impl Logic for MyBlock {
///     #[hdl_gen]
///     fn update(&mut self) { /* sets pc0 */ } then { /* reads pc5 */ }
/// }
/// }
/// ```
///
/// The block has locals `pc0` ... `pc5: [Signal<Local, Bits<_>>; 32]` (one width, wide enough for
/// 32); `$before` sets `pc0[i]` to 1 for each word counted, else 0, and `pc5[i]` is then the
/// count of words 0..=i (`$after` reads it).
macro_rules! impl_update_with_prefix_count {
    (impl Logic for $block:ty {
        $pound:tt $hdl_gen:tt
        fn update(&mut $s:ident) { $($before:tt)* } then { $($after:tt)* }
    }) => {
        impl Logic for $block {
            // The attribute (`#` and `[hdl_gen]`) and `self` are the caller's tokens: the
            // attribute writes `fn connect(&mut self)` with its own span around the caller's
            // `self`s, and both must be the same `self` (macro hygiene).
            $pound $hdl_gen
            fn update(&mut $s) {
                $($before)*
                // Level l: in every block of 2^(l+1) words the upper half adds the count of the
                // lower half's last word.
                for k in 0..16 {
                    $s.pc1[2 * k].next = $s.pc0[2 * k].val();
                    $s.pc1[2 * k + 1].next = $s.pc0[2 * k + 1].val() + $s.pc0[2 * k].val();
                }
                for k in 0..8 {
                    for j in 0..2 {
                        $s.pc2[4 * k + j].next = $s.pc1[4 * k + j].val();
                    }
                    for j in 0..2 {
                        $s.pc2[4 * k + 2 + j].next = $s.pc1[4 * k + 2 + j].val() + $s.pc1[4 * k + 1].val();
                    }
                }
                for k in 0..4 {
                    for j in 0..4 {
                        $s.pc3[8 * k + j].next = $s.pc2[8 * k + j].val();
                    }
                    for j in 0..4 {
                        $s.pc3[8 * k + 4 + j].next = $s.pc2[8 * k + 4 + j].val() + $s.pc2[8 * k + 3].val();
                    }
                }
                for k in 0..2 {
                    for j in 0..8 {
                        $s.pc4[16 * k + j].next = $s.pc3[16 * k + j].val();
                    }
                    for j in 0..8 {
                        $s.pc4[16 * k + 8 + j].next = $s.pc3[16 * k + 8 + j].val() + $s.pc3[16 * k + 7].val();
                    }
                }
                for k in 0..1 {
                    for j in 0..16 {
                        $s.pc5[32 * k + j].next = $s.pc4[32 * k + j].val();
                    }
                    for j in 0..16 {
                        $s.pc5[32 * k + 16 + j].next = $s.pc4[32 * k + 16 + j].val() + $s.pc4[32 * k + 15].val();
                    }
                }
                $($after)*
            }
        }
    };
}

pub(crate) use impl_update_with_prefix_count;

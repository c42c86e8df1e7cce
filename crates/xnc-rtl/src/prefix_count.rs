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
        // The five levels: (level, level before it, blocks of 2 half words, half).
        $crate::prefix_count::impl_update_with_prefix_count! {
            @levels [(pc1, pc0, 16, 1) (pc2, pc1, 8, 2) (pc3, pc2, 4, 4) (pc4, pc3, 2, 8) (pc5, pc4, 1, 16)]
            $block; $pound $hdl_gen; $s; { $($before)* } { $($after)* }
        }
    };
    (@levels [$(($pc:ident, $prev:ident, $blocks:literal, $half:literal))*]
        $block:ty; $pound:tt $hdl_gen:tt; $s:ident; { $($before:tt)* } { $($after:tt)* }) => {
        impl Logic for $block {
            // The attribute (`#` and `[hdl_gen]`) and `self` are the caller's tokens: the
            // attribute writes `fn connect(&mut self)` with its own span around the caller's
            // `self`s, and both must be the same `self` (macro hygiene).
            $pound $hdl_gen
            fn update(&mut $s) {
                $($before)*
                // Level by level: in every block of 2 half words the upper half adds the count of
                // the lower half's last word.
                $(
                    for k in 0..$blocks {
                        for j in 0..$half {
                            $s.$pc[2 * $half * k + j].next = $s.$prev[2 * $half * k + j].val();
                        }
                        for j in 0..$half {
                            $s.$pc[2 * $half * k + $half + j].next =
                                $s.$prev[2 * $half * k + $half + j].val() + $s.$prev[2 * $half * k + $half - 1].val();
                        }
                    }
                )*
                $($after)*
            }
        }
    };
}

pub(crate) use impl_update_with_prefix_count;

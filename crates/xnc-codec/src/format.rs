//! 16-bit floating-point formats (FP16, BF16) and the bit-exact conversions between them.
//!
//! Bit numbering: LSB = bit 0. FP16 = sign 15, exponent 14..10, mantissa 9..0.
//! BF16 = sign 15, exponent 14..7, mantissa 6..0.

use serde::{Deserialize, Serialize};

/// The element type of a tensor this kit compresses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Dtype {
    /// IEEE 754 binary16.
    F16,
    /// bfloat16 (the upper half of an IEEE binary32).
    BF16,
}

impl Dtype {
    /// Number of exponent bits.
    pub const fn exp_bits(self) -> u32 {
        match self {
            Dtype::F16 => 5,
            Dtype::BF16 => 8,
        }
    }
    /// Number of mantissa (fraction) bits.
    pub const fn man_bits(self) -> u32 {
        match self {
            Dtype::F16 => 10,
            Dtype::BF16 => 7,
        }
    }
    /// The exponent field of a word.
    #[inline]
    pub const fn exponent(self, w: u16) -> u16 {
        (w >> self.man_bits()) & ((1 << self.exp_bits()) - 1)
    }
    /// The `{sign, mantissa}` field of a word as one `1 + man_bits` wide integer (sign on top).
    #[inline]
    pub const fn sign_mantissa(self, w: u16) -> u16 {
        let m = self.man_bits();
        ((w >> 15) << m) | (w & ((1 << m) - 1))
    }
    /// Rebuild a word from its exponent and `{sign, mantissa}` fields.
    #[inline]
    pub const fn assemble(self, exp: u16, sign_mantissa: u16) -> u16 {
        let m = self.man_bits();
        ((sign_mantissa >> m) << 15) | (exp << m) | (sign_mantissa & ((1 << m) - 1))
    }
    /// The safetensors name of the dtype.
    pub const fn safetensors_name(self) -> &'static str {
        match self {
            Dtype::F16 => "F16",
            Dtype::BF16 => "BF16",
        }
    }
    /// Parse a safetensors dtype name; `None` for anything this kit does not compress.
    pub fn from_safetensors_name(s: &str) -> Option<Self> {
        match s {
            "F16" => Some(Dtype::F16),
            "BF16" => Some(Dtype::BF16),
            _ => None,
        }
    }
}

/// Round a BF16 word to FP16 (round to nearest even, as `half` does): the paper's cast.
/// Returns the FP16 word; the cast is lossy for values outside FP16's range or precision.
#[inline]
pub fn bf16_to_f16_cast(w: u16) -> u16 {
    half::f16::from_f32(half::bf16::from_bits(w).to_f32()).to_bits()
}

/// Exponent bias difference between BF16 (127) and FP16 (15).
const REBIAS: u16 = 112;

/// A lossless, invertible permutation of BF16 words into FP16-like words.
///
/// For every BF16 value in FP16's normal range (biased BF16 exponent 113..=142) the result is
/// exactly the FP16 cast: sign in bit 15, `exponent - 112` in bits 14..10, the 7 mantissa bits in
/// bits 9..3 and zero in bits 2..0. The three upper bits of the rebiased exponent go to bits 2..0,
/// so nothing is lost for any of the 65536 patterns. Zero stays zero (exponents 0 and 112 swap
/// places) because XNC relies on zero words.
#[inline]
pub fn bf16_to_xnc_word(w: u16) -> u16 {
    let e = (w >> 7) & 0xff;
    let m = w & 0x7f;
    let r = match e {
        0 => 0,
        REBIAS => 0u16.wrapping_sub(REBIAS) & 0xff,
        _ => e.wrapping_sub(REBIAS) & 0xff,
    };
    (w & 0x8000) | ((r & 0x1f) << 10) | (m << 3) | (r >> 5)
}

/// Inverse of [`bf16_to_xnc_word`], without a branch (so that [`xnc_words_to_bf16`] vectorises):
/// the rebiased exponent `r` goes back to `r + 112 (mod 256)`, except that the two results 0 (from
/// `r = 144`) and 112 (from `r = 0`) trade places, as zero stays zero.
#[inline(always)]
pub fn xnc_word_to_bf16(x: u16) -> u16 {
    let r = ((x >> 10) & 0x1f) | ((x & 7) << 5);
    let e = r.wrapping_add(REBIAS) & 0xff;
    let swap = ((e == 0) as u16 | (e == REBIAS) as u16) * REBIAS;
    (x & 0x8000) | ((e ^ swap) << 7) | ((x >> 3) & 0x7f)
}

/// [`xnc_word_to_bf16`] on every word of `words`, in place: the XNC decoder's last step for a BF16
/// tensor. Compiled for AVX2 too, used when the CPU has it (checked at run time, [`crate::cpu`]); the portable loop
/// vectorises with the target's baseline (SSE2 on x86-64).
pub fn xnc_words_to_bf16(words: &mut [u16]) {
    #[cfg(target_arch = "x86_64")]
    if crate::cpu::has_avx2() {
        // SAFETY: the CPU has AVX2 (checked just above).
        return unsafe { xnc_words_to_bf16_avx2(words) };
    }
    words.iter_mut().for_each(|w| *w = xnc_word_to_bf16(*w));
}

/// [`xnc_words_to_bf16`] compiled with AVX2.
///
/// # Safety
/// The CPU must have AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn xnc_words_to_bf16_avx2(words: &mut [u16]) {
    words.iter_mut().for_each(|w| *w = xnc_word_to_bf16(*w));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rebias_permutation_is_a_bijection_and_matches_the_cast_in_range() {
        let mut seen = vec![false; 65536];
        for w in 0..=u16::MAX {
            let x = bf16_to_xnc_word(w);
            assert!(!seen[x as usize], "two BF16 words map to {x:#06x}");
            seen[x as usize] = true;
            assert_eq!(xnc_word_to_bf16(x), w);
            let mut one = [x; 33]; // the vector loop and its scalar tail
            xnc_words_to_bf16(&mut one);
            assert!(one.iter().all(|&b| b == w), "word {w:#06x}");
            let e = (w >> 7) & 0xff;
            if (113..=142).contains(&e) || (w & 0x7fff) == 0 {
                assert_eq!(x, bf16_to_f16_cast(w), "word {w:#06x}");
            }
        }
    }

    #[test]
    fn fields_round_trip() {
        for d in [Dtype::F16, Dtype::BF16] {
            for w in 0..=u16::MAX {
                assert_eq!(d.assemble(d.exponent(w), d.sign_mantissa(w)), w);
            }
        }
    }
}

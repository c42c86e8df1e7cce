//! Run-time CPU feature checks and the bit helpers whose fast form needs them, shared by the
//! `ans`, `ans-fa` and `ans-ctx` decoders.

/// The low `n` bits of `x` (`n < 64`): one `bzhi` when `B` (only in code compiled with BMI2,
/// `Decoder::states_bmi2`, `CtxDecoder::dispatch_bmi2`), else a shift, a decrement and an and.
#[inline(always)]
pub(super) fn low_bits<const B: bool>(x: u64, n: u8) -> u64 {
    #[cfg(target_arch = "x86_64")]
    if B {
        // SAFETY: callers pass `B = true` only in code that runs when [`has_bmi2`] said yes.
        return unsafe { core::arch::x86_64::_bzhi_u64(x, n as u32) };
    }
    x & ((1u64 << n) - 1)
}

/// Whether the CPU has BMI1 and BMI2 (run-time check; false off x86-64).
pub(super) fn has_bmi2() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        is_x86_feature_detected!("bmi1") && is_x86_feature_detected!("bmi2")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// Whether the CPU has AVX2 (run-time check; false off x86-64).
pub(super) fn has_avx2() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        is_x86_feature_detected!("avx2")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// Whether the CPU has AVX-512 F (run-time check; false off x86-64): the `ans` / `ans-fa` gather
/// state pass then looks its table up in registers for `R <= 6`.
pub(super) fn has_avx512f() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        is_x86_feature_detected!("avx512f")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// Whether the CPU has AVX-512 F, BW and VBMI, what the `ans-ctx` SIMD raw pass needs (run-time
/// check; false off x86-64).
pub(super) fn has_avx512_vbmi() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        is_x86_feature_detected!("avx512f")
            && is_x86_feature_detected!("avx512bw")
            && is_x86_feature_detected!("avx512vbmi")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// Whether the CPU has AVX-512 F, VL and VBMI2 (run-time check; false off x86-64): the `ans` /
/// `ans-fa` gather state pass then reads 64-bit windows.
pub(super) fn has_avx512_vbmi2() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        is_x86_feature_detected!("avx512f")
            && is_x86_feature_detected!("avx512vl")
            && is_x86_feature_detected!("avx512vbmi2")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

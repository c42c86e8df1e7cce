//! Run-time CPU feature checks, one place for every codec, and the bit helpers whose fast form
//! needs them.
//!
//! Every path compiled with x86 extensions (AVX-512, AVX2, BMI2, LZCNT) is chosen here at run time
//! and has a portable twin that gives the same bytes. The environment variable [`SIMD_ENV`]
//! (`XNC_SIMD=portable|avx2|avx512`) caps the level a process may use, so that the AVX2 and
//! portable twins can be run, tested and timed on a machine that has AVX-512: `portable` turns off
//! every extension path, `avx2` every AVX-512 path, `avx512` (or unset) nothing. The cap is read
//! once per process; the CLI checks it with [`simd_cap`] and refuses an unknown value, the library
//! ignores one.

use std::sync::OnceLock;

/// The environment variable that caps the instruction-set level ([`SimdLevel`]) of this process.
pub const SIMD_ENV: &str = "XNC_SIMD";

/// An instruction-set level, lowest first: what [`SIMD_ENV`] caps and what [`simd_level`] reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum SimdLevel {
    /// The target's baseline only (SSE2 on x86-64): no path chosen at run time.
    Portable,
    /// AVX2 with BMI1/BMI2 (and LZCNT, POPCNT where a path needs them).
    Avx2,
    /// AVX-512 F (and BW, VL, VBMI where a path needs them) as well.
    Avx512,
}

impl SimdLevel {
    /// Every level, lowest first.
    pub const ALL: [SimdLevel; 3] = [SimdLevel::Portable, SimdLevel::Avx2, SimdLevel::Avx512];

    /// The level's name as [`SIMD_ENV`] spells it.
    pub fn name(self) -> &'static str {
        match self {
            SimdLevel::Portable => "portable",
            SimdLevel::Avx2 => "avx2",
            SimdLevel::Avx512 => "avx512",
        }
    }

    /// The level a [`SIMD_ENV`] value names, if any.
    pub fn from_name(name: &str) -> Option<SimdLevel> {
        SimdLevel::ALL.into_iter().find(|l| l.name() == name)
    }
}

/// The cap [`SIMD_ENV`] sets now: `Avx512` (no cap) when it is unset or empty, an error naming the
/// variable, its value and the valid ones when it names no level.
pub fn simd_cap() -> Result<SimdLevel, String> {
    match std::env::var(SIMD_ENV) {
        Err(std::env::VarError::NotPresent) => Ok(SimdLevel::Avx512),
        Ok(v) if v.is_empty() => Ok(SimdLevel::Avx512),
        Ok(v) => SimdLevel::from_name(&v).ok_or_else(|| {
            let names: Vec<_> = SimdLevel::ALL.iter().map(|l| l.name()).collect();
            format!("{SIMD_ENV}={v:?} names no instruction-set level (one of: {})", names.join(", "))
        }),
        Err(e) => Err(format!("{SIMD_ENV}: {e}")),
    }
}

/// Whether the cap allows `level` and the CPU has every named feature (run-time checks; false off
/// x86-64): the body of each `has_*` below.
macro_rules! detected {
    ($level:ident, $($feature:tt),+) => {{
        #[cfg(target_arch = "x86_64")]
        {
            cap() >= SimdLevel::$level $(&& is_x86_feature_detected!($feature))+
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            false
        }
    }};
}

/// The process's cap, read once (an invalid value is ignored here; the CLI refuses it first).
fn cap() -> SimdLevel {
    static CAP: OnceLock<SimdLevel> = OnceLock::new();
    *CAP.get_or_init(|| simd_cap().unwrap_or(SimdLevel::Avx512))
}

/// The highest level this process uses: what the CPU has (AVX2 counted with BMI1/BMI2, AVX-512
/// with F: the paths that need BW, VL, VBMI or VBMI2 as well check them on their own), within the
/// [`SIMD_ENV`] cap.
pub fn simd_level() -> SimdLevel {
    if has_avx512f() && has_avx2() && has_bmi2() {
        SimdLevel::Avx512
    } else if has_avx2() && has_bmi2() {
        SimdLevel::Avx2
    } else {
        SimdLevel::Portable
    }
}

/// The low `n` bits of `x` (`n < 64`): one `bzhi` when `B` (only in code compiled with BMI2,
/// `Decoder::states_bmi2`, `CtxDecoder::dispatch_bmi2`), else a shift, a decrement and an and.
#[inline(always)]
pub(crate) fn low_bits<const B: bool>(x: u64, n: u8) -> u64 {
    #[cfg(target_arch = "x86_64")]
    if B {
        // SAFETY: callers pass `B = true` only in code that runs when [`has_bmi2`] said yes.
        return unsafe { core::arch::x86_64::_bzhi_u64(x, n as u32) };
    }
    x & ((1u64 << n) - 1)
}

/// Whether the CPU has BMI1 and BMI2 and the cap allows AVX2 (run-time check; false off x86-64).
pub fn has_bmi2() -> bool {
    detected!(Avx2, "bmi1", "bmi2")
}

/// Whether the CPU has AVX2 and the cap allows it (run-time check; false off x86-64).
pub fn has_avx2() -> bool {
    detected!(Avx2, "avx2")
}

/// Whether the CPU has AVX-512 F and the cap allows it (run-time check; false off x86-64): the
/// `ans` / `ans-fa` gather state pass then looks its table up in registers for `R <= 6`.
pub fn has_avx512f() -> bool {
    detected!(Avx512, "avx512f")
}

/// Whether the CPU has AVX-512 F, BW, VL and VBMI, what the `ans-ctx` SIMD raw pass, the
/// `ans` / `ans-fa` VBMI raw pass and (with BW) their word-table state pass need (run-time check;
/// false off x86-64).
pub fn has_avx512_vbmi() -> bool {
    detected!(Avx512, "avx512f", "avx512bw", "avx512vl", "avx512vbmi")
}

/// Whether the CPU has AVX-512 F, VL and VBMI2 and the cap allows AVX-512 (run-time check; false
/// off x86-64): the `ans` / `ans-fa` gather state pass then reads 64-bit windows.
pub fn has_avx512_vbmi2() -> bool {
    detected!(Avx512, "avx512f", "avx512vl", "avx512vbmi2")
}

/// Whether the CPU has LZCNT and the cap allows AVX2 (run-time check; false off x86-64): with it
/// a tANS window's refill counts the bits consumed in one instruction (`bsr` and a fix-up without).
pub fn has_lzcnt() -> bool {
    detected!(Avx2, "lzcnt")
}

/// Whether the CPU has POPCNT and the cap allows AVX2 (run-time check; false off x86-64).
pub fn has_popcnt() -> bool {
    detected!(Avx2, "popcnt")
}

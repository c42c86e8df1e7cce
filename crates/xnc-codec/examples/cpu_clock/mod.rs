//! The clocks the profiling examples (`decode_cpu`, `compress_cpu`, `ctx_ab`, `ctx_prof` and their
//! `ctx_blocks`) and the criterion benches (`benches/common`) read on Linux: CPU
//! time of every thread of the process or of the calling thread, user and kernel together (as
//! `xnc bench`'s CPU-time clocks count it), and minor page faults.
#![allow(dead_code)] // each example and bench uses the clocks it needs

/// CPU nanoseconds of every thread of this process (`CLOCK_PROCESS_CPUTIME_ID`).
pub fn cpu_ns() -> u64 {
    clock_ns(2)
}

/// CPU nanoseconds of the calling thread (`CLOCK_THREAD_CPUTIME_ID`).
pub fn thread_ns() -> u64 {
    clock_ns(3)
}

/// A POSIX CPU-time clock in nanoseconds. Not `/proc/.../schedstat`: the kernel updates its run
/// time only at a tick or a switch, so a read while the thread runs misses up to a tick (4 ms),
/// where `clock_gettime` adds the running slice. `clock`: 2 for the process, 3 for the thread
/// (Linux's `CLOCK_PROCESS_CPUTIME_ID`, `CLOCK_THREAD_CPUTIME_ID`).
pub fn clock_ns(clock: i32) -> u64 {
    #[repr(C)]
    struct Timespec {
        sec: i64,
        nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
    }
    let mut ts = Timespec { sec: 0, nsec: 0 };
    // SAFETY: clock_gettime writes one timespec through a valid pointer.
    let rc = unsafe { clock_gettime(clock, &mut ts) };
    assert_eq!(rc, 0, "clock_gettime({clock})");
    ts.sec as u64 * 1_000_000_000 + ts.nsec as u64
}

/// Minor page faults of this process so far.
pub fn minor_faults() -> u64 {
    let s = std::fs::read_to_string("/proc/self/stat").expect("/proc/self/stat");
    // Fields after the command name (in parentheses): minflt is the 10th field, the 8th after it.
    let rest = &s[s.rfind(')').expect("stat format") + 2..];
    rest.split_whitespace().nth(7).and_then(|f| f.parse().ok()).expect("minflt")
}

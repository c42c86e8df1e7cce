//! The clocks the profiling examples (`decode_cpu`, `compress_cpu`, `ctx_ab`) read on Linux: CPU
//! time of every thread of the process or of the calling thread, user and kernel together (as
//! `xnc bench`'s CPU-time clocks count it), and minor page faults.
#![allow(dead_code)] // each example uses the clocks it needs

/// CPU nanoseconds of every thread of this process.
pub fn cpu_ns() -> u64 {
    std::fs::read_dir("/proc/self/task")
        .expect("/proc/self/task")
        .filter_map(|t| std::fs::read_to_string(t.ok()?.path().join("schedstat")).ok())
        .filter_map(|s| s.split_whitespace().next()?.parse::<u64>().ok())
        .sum()
}

/// CPU nanoseconds of the calling thread.
pub fn thread_ns() -> u64 {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").expect("/proc/thread-self/schedstat");
    s.split_whitespace().next().and_then(|f| f.parse().ok()).expect("schedstat format")
}

/// Minor page faults of this process so far.
pub fn minor_faults() -> u64 {
    let s = std::fs::read_to_string("/proc/self/stat").expect("/proc/self/stat");
    // Fields after the command name (in parentheses): minflt is the 10th field, the 8th after it.
    let rest = &s[s.rfind(')').expect("stat format") + 2..];
    rest.split_whitespace().nth(7).and_then(|f| f.parse().ok()).expect("minflt")
}

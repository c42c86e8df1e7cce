//! The clocks the profiling examples (`decode_cpu`, `compress_cpu`) read on Linux: CPU time of
//! every thread of the process, user and kernel together (as `xnc bench`'s process CPU-time
//! clock counts it), and minor page faults.

/// CPU nanoseconds of every thread of this process.
pub fn cpu_ns() -> u64 {
    std::fs::read_dir("/proc/self/task")
        .expect("/proc/self/task")
        .filter_map(|t| std::fs::read_to_string(t.ok()?.path().join("schedstat")).ok())
        .filter_map(|s| s.split_whitespace().next()?.parse::<u64>().ok())
        .sum()
}

/// Minor page faults of this process so far.
pub fn minor_faults() -> u64 {
    let s = std::fs::read_to_string("/proc/self/stat").expect("/proc/self/stat");
    // Fields after the command name (in parentheses): minflt is the 10th field, the 8th after it.
    let rest = &s[s.rfind(')').expect("stat format") + 2..];
    rest.split_whitespace().nth(7).and_then(|f| f.parse().ok()).expect("minflt")
}

// Verilator co-simulation harness for the blocks of rtl/: golden beats from `xnc vectors` in, every
// output beat compared, seeded random stalls on every valid and ready.
//
// Built once per block by scripts/cosim.sh (verilator --cc --exe --build -O3, -DDESIGN=<name>, with
// the generated port adapter ports.h of the block in the build directory).
//
//   sim/build/<design>/V<design> VECTOR_DIR [--stall-seed S] [--trace OUT.fst] [--trace-cycles N]
//
// The cycle schedule is the Rust stream driver's (crates/xnc-sim/src/driver.rs `drive`, which runs
// every block), so both report the same cycle count for the same seed:
//   * one power-up cycle with aresetn low, not counted;
//   * tans_decoder only: one table write per cycle, counted, nothing draws, valids and ready low;
//   * then every cycle: each source (port order) that is not holding a beat and has beats left draws
//     once from SplitMix64 and presents its next beat unless the draw's top byte is below 77; then
//     the sink draws once and raises tready unless the top byte is below 77. Inputs are applied
//     with the clock low, handshakes are sampled after the logic settles, then the rising edge.
//   * the run ends in the cycle the last expected output beat is taken.
// Without --stall-seed nothing draws: every valid goes high as soon as a beat is left, ready is 1.

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "verilated.h"
#if VM_TRACE
#include "verilated_fst_c.h"
#endif

#define STR2(x) #x
#define STR(x) STR2(x)
#define CAT2(a, b) a##b
#define CAT(a, b) CAT2(a, b)
#define VTOP CAT(V, DESIGN)
#include STR(CAT(V, DESIGN).h)

// ------------------------------------------------------------------------------------------------
// SplitMix64 stall generator (xnc_sim::Stalls)

struct Stalls {
    uint64_t state;
    bool enabled;
    static const uint8_t threshold = 77;
    uint64_t next_u64() {
        state += 0x9E3779B97F4A7C15ULL;
        uint64_t z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    bool go() { return !enabled || (uint8_t)(next_u64() >> 56) >= threshold; }
};

// ------------------------------------------------------------------------------------------------
// Beat files (manifest.txt + <port>.bin, see crates/xnc-sim/src/vectors.rs)

struct Port {
    std::string name;
    const uint8_t* data = nullptr;
    size_t beats = 0, bpb = 0;
    const uint8_t* beat(size_t k) const { return data + k * bpb; }
    bool last(size_t k) const { return beat(k)[bpb - 1] & 1; }
};

static const uint8_t* map_file(const std::string& path, size_t want) {
    if (want == 0) return nullptr;
    int fd = open(path.c_str(), O_RDONLY);
    if (fd < 0) { perror(path.c_str()); exit(2); }
    struct stat st;
    fstat(fd, &st);
    if ((size_t)st.st_size != want) {
        fprintf(stderr, "%s: %zu bytes, manifest says %zu\n", path.c_str(), (size_t)st.st_size, want);
        exit(2);
    }
    void* p = mmap(nullptr, want, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    if (p == MAP_FAILED) { perror("mmap"); exit(2); }
    close(fd);
    return (const uint8_t*)p;
}

struct Vectors {
    std::string design, source, format;
    uint64_t values = 0;
    std::vector<Port> ports;  // inputs in port order, then m_axis, then table
    const Port* find(const char* n) const {
        for (auto& p : ports)
            if (p.name == n) return &p;
        fprintf(stderr, "vectors: no port %s\n", n);
        exit(2);
    }
};

static Vectors load(const std::string& dir) {
    Vectors v;
    FILE* f = fopen((dir + "/manifest.txt").c_str(), "r");
    if (!f) { perror((dir + "/manifest.txt").c_str()); exit(2); }
    char line[4096];
    while (fgets(line, sizeof line, f)) {
        char key[64], a[1024], b[1024];
        size_t n, bpb;
        line[strcspn(line, "\n")] = 0;
        if (sscanf(line, "port %63s %1023s %zu %zu", a, b, &n, &bpb) == 4) {
            Port p;
            p.name = a;
            p.beats = n;
            p.bpb = bpb;
            p.data = map_file(dir + "/" + b, n * bpb);
            v.ports.push_back(p);
        } else if (sscanf(line, "%63s", key) == 1) {
            const char* rest = line + strlen(key) + (line[strlen(key)] ? 1 : 0);
            if (!strcmp(key, "design")) v.design = rest;
            if (!strcmp(key, "source")) v.source = rest;
            if (!strcmp(key, "format")) v.format = rest;
            if (!strcmp(key, "values")) v.values = strtoull(rest, nullptr, 10);
        }
    }
    fclose(f);
    if (v.format != "bin") { fprintf(stderr, "%s: vectors are '%s', the harness reads bin\n", dir.c_str(), v.format.c_str()); exit(2); }
    return v;
}

// ------------------------------------------------------------------------------------------------
// Wide values

template <class W>
static void set_wide(W& w, const uint8_t* b, size_t nbytes) {
    memset(w.data(), 0, sizeof(w));
    memcpy(w.data(), b, nbytes);  // little-endian host: byte k of the value is byte k of the words
}
template <class W>
static void get_wide(const W& w, uint8_t* b, size_t nbytes) { memcpy(b, w.data(), nbytes); }
static uint64_t le(const uint8_t* b, int n) {
    uint64_t x = 0;
    for (int i = n - 1; i >= 0; i--) x = x << 8 | b[i];
    return x;
}
static std::string hex(const uint8_t* b, size_t n) {
    std::string s;
    char t[3];
    bool lead = true;
    for (size_t i = n; i-- > 0;) {
        if (lead && b[i] == 0 && i > 0) continue;
        snprintf(t, sizeof t, lead ? "%x" : "%02x", b[i]);
        lead = false;
        s += t;
    }
    return s;
}

template <class T>
static void put_le(uint8_t* b, T x, int n) {
    for (int i = 0; i < n; i++) b[i] = (uint8_t)((uint64_t)x >> (8 * i));
}

// ------------------------------------------------------------------------------------------------
// The block's port adapter, generated from the block manifest (`xnc blocks --harness-header D`):
// NIN input streams; poke_in(i, beat) drives tdata/tuser/tkeep/tlast of input i; set_valid,
// in_ready; got(buf) writes the output beat in the record layout of the expected beats;
// table_write (HAS_TABLE) drives the table port.
#include "ports.h"

// ------------------------------------------------------------------------------------------------

int main(int argc, char** argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s VECTOR_DIR [--stall-seed S] [--trace OUT.fst] [--trace-cycles N]\n", argv[0]);
        return 2;
    }
    std::string dir = argv[1];
    Stalls stalls{0, false};
    uint64_t seed = 0;
    const char* trace_path = nullptr;
    uint64_t trace_cycles = 100000;
    for (int i = 2; i < argc; i++) {
        if (argv[i][0] == '+') {
            continue;  // +verilator+seed+N, +verilator+rand+reset+2: Verilator's own (X-randomised start)
        } else if (!strcmp(argv[i], "--stall-seed") && i + 1 < argc) {
            seed = stalls.state = strtoull(argv[++i], nullptr, 0);
            stalls.enabled = true;
        } else if (!strcmp(argv[i], "--trace") && i + 1 < argc) {
            trace_path = argv[++i];
        } else if (!strcmp(argv[i], "--trace-cycles") && i + 1 < argc) {
            trace_cycles = strtoull(argv[++i], nullptr, 0);
        } else {
            fprintf(stderr, "unknown argument %s\n", argv[i]);
            return 2;
        }
    }
    Vectors v = load(dir);
    const char* design = STR(DESIGN);
    if (v.design != design) {
        fprintf(stderr, "%s: vectors are for %s, this harness is %s\n", dir.c_str(), v.design.c_str(), design);
        return 2;
    }
    const Port* in[NIN];
    for (int i = 0; i < NIN; i++) in[i] = v.find(IN_NAMES[i]);
    const Port* out = v.find("m_axis");
#ifdef HAS_TABLE
    const Port* table = v.find("table");
#endif

    auto ctx = std::make_unique<VerilatedContext>();
    ctx->commandArgs(argc, argv);
    auto top = std::make_unique<VTOP>(ctx.get());
#if VM_TRACE
    std::unique_ptr<VerilatedFstC> tfp;
    if (trace_path) {
        ctx->traceEverOn(true);
        tfp.reset(new VerilatedFstC);
        top->trace(tfp.get(), 99);
        tfp->open(trace_path);
    }
#else
    if (trace_path) {
        fprintf(stderr, "this harness was built without tracing (scripts/cosim.sh --trace builds one with it)\n");
        return 2;
    }
#endif
    uint64_t ts = 0;  // trace time in ps, 10 ns clock as in the Rust VCDs
    auto edge = [&](bool high, uint64_t cycle) {
        top->aclk = high;
        top->eval();
#if VM_TRACE
        if (tfp && (trace_cycles == 0 || cycle < trace_cycles)) tfp->dump(ts);
#endif
        ts += 5000;
    };

    auto t0 = std::chrono::steady_clock::now();
    // Power-up: one cycle of reset, not counted.
    top->aresetn = 0;
    for (int i = 0; i < NIN; i++) set_valid(top.get(), i, false);
    top->m_axis_tready = 0;
#ifdef HAS_TABLE
    table_write(top.get(), nullptr);
#endif
    edge(false, 0);
    edge(true, 0);
    top->aresetn = 1;

    uint64_t cycle = 0;
#ifdef HAS_TABLE
    for (size_t k = 0; k < table->beats; k++, cycle++) {
        table_write(top.get(), table->beat(k));
        edge(false, cycle);
        edge(true, cycle);
    }
    table_write(top.get(), nullptr);
#endif
    size_t next[NIN] = {};
    bool hold[NIN] = {};
    size_t k = 0, mismatches = 0;
    int64_t first_in = -1, first_valid = -1, first_out = -1, last_out = 0;
    uint64_t total_in = 0;
    for (int i = 0; i < NIN; i++) total_in += in[i]->beats;
    uint64_t max_cycles = cycle + 64 * (total_in + out->beats) + 1000;
    std::vector<uint8_t> buf(out->bpb);
    while (k < out->beats) {
        if (cycle >= max_cycles) {
            fprintf(stderr, "%s: timeout after %llu cycles, %zu of %zu output beats received\n", design,
                    (unsigned long long)cycle, k, out->beats);
            printf("cosim %s: FAILED (timeout)\n", design);
            return 1;
        }
        for (int i = 0; i < NIN; i++) {
            if (!hold[i] && next[i] < in[i]->beats && stalls.go()) {
                hold[i] = true;
                poke_in(top.get(), i, in[i]->beat(next[i]));
            }
            set_valid(top.get(), i, hold[i]);
        }
        bool ready = stalls.go();
        top->m_axis_tready = ready;
        edge(false, cycle);
        for (int i = 0; i < NIN; i++) {
            if (hold[i] && in_ready(top.get(), i)) {
                hold[i] = false;
                next[i]++;
                if (i == 0 && first_in < 0) first_in = cycle;
            }
        }
        if (top->m_axis_tvalid) {
            if (first_valid < 0) first_valid = cycle;
            if (ready) {
                got(top.get(), buf.data());
                const uint8_t* want = out->beat(k);
                if (memcmp(buf.data(), want, out->bpb) != 0) {
                    if (mismatches < 10) {
                        fprintf(stderr, "MISMATCH %s beat %zu (cycle %llu): got %s last %d, expected %s last %d\n",
                                design, k, (unsigned long long)cycle, hex(buf.data(), out->bpb - 1).c_str(),
                                buf[out->bpb - 1] & 1, hex(want, out->bpb - 1).c_str(), want[out->bpb - 1] & 1);
                    }
                    mismatches++;
                }
                if (first_out < 0) first_out = cycle;
                last_out = cycle;
                k++;
            }
        }
        edge(true, cycle);
        cycle++;
    }
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
#if VM_TRACE
    if (tfp) tfp->close();
#endif
    top->final();
    double vpc = first_out >= 0 ? (double)v.values / (double)(last_out - first_out + 1) : 0.0;
    char lat[32] = "n/a";
    if (!stalls.enabled && first_in >= 0 && first_valid >= 0) snprintf(lat, sizeof lat, "%lld", (long long)(first_valid - first_in));
    printf("cosim %s: %s; seed %s; values %llu, beats %zu, mismatches %zu, cycles %llu, latency %s, "
           "values/cycle %.4f, %.2f s, %.2f M cycles/s\n",
           design, v.source.c_str(), stalls.enabled ? std::to_string(seed).c_str() : "none",
           (unsigned long long)v.values, k, mismatches, (unsigned long long)cycle, lat, vpc, secs, cycle / secs / 1e6);
    printf("RESULT design=%s values=%llu beats=%zu mismatches=%zu cycles=%llu latency=%s values_per_cycle=%.6f seconds=%.3f\n",
           design, (unsigned long long)v.values, k, mismatches, (unsigned long long)cycle, lat, vpc, secs);
    return mismatches ? 1 : 0;
}

// expect-error: E0609
// The data inside a lock cannot be reached without taking it: a user-space twin of the
// kernel's Mutex<T> pattern (snippets/how/stats.kernel.rs), written for the talk.
use std::sync::Mutex;

struct Stats {
    calls: u64,
}

struct Dev {
    stats: Mutex<Stats>,
}

fn main() {
    let dev = Dev { stats: Mutex::new(Stats { calls: 0 }) };
    dev.stats.calls += 1; // no lock taken: rejected at compile time
}

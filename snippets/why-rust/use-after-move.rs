// expect-error: E0382
// A buffer is handed to a consumer; the old name is dead afterwards.
fn consume(buf: Vec<u8>) -> usize {
    buf.len()
} // `buf` is freed here, exactly once

fn main() {
    let mut buf = vec![0u8; 64];
    let n = consume(buf); // ownership moves into `consume`
    buf[0] = 1; // rejected at compile time: use after move (free)
    println!("{n}");
}

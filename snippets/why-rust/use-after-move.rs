// expect-error: E0382
// #region shown
fn consume(buf: Vec<u8>) -> usize {
    buf.len()
} // `buf` is freed here, exactly once

fn main() {
    let mut buf = vec![0u8; 64];
    let n = consume(buf); // ownership moves into `consume`
    buf[0] = 1; // use after move: rejected at compile time
    println!("{n}");
}
// #endregion shown

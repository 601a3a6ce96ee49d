// expect-error: E0277
// #region shown
use std::rc::Rc;
use std::thread;

fn main() {
    let stats = Rc::new(0u64);
    let alias = Rc::clone(&stats); // two owners, one non-atomic count
    let worker = thread::spawn(move || {
        println!("{alias}"); // would be dropped on another CPU
    });
    worker.join().unwrap();
}
// #endregion shown

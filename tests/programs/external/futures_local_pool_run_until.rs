// Source: rust-lang/futures-rs, branch 0.3, futures-executor/src/local_pool.rs:
// the documentation example of `LocalPool::run_until`.
// Adapted: the example's hidden lines are shown and it runs in `main`, which then prints
// one line to say it ran to its end (the example prints nothing).
fn main() {
    use futures::executor::LocalPool;

    let mut pool = LocalPool::new();
    let my_app  = async {};

    // run tasks in the pool until `my_app` completes
    pool.run_until(my_app);
    println!("LocalPool::run_until: ran to its end");
}

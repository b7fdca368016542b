// 200 nested closure calls.
// expect: rustc
fn apply(n: u32, f: &dyn Fn(u32) -> u32) -> u32 {
    if n == 0 { f(0) } else { apply(n - 1, &|x| f(x) + 1) }
}

fn main() {
    println!("{}", apply(200, &|x| x));
}

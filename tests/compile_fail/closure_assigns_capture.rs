// A closure assigning a captured variable that is not `mut`: rustc rejects it.
// expect: E0594 at line 5
fn main() {
    let count = 0;
    let mut bump = || count += 1;
    bump();
    println!("{count}");
}

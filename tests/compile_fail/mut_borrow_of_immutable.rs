// `&mut` of a variable that is not `mut`: rustc rejects it.
// expect: E0596 at line 9
fn bump(n: &mut u32) {
    *n += 1;
}

fn main() {
    let count: u32 = 0;
    bump(&mut count);
    println!("{count}");
}

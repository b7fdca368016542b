// Text printed with `print!` before a panic is still flushed, without a newline.
// expect: rustc
fn main() {
    print!("partial ");
    print!("line");
    let v: Vec<u8> = vec![];
    println!("{}", v[0]);
}

// A variable used after its block ended: rustc rejects it.
// expect: E0425 at line 8
fn main() {
    {
        let inner = 1;
        println!("{inner}");
    }
    println!("{}", inner);
}

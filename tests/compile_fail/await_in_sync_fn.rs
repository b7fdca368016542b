// `.await` in a function that is not `async`: rustc rejects it.
// expect: E0728 at line 8
async fn fetch() -> u32 {
    1
}

fn helper() -> u32 {
    fetch().await
}

fn main() {
    println!("{}", helper());
}

// `.await` in a plain `fn main`: rustc rejects it.
// expect: E0728 at line 8
async fn fetch() -> u32 {
    1
}

fn main() {
    let n = fetch().await;
    println!("{n}");
}

// `.await` on its own line, outside `async`: rustc rejects it.
// expect: E0728 at line 9
async fn fetch() -> u32 {
    1
}

fn main() {
    let n = fetch()
        .await;
    println!("{n}");
}

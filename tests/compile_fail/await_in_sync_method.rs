// `.await` in a method that is not `async`: rustc rejects it.
// expect: E0728 at line 11
struct Client;

async fn fetch() -> u32 {
    1
}

impl Client {
    fn get(&self) -> u32 {
        fetch().await
    }
}

fn main() {
    println!("{}", Client.get());
}

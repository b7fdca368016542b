// Non-ASCII identifiers and text, char counts and byte lengths.
// expect: rustc
fn main() {
    let größe = "Grüße, 世界! 🦀";
    println!("{} {}", größe.len(), größe.chars().count());
    println!("{:?}", größe.chars().last());
    println!("{}", größe.to_uppercase());
}

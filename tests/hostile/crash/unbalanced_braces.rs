// More closing braces than opening ones.
// expect: error
fn main() {
    println!("x");
}
}
}

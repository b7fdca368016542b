// A string for a `u32` field: rustc rejects it.
// expect: E0308 at line 8
struct Order {
    quantity: u32,
}

fn main() {
    let order = Order { quantity: "two" };
    println!("{}", order.quantity);
}

// The Display of parse errors.
// expect: rustc
fn main() {
    match "256".parse::<u8>() {
        Ok(v) => println!("ok {}", v),
        Err(e) => println!("error: {}", e),
    }
    match "-3".parse::<usize>() {
        Ok(v) => println!("ok {}", v),
        Err(e) => println!("error: {}", e),
    }
    match "".parse::<i64>() {
        Ok(v) => println!("ok {}", v),
        Err(e) => println!("error: {}", e),
    }
    match "-200".parse::<i8>() {
        Ok(v) => println!("ok {}", v),
        Err(e) => println!("error: {}", e),
    }
}

// Early return with `?` in async functions: the first `Err` ends the function at once, and a
// refused loopback connection is an error value, not a hang.
use async_playground::prelude::{println, *};

async fn checked_div(a: i32, b: i32) -> Result<i32, String> {
    yield_now().await;
    if b == 0 {
        return Err(format!("cannot divide {a} by zero"));
    }
    Ok(a / b)
}

async fn compute(b: i32) -> Result<i32, String> {
    let first = checked_div(100, b).await?;
    println!("first step gave {first}");
    let second = checked_div(first, b - 1).await?;
    println!("second step gave {second}");
    Ok(first + second)
}

async fn dial() -> Result<(), NetError> {
    let _stream = TcpStream::connect("127.0.0.1:1")?;
    println!("connected?");
    Ok(())
}

fn main() {
    block_on(async {
        for b in [5, 1, 0] {
            match compute(b).await {
                Ok(total) => println!("compute({b}) = {total}"),
                Err(why) => println!("compute({b}) failed: {why}"),
            }
        }
        if let Err(error) = dial().await {
            println!("dial failed: {error}");
        }
    });
}

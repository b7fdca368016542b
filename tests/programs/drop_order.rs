// `impl Drop` in the order rustc runs it: locals at the end of their scope in reverse order
// (a shadowed value lives on to the end), temporaries at the end of their statement, `let _`
// at once, moved values by their new owner (a function, a struct, a vector),
// early `return`, `?` and `break`, `drop(x)`, an overwritten value, the last `Rc` handle,
// a struct's own `drop` before its fields' in declaration order, vector elements in order,
// and `mem::forget`.
use async_playground::prelude::println;
use std::rc::Rc;

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Holder {
    name: &'static str,
    first: Noisy,
    second: Noisy,
}

impl Drop for Holder {
    fn drop(&mut self) {
        println!(
            "drop holder {} of {} and {}",
            self.name, self.first.0, self.second.0
        );
    }
}

fn make(name: &'static str) -> Noisy {
    Noisy(name)
}

fn consume(noisy: Noisy) {
    println!("consuming {}", noisy.0);
}

fn early(flag: bool) -> u32 {
    let _guard = make("early guard");
    if flag {
        return 1;
    }
    let _late = make("late");
    2
}

fn doubled(limit: u32) -> Option<u32> {
    let _guard = make("doubled guard");
    let found: Option<u32> = if limit > 2 { Some(limit) } else { None };
    let n = found?;
    Some(n * 2)
}

fn main() {
    let _a = make("a");
    let _b = make("b");
    make("statement temporary");
    let _ = make("underscore");
    let length = make("temporary").0.len();
    println!("length {length}");
    let c = make("c");
    consume(c);
    let d = make("d");
    drop(d);
    {
        let _inner = make("inner");
        println!("inner scope ends");
    }
    let x = make("x1");
    println!("about to shadow {}", x.0);
    let x = make("x2");
    println!("shadowed by {}", x.0);

    println!("{}", early(true));
    println!("{}", early(false));
    println!("{:?}", doubled(1));
    println!("{:?}", doubled(3));
    for i in 0..3 {
        let _n = make("loop body");
        if i == 1 {
            break;
        }
        println!("iteration {i}");
    }

    let shared = Rc::new(make("rc"));
    let other = Rc::clone(&shared);
    drop(shared);
    println!("one handle left");
    drop(other);

    let holder = Holder {
        name: "h",
        first: make("h.first"),
        second: make("h.second"),
    };
    let moved = holder;
    println!("moved holder {}", moved.name);
    let items = vec![make("e1"), make("e2"), make("e3")];
    let mut kept = items;
    kept.remove(1);
    println!("removed the middle element");

    let mut slot = make("first value");
    println!("holding {}", slot.0);
    slot = make("second value");
    println!("reassigned {}", slot.0);
    std::mem::forget(make("forgotten"));
    println!("end of main");
}

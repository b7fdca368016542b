// A reference taken out of a collection of references (`pop().unwrap()`, `last().copied()`)
// is a copy of the reference: passing it on leaves it usable, and its referent stays with its
// owner and drops once, at its owner's end.
use async_playground::prelude::{println, *};

#[derive(Debug)]
struct Job {
    id: u32,
}

impl Drop for Job {
    fn drop(&mut self) {
        println!("drop job {}", self.id);
    }
}

fn show(job: &Job) {
    println!("show {:?}", job);
}

fn main() {
    block_on(async {
        let a = Job { id: 1 };
        let b = Job { id: 2 };
        let mut queue: Vec<&Job> = vec![&a, &b];
        let last = queue.pop().unwrap();
        show(last);
        println!("again {:?}", last);
        let first = queue.last().copied().unwrap();
        show(first);
        println!("again {:?}", first);
        let mut listed = vec![&b, &a];
        let top = listed.pop().unwrap();
        show(top);
        println!("again {:?}, {} left", top, listed.len());
        println!("end of the block");
    });
}

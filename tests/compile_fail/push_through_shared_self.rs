// Pushing onto a field through `&self`: rustc rejects it.
// expect: E0596 at line 9
struct Log {
    lines: Vec<String>,
}

impl Log {
    fn add(&self, line: &str) {
        self.lines.push(line.to_string());
    }
}

fn main() {
    let log = Log { lines: Vec::new() };
    log.add("hi");
    println!("{}", log.lines.len());
}

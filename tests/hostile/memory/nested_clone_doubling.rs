// A vector of vectors whose clone doubles each round.
// expect: limit memory
fn main() {
    let mut grid: Vec<Vec<u32>> = vec![vec![0; 1000]];
    loop {
        let copy = grid.clone();
        grid.extend(copy);
    }
}

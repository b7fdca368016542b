// Vectors of vectors of vectors, printed with Debug.
// expect: rustc
fn main() {
    let v = vec![vec![vec![1u8, 2], vec![]], vec![vec![3]]];
    println!("{:?}", v);
    let w: Vec<Vec<Vec<Vec<i8>>>> = vec![vec![vec![vec![-1; 3]; 2]; 2]; 2];
    println!("{:?}", w);
    println!("{}", format!("{:?}", w).len());
}

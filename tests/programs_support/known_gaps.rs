//! `tests/programs/KNOWN_GAPS`: the parity programs whose interpreted run does not yet match
//! their compiled run, one per line as `<crate-relative path> # <what the interpreter gives>`
//! (a line starting with `#` is a comment). The list stays true: a listed program that now
//! matches fails the suite until its line is removed, and so does a line naming no program. It
//! only reads the list; it never runs a program.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

/// Where the list lives, relative to the crate root.
pub const FILE: &str = "tests/programs/KNOWN_GAPS";

/// The listed programs, by crate-relative path, with the error or mismatch noted for each.
pub fn listed() -> &'static BTreeMap<String, String> {
    static LISTED: OnceLock<BTreeMap<String, String>> = OnceLock::new();
    LISTED.get_or_init(|| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(FILE);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{FILE}: {e}"));
        parse(&text).unwrap_or_else(|e| panic!("{FILE}: {e}"))
    })
}

/// Whether the program at `path` is listed as a known gap.
pub fn is_listed(path: &str) -> bool {
    listed().contains_key(path)
}

/// Reads the list's text: every line not blank and not a comment names one program.
fn parse(text: &str) -> Result<BTreeMap<String, String>, String> {
    let mut listed = BTreeMap::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (path, reason) = line.split_once('#').unwrap_or((line, ""));
        let path = path.trim();
        if path.contains(char::is_whitespace) {
            return Err(format!("`{line}`: write `<path> # <reason>`"));
        }
        if listed
            .insert(path.to_owned(), reason.trim().to_owned())
            .is_some()
        {
            return Err(format!("{path} is listed twice"));
        }
    }
    Ok(listed)
}

/// The line that lists the program at `path` with `reason`, as it is written in the file.
pub fn line_for(path: &str, reason: &str) -> String {
    format!("{path} # {reason}")
}

#[test]
fn a_line_names_a_path_and_what_it_gives_after_a_hash() {
    let listed = parse("# comment\n\ntests/programs/a.rs # 3:1: error: no `trait`\n").unwrap();
    assert_eq!(
        listed.into_iter().collect::<Vec<_>>(),
        [(
            "tests/programs/a.rs".to_owned(),
            "3:1: error: no `trait`".to_owned()
        )]
    );
}

#[test]
fn a_program_listed_twice_or_a_line_without_its_hash_is_refused() {
    assert!(parse("a.rs # one\na.rs # two\n").is_err());
    assert!(parse("a.rs no hash here\n").is_err());
}

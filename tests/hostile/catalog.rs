//! The hostile programs and what each must do: one file per program, `<category>/<name>.rs`,
//! whose leading `//` comments say what it probes and, in an `// expect:` line, its class. It
//! never runs anything.

use std::path::{Path, PathBuf};

/// What a program must do under `asyncplay run`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expect {
    /// Valid Rust: the same stdout, exit code and panic message as its rustc debug build.
    Rustc,
    /// Rejected by rustc: exit 1 with a located `FILE:line:col: error:` line.
    Error,
    /// Exit 0 with exactly this stdout (`\n` in the header is a newline): for valid programs
    /// that need the playground's prelude, which the suite's plain rustc build cannot link.
    Prints(String),
    /// Exit 101 with exactly this panic message: for programs that need the playground's
    /// prelude, which the suite's plain rustc build cannot link.
    Panic(String),
    /// Stopped by the playground: exit 2 (or 1 for a nesting cap met while parsing) with
    /// `playground limit reached: <kind>` on stderr.
    Limit(String),
}

/// The limit kinds the playground reports; an `// expect: limit` line must name one.
const LIMIT_KINDS: [&str; 5] = ["steps", "memory", "call depth", "nesting", "program size"];

/// One hostile program.
#[derive(Clone, Debug)]
pub struct Program {
    /// `<category>/<name>`, as KNOWN_FAILURES names it.
    pub id: String,
    pub category: String,
    pub path: PathBuf,
    pub expect: Expect,
}

/// Every program under `root`, one directory per category, sorted by id; or what is wrong with
/// the files.
pub fn discover(root: &Path) -> Result<Vec<Program>, String> {
    let mut programs = Vec::new();
    for category in sorted_entries(root)? {
        if !category.is_dir() {
            continue;
        }
        let category_name = file_name(&category);
        for path in sorted_entries(&category)? {
            if path.extension().is_some_and(|ext| ext == "rs") {
                let source = std::fs::read_to_string(&path)
                    .map_err(|e| format!("{}: {e}", path.display()))?;
                let expect = expect_of(&source).map_err(|e| format!("{}: {e}", path.display()))?;
                let name = file_name(&path).trim_end_matches(".rs").to_string();
                programs.push(Program {
                    id: format!("{category_name}/{name}"),
                    category: category_name.clone(),
                    path,
                    expect,
                });
            }
        }
    }
    programs.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(programs)
}

/// The class named by the `// expect:` line among the file's leading comments.
pub fn expect_of(source: &str) -> Result<Expect, String> {
    let header = source.lines().take_while(|line| line.starts_with("//"));
    let Some(class) = header
        .filter_map(|line| line.strip_prefix("// expect:"))
        .map(str::trim)
        .next()
    else {
        return Err("no `// expect:` line in the leading comments".to_string());
    };
    match class {
        "rustc" => Ok(Expect::Rustc),
        "error" => Ok(Expect::Error),
        _ if class.starts_with("prints ") => Ok(Expect::Prints(
            class["prints ".len()..].replace("\\n", "\n"),
        )),
        _ if class.starts_with("panic ") => Ok(Expect::Panic(class["panic ".len()..].to_string())),
        _ => match class.strip_prefix("limit ") {
            Some(kind) if LIMIT_KINDS.contains(&kind) => Ok(Expect::Limit(kind.to_string())),
            _ => Err(format!(
                "unknown class `{class}`: rustc, error, prints TEXT, panic MESSAGE, or limit {}",
                LIMIT_KINDS.join("/")
            )),
        },
    }
}

fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    Ok(paths)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

#![cfg(not(target_arch = "wasm32"))]
//! The crate's layers, read from its source: each module may import only the layers listed for
//! it in `ALLOWED` (ARCHITECTURE.md draws the same list), so that the executor never depends on
//! the network it drives, nor the browser adapter on the application state above it. Code under
//! `#[cfg(test)]` and comments are not counted. It must never read anything outside `src/`.

use std::path::{Path, PathBuf};

/// The crate's top-level modules, in layer order.
const MODULES: [&str; 8] = [
    "executor", "net", "lesson", "script", "prelude", "session", "web", "ui",
];

/// What each module may import from the crate, besides itself.
const ALLOWED: [(&str, &[&str]); 8] = [
    ("executor", &[]),
    ("net", &["executor"]),
    ("lesson", &[]),
    ("script", &["executor", "net"]),
    ("prelude", &["executor", "net"]),
    ("session", &["executor", "net", "lesson", "script"]),
    ("web", &["executor", "net"]),
    (
        "ui",
        &["executor", "net", "lesson", "script", "session", "web"],
    ),
];

/// Every `.rs` file of a module: the file `src/<name>.rs` or the tree `src/<name>/`.
fn sources(module: &str) -> Vec<PathBuf> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    let file = src.join(format!("{module}.rs"));
    if file.is_file() {
        found.push(file);
    }
    let mut dirs = vec![src.join(module)];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for path in entries.flatten().map(|entry| entry.path()) {
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                found.push(path);
            }
        }
    }
    found
}

/// The code of `source` without comments and without items under `#[cfg(test)]` (the attribute
/// and the item after it: up to its closing brace, or its line when it has no body).
fn code_outside_tests(source: &str) -> String {
    let mut kept = String::new();
    let mut lines = source
        .lines()
        .map(|line| line.split("//").next().unwrap_or(""));
    while let Some(line) = lines.next() {
        if line.trim() != "#[cfg(test)]" {
            kept.push_str(line);
            kept.push('\n');
            continue;
        }
        let mut depth = 0i64;
        for item_line in lines.by_ref() {
            depth += item_line.matches('{').count() as i64;
            depth -= item_line.matches('}').count() as i64;
            let trimmed = item_line.trim_end();
            let attribute = item_line.trim_start().starts_with("#[");
            if depth <= 0 && !attribute && (trimmed.ends_with('}') || trimmed.ends_with(';')) {
                break;
            }
        }
    }
    kept
}

/// The crate modules `code` imports, through `crate::<module>` paths or `use crate::{...}`.
fn imports(code: &str) -> Vec<&'static str> {
    let flat: String = code.split_whitespace().collect();
    MODULES
        .into_iter()
        .filter(|module| {
            flat.contains(&format!("crate::{module}::"))
                || flat.contains(&format!("crate::{module};"))
                || flat.contains(&format!("crate::{module},"))
                || flat.contains(&format!("crate::{{{module}"))
                || flat.contains(&format!(",{module}::")) && flat.contains("crate::{")
        })
        .collect()
}

/// Every import that breaks the layers, as "file imports module".
fn violations() -> Vec<String> {
    let mut found = Vec::new();
    for (module, allowed) in ALLOWED {
        for file in sources(module) {
            let source = std::fs::read_to_string(&file).unwrap_or_default();
            for imported in imports(&code_outside_tests(&source)) {
                if imported != module && !allowed.contains(&imported) {
                    let file = file
                        .strip_prefix(env!("CARGO_MANIFEST_DIR"))
                        .unwrap_or(&file);
                    found.push(format!("{} imports crate::{imported}", file.display()));
                }
            }
        }
    }
    found
}

#[test]
fn every_module_imports_only_the_layers_below_it() {
    assert_eq!(violations(), Vec::<String>::new());
}

#[test]
fn the_check_finds_a_forbidden_import_and_skips_test_code() {
    let source = "//! uses crate::net in a comment only\nuse std::fmt;\n\n#[cfg(test)]\nmod tests {\n    use crate::net::TcpStream;\n    fn f() {}\n}\n";
    assert_eq!(imports(&code_outside_tests(source)), Vec::<&str>::new());
    let source = "#[cfg(test)]\nuse crate::net::SocketId;\nuse crate::session::run::has_work;\n";
    assert_eq!(imports(&code_outside_tests(source)), ["session"]);
    let grouped = "use crate::{\n    executor::Executor,\n    net::TcpStream,\n};\n";
    assert_eq!(imports(&code_outside_tests(grouped)), ["executor", "net"]);
    assert!(
        !sources("executor").is_empty() && !sources("web").is_empty(),
        "the modules are found"
    );
}

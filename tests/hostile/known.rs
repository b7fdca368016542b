//! `tests/hostile/KNOWN_FAILURES`: the programs expected to fail for now, one per line as
//! `<category>/<name> <reason>` (`#` starts a comment). The list may only shrink: a listed
//! program that passes, or a line naming no program, fails the suite. It never runs anything.

use std::collections::BTreeMap;
use std::path::Path;

/// The listed programs, by id, with the reason given for each.
pub fn read(path: &Path) -> Result<BTreeMap<String, String>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut known = BTreeMap::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (id, reason) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        if known
            .insert(id.to_string(), reason.trim().to_string())
            .is_some()
        {
            return Err(format!("{}: {id} is listed twice", path.display()));
        }
    }
    Ok(known)
}

//! What the command-line tests share: running the real `asyncplay` binary on a program written
//! to a temp dir. Test helpers only; it never asserts anything itself.

use std::process::Command;

/// Runs `asyncplay run` on `source` saved as `name`, with `extra` arguments; returns (exit code,
/// stdout, stderr), the temp dir's path in stderr replaced by `DIR`.
pub fn asyncplay(name: &str, source: &str, extra: &[&str]) -> (i32, String, String) {
    let dir = std::env::temp_dir().join(format!("asyncplay-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join(name);
    std::fs::write(&file, source).expect("write program");
    let output = Command::new(env!("CARGO_BIN_EXE_asyncplay"))
        .arg("run")
        .arg(&file)
        .args(extra)
        .output()
        .expect("run asyncplay");
    let stderr = String::from_utf8_lossy(&output.stderr).replace(&*dir.to_string_lossy(), "DIR");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr,
    )
}

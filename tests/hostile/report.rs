//! The suite's summary: per category, how many programs there are, pass, fail as listed in
//! KNOWN_FAILURES and fail unexpectedly; then every failure with its one-line reason, and the
//! slowest runs. It only formats; it never decides whether the suite passes.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::time::Duration;

/// How one program came out, against KNOWN_FAILURES.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Pass,
    /// Fails, as KNOWN_FAILURES says it does.
    KnownFailure(String),
    /// Fails, and is not listed.
    Failure(String),
    /// Passes, yet KNOWN_FAILURES lists it.
    NowPasses,
}

/// One program's line in the report.
pub struct Line {
    pub id: String,
    pub category: String,
    pub outcome: Outcome,
    /// The longer of its two runs.
    pub elapsed: Duration,
}

/// The whole report as text.
pub fn render(lines: &[Line], stale: &[String]) -> String {
    let mut per_category: BTreeMap<&str, [usize; 4]> = BTreeMap::new();
    for line in lines {
        let counts = per_category.entry(&line.category).or_default();
        counts[0] += 1;
        match line.outcome {
            Outcome::Pass => counts[1] += 1,
            Outcome::KnownFailure(_) => counts[2] += 1,
            Outcome::Failure(_) | Outcome::NowPasses => counts[3] += 1,
        }
    }
    let mut text = String::new();
    let _ = writeln!(
        text,
        "{:<12} {:>8} {:>6} {:>6} {:>10}",
        "category", "programs", "pass", "known", "unexpected"
    );
    let mut total = [0usize; 4];
    for (category, counts) in &per_category {
        let _ = writeln!(
            text,
            "{category:<12} {:>8} {:>6} {:>6} {:>10}",
            counts[0], counts[1], counts[2], counts[3]
        );
        for (sum, count) in total.iter_mut().zip(counts) {
            *sum += count;
        }
    }
    let _ = writeln!(
        text,
        "{:<12} {:>8} {:>6} {:>6} {:>10}",
        "total", total[0], total[1], total[2], total[3]
    );
    let mut section = |title: &str, rows: Vec<String>| {
        if !rows.is_empty() {
            let _ = writeln!(text, "\n{title}:");
            for row in rows {
                let _ = writeln!(text, "  {row}");
            }
        }
    };
    section(
        "unexpected failures",
        rows(lines, |outcome| match outcome {
            Outcome::Failure(reason) => Some(reason.clone()),
            Outcome::NowPasses => Some("now passes, remove from KNOWN_FAILURES".to_string()),
            _ => None,
        }),
    );
    section("KNOWN_FAILURES lines naming no program", stale.to_vec());
    section(
        "known failures (tests/hostile/KNOWN_FAILURES), as they fail now",
        rows(lines, |outcome| match outcome {
            Outcome::KnownFailure(reason) => Some(reason.clone()),
            _ => None,
        }),
    );
    let mut slowest: Vec<&Line> = lines.iter().collect();
    slowest.sort_by_key(|line| std::cmp::Reverse(line.elapsed));
    section(
        "slowest",
        slowest
            .iter()
            .take(5)
            .map(|line| format!("{}: {:.1} s", line.id, line.elapsed.as_secs_f64()))
            .collect(),
    );
    text
}

/// `<id>: <note>` for each line whose outcome `note` describes.
fn rows(lines: &[Line], note: impl Fn(&Outcome) -> Option<String>) -> Vec<String> {
    lines
        .iter()
        .filter_map(|line| note(&line.outcome).map(|note| format!("{}: {note}", line.id)))
        .collect()
}

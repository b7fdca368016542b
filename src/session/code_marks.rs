//! What the editor marks in the code of a run: the line where the program panicked (or reached
//! a playground limit), underlined as a diagnostic; the `.await` at which the task polled last
//! stopped; and the `.await`s where the other unfinished tasks are suspended. It must never mark
//! code the learner has edited since the run started: its lines and columns are those of the
//! code that ran.

use crate::executor::TaskId;
use crate::script::ast::Span;
use crate::script::diagnostic::line_col;
use crate::script::eval::RuntimeError;
use crate::script::Diagnostic;

/// How the editor marks a line of the code that runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineMark {
    /// The `.await` at which the task polled last stopped: where the run just was.
    Ran,
    /// An `.await` at which an unfinished task is suspended.
    Parked,
}

/// The lines to mark in `code`, in order, one mark each: the innermost `.await` of the task
/// `polled_last` as [`LineMark::Ran`], and every `.await` of the other `unfinished` tasks'
/// `suspensions` (as the interpreter reports them, innermost first) as [`LineMark::Parked`].
pub fn run_lines(
    code: &str,
    polled_last: Option<TaskId>,
    suspensions: &[(TaskId, Vec<Span>)],
    unfinished: impl Fn(TaskId) -> bool,
) -> Vec<(usize, LineMark)> {
    let line = |span: &Span| line_col(code, span.start).0;
    let ran = suspensions
        .iter()
        .find(|(task, _)| Some(*task) == polled_last && unfinished(*task))
        .and_then(|(_, spans)| spans.first())
        .map(line);
    // Plain line numbers are sorted, not the marked pairs: the bundle holds a copy of the sort's
    // code for each element type, and `usize` has one already.
    let mut parked: Vec<usize> = suspensions
        .iter()
        .filter(|(task, _)| unfinished(*task))
        .flat_map(|(_, spans)| spans.iter().map(line))
        .filter(|&parked| Some(parked) != ran)
        .collect();
    parked.sort_unstable();
    parked.dedup();
    let mut lines: Vec<(usize, LineMark)> = parked
        .into_iter()
        .map(|parked| (parked, LineMark::Parked))
        .collect();
    if let Some(ran) = ran {
        let at = lines.partition_point(|&(line, _)| line < ran);
        lines.insert(at, (ran, LineMark::Ran));
    }
    lines
}

/// The runtime error as a diagnostic of `source` (the code that ran): from its column to the
/// end of its line, without trailing spaces, so that the editor underlines the panicking
/// statement. `None` when the error has no location in `source`.
pub fn runtime_diagnostic(source: &str, error: &RuntimeError) -> Option<Diagnostic> {
    let line_start = nth_line_start(source, error.line)?;
    let line = source[line_start..].split('\n').next().unwrap_or_default();
    let column = line
        .char_indices()
        .nth(error.col.checked_sub(1)?)
        .map_or(line.len(), |(offset, _)| offset);
    let end = line.trim_end().len().max(column);
    let span = Span::new(line_start + column, line_start + end);
    // The diagnostic list puts the place first, so the sentence leaves it out.
    let message = match error.limit {
        Some(limit) => format!(
            "the playground's {limit} limit stopped the program: {}",
            error.message
        ),
        None => format!("panicked: {}", error.message),
    };
    let diagnostic = Diagnostic::new(source, span, message);
    Some(Diagnostic {
        limit: error.limit,
        ..diagnostic
    })
}

/// The byte offset where 1-based line `line` starts, if `source` has that many lines.
fn nth_line_start(source: &str, line: usize) -> Option<usize> {
    let preceding = line.checked_sub(1)?;
    if preceding == 0 {
        return Some(0);
    }
    source
        .match_indices('\n')
        .nth(preceding - 1)
        .map(|(newline, _)| newline + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn panic_at(line: usize, col: usize) -> RuntimeError {
        RuntimeError {
            line,
            col,
            message: "boom".to_owned(),
            limit: None,
        }
    }

    fn underlined(source: &str, error: &RuntimeError) -> Option<String> {
        let diagnostic = runtime_diagnostic(source, error)?;
        Some(source[diagnostic.span.start..diagnostic.span.end].to_owned())
    }

    #[test]
    fn the_panicking_statement_is_underlined_to_the_end_of_its_line() {
        let source = "fn main() {\n    let x = 1;\n    panic!(\"boom\");   \n}\n";
        assert_eq!(
            underlined(source, &panic_at(3, 5)).as_deref(),
            Some("panic!(\"boom\");")
        );
        let diagnostic = runtime_diagnostic(source, &panic_at(3, 5));
        assert_eq!(
            diagnostic.map(|diagnostic| (diagnostic.line, diagnostic.col, diagnostic.message)),
            Some((3, 5, "panicked: boom".to_owned()))
        );
    }

    #[test]
    fn columns_count_characters_and_the_first_line_is_line_one() {
        let source = "let s = \"é\"; s.boom();";
        assert_eq!(
            underlined(source, &panic_at(1, 14)).as_deref(),
            Some("s.boom();")
        );
    }

    fn task(index: usize) -> TaskId {
        TaskId::from_index(index)
    }

    #[test]
    fn the_last_polled_tasks_await_ran_and_the_other_unfinished_tasks_are_parked() {
        let code = "a\nb.await\nc.await\nd.await\ne.await\n";
        let at = |line: usize| {
            let start = code
                .match_indices('\n')
                .nth(line - 2)
                .map_or(0, |(i, _)| i + 1);
            Span::new(start, start + 7)
        };
        let suspensions = [
            (task(0), vec![at(2), at(3)]),
            (task(1), vec![at(4)]),
            (task(2), vec![at(5)]),
        ];
        let unfinished = |task: TaskId| task.index() != 2;
        assert_eq!(
            run_lines(code, Some(task(1)), &suspensions, unfinished),
            [
                (2, LineMark::Parked),
                (3, LineMark::Parked),
                (4, LineMark::Ran)
            ]
        );
        assert_eq!(
            run_lines(code, Some(task(2)), &suspensions, unfinished),
            [
                (2, LineMark::Parked),
                (3, LineMark::Parked),
                (4, LineMark::Parked)
            ],
            "a finished task marks nothing"
        );
    }

    #[test]
    fn an_error_with_no_place_in_the_code_marks_nothing() {
        assert_eq!(runtime_diagnostic("fn main() {}", &panic_at(0, 0)), None);
        assert_eq!(runtime_diagnostic("fn main() {}", &panic_at(4, 1)), None);
    }
}

//! The editor's text arithmetic, apart from its rendering: the program split into lines of
//! coloured runs cut where diagnostics underline them, the syntax classes of an edited program
//! re-lexed only around the edit, which lines an edit changed (so that the page replaces only
//! those), the 0-based lines a run's marks fall on, and byte offsets in the UTF-16 units a
//! textarea counts. Plain functions, tested natively: `ui/editor` renders what they give. It
//! must never touch the browser.

use std::ops::Range;

use crate::script::highlight::{highlight, TokenClass};
use crate::script::Diagnostic;
use crate::session::code_marks::LineMark;

/// Syntax classes of the whole source, as `highlight` gives them: contiguous, in order.
pub type Classes = Vec<(Range<usize>, TokenClass)>;

/// One run of one colour on one line, possibly underlined by a diagnostic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
    /// The run's first byte in the source.
    pub start: usize,
    /// The byte after the run.
    pub end: usize,
    /// Its colour.
    pub class: TokenClass,
    /// Its underline.
    pub underline: Underline,
}

/// How a segment is underlined: an error's mark wins over a warning's where both cover it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Underline {
    /// No diagnostic covers the run.
    None,
    /// Only warnings cover it.
    Warning,
    /// An error covers it.
    Error,
}

/// A diagnostic's byte range and whether it is an error (else a warning, which does not stop
/// the run and is underlined in its own style).
type Underlined = (Range<usize>, bool);

/// One line: its text (without the newline) and its segments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// The line's bytes in the source.
    pub text: Range<usize>,
    /// The line's runs, as indices into [`HighlightedSource::segments`].
    pub segments: Range<usize>,
    /// A diagnostic points at the end of this line (an empty range there, such as a missing
    /// `;`), shown as a mark after the last character.
    pub marked_at_end: bool,
}

/// The source split into lines of coloured, underlined segments. Flat vectors, because this is
/// rebuilt on every keystroke.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HighlightedSource {
    /// Every line, the last one without its newline even when empty.
    pub lines: Vec<Line>,
    /// Every line's runs, in order.
    pub segments: Vec<Segment>,
}

impl HighlightedSource {
    /// Splits `classes` of `source` into lines and at the edges of the diagnostics' ranges.
    pub fn new(
        source: &str,
        classes: &[(Range<usize>, TokenClass)],
        diagnostics: &[Diagnostic],
    ) -> Self {
        let underlines = underline_ranges(source, diagnostics);
        let mut out = HighlightedSource::default();
        let mut line_start = 0;
        for (range, class) in classes {
            let mut start = range.start;
            while start < range.end {
                if source.as_bytes().get(start) == Some(&b'\n') {
                    out.end_line(line_start..start);
                    start += 1;
                    line_start = start;
                    continue;
                }
                let end = next_cut(source, start, range.end, &underlines);
                let covering = underlines
                    .iter()
                    .filter(|(range, _)| range.contains(&start));
                let underline = covering.fold(Underline::None, |found, (_, is_error)| {
                    match (found, *is_error) {
                        (_, true) | (Underline::Error, _) => Underline::Error,
                        _ => Underline::Warning,
                    }
                });
                out.segments.push(Segment {
                    start,
                    end,
                    class: *class,
                    underline,
                });
                start = end;
            }
        }
        out.end_line(line_start..source.len());
        for line in end_of_line_points(source, diagnostics) {
            if let Some(line) = out.lines.get_mut(line) {
                line.marked_at_end = true;
            }
        }
        out
    }

    fn end_line(&mut self, text: Range<usize>) {
        let first = self.lines.last().map_or(0, |line| line.segments.end);
        let segments = first..self.segments.len();
        self.lines.push(Line {
            text,
            segments,
            marked_at_end: false,
        });
    }

    /// Whether line `index` here looks exactly like line `other_index` of `other`.
    fn same_line(
        &self,
        source: &str,
        index: usize,
        other: &Self,
        other_source: &str,
        other_index: usize,
    ) -> bool {
        let (Some(line), Some(other_line)) = (self.lines.get(index), other.lines.get(other_index))
        else {
            return false;
        };
        line.marked_at_end == other_line.marked_at_end
            && source.get(line.text.clone()) == other_source.get(other_line.text.clone())
            && relative_segments(line, &self.segments)
                .eq(relative_segments(other_line, &other.segments))
    }

    /// Line `index` and its runs, or `None` past the last line.
    pub fn line(&self, index: usize) -> Option<(&Line, &[Segment])> {
        let line = self.lines.get(index)?;
        let segments = self.segments.get(line.segments.clone()).unwrap_or_default();
        Some((line, segments))
    }

    /// The lines an edit from `old` (showing `old_source`) to this (showing `source`) changed:
    /// the range of old lines to replace and the range of new lines that replace them. The
    /// unchanged lines before and after keep their places, so that a keystroke replaces one line.
    pub fn changed_lines(
        &self,
        source: &str,
        old: &Self,
        old_source: &str,
    ) -> (Range<usize>, Range<usize>) {
        let (old_count, new_count) = (old.lines.len(), self.lines.len());
        let same = |old_index: usize, new_index: usize| {
            self.same_line(source, new_index, old, old_source, old_index)
        };
        let common = old_count.min(new_count);
        let prefix = (0..common).take_while(|&i| same(i, i)).count();
        let suffix = (0..common - prefix)
            .take_while(|&k| same(old_count - 1 - k, new_count - 1 - k))
            .count();
        (prefix..old_count - suffix, prefix..new_count - suffix)
    }
}

/// The segments of `line`, positioned from the line's start, so that lines compare equal
/// wherever they are in the program.
fn relative_segments<'a>(
    line: &Line,
    segments: &'a [Segment],
) -> impl Iterator<Item = (usize, usize, TokenClass, Underline)> + 'a {
    let start = line.text.start;
    let segments = segments.get(line.segments.clone()).unwrap_or_default();
    segments
        .iter()
        .map(move |s| (s.start - start, s.end - start, s.class, s.underline))
}

/// Where the run starting at `start` (not a newline) must end: at `limit`, before the next
/// newline, or at an underline boundary.
fn next_cut(source: &str, start: usize, limit: usize, underlines: &[Underlined]) -> usize {
    let rest = source.as_bytes().get(start..limit).unwrap_or_default();
    let line_end = rest
        .iter()
        .position(|&b| b == b'\n')
        .map_or(limit, |newline| start + newline);
    underlines
        .iter()
        .flat_map(|(range, _)| [range.start, range.end])
        .filter(|&at| at > start && at < line_end && source.is_char_boundary(at))
        .min()
        .unwrap_or(line_end)
}

/// The byte ranges to underline: each diagnostic's span, widened to its first character when it
/// is empty, and dropped when it covers no visible character (see [`end_of_line_points`]).
fn underline_ranges(source: &str, diagnostics: &[Diagnostic]) -> Vec<Underlined> {
    diagnostics
        .iter()
        .filter_map(|diagnostic| {
            let start = diagnostic.span.start.min(source.len());
            let first = source.get(start..)?.chars().next().filter(|&c| c != '\n')?;
            let end = diagnostic
                .span
                .end
                .clamp(start + first.len_utf8(), source.len());
            Some((start..end, diagnostic.is_error()))
        })
        .collect()
}

/// The 0-based lines whose diagnostics point at a newline or at the end of the program.
fn end_of_line_points(source: &str, diagnostics: &[Diagnostic]) -> Vec<usize> {
    diagnostics
        .iter()
        .filter(|diagnostic| {
            let rest = source.get(diagnostic.span.start..).unwrap_or("");
            rest.is_empty() || rest.starts_with('\n')
        })
        .map(|diagnostic| diagnostic.line.saturating_sub(1))
        .collect()
}

/// The syntax classes of `new`, re-lexing only the lines an edit of `old` touched when that is
/// provably the same as lexing it all (see [`reuse_classes`]).
pub fn rehighlight(old: &str, old_classes: &[(Range<usize>, TokenClass)], new: &str) -> Classes {
    reuse_classes(old, old_classes, new).unwrap_or_else(|| highlight(new))
}

/// Re-lexes from the start of the token holding the newline before the first changed byte (or
/// from the start, for an edit on the first line) to just after the first newline past the last
/// changed byte, and keeps `old_classes` around that window, shifted. The lexer reads each token
/// on its own, so this equals a full lex when the window ends between tokens (in whitespace)
/// both before and after the edit; otherwise, as after an edit that opens or closes a block
/// comment or a string, it gives up and the caller lexes everything.
fn reuse_classes(
    old: &str,
    old_classes: &[(Range<usize>, TokenClass)],
    new: &str,
) -> Option<Classes> {
    let (old_bytes, new_bytes) = (old.as_bytes(), new.as_bytes());
    let prefix = old_bytes
        .iter()
        .zip(new_bytes)
        .take_while(|(a, b)| a == b)
        .count();
    let room = old_bytes.len().min(new_bytes.len()) - prefix;
    let same_end = |(a, b): &(&u8, &u8)| a == b;
    let suffix = old_bytes
        .iter()
        .rev()
        .zip(new_bytes.iter().rev())
        .take(room)
        .take_while(same_end)
        .count();
    let newline_before = old_bytes.get(..prefix)?.iter().rposition(|&b| b == b'\n');
    let keep = newline_before.map_or(0, |at| {
        old_classes.partition_point(|(range, _)| range.end <= at)
    });
    let restart = old_classes.get(keep)?.0.start;
    let changed_end = new_bytes.len() - suffix;
    let newline_after = new_bytes
        .get(changed_end..)?
        .iter()
        .position(|&b| b == b'\n');
    let window_end = newline_after.map_or(new.len(), |at| changed_end + at + 1);
    let window = highlight(new.get(restart..window_end)?);
    let mut out = old_classes[..keep].to_vec();
    out.extend(
        window
            .iter()
            .map(|(range, class)| (range.start + restart..range.end + restart, *class)),
    );
    if window_end == new.len() {
        return Some(out);
    }
    let old_window_end = old.len() - suffix + (window_end - changed_end);
    let tail = old_classes.partition_point(|(range, _)| range.end < old_window_end);
    let (tail_range, tail_class) = old_classes.get(tail)?;
    let window_class = window.last().map(|(_, class)| *class);
    if *tail_class != TokenClass::Whitespace || window_class != Some(TokenClass::Whitespace) {
        return None;
    }
    let shift = |at: usize| at - old_window_end + window_end;
    if tail_range.end > old_window_end {
        out.push((window_end..shift(tail_range.end), TokenClass::Whitespace));
    }
    out.extend(
        old_classes[tail + 1..]
            .iter()
            .map(|(range, class)| (shift(range.start)..shift(range.end), *class)),
    );
    Some(out)
}

/// The position of byte `offset` of `source` in UTF-16 code units, which is how a textarea
/// counts its caret. An offset inside a character counts that character as before it.
pub fn utf16_offset(source: &str, offset: usize) -> u32 {
    let units: usize = source
        .char_indices()
        .take_while(|&(at, _)| at < offset)
        .map(|(_, c)| c.len_utf16())
        .sum();
    u32::try_from(units).unwrap_or(u32::MAX)
}

/// The 0-based lines of a program of `line_count` lines that `run_lines` (1-based, as
/// `code_marks` gives them) mark, each with its mark; marks past the last line are dropped.
pub fn marked_lines(
    run_lines: &[(usize, LineMark)],
    line_count: usize,
) -> impl Iterator<Item = (usize, LineMark)> + '_ {
    run_lines
        .iter()
        .filter(move |&&(line, _)| (1..=line_count).contains(&line))
        .map(|&(line, mark)| (line - 1, mark))
}

/// How many lines `source` has: one more than its newlines, as the gutter numbers them.
pub fn line_count(source: &str) -> usize {
    source.bytes().filter(|&b| b == b'\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::script::ast::Span;

    /// The source's lines as the editor shows them: each run's text and underline.
    fn runs(source: &str, diagnostics: &[Diagnostic]) -> Vec<Vec<(String, Underline)>> {
        let highlighted = HighlightedSource::new(source, &highlight(source), diagnostics);
        (0..highlighted.lines.len())
            .map(|index| {
                let (_, segments) = highlighted.line(index).expect("a line");
                segments
                    .iter()
                    .map(|s| (source[s.start..s.end].to_owned(), s.underline))
                    .collect()
            })
            .collect()
    }

    fn diagnostic(source: &str, span: std::ops::Range<usize>) -> Diagnostic {
        Diagnostic::new(source, Span::new(span.start, span.end), "wrong")
    }

    #[test]
    fn every_line_is_split_into_runs_that_cover_its_text_without_the_newline() {
        let source = "async fn main() {\n    println!(\"hi\");\n}\n";
        let lines = runs(source, &[]);
        assert_eq!(
            lines.len(),
            4,
            "three lines and the empty one after the last newline"
        );
        let texts: Vec<String> = lines
            .iter()
            .map(|line| line.iter().map(|(text, _)| text.as_str()).collect())
            .collect();
        assert_eq!(
            texts,
            ["async fn main() {", "    println!(\"hi\");", "}", ""]
        );
        assert!(lines.iter().flatten().all(|&(_, u)| u == Underline::None));
    }

    #[test]
    fn a_diagnostic_underlines_exactly_its_bytes_and_an_error_wins_over_a_warning() {
        let source = "let value = 1;\n";
        let error = diagnostic(source, 4..9);
        let warning = diagnostic(source, 0..7).warning();
        let lines = runs(source, &[warning, error]);
        let underlined: Vec<(&str, Underline)> = lines[0]
            .iter()
            .filter(|(_, u)| *u != Underline::None)
            .map(|(text, u)| (text.as_str(), *u))
            .collect();
        assert_eq!(
            underlined,
            [
                ("let", Underline::Warning),
                (" ", Underline::Warning),
                ("val", Underline::Error),
                ("ue", Underline::Error),
            ]
        );
    }

    #[test]
    fn an_empty_span_underlines_one_character_and_one_at_a_newline_marks_the_line_end() {
        let source = "let x = 1\nlet y = é;\n";
        let at_accent = source.find('é').expect("an accent");
        let missing_semicolon = diagnostic(source, 9..9);
        let empty = diagnostic(source, at_accent..at_accent);
        let highlighted =
            HighlightedSource::new(source, &highlight(source), &[missing_semicolon, empty]);
        assert!(highlighted.lines[0].marked_at_end);
        assert!(!highlighted.lines[1].marked_at_end);
        let (_, segments) = highlighted.line(1).expect("the second line");
        let underlined: Vec<&str> = segments
            .iter()
            .filter(|s| s.underline == Underline::Error)
            .map(|s| &source[s.start..s.end])
            .collect();
        assert_eq!(underlined, ["é"], "the whole two-byte character");
    }

    #[test]
    fn rehighlighting_an_edit_gives_what_lexing_it_all_gives() {
        let original = "/* note */\nasync fn f(s: &str) -> usize {\n    let q = \"a\";\n    s.len() // done\n}\n";
        let edits = [
            original.replacen("let q", "let quote", 1),
            original.replacen("/* note */", "/* note", 1),
            original.replacen("\"a\"", "\"a", 1),
            original.replacen("    s.len() // done\n", "", 1),
            format!("{original}fn g() {{}}\n"),
            format!("// first\n{original}"),
            String::new(),
        ];
        // Every byte's class: a run of whitespace may come back cut in two, which looks the same.
        let per_byte = |classes: Classes| -> Vec<TokenClass> {
            classes
                .into_iter()
                .flat_map(|(range, class)| range.map(move |_| class))
                .collect()
        };
        let old_classes = highlight(original);
        for edited in &edits {
            assert_eq!(
                per_byte(rehighlight(original, &old_classes, edited)),
                per_byte(highlight(edited)),
                "after editing to {edited:?}"
            );
        }
        assert!(
            reuse_classes(original, &old_classes, &edits[0]).is_some(),
            "a renamed local re-lexes its line only"
        );
        assert!(
            reuse_classes(original, &old_classes, &edits[1]).is_none(),
            "an opened block comment re-lexes everything"
        );
    }

    #[test]
    fn an_edit_changes_only_the_lines_it_touched() {
        let old = "fn a() {}\nfn b() {}\nfn c() {}\n";
        let before = HighlightedSource::new(old, &highlight(old), &[]);
        let changed = |new: &str| {
            let after = HighlightedSource::new(new, &highlight(new), &[]);
            after.changed_lines(new, &before, old)
        };
        assert_eq!(changed("fn a() {}\nfn bb() {}\nfn c() {}\n"), (1..2, 1..2));
        assert_eq!(changed("fn a() {}\nfn c() {}\n"), (1..2, 1..1));
        assert_eq!(changed("fn a() {}\nfn b() {}\n\nfn c() {}\n"), (2..2, 2..3));
        assert_eq!(changed(old), (4..4, 4..4), "nothing to replace");
        let flagged = HighlightedSource::new(old, &highlight(old), &[diagnostic(old, 13..14)]);
        assert_eq!(
            flagged.changed_lines(old, &before, old),
            (1..2, 1..2),
            "a new underline changes its line"
        );
    }

    #[test]
    fn marks_fall_on_zero_based_lines_that_exist() {
        let run_lines = [
            (1, LineMark::Parked),
            (3, LineMark::Ran),
            (9, LineMark::Parked),
        ];
        let marked: Vec<_> = marked_lines(&run_lines, line_count("a\nb\nc\n")).collect();
        assert_eq!(marked, [(0, LineMark::Parked), (2, LineMark::Ran)]);
        assert_eq!(line_count(""), 1);
    }

    #[test]
    fn caret_offsets_count_utf16_units() {
        let source = "a😀é b";
        assert_eq!(utf16_offset(source, 0), 0);
        assert_eq!(utf16_offset(source, 1), 1);
        assert_eq!(utf16_offset(source, 5), 3, "the emoji is two units");
        assert_eq!(utf16_offset(source, 7), 4);
        assert_eq!(
            utf16_offset(source, 3),
            3,
            "inside the emoji counts it as before"
        );
        assert_eq!(utf16_offset(source, 100), 6);
    }
}

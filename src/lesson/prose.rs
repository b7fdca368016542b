//! Reads lesson prose, written in a deliberately tiny markdown subset (paragraphs, bullet lists,
//! fenced code blocks, inline `code` and **bold**), into blocks the UI renders. It never produces
//! HTML text itself, so prose can never inject markup into the page.

/// A run of text inside a paragraph or list item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline<'a> {
    /// Plain text.
    Text(&'a str),
    /// Text between single backticks, shown as code.
    Code(&'a str),
    /// Text between double asterisks, shown in bold.
    Strong(&'a str),
}

/// A block of prose, separated from its neighbours by a blank line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block<'a> {
    /// A paragraph of inline runs; line breaks inside it are plain spaces.
    Paragraph(Vec<Inline<'a>>),
    /// A bullet list, one entry per line starting with `- `.
    List(Vec<Vec<Inline<'a>>>),
    /// A fenced code block, without its fences.
    Code(String),
}

/// Splits prose into blocks. Every input gives some blocks; malformed markup degrades to text.
pub fn parse(source: &str) -> Vec<Block<'_>> {
    let mut blocks = Vec::new();
    let mut lines = source.lines().peekable();
    while let Some(line) = lines.next() {
        if line.trim().is_empty() {
            continue;
        }
        if line.trim_start().starts_with("```") {
            let mut code = Vec::new();
            for inner in lines.by_ref() {
                if inner.trim_start().starts_with("```") {
                    break;
                }
                code.push(inner);
            }
            blocks.push(Block::Code(code.join("\n")));
            continue;
        }
        let mut group = vec![line];
        while let Some(next) = lines.peek() {
            if next.trim().is_empty() || next.trim_start().starts_with("```") {
                break;
            }
            group.extend(lines.next());
        }
        blocks.push(group_to_block(&group));
    }
    blocks
}

fn group_to_block<'a>(group: &[&'a str]) -> Block<'a> {
    if group.iter().all(|line| line.trim_start().starts_with("- ")) {
        let items = group
            .iter()
            .map(|line| inlines(line.trim_start()[2..].trim()))
            .collect();
        return Block::List(items);
    }
    let runs = group.iter().enumerate().flat_map(|(index, line)| {
        let separator = (index > 0).then_some(Inline::Text(" "));
        separator.into_iter().chain(inlines(line.trim()))
    });
    Block::Paragraph(runs.collect())
}

/// Splits one line into plain, code and bold runs. An unclosed marker is kept as plain text.
pub fn inlines(line: &str) -> Vec<Inline<'_>> {
    let mut runs = Vec::new();
    let mut rest = line;
    while !rest.is_empty() {
        let next_marker = [("`", "`"), ("**", "**")]
            .into_iter()
            .filter_map(|(open, close)| {
                let start = rest.find(open)?;
                let end = rest[start + open.len()..].find(close)? + start + open.len();
                Some((start, end, open.len(), close.len()))
            })
            .min_by_key(|&(start, ..)| start);
        let Some((start, end, open_len, close_len)) = next_marker else {
            runs.push(Inline::Text(rest));
            break;
        };
        if start > 0 {
            runs.push(Inline::Text(&rest[..start]));
        }
        let inner = &rest[start + open_len..end];
        runs.push(if open_len == 1 {
            Inline::Code(inner)
        } else {
            Inline::Strong(inner)
        });
        rest = &rest[end + close_len..];
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    fn check(source: &str, expected: expect_test::Expect) {
        expected.assert_debug_eq(&parse(source));
    }

    #[test]
    fn paragraphs_lists_and_code_blocks_are_told_apart() {
        check(
            "A `Future` is **lazy**\nuntil polled.\n\n- one `a`\n- two\n\n```rust\nfn main() {}\n\n```\nlast",
            expect![[r#"
                [
                    Paragraph(
                        [
                            Text(
                                "A ",
                            ),
                            Code(
                                "Future",
                            ),
                            Text(
                                " is ",
                            ),
                            Strong(
                                "lazy",
                            ),
                            Text(
                                " ",
                            ),
                            Text(
                                "until polled.",
                            ),
                        ],
                    ),
                    List(
                        [
                            [
                                Text(
                                    "one ",
                                ),
                                Code(
                                    "a",
                                ),
                            ],
                            [
                                Text(
                                    "two",
                                ),
                            ],
                        ],
                    ),
                    Code(
                        "fn main() {}\n",
                    ),
                    Paragraph(
                        [
                            Text(
                                "last",
                            ),
                        ],
                    ),
                ]
            "#]],
        );
    }

    #[test]
    fn unclosed_markers_stay_plain_text() {
        assert_eq!(inlines("a `b and **c"), vec![Inline::Text("a `b and **c")]);
    }

    #[test]
    fn every_lesson_parses_into_several_blocks() {
        for lesson in &super::super::LESSONS {
            assert!(
                parse(lesson.prose).len() >= 3,
                "lesson {} is too short",
                lesson.slug
            );
        }
    }

    #[test]
    fn no_lesson_has_a_bullet_list_that_degraded_to_a_paragraph() {
        for lesson in &super::super::LESSONS {
            for block in parse(lesson.prose) {
                if let Block::Paragraph(runs) = block {
                    let starts_with_bullet =
                        matches!(runs.first(), Some(Inline::Text(text)) if text.starts_with("- "));
                    assert!(
                        !starts_with_bullet,
                        "lesson {}: a list item spans lines",
                        lesson.slug
                    );
                }
            }
        }
    }
}

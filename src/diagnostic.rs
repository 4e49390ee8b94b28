//! Positions in source files and the one way problems with a position are
//! printed: a byte offset becomes `file:line:col` through a [`LineIndex`]
//! built once per file, and [`render`] prints `error[kind]: message`,
//! ` --> file:line:col`, the source line and a caret, as rustc does.
//!
//! Architecture invariant: no other module counts lines or draws snippets.
//! Every position a user reads comes from here, 1-based, with the column in
//! characters, as editors and compilers print it.

use std::fmt;
use std::ops::Range;

use annotate_snippets::{AnnotationKind, Level, Renderer};

/// A position in a file, 1-based, as editors and compilers print it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The file, as [`crate::assets::Tree::display_path`] names it.
    pub path: String,
    /// Line number, from 1.
    pub line: usize,
    /// Column number in characters, from 1.
    pub column: usize,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.path, self.line, self.column)
    }
}

/// The line starts of one text, found once, and the number of characters
/// before every few kilobytes, so that each position is a binary search and
/// a scan of at most a few kilobytes, however long its line.
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// (byte offset, characters before it), from (0, 0), every [`MARK`]
    /// bytes or so.
    marks: Vec<(usize, usize)>,
}

/// How many bytes apart [`LineIndex`] counts characters.
const MARK: usize = 4096;

impl LineIndex {
    /// Indexes a text.
    pub fn new(text: &str) -> LineIndex {
        let starts = std::iter::once(0)
            .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1))
            .collect();
        let mut marks = vec![(0, 0)];
        let (mut at, mut chars) = (0, 0);
        while at < text.len() {
            let mut next = (at + MARK).min(text.len());
            while !text.is_char_boundary(next) {
                next -= 1;
            }
            chars += text[at..next].chars().count();
            marks.push((next, chars));
            at = next;
        }
        LineIndex { starts, marks }
    }

    /// The number of characters before byte `offset`, a character boundary.
    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let i = self.marks.partition_point(|&(at, _)| at <= offset).max(1) - 1;
        let (at, chars) = self.marks.get(i).copied().unwrap_or((0, 0));
        chars + text[at.min(offset)..offset].chars().count()
    }

    /// The 1-based line and character column of byte `offset` in `text`,
    /// the text this index was built from; an offset past the end or inside
    /// a character is clamped to a valid position.
    pub fn line_column(&self, text: &str, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&start| start <= offset).max(1);
        let start = self.starts.get(line - 1).copied().unwrap_or(0).min(offset);
        let column = self.chars_before(text, offset) - self.chars_before(text, start);
        (line, column + 1)
    }

    /// The location of byte `offset` of `text` in the file `path`.
    pub fn location(&self, path: &str, text: &str, offset: usize) -> Location {
        let (line, column) = self.line_column(text, offset);
        Location {
            path: path.to_owned(),
            line,
            column,
        }
    }
}

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Fails the command or the check.
    Error,
    /// Reported; fails a check only with `--deny-warnings`.
    Warning,
}

impl Severity {
    /// The severity as printed: `error` or `warning`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One problem to print: what, where, and the text it points at.
#[derive(Debug, Clone)]
pub struct Snippet<'a> {
    /// Error or warning.
    pub severity: Severity,
    /// The kind of problem, such as `class-mismatch`.
    pub kind: &'a str,
    /// What is wrong.
    pub message: &'a str,
    /// The file, as the user names it.
    pub path: &'a str,
    /// The whole text of the file and the byte range the problem points
    /// at, or `None` for a problem about a whole file or something absent.
    pub source: Option<(&'a str, Range<usize>)>,
    /// The 1-based line of the start of the range.
    pub line: usize,
    /// Its 1-based column, in characters.
    pub column: usize,
}

/// Prints a problem as rustc does: `error[kind]: message`, ` --> file:3:12`,
/// the numbered source line and a caret under the range. Only the lines of
/// the range are rendered, and of a long line only an excerpt, so printing
/// many problems of a long file or a long line stays linear.
pub fn render(snippet: &Snippet<'_>, color: bool) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let level = match snippet.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    let title = level.primary_title(snippet.message).id(snippet.kind);
    let group = match &snippet.source {
        Some((source, span)) => {
            // A span is widened to whole characters: a parser may end one
            // inside the character it stopped at.
            let mut start = span.start.min(source.len());
            while !source.is_char_boundary(start) {
                start -= 1;
            }
            let mut end = span.end.clamp(start, source.len());
            while !source.is_char_boundary(end) {
                end += 1;
            }
            let span = start..end;
            let (start, end, cut) = excerpt(source, span.clone());
            let shown = annotate_snippets::Snippet::source(&source[start..end])
                .line_start(snippet.line)
                .annotation(AnnotationKind::Primary.span(span.start - start..span.end - start));
            if cut {
                // The excerpt does not start the line: the column is told.
                let origin = annotate_snippets::Origin::path(snippet.path)
                    .line(snippet.line)
                    .char_column(snippet.column);
                title.element(origin).element(shown)
            } else {
                title.element(shown.path(snippet.path))
            }
        }
        None => title.element(annotate_snippets::Origin::path(snippet.path)),
    };
    renderer.render(&[group])
}

/// A line up to this long is shown whole; of a longer one, as much on
/// each side of the problem.
const EXCERPT: usize = 256;

/// The part of the line (or lines) of `span` to show, and whether its
/// start cuts the line: the whole line when it is short, else at most
/// [`EXCERPT`] bytes on each side, cut at character boundaries, so that
/// printing many problems of one long line stays linear. Its line break
/// (and a `\r` before it) is left out.
fn excerpt(source: &str, span: Range<usize>) -> (usize, usize, bool) {
    let floor = |mut i: usize| {
        while !source.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let from = floor(span.start.saturating_sub(EXCERPT));
    let (start, cut) = match source[from..span.start].rfind('\n') {
        Some(i) => (from + i + 1, false),
        None => (from, from > 0),
    };
    let to = floor((span.end + EXCERPT).min(source.len()));
    let mut end = source[span.end..to].find('\n').map_or(to, |i| span.end + i);
    if source[..end].ends_with('\r') && end > span.end {
        end -= 1;
    }
    (start, end, cut)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_column_counts_characters_from_one() {
        let text = "ab\nçd\r\nx";
        let index = LineIndex::new(text);
        let at = |offset| index.line_column(text, offset);
        assert_eq!(at(0), (1, 1));
        assert_eq!(at(3), (2, 1));
        assert_eq!(at(5), (2, 2));
        assert_eq!(at(4), (2, 1));
        assert_eq!(at(8), (3, 1));
        assert_eq!(at(99), (3, 2));
    }

    #[test]
    fn columns_of_a_long_line_count_every_character() {
        let text = format!("x\n{}é{}\n", "ab".repeat(5000), "ç".repeat(3000));
        let index = LineIndex::new(&text);
        for offset in [0, 2, 3, 4097, 10_002, 10_004, 14_000, text.len()] {
            let mut at = offset.min(text.len());
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
            let line = text[..at].matches('\n').count() + 1;
            let column = text[start..at].chars().count() + 1;
            assert_eq!(
                index.line_column(&text, offset),
                (line, column),
                "at {offset}"
            );
        }
    }

    #[test]
    fn an_empty_text_has_one_line() {
        assert_eq!(LineIndex::new("").line_column("", 5), (1, 1));
    }

    #[test]
    fn a_snippet_shows_the_line_and_a_caret() {
        let source = "a = 1\nclass = 5\n";
        let text = render(
            &Snippet {
                severity: Severity::Error,
                kind: "class-mismatch",
                message: "class 5 does not match",
                path: "data/x.toml",
                source: Some((source, 14..15)),
                line: 2,
                column: 9,
            },
            false,
        );
        assert_eq!(
            text,
            "error[class-mismatch]: class 5 does not match\n --> data/x.toml:2:9\n  |\n2 | class = 5\n  |         ^"
        );
    }

    #[test]
    fn a_span_inside_a_character_is_widened_to_it() {
        let source = "x = \"\\u20é\"\n";
        let text = render(
            &Snippet {
                severity: Severity::Error,
                kind: "syntax-error",
                message: "bad",
                path: "x.ftl",
                source: Some((source, 11..12)),
                line: 1,
                column: 11,
            },
            false,
        );
        assert!(
            text.ends_with("1 | x = \"\\u20é\"\n  |           ^"),
            "{text}"
        );
    }
}

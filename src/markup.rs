//! The markup of literal text in messages: what a server sends or a log
//! holds (`<samp>451 4.3.0 Error: queue file write error</samp>`) and the
//! names a reader types or looks up (`<code>smtpd_tls_auth_only</code>`).
//! A literal is never translated, so a translation keeps each one byte for
//! byte, and shows it left to right, as in the log, inside right-to-left
//! text.
//!
//! The four tags are the only markup; anything else that looks like a tag
//! is text (`MAIL FROM:<>`), and so is a tag that is not closed on its
//! line, nested, or empty. Each output format maps a literal in one place:
//! [`html`], [`markdown`] and [`plain`].

use std::fmt::Write;

/// The kind of a literal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Element {
    /// Text as a server sends it or a program logs it: `<samp>`.
    Sample,
    /// A command, parameter, configuration name, header field or code:
    /// `<code>`.
    Code,
}

impl Element {
    /// Its tag name.
    pub fn name(self) -> &'static str {
        match self {
            Element::Sample => "samp",
            Element::Code => "code",
        }
    }

    fn open(self) -> &'static str {
        match self {
            Element::Sample => "<samp>",
            Element::Code => "<code>",
        }
    }

    fn close(self) -> &'static str {
        match self {
            Element::Sample => "</samp>",
            Element::Code => "</code>",
        }
    }
}

/// A piece of a message: text, or a literal with its text (without tags).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    Literal(Element, &'a str),
}

/// A literal as found, for the checker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Literal<'a> {
    pub element: Element,
    /// Its text, without the tags.
    pub text: &'a str,
    /// The byte index of its opening tag.
    pub at: usize,
}

/// Markup that is not a literal: a tag that is never closed, closed
/// without being opened, nested in another or wrapped around nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Malformed {
    /// The byte index of the tag.
    pub at: usize,
    pub problem: &'static str,
}

/// Every tag of `text`, in order: (byte index, element, whether it opens).
fn tags(text: &str) -> impl Iterator<Item = (usize, Element, bool)> + '_ {
    memchr::memchr_iter(b'<', text.as_bytes()).filter_map(|at| {
        let rest = &text[at..];
        [Element::Sample, Element::Code]
            .into_iter()
            .find_map(|element| {
                if rest.starts_with(element.open()) {
                    Some((at, element, true))
                } else if rest.starts_with(element.close()) {
                    Some((at, element, false))
                } else {
                    None
                }
            })
    })
}

/// Reads the literals of `text`, with the markup that is not one.
pub fn parse(text: &str) -> (Vec<Literal<'_>>, Vec<Malformed>) {
    let mut literals = Vec::new();
    let mut malformed = Vec::new();
    let mut open: Option<(usize, Element)> = None;
    for (at, element, opens) in tags(text) {
        match (open, opens) {
            (None, true) => open = Some((at, element)),
            (None, false) => malformed.push(Malformed {
                at,
                problem: "closes a literal that was not opened",
            }),
            (Some((start, _)), true) => {
                malformed.push(Malformed {
                    at: start,
                    problem: "is not closed before the next literal opens: literals do not nest",
                });
                open = Some((at, element));
            }
            (Some((start, opened)), false) => {
                open = None;
                let inner = &text[start + opened.open().len()..at];
                if opened != element {
                    malformed.push(Malformed {
                        at: start,
                        problem: "is closed by the other element's tag",
                    });
                } else if inner.contains('\n') {
                    malformed.push(Malformed {
                        at: start,
                        problem: "is not closed on its own line",
                    });
                } else if inner.trim().is_empty() {
                    malformed.push(Malformed {
                        at: start,
                        problem: "holds no text",
                    });
                } else {
                    literals.push(Literal {
                        element,
                        text: inner,
                        at: start,
                    });
                }
            }
        }
    }
    if let Some((start, _)) = open {
        malformed.push(Malformed {
            at: start,
            problem: "is never closed",
        });
    }
    (literals, malformed)
}

/// `text` as text and literals; malformed markup stays text.
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    let (literals, _) = parse(text);
    let mut pieces = Vec::with_capacity(literals.len() * 2 + 1);
    let mut from = 0;
    for literal in literals {
        if literal.at > from {
            pieces.push(Piece::Text(&text[from..literal.at]));
        }
        pieces.push(Piece::Literal(literal.element, literal.text));
        from = literal.at
            + literal.element.open().len()
            + literal.text.len()
            + literal.element.close().len();
    }
    if from < text.len() || pieces.is_empty() {
        pieces.push(Piece::Text(&text[from..]));
    }
    pieces
}

/// Whether `text` has a literal: most messages have none.
pub fn has_markup(text: &str) -> bool {
    text.contains("<samp>") || text.contains("<code>")
}

/// `text` in HTML, in a page of direction `rtl`: escaped by `escape`,
/// each literal an element of its kind that is English and left to right
/// (an element with `dir` is isolated from the text around it), and
/// Fluent's isolation of a placeable (U+2068 … U+2069) made explicit where
/// it matters: a `<bdi>` with the direction of its text when that is not
/// the page's, nothing when it is. Text with no letters (a code, a number)
/// counts as left to right.
pub fn html<W: Write>(
    out: &mut W,
    text: &str,
    rtl: bool,
    escape: impl Fn(&mut W, &str) -> std::fmt::Result,
) -> std::fmt::Result {
    let isolated = text.contains(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}']);
    if !isolated && !has_markup(text) {
        return escape(out, text);
    }
    let (literals, _) = parse(text);
    let mut literals = literals.into_iter().peekable();
    // Whether each open isolate was written as an element.
    let mut open: Vec<bool> = Vec::new();
    let mut from = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if let Some(literal) = literals.next_if(|l| l.at == i) {
            escape(out, &text[from..i])?;
            let name = literal.element.name();
            write!(out, "<{name} dir=\"ltr\" lang=\"en\">")?;
            escape(out, &without_isolates(literal.text))?;
            write!(out, "</{name}>")?;
            from = literal.at
                + literal.element.open().len()
                + literal.text.len()
                + literal.element.close().len();
            while chars.next_if(|&(j, _)| j < from).is_some() {}
            continue;
        }
        match c {
            '\u{2066}'..='\u{2068}' => {
                escape(out, &text[from..i])?;
                from = i + c.len_utf8();
                let inner_rtl = match c {
                    '\u{2066}' => false,
                    '\u{2067}' => true,
                    _ => first_strong_is_rtl(&text[from..]),
                };
                let element = inner_rtl != rtl;
                if element {
                    write!(
                        out,
                        "<bdi dir=\"{}\">",
                        if inner_rtl { "rtl" } else { "ltr" }
                    )?;
                }
                open.push(element);
            }
            '\u{2069}' => {
                escape(out, &text[from..i])?;
                from = i + c.len_utf8();
                if open.pop() == Some(true) {
                    out.write_str("</bdi>")?;
                }
            }
            _ => {}
        }
    }
    escape(out, &text[from..])?;
    for element in open.into_iter().rev() {
        if element {
            out.write_str("</bdi>")?;
        }
    }
    Ok(())
}

/// Text without Fluent's isolation marks (U+2066 … U+2069): where no
/// element can isolate, or nothing needs to (a literal is isolated whole).
pub fn without_isolates(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}']) {
        text.chars()
            .filter(|c| !('\u{2066}'..='\u{2069}').contains(c))
            .collect::<String>()
            .into()
    } else {
        text.into()
    }
}

/// Whether the first letter of an isolate that starts `text` (up to its
/// closing U+2069) is of a right-to-left script. Markup is not text.
fn first_strong_is_rtl(text: &str) -> bool {
    let mut depth = 0usize;
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '\u{2066}'..='\u{2068}' => depth += 1,
            '\u{2069}' if depth == 0 => return false,
            '\u{2069}' => depth -= 1,
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if in_tag => {}
            _ if is_rtl_letter(c) => return true,
            _ if c.is_alphabetic() => return false,
            _ => {}
        }
    }
    false
}

/// Whether a character is a letter of a right-to-left script: Hebrew,
/// Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic and their presentation
/// forms (the strong R and AL classes of UAX #9, as far as letters go).
fn is_rtl_letter(c: char) -> bool {
    matches!(c,
        '\u{0590}'..='\u{08FF}'
        | '\u{FB1D}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}'
        | '\u{10800}'..='\u{10FFF}'
        | '\u{1E800}'..='\u{1EFFF}'
    ) && c.is_alphabetic()
}

/// `text` in Markdown: escaped by `escape`, and each literal a code span.
pub fn markdown(text: &str, escape: impl Fn(&str) -> String) -> String {
    if !has_markup(text) {
        return escape(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for piece in pieces(text) {
        match piece {
            Piece::Text(text) => out.push_str(&escape(text)),
            Piece::Literal(_, text) => code_span(&mut out, text),
        }
    }
    out
}

/// A Markdown code span of `text`: fenced by more backticks than any run
/// in it, with a space inside the fences where it starts or ends with a
/// backtick (CommonMark, section 6.1).
pub fn code_span(out: &mut String, text: &str) {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    out.push_str(&fence);
    out.push_str(pad);
    out.push_str(text);
    out.push_str(pad);
    out.push_str(&fence);
}

/// `text` as plain text: a sample between the locale's quotation marks,
/// a code as it is.
pub fn plain(text: &str, open: &str, close: &str) -> String {
    if !has_markup(text) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    for piece in pieces(text) {
        match piece {
            Piece::Text(text) => out.push_str(text),
            Piece::Literal(Element::Sample, text) => {
                out.push_str(open);
                out.push_str(text);
                out.push_str(close);
            }
            Piece::Literal(Element::Code, text) => out.push_str(text),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_and_malformed_markup_are_found() {
        let text = "a <samp>451 4.3.0 Error</samp>, <code>EHLO</code> and MAIL FROM:<>";
        let (literals, malformed) = parse(text);
        assert_eq!(
            literals,
            [
                Literal {
                    element: Element::Sample,
                    text: "451 4.3.0 Error",
                    at: 2
                },
                Literal {
                    element: Element::Code,
                    text: "EHLO",
                    at: 32
                }
            ]
        );
        assert!(malformed.is_empty());
        let problems = |text| {
            parse(text)
                .1
                .into_iter()
                .map(|m| (m.at, m.problem))
                .collect::<Vec<_>>()
        };
        assert_eq!(problems("x <code>EHLO"), [(2, "is never closed")]);
        assert_eq!(
            problems("x</samp>"),
            [(1, "closes a literal that was not opened")]
        );
        assert_eq!(
            problems("<code>a <samp>b</samp>"),
            [(
                0,
                "is not closed before the next literal opens: literals do not nest"
            )]
        );
        assert_eq!(
            problems("<code>a</samp>"),
            [(0, "is closed by the other element's tag")]
        );
        assert_eq!(problems("<code> </code>"), [(0, "holds no text")]);
    }

    #[test]
    fn isolates_become_elements_where_the_direction_changes() {
        let escape = |out: &mut String, text: &str| out.write_str(&text.replace('<', "&lt;"));
        let rtl = |text: &str| {
            let mut out = String::new();
            html(&mut out, text, true, escape).unwrap();
            out
        };
        assert_eq!(
            rtl("الفئة \u{2068}4yz\u{2069} و\u{2068}اسم\u{2069} <code>EHLO</code>"),
            "الفئة <bdi dir=\"ltr\">4yz</bdi> واسم <code dir=\"ltr\" lang=\"en\">EHLO</code>"
        );
        assert_eq!(
            rtl("\u{2068}RFC \u{2068}5321\u{2069}\u{2069}، \u{2068}<code>AUTH</code>\u{2069}"),
            "<bdi dir=\"ltr\">RFC <bdi dir=\"ltr\">5321</bdi></bdi>، <bdi dir=\"ltr\"><code dir=\"ltr\" lang=\"en\">AUTH</code></bdi>"
        );
        let mut out = String::new();
        html(
            &mut out,
            "class \u{2068}4yz\u{2069}, \u{2068}عربي\u{2069}",
            false,
            escape,
        )
        .unwrap();
        assert_eq!(out, "class 4yz, <bdi dir=\"rtl\">عربي</bdi>");
    }

    #[test]
    fn each_format_maps_literals() {
        let text = "Send <code>EHLO</code>; “<samp>550 <x> & `y`</samp>” is odd, as is <b>";
        let mut html_out = String::new();
        html(&mut html_out, text, false, |out, text| {
            out.write_str(
                &text
                    .replace('&', "&amp;")
                    .replace('<', "&lt;")
                    .replace('>', "&gt;"),
            )
        })
        .unwrap();
        assert_eq!(
            html_out,
            "Send <code dir=\"ltr\" lang=\"en\">EHLO</code>; “<samp dir=\"ltr\" lang=\"en\">550 &lt;x&gt; &amp; `y`</samp>” is odd, as is &lt;b&gt;"
        );
        assert_eq!(
            markdown(text, |t| t.replace('<', "\\<")),
            "Send `EHLO`; “`` 550 <x> & `y` ``” is odd, as is \\<b>"
        );
        assert_eq!(
            plain("<samp>Bye</samp> after <code>QUIT</code>", "«", "»"),
            "«Bye» after QUIT"
        );
        assert_eq!(plain("no markup", "“", "”"), "no markup");
    }
}

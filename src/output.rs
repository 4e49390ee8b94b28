//! Writing to standard output and standard error, for both command lines.
//!
//! Architecture invariant: no command prints with `print!` or `eprint!`,
//! which panic when a stream is closed or full. A reader that stops
//! reading (`smtpkb list | head -1`) ends the command quietly with
//! [`CLOSED`]; any other failure to write the output is an error; a
//! failure to write to standard error is ignored, since there is nowhere
//! left to say it. What a file or the user supplied reaches a terminal
//! with its control characters made visible ([`visible_controls`]).

use std::fmt::Display;
use std::io::Write;

/// The exit status when standard output was closed before all was
/// written: 128 + SIGPIPE, which shells report for a program a closed
/// pipe stopped.
pub const CLOSED: u8 = 141;

/// Writes `text` to standard output and flushes it.
pub fn out(text: &str) -> std::io::Result<()> {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(text.as_bytes())?;
    stdout.flush()
}

/// Writes `line` and a line break to standard error, ignoring failure,
/// with its control characters made visible: an error quotes what the
/// user typed.
pub fn err(line: impl Display) {
    err_styled(visible_controls(&line.to_string()));
}

/// Writes `line` as [`err`] does, but as it is: for diagnostics whose
/// colours are their renderer's own.
pub fn err_styled(line: impl Display) {
    let mut stderr = std::io::stderr().lock();
    let _ = writeln!(stderr, "{line}");
}

/// `text` with each control character but a line break and a tab shown
/// as a visible symbol, so that no output can move a terminal's cursor,
/// recolour it or set its title (`ESC [31m` is `␛[31m`): a C0 control or
/// DEL as its picture in Unicode's Control Pictures block (U+2400), a C1
/// control (U+0080 to U+009F, which has none) as U+FFFD. A carriage return
/// before a line break is dropped.
pub fn visible_controls(text: &str) -> std::borrow::Cow<'_, str> {
    // Most text has no control at all: a branch-free pass over its bytes
    // says so. A C1 control's UTF-8 starts with 0xC2, as do U+00A0 to
    // U+00BF, which the exact test below then tells apart.
    let suspect = |b: u8| (b < b' ' && b != b'\n' && b != b'\t') || b == 0x7f || b == 0xc2;
    let any_suspect = text
        .as_bytes()
        .chunks(64)
        .any(|chunk| chunk.iter().fold(false, |seen, &b| seen | suspect(b)));
    let is_shown = |c: char| c.is_control() && c != '\n' && c != '\t';
    if !any_suspect || !text.contains(is_shown) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        shown.push(match c {
            '\r' if chars.peek() == Some(&'\n') => continue,
            '\u{7f}' => '\u{2421}',
            c if c < ' ' && c != '\n' && c != '\t' => {
                char::from_u32(0x2400 + u32::from(c)).unwrap_or('\u{fffd}')
            }
            '\u{80}'..='\u{9f}' => '\u{fffd}',
            c => c,
        });
    }
    std::borrow::Cow::Owned(shown)
}

/// Whether writing failed because the reader closed the stream.
pub fn is_closed(error: &std::io::Error) -> bool {
    error.kind() == std::io::ErrorKind::BrokenPipe
}

/// Whether an error, anywhere in its chain of causes, is a closed stream.
pub fn chain_is_closed(error: &anyhow::Error) -> bool {
    error
        .chain()
        .filter_map(|cause| cause.downcast_ref::<std::io::Error>())
        .any(is_closed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_shown_not_sent() {
        assert_eq!(
            visible_controls("a\u{1b}[31mb\r\nc\rd\u{7f}\u{9b}\te\n"),
            "a\u{241b}[31mb\nc\u{240d}d\u{2421}\u{fffd}\te\n"
        );
        assert!(matches!(
            visible_controls("plain\ttext\n"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    proptest::proptest! {
        /// Whatever the text, long or short, with a control anywhere in it
        /// or a character that shares a C1 control's first byte, nothing
        /// but a line break and a tab is left of its controls, and text
        /// without controls comes back as it was.
        #[test]
        fn no_control_is_left(text in proptest::prop_oneof![
            "(\\PC|[\u{0}-\u{1f}\u{7f}]){0,200}",
            "(\\PC|[\u{80}-\u{bf}]){0,200}",
        ]) {
            let shown = visible_controls(&text);
            proptest::prop_assert!(!shown.contains(|c: char| c.is_control() && c != '\n' && c != '\t'));
            if !text.contains(|c: char| c.is_control() && c != '\n' && c != '\t') {
                proptest::prop_assert_eq!(shown, text.as_str());
            }
        }
    }
}

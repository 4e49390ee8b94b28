//! Writing to standard output and standard error, for both command lines.
//!
//! Architecture invariant: no command prints with `print!` or `eprint!`,
//! which panic when a stream is closed or full. A reader that stops
//! reading (`smtpkb list | head -1`) ends the command quietly with
//! [`CLOSED`]; any other failure to write the output is an error; a
//! failure to write to standard error is ignored, since there is nowhere
//! left to say it.

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

/// Writes `line` and a line break to standard error, ignoring failure.
pub fn err(line: impl Display) {
    let mut stderr = std::io::stderr().lock();
    let _ = writeln!(stderr, "{line}");
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

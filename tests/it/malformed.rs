//! The malformed-input corpus: every folder under `tests/fixtures/malformed/`
//! is one case of input that once made a command crash, hang, lose a file
//! or say something unclear. A case holds:
//!
//! - `cmd`: the program (`smtpkb` or `xtask`) on the first line, then one
//!   argument per line;
//! - `setup` (optional): a shell script that builds the input (a FIFO, a
//!   symbolic link, a copy of the project's `locales/` from `$ROOT`, a file
//!   too large to keep in the repository), run with `sh -eu`;
//! - `stdin` (optional): the command's standard input;
//! - `show-stdout` (optional, empty): standard output is shown whole, not
//!   counted (for `check`, whose findings are its output);
//! - `expected.snap`: the exit status, the size of standard output and the
//!   whole of standard error, and what `setup` made that is gone.
//!
//! The case runs in a temporary copy of its folder, under a time limit, so
//! that a hang fails it. This file is compiled into the tests of both
//! packages; each runs the cases of its own program.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long a case may take before it counts as a hang.
const LIMIT: Duration = Duration::from_secs(30);

/// Runs every case of `program`, whose binary is `binary`, from the
/// project root `root`.
pub fn run_cases(root: &Path, program: &str, binary: &Path) {
    let corpus = root.join("tests/fixtures/malformed");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&corpus)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("cmd").is_file())
        .collect();
    cases.sort();
    let mut ran = 0;
    for case in cases {
        let cmd = std::fs::read_to_string(case.join("cmd")).unwrap();
        let mut lines = cmd.lines();
        if lines.next() != Some(program) {
            continue;
        }
        let args: Vec<&str> = lines.collect();
        let report = run_case(root, &case, binary, &args);
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        insta::with_settings!({
            snapshot_path => case.clone(),
            prepend_module_to_snapshot => false,
            omit_expression => true,
            description => name.as_str(),
        }, {
            insta::assert_snapshot!("expected", report);
        });
        ran += 1;
    }
    assert!(ran > 0, "no case of {program} in {}", corpus.display());
}

/// Runs one case in a copy of its folder and describes what happened.
fn run_case(root: &Path, case: &Path, binary: &Path, args: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let work = dir.path().join("case");
    copy(case, &work);
    let setup = work.join("setup");
    if setup.is_file() {
        let status = std::process::Command::new("sh")
            .arg("-eu")
            .arg(&setup)
            .current_dir(&work)
            .env("ROOT", root)
            .status()
            .unwrap();
        assert!(status.success(), "{}: setup failed", case.display());
    }
    let before = entries(&work);
    let mut command = assert_cmd::Command::new(binary);
    command.args(args).current_dir(&work).timeout(LIMIT);
    for var in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        command.env_remove(var);
    }
    command.env("NO_COLOR", "1");
    command.write_stdin(std::fs::read(work.join("stdin")).unwrap_or_default());
    let output = command.output().unwrap();
    let Some(status) = output.status.code() else {
        panic!(
            "{}: no exit status (killed after {LIMIT:?}, or by a signal): {}",
            case.display(),
            String::from_utf8_lossy(&output.stderr)
        );
    };
    let paths = |text: &[u8]| {
        String::from_utf8_lossy(text)
            .replace(&work.display().to_string(), "$CASE")
            .replace(&root.display().to_string(), "$ROOT")
    };
    let stdout = match output.stdout.iter().filter(|&&b| b == b'\n').count() {
        0 if output.stdout.is_empty() => "stdout: empty".to_owned(),
        _ if work.join("show-stdout").exists() => format!("stdout:\n{}", paths(&output.stdout)),
        n => format!("stdout: {n} lines"),
    };
    // The export's summary says how long it took: not part of the result.
    let stderr: String = paths(&output.stderr)
        .lines()
        .map(|line| match line.rsplit_once(" in ") {
            Some((done, took)) if line.starts_with("wrote ") && took.ends_with(" s") => {
                format!("{done} in … s\n")
            }
            _ => format!("{line}\n"),
        })
        .collect();
    let gone: Vec<String> = before.difference(&entries(&work)).cloned().collect();
    let gone = match gone.len() {
        0 => String::new(),
        _ => format!("gone: {}\n", gone.join(", ")),
    };
    let shown: Vec<String> = args.iter().map(|a| format!("{a:?}")).collect();
    format!(
        "$ {} {}\nstatus: {status}\n{stdout}\n{gone}stderr:\n{stderr}",
        binary.file_name().unwrap().to_string_lossy(),
        shown.join(" ")
    )
}

/// The paths below `dir` (not followed through links), relative to it,
/// as far as two levels down: what a case's command must not delete.
fn entries(dir: &Path) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut folders = vec![(dir.to_owned(), 0)];
    while let Some((folder, depth)) = folders.pop() {
        let Ok(list) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in list.flatten() {
            let path = entry.path();
            let relative = path.strip_prefix(dir).unwrap().display().to_string();
            if relative == "expected.snap" || relative.ends_with(".snap.new") {
                continue;
            }
            let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
            found.insert(relative);
            if is_dir && depth < 1 {
                folders.push((path, depth + 1));
            }
        }
    }
    found
}

/// Copies a folder (files and folders only).
pub fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

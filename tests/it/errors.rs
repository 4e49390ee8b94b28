//! What a reader sees when something goes wrong: every folder under
//! `tests/fixtures/cli/` is one case, its `args` file the command line (one
//! argument per line) run in that folder, and its exit status, the size of
//! its standard output and its whole standard error are snapshotted. A new
//! case is a new folder.

use crate::util::smtpkb;

#[test]
fn cli_errors() {
    insta::glob!("../fixtures/cli", "*/args", |path| {
        let case = path.parent().unwrap();
        let text = std::fs::read_to_string(path).unwrap();
        let args: Vec<&str> = text
            .strip_suffix('\n')
            .unwrap_or(&text)
            .split('\n')
            .collect();
        let output = smtpkb().args(&args).current_dir(case).output().unwrap();
        let stdout = String::from_utf8(output.stdout).unwrap();
        let stdout = match stdout.lines().count() {
            0 => "stdout: empty".to_owned(),
            n => format!("stdout: {n} lines"),
        };
        let shown: Vec<String> = args.iter().map(|a| format!("{a:?}")).collect();
        insta::assert_snapshot!(format!(
            "$ smtpkb {}\nstatus: {}\n{stdout}\nstderr:\n{}",
            shown.join(" "),
            output.status.code().unwrap(),
            String::from_utf8(output.stderr).unwrap()
        ));
    });
}

/// The malformed-input corpus's cases for `smtpkb`.
#[test]
fn malformed_inputs() {
    super::malformed::run_cases(
        &crate::util::project_root(),
        "smtpkb",
        std::path::Path::new(env!("CARGO_BIN_EXE_smtpkb")),
    );
}

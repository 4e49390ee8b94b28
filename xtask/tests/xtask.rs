//! `cargo xtask check`, `stats`, `new-locale` and `export` end to end: exit
//! codes, formats, the export's warnings, a scaffold that checks clean but
//! for its missing messages, tags spelled as `smtpkb --lang` takes them,
//! and every error as the user sees it (one folder per case under
//! `tests/fixtures/errors/`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;

#[path = "../../tests/it/malformed.rs"]
mod malformed;

fn fixture(case: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/check")
        .join(case)
}

/// The small fixture site: three codes in `en`, `ar` and a partial `vi`.
fn site() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/site")
}

fn xtask() -> Command {
    Command::cargo_bin("xtask").unwrap()
}

/// Every file below `dir`, by path relative to it, with its bytes.
fn files_of(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut folders = vec![dir.to_owned()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else {
                let bytes = std::fs::read(&path).unwrap();
                files.insert(path.strip_prefix(dir).unwrap().to_owned(), bytes);
            }
        }
    }
    files
}

#[test]
fn check_exits_0_without_errors_and_1_with_errors() {
    xtask()
        .args(["check", "--locales"])
        .arg(fixture("clean"))
        .assert()
        .code(0);
    xtask()
        .args(["check", "--locales"])
        .arg(fixture("variables"))
        .assert()
        .code(1)
        .stdout(predicate::str::contains("error[unknown-variable]"))
        .stdout(predicate::str::contains("1 error, 2 warnings"));
}

#[test]
fn warnings_fail_only_when_denied() {
    xtask()
        .args(["check", "--locales"])
        .arg(fixture("obsolete"))
        .assert()
        .code(0);
    xtask()
        .args(["check", "--deny-warnings", "--locales"])
        .arg(fixture("obsolete"))
        .assert()
        .code(1);
}

#[test]
fn unreadable_input_exits_2_with_a_clear_message() {
    xtask()
        .args(["check", "--locales", "no/such/dir"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with(
            "error: cannot read directory no/such/dir",
        ));
    xtask()
        .args(["check", "--reference", "xx", "--locales"])
        .arg(fixture("clean"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no reference locale “xx”"));
    xtask().args(["check", "--format", "yaml"]).assert().code(2);
}

/// The project's own rules (code prose, unknown and unused ids) follow the
/// tree, not the flag: naming the project's `locales/` explicitly, however
/// it is spelled, checks it as thoroughly as the default does.
#[test]
fn the_project_rules_run_whenever_the_project_locales_are_checked() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let note = "is the project's locales: also checking code prose and message ids";
    for locales in [
        None,
        Some(root.join("locales")),
        Some(root.join("xtask/../locales")),
    ] {
        let mut command = xtask();
        command.arg("check").current_dir(&root);
        if let Some(locales) = &locales {
            command.arg("--locales").arg(locales);
        }
        command
            .assert()
            .success()
            .stderr(predicate::str::contains(note));
    }
    xtask()
        .args(["check", "--locales", "locales"])
        .current_dir(&root)
        .assert()
        .success()
        .stderr(predicate::str::contains(note));
    xtask()
        .args(["check", "--locales"])
        .arg(fixture("clean"))
        .assert()
        .success()
        .stderr(predicate::str::contains(note).not());
}

#[test]
fn github_format_annotates_file_line_and_column() {
    xtask()
        .args(["check", "--format", "github", "--locales"])
        .arg(fixture("variables"))
        .assert()
        .code(1)
        .stdout(predicate::str::contains("::error file="))
        .stdout(predicate::str::contains(
            "de/ui.ftl,line=1,col=24,title=unknown-variable::",
        ));
}

#[test]
fn stats_counts_translated_messages_and_words() {
    xtask()
        .args(["stats", "--verbose", "--locales"])
        .arg(fixture("missing"))
        .assert()
        .success()
        .stdout(predicate::str::contains("missing: bye"))
        .stdout(predicate::str::is_match(r"de\s+ui\.ftl\s+1/2\s+0/0\s+1/2\s+50%").unwrap());
    let output = xtask()
        .args(["stats", "--format", "json", "--locales"])
        .arg(fixture("missing"))
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json[0]["locale"], "de");
    assert_eq!(json[0]["messages"]["translated"], 2);
    assert_eq!(json[0]["messages"]["total"], 4);
}

#[test]
fn new_locale_scaffolds_a_locale_that_checks_with_only_missing_messages() {
    let dir = tempfile::tempdir().unwrap();
    let root = fixture("attributes");
    std::fs::create_dir_all(dir.path().join("en")).unwrap();
    std::fs::copy(root.join("en/ui.ftl"), dir.path().join("en/ui.ftl")).unwrap();
    xtask()
        .args(["new-locale", "pt_br", "--locales"])
        .arg(dir.path())
        .assert()
        .success()
        .stdout(predicate::str::contains("pt-BR"));
    let scaffold = std::fs::read_to_string(dir.path().join("pt-BR/ui.ftl")).unwrap();
    assert!(
        scaffold.contains("# button = Send\n#     .title = Send the message\n"),
        "{scaffold}"
    );
    let output = xtask()
        .args(["check", "--format", "json", "--locales"])
        .arg(dir.path())
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let kinds: Vec<&str> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["missing-message"]);

    // Never over an existing locale, whatever its spelling.
    for existing in ["PT-br", "pt_BR.UTF-8"] {
        xtask()
            .args(["new-locale", existing, "--locales"])
            .arg(dir.path())
            .assert()
            .code(1)
            .stderr(predicate::str::contains("exists already"));
    }
    for bad in ["../evil", "", "not a tag", "en/../x"] {
        xtask()
            .args(["new-locale", bad, "--locales"])
            .arg(dir.path())
            .assert()
            .code(1)
            .stderr(predicate::str::contains("is not a language tag"));
    }
    let entries: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(
        entries.len(),
        2,
        "only en and pt-BR, no leftovers: {entries:?}"
    );
}

#[test]
fn export_writes_a_site_and_keeps_a_folder_it_did_not_write() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    let site = site();
    let export = || {
        let mut command = xtask();
        command
            .arg("export")
            .arg("--data-dir")
            .arg(site.join("data"))
            .arg("--locales-dir")
            .arg(site.join("locales"));
        command
    };
    // The fixture's vi lacks one comparison frame: one checker error.
    export()
        .args(["--format", "md", "--lang", "vi", "--out"])
        .arg(&out)
        .assert()
        .success()
        .stderr(
            predicate::str::is_match(concat!(
                r"^warning: locale vi has 1 error \(see `cargo xtask check --lang vi`\); ",
                r"its broken messages are shown in English\n",
                r"wrote 17 pages in 1 locale to .* in \d+\.\d\d s\n$",
            ))
            .unwrap(),
        );
    assert!(out.join("vi/334-vs-451.md").is_file());
    // A second export replaces the first without --force.
    export()
        .args(["--format", "md", "--lang", "vi", "--out"])
        .arg(&out)
        .assert()
        .success();

    let mine = dir.path().join("mine");
    std::fs::create_dir(&mine).unwrap();
    std::fs::write(mine.join("notes.md"), "keep").unwrap();
    export()
        .args(["--format", "html", "--out"])
        .arg(&mine)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "it exists and the exporter did not write it (it has no .smtpkb-site file)",
        ));
    assert_eq!(
        std::fs::read_to_string(mine.join("notes.md")).unwrap(),
        "keep"
    );
    export()
        .args(["--format", "html", "--lang", "xx", "--out"])
        .arg(&out)
        .assert()
        .code(1);
}

/// Issue 8: every task reads a tag as `smtpkb --lang` does. `AR` and
/// `vi_VN.UTF-8` check what `ar` and `vi` check, and `--reference EN` is
/// `en`.
#[test]
fn check_and_stats_read_tags_as_the_cli_does() {
    let locales = site().join("locales");
    let run = |args: &[&str]| {
        let output = xtask()
            .args(args)
            .arg("--locales")
            .arg(&locales)
            .output()
            .unwrap();
        (
            output.status.code(),
            String::from_utf8(output.stdout).unwrap(),
            String::from_utf8(output.stderr).unwrap(),
        )
    };
    for (spelled, tag) in [("AR", "ar"), ("vi_VN.UTF-8", "vi")] {
        let expected = run(&["check", "--lang", tag]);
        assert_eq!(run(&["check", "--lang", spelled]), expected, "{spelled}");
    }
    // The fixture's vi lacks one comparison frame: its check fails.
    let (status, stdout, _) = run(&["check", "--lang", "vi_VN.UTF-8"]);
    assert_eq!(status, Some(1));
    assert!(stdout.contains("vi/ui.ftl"), "{stdout}");
    for task in ["check", "stats"] {
        assert_eq!(
            run(&[task, "--reference", "EN"]),
            run(&[task, "--reference", "en"]),
            "{task}"
        );
    }
}

/// Issue 8: `export --lang AR` writes the site `--lang ar` writes.
#[test]
fn export_reads_tags_as_the_cli_does() {
    let dir = tempfile::tempdir().unwrap();
    let export = |lang: &str| {
        let out = dir.path().join(lang);
        xtask()
            .args(["export", "--format", "md", "--lang", lang])
            .arg("--data-dir")
            .arg(site().join("data"))
            .arg("--locales-dir")
            .arg(site().join("locales"))
            .arg("--out")
            .arg(&out)
            .assert()
            .success();
        files_of(&out)
    };
    let expected = export("ar");
    assert!(
        expected.contains_key(Path::new("ar/451.md")),
        "{expected:?}"
    );
    assert_eq!(export("AR"), expected);
}

/// Issue 8: `new-locale pt_br` and `pt_BR.UTF-8` scaffold what `pt-BR`
/// does, and `--reference EN` reads `en`.
#[test]
fn new_locale_reads_tags_as_the_cli_does() {
    let scaffold = |args: &[&str]| {
        let dir = tempfile::tempdir().unwrap();
        let en = site().join("locales/en");
        std::fs::create_dir(dir.path().join("en")).unwrap();
        for file in std::fs::read_dir(&en).unwrap() {
            let file = file.unwrap();
            std::fs::copy(file.path(), dir.path().join("en").join(file.file_name())).unwrap();
        }
        let output = xtask()
            .arg("new-locale")
            .args(args)
            .arg("--locales")
            .arg(dir.path())
            .output()
            .unwrap();
        let stdout = String::from_utf8(output.stdout).unwrap();
        (
            output.status.code(),
            stdout.replace(&dir.path().display().to_string(), "DIR"),
            files_of(dir.path()),
        )
    };
    let expected = scaffold(&["pt-BR"]);
    assert_eq!(expected.0, Some(0));
    assert!(
        expected.2.contains_key(Path::new("pt-BR/ui.ftl")),
        "{:?}",
        expected.2.keys()
    );
    for args in [
        &["pt_br"][..],
        &["pt_BR.UTF-8"],
        &["pt-BR", "--reference", "EN"],
    ] {
        assert_eq!(scaffold(args), expected, "{args:?}");
    }
}

/// The exit status of each kind of failure, as `--help` and the README
/// document it: 1 for a user error and for a check that finds errors, 2
/// for a usage error, for what cannot be read, and for whatever keeps
/// `check` from checking.
#[test]
fn each_failure_has_its_documented_exit_status() {
    let locales = site().join("locales");
    let status = |args: &[&str]| xtask().args(args).output().unwrap().status.code();
    let with_tree = |args: &[&str]| {
        xtask()
            .args(args)
            .arg("--locales")
            .arg(&locales)
            .output()
            .unwrap()
            .status
            .code()
    };
    assert_eq!(with_tree(&["check", "--lang", "ar"]), Some(0));
    assert_eq!(with_tree(&["check", "--lang", "vi"]), Some(1));
    assert_eq!(with_tree(&["check", "--lang", "../x"]), Some(2));
    assert_eq!(with_tree(&["check", "--lang", "de"]), Some(2));
    assert_eq!(with_tree(&["check", "--reference", "de"]), Some(2));
    assert_eq!(status(&["check", "--locales", "no/such/dir"]), Some(2));
    assert_eq!(with_tree(&["stats", "--reference", "de"]), Some(1));
    assert_eq!(with_tree(&["stats", "--reference", "../x"]), Some(1));
    assert_eq!(status(&["stats", "--locales", "no/such/dir"]), Some(2));
    assert_eq!(with_tree(&["new-locale", "AR"]), Some(1));
    assert_eq!(
        status(&["new-locale", "de", "--locales", "no/such/dir"]),
        Some(2)
    );
    assert_eq!(
        status(&["export", "--format", "md", "--lang", "../x"]),
        Some(1)
    );
    assert_eq!(status(&["stats", "--format", "yaml"]), Some(2));
    assert_eq!(status(&["no-such-task"]), Some(2));
}

/// What a translator sees when a task fails: every folder under
/// `tests/fixtures/errors/` is one case, its `args` file the command line
/// (one argument per line) run in that folder with the variables of its
/// `env` file if it has one (KEY=VALUE a line), and its exit status, the
/// size of its standard output and its whole standard error are
/// snapshotted. A new case is a new folder.
#[test]
fn xtask_errors() {
    insta::glob!("fixtures/errors", "*/args", |path| {
        let case = path.parent().unwrap();
        let text = std::fs::read_to_string(path).unwrap();
        let args: Vec<&str> = text
            .strip_suffix('\n')
            .unwrap_or(&text)
            .split('\n')
            .collect();
        // A case's `env` file, if it has one, sets variables: KEY=VALUE a line.
        let env = std::fs::read_to_string(case.join("env")).unwrap_or_default();
        let mut command = xtask();
        for line in env.lines() {
            let (key, value) = line.split_once('=').unwrap();
            command.env(key, value);
        }
        let output = command.args(&args).current_dir(case).output().unwrap();
        let stdout = String::from_utf8(output.stdout).unwrap();
        let stdout = match stdout.lines().count() {
            0 => "stdout: empty".to_owned(),
            n => format!("stdout: {n} lines"),
        };
        let shown: Vec<String> = args.iter().map(|a| format!("{a:?}")).collect();
        let vars: String = env.lines().map(|line| format!("{line} ")).collect();
        insta::assert_snapshot!(format!(
            "$ {vars}cargo xtask {}\nstatus: {}\n{stdout}\nstderr:\n{}",
            shown.join(" "),
            output.status.code().unwrap(),
            String::from_utf8(output.stderr).unwrap()
        ));
    });
}

/// The malformed-input corpus's cases for `cargo xtask`.
#[test]
fn malformed_inputs() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    malformed::run_cases(&root, "xtask", Path::new(env!("CARGO_BIN_EXE_xtask")));
}

/// Ctrl-C or SIGTERM during an export removes the folder being written,
/// and leaves the previous site as it was.
#[test]
fn an_interrupted_export_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    for signal in ["INT", "TERM"] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_xtask"))
            .args(["export", "--format", "html", "--quiet", "--out"])
            .arg(&out)
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // Wait for the staging folder, then interrupt.
        let staging = || {
            std::fs::read_dir(dir.path())
                .unwrap()
                .flatten()
                .any(|e| e.file_name().to_string_lossy().starts_with(".site.new-"))
        };
        let started = std::time::Instant::now();
        while !staging() && started.elapsed() < std::time::Duration::from_secs(60) {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        assert!(staging(), "the export never started writing");
        let killed = std::process::Command::new("kill")
            .args([format!("-{signal}"), child.id().to_string()])
            .status()
            .unwrap();
        assert!(killed.success());
        let status = child.wait().unwrap();
        assert_eq!(status.code(), Some(130), "after SIG{signal}");
        let left: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        assert!(left.is_empty(), "after SIG{signal}: {left:?}");
    }
}

/// `cargo xtask check | head -1` and a full disk end the task cleanly, as
/// for `smtpkb`: 141 and nothing said for a closed pipe, never a panic.
#[test]
fn a_closed_or_full_output_ends_a_task_cleanly() {
    use std::process::{Command, Stdio};
    for args in [&["check", "--locales"][..], &["stats", "--locales"]] {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let output = Command::new(env!("CARGO_BIN_EXE_xtask"))
            .args(args)
            .arg(fixture("variables"))
            .stdout(writer)
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(141), "{args:?}");
        assert_eq!(String::from_utf8_lossy(&output.stderr), "", "{args:?}");
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let output = Command::new(env!("CARGO_BIN_EXE_xtask"))
            .args(args)
            .arg(fixture("variables"))
            .stdout(full)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(
            stderr.contains("No space left on device"),
            "{args:?}: {stderr}"
        );
    }
}

/// `serve`: the fixture site, served; a save of a locale's file is
/// rendered, the page waiting for it learns of it, and a broken message's
/// finding is shown at the top of the page, with its line and column.
#[test]
fn serve_renders_a_save_and_shows_its_findings() {
    use std::io::BufRead;
    use std::process::{Child, Stdio};

    struct Server(Child);
    impl Drop for Server {
        fn drop(&mut self) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
    let locales = tempfile::tempdir().unwrap();
    malformed::copy(&site().join("locales"), locales.path());
    let mut server = Server(
        std::process::Command::new(env!("CARGO_BIN_EXE_xtask"))
            .args(["serve", "--port", "0", "--data-dir"])
            .arg(site().join("data"))
            .arg("--locales-dir")
            .arg(locales.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let mut line = String::new();
    std::io::BufReader::new(server.0.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line
        .strip_prefix("serving ")
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_owned();
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    let get = |path: &str| -> String {
        ureq::get(format!("{url}{path}"))
            .call()
            .unwrap()
            .body_mut()
            .read_to_string()
            .unwrap()
    };
    // The fixture's locales have findings of their own: the banner is
    // there, without the one the edit below makes.
    let broken_at = |text: &str| {
        let line = text
            .lines()
            .position(|l| l == "site-skip = { $")
            .map(|i| i + 1);
        line.map(|line| format!("vi/ui.ftl:{line}:"))
    };
    let page = get("vi/451.html");
    assert!(page.contains("__smtpkb/wait?after=0"), "no reload script");

    let ui = locales.path().join("vi/ui.ftl");
    let text = std::fs::read_to_string(&ui).unwrap();
    let edited = text
        .replace(
            "label-description = Mô tả\n",
            "label-description = Mô tả (đã sửa)\n",
        )
        .replace("\nsite-skip = ", "\nsite-skip = { $\nsite-skip-old = ");
    let finding = broken_at(&edited).unwrap();
    assert!(!page.contains(&finding));
    std::fs::write(&ui, edited).unwrap();
    assert_eq!(
        get("__smtpkb/wait?after=0"),
        "1",
        "the page would not reload"
    );
    let page = get("vi/451.html");
    assert!(page.contains("Mô tả (đã sửa)"), "the save is not rendered");
    assert!(page.contains(&finding), "the banner lacks {finding}");
}

//! Snapshots of rendered pages: `compare 334 451` in every shipped locale,
//! `show` in every format, `list --enhanced`, and `list` and `locales` in
//! Markdown over the site fixture. A change to a template, a frame or a
//! translation shows up here as a reviewable diff.

use crate::util::smtpkb;

/// Runs smtpkb and returns its standard output, asserting success and a
/// silent standard error.
fn page(args: &[&str]) -> String {
    let output = smtpkb().args(args).output().unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(output.status.success(), "smtpkb {args:?} failed: {stderr}");
    assert!(
        stderr.is_empty(),
        "smtpkb {args:?} wrote to stderr: {stderr}"
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn compare_334_451_in_each_locale() {
    for lang in ["en", "vi", "tr", "ar"] {
        insta::assert_snapshot!(
            format!("compare_334_451_{lang}"),
            page(&["compare", "334", "451", "--lang", lang])
        );
    }
}

#[test]
fn show_in_each_format() {
    for (format, extension) in [("text", "txt"), ("md", "md"), ("json", "json")] {
        insta::assert_snapshot!(
            format!("show_552_{extension}"),
            page(&["show", "552", "--format", format])
        );
    }
}

/// An enhanced status code in a class, the registry's form without one, a
/// code with no associated reply code, and a Vietnamese page (class and
/// subject names translated, the detail code's text in English, marked).
#[test]
fn show_enhanced_codes() {
    for (format, extension) in [("text", "txt"), ("md", "md"), ("json", "json")] {
        insta::assert_snapshot!(
            format!("show_5.7.1_{extension}"),
            page(&["show", "5.7.1", "--format", format])
        );
    }
    insta::assert_snapshot!("show_X.7.28_txt", page(&["show", "X.7.28"]));
    insta::assert_snapshot!("show_4.4.7_txt", page(&["show", "4.4.7"]));
    insta::assert_snapshot!(
        "show_5.1.1_vi_txt",
        page(&["show", "5.1.1", "--lang", "vi"])
    );
}

/// The enhanced codes of a reply code, from the registry: 451 has eleven
/// named and three allowed with any 4yz code; 553 also one commonly seen
/// (Postfix's 5.7.1); 334, of class 3, none at all.
#[test]
fn show_lists_the_enhanced_codes_of_a_reply_code() {
    insta::assert_snapshot!("show_451_txt", page(&["show", "451"]));
    insta::assert_snapshot!("show_553_md", page(&["show", "553", "--format", "md"]));
    let page = page(&["show", "334"]);
    assert!(!page.contains("Enhanced status codes"), "{page}");
}

/// Every enhanced code by subject, as the registry writes it, in each
/// format; those used in class 2 (written 2.S.D), and in Arabic those of
/// class 4, whose names are English, so each subject is marked once.
#[test]
fn list_enhanced_codes() {
    for (format, extension) in [("text", "txt"), ("md", "md"), ("json", "json")] {
        insta::assert_snapshot!(
            format!("list_enhanced_{extension}"),
            page(&["list", "--enhanced", "--format", format])
        );
    }
    insta::assert_snapshot!(
        "list_enhanced_class_2_txt",
        page(&["list", "--enhanced", "--class", "2"])
    );
    insta::assert_snapshot!(
        "list_enhanced_class_4_ar_txt",
        page(&["list", "--enhanced", "--class", "4", "--lang", "ar"])
    );
}

#[test]
fn show_with_english_fallback_in_each_format() {
    // 550's prose is not translated into Vietnamese: each format must say
    // which parts are English.
    for (format, extension) in [("text", "txt"), ("md", "md"), ("json", "json")] {
        insta::assert_snapshot!(
            format!("show_550_vi_{extension}"),
            page(&["show", "550", "--lang", "vi", "--format", format])
        );
    }
}

#[test]
fn compare_in_markdown_and_json() {
    insta::assert_snapshot!(
        "compare_454_530_md",
        page(&["compare", "454", "530", "--format", "md"])
    );
    insta::assert_snapshot!(
        "compare_421_554_ar_json",
        page(&["compare", "421", "554", "--lang", "ar", "--format", "json"])
    );
}

#[test]
fn list_and_locales() {
    insta::assert_snapshot!(
        "list_class_4_ar",
        page(&["list", "--class", "4", "--lang", "ar"])
    );
    insta::assert_snapshot!("list_json", page(&["list", "--format", "json"]));
    insta::assert_snapshot!("locales_tr", page(&["locales", "--lang", "tr"]));
}

#[test]
fn list_and_locales_in_markdown() {
    // The site fixture: three codes, and a partial Vietnamese, so that the
    // tables show English fallback and incomplete coverage.
    let fixture = crate::util::project_root().join("tests/fixtures/site");
    let data = fixture.join("data");
    let locales = fixture.join("locales");
    let dirs = [
        "--data-dir",
        data.to_str().unwrap(),
        "--locales-dir",
        locales.to_str().unwrap(),
    ];
    let run = |args: &[&str]| page(&[args, &dirs].concat());
    insta::assert_snapshot!(
        "list_vi_md",
        run(&["list", "--lang", "vi", "--format", "md"])
    );
    insta::assert_snapshot!("locales_md", run(&["locales", "--format", "md"]));
    // Arabic names for two of the fixture's four enhanced codes: the
    // subjects of the others are marked once, these are not.
    insta::assert_snapshot!(
        "list_enhanced_ar_md",
        run(&["list", "--enhanced", "--lang", "ar", "--format", "md"])
    );
}

/// `explain` on the README's bounce line in every format, and in each
/// shipped locale as text.
#[test]
fn explain_in_each_format_and_locale() {
    let reply = "host mx.example.com[192.0.2.1] said: 550-5.7.1 [203.0.113.5] The IP you're using to send mail is not authorized to send email directly to our servers (in reply to RCPT TO command)";
    for (format, extension) in [("text", "txt"), ("md", "md"), ("json", "json")] {
        insta::assert_snapshot!(
            format!("explain_{extension}"),
            page(&["explain", "--format", format, reply])
        );
    }
    for lang in ["vi", "tr", "ar"] {
        insta::assert_snapshot!(
            format!("explain_{lang}"),
            page(&[
                "explain",
                "--lang",
                lang,
                "554 5.7.0 <#5.7.520 smtp; 550 5.7.520 Message blocked>"
            ])
        );
    }
}

/// `explain --each` over a short log, as JSON lines.
#[test]
fn explain_each_as_json_lines() {
    let output = crate::util::smtpkb()
        .args(["explain", "--each", "--format", "json"])
        .write_stdin("Jan  1 00:00:01 mx postfix/smtp[42]: 4A1B: to=<a@b.example>, dsn=5.1.1, status=bounced (host mx.b.example[192.0.2.7] said: 550 5.1.1 <a@b.example>: Recipient address rejected: User unknown (in reply to RCPT TO command))\nJan  1 00:00:02 mx postfix/qmgr[40]: 4A1B: removed\n250-mx.example Hello\n250 SIZE 1000\n")
        .output()
        .unwrap();
    assert!(output.status.success());
    insta::assert_snapshot!(String::from_utf8(output.stdout).unwrap());
}

/// A pseudo-locale shows which words of a page come from messages (all in
/// en-XA's accented letters and brackets) and which do not.
#[test]
fn compare_334_451_in_each_pseudo_locale() {
    for pseudo in ["accented", "bidi"] {
        insta::assert_snapshot!(
            format!("compare_334_451_{pseudo}"),
            page(&["compare", "334", "451", "--pseudo", pseudo])
        );
    }
}

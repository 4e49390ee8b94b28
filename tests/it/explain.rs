//! `explain` on real replies: every row of the labelled corpus
//! (`replies/replies.tsv` in the corpora, read from there) gives the
//! labelled reply code and enhanced status code; the full explanation of
//! a sample of each category of the corpus is snapshotted; the hard cases
//! that the corpus lacks are checked here; and no input, however broken,
//! makes it panic.

use proptest::prelude::*;
use smtpkb::explain::{self, Found};
use smtpkb::render::{Format, Renderer};
use smtpkb::view::Viewer;

use crate::util::{catalog, corpus, locales, localizer};

/// One labelled row.
#[derive(Debug)]
struct Row {
    line: usize,
    input: String,
    basic: String,
    enhanced: String,
    multiline: bool,
}

/// The corpus's escaping: `\n`, `\r`, `\t` and `\\`, read two characters
/// at a time.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('\\') => out.push('\\'),
            other => panic!("bad escape \\{other:?} in {s:?}"),
        }
    }
    out
}

/// Each row's category, from `replies-notes.tsv`, by line number.
fn categories() -> Option<Vec<(usize, String)>> {
    let dir = corpus("replies")?;
    let text = std::fs::read_to_string(dir.join("replies-notes.tsv")).unwrap();
    Some(
        text.lines()
            .skip(1)
            .map(|line| {
                let cells: Vec<&str> = line.split('\t').collect();
                (cells[0].parse().unwrap(), cells[1].to_owned())
            })
            .collect(),
    )
}

/// What `explain` finds in a text, with the embedded data's codes.
fn find(input: &[u8]) -> Found {
    static CATALOG: std::sync::OnceLock<smtpkb::catalog::Catalog> = std::sync::OnceLock::new();
    let catalog = CATALOG.get_or_init(catalog);
    explain::find(input, |c| catalog.get(c).is_some())
}

fn rows() -> Option<Vec<Row>> {
    let dir = corpus("replies")?;
    let text = std::fs::read_to_string(dir.join("replies.tsv")).unwrap();
    let mut lines = text.lines().enumerate();
    let header: Vec<&str> = lines.next().unwrap().1.split('\t').collect();
    assert_eq!(
        header,
        ["input", "basic", "enhanced", "multiline", "source"]
    );
    Some(
        lines
            .map(|(index, line)| {
                let cells: Vec<&str> = line.split('\t').collect();
                assert_eq!(cells.len(), 5, "line {}", index + 1);
                Row {
                    line: index + 1,
                    input: unescape(cells[0]),
                    basic: cells[1].to_owned(),
                    enhanced: cells[2].to_owned(),
                    multiline: cells[3] == "yes",
                }
            })
            .collect(),
    )
}

#[test]
fn every_corpus_reply_gives_its_labelled_codes() {
    let Some(rows) = rows() else { return };
    let catalog = catalog();
    let mut misses = Vec::new();
    for row in &rows {
        let found = explain::find(row.input.as_bytes(), |c| catalog.get(c).is_some());
        let basic = found
            .primary()
            .map(|r| r.code.to_string())
            .unwrap_or_default();
        let enhanced = found.status.map(|s| s.0.to_string()).unwrap_or_default();
        let multiline = found.primary().is_some_and(|r| r.multiline);
        if (basic.as_str(), enhanced.as_str()) != (row.basic.as_str(), row.enhanced.as_str())
            || multiline != row.multiline
        {
            misses.push(format!(
                "line {}: got {basic:?} {enhanced:?} multiline={multiline}, labelled {:?} {:?} multiline={}\n    {:?}",
                row.line, row.basic, row.enhanced, row.multiline, row.input
            ));
        }
    }
    assert!(
        misses.is_empty(),
        "{} of {} rows missed:\n{}",
        misses.len(),
        rows.len(),
        misses.join("\n")
    );
}

/// The explanation of the first two rows of each category, in English as
/// text, and of one in Vietnamese, snapshotted: what a reader sees.
#[test]
fn the_explanations_of_a_sample_of_each_category() {
    let (Some(rows), Some(categories)) = (rows(), categories()) else {
        return;
    };
    let catalog = catalog();
    let locales = locales();
    let renderer = Renderer::embedded().unwrap();
    let mut seen: Vec<(String, usize)> = Vec::new();
    for (line, category) in categories {
        let count = match seen.iter_mut().find(|(c, _)| *c == category) {
            Some((_, n)) => {
                *n += 1;
                *n
            }
            None => {
                seen.push((category.clone(), 1));
                1
            }
        };
        if count > 2 {
            continue;
        }
        let row = rows.iter().find(|r| r.line == line).unwrap();
        let lang = if count == 2 && category == "nested" {
            "vi"
        } else {
            "en"
        };
        let l10n = localizer(&locales, lang);
        let viewer = Viewer::new(&catalog, &l10n);
        let found = explain::find(row.input.as_bytes(), |c| catalog.get(c).is_some());
        let mut explainer = viewer.explainer();
        explainer.learn(&found).unwrap();
        let page = match explainer.explain(&found, None).unwrap() {
            Some(view) => renderer
                .render(Format::Text, &view, &viewer.labels().unwrap())
                .unwrap(),
            None => "(no reply)\n".to_owned(),
        };
        insta::assert_snapshot!(
            format!("corpus_{category}_{count}"),
            format!("line {line} ({lang}):\n{}\n---\n{page}", row.input)
        );
    }
}

/// The hard cases of a reply that the corpus lacks: nested replies, the
/// final line's code, numbers that are not codes, an enhanced code alone,
/// codes no RFC defines, a class that disagrees.
#[test]
fn the_hard_cases_read_right() {
    let cases: &[(&str, Option<u16>, Option<&str>)] = &[
        // The innermost reply of an Exchange wrapper.
        (
            "554 5.7.0 <#5.7.520 smtp; 550 5.7.520 Message blocked>",
            Some(550),
            Some("5.7.520"),
        ),
        // An expiry that quotes the last temporary failure.
        (
            "554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>",
            Some(421),
            Some("4.4.2"),
        ),
        // The final line's code wins.
        (
            "550-5.7.1 first line\n550-5.7.1 second line\n554 5.7.1 last line",
            Some(554),
            Some("5.7.1"),
        ),
        // Numbers in addresses, delays, versions, queue ids and headers.
        (
            "postfix/smtp[123]: 4JfcC62DS0z1c1C: to=<a@b.example>, relay=mx.example[192.0.2.250]:25, delay=1.1, delays=0.2/0/1.1/0, dsn=2.0.0, status=sent (250 2.0.0 OK 1700000000 a1b2c3)",
            Some(250),
            Some("2.0.0"),
        ),
        (
            "Received: by mx.example (Sendmail 8.13.7/8.13.7) with ESMTP id 4JfcC62DS0",
            None,
            None,
        ),
        ("Content-Length: 530", None, None),
        ("X-Spam-Score: 550 points", None, None),
        // An enhanced code without a reply code.
        ("5.1.0 - Unknown address error", None, Some("5.1.0")),
        // Codes that no RFC defines.
        (
            "571 Delivery not authorized, message refused",
            Some(571),
            None,
        ),
        ("441 4.4.1 No answer from host", Some(441), Some("4.4.1")),
        ("420 Timeout connection problem", Some(420), None),
        // A class that disagrees, kept as written.
        ("550 4.2.2 Mailbox full", Some(550), Some("4.2.2")),
        // Text in other languages and a URL with a code in it.
        (
            "550 5.7.1 Nachricht als Spam eingestuft, siehe https://example.org/help#550",
            Some(550),
            Some("5.7.1"),
        ),
        ("Die Nachricht konnte nicht zugestellt werden.", None, None),
    ];
    let mut wrong = Vec::new();
    for &(input, code, enhanced) in cases {
        let found = find(input.as_bytes());
        let got = (
            found.primary().map(|r| r.code),
            found.status.map(|s| s.0.to_string()),
        );
        if got != (code, enhanced.map(str::to_owned)) {
            wrong.push(format!(
                "{input:?}: got {got:?}, expected {code:?} {enhanced:?}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The warnings a reply draws, in English.
#[test]
fn warnings_say_what_is_odd() {
    let catalog = catalog();
    let locales = locales();
    let l10n = localizer(&locales, "en");
    let viewer = Viewer::new(&catalog, &l10n);
    let mut explainer = viewer.explainer();
    let mut warnings = |input: &[u8]| {
        let found = explain::find(input, |c| catalog.get(c).is_some());
        explainer.learn(&found).unwrap();
        explainer.explain(&found, None).unwrap().unwrap().warnings
    };
    insta::assert_debug_snapshot!((
        warnings(b"550 4.2.2 Mailbox full"),
        warnings(b"250-a\n251-b\n250 c"),
        warnings(b"550-5.7.1 cut short"),
        warnings(b"550 5.1.1 unknown \xff\xfe user"),
        warnings(b"<<< 250 2.1.0 Ok\n>>> RCPT TO:<a@b.example>\n<<< 550 5.1.1 No such user"),
    ));
}

/// The JSON line that `explain --each` writes for a reply is its view's
/// JSON without what the codes mean, for every reply of the corpus, a
/// nested one (whose explanation is its own) included.
#[test]
fn each_json_line_is_the_view_without_its_meaning() {
    let Some(rows) = rows() else {
        return;
    };
    let catalog = catalog();
    let locales = locales();
    let l10n = localizer(&locales, "en");
    let viewer = Viewer::new(&catalog, &l10n);
    let mut explainer = viewer.explainer();
    for row in &rows {
        let found = explain::find(row.input.as_bytes(), |c| catalog.get(c).is_some());
        explainer.learn(&found).unwrap();
        let Some(view) = explainer.explain(&found, Some(row.line)).unwrap() else {
            continue;
        };
        let mut expected = serde_json::to_value(&view).unwrap();
        expected.as_object_mut().unwrap().remove("meaning");
        let line = serde_json::to_value(view.json_line()).unwrap();
        assert_eq!(line, expected, "line {} of the corpus", row.line);
    }
}

/// `explain --each` over a log: one record per line, a multi-line reply
/// and its folded lines kept together, blank lines skipped.
#[test]
fn each_keeps_a_multi_line_reply_together() {
    let log = b"Jan 1 00:00:01 mx postfix/smtp[1]: A1: said: 550 5.1.1 no such user\n\
\n\
250-mx.example Hello\n\
250-SIZE 1000\n\
250 PIPELINING\n\
SMTP error from remote mail server after RCPT TO:<a@b.example>:\n\
\x20   host mx.example [192.0.2.1]: 550 5.7.1 blocked\n\
no reply on this line\n\
452 4.3.1 Insufficient system storage";
    let catalog = catalog();
    let mut records = Vec::new();
    explain::each(
        &log[..],
        &|c| catalog.get(c).is_some(),
        |batch| -> Result<(), explain::ReadError> {
            for (line, found) in batch {
                records.push((
                    line,
                    found.primary().map(|r| r.code),
                    found.status.map(|s| s.0.to_string()),
                ));
            }
            Ok(())
        },
    )
    .unwrap();
    assert_eq!(
        records,
        [
            (1, Some(550), Some("5.1.1".to_owned())),
            (3, Some(250), None),
            (6, Some(550), Some("5.7.1".to_owned())),
            (8, None, None),
            (9, Some(452), Some("4.3.1".to_owned())),
        ]
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Arbitrary bytes never make it panic, whether one reply or a log.
    #[test]
    fn arbitrary_bytes_never_panic(input in proptest::collection::vec(any::<u8>(), 0..400)) {
        let found = find(&input);
        if let Some(p) = found.primary {
            prop_assert!(p < found.replies.len());
        }
        explain::each(&input[..], &|_| true, |_| -> Result<(), explain::ReadError> { Ok(()) }).unwrap();
    }

    /// Nor does a real reply with bytes changed, inserted or removed: the
    /// inputs that reach the deep paths of the reader.
    #[test]
    fn mutated_replies_never_panic(
        seed in 0usize..1000,
        edits in proptest::collection::vec((any::<usize>(), any::<u8>(), 0u8..3), 1..12),
    ) {
        let samples: &[&str] = &[
            "host mx.example[192.0.2.1] said: 550-5.7.1 [203.0.113.5] not authorized (in reply to RCPT TO command)",
            "554 5.7.0 <#5.7.520 smtp; 550 5.7.520 Message blocked>",
            "Diagnostic-Code: smtp; 55=\n0 5.2.2 <a@b.example>... Mailbox Full",
            "'554-Service unavailable\\r\\n554 http://example.org/?ip=1.2.3.4\\r\\n'",
            "Reason: \"5.1.0 - Unknown address error\" Response: \"('550', ['no such account'])\"",
            "<<< 554 5.5.1 Error\r\n>>> RSET\r\n<<< 421 4.7.0 too many errors",
        ];
        let mut input = samples[seed % samples.len()].as_bytes().to_vec();
        for (at, byte, kind) in edits {
            let at = if input.is_empty() { 0 } else { at % input.len() };
            match kind {
                0 if !input.is_empty() => input[at] = byte,
                1 => input.insert(at, byte),
                _ if !input.is_empty() => { input.remove(at); }
                _ => {}
            }
        }
        let found = find(&input);
        prop_assert!(found.replies.iter().all(|r| r.depth == 0 || r.parent.is_some()));
        explain::each(&input[..], &|_| true, |_| -> Result<(), explain::ReadError> { Ok(()) }).unwrap();
    }
}

//! The registry in `data/enhanced.toml` against IANA's own table, the CSV
//! copy in the corpora (`iana/enhanced-status-codes.csv`): every class,
//! subject and detail code of it is in `data/`, with the same associated
//! basic codes and the same documents, and `data/` has nothing more.

use std::collections::BTreeSet;

use smtpkb::catalog::{Also, Reference};

use crate::util::{catalog, corpus};

/// One row of the CSV, with the columns the data holds.
#[derive(Debug, serde::Deserialize)]
struct Row {
    code: String,
    associated_basic_codes: String,
    reference: String,
}

/// Associated basic codes as IANA writes them ("Not given", "Any", "5XX",
/// "250 or 251", "450, 550 (other 4XX or 5XX codes are allowed)"): the codes
/// named, and the wider associations.
fn associations(text: &str) -> (BTreeSet<u16>, BTreeSet<Also>) {
    let (mut codes, mut also) = (BTreeSet::new(), BTreeSet::new());
    let (named, remark) = match text.split_once('(') {
        Some((named, remark)) => (named, remark),
        None => (text, ""),
    };
    if remark.contains("other 4XX or 5XX codes are allowed") {
        also.extend([Also::Transient, Also::Permanent]);
    }
    for word in named
        .split([',', ' '])
        .filter(|w| !w.is_empty() && *w != "or")
    {
        match word {
            "Not" | "given" => {}
            "Any" => {
                also.insert(Also::Any);
            }
            "4XX" => {
                also.insert(Also::Transient);
            }
            "5XX" => {
                also.insert(Also::Permanent);
            }
            code => {
                codes.insert(code.parse().unwrap_or_else(|_| panic!("{text:?}")));
            }
        }
    }
    (codes, also)
}

/// The documents of a reference cell: "RFC3463; RFC7504" → "RFC3463",
/// "RFC7504".
fn documents(text: &str) -> Vec<String> {
    text.split(';').map(|d| d.trim().to_owned()).collect()
}

fn reference_name(reference: &Reference) -> String {
    match reference {
        Reference::Rfc(section) => format!("RFC{}", section.rfc),
        Reference::Document(name) => name.clone(),
    }
}

/// Where the CSV copy is out of date and `data/` follows the RFC instead:
/// the code, the column, and the value `data/` has.
const CORRECTED: &[(&str, &str, &str)] = &[
    // RFC 8601 section 6.8: "The entry for X.7.25 ... has been updated to
    // refer only to Section 3.3 of [AUTH-ESC], as that is where that
    // registration was done." [AUTH-ESC] is RFC 7372; the copy still cites
    // RFC 7601 too.
    ("X.7.25", "reference", "RFC7372"),
];

#[test]
fn the_registry_in_data_is_ianas() {
    let Some(dir) = corpus("iana") else { return };
    let mut reader = csv::Reader::from_path(dir.join("enhanced-status-codes.csv")).unwrap();
    let rows: Vec<Row> = reader.deserialize().map(|row| row.unwrap()).collect();
    let catalog = catalog();
    let registry = catalog.registry();
    let (mut classes, mut subjects, mut details) = (Vec::new(), Vec::new(), Vec::new());
    for row in &rows {
        let parts: Vec<&str> = row.code.split('.').collect();
        match parts.as_slice() {
            [class, "XXX", "YYY"] => classes.push((class.parse::<u8>().unwrap(), row)),
            ["X", subject, "YYY"] => subjects.push((subject.parse::<u8>().unwrap(), row)),
            ["X", _, _] => details.push(row),
            _ => panic!("unexpected code {:?}", row.code),
        }
    }
    let data_classes: Vec<u8> = registry.classes.iter().map(|c| c.class).collect();
    assert_eq!(
        data_classes,
        classes.iter().map(|c| c.0).collect::<Vec<_>>()
    );
    let data_subjects: Vec<u8> = registry.subjects.iter().map(|s| s.subject).collect();
    assert_eq!(
        data_subjects,
        subjects.iter().map(|s| s.0).collect::<Vec<_>>()
    );
    for (_, row) in classes.iter().chain(&subjects) {
        // Classes and subjects are defined in RFC 3463, section 2.
        assert_eq!(row.reference, "RFC3463", "{}", row.code);
    }
    for defined in registry
        .classes
        .iter()
        .map(|c| &c.defined)
        .chain(registry.subjects.iter().map(|s| &s.defined))
    {
        assert_eq!((defined.rfc, defined.section.as_str()), (3463, "2"));
    }

    // Every detail code, in the registry's order, and nothing more.
    let data_codes: Vec<String> = registry.codes.iter().map(|e| e.code()).collect();
    let csv_codes: Vec<String> = details.iter().map(|row| row.code.clone()).collect();
    assert_eq!(data_codes, csv_codes);
    for (entry, row) in registry.codes.iter().zip(&details) {
        let (codes, also) = associations(&row.associated_basic_codes);
        let data: BTreeSet<u16> = entry
            .basic
            .iter()
            .chain(&entry.undefined)
            .copied()
            .collect();
        assert_eq!(data, codes, "{}: associated basic codes", row.code);
        let data_also: BTreeSet<Also> = entry.also.iter().copied().collect();
        assert_eq!(data_also, also, "{}: wider associations", row.code);
        let names: Vec<String> = entry.references.iter().map(reference_name).collect();
        let expected = match CORRECTED
            .iter()
            .find(|c| (c.0, c.1) == (&row.code, "reference"))
        {
            Some(&(_, _, corrected)) => documents(corrected),
            None => documents(&row.reference),
        };
        assert_eq!(names, expected, "{}: references", row.code);
    }
}

#[test]
fn iana_wording_is_read_as_codes_and_associations() {
    assert_eq!(
        associations("Not given"),
        (BTreeSet::new(), BTreeSet::new())
    );
    assert_eq!(
        associations("250 or 251"),
        (BTreeSet::from([250, 251]), BTreeSet::new())
    );
    assert_eq!(
        associations("450, 550 (other 4XX or 5XX codes are allowed)"),
        (
            BTreeSet::from([450, 550]),
            BTreeSet::from([Also::Transient, Also::Permanent])
        )
    );
    assert_eq!(
        associations("Any"),
        (BTreeSet::new(), BTreeSet::from([Also::Any]))
    );
}

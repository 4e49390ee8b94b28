//! Translations older than their English: a locale's `translated-from.toml`
//! (see [`crate::l10n::origin`]) against the reference's English now.

use std::collections::BTreeMap;

use super::finding::{Finding, Kind, Reporter};
use super::source::{LocaleFolder, SourceFile};
use crate::assets::{AssetError, Tree};
use crate::l10n::origin::{self, Record};

/// A `stale-translation` warning for each message of `files` whose
/// recorded English differs from `english`, and a `record-syntax` error
/// for a record that cannot be read. A locale without a record has none.
pub(crate) fn check_stale(
    tree: &Tree,
    folder: &LocaleFolder,
    files: &[SourceFile<'_>],
    english: &BTreeMap<String, String>,
) -> Vec<Finding> {
    let path = format!("{}/{}", folder.name, origin::FILE);
    let text = match tree.read(&path) {
        Ok(text) => text,
        Err(AssetError::Missing { .. }) => return Vec::new(),
        Err(error) => {
            let mut reporter = Reporter::new(&folder.name, &path, None);
            reporter.add_to_file(
                Kind::RecordSyntax.default_severity(),
                Kind::RecordSyntax,
                None,
                error.to_string(),
            );
            return reporter.into_findings();
        }
    };
    let record = match Record::parse(&text) {
        Ok(record) => record,
        Err(error) => {
            let mut reporter = Reporter::new(&folder.name, &path, None);
            reporter.add_in_text(Kind::RecordSyntax, &text, error.offset, error.message);
            return reporter.into_findings();
        }
    };
    let stale: BTreeMap<&str, (&str, &str)> = record
        .stale(english)
        .map(|(id, old, now)| (id, (old, now)))
        .collect();
    let mut findings = Vec::new();
    if stale.is_empty() {
        return findings;
    }
    for file in files {
        let mut reporter = Reporter::new(&folder.name, file.name, Some(file));
        for entry in file.entries() {
            if let Some((old, now)) = stale.get(entry.id) {
                reporter.add(
                    Kind::StaleTranslation,
                    entry.offset,
                    Some(entry.id),
                    format!(
                        "“{}” was translated from English that has changed since: it was “{old}”, it is now “{now}”",
                        entry.id
                    ),
                );
            }
        }
        findings.extend(reporter.into_findings());
    }
    findings
}

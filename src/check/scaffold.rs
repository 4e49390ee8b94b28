//! `cargo xtask new-locale LANG`: a new locale with every reference message
//! present as a comment holding the English text, ready to fill in.

use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Resource};
use unic_langid::LanguageIdentifier;

use super::{CheckError, read_locale};
use crate::staged::{StagedDir, StagedError};

/// Why a locale could not be created.
#[derive(Debug, thiserror::Error)]
pub enum ScaffoldError {
    /// The tag is not a language tag.
    #[error("“{0}” is not a language tag: give one such as “de”, “pt-BR” or “zh-Hant”")]
    BadTag(String),
    /// The locale exists already.
    #[error("{0} exists already; a new locale is never written over an existing one")]
    Exists(PathBuf),
    /// The reference could not be read.
    #[error(transparent)]
    Check(#[from] CheckError),
    /// Writing failed; nothing was left behind.
    #[error("cannot write {path}: {source}")]
    Io {
        /// What could not be written.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

/// Creates `dir/<tag>/` with one file per reference file. The folder
/// appears whole or not at all: it is written beside its target and renamed.
/// Returns the canonical tag and the files written.
pub fn new_locale(
    dir: &Path,
    tag: &str,
    reference: &str,
) -> Result<(String, Vec<PathBuf>), ScaffoldError> {
    let is_plain = tag
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    let canonical = tag
        .replace('_', "-")
        .parse::<LanguageIdentifier>()
        .ok()
        .filter(|_| is_plain && !tag.is_empty())
        .ok_or_else(|| ScaffoldError::BadTag(tag.to_owned()))?
        .to_string();
    let target = dir.join(&canonical);
    let io = |path: &Path| {
        let path = path.to_owned();
        move |source| ScaffoldError::Io { path, source }
    };
    // A locale differing only in case (pt-br beside pt-BR) is the same one.
    for entry in std::fs::read_dir(dir).map_err(io(dir))? {
        let name = entry.map_err(io(dir))?.file_name();
        if name.to_string_lossy().eq_ignore_ascii_case(&canonical) {
            return Err(ScaffoldError::Exists(dir.join(name)));
        }
    }
    let reference_files = read_locale(dir, reference)?;
    let staged = StagedDir::new(&target)?;
    let mut written = Vec::new();
    for file in &reference_files {
        let text = scaffold_file(&canonical, reference, &file.base, &file.text);
        let path = staged.path().join(&file.base);
        std::fs::write(&path, text).map_err(io(&path))?;
        written.push(target.join(&file.base));
    }
    staged.create()?;
    Ok((canonical, written))
}

impl From<StagedError> for ScaffoldError {
    fn from(error: StagedError) -> ScaffoldError {
        ScaffoldError::Io {
            path: error.path,
            source: error.source,
        }
    }
}

/// One scaffold file: a header, then each entry of the reference file with
/// its English text commented out; group comments are kept as they are.
fn scaffold_file(tag: &str, reference: &str, base: &str, source: &str) -> String {
    let resource = super::parse(source);
    let mut out = format!(
        "### {tag} translation of {reference}/{base}.\n\
         ### Each message is below in {reference}, commented out: remove the “# ”\n\
         ### from its lines and translate the text after “=”.\n"
    );
    for entry in &resource.body {
        match entry {
            Entry::Message(message) => {
                let mut message = message.clone();
                message.comment = None;
                out.push('\n');
                out.push_str(&commented(&Entry::Message(message)));
            }
            Entry::Term(term) => {
                let mut term = term.clone();
                term.comment = None;
                out.push('\n');
                out.push_str(&commented(&Entry::Term(term)));
            }
            Entry::GroupComment(_) => {
                out.push('\n');
                out.push_str(&fluent_syntax::serializer::serialize(&Resource {
                    body: vec![entry.clone()],
                }));
            }
            Entry::Comment(_) | Entry::ResourceComment(_) | Entry::Junk { .. } => {}
        }
    }
    out
}

fn commented(entry: &Entry<&str>) -> String {
    let text = fluent_syntax::serializer::serialize(&Resource {
        body: vec![entry.clone()],
    });
    text.lines()
        .map(|line| {
            if line.is_empty() {
                "#\n".to_owned()
            } else {
                format!("# {line}\n")
            }
        })
        .collect()
}

//! `cargo xtask new-locale LANG`: a new locale with every reference message
//! present as a comment holding the English text, ready to fill in. The
//! reference is read, and the tree's folders matched to tags, as the
//! checker does; the caller reads the new tag with
//! [`crate::l10n::parse_tag`].

use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Resource};
use unic_langid::LanguageIdentifier;

use crate::assets::{Kind, Tree};
use crate::check::{CheckError, read_reference};
use crate::l10n::{FtlFile, origin, parse_tag};
use crate::staged::{StagedDir, StagedError};

/// Why a locale could not be created.
#[derive(Debug, thiserror::Error)]
pub enum ScaffoldError {
    /// The locale exists already.
    #[error("{0} exists already; a new locale is never written over an existing one")]
    Exists(PathBuf),
    /// A file of the reference leads out of the locales tree.
    #[error(
        "{path} leads out of the locales tree, to {target}; a new locale is made only from a reference inside the tree"
    )]
    Outside {
        /// The file, as found in the tree.
        path: PathBuf,
        /// Where it leads.
        target: PathBuf,
    },
    /// The reference could not be read.
    #[error(transparent)]
    Check(#[from] CheckError),
    /// Writing failed; nothing was left behind.
    #[error("cannot write {path}")]
    Io {
        /// What could not be written.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

/// Creates `dir/<tag>/`, named with the tag as it is written (`pt-BR`),
/// with one file per file of the `reference` locale. The folder appears
/// whole or not at all: it is written beside its target and renamed. The
/// reference's files must be inside `dir`, where they are or where their
/// symbolic links lead, and nothing may be at the target already.
/// Returns the files written.
pub fn new_locale(
    dir: &Path,
    tag: &LanguageIdentifier,
    reference: &LanguageIdentifier,
) -> Result<Vec<PathBuf>, ScaffoldError> {
    let canonical = tag.to_string();
    let target = dir.join(&canonical);
    let io = |path: &Path| {
        let path = path.to_owned();
        move |source| ScaffoldError::Io { path, source }
    };
    let tree = Tree::dir(Kind::Locales, dir).map_err(CheckError::from)?;
    // A locale spelled differently (pt-br or pt_BR beside pt-BR) is the
    // same one.
    let folders = tree.folders().map_err(CheckError::from)?;
    if let Some(name) = folders
        .iter()
        .find(|name| parse_tag(name).ok().as_ref() == Some(tag))
    {
        return Err(ScaffoldError::Exists(dir.join(name)));
    }
    // Anything there, a file or a link to nowhere included, is kept.
    if target.symlink_metadata().is_ok() {
        return Err(ScaffoldError::Exists(target));
    }
    let reference = read_reference(&tree, reference)?;
    // The new files copy the reference's text: none of it may come from
    // outside the tree through a symbolic link.
    let root = dir.canonicalize().map_err(io(dir))?;
    for file in &reference.files {
        let path = dir.join(&file.name);
        let real = path.canonicalize().map_err(io(&path))?;
        if !real.starts_with(&root) {
            return Err(ScaffoldError::Outside { path, target: real });
        }
    }
    let staged = StagedDir::new(&target)?;
    let mut written = Vec::new();
    for file in &reference.files {
        let text = scaffold_file(&canonical, &reference.folder.name, &file.base, &file.ftl);
        let path = staged.path().join(&file.base);
        std::fs::write(&path, text).map_err(io(&path))?;
        written.push(target.join(&file.base));
    }
    // Nothing is translated yet: the record of what each translation is
    // made from starts empty.
    let record = staged.path().join(origin::FILE);
    let empty = origin::Record::default()
        .render(&canonical)
        .map_err(std::io::Error::other)
        .map_err(io(&record))?;
    std::fs::write(&record, empty).map_err(io(&record))?;
    written.push(target.join(origin::FILE));
    staged.create()?;
    Ok(written)
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
fn scaffold_file(tag: &str, reference: &str, base: &str, file: &FtlFile) -> String {
    let mut out = format!(
        "### {tag} translation of {reference}/{base}.\n\
         ### Each message is below in {reference}, commented out: remove the “# ”\n\
         ### from its lines and translate the text after “=”.\n"
    );
    for entry in file.resource().entries() {
        match entry {
            Entry::Message(_) | Entry::Term(_) => {
                out.push('\n');
                out.push_str(&commented(&without_comment(entry)));
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

/// A message or term without its own comment: the scaffold shows the text
/// to translate, not the notes about it.
fn without_comment<'s>(entry: &Entry<&'s str>) -> Entry<&'s str> {
    let mut entry = entry.clone();
    match &mut entry {
        Entry::Message(message) => message.comment = None,
        Entry::Term(term) => term.comment = None,
        _ => {}
    }
    entry
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

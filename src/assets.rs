//! Where facts, words and templates come from: the copies embedded in the
//! binary, or a directory named at run time (`--data-dir`, `--locales-dir`).
//!
//! Every other module reads files through [`Tree`], so none of them knows
//! whether a file came from the binary or from disk, and every error names
//! the file the way the user would look for it.

use std::path::{Path, PathBuf};

use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "data/"]
#[include = "*.toml"]
struct EmbeddedData;

#[derive(RustEmbed)]
#[folder = "locales/"]
#[include = "*.ftl"]
struct EmbeddedLocales;

#[derive(RustEmbed)]
#[folder = "templates/"]
struct EmbeddedTemplates;

/// Which of the three asset trees a [`Tree`] holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `data/`: reply-code facts in TOML.
    Data,
    /// `locales/`: Fluent files, one folder per locale.
    Locales,
    /// `templates/`: minijinja templates.
    Templates,
}

impl Kind {
    fn folder(self) -> &'static str {
        match self {
            Kind::Data => "data",
            Kind::Locales => "locales",
            Kind::Templates => "templates",
        }
    }
}

/// A failure to read an asset.
#[derive(Debug, thiserror::Error)]
pub enum AssetError {
    /// A directory given on the command line does not exist or is unreadable.
    #[error("cannot read directory {path}")]
    Dir {
        /// The directory.
        path: PathBuf,
        /// Why it could not be read.
        source: std::io::Error,
    },
    /// A file could not be read.
    #[error("cannot read {path}")]
    File {
        /// The file.
        path: String,
        /// Why it could not be read.
        source: std::io::Error,
    },
    /// A file is not valid UTF-8.
    #[error("{path}: not valid UTF-8 text")]
    NotUtf8 {
        /// The file.
        path: String,
    },
    /// A file that must exist is missing.
    #[error("{path}: no such file")]
    Missing {
        /// The file.
        path: String,
    },
}

/// One asset tree: embedded, or a directory that replaces the embedded copy.
/// Clones share the files already parsed ([`Tree::ftl`]), so that every
/// reader of a tree in one process parses each file once.
#[derive(Debug, Clone)]
pub struct Tree {
    kind: Kind,
    dir: Option<PathBuf>,
    pub(crate) parsed: crate::l10n::ftl::ParseCache,
}

impl Tree {
    /// The copy compiled into the binary.
    pub fn embedded(kind: Kind) -> Tree {
        Tree {
            kind,
            dir: None,
            parsed: Default::default(),
        }
    }

    /// A directory on disk; it must exist.
    pub fn dir(kind: Kind, dir: &Path) -> Result<Tree, AssetError> {
        std::fs::read_dir(dir).map_err(|source| AssetError::Dir {
            path: dir.to_owned(),
            source,
        })?;
        Ok(Tree {
            kind,
            dir: Some(dir.to_owned()),
            parsed: Default::default(),
        })
    }

    /// The directory of a tree read from disk.
    pub fn path(&self) -> Option<&Path> {
        self.dir.as_deref()
    }

    /// The name of a file for messages: `locales/vi/ui.ftl` for the embedded
    /// copy, the real path for a directory.
    pub fn display_path(&self, relative: &str) -> String {
        match (&self.dir, relative) {
            (None, "") => self.kind.folder().to_owned(),
            (None, _) => format!("{}/{relative}", self.kind.folder()),
            (Some(dir), "") => dir.display().to_string(),
            (Some(dir), _) => dir.join(relative).display().to_string(),
        }
    }

    /// Every file in the tree, as `/`-separated paths relative to its root,
    /// sorted.
    pub fn files(&self) -> Result<Vec<String>, AssetError> {
        let mut files: Vec<String> = match &self.dir {
            None => match self.kind {
                Kind::Data => EmbeddedData::iter().map(|f| f.into_owned()).collect(),
                Kind::Locales => EmbeddedLocales::iter().map(|f| f.into_owned()).collect(),
                Kind::Templates => EmbeddedTemplates::iter().map(|f| f.into_owned()).collect(),
            },
            Some(dir) => {
                let mut files = Vec::new();
                walk(dir, "", &mut files)?;
                files
            }
        };
        files.sort();
        Ok(files)
    }

    /// The names of the folders directly under the root, sorted.
    pub fn folders(&self) -> Result<Vec<String>, AssetError> {
        let mut folders: Vec<String> = match &self.dir {
            None => self
                .files()?
                .iter()
                .filter_map(|f| f.split_once('/').map(|(folder, _)| folder.to_owned()))
                .collect(),
            Some(dir) => read_dir(dir)?
                .into_iter()
                .filter(|(_, is_dir)| *is_dir)
                .map(|(name, _)| name)
                .collect(),
        };
        folders.sort();
        folders.dedup();
        Ok(folders)
    }

    /// The text of one file.
    pub fn read(&self, relative: &str) -> Result<String, AssetError> {
        String::from_utf8(self.read_bytes(relative)?).map_err(|_| AssetError::NotUtf8 {
            path: self.display_path(relative),
        })
    }

    /// The bytes of one file, for a reader that decides itself what to do
    /// with text that is not valid UTF-8.
    pub fn read_bytes(&self, relative: &str) -> Result<Vec<u8>, AssetError> {
        Ok(match &self.dir {
            None => {
                let file = match self.kind {
                    Kind::Data => EmbeddedData::get(relative),
                    Kind::Locales => EmbeddedLocales::get(relative),
                    Kind::Templates => EmbeddedTemplates::get(relative),
                };
                file.ok_or_else(|| AssetError::Missing {
                    path: self.display_path(relative),
                })?
                .data
                .into_owned()
            }
            Some(dir) => std::fs::read(dir.join(relative)).map_err(|source| {
                if source.kind() == std::io::ErrorKind::NotFound {
                    AssetError::Missing {
                        path: self.display_path(relative),
                    }
                } else {
                    AssetError::File {
                        path: self.display_path(relative),
                        source,
                    }
                }
            })?,
        })
    }
}

/// The entries of a directory as (name, is a directory), skipping names that
/// are not UTF-8 and hidden entries.
fn read_dir(dir: &Path) -> Result<Vec<(String, bool)>, AssetError> {
    let dir_error = |source| AssetError::Dir {
        path: dir.to_owned(),
        source,
    };
    let mut entries = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(dir_error)? {
        let entry = entry.map_err(dir_error)?;
        let Ok(name) = entry.file_name().into_string() else {
            continue;
        };
        if name.starts_with('.') {
            continue;
        }
        let is_dir = entry.file_type().map_err(dir_error)?.is_dir();
        entries.push((name, is_dir));
    }
    Ok(entries)
}

fn walk(dir: &Path, prefix: &str, files: &mut Vec<String>) -> Result<(), AssetError> {
    for (name, is_dir) in read_dir(dir)? {
        let relative = format!("{prefix}{name}");
        if is_dir {
            walk(&dir.join(&name), &format!("{relative}/"), files)?;
        } else {
            files.push(relative);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_trees_hold_the_reference_locale_and_data() {
        let locales = Tree::embedded(Kind::Locales);
        assert!(locales.folders().unwrap().contains(&"en".to_owned()));
        assert!(
            locales
                .read("en/ui.ftl")
                .unwrap()
                .contains("label-description")
        );
        let missing = locales.read("en/none.ftl").unwrap_err();
        assert_eq!(missing.to_string(), "locales/en/none.ftl: no such file");
    }
}

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
    #[error("{path}:{line}:{column}: not valid UTF-8 text")]
    NotUtf8 {
        /// The file.
        path: String,
        /// The line of the first byte that is not UTF-8, from 1.
        line: usize,
        /// Its column, in characters from 1.
        column: usize,
    },
    /// Where a file should be there is something else: a folder, a FIFO,
    /// a device, a socket.
    #[error("{path}: not a regular file but {what}; only files are read")]
    NotAFile {
        /// The path.
        path: String,
        /// What it is, with its article: "a folder", "a FIFO".
        what: &'static str,
    },
    /// A file is larger than any file of this kind should be.
    #[error("{path}: larger than the limit of {} MiB for one file", MAX_FILE >> 20)]
    TooLarge {
        /// The file.
        path: String,
    },
    /// Symbolic links lead back to a folder that holds them.
    #[error(
        "{path}: a symbolic link loop (the folder holds a link to itself or to a folder above it)"
    )]
    Loop {
        /// The folder reached again.
        path: String,
    },
    /// A file that must exist is missing.
    #[error("{path}: no such file")]
    Missing {
        /// The file.
        path: String,
    },
}

/// The largest file read: far above any real `.ftl` or `.toml` file, and
/// small enough that reading it cannot exhaust memory.
pub const MAX_FILE: u64 = 128 << 20;

/// One asset tree: embedded, or a directory that replaces the embedded copy.
/// Clones share the files parsed and still held ([`Tree::ftl`]), so that
/// the readers of a tree in one process parse each file once.
#[derive(Debug, Clone)]
pub struct Tree {
    kind: Kind,
    dir: Option<PathBuf>,
    pub(crate) parsed: crate::l10n::ftl::ParseCache,
    /// [`Tree::files`], listed once, by the first caller.
    listing: std::sync::Arc<std::sync::OnceLock<std::sync::Arc<[String]>>>,
}

impl Tree {
    /// The copy compiled into the binary.
    pub fn embedded(kind: Kind) -> Tree {
        Tree {
            kind,
            dir: None,
            parsed: Default::default(),
            listing: Default::default(),
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
            listing: Default::default(),
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
    /// sorted; the tree is walked once, by the first caller.
    pub fn files(&self) -> Result<std::sync::Arc<[String]>, AssetError> {
        if let Some(files) = self.listing.get() {
            return Ok(std::sync::Arc::clone(files));
        }
        let files = self.list()?.into();
        Ok(std::sync::Arc::clone(self.listing.get_or_init(|| files)))
    }

    /// The files directly in one folder under the root (`vi/ui.ftl`, not
    /// `vi/old/ui.ftl`), sorted; none when there is no such folder. A
    /// directory's folder is read alone, so that the locales of a tree are
    /// listed by the tasks that read them, in parallel; the embedded copy's
    /// are found by a binary search of [`Tree::files`].
    pub fn files_in(&self, folder: &str) -> Result<Vec<String>, AssetError> {
        let prefix = format!("{folder}/");
        let mut files: Vec<String> = match &self.dir {
            Some(dir) => match read_dir(&dir.join(folder)) {
                Ok(entries) => entries
                    .into_iter()
                    .filter(|(_, is_dir)| !is_dir)
                    .map(|(name, _)| format!("{prefix}{name}"))
                    .collect(),
                Err(AssetError::Dir { source, .. })
                    if source.kind() == std::io::ErrorKind::NotFound =>
                {
                    Vec::new()
                }
                Err(e) => return Err(e),
            },
            None => {
                let all = self.files()?;
                let start = all.partition_point(|f| f.as_str() < prefix.as_str());
                all[start..]
                    .iter()
                    .take_while(|f| f.starts_with(&prefix))
                    .filter(|f| !f[prefix.len()..].contains('/'))
                    .cloned()
                    .collect()
            }
        };
        files.sort();
        Ok(files)
    }

    fn list(&self) -> Result<Vec<String>, AssetError> {
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
        String::from_utf8(self.read_bytes(relative)?).map_err(|e| {
            // Up to the first invalid byte the text is UTF-8.
            let valid = std::str::from_utf8(&e.as_bytes()[..e.utf8_error().valid_up_to()])
                .expect("valid up to here");
            let (line, column) =
                crate::diagnostic::LineIndex::new(valid).line_column(valid, valid.len());
            AssetError::NotUtf8 {
                path: self.display_path(relative),
                line,
                column,
            }
        })
    }

    /// The bytes of one file, without a UTF-8 byte order mark, for a
    /// reader that decides itself what to do with text that is not valid
    /// UTF-8. Only a regular file (or a link to one) of at most
    /// [`MAX_FILE`] bytes is read: a FIFO or a device would block or never
    /// end.
    pub fn read_bytes(&self, relative: &str) -> Result<Vec<u8>, AssetError> {
        let mut bytes = self.read_raw(relative)?;
        if bytes.starts_with(b"\xEF\xBB\xBF") {
            bytes.drain(..3);
        }
        Ok(bytes)
    }

    fn read_raw(&self, relative: &str) -> Result<Vec<u8>, AssetError> {
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
            Some(dir) => read_file(&dir.join(relative), || self.display_path(relative))?,
        })
    }
}

/// Reads a regular file of at most [`MAX_FILE`] bytes. It is opened
/// without blocking (a FIFO would wait for a writer) and checked once
/// open, so that what is read is what was checked.
fn read_file(path: &Path, shown: impl Fn() -> String) -> Result<Vec<u8>, AssetError> {
    use std::io::Read;
    let failed = |source: std::io::Error| match source.kind() {
        std::io::ErrorKind::NotFound => AssetError::Missing { path: shown() },
        std::io::ErrorKind::IsADirectory => AssetError::NotAFile {
            path: shown(),
            what: "a folder",
        },
        _ => AssetError::File {
            path: shown(),
            source,
        },
    };
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32);
    }
    let file = options.open(path).map_err(failed)?;
    let meta = file.metadata().map_err(failed)?;
    if !meta.is_file() {
        return Err(AssetError::NotAFile {
            path: shown(),
            what: kind_of(&meta),
        });
    }
    if meta.len() > MAX_FILE {
        return Err(AssetError::TooLarge { path: shown() });
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // A file that grows while it is read is still cut at the limit.
    file.take(MAX_FILE + 1)
        .read_to_end(&mut bytes)
        .map_err(failed)?;
    if bytes.len() as u64 > MAX_FILE {
        return Err(AssetError::TooLarge { path: shown() });
    }
    Ok(bytes)
}

/// What a path that is not a regular file is, for messages.
fn kind_of(meta: &std::fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = meta.file_type();
        if kind.is_fifo() {
            return "a FIFO";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "a device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    if meta.is_dir() {
        "a folder"
    } else {
        "not a file"
    }
}

/// The entries of a directory as (name, is a directory), skipping names that
/// are not UTF-8 and hidden entries. A symbolic link counts as what it
/// leads to.
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
        let kind = entry.file_type().map_err(dir_error)?;
        // A link that leads nowhere is reported when it is read as a file.
        let is_dir = if kind.is_symlink() {
            std::fs::metadata(entry.path()).is_ok_and(|m| m.is_dir())
        } else {
            kind.is_dir()
        };
        entries.push((name, is_dir));
    }
    Ok(entries)
}

/// Every file below `dir`. The folders on the way down are remembered by
/// their identity, so that a link back to one of them is an error, not an
/// endless walk.
fn walk(dir: &Path, prefix: &str, files: &mut Vec<String>) -> Result<(), AssetError> {
    fn down(
        dir: &Path,
        prefix: &str,
        files: &mut Vec<String>,
        above: &mut Vec<(u64, u64)>,
    ) -> Result<(), AssetError> {
        let id = identity(dir).map_err(|source| AssetError::Dir {
            path: dir.to_owned(),
            source,
        })?;
        if above.contains(&id) {
            return Err(AssetError::Loop {
                path: dir.display().to_string(),
            });
        }
        above.push(id);
        for (name, is_dir) in read_dir(dir)? {
            let relative = format!("{prefix}{name}");
            if is_dir {
                down(&dir.join(&name), &format!("{relative}/"), files, above)?;
            } else {
                files.push(relative);
            }
        }
        above.pop();
        Ok(())
    }
    down(dir, prefix, files, &mut Vec::new())
}

/// What tells one folder from another, links followed.
fn identity(dir: &Path) -> std::io::Result<(u64, u64)> {
    let meta = std::fs::metadata(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Ok((meta.dev(), meta.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        let canonical = std::fs::canonicalize(dir)?;
        let mut hasher = std::hash::DefaultHasher::new();
        std::hash::Hash::hash(&canonical, &mut hasher);
        Ok((0, std::hash::Hasher::finish(&hasher)))
    }
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

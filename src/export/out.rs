//! Whether `--out` may be replaced by a site, decided before anything is
//! rendered.
//!
//! Architecture invariant: the exporter replaces only a folder that holds
//! a site it wrote (its marker file), an empty folder, or, with `--force`,
//! a folder that holds nothing but what a site is made of. It never
//! replaces one of its inputs or a folder holding one, the current folder,
//! a root or mount point, or a path through a symbolic link.

use std::path::{Path, PathBuf};

use super::{ExportError, MARKER};

/// Why `out` is refused, or `Ok` if it may be written.
pub(super) fn check(out: &Path, inputs: &[&Path], force: bool) -> Result<(), ExportError> {
    let refuse = |why: String| {
        Err(ExportError::Refused {
            path: out.to_owned(),
            why,
        })
    };
    let meta = std::fs::symlink_metadata(out);
    if meta.as_ref().is_ok_and(|m| m.file_type().is_symlink()) {
        return refuse(
            "it is a symbolic link, which the export would replace by a folder; give the folder it leads to".to_owned(),
        );
    }
    let at = absolute(out).map_err(|source| ExportError::Io {
        path: out.to_owned(),
        source,
    })?;
    if at.parent().is_none() {
        return refuse("it is the root of the file system".to_owned());
    }
    if let Ok(cwd) = std::env::current_dir().and_then(|d| d.canonicalize())
        && cwd.starts_with(&at)
    {
        return refuse("it is or holds the current folder".to_owned());
    }
    for input in inputs {
        let Ok(input) = input.canonicalize() else {
            continue;
        };
        if input.starts_with(&at) {
            return refuse(format!(
                "it is or holds {}, which the export reads",
                input.display()
            ));
        }
        if at.starts_with(&input) {
            return refuse(format!(
                "it is inside {}, which the export reads",
                input.display()
            ));
        }
    }
    let Ok(meta) = meta else {
        return Ok(());
    };
    if !meta.is_dir() {
        return refuse("it is a file, not a folder".to_owned());
    }
    if is_mount_point(&at, &meta) {
        return refuse(
            "it is a mount point, which cannot be replaced; export into a folder inside it"
                .to_owned(),
        );
    }
    if out.join(MARKER).is_file() || is_empty(out)? {
        return Ok(());
    }
    if !force {
        return refuse(format!(
            "it exists and the exporter did not write it (it has no {MARKER} file); \
             choose a new or empty folder, or pass --force if it holds only the pages of an earlier site"
        ));
    }
    match not_of_a_site(out)? {
        None => Ok(()),
        Some(file) => refuse(format!(
            "it holds {}, which is not part of a site, so --force does not replace it; \
             choose a new or empty folder",
            file.display()
        )),
    }
}

/// `path` made absolute with every link in it resolved; a path that does
/// not exist yet is resolved through its nearest folder that does.
fn absolute(path: &Path) -> std::io::Result<PathBuf> {
    let path = std::path::absolute(path)?;
    let mut missing = Vec::new();
    let mut existing = path.as_path();
    loop {
        match existing.canonicalize() {
            Ok(found) => {
                let mut at = found;
                at.extend(missing.iter().rev());
                return Ok(at);
            }
            Err(error) => match (existing.parent(), existing.file_name()) {
                (Some(parent), Some(name)) => {
                    missing.push(name.to_owned());
                    existing = parent;
                }
                _ => return Err(error),
            },
        }
    }
}

/// Whether a folder is the root of a file system mounted there.
fn is_mount_point(at: &Path, meta: &std::fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        at.parent()
            .and_then(|parent| std::fs::metadata(parent).ok())
            .is_some_and(|parent| parent.dev() != meta.dev())
    }
    #[cfg(not(unix))]
    {
        let _ = (at, meta);
        false
    }
}

fn is_empty(dir: &Path) -> Result<bool, ExportError> {
    let mut entries = std::fs::read_dir(dir).map_err(|source| ExportError::Io {
        path: dir.to_owned(),
        source,
    })?;
    Ok(entries.next().is_none())
}

/// The first file below `dir` that is not of a kind a site is made of
/// (pages, the stylesheet, the sitemap, images), if any: a folder with none
/// is a site whose marker was lost, not a folder of someone's other work.
fn not_of_a_site(dir: &Path) -> Result<Option<PathBuf>, ExportError> {
    const SITE: [&str; 8] = ["html", "md", "css", "xml", "svg", "json", "js", "png"];
    let failed = |path: &Path| {
        let path = path.to_owned();
        move |source| ExportError::Io { path, source }
    };
    let mut folders = vec![dir.to_owned()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).map_err(failed(&folder))? {
            let path = entry.map_err(failed(&folder))?.path();
            let kind = std::fs::symlink_metadata(&path)
                .map_err(failed(&path))?
                .file_type();
            let page = path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| SITE.contains(&e));
            if kind.is_dir() {
                folders.push(path);
            } else if !kind.is_file() || !page {
                return Ok(Some(path));
            }
        }
    }
    Ok(None)
}

//! A check of what a change touched (`--changed-since REF`, `--changed
//! FILE …`): the reference is still read whole, every locale is checked,
//! and only the findings in the touched files are kept. A touched file of
//! the reference touches the same file in every locale, since each
//! locale's copy is checked against it.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use super::Report;

/// The files of a tree a change touched, by their path in the tree
/// (`vi/ui.ftl`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changed {
    files: BTreeSet<String>,
}

/// A revision whose changes cannot be listed.
#[derive(Debug, thiserror::Error)]
pub enum ChangedError {
    /// git could not be run.
    #[error("cannot run git: {0}")]
    Git(#[source] std::io::Error),
    /// git failed: an unknown revision, or not a repository.
    #[error("git {command} failed: {message}")]
    Failed { command: String, message: String },
}

impl Changed {
    /// The files among `paths` (as a shell gives them: relative to the
    /// current folder, or absolute) that lie in the tree `dir`.
    pub fn of(dir: &Path, paths: &[PathBuf]) -> Changed {
        let Ok(root) = dir.canonicalize() else {
            return Changed::default();
        };
        let files = paths
            .iter()
            .filter_map(|path| {
                // A deleted file has no canonical path: its folder has.
                let absolute = match path.canonicalize() {
                    Ok(path) => path,
                    Err(_) => path.parent()?.canonicalize().ok()?.join(path.file_name()?),
                };
                let relative = absolute.strip_prefix(&root).ok()?;
                let parts: Vec<&str> =
                    relative.iter().map(|p| p.to_str()).collect::<Option<_>>()?;
                Some(parts.join("/"))
            })
            .collect();
        Changed { files }
    }

    /// The files of the tree `dir` that differ from `revision` in the
    /// working tree (committed since, staged or not), and those git does
    /// not track yet.
    pub fn since(dir: &Path, revision: &str) -> Result<Changed, ChangedError> {
        let git = |args: &[&str]| -> Result<String, ChangedError> {
            let output = Command::new("git")
                .arg("-C")
                .arg(dir)
                .args(args)
                .output()
                .map_err(ChangedError::Git)?;
            if !output.status.success() {
                return Err(ChangedError::Failed {
                    command: args.join(" "),
                    message: String::from_utf8_lossy(&output.stderr).trim().to_owned(),
                });
            }
            Ok(String::from_utf8_lossy(&output.stdout).into_owned())
        };
        let tracked = git(&[
            "diff",
            "--name-only",
            "--relative",
            "--no-renames",
            revision,
            "--",
        ])?;
        let untracked = git(&["ls-files", "--others", "--exclude-standard"])?;
        let files = tracked
            .lines()
            .chain(untracked.lines())
            .filter(|line| !line.is_empty())
            .map(str::to_owned)
            .collect();
        Ok(Changed { files })
    }

    /// Whether the change touched no file of the tree.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// How many files of the tree the change touched.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Keeps the findings of `report` in the files the change touched.
    pub fn narrow(&self, report: &mut Report) {
        let reference = format!("{}/", report.reference);
        let of_reference: BTreeSet<&str> = self
            .files
            .iter()
            .filter_map(|file| file.strip_prefix(&reference))
            .collect();
        report.findings.retain(|finding| {
            self.files.contains(&finding.file)
                || finding
                    .file
                    .split_once('/')
                    .is_some_and(|(_, inside)| of_reference.contains(inside))
        });
    }
}

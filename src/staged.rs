//! Folders that appear whole or not at all: written beside their target,
//! then renamed into place.
//!
//! Architecture invariant: this is the only place that puts a written
//! folder in place of another. A [`StagedDir`] never leaves a temporary
//! folder behind, whether it is committed, fails, is dropped, or its
//! process is interrupted ([`remove_on_interrupt`]); one a crash left is
//! removed by the next [`StagedDir::new`] for the same target. A failed
//! replacement leaves the previous target as it was.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The temporary folders of this process, removed on SIGINT or SIGTERM.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Makes SIGINT (Ctrl-C) and SIGTERM remove this process's temporary
/// folders before it ends with status 130. For a command line's `main`.
pub fn remove_on_interrupt() {
    // Failing to install the handler (one is installed already) leaves
    // the default: the folders are then removed by the next run.
    let _ = ctrlc::set_handler(|| {
        let pending = PENDING.lock().map(|p| p.clone()).unwrap_or_default();
        for path in pending {
            // Threads may still be writing into it, by its path: moved
            // aside first, it gets no new file, and removing it ends.
            let mut aside = path.clone().into_os_string();
            aside.push(".removing");
            let aside = PathBuf::from(aside);
            let doomed = if std::fs::rename(&path, &aside).is_ok() {
                aside
            } else {
                path
            };
            for _ in 0..20 {
                if std::fs::remove_dir_all(&doomed).is_ok() || !doomed.exists() {
                    break;
                }
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
        }
        std::process::exit(130);
    });
}

/// Makes [`remove_on_interrupt`]'s handler remove `path` too: a temporary
/// folder of the caller's own.
pub fn remove_on_interrupt_too(path: &Path) {
    register(path);
}

fn register(path: &Path) {
    if let Ok(mut pending) = PENDING.lock() {
        pending.push(path.to_owned());
    }
}

fn unregister(path: &Path) {
    if let Ok(mut pending) = PENDING.lock() {
        pending.retain(|p| p != path);
    }
}

/// The prefix of the temporary folders beside `target` of the process
/// `pid`: `.site.new-1234-`.
fn prefix(target: &Path, kind: &str, pid: u32) -> String {
    format!(".{}.{kind}-{pid}-", name_of(target))
}

/// Removes the temporary folders beside `target` that a process which no
/// longer runs left behind (it crashed or was killed).
fn remove_leftovers(target: &Path) {
    let parent = parent_of(target);
    let Ok(entries) = std::fs::read_dir(&parent) else {
        return;
    };
    let name = name_of(target);
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(rest) = file_name.to_str().and_then(|n| {
            n.strip_prefix(&format!(".{name}.new-"))
                .or_else(|| n.strip_prefix(&format!(".{name}.old-")))
        }) else {
            continue;
        };
        let Some(pid) = rest.split('-').next().and_then(|p| p.parse::<u32>().ok()) else {
            continue;
        };
        if pid != std::process::id() && !is_running(pid) {
            let _ = Removal::armed(entry.path());
        }
    }
}

/// Whether a process runs: on systems where this cannot be asked, yes,
/// so that nothing of a live process is removed.
fn is_running(pid: u32) -> bool {
    #[cfg(unix)]
    {
        let Some(pid) = i32::try_from(pid)
            .ok()
            .and_then(rustix::process::Pid::from_raw)
        else {
            return true;
        };
        // Permission denied means it runs, as another user.
        !matches!(
            rustix::process::test_kill_process(pid),
            Err(rustix::io::Errno::SRCH)
        )
    }
    #[cfg(not(unix))]
    {
        let _ = pid;
        true
    }
}

/// Why a staged folder could not be started or put in place.
#[derive(Debug, thiserror::Error)]
#[error("cannot write {path}")]
pub struct StagedError {
    /// What could not be written.
    pub path: PathBuf,
    /// Why.
    pub source: std::io::Error,
}

impl StagedError {
    fn at(path: &Path) -> impl FnOnce(std::io::Error) -> StagedError + '_ {
        move |source| StagedError {
            path: path.to_owned(),
            source,
        }
    }

    /// A folder `tempfile` could not create in `parent`: its error ends
    /// with the folder it tried (`… at path "/out/.site.new-1-x"`), which
    /// the message leaves out, since it names `parent`.
    fn creating_in(parent: &Path) -> impl FnOnce(std::io::Error) -> StagedError + '_ {
        move |error| {
            let text = error.to_string();
            let cause = match text.rsplit_once(" at path ") {
                Some((cause, _)) => std::io::Error::new(error.kind(), cause.to_owned()),
                None => error,
            };
            StagedError::at(parent)(cause)
        }
    }
}

/// A folder being written beside its target. [`StagedDir::replace`] or
/// [`StagedDir::create`] puts it in place; dropping it removes it.
#[derive(Debug)]
pub struct StagedDir {
    staging: Removal,
    target: PathBuf,
}

impl StagedDir {
    /// Starts an empty folder beside `target` (a hidden folder of its
    /// parent, which is created if need be).
    pub fn new(target: &Path) -> Result<StagedDir, StagedError> {
        let parent = parent_of(target);
        std::fs::create_dir_all(&parent).map_err(StagedError::at(&parent))?;
        remove_leftovers(target);
        let staging = tempfile::Builder::new()
            .prefix(&prefix(target, "new", std::process::id()))
            .tempdir_in(&parent)
            .map_err(StagedError::creating_in(&parent))?
            .keep();
        Ok(StagedDir {
            staging: Removal::armed(staging),
            target: target.to_owned(),
        })
    }

    /// The folder to write into.
    pub fn path(&self) -> &Path {
        &self.staging.path
    }

    /// The folder this one will become.
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Puts the folder in place of the target, which may exist. Where the
    /// system can swap two folders in one step (Linux, macOS) the target is
    /// never missing; elsewhere the old target is moved aside, the new
    /// folder renamed in, and the old one put back if that fails.
    pub fn replace(self) -> Result<(), StagedError> {
        self.replace_with(exchange)
    }

    /// [`StagedDir::replace`] with the one-step swap given, so that tests
    /// can take the path of systems without one.
    fn replace_with(
        mut self,
        swap: fn(&Path, &Path) -> std::io::Result<()>,
    ) -> Result<(), StagedError> {
        let target = self.target.clone();
        let failed = StagedError::at(&target);
        if std::fs::symlink_metadata(&target).is_err() {
            std::fs::rename(self.path(), &target).map_err(failed)?;
            self.staging.disarm();
            return Ok(());
        }
        if swap(self.path(), &target).is_ok() {
            // The staging path now holds the previous target, which the
            // drop of `self` removes.
            return Ok(());
        }
        let parent = parent_of(&target);
        let old = tempfile::Builder::new()
            .prefix(&prefix(&target, "old", std::process::id()))
            .tempdir_in(&parent)
            .map_err(StagedError::creating_in(&parent))?
            .keep();
        let mut old = Removal::armed(old);
        let aside = old.path.join("previous");
        std::fs::rename(&target, &aside).map_err(StagedError::at(&target))?;
        if let Err(source) = std::fs::rename(self.path(), &target) {
            if std::fs::rename(&aside, &target).is_err() {
                // The previous target could not be put back: keep it where
                // it is rather than delete the only copy.
                old.disarm();
            }
            return Err(failed(source));
        }
        self.staging.disarm();
        Ok(())
    }

    /// Puts the folder at the target, which must not exist.
    pub fn create(mut self) -> Result<(), StagedError> {
        let target = self.target.clone();
        rename_new(self.path(), &target).map_err(StagedError::at(&target))?;
        self.staging.disarm();
        Ok(())
    }
}

/// A path removed, file or folder, when dropped unless disarmed.
#[derive(Debug)]
struct Removal {
    path: PathBuf,
    armed: bool,
}

impl Removal {
    fn armed(path: PathBuf) -> Removal {
        register(&path);
        Removal { path, armed: true }
    }

    fn disarm(&mut self) {
        unregister(&self.path);
        self.armed = false;
    }
}

impl Drop for Removal {
    fn drop(&mut self) {
        if !self.armed {
            return;
        }
        unregister(&self.path);
        // A swap may have left a file here, not a folder.
        let _ = match std::fs::symlink_metadata(&self.path) {
            Ok(meta) if meta.is_dir() => std::fs::remove_dir_all(&self.path),
            Ok(_) => std::fs::remove_file(&self.path),
            Err(_) => Ok(()),
        };
    }
}

/// The folder that holds `path`: `.` for a bare name.
fn parent_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    }
}

/// The last component of `path`, for naming the folders beside it.
fn name_of(path: &Path) -> String {
    path.file_name()
        .map_or_else(|| "staged".to_owned(), |n| n.to_string_lossy().into_owned())
}

/// Swaps two paths in one step.
#[cfg(any(target_os = "linux", target_os = "macos"))]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    Ok(renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE)?)
}

/// Swaps two paths in one step: not available here.
#[cfg(not(any(target_os = "linux", target_os = "macos")))]
fn exchange(_: &Path, _: &Path) -> std::io::Result<()> {
    Err(std::io::ErrorKind::Unsupported.into())
}

/// Renames `from` to `to`, failing if `to` exists. Where the system cannot
/// refuse in the same step, the check comes just before the rename.
fn rename_new(from: &Path, to: &Path) -> std::io::Result<()> {
    match rename_no_replace(from, to) {
        Err(error)
            if matches!(
                error.kind(),
                std::io::ErrorKind::Unsupported | std::io::ErrorKind::InvalidInput
            ) =>
        {
            if std::fs::symlink_metadata(to).is_ok() {
                return Err(std::io::ErrorKind::AlreadyExists.into());
            }
            std::fs::rename(from, to)
        }
        result => result,
    }
}

/// Renames in one step unless the target exists.
#[cfg(any(target_os = "linux", target_os = "macos"))]
fn rename_no_replace(from: &Path, to: &Path) -> std::io::Result<()> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    Ok(renameat_with(CWD, from, CWD, to, RenameFlags::NOREPLACE)?)
}

/// Renames in one step unless the target exists: not available here.
#[cfg(not(any(target_os = "linux", target_os = "macos")))]
fn rename_no_replace(_: &Path, _: &Path) -> std::io::Result<()> {
    Err(std::io::ErrorKind::Unsupported.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_folder_that_cannot_be_made_is_named_once() {
        // Nobody, root included, makes a folder in /proc.
        if !Path::new("/proc/self").exists() {
            return;
        }
        let error = StagedDir::new(Path::new("/proc/site")).unwrap_err();
        let message = format!("{error}: {}", error.source);
        assert!(message.starts_with("cannot write /proc: "), "{message}");
        assert!(!message.contains("at path"), "{message}");
    }

    #[test]
    fn replace_puts_the_new_folder_in_place_and_leaves_nothing_beside_it() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("site");
        for content in ["first", "second"] {
            let staged = StagedDir::new(&target).unwrap();
            std::fs::write(staged.path().join("page"), content).unwrap();
            staged.replace().unwrap();
            assert_eq!(
                std::fs::read_to_string(target.join("page")).unwrap(),
                content
            );
            assert_eq!(entries(dir.path()), ["site"]);
        }
    }

    #[test]
    fn without_a_swap_the_old_folder_is_moved_aside_and_removed() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("site");
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join("old"), "old").unwrap();
        let staged = StagedDir::new(&target).unwrap();
        std::fs::write(staged.path().join("new"), "new").unwrap();
        staged
            .replace_with(|_, _| Err(std::io::ErrorKind::Unsupported.into()))
            .unwrap();
        assert_eq!(entries(&target), ["new"]);
        assert_eq!(entries(dir.path()), ["site"]);
    }

    #[test]
    fn without_a_swap_a_failed_rename_puts_the_old_folder_back() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("site");
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join("old"), "old").unwrap();
        let staged = StagedDir::new(&target).unwrap();
        // A staged folder that vanished cannot be renamed in.
        std::fs::remove_dir(staged.path()).unwrap();
        let error = staged
            .replace_with(|_, _| Err(std::io::ErrorKind::Unsupported.into()))
            .unwrap_err();
        assert_eq!(error.path, target);
        assert_eq!(entries(&target), ["old"]);
        assert_eq!(entries(dir.path()), ["site"]);
    }

    #[test]
    fn replace_creates_missing_parents() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("a/b/site");
        let staged = StagedDir::new(&target).unwrap();
        std::fs::write(staged.path().join("page"), "x").unwrap();
        staged.replace().unwrap();
        assert!(target.join("page").is_file());
        assert_eq!(entries(&dir.path().join("a/b")), ["site"]);
    }

    #[test]
    fn a_dropped_folder_is_removed_and_the_target_kept() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("site");
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join("page"), "old").unwrap();
        let staged = StagedDir::new(&target).unwrap();
        std::fs::write(staged.path().join("page"), "new").unwrap();
        drop(staged);
        assert_eq!(entries(dir.path()), ["site"]);
        assert_eq!(std::fs::read_to_string(target.join("page")).unwrap(), "old");
    }

    #[test]
    fn create_refuses_an_existing_target_and_cleans_up() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("de");
        let staged = StagedDir::new(&target).unwrap();
        std::fs::write(staged.path().join("ui.ftl"), "a = b\n").unwrap();
        staged.create().unwrap();
        let again = StagedDir::new(&target).unwrap();
        let error = again.create().unwrap_err();
        assert_eq!(error.path, target);
        assert_eq!(entries(dir.path()), ["de"]);
        assert_eq!(entries(&target), ["ui.ftl"]);
    }
}

//! Files and directories, shaped like `std::fs`, on NeXTSTEP's 4.3BSD system calls
//! (numbers: `nextstep-m68k-abi.md` section 6):
//!
//! | `std` item | system calls |
//! |---|---|
//! | `File::open`/`create`/`OpenOptions::open` | `open` (5) with `O_*` flags, mode 0o666 & ~umask |
//! | `Read`/`Write`/`Seek` for `File` | `read` (3), `write` (4), `lseek` (19, 32-bit offsets) |
//! | `File::metadata`, `fs::metadata`, `symlink_metadata` | `fstat` (62), `stat` (38), `lstat` (40) |
//! | `File::set_len`, `sync_all` | `ftruncate` (130), `fsync` (95) |
//! | `read_dir` | `open` + `getdirentries` (156), records parsed as 4.3BSD `struct direct` |
//! | `create_dir`, `remove_dir`, `remove_file`, `rename`, `hard_link`, `set_permissions` | `mkdir` (136), `rmdir` (137), `unlink` (10), `rename` (128), `link` (9), `chmod` (15) |
//! | `read_link`, `os::unix::fs::symlink` | `readlink` (58), `symlink` (57) |
//! | `remove_dir_all` | `lstat` (40), then `read_dir` as above, `unlink` (10) and `rmdir` (137) |
//!
//! Differences from `std`: offsets and sizes are 32-bit in the kernel (seeking past 2 GB fails
//! with `InvalidInput`); `Metadata::created()` is `Unsupported` (4.3BSD has no birth time);
//! times have one-second resolution; `DirEntry::file_type`/`metadata` call `lstat` (there is no
//! `d_type`); paths longer than `MAXPATHLEN` (1024) fail with `ENAMETOOLONG`; there is no
//! `FileTimes`/`set_modified` (4.3BSD's `utimes` takes a path, not a descriptor).

use crate::ffi::OsString;
use crate::io::{self, cvt, cvt_r, Error, ErrorKind, Read, Seek, SeekFrom, Write};
use crate::path::{Path, PathBuf};
use crate::time::SystemTime;
use alloc_crate::string::String;
use alloc_crate::vec;
use alloc_crate::vec::Vec;
use core::fmt;
use nextstep_sys as sys;

/// Runs `f` with `path` as a NUL-terminated C string (copied into a stack buffer).
pub(crate) fn with_cstr<T>(path: &Path, f: impl FnOnce(*const u8) -> T) -> io::Result<T> {
    let b = path.bytes();
    if b.len() >= sys::MAXPATHLEN {
        return Err(Error::from_raw_os_error(sys::ENAMETOOLONG));
    }
    if b.contains(&0) {
        return Err(Error::new_static(
            ErrorKind::InvalidInput,
            "file name contained an unexpected NUL byte",
        ));
    }
    let mut buf = [0u8; sys::MAXPATHLEN];
    buf[..b.len()].copy_from_slice(b);
    Ok(f(buf.as_ptr()))
}

/// A path call returning `>= 0` or `-errno`, retried on `EINTR`.
fn path_call(path: &Path, mut f: impl FnMut(*const u8) -> i32) -> io::Result<i32> {
    with_cstr(path, |p| cvt_r(|| f(p)))?
}

// ---- File ----

/// An open file (closed when dropped).
pub struct File {
    fd: i32,
}

impl File {
    /// Opens `path` for reading.
    pub fn open<P: AsRef<Path>>(path: P) -> io::Result<File> {
        OpenOptions::new().read(true).open(path)
    }
    /// Creates or truncates `path` and opens it for writing.
    pub fn create<P: AsRef<Path>>(path: P) -> io::Result<File> {
        OpenOptions::new().write(true).create(true).truncate(true).open(path)
    }
    /// Creates `path` (which must not exist) and opens it for reading and writing.
    pub fn create_new<P: AsRef<Path>>(path: P) -> io::Result<File> {
        OpenOptions::new().read(true).write(true).create_new(true).open(path)
    }
    pub fn options() -> OpenOptions {
        OpenOptions::new()
    }
    /// `fstat` (Unix call 62).
    pub fn metadata(&self) -> io::Result<Metadata> {
        let mut st = sys::stat::default();
        cvt(unsafe { sys::fstat(self.fd, &mut st) })?;
        Ok(Metadata { st })
    }
    /// `ftruncate` (Unix call 130).
    pub fn set_len(&self, size: u64) -> io::Result<()> {
        let size = off(size as i64)?;
        cvt_r(|| unsafe { sys::ftruncate(self.fd, size) }).map(|_| ())
    }
    /// `fsync` (Unix call 95).
    pub fn sync_all(&self) -> io::Result<()> {
        cvt_r(|| unsafe { sys::fsync(self.fd) }).map(|_| ())
    }
    pub fn sync_data(&self) -> io::Result<()> {
        self.sync_all()
    }
    /// A second `File` on the same open file (`dup`, Unix call 41).
    pub fn try_clone(&self) -> io::Result<File> {
        cvt(unsafe { sys::dup(self.fd) }).map(|fd| File { fd })
    }
    /// `fchmod` (Unix call 124).
    pub fn set_permissions(&self, perm: Permissions) -> io::Result<()> {
        cvt_r(|| unsafe { sys::fchmod(self.fd, perm.mode as i32) }).map(|_| ())
    }
    /// The file descriptor (the Unix `AsRawFd`).
    pub fn as_raw_fd(&self) -> i32 {
        self.fd
    }
    /// Gives up ownership of the descriptor (the Unix `IntoRawFd`).
    pub fn into_raw_fd(self) -> i32 {
        let fd = self.fd;
        core::mem::forget(self);
        fd
    }
    /// Takes ownership of an open descriptor (the Unix `FromRawFd`).
    ///
    /// # Safety
    /// `fd` must be open and owned by nobody else.
    pub unsafe fn from_raw_fd(fd: i32) -> File {
        File { fd }
    }
}

impl Drop for File {
    fn drop(&mut self) {
        unsafe {
            sys::close(self.fd);
        }
    }
}

impl fmt::Debug for File {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("File").field("fd", &self.fd).finish()
    }
}

fn off(v: i64) -> io::Result<i32> {
    i32::try_from(v).map_err(|_| {
        Error::new_static(ErrorKind::InvalidInput, "offset does not fit NeXTSTEP's 32-bit off_t")
    })
}

fn seek_fd(fd: i32, pos: SeekFrom) -> io::Result<u64> {
    let (o, whence) = match pos {
        SeekFrom::Start(n) => (off(i64::try_from(n).unwrap_or(i64::MAX))?, sys::SEEK_SET),
        SeekFrom::End(n) => (off(n)?, sys::SEEK_END),
        SeekFrom::Current(n) => (off(n)?, sys::SEEK_CUR),
    };
    // lseek returns the new offset; a negative result is -errno (offsets >= 2 GB cannot occur).
    cvt(unsafe { sys::lseek(fd, o, whence) }).map(|n| n as u64)
}

impl Read for File {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        io::fd_read(self.fd, buf)
    }
    fn read_vectored(&mut self, bufs: &mut [io::IoSliceMut<'_>]) -> io::Result<usize> {
        io::fd_readv(self.fd, bufs)
    }
    fn read_to_end(&mut self, buf: &mut Vec<u8>) -> io::Result<usize> {
        (&*self).read_to_end(buf)
    }
}

impl Read for &File {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        io::fd_read(self.fd, buf)
    }
    fn read_vectored(&mut self, bufs: &mut [io::IoSliceMut<'_>]) -> io::Result<usize> {
        io::fd_readv(self.fd, bufs)
    }
    /// Reserves the remaining file size first (one `fstat` and `lseek`), then reads.
    fn read_to_end(&mut self, buf: &mut Vec<u8>) -> io::Result<usize> {
        if let (Ok(m), Ok(pos)) = (self.metadata(), seek_fd(self.fd, SeekFrom::Current(0))) {
            let left = m.len().saturating_sub(pos) as usize;
            buf.reserve(left + 1);
        }
        io::traits_default_read_to_end(self, buf)
    }
}

impl Write for File {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        io::fd_write(self.fd, buf)
    }
    fn write_vectored(&mut self, bufs: &[io::IoSlice<'_>]) -> io::Result<usize> {
        io::fd_writev(self.fd, bufs)
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Write for &File {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        io::fd_write(self.fd, buf)
    }
    fn write_vectored(&mut self, bufs: &[io::IoSlice<'_>]) -> io::Result<usize> {
        io::fd_writev(self.fd, bufs)
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Seek for File {
    fn seek(&mut self, pos: SeekFrom) -> io::Result<u64> {
        seek_fd(self.fd, pos)
    }
}

impl Seek for &File {
    fn seek(&mut self, pos: SeekFrom) -> io::Result<u64> {
        seek_fd(self.fd, pos)
    }
}

// ---- OpenOptions ----

/// How to open a file (`std::fs::OpenOptions`), mapped to `open` flags.
#[derive(Clone, Debug)]
pub struct OpenOptions {
    read: bool,
    write: bool,
    append: bool,
    truncate: bool,
    create: bool,
    create_new: bool,
    mode: u32,
    custom_flags: i32,
}

impl Default for OpenOptions {
    fn default() -> Self {
        OpenOptions::new()
    }
}

impl OpenOptions {
    pub fn new() -> OpenOptions {
        OpenOptions {
            read: false,
            write: false,
            append: false,
            truncate: false,
            create: false,
            create_new: false,
            mode: 0o666,
            custom_flags: 0,
        }
    }
    pub fn read(&mut self, v: bool) -> &mut Self {
        self.read = v;
        self
    }
    pub fn write(&mut self, v: bool) -> &mut Self {
        self.write = v;
        self
    }
    pub fn append(&mut self, v: bool) -> &mut Self {
        self.append = v;
        self
    }
    pub fn truncate(&mut self, v: bool) -> &mut Self {
        self.truncate = v;
        self
    }
    pub fn create(&mut self, v: bool) -> &mut Self {
        self.create = v;
        self
    }
    pub fn create_new(&mut self, v: bool) -> &mut Self {
        self.create_new = v;
        self
    }
    /// Permission bits of a created file (before the umask); default 0o666 (the Unix
    /// `OpenOptionsExt::mode`).
    pub fn mode(&mut self, mode: u32) -> &mut Self {
        self.mode = mode;
        self
    }

    /// Extra `open` flags (`O_NONBLOCK`, ...; the Unix `OpenOptionsExt::custom_flags`); the
    /// access mode bits are ignored, as in `std`.
    pub fn custom_flags(&mut self, flags: i32) -> &mut Self {
        self.custom_flags = flags;
        self
    }

    fn flags(&self) -> io::Result<i32> {
        let invalid = |m| Err(Error::new_static(ErrorKind::InvalidInput, m));
        let access = match (self.read, self.write, self.append) {
            (true, false, false) => sys::O_RDONLY,
            (false, true, false) => sys::O_WRONLY,
            (true, true, false) => sys::O_RDWR,
            (false, _, true) => sys::O_WRONLY | sys::O_APPEND,
            (true, _, true) => sys::O_RDWR | sys::O_APPEND,
            (false, false, false) => return invalid("must specify at least one of read, write, or append access"),
        };
        if !self.write && !self.append && (self.truncate || self.create || self.create_new) {
            return invalid("creating or truncating a file requires write or append access");
        }
        if self.append && self.truncate && !self.create_new {
            return invalid("creating or truncating a file requires write or append access");
        }
        let creation = match (self.create, self.truncate, self.create_new) {
            (_, _, true) => sys::O_CREAT | sys::O_EXCL,
            (true, true, false) => sys::O_CREAT | sys::O_TRUNC,
            (true, false, false) => sys::O_CREAT,
            (false, true, false) => sys::O_TRUNC,
            (false, false, false) => 0,
        };
        Ok(access | creation | (self.custom_flags & !sys::O_ACCMODE))
    }

    /// `open` (Unix call 5).
    pub fn open<P: AsRef<Path>>(&self, path: P) -> io::Result<File> {
        let flags = self.flags()?;
        let mode = self.mode as i32;
        let fd = path_call(path.as_ref(), |p| unsafe { sys::open(p, flags, mode) })?;
        Ok(File { fd })
    }
}

// ---- Metadata ----

/// Information about a file: a NeXT `struct stat` (`std::fs::Metadata`).
#[derive(Clone)]
pub struct Metadata {
    st: sys::stat,
}

/// The type of a file (`std::fs::FileType`).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct FileType {
    mode: u16,
}

/// Permission bits (`std::fs::Permissions`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Permissions {
    mode: u32,
}

impl FileType {
    pub fn is_dir(&self) -> bool {
        self.mode & sys::S_IFMT == sys::S_IFDIR
    }
    pub fn is_file(&self) -> bool {
        self.mode & sys::S_IFMT == sys::S_IFREG
    }
    pub fn is_symlink(&self) -> bool {
        self.mode & sys::S_IFMT == sys::S_IFLNK
    }
    pub fn is_fifo(&self) -> bool {
        self.mode & sys::S_IFMT == sys::S_IFIFO
    }
    pub fn is_char_device(&self) -> bool {
        self.mode & sys::S_IFMT == sys::S_IFCHR
    }
    pub fn is_block_device(&self) -> bool {
        self.mode & sys::S_IFMT == sys::S_IFBLK
    }
    pub fn is_socket(&self) -> bool {
        self.mode & sys::S_IFMT == sys::S_IFSOCK
    }
}

impl fmt::Debug for FileType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FileType")
            .field("is_file", &self.is_file())
            .field("is_dir", &self.is_dir())
            .field("is_symlink", &self.is_symlink())
            .finish_non_exhaustive()
    }
}

impl Permissions {
    pub fn readonly(&self) -> bool {
        self.mode & 0o222 == 0
    }
    /// Clears (or sets, for `false`) all write bits.
    pub fn set_readonly(&mut self, readonly: bool) {
        if readonly {
            self.mode &= !0o222;
        } else {
            self.mode |= 0o222;
        }
    }
    /// The permission bits (the Unix `PermissionsExt::mode`).
    pub fn mode(&self) -> u32 {
        self.mode
    }
    pub fn set_mode(&mut self, mode: u32) {
        self.mode = mode;
    }
    pub fn from_mode(mode: u32) -> Permissions {
        Permissions { mode }
    }
}

fn stat_time(sec: i32) -> SystemTime {
    SystemTime::from_unix(sec as i64, 0)
}

impl Metadata {
    pub fn file_type(&self) -> FileType {
        FileType { mode: self.st.st_mode }
    }
    pub fn is_dir(&self) -> bool {
        self.file_type().is_dir()
    }
    pub fn is_file(&self) -> bool {
        self.file_type().is_file()
    }
    pub fn is_symlink(&self) -> bool {
        self.file_type().is_symlink()
    }
    /// Size in bytes (`st_size`, 32-bit in NeXT's `struct stat`).
    pub fn len(&self) -> u64 {
        self.st.st_size as u32 as u64
    }
    pub fn permissions(&self) -> Permissions {
        Permissions { mode: (self.st.st_mode & 0o7777) as u32 }
    }
    /// `st_mtime` (one-second resolution).
    pub fn modified(&self) -> io::Result<SystemTime> {
        Ok(stat_time(self.st.st_mtime))
    }
    /// `st_atime` (one-second resolution).
    pub fn accessed(&self) -> io::Result<SystemTime> {
        Ok(stat_time(self.st.st_atime))
    }
    /// Always `Unsupported`: 4.3BSD's `struct stat` has no creation time.
    pub fn created(&self) -> io::Result<SystemTime> {
        Err(Error::new_static(
            ErrorKind::Unsupported,
            "creation time is not available on this platform currently",
        ))
    }
    // The Unix `MetadataExt` accessors.
    pub fn dev(&self) -> u64 {
        self.st.st_dev as u16 as u64
    }
    pub fn ino(&self) -> u64 {
        self.st.st_ino as u64
    }
    pub fn mode(&self) -> u32 {
        self.st.st_mode as u32
    }
    pub fn nlink(&self) -> u64 {
        self.st.st_nlink as u16 as u64
    }
    pub fn uid(&self) -> u32 {
        self.st.st_uid as u32
    }
    pub fn gid(&self) -> u32 {
        self.st.st_gid as u32
    }
    pub fn size(&self) -> u64 {
        self.len()
    }
    pub fn mtime(&self) -> i64 {
        self.st.st_mtime as i64
    }
    pub fn atime(&self) -> i64 {
        self.st.st_atime as i64
    }
    pub fn ctime(&self) -> i64 {
        self.st.st_ctime as i64
    }
    pub fn blksize(&self) -> u64 {
        self.st.st_blksize as u64
    }
    pub fn blocks(&self) -> u64 {
        self.st.st_blocks as u64
    }
    /// The raw NeXT `struct stat`.
    pub fn as_raw_stat(&self) -> &sys::stat {
        &self.st
    }
}

impl fmt::Debug for Metadata {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Metadata")
            .field("file_type", &self.file_type())
            .field("permissions", &self.permissions())
            .field("len", &self.len())
            .field("modified", &self.modified().ok())
            .finish_non_exhaustive()
    }
}

/// `stat` (Unix call 38): follows symbolic links.
pub fn metadata<P: AsRef<Path>>(path: P) -> io::Result<Metadata> {
    let mut st = sys::stat::default();
    path_call(path.as_ref(), |p| unsafe { sys::stat(p, &mut st) })?;
    Ok(Metadata { st })
}

/// `lstat` (Unix call 40): does not follow a final symbolic link.
pub fn symlink_metadata<P: AsRef<Path>>(path: P) -> io::Result<Metadata> {
    let mut st = sys::stat::default();
    path_call(path.as_ref(), |p| unsafe { sys::lstat(p, &mut st) })?;
    Ok(Metadata { st })
}

/// `Ok(true)` if `path` exists, `Ok(false)` if it does not (`ENOENT`), else the error.
pub fn exists<P: AsRef<Path>>(path: P) -> io::Result<bool> {
    match metadata(path) {
        Ok(_) => Ok(true),
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e),
    }
}

// ---- whole-file helpers ----

/// The whole contents of a file.
pub fn read<P: AsRef<Path>>(path: P) -> io::Result<Vec<u8>> {
    let mut f = File::open(path)?;
    let mut v = Vec::new();
    f.read_to_end(&mut v)?;
    Ok(v)
}

/// The whole contents of a file as a `String` (`InvalidData` if not UTF-8).
pub fn read_to_string<P: AsRef<Path>>(path: P) -> io::Result<String> {
    let mut f = File::open(path)?;
    let mut s = String::new();
    f.read_to_string(&mut s)?;
    Ok(s)
}

/// Creates or truncates `path` and writes `contents` to it.
pub fn write<P: AsRef<Path>, C: AsRef<[u8]>>(path: P, contents: C) -> io::Result<()> {
    File::create(path)?.write_all(contents.as_ref())
}

/// Copies the contents and permission bits of `from` to `to`; returns the bytes copied.
pub fn copy<P: AsRef<Path>, Q: AsRef<Path>>(from: P, to: Q) -> io::Result<u64> {
    let mut src = File::open(from)?;
    let perm = src.metadata()?.permissions();
    let mut dst = OpenOptions::new().write(true).create(true).truncate(true).mode(perm.mode()).open(to)?;
    let n = io::copy(&mut src, &mut dst)?;
    dst.set_permissions(perm)?;
    Ok(n)
}

// ---- directory operations ----

/// `mkdir(path, 0777)` (Unix call 136; the umask applies).
pub fn create_dir<P: AsRef<Path>>(path: P) -> io::Result<()> {
    mkdir(path.as_ref(), 0o777)
}

fn mkdir(path: &Path, mode: u32) -> io::Result<()> {
    path_call(path, |p| unsafe { sys::mkdir(p, mode as i32) }).map(|_| ())
}

/// Creates `path` and any missing parents.
pub fn create_dir_all<P: AsRef<Path>>(path: P) -> io::Result<()> {
    mkdir_all(path.as_ref(), 0o777)
}

fn mkdir_all(path: &Path, mode: u32) -> io::Result<()> {
    if path.bytes().is_empty() {
        return Ok(());
    }
    match mkdir(path, mode) {
        Ok(()) => return Ok(()),
        Err(e) if e.kind() == ErrorKind::NotFound => {}
        Err(_) if path.is_dir() => return Ok(()),
        Err(e) => return Err(e),
    }
    if let Some(parent) = path.parent() {
        mkdir_all(parent, mode)?;
    }
    match mkdir(path, mode) {
        Err(_) if path.is_dir() => Ok(()),
        r => r,
    }
}

/// Creates directories with options (`std::fs::DirBuilder`): `recursive` and, as the Unix
/// `DirBuilderExt`, `mode` (default 0o777; the umask applies).
#[derive(Debug)]
pub struct DirBuilder {
    recursive: bool,
    mode: u32,
}

impl Default for DirBuilder {
    fn default() -> DirBuilder {
        DirBuilder::new()
    }
}

impl DirBuilder {
    pub fn new() -> DirBuilder {
        DirBuilder { recursive: false, mode: 0o777 }
    }
    /// Also create missing parents, and accept an existing directory.
    pub fn recursive(&mut self, recursive: bool) -> &mut Self {
        self.recursive = recursive;
        self
    }
    /// Permission bits of the new directories (the Unix `DirBuilderExt::mode`).
    pub fn mode(&mut self, mode: u32) -> &mut Self {
        self.mode = mode;
        self
    }
    pub fn create<P: AsRef<Path>>(&self, path: P) -> io::Result<()> {
        if self.recursive {
            mkdir_all(path.as_ref(), self.mode)
        } else {
            mkdir(path.as_ref(), self.mode)
        }
    }
}

/// The absolute form of `path` with every `.`, `..` and symbolic link resolved, like
/// `std::fs::canonicalize` (C's `realpath`). Every component must exist (`NotFound` otherwise).
/// NeXTSTEP has no `realpath` system call, so this walks the components from `/` or from
/// [`env::current_dir`](crate::env::current_dir), `lstat`ing each and following links with
/// `readlink`; more than 32 links fail with `ELOOP`, as in the kernel's own path lookup.
pub fn canonicalize<P: AsRef<Path>>(path: P) -> io::Result<PathBuf> {
    use crate::path::Component;
    let path = path.as_ref();
    if path.bytes().is_empty() {
        return Err(Error::from_raw_os_error(sys::ENOENT));
    }
    let mut out = if path.is_absolute() { PathBuf::from("/") } else { crate::env::current_dir()? };
    // Components still to resolve, last first.
    let mut todo: Vec<Vec<u8>> = Vec::new();
    let push_all = |todo: &mut Vec<Vec<u8>>, p: &Path| {
        for c in p.components().rev() {
            match c {
                Component::Normal(n) => todo.push(n.as_bytes().to_vec()),
                Component::ParentDir => todo.push(b"..".to_vec()),
                _ => {}
            }
        }
    };
    push_all(&mut todo, path);
    let mut links = 0;
    while let Some(name) = todo.pop() {
        if name == b".." {
            out.pop();
            continue;
        }
        let next = out.join(crate::ffi::OsStr::from_bytes(&name));
        if symlink_metadata(&next)?.is_symlink() {
            links += 1;
            if links > 32 {
                return Err(Error::from_raw_os_error(sys::ELOOP));
            }
            let target = read_link(&next)?;
            if target.is_absolute() {
                out = PathBuf::from("/");
            }
            push_all(&mut todo, &target);
        } else {
            out = next;
        }
    }
    Ok(out)
}

/// The target of a symbolic link (`readlink`, Unix call 58).
pub fn read_link<P: AsRef<Path>>(path: P) -> io::Result<PathBuf> {
    let mut buf = vec![0u8; sys::MAXPATHLEN];
    let n = path_call(path.as_ref(), |p| unsafe {
        sys::readlink(p, buf.as_mut_ptr(), sys::MAXPATHLEN as i32)
    })?;
    buf.truncate(n as usize);
    Ok(PathBuf::from(OsString::from_vec(buf)))
}

/// Creates a symbolic link `link` pointing at `original` (`symlink`, Unix call 57); also
/// `std::os::unix::fs::symlink`.
pub fn soft_link<P: AsRef<Path>, Q: AsRef<Path>>(original: P, link: Q) -> io::Result<()> {
    with_cstr(original.as_ref(), |f| {
        with_cstr(link.as_ref(), |t| cvt_r(|| unsafe { sys::symlink(f, t) }).map(|_| ()))
    })??
}

/// `rmdir` (Unix call 137): the directory must be empty.
pub fn remove_dir<P: AsRef<Path>>(path: P) -> io::Result<()> {
    path_call(path.as_ref(), |p| unsafe { sys::rmdir(p) }).map(|_| ())
}

/// Removes a directory and everything in it, like `std::fs::remove_dir_all`: symbolic links
/// inside are removed, not followed, and a `path` that is itself a symbolic link is unlinked.
/// Each directory's names are read completely (and the directory closed) before anything in it
/// is removed, so the recursion holds no descriptors and deleting never disturbs the listing;
/// an entry that disappears meanwhile (`NotFound`) is not an error.
pub fn remove_dir_all<P: AsRef<Path>>(path: P) -> io::Result<()> {
    let path = path.as_ref();
    if symlink_metadata(path)?.is_symlink() {
        return remove_file(path);
    }
    remove_dir_all_inner(path)
}

fn remove_dir_all_inner(dir: &Path) -> io::Result<()> {
    let mut children = Vec::new();
    for entry in read_dir(dir)? {
        let entry = entry?;
        match entry.file_type() {
            Ok(t) => children.push((entry.path(), t.is_dir())),
            Err(e) if e.kind() == ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
    }
    for (child, is_dir) in children {
        let r = if is_dir { remove_dir_all_inner(&child) } else { remove_file(&child) };
        match r {
            Err(e) if e.kind() != ErrorKind::NotFound => return Err(e),
            _ => {}
        }
    }
    remove_dir(dir)
}

/// `unlink` (Unix call 10).
pub fn remove_file<P: AsRef<Path>>(path: P) -> io::Result<()> {
    path_call(path.as_ref(), |p| unsafe { sys::unlink(p) }).map(|_| ())
}

/// `rename` (Unix call 128).
pub fn rename<P: AsRef<Path>, Q: AsRef<Path>>(from: P, to: Q) -> io::Result<()> {
    with_cstr(from.as_ref(), |f| {
        with_cstr(to.as_ref(), |t| cvt_r(|| unsafe { sys::rename(f, t) }).map(|_| ()))
    })??
}

/// `link` (Unix call 9).
pub fn hard_link<P: AsRef<Path>, Q: AsRef<Path>>(original: P, link: Q) -> io::Result<()> {
    with_cstr(original.as_ref(), |f| {
        with_cstr(link.as_ref(), |t| cvt_r(|| unsafe { sys::link(f, t) }).map(|_| ()))
    })??
}

/// `chmod` (Unix call 15).
pub fn set_permissions<P: AsRef<Path>>(path: P, perm: Permissions) -> io::Result<()> {
    path_call(path.as_ref(), |p| unsafe { sys::chmod(p, perm.mode as i32) }).map(|_| ())
}

/// Iterator over a directory's entries (`std::fs::ReadDir`), without `.` and `..`, in the
/// order the kernel returns them. Reads 4 KB blocks with `getdirentries` (Unix call 156).
pub struct ReadDir {
    dir: File,
    root: PathBuf,
    buf: Vec<u8>,
    pos: usize,
    len: usize,
    done: bool,
}

/// One directory entry (`std::fs::DirEntry`).
pub struct DirEntry {
    root: PathBuf,
    name: Vec<u8>,
    ino: u32,
}

const DIRBUF: usize = 4096;

/// Opens a directory for listing.
pub fn read_dir<P: AsRef<Path>>(path: P) -> io::Result<ReadDir> {
    let path = path.as_ref();
    let dir = File::open(path)?;
    if !dir.metadata()?.is_dir() {
        return Err(Error::from_raw_os_error(sys::ENOTDIR));
    }
    Ok(ReadDir { dir, root: path.to_path_buf(), buf: vec![0; DIRBUF], pos: 0, len: 0, done: false })
}

impl Iterator for ReadDir {
    type Item = io::Result<DirEntry>;
    fn next(&mut self) -> Option<io::Result<DirEntry>> {
        loop {
            if self.done {
                return None;
            }
            if self.pos >= self.len {
                let mut base = 0i32;
                let r = cvt_r(|| unsafe {
                    sys::getdirentries(self.dir.fd, self.buf.as_mut_ptr(), DIRBUF, &mut base)
                });
                match r {
                    Ok(0) => {
                        self.done = true;
                        return None;
                    }
                    Ok(n) => {
                        self.pos = 0;
                        self.len = n as usize;
                    }
                    Err(e) => {
                        self.done = true;
                        return Some(Err(e));
                    }
                }
            }
            // struct direct: 0 d_fileno(4) 4 d_reclen(2) 6 d_namlen(2) 8 d_name.
            let rec = &self.buf[self.pos..self.len];
            if rec.len() < sys::DIRECT_NAME_OFFSET {
                self.done = true;
                return Some(Err(Error::new_static(ErrorKind::InvalidData, "truncated directory record")));
            }
            let ino = u32::from_be_bytes([rec[0], rec[1], rec[2], rec[3]]);
            let reclen = u16::from_be_bytes([rec[4], rec[5]]) as usize;
            let namlen = u16::from_be_bytes([rec[6], rec[7]]) as usize;
            if reclen < sys::DIRECT_NAME_OFFSET || reclen > rec.len()
                || sys::DIRECT_NAME_OFFSET + namlen > reclen
            {
                self.done = true;
                return Some(Err(Error::new_static(ErrorKind::InvalidData, "bad directory record")));
            }
            self.pos += reclen;
            let name = &rec[sys::DIRECT_NAME_OFFSET..sys::DIRECT_NAME_OFFSET + namlen];
            // A zero inode marks a deleted slot in 4.3BSD directories.
            if ino == 0 || name == b"." || name == b".." {
                continue;
            }
            return Some(Ok(DirEntry { root: self.root.clone(), name: name.to_vec(), ino }));
        }
    }
}

impl fmt::Debug for ReadDir {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("ReadDir").field(&self.root).finish()
    }
}

impl DirEntry {
    /// The directory given to `read_dir` joined with the entry's name.
    pub fn path(&self) -> PathBuf {
        self.root.join(crate::ffi::OsStr::from_bytes(&self.name))
    }
    pub fn file_name(&self) -> OsString {
        OsString::from_vec(self.name.clone())
    }
    /// `lstat` of the entry.
    pub fn metadata(&self) -> io::Result<Metadata> {
        symlink_metadata(self.path())
    }
    /// The type from `lstat` (NeXT's `struct direct` has no type field).
    pub fn file_type(&self) -> io::Result<FileType> {
        self.metadata().map(|m| m.file_type())
    }
    /// `d_fileno` (the Unix `DirEntryExt::ino`).
    pub fn ino(&self) -> u64 {
        self.ino as u64
    }
}

impl fmt::Debug for DirEntry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("DirEntry").field(&self.path()).finish()
    }
}

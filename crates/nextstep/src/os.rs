//! `std::os::unix` (and `std::os::fd`): the Unix extension traits, so that a program written
//! for `std` on Unix can keep its `use std::os::unix::fs::PermissionsExt;` lines.
//!
//! NeXTSTEP is a 4.3BSD Unix, and this runtime already gives `fs`/`ffi` types the methods these
//! traits add (`Permissions::mode`, `Metadata::ino`, `OsStr::as_bytes`, `File::as_raw_fd`, ...)
//! as inherent methods; the traits here forward to them. Because inherent methods win, a call
//! compiles with or without the `use`; with it, rustc may warn that the import is unused.
//! What NeXT's `struct stat` lacks reads as zero: the `*_nsec` fields (times have one-second
//! resolution, `nextstep-m68k-abi.md` section 6 `stat`).

/// `std::os::unix`.
pub mod unix {
    /// `std::os::unix::fs`.
    pub mod fs {
        use crate::fs::{DirBuilder, DirEntry, FileType, Metadata, OpenOptions, Permissions};
        use crate::io;
        use crate::path::Path;

        /// `std::os::unix::fs::PermissionsExt`: the mode bits.
        pub trait PermissionsExt {
            fn mode(&self) -> u32;
            fn set_mode(&mut self, mode: u32);
            fn from_mode(mode: u32) -> Self;
        }

        impl PermissionsExt for Permissions {
            fn mode(&self) -> u32 {
                Permissions::mode(self)
            }
            fn set_mode(&mut self, mode: u32) {
                Permissions::set_mode(self, mode)
            }
            fn from_mode(mode: u32) -> Permissions {
                Permissions::from_mode(mode)
            }
        }

        /// `std::os::unix::fs::OpenOptionsExt`: the mode of a created file, extra flags.
        pub trait OpenOptionsExt {
            fn mode(&mut self, mode: u32) -> &mut Self;
            fn custom_flags(&mut self, flags: i32) -> &mut Self;
        }

        impl OpenOptionsExt for OpenOptions {
            fn mode(&mut self, mode: u32) -> &mut OpenOptions {
                OpenOptions::mode(self, mode)
            }
            fn custom_flags(&mut self, flags: i32) -> &mut OpenOptions {
                OpenOptions::custom_flags(self, flags)
            }
        }

        /// `std::os::unix::fs::DirBuilderExt`: the mode of created directories.
        pub trait DirBuilderExt {
            fn mode(&mut self, mode: u32) -> &mut Self;
        }

        impl DirBuilderExt for DirBuilder {
            fn mode(&mut self, mode: u32) -> &mut DirBuilder {
                DirBuilder::mode(self, mode)
            }
        }

        /// `std::os::unix::fs::symlink`: creates `link` pointing at `original` (Unix call 57).
        pub fn symlink<P: AsRef<Path>, Q: AsRef<Path>>(original: P, link: Q) -> io::Result<()> {
            crate::fs::soft_link(original, link)
        }

        /// `std::os::unix::fs::MetadataExt`: the fields of NeXT's `struct stat`.
        pub trait MetadataExt {
            fn dev(&self) -> u64;
            fn ino(&self) -> u64;
            fn mode(&self) -> u32;
            fn nlink(&self) -> u64;
            fn uid(&self) -> u32;
            fn gid(&self) -> u32;
            fn rdev(&self) -> u64;
            fn size(&self) -> u64;
            fn atime(&self) -> i64;
            fn atime_nsec(&self) -> i64;
            fn mtime(&self) -> i64;
            fn mtime_nsec(&self) -> i64;
            fn ctime(&self) -> i64;
            fn ctime_nsec(&self) -> i64;
            fn blksize(&self) -> u64;
            fn blocks(&self) -> u64;
        }

        impl MetadataExt for Metadata {
            fn dev(&self) -> u64 {
                Metadata::dev(self)
            }
            fn ino(&self) -> u64 {
                Metadata::ino(self)
            }
            fn mode(&self) -> u32 {
                Metadata::mode(self)
            }
            fn nlink(&self) -> u64 {
                Metadata::nlink(self)
            }
            fn uid(&self) -> u32 {
                Metadata::uid(self)
            }
            fn gid(&self) -> u32 {
                Metadata::gid(self)
            }
            fn rdev(&self) -> u64 {
                self.as_raw_stat().st_rdev as u16 as u64
            }
            fn size(&self) -> u64 {
                Metadata::size(self)
            }
            fn atime(&self) -> i64 {
                Metadata::atime(self)
            }
            fn atime_nsec(&self) -> i64 {
                0
            }
            fn mtime(&self) -> i64 {
                Metadata::mtime(self)
            }
            fn mtime_nsec(&self) -> i64 {
                0
            }
            fn ctime(&self) -> i64 {
                Metadata::ctime(self)
            }
            fn ctime_nsec(&self) -> i64 {
                0
            }
            fn blksize(&self) -> u64 {
                Metadata::blksize(self)
            }
            fn blocks(&self) -> u64 {
                Metadata::blocks(self)
            }
        }

        /// `std::os::unix::fs::FileTypeExt`: the other kinds of files.
        pub trait FileTypeExt {
            fn is_block_device(&self) -> bool;
            fn is_char_device(&self) -> bool;
            fn is_fifo(&self) -> bool;
            fn is_socket(&self) -> bool;
        }

        impl FileTypeExt for FileType {
            fn is_block_device(&self) -> bool {
                FileType::is_block_device(self)
            }
            fn is_char_device(&self) -> bool {
                FileType::is_char_device(self)
            }
            fn is_fifo(&self) -> bool {
                FileType::is_fifo(self)
            }
            fn is_socket(&self) -> bool {
                FileType::is_socket(self)
            }
        }

        /// `std::os::unix::fs::DirEntryExt`: the entry's inode number (`d_fileno`).
        pub trait DirEntryExt {
            fn ino(&self) -> u64;
        }

        impl DirEntryExt for DirEntry {
            fn ino(&self) -> u64 {
                DirEntry::ino(self)
            }
        }
    }

    /// `std::os::unix::ffi`: file names and arguments as bytes.
    pub mod ffi {
        use crate::ffi::{OsStr, OsString};
        use alloc_crate::vec::Vec;

        /// `std::os::unix::ffi::OsStrExt`.
        pub trait OsStrExt {
            fn from_bytes(slice: &[u8]) -> &Self;
            fn as_bytes(&self) -> &[u8];
        }

        impl OsStrExt for OsStr {
            fn from_bytes(slice: &[u8]) -> &OsStr {
                OsStr::from_bytes(slice)
            }
            fn as_bytes(&self) -> &[u8] {
                OsStr::as_bytes(self)
            }
        }

        /// `std::os::unix::ffi::OsStringExt`.
        pub trait OsStringExt {
            fn from_vec(vec: Vec<u8>) -> Self;
            fn into_vec(self) -> Vec<u8>;
        }

        impl OsStringExt for OsString {
            fn from_vec(vec: Vec<u8>) -> OsString {
                OsString::from_vec(vec)
            }
            fn into_vec(self) -> Vec<u8> {
                OsString::into_vec(self)
            }
        }
    }

    /// `std::os::unix::io`: raw file descriptors (the same items as [`crate::os::fd`]).
    pub mod io {
        pub use crate::os::fd::{AsRawFd, FromRawFd, IntoRawFd, RawFd};
    }
}

/// `std::os::fd`: raw file descriptors.
pub mod fd {
    use crate::fs::File;
    use crate::io::{Stderr, Stdin, Stdout};

    /// A file descriptor number (C's `int`).
    pub type RawFd = i32;

    /// `std::os::fd::AsRawFd`.
    pub trait AsRawFd {
        fn as_raw_fd(&self) -> RawFd;
    }

    /// `std::os::fd::FromRawFd`.
    pub trait FromRawFd {
        /// # Safety
        /// `fd` must be open and owned by nobody else.
        unsafe fn from_raw_fd(fd: RawFd) -> Self;
    }

    /// `std::os::fd::IntoRawFd`.
    pub trait IntoRawFd {
        fn into_raw_fd(self) -> RawFd;
    }

    impl AsRawFd for File {
        fn as_raw_fd(&self) -> RawFd {
            File::as_raw_fd(self)
        }
    }

    impl FromRawFd for File {
        unsafe fn from_raw_fd(fd: RawFd) -> File {
            File::from_raw_fd(fd)
        }
    }

    impl IntoRawFd for File {
        fn into_raw_fd(self) -> RawFd {
            File::into_raw_fd(self)
        }
    }

    macro_rules! std_fd {
        ($($t:ty => $fd:expr),*) => {$(
            impl AsRawFd for $t {
                fn as_raw_fd(&self) -> RawFd {
                    $fd
                }
            }
        )*};
    }
    std_fd!(Stdin => nextstep_sys::STDIN_FILENO, Stdout => nextstep_sys::STDOUT_FILENO,
            Stderr => nextstep_sys::STDERR_FILENO);
}

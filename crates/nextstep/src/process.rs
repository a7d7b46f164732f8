//! Process termination.

use nextstep_sys as sys;

/// Ends the process with `code` (Unix call 1, `exit`). Output of the `print!` family is never
/// buffered past the end of a call, so there is nothing to flush.
pub fn exit(code: i32) -> ! {
    #[cfg(feature = "libsys")]
    crate::libsys::exit(code);
    #[cfg(not(feature = "libsys"))]
    unsafe {
        sys::exit(code)
    }
}

/// Ends the process abnormally: sends itself SIGABRT (`kill(getpid(), SIGABRT)`, Unix calls 37
/// and 20) like C's `abort()`; if the signal does not end the process, exits with status 134
/// (128 + SIGABRT, what a shell reports for a process killed by SIGABRT).
pub fn abort() -> ! {
    unsafe {
        let pid = sys::getpid();
        if pid > 0 {
            sys::kill(pid, sys::SIGABRT);
        }
        sys::exit(128 + sys::SIGABRT)
    }
}

/// C's `abort()`: LLVM emits calls to it (e.g. for `core::intrinsics::abort` with panic=abort).
#[unsafe(export_name = "abort")]
pub extern "C" fn c_abort() -> ! {
    abort()
}

/// The process id (Unix call 20).
pub fn id() -> u32 {
    unsafe { sys::getpid() as u32 }
}

/// An exit status `main` can return (`std::process::ExitCode`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExitCode(u8);

impl ExitCode {
    pub const SUCCESS: ExitCode = ExitCode(0);
    pub const FAILURE: ExitCode = ExitCode(1);
    /// Ends the process with this status.
    pub fn exit_process(self) -> ! {
        exit(self.0 as i32)
    }
}

impl From<u8> for ExitCode {
    fn from(code: u8) -> ExitCode {
        ExitCode(code)
    }
}

impl crate::rt::Termination for ExitCode {
    fn report(self) -> i32 {
        self.0 as i32
    }
}

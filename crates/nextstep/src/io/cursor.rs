//! `io::Cursor` (an in-memory reader/writer with a position), `io::empty()`, `io::sink()` and
//! `io::repeat()`, as in `std`.

use super::{BufRead, Error, ErrorKind, Read, Result, Seek, SeekFrom, Write};
use alloc_crate::vec::Vec;

/// A buffer with a read/write position (`std::io::Cursor`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cursor<T> {
    inner: T,
    pos: u64,
}

impl<T> Cursor<T> {
    pub const fn new(inner: T) -> Cursor<T> {
        Cursor { inner, pos: 0 }
    }
    pub fn into_inner(self) -> T {
        self.inner
    }
    pub const fn get_ref(&self) -> &T {
        &self.inner
    }
    pub fn get_mut(&mut self) -> &mut T {
        &mut self.inner
    }
    pub const fn position(&self) -> u64 {
        self.pos
    }
    pub fn set_position(&mut self, pos: u64) {
        self.pos = pos;
    }
}

impl<T: AsRef<[u8]>> Cursor<T> {
    fn remaining(&self) -> &[u8] {
        let data = self.inner.as_ref();
        let start = core::cmp::min(self.pos, data.len() as u64) as usize;
        &data[start..]
    }
}

impl<T: AsRef<[u8]>> Seek for Cursor<T> {
    fn seek(&mut self, style: SeekFrom) -> Result<u64> {
        let (base, offset) = match style {
            SeekFrom::Start(n) => {
                self.pos = n;
                return Ok(n);
            }
            SeekFrom::End(n) => (self.inner.as_ref().len() as u64, n),
            SeekFrom::Current(n) => (self.pos, n),
        };
        match base.checked_add_signed(offset) {
            Some(n) => {
                self.pos = n;
                Ok(n)
            }
            None => Err(Error::new_static(
                ErrorKind::InvalidInput,
                "invalid seek to a negative or overflowing position",
            )),
        }
    }
}

impl<T: AsRef<[u8]>> Read for Cursor<T> {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize> {
        let n = Read::read(&mut self.remaining(), buf)?;
        self.pos += n as u64;
        Ok(n)
    }
}

impl<T: AsRef<[u8]>> BufRead for Cursor<T> {
    fn fill_buf(&mut self) -> Result<&[u8]> {
        Ok(self.remaining())
    }
    fn consume(&mut self, amt: usize) {
        self.pos += amt as u64;
    }
}

/// Writes at the position into a growable vector (zero-filling a gap).
fn vec_write(pos: &mut u64, vec: &mut Vec<u8>, buf: &[u8]) -> Result<usize> {
    let p = usize::try_from(*pos).map_err(|_| {
        Error::new_static(ErrorKind::InvalidInput, "cursor position exceeds maximum possible vector length")
    })?;
    if vec.len() < p {
        vec.resize(p, 0);
    }
    let overlap = core::cmp::min(vec.len() - p, buf.len());
    vec[p..p + overlap].copy_from_slice(&buf[..overlap]);
    vec.extend_from_slice(&buf[overlap..]);
    *pos += buf.len() as u64;
    Ok(buf.len())
}

impl Write for Cursor<Vec<u8>> {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        vec_write(&mut self.pos, &mut self.inner, buf)
    }
    fn flush(&mut self) -> Result<()> {
        Ok(())
    }
}

impl Write for Cursor<&mut Vec<u8>> {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        vec_write(&mut self.pos, self.inner, buf)
    }
    fn flush(&mut self) -> Result<()> {
        Ok(())
    }
}

impl Write for Cursor<&mut [u8]> {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        let len = self.inner.len();
        let start = core::cmp::min(self.pos, len as u64) as usize;
        let n = core::cmp::min(len - start, buf.len());
        self.inner[start..start + n].copy_from_slice(&buf[..n]);
        self.pos += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> Result<()> {
        Ok(())
    }
}

/// A reader that is always at end of file (`std::io::Empty`).
#[derive(Clone, Copy, Debug, Default)]
pub struct Empty;

/// A writer that discards everything (`std::io::Sink`).
#[derive(Clone, Copy, Debug, Default)]
pub struct Sink;

pub const fn empty() -> Empty {
    Empty
}

pub const fn sink() -> Sink {
    Sink
}

impl Read for Empty {
    fn read(&mut self, _buf: &mut [u8]) -> Result<usize> {
        Ok(0)
    }
}

impl BufRead for Empty {
    fn fill_buf(&mut self) -> Result<&[u8]> {
        Ok(&[])
    }
    fn consume(&mut self, _amt: usize) {}
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> Result<usize> {
        Ok(buf.len())
    }
    fn flush(&mut self) -> Result<()> {
        Ok(())
    }
}

/// A reader that yields one byte forever (`std::io::Repeat`).
#[derive(Clone, Copy, Debug)]
pub struct Repeat {
    byte: u8,
}

pub const fn repeat(byte: u8) -> Repeat {
    Repeat { byte }
}

impl Read for Repeat {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize> {
        buf.fill(self.byte);
        Ok(buf.len())
    }
}

//! `BufReader`, `BufWriter` and `LineWriter` (`std::io`'s, with the same default capacities:
//! 8 KB, and 1 KB for `LineWriter`).

use super::{BufRead, Read, Result, Seek, SeekFrom, Write};
use alloc_crate::vec;
use alloc_crate::vec::Vec;
use core::fmt;

const DEFAULT_BUF_SIZE: usize = 8 * 1024;

/// Adds a buffer to a reader, so that many small reads (and `lines()`) cost few system calls.
pub struct BufReader<R> {
    inner: R,
    buf: Vec<u8>,
    pos: usize,
    filled: usize,
}

impl<R: Read> BufReader<R> {
    pub fn new(inner: R) -> BufReader<R> {
        BufReader::with_capacity(DEFAULT_BUF_SIZE, inner)
    }
    pub fn with_capacity(capacity: usize, inner: R) -> BufReader<R> {
        BufReader { inner, buf: vec![0; capacity], pos: 0, filled: 0 }
    }
}

impl<R> BufReader<R> {
    pub fn get_ref(&self) -> &R {
        &self.inner
    }
    pub fn get_mut(&mut self) -> &mut R {
        &mut self.inner
    }
    /// The bytes read from the inner reader but not yet consumed.
    pub fn buffer(&self) -> &[u8] {
        &self.buf[self.pos..self.filled]
    }
    pub fn capacity(&self) -> usize {
        self.buf.len()
    }
    /// The inner reader; buffered data is lost.
    pub fn into_inner(self) -> R {
        self.inner
    }
}

impl<R: Read> Read for BufReader<R> {
    fn read(&mut self, out: &mut [u8]) -> Result<usize> {
        // A read at least as large as the buffer bypasses it when it is empty.
        if self.pos == self.filled && out.len() >= self.buf.len() {
            return self.inner.read(out);
        }
        let n = {
            let mut avail = self.fill_buf()?;
            avail.read(out)?
        };
        self.consume(n);
        Ok(n)
    }
}

impl<R: Read> BufRead for BufReader<R> {
    fn fill_buf(&mut self) -> Result<&[u8]> {
        if self.pos >= self.filled {
            let n = self.inner.read(&mut self.buf)?;
            self.pos = 0;
            self.filled = n;
        }
        Ok(&self.buf[self.pos..self.filled])
    }
    fn consume(&mut self, amt: usize) {
        self.pos = core::cmp::min(self.pos + amt, self.filled);
    }
}

impl<R: Read + Seek> Seek for BufReader<R> {
    /// Seeks the inner reader (a `Current` offset counts from the logical position) and drops
    /// the buffer.
    fn seek(&mut self, pos: SeekFrom) -> Result<u64> {
        let r = match pos {
            SeekFrom::Current(n) => {
                let remainder = (self.filled - self.pos) as i64;
                self.inner.seek(SeekFrom::Current(n - remainder))?
            }
            other => self.inner.seek(other)?,
        };
        self.pos = 0;
        self.filled = 0;
        Ok(r)
    }
}

impl<R: fmt::Debug> fmt::Debug for BufReader<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BufReader")
            .field("reader", &self.inner)
            .field("buffer", &format_args!("{}/{}", self.filled - self.pos, self.buf.len()))
            .finish()
    }
}

/// Collects small writes into one larger `write`; flushed by `flush()` and when dropped
/// (errors while dropping are ignored, as in `std`: call `flush()` to see them).
pub struct BufWriter<W: Write> {
    inner: Option<W>,
    buf: Vec<u8>,
    cap: usize,
}

impl<W: Write> BufWriter<W> {
    pub fn new(inner: W) -> BufWriter<W> {
        BufWriter::with_capacity(DEFAULT_BUF_SIZE, inner)
    }
    pub fn with_capacity(capacity: usize, inner: W) -> BufWriter<W> {
        BufWriter { inner: Some(inner), buf: Vec::with_capacity(capacity), cap: capacity }
    }
    pub fn get_ref(&self) -> &W {
        self.inner.as_ref().unwrap()
    }
    pub fn get_mut(&mut self) -> &mut W {
        self.inner.as_mut().unwrap()
    }
    pub fn buffer(&self) -> &[u8] {
        &self.buf
    }
    pub fn capacity(&self) -> usize {
        self.cap
    }
    fn flush_buf(&mut self) -> Result<()> {
        if !self.buf.is_empty() {
            let r = self.inner.as_mut().unwrap().write_all(&self.buf);
            self.buf.clear();
            r?;
        }
        Ok(())
    }
    /// Flushes and returns the inner writer.
    pub fn into_inner(mut self) -> core::result::Result<W, super::Error> {
        self.flush_buf()?;
        Ok(self.inner.take().unwrap())
    }
}

impl<W: Write> Write for BufWriter<W> {
    fn write(&mut self, data: &[u8]) -> Result<usize> {
        if self.buf.len() + data.len() > self.cap {
            self.flush_buf()?;
        }
        if data.len() >= self.cap {
            self.inner.as_mut().unwrap().write(data)
        } else {
            self.buf.extend_from_slice(data);
            Ok(data.len())
        }
    }
    fn write_all(&mut self, data: &[u8]) -> Result<()> {
        if self.buf.len() + data.len() > self.cap {
            self.flush_buf()?;
        }
        if data.len() >= self.cap {
            self.inner.as_mut().unwrap().write_all(data)
        } else {
            self.buf.extend_from_slice(data);
            Ok(())
        }
    }
    fn flush(&mut self) -> Result<()> {
        self.flush_buf()?;
        self.inner.as_mut().unwrap().flush()
    }
}

impl<W: Write> Drop for BufWriter<W> {
    fn drop(&mut self) {
        if self.inner.is_some() {
            let _ = self.flush_buf();
        }
    }
}

impl<W: Write + fmt::Debug> fmt::Debug for BufWriter<W> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BufWriter")
            .field("writer", &self.inner)
            .field("buffer", &format_args!("{}/{}", self.buf.len(), self.cap))
            .finish()
    }
}

/// A `BufWriter` that also writes out everything up to the last `\n` of each write, so that
/// complete lines reach the destination at once (`std::io::LineWriter`).
pub struct LineWriter<W: Write> {
    inner: BufWriter<W>,
}

impl<W: Write> LineWriter<W> {
    pub fn new(inner: W) -> LineWriter<W> {
        LineWriter::with_capacity(1024, inner)
    }
    pub fn with_capacity(capacity: usize, inner: W) -> LineWriter<W> {
        LineWriter { inner: BufWriter::with_capacity(capacity, inner) }
    }
    pub fn get_ref(&self) -> &W {
        self.inner.get_ref()
    }
    pub fn get_mut(&mut self) -> &mut W {
        self.inner.get_mut()
    }
    /// Flushes and returns the inner writer.
    pub fn into_inner(self) -> core::result::Result<W, super::Error> {
        self.inner.into_inner()
    }
}

impl<W: Write> Write for LineWriter<W> {
    fn write(&mut self, data: &[u8]) -> Result<usize> {
        match data.iter().rposition(|&b| b == b'\n') {
            None => {
                // A complete line still buffered (after a failed flush) goes out first.
                if self.inner.buffer().last() == Some(&b'\n') {
                    self.inner.flush_buf()?;
                }
                self.inner.write(data)
            }
            Some(i) => {
                self.inner.write_all(&data[..=i])?;
                self.inner.flush_buf()?;
                self.inner.write_all(&data[i + 1..])?;
                Ok(data.len())
            }
        }
    }
    fn flush(&mut self) -> Result<()> {
        self.inner.flush()
    }
}

impl<W: Write + fmt::Debug> fmt::Debug for LineWriter<W> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LineWriter").field("writer", self.get_ref()).finish_non_exhaustive()
    }
}

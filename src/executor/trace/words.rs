//! The trace's packed records as an append-only log of 32-bit words in fixed 4 KiB chunks,
//! written a whole record at a time: every record gets room for the longest record, so an
//! append is one bounds check and three stores, whatever its length. It must never split a
//! record across chunks: a chunk's last few words stay unused instead, and readers step over
//! them with `next_start`. A dropped log's chunks are kept, up to a bound, for the next log on
//! the same thread: every step back replays into a new trace, and fresh memory costs a page
//! fault per chunk.

use std::cell::RefCell;

use super::encoding::{Packed, MAX_WORDS};

/// Words per chunk: one 4 KiB page.
const CHUNK: usize = 1024;

/// How many chunks of dropped logs a thread keeps for the next logs: 16 MiB.
const SPARE_CHUNKS: usize = 4096;

thread_local! {
    /// Chunks of dropped logs, to be written over by the next logs on this thread.
    static SPARE: RefCell<Vec<Chunk>> = const { RefCell::new(Vec::new()) };
}

type Chunk = Box<[u32; CHUNK]>;

/// The last position in a chunk at which a record may start.
const LAST_START: usize = CHUNK - MAX_WORDS;

/// An append-only list of records' words. A word's address is its chunk's index times `CHUNK`
/// plus its place in the chunk.
pub(crate) struct WordLog {
    chunks: Vec<Chunk>,
    /// Words used in the last chunk.
    fill: usize,
}

impl Default for WordLog {
    fn default() -> Self {
        WordLog {
            chunks: Vec::new(),
            fill: CHUNK,
        }
    }
}

impl Drop for WordLog {
    fn drop(&mut self) {
        // During thread teardown the chunks are simply freed.
        let _ = SPARE.try_with(|spare| {
            let mut spare = spare.borrow_mut();
            let room = SPARE_CHUNKS.saturating_sub(spare.len());
            spare.extend(self.chunks.drain(..).take(room));
        });
    }
}

impl WordLog {
    /// Appends the words of one record.
    #[inline]
    pub(crate) fn append(&mut self, packed: &Packed) {
        match self.chunks.last_mut() {
            Some(chunk) if self.fill <= LAST_START => {
                chunk[self.fill..self.fill + MAX_WORDS].copy_from_slice(&packed.words);
            }
            _ => self.start_chunk(packed),
        }
        self.fill += packed.len;
    }

    #[cold]
    #[inline(never)]
    fn start_chunk(&mut self, packed: &Packed) {
        let spare = SPARE
            .try_with(|spare| spare.borrow_mut().pop())
            .ok()
            .flatten();
        // A spare chunk's old words are never read: a word is read only once written.
        let mut chunk = spare.unwrap_or_else(|| Box::new([0; CHUNK]));
        chunk[..MAX_WORDS].copy_from_slice(&packed.words);
        self.chunks.push(chunk);
        self.fill = 0;
    }

    /// The address the next record will start at.
    pub(crate) fn next_address(&self) -> usize {
        match self.chunks.len() {
            0 => 0,
            chunks if self.fill > LAST_START => chunks * CHUNK,
            chunks => (chunks - 1) * CHUNK + self.fill,
        }
    }

    /// The word at `address`, which must have been written.
    pub(crate) fn get(&self, address: usize) -> u32 {
        self.chunks[address / CHUNK][address % CHUNK]
    }

    /// Where the record after one ending just before `address` starts.
    pub(crate) fn next_start(address: usize) -> usize {
        if address % CHUNK > LAST_START {
            address.next_multiple_of(CHUNK)
        } else {
            address
        }
    }
}

//! An append-only list stored in fixed-size chunks, for the task table and the trace, which
//! grow to millions of entries. It must never move an element once pushed: growing one big
//! vector would copy everything at each doubling and touch twice the memory.

/// How many elements a chunk holds: few enough that a chunk of task slots stays below the
/// allocator's mmap threshold (128 KiB), so freed chunks are reused instead of page-faulted anew.
const CHUNK: usize = 256;

/// An append-only list in chunks of `CHUNK` elements.
pub(crate) struct ChunkedVec<T> {
    chunks: Vec<Vec<T>>,
    len: usize,
}

impl<T> Default for ChunkedVec<T> {
    fn default() -> Self {
        ChunkedVec {
            chunks: Vec::new(),
            len: 0,
        }
    }
}

impl<T> ChunkedVec<T> {
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// Inlined, with starting a chunk kept out of line, because the trace pushes a record on
    /// every poll and wake: a call per record cost more than the record itself.
    #[inline]
    pub(crate) fn push(&mut self, value: T) {
        match self.chunks.last_mut() {
            Some(chunk) if chunk.len() < CHUNK => chunk.push(value),
            _ => self.push_in_new_chunk(value),
        }
        self.len += 1;
    }

    #[cold]
    #[inline(never)]
    fn push_in_new_chunk(&mut self, value: T) {
        let mut chunk = Vec::with_capacity(CHUNK);
        chunk.push(value);
        self.chunks.push(chunk);
    }

    pub(crate) fn get(&self, index: usize) -> Option<&T> {
        self.chunks.get(index / CHUNK)?.get(index % CHUNK)
    }

    pub(crate) fn get_mut(&mut self, index: usize) -> Option<&mut T> {
        self.chunks.get_mut(index / CHUNK)?.get_mut(index % CHUNK)
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = &T> {
        self.chunks.iter().flatten()
    }
}

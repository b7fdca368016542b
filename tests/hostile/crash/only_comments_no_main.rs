// No `main` at all: rustc rejects it.
// expect: error
// nothing here

// Package fts5tag exists to make a build without the sqlite_fts5 tag fail
// at compile time, with the fix in the error, instead of at the first query
// with "no such module: fts5". mattn/go-sqlite3 compiles FTS5 only with that
// tag. It is its own package, free of cgo, so the failure comes in seconds.
package fts5tag

// Enabled is true in every build that compiles; see missing.go.
const Enabled = true

//go:build !sqlite_fts5 && !fts5

package fts5tag

// This file is compiled only when the build tag is missing, and refers to a
// name that does not exist so that the compiler prints it:
//
//	undefined: newsbot_needs_build_tag_sqlite_fts5__run_go_build_or_test_with__tags_sqlite_fts5
var _ = newsbot_needs_build_tag_sqlite_fts5__run_go_build_or_test_with__tags_sqlite_fts5

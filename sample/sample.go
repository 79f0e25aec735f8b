// Package sample is the archive bundled into the binary, loaded into an
// empty database on first start so that the console works offline with
// zero setup. manifest.json lists each article with its source and
// licence; only articles written for this project or in the public domain
// belong here.
package sample

import "embed"

// FS holds manifest.json and the article files it names.
//
//go:embed manifest.json *.txt
var FS embed.FS

// Package extract turns a fetched news page or a plain-text file into clean
// article text: the paragraphs a reader would call "the article", with site
// furniture (navigation, share bars, "Most read" boxes, cookie notices) and
// photo captions taken out, plus the metadata the archive stores with it.
//
// Everything here is a pure function over bytes and strings: no HTTP, no
// clock. The text it returns is quoted verbatim later, so cleaning only ever
// removes whole paragraphs and normalises whitespace; it never rewrites words.
package extract

import (
	"errors"
	"strings"
	"time"
)

// ErrNoText is returned (wrapped) by HTML when the page yields no article
// paragraphs at all; the Document still carries whatever metadata was found.
var ErrNoText = errors.New("no article text found")

// Document is one extracted article.
type Document struct {
	Title  string
	Byline string
	// Outlet is the site name (og:site_name, JSON-LD publisher.name), "" if unknown.
	Outlet string
	// Published is zero when unknown. It is in the UTC offset the page gave
	// it with, or UTC (see newsbot.AsPublished).
	Published time.Time
	// DateSource says where Published came from: "meta" (meta tags, or a
	// <time datetime> in the article header), "json-ld", "dateline" (a
	// dateline or date line at the top of the text), "caption", or "" when
	// Published is zero.
	DateSource string
	// CanonicalURL is <link rel=canonical> or og:url resolved against the
	// page URL, "" if none.
	CanonicalURL string
	// Paragraphs is the main text, one paragraph each, whitespace
	// normalised, boilerplate and captions removed. No element is empty or
	// has leading or trailing space.
	Paragraphs []string
	// Captions are the photo captions that were removed from the text.
	Captions []string
}

// Body returns the paragraphs joined by a blank line, the form in which
// article bodies are stored.
func (d Document) Body() string {
	return strings.Join(d.Paragraphs, "\n\n")
}

// Date sources, as stored in Document.DateSource.
const (
	sourceMeta     = "meta"
	sourceJSONLD   = "json-ld"
	sourceDateline = "dateline"
	sourceCaption  = "caption"
)

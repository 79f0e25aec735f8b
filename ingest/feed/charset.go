package feed

import (
	"regexp"
	"strings"

	"github.com/newsbot-dev/newsbot/ingest/charset"
)

// decode returns the document as UTF-8 text with any XML declaration's
// encoding rewritten to match; see charset.Decode for the order (BOM,
// Content-Type, the XML declaration, the bytes) and the mislabellings it
// undoes.
func decode(data []byte, contentType string) string {
	text, _ := charset.Decode(data, contentType, declaredEncoding)
	return rewriteDeclaration(strings.TrimPrefix(text, "\uFEFF"))
}

var (
	rxDeclaration = regexp.MustCompile(`^\s*<\?xml[^>]*\?>`)
	rxEncoding    = regexp.MustCompile(`(?i)encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']`)
)

// declaredEncoding is the encoding in an XML declaration, "" if none.
func declaredEncoding(data []byte) string {
	head := data[:min(len(data), 1024)]
	decl := rxDeclaration.Find(head)
	if decl == nil {
		return ""
	}
	if m := rxEncoding.FindSubmatch(decl); m != nil {
		return string(m[1])
	}
	return ""
}

// rewriteDeclaration makes the XML declaration say UTF-8, which the text
// now is, so the XML decoder does not convert it a second time.
func rewriteDeclaration(text string) string {
	loc := rxDeclaration.FindStringIndex(text)
	if loc == nil {
		return text
	}
	decl := rxEncoding.ReplaceAllString(text[loc[0]:loc[1]], `encoding="utf-8"`)
	return text[:loc[0]] + decl + text[loc[1]:]
}

// Package charset turns fetched bytes into UTF-8 text for the page and
// feed parsers, which share the web's rules for finding an encoding and
// the same defences against mislabelled documents.
package charset

import (
	"bytes"
	"mime"
	"strings"
	"unicode/utf8"

	xcharset "golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Decode returns data as UTF-8 text and the name of the encoding it was
// read in. The order is the HTML standard's: byte order mark, then the
// HTTP Content-Type charset, then the document's own declaration (found by
// declared: <meta charset> for pages, the XML declaration for feeds; may
// be nil), then a guess: UTF-8 if the bytes are valid UTF-8, else
// Windows-1252, which is also what the web means by ISO-8859-1.
//
// Two common mislabellings are undone: a document declared in a legacy
// charset (Latin-1, GB2312, KOI8-R, ...) whose bytes are all valid UTF-8
// with some non-ASCII characters is read as UTF-8 (legacy text forming
// valid multi-byte UTF-8 throughout is vanishingly unlikely), and one
// declared UTF-8 that has invalid bytes and no multi-byte sequence at all
// is read as Windows-1252.
func Decode(data []byte, contentType string, declared func([]byte) string) (string, string) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return decodeWith(unicode.UTF8, data[3:]), "utf-8"
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), data), "utf-16be"
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), data), "utf-16le"
	}
	enc, name := lookup(HeaderCharset(contentType))
	if enc != nil && strings.HasPrefix(name, "utf-16") && !hasNUL(data) {
		// Text in UTF-16 is full of zero bytes; without any, the label is
		// wrong and reading by it would turn the document into CJK noise.
		enc, name = nil, ""
	}
	if enc == nil && declared != nil {
		enc, name = lookup(declared(data))
		if enc != nil && strings.HasPrefix(name, "utf-16") {
			// A declaration that could be read as ASCII was not UTF-16.
			enc, name = unicode.UTF8, "utf-8"
		}
	}
	if enc == nil {
		if utf8.Valid(data) {
			return string(data), "utf-8"
		}
		return decodeWith(charmap.Windows1252, data), "windows-1252"
	}
	switch {
	case name != "utf-8" && !strings.HasPrefix(name, "utf-16") && hasMultibyteUTF8(data) && utf8.Valid(data):
		return string(data), "utf-8"
	case name == "utf-8" && !utf8.Valid(data) && !hasMultibyteUTF8(data):
		return decodeWith(charmap.Windows1252, data), "windows-1252"
	case name == "utf-8":
		return strings.ToValidUTF8(string(data), "\uFFFD"), "utf-8"
	}
	return decodeWith(enc, data), name
}

// HeaderCharset returns the charset parameter of a Content-Type header,
// also from a malformed one ("text/html; charset=utf-8;;").
func HeaderCharset(contentType string) string {
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		return params["charset"]
	}
	const param = "charset="
	for i := 0; i+len(param) <= len(contentType); i++ {
		if strings.EqualFold(contentType[i:i+len(param)], param) {
			rest := strings.Trim(contentType[i+len(param):], ` "';`)
			if j := strings.IndexAny(rest, ` "';,`); j >= 0 {
				rest = rest[:j]
			}
			return rest
		}
	}
	return ""
}

// hasNUL reports a zero byte in the first kilobyte.
func hasNUL(data []byte) bool {
	return bytes.IndexByte(data[:min(len(data), 1024)], 0) >= 0
}

// lookup finds an encoding by its WHATWG label (so "iso-8859-1" is
// Windows-1252); nil when the label is empty or unknown.
func lookup(label string) (encoding.Encoding, string) {
	label = strings.TrimSpace(strings.Trim(label, `"'`))
	if label == "" {
		return nil, ""
	}
	enc, name := xcharset.Lookup(label)
	if enc == nil {
		return nil, ""
	}
	return enc, name
}

func decodeWith(enc encoding.Encoding, data []byte) string {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		// Decoders here replace bad input rather than fail; be safe anyway.
		return strings.ToValidUTF8(string(data), "\uFFFD")
	}
	return strings.ToValidUTF8(string(out), "\uFFFD")
}

// hasMultibyteUTF8 reports whether data holds at least one well-formed
// multi-byte UTF-8 sequence.
func hasMultibyteUTF8(data []byte) bool {
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r != utf8.RuneError && n > 1 {
			return true
		}
		i++
	}
	return false
}

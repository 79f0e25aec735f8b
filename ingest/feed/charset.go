package feed

import (
	"bytes"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// decode returns the document as UTF-8 text with any XML declaration's
// encoding rewritten to match. The order: a byte order mark, then the
// Content-Type charset, then the XML declaration, then the bytes (UTF-8
// when valid, else Windows-1252, which is what ISO-8859-1 means on the
// web). Two common mislabellings are undone, as for pages: a document
// declared Latin-1 or Windows-1252 whose bytes are valid UTF-8 with
// multi-byte characters is UTF-8, and one declared UTF-8 that is not valid
// UTF-8 and has no multi-byte sequence at all is Windows-1252.
func decode(data []byte, contentType string) string {
	var text string
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		text = decodeWith(unicode.UTF8, data[3:])
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		text = decodeWith(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), data)
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		text = decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), data)
	default:
		enc, name := lookup(headerCharset(contentType))
		if enc == nil || strings.HasPrefix(name, "utf-16") && bytes.IndexByte(data, 0) < 0 {
			enc, name = lookup(declaredEncoding(data))
			if strings.HasPrefix(name, "utf-16") {
				enc, name = nil, "" // a declaration readable as ASCII was not UTF-16
			}
		}
		switch {
		case enc == nil || name == "utf-8":
			if utf8.Valid(data) || hasMultibyteUTF8(data) {
				text = strings.ToValidUTF8(string(data), "\uFFFD")
			} else {
				text = decodeWith(charmap.Windows1252, data)
			}
		case name == "windows-1252" && hasMultibyteUTF8(data) && utf8.Valid(data):
			text = string(data)
		default:
			text = decodeWith(enc, data)
		}
	}
	text = strings.TrimPrefix(text, "\uFEFF")
	return rewriteDeclaration(text)
}

func decodeWith(enc encoding.Encoding, data []byte) string {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return strings.ToValidUTF8(string(data), "\uFFFD")
	}
	return strings.ToValidUTF8(string(out), "\uFFFD")
}

// lookup finds an encoding by its WHATWG label (so "iso-8859-1" is
// Windows-1252); nil when the label is empty or unknown.
func lookup(label string) (encoding.Encoding, string) {
	label = strings.TrimSpace(strings.Trim(label, `"'`))
	if label == "" {
		return nil, ""
	}
	enc, name := charset.Lookup(label)
	if enc == nil {
		return nil, ""
	}
	return enc, name
}

func headerCharset(contentType string) string {
	if contentType == "" {
		return ""
	}
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	return params["charset"]
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

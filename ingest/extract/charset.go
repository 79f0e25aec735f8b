package extract

import (
	"bytes"
	"mime"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// metaScanLimit is how much of a page is searched for <meta charset>.
// The HTML spec says 1024 bytes (and x/net/html/charset stops there), but
// real pages put kilobytes of scripts and styles first.
const metaScanLimit = 64 << 10

// decodePage returns the page as UTF-8 text and the name of the encoding
// it was read in. The order is the HTML standard's: byte order mark, then
// the HTTP Content-Type charset, then <meta charset> / http-equiv, then a
// guess (UTF-8 if the bytes are valid UTF-8, else Windows-1252, which is
// also what the web means by ISO-8859-1).
//
// Two common mislabellings are undone: a page declared in a legacy charset
// (Latin-1, GB2312, KOI8-R...) whose bytes are all valid UTF-8 with some
// non-ASCII characters is read as UTF-8 (the chance of legacy text forming
// valid multi-byte UTF-8 throughout is negligible), and
// a page declared UTF-8 that has invalid bytes and no multi-byte sequence
// at all is read as Windows-1252.
func decodePage(content []byte, contentType string) (string, string) {
	switch {
	case bytes.HasPrefix(content, []byte{0xEF, 0xBB, 0xBF}):
		return decodeWith(unicode.UTF8, content[3:]), "utf-8"
	case bytes.HasPrefix(content, []byte{0xFE, 0xFF}):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), content), "utf-16be"
	case bytes.HasPrefix(content, []byte{0xFF, 0xFE}):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), content), "utf-16le"
	}
	enc, name := lookupCharset(headerCharset(contentType))
	if enc != nil && strings.HasPrefix(name, "utf-16") && !hasNUL(content) {
		// Text in UTF-16 is full of zero bytes; without any, the label is
		// wrong and reading by it would turn the page into CJK noise.
		enc, name = nil, ""
	}
	if enc == nil {
		enc, name = lookupCharset(metaCharset(content))
		if enc != nil && strings.HasPrefix(name, "utf-16") {
			// A <meta> that could be read at all was not UTF-16.
			enc, name = unicode.UTF8, "utf-8"
		}
	}
	if enc == nil {
		if utf8.Valid(content) {
			return string(content), "utf-8"
		}
		return decodeWith(charmap.Windows1252, content), "windows-1252"
	}
	switch {
	case name != "utf-8" && !strings.HasPrefix(name, "utf-16") && hasMultibyteUTF8(content) && utf8.Valid(content):
		return string(content), "utf-8"
	case name == "utf-8" && !utf8.Valid(content) && !hasMultibyteUTF8(content):
		return decodeWith(charmap.Windows1252, content), "windows-1252"
	case name == "utf-8":
		return strings.ToValidUTF8(string(content), "\uFFFD"), "utf-8"
	}
	return decodeWith(enc, content), name
}

// headerCharset returns the charset parameter of a Content-Type header,
// also from a malformed one ("text/html; charset=utf-8;;").
func headerCharset(contentType string) string {
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
func hasNUL(content []byte) bool {
	return bytes.IndexByte(content[:min(len(content), 1024)], 0) >= 0
}

func lookupCharset(label string) (encoding.Encoding, string) {
	label = strings.TrimSpace(label)
	if label == "" {
		return nil, ""
	}
	enc, name := charset.Lookup(label)
	if enc == nil {
		return nil, ""
	}
	return enc, name
}

func decodeWith(enc encoding.Encoding, content []byte) string {
	out, err := enc.NewDecoder().Bytes(content)
	if err != nil {
		// Decoders here replace bad input rather than fail; be safe anyway.
		return strings.ToValidUTF8(string(content), "\uFFFD")
	}
	return string(out)
}

// hasMultibyteUTF8 reports whether content holds at least one well-formed
// multi-byte UTF-8 sequence.
func hasMultibyteUTF8(content []byte) bool {
	for i := 0; i < len(content); {
		if content[i] < 0x80 {
			i++
			continue
		}
		r, size := utf8.DecodeRune(content[i:])
		if r != utf8.RuneError && size > 1 {
			return true
		}
		i++
	}
	return false
}

// metaCharset finds the charset declared by <meta charset> or <meta
// http-equiv="Content-Type" content="...; charset=..."> before <body>.
func metaCharset(content []byte) string {
	if len(content) > metaScanLimit {
		content = content[:metaScanLimit]
	}
	z := html.NewTokenizer(bytes.NewReader(content))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "body":
				return ""
			case "meta":
			default:
				continue
			}
			var cs, httpEquiv, ctContent string
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				switch strings.ToLower(string(k)) {
				case "charset":
					cs = string(v)
				case "http-equiv":
					httpEquiv = strings.ToLower(string(v))
				case "content":
					ctContent = string(v)
				}
			}
			if cs != "" {
				return cs
			}
			if httpEquiv == "content-type" {
				if _, params, err := mime.ParseMediaType(ctContent); err == nil && params["charset"] != "" {
					return params["charset"]
				}
			}
		}
	}
}

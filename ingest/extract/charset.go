package extract

import (
	"bytes"
	"mime"
	"strings"

	"golang.org/x/net/html"

	"github.com/newsbot-dev/newsbot/ingest/charset"
)

// metaScanLimit is how much of a page is searched for <meta charset>.
// The HTML spec says 1024 bytes (and x/net/html/charset stops there), but
// real pages put kilobytes of scripts and styles first.
const metaScanLimit = 64 << 10

// decodePage returns the page as UTF-8 text and the name of the encoding
// it was read in; see charset.Decode for the order and the mislabellings
// it undoes. The page's own declaration is its <meta charset>.
func decodePage(content []byte, contentType string) (string, string) {
	return charset.Decode(content, contentType, metaCharset)
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

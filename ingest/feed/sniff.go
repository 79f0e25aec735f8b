package feed

import (
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// sniffBytes is how much of a document Sniff reads.
const sniffBytes = 64 << 10

// Sniff says which kind of feed data is, "rss", "atom" or "json", or ""
// when it is not a feed (an HTML page, an image, some other JSON). The
// Content-Type only helps decode the bytes; the document itself decides,
// since servers label feeds text/html and pages text/xml.
func Sniff(data []byte, contentType string) string {
	text := decode(data[:min(len(data), sniffBytes)], contentType)
	text = strings.TrimLeft(text, " \t\r\n")
	if strings.HasPrefix(text, "{") {
		if strings.Contains(text, "jsonfeed.org/version") {
			return "json"
		}
		return ""
	}
	for strings.HasPrefix(text, "<") {
		switch {
		case strings.HasPrefix(text, "<?"):
			text = after(text, "?>")
		case strings.HasPrefix(text, "<!--"):
			text = after(text, "-->")
		case strings.HasPrefix(text, "<!"):
			text = after(text, ">")
		default:
			name := text[1:]
			if i := strings.IndexAny(name, " \t\r\n/>"); i >= 0 {
				name = name[:i]
			}
			if i := strings.LastIndexByte(name, ':'); i >= 0 {
				name = name[i+1:]
			}
			switch strings.ToLower(name) {
			case "rss", "rdf":
				return "rss"
			case "feed":
				return "atom"
			}
			return ""
		}
		text = strings.TrimLeft(text, " \t\r\n")
	}
	return ""
}

func after(s, marker string) string {
	if i := strings.Index(s, marker); i >= 0 {
		return s[i+len(marker):]
	}
	return ""
}

// feedTypes are the <link rel=alternate> types that name a feed.
var feedTypes = map[string]bool{
	"application/rss+xml": true, "application/atom+xml": true, "application/feed+json": true,
	"application/rdf+xml": true, "application/json": true, "application/x.atom+xml": true,
	"application/x-atom+xml": true, "text/xml": true, "application/xml": true,
}

// Discover returns the feeds an HTML page links to with <link
// rel="alternate" type="application/rss+xml"> and the like, absolute, in
// page order, so that "!feed add https://example.org/" finds the site's feed.
func Discover(page []byte, pageURL, contentType string) []string {
	base, err := url.Parse(pageURL)
	if err != nil {
		base = nil
	}
	z := html.NewTokenizer(strings.NewReader(decode(page[:min(len(page), sniffBytes*4)], contentType)))
	var out []string
	seen := map[string]bool{}
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		name, hasAttr := z.TagName()
		if a := atom.Lookup(name); a == atom.Body {
			return out // feeds are announced in the head
		} else if a != atom.Link || !hasAttr {
			continue
		}
		var rel, typ, href string
		for {
			k, v, more := z.TagAttr()
			switch string(k) {
			case "rel":
				rel = strings.ToLower(string(v))
			case "type":
				typ = strings.ToLower(strings.TrimSpace(string(v)))
			case "href":
				href = string(v)
			}
			if !more {
				break
			}
		}
		if !hasToken(rel, "alternate") || !feedTypes[typ] || strings.TrimSpace(href) == "" {
			continue
		}
		if href = resolve(base, href); isWebURL(href) && !seen[href] {
			seen[href] = true
			out = append(out, href)
		}
	}
}

func hasToken(list, token string) bool {
	for _, t := range strings.Fields(list) {
		if t == token {
			return true
		}
	}
	return false
}

package extract

import (
	"encoding/json"
	shtml "html"
	"net/url"
	"regexp"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsbot-dev/newsbot"
)

// pageMeta is what the page says about itself, gathered from the whole
// document before any content is removed.
type pageMeta struct {
	meta       map[string][]string // lower-case name/property/itemprop -> content values, in order
	title      string              // <title>
	h1         []string
	canonical  string
	ogURL      string
	relAuthors []string
	itemAuthor []string
	bylineText []string // text of elements classed byline/author
	times      []string // <time datetime> in an article header, best first
	ld         ldInfo
}

func (m *pageMeta) first(keys ...string) string {
	for _, k := range keys {
		for _, v := range m.meta[k] {
			if v = cleanMetaValue(v); v != "" {
				return v
			}
		}
	}
	return ""
}

var rxEntity = regexp.MustCompile(`&(#\d+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);`)

// cleanMetaValue unescapes entities left in attribute values (many sites
// escape twice) and normalises space.
func cleanMetaValue(s string) string {
	if rxEntity.MatchString(s) {
		s = shtml.UnescapeString(s)
	}
	return normalizeSpace(s)
}

var rxBylineClass = regexp.MustCompile(`(?i)(?:^|[\s_-])(byline|by-line|author|authors|author-name|writer|contributor)(?:$|[\s_-])`)

// readMeta walks the document once and records its metadata.
func readMeta(doc *html.Node) *pageMeta {
	m := &pageMeta{meta: map[string][]string{}}
	var timeHeader, timeOther []string
	var walk func(n *html.Node, inSVG, inHeader, inArticle bool)
	walk = func(n *html.Node, inSVG, inHeader, inArticle bool) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Svg:
				inSVG = true
			case atom.Header:
				inHeader = true
			case atom.Article:
				inArticle = true
			case atom.Meta:
				content := attr(n, "content")
				for _, a := range []string{"name", "property", "itemprop"} {
					for _, k := range strings.Fields(strings.ToLower(attr(n, a))) {
						m.meta[k] = append(m.meta[k], content)
					}
				}
			case atom.Title:
				if !inSVG && m.title == "" {
					m.title = normalizeSpace(textOf(n))
				}
			case atom.H1:
				if t := normalizeSpace(textOf(n)); t != "" {
					m.h1 = append(m.h1, t)
				}
			case atom.Link:
				rels := strings.Fields(strings.ToLower(attr(n, "rel")))
				if hasToken(rels, "canonical") && m.canonical == "" {
					m.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
					m.ld.add(textOf(n))
				}
				return
			case atom.Style, atom.Noscript, atom.Template:
				return
			case atom.Time:
				if dt := strings.TrimSpace(attr(n, "datetime")); dt != "" {
					cls := strings.ToLower(attr(n, "class") + " " + attr(n, "itemprop") + " " + attr(n.Parent, "class"))
					switch {
					case strings.Contains(cls, "modif") || strings.Contains(cls, "updated"):
					case hasAttr(n, "pubdate") || strings.Contains(cls, "datepublished") || strings.Contains(cls, "publish"):
						timeHeader = append([]string{dt}, timeHeader...)
					case inHeader || inArticle:
						timeHeader = append(timeHeader, dt)
					default:
						timeOther = append(timeOther, dt)
					}
				}
			}
			if n.DataAtom == atom.A || n.DataAtom == atom.Link {
				if hasToken(strings.Fields(strings.ToLower(attr(n, "rel"))), "author") && n.DataAtom == atom.A {
					if t := cleanByline(textOf(n)); t != "" && wordCount(t) <= 8 {
						m.relAuthors = appendName(m.relAuthors, t)
					}
				}
			}
			if strings.EqualFold(attr(n, "itemprop"), "author") && n.DataAtom != atom.Meta && n.DataAtom != atom.Link {
				name := ""
				if nn := findFirst(n, func(c *html.Node) bool { return strings.EqualFold(attr(c, "itemprop"), "name") }); nn != nil {
					name = attr(nn, "content")
					if name == "" {
						name = textOf(nn)
					}
				} else {
					name = textOf(n)
				}
				if name = cleanByline(name); name != "" && wordCount(name) <= 8 {
					m.itemAuthor = appendName(m.itemAuthor, name)
				}
			}
			if n.DataAtom != atom.Meta && n.DataAtom != atom.Body && n.DataAtom != atom.Html && rxBylineClass.MatchString(attr(n, "class")+" "+attr(n, "id")) {
				if t := normalizeSpace(textOf(n)); t != "" && wordCount(t) <= 20 {
					m.bylineText = append(m.bylineText, t)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inSVG, inHeader, inArticle)
		}
	}
	walk(doc, false, false, false)
	m.ogURL = m.first("og:url")
	m.times = append(timeHeader, timeOther...)
	if len(timeHeader) == 0 {
		// A <time> anywhere else (a "Most read" list, a comment) is not
		// the article's date.
		m.times = nil
	}
	return m
}

// title picks the headline: og:title, the JSON-LD headline, then <title>
// with the site name taken off, then the first <h1>.
func (m *pageMeta) pickTitle(outlet string) string {
	if t := m.first("og:title", "twitter:title"); t != "" {
		return stripSiteName(t, outlet, false)
	}
	if m.ld.headline != "" {
		return stripSiteName(m.ld.headline, outlet, false)
	}
	if m.title != "" {
		t := stripSiteName(m.title, outlet, true)
		if t != "" {
			return t
		}
	}
	if len(m.h1) > 0 {
		return m.h1[0]
	}
	return ""
}

var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " / "}

// stripSiteName removes " - Site Name" / " | Site" from a title, or a
// leading "Site Name - ". With generic set (an HTML <title>), a short last
// part is taken for a site name even when the outlet is unknown.
func stripSiteName(title, outlet string, generic bool) string {
	title = normalizeSpace(title)
	fold := func(s string) string { return strings.ToLower(strings.TrimSpace(s)) }
	o := fold(outlet)
	for range 2 {
		cut, sep := -1, ""
		for _, s := range titleSeparators {
			if i := strings.LastIndex(title, s); i > cut {
				cut, sep = i, s
			}
		}
		if cut <= 0 {
			break
		}
		head, tail := title[:cut], title[cut+len(sep):]
		switch {
		case o != "" && (fold(tail) == o || strings.Contains(fold(tail), o) || strings.Contains(o, fold(tail))):
			title = head
			continue
		case o != "":
			if i := strings.Index(title, sep); i > 0 && fold(title[:i]) == o {
				title = title[i+len(sep):]
				continue
			}
		}
		if generic && wordCount(tail) <= 4 && wordCount(head) >= 3 {
			title = head
			continue
		}
		break
	}
	return strings.TrimSpace(title)
}

// stripByline removes a trailing " | Jane Doe" naming the author, as some
// sites append to og:title.
func stripByline(title, byline string) string {
	if byline == "" {
		return title
	}
	for _, sep := range titleSeparators {
		if head, tail, ok := strings.Cut(title, sep); ok && strings.EqualFold(strings.TrimSpace(tail), byline) && head != "" {
			return strings.TrimSpace(head)
		}
	}
	return title
}

// pickOutlet is og:site_name, else the JSON-LD publisher or web site name.
func (m *pageMeta) pickOutlet() string {
	return firstNonEmpty(m.first("og:site_name"), m.ld.publisher, m.ld.site, m.first("application-name"))
}

// pickByline prefers named people in JSON-LD, then meta author tags, then
// rel=author links and itemprop=author, then a "By ..." element.
func (m *pageMeta) pickByline(outlet string) string {
	if len(m.ld.authors) > 0 {
		return joinNames(m.ld.authors)
	}
	for _, k := range []string{"author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl", "twitter:creator"} {
		for _, v := range m.meta[k] {
			if b := cleanByline(cleanMetaValue(v)); b != "" && !strings.HasPrefix(b, "@") {
				return b
			}
		}
	}
	if len(m.relAuthors) > 0 {
		return joinNames(m.relAuthors)
	}
	if len(m.itemAuthor) > 0 {
		return joinNames(m.itemAuthor)
	}
	for _, t := range m.bylineText {
		if sub := rxByline.FindStringSubmatch(t); sub != nil {
			if b := bylineName(sub[1]); b != "" {
				return b
			}
		}
	}
	return ""
}

// cleanByline drops "By " and rejects URLs and sentences.
func cleanByline(s string) string {
	s = normalizeSpace(s)
	if sub := rxByline.FindStringSubmatch(s); sub != nil {
		s = sub[1]
	}
	if s == "" || strings.Contains(s, "://") || strings.HasPrefix(s, "www.") || wordCount(s) > 15 {
		return ""
	}
	return s
}

// appendName adds an author unless the list already names them, in any
// case ("Jane Doe" and "JANE DOE" are one person).
func appendName(names []string, name string) []string {
	for _, n := range names {
		if strings.EqualFold(n, name) {
			return names
		}
	}
	return append(names, name)
}

func joinNames(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// Meta tags that carry the publication time, most specific first.
var publishedKeys = []string{
	"article:published_time", "og:published_time", "og:article:published_time",
	"article:published", "datepublished", "dc.date.issued", "dc.date.created", "dc.date",
	"dcterms.issued", "dcterms.created", "dcterms.date", "dcterms.available",
	"parsely-pub-date", "sailthru.date", "pubdate", "publishdate", "publish-date",
	"publish_date", "article.published", "original-publish-date", "date",
}

// pickPublished returns the publication time from meta tags, JSON-LD or a
// <time> in the article header.
func (m *pageMeta) pickPublished() (time.Time, string) {
	for _, k := range publishedKeys {
		for _, v := range m.meta[k] {
			if t, ok := parseTimestamp(cleanMetaValue(v)); ok {
				return t, sourceMeta
			}
		}
	}
	for _, v := range m.ld.published {
		if t, ok := parseTimestamp(v); ok {
			return t, sourceJSONLD
		}
	}
	for _, v := range m.times {
		if t, ok := parseTimestamp(v); ok {
			return t, sourceMeta
		}
	}
	return time.Time{}, ""
}

var timestampLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -0700 MST",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"2006/01/02 15:04:05",
	"2006/01/02",
	"20060102",
}

// parseTimestamp reads the machine dates of meta tags and JSON-LD, falling
// back to a written date ("March 25, 2012 10:15 AM"). The result keeps the
// UTC offset it was written with (see newsbot.AsPublished).
func parseTimestamp(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 80 {
		return time.Time{}, false
	}
	for _, layout := range timestampLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			if t.Year() < 1900 || t.Year() > 2100 {
				return time.Time{}, false
			}
			return newsbot.AsPublished(t), true
		}
	}
	if dates := findDates(s); len(dates) > 0 {
		return dates[0].t, true
	}
	return time.Time{}, false
}

// resolveURL resolves ref against base and keeps it only when the result is
// an absolute http(s) URL.
func resolveURL(base, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if b, err := url.Parse(strings.TrimSpace(base)); err == nil && base != "" {
		r = b.ResolveReference(r)
	}
	if (r.Scheme != "http" && r.Scheme != "https") || r.Host == "" {
		return ""
	}
	return r.String()
}

// ldInfo is what JSON-LD says about the article.
type ldInfo struct {
	headline  string
	authors   []string
	published []string
	publisher string
	site      string
}

var rxLDArticle = regexp.MustCompile(`(?i)^(Article|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|SatiricalArticle|ScholarlyArticle|Report|BlogPosting|LiveBlogPosting|SocialMediaPosting|TechArticle|DiscussionForumPosting)$`)

var (
	rxLDWebSite      = regexp.MustCompile(`^WebSite$`)
	rxLDOrganization = regexp.MustCompile(`Organization$`)
)

// add reads one <script type="application/ld+json"> block: a single
// object, an array of them, or an @graph, with references by @id.
func (ld *ldInfo) add(raw string) {
	raw = strings.TrimSpace(raw)
	raw = strings.TrimPrefix(raw, "<![CDATA[")
	raw = strings.TrimSuffix(raw, "]]>")
	// Raw newlines and tabs inside strings are the commonest JSON-LD error;
	// outside strings they are whitespace anyway.
	raw = strings.Map(func(r rune) rune {
		if r < 0x20 {
			return ' '
		}
		return r
	}, raw)
	var v any
	if err := json.Unmarshal([]byte(raw), &v); err != nil {
		return
	}
	var nodes []map[string]any
	var flatten func(v any, depth int)
	flatten = func(v any, depth int) {
		if depth > 4 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				flatten(e, depth+1)
			}
		case map[string]any:
			nodes = append(nodes, x)
			if g, ok := x["@graph"]; ok {
				flatten(g, depth+1)
			}
		}
	}
	flatten(v, 0)
	byID := map[string]map[string]any{}
	for _, n := range nodes {
		if id, ok := n["@id"].(string); ok && id != "" {
			if _, dup := byID[id]; !dup || len(n) > len(byID[id]) {
				byID[id] = n
			}
		}
	}
	resolve := func(v any) any {
		if m, ok := v.(map[string]any); ok {
			if id, ok := m["@id"].(string); ok && len(m) <= 2 {
				if full, ok := byID[id]; ok {
					return full
				}
			}
		}
		return v
	}

	var article map[string]any
	for _, n := range nodes {
		if ldTypeMatches(n, rxLDArticle) {
			article = n
			break
		}
	}
	if article == nil {
		for _, n := range nodes {
			if _, ok := n["datePublished"]; ok {
				article = n
				break
			}
		}
	}
	for _, n := range nodes {
		if ld.site == "" && ldTypeMatches(n, rxLDWebSite) {
			ld.site = ldString(n["name"])
		}
	}
	if article == nil {
		return
	}
	if ld.headline == "" {
		ld.headline = firstNonEmpty(ldString(article["headline"]), ldString(article["name"]))
	}
	ld.published = append(ld.published, ldStrings(article["datePublished"])...)
	if len(ld.authors) == 0 {
		for _, a := range ldList(article["author"]) {
			a = resolve(a)
			switch x := a.(type) {
			case string:
				if b := cleanByline(cleanMetaValue(x)); b != "" {
					ld.authors = appendName(ld.authors, b)
				}
			case map[string]any:
				if ldTypeMatches(x, rxLDOrganization) {
					continue
				}
				if b := cleanByline(ldString(x["name"])); b != "" {
					ld.authors = appendName(ld.authors, b)
				}
			}
		}
	}
	if ld.publisher == "" {
		for _, p := range ldList(article["publisher"]) {
			p = resolve(p)
			switch x := p.(type) {
			case string:
				ld.publisher = cleanMetaValue(x)
			case map[string]any:
				ld.publisher = ldString(x["name"])
			}
			if ld.publisher != "" {
				break
			}
		}
	}
}

func ldTypeMatches(n map[string]any, rx *regexp.Regexp) bool {
	for _, t := range ldStrings(n["@type"]) {
		if rx.MatchString(t) {
			return true
		}
	}
	return false
}

func ldList(v any) []any {
	if l, ok := v.([]any); ok {
		return l
	}
	if v == nil {
		return nil
	}
	return []any{v}
}

func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return cleanMetaValue(x)
	case []any:
		for _, e := range x {
			if s := ldString(e); s != "" {
				return s
			}
		}
	case map[string]any:
		return ldString(x["@value"])
	}
	return ""
}

func ldStrings(v any) []string {
	var out []string
	for _, e := range ldList(v) {
		if s := ldString(e); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// DOM helpers.

func attr(n *html.Node, key string) string {
	if n == nil {
		return ""
	}
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

func hasToken(tokens []string, t string) bool {
	for _, x := range tokens {
		if x == t {
			return true
		}
	}
	return false
}

// textOf is the concatenated text of n's subtree; scripts, styles and
// templates below n are skipped (n itself may be a script, for JSON-LD).
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				b.WriteString(c.Data)
			case html.ElementNode:
				switch c.DataAtom {
				case atom.Script, atom.Style, atom.Noscript, atom.Template:
					continue
				}
				walk(c)
			}
		}
	}
	walk(n)
	return b.String()
}

func findFirst(n *html.Node, match func(*html.Node) bool) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && match(c) {
			return c
		}
		if f := findFirst(c, match); f != nil {
			return f
		}
	}
	return nil
}

package extract

import (
	"fmt"
	"io"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxPageBytes bounds what HTML reads: far above any article page, low
// enough that a runaway response cannot exhaust memory.
const maxPageBytes = 16 << 20

// HTML extracts the article from a web page. pageURL (may be "") resolves
// the canonical URL; contentType is the HTTP Content-Type header, whose
// charset wins over the page's own <meta> (a byte order mark wins over
// both); when it is "" the charset comes from <meta>, a BOM or the bytes.
//
// The main text is found by go-readability after site furniture and
// captions have been pruned, then split into paragraphs by block element
// and <br><br>, and cleaned by Clean. Metadata comes from meta tags,
// JSON-LD (including @graph and arrays) and the document head; the date
// falls back to DateFromText. The error is non-nil only when the page
// cannot be read, or (wrapping ErrNoText) has no article text; the
// Document then still holds whatever metadata was found.
func HTML(r io.Reader, pageURL string, contentType string) (Document, error) {
	content, err := io.ReadAll(io.LimitReader(r, maxPageBytes))
	if err != nil {
		return Document{}, fmt.Errorf("extract: read page: %w", err)
	}
	text, _ := decodePage(content, contentType)
	text = strings.TrimPrefix(text, "\uFEFF")
	root, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return Document{}, fmt.Errorf("extract: parse page: %w", err)
	}

	meta := readMeta(root)
	var doc Document
	doc.Outlet = meta.pickOutlet()
	doc.Title = meta.pickTitle(doc.Outlet)
	doc.Byline = meta.pickByline(doc.Outlet)
	doc.Title = stripByline(doc.Title, doc.Byline)
	doc.Published, doc.DateSource = meta.pickPublished()
	doc.CanonicalURL = firstNonEmpty(resolveURL(pageURL, meta.canonical), resolveURL(pageURL, meta.ogURL))

	figCaptions := prune(root)
	raw := mainText(root, pageURL)

	// Text fallbacks: a "By ..." line near the top, a dateline, a caption date.
	for i, p := range raw {
		if i >= topParagraphs {
			break
		}
		if doc.Byline == "" && isBylineLine(p) {
			doc.Byline = bylineName(rxByline.FindStringSubmatch(p)[1])
		}
	}
	if doc.Published.IsZero() {
		doc.Published, doc.DateSource = DateFromText(raw)
	}
	if doc.Published.IsZero() {
		for _, c := range figCaptions {
			if t, ok := captionDate(c); ok {
				doc.Published, doc.DateSource = t, sourceCaption
				break
			}
		}
	}

	// The headline repeated as the first paragraph is not body text.
	for len(raw) > 0 && doc.Title != "" && strings.EqualFold(raw[0], doc.Title) {
		raw = raw[1:]
	}
	kept, captions := Clean(raw)
	doc.Paragraphs = kept
	for _, c := range captions {
		figCaptions = appendNew(figCaptions, c)
	}
	doc.Captions = figCaptions
	if len(doc.Paragraphs) == 0 {
		return doc, fmt.Errorf("extract: %w", ErrNoText)
	}
	return doc, nil
}

// mainText returns the raw paragraphs of the article body: readability's
// choice when it finds one, else the largest <article>, <main> or the body.
func mainText(root *html.Node, pageURL string) []string {
	var paras []string
	if node := readabilityNode(root, pageURL); node != nil {
		walkParagraphs(wrap(node), &paras)
	}
	if len(paras) > 0 {
		return paras
	}
	walkParagraphs(fallbackContainer(root), &paras)
	return paras
}

// readabilityNode runs go-readability on a copy of the pruned document. A
// panic inside it (hostile markup) is treated as "found nothing".
func readabilityNode(root *html.Node, pageURL string) (node *html.Node) {
	defer func() {
		if recover() != nil {
			node = nil
		}
	}()
	var u *url.URL
	if pageURL != "" {
		u, _ = url.Parse(pageURL)
	}
	parser := readability.NewParser()
	article, err := parser.ParseDocument(root, u)
	if err != nil {
		return nil
	}
	return article.Node
}

// wrap gives a lone node a parent so walkParagraphs sees the node itself.
func wrap(n *html.Node) *html.Node {
	parent := &html.Node{Type: html.DocumentNode}
	if n.Parent != nil {
		n.Parent.RemoveChild(n)
	}
	parent.AppendChild(n)
	return parent
}

// fallbackContainer is the <article> with the most text, else <main>, else
// the element with role=main, else <body>.
func fallbackContainer(root *html.Node) *html.Node {
	var best, main, roleMain, body *html.Node
	bestLen := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch {
			case c.DataAtom == atom.Article:
				if l := textLen(c); l > bestLen {
					best, bestLen = c, l
				}
			case c.DataAtom == atom.Main && main == nil:
				main = c
			case strings.EqualFold(attr(c, "role"), "main") && roleMain == nil:
				roleMain = c
			case c.DataAtom == atom.Body && body == nil:
				body = c
			}
			walk(c)
		}
	}
	walk(root)
	for _, n := range []*html.Node{best, main, roleMain, body} {
		if n != nil {
			return n
		}
	}
	return root
}

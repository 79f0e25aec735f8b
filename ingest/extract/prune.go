package extract

import (
	"regexp"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Pruning runs before readability: readability scores blocks of text and
// will happily keep a "Most read" list that sits inside <main> next to the
// story, so furniture that markup names (nav, aside, share bars, related
// boxes, cookie banners) is taken out first, and photo captions are set
// aside. A box is only removed while it holds less than maxPruneShare of
// the page's text: a site that classes its story container "share-enabled"
// or wraps the whole page in a <form> keeps its story.
const maxPruneShare = 0.3

// dropTags never hold article text.
var dropTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Embed: true,
	atom.Canvas: true, atom.Video: true, atom.Audio: true, atom.Map: true, atom.Select: true,
	atom.Textarea: true, atom.Input: true, atom.Button: true, atom.Dialog: true,
}

// furnitureTags are site structure: removed under the share guard.
var furnitureTags = map[atom.Atom]bool{
	atom.Nav: true, atom.Aside: true, atom.Footer: true, atom.Form: true, atom.Menu: true,
}

var furnitureRoles = setOf("navigation", "complementary", "contentinfo", "search", "dialog",
	"alertdialog", "menu", "menubar", "toolbar", "tablist", "banner")

// rxClutterClass matches class and id values of furniture, by whole
// hyphen- or underscore-separated token.
var rxClutterClass = regexp.MustCompile(`(?i)(?:^|[\s_-])(share|shares|sharing|sharebar|sharetools|social|socials|related|relatedlinks|mostread|mostpopular|most[-_]?(?:read|popular|viewed|shared|watched|commented)|popular|trending|newsletter|promo|promos|advert|advertisement|adverts|ads|ad|adslot|adunit|dfp|sponsor|sponsored|outbrain|taboola|cookie|cookies|consent|gdpr|subscribe|subscription|signup|breadcrumb|breadcrumbs|comments|comment|recommended|recommendations|read[-_]?more|read[-_]?next|more[-_]?stories|also[-_]?read|up[-_]?next|recirc|recirculation|tags|tag[-_]?list|byline|author|authors|timestamp|dateline[-_]?time|sidebar|rail|widget|toolbar|skip|skiplink|sr[-_]?only|visually[-_]?hidden|screen[-_]?reader[-_]?text|modal|popup|overlay|nav|navbar|navigation|menu|masthead|credit|credits|print[-_]?only)(?:$|[\s_-])`)

var rxCaptionClass = regexp.MustCompile(`(?i)(?:^|[\s_-])(caption|captions|figcaption|wp-caption-text)(?:$|[\s_-])`)

// boxHeadings title the related/popular boxes that follow them.
var boxHeadings = setOf(
	"most read", "most popular", "most viewed", "most shared", "most watched", "most commented",
	"related", "related stories", "related articles", "related content", "related topics",
	"related coverage", "related links", "related news", "more on this story", "more on this topic",
	"more stories", "more news", "top stories", "trending", "trending now", "popular now",
	"recommended", "recommended for you", "you may also like", "you might also like",
	"read more", "read next", "also read", "don't miss", "editor's picks", "around the web",
	"latest news", "latest stories", "in other news", "more like this", "from around the web",
	"what to read next", "sponsored stories", "promoted stories", "share this article",
	"share this story", "share", "follow us", "newsletter", "sign up", "elsewhere",
)

var rxBoxHeadingPrefix = regexp.MustCompile(`^(more from|also on|more in|most read in|related:)\b`)

// prune removes furniture from doc in place and returns the photo captions
// it took out, in document order.
func prune(doc *html.Node) (captions []string) {
	body := findFirst(doc, func(n *html.Node) bool { return n.DataAtom == atom.Body })
	if body == nil {
		body = doc
	}
	total := float64(textLen(body))
	small := func(n *html.Node) bool {
		return float64(textLen(n)) < maxPruneShare*total
	}

	var remove []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.CommentNode {
				remove = append(remove, c)
				continue
			}
			if c.Type != html.ElementNode {
				continue
			}
			if isClutter(c, small) {
				remove = append(remove, c)
				continue
			}
			if isBoxHeading(c) {
				box := c.Parent
				if box != nil && box != body && box.DataAtom != atom.Main && box.DataAtom != atom.Article && small(box) {
					remove = append(remove, box)
					return // the rest of this parent goes with it
				}
				// The heading sits beside the story: take it and the list after it.
				remove = append(remove, c)
				if next := nextElement(c); next != nil && small(next) && !containsParagraphs(next) {
					remove = append(remove, next)
					c = next
				}
				continue
			}
			walk(c)
		}
	}
	walk(doc)
	for _, n := range remove {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
	disguiseInlineBylines(body)

	// Captions of the photos that remain (in the story, not in a removed box).
	var figs []*html.Node
	var collect func(n *html.Node)
	collect = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch {
			case c.DataAtom == atom.Figure:
				if fc := findFirst(c, func(x *html.Node) bool {
					return x.DataAtom == atom.Figcaption || rxCaptionClass.MatchString(attr(x, "class"))
				}); fc != nil {
					captions = appendCaption(captions, fc)
				}
				figs = append(figs, c)
			case c.DataAtom == atom.Figcaption,
				rxCaptionClass.MatchString(attr(c, "class")) && small(c):
				captions = appendCaption(captions, c)
				figs = append(figs, c)
			default:
				collect(c)
			}
		}
	}
	collect(body)
	for _, n := range figs {
		if n.Parent != nil && (small(n) || n.DataAtom == atom.Figcaption) {
			n.Parent.RemoveChild(n)
		}
	}
	return captions
}

// rxReadabilityByline is what go-readability takes for a byline element;
// when the page gave it no byline it deletes the first one it meets.
var rxReadabilityByline = regexp.MustCompile(`(?i)byline|author|dateline|writtenby|p-author`)

// disguiseInlineBylines drops byline-like class and id attributes from
// inline elements inside sentences, so that "<span class=dateline>CAIRO
// —</span> Gunmen opened fire ..." keeps its dateline.
func disguiseInlineBylines(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if inlineTags[c.DataAtom] && rxReadabilityByline.MatchString(attr(c, "class")+" "+attr(c, "id")) &&
			isSentence(normalizeSpace(textOf(c.Parent))) {
			c.Attr = slices.DeleteFunc(c.Attr, func(a html.Attribute) bool { return a.Key == "class" || a.Key == "id" })
		}
		disguiseInlineBylines(c)
	}
}

func appendCaption(captions []string, n *html.Node) []string {
	var paras []string
	walkParagraphs(n, &paras)
	if t := strings.Join(paras, " "); t != "" && !IsBoilerplate(t) {
		return appendNew(captions, t)
	}
	return captions
}

// isClutter decides whether element n is furniture to remove.
func isClutter(n *html.Node, small func(*html.Node) bool) bool {
	if n.DataAtom == atom.Script && strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
		// Readability reads JSON-LD too: without its byline it takes the
		// first element classed "dateline" for one and deletes it.
		return false
	}
	if dropTags[n.DataAtom] {
		return true
	}
	if n.DataAtom == atom.Head || n.DataAtom == atom.Title || n.DataAtom == atom.Meta || n.DataAtom == atom.Link {
		return false
	}
	if n.DataAtom == atom.Body || n.DataAtom == atom.Html || n.DataAtom == atom.Main {
		return false
	}
	hidden := hasAttr(n, "hidden") || strings.EqualFold(attr(n, "aria-hidden"), "true") || isHiddenStyle(attr(n, "style"))
	furniture := furnitureTags[n.DataAtom] ||
		furnitureRoles[strings.ToLower(strings.TrimSpace(attr(n, "role")))] ||
		rxClutterClass.MatchString(attr(n, "class")) || isClutterID(attr(n, "id"))
	if !hidden && !furniture {
		return false
	}
	if !hidden && n.DataAtom == atom.P && isProse(normalizeSpace(textOf(n))) {
		// A paragraph of running text is the story whatever it is classed
		// (one magazine marks every paragraph "paywall").
		return false
	}
	if !hidden && inlineTags[n.DataAtom] && n.Parent != nil && isSentence(normalizeSpace(textOf(n.Parent))) {
		// Words inside a sentence ("<a class=popup>rather elderly</a>",
		// "<span class=dateline>CAIRO —</span>") belong to it.
		return false
	}
	if n.DataAtom == atom.Article && !hidden {
		// An <article> classed "related" or "promo" is a teaser; the story's
		// own <article> is protected by the share guard.
		return small(n) && !containsParagraphs(n)
	}
	return small(n)
}

// isClutterID matches ids like classes, but only short ones: long ids are
// slugs of headings ("sharing-with-a-single-developer"), not furniture.
func isClutterID(id string) bool {
	if id == "" {
		return false
	}
	return rxClutterIDPart.MatchString(id) ||
		strings.Count(id, "-")+strings.Count(id, "_") <= 2 && rxClutterClass.MatchString(id)
}

// rxClutterIDPart finds furniture words run together in an id
// ("makehomepagedialog", "cookiebanner").
var rxClutterIDPart = regexp.MustCompile(`(?i)dialog|modal|popup|lightbox|cookie|newsletter|overlay`)

// isProse reports a sentence-ending run of text of some length.
func isProse(s string) bool {
	return wordCount(s) >= 20 && endsSentence(s)
}

// isSentence reports a short run of text that ends like a sentence.
func isSentence(s string) bool {
	return wordCount(s) >= 6 && endsSentence(s)
}

var rxHiddenStyle = regexp.MustCompile(`(?i)(display\s*:\s*none|visibility\s*:\s*hidden)`)

func isHiddenStyle(s string) bool { return s != "" && rxHiddenStyle.MatchString(s) }

// isBoxHeading reports a heading that titles a related/popular box.
func isBoxHeading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Header, atom.Strong, atom.B:
	case atom.Div, atom.Span, atom.P:
		if !strings.Contains(strings.ToLower(attr(n, "class")), "title") && !strings.Contains(strings.ToLower(attr(n, "class")), "heading") {
			return false
		}
	default:
		return false
	}
	t := textOf(n)
	if len(t) > 80 {
		return false
	}
	k := key(t)
	return boxHeadings[k] || rxBoxHeadingPrefix.MatchString(k)
}

func nextElement(n *html.Node) *html.Node {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode {
			return s
		}
	}
	return nil
}

// containsParagraphs reports whether n holds at least two <p> of prose: a
// list of linked headlines has none.
func containsParagraphs(n *html.Node) bool {
	count := 0
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom == atom.P && endsSentence(normalizeSpace(textOf(c))) && wordCount(textOf(c)) >= 8 {
				count++
				if count >= 2 {
					return true
				}
			}
			if walk(c) {
				return true
			}
		}
		return false
	}
	return walk(n)
}

// textLen counts the non-space bytes of text under n.
func textLen(n *html.Node) int {
	total := 0
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				total += nonSpaceLen(c.Data)
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
	return total
}

package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// inlineTags continue the current paragraph; every other element starts
// and ends one.
var inlineTags = map[atom.Atom]bool{
	atom.A: true, atom.Abbr: true, atom.B: true, atom.Bdi: true, atom.Bdo: true, atom.Cite: true,
	atom.Code: true, atom.Data: true, atom.Dfn: true, atom.Em: true, atom.Font: true, atom.I: true,
	atom.Kbd: true, atom.Mark: true, atom.Q: true, atom.Rp: true, atom.Rt: true, atom.Ruby: true,
	atom.S: true, atom.Samp: true, atom.Small: true, atom.Span: true, atom.Strike: true,
	atom.Strong: true, atom.Sub: true, atom.Sup: true, atom.Time: true, atom.Tt: true, atom.U: true,
	atom.Var: true, atom.Wbr: true, atom.Del: true, atom.Ins: true, atom.Label: true, atom.Nobr: true,
	atom.Big: true, atom.Img: true, atom.Picture: true, atom.Source: true,
}

// skipTags hold no article prose. Headings are left out too: they are
// titles and subheads, not sentences to quote.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Canvas: true,
	atom.Video: true, atom.Audio: true, atom.Select: true, atom.Textarea: true, atom.Input: true,
	atom.Button: true, atom.Nav: true, atom.Aside: true, atom.Figure: true, atom.Figcaption: true,
	atom.Form: true, atom.Head: true, atom.Dialog: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
}

// paragraphWalker turns a content tree into paragraphs: one per block
// element, and one per run of text separated by <br><br>.
type paragraphWalker struct {
	out      *[]string
	buf      strings.Builder
	linkText int // bytes of buf that came from inside <a>
	inLink   int
	brs      int // consecutive <br> with only space between
}

// walkParagraphs appends the paragraphs of n's subtree to out.
func walkParagraphs(n *html.Node, out *[]string) {
	w := &paragraphWalker{out: out}
	w.children(n)
	w.flush()
}

func (w *paragraphWalker) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.node(c)
	}
}

func (w *paragraphWalker) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		if strings.TrimSpace(n.Data) != "" {
			w.brs = 0
		}
		w.buf.WriteString(n.Data)
		if w.inLink > 0 {
			w.linkText += nonSpaceLen(n.Data)
		}
		return
	case html.ElementNode:
	default:
		w.children(n)
		return
	}
	if skipTags[n.DataAtom] || hasAttr(n, "hidden") || isHiddenStyle(attr(n, "style")) {
		if !inlineTags[n.DataAtom] {
			w.flush()
		}
		return
	}
	switch {
	case n.DataAtom == atom.Br:
		w.brs++
		if w.brs >= 2 {
			w.flush()
		} else {
			w.buf.WriteByte(' ')
		}
	case n.DataAtom == atom.A:
		w.inLink++
		w.children(n)
		w.inLink--
	case inlineTags[n.DataAtom]:
		w.children(n)
	default:
		w.flush()
		w.children(n)
		w.flush()
	}
}

// flush ends the current paragraph. A paragraph that is nothing but a link
// and not a sentence is an inline "related story" teaser and is dropped.
func (w *paragraphWalker) flush() {
	w.brs = 0
	raw := w.buf.String()
	linkText := w.linkText
	w.buf.Reset()
	w.linkText = 0
	p := normalizeSpace(raw)
	if p == "" {
		return
	}
	if linkText > 0 && float64(linkText) >= 0.9*float64(nonSpaceLen(raw)) && !endsSentence(p) {
		return
	}
	*w.out = append(*w.out, p)
}

// nonSpaceLen counts the bytes of s outside white space.
func nonSpaceLen(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n += utf8.RuneLen(r)
		}
	}
	return n
}

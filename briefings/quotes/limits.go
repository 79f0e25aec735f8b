package quotes

import (
	"slices"
	"sort"

	"github.com/newsbot-dev/newsbot"
)

// maxSentence is the most tokens a sentence may have. Many scans start
// at each cue and run to the sentence's end or back to its start, so a
// sentence costs the square of its length; a page that is not prose (a
// table flattened into one line, text with no full stops, slogans run
// together) would hold one sentence of many thousand tokens and stall
// the extractor for seconds. The longest sentence of the annotated news
// we measure on has 336 tokens, a quotation of several sentences kept
// whole; a limit well above it cuts no real sentence and keeps the work
// per token bounded.
const maxSentence = 600

// capSentences cuts the sentences longer than maxSentence into pieces of
// at most that many tokens, each cut put before a quotation rather than
// inside one where the second half of the piece has such a place, and
// never between a word and its possessive "'s".
func (d *doc) capSentences() {
	long := false
	for _, s := range d.sents {
		if s[1]-s[0] > maxSentence {
			long = true
			break
		}
	}
	if !long {
		return
	}
	var out [][2]int
	for _, s := range d.sents {
		start := s[0]
		for s[1]-start > maxSentence {
			cut := start + maxSentence
			for c := cut; c > start+maxSentence/2; c-- {
				if q := d.inq[c]; q < 0 || d.regions[q].first == c {
					cut = c
					break
				}
			}
			// A possessive stays with its word: a piece opening with
			// "'s" would leave "Lee's criticism of …" without its
			// possessor.
			for cut > start+1 && d.toks[cut].lower == "'s" {
				cut--
			}
			out = append(out, [2]int{start, cut})
			start = cut
		}
		out = append(out, [2]int{start, s[1]})
	}
	d.sents = out
}

// sentencesIn returns the range [first, end) of the sentences of
// paragraph p. Sentences are in text order and never cross paragraphs,
// so a search finds them where a pass over all sentences per paragraph
// would cost the product of their numbers on a page of many paragraphs.
func (d *doc) sentencesIn(p int) (int, int) {
	pr := d.paras[p]
	first := sort.Search(len(d.sents), func(s int) bool { return d.sents[s][0] >= pr[0] })
	end := sort.Search(len(d.sents), func(s int) bool { return d.sents[s][0] >= pr[1] })
	return first, end
}

// sentenceAt returns the sentence holding token k, -1 when none does (a
// dateline's tokens are in no sentence).
func (d *doc) sentenceAt(k int) int {
	if len(d.sents) == 0 {
		return -1
	}
	if s := d.sentOf[k]; d.sents[s][0] <= k && k < d.sents[s][1] {
		return s
	}
	return -1
}

// spanIndex answers whether a content span of some attribution holds a
// cue, in time logarithmic in the number of attributions: a page of
// thousands of statements would cost the square of their number if
// each cue were checked against every content.
type spanIndex struct {
	firsts []int // the spans' first tokens, in order
	reach  []int // reach[j]: the furthest last token of spans 0..j
}

// newSpanIndex indexes the content spans of the attributions attrs but
// those skip marks (skip may be nil).
func newSpanIndex(attrs []attr, skip []bool) spanIndex {
	var spans []tspan
	for i, a := range attrs {
		if skip == nil || !skip[i] {
			spans = append(spans, a.content...)
		}
	}
	slices.SortFunc(spans, func(a, b tspan) int { return a.first - b.first })
	ix := spanIndex{firsts: make([]int, len(spans)), reach: make([]int, len(spans))}
	for j, c := range spans {
		ix.firsts[j] = c.first
		ix.reach[j] = c.last
		if j > 0 {
			ix.reach[j] = max(c.last, ix.reach[j-1])
		}
	}
	return ix
}

// holds reports whether a span starts before cue and reaches its end.
func (ix spanIndex) holds(cue tspan) bool {
	j, _ := slices.BinarySearch(ix.firsts, cue.first) // spans 0..j-1 start before cue
	return j > 0 && ix.reach[j-1] >= cue.last
}

// reachIndex finds the attributions whose content, from the start of
// its first span to the end of its last, covers a token, without a pass
// over all attributions per token.
type reachIndex struct {
	order        []int // attributions with content, by their content's start
	firsts, ends []int // the start and end of each in order
	reach        []int // reach[j]: the furthest end of order[0..j]
}

func newReachIndex(attrs []attr) reachIndex {
	return newReachIndexBy(attrs, func(c []tspan) tspan { return tspan{c[0].first, c[len(c)-1].last} })
}

// newHullIndex is newReachIndex for contents whose spans may be in any
// order: each covers the tokens from the first of its spans' starts to
// the last of their ends.
func newHullIndex(attrs []attr) reachIndex {
	return newReachIndexBy(attrs, func(c []tspan) tspan {
		h := c[0]
		for _, s := range c[1:] {
			h.first, h.last = min(h.first, s.first), max(h.last, s.last)
		}
		return h
	})
}

// newReachIndexBy indexes the attributions with content, each as the
// stretch of tokens cover gives its content.
func newReachIndexBy(attrs []attr, cover func([]tspan) tspan) reachIndex {
	var ix reachIndex
	covers := make([]tspan, len(attrs))
	for i, a := range attrs {
		if len(a.content) > 0 {
			ix.order = append(ix.order, i)
			covers[i] = cover(a.content)
		}
	}
	slices.SortStableFunc(ix.order, func(i, j int) int { return covers[i].first - covers[j].first })
	for j, i := range ix.order {
		c := covers[i]
		ix.firsts = append(ix.firsts, c.first)
		ix.ends = append(ix.ends, c.last)
		ix.reach = append(ix.reach, c.last)
		if j > 0 {
			ix.reach[j] = max(ix.reach[j], ix.reach[j-1])
		}
	}
	return ix
}

// around returns the attributions whose content covers token k.
func (ix reachIndex) around(k int) []int {
	var out []int
	j, _ := slices.BinarySearch(ix.firsts, k+1) // order[0..j-1] start at or before k
	for j--; j >= 0 && ix.reach[j] >= k; j-- {
		if ix.ends[j] >= k {
			out = append(out, ix.order[j])
		}
	}
	return out
}

// maxText is the most code points read as one text. Resolving speakers
// compares each mention with the mentions before it, and a page of tens
// of thousands of statements (a forum's dump, a log) would cost the
// square of their number. The longest article of the annotated news we
// measure on has 34,000 code points; a long-form feature has about
// 100,000. A longer text is read in parts of at most this size, each on
// its own, so that a name given in one part does not resolve a surname
// in the next.
const maxText = 150_000

// extractParts extracts the attributions of a text longer than maxText
// from parts cut at a line break where the second half of a part has
// one, with their spans moved to the whole text.
func (e Extractor) extractParts(text string) []Attribution {
	rs := []rune(text)
	var out []Attribution
	for start := 0; start < len(rs); {
		end := min(start+maxText, len(rs))
		if end < len(rs) {
			for c := end; c > start+maxText/2; c-- {
				if rs[c-1] == '\n' {
					end = c
					break
				}
			}
		}
		shift := func(s newsbot.Span) newsbot.Span {
			return newsbot.Span{Start: s.Start + start, End: s.End + start}
		}
		for _, a := range e.Extract(string(rs[start:end])) {
			for i := range a.Content {
				a.Content[i] = shift(a.Content[i])
			}
			if a.Speaker != (newsbot.Span{}) {
				a.Speaker = shift(a.Speaker)
			}
			a.Cue = shift(a.Cue)
			out = append(out, a)
		}
		start = end
	}
	return out
}

// mentionIndex answers findBefore without a pass over every mention
// before the token: speakers are resolved after all mentions are in, and
// a page of thousands of them would cost the square of their number.
type mentionIndex struct {
	byPart map[string][]int // the people with a name part, each once
	toks   [][]int          // each person's mentions' tokens, in order
	first  []int            // each person's first mention, an index into the mentions
	spoke  []int            // the token of each person's first speaker mention, -1 if none
}

// freeze indexes the mentions so far: findBefore reads the index until
// r.frozen is set to nil, so mentions may be added only through it.
func (r *resolver) freeze() {
	ix := &mentionIndex{
		byPart: map[string][]int{},
	}
	for pi, p := range r.people {
		ix.addPerson(pi, p.parts)
	}
	for i, m := range r.mentions {
		ix.addMention(i, m)
	}
	r.frozen = ix
}

// addPerson indexes person pi, with name parts parts.
func (ix *mentionIndex) addPerson(pi int, parts []string) {
	ix.toks = append(ix.toks, nil)
	ix.first = append(ix.first, -1)
	ix.spoke = append(ix.spoke, -1)
	for i, w := range parts {
		if !slices.Contains(parts[:i], w) {
			ix.byPart[w] = append(ix.byPart[w], pi)
		}
	}
}

// renamePerson files person pi under its new name parts.
func (ix *mentionIndex) renamePerson(pi int, old, parts []string) {
	for _, w := range old {
		ix.byPart[w] = slices.DeleteFunc(ix.byPart[w], func(p int) bool { return p == pi })
	}
	for i, w := range parts {
		if !slices.Contains(parts[:i], w) {
			ix.byPart[w] = append(ix.byPart[w], pi)
		}
	}
}

// addMention indexes mention m, the i-th. A mention added out of text
// order leaves the index right only for findBefore past the text's end
// (find), until the mentions are sorted and indexed again.
func (ix *mentionIndex) addMention(i int, m mention) {
	pi := m.person
	if ix.first[pi] < 0 {
		ix.first[pi] = i
	}
	if m.speaker && ix.spoke[pi] < 0 {
		ix.spoke[pi] = m.tok
	}
	ix.toks[pi] = append(ix.toks[pi], m.tok)
}

// findBefore is resolver.findBefore from the index: the same counts of
// the mentions before token k of each person w names, the same order of
// first mentions, the same tie-break on who spoke. A mention at k
// counts only when no mention before k names anyone w names, and then
// it alone does.
func (ix *mentionIndex) findBefore(r *resolver, w string, k int, g byte) int {
	var order []named
	atK := -1 // of the people first mentioned at k, the one mentioned first
	for _, pi := range ix.byPart[w] {
		ts := ix.toks[pi]
		n, _ := slices.BinarySearch(ts, k) // mentions before k
		if n > 0 {
			order = append(order, named{person: pi, count: n, first: ix.first[pi], spoke: ix.spoke[pi] >= 0 && ix.spoke[pi] < k})
		} else if len(ts) > 0 && ts[0] == k && (atK < 0 || ix.first[pi] < ix.first[atK]) {
			atK = pi
		}
	}
	if len(order) == 0 {
		return atK
	}
	slices.SortFunc(order, func(a, b named) int { return a.first - b.first })
	return r.mostNamed(order, g)
}

package quotes

import (
	"slices"
	"strings"
)

// attr is an attribution under construction, in token indexes.
type attr struct {
	content []tspan // token ranges, inclusive, in order
	src     tspan   // speaker mention; first < 0 when none
	cue     tspan
	sent    int
	unsure  bool
	// verbatim marks unquoted speech given word for word (a first-person
	// paragraph): direct although it has no quote marks.
	verbatim bool
	// cut is, for a parenthetical attribution ("…, Smith said."), the
	// comma or closing mark that ends its content before the cue; -1
	// otherwise.
	cut int
	// open reports that the content may go on in the next paragraph: the
	// cue ended a paragraph with a colon.
	open bool
	// how names the frame that found the attribution ("inverted",
	// "according"), a feature for the learned components.
	how string
	// spans is how many content spans the frame gave, before quotations
	// in later sentences continued it (orphans).
	spans int
}

type tspan struct{ first, last int }

var none = tspan{-1, -1}

func (s tspan) ok() bool { return s.first >= 0 && s.last >= s.first }

type extractor struct {
	d     *doc
	attrs []attr
	// cur holds the attributions of the sentence being read, before they
	// are added.
	cur []attr
	// claimed marks tokens already inside some attribution's content or
	// cue, so that quote regions are not attributed twice.
	claimed []bool
	// cued marks the tokens of the rules' cues.
	cued []bool
	// shapes caches the learned components' view of each token.
	shapes []string
	tally  *tally
	// speakers counts the head words of the speakers of the rules'
	// settled attributions, for the classifier.
	speakers map[string]int
	// settled is set once the attributions that are not statements of
	// their own are dropped.
	settled bool
	// headline caches titleCased for the first paragraph: 0 unknown, 1
	// yes, 2 no.
	headline int8
	// turns counts the paragraphs after the first that open with a
	// "Name:" label in a text that has a "Q:" one too, once turnsKnown:
	// an interview has several.
	turns      int
	turnsKnown bool
	// appositive caches closingAppositive, which contentEnd asks at every
	// comma each time it bounds a cue's content.
	appositive map[[2]int]bool
}

// titleCased reports whether paragraph p is a headline in title case
// ("Senator Lee Promises Action On Housing"), where a capital
// does not mark a name and a cue may be capitalized. Only the first
// paragraph is a headline.
func (x *extractor) titleCased(p int) bool {
	if p != 0 {
		return false
	}
	if x.headline == 0 {
		x.headline = 2
		if pr := x.d.paras[0]; x.d.headline(pr[0], pr[1]) {
			x.headline = 1
		}
	}
	return x.headline == 1
}

func (x *extractor) run() {
	d := x.d
	x.claimed = make([]bool, len(d.toks))
	x.cued = make([]bool, len(d.toks))
	for p := range d.paras {
		if x.transcript(p) || x.colonParagraph(p) || x.firstPerson(p) || x.signature(p) {
			continue
		}
		first, end := d.sentencesIn(p)
		for s := first; s < end; s++ {
			x.sentence(s)
		}
		x.orphans(p)
	}
	x.openedBefore()
	x.splitNested()
	x.introClauses()
	x.dropRepeats()
}

// openedBefore gives a quotation left open at the end of a paragraph,
// that nothing attributed, to the attribution of the quotation that goes
// on in the next paragraph: "“We tried everything. …" then "“Nothing
// worked,” Ann Lee said."
func (x *extractor) openedBefore() {
	d := x.d
	// The statement, with a speaker, whose content opens at a token: the
	// first one in order, as it was before any chain was added.
	var starts map[int]int
	for ri := range d.regions {
		r := &d.regions[ri]
		if r.cont < 0 {
			continue
		}
		if starts == nil {
			starts = map[int]int{}
			for ai := range x.attrs {
				a := &x.attrs[ai]
				if len(a.content) == 0 || !a.src.ok() {
					continue
				}
				if _, ok := starts[a.content[0].first]; !ok {
					starts[a.content[0].first] = ai
				}
			}
		}
		ai, ok := starts[r.first]
		if !ok {
			continue
		}
		// The quotation may have run over several paragraphs, each
		// opening with a mark ("“We tried …" / "“Nothing worked …" /
		// "“Now …,” she said."), from one opened after narrative.
		var chain []tspan
		for pi := r.cont; pi >= 0; {
			prev := &d.regions[pi]
			if x.claimed[prev.first] {
				break
			}
			chain = append(chain, tspan{prev.first, prev.last})
			if prev.first != d.paras[prev.para][0] {
				break
			}
			pi = prev.cont
		}
		if len(chain) == 0 {
			continue
		}
		slices.Reverse(chain)
		a := &x.attrs[ai]
		a.content = append(chain, a.content...)
		for _, c := range chain {
			for k := c.first; k <= c.last; k++ {
				x.claimed[k] = true
			}
		}
	}
}

// dropRepeats drops an attribution whose content another one of the
// same speaker holds whole: "“We won,” Lee said, noting, “It was
// close.”" is one statement, not two.
func (x *extractor) dropRepeats() {
	d := x.d
	// Each speaker's words once, not once per pair: long articles have
	// hundreds of attributions.
	mentions := make([]string, len(x.attrs))
	for i, a := range x.attrs {
		if a.src.ok() {
			mentions[i] = strings.ToLower(string(d.rs[d.toks[a.src.first].start:d.toks[a.src.last].end]))
		}
	}
	same := func(a, b []tspan) bool {
		if len(a) != len(b) {
			return false
		}
		for i := range a {
			if a[i] != b[i] {
				return false
			}
		}
		return len(a) > 0
	}
	var kept []attr
	// Only an attribution whose content reaches b's can hold it.
	reaching := newReachIndex(x.attrs)
	for bi, b := range x.attrs {
		repeat := false
		var around []int
		if len(b.content) > 0 {
			around = reaching.around(b.content[0].first)
		}
		for _, ai := range around {
			a := &x.attrs[ai]
			// "Biden weighed in, telling Mic, “…,” he said.": the quotation's
			// own cue after it holds it, not the one before it.
			if ai != bi && a.cut >= 0 && b.cut < 0 && b.how == "participle" && len(b.content) > 0 && len(a.content) >= len(b.content) && b.cue.last < b.content[0].first && same(a.content[:len(b.content)], b.content) {
				repeat = true
				break
			}
			if ai == bi || len(a.content) <= len(b.content) || !b.src.ok() || mentions[ai] != mentions[bi] {
				continue
			}
			inside := true
			for _, c := range b.content {
				in := false
				for _, ac := range a.content {
					if ac.first <= c.first && c.last <= ac.last {
						in = true
					}
				}
				inside = inside && in
			}
			if inside && len(b.content) > 0 {
				repeat = true
				break
			}
		}
		if !repeat {
			kept = append(kept, b)
		}
	}
	x.attrs = kept
}

// splitNested ends a statement where a clause with its own speaker and
// cue starts inside it ("… blamed each other for the delay while
// doctors warned of the risk"): the inner attribution is kept instead of
// being dropped as reported speech within reported speech.
func (x *extractor) splitNested() {
	d := x.d
	// Only a statement whose content reaches over the conjunction can
	// be cut there: found in an index rather than by a pass over every
	// statement per clause, on a page of thousands of them. The cuts
	// below only shorten contents, so the index made before them finds
	// every statement that may still be cut.
	var reaching *reachIndex
	for bi := range x.attrs {
		b := &x.attrs[bi]
		if !b.src.ok() || d.toks[b.src.first].is("who", "which", "that", "he", "she", "they", "it", "i", "we", "you") {
			continue
		}
		conj := b.src.first - 1
		if conj < 0 || d.inq[conj] >= 0 || !d.toks[conj].is("while", "after", "when", "because", "since", "until", "before", "although", "though", "whereas") {
			continue
		}
		if reaching == nil {
			ix := newHullIndex(x.attrs)
			reaching = &ix
		}
		around := reaching.around(conj)
		slices.Sort(around) // in the order of the statements, as a pass over them would go
		for _, ai := range around {
			a := &x.attrs[ai]
			if ai == bi || a.cue.first >= conj || x.reasonGoesOn(a, conj) {
				continue
			}
			for ci := range a.content {
				c := &a.content[ci]
				if c.first+2 < conj && b.cue.last <= c.last && conj <= c.last {
					last := conj - 1
					for last > c.first && d.toks[last].kind == punct && d.inq[last] < 0 {
						last--
					}
					c.last = last
					a.content = a.content[:ci+1]
					break
				}
			}
		}
	}
}

func (x *extractor) add(a attr) {
	if x.notStatement(a) {
		return
	}
	x.relativeHead(&a)
	a.src = x.trimSpeaker(a.src)
	a.src = x.speakerPastAside(&a)
	// calledNameEnd reads the pronoun after "what" that
	// freeRelativeOwner then replaces by the clause's subject.
	a.content = x.calledNameEnd(a)
	a.src = x.freeRelativeOwner(&a)
	if a.spans == 0 {
		a.spans = len(a.content)
	}
	for k := a.cue.first; k <= a.cue.last; k++ {
		x.cued[k] = true
	}
	for _, c := range a.content {
		for k := c.first; k <= c.last; k++ {
			x.claimed[k] = true
		}
	}
	x.attrs = append(x.attrs, a)
}

// trimSpeaker cuts a speaker mention that runs from a personal pronoun
// into the verb after it ("he tells hundreds of", "They handed out")
// back to the pronoun: a pronoun takes no modifiers but "and …".
func (x *extractor) trimSpeaker(src tspan) tspan {
	d := x.d
	if !src.ok() {
		return src
	}
	// "Although Bloomberg", "Throughout": a clause's opening
	// conjunction, preposition or adverb is not part of a mention.
	if f := &d.toks[src.first]; f.capital() && f.kind == word && (f.is("although", "though", "throughout", "despite", "why", "according", "whether", "unless", "whereas") || adverb(f)) {
		if src.first == src.last {
			return none
		}
		src.first++
	}
	src = x.nameOfLongMention(src)
	if src.last == src.first || !d.toks[src.first].is(personalSubjects...) {
		return src
	}
	n := &d.toks[src.first+1]
	if n.kind != word || n.capital() || n.is("and", "or", "of", "both", "all", "themselves", "himself", "herself") {
		return src
	}
	return tspan{src.first, src.first}
}

// nameOfLongMention cuts a long mention down to the person's name in it:
// after a long description ("the group's former finance director and
// longtime board member Ann Lee" -> "Ann Lee"), or before a long
// affiliation ("Ann Lee of the Institute for Public Policy Research").
// The name is what the mention is about; a reader, and a later
// reference, knows the speaker by it.
func (x *extractor) nameOfLongMention(src tspan) tspan {
	d := x.d
	capWord := func(k int) bool {
		t := &d.toks[k]
		return t.kind == word && t.capital() && d.inq[k] < 0 && !t.in(inStopWords) && !t.in(inDeterminers)
	}
	// A description then a name: the capitalized run at the end, after a
	// lowercase word, with three words or more before it.
	if n := src.last; n-src.first >= 4 && capWord(n) {
		f := n
		for f > src.first && (capWord(f-1) || d.toks[f-1].text == "-" && !d.toks[f-1].space) {
			f--
		}
		if f-src.first >= 3 && n > f {
			// Not a participle's object: "councillors backing Mayor Orrin
			// Vale" (participleSubject).
			if p := &d.toks[f-1]; p.kind == word && !p.capital() && !p.in(inStopWords) && !p.in(inDeterminers) && !p.in(inPrepositions) && p.lower != "'s" && !x.participleObject(f, n, src.first) {
				return tspan{f, n}
			}
		}
	}
	// A first name and a surname, then an affiliation of three words or
	// more.
	if f := src.first; src.last-f >= 5 && capWord(f) && firstName(d.toks[f].lower) != 0 {
		g := f
		for g+1 <= src.last && capWord(g+1) {
			g++
		}
		if g > f && g+1 <= src.last && d.toks[g+1].is("of", "at", "from", "with") && src.last-g >= 3 {
			return tspan{f, g}
		}
	}
	return src
}

// skipTime returns the token before a time phrase ending at b ("later
// Thursday", "last week", "this past month", "during a Sunday"), when
// a subject stands before it; b otherwise.
func (x *extractor) skipTime(b, s0 int) int {
	d := x.d
	if b <= s0 || d.inq[b] >= 0 {
		return b
	}
	t := &d.toks[b]
	weekday := t.capital() && weekdays[t.lower]
	period := !t.capital() && periodNouns[t.lower]
	if !weekday && !period {
		return b
	}
	k := b - 1
	if period && !d.toks[k].is("last", "this", "that", "past", "next") && !(d.toks[k].capital() && d.toks[k].in(inTimeWords)) {
		return b
	}
	if period && d.toks[k].capital() {
		k-- // "Sunday morning"
	}
	for k > s0 && d.inq[k] < 0 && d.toks[k].is("last", "this", "that", "past", "next", "later", "earlier", "early", "late", "on", "during", "a", "just", "only", "again", "also") {
		k--
	}
	if k < s0 || d.inq[k] >= 0 || !(x.npToken(k) || d.toks[k].text == ")" || d.toks[k].text == ",") || d.toks[k].is("on", "during", "a") {
		return b
	}
	return k
}

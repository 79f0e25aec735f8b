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
			if p := &d.toks[f-1]; p.kind == word && !p.capital() && !p.in(inStopWords) && !p.in(inDeterminers) && !p.in(inPrepositions) && p.lower != "'s" {
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

// hit is a cue found in a sentence.
type hit struct {
	first, last int
	c           cue
	acc         bool // "according to"
	poll        int  // for "in a … poll", the poll's token; 0 otherwise
	passive     bool // "was criticized (by X)"
	noun        bool // "Trump's claim that …"
	copular     bool // "is skeptical of", "was known for" (cueforms.go)
	critique    bool // "his attacks on …" (critique.go)
	charge      bool // "allegations that …" (critique.go)
}

func (x *extractor) sentence(s int) {
	d := x.d
	s0, s1 := d.sents[s][0], d.sents[s][1]
	var hits []hit
	for i := s0; i < s1; i++ {
		if d.inq[i] >= 0 || d.toks[i].kind != word {
			continue
		}
		if h, ok := x.cueAt(i, s0, s1); ok {
			hits = append(hits, h)
			i = h.last
		}
	}
	x.cur = x.cur[:0]
	for _, h := range hits {
		if a, ok := x.frame(h, s); ok {
			x.cur = append(x.cur, a)
		}
	}
	frames := x.cur
	x.endRelativeAtMainVerb(frames)
	// A parenthetical attribution ("…, Stovall said.") closes the clause
	// before it: content of an earlier cue stops at its comma.
	for _, p := range frames {
		if p.cut < 0 {
			continue
		}
		for i := range frames {
			a := &frames[i]
			if a.cut >= 0 || a.cue.first >= p.cut || len(a.content) == 0 {
				continue
			}
			var kept []tspan
			for _, c := range a.content {
				if c.first >= p.cut {
					continue
				}
				if c.last >= p.cut {
					c.last = p.cut - 1
					if d.toks[p.cut].kind == qmark {
						c.last = p.cut
					}
				}
				kept = append(kept, c)
			}
			a.content = kept
		}
	}
	x.appendedToTrailingSource(frames)
	for i, a := range frames {
		if (len(a.content) > 0 || a.open) && !x.restated(frames, i) && !resumesWith(frames, i) {
			x.add(a)
		}
	}
	x.colonQuote(s)
	x.commaQuote(s)
	x.chantQuote(s)
	x.rankedCue(s)
	x.objectRelative(s)
	x.participleBy(s)
	x.trailingCue(s)
	x.headlineColon(s)
	x.asQuote(s)
	x.asReportedBy(s)
	x.dashSigned(s)
	x.framed(s)
}

// floating reports whether token k is a quantifier floated after its
// noun phrase: "The two parties both said", "the leaders all agreed".
func (x *extractor) floating(k, s0 int) bool {
	d := x.d
	if k-1 < s0 || !d.toks[k].is("both", "all", "each") || d.inq[k-1] >= 0 {
		return false
	}
	p := &d.toks[k-1]
	// "Rep. Jo Lee (R-Ohio) both signed": after a party label.
	if p.text == ")" {
		return true
	}
	return p.kind == word && (p.capital() || plural(p) || p.is("they", "we", "you")) && !p.in(inDeterminers) && !p.in(inPrepositions)
}

// cueAtForm is the form of the cue word at token k, past for a verb no
// lexicon lists that ends in -ed.
func cueAtForm(d *doc, k int) form {
	t := &d.toks[k]
	if c, ok := t.listed(); ok {
		return c.form
	}
	if strings.HasSuffix(t.lower, "ed") {
		return past
	}
	return base
}

// headlineColon reads a headline that gives a statement to whoever names
// it before a colon: "Poll: Lee and Cole neck and neck in Ohio",
// "Former Mayor Lee at Rally: Tax plan is a gift to the rich". The
// statement runs to a semicolon or the sentence end. Only a short first
// paragraph is a headline (an article body usually has none); a label
// ("Update:", "The Latest:", "EXCLUSIVE:"), a phrase opened by a
// preposition or a possessive ("Among the provisions:", "His message:")
// and a time ("At 3:30") are not speakers.
func (x *extractor) headlineColon(s int) {
	d := x.d
	s0, s1 := d.sents[s][0], d.sents[s][1]
	if s != 0 {
		return // only the document's first sentence
	}
	words := 0
	for k := d.paras[0][0]; k < d.paras[0][1]; k++ {
		if d.toks[k].kind == word {
			words++
		}
	}
	if words > 25 {
		return // a lead paragraph, not a headline
	}
	k := s0
	for k < s1 && k < s0+12 && d.toks[k].text != ":" {
		k++
	}
	if k >= s1 || k == s0 || d.toks[k].text != ":" || d.inq[k] >= 0 || x.cued[k] || k+1 >= s1 || x.claimed[k+1] || !d.toks[k+1].space {
		return // "At 3:30 p.m.": a time
	}
	f := s0
	for j := s0; j < k; j++ {
		if isDashToken(d.toks, j) {
			f = j + 1 // "EXCLUSIVE – Roger Stone:"
		}
	}
	if f >= k || !d.toks[f].capital() || d.toks[f].in(inPrepositions) || d.toks[f].in(inIntroPreps) || d.toks[f].in(inPossessives) {
		return // "Among the provisions:", "His message:"
	}
	for _, j := range []int{f, k - 1} {
		if w := d.toks[j].lower; notSpeakers[w] && w != "poll" && w != "polls" {
			return // "Update:", "Editor's Note:", "The Latest:"
		}
	}
	upper := true
	for j := f; j < k; j++ {
		t := &d.toks[j]
		if t.kind != word || t.lower == "'s" {
			continue
		}
		if finiteVerb(t) {
			return // a clause, not a name: "Trump says:"
		}
		upper = upper && isUpperWord(t.text)
	}
	if upper {
		return // a label in capitals: "WATCH:", "FIX IS IN:"
	}
	end := k + 1
	for end < s1 && !(d.toks[end].text == ";" && d.inq[end] < 0) {
		end++
	}
	last := end - 1
	for last > k && d.toks[last].kind == punct && d.inq[last] < 0 {
		last--
	}
	if last <= k {
		return
	}
	x.add(attr{how: "headline", src: tspan{f, x.addresser(f, k-1)}, cue: tspan{k, k}, sent: s, cut: -1, content: []tspan{{k + 1, last}}})
}

// asQuote reads a verb that casts its object as a quotation: "Reid has
// gone after the mayor as a “budget wrecker” and a “bully.”", "admires
// Putin as a “strong leader,”". The verb is a cue or a verb of casting
// (castingVerb); the content is the object with what it is cast as, the
// speaker the verb's subject.
func (x *extractor) asQuote(s int) {
	d := x.d
	s0, s1 := d.sents[s][0], d.sents[s][1]
	for k := s0 + 3; k+1 < s1; k++ {
		if !d.toks[k].is("as") || d.inq[k] >= 0 || x.claimed[k] {
			continue
		}
		q0 := k + 1
		if d.toks[q0].is("a", "an", "the") && q0+1 < s1 {
			q0++
		}
		r := d.inq[q0]
		if r < 0 || d.regions[r].first != q0 || !d.regions[r].close || x.claimed[q0] {
			continue
		}
		obj, ok := x.objectBack(k-1, s0)
		if !ok || obj.first <= s0+1 || x.claimed[obj.first] {
			continue
		}
		v := obj.first - 1
		cue := tspan{v, v}
		if d.toks[v].is("after", "on", "at", "out", "off", "up", "down", "to") && v-1 > s0 {
			v--
			cue.first = v
		}
		t := &d.toks[v]
		if t.kind != word || t.capital() || x.cued[v] || d.inq[v] >= 0 || !castingVerb(t.lower) {
			continue // "hired Cole as a “senior adviser”": not a stance
		}
		src := x.verbSubjectAt(s0, v)
		if !src.ok() {
			continue
		}
		// The content runs to the quotation's end, and on over "and a
		// “…”" that casts it again.
		last := d.regions[r].last
		for {
			n := last + 1
			if n < s1 && d.toks[n].is("and", "or") {
				n++
				if n < s1 && d.toks[n].is("a", "an", "the") {
					n++
				}
				if n < s1 && d.inq[n] >= 0 && d.regions[d.inq[n]].first == n && d.regions[d.inq[n]].close {
					last = d.regions[d.inq[n]].last
					continue
				}
			}
			break
		}
		x.add(attr{how: "asQuote", src: src, cue: cue, sent: s, cut: -1, content: []tspan{{obj.first, last}}})
	}
}

// objectBack finds a verb's object ending at b: an object pronoun, a
// name ("Russian President Vladimir Putin") or a short phrase opened by a
// determiner ("the GOP nominee", "his rival").
func (x *extractor) objectBack(b, lo int) (tspan, bool) {
	d := x.d
	if b <= lo || d.inq[b] >= 0 || d.toks[b].kind != word {
		return none, false
	}
	if d.toks[b].is("him", "her", "them", "it", "us", "me", "himself", "herself", "themselves") {
		return tspan{b, b}, true
	}
	f := b
	if d.toks[b].capital() {
		f = x.capitalsBack(f, lo)
	} else {
		for {
			if f <= lo || b-f >= 5 || d.inq[f-1] >= 0 || !(x.npToken(f-1) || d.toks[f-1].is("the", "a", "an")) {
				return none, false
			}
			f--
			if d.toks[f].in(inDeterminers) || d.toks[f].in(inPossessives) {
				break
			}
			// "Trump's comments": a possessor's name opens the phrase.
			if d.toks[f].lower == "'s" && f-1 > lo && d.toks[f-1].capital() {
				f--
				f = x.capitalsBack(f, lo)
				break
			}
		}
	}
	if f > lo && d.toks[f-1].is("the") {
		f--
	}
	// "the deal with Turkey", "immigrants from Mexico": a phrase the
	// object carries.
	if f-1 > lo && d.toks[f-1].is("with", "from", "of", "in") {
		if o, ok := x.objectBack(f-2, lo); ok && !d.toks[o.first].is("him", "her", "them", "it", "us", "me") {
			return tspan{o.first, b}, true
		}
	}
	return tspan{f, b}, true
}

// capitalsBack returns where the run of capitalized words outside
// quotations that ends at token f starts, not before lo: the whole name
// "Russian President Vladimir Putin" from "Putin".
func (x *extractor) capitalsBack(f, lo int) int {
	d := x.d
	for f > lo && d.toks[f-1].kind == word && d.toks[f-1].capital() && d.inq[f-1] < 0 {
		f--
	}
	return f
}

// castVerbs are verbs no lexicon lists that cast someone as what a
// quotation says ("admires Putin as a “strong leader”", "has gone after
// the mayor as a “budget wrecker”"), as lemmaOf gives them.
var castVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"admire", "pound", "herald", "treat", "play", "sum", "go", "gone", "write", "single",
		"hold", "cast", "peg", "bill", "depict", "present", "promote", "sell", "tag", "castigate", "lampoon",
		"knock", "hit", "lionize", "demonize", "caricature", "disparage", "pillory", "skewer", "smear"} {
		m[lemmaOf(w)] = true
	}
	return m
}()

// castingVerb reports whether w is a verb that may cast its object as a
// quotation: a cue of the lexicon, or one of castVerbs.
func castingVerb(w string) bool {
	if _, ok := lexicon[w]; ok {
		return true
	}
	return castVerbs[lemmaOf(w)]
}

// verbSubjectAt is the subject of the verb at v: the name or pronoun
// before it, over auxiliaries and adverbs ("Reid has been steadily
// pounding").
func (x *extractor) verbSubjectAt(s0, v int) tspan {
	d := x.d
	b := v - 1
	for b > s0 && d.inq[b] < 0 && (d.toks[b].in(inBetween) || adverb(&d.toks[b])) && !d.toks[b].capital() {
		b--
	}
	if b < s0 || d.toks[b].is("who", "which", "that") {
		return none
	}
	if sp, ok := x.npBack(b, s0); ok && x.named(sp) {
		return sp
	}
	return none
}

// restated reports whether frames[i] is a parenthetical attribution
// with a pronoun for its speaker ("…, she said.") whose content opens with another attribution's
// speaker and cue: in "Lee said she felt …, she said." the statement is
// Lee's, and the closing "she said" only repeats its cue.
func (x *extractor) restated(frames []attr, i int) bool {
	p := &frames[i]
	if p.cut < 0 || len(p.content) == 0 || !p.src.ok() || p.src.first != p.src.last || !x.d.toks[p.src.first].is("he", "she", "they") {
		return false
	}
	start := p.content[0].first
	for j := range frames {
		a := &frames[j]
		if j == i || a.cut >= 0 || !a.src.ok() || len(a.content) == 0 || x.d.toks[a.cue.first].lower != "said" && x.d.toks[a.cue.first].lower != "says" {
			continue
		}
		if a.src.first >= start && a.src.first <= start+1 && a.cue.last < p.cut && a.content[0].first < p.cut {
			return true
		}
	}
	return false
}

// resumesWith reports whether the cue of frames[i] opens the part of a
// parenthetical attribution's content after it: in "Bob, they said,
// ordered them to leave." the order is what they said, not Bob's own
// statement.
func resumesWith(frames []attr, i int) bool {
	a := &frames[i]
	if a.cut >= 0 {
		return false
	}
	for j := range frames {
		p := &frames[j]
		if j == i || p.cut < 0 || len(p.content) < 2 {
			continue
		}
		for _, c := range p.content[1:] {
			if c.first == a.cue.first && c.first > p.cut {
				return true
			}
		}
	}
	return false
}

// signature gives the quotations closing paragraph p-1 to the name in
// paragraph p when p is only a dash and a name ("-Michelle Marks,
// Philadelphia."). It reports whether it took the paragraph.
func (x *extractor) signature(p int) bool {
	d := x.d
	if p == 0 {
		return false
	}
	pr := d.paras[p]
	f := pr[0]
	if t := &d.toks[f]; t.kind != punct || !(t.text == "-" || isDash([]rune(t.text)[0]) || strings.HasPrefix(t.text, "--")) || pr[1]-f > 10 {
		return false
	}
	_, g, ok := x.npForward(f+1, pr[1])
	if !ok || !d.toks[f+1].capital() {
		return false
	}
	prev := d.paras[p-1]
	last := prev[1] - 1
	q := d.inq[last]
	if d.toks[last].kind != qmark || q < 0 || d.regions[q].last != last || x.claimed[last] || !d.speechLike(q) {
		return false
	}
	x.add(attr{how: "signature", src: tspan{f + 1, g}, cue: tspan{f, f}, sent: d.sentOf[f], cut: -1, content: []tspan{{d.regions[q].first, last}}})
	return true
}

// dashSigned attributes a quotation signed with a dash, "“…” — Bernie
// Sanders.", to the name after the dash.
func (x *extractor) dashSigned(s int) {
	d := x.d
	s0, s1 := d.sents[s][0], d.sents[s][1]
	end := s1 - 1
	for end > s0 && d.toks[end].kind == punct && (d.toks[end].text == "." || d.toks[end].text == ")") {
		end--
	}
	for k := end - 1; k > s0 && k > end-12; k-- {
		if !isDashToken(d.toks, k) && !(d.toks[k].text == "-" && d.toks[k].space) {
			continue
		}
		q := d.inq[k-1]
		if d.toks[k-1].kind != qmark || q < 0 || d.regions[q].last != k-1 || x.claimed[k-1] {
			return
		}
		f, g, ok := x.npForward(k+1, end+1)
		if !ok || g != end || !x.named(tspan{f, g}) {
			return
		}
		x.add(attr{how: "dashSigned", src: tspan{f, g}, cue: tspan{k, k}, sent: s, cut: -1, content: []tspan{{d.regions[q].first, k - 1}}})
		return
	}
}

// colonQuote attributes a quotation that a clause introduces with a
// colon and no cue word ("Article 33 affirms: “…”", "McConnell
// delivered a blunt message to the board: “…”") to that clause's subject.
// The quotation may also be the next paragraph ("Lee issued the
// following statement:" and then the statement).
func (x *extractor) colonQuote(s int) {
	d := x.d
	s0, s1 := d.sents[s][0], d.sents[s][1]
	for k := s0 + 1; k < s1; k++ {
		if d.toks[k].text != ":" || d.inq[k] >= 0 {
			continue
		}
		open := k+1 == s1 && x.speechParagraphAfter(k) && !x.openIn(s)
		if !open && (k+1 >= s1 || !x.quotationAt(k+1)) {
			continue
		}
		// "Rep. Ann Lee (R-Ore.): “…”", "Former transport secretary
		// Dana Pike: “…”": a name is all there is before the
		// colon.
		if sp, ok := x.npBack(k-1, s0); ok && sp.first == s0 && x.named(sp) && d.toks[k-1].capital() || ok && sp.first == s0 && d.toks[k-1].text == ")" {
			x.add(attr{how: "colonName", src: sp, cue: tspan{k, k}, sent: s, cut: -1, content: x.after(k+1, s1), open: open})
			continue
		}
		// "… - More from Jones:", "… - Philip Bump:": the name before the
		// colon.
		if sp, ok := x.npBackFrom(k-1, s0, false); ok && sp.first > s0 && (d.toks[sp.first-1].is("from") || isDashToken(d.toks, sp.first-1)) && x.named(sp) {
			x.add(attr{how: "colonFrom", src: sp, cue: tspan{k, k}, sent: s, cut: -1, content: x.after(k+1, s1), open: open})
			continue
		}
		src := x.mainSubject(s, k)
		verb := false
		// "… — and we all know how easy that is! — Ortiz pulled them
		// back:": a clause of its own after a dash or a semicolon has its
		// own subject.
		if c := x.clauseStart(s0, k); c > s0 {
			if f, g, ok := x.npForward(c, k); ok && f == c && g+1 < k && finiteVerb(&d.toks[g+1]) && x.named(tspan{f, g}) {
				src = tspan{f, g}
				// The clause introduces the quotation: it is no part of
				// what an earlier cue of the sentence governs.
				x.cutBefore(s, c, k)
			}
		}
		// "with the coach reportedly shouting:": the subject of the verb
		// right before the colon.
		if v := k - 1; v > s0 && d.toks[v].kind == word && !d.toks[v].capital() && (strings.HasSuffix(d.toks[v].lower, "ing") || finiteVerb(&d.toks[v])) {
			b := v - 1
			for b > s0 && (adverb(&d.toks[b]) || d.toks[b].in(inBetween)) {
				b--
			}
			if sp, ok := x.npBackFrom(b, s0, false); ok && x.named(sp) {
				src, verb = sp, true
			} else if d.toks[b].capital() || d.toks[b].in(inSubjectPronouns) {
				f := b
				for f > s0 && d.toks[f-1].capital() && d.toks[f-1].kind == word {
					f--
				}
				src, verb = tspan{f, b}, true // "with the coach reportedly shouting:"
			}
		}
		if !src.ok() || src.last+1 >= k || d.toks[src.first].in(inSubjectPronouns) && d.toks[src.first].is("it", "which") {
			continue
		}
		for j := src.last + 1; j < k; j++ {
			if t := &d.toks[j]; d.inq[j] < 0 && (finiteVerb(t) || t.is("from")) {
				verb = true
			}
		}
		if !verb {
			continue
		}
		// "Ann Lee’s response was short:": the possessor spoke.
		if h := &d.toks[src.last]; src.last-2 >= src.first && d.toks[src.last-1].lower == "'s" && (h.in(inSpeechNouns) || h.is("response", "reply", "answer", "message", "words", "verdict", "retort")) {
			src.last -= 2
		}
		x.add(attr{how: "colonClause", src: src, cue: tspan{k, k}, sent: s, cut: -1, content: x.after(k+1, s1), open: open})
	}
}

// quoteVerbs are forms of verbs that introduce a verbatim quotation
// after a comma, besides the say verbs of the lexicon: forms the lexicon
// leaves out as too often nouns or not speech ("states", "reads"), and
// verbs of singing and chanting.
var quoteVerbs = set("state", "states", "stated", "stating", "read", "reads", "reading", "write", "writes",
	"writing", "add", "adds", "sing", "sings", "sang", "sung", "singing", "chant", "chants", "chanted",
	"chanting", "scream", "screams", "screamed", "screaming", "mouth", "mouthed", "mouthing")

// nounForm reports whether w, a verb of saying, has a form that is also
// a noun: a base or third-person form ("show", "reads"), not a past or a
// participle.
func nounForm(w string) bool {
	if c, ok := lexicon[w]; ok {
		return c.form == base || c.form == third
	}
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && w != "sang" && w != "sung"
}

// commaQuote attributes a quotation that a verb of saying introduces
// after a comma when no frame took it: "At the bottom the letter reads,
// “…”", "drew boos upon saying, “…”", "as if to say, “…”". The speaker
// is the verb's subject or, for a participle or an infinitive, the
// sentence's. A passive verb ("was asked, “…”") does not speak.
func (x *extractor) commaQuote(s int) {
	d := x.d
	s0, s1 := d.sents[s][0], d.sents[s][1]
	for k := s0 + 1; k+1 < s1; k++ {
		if d.toks[k].text != "," || d.inq[k] >= 0 || !x.quotationAt(k+1) {
			continue
		}
		v := k - 1
		for v > s0 && d.inq[v] < 0 && (adverb(&d.toks[v]) || d.toks[v].is("again", "then", "back", "too")) {
			v-- // "sang back then,", "said again,"
		}
		t := &d.toks[v]
		if t.kind != word || t.capital() || d.inq[v] >= 0 || x.cued[v] || x.claimed[v] || !isSayForm(t.lower) && !t.in(inQuoteVerbs) {
			continue
		}
		if v > s0 && d.toks[v-1].is("is", "are", "was", "were", "be", "been", "being") {
			continue
		}
		// "his recent reads, “…”", "the television show, “…”": after a
		// common word a form that is also a noun is one.
		if nounForm(t.lower) && v > s0 {
			if p := &d.toks[v-1]; p.kind == word && !p.capital() && !p.in(inSubjectPronouns) && !p.is("to", "that", "which", "who", "also", "then") && !adverb(p) {
				continue
			}
		}
		src := x.verbSubjectAt(s0, v)
		if !src.ok() && v-1 > s0 && !d.toks[v-1].is("to") && !d.toks[v-1].in(inPrepositions) {
			// "As the band sang, “…”": a common noun's phrase; "a sign
			// reading, “…”": the noun a participle qualifies.
			if sp, ok := x.npBack(v-1, s0); ok && x.headed(sp) {
				src = sp
			}
		}
		if !src.ok() {
			src = x.mainSubject(s, v)
		}
		// The quotation is the statement; narrative after it is not
		// ("wore a hat reading, “…” on Wednesday").
		content := x.after(k+1, s1)
		if r := d.regions[d.inq[k+1]]; r.close {
			content = []tspan{{k + 1, r.last}}
		}
		if len(content) == 0 {
			continue
		}
		x.add(attr{how: "commaQuote", src: src, cue: tspan{v, v}, sent: s, cut: -1, content: content})
	}
}

// trailingCue attributes a quotation that a subject and a verb of saying
// follow, when no frame took it: the verb is one the lexicon leaves out
// as mostly a noun ("“…,” the two senators write", "“…!” a sign on the
// door reads") or the subject is more than the short one afterQuote
// allows ("“…,” a voice in the spot states"). The subject is the
// speaker.
func (x *extractor) trailingCue(s int) {
	d := x.d
	s0, s1 := d.sents[s][0], d.sents[s][1]
	for b := s0 + 1; b+2 < s1; b++ {
		q := d.inq[b]
		if q < 0 || d.regions[q].last != b || d.toks[b].kind != qmark || !x.quoteEnds(b) || x.claimed[b] || x.claimed[d.regions[q].first] || d.regions[q].first < s0 {
			continue
		}
		if p := d.toks[b-1].text; p != "," && p != "?" && p != "!" || !d.speechLike(q) && !x.shortSentence(q) {
			continue
		}
		f := b + 1
		if t := &d.toks[f]; t.kind != word || !(t.capital() || t.in(inSubjectPronouns) || t.is("the", "a", "an", "one", "another")) {
			continue
		}
		for v := f + 1; v < s1 && v <= f+7; v++ {
			t := &d.toks[v]
			if t.kind != word || d.inq[v] >= 0 {
				break
			}
			if t.capital() || !isSayForm(t.lower) && !t.in(inQuoteVerbs) {
				continue
			}
			if x.cued[v] || x.claimed[v] {
				break
			}
			x.add(attr{how: "trailingCue", src: tspan{f, v - 1}, cue: tspan{v, v}, sent: s, cut: b + 1, content: []tspan{{d.regions[q].first, b}}})
			break
		}
	}
}

// cutBefore ends the content of the attributions of sentence s that
// reach token k before token c, over the punctuation before c.
func (x *extractor) cutBefore(s, c, k int) {
	d := x.d
	for i := len(x.attrs) - 1; i >= 0 && x.attrs[i].sent == s; i-- {
		a := &x.attrs[i]
		for ci := range a.content {
			sp := &a.content[ci]
			if sp.first >= c || sp.last < k {
				continue
			}
			last := c - 1
			for last > sp.first && d.inq[last] < 0 && d.toks[last].kind == punct {
				last--
			}
			for j := last + 1; j <= sp.last; j++ {
				x.claimed[j] = false
			}
			sp.last = last
			// The spans after the cut go too, and their tokens are free
			// for the rules still to run.
			for _, dropped := range a.content[ci+1:] {
				for j := dropped.first; j <= dropped.last; j++ {
					x.claimed[j] = false
				}
			}
			a.content = a.content[:ci+1]
			a.spans = min(a.spans, len(a.content))
			break
		}
	}
}

// clauseStart returns where the clause ending before k starts: after the
// last dash or semicolon outside quotations since s0, or s0.
func (x *extractor) clauseStart(s0, k int) int {
	d := x.d
	for j := k - 1; j > s0; j-- {
		if d.inq[j] < 0 && (isDashToken(d.toks, j) || d.toks[j].text == ";") {
			return j + 1
		}
	}
	return s0
}

// openIn reports whether an attribution in sentence s already waits for
// the next paragraph.
func (x *extractor) openIn(s int) bool {
	for i := len(x.attrs) - 1; i >= 0 && x.attrs[i].sent == s; i-- {
		if x.attrs[i].open {
			return true
		}
	}
	return false
}

// quotationAt reports whether a quotation of speech that no attribution
// has taken opens at token k.
func (x *extractor) quotationAt(k int) bool {
	d := x.d
	q := d.inq[k]
	return d.toks[k].kind == qmark && q >= 0 && d.regions[q].first == k && !x.claimed[k] && (d.speechLike(q) || x.shortSentence(q))
}

// shortSentence reports whether region q is a short quoted sentence: a
// capital, two words or more, and its own full stop ("“It’s done.”").
func (x *extractor) shortSentence(q int) bool {
	d := x.d
	r := d.regions[q]
	if !r.close || r.last-r.first < 3 || !d.toks[r.first+1].capital() {
		return false
	}
	words := 0
	for k := r.first; k <= r.last; k++ {
		if d.toks[k].kind == word {
			words++
		}
	}
	p := d.toks[r.last-1].text
	return words >= 2 && (p == "." || p == "!" || p == "?")
}

// speechParagraphAfter reports whether token k ends its paragraph and the
// next paragraph opens with a quotation of speech and names no speaker of
// its own ("“Here comes the boss,” she said").
func (x *extractor) speechParagraphAfter(k int) bool {
	d := x.d
	if k+1 >= len(d.toks) || d.paraOf[k+1] != d.paraOf[k]+1 || d.paras[d.paraOf[k+1]][0] != k+1 || !x.quotationAt(k+1) {
		return false
	}
	pr := d.paras[d.paraOf[k+1]]
	for i := pr[0]; i < pr[1]; i++ {
		if d.inq[i] < 0 && isSayForm(d.toks[i].lower) {
			return false
		}
	}
	return true
}

// cueAt reports whether a cue starts at token i.
func (x *extractor) cueAt(i, s0, s1 int) (hit, bool) {
	d := x.d
	t := &d.toks[i]
	if t.lower == "according" && i+1 < s1 && d.toks[i+1].lower == "to" {
		return hit{first: i, last: i + 1, acc: true, c: cue{lemma: "according to", class: say}}, true
	}
	if t.lower == "in" {
		// "In a CBS poll, Trump's lead …", "… led in a CNN national poll.":
		// the poll is the source.
		for k := i + 1; k < s1 && k <= i+8 && d.inq[k] < 0 && d.toks[k].kind == word; k++ {
			if d.toks[k].is("poll", "survey", "surveys") {
				if !(k+1 < s1 && d.toks[k+1].is("of", "'s")) {
					return hit{first: i, last: i, poll: k, c: cue{lemma: "in", class: say}}, true
				}
				break
			}
			if !x.npToken(k) && !d.toks[k].is("of", "by", "for", "from") || d.toks[k].is("and") {
				break
			}
		}
	}
	if h, ok := x.copularCue(i, s0, s1); ok {
		return h, true
	}
	if h, ok := x.idiomCue(i, s1); ok && !(t.capital() && i != s0) {
		return h, true
	}
	if t.is("put", "puts") && i+2 < s1 && d.toks[i+1].is("it") && (d.toks[i+2].text == "," || d.toks[i+2].text == ":" || d.toks[i+2].text == ".") {
		// "As Vulture put it, “…”", "as one adviser puts it."
		return hit{first: i, last: i + 1, c: cue{lemma: "put", class: say, form: past}}, true
	}
	if h, ok := x.critiqueCue(i, s0, s1); ok {
		return h, true
	}
	if h, ok := x.chargeCue(i, s0, s1); ok {
		return h, true
	}
	if h, ok := x.publicationCue(i, s0, s1); ok {
		return h, true
	}
	if t.in(inSpeechNouns) && i > s0+1 && i+2 < s1 && d.toks[i+1].is("that") && x.possessor(i-1) && x.objectPosition(i-1, s0) {
		// "Trump's claim that …", "his insistence that …": a statement
		// named by a noun, its maker the possessor. Not "her comments
		// that went viral": a relative clause.
		if n := &d.toks[i+2]; !finiteVerb(n) && !n.in(inBetween) {
			return hit{first: i, last: i, noun: true, c: cue{lemma: t.lower, class: say}}, true
		}
	}
	c, ok := t.listed()
	if !ok && t.lower == "appear" && i > s0 && i+2 < s1 && d.toks[i+1].is("to") {
		// "The figures appear to be wrong": an impression, as "appears
		// to" is. Alone, "appear" is mostly a showing up ("appear in
		// court"), so only before "to".
		c, ok = cue{lemma: "appear", class: other, form: base}, true
	}
	if !ok {
		c, ok = x.castAsCue(i, s1)
	}
	if !ok {
		c, ok = x.cognitionCue(i, s0, s1)
	}
	if !ok {
		c, ok = x.commaAttackCue(i, s0, s1)
	}
	if !ok {
		c, ok = x.returnCue(i, s0, s1)
	}
	if !ok {
		if h, ok := x.stanceHit(i, s0, s1); ok {
			return h, true
		}
	}
	if !ok && x.goesOn(i, s0, s1) {
		return hit{first: i, last: i + 1, c: cue{lemma: "go on", class: say, form: past}}, true
	}
	if !ok {
		// Right after a quotation any verb reports it: "“This is
		// fantastic!” beamed Hartley", "“…,” Trump reacted."
		if x.trailsQuote(i, s0) {
			f := past
			if !strings.HasSuffix(t.lower, "ed") {
				f = third
			}
			return hit{first: i, last: i, c: cue{lemma: t.lower, class: say, form: f}}, true
		}
		return hit{}, false
	}
	// In a title-case headline a cue is capitalized too, in the
	// headline's present tense ("Sanders Promises Action"); a past form
	// there is as often a name ("Edward Said Lecture Series").
	if t.capital() && i != s0 && !(x.titleCased(d.paraOf[i]) && c.form != past) {
		return hit{}, false
	}
	last := particleEnd(d, i, s1, c.lemma)
	if last == i && particleOnly[c.lemma] {
		return hit{}, false
	}
	// "“…?” Hannity pressed.": right after a quotation any verb reports
	// it, a stance verb included.
	if c.class == other && x.afterQuote(i, s0) && !t.capital() {
		c.class = say
	}
	if last > i && (c.lemma == "point" && d.toks[last].lower == "out" || c.lemma == "shoot" || c.lemma == "fire" || c.lemma == "chime") {
		c.class = say // "Bozell points out.", "Trump shot back."
	}
	// "made it clear to donors on Monday that …": like a say verb it
	// takes a listener and a time before its clause.
	if last > i && c.lemma == "make" {
		c.class = say
	}
	beforeBe := i > s0 && d.toks[i-1].is("is", "was", "were", "are", "be", "been", "being", "get", "got") || x.reportedAfterAdverb(c, i, s0)
	// "whom he described as": after a pronoun the participle is a verb.
	afterSubject := i > s0 && d.toks[i-1].is("he", "she", "they", "we", "i", "you") || x.subjectOfObjectRelative(i, s0)
	// "Asked by a reporter whether …, Lee said": a question put to the
	// subject of the clause that follows, by the agent after "by".
	askedBy := c.lemma == "ask" && i+1 < s1 && d.toks[i+1].is("by") && (i == s0 || d.toks[i-1].is("when", "after", "while", "if", "once", "as", "before") || d.toks[i-1].text == ",")
	if c.form == past && i+1 < s1 && d.toks[i+1].is("as", "by") && c.lemma != "say" && !beforeBe && !afterSubject && !askedBy {
		return hit{}, false // "known as", "endorsed by": participles
	}
	// "A woman accused of poisoning her husband told a jury …": a
	// participle qualifying the subject; the verb comes later.
	if c.form == past && i+1 < s1 && d.toks[i+1].is("of", "for", "with") && !beforeBe && !afterSubject && i > s0 && d.toks[i-1].kind == word && !d.toks[i-1].capital() && !d.toks[i-1].in(inSubjectPronouns) && x.laterVerb(i+2, s1) {
		return hit{}, false
	}
	// "The company added 200 jobs", "added $5 billion": a quantity, not
	// a statement.
	if (c.lemma == "add" || c.lemma == "report" || c.lemma == "post") && i+1 < s1 && d.inq[i+1] < 0 {
		n := &d.toks[i+1]
		if number(n) || n.text == "$" || strings.HasPrefix(n.text, "$") || n.is("another", "nearly", "about", "roughly", "some", "more", "almost", "over") && i+2 < s1 && (number(&d.toks[i+2]) || strings.HasPrefix(d.toks[i+2].text, "$")) {
			return hit{}, false
		}
		// "The company reported profit of $2.1 billion", "posted a loss".
		if c.lemma != "add" && (n.is("profit", "profits", "loss", "losses", "revenue", "revenues", "earnings", "sales", "income", "growth", "record") || n.is("a", "an") && i+2 < s1 && d.toks[i+2].is("profit", "loss", "record", "surplus", "deficit", "decline", "rise", "drop", "gain")) {
			return hit{}, false
		}
	}
	// "Sales declined 4 percent", "declined in most states": a quantity
	// going down, not a refusal.
	if c.lemma == "decline" && declineDecrease(d, i, s1) {
		return hit{}, false
	}
	// "a neighbor who asked not to be named said": a request for
	// anonymity reports nothing.
	if (c.lemma == "ask" || c.lemma == "request" || c.lemma == "decline") && i+3 < s1 && (d.toks[i+1].is("not") && d.toks[i+2].is("to") || d.toks[i+1].is("to") && d.toks[i+2].is("be") && d.toks[i+3].is("named", "identified")) || c.lemma == "request" && i+1 < s1 && d.toks[i+1].is("anonymity") {
		return hit{}, false
	}
	if c.lemma == "read" && !(i+1 < s1 && (d.toks[i+1].text == ":" || d.toks[i+1].kind == qmark) || i > s0 && x.boundaryBefore(i-1) || x.afterQuote(i, s0)) {
		return hit{}, false
	}
	if i > s0 {
		prev := &d.toks[i-1]
		// "the report", "his call", "a claim": a noun, not a cue.
		contraction := prev.lower == "'s" && i >= 2 && d.toks[i-2].is("he", "she", "it", "that", "there", "who", "what")
		// "Both think", "; one suggested": a determiner standing alone at
		// the clause start is the subject.
		alone := prev.in(inStandalone) && (i-1 == s0 || d.toks[i-2].kind == punct && d.inq[i-2] < 0) || x.floating(i-1, s0) || x.quantitySubject(i-1, s0) || x.countOf(i-1, s0) || x.countAlone(i-1, s0)
		if prev.in(inDeterminers) && prev.lower != "that" && !alone || prev.lower == "'s" && !contraction {
			return hit{}, false
		}
		// "a 2014 estimate", "their 2015 report": a year in digits between
		// a determiner and a word that may be a noun makes it the noun.
		if i-2 >= s0 && number(prev) && prev.lower[0] >= '0' && prev.lower[0] <= '9' && nounForm(t.lower) && (d.toks[i-2].in(inDeterminers) && !d.toks[i-2].is("that") || d.toks[i-2].in(inPossessives)) {
			return hit{}, false
		}
		// Passives: "was told", "has been criticized by", "it was
		// reported that".
		if c.form == past && c.lemma != "expect" && (prev.is("is", "was", "were", "are", "be", "been", "being", "get", "got") || x.reportedAfterAdverb(c, i, s0)) {
			return hit{first: i, last: last, c: c, passive: true}, true
		}
	}
	return hit{first: i, last: last, c: c}, true
}

// trailsQuote reports whether token i is a verb in the attribution that
// follows a quotation ending in a comma, question or exclamation mark:
// right after it ("…!” beamed Hartley) or after a short subject ("…,”
// Trump reacted).
func (x *extractor) trailsQuote(i, s0 int) bool {
	d := x.d
	t := &d.toks[i]
	if t.kind != word || t.capital() || d.inq[i] >= 0 || len(t.lower) < 4 || t.in(inStopWords) || t.in(inBetween) || t.in(inTimeWords) {
		return false
	}
	if !(strings.HasSuffix(t.lower, "ed") || strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss") && !strings.HasSuffix(t.lower, "'s")) {
		return false
	}
	// "“…,” the union leaders said": a plural noun right before a verb
	// of saying heads the subject; it is not the verb.
	if n := i + 1; n < len(d.toks) && d.inq[n] < 0 && (isSayForm(d.toks[n].lower) || d.toks[n].in(inQuoteVerbs)) {
		return false
	}
	return x.afterQuote(i, s0)
}

// afterQuote reports whether token i follows a quotation ending in a
// comma, question or exclamation mark, directly ("…!” beamed") or after
// a short subject ("…,” the editorial read).
func (x *extractor) afterQuote(i, s0 int) bool {
	d := x.d
	k := i - 1
	for k > s0 && i-k <= 6 && x.npToken(k) && d.toks[k].kind == word {
		k--
	}
	if k == i-1 && k >= s0 && d.toks[k].kind == qmark {
		return x.quoteEnds(k) && i+1 < len(d.toks) && x.npToken(i+1)
	}
	return k < i-1 && k >= s0 && x.quoteEnds(k) && d.toks[k].kind == qmark && (d.toks[k+1].capital() || d.toks[k+1].in(inSubjectPronouns) || d.toks[k+1].is("the", "a", "an", "one", "another"))
}

// boundaryBefore reports whether the token at i ends a stretch of content
// that a following attribution may take: a comma, or a closing quote
// mark after a comma, question mark or exclamation mark.
func (x *extractor) boundaryBefore(i int) bool {
	d := x.d
	t := &d.toks[i]
	if t.kind == punct && (t.text == "," || isDashToken(d.toks, i)) {
		return true
	}
	if t.kind == qmark && d.inq[i] >= 0 && d.regions[d.inq[i]].last == i {
		return true
	}
	return false
}

// frame reads the attribution cue h governs in sentence s: its speaker
// (before the cue, after an inverted one, or the clause's subject for a
// participle) and its content (the clause after the cue, or the
// quotation or clause before a parenthetical cue).
func (x *extractor) frame(h hit, s int) (attr, bool) {
	d := x.d
	s0, s1 := d.sents[s][0], d.sents[s][1]
	a := attr{src: none, cue: tspan{h.first, h.last}, sent: s, cut: -1}
	end := x.contentEnd(h.last+1, s1)
	end = x.evidenceContrastEnd(h, end, s1)
	if h.acc {
		return x.according(a, h, s0, s1)
	}
	if h.poll > 0 {
		return x.inPoll(a, h, s0, s1)
	}
	if h.passive {
		return x.passive(a, h, s0, s1)
	}
	if h.critique {
		return x.critique(a, h, s0, s1)
	}
	if h.charge {
		return x.charge(a, h, s0, s1)
	}
	if h.noun {
		return x.nominal(a, h, s0, s1)
	}
	if h.copular {
		return x.copular(a, h, s0, s1)
	}
	if src, ok := x.causee(h, s0); ok {
		a.src = src
		a.content = x.forward(h, h.last+1, end)
		a.how = "causee"
		return a, len(a.content) > 0
	}
	// Skip auxiliaries and adverbs back to the subject.
	b := h.first - 1
	// A capital inside the sentence is a name, not a modal: "which Will
	// claims".
	for b >= s0 && d.inq[b] < 0 && (d.toks[b].in(inBetween) || adverb(&d.toks[b]) || x.floating(b, s0) || degreeBeforeAdverb(d, b)) && !(b > s0 && d.toks[b].capital() && !x.titleCased(d.paraOf[b])) {
		b--
	}
	// "who in 2010 said", "Feinstein on Monday said": a time between
	// subject and verb.
	if b > s0+1 && d.toks[b-1].is("in", "on") && (number(&d.toks[b]) || d.toks[b].in(inTimeWords) && d.toks[b].capital()) && !x.countOf(b, s0) {
		b -= 2
		for b >= s0 && d.inq[b] < 0 && (d.toks[b].in(inBetween) || adverb(&d.toks[b])) && !(b > s0 && d.toks[b].capital()) {
			b--
		}
	}
	// "The two lawmakers, however, argue": a discourse adverb between
	// commas. After an appositive ("Cole, the mayor, however, said") the
	// comma before the adverb closes it, and stays for npBack to read.
	if b-2 > s0 && d.toks[b].text == "," && d.toks[b-2].text == "," && d.inq[b] < 0 && d.toks[b-1].is("however", "though", "meanwhile", "too", "also", "instead", "nonetheless", "nevertheless", "moreover", "meantime", "likewise", "similarly") {
		b -= 2
		if _, ok := x.npBack(b, s0); !ok {
			b--
		}
	} else if n := x.discoursePhraseBefore(b, s0); n > 0 && h.c.class == say {
		// "The bakers who lost the contest, for example, said": the
		// same with a discourse phrase of two or three words before a verb
		// of saying (a clause of another verb may run on past the comma).
		b -= n + 1
		if _, ok := x.npBack(b, s0); !ok {
			b--
		}
	}
	if h.c.form == gerund {
		b = x.occasionBeforeParticiple(b, s0)
	}
	// "Lee later Thursday told", "Lee (D-Ohio) last week said": a time
	// phrase between subject and verb.
	if t := x.skipTime(b, s0); t != b && h.c.form != gerund {
		b = t
		for b >= s0 && d.inq[b] < 0 && (d.toks[b].in(inBetween) || adverb(&d.toks[b])) && !(b > s0 && d.toks[b].capital()) {
			b--
		}
	}
	// "Cruz seemed to mock", "tried to explain": the subject of the
	// raising verb is the speaker.
	// "went on to say": the same.
	// "found ways to paint herself as": the same (raisingVerbBefore).
	if r := x.raisingVerbBefore(b, s0); h.c.form == base && r >= 0 {
		b = r - 1
		for b >= s0 && d.inq[b] < 0 && (d.toks[b].in(inBetween) || adverb(&d.toks[b])) {
			b--
		}
		h.c.form = past // agreement was checked on the raising verb
	}
	// "The mayor kept criticizing", "began calling for": the subject of
	// the verb of phase is the speaker.
	if h.c.form == gerund && b > s0 && b == h.first-1 && d.inq[b] < 0 && gerundPhaseVerbs[d.toks[b].lower] {
		b--
		for b >= s0 && d.inq[b] < 0 && (d.toks[b].in(inBetween) || adverb(&d.toks[b])) {
			b--
		}
		h.c.form = past // agreement was checked on the verb of phase
	}
	// Progressive cues: "is denouncing", "were saying".
	progressive := x.progressiveCue(h, s0)
	// "The speech is expected to focus on …": no source; the content is
	// the subject and what is expected of it.
	// So are "X seemed to …" and "X appeared poised to …": the
	// impression has no speaker.
	raising := h.c.lemma == "expect" && h.c.form == past && h.first > s0 && d.toks[h.first-1].is("is", "are", "was", "were", "widely", "also", "now", "not", "generally") && h.last+1 < s1 && d.toks[h.last+1].is("to") ||
		(h.c.lemma == "seem" || h.c.lemma == "appear") && h.c.form != gerund && h.first > s0 && !x.toCue(h.last+1, s1)
	if raising {
		k := h.first - 1
		for k > s0 && (d.toks[k].is("widely", "also", "now", "is", "are", "was", "were", "not", "generally", "still", "would", "may", "might", "could", "did", "does", "do", "n't", "didn't", "doesn't", "don't", "sometimes", "already", "often") || adverb(&d.toks[k])) {
			k--
		}
		var parts []tspan
		if subj, ok := x.npBack(k, s0); ok {
			parts = append(parts, subj)
		}
		if end := x.contentEnd(h.last+1, s1); end > h.last+1 {
			parts = append(parts, tspan{h.last + 1, end - 1})
		}
		a.content = parts
		a.cue = tspan{h.first, h.last}
		a.how = "raising"
		return a, len(parts) > 0
	}
	// "When asked whether …, Smith said": the question has no speaker.
	// "Asked at a briefing Monday about …": a short trailer may come
	// first.
	q0 := h.last + 1
	// "Asked by Lee whether …": the one who asks is the agent.
	asker := none
	if h.c.lemma == "ask" && q0+1 < s1 && d.toks[q0].is("by") {
		if f, g, ok := x.npForward(q0+1, s1); ok {
			asker = tspan{f, g}
		}
	}
	if h.c.lemma == "ask" && q0 < s1 && !d.toks[q0].is("if", "whether", "what", "which", "whom", "about", "how", "why", "who", "when", "where", "to") && (d.toks[q0].in(inPrepositions) || d.toks[q0].in(inTimeWords) || adverb(&d.toks[q0])) {
		for k := q0; k < s1 && k < q0+10 && d.inq[k] < 0 && d.toks[k].kind == word; k++ {
			if d.toks[k].is("if", "whether", "what", "which", "whom", "about", "how", "why", "who") || asker.ok() && k > asker.last && d.toks[k].is("to") {
				q0 = k
				break
			}
		}
	}
	if h.c.lemma == "ask" && h.c.form == past && (h.first == s0 || d.toks[h.first-1].is("when", "after", "while", "if", "once", "as", "before") || d.toks[h.first-1].text == ",") && q0 < s1 && d.toks[q0].is("if", "whether", "what", "which", "whom", "about", "how", "why", "who", "when", "where", "to") {
		if asker.ok() && asker.last < q0 {
			a.src = asker
		}
		k := q0
		for k < s1 && !(d.toks[k].text == "," && d.inq[k] < 0) {
			// A title that ends on the clause's comma: `on "CBS This
			// Morning," Sanders said`.
			if q := d.inq[k]; q >= 0 && d.regions[q].last == k && d.toks[k-1].text == "," && x.title(q) {
				k--
				break
			}
			// `Asked whether the mayor “has the judgment to lead,” most
			// voters said yes`: a quotation's own closing comma ends the
			// question too, and the quotation is part of it.
			if q := d.inq[k]; q >= 0 && d.regions[q].last == k && d.regions[q].close && d.toks[k-1].text == "," {
				k++
				break
			}
			k++
		}
		// "… when asked by a reporter whether it would." ends with the
		// sentence: its full stop is no part of the question.
		if k > q0+1 && k == s1 && d.inq[k-1] < 0 && d.toks[k-1].is(".", "?", "!") {
			k--
		}
		if k > q0 {
			a.content = []tspan{{q0, k - 1}}
			if d.toks[q0].is("if", "whether", "what", "how", "why", "who", "when", "where", "to") && q0+1 <= k-1 {
				a.content = []tspan{{q0 + 1, k - 1}}
			}
			a.how = "askedQuestion"
			return a, true
		}
	}
	// Participial cues: ", saying ...", ", adding that ...".
	if h.c.form == gerund && !progressive && backers[h.c.lemma] && b >= s0 && b == h.first-1 && d.toks[b].kind == word && !d.toks[b].in(inStopWords) && !d.toks[b].in(inBetween) && !x.gerundNoun(h, b) {
		// "super PACs supporting Kasich": the noun before is the source.
		if src, ok := x.npBack(b, s0); ok {
			a.src = x.backerHead(src, b, s0)
			if f, g, ok := x.npForward(h.last+1, s1); ok {
				a.content = []tspan{{f, g}}
			}
			a.how = "backer"
			return a, len(a.content) > 0
		}
	}
	if h.c.form == gerund && !progressive && b == h.first-1 && b > s0 && d.toks[b].capital() {
		// "footage of Hillary Clinton asking, “…”": the name after "of".
		f := b
		for f > s0 && d.toks[f-1].capital() && d.toks[f-1].kind == word {
			f--
		}
		if f > s0 && d.toks[f-1].is("of") {
			a.src = tspan{f, b}
			a.content = x.forward(h, h.last+1, end)
			a.how = "ofName"
			return a, len(a.content) > 0
		}
	}
	// "with Cruz recently promising": adverbs may come between.
	adverbsOnly := true
	for k := b + 1; k < h.first; k++ {
		adverbsOnly = adverbsOnly && adverb(&d.toks[k])
	}
	if h.c.form == gerund && !progressive && adverbsOnly && b > s0 && x.npToken(b) {
		// "with Sanders emphasizing the state's importance"
		if src, ok := x.npBack(b, s0); ok && src.first > s0 && d.toks[src.first-1].is("with", "without") {
			a.src = src
			a.content = x.forward(h, h.last+1, end)
			a.how = "withName"
			return a, len(a.content) > 0
		}
		// npBack takes no phrase after a preposition: "with Councilman
		// Lee telling reporters …", "with one of their mailers asking".
		f := b
		for f > s0 && b-f < 8 && (x.npToken(f-1) || d.toks[f-1].is("her", "his", "their", "its", "our")) || f-1 > s0 && d.toks[f-1].is("of") && (x.npToken(f-2) || d.toks[f-2].is("her", "his", "their", "its", "our")) && b-f < 8 {
			f--
		}
		if f > s0 && d.toks[f-1].is("with", "without") && f < b || f > s0 && d.toks[f-1].is("with", "without") && x.named(tspan{f, b}) {
			a.src = tspan{f, b}
			a.content = x.forward(h, h.last+1, end)
			a.how = "withName"
			return a, len(a.content) > 0
		}
	}
	if !progressive {
		if a, ok := x.evidenceParticiple(a, h, b, s0, end); ok {
			return a, true
		}
	}
	if h.c.form == gerund && !progressive && h.c.class == say && b == h.first-1 && b > s0 && d.toks[b].kind == word && d.inq[b] < 0 && !d.toks[b].in(inStopWords) && !d.toks[b].in(inBetween) && !x.gerundNoun(h, b) {
		if documents[d.toks[b].lower] || d.toks[b].in(inTimeWords) {
			// "released a statement Wednesday saying": the statement's
			// author speaks, not a relative clause's speaker before it
			// ("Lee, who said …, issued a statement saying").
			a.src = x.subjectOf(s, h.first, true)
			if doc := x.unauthoredDocument(b, s0); doc.ok() {
				a.src = doc
			}
			a.content = x.forward(h, h.last+1, x.beforeClause(h.last+1, end))
			a.how = "document"
			return a, len(a.content) > 0
		}
	}
	if h.c.form == gerund && !progressive && (b < s0 || b == s0 && participleOpeners[d.toks[b].lower] || x.frontedAfterConj(b, s0) || x.frontedAfterTime(b, s0)) {
		// A fronted participle: "Conceding that …, he warned",
		// "After suggesting on Wednesday that …, Mr. Rubio said". Its
		// subject is the main clause's, after the comma.
		k := h.last + 1
		for k < s1 && !(d.toks[k].text == "," && d.inq[k] < 0) {
			if q := d.inq[k]; q >= 0 {
				k = d.regions[q].last
				// `Praising her “quiet courage,” Lee said`: the comma
				// inside the closing mark ends the phrase too.
				if d.toks[k].kind == qmark && d.toks[k-1].text == "," {
					break
				}
			}
			k++
		}
		if k+1 >= s1 {
			return attr{}, false
		}
		// "After thanking the crowd, which chanted his name, he said": a
		// relative clause before the subject is stepped over.
		m := k
		for n := 0; n < 3 && m+1 < s1 && d.toks[m+1].is("which", "who"); n++ {
			m++
			for m < s1 && !(d.toks[m].text == "," && d.inq[m] < 0) {
				if q := d.inq[m]; q >= 0 {
					m = d.regions[q].last
				}
				m++
			}
		}
		m = x.skipLinkingAdverb(m, s1)
		if m+1 < s1 {
			if f, g, ok := x.npForward(m+1, s1); ok && g+1 < s1 && (finiteVerb(&d.toks[g+1]) || d.toks[g+1].in(inBetween) || x.verbAfterAside(g+1, s1) >= 0) {
				a.src = tspan{f, g}
			}
		}
		a.content = x.forward(h, h.last+1, k)
		a.how = "fronted"
		return a, len(a.content) > 0
	}
	if h.c.form == gerund && !progressive {
		// `…," adding` and `…,” noting that`: a closing mark after a
		// comma stands for the comma.
		commaQuote := b > s0 && d.toks[b].kind == qmark && d.inq[b] >= 0 && d.regions[d.inq[b]].last == b && d.toks[b-1].text == ","
		butAlso := x.butParticiple(b, s0)
		if b < s0 || !(d.toks[b].text == "," || commaQuote || isDashToken(d.toks, b) || d.toks[b].is("and", "while", "before", "after", "by") || butAlso) {
			return attr{}, false
		}
		a.src = x.subjectOf(s, h.first, !d.toks[b].is("and", "while", "before", "after", "by") && !butAlso)
		// "Lee has rallied voters by promising", "… Lee won the vote
		// after promising": the participle's subject is that of the verb
		// it qualifies, not a statement's earlier in the sentence.
		if d.toks[b].is("by", "while", "before", "after") {
			if near := x.coordinateSubject(s0, b); near.ok() {
				a.src = near
			}
		}
		if near := x.nearerSubject(s0, b); near.ok() {
			a.src = near
		}
		if near := x.coordinatedParticipleSubject(s0, b); near.ok() {
			a.src = near
		}
		a.content = x.forward(h, h.last+1, x.attackEnd(h, h.last+1, x.beforeClause(h.last+1, end)))
		a.how = "participle"
		return a, len(a.content) > 0
	}
	if h.c.class == say && (h.c.form != base || h.c.lemma == "say") && b >= s0 && x.boundaryBefore(b) && b > s0 && (d.toks[b].kind == qmark || d.toks[b-1].kind == qmark || !x.appositiveBefore(b, s0)) {
		// Inverted: "…," said Smith. Not "said of the swirl": a
		// preposition opens no speaker.
		// Nor "Lee, citing “…,” said the plan could fail": a noun
		// phrase and an auxiliary after the cue are the said clause.
		if f, g, ok := x.npForward(h.last+1, s1); ok && !d.toks[f].in(inPrepositions) && !(g+1 < s1 && d.inq[g+1] < 0 && d.toks[g+1].in(inAuxiliaries) && !d.toks[g+1].capital()) {
			g = x.coordinatedSpeakerEnd(g, s1)
			rest := x.skipTrailer(g+1, s1)
			// "…, said a person who asked that her name be withheld.": a relative
			// clause qualifies the speaker, as a trailer does.
			if x.quoteEnds(b) || g+1 < s1 && d.toks[g+1].is("who") && d.inq[g+1] < 0 {
				rest = x.nextComma(g+1, s1)
			}
			if rest >= s1 || rest >= 0 && (x.endsTrailer(rest) || isDashToken(d.toks, rest) && x.dashAside(rest, s1) >= 0) {
				a.src = tspan{f, g}
				a.cut = b
				a.content = x.before(s0, b)
				if more := x.resumed(rest, s1, a.content, true); len(more) > 0 {
					a.content = append(x.dashClauseOnly(a.content), more...)
				}
				a.how = "inverted"
				return a, len(a.content) > 0
			}
		}
	}
	if b < s0 && h.c.class == say && (h.c.form == past || h.c.form == third) {
		// "Said Comey, “…”", "Continued Stone: …": inverted at the
		// sentence start.
		if f, g, ok := x.npForward(h.last+1, s1); ok && g+1 < s1 && (d.toks[g+1].text == "," || d.toks[g+1].text == ":") && x.named(tspan{f, g}) && !d.toks[f].in(inPrepositions) {
			a.src = tspan{f, g}
			a.content = x.after(g+2, s1)
			a.open = len(a.content) == 0 && d.toks[g+1].text == ":"
			a.how = "initialInverted"
			return a, len(a.content) > 0 || a.open
		}
	}
	if b < s0 {
		return attr{}, false
	}
	// A verb in a list of the same subject's: "rejected both objections,
	// ruled Cruz eligible and ordered …". The earlier verb's content
	// stops at the comma.
	if d.toks[b].text == "," && d.inq[b] < 0 && (h.c.form == past || h.c.form == third) && h.last+1 < s1 && !d.toks[h.last+1].is("by", "as", ",") {
		for i := len(x.cur) - 1; i >= 0; i-- {
			p := &x.cur[i]
			if p.cue.last >= b || !p.src.ok() || p.cut >= 0 || len(p.content) == 0 || p.content[len(p.content)-1].last < b {
				continue
			}
			pc := cueAtForm(d, p.cue.first)
			if pc != h.c.form || x.commaBetween(p.cue.last, b) {
				// "Police said Ann Cole, 34, told officers …": a comma
				// before this one sets off an appositive of a new
				// subject, not the previous item of a list.
				break
			}
			a.src = p.src
			// "Lee, a Democrat who has refused to …, said": the comma
			// closes the aside of the name, whose verb this is.
			if op, c := x.asideOpener(b, s0); op.ok() && c < p.src.first {
				a.src = op
			}
			a.cut = b
			a.content = x.forward(h, h.last+1, end)
			a.how = "list"
			return a, len(a.content) > 0
		}
	}
	// A second verb of the same subject: "called it X but said ...".
	if d.toks[b].is("and", "but") && b > s0 && (d.inq[b-1] < 0 || d.regions[d.inq[b-1]].last == b-1) {
		// Of the governing clause: "said it expected …, but warned" is
		// the company's warning, not "it"'s.
		a.src = x.subjectOf(s, h.first, true)
		if near := x.coordinateSubject(s0, b); near.ok() {
			a.src = near
		}
		if !a.src.ok() {
			return attr{}, false
		}
		a.content = x.forward(h, h.last+1, end)
		a.how = "second"
		return a, len(a.content) > 0
	}
	// "A woman who lives next door said": the subject stands before the
	// relative clause.
	rel := x.relativeSubject(b, s0)
	agrees := x.verbAgrees(h, b) || rel.ok() && x.verbAgrees(h, rel.last)
	var src tspan
	ok := false
	if rel.ok() && agrees {
		src, ok = rel, true
	} else if agrees {
		src, ok = x.npBack(b, s0)
		// `Ortiz, who calls the mayor a “menace,” said`: the comma
		// closing the aside is inside the quotation.
		if !ok && b > s0+1 && d.toks[b].kind == qmark && d.toks[b-1].text == "," && d.inq[b] >= 0 && x.scare(d.inq[b]) {
			src, ok = x.npBack(b-1, s0)
		}
	}
	if !ok && h.c.class == say && h.c.form != gerund && !ambiguous[h.c.lemma] && !(h.last+1 < s1 && d.toks[h.last+1].text == "," && !x.introducesQuote(h.last+1, s1)) {
		// A long subject ("Most of the voters in three towns heading
		// to the polls say"): its head opens the clause.
		if m := x.mainSubject(s, h.first); m.ok() && m.last < b && b-m.first <= 16 && !x.commaBetween(m.last, h.first) && (agrees || h.c.form == base && plural(&d.toks[m.last])) {
			src, ok = m, true
		}
	}
	if !ok {
		src, ok = x.evidenceSubject(h, b, s0)
	}
	// "Two in five agreed", "Well under half, 38 percent, say": a
	// poll's share is the subject, whole.
	if sh, ok2 := x.shareSubject(h, b, s0); ok2 && (!ok || sh.first < src.first && sh.last >= src.last) {
		src, ok = sh, true
	}
	// "said the rent was too high and 22 percent said", "backed the
	// plan and 30 percent opposed it": a subject that does not open a
	// clause ends with a share that does.
	if ok && h.c.form != gerund && !x.opensShare(src.first, s0) {
		if sh, ok2 := x.shareBefore(b, s0); ok2 && sh.first > src.first && sh.last == src.last {
			src = sh
		}
	}
	// "Managers at the cannery, whose owners live abroad, say": an
	// aside npBack cannot step over stands between subject and verb.
	if !ok {
		src, ok = x.asideSubject(h, b, s0)
	}
	// "Lee, Cole and Park said": the whole list speaks, not its last
	// items.
	if ls, ok2 := x.listSubject(h, b, s0); ok2 && (!ok || src.first > ls.first && src.last == ls.last) {
		src, ok = ls, true
	}
	if !ok {
		return attr{}, false
	}
	// "The agency withheld a memo that would have revealed": the
	// relative pronoun speaks, not the subject further back.
	if r := x.relativeThat(h, s0); r >= 0 && src.last < r && h.c.form != gerund {
		src = tspan{r, r}
	}
	if x.occasionAfterConj(src, s0) {
		if sub := x.subjectOf(s, h.first, true); sub.ok() && sub.last < src.first {
			src = sub
		}
	}
	pre := src.first - 1
	// "said “the ferry cuts make no sense …”": a quotation right
	// after the cue is its object.
	introduces := x.introducesQuote(h.last+1, s1) || h.last+1 < s1 && x.opensSpeech(h.last+1)
	// After a quotation ("…,” the company tweeted.), before one or before
	// "that", an ambiguous word is the verb.
	verbal := introduces || pre > s0 && x.quoteEnds(pre) || h.last+1 < s1 && d.toks[h.last+1].is("that") || h.c.lemma == "call" && x.callsQuoted(h.last+1, s1)
	// Past forms are verbs, except participles that name or qualify a
	// noun ("a group called X", "pledged delegates").
	if ambiguous[h.c.lemma] && (h.c.form != past || h.c.lemma == "call" || h.c.lemma == "pledge" || h.c.lemma == "cheer") && !verbal && !x.namedOrPronoun(src) && !(h.c.form == base && (plural(&d.toks[src.last]) || surveyed[d.toks[src.last].lower])) && !x.isEvidence(h, src.last) {
		return attr{}, false
	}
	a.src = src
	if x.passiveAfter(h, src.last+1) {
		a.src = x.agent(h, s1)
	} else if sp := x.lightVerbSubject(src, s0); sp.ok() {
		a.src = sp
	}
	// "As the local paper noted, Lee raised …": the
	// clause after the comma is what was noted; so it is after a
	// coordinator ("But as the mayor noted, …", "…, and as Lee noted,").
	if h.c.class == say && src.first > s0 && d.toks[src.first-1].is("as") && x.opensAsClause(src.first-1, s0) {
		if r := x.skipTrailer(h.last+1, s1); r >= 0 && r < s1 && d.toks[r].text == "," {
			a.content = x.after(r+1, s1)
			a.how = "asNoted"
			return a, len(a.content) > 0
		}
	}
	// A cue that introduces a quotation after a comma governs it, unless
	// the sentence opened with a quotation that this one resumes
	// ("“If …” by the U.S., Clinton said on Monday, “we would …”").
	aside := (h.c.class == say || x.beliefAside(h, s1)) && pre > s0 && x.boundaryBefore(pre)
	content := aside && (x.hasContent(s0, pre) || x.subjectResumes(s0, pre, h.last+1, s1))
	opening := aside && !content && x.openingPhraseBeforeAside(s0, pre, h.last+1, s1)
	if (content || opening) && !(introduces && !x.quoteEnds(pre) && d.inq[s0] < 0) && !d.toks[src.first].is("who", "which") && !x.answers(pre) && !x.reportingClause(s0, pre) {
		rest := x.skipTrailer(h.last+1, s1)
		if rest < 0 {
			rest = x.trailerThenClause(h, s1)
		}
		if x.quoteEnds(pre) && !(h.last+1 < s1 && (d.toks[h.last+1].text == ":" || d.toks[h.last+1].is("that"))) {
			// After a quotation the cue is parenthetical whatever follows
			// it ("…,” Lee said to a radio host.).
			rest = x.nextComma(h.last+1, s1)
		}
		if rest >= s1 || rest >= 0 && (x.endsTrailer(rest) || d.toks[rest].text == ";" || isDashToken(d.toks, rest) && x.dashAside(rest, s1) >= 0) {
			before := x.before(s0, pre)
			more := x.resumed(rest, s1, before, false)
			// An opening phrase is content only with the clause it
			// opens.
			if len(more) > 0 || !opening {
				a.cut = pre
				a.content = before
				if len(more) > 0 {
					a.content = append(x.dashClauseOnly(before), more...)
				}
				a.how = "parenthetical"
				return a, len(a.content) > 0
			}
		}
	}
	if h.c.lemma == "continue" && !(h.last+1 < s1 && (d.toks[h.last+1].text == ":" || d.toks[h.last+1].text == "," && h.last+2 < s1 && d.toks[h.last+2].kind == qmark)) {
		return attr{}, false
	}
	if src.first == src.last && d.toks[src.first].is("who", "which") && src.first > s0 && (d.toks[src.first-1].text == "," || isDashToken(d.toks, src.first-1)) {
		// A non-restrictive relative clause ("Harman, who endorsed the
		// plan, called it …") ends at its comma.
		for k := h.last + 1; k < end; k++ {
			if q := d.inq[k]; q >= 0 {
				k = d.regions[q].last
				if d.toks[k-1].text == "," && k+1 < end {
					end = k + 1 // `who calls the mayor a “menace,” said`
					break
				}
				continue
			}
			if d.toks[k].text == "," || isDashToken(d.toks, k) {
				end = k
				break
			}
		}
	}
	a.content = x.forward(h, h.last+1, end)
	if len(a.content) == 0 && h.last+1 < s1 && d.toks[h.last+1].text == ":" {
		a.open = true // "Jared Potts echoed:" and the next paragraph
		a.how = "colonOpen"
		return a, true
	}
	if len(a.content) == 0 && h.c.class == say && x.endsParagraphWithColon(h.last+1, s1) {
		a.open = true
		a.how = "paragraphOpen"
		return a, true
	}
	// "Sam Lau said in a statement. “There are no ballots …”": the
	// quotation in the next sentence is what was said, not the trailer.
	// Not for a relative clause's cue ("…," said Ann Lee, who wrote
	// about it in her book. "…"): the quotation goes on with Ann Lee's.
	// Nor for a cue inside what another cue of the sentence governs
	// ("…," Lee said, referring to photos that she showed to the press.
	// "…"): the quotation goes on with Lee's.
	if trailerOnly := len(a.content) == 0 || len(a.content) == 1 && a.content[0].first == h.last+1 && x.skipTrailer(h.last+1, s1) > a.content[0].last; trailerOnly && h.c.class == say && !(a.src.ok() && a.src.first == a.src.last && d.toks[a.src.first].is("who", "which", "that")) && !x.governed(h.first) {
		// Only a quotation that is its whole sentence: one with its own
		// cue ("“…,” Y said.") is Y's.
		if t := x.skipTrailer(h.last+1, s1); (t >= s1 || t >= 0 && d.toks[t].text == ".") && s1 < len(d.toks) && d.paraOf[s1] == d.paraOf[h.first] && x.opensSpeech(s1) && d.regions[d.inq[s1]].last >= d.sents[d.sentOf[s1]][1]-2 {
			a.content = []tspan{{s1, d.regions[d.inq[s1]].last}}
		}
	}
	a.how = "forward"
	return a, len(a.content) > 0
}

// beliefAside reports a verb of belief standing alone after the clause it
// holds true, as a say verb does ("The plan will fail, they believe.",
// "…, his aides think, and …"): nothing follows it but the sentence's end,
// a comma or a dash. Not the verbs of knowing, feeling and seeing, whose
// asides are fillers ("you know", "I see").
func (x *extractor) beliefAside(h hit, s1 int) bool {
	d := x.d
	if !clauseTaking[h.c.lemma] || h.c.lemma == "know" || h.c.lemma == "see" || h.c.lemma == "feel" || h.c.lemma == "wish" || h.first != h.last || h.c.form == gerund {
		return false
	}
	n := h.last + 1
	if n+1 < s1 && d.toks[n+1].is("that") {
		return false // "a sign, some believe, that …": the clause follows
	}
	return n >= s1 || d.toks[n].text == "." || d.toks[n].text == "," || isDashToken(d.toks, n)
}

// answers reports whether the sentence opens with a question put to the
// subject ("Asked whether …, 60 percent said yes") that ends at token
// pre: what the subject says after it answers the question, it does not
// say the question.
func (x *extractor) answers(pre int) bool {
	for i := range x.cur {
		if a := &x.cur[i]; a.how == "askedQuestion" && a.cue.first < pre && len(a.content) > 0 && a.content[len(a.content)-1].last >= pre-1 {
			return true
		}
	}
	return false
}

// governed reports whether token k lies in the content of a cue found
// earlier in the sentence being read.
func (x *extractor) governed(k int) bool {
	for _, a := range x.cur {
		for _, c := range a.content {
			if c.first <= k && k <= c.last {
				return true
			}
		}
	}
	return false
}

// introducesQuote reports whether a cue ending before i introduces a
// quotation: a comma or colon then an opening mark, right after the cue
// or after a short trailer ("said of the episode, “…”").
func (x *extractor) introducesQuote(i, s1 int) bool {
	d := x.d
	k := i
	if k < s1 && d.toks[k].text != "," && d.toks[k].text != ":" {
		k = x.skipTrailer(i, s1)
	}
	if k < 0 || k+1 >= s1 || !(d.toks[k].text == "," || d.toks[k].text == ":") || x.namedWork(k) {
		return false
	}
	q := d.inq[k+1]
	return d.toks[k+1].kind == qmark && q >= 0 && d.regions[q].first == k+1
}

// documents are things that carry a statement for whoever issued them:
// "released a statement saying".
var documents = set("statement", "statements", "letter", "memo", "email", "e-mail", "emails", "tweet",
	"tweets", "message", "messages", "post", "note", "release", "video", "ad", "ads", "advertisement",
	"op-ed", "column", "editorial", "text", "petition", "sign", "signs", "banner", "report", "filing",
	"motion", "complaint", "lawsuit", "suit", "order", "memorandum", "notice", "response", "reply",
	"speech", "remarks", "interview", "appearance", "call", "calls", "ruling", "opinion", "essay")

// beforeClause returns where a participle's content ends when a main
// clause follows it after a comma ("in the release announcing his role,
// Manafort described …"): at that comma; end otherwise.
func (x *extractor) beforeClause(i, end int) int {
	d := x.d
	for k := i; k+2 < end; k++ {
		if q := d.inq[k]; q >= 0 {
			k = d.regions[q].last
			continue
		}
		if d.toks[k].text != "," || !d.toks[k+1].capital() {
			continue
		}
		if _, g, ok := x.npForward(k+1, end); ok && g+1 < end && (finiteVerb(&d.toks[g+1]) || d.toks[g+1].in(inBetween)) && !d.toks[g+1].capital() {
			return k
		}
	}
	return end
}

// commaBetween reports whether a comma outside quotations lies between
// tokens i and j.
func (x *extractor) commaBetween(i, j int) bool {
	for k := i + 1; k < j; k++ {
		if x.d.toks[k].text == "," && x.d.inq[k] < 0 {
			return true
		}
	}
	return false
}

// plural reports whether a noun looks plural ("polls", "records").
func plural(t *token) bool {
	return t.kind == word && len(t.lower) > 3 && strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss") && !strings.HasSuffix(t.lower, "'s")
}

// infinitiveVerb reports whether t, after "to", reads as the verb of an
// infinitive ("to expand its navy", "to wait") rather than the head of a
// phrase ("to reporters", "to the crowd").
func infinitiveVerb(t *token) bool {
	return t.kind == word && !t.capital() && !t.in(inDeterminers) && !t.in(inStopWords) && !plural(t)
}

// raisingVerbBefore returns the first token of a verb whose subject
// speaks through the infinitive after the "to" at b ("seemed to mock",
// "tried to explain", "went on to say", "found ways to paint herself
// as"), or -1 when b is no such "to". The verb stands after s0.
func (x *extractor) raisingVerbBefore(b, s0 int) int {
	d := x.d
	if b <= s0 || !d.toks[b].is("to") {
		return -1
	}
	if b > s0+1 && d.toks[b-1].is("on") && d.toks[b-2].is("went", "goes", "go", "going", "gone") {
		return b - 2
	}
	if raisers[d.toks[b-1].lower] {
		return b - 1
	}
	if f := x.findWayBefore(b, s0); f > s0 {
		return f
	}
	return -1
}

// raisers take an infinitive whose subject is theirs: "seemed to mock".
var raisers = setPlus(phaseVerbs, "seem", "seems", "seemed", "appear", "appears", "appeared", "try", "tries", "tried",
	"attempt", "attempted", "tend", "tends", "tended", "used", "sought", "trying", "attempting", "struggling", "seek", "seeks", "went", "goes", "go", "going", "gone")

// toCue reports whether "to" and a cue verb start at i: "seemed to mock".
func (x *extractor) toCue(i, s1 int) bool {
	d := x.d
	if i+1 >= s1 || !d.toks[i].is("to") {
		return false
	}
	c, ok := d.toks[i+1].listed()
	return ok && c.form == base
}

// appositiveBefore reports whether the comma at b closes an appositive
// after a name ("McConnell, R-Ky., said").
func (x *extractor) appositiveBefore(b, s0 int) bool {
	sp, ok := x.npBack(b, s0)
	if ok && x.named(sp) {
		return true
	}
	// "the mayor, Ann Lee,": the name in the commas.
	if ok && sp.last+2 < b && x.d.toks[sp.last+1].text == "," {
		if f, g, ok2 := x.npForward(sp.last+2, b); ok2 && g == b-1 && x.named(tspan{f, g}) {
			return true
		}
	}
	// "a city official, who asked not to be named, told":
	// a relative clause in commas.
	d := x.d
	for k := b - 1; k > s0 && k > b-25; k-- {
		if d.inq[k] >= 0 || d.toks[k].text == "." {
			break
		}
		if d.toks[k].text == "," {
			return k+1 < b && d.toks[k+1].is("who", "which") && k-1 >= s0 && d.toks[k-1].kind == word && d.inq[k-1] < 0
		}
	}
	return false
}

// quoteEnds reports whether the token at b ends a quotation that stops
// on a comma, question or exclamation mark: `…,”` or `…”,`.
func (x *extractor) quoteEnds(b int) bool {
	d := x.d
	if b < 1 {
		return false
	}
	if d.toks[b].kind == qmark && d.inq[b] >= 0 && d.regions[d.inq[b]].last == b {
		q := d.inq[b]
		p := d.toks[b-1].text
		if (p == "," || p == "?" || p == "!" || p == "—" || p == "-" || p == ".") && !x.title(q) && !x.scare(q) {
			return true
		}
		return d.speechLike(q) && d.regions[q].first == d.sents[d.sentOf[b]][0]
	}
	if d.toks[b].text == "," && d.toks[b-1].kind == qmark && d.inq[b-1] >= 0 && d.regions[d.inq[b-1]].last == b-1 {
		return !x.title(d.inq[b-1]) && !x.scare(d.inq[b-1])
	}
	return false
}

// scare reports whether quotation q is a word or two quoted inside a
// clause ("who calls the mayor a “menace,” said"), not speech that a
// following cue reports.
func (x *extractor) scare(q int) bool {
	d := x.d
	r := &d.regions[q]
	if !r.open || r.first == 0 || d.inq[r.first-1] >= 0 {
		return false
	}
	words := 0
	for k := r.first; k <= r.last; k++ {
		if d.toks[k].kind == word {
			words++
		}
	}
	p := &d.toks[r.first-1]
	return words <= 2 && r.first > d.sents[d.sentOf[r.first]][0] && (p.in(inDeterminers) || p.kind == word && !p.capital() && !isSayForm(p.lower))
}

// title reports whether quotation q names something (a show, a book) in
// an opening phrase rather than quoting speech: a few words after a
// preposition or a possessive ("on the station’s “Morning
// Report,” Lee said").
func (x *extractor) title(q int) bool {
	d := x.d
	r := &d.regions[q]
	if r.first == 0 || !r.open {
		return false
	}
	p := &d.toks[r.first-1]
	if d.speechLike(q) {
		// A longer name in title case after a possessive or a
		// preposition: "on Tuesday’s episode of “The Evening Hour With
		// Ann Lee,” the senator said she …".
		return d.inq[r.first-1] < 0 && (p.lower == "'s" || p.in(inPrepositions)) && x.titleCase(q)
	}
	return d.inq[r.first-1] < 0 && (p.lower == "'s" || p.in(inPrepositions) || p.capital() && p.kind == word)
}

// titleCase reports whether quotation q is a short run of capitalized
// words, with only minor words in lower case.
func (x *extractor) titleCase(q int) bool {
	d := x.d
	r := &d.regions[q]
	words := 0
	for k := r.first; k <= r.last; k++ {
		t := &d.toks[k]
		if t.kind != word {
			continue
		}
		words++
		if !t.capital() && !t.is("of", "the", "a", "an", "and", "in", "on", "for", "to", "with", "at", "by", "from", "or", "'s") {
			return false
		}
	}
	return words <= 8 && d.toks[r.first+1].capital()
}

// nextComma returns the first comma outside quotations at or after i, or
// s1.
func (x *extractor) nextComma(i, s1 int) int {
	d := x.d
	for k := i; k < s1; k++ {
		if isDashToken(d.toks, k) && d.inq[k] < 0 && x.dashAside(k, s1) >= 0 {
			return k
		}
		if x.opensSpeech(k) && k == i {
			return k // `…," she said "Ultimately …"`: resumed without a comma
		}
		if q := d.inq[k]; q >= 0 {
			// A title in the trailer ("on the podcast “Over the
			// Fence.”") is passed over; a quotation after a comma is not
			// reached, the comma stops first.
			k = d.regions[q].last
			continue
		}
		if d.toks[k].text == "," || d.toks[k].text == ";" {
			return k
		}
		if c, ok := d.toks[k].listed(); ok && c.form == gerund && c.class == say && k > i {
			return k
		}
	}
	return s1
}

// opensSpeech reports whether a quotation of several words opens at k.
func (x *extractor) opensSpeech(k int) bool {
	d := x.d
	q := d.inq[k]
	return d.toks[k].kind == qmark && q >= 0 && d.regions[q].first == k && d.speechLike(q)
}

// endsTrailer reports whether the token at k closes the short stretch
// after a parenthetical cue: a comma, a full stop, or a participial cue
// ("said before adding:", "said, adding").
func (x *extractor) endsTrailer(k int) bool {
	d := x.d
	t := &d.toks[k]
	if t.text == "," || t.text == "." || t.text == "!" || t.text == "?" || x.opensSpeech(k) {
		return true
	}
	if c, ok := t.listed(); ok && c.form == gerund {
		return true
	}
	return t.is("before", "after", "while") && k+1 < len(d.toks) && d.toks[k+1].entry().form == gerund
}

// subjectResumes reports whether a short noun phrase before a cue set
// off by commas is the subject of a clause that resumes after it: "The
// plan, Lee said, would fail."
func (x *extractor) subjectResumes(s0, pre, i, s1 int) bool {
	d := x.d
	if d.toks[pre].text != "," {
		return false
	}
	if f, g, ok := x.npForward(s0, pre); !ok || f != s0 || g != pre-1 {
		return false
	}
	r := x.skipTrailer(i, s1)
	if r < 0 || r+1 >= s1 || d.toks[r].text != "," {
		return false
	}
	n := &d.toks[r+1]
	return d.inq[r+1] < 0 && !n.capital() && (n.in(inAuxiliaries) || finiteVerb(n))
}

// dashAside returns, for a dash at k opening an aside ("— his voice
// breaking —"), the quotation opening right after the closing dash, -1
// when there is none.
func (x *extractor) dashAside(k, s1 int) int {
	d := x.d
	for j := k + 1; j+1 < s1 && j < k+14; j++ {
		if d.inq[j] >= 0 {
			return -1
		}
		if isDashToken(d.toks, j) {
			if n := j + 1; d.toks[n].kind == qmark && d.inq[n] >= 0 && d.regions[d.inq[n]].first == n {
				return n
			}
			return -1
		}
	}
	return -1
}

// laterVerb reports whether a speech verb of the lexicon follows in the
// clause from i ("… accused of poisoning her husband told a jury").
func (x *extractor) laterVerb(i, s1 int) bool {
	d := x.d
	for k := i; k < s1 && k < i+15; k++ {
		if d.inq[k] >= 0 || d.toks[k].text == "," || d.toks[k].text == ";" {
			return false
		}
		if c, ok := d.toks[k].listed(); ok && c.class == say && (c.form == past || c.form == third) {
			return true
		}
	}
	return false
}

// appositiveToEnd reports whether tokens from i to the sentence's end are
// one noun phrase opened by an article ("a Greek company.").
func (x *extractor) appositiveToEnd(i, s1 int) bool {
	d := x.d
	if i >= s1 || !d.toks[i].is("a", "an", "the") {
		return false
	}
	f, g, ok := x.npForward(i, s1)
	if !ok || f != i {
		return false
	}
	e := g + 1
	for e < s1 && d.toks[e].kind == punct && d.inq[e] < 0 {
		e++
	}
	return e >= s1
}

// resumed returns the content that resumes after a parenthetical cue, from
// k (the comma ending the parenthetical) to the sentence end: a quotation
// ("…," he said, "and …"), or the rest of an interrupted clause ("The plan,
// he said, will fail"). Appositives and participles ("…, said Smith, a
// lawyer", "…, he said, adding") are not content. inverted says the
// speaker was named after the cue ("…, said Smith, …").
func (x *extractor) resumed(k, s1 int, before []tspan, inverted bool) []tspan {
	d := x.d
	if k < s1 && x.opensSpeech(k) {
		return x.after(k, s1)
	}
	// "“This team,” Ames said — his voice breaking — “is my family.”": an
	// aside between dashes, then the quotation resumes.
	if k < s1 && isDashToken(d.toks, k) {
		if n := x.dashAside(k, s1); n >= 0 {
			return x.after(n, s1)
		}
		return nil
	}
	if k >= s1 || d.toks[k].text != "," || k+1 >= s1 {
		return nil
	}
	if q := d.inq[k+1]; q >= 0 && d.regions[q].last == k+1 {
		k++ // the comma closed a title: “Here’s the Thing,” and …
		if k+1 >= s1 {
			return nil
		}
	}
	if x.namedWork(k) {
		return nil // "…, he said in his memoir, “A Long Way Home.”"
	}
	n := &d.toks[k+1]
	if n.kind == qmark && d.inq[k+1] >= 0 && d.regions[d.inq[k+1]].first == k+1 {
		return x.after(k+1, s1)
	}
	// "…,” she said, adding, “…”, "…,” he said, but added of the mayor,
	// “…”: a second verb of saying after the cue is no appositive; the
	// quotation after it is that verb's statement, not the first cue's.
	if x.secondSayVerb(k + 1) {
		return nil
	}
	// "…,” said Pantucci, director of X, “but it is …”: the quotation
	// resumes after the speaker's appositive.
	for j := k + 1; j+1 < s1; j++ {
		if d.inq[j] >= 0 {
			break
		}
		if d.toks[j].text == "," && d.toks[j+1].kind == qmark && d.inq[j+1] >= 0 && d.regions[d.inq[j+1]].first == j+1 {
			return x.after(j+1, s1)
		}
	}
	// "And the mayor, said Ann Cole, who worked for her, never forgets
	// …": a fragment's predicate resumes after the speaker's aside.
	if inverted && x.verblessSubject(before) {
		if j := x.asideThenPredicate(k, s1); j >= 0 {
			return x.after(j+1, s1)
		}
	}
	// "…, said Ann Cole, a housing expert who …": after a speaker named
	// after the cue, a noun phrase describes the speaker.
	if inverted && x.speakerAppositive(k, s1) {
		return nil
	}
	if x.quotedFragmentGoesOn(before, k+1, s1) {
		return x.after(k+1, s1)
	}
	fragment := x.fragment(before)
	if n.kind != word || n.capital() && !(fragment && x.clauseAhead(k+1, s1)) || n.in(inDeterminers) && n.lower != "that" && !(fragment && x.clauseAhead(k+1, s1)) || n.is("who", "which", "whose", "according", "as", "in", "on", "at", "for", "with", "after", "before", "when", "speaking", "citing", "referring") {
		return nil
	}
	if n.is("while") && !x.contrastingWhile(k+1, s1) {
		return nil // "…, he said, while visiting the plant": the narrator's scene
	}
	if c, ok := n.listed(); ok && (c.form == gerund || c.form == past && !fragment) {
		return nil
	}
	for _, c := range before {
		for i := c.first; i <= c.last; i++ {
			if d.inq[i] >= 0 {
				return nil
			}
		}
	}
	return x.after(k+1, s1)
}

// contrastingWhile reports whether "while" at k sets a second group
// against the statement's ("…, he said, while others did not", "while
// most stayed home"): a quantity standing as the subject of what
// follows. That contrast is part of what was said; "while" before a
// scene ("while visiting", "while he spoke") is the narrator's.
func (x *extractor) contrastingWhile(k, s1 int) bool {
	d := x.d
	g := k + 1
	return g+1 < s1 && d.inq[g] < 0 && quantitySubjects[d.toks[g].lower] && !d.toks[g].capital() && d.toks[g+1].text != ","
}

// secondSayVerb reports whether a second verb of saying opens at k, after
// a parenthetical cue and its comma: "adding", "noting", or "but added".
func (x *extractor) secondSayVerb(k int) bool {
	d := x.d
	if k >= len(d.toks) || d.inq[k] >= 0 {
		return false
	}
	if sayGerund(&d.toks[k]) {
		return true
	}
	if !d.toks[k].is("and", "but") || k+1 >= len(d.toks) || d.inq[k+1] >= 0 {
		return false
	}
	c, ok := d.toks[k+1].listed()
	return ok && !d.toks[k+1].capital() && c.class == say && c.form == past
}

// fragment reports whether the content before a parenthetical cue has
// no verb of its own ("Bob, they said, ordered …", "To win votes, aides
// said, the party must …"): the clause goes on after the cue, so what
// follows is the rest of the statement, not a new one.
func (x *extractor) fragment(before []tspan) bool {
	d := x.d
	if len(before) != 1 {
		return false
	}
	c := before[0]
	if x.subordinateClause(c) {
		return true // "After the court ruled, she said, most towns …"
	}
	for k := c.first; k <= c.last; k++ {
		// After "to" a past-looking form is an infinitive ("To hit
		// its target, the panel said, the tax must …"), no verb of the
		// fragment's own.
		infinitive := k > c.first && d.toks[k-1].is("to")
		if d.inq[k] >= 0 || finiteVerb(&d.toks[k]) && !infinitive || d.toks[k].is("who", "which", "that") {
			return false
		}
	}
	return true
}

// subordinateClause reports whether c is a fronted subordinate clause
// with a finite verb of its own ("When she reached the hall", "After the
// court ruled"): it cannot be a statement alone, the main clause it
// opens follows.
func (x *extractor) subordinateClause(c tspan) bool {
	d := x.d
	if c.last <= c.first || d.inq[c.first] >= 0 || !clauseConjunctions[d.toks[c.first].lower] || d.toks[c.first].is("as") {
		return false
	}
	for k := c.first + 1; k <= c.last; k++ {
		if d.inq[k] >= 0 || d.toks[k].text == "," {
			return false
		}
		if t := &d.toks[k]; finiteVerb(t) || t.in(inAuxiliaries) && !t.capital() {
			return true
		}
	}
	return false
}

// clauseAhead reports whether a finite verb or a modal comes from token
// k on, before the next comma: "the party must adopt …", not a trailing "the day after".
func (x *extractor) clauseAhead(k, s1 int) bool {
	d := x.d
	for j := k; j < s1 && d.toks[j].text != ","; j++ {
		if d.inq[j] < 0 && (finiteVerb(&d.toks[j]) || d.toks[j].is("must", "should", "may", "might", "shall")) {
			return true
		}
	}
	return false
}

// backers are stances that a participle gives the noun before it:
// "groups supporting Clinton", "voters opposing the deal".
var backers = set("support", "back", "oppose", "endorse", "urge", "seek", "demand", "criticize",
	"praise", "favor", "advocate", "reject", "protest", "call", "push", "challenge", "accuse",
	"attack", "blame", "condemn", "denounce", "question", "promote", "tout")

// ambiguous lemmas are as often nouns as verbs ("the claims", "a call");
// as verbs they need a named or pronoun subject.
var ambiguous = set("claim", "report", "call", "plan", "hope", "fear", "view", "question", "show",
	"note", "state", "comment", "remark", "answer", "post", "support", "back", "attack", "praise",
	"blame", "demand", "request", "vow", "pledge", "promise", "charge", "estimate", "forecast",
	"challenge", "welcome", "cheer", "label", "brand", "target", "detail", "outline", "voice",
	"credit", "doubt", "worry", "dispute", "contest", "echo", "project", "sign", "vote", "push",
	"press", "request", "insult", "rip", "email", "tweet", "reply", "respond", "express", "favor",
	"like", "love", "hate", "trust", "paint", "frame", "rule", "fault", "guarantee", "cry",
	"reason", "signal", "hint", "seem", "appear", "feel", "see", "know", "find", "face")

// verbAgrees checks that a cue word is used as a finite verb: a base form
// ("say") needs an auxiliary or a plural subject, not an adjective ("full
// support") or "to" ("wants to say": the first verb is the cue).
func (x *extractor) verbAgrees(h hit, b int) bool {
	d := x.d
	if h.c.form != base {
		return true
	}
	for k := b + 1; k < h.first; k++ {
		if d.toks[k].is("will", "would", "can", "could", "may", "might", "should", "must", "shall", "do", "did", "does", "not", "n't", "don't", "didn't", "doesn't", "won't", "wouldn't", "can't", "couldn't") {
			return true
		}
	}
	t := &d.toks[b]
	if t.is("to") {
		return false
	}
	// "Obama and Clinton call", "Ann Cole and Dan Webb say": a
	// coordinated subject of names is plural.
	if d.toks[b].capital() {
		k := b - 1
		for k > b-4 && k > 0 && d.toks[k].capital() && d.inq[k] < 0 {
			k--
		}
		if k >= 1 && d.toks[k].is("and") && d.inq[k] < 0 && d.toks[k-1].capital() {
			return true
		}
	}
	if t.is("i", "we", "they", "you", "who", "that", "which", "will", "would", "can", "could", "may", "might", "should", "must", "do", "did", "does", "n't", "not", "don't", "didn't", "doesn't", "won't") {
		return true
	}
	if pluralHead(t) || plainCount(t) {
		return true
	}
	// "Students polled say", "those surveyed say": the noun or
	// demonstrative before a survey's participle.
	if surveyed[t.lower] && b > 0 && d.inq[b-1] < 0 && (pluralHead(&d.toks[b-1]) || d.toks[b-1].is("those", "these")) {
		return true
	}
	// "Critics of the plan say": the head before "of" counts; so does
	// the head before "in" ("3 in 10 teachers in each town want"), and
	// before an adjective's "to" or "with" ("sources close to the
	// mayor say", "officials familiar with the talks say").
	for k := b - 1; k > b-6 && k > 0 && d.toks[k].kind == word && d.inq[k] < 0; k-- {
		if d.toks[k].is("of") {
			return pluralHead(&d.toks[k-1])
		}
		if d.toks[k].is("in") && pluralHead(&d.toks[k-1]) {
			return true
		}
		if k >= 2 && relatedBy(&d.toks[k-1], &d.toks[k]) {
			return pluralHead(&d.toks[k-2])
		}
	}
	return false
}

// relatedAdjectives are adjectives and participles that tie a person to
// what follows them, with the preposition each takes: "sources close to
// the mayor", "officials familiar with the talks", "a group aligned with
// the party".
var relatedAdjectives = map[string][]string{
	"close": {"to"}, "familiar": {"with"}, "loyal": {"to"}, "allied": {"with", "to"},
	"aligned": {"with"}, "linked": {"to", "with"}, "connected": {"to", "with"}, "tied": {"to"},
	"friendly": {"to", "with"}, "sympathetic": {"to"},
}

// relatedBy reports whether adj and prep read as one of
// relatedAdjectives with its preposition.
func relatedBy(adj, prep *token) bool {
	for _, p := range relatedAdjectives[adj.lower] {
		if prep.is(p) {
			return true
		}
	}
	return false
}

// plainCount reports whether t is a number above one standing for the
// people counted: "4 in 10 say", "majorities in all five say".
func plainCount(t *token) bool {
	return number(t) && !t.is("one", "1", "0")
}

// surveyed are participles that qualify the people a survey asked:
// "voters polled", "those surveyed".
var surveyed = set("polled", "surveyed", "questioned", "interviewed", "sampled")

// pluralHead reports whether t reads as the head of a plural subject.
func pluralHead(t *token) bool {
	if t.kind == word && len(t.lower) > 3 && t.lower[len(t.lower)-1] == 's' && !t.is("'s", "his", "this", "its", "was", "has", "is", "us", "less", "news", "congress", "always") {
		return true
	}
	return t.is("people", "police", "media", "staff", "public", "majority", "men", "women", "children", "folks", "others", "both", "many", "some", "most", "few", "all", "and")
}

// opensAsClause reports whether the "as" at k opens a clause of its own:
// at the sentence's start or after a comma, directly or after a
// coordinator ("But as …", ", and as …").
func (x *extractor) opensAsClause(k, s0 int) bool {
	d := x.d
	if k > s0 && d.toks[k-1].is("and", "but", "yet") {
		k--
	}
	return k == s0 || d.toks[k-1].text == ","
}

// namedOrPronoun reports whether a speaker phrase ends in a name or is a
// pronoun: enough to read an ambiguous word as a verb.
func (x *extractor) namedOrPronoun(s tspan) bool {
	d := x.d
	t := &d.toks[s.last]
	if t.in(inSubjectPronouns) || t.is("that") {
		return true
	}
	if s.last > s.first && t.text == "," {
		return true // appositive
	}
	return t.capital() || x.named(s) && s.last-s.first >= 1 && !d.toks[s.last].in(inDeterminers)
}

func (x *extractor) endsParagraphWithColon(from, s1 int) bool {
	d := x.d
	for k := from; k < s1 && k < from+8; k++ {
		if d.toks[k].text == ":" {
			return k == s1-1
		}
	}
	return false
}

// according handles "according to X": the source follows, the content is
// the rest of the sentence on the other side.
func (x *extractor) according(a attr, h hit, s0, s1 int) (attr, bool) {
	d := x.d
	f, g, ok := x.npForward(h.last+1, s1)
	if !ok {
		// "according to the newly unsealed manual,": the
		// source runs to the comma.
		k := h.last + 1
		for k < s1 && k < h.last+13 && d.toks[k].kind == word && d.inq[k] < 0 {
			k++
		}
		if k == h.last+1 || k >= s1 || d.toks[k].text != "," && d.toks[k].text != "." {
			return attr{}, false
		}
		f, g = h.last+1, k-1
	} else {
		g = x.sourceOfRelative(f, g, s1)
	}
	a.src = tspan{f, g}
	// "according to a count by the Labor Department", "… to video
	// provided by a county station": who made the document speaks.
	if !d.toks[g].capital() {
		for k := f + 1; k < s1 && k <= g+2 && d.inq[k] < 0 && d.toks[k].kind == word; k++ {
			if d.toks[k].is("by") {
				if f2, g2, ok := x.npForward(k+1, s1); ok && f2 == k+1 {
					a.src = tspan{f2, g2}
					g = g2
				}
				break
			}
		}
	}
	// The mention may carry an appositive up to the next comma.
	k := g + 1
	for k < s1 && d.toks[k].text != "," && d.toks[k].text != "." && d.inq[k] < 0 {
		k++
	}
	if c, ok := x.copulaAccording(h, s0); ok {
		a.content = c
		a.how = "copulaAccording"
		return a, true
	}
	if h.first > s0 && x.boundaryBefore(h.first-1) {
		a.content = x.before(s0, h.first-1)
		// Not "…, according to its operator, a Greek company.": an
		// appositive of the source to the sentence's end.
		if k < s1 && d.toks[k].text == "," && !x.appositiveToEnd(k+1, s1) && !sourceAside(d, k+1, s1) && !x.sourceTail(a.content, k+1, s1) {
			if more := x.after(k+1, s1); len(more) > 0 {
				a.content = append(x.dashClauseOnly(a.content), more...)
			}
		}
	} else if k < s1 && d.toks[k].text == "," {
		a.content = x.after(k+1, s1)
	}
	a.how = "according"
	return a, len(a.content) > 0
}

// sourceOfRelative corrects the end g of the source phrase that starts
// at f after "according to". A possessive after "of" goes on with the
// phrase ("an analysis of her filings"); a relative clause without
// "that" leaves its subject pronoun out ("new filings she submitted":
// the filings, not "new filings she").
func (x *extractor) sourceOfRelative(f, g, s1 int) int {
	d := x.d
	if g+2 < s1 && d.toks[g].is("of") && d.toks[g+1].in(inPossessives) {
		if f2, g2, ok := x.npForward(g+2, s1); ok && f2 == g+2 {
			return g2
		}
	}
	if g > f && g+1 < s1 && d.toks[g].is(personalSubjects...) && finiteVerb(&d.toks[g+1]) {
		return g - 1
	}
	return g
}

// speechNouns name a statement and take its clause after "that": "his
// claim that …". Only after a possessor, who is the speaker.
var speechNouns = set("claim", "claims", "assertion", "assertions", "argument", "warning", "warnings", "insistence",
	"suggestion", "statement", "allegation", "allegations", "accusation", "accusations", "charge", "contention",
	"promise", "promises", "assurance", "assurances", "assessment", "prediction", "predictions", "complaint",
	"admission", "pledge", "vow", "declaration", "announcement", "denial", "remark", "remarks", "comment",
	"comments", "insinuation", "boast", "reminder", "recollection", "testimony", "conclusion", "finding")

// possessives are the determiners that name a possessor.
var possessives = set("his", "her", "their", "its", "my", "our", "your")

// possessor reports whether token p names a possessor: a possessive
// "'s" (not the contraction of "There's") or a possessive pronoun.
func (x *extractor) possessor(p int) bool {
	d := x.d
	if d.toks[p].in(inPossessives) {
		return true
	}
	return d.toks[p].lower == "'s" && p > 0 && !d.toks[p-1].is("he", "she", "it", "that", "there", "here", "who", "what", "where", "let")
}

// objectPosition reports whether the phrase ending at p stands after a
// verb of its sentence: "Politifact checked Trump's claim that …". As the
// subject ("Trump's claim that millions voted has been debunked") the
// clause after "that" runs into the sentence's own verb, and where it
// ends is not known.
func (x *extractor) objectPosition(p, s0 int) bool {
	d := x.d
	for k := s0; k < p; k++ {
		if d.inq[k] < 0 && (finiteVerb(&d.toks[k]) || d.toks[k].is("is", "was", "are", "were")) {
			return true
		}
	}
	return false
}

// nominal reads a statement named by a noun: the possessor before it is
// the speaker ("Trump" of "Trump's", or the pronoun), the clause from
// "that" the content.
func (x *extractor) nominal(a attr, h hit, s0, s1 int) (attr, bool) {
	d := x.d
	p := h.first - 1
	if d.toks[p].lower == "'s" {
		// The name before it ("Donald Trump's"), or a phrase of its own
		// ("the campaign's").
		f := x.capitalsBack(p-1, s0)
		if !d.toks[p-1].capital() {
			sp, ok := x.npBackFrom(p-1, s0, false)
			if !ok || !d.toks[sp.first].in(inDeterminers) || p-sp.first > 5 {
				return attr{}, false
			}
			f = sp.first
		}
		a.src = tspan{f, p - 1} // the name without its "'s"
	} else {
		a.src = tspan{p, p}
	}
	a.content = x.after(h.last+1, s1)
	a.how = "noun"
	return a, len(a.content) > 0
}

// passive reads a passive cue: the agent after "by" is the source (none
// without one); the content is the subject with what the verb says of it
// ("Janet Yellen … for not raising rates", "the show … “The Pete
// Santilli Show”"), or the clause of "it was reported that …".
func (x *extractor) passive(a attr, h hit, s0, s1 int) (attr, bool) {
	d := x.d
	k := h.first - 1
	for k >= s0 && d.inq[k] < 0 && (d.toks[k].in(inBetween) || adverb(&d.toks[k])) {
		k--
	}
	subj, ok := x.npBack(k, s0)
	if !ok {
		return attr{}, false
	}
	i := h.last + 1
	// "was supported Friday by Sen. Lee": a time word before the agent.
	if j := i; j+2 < s1 && d.toks[j].in(inTimeWords) && d.inq[j] < 0 {
		for j < i+2 && j+1 < s1 && d.toks[j].in(inTimeWords) {
			j++
		}
		if d.toks[j].is("by") {
			i = j
		}
	}
	if i+1 < s1 && d.toks[i].is("by") {
		f, g, ok := x.npForward(i+1, s1)
		if !ok {
			return attr{}, false
		}
		// "by Jane Smith for its cost": the reason is content.
		for k := f + 1; k <= g; k++ {
			if d.toks[k].is("for", "at") {
				g = k - 1
				break
			}
		}
		a.src = tspan{f, g}
		i = g + 1
	}
	end := x.contentEnd(i, s1)
	if d.toks[h.first].is("asked") {
		// "Mook was asked during a luncheon if Clinton would …": the
		// question, after a short trailer.
		for k := i; k < end && k < i+12 && d.inq[k] < 0; k++ {
			if d.toks[k].is("if", "whether", "what", "how", "why", "who", "about", "to") {
				if !d.toks[k].is("about", "to") {
					k++
				}
				e := k
				for e < end && !(d.toks[e].text == "," && d.inq[e] < 0) {
					e++
				}
				if e > k {
					a.content = []tspan{{k, e - 1}}
					a.how = "passiveAsked"
					return a, true
				}
				break
			}
		}
	}
	// "The minister was quoted as saying …", "Putin was cited by state
	// media as saying …": the subject said it; the outlet only reports.
	if h.c.lemma == "quote" || h.c.lemma == "cite" || h.c.lemma == "hear" || h.c.lemma == "report" {
		k := i
		if k < end && d.toks[k].is("as") {
			k++
		}
		if k+1 < end && d.toks[k].is("saying") && !(subj.first == subj.last && d.toks[subj.first].is("it")) {
			if d.toks[k+1].text == "," || d.toks[k+1].text == ":" {
				k++
			}
			a.src = subj
			a.cue = tspan{h.first, k}
			a.content = x.forward(hit{first: k, last: k, c: cue{lemma: "say", class: say, form: gerund}}, k+1, end)
			a.how = "passiveSaying"
			return a, len(a.content) > 0
		}
	}
	it := subj.first == subj.last && d.toks[subj.first].is("it")
	if it {
		if i < end && d.toks[i].is("that") {
			a.content = []tspan{{i, end - 1}}
		}
		a.how = "passiveIt"
		return a, len(a.content) > 0
	}
	if subj.first == subj.last && d.toks[subj.first].in(inSubjectPronouns) && !d.toks[subj.first].is("he", "she", "they", "we", "i", "you") {
		return attr{}, false
	}
	if feelings[d.toks[h.first].lower] && !a.src.ok() {
		// "He is sure of at least 40 votes", "Democrats were worried
		// that …": a state of the subject, who holds the view.
		a.src = subj
		if i < end {
			a.content = []tspan{{i, end - 1}}
		}
		a.how = "feeling"
		return a, len(a.content) > 0
	}
	a.content = []tspan{subj}
	if i < end && d.inq[i] < 0 && !d.toks[i].in(inTimeWords) && !d.toks[i].is("in", "on", "at", "during", "after", "before", "last", "this", "when", "while", "since", "and", "but", "because", "from", "until") && d.toks[i].kind == word ||
		i < end && d.inq[i] >= 0 {
		a.content = append(a.content, tspan{i, end - 1})
	}
	a.how = "passive"
	return a, true
}

// passiveAfter reports whether the cue h is a passive participle after
// the words from token from: a form of "be" with adverbs ("were also
// asked", "had been expected", "was widely criticized"). Its subject was
// spoken to or about; it did not speak. A participle of feeling ("is
// still convinced that") says what the subject thinks, and "was quoted"
// what it said.
func (x *extractor) passiveAfter(h hit, from int) bool {
	d := x.d
	if h.c.form != past || from >= h.first || feelings[d.toks[h.first].lower] || h.c.lemma == "quote" || h.c.lemma == "cite" || h.c.lemma == "focus" {
		return false
	}
	be := false
	for k := from; k < h.first; k++ {
		t := &d.toks[k]
		switch {
		case d.inq[k] >= 0 || t.capital():
			return false
		case t.is("is", "was", "were", "are", "be", "been", "being"):
			be = true
		case t.in(inBetween) || adverb(t):
		default:
			return false
		}
	}
	return be
}

// agent is the speaker of a passive cue: the phrase after "by" ("was
// widely criticized by economists"), none without one.
func (x *extractor) agent(h hit, s1 int) tspan {
	d := x.d
	if k := h.last + 1; k+1 < s1 && d.toks[k].is("by") && d.inq[k] < 0 {
		if f, g, ok := x.npForward(k+1, s1); ok {
			return tspan{f, g}
		}
	}
	return none
}

// feelings are participles that, after "is" or "was", say what the
// subject thinks or feels.
var feelings = set("assured", "convinced", "worried", "concerned", "pleased", "disappointed", "surprised",
	"shocked", "impressed", "determined", "committed", "inclined", "prepared", "frustrated", "upset",
	"angered", "excited", "encouraged", "confident", "persuaded", "alarmed", "troubled", "dismayed")

// inPoll handles "in a … poll": the poll is the source, the content the
// rest of the sentence around it.
func (x *extractor) inPoll(a attr, h hit, s0, s1 int) (attr, bool) {
	d := x.d
	a.src = tspan{h.first + 1, h.poll}
	if !d.toks[h.first+1].is("a", "an", "the", "their", "its", "this", "that", "his", "her") && !d.toks[h.first+1].capital() {
		return attr{}, false
	}
	first := s0
	for first < h.first && discourse[d.toks[first].lower] {
		first++
	}
	k := h.poll + 1
	for k < s1 && k < h.poll+8 && d.toks[k].kind == word && d.inq[k] < 0 {
		k++ // "in a poll out Monday"
	}
	switch {
	case h.first == first && k < s1 && d.toks[k].text == ",":
		a.content = x.after(k+1, s1)
	case h.first > first && (k >= s1 || d.toks[k].text == "." || d.toks[k].text == ","):
		last := h.first - 1
		if d.toks[last].text == "," {
			last--
		}
		if last >= first {
			a.content = []tspan{{first, last}}
		}
	}
	a.how = "poll"
	return a, len(a.content) > 0
}

// hasContent reports whether tokens [s0, i) hold something worth
// attributing rather than an opening phrase ("In a statement,").
func (x *extractor) hasContent(s0, i int) bool {
	d := x.d
	words := 0
	quoted := false
	for k := s0; k < i; k++ {
		if d.inq[k] >= 0 {
			quoted = true
		}
		if d.toks[k].kind == word {
			words++
		}
	}
	if quoted {
		return true
	}
	if words < 3 {
		return false
	}
	if !d.toks[s0].in(inIntroPreps) || d.toks[s0].is("this", "last", "next", "later", "earlier", "as") {
		return true
	}
	// "When she reached the hall," is a clause with a verb of its own,
	// which annotators keep with the statement it opens; "When asked
	// about it," and "After the vote," are opening phrases.
	if x.subordinateClause(tspan{s0, i - 1}) {
		return true
	}
	// "In an interview with Fox News," is an opening phrase; "As a
	// woman, she raised less suspicion," is a clause; "In a brief sent
	// to the county clerk late on Friday with the appeal," is a long phrase.
	for k := s0; k < i; k++ {
		if d.toks[k].text == "," && d.inq[k] < 0 {
			return true
		}
	}
	// "At least 12 people were killed,": an auxiliary makes a clause of a
	// phrase of any length.
	for k := s0; k < i; k++ {
		if t := &d.toks[k]; d.inq[k] < 0 && (t.in(inAuxiliaries) && !t.capital() || words > 10 && isSayForm(t.lower) && t.entry().form != gerund) {
			return true
		}
	}
	return false
}

// before returns the content before a parenthetical attribution: from
// the sentence start up to b, where b is the comma or closing mark that
// ends it (a closing mark is kept, a comma is not).
func (x *extractor) before(s0, b int) []tspan {
	d := x.d
	last := b
	if d.toks[b].kind != qmark {
		last = b - 1
	}
	if last < s0 || last < 0 {
		return nil // "— According to police, …": nothing before the cue
	}
	first := s0
	// An attribution inside parentheses takes only what the parentheses
	// hold: "(\"Fix the gate first,\" wrote Tom Reyes)".
	for k := last; k > s0; k-- {
		if d.toks[k].text == ")" && d.inq[k] < 0 {
			break
		}
		if d.toks[k].text == "(" && d.inq[k] < 0 {
			first = k + 1
			break
		}
	}
	// A quotation opened in an earlier sentence runs on into this one.
	if q := d.inq[first]; q >= 0 {
		first = d.regions[q].first
	}
	// A quotation set off by a colon or a dash is the statement; the
	// narrative before it is not: "Murphy lamented the churn: “…,” he said."
	if q := d.inq[last]; q >= 0 && d.regions[q].last == last && d.regions[q].open {
		r := d.regions[q]
		if r.first > first && d.inq[r.first-1] < 0 && (d.toks[r.first-1].text == ":" || isDashToken(d.toks, r.first-1)) {
			first = r.first
		}
		// So is one that a cue before it introduced: "Biden weighed in,
		// telling Mic, “…,” he said."
		if d.speechLike(q) && r.first > first && d.toks[r.first-1].text == "," && d.inq[r.first-1] < 0 {
			for _, a := range x.cur {
				if a.cue.first >= first && a.cue.last < r.first && d.inq[a.cue.first] < 0 {
					first = r.first
					break
				}
			}
		}
	}
	if last < first {
		return nil
	}
	return []tspan{{first, last}}
}

// after returns the content from i to the sentence end.
func (x *extractor) after(i, s1 int) []tspan {
	end := x.contentEnd(i, s1)
	if end <= i {
		return nil
	}
	return []tspan{{i, end - 1}}
}

// frontedComma returns the first comma in [i, j) when cue h stands in a
// clause that opens the sentence ("After Lee praised the deal, …"), the
// comma that closes that clause; -1 otherwise.
func (x *extractor) frontedComma(h hit, i, j int) int {
	d := x.d
	s := d.sentenceAt(h.first)
	if s < 0 || x.frontedSubordinator(h, d.sents[s][0]) < 0 {
		return -1
	}
	for k := i; k < j; k++ {
		if d.toks[k].text == "," && d.inq[k] < 0 {
			return k
		}
	}
	return -1
}

// forward returns the content a cue governs, from i up to end.
func (x *extractor) forward(h hit, i, end int) []tspan {
	d := x.d
	// Skip an addressee or an adverbial before "that" or a colon: "told
	// reporters Tuesday that", "said in a statement:".
	window := 9
	if i < end && d.toks[i].text == "," {
		window = 16 // "joked, again using a Southern accent, “Amen”"
	}
	// The search may pass the end of the clause: "responded pointedly,
	// with a smile: “…”".
	s1 := d.sents[d.sentOf[h.first]][1]
	// A verb told to someone may name where or when before "that": "was
	// telling diners at a busy cafe in the north that …".
	thatWindow := thatReach
	if addressees[h.c.lemma] {
		thatWindow = addresseeThatReach
	}
	for k := i; k < s1 && k < i+max(window, thatWindow); k++ {
		if k >= i+window && (d.inq[k] >= 0 || d.toks[k].text == ":" || d.toks[k].text == ",") {
			break // past the usual window only a plain "that" counts
		}
		if participle(&d.toks[k]) {
			thatWindow = thatReach // "reminded voters of his past by mentioning the fact that": a verb of its own
		}
		if d.inq[k] >= 0 {
			if k > i && d.toks[k-1].text == "," || d.toks[k-1].text == ":" {
				// "When he described the plan, he said, “…”": the
				// quotation is the main clause's, past the comma that
				// closes the clause the cue opens the sentence with.
				if c := x.frontedComma(h, i, k-1); c >= 0 {
					end = min(end, c)
					break
				}
				if k >= end {
					end = x.contentEnd(k, s1)
				}
				i = k
			}
			break
		}
		if d.toks[k].lower == "that" && h.c.class == say && k < i+thatWindow && k < end {
			// "told reporters Tuesday that", not "says he wants an
			// economy that works", nor "said the repair needed a cable
			// and that …", whose first part is said too.
			if !x.clauseBetween(i, k) && !(k > i && d.toks[k-1].is("and", "but", "or")) {
				i = k
			}
			break
		}
		if d.toks[k].text == ":" && k < i+9 {
			if k >= end {
				end = x.contentEnd(k+1, s1)
			}
			i = k + 1
			break
		}
		if d.toks[k].text == "." || d.toks[k].text == ";" {
			break
		}
	}
	for i < end && d.toks[i].kind == punct && (d.toks[i].text == "," || d.toks[i].text == ":") {
		i++
	}
	// "refused, generally, to concede", "believes, for example, that":
	// an aside between commas before the content.
	if i > 0 && d.toks[i-1].text == "," {
		for k := i; k < end && k < i+3; k++ {
			if d.toks[k].text == "," {
				if k > i && (adverb(&d.toks[i]) || d.toks[i].is("for", "in", "however", "though", "too", "again", "once", "now", "instead")) {
					i = k + 1
				}
				break
			}
			if d.toks[k].kind != word {
				break
			}
		}
	}
	// "told reporters the budget ...": the addressee is not content.
	if addressees[h.c.lemma] && i+1 < end && d.inq[i] < 0 && x.titleCased(d.paraOf[i]) && (d.toks[i+1].in(inSubjectPronouns) || d.toks[i+1].is("that")) {
		i++ // "Lee Tells Reporters She Will Run": in a title every word is capitalized
	}
	if addressees[h.c.lemma] && i < end && d.inq[i] < 0 && !x.titleCased(d.paraOf[i]) {
		if f, g, ok := x.npForward(i, end); ok && f == i {
			// "told reporters he would": the addressee ends before the
			// clause's subject.
			for k := f + 1; k <= g; k++ {
				if d.toks[k].in(inSubjectPronouns) && !d.toks[k].is("who", "which") {
					g = k - 1
					break
				}
			}
			listed := d.toks[i].is("him", "her", "them", "us", "me", "reporters", "journalists", "supporters", "voters", "lawmakers", "the", "a") || d.toks[i].capital()
			// "told police he had swerved": any short object before a
			// subject pronoun.
			pronoun := g+1 < end && d.toks[g+1].in(inSubjectPronouns) && !d.toks[g+1].is("who", "which")
			if (listed || pronoun) && g-f < 5 && g+1 < end && !d.toks[g+1].is("of", "that", "about", "to") {
				i = g + 1
			}
		}
		for i < end && d.toks[i].kind == punct && (d.toks[i].text == "," || d.toks[i].text == ":") {
			i++
		}
	}
	i = x.leadingParticle(h, i, end)
	i = x.cueComplement(h, i, end)
	end = x.predicateEnd(i, end)
	// Stance verbs take an object, which ends at the first comma ("talked
	// about the old mill, like her a child of the valley"); a clause
	// ("wants to", "believes that") runs on.
	if h.c.class == other && i < end && !predicateOpeners[d.toks[i].lower] {
		for k := i; k < end; k++ {
			if d.inq[k] >= 0 {
				k = d.regions[d.inq[k]].last
				continue
			}
			if d.toks[k].text == "," && k+1 < end && !d.toks[k+1].capital() && !d.toks[k+1].is("and", "or") && !x.listGoesOn(k, end) && !examplesFollow(d, i, k+1, end) {
				end = k
				break
			}
		}
	}
	if strings.HasSuffix(d.toks[h.first].lower, "ing") {
		end = x.secondParticiple(i, end)
	}
	if h.c.class == other {
		end = x.objectEnd(h, i, end)
		end = x.infinitiveAdjunctEnd(h, i, end) // "wanted to act, because he …"
	} else {
		end = x.sayObjectEnd(h, i, end) // "announced the deal after …"
	}
	end = x.occasionEnd(h, i, end)
	end = x.frontedClauseEnd(h, i, end)
	end = x.secondClause(h, i, end)
	end = x.coordinatedPredicateEnd(h, i, end)
	if end <= i {
		return nil
	}
	// Leave out a relative clause set off by commas in the middle.
	for k := i + 2; k+1 < end; k++ {
		if q := d.inq[k]; q >= 0 {
			k = d.regions[q].last
			continue
		}
		if d.toks[k].text == "," && d.toks[k+1].is("who", "which", "whom", "whose") {
			if m, after := x.relativeAside(k, end); m > 0 && after < end {
				return []tspan{{i, k - 1}, {after, end - 1}}
			}
		}
	}
	return []tspan{{i, end - 1}}
}

// leadingParticle skips the preposition right after a cue ("worried
// about the loan", "warned of a shutdown", "spoke out against the deal"):
// annotators count it with the cue, and on a short object it is half of
// the content.
func (x *extractor) leadingParticle(h hit, i, end int) int {
	d := x.d
	if i != h.last+1 || i+1 >= end || d.inq[i] >= 0 || d.inq[i+1] >= 0 {
		return i
	}
	if d.toks[i].is("about", "of", "against", "on", "with", "for", "at") && d.toks[i+1].kind == word {
		return i + 1
	}
	return i
}

// secondClause ends the content [i, end) before "and" or "but" that
// opens a clause with a subject of its own: "denied the charge and his
// lawyer called it absurd", "said the poll was close and others said it
// was not". Annotators give the second clause to the narrator (or to a
// cue of its own), not to this statement. The clause before the
// conjunction must be whole (a verb since its last "that", "who", ...),
// so that a pair of subjects stays ("said that Lee and Park would
// meet"); so does a second "that"-clause's sibling without a comma
// ("found that costs rose and wages fell"), which is said too.
func (x *extractor) secondClause(h hit, i, end int) int {
	d := x.d
	if i >= end || hasQuoteMark(d, []tspan{{i, end - 1}}) {
		// Quoted statements are cut by their quotation marks, and
		// annotators keep a mixed quote's clauses together.
		return end
	}
	thatClause := d.toks[i].is("that")
	// A stance verb's object is whole from the start ("endorsed Lee and
	// Park withdrew"); a verb that takes a clause without "that" ("hopes
	// Lee and Park will") needs the clause's verb first.
	clause := h.c.class == other && !clauseTaking[h.c.lemma] && !predicateOpeners[d.toks[i].lower]
	opened := i - 1 // before where the current clause's subject may start
	if clauseOpeners[d.toks[i].lower] {
		opened = i
	}
	if d.toks[i].is("to") {
		clause = true // an infinitive is a whole predicate
	}
	verbSeen := finiteVerb(&d.toks[i]) || d.toks[i].in(inAuxiliaries)
	for k := i + 1; k+1 < end; k++ {
		if q := d.inq[k]; q >= 0 {
			k = d.regions[q].last
			continue
		}
		t := &d.toks[k]
		_, cueWord := t.listed()
		present := x.presentVerbAt(k-1, k)
		if t.is("that", "which", "who", "whom", "whose", "whether", "if", "because", "when", "where", "while", "as", "since", "after", "before", "until") ||
			t.text == "," && !d.toks[k+1].is("and", "but") || cueWord && !t.capital() {
			// A cue verb in the present after its subject ("tenants
			// want lower rents", "we need a bridge") is the clause's
			// own verb: the clause is whole.
			clause = cueWord && present && k > opened+1
			opened = k
			if clause {
				verbSeen = true
			}
			continue
		}
		if k > opened+1 && (finiteVerb(t) || t.in(inAuxiliaries) || present) {
			clause = true
		}
		if finiteVerb(t) || t.in(inAuxiliaries) || present || cueWord && !t.capital() {
			verbSeen = true
		}
		if !t.is("and", "but") || d.inq[k+1] >= 0 {
			continue
		}
		if !verbSeen && !thatClause && !isDashToken(d.toks, k-1) && x.speakerVerb(h, k+1, end) {
			return k
		}
		if !clause && !(d.toks[k-1].text == "," && clauseTaking[h.c.lemma]) {
			// "see the police as a problem, and most say": after a
			// comma a verb taking a clause may end at its object.
			continue
		}
		if thatClause && d.toks[k-1].text != "," {
			continue
		}
		if x.subjectAndVerb(k+1, end) {
			return k
		}
	}
	return end
}

// speakerVerb reports whether a verb in the cue's own form starts at j,
// after an object or an infinitive that holds no verb of its own: the
// speaker's second predicate ("has vowed to keep it legal and celebrated
// the ruling", "supports the bill and ranks it first").
func (x *extractor) speakerVerb(h hit, j, end int) bool {
	d := x.d
	for j < end && d.inq[j] < 0 && d.toks[j].in(inBetween) && !d.toks[j].in(inAuxiliaries) {
		j++
	}
	if j+1 >= end || d.inq[j] >= 0 {
		return false
	}
	w := &d.toks[j]
	if h.c.class == other && x.speakerAuxiliary(j, end) {
		return true
	}
	if w.kind != word || w.capital() || w.in(inAuxiliaries) {
		return false
	}
	// What follows the verb is its object or particle, not a noun that
	// an adjective in "-ed" modifies ("and improved dining").
	n := &d.toks[j+1]
	if !objectFollows(n) && !n.is("short") {
		return false
	}
	switch h.c.form {
	case past:
		return finiteVerb(w)
	case third:
		return thirdPersonVerb(w, n)
	}
	return false
}

// objectFollows reports whether n, right after a verb, opens its object
// or is its particle: a determiner, a preposition, a name, an object
// pronoun or a particle ("thanked the crowd", "backed it", "summed up").
func objectFollows(n *token) bool {
	return n.in(inDeterminers) || n.in(inPrepositions) || n.capital() || n.is("it", "him", "them", "us", "me", "up", "out", "back", "down", "off")
}

// thirdPersonVerb reports whether w, before n, is a verb in "-s": a cue
// in that form, a known present verb, or another word in "-s" with an
// object right after it ("and ranks it first", "and sends a lobbyist",
// "and rallies Democrats"). Before a preposition such a word is as often
// a plural noun, the second half of the object ("supports farmers and
// ranchers across the state", "praises teachers and parents in Ohio").
func thirdPersonVerb(w, n *token) bool {
	if c, ok := w.listed(); ok {
		return c.form == third
	}
	if !strings.HasSuffix(w.lower, "s") || strings.HasSuffix(w.lower, "ss") || w.in(inDeterminers) {
		return false
	}
	if presentVerbs[strings.TrimSuffix(w.lower, "s")] {
		return true
	}
	return n.in(inDeterminers) || n.capital() || n.is("it", "him", "them", "us", "me")
}

// clauseTaking are stance lemmas whose content is often a clause without
// "that": "hopes Lee will run".
var clauseTaking = set("believe", "think", "hope", "fear", "expect", "doubt", "worry", "know", "feel", "wish", "suspect", "bet", "guess", "assume", "figure", "see")

// subjectAndVerb reports whether a clause starts at j: a subject (a
// personal pronoun or a noun phrase) and then a finite verb. After a
// noun phrase the verb must be unmistakable (an auxiliary, a verb of
// saying, an irregular past) or follow a name: "the rules adopted" is
// more often a phrase than a clause.
func (x *extractor) subjectAndVerb(j, end int) bool {
	d := x.d
	t := &d.toks[j]
	g := j
	pronoun := t.is(personalSubjects...)
	if e, ok := x.otherSubject(j, end); ok && !pronoun {
		pronoun, g = true, e // as sure a subject as a pronoun
	} else if !pronoun {
		_, e, ok := x.npForward(j, end)
		if !ok {
			return false
		}
		g = x.beforePresentVerb(j, e)
	}
	v := g + 1
	for v < end && d.inq[v] < 0 && d.toks[v].in(inBetween) && !d.toks[v].in(inAuxiliaries) && !d.toks[v].in(inNegatedAuxiliaries) {
		v++
	}
	if v >= end || d.inq[v] >= 0 {
		return false
	}
	w := &d.toks[v]
	if w.in(inAuxiliaries) || w.in(inFiniteForms) || w.in(inNegatedAuxiliaries) {
		return true
	}
	if c, ok := w.listed(); ok && (c.form == past || c.form == third) && !w.capital() {
		return true
	}
	if x.presentVerbAt(g, v) {
		return true
	}
	return finiteVerb(w) && (pronoun || d.toks[g].capital())
}

// objectEnd ends the content [i, end) of a stance verb after its object
// when that is a name or a pronoun and an adjunct of time, place or
// manner follows: "endorsed Lopez last week", "backed her by a wide
// margin", "criticized Mr. Pike at a rally". The adjunct tells when or
// how the stance was taken, not what it is about (annotators end the
// content at the name); "Senator Pike of Ohio" and "Pike for mayor"
// stay whole, and so does an object that is not a name ("opposed the
// rules in the district"). Any object ends before an adverbial clause
// (nounObjectEnd).
func (x *extractor) objectEnd(h hit, i, end int) int {
	d := x.d
	k := i
	if k >= end || d.inq[k] >= 0 {
		return end
	}
	if d.toks[k].is("him", "her", "them", "it", "us", "me") {
		k++
	} else {
		for k < end && d.inq[k] < 0 && d.toks[k].kind == word && (d.toks[k].capital() || d.toks[k].in(inTitles) || d.toks[k].is("of") && k+1 < end && d.toks[k+1].capital()) {
			k++
		}
		if k == i {
			return x.nounObjectEnd(h, i, end)
		}
	}
	if k >= end || d.inq[k] >= 0 {
		return end
	}
	if t := &d.toks[k]; t.is("last", "this", "earlier", "yesterday", "today", "on", "in", "at", "during", "by", "after", "before", "when", "while", "because", "despite") || t.in(inTimeWords) || x.tallyAt(k, end) {
		return k
	}
	return x.nounObjectEnd(h, i, end) // "Lee's plan for the port by citing …"
}

// secondParticiple ends the content [i, end) of a participle cue where
// its speaker's second participle starts: "calling him a fraud and
// questioning his record". A participle already inside the content
// ("saying the plan means raising taxes and cutting jobs") is the
// content's own, and so is the one after it.
func (x *extractor) secondParticiple(i, end int) int {
	d := x.d
	for k := i; k+1 < end; k++ {
		if q := d.inq[k]; q >= 0 {
			k = d.regions[q].last
			continue
		}
		t := &d.toks[k]
		if participle(t) {
			return end
		}
		if k > i && t.is("and", "but") {
			// "and loudly insisting", "and even vowing": an adverb may
			// stand before the second participle.
			n := k + 1
			for n+1 < end && d.inq[n] < 0 && (adverb(&d.toks[n]) || d.toks[n].in(inBetween) && !d.toks[n].in(inAuxiliaries)) {
				n++
			}
			if d.inq[n] < 0 && (participle(&d.toks[n]) || sayGerund(&d.toks[n])) {
				return k
			}
		}
	}
	return end
}

// participle reports whether a word looks like a present participle.
func participle(t *token) bool {
	return t.kind == word && !t.capital() && len(t.lower) > 5 && strings.HasSuffix(t.lower, "ing") && !t.in(inNotParticiples)
}

// listGoesOn reports whether the comma at k continues a list of short
// phrases that "and" or "or" closes ("thanked his staff, his family and
// his voters"): the object goes on past it, unlike an appositive or a
// clause after it ("criticized the deal, which he called …").
func (x *extractor) listGoesOn(k, end int) bool {
	d := x.d
	n := 0 // words in the current item
	for j := k + 1; j < end && j <= k+24; j++ {
		t := &d.toks[j]
		if d.inq[j] >= 0 || t.text == ";" || t.text == "." || t.text == ":" || t.text == "(" || isDashToken(d.toks, j) {
			return false
		}
		switch {
		case t.text == ",":
			if n == 0 || n > maxListItem {
				return false
			}
			n = 0
		case t.is("and", "or"):
			// The last item: a phrase, not a clause ("and his voters",
			// not "and he said").
			return n <= maxListItem && (n > 0 || d.toks[j-1].text == ",") && j+1 < end && d.toks[j+1].kind == word &&
				!finiteVerb(&d.toks[j+1]) && !d.toks[j+1].in(inSubjectPronouns) && !d.toks[j+1].in(inBoundaryWords)
		case t.kind == word:
			if finiteVerb(t) || t.in(inSubjectPronouns) || t.is("that", "which", "who", "whom", "whose", "where", "when") ||
				n == 0 && !t.capital() && strings.HasSuffix(t.lower, "ing") {
				return false
			}
			n++
		}
	}
	return false
}

// maxListItem is the most words an item of a list may have.
const maxListItem = 5

// predicateEnd ends content [i, end) where the speaker's own sentence
// goes on rather than the statement: a quotation that is the whole
// statement, then "before …" or "and boycotted …" ("cautioned “let’s
// not count our votes yet,” before predicting"); or an object, then a
// second verb of the speaker ("called him “a fraud” and skipped the
// hearing"). A reported clause keeps its own second verb ("said the plan
// was bad and would fail").
func (x *extractor) predicateEnd(i, end int) int {
	d := x.d
	if i >= end {
		return end
	}
	if q := d.inq[i]; q >= 0 && d.regions[q].first == i && d.regions[q].close {
		k := d.regions[q].last + 1
		if k < end && d.toks[k].text == "," {
			k++
		}
		if k < end && d.inq[k] < 0 && (d.toks[k].is("before", "after", "while", "as", "then") && k+1 < end && d.toks[k+1].kind == word && !d.toks[k+1].capital() ||
			d.toks[k].is("and", "but") && k+1 < end && finiteVerb(&d.toks[k+1])) {
			return d.regions[q].last + 1
		}
		return end
	}
	for k := i; k < end; k++ {
		if q := d.inq[k]; q >= 0 {
			k = d.regions[q].last
			continue
		}
		t := &d.toks[k]
		if finiteVerb(t) || t.in(inSubjectPronouns) && !t.is("who", "which") || t.is("that", "to", "if", "whether", ",", ";") {
			return end // a clause, or more than an object
		}
		if t.is("and", "but") && k > i && k+1 < end && finiteVerb(&d.toks[k+1]) && !d.toks[k+1].in(inAuxiliaries) {
			return k
		}
	}
	return end
}

// clauseBetween reports whether tokens [i, k) hold a subject pronoun or
// a verb: a clause of the content, not an addressee or a time.
func (x *extractor) clauseBetween(i, k int) bool {
	d := x.d
	for j := i; j < k; j++ {
		t := &d.toks[j]
		if t.is("he", "she", "they", "we", "i", "it", "you") {
			return true
		}
		// "in a report released Monday that": a participle after its
		// noun is part of the phrase.
		if finiteVerb(t) && !t.capital() && !(strings.HasSuffix(t.lower, "ed") && j > i && d.toks[j-1].kind == word && !d.toks[j-1].in(inSubjectPronouns) && x.npToken(j-1) && !x.subjectVerbObject(i, j)) {
			return true
		}
		// An infinitive, not "in an email to the Times that".
		if t.is("to") && j+1 < k && d.toks[j+1].kind == word && !d.toks[j+1].capital() && !d.toks[j+1].in(inDeterminers) && !d.toks[j+1].is("him", "her", "them", "us", "me", "reporters") {
			return true
		}
	}
	return false
}

// subjectVerbObject reports whether the "-ed" word at j, after the noun
// phrase that opens [i, j), is that phrase's verb with an object after
// it: "said Mr. Ortiz envisioned a campaign that …" reports a clause
// whose object has a relative, while in "said in a report released
// Monday that …" the participle qualifies a noun after a preposition.
func (x *extractor) subjectVerbObject(i, j int) bool {
	d := x.d
	for k := i; k < j; k++ {
		if d.inq[k] >= 0 || d.toks[k].kind != word || d.toks[k].in(inPrepositions) {
			return false
		}
	}
	return j+1 < len(d.toks) && d.inq[j+1] < 0 && d.toks[j+1].is("a", "an", "the", "his", "her", "their", "its", "our", "my", "this", "these", "those")
}

// addressees are lemmas whose object is who was told, not what.
var addressees = set("tell", "assure", "remind", "inform", "warn", "urge", "ask", "promise", "advise")

var prepositions = set("in", "at", "on", "for", "from", "with", "by", "to", "about", "of", "into",
	"over", "under", "during", "after", "before", "since", "like", "than", "against", "among",
	"through", "without", "within", "across", "toward", "towards", "upon", "amid", "despite")

// contentEnd finds where content starting at i stops: the sentence end,
// a semicolon, or a participial cue (", adding that").
func (x *extractor) contentEnd(i, s1 int) int {
	d := x.d
	end := s1
	// A cue inside an opening subordinate clause ("While those surveyed
	// said X, Trump ...") governs only up to the clause's comma.
	sub := x.inSubordinate(i)
	// Whether a poll's share speaks here is asked once, and only at a
	// comma or a conjunction.
	speaks := -1
	shareSpeaks := func() bool {
		if speaks < 0 {
			speaks = 0
			if x.shareSpeaks(i) {
				speaks = 1
			}
		}
		return speaks == 1
	}
	stopAt := func(k int) bool {
		if k+1 >= s1 {
			return false
		}
		n := &d.toks[k+1]
		if k == i && !sub && n.is("though", "however", "too") {
			// "He added, though, that …": an aside before the content.
			return false
		}
		if sub {
			// "As Politico reported, “…”": the cue was the subordinate
			// clause, the quotation it introduces is the main one.
			q := d.inq[k+1]
			return !(k == i && n.kind == qmark && q >= 0 && d.regions[q].first == k+1)
		}
		if c, ok := n.listed(); ok && c.form == gerund && c.class == say {
			return true
		}
		if n.is("although", "though") && x.concessionGoesOn(i, k, s1) {
			return false
		}
		if n.lower == "according" || n.is("while", "whereas", "although", "though") && !n.capital() || x.comparedShare(k+1, s1) || x.evenConcession(i, k, s1) {
			return true
		}
		// ", with 40 percent undecided", ", with costs falling": an
		// absolute phrase that goes on with what was said. Not ", with
		// whom …", nor ", with Lee telling reporters …", another
		// statement.
		if n.is("with") && !n.capital() {
			return x.withStatement(k+2, s1)
		}
		// A participial phrase after the clause: ", describing ...".
		if participle(n) {
			return true
		}
		// ", who …", ", which …": a non-restrictive relative clause
		// comments on the content rather than belonging to it.
		if n.is("who", "which", "whom", "whose") && k > i+2 {
			// "Pagliano, who invoked the Fifth, is now cooperating": the
			// clause is an aside in the content's own clause.
			_, after := x.relativeAside(k, s1)
			return after < 0
		}
		// ", a swipe at his rivals", ", the party's nominee": a noun
		// phrase that closes the sentence comments on the content.
		if x.closingAppositive(k+1, s1) {
			return true
		}
		// "said the plan was costly, but that it would pass": a second
		// clause of the same verb, opened by "that" as a complement (not
		// the demonstrative of ", but that was …").
		if n.is("but", "and") && k+3 < s1 && d.toks[k+2].is("that") && d.inq[k+2] < 0 {
			if m := &d.toks[k+3]; !finiteVerb(m) && !m.in(inBetween) && !m.is("is", "was", "'s", "would", "will", "could", "may", "might", "seems", "seemed", "means", "meant") {
				return false
			}
		}
		// ", but …" and ", and Trump vowed …" start another clause,
		// unless the content's own contrast goes on (", but rather …").
		if n.is("but") && x.contrastGoesOn(i, k, s1) {
			return false
		}
		if n.is("but") {
			return true
		}
		if n.is("and", "then") && k+2 < s1 {
			m := &d.toks[k+2]
			if m.is("he", "she", "they", "it", "we", "i", "then") {
				return true
			}
			// ", and Trump vowed …" starts a clause; ", Abe, and Park to"
			// ends a list.
			if (m.is("the") || m.capital()) && d.inq[k+2] < 0 {
				if _, g, ok := x.npForward(k+2, s1); ok && g+1 < s1 && (finiteVerb(&d.toks[g+1]) || d.toks[g+1].in(inBetween)) {
					return true
				}
			}
		}
		if n.is("but", "and") && k+2 < s1 && d.toks[k+2].is("when", "if", "while", "after", "before", "as", "because", "although", "though", "since", "then") {
			return true
		}
		if n.is("but", "and") && k+2 < s1 {
			m := k + 2
			for m < s1-1 && d.toks[m].in(inBetween) {
				m++
			}
			if _, ok := d.toks[m].listed(); ok && d.inq[m] < 0 {
				return true
			}
			// ", and nearly 3 in 10 said …": another speaker's
			// statement.
			if x.subjectThenSay(k+2, s1) {
				return true
			}
		}
		// "40% say …, 25% call themselves …", ", and one in five say
		// …", ", after half said so …": a share's statement ends at the
		// poll's next share.
		if shareSpeaks() && (x.shareClauseAt(k+1, s1) || n.is("and", "but", "after") && x.shareClauseAt(k+2, s1)) {
			return true
		}
		return false
	}
	dashes := 0 // outside quotations since i
	for k := i; k < s1; k++ {
		if d.inq[k] >= 0 {
			r := d.regions[d.inq[k]]
			k = min(r.last, s1-1)
			// "…,” adding that": the participle starts another attribution;
			// "…,” and shared a link": so does a second verb.
			// `…,” and to “…”`, `…,” and “…”` go on.
			if r.close && k > 0 && d.toks[k-1].text == "," && (stopAt(k) || k+1 < s1 && d.toks[k+1].is("and", "but") && !(k+2 < s1 && (d.toks[k+2].is("to", "that") || d.toks[k+2].kind == qmark)) || x.sayVerbAt(k+1, s1)) {
				end = k + 1
				break
			}
			if r.close && x.quotationCloses(i, k, s1) {
				end = k + 1
				break
			}
			continue
		}
		t := &d.toks[k]
		if t.text == ";" || t.text == ")" && !x.openedSince(i, k) || t.text == "(" && k > i && x.closingRemark(k, s1) {
			end = k
			break
		}
		if t.text == "," && stopAt(k) {
			end = k
			break
		}
		if t.text == "," && x.contrastGoesOn(i, k, s1) {
			k++ // past "but": the contrast goes on, not a second verb
			continue
		}
		// A lone dash ends the content as a comma would ("…  — a move
		// that …", "… - but he said …"); a pair of them sets off an
		// aside inside it, and the second of the pair closes it.
		if isDashToken(d.toks, k) {
			opens := dashes%2 == 0
			dashes++
			if opens && (stopAt(k) || x.dashAppositive(k+1, s1)) && !x.dashClosed(k, s1) {
				end = k
				break
			}
		}
		// "responded by saying, “…”", "and adding: “…”": a participle of
		// saying that introduces a quotation is a cue of its own, and the
		// quotation its statement.
		if k > i && t.is("by", "and", "before", "after", "while") && k+3 < s1 && d.inq[k+1] < 0 && (d.toks[k+2].text == "," || d.toks[k+2].text == ":") && x.quotationAt(k+3) {
			if c, ok := d.toks[k+1].listed(); ok && c.form == gerund && c.class == say {
				end = k
				break
			}
		}
		// "said that … and insisted that …": a second cue of the subject.
		if t.is("and", "but") && k+1 < s1 && d.inq[k+1] < 0 {
			if c, ok := d.toks[k+1].listed(); ok && (c.form == past || c.form == third) && !x.sharedPredicate(i, k) {
				end = k
				break
			}
		}
		// "most backed the toll while a quarter disagreed", "said “a
		// good idea” and 9 percent said “never”": a share's statement ends where the
		// poll's next share opens a clause, even without a comma. A
		// share rarely shares a verb with a subject before "and", as
		// "both he and Lee said" does.
		if t.is("and", "while", "whereas") && shareSpeaks() && x.shareClauseAt(k+1, s1) {
			end = k
			break
		}
		// "claimed the attack but officials said they doubt it": another
		// speaker's statement, as after ", but" (stopAt). Not "and",
		// which joins subjects as often as clauses ("both he and Lee
		// said").
		if t.is("but") && k > i+1 && d.toks[k-1].text != "," && k+1 < s1 && x.subjectThenSay(k+1, s1) {
			end = k
			break
		}
		// "is going to vote for Lee but has withheld": a second verb.
		if t.is("but", "and") && k+1 < s1 && d.toks[k+1].is("has", "have", "had", "is", "was", "were", "will", "would", "did", "does", "didn't", "doesn't", "won't", "also") && !x.clauseGoesOn(i, k) {
			end = k
			break
		}
	}
	// Leave out the closing full stop of narrative content.
	for end > i && d.toks[end-1].kind == punct && d.inq[end-1] < 0 && (d.toks[end-1].text == "." || d.toks[end-1].text == ",") {
		end--
	}
	return end
}

// sayVerbAt reports whether a verb of saying in the past or the present
// stands at k: after a quotation closed by its comma (`Lee, citing “a
// quiet strength,” said …`) it is the next cue, not part of the content.
func (x *extractor) sayVerbAt(k, s1 int) bool {
	d := x.d
	if k >= s1 || d.inq[k] >= 0 || d.toks[k].capital() {
		return false
	}
	c, ok := d.toks[k].listed()
	return ok && c.class == say && (c.form == past || c.form == third)
}

// withStatement reports whether the phrase after ", with" that starts at
// i is no part of the content before it: a relative clause ("with whom
// …") or another statement, a cue in its first words ("with Lee telling
// reporters …").
func (x *extractor) withStatement(i, s1 int) bool {
	d := x.d
	if i >= s1 || d.toks[i].is("whom", "which") {
		return true
	}
	for k := i; k < s1 && k < i+8 && d.inq[k] < 0 && d.toks[k].kind == word; k++ {
		if c, ok := d.toks[k].listed(); ok && c.form == gerund {
			return true
		}
	}
	return false
}

// dashClosed reports whether another dash after the one at k closes an
// aside before the sentence ends.
func (x *extractor) dashClosed(k, s1 int) bool {
	for j := k + 1; j < s1; j++ {
		if x.d.inq[j] < 0 && isDashToken(x.d.toks, j) {
			return true
		}
	}
	return false
}

// closingAppositive reports whether a noun phrase opened by an article
// starts at i and the sentence ends with it, not a clause whose subject
// it is: ", a step his party opposed", not ", the council voted …".
// The scan stops at the next comma, and its answer is cached, so a
// sentence costs linear time however many cues bound content in it.
func (x *extractor) closingAppositive(i, s1 int) bool {
	key := [2]int{i, s1}
	if v, ok := x.appositive[key]; ok {
		return v
	}
	v := x.scanAppositive(i, s1) || x.relativeAppositive(i, s1)
	if x.appositive == nil {
		x.appositive = map[[2]int]bool{}
	}
	x.appositive[key] = v
	return v
}

// scanAppositive is closingAppositive without the cache.
func (x *extractor) scanAppositive(i, s1 int) bool {
	d := x.d
	if i >= s1 || !d.toks[i].is("a", "an", "the") || d.toks[i].capital() {
		return false
	}
	_, g, ok := x.npForward(i, s1)
	if !ok || g+1 >= s1 {
		return ok
	}
	if n := &d.toks[g+1]; finiteVerb(n) || n.in(inBetween) || n.kind == punct && n.text != "." || d.inq[g+1] >= 0 {
		return false
	}
	for k := g + 1; k < s1; k++ {
		if d.inq[k] >= 0 || d.toks[k].text == "," || d.toks[k].text == ";" {
			return false
		}
	}
	return !x.verbAfterLongSubject(i, g, s1)
}

// verbAfterLongSubject reports whether the noun phrase from i to g goes
// on to a verb: through a second noun phrase or a prepositional phrase
// ("the farmers and the miners don't", "the farmers in the valley
// don't") or an adverb ("the farmers rarely talk"), so that it is a
// clause's subject, not an appositive. A preposition that may open a
// clause ("the day after the vote passed") does not carry the phrase on.
// npForward takes "rarely talk" in as a modifier and a noun, so an adverb
// after a plural noun inside the phrase opens the predicate.
func (x *extractor) verbAfterLongSubject(i, g, s1 int) bool {
	d := x.d
	for n := 0; n < 3 && g+2 < s1; n++ {
		t := &d.toks[g+1]
		if d.inq[g+1] >= 0 || d.inq[g+2] >= 0 || t.capital() || !t.is("and", "or") && !(t.in(inPrepositions) && !t.is("to", "than", "like", "until") && !clauseConjunctions[t.lower]) {
			break
		}
		_, h, ok := x.npForward(g+2, s1)
		if !ok {
			break
		}
		g = h
	}
	for k := i + 1; k < g; k++ {
		if adverb(&d.toks[k]) && pluralSubject(&d.toks[k-1]) {
			return true
		}
	}
	for g+1 < s1 && d.inq[g+1] < 0 && adverb(&d.toks[g+1]) {
		g++
	}
	if g+1 >= s1 || d.inq[g+1] >= 0 {
		return false
	}
	n := &d.toks[g+1]
	return finiteVerb(n) || n.in(inBetween) && !n.capital() || x.presentVerbAt(g, g+1) || adverb(&d.toks[g]) && n.kind == word && !n.capital() && !n.in(inPrepositions) && !n.in(inDeterminers)
}

// subjectThenSay reports whether a subject and a say verb start at i:
// "nearly 3 in 10 said", "the union leader told".
func (x *extractor) subjectThenSay(i, s1 int) bool {
	d := x.d
	for k := i; k < s1 && k < i+10; k++ {
		t := &d.toks[k]
		if d.inq[k] >= 0 || t.kind != word {
			return false
		}
		if x.sayVerbAt(k, s1) {
			return k > i
		}
		// "officials have said", "the aides later told": an auxiliary
		// or adverb between the subject and the verb.
		if k > i && t.in(inBetween) && !t.capital() {
			continue
		}
		if !x.npToken(k) && !t.is("than", "in", "of", "out") {
			return false
		}
	}
	return false
}

// relativeAside reports, for a comma at k opening a relative clause,
// the comma that closes it and the token after, when the sentence's
// predicate goes on there ("Pagliano, who invoked the Fifth, is now
// cooperating"); -1, -1 otherwise.
func (x *extractor) relativeAside(k, s1 int) (int, int) {
	d := x.d
	for m := k + 2; m+1 < s1 && m < k+30; m++ {
		if q := d.inq[m]; q >= 0 {
			m = d.regions[q].last
			continue
		}
		t := &d.toks[m]
		if t.text == ";" || t.text == "." {
			break
		}
		if t.text == "," {
			n := &d.toks[m+1]
			if !n.capital() && (finiteVerb(n) || n.is("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must")) {
				return m, m + 1
			}
			if x.asideResumes(m+1, s1) {
				return m, m + 1
			}
			break
		}
	}
	return -1, -1
}

// openedSince reports whether a parenthesis opens between i and k.
func (x *extractor) openedSince(i, k int) bool {
	for j := i; j < k; j++ {
		if x.d.toks[j].text == "(" {
			return true
		}
	}
	return false
}

// inSubordinate reports whether token i lies in a subordinate clause that
// opens its sentence and has not reached its comma yet.
func (x *extractor) inSubordinate(i int) bool {
	d := x.d
	if i <= 0 || i > len(d.toks) {
		return false
	}
	s0 := d.sents[d.sentOf[i-1]][0]
	// The clause starts at the sentence start or after the last comma
	// ("Some clapped, and when Ortiz said the plant would stay, a woman
	// shouted").
	c := s0
	for k := i - 1; k > s0; k-- {
		if d.inq[k] < 0 && d.toks[k].text == "," {
			c = k + 1
			break
		}
	}
	for c < i && d.toks[c].is("and", "but") {
		c++
	}
	// "Ever since she backed …", "even though": the adverb opens the
	// same clause.
	o := c
	if c+1 < i && d.toks[c].is("ever", "even", "just", "long") {
		c++
	}
	return c < i && clauseConjunctions[d.toks[c].lower] && (o == s0 || o > s0 && d.toks[o-1].is("and", "but") || d.toks[o-1].text == ",")
}

// adverb reports whether t is an -ly adverb ("forcefully told").
func adverb(t *token) bool {
	return t.kind == word && !t.capital() && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ly") && !notAdverbs[t.lower]
}

var notAdverbs = set("family", "rally", "ally", "italy", "july", "holly", "supply", "reply", "assembly",
	"anomaly", "monopoly", "bully", "belly", "jelly", "early", "only")

// discoursePhrases are asides of two words set off by commas between a
// subject and its verb ("The mayor, for instance, said"), keyed by their
// first word.
var discoursePhrases = map[string]map[string]bool{
	"for": set("instance", "example", "one", "now"),
	"in":  set("fact", "turn", "particular", "response", "contrast", "short", "general", "addition"),
	"of":  set("course"),
	"by":  set("contrast"),
	"at":  set("least", "times"),
}

// discoursePhraseBefore returns how many words stand between the comma at
// b and the comma before them when they are a discourse phrase ("for
// instance", "for his part"), else 0.
func (x *extractor) discoursePhraseBefore(b, s0 int) int {
	d := x.d
	if b-3 <= s0 || d.toks[b].text != "," || d.inq[b] >= 0 {
		return 0
	}
	if d.toks[b-3].text == "," && discoursePhrases[d.toks[b-2].lower][d.toks[b-1].lower] {
		return 2
	}
	// "for his part", "for their part".
	if b-4 > s0 && d.toks[b-4].text == "," && d.toks[b-3].is("for") && d.toks[b-2].in(inPossessives) && d.toks[b-1].is("part") {
		return 3
	}
	return 0
}

// discourse words open a sentence before its subject: "Meanwhile, ...".
var discourse = set("meanwhile", "however", "still", "instead", "also", "then", "now", "later",
	"earlier", "yesterday", "today", "separately", "similarly", "additionally", "indeed", "moreover",
	"thus", "so", "yet", "and", "but", "first", "finally", "afterward", "afterwards", "previously",
	"overall", "again", "nonetheless", "nevertheless", "otherwise", "there", "here", "tonight")

var notParticiples = set("including", "according", "nothing", "something", "anything", "everything",
	"during", "morning", "evening", "building", "meeting", "funding", "spending", "hearing", "ruling",
	"timing", "polling", "housing", "training", "bombing", "shooting", "warning", "beginning",
	"thing", "being", "bring", "spring", "ending", "rating", "setting", "standing", "wedding",
	"feeling", "offering", "bidding", "saying")

// skipTrailer skips what may follow a cue or its speaker without being
// content: time words, "in a statement", "on Twitter", "to reporters".
func (x *extractor) skipTrailer(i, s1 int) int {
	d := x.d
	k := i
	if i < s1 && d.toks[i].kind == word && d.inq[i] < 0 {
		// A trailer is a prepositional phrase, a time, an adverb or an
		// addressee ("told reporters"), not an object ("wrote a book").
		t := &d.toks[i]
		if !(t.in(inPrepositions) || t.in(inTimeWords) || strings.HasSuffix(t.lower, "ly") || t.capital() ||
			t.is("him", "her", "them", "us", "me", "reporters", "journalists", "supporters", "voters", "lawmakers", "the", "as", "when", "after", "before", "while", "outside", "following", "via", "late", "early", "last", "this", "during", "afterward", "recently")) {
			return -1
		}
		// "emailed her condolences": an object after the pronoun, not a
		// trailer like "told her on Monday".
		if t.is(objectPronouns...) && i+1 < s1 {
			if n := &d.toks[i+1]; n.kind == word && d.inq[i+1] < 0 && !n.in(inPrepositions) && !n.in(inTimeWords) && !strings.HasSuffix(n.lower, "ly") && !n.is("that", "as", "when", "after", "before", "while", "during") {
				return -1
			}
		}
		// "has pledged to expand its navy": an infinitive is the
		// object, not a trailer like "to reporters".
		if t.is("to") && i+1 < s1 && infinitiveVerb(&d.toks[i+1]) {
			return -1
		}
	}
	for k < s1 && k < i+10 {
		t := &d.toks[k]
		if q := d.inq[k]; q >= 0 && k > i && d.regions[q].first == k && d.regions[q].close && !d.speechLike(q) {
			// A title: "said on MSNBC’s “Morning Joe.”"
			k = d.regions[q].last + 1
			if k >= s1 {
				return s1
			}
			if p := d.toks[k-2].text; p == "," || p == "." {
				return k - 2 // the title's own comma or full stop ends it
			}
			continue
		}
		if d.inq[k] >= 0 || t.text == "," || t.text == "." || t.text == ";" || t.text == ":" {
			break
		}
		if t.kind == punct && t.text != "(" && t.text != ")" && t.text != "-" {
			break
		}
		if t.is("that") {
			return -1 // a clause: not a trailer
		}
		// "conceded the situation is regrettable": an auxiliary makes a
		// clause of it.
		if k > i && t.in(inAuxiliaries) && !t.capital() && d.toks[k-1].lower != "who" {
			return -1
		}
		// "told reporters he felt vindicated": a subject pronoun too.
		if k > i && t.is("he", "she", "they", "we", "i", "it") {
			return -1
		}
		k++
	}
	if k >= i+10 {
		return -1
	}
	return k
}

// mainSubject finds the speaker of a participial cue: the speaker of the
// attribution just before it in the sentence, or the sentence's subject.
func (x *extractor) mainSubject(s, before int) tspan { return x.subjectOf(s, before, false) }

// subjectOf is mainSubject; outer says that the cue is a participle after
// a comma, which takes the speaker of the governing clause rather than
// that of a statement reported inside it.
func (x *extractor) subjectOf(s, before int, outer bool) tspan {
	// "The mayor spoke first, and the governor followed, calling …": a
	// participle after a clause coordinated with a subject of its own is
	// that clause's, unless a statement lies between them.
	if outer {
		if c, sp := x.conjClauseSubject(s, before); sp.ok() && !x.cueBetween(c, before) {
			return sp
		}
	}
	asideFrom, asideTo := x.dashedAsideBefore(s, before)
	for i := len(x.cur) - 1; i >= 0; i-- {
		if a := &x.cur[i]; a.cue.first < before && a.src.ok() {
			if !outer {
				return a.src
			}
			// "Lee praised the plan - “…,” she said - and urged": a
			// statement in a dashed aside does not govern the verb after
			// it.
			if asideFrom < a.cue.first && a.cue.first < asideTo {
				continue
			}
			// "defended not paying a contractor who said …, saying":
			// a relative clause's speaker is not the participle's.
			if a.src.first == a.src.last && x.d.toks[a.src.first].is("who", "which", "that") {
				continue
			}
			// "Although he thanked them, he sounded a note of doubt,
			// saying": the opening subordinate clause is not the governing
			// one.
			if x.inSubordinate(a.cue.first) && !x.inSubordinate(before) {
				continue
			}
			if x.questionClause(a.src) {
				continue
			}
			return x.outerSpeaker(i)
		}
	}
	for i := len(x.attrs) - 1; i >= 0; i-- {
		a := &x.attrs[i]
		if a.sent != s {
			break
		}
		if a.cue.first < before && a.src.ok() {
			return a.src
		}
	}
	d := x.d
	s0 := d.sents[s][0]
	// The subject is the first noun phrase, at the sentence start or
	// after a comma, that a verb follows ("Hours after the debate, Trump
	// told …, saying"); failing that, the first noun phrase.
	var first tspan = none
	for c := s0; c < before; c++ {
		// A dateline's dash opens the clause too: "ORLANDO, Fla.
		// (Reuters) - Obama met … and said".
		if c > s0 && !((d.toks[c-1].text == "," || isDashToken(d.toks, c-1)) && d.inq[c-1] < 0) {
			continue
		}
		i := c
		for i < before && d.toks[i].is("but", "and", "so", "yet", "still", "then") {
			i++
		}
		if i >= before {
			break
		}
		f, g, ok := x.npForward(i, before)
		if !ok {
			continue
		}
		if f == g && d.toks[f].is("it", "there") {
			continue // "It was at the hearing that Ortiz …": no subject
		}
		if outer && f == g && d.toks[f].is("who", "which", "that") {
			continue // "Marsh, who has made …, went on to …, citing": a relative clause
		}
		if !first.ok() && !d.toks[i].in(inIntroPreps) && !discourse[d.toks[i].lower] && !x.openingModifier(i) {
			first = tspan{f, g}
		}
		k := g + 1
		for k < before && d.inq[k] < 0 && (d.toks[k].in(inBetween) || adverb(&d.toks[k])) {
			if d.toks[k].is("is", "was", "are", "were", "has", "have", "had", "will", "would", "did", "does", "can", "could") {
				return tspan{f, g}
			}
			k++
		}
		if k < before && finiteVerb(&d.toks[k]) {
			return tspan{f, g}
		}
	}
	// No phrase that a verb follows: the subject of the nearest verb.
	if sp := x.verbSubject(s0, before); sp.ok() {
		return sp
	}
	return first
}

// reportingClause reports whether the sentence opens with a subordinate
// clause that ends at the comma pre and holds a statement of its own
// ("Although Lee told the paper that …, she denied …"): it is that
// statement's clause, not what the cue after it reports. The statement
// then ends at the comma.
func (x *extractor) reportingClause(s0, pre int) bool {
	if !x.reportingClauseBefore(s0, pre) {
		return false
	}
	for i := range x.cur {
		a := &x.cur[i]
		if a.cue.first >= pre {
			continue
		}
		var kept []tspan
		for _, c := range a.content {
			if c.first >= pre {
				continue
			}
			if c.last >= pre {
				c.last = pre - 1
				if x.d.toks[pre].kind == qmark {
					c.last = pre
				}
			}
			kept = append(kept, c)
		}
		a.content = kept
	}
	return true
}

func (x *extractor) reportingClauseBefore(s0, pre int) bool {
	d := x.d
	k := s0
	for k < pre && d.toks[k].is("but", "and", "yet", "even") {
		k++
	}
	if k >= pre || d.inq[k] >= 0 || !d.toks[k].is("although", "though", "while", "whereas", "as", "when", "after", "because", "since", "if", "once", "until", "before") {
		return false
	}
	// The clause runs to pre: "Though Lee says …, turnout matters, experts
	// say" reports the main clause.
	for j := k + 1; j < pre; j++ {
		if d.inq[j] < 0 && (d.toks[j].text == "," || d.toks[j].text == ":" || d.toks[j].text == ";") {
			return false
		}
	}
	for i := range x.cur {
		a := &x.cur[i]
		if c := a.cue.first; k < c && c < pre && d.inq[c] < 0 && len(a.content) > 0 && a.content[0].first < pre {
			return true
		}
	}
	return false
}

// lightVerbs take a noun of saying as their object: "made veiled
// references to", "sounded a cautious note", "filed a request".
var lightVerbs = set("made", "makes", "make", "sent", "sends", "sounded", "sounds", "filed", "files",
	"issued", "issues", "heaps", "heaped", "voiced", "voices", "lodged", "leveled", "levelled", "hurled")

// lightVerbSubject returns, when the phrase src before a cue is only the
// modifiers of that cue read as a noun ("made veiled references to",
// "sent out fund-raising pitches"), the subject of the verb that takes
// it as object; none otherwise.
func (x *extractor) lightVerbSubject(src tspan, s0 int) tspan {
	d := x.d
	for k := src.first; k <= src.last; k++ {
		if d.toks[k].capital() || d.toks[k].in(inSubjectPronouns) || d.inq[k] >= 0 {
			return none
		}
	}
	v := src.first - 1
	if v > s0 && d.toks[v].is("out", "up") {
		v--
	}
	if v <= s0 || d.inq[v] >= 0 || !lightVerbs[d.toks[v].lower] {
		return none
	}
	b := v - 1
	for b > s0 && d.inq[b] < 0 && (d.toks[b].in(inBetween) || adverb(&d.toks[b])) && !d.toks[b].capital() {
		b--
	}
	if sp, ok := x.npBack(b, s0); ok && !d.toks[sp.first].is("who", "which", "that") {
		return sp
	}
	return none
}

// dashedAsideBefore returns the dashes around an aside that closes right
// before the "and" or "but" preceding token before ("- “…,” he said - and
// vowed"); -1, -1 when there is none.
func (x *extractor) dashedAsideBefore(s, before int) (int, int) {
	d := x.d
	s0 := d.sents[s][0]
	c := before - 1
	for c > s0 && adverb(&d.toks[c]) {
		c--
	}
	if c-1 <= s0 || !d.toks[c].is("and", "but") || !isDashToken(d.toks, c-1) || d.inq[c-1] >= 0 {
		return -1, -1
	}
	for k := c - 2; k > s0; k-- {
		if q := d.inq[k]; q >= 0 {
			k = d.regions[q].first
			continue
		}
		if isDashToken(d.toks, k) {
			return k, c - 1
		}
	}
	return -1, -1
}

// coordinateSubject finds the subject of the verb that a verb after "and"
// or "but" (at b) is coordinated with: the nearest finite verb before it,
// when a pronoun or a name stands right before that verb ("when Lee
// spotted a sign and asked", "he laughed and said"). A verb inside an
// earlier statement of the sentence is left to subjectOf ("said it
// expected …, but warned"): none then, and none for other subjects.
func (x *extractor) coordinateSubject(s0, b int) tspan {
	d := x.d
	// ", and", "-- but": a new clause, whose subject may be the sentence's.
	if b-1 <= s0 || d.toks[b-1].text == "," || isDashToken(d.toks, b-1) {
		return none
	}
	for v := b - 1; v > s0; v-- {
		if q := d.inq[v]; q >= 0 {
			v = d.regions[q].first
			continue
		}
		t := &d.toks[v]
		if t.text == ";" || t.text == ":" {
			return none
		}
		if !finiteVerb(t) {
			continue
		}
		k := v - 1
		// "who has both praised … and criticized": "both" opens the
		// coordinated verbs, after their subject.
		for k > s0 && d.inq[k] < 0 && (d.toks[k].in(inBetween) || adverb(&d.toks[k]) || d.toks[k].is("both", "either")) && !d.toks[k].capital() {
			k--
		}
		// "hinted that he is too old but said": a reported clause's
		// subject is not the reporter's.
		if d.inq[k] >= 0 || k > s0 && d.toks[k-1].is("that") {
			return none
		}
		sp, ok := x.npBack(k, s0)
		// "who last month startled …", "who a week ago surprised …": a
		// stretch of time between the subject and its verb.
		if time := x.timeBeforeVerb(k, s0); time.ok() {
			if t := x.timeAside(time, s0); t.ok() {
				sp, ok, k = t, true, t.last
			}
		}
		if d.toks[k].is("he", "she", "they", "we", "i", "who", "which") {
			sp, ok = tspan{k, k}, true
		}
		// A verb inside what an earlier cue governs is a reported one,
		// except in a "when" or "as" clause: in "the crowd cheered when
		// the mayor spotted a sign and asked" the mayor asks, even though
		// "cheered" took the clause as what was cheered. After "after"
		// annotators keep the main subject, as nearerSubject says.
		if x.governed(v) && !(ok && sp.first > s0 && d.toks[sp.first-1].is("when", "as") && d.inq[sp.first-1] < 0) {
			return none
		}
		if ok && (sp.first == sp.last && d.toks[k].is("he", "she", "they", "we", "i", "who", "which") || d.toks[k].capital() && x.named(sp) || x.subjectAfterConjunction(sp)) {
			return sp
		}
		return none
	}
	return none
}

// outerSpeaker is the speaker of x.cur[i], or, when that speaker is
// itself inside the content of an earlier attribution of the sentence,
// the speaker of that one: in "Lee told the crowd that she thinks …,
// saying …" the participle is Lee's, not the reported "she"'s.
func (x *extractor) outerSpeaker(i int) tspan {
	for hops := 0; hops < 4; hops++ {
		a := &x.cur[i]
		if a.cut >= 0 {
			break // "…, an official said, adding": the aside governs
		}
		outer := -1
		for j := range x.cur {
			b := &x.cur[j]
			if j == i || !b.src.ok() || b.cue.last >= a.src.first {
				continue
			}
			for _, c := range b.content {
				if c.first <= a.src.first && a.src.last <= c.last {
					outer = j
				}
			}
		}
		if outer < 0 {
			break
		}
		i = outer
	}
	return x.cur[i].src
}

// verbSubject finds the subject of the nearest finite verb before token
// `before` that is not in a relative clause: "the tycoon entered the race
// …, calling them", "Obama rebuked critics who say …, saying".
func (x *extractor) verbSubject(s0, before int) tspan {
	d := x.d
	for v := before - 1; v > s0; v-- {
		if q := d.inq[v]; q >= 0 {
			v = d.regions[q].first
			continue
		}
		t := &d.toks[v]
		if !finiteVerb(t) || t.is("will", "would", "can", "could", "did", "does") {
			continue
		}
		b := v - 1
		for b > s0 && d.inq[b] < 0 && (d.toks[b].in(inBetween) || adverb(&d.toks[b])) && !d.toks[b].capital() {
			b--
		}
		// "Trump, whose views …, last year proposed": a time phrase
		// between subject and verb.
		if b > s0+1 && periodNouns[d.toks[b].lower] && d.toks[b-1].is("last", "this", "next", "that") {
			b -= 2
		} else if b > s0 && d.toks[b].in(inTimeWords) && d.toks[b].capital() {
			b-- // "Biden on Monday hit": handled by npBack's preposition rule
		}
		if b < s0 {
			return none
		}
		bt := &d.toks[b]
		if bt.is("who", "which", "that") {
			continue // a relative clause: look further back
		}
		if bt.is("and", "but", "or") {
			continue // a second verb of an earlier subject
		}
		// Only a name or a pronoun: a common noun this far from the
		// participle is as often an object's clause ("the idea of a …").
		if sp, ok := x.npBack(b, s0); ok && !d.toks[sp.first].is("who", "which", "that") && x.named(sp) && !d.toks[sp.last].in(inTimeWords) && !d.toks[sp.last].in(inStandalone) {
			return sp
		}
		return none
	}
	return none
}

// finiteVerb guesses whether t is a verb in the past or present tense.
func finiteVerb(t *token) bool {
	if t.kind != word || t.capital() {
		return false
	}
	if c, ok := t.listed(); ok && (c.form == past || c.form == third) {
		return true
	}
	if t.in(inFiniteForms) {
		return true
	}
	return len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed")
}

// auxiliaries are the finite auxiliaries and modals.
var auxiliaries = set("is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "should", "must", "might", "may", "does", "did", "do")

// finiteForms are auxiliaries and irregular past forms.
var finiteForms = set("is", "was", "are", "were", "has", "have", "had", "will", "would", "did", "does", "can", "could", "went", "came", "made", "took", "gave", "got", "won", "lost", "ran", "met", "left", "led", "held",
	"broke", "spoke", "wrote", "sent", "drew", "threw", "began", "brought", "put", "kept", "became", "chose", "stood")

func init() {
	for _, w := range plainPast {
		finiteForms[w] = true
	}
}

// plainPast are past forms without -ed that are seldom anything else, so
// that "The mayor cut the budget, saying" ends the subject at "cut".
var plainPast = []string{"cut", "struck", "fought", "froze", "shut", "spent", "withdrew", "upheld", "forgave", "fled",
	"flew", "drove", "wore", "swore", "stole", "sold", "bought", "caught", "taught", "thought", "fell", "knew", "grew",
	"hid", "rode", "rose", "sank", "shook", "slept", "spun", "stuck", "swept", "swung", "tore", "woke", "bore", "bled",
	"dug", "fed", "wept", "lent", "meant", "quit", "rang", "sang", "shone", "shrank", "slid", "sped", "sprang", "strode",
	"stung", "hit", "beat", "overturned", "overruled", "overcame", "overtook", "withheld", "forbade", "sought", "told", "said"}

// npToken reports whether token k may be inside a noun phrase.
func (x *extractor) npToken(k int) bool {
	d := x.d
	t := &d.toks[k]
	if d.inq[k] >= 0 {
		return false
	}
	if t.lower == "'s" && !t.space {
		return true // possessive: "Russia’s foreign ministry"
	}
	switch t.kind {
	case qmark:
		return false
	case punct:
		return t.text == "-" && !t.space || t.text == "&"
	}
	// "lead author Priya Nandakumar", "lead prosecutor": a role.
	if t.is("lead") && k+1 < len(d.toks) && (d.toks[k+1].in(inRoleNouns) || d.toks[k+1].is("author", "authors", "singer", "negotiator", "counsel", "plaintiff", "investigator")) {
		return true
	}
	if t.in(inStopWords) && !t.capital() {
		return false
	}
	if t.in(inStopWords) && t.capital() && (t.is("but", "and", "or", "so", "yet", "if", "when", "while", "as", "in", "on", "after", "before", "because", "that", "it's", "there")) {
		return false
	}
	if c, ok := t.listed(); ok && !t.capital() && (c.form == past || c.form == gerund) {
		// "Cruz’s thinking", "the polling": a noun after all.
		if !(k > 0 && (d.toks[k-1].lower == "'s" || d.toks[k-1].in(inDeterminers) && !d.toks[k-1].is("that"))) {
			return false
		}
	}
	// "Theresa May", "Will Hurd", "Kate Long": a modal or an adverb
	// capitalized inside a name, or opening one mid-sentence.
	if t.in(inBetween) && t.lower != "first" && !x.inName(k) {
		return false
	}
	return true
}

// inName reports whether the capitalized token k is part of a person's
// name: after a capitalized word other than one opening the sentence, or
// before one when k does not open the sentence itself.
func (x *extractor) inName(k int) bool {
	d := x.d
	t := &d.toks[k]
	if !t.capital() || t.kind != word || isUpperWord(t.text) && len(t.text) > 1 {
		return false
	}
	s0 := d.sents[d.sentOf[k]][0]
	name := func(j int) bool {
		return j >= 0 && j < len(d.toks) && d.inq[j] < 0 && d.toks[j].kind == word && d.toks[j].capital() && !d.toks[j].in(inStopWords) && !d.toks[j].in(inBetween)
	}
	return k > s0 && name(k-1) || k > s0 && name(k+1) || k == s0 && firstName(d.toks[k].lower) != 0 && name(k+1)
}

// npBack finds the noun phrase ending at b (the speaker before a cue).
// Appositives ("Smith, a spokesman for X,") are included.
func (x *extractor) npBack(b, lo int) (tspan, bool) { return x.npBackFrom(b, lo, true) }

// npBackFrom is npBack; nested says whether an appositive or a
// prepositional phrase may be stepped over (once, so that long runs of
// commas cost linear time).
func (x *extractor) npBackFrom(b, lo int, nested bool) (tspan, bool) {
	d := x.d
	if b < lo || b < 0 {
		return none, false
	}
	t := &d.toks[b]
	if t.kind == word && t.in(inSubjectPronouns) {
		return tspan{b, b}, true
	}
	// "he came away convinced": an adverb particle after a verb ends the
	// verb's phrase; the subject stands before the verb.
	if t.is("away", "back", "home") && b-1 > lo && d.inq[b-1] < 0 && finiteVerb(&d.toks[b-1]) && !d.toks[b-1].in(inAuxiliaries) {
		return x.npBackFrom(b-2, lo, nested)
	}
	if (t.text == "," || isDashToken(d.toks, b)) && !nested {
		return none, false
	}
	// "Gov. Jane Lee (R-Ohio), said": a comma after the party label
	// closes no appositive.
	if t.text == "," && b-1 > lo && d.toks[b-1].text == ")" && d.inq[b-1] < 0 {
		if sp, ok := x.npBackFrom(b-1, lo, false); ok && x.named(sp) {
			return sp, true
		}
	}
	if t.text == "," || isDashToken(d.toks, b) {
		// Appositive: find its start.
		for k := b - 1; k > lo && k > b-40; k-- {
			if q := d.inq[k]; q >= 0 {
				// A title inside the appositive ("Washington, star of
				// “Scandal,” thanked") is stepped over.
				r := d.regions[q]
				if !r.open || !r.close || r.first <= lo || d.speechLike(q) && !x.dashAsideHolds(r.first, b, lo) {
					break
				}
				k = r.first
				continue
			}
			// "Clinton, at a town hall in Columbus, Ohio, said": a city's
			// state is not the speaker.
			if d.toks[k].text == "," && k-2 > lo && d.toks[k-1].capital() && d.toks[k-1].kind == word && d.toks[k-2].is("in", "at", "near", "from") && x.nameCommaBefore(k-2, lo) {
				continue
			}
			if d.toks[k].text == "," && x.minorAppositive(k-1, lo) {
				// "Sam Reyes, 22, of Dayton, Ohio, said": an age or a
				// place between commas; the name is further back.
				continue
			}
			if d.toks[k].text == "," || isDashToken(d.toks, k) && isDashToken(d.toks, b) {
				// "Lena Park, who lost her son in Dayton, Ohio, in May,
				// said": commas inside the aside of a name that opens
				// the sentence; the name speaks.
				if op, c := x.asideOpener(b, lo); op.ok() && c < k {
					return op, true
				}
				head, ok := x.npBackFrom(k-1, lo, false)
				if ok && x.named(head) {
					if name := x.nameAfterParticipleObject(head, k, b, lo); name.ok() {
						return name, true
					}
				}
				if ok && (x.named(head) || head.first > lo && x.quoteEnds(head.first-1)) {
					// The speaker is the head; its appositive ("Smith, a
					// lawyer for X,") is left out: annotators often do too,
					// and a mention longer than twice theirs is wrong.
					return head, true
				}
				// "her top adviser, Sam Okafor, told": the name in the
				// commas is the speaker.
				if f, g, ok2 := x.npForward(k+1, b); ok2 && f == k+1 && g == b-1 && x.named(tspan{f, g}) && d.toks[f].capital() {
					if ok && (d.toks[head.first].is("his", "her", "their", "its", "the", "a", "an") || d.toks[head.first].in(inStandalone)) {
						return tspan{head.first, g}, true // "One of them, Acme Freight,"
					}
					return tspan{f, g}, true
				}
				if d.toks[k].text == "," {
					continue
				}
				break
			}
			if d.toks[k].text == "." || d.toks[k].text == ";" {
				break
			}
		}
		return none, false
	}
	if t.text == ")" {
		// "Rep. Jim McDermott (D-Wash.)": the party label is part of the
		// mention.
		for k := b - 1; k > lo && k > b-24; k-- {
			// "Dana Holt (a former sprinter so quiet she was once
			// taken for a fan) says": a longer aside in brackets,
			// opened by an article, describes a name before it.
			if k <= b-8 && (d.toks[k].is(")", ".", ";") || d.inq[k] >= 0 || d.toks[k].text == "(" && !(k+1 < b && d.toks[k+1].is("a", "an", "the"))) {
				break
			}
			if d.toks[k].text == "(" {
				if sp, ok := x.npBackFrom(k-1, lo, false); ok {
					// "Politifact (which is not …)": a relative clause in
					// brackets is no part of the mention.
					if d.toks[k+1].is("which", "who") {
						return sp, true
					}
					return tspan{sp.first, b}, true
				}
				break
			}
		}
		return none, false
	}
	// "most of them said", "each of whom said": a quantity of a group
	// named by a pronoun is the whole subject.
	if t.is("them", "us", "you", "whom") {
		if q := x.quantityOfBefore(b, lo); q >= 0 {
			return tspan{q, b}, true
		}
	}
	if t.in(inDeterminers) && t.in(inStandalone) {
		return tspan{b, b}, true // "Yet another said"
	}
	if !x.npToken(b) {
		return none, false
	}
	j := b
	for j > lo {
		p := j - 1
		pt := &d.toks[p]
		if d.toks[j].in(inDeterminers) && !(pt.is("of") && p-1 >= lo && x.npToken(p-1)) {
			// "the two sides": an article before a number.
			if number(&d.toks[j]) && pt.is("the", "these", "those", "his", "her", "their", "its", "our", "all") {
				j = p
			}
			break
		}
		if pt.is("of", "for", "at", "from", "and") && p-1 >= lo && x.npToken(p-1) && !d.toks[p-1].in(inDeterminers) &&
			!(d.toks[p-1].capital() && !pt.is("and") && d.toks[j].in(inDeterminers)) {
			// Not across "Stephen Vladeck of the University …": a name
			// ends the mention before a prepositional phrase.
			j = p - 1
			continue
		}
		// "The newspaper identified dozens of donations": a verb after
		// a noun ends the subject, it does not modify what follows.
		if x.verbAfterNoun(p, lo) {
			break
		}
		if !x.npToken(p) {
			// "her lawyer": a possessive pronoun opens the phrase.
			if pt.is("her", "his", "their", "its", "our", "my", "your") && d.inq[p] < 0 {
				j = p
			}
			break
		}
		j = p
		if b-j > 12 {
			return none, false
		}
	}
	// A phrase after a preposition is not a subject ("at the time
	// said"); the subject may stand before the prepositional phrase.
	// "about half of voters say", "six in 10 said": a quantity, not a
	// preposition; "less than two weeks ago" is a time, not a subject.
	if q := x.quantityBack(j, lo); q < j && !duration[d.toks[b].lower] && !d.toks[b].in(inTimeWords) {
		if j == b && d.toks[j-1].is("in") {
			return tspan{q, b}, true
		}
		j = q
	}
	// "some of her fans said": the quantity before "of" opens the
	// subject; a possessive after "of" stopped the walk back.
	if d.toks[j].in(inPossessives) {
		if q := x.quantityOfBefore(j, lo); q >= 0 {
			return tspan{q, b}, true
		}
	}
	if j-1 >= lo && d.toks[j-1].in(inPrepositions) && d.inq[j-1] < 0 {
		// "In a radio interview Lee declared": the name after the
		// phrase is the subject.
		if nested && d.toks[b].capital() {
			f := b
			for f > j && d.toks[f-1].capital() && d.toks[f-1].kind == word {
				f--
			}
			// Not "the Department of | Justice": a name's own "of".
			if f > j && !d.toks[f-1].capital() && d.toks[f-1].kind == word && !d.toks[f-1].in(inPrepositions) && !d.toks[f-1].in(inDeterminers) {
				return tspan{f, b}, true
			}
		}
		// "after Trump said", "since Clinton announced": a conjunction
		// opens a clause whose subject this is.
		if nested && d.toks[j-1].is("after", "before", "since", "until") && (x.named(tspan{j, b}) || x.subjectAfterConjunction(tspan{j, b})) {
			return tspan{j, b}, true
		}
		// "aides close to the mayor said", "a person familiar with the
		// talks said": the adjective and its phrase qualify the noun
		// before them, which heads the subject.
		if nested && j-3 >= lo && relatedBy(&d.toks[j-2], &d.toks[j-1]) && d.inq[j-2] < 0 {
			if sp, ok := x.npBackFrom(j-3, lo, false); ok {
				return tspan{sp.first, b}, true
			}
		}
		if j-2 >= lo && x.npToken(j-2) && nested {
			if sp, ok := x.npBackFrom(j-2, lo, false); ok && d.toks[j-1].is("for", "at", "with", "of", "from", "in") && d.toks[sp.last].in(inRoleNouns) {
				return tspan{sp.first, b}, true // "a spokesperson for the Department of Justice said"
			} else if ok && x.named(sp) {
				return sp, true
			} else if ok && d.toks[j-1].is("by") {
				return tspan{sp.first, b}, true // "a report by the news site Axle"
			} else if ok && x.quantityBeforePhrase(sp, j-1) {
				return tspan{sp.first, b}, true // "few in either camp expect"
			} else if ok && d.toks[j-1].is("in", "of", "from", "at") && (sp.first == lo || d.toks[sp.first-1].text == ",") && !d.toks[sp.first].in(inDeterminers) {
				return tspan{sp.first, b}, true // "…, engineers on both crews insist,"
			} else if ok && d.toks[j-1].is("in", "of", "from", "at", "for", "with") && sp.first > 0 && x.quoteEnds(sp.first-1) {
				return tspan{sp.first, b}, true // "“…?” a voice in the spot asks."
			}
		}
		return none, false
	}
	// "Trump has repudiated decades of …", "the server had handled
	// messages": after a perfect auxiliary the phrase opens with the
	// verb's participle; it is the verb's object, not a subject.
	if j-1 >= lo && d.inq[j-1] < 0 && d.toks[j-1].is("has", "have", "had", "having") && perfectParticiple(&d.toks[j]) {
		return none, false
	}
	sp := tspan{j, b}
	if !x.headed(sp) {
		return none, false
	}
	return sp, true
}

// irregularParticiples are past participles that neither end in -ed nor
// stand in finiteForms ("won", "kept", "made" do): "have begun", "had
// found".
var irregularParticiples = set("begun", "given", "done", "seen", "taken", "shown", "known", "grown", "drawn",
	"chosen", "broken", "driven", "fallen", "gotten", "become", "found", "heard", "built", "paid")

// perfectParticiple reports whether t reads as the participle of a
// perfect tense: "repudiated", "begun", "kept".
func perfectParticiple(t *token) bool {
	if t.kind != word || t.capital() {
		return false
	}
	return len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed") || irregularParticiples[t.lower] || t.in(inFiniteForms) && !t.in(inAuxiliaries)
}

// asideOpener finds a name opening the clause at lo and set off by a
// comma that starts an aside running to the comma at b ("Lena Park, who
// …,", "Ann Cole, the editor of …,"), and that comma; none when the
// clause opens otherwise. Inner commas of the aside ("in Dayton, Ohio,",
// "whose firm, Datapoint,") then do not end it.
func (x *extractor) asideOpener(b, lo int) (tspan, int) {
	d := x.d
	if lo < 0 || b-lo > 45 {
		return none, -1
	}
	f, g, ok := x.npForward(lo, b)
	if !ok || f != lo || g+2 >= b || d.toks[g+1].text != "," || d.inq[g+1] >= 0 || !x.named(tspan{f, g}) || d.toks[f].in(inSubjectPronouns) {
		return none, -1
	}
	// The name itself, not a phrase that only holds one: "Republicans in
	// Ohio," is no person's aside.
	if !d.toks[g].capital() || !d.toks[f].capital() || d.toks[f].in(inDeterminers) {
		return none, -1
	}
	n := &d.toks[g+2]
	if !(n.is("who", "whose", "a", "an", "the") || n.kind == word && !n.capital() && !n.in(inStopWords) && !finiteVerb(n)) {
		return none, -1
	}
	// A list of names ("Lee, Cole and Park said") is no aside.
	for k := g + 2; k < b; k++ {
		if d.inq[k] < 0 && d.toks[k].is("and", "or") && k+1 < b && d.toks[k+1].capital() && k > 0 && d.toks[k-1].text == "," {
			return none, -1
		}
		if d.toks[k].text == "." || d.toks[k].text == ";" || d.toks[k].text == ":" {
			return none, -1
		}
	}
	return tspan{f, g}, g + 1
}

// quantityOfBefore returns the start of a quantity standing alone and
// followed by "of" just before token k ("some of | her fans", "most of
// | them"), -1 when there is none. Words before the quantity that
// qualify it ("only about half of") are included.
func (x *extractor) quantityOfBefore(k, lo int) int {
	d := x.d
	if k-2 < lo || !d.toks[k-1].is("of") || d.inq[k-1] >= 0 || d.inq[k-2] >= 0 {
		return -1
	}
	q := &d.toks[k-2]
	if !q.in(inStandalone) && !q.is("none", "half", "much") {
		return -1
	}
	return x.quantityBack(k-2, lo)
}

// duration words end a phrase that tells when or how long.
var duration = set("ago", "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "times")

// quantityBack returns where a quantity opening a noun phrase at j
// starts: the first number of a proportion ("6 in 10 white men") and the
// adverbs before it ("only about 6 in 10", "more than half", "nearly a
// third"). It is j when no quantity opens the phrase.
func (x *extractor) quantityBack(j, lo int) int {
	d := x.d
	quantity := func(k int) bool {
		return number(&d.toks[k]) || d.toks[k].is("half", "a", "one", "two", "three", "more", "less", "fewer") || quantityAdverbs[d.toks[k].lower]
	}
	if j-2 >= lo && number(&d.toks[j]) && d.toks[j-1].is("in") && number(&d.toks[j-2]) && d.inq[j-2] < 0 {
		j -= 2
	}
	for j-1 >= lo && d.inq[j-1] < 0 && quantity(j) {
		p := &d.toks[j-1]
		switch {
		case quantityAdverbs[p.lower]:
			j--
		case p.is("than") && j-2 >= lo && d.toks[j-2].is("more", "less", "fewer") && d.inq[j-2] < 0:
			j -= 2
		default:
			return j
		}
	}
	return j
}

// quantityAdverbs qualify a quantity: "only about 6 in 10", "nearly a
// third".
var quantityAdverbs = set("about", "nearly", "almost", "roughly", "over", "around", "only", "just", "approximately")

// verbAfterNoun reports whether token k is a finite verb whose subject
// ends just before it: a past or present form after a word that is a
// noun rather than a determiner, a number, an adverb or an auxiliary
// ("The newspaper identified", not "the newly elected", "a retired").
func (x *extractor) verbAfterNoun(k, lo int) bool {
	d := x.d
	if k <= lo || d.inq[k] >= 0 || !finiteVerb(&d.toks[k]) {
		return false
	}
	p := &d.toks[k-1]
	if d.inq[k-1] >= 0 || p.kind != word || p.capital() || p.lower == "'s" {
		return false
	}
	return !p.in(inDeterminers) && !number(p) && !adverb(p) && !p.in(inBetween) && !p.in(inStopWords) && !p.in(inPrepositions)
}

// relativeSubject returns the noun phrase a restrictive relative clause
// ending at token b qualifies ("People who live near the plant", "a
// neighbor who asked not to be named"), none when b ends no such clause.
func (x *extractor) relativeSubject(b, lo int) tspan {
	d := x.d
	for k := b; k > lo && k > b-16; k-- {
		t := &d.toks[k]
		if d.inq[k] >= 0 || t.kind == punct {
			return none
		}
		// "A woman accused of poisoning her husband told": a reduced
		// relative clause.
		if k > lo && k+1 <= b && d.toks[k+1].is("of", "for", "with") && t.is("accused", "charged", "criticized", "criticised", "convicted", "suspected", "blamed", "praised", "jailed", "arrested", "sentenced", "wanted", "cleared") {
			if sp, ok := x.npBackFrom(k-1, lo, false); ok && !d.toks[sp.first].is("who", "which", "that") {
				return sp
			}
			return none
		}
		if !t.is("who", "that") || k+1 > b {
			continue
		}
		// "that" is a relative pronoun only before a verb: not "that the
		// plan".
		n := &d.toks[k+1]
		if t.is("that") && !(finiteVerb(n) || n.in(inBetween) || n.entry().class != 0) {
			return none // "the first time that officials said": a conjunction
		}
		sp, ok := x.npBackFrom(k-1, lo, false)
		if !ok || d.toks[sp.first].is("who", "which", "that") {
			return none
		}
		return sp
	}
	return none
}

// nameCommaBefore reports whether a name and a comma outside quotations
// come before token k, back to lo: "Clinton, at a town hall in …".
func (x *extractor) nameCommaBefore(k, lo int) bool {
	d := x.d
	for c := k - 1; c > lo && c > k-30; c-- {
		if d.inq[c] >= 0 || d.toks[c].text != "," {
			continue
		}
		sp, ok := x.npBackFrom(c-1, lo, false)
		return ok && x.named(sp)
	}
	return false
}

// number reports whether t is a number, in digits or words up to ten.
func number(t *token) bool {
	if t.kind != word {
		return false
	}
	if t.is("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten") {
		return true
	}
	for _, r := range t.lower {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// minorAppositive reports whether the stretch ending at k and starting
// after a comma is an age or a place ("22", "of Flint", "Mich.").
func (x *extractor) minorAppositive(k, lo int) bool {
	d := x.d
	f := k
	for f > lo && d.toks[f-1].text != "," && k-f < 4 {
		f--
	}
	if f <= lo || d.toks[f-1].text != "," {
		return false
	}
	if f == k && (number(&d.toks[k]) || d.toks[k].capital() && strings.HasSuffix(d.toks[k].text, ".") || party(&d.toks[k])) {
		return true
	}
	if d.toks[f].is("of", "from") && f < k {
		for j := f + 1; j <= k; j++ {
			if !d.toks[j].capital() {
				return false
			}
		}
		return true
	}
	return false
}

// party reports whether t is a party and state descriptor: "R-Texas",
// "D-Mo.", "I-Vt.".
func party(t *token) bool {
	_, ok := partyLabel(strings.TrimSuffix(t.text, "."))
	return ok
}

// standalone determiners can be a speaker on their own: "another said".
var standalone = set("another", "one", "some", "many", "others", "both", "few", "several", "most", "all", "each", "either", "neither",
	"two", "three", "four", "five")

// headed reports whether a phrase has something that can be a speaker:
// a name, a noun, a pronoun; not just a determiner or a number.
func (x *extractor) headed(s tspan) bool {
	d := x.d
	for k := s.first; k <= s.last; k++ {
		t := &d.toks[k]
		if t.kind == word && (!t.in(inDeterminers) || t.in(inStandalone)) {
			return true
		}
	}
	return false
}

// named reports whether a phrase is a name or a pronoun: capitalized, or
// a single pronoun.
func (x *extractor) named(s tspan) bool {
	d := x.d
	for k := s.first; k <= s.last; k++ {
		t := &d.toks[k]
		if t.capital() || t.in(inSubjectPronouns) {
			return true
		}
	}
	return false
}

// npForward reads the noun phrase starting at i (the speaker after an
// inverted cue, or after "according to").
func (x *extractor) npForward(i, s1 int) (int, int, bool) {
	d := x.d
	if i >= s1 {
		return 0, 0, false
	}
	if d.toks[i].in(inSubjectPronouns) {
		return i, i, true
	}
	k := i
	for k < s1 {
		// A determiner after a noun starts another phrase: "told
		// reporters the budget".
		// Not a number after its adverb: "a cook of nearly three decades".
		if k > i && d.toks[k].in(inDeterminers) && !x.phraseJoiner(k-1) && !d.toks[k-1].in(inDeterminers) && !(k-2 > i && x.phraseJoiner(k-2) && quantityAdverbs[d.toks[k-1].lower] && number(&d.toks[k])) {
			break
		}
		// "Jane Smith released": a verb after a name; "Democrats trying
		// to …": a participle after a noun.
		if k > i && d.toks[k-1].capital() && !d.toks[k].capital() && finiteVerb(&d.toks[k]) {
			break
		}
		// "The fight broke out": after a common noun too.
		if k > i && x.verbAfterNoun(k, i) {
			break
		}
		if k > i && participle(&d.toks[k]) && !d.toks[k-1].in(inDeterminers) && d.toks[k-1].lower != "'s" {
			break
		}
		if x.npToken(k) {
			k++
			continue
		}
		if k > i && x.phraseJoiner(k) && k+1 < s1 && x.npToken(k+1) {
			k++
			continue
		}
		break
	}
	// A time word or an -ly adverb alone is no phrase: "…, Ann Cole of
	// Oregon, effectively shut down …".
	if k == i || k-i > 14 || k == i+1 && (d.toks[i].in(inTimeWords) || adverb(&d.toks[i])) {
		return 0, 0, false
	}
	if !x.headed(tspan{i, k - 1}) {
		return 0, 0, false
	}
	return i, k - 1, true
}

// phraseJoiner reports whether the preposition at k (k > 0) carries a
// noun phrase on into the phrase it qualifies: "a spokesman for the
// party", "aides close to the mayor".
func (x *extractor) phraseJoiner(k int) bool {
	t := &x.d.toks[k]
	return t.is("of", "for", "at", "from") || k > 0 && relatedBy(&x.d.toks[k-1], t)
}

// orphans handles quotations in paragraph p that no cue claimed: a
// quotation standing as its own sentence continues the current speaker.
func (x *extractor) orphans(p int) {
	d := x.d
	pr := d.paras[p]
	first, end := d.sentencesIn(p)
	for s := first; s < end; s++ {
		if x.leadInQuote(s, p) || x.quoteThenNarrative(s, p) {
			continue
		}
		s0, s1 := d.sents[s][0], d.sents[s][1]
		q := d.inq[s0]
		if q < 0 || x.claimed[s0] {
			continue
		}
		r := d.regions[q]
		tail := false
		if r.last < s1-3 {
			// Narrative follows the quotation: it goes on only as the
			// rest of a clause the quotation opened, with no verb of its
			// own (`“They like him, but they are not there yet” to back
			// him.`).
			if r.first != s0 || !d.speechLike(q) || !x.bareTail(r.last+1, s1) {
				continue
			}
			tail = true
		}
		if !d.speechLike(q) && s0 != pr[0] {
			// Short quotations continue only a speaker of this paragraph.
		} else if !d.speechLike(q) {
			continue
		}
		// The attribution this continues: the last one before it in this
		// paragraph or, for a paragraph opening with a quotation, in the
		// previous paragraph.
		ai := len(x.attrs) - 1
		for ai >= 0 && x.attrs[ai].cue.first > s0 {
			ai--
		}
		ai = x.outermost(x.beforeAsides(ai))
		// Participles and relative clauses after a quotation ("…," he
		// said, referring to X) do not take the next quotation: the
		// quotation's speaker does.
		// A statement of its own sentence just before ("…,” Lee said.
		// The group will watch, Cole says. “…”) is what goes on; not a
		// denial ("He didn't suggest it. “…”").
		prev := ai >= 0 && x.attrs[ai].src.ok() && x.attrs[ai].sent == s-1 && d.paraOf[x.attrs[ai].cue.first] == p && !x.attrs[ai].quoted(d) && (x.attrs[ai].cut >= 0 || isSayForm(d.toks[x.attrs[ai].cue.first].lower)) && r.close && negated(d, x.attrs[ai]) == x.attrs[ai].cue
		for k := ai; !prev && k >= 0 && d.paraOf[x.attrs[k].cue.first] >= p-1; k-- {
			if x.attrs[k].quoted(d) || x.attrs[k].open {
				ai = k
				break
			}
		}
		if ai < 0 {
			continue
		}
		// "“…,” Ortiz told a radio host after suggesting that “fresh
		// faces” might join. “…”": a whole quotation of the sentence goes
		// on, not a clause that merely holds quoted words.
		if !x.opensWithQuote(ai) && !(prev && x.continuingParticiple(ai)) {
			for k := ai - 1; k >= 0 && x.attrs[k].sent == x.attrs[ai].sent; k-- {
				if x.opensWithQuote(k) && x.attrs[k].src.ok() {
					ai = k
					break
				}
			}
		}
		a := &x.attrs[ai]
		ap := d.paraOf[a.cue.first]
		if ap != p && !(ap == p-1 && s0 == pr[0]) && !(ap < p && x.continues(ai, p)) {
			continue
		}
		if !a.quoted(d) && !a.open && !prev {
			continue
		}
		last := min(r.last, s1-1)
		if tail {
			last = x.contentEnd(r.first, s1) - 1
		}
		a = &x.attrs[ai]
		a.content = append(a.content, tspan{r.first, last})
		for k := r.first; k <= last; k++ {
			x.claimed[k] = true
		}
	}
}

// continuingLemmas are participles that go on with what the speaker
// says rather than describe it: "…,” she said, adding that …. “…”" and
// "…,” said Cole, explaining why …. “…”" report the next sentence's
// quotation as the rest of the participle's statement.
var continuingLemmas = set("add", "explain")

// continuingParticiple reports whether attribution ai is a participle
// of continuingLemmas after a clause ("…, adding that …") whose content
// runs to the end of its sentence, so that a quotation standing as the
// next sentence continues it, not the cue before it.
func (x *extractor) continuingParticiple(ai int) bool {
	d := x.d
	a := &x.attrs[ai]
	if a.how != "participle" || len(a.content) == 0 {
		return false
	}
	c, ok := d.toks[a.cue.first].listed()
	if !ok || c.form != gerund || !continuingLemmas[c.lemma] {
		return false
	}
	e := a.content[len(a.content)-1].last + 1
	s1 := d.sents[a.sent][1]
	for ; e < s1; e++ {
		if d.toks[e].kind != punct || d.inq[e] >= 0 {
			return false
		}
	}
	return true
}

// bareTail reports whether tokens [i, s1) after a quotation are narrative
// with no verb of its own, cue or quotation: the end of the clause the
// quotation opened.
func (x *extractor) bareTail(i, s1 int) bool {
	d := x.d
	for k := i; k < s1; k++ {
		if t := &d.toks[k]; d.inq[k] >= 0 || x.cued[k] || x.claimed[k] || finiteVerb(t) || t.in(inAuxiliaries) {
			return false
		}
	}
	return true
}

// opensWithQuote reports whether attribution ai's content is a
// quotation from its start.
func (x *extractor) opensWithQuote(ai int) bool {
	a := &x.attrs[ai]
	if len(a.content) == 0 {
		return false
	}
	f := a.content[0].first
	q := x.d.inq[f]
	return q >= 0 && x.d.regions[q].first == f
}

// colonParagraph gives paragraph p to a cue that ended the previous
// paragraph with a colon ("Cruz continued:"). It reports whether it did.
func (x *extractor) colonParagraph(p int) bool {
	if len(x.attrs) == 0 || p == 0 {
		return false
	}
	a := &x.attrs[len(x.attrs)-1]
	d := x.d
	if !a.open || d.paraOf[a.cue.first] != p-1 {
		return false
	}
	pr := d.paras[p]
	a.open = false
	a.content = append(a.content, tspan{pr[0], pr[1] - 1})
	for k := pr[0]; k < pr[1]; k++ {
		x.claimed[k] = true
	}
	return true
}

// firstPerson gives a paragraph of unquoted first-person speech to the
// person the paragraph before it just attributed something to ("Annan
// praised Russia's assistance." then "As we move forward, I will ...").
// The speaker is carried over, so the attribution is marked unsure.
func (x *extractor) firstPerson(p int) bool {
	d := x.d
	if len(x.attrs) == 0 || p == 0 {
		return false
	}
	a := x.attrs[len(x.attrs)-1]
	prev := d.paras[p-1]
	if d.paraOf[a.cue.first] != p-1 || !a.src.ok() || d.sentOf[a.cue.first] != d.sentOf[prev[1]-1] {
		return false
	}
	if !d.toks[a.src.first].capital() || d.toks[a.src.first].in(inSubjectPronouns) {
		return false
	}
	pr := d.paras[p]
	if firstPersonIn(d, prev[0], prev[1]) || !firstPersonIn(d, pr[0], pr[1]) {
		return false
	}
	// "A: I have not decided yet." answers the interviewer's "Q:": not
	// the interviewer's words.
	if pr[0]+1 < pr[1] && d.toks[pr[0]+1].text == ":" && d.toks[pr[0]].is("a", "q") {
		return false
	}
	for k := pr[0]; k < pr[1]; k++ {
		if d.toks[k].kind == qmark {
			return false
		}
	}
	// A one-sentence paragraph naming the speaker, then the speech.
	if d.sentOf[prev[0]] != d.sentOf[prev[1]-1] {
		return false
	}
	x.add(attr{
		how:      "firstPerson",
		content:  []tspan{{pr[0], pr[1] - 1}},
		src:      a.src,
		cue:      a.cue,
		sent:     d.sentOf[pr[0]],
		unsure:   true,
		verbatim: true,
	})
	return true
}

func firstPersonIn(d *doc, i, end int) bool {
	for k := i; k < end; k++ {
		if d.inq[k] < 0 && d.toks[k].is("i", "we", "my", "our", "me", "us") && (d.toks[k].lower != "us" || d.toks[k].text == "us") {
			return true
		}
	}
	return false
}

// continues reports whether attribution ai's content reaches the end of
// paragraph p-1, so that p may carry it on.
func (x *extractor) continues(ai, p int) bool {
	a := &x.attrs[ai]
	if len(a.content) == 0 {
		return false
	}
	last := a.content[len(a.content)-1].last
	return x.d.paraOf[last] == p-1
}

// quoted reports whether the attribution's content holds a quotation.
func (a *attr) quoted(d *doc) bool {
	for _, c := range a.content {
		for k := c.first; k <= c.last; k++ {
			if d.toks[k].kind == qmark {
				return true
			}
		}
	}
	return false
}

// transcript handles a paragraph that is a turn in a transcript:
// "PENCE: We will ...". It reports whether it took the paragraph.
func (x *extractor) transcript(p int) bool {
	d := x.d
	pr := d.paras[p]
	first := pr[0]
	// A transcript quoted whole: `"PENCE: Well, look, …`.
	quoted := d.toks[first].kind == qmark && first+1 < pr[1]
	if quoted {
		first++
	}
	colon := -1
	for k := first; k < pr[1] && k < first+5; k++ {
		if d.toks[k].text == ":" {
			colon = k
			break
		}
	}
	if colon <= first || colon+1 >= pr[1] || d.toks[colon+1].gap > 0 {
		return false
	}
	caps := true
	for k := first; k < colon; k++ {
		t := &d.toks[k]
		if t.kind != word || !t.capital() && t.lower != "'s" {
			return false
		}
		caps = caps && (isUpperWord(t.text) || len(t.text) == 1)
	}
	// "PENCE:" in a transcript, "Trump: ‘We are going to win’" in a
	// headline; not "Related:" or "Editor’s Note:".
	if d.toks[colon-1].in(inNotSpeakers) || d.toks[first].in(inNotSpeakers) {
		return false
	}
	if !caps && (colon-first > 4 || quoted) {
		return false
	}
	// A label in capitals before a headline in title case ("BREAKING:
	// Mayor Quits Race") calls for attention; before a sentence ("AP:
	// Mayor paid lobbyists", "SMITH: Did you know?") it names a speaker.
	if caps && x.titleCased(p) {
		return false
	}
	last := pr[1] - 1
	for last > colon+1 && d.toks[last].text == "." && d.inq[last] < 0 {
		last--
	}
	// In the body, a name and a colon before a phrase with no clause
	// ("Lee: A long shot.", "Ohio: Ann Roe, Ben Poe, …") sets out a list
	// under names, not a turn of speech: a turn says something. In an
	// interview ("Q:" turns) every answer is a turn, "No." as well.
	if !caps && p > 0 && !clauseIn(d, colon+1, last) && x.labelTurns() < 2 {
		return false
	}
	x.add(attr{
		how:     "transcript",
		cut:     -1,
		content: []tspan{{colon + 1, last}},
		src:     tspan{first, colon - 1},
		cue:     tspan{colon, colon},
		sent:    d.sentOf[pr[0]],
		// A turn is the speaker's words as spoken, quote marks or none:
		// "PENCE:", or "Iverson:" in an interview with several turns, not
		// a headline's "Trump: Wall will be built".
		verbatim: caps || p > 0 && x.labelTurns() >= 2,
	})
	return true
}

// clauseIn reports whether tokens i..last, outside quotations, hold a
// clause: a finite verb, an auxiliary, a contracted verb or a pronoun
// that is only ever a subject.
func clauseIn(d *doc, i, last int) bool {
	for k := i; k <= last; k++ {
		t := &d.toks[k]
		if finiteVerb(t) || t.in(inAuxiliaries) || t.in(inNegatedAuxiliaries) || t.in(inBeForms) || t.is(personalSubjects...) || contractedVerb(t.lower) {
			return true
		}
	}
	return false
}

// contractedVerb reports whether w is a pronoun with a contracted verb
// ("i'm", "we've", "it's") or a negated verb ("won't").
func contractedVerb(w string) bool {
	if strings.HasSuffix(w, "n't") {
		return true
	}
	pron, verb, ok := strings.Cut(w, "'")
	return ok && (subjectPronouns[pron] || pron == "that" || pron == "there") && (verb == "m" || verb == "re" || verb == "s" || verb == "ll" || verb == "ve" || verb == "d")
}

// labelTurns counts the paragraphs after the first that open with one to
// three capitalized words and a colon.
func (x *extractor) labelTurns() int {
	if x.turnsKnown {
		return x.turns
	}
	d := x.d
	n, asked := 0, false
	for p := 1; p < len(d.paras); p++ {
		pr := d.paras[p]
		for k := pr[0]; k < pr[1] && k < pr[0]+4; k++ {
			t := &d.toks[k]
			if t.text == ":" {
				if k > pr[0] && !d.toks[k-1].in(inNotSpeakers) {
					n++
				}
				// "Q:", "Interviewer:": an interview, not a box score's
				// "LeBron James: 30 points".
				asked = asked || k == pr[0]+1 && d.toks[pr[0]].is("q", "interviewer", "question")
				break
			}
			if t.kind != word || !t.capital() {
				break
			}
		}
	}
	if !asked {
		n = 0
	}
	x.turns, x.turnsKnown = n, true
	return n
}

// notSpeakers are labels that end with a colon without being speakers.
var notSpeakers = set("related", "update", "updated", "note", "editor", "correction", "photo", "video",
	"watch", "read", "source", "sources", "advertisement", "abstract", "text", "full", "tags", "tag",
	"credit", "caption", "listen", "subscribe", "follow", "share", "more", "see", "also", "warning",
	"breaking", "exclusive", "analysis", "opinion", "commentary", "poll", "polls", "live", "graphic",
	"transcript", "summary", "background", "bottom", "line", "why", "what", "how", "who", "when",
	"where", "answer", "question", "day", "step", "part", "chapter", "the", "a", "an", "this", "here",
	"today", "january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", "reporting", "contributing", "email", "phone", "twitter", "facebook",
	"review", "reviews", "explainer", "explained", "photos", "pictures", "fact", "check", "obituary",
	"election", "elections", "interview", "podcast", "letters", "letter", "editorial", "factbox",
	"timeline", "recap", "preview", "profile", "quiz", "essay", "explainers", "euro", "world", "cup")

func isUpperWord(s string) bool {
	letters := 0
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			return false
		}
		if r >= 'A' && r <= 'Z' {
			letters++
		}
	}
	return letters >= 2
}

// conjClauseSubject finds the nearest clause before token before that
// opens after ", and", ", but" or ";" with a subject and a finite verb,
// and returns where it opens and its subject; -1 and none when there is
// none.
func (x *extractor) conjClauseSubject(s, before int) (int, tspan) {
	d := x.d
	s0 := d.sents[s][0]
	for c := before - 1; c > s0+1; c-- {
		if q := d.inq[c]; q >= 0 {
			c = d.regions[q].first
			continue
		}
		open := d.toks[c].text == ";" || d.toks[c].is("and", "but") && d.toks[c-1].text == "," && d.inq[c-1] < 0 || x.bareConjClause(c, s0)
		if !open || c+2 >= before {
			continue
		}
		f, g, ok := x.npForward(c+1, before)
		if !ok || d.toks[f].is("who", "which", "that", "it", "there") || d.toks[g].in(inTimeWords) {
			continue
		}
		k, aux := g+1, false
		for k < before && d.inq[k] < 0 && (d.toks[k].in(inBetween) || adverb(&d.toks[k])) {
			aux = aux || d.toks[k].in(inAuxiliaries)
			k++
		}
		if k < before && (finiteVerb(&d.toks[k]) || aux) {
			return c, tspan{f, g}
		}
	}
	return -1, none
}

// cueBetween reports whether an attribution found so far has its cue
// between tokens from and to: its speaker is then the nearer one.
func (x *extractor) cueBetween(from, to int) bool {
	for i := range x.cur {
		if a := &x.cur[i]; a.cue.first > from && a.cue.first < to {
			return true
		}
	}
	return false
}

package quotes

import (
	"sort"
	"strings"
)

// The learned components work on what the rules found, in three steps:
//
//  1. Boundaries. Annotators end a statement where the clause the cue
//     governs ends, and that is often before the sentence does ("denied
//     the accusations | through a spokeswoman") or after a comma the
//     rules stop at. For each attribution a ranker chooses among the
//     places its content could end (or, for content before the cue,
//     start), and whether quotations that continued it belong to it.
//  2. Filter. A classifier gives each attribution the probability that it
//     is one, with this content and this speaker; below the model's keep
//     threshold it is dropped.
//  3. Cues. Half of all attributions have cues no lexicon lists ("went
//     after", "is pushing", "pans"). Every verb-like word the rules did
//     not take, and that a cheap gate on the word and its neighbours lets
//     through, is framed as a cue with the rules' own machinery (speaker
//     before it, the clause after it); the classifier scores the result
//     and those above the add threshold are kept.
//
// Measured on PolNeAR (see eval/attribution), the layer adds about a
// point of content+speaker F1 on held-out articles; most of what the
// rules miss differs from what they find only in where annotators drew
// a boundary, or is a cue seen once.

// Feature namespaces.
const (
	nsBoundary  = 'b'
	nsCandidate = 'c'
	nsGate      = 'g'
)

// option is one way to bound an attribution's content.
type option struct {
	content []tspan
	kind    string // "rule", "end", "start" or "drop"
	edge    int    // the new last (end) or first (start) token
	from    int    // the rules' last or first token
	span    int    // the span that moved
}

// learn applies the model's components to the rules' attributions.
func (x *extractor) learn(e Extractor) {
	m := e.Model
	var f feats
	var opts []option
	if !e.NoBoundaries {
		for i := range x.attrs {
			if x.attrs[i].verbatim {
				continue // see the filter below
			}
			opts = x.options(&x.attrs[i], opts[:0])
			x.attrs[i].content = opts[x.bestOption(m, &x.attrs[i], opts, &f)].content
		}
	}
	pre := x.attrs // settle makes a new slice: this one keeps what it set aside
	x.settle()
	if !e.NoFilter {
		keep := func(a *attr) bool {
			// Unquoted first-person paragraphs (a speech given as the
			// article's text) are all but absent from the annotated news
			// the model learned from: it has no say on them, nor on
			// where they end.
			if a.verbatim {
				return true
			}
			x.candidateFeatures(a, false, &f)
			return sigmoid(m.score(f.idx)) >= float64(m.keepFor(x.d, a.content))
		}
		var dropped map[tspan]bool
		kept := x.attrs[:0]
		for _, a := range x.attrs {
			if keep(&a) {
				kept = append(kept, a)
			} else {
				if dropped == nil {
					dropped = map[tspan]bool{}
				}
				dropped[a.cue] = true
			}
		}
		x.attrs = kept
		if dropped != nil {
			// The statements settle set aside as reported speech inside
			// one the filter dropped are statements of their own again
			// ("Superdelegates: … “…,” Devine said."), if the filter
			// keeps them.
			passed := map[tspan]bool{}
			for _, a := range x.attrs {
				passed[a.cue] = true
			}
			var again []attr
			for _, a := range pre {
				if dropped[a.cue] {
					continue
				}
				if passed[a.cue] || keep(&a) {
					again = append(again, a)
				}
			}
			x.attrs, x.settled = again, false
			x.settle()
		}
	}
	if e.NoCues {
		return
	}
	type scored struct {
		a attr
		p float64
	}
	var found []scored
	for _, a := range x.learnedCandidates(m) {
		x.candidateFeatures(&a, true, &f)
		if p := sigmoid(m.score(f.idx)); p >= float64(m.addFor(x.d, a.content)) {
			found = append(found, scored{a, p})
		}
	}
	sort.SliceStable(found, func(i, j int) bool { return found[i].p > found[j].p })
	for _, c := range found {
		if x.overlapsFound(&c.a) {
			continue
		}
		x.attrs = append(x.attrs, c.a)
	}
}

// keepFor and addFor are the model's thresholds for an attribution with
// this content.
func (m *Model) keepFor(d *doc, content []tspan) float32 {
	if hasQuoteMark(d, content) {
		return m.keepQ
	}
	return m.keep
}

func (m *Model) addFor(d *doc, content []tspan) float32 {
	if hasQuoteMark(d, content) {
		return m.addQ
	}
	return m.add
}

// overlapsFound reports whether a's content shares half of itself, or
// half of another's, with an attribution already found, or its cue lies
// in one's content.
func (x *extractor) overlapsFound(a *attr) bool {
	n := spanLen(a.content)
	for i := range x.attrs {
		b := &x.attrs[i]
		if within(a.cue, b.content) || within(b.cue, a.content) {
			return true
		}
		ov := spanOverlap(a.content, b.content)
		if ov > 0 && (2*ov >= n || 2*ov >= spanLen(b.content)) {
			return true
		}
	}
	return false
}

// within reports whether cue lies inside content.
func within(cue tspan, content []tspan) bool {
	for _, c := range content {
		if cue.first >= c.first && cue.first <= c.last {
			return true
		}
	}
	return false
}

func spanLen(s []tspan) int {
	n := 0
	for _, c := range s {
		n += c.last - c.first + 1
	}
	return n
}

func spanOverlap(a, b []tspan) int {
	n := 0
	for _, p := range a {
		for _, q := range b {
			if lo, hi := max(p.first, q.first), min(p.last, q.last); hi >= lo {
				n += hi - lo + 1
			}
		}
	}
	return n
}

// bestOption returns the index of the option the model ranks first,
// when it beats the rules' option by the model's margin; 0, the rules'
// option, otherwise.
func (x *extractor) bestOption(m *Model, a *attr, opts []option, f *feats) int {
	best, gain := x.rankOptions(m, a, opts, f)
	if gain < float64(m.margin) {
		return 0
	}
	return best
}

// rankOptions returns the option the model ranks first and by how much
// it beats the rules' option.
func (x *extractor) rankOptions(m *Model, a *attr, opts []option, f *feats) (int, float64) {
	best, bestScore, rule := 0, 0.0, 0.0
	for i := range opts {
		x.optionFeatures(a, &opts[i], f)
		s := m.score(f.idx)
		if i == 0 {
			rule = s
		}
		if i == 0 || s > bestScore {
			best, bestScore = i, s
		}
	}
	return best, bestScore - rule
}

// maxOptions bounds the places considered on each side of the rules'
// choice.
const maxOptions = 12

// options lists the ways to bound a's content; the first is the rules'.
// The span the frame ended with may end (after the cue) or start (before
// it) at any clause boundary in its sentence, without cutting a
// quotation; quotations that continued the statement in later sentences
// may be dropped.
func (x *extractor) options(a *attr, out []option) []option {
	d := x.d
	out = append(out, option{content: a.content, kind: "rule", span: -1})
	n := len(a.content)
	if n == 0 {
		return out
	}
	if a.spans >= 1 && n > a.spans {
		for k := a.spans; k < n; k++ {
			out = append(out, option{content: a.content[:k], kind: "drop", span: k})
		}
		return out
	}
	j := n - 1
	c := a.content[j]
	s0, s1 := d.sents[d.sentOf[c.first]][0], d.sents[d.sentOf[c.last]][1]
	if c.last >= a.cue.first {
		// The content follows the cue (or holds it): choose where it
		// ends.
		var before, after []int
		for k := c.first; k < s1; k++ {
			if k > c.last && x.reserved(a, k) {
				break // another cue or the speaker
			}
			e, ok := x.endAt(k, c.first, s1)
			if !ok || e == c.last || e < c.first {
				continue
			}
			if e < c.last {
				before = append(before, e)
			} else {
				after = append(after, e)
			}
		}
		before = uniqueInts(before)
		after = uniqueInts(after)
		if len(before) > maxOptions {
			before = before[len(before)-maxOptions:]
		}
		if len(after) > maxOptions {
			after = after[:maxOptions]
		}
		for _, e := range append(before, after...) {
			content := append(append([]tspan(nil), a.content[:j]...), tspan{c.first, e})
			out = append(out, option{content: content, kind: "end", edge: e, from: c.last, span: j})
		}
		return out
	}
	// The content comes before the cue: choose where it starts.
	var starts []int
	lo := max(s0, 0)
	if j > 0 {
		lo = max(lo, a.content[j-1].last+1)
	}
	for k := c.last; k >= lo; k-- {
		if k < c.first && x.reserved(a, k) {
			break
		}
		b, ok := x.startAt(k, lo, c.last)
		if !ok || b == c.first {
			continue
		}
		starts = append(starts, b)
	}
	starts = uniqueInts(starts)
	// Nearest to the rules' start first.
	sort.Slice(starts, func(p, q int) bool { return abs(starts[p]-c.first) < abs(starts[q]-c.first) })
	if len(starts) > 2*maxOptions {
		starts = starts[:2*maxOptions]
	}
	for _, b := range starts {
		content := append(append([]tspan(nil), a.content[:j]...), tspan{b, c.last})
		content = append(content, a.content[j+1:]...)
		out = append(out, option{content: content, kind: "start", edge: b, from: c.first, span: j})
	}
	return out
}

// reserved reports whether a's content may not take token k: it is part
// of a's speaker or cue, or of a cue of the rules'.
func (x *extractor) reserved(a *attr, k int) bool {
	return x.cued[k] || k >= a.cue.first && k <= a.cue.last || a.src.ok() && k >= a.src.first && k <= a.src.last
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func uniqueInts(s []int) []int {
	sort.Ints(s)
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

// boundaryWords open a phrase or clause that may lie outside a
// statement: "denied it | through a spokeswoman", "| which …".
var boundaryWords = set("after", "before", "as", "at", "because", "but", "by", "during", "for", "from",
	"in", "into", "on", "over", "since", "than", "through", "to", "under", "until", "when", "where",
	"whether", "which", "while", "who", "whom", "whose", "with", "without", "and", "or", "although",
	"though", "despite", "amid", "if", "unless", "including", "according", "that", "so", "even",
	"about", "against", "among", "instead", "rather", "saying", "adding", "noting", "calling",
	"then", "also", "yet", "whereas", "following", "ahead", "like", "unlike", "toward", "towards", "of")

// cutsBefore reports whether a statement may end right before token k.
func (x *extractor) cutsBefore(k, s1 int) bool {
	d := x.d
	if k >= s1 {
		return true
	}
	t := &d.toks[k]
	if q := d.inq[k]; q >= 0 {
		return d.regions[q].first == k && k > 0 && d.inq[k-1] != q
	}
	if t.kind == punct {
		return t.text != "'" && t.text != "’" && t.text != "-" || isDashToken(d.toks, k)
	}
	if t.kind != word {
		return false
	}
	if t.in(inBoundaryWords) {
		return true
	}
	return participle(t)
}

// endAt reports the last token of a statement that ends before token
// k+1, with trailing punctuation left out, when it may end there.
func (x *extractor) endAt(k, first, s1 int) (int, bool) {
	d := x.d
	if q := d.inq[k]; q >= 0 && d.regions[q].last != k {
		return 0, false // inside a quotation
	}
	if !x.cutsBefore(k+1, s1) {
		return 0, false
	}
	for k >= first && d.inq[k] < 0 && d.toks[k].kind == punct && d.toks[k].text != ")" {
		k--
	}
	if k < first {
		return 0, false
	}
	return k, true
}

// startAt reports the first token of a statement that starts at token k,
// with leading punctuation left out, when it may start there.
func (x *extractor) startAt(k, lo, last int) (int, bool) {
	d := x.d
	if q := d.inq[k]; q >= 0 && d.regions[q].first != k {
		return 0, false
	}
	if k > lo {
		p := &d.toks[k-1]
		if d.inq[k-1] >= 0 && d.regions[d.inq[k-1]].last != k-1 {
			return 0, false
		}
		if !(p.kind == punct || d.inq[k-1] >= 0 || p.in(inBoundaryWords)) && !(d.toks[k].kind == word && d.toks[k].in(inBoundaryWords)) {
			return 0, false
		}
	}
	for k <= last && d.inq[k] < 0 && d.toks[k].kind == punct {
		k++
	}
	if k > last {
		return 0, false
	}
	return k, true
}

// closedClass are the words shape keeps as written; notCues the words
// learnedCue passes over. Each is a union of the rules' word lists, made
// once so that a token costs one lookup.
var closedClass, notCues = map[string]bool{}, map[string]bool{}

func init() {
	for _, m := range []map[string]bool{boundaryWords, stopWords, determiners, subjectPronouns, between, prepositions} {
		for w := range m {
			closedClass[w] = true
		}
	}
	for _, m := range []map[string]bool{determiners, subjectPronouns, prepositions, boundaryWords, notParticiples} {
		for w := range m {
			notCues[w] = true
		}
	}
	for w := range between {
		if !strings.HasSuffix(w, "ed") {
			notCues[w] = true
		}
	}
}

// shape is a token as a feature: closed-class words and punctuation as
// written, other words by their form.
func (x *extractor) shape(k int) string {
	d := x.d
	if k < 0 {
		return "<s>"
	}
	if k >= len(d.toks) {
		return "</s>"
	}
	if x.shapes == nil {
		x.shapes = make([]string, len(d.toks))
	}
	if s := x.shapes[k]; s != "" {
		return s
	}
	s := x.shapeOf(k)
	x.shapes[k] = s
	return s
}

func (x *extractor) shapeOf(k int) string {
	d := x.d
	t := &d.toks[k]
	switch t.kind {
	case qmark:
		if q := d.inq[k]; q >= 0 && d.regions[q].first == k && d.regions[q].open {
			return "Q("
		}
		return "Q)"
	case punct:
		if isDashToken(d.toks, k) {
			return "—"
		}
		return t.text
	}
	l := t.lower
	if t.in(inClosedClass) {
		if t.capital() {
			return "^" + l
		}
		return l
	}
	switch {
	case number(t):
		return "#"
	case t.capital():
		return "Cap"
	case strings.HasSuffix(l, "ing"):
		return "-ing"
	case strings.HasSuffix(l, "ed"):
		return "-ed"
	case strings.HasSuffix(l, "ly"):
		return "-ly"
	case strings.HasSuffix(l, "s"):
		return "-s"
	}
	return "w"
}

func sizeBin(n int) string {
	switch {
	case n <= 0:
		return "0"
	case n == 1:
		return "1"
	case n == 2:
		return "2"
	case n <= 4:
		return "3-4"
	case n <= 8:
		return "5-8"
	case n <= 16:
		return "9-16"
	case n <= 32:
		return "17-32"
	}
	return "33+"
}

// tally counts what the features ask of a stretch of tokens, as prefix
// sums (the count before token k is at k) so that any stretch is
// counted in constant time. Outside quotations unless said otherwise.
type tally struct {
	words, quotedWords   []int32 // words, and words inside quotations
	quotes, qmarks       []int32 // tokens inside quotations; quote marks
	verbs, commas, thats []int32
	cues                 []int32 // words the lexicon lists
	cuedOut, cueStarts   []int32 // tokens of the rules' cues; first tokens of cues
}

func (x *extractor) tallies() *tally {
	if x.tally != nil {
		return x.tally
	}
	d := x.d
	n := len(d.toks) + 1
	all := talliesFor(10 * n)
	t := &tally{all[:n], all[n : 2*n], all[2*n : 3*n], all[3*n : 4*n], all[4*n : 5*n],
		all[5*n : 6*n], all[6*n : 7*n], all[7*n : 8*n], all[8*n : 9*n], all[9*n:]}
	inc := func(s []int32, k int, on bool) {
		s[k+1] = s[k]
		if on {
			s[k+1]++
		}
	}
	for k := range d.toks {
		tk := &d.toks[k]
		q := d.inq[k] >= 0
		w := tk.kind == word
		inc(t.words, k, w)
		inc(t.quotedWords, k, w && q)
		inc(t.quotes, k, q)
		inc(t.qmarks, k, tk.kind == qmark)
		inc(t.commas, k, !q && tk.text == ",")
		inc(t.thats, k, !q && tk.lower == "that")
		inc(t.cuedOut, k, !q && x.cued[k])
		inc(t.cueStarts, k, x.cued[k] && (k == 0 || !x.cued[k-1]))
		cue, verb := false, false
		if w && !q {
			_, cue = tk.listed()
			verb = finiteVerb(tk)
		}
		inc(t.cues, k, cue)
		inc(t.verbs, k, verb)
	}
	x.tally = t
	return t
}

// stretch describes tokens [i, j] for features: what lies between two
// candidate boundaries.
func (x *extractor) stretch(f *feats, name string, i, j int) {
	t := x.tallies()
	c := func(s []int32) bool { return s[j+1]-s[i] > 0 }
	f.add2(name, "n", sizeBin(int(t.words[j+1]-t.words[i])))
	f.add2(name, "verb", boolString(c(t.verbs)))
	f.add2(name, "quote", boolString(c(t.quotes)))
	f.add2(name, "comma", boolString(c(t.commas)))
	f.add2(name, "that", boolString(c(t.thats)))
	f.add2(name, "cue", boolString(c(t.cues)))
}

// cueWord is the cue as a feature value: its first word, lower-cased.
func (x *extractor) cueWord(a *attr) string {
	return x.d.toks[a.cue.first].lower
}

// lemmaOf crudely lemmatizes a word: the lexicon's lemma, or the word
// without its inflection ("pans", "panned", "panning" give "pan").
func lemmaOf(w string) string {
	if c, ok := lexicon[w]; ok {
		return c.lemma
	}
	for _, suf := range []string{"ing", "ied", "ies", "ed", "es", "s"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			w = w[:len(w)-len(suf)]
			if suf == "ied" || suf == "ies" {
				w += "y"
			}
			break
		}
	}
	if n := len(w); n > 3 && w[n-1] == w[n-2] && !isVowel(w[n-1]) && w[n-1] != 's' && w[n-1] != 'l' {
		w = w[:n-1] // "planned" → "plan"
	}
	return strings.TrimSuffix(w, "e")
}

// optionFeatures describes option o of attribution a.
func (x *extractor) optionFeatures(a *attr, o *option, f *feats) {
	d := x.d
	f.reset(nsBoundary)
	lemma := lemmaOf(x.cueWord(a))
	f.add("kind", o.kind)
	f.add2("kind.how", o.kind, a.how)
	switch o.kind {
	case "drop":
		dropped := a.content[o.span:]
		f.add("drop.n", sizeBin(len(dropped)))
		f.add("drop.words", sizeBin(spanLen(dropped)))
		f.add("drop.paras", sizeBin(d.paraOf[dropped[0].first]-d.paraOf[a.cue.first]))
		f.add2("drop.how", a.how, sizeBin(len(dropped)))
		f.flag("drop.quoted", d.inq[dropped[0].first] >= 0)
		return
	case "rule":
		if len(a.content) > a.spans && a.spans >= 1 {
			f.add("rule.cont", sizeBin(len(a.content)-a.spans))
		}
	}
	if len(o.content) == 0 {
		return
	}
	var c tspan
	if o.kind == "start" || o.kind == "rule" && len(a.content) > 0 && a.content[len(a.content)-1].last < a.cue.first {
		// A start: what comes before the content.
		c = o.content[0]
		if o.kind == "start" {
			c = o.content[o.span]
		}
		b := c.first
		prev := x.shape(b - 1)
		first := x.shape(b)
		f.add("s.prev", prev)
		f.add("s.first", first)
		f.add2("s.prev.first", prev, first)
		f.add2("s.prev.lemma", prev, lemma)
		f.add2("s.prev.how", prev, a.how)
		f.flag("s.sentStart", b == d.sents[d.sentOf[b]][0])
		f.add("s.len", sizeBin(c.last-c.first+1))
		if o.kind == "start" {
			if b < o.from {
				f.add("s.dir", "earlier")
				x.stretch(f, "s.more", b, o.from-1)
			} else {
				f.add("s.dir", "later")
				x.stretch(f, "s.less", o.from, b-1)
			}
		}
		return
	}
	c = o.content[len(o.content)-1]
	e := c.last
	s1 := d.sents[d.sentOf[e]][1]
	next, last := x.shape(e+1), x.shape(e)
	next2 := x.shape(e + 2)
	cls := "other"
	if lexicon[x.cueWord(a)].class == say {
		cls = "say"
	}
	f.add("e.next", next)
	if e+1 < len(d.toks) {
		f.add("e.nextWord", d.toks[e+1].lower)
	}
	ruleEnd := c.last
	if o.kind == "end" {
		ruleEnd = o.from
	}
	rnext := x.shape(ruleEnd + 1)
	f.add2("e.rule.next", rnext, next)
	f.add3("e.rule.next.lemma", rnext, next, lemma)
	f.add("e.last", last)
	f.add2("e.next.next2", next, next2)
	f.add2("e.last.next", last, next)
	f.add2("e.next.lemma", next, lemma)
	f.add2("e.next.class", next, cls)
	f.add2("e.next.how", next, a.how)
	f.add2("e.next.first", next, x.shape(c.first))
	end := e + 1
	for end < s1 && d.toks[end].kind == punct && d.inq[end] < 0 {
		end++
	}
	f.flag("e.sentEnd", end >= s1)
	// A cue in a clause fronted before the main one ("After Lee said the
	// bridge would close, crews …"): its content ends at the comma
	// before the main clause, not at the sentence's end.
	if x.frontedSubordinator(hit{first: a.cue.first, last: a.cue.last}, d.sents[d.sentOf[a.cue.first]][0]) >= 0 {
		f.add("e.fronted.next", next)
	}
	f.add("e.len", sizeBin(c.last-c.first+1))
	f.add2("e.len.class", sizeBin(c.last-c.first+1), cls)
	// A phrase after the edge that says when, where or through what it
	// was said ("… on Tuesday at a rally", "…, in an interview") belongs
	// to the cue, not to what was said: content that runs over it ends
	// before it.
	if x.sayingAdjunctAt(e+1, s1) {
		f.add("e.next.adjunct", cls)
	}
	// A clause after the edge that goes on about the speaker: a
	// pronoun that can stand for the speaker ("…, although he did keep
	// up"), or a verb in the cue's own form coordinated with it ("vowed
	// to keep it | and celebrated the ruling").
	f.flag("e.next.speakerClause", x.speakerClauseAt(a, e+1, s1))
	// What opens the rest of the sentence, as shapes and as words: ", a
	// swipe at" (an appositive that comments on the content), ", but
	// is now" (a second verb of the content's own clause).
	f.add3("e.next.next2.next3", next, next2, x.shape(e+3))
	if e+2 < len(d.toks) {
		f.add2("e.nextWords", d.toks[e+1].lower, d.toks[e+2].lower)
	}
	t := x.tallies()
	if o.kind == "end" {
		if e < o.from {
			f.add("e.dir", "cut")
			x.stretch(f, "e.less", e+1, o.from)
			f.add2("e.cut.next", next, sizeBin(o.from-e))
			// Whether what is cut off holds a verb: a clause of its own
			// ("…, and bans abortions") or a phrase ("…, a swipe at …").
			f.add3("e.cut.next.verb", next, next2, boolString(t.verbs[o.from+1] > t.verbs[e+1]))
		} else {
			f.add("e.dir", "extend")
			// What the extension takes in first: ", the nominee" (an
			// appositive), ", trying to" (the speaker's participle),
			// ", and" (more of the statement).
			over, over2 := x.shape(o.from+1), x.shape(o.from+2)
			f.add2("e.extend.over", over, over2)
			f.add3("e.extend.over.class", over, over2, cls)
			x.stretch(f, "e.more", o.from+1, e)
			f.add2("e.extend.next", next, sizeBin(e-o.from))
			f.add3("e.extend.next.verb", next, next2, boolString(t.verbs[e+1] > t.verbs[o.from+1]))
		}
	}
}

// sayingAdjunctAt reports whether a phrase of time or occasion opens at
// token k, before the sentence's end s1, after at most a comma: "on
// Tuesday", "last week", "in 2015", "at a rally", "in an interview",
// "on Twitter".
func (x *extractor) sayingAdjunctAt(k, s1 int) bool {
	d := x.d
	if k < s1 && d.toks[k].text == "," {
		k++
	}
	if k >= s1 || d.inq[k] >= 0 || d.toks[k].kind != word {
		return false
	}
	if x.occasionAt(k, s1) || x.timeAt(k) {
		return true
	}
	j := k
	if d.toks[j].is("on", "in", "at", "during", "last", "earlier", "late", "early") {
		j++
	}
	if j >= s1 || d.inq[j] >= 0 {
		return false
	}
	w := &d.toks[j]
	if w.capital() && w.in(inTimeWords) || j > k && (x.timeAt(j) || number(w) && len(w.lower) == 4) {
		return true // "Tuesday", "on Friday", "in March", "in 2015"
	}
	return j > k && periodNouns[w.lower]
}

// conjoinedPronounAt returns the subject pronoun of a clause that a
// conjunction or subordinator opens at token k, before the sentence's
// end s1, after at most a comma ("…, but they", "… even as he"); -1 if
// there is none.
func (x *extractor) conjoinedPronounAt(k, s1 int) int {
	d := x.d
	if k < s1 && d.toks[k].text == "," {
		k++
	}
	for n := 0; n < 2 && k < s1 && d.inq[k] < 0 && d.toks[k].kind == word && d.toks[k].in(inBoundaryWords); n++ {
		k++
		if k < s1 && d.inq[k] < 0 && d.toks[k].in(inSubjectPronouns) && !d.toks[k].is("it", "who", "which") {
			return k
		}
	}
	return -1
}

// speakerClauseAt reports whether a conjunction at token k, before the
// sentence's end s1, after at most a comma, opens a clause about a's
// speaker: its subject is a's pronoun speaker ("… but he"), or it has
// none and its verb has the cue's form ("vowed … and celebrated").
func (x *extractor) speakerClauseAt(a *attr, k, s1 int) bool {
	d := x.d
	if p := x.conjoinedPronounAt(k, s1); p >= 0 {
		return a.src.ok() && a.src.first == a.src.last && d.toks[a.src.first].lower == d.toks[p].lower
	}
	if k < s1 && d.toks[k].text == "," {
		k++
	}
	if k >= s1 || d.inq[k] >= 0 || !d.toks[k].is("and", "but", "or", "yet") {
		return false
	}
	k++
	for n := 0; n < 2 && k < s1 && d.inq[k] < 0 && (adverb(&d.toks[k]) || discourse[d.toks[k].lower]); n++ {
		k++
	}
	if k >= s1 || d.inq[k] >= 0 || !finiteVerb(&d.toks[k]) {
		return false
	}
	cue, v := &d.toks[a.cue.first], &d.toks[k]
	if cue.in(inAuxiliaries) || v.in(inAuxiliaries) {
		return cue.lower == v.lower
	}
	return verbForm(cue) == verbForm(v)
}

// verbForm classes a verb that is not an auxiliary: a past or a present
// form.
func verbForm(t *token) string {
	if t.in(inFiniteForms) || len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed") {
		return "past"
	}
	if c, ok := t.listed(); ok && c.form == past {
		return "past"
	}
	return "present"
}

// speakerKind classifies a speaker mention.
func (x *extractor) speakerKind(s tspan) string {
	d := x.d
	if !s.ok() {
		return "none"
	}
	t := &d.toks[s.first]
	switch {
	case s.first == s.last && t.is("who", "which", "that"):
		return "relative"
	case s.first == s.last && t.in(inSubjectPronouns):
		return "pronoun"
	case x.named(s):
		return "name"
	}
	return "noun"
}

// candidateFeatures describes attribution a for the classifier; learned
// says it was found by a cue outside the rules.
func (x *extractor) candidateFeatures(a *attr, learned bool, f *feats) {
	d := x.d
	t := x.tallies()
	f.reset(nsCandidate)
	origin := "rule"
	if learned {
		origin = "learned"
	}
	w := x.cueWord(a)
	lemma := lemmaOf(w)
	cls := "none"
	if c, ok := lexicon[w]; ok {
		cls = "say"
		if c.class == other {
			cls = "other"
		}
	}
	f.add("bias", origin)
	f.add2("how", origin, a.how)
	f.add2("lemma", origin, lemma)
	f.add2("lemma.how", lemma, a.how)
	f.add("word", w)
	f.add2("class", origin, cls)
	if len(w) > 3 {
		f.add2("suffix", origin, w[len(w)-3:])
	}
	f.flag("weak", weakForms[w])
	prev, next := x.shape(a.cue.first-1), x.shape(a.cue.last+1)
	f.add2("prev", origin, prev)
	f.add2("next", origin, next)
	f.add2("lemma.next", lemma, next)
	f.add2("lemma.prev", lemma, prev)
	if a.cue.last+1 < len(d.toks) {
		f.add2("lemma.nextWord", lemma, d.toks[a.cue.last+1].lower)
	}
	if a.cue.first > 0 {
		f.add2("prevWord", origin, d.toks[a.cue.first-1].lower)
	}
	f.add("cue.len", sizeBin(a.cue.last-a.cue.first+1))
	// The speaker.
	sk := x.speakerKind(a.src)
	f.add2("src", origin, sk)
	f.add2("src.lemma", sk, lemma)
	f.add2("src.how", sk, a.how)
	if a.src.ok() {
		head := &d.toks[a.src.last]
		hw := head.lower
		if head.capital() && !head.in(inSubjectPronouns) {
			hw = "Cap"
		}
		f.add2("src.head", origin, hw)
		f.add2("src.first", origin, x.shape(a.src.first))
		f.add("src.len", sizeBin(a.src.last-a.src.first+1))
		side := "before"
		gap := a.cue.first - a.src.last - 1
		if a.src.first > a.cue.last {
			side, gap = "after", a.src.first-a.cue.last-1
		}
		f.add2("src.side", side, sizeBin(gap))
		// What stands between the speaker and the cue, at both ends:
		// ", a spokesman, said", "has long argued", "who later wrote".
		if gap > 0 {
			if side == "before" {
				f.add3("src.gap", origin, x.shape(a.src.last+1), x.shape(a.cue.first-1))
			} else {
				f.add3("src.gap.after", origin, x.shape(a.cue.last+1), x.shape(a.src.first-1))
			}
		}
		f.flag("src.time", d.toks[a.src.last].in(inTimeWords))
		f.add("src.prev", x.shape(a.src.first-1))
	}
	// The content.
	n := spanLen(a.content)
	quoted, words := 0, 0
	for _, c := range a.content {
		words += int(t.words[c.last+1] - t.words[c.first])
		quoted += int(t.quotedWords[c.last+1] - t.quotedWords[c.first])
	}
	q := "none"
	switch {
	case quoted > 0 && quoted == words:
		q = "all"
	case quoted > 0:
		q = "some"
	}
	longest, titled := 0, false
	for _, c := range a.content {
		for k := c.first; k <= c.last; k++ {
			if r := d.inq[k]; r >= 0 && d.regions[r].first == k {
				n, caps := 0, 0
				for j := k; j <= d.regions[r].last; j++ {
					if d.toks[j].kind == word {
						n++
						if d.toks[j].capital() {
							caps++
						}
					}
				}
				longest = max(longest, n)
				// "Saturday Night Live": a title, not speech.
				titled = titled || n >= 2 && caps == n
			}
		}
	}
	f.add2("content.titled", origin, boolString(titled))
	f.add2("content.quoteWords", origin, sizeBin(longest))
	f.add2("content.quoteWords.lemma", sizeBin(longest), lemma)
	f.add2("content.quoted", origin, q)
	f.add2("content.quoted.lemma", q, lemma)
	f.add2("content.len", origin, sizeBin(n))
	f.add2("content.len.quoted", sizeBin(n), q)
	f.add("content.spans", sizeBin(len(a.content)))
	if len(a.content) > 0 {
		c := a.content[0]
		f.add2("content.first", origin, x.shape(c.first))
		f.add2("content.first.lemma", x.shape(c.first), lemma)
		// What opens an unquoted statement tells differently after a
		// verb of speech than after one of stance ("argued that …"
		// against "feared that …"); the class carries it to cues the
		// training articles show too rarely for their own lemma.
		if q == "none" {
			f.add2("content.first.class", x.shape(c.first), cls)
		}
		side := "after"
		if c.last < a.cue.first {
			side = "before"
		}
		f.add2("content.side", origin, side)
		f.add2("content.side.how", side, a.how)
		l := a.content[len(a.content)-1]
		f.add("content.next", x.shape(l.last+1))
		f.flag("content.otherSentence", d.sentOf[c.first] != d.sentOf[a.cue.first])
	}
	// The sentence.
	s := d.sentOf[a.cue.first]
	s0, s1 := d.sents[s][0], d.sents[s][1]
	hasQ := t.qmarks[s1] > t.qmarks[s0]
	cues, before := int(t.cueStarts[s1]-t.cueStarts[s0]), int(t.cueStarts[a.cue.first]-t.cueStarts[s0])
	f.add2("sent.cues", origin, sizeBin(cues))
	f.add2("sent.cuesBefore", origin, sizeBin(before))
	if len(a.content) > 0 {
		l := a.content[len(a.content)-1]
		end := l.last + 1
		for end < len(d.toks) && d.toks[end].kind == punct && d.inq[end] < 0 {
			end++
		}
		f.add2("content.sentEnd", origin, boolString(end >= d.sents[d.sentOf[l.last]][1]))
		nested := false
		for _, c := range a.content {
			nested = nested || t.cuedOut[c.last+1] > t.cuedOut[c.first]
		}
		f.add2("content.cue", origin, boolString(nested))
		// Whether the content is a clause ("said the plan would fail")
		// or a phrase ("denied the accusations").
		verb := false
		for _, c := range a.content {
			verb = verb || t.verbs[c.last+1] > t.verbs[c.first]
		}
		f.add3("content.verb", origin, q, boolString(verb))
		f.add2("content.verb.class", cls, boolString(verb))
		f.add2("content.verb.lemma", lemma, boolString(verb))
		// A figure in the content: a poll's or a study's finding ("found
		// that 3 in 10 voters …", "showed costs up 8 percent"), which
		// annotators mark after cues they otherwise pass over. Only in
		// content the writer words: a figure inside a quotation is said,
		// not found, and there the feature cost quoted statements in
		// cross-validation.
		f.add3("content.number", origin, cls, boolString(q == "none" && x.holdsFigure(a.content)))
	}
	if a.src.ok() {
		f.add2("src.number", origin, boolString(x.holdsFigure([]tspan{a.src})))
		f.add2("src.relative", origin, boolString(a.src.first > 0 && d.toks[a.src.first-1].is("who", "which", "that")))
	}
	// The document: whether the rules heard this speaker elsewhere in
	// it. Annotators mark the stances and acts of the article's sources
	// ("Clinton backs the plan") more readily than those of people it
	// only mentions.
	if a.src.ok() {
		n := x.speakerCounts()[d.toks[a.src.last].lower]
		if !learned {
			n-- // the rules' own attribution is one of them
		}
		f.add2("doc.src", origin, sizeBin(n))
		f.add2("doc.src.class", cls, sizeBin(n))
	}
	f.add2("sent.quote", origin, boolString(hasQ))
	f.add2("sent.pos", origin, sizeBin(a.cue.first-s0))
	f.flag("para0", d.paraOf[a.cue.first] == 0)
	f.flag("cue.capital", d.toks[a.cue.first].capital() && a.cue.first != s0)
}

// holdsFigure reports whether spans hold a number or a share ("3 in
// 10", "8 percent", "61%").
func (x *extractor) holdsFigure(spans []tspan) bool {
	for _, c := range spans {
		for k := c.first; k <= c.last; k++ {
			if t := &x.d.toks[k]; number(t) || t.is("percent", "%") {
				return true
			}
		}
	}
	return false
}

// speakerCounts returns speakers, counted on first use over the
// attributions the rules settled on (before the filter, as in training).
func (x *extractor) speakerCounts() map[string]int {
	if x.speakers != nil {
		return x.speakers
	}
	m := map[string]int{}
	for i := range x.attrs {
		if s := x.attrs[i].src; s.ok() {
			m[x.d.toks[s.last].lower]++
		}
	}
	x.speakers = m
	return m
}

func boolString(b bool) string {
	if b {
		return "y"
	}
	return "n"
}

// learnedCandidates frames every verb-like word that the rules did not
// take as a cue and that passes the model's gate (every one when m is
// nil), with the rules' machinery, and returns the attributions that
// have content.
func (x *extractor) learnedCandidates(m *Model) []attr {
	d := x.d
	var out []attr
	var f feats
	x.cur = x.cur[:0]
	for s := range d.sents {
		s0, s1 := d.sents[s][0], d.sents[s][1]
		for i := s0; i < s1; i++ {
			if x.cued[i] || x.claimed[i] || d.inq[i] >= 0 {
				continue
			}
			h, ok := x.learnedCue(i, s0, s1)
			if !ok {
				continue
			}
			if m != nil {
				x.gateFeatures(i, &f)
				if m.score(f.idx) < float64(m.gate) {
					continue
				}
			}
			a, ok := x.frame(h, s)
			if !ok || len(a.content) == 0 {
				// The plainest framing when the rules' machinery, tuned
				// to the lexicon's verbs, finds none.
				a, ok = x.simpleFrame(h, s)
			}
			if !ok || x.namesOnly(a.content) {
				continue
			}
			a.spans = len(a.content)
			a.src = x.trimSpeaker(a.src)
			out = append(out, a)
		}
	}
	return out
}

// namesOnly reports whether the quotations in content are all too short
// to be speech ("watched “Saturday Night Live”", "the “undercard”"): a
// verb outside the lexicon with such content names things, it does not
// report what was said.
func (x *extractor) namesOnly(content []tspan) bool {
	d := x.d
	quoted := false
	for _, c := range content {
		for k := c.first; k <= c.last; k++ {
			if r := d.inq[k]; r >= 0 && d.regions[r].first == k {
				if d.speechLike(r) {
					return false
				}
				quoted = true
			}
		}
	}
	return quoted
}

// gateFeatures describes the word at i as a possible cue, cheaply: the
// word and its neighbours only.
func (x *extractor) gateFeatures(i int, f *feats) {
	f.reset(nsGate)
	w := x.d.toks[i].lower
	lemma := lemmaOf(w)
	prev, next := x.shape(i-1), x.shape(i+1)
	f.add("bias", "")
	f.add("word", w)
	f.add("lemma", lemma)
	if len(w) > 3 {
		f.add("suffix", w[len(w)-3:])
	}
	f.add("prev", prev)
	f.add("next", next)
	f.add2("lemma.next", lemma, next)
	f.add2("lemma.prev", lemma, prev)
	f.add2("prev.next", prev, next)
}

// simpleFrame frames a cue in the plainest way: the noun phrase before
// it speaks, the rest of its clause is the content.
func (x *extractor) simpleFrame(h hit, s int) (attr, bool) {
	d := x.d
	s0, s1 := d.sents[s][0], d.sents[s][1]
	a := attr{src: none, cue: tspan{h.first, h.last}, sent: s, cut: -1, how: "simple"}
	b := h.first - 1
	for b >= s0 && d.inq[b] < 0 && (d.toks[b].in(inBetween) || adverb(&d.toks[b])) {
		b--
	}
	if b >= s0 {
		if sp, ok := x.npBack(b, s0); ok {
			a.src = sp
			// "was also asked": a passive's subject did not speak.
			if x.passiveAfter(h, sp.last+1) {
				a.src = x.agent(h, s1)
			}
		}
	}
	i := h.last + 1
	for i < s1 && d.inq[i] < 0 && (d.toks[i].is("that") || d.toks[i].text == "," || d.toks[i].text == ":") {
		i++
	}
	if end := x.contentEnd(i, s1); end > i {
		a.content = []tspan{{i, end - 1}}
		a.spans = 1
	}
	return a, len(a.content) > 0
}

// modals and auxiliaries before a base-form verb: "would like", "may
// not let".
var modals = set("will", "would", "can", "could", "may", "might", "should", "must", "shall", "to",
	"did", "does", "do", "n't", "not", "didn't", "doesn't", "don't", "won't", "wouldn't", "can't",
	"couldn't", "never", "i", "we", "they", "you")

// learnedCue reports whether token i looks like a verb that might be a
// cue, as a hit for frame.
func (x *extractor) learnedCue(i, s0, s1 int) (hit, bool) {
	d := x.d
	t := &d.toks[i]
	if t.kind != word || len(t.lower) < 3 || t.capital() && i != s0 || strings.ContainsAny(t.lower, "0123456789") {
		return hit{}, false
	}
	l := t.lower
	if t.in(inNotCues) {
		return hit{}, false
	}
	c, known := t.listed()
	if !known {
		c = cue{lemma: lemmaOf(l), class: other, form: base}
		switch {
		case strings.HasSuffix(l, "ing") && len(l) > 5:
			c.form = gerund
		case strings.HasSuffix(l, "ed") && len(l) > 4:
			c.form = past
		case strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") && !strings.HasSuffix(l, "us") && !strings.HasSuffix(l, "is") && !strings.HasSuffix(l, "'s") && len(l) > 3:
			c.form = third
		case i > s0 && d.toks[i-1].in(inModals):
			c.form = base
		case t.in(inIrregularPast):
			c.form = past
		default:
			return hit{}, false
		}
	}
	// "Police questioned him about the fire": an interrogation, which
	// the rules refuse as a cue (interrogation.go).
	if known && x.interrogation(c, i, s1) {
		return hit{}, false
	}
	h := hit{first: i, last: particleEnd(d, i, s1, c.lemma), c: c}
	if railNoun(c, t, i, h.last) {
		return hit{}, false // "a rail strike": the noun
	}
	if i > s0 && c.form == past && d.toks[i-1].is("is", "was", "were", "are", "be", "been", "being", "get", "got") {
		h.passive = true
	}
	return h, true
}

// irregularPast are past forms that may be cues: "made clear", "gave".
var irregularPast = set("made", "gave", "took", "thought", "knew", "saw", "felt", "told", "said", "wrote",
	"spoke", "heard", "meant", "held", "kept", "left", "put", "set", "sent", "went", "came", "got",
	"ran", "brought", "taught", "sought", "fought", "bought", "drew", "threw", "struck", "stood",
	"won", "lost", "led", "read", "laid", "paid", "hit", "cast", "chose", "began", "broke")

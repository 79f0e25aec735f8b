package quotes

import "strings"

// This file reads a sentence for cues, and the shapes of quotation that name
// their speaker without a verb of saying before the quotation: a headline's
// colon, a signature, a dash, a clause that ends in a colon or a comma.

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

package quotes

// This file reads cues whose source is not the subject before them:
// "according to X", the possessor of a noun of saying ("Lee's claim
// that …"), a passive's agent, "in a … poll".

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

package quotes

// relativeAppositive reports whether a noun phrase opened by "a", "an",
// "one" or "another" and then a relative or noun clause starts at i, and
// the sentence does not resume its predicate after it: ", a move that could
// split the party", ", one that will dominate the meeting" is the
// narrator's comment on what was said, not part of it (scanAppositive
// takes the phrase without a relative word, ", a step the council
// opposed"). The same phrase set off in the middle of the content
// ("said the bill, a measure that passed last year, would fail") is
// followed by the content's verb and stays. The scan is bounded, so a
// comma costs constant time.
func (x *extractor) relativeAppositive(i, s1 int) bool {
	d := x.d
	if i >= s1 || d.inq[i] >= 0 || !d.toks[i].is("a", "an", "one", "another") || d.toks[i].capital() {
		return false
	}
	k := i + 1
	// The head and its modifiers: any words but a verb or a preposition
	// other than "of" ("a move", "a part of the deal").
	for k < s1 && k < i+6 && d.inq[k] < 0 && d.toks[k].kind == word && !d.toks[k].is("that", "which", "who", "whom", "whose") &&
		(!d.toks[k].in(inPrepositions) || d.toks[k].is("of")) && !d.toks[k].in(inAuxiliaries) && !(finiteVerb(&d.toks[k]) && !nounForm(d.toks[k].lower)) {
		k++
	}
	if k >= s1 || d.inq[k] >= 0 || !d.toks[k].is("that", "which", "who", "whom", "whose") {
		return false
	}
	if k == i+1 && !d.toks[i].is("one") {
		return false
	}
	for j := k + 1; j < s1 && j < k+40; j++ {
		t := &d.toks[j]
		if d.inq[j] >= 0 || t.text == ";" || isDashToken(d.toks, j) {
			return false
		}
		if t.text == "," {
			if j+1 >= s1 {
				return true
			}
			n := &d.toks[j+1]
			return !(finiteVerb(n) || n.in(inAuxiliaries) || n.in(inNegatedAuxiliaries) || n.in(inBetween))
		}
	}
	return true
}

// nounObject reports whether a cue's object [i, end) may be a noun
// phrase: the cue does not take a clause, and no quotation, clause
// opener or infinitive starts the object.
func (x *extractor) nounObject(h hit, i, end int) bool {
	d := x.d
	return !clauseTaking[h.c.lemma] && i < end && d.inq[i] < 0 && !predicateOpeners[d.toks[i].lower]
}

// occasionEnd ends a cue's object [i, end) before a phrase that says
// where or through whom the speaker acted: "praised the volunteers at a
// rally in the capital", "denied the report through a spokeswoman",
// "repeated his position during Tuesday's debate", "mocked the plan on
// Twitter", or, after a stance verb, a date that closes the object
// ("endorsed the levy on Monday", "never returned a call for comment on
// Tuesday": dateAdjunctAt; after a verb of saying the learned ranker
// decides, which measured better). The phrase belongs to the speaker's
// act, not to what it is about (annotators end the content before it).
// An object that is a clause ("hopes the vote passes at the meeting")
// keeps its adjuncts, and so does a phrase naming a topic ("opposed the
// rules in the district").
func (x *extractor) occasionEnd(h hit, i, end int) int {
	d := x.d
	if !x.nounObject(h, i, end) {
		return end
	}
	// The whole object first: a clause anywhere in it ("said the crowd
	// at the rally was small") keeps its adjuncts.
	for k := i; k < end; k++ {
		t := &d.toks[k]
		if d.inq[k] >= 0 || finiteVerb(t) && !t.capital() && !occasionParticiple(d, i, k) || t.in(inAuxiliaries) || t.in(inNegatedAuxiliaries) ||
			t.in(inSubjectPronouns) || k > i && x.presentVerbAt(k-1, k) || t.is("that", "which", "who", "to") {
			return end
		}
	}
	for k := i + 1; k+1 < end; k++ {
		if d.toks[k].kind != word {
			return end
		}
		if (x.occasionAt(k, end) || h.c.class == other && x.dateAdjunctAt(k, end)) && !x.onlyTime(i, k) {
			return k
		}
	}
	return end
}

// onlyTime reports whether tokens [i, k) only say when ("said on
// Friday at a rally"): no object for an occasion to end, and what is
// left is checked elsewhere as a whole.
func (x *extractor) onlyTime(i, k int) bool {
	for j := i; j < k; j++ {
		if !x.d.toks[j].in(inTimeWords) && !x.d.toks[j].in(inDeterminers) {
			return false
		}
	}
	return true
}

// occasionAt reports whether an adjunct of occasion starts at k: a
// preposition of place or time before a noun phrase whose head is an
// event or a document ("at a rally", "in an interview with the paper",
// "during the debate", "on his radio show"), "through" before a
// go-between ("through a spokesman"), or "on" before a platform or a
// page or show it names ("on Twitter", "on its Facebook page").
func (x *extractor) occasionAt(k, end int) bool {
	d := x.d
	t := &d.toks[k]
	if k+1 >= end || d.inq[k+1] >= 0 {
		return false
	}
	n := &d.toks[k+1]
	switch {
	case t.is("through", "via"):
		return goBetweens[n.lower] || (n.in(inDeterminers) || n.in(inPossessives)) && k+2 < end && goBetweens[d.toks[k+2].lower]
	case t.is("on") && platforms[n.lower]:
		return true
	case !t.is("at", "during", "in", "on"):
		return false
	case !(n.in(inDeterminers) || n.in(inPossessives) || n.capital()):
		return false // "a ban on rallies": a topic
	}
	// The noun phrase: a determiner, modifiers, names, then its head.
	for j := k + 1; j < end && j < k+7 && d.inq[j] < 0; j++ {
		w := &d.toks[j]
		if w.kind != word && !(w.text == "-" || w.lower == "'s") {
			return false
		}
		if occasions[w.lower] || t.is("on") && platforms[w.lower] || documents[w.lower] && !w.is("report", "order", "ruling", "opinion", "response", "reply", "sign", "signs", "call", "calls", "text", "note") {
			return true
		}
		if w.kind == word && (w.in(inPrepositions) || finiteVerb(w) && !w.capital() || w.is("and", "or", "that", "which", "who")) {
			return false
		}
	}
	return false
}

// occasions are events at which something is said: "at a rally",
// "during the debate", "on his radio show".
var occasions = set("rally", "rallies", "conference", "debate", "debates", "forum", "hearing", "meeting", "town",
	"show", "program", "programme", "broadcast", "briefing", "convention", "dinner", "luncheon", "breakfast",
	"gathering", "ceremony", "event", "fundraiser", "summit", "panel", "podcast", "stop", "visit")

// goBetweens speak for someone: "through a spokeswoman".
var goBetweens = set("spokesman", "spokeswoman", "spokesperson", "spokesmen", "lawyer", "lawyers", "attorney",
	"attorneys", "aide", "aides", "representative", "representatives", "publicist", "statement")

// platforms carry statements online or on the air: "on Twitter", "on
// its Facebook page", "on CNN".
var platforms = set("twitter", "facebook", "instagram", "youtube", "tiktok", "reddit", "television", "tv", "radio", "air",
	"fox", "cnn", "msnbc", "abc", "nbc", "cbs", "npr", "pbs", "cnbc")

// clauseGoesOn reports whether the content [i, k) before "and" or "but"
// and an auxiliary is a clause with a subject and a verb of its own, so
// that the auxiliary opens that clause's second predicate: "said that
// the audit is finished and will be published soon", "said she was
// tired and would not run". After an object ("is going to
// vote for Lee but has withheld …") it is the speaker's.
func (x *extractor) clauseGoesOn(i, k int) bool {
	d := x.d
	if i < k && d.inq[i] < 0 && d.toks[i].is("that") {
		i++
	}
	if i >= k || d.inq[i] >= 0 {
		return false
	}
	if !x.subjectAndVerb(i, k) {
		return false
	}
	// "but did not say who", "and has called for": a verb of saying in
	// the second predicate makes it the speaker's.
	for j := k + 1; j < len(d.toks) && j < k+5 && d.inq[j] < 0 && d.toks[j].kind == word; j++ {
		if _, ok := lexicon[d.toks[j].lower]; ok && !d.toks[j].in(inAuxiliaries) && !d.toks[j].in(inBetween) {
			return false
		}
	}
	return true
}

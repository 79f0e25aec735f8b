package quotes

import "strings"

// nearerSubject finds, for a participle after the comma at b, the
// subject of a "when" or "as" clause just before the comma: in "the
// talk ended when the guards walked in, shouting" the guards shout, not
// the talk. Annotators give the participle to the nearer clause after
// these two words; after "after" they mostly keep the main subject
// ("spoke after the senator won, remarking"), so it is left out.
func (x *extractor) nearerSubject(s0, b int) tspan {
	d := x.d
	if b < s0 || d.toks[b].text != "," || d.inq[b] >= 0 {
		return none
	}
	for w := b - 1; w > s0; w-- {
		t := &d.toks[w]
		if d.inq[w] >= 0 || t.text == "," || t.text == ";" || t.text == ":" || isDashToken(d.toks, w) {
			return none
		}
		if !t.is("when", "as") {
			continue
		}
		f, g, ok := x.npForward(w+1, b)
		if !ok || g+1 >= b || d.inq[g+1] >= 0 {
			return none
		}
		// "as a plumber walks past her": the noun phrase reads the
		// present verb as a plural noun; a preposition or an object
		// after it gives the verb back.
		if g > f && !d.toks[g].capital() && strings.HasSuffix(d.toks[g].lower, "s") && !strings.HasSuffix(d.toks[g].lower, "ss") &&
			(d.toks[g+1].in(inPrepositions) || d.toks[g+1].is("the", "a", "an", "her", "him", "them", "his", "their", "it")) {
			return tspan{f, g - 1}
		}
		v := &d.toks[g+1]
		// A passive ("when the levy was put to a vote") has no
		// speaker in the clause.
		if v.in(inBeForms) || !clauseVerb(v) {
			return none
		}
		return tspan{f, g}
	}
	return none
}

// clauseVerb reports whether t reads as the finite verb of a clause:
// "walked", "walks", "see".
func clauseVerb(t *token) bool {
	if finiteVerb(t) {
		return true
	}
	if t.kind != word || t.capital() || t.in(inPrepositions) || t.in(inStopWords) {
		return false
	}
	return len(t.lower) > 3 && strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss") || t.is("see", "say", "take", "make", "come", "go")
}

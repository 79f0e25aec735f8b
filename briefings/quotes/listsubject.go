package quotes

// listSubject finds a list of noun phrases joined by commas and a last
// "and" that opens the sentence and runs to the verb of saying right
// after it: "Ms. Reyes, Mrs. Kahn and other bakers on the east
// side said", "Lee, Cole and Park said". npBack stops at the first comma and
// keeps only the last conjunct. Every item before the last is a name, so
// that an opening phrase ("In Ohio, Lee and Cole said") or a subject and
// its appositive is no list; the last item may be a common noun phrase
// with a prepositional phrase.
func (x *extractor) listSubject(h hit, b, s0 int) (tspan, bool) {
	d := x.d
	if h.c.class != say || ambiguous[h.c.lemma] || !(h.c.form == past || h.c.form == third || h.c.form == base) {
		return none, false
	}
	if b != h.first-1 || b-s0 > 30 || b-s0 < 4 || d.inq[b] >= 0 || d.toks[b].kind != word {
		return none, false
	}
	k, items := s0, 0
	for k < b {
		f, g, ok := x.npForward(k, b)
		if !ok || f != k || !x.named(tspan{f, g}) || !d.toks[f].capital() || d.toks[f].in(inSubjectPronouns) || g+1 >= b || d.inq[g+1] >= 0 {
			return none, false
		}
		items++
		k = g + 1
		if d.toks[k].text == "," && d.toks[k+1].is("and", "or") {
			k++
		}
		if d.toks[k].is("and", "or") {
			k++
			break
		}
		if d.toks[k].text != "," {
			return none, false
		}
		k++
	}
	if items < 2 || k > b {
		return none, false
	}
	// The last item, with at most two prepositional phrases: "other
	// bakers on the east side".
	f, g, ok := x.npForward(k, b+1)
	for n := 0; ok && n < 2 && g+2 <= b && d.inq[g+1] < 0 && d.toks[g+1].in(inPrepositions) && !clauseConjunctions[d.toks[g+1].lower]; n++ {
		_, g, ok = x.npForward(g+2, b+1)
	}
	if !ok || f != k || g != b {
		return none, false
	}
	return tspan{s0, b}, true
}

// dashAsideHolds reports whether the dash at b closes an aside that a
// dash opens before token f ("The mayor - who said he would “fight on” -
// said"): a quotation inside the aside is no statement of the verb after
// it. The scan looks back at most 40 tokens.
func (x *extractor) dashAsideHolds(f, b, lo int) bool {
	d := x.d
	if !isDashToken(d.toks, b) {
		return false
	}
	for k := f - 1; k > lo && k > b-40; k-- {
		if d.inq[k] >= 0 || d.toks[k].is(".", ";", ":") {
			return false
		}
		if isDashToken(d.toks, k) {
			return true
		}
	}
	return false
}

// coordinatedSpeakerEnd returns the end of a speaker after an inverted
// cue that "and" joins to a second noun phrase, followed by what may end
// the cue's trailer ("…, said Moreno and others, would …", "…, said
// Lee and Kim on Monday."): both conjuncts speak. g is
// the end of the first conjunct, returned as it is when no such phrase
// follows ("said Lee and added", "said Lee and the crowd cheered").
func (x *extractor) coordinatedSpeakerEnd(g, s1 int) int {
	d := x.d
	if g+2 >= s1 || d.inq[g+1] >= 0 || !d.toks[g+1].is("and") {
		return g
	}
	f2, g2, ok := x.npForward(g+2, s1)
	if !ok || f2 != g+2 || d.toks[f2].in(inPrepositions) {
		return g
	}
	if r := x.skipTrailer(g2+1, s1); r >= s1 || r >= 0 && x.endsTrailer(r) {
		return g2
	}
	return g
}

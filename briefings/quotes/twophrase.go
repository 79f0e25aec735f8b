package quotes

// twoPhraseSpeaker returns the subject when the walk back from a cue
// stopped at the object j..b of a second prepositional phrase after a
// noun for people: "a spokesman for the union at the plant said", "“…,”
// a lawyer for the club at the tribunal said". Both phrases qualify the
// noun, which heads the subject; npBack steps over one phrase only, and
// before, such a subject left the cue no speaker and so no attribution.
// PolNeAR's few gold sources of this shape on train run through both
// phrases, and the change moved no train prediction of the rules'.
func (x *extractor) twoPhraseSpeaker(j, b, lo int) (tspan, bool) {
	d := x.d
	p := j - 1
	if p-1 < lo || d.inq[p] >= 0 || !d.toks[p].is("for", "at", "with", "of", "from", "in", "on") {
		return none, false
	}
	// The first phrase's object: words back to its article ("the
	// union"); npBackFrom takes no phrase after a preposition.
	f := p - 1
	for f > lo && p-f < 6 && x.npToken(f) && !d.toks[f].in(inDeterminers) && !d.toks[f].in(inPrepositions) {
		f--
	}
	if !d.toks[f].is("the", "a", "an", "its", "their", "his", "her") || f == p-1 {
		return none, false
	}
	q := f - 1
	if q-1 < lo {
		return none, false
	}
	if d.inq[q] >= 0 || !d.toks[q].is("for", "at", "with", "of", "from", "in") {
		return none, false
	}
	head, ok := x.npBackFrom(q-1, lo, false)
	if !ok || head.last != q-1 || b-head.first > 16 || !personNoun(&d.toks[head.last]) {
		return none, false
	}
	return tspan{head.first, b}, true
}

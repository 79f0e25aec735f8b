package quotes

// A statement reported inside a free relative clause ("The coach kept
// coming back to what he called sloppy defending") is, in PolNeAR, the
// statement of the clause's subject: the relative is the object of the
// subject's own predicate, and the pronoun in it stands for that
// subject. The speaker is the subject, named, rather than the pronoun.
// Annotators keep the pronoun after "which" and "that" ("…, which he
// said was unfair"), a comment of its own, so only "what" counts.

// freeRelativeOwner returns the subject that a pronoun speaker right
// after "what" stands for, or src unchanged: the subject of the clause
// before "what", a noun phrase rather than a pronoun, with no clause
// boundary between them, that agrees with the pronoun in number ("they"
// for a plural, "he" and "she" for a singular).
func (x *extractor) freeRelativeOwner(a *attr) tspan {
	d := x.d
	src := a.src
	if !src.ok() || src.first != src.last || a.sent < 0 {
		return src
	}
	w := src.first - 1
	pron := &d.toks[src.first]
	if w < 0 || !d.toks[w].is("what") || d.inq[w] >= 0 || !pron.is("he", "she", "they") {
		return src
	}
	s0 := d.sents[a.sent][0]
	// "The question is what they said next": after a copula the relative
	// names the subject rather than holding its statement.
	if w <= s0 || d.toks[w-1].in(inBeForms) {
		return src
	}
	subj := x.subjectOf(a.sent, w, false)
	if !subj.ok() || subj.last >= w || subj.first < s0 {
		return src
	}
	head := &d.toks[subj.last]
	if head.in(inSubjectPronouns) || head.is("who", "which", "that", "it") {
		return src
	}
	for k := subj.last + 1; k < w; k++ {
		t := &d.toks[k]
		if d.inq[k] >= 0 || t.text == ";" || t.text == ":" || isDashToken(d.toks, k) {
			return src
		}
	}
	many := plural(head)
	for k := subj.first; k <= subj.last; k++ {
		many = many || d.toks[k].is("and")
	}
	if many != pron.is("they") {
		return src
	}
	return subj
}

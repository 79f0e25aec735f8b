package quotes

// infinitiveAdjuncts open a clause, after a comma, that says when or why
// the speaker acted rather than what was wanted or refused.
var infinitiveAdjuncts = set("because", "though", "although", "after", "before", "since", "when")

// infinitiveAdjunctEnd ends a stance verb's infinitive object [i, end)
// at a comma before an adverbial clause with a subject and a verb of its
// own: "wanted to slow the bank, because he feared a slump", "refused
// to sign the pact, after they raised the fee". The infinitive has no
// finite verb, so the clause belongs to the cue's verb and annotators
// end the content before it, as nounObjectEnd does for a noun phrase.
// An object that has a clause of its own before the comma ("to show
// that he was right, because …"), a quotation, or a clause-taking verb
// ("hopes to …") is left alone. The scan is bounded, so an object costs
// constant time.
func (x *extractor) infinitiveAdjunctEnd(h hit, i, end int) int {
	d := x.d
	if h.c.class != other || clauseTaking[h.c.lemma] || i+1 >= end || !d.toks[i].is("to") || d.inq[i] >= 0 {
		return end
	}
	for k := i + 1; k+2 < end && k < i+30; k++ {
		t := &d.toks[k]
		if d.inq[k] >= 0 || t.text == ";" || t.text == ":" || isDashToken(d.toks, k) {
			return end
		}
		if t.text == "," {
			n := &d.toks[k+1]
			if infinitiveAdjuncts[n.lower] && !n.capital() && d.inq[k+1] < 0 && x.subjectAndVerb(k+2, end) {
				return k
			}
			continue
		}
		if finiteVerb(t) || t.in(inAuxiliaries) || t.in(inNegatedAuxiliaries) || t.in(inSubjectPronouns) && !t.is("it") || t.is("that", "which", "who", "whom", "whose") {
			return end
		}
	}
	return end
}

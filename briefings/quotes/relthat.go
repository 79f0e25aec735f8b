package quotes

// relativeThat finds the relative pronoun "that" opening the clause
// whose verb is the cue h, with auxiliaries and adverbs between
// ("a memo that would have revealed", "surveys that showed"), and
// returns its index, or -1. Like "who", the pronoun is the clause's
// subject and so the speaker: annotators mark it, not its antecedent,
// and the sentence's subject is not the one who reveals or shows. Only
// after a noun: "said that would hurt" has a demonstrative, and a passive
// ("a plan that was drawn up to") has no speaker in the clause.
func (x *extractor) relativeThat(h hit, s0 int) int {
	d := x.d
	v := h.first
	k := v - 1
	for k > s0 && k > v-4 && d.inq[k] < 0 && (d.toks[k].in(inBetween) || adverb(&d.toks[k])) && !d.toks[k].in(inBeForms) {
		k--
	}
	if k <= s0 || d.inq[k] >= 0 || d.inq[k-1] >= 0 || d.toks[k].lower != "that" || d.toks[k].capital() {
		return -1
	}
	p := &d.toks[k-1]
	// "released an ad that urges", "hoisted a sign that read": annotators
	// give a document's words to whoever put it out, as for "a statement
	// saying".
	if p.kind != word || !x.npToken(k-1) || p.in(inDeterminers) || p.in(inPrepositions) || finiteVerb(p) || documents[p.lower] {
		return -1
	}
	return k
}

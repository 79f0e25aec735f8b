package quotes

// wholeClause reports whether the content before a mid-sentence cue is
// one clause complete in itself: a single span without quotation marks,
// with a finite verb, that does not end in a word waiting for more ("The
// agency reported that, according to …", "… because, according to …").
func (x *extractor) wholeClause(before []tspan) bool {
	d := x.d
	if len(before) != 1 || x.fragment(before) {
		return false
	}
	c := before[0]
	if d.toks[c.last].in(inClosedClass) {
		return false
	}
	verb := false
	for k := c.first; k <= c.last; k++ {
		if d.inq[k] >= 0 {
			return false
		}
		if finiteVerb(&d.toks[k]) || d.toks[k].in(inAuxiliaries) {
			verb = true
		}
	}
	return verb
}

// sourceTail reports whether what follows ", according to X," at j,
// after a whole clause, is no part of the statement: more about the
// source ("…, according to Lee, director of the survey", "…, according
// to the tally, the third such count"), or the narrator's own clause or
// aside ("…, according to the count, but the lead is shrinking", "…,
// according to the poll, even as turnout fell", "…, according to the
// paper, where the vote is next week"). After a fragment ("The cause,
// according to aides, was …") the statement goes on.
func (x *extractor) sourceTail(before []tspan, j, s1 int) bool {
	d := x.d
	if j >= s1 || d.inq[j] >= 0 || !x.wholeClause(before) {
		return false
	}
	n := &d.toks[j]
	return n.is("but", "even", "where", "which", "who") || n.in(inDeterminers) || n.capital() || number(n) || participle(n) || x.bareAppositive(j, s1)
}

// bareAppositive reports whether the phrase from i to the next comma or
// the sentence end has no article and no verb: a title ("…, according
// to Lee, director of the port authority") or a participle phrase
// ("…, according to the clerks, surprising both parties"). After a whole
// clause it describes the source or the scene; the statement does not
// go on in it.
func (x *extractor) bareAppositive(i, s1 int) bool {
	d := x.d
	if i >= s1 {
		return false
	}
	n := &d.toks[i]
	if n.kind != word || n.capital() || n.in(inClosedClass) || adverb(n) || n.is("not", "no", "never") || finiteVerb(n) {
		return false
	}
	for j := i; j < s1; j++ {
		t := &d.toks[j]
		if d.inq[j] >= 0 {
			return false
		}
		if t.text == "," || isDashToken(d.toks, j) {
			break
		}
		if t.is("who", "which", "that", "whose") {
			break // a relative clause inside the appositive
		}
		if finiteVerb(t) || t.in(inAuxiliaries) || t.in(inModals) {
			return false
		}
	}
	return true
}

// thatReach is how many tokens past a verb of saying its "that" may
// come ("told reporters Tuesday that"); addresseeThatReach the same for
// a verb told to someone, which may name where or when in between ("was
// telling diners at a busy cafe in the north that").
const thatReach, addresseeThatReach = 9, 16

package quotes

// contrastGoesOn reports whether ", but" at comma k, in content that
// starts at i, goes on with the content's own contrast instead of
// starting another clause: "argued that the fee was not a tax, but
// rather a charge", "said the town needs not only roads, but also
// schools", "said the rule should cover banks, but not credit unions".
// Annotators keep such a contrast in the statement. Only a clause (a
// subject and its verb) takes the bare ", but not / only / also / never":
// after an object ("praised the plan, but also used it to …", "agreed to
// a call, but only to …") the contrast is the speaker's own predicate.
// The scan back for "not only" is bounded, so a comma costs constant
// time.
func (x *extractor) contrastGoesOn(i, k, s1 int) bool {
	d := x.d
	if k+2 >= s1 || !d.toks[k+1].is("but") || d.inq[k+1] >= 0 || d.inq[k+2] >= 0 {
		return false
	}
	m := &d.toks[k+2]
	if m.is("rather", "instead") {
		return true
	}
	// "not only … , but": the correlative pair spans the comma.
	for j := k - 1; j > i && j >= k-40; j-- {
		if d.inq[j] < 0 && d.toks[j].is("only", "just", "merely", "simply") && d.toks[j-1].is("not") && d.inq[j-1] < 0 {
			return true
		}
	}
	if !m.is("not", "only", "also", "never") {
		return false
	}
	// ", but not only did he …": an inverted clause of its own.
	if m.is("not") && k+3 < s1 && d.toks[k+3].is("only", "just") {
		return false
	}
	if i < k && d.inq[i] < 0 && d.toks[i].is("that") {
		i++
	}
	return i < k && d.inq[i] < 0 && x.subjectAndVerb(i, k)
}

// evidenceContrastEnd extends the content of an evidence verb ("show",
// "find", "reveal") that contentEnd stopped before ", while" or ",
// whereas" to the end of the contrast: "the survey found that most
// renters favor the tax, while most owners oppose it". A finding's
// contrast is part of what the record shows; after a person's statement
// the clause is more often the narrator's. Not a participle ("…, while
// adding …") nor another speaker's statement ("…, while the mayor said
// …").
func (x *extractor) evidenceContrastEnd(h hit, end, s1 int) int {
	d := x.d
	if !evidenceVerbs[h.c.lemma] || end+2 >= s1 || d.inq[end] >= 0 || d.toks[end].text != "," || !d.toks[end+1].is("while", "whereas") || d.inq[end+1] >= 0 {
		return end
	}
	if participle(&d.toks[end+2]) || x.subjectThenSay(end+2, s1) {
		return end
	}
	return x.contentEnd(end+2, s1)
}

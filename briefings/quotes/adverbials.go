package quotes

// adverbialOpeners open an adverbial clause after a stance verb's
// object: "opposed the plan after reading it", "backed the levy
// because it funds schools". adverbialAt leaves out "while", whose
// clause annotators more often keep with the object ("sought a pause
// while the rules are reviewed").
var adverbialOpeners = setPlus(openingSubordinators, "before", "until")

// nounObjectEnd ends a stance verb's object [i, end) that is a noun
// phrase, with no verb of its own, before an adverbial clause or a
// phrase of manner: "defended the levy as she toured the mill", "opposed
// the dam despite pressure from farmers", "dismissed the findings by
// pointing to an older report", "endorsed the contract after winning a
// raise". Such a clause says when, why or how the speaker took the
// stance; annotators end the content before it. A phrase that is not a
// clause ("opposed the rules in the district") stays, and so does the
// object of a verb that takes a clause ("hopes the vote after the
// recess goes well"), a gerund's ("backed paying for it by cutting
// costs") and a question's ("asked how the fund as it stands works").
// The scan is bounded, so an object costs constant time.
func (x *extractor) nounObjectEnd(h hit, i, end int) int {
	d := x.d
	if !x.nounObject(h, i, end) || participle(&d.toks[i]) {
		return end
	}
	for k := i; k+1 < end && k < i+20; k++ {
		t := &d.toks[k]
		if d.inq[k] >= 0 || d.inq[k+1] >= 0 || t.kind != word && t.text != "-" && t.lower != "'s" {
			return end
		}
		// After a verb of saying (sayObjectEnd), "when", "as" and
		// "since" more often qualify the noun before them ("recalled
		// the days when …") than open the speaker's adjunct.
		if k > i && !t.capital() && x.adverbialAt(k, end) && !(h.c.class == say && t.is("when", "as", "since")) {
			if k-1 > i && d.toks[k-1].is("even") {
				return k - 1 // "even though", "even as"
			}
			return k
		}
		// A verb of the object's own, a participle included ("accused
		// Lee of hiding the files when …"), makes it a predicate whose
		// adjuncts are its own; after a possessor or an article the
		// word in "-ing" is a noun ("the mayor's thinking").
		if finiteVerb(t) && !t.capital() || participle(t) && !nounAfter(&d.toks[k-1]) || t.in(inAuxiliaries) || t.in(inNegatedAuxiliaries) || t.in(inSubjectPronouns) && !(k == i && t.is("it")) ||
			t.is("that", "which", "who", "whom", "whose", "to") {
			return end
		}
	}
	return end
}

// adverbialAt reports whether an adverbial clause or phrase of manner
// starts at k, before end: a subordinator and a clause ("as she
// toured", "after they met"), a subordinator of time and a participle
// ("after winning", "when asked"), "despite" and what it concedes, or
// "by" and a participle ("by citing"). Not "in" and a participle, which
// is more often the object's own ("her role in drafting the plan");
// "such as" and "such as when" give examples.
func (x *extractor) adverbialAt(k, end int) bool {
	d := x.d
	t, n := &d.toks[k], &d.toks[k+1]
	switch {
	case t.is("despite"):
		return n.kind == word
	case t.is("by"):
		return participle(n)
	case !adverbialOpeners[t.lower] || t.is("while") || d.toks[k-1].is("such", "as"):
		return false
	case t.is("as"):
		// "as she toured": a pronoun's clause; "as a major reason"
		// says what the object was taken for.
		return n.in(inSubjectPronouns) && !n.is("who", "which") && (x.subjectAndVerb(k+1, end) || asPronounClause(d, k+1, end))
	case participle(n) || n.is("asked"):
		return true
	}
	return x.subjectAndVerb(k+1, end)
}

// nounAfter reports whether the word after t is a noun for certain: t
// is a possessive or an article ("the mayor's thinking", "a building").
func nounAfter(t *token) bool {
	return t.lower == "'s" || t.in(inPossessives) || t.in(inDeterminers)
}

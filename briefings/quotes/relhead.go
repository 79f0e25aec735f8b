package quotes

// indefiniteHeads are pronouns that a relative clause without "that"
// may qualify ("something the voters wanted", "everything she says"). A
// name never modifies one, so a name right after one opens the clause:
// its subject is the speaker and the pronoun is what was said (the
// verb's object, moved to the front).
var indefiniteHeads = set("something", "everything", "anything", "nothing")

// leadsIntoName reports whether the word at k, lowercase and outside a
// quotation, stands right before a capitalized word that opens a name.
func (x *extractor) leadsIntoName(k int) bool {
	d := x.d
	if k+1 >= len(d.toks) || d.inq[k] >= 0 || d.inq[k+1] >= 0 {
		return false
	}
	t, n := &d.toks[k], &d.toks[k+1]
	return t.kind == word && !t.capital() && n.kind == word && n.capital() && !n.in(inStopWords) && !n.in(inDeterminers)
}

// relativeHead cuts a speaker mention back to the name after an
// indefinite pronoun ("something Republicans wanted" -> "Republicans")
// and makes the pronoun the content: the clause has no object of its
// own.
func (x *extractor) relativeHead(a *attr) {
	d := x.d
	if !a.src.ok() {
		return
	}
	// "the council something Democrats wanted": the mention may run back
	// over the clause's verb to its subject.
	head := -1
	for k := a.src.first; k < a.src.last; k++ {
		if indefiniteHeads[d.toks[k].lower] && x.leadsIntoName(k) {
			head = k
		}
	}
	if head < 0 {
		return
	}
	a.src.first = head + 1
	// A colon after the cue still opens what was wanted ("did something
	// they wanted: it …"); before an infinitive the pronoun is not all of
	// the object ("anything Lee would like to see built").
	if n := a.cue.last + 1; n < len(d.toks) && (d.toks[n].text == ":" || d.toks[n].is("to")) {
		return
	}
	// A content that already holds the pronoun is kept.
	for _, c := range a.content {
		if c.first <= head && head <= c.last {
			return
		}
	}
	a.content = []tspan{{head, head}}
	a.spans = 1
}

package quotes

// cueComplement moves the start of the content a cue governs past what
// annotators count as the cue's own: "to" before a noun phrase ("pointed
// to the record", "responded to a request"), and a short object before
// "about" ("offered kind words about Lee", "voiced concern about the
// loan"). The noun phrase after the preposition is what the statement
// is about.
func (x *extractor) cueComplement(h hit, i, end int) int {
	d := x.d
	if i != h.last+1 || i+1 >= end || d.inq[i] >= 0 || d.inq[i+1] >= 0 {
		return i
	}
	if d.toks[i].is("to") && nounStart(&d.toks[i+1]) {
		return i + 1
	}
	// At most four words of an object, none a verb, then "about".
	for k := i; k < end && k < i+5; k++ {
		t := &d.toks[k]
		if d.inq[k] >= 0 || t.kind != word {
			return i
		}
		if t.is("about") {
			if k > i && aboutHeads[d.toks[k-1].lower] && k+1 < end && d.inq[k+1] < 0 && d.toks[k+1].kind == word {
				return k + 1
			}
			return i
		}
		if finiteVerb(t) || auxiliaries[t.lower] || negatedAuxiliaries[t.lower] || subjectPronouns[t.lower] ||
			prepositions[t.lower] || t.is("that", "and", "or", "but", "not", "whether", "if", "how", "what", "why") {
			return i
		}
	}
	return i
}

// nounStart reports whether t can open a noun phrase and not a verb: a
// determiner, a possessive, a name or a number.
func nounStart(t *token) bool {
	if t.kind != word {
		return false
	}
	return determiners[t.lower] || possessives[t.lower] || t.capital() || number(t) || t.is("him", "them", "us", "me")
}

// aboutHeads end an object that is a way of speaking rather than what
// was said: "kind words about", "concern about", "the same way about".
// An object that is a thing said ("his remarks about", "a joke about",
// "nothing about") is content with what follows it.
var aboutHeads = set("words", "word", "language", "concern", "concerns", "way", "things", "feelings", "thoughts")

package quotes

// clauseConjunctions open a subordinate clause with a subject of its own:
// "when the senator spotted", "after some of her fans mocked".
var clauseConjunctions = set("while", "although", "though", "if", "when", "as", "because", "since", "after", "before", "once", "whereas", "unless")

// subjectAfterConjunction reports whether the noun phrase sp, opening with
// a determiner, is the subject of a clause that a conjunction right
// before it opens and whose finite verb follows it (adverbs and
// auxiliaries between): "before a judge ordered", "after some of her
// fans mocked". A common noun there is as much a subject as a name is;
// "before a crowd" without a verb after it stays a preposition's object.
func (x *extractor) subjectAfterConjunction(sp tspan) bool {
	d := x.d
	if !sp.ok() || sp.first == 0 || d.inq[sp.first-1] >= 0 || !clauseConjunctions[d.toks[sp.first-1].lower] || !d.toks[sp.first].in(inDeterminers) {
		return false
	}
	k := sp.last + 1
	for k < len(d.toks) && k < sp.last+4 && d.inq[k] < 0 && (d.toks[k].in(inBetween) || adverb(&d.toks[k])) && !d.toks[k].in(inBeForms) {
		k++
	}
	return k < len(d.toks) && d.inq[k] < 0 && finiteVerb(&d.toks[k]) && !d.toks[k].in(inBeForms)
}

// trailerThenClause returns the sentence end s1 when what follows the
// cue h up to the end is only a trailer, an addressee for a verb that
// takes one, and a subordinate clause with a subject of its own: "…,
// Lee said as she left the room.", "…, Lee told a county board
// Tuesday.", "…, Lee told her staff while she was packing."
// The cue is then parenthetical and what came before it is the content.
// Else it returns -1.
func (x *extractor) trailerThenClause(h hit, s1 int) int {
	d := x.d
	i := h.last + 1
	end := s1
	if end > i && d.inq[end-1] < 0 && d.toks[end-1].is(".", "!", "?") {
		end--
	}
	j := i
	for j < end && j < i+12 && d.inq[j] < 0 && d.toks[j].kind == word && !clauseConjunctions[d.toks[j].lower] {
		j++
	}
	if j < end && !clauseConjunctions[d.toks[j].lower] {
		return -1 // a quotation or punctuation before the sentence end
	}
	if j < end {
		// The clause: a subject, then its verb, with no quotation to
		// the end (one would be the content). A clause longer than
		// maxTrailingClause is not scanned: a cue in a run-on sentence
		// must not cost the rest of the sentence.
		if end-j > maxTrailingClause || d.toks[j].is("if", "unless", "once", "although", "though", "whereas") || !x.subjectThenVerb(j+1, end) {
			return -1
		}
		for k := j + 1; k < end; k++ {
			if d.inq[k] >= 0 {
				return -1
			}
		}
	}
	start := i
	if personObjectOnly[h.c.lemma] && (d.toks[i].in(inDeterminers) || d.toks[i].capital()) {
		if f, g, ok := x.npForward(i, j); ok && f == i && !toldThings[d.toks[g].lower] {
			start = g + 1
		}
	}
	if start < j && x.skipTrailer(start, j) != j {
		return -1
	}
	if start == i && j == end {
		return -1 // nothing new: skipTrailer already judged it
	}
	return s1
}

// subjectThenVerb reports whether a subject pronoun or a noun phrase at
// k is followed by a finite verb or an auxiliary: "she left", "the
// crowd cheered". After a subordinating conjunction a clause is
// expected, so any finite verb will do; subjectAndVerb, which asks for
// an unmistakable one after a noun phrase, read one trailing clause of
// PolNeAR train wrongly when used here.
func (x *extractor) subjectThenVerb(k, s1 int) bool {
	d := x.d
	if k >= s1 || d.inq[k] >= 0 {
		return false
	}
	v := k + 1
	if !d.toks[k].in(inSubjectPronouns) {
		f, g, ok := x.npForward(k, s1)
		if !ok || f != k || d.toks[k].in(inSubjectPronouns) {
			return false
		}
		v = g + 1
	}
	return v < s1 && d.inq[v] < 0 && (finiteVerb(&d.toks[v]) || d.toks[v].in(inAuxiliaries))
}

// personObjectOnly are the addressees' lemmas whose object is always the
// one told ("told a county board", "warned her staff"); "promised a
// country", "asked a question", "advised caution" take a thing.
var personObjectOnly = set("tell", "assure", "remind", "inform", "warn")

// toldThings are what is told rather than whom: "told a joke".
var toldThings = set("joke", "jokes", "story", "stories", "lie", "lies", "truth", "tale", "tales", "anecdote", "anecdotes")

// maxTrailingClause bounds the subordinate clause trailerThenClause
// reads after a cue, in tokens.
const maxTrailingClause = 40

package quotes

// Stances held in a reduced relative ("groups backing the levy"): PolNeAR
// gives each its own attribution, with the noun phrase before the
// participle as the source and the participle's object as the content.

// backerHead cuts the speaker of a participle of support ("groups
// backing the levy") back to the noun phrase right before the
// participle: a mention found further back runs over a verb or a
// preposition into another phrase ("The board heard from others
// backing …", "An effort to enlist farmers supporting …"), whose head
// is not the one who supports. "of" stays inside the phrase ("a family
// of super PACs").
func (x *extractor) backerHead(src tspan, b, s0 int) tspan {
	d := x.d
	if !src.ok() || b <= s0 {
		return src
	}
	// "An effort to enlist farmers supporting …": a mention that stops
	// short of the participle is read again from the word before it.
	whole := src
	if src.last != b {
		whole = tspan{max(s0, b-8), b}
	}
	cut := -1
	for k := b - 1; k >= whole.first; k-- {
		t := &d.toks[k]
		// A verb ends the phrase, but not an adjective in "-ed" after
		// a determiner ("an unpledged delegate") nor a plural noun that
		// opens a pair ("calls and emails").
		verb := finiteVerb(t) && !(k > 0 && d.toks[k-1].in(inDeterminers)) && !d.toks[k+1].is("and", "or")
		if d.inq[k] >= 0 || t.kind != word || (t.in(inPrepositions) && !t.is("of")) || verb {
			cut = k
			break
		}
	}
	if cut < 0 {
		return src
	}
	first := cut + 1
	// "to enlist farmers": the infinitive's verb goes with "to".
	if d.toks[cut].is("to") && first < b && !d.toks[first].capital() && !d.toks[first].in(inDeterminers) {
		first++
	}
	// "many of those over 45": a number alone is no head.
	if first == b && number(&d.toks[b]) || src.last != b && first == b && d.toks[b].in(inStopWords) {
		return src
	}
	return tspan{first, b}
}

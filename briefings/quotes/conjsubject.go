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

package quotes

// reasonGoesOn reports whether a statement of a's should run on over the
// conjunction at conj instead of ending before the clause it opens with
// a speaker and cue of its own: a verb of saying followed by "because"
// ("Marlow said the tunnel is a mistake because engineers doubt its
// cost"). The reason is part of what was said. On PolNeAR train, where
// splitNested cut a say verb's content at "because", annotators ran the
// content over the clause every time (6 of 6) and gave the clause's own
// cue no attribution; after other verbs ("backed the keeper because he
// believes …") they stopped at it 5 times of 8.
func (x *extractor) reasonGoesOn(a *attr, conj int) bool {
	return x.d.toks[conj].lower == "because" && isSayForm(x.cueWord(a))
}

package quotes

// relativeAntecedent names the speaker of a relative pronoun at k ("who"
// in "The council heard from Ann Cole, who said …", "which" in "the
// Harbour Trust, which said …"): the name or noun phrase right before it, with or without
// a comma. Gold source spans take the pronoun itself, so the mention
// stays "who"; unresolved, a briefing showed "— who". A person's name
// resolves as any mention does; a common noun phrase of two to five
// words opened by an article or a determiner ("a farmer", "the two
// nurses") is shown as written. "" otherwise.
func (r *resolver) relativeAntecedent(k int, unsure bool) (string, bool) {
	d := r.d
	s0 := d.sents[d.sentOf[k]][0]
	e := k - 1
	if e > s0 && d.toks[e].text == "," {
		e--
	}
	if e <= s0 || d.toks[e].kind != word {
		return "", unsure
	}
	if d.toks[e].capital() {
		f := e
		for f > s0 && d.toks[f-1].capital() {
			f--
		}
		if f == s0 && r.sentenceWord(f) {
			f++
		}
		if f > e {
			return "", unsure
		}
		// A person's name opened by a first name or a title ("Ann Cole,
		// who", "Mr. Ode, who"), not the object of a phrase after a noun
		// ("a graduate of Dunmore College who", "Ann Kell of Port
		// Vale, who"): the relative may qualify the noun before it.
		opens := firstName(d.toks[f].lower) != 0 || personTitles[d.toks[f].lower]
		if opens && f < e && !(f-1 > s0 && d.toks[f-1].is("of", "at", "in", "for", "across", "on")) {
			return r.resolve(tspan{f, e}, unsure)
		}
		return "", unsure
	}
	f := e
	for f > s0 && e-f < 4 && d.toks[f].kind == word && !d.toks[f].in(inDeterminers) && !d.toks[f].in(inStopWords) && !d.toks[f].in(inPrepositions) {
		f--
	}
	if f > s0 && number(&d.toks[f]) && d.toks[f-1].is("the", "these", "those", "its", "their") {
		f-- // "the two nurses"
	}
	// Not the object of a preposition ("Democrats across the country,
	// who"): the relative may qualify the noun before it.
	if f == e || !d.toks[f].in(inDeterminers) || d.toks[f].is("that", "whose") || d.toks[e].in(inStopWords) || d.toks[e].in(inTimeWords) || f > s0 && d.toks[f-1].in(inPrepositions) {
		return "", unsure
	}
	return string(d.rs[d.toks[f].start:d.toks[e].end]), unsure
}

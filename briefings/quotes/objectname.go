package quotes

// nameAsObject reports whether the name whose last token is k, inside the
// mention first..last, is the object of a preposition or a participle
// that qualifies a common noun heading the mention: "Aides traveling
// with Gov. Lena Ortiz", "a spokesman for Sen. Ruth Amos", "councillors
// backing Mayor Orrin Vale". That person did not speak; resolved to
// them, a briefing showed "— Lena Ortiz" under the aides' quote. No word
// before the preposition may be capitalized but the sentence's first
// ("Ann Lee of the county board" is Ann Lee speaking).
func (r *resolver) nameAsObject(first, k int) bool {
	d := r.d
	n := k
	for n > first && d.toks[n-1].capital() {
		n--
	}
	p := n - 1
	if p <= first || d.toks[p].kind != word || d.toks[p].capital() {
		return false
	}
	// Not "of": "the mayor of Dayton" is a role the article may have
	// given someone.
	if !d.toks[p].in(inPrepositions) && !participle(&d.toks[p]) && !placePreps[d.toks[p].lower] || d.toks[p].is("of") {
		return false
	}
	// "a report released by Judicial Watch", "an email from Neera
	// Tanden": the agent of a participle, the author of a document,
	// speaks.
	h := &d.toks[p-1]
	if d.toks[p].is("by") || d.toks[p].is("from") && (documents[h.lower] || h.is("quote", "quotes", "post", "posts")) {
		return false
	}
	// "a still-struggling HP": a participle qualifies a noun after a
	// noun, not after a determiner or an adverb.
	if participle(&d.toks[p]) && (h.in(inDeterminers) || adverb(h) || h.kind != word) {
		return false
	}
	for j := first; j < p; j++ {
		if t := &d.toks[j]; t.capital() && !(j == first && r.commonOpener(j)) || t.kind != word {
			return false
		}
	}
	return true
}

// commonOpener reports whether token k opens its sentence with a word
// capitalized only for that: a function word (sentenceWord) or a common
// noun heading people ("Aides", "Residents", "Officials").
func (r *resolver) commonOpener(k int) bool {
	d := r.d
	t := &d.toks[k]
	if d.sents[d.sentOf[k]][0] != k {
		return false
	}
	return r.sentenceWord(k) || t.in(inRoleNouns) || participleHeads[t.lower] || pluralHead(t) && !isUpperWord(t.text)
}

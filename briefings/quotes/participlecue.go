package quotes

// qualifyingPreps are the prepositions that open the phrase of a past
// participle qualifying a noun: "quoted in the report", "posted at the
// border", "pinned on the forum".
var qualifyingPreps = set("in", "at", "on", "from", "near", "inside", "outside", "across", "around", "throughout", "under", "aboard", "for", "with", "of")

// participleBeforeSay reports whether the listed past participle at i
// opens a reduced relative clause that qualifies the noun before it,
// with a verb of saying after the clause: "Analysts quoted in the report
// said …", "Officers posted at the crossing said …", "A notice posted
// on the gate said …". The later verb is the cue and the phrase
// belongs to its speaker (participlePrepSubject); read as a cue, the
// participle gave the noun a statement made of the rest of the sentence.
// PolNeAR's one such sentence on train (a document's text online, then
// "said") has the later verb as cue and the whole phrase as source. The noun is
// one for people or a document, not a name ("Lee posted on Facebook
// that …" is Lee's post), and the words up to the verb of saying are
// the preposition's noun phrase alone: a clause ("that …"), a comma or
// a quotation leaves the participle the verb.
func (x *extractor) participleBeforeSay(c cue, i, s0, s1 int) bool {
	d := x.d
	if c.form != past || c.lemma == "say" || i <= s0 || i+2 >= s1 || d.inq[i-1] >= 0 || !qualifyingPreps[d.toks[i+1].lower] {
		return false
	}
	h := &d.toks[i-1]
	if !qualifiableHead(h) || !(personHead(h) || documents[h.lower]) {
		return false
	}
	for k := i + 2; k < s1 && k <= i+14; k++ {
		t := &d.toks[k]
		if d.inq[k] >= 0 {
			return false
		}
		if v, ok := t.listed(); ok && v.class == say && (v.form == past || v.form == third) && !t.capital() {
			return k > i+2
		}
		if !(x.npToken(k) || t.in(inDeterminers) || t.in(inPrepositions) || t.in(inPossessives)) || t.is("that", "which", "who", "and", "or", "but") {
			return false
		}
	}
	return false
}

// verbWithin reports whether a lowercase word of the lexicon of cues or
// a finite verb stands in tokens j..b: a walk back over them crossed a
// clause.
func (x *extractor) verbWithin(j, b int) bool {
	d := x.d
	for k := j; k <= b; k++ {
		t := &d.toks[k]
		if _, ok := t.listed(); ok && !t.capital() || finiteVerb(t) {
			return true
		}
	}
	return false
}

// participleBeforeSayAt reports participleBeforeSay for the word at i in
// its sentence: a form of a verb of saying ("posted") that qualifies a
// noun still lets it head the subject (participlePrepSubject).
func (x *extractor) participleBeforeSayAt(i int) bool {
	d := x.d
	c, ok := d.toks[i].listed()
	if !ok {
		return false
	}
	s := d.sentOf[i]
	return x.participleBeforeSay(c, i, d.sents[s][0], d.sents[s][1])
}

// nameInParticiplePhrase reports whether the name ending at token k lies
// in the phrase of a past participle that qualifies the common noun
// heading the mention first..: "A notice posted on the door of Hallam
// Library", "A message pinned on the forum Quaylink". The notice
// or statement speaks, not the place it was posted. The agent after "by"
// ("a report released by Ferris Watch") is the author and may name the
// speaker, as nameAsObject has it.
func (r *resolver) nameInParticiplePhrase(first, k int) bool {
	d := r.d
	for j := first + 1; j+1 < k; j++ {
		t := &d.toks[j]
		if t.capital() || t.kind != word {
			if j == first+1 && r.commonOpener(first) {
				continue
			}
			return false
		}
		if perfectParticiple(t) && d.toks[j+1].in(inPrepositions) && !d.toks[j+1].is("by") {
			h := &d.toks[j-1]
			return h.kind == word && !h.in(inDeterminers) && (j-1 > first || !h.capital() || r.commonOpener(first))
		}
	}
	return false
}

package quotes

// maxLeadInWords bounds the narrative before the quotation in a
// sentence that carries on the statement before it: a connective or a
// short clause ("But", "Instead,", "The mayor", "Unless prices fall
// soon,"). A longer run of narrative is a sentence of the writer's own.
const maxLeadInWords = 7

// leadInQuote carries the statement of sentence s-1 on into sentence s
// of the same paragraph when s opens with a few words of narrative and
// then a quotation that runs to its end, with no cue of its own:
// "“We were surprised,” said Ana Ruiz. Unless prices fall soon, “nobody
// here can stay open.”" The lead-in frames the speaker's words, so the
// whole sentence is the content, as annotators mark it. It reports
// whether it took sentence s.
func (x *extractor) leadInQuote(s, p int) bool {
	d := x.d
	s0, s1 := d.sents[s][0], d.sents[s][1]
	if s == 0 || d.inq[s0] >= 0 {
		return false
	}
	k, words := s0, 0
	for ; k < s1 && d.inq[k] < 0; k++ {
		t := &d.toks[k]
		// A label ("From her post:") or an aside in parentheses is the
		// writer's, not a lead-in.
		if x.cued[k] || x.claimed[k] || t.kind == qmark || t.is(":", "(", ")", "[", "]") {
			return false
		}
		if t.kind == word {
			if words++; words > maxLeadInWords {
				return false
			}
		}
	}
	if k == s1 || words == 0 {
		return false
	}
	q := d.inq[k]
	r := &d.regions[q]
	if r.first != k || !r.close || r.last >= s1 || !d.speechLike(q) {
		return false
	}
	if !x.untaken(k, r.last) {
		return false
	}
	for j := r.last + 1; j < s1; j++ {
		if d.toks[j].kind != punct || d.inq[j] >= 0 {
			return false
		}
	}
	return x.carryOn(s, p, tspan{s0, r.last})
}

// continuedStatement reports whether attribution ai, in paragraph p, is
// a statement that a lead-in quotation may carry on: a speaker, a verb
// of saying and content that ends on a quotation.
func (x *extractor) continuedStatement(ai, p int) bool {
	d := x.d
	a := &x.attrs[ai]
	if d.paraOf[a.cue.first] != p || !a.src.ok() || len(a.content) == 0 || !isSayForm(d.toks[a.cue.last].lower) {
		return false
	}
	lq := d.inq[a.content[len(a.content)-1].last]
	return lq >= 0 && d.speechLike(lq)
}

// quoteThenNarrative carries the statement of sentence s-1 on into
// sentence s of the same paragraph when s opens with a quotation that
// narrative with a verb of its own follows, and nothing in s is a cue:
// "“We lost,” Lee said. “The board has to do the ‘long goodbye’ ” -
// selling off land before it can build." The quotation is the speaker's;
// the narrative after it is the writer's. (orphans takes such a
// quotation when what follows has no verb.) It reports whether it took
// the quotation.
func (x *extractor) quoteThenNarrative(s, p int) bool {
	d := x.d
	s0, s1 := d.sents[s][0], d.sents[s][1]
	q := d.inq[s0]
	if s == 0 || q < 0 {
		return false
	}
	r := &d.regions[q]
	if r.first != s0 || !r.close || r.last >= s1-2 || !d.speechLike(q) || x.bareTail(r.last+1, s1) {
		return false
	}
	// A verb right after the quotation makes it a subject the writer
	// talks about ("“…” was all the mayor offered.").
	if t := &d.toks[r.last+1]; finiteVerb(t) || t.in(inAuxiliaries) || t.in(inBeForms) {
		return false
	}
	if !x.untaken(s0, s1-1) {
		return false
	}
	return x.carryOn(s, p, tspan{s0, r.last})
}

// untaken reports whether no cue or attribution has taken tokens [f, g].
func (x *extractor) untaken(f, g int) bool {
	for j := f; j <= g; j++ {
		if x.cued[j] || x.claimed[j] {
			return false
		}
	}
	return true
}

// carryOn adds span c of sentence s, in paragraph p, to the content of
// the statement before it that s may carry on (statementBefore), and
// claims it. It reports whether there was one.
func (x *extractor) carryOn(s, p int, c tspan) bool {
	ai := x.statementBefore(s, p)
	if ai < 0 {
		return false
	}
	a := &x.attrs[ai]
	a.content = append(a.content, c)
	for j := c.first; j <= c.last; j++ {
		x.claimed[j] = true
	}
	return true
}

// statementBefore returns the statement said in sentence s-1 of
// paragraph p that sentence s may carry on, -1 when none: the last one
// before s that continuedStatement allows. An aside after the speaker
// ("said Ann Lee, who wrote a book on it.") is passed over.
func (x *extractor) statementBefore(s, p int) int {
	s0 := x.d.sents[s][0]
	ai := len(x.attrs) - 1
	for ai >= 0 && x.attrs[ai].cue.first > s0 {
		ai--
	}
	for ; ai >= 0 && x.attrs[ai].sent == s-1; ai-- {
		if x.continuedStatement(ai, p) {
			return ai
		}
	}
	return -1
}

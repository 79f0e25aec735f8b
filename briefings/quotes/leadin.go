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
			words++
		}
	}
	if k == s1 || words == 0 || words > maxLeadInWords {
		return false
	}
	q := d.inq[k]
	r := &d.regions[q]
	if r.first != k || !r.close || r.last >= s1 || !d.speechLike(q) {
		return false
	}
	for j := k; j <= r.last; j++ {
		if x.cued[j] || x.claimed[j] {
			return false
		}
	}
	for j := r.last + 1; j < s1; j++ {
		if d.toks[j].kind != punct || d.inq[j] >= 0 {
			return false
		}
	}
	// The statement it continues: said in the sentence before, in this
	// paragraph, by a speaker, and ending on a quotation. An aside after
	// the speaker ("said Ann Lee, who wrote a book on it.") is passed
	// over.
	ai := len(x.attrs) - 1
	for ai >= 0 && x.attrs[ai].cue.first > s0 {
		ai--
	}
	for ; ai >= 0 && x.attrs[ai].sent == s-1; ai-- {
		if x.continuedStatement(ai, p) {
			break
		}
	}
	if ai < 0 || x.attrs[ai].sent != s-1 {
		return false
	}
	a := &x.attrs[ai]
	a.content = append(a.content, tspan{s0, r.last})
	for j := s0; j <= r.last; j++ {
		x.claimed[j] = true
	}
	return true
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

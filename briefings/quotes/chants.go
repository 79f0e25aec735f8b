package quotes

import "strings"

// chantQuote attributes a quotation that a chant names, right after the
// word: "marched downtown, chanting “…”", "their chants of “…”", "to
// chants of “…”". The lexicon leaves "chanting" out (mostly a bare
// participle of a crowd) and no frame reads "chants of", so the
// quotation goes unattributed. The chanters are the possessor of
// "chants", else the subject of the clause for a participle or a verb
// the chants are the object of ("responded with chants of"), else none
// ("to chants of": who chants is not said).
func (x *extractor) chantQuote(s int) {
	d := x.d
	s0, s1 := d.sents[s][0], d.sents[s][1]
	for k := s0; k+1 < s1; k++ {
		t := &d.toks[k]
		if t.kind != word || d.inq[k] >= 0 || !t.is("chanting", "chants", "chant") {
			continue
		}
		last := k
		if !t.is("chanting") {
			// "chants" alone is as often the verb, which frames read.
			if !d.toks[k+1].is("of") {
				continue
			}
			last = k + 1
		}
		q0 := last + 1
		if q0 >= s1 || d.toks[q0].kind != qmark || d.inq[q0] < 0 || d.regions[d.inq[q0]].first != q0 {
			continue
		}
		r := d.regions[d.inq[q0]]
		if !r.close || r.last >= s1 {
			continue
		}
		if last > k {
			// Read as a verb, "chants" took "of “…”" for its content.
			x.dropCue(s, k)
		}
		if x.cued[k] || x.claimed[q0] {
			continue
		}
		end := r.last
		// "chanting “…” and “…”": both are the chant.
		if n := end + 2; n < s1 && d.toks[end+1].is("and") && d.toks[n].kind == qmark && d.inq[n] >= 0 && d.regions[d.inq[n]].first == n && d.regions[d.inq[n]].close && !x.claimed[n] {
			end = d.regions[d.inq[n]].last
		}
		src := none
		switch {
		case k > s0 && x.possessor(k-1):
			src = tspan{k - 1, k - 1}
			if d.toks[k-1].lower == "'s" {
				if sp, ok := x.npBack(k-2, s0); ok {
					src = tspan{sp.first, k - 1}
				}
			}
		case t.is("chanting"):
			src = x.chanters(s0, k)
		case k > s0 && d.toks[k-1].is("with"):
			src = x.mainSubject(s, k)
		}
		x.add(attr{how: "chant", src: src, cue: tspan{k, last}, sent: s, cut: -1, content: []tspan{{q0, end}}})
	}
}

// dropCue removes the attributions of sentence s whose cue starts at k,
// freeing their tokens.
func (x *extractor) dropCue(s, k int) {
	kept := x.attrs[:0]
	for _, a := range x.attrs {
		if a.sent != s || a.cue.first != k {
			kept = append(kept, a)
			continue
		}
		for j := a.cue.first; j <= a.cue.last; j++ {
			x.cued[j] = false
		}
		for _, c := range a.content {
			for j := c.first; j <= c.last; j++ {
				x.claimed[j] = false
			}
		}
	}
	x.attrs = kept
	// Tokens another attribution holds stay claimed.
	for _, a := range x.attrs {
		if a.sent != s {
			continue
		}
		for _, c := range a.content {
			for j := c.first; j <= c.last; j++ {
				x.claimed[j] = true
			}
		}
	}
}

// chanters is who does the chanting at token k: the phrase right before
// it ("marchers and spectators chanting"), else the subject of the
// nearest verb before it ("protesters gathered outside, holding signs
// and chanting"), not the subject of an earlier statement in the
// sentence.
func (x *extractor) chanters(s0, k int) tspan {
	d := x.d
	// At the sentence's start ("Chanting “…”, the crowd …") nothing
	// before k is in the sentence, and at the text's start there is no
	// token before it at all.
	if k <= s0 {
		return none
	}
	if p := &d.toks[k-1]; p.kind == word && d.inq[k-1] < 0 && !p.is("and", "or", "while", "then") {
		if sp, ok := x.npBack(k-1, s0); ok {
			return sp
		}
		return none
	}
	for v := k - 1; v > s0; v-- {
		// A crowd's chanting is told in the past: a form in -s is as
		// likely a plural noun ("holding signs and chanting").
		if d.inq[v] >= 0 || !finiteVerb(&d.toks[v]) || d.toks[v].in(inAuxiliaries) || strings.HasSuffix(d.toks[v].lower, "s") {
			continue
		}
		b := v - 1
		for b > s0 && d.inq[b] < 0 && (d.toks[b].in(inAuxiliaries) || adverb(&d.toks[b])) {
			b--
		}
		// "holding signs": after a participle or a determiner the word
		// is a noun.
		if p := &d.toks[b]; strings.HasSuffix(p.lower, "ing") || p.in(inDeterminers) {
			continue
		}
		if sp, ok := x.npBack(b, s0); ok {
			return sp
		}
		return none
	}
	return none
}

package quotes

// goesOn reports whether "went on" or "goes on" at token i reports the
// quotation before it ("“…,” she went on."): an irregular verb with a
// particle, which trailsQuote, reading one -ed or -s word, misses.
func (x *extractor) goesOn(i, s0, s1 int) bool {
	d := x.d
	return d.toks[i].is("went", "goes") && i+1 < s1 && d.toks[i+1].is("on") && x.afterQuote(i, s0)
}

// callsQuoted reports whether an object and then a quotation start at
// token i: "called him a “spender,”", "call Lee “very relaxed”",
// "calling the chief a “cheat”". After "call" that is a name given in
// someone's words, so "call" is the verb even when its subject is no
// name ("one senator called Lee “…”").
func (x *extractor) callsQuoted(i, s1 int) bool {
	d := x.d
	if i >= s1 || d.inq[i] >= 0 || d.toks[i].kind != word {
		return false
	}
	k := i
	switch t := &d.toks[i]; {
	case t.is("him", "her", "them", "it", "us", "me", "this", "that"):
		k = i + 1
	case t.capital():
		for k < s1 && d.inq[k] < 0 && d.toks[k].kind == word && d.toks[k].capital() {
			k++
		}
	case t.in(inDeterminers) || t.in(inPossessives):
		k = i + 1
		for k < s1 && k <= i+5 && d.inq[k] < 0 && d.toks[k].kind == word && x.npToken(k) {
			k++
		}
	default:
		return false
	}
	if k < s1 && d.toks[k].is("a", "an", "the") {
		k++
	}
	return k < s1 && k > i && d.toks[k].kind == qmark && d.inq[k] >= 0 && d.regions[d.inq[k]].first == k && d.regions[d.inq[k]].close
}

// calledNameEnd returns a's content cut at the closing mark of the
// quotation it opens with when a's cue is "called" in a free relative,
// "what X called “…”": the quoted name is what
// was called, and what follows the mark is the sentence the relative
// stands in going on ("under what the owner called “the old model,” the
// club let …", "what critics called a “sham” grew …"). On PolNeAR train
// annotators ended eight of nine such contents at the mark.
func (x *extractor) calledNameEnd(a attr) []tspan {
	d := x.d
	c := a.cue.last
	if len(a.content) != 1 || a.content[0].first != c+1 || !d.toks[c].is(callForms...) ||
		!a.src.ok() || a.src.first == 0 || a.src.last >= a.cue.first || d.inq[a.src.first-1] >= 0 || !d.toks[a.src.first-1].is("what") {
		return a.content
	}
	sp := a.content[0]
	k := sp.first
	if d.toks[k].is("a", "an", "the") {
		k++
	}
	if k > sp.last || d.inq[k] < 0 {
		return a.content
	}
	r := d.regions[d.inq[k]]
	if r.first != k || !r.close || r.last >= sp.last {
		return a.content
	}
	// "what they call the “rigged” count": a quoted word before the
	// noun it qualifies is no name of its own, unless a comma or a
	// period closes it inside the marks.
	if n := &d.toks[r.last+1]; !(d.toks[r.last-1].text == "," || d.toks[r.last-1].text == ".") && n.kind == word && !n.capital() && !n.in(inPrepositions) && !n.in(inDeterminers) && !finiteVerb(n) {
		return a.content
	}
	return []tspan{{sp.first, r.last}}
}

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

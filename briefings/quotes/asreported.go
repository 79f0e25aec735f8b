package quotes

import "slices"

// asReportedBy reads the passive opening "As reported by the Ledger,
// the plant will close." (also "But as first noted by Lee, …"): the
// clause after the phrase's comma is what the agent reported. The
// active "As the Ledger reported, …" is framed with its subject; the
// passive one has no subject before its verb, so no frame finds it.
func (x *extractor) asReportedBy(s int) {
	d := x.d
	s0, s1 := d.sents[s][0], d.sents[s][1]
	k := s0
	if k < s1 && d.toks[k].is("and", "but", "yet") {
		k++
	}
	if k+3 >= s1 || !d.toks[k].is("as") || d.inq[k] >= 0 {
		return
	}
	v := k + 1
	for v < s1 && d.inq[v] < 0 && (adverb(&d.toks[v]) || d.toks[v].is("first", "earlier", "previously", "originally")) {
		v++
	}
	if v+2 >= s1 || d.inq[v] >= 0 || x.cued[v] || !d.toks[v+1].is("by") {
		return
	}
	if c, ok := d.toks[v].listed(); !ok || c.class != say || c.form != past {
		return
	}
	f, g, ok := x.npForward(v+2, s1)
	if !ok || g+2 >= s1 || d.toks[g+1].text != "," {
		return
	}
	content := x.after(g+2, s1)
	if len(content) == 0 {
		return
	}
	// A frame that read the phrase itself as what the clause's subject
	// said ("As reported by the Ledger, investigators found …" as
	// investigators' statement "As reported by the Ledger") is wrong
	// here. "said" or "told", or a statement that opens the clause,
	// gives the clause a speaker of its own ("As reported by the Ledger,
	// “…,” a clerk said.", "…, the mayor said the plan is dead."); any
	// other stance is inside what was reported. The sentence's own
	// statements are the last ones added.
	n := len(x.attrs)
	for i := n - 1; i >= 0 && x.attrs[i].sent == s; i-- {
		if a := &x.attrs[i]; a.cue.first > g && len(a.content) > 0 && a.content[0].first >= k && a.content[len(a.content)-1].last <= g+1 {
			x.attrs = slices.Delete(x.attrs, i, i+1)
			n--
		}
	}
	for i := n - 1; i >= 0 && x.attrs[i].sent == s; i-- {
		a := &x.attrs[i]
		if a.cue.first <= g || len(a.content) == 0 {
			continue
		}
		if c, ok := d.toks[a.cue.last].listed(); ok && (c.lemma == "say" || c.lemma == "tell") || a.content[0].first <= content[0].first+1 {
			return
		}
	}
	x.add(attr{how: "asReportedBy", src: tspan{f, g}, cue: tspan{k, v}, sent: s, cut: -1, content: content})
}

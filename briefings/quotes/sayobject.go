package quotes

import "strings"

// comparedShare reports whether ", compared with" or ", compared to" and
// a poll's share start at k, after the comma: "Sixty percent say the plan
// is fair, compared with 25 percent who …". The comparison sets the
// share against another group's; it is the narrator's, not what the
// first group said. A comparison with something that is not a share
// (", compared with the old rules") may be part of the statement.
func (x *extractor) comparedShare(k, s1 int) bool {
	d := x.d
	if k+2 >= s1 || !d.toks[k].is("compared") || !d.toks[k+1].is("with", "to") {
		return false
	}
	for j := k + 2; j < s1 && j < k+8; j++ {
		t := &d.toks[j]
		if d.inq[j] >= 0 || t.kind == punct && t.text != "-" {
			return false
		}
		if shareWords[t.lower] || strings.HasSuffix(t.text, "%") || t.is("in") && number(&d.toks[j-1]) && j+1 < s1 && number(&d.toks[j+1]) {
			return true
		}
	}
	return false
}

// sayObjectEnd ends the object of a verb of saying that is a noun
// phrase, not a clause, before an adverbial clause, as nounObjectEnd
// does for stance verbs: "announced the merger after cutting ties with
// its old partner", "disclosed the terms because the court asked".
// Verbs whose object is who was told ("told", "urged") and "say", whose
// object is nearly always a clause without "that" ("said the board
// after meeting approved it"), are left alone.
func (x *extractor) sayObjectEnd(h hit, i, end int) int {
	if h.c.class != say || addressees[h.c.lemma] || h.c.lemma == "say" || h.c.form == gerund {
		return end
	}
	return x.nounObjectEnd(h, i, end)
}

// evenConcession reports whether ", even as" or ", even though" at k+1,
// after the comma at k, opens the narrator's concession that closes the
// content: "said she will back the plan, even as she has criticized its
// cost". A concession set in the middle of the content's own clause
// ("said the bridge, even though it was old, was safe") goes on. The
// content [i, k) is read only at a comma before "even as", and the
// sentence is capped, so the scan stays cheap.
func (x *extractor) evenConcession(i, k, s1 int) bool {
	d := x.d
	if k+3 >= s1 || !d.toks[k+1].is("even") || d.toks[k+1].capital() || !d.toks[k+2].is("as", "though") || d.inq[k+1] >= 0 || d.inq[k+2] >= 0 {
		return false
	}
	// Annotators bound a quoted statement by its marks.
	for j := i; j < k; j++ {
		if d.inq[j] >= 0 {
			return false
		}
	}
	for j := k + 3; j+1 < s1 && j < k+30 && d.inq[j] < 0; j++ {
		if d.toks[j].text == "," {
			n := &d.toks[j+1]
			return d.inq[j+1] >= 0 || !(finiteVerb(n) && !n.capital() || n.in(inAuxiliaries) || n.in(inNegatedAuxiliaries))
		}
		if d.toks[j].text == ";" || isDashToken(d.toks, j) {
			break
		}
	}
	return true
}

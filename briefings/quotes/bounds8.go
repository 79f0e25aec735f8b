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

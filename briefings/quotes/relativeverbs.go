package quotes

import "strings"

// relativeVerbAt reports whether the word at k, after a relative
// "that", reads as the relative clause's verb where finiteVerb does
// not know it: a past tense the lists lack ("The firm that built the
// bridge", "the dog that bit the postman"), or a present tense in -s or
// a past in -ed before its object ("The charity that runs the shelter",
// "the company that operated the ferry"). Then the noun before the
// pronoun heads the subject, and the clause's object (the bridge, the
// postman) did not speak. A conjunction's "that" is followed by a
// subject, which a determiner does not follow ("the day that officials
// said").
func (x *extractor) relativeVerbAt(k int) bool {
	d := x.d
	if k+1 >= len(d.toks) || d.inq[k] >= 0 {
		return false
	}
	n := &d.toks[k]
	if n.kind != word || n.capital() {
		return false
	}
	if relativePast[n.lower] {
		return true
	}
	w := n.lower
	if len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")) {
		next := &d.toks[k+1]
		return d.inq[k+1] < 0 && next.kind == word && (next.in(inDeterminers) || next.in(inPossessives)) && !next.is("that")
	}
	return false
}

// relativePast are past tenses that open relative clauses in news and
// that neither finiteForms nor the lexicon hold.
var relativePast = set("built", "bit", "shot", "paid", "found", "dealt", "lit", "hurt", "bent", "bound")

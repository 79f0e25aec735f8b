package quotes

import "strings"

// openingModifier reports whether the phrase that npForward found at
// token i, a clause's first word, is a fronted adverb or participle
// rather than a subject: "Hastily", "Appearing" and "Most" in "Hastily
// blaming the storm, Lee …", "Appearing before fans, Lee said …" and
// "Most recently, Lee saw …". A capital there only marks the sentence
// start; the word after it, lowercase, is the rest of the modifier.
// A name ending the same way ("Kelly, a senator, …") stands alone
// before a comma or a verb.
func (x *extractor) openingModifier(i int) bool {
	d := x.d
	t := &d.toks[i]
	if t.kind != word || d.inq[i] >= 0 || i+1 >= len(d.toks) || firstName(t.lower) != 0 {
		return false
	}
	n := &d.toks[i+1]
	if n.kind != word || n.capital() || d.inq[i+1] >= 0 || finiteVerb(n) || auxiliaries[n.lower] {
		return false
	}
	lower := strings.ToLower(t.text)
	ly := len(lower) > 4 && strings.HasSuffix(lower, "ly") && !notAdverbs[lower]
	ing := len(lower) > 5 && strings.HasSuffix(lower, "ing") && !notParticiples[lower]
	return ly || ing || lower == "most" && adverb(n)
}

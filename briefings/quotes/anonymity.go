package quotes

// anonymityWords end a wish to stay unnamed: "did not want to be named",
// "wished to be identified only by her first name".
var anonymityWords = set("named", "identified", "quoted")

// anonymityWish reports whether the cue c at token i asks, wants or
// wishes its subject not to be named, which reports nothing: "a neighbor
// who asked not to be named said", "declined to be identified", "requested
// anonymity", "a resident, who did not want to be named, told the paper:
// “…”". Read as a cue, the last took the quotation of the verb after it,
// with the relative pronoun as speaker ("— who"), and that verb's
// attribution was lost. PolNeAR train has no attribution of a wanting or
// wishing cue of this kind (the one gold source holding the phrase is the
// speaker of a "said").
func (x *extractor) anonymityWish(c cue, i, s1 int) bool {
	d := x.d
	switch c.lemma {
	case "ask", "request", "decline":
		if i+3 < s1 && (d.toks[i+1].is("not") && d.toks[i+2].is("to") || d.toks[i+1].is("to") && d.toks[i+2].is("be") && d.toks[i+3].is("named", "identified")) {
			return true
		}
		return c.lemma == "request" && i+1 < s1 && d.toks[i+1].is("anonymity")
	case "want", "wish":
		return i+3 < s1 && (d.toks[i+1].is("to") && d.toks[i+2].is("be") && anonymityWords[d.toks[i+3].lower] ||
			d.toks[i+1].is("to") && d.toks[i+2].is("remain", "stay") && d.toks[i+3].is("anonymous", "unnamed", "nameless"))
	}
	return false
}

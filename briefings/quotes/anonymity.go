package quotes

// anonymityWords end a wish to stay unnamed: "did not want to be named",
// "wished to be identified only by her first name".
var anonymityWords = set("named", "identified", "quoted")

// anonymityWish reports whether the cue c at token i wants or wishes its
// subject not to be named: "a resident, who did not want to be named,
// told the paper: “…”". Like a request for anonymity it reports nothing;
// read as a cue it took the quotation of the verb after it, with the
// relative pronoun as speaker ("— who"), and that verb's attribution was
// lost. PolNeAR train has no attribution of such a cue (the one gold
// source holding the phrase is the speaker of a "said").
func (x *extractor) anonymityWish(c cue, i, s1 int) bool {
	d := x.d
	if c.lemma != "want" && c.lemma != "wish" || i+3 >= s1 {
		return false
	}
	return d.toks[i+1].is("to") && d.toks[i+2].is("be") && anonymityWords[d.toks[i+3].lower] ||
		d.toks[i+1].is("to") && d.toks[i+2].is("remain", "stay") && d.toks[i+3].is("anonymous", "unnamed", "nameless")
}

package quotes

// openingPhraseBeforeAside reports whether the words from s0 to the
// comma at pre are an opening prepositional phrase of three words or
// more that a parenthetical cue interrupts: "In the long run, the
// planners said, the new line will pay for itself." A comma follows the
// cue at once (i is the token after it), then an unquoted clause; the
// phrase belongs to that clause, and so to the statement. Shorter
// phrases ("In addition", "In 2019") are as often the writer's linking
// words as the speaker's; before a quotation the phrase sets the scene
// of the saying ("In a statement, Lee said, “…”"); and a phrase with a
// participle ("With prices rising, …") sets the writer's scene.
func (x *extractor) openingPhraseBeforeAside(s0, pre, i, s1 int) bool {
	d := x.d
	if d.toks[pre].text != "," || !d.toks[s0].in(inIntroPreps) || !d.toks[s0].in(inPrepositions) {
		return false
	}
	words := 0
	for k := s0; k < pre; k++ {
		if d.inq[k] >= 0 || d.toks[k].kind != word {
			return false
		}
		if participle(&d.toks[k]) {
			return false
		}
		words++
	}
	if words < 3 || i+1 >= s1 || d.toks[i].text != "," {
		return false
	}
	return d.inq[i+1] < 0 && d.toks[i+1].kind == word
}

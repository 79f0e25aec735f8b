package quotes

import (
	"slices"
	"strings"
)

// introOpeners open a phrase or a subordinate clause that stands before
// a sentence's main clause: "On the mayor's claim that …, Lee said",
// "Despite what he told the council, Lee said".
var introOpeners = setPlus(openingSubordinators, "on", "despite", "in", "about", "regarding", "amid", "asked",
	"with", "for", "given")

// introClauses ends the content of a cue inside a sentence's opening
// phrase at the comma that closes the phrase, when a named or pronoun
// subject and a verb of saying follow that comma: in "On the mayor's
// claim that planners agree with him, Okafor said she thinks “…”" the
// quotation is Okafor's, not the planners', and without the cut the
// main statement would be dropped as reported speech inside "agree".
func (x *extractor) introClauses() {
	d := x.d
	// The statements by where their cues start: those with a cue in the
	// opening phrase are found by a search, not a pass over every
	// statement per sentence that opens with one.
	var byCue []int
	for bi := range x.attrs {
		b := &x.attrs[bi]
		if !b.src.ok() || b.cut >= 0 || b.src.first == 0 || !isSayForm(d.toks[b.cue.first].lower) {
			continue
		}
		comma := b.src.first - 1
		if d.toks[comma].text != "," || d.inq[comma] >= 0 || b.cue.first-b.src.last > 2 || !x.named(b.src) {
			continue
		}
		if d.toks[b.src.first].is("who", "which", "that") {
			continue
		}
		s0 := d.sents[d.sentOf[comma]][0]
		if d.sentOf[b.cue.first] != d.sentOf[comma] || d.inq[s0] >= 0 || !x.opensIntro(s0, comma) {
			continue
		}
		// The comma closes the opening phrase: the first one outside
		// quotations in the sentence.
		if x.commaBetween(s0, comma) {
			continue
		}
		if byCue == nil {
			byCue = make([]int, len(x.attrs))
			for i := range byCue {
				byCue[i] = i
			}
			slices.SortStableFunc(byCue, func(i, j int) int { return x.attrs[i].cue.first - x.attrs[j].cue.first })
		}
		lo, _ := slices.BinarySearchFunc(byCue, s0, func(ai, k int) int { return x.attrs[ai].cue.first - k })
		hi, _ := slices.BinarySearchFunc(byCue, comma, func(ai, k int) int { return x.attrs[ai].cue.first - k })
		inPhrase := slices.Clone(byCue[lo:hi])
		slices.Sort(inPhrase) // in the order of the statements, as a pass over them would go
		for _, ai := range inPhrase {
			a := &x.attrs[ai]
			if ai == bi || a.cue.first < s0 || a.cue.last >= comma || len(a.content) == 0 {
				continue
			}
			for ci := range a.content {
				c := &a.content[ci]
				if c.first < comma && comma < c.last && c.last >= b.cue.first {
					c.last = comma - 1
					a.content = a.content[:ci+1]
					// What is left of a cue that only led into the phrase
					// ("who agree with him", "what he wrote in the speech")
					// states nothing.
					if ci == 0 && (c.last-c.first < 2 || d.toks[c.first].is("in", "with", "about", "on", "to", "for", "at")) {
						a.content = nil
					}
					break
				}
			}
		}
	}
}

// opensIntro reports whether the sentence from s0 opens with a phrase
// that stands before its main clause: a preposition or subordinator
// ("On", "Despite", "Although"), one after an adverb ("Shortly after"),
// or a participle ("Courted by …", "Pressed on …").
func (x *extractor) opensIntro(s0, comma int) bool {
	d := x.d
	k := s0
	if k+1 < comma && d.toks[k].is("shortly", "soon", "just", "even", "right", "long", "only") && introOpeners[d.toks[k+1].lower] {
		k++
	}
	if introOpeners[d.toks[k].lower] {
		return true
	}
	t := &d.toks[k]
	return k == s0 && k+1 < comma && t.kind == word && (strings.HasSuffix(t.lower, "ed") || strings.HasSuffix(t.lower, "ing")) && !x.inName(k) && d.toks[k+1].is("by", "on", "about", "to", "with", "for", "in", "at")
}

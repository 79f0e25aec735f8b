package quotes

import "strings"

// peopleNouns are nouns for people that roleNouns, participleHeads and
// personNouns do not list, singular or as plurals in "s" (see
// personNoun): irregular plurals, "police", "staff".
var peopleNouns = set("people", "police", "men", "women", "children", "witnesses", "suspects",
	"villagers", "staff", "suspect", "villager", "couple")

// personNoun reports whether t names a person or people: a role ("a
// spokesman", "officers"), a noun a participle qualifies for people ("a
// farmer", "residents"), one of peopleNouns, or a person named by what
// they are or do (personNouns: "a steward", "porters"). Unlike
// personHead, a plural alone ("the figures") is not enough.
func personNoun(t *token) bool {
	if t.kind != word || t.capital() {
		return false
	}
	if t.in(inRoleNouns) || participleHeads[t.lower] || peopleNouns[t.lower] || personNouns[t.lower] {
		return true
	}
	if s, ok := strings.CutSuffix(t.lower, "s"); ok {
		return participleHeads[s] || roleNouns[s] || personNouns[s]
	}
	return false
}

// interrogation reports whether the cue "question" at i takes a person
// as its object: "Police questioned a farmer who said …", "questioned
// him about the fire". That is an interrogation, which states nothing;
// read as a cue, it took the person, and the statement of a relative
// clause after them ("who said …"), as its content. As a cue "question"
// casts doubt on a claim or a quality ("questioned her commitment",
// "questioned the survey's method"): on PolNeAR train every gold object of
// "question" is such a thing, none a person. A possessive ("questioned
// the officer's account") is the claim's owner, not the object, and a
// name ("questioned Lee") is left as it was: that may be either.
func (x *extractor) interrogation(c cue, i, s1 int) bool {
	d := x.d
	if c.lemma != "question" || i+1 >= s1 || d.inq[i+1] >= 0 {
		return false
	}
	n := &d.toks[i+1]
	if n.is("him", "them", "us", "me") || n.is("her") && !(i+2 < s1 && x.npToken(i+2) && !d.toks[i+2].in(inPrepositions)) {
		return true
	}
	if !n.is("a", "an", "the", "several", "some", "two", "three", "four", "five", "dozens", "hundreds", "scores") && !number(n) {
		return false // "questioned her commitment": a possessive's quality
	}
	// The object's head: the last word of its noun phrase, before a
	// preposition, a relative pronoun or a punctuation mark.
	g := i + 1
	for k := i + 2; k < s1 && k <= i+6 && d.inq[k] < 0 && x.npToken(k) && !d.toks[k].in(inPrepositions) && !d.toks[k].is("who", "that", "which"); k++ {
		g = k
	}
	if g == i+1 && g+1 < s1 && d.toks[g+1].is("of") {
		g += 2 // "dozens of residents"
		for k := g + 1; k < s1 && k <= g+4 && d.inq[k] < 0 && x.npToken(k) && !d.toks[k].in(inPrepositions); k++ {
			g = k
		}
	}
	if g <= i+1 || g >= s1 || !personNoun(&d.toks[g]) {
		return false
	}
	if g+1 < s1 && (d.toks[g+1].lower == "'s" || d.toks[g+1].lower == "’s" || d.toks[g+1].text == "'" || d.toks[g+1].text == "’") {
		return false // "the officer's account"
	}
	return true
}

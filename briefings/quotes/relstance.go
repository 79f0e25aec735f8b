package quotes

// Stances held inside a relative clause or a reduced relative: "voters
// who support Lee", "a union that endorsed Ruiz", "groups backing the
// levy". PolNeAR gives each its own attribution, with the relative word
// (or the noun before the participle) as the source and the object as
// the content. The object of a verb of support is a noun phrase, and the
// clause ends with it; what follows belongs to the sentence around the
// clause ("Students who support Varga are in their twenties" has
// "Varga" as content, not "Varga are in their twenties").

// relativeStanceForms are the forms of the verbs of support whose
// object, in a relative clause, is all that is supported.
var relativeStanceForms = set("support", "supports", "supported", "supporting",
	"back", "backs", "backed", "backing",
	"endorse", "endorses", "endorsed", "endorsing",
	"oppose", "opposes", "opposed", "opposing")

// relativeStanceObject ends the content of a verb of support whose
// speaker is "who", "that" or "which" at the verb's object, a noun
// phrase, where the relative clause ends: before the main clause's verb
// ("who support Varga are in their twenties"), before a comma that
// closes the clause ("who supports Dole, Meyer lost …", "who backed Lee,
// and $50,000 from …"), or before an infinitive of purpose ("who have
// endorsed her to help spread the word"). A comma that opens the rest
// of a list ("Dole, Kemp and Bush") does not end it, nor does a
// preposition: annotators keep "Bush for president", "her candidacy in
// high numbers".
func (x *extractor) relativeStanceObject(a *attr) {
	d := x.d
	if !a.src.ok() || a.src.first != a.src.last || a.sent < 0 || len(a.content) != 1 || a.cue.last+1 != a.content[0].first {
		return
	}
	if r := &d.toks[a.src.first]; !r.is("who", "that", "which") || d.inq[a.src.first] >= 0 || !relativeStanceForms[d.toks[a.cue.last].lower] {
		return
	}
	c := a.content[0]
	if d.inq[c.first] >= 0 {
		return
	}
	s1 := d.sents[a.sent][1]
	if c.last+1 < s1 {
		s1 = c.last + 1
	}
	f, g, ok := x.npForward(c.first, s1)
	if !ok && d.toks[c.first].is("him", "her", "them", "us", "me", "it") {
		// An object pronoun: "who endorsed her to help …".
		f, g, ok = c.first, c.first, true
	}
	if !ok || f != c.first || g >= c.last {
		return
	}
	n := g + 1
	if d.inq[n] >= 0 {
		return
	}
	t := &d.toks[n]
	switch {
	case t.text == ",":
		if x.stanceListGoesOn(n+1, s1) {
			return
		}
	case finiteVerb(t) && !t.is("and", "or"):
	case t.is("to") && n+1 < s1 && d.toks[n+1].kind == word && !d.toks[n+1].capital() && !d.toks[n+1].in(inDeterminers) && !x.npHeadAhead(n+1):
	default:
		return
	}
	a.content = []tspan{{f, g}}
}

// stanceListGoesOn reports whether the words from k, up to the next comma or
// the end, carry on a list of noun phrases after a comma ("…, Ohio's
// governor and Senator Bell"): an "and" or "or" inside, after at least
// one word, and no finite verb.
func (x *extractor) stanceListGoesOn(k, s1 int) bool {
	d := x.d
	conj := false
	for j := k; j < s1 && d.toks[j].text != ","; j++ {
		t := &d.toks[j]
		if d.inq[j] >= 0 || finiteVerb(t) {
			return false
		}
		if j > k && t.is("and", "or") {
			conj = true
		}
	}
	return conj
}

// npHeadAhead reports whether the word at k heads a noun phrase rather
// than opening a verb: a number or a name ("to 2010"), which an
// infinitive of purpose never starts with.
func (x *extractor) npHeadAhead(k int) bool {
	return number(&x.d.toks[k])
}

// backerHead cuts the speaker of a participle of support ("groups
// backing the levy") back to the noun phrase right before the
// participle: a mention found further back runs over a verb or a
// preposition into another phrase ("The board heard from others
// backing …", "An effort to enlist farmers supporting …"), whose head
// is not the one who supports. "of" stays inside the phrase ("a family
// of super PACs").
func (x *extractor) backerHead(src tspan, b, s0 int) tspan {
	d := x.d
	if !src.ok() || b <= s0 {
		return src
	}
	// "An effort to enlist farmers supporting …": a mention that stops
	// short of the participle is read again from the word before it.
	whole := src
	if src.last != b {
		whole = tspan{max(s0, b-8), b}
	}
	cut := -1
	for k := b - 1; k >= whole.first; k-- {
		t := &d.toks[k]
		// A verb ends the phrase, but not an adjective in "-ed" after
		// a determiner ("an unpledged delegate") nor a plural noun that
		// opens a pair ("calls and emails").
		verb := finiteVerb(t) && !(k > 0 && d.toks[k-1].in(inDeterminers)) && !d.toks[k+1].is("and", "or")
		if d.inq[k] >= 0 || t.kind != word || (t.in(inPrepositions) && !t.is("of")) || verb {
			cut = k
			break
		}
	}
	if cut < 0 {
		if src.last != b {
			return src
		}
		return whole
	}
	first := cut + 1
	// "to enlist farmers": the infinitive's verb goes with "to".
	if d.toks[cut].is("to") && first < b && !d.toks[first].capital() && !d.toks[first].in(inDeterminers) {
		first++
	}
	// "many of those over 45": a number alone is no head.
	if first == b && number(&d.toks[b]) || src.last != b && first == b && d.toks[b].in(inStopWords) {
		return src
	}
	return tspan{first, b}
}

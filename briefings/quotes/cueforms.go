package quotes

import "strings"

// Cues that are not a verb of the lexicon but a predicate after a form
// of "be": "are skeptical of the deal", "was eager to leave", "is known
// for his temper".

// stanceAdjectives state, after a form of "be", the subject's view of
// what follows ("Republicans have been critical of the plan", "voters
// are wary of tariffs"). Each maps to the word that must follow it, ""
// for any: "critical" alone is as often "vital" ("is critical to the
// vote"). Kept are those whose occurrences after "be" are the cue of an
// annotated attribution about half the time or more in PolNeAR train
// ("quick" only before "to": "was quick to point out"; "confident"
// only before "in": "confident that" is mostly said of the speaker in
// reported speech, "he said he was confident that");
// "likely", "clear", "ready", "willing", "sure", "open" and the like,
// mostly not, are left out.
var stanceAdjectives = map[string]string{
	"eager": "", "aware": "", "hopeful": "", "skeptical": "", "sceptical": "", "wary": "",
	"critical": "of", "vocal": "", "adamant": "", "supportive": "of", "outspoken": "",
	"upset": "", "unhappy": "", "reluctant": "", "fond": "of", "dismissive": "of",
	"keen": "", "outraged": "", "quick": "to", "confident": "in",
}

// degreeWords grade a copular cue's adjective, between it and its "be"
// ("is very critical of", "is best known for").
var degreeWords = set("so", "very", "more", "most", "less", "quite", "increasingly", "best", "well")

// beForms are the forms of "be" before a copular cue.
var beForms = set("is", "are", "was", "were", "be", "been", "being", "am", "'re", "'m")

// copularCue reports whether token i is a stance adjective or "known"
// after a form of "be" ("is deeply skeptical of"), or a stance noun in a
// predicate (predicateNoun), as a hit whose cue runs from the adjective
// to its preposition ("skeptical of"): the form of "be" and the adverbs
// before it are left out of the cue.
func (x *extractor) copularCue(i, s0, s1 int) (hit, bool) {
	d := x.d
	t := &d.toks[i]
	if i+1 >= s1 || d.inq[i+1] >= 0 {
		return hit{}, false
	}
	next := d.toks[i+1].lower
	if h, ok := x.predicateNoun(i, s0, s1); ok {
		return h, true
	}
	want, stance := lookup(t, inStanceAdjectives, stanceAdjectives)
	// "is known for", "were known to", "was known as": what is said of
	// the subject, by no one in particular.
	known := t.lower == "known" && (next == "for" || next == "as" || next == "to")
	if !stance && !known || stance && want != "" && next != want {
		return hit{}, false
	}
	k := i - 1
	for k > s0 && d.inq[k] < 0 && (adverb(&d.toks[k]) || degreeWords[d.toks[k].lower] || d.toks[k].is("not", "also", "still", "too", "now", "always", "often", "never", "long", "already", "just", "even", "n't")) {
		k--
	}
	// At the sentence's start only a "be" with its subject in the word
	// ("They're wary of"): a bare "Is" opens a question.
	if k < s0 || !x.copulaAt(k) || k == s0 && strings.IndexByte(d.toks[k].lower, '\'') <= 0 {
		return hit{}, false
	}
	h := hit{first: i, last: i, c: cue{lemma: t.lower, class: other, form: past}, copular: true}
	if stance && x.toCue(i+1, s1) {
		// "is eager to talk about", "was reluctant to criticize": the
		// verb after "to" is the cue's, and frames the content.
		v := i + 2
		c := d.toks[v].entry()
		last := particleEnd(d, v, s1, c.lemma)
		if last == v && particleOnly[c.lemma] || railNoun(c, &d.toks[v], v, last) {
			return hit{}, false
		}
		h.last, h.c = last, cue{lemma: c.lemma, class: c.class, form: past}
		return h, true
	}
	if next == "of" || next == "about" || next == "with" || next == "for" || next == "as" || next == "toward" || next == "towards" {
		h.last = i + 1
	}
	return h, true
}

// copulaAt reports whether token k is a form of "be" before a
// predicate: one of beForms, or one negated ("wasn't") or contracted
// onto its subject ("they're", "he's"), as progressiveForm reads them;
// not the "'s" of a possessive ("Lee's eager aides").
func (x *extractor) copulaAt(k int) bool {
	t := &x.d.toks[k]
	if t.in(inBeForms) {
		return true
	}
	return progressiveForm(t) && !(t.lower == "'s" && x.possessor(k))
}

// copular frames a copular cue: the subject holds the stance, the
// content is what follows; "known" has no holder, and its content is
// the subject with what it is known for, as for a passive.
func (x *extractor) copular(a attr, h hit, s0, s1 int) (attr, bool) {
	d := x.d
	k := h.first - 1
	// The noun at the hit, not the lemma: after "eager to" the lemma is
	// the verb's, and "champion" and "advocate" are verbs too.
	if d.toks[h.first].in(inStanceNouns) || h.c.lemma == "backing" {
		// Back over the noun's modifiers and article: "has the full",
		// "was an early".
		for k > s0 && !d.toks[k].is("a", "an", "the") {
			k--
		}
		k--
	}
	for k >= s0 && d.inq[k] < 0 && (d.toks[k].in(inBetween) || d.toks[k].in(inBeForms) || adverb(&d.toks[k]) || degreeWords[d.toks[k].lower]) {
		k--
	}
	subj, ok := x.npBack(k, s0)
	if !ok && k >= s0 && d.inq[k] < 0 && x.copulaAt(k) {
		// "They're supportive of": the subject is in the word.
		subj, ok = tspan{k, k}, true
	}
	if !ok || subj.first == subj.last && d.toks[subj.first].is("it", "there", "which", "that", "this") {
		return attr{}, false
	}
	end := x.contentEnd(h.last+1, s1)
	if h.c.lemma == "backing" {
		// "The levy has the backing of most unions": the unions back
		// the subject.
		if f, g, ok := x.npForward(h.last+1, s1); ok {
			a.src = tspan{f, g}
			a.content = []tspan{subj}
			a.how = "backing"
			return a, true
		}
		return attr{}, false
	}
	if h.c.lemma == "known" {
		a.content = []tspan{subj}
		if h.last+1 < end {
			a.content = append(a.content, tspan{h.last + 1, end - 1})
		}
		a.how = "known"
		return a, true
	}
	a.src = subj
	a.content = x.forward(h, h.last+1, x.beforeNextCue(h.last+1, end))
	a.how = "copular"
	return a, len(a.content) > 0
}

// beforeNextCue ends content [i, end) of a stance before a conjunction
// or subordinator that opens the next statement: "has been critical of
// Lee but on Monday wrote that …", "… after Cole blamed the network".
// That statement is framed by its own cue; at i, there is no content
// ("was upset after Cole called …").
func (x *extractor) beforeNextCue(i, end int) int {
	d := x.d
	for k := i; k < end; k++ {
		if q := d.inq[k]; q >= 0 {
			k = d.regions[q].last
			continue
		}
		if !d.toks[k].is("but", "and", "after", "before", "when", "while", "as") {
			continue
		}
		for m := k + 1; m < end && m <= k+6 && d.inq[m] < 0; m++ {
			if c, ok := d.toks[m].listed(); ok && (c.form == past || c.form == third) && !d.toks[m-1].is("is", "was", "are", "were", "been", "be") {
				return k
			}
			if d.toks[m].text == "," {
				break
			}
		}
	}
	return end
}

// idioms are stance idioms whose verb alone is no cue, by lemma: the
// words that follow the verb and belong to the cue ("took aim at the
// plan", "came out against the deal", "made no secret of his doubts").
// "POSS" stands for a possessive pronoun. Each was the cue of an
// annotated attribution most times it occurs in PolNeAR train.
var idioms = map[string][][]string{
	"take": {{"aim", "at"}, {"a", "swipe", "at"}, {"swipes", "at"}, {"a", "shot", "at"},
		{"issue", "with"}, {"a", "stand", "against"}, {"a", "firm", "stance", "against"}, {"credit", "for"}, {"full", "credit", "for"}},
	"come":  {{"out", "against"}, {"out", "in", "support", "of"}, {"out", "in", "favor", "of"}, {"out", "strongly", "against"}},
	"make":  {{"no", "secret", "of"}, {"the", "case", "for"}, {"the", "case", "against"}, {"the", "case"}, {"no", "mention", "of"}, {"little", "mention", "of"}},
	"throw": {{"POSS", "support", "behind"}, {"POSS", "weight", "behind"}},
	"raise": {{"questions", "about"}, {"concerns", "about"}, {"doubts", "about"}},
	"lend":  {{"POSS", "support", "to"}},
	"cast":  {{"doubt", "on"}},
}

// idiomForms gives the lemma and form of each verb form of the idioms.
var idiomForms = map[string]cue{
	"take": {"take", other, base}, "takes": {"take", other, third}, "took": {"take", other, past}, "taken": {"take", other, past}, "taking": {"take", other, gerund},
	"come": {"come", other, base}, "comes": {"come", other, third}, "came": {"come", other, past}, "coming": {"come", other, gerund},
	"make": {"make", other, base}, "makes": {"make", other, third}, "made": {"make", other, past}, "making": {"make", other, gerund},
	"throw": {"throw", other, base}, "throws": {"throw", other, third}, "threw": {"throw", other, past}, "thrown": {"throw", other, past}, "throwing": {"throw", other, gerund},
	"raise": {"raise", other, base}, "raises": {"raise", other, third}, "raised": {"raise", other, past}, "raising": {"raise", other, gerund},
	"lend": {"lend", other, base}, "lends": {"lend", other, third}, "lent": {"lend", other, past}, "lending": {"lend", other, gerund},
	"cast": {"cast", other, base}, "casts": {"cast", other, third}, "casting": {"cast", other, gerund},
}

// idiomCue reports whether a stance idiom starts at token i, as a hit
// over the whole idiom. "make the case" takes a clause, as a say verb.
func (x *extractor) idiomCue(i, s1 int) (hit, bool) {
	d := x.d
	c, ok := lookup(&d.toks[i], inIdiomForms, idiomForms)
	if !ok {
		return hit{}, false
	}
next:
	for _, tail := range idioms[c.lemma] {
		if i+len(tail) >= s1 {
			continue
		}
		for j, w := range tail {
			t := &d.toks[i+1+j]
			if d.inq[i+1+j] >= 0 || !(t.lower == w || w == "POSS" && t.is("his", "her", "their", "its", "our", "my")) {
				continue next
			}
		}
		if tail[len(tail)-1] == "case" {
			c.class = say
		}
		return hit{first: i, last: i + len(tail), c: c}, true
	}
	return hit{}, false
}

// stanceNouns name, after "is a" or "was an early", one who holds a
// stance on what follows "of" or "for": "is a vocal critic of the plan".
var stanceNouns = set("critic", "critics", "supporter", "supporters", "advocate", "advocates",
	"proponent", "proponents", "opponent", "opponents", "defender", "defenders", "backer", "backers",
	"champion", "champions", "architect", "campaigner", "foe", "foes", "skeptic", "skeptics")

// backingNouns, in "has the backing of", name the support of the
// phrase after "of" for the subject.
var backingNouns = set("backing", "support", "endorsement", "endorsements", "blessing")

// predicateNoun reports whether token i is a stance noun in a predicate
// after a form of "be" ("was an early backer of", "is a critic of"), or
// a noun of support after "has the" ("has the full backing of").
func (x *extractor) predicateNoun(i, s0, s1 int) (hit, bool) {
	d := x.d
	t := &d.toks[i]
	if i+1 >= s1 || d.inq[i+1] >= 0 || !d.toks[i+1].is("of", "for") {
		return hit{}, false
	}
	noun, backing := t.in(inStanceNouns), t.in(inBackingNouns) && d.toks[i+1].is("of")
	if !noun && !backing {
		return hit{}, false
	}
	// Back over modifiers to the article: "a longtime and vocal".
	k := i - 1
	for k > s0 && i-k <= 4 && d.inq[k] < 0 && d.toks[k].kind == word && !d.toks[k].capital() && !d.toks[k].in(inStopWords) && !d.toks[k].in(inDeterminers) {
		k--
	}
	if k <= s0 || d.inq[k] >= 0 {
		return hit{}, false
	}
	if noun && d.toks[k].is("a", "an", "the") {
		k--
		for k > s0 && d.inq[k] < 0 && (adverb(&d.toks[k]) || d.toks[k].is("not", "also", "still", "now", "long")) {
			k--
		}
		if d.toks[k].in(inBeForms) || d.toks[k].is("'s") && k > s0 && d.toks[k-1].is("he", "she", "it", "who") {
			return hit{first: i, last: i + 1, c: cue{lemma: t.lower, class: other, form: past}, copular: true}, true
		}
	}
	if backing && d.toks[k].is("the") && k-1 > s0 && d.toks[k-1].is("has", "have", "had", "having") {
		return hit{first: i, last: i + 1, c: cue{lemma: "backing", class: other, form: past}, copular: true}, true
	}
	return hit{}, false
}

// causatives, before a noun phrase and "to", make that phrase the one
// who takes the stance: "prompting critics to question the count", "led
// many experts to suspect that". Other such verbs ("asked", "urged",
// "allowed", "forced") were rarely annotated so in PolNeAR train.
var causatives = set("prompt", "prompts", "prompted", "prompting", "lead", "leads", "led", "leading",
	"leave", "leaves", "leaving", "left", "drive", "drives", "drove", "driving", "spur", "spurs",
	"spurred", "spurring", "pressure", "pressures", "pressured", "pressuring")

// causee returns the speaker of a cue verb after "to" whose subject is
// the object of a causative verb: "critics" in "prompting critics to
// question the count".
func (x *extractor) causee(h hit, s0 int) (tspan, bool) {
	d := x.d
	k := h.first - 1
	if h.c.form != base || k-1 <= s0 || !d.toks[k].is("to") || d.inq[k-1] >= 0 {
		return none, false
	}
	np, ok := x.npBackFrom(k-1, s0, false)
	if !ok || np.first-1 < s0 || np.last-np.first > 6 || !causatives[d.toks[np.first-1].lower] {
		return none, false
	}
	return np, true
}
